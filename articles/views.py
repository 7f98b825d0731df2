"""Public pages. Thin: each asks a selector for data and a FilterSet for filtering."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from articles import selectors
from articles.filters import StatementFilter
from articles.models import PersonSlugHistory, Statement

PAGE_SIZE = 25


def paginated(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def statement_list(request):
    statement_filter = StatementFilter(request.GET, queryset=selectors.public_statements())
    return render(
        request,
        "articles/statement_list.html",
        {"filter": statement_filter, "page": paginated(request, statement_filter.qs)},
    )


def statement_detail(request, pk: int):
    statement = get_object_or_404(selectors.public_statements(), pk=pk)
    return render(request, "articles/statement_detail.html", {"statement": statement})


def person_detail(request, slug: str):
    person = selectors.public_people().filter(slug=slug).first()
    if person is None:
        old = get_object_or_404(PersonSlugHistory.objects.select_related("person"), slug=slug)
        return redirect(old.person, permanent=True)
    statements = selectors.public_statements().filter(person=person)
    return render(
        request,
        "articles/person_detail.html",
        {"person": person, "page": paginated(request, statements)},
    )


def topic_detail(request, slug: str):
    topic = get_object_or_404(selectors.public_topics(), slug=slug)
    statements = selectors.public_statements().filter(topics=topic)
    return render(
        request,
        "articles/topic_detail.html",
        {"topic": topic, "page": paginated(request, statements)},
    )


def article_detail(request, pk: int):
    article = get_object_or_404(selectors.public_articles(), pk=pk)
    statements = selectors.public_statements().filter(article=article).order_by("start")
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "statements": statements, "kinds": Statement.Kind},
    )
