"""Full-text search over statements and fuzzy matching of people's names.

Each term of a query matches a statement's own words (quote, speaker name as written) or
its person's name or other names (aliases): "Pete Hegseth" finds "Hegseth said", and "Pete
Hegseth ukraine" the statements of his that say Ukraine. Both backends read the query as
PostgreSQL's websearch syntax does (query_groups): `or`, "quoted phrases", -exclusions.

On PostgreSQL: a GIN-indexed functional tsvector over quote and speaker name, `websearch`
queries ("nato -russia", "\"no negotiation\""), ranking and highlighted matches; pg_trgm word
similarity for names, so "Hegsteh" finds Hegseth. On other databases (SQLite in
development) the honest fallback: each word or "quoted phrase" is looked for as written
in the quote, the speaker name and the person's names, case-insensitively (without
stemming or ranking); matches are highlighted in Python.

Both ignore accents: "Sebastien Lecornu" finds "Sébastien Lecornu" and the other way round.
On PostgreSQL the text search configuration `english_unaccent` (migration
0012_unaccent_search) is `english` with the `unaccent` dictionary before the stemmer, and
names are compared through unaccent(). On SQLite, the function `quotesdb_fold` (registered
on each connection by articles.apps, see fold) folds case and accents on both sides.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import reduce

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
from django.db.models import BooleanField, Count, Func, IntegerField, Q, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf
from django.db.models.lookups import Contains, Exact, GreaterThan
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
# Migration 0014_name_search_indexes indexes people's names and aliases on this one.
NAME_SEARCH_VECTOR = SearchVector("name", config=SEARCH_CONFIG)
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


@dataclass(frozen=True)
class QueryTerm:
    """A word or "quoted phrase" of a query; an excluded one (-term) must not match."""

    text: str
    excluded: bool = False
    phrase: bool = False

    @property
    def websearch(self) -> str:
        """The term alone, in websearch syntax (without its minus); the word "or" quoted, so
        that it stays a word among others."""
        return f'"{self.text}"' if self.phrase or self.text.lower() == "or" else self.text


# Characters websearch_to_tsquery skips where it expects a term or an operator.
SKIPPED_OPERATORS = frozenset("!&|()<")


def query_groups(query: str) -> list[list[QueryTerm]]:
    """The query as PostgreSQL's websearch_to_tsquery reads it: alternatives separated by
    `or`, each a list of terms that must all match (a -term must not). Words are split at
    spaces; a "phrase" runs to the next quotation mark; `or` is an operator only between
    terms; a minus before a term excludes it. Terms with no letter or digit are left out,
    as PostgreSQL leaves them out. Both backends search through this reading, so a name
    and words combine term by term (see search_statements)."""
    groups: list[list[QueryTerm]] = [[]]
    position, after_term, excluded = 0, False, False
    while position < len(query):
        char = query[position]
        if char.isspace() or char in SKIPPED_OPERATORS:
            position += 1
        elif after_term and _is_or_operator(query, position):
            groups.append([])
            position, after_term, excluded = position + 2, False, False
        elif char == "-":
            position, after_term, excluded = position + 1, False, not excluded
        else:
            if char == '"':
                stop = query.find('"', position + 1)
                stop = len(query) if stop < 0 else stop
                text, phrase, position = query[position + 1 : stop], True, stop + 1
            else:
                stop = position
                while stop < len(query) and not query[stop].isspace() and query[stop] != '"':
                    stop += 1
                text, phrase, position = query[position:stop], False, stop
            text = " ".join(text.split())
            if any(letter.isalnum() for letter in text):
                groups[-1].append(QueryTerm(text, excluded=excluded, phrase=phrase))
            after_term, excluded = True, False
    return [group for group in groups if group]


def _is_or_operator(query: str, position: int) -> bool:
    """Whether `or` starts at position as an operator: a word of its own with something
    after it (websearch_to_tsquery's rule)."""
    rest = query[position:]
    if rest[:2].lower() != "or" or len(rest) == 2:
        return False
    return not (rest[2] in "-_" or rest[2].isalnum()) and bool(rest[2:].strip())


def query_terms(query: str) -> list[QueryTerm]:
    """Every term of the query, whichever alternative it belongs to."""
    return [term for group in query_groups(query) for term in group]


def search_statements(queryset: QuerySet[Statement], *, query: str) -> QuerySet[Statement]:
    """Statements matching the query, best match first (on PostgreSQL; the fallback keeps
    the queryset's order).

    Each term of the query matches a statement's own words (its quote, its speaker as
    written) or its person's names: "Pete Hegseth ukraine" finds Hegseth's statements that
    say Ukraine, written "Hegseth said". Its alternatives (`or`), phrases and -exclusions
    are PostgreSQL's websearch syntax (query_groups), on both backends.
    """
    if not query.split():
        return queryset
    groups = query_groups(query)
    if not uses_postgres():
        return queryset.filter(_any_alternative(groups, _fallback_alternative))
    search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    return (
        queryset.filter(_any_alternative(groups, _postgres_alternative))
        .annotate(search_rank=SearchRank(STATEMENT_SEARCH_VECTOR, search_query))
        .order_by("-search_rank", *NEWEST_NEWS_FIRST)
    )


def _any_alternative(groups: list[list[QueryTerm]], alternative) -> Q:
    """Statements matching one of the alternatives (none: no statement)."""
    return reduce(operator.or_, map(alternative, groups), Q(pk__in=[]))


def _fallback_alternative(terms: list[QueryTerm]) -> Q:
    """SQLite: every term as written (case and accents folded) in the quote, the speaker's
    name as written or one of the person's names; no -term in any of them."""
    condition = Q()
    for term in terms:
        said_or_named = (
            Q(folded_contains("quote", term.text))
            | Q(folded_contains("speaker_name", term.text))
            | Q(person_id__in=_people_with_a_name(folded_contains("name", term.text)))
        )
        condition &= ~said_or_named if term.excluded else said_or_named
    return condition


# An alternative of at most this many words and phrases (-terms aside) is matched as one
# index lookup per set of its terms a person's names may stand for (2**n sets); a longer
# one term by term, which checks the words of every candidate row.
MAX_COMBINED_TERMS = 4


def _postgres_alternative(terms: list[QueryTerm]) -> Q:
    """PostgreSQL: each term matches the indexed statement vector or a name of the
    statement's person (person_id = ANY(…) of the people whose names match: see IsAnyOf).

    Written as: for some set of the terms, the person's names match each of them and the
    statement's words the others. Each such arm is one tsquery on stmt_search_idx (which
    intersects the words in the index, as for a query without names) and person index
    conditions, so the whole condition is a BitmapOr with no per-row recheck of the text:
    "spend defense" costs what it cost before names combined with words.

    A query of stop words only ("the") has an empty tsquery, which matches nothing: an arm
    whose words are all stop words has no text condition, and the alternative needs some
    searchable word. numnode() of a constant tsquery is folded when the query is planned,
    so the plan holds only the real conditions."""
    included = [term for term in terms if not term.excluded]
    if len(included) > MAX_COMBINED_TERMS:
        return _postgres_term_by_term(terms)
    excluded = [term for term in terms if term.excluded]
    arms = []
    for size in range(len(included) + 1):
        for named in itertools.combinations(range(len(included)), size):
            said = [term for index, term in enumerate(included) if index not in named]
            arm = _says([*said, *excluded])
            if named:
                people = _people_named_all([included[index] for index in named])
                arm &= Q(IsAnyOf("person_id", ArraySubquery(people)))
            arms.append(arm)
    condition = reduce(operator.or_, arms)
    for term in excluded:  # nor a person of that name, even written "Hegseth said"
        people = ArraySubquery(_people_named_all([term]))
        condition &= ~Q(Q(person_id__isnull=False), IsAnyOf("person_id", people))
    return condition & Q(GreaterThan(NumNode(_tsquery(terms)), 0))


def _postgres_term_by_term(terms: list[QueryTerm]) -> Q:
    """PostgreSQL, a long alternative: each term by itself in the statement's words or its
    person's names (a term of stop words only is no condition)."""
    condition = Q()
    for term in terms:
        said_or_named = _says([replace(term, excluded=False)]) | Q(
            Q(person_id__isnull=False),  # NOT (NULL = ANY(…)) would leave unnamed sources out
            IsAnyOf("person_id", ArraySubquery(_people_named_all([term]))),
        )
        condition &= ~said_or_named if term.excluded else said_or_named
    return condition & Q(GreaterThan(NumNode(_tsquery(terms)), 0))


def _tsquery(terms: list[QueryTerm]) -> SearchQuery:
    """The terms (-terms with their minus) as one websearch tsquery."""
    text = " ".join(("-" if term.excluded else "") + term.websearch for term in terms)
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def _says(terms: list[QueryTerm]) -> Q:
    """The statement's own words match the terms (-terms: do not contain them); no condition
    for no terms, or terms of stop words only."""
    if not terms:
        return Q()
    tsquery = _tsquery(terms)
    return Q(Exact(NumNode(tsquery), 0)) | Q(SearchVectorExact(STATEMENT_SEARCH_VECTOR, tsquery))


def _people_named_all(terms: list[QueryTerm]) -> QuerySet[Person]:
    """The ids of the people whose names or aliases match each of the terms (one name may
    match one term, another the next): one array, so PostgreSQL estimates the statements
    of the people as it does for one name."""
    people = Person.objects.order_by()
    for term in terms:
        tsquery = SearchQuery(term.websearch, search_type="websearch", config=SEARCH_CONFIG)
        name_matches = SearchVectorExact(NAME_SEARCH_VECTOR, tsquery)  # -term: its name too
        people = people.filter(pk__in=_people_with_a_name(name_matches))
    return people.values("pk")


class NumNode(Func):
    """PostgreSQL: the number of lexemes and operators of a tsquery (0: nothing to match)."""

    function = "numnode"
    output_field = IntegerField()


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
    is found by its person's full name, and by the other spellings editors recorded.

    A UNION of the two tables' matches rather than an OR across them, so that on
    PostgreSQL each is an index scan (person_name_search_idx, alias_name_search_idx)
    instead of a to_tsvector() over every name, once per term of the query."""
    named = Person.objects.filter(matches).order_by().values("pk")
    return named.union(PersonAlias.objects.filter(matches).order_by().values("person_id"))


# The speaker line as the pages write it (a person's name, else the speaker or the source
# as written), for ts_headline; the "Unnamed source" placeholder is no text to match.
SPEAKER_LINE = Coalesce(
    "person__name", NullIf("speaker_name", Value("")), NullIf("source", Value(""))
)


def with_highlights(statements: QuerySet[Statement], *, query: str) -> QuerySet[Statement]:
    """On PostgreSQL, adds `search_headline` and `speaker_headline`: the quote and the
    speaker line with the words matching the query between MATCH_START/MATCH_STOP (see
    highlighted_html). For the rows a page shows: ts_headline is costly, and PostgreSQL
    computes it after the sort and limit only."""
    if not query.split() or not uses_postgres():
        return statements
    search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    options = {
        "config": SEARCH_CONFIG,
        "start_sel": MATCH_START,
        "stop_sel": MATCH_STOP,
        "highlight_all": True,
    }
    return statements.annotate(
        search_headline=SearchHeadline("quote", search_query, **options),
        speaker_headline=SearchHeadline(SPEAKER_LINE, search_query, **options),
    )


def highlighted_html(statement: Statement, *, query: str) -> SafeString:
    """The statement's quote, escaped, with the words matching the query in <mark>."""
    return _html(_headline(statement.quote, getattr(statement, "search_headline", None), query))


def highlighted_speaker_html(statement: Statement, *, query: str) -> SafeString | None:
    """The speaker line (the person's name, else the speaker or source as written), escaped,
    with the words matching the query in <mark>: a statement found by its speaker's name
    shows why, and one found by another name of the person (an alias the line does not
    show) has the whole name marked. None for an unnamed source."""
    if statement.person is not None:
        line = statement.person.name
    else:
        line = statement.speaker_name or statement.source
    if not line:
        return None
    headline = _headline(line, getattr(statement, "speaker_headline", None), query)
    if MATCH_START not in headline and _found_by_an_alias(statement.person, query):
        headline = MATCH_START + line + MATCH_STOP
    return _html(headline)


def _found_by_an_alias(person: Person | None, query: str) -> bool:
    """Whether a word or phrase of the query (not excluded) is a whole word or words of one
    of the person's other names; reads person.aliases, which the page prefetches."""
    if person is None:
        return False
    aliases = [fold(alias.name) or "" for alias in person.aliases.all()]
    return any(
        re.search(rf"\b{re.escape(folded)}\b", alias)
        for term in query_terms(query)
        if not term.excluded and (folded := fold(term.text))
        for alias in aliases
    )


def _headline(text: str, headline: str | None, query: str) -> str:
    """The text with the matches ts_headline marked (with_highlights) or, on the fallback,
    every word of the query that is not excluded, between match markers."""
    if headline is not None:
        return headline
    words = [term.text for term in query_terms(query) if not term.excluded]
    return mark_words(text, words=words)


def _html(headline: str) -> SafeString:
    """The headline escaped, its match markers as <mark>."""
    return mark_safe(  # noqa: S308 - every piece of text is escaped first
        escape(headline).replace(MATCH_START, "<mark>").replace(MATCH_STOP, "</mark>")
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
        words = _name_words(people, query.split())
        for word in words:
            people = people.filter(folded_contains("name", word))
        return people.order_by("name", "id") if words else people.none()
    # unaccent() on both sides: "Sebastien" is as close to "Sébastien" as to "Sebastien".
    # (No index serves a similarity threshold on an annotation; the people table is small.)
    similarity = TrigramWordSimilarity(Unaccent(Value(query)), Unaccent("name"))
    return (
        people.annotate(name_similarity=similarity)
        .filter(name_similarity__gte=NAME_SIMILARITY_THRESHOLD)
        .order_by("-name_similarity", "name", "id")
    )


def _name_words(people: QuerySet[Person], words: list[str]) -> list[str]:
    """SQLite: the words of a query that some of the people's names contain, so that a
    name searched with other words ("Pete Hegseth ukraine") still finds the person, as
    PostgreSQL's word similarity does. One aggregate query, for two words or more (a single
    word is kept: no other could stand for the name)."""
    if len(words) < 2:
        return words
    counts = people.aggregate(
        **{
            f"word{index}": Count("pk", filter=Q(folded_contains("name", word)))
            for index, word in enumerate(words)
        }
    )
    return [word for index, word in enumerate(words) if counts[f"word{index}"]]
