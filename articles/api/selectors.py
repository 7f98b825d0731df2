"""Reads only the API needs, built on articles.selectors so published means the same as on
the pages. Each returns everything its serializer shows in a fixed number of queries."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet

from articles import selectors
from articles.models import Article, Statement

APPROVED = Statement.ReviewStatus.APPROVED


def api_articles(*, include_unpublished: bool) -> QuerySet[Article]:
    """Articles with their statement counts; the public sees only articles with a published
    statement and counts published statements only. `published_count` (published
    statements) says whether the article's public page exists."""
    published = Count("statements", filter=Q(statements__status=APPROVED))
    if include_unpublished:
        return Article.objects.annotate(
            statement_count=Count("statements"), published_count=published
        )
    return selectors.public_articles().annotate(
        statement_count=published, published_count=published
    )


def api_article_detail(*, include_unpublished: bool) -> QuerySet[Article]:
    """Articles with their statements (in text order) loaded for the detail view."""
    statements = selectors.api_statements(include_unpublished=include_unpublished).order_by("start")
    return api_articles(include_unpublished=include_unpublished).prefetch_related(
        Prefetch("statements", queryset=statements, to_attr="listed_statements")
    )
