"""Sieve 3: attribute quoted spans, most precise pattern first.

1. trailing   ``“…,” Healey said`` / ``“…,” said Healey``
2. leading    ``Pistorius said: “…”`` / ``saying that “…”``
3. sentence   any reporting verb in the same sentence, outside the quotes
              (``Europe “will have …” with the consequences, he added``)
4. continuation: a direct quote with no cue of its own continues the speaker
   of the statement just before it (same or previous paragraph).

Pronouns, surnames and typos are resolved later (``resolve.py``).
"""

from __future__ import annotations

from . import cues
from . import lexicons as lx
from .context import Context
from .mentions import BREAK_PUNCT, Source, subject_after, subject_before
from .model import Candidate

QUOTE_TOKENS = {"“", "”", '"', "«", "»", "„", "'", "`"}


def _tok(ctx: Context, i: int):
    return ctx.doc.tokens[i]


def clause_subject(ctx: Context, k: int, lo: int, prev: Candidate | None) -> Source | None:
    """Subject for a participial cue (``…, saying that``): the main clause's."""
    doc = ctx.doc
    sent = ctx.sentence(doc.tokens[k].start)
    if prev is not None and prev.source is not None and prev.sentence == sent:
        return prev.source
    j = k - 1
    steps = 0
    while j > 0 and doc.tokens[j].start >= lo and steps < 25:
        t = doc.tokens[j]
        if t.is_word and not t.cap and not ctx.in_quote(j) and t.lower not in lx.FUNCTION_WORDS:
            p = doc.tokens[j - 1]
            if p.start >= lo and (
                p.text == "," or p.is_word and (p.cap or p.lower in {"he", "she", "they"})
            ):
                src = subject_before(doc, j, lo)
                if src is not None and src.kind in {"name", "pronoun", "org", "group", "country"}:
                    return src
        j -= 1
        steps += 1
    return None


def _source_for_cue(
    ctx: Context, k: int, lo: int, hi: int, prev: Candidate | None
) -> Source | None:
    doc = ctx.doc
    t = doc.tokens[k]
    if cues.is_according(doc, k):
        return subject_after(doc, k + 1, hi)
    src = subject_before(doc, k, lo)
    if src is None:
        if t.lower.endswith("ing") and k > 0 and doc.tokens[k - 1].text in {",", "and"}:
            src = clause_subject(ctx, k, lo, prev)
        elif (
            k > 0
            and doc.tokens[k - 1].text in {",", "“", "”", '"'}
            or doc.tokens[k - 1].lower == "and"
        ):
            src = subject_after(doc, k, hi)
            if src is None and doc.tokens[k - 1].lower == "and":
                src = clause_subject(ctx, k, lo, prev)
    return src


def trailing(ctx: Context, qi: int, hi: int) -> tuple[Source, int] | None:
    doc = ctx.doc
    q = ctx.quotes[qi]
    toks = doc.tokens
    n = len(toks)
    i = doc.tok_index_at_or_after(q.close_end)
    skipped = 0
    while i < n and toks[i].text in {",", "—", "–", "-"} and skipped < 2:
        i += 1
        skipped += 1
    if i >= n or toks[i].start >= hi:
        return None
    first = i
    if cues.is_cue(doc, i):
        src = subject_after(doc, i, hi)
        if src is not None:
            return src, i
        return None
    for j in range(first, min(first + 22, n)):
        t = toks[j]
        if t.start >= hi:
            break
        if ctx.in_quote(j):
            break
        if not t.is_word and t.text in BREAK_PUNCT and t.text != ".":
            break
        if cues.is_cue(doc, j) or cues.is_according(doc, j):
            if cues.is_according(doc, j):
                return None
            src = subject_before(doc, j, toks[first].start)
            if src is not None:
                return src, j
            return None
    return None


def leading(ctx: Context, qi: int, lo: int, prev: Candidate | None) -> tuple[Source, int] | None:
    doc = ctx.doc
    q = ctx.quotes[qi]
    toks = doc.tokens
    j = doc.tok_index_before(q.open_pos)
    if j < 0:
        return None
    if toks[j].start < lo:
        # quote opening a paragraph after "X said:" at the end of the previous one
        if toks[j].text == ":" and doc.para_index(toks[j].start) == doc.para_index(q.open_pos) - 1:
            lo = ctx.sentence(toks[j].start)[0]
        else:
            return None
    if toks[j].text in {":", ","}:
        j -= 1
    if j >= 0 and toks[j].lower == "that":
        j -= 1
    for k in range(j, max(j - 9, -1), -1):
        t = toks[k]
        if t.start < lo or ctx.in_quote(k):
            break
        if cues.is_cue(doc, k):
            src = _source_for_cue(ctx, k, lo, q.open_pos, prev)
            if src is not None:
                return src, k
            return None
        if not t.is_word and t.text != ".":
            break
    return None


def same_sentence(
    ctx: Context, qi: int, ss: int, se: int, prev: Candidate | None
) -> tuple[Source, int] | None:
    doc = ctx.doc
    q = ctx.quotes[qi]
    toks = doc.tokens
    # left of the quote, nearest first
    j = doc.tok_index_before(q.open_pos)
    steps = 0
    while j >= 0 and toks[j].start >= ss and steps < 80:
        if not ctx.in_quote(j) and (cues.is_cue(doc, j) or cues.is_according(doc, j)):
            src = _source_for_cue(ctx, j, ss, q.open_pos, prev)
            if src is not None:
                return src, j
        j -= 1
        steps += 1
    # right of the quote
    i = doc.tok_index_at_or_after(q.close_end)
    steps = 0
    n = len(toks)
    while i < n and toks[i].start < se and steps < 80:
        if not ctx.in_quote(i) and (cues.is_cue(doc, i) or cues.is_according(doc, i)):
            src = _source_for_cue(ctx, i, q.close_end, se, prev)
            if src is not None:
                return src, i
        i += 1
        steps += 1
    return None


def quote_kind(ctx: Context, qi: int, ss: int) -> str:
    """Direct when the quote stands as a sentence (or after a colon/comma)."""
    text = ctx.doc.text
    q = ctx.quotes[qi]
    k = q.open_pos - 1
    while k >= ss and text[k].isspace():
        k -= 1
    if k < ss:
        return "direct"
    c = text[k]
    if c in ":,.!?…;—–" or c in '”"»)':
        return "direct"
    return "partial"


def attribute_quotes(ctx: Context) -> list[Candidate]:
    doc = ctx.doc
    out: list[Candidate] = []
    prev: Candidate | None = None
    for qi, q in enumerate(ctx.quotes):
        ss, _ = ctx.sentence(q.open_pos)
        _, se = ctx.sentence(max(q.close_end - 1, q.open_pos))
        kind = quote_kind(ctx, qi, ss)
        cand = Candidate(
            start=q.start, end=q.end, kind=kind, sentence=(ss, se), para=doc.para_index(q.open_pos)
        )
        order = (
            (
                ("trailing", trailing, 0.95),
                ("leading", leading, 0.93),
                ("sentence", same_sentence, 0.85),
            )
            if kind == "direct"
            else (
                ("leading", leading, 0.9),
                ("sentence", same_sentence, 0.85),
                ("trailing", trailing, 0.85),
            )
        )
        for name, fn, conf in order:
            if fn is trailing:
                res = trailing(ctx, qi, se)
            elif fn is leading:
                res = leading(ctx, qi, ss, prev)
            else:
                res = same_sentence(ctx, qi, ss, se, prev)
            if res is not None:
                src, ci = res
                cand.source = src
                cand.cue = cues.cue_text(doc, ci)
                cand.cue_pos = doc.tokens[ci].start
                cand.sieve = name
                cand.confidence = conf
                break
        out.append(cand)
        prev = cand
    return out


def continuation(cands: list[Candidate]) -> None:
    """A direct quote without its own cue continues the previous speaker."""
    prev: Candidate | None = None
    for c in cands:
        if c.kind == "indirect":
            if c.source is not None:
                prev = c
            continue
        if (
            c.source is None
            and prev is not None
            and prev.source is not None
            and c.para - prev.para <= 1
            and (c.kind == "direct" or c.para == prev.para)
        ):
            c.source = prev.source
            c.cue = prev.cue
            c.cue_pos = prev.cue_pos
            c.sieve = "continuation"
            c.confidence = 0.75
        prev = c
