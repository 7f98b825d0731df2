"""Sieve 3: attribute quoted spans, most precise pattern first.

1. trailing   ``“…,” Healey said`` / ``“…,” said Healey`` / ``“…?” Clinton asked.``
   (with asides: ``“…,” Rep. Jim Jordan (R-Ohio), a panel member, said``)
2. dash       ``“…” ― Carla Sanchez``
3. leading    ``Pistorius said: “…”`` / ``saying that “…”`` / ``Said Ellis: “…”`` /
              a colon after any clause: ``Sanders made this comment: “…”``
4. sentence   any reporting verb in the same sentence, outside the quotes, verbs
              of saying first (``Europe “will have …” with the consequences, he added``)
5. continuation: a direct quote with no cue of its own continues the speaker
   of the statement just before it (same or previous paragraph).

Pronouns, surnames and typos are resolved later (``resolve.py``).
"""

from __future__ import annotations

import bisect
import copy
import re

from . import cues
from . import lexicons as lx
from .context import Context
from .mentions import (
    BREAK_PUNCT,
    MAX_NP,
    Source,
    _group,
    analyse_phrase,
    np_token_ok,
    subject_after,
    subject_before,
)
from .model import Candidate

INVERTED_CUES = {"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained"}
DASHES = {"―", "—", "–", "-"}
LOOSE_PREPOSITIONS = {
    "in", "at", "on", "by", "with", "for", "from", "of", "during", "after", "before", "as",
    "and", "but", "or", "while", "when", "because", "so", "than", "about", "to", "into",
    "through", "over", "under", "via", "without", "against", "toward", "towards", "upon",
    "is", "was", "were", "are", "be", "been", "being", "had", "has", "have", "would",
    "will", "could", "should", "can", "may", "might", "must", "did", "does", "do", "not",
}  # fmt: skip


LOOSE_STOP = {
    "that", "which", "and", "but", "or", "because", "if", "when", "while", "as", "after",
    "before", "since", "although", "though", "whether", "so", "than", "where", "until",
}  # fmt: skip
OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "it", "you", "this", "what"}
QUANTIFIED_SOURCES = {
    "those", "many", "some", "most", "all", "few", "several", "none", "one", "people",
    "friends", "allies", "aides", "each", "both",
}  # fmt: skip


AUXILIARIES = {
    "had", "has", "have", "is", "was", "were", "are", "will", "would", "could", "should",
    "can", "may", "might", "must", "not", "did", "does", "do", "been", "be", "being",
}  # fmt: skip


def _blank(text: str, start: int, end: int, from_end: bool = False) -> bool:
    """``not text[start:end].strip()`` without copying the span (the rest of a long
    sentence or paragraph): stops at the first visible character, looked for from the
    end next to the quote."""
    span = range(end - 1, start - 1, -1) if from_end else range(start, end)
    return all(text[i].isspace() for i in span)


# documents named by an "-ing" noun: "The ruling said …" (not a participle)
ING_DOCUMENTS = {
    "ruling", "rulings", "filing", "filings", "briefing", "finding", "findings", "recording",
    "posting", "warning", "listing", "ranking", "rankings", "reading", "readings",
}  # fmt: skip


def loose_subject(ctx: Context, k: int, lo: int) -> Source | None:
    """An unparsed subject (``Those close to him say``, ``attorneys for the family
    said``, ``who said``): an unnamed source, speaker null, text kept."""
    doc = ctx.doc
    toks = doc.tokens
    j = k - 1
    while (
        j >= 0
        and toks[j].start >= lo
        and toks[j].is_word
        and not toks[j].cap
        and (toks[j].lower in lx.ADVERBS or toks[j].lower.endswith("ly"))
        and toks[j].lower not in {"to", "on", "in"}
    ):
        j -= 1
    if j < 0 or toks[j].start < lo or ctx.in_quote(j):
        return None
    last = toks[j]
    if last.lower in {"who", "which", "who's", "who’s"}:  # ("who’s called for …")
        if j > 1 and toks[j - 1].text in {",", "—", "–"}:
            # "the European Union, which contended that …", "Ames — who has said …":
            # the antecedent speaks
            head = subject_before(doc, j - 1, lo)
            if head is not None and head.kind != "pronoun" and not head.loose:
                return head
        return Source("group", last.start, last.end, last.text, last.start, last.end, loose=True)
    if last.text == "," and j > 2:
        # "The findings, published in The Lancet, suggest": skip a participial aside
        c = j - 1
        while c > 0 and j - c < 14 and toks[c].start >= lo and toks[c].text != ",":
            if not toks[c].is_word and toks[c].text not in {".", "'s", "’s"}:
                return None
            c -= 1
        p = toks[c + 1]
        if (
            toks[c].text == ","
            and toks[c].start >= lo
            and c + 1 < j
            and p.is_word
            and not p.cap
            and (p.lower.endswith("ed") or p.lower in {"led", "written", "run", "paid"})
            and not ctx.in_quote(c)
        ):
            return loose_subject(ctx, c, lo)
        return None
    if last.lower in OBJECT_PRONOUNS | {"whom"}:
        # "Those close to him say", "many of whom say", "some of them said"
        for h in range(j - 1, max(-1, j - 4), -1):
            if toks[h].start < lo or not toks[h].is_word:
                break
            if toks[h].lower in QUANTIFIED_SOURCES:
                ps, pe = toks[h].start, last.end
                return Source("group", ps, pe, doc.text[ps:pe], ps, pe)
        return None
    if not last.is_word or last.lower in LOOSE_PREPOSITIONS:
        return None
    if (
        last.lower in LOOSE_STOP
        or last.lower.endswith(("ed", "ing"))
        and not last.cap
        and last.lower not in ING_DOCUMENTS
    ):
        return None
    end = j
    steps = 0
    while j >= 0 and toks[j].start >= lo and steps < 9 and not ctx.in_quote(j):
        tj = toks[j]
        if not tj.is_word and tj.text not in {"-", "’s", "'s", "."}:
            break
        if tj.lower in LOOSE_STOP:
            break
        j -= 1
        steps += 1
    a = j + 1
    while a <= end and toks[a].lower in lx.FUNCTION_WORDS and toks[a].lower not in lx.DETERMINERS:
        a += 1
    if a > end or steps >= 9:
        return None
    if any(toks[x].lower in AUXILIARIES for x in range(a, end + 1)):
        return None  # "Washington had not yet decided": a clause, not a subject
    if any(cues.is_cue(doc, x) and toks[x].lower.endswith("ed") for x in range(a + 1, end + 1)):
        return None  # "Palmieri called on him to stop attacking": a clause with its own cue
    ps, pe = toks[a].start, toks[end].end
    if toks[a].cap and toks[a].lower.endswith(("'s", "’s")):
        # "Ukraine's air force said": the possessor's country
        grp = _group(doc, a, a)
        return Source(
            "group", ps, pe, doc.text[ps:pe], ps, pe, country=grp.country,
            organization=grp.organization, loose=True,
        )  # fmt: skip
    return Source("group", ps, pe, doc.text[ps:pe], ps, pe, loose=True)


IRREGULAR_PAST = {
    "went", "came", "made", "took", "gave", "got", "held", "met", "left", "led", "put", "set",
    "sent", "spent", "stood", "struck", "swore", "won", "wrote", "spoke", "saw", "ran", "drew",
}  # fmt: skip


def _verb_like(w: str) -> bool:
    return w.endswith(("ed", "es")) or w in IRREGULAR_PAST or w in lx.CUE_FORMS


def clause_subject(ctx: Context, k: int, lo: int, prev: Candidate | None) -> Source | None:
    """Subject for a participial cue (``…, saying that``): the main clause's."""
    doc = ctx.doc
    sent = ctx.sentence(doc.tokens[k].start)
    if (
        prev is not None
        and prev.source is not None
        and prev.sentence == sent
        and not prev.source.loose
    ):
        return prev.source
    # the main verb: a reporting verb if there is one, else any verb-like word
    for cue_only in (True, False):
        j = k - 1
        steps = 0
        while j > 0 and doc.tokens[j].start >= lo and steps < 25:
            t = doc.tokens[j]
            if (
                t.is_word
                and not t.cap
                and not ctx.in_quote(j)
                and t.lower not in lx.FUNCTION_WORDS
                and (cues.is_cue(doc, j) if cue_only else _verb_like(t.lower))
            ):
                p = doc.tokens[j - 1]
                if p.start >= lo and (
                    p.text in {",", ")"}
                    or _dotted_name_end(doc, j - 1)  # "Acme Corp. filed suit, saying …"
                    or p.is_word
                    and (
                        p.cap
                        or p.lower in {"he", "she", "they"}
                        or p.lower in lx.GROUP_NOUNS
                        or not cue_only
                    )
                ):
                    src = subject_before(doc, j, lo)
                    if src is not None and not src.loose:
                        return src
            j -= 1
            steps += 1
    return None


# abbreviations that end a name: "Acme Corp.", "Martin Luther King Jr."
NAME_END_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "jr", "sr"}


def _dotted_name_end(doc, i: int) -> bool:
    """Token i is the dot of a name-final abbreviation (``Corp.``, ``Jr.``)."""
    toks = doc.tokens
    return (
        i > 0
        and toks[i].text == "."
        and toks[i - 1].cap
        and toks[i - 1].lower in NAME_END_ABBREVIATIONS
    )


def comma_before(doc, k: int) -> bool:
    """A comma right before token k, also inside a closing quote: ``“…,” saying``."""
    toks = doc.tokens
    if k > 0 and toks[k - 1].text == ",":
        return True
    return k > 1 and toks[k - 1].text in {"”", '"', "’", "''"} and toks[k - 2].text == ","


def _source_for_cue(
    ctx: Context, k: int, lo: int, hi: int, prev: Candidate | None
) -> Source | None:
    doc = ctx.doc
    t = doc.tokens[k]
    if cues.is_according(doc, k):
        return subject_after(doc, k + 1, hi)
    if t.lower.endswith("ing") and comma_before(doc, k):
        # ", saying …" / ", tweeting …": the subject of the main clause
        src = clause_subject(ctx, k, lo, prev)
        if src is not None:
            return src
    src = subject_before(doc, k, lo)
    if src is None:
        if t.lower.endswith("ing") and k > 0 and doc.tokens[k - 1].text in {",", "and"}:
            src = clause_subject(ctx, k, lo, prev)
        elif k > 0 and doc.tokens[k - 1].lower == "and":
            # "called the hearing “a circus” and said …": the first verb's subject
            src = clause_subject(ctx, k, lo, prev)
        elif k > 0 and doc.tokens[k - 1].text in {",", "“", "”", '"'}:
            src = subject_after(doc, k, hi)
    if src is None and k > 1 and doc.tokens[k - 1].lower == "to":
        src = _control_object(ctx, k - 1, lo)
    if src is None and not t.lower.endswith("ing") and t.lower not in lx.AMBIGUOUS_CUES:
        src = loose_subject(ctx, k, lo)
    return src


OBJECT_CONTROL = {
    "led", "lead", "leads", "prompted", "prompts", "prompt", "caused", "causes", "forced",
    "forces", "inspired", "inspires", "moved", "pushed", "drove", "drives", "compelled",
}  # fmt: skip


def _control_object(ctx: Context, to: int, lo: int) -> Source | None:
    """``All this has led the journalist Ann Roe to fear …``: the object of "led"."""
    doc = ctx.doc
    toks = doc.tokens
    obj = subject_before(doc, to, lo)
    if obj is None or obj.loose or obj.kind not in {"name", "pronoun", "group", "org"}:
        return None
    v = doc.tok_index_at_or_after(obj.phrase_start) - 1
    if v < 0 or toks[v].start < lo or toks[v].lower not in OBJECT_CONTROL:
        return None
    if obj.kind == "pronoun":
        return None  # "led him to": the object form is not a subject pronoun
    return obj


def _np_forward(ctx: Context, i: int, hi: int) -> int:
    """Index just past a speaker noun phrase starting at token i."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    j = i
    while j < n and toks[j].start < hi and j - i < MAX_NP and np_token_ok(doc, j):
        if toks[j].is_word and not toks[j].cap and toks[j].lower in lx.CUE_FORMS:
            break
        if j > i and toks[j].is_word and toks[j].lower in lx.SUBJECT_PRONOUNS:
            break
        j += 1
    return j


def _skip_aside(ctx: Context, j: int, hi: int) -> int:
    """Skip ``, the EU's foreign policy chief,`` or ``(D-N.C.)`` after a name."""
    toks = ctx.doc.tokens
    n = len(toks)
    if j < n and toks[j].text == "(":
        k = j + 1
        while k < n and k - j < 12 and toks[k].text != ")" and toks[k].start < hi:
            k += 1
        if k < n and toks[k].text == ")":
            j = k + 1
    if j < n and toks[j].text == ",":
        k = j + 1
        while k < n and k - j < 30 and toks[k].start < hi and toks[k].text != ",":
            if toks[k].text in BREAK_PUNCT and toks[k].text not in {".", "(", ")"}:
                return j
            if cues.is_cue(ctx.doc, k):
                return j
            k += 1
        if k < n and toks[k].text == "," and toks[k].start < hi:
            return k + 1
    return j


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
    # NP [aside] [adverbs] CUE
    e = _np_forward(ctx, first, hi)
    if e > first:
        k = _skip_aside(ctx, e, hi)
        if k > e and toks[k - 1].text == ",":
            k = max(k, _skip_aside(ctx, k - 1, hi))  # a second aside
        m = k
        while (
            m < n
            and m - k < 4
            and toks[m].start < hi
            and toks[m].is_word
            and not toks[m].cap
            and (toks[m].lower in lx.ADVERBS or toks[m].lower.endswith("ly"))
            and not cues.is_cue(doc, m)
        ):
            m += 1
        if m < n and toks[m].start < hi and cues.is_cue(doc, m):
            src = analyse_phrase(doc, first, e - 1)
            if (src is None or src.kind == "group") and k > e + 1 and toks[e].text == ",":
                # "“…,” Macron's Italian counterpart, Giorgia Meloni, said"
                name = analyse_phrase(doc, e + 1, k - 2)
                if name is not None and name.kind == "name":
                    name.pre_role = (toks[first].start, toks[e - 1].end)
                    return name, m
            if src is not None:
                if src.kind == "name" and k > e and toks[e].text == ",":
                    src.appositive = (toks[e + 1].start, toks[k - 2].end)
                return src, m
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
            if src is not None and doc.tok_index_at_or_after(src.phrase_start) == first:
                return src, j
            return None
    return None


def dash_credit(ctx: Context, qi: int, hi: int) -> tuple[Source, int] | None:
    """``“…” ― Carla Sanchez``: a dash and a name right after the quote."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    toks = doc.tokens
    n = len(toks)
    i = doc.tok_index_at_or_after(q.close_end)
    if i >= n or toks[i].text not in DASHES or toks[i].start - q.close_end > 2:
        return _line_credit(ctx, qi)
    first = i + 1
    e = _np_forward(ctx, first, hi)
    if e == first or e - first > 6:
        return None
    src = analyse_phrase(doc, first, e - 1)
    if src is None or src.kind not in {"name", "org"}:
        return None
    return src, i


TELL_FORMS = {"told", "tells", "tell", "telling", "asked", "reminded", "assured", "warned"}


def _teller(ctx: Context, who: Source, lo: int) -> tuple[Source, int] | None:
    """``X told a student who suggested that A that “…”``: the relative clause describes
    the one X spoke to; the quote is X's."""
    doc = ctx.doc
    toks = doc.tokens
    w = doc.tok_index_at_or_after(who.start)
    k = w - 1
    while k >= 0 and w - k <= 6 and toks[k].start >= lo and not ctx.in_quote(k):
        if toks[k].lower in TELL_FORMS:
            src = subject_before(doc, k, lo)
            if src is not None and src.text.lower() != "who":
                return src, k
            return None
        if not (toks[k].is_word or toks[k].text in {".", "'", "’"}):
            return None
        k -= 1
    return None


def _line_credit(ctx: Context, qi: int) -> tuple[Source, int] | None:
    """``“… ‘Some are so poor.” And that is all “he has’.” ― Ana Ruiz``: a quote that
    opens its paragraph, cut short by a mismatched mark, takes the dash credit that
    ends the paragraph after a later quote."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    ps = doc.para_start(q.open_pos)
    if not _blank(doc.text, ps, q.open_pos, from_end=True):
        return None
    pe = doc.para_end(q.open_pos)
    qj = qi + 1
    while qj + 1 < len(ctx.quotes) and ctx.quotes[qj + 1].open_pos < pe:
        qj += 1
    if qj >= len(ctx.quotes) or ctx.quotes[qj].open_pos >= pe:
        return None
    between = doc.text[q.close_end : ctx.quotes[qj].open_pos]
    if any(d in between for d in DASHES if d != "-"):
        return None
    res = dash_credit(ctx, qj, pe)
    if res is None or doc.para_start(res[0].start) != ps:
        return None
    return res


def _as_put_it(ctx: Context, j: int, lo: int, reach: int = 10) -> tuple[Source, int] | None:
    """``as The New Yorker put it in a long profile, “…”`` / ``As Ann Roe, a tax lawyer,
    recently put it, “…”``: the subject of "put it"."""
    doc = ctx.doc
    toks = doc.tokens
    k = j
    while k > 1 and j - k < reach and toks[k].start >= lo and not ctx.in_quote(k):
        if toks[k].lower == "it" and toks[k - 1].lower == "put":
            v = k - 1
            m = v - 1
            while m >= 0 and v - m < 20 and toks[m].start >= lo and not ctx.in_quote(m):
                if toks[m].lower == "as":
                    src = subject_before(doc, v, toks[m].end)
                    if src is not None and src.kind in {"name", "org", "pronoun", "group"}:
                        return src, v
                    return None
                m -= 1
            return None
        if not toks[k].is_word and toks[k].text not in {",", "."}:
            return None
        k -= 1
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
        if toks[j].text == ":" and not doc.text[toks[j].end : q.open_pos].strip():
            lo = ctx.sentence(toks[j].start)[0]
        else:
            return None
    colon = toks[j].text == ":"
    if toks[j].text == ",":
        put = _as_put_it(ctx, j - 1, lo)
        if put is not None:
            return put
    if toks[j].text in {":", ","}:
        j -= 1
        # "Said Ellis: “…”" / "Added the senator: “…”"
        k = j
        while k >= 0 and j - k < 8 and toks[k].start >= lo and np_token_ok(doc, k):
            if toks[k].cap and toks[k].lower in INVERTED_CUES and toks[k].start == lo:
                src = subject_after(doc, k, q.open_pos)
                if src is not None:
                    return src, k
            k -= 1
    if j >= 0 and toks[j].lower == "that":
        j -= 1
    for k in range(j, max(j - 9, -1), -1):
        t = toks[k]
        if t.start < lo or ctx.in_quote(k):
            break
        if cues.is_cue(doc, k) and cues.is_speech_cue(doc, k):
            src = _source_for_cue(ctx, k, lo, q.open_pos, prev)
            if src is not None:
                if (src.kind == "pronoun" and src.text.lower() == "it") or (
                    src.kind in {"country", "group", "org"} and _after_that(ctx, src)
                ):
                    # "She says it underscores …" / "Wang said in Beijing that China
                    # welcomed “…”": the cue sits in the clause of the one who spoke for
                    # the country (a person's own words keep their person)
                    outer = _outer_cue(ctx, src, lo, prev)
                    if outer is not None:
                        return outer
                return src, k
            if not colon:
                return None
            break  # "Sanders made the following comment:": a noun read as a cue
        if not t.is_word and t.text != ".":
            break
    if colon:
        # "Sanders made the following comment: “…”": the subject of the introducing clause
        k = doc.tok_index_before(q.open_pos)
        while k >= 0 and toks[k].text != ":":
            k -= 1
        src = clause_subject(ctx, k, lo, None) if k > 0 else None
        if src is not None and src.kind in {"name", "pronoun", "org"}:
            return src, k
        a = doc.tok_index_at_or_after(lo)
        on = next((x for x in range(a + 1, min(a + 5, k)) if toks[x].lower in {"on", "about"}), 0)
        if on and all(toks[x].cap or toks[x].text == "." for x in range(a, on)):
            # "Larkin on his team's slow start: “…”": the name before the topic
            named = analyse_phrase(doc, a, on - 1)
            if named is not None and named.kind == "name":
                return named, k
        if (
            0 < k - a <= 8
            and toks[a].lower in {"his", "her"}
            and any(toks[x].lower in WORDS_NOUNS for x in (a + 1, a + 2))
        ):
            # "Her message to voters was simple: “…”": the possessor speaks
            t = toks[a]
            gender = "m" if t.lower == "his" else "f"
            return Source("pronoun", t.start, t.end, t.text, t.start, t.end, gender=gender), k
    return None


# nouns of what someone said, opening a colon intro ("Her message was simple:")
WORDS_NOUNS = {
    "message", "response", "answer", "reply", "advice", "verdict", "take", "view",
    "argument", "point", "reaction", "warning", "plea", "explanation", "assessment",
    "prediction", "words", "comment", "retort", "pitch", "instruction",
    "instructions", "request", "demand", "promise", "vow", "mantra", "motto",
}  # fmt: skip


def _after_that(ctx: Context, src: Source) -> bool:
    """The subject opens a reported clause: ``… said (that) China welcomed``."""
    doc = ctx.doc
    j = doc.tok_index_at_or_after(src.phrase_start)
    if j < len(doc.tokens) and doc.tokens[j].lower == "that" and doc.tokens[j].end < src.end:
        return True  # "that China" analysed as one phrase
    if j > 0 and doc.tokens[j - 1].lower == "that":
        return True
    # "Baghaei said Russia would respond “decisively”": right after another cue
    return j > 0 and cues.is_cue(doc, j - 1) and cues.is_speech_cue(doc, j - 1)


def _outer_cue(
    ctx: Context, inner: Source, lo: int, prev: Candidate | None
) -> tuple[Source, int] | None:
    """``She says it underscores that …``: the cue whose clause holds ``it <cue>``."""
    doc = ctx.doc
    toks = doc.tokens
    j = doc.tok_index_at_or_after(inner.start) - 1
    steps = 0
    while j >= 0 and toks[j].start >= lo and steps < 6:
        t = toks[j]
        if ctx.in_quote(j) or (not t.is_word and t.text not in {","}):
            return None
        if cues.is_cue(doc, j) and cues.is_speech_cue(doc, j):
            src = _source_for_cue(ctx, j, lo, inner.start, prev)
            if src is None or (src.kind == "pronoun" and src.text.lower() == "it"):
                return None
            return src, j
        j -= 1
        steps += 1
    return None


def same_sentence(
    ctx: Context, qi: int, ss: int, se: int, prev: Candidate | None
) -> tuple[Source, int] | None:
    """Any reporting verb in the quote's sentence: verbs of saying first, nearest first,
    left of the quote before right of it; then verbs of thinking, showing, wanting."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    toks = doc.tokens
    n = len(toks)
    a = doc.tok_index_at_or_after(ss)
    if a < n and toks[a].lower == "as":
        # "As Ms. Roe put it in a statement, the network is “providing …”"
        comma = a + 1
        while comma < n and comma - a < 25 and toks[comma].start < q.open_pos:
            if toks[comma].text == ",":
                put = _as_put_it(ctx, comma - 1, ss, reach=20)
                if put is not None:
                    return put
                break
            comma += 1
    for strong in (True, False):
        j = doc.tok_index_before(q.open_pos)
        steps = 0
        while j >= 0 and toks[j].start >= ss and steps < 80:
            if _usable_cue(ctx, j, strong):
                src = _source_for_cue(ctx, j, ss, q.open_pos, prev)
                if src is not None:
                    return src, j
            j -= 1
            steps += 1
        i = doc.tok_index_at_or_after(q.close_end)
        steps = 0
        while i < n and toks[i].start < se and steps < 80:
            if _usable_cue(ctx, i, strong):
                src = _source_for_cue(ctx, i, q.close_end, se, prev)
                if src is not None:
                    return src, i
            i += 1
            steps += 1
    return None


FRONTED = {"on", "in", "at", "during", "after", "before", "from", "speaking", "asked"}


def subject_lead(ctx: Context, qi: int) -> tuple[Source, int] | None:
    """A quote with no cue opening a sentence right after one whose subject is a named
    person (``Sen. Ada Brennan (D-Ore.), who …, blamed the rules. “…”``): that person."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    toks = doc.tokens
    ss, _ = ctx.sentence(q.open_pos)
    if not _blank(doc.text, ss, q.open_pos, from_end=True) or ss == 0:
        return None
    ps, pe = ctx.sentence(ss - 1)
    if doc.para_index(ps) != doc.para_index(q.open_pos):
        return None
    i = doc.tok_index_at_or_after(ps)
    if i >= len(toks) or toks[i].start >= pe:
        return None
    if toks[i].lower in FRONTED:
        # "On “Face the Nation,” Sen. …": step over a short fronted phrase
        k = i + 1
        while k < len(toks) and k - i < 12 and toks[k].start < pe and toks[k].text != ",":
            k += 1
        if k >= len(toks) or toks[k].text != ",":
            return None
        i = k + 1
        while i < len(toks) and toks[i].text in {"”", '"', "’", "''"}:
            i += 1
    if i >= len(toks) or toks[i].start >= pe or ctx.in_quote(i) or not toks[i].cap:
        return None
    e = _np_forward(ctx, i, pe)
    if e == i:
        return None
    src = analyse_phrase(doc, i, e - 1)
    if src is None or src.kind != "name":
        return None
    k = _skip_aside(ctx, e, pe)
    if k >= len(toks) or toks[k].start >= pe:
        return None
    v = toks[k]
    if not v.is_word or v.cap or ctx.in_quote(k) or not _verb_like(v.lower):
        return None
    return src, k


def _usable_cue(ctx: Context, j: int, strong: bool) -> bool:
    if ctx.in_quote(j):
        return False
    doc = ctx.doc
    if cues.is_according(doc, j):
        return strong
    if not cues.is_cue(doc, j):
        return False
    return cues.is_speech_cue(doc, j) == strong


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
    if c == "," and _continues_clause(ctx, qi, ss, k):
        return "partial"
    if c == "." and _abbreviation_before(text, k) and text[q.start : q.start + 1].islower():
        return "partial"  # 'said the U.S. “remains committed”': not a sentence end
    if c in ":,.!?…;—–" or c in '”"»)':
        return "direct"
    if _sentence_after_verb(ctx, qi, k):
        return "direct"
    return "partial"


def _abbreviation_before(text: str, k: int) -> bool:
    """The period at k ends an abbreviation ("U.S.", "Corp.", "Gen.")."""
    j = k
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j : k + 1]
    return "." in word[:-1] or word[:-1].lower() in lx.ABBREVIATIONS


def _sentence_after_verb(ctx: Context, qi: int, k: int) -> bool:
    """``protesters chanted “What curfew?”``, ``Trump declared “I think NATO may be
    obsolete.”``: a whole capitalised sentence right after a verb of saying is direct."""
    text = ctx.doc.text
    q = ctx.quotes[qi]
    content = text[q.start : q.end].rstrip()
    if not content[:1].isupper() or not content.endswith((".", "!", "?")):
        return False
    if len(content.split()) < 2 and not content.endswith(("!", "?")):
        return False
    j = k + 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if text[j : k + 1].lower() not in lx.CUE_FORMS or text[j : k + 1].lower() == "that":
        return False
    before = text[max(0, j - 8) : j].split()
    return not before or before[-1].lower() not in PASSIVE_AUX  # 'it was labeled “True.”'


PASSIVE_AUX = {"is", "was", "are", "were", "be", "been", "being", "get", "got"}


# Words after which a comma and a quote go on with the reported clause: 'said that, “…”'.
CLAUSE_OPENERS = {"that", "if", "whether", "because", "as", "than"}


def _continues_clause(ctx: Context, qi: int, ss: int, comma: int) -> bool:
    """'that, “of course …”', 'if she won, “she would sign …”': a quote after a comma
    that goes on with a reported clause is a partial quote.  A lower-case quote after
    the attribution that split a direct quote ('“…,” she said, “and …”') stays direct."""
    text = ctx.doc.text
    q = ctx.quotes[qi]
    word = text[max(ss, comma - 12) : comma].split()
    if word and word[-1].lower() in CLAUSE_OPENERS:
        return True
    first = text[q.start : q.start + 12].lstrip(" .…")
    if not first[:1].islower():
        return False
    if qi > 0:
        prev = ctx.quotes[qi - 1]
        if prev.close_end > ss and prev.close_end <= comma:
            return False  # '“…,” she said, “and …”'
    return True


CLAUSE_AFTER_CUE = {"that", "he", "she", "they", "we", "i", "it", "the", "a", "an", "his", "her"}


def _cue_has_own_clause(ctx: Context, res: tuple[Source, int], se: int) -> bool:
    """'“Simple as that.” Patrick Mahomes said he took the blame.': a cue in the next
    sentence that reports a clause of its own does not credit the quote before it (that
    quote continues the previous speaker); '“…?” Clinton asked.' still does."""
    src, ci = res
    toks = ctx.doc.tokens
    if toks[ci].start < se or src.start > toks[ci].start:
        return False
    j = ci + 1
    while j < len(toks) and toks[j].lower in {"reporters", "journalists", "me", "us"}:
        j += 1
    return j < len(toks) and toks[j].lower in CLAUSE_AFTER_CUE


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
        # "“…?” Clinton said.": the attribution may follow a sentence-final quote
        hi = se
        if _blank(doc.text, q.close_end, se) and doc.para_index(se) == cand.para:
            hi = ctx.sentence(se)[1]
        if kind == "direct":
            order: tuple[str, ...] = ("trailing", "dash", "leading", "sentence", "subject")
        else:
            order = ("leading", "sentence", "trailing")
        for name in order:
            if name == "trailing":
                res, conf = trailing(ctx, qi, hi), 0.95
                if (
                    res is not None
                    and prev is not None
                    and prev.source is not None
                    and prev.para == cand.para
                    and _cue_has_own_clause(ctx, res, se)
                ):
                    res = None  # the quote continues the previous speaker
            elif name == "dash":
                res, conf = dash_credit(ctx, qi, hi), 0.9
            elif name == "leading":
                res, conf = leading(ctx, qi, ss, prev), 0.93
            elif name == "subject":
                res, conf = subject_lead(ctx, qi), 0.8
            else:
                res, conf = same_sentence(ctx, qi, ss, se, prev), 0.85
            if res is not None and res[0].text.lower() == "who":
                res = _teller(ctx, res[0], ss) or res
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


# a short reply to a question: '"Ready?" he asked. / "Yes."' is not the asker's
REPLY_RE = re.compile(
    r"[\"“‘']*(?:yes|no|yeah|yep|nope|never|sure|absolutely|not really|of course|"
    r"definitely|maybe|perhaps)\b[\W]*(?:\w+\W*){0,4}",
    re.IGNORECASE,
)
ASK_CUES = {"asked", "asks", "ask", "wondered"}


def _reply_to_question(text: str, prev: Candidate, c: Candidate) -> bool:
    """Quote c, a bare short reply opening a later paragraph, answers the question prev
    someone asked: another speaker."""
    return (
        prev.kind == "direct"
        and prev.cue in ASK_CUES
        and c.para > prev.para
        and c.end - c.start <= 60  # (a short reply; also bounds the pattern's work)
        and text[prev.start : prev.end].rstrip(" \"”’'").endswith("?")
        and REPLY_RE.fullmatch(text, c.start, c.end) is not None
    )


def continuation(cands: list[Candidate], text: str = "") -> None:
    """A direct quote without its own cue continues the previous speaker."""
    prev: Candidate | None = None
    for c in cands:
        if c.kind == "indirect":
            if c.source is not None and not c.source.loose:
                prev = c
            continue
        if (
            c.source is None
            and prev is not None
            and text
            and c.kind == "direct"
            and _reply_to_question(text, prev, c)
        ):
            prev = c  # the answer is someone else's: no speaker
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


# -- interview transcripts: 'Q: …' / 'A: …' turns ------------------------------------

# "Q: …", "Answer: …", and "Q. …" / "A. …" (not an initial: "A. J. Foyt said")
QA_LABEL_RE = re.compile(
    r"(?:(Q|A|QUESTION|ANSWER|Question|Answer) ?:|(Q|A)\.(?! ?[A-Z]\.)) +(?=\S)"
)
INTERVIEW_CUES = {"told", "telling", "tells", "tell", "interview", "interviewed"}
INTERVIEWER_TITLES = {
    "host", "anchor", "interviewer", "moderator", "correspondent", "reporter", "presenter",
}  # fmt: skip


# "X spoke with Y", "X sat down with Y", "X talked to Y": an interview's intro
SPOKE_WITH = {
    "spoke": {"with", "to"}, "talked": {"with", "to"}, "sat": {"with"}, "speaks": {"with", "to"},
}  # fmt: skip


def _name_at(ctx: Context, i: int) -> Source | None:
    """The person named from token i on ('KXRB's Tom Whitaker' → Tom Whitaker)."""
    toks = ctx.doc.tokens
    n = len(toks)
    if i + 1 < n and toks[i].lower == "the" and toks[i + 1].cap:
        i += 1  # "the Ledger's Omar Haddad"
    if i + 2 < n and toks[i].cap and toks[i + 1].text in {"'", "’"} and toks[i + 2].lower == "s":
        i += 3  # the outlet's name before the interviewer's
    elif i < n and toks[i].cap and toks[i].lower.endswith(("'s", "’s")):
        i += 1
    j = i
    while j < n and j - i < 5 and not ctx.in_quote(j):
        if toks[j].text == "." and j > i and np_token_ok(ctx.doc, j):
            j += 1  # 'Dr. Samuel Okafor', 'Gov. Lena Marsh'
        elif toks[j].cap and toks[j].is_word:
            j += 1
        else:
            break
    if j - i < 2:
        return None
    src = analyse_phrase(ctx.doc, i, j - 1)
    return src if src is not None and src.kind == "name" else None


def _interview_parties(ctx: Context, cands: list[Candidate], lo: int):
    """(interviewee, interviewer) named before offset lo: the speaker of a statement
    made in an interview ('Delgado told KXRB's Tom Whitaker in an interview', 'telling
    a radio station'), else the first person quoted; the interviewer is the object of
    that 'told' or 'in an interview with X', or the one 'host'/'anchor' in the article."""
    doc = ctx.doc
    toks = doc.tokens
    interviewee = interviewer = None
    first = None
    # the tokens "interview", to ask a sentence by bisection (many statements can share
    # one long sentence)
    interview_at = [i for i, t in enumerate(toks) if t.lower == "interview"]
    for c in cands:
        src = c.source
        if c.start >= lo or src is None or src.kind != "name":
            continue
        first = first or src
        ss, se = c.sentence
        a, b = doc.tok_index_at_or_after(ss), doc.tok_index_at_or_after(se)
        k = bisect.bisect_left(interview_at, a)
        if (c.cue or "").lower() in INTERVIEW_CUES or (
            k < len(interview_at) and interview_at[k] < b
        ):
            interviewee = src
    by_cue = interviewee is not None
    interviewee = interviewee or first
    hosts = set()
    for i, t in enumerate(toks):
        if t.start >= lo and t.lower not in INTERVIEWER_TITLES:
            continue
        if t.lower in SPOKE_WITH and i + 2 < len(toks):
            # 'Forward Mia Laurent spoke with The Gazette's Tom Reyes': the intro names both
            w = i + 2 if toks[i + 1].lower == "down" else i + 1
            if toks[w].lower in SPOKE_WITH[t.lower]:
                ss, _ = ctx.sentence(t.start)
                subj = subject_before(doc, i, ss)
                if subj is not None and subj.kind == "name" and not by_cue:
                    interviewee = subj
                    by_cue = True
                obj = _name_at(ctx, w + 1)
                if (
                    obj is not None
                    and interviewer is None
                    and (interviewee is None or obj.text != interviewee.text)
                ):
                    interviewer = obj
                continue
        with_x = t.lower == "with" and i > 0 and toks[i - 1].lower in {"interview", "interviews"}
        src = None
        if t.lower in INTERVIEWER_TITLES or t.lower in {"told", "telling"} or with_x:
            src = _name_at(ctx, i + 1)
        if with_x and src is not None:
            ss, se = ctx.sentence(t.start)
            if interviewee is None or not ss <= interviewee.start < se:
                interviewee = src  # 'In an interview with Dr. X, …': nobody else speaks
                continue
        if src is not None and (interviewee is None or src.text != interviewee.text):
            if t.lower in INTERVIEWER_TITLES:
                hosts.add(src.text)
            if interviewer is None or t.lower in INTERVIEWER_TITLES:
                interviewer = src
    if len(hosts) > 1:
        interviewer = None
    return interviewee, interviewer


def ends_a_sentence(text: str, s: int, e: int) -> bool:
    """The text from s to e ends with a sentence's final punctuation (not a subhead)."""
    tail = text[s:e].rstrip()
    return tail[-1:] in {".", "?", "!", '"', "”", "’"}


def qa_turns(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """'Q: …' / 'A: …' paragraphs of an interview: each turn is a statement (indirect,
    as 'NAME: …' turns), the answers the interviewee's, the questions the interviewer's."""
    doc = ctx.doc
    text = doc.text
    turns: list[tuple[str, int, int, int]] = []  # (label, start, end, colon or dot)
    unlabelled: list[int] = []  # paragraph starts since the last turn
    for ps in doc.para_starts:
        m = QA_LABEL_RE.match(text, ps)
        if m:
            if turns:
                # an answer (or question) running on over paragraphs without a label
                label, _, _, at = turns[-1]
                turns.extend((label, u, doc.para_end(u), at) for u in unlabelled)
            label = (m.group(1) or m.group(2))[0]
            at = ps + len(m.group(0).rstrip()) - 1  # the colon or dot
            turns.append((label, m.end(), doc.para_end(ps), at))
            unlabelled = []
        elif text[ps : ps + 1] not in {"(", "["} and ends_a_sentence(text, ps, doc.para_end(ps)):
            # not an aside ("(Laughs.)", "[The call dropped.]") nor a subhead ("On taxes")
            unlabelled.append(ps)
    if not {"Q", "A"} <= {t[0] for t in turns}:
        return []
    turns.sort(key=lambda t: t[1])
    interviewee, interviewer = _interview_parties(ctx, cands, turns[0][1])
    out = []
    for label, s, e, at in turns:
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        src = interviewee if label == "A" else interviewer
        cand = Candidate(
            start=s,
            end=e,
            kind="indirect",
            sentence=ctx.sentence(s),
            para=doc.para_index(s),
            source=copy.copy(src) if src is not None else None,
            cue=text[at],
            cue_pos=at,
            sieve="turn",
            confidence=0.6,
        )
        out.append(cand)
    return out
