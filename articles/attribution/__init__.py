"""Quote attribution for news: who said what, in which role, for which country.

A pure-Python, standard-library-only ordered pipeline of small sieves (no
Django imports, no models), linear in the length of the text:

``text``      tokens, paragraphs and sentence boundaries with original offsets
``quotes``    sieve 1: pair quotation marks (direction from context, closing
              marks used as opening ones, multi-paragraph quotes)
``mentions``  sieve 2: speaker noun phrases left/right of a reporting verb;
              names, pronouns, organisations, countries, unnamed groups
``cues``      reporting verbs (``lexicons``) used as verbs
``sieves``    sieve 3: quote attribution, most precise first: trailing
              ``“…,” X said``, dash credit, leading ``X said: “…”``, any cue in
              the sentence, continuation of the previous speaker
``reported``  sieve 4: reported speech without marks (``X said (that) …``,
              ``…, X said.``, ``according to X``, ``Name: …`` labels)
``resolve``   sieve 5: surnames, typos and pronouns to the fullest in-article name
``roles``     sieve 6: role, country (ISO 3166 alpha-2) and organisation
``pipeline``  runs the sieves and builds ``Statement`` records

    >>> from articles.attribution import extract
    >>> [s.speaker for s in extract('"We will win," Jane Smith said.')]
    ['Jane Smith']

``extract(text, partial_spans="clause")`` reports a partial quote as its whole
reported clause (the PolNeAR convention) instead of the quoted words.
Bump ``EXTRACTOR_VERSION`` whenever the output changes.
"""

from .model import Statement
from .pipeline import extract

EXTRACTOR_VERSION = "1.40.1"

__all__ = ["EXTRACTOR_VERSION", "Statement", "extract"]
