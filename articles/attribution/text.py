"""Tokens, paragraphs and sentence boundaries with offsets into the original text.

Nothing is normalised destructively: every token keeps its (start, end) in the
input string.  All regular expressions here are linear (no nested quantifiers
over overlapping classes).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from itertools import compress
from operator import attrgetter

from . import lexicons as lx
from .gazetteer import town_country
from .lexicons import ABBREVIATIONS, SENTENCE_STARTERS

# A word: letters/digits joined by internal . ' ’ - (U.S, O'Brien, Secretary-General).
# Possessive quantifiers: a word run can never give characters back (what follows it is
# a joiner or the end), so the engine need not keep backtracking points (~10 % faster).
# A number with thousands separators ("40,000", "1,250.5") is one word, so its commas
# do not read as clause breaks ("The union, which represents 40,000 nurses, said").
# An abbreviation's possessive ("Acme Corp.'s", "the U.S.’s") is one word too, and so is
# a sum written after its currency's letters ("RM1,000", "R13,800", "Rs2,500"; round 31).
WORD_RE = re.compile(
    r"(?:[A-Z][A-Za-z]{0,2})?+\d{1,3}(?:,\d{3})++(?:\.\d++)?+(?![\d,]\d)|[^\W_]++(?:[.'’\-‐][^\W_]++)*+(?:\.['’]s(?![^\W_]))?+"
    r"|[^\w\s]",
    re.UNICODE,
)

# news agencies whose name, in brackets, follows a dateline: "Lyon (AFP) -"
WIRE_AGENCIES = (
    "AFP", "AP", "Reuters", "dpa", "DPA", "EFE", "ANSA", "Xinhua", "Kyodo", "PA", "CP", "UPI",
    "Bloomberg", "PTI", "IANS", "TASS", "Anadolu", "Yonhap", "Bernama", "Antara", "AAP",
    # (the agencies' own English services write their names in capitals: "(ANTARA) -")
    "ANTARA", "BERNAMA",
    # other national agencies' English services ("Albufeira, Faro, 14 Jul 2026 (Lusa) -",
    # round 32)
    "Lusa", "LUSA", "Belga", "ANP", "APA", "BTA", "CTK", "HINA", "MTI", "PAP", "Ritzau",
    "Agerpres", "Europa Press", "Interfax", "Ukrinform", "KUNA", "WAM", "MENA", "IRNA",
    "Jiji",
)  # fmt: skip
# A wire dateline opening the first paragraph: "PHOENIX (AP) — ", "SAN JOSE, Calif., Oct 23
# (Reuters) - ", "ABU DHABI — ": not part of the reported clause.
# (an upper-case word may keep a name's lower case: AP's "McALLEN", "DeKALB", "LEWIS-McCHORD")
_UPPER_WORD = r"[A-Z](?:[A-Z'.\-]|(?<=\bM)c(?=[A-Z])|(?<=\bD)e(?=[A-Z])|(?<=\bL)a(?=[A-Z]))+"
# a dateline's parts after its place, each after a comma: a state or a country, a date
# ("Oct 23", "14 Jul 2026", "Nov 12, 2026": the wires' day-month-year too, round 32)
_DATELINE_PARTS = (
    r"(?:, (?:[A-Z][A-Za-z.]*(?: [A-Z][a-z]*\.?)?(?: \d{1,2})?"
    r"|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?|\d{4}))*,?"
)
DATELINE_RE = re.compile(
    # ANSA's English service names itself first: "(ANSA) - ROME, JUN 18 - " (round 29)
    r"(?:\((?:"
    + "|".join(WIRE_AGENCIES)
    + r")\) ?(?:—|―|–|--|-) ?(?=[A-Z]{2}))?(?:"
    + _UPPER_WORD
    + r"(?: "
    + _UPPER_WORD
    + r")*"
    + _DATELINE_PARTS
    + r"(?: \([A-Za-z.' ]{1,30}\))? ?(?:—|―|–|--|-) ?"
    # AFP and others write the place in Title Case; their agency's name makes it a dateline
    r"|[A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,3}"
    # (and a state's initials after the town: "Bhairavpur (UP), Feb 12 (PTI)", round 25)
    r"(?: \([A-Z][A-Za-z.]{0,11}\))?"
    + _DATELINE_PARTS
    # (Indian wires write no dash: "Dehradun, Dec 3 (PTI) The party …")
    + r" \((?:"
    + "|".join(WIRE_AGENCIES)
    + r")\)(?: ?(?:—|―|–|--|-) ?| (?=[A-Z\"“‘]))"
    r")"
)

SENT_END_CHARS = ".!?…"
_SENT_END_TOKENS = frozenset(SENT_END_CHARS)
CLOSERS = "\"”’'»)]“«"  # “ and « close German „…“ and »…« quotes


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    is_word: bool
    cap: bool  # first character is upper-case


@dataclass
class Doc:
    text: str
    tokens: list[Token] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    sent_bounds: list[int] = field(default_factory=list)  # sorted boundary offsets
    # each token's lower-case form, as a plain list: hot scans slice it or map over it
    # at C level instead of reading Token attributes
    lowers: list[str] = field(default_factory=list)
    # each token's end offset (increasing: tokens never overlap), for tok_index_before
    ends: list[int] = field(default_factory=list)
    # per-document memo for pure, read-only analyses: mentions.analyse_phrase keyed by
    # token span, resolve.headline_paragraphs keyed by "headline", cues.is_cue by "is_cue"
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    # tok_index_at_or_after(pos): index of the first token starting at or after pos
    # (len(tokens) if none).  The hottest look-up (~80,000 calls per MB): a partial of the
    # C-level bisect over ``starts``, so no Python frame per call.
    tok_index_at_or_after: Callable[[int], int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.tok_index_at_or_after = partial(bisect.bisect_left, self.starts)

    # -- lookup helpers ---------------------------------------------------
    def tok_index_before(self, pos: int) -> int:
        """Index of the last token that ends at or before pos (-1 if none)."""
        return bisect.bisect_right(self.ends, pos) - 1

    def para_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.para_starts[i] if i >= 0 else 0

    def para_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.para_starts, pos)
        if i < len(self.para_starts):
            return self.para_starts[i] - 1
        return len(self.text)

    def para_index(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1


# per spelling: text, lower, is_word, cap, and whether it opens with a name particle (a
# function of the spelling alone), kept across documents: most words of an article were
# spelt in an earlier one ("the", "said", "minister"); bounded in a long-running process
_SPELLINGS: dict[str, tuple[str, str, bool, bool, bool]] = {}
SPELLINGS_MAX = 100_000


def tokenize(text: str) -> list[Token]:
    """One Token per WORD_RE match; "al-Qadi"-style names (PARTICLE_NAME_RE) count as
    capitalised."""
    out: list[Token] = []
    append = out.append
    new = object.__new__  # fill the slots directly: no __init__ call per token
    seen = _SPELLINGS
    if len(seen) > SPELLINGS_MAX:
        seen.clear()
    for m in WORD_RE.finditer(text):
        s = m.group()
        info = seen.get(s)
        if info is None:
            c0 = s[0]
            particle = PARTICLE_SPELLING_RE.match(s) is not None
            low = s.lower()
            # (a word already in lower case keeps one string: the memo holds it once)
            info = seen[s] = (s, s if low == s else low, c0.isalnum(), c0.isupper(), particle)
        t = new(Token)
        t.start, t.end = m.span()
        t.text, t.lower, t.is_word, t.cap, particle = info
        if particle and (t.start == 0 or not _WORD_CHAR_RE.match(text, t.start - 1)):
            t.cap = True  # "al-Qadi": a capitalised name for every later step
        append(t)
    if NUMBERED_HEAD_RE.search(text) is not None:
        _join_numbered_names(text, out)
    return out


# A name whose last word is a number (round 27): "Channel 4", "BBC Radio 4", "Formula 1",
# "Apollo 11", "Big 12": the head and its number are one capitalised word ("Channel 4
# said" is the broadcaster, not "Channel"), and "Channel 4's" one possessive. Only
# capitalised heads of bodies, series and missions that can speak or employ (not places
# and sections: "the diner on Route 9", "Ward 7 councillor", "Article 50" stay apart); a
# number of one to three digits, an optional capital letter ("Studio 8H"), no digit or
# decimal after it (not "Radio 4,000", a year "Formula 2024" nor "Flight 3.5"). Not
# "channel 4".
NUMBERED_NAME_HEADS = (
    "Channel", "Radio", "Formula", "Series", "Division", "League", "Studio", "Flight",
    "Apollo", "Artemis", "Gemini", "Big",
)  # fmt: skip
# (each head written as its first letter, the word boundary before it, then the rest: a
# pattern led by letters, so the scan of every text jumps between their capitals instead
# of testing a boundary at each character; the same matches as "\b(?:Channel|…)")
NUMBERED_HEAD_RE = re.compile(
    "(?:"
    + "|".join(rf"{head[0]}(?<=\b{head[0]}){head[1:]}" for head in NUMBERED_NAME_HEADS)
    + r") [1-9]\d{0,2}[A-Z]?(?:['’]s)?(?![^\W_]|[.,]\d)"
)


def _join_numbered_names(text: str, out: list[Token]) -> None:
    """Join each NUMBERED_HEAD_RE match's two tokens (head, number) into one capitalised
    word, in place (one pass over the tokens: linear however many names)."""
    spans = {m.start(): m for m in NUMBERED_HEAD_RE.finditer(text)}
    joined: list[Token] = []
    new = object.__new__
    i, n = 0, len(out)
    while i < n:
        t = out[i]
        m = spans.get(t.start)
        if m is not None and i + 1 < n and out[i + 1].end == m.end():
            j = new(Token)
            j.start, j.end = m.span()
            j.text = m.group()
            j.lower = j.text.lower()
            j.is_word, j.cap = True, True
            joined.append(j)
            i += 2
            continue
        joined.append(t)
        i += 1
    out[:] = joined


# "al-Qadi", "el-Sisi", "d'Estaing": a lower-case particle joined to a capitalised name.
# A match can only start a token (the particle's letters end a word run), so it is
# tested per spelling, plus the word boundary (\b) before the token.
PARTICLE_SPELLING_RE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|d|l)[-'’][A-Z]")
_WORD_CHAR_RE = re.compile(r"\w")


PARA_BREAK_RE = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)*")

# A hard-wrapped line (plain-text copy, e-mails): a single line break between a line that
# does not end a sentence and one that goes on in lower case ("She said the ban had\n
# cost farmers millions") is a space, not a paragraph break.
SOFT_WRAP_RE = re.compile(r"\n(?=[^\S\n]*[^\W\d_])")


def _unwrap_line(m: re.Match[str]) -> str:
    text = m.string
    k = m.start() - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    if k < 0 or text[k] in "\n.!?:;":
        return "\n"  # a blank line before, or a line that ends a sentence
    nxt = text[m.end() : m.end() + 40].lstrip()
    return " " if nxt[0].islower() else "\n"


# HTML left in pasted copy: a tag is blanked (a block tag ends a paragraph), an entity
# becomes its character padded with spaces (`&ldquo;` is a quotation mark).
HTML_TAG_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,15})\b[^<>]{0,300}>|<!--[^<>]{0,300}-->")
HTML_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
HTML_BLOCK_TAGS = frozenset(
    "p br div li ul ol h1 h2 h3 h4 h5 h6 blockquote tr td th table section article "
    "header footer figure figcaption hr".split()
)


def _blank_tag(m: re.Match[str]) -> str:
    n = len(m.group())
    name = m.group(1)
    return "\n" + " " * (n - 1) if name and name.lower() in HTML_BLOCK_TAGS else " " * n


# An entity inside a word ("Macy&#39;s", "don&rsquo;t"): the word is joined up at its
# start and the padding follows it, so it stays one word; a span ending in it is moved
# to the word's end in the text as given (shifted_word_ends).
# (led by "&", the letter or digit before it checked behind it: the scan jumps from one
# "&" to the next; the same matches as a pattern led by the look-behind)
IN_WORD_ENTITY_RE = re.compile(
    r"(&(?<=[^\W_]&)(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)([^\W_]+)"
)


def _join_word(m: re.Match[str]) -> str:
    ch = html.unescape(m.group(1))
    if len(ch) != 1 or ch.isspace():
        return m.group()
    return ch + m.group(2) + " " * (len(m.group(1)) - 1)


def shifted_word_ends(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each word part working_text moved left."""
    if "&" not in text:
        return []
    return [
        (m.start(), m.end())
        for m in IN_WORD_ENTITY_RE.finditer(text)
        if len(ch := html.unescape(m.group(1))) == 1 and not ch.isspace()
    ]


def _entity_char(m: re.Match[str]) -> str:
    ch = html.unescape(m.group())
    n = len(m.group())
    if len(ch) != 1:
        return m.group()
    if ch.isspace():
        return " " * n
    k = m.start()
    before = m.string[k - 1] if k else " "
    # padding on the side away from the word the character belongs to: an opening
    # mark before its word, anything else after the word it closes
    if before.isspace() or before in "([{":
        return " " * (n - 1) + ch
    return ch + " " * (n - 1)


# A list bullet opening a line ("- Officials said …", "• “We are ready,” …") is layout:
# the item is read as a paragraph of its own.
# (a literal newline first: the scan skips to line starts, unlike a MULTILINE "^")
BULLET_RE = re.compile(r"\n[^\S\n]*[-*•▪●·][^\S\n]+")
FIRST_BULLET_RE = re.compile(r"[^\S\n]*[-*•▪●·][^\S\n]+")


def _blank_bullet(m: re.Match[str]) -> str:
    return "\n" + " " * (len(m.group()) - 1)


# A reaction roundup's speaker line in capitals on a line of its own (wire "WHAT THEY
# SAID" factboxes: `HENRIK SOLLNER, CHIEF EXECUTIVE OF WORLD ATHLETICS`, then the quote):
# read in the case the body would write it, so its name, title and body are found as in
# `Henrik Sollner, chief executive of World Athletics` (same length, offsets unchanged).
CAPS_LABEL_RE = re.compile(r"(?<=\n)[^\S\n]*([A-Z][A-Z0-9'’.,&\- ]{3,119}?)[^\S\n]*(?=\n)")
CAPS_WORD_RE = re.compile(r"[A-Z][A-Z'’]*")
# a capitalised word inside a sentence of the body ("… Thank you, World Athletics.")
BODY_CAP_RE = re.compile(r"(?<=[a-z0-9,;] )[A-Z][a-z][\w'’]*")
BODY_LOWER_RE = re.compile(r"\b[a-z][a-z'’]+\b")
# words of the line's medium or setting, written in lower case ("TO REPORTERS IN MONACO")
LABEL_SETTING_WORDS = frozenset(
    "statement reporters interview post video conference news briefing email letter "
    "television radio podcast rally speech".split()
)
LABEL_BODY_ENDS = frozenset({"county", "province", "state", "district", "region"}) | lx.ORG_HEADS


def _cased_label(line: str, cap: frozenset[str], low: frozenset[str]) -> str:
    """``line`` (upper case) in the body's case: the part before the first comma, the
    name with any title before it, in Title case; after it, a body's name after "the" or
    ending in a body word in Title case, title and common words in lower case."""
    out = list(line)
    words = list(CAPS_WORD_RE.finditer(line))
    comma = line.find(",")
    body_run = [False] * len(words)  # inside a body's name ("THE KENYA … COMMITTEE")
    n = 0
    while n < len(words):
        e = n
        while (
            e < len(words)
            and words[e].group().lower() not in lx.FUNCTION_WORDS
            and (e == n or "," not in line[words[e - 1].end() : words[e].start()])
        ):
            e += 1
        if e > n:
            after_the = n > 0 and words[n - 1].group() == "THE"
            # "AT A WATCH PARTY" is a setting, "OF NAIROBI COUNTY" a body
            ends_body = (
                e - n > 1
                and words[e - 1].group().lower() in LABEL_BODY_ENDS
                and not (n > 0 and words[n - 1].group() in {"A", "AN"})
            )
            for x in range(n, e):
                body_run[x] = after_the or ends_body
        n = max(e, n + 1)
    for n, m in enumerate(words):
        w = m.group()
        lw = w.lower()
        stem = lw.split("'")[0].split("’")[0]
        if lw in lx.FUNCTION_WORDS and n > 0:
            new = lw
        elif len(w) == 1 or w in lx.KNOWN_ORGS or w in lx.SUPRANATIONAL:
            continue  # "ON X", "UN", "BBC"
        elif (
            comma < 0
            or m.start() < comma
            or body_run[n]
            or stem in cap
            or stem.capitalize() in lx.COUNTRY_OR_DEMONYM
        ):
            new = w[0] + lw[1:]  # the name, a body's name, a word the body capitalises
        elif (
            stem in lx.TITLE_HEADS
            or stem in lx.TITLE_MODIFIERS
            or stem in low
            or stem + "s" in low
            or stem in LABEL_SETTING_WORDS
            or stem.endswith(("er", "or", "ist", "ian"))  # "sailor", "pianist"
        ):
            new = lw
        else:
            new = w[0] + lw[1:]
        if "-" in new and new[:1].isupper():
            new = "-".join(p[:1].upper() + p[1:] for p in new.split("-"))
        out[m.start() : m.end()] = new
    return "".join(out)


def _case_labels(text: str) -> str:
    """Upper-case speaker lines of a mixed-case story in the body's case (see
    CAPS_LABEL_RE): a line of two words or more, all capitals, no sentence end, not the
    first line, with a paragraph after it."""
    labels = [
        m
        for m in CAPS_LABEL_RE.finditer(text)
        if " " in m.group(1).strip()
        and not m.group(1).rstrip().endswith((".", ",", ":"))
        and text[m.end() :].strip()
    ]
    if not labels:
        return text
    cap = frozenset(w.lower() for w in BODY_CAP_RE.findall(text))
    low = frozenset(BODY_LOWER_RE.findall(text))
    if not low:
        return text  # an all-caps story: nothing to go by
    parts, last = [], 0
    for m in labels:
        parts.append(text[last : m.start(1)])
        cased = _cased_label(m.group(1), cap, low)
        parts.append(cased if len(cased) == len(m.group(1)) else m.group(1))
        last = m.end(1)
    parts.append(text[last:])
    return "".join(parts)


def working_text(text: str) -> str:
    """The text the sieves read: the same length as ``text``, offsets unchanged, with
    layout that is not structure blanked out (soft line wraps, list bullets, Markdown
    bold, HTML tags and entities, the comma of "Co., Ltd.")."""
    if "\n" in text:
        text = SOFT_WRAP_RE.sub(_unwrap_line, text)
        text = BULLET_RE.sub(_blank_bullet, text)
    if first := FIRST_BULLET_RE.match(text):
        text = " " * first.end() + text[first.end() :]
    if "**" in text:
        text = text.replace("**", "  ")  # Markdown bold: "**Lopez:** I grew up here."
    if "<" in text:
        text = HTML_TAG_RE.sub(_blank_tag, text)
    if "&" in text:
        text = IN_WORD_ENTITY_RE.sub(_join_word, text)
        text = HTML_ENTITY_RE.sub(_entity_char, text)
    if "\n" in text:
        text = _case_labels(text)
    if ", Ltd" in text:
        # "China State Railway Group Co., Ltd. said": one name (the comma blanked)
        text = LEGAL_FORM_COMMA_RE.sub(" ", text)
    if STATE_COMMA_RE.search(text) is not None:
        # "Acme, the Cambridge, Mass., company that makes the drug, said": a town and its
        # U.S. state before a noun are one modifier; their commas end no appositive
        text = CITY_STATE_MODIFIER_RE.sub(_blank_commas, text)
    if (") " in text or ")," in text) and TITLE_REMIT_BRACKET_RE.search(text) is not None:
        # "X, vice-president (global operations) of Y, said": a remit in brackets after a
        # title, as Indian and Asian copy writes it, blanked so that the title reads on
        text = TITLE_REMIT_RE.sub(_blank_remit, text)
    if " in " in text:
        # "executive engineer in Patuakhali Rezaul Karim Talukder said": the title's town
        # between a title and a name (Bangladeshi and Pakistani copy) blanked, so that
        # the title reads on to the name (round 32)
        text = TITLE_TOWN_RE.sub(_blank_title_town, text)
    return text


# " in <Town>" before a name of two to four capitalised words and a speech verb (the word
# before a lower-case title head, the town a known one: _blank_title_town; the pattern
# opens with its literal, scanned for in C)
TITLE_TOWN_RE = re.compile(
    r" in ([A-Z][a-z]+)(?= (?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+ (?:said|says|told)\b)"
)


def _blank_title_town(m: re.Match) -> str:
    text = m.string
    w = m.start()
    while w > 0 and text[w - 1].isalpha():
        w -= 1
    title = text[w : m.start()]
    town = m.group(1)
    if title not in lx.TITLE_HEADS or not (town in lx.WORLD_CITIES or town_country(town)):
        return m.group()
    return " " * len(m.group())


_US_STATE = (
    r"(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss"
    r"|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va"
    r"|Wash|W\.Va|Wis|Wyo)\.|(?:"
    + "|".join(sorted((s.title() for s in lx.US_STATES), key=len, reverse=True))
    + r"))"
)
# AP's "the Cambridge, Mass., company", "a Bentonville, Arkansas, retailer": a town and its
# U.S. state as a modifier between a determiner and a lower-case noun (round 29); the
# pre-check opens with a literal comma, so a text without one is skipped at once
STATE_COMMA_RE = re.compile(r", " + _US_STATE + r", [a-z]")
CITY_STATE_MODIFIER_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(, )" + _US_STATE + r"(, )(?=[a-z])"
)


def _blank_commas(m: re.Match[str]) -> str:
    """The match with its two commas blanked (equal length)."""
    out = m.group()
    base = m.start()
    for g in (1, 2):
        a = m.start(g) - base
        out = out[:a] + " " + out[a + 1 :]
    return out


# a lower-case remit in brackets after a title, before its body or the appositive's end
# ("vice-president (global operations) of", "additional chief secretary (home),"; round 28)
TITLE_REMIT_RE = re.compile(
    r"\b((?:vice-)?(?:president|director|secretary|commissioner|officer|manager|head|chief"
    r"|minister|adviser|advisor|chairman|chairwoman|chairperson|chair|counsel|controller))"
    r"( \([a-z][a-z&' -]{2,40}\))(?= of\b|,)"
)
# its bracket alone, as a pre-check: a scan from every word's start for the titles costs
# more than the rest of working_text, and most texts hold no such bracket
TITLE_REMIT_BRACKET_RE = re.compile(r" \([a-z][a-z&' -]{2,40}\)(?= of\b|,)")


def _blank_remit(m: re.Match) -> str:
    return m.group(1) + " " * len(m.group(2))


# the comma between two legal forms of an Asian company's name ("Co., Ltd.")
LEGAL_FORM_COMMA_RE = re.compile(r"(?<=\bCo\.),(?= Ltd\b)")


def as_written(name: str) -> str:
    """A name read from the working text with the comma working_text blanked put back
    ("Acme Co.  Ltd" -> "Acme Co., Ltd")."""
    return name.replace("Co.  Ltd", "Co., Ltd") if "  Ltd" in name else name


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start: after a newline, blank lines included."""
    starts = [0]
    for m in PARA_BREAK_RE.finditer(text):
        starts.append(m.end())
    return starts


# abbreviations that stand before a number only: "No. 2", but "she said no. Mr. …"
NUMBER_ABBREVIATIONS = {"no", "nos", "fig", "vol"}
# abbreviations that can end a sentence: a boundary before a typical sentence starter
FINAL_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "jr", "sr", "etc", "est", "approx"}
# after "5 p.m." a capitalised day, month or time zone belongs to the same sentence
TIME_FOLLOWERS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan",
    "january", "feb", "february", "march", "april", "may", "june", "july", "aug", "august",
    "sept", "september", "oct", "october", "nov", "november", "dec", "december", "et", "est",
    "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst",
    "cet", "cest", "local", "eastern", "central", "pacific", "mountain",
}  # fmt: skip


def _is_abbrev(tok: Token, nxt: Token | None) -> bool:
    low = tok.lower
    if low in NUMBER_ABBREVIATIONS:
        return nxt is not None and nxt.text[0].isdigit()
    if low in FINAL_ABBREVIATIONS:
        return not (nxt is not None and nxt.lower in SENTENCE_STARTERS and nxt.cap)
    if low in {"a.m", "p.m"}:
        if nxt is not None and nxt.text in {"“", '"', "‘", "«", "„"}:
            return False  # "… shortly after 3 p.m. “You don’t argue …”": a quote opens
        return nxt is None or not nxt.cap or nxt.lower in TIME_FOLLOWERS
    if low in ABBREVIATIONS or (len(tok.text) == 1 and tok.cap) or ("." in low and len(low) <= 8):
        if "." in low or len(tok.text) == 1:
            # U.S. / U.K. / initials: a boundary only before a typical starter
            return not (nxt is not None and nxt.lower in SENTENCE_STARTERS and nxt.cap)
        return True
    return False


def _spaced_ellipsis_after_end(text: str, tokens: list[Token], i: int, nxt: Token) -> bool:
    """Token i closes a spaced "..." between two sentences (AP's notes: "Portland shot 9 of
    33 from 3-point range. ... Moss is expected to …"): a sentence end, a space, three
    points, a space and a capital (round 27)."""
    if i < 3 or not nxt.cap or any(tokens[x].text != "." for x in (i - 1, i - 2)):
        return False
    a = tokens[i - 2].start
    if tokens[i - 1].start != a + 1 or tokens[i].start != a + 2:
        return False
    return a >= 2 and text[a - 1] == " " and text[a - 2] in ".!?"


def sentence_bounds(
    text: str, tokens: list[Token], para_starts: list[int] | None = None
) -> list[int]:
    """Offsets where a new sentence starts (paragraph starts included; pass them when
    already computed)."""
    bounds = set(paragraph_starts(text) if para_starts is None else para_starts)
    n = len(tokens)
    # only a one-character punctuation token can end a sentence: visit just those
    ends = map(_SENT_END_TOKENS.__contains__, map(attrgetter("text"), tokens))
    for i in compress(range(n), ends):
        t = tokens[i]
        if t.is_word or t.text not in SENT_END_CHARS:
            continue
        prev = tokens[i - 1] if i > 0 else None
        # absorb closing quotes/brackets
        j = i + 1
        end = t.end
        while (
            j < n
            and tokens[j].text in CLOSERS
            and (
                tokens[j].start == end
                # French spacing: « Nous gagnerons. »
                or (tokens[j].text == "»" and tokens[j].start == end + 1 and text[end].isspace())
            )
        ):
            end = tokens[j].end
            j += 1
        nxt = tokens[j] if j < n else None
        if nxt is None:
            continue
        if nxt.start == end:  # no space: 3.4 or U.S.A
            continue
        if j > i + 1 and tokens[i + 1].text == ")" and _bracket_after_word(tokens, i):
            continue  # "Ann Cole (D-Del.) — who …": a tag's abbreviation, mid-sentence
        if (
            t.text == "."
            and prev is not None
            and prev.end == t.start
            and _is_abbrev(prev, nxt)
            and not _spaced_ellipsis_after_end(text, tokens, i, nxt)
        ):
            continue
        c = nxt.text[0]
        if c.isupper() or c.isdigit() or c in "\"“‘'«(—–-„”":
            bounds.add(nxt.start)
    return sorted(bounds)


def _bracket_after_word(tokens: list[Token], i: int) -> bool:
    """The "(" of the bracket that the "." at i closes opened at most four tokens before,
    right after a word: a party tag or an abbreviation inside a sentence ("Ann Cole
    (D-Del.)"), not a sentence in brackets ("… ended. (See page 4.)")."""
    for x in range(i - 1, max(0, i - 5), -1):
        if tokens[x].text == "(":
            return tokens[x - 1].is_word
    return False


def make_doc(text: str) -> Doc:
    tokens = tokenize(text)
    # (list comprehensions: reading a slot is faster there than through attrgetter)
    doc = Doc(text=text, tokens=tokens, starts=[t.start for t in tokens])
    doc.lowers = [t.lower for t in tokens]
    doc.ends = [t.end for t in tokens]
    doc.para_starts = paragraph_starts(text)
    doc.sent_bounds = sentence_bounds(text, tokens, doc.para_starts)
    return doc
