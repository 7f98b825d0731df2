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
    "": (3469, 3968, 0.874),
    "-|long|-": (884, 1161, 0.761),
    "-|long|gendered": (628, 647, 0.969),
    "-|short|-": (162, 249, 0.649),
    "-|short|gendered": (106, 117, 0.899),
    "according|indirect|named|sentence": (41, 49, 0.824),
    "according|indirect|named|sentence|-|long|-": (34, 41, 0.814),
    "according|indirect|unnamed|sentence": (37, 48, 0.76),
    "according|indirect|unnamed|sentence|-|long|-": (37, 48, 0.76),
    "according|named": (41, 49, 0.824),
    "according|named|-|long|-": (34, 41, 0.814),
    "according|named|sentence": (41, 49, 0.824),
    "according|named|sentence|-|long|-": (34, 41, 0.814),
    "according|unnamed": (37, 48, 0.76),
    "according|unnamed|-|long|-": (37, 48, 0.76),
    "according|unnamed|sentence": (37, 48, 0.76),
    "according|unnamed|sentence|-|long|-": (37, 48, 0.76),
    "clear|long|-": (219, 235, 0.928),
    "clear|long|gendered": (884, 900, 0.981),
    "clear|short|-": (33, 38, 0.85),
    "clear|short|gendered": (98, 105, 0.925),
    "continuation|direct|named|paragraph": (113, 115, 0.974),
    "continuation|direct|named|paragraph|-|long|-": (29, 31, 0.909),
    "continuation|direct|named|paragraph|-|long|gendered": (76, 76, 0.987),
    "continuation|direct|pronoun|far": (172, 178, 0.961),
    "continuation|direct|pronoun|far|clear|long|-": (19, 20, 0.909),
    "continuation|direct|pronoun|far|clear|long|gendered": (122, 123, 0.984),
    "continuation|direct|pronoun|far|rival|long|gendered": (16, 20, 0.773),
    "continuation|direct|surname|far": (148, 151, 0.974),
    "continuation|direct|surname|far|clear|long|gendered": (91, 91, 0.989),
    "continuation|direct|surname|far|rival|long|gendered": (25, 25, 0.963),
    "continuation|named": (128, 132, 0.963),
    "continuation|named|-|long|-": (35, 38, 0.9),
    "continuation|named|-|long|gendered": (84, 84, 0.988),
    "continuation|named|paragraph": (113, 115, 0.974),
    "continuation|named|paragraph|-|long|-": (29, 31, 0.909),
    "continuation|named|paragraph|-|long|gendered": (76, 76, 0.987),
    "continuation|pronoun": (182, 188, 0.963),
    "continuation|pronoun|clear|long|-": (21, 22, 0.917),
    "continuation|pronoun|clear|long|gendered": (124, 125, 0.984),
    "continuation|pronoun|far": (172, 178, 0.961),
    "continuation|pronoun|far|clear|long|-": (19, 20, 0.909),
    "continuation|pronoun|far|clear|long|gendered": (122, 123, 0.984),
    "continuation|pronoun|far|rival|long|gendered": (16, 20, 0.773),
    "continuation|pronoun|rival|long|gendered": (17, 21, 0.783),
    "continuation|surname": (149, 152, 0.974),
    "continuation|surname|clear|long|gendered": (91, 91, 0.989),
    "continuation|surname|far": (148, 151, 0.974),
    "continuation|surname|far|clear|long|gendered": (91, 91, 0.989),
    "continuation|surname|far|rival|long|gendered": (25, 25, 0.963),
    "continuation|surname|rival|long|gendered": (25, 25, 0.963),
    "descriptor": (210, 230, 0.909),
    "descriptor|-|long|-": (50, 55, 0.895),
    "descriptor|clear|long|gendered": (48, 49, 0.961),
    "descriptor|far": (153, 166, 0.917),
    "descriptor|far|clear|long|gendered": (48, 49, 0.961),
    "descriptor|far|rival|long|gendered": (53, 56, 0.931),
    "descriptor|rival|long|gendered": (53, 56, 0.931),
    "descriptor|sentence": (51, 58, 0.867),
    "descriptor|sentence|-|long|-": (44, 49, 0.882),
    "leading|descriptor": (29, 31, 0.909),
    "leading|descriptor|far": (25, 26, 0.929),
    "leading|direct|named|sentence": (23, 25, 0.889),
    "leading|direct|pronoun|far": (24, 25, 0.926),
    "leading|direct|surname|far": (25, 25, 0.963),
    "leading|named": (234, 243, 0.959),
    "leading|named|-|long|-": (44, 50, 0.865),
    "leading|named|-|long|gendered": (78, 78, 0.988),
    "leading|named|-|short|-": (50, 53, 0.927),
    "leading|named|-|short|gendered": (60, 60, 0.984),
    "leading|named|sentence": (233, 242, 0.959),
    "leading|named|sentence|-|long|-": (44, 50, 0.865),
    "leading|named|sentence|-|long|gendered": (77, 77, 0.987),
    "leading|named|sentence|-|short|-": (50, 53, 0.927),
    "leading|named|sentence|-|short|gendered": (60, 60, 0.984),
    "leading|partial|named|sentence": (210, 217, 0.963),
    "leading|partial|named|sentence|-|long|-": (35, 40, 0.857),
    "leading|partial|named|sentence|-|long|gendered": (63, 63, 0.985),
    "leading|partial|named|sentence|-|short|-": (50, 52, 0.944),
    "leading|partial|named|sentence|-|short|gendered": (60, 60, 0.984),
    "leading|partial|pronoun|far": (22, 27, 0.793),
    "leading|partial|pronoun|paragraph": (23, 23, 0.96),
    "leading|partial|surname|far": (50, 53, 0.927),
    "leading|partial|unnamed|sentence": (32, 48, 0.66),
    "leading|partial|unnamed|sentence|-|long|-": (14, 22, 0.625),
    "leading|partial|unnamed|sentence|-|short|-": (18, 26, 0.679),
    "leading|pronoun": (89, 98, 0.9),
    "leading|pronoun|clear|long|gendered": (33, 33, 0.971),
    "leading|pronoun|clear|short|gendered": (24, 27, 0.862),
    "leading|pronoun|far": (46, 52, 0.87),
    "leading|pronoun|paragraph": (35, 35, 0.973),
    "leading|surname": (78, 81, 0.952),
    "leading|surname|far": (75, 78, 0.95),
    "leading|unnamed": (39, 57, 0.678),
    "leading|unnamed|-|long|-": (21, 31, 0.667),
    "leading|unnamed|-|short|-": (18, 26, 0.679),
    "leading|unnamed|sentence": (39, 57, 0.678),
    "leading|unnamed|sentence|-|long|-": (21, 31, 0.667),
    "leading|unnamed|sentence|-|short|-": (18, 26, 0.679),
    "named": (1300, 1451, 0.895),
    "named|-|long|-": (451, 543, 0.829),
    "named|-|long|gendered": (622, 639, 0.972),
    "named|-|short|-": (106, 137, 0.77),
    "named|-|short|gendered": (105, 114, 0.914),
    "named|paragraph": (113, 115, 0.974),
    "named|paragraph|-|long|-": (29, 31, 0.909),
    "named|paragraph|-|long|gendered": (76, 76, 0.987),
    "named|sentence": (1174, 1320, 0.889),
    "named|sentence|-|long|-": (417, 505, 0.824),
    "named|sentence|-|long|gendered": (539, 556, 0.968),
    "named|sentence|-|short|-": (102, 132, 0.769),
    "named|sentence|-|short|gendered": (102, 111, 0.912),
    "pronoun": (838, 910, 0.92),
    "pronoun|-|long|-": (23, 30, 0.75),
    "pronoun|clear|long|-": (113, 127, 0.884),
    "pronoun|clear|long|gendered": (512, 524, 0.975),
    "pronoun|clear|short|-": (17, 20, 0.818),
    "pronoun|clear|short|gendered": (57, 63, 0.892),
    "pronoun|far": (613, 664, 0.922),
    "pronoun|far|clear|long|-": (81, 91, 0.882),
    "pronoun|far|clear|long|gendered": (395, 405, 0.973),
    "pronoun|far|clear|short|gendered": (35, 38, 0.9),
    "pronoun|far|rival|long|gendered": (75, 98, 0.76),
    "pronoun|paragraph": (182, 192, 0.943),
    "pronoun|paragraph|clear|long|-": (30, 34, 0.861),
    "pronoun|paragraph|clear|long|gendered": (110, 112, 0.974),
    "pronoun|rival|long|gendered": (89, 112, 0.789),
    "pronoun|rival|short|gendered": (15, 20, 0.727),
    "pronoun|sentence": (43, 54, 0.786),
    "pronoun|sentence|-|long|-": (22, 29, 0.742),
    "reported|descriptor": (104, 118, 0.875),
    "reported|descriptor|-|long|-": (28, 33, 0.829),
    "reported|descriptor|clear|long|gendered": (26, 27, 0.931),
    "reported|descriptor|far": (76, 85, 0.885),
    "reported|descriptor|far|clear|long|gendered": (26, 27, 0.931),
    "reported|descriptor|far|rival|long|gendered": (33, 36, 0.895),
    "reported|descriptor|rival|long|gendered": (33, 36, 0.895),
    "reported|descriptor|sentence": (28, 33, 0.829),
    "reported|descriptor|sentence|-|long|-": (27, 32, 0.824),
    "reported|indirect|descriptor|far": (76, 85, 0.885),
    "reported|indirect|descriptor|far|clear|long|gendered": (26, 27, 0.931),
    "reported|indirect|descriptor|far|rival|long|gendered": (33, 36, 0.895),
    "reported|indirect|descriptor|sentence": (28, 33, 0.829),
    "reported|indirect|descriptor|sentence|-|long|-": (27, 32, 0.824),
    "reported|indirect|named|sentence": (636, 756, 0.84),
    "reported|indirect|named|sentence|-|long|-": (281, 351, 0.799),
    "reported|indirect|named|sentence|-|long|gendered": (319, 335, 0.95),
    "reported|indirect|named|sentence|-|short|-": (16, 39, 0.415),
    "reported|indirect|named|sentence|-|short|gendered": (11, 20, 0.545),
    "reported|indirect|pronoun|far": (116, 132, 0.873),
    "reported|indirect|pronoun|far|clear|long|-": (17, 21, 0.783),
    "reported|indirect|pronoun|far|clear|long|gendered": (77, 80, 0.951),
    "reported|indirect|pronoun|far|rival|long|gendered": (20, 25, 0.778),
    "reported|indirect|pronoun|paragraph": (90, 99, 0.901),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (59, 61, 0.952),
    "reported|indirect|pronoun|sentence": (27, 35, 0.757),
    "reported|indirect|pronoun|sentence|-|long|-": (19, 25, 0.741),
    "reported|indirect|surname|far": (208, 228, 0.909),
    "reported|indirect|surname|far|clear|long|-": (21, 22, 0.917),
    "reported|indirect|surname|far|clear|long|gendered": (69, 72, 0.946),
    "reported|indirect|surname|far|rival|long|-": (26, 28, 0.9),
    "reported|indirect|surname|far|rival|long|gendered": (87, 91, 0.946),
    "reported|indirect|unnamed|sentence": (288, 447, 0.644),
    "reported|indirect|unnamed|sentence|-|long|-": (276, 398, 0.693),
    "reported|indirect|unnamed|sentence|-|short|-": (12, 49, 0.255),
    "reported|named": (636, 756, 0.84),
    "reported|named|-|long|-": (281, 351, 0.799),
    "reported|named|-|long|gendered": (319, 335, 0.95),
    "reported|named|-|short|-": (16, 39, 0.415),
    "reported|named|-|short|gendered": (11, 20, 0.545),
    "reported|named|sentence": (636, 756, 0.84),
    "reported|named|sentence|-|long|-": (281, 351, 0.799),
    "reported|named|sentence|-|long|gendered": (319, 335, 0.95),
    "reported|named|sentence|-|short|-": (16, 39, 0.415),
    "reported|named|sentence|-|short|gendered": (11, 20, 0.545),
    "reported|pronoun": (233, 266, 0.873),
    "reported|pronoun|-|long|-": (19, 25, 0.741),
    "reported|pronoun|clear|long|-": (32, 39, 0.805),
    "reported|pronoun|clear|long|gendered": (142, 147, 0.96),
    "reported|pronoun|far": (116, 132, 0.873),
    "reported|pronoun|far|clear|long|-": (17, 21, 0.783),
    "reported|pronoun|far|clear|long|gendered": (77, 80, 0.951),
    "reported|pronoun|far|rival|long|gendered": (20, 25, 0.778),
    "reported|pronoun|paragraph": (90, 99, 0.901),
    "reported|pronoun|paragraph|clear|long|gendered": (59, 61, 0.952),
    "reported|pronoun|rival|long|gendered": (30, 35, 0.838),
    "reported|pronoun|sentence": (27, 35, 0.757),
    "reported|pronoun|sentence|-|long|-": (19, 25, 0.741),
    "reported|surname": (216, 236, 0.912),
    "reported|surname|clear|long|-": (23, 24, 0.923),
    "reported|surname|clear|long|gendered": (75, 78, 0.95),
    "reported|surname|far": (208, 228, 0.909),
    "reported|surname|far|clear|long|-": (21, 22, 0.917),
    "reported|surname|far|clear|long|gendered": (69, 72, 0.946),
    "reported|surname|far|rival|long|-": (26, 28, 0.9),
    "reported|surname|far|rival|long|gendered": (87, 91, 0.946),
    "reported|surname|rival|long|-": (26, 28, 0.9),
    "reported|surname|rival|long|gendered": (87, 91, 0.946),
    "reported|unnamed": (288, 447, 0.644),
    "reported|unnamed|-|long|-": (276, 398, 0.693),
    "reported|unnamed|-|short|-": (12, 49, 0.255),
    "reported|unnamed|sentence": (288, 447, 0.644),
    "reported|unnamed|sentence|-|long|-": (276, 398, 0.693),
    "reported|unnamed|sentence|-|short|-": (12, 49, 0.255),
    "rival|long|-": (67, 83, 0.8),
    "rival|long|gendered": (321, 351, 0.912),
    "rival|short|gendered": (56, 69, 0.803),
    "sentence|named": (98, 103, 0.943),
    "sentence|named|-|long|gendered": (23, 23, 0.96),
    "sentence|named|-|short|-": (34, 38, 0.875),
    "sentence|named|-|short|gendered": (29, 29, 0.968),
    "sentence|named|sentence": (98, 103, 0.943),
    "sentence|named|sentence|-|long|gendered": (23, 23, 0.96),
    "sentence|named|sentence|-|short|-": (34, 38, 0.875),
    "sentence|named|sentence|-|short|gendered": (29, 29, 0.968),
    "sentence|partial|named|sentence": (96, 101, 0.942),
    "sentence|partial|named|sentence|-|long|gendered": (21, 21, 0.957),
    "sentence|partial|named|sentence|-|short|-": (34, 38, 0.875),
    "sentence|partial|named|sentence|-|short|gendered": (29, 29, 0.968),
    "sentence|partial|surname|far": (35, 35, 0.973),
    "sentence|partial|unnamed|sentence": (12, 23, 0.52),
    "sentence|pronoun": (24, 25, 0.926),
    "sentence|surname": (37, 37, 0.974),
    "sentence|surname|far": (35, 35, 0.973),
    "sentence|unnamed": (13, 25, 0.519),
    "sentence|unnamed|sentence": (13, 25, 0.519),
    "surname": (717, 746, 0.96),
    "surname|clear|long|-": (89, 90, 0.978),
    "surname|clear|long|gendered": (322, 325, 0.988),
    "surname|clear|short|gendered": (36, 37, 0.949),
    "surname|far": (702, 731, 0.959),
    "surname|far|clear|long|-": (87, 88, 0.978),
    "surname|far|clear|long|gendered": (314, 317, 0.987),
    "surname|far|clear|short|gendered": (31, 32, 0.941),
    "surname|far|rival|long|-": (48, 57, 0.831),
    "surname|far|rival|long|gendered": (177, 181, 0.973),
    "surname|far|rival|short|gendered": (28, 34, 0.806),
    "surname|rival|long|-": (48, 57, 0.831),
    "surname|rival|long|gendered": (177, 181, 0.973),
    "surname|rival|short|gendered": (28, 34, 0.806),
    "trailing|descriptor": (39, 40, 0.952),
    "trailing|descriptor|far": (33, 34, 0.944),
    "trailing|direct|descriptor|far": (33, 34, 0.944),
    "trailing|direct|named|sentence": (161, 165, 0.97),
    "trailing|direct|named|sentence|-|long|-": (46, 50, 0.904),
    "trailing|direct|named|sentence|-|long|gendered": (110, 110, 0.991),
    "trailing|direct|pronoun|far": (271, 293, 0.922),
    "trailing|direct|pronoun|far|clear|long|-": (36, 39, 0.902),
    "trailing|direct|pronoun|far|clear|long|gendered": (181, 187, 0.963),
    "trailing|direct|pronoun|far|rival|long|gendered": (37, 49, 0.745),
    "trailing|direct|pronoun|paragraph": (36, 37, 0.949),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (23, 23, 0.96),
    "trailing|direct|surname|far": (233, 236, 0.983),
    "trailing|direct|surname|far|clear|long|-": (42, 42, 0.977),
    "trailing|direct|surname|far|clear|long|gendered": (131, 131, 0.992),
    "trailing|direct|surname|far|rival|long|gendered": (47, 47, 0.98),
    "trailing|direct|unnamed|sentence": (19, 40, 0.476),
    "trailing|direct|unnamed|sentence|-|long|-": (16, 37, 0.436),
    "trailing|named": (161, 165, 0.97),
    "trailing|named|-|long|-": (46, 50, 0.904),
    "trailing|named|-|long|gendered": (110, 110, 0.991),
    "trailing|named|sentence": (161, 165, 0.97),
    "trailing|named|sentence|-|long|-": (46, 50, 0.904),
    "trailing|named|sentence|-|long|gendered": (110, 110, 0.991),
    "trailing|pronoun": (310, 333, 0.928),
    "trailing|pronoun|clear|long|-": (44, 48, 0.9),
    "trailing|pronoun|clear|long|gendered": (205, 211, 0.967),
    "trailing|pronoun|far": (271, 293, 0.922),
    "trailing|pronoun|far|clear|long|-": (36, 39, 0.902),
    "trailing|pronoun|far|clear|long|gendered": (181, 187, 0.963),
    "trailing|pronoun|far|rival|long|gendered": (37, 49, 0.745),
    "trailing|pronoun|paragraph": (36, 37, 0.949),
    "trailing|pronoun|paragraph|clear|long|gendered": (23, 23, 0.96),
    "trailing|pronoun|rival|long|gendered": (39, 51, 0.755),
    "trailing|surname": (234, 237, 0.983),
    "trailing|surname|clear|long|-": (42, 42, 0.977),
    "trailing|surname|clear|long|gendered": (131, 131, 0.992),
    "trailing|surname|far": (233, 236, 0.983),
    "trailing|surname|far|clear|long|-": (42, 42, 0.977),
    "trailing|surname|far|clear|long|gendered": (131, 131, 0.992),
    "trailing|surname|far|rival|long|gendered": (47, 47, 0.98),
    "trailing|surname|rival|long|gendered": (47, 47, 0.98),
    "trailing|unnamed": (19, 40, 0.476),
    "trailing|unnamed|-|long|-": (16, 37, 0.436),
    "trailing|unnamed|sentence": (19, 40, 0.476),
    "trailing|unnamed|sentence|-|long|-": (16, 37, 0.436),
    "unnamed": (404, 631, 0.64),
    "unnamed|-|long|-": (360, 533, 0.675),
    "unnamed|-|short|-": (44, 98, 0.45),
    "unnamed|sentence": (396, 617, 0.641),
    "unnamed|sentence|-|long|-": (354, 523, 0.676),
    "unnamed|sentence|-|short|-": (42, 94, 0.448),
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
