"""Sieve 1: find quoted spans.

Quotation marks are paired by position and direction in one linear pass:

* a mark's direction comes from its context (space before and a letter after
  opens, even for a closing glyph such as ``is ”supposed``), falling back on
  its glyph, and for the straight ``"`` on the current state;
* a mark that starts a paragraph opens, whatever its glyph;
* an opening mark at the start of a new paragraph while a quote is still open
  continues the quote (multi-paragraph quotations repeat the opening mark),
  when it is of the same family (straight ``"`` or typographic ``“ „ «``);
* a mark of the other family inside a quote that closes later in its paragraph
  opens a nested quote (``"It comes across as “too loud,”" she said``);
* otherwise an opening mark inside an open quote in the same paragraph abandons
  the earlier, unbalanced mark; stray closing marks are ignored.

Single marks ``‘ ’ ' ‹ ›`` are paired in a second pass (British style copy,
``‘We won’t back down,’ she said.``), only outside the double-quoted spans
(a single pair inside double quotes is a nested quote).  A mark between two
letters is an apostrophe (won’t); an opening mark must not start an elision
(’90s, ’em, rock ’n’ roll); a mark after an s and before a space (Jones’ car,
a plural possessive) closes only when no other closing mark comes before the
next opening mark.  A double-quoted span inside a single-quoted one is then a
nested quote and is dropped.  In an article that quotes with double marks (US
style), single marks in the headline and title-case subheadings are headline
style and are left to the reported-speech sieve, unless the quote opens the
headline and words follow it (``‘We were robbed,’ says Holt``).

Quoted terms, nicknames and titles (``the so-called “gig economy”``, ``her
memoir, “The Long Shift”``, ``on CNN’s “State of the Union”``) are not
quotations and are not returned.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from . import lexicons as lx

# '' or `` or a double mark; every match opens with one of its characters, read before the
# rest (a pattern opening with a character set is scanned for it in C: ''|``|[…] tried
# every position)
MARK_RE = re.compile(r"[\"“”„‟«»'`](?:(?<=')'|(?<=`)`|(?<=[\"“”„‟«»]))")

OPEN_GLYPHS = {"“", "„", "‟", "«", "``"}
STRAIGHT = {'"', "''", "``"}
STRAIGHT_RE = re.compile(r"\"|''|``")
CURLY_RE = re.compile(r"[“”„‟«»]")
CLOSE_GLYPHS = {"”", "»"}
OPEN_CONTEXT = set("([{—–-/:;,") | {"\u00a0"}
# punctuation that can follow a closing mark but never starts quoted content
CLOSE_FOLLOW = set(",.;:!?)]}…")
# a quotation taken up mid-sentence: an ellipsis, then its first word
ELLIPSIS_START_RE = re.compile(r"(?:…|\.\.\.) ?[^\W_]")
MAX_QUOTE_CHARS = 6000
# A transcript turn: a paragraph opening with a quotation mark, then a speaker label
# in capitals and a colon ('"SMITH: We will …'). The mark quotes the whole exchange,
# not this paragraph: the turn is attributed by its label.
TURN_LABEL_RE = re.compile(r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}: ")

OPEN, CLOSE, AMBIG = 1, 2, 3


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # first character of the content
    end: int  # one past the last character of the content
    open_pos: int  # offset of the opening mark
    close_end: int  # offset just past the closing mark (== end if unterminated)
    multi_paragraph: bool = False
    terminated: bool = True


def _is_punct(c: str) -> bool:
    return unicodedata.category(c)[0] == "P"


def _direction(text: str, i: int, mark: str) -> int:
    n = len(text)
    p = text[i - 1] if i > 0 else " "
    j = i + len(mark)
    nx = text[j] if j < n else " "
    left = (p.isspace() or p in OPEN_CONTEXT or i == 0) and not (nx.isspace() or nx in CLOSE_FOLLOW)
    right = (nx.isspace() or _is_punct(nx) or j >= n) and not p.isspace()
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    if mark in OPEN_GLYPHS:
        return OPEN
    if mark in CLOSE_GLYPHS:
        return CLOSE
    return AMBIG


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Content offsets without the inner spaces of « Nous gagnerons »."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def find_quotes(text: str, para_starts: list[int]) -> list[QuoteSpan]:
    """Return quoted spans (content offsets) in document order."""
    spans = _quotes(text, para_starts)
    out: list[QuoteSpan] = []
    prev: QuoteSpan | None = None  # the quote before, when it was a mention
    last_close = -1
    for q in spans:
        if _gloss(text, q, last_close):
            last_close = q.close_end
            continue  # '"Con el cuerno …" ("With the rifle …")': a translation in brackets
        last_close = q.close_end
        if _mention(text, q) or (prev is not None and _listed_after_mention(text, prev, q)):
            prev = q
            continue
        prev = None
        out.append(q)
    return out


# a quote's translation in brackets right after it: '"¿Y ahora qué cantamos?" ("And now
# what do we sing?")' — the same words again, never a statement of their own
GLOSS_GAP = frozenset({" (", "(", " [", "["})


def _gloss(text: str, q: QuoteSpan, last_close: int) -> bool:
    """Is ``q`` a bracketed gloss opening right after the previous quote's closing mark?"""
    if last_close < 0 or text[last_close : q.open_pos] not in GLOSS_GAP:
        return False
    close = text[q.close_end : q.close_end + 1]
    return close in (")", "]") or (
        close in (".", ",") and text[q.close_end + 1 : q.close_end + 2] in (")", "]")
    )


# a second quoted term joined to a mention: "words such as ‘spine-aligning’ and
# ‘posture-correcting’", 'the words "A" or "B"'
LISTED_GAPS = frozenset({" and ", ", ", " or ", ", and ", ", or ", " and the ", " or the "})


def _listed_after_mention(text: str, prev: QuoteSpan, q: QuoteSpan) -> bool:
    if text[prev.close_end : q.open_pos] not in LISTED_GAPS or q.multi_paragraph:
        return False
    return len(text[q.start : q.end].split()) <= 6


def _quotes(text: str, para_starts: list[int]) -> list[QuoteSpan]:
    doubles = _find_double(text, para_starts)
    if not SINGLE_RE.search(text):
        return doubles
    singles = _find_single(text, para_starts, doubles)
    if not singles:
        return doubles
    outer = _not_nested(doubles, singles)
    if outer:
        # the article quotes with double marks (US style): single marks in its
        # headline and subheadings are headline style, and the headline is
        # reported as a whole
        # (but a headline opening with a quote quotes it: "‘We were robbed,’ says Holt")
        singles = [
            q
            for q in singles
            if not headline_like(text, para_starts, q.open_pos)
            or _leads_paragraph(text, para_starts, q)
        ]
        outer = _not_nested(doubles, singles)
    return sorted(outer + singles, key=lambda q: q.open_pos)


def _not_nested(doubles: list[QuoteSpan], singles: list[QuoteSpan]) -> list[QuoteSpan]:
    """The double-quoted spans not nested inside a single-quoted one."""
    out: list[QuoteSpan] = []
    si = 0
    for d in doubles:
        while si < len(singles) and singles[si].close_end <= d.open_pos:
            si += 1
        if si < len(singles):
            sq = singles[si]
            if sq.open_pos < d.open_pos and d.close_end <= sq.close_end:
                continue
        out.append(d)
    return out


HEADLINE_SMALL = {"a", "an", "the", "of", "in", "on", "for", "and", "to", "at", "by", "with", "or"}
WORDS_RE = re.compile(r"[^\W\d_][^\W_]*(?:['’\-][^\W_]+)*")


def _para_words(text: str, para_starts: list[int], k: int) -> list[str] | None:
    ps = para_starts[k]
    pe = para_starts[k + 1] if k + 1 < len(para_starts) else len(text)
    return WORDS_RE.findall(text, ps, pe) if pe - ps <= 400 else None


def _short_headline(text: str, para_starts: list[int], k: int) -> bool:
    """A short opening paragraph without double marks (headline style quotes singly)."""
    words = _para_words(text, para_starts, k)
    if words is None or len(words) > 20:
        return False
    pe = para_starts[k + 1] if k + 1 < len(para_starts) else len(text)
    return MARK_RE.search(text, para_starts[k], pe) is None


def headline_like(text: str, para_starts: list[int], pos: int) -> bool:
    """A headline (the short paragraphs opening the text: title, deck) or a
    paragraph in title case (a subheading)."""
    k = bisect.bisect_right(para_starts, pos) - 1
    words = _para_words(text, para_starts, k)
    if words is None:
        return False
    if k <= 2 and all(_short_headline(text, para_starts, i) for i in range(k + 1)):
        return True
    return len(words) >= 2 and all(w[0].isupper() or w.lower() in HEADLINE_SMALL for w in words)


def _leads_paragraph(text: str, para_starts: list[int], q: QuoteSpan) -> bool:
    """The quote opens its paragraph and words follow it: 'says Holt' (not a
    subheading that is only a quote)."""
    k = bisect.bisect_right(para_starts, q.open_pos) - 1
    pe = para_starts[k + 1] if k + 1 < len(para_starts) else len(text)
    return not text[para_starts[k] : q.open_pos].strip() and any(
        c.isalpha() for c in text[q.close_end : pe]
    )


SAID_COMMA_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+),\Z")


def _after_said_comma(text: str, k: int) -> bool:
    """The comma at k follows a verb of saying ('The senator said, "I have …'): a quote
    opened there whose closing mark is missing still runs to the end of its paragraph."""
    m = SAID_COMMA_RE.search(text, max(0, k - 12), k + 1)
    return m is not None and m.group(1).lower() in lx.SPEECH_FORMS


# a numbered list item ("2. Fairer contracts.", "3) …")
LIST_NUMBER_RE = re.compile(r"\d{1,2}[.)]\s")
MAX_LIST_ITEMS = 12


def _list_lines(text: str, para_starts: list[int], first: int, last: int) -> bool:
    """Paragraphs first..last are items of a list: numbered, or indented (a bullet the
    working text blanked leaves its line indented)."""
    if last - first >= MAX_LIST_ITEMS:
        return False
    for p in range(first, last + 1):
        ps = para_starts[p]
        if not (LIST_NUMBER_RE.match(text, ps) or (ps > 0 and text[ps - 1] in " \t")):
            return False
    return True


def _find_double(text: str, para_starts: list[int]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    # paragraph index lookup for each mark, computed incrementally (linear)
    pi = 0
    npara = len(para_starts)

    open_pos = -1
    open_len = 0
    open_para = -1  # paragraph index of the current segment
    first_para_start = False
    multi = False
    open_straight = False  # the open quote's mark is straight (" '' ``), not typographic
    nested = False  # inside a quote nested with the other family of marks

    def para_of(pos: int) -> int:
        nonlocal pi
        while pi + 1 < npara and para_starts[pi + 1] <= pos:
            pi += 1
        return pi

    # (paragraph, straight?) -> offset of the next such mark found (-1: none left)
    next_mark: dict[tuple[int, bool], int] = {}

    def closes_later(i: int, para: int, straight: bool) -> bool:
        """Is there a mark of this family after i in the paragraph? (amortised linear)"""
        c = next_mark.get((para, straight), 0)
        if c == -1 or c > i:
            return c > i
        pe = para_starts[para + 1] if para + 1 < npara else len(text)
        m = (STRAIGHT_RE if straight else CURLY_RE).search(text, i + 1, pe)
        next_mark[(para, straight)] = m.start() if m else -1
        return m is not None

    def unterminated() -> None:
        # A quote whose closing mark never came: keep it only when it opened a
        # paragraph or followed "said:" / "said," (a missing closing mark at the end
        # of a quoted paragraph).
        if open_pos < 0 or not first_para_start:
            return
        seg_end = para_starts[open_para + 1] - 1 if open_para + 1 < npara else len(text)
        end = seg_end
        while end > open_pos + open_len and text[end - 1].isspace():
            end -= 1
        s = open_pos + open_len
        if end - s >= 20 and end - s <= MAX_QUOTE_CHARS and text[end - 1] in ".!?…":
            out.append(QuoteSpan(s, end, open_pos, end, multi, False))

    for m in MARK_RE.finditer(text):
        i = m.start()
        mark = m.group()
        if i > 0 and text[i - 1] == "=" and open_pos < 0:
            continue  # an attribute value in markup: <tweet id="...">
        d = _direction(text, i, mark)
        para = para_of(i)
        ps = para_starts[para]
        k = i - 1
        while k >= ps and text[k].isspace():
            k -= 1
        at_para_start = k < ps
        if at_para_start and d == CLOSE:
            d = OPEN  # nothing before it to close: ”… what I learned
        if at_para_start and d != CLOSE and TURN_LABEL_RE.match(text, i + len(mark)):
            if open_pos >= 0:
                if para != open_para:
                    unterminated()
                open_pos = -1
            continue
        if open_pos >= 0 and para != open_para:
            nested = False
            # the open quote ran past the end of its paragraph
            between = text[para_starts[open_para + 1] : para_starts[para]]
            if (
                d != CLOSE
                and at_para_start
                and (mark in STRAIGHT) == open_straight
                and not between.strip()
            ):
                open_para = para
                multi = True
                continue
            if d != OPEN and _list_lines(text, para_starts, open_para + 1, para):
                open_para = para  # a quoted list: its closing mark ends the last item
                multi = True
            else:
                unterminated()
                open_pos = -1
        if open_pos >= 0 and (mark in STRAIGHT) != open_straight:
            # the other family of marks inside a quote that closes later in the
            # paragraph: a nested quote ("It comes across as “too loud,” she said.")
            if nested:
                if d != OPEN:
                    nested = False
                continue
            if d == OPEN and closes_later(i, para, open_straight):
                nested = True
                continue
        nested = False
        if d == AMBIG:
            d = CLOSE if open_pos >= 0 else OPEN
        if d == OPEN:
            open_pos = i
            open_len = len(mark)
            open_straight = mark in STRAIGHT
            open_para = para
            multi = False
            first_para_start = at_para_start or text[k] == ":" or _after_said_comma(text, k)

            continue
        # closing mark
        if open_pos < 0:
            continue
        s, e = _trim(text, open_pos + open_len, i)
        if e > s and e - s <= MAX_QUOTE_CHARS:
            out.append(QuoteSpan(s, e, open_pos, i + len(mark), multi, True))
        open_pos = -1
    if open_pos >= 0:
        unterminated()
    return out


# -- single marks -------------------------------------------------------------------

# single marks, bar those between two letters or digits (won’t, O'Brien); single
# guillemets (‹Nous verrons›, German ›Nein‹) are never apostrophes
# (the mark read first, as in MARK_RE: a pattern opening with a character set is scanned
# for it in C; "[‘’'](?:…)|[‹›]" tried every position)
SINGLE_RE = re.compile(r"[‘’'‹›](?:(?<=[‹›])|(?![^\W_])|(?<![^\W_].))")
# what follows an opening-looking mark that is an elision, not a quote:
# ’90s, ’em, ’til, ’cause, ’tis, ’twas, rock ’n’ roll, a stray ’s
ELISION_RE = re.compile(
    r"(?:\d\d(?:s\b|\b)|(?:em|til|cause|cos|tis|twas|bout|n|s|d|ll|re|ve)(?![^\W_]))", re.IGNORECASE
)
S_OPEN, S_STRONG, S_WEAK = 1, 2, 3


def _single_role(text: str, i: int) -> int:
    """0 (apostrophe or unusable), S_OPEN, S_STRONG or S_WEAK (closing marks)."""
    n = len(text)
    p = text[i - 1] if i > 0 else "\n"
    nx = text[i + 1] if i + 1 < n else "\n"
    mark = text[i]
    if p.isalnum() and nx.isalnum():
        return 0  # won’t, O'Brien
    opening_context = p.isspace() or p in OPEN_CONTEXT or p in '"“„«' or i == 0
    if opening_context and not (nx.isspace() or nx in CLOSE_FOLLOW):
        return 0 if ELISION_RE.match(text, i + 1) else S_OPEN
    if opening_context and ELLIPSIS_START_RE.match(text, i + 1):
        return S_OPEN  # '…and that is why we will win,'
    if mark == "‘" or p.isspace():
        return 0
    if nx.isspace() and p in "sSzZ" and not text.endswith("ous", 0, i):
        return S_WEAK  # a closing mark, or a plural possessive (Jones’ car)
    if p in "nN" and i >= 2 and text[i - 2] in "‘’'":
        return 0  # rock ’n’ roll
    if nx.isspace() or nx in CLOSE_FOLLOW or nx in '"”»' or i + 1 >= n:
        return S_STRONG
    return 0


def _find_single(text: str, para_starts: list[int], doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Pair single marks outside the double-quoted spans (British style copy)."""
    marks: list[tuple[int, int, int]] = []  # (offset, role, paragraph index)
    di = 0
    nd = len(doubles)
    pi = 0
    npara = len(para_starts)
    for m in SINGLE_RE.finditer(text):
        i = m.start()
        while di < nd and doubles[di].close_end <= i:
            di += 1
        if di < nd and doubles[di].open_pos <= i:
            continue  # nested inside a double-quoted span
        role = _single_role(text, i)
        if role:
            while pi + 1 < npara and para_starts[pi + 1] <= i:
                pi += 1
            marks.append((i, role, pi))
    out: list[QuoteSpan] = []
    k = 0
    nm = len(marks)
    while k < nm:
        o, role, para = marks[k]
        if role != S_OPEN:
            k += 1
            continue
        t = o - 1
        while t >= para_starts[para] and text[t].isspace():
            t -= 1
        opens_para = t < para_starts[para] or text[t] == ":"
        seg_para = para
        multi = False
        weak = -1
        j = k + 1
        while j < nm:
            i, r, pj = marks[j]
            if pj != seg_para:
                ps = para_starts[pj]
                t = ps - 1
                while t > o and text[t].isspace():
                    t -= 1
                tail = text[t]
                if (
                    r == S_OPEN
                    and pj == seg_para + 1
                    and not text[ps:i].strip()
                    and (weak < 0 or (opens_para and tail in ".!?…"))
                ):
                    # a quote running on: the mark opens each paragraph, and a quoted
                    # paragraph ending in a full stop closed no quote (workers’ pay.)
                    seg_para = pj
                    multi = True
                    weak = -1
                    j += 1
                    continue
                break
            if r == S_OPEN:
                break
            if r == S_STRONG:
                weak = j
                break
            if weak < 0:
                weak = j
            j += 1
        if weak >= 0:
            c = marks[weak][0]
            s, e = _trim(text, o + 1, c)
            if e > s and e - s <= MAX_QUOTE_CHARS:
                out.append(QuoteSpan(s, e, o, c + 1, multi, True))
            k = weak + 1
            continue
        # no closing mark: keep a quoted paragraph whose closing mark is missing
        if opens_para:
            seg_end = para_starts[seg_para + 1] - 1 if seg_para + 1 < npara else len(text)
            s, e = _trim(text, o + 1, seg_end)
            if 20 <= e - s <= MAX_QUOTE_CHARS and text[e - 1] in ".!?…":
                out.append(QuoteSpan(s, e, o, e, multi, False))
        k = j
    return out


# -- quoted names and words -----------------------------------------------------------

# 'the so-called “gig economy”', 'the word “flexibility”', 'a show titled “…”': the
# marks name a term or a work, nobody is quoted.  Matched against the text before the
# mark with its trailing whitespace stripped (see _mention_cue_before).
MENTION_BEFORE_RE = re.compile(
    r"(?:so-called|(?:the|a|this|that) (?:words?|terms?|phrases?|labels?|slogans?|hashtags?|"
    # "under the headline “…”", "the working title “…”", "the code name “…”": a name
    r"headlines?|headings?|taglines?|mottos?|(?:working |code |brand |stage |pen )?"
    r"(?:titles?|names?))|"
    r"(?:dubbed|nicknamed|known as|titled|entitled|headlined)(?: the| a| an)?|"
    # "Byrd's strategy of “massive resistance”": the name of a policy
    r"(?:strategy|policy|doctrine|philosophy) of|"
    # "words such as ‘spine-aligning’", "terms like “clean coal”": words as words
    r"(?:words|terms|phrases|labels|claims|slogans|expressions|buzzwords) (?:such as|like))"
    r"[,:]?\Z",
    re.IGNORECASE,
)
# words as words of any length: a song's lines ("opens with the line “…”", "the chorus
# “…”") and the words a text's editor adds or strikes ("would have added the words “…”
# to Section 3"); a speech's "ended with the words “…”" stays a quotation
LONG_MENTION_BEFORE_RE = re.compile(
    r"(?:\b(?:the|its|a|this|that|his|her|their) (?:(?:opening|closing|first|last|final|"
    r"famous|best-known|following) )?(?:lyrics?|chorus|refrain|verses?)|"
    r"\b(?:opens|opened|opening|begins|began|beginning|ends|ended|ending|closes|closed|"
    r"closing) with the (?:lines?|lyrics?|verse|refrain|chorus)|"
    r"\b(?:add|adds|added|adding|insert|inserts|inserted|inserting|strike|strikes|struck|"
    r"striking|delete|deletes|deleted|deleting|remove|removes|removed|removing|replace|"
    r"replaces|replaced|replacing|drop|drops|dropped|dropping) (?:the )?(?:words?|phrase|"
    r"sentence|language))[,:]?\Z",
    re.IGNORECASE,
)
LONG_MENTION_MAX = 25  # words of a song's line or an amendment's words
MENTION_BEFORE_MAX = len("that working titles,")  # the longest text MENTION_BEFORE_RE matches


# "is known in the industry as “the Chip Whisperer”", "known to fans as": a name
KNOWN_AS_RE = re.compile(
    r"\bknown\s+(?:in|to|among|around|across|by|within|throughout|along|at|on)\s+"
    r"(?:[\w'’.-]+\s+){1,3}"
    r"as(?:\s+(?:the|a|an))?[,:]?\Z"
)


def _mention_cue_before(before: str) -> bool:
    """Does ``before`` end with "so-called", "the word", "titled" … (then an optional
    comma or colon and whitespace)?  Searched from the few last characters only: a
    search over the whole 30-character window cost ~4 µs per quote."""
    core = before.rstrip()  # (str.isspace is exactly the regex \s)
    if MENTION_BEFORE_RE.search(core, max(0, len(core) - MENTION_BEFORE_MAX)) is not None:
        return True
    return "known" in core and KNOWN_AS_RE.search(core) is not None


# nouns introducing the title of a work: 'her memoir, “The Long Shift”'
WORK_BEFORE_RE = re.compile(
    r"\b(?:book|memoir|novel|biography|film|movie|documentary|show|series|programme|program|"
    r"podcast|song|album|play|poem|report|study|column|op-ed|essay|newsletter)[,:]?\s*$",
    re.IGNORECASE,
)
# an appositive naming a work right after a Title Case quote: '“The Salt Road,” Irish
# director Aoife Brennan’s drama about …', '“Glasshouse,” the eight-part series from …'
# (the work noun heads the phrase: not '“Never Again,” the film’s director said')
WORK_APPOSITIVE_AFTER_RE = re.compile(
    r",?[ \t]+(?:[\w'’.-]+[ \t]+){0,5}?"
    r"(?:drama|comedy|thriller|film|movie|documentary|docuseries|miniseries|series|sitcom|"
    r"biopic|novel|memoir|book|album|song|single|musical|opera|play|podcast|episode|"
    r"exhibition)(?=[ \t]*[,.;:]|[ \t]+(?:about|from|by|of|in|on|set|starring|that|which|"
    r"with|for|based)\b)",
    re.IGNORECASE,
)
# a programme on a channel: 'said on CNN’s “State of the Union.”', 'On “Face the Nation,”'
ON_SHOW_RE = re.compile(r"\b[Oo]n(?:\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s)?\s*$")
# a first name or an initial right before the mark, a capitalised word right after it
NICKNAME_BEFORE_RE = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]\.) $")
NAME_AFTER_RE = re.compile(r" [A-Z][a-z]")
TITLE_SMALL = HEADLINE_SMALL | {"as", "from", "into", "vs", "vs."}
TITLE_WORD_RE = re.compile(r"[^\W_][^\s]*")


def _title_case(content: str) -> bool:
    """Every word capitalised bar small words: a name of a work or an event."""
    words = TITLE_WORD_RE.findall(content)
    if not words or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL for w in words)


def _mention(text: str, q: QuoteSpan) -> bool:
    """A quoted term, nickname or title rather than a quotation."""
    if q.multi_paragraph or q.end - q.start > 120:
        return False
    content = text[q.start : q.end].rstrip(" ,.;:")
    nwords = len(content.split())
    before = text[max(0, q.open_pos - 50) : q.open_pos]
    if nwords <= 6 and _mention_cue_before(before):
        return True
    if nwords <= LONG_MENTION_MAX and LONG_MENTION_BEFORE_RE.search(before.rstrip()):
        return True
    if nwords <= 6 and NAME_FOR_RE.search(text, max(0, q.open_pos - 150), q.open_pos):
        return True  # "Marketers have a name for the style …: ‘white-coat copy’."
    if nwords <= 4 and _labelled_claim(text, q, before):
        return True  # 'had rejected a ‘clinically proven’ claim': the claim's words, named
    if nwords <= 6 and DEFINED_AFTER_RE.match(text, q.close_end):
        return True  # 'a “targeted employment area,” which is defined as …': a term
    if nwords <= 4 and _named_remark(text, q, before):
        return True
    if nwords <= 2 and _scare_quote_in_aside(text, q, before, content):
        return True
    if nwords <= 2 and _category_term(text, q, content):
        return True
    if nwords > 12 or not _title_case(content):
        return False
    if (
        nwords <= 3
        and content == text[q.start : q.end]  # (not "History," before "Archaeologists Say")
        and NICKNAME_BEFORE_RE.search(before)
        and NAME_AFTER_RE.match(text, q.close_end)
    ):
        return True  # a nickname inside a name: Robert C. "Bobby" Scott
    if WORK_BEFORE_RE.search(before) or ON_SHOW_RE.search(before):
        return True
    if WORK_APPOSITIVE_AFTER_RE.match(text, q.close_end):
        return True  # '“The Salt Road,” Aoife Brennan’s drama about …': a work's title
    # a title as the subject of its sentence: '“The Long Shift” is her second book'
    k = q.open_pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    at_start = k < 0 or text[k] in "\n.!?"
    after = text[q.close_end : q.close_end + 2]
    return (
        at_start
        and content == text[q.start : q.end]
        and len(after) == 2
        and after[0] == " "
        and after[1].islower()
        and not (content.endswith(("?", "!")) and _speech_tag_after(text, q.close_end))
        and CLEFT_AFTER_RE.match(text, q.close_end) is None
    )


# a rating's band named in marks before its noun ("in the 'severe' category")
CATEGORY_AFTER_RE = re.compile(r" (?:category|categories|band|zone|grade|rating|level)\b")
CATEGORY_REACH = 400  # characters back to the band's naming, for a repeat of it


def _category_term(text: str, q: QuoteSpan, content: str) -> bool:
    """ "the AQI was in the 'severe' category", then "stations reporting 'severe' air":
    the name of a band on a scale, not anybody's words (and its repeat close after)."""
    if CATEGORY_AFTER_RE.match(text, q.close_end):
        return True
    marked = text[q.open_pos : q.close_end]
    lo = max(0, q.open_pos - CATEGORY_REACH)
    prev = text.rfind(marked, lo, q.open_pos)
    return prev >= 0 and CATEGORY_AFTER_RE.match(text, prev + len(marked)) is not None


# 'The “secret deal” reference was …': a sentence opening on words said elsewhere, named
# by the noun they modify (no possessor: nobody is said to speak in this sentence)
REMARK_OPENER_RE = re.compile(r"(?:\A|[.!?]\s+|\n)(?:The|This|That|Such)\s+\Z")
REMARK_NOUN_AFTER_RE = re.compile(
    r" (?:reference|references|remark|remarks|comment|comments|line|quip|jab|label|"
    r"phrase|slogan|moniker|tag|claim|charge)\b"
)


def _named_remark(text: str, q: QuoteSpan, before: str) -> bool:
    """'The “secret deal” reference was apparently about …': a quoted term modifying a
    noun of saying at the start of its sentence names words, it reports none."""
    return (
        REMARK_OPENER_RE.search(before) is not None
        and REMARK_NOUN_AFTER_RE.match(text, q.close_end) is not None
    )


# a scare quote modifying a noun ('a “traditional” summer') inside a relative clause set
# off between a subject and its reporting verb ('X, whose film follows a family who spend
# a “traditional” summer at a lake, said …'): the writer's, not the subject's words
ATTRIBUTIVE_BEFORE_RE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|these)\s+\Z")
ASIDE_OPEN_RE = re.compile(r", (?:who|whose|which) ")
ASIDE_CLOSE_RE = re.compile(
    r" [a-z][^,.;:!?\n“”\"]{0,150}, (?:said|says|told|tells|wrote|writes|added|adds)\b"
)
ASIDE_REACH = 200  # characters back from the quote to the relative word


def _scare_quote_in_aside(text: str, q: QuoteSpan, before: str, content: str) -> bool:
    """'X, whose film follows a family who spend a “traditional” summer, said …': a
    lower-case word or two between a determiner and a noun, inside a relative aside that
    closes right before its subject's reporting verb."""
    if content != text[q.start : q.end] or not content.replace(" ", "").isalpha():
        return False
    if not content.islower() or ATTRIBUTIVE_BEFORE_RE.search(before) is None:
        return False
    if ASIDE_CLOSE_RE.match(text, q.close_end) is None:
        return False
    lo = max(0, q.open_pos - ASIDE_REACH)
    stop = max(text.rfind(". ", lo, q.open_pos), text.rfind("\n", lo, q.open_pos))
    return ASIDE_OPEN_RE.search(text, max(lo, stop + 1), q.open_pos) is not None


# a name given after a colon: "Marketers have a name for the style of claim …: ‘…’"
NAME_FOR_RE = re.compile(
    r"\b(?:a|the|their|its|our|his|her) (?:name|word|term|nickname|label|phrase) for "
    r"[^.!?:\"“”‘\n]{0,120}:\s*\Z"
)


# a quote naming a claim or a label between a determiner and that noun: "rejected a
# ‘clinically proven’ claim", 'the "made in Kansas" label' (the claim's words, mentioned)
LABEL_DETERMINER_RE = re.compile(r"\b(?:a|an|the|any|every|no|such|its|their)\s+\Z")
LABEL_NOUN_AFTER_RE = re.compile(
    r",? (?:claim|claims|label|labels|labelling|labeling|tag|tags|badge|badges|branding|"
    r"designation|designations|wording|sticker|stickers|logo|seal|"
    # a screen's or a sign's words: "a ‘claim now’ button", 'a "sold out" sign' (round 28)
    r"button|buttons|icon|icons|tab|tabs|link|links|pop-up|pop-ups|banner|banners|"
    r"sign|signs|stamp|stamps)\b"
)


def _labelled_claim(text: str, q: QuoteSpan, before: str) -> bool:
    return (
        LABEL_DETERMINER_RE.search(before) is not None
        and LABEL_NOUN_AFTER_RE.match(text, q.close_end) is not None
    )


# a term being defined right after its closing mark
DEFINED_AFTER_RE = re.compile(
    r",?\s*(?:(?:which|that)\s+(?:is|are|was|were)\s+|(?:is|are)\s+)?defined\s+(?:as|by)\b"
)
# '“Unacceptable” was how Kerr described it': the quote is what someone said
CLEFT_AFTER_RE = re.compile(r" (?:was|is|were|are) (?:how|what) ")


# a pronoun, or a speech verb within three words, after a closing mark: '“Ready?” he
# asked', '“Guilty?” the judge asked' are speech
SPEECH_TAG_RE = re.compile(
    r" (?:(?:he|she|they|we|i)\b|(?:[\w.-]+ ){0,3}"
    r"(?:asked|asks|said|says|replied|shouted|yelled|cried|chanted|roared|screamed|"
    r"exclaimed)\b)"
)


def _speech_tag_after(text: str, pos: int) -> bool:
    """'“Ready?” he asked': a one-line question or exclamation tagged with a speaker."""
    return SPEECH_TAG_RE.match(text, pos) is not None
