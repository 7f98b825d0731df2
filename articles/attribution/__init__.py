"""Quote attribution for news: who said what, in which role, for which country.

A pure-Python ordered pipeline of small sieves (no Django imports):

``quotes`` find quoted spans -> ``mentions``/``cues`` find speakers and
reporting verbs -> ``sieves`` attribute quotes by the most reliable patterns
first -> ``reported`` finds reported speech -> ``resolve`` maps surnames,
typos and pronouns to the fullest name -> ``roles`` adds role, country and
organisation.

    >>> from articles.attribution import extract
    >>> [s.speaker for s in extract('"We will win," Jane Smith said.')]
    ['Jane Smith']
"""

from .model import Statement
from .pipeline import extract

EXTRACTOR_VERSION = "1.1.0"

__all__ = ["EXTRACTOR_VERSION", "Statement", "extract"]
