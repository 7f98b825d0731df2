"""Full-text search over statements and fuzzy matching of people's names.

On PostgreSQL: a GIN-indexed functional tsvector over quote and speaker name, `websearch`
queries ("nato -russia", "\"no negotiation\""), ranking and highlighted matches; pg_trgm word
similarity for names, so "Hegsteh" finds Hegseth. On other databases (SQLite in
development) the honest fallback: a statement matches when its quote or speaker name
contains every word of the query, case-insensitively; matches are highlighted in Python.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorExact,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Q, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import NEWEST_NEWS_FIRST, Person, Statement

SEARCH_CONFIG = "english"
# Migration 0005_search_indexes builds a GIN index on exactly this expression; a query
# using any other expression would not use the index.
STATEMENT_SEARCH_VECTOR = SearchVector("quote", "speaker_name", config=SEARCH_CONFIG)
STATEMENT_SEARCH_INDEX = "stmt_search_idx"
# pg_trgm word similarity above which a name counts as a spelling of the query
# ("hegsteh" against "pete hegseth" scores 0.5).
NAME_SIMILARITY_THRESHOLD = 0.45
# Control characters cannot occur in escaped HTML, so they mark matches safely.
MATCH_START, MATCH_STOP = "\x02", "\x03"


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def search_statements(queryset: QuerySet[Statement], *, query: str) -> QuerySet[Statement]:
    """Statements matching the query, best match first.

    Each row gets `search_headline`: its quote with matches between MATCH_START/MATCH_STOP
    (see highlighted_html).
    """
    words = query.split()
    if not words:
        return queryset
    if not uses_postgres():
        for word in words:
            queryset = queryset.filter(Q(quote__icontains=word) | Q(speaker_name__icontains=word))
        return queryset
    search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    return (
        queryset.filter(SearchVectorExact(STATEMENT_SEARCH_VECTOR, search_query))
        .annotate(
            search_rank=SearchRank(STATEMENT_SEARCH_VECTOR, search_query),
            search_headline=SearchHeadline(
                "quote",
                search_query,
                config=SEARCH_CONFIG,
                start_sel=MATCH_START,
                stop_sel=MATCH_STOP,
                highlight_all=True,
            ),
        )
        .order_by("-search_rank", *NEWEST_NEWS_FIRST)
    )


def highlighted_html(statement: Statement, *, query: str) -> SafeString:
    """The statement's quote, escaped, with the words matching the query in <mark>."""
    marked = getattr(statement, "search_headline", None)
    if marked is None:
        marked = mark_words(statement.quote, words=query.split())
    return mark_safe(  # noqa: S308 - every piece of text is escaped first
        escape(marked).replace(MATCH_START, "<mark>").replace(MATCH_STOP, "</mark>")
    )


def mark_words(text: str, *, words: list[str]) -> str:
    """The text with each case-insensitive occurrence of the words between match markers."""
    words = [word for word in words if word]
    if not words:
        return text
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    return pattern.sub(lambda match: f"{MATCH_START}{match.group(0)}{MATCH_STOP}", text)


def people_named_like(people: QuerySet[Person], *, query: str) -> QuerySet[Person]:
    """People whose name is close to the query, closest first ("Hegsteh" finds Hegseth)."""
    query = " ".join(query.split())
    if not query:
        return people.none()
    if not uses_postgres():
        for word in query.split():
            people = people.filter(name__icontains=word)
        return people.order_by("name")
    return (
        people.annotate(name_similarity=TrigramWordSimilarity(query, "name"))
        .filter(name_similarity__gte=NAME_SIMILARITY_THRESHOLD)
        .order_by("-name_similarity", "name")
    )
