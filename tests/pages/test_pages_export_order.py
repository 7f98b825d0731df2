"""The CSV export of a search comes in the order the page shows: best match first, or
the newest first with sort=newest, on both databases."""

import csv
import datetime as dt
import io

import pytest

from tests.factories import ArticleFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ferry_statements():
    # The older statement is the better match (the word three times), the newer the weaker.
    StatementFactory(
        article=ArticleFactory(published_on=dt.date(2025, 3, 1)),
        quote="Ferry, ferry, ferry: the islands need the ferry",
    )
    StatementFactory(
        article=ArticleFactory(published_on=dt.date(2025, 6, 1)),
        quote="Among the many things discussed with the council today was a ferry timetable",
    )


def exported_quotes(client, params: dict) -> list[str]:
    response = client.get("/statements.csv", params)
    text = b"".join(response.streaming_content).decode()
    return [row["quote"] for row in csv.DictReader(io.StringIO(text))]


def listed_quotes(client, params: dict) -> list[str]:
    return [statement.quote for statement in client.get("/", params).context["page"]]


def test_a_search_exported_newest_first_comes_newest_first(client, ferry_statements):
    assert exported_quotes(client, {"q": "ferry", "sort": "newest"})[0].startswith("Among")


@pytest.mark.parametrize("sort", [None, "newest"])
def test_a_search_is_exported_in_the_order_the_page_lists_it(client, ferry_statements, sort):
    params = {"q": "ferry"} | ({"sort": sort} if sort else {})
    assert exported_quotes(client, params) == listed_quotes(client, params)
