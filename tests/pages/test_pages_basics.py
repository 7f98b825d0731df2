"""Public pages: only approved statements, escaped text, stable behaviour on bad input."""

import pytest
from django.urls import reverse

from articles.models import PersonSlugHistory, Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory

pytestmark = pytest.mark.django_db


def test_statement_list_shows_approved_statements_only(client):
    shown = StatementFactory(quote="Europe must be involved")
    StatementFactory(quote="Not reviewed yet", status=Statement.ReviewStatus.SUGGESTED)
    StatementFactory(quote="Wrongly attributed", status=Statement.ReviewStatus.REJECTED)

    page = client.get(reverse("articles:statement-list")).content.decode()

    assert "Europe must be involved" in page
    assert shown.person.name in page
    assert "Not reviewed yet" not in page
    assert "Wrongly attributed" not in page


def test_quotes_and_article_text_are_escaped_everywhere(client):
    article = ArticleFactory(
        headline="<b>Bold</b> claims", body='<script>alert(1)</script> "We act," she said.'
    )
    statement = StatementFactory(article=article, quote="<script>alert(1)</script>", start=0)
    statement.end = len(statement.quote)
    statement.save()
    urls = [
        reverse("articles:statement-list"),
        reverse("articles:statement-list") + "?q=alert",
        statement.get_absolute_url(),
        statement.person.get_absolute_url(),
        article.get_absolute_url(),
    ]
    for url in urls:
        page = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in page, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or "alert(1)" not in page, url
        assert "<b>Bold</b>" not in page, url


def test_old_person_slug_redirects_permanently(client):
    statement = StatementFactory()
    PersonSlugHistory.objects.create(slug="old-name", person=statement.person)
    response = client.get(reverse("articles:person-detail", args=["old-name"]))
    assert response.status_code == 301
    assert response["Location"] == statement.person.get_absolute_url()


def test_unknown_person_is_404(client):
    PersonFactory(slug="nobody-quoted")  # exists, but has no published statements
    assert client.get("/people/nobody-quoted/").status_code == 404
    assert client.get("/people/does-not-exist/").status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"country": "XX"},
        {"date_from": "not-a-date"},
        {"kind": "shouted"},
        {"page": "999"},
        {"page": "-1"},
        {"date_to": "2025-13-45", "country": "DE"},
        {"country": "DEU"},
    ],
)
def test_invalid_filter_values_give_an_empty_result_not_an_error(client, params):
    StatementFactory(quote="Should not be listed under an invalid filter")
    response = client.get("/", params)
    assert response.status_code == 200
    if "page" not in params:
        assert "Should not be listed" not in response.content.decode()
        assert "not valid" in response.content.decode()


@pytest.mark.parametrize("params", [{"person": "nobody"}, {"topic": "nothing"}, {"outlet": "?"}])
def test_unknown_filter_values_match_nothing(client, params):
    StatementFactory(quote="Listed only without filters")
    response = client.get("/", params)
    assert response.status_code == 200
    assert "Listed only without filters" not in response.content.decode()
    assert "No statements match" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    ["/people/x/feed/", "/topics/x/feed/", "/countries/xx/feed/", "/countries/xx/", "/topics/x/"],
)
def test_unknown_objects_are_404(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", ["/people/nobody/", "/statements/999999/", "/no/such/page/"])
def test_a_missing_page_is_a_site_page_with_navigation_and_search(client, url):
    # Readers following a dead link got Django's bare "Not Found" text: no navigation, no
    # search, not even a link home.
    response = client.get(url)
    assert response.status_code == 404
    page = response.content.decode()
    assert '<html lang="en">' in page
    assert "<h1>Page not found</h1>" in page
    assert 'aria-label="Main"' in page  # the site navigation
    assert '<form method="get" action="/" class="search-form" role="search"' in page
    assert "/static/css/site.css" in page


def test_a_server_error_is_a_site_page_that_needs_no_database(client):
    # handler500 renders 500.html without a context: it must not need one.
    from django.template.loader import render_to_string

    page = render_to_string("500.html")
    assert "<h1>Something went wrong</h1>" in page
    assert 'aria-label="Main"' in page


def test_the_site_has_a_favicon_linked_from_every_page(client):
    # Browsers ask for /favicon.ico on every visit: it was a 404 in every server log.
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert '<link rel="icon" href="/favicon.ico"' in client.get("/").content.decode()
