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
    "": (5536, 6372, 0.869),
    "-|long|-": (1380, 1822, 0.757),
    "-|long|gendered": (980, 1018, 0.962),
    "-|short|-": (273, 454, 0.601),
    "-|short|gendered": (180, 203, 0.883),
    "according|indirect|named|sentence": (53, 64, 0.818),
    "according|indirect|named|sentence|-|long|-": (43, 53, 0.8),
    "according|indirect|unnamed|sentence": (50, 65, 0.761),
    "according|indirect|unnamed|sentence|-|long|-": (50, 65, 0.761),
    "according|named": (53, 64, 0.818),
    "according|named|-|long|-": (43, 53, 0.8),
    "according|named|sentence": (53, 64, 0.818),
    "according|named|sentence|-|long|-": (43, 53, 0.8),
    "according|unnamed": (50, 65, 0.761),
    "according|unnamed|-|long|-": (50, 65, 0.761),
    "according|unnamed|sentence": (50, 65, 0.761),
    "according|unnamed|sentence|-|long|-": (50, 65, 0.761),
    "clear|long|-": (380, 409, 0.927),
    "clear|long|gendered": (1378, 1403, 0.981),
    "clear|short|-": (58, 68, 0.843),
    "clear|short|gendered": (165, 179, 0.917),
    "continuation|descriptor": (26, 30, 0.844),
    "continuation|descriptor|far": (18, 22, 0.792),
    "continuation|direct|descriptor|far": (18, 22, 0.792),
    "continuation|direct|named|paragraph": (131, 133, 0.978),
    "continuation|direct|named|paragraph|-|long|-": (37, 39, 0.927),
    "continuation|direct|named|paragraph|-|long|gendered": (86, 86, 0.989),
    "continuation|direct|pronoun|far": (227, 235, 0.962),
    "continuation|direct|pronoun|far|clear|long|-": (24, 26, 0.893),
    "continuation|direct|pronoun|far|clear|long|gendered": (154, 155, 0.987),
    "continuation|direct|pronoun|far|rival|long|gendered": (27, 31, 0.848),
    "continuation|direct|pronoun|paragraph": (24, 26, 0.893),
    "continuation|direct|surname|far": (206, 214, 0.958),
    "continuation|direct|surname|far|clear|long|-": (30, 32, 0.912),
    "continuation|direct|surname|far|clear|long|gendered": (119, 120, 0.984),
    "continuation|direct|surname|far|rival|long|gendered": (31, 31, 0.97),
    "continuation|named": (147, 152, 0.961),
    "continuation|named|-|long|-": (43, 47, 0.898),
    "continuation|named|-|long|gendered": (95, 95, 0.99),
    "continuation|named|paragraph": (131, 133, 0.978),
    "continuation|named|paragraph|-|long|-": (37, 39, 0.927),
    "continuation|named|paragraph|-|long|gendered": (86, 86, 0.989),
    "continuation|pronoun": (251, 261, 0.958),
    "continuation|pronoun|clear|long|-": (30, 32, 0.912),
    "continuation|pronoun|clear|long|gendered": (163, 164, 0.988),
    "continuation|pronoun|clear|short|gendered": (19, 22, 0.833),
    "continuation|pronoun|far": (227, 235, 0.962),
    "continuation|pronoun|far|clear|long|-": (24, 26, 0.893),
    "continuation|pronoun|far|clear|long|gendered": (154, 155, 0.987),
    "continuation|pronoun|far|rival|long|gendered": (27, 31, 0.848),
    "continuation|pronoun|paragraph": (24, 26, 0.893),
    "continuation|pronoun|rival|long|gendered": (29, 33, 0.857),
    "continuation|surname": (207, 215, 0.959),
    "continuation|surname|clear|long|-": (30, 32, 0.912),
    "continuation|surname|clear|long|gendered": (119, 120, 0.984),
    "continuation|surname|far": (206, 214, 0.958),
    "continuation|surname|far|clear|long|-": (30, 32, 0.912),
    "continuation|surname|far|clear|long|gendered": (119, 120, 0.984),
    "continuation|surname|far|rival|long|gendered": (31, 31, 0.97),
    "continuation|surname|rival|long|gendered": (31, 31, 0.97),
    "descriptor": (288, 323, 0.889),
    "descriptor|-|long|-": (69, 78, 0.875),
    "descriptor|-|short|-": (15, 20, 0.727),
    "descriptor|clear|long|-": (25, 32, 0.765),
    "descriptor|clear|long|gendered": (67, 68, 0.971),
    "descriptor|far": (199, 219, 0.905),
    "descriptor|far|clear|long|-": (23, 30, 0.75),
    "descriptor|far|clear|long|gendered": (65, 66, 0.971),
    "descriptor|far|rival|long|gendered": (60, 63, 0.938),
    "descriptor|rival|long|gendered": (61, 64, 0.939),
    "descriptor|sentence": (76, 91, 0.828),
    "descriptor|sentence|-|long|-": (63, 72, 0.865),
    "leading|descriptor": (38, 44, 0.848),
    "leading|descriptor|far": (28, 29, 0.935),
    "leading|direct|named|sentence": (37, 41, 0.884),
    "leading|direct|named|sentence|-|long|gendered": (23, 23, 0.96),
    "leading|direct|pronoun|far": (36, 37, 0.949),
    "leading|direct|pronoun|far|clear|long|gendered": (21, 21, 0.957),
    "leading|direct|surname|far": (34, 34, 0.972),
    "leading|named": (415, 436, 0.95),
    "leading|named|-|long|-": (83, 92, 0.894),
    "leading|named|-|long|gendered": (136, 138, 0.979),
    "leading|named|-|short|-": (91, 96, 0.939),
    "leading|named|-|short|gendered": (102, 105, 0.963),
    "leading|named|sentence": (414, 435, 0.95),
    "leading|named|sentence|-|long|-": (83, 92, 0.894),
    "leading|named|sentence|-|long|gendered": (135, 137, 0.978),
    "leading|named|sentence|-|short|-": (91, 96, 0.939),
    "leading|named|sentence|-|short|gendered": (102, 105, 0.963),
    "leading|partial|named|sentence": (377, 394, 0.955),
    "leading|partial|named|sentence|-|long|-": (71, 79, 0.889),
    "leading|partial|named|sentence|-|long|gendered": (112, 114, 0.974),
    "leading|partial|named|sentence|-|short|-": (89, 93, 0.947),
    "leading|partial|named|sentence|-|short|gendered": (102, 104, 0.972),
    "leading|partial|pronoun|far": (37, 46, 0.792),
    "leading|partial|pronoun|far|clear|short|gendered": (22, 24, 0.885),
    "leading|partial|pronoun|paragraph": (39, 39, 0.976),
    "leading|partial|surname|far": (95, 99, 0.95),
    "leading|partial|surname|far|rival|long|gendered": (21, 21, 0.957),
    "leading|partial|surname|far|rival|short|gendered": (26, 27, 0.931),
    "leading|partial|unnamed|sentence": (56, 90, 0.62),
    "leading|partial|unnamed|sentence|-|long|-": (27, 39, 0.683),
    "leading|partial|unnamed|sentence|-|short|-": (29, 51, 0.566),
    "leading|pronoun": (144, 158, 0.906),
    "leading|pronoun|clear|long|gendered": (52, 52, 0.981),
    "leading|pronoun|clear|short|gendered": (40, 43, 0.911),
    "leading|pronoun|far": (73, 83, 0.871),
    "leading|pronoun|far|clear|long|gendered": (27, 27, 0.966),
    "leading|pronoun|far|clear|short|gendered": (23, 25, 0.889),
    "leading|pronoun|paragraph": (56, 56, 0.983),
    "leading|pronoun|paragraph|clear|long|gendered": (23, 23, 0.96),
    "leading|surname": (137, 141, 0.965),
    "leading|surname|clear|long|gendered": (24, 25, 0.926),
    "leading|surname|clear|short|gendered": (23, 23, 0.96),
    "leading|surname|far": (129, 133, 0.963),
    "leading|surname|far|clear|long|gendered": (21, 22, 0.917),
    "leading|surname|far|rival|long|gendered": (31, 31, 0.97),
    "leading|surname|far|rival|short|gendered": (27, 28, 0.933),
    "leading|surname|rival|long|gendered": (31, 31, 0.97),
    "leading|surname|rival|short|gendered": (27, 28, 0.933),
    "leading|unnamed": (71, 109, 0.649),
    "leading|unnamed|-|long|-": (42, 58, 0.717),
    "leading|unnamed|-|short|-": (29, 51, 0.566),
    "leading|unnamed|sentence": (71, 109, 0.649),
    "leading|unnamed|sentence|-|long|-": (42, 58, 0.717),
    "leading|unnamed|sentence|-|short|-": (29, 51, 0.566),
    "named": (2097, 2372, 0.884),
    "named|-|long|-": (749, 906, 0.826),
    "named|-|long|gendered": (972, 1007, 0.964),
    "named|-|short|-": (175, 234, 0.746),
    "named|-|short|gendered": (177, 197, 0.894),
    "named|far": (16, 21, 0.739),
    "named|paragraph": (131, 133, 0.978),
    "named|paragraph|-|long|-": (37, 39, 0.927),
    "named|paragraph|-|long|gendered": (86, 86, 0.989),
    "named|sentence": (1950, 2218, 0.879),
    "named|sentence|-|long|-": (705, 857, 0.822),
    "named|sentence|-|long|gendered": (878, 913, 0.961),
    "named|sentence|-|short|-": (171, 229, 0.745),
    "named|sentence|-|short|gendered": (174, 193, 0.897),
    "pronoun": (1352, 1448, 0.933),
    "pronoun|-|long|-": (29, 39, 0.732),
    "pronoun|clear|long|-": (182, 199, 0.91),
    "pronoun|clear|long|gendered": (822, 838, 0.98),
    "pronoun|clear|short|-": (32, 37, 0.846),
    "pronoun|clear|short|gendered": (96, 108, 0.882),
    "pronoun|far": (945, 1009, 0.936),
    "pronoun|far|clear|long|-": (119, 132, 0.896),
    "pronoun|far|clear|long|gendered": (609, 620, 0.981),
    "pronoun|far|clear|short|gendered": (59, 63, 0.923),
    "pronoun|far|rival|long|gendered": (122, 150, 0.809),
    "pronoun|paragraph": (349, 366, 0.951),
    "pronoun|paragraph|clear|long|-": (60, 64, 0.924),
    "pronoun|paragraph|clear|long|gendered": (203, 208, 0.971),
    "pronoun|paragraph|clear|short|gendered": (31, 36, 0.842),
    "pronoun|paragraph|rival|long|gendered": (27, 27, 0.966),
    "pronoun|rival|long|gendered": (149, 177, 0.838),
    "pronoun|rival|short|gendered": (20, 26, 0.75),
    "pronoun|sentence": (58, 73, 0.787),
    "pronoun|sentence|-|long|-": (28, 37, 0.744),
    "reported|descriptor": (132, 151, 0.869),
    "reported|descriptor|-|long|-": (38, 45, 0.83),
    "reported|descriptor|clear|long|gendered": (30, 31, 0.939),
    "reported|descriptor|far": (92, 104, 0.877),
    "reported|descriptor|far|clear|long|gendered": (30, 31, 0.939),
    "reported|descriptor|far|rival|long|gendered": (37, 40, 0.905),
    "reported|descriptor|rival|long|gendered": (38, 41, 0.907),
    "reported|descriptor|sentence": (39, 46, 0.833),
    "reported|descriptor|sentence|-|long|-": (37, 44, 0.826),
    "reported|indirect|descriptor|far": (92, 104, 0.877),
    "reported|indirect|descriptor|far|clear|long|gendered": (30, 31, 0.939),
    "reported|indirect|descriptor|far|rival|long|gendered": (37, 40, 0.905),
    "reported|indirect|descriptor|sentence": (39, 46, 0.833),
    "reported|indirect|descriptor|sentence|-|long|-": (37, 44, 0.826),
    "reported|indirect|named|sentence": (1094, 1300, 0.841),
    "reported|indirect|named|sentence|-|long|-": (488, 604, 0.807),
    "reported|indirect|named|sentence|-|long|gendered": (552, 583, 0.945),
    "reported|indirect|named|sentence|-|short|-": (21, 63, 0.338),
    "reported|indirect|named|sentence|-|short|gendered": (19, 34, 0.556),
    "reported|indirect|pronoun|far": (188, 208, 0.9),
    "reported|indirect|pronoun|far|clear|long|-": (33, 39, 0.829),
    "reported|indirect|pronoun|far|clear|long|gendered": (123, 127, 0.961),
    "reported|indirect|pronoun|far|rival|long|gendered": (24, 29, 0.806),
    "reported|indirect|pronoun|paragraph": (151, 163, 0.921),
    "reported|indirect|pronoun|paragraph|clear|long|-": (29, 32, 0.882),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (95, 99, 0.95),
    "reported|indirect|pronoun|sentence": (33, 44, 0.739),
    "reported|indirect|pronoun|sentence|-|long|-": (23, 30, 0.75),
    "reported|indirect|surname|far": (358, 388, 0.921),
    "reported|indirect|surname|far|clear|long|-": (36, 37, 0.949),
    "reported|indirect|surname|far|clear|long|gendered": (108, 114, 0.94),
    "reported|indirect|surname|far|rival|long|-": (47, 50, 0.923),
    "reported|indirect|surname|far|rival|long|gendered": (151, 156, 0.962),
    "reported|indirect|surname|paragraph": (22, 22, 0.958),
    "reported|indirect|unnamed|sentence": (422, 686, 0.615),
    "reported|indirect|unnamed|sentence|-|long|-": (399, 585, 0.681),
    "reported|indirect|unnamed|sentence|-|short|-": (23, 101, 0.233),
    "reported|named": (1094, 1300, 0.841),
    "reported|named|-|long|-": (488, 604, 0.807),
    "reported|named|-|long|gendered": (552, 583, 0.945),
    "reported|named|-|short|-": (21, 63, 0.338),
    "reported|named|-|short|gendered": (19, 34, 0.556),
    "reported|named|sentence": (1094, 1300, 0.841),
    "reported|named|sentence|-|long|-": (488, 604, 0.807),
    "reported|named|sentence|-|long|gendered": (552, 583, 0.945),
    "reported|named|sentence|-|short|-": (21, 63, 0.338),
    "reported|named|sentence|-|short|gendered": (19, 34, 0.556),
    "reported|pronoun": (372, 415, 0.894),
    "reported|pronoun|-|long|-": (23, 30, 0.75),
    "reported|pronoun|clear|long|-": (64, 73, 0.867),
    "reported|pronoun|clear|long|gendered": (225, 233, 0.962),
    "reported|pronoun|far": (188, 208, 0.9),
    "reported|pronoun|far|clear|long|-": (33, 39, 0.829),
    "reported|pronoun|far|clear|long|gendered": (123, 127, 0.961),
    "reported|pronoun|far|rival|long|gendered": (24, 29, 0.806),
    "reported|pronoun|paragraph": (151, 163, 0.921),
    "reported|pronoun|paragraph|clear|long|-": (29, 32, 0.882),
    "reported|pronoun|paragraph|clear|long|gendered": (95, 99, 0.95),
    "reported|pronoun|rival|long|gendered": (37, 42, 0.864),
    "reported|pronoun|sentence": (33, 44, 0.739),
    "reported|pronoun|sentence|-|long|-": (23, 30, 0.75),
    "reported|surname": (380, 411, 0.923),
    "reported|surname|clear|long|-": (39, 40, 0.952),
    "reported|surname|clear|long|gendered": (121, 127, 0.946),
    "reported|surname|far": (358, 388, 0.921),
    "reported|surname|far|clear|long|-": (36, 37, 0.949),
    "reported|surname|far|clear|long|gendered": (108, 114, 0.94),
    "reported|surname|far|rival|long|-": (47, 50, 0.923),
    "reported|surname|far|rival|long|gendered": (151, 156, 0.962),
    "reported|surname|paragraph": (22, 22, 0.958),
    "reported|surname|rival|long|-": (49, 52, 0.926),
    "reported|surname|rival|long|gendered": (154, 159, 0.963),
    "reported|unnamed": (422, 686, 0.615),
    "reported|unnamed|-|long|-": (399, 585, 0.681),
    "reported|unnamed|-|short|-": (23, 101, 0.233),
    "reported|unnamed|sentence": (422, 686, 0.615),
    "reported|unnamed|sentence|-|long|-": (399, 585, 0.681),
    "reported|unnamed|sentence|-|short|-": (23, 101, 0.233),
    "rival|long|-": (131, 150, 0.868),
    "rival|long|gendered": (504, 540, 0.932),
    "rival|short|-": (25, 27, 0.897),
    "rival|short|gendered": (82, 99, 0.822),
    "sentence|descriptor": (20, 22, 0.875),
    "sentence|named": (182, 197, 0.92),
    "sentence|named|-|long|-": (27, 30, 0.875),
    "sentence|named|-|long|gendered": (48, 48, 0.98),
    "sentence|named|-|short|-": (57, 68, 0.829),
    "sentence|named|-|short|gendered": (49, 50, 0.962),
    "sentence|named|sentence": (182, 197, 0.92),
    "sentence|named|sentence|-|long|-": (27, 30, 0.875),
    "sentence|named|sentence|-|long|gendered": (48, 48, 0.98),
    "sentence|named|sentence|-|short|-": (57, 68, 0.829),
    "sentence|named|sentence|-|short|gendered": (49, 50, 0.962),
    "sentence|partial|named|sentence": (178, 193, 0.918),
    "sentence|partial|named|sentence|-|long|-": (25, 28, 0.867),
    "sentence|partial|named|sentence|-|long|gendered": (46, 46, 0.979),
    "sentence|partial|named|sentence|-|short|-": (57, 68, 0.829),
    "sentence|partial|named|sentence|-|short|gendered": (49, 50, 0.962),
    "sentence|partial|surname|far": (54, 55, 0.965),
    "sentence|partial|unnamed|sentence": (22, 40, 0.548),
    "sentence|partial|unnamed|sentence|-|short|-": (18, 30, 0.594),
    "sentence|pronoun": (41, 42, 0.955),
    "sentence|surname": (57, 58, 0.967),
    "sentence|surname|far": (55, 56, 0.966),
    "sentence|unnamed": (24, 46, 0.521),
    "sentence|unnamed|-|short|-": (18, 31, 0.576),
    "sentence|unnamed|sentence": (24, 46, 0.521),
    "sentence|unnamed|sentence|-|short|-": (18, 31, 0.576),
    "surname": (1188, 1236, 0.96),
    "surname|clear|long|-": (169, 173, 0.971),
    "surname|clear|long|gendered": (485, 493, 0.982),
    "surname|clear|short|-": (18, 22, 0.792),
    "surname|clear|short|gendered": (60, 62, 0.953),
    "surname|far": (1143, 1190, 0.96),
    "surname|far|clear|long|-": (162, 166, 0.97),
    "surname|far|clear|long|gendered": (464, 472, 0.981),
    "surname|far|clear|short|-": (18, 21, 0.826),
    "surname|far|clear|short|gendered": (50, 52, 0.944),
    "surname|far|rival|long|-": (98, 109, 0.892),
    "surname|far|rival|long|gendered": (287, 292, 0.98),
    "surname|far|rival|short|gendered": (46, 55, 0.825),
    "surname|paragraph": (45, 45, 0.979),
    "surname|paragraph|clear|long|gendered": (21, 21, 0.957),
    "surname|rival|long|-": (102, 113, 0.896),
    "surname|rival|long|gendered": (290, 295, 0.98),
    "surname|rival|short|gendered": (46, 55, 0.825),
    "trailing|descriptor": (59, 63, 0.923),
    "trailing|descriptor|clear|long|gendered": (22, 22, 0.958),
    "trailing|descriptor|far": (48, 51, 0.925),
    "trailing|descriptor|far|clear|long|gendered": (21, 21, 0.957),
    "trailing|direct|descriptor|far": (48, 51, 0.925),
    "trailing|direct|descriptor|far|clear|long|gendered": (21, 21, 0.957),
    "trailing|direct|named|sentence": (200, 209, 0.953),
    "trailing|direct|named|sentence|-|long|-": (63, 71, 0.877),
    "trailing|direct|named|sentence|-|long|gendered": (130, 131, 0.985),
    "trailing|direct|pronoun|far": (441, 466, 0.944),
    "trailing|direct|pronoun|far|clear|long|-": (49, 52, 0.926),
    "trailing|direct|pronoun|far|clear|long|gendered": (302, 308, 0.977),
    "trailing|direct|pronoun|far|rival|long|gendered": (66, 80, 0.817),
    "trailing|direct|pronoun|paragraph": (99, 102, 0.962),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (66, 67, 0.971),
    "trailing|direct|surname|far": (386, 389, 0.99),
    "trailing|direct|surname|far|clear|long|-": (87, 87, 0.989),
    "trailing|direct|surname|far|clear|long|gendered": (198, 198, 0.995),
    "trailing|direct|surname|far|rival|long|-": (23, 26, 0.857),
    "trailing|direct|surname|far|rival|long|gendered": (66, 66, 0.985),
    "trailing|direct|unnamed|sentence": (32, 67, 0.478),
    "trailing|direct|unnamed|sentence|-|long|-": (28, 62, 0.453),
    "trailing|named": (200, 209, 0.953),
    "trailing|named|-|long|-": (63, 71, 0.877),
    "trailing|named|-|long|gendered": (130, 131, 0.985),
    "trailing|named|sentence": (200, 209, 0.953),
    "trailing|named|sentence|-|long|-": (63, 71, 0.877),
    "trailing|named|sentence|-|long|gendered": (130, 131, 0.985),
    "trailing|pronoun": (544, 572, 0.949),
    "trailing|pronoun|clear|long|-": (64, 68, 0.929),
    "trailing|pronoun|clear|long|gendered": (369, 376, 0.979),
    "trailing|pronoun|far": (441, 466, 0.944),
    "trailing|pronoun|far|clear|long|-": (49, 52, 0.926),
    "trailing|pronoun|far|clear|long|gendered": (302, 308, 0.977),
    "trailing|pronoun|far|rival|long|gendered": (66, 80, 0.817),
    "trailing|pronoun|paragraph": (99, 102, 0.962),
    "trailing|pronoun|paragraph|clear|long|gendered": (66, 67, 0.971),
    "trailing|pronoun|rival|long|gendered": (75, 89, 0.835),
    "trailing|surname": (397, 400, 0.99),
    "trailing|surname|clear|long|-": (91, 91, 0.989),
    "trailing|surname|clear|long|gendered": (201, 201, 0.995),
    "trailing|surname|far": (386, 389, 0.99),
    "trailing|surname|far|clear|long|-": (87, 87, 0.989),
    "trailing|surname|far|clear|long|gendered": (198, 198, 0.995),
    "trailing|surname|far|rival|long|-": (23, 26, 0.857),
    "trailing|surname|far|rival|long|gendered": (66, 66, 0.985),
    "trailing|surname|rival|long|-": (25, 28, 0.867),
    "trailing|surname|rival|long|gendered": (66, 66, 0.985),
    "trailing|unnamed": (32, 67, 0.478),
    "trailing|unnamed|-|long|-": (28, 62, 0.453),
    "trailing|unnamed|sentence": (32, 67, 0.478),
    "trailing|unnamed|sentence|-|long|-": (28, 62, 0.453),
    "unnamed": (611, 993, 0.615),
    "unnamed|-|long|-": (533, 799, 0.667),
    "unnamed|-|short|-": (78, 194, 0.403),
    "unnamed|sentence": (601, 975, 0.616),
    "unnamed|sentence|-|long|-": (525, 785, 0.668),
    "unnamed|sentence|-|short|-": (76, 190, 0.401),
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
