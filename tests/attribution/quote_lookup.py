"""Shared by the attribution probe tests: the statements of a text, keyed by quote."""

from articles.attribution import Statement, extract


def by_quote(text: str) -> dict[str, Statement]:
    return {s.quote: s for s in extract(text)}
