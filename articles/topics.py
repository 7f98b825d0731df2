"""Topic suggestion from keyword phrases. Pure Python: no Django, so the bench can run it.

Each topic has a list of words and phrases. A phrase matches on word boundaries, ignoring
case and the spacing between its words; its last word may take a plural "s"/"es". A phrase
written in capitals ("NATO", "LNG") is an acronym and matches only in capitals, so "us"
never counts as "US".

A statement's own words decide first: when its quote names topics, those are the suggestion.
A quote that names none ("probably", "be a wakeup call") borrows the main topic of the
paragraph around it (the one named most often there; all of them on a tie), which is what an
editor would read to understand it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

PLURAL_SUFFIX = r"(?:s|es)?"


def phrase_pattern(phrase: str) -> str:
    words = [re.escape(word) for word in phrase.split()]
    return r"\s+".join(words) + PLURAL_SUFFIX


def is_acronym(phrase: str) -> bool:
    letters = [ch for ch in phrase if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for all of a topic's phrases; None when the topic has none."""
    cleaned = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    alternatives = [
        phrase_pattern(p) if is_acronym(p) else f"(?i:{phrase_pattern(p)})" for p in cleaned
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


class TopicSuggester:
    """Compiles the topics' phrases once; suggest() is then cheap for every statement."""

    def __init__(self, topics: Mapping[str, Iterable[str]]):
        self._patterns = {
            slug: pattern
            for slug, phrases in topics.items()
            if (pattern := compile_phrases(phrases)) is not None
        }

    def mentions(self, text: str) -> dict[str, int]:
        """How often each topic is named in text, for the topics named at least once."""
        counts = {slug: len(pattern.findall(text)) for slug, pattern in self._patterns.items()}
        return {slug: count for slug, count in counts.items() if count}

    def suggest(self, *, quote: str, context: str = "") -> list[str]:
        """Slugs of the suggested topics, in the order the topics were given."""
        in_quote = self.mentions(quote)
        if in_quote:
            return list(in_quote)
        in_context = self.mentions(context)
        top = max(in_context.values(), default=0)
        return [slug for slug, count in in_context.items() if count == top]


def suggest_topics(
    text: str, topics: Mapping[str, Iterable[str]], *, context: str = ""
) -> list[str]:
    """Slugs of the topics text is about (see the module docstring for the rule)."""
    return TopicSuggester(topics).suggest(quote=text, context=context)


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraph_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """Where the paragraphs (split on blank lines) that the span start..end touches begin
    and end."""
    first = 0
    for match in PARAGRAPH_BREAK.finditer(body, 0, start):
        first = match.end()
    following = PARAGRAPH_BREAK.search(body, end)
    return first, following.start() if following else len(body)


def paragraph_around(body: str, start: int, end: int) -> str:
    """The text of the paragraphs that the span start..end touches."""
    first, last = paragraph_bounds(body, start, end)
    return body[first:last].strip()
