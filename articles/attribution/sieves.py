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
from itertools import compress

from . import cues
from . import lexicons as lx
from .context import Context
from .mentions import (
    BREAK_PUNCT,
    MAX_NP,
    Source,
    _group,
    _person_before_head,
    _shared_surname_pair,
    analyse_phrase,
    bracketed_body_group,
    message_sender,
    nickname_mark,
    np_token_ok,
    subject_after,
    subject_before,
)
from .model import Candidate
from .resolve import headline_paragraphs
from .text import DATELINE_RE, Token

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


_VISIBLE_RE = re.compile(r"\S")  # (\s is exactly str.isspace)


def _blank(text: str, start: int, end: int) -> bool:
    """``not text[start:end].strip()`` without copying the span (the rest of a long
    sentence or paragraph): a C-level search that stops at the first visible character."""
    return _VISIBLE_RE.search(text, start, end) is None


# documents named by an "-ing" noun: "The ruling said …" (not a participle)
ING_DOCUMENTS = {
    "ruling", "rulings", "filing", "filings", "briefing", "finding", "findings", "recording",
    "posting", "warning", "listing", "ranking", "rankings", "reading", "readings",
}  # fmt: skip


# words an unparsed subject may span: eight, ten when it describes what the source knows
# ("An Egyptian official with direct knowledge of the negotiations said")
LOOSE_SHORT_REACH = 8
LOOSE_REACH = 11
LOOSE_ANONYMITY_REACH = 14
KNOWLEDGE_WORDS = {"knowledge", "familiar", "briefed", "knowledgeable", "close", "anonymity"}


def _definite_body_before(ctx: Context, c: int, lo: int) -> Source | None:
    """ "the museum" right before the comma at token c: a body's descriptor no group-noun
    list holds, read loosely (the resolver names the one such body named before)."""
    toks = ctx.doc.tokens
    if c < 2 or toks[c - 2].start < lo or toks[c - 2].lower != "the":
        return None
    if toks[c - 1].lower not in lx.ORG_HEADS or toks[c - 1].cap or ctx.in_quote(c - 1):
        return None
    a, b = toks[c - 2].start, toks[c - 1].end
    return Source("group", a, b, ctx.doc.text[a:b], a, b, loose=True)


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
            body = _definite_body_before(ctx, j - 1, lo)
            if body is not None:
                return body  # "according to the museum, which said …": the museum
            one = toks[j - 2]
            if one.lower in {"one", "another"} and not one.cap:
                # "…,” said one, who asked not to be named": the one speaks, not "who"
                return Source("group", one.start, one.end, one.text, one.start, one.end)
        return Source("group", last.start, last.end, last.text, last.start, last.end, loose=True)
    if last.text == "," and j > 2:
        # "The findings, published in The Lancet, suggest", "Officials familiar with the
        # talks, speaking after the meeting, said", "Residents, including many farmers,
        # say": skip a participial aside (up to 20 words: "A corrections officer,
        # speaking on condition of anonymity because she was not authorized to discuss the
        # case, said"; round 25, probe r25f)
        c = j - 1
        while c > 0 and j - c < 20 and toks[c].start >= lo and toks[c].text != ",":
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
            and (
                p.lower.endswith(("ed", "ing"))
                or p.lower in {"led", "written", "run", "paid"}
                # "The developer, who owns hotels, said", "The operator, which runs the
                # trains, said"
                or p.lower in {"who", "whose", "which"}
                or (c + 2 == j and _age(p.text) and toks[c - 1].lower.isalpha())
            )
            and not ctx.in_quote(c)
        ):
            return loose_subject(ctx, c, lo)
        return None
    if last.lower in OBJECT_PRONOUNS or last.lower == "whom":
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
        # ("familiar with the bank's thinking said": a possessed -ing word is a noun)
        and not (j > 0 and toks[j - 1].lower.endswith(("'s", "’s")))
        # ("The owner of the building said": an -ing word after an article is a noun)
        and not (j > 0 and last.lower.endswith("ing") and toks[j - 1].lower in lx.ARTICLES)
    ):
        return None
    end = j
    steps = 0
    # ("Several trainers who spoke to Trotting Life on condition of anonymity say": a
    # source's description ending in its anonymity runs longer; round 29)
    reach = LOOSE_ANONYMITY_REACH if last.lower == "anonymity" else LOOSE_REACH
    tq = ctx.tok_quote  # (tq[j] < 0: "not ctx.in_quote(j)" without a call per word)
    while j >= 0 and toks[j].start >= lo and steps < reach and tq[j] < 0:
        tj = toks[j]
        if not tj.is_word and tj.text not in {"-", "’s", "'s", "."}:
            break
        if (
            tj.text == "-"
            and 0 < j < len(toks) - 1
            and toks[j - 1].end < tj.start < toks[j + 1].start - 1
        ):
            break  # a spaced hyphen is a dash: "LILONGWE, Malawi (Reuters) - The mission said"
        if tj.lower in LOOSE_STOP:
            break
        j -= 1
        steps += 1
    head = _restrictive_relative_head(ctx, j, lo)
    if head is not None:
        return head  # "The agency which runs the port said": the agency (not "runs the port")
    a = j + 1
    while a <= end and toks[a].lower in lx.FUNCTION_WORDS and toks[a].lower not in lx.DETERMINERS:
        a += 1
    if a > end or steps >= reach:
        return None
    if steps > LOOSE_SHORT_REACH and not any(
        toks[x].lower in KNOWLEDGE_WORDS for x in range(a, end + 1)
    ):
        return None  # (a long subject only as a source's description)
    if any(
        toks[x].lower in AUXILIARIES or toks[x].lower.endswith(("n't", "n’t"))
        for x in range(a, end + 1)
    ):
        # "Washington had not yet decided": a clause, not a subject; "Don't blame Bush":
        # an imperative has none
        return None
    if any(
        cues.is_cue(doc, x) and toks[x].lower.endswith(cues.PAST_ENDINGS)
        for x in range(a + 1, end + 1)
    ):
        # "Palmieri called on him to stop attacking", "Keogh said his boss": a clause
        # with its own cue
        return None
    ps, pe = toks[a].start, toks[end].end
    if toks[a].cap and toks[a].lower.endswith(("'s", "’s")):
        # "Ukraine's air force said": the possessor's country
        grp = _group(doc, a, a)
        return Source(
            "group", ps, pe, doc.text[ps:pe], ps, pe, country=grp.country,
            organization=grp.organization, loose=True,
        )  # fmt: skip
    src = Source("group", ps, pe, doc.text[ps:pe], ps, pe, loose=True)
    return bracketed_body_group(doc, src, lo) or src


def _restrictive_relative_head(ctx: Context, j: int, lo: int) -> Source | None:
    """The unparsed subject stopped at a restrictive "which / that / who" (no comma
    before it: "The agency which runs the port said"): the noun phrase before it speaks."""
    toks = ctx.doc.tokens
    if not (j >= 1 and toks[j].start >= lo and toks[j].lower in {"which", "that", "who"}):
        return None
    prev = toks[j - 1]
    if prev.start < lo or not prev.is_word or prev.lower in lx.FUNCTION_WORDS:
        return None
    if prev.lower in lx.CUE_FORMS or ctx.in_quote(j - 1):
        return None  # "warned that …": a clause, not a relative
    head = subject_before(ctx.doc, j, lo)
    if head is not None and head.kind in {"group", "name", "org"} and not head.loose:
        return head
    return None


def _age(word: str) -> bool:
    """A person's age in an aside: "The pontiff, 70, added" (not "Jan. 1, 2015,")."""
    return word.isdigit() and len(word) <= 3


IRREGULAR_PAST = {
    "went", "came", "made", "took", "gave", "got", "held", "met", "left", "led", "put", "set",
    "sent", "spent", "stood", "struck", "swore", "won", "wrote", "spoke", "saw", "ran", "drew",
    "shot", "hit", "fought", "broke", "began", "kept", "sat", "rose", "felt", "thought",
    "brought", "grew", "knew", "threw", "lost", "was", "laid", "paid", "sold", "built",
    "fell", "sank", "fled", "bought", "caught", "sought", "chose", "drove",
    "withdrew", "shook", "stole", "flew", "slid", "froze", "tore", "swept", "hung", "wore",
    "upheld", "withheld", "overrode", "overcame", "oversaw", "undertook", "forbade", "taught",
    "understood", "dealt", "forgave", "forgot", "sang", "swam", "woke", "bore", "blew",
    "beat", "quit", "overtook", "outran", "outfought",  # a result: "X beat Y 6-3 and said" (r27)
    # British and other irregular pasts: "He learnt the viola at school and later said"
    "learnt", "spelt", "burnt", "dreamt", "leapt", "knelt", "dwelt", "rode", "ate",
    "drank", "wept", "slept", "lent",
    # pasts spelt as their base, as "put", "set", "hit": "The agency cut rations last year
    # and warned in March that …" (round 32)
    "cut", "shut", "spread",
}  # fmt: skip

# "The senator did not hold back.": the auxiliary is the verb after the subject
DO_PAST = {"did"}
NEGATED_DO = {"doesn't", "didn't", "don't"}  # "X doesn't hesitate: “…”"


def verb_like(w: str) -> bool:
    return w.endswith(("ed", "es")) or w in IRREGULAR_PAST or w in lx.CUE_FORMS


# subordinators of a reason or concession ("because she was not authorized to …")
REASON_SUBORDINATORS = {"because", "since", "although", "though"}


def _reason_clause_pronoun(doc, src: Source, lo: int) -> bool:
    """The pronoun src opens a reason clause ("A corrections officer, speaking on condition
    of anonymity because she was not authorized to discuss the case, said"): the subject
    of that clause, not of the main one (round 25, probe r25f)."""
    if src.kind != "pronoun":
        return False
    b = doc.tok_index_before(src.start)
    return b >= 0 and doc.tokens[b].start >= lo and doc.tokens[b].lower in REASON_SUBORDINATORS


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
    # the main verb: a reporting verb if there is one (the nearest), else the leftmost
    # verb-like word of the clause before the nearest comma found after it (not "the
    # ages" or "social media companies" in "X blocked a law that required social media
    # companies to verify the ages of users, saying …")
    for cue_only in (True, False):
        j = k - 1
        steps = 0
        found = None
        while j > 0 and doc.tokens[j].start >= lo and steps < 25:
            t = doc.tokens[j]
            if found is not None and t.text == ",":
                break
            if (
                t.is_word
                and not t.cap
                and not ctx.in_quote(j)
                # ("said", "told" are function words, but cues: "…, X said Tuesday, calling")
                and (
                    t.lower not in lx.FUNCTION_WORDS
                    or (cue_only and t.lower in lx.SPEECH_FORMS)
                    # "X was asked about Y, but said …": the passive is the first verb
                    # (round 32; "asked" is a function word elsewhere)
                    or (t.lower == "asked" and doc.tokens[j - 1].lower in lx.BE_FORMS)
                )
                and (cues.is_cue(doc, j) if cue_only else verb_like(t.lower))
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
                    if src is not None and cue_only and _prepositional_object(doc, src, lo):
                        src = None  # "declined to comment on the Hungarian demands, telling"
                    if src is not None and _reason_clause_pronoun(doc, src, lo):
                        src = None  # "…, speaking … because she was not authorized …, said"
                    if src is not None and not src.loose and src.text.lower() not in lx.ARTICLES:
                        # (not "The" of "The unreleased video": no verb)
                        if cue_only:
                            return src
                        found = src
            j -= 1
            steps += 1
        if found is not None:
            return found
    return (
        _subject_before_aside(ctx, k, lo)
        or _loose_sentence_subject(ctx, k, lo)
        or _who_clause_subject(ctx, k, lo)
    )


# prepositions whose object a cue-like plural noun may follow ("on the Hungarian demands")
NOUN_OBJECT_PREPOSITIONS = {
    "on", "of", "about", "over", "for", "with", "against", "to", "from", "into", "by", "at",
}  # fmt: skip


def _prepositional_object(doc, src: Source, lo: int) -> bool:
    """The subject read before a cue word follows a preposition ("comment on the Hungarian
    demands": "the Hungarian" is no subject, "demands" no verb)."""
    p = doc.tok_index_before(src.phrase_start)
    return p >= 0 and doc.tokens[p].start >= lo and doc.tokens[p].lower in NOUN_OBJECT_PREPOSITIONS


def _who_clause_subject(ctx: Context, k: int, lo: int) -> Source | None:
    """``…, who have taken to the streets and called for …``: a cue coordinated inside a
    ", who" clause (no comma between) speaks for that relative word's antecedent."""
    toks = ctx.doc.tokens
    w = k - 1
    while w > 0 and k - w < 20 and toks[w].start >= lo and toks[w].text != ",":
        if toks[w].lower in {"who", "which"} and toks[w - 1].text == ",":
            return loose_subject(ctx, w + 1, lo)
        w -= 1
    return None


def _subject_before_aside(ctx: Context, k: int, lo: int) -> Source | None:
    """``The senator, saying the bill was dead, walked out``: a participle set off
    between the sentence's subject and its verb says what that subject said."""
    doc = ctx.doc
    toks = doc.tokens
    if k < 2 or toks[k - 1].text != "," or not toks[k].lower.endswith("ing"):
        return None  # (not "members, called to service by the governor, are …")
    src = subject_before(doc, k - 1, lo)
    if src is None or src.loose:
        return None
    first = doc.tok_index_at_or_after(max(lo, ctx.sentence(toks[k].start)[0]))
    return src if src.phrase_start <= toks[first].start else None


def _loose_sentence_subject(ctx: Context, k: int, lo: int) -> Source | None:
    """``His ex-wife agreed, but contended that …``: an unparsed noun phrase opening
    the sentence right before its first verb, a past tense, is that verb's subject and
    the later coordinated or participial speech cue's (not ``The paranoia remained but
    found …``: finding is no speech; not ``The rack rates are high``)."""
    doc = ctx.doc
    toks = doc.tokens
    first = doc.tok_index_at_or_after(lo)
    if toks[k].lower not in lx.SPEECH_FORMS or toks[first].lower not in lx.DETERMINERS:
        return None
    for j in range(first + 1, k):
        t = toks[j]
        if not t.is_word or ctx.in_quote(j):
            return None
        if not t.cap and t.lower not in lx.FUNCTION_WORDS and verb_like(t.lower):
            if not (t.lower.endswith("ed") or t.lower in IRREGULAR_PAST):
                return None
            src = loose_subject(ctx, j, lo)
            if (
                src is None
                or src.phrase_start != toks[first].start
                or toks[j - 1].lower in lx.FUNCTION_WORDS
            ):
                return None
            return src
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


ADDRESSEE_TIME_NOUNS = {"week", "month", "year", "weekend"}


def after_addressee(doc, k: int, lo: int) -> bool:
    """``wrote to the council asking for …``, ``a letter to the president urging …``: a
    participle cue right after the object of "to" says what the main clause's subject
    asked, not what the addressee did."""
    toks = doc.tokens
    j = k - 1
    if j > 1 and toks[j].lower in ADDRESSEE_TIME_NOUNS and toks[j - 1].lower in {"last", "this"}:
        j -= 2  # "wrote to the regulator last week saying …": the time is no addressee
    elif j > 1 and toks[j].lower in lx.WEEKDAYS and toks[j - 1].lower == "on":
        j -= 2
    while j > 0 and k - j <= 6 and toks[j].start >= lo:
        if toks[j].lower == "to":
            nxt = toks[j + 1]
            return j + 1 < k and (nxt.lower in lx.DETERMINERS or nxt.cap) and toks[j - 1].is_word
        if not (np_token_ok(doc, j) or toks[j].lower in lx.DETERMINERS):
            return False
        j -= 1
    return False


def _source_for_cue(
    ctx: Context, k: int, lo: int, hi: int, prev: Candidate | None
) -> Source | None:
    doc = ctx.doc
    t = doc.tokens[k]
    if cues.is_according(doc, k):
        return subject_after(doc, k + 1, hi)
    if t.lower.endswith("ing") and (
        comma_before(doc, k) or after_addressee(doc, k, lo) or cues.spent_time_before(doc, k, lo)
    ):
        # ", saying …" / ", tweeting …" / "spent the week touting …": the subject of the
        # main clause
        src = clause_subject(ctx, k, lo, prev)
        if src is not None:
            return src
    src = message_sender(doc, k, lo) or subject_before(doc, k, lo)  # "issued a statement saying"
    if src is None:
        if t.lower.endswith("ing") and k > 0 and doc.tokens[k - 1].lower in GERUND_LINKS:
            src = clause_subject(ctx, k, lo, prev)
        elif k > 0 and doc.tokens[k - 1].lower == "and":
            # "called the hearing “a circus” and said …": the first verb's subject
            src = clause_subject(ctx, k, lo, prev)
        elif k > 1 and doc.tokens[k - 2].lower == "and" and conjunct_adverb(doc.tokens[k - 1]):
            # (round 28) "urged her players to stay calm and repeatedly said, “…”", "and
            # later told reporters …": an adverb between "and" and the second verb
            src = clause_subject(ctx, k, lo, prev)
        elif k > 0 and doc.tokens[k - 1].text in {",", "“", "”", '"'}:
            src = subject_after(doc, k, hi)
            if src is not None and _clause_after(doc, src):
                src = None  # 'author of “The Broken State,” said the government had …'
    if src is None and k > 1 and doc.tokens[k - 1].lower == "to":
        src = _control_object(ctx, k - 1, lo)
    if src is None and k > 1 and doc.tokens[k - 1].lower == "but" and doc.tokens[k - 2].text == ",":
        # "X denied that the Government had …, but said …": the first verb's subject,
        # not a name inside its clause
        first = _first_cue(ctx, lo, k)
        src = _source_for_cue(ctx, first, lo, hi, prev) if first is not None else None
    if src is None and not t.lower.endswith("ing") and t.lower not in lx.AMBIGUOUS_CUES:
        src = loose_subject(ctx, k, lo)
    if src is None and k > 0 and doc.tokens[k - 1].lower == "but" and not _cue_between(ctx, lo, k):
        src = clause_subject(ctx, k, lo, prev)  # "apologized but told …": the first verb's
    return src


# (round 28) adverbs of time and manner between "and" and a second verb of saying
# ("and later said", "and repeatedly said"); -ly words that are no adverbs
_CONJUNCT_ADVERBS = frozenset("also then later again once twice still soon afterwards".split())
_LY_NOT_ADVERBS = frozenset(
    "family ally rally assembly supply reply belly bully jelly anomaly monopoly only early"
    " daily weekly monthly yearly elderly friendly lonely holy ugly silly costly likely"
    " unlikely deadly timely untimely orderly lively lovely kindly cowardly".split()
)


def conjunct_adverb(t: Token) -> bool:
    """A lower-case adverb of time or manner ("also", "later", "repeatedly")."""
    low = t.lower
    if not t.is_word or t.cap:
        return False
    return low in _CONJUNCT_ADVERBS or (
        low.endswith("ly") and len(low) > 4 and low not in _LY_NOT_ADVERBS
    )


def _first_cue(ctx: Context, lo: int, k: int) -> int | None:
    """The first reporting verb before token k from offset lo on, if any."""
    doc = ctx.doc
    return next((x for x in range(doc.tok_index_at_or_after(lo), k) if cues.is_cue(doc, x)), None)


def _cue_between(ctx: Context, lo: int, k: int) -> bool:
    """A reporting verb before token k from offset lo on (its subject is found through
    that verb, not through a verb coordinated after it)."""
    doc = ctx.doc
    i = doc.tok_index_at_or_after(lo)
    return any(cues.is_cue(doc, x) for x in range(i, k))


# what joins a participial cue to its main clause: ', saying', 'and adding', 'before
# adding' ('“We are prepared,” Holt said, before adding: “…”')
GERUND_LINKS = {",", "and", "before", "after"}


def _clause_after(doc, src: Source) -> bool:
    """An auxiliary follows the phrase after the cue: it is the subject of the reported
    clause ('said the government had …'), not an inverted speaker ('“…,” said Ann Lee')."""
    j = doc.tok_index_at_or_after(src.phrase_end)
    return j < len(doc.tokens) and doc.tokens[j].lower in AUXILIARIES


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
        if j > i and _headline_speech_verb(ctx, j):
            break  # "‘…,’ Archaeologists Say"
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
            if (
                toks[k].text in BREAK_PUNCT
                and toks[k].text not in {".", "(", ")"}
                and not nickname_mark(ctx.doc, k)
            ):
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
    if not skipped and i < n and toks[i].text == ":" and _opens_paragraph(ctx, q.open_pos):
        i += 1  # a headline: '“We were robbed”: Rovers boss slams referee'
    reply = _was_possessor_reply(ctx, i, hi)
    if reply is not None:
        return reply  # '“Absolutely not,” was Kerr's reply'
    cleft = _past_cleft(toks, i)
    cleft, i = cleft != i, cleft
    if i >= n or toks[i].start >= hi:
        return None
    if (
        cleft
        and i + 2 < n
        and toks[i].lower in lx.SUBJECT_PRONOUNS
        and toks[i + 1].lower == "put"
        and toks[i + 2].lower == "it"
    ):
        src = analyse_phrase(doc, i, i)  # '“A disgrace,” was how she put it'
        return (src, i + 1) if src is not None else None
    first = i
    tag = _tag_verb(ctx, qi, i)  # "“…,” grumbled one headteacher"
    if tag or cues.is_cue(doc, i) or _headline_speech_verb(ctx, i):
        src = subject_after(doc, i, hi)
        if src is None and (tag or toks[i].lower in INVERTED_CUES):
            src = _unlisted_noun_after(ctx, i, hi)
        if src is not None:
            return src, i
        return None
    if toks[i].lower in {"read", "reads"}:
        # '“Enough is enough,” read a banner outside the plant': the banner's words,
        # not a continuation of whoever spoke before
        src = _unlisted_noun_after(ctx, i, hi)
        return (src, i) if src is not None else None
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
        if (
            m < n
            and toks[m].start < hi
            and (
                cues.is_cue(doc, m)
                or _tag_verb(ctx, qi, m)
                or _headline_speech_verb(ctx, m)
                # '“A disgrace” is how Kerr put it'
                or (cleft and toks[m].lower == "put" and m + 1 < n and toks[m + 1].lower == "it")
            )
        ):
            src = analyse_phrase(doc, first, e - 1)
            if src is not None and src.kind == "org" and src.start > toks[first].start:
                src = _person_of_body(doc, first, src) or src
            titled_body = (
                src is not None
                and src.kind == "org"
                and src.start > toks[first].start
                and any(
                    toks[x].lower in lx.TITLE_HEADS
                    for x in range(first, e)
                    if toks[x].end <= src.start
                )
            )  # "“…,” the president of ANSA, Tiago Lopes, told Lusa" (round 32)
            if (
                (src is None or src.kind == "group" or titled_body)
                and k > e + 1
                and toks[e].text == ","
            ):
                # "“…,” Macron's Italian counterpart, Giorgia Meloni, said"
                name = analyse_phrase(doc, e + 1, k - 2)
                if name is not None and name.kind == "name":
                    name.pre_role = (toks[first].start, toks[e - 1].end)
                    return name, m
            if src is not None:
                if src.kind == "name" and k > e and toks[e].text == ",":
                    src.appositive = (toks[e + 1].start, toks[k - 2].end)
                return _first_of_pair(doc, src, first, e - 1), m
    for j in range(first, min(first + 22, n)):
        t = toks[j]
        if t.start >= hi:
            break
        if ctx.in_quote(j):
            break
        if not t.is_word and t.text in BREAK_PUNCT and t.text != ".":
            break
        if cues.is_cue(doc, j) or cues.is_according(doc, j) or _tag_verb(ctx, qi, j):
            if cues.is_according(doc, j):
                return None
            src = subject_before(doc, j, toks[first].start)
            if src is not None and doc.tok_index_at_or_after(src.phrase_start) == first:
                return src, j
            return None
    return None


def _person_of_body(doc, first: int, body: Source) -> Source | None:
    """ "“…,” Professor Anna Rossi of the University of Padua told reporters": the person
    named before "of" speaks, not the body after it (as in a sentence opening with the
    same words); only a name known as a person's, by its given name's gender or a title
    before it (round 29)."""
    toks = doc.tokens
    j = first
    while j < len(toks) and toks[j].end <= body.start:
        if toks[j].lower == "of" and j > first:
            head = analyse_phrase(doc, first, j - 1)
            if (
                head is not None
                and head.kind == "name"
                and (head.gender is not None or head.phrase_start < head.start)
            ):
                return head
            return None
        j += 1
    return None


def _headline_speech_verb(ctx: Context, i: int) -> bool:
    """ "Bronze Age Boat ‘Rewrites History,’ Archaeologists Say": a capitalised speech
    verb in a Title Case headline, where every word is capitalised."""
    t = ctx.doc.tokens[i]
    return (
        t.cap
        and t.lower in lx.SPEECH_FORMS
        and headline_paragraphs(ctx.doc)[ctx.doc.para_index(t.start)]
    )


def _first_of_pair(doc, src: Source, a: int, b: int) -> Source:
    """ "“…,” Ann Lee and Mark Tran said" (the phrase a..b): the first of two coordinated
    names or organisations, as before a clause (not a couple: "Mark and Lisa Tran")."""
    s = doc.tok_index_at_or_after(src.start)
    if s - 1 <= a or doc.tokens[s - 1].lower != "and" or _shared_surname_pair(doc, a, b):
        return src
    head = analyse_phrase(doc, a, s - 2)
    return head if head is not None and head.kind == src.kind else src


# verbs that are no reporting verbs but tag a quote they follow in the same sentence:
# '“If we don’t act now—” she began', '“Not again,” he sighed'
TAG_VERBS = {
    "began", "interjected", "interrupted", "chimed", "sighed", "laughed", "smiled",
    "shrugged", "beamed", "deadpanned", "marveled", "marvelled", "gushed", "griped",
    "grumbled", "groaned", "chuckled", "pressed", "roared", "screamed",
}  # fmt: skip


def _tag_verb(ctx: Context, qi: int, m: int) -> bool:
    """Token m is a tag verb and the quote before it does not end its sentence."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    if doc.tokens[m].lower not in TAG_VERBS:
        return False
    last = doc.text[q.end - 1 : q.end]
    if last in {",", "—", "–", "-"}:
        return True
    after = doc.tokens[doc.tok_index_at_or_after(q.close_end)]
    # '“Are you sure?” Lin pressed.', '“Why me?” she laughed.'; not '“Why?” She laughed.'
    return last in {"?", "!"} and not (after.cap and after.lower in lx.SUBJECT_PRONOUNS)


def _opens_paragraph(ctx: Context, pos: int) -> bool:
    """Nothing but blanks before pos in its paragraph."""
    return _blank(ctx.doc.text, ctx.doc.para_start(pos), pos)


REPLY_NOUNS = {
    "reply", "response", "answer", "verdict", "retort", "assessment", "reaction", "comment",
    "message", "advice", "warning", "view", "explanation",
}  # fmt: skip


def _was_possessor_reply(ctx: Context, i: int, hi: int) -> tuple[Source, int] | None:
    """'“Absolutely not,” was Kerr's reply', '… is the mayor's verdict': the possessor
    of a noun of answering after "was" / "is" right after the quote."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    if i + 2 >= n or toks[i].lower not in {"was", "is"}:
        return None
    p = i + 1
    while p < n and p - i <= 5 and toks[p].start < hi and not toks[p].lower.endswith(("'s", "’s")):
        if not np_token_ok(doc, p):
            return None
        p += 1
    if (
        p + 1 >= n
        or toks[p + 1].lower not in REPLY_NOUNS
        or not toks[p].lower.endswith(("'s", "’s"))
    ):
        return None
    src = analyse_phrase(doc, i + 1, p)
    return (src, p + 1) if src is not None and src.kind in {"name", "org", "group"} else None


def _past_cleft(toks, i: int) -> int:
    """Past ``was how`` / ``that is what`` after a quote: '“Unacceptable,” was how
    captain Leo Mertens described it' is attributed like '“Unacceptable,” Mertens said'."""
    j = i + 1 if i < len(toks) and toks[i].lower in {"that", "this"} else i
    if (
        j + 1 < len(toks)
        and toks[j].lower in {"is", "was", "'s", "’s"}
        and toks[j + 1].lower in {"how", "what"}
    ):
        return j + 2
    return i


# what may follow the noun of an inverted subject: '“…,” said a backbencher, who …'
NOUN_FOLLOWERS = {
    ",", ".", ";", "!", "?", "at", "in", "from", "outside", "inside", "near", "on", "over",
    "above", "across", "along", "by", "with", "of", "who",
}  # fmt: skip


def _unlisted_noun_after(ctx: Context, ci: int, hi: int) -> Source | None:
    """``“…,” said one backbencher.``: after an inverted verb, a determiner and a
    noun no lexicon lists (nobody named: an unnamed source, the phrase kept)."""
    doc = ctx.doc
    toks = doc.tokens
    a = ci + 1
    if a >= len(toks) or toks[a].lower not in lx.DETERMINERS:
        return None
    e = a + 1
    while (
        e < len(toks)
        and e - a <= 4
        and toks[e].end <= hi
        and toks[e].is_word
        and not toks[e].cap
        and toks[e].lower not in lx.FUNCTION_WORDS
        and toks[e].lower not in lx.CUE_FORMS
        and toks[e].lower not in NOUN_FOLLOWERS
        and not toks[e].lower.endswith(("ly", "ed", "ing"))
    ):
        e += 1
    if e == a + 1 or e - a > 4:
        return None
    # then a modifier or the end: 'said one fan wearing …', 'read the signs carried by …'
    if e < len(toks) and not (
        toks[e].lower in NOUN_FOLLOWERS or toks[e].lower.endswith(("ed", "ing"))
    ):
        return None
    ps, pe = toks[a].start, toks[e - 1].end
    return Source("group", ps, pe, doc.text[ps:pe], ps, pe)


def dash_credit(ctx: Context, qi: int, hi: int) -> tuple[Source, int] | None:
    """``“…” ― Carla Sanchez``: a dash and a name right after the quote."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    toks = doc.tokens
    n = len(toks)
    i = doc.tok_index_at_or_after(q.close_end)
    if i >= n or toks[i].text not in DASHES or "\n" in doc.text[q.close_end : toks[i].start]:
        return _line_credit(ctx, qi)  # (spaces only between: "&quot; &mdash;" padded)
    first = i + 1
    e = _np_forward(ctx, first, hi)
    if e == first or e - first > 6:
        return None
    src = analyse_phrase(doc, first, e - 1)
    if src is None or src.kind not in {"name", "org"}:
        return None
    return src, i


def _dash_at(toks, i: int, step: int) -> int | None:
    """The dash ("—", "–" or an ASCII "--") at token i read in direction step (-1: the
    dash ends at i, +1: it starts at i): the token past it, or None."""
    if i < 0 or i >= len(toks) or toks[i].text not in DASHES:
        return None
    if toks[i].text != "-":
        return i + step
    j = i + step
    if 0 <= j < len(toks) and toks[j].text == "-":
        return j + step  # "--"
    return None


def aside_credit(ctx: Context, qi: int, lo: int) -> tuple[Source, int] | None:
    """``including the former governor Ann Roe -- “…” -- and Tom Lee``: a quote set off
    by dashes right after a person's name, as an aside, is that person's."""
    doc = ctx.doc
    toks = doc.tokens
    q = ctx.quotes[qi]
    e = _dash_at(toks, doc.tok_index_before(q.open_pos), -1)
    if e is None or _dash_at(toks, doc.tok_index_at_or_after(q.close_end), 1) is None:
        return None
    a = e
    while a > 0 and e - a < 4 and toks[a - 1].start >= lo and toks[a - 1].cap:
        a -= 1
    if a == e or not toks[e].cap or toks[a].start < lo:
        return None  # (one capitalised word alone may be a place or a body)
    src = analyse_phrase(doc, a, e)
    if src is None or src.kind != "name" or ctx.in_quote(a):
        return None
    return src, e + 1


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
    if not _blank(doc.text, ps, q.open_pos):
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
            # (a long appositive: "As Ann Roe, a tax lawyer and senior fellow at the X
            # Policy Center, recently put it")
            while m >= 0 and v - m < 32 and toks[m].start >= lo and not ctx.in_quote(m):
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


def _one_titled_person(src: Source) -> bool:
    """ "the mayor", "the former senator": one person named by a title (whose quote, set
    off by the cue inside a reported clause, is his own: "X told jurors that the mayor …
    said, “…”"; a partial quote there stays the reporting speaker's)."""
    words = src.text.lower().split()
    return (
        src.kind == "group"
        and len(words) >= 2
        and words[0] == "the"
        and (words[-1] in lx.TITLE_HEADS)
    )


# nouns of saying a quoted phrase can name: 'Lavoie's “axe the tax” pledge'
SAYING_NOUNS = {
    "pledge", "promise", "vow", "slogan", "mantra", "catchphrase", "jibe", "refrain",
    "warning", "claim", "remark", "remarks", "comment", "comments", "description", "boast",
    "threat", "demand", "message", "call",
}  # fmt: skip
# nouns of describing a thing as something: "X's description of the plan as “…”"
DESCRIBING_NOUNS = {
    "description", "characterization", "characterisation", "portrayal", "depiction",
    "dismissal", "labelling", "labeling", "branding",
}  # fmt: skip
POSSESSIVE_PRONOUN_SUBJECTS = {"his": "he", "her": "she", "their": "they", "its": "it"}


# claims a named holder makes: "rejected claims by X that …", "suggestions from X that …"
HELD_CLAIM_NOUNS = {
    "claim", "claims", "suggestion", "suggestions", "accusation", "accusations",
    "allegation", "allegations", "assertion", "assertions", "charge", "charges",
}  # fmt: skip


def claim_holder(ctx: Context, qi: int) -> tuple[Source, int] | None:
    """ "Stanton rejected claims by the opposition leader, Kemi Bade, that the economy
    was in “freefall”": a quote inside the that-clause of a claim noun whose holder is
    named after "by" / "from" is the holder's words (not the rejecting subject's)."""
    doc = ctx.doc
    toks = doc.tokens
    q = ctx.quotes[qi]
    ss, _ = ctx.sentence(q.open_pos)
    o = doc.tok_index_before(q.open_pos + 1)
    t = o - 1
    while t > 0 and o - t <= 14 and toks[t].start >= ss and toks[t].lower != "that":
        if not toks[t].is_word or toks[t].lower in lx.CUE_FORMS or ctx.in_quote(t):
            return None  # (a clause of another cue, punctuation: not this clause)
        t -= 1
    if t < 3 or toks[t].lower != "that" or toks[t].start < ss:
        return None
    e = t - 1
    if toks[e].text == ",":
        e -= 1  # "by the opposition leader, Kemi Bade, that"
    a = e
    while a > 0 and e - a < 4 and toks[a - 1].cap and np_token_ok(doc, a - 1):
        a -= 1
    b = a - 1 if toks[a].cap else e
    while b > 0 and e - b <= 7 and toks[b].start >= ss and toks[b].lower not in {"by", "from"}:
        b -= 1
    if toks[b].lower not in {"by", "from"} or toks[b - 1].lower not in HELD_CLAIM_NOUNS:
        return None
    if toks[a].cap:
        src = analyse_phrase(doc, a, e)  # "by the opposition leader, Kemi Bade, that"
        return (src, b - 1) if src is not None and src.kind in {"name", "org"} else None
    src = analyse_phrase(doc, b + 1, e)  # "claims by critics that": an unnamed group
    return (src, b - 1) if src is not None and src.kind == "group" else None


def possessor_saying(ctx: Context, qi: int) -> tuple[Source, int] | None:
    """ "Lavoie's “axe the tax” pledge", "his “fix it first” promise": a quote between a
    possessor and a noun of saying is the possessor's words (the noun the cue), never
    another speaker's later in the sentence."""
    doc = ctx.doc
    toks = doc.tokens
    q = ctx.quotes[qi]
    o = doc.tok_index_before(q.open_pos + 1)  # the opening mark
    c = doc.tok_index_at_or_after(q.close_end)
    if o < 1:
        return None
    p = o - 1
    if c >= len(toks) or toks[c].lower not in SAYING_NOUNS or toks[c].cap:
        # "Park's description of the budget as “a slap in the face”": the possessor of a
        # noun of describing, its object, then "as" and the quote
        while p > 0 and o - p <= 2 and toks[p].lower in {"a", "an", "the"}:
            p -= 1
        if toks[p].lower != "as":
            return None
        x = p - 1
        while x > 0 and p - x <= 7 and toks[x].is_word and toks[x].lower != "of":
            x -= 1
        if x < 2 or x == p - 1 or toks[x].lower != "of":
            return None
        if toks[x - 1].lower not in DESCRIBING_NOUNS:
            return None
        c, p = x - 1, x - 2
    pt = toks[p]
    if pt.lower in POSSESSIVE_PRONOUN_SUBJECTS:
        pron = POSSESSIVE_PRONOUN_SUBJECTS[pt.lower]
        return Source(
            "pronoun", pt.start, pt.end, pt.text, pt.start, pt.end,
            gender=lx.SUBJECT_PRONOUNS.get(pron),
        ), c  # fmt: skip
    if not (pt.cap and pt.lower.endswith(("'s", "’s"))):
        return None
    ss, _ = ctx.sentence(q.open_pos)
    a = p
    while a > 0 and toks[a - 1].start >= ss and toks[a - 1].cap and np_token_ok(doc, a - 1):
        a -= 1
    src = analyse_phrase(doc, a, p)
    return (src, c) if src is not None and src.kind in {"name", "org"} else None


def leading(ctx: Context, qi: int, lo: int, prev: Candidate | None) -> tuple[Source, int] | None:
    doc = ctx.doc
    q = ctx.quotes[qi]
    toks = doc.tokens
    j = doc.tok_index_before(q.open_pos)
    if j < 0:
        return None
    block = toks[j].start < lo  # the quote opens a paragraph after "X said:"
    if block:
        # quote opening a paragraph after "X said:" at the end of the previous one
        if toks[j].text == ":" and not doc.text[toks[j].end : q.open_pos].strip():
            lo = ctx.sentence(toks[j].start)[0]
        else:
            return None
    colon = toks[j].text == ":"
    introduced = toks[j].text in {":", ","}  # "… and said, “…”": a quote set off by its cue
    if toks[j].text == ",":
        put = _as_put_it(ctx, j - 1, lo) or _in_words_of(ctx, lo, j)
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
                    src.kind in {"country", "group", "org"}
                    and not (introduced and _one_titled_person(src))
                    and (
                        _after_that(ctx, src)
                        or (src.kind == "group" and _group_of_after_cue(ctx, src))
                    )
                ):
                    # "She says it underscores …" / "Wang said in Beijing that China
                    # welcomed “…”": the cue sits in the clause of the one who spoke for
                    # the country (a person's own words keep their person)
                    outer = _outer_cue(ctx, src, lo, prev)
                    if outer is not None:
                        return outer
                if lx.CUE_FORMS.get(t.lower) in CONSENT_CUES and _after_that(ctx, src):
                    outer = _saying_cue_before(ctx, src, lo, prev)
                    if outer is not None:
                        return outer  # "X said … that Y had agreed to it “…”": X's words
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
        src = src or _progressive_subject(ctx, k, lo)
        if src is not None and src.kind in {"name", "pronoun", "org"}:
            return src, k
        # "In his speech, Gov. Alan Reyes laid out his vision: / “…”" (a quoted block;
        # in one sentence a verb of saying further back is the better cue, and with none
        # the named subject speaks: "Asked about the money, X does not hesitate: “…”")
        lead = named_subject(ctx, lo, toks[k].start)
        if lead is not None and not block and _speech_cue_between(ctx, lo, k):
            lead = None
        if lead is not None and not block and _after_a_word(ctx, lead[0], lo):
            lead = None  # "The mayor of Skagen, Peter Lund, was …:" (not "Skagen")
        if lead is not None:
            return lead[0], k
        a = doc.tok_index_at_or_after(lo)
        labelled = _label_source(ctx, a, k)
        if labelled is not None:
            return labelled, k
        on = next((x for x in range(a + 1, min(a + 6, k)) if toks[x].lower in {"on", "about"}), 0)
        b = on - 1 if on and toks[on - 1].text == "," else on  # "Travis Kelce, on …"
        if on and b > a and all(toks[x].cap or toks[x].text == "." for x in range(a, b)):
            # "Larkin on his team's slow start: “…”": the name before the topic
            named = analyse_phrase(doc, a, b - 1)
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
        if 0 < k - a <= 8:
            # "Smith's verdict: “…”", "Sen. Ann Smith's message to voters was simple: “…”"
            owner = _possessor_of_words(ctx, a, k)
            if owner is not None:
                return owner, k
    return None


def _after_a_word(ctx: Context, src: Source, lo: int) -> bool:
    """A lower-case word of the sentence (from lo) stands right before the source (a
    title may: "Sen. X")."""
    doc = ctx.doc
    x = doc.tok_index_before(src.start)
    return x >= 0 and doc.tokens[x].start >= lo and doc.tokens[x].is_word and not doc.tokens[x].cap


def _speech_cue_between(ctx: Context, lo: int, k: int) -> bool:
    """A verb of saying between lo and token k (at most 60 tokens back), not a fronted
    "Asked …," opening the sentence (the question put to its subject)."""
    doc = ctx.doc
    toks = doc.tokens
    a = doc.tok_index_at_or_after(lo)
    if toks[a].lower == "asked":
        a += 1
    return any(cues.is_cue(doc, x) and cues.is_speech_cue(doc, x) for x in range(max(a, k - 60), k))


PROGRESSIVE_BE = {"is", "are", "was", "were"}
# verbs of consent: an act, not words, when their subject opens another's reported clause
CONSENT_CUES = {"agree", "accept", "approve"}


def _saying_cue_before(
    ctx: Context, inner: Source, lo: int, prev: Candidate | None
) -> tuple[Source, int] | None:
    """ "Harlow said that every bag was checked and that Dunmore had agreed to the search
    “without any complaint”": the verb of saying whose reported clause holds the subject
    of a verb of consent, with its source (the quoted words are that speaker's)."""
    doc = ctx.doc
    toks = doc.tokens
    x = doc.tok_index_before(inner.phrase_start)
    steps = 0
    while x >= 0 and toks[x].start >= lo and steps < 40:
        if (
            not ctx.in_quote(x)
            and cues.is_cue(doc, x)
            and cues.is_speech_cue(doc, x)
            and lx.CUE_FORMS.get(toks[x].lower) not in CONSENT_CUES
        ):
            src = _source_for_cue(ctx, x, lo, inner.phrase_start, prev)
            return (src, x) if src is not None else None
        x -= 1
        steps += 1
    return None


def _progressive_subject(ctx: Context, k: int, lo: int) -> Source | None:
    """ "Mayor X is unveiling a bold new message: “…”": the subject of a progressive
    verb in the clause before the colon at k (the verb finder reads only finite forms)."""
    toks = ctx.doc.tokens
    for x in range(k - 2, max(k - 14, -1), -1):
        if toks[x].start < lo or not (toks[x].is_word or toks[x].text == "."):
            return None
        nxt = toks[x + 1]
        if toks[x].lower in PROGRESSIVE_BE and not nxt.cap and nxt.lower.endswith("ing"):
            src = subject_before(ctx.doc, x, lo)
            return None if src is None or src.loose else src
    return None


def _possessor_of_words(ctx: Context, a: int, end: int) -> Source | None:
    """The named possessor of a noun of what someone said opening tokens a..end:
    ``Smith's verdict``, ``Sen. Ann Smith's words``."""
    toks = ctx.doc.tokens
    p = a
    while p < end and p - a < 5 and (toks[p].cap or toks[p].text == "."):
        if toks[p].lower.endswith(("'s", "’s")):
            if p + 1 < end and toks[p + 1].lower in WORDS_NOUNS:
                src = analyse_phrase(ctx.doc, a, p)
                return src if src is not None and src.kind == "name" else None
            return None
        p += 1
    return None


def _in_words_of(ctx: Context, lo: int, comma: int) -> tuple[Source, int] | None:
    """``In Smith's words, “…”`` / ``In the words of Sen. Ann Smith, “…”``: the one
    whose words follow."""
    doc = ctx.doc
    toks = doc.tokens
    a = doc.tok_index_at_or_after(lo)
    if toks[a].lower != "in" or not 2 < comma - a <= 9:
        return None
    if toks[a + 1].lower == "the" and toks[a + 2].lower == "words" and toks[a + 3].lower == "of":
        noun = a + 2
        src = analyse_phrase(doc, a + 4, comma - 1) if comma > a + 4 else None
    elif toks[comma - 1].lower in WORDS_NOUNS:
        noun = comma - 1
        src = _possessor_of_words(ctx, a + 1, comma)
    else:
        return None
    return (src, noun) if src is not None and src.kind == "name" else None


BULLETS = {"-", "*", "•", "–", "—", "·"}


# the medium or setting after a label's name ("X, in a statement:", "X, on Instagram:")
MEDIUM_OPENERS = {"in", "on", "to", "via", "by"}
# a congressional party tag closing a label: 'Rep. Ann Lee, D-N.Y.: “…”'
PARTY_TAG_RE = re.compile(r",\s*" + lx.PARTY_TAG_OPENING + r"[A-Za-z.]*\s*\Z")


def _label_source(ctx: Context, a: int, k: int) -> Source | None:
    """A sentence that is only a speaker's label before the colon (a list of reactions):
    a person's name with a first name or a title (``British Foreign Secretary James
    Cole: “A dark day.”``, ``Rep. Ann Lee, D-N.Y.: “…”``), a known organisation (``The
    White House: “…”``) or a bare title (``Senate Minority Leader: “…”``, nobody named);
    not a section label such as ``Bottom Line:``."""
    doc = ctx.doc
    toks = doc.tokens
    if a < k and toks[a].text in BULLETS:
        a += 1  # "- German Chancellor Olaf Brandt: “…”", a list item
    tag = PARTY_TAG_RE.search(doc.text, toks[a].start, toks[k].start) if k - a > 2 else None
    b = doc.tok_index_at_or_after(tag.start()) if tag else k
    c = next((x for x in range(a + 1, b) if toks[x].text == ","), None)
    if c is not None and 2 <= b - c <= 5 and toks[c + 1].lower in MEDIUM_OPENERS:
        b = c  # "Hartnett, in a statement: “…”", "Ann Lee, on Instagram: “…”"
    if not 0 < b - a <= 8 or not all(toks[i].cap or toks[i].text == "." for i in range(a, b)):
        return None
    src = analyse_phrase(doc, a, b - 1)
    if src is None:
        return None
    if src.kind == "name" and b - a == 1 and b < k:
        # a lone surname with its medium, of a person named in full before
        named = re.compile(r"\b[A-Z][\w'’-]+ " + re.escape(toks[a].text) + r"\b").search(
            doc.text, max(0, toks[a].start - 20000), toks[a].start
        )
        return src if named is not None else None
    if src.kind == "name":
        return src if b - a > 1 and _person_before_head(doc, a, b - 1) else None
    if src.kind == "org":
        return src if src.text in lx.KNOWN_ORGS or src.text in lx.SUPRANATIONAL else None
    if src.kind == "group" and toks[b - 1].lower in lx.TITLE_HEADS:
        return src
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


# how far back "… told LISTENER that" may lie, and the verbs of telling with a listener
LISTENER_REACH = 14
TELLING_FORMS = {"told", "tells", "tell", "telling", "assured", "informed", "reminded"}


def _outer_cue(
    ctx: Context, inner: Source, lo: int, prev: Candidate | None
) -> tuple[Source, int] | None:
    """``She says it underscores that …``: the cue whose clause holds ``it <cue>``; after
    "that", also a verb of telling before a long listener ("told supporters outside the
    headquarters of her party that the party would not accept “…”")."""
    doc = ctx.doc
    toks = doc.tokens
    j = doc.tok_index_at_or_after(inner.start) - 1
    reach = LISTENER_REACH if j >= 0 and toks[j].lower == "that" else 6
    steps = 0
    while j >= 0 and toks[j].start >= lo and steps < reach:
        t = toks[j]
        if ctx.in_quote(j) or (not t.is_word and t.text not in {","}):
            return None
        if cues.is_cue(doc, j) and cues.is_speech_cue(doc, j):
            if steps >= 6 and t.lower not in TELLING_FORMS:
                return None
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
    lo = _contrast_clause_start(ctx, q.open_pos, ss)
    if lo > ss:
        # "Pitchfork called it “a triumph,” while The Guardian's reviewer found it “flat”":
        # the quote's own clause first, a weaker verb in it before a stronger one outside
        for strong in (True, False):
            res = _cue_before(ctx, qi, lo, strong, prev)
            if res is not None and not strong and _speech_cue_before(ctx, lo, res[1]):
                break  # ", but warned that Greens would not support any plan that “…”":
                # a weaker verb inside a verb of saying's clause; the whole sentence's
            if res is not None:
                return res
    for strong in (True, False):
        res = _cue_before(ctx, qi, ss, strong, prev)
        if res is not None:
            return res
        i = doc.tok_index_at_or_after(q.close_end)
        steps = 0
        while i < n and toks[i].start < se and steps < 80:
            if toks[i].lower in CONTRAST_WORDS and comma_before(doc, i) and not ctx.in_quote(i):
                break  # 'X thinks it is “a fantasy,” but aides say otherwise': their clause
            if _usable_cue(ctx, i, strong):
                src = _source_for_cue(ctx, i, q.close_end, se, prev)
                if src is not None and _subordinate_subject(ctx, q.close_end, src.start):
                    break  # "apologised ‘without reservation’ after a review found …"
                if src is not None:
                    return src, i
            i += 1
            steps += 1
    return None


# conjunctions opening an adverbial clause (its subject is no speaker of what came before)
SUBORDINATORS = {"before", "after", "while", "when", "since", "once", "until", "because"}


def _speech_cue_before(ctx: Context, lo: int, j: int) -> bool:
    """A verb of saying between offset lo and token j (a bounded scan: the clause)."""
    doc = ctx.doc
    x = doc.tok_index_at_or_after(lo)
    return any(_usable_cue(ctx, y, True) for y in range(max(x, j - 40), j))


def _subordinate_subject(ctx: Context, lo: int, pos: int) -> bool:
    """Is the source at pos the subject of an adverbial clause opened between the quote
    (ending at lo) and it, with no comma in between ("… ‘without reservation’ to
    survivors after an independent review found …"; not "…, critics said")?"""
    doc = ctx.doc
    toks = doc.tokens
    i = doc.tok_index_before(pos)
    while i >= 0 and toks[i].start >= lo:
        if toks[i].text in {",", ";", ":", "—", "–"}:
            return False
        if toks[i].lower in SUBORDINATORS:
            return True
        i -= 1
    return False


def _cue_before(
    ctx: Context, qi: int, lo: int, strong: bool, prev: Candidate | None
) -> tuple[Source, int] | None:
    """The nearest usable cue left of quote qi, from offset lo on, with its source."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    toks = doc.tokens
    j = doc.tok_index_before(q.open_pos)
    steps = 0
    while j >= 0 and toks[j].start >= lo and steps < 80:
        if _usable_cue(ctx, j, strong) and not _relative_closed_before(toks, j, q.open_pos):
            src = _source_for_cue(ctx, j, lo, q.open_pos, prev)
            if src is not None:
                if _second_verb_phrase_between(ctx, j, q.open_pos) and _after_that(ctx, src):
                    # "X said the mayor had asked A and would consider “…”": the quote is
                    # the object of the reported clause's second verb phrase, not of the
                    # inner cue; the one who reports the clause says it
                    outer = _outer_cue(ctx, src, lo, prev)
                    if outer is not None:
                        return outer
                if src.kind == "group" and _group_of_after_cue(ctx, src):
                    # "she said the people of the state had rejected “…”": an unnamed
                    # group inside the clause she reports; her words, quote included
                    outer = _outer_cue(ctx, src, lo, prev)
                    if outer is not None and outer[0].kind in {"name", "pronoun", "org"}:
                        return outer
                return src, j
        j -= 1
        steps += 1
    return None


def _relative_closed_before(toks, j: int, pos: int) -> bool:
    """Cue j is the verb of a ", who …," relative whose closing comma comes before offset
    pos ("X, who admitted fraud, was told by Judge Y that he had “…”"): the quote is the
    main clause's, not the relative's."""
    b = j - 1
    while b > 0 and j - b <= 6 and toks[b].is_word and toks[b].lower != "who":
        b -= 1
    if b <= 0 or toks[b].lower != "who" or toks[b - 1].text != ",":
        return False
    for x in range(j + 1, min(len(toks), j + 16)):
        if toks[x].start >= pos or toks[x].lower == "that":
            return False
        if toks[x].text == ",":
            return True
    return False


def _group_of_after_cue(ctx: Context, src: Source) -> bool:
    """The group source ends a phrase "the N of <src>" right after "that" or a verb of
    saying ("said the people of the city had …", "said that residents of the valley …")."""
    doc = ctx.doc
    toks = doc.tokens
    j = doc.tok_index_at_or_after(src.phrase_start)
    if j < 2 or toks[j - 1].lower != "of":
        return False
    for x in range(j - 2, max(j - 5, -1), -1):
        t = toks[x]
        if ctx.in_quote(x) or not t.is_word:
            return False
        if t.lower == "that" or (cues.is_cue(doc, x) and cues.is_speech_cue(doc, x)):
            return x < j - 2
        if t.cap and x != j - 2:
            return False
    return False


# what opens a second verb phrase sharing a clause's subject ("… and would consider")
SECOND_VP_AUXILIARIES = {
    "would", "could", "will", "might", "should", "can", "must", "had", "has", "was", "were",
    "is", "are",
}  # fmt: skip


def _second_verb_phrase_between(ctx: Context, k: int, pos: int) -> bool:
    """Between the cue at token k and offset pos (outside quotes), "and" or "but" opens a
    second verb phrase with an auxiliary or a modal ("asked A and would consider …")."""
    toks = ctx.doc.tokens
    x = k + 1
    while x + 1 < len(toks) and toks[x + 1].start < pos and x - k < 40:
        if (
            toks[x].lower in {"and", "but"}
            and toks[x + 1].lower in SECOND_VP_AUXILIARIES
            and not ctx.in_quote(x)
        ):
            return True
        x += 1
    return False


CONTRAST_WORDS = {"while", "whereas", "but"}


def _contrast_clause_start(ctx: Context, pos: int, ss: int) -> int:
    """Start of the clause after ", while" / ", but" that holds offset pos (ss if none
    within reach)."""
    doc = ctx.doc
    toks = doc.tokens
    j = doc.tok_index_before(pos)
    steps = 0
    while j > 0 and toks[j].start >= ss and steps < 30:
        if toks[j].lower in CONTRAST_WORDS and comma_before(doc, j) and not ctx.in_quote(j):
            return toks[j].end
        j -= 1
        steps += 1
    return ss


FRONTED = {"on", "in", "at", "during", "after", "before", "from", "speaking", "asked"}


def subject_lead(ctx: Context, qi: int) -> tuple[Source, int] | None:
    """A quote with no cue opening a sentence right after one whose subject is a named
    person (``Sen. Ada Brennan (D-Ore.), who …, blamed the rules. “…”``): that person."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    ss, _ = ctx.sentence(q.open_pos)
    if not _blank(doc.text, ss, q.open_pos) or ss == 0:
        return None
    ps, pe = ctx.sentence(ss - 1)
    if doc.para_index(ps) != doc.para_index(q.open_pos) and not _opens_paragraph_after_prose(
        ctx, qi, pe
    ):
        return None
    if _ends_with_attribution(ctx, ps, pe):
        return None  # "Emma Cruz told rescuers …, Boyd said. “…”": Boyd's words go on
    return named_subject(ctx, ps, pe, described=True)


# how someone spoke, said of the person ("Lind was scathing."): what follows is theirs
MANNER_ADJECTIVES = {
    "scathing", "blunt", "defiant", "adamant", "emphatic", "unapologetic", "unrepentant",
    "unequivocal", "forthright", "candid", "frank", "scornful", "withering", "caustic",
    "dismissive", "combative", "conciliatory", "effusive", "unsparing", "unmoved",
    "outspoken", "scathingly", "bullish", "upbeat", "gloomy", "downbeat",
}  # fmt: skip
MANNER_LINKS = {"was", "were", "is", "are", "remained", "sounded"}
# manners that are a view's tone rather than a speech's ("Her counterpart was more
# cautious:", "was more direct:"), read only before a colon or as a comparative
COMPARED_MANNERS = {
    "cautious", "direct", "measured", "guarded", "optimistic", "pessimistic", "sceptical",
    "skeptical", "critical", "explicit", "succinct", "terse", "pointed", "circumspect",
}  # fmt: skip


def _manner_adjective(low: str) -> bool:
    """ "blunt", "blunter", "franker", "cautious" (after "more"): how someone spoke."""
    if low in MANNER_ADJECTIVES or low in COMPARED_MANNERS:
        return True
    return low.endswith("er") and (low[:-2] in MANNER_ADJECTIVES or low[:-1] in MANNER_ADJECTIVES)


def manner_lead(ctx: Context, qi: int) -> tuple[Source, int] | None:
    """A partial quote with no cue in the sentence right after ``Lind was scathing.``
    (or after ``Lind was scathing:`` in its own): that person's words."""
    doc = ctx.doc
    toks = doc.tokens
    q = ctx.quotes[qi]
    ss, _ = ctx.sentence(q.open_pos)
    o = doc.tok_index_before(q.open_pos + 1)
    colon = next(
        (x for x in range(o - 1, doc.tok_index_at_or_after(ss) - 1, -1) if toks[x].text == ":"),
        None,
    )
    if colon is not None:
        lo, end = ss, colon
    elif ss > 0 and doc.para_index(ss - 1) == doc.para_index(q.open_pos):
        lo, pe = ctx.sentence(ss - 1)
        end = doc.tok_index_before(pe)  # the sentence's last token
        while end > 0 and toks[end].text in {'"', "”", "’", "'"}:
            end -= 1
        if toks[end].text != ".":
            return None
    else:
        return None
    adj = end - 1
    if adj < 2 or not _manner_adjective(toks[adj].lower) or ctx.in_quote(adj):
        return None
    be = adj - 1
    if toks[be].lower.endswith("ly") or toks[be].lower in {"equally", "just", "more", "less"}:
        be -= 1
    if toks[be].lower in {"even", "much", "far", "rather"}:
        be -= 1  # "was even blunter", "was far more cautious"
    if toks[be].lower not in MANNER_LINKS or toks[be].start < lo:
        return None
    src = subject_before(doc, be, lo)
    if src is None or src.kind not in {"name", "pronoun", "org"}:
        return None
    return src, adj


def _person_description(src: Source) -> bool:
    """``The minister``, ``the Indiana senator``: one person described by a title."""
    words = src.text.split()
    return (
        2 <= len(words) <= 4
        and words[0].lower() == "the"
        and words[-1] in lx.TITLE_HEADS  # lower-case: a description, not "The Hill"
    )


def _ends_with_attribution(ctx: Context, ps: int, pe: int) -> bool:
    """The sentence ps..pe ends with an attribution after a comma (', Boyd said.')."""
    doc = ctx.doc
    toks = doc.tokens
    j = doc.tok_index_before(pe)
    steps = 0
    cue = False
    while j >= 0 and toks[j].start >= ps and steps < 8 and not ctx.in_quote(j):
        if toks[j].text == ",":
            return cue
        cue = cue or cues.is_cue(doc, j)
        j -= 1
        steps += 1
    return False


def named_subject(
    ctx: Context, ps: int, pe: int, described: bool = False
) -> tuple[Source, int] | None:
    """The named person opening the sentence ps..pe as its subject, and the verb after
    the name (past a dateline, a short fronted phrase and an aside); with ``described``
    a person described by a title (``The minister ended with a warning.``) too."""
    doc = ctx.doc
    toks = doc.tokens
    dateline = DATELINE_RE.match(doc.text, ps, pe) if ps == doc.para_start(ps) else None
    # "WASHINGTON (AP) — Sen. Ada Brennan opened the hearing …": the subject after it
    i = doc.tok_index_at_or_after(dateline.end() if dateline else ps)
    if i >= len(toks) or toks[i].start >= pe:
        return None
    topic = _fronted_person(ctx, i, pe)
    if topic is not None:
        return topic
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
    if src is None or not (
        src.kind == "name" or (described and src.kind == "group" and _person_description(src))
    ):
        return None
    k = _skip_aside(ctx, e, pe)
    if k >= len(toks) or toks[k].start >= pe:
        return None
    v = toks[k]
    if not v.is_word or v.cap or ctx.in_quote(k):
        return None
    if not (
        verb_like(v.lower)
        or v.lower.endswith("s")
        or v.lower in DO_PAST
        or v.lower.replace("’", "'") in NEGATED_DO
    ):
        return None  # "Vasquez laughs at that.", "The senator did not hold back."
    if v.lower in {"was", "is"} and k + 1 < len(toks) and _passive_participle(toks[k + 1].lower):
        return None  # "John Hale, 45, was charged with murder.": he does not speak
    return src, k


TOPIC_VERBS = {"was", "is", "were", "are", "has", "had", "felt", "feels", "meant", "means"}


def _fronted_person(ctx: Context, i: int, pe: int) -> tuple[Source, int] | None:
    """ "For Priya Shah, who runs the corner shop, reopening was a matter of pride.": the
    person a feature's sentence is about, fronted with "for" (the quote after is hers)."""
    toks = ctx.doc.tokens
    if toks[i].lower != "for" or i + 1 >= len(toks) or not toks[i + 1].cap:
        return None
    e = _np_forward(ctx, i + 1, pe)
    if e == i + 1 or e >= len(toks) or toks[e].text != ",":
        return None
    src = analyse_phrase(ctx.doc, i + 1, e - 1)
    if src is None or src.kind != "name" or src.gender is None:
        return None
    k = _skip_aside(ctx, e, pe) if e + 1 < len(toks) and toks[e + 1].lower == "who" else e + 1
    if k >= len(toks) or toks[k].start >= pe or toks[k - 1].text != ",":
        return None
    # the sentence's verb stands as the cue ("reopening was a matter of pride")
    v = next((x for x in range(k, min(k + 8, len(toks))) if toks[x].lower in TOPIC_VERBS), None)
    return (src, v) if v is not None and toks[v].start < pe else None


def _passive_participle(w: str) -> bool:
    """A participle after "was" / "is" that makes it passive ("charged", "shot",
    "taken"), not a state ("unconvinced")."""
    return (w.endswith(("ed", "en")) or w in IRREGULAR_PAST) and not w.startswith("un")


def _opens_paragraph_after_prose(ctx: Context, qi: int, pe: int) -> bool:
    """The quote opens the paragraph right after the sentence ending at pe, and that
    sentence ends a paragraph of prose (no quote, not a headline): 'Jones, a former
    mayor, turned to the audience. / “Do you want four more years of this?”'."""
    doc = ctx.doc
    ss = ctx.sentence(ctx.quotes[qi].open_pos)[0]
    if ss != doc.para_start(ss) or doc.para_index(pe - 1) != doc.para_index(ss) - 1:
        return False
    if qi > 0 and ctx.quotes[qi - 1].close_end > doc.para_start(pe - 1):
        return False  # '“Are you sure?” Lin pressed. / “Absolutely sure.”': a reply
    e = pe
    while e > 0 and doc.text[e - 1].isspace():
        e -= 1
    return doc.text[e - 1 : e] in {".", "!", "?"}


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
    if c in "—–([" or _typed_dash(text, k):
        # a dash or bracket before a sentence ('LONDON (Reuters) - "We will appeal," …',
        # '(“We had no choice,” a manager said.)'), not before a fragment going on with
        # the clause ('the governor -- "my friend."'), unless the fragment ends a quote
        # split by its attribution ('“The economy,” she said — pausing — “is strong.”')
        if text[q.start : q.start + 1].islower() and not _split_before(ctx, qi, ss, k):
            return "partial"
        return "direct"
    if c in ":,.!?…;" or c in '”"»)':
        return "direct"
    if _sentence_after_verb(ctx, qi, k):
        return "direct"
    if _split_by_tag(ctx, qi, ss, k):
        return "direct"  # '“We tried” he said “but it wasn’t enough”' (no comma)
    return "partial"


def _split_by_tag(ctx: Context, qi: int, ss: int, k: int) -> bool:
    """Only a short speech tag ('he said', 'Ann Holt said') lies between quote qi and the
    quote before it in its sentence (not 'called it “a disaster” and said “it …”')."""
    if not _split_before(ctx, qi, ss, k) or _cue_word_start(ctx.doc.text, k) < 0:
        return False
    words = ctx.doc.text[ctx.quotes[qi - 1].close_end : k + 1].split()
    return len(words) <= 5 and words[0].lower() not in {"and", "but", "or", "then"}


def _typed_dash(text: str, k: int) -> bool:
    """The hyphen at k stands for a dash: spaced or doubled, as typed in wire copy
    ('LONDON (Reuters) - "We will…', 'was blunt -- "We lost…'), not the hyphen of a
    compound ('anti-"woke"')."""
    return text[k] == "-" and k > 0 and text[k - 1] in " -"


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
    j = _cue_word_start(text, k)
    if j < 0:
        return False
    before = text[max(0, j - 8) : j].split()
    return not before or before[-1].lower() not in PASSIVE_AUX  # 'it was labeled “True.”'


def _cue_word_start(text: str, k: int) -> int:
    """Start of the verb of saying ending at offset k (-1: the word is none)."""
    j = k + 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j : k + 1].lower()
    return j if word in lx.CUE_FORMS and word != "that" else -1


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
    if not _split_before(ctx, qi, ss, comma):
        return True
    # '“…,” she said, “and …”' (not 'was “a fair tax” for most families, “but not …”':
    # no speech tag between the two quotes, one reported clause goes on)
    words = text[ctx.quotes[qi - 1].close_end : comma].split()
    return not any(w.strip(",.;:()—–").lower() in lx.CUE_FORMS for w in words)


def _split_before(ctx: Context, qi: int, ss: int, k: int) -> bool:
    """The quote before quote qi closes in the same sentence before offset k: qi goes
    on with a quote split by its attribution."""
    if qi == 0:
        return False
    prev = ctx.quotes[qi - 1]
    return ss < prev.close_end <= k


CLAUSE_AFTER_CUE = {"that", "he", "she", "they", "we", "i", "it", "the", "a", "an", "his", "her"}


def _cue_of_next_sentence(
    ctx: Context, qi: int, res: tuple[Source, int], cand: Candidate, prev: Candidate | None
) -> bool:
    """The trailing cue found for a sentence-final quote sits in the next sentence, its
    subject first ('“…” Patrick Mahomes said …'), and belongs there: it introduces a
    quote of its own, or it reports a clause of its own while the quote has a speaker
    already (the previous one in its paragraph, or a cue before it)."""
    src, ci = res
    toks = ctx.doc.tokens
    ss, se = cand.sentence
    if toks[ci].start < se or src.start > toks[ci].start:
        return False
    after = _after_cue(ctx, ci)
    if _introduces_quote(ctx, after):
        return True
    if toks[after].lower not in CLAUSE_AFTER_CUE:
        return False
    if prev is not None and prev.source is not None and prev.para == cand.para:
        return True
    q = ctx.quotes[qi]
    if WRITTEN_BEFORE_MARK_RE.search(ctx.doc.text, max(0, q.open_pos - 16), q.open_pos):
        # round 29 (probe r29c): 'a sign … read “Sold out.” Owner X said he had …': the
        # quote is a written text its own sentence introduces; the next cue is X's own
        return True
    return leading(ctx, qi, ss, prev) is not None


# a written text's verb right before the opening mark: 'a sign read “…”', 'headlined “…”'
WRITTEN_BEFORE_MARK_RE = re.compile(r"\b(?:read|reads|headlined|titled|entitled)[,:]?[ \t]*\Z")


def _after_cue(ctx: Context, ci: int) -> int:
    """The token after the cue at ci and its listener (the last token at the end).
    After 'he', 'that' … the cue reports a clause of its own ('“Simple as that.” Patrick
    Mahomes said he took the blame.'); it may also introduce its own quote (see
    _introduces_quote). Either way it does not credit the quote before it, while '“…?”
    Clinton asked.' does."""
    toks = ctx.doc.tokens
    j = ci + 1
    while j < len(toks) - 1 and toks[j].lower in {"reporters", "journalists", "me", "us"}:
        j += 1
    return min(j, len(toks) - 1)


def _introduces_quote(ctx: Context, j: int) -> bool:
    """Token j opens a quote, or is ':' or ',' before one: 'Smith said, “We will win.”
    Jones said: “We lost.”' (not 'Jones said, smiling.')."""
    toks = ctx.doc.tokens
    if toks[j].text in {":", ","} and j + 1 < len(toks):
        j += 1
    return j + 1 < len(toks) and toks[j].text in lx.OPENING_MARKS and ctx.in_quote(j + 1)


# '“…” / That was how Sen. Ann Ray described the bill.': a paragraph opening with a
# pointer back to the quote that ends the paragraph before, then who said it
CREDIT_AFTER_RE = re.compile(
    r"(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:(?P<how>how|what)\s+"
    r"|the\s+(?:words|message|verdict|warning|view|assessment|reaction|response)\s+"
    r"(?P<of>of|from)\s+)"
)


PUT_FORMS = {"put", "puts"}  # "That is how Ray put it"


def credit_after(ctx: Context, qi: int) -> tuple[Source, int] | None:
    """A quote ending its paragraph, credited at the start of the next one ('That was
    how X described it', 'Those were the words of X'): X."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    pe = doc.para_end(q.open_pos)
    if not _blank(doc.text, q.close_end, pe) or pe >= len(doc.text):
        return None
    nxt = pe + 1
    while nxt < len(doc.text) and doc.text[nxt].isspace():
        nxt += 1
    m = CREDIT_AFTER_RE.match(doc.text, nxt)
    if m is None:
        return None
    toks = doc.tokens
    i = doc.tok_index_at_or_after(m.end())
    se = ctx.sentence(m.end())[1]
    e = _np_forward(ctx, i, se)
    if e == i or not (toks[i].cap or toks[i].lower in lx.DETERMINERS):
        return None
    src = analyse_phrase(doc, i, e - 1)
    if src is None or src.kind == "pronoun":
        return None
    if m.group("how"):
        k = _skip_aside(ctx, e, se)
        if k >= len(toks) or toks[k].start >= se:
            return None
        put_it = toks[k].lower in PUT_FORMS and k + 1 < len(toks) and toks[k + 1].lower == "it"
        if not (put_it or cues.is_cue(doc, k)):
            return None  # "That was how Ray saw it": a cue must name the saying
        return src, k
    return src, doc.tok_index_at_or_after(m.start("of")) - 1


def label_line(ctx: Context, qi: int) -> tuple[Source, int] | None:
    """A quote opening the paragraph after a speaker's line of its own with no verb
    and no colon (a reaction roundup: ``Henrik Sollner, chief executive of World
    Athletics`` / ``Athletics Kenya, on Facebook``, then ``“…”``): the person named with
    a first name or a title, or the organisation, before the line's first comma."""
    doc = ctx.doc
    q = ctx.quotes[qi]
    ps = doc.para_start(q.open_pos)
    if not _blank(doc.text, ps, q.open_pos) or ps == 0:
        return None
    pi = doc.para_index(ps)
    if pi < 2:
        return None  # the headline's next paragraph
    prev_end = ps - 1
    while prev_end > 0 and doc.text[prev_end - 1].isspace():
        prev_end -= 1
    lps = doc.para_start(prev_end - 1)
    line = doc.text[lps:prev_end]
    if not line or len(line) > 140 or "\n" in line or line[-1] in ".!?:;\"”’'":
        return None
    if qi > 0 and ctx.quotes[qi - 1].close_end > lps:
        return None  # a quote inside the line
    toks = doc.tokens
    a = doc.tok_index_at_or_after(lps)
    b = a
    while b < len(toks) and toks[b].start < prev_end and toks[b].text != ",":
        b += 1
    if not 1 < b - a <= 8 or not all(toks[i].cap or toks[i].text == "." for i in range(a, b)):
        return None
    if any(cues.is_cue(doc, i) for i in range(b, doc.tok_index_before(prev_end) + 1)):
        return None  # "Mayor Ada Reyes said on Sunday" (a sentence, not a label)
    src = analyse_phrase(doc, a, b - 1)
    if src is None or src.kind not in {"name", "org"}:
        return None
    if (
        src.kind == "name"
        and not _person_before_head(doc, a, b - 1)
        and not (b < len(toks) and toks[b].text == "," and 2 <= b - a <= 3)
    ):
        return None  # (a first name the lexicon lacks: "Henrik Sollner, chief …")
    return src, b - 1


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
            order: tuple[str, ...] = (
                "trailing", "aside", "dash", "leading", "sentence", "manner", "subject", "after",
                "label",
            )  # fmt: skip
        else:
            order = ("possessor", "leading", "sentence", "trailing", "manner")
        for name in order:
            if name == "possessor":
                res, conf = possessor_saying(ctx, qi) or claim_holder(ctx, qi), 0.8
            elif name == "manner":
                res, conf = manner_lead(ctx, qi), 0.7
            elif name == "trailing":
                res, conf = trailing(ctx, qi, hi), 0.95
                if res is not None and _cue_of_next_sentence(ctx, qi, res, cand, prev):
                    res = None  # the quote continues the previous speaker, or has its own
            elif name == "dash":
                res, conf = dash_credit(ctx, qi, hi), 0.9
            elif name == "aside":
                res, conf = aside_credit(ctx, qi, ss), 0.85
            elif name == "leading":
                res, conf = leading(ctx, qi, ss, prev), 0.93
            elif name == "subject":
                res, conf = subject_lead(ctx, qi), 0.8
            elif name == "after":
                res, conf = credit_after(ctx, qi), 0.8
            elif name == "label":
                res, conf = label_line(ctx, qi), 0.8
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
        if cand.kind == "direct" and (
            # "“Not now” was the answer, the mayor said."
            (cand.sieve == "sentence" and _runs_on_to_cue(ctx, qi, cand))
            # "said the levy was “a fair tax,” “but not on the rich.”"
            or (prev is not None and prev.kind == "partial" and _partial_goes_on(ctx, qi, prev))
        ):
            cand.kind = "partial"
        if cand.kind == "partial":
            ctx.partial_quotes.add(q.start)
        out.append(cand)
        prev = cand
    return out


def _runs_on_to_cue(ctx: Context, qi: int, cand: Candidate) -> bool:
    """ "“Not now” was the answer, the mayor said.", "“We will not let them,” to drive up
    prices, she said.": the writer's sentence goes on past the closing mark, and its cue
    comes after words of the writer's and a comma (not a speech tag right after the quote,
    '“…,” French President X said'): the quote is a partial one inside the clause the
    cue reports."""
    src = cand.source
    if src is None or cand.cue_pos is None or cand.cue_pos < ctx.quotes[qi].close_end:
        return False
    doc = ctx.doc
    toks = doc.tokens
    i = doc.tok_index_at_or_after(ctx.quotes[qi].close_end)
    stop = doc.tok_index_at_or_after(min(src.phrase_start, src.start, cand.cue_pos)) - 1
    if stop <= i or stop - i > 40 or toks[stop].text != "," or ctx.in_quote(stop):
        return False
    while i < stop and not toks[i].is_word:
        i += 1  # (a comma or dash after the closing mark)
    # the words go on with the sentence: not a noun phrase naming the speaker
    # ('“…,” Oresund Link's head of strategy, X, said', '“…,” a No 10 spokesman, X, said')
    if i >= stop or ctx.in_quote(i) or toks[i].cap or toks[i].lower in lx.DETERMINERS:
        return False
    # nor the tag's own time adjunct ('“…,” on Sunday, she said', '“…,” later, he said')
    return stop - i > 4 or not all(
        toks[j].lower in TAG_TIME_WORDS or toks[j].text.isdigit() for j in range(i, stop)
    )


# the words of a time adjunct set off between a quote and its tag
TAG_TIME_WORDS = (
    lx.WEEKDAYS
    | lx.MONTHS
    | {
        "on", "in", "at", "by", "this", "last", "that", "then", "later", "again", "earlier",
        "once", "more", "today", "yesterday", "tonight", "morning", "afternoon", "evening",
        "night", "week", "month", "year", "weekend",
    }
)  # fmt: skip


def _partial_goes_on(ctx: Context, qi: int, prev: Candidate) -> bool:
    """ "said the levy was “a fair tax,” “but not on the rich.”": a lower-case quote right
    after a partial one of its sentence, nothing but a comma between, goes on with the
    same reported clause."""
    q = ctx.quotes[qi]
    if qi == 0 or prev.start != ctx.quotes[qi - 1].start:
        return False
    if prev.sentence != ctx.sentence(q.open_pos):
        return False
    text = ctx.doc.text
    between = text[ctx.quotes[qi - 1].close_end : q.open_pos]
    return between.strip(" ,") == "" and text[q.start : q.start + 1].islower()


# a short reply to a question: '"Ready?" he asked. / "Yes."' is not the asker's
REPLY_RE = re.compile(
    r"[\"“‘']*(?:yes|no|yeah|yep|nope|never|sure|absolutely|not really|of course|"
    r"definitely|maybe|perhaps)\b[\W]*(?:\w+\W*){0,4}",
    re.IGNORECASE,
)
ASK_CUES = {"asked", "asks", "ask", "wondered", "pressed"}


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


# a written message introducing the quote after it: "signs saying “…”", "a banner reading"
MESSAGE_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, lx.MESSAGE_NOUNS), key=len, reverse=True)) + r")"
    r"\s+(?:that\s+)?(?:saying|reading|read|reads|said|says)[,:]?\s*[\"“‘']\Z",
    re.IGNORECASE,
)


# a written text introduced by its verb of reading and a colon
READS_INTRO_RE = re.compile(r"\breads?:\s*[\"“‘']\Z")
# a message its sender is named for, then a colon: "She read aloud a text message that a
# dealer's service manager sent to a farmer last fall: “…”" (the sender's words, not the
# reader's: nobody before goes on speaking)
MESSAGE_SENT_RE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, lx.MESSAGE_NOUNS), key=len, reverse=True)) + r")"
    r"\s+(?:that|which)\s+[^.!?:\"“”\n]{1,80}?\b(?:sent|wrote|posted|texted|emailed|"
    r"tweeted)\b[^.!?:\"“”\n]{0,100}:\s*[\"“‘']\Z",
    re.IGNORECASE,
)


def continuation(cands: list[Candidate], text: str = "") -> None:
    """A direct quote without its own cue continues the previous speaker."""
    prev: Candidate | None = None
    for c in cands:
        if c.extra.get("not_said") and c.kind != "indirect":
            continue  # a chant, a sign's words (pipeline): nobody goes on speaking
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
            and text
            and MESSAGE_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
        ):
            prev = c  # "held signs saying “Save Our Streets.”": the sign's words, nobody's
            continue
        if (
            c.source is None
            and text
            and (
                READS_INTRO_RE.search(text, max(0, c.start - 12), c.start)
                or MESSAGE_SENT_RE.search(text, max(0, c.start - 220), c.start)
            )
        ):
            prev = c  # "One review on the listing, from a buyer in Leeds, reads: ‘…’": a
            continue  # written text's words, never the previous speaker going on
        if (
            c.source is None
            and prev is not None
            and prev.source is not None
            and not c.extra.get("agentless")
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


# every word _interview_parties acts on
_INTERVIEW_WORDS = frozenset(INTERVIEWER_TITLES | SPOKE_WITH.keys() | {"told", "telling", "with"})


def _past_outlet_title(toks, i: int) -> int:
    """From token i, past an outlet's one or two capitalised words and a lower-case job
    title ("Tribune sports writer", "reporter") to the name after them."""
    n = len(toks)
    k = i
    while k < n and k - i < 2 and toks[k].cap and toks[k].is_word:
        k += 1
    m = k
    while m < n and m - k < 3 and toks[m].is_word and not toks[m].cap:
        m += 1
    if k < m < n and toks[m - 1].lower in lx.TITLE_HEADS and toks[m].cap:
        return m
    return i


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
    i = _past_outlet_title(toks, i)  # "Tribune sports writer Dan Ortiz"
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


def _one_named_of_gender(ctx: Context, a: int, b: int, gender: str | None) -> Source | None:
    """The one person of that gender (by first name) named between tokens a and b ("For
    31 years, Harold Quint has kept the light. … He spoke with The Associated Press")."""
    toks = ctx.doc.tokens
    found: dict[str, Source] = {}
    for i in range(a, b):
        low = toks[i].lower
        if toks[i].cap and low in lx.FIRST_NAMES:
            src = _name_at(ctx, i)
            if src is not None and src.gender == gender:
                found[src.text] = src
    return next(iter(found.values())) if len(found) == 1 else None


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
    interview_at = list(compress(range(len(toks)), map("interview".__eq__, doc.lowers)))
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
    # only these words can do anything below: visit just them (a C-level pass)
    acting = map(_INTERVIEW_WORDS.__contains__, doc.lowers)
    for i in compress(range(len(toks)), acting):
        t = toks[i]
        if t.start >= lo and t.lower not in INTERVIEWER_TITLES:
            continue
        if t.lower in SPOKE_WITH and i + 2 < len(toks):
            # 'Forward Mia Laurent spoke with The Gazette's Tom Reyes': the intro names both
            w = i + 2 if toks[i + 1].lower == "down" else i + 1
            if toks[w].lower in SPOKE_WITH[t.lower]:
                ss, _ = ctx.sentence(t.start)
                subj = subject_before(doc, i, ss)
                if subj is not None and subj.text.lower() in {"he", "she"}:
                    # "Marisol Vega took over in January. She spoke with the Herald": the
                    # person who opens the paragraph, else its one person of that gender
                    # (after its dateline: "BOSTON (AP) — Renata Vasquez became …")
                    p0 = doc.tok_index_at_or_after(doc.para_start(t.start))
                    dateline = DATELINE_RE.match(doc.text, toks[p0].start, t.start)
                    p1 = doc.tok_index_at_or_after(dateline.end()) if dateline else p0
                    gender = subj.gender
                    subj = _name_at(ctx, p1) or _one_named_of_gender(ctx, p0, i, gender)
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


# an answer's own voice: a paragraph after the last 'A:' turn goes on with it only when
# it speaks in the first person ("We can't drink a forecast."), not the writer's close
FIRST_PERSON_VOICE_RE = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b"
)


def qa_turns(ctx: Context, cands: list[Candidate]) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """'Q: …' / 'A: …' paragraphs of an interview: each answer is a statement of the
    interviewee, direct (their own words, unmarked); a question is no statement (the
    publication's prompt: decision 12), returned as a span whose candidates are dropped.
    """
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
        return [], []
    if turns[-1][0] == "A":
        # the answer's last paragraphs after the final label: while they speak as the
        # interviewee does, in the first person
        label, _, _, at = turns[-1]
        for u in unlabelled:
            if not FIRST_PERSON_VOICE_RE.search(text, u, doc.para_end(u)):
                break
            turns.append((label, u, doc.para_end(u), at))
    turns.sort(key=lambda t: t[1])
    interviewee, _ = _interview_parties(ctx, cands, turns[0][1])
    out = []
    questions = []
    for label, s, e, at in turns:
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        if label == "Q":
            questions.append((s, e))
            continue
        src = interviewee
        cand = Candidate(
            start=s,
            end=e,
            kind="direct",
            sentence=ctx.sentence(s),
            para=doc.para_index(s),
            source=copy.copy(src) if src is not None else None,
            cue=text[at],
            cue_pos=at,
            sieve="turn",
            confidence=0.6,
        )
        out.append(cand)
    return out, questions
