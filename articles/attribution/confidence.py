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
- ``near``: where that source is: in the statement's sentence, its paragraph, or further;
- ``rival`` (round 25): for a person's statement, whether another person is named between
  the speaker's previous mention and this source (``rival``) or not (``clear``): a
  pronoun, surname or description with a competing person in between is the classic
  misattribution; ``-`` when there is no earlier mention (``mark_rivals``);
- ``length`` (round 25): ``short`` for a statement of at most ``SHORT_WORDS`` words (a
  clause cut to a fragment, ``said it would``, or no statement at all), else ``long``;
- ``gender`` (round 25): ``gendered`` when the speaker is a person whose gender the module
  knows (an honorific, a first name, a gendered pronoun), else ``-`` (an organisation, a
  name it could not place as a person, nobody).

A cell backed by few statements backs off to a coarser one (``BACKOFF``): every level
first with the three round-25 fields, then without them.  The caps stay
caps: a non-answer, a reporter's question, the writer's own words and a statement nobody
is named as saying keep their hand confidence of at most 0.3 (``pipeline.to_statement``).
``CALIBRATION`` is written by ``bench/calibration.py --fit``; do not edit it by hand.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .model import Candidate

if TYPE_CHECKING:
    from .resolve import Entity

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


# the ways of finding a speaker that lean on an antecedent written before the source
ANTECEDENT_HOWS = ("pronoun", "surname", "descriptor")


def _apart(work: str, lo: int, hi: int) -> bool:
    """A paragraph break between two offsets (bounded: further than the window is apart)."""
    return hi - lo > NEAR_WINDOW or work.find("\n", lo, hi) >= 0


def _near(work: str, c: Candidate, how: str | None = None) -> str:
    """Where the evidence is: the source in the statement's sentence, in its paragraph, or
    further; for a pronoun, a surname or a description, also its antecedent (the name
    written last before it), whichever is further (``how``: ``_how(c)``, when known)."""
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
    if entity is not None and entity.mentions and (how or _how(c)) in ANTECEDENT_HOWS:
        i = bisect.bisect_left(entity.mentions, (src.start,)) - 1
        if i < 0 or _apart(work, entity.mentions[i][1], src.start):
            return "far"
        if not c.sentence[0] <= entity.mentions[i][0]:
            near = "paragraph"
    return near


# a statement of at most this many words is "short" (its words counted in a bounded
# slice: a statement longer than the slice is long anyway)
SHORT_WORDS = 5
_SHORT_SLICE = 200


def mark_rivals(entities: Iterable[Entity], cands: Iterable[Candidate]) -> None:
    """Mark each candidate whose speaker is a person named before its source: another
    person named between that earlier mention and the source (``extra["rival"]`` True)
    or not (False).  Once per document, after resolution: one sort of every person's
    name spans, then two binary searches per candidate (linear time)."""
    persons = {id(e) for e in entities if e.kind == "person" and e.mentions}
    starts = sorted([s for e in entities if id(e) in persons for s, _ in e.mentions])
    for c in cands:
        entity, src = c.entity, c.source
        if entity is None or src is None or id(entity) not in persons:
            continue
        i = bisect.bisect_left(entity.mentions, (src.start,)) - 1
        if i < 0:
            continue
        # the speaker's own mentions end at entity.mentions[i] before the source, so any
        # name starting in between is somebody else's
        before = entity.mentions[i][1]
        c.extra["rival"] = bisect.bisect_left(starts, src.start) > bisect.bisect_left(
            starts, before
        )


def _rival(c: Candidate) -> str:
    rival = c.extra.get("rival")
    return "-" if rival is None else "rival" if rival else "clear"


def _length(work: str, c: Candidate) -> str:
    # (split at most SHORT_WORDS times: a longer statement stops at its sixth word)
    words = len(work[c.start : min(c.end, c.start + _SHORT_SLICE)].split(None, SHORT_WORDS))
    return "short" if words <= SHORT_WORDS else "long"


def _gender(c: Candidate) -> str:
    entity = c.entity
    return "gendered" if c.speaker and entity is not None and entity.gender else "-"


def evidence(work: str, c: Candidate) -> tuple[str, ...]:
    """(sieve, kind, how, near, rival, length, gender) of a candidate once resolved (see
    the module doc; ``rival`` needs ``mark_rivals`` to have run on the document)."""
    how = _how(c)
    return (
        c.sieve or "-",
        c.kind,
        how,
        _near(work, c, how),
        _rival(c),
        _length(work, c),
        _gender(c),
    )


# the cells looked up, finest first: each a selection of evidence's fields; each level
# of round 24's (sieve, kind, how, near) backoff is tried first with the round-25 fields
# (rival, length, gender), then without them
_LEVELS = ((0, 1, 2, 3), (0, 2, 3), (0, 2), (2, 3), (2,), ())
BACKOFF: tuple[tuple[int, ...], ...] = tuple(
    level for fields in _LEVELS for level in (fields + (4, 5, 6), fields)
)
# fewest training statements a cell needs to be used
MIN_CASES = 20


def cell(key: tuple[str, ...], fields: tuple[int, ...]) -> str:
    return "|".join([key[i] for i in fields])  # (a list joins faster than a generator)


# fmt: off
# written by bench/calibration.py --fit: cell -> (right, n, smoothed accuracy)
CALIBRATION: dict[str, tuple[int, int, float]] = {
    "": (7038, 8090, 0.87),
    "-|long|-": (1812, 2370, 0.764),
    "-|long|gendered": (1259, 1306, 0.963),
    "-|short|-": (328, 554, 0.592),
    "-|short|gendered": (226, 252, 0.894),
    "according|indirect|named|sentence": (63, 75, 0.831),
    "according|indirect|named|sentence|-|long|-": (53, 63, 0.831),
    "according|indirect|unnamed|sentence": (64, 84, 0.756),
    "according|indirect|unnamed|sentence|-|long|-": (64, 84, 0.756),
    "according|named": (63, 75, 0.831),
    "according|named|-|long|-": (53, 63, 0.831),
    "according|named|sentence": (63, 75, 0.831),
    "according|named|sentence|-|long|-": (53, 63, 0.831),
    "according|unnamed": (64, 84, 0.756),
    "according|unnamed|-|long|-": (64, 84, 0.756),
    "according|unnamed|sentence": (64, 84, 0.756),
    "according|unnamed|sentence|-|long|-": (64, 84, 0.756),
    "clear|long|-": (487, 522, 0.931),
    "clear|long|gendered": (1708, 1747, 0.977),
    "clear|short|-": (67, 77, 0.861),
    "clear|short|gendered": (197, 215, 0.912),
    "continuation|descriptor": (27, 32, 0.824),
    "continuation|descriptor|far": (18, 23, 0.76),
    "continuation|direct|descriptor|far": (18, 23, 0.76),
    "continuation|direct|named|paragraph": (146, 149, 0.974),
    "continuation|direct|named|paragraph|-|long|-": (44, 47, 0.918),
    "continuation|direct|named|paragraph|-|long|gendered": (94, 94, 0.99),
    "continuation|direct|pronoun|far": (261, 270, 0.963),
    "continuation|direct|pronoun|far|clear|long|-": (27, 29, 0.903),
    "continuation|direct|pronoun|far|clear|long|gendered": (176, 177, 0.989),
    "continuation|direct|pronoun|far|rival|long|gendered": (33, 38, 0.85),
    "continuation|direct|pronoun|paragraph": (30, 32, 0.912),
    "continuation|direct|surname|far": (239, 247, 0.964),
    "continuation|direct|surname|far|clear|long|-": (34, 36, 0.921),
    "continuation|direct|surname|far|clear|long|gendered": (133, 134, 0.985),
    "continuation|direct|surname|far|rival|long|-": (17, 21, 0.783),
    "continuation|direct|surname|far|rival|long|gendered": (36, 36, 0.974),
    "continuation|named": (163, 169, 0.959),
    "continuation|named|-|long|-": (50, 55, 0.895),
    "continuation|named|-|long|gendered": (104, 104, 0.991),
    "continuation|named|paragraph": (146, 149, 0.974),
    "continuation|named|paragraph|-|long|-": (44, 47, 0.918),
    "continuation|named|paragraph|-|long|gendered": (94, 94, 0.99),
    "continuation|pronoun": (291, 302, 0.961),
    "continuation|pronoun|clear|long|-": (36, 38, 0.925),
    "continuation|pronoun|clear|long|gendered": (187, 188, 0.989),
    "continuation|pronoun|clear|short|gendered": (22, 25, 0.852),
    "continuation|pronoun|far": (261, 270, 0.963),
    "continuation|pronoun|far|clear|long|-": (27, 29, 0.903),
    "continuation|pronoun|far|clear|long|gendered": (176, 177, 0.989),
    "continuation|pronoun|far|rival|long|gendered": (33, 38, 0.85),
    "continuation|pronoun|paragraph": (30, 32, 0.912),
    "continuation|pronoun|rival|long|gendered": (35, 40, 0.857),
    "continuation|surname": (240, 248, 0.964),
    "continuation|surname|clear|long|-": (34, 36, 0.921),
    "continuation|surname|clear|long|gendered": (133, 134, 0.985),
    "continuation|surname|far": (239, 247, 0.964),
    "continuation|surname|far|clear|long|-": (34, 36, 0.921),
    "continuation|surname|far|clear|long|gendered": (133, 134, 0.985),
    "continuation|surname|far|rival|long|-": (17, 21, 0.783),
    "continuation|surname|far|rival|long|gendered": (36, 36, 0.974),
    "continuation|surname|rival|long|-": (17, 21, 0.783),
    "continuation|surname|rival|long|gendered": (36, 36, 0.974),
    "descriptor": (340, 383, 0.886),
    "descriptor|-|long|-": (106, 121, 0.87),
    "descriptor|-|short|-": (18, 25, 0.704),
    "descriptor|clear|long|-": (27, 34, 0.778),
    "descriptor|clear|long|gendered": (72, 73, 0.973),
    "descriptor|far": (209, 230, 0.905),
    "descriptor|far|clear|long|-": (24, 31, 0.758),
    "descriptor|far|clear|long|gendered": (69, 70, 0.972),
    "descriptor|far|rival|long|gendered": (64, 67, 0.942),
    "descriptor|rival|long|gendered": (65, 68, 0.943),
    "descriptor|sentence": (115, 137, 0.835),
    "descriptor|sentence|-|long|-": (99, 114, 0.862),
    "descriptor|sentence|-|short|-": (16, 22, 0.708),
    "leading|descriptor": (42, 48, 0.86),
    "leading|descriptor|far": (28, 29, 0.935),
    "leading|direct|named|sentence": (39, 43, 0.889),
    "leading|direct|named|sentence|-|long|gendered": (24, 24, 0.962),
    "leading|direct|pronoun|far": (42, 43, 0.956),
    "leading|direct|pronoun|far|clear|long|gendered": (25, 25, 0.963),
    "leading|direct|surname|far": (38, 38, 0.975),
    "leading|named": (492, 518, 0.948),
    "leading|named|-|long|-": (95, 105, 0.897),
    "leading|named|-|long|gendered": (153, 156, 0.975),
    "leading|named|-|short|-": (110, 118, 0.925),
    "leading|named|-|short|gendered": (130, 133, 0.97),
    "leading|named|sentence": (490, 516, 0.948),
    "leading|named|sentence|-|long|-": (94, 104, 0.896),
    "leading|named|sentence|-|long|gendered": (152, 155, 0.975),
    "leading|named|sentence|-|short|-": (110, 118, 0.925),
    "leading|named|sentence|-|short|gendered": (130, 133, 0.97),
    "leading|partial|named|sentence": (451, 473, 0.952),
    "leading|partial|named|sentence|-|long|-": (82, 91, 0.892),
    "leading|partial|named|sentence|-|long|gendered": (128, 131, 0.97),
    "leading|partial|named|sentence|-|short|-": (108, 115, 0.932),
    "leading|partial|named|sentence|-|short|gendered": (130, 132, 0.978),
    "leading|partial|pronoun|far": (46, 55, 0.825),
    "leading|partial|pronoun|far|clear|short|gendered": (25, 27, 0.897),
    "leading|partial|pronoun|paragraph": (45, 45, 0.979),
    "leading|partial|pronoun|sentence": (18, 23, 0.76),
    "leading|partial|surname|far": (111, 116, 0.949),
    "leading|partial|surname|far|rival|long|gendered": (25, 25, 0.963),
    "leading|partial|surname|far|rival|short|gendered": (34, 36, 0.921),
    "leading|partial|unnamed|sentence": (67, 107, 0.624),
    "leading|partial|unnamed|sentence|-|long|-": (31, 48, 0.64),
    "leading|partial|unnamed|sentence|-|short|-": (36, 59, 0.607),
    "leading|pronoun": (171, 186, 0.915),
    "leading|pronoun|clear|long|-": (22, 23, 0.92),
    "leading|pronoun|clear|long|gendered": (65, 65, 0.985),
    "leading|pronoun|clear|short|gendered": (44, 47, 0.918),
    "leading|pronoun|far": (88, 98, 0.89),
    "leading|pronoun|far|clear|long|gendered": (32, 32, 0.971),
    "leading|pronoun|far|clear|short|gendered": (26, 28, 0.9),
    "leading|pronoun|paragraph": (63, 63, 0.985),
    "leading|pronoun|paragraph|clear|long|gendered": (27, 27, 0.966),
    "leading|pronoun|sentence": (20, 25, 0.778),
    "leading|surname": (158, 163, 0.964),
    "leading|surname|clear|long|gendered": (28, 29, 0.935),
    "leading|surname|clear|short|gendered": (24, 24, 0.962),
    "leading|surname|far": (149, 154, 0.962),
    "leading|surname|far|clear|long|gendered": (24, 25, 0.926),
    "leading|surname|far|rival|long|gendered": (35, 35, 0.973),
    "leading|surname|far|rival|short|gendered": (35, 37, 0.923),
    "leading|surname|rival|long|gendered": (35, 35, 0.973),
    "leading|surname|rival|short|gendered": (35, 37, 0.923),
    "leading|unnamed": (82, 126, 0.648),
    "leading|unnamed|-|long|-": (46, 67, 0.681),
    "leading|unnamed|-|short|-": (36, 59, 0.607),
    "leading|unnamed|sentence": (82, 126, 0.648),
    "leading|unnamed|sentence|-|long|-": (46, 67, 0.681),
    "leading|unnamed|sentence|-|short|-": (36, 59, 0.607),
    "named": (2727, 3058, 0.892),
    "named|-|long|-": (1017, 1204, 0.844),
    "named|-|long|gendered": (1251, 1294, 0.966),
    "named|-|short|-": (209, 282, 0.739),
    "named|-|short|gendered": (223, 246, 0.903),
    "named|far": (17, 24, 0.692),
    "named|paragraph": (146, 150, 0.967),
    "named|paragraph|-|long|-": (44, 47, 0.918),
    "named|paragraph|-|long|gendered": (94, 95, 0.979),
    "named|sentence": (2564, 2884, 0.889),
    "named|sentence|-|long|-": (967, 1146, 0.843),
    "named|sentence|-|long|gendered": (1147, 1189, 0.964),
    "named|sentence|-|short|-": (205, 277, 0.738),
    "named|sentence|-|short|gendered": (220, 242, 0.906),
    "pronoun": (1735, 1854, 0.935),
    "pronoun|-|long|-": (30, 42, 0.705),
    "pronoun|clear|long|-": (248, 269, 0.919),
    "pronoun|clear|long|gendered": (1047, 1071, 0.977),
    "pronoun|clear|short|-": (38, 43, 0.867),
    "pronoun|clear|short|gendered": (116, 129, 0.893),
    "pronoun|far": (1197, 1274, 0.939),
    "pronoun|far|clear|long|-": (156, 170, 0.913),
    "pronoun|far|clear|long|gendered": (760, 778, 0.976),
    "pronoun|far|clear|short|-": (18, 20, 0.864),
    "pronoun|far|clear|short|gendered": (70, 74, 0.934),
    "pronoun|far|rival|long|gendered": (161, 193, 0.831),
    "pronoun|paragraph": (472, 495, 0.952),
    "pronoun|paragraph|clear|long|-": (89, 96, 0.918),
    "pronoun|paragraph|clear|long|gendered": (272, 278, 0.975),
    "pronoun|paragraph|clear|short|gendered": (40, 46, 0.854),
    "pronoun|paragraph|rival|long|gendered": (39, 39, 0.976),
    "pronoun|rival|long|-": (20, 21, 0.913),
    "pronoun|rival|long|gendered": (200, 233, 0.855),
    "pronoun|rival|short|gendered": (24, 31, 0.758),
    "pronoun|sentence": (66, 85, 0.77),
    "pronoun|sentence|-|long|-": (29, 40, 0.714),
    "reported|descriptor": (167, 191, 0.87),
    "reported|descriptor|-|long|-": (66, 77, 0.848),
    "reported|descriptor|clear|long|gendered": (32, 33, 0.943),
    "reported|descriptor|far": (96, 108, 0.882),
    "reported|descriptor|far|clear|long|gendered": (31, 32, 0.941),
    "reported|descriptor|far|rival|long|gendered": (38, 41, 0.907),
    "reported|descriptor|rival|long|gendered": (39, 42, 0.909),
    "reported|descriptor|sentence": (68, 80, 0.841),
    "reported|descriptor|sentence|-|long|-": (65, 76, 0.846),
    "reported|indirect|descriptor|far": (96, 108, 0.882),
    "reported|indirect|descriptor|far|clear|long|gendered": (31, 32, 0.941),
    "reported|indirect|descriptor|far|rival|long|gendered": (38, 41, 0.907),
    "reported|indirect|descriptor|sentence": (68, 80, 0.841),
    "reported|indirect|descriptor|sentence|-|long|-": (65, 76, 0.846),
    "reported|indirect|named|sentence": (1531, 1777, 0.861),
    "reported|indirect|named|sentence|-|long|-": (710, 847, 0.837),
    "reported|indirect|named|sentence|-|long|gendered": (754, 791, 0.952),
    "reported|indirect|named|sentence|-|short|-": (25, 77, 0.329),
    "reported|indirect|named|sentence|-|short|gendered": (26, 44, 0.587),
    "reported|indirect|pronoun|far": (240, 264, 0.906),
    "reported|indirect|pronoun|far|clear|long|-": (46, 53, 0.855),
    "reported|indirect|pronoun|far|clear|long|gendered": (152, 158, 0.956),
    "reported|indirect|pronoun|far|rival|long|gendered": (33, 38, 0.85),
    "reported|indirect|pronoun|paragraph": (204, 218, 0.932),
    "reported|indirect|pronoun|paragraph|clear|long|-": (41, 44, 0.913),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (130, 135, 0.956),
    "reported|indirect|pronoun|sentence": (36, 49, 0.725),
    "reported|indirect|pronoun|sentence|-|long|-": (24, 33, 0.714),
    "reported|indirect|surname|far": (477, 528, 0.902),
    "reported|indirect|surname|far|clear|long|-": (47, 50, 0.923),
    "reported|indirect|surname|far|clear|long|gendered": (132, 142, 0.924),
    "reported|indirect|surname|far|rival|long|-": (68, 72, 0.932),
    "reported|indirect|surname|far|rival|long|gendered": (209, 218, 0.955),
    "reported|indirect|surname|paragraph": (24, 25, 0.926),
    "reported|indirect|unnamed|sentence": (525, 873, 0.601),
    "reported|indirect|unnamed|sentence|-|long|-": (497, 743, 0.668),
    "reported|indirect|unnamed|sentence|-|short|-": (28, 130, 0.22),
    "reported|named": (1531, 1777, 0.861),
    "reported|named|-|long|-": (710, 847, 0.837),
    "reported|named|-|long|gendered": (754, 791, 0.952),
    "reported|named|-|short|-": (25, 77, 0.329),
    "reported|named|-|short|gendered": (26, 44, 0.587),
    "reported|named|sentence": (1531, 1777, 0.861),
    "reported|named|sentence|-|long|-": (710, 847, 0.837),
    "reported|named|sentence|-|long|gendered": (754, 791, 0.952),
    "reported|named|sentence|-|short|-": (25, 77, 0.329),
    "reported|named|sentence|-|short|gendered": (26, 44, 0.587),
    "reported|pronoun": (480, 531, 0.902),
    "reported|pronoun|-|long|-": (24, 33, 0.714),
    "reported|pronoun|clear|long|-": (89, 99, 0.891),
    "reported|pronoun|clear|long|gendered": (290, 301, 0.96),
    "reported|pronoun|clear|short|gendered": (14, 20, 0.682),
    "reported|pronoun|far": (240, 264, 0.906),
    "reported|pronoun|far|clear|long|-": (46, 53, 0.855),
    "reported|pronoun|far|clear|long|gendered": (152, 158, 0.956),
    "reported|pronoun|far|rival|long|gendered": (33, 38, 0.85),
    "reported|pronoun|paragraph": (204, 218, 0.932),
    "reported|pronoun|paragraph|clear|long|-": (41, 44, 0.913),
    "reported|pronoun|paragraph|clear|long|gendered": (130, 135, 0.956),
    "reported|pronoun|rival|long|gendered": (51, 56, 0.897),
    "reported|pronoun|sentence": (36, 49, 0.725),
    "reported|pronoun|sentence|-|long|-": (24, 33, 0.714),
    "reported|surname": (501, 554, 0.903),
    "reported|surname|clear|long|-": (51, 54, 0.929),
    "reported|surname|clear|long|gendered": (146, 157, 0.925),
    "reported|surname|far": (477, 528, 0.902),
    "reported|surname|far|clear|long|-": (47, 50, 0.923),
    "reported|surname|far|clear|long|gendered": (132, 142, 0.924),
    "reported|surname|far|rival|long|-": (68, 72, 0.932),
    "reported|surname|far|rival|long|gendered": (209, 218, 0.955),
    "reported|surname|paragraph": (24, 25, 0.926),
    "reported|surname|rival|long|-": (70, 74, 0.934),
    "reported|surname|rival|long|gendered": (212, 221, 0.955),
    "reported|unnamed": (525, 873, 0.601),
    "reported|unnamed|-|long|-": (497, 743, 0.668),
    "reported|unnamed|-|short|-": (28, 130, 0.22),
    "reported|unnamed|sentence": (525, 873, 0.601),
    "reported|unnamed|sentence|-|long|-": (497, 743, 0.668),
    "reported|unnamed|sentence|-|short|-": (28, 130, 0.22),
    "rival|long|-": (174, 194, 0.893),
    "rival|long|gendered": (652, 698, 0.933),
    "rival|short|-": (31, 38, 0.8),
    "rival|short|gendered": (97, 117, 0.824),
    "sentence|descriptor": (20, 22, 0.875),
    "sentence|named": (223, 239, 0.929),
    "sentence|named|-|long|-": (30, 33, 0.886),
    "sentence|named|-|long|gendered": (64, 64, 0.985),
    "sentence|named|-|short|-": (68, 80, 0.841),
    "sentence|named|-|short|gendered": (60, 61, 0.968),
    "sentence|named|sentence": (223, 239, 0.929),
    "sentence|named|sentence|-|long|-": (30, 33, 0.886),
    "sentence|named|sentence|-|long|gendered": (64, 64, 0.985),
    "sentence|named|sentence|-|short|-": (68, 80, 0.841),
    "sentence|named|sentence|-|short|gendered": (60, 61, 0.968),
    "sentence|partial|named|sentence": (218, 234, 0.928),
    "sentence|partial|named|sentence|-|long|-": (28, 31, 0.879),
    "sentence|partial|named|sentence|-|long|gendered": (61, 61, 0.984),
    "sentence|partial|named|sentence|-|short|-": (68, 80, 0.841),
    "sentence|partial|named|sentence|-|short|gendered": (60, 61, 0.968),
    "sentence|partial|pronoun|far": (23, 24, 0.923),
    "sentence|partial|pronoun|paragraph": (24, 26, 0.893),
    "sentence|partial|surname|far": (62, 64, 0.955),
    "sentence|partial|surname|far|clear|short|gendered": (19, 20, 0.909),
    "sentence|partial|unnamed|sentence": (29, 50, 0.577),
    "sentence|partial|unnamed|sentence|-|short|-": (22, 37, 0.59),
    "sentence|pronoun": (53, 57, 0.915),
    "sentence|pronoun|far": (23, 24, 0.923),
    "sentence|pronoun|paragraph": (24, 26, 0.893),
    "sentence|surname": (68, 70, 0.958),
    "sentence|surname|clear|short|gendered": (21, 22, 0.917),
    "sentence|surname|far": (63, 65, 0.955),
    "sentence|surname|far|clear|short|gendered": (19, 20, 0.909),
    "sentence|unnamed": (33, 59, 0.557),
    "sentence|unnamed|-|long|-": (11, 21, 0.522),
    "sentence|unnamed|-|short|-": (22, 38, 0.575),
    "sentence|unnamed|sentence": (33, 59, 0.557),
    "sentence|unnamed|sentence|-|long|-": (11, 21, 0.522),
    "sentence|unnamed|sentence|-|short|-": (22, 38, 0.575),
    "surname": (1482, 1555, 0.952),
    "surname|clear|long|-": (208, 214, 0.968),
    "surname|clear|long|gendered": (584, 597, 0.977),
    "surname|clear|short|-": (21, 25, 0.815),
    "surname|clear|short|gendered": (72, 77, 0.924),
    "surname|far": (1429, 1500, 0.952),
    "surname|far|clear|long|-": (198, 204, 0.966),
    "surname|far|clear|long|gendered": (560, 572, 0.977),
    "surname|far|clear|short|-": (21, 24, 0.846),
    "surname|far|clear|short|gendered": (61, 66, 0.912),
    "surname|far|rival|long|-": (131, 143, 0.91),
    "surname|far|rival|long|gendered": (377, 387, 0.972),
    "surname|far|rival|short|-": (22, 28, 0.767),
    "surname|far|rival|short|gendered": (57, 68, 0.829),
    "surname|paragraph": (53, 54, 0.964),
    "surname|paragraph|clear|long|gendered": (24, 25, 0.926),
    "surname|rival|long|-": (135, 147, 0.913),
    "surname|rival|long|gendered": (381, 391, 0.972),
    "surname|rival|short|-": (22, 28, 0.767),
    "surname|rival|short|gendered": (57, 68, 0.829),
    "trailing|descriptor": (67, 72, 0.919),
    "trailing|descriptor|clear|long|gendered": (25, 25, 0.963),
    "trailing|descriptor|far": (54, 57, 0.932),
    "trailing|descriptor|far|clear|long|gendered": (24, 24, 0.962),
    "trailing|direct|descriptor|far": (54, 57, 0.932),
    "trailing|direct|descriptor|far|clear|long|gendered": (24, 24, 0.962),
    "trailing|direct|named|sentence": (249, 260, 0.954),
    "trailing|direct|named|sentence|-|long|-": (79, 89, 0.879),
    "trailing|direct|named|sentence|-|long|gendered": (163, 164, 0.988),
    "trailing|direct|pronoun|far": (584, 617, 0.945),
    "trailing|direct|pronoun|far|clear|long|-": (66, 69, 0.944),
    "trailing|direct|pronoun|far|clear|long|gendered": (393, 404, 0.97),
    "trailing|direct|pronoun|far|rival|long|gendered": (89, 106, 0.833),
    "trailing|direct|pronoun|paragraph": (151, 156, 0.962),
    "trailing|direct|pronoun|paragraph|clear|long|-": (28, 31, 0.879),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (94, 95, 0.979),
    "trailing|direct|surname|far": (482, 485, 0.992),
    "trailing|direct|surname|far|clear|long|-": (107, 107, 0.991),
    "trailing|direct|surname|far|clear|long|gendered": (251, 251, 0.996),
    "trailing|direct|surname|far|rival|long|-": (30, 33, 0.886),
    "trailing|direct|surname|far|rival|long|gendered": (78, 78, 0.988),
    "trailing|direct|unnamed|sentence": (37, 77, 0.481),
    "trailing|direct|unnamed|sentence|-|long|-": (33, 72, 0.459),
    "trailing|named": (249, 261, 0.951),
    "trailing|named|-|long|-": (79, 89, 0.879),
    "trailing|named|-|long|gendered": (163, 165, 0.982),
    "trailing|named|sentence": (249, 260, 0.954),
    "trailing|named|sentence|-|long|-": (79, 89, 0.879),
    "trailing|named|sentence|-|long|gendered": (163, 164, 0.988),
    "trailing|pronoun": (739, 777, 0.95),
    "trailing|pronoun|clear|long|-": (94, 100, 0.931),
    "trailing|pronoun|clear|long|gendered": (488, 500, 0.974),
    "trailing|pronoun|clear|short|gendered": (24, 25, 0.926),
    "trailing|pronoun|far": (584, 617, 0.945),
    "trailing|pronoun|far|clear|long|-": (66, 69, 0.944),
    "trailing|pronoun|far|clear|long|gendered": (393, 404, 0.97),
    "trailing|pronoun|far|rival|long|gendered": (89, 106, 0.833),
    "trailing|pronoun|paragraph": (151, 156, 0.962),
    "trailing|pronoun|paragraph|clear|long|-": (28, 31, 0.879),
    "trailing|pronoun|paragraph|clear|long|gendered": (94, 95, 0.979),
    "trailing|pronoun|rival|long|gendered": (103, 120, 0.852),
    "trailing|surname": (495, 498, 0.992),
    "trailing|surname|clear|long|-": (112, 112, 0.991),
    "trailing|surname|clear|long|gendered": (255, 255, 0.996),
    "trailing|surname|far": (482, 485, 0.992),
    "trailing|surname|far|clear|long|-": (107, 107, 0.991),
    "trailing|surname|far|clear|long|gendered": (251, 251, 0.996),
    "trailing|surname|far|rival|long|-": (30, 33, 0.886),
    "trailing|surname|far|rival|long|gendered": (78, 78, 0.988),
    "trailing|surname|rival|long|-": (32, 35, 0.892),
    "trailing|surname|rival|long|gendered": (78, 78, 0.988),
    "trailing|unnamed": (37, 77, 0.481),
    "trailing|unnamed|-|long|-": (33, 72, 0.459),
    "trailing|unnamed|sentence": (37, 77, 0.481),
    "trailing|unnamed|sentence|-|long|-": (33, 72, 0.459),
    "unnamed": (754, 1240, 0.608),
    "unnamed|-|long|-": (659, 1001, 0.658),
    "unnamed|-|short|-": (95, 239, 0.398),
    "unnamed|sentence": (743, 1221, 0.608),
    "unnamed|sentence|-|long|-": (651, 987, 0.659),
    "unnamed|sentence|-|short|-": (92, 234, 0.394),
}
# fmt: on


# the lowest calibrated value: above the caps (pipeline.NON_ANSWER_CONFIDENCE, 0.3), so
# that "at most 0.3" still means a capped statement (a non-answer, a reporter's
# question …) and a short clause an unnamed source said (right about 3 times in 10 on
# first runs) is not taken for one
FLOOR = 0.31

# evidence key -> its cells, finest first (the BACKOFF levels the key has), joined once
# per process: bounded, each field of a key taking a handful of values
_CELLS: dict[tuple[str, ...], tuple[str, ...]] = {}


def calibrated(key: tuple[str, ...], hand: float) -> float:
    """The smoothed accuracy of the finest cell with enough cases, at least ``FLOOR``;
    ``hand`` without a table.  A shorter key (round 24's four fields) uses the levels it
    has."""
    cells = _CELLS.get(key)
    if cells is None:
        cells = _CELLS[key] = tuple(
            cell(key, fields) for fields in BACKOFF if not fields or fields[-1] < len(key)
        )
    for name in cells:
        hit = CALIBRATION.get(name)
        if hit is not None and hit[1] >= MIN_CASES:
            return max(hit[2], FLOOR)
    return hand
