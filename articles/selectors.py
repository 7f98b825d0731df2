"""Reads: the querysets pages and the API show. Each returns everything a page needs in a
fixed number of queries (related rows joined or prefetched)."""

from __future__ import annotations

from django.db.models import QuerySet

from articles.models import Article, Person, Statement, Topic


def public_statements() -> QuerySet[Statement]:
    """Approved statements, newest news first, with speaker, article and topics loaded."""
    return (
        Statement.objects.filter(status=Statement.ReviewStatus.APPROVED)
        .select_related("person", "article")
        .prefetch_related("topics")
        .order_by("-published_on", "-id")
    )


def public_people() -> QuerySet[Person]:
    return Person.objects.filter(statements__status=Statement.ReviewStatus.APPROVED).distinct()


def public_topics() -> QuerySet[Topic]:
    return Topic.objects.all()


def public_articles() -> QuerySet[Article]:
    return Article.objects.filter(statements__status=Statement.ReviewStatus.APPROVED).distinct()
