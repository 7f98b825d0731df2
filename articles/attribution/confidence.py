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
    "": (2889, 3311, 0.872),
    "-|long|-": (748, 976, 0.766),
    "-|long|gendered": (530, 546, 0.969),
    "-|short|-": (147, 227, 0.646),
    "-|short|gendered": (94, 103, 0.905),
    "according|indirect|named|sentence": (40, 48, 0.82),
    "according|indirect|named|sentence|-|long|-": (33, 40, 0.81),
    "according|indirect|unnamed|sentence": (29, 39, 0.732),
    "according|indirect|unnamed|sentence|-|long|-": (29, 39, 0.732),
    "according|named": (40, 48, 0.82),
    "according|named|-|long|-": (33, 40, 0.81),
    "according|named|sentence": (40, 48, 0.82),
    "according|named|sentence|-|long|-": (33, 40, 0.81),
    "according|unnamed": (29, 39, 0.732),
    "according|unnamed|-|long|-": (29, 39, 0.732),
    "according|unnamed|sentence": (29, 39, 0.732),
    "according|unnamed|sentence|-|long|-": (29, 39, 0.732),
    "clear|long|-": (171, 187, 0.91),
    "clear|long|gendered": (730, 738, 0.988),
    "clear|short|-": (28, 33, 0.829),
    "clear|short|gendered": (75, 81, 0.916),
    "continuation|direct|named|paragraph": (106, 108, 0.973),
    "continuation|direct|named|paragraph|-|long|-": (29, 31, 0.909),
    "continuation|direct|named|paragraph|-|long|gendered": (71, 71, 0.986),
    "continuation|direct|pronoun|far": (146, 151, 0.961),
    "continuation|direct|pronoun|far|clear|long|gendered": (103, 103, 0.99),
    "continuation|direct|surname|far": (132, 135, 0.971),
    "continuation|direct|surname|far|clear|long|gendered": (84, 84, 0.988),
    "continuation|direct|surname|far|rival|long|gendered": (23, 23, 0.96),
    "continuation|named": (121, 125, 0.961),
    "continuation|named|-|long|-": (35, 38, 0.9),
    "continuation|named|-|long|gendered": (79, 79, 0.988),
    "continuation|named|paragraph": (106, 108, 0.973),
    "continuation|named|paragraph|-|long|-": (29, 31, 0.909),
    "continuation|named|paragraph|-|long|gendered": (71, 71, 0.986),
    "continuation|pronoun": (156, 161, 0.963),
    "continuation|pronoun|clear|long|-": (20, 21, 0.913),
    "continuation|pronoun|clear|long|gendered": (105, 105, 0.991),
    "continuation|pronoun|far": (146, 151, 0.961),
    "continuation|pronoun|far|clear|long|gendered": (103, 103, 0.99),
    "continuation|surname": (133, 136, 0.971),
    "continuation|surname|clear|long|gendered": (84, 84, 0.988),
    "continuation|surname|far": (132, 135, 0.971),
    "continuation|surname|far|clear|long|gendered": (84, 84, 0.988),
    "continuation|surname|far|rival|long|gendered": (23, 23, 0.96),
    "continuation|surname|rival|long|gendered": (23, 23, 0.96),
    "descriptor": (190, 208, 0.91),
    "descriptor|-|long|-": (44, 48, 0.9),
    "descriptor|clear|long|gendered": (43, 43, 0.978),
    "descriptor|far": (140, 152, 0.916),
    "descriptor|far|clear|long|gendered": (43, 43, 0.978),
    "descriptor|far|rival|long|gendered": (48, 51, 0.925),
    "descriptor|rival|long|gendered": (48, 51, 0.925),
    "descriptor|sentence": (44, 50, 0.865),
    "descriptor|sentence|-|long|-": (38, 42, 0.886),
    "leading|descriptor": (28, 30, 0.906),
    "leading|descriptor|far": (25, 26, 0.929),
    "leading|direct|named|sentence": (21, 23, 0.88),
    "leading|direct|pronoun|far": (20, 21, 0.913),
    "leading|direct|surname|far": (22, 22, 0.958),
    "leading|named": (206, 213, 0.963),
    "leading|named|-|long|-": (41, 45, 0.894),
    "leading|named|-|long|gendered": (65, 65, 0.985),
    "leading|named|-|short|-": (45, 48, 0.92),
    "leading|named|-|short|gendered": (54, 54, 0.982),
    "leading|named|sentence": (206, 213, 0.963),
    "leading|named|sentence|-|long|-": (41, 45, 0.894),
    "leading|named|sentence|-|long|gendered": (65, 65, 0.985),
    "leading|named|sentence|-|short|-": (45, 48, 0.92),
    "leading|named|sentence|-|short|gendered": (54, 54, 0.982),
    "leading|partial|named|sentence": (185, 190, 0.969),
    "leading|partial|named|sentence|-|long|-": (32, 35, 0.892),
    "leading|partial|named|sentence|-|long|gendered": (53, 53, 0.982),
    "leading|partial|named|sentence|-|short|-": (45, 47, 0.939),
    "leading|partial|named|sentence|-|short|gendered": (54, 54, 0.982),
    "leading|partial|surname|far": (48, 50, 0.942),
    "leading|partial|unnamed|sentence": (29, 43, 0.667),
    "leading|partial|unnamed|sentence|-|long|-": (13, 20, 0.636),
    "leading|partial|unnamed|sentence|-|short|-": (16, 23, 0.68),
    "leading|pronoun": (73, 81, 0.892),
    "leading|pronoun|clear|long|gendered": (31, 31, 0.97),
    "leading|pronoun|far": (35, 40, 0.857),
    "leading|pronoun|paragraph": (30, 30, 0.969),
    "leading|surname": (71, 73, 0.96),
    "leading|surname|far": (70, 72, 0.959),
    "leading|unnamed": (34, 50, 0.673),
    "leading|unnamed|-|long|-": (18, 27, 0.655),
    "leading|unnamed|-|short|-": (16, 23, 0.68),
    "leading|unnamed|sentence": (34, 50, 0.673),
    "leading|unnamed|sentence|-|long|-": (18, 27, 0.655),
    "leading|unnamed|sentence|-|short|-": (16, 23, 0.68),
    "named": (1086, 1218, 0.891),
    "named|-|long|-": (371, 451, 0.821),
    "named|-|long|gendered": (524, 538, 0.972),
    "named|-|short|-": (94, 124, 0.754),
    "named|-|short|gendered": (93, 100, 0.922),
    "named|paragraph": (106, 108, 0.973),
    "named|paragraph|-|long|-": (29, 31, 0.909),
    "named|paragraph|-|long|gendered": (71, 71, 0.986),
    "named|sentence": (968, 1095, 0.883),
    "named|sentence|-|long|-": (337, 413, 0.814),
    "named|sentence|-|long|gendered": (447, 461, 0.968),
    "named|sentence|-|short|-": (90, 119, 0.752),
    "named|sentence|-|short|gendered": (90, 97, 0.919),
    "pronoun": (659, 721, 0.913),
    "pronoun|-|long|-": (21, 27, 0.759),
    "pronoun|clear|long|-": (87, 101, 0.854),
    "pronoun|clear|long|gendered": (409, 415, 0.983),
    "pronoun|clear|short|gendered": (41, 46, 0.875),
    "pronoun|far": (469, 511, 0.916),
    "pronoun|far|clear|long|-": (61, 71, 0.849),
    "pronoun|far|clear|long|gendered": (312, 316, 0.984),
    "pronoun|far|clear|short|gendered": (24, 26, 0.893),
    "pronoun|far|rival|long|gendered": (52, 73, 0.707),
    "pronoun|paragraph": (150, 160, 0.932),
    "pronoun|paragraph|clear|long|-": (24, 28, 0.833),
    "pronoun|paragraph|clear|long|gendered": (91, 93, 0.968),
    "pronoun|rival|long|gendered": (65, 86, 0.75),
    "pronoun|sentence": (40, 50, 0.788),
    "pronoun|sentence|-|long|-": (20, 26, 0.75),
    "reported|descriptor": (94, 106, 0.88),
    "reported|descriptor|-|long|-": (22, 26, 0.821),
    "reported|descriptor|clear|long|gendered": (25, 25, 0.963),
    "reported|descriptor|far": (72, 80, 0.89),
    "reported|descriptor|far|clear|long|gendered": (25, 25, 0.963),
    "reported|descriptor|far|rival|long|gendered": (30, 33, 0.886),
    "reported|descriptor|rival|long|gendered": (30, 33, 0.886),
    "reported|descriptor|sentence": (22, 26, 0.821),
    "reported|descriptor|sentence|-|long|-": (21, 25, 0.815),
    "reported|indirect|descriptor|far": (72, 80, 0.89),
    "reported|indirect|descriptor|far|clear|long|gendered": (25, 25, 0.963),
    "reported|indirect|descriptor|far|rival|long|gendered": (30, 33, 0.886),
    "reported|indirect|descriptor|sentence": (22, 26, 0.821),
    "reported|indirect|descriptor|sentence|-|long|-": (21, 25, 0.815),
    "reported|indirect|named|sentence": (480, 584, 0.821),
    "reported|indirect|named|sentence|-|long|-": (208, 268, 0.774),
    "reported|indirect|named|sentence|-|long|gendered": (247, 260, 0.947),
    "reported|indirect|named|sentence|-|short|-": (12, 35, 0.351),
    "reported|indirect|pronoun|far": (81, 93, 0.863),
    "reported|indirect|pronoun|far|clear|long|gendered": (62, 62, 0.984),
    "reported|indirect|pronoun|paragraph": (69, 78, 0.875),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (45, 47, 0.939),
    "reported|indirect|pronoun|sentence": (24, 31, 0.758),
    "reported|indirect|pronoun|sentence|-|long|-": (17, 22, 0.75),
    "reported|indirect|surname|far": (169, 185, 0.909),
    "reported|indirect|surname|far|clear|long|gendered": (57, 59, 0.951),
    "reported|indirect|surname|far|rival|long|-": (24, 26, 0.893),
    "reported|indirect|surname|far|rival|long|gendered": (67, 70, 0.944),
    "reported|indirect|unnamed|sentence": (256, 383, 0.668),
    "reported|indirect|unnamed|sentence|-|long|-": (244, 338, 0.721),
    "reported|indirect|unnamed|sentence|-|short|-": (12, 45, 0.277),
    "reported|named": (480, 584, 0.821),
    "reported|named|-|long|-": (208, 268, 0.774),
    "reported|named|-|long|gendered": (247, 260, 0.947),
    "reported|named|-|short|-": (12, 35, 0.351),
    "reported|named|sentence": (480, 584, 0.821),
    "reported|named|sentence|-|long|-": (208, 268, 0.774),
    "reported|named|sentence|-|long|gendered": (247, 260, 0.947),
    "reported|named|sentence|-|short|-": (12, 35, 0.351),
    "reported|pronoun": (174, 202, 0.858),
    "reported|pronoun|-|long|-": (17, 22, 0.75),
    "reported|pronoun|clear|long|-": (19, 26, 0.714),
    "reported|pronoun|clear|long|gendered": (112, 114, 0.974),
    "reported|pronoun|far": (81, 93, 0.863),
    "reported|pronoun|far|clear|long|gendered": (62, 62, 0.984),
    "reported|pronoun|paragraph": (69, 78, 0.875),
    "reported|pronoun|paragraph|clear|long|gendered": (45, 47, 0.939),
    "reported|pronoun|rival|long|gendered": (19, 23, 0.8),
    "reported|pronoun|sentence": (24, 31, 0.758),
    "reported|pronoun|sentence|-|long|-": (17, 22, 0.75),
    "reported|surname": (173, 189, 0.911),
    "reported|surname|clear|long|gendered": (59, 61, 0.952),
    "reported|surname|far": (169, 185, 0.909),
    "reported|surname|far|clear|long|gendered": (57, 59, 0.951),
    "reported|surname|far|rival|long|-": (24, 26, 0.893),
    "reported|surname|far|rival|long|gendered": (67, 70, 0.944),
    "reported|surname|rival|long|-": (24, 26, 0.893),
    "reported|surname|rival|long|gendered": (67, 70, 0.944),
    "reported|unnamed": (256, 383, 0.668),
    "reported|unnamed|-|long|-": (244, 338, 0.721),
    "reported|unnamed|-|short|-": (12, 45, 0.277),
    "reported|unnamed|sentence": (256, 383, 0.668),
    "reported|unnamed|sentence|-|long|-": (244, 338, 0.721),
    "reported|unnamed|sentence|-|short|-": (12, 45, 0.277),
    "rival|long|-": (56, 71, 0.781),
    "rival|long|gendered": (253, 280, 0.901),
    "rival|short|gendered": (47, 58, 0.8),
    "sentence|named": (84, 88, 0.944),
    "sentence|named|-|long|gendered": (20, 20, 0.955),
    "sentence|named|-|short|-": (31, 34, 0.889),
    "sentence|named|-|short|gendered": (23, 23, 0.96),
    "sentence|named|sentence": (84, 88, 0.944),
    "sentence|named|sentence|-|long|gendered": (20, 20, 0.955),
    "sentence|named|sentence|-|short|-": (31, 34, 0.889),
    "sentence|named|sentence|-|short|gendered": (23, 23, 0.96),
    "sentence|partial|named|sentence": (82, 86, 0.943),
    "sentence|partial|named|sentence|-|short|-": (31, 34, 0.889),
    "sentence|partial|named|sentence|-|short|gendered": (23, 23, 0.96),
    "sentence|partial|surname|far": (29, 29, 0.968),
    "sentence|partial|unnamed|sentence": (12, 21, 0.565),
    "sentence|surname": (31, 31, 0.97),
    "sentence|surname|far": (29, 29, 0.968),
    "sentence|unnamed": (13, 23, 0.56),
    "sentence|unnamed|sentence": (13, 23, 0.56),
    "surname": (600, 624, 0.96),
    "surname|clear|long|-": (70, 71, 0.973),
    "surname|clear|long|gendered": (278, 280, 0.989),
    "surname|clear|short|gendered": (31, 32, 0.941),
    "surname|far": (591, 615, 0.959),
    "surname|far|clear|long|-": (68, 69, 0.972),
    "surname|far|clear|long|gendered": (274, 276, 0.989),
    "surname|far|clear|short|gendered": (28, 29, 0.935),
    "surname|far|rival|long|-": (42, 51, 0.811),
    "surname|far|rival|long|gendered": (140, 143, 0.972),
    "surname|far|rival|short|gendered": (23, 27, 0.828),
    "surname|rival|long|-": (42, 51, 0.811),
    "surname|rival|long|gendered": (140, 143, 0.972),
    "surname|rival|short|gendered": (23, 27, 0.828),
    "trailing|descriptor": (32, 33, 0.943),
    "trailing|descriptor|far": (26, 27, 0.931),
    "trailing|direct|descriptor|far": (26, 27, 0.931),
    "trailing|direct|named|sentence": (153, 157, 0.969),
    "trailing|direct|named|sentence|-|long|-": (45, 49, 0.902),
    "trailing|direct|named|sentence|-|long|gendered": (105, 105, 0.991),
    "trailing|direct|pronoun|far": (202, 221, 0.91),
    "trailing|direct|pronoun|far|clear|long|-": (30, 33, 0.886),
    "trailing|direct|pronoun|far|clear|long|gendered": (132, 136, 0.964),
    "trailing|direct|pronoun|far|rival|long|gendered": (28, 39, 0.707),
    "trailing|direct|pronoun|paragraph": (33, 34, 0.944),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (20, 20, 0.955),
    "trailing|direct|surname|far": (188, 191, 0.979),
    "trailing|direct|surname|far|clear|long|-": (31, 31, 0.97),
    "trailing|direct|surname|far|clear|long|gendered": (114, 114, 0.991),
    "trailing|direct|surname|far|rival|long|gendered": (33, 33, 0.971),
    "trailing|direct|unnamed|sentence": (14, 31, 0.455),
    "trailing|direct|unnamed|sentence|-|long|-": (11, 28, 0.4),
    "trailing|named": (153, 157, 0.969),
    "trailing|named|-|long|-": (45, 49, 0.902),
    "trailing|named|-|long|gendered": (105, 105, 0.991),
    "trailing|named|sentence": (153, 157, 0.969),
    "trailing|named|sentence|-|long|-": (45, 49, 0.902),
    "trailing|named|sentence|-|long|gendered": (105, 105, 0.991),
    "trailing|pronoun": (238, 258, 0.919),
    "trailing|pronoun|clear|long|-": (38, 42, 0.886),
    "trailing|pronoun|clear|long|gendered": (153, 157, 0.969),
    "trailing|pronoun|far": (202, 221, 0.91),
    "trailing|pronoun|far|clear|long|-": (30, 33, 0.886),
    "trailing|pronoun|far|clear|long|gendered": (132, 136, 0.964),
    "trailing|pronoun|far|rival|long|gendered": (28, 39, 0.707),
    "trailing|pronoun|paragraph": (33, 34, 0.944),
    "trailing|pronoun|paragraph|clear|long|gendered": (20, 20, 0.955),
    "trailing|pronoun|rival|long|gendered": (30, 41, 0.721),
    "trailing|surname": (189, 192, 0.979),
    "trailing|surname|clear|long|-": (31, 31, 0.97),
    "trailing|surname|clear|long|gendered": (114, 114, 0.991),
    "trailing|surname|far": (188, 191, 0.979),
    "trailing|surname|far|clear|long|-": (31, 31, 0.97),
    "trailing|surname|far|clear|long|gendered": (114, 114, 0.991),
    "trailing|surname|far|rival|long|gendered": (33, 33, 0.971),
    "trailing|surname|rival|long|gendered": (33, 33, 0.971),
    "trailing|unnamed": (14, 31, 0.455),
    "trailing|unnamed|-|long|-": (11, 28, 0.4),
    "trailing|unnamed|sentence": (14, 31, 0.455),
    "trailing|unnamed|sentence|-|long|-": (11, 28, 0.4),
    "unnamed": (354, 540, 0.655),
    "unnamed|-|long|-": (312, 450, 0.692),
    "unnamed|-|short|-": (42, 90, 0.467),
    "unnamed|sentence": (346, 526, 0.657),
    "unnamed|sentence|-|long|-": (306, 440, 0.695),
    "unnamed|sentence|-|short|-": (40, 86, 0.466),
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
