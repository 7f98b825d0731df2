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
    "": (4003, 4579, 0.874),
    "-|long|-": (1039, 1348, 0.77),
    "-|long|gendered": (693, 718, 0.964),
    "-|short|-": (199, 308, 0.645),
    "-|short|gendered": (122, 137, 0.885),
    "according|indirect|named|sentence": (45, 54, 0.821),
    "according|indirect|named|sentence|-|long|-": (38, 46, 0.812),
    "according|indirect|unnamed|sentence": (43, 55, 0.772),
    "according|indirect|unnamed|sentence|-|long|-": (43, 55, 0.772),
    "according|named": (45, 54, 0.821),
    "according|named|-|long|-": (38, 46, 0.812),
    "according|named|sentence": (45, 54, 0.821),
    "according|named|sentence|-|long|-": (38, 46, 0.812),
    "according|unnamed": (43, 55, 0.772),
    "according|unnamed|-|long|-": (43, 55, 0.772),
    "according|unnamed|sentence": (43, 55, 0.772),
    "according|unnamed|sentence|-|long|-": (43, 55, 0.772),
    "clear|long|-": (271, 289, 0.935),
    "clear|long|gendered": (1001, 1022, 0.979),
    "clear|short|-": (44, 49, 0.882),
    "clear|short|gendered": (115, 125, 0.913),
    "continuation|descriptor": (18, 20, 0.864),
    "continuation|direct|named|paragraph": (117, 119, 0.975),
    "continuation|direct|named|paragraph|-|long|-": (33, 35, 0.919),
    "continuation|direct|named|paragraph|-|long|gendered": (76, 76, 0.987),
    "continuation|direct|pronoun|far": (190, 197, 0.96),
    "continuation|direct|pronoun|far|clear|long|-": (20, 21, 0.913),
    "continuation|direct|pronoun|far|clear|long|gendered": (133, 134, 0.985),
    "continuation|direct|pronoun|far|rival|long|gendered": (19, 23, 0.8),
    "continuation|direct|surname|far": (157, 161, 0.969),
    "continuation|direct|surname|far|clear|long|-": (20, 20, 0.955),
    "continuation|direct|surname|far|clear|long|gendered": (96, 96, 0.99),
    "continuation|direct|surname|far|rival|long|gendered": (26, 26, 0.964),
    "continuation|named": (132, 136, 0.964),
    "continuation|named|-|long|-": (39, 42, 0.909),
    "continuation|named|-|long|gendered": (84, 84, 0.988),
    "continuation|named|paragraph": (117, 119, 0.975),
    "continuation|named|paragraph|-|long|-": (33, 35, 0.919),
    "continuation|named|paragraph|-|long|gendered": (76, 76, 0.987),
    "continuation|pronoun": (203, 210, 0.962),
    "continuation|pronoun|clear|long|-": (24, 25, 0.926),
    "continuation|pronoun|clear|long|gendered": (136, 137, 0.986),
    "continuation|pronoun|far": (190, 197, 0.96),
    "continuation|pronoun|far|clear|long|-": (20, 21, 0.913),
    "continuation|pronoun|far|clear|long|gendered": (133, 134, 0.985),
    "continuation|pronoun|far|rival|long|gendered": (19, 23, 0.8),
    "continuation|pronoun|rival|long|gendered": (20, 24, 0.808),
    "continuation|surname": (158, 162, 0.97),
    "continuation|surname|clear|long|-": (20, 20, 0.955),
    "continuation|surname|clear|long|gendered": (96, 96, 0.99),
    "continuation|surname|far": (157, 161, 0.969),
    "continuation|surname|far|clear|long|-": (20, 20, 0.955),
    "continuation|surname|far|clear|long|gendered": (96, 96, 0.99),
    "continuation|surname|far|rival|long|gendered": (26, 26, 0.964),
    "continuation|surname|rival|long|gendered": (26, 26, 0.964),
    "descriptor": (233, 255, 0.911),
    "descriptor|-|long|-": (60, 66, 0.897),
    "descriptor|clear|long|gendered": (50, 51, 0.962),
    "descriptor|far": (165, 179, 0.917),
    "descriptor|far|clear|long|gendered": (50, 51, 0.962),
    "descriptor|far|rival|long|gendered": (55, 58, 0.933),
    "descriptor|rival|long|gendered": (55, 58, 0.933),
    "descriptor|sentence": (62, 70, 0.875),
    "descriptor|sentence|-|long|-": (54, 60, 0.887),
    "leading|descriptor": (31, 33, 0.914),
    "leading|descriptor|far": (25, 26, 0.929),
    "leading|direct|named|sentence": (29, 32, 0.882),
    "leading|direct|pronoun|far": (28, 29, 0.935),
    "leading|direct|surname|far": (32, 32, 0.971),
    "leading|named": (287, 298, 0.96),
    "leading|named|-|long|-": (55, 61, 0.889),
    "leading|named|-|long|gendered": (92, 92, 0.989),
    "leading|named|-|short|-": (66, 69, 0.944),
    "leading|named|-|short|gendered": (71, 73, 0.96),
    "leading|named|sentence": (286, 297, 0.96),
    "leading|named|sentence|-|long|-": (55, 61, 0.889),
    "leading|named|sentence|-|long|gendered": (91, 91, 0.989),
    "leading|named|sentence|-|short|-": (66, 69, 0.944),
    "leading|named|sentence|-|short|gendered": (71, 73, 0.96),
    "leading|partial|named|sentence": (257, 265, 0.966),
    "leading|partial|named|sentence|-|long|-": (44, 49, 0.882),
    "leading|partial|named|sentence|-|long|gendered": (74, 74, 0.987),
    "leading|partial|named|sentence|-|short|-": (65, 67, 0.957),
    "leading|partial|named|sentence|-|short|gendered": (71, 72, 0.973),
    "leading|partial|pronoun|far": (26, 32, 0.794),
    "leading|partial|pronoun|paragraph": (27, 27, 0.966),
    "leading|partial|surname|far": (69, 73, 0.933),
    "leading|partial|surname|far|rival|short|gendered": (20, 21, 0.913),
    "leading|partial|unnamed|sentence": (35, 58, 0.6),
    "leading|partial|unnamed|sentence|-|long|-": (15, 24, 0.615),
    "leading|partial|unnamed|sentence|-|short|-": (20, 34, 0.583),
    "leading|pronoun": (104, 114, 0.905),
    "leading|pronoun|clear|long|gendered": (37, 37, 0.974),
    "leading|pronoun|clear|short|gendered": (31, 34, 0.889),
    "leading|pronoun|far": (54, 61, 0.873),
    "leading|pronoun|far|clear|short|gendered": (18, 20, 0.864),
    "leading|pronoun|paragraph": (41, 41, 0.977),
    "leading|surname": (105, 109, 0.955),
    "leading|surname|clear|long|gendered": (21, 22, 0.917),
    "leading|surname|far": (101, 105, 0.953),
    "leading|surname|far|clear|long|gendered": (19, 20, 0.909),
    "leading|surname|far|rival|long|gendered": (23, 23, 0.96),
    "leading|surname|far|rival|short|gendered": (20, 21, 0.913),
    "leading|surname|rival|long|gendered": (23, 23, 0.96),
    "leading|surname|rival|short|gendered": (20, 21, 0.913),
    "leading|unnamed": (45, 72, 0.622),
    "leading|unnamed|-|long|-": (25, 38, 0.65),
    "leading|unnamed|-|short|-": (20, 34, 0.583),
    "leading|unnamed|sentence": (45, 72, 0.622),
    "leading|unnamed|sentence|-|long|-": (25, 38, 0.65),
    "leading|unnamed|sentence|-|short|-": (20, 34, 0.583),
    "named": (1501, 1679, 0.894),
    "named|-|long|-": (544, 648, 0.838),
    "named|-|long|gendered": (686, 708, 0.968),
    "named|-|short|-": (132, 170, 0.773),
    "named|-|short|gendered": (121, 133, 0.904),
    "named|paragraph": (117, 119, 0.975),
    "named|paragraph|-|long|-": (33, 35, 0.919),
    "named|paragraph|-|long|gendered": (76, 76, 0.987),
    "named|sentence": (1369, 1541, 0.888),
    "named|sentence|-|long|-": (504, 604, 0.833),
    "named|sentence|-|long|gendered": (603, 625, 0.963),
    "named|sentence|-|short|-": (128, 165, 0.772),
    "named|sentence|-|short|gendered": (118, 129, 0.908),
    "pronoun": (970, 1049, 0.924),
    "pronoun|-|long|-": (25, 32, 0.765),
    "pronoun|clear|long|-": (135, 151, 0.889),
    "pronoun|clear|long|gendered": (585, 599, 0.975),
    "pronoun|clear|short|-": (23, 26, 0.857),
    "pronoun|clear|short|gendered": (69, 77, 0.886),
    "pronoun|far": (701, 757, 0.925),
    "pronoun|far|clear|long|-": (91, 103, 0.876),
    "pronoun|far|clear|long|gendered": (451, 462, 0.974),
    "pronoun|far|clear|short|gendered": (42, 46, 0.896),
    "pronoun|far|rival|long|gendered": (87, 110, 0.786),
    "pronoun|paragraph": (220, 231, 0.948),
    "pronoun|paragraph|clear|long|-": (41, 45, 0.894),
    "pronoun|paragraph|clear|long|gendered": (125, 128, 0.969),
    "pronoun|paragraph|clear|short|gendered": (22, 23, 0.92),
    "pronoun|rival|long|gendered": (102, 125, 0.811),
    "pronoun|rival|short|gendered": (17, 23, 0.72),
    "pronoun|sentence": (49, 61, 0.794),
    "pronoun|sentence|-|long|-": (24, 31, 0.758),
    "reported|descriptor": (114, 130, 0.871),
    "reported|descriptor|-|long|-": (32, 38, 0.825),
    "reported|descriptor|clear|long|gendered": (27, 28, 0.933),
    "reported|descriptor|far": (82, 92, 0.883),
    "reported|descriptor|far|clear|long|gendered": (27, 28, 0.933),
    "reported|descriptor|far|rival|long|gendered": (35, 38, 0.9),
    "reported|descriptor|rival|long|gendered": (35, 38, 0.9),
    "reported|descriptor|sentence": (32, 38, 0.825),
    "reported|descriptor|sentence|-|long|-": (31, 37, 0.821),
    "reported|indirect|descriptor|far": (82, 92, 0.883),
    "reported|indirect|descriptor|far|clear|long|gendered": (27, 28, 0.933),
    "reported|indirect|descriptor|far|rival|long|gendered": (35, 38, 0.9),
    "reported|indirect|descriptor|sentence": (32, 38, 0.825),
    "reported|indirect|descriptor|sentence|-|long|-": (31, 37, 0.821),
    "reported|indirect|named|sentence": (734, 870, 0.843),
    "reported|indirect|named|sentence|-|long|-": (340, 418, 0.812),
    "reported|indirect|named|sentence|-|long|gendered": (357, 378, 0.942),
    "reported|indirect|named|sentence|-|short|-": (16, 42, 0.386),
    "reported|indirect|named|sentence|-|short|gendered": (11, 20, 0.545),
    "reported|indirect|pronoun|far": (137, 156, 0.873),
    "reported|indirect|pronoun|far|clear|long|-": (24, 30, 0.781),
    "reported|indirect|pronoun|far|clear|long|gendered": (90, 94, 0.948),
    "reported|indirect|pronoun|far|rival|long|gendered": (21, 26, 0.786),
    "reported|indirect|pronoun|paragraph": (109, 119, 0.909),
    "reported|indirect|pronoun|paragraph|clear|long|-": (21, 24, 0.846),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (67, 70, 0.944),
    "reported|indirect|pronoun|sentence": (31, 40, 0.762),
    "reported|indirect|pronoun|sentence|-|long|-": (21, 27, 0.759),
    "reported|indirect|surname|far": (245, 269, 0.908),
    "reported|indirect|surname|far|clear|long|-": (28, 29, 0.935),
    "reported|indirect|surname|far|clear|long|gendered": (81, 86, 0.932),
    "reported|indirect|surname|far|rival|long|-": (35, 37, 0.923),
    "reported|indirect|surname|far|rival|long|gendered": (94, 98, 0.95),
    "reported|indirect|unnamed|sentence": (325, 505, 0.643),
    "reported|indirect|unnamed|sentence|-|long|-": (310, 446, 0.694),
    "reported|indirect|unnamed|sentence|-|short|-": (15, 59, 0.262),
    "reported|named": (734, 870, 0.843),
    "reported|named|-|long|-": (340, 418, 0.812),
    "reported|named|-|long|gendered": (357, 378, 0.942),
    "reported|named|-|short|-": (16, 42, 0.386),
    "reported|named|-|short|gendered": (11, 20, 0.545),
    "reported|named|sentence": (734, 870, 0.843),
    "reported|named|sentence|-|long|-": (340, 418, 0.812),
    "reported|named|sentence|-|long|gendered": (357, 378, 0.942),
    "reported|named|sentence|-|short|-": (16, 42, 0.386),
    "reported|named|sentence|-|short|gendered": (11, 20, 0.545),
    "reported|pronoun": (277, 315, 0.877),
    "reported|pronoun|-|long|-": (21, 27, 0.759),
    "reported|pronoun|clear|long|-": (47, 56, 0.828),
    "reported|pronoun|clear|long|gendered": (164, 171, 0.954),
    "reported|pronoun|far": (137, 156, 0.873),
    "reported|pronoun|far|clear|long|-": (24, 30, 0.781),
    "reported|pronoun|far|clear|long|gendered": (90, 94, 0.948),
    "reported|pronoun|far|rival|long|gendered": (21, 26, 0.786),
    "reported|pronoun|paragraph": (109, 119, 0.909),
    "reported|pronoun|paragraph|clear|long|-": (21, 24, 0.846),
    "reported|pronoun|paragraph|clear|long|gendered": (67, 70, 0.944),
    "reported|pronoun|rival|long|gendered": (32, 37, 0.846),
    "reported|pronoun|sentence": (31, 40, 0.762),
    "reported|pronoun|sentence|-|long|-": (21, 27, 0.759),
    "reported|surname": (253, 277, 0.91),
    "reported|surname|clear|long|-": (30, 31, 0.939),
    "reported|surname|clear|long|gendered": (87, 92, 0.936),
    "reported|surname|far": (245, 269, 0.908),
    "reported|surname|far|clear|long|-": (28, 29, 0.935),
    "reported|surname|far|clear|long|gendered": (81, 86, 0.932),
    "reported|surname|far|rival|long|-": (35, 37, 0.923),
    "reported|surname|far|rival|long|gendered": (94, 98, 0.95),
    "reported|surname|rival|long|-": (35, 37, 0.923),
    "reported|surname|rival|long|gendered": (94, 98, 0.95),
    "reported|unnamed": (325, 505, 0.643),
    "reported|unnamed|-|long|-": (310, 446, 0.694),
    "reported|unnamed|-|short|-": (15, 59, 0.262),
    "reported|unnamed|sentence": (325, 505, 0.643),
    "reported|unnamed|sentence|-|long|-": (310, 446, 0.694),
    "reported|unnamed|sentence|-|short|-": (15, 59, 0.262),
    "rival|long|-": (82, 99, 0.822),
    "rival|long|gendered": (359, 389, 0.921),
    "rival|short|gendered": (64, 79, 0.802),
    "sentence|named": (124, 135, 0.912),
    "sentence|named|-|long|gendered": (30, 30, 0.969),
    "sentence|named|-|short|-": (44, 52, 0.833),
    "sentence|named|-|short|gendered": (34, 34, 0.972),
    "sentence|named|sentence": (124, 135, 0.912),
    "sentence|named|sentence|-|long|gendered": (30, 30, 0.969),
    "sentence|named|sentence|-|short|-": (44, 52, 0.833),
    "sentence|named|sentence|-|short|gendered": (34, 34, 0.972),
    "sentence|partial|named|sentence": (121, 132, 0.91),
    "sentence|partial|named|sentence|-|long|gendered": (28, 28, 0.967),
    "sentence|partial|named|sentence|-|short|-": (44, 52, 0.833),
    "sentence|partial|named|sentence|-|short|gendered": (34, 34, 0.972),
    "sentence|partial|surname|far": (41, 42, 0.955),
    "sentence|partial|unnamed|sentence": (13, 26, 0.5),
    "sentence|pronoun": (31, 32, 0.941),
    "sentence|surname": (44, 45, 0.957),
    "sentence|surname|far": (42, 43, 0.956),
    "sentence|unnamed": (14, 28, 0.5),
    "sentence|unnamed|sentence": (14, 28, 0.5),
    "surname": (836, 872, 0.958),
    "surname|clear|long|-": (115, 116, 0.983),
    "surname|clear|long|gendered": (363, 369, 0.981),
    "surname|clear|short|gendered": (41, 43, 0.933),
    "surname|far": (819, 855, 0.957),
    "surname|far|clear|long|-": (112, 113, 0.983),
    "surname|far|clear|long|gendered": (354, 360, 0.981),
    "surname|far|clear|short|gendered": (36, 38, 0.925),
    "surname|far|rival|long|-": (61, 71, 0.849),
    "surname|far|rival|long|gendered": (200, 204, 0.976),
    "surname|far|rival|short|gendered": (33, 40, 0.81),
    "surname|rival|long|-": (61, 71, 0.849),
    "surname|rival|long|gendered": (200, 204, 0.976),
    "surname|rival|short|gendered": (33, 40, 0.81),
    "trailing|descriptor": (43, 44, 0.957),
    "trailing|descriptor|far": (36, 37, 0.949),
    "trailing|direct|descriptor|far": (36, 37, 0.949),
    "trailing|direct|named|sentence": (175, 180, 0.967),
    "trailing|direct|named|sentence|-|long|-": (55, 60, 0.903),
    "trailing|direct|named|sentence|-|long|gendered": (115, 115, 0.991),
    "trailing|direct|pronoun|far": (308, 330, 0.931),
    "trailing|direct|pronoun|far|clear|long|-": (38, 41, 0.907),
    "trailing|direct|pronoun|far|clear|long|gendered": (209, 215, 0.968),
    "trailing|direct|pronoun|far|rival|long|gendered": (43, 55, 0.772),
    "trailing|direct|pronoun|paragraph": (44, 45, 0.957),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (29, 29, 0.968),
    "trailing|direct|surname|far": (268, 271, 0.985),
    "trailing|direct|surname|far|clear|long|-": (55, 55, 0.982),
    "trailing|direct|surname|far|clear|long|gendered": (145, 145, 0.993),
    "trailing|direct|surname|far|rival|long|gendered": (51, 51, 0.981),
    "trailing|direct|unnamed|sentence": (26, 48, 0.54),
    "trailing|direct|unnamed|sentence|-|long|-": (22, 44, 0.5),
    "trailing|named": (175, 180, 0.967),
    "trailing|named|-|long|-": (55, 60, 0.903),
    "trailing|named|-|long|gendered": (115, 115, 0.991),
    "trailing|named|sentence": (175, 180, 0.967),
    "trailing|named|sentence|-|long|-": (55, 60, 0.903),
    "trailing|named|sentence|-|long|gendered": (115, 115, 0.991),
    "trailing|pronoun": (355, 378, 0.937),
    "trailing|pronoun|clear|long|-": (47, 51, 0.906),
    "trailing|pronoun|clear|long|gendered": (239, 245, 0.972),
    "trailing|pronoun|far": (308, 330, 0.931),
    "trailing|pronoun|far|clear|long|-": (38, 41, 0.907),
    "trailing|pronoun|far|clear|long|gendered": (209, 215, 0.968),
    "trailing|pronoun|far|rival|long|gendered": (43, 55, 0.772),
    "trailing|pronoun|paragraph": (44, 45, 0.957),
    "trailing|pronoun|paragraph|clear|long|gendered": (29, 29, 0.968),
    "trailing|pronoun|rival|long|gendered": (45, 57, 0.78),
    "trailing|surname": (270, 273, 0.985),
    "trailing|surname|clear|long|-": (56, 56, 0.983),
    "trailing|surname|clear|long|gendered": (145, 145, 0.993),
    "trailing|surname|far": (268, 271, 0.985),
    "trailing|surname|far|clear|long|-": (55, 55, 0.982),
    "trailing|surname|far|clear|long|gendered": (145, 145, 0.993),
    "trailing|surname|far|rival|long|gendered": (51, 51, 0.981),
    "trailing|surname|rival|long|gendered": (51, 51, 0.981),
    "trailing|unnamed": (26, 48, 0.54),
    "trailing|unnamed|-|long|-": (22, 44, 0.5),
    "trailing|unnamed|sentence": (26, 48, 0.54),
    "trailing|unnamed|sentence|-|long|-": (22, 44, 0.5),
    "unnamed": (463, 724, 0.639),
    "unnamed|-|long|-": (410, 602, 0.68),
    "unnamed|-|short|-": (53, 122, 0.435),
    "unnamed|sentence": (455, 710, 0.64),
    "unnamed|sentence|-|long|-": (404, 592, 0.682),
    "unnamed|sentence|-|short|-": (51, 118, 0.433),
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
