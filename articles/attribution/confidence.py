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
    "": (4834, 5552, 0.871),
    "-|long|-": (1211, 1599, 0.757),
    "-|long|gendered": (843, 873, 0.965),
    "-|short|-": (247, 388, 0.636),
    "-|short|gendered": (167, 187, 0.889),
    "according|indirect|named|sentence": (48, 58, 0.817),
    "according|indirect|named|sentence|-|long|-": (40, 49, 0.804),
    "according|indirect|unnamed|sentence": (48, 62, 0.766),
    "according|indirect|unnamed|sentence|-|long|-": (48, 62, 0.766),
    "according|named": (48, 58, 0.817),
    "according|named|-|long|-": (40, 49, 0.804),
    "according|named|sentence": (48, 58, 0.817),
    "according|named|sentence|-|long|-": (40, 49, 0.804),
    "according|unnamed": (48, 62, 0.766),
    "according|unnamed|-|long|-": (48, 62, 0.766),
    "according|unnamed|sentence": (48, 62, 0.766),
    "according|unnamed|sentence|-|long|-": (48, 62, 0.766),
    "clear|long|-": (314, 337, 0.929),
    "clear|long|gendered": (1197, 1221, 0.98),
    "clear|short|-": (54, 62, 0.859),
    "clear|short|gendered": (147, 161, 0.908),
    "continuation|descriptor": (24, 27, 0.862),
    "continuation|direct|named|paragraph": (122, 124, 0.976),
    "continuation|direct|named|paragraph|-|long|-": (35, 37, 0.923),
    "continuation|direct|named|paragraph|-|long|gendered": (79, 79, 0.988),
    "continuation|direct|pronoun|far": (207, 214, 0.963),
    "continuation|direct|pronoun|far|clear|long|-": (21, 22, 0.917),
    "continuation|direct|pronoun|far|clear|long|gendered": (143, 144, 0.986),
    "continuation|direct|pronoun|far|rival|long|gendered": (23, 27, 0.828),
    "continuation|direct|pronoun|paragraph": (18, 20, 0.864),
    "continuation|direct|surname|far": (191, 198, 0.96),
    "continuation|direct|surname|far|clear|long|-": (25, 26, 0.929),
    "continuation|direct|surname|far|clear|long|gendered": (110, 111, 0.982),
    "continuation|direct|surname|far|rival|long|gendered": (30, 30, 0.969),
    "continuation|named": (138, 143, 0.959),
    "continuation|named|-|long|-": (41, 45, 0.894),
    "continuation|named|-|long|gendered": (88, 88, 0.989),
    "continuation|named|paragraph": (122, 124, 0.976),
    "continuation|named|paragraph|-|long|-": (35, 37, 0.923),
    "continuation|named|paragraph|-|long|gendered": (79, 79, 0.988),
    "continuation|pronoun": (225, 234, 0.958),
    "continuation|pronoun|clear|long|-": (26, 27, 0.931),
    "continuation|pronoun|clear|long|gendered": (149, 150, 0.987),
    "continuation|pronoun|far": (207, 214, 0.963),
    "continuation|pronoun|far|clear|long|-": (21, 22, 0.917),
    "continuation|pronoun|far|clear|long|gendered": (143, 144, 0.986),
    "continuation|pronoun|far|rival|long|gendered": (23, 27, 0.828),
    "continuation|pronoun|paragraph": (18, 20, 0.864),
    "continuation|pronoun|rival|long|gendered": (25, 29, 0.839),
    "continuation|surname": (192, 199, 0.96),
    "continuation|surname|clear|long|-": (25, 26, 0.929),
    "continuation|surname|clear|long|gendered": (110, 111, 0.982),
    "continuation|surname|far": (191, 198, 0.96),
    "continuation|surname|far|clear|long|-": (25, 26, 0.929),
    "continuation|surname|far|clear|long|gendered": (110, 111, 0.982),
    "continuation|surname|far|rival|long|gendered": (30, 30, 0.969),
    "continuation|surname|rival|long|gendered": (30, 30, 0.969),
    "descriptor": (270, 302, 0.891),
    "descriptor|-|long|-": (65, 74, 0.868),
    "descriptor|clear|long|-": (21, 26, 0.786),
    "descriptor|clear|long|gendered": (63, 64, 0.97),
    "descriptor|far": (189, 207, 0.909),
    "descriptor|far|clear|long|-": (20, 25, 0.778),
    "descriptor|far|clear|long|gendered": (61, 62, 0.969),
    "descriptor|far|rival|long|gendered": (59, 62, 0.938),
    "descriptor|rival|long|gendered": (59, 62, 0.938),
    "descriptor|sentence": (70, 84, 0.826),
    "descriptor|sentence|-|long|-": (59, 68, 0.857),
    "leading|descriptor": (36, 41, 0.86),
    "leading|descriptor|far": (28, 29, 0.935),
    "leading|direct|named|sentence": (37, 40, 0.905),
    "leading|direct|named|sentence|-|long|gendered": (23, 23, 0.96),
    "leading|direct|pronoun|far": (29, 30, 0.938),
    "leading|direct|surname|far": (33, 33, 0.971),
    "leading|named": (368, 385, 0.953),
    "leading|named|-|long|-": (68, 75, 0.896),
    "leading|named|-|long|gendered": (118, 120, 0.975),
    "leading|named|-|short|-": (83, 87, 0.944),
    "leading|named|-|short|gendered": (96, 99, 0.96),
    "leading|named|sentence": (367, 384, 0.953),
    "leading|named|sentence|-|long|-": (68, 75, 0.896),
    "leading|named|sentence|-|long|gendered": (117, 119, 0.975),
    "leading|named|sentence|-|short|-": (83, 87, 0.944),
    "leading|named|sentence|-|short|gendered": (96, 99, 0.96),
    "leading|partial|named|sentence": (330, 344, 0.957),
    "leading|partial|named|sentence|-|long|-": (56, 62, 0.891),
    "leading|partial|named|sentence|-|long|gendered": (94, 96, 0.969),
    "leading|partial|named|sentence|-|short|-": (81, 84, 0.953),
    "leading|partial|named|sentence|-|short|gendered": (96, 98, 0.97),
    "leading|partial|pronoun|far": (34, 42, 0.795),
    "leading|partial|pronoun|far|clear|short|gendered": (21, 23, 0.88),
    "leading|partial|pronoun|paragraph": (34, 34, 0.972),
    "leading|partial|surname|far": (85, 89, 0.945),
    "leading|partial|surname|far|rival|short|gendered": (23, 24, 0.923),
    "leading|partial|unnamed|sentence": (49, 81, 0.602),
    "leading|partial|unnamed|sentence|-|long|-": (22, 33, 0.657),
    "leading|partial|unnamed|sentence|-|short|-": (27, 48, 0.56),
    "leading|pronoun": (127, 140, 0.901),
    "leading|pronoun|clear|long|gendered": (42, 42, 0.977),
    "leading|pronoun|clear|short|gendered": (37, 40, 0.905),
    "leading|pronoun|far": (63, 72, 0.865),
    "leading|pronoun|far|clear|short|gendered": (22, 24, 0.885),
    "leading|pronoun|paragraph": (50, 50, 0.981),
    "leading|pronoun|paragraph|clear|long|gendered": (21, 21, 0.957),
    "leading|surname": (126, 130, 0.962),
    "leading|surname|clear|long|gendered": (23, 24, 0.923),
    "leading|surname|clear|short|gendered": (23, 23, 0.96),
    "leading|surname|far": (118, 122, 0.96),
    "leading|surname|far|clear|long|gendered": (20, 21, 0.913),
    "leading|surname|far|rival|long|gendered": (27, 27, 0.966),
    "leading|surname|far|rival|short|gendered": (23, 24, 0.923),
    "leading|surname|rival|long|gendered": (27, 27, 0.966),
    "leading|surname|rival|short|gendered": (23, 24, 0.923),
    "leading|unnamed": (62, 98, 0.63),
    "leading|unnamed|-|long|-": (35, 50, 0.692),
    "leading|unnamed|-|short|-": (27, 48, 0.56),
    "leading|unnamed|sentence": (62, 98, 0.63),
    "leading|unnamed|sentence|-|long|-": (35, 50, 0.692),
    "leading|unnamed|sentence|-|short|-": (27, 48, 0.56),
    "named": (1820, 2048, 0.888),
    "named|-|long|-": (639, 774, 0.825),
    "named|-|long|gendered": (835, 862, 0.968),
    "named|-|short|-": (159, 205, 0.773),
    "named|-|short|gendered": (164, 181, 0.902),
    "named|far": (16, 21, 0.739),
    "named|paragraph": (122, 124, 0.976),
    "named|paragraph|-|long|-": (35, 37, 0.923),
    "named|paragraph|-|long|gendered": (79, 79, 0.988),
    "named|sentence": (1682, 1903, 0.883),
    "named|sentence|-|long|-": (597, 727, 0.82),
    "named|sentence|-|long|gendered": (748, 775, 0.964),
    "named|sentence|-|short|-": (155, 200, 0.772),
    "named|sentence|-|short|gendered": (161, 177, 0.905),
    "pronoun": (1157, 1247, 0.927),
    "pronoun|-|long|-": (28, 37, 0.744),
    "pronoun|clear|long|-": (151, 167, 0.899),
    "pronoun|clear|long|gendered": (700, 715, 0.978),
    "pronoun|clear|short|-": (28, 32, 0.853),
    "pronoun|clear|short|gendered": (82, 94, 0.865),
    "pronoun|far": (828, 887, 0.933),
    "pronoun|far|clear|long|-": (100, 112, 0.886),
    "pronoun|far|clear|long|gendered": (535, 546, 0.978),
    "pronoun|far|clear|short|gendered": (52, 56, 0.914),
    "pronoun|far|rival|long|gendered": (107, 133, 0.8),
    "pronoun|paragraph": (273, 289, 0.942),
    "pronoun|paragraph|clear|long|-": (48, 52, 0.907),
    "pronoun|paragraph|clear|long|gendered": (155, 159, 0.969),
    "pronoun|paragraph|clear|short|gendered": (24, 29, 0.806),
    "pronoun|paragraph|rival|long|gendered": (21, 21, 0.957),
    "pronoun|rival|long|gendered": (128, 154, 0.827),
    "pronoun|rival|short|gendered": (20, 26, 0.75),
    "pronoun|sentence": (56, 71, 0.781),
    "pronoun|sentence|-|long|-": (27, 36, 0.737),
    "reported|descriptor": (124, 143, 0.862),
    "reported|descriptor|-|long|-": (35, 42, 0.818),
    "reported|descriptor|clear|long|gendered": (28, 29, 0.935),
    "reported|descriptor|far": (88, 100, 0.873),
    "reported|descriptor|far|clear|long|gendered": (28, 29, 0.935),
    "reported|descriptor|far|rival|long|gendered": (37, 40, 0.905),
    "reported|descriptor|rival|long|gendered": (37, 40, 0.905),
    "reported|descriptor|sentence": (36, 43, 0.822),
    "reported|descriptor|sentence|-|long|-": (34, 41, 0.814),
    "reported|indirect|descriptor|far": (88, 100, 0.873),
    "reported|indirect|descriptor|far|clear|long|gendered": (28, 29, 0.935),
    "reported|indirect|descriptor|far|rival|long|gendered": (37, 40, 0.905),
    "reported|indirect|descriptor|sentence": (36, 43, 0.822),
    "reported|indirect|descriptor|sentence|-|long|-": (34, 41, 0.814),
    "reported|indirect|named|sentence": (922, 1091, 0.844),
    "reported|indirect|named|sentence|-|long|-": (410, 508, 0.806),
    "reported|indirect|named|sentence|-|long|gendered": (462, 486, 0.949),
    "reported|indirect|named|sentence|-|short|-": (19, 52, 0.37),
    "reported|indirect|named|sentence|-|short|gendered": (17, 29, 0.581),
    "reported|indirect|pronoun|far": (169, 188, 0.895),
    "reported|indirect|pronoun|far|clear|long|-": (27, 33, 0.8),
    "reported|indirect|pronoun|far|clear|long|gendered": (112, 116, 0.958),
    "reported|indirect|pronoun|far|rival|long|gendered": (23, 28, 0.8),
    "reported|indirect|pronoun|paragraph": (128, 139, 0.915),
    "reported|indirect|pronoun|paragraph|clear|long|-": (24, 27, 0.862),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (79, 82, 0.952),
    "reported|indirect|pronoun|sentence": (33, 44, 0.739),
    "reported|indirect|pronoun|sentence|-|long|-": (23, 30, 0.75),
    "reported|indirect|surname|far": (302, 330, 0.913),
    "reported|indirect|surname|far|clear|long|-": (31, 32, 0.941),
    "reported|indirect|surname|far|clear|long|gendered": (94, 100, 0.931),
    "reported|indirect|surname|far|rival|long|-": (40, 43, 0.911),
    "reported|indirect|surname|far|rival|long|gendered": (124, 128, 0.962),
    "reported|indirect|unnamed|sentence": (379, 600, 0.631),
    "reported|indirect|unnamed|sentence|-|long|-": (358, 523, 0.684),
    "reported|indirect|unnamed|sentence|-|short|-": (21, 77, 0.278),
    "reported|named": (922, 1091, 0.844),
    "reported|named|-|long|-": (410, 508, 0.806),
    "reported|named|-|long|gendered": (462, 486, 0.949),
    "reported|named|-|short|-": (19, 52, 0.37),
    "reported|named|-|short|gendered": (17, 29, 0.581),
    "reported|named|sentence": (922, 1091, 0.844),
    "reported|named|sentence|-|long|-": (410, 508, 0.806),
    "reported|named|sentence|-|long|gendered": (462, 486, 0.949),
    "reported|named|sentence|-|short|-": (19, 52, 0.37),
    "reported|named|sentence|-|short|gendered": (17, 29, 0.581),
    "reported|pronoun": (330, 371, 0.887),
    "reported|pronoun|-|long|-": (23, 30, 0.75),
    "reported|pronoun|clear|long|-": (53, 62, 0.844),
    "reported|pronoun|clear|long|gendered": (198, 205, 0.961),
    "reported|pronoun|far": (169, 188, 0.895),
    "reported|pronoun|far|clear|long|-": (27, 33, 0.8),
    "reported|pronoun|far|clear|long|gendered": (112, 116, 0.958),
    "reported|pronoun|far|rival|long|gendered": (23, 28, 0.8),
    "reported|pronoun|paragraph": (128, 139, 0.915),
    "reported|pronoun|paragraph|clear|long|-": (24, 27, 0.862),
    "reported|pronoun|paragraph|clear|long|gendered": (79, 82, 0.952),
    "reported|pronoun|rival|long|gendered": (36, 41, 0.86),
    "reported|pronoun|sentence": (33, 44, 0.739),
    "reported|pronoun|sentence|-|long|-": (23, 30, 0.75),
    "reported|surname": (316, 344, 0.916),
    "reported|surname|clear|long|-": (33, 34, 0.944),
    "reported|surname|clear|long|gendered": (103, 109, 0.937),
    "reported|surname|far": (302, 330, 0.913),
    "reported|surname|far|clear|long|-": (31, 32, 0.941),
    "reported|surname|far|clear|long|gendered": (94, 100, 0.931),
    "reported|surname|far|rival|long|-": (40, 43, 0.911),
    "reported|surname|far|rival|long|gendered": (124, 128, 0.962),
    "reported|surname|rival|long|-": (40, 43, 0.911),
    "reported|surname|rival|long|gendered": (126, 130, 0.962),
    "reported|unnamed": (379, 600, 0.631),
    "reported|unnamed|-|long|-": (358, 523, 0.684),
    "reported|unnamed|-|short|-": (21, 77, 0.278),
    "reported|unnamed|sentence": (379, 600, 0.631),
    "reported|unnamed|sentence|-|long|-": (358, 523, 0.684),
    "reported|unnamed|sentence|-|short|-": (21, 77, 0.278),
    "rival|long|-": (116, 135, 0.854),
    "rival|long|gendered": (440, 473, 0.928),
    "rival|short|-": (22, 24, 0.885),
    "rival|short|gendered": (76, 92, 0.819),
    "sentence|descriptor": (19, 21, 0.87),
    "sentence|named": (156, 168, 0.924),
    "sentence|named|-|long|-": (20, 23, 0.84),
    "sentence|named|-|long|gendered": (39, 39, 0.976),
    "sentence|named|-|short|-": (51, 59, 0.852),
    "sentence|named|-|short|gendered": (45, 46, 0.958),
    "sentence|named|sentence": (156, 168, 0.924),
    "sentence|named|sentence|-|long|-": (20, 23, 0.84),
    "sentence|named|sentence|-|long|gendered": (39, 39, 0.976),
    "sentence|named|sentence|-|short|-": (51, 59, 0.852),
    "sentence|named|sentence|-|short|gendered": (45, 46, 0.958),
    "sentence|partial|named|sentence": (152, 164, 0.922),
    "sentence|partial|named|sentence|-|long|-": (18, 21, 0.826),
    "sentence|partial|named|sentence|-|long|gendered": (37, 37, 0.974),
    "sentence|partial|named|sentence|-|short|-": (51, 59, 0.852),
    "sentence|partial|named|sentence|-|short|gendered": (45, 46, 0.958),
    "sentence|partial|surname|far": (49, 50, 0.962),
    "sentence|partial|unnamed|sentence": (19, 35, 0.541),
    "sentence|partial|unnamed|sentence|-|short|-": (15, 25, 0.593),
    "sentence|pronoun": (33, 34, 0.944),
    "sentence|surname": (52, 53, 0.964),
    "sentence|surname|far": (50, 51, 0.962),
    "sentence|unnamed": (21, 40, 0.524),
    "sentence|unnamed|-|short|-": (15, 26, 0.571),
    "sentence|unnamed|sentence": (21, 40, 0.524),
    "sentence|unnamed|sentence|-|short|-": (15, 26, 0.571),
    "surname": (1037, 1080, 0.959),
    "surname|clear|long|-": (139, 141, 0.979),
    "surname|clear|long|gendered": (430, 438, 0.98),
    "surname|clear|short|-": (18, 21, 0.826),
    "surname|clear|short|gendered": (56, 58, 0.95),
    "surname|far": (1005, 1048, 0.958),
    "surname|far|clear|long|-": (135, 137, 0.978),
    "surname|far|clear|long|gendered": (414, 422, 0.979),
    "surname|far|clear|short|-": (18, 21, 0.826),
    "surname|far|clear|short|gendered": (47, 49, 0.941),
    "surname|far|rival|long|-": (88, 99, 0.881),
    "surname|far|rival|long|gendered": (247, 251, 0.98),
    "surname|far|rival|short|gendered": (40, 48, 0.82),
    "surname|paragraph": (32, 32, 0.971),
    "surname|rival|long|-": (89, 100, 0.882),
    "surname|rival|long|gendered": (249, 253, 0.98),
    "surname|rival|short|gendered": (40, 48, 0.82),
    "trailing|descriptor": (55, 58, 0.933),
    "trailing|descriptor|clear|long|gendered": (21, 21, 0.957),
    "trailing|descriptor|far": (45, 47, 0.939),
    "trailing|descriptor|far|clear|long|gendered": (20, 20, 0.955),
    "trailing|direct|descriptor|far": (45, 47, 0.939),
    "trailing|direct|descriptor|far|clear|long|gendered": (20, 20, 0.955),
    "trailing|direct|named|sentence": (183, 190, 0.958),
    "trailing|direct|named|sentence|-|long|-": (58, 65, 0.881),
    "trailing|direct|named|sentence|-|long|gendered": (119, 119, 0.992),
    "trailing|direct|pronoun|far": (375, 398, 0.94),
    "trailing|direct|pronoun|far|clear|long|-": (42, 45, 0.915),
    "trailing|direct|pronoun|far|clear|long|gendered": (258, 264, 0.974),
    "trailing|direct|pronoun|far|rival|long|gendered": (56, 69, 0.803),
    "trailing|direct|pronoun|paragraph": (64, 67, 0.942),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (42, 43, 0.956),
    "trailing|direct|surname|far": (335, 338, 0.988),
    "trailing|direct|surname|far|clear|long|-": (70, 70, 0.986),
    "trailing|direct|surname|far|clear|long|gendered": (173, 173, 0.994),
    "trailing|direct|surname|far|rival|long|-": (20, 23, 0.84),
    "trailing|direct|surname|far|rival|long|gendered": (60, 60, 0.984),
    "trailing|direct|unnamed|sentence": (28, 56, 0.5),
    "trailing|direct|unnamed|sentence|-|long|-": (24, 52, 0.463),
    "trailing|named": (183, 190, 0.958),
    "trailing|named|-|long|-": (58, 65, 0.881),
    "trailing|named|-|long|gendered": (119, 119, 0.992),
    "trailing|named|sentence": (183, 190, 0.958),
    "trailing|named|sentence|-|long|-": (58, 65, 0.881),
    "trailing|named|sentence|-|long|gendered": (119, 119, 0.992),
    "trailing|pronoun": (442, 468, 0.943),
    "trailing|pronoun|clear|long|-": (53, 57, 0.915),
    "trailing|pronoun|clear|long|gendered": (301, 308, 0.974),
    "trailing|pronoun|far": (375, 398, 0.94),
    "trailing|pronoun|far|clear|long|-": (42, 45, 0.915),
    "trailing|pronoun|far|clear|long|gendered": (258, 264, 0.974),
    "trailing|pronoun|far|rival|long|gendered": (56, 69, 0.803),
    "trailing|pronoun|paragraph": (64, 67, 0.942),
    "trailing|pronoun|paragraph|clear|long|gendered": (42, 43, 0.956),
    "trailing|pronoun|rival|long|gendered": (60, 73, 0.813),
    "trailing|surname": (342, 345, 0.988),
    "trailing|surname|clear|long|-": (72, 72, 0.986),
    "trailing|surname|clear|long|gendered": (176, 176, 0.994),
    "trailing|surname|far": (335, 338, 0.988),
    "trailing|surname|far|clear|long|-": (70, 70, 0.986),
    "trailing|surname|far|clear|long|gendered": (173, 173, 0.994),
    "trailing|surname|far|rival|long|-": (20, 23, 0.84),
    "trailing|surname|far|rival|long|gendered": (60, 60, 0.984),
    "trailing|surname|rival|long|-": (21, 24, 0.846),
    "trailing|surname|rival|long|gendered": (60, 60, 0.984),
    "trailing|unnamed": (28, 56, 0.5),
    "trailing|unnamed|-|long|-": (24, 52, 0.463),
    "trailing|unnamed|sentence": (28, 56, 0.5),
    "trailing|unnamed|sentence|-|long|-": (24, 52, 0.463),
    "unnamed": (550, 875, 0.628),
    "unnamed|-|long|-": (479, 714, 0.67),
    "unnamed|-|short|-": (71, 161, 0.442),
    "unnamed|sentence": (540, 858, 0.629),
    "unnamed|sentence|-|long|-": (471, 701, 0.671),
    "unnamed|sentence|-|short|-": (69, 157, 0.44),
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
