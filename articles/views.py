"""Public pages. Thin: each asks a selector for data and a FilterSet for filtering; the
helpers here only shape that data for the templates (links, chart geometry, passages)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet, prefetch_related_objects
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django_countries import countries
from django_countries.fields import Country
from django_filters import FilterSet

from articles import selectors
from articles.filters import PersonFilter, StatementFilter
from articles.models import NEWEST_NEWS_FIRST, Article, Person, Statement
from articles.search import highlighted_html, highlighted_speaker_html, with_highlights

PAGE_SIZE = 25
INDEX_PAGE_SIZE = 60
FACET_TITLES = {
    "person": "Speaker",
    "topic": "Topic",
    "country": "Country",
    "organization": "Organisation",
    "kind": "Kind",
    "outlet": "Outlet",
}
# Characters of article text shown on each side of a quote on its permalink page.
PASSAGE_CONTEXT_CHARS = 400
CHART_MONTHS = 24
CHART_MIN_MONTHS = 12


# Shared pieces ---------------------------------------------------------------------------


def paginated(request: HttpRequest, queryset, *, per_page: int = PAGE_SIZE) -> Page:
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def query_string(params: QueryDict, **changes: str | None) -> str:
    """The current query with some parameters set or (None) removed, always back to page 1."""
    params = params.copy()
    params.pop("page", None)
    for name in [name for name, value in params.items() if not value]:
        del params[name]  # an empty search box or date is no filter
    for name, value in changes.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = value
    return "?" + params.urlencode() if params else "?"


@dataclass(frozen=True)
class FacetLink:
    label: str
    count: int
    url: str
    active: bool


@dataclass(frozen=True)
class Facet:
    name: str
    title: str
    links: list[FacetLink]
    clear_url: str | None


@dataclass(frozen=True)
class ActiveFilter:
    title: str
    label: str
    remove_url: str


def browse_statements(
    request: HttpRequest, *, statements: QuerySet[Statement], fixed: str | None = None
) -> dict:
    """Context for a filtered, faceted, paginated statement list.

    `statements` is the page's base set (all public statements, or one person's…); `fixed`
    names the filter that base set already applies, which is then neither offered as a
    facet nor read from the URL. Facet counts are computed over the statements matching
    every active filter except the facet's own, so each facet lists the alternatives to
    its current value (one or two queries per facet, FACET_SIZE values at most).
    """
    params = request.GET.copy()
    if fixed:
        params.pop(fixed, None)
    statement_filter = StatementFilter(params, queryset=statements)
    valid = statement_filter.is_valid()
    cleaned = statement_filter.form.cleaned_data if valid else {}
    filtered = statement_filter.qs if valid else statements.none()
    query = cleaned.get("q", "")
    newest_first = params.get("sort") == "newest"
    filtered = in_asked_order(filtered, query=query, sort=params.get("sort"))
    page = paginated(request, with_highlights(filtered, query=query))
    if query:
        # The speakers' other names: a name found through one is marked (search.py).
        prefetch_related_objects([s.person for s in page if s.person is not None], "aliases")
        for statement in page:
            statement.quote_html = highlighted_html(statement, query=query)
            statement.speaker_html = highlighted_speaker_html(statement, query=query)

    facets, active_filters = [], []
    for name, title in FACET_TITLES.items():
        if name == fixed:
            continue
        current = cleaned.get(name) or ""  # "ee" in the URL is "EE" here
        others = StatementFilter(_without(params, name), queryset=statements)
        values = selectors.facet_values(others.qs, facet=name) if valid else []
        links = [
            FacetLink(
                label=value.label,
                count=value.count,
                url=query_string(params, **{name: value.value}),
                active=same_filter_value(name, value.value, current),
            )
            for value in values
        ]
        clear_url = query_string(params, **{name: None}) if params.get(name) else None
        facets.append(Facet(name=name, title=title, links=links, clear_url=clear_url))
        if clear_url:
            label = next((link.label for link in links if link.active), None)
            if label is None:  # no matching statement to name it (or an old slug)
                label = selectors.facet_label(name, current or params[name])
            active_filters.append(ActiveFilter(title, label, clear_url))

    return {
        "filter": statement_filter,
        "filter_errors": [] if valid else _error_messages(statement_filter),
        "filtered": filtered,
        "page": page,
        "query": query,
        "newest_first": newest_first,
        "facets": facets,
        "active_filters": active_filters,
        "hidden_params": [
            (name, value)
            for name, value in params.items()
            if name in FACET_TITLES and name != fixed and value
        ],
        "sort_urls": {
            "relevance": query_string(params, sort=None),
            "newest": query_string(params, sort="newest"),
        },
        "filter_query": query_string(params).removeprefix("?"),
    }


def in_asked_order(
    statements: QuerySet[Statement], *, query: str, sort: str | None
) -> QuerySet[Statement]:
    """A search best match first (on PostgreSQL), or the newest first with sort=newest;
    other lists are newest first either way. The page and its CSV export share it, so the
    export lists the rows in the order the page does."""
    if query and sort == "newest":
        return statements.order_by(*NEWEST_NEWS_FIRST)  # instead of best match first
    return statements


def same_filter_value(name: str, value: str, current: str) -> bool:
    """Whether a facet value is the one the filter is set to, as the filter compares (in
    any capitalisation for a slug or an organisation: filters.SlugFilter and
    CaseInsensitiveFilter say so)."""
    if getattr(StatementFilter.base_filters.get(name), "ignores_capitalisation", False):
        return value.lower() == current.lower()
    return value == current


def _without(params: QueryDict, name: str) -> QueryDict:
    params = params.copy()
    params.pop(name, None)
    return params


def _error_messages(filterset: FilterSet) -> list[str]:
    """What is wrong with each invalid filter value, to tell the reader why nothing matches."""
    return [
        f"{filterset.form.fields[name].label or name}: {' '.join(errors)}"
        for name, errors in filterset.form.errors.items()
    ]


def invalid_filters_response(filterset: FilterSet) -> HttpResponse:
    """400 for a feed or a CSV export asked for with invalid filter values, saying what is
    wrong with each (an empty feed or a header-only file would read as "nothing matches")."""
    lines = ["Invalid filters:", *_error_messages(filterset)]
    return HttpResponseBadRequest("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def export_url(filter_query: str, **fixed: str) -> str:
    params = QueryDict(filter_query, mutable=True)
    params.update(fixed)
    return reverse("articles:statement-export") + "?" + params.urlencode()


# Chart -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    month: dt.date
    count: int
    x: int
    y: int
    height: int
    label: str = ""  # axis label under the bar, if any
    label_x: int = 0
    label_anchor: str = "start"


@dataclass(frozen=True)
class MonthChart:
    bars: list[Bar]
    width: int
    height: int
    peak: int


CHART_BAR_WIDTH, CHART_BAR_GAP, CHART_PLOT_HEIGHT = 20, 4, 80


def month_chart(
    counts: dict[dt.date, int], *, months: int = CHART_MONTHS, min_months: int = CHART_MIN_MONTHS
) -> MonthChart | None:
    """Geometry of an SVG bar chart of statements per month: from the first month with
    statements (at least `min_months`, at most `months` back) to the latest one."""
    if not counts:
        return None
    latest = max(counts)
    span = min(max(_months_between(min(counts), latest) + 1, min_months), months)
    series = [_add_months(latest, offset) for offset in range(1 - span, 1)]
    peak = max(counts.get(month, 0) for month in series) or 1
    step = CHART_BAR_WIDTH + CHART_BAR_GAP
    bars = []
    for index, month in enumerate(series):
        count = counts.get(month, 0)
        height = round(count / peak * CHART_PLOT_HEIGHT)
        x = index * step
        if index == 0:
            label, label_x, anchor = month.strftime("%b %Y"), x, "start"
        elif index == len(series) - 1:
            label, label_x, anchor = month.strftime("%b %Y"), x + CHART_BAR_WIDTH, "end"
        elif month.month == 1 and 3 <= index <= len(series) - 4:
            label, label_x, anchor = str(month.year), x + CHART_BAR_WIDTH // 2, "middle"
        else:
            label, label_x, anchor = "", 0, "start"
        bars.append(
            Bar(month, count, x, CHART_PLOT_HEIGHT - height, height, label, label_x, anchor)
        )
    return MonthChart(bars, len(series) * step - CHART_BAR_GAP, CHART_PLOT_HEIGHT, peak)


def _months_between(first: dt.date, last: dt.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


def _add_months(month: dt.date, delta: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + delta
    return dt.date(index // 12, index % 12 + 1, 1)


# Pages -------------------------------------------------------------------------------------


def statement_list(request: HttpRequest) -> HttpResponse:
    context = browse_statements(request, statements=selectors.listed_statements())
    context["people_suggested"] = (
        list(selectors.public_people_named_like(query=context["query"])[:5])
        if context["query"]
        else []
    )
    context["feed_url"] = reverse("articles:statement-feed") + "?" + context["filter_query"]
    context["export_url"] = export_url(context["filter_query"])
    return render(request, "articles/statement_list.html", context)


def statement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    statement = get_object_or_404(selectors.public_statements(), pk=pk)
    return render(
        request,
        "articles/statement_detail.html",
        {
            "statement": statement,
            "passage": passage_around(statement),
            "others": selectors.other_statements_in_article(statement=statement),
            "json_ld": json_ld(quotation_data(request, statement)),
            "canonical_url": request.build_absolute_uri(statement.get_absolute_url()),
        },
    )


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """400 for a request refused before any view. One too large to read (a huge paste in
    the admin: settings.DATA_UPLOAD_MAX_MEMORY_SIZE) says the article limit and links
    back to the form."""
    return render(
        request,
        "400.html",
        {
            "too_large": isinstance(exception, RequestDataTooBig),
            "max_chars": f"{settings.ARTICLE_MAX_CHARS:,}",
            "back_url": request.path,
        },
        status=400,
    )


def moved_permanently(request: HttpRequest, url: str) -> HttpResponse:
    """301 to a renamed or merged page's new address; a shared, filtered link keeps its
    filters."""
    query = request.GET.urlencode()
    return redirect(url + (f"?{query}" if query else ""), permanent=True)


def moved_slug(
    request: HttpRequest,
    *,
    slug: str,
    url_name: str,
    formerly_at: Callable[..., Any],
    format_suffix: str | None = None,
) -> HttpResponse | None:
    """The 301 for a slug nothing has now: one typed in capitals (slugs are lowercase:
    /people/Kaja-Kallas/) goes to its lowercase address, a former one (a rename or a
    merge: ``formerly_at`` finds its owner) to the owner's; None when it is neither. An
    API address with a format suffix (/api/people/<slug>.json) keeps it."""

    def address(new_slug: str) -> str:
        if format_suffix:
            return reverse(url_name, kwargs={"slug": new_slug, "format": format_suffix})
        return reverse(url_name, args=[new_slug])

    if slug != slug.lower():
        return moved_permanently(request, address(slug.lower()))
    owner = formerly_at(slug=slug)
    if owner is None:
        return None
    return moved_permanently(request, address(owner.slug))


def person_detail(request: HttpRequest, slug: str) -> HttpResponse:
    person = selectors.public_people().filter(slug=slug).first()
    if person is None:
        moved = moved_slug(
            request,
            slug=slug,
            url_name="articles:person-detail",
            formerly_at=selectors.person_formerly_at,
        )
        if moved is None:
            raise Http404("No such person.")
        return moved
    return _profile_page(
        request,
        template="articles/person_detail.html",
        statements=selectors.listed_statements().filter(person=person),
        fixed="person",
        extra={
            "person": person,
            "feed_url": reverse("articles:person-feed", args=[person.slug]),
            "fixed_param": {"person": person.slug},
        },
    )


def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    if code.upper() not in countries:
        raise Http404("No such country code.")
    if code != code.lower():
        return moved_permanently(request, reverse("articles:country-detail", args=[code.lower()]))
    country = Country(code=code.upper())
    return _profile_page(
        request,
        template="articles/country_detail.html",
        statements=selectors.listed_statements().filter(country=country.code),
        fixed="country",
        extra={
            "country": country,
            "feed_url": reverse("articles:country-feed", args=[code]),
            "fixed_param": {"country": country.code},
        },
    )


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = selectors.public_topics().filter(slug=slug).first()
    if topic is None:
        moved = moved_slug(
            request,
            slug=slug,
            url_name="articles:topic-detail",
            formerly_at=selectors.topic_formerly_at,
        )
        if moved is None:
            raise Http404("No such topic.")
        return moved
    return _profile_page(
        request,
        template="articles/topic_detail.html",
        statements=selectors.listed_statements().filter(topics=topic),
        fixed="topic",
        extra={
            "topic": topic,
            "feed_url": reverse("articles:topic-feed", args=[topic.slug]),
            "fixed_param": {"topic": topic.slug},
        },
    )


def _profile_page(
    request: HttpRequest, *, template: str, statements: QuerySet[Statement], fixed: str, extra
) -> HttpResponse:
    """A person, country or topic page: its statements with filters, facets and a chart."""
    context = browse_statements(request, statements=statements, fixed=fixed)
    # The page's summary ("speaks most on", "most quoted") comes from the facet counts.
    context["top"] = {facet.name: facet.links[:5] for facet in context["facets"]}
    context["chart"] = month_chart(selectors.statements_per_month(context["filtered"]))
    context["export_url"] = export_url(context["filter_query"], **extra["fixed_param"])
    context.update(extra)
    if context["filter_query"]:  # the feed of what the page lists, as the list's feed is
        context["feed_url"] = f"{extra['feed_url']}?{context['filter_query']}"
    return render(request, template, context)


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(selectors.public_articles(), pk=pk)
    statements = list(selectors.article_statements(article=article))
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "statements": statements,
            "segments": article_segments(article=article, statements=statements),
        },
    )


def people_index(request: HttpRequest) -> HttpResponse:
    people_filter = PersonFilter(request.GET, queryset=selectors.public_people_with_counts())
    valid = people_filter.is_valid()
    people = people_filter.qs if valid else Person.objects.none()
    return render(
        request,
        "articles/people_index.html",
        {
            "filter": people_filter,
            "filter_errors": [] if valid else _error_messages(people_filter),
            "page": paginated(request, people, per_page=INDEX_PAGE_SIZE),
        },
    )


def countries_index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "articles/countries_index.html",
        {"countries": selectors.public_countries_with_counts()},
    )


def topics_index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "articles/topics_index.html",
        {"topics": selectors.public_topics_with_counts().filter(statement_count__gt=0)},
    )


# CSV export --------------------------------------------------------------------------------

CSV_COLUMNS = [
    "id",
    "published_on",
    "quote",
    "context_before",  # the sentence around a partial quote, as the pages show it
    "context_after",
    "kind",
    "speaker_name",
    "source",  # the mention as written: all there is for "officials said"
    "person",
    "role",
    "country",
    "organization",
    "topics",
    "outlet",
    "headline",
    "article_url",
    "permalink",
]
EXPORT_CHUNK_SIZE = 2000


class _Echo:
    """A file-like object whose write returns the line, for streaming csv.writer output."""

    def write(self, value: str) -> str:
        return value


def statement_export(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """Every statement of the filtered list as CSV, in the page's order (a search best match
    first, or newest first with sort=newest), streamed in chunks (400 for invalid filters)."""
    statement_filter = StatementFilter(request.GET, queryset=selectors.exported_statements())
    if not statement_filter.is_valid():
        return invalid_filters_response(statement_filter)
    statements = in_asked_order(
        statement_filter.qs,
        query=statement_filter.form.cleaned_data.get("q", ""),
        sort=request.GET.get("sort"),
    )
    writer = csv.writer(_Echo())
    site = request.build_absolute_uri("/").rstrip("/")

    def rows():
        yield writer.writerow(CSV_COLUMNS)
        for statement in statements.iterator(chunk_size=EXPORT_CHUNK_SIZE):
            yield writer.writerow([csv_cell(value) for value in csv_row(statement, site=site)])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="statements.csv"'
    return response


def csv_row(statement: Statement, *, site: str) -> list:
    article = statement.article
    return [
        statement.pk,
        statement.published_on.isoformat() if statement.published_on else "",
        statement.quote,
        statement.context_before,
        statement.context_after,
        statement.kind,
        statement.speaker_name,
        statement.source,
        statement.person.slug if statement.person else "",
        statement.role,
        statement.country.code or "",
        statement.organization,
        " ".join(topic.slug for topic in statement.topics.all()),
        article.outlet,
        article.headline,
        article.url,
        site + statement.get_absolute_url(),
    ]


def csv_cell(value) -> str:
    """A cell a spreadsheet will not run as a formula (quotes are untrusted text)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# Statement and article text ----------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    before: str
    quote: str
    after: str
    cut_before: bool
    cut_after: bool


def passage_around(statement: Statement, *, context: int = PASSAGE_CONTEXT_CHARS):
    """The article text around the quote, cut at word boundaries; None if offsets are off."""
    body = statement.article.body
    if not (0 <= statement.start < statement.end <= len(body)):
        return None
    begin = max(0, statement.start - context)
    finish = min(len(body), statement.end + context)
    if begin > 0:
        begin = body.find(" ", begin, statement.start) + 1 or begin
    if finish < len(body):
        cut = body.rfind(" ", statement.end, finish)
        finish = cut if cut > 0 else finish
    return Passage(
        before=body[begin : statement.start],
        quote=body[statement.start : statement.end],
        after=body[statement.end : finish],
        cut_before=begin > 0,
        cut_after=finish < len(body),
    )


@dataclass(frozen=True)
class Segment:
    text: str
    statement: Statement | None = None


def article_segments(*, article: Article, statements: list[Statement]) -> list[Segment]:
    """The article body cut into plain text and the spans of its published statements."""
    body = article.body
    segments, position = [], 0
    for statement in sorted(statements, key=lambda s: (s.start, s.end)):
        if statement.start < position or statement.end > len(body):
            continue  # overlaps one already shown, or offsets from an older text
        if statement.start > position:
            segments.append(Segment(body[position : statement.start]))
        segments.append(Segment(body[statement.start : statement.end], statement))
        position = statement.end
    if position < len(body):
        segments.append(Segment(body[position:]))
    return segments


def quotation_data(request: HttpRequest, statement: Statement) -> dict:
    """schema.org Quotation for a statement."""
    article = statement.article
    data = {
        "@context": "https://schema.org",
        "@type": "Quotation",
        "text": statement.quote,
        "url": request.build_absolute_uri(statement.get_absolute_url()),
        "isBasedOn": {
            "@type": "NewsArticle",
            "headline": article.headline,
            **({"url": article.url} if article.url else {}),
            **(
                {"publisher": {"@type": "Organization", "name": article.outlet}}
                if article.outlet
                else {}
            ),
        },
        "about": [topic.name for topic in statement.topics.all()],
    }
    if statement.published_on:
        data["datePublished"] = statement.published_on.isoformat()
    if statement.person or statement.speaker_name:
        person = statement.person
        is_organization = person is not None and person.kind == Person.Kind.ORGANIZATION
        creator = {
            "@type": "Organization" if is_organization else "Person",
            "name": person.name if person else statement.speaker_name,
        }
        if person:
            creator["url"] = request.build_absolute_uri(person.get_absolute_url())
        if statement.role and not is_organization:
            creator["jobTitle"] = statement.role
        if statement.organization and not is_organization:
            creator["affiliation"] = {"@type": "Organization", "name": statement.organization}
        if statement.country:
            creator["nationality" if not is_organization else "location"] = {
                "@type": "Country",
                "name": statement.country.name,
            }
        data["creator"] = creator
    return data


def json_ld(data: dict) -> SafeString:
    """JSON for a <script type="application/ld+json"> element; <, > and & are escaped so
    no quote can close the element."""
    text = json.dumps(data, ensure_ascii=False)
    for char, code in (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026")):
        text = text.replace(char, code)
    return mark_safe(text)  # noqa: S308 - the only markup-significant characters are escaped
