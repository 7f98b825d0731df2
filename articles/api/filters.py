"""API filters: the pages' FilterSets (articles.filters), with what only the API offers
added (the review state for editors, an article filter)."""

from __future__ import annotations

import django_filters
from django.db.models import F, OrderBy, QuerySet
from rest_framework.filters import OrderingFilter

from articles.filters import CaseInsensitiveFilter, StatementFilter
from articles.models import Article, Statement


class EditorStatementFilter(StatementFilter):
    status = django_filters.ChoiceFilter(
        choices=Statement.ReviewStatus.choices,
        label="Review state (editors only; the public sees approved statements only)",
    )


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="headline", lookup_expr="icontains", label="Headline")
    # any capitalisation, as the statements' outlet filter; articles are few, so no index
    outlet = CaseInsensitiveFilter(field_name="outlet", label="Outlet")
    date_from = django_filters.DateFilter(field_name="published_on", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="published_on", lookup_expr="lte")

    class Meta:
        model = Article
        fields: list[str] = []


class StableOrderingFilter(OrderingFilter):
    """DRF's ordering parameter, with the id as the last key so that rows that tie (same
    count, same date) keep one order from page to page."""

    def get_ordering(self, request, queryset: QuerySet, view) -> list[str] | None:
        ordering = super().get_ordering(request, queryset, view)
        if not ordering:
            return None  # keep the queryset's own order (a search's closest first)
        if not {"id", "-id", "pk", "-pk"} & set(ordering):
            ordering = [*ordering, "id"]
        return ordering


class ArticleOrdering(StableOrderingFilter):
    """Articles without a news date sort as the oldest on every database, as statements do
    (PostgreSQL would put them first in a descending order, SQLite last)."""

    def filter_queryset(self, request, queryset: QuerySet, view) -> QuerySet:
        ordering = self.get_ordering(request, queryset, view)
        if not ordering:
            return queryset
        return queryset.order_by(*(self.undated_as_oldest(key) for key in ordering))

    @staticmethod
    def undated_as_oldest(key: str) -> str | OrderBy:
        if key.lstrip("-") != "published_on":
            return key
        if key.startswith("-"):
            return F("published_on").desc(nulls_last=True)
        return F("published_on").asc(nulls_first=True)


class StatementOrdering(OrderingFilter):
    """`ordering`: `-published_on` (default: news date, newest first, as on the pages),
    `published_on`, `-id` (latest added first) or `id`. Every ordering ends with the id, so
    the order is total."""

    # Statements without a news date sort as the oldest (see articles.models.NEWS_DATE,
    # which stmt_news_date_idx indexes together with the id).
    orderings = {
        "-published_on": ("-news_date", "-id"),
        "published_on": ("news_date", "id"),
        "-id": ("-id",),
        "id": ("id",),
    }
    default = "-published_on"

    def get_ordering(self, request, queryset: QuerySet, view) -> tuple[str, ...]:
        requested = request.query_params.get(self.ordering_param, "").strip()
        return self.orderings.get(requested, self.orderings[self.default])

    def get_schema_operation_parameters(self, view) -> list[dict]:
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": "Sort order: by news date, newest first (default; "
                "statements without a date come last), or oldest first; or by id, the "
                "order statements were added. Unknown values fall back to the default.",
                "schema": {"type": "string", "enum": list(self.orderings), "default": self.default},
            }
        ]
