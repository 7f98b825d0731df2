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
    "": (2889, 3311, 0.872),
    "according|indirect|named|sentence": (40, 48, 0.82),
    "according|indirect|unnamed|sentence": (29, 39, 0.732),
    "according|named": (40, 48, 0.82),
    "according|named|sentence": (40, 48, 0.82),
    "according|unnamed": (29, 39, 0.732),
    "according|unnamed|sentence": (29, 39, 0.732),
    "continuation|direct|named|paragraph": (106, 108, 0.973),
    "continuation|direct|pronoun|far": (146, 151, 0.961),
    "continuation|direct|surname|far": (132, 135, 0.971),
    "continuation|named": (121, 125, 0.961),
    "continuation|named|paragraph": (106, 108, 0.973),
    "continuation|pronoun": (156, 161, 0.963),
    "continuation|pronoun|far": (146, 151, 0.961),
    "continuation|surname": (133, 136, 0.971),
    "continuation|surname|far": (132, 135, 0.971),
    "descriptor": (190, 208, 0.91),
    "descriptor|far": (140, 152, 0.916),
    "descriptor|sentence": (44, 50, 0.865),
    "leading|descriptor": (28, 30, 0.906),
    "leading|descriptor|far": (25, 26, 0.929),
    "leading|direct|named|sentence": (21, 23, 0.88),
    "leading|direct|pronoun|far": (20, 21, 0.913),
    "leading|direct|surname|far": (22, 22, 0.958),
    "leading|named": (206, 213, 0.963),
    "leading|named|sentence": (206, 213, 0.963),
    "leading|partial|named|sentence": (185, 190, 0.969),
    "leading|partial|surname|far": (48, 50, 0.942),
    "leading|partial|unnamed|sentence": (29, 43, 0.667),
    "leading|pronoun": (73, 81, 0.892),
    "leading|pronoun|far": (35, 40, 0.857),
    "leading|pronoun|paragraph": (30, 30, 0.969),
    "leading|surname": (71, 73, 0.96),
    "leading|surname|far": (70, 72, 0.959),
    "leading|unnamed": (34, 50, 0.673),
    "leading|unnamed|sentence": (34, 50, 0.673),
    "named": (1086, 1218, 0.891),
    "named|paragraph": (106, 108, 0.973),
    "named|sentence": (968, 1095, 0.883),
    "pronoun": (659, 721, 0.913),
    "pronoun|far": (469, 511, 0.916),
    "pronoun|paragraph": (150, 160, 0.932),
    "pronoun|sentence": (40, 50, 0.788),
    "reported|descriptor": (94, 106, 0.88),
    "reported|descriptor|far": (72, 80, 0.89),
    "reported|descriptor|sentence": (22, 26, 0.821),
    "reported|indirect|descriptor|far": (72, 80, 0.89),
    "reported|indirect|descriptor|sentence": (22, 26, 0.821),
    "reported|indirect|named|sentence": (480, 584, 0.821),
    "reported|indirect|pronoun|far": (81, 93, 0.863),
    "reported|indirect|pronoun|paragraph": (69, 78, 0.875),
    "reported|indirect|pronoun|sentence": (24, 31, 0.758),
    "reported|indirect|surname|far": (169, 185, 0.909),
    "reported|indirect|unnamed|sentence": (256, 383, 0.668),
    "reported|named": (480, 584, 0.821),
    "reported|named|sentence": (480, 584, 0.821),
    "reported|pronoun": (174, 202, 0.858),
    "reported|pronoun|far": (81, 93, 0.863),
    "reported|pronoun|paragraph": (69, 78, 0.875),
    "reported|pronoun|sentence": (24, 31, 0.758),
    "reported|surname": (173, 189, 0.911),
    "reported|surname|far": (169, 185, 0.909),
    "reported|unnamed": (256, 383, 0.668),
    "reported|unnamed|sentence": (256, 383, 0.668),
    "sentence|named": (84, 88, 0.944),
    "sentence|named|sentence": (84, 88, 0.944),
    "sentence|partial|named|sentence": (82, 86, 0.943),
    "sentence|partial|surname|far": (29, 29, 0.968),
    "sentence|partial|unnamed|sentence": (12, 21, 0.565),
    "sentence|surname": (31, 31, 0.97),
    "sentence|surname|far": (29, 29, 0.968),
    "sentence|unnamed": (13, 23, 0.56),
    "sentence|unnamed|sentence": (13, 23, 0.56),
    "surname": (600, 624, 0.96),
    "surname|far": (591, 615, 0.959),
    "trailing|descriptor": (32, 33, 0.943),
    "trailing|descriptor|far": (26, 27, 0.931),
    "trailing|direct|descriptor|far": (26, 27, 0.931),
    "trailing|direct|named|sentence": (153, 157, 0.969),
    "trailing|direct|pronoun|far": (202, 221, 0.91),
    "trailing|direct|pronoun|paragraph": (33, 34, 0.944),
    "trailing|direct|surname|far": (188, 191, 0.979),
    "trailing|direct|unnamed|sentence": (14, 31, 0.455),
    "trailing|named": (153, 157, 0.969),
    "trailing|named|sentence": (153, 157, 0.969),
    "trailing|pronoun": (238, 258, 0.919),
    "trailing|pronoun|far": (202, 221, 0.91),
    "trailing|pronoun|paragraph": (33, 34, 0.944),
    "trailing|surname": (189, 192, 0.979),
    "trailing|surname|far": (188, 191, 0.979),
    "trailing|unnamed": (14, 31, 0.455),
    "trailing|unnamed|sentence": (14, 31, 0.455),
    "unnamed": (354, 540, 0.655),
    "unnamed|sentence": (346, 526, 0.657),
}
# fmt: on


def calibrated(key: tuple[str, str, str, str], hand: float) -> float:
    """The smoothed accuracy of the finest cell with enough cases; ``hand`` without a table."""
    for fields in BACKOFF:
        hit = CALIBRATION.get(cell(key, fields))
        if hit is not None and hit[1] >= MIN_CASES:
            return hit[2]
    return hand
