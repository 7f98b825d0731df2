"""Sieve 1: find quoted spans.

Quotation marks are paired by position and direction in one linear pass:

* a mark's direction comes from its context (space before and a letter after
  opens, even for a closing glyph such as ``is ”supposed``), falling back on
  its glyph, and for the straight ``"`` on the current state;
* an opening mark at the start of a new paragraph while a quote is still open
  continues the quote (multi-paragraph quotations repeat the opening mark);
* an opening mark inside an open quote in the same paragraph abandons the
  earlier, unbalanced mark; stray closing marks are ignored.

Single quotes are left alone (apostrophes and quotes inside quotes).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MARK_RE = re.compile(r"''|``|[\"“”„‟«»]")

OPEN_GLYPHS = {"“", "„", "‟", "«", "``"}
CLOSE_GLYPHS = {"”", "»"}
OPEN_CONTEXT = set("([{—–-/:;,") | {"\u00a0"}
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
    left = (p.isspace() or p in OPEN_CONTEXT or i == 0) and not nx.isspace()
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


def find_quotes(text: str, para_starts: list[int]) -> list[QuoteSpan]:
    """Return quoted spans (content offsets) in document order."""
    out: list[QuoteSpan] = []
    # paragraph index lookup for each mark, computed incrementally (linear)
    pi = 0
    npara = len(para_starts)

    open_pos = -1
    open_len = 0
    open_para = -1  # paragraph index of the current segment
    first_para_start = False
    multi = False

    def para_of(pos: int) -> int:
        nonlocal pi
        while pi + 1 < npara and para_starts[pi + 1] <= pos:
            pi += 1
        return pi

    def unterminated() -> None:
        # A quote whose closing mark never came: keep it only when it opened a
        # paragraph (a missing closing mark at the end of a quoted paragraph).
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
        if at_para_start and d != CLOSE and TURN_LABEL_RE.match(text, i + len(mark)):
            if open_pos >= 0:
                if para != open_para:
                    unterminated()
                open_pos = -1
            continue
        if open_pos >= 0 and para != open_para:
            # the open quote ran past the end of its paragraph
            between = text[para_starts[open_para + 1] : para_starts[para]]
            if d != CLOSE and at_para_start and not between.strip():
                open_para = para
                multi = True
                continue
            unterminated()
            open_pos = -1
        if d == AMBIG:
            d = CLOSE if open_pos >= 0 else OPEN
        if d == OPEN:
            open_pos = i
            open_len = len(mark)
            open_para = para
            multi = False
            first_para_start = at_para_start or text[k] == ":"

            continue
        # closing mark
        if open_pos < 0:
            continue
        s = open_pos + open_len
        if i > s and i - s <= MAX_QUOTE_CHARS and text[s:i].strip():
            out.append(QuoteSpan(s, i, open_pos, i + len(mark), multi, True))
        open_pos = -1
    if open_pos >= 0:
        unterminated()
    return out
