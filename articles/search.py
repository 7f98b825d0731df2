"""Full-text search over statements and fuzzy matching of people's names.

A statement matches on its own words (quote, speaker name as written) or on its person's
name or other names (aliases): "Pete Hegseth" finds "Hegseth said".

On PostgreSQL: a GIN-indexed functional tsvector over quote and speaker name, `websearch`
queries ("nato -russia", "\"no negotiation\""), ranking and highlighted matches; pg_trgm word
similarity for names, so "Hegsteh" finds Hegseth. On other databases (SQLite in
development) the honest fallback: a statement matches when its quote or speaker name
contains every word and "quoted phrase" of the query and no -excluded one (the websearch
syntax, without stemming or ranking), case-insensitively; matches are highlighted in
Python.

Both ignore accents: "Sebastien Lecornu" finds "Sébastien Lecornu" and the other way round.
On PostgreSQL the text search configuration `english_unaccent` (migration
0012_unaccent_search) is `english` with the `unaccent` dictionary before the stemmer, and
names are compared through unaccent(). On SQLite, the function `quotesdb_fold` (registered
on each connection by articles.apps, see fold) folds case and accents on both sides.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.lookups import Unaccent
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorExact,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import BooleanField, Func, Q, QuerySet, Value
from django.db.models.lookups import Contains
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import NEWEST_NEWS_FIRST, Person, PersonAlias, Statement

# `english` with unaccent before the stemmer: a text search configuration rather than
# unaccent() around the text, because to_tsvector(regconfig, text) is IMMUTABLE and so can be
# indexed as it is (unaccent() is only STABLE, and would need an IMMUTABLE SQL wrapper).
# Queries and headlines go through the same configuration, so "sebastien" matches
# "Sébastien" and highlights it.
SEARCH_CONFIG = "english_unaccent"
# Migration 0012_unaccent_search builds a GIN index on exactly this expression; a query
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


# Letters NFKD does not decompose into a base letter and an accent.
UNDECOMPOSED_LETTERS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)
FOLD_FUNCTION = "quotesdb_fold"


def fold(text: str | None) -> str | None:
    """The text lower-cased (casefold) without accents: "Sébastien" -> "sebastien"."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.translate(UNDECOMPOSED_LETTERS)


def register_fold_function(sender, connection, **kwargs) -> None:
    """connection_created receiver: makes fold available to SQLite queries."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)


class Fold(Func):
    """SQLite: the column folded by fold (accents and case ignored)."""

    function = FOLD_FUNCTION


def folded_contains(field: str, word: str) -> Contains:
    return Contains(Fold(field), fold(word))


# A term of a websearch-style query: a "quoted phrase" or a word, either excluded by a
# leading minus ("ceasefire -gaza", '-"security guarantees"').
QUERY_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')


@dataclass(frozen=True)
class QueryTerm:
    text: str
    excluded: bool = False


def query_terms(query: str) -> list[QueryTerm]:
    """The words and phrases of a query as the SQLite fallback reads the websearch syntax
    PostgreSQL understands: a phrase must appear as written, a -term must not appear."""
    terms = []
    for match in QUERY_TERM.finditer(query):
        minus = match.group(1) if match.group(2) is not None else match.group(3)
        text = " ".join((match.group(2) if match.group(2) is not None else match.group(4)).split())
        if text and text != "-":
            terms.append(QueryTerm(text, excluded=bool(minus)))
    return terms


def search_statements(queryset: QuerySet[Statement], *, query: str) -> QuerySet[Statement]:
    """Statements matching the query, best match first.

    Each row gets `search_headline`: its quote with matches between MATCH_START/MATCH_STOP
    (see highlighted_html).
    """
    words = query.split()
    if not words:
        return queryset
    if not uses_postgres():
        for term in query_terms(query):
            matches = (
                Q(folded_contains("quote", term.text))
                | Q(folded_contains("speaker_name", term.text))
                | Q(person_id__in=_people_with_a_name(folded_contains("name", term.text)))
            )
            queryset = queryset.exclude(matches) if term.excluded else queryset.filter(matches)
        return queryset
    search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    name_matches = SearchVectorExact(SearchVector("name", config=SEARCH_CONFIG), search_query)
    by_person = Q(IsAnyOf("person_id", ArraySubquery(_people_with_a_name(name_matches))))
    excluded = [term.text for term in query_terms(query) if term.excluded]
    if excluded:  # found by its person's name, a statement still must not say a -term
        any_excluded = SearchQuery(
            " or ".join(f'"{text}"' for text in excluded),
            search_type="websearch",
            config=SEARCH_CONFIG,
        )
        by_person &= ~Q(SearchVectorExact(STATEMENT_SEARCH_VECTOR, any_excluded))
    return (
        queryset.filter(Q(SearchVectorExact(STATEMENT_SEARCH_VECTOR, search_query)) | by_person)
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


class IsAnyOf(Func):
    """PostgreSQL: `column = ANY(ARRAY(subquery))`. The subquery runs once before the scan
    (an InitPlan), so the comparison is an index condition and its OR with the full-text
    match a BitmapOr of the two indexes; beside an OR, `IN (subquery)` can be neither and
    the statements would be read one by one."""

    template = "%(expressions)s)"
    arg_joiner = " = ANY("
    output_field = BooleanField()


def _people_with_a_name(matches) -> QuerySet[Person]:
    """The ids of the people whose name or one of whose other names (aliases) `matches` (a
    condition on a `name` column): a statement attributed by surname only ("Hegseth said")
    is found by its person's full name, and by the other spellings editors recorded. The
    people and alias tables are small, so the statement query stays an index scan or a
    match on the person index."""
    aliased = PersonAlias.objects.filter(matches).values("person_id")
    return Person.objects.filter(Q(matches) | Q(pk__in=aliased)).values("pk")


def highlighted_html(statement: Statement, *, query: str) -> SafeString:
    """The statement's quote, escaped, with the words matching the query in <mark>."""
    marked = getattr(statement, "search_headline", None)
    if marked is None:
        words = [term.text for term in query_terms(query) if not term.excluded]
        marked = mark_words(statement.quote, words=words)
    return mark_safe(  # noqa: S308 - every piece of text is escaped first
        escape(marked).replace(MATCH_START, "<mark>").replace(MATCH_STOP, "</mark>")
    )


def mark_words(text: str, *, words: list[str]) -> str:
    """The text with each occurrence of the words, ignoring case and accents, between match
    markers (the text itself keeps its accents)."""
    words = [folded for word in words if (folded := fold(word))]
    if not words:
        return text
    # The folded text, and for each of its characters the position it came from.
    folded_chars: list[str] = []
    origin: list[int] = []
    for position, char in enumerate(text):
        for folded_char in fold(char):
            folded_chars.append(folded_char)
            origin.append(position)
    pattern = re.compile("|".join(re.escape(word) for word in words))
    pieces, done = [], 0
    for match in pattern.finditer("".join(folded_chars)):
        start, stop = origin[match.start()], origin[match.end() - 1] + 1
        if start < done:
            continue
        pieces += [text[done:start], MATCH_START, text[start:stop], MATCH_STOP]
        done = stop
    pieces.append(text[done:])
    return "".join(pieces)


def people_named_like(people: QuerySet[Person], *, query: str) -> QuerySet[Person]:
    """People whose name is close to the query, closest first ("Hegsteh" finds Hegseth);
    namesakes (people may share a name) by id, so pages of them neither repeat nor skip."""
    query = " ".join(query.split())
    if not query:
        return people.none()
    if not uses_postgres():
        for word in query.split():
            people = people.filter(folded_contains("name", word))
        return people.order_by("name", "id")
    # unaccent() on both sides: "Sebastien" is as close to "Sébastien" as to "Sebastien".
    # (No index serves a similarity threshold on an annotation; the people table is small.)
    similarity = TrigramWordSimilarity(Unaccent(Value(query)), Unaccent("name"))
    return (
        people.annotate(name_similarity=similarity)
        .filter(name_similarity__gte=NAME_SIMILARITY_THRESHOLD)
        .order_by("-name_similarity", "name", "id")
    )
