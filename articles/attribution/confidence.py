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
    "": (6492, 7490, 0.867),
    "-|long|-": (1630, 2156, 0.756),
    "-|long|gendered": (1158, 1203, 0.962),
    "-|short|-": (310, 522, 0.594),
    "-|short|gendered": (216, 242, 0.889),
    "according|indirect|named|sentence": (57, 68, 0.829),
    "according|indirect|named|sentence|-|long|-": (47, 57, 0.814),
    "according|indirect|unnamed|sentence": (58, 77, 0.747),
    "according|indirect|unnamed|sentence|-|long|-": (58, 77, 0.747),
    "according|named": (57, 68, 0.829),
    "according|named|-|long|-": (47, 57, 0.814),
    "according|named|sentence": (57, 68, 0.829),
    "according|named|sentence|-|long|-": (47, 57, 0.814),
    "according|unnamed": (58, 77, 0.747),
    "according|unnamed|-|long|-": (58, 77, 0.747),
    "according|unnamed|sentence": (58, 77, 0.747),
    "according|unnamed|sentence|-|long|-": (58, 77, 0.747),
    "clear|long|-": (451, 485, 0.928),
    "clear|long|gendered": (1584, 1621, 0.977),
    "clear|short|-": (63, 73, 0.853),
    "clear|short|gendered": (188, 205, 0.913),
    "continuation|descriptor": (27, 32, 0.824),
    "continuation|descriptor|far": (18, 23, 0.76),
    "continuation|direct|descriptor|far": (18, 23, 0.76),
    "continuation|direct|named|paragraph": (138, 141, 0.972),
    "continuation|direct|named|paragraph|-|long|-": (40, 43, 0.911),
    "continuation|direct|named|paragraph|-|long|gendered": (90, 90, 0.989),
    "continuation|direct|pronoun|far": (250, 259, 0.962),
    "continuation|direct|pronoun|far|clear|long|-": (25, 27, 0.897),
    "continuation|direct|pronoun|far|clear|long|gendered": (169, 170, 0.988),
    "continuation|direct|pronoun|far|rival|long|gendered": (31, 36, 0.842),
    "continuation|direct|pronoun|paragraph": (27, 29, 0.903),
    "continuation|direct|surname|far": (232, 240, 0.963),
    "continuation|direct|surname|far|clear|long|-": (33, 35, 0.919),
    "continuation|direct|surname|far|clear|long|gendered": (129, 130, 0.985),
    "continuation|direct|surname|far|rival|long|-": (16, 20, 0.773),
    "continuation|direct|surname|far|rival|long|gendered": (35, 35, 0.973),
    "continuation|named": (154, 160, 0.957),
    "continuation|named|-|long|-": (46, 51, 0.887),
    "continuation|named|-|long|gendered": (99, 99, 0.99),
    "continuation|named|paragraph": (138, 141, 0.972),
    "continuation|named|paragraph|-|long|-": (40, 43, 0.911),
    "continuation|named|paragraph|-|long|gendered": (90, 90, 0.989),
    "continuation|pronoun": (277, 288, 0.959),
    "continuation|pronoun|clear|long|-": (33, 35, 0.919),
    "continuation|pronoun|clear|long|gendered": (178, 179, 0.989),
    "continuation|pronoun|clear|short|gendered": (22, 25, 0.852),
    "continuation|pronoun|far": (250, 259, 0.962),
    "continuation|pronoun|far|clear|long|-": (25, 27, 0.897),
    "continuation|pronoun|far|clear|long|gendered": (169, 170, 0.988),
    "continuation|pronoun|far|rival|long|gendered": (31, 36, 0.842),
    "continuation|pronoun|paragraph": (27, 29, 0.903),
    "continuation|pronoun|rival|long|gendered": (33, 38, 0.85),
    "continuation|surname": (233, 241, 0.963),
    "continuation|surname|clear|long|-": (33, 35, 0.919),
    "continuation|surname|clear|long|gendered": (129, 130, 0.985),
    "continuation|surname|far": (232, 240, 0.963),
    "continuation|surname|far|clear|long|-": (33, 35, 0.919),
    "continuation|surname|far|clear|long|gendered": (129, 130, 0.985),
    "continuation|surname|far|rival|long|-": (16, 20, 0.773),
    "continuation|surname|far|rival|long|gendered": (35, 35, 0.973),
    "continuation|surname|rival|long|-": (16, 20, 0.773),
    "continuation|surname|rival|long|gendered": (35, 35, 0.973),
    "descriptor": (322, 362, 0.887),
    "descriptor|-|long|-": (93, 106, 0.87),
    "descriptor|-|short|-": (17, 23, 0.72),
    "descriptor|clear|long|-": (26, 33, 0.771),
    "descriptor|clear|long|gendered": (70, 71, 0.973),
    "descriptor|far": (207, 228, 0.904),
    "descriptor|far|clear|long|-": (24, 31, 0.758),
    "descriptor|far|clear|long|gendered": (68, 69, 0.972),
    "descriptor|far|rival|long|gendered": (63, 66, 0.941),
    "descriptor|rival|long|gendered": (64, 67, 0.942),
    "descriptor|sentence": (101, 120, 0.836),
    "descriptor|sentence|-|long|-": (86, 99, 0.861),
    "descriptor|sentence|-|short|-": (15, 20, 0.727),
    "leading|descriptor": (41, 47, 0.857),
    "leading|descriptor|far": (28, 29, 0.935),
    "leading|direct|named|sentence": (39, 43, 0.889),
    "leading|direct|named|sentence|-|long|gendered": (24, 24, 0.962),
    "leading|direct|pronoun|far": (42, 43, 0.956),
    "leading|direct|pronoun|far|clear|long|gendered": (25, 25, 0.963),
    "leading|direct|surname|far": (37, 37, 0.974),
    "leading|named": (471, 495, 0.95),
    "leading|named|-|long|-": (91, 101, 0.893),
    "leading|named|-|long|gendered": (146, 149, 0.974),
    "leading|named|-|short|-": (105, 111, 0.938),
    "leading|named|-|short|gendered": (125, 128, 0.969),
    "leading|named|sentence": (469, 493, 0.949),
    "leading|named|sentence|-|long|-": (90, 100, 0.892),
    "leading|named|sentence|-|long|gendered": (145, 148, 0.973),
    "leading|named|sentence|-|short|-": (105, 111, 0.938),
    "leading|named|sentence|-|short|gendered": (125, 128, 0.969),
    "leading|partial|named|sentence": (430, 450, 0.954),
    "leading|partial|named|sentence|-|long|-": (78, 87, 0.888),
    "leading|partial|named|sentence|-|long|gendered": (121, 124, 0.968),
    "leading|partial|named|sentence|-|short|-": (103, 108, 0.945),
    "leading|partial|named|sentence|-|short|gendered": (125, 127, 0.977),
    "leading|partial|pronoun|far": (42, 51, 0.811),
    "leading|partial|pronoun|far|clear|short|gendered": (23, 25, 0.889),
    "leading|partial|pronoun|paragraph": (43, 43, 0.978),
    "leading|partial|pronoun|sentence": (17, 22, 0.75),
    "leading|partial|surname|far": (108, 113, 0.948),
    "leading|partial|surname|far|rival|long|gendered": (24, 24, 0.962),
    "leading|partial|surname|far|rival|short|gendered": (34, 36, 0.921),
    "leading|partial|unnamed|sentence": (65, 103, 0.629),
    "leading|partial|unnamed|sentence|-|long|-": (31, 47, 0.653),
    "leading|partial|unnamed|sentence|-|short|-": (34, 56, 0.603),
    "leading|pronoun": (163, 178, 0.911),
    "leading|pronoun|clear|long|-": (22, 23, 0.92),
    "leading|pronoun|clear|long|gendered": (61, 61, 0.984),
    "leading|pronoun|clear|short|gendered": (42, 45, 0.915),
    "leading|pronoun|far": (84, 94, 0.885),
    "leading|pronoun|far|clear|long|gendered": (31, 31, 0.97),
    "leading|pronoun|far|clear|short|gendered": (24, 26, 0.893),
    "leading|pronoun|paragraph": (60, 60, 0.984),
    "leading|pronoun|paragraph|clear|long|gendered": (25, 25, 0.963),
    "leading|pronoun|sentence": (19, 24, 0.769),
    "leading|surname": (153, 158, 0.963),
    "leading|surname|clear|long|gendered": (27, 28, 0.933),
    "leading|surname|clear|short|gendered": (23, 23, 0.96),
    "leading|surname|far": (145, 150, 0.961),
    "leading|surname|far|clear|long|gendered": (24, 25, 0.926),
    "leading|surname|far|rival|long|gendered": (34, 34, 0.972),
    "leading|surname|far|rival|short|gendered": (35, 37, 0.923),
    "leading|surname|rival|long|gendered": (34, 34, 0.972),
    "leading|surname|rival|short|gendered": (35, 37, 0.923),
    "leading|unnamed": (80, 122, 0.653),
    "leading|unnamed|-|long|-": (46, 66, 0.691),
    "leading|unnamed|-|short|-": (34, 56, 0.603),
    "leading|unnamed|sentence": (80, 122, 0.653),
    "leading|unnamed|sentence|-|long|-": (46, 66, 0.691),
    "leading|unnamed|sentence|-|short|-": (34, 56, 0.603),
    "named": (2481, 2797, 0.887),
    "named|-|long|-": (896, 1076, 0.832),
    "named|-|long|gendered": (1150, 1191, 0.965),
    "named|-|short|-": (196, 264, 0.741),
    "named|-|short|gendered": (213, 236, 0.899),
    "named|far": (16, 23, 0.68),
    "named|paragraph": (138, 142, 0.965),
    "named|paragraph|-|long|-": (40, 43, 0.911),
    "named|paragraph|-|long|gendered": (90, 91, 0.978),
    "named|sentence": (2327, 2632, 0.884),
    "named|sentence|-|long|-": (850, 1022, 0.831),
    "named|sentence|-|long|gendered": (1051, 1091, 0.962),
    "named|sentence|-|short|-": (192, 259, 0.739),
    "named|sentence|-|short|gendered": (210, 232, 0.902),
    "pronoun": (1597, 1712, 0.932),
    "pronoun|-|long|-": (30, 40, 0.738),
    "pronoun|clear|long|-": (225, 245, 0.915),
    "pronoun|clear|long|gendered": (959, 983, 0.975),
    "pronoun|clear|short|-": (34, 39, 0.854),
    "pronoun|clear|short|gendered": (110, 123, 0.888),
    "pronoun|far": (1120, 1196, 0.936),
    "pronoun|far|clear|long|-": (146, 160, 0.907),
    "pronoun|far|clear|long|gendered": (710, 728, 0.974),
    "pronoun|far|clear|short|gendered": (68, 72, 0.932),
    "pronoun|far|rival|long|gendered": (150, 181, 0.825),
    "pronoun|paragraph": (413, 435, 0.947),
    "pronoun|paragraph|clear|long|-": (76, 82, 0.917),
    "pronoun|paragraph|clear|long|gendered": (236, 242, 0.971),
    "pronoun|paragraph|clear|short|gendered": (36, 42, 0.841),
    "pronoun|paragraph|rival|long|gendered": (35, 35, 0.973),
    "pronoun|rival|long|gendered": (185, 217, 0.849),
    "pronoun|rival|short|gendered": (24, 31, 0.758),
    "pronoun|sentence": (64, 81, 0.783),
    "pronoun|sentence|-|long|-": (29, 38, 0.75),
    "reported|descriptor": (152, 175, 0.864),
    "reported|descriptor|-|long|-": (53, 64, 0.818),
    "reported|descriptor|clear|long|gendered": (31, 32, 0.941),
    "reported|descriptor|far": (96, 108, 0.882),
    "reported|descriptor|far|clear|long|gendered": (31, 32, 0.941),
    "reported|descriptor|far|rival|long|gendered": (38, 41, 0.907),
    "reported|descriptor|rival|long|gendered": (39, 42, 0.909),
    "reported|descriptor|sentence": (55, 66, 0.824),
    "reported|descriptor|sentence|-|long|-": (52, 63, 0.815),
    "reported|indirect|descriptor|far": (96, 108, 0.882),
    "reported|indirect|descriptor|far|clear|long|gendered": (31, 32, 0.941),
    "reported|indirect|descriptor|far|rival|long|gendered": (38, 41, 0.907),
    "reported|indirect|descriptor|sentence": (55, 66, 0.824),
    "reported|indirect|descriptor|sentence|-|long|-": (52, 63, 0.815),
    "reported|indirect|named|sentence": (1358, 1594, 0.852),
    "reported|indirect|named|sentence|-|long|-": (612, 743, 0.823),
    "reported|indirect|named|sentence|-|long|gendered": (681, 716, 0.95),
    "reported|indirect|named|sentence|-|short|-": (25, 75, 0.338),
    "reported|indirect|named|sentence|-|short|gendered": (25, 43, 0.578),
    "reported|indirect|pronoun|far": (229, 253, 0.902),
    "reported|indirect|pronoun|far|clear|long|-": (45, 52, 0.852),
    "reported|indirect|pronoun|far|clear|long|gendered": (146, 152, 0.955),
    "reported|indirect|pronoun|far|rival|long|gendered": (30, 35, 0.838),
    "reported|indirect|pronoun|paragraph": (178, 192, 0.923),
    "reported|indirect|pronoun|paragraph|clear|long|-": (34, 37, 0.897),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (114, 119, 0.95),
    "reported|indirect|pronoun|sentence": (35, 46, 0.75),
    "reported|indirect|pronoun|sentence|-|long|-": (24, 31, 0.758),
    "reported|indirect|surname|far": (429, 477, 0.898),
    "reported|indirect|surname|far|clear|long|-": (42, 45, 0.915),
    "reported|indirect|surname|far|clear|long|gendered": (122, 131, 0.925),
    "reported|indirect|surname|far|rival|long|-": (58, 62, 0.922),
    "reported|indirect|surname|far|rival|long|gendered": (186, 195, 0.949),
    "reported|indirect|surname|paragraph": (23, 24, 0.923),
    "reported|indirect|unnamed|sentence": (483, 807, 0.598),
    "reported|indirect|unnamed|sentence|-|long|-": (457, 685, 0.667),
    "reported|indirect|unnamed|sentence|-|short|-": (26, 122, 0.218),
    "reported|named": (1358, 1594, 0.852),
    "reported|named|-|long|-": (612, 743, 0.823),
    "reported|named|-|long|gendered": (681, 716, 0.95),
    "reported|named|-|short|-": (25, 75, 0.338),
    "reported|named|-|short|gendered": (25, 43, 0.578),
    "reported|named|sentence": (1358, 1594, 0.852),
    "reported|named|sentence|-|long|-": (612, 743, 0.823),
    "reported|named|sentence|-|long|gendered": (681, 716, 0.95),
    "reported|named|sentence|-|short|-": (25, 75, 0.338),
    "reported|named|sentence|-|short|gendered": (25, 43, 0.578),
    "reported|pronoun": (442, 491, 0.899),
    "reported|pronoun|-|long|-": (24, 31, 0.758),
    "reported|pronoun|clear|long|-": (81, 91, 0.882),
    "reported|pronoun|clear|long|gendered": (267, 278, 0.957),
    "reported|pronoun|far": (229, 253, 0.902),
    "reported|pronoun|far|clear|long|-": (45, 52, 0.852),
    "reported|pronoun|far|clear|long|gendered": (146, 152, 0.955),
    "reported|pronoun|far|rival|long|gendered": (30, 35, 0.838),
    "reported|pronoun|paragraph": (178, 192, 0.923),
    "reported|pronoun|paragraph|clear|long|-": (34, 37, 0.897),
    "reported|pronoun|paragraph|clear|long|gendered": (114, 119, 0.95),
    "reported|pronoun|rival|long|gendered": (46, 51, 0.887),
    "reported|pronoun|sentence": (35, 46, 0.75),
    "reported|pronoun|sentence|-|long|-": (24, 31, 0.758),
    "reported|surname": (452, 502, 0.899),
    "reported|surname|clear|long|-": (46, 49, 0.922),
    "reported|surname|clear|long|gendered": (135, 145, 0.925),
    "reported|surname|far": (429, 477, 0.898),
    "reported|surname|far|clear|long|-": (42, 45, 0.915),
    "reported|surname|far|clear|long|gendered": (122, 131, 0.925),
    "reported|surname|far|rival|long|-": (58, 62, 0.922),
    "reported|surname|far|rival|long|gendered": (186, 195, 0.949),
    "reported|surname|paragraph": (23, 24, 0.923),
    "reported|surname|rival|long|-": (60, 64, 0.924),
    "reported|surname|rival|long|gendered": (189, 198, 0.95),
    "reported|unnamed": (483, 807, 0.598),
    "reported|unnamed|-|long|-": (457, 685, 0.667),
    "reported|unnamed|-|short|-": (26, 122, 0.218),
    "reported|unnamed|sentence": (483, 807, 0.598),
    "reported|unnamed|sentence|-|long|-": (457, 685, 0.667),
    "reported|unnamed|sentence|-|short|-": (26, 122, 0.218),
    "rival|long|-": (159, 179, 0.884),
    "rival|long|gendered": (606, 651, 0.93),
    "rival|short|-": (30, 36, 0.816),
    "rival|short|gendered": (97, 117, 0.824),
    "sentence|descriptor": (20, 22, 0.875),
    "sentence|named": (206, 221, 0.928),
    "sentence|named|-|long|-": (29, 32, 0.882),
    "sentence|named|-|long|gendered": (60, 60, 0.984),
    "sentence|named|-|short|-": (60, 71, 0.836),
    "sentence|named|-|short|gendered": (56, 57, 0.966),
    "sentence|named|sentence": (206, 221, 0.928),
    "sentence|named|sentence|-|long|-": (29, 32, 0.882),
    "sentence|named|sentence|-|long|gendered": (60, 60, 0.984),
    "sentence|named|sentence|-|short|-": (60, 71, 0.836),
    "sentence|named|sentence|-|short|gendered": (56, 57, 0.966),
    "sentence|partial|named|sentence": (202, 217, 0.927),
    "sentence|partial|named|sentence|-|long|-": (27, 30, 0.875),
    "sentence|partial|named|sentence|-|long|gendered": (58, 58, 0.983),
    "sentence|partial|named|sentence|-|short|-": (60, 71, 0.836),
    "sentence|partial|named|sentence|-|short|gendered": (56, 57, 0.966),
    "sentence|partial|pronoun|far": (22, 23, 0.92),
    "sentence|partial|pronoun|paragraph": (23, 25, 0.889),
    "sentence|partial|surname|far": (60, 62, 0.953),
    "sentence|partial|unnamed|sentence": (28, 48, 0.58),
    "sentence|partial|unnamed|sentence|-|short|-": (22, 36, 0.605),
    "sentence|pronoun": (51, 55, 0.912),
    "sentence|pronoun|far": (22, 23, 0.92),
    "sentence|pronoun|paragraph": (23, 25, 0.889),
    "sentence|surname": (66, 68, 0.957),
    "sentence|surname|clear|short|gendered": (19, 20, 0.909),
    "sentence|surname|far": (61, 63, 0.954),
    "sentence|unnamed": (31, 56, 0.552),
    "sentence|unnamed|-|short|-": (22, 37, 0.59),
    "sentence|unnamed|sentence": (31, 56, 0.552),
    "sentence|unnamed|sentence|-|short|-": (22, 37, 0.59),
    "surname": (1390, 1459, 0.952),
    "surname|clear|long|-": (196, 202, 0.966),
    "surname|clear|long|gendered": (550, 562, 0.977),
    "surname|clear|short|-": (21, 25, 0.815),
    "surname|clear|short|gendered": (69, 73, 0.933),
    "surname|far": (1341, 1408, 0.952),
    "surname|far|clear|long|-": (187, 193, 0.964),
    "surname|far|clear|long|gendered": (529, 540, 0.978),
    "surname|far|clear|short|-": (21, 24, 0.846),
    "surname|far|clear|short|gendered": (58, 62, 0.922),
    "surname|far|rival|long|-": (118, 130, 0.902),
    "surname|far|rival|long|gendered": (348, 358, 0.969),
    "surname|far|rival|short|-": (21, 26, 0.786),
    "surname|far|rival|short|gendered": (57, 68, 0.829),
    "surname|paragraph": (49, 50, 0.962),
    "surname|paragraph|clear|long|gendered": (21, 22, 0.917),
    "surname|rival|long|-": (122, 134, 0.904),
    "surname|rival|long|gendered": (352, 362, 0.97),
    "surname|rival|short|-": (21, 26, 0.786),
    "surname|rival|short|gendered": (57, 68, 0.829),
    "trailing|descriptor": (65, 69, 0.93),
    "trailing|descriptor|clear|long|gendered": (24, 24, 0.962),
    "trailing|descriptor|far": (52, 55, 0.93),
    "trailing|descriptor|far|clear|long|gendered": (23, 23, 0.96),
    "trailing|direct|descriptor|far": (52, 55, 0.93),
    "trailing|direct|descriptor|far|clear|long|gendered": (23, 23, 0.96),
    "trailing|direct|named|sentence": (229, 240, 0.95),
    "trailing|direct|named|sentence|-|long|-": (71, 81, 0.867),
    "trailing|direct|named|sentence|-|long|gendered": (151, 152, 0.987),
    "trailing|direct|pronoun|far": (534, 566, 0.942),
    "trailing|direct|pronoun|far|clear|long|-": (59, 62, 0.938),
    "trailing|direct|pronoun|far|clear|long|gendered": (357, 368, 0.968),
    "trailing|direct|pronoun|far|rival|long|gendered": (83, 99, 0.832),
    "trailing|direct|pronoun|paragraph": (125, 129, 0.962),
    "trailing|direct|pronoun|paragraph|clear|long|-": (23, 25, 0.889),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (78, 79, 0.975),
    "trailing|direct|surname|far": (456, 459, 0.991),
    "trailing|direct|surname|far|clear|long|-": (102, 102, 0.99),
    "trailing|direct|surname|far|clear|long|gendered": (235, 235, 0.996),
    "trailing|direct|surname|far|rival|long|-": (29, 32, 0.882),
    "trailing|direct|surname|far|rival|long|gendered": (74, 74, 0.987),
    "trailing|direct|unnamed|sentence": (37, 77, 0.481),
    "trailing|direct|unnamed|sentence|-|long|-": (33, 72, 0.459),
    "trailing|named": (229, 241, 0.947),
    "trailing|named|-|long|-": (71, 81, 0.867),
    "trailing|named|-|long|gendered": (151, 153, 0.981),
    "trailing|named|sentence": (229, 240, 0.95),
    "trailing|named|sentence|-|long|-": (71, 81, 0.867),
    "trailing|named|sentence|-|long|gendered": (151, 152, 0.987),
    "trailing|pronoun": (663, 699, 0.947),
    "trailing|pronoun|clear|long|-": (82, 87, 0.933),
    "trailing|pronoun|clear|long|gendered": (436, 448, 0.971),
    "trailing|pronoun|clear|short|gendered": (22, 23, 0.92),
    "trailing|pronoun|far": (534, 566, 0.942),
    "trailing|pronoun|far|clear|long|-": (59, 62, 0.938),
    "trailing|pronoun|far|clear|long|gendered": (357, 368, 0.968),
    "trailing|pronoun|far|rival|long|gendered": (83, 99, 0.832),
    "trailing|pronoun|paragraph": (125, 129, 0.962),
    "trailing|pronoun|paragraph|clear|long|-": (23, 25, 0.889),
    "trailing|pronoun|paragraph|clear|long|gendered": (78, 79, 0.975),
    "trailing|pronoun|rival|long|gendered": (95, 111, 0.85),
    "trailing|surname": (467, 470, 0.992),
    "trailing|surname|clear|long|-": (106, 106, 0.991),
    "trailing|surname|clear|long|gendered": (238, 238, 0.996),
    "trailing|surname|far": (456, 459, 0.991),
    "trailing|surname|far|clear|long|-": (102, 102, 0.99),
    "trailing|surname|far|clear|long|gendered": (235, 235, 0.996),
    "trailing|surname|far|rival|long|-": (29, 32, 0.882),
    "trailing|surname|far|rival|long|gendered": (74, 74, 0.987),
    "trailing|surname|rival|long|-": (31, 34, 0.889),
    "trailing|surname|rival|long|gendered": (74, 74, 0.987),
    "trailing|unnamed": (37, 77, 0.481),
    "trailing|unnamed|-|long|-": (33, 72, 0.459),
    "trailing|unnamed|sentence": (37, 77, 0.481),
    "trailing|unnamed|sentence|-|long|-": (33, 72, 0.459),
    "unnamed": (702, 1160, 0.605),
    "unnamed|-|long|-": (611, 933, 0.655),
    "unnamed|-|short|-": (91, 227, 0.402),
    "unnamed|sentence": (691, 1141, 0.605),
    "unnamed|sentence|-|long|-": (603, 919, 0.656),
    "unnamed|sentence|-|short|-": (88, 222, 0.397),
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
