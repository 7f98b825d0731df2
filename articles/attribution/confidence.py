"""Calibrated confidence: the share of statements with the same evidence that were right.

A statement's ``confidence`` is read by the admin's "Approve all with confidence ≥ X"
(``articles.services.approve_confident_statements``), so it should mean what it says: of
the statements at 0.9, about nine in ten have the right span and the right speaker.  The
sieves set a confidence by hand; ``calibrated`` replaces it by the smoothed accuracy,
measured on the hand golds used for training (the reference article, the retired
held-out sets, the probes), of statements with the same evidence:

- ``sieve``: the rule that attributed it (``trailing``, ``leading``, ``continuation``,
  ``reported``, ``according`` …);
- ``kind``: direct, partial or indirect;
- ``how``: how its speaker was found: ``named`` (a name written at the cue, or an
  organisation), ``surname`` (a shorter form of a name written before), ``pronoun``,
  ``descriptor`` (``the senator``, ``the company``), ``unnamed`` (a source, no speaker);
- ``near``: where that source is: in the statement's sentence, its paragraph, or further.

A cell backed by few statements backs off to a coarser one (``BACKOFF``).  The caps stay
caps: a non-answer, a reporter's question, the writer's own words and a statement nobody
is named as saying keep their hand confidence of at most 0.3 (``pipeline.to_statement``).
``CALIBRATION`` is written by ``bench/calibration.py --fit``; do not edit it by hand.
"""

from __future__ import annotations

import bisect

from .model import Candidate

# how far (in characters) to look for a paragraph break between a source and its
# statement: a bounded scan per statement (linear time); further counts as "far"
NEAR_WINDOW = 1500


def _how(c: Candidate) -> str:
    src = c.source
    if src is None:
        return "nosource"
    if not c.speaker:
        return "unnamed"
    if src.kind == "pronoun":
        return "pronoun"
    written = src.text.casefold().removeprefix("the ").split()
    said = c.speaker.casefold().removeprefix("the ").split()
    if not written or not src.text[:1].isupper() and src.kind not in ("org", "country"):
        return "descriptor"
    if written == said or c.speaker_type == "organization" and set(written) & set(said):
        return "named"
    if set(written) <= set(said):
        return "surname"
    return "descriptor"


def _apart(work: str, lo: int, hi: int) -> bool:
    """A paragraph break between two offsets (bounded: further than the window is apart)."""
    return hi - lo > NEAR_WINDOW or work.find("\n", lo, hi) >= 0


def _near(work: str, c: Candidate) -> str:
    """Where the evidence is: the source in the statement's sentence, in its paragraph, or
    further; for a pronoun, a surname or a description, also its antecedent (the name
    written last before it), whichever is further."""
    src = c.source
    if src is None:
        return "-"
    if c.sentence[0] <= src.start < c.sentence[1]:
        near = "sentence"
    elif _apart(work, *((src.end, c.start) if src.end <= c.start else (c.end, src.start))):
        return "far"
    else:
        near = "paragraph"
    entity = c.entity
    if entity is not None and entity.mentions and _how(c) in ("pronoun", "surname", "descriptor"):
        i = bisect.bisect_left(entity.mentions, (src.start,)) - 1
        if i < 0 or _apart(work, entity.mentions[i][1], src.start):
            return "far"
        if not c.sentence[0] <= entity.mentions[i][0]:
            near = "paragraph"
    return near


def evidence(work: str, c: Candidate) -> tuple[str, str, str, str]:
    """(sieve, kind, how, near) of a candidate once resolved (see the module doc)."""
    return (c.sieve or "-", c.kind, _how(c), _near(work, c))


# the cells looked up, finest first: each a selection of evidence's fields
BACKOFF: tuple[tuple[int, ...], ...] = ((0, 1, 2, 3), (0, 2, 3), (0, 2), (2, 3), (2,), ())
# fewest training statements a cell needs to be used
MIN_CASES = 20


def cell(key: tuple[str, ...], fields: tuple[int, ...]) -> str:
    return "|".join(key[i] for i in fields)


# fmt: off
# written by bench/calibration.py --fit: cell -> (right, n, smoothed accuracy)
CALIBRATION: dict[str, tuple[int, int, float]] = {}
# fmt: on


def calibrated(key: tuple[str, str, str, str], hand: float) -> float:
    """The smoothed accuracy of the finest cell with enough cases; ``hand`` without a table."""
    for fields in BACKOFF:
        hit = CALIBRATION.get(cell(key, fields))
        if hit is not None and hit[1] >= MIN_CASES:
            return hit[2]
    return hand
