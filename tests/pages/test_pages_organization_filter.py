"""The organisation filter finds its statements (and people) in any capitalisation, on an
index."""

import pytest
from django.db import connection

from articles import selectors
from articles.filters import StatementFilter
from tests.factories import PersonFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def alliance():
    speaker = PersonFactory(name="Runa Halvorsen", slug="runa-halvorsen", organization="NATO")
    StatementFactory(person=speaker, organization="NATO", quote="The alliance holds")
    StatementFactory(organization="European Union", quote="The union decides")


@pytest.mark.parametrize("typed", ["NATO", "nato", "Nato"])
def test_a_list_filtered_by_organisation_ignores_capitalisation(client, alliance, typed):
    response = client.get("/", {"organization": typed})
    assert [s.quote for s in response.context["page"]] == ["The alliance holds"]
    # The facet value the filter stands for is the active one, named as written.
    facet = next(f for f in response.context["facets"] if f.name == "organization")
    assert [link.label for link in facet.links if link.active] == ["NATO"]
    assert "Remove filter Organisation: NATO" in response.content.decode()


def test_the_api_csv_and_feed_filter_organisations_in_any_capitalisation(client, alliance):
    rows = client.get("/api/statements/", {"organization": "nato"}).json()["results"]
    assert [row["quote"] for row in rows] == ["The alliance holds"]
    people = client.get("/api/people/", {"organization": "nato"}).json()["results"]
    assert [person["name"] for person in people] == ["Runa Halvorsen"]
    csv = b"".join(client.get("/statements.csv", {"organization": "nato"}).streaming_content)
    assert b"The alliance holds" in csv and b"The union decides" not in csv
    feed = client.get("/feed/", {"organization": "european union"}).content.decode()
    assert "The union decides" in feed and "The alliance holds" not in feed


def test_a_slug_typed_in_capitals_marks_its_facet_value_active(client, alliance):
    # The filter finds a person's slug in capitals (as /people/Runa-Halvorsen/ redirects);
    # the facet did not mark the person it stands for.
    response = client.get("/", {"person": "Runa-Halvorsen"})
    facet = next(f for f in response.context["facets"] if f.name == "person")
    assert [link.label for link in facet.links if link.active] == ["Runa Halvorsen"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL query plans")
def test_the_organisation_filter_reads_its_functional_index(alliance):
    # Enough other rows that reading the list index through would cost more.
    StatementFactory.create_batch(200, person=None, organization="European Union")
    statements = StatementFilter(
        {"organization": "nato"}, queryset=selectors.listed_statements()
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
    assert "stmt_org_lower_idx" in plan, plan
    assert "Index Cond: (lower((organization)::text) = 'nato'::text)" in plan, plan
