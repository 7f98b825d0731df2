import pytest

from articles.models import Statement
from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db


def test_statements_endpoint_lists_approved_statements_as_json(client):
    statement = StatementFactory(quote="There is no betrayal there", country="US")
    StatementFactory(status=Statement.ReviewStatus.SUGGESTED)

    data = client.get("/api/statements/").json()

    assert data["count"] == 1
    row = data["results"][0]
    assert row["quote"] == "There is no betrayal there"
    assert row["country"] == "US"
    assert row["speaker"]["slug"] == statement.person.slug
    assert row["permalink"].endswith(f"/statements/{statement.pk}/")


def test_statements_endpoint_filters_like_the_pages(client):
    StatementFactory(country="GB")
    StatementFactory(country="FR")
    data = client.get("/api/statements/", {"country": "FR"}).json()
    assert [row["country"] for row in data["results"]] == ["FR"]
