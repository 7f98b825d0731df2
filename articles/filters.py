"""One FilterSet per listing, shared by the HTML pages and the API."""

from __future__ import annotations

import django_filters
from django.db.models import Q, QuerySet
from django_countries import countries

from articles.models import Statement


class StatementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Search")
    person = django_filters.CharFilter(field_name="person__slug", label="Person (slug)")
    country = django_filters.ChoiceFilter(choices=list(countries), label="Country")
    topic = django_filters.CharFilter(field_name="topics__slug", label="Topic (slug)")
    organization = django_filters.CharFilter(field_name="organization", label="Organisation")
    kind = django_filters.ChoiceFilter(choices=Statement.Kind.choices)
    outlet = django_filters.CharFilter(field_name="article__outlet", label="Outlet")
    date_from = django_filters.DateFilter(field_name="published_on", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="published_on", lookup_expr="lte")

    class Meta:
        model = Statement
        fields: list[str] = []

    def search(self, queryset: QuerySet[Statement], name: str, value: str) -> QuerySet[Statement]:
        """Statements whose quote or speaker contains every word of the query."""
        for word in value.split():
            queryset = queryset.filter(Q(quote__icontains=word) | Q(speaker_name__icontains=word))
        return queryset
