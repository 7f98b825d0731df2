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
    "": (6116, 7050, 0.867),
    "-|long|-": (1537, 2022, 0.76),
    "-|long|gendered": (1079, 1124, 0.959),
    "-|short|-": (294, 497, 0.591),
    "-|short|gendered": (204, 229, 0.887),
    "according|indirect|named|sentence": (56, 67, 0.826),
    "according|indirect|named|sentence|-|long|-": (46, 56, 0.81),
    "according|indirect|unnamed|sentence": (57, 75, 0.753),
    "according|indirect|unnamed|sentence|-|long|-": (57, 75, 0.753),
    "according|named": (56, 67, 0.826),
    "according|named|-|long|-": (46, 56, 0.81),
    "according|named|sentence": (56, 67, 0.826),
    "according|named|sentence|-|long|-": (46, 56, 0.81),
    "according|unnamed": (57, 75, 0.753),
    "according|unnamed|-|long|-": (57, 75, 0.753),
    "according|unnamed|sentence": (57, 75, 0.753),
    "according|unnamed|sentence|-|long|-": (57, 75, 0.753),
    "clear|long|-": (414, 447, 0.924),
    "clear|long|gendered": (1503, 1537, 0.977),
    "clear|short|-": (60, 70, 0.847),
    "clear|short|gendered": (179, 195, 0.914),
    "continuation|descriptor": (27, 32, 0.824),
    "continuation|descriptor|far": (18, 23, 0.76),
    "continuation|direct|descriptor|far": (18, 23, 0.76),
    "continuation|direct|named|paragraph": (134, 136, 0.978),
    "continuation|direct|named|paragraph|-|long|-": (38, 40, 0.929),
    "continuation|direct|named|paragraph|-|long|gendered": (88, 88, 0.989),
    "continuation|direct|pronoun|far": (237, 245, 0.964),
    "continuation|direct|pronoun|far|clear|long|-": (24, 26, 0.893),
    "continuation|direct|pronoun|far|clear|long|gendered": (162, 163, 0.988),
    "continuation|direct|pronoun|far|rival|long|gendered": (28, 32, 0.853),
    "continuation|direct|pronoun|paragraph": (25, 27, 0.897),
    "continuation|direct|surname|far": (224, 232, 0.962),
    "continuation|direct|surname|far|clear|long|-": (32, 34, 0.917),
    "continuation|direct|surname|far|clear|long|gendered": (125, 126, 0.984),
    "continuation|direct|surname|far|rival|long|gendered": (35, 35, 0.973),
    "continuation|named": (150, 155, 0.962),
    "continuation|named|-|long|-": (44, 48, 0.9),
    "continuation|named|-|long|gendered": (97, 97, 0.99),
    "continuation|named|paragraph": (134, 136, 0.978),
    "continuation|named|paragraph|-|long|-": (38, 40, 0.929),
    "continuation|named|paragraph|-|long|gendered": (88, 88, 0.989),
    "continuation|pronoun": (262, 272, 0.96),
    "continuation|pronoun|clear|long|-": (30, 32, 0.912),
    "continuation|pronoun|clear|long|gendered": (171, 172, 0.989),
    "continuation|pronoun|clear|short|gendered": (21, 24, 0.846),
    "continuation|pronoun|far": (237, 245, 0.964),
    "continuation|pronoun|far|clear|long|-": (24, 26, 0.893),
    "continuation|pronoun|far|clear|long|gendered": (162, 163, 0.988),
    "continuation|pronoun|far|rival|long|gendered": (28, 32, 0.853),
    "continuation|pronoun|paragraph": (25, 27, 0.897),
    "continuation|pronoun|rival|long|gendered": (30, 34, 0.861),
    "continuation|surname": (225, 233, 0.962),
    "continuation|surname|clear|long|-": (32, 34, 0.917),
    "continuation|surname|clear|long|gendered": (125, 126, 0.984),
    "continuation|surname|far": (224, 232, 0.962),
    "continuation|surname|far|clear|long|-": (32, 34, 0.917),
    "continuation|surname|far|clear|long|gendered": (125, 126, 0.984),
    "continuation|surname|far|rival|long|gendered": (35, 35, 0.973),
    "continuation|surname|rival|long|gendered": (35, 35, 0.973),
    "descriptor": (312, 350, 0.889),
    "descriptor|-|long|-": (86, 97, 0.879),
    "descriptor|-|short|-": (17, 23, 0.72),
    "descriptor|clear|long|-": (26, 33, 0.771),
    "descriptor|clear|long|gendered": (67, 68, 0.971),
    "descriptor|far": (204, 225, 0.903),
    "descriptor|far|clear|long|-": (24, 31, 0.758),
    "descriptor|far|clear|long|gendered": (65, 66, 0.971),
    "descriptor|far|rival|long|gendered": (63, 66, 0.941),
    "descriptor|rival|long|gendered": (64, 67, 0.942),
    "descriptor|sentence": (94, 111, 0.841),
    "descriptor|sentence|-|long|-": (79, 90, 0.87),
    "descriptor|sentence|-|short|-": (15, 20, 0.727),
    "leading|descriptor": (40, 46, 0.854),
    "leading|descriptor|far": (28, 29, 0.935),
    "leading|direct|named|sentence": (38, 42, 0.886),
    "leading|direct|named|sentence|-|long|gendered": (23, 23, 0.96),
    "leading|direct|pronoun|far": (38, 39, 0.951),
    "leading|direct|pronoun|far|clear|long|gendered": (23, 23, 0.96),
    "leading|direct|surname|far": (36, 36, 0.974),
    "leading|named": (454, 476, 0.952),
    "leading|named|-|long|-": (89, 98, 0.9),
    "leading|named|-|long|gendered": (142, 145, 0.973),
    "leading|named|-|short|-": (101, 106, 0.944),
    "leading|named|-|short|gendered": (118, 121, 0.967),
    "leading|named|sentence": (452, 474, 0.952),
    "leading|named|sentence|-|long|-": (88, 97, 0.899),
    "leading|named|sentence|-|long|gendered": (141, 144, 0.973),
    "leading|named|sentence|-|short|-": (101, 106, 0.944),
    "leading|named|sentence|-|short|gendered": (118, 121, 0.967),
    "leading|partial|named|sentence": (414, 432, 0.956),
    "leading|partial|named|sentence|-|long|-": (76, 84, 0.895),
    "leading|partial|named|sentence|-|long|gendered": (118, 121, 0.967),
    "leading|partial|named|sentence|-|short|-": (99, 103, 0.952),
    "leading|partial|named|sentence|-|short|gendered": (118, 120, 0.975),
    "leading|partial|pronoun|far": (40, 49, 0.804),
    "leading|partial|pronoun|far|clear|short|gendered": (23, 25, 0.889),
    "leading|partial|pronoun|paragraph": (42, 42, 0.977),
    "leading|partial|pronoun|sentence": (16, 21, 0.739),
    "leading|partial|surname|far": (105, 110, 0.946),
    "leading|partial|surname|far|rival|long|gendered": (24, 24, 0.962),
    "leading|partial|surname|far|rival|short|gendered": (31, 33, 0.914),
    "leading|partial|unnamed|sentence": (60, 95, 0.629),
    "leading|partial|unnamed|sentence|-|long|-": (29, 42, 0.682),
    "leading|partial|unnamed|sentence|-|short|-": (31, 53, 0.582),
    "leading|pronoun": (155, 170, 0.907),
    "leading|pronoun|clear|long|gendered": (57, 57, 0.983),
    "leading|pronoun|clear|short|gendered": (42, 45, 0.915),
    "leading|pronoun|far": (78, 88, 0.878),
    "leading|pronoun|far|clear|long|gendered": (29, 29, 0.968),
    "leading|pronoun|far|clear|short|gendered": (24, 26, 0.893),
    "leading|pronoun|paragraph": (59, 59, 0.984),
    "leading|pronoun|paragraph|clear|long|gendered": (24, 24, 0.962),
    "leading|pronoun|sentence": (18, 23, 0.76),
    "leading|surname": (149, 154, 0.962),
    "leading|surname|clear|long|gendered": (27, 28, 0.933),
    "leading|surname|clear|short|gendered": (23, 23, 0.96),
    "leading|surname|far": (141, 146, 0.959),
    "leading|surname|far|clear|long|gendered": (24, 25, 0.926),
    "leading|surname|far|rival|long|gendered": (34, 34, 0.972),
    "leading|surname|far|rival|short|gendered": (32, 34, 0.917),
    "leading|surname|rival|long|gendered": (34, 34, 0.972),
    "leading|surname|rival|short|gendered": (32, 34, 0.917),
    "leading|unnamed": (75, 114, 0.655),
    "leading|unnamed|-|long|-": (44, 61, 0.714),
    "leading|unnamed|-|short|-": (31, 53, 0.582),
    "leading|unnamed|sentence": (75, 114, 0.655),
    "leading|unnamed|sentence|-|long|-": (44, 61, 0.714),
    "leading|unnamed|sentence|-|short|-": (31, 53, 0.582),
    "named": (2327, 2629, 0.885),
    "named|-|long|-": (842, 1011, 0.832),
    "named|-|long|gendered": (1071, 1112, 0.962),
    "named|-|short|-": (188, 254, 0.738),
    "named|-|short|gendered": (201, 223, 0.898),
    "named|far": (16, 23, 0.68),
    "named|paragraph": (134, 137, 0.971),
    "named|paragraph|-|long|-": (38, 40, 0.929),
    "named|paragraph|-|long|gendered": (88, 89, 0.978),
    "named|sentence": (2177, 2469, 0.881),
    "named|sentence|-|long|-": (798, 960, 0.831),
    "named|sentence|-|long|gendered": (974, 1014, 0.96),
    "named|sentence|-|short|-": (184, 249, 0.737),
    "named|sentence|-|short|gendered": (198, 219, 0.9),
    "pronoun": (1488, 1592, 0.934),
    "pronoun|-|long|-": (30, 40, 0.738),
    "pronoun|clear|long|-": (197, 216, 0.908),
    "pronoun|clear|long|gendered": (904, 925, 0.976),
    "pronoun|clear|short|-": (33, 38, 0.85),
    "pronoun|clear|short|gendered": (106, 118, 0.892),
    "pronoun|far": (1037, 1106, 0.937),
    "pronoun|far|clear|long|-": (129, 142, 0.903),
    "pronoun|far|clear|long|gendered": (667, 683, 0.975),
    "pronoun|far|clear|short|gendered": (64, 68, 0.929),
    "pronoun|far|rival|long|gendered": (136, 164, 0.825),
    "pronoun|paragraph": (388, 407, 0.951),
    "pronoun|paragraph|clear|long|-": (65, 71, 0.904),
    "pronoun|paragraph|clear|long|gendered": (225, 230, 0.974),
    "pronoun|paragraph|clear|short|gendered": (36, 41, 0.86),
    "pronoun|paragraph|rival|long|gendered": (33, 33, 0.971),
    "pronoun|rival|long|gendered": (169, 198, 0.85),
    "pronoun|rival|short|gendered": (24, 30, 0.781),
    "pronoun|sentence": (63, 79, 0.79),
    "pronoun|sentence|-|long|-": (29, 38, 0.75),
    "reported|descriptor": (148, 169, 0.871),
    "reported|descriptor|-|long|-": (50, 59, 0.836),
    "reported|descriptor|clear|long|gendered": (30, 31, 0.939),
    "reported|descriptor|far": (95, 107, 0.881),
    "reported|descriptor|far|clear|long|gendered": (30, 31, 0.939),
    "reported|descriptor|far|rival|long|gendered": (38, 41, 0.907),
    "reported|descriptor|rival|long|gendered": (39, 42, 0.909),
    "reported|descriptor|sentence": (52, 61, 0.841),
    "reported|descriptor|sentence|-|long|-": (49, 58, 0.833),
    "reported|indirect|descriptor|far": (95, 107, 0.881),
    "reported|indirect|descriptor|far|clear|long|gendered": (30, 31, 0.939),
    "reported|indirect|descriptor|far|rival|long|gendered": (38, 41, 0.907),
    "reported|indirect|descriptor|sentence": (52, 61, 0.841),
    "reported|indirect|descriptor|sentence|-|long|-": (49, 58, 0.833),
    "reported|indirect|named|sentence": (1251, 1477, 0.847),
    "reported|indirect|named|sentence|-|long|-": (569, 692, 0.821),
    "reported|indirect|named|sentence|-|long|gendered": (624, 659, 0.946),
    "reported|indirect|named|sentence|-|short|-": (23, 72, 0.324),
    "reported|indirect|named|sentence|-|short|gendered": (21, 38, 0.55),
    "reported|indirect|pronoun|far": (209, 231, 0.901),
    "reported|indirect|pronoun|far|clear|long|-": (39, 45, 0.851),
    "reported|indirect|pronoun|far|clear|long|gendered": (135, 141, 0.951),
    "reported|indirect|pronoun|far|rival|long|gendered": (27, 32, 0.824),
    "reported|indirect|pronoun|paragraph": (169, 181, 0.929),
    "reported|indirect|pronoun|paragraph|clear|long|-": (30, 33, 0.886),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (109, 113, 0.957),
    "reported|indirect|pronoun|sentence": (35, 46, 0.75),
    "reported|indirect|pronoun|sentence|-|long|-": (24, 31, 0.758),
    "reported|indirect|surname|far": (406, 452, 0.896),
    "reported|indirect|surname|far|clear|long|-": (40, 43, 0.911),
    "reported|indirect|surname|far|clear|long|gendered": (117, 126, 0.922),
    "reported|indirect|surname|far|rival|long|-": (54, 58, 0.917),
    "reported|indirect|surname|far|rival|long|gendered": (177, 184, 0.957),
    "reported|indirect|surname|paragraph": (23, 24, 0.923),
    "reported|indirect|unnamed|sentence": (457, 754, 0.606),
    "reported|indirect|unnamed|sentence|-|long|-": (433, 639, 0.677),
    "reported|indirect|unnamed|sentence|-|short|-": (24, 115, 0.214),
    "reported|named": (1251, 1477, 0.847),
    "reported|named|-|long|-": (569, 692, 0.821),
    "reported|named|-|long|gendered": (624, 659, 0.946),
    "reported|named|-|short|-": (23, 72, 0.324),
    "reported|named|-|short|gendered": (21, 38, 0.55),
    "reported|named|sentence": (1251, 1477, 0.847),
    "reported|named|sentence|-|long|-": (569, 692, 0.821),
    "reported|named|sentence|-|long|gendered": (624, 659, 0.946),
    "reported|named|sentence|-|short|-": (23, 72, 0.324),
    "reported|named|sentence|-|short|gendered": (21, 38, 0.55),
    "reported|pronoun": (413, 458, 0.9),
    "reported|pronoun|-|long|-": (24, 31, 0.758),
    "reported|pronoun|clear|long|-": (71, 80, 0.878),
    "reported|pronoun|clear|long|gendered": (251, 261, 0.958),
    "reported|pronoun|far": (209, 231, 0.901),
    "reported|pronoun|far|clear|long|-": (39, 45, 0.851),
    "reported|pronoun|far|clear|long|gendered": (135, 141, 0.951),
    "reported|pronoun|far|rival|long|gendered": (27, 32, 0.824),
    "reported|pronoun|paragraph": (169, 181, 0.929),
    "reported|pronoun|paragraph|clear|long|-": (30, 33, 0.886),
    "reported|pronoun|paragraph|clear|long|gendered": (109, 113, 0.957),
    "reported|pronoun|rival|long|gendered": (43, 48, 0.88),
    "reported|pronoun|sentence": (35, 46, 0.75),
    "reported|pronoun|sentence|-|long|-": (24, 31, 0.758),
    "reported|surname": (429, 477, 0.898),
    "reported|surname|clear|long|-": (44, 47, 0.918),
    "reported|surname|clear|long|gendered": (130, 140, 0.923),
    "reported|surname|far": (406, 452, 0.896),
    "reported|surname|far|clear|long|-": (40, 43, 0.911),
    "reported|surname|far|clear|long|gendered": (117, 126, 0.922),
    "reported|surname|far|rival|long|-": (54, 58, 0.917),
    "reported|surname|far|rival|long|gendered": (177, 184, 0.957),
    "reported|surname|paragraph": (23, 24, 0.923),
    "reported|surname|rival|long|-": (56, 60, 0.919),
    "reported|surname|rival|long|gendered": (180, 187, 0.958),
    "reported|unnamed": (457, 754, 0.606),
    "reported|unnamed|-|long|-": (433, 639, 0.677),
    "reported|unnamed|-|short|-": (24, 115, 0.214),
    "reported|unnamed|sentence": (457, 754, 0.606),
    "reported|unnamed|sentence|-|long|-": (433, 639, 0.677),
    "reported|unnamed|sentence|-|short|-": (24, 115, 0.214),
    "rival|long|-": (146, 166, 0.875),
    "rival|long|gendered": (578, 617, 0.935),
    "rival|short|-": (28, 33, 0.829),
    "rival|short|gendered": (94, 113, 0.826),
    "sentence|descriptor": (20, 22, 0.875),
    "sentence|named": (197, 212, 0.925),
    "sentence|named|-|long|-": (28, 31, 0.879),
    "sentence|named|-|long|gendered": (55, 55, 0.982),
    "sentence|named|-|short|-": (58, 69, 0.831),
    "sentence|named|-|short|gendered": (55, 56, 0.966),
    "sentence|named|sentence": (197, 212, 0.925),
    "sentence|named|sentence|-|long|-": (28, 31, 0.879),
    "sentence|named|sentence|-|long|gendered": (55, 55, 0.982),
    "sentence|named|sentence|-|short|-": (58, 69, 0.831),
    "sentence|named|sentence|-|short|gendered": (55, 56, 0.966),
    "sentence|partial|named|sentence": (193, 208, 0.924),
    "sentence|partial|named|sentence|-|long|-": (26, 29, 0.871),
    "sentence|partial|named|sentence|-|long|gendered": (53, 53, 0.982),
    "sentence|partial|named|sentence|-|short|-": (58, 69, 0.831),
    "sentence|partial|named|sentence|-|short|gendered": (55, 56, 0.966),
    "sentence|partial|pronoun|far": (19, 20, 0.909),
    "sentence|partial|pronoun|paragraph": (23, 24, 0.923),
    "sentence|partial|surname|far": (59, 60, 0.968),
    "sentence|partial|unnamed|sentence": (25, 44, 0.565),
    "sentence|partial|unnamed|sentence|-|short|-": (20, 33, 0.6),
    "sentence|pronoun": (48, 50, 0.942),
    "sentence|pronoun|far": (19, 20, 0.909),
    "sentence|pronoun|paragraph": (23, 24, 0.923),
    "sentence|surname": (64, 65, 0.97),
    "sentence|surname|far": (60, 61, 0.968),
    "sentence|unnamed": (27, 51, 0.528),
    "sentence|unnamed|-|short|-": (20, 34, 0.583),
    "sentence|unnamed|sentence": (27, 51, 0.528),
    "sentence|unnamed|sentence|-|short|-": (20, 34, 0.583),
    "surname": (1327, 1393, 0.952),
    "surname|clear|long|-": (187, 193, 0.964),
    "surname|clear|long|gendered": (527, 539, 0.976),
    "surname|clear|short|-": (19, 23, 0.8),
    "surname|clear|short|gendered": (64, 68, 0.929),
    "surname|far": (1279, 1343, 0.952),
    "surname|far|clear|long|-": (178, 184, 0.962),
    "surname|far|clear|long|gendered": (506, 517, 0.977),
    "surname|far|clear|short|-": (19, 22, 0.833),
    "surname|far|clear|short|gendered": (54, 58, 0.917),
    "surname|far|rival|long|-": (110, 122, 0.895),
    "surname|far|rival|long|gendered": (337, 344, 0.977),
    "surname|far|rival|short|-": (19, 24, 0.769),
    "surname|far|rival|short|gendered": (54, 65, 0.821),
    "surname|paragraph": (48, 49, 0.961),
    "surname|paragraph|clear|long|gendered": (21, 22, 0.917),
    "surname|rival|long|-": (114, 126, 0.898),
    "surname|rival|long|gendered": (341, 348, 0.977),
    "surname|rival|short|-": (19, 24, 0.769),
    "surname|rival|short|gendered": (54, 65, 0.821),
    "trailing|descriptor": (63, 67, 0.928),
    "trailing|descriptor|clear|long|gendered": (22, 22, 0.958),
    "trailing|descriptor|far": (50, 53, 0.927),
    "trailing|descriptor|far|clear|long|gendered": (21, 21, 0.957),
    "trailing|direct|descriptor|far": (50, 53, 0.927),
    "trailing|direct|descriptor|far|clear|long|gendered": (21, 21, 0.957),
    "trailing|direct|named|sentence": (213, 223, 0.951),
    "trailing|direct|named|sentence|-|long|-": (66, 75, 0.87),
    "trailing|direct|named|sentence|-|long|gendered": (140, 141, 0.986),
    "trailing|direct|pronoun|far": (494, 522, 0.945),
    "trailing|direct|pronoun|far|clear|long|-": (53, 56, 0.931),
    "trailing|direct|pronoun|far|clear|long|gendered": (337, 346, 0.971),
    "trailing|direct|pronoun|far|rival|long|gendered": (75, 89, 0.835),
    "trailing|direct|pronoun|paragraph": (112, 116, 0.958),
    "trailing|direct|pronoun|paragraph|clear|long|-": (18, 20, 0.864),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (73, 74, 0.974),
    "trailing|direct|surname|far": (430, 433, 0.991),
    "trailing|direct|surname|far|clear|long|-": (97, 97, 0.99),
    "trailing|direct|surname|far|clear|long|gendered": (221, 221, 0.996),
    "trailing|direct|surname|far|rival|long|-": (26, 29, 0.871),
    "trailing|direct|surname|far|rival|long|gendered": (72, 72, 0.986),
    "trailing|direct|unnamed|sentence": (34, 72, 0.473),
    "trailing|direct|unnamed|sentence|-|long|-": (30, 67, 0.449),
    "trailing|named": (213, 224, 0.947),
    "trailing|named|-|long|-": (66, 75, 0.87),
    "trailing|named|-|long|gendered": (140, 142, 0.979),
    "trailing|named|sentence": (213, 223, 0.951),
    "trailing|named|sentence|-|long|-": (66, 75, 0.87),
    "trailing|named|sentence|-|long|gendered": (140, 141, 0.986),
    "trailing|pronoun": (610, 642, 0.949),
    "trailing|pronoun|clear|long|-": (71, 76, 0.923),
    "trailing|pronoun|clear|long|gendered": (411, 421, 0.974),
    "trailing|pronoun|clear|short|gendered": (20, 21, 0.913),
    "trailing|pronoun|far": (494, 522, 0.945),
    "trailing|pronoun|far|clear|long|-": (53, 56, 0.931),
    "trailing|pronoun|far|clear|long|gendered": (337, 346, 0.971),
    "trailing|pronoun|far|rival|long|gendered": (75, 89, 0.835),
    "trailing|pronoun|paragraph": (112, 116, 0.958),
    "trailing|pronoun|paragraph|clear|long|-": (18, 20, 0.864),
    "trailing|pronoun|paragraph|clear|long|gendered": (73, 74, 0.974),
    "trailing|pronoun|rival|long|gendered": (85, 99, 0.851),
    "trailing|surname": (441, 444, 0.991),
    "trailing|surname|clear|long|-": (101, 101, 0.99),
    "trailing|surname|clear|long|gendered": (224, 224, 0.996),
    "trailing|surname|far": (430, 433, 0.991),
    "trailing|surname|far|clear|long|-": (97, 97, 0.99),
    "trailing|surname|far|clear|long|gendered": (221, 221, 0.996),
    "trailing|surname|far|rival|long|-": (26, 29, 0.871),
    "trailing|surname|far|rival|long|gendered": (72, 72, 0.986),
    "trailing|surname|rival|long|-": (28, 31, 0.879),
    "trailing|surname|rival|long|gendered": (72, 72, 0.986),
    "trailing|unnamed": (34, 72, 0.473),
    "trailing|unnamed|-|long|-": (30, 67, 0.449),
    "trailing|unnamed|sentence": (34, 72, 0.473),
    "trailing|unnamed|sentence|-|long|-": (30, 67, 0.449),
    "unnamed": (662, 1086, 0.609),
    "unnamed|-|long|-": (579, 873, 0.663),
    "unnamed|-|short|-": (83, 213, 0.391),
    "unnamed|sentence": (652, 1068, 0.61),
    "unnamed|sentence|-|long|-": (571, 859, 0.664),
    "unnamed|sentence|-|short|-": (81, 209, 0.389),
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
