"""Shared per-document state for the sieves: tokens, quotes, outer sentences."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .quotes import QuoteSpan, find_quotes
from .text import Doc, make_doc


@dataclass
class Context:
    doc: Doc
    quotes: list[QuoteSpan]
    outer_bounds: list[int] = field(default_factory=list)
    tok_quote: list[int] = field(default_factory=list)  # quote index per token or -1
    # scratch: the first fragment "A" of a split clause "A, X said, B" (reported.py)
    extra_fragment: tuple[int, int] | None = None
    # the content starts of the quotes the quote sieve found partial (sieves.py), so a
    # reported clause holding only such quotes is still a clause (reported.py)
    partial_quotes: set[int] = field(default_factory=set)
    # (start, end) of the sentence before each outer bound, and of the last one: indexed
    # by bisect_right(outer_bounds, pos), so sentence() is one look-up (~60,000 calls/MB)
    _sentences: list[tuple[int, int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        b = self.outer_bounds
        self._sentences = list(zip([0, *b], [*b, len(self.doc.text)], strict=True))

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence (outside quotes) containing pos: (start, end)."""
        return self._sentences[bisect.bisect_right(self.outer_bounds, pos)]

    def in_quote(self, ti: int) -> bool:
        return self.tok_quote[ti] >= 0


def build_context(text: str) -> Context:
    doc = make_doc(text)
    quotes = find_quotes(text, doc.para_starts)
    # sentence boundaries that do not fall inside quoted content
    outer = []
    qi = 0
    nq = len(quotes)
    for b in doc.sent_bounds:
        while qi < nq and quotes[qi].end <= b:
            qi += 1
        if qi < nq and quotes[qi].start < b < quotes[qi].end:
            continue
        outer.append(b)
    # quote membership per token (marks included)
    tq = [-1] * len(doc.tokens)
    if all(quotes[i].close_end <= quotes[i + 1].open_pos for i in range(nq - 1)):
        # disjoint spans in order (what find_quotes returns): slice-assign each
        # quote's token range instead of testing every token
        starts = doc.starts
        for qi, q in enumerate(quotes):
            a = bisect.bisect_left(starts, q.open_pos)
            b = bisect.bisect_left(starts, q.close_end, a)
            tq[a:b] = [qi] * (b - a)
        return Context(doc=doc, quotes=quotes, outer_bounds=outer, tok_quote=tq)
    qi = 0
    for ti, t in enumerate(doc.tokens):
        while qi < nq and quotes[qi].close_end <= t.start:
            qi += 1
        if qi < nq and quotes[qi].open_pos <= t.start < quotes[qi].close_end:
            tq[ti] = qi
    return Context(doc=doc, quotes=quotes, outer_bounds=outer, tok_quote=tq)
