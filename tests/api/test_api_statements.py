"""GET /api/statements/: published statements, the pages' filters, cursor pages."""

import base64
import datetime as dt
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import services
from articles.models import Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db


def quotes(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["quote"] for row in response.json()["results"]]


def test_lists_approved_statements_with_speaker_topics_article_and_permalink(api_client):
    topic = TopicFactory(name="NATO", slug="nato")
    statement = StatementFactory(
        quote="There is no betrayal there",
        role="Defense Secretary",
        country="US",
        organization="Pentagon",
        topics=[topic],
    )
    StatementFactory(status=Statement.ReviewStatus.SUGGESTED)
    StatementFactory(status=Statement.ReviewStatus.REJECTED)

    data = api_client.get("/api/statements/").json()

    assert set(data) == {"next", "previous", "results"}
    [row] = data["results"]
    assert row["quote"] == "There is no betrayal there"
    assert (row["role"], row["country"], row["organization"]) == (
        "Defense Secretary",
        "US",
        "Pentagon",
    )
    assert row["speaker"] == {
        "slug": statement.person.slug,
        "name": statement.person.name,
        "kind": "person",
        "api_url": f"http://testserver/api/people/{statement.person.slug}/",
        "permalink": f"http://testserver/people/{statement.person.slug}/",
    }
    assert row["topics"] == [{"slug": "nato", "name": "NATO"}]
    assert row["article"]["id"] == statement.article_id
    assert row["article"]["api_url"] == f"http://testserver/api/articles/{statement.article_id}/"
    assert row["permalink"] == f"http://testserver/statements/{statement.pk}/"
    assert row["api_url"] == f"http://testserver/api/statements/{statement.pk}/"
    assert row["status"] == "approved"


def test_unnamed_source_has_no_speaker(api_client):
    StatementFactory(person=None, source="officials")
    [row] = api_client.get("/api/statements/").json()["results"]
    assert row["speaker"] is None
    assert row["source"] == "officials"


def test_detail_shows_a_published_statement_and_hides_the_others(api_client):
    published = StatementFactory()
    suggested = StatementFactory(status=Statement.ReviewStatus.SUGGESTED)

    assert api_client.get(f"/api/statements/{published.pk}/").json()["id"] == published.pk
    missing = api_client.get(f"/api/statements/{suggested.pk}/")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "No Statement matches the given query."}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"person": "ursula-von-der-leyen"}, ["by von der Leyen"]),
        ({"country": "FR"}, ["by the French"]),
        ({"topic": "energy"}, ["on energy"]),
        ({"organization": "European Commission"}, ["by von der Leyen"]),
        ({"kind": "indirect"}, ["reported"]),
        ({"outlet": "Reuters"}, ["by the French"]),
        ({"date_from": "2025-03-01", "date_to": "2025-03-31"}, ["on energy"]),
        ({"q": "pipeline energy"}, ["on energy"]),
    ],
)
def test_filters_match_the_public_pages(api_client, params, expected):
    leyen = PersonFactory(name="Ursula von der Leyen")
    StatementFactory(
        quote="by von der Leyen",
        person=leyen,
        organization="European Commission",
        article=ArticleFactory(published_on=dt.date(2025, 1, 10)),
    )
    StatementFactory(
        quote="by the French",
        country="FR",
        article=ArticleFactory(outlet="Reuters", published_on=dt.date(2025, 2, 10)),
    )
    StatementFactory(
        quote="on energy",
        speaker_name="Pipeline operator",
        topics=[TopicFactory(name="Energy", slug="energy")],
        article=ArticleFactory(published_on=dt.date(2025, 3, 10)),
    )
    StatementFactory(quote="energy pipeline", status=Statement.ReviewStatus.SUGGESTED)
    StatementFactory(
        quote="reported",
        kind=Statement.Kind.INDIRECT,
        article=ArticleFactory(published_on=dt.date(2025, 4, 10)),
    )

    assert quotes(api_client.get("/api/statements/", params)) == expected


def test_the_person_filter_follows_a_rename(api_client):
    leyen = PersonFactory(name="Ursula von der Leyen")
    StatementFactory(quote="by von der Leyen", person=leyen)
    StatementFactory(quote="by someone else")
    leyen.slug = "ursula-von-der-leyen-eu"
    services.save_person(person=leyen)

    for slug in ("ursula-von-der-leyen", "ursula-von-der-leyen-eu"):
        assert quotes(api_client.get("/api/statements/", {"person": slug})) == ["by von der Leyen"]


def test_the_person_and_topic_filters_take_a_slug_in_capitals(api_client):
    # GET /api/people/Ursula-Von-Der-Leyen/ redirects to the person (slugs are lowercase),
    # but ?person=Ursula-Von-Der-Leyen (and ?topic=Energy) matched nothing: an empty list,
    # with no sign of the typo.
    leyen = PersonFactory(name="Ursula von der Leyen")
    StatementFactory(quote="by von der Leyen", person=leyen, topics=[TopicFactory(name="Energy")])
    StatementFactory(quote="by someone else")
    leyen.slug = "ursula-von-der-leyen-eu"
    services.save_person(person=leyen)

    for params in (
        {"person": "Ursula-Von-Der-Leyen-EU"},
        {"person": "Ursula-Von-Der-Leyen"},
        {"topic": "Energy"},
    ):
        assert quotes(api_client.get("/api/statements/", params)) == ["by von der Leyen"], params

    # A slug an editor did write in capitals is still found as written.
    StatementFactory(quote="by the Commission", person=PersonFactory(slug="EU-Commission"))
    assert quotes(api_client.get("/api/statements/", {"person": "EU-Commission"})) == [
        "by the Commission"
    ]


def test_an_invalid_filter_value_is_a_400_naming_the_field(api_client):
    response = api_client.get("/api/statements/", {"country": "XX", "date_from": "soon"})
    assert response.status_code == 400
    assert set(response.json()) == {"country", "date_from"}


def test_newest_news_comes_first_by_default_and_undated_statements_last(api_client):
    undated = StatementFactory(quote="undated", article=ArticleFactory(published_on=None))
    StatementFactory(quote="recent", article=ArticleFactory(published_on=dt.date(2025, 6, 1)))
    StatementFactory(quote="older", article=ArticleFactory(published_on=dt.date(2024, 6, 1)))
    assert undated.published_on is None

    assert quotes(api_client.get("/api/statements/")) == ["recent", "older", "undated"]
    by_date = api_client.get("/api/statements/", {"ordering": "-published_on"})
    assert quotes(by_date) == ["recent", "older", "undated"]
    by_date_ascending = api_client.get("/api/statements/", {"ordering": "published_on"})
    assert quotes(by_date_ascending) == ["undated", "older", "recent"]
    latest_added = api_client.get("/api/statements/", {"ordering": "-id"})
    assert quotes(latest_added) == ["older", "recent", "undated"]
    assert quotes(api_client.get("/api/statements/", {"ordering": "id"}))[0] == "undated"
    unknown = api_client.get("/api/statements/", {"ordering": "quote"})
    assert quotes(unknown) == ["recent", "older", "undated"]


def statements_query_plan(client, url: str) -> str:
    """PostgreSQL's plan for the statements query of an API request."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    with connection.cursor() as cursor:
        # Only an index in the requested order can then serve it, on however few rows.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {queries.captured_queries[0]['sql']}")
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL query plans")
@pytest.mark.parametrize("params", [{}, {"ordering": "published_on"}])
def test_pages_by_news_date_are_read_from_the_news_date_index(api_client, params):
    for published_on in (None, dt.date(2025, 6, 1), dt.date(2025, 6, 1), dt.date(2024, 6, 1)):
        StatementFactory(article=ArticleFactory(published_on=published_on))
    first_url = "/api/statements/?" + urlencode({**params, "page_size": 2})
    next_url = api_client.get(first_url).json()["next"]

    first_page = statements_query_plan(api_client, first_url)
    next_page = statements_query_plan(api_client, next_url)

    for plan in (first_page, next_page):
        assert "stmt_news_date_idx" in plan and "Sort" not in plan, plan
    # The next page's scan starts at the cursor instead of filtering every row before it.
    assert "Index Cond: (COALESCE(published_on" in next_page, next_page


def walk_pages(client, url, params) -> list[int]:
    seen = []
    response = client.get(url, params)
    while True:
        data = response.json()
        seen += [row["id"] for row in data["results"]]
        if not data["next"]:
            return seen
        response = client.get(data["next"])


@pytest.mark.parametrize("ordering", ["-id", "id", "-published_on", "published_on"])
def test_cursor_pages_cover_every_statement_once_in_every_ordering(api_client, ordering):
    same_day = ArticleFactory(published_on=dt.date(2025, 5, 5))
    undated = ArticleFactory(published_on=None)
    statements = [
        StatementFactory(article=same_day if n % 3 else undated if n % 2 else ArticleFactory())
        for n in range(11)
    ]

    seen = walk_pages(api_client, "/api/statements/", {"ordering": ordering, "page_size": 3})

    assert sorted(seen) == sorted(s.pk for s in statements)


def test_a_page_stays_put_while_new_statements_are_published(api_client):
    for _ in range(4):
        StatementFactory()
    first = api_client.get("/api/statements/", {"page_size": 2}).json()
    second_before = quotes(api_client.get(first["next"]))

    StatementFactory()  # published meanwhile: it belongs before the first page
    StatementFactory()

    assert quotes(api_client.get(first["next"])) == second_before


def test_pages_by_news_date_stay_put_when_a_statement_of_the_same_day_arrives(api_client):
    same_day = ArticleFactory(published_on=dt.date(2025, 5, 5))
    for n in range(6):
        StatementFactory(article=same_day, start=n * 100, end=n * 100 + 10)
    params = {"ordering": "-published_on", "page_size": 2}
    first = api_client.get("/api/statements/", params).json()
    second = quotes(api_client.get(first["next"]))

    # Newest id first within the day: it belongs on the first page, before the cursor.
    StatementFactory(article=same_day, start=1000, end=1010)

    assert quotes(api_client.get(first["next"])) == second


def test_previous_leads_back_to_the_same_page(api_client):
    for _ in range(5):
        StatementFactory()
    first = api_client.get("/api/statements/", {"page_size": 2}).json()
    second = api_client.get(first["next"]).json()
    third = api_client.get(second["next"]).json()

    assert quotes(api_client.get(third["previous"])) == [row["quote"] for row in second["results"]]
    back_to_first = api_client.get(second["previous"]).json()
    assert back_to_first["results"] == first["results"]
    assert back_to_first["previous"] is None


@pytest.mark.parametrize("position", ["1", "abc|1", "2025-01-01|x", "2025-13-01|1"])
def test_a_cursor_edited_by_hand_is_a_404(api_client, position):
    StatementFactory()
    cursor = base64.b64encode(f"p={position}".encode()).decode()

    response = api_client.get("/api/statements/", {"ordering": "-published_on", "cursor": cursor})

    assert response.status_code == 404


def test_page_size_is_capped_at_100(api_client):
    article = ArticleFactory()
    Statement.objects.bulk_create(
        Statement(
            article=article,
            quote=f"q{n}",
            kind="direct",
            start=n * 10,
            end=n * 10 + 2,
            status="approved",
        )
        for n in range(105)
    )
    data = api_client.get("/api/statements/", {"page_size": 500}).json()
    assert len(data["results"]) == 100
    assert data["next"]


def test_an_invalid_cursor_is_a_404(api_client):
    response = api_client.get("/api/statements/", {"cursor": "not-a-cursor"})
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid cursor"}


def test_a_page_of_statements_takes_two_queries_however_many_rows(
    api_client, django_assert_num_queries
):
    topics = [TopicFactory(), TopicFactory()]
    for _ in range(30):
        StatementFactory(topics=topics, article=ArticleFactory())

    with django_assert_num_queries(2):  # statements with speaker and article; their topics
        data = api_client.get("/api/statements/", {"page_size": 30}).json()

    assert len(data["results"]) == 30
    assert all(len(row["topics"]) == 2 for row in data["results"])


def test_editors_also_see_statements_awaiting_review(editor_api, api_client):
    suggested = StatementFactory(status=Statement.ReviewStatus.SUGGESTED)
    StatementFactory()

    assert api_client.get("/api/statements/", {"status": "suggested"}).json()["results"] == []
    rows = editor_api.get("/api/statements/", {"status": "suggested"}).json()["results"]
    assert [(row["id"], row["status"]) for row in rows] == [(suggested.pk, "suggested")]
    assert editor_api.get(f"/api/statements/{suggested.pk}/").status_code == 200


def test_editor_pages_take_a_fixed_number_of_queries(editor_api, django_assert_num_queries):
    for n in range(20):
        StatementFactory(
            topics=[TopicFactory()],
            status=Statement.ReviewStatus.SUGGESTED if n % 2 else Statement.ReviewStatus.APPROVED,
        )

    # token and user; the user's permissions (own, group); statements; topics
    with django_assert_num_queries(5):
        rows = editor_api.get("/api/statements/", {"page_size": 20}).json()["results"]
    assert len(rows) == 20
