"""The sentence around a partial quote or a short piece of reported speech, so a list can
show “probably” as "… he would *probably* meet in person with the Russian leader …" and
"his team's resilience" as "Dodgers manager Dave Roberts praised *his team's resilience*."
rather than a few bare words.

Pure Python: sentence boundaries come from the attribution module's own splitter
(abbreviations, initials, closing quotation marks), computed once per article.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from articles.attribution.text import make_doc

# Longer sentences are cut to this many characters on each side of the quote, at a space.
MAX_SIDE_CHARS = 240
ELLIPSIS = "…"


# Reported speech shorter than this is a phrase ("praised *his team's resilience*",
# "urged residents *to evacuate*"), not a clause that reads on its own.
SHORT_REPORTED_WORDS = 6


def is_short(reported: str) -> bool:
    return len(reported.split()) < SHORT_REPORTED_WORDS


@dataclass(frozen=True)
class QuoteContext:
    before: str
    after: str


NO_CONTEXT = QuoteContext("", "")


class SentenceIndex:
    """Sentence starts of one article body, to look up many quotes in it. The body is
    split on first use only: most articles' statements need no context."""

    def __init__(self, body: str):
        self.body = body

    @cached_property
    def starts(self) -> list[int]:
        return make_doc(self.body).sent_bounds

    def context_for(self, kind: str, start: int, end: int) -> QuoteContext:
        """The sentence around a partial quote or a short reported phrase; nothing for
        direct quotes and reported clauses, which read on their own."""
        if kind == "partial" or (kind == "indirect" and is_short(self.body[start:end])):
            return self.context(start, end)
        return NO_CONTEXT

    def context(self, start: int, end: int) -> QuoteContext:
        """The rest of the sentence(s) the span start..end lies in, outside the span."""
        body = self.body
        if not 0 <= start < end <= len(body):
            return NO_CONTEXT
        i = bisect.bisect_right(self.starts, start) - 1
        first = self.starts[i] if i >= 0 else 0
        j = bisect.bisect_right(self.starts, max(start, end - 1))
        last = self.starts[j] if j < len(self.starts) else len(body)
        before = body[first:start].lstrip()
        after = body[end:last].rstrip()
        if len(before) > MAX_SIDE_CHARS:
            cut = before.find(" ", len(before) - MAX_SIDE_CHARS)
            before = ELLIPSIS + (before[cut + 1 :] if cut != -1 else before[-MAX_SIDE_CHARS:])
        if len(after) > MAX_SIDE_CHARS:
            cut = after.rfind(" ", 0, MAX_SIDE_CHARS)
            after = (after[:cut] if cut > 0 else after[:MAX_SIDE_CHARS]) + ELLIPSIS
        return QuoteContext(before, after)
