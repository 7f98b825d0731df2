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
    "": (4965, 5697, 0.871),
    "-|long|-": (1247, 1638, 0.761),
    "-|long|gendered": (866, 896, 0.965),
    "-|short|-": (249, 398, 0.625),
    "-|short|gendered": (169, 191, 0.881),
    "according|indirect|named|sentence": (50, 60, 0.823),
    "according|indirect|named|sentence|-|long|-": (40, 49, 0.804),
    "according|indirect|unnamed|sentence": (49, 63, 0.769),
    "according|indirect|unnamed|sentence|-|long|-": (49, 63, 0.769),
    "according|named": (50, 60, 0.823),
    "according|named|-|long|-": (40, 49, 0.804),
    "according|named|sentence": (50, 60, 0.823),
    "according|named|sentence|-|long|-": (40, 49, 0.804),
    "according|unnamed": (49, 63, 0.769),
    "according|unnamed|-|long|-": (49, 63, 0.769),
    "according|unnamed|sentence": (49, 63, 0.769),
    "according|unnamed|sentence|-|long|-": (49, 63, 0.769),
    "clear|long|-": (329, 352, 0.932),
    "clear|long|gendered": (1231, 1255, 0.98),
    "clear|short|-": (54, 63, 0.846),
    "clear|short|gendered": (154, 168, 0.912),
    "continuation|descriptor": (24, 27, 0.862),
    "continuation|direct|named|paragraph": (126, 128, 0.977),
    "continuation|direct|named|paragraph|-|long|-": (36, 38, 0.925),
    "continuation|direct|named|paragraph|-|long|gendered": (82, 82, 0.988),
    "continuation|direct|pronoun|far": (216, 223, 0.964),
    "continuation|direct|pronoun|far|clear|long|-": (21, 22, 0.917),
    "continuation|direct|pronoun|far|clear|long|gendered": (148, 149, 0.987),
    "continuation|direct|pronoun|far|rival|long|gendered": (25, 29, 0.839),
    "continuation|direct|pronoun|paragraph": (18, 20, 0.864),
    "continuation|direct|surname|far": (196, 203, 0.961),
    "continuation|direct|surname|far|clear|long|-": (28, 29, 0.935),
    "continuation|direct|surname|far|clear|long|gendered": (112, 113, 0.983),
    "continuation|direct|surname|far|rival|long|gendered": (30, 30, 0.969),
    "continuation|named": (142, 147, 0.96),
    "continuation|named|-|long|-": (42, 46, 0.896),
    "continuation|named|-|long|gendered": (91, 91, 0.989),
    "continuation|named|paragraph": (126, 128, 0.977),
    "continuation|named|paragraph|-|long|-": (36, 38, 0.925),
    "continuation|named|paragraph|-|long|gendered": (82, 82, 0.988),
    "continuation|pronoun": (234, 243, 0.959),
    "continuation|pronoun|clear|long|-": (26, 27, 0.931),
    "continuation|pronoun|clear|long|gendered": (154, 155, 0.987),
    "continuation|pronoun|clear|short|gendered": (18, 21, 0.826),
    "continuation|pronoun|far": (216, 223, 0.964),
    "continuation|pronoun|far|clear|long|-": (21, 22, 0.917),
    "continuation|pronoun|far|clear|long|gendered": (148, 149, 0.987),
    "continuation|pronoun|far|rival|long|gendered": (25, 29, 0.839),
    "continuation|pronoun|paragraph": (18, 20, 0.864),
    "continuation|pronoun|rival|long|gendered": (27, 31, 0.848),
    "continuation|surname": (197, 204, 0.961),
    "continuation|surname|clear|long|-": (28, 29, 0.935),
    "continuation|surname|clear|long|gendered": (112, 113, 0.983),
    "continuation|surname|far": (196, 203, 0.961),
    "continuation|surname|far|clear|long|-": (28, 29, 0.935),
    "continuation|surname|far|clear|long|gendered": (112, 113, 0.983),
    "continuation|surname|far|rival|long|gendered": (30, 30, 0.969),
    "continuation|surname|rival|long|gendered": (30, 30, 0.969),
    "descriptor": (273, 305, 0.893),
    "descriptor|-|long|-": (66, 75, 0.87),
    "descriptor|clear|long|-": (22, 27, 0.793),
    "descriptor|clear|long|gendered": (63, 64, 0.97),
    "descriptor|far": (190, 208, 0.91),
    "descriptor|far|clear|long|-": (21, 26, 0.786),
    "descriptor|far|clear|long|gendered": (61, 62, 0.969),
    "descriptor|far|rival|long|gendered": (59, 62, 0.938),
    "descriptor|rival|long|gendered": (59, 62, 0.938),
    "descriptor|sentence": (72, 86, 0.83),
    "descriptor|sentence|-|long|-": (60, 69, 0.859),
    "leading|descriptor": (37, 42, 0.864),
    "leading|descriptor|far": (28, 29, 0.935),
    "leading|direct|named|sentence": (37, 40, 0.905),
    "leading|direct|named|sentence|-|long|gendered": (23, 23, 0.96),
    "leading|direct|pronoun|far": (29, 30, 0.938),
    "leading|direct|surname|far": (33, 33, 0.971),
    "leading|named": (371, 389, 0.951),
    "leading|named|-|long|-": (69, 76, 0.897),
    "leading|named|-|long|gendered": (119, 121, 0.976),
    "leading|named|-|short|-": (83, 88, 0.933),
    "leading|named|-|short|gendered": (97, 100, 0.961),
    "leading|named|sentence": (370, 388, 0.951),
    "leading|named|sentence|-|long|-": (69, 76, 0.897),
    "leading|named|sentence|-|long|gendered": (118, 120, 0.975),
    "leading|named|sentence|-|short|-": (83, 88, 0.933),
    "leading|named|sentence|-|short|gendered": (97, 100, 0.961),
    "leading|partial|named|sentence": (333, 348, 0.954),
    "leading|partial|named|sentence|-|long|-": (57, 63, 0.892),
    "leading|partial|named|sentence|-|long|gendered": (95, 97, 0.97),
    "leading|partial|named|sentence|-|short|-": (81, 85, 0.943),
    "leading|partial|named|sentence|-|short|gendered": (97, 99, 0.97),
    "leading|partial|pronoun|far": (35, 43, 0.8),
    "leading|partial|pronoun|far|clear|short|gendered": (21, 23, 0.88),
    "leading|partial|pronoun|paragraph": (36, 36, 0.974),
    "leading|partial|surname|far": (85, 89, 0.945),
    "leading|partial|surname|far|rival|short|gendered": (23, 24, 0.923),
    "leading|partial|unnamed|sentence": (51, 83, 0.612),
    "leading|partial|unnamed|sentence|-|long|-": (24, 35, 0.676),
    "leading|partial|unnamed|sentence|-|short|-": (27, 48, 0.56),
    "leading|pronoun": (132, 145, 0.905),
    "leading|pronoun|clear|long|gendered": (43, 43, 0.978),
    "leading|pronoun|clear|short|gendered": (39, 42, 0.909),
    "leading|pronoun|far": (64, 73, 0.867),
    "leading|pronoun|far|clear|short|gendered": (22, 24, 0.885),
    "leading|pronoun|paragraph": (53, 53, 0.982),
    "leading|pronoun|paragraph|clear|long|gendered": (22, 22, 0.958),
    "leading|surname": (126, 130, 0.962),
    "leading|surname|clear|long|gendered": (23, 24, 0.923),
    "leading|surname|clear|short|gendered": (23, 23, 0.96),
    "leading|surname|far": (118, 122, 0.96),
    "leading|surname|far|clear|long|gendered": (20, 21, 0.913),
    "leading|surname|far|rival|long|gendered": (27, 27, 0.966),
    "leading|surname|far|rival|short|gendered": (23, 24, 0.923),
    "leading|surname|rival|long|gendered": (27, 27, 0.966),
    "leading|surname|rival|short|gendered": (23, 24, 0.923),
    "leading|unnamed": (64, 100, 0.637),
    "leading|unnamed|-|long|-": (37, 52, 0.704),
    "leading|unnamed|-|short|-": (27, 48, 0.56),
    "leading|unnamed|sentence": (64, 100, 0.637),
    "leading|unnamed|sentence|-|long|-": (37, 52, 0.704),
    "leading|unnamed|sentence|-|short|-": (27, 48, 0.56),
    "named": (1864, 2099, 0.888),
    "named|-|long|-": (657, 793, 0.828),
    "named|-|long|gendered": (858, 885, 0.968),
    "named|-|short|-": (160, 210, 0.759),
    "named|-|short|gendered": (166, 185, 0.893),
    "named|far": (16, 21, 0.739),
    "named|paragraph": (126, 128, 0.977),
    "named|paragraph|-|long|-": (36, 38, 0.925),
    "named|paragraph|-|long|gendered": (82, 82, 0.988),
    "named|sentence": (1722, 1950, 0.883),
    "named|sentence|-|long|-": (614, 745, 0.823),
    "named|sentence|-|long|gendered": (768, 795, 0.965),
    "named|sentence|-|short|-": (156, 205, 0.758),
    "named|sentence|-|short|gendered": (163, 181, 0.896),
    "pronoun": (1196, 1286, 0.929),
    "pronoun|-|long|-": (29, 38, 0.75),
    "pronoun|clear|long|-": (156, 172, 0.902),
    "pronoun|clear|long|gendered": (722, 737, 0.978),
    "pronoun|clear|short|-": (28, 32, 0.853),
    "pronoun|clear|short|gendered": (89, 101, 0.874),
    "pronoun|far": (858, 917, 0.935),
    "pronoun|far|clear|long|-": (105, 117, 0.891),
    "pronoun|far|clear|long|gendered": (551, 562, 0.979),
    "pronoun|far|clear|short|gendered": (57, 61, 0.921),
    "pronoun|far|rival|long|gendered": (111, 137, 0.806),
    "pronoun|paragraph": (281, 297, 0.943),
    "pronoun|paragraph|clear|long|-": (48, 52, 0.907),
    "pronoun|paragraph|clear|long|gendered": (161, 165, 0.97),
    "pronoun|paragraph|clear|short|gendered": (26, 31, 0.818),
    "pronoun|paragraph|rival|long|gendered": (21, 21, 0.957),
    "pronoun|rival|long|gendered": (132, 158, 0.831),
    "pronoun|rival|short|gendered": (20, 26, 0.75),
    "pronoun|sentence": (57, 72, 0.784),
    "pronoun|sentence|-|long|-": (28, 37, 0.744),
    "reported|descriptor": (126, 145, 0.864),
    "reported|descriptor|-|long|-": (36, 43, 0.822),
    "reported|descriptor|clear|long|gendered": (28, 29, 0.935),
    "reported|descriptor|far": (89, 101, 0.874),
    "reported|descriptor|far|clear|long|gendered": (28, 29, 0.935),
    "reported|descriptor|far|rival|long|gendered": (37, 40, 0.905),
    "reported|descriptor|rival|long|gendered": (37, 40, 0.905),
    "reported|descriptor|sentence": (37, 44, 0.826),
    "reported|descriptor|sentence|-|long|-": (35, 42, 0.818),
    "reported|indirect|descriptor|far": (89, 101, 0.874),
    "reported|indirect|descriptor|far|clear|long|gendered": (28, 29, 0.935),
    "reported|indirect|descriptor|far|rival|long|gendered": (37, 40, 0.905),
    "reported|indirect|descriptor|sentence": (37, 44, 0.826),
    "reported|indirect|descriptor|sentence|-|long|-": (35, 42, 0.818),
    "reported|indirect|named|sentence": (950, 1124, 0.845),
    "reported|indirect|named|sentence|-|long|-": (424, 523, 0.81),
    "reported|indirect|named|sentence|-|long|gendered": (476, 500, 0.95),
    "reported|indirect|named|sentence|-|short|-": (19, 54, 0.357),
    "reported|indirect|named|sentence|-|short|gendered": (17, 31, 0.545),
    "reported|indirect|pronoun|far": (175, 194, 0.898),
    "reported|indirect|pronoun|far|clear|long|-": (30, 36, 0.816),
    "reported|indirect|pronoun|far|clear|long|gendered": (115, 119, 0.959),
    "reported|indirect|pronoun|far|rival|long|gendered": (23, 28, 0.8),
    "reported|indirect|pronoun|paragraph": (132, 143, 0.917),
    "reported|indirect|pronoun|paragraph|clear|long|-": (24, 27, 0.862),
    "reported|indirect|pronoun|paragraph|clear|long|gendered": (83, 86, 0.955),
    "reported|indirect|pronoun|sentence": (33, 44, 0.739),
    "reported|indirect|pronoun|sentence|-|long|-": (23, 30, 0.75),
    "reported|indirect|surname|far": (315, 343, 0.916),
    "reported|indirect|surname|far|clear|long|-": (32, 33, 0.943),
    "reported|indirect|surname|far|clear|long|gendered": (99, 105, 0.935),
    "reported|indirect|surname|far|rival|long|-": (40, 43, 0.911),
    "reported|indirect|surname|far|rival|long|gendered": (131, 135, 0.964),
    "reported|indirect|unnamed|sentence": (390, 616, 0.633),
    "reported|indirect|unnamed|sentence|-|long|-": (369, 536, 0.688),
    "reported|indirect|unnamed|sentence|-|short|-": (21, 80, 0.268),
    "reported|named": (950, 1124, 0.845),
    "reported|named|-|long|-": (424, 523, 0.81),
    "reported|named|-|long|gendered": (476, 500, 0.95),
    "reported|named|-|short|-": (19, 54, 0.357),
    "reported|named|-|short|gendered": (17, 31, 0.545),
    "reported|named|sentence": (950, 1124, 0.845),
    "reported|named|sentence|-|long|-": (424, 523, 0.81),
    "reported|named|sentence|-|long|gendered": (476, 500, 0.95),
    "reported|named|sentence|-|short|-": (19, 54, 0.357),
    "reported|named|sentence|-|short|gendered": (17, 31, 0.545),
    "reported|pronoun": (340, 381, 0.89),
    "reported|pronoun|-|long|-": (23, 30, 0.75),
    "reported|pronoun|clear|long|-": (56, 65, 0.851),
    "reported|pronoun|clear|long|gendered": (205, 212, 0.963),
    "reported|pronoun|far": (175, 194, 0.898),
    "reported|pronoun|far|clear|long|-": (30, 36, 0.816),
    "reported|pronoun|far|clear|long|gendered": (115, 119, 0.959),
    "reported|pronoun|far|rival|long|gendered": (23, 28, 0.8),
    "reported|pronoun|paragraph": (132, 143, 0.917),
    "reported|pronoun|paragraph|clear|long|-": (24, 27, 0.862),
    "reported|pronoun|paragraph|clear|long|gendered": (83, 86, 0.955),
    "reported|pronoun|rival|long|gendered": (36, 41, 0.86),
    "reported|pronoun|sentence": (33, 44, 0.739),
    "reported|pronoun|sentence|-|long|-": (23, 30, 0.75),
    "reported|surname": (329, 358, 0.917),
    "reported|surname|clear|long|-": (34, 35, 0.946),
    "reported|surname|clear|long|gendered": (108, 114, 0.94),
    "reported|surname|far": (315, 343, 0.916),
    "reported|surname|far|clear|long|-": (32, 33, 0.943),
    "reported|surname|far|clear|long|gendered": (99, 105, 0.935),
    "reported|surname|far|rival|long|-": (40, 43, 0.911),
    "reported|surname|far|rival|long|gendered": (131, 135, 0.964),
    "reported|surname|rival|long|-": (40, 43, 0.911),
    "reported|surname|rival|long|gendered": (133, 137, 0.964),
    "reported|unnamed": (390, 616, 0.633),
    "reported|unnamed|-|long|-": (369, 536, 0.688),
    "reported|unnamed|-|short|-": (21, 80, 0.268),
    "reported|unnamed|sentence": (390, 616, 0.633),
    "reported|unnamed|sentence|-|long|-": (369, 536, 0.688),
    "reported|unnamed|sentence|-|short|-": (21, 80, 0.268),
    "rival|long|-": (116, 135, 0.854),
    "rival|long|gendered": (451, 484, 0.93),
    "rival|short|-": (22, 24, 0.885),
    "rival|short|gendered": (77, 93, 0.821),
    "sentence|descriptor": (19, 21, 0.87),
    "sentence|named": (159, 172, 0.92),
    "sentence|named|-|long|-": (21, 24, 0.846),
    "sentence|named|-|long|gendered": (40, 40, 0.976),
    "sentence|named|-|short|-": (52, 61, 0.841),
    "sentence|named|-|short|gendered": (45, 46, 0.958),
    "sentence|named|sentence": (159, 172, 0.92),
    "sentence|named|sentence|-|long|-": (21, 24, 0.846),
    "sentence|named|sentence|-|long|gendered": (40, 40, 0.976),
    "sentence|named|sentence|-|short|-": (52, 61, 0.841),
    "sentence|named|sentence|-|short|gendered": (45, 46, 0.958),
    "sentence|partial|named|sentence": (155, 168, 0.918),
    "sentence|partial|named|sentence|-|long|-": (19, 22, 0.833),
    "sentence|partial|named|sentence|-|long|gendered": (38, 38, 0.975),
    "sentence|partial|named|sentence|-|short|-": (52, 61, 0.841),
    "sentence|partial|named|sentence|-|short|gendered": (45, 46, 0.958),
    "sentence|partial|surname|far": (50, 51, 0.962),
    "sentence|partial|unnamed|sentence": (19, 36, 0.526),
    "sentence|partial|unnamed|sentence|-|short|-": (15, 26, 0.571),
    "sentence|pronoun": (33, 34, 0.944),
    "sentence|surname": (53, 54, 0.964),
    "sentence|surname|far": (51, 52, 0.963),
    "sentence|unnamed": (21, 41, 0.512),
    "sentence|unnamed|-|short|-": (15, 27, 0.552),
    "sentence|unnamed|sentence": (21, 41, 0.512),
    "sentence|unnamed|sentence|-|short|-": (15, 27, 0.552),
    "surname": (1066, 1110, 0.96),
    "surname|clear|long|-": (148, 150, 0.98),
    "surname|clear|long|gendered": (442, 450, 0.98),
    "surname|clear|short|-": (18, 22, 0.792),
    "surname|clear|short|gendered": (56, 58, 0.95),
    "surname|far": (1034, 1077, 0.959),
    "surname|far|clear|long|-": (144, 146, 0.98),
    "surname|far|clear|long|gendered": (426, 434, 0.979),
    "surname|far|clear|short|-": (18, 21, 0.826),
    "surname|far|clear|short|gendered": (47, 49, 0.941),
    "surname|far|rival|long|-": (88, 99, 0.881),
    "surname|far|rival|long|gendered": (254, 258, 0.981),
    "surname|far|rival|short|gendered": (41, 49, 0.824),
    "surname|paragraph": (32, 32, 0.971),
    "surname|rival|long|-": (89, 100, 0.882),
    "surname|rival|long|gendered": (256, 260, 0.981),
    "surname|rival|short|gendered": (41, 49, 0.824),
    "trailing|descriptor": (55, 58, 0.933),
    "trailing|descriptor|clear|long|gendered": (21, 21, 0.957),
    "trailing|descriptor|far": (45, 47, 0.939),
    "trailing|descriptor|far|clear|long|gendered": (20, 20, 0.955),
    "trailing|direct|descriptor|far": (45, 47, 0.939),
    "trailing|direct|descriptor|far|clear|long|gendered": (20, 20, 0.955),
    "trailing|direct|named|sentence": (187, 194, 0.959),
    "trailing|direct|named|sentence|-|long|-": (59, 66, 0.882),
    "trailing|direct|named|sentence|-|long|gendered": (122, 122, 0.992),
    "trailing|direct|pronoun|far": (389, 412, 0.942),
    "trailing|direct|pronoun|far|clear|long|-": (43, 46, 0.917),
    "trailing|direct|pronoun|far|clear|long|gendered": (266, 272, 0.974),
    "trailing|direct|pronoun|far|rival|long|gendered": (58, 71, 0.808),
    "trailing|direct|pronoun|paragraph": (65, 68, 0.943),
    "trailing|direct|pronoun|paragraph|clear|long|gendered": (43, 44, 0.957),
    "trailing|direct|surname|far": (345, 348, 0.989),
    "trailing|direct|surname|far|clear|long|-": (75, 75, 0.987),
    "trailing|direct|surname|far|clear|long|gendered": (178, 178, 0.994),
    "trailing|direct|surname|far|rival|long|-": (20, 23, 0.84),
    "trailing|direct|surname|far|rival|long|gendered": (60, 60, 0.984),
    "trailing|direct|unnamed|sentence": (30, 58, 0.517),
    "trailing|direct|unnamed|sentence|-|long|-": (26, 54, 0.482),
    "trailing|named": (187, 194, 0.959),
    "trailing|named|-|long|-": (59, 66, 0.882),
    "trailing|named|-|long|gendered": (122, 122, 0.992),
    "trailing|named|sentence": (187, 194, 0.959),
    "trailing|named|sentence|-|long|-": (59, 66, 0.882),
    "trailing|named|sentence|-|long|gendered": (122, 122, 0.992),
    "trailing|pronoun": (457, 483, 0.944),
    "trailing|pronoun|clear|long|-": (54, 58, 0.917),
    "trailing|pronoun|clear|long|gendered": (310, 317, 0.975),
    "trailing|pronoun|far": (389, 412, 0.942),
    "trailing|pronoun|far|clear|long|-": (43, 46, 0.917),
    "trailing|pronoun|far|clear|long|gendered": (266, 272, 0.974),
    "trailing|pronoun|far|rival|long|gendered": (58, 71, 0.808),
    "trailing|pronoun|paragraph": (65, 68, 0.943),
    "trailing|pronoun|paragraph|clear|long|gendered": (43, 44, 0.957),
    "trailing|pronoun|rival|long|gendered": (62, 75, 0.818),
    "trailing|surname": (352, 355, 0.989),
    "trailing|surname|clear|long|-": (77, 77, 0.987),
    "trailing|surname|clear|long|gendered": (181, 181, 0.995),
    "trailing|surname|far": (345, 348, 0.989),
    "trailing|surname|far|clear|long|-": (75, 75, 0.987),
    "trailing|surname|far|clear|long|gendered": (178, 178, 0.994),
    "trailing|surname|far|rival|long|-": (20, 23, 0.84),
    "trailing|surname|far|rival|long|gendered": (60, 60, 0.984),
    "trailing|surname|rival|long|-": (21, 24, 0.846),
    "trailing|surname|rival|long|gendered": (60, 60, 0.984),
    "trailing|unnamed": (30, 58, 0.517),
    "trailing|unnamed|-|long|-": (26, 54, 0.482),
    "trailing|unnamed|sentence": (30, 58, 0.517),
    "trailing|unnamed|sentence|-|long|-": (26, 54, 0.482),
    "unnamed": (566, 897, 0.631),
    "unnamed|-|long|-": (495, 732, 0.676),
    "unnamed|-|short|-": (71, 165, 0.431),
    "unnamed|sentence": (556, 880, 0.632),
    "unnamed|sentence|-|long|-": (487, 719, 0.677),
    "unnamed|sentence|-|short|-": (69, 161, 0.429),
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
