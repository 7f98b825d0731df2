"""Reads only the API needs, built on articles.selectors so published means the same as on
the pages. Each returns everything its serializer shows in a fixed number of queries."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet

from articles import selectors
from articles.models import NEWS_DATE, Article, Statement

APPROVED = Statement.ReviewStatus.APPROVED


def with_news_date(statements: QuerySet[Statement]) -> QuerySet[Statement]:
    """Adds `news_date`, the publication date with undated statements last in "newest
    first" (the cursor paginator needs a value it can compare in every row)."""
    return statements.annotate(news_date=NEWS_DATE)


def api_statements(*, include_unpublished: bool) -> QuerySet[Statement]:
    """Published statements; with include_unpublished (editors) every review state."""
    if not include_unpublished:
        return with_news_date(selectors.public_statements())
    return with_news_date(
        Statement.objects.select_related("person", "article").prefetch_related("topics")
    )


def api_articles(*, include_unpublished: bool) -> QuerySet[Article]:
    """Articles with their statement counts; the public sees only articles with a published
    statement and counts published statements only."""
    if include_unpublished:
        return Article.objects.annotate(statement_count=Count("statements"))
    return selectors.public_articles().annotate(
        statement_count=Count("statements", filter=Q(statements__status=APPROVED))
    )


def api_article_detail(*, include_unpublished: bool) -> QuerySet[Article]:
    """Articles with their statements (in text order) loaded for the detail view."""
    statements = api_statements(include_unpublished=include_unpublished).order_by("start")
    return api_articles(include_unpublished=include_unpublished).prefetch_related(
        Prefetch("statements", queryset=statements, to_attr="listed_statements")
    )
