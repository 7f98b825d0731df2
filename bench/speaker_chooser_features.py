"""Features of the people a he/she or a person description could stand for (round 24).

An *ambiguous decision*: a statement whose source is ``he`` / ``she`` or a description of a
person (``the minister``, ``the 52-year-old``) where at least two people of a compatible
gender are named in the source's paragraph or the three before it.  ``decision`` lists
those people (and the one resolve chose, wherever it was named) with the features a
reader weighs: how recently and where each was named, whether as a subject, a speaker,
an object or a possessor, how often, whether in the lead.  bench/speaker_chooser.py
dumps them against the hand gold and fits a ranker on them.  Bench code, not the
module's: it reads a finished run's registry (and an earlier version's, for the first-run
data), so it imports the package absolutely.  Every look-up is bounded: the people of the
registry's first 300, their mentions inside the window, the 40 statements before the
source.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import TYPE_CHECKING

from articles.attribution import lexicons as lx

if TYPE_CHECKING:
    from articles.attribution.model import Candidate
    from articles.attribution.resolve import Entity, Registry

FEATURES = (
    "sieve",  # the person resolve chose
    "latest",  # the person named last (outside quotes) before the source
    "same_sentence",  # named in the source's own sentence, before it
    "sent_back",  # sentences since last named outside quotes (0..1, capped at 10)
    "para_back",  # paragraphs since last named (0..1, capped at 3)
    "subject_near",  # a subject or a speaker within the window
    "subject_back",  # sentences since last a subject or speaker (0..1, capped at 6)
    "last_speaker",  # the speaker of the statement just before
    "last_speaker_para",  # ... and that statement is in the source's paragraph
    "spoke",  # statements made within the window (log)
    "mentions",  # names before the source (log)
    "lead",  # named in the first three paragraphs
    "gender_known",  # the person's gender is the source's (not unknown)
    "quote_only",  # named in the window only inside quotes
    "object",  # last named as the object of asked/told/met/thanked/with/by/to
    "possessive",  # last named as a possessor ("X's")
    "in_quote",  # named in the statement's own quote
    "title_match",  # (descriptions) the head word or age written by a mention, same sentence
)
WINDOW_PARAS = 3  # paragraphs back before the source's own
PEOPLE_READ = 300  # the registry's first people (as resolve's own look-ups)
MENTIONS_READ = 8  # of a person's mentions in the window, the latest read
STATEMENTS_READ = 40  # statements read back for the speakers before the source
OBJECT_BEFORE_RE = re.compile(
    r"(?i)\b(?:asked|told|thanked|met|praised|criticized|criticised|interviewed|with|by|to)"
    r"\s+(?:[\w.'’-]+\s+){0,3}$"
)
AGE_RE = re.compile(r"(\d+)-year-old")


def _gender_of_description(text: str) -> str:
    last = text.split()[-1].lower()
    if last.endswith("woman") or last in {"actress", "duchess", "queen", "princess"}:
        return "f"
    if last.endswith("man") and last not in {"chairman", "spokesman"}:
        return "m"
    return ""


def _written_with(ctx, s: int, e: int, head: str) -> bool:
    """Is the head word (``minister``, an age ``52``) written within 40 characters of the
    mention s:e, inside the mention's own sentence ("Prime Minister X", "X, 52,")?"""
    ss, se = ctx.sentence(s)
    return head in ctx.doc.text[max(ss, s - 40) : min(se, e + 40)].lower()


def description_head(text: str) -> str | None:
    """``the minister`` -> ``minister``; ``the 52-year-old`` -> ``52``: the word that
    ties a definite description of a person to a mention (None: no such description)."""
    words = text.split()
    if not 2 <= len(words) <= 5 or words[0].lower() != "the":
        return None
    age = AGE_RE.search(text)
    if age is not None:
        return age.group(1)
    last = words[-1].lower()
    if last in lx.TITLE_HEADS:
        return last
    return None


def source_gender(c: Candidate) -> str | None:
    """The gender a compatible person must have ("" any), None: no decision here."""
    src = c.source
    if src is None:
        return None
    if src.kind == "pronoun":
        return src.gender if src.gender in {"m", "f"} else None
    if src.kind == "group" and description_head(src.text) is not None:
        return _gender_of_description(src.text)
    return None


def decision(reg: Registry, order: list[Candidate], starts: list[int], c: Candidate) -> list | None:
    """[(person, features)] for an ambiguous decision, None when there is none
    (``order``: the candidates with a source by source start, ``starts`` those starts)."""
    gender = source_gender(c)
    if gender is None:
        return None
    src = c.source
    assert src is not None  # (source_gender read it)
    ctx = reg.ctx
    doc = ctx.doc
    text = doc.text
    pos = src.start
    pi = doc.para_index(pos)
    lo = doc.para_starts[max(0, pi - WINDOW_PARAS)]
    sentence_no = ctx.outer_bounds
    here = bisect.bisect_right(sentence_no, pos)
    ss, _se = ctx.sentence(pos)
    at = doc.tok_index_at_or_after
    sieve = c.entity if c.speaker_type == "person" else None
    # speakers of the statements before the source (bounded)
    k = bisect.bisect_left(starts, pos)
    speakers: list[tuple[int, Entity]] = []
    for o in order[max(0, k - STATEMENTS_READ) : k]:
        if o.entity is not None and o.entity.kind == "person" and o is not c:
            assert o.source is not None  # (order holds the candidates with a source)
            speakers.append((o.source.start, o.entity))
    last_speaker = speakers[-1] if speakers else None
    # subjects in the window
    subj = reg.subject_starts
    a = bisect.bisect_left(subj, lo)
    b = bisect.bisect_left(subj, pos)
    subject_at: dict[int, int] = {}
    for p, ent in reg.subject_events[a:b][-60:]:
        subject_at[id(ent)] = p
    for p, ent in speakers:
        if p >= lo:
            subject_at[id(ent)] = max(p, subject_at.get(id(ent), -1))
    head = description_head(src.text) if src.kind == "group" else None
    quote = text[c.start : c.end] if c.kind == "direct" else ""
    rows: list[tuple[Entity, dict[str, float]]] = []
    latest_pos, latest_ent = -1, None
    for ent in reg.entities[:PEOPLE_READ]:
        if ent.kind != "person":
            continue
        g = reg.gender(ent)
        if gender and g not in {gender, None}:
            continue
        i = bisect.bisect_left(ent.mentions, (pos, -1))
        window = [m for m in ent.mentions[max(0, i - MENTIONS_READ) : i] if m[0] >= lo]
        if not window and ent is not sieve:
            continue
        outside = [m for m in window if not ctx.in_quote(at(m[0]))]
        last = outside[-1] if outside else (window[-1] if window else None)
        f = dict.fromkeys(FEATURES, 0.0)
        f["sieve"] = float(ent is sieve)
        if last is not None:
            s0, e0 = last
            f["same_sentence"] = float(s0 >= ss)
            back = here - bisect.bisect_right(sentence_no, s0)
            f["sent_back"] = min(back, 10) / 10
            f["para_back"] = min(pi - doc.para_index(s0), WINDOW_PARAS) / WINDOW_PARAS
            f["object"] = float(OBJECT_BEFORE_RE.search(text, max(0, s0 - 40), s0) is not None)
            f["possessive"] = float(text.startswith(("'s", "’s"), e0))
            if outside and s0 > latest_pos:
                latest_pos, latest_ent = s0, ent
        else:
            f["sent_back"] = f["para_back"] = 1.0
        f["quote_only"] = float(bool(window) and not outside)
        sp = subject_at.get(id(ent))
        if sp is not None:
            f["subject_near"] = 1.0
            f["subject_back"] = min(here - bisect.bisect_right(sentence_no, sp), 6) / 6
        else:
            f["subject_back"] = 1.0
        if last_speaker is not None and last_speaker[1] is ent:
            f["last_speaker"] = 1.0
            f["last_speaker_para"] = float(doc.para_index(last_speaker[0]) == pi)
        f["spoke"] = math.log1p(sum(1 for p, e in speakers if e is ent and p >= lo))
        f["mentions"] = math.log1p(i) / 3
        f["lead"] = float(bool(ent.mentions) and doc.para_index(ent.mentions[0][0]) <= 2)
        f["gender_known"] = float(bool(gender) and g == gender)
        if quote and ent.key:
            f["in_quote"] = float(ent.key[-1] in quote.lower())
        if head is not None:
            f["title_match"] = float(any(_written_with(ctx, s, e, head) for s, e in window))
        rows.append((ent, f))
    if len(rows) < 2:
        return None
    for ent, f in rows:
        f["latest"] = float(ent is latest_ent)
    return [(ent, [f[n] for n in FEATURES]) for ent, f in rows]
