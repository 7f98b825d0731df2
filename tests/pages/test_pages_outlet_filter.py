"""The outlet filter finds its statements in any capitalisation, on an index, as the
organisation filter does."""

import pytest
from django.db import connection

from articles import selectors
from articles.filters import StatementFilter
from tests.factories import ArticleFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def outlets():
    StatementFactory(article=ArticleFactory(outlet="Harbour Gazette"), quote="The pier reopens")
    StatementFactory(article=ArticleFactory(outlet="Valley Courier"), quote="The mill closes")


@pytest.mark.parametrize("typed", ["Harbour Gazette", "harbour gazette", "HARBOUR GAZETTE"])
def test_a_list_filtered_by_outlet_ignores_capitalisation(client, outlets, typed):
    response = client.get("/", {"outlet": typed})
    assert [s.quote for s in response.context["page"]] == ["The pier reopens"]
    # The facet value the filter stands for is the active one, named as written.
    facet = next(f for f in response.context["facets"] if f.name == "outlet")
    assert [link.label for link in facet.links if link.active] == ["Harbour Gazette"]
    assert "Remove filter Outlet: Harbour Gazette" in response.content.decode()


def test_the_api_csv_and_feed_filter_outlets_in_any_capitalisation(client, outlets):
    rows = client.get("/api/statements/", {"outlet": "harbour gazette"}).json()["results"]
    assert [row["quote"] for row in rows] == ["The pier reopens"]
    csv = b"".join(client.get("/statements.csv", {"outlet": "valley courier"}).streaming_content)
    assert b"The mill closes" in csv and b"The pier reopens" not in csv
    feed = client.get("/feed/", {"outlet": "VALLEY COURIER"}).content.decode()
    assert "The mill closes" in feed and "The pier reopens" not in feed


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL query plans")
def test_the_outlet_filter_reads_its_functional_index(outlets):
    # Enough other rows that reading the list index through would cost more.
    StatementFactory.create_batch(200, person=None, article=ArticleFactory(outlet="Valley Courier"))
    statements = StatementFilter(
        {"outlet": "harbour gazette"}, queryset=selectors.listed_statements()
    ).qs[:25]
    with connection.cursor() as cursor:
        # Statistics of the rows at hand (after other tests' rolled-back rows, the planner
        # may think reading every row of the list index as cheap).
        cursor.execute("ANALYZE articles_statement")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        sql, params = statements.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "stmt_outlet_lower_idx" in plan, plan
    assert "Index Cond: (lower((outlet)::text) = 'harbour gazette'::text)" in plan, plan
