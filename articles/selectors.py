"""Reads: the querysets pages and the API show. Each returns everything a page needs in a
fixed number of queries (related rows joined or prefetched), whatever the number of rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import Cast, TruncMonth
from django_countries import countries

from articles import attribution
from articles.models import (
    NEWEST_NEWS_FIRST,
    NEWS_DATE,
    Article,
    Person,
    PersonAlias,
    PersonSlugHistory,
    Statement,
    Topic,
    TopicSlugHistory,
)
from articles.search import people_named_like

APPROVED = Statement.ReviewStatus.APPROVED
# Values listed per facet: the most frequent ones.
FACET_SIZE = 15


def public_statements() -> QuerySet[Statement]:
    """Approved statements, newest news first, with speaker, article and topics loaded."""
    return (
        Statement.objects.filter(status=APPROVED)
        .select_related("person", "article")
        .prefetch_related("topics")
        .order_by(*NEWEST_NEWS_FIRST)
    )


def listed_statements() -> QuerySet[Statement]:
    """Public statements for lists, feeds and exports: without the article texts, which
    only a permalink shows."""
    return public_statements().defer("article__body")


def exported_statements() -> QuerySet[Statement]:
    """Public statements with only the columns the CSV export writes (loading every column
    and timestamp doubles the export time)."""
    return (
        Statement.objects.filter(status=APPROVED)
        .select_related("person", "article")
        .only(
            *("id", "published_on", "quote", "context_before", "context_after", "kind"),
            *("speaker_name", "source"),
            *("role", "country", "organization", "person__slug"),
            *("article__outlet", "article__headline", "article__url"),
        )
        .prefetch_related(Prefetch("topics", queryset=Topic.objects.only("slug")))
        .order_by(*NEWEST_NEWS_FIRST)
    )


def with_news_date(statements: QuerySet[Statement]) -> QuerySet[Statement]:
    """Adds `news_date`, the publication date with undated statements last in "newest
    first" (the API's cursor pages need a value they can compare in every row)."""
    return statements.annotate(news_date=NEWS_DATE)


def api_statements(*, include_unpublished: bool) -> QuerySet[Statement]:
    """The API's statements: published ones; with include_unpublished (editors) every review
    state, and whether the speaker has a public page yet. Loaded as public_statements loads
    them, with `news_date` added."""
    if not include_unpublished:
        return with_news_date(public_statements())
    # `speaker_published`: whether the speaker has a public page (a published statement).
    speaker_published = Exists(
        Statement.objects.filter(person_id=OuterRef("person_id"), status=APPROVED)
    )
    return with_news_date(
        Statement.objects.select_related("person", "article")
        .prefetch_related("topics")
        .annotate(speaker_published=speaker_published)
    )


def public_people() -> QuerySet[Person]:
    """People with at least one published statement."""
    return Person.objects.filter(
        pk__in=Statement.objects.filter(status=APPROVED, person__isnull=False).values("person_id")
    )


def person_formerly_at(*, slug: str) -> Person | None:
    """The person a former slug (a rename, or a person merged into them) now belongs to."""
    old = PersonSlugHistory.objects.select_related("person").filter(slug=slug).first()
    return old.person if old else None


def unused_extracted_people(*, people: QuerySet[Person] | None = None) -> QuerySet[Person]:
    """Those of `people` (everyone by default) that extraction created and nothing uses any
    more: typically a misspelt speaker whose statements an editor gave to the right person.

    Kept out: anyone with a statement of any status, with another spelling than their name
    (an alias editors or corrections taught), with a former address that redirects to
    them (a rename or merge), or added by an editor (the admin's history records it).
    """
    people = Person.objects.all() if people is None else people
    added_by_editor = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Person),
        action_flag=ADDITION,
        object_id=Cast(OuterRef("pk"), CharField()),
    )
    return people.filter(
        ~Exists(Statement.objects.filter(person=OuterRef("pk"))),
        ~Exists(PersonAlias.objects.filter(person=OuterRef("pk")).exclude(name=OuterRef("name"))),
        ~Exists(PersonSlugHistory.objects.filter(person=OuterRef("pk"))),
        ~Exists(added_by_editor),
    )


def public_people_named_like(*, query: str) -> QuerySet[Person]:
    """Published speakers whose name is close to the query ("Hegsteh" finds Hegseth)."""
    return people_named_like(public_people(), query=query)


def public_people_with_counts() -> QuerySet[Person]:
    """People with their number of published statements, most quoted first."""
    return (
        Person.objects.annotate(
            statement_count=Count("statements", filter=Q(statements__status=APPROVED))
        )
        .filter(statement_count__gt=0)
        .order_by("-statement_count", "name", "id")  # namesakes: one order on every page
    )


def public_topics() -> QuerySet[Topic]:
    return Topic.objects.all()


def topic_formerly_at(*, slug: str) -> Topic | None:
    """The topic a former slug (before a rename) now belongs to."""
    old = TopicSlugHistory.objects.select_related("topic").filter(slug=slug).first()
    return old.topic if old else None


def public_topics_with_counts() -> QuerySet[Topic]:
    """Topics with their number of published statements, most discussed first."""
    return Topic.objects.annotate(
        statement_count=Count("statements", filter=Q(statements__status=APPROVED))
    ).order_by("-statement_count", "name")


def public_articles() -> QuerySet[Article]:
    """Articles with at least one published statement."""
    return Article.objects.filter(
        pk__in=Statement.objects.filter(status=APPROVED).values("article_id")
    )


@dataclass(frozen=True)
class CountryCount:
    code: str
    name: str
    statement_count: int


def public_countries_with_counts() -> list[CountryCount]:
    """Countries speakers spoke for, with their number of published statements."""
    rows = (
        Statement.objects.filter(status=APPROVED)
        .exclude(country="")
        .values("country")
        .annotate(n=Count("*"))
        .order_by("-n", "country")
    )
    return [CountryCount(row["country"], countries.name(row["country"]), row["n"]) for row in rows]


def other_statements_in_article(*, statement: Statement, limit: int = 10) -> list[Statement]:
    return list(
        Statement.objects.filter(status=APPROVED, article_id=statement.article_id)
        .exclude(pk=statement.pk)
        .select_related("person")
        .order_by("start")[:limit]
    )


def article_statements(*, article: Article) -> QuerySet[Statement]:
    """An article's published statements in the order they appear in the text."""
    return public_statements().filter(article=article).order_by("start", "id")


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


# Facet name (a StatementFilter parameter) -> the statement field counted; person and
# topic have their own queries.
FACET_FIELDS: dict[str, str] = {
    "country": "country",
    "organization": "organization",
    "kind": "kind",
    "outlet": "outlet",
}


def facet_values(statements: QuerySet[Statement], *, facet: str) -> list[FacetValue]:
    """The FACET_SIZE most frequent values of a facet among the statements, with counts.

    One aggregate query (two for speakers); empty values (unnamed speakers, no country) are
    left out. COUNT(*) rather than COUNT(id) lets PostgreSQL answer from the
    (field, status, …) indexes alone.
    """
    if facet == "topic":
        return _topic_facet_values(statements)
    if facet == "person":
        return _person_facet_values(statements)
    field = FACET_FIELDS[facet]
    rows = (
        statements.exclude(**{f"{field}__isnull": True})
        .exclude(**{field: ""})
        .order_by()
        .values(field)
        .annotate(n=Count("*"))
        .order_by("-n", field)[:FACET_SIZE]
    )
    return [FacetValue(row[field], facet_label(facet, row[field]), row["n"]) for row in rows]


def _person_facet_values(statements: QuerySet[Statement]) -> list[FacetValue]:
    # Counted per person id first and named after: joining people before grouping makes
    # PostgreSQL join every statement (8x slower on 100,000 statements).
    counts = list(
        statements.filter(person__isnull=False)
        .order_by()
        .values("person_id")
        .annotate(n=Count("*"))
        .order_by("-n", "person_id")[:FACET_SIZE]
    )
    people = Person.objects.in_bulk([row["person_id"] for row in counts])
    return [
        FacetValue(people[row["person_id"]].slug, people[row["person_id"]].name, row["n"])
        for row in counts
    ]


def _topic_facet_values(statements: QuerySet[Statement]) -> list[FacetValue]:
    # Counted on the statement-topic links, per topic id, and named after: grouping
    # statements through the many-to-many join (excluding those without topics) costs
    # PostgreSQL a correlated subquery per statement, 100x slower on 100,000 statements.
    counts = list(
        Statement.topics.through.objects.filter(statement_id__in=statements.order_by().values("id"))
        .values("topic_id")
        .annotate(n=Count("*"))
        .order_by("-n", "topic_id")[:FACET_SIZE]
    )
    topics = Topic.objects.in_bulk([row["topic_id"] for row in counts])
    return [
        FacetValue(topics[row["topic_id"]].slug, topics[row["topic_id"]].name, row["n"])
        for row in counts
    ]


def facet_label(facet: str, value: str) -> str:
    """How a filter value reads: a country or a person by name, not by code or slug (a
    person's or topic's former slug by their current name)."""
    if facet == "country":
        return countries.name(value) or value
    if facet == "kind":
        return Statement.Kind(value).label if value in Statement.Kind.values else value
    if facet == "person":
        person = Person.objects.filter(slug=value).first() or person_formerly_at(slug=value)
        return person.name if person else value
    if facet == "topic":
        topic = Topic.objects.filter(slug=value).first() or topic_formerly_at(slug=value)
        return topic.name if topic else value
    return value


def statements_per_month(statements: QuerySet[Statement]) -> dict[dt.date, int]:
    """Number of statements per calendar month (keyed by the month's first day)."""
    rows = (
        statements.exclude(published_on__isnull=True)
        .order_by()
        .annotate(month=TruncMonth("published_on"))
        .values("month")
        .annotate(n=Count("id"))
    )
    return {_as_date(row["month"]): row["n"] for row in rows}


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def articles_needing_extraction() -> QuerySet[Article]:
    """Articles the current attribution module has not successfully processed: still
    pending, failed, or extracted by another version (after an upgrade). Oldest first."""
    return Article.objects.exclude(
        extraction_status=Article.ExtractionStatus.DONE,
        extractor_version=attribution.EXTRACTOR_VERSION,
    ).order_by("created_at", "pk")
