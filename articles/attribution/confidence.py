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
CALIBRATION: dict[str, tuple[int, int, float]] = {
    "": (2669, 3054, 0.874),
    "according|indirect|named|sentence": (37, 44, 0.826),
    "according|indirect|unnamed|sentence": (29, 39, 0.732),
    "according|named": (37, 44, 0.826),
    "according|named|sentence": (37, 44, 0.826),
    "according|unnamed": (29, 39, 0.732),
    "according|unnamed|sentence": (29, 39, 0.732),
    "continuation|direct|named|paragraph": (103, 105, 0.972),
    "continuation|direct|pronoun|far": (134, 139, 0.957),
    "continuation|direct|surname|far": (129, 132, 0.97),
    "continuation|named": (118, 122, 0.96),
    "continuation|named|paragraph": (103, 105, 0.972),
    "continuation|pronoun": (144, 149, 0.96),
    "continuation|pronoun|far": (134, 139, 0.957),
    "continuation|surname": (130, 133, 0.97),
    "continuation|surname|far": (129, 132, 0.97),
    "descriptor": (178, 195, 0.909),
    "descriptor|far": (132, 144, 0.911),
    "descriptor|sentence": (40, 45, 0.872),
    "leading|descriptor": (27, 29, 0.903),
    "leading|descriptor|far": (24, 25, 0.926),
    "leading|direct|named|sentence": (20, 22, 0.875),
    "leading|direct|surname|far": (21, 21, 0.957),
    "leading|named": (197, 204, 0.961),
    "leading|named|sentence": (197, 204, 0.961),
    "leading|partial|named|sentence": (177, 182, 0.967),
    "leading|partial|surname|far": (41, 43, 0.933),
    "leading|partial|unnamed|sentence": (28, 40, 0.69),
    "leading|pronoun": (65, 72, 0.892),
    "leading|pronoun|far": (27, 31, 0.848),
    "leading|pronoun|paragraph": (30, 30, 0.969),
    "leading|surname": (63, 65, 0.955),
    "leading|surname|far": (62, 64, 0.955),
    "leading|unnamed": (33, 47, 0.694),
    "leading|unnamed|sentence": (33, 47, 0.694),
    "named": (1013, 1132, 0.894),
    "named|paragraph": (103, 105, 0.972),
    "named|sentence": (898, 1012, 0.887),
    "pronoun": (594, 651, 0.911),
    "pronoun|far": (409, 446, 0.915),
    "pronoun|paragraph": (148, 158, 0.931),
    "pronoun|sentence": (37, 47, 0.776),
    "reported|descriptor": (90, 101, 0.883),
    "reported|descriptor|far": (71, 79, 0.889),
    "reported|descriptor|sentence": (19, 22, 0.833),
    "reported|indirect|descriptor|far": (71, 79, 0.889),
    "reported|indirect|descriptor|sentence": (19, 22, 0.833),
    "reported|indirect|named|sentence": (432, 526, 0.82),
    "reported|indirect|pronoun|far": (67, 78, 0.85),
    "reported|indirect|pronoun|paragraph": (69, 78, 0.875),
    "reported|indirect|pronoun|sentence": (21, 28, 0.733),
    "reported|indirect|surname|far": (144, 159, 0.901),
    "reported|indirect|unnamed|sentence": (242, 359, 0.673),
    "reported|named": (432, 526, 0.82),
    "reported|named|sentence": (432, 526, 0.82),
    "reported|pronoun": (157, 184, 0.849),
    "reported|pronoun|far": (67, 78, 0.85),
    "reported|pronoun|paragraph": (69, 78, 0.875),
    "reported|pronoun|sentence": (21, 28, 0.733),
    "reported|surname": (148, 163, 0.903),
    "reported|surname|far": (144, 159, 0.901),
    "reported|unnamed": (242, 359, 0.673),
    "reported|unnamed|sentence": (242, 359, 0.673),
    "sentence|named": (78, 81, 0.952),
    "sentence|named|sentence": (78, 81, 0.952),
    "sentence|partial|named|sentence": (76, 79, 0.951),
    "sentence|partial|surname|far": (27, 27, 0.966),
    "sentence|surname": (29, 29, 0.968),
    "sentence|surname|far": (27, 27, 0.966),
    "sentence|unnamed": (12, 21, 0.565),
    "sentence|unnamed|sentence": (12, 21, 0.565),
    "surname": (547, 570, 0.958),
    "surname|far": (538, 561, 0.957),
    "trailing|descriptor": (26, 27, 0.931),
    "trailing|descriptor|far": (20, 21, 0.913),
    "trailing|direct|descriptor|far": (20, 21, 0.913),
    "trailing|direct|named|sentence": (149, 152, 0.974),
    "trailing|direct|pronoun|far": (177, 193, 0.913),
    "trailing|direct|pronoun|paragraph": (31, 32, 0.941),
    "trailing|direct|surname|far": (173, 176, 0.978),
    "trailing|direct|unnamed|sentence": (13, 26, 0.5),
    "trailing|named": (149, 152, 0.974),
    "trailing|named|sentence": (149, 152, 0.974),
    "trailing|pronoun": (211, 228, 0.922),
    "trailing|pronoun|far": (177, 193, 0.913),
    "trailing|pronoun|paragraph": (31, 32, 0.941),
    "trailing|surname": (174, 177, 0.978),
    "trailing|surname|far": (173, 176, 0.978),
    "trailing|unnamed": (13, 26, 0.5),
    "trailing|unnamed|sentence": (13, 26, 0.5),
    "unnamed": (337, 506, 0.665),
    "unnamed|sentence": (329, 492, 0.668),
}
# fmt: on


def calibrated(key: tuple[str, str, str, str], hand: float) -> float:
    """The smoothed accuracy of the finest cell with enough cases; ``hand`` without a table."""
    for fields in BACKOFF:
        hit = CALIBRATION.get(cell(key, fields))
        if hit is not None and hit[1] >= MIN_CASES:
            return hit[2]
    return hand
