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
    "": (4735, 5439, 0.87),
    "-|long|-": (1192, 1570, 0.759),
    "-|long|gendered": (820, 850, 0.964),
    "-|short|-": (244, 383, 0.636),
    "-|short|gendered": (159, 179, 0.884),
    "according|indirect|named|sentence": (46, 56, 0.81),
    "according|indirect|named|sentence|-|long|-": (38, 47, 0.796),
    "according|indirect|unnamed|sentence": (47, 61, 0.762),
    "according|indirect|unnamed|sentence|-|long|-": (47, 61, 0.762),
    "according|named": (46, 56, 0.81),
    "according|named|-|long|-": (38, 47, 0.796),
    "according|named|sentence": (46, 56, 0.81),
    "according|named|sentence|-|long|-": (38, 47, 0.796),
    "according|unnamed": (47, 61, 0.762),
    "according|unnamed|-|long|-": (47, 61, 0.762),
    "according|unnamed|sentence": (47, 61, 0.762),
    "according|unnamed|sentence|-|long|-": (47, 61, 0.762),
    "clear|long|-": (313, 336, 0.929),
    "clear|long|gendered": (1166, 1190, 0.979),
    "clear|short|-": (54, 61, 0.873),
    "clear|short|gendered": (145, 159, 0.907),
    "continuation|descriptor": (24, 27, 0.862),
    "continuation|direct|named|paragraph": (121, 123, 0.976),
    "continuation|direct|named|paragraph|-|long|-": (35, 37, 0.923),
    "continuation|direct|named|paragraph|-|long|gendered": (78, 78, 0.988),
    "continuation|direct|pronoun|far": (207, 214, 0.963),
    "continuation|direct|pronoun|far|clear|long|-": (21, 22, 0.917),
    "continuation|direct|pronoun|far|clear|long|gendered": (143, 144, 0.986),
    "continuation|direct|pronoun|far|rival|long|gendered": (23, 27, 0.828),
    "continuation|direct|pronoun|paragraph": (18, 20, 0.864),
    "continuation|direct|surname|far": (188, 195, 0.959),
    "continuation|direct|surname|far|clear|long|-": (25, 26, 0.929),
    "continuation|direct|surname|far|clear|long|gendered": (108, 109, 0.982),
    "continuation|direct|surname|far|rival|long|gendered": (30, 30, 0.969),
    "continuation|named": (137, 142, 0.958),
    "continuation|named|-|long|-": (41, 45, 0.894),
    "continuation|named|-|long|gendered": (87, 87, 0.989),
    "continuation|named|paragraph": (121, 123, 0.976),
    "continuation|named|paragraph|-|long|-": (35, 37, 0.923),
    "continuation|named|paragraph|-|long|gendered": (78, 78, 0.988),
    "continuation|pronoun": (225, 234, 0.958),
    "continuation|pronoun|clear|long|-": (26, 27, 0.931),
    "continuation|pronoun|clear|long|gendered": (149, 150, 0.987),
    "continuation|pronoun|far": (207, 214, 0.963),
    "continuation|pronoun|far|clear|long|-": (21, 22, 0.917),
    "continuation|pronoun|far|clear|long|gendered": (143, 144, 0.986),
    "continuation|pronoun|far|rival|long|gendered": (23, 27, 0.828),
    "continuation|pronoun|paragraph": (18, 20, 0.864),
    "continuation|pronoun|rival|long|gendered": (25, 29, 0.839),
    "continuation|surname": (189, 196, 0.96),
    "continuation|surname|clear|long|-": (25, 26, 0.929),
    "continuation|surname|clear|long|gendered": (108, 109, 0.982),
    "continuation|surname|far": (188, 195, 0.959),
    "continuation|surname|far|clear|long|-": (25, 26, 0.929),
    "continuation|surname|far|clear|long|gendered": (108, 109, 0.982),
    "continuation|surname|far|rival|long|gendered": (30, 30, 0.969),
    "continuation|surname|rival|long|gendered": (30, 30, 0.969),
    "descriptor": (267, 299, 0.89),
    "descriptor|-|long|-": (65, 74, 0.868),
    "descriptor|clear|long|-": (21, 26, 0.786),
    "descriptor|clear|long|gendered": (61, 62, 0.969),
    "descriptor|far": (186, 204, 0.908),
    "descriptor|far|clear|long|-": (20, 25, 0.778),
    "descriptor|far|clear|long|gendered": (59, 60, 0.968),
    "descriptor|far|rival|long|gendered": (59, 62, 0.938),
    "descriptor|rival|long|gendered": (59, 62, 0.938),
    "descriptor|sentence": (70, 84, 0.826),
    "descriptor|sentence|-|long|-": (59, 68, 0.857),
    "leading|descriptor": (35, 40, 0.857),
    "leading|descriptor|far": (27, 28, 0.933),
    "leading|direct|named|sentence": (37, 40, 0.905),
    "leading|direct|named|sentence|-|long|gendered": (23, 23, 0.96),
    "leading|direct|pronoun|far": (28, 29, 0.935),
    "leading|direct|surname|far": (33, 33, 0.971),
    "leading|named": (360, 375, 0.958),
    "leading|named|-|long|-": (68, 74, 0.908),
    "leading|named|-|long|gendered": (115, 117, 0.975),
    "leading|named|-|short|-": (82, 85, 0.954),
    "leading|named|-|short|gendered": (92, 95, 0.959),
    "leading|named|sentence": (359, 374, 0.957),
    "leading|named|sentence|-|long|-": (68, 74, 0.908),
    "leading|named|sentence|-|long|gendered": (114, 116, 0.975),
    "leading|named|sentence|-|short|-": (82, 85, 0.954),
    "leading|named|sentence|-|short|gendered": (92, 95, 0.959),
    "leading|partial|named|sentence": (322, 334, 0.961),
    "leading|partial|named|sentence|-|long|-": (56, 61, 0.905),
    "leading|partial|named|sentence|-|long|gendered": (91, 93, 0.968),
    "leading|partial|named|sentence|-|short|-": (80, 82, 0.964),
    "leading|partial|named|sentence|-|short|gendered": (92, 94, 0.969),
    "leading|partial|pronoun|far": (33, 41, 0.791),
    "leading|partial|pronoun|far|clear|short|gendered": (20, 22, 0.875),
    "leading|partial|pronoun|paragraph": (34, 34, 0.972),
    "leading|partial|surname|far": (84, 88, 0.944),
    "leading|partial|surname|far|rival|short|gendered": (23, 24, 0.923),
    "leading|partial|unnamed|sentence": (49, 80, 0.61),
    "leading|partial|unnamed|sentence|-|long|-": (22, 32, 0.676),
    "leading|partial|unnamed|sentence|-|short|-": (27, 48, 0.56),
    "leading|pronoun": (125, 138, 0.9),
    "leading|pronoun|clear|long|gendered": (41, 41, 0.977),
    "leading|pronoun|clear|short|gendered": (36, 39, 0.902),
    "leading|pronoun|far": (61, 70, 0.861),
    "leading|pronoun|far|clear|short|gendered": (21, 23, 0.88),
    "leading|pronoun|paragraph": (50, 50, 0.981),
    "leading|pronoun|paragraph|clear|long|gendered": (21, 21, 0.957),
    "leading|surname": (125, 129, 0.962),
    "leading|surname|clear|long|gendered": (23, 24, 0.923),
    "leading|surname|clear|short|gendered": (23, 23, 0.96),
    "leading|surname|far": (117, 121, 0.959),
    "leading|surname|far|clear|long|gendered": (20, 21, 0.913),
    "leading|surname|far|rival|long|gendered": (26, 26, 0.964),
    "leading|surname|far|rival|short|gendered": (23, 24, 0.923),
    "leading|surname|rival|long|gendered": (26, 26, 0.964),
    "leading|surname|rival|short|gendered": (23, 24, 0.923),
    "leading|unnamed": (62, 97, 0.636),
    "leading|unnamed|-|long|-": (35, 49, 0.706),
    "leading|unnamed|-|short|-": (27, 48, 0.56),
    "leading|unnamed|sentence": (62, 97, 0.636),
    "leading|unnamed|sentence|-|long|-": (35, 49, 0.706),
    "leading|unnamed|sentence|-|short|-": (27, 48, 0.56),
    "named": (1779, 1999, 0.89),
    "named|-|long|-": (631, 760, 0.829),
    "named|-|long|gendered": (812, 839, 0.967),
    "named|-|short|-": (156, 200, 0.777),
    "named|-|short|gendered": (157, 174, 0.898),
    "named|far": (16, 21, 0.739),
    "named|paragraph": (121, 123, 0.976),
    "named|paragraph|-|long|-": (35, 37, 0.923),
    "named|paragraph|-|long|gendered": (78, 78, 0.988),
    "named|sentence": (1642, 1855, 0.885),
    "named|sentence|-|long|-": (589, 713, 0.825),
    "named|sentence|-|long|gendered": (726, 753, 0.963),
    "named|sentence|-|short|-": (152, 195, 0.777),
    "named|sentence|-|short|gendered": (154, 170, 0.901),
    "pronoun": (1135, 1222, 0.928),
    "pronoun|-|long|-": (27, 35, 0.757),
    "pronoun|clear|long|-": (150, 166, 0.899),
    "pronoun|clear|long|gendered": (683, 698, 0.977),
    "pronoun|clear|short|-": (28, 31, 0.879),
    "pronoun|clear|short|gendered": (81, 93, 0.863),
    "pronoun|far": (807, 865, 0.932),
    "pronoun|far|clear|long|-": (99, 111, 0.885),
    "pronoun|far|clear|long|gendered": (518, 529, 0.977),
    "pronoun|far|clear|short|gendered": (51, 55, 0.912),
    "pronoun|far|rival|long|gendered": (105, 130, 0.803),
    "pronoun|paragraph": (273, 289, 0.942),
    "pronoun|paragraph|clear|long|-": (48, 52, 0.907),
    "pronoun|paragraph|clear|long|gendered": (155, 159, 0.969),
    "pronoun|paragraph|clear|short|gendered": (24, 29, 0.806),
    "pronoun|paragraph|rival|long|gendered": (21, 21, 0.957),
    "pronoun|rival|long|gendered": (126, 151, 0.83),
    "pronoun|rival|short|gendered": (20, 26, 0.75),
    "pronoun|sentence": (55, 68, 0.8),
    "pronoun|sentence|-|long|-": (26, 34, 0.75),
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
    "reported|indirect|named|sentence": (902, 1068, 0.844),
    "reported|indirect|named|sentence|-|long|-": (406, 502, 0.808),
    "reported|indirect|named|sentence|-|long|gendered": (447, 471, 0.947),
    "reported|indirect|named|sentence|-|short|-": (19, 51, 0.377),
    "reported|indirect|named|sentence|-|short|gendered": (16, 28, 0.567),
    "reported|indirect|pronoun|far": (162, 181, 0.891),
    "reported|indirect|pronoun|far|clear|long|-": (27, 33, 0.8),
    "reported|indirect|pronoun|far|clear|long|gendered": (107, 111, 0.956),
    "reported|indirect|pronoun|far|rival|long|gendered": (21, 26, 0.786),
    "reported|indirect|pronoun|paragraph": (128, 139, 0.915),
    "reported|indirect|pronoun|paragraph|clear|long|-": (24, 27, 0.862),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (79, 82, 0.952),
    "reported|indirect|pronoun|sentence": (32, 41, 0.767),
    "reported|indirect|pronoun|sentence|-|long|-": (22, 28, 0.767),
    "reported|indirect|surname|far": (291, 319, 0.91),
    "reported|indirect|surname|far|clear|long|-": (31, 32, 0.941),
    "reported|indirect|surname|far|clear|long|gendered": (91, 97, 0.929),
    "reported|indirect|surname|far|rival|long|-": (39, 42, 0.909),
    "reported|indirect|surname|far|rival|long|gendered": (117, 121, 0.959),
    "reported|indirect|unnamed|sentence": (371, 591, 0.627),
    "reported|indirect|unnamed|sentence|-|long|-": (350, 514, 0.68),
    "reported|indirect|unnamed|sentence|-|short|-": (21, 77, 0.278),
    "reported|named": (902, 1068, 0.844),
    "reported|named|-|long|-": (406, 502, 0.808),
    "reported|named|-|long|gendered": (447, 471, 0.947),
    "reported|named|-|short|-": (19, 51, 0.377),
    "reported|named|-|short|gendered": (16, 28, 0.567),
    "reported|named|sentence": (902, 1068, 0.844),
    "reported|named|sentence|-|long|-": (406, 502, 0.808),
    "reported|named|sentence|-|long|gendered": (447, 471, 0.947),
    "reported|named|sentence|-|short|-": (19, 51, 0.377),
    "reported|named|sentence|-|short|gendered": (16, 28, 0.567),
    "reported|pronoun": (322, 361, 0.89),
    "reported|pronoun|-|long|-": (22, 28, 0.767),
    "reported|pronoun|clear|long|-": (53, 62, 0.844),
    "reported|pronoun|clear|long|gendered": (193, 200, 0.96),
    "reported|pronoun|far": (162, 181, 0.891),
    "reported|pronoun|far|clear|long|-": (27, 33, 0.8),
    "reported|pronoun|far|clear|long|gendered": (107, 111, 0.956),
    "reported|pronoun|far|rival|long|gendered": (21, 26, 0.786),
    "reported|pronoun|paragraph": (128, 139, 0.915),
    "reported|pronoun|paragraph|clear|long|-": (24, 27, 0.862),
    "reported|pronoun|paragraph|clear|long|gendered": (79, 82, 0.952),
    "reported|pronoun|rival|long|gendered": (34, 39, 0.854),
    "reported|pronoun|sentence": (32, 41, 0.767),
    "reported|pronoun|sentence|-|long|-": (22, 28, 0.767),
    "reported|surname": (305, 333, 0.913),
    "reported|surname|clear|long|-": (33, 34, 0.944),
    "reported|surname|clear|long|gendered": (100, 106, 0.935),
    "reported|surname|far": (291, 319, 0.91),
    "reported|surname|far|clear|long|-": (31, 32, 0.941),
    "reported|surname|far|clear|long|gendered": (91, 97, 0.929),
    "reported|surname|far|rival|long|-": (39, 42, 0.909),
    "reported|surname|far|rival|long|gendered": (117, 121, 0.959),
    "reported|surname|rival|long|-": (39, 42, 0.909),
    "reported|surname|rival|long|gendered": (119, 123, 0.96),
    "reported|unnamed": (371, 591, 0.627),
    "reported|unnamed|-|long|-": (350, 514, 0.68),
    "reported|unnamed|-|short|-": (21, 77, 0.278),
    "reported|unnamed|sentence": (371, 591, 0.627),
    "reported|unnamed|sentence|-|long|-": (350, 514, 0.68),
    "reported|unnamed|sentence|-|short|-": (21, 77, 0.278),
    "rival|long|-": (115, 134, 0.853),
    "rival|long|gendered": (429, 461, 0.929),
    "rival|short|-": (22, 24, 0.885),
    "rival|short|gendered": (76, 92, 0.819),
    "sentence|descriptor": (19, 21, 0.87),
    "sentence|named": (147, 159, 0.919),
    "sentence|named|-|long|-": (18, 21, 0.826),
    "sentence|named|-|long|gendered": (36, 36, 0.974),
    "sentence|named|-|short|-": (49, 57, 0.847),
    "sentence|named|-|short|gendered": (43, 44, 0.957),
    "sentence|named|sentence": (147, 159, 0.919),
    "sentence|named|sentence|-|long|-": (18, 21, 0.826),
    "sentence|named|sentence|-|long|gendered": (36, 36, 0.974),
    "sentence|named|sentence|-|short|-": (49, 57, 0.847),
    "sentence|named|sentence|-|short|gendered": (43, 44, 0.957),
    "sentence|partial|named|sentence": (143, 155, 0.917),
    "sentence|partial|named|sentence|-|long|gendered": (34, 34, 0.972),
    "sentence|partial|named|sentence|-|short|-": (49, 57, 0.847),
    "sentence|partial|named|sentence|-|short|gendered": (43, 44, 0.957),
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
    "surname": (1014, 1057, 0.958),
    "surname|clear|long|-": (139, 141, 0.979),
    "surname|clear|long|gendered": (418, 426, 0.979),
    "surname|clear|short|-": (18, 21, 0.826),
    "surname|clear|short|gendered": (55, 57, 0.949),
    "surname|far": (982, 1025, 0.957),
    "surname|far|clear|long|-": (135, 137, 0.978),
    "surname|far|clear|long|gendered": (402, 410, 0.978),
    "surname|far|clear|short|-": (18, 21, 0.826),
    "surname|far|clear|short|gendered": (46, 48, 0.94),
    "surname|far|rival|long|-": (87, 98, 0.88),
    "surname|far|rival|long|gendered": (238, 242, 0.98),
    "surname|far|rival|short|gendered": (40, 48, 0.82),
    "surname|paragraph": (32, 32, 0.971),
    "surname|rival|long|-": (88, 99, 0.881),
    "surname|rival|long|gendered": (240, 244, 0.98),
    "surname|rival|short|gendered": (40, 48, 0.82),
    "trailing|descriptor": (53, 56, 0.931),
    "trailing|descriptor|far": (43, 45, 0.936),
    "trailing|direct|descriptor|far": (43, 45, 0.936),
    "trailing|direct|named|sentence": (182, 187, 0.968),
    "trailing|direct|named|sentence|-|long|-": (58, 63, 0.908),
    "trailing|direct|named|sentence|-|long|gendered": (118, 118, 0.992),
    "trailing|direct|pronoun|far": (363, 385, 0.941),
    "trailing|direct|pronoun|far|clear|long|-": (41, 44, 0.913),
    "trailing|direct|pronoun|far|clear|long|gendered": (247, 253, 0.973),
    "trailing|direct|pronoun|far|rival|long|gendered": (56, 68, 0.814),
    "trailing|direct|pronoun|paragraph": (64, 67, 0.942),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (42, 43, 0.956),
    "trailing|direct|surname|far": (327, 330, 0.988),
    "trailing|direct|surname|far|clear|long|-": (70, 70, 0.986),
    "trailing|direct|surname|far|clear|long|gendered": (166, 166, 0.994),
    "trailing|direct|surname|far|rival|long|-": (20, 23, 0.84),
    "trailing|direct|surname|far|rival|long|gendered": (59, 59, 0.984),
    "trailing|direct|unnamed|sentence": (27, 54, 0.5),
    "trailing|direct|unnamed|sentence|-|long|-": (23, 50, 0.462),
    "trailing|named": (182, 187, 0.968),
    "trailing|named|-|long|-": (58, 63, 0.908),
    "trailing|named|-|long|gendered": (118, 118, 0.992),
    "trailing|named|sentence": (182, 187, 0.968),
    "trailing|named|sentence|-|long|-": (58, 63, 0.908),
    "trailing|named|sentence|-|long|gendered": (118, 118, 0.992),
    "trailing|pronoun": (430, 455, 0.943),
    "trailing|pronoun|clear|long|-": (52, 56, 0.914),
    "trailing|pronoun|clear|long|gendered": (290, 297, 0.973),
    "trailing|pronoun|far": (363, 385, 0.941),
    "trailing|pronoun|far|clear|long|-": (41, 44, 0.913),
    "trailing|pronoun|far|clear|long|gendered": (247, 253, 0.973),
    "trailing|pronoun|far|rival|long|gendered": (56, 68, 0.814),
    "trailing|pronoun|paragraph": (64, 67, 0.942),
    "trailing|pronoun|paragraph|clear|long|gendered": (42, 43, 0.956),
    "trailing|pronoun|rival|long|gendered": (60, 72, 0.824),
    "trailing|surname": (334, 337, 0.988),
    "trailing|surname|clear|long|-": (72, 72, 0.986),
    "trailing|surname|clear|long|gendered": (169, 169, 0.994),
    "trailing|surname|far": (327, 330, 0.988),
    "trailing|surname|far|clear|long|-": (70, 70, 0.986),
    "trailing|surname|far|clear|long|gendered": (166, 166, 0.994),
    "trailing|surname|far|rival|long|-": (20, 23, 0.84),
    "trailing|surname|far|rival|long|gendered": (59, 59, 0.984),
    "trailing|surname|rival|long|-": (21, 24, 0.846),
    "trailing|surname|rival|long|gendered": (59, 59, 0.984),
    "trailing|unnamed": (27, 54, 0.5),
    "trailing|unnamed|-|long|-": (23, 50, 0.462),
    "trailing|unnamed|sentence": (27, 54, 0.5),
    "trailing|unnamed|sentence|-|long|-": (23, 50, 0.462),
    "unnamed": (540, 862, 0.626),
    "unnamed|-|long|-": (469, 701, 0.669),
    "unnamed|-|short|-": (71, 161, 0.442),
    "unnamed|sentence": (530, 845, 0.627),
    "unnamed|sentence|-|long|-": (461, 688, 0.67),
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
