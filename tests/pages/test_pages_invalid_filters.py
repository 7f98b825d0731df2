"""Invalid filter values in a feed or CSV export URL: a 400 saying what is wrong, as the
API answers and the pages say, never an empty feed or a header-only file that reads as
"nothing matches"."""

import pytest

from tests.factories import PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def published():
    person = PersonFactory(name="Ilse Marwood", slug="ilse-marwood", country="NO")
    harbours = TopicFactory(name="Harbours", slug="harbours")
    StatementFactory(person=person, quote="Harbour tolls must fall", topics=[harbours])


INVALID = [
    ({"date_from": "last tuesday"}, "From: Enter a valid date."),
    ({"country": "XX"}, "Country: Select a valid choice. XX is not one of the available"),
    ({"kind": "shouted"}, "Kind: Select a valid choice. shouted is not one of the available"),
    ({"person": "Ilse Marwood"}, "Person (slug): Enter a valid “slug”"),
    ({"topic": "ports & harbours"}, "Topic (slug): Enter a valid “slug”"),
]
# Each feed and the filter its URL fixes (a parameter for it is ignored, not checked).
FEEDS = [
    ("/feed/", None),
    ("/people/ilse-marwood/feed/", "person"),
    ("/countries/no/feed/", "country"),
    ("/topics/harbours/feed/", "topic"),
]
FEED_CASES = [
    (url, params, message)
    for url, fixed in FEEDS
    for params, message in INVALID
    if fixed not in params
]


def assert_refused(response, message: str) -> None:
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert message in response.content.decode()


@pytest.mark.parametrize(("params", "message"), INVALID)
def test_a_csv_export_with_an_invalid_filter_is_refused_with_the_reason(
    client, published, params, message
):
    assert_refused(client.get("/statements.csv", params), message)


@pytest.mark.parametrize(("url", "params", "message"), FEED_CASES)
def test_a_feed_with_an_invalid_filter_is_refused_with_the_reason(
    client, published, url, params, message
):
    assert_refused(client.get(url, params), message)


def test_the_pages_and_the_api_refuse_a_malformed_slug_as_they_refuse_a_bad_date(client):
    page = client.get("/", {"person": "Ilse Marwood"}).content.decode()
    assert "Person (slug): Enter a valid “slug”" in page
    response = client.get("/api/statements/", {"topic": "ports & harbours"})
    assert response.status_code == 400
    assert "topic" in response.json()


def test_valid_filters_still_export_and_feed(client, published):
    response = client.get("/statements.csv", {"person": "Ilse-Marwood", "country": "no"})
    assert response.status_code == 200
    assert b"Harbour tolls must fall" in b"".join(response.streaming_content)
    assert client.get("/people/ilse-marwood/feed/", {"date_from": "2020-01-01"}).status_code == 200


def test_a_date_range_that_ends_before_it_starts_is_said_to_be_wrong(client, published):
    # The dates swapped: every page, feed and export was silently empty.
    swapped = {"date_from": "2025-03-01", "date_to": "2025-02-01"}
    message = "To: The range ends before it starts (2025-03-01)."
    assert message in client.get("/", swapped).content.decode()
    assert_refused(client.get("/statements.csv", swapped), message)
    assert_refused(client.get("/feed/", swapped), message)
    response = client.get("/api/statements/", swapped)
    assert response.status_code == 400
    assert response.json() == {"date_to": ["The range ends before it starts (2025-03-01)."]}
    same_day = {"date_from": "2025-03-01", "date_to": "2025-03-01"}
    assert client.get("/statements.csv", same_day).status_code == 200
