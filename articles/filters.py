"""One FilterSet per listing, shared by the HTML pages and the API.

Every parameter is backed by an index (see the Statement indexes and migrations
0005_search_indexes, 0012_unaccent_search, 0014_name_search_indexes, and for the organisation
and outlet filters, which ignore capitalisation, 0015_organization_lower_indexes and
0016_outlet_lower_index). An unknown value in a free-text parameter (a person slug nobody
has) simply matches nothing; an invalid value of a choice, date or slug parameter makes the
form invalid, which the pages show as an empty result with what is wrong with each value,
and the API, the feeds and the CSV export as a 400 saying the same.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Lower
from django.db.models.lookups import Exact, GreaterThan, GreaterThanOrEqual, LessThanOrEqual
from django_countries import countries

from articles.models import (
    NEWS_DATE,
    UNDATED,
    Person,
    PersonSlugHistory,
    Statement,
    Topic,
    TopicSlugHistory,
)
from articles.search import people_named_like, search_statements


class CountryCodeField(forms.ChoiceField):
    """An ISO 3166 alpha-2 code in either case ("ee" or "EE"), cleaned to capitals."""

    def to_python(self, value) -> str:
        return super().to_python(value).upper()


class CountryFilter(django_filters.ChoiceFilter):
    field_class = CountryCodeField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", list(countries))
        kwargs.setdefault("label", "Country")
        super().__init__(*args, **kwargs)


def _now_or_formerly(model, history, slug: str) -> Coalesce:
    """The primary key of the person or topic with that slug now, or else of the one it
    belonged to before a rename or a merge: scalar subqueries on unique slugs, so the filter
    stays one equality on an index. Slugs are lowercase, so one typed in capitals finds
    what its lowercase form does (as /people/Kaja-Kallas/ redirects to kaja-kallas)."""
    subqueries = []
    for spelling in dict.fromkeys([slug, slug.lower()]):  # as typed first
        current = model.objects.filter(slug=spelling).order_by().values("pk")[:1]
        # (a history row's foreign key to its owner is named after the model: person_id)
        former = history.objects.filter(slug=spelling).values(f"{model._meta.model_name}_id")[:1]
        subqueries += [Subquery(current), Subquery(former)]
    return Coalesce(*subqueries)


class SlugFilter(django_filters.CharFilter):
    """A person's or topic's slug: one that cannot be a slug ("Kaja Kallas", a name) makes
    the form invalid, which says what is wrong, where a well-formed slug nobody has simply
    matches nothing. Typed in capitals, it finds its lowercase slug (_now_or_formerly)."""

    field_class = forms.SlugField
    ignores_capitalisation = True


class CaseInsensitiveFilter(django_filters.CharFilter):
    """Equality in any capitalisation ("nato" finds "NATO"): LOWER() of both sides, the
    expression of a functional index (iexact would be UPPER() on PostgreSQL, which no
    index serves)."""

    ignores_capitalisation = True

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        if not value:
            return qs
        return qs.filter(Exact(Lower(self.field_name), Lower(Value(value))))


class StatementFilterForm(forms.Form):
    def clean(self):
        """A date range that ends before it starts is a mistake (the dates swapped), not a
        search for nothing: said as an error of `date_to`."""
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", f"The range ends before it starts ({start:%Y-%m-%d}).")
        return cleaned


class StatementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Search")
    person = SlugFilter(method="by_person", label="Person (slug)")
    country = CountryFilter()
    topic = SlugFilter(method="by_topic", label="Topic (slug)")
    organization = CaseInsensitiveFilter(field_name="organization", label="Organisation")
    kind = django_filters.ChoiceFilter(choices=Statement.Kind.choices, label="Kind")
    outlet = CaseInsensitiveFilter(field_name="outlet", label="Outlet")
    date_from = django_filters.DateFilter(method="published_from", label="From")
    date_to = django_filters.DateFilter(method="published_until", label="To")

    class Meta:
        model = Statement
        fields: list[str] = []
        form = StatementFilterForm

    def search(self, queryset: QuerySet[Statement], name: str, value: str) -> QuerySet[Statement]:
        """Full-text search; results are ranked best first (see articles.search)."""
        return search_statements(queryset, query=value)

    def by_person(self, queryset: QuerySet[Statement], name: str, value: str) -> QuerySet:
        """The person with that slug now, or else the one it belonged to before a rename or
        a merge (a saved search or a shared link keeps working). Two scalar subqueries on
        unique slugs, so the comparison is an equality on the person index."""
        return queryset.filter(person_id=_now_or_formerly(Person, PersonSlugHistory, value))

    def by_topic(self, queryset: QuerySet[Statement], name: str, value: str) -> QuerySet:
        """The topic with that slug now, or else the one that had it before a rename; as
        by_person, one equality on the statement-topic table's topic index."""
        return queryset.filter(topics=_now_or_formerly(Topic, TopicSlugHistory, value))

    # Date ranges compare NEWS_DATE, the expression the list indexes are ordered by, so a
    # range is an index range; undated statements are never in a range.
    def published_from(self, queryset: QuerySet[Statement], name: str, value) -> QuerySet:
        # (undated statements sort as UNDATED, 0001-01-01: a range from then leaves them out)
        return queryset.filter(
            GreaterThanOrEqual(NEWS_DATE, value), GreaterThan(NEWS_DATE, UNDATED)
        )

    def published_until(self, queryset: QuerySet[Statement], name: str, value) -> QuerySet:
        return queryset.filter(LessThanOrEqual(NEWS_DATE, value), GreaterThan(NEWS_DATE, UNDATED))


class PersonFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Name")
    country = CountryFilter()
    kind = django_filters.ChoiceFilter(choices=Person.Kind.choices, label="Kind")
    organization = CaseInsensitiveFilter(field_name="organization", label="Organisation")

    class Meta:
        model = Person
        fields: list[str] = []

    def search(self, queryset: QuerySet[Person], name: str, value: str) -> QuerySet[Person]:
        """Names close to the query, closest first; tolerates typos on PostgreSQL."""
        return people_named_like(queryset, query=value)
