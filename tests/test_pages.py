"""Public pages: only approved statements, in a fixed number of queries."""

import pytest
from django.urls import reverse

from articles.models import PersonSlugHistory, Statement
from tests.factories import PersonFactory, StatementFactory, TopicFactory

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


def test_statement_list_makes_the_same_queries_for_many_rows(client, django_assert_max_num_queries):
    topic = TopicFactory(name="Defense spending")
    StatementFactory.create_batch(20, topics=[topic])
    with django_assert_max_num_queries(4):  # count, page, topics prefetch (+ session-free)
        response = client.get(reverse("articles:statement-list"))
    assert response.content.decode().count('class="statement"') == 20


def test_article_text_is_escaped(client):
    StatementFactory(quote="<script>alert(1)</script>")
    page = client.get(reverse("articles:statement-list")).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


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


def test_unknown_filter_values_never_fail(client):
    StatementFactory()
    response = client.get("/", {"country": "XX", "date_from": "not-a-date", "person": "nobody"})
    assert response.status_code == 200
