"""GET people, countries, topics and articles: published data only, fixed query counts."""

import datetime as dt

import pytest

from articles import services
from articles.models import Person, PersonSlugHistory, Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db

SUGGESTED = Statement.ReviewStatus.SUGGESTED


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_people_are_those_with_published_statements(api_client):
    speaker = PersonFactory(name="Mark Rutte", role="NATO Secretary General", country="NL")
    StatementFactory(person=speaker)
    StatementFactory(person=speaker)
    StatementFactory(person=speaker, status=SUGGESTED)
    StatementFactory(person=PersonFactory(name="Only Suggested"), status=SUGGESTED)

    [row] = results(api_client.get("/api/people/"))

    assert row == {
        "slug": "mark-rutte",
        "api_url": "http://testserver/api/people/mark-rutte/",
        "permalink": "http://testserver/people/mark-rutte/",
        "statements_url": "http://testserver/api/statements/?person=mark-rutte",
        "name": "Mark Rutte",
        "kind": "person",
        "role": "NATO Secretary General",
        "country": "NL",
        "organization": "",
        "statement_count": 2,
    }
    assert api_client.get("/api/people/mark-rutte/").json() == row
    assert api_client.get("/api/people/only-suggested/").status_code == 404


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "Rutte"}, ["Mark Rutte"]),
        ({"country": "FR"}, ["Emmanuel Macron"]),
        ({"kind": "organization"}, ["The Kremlin"]),
        ({"organization": "NATO"}, ["Mark Rutte"]),
        ({"ordering": "-statement_count"}, ["Emmanuel Macron", "Mark Rutte", "The Kremlin"]),
        ({}, ["Emmanuel Macron", "Mark Rutte", "The Kremlin"]),  # most quoted, then by name
        ({"ordering": "name"}, ["Emmanuel Macron", "Mark Rutte", "The Kremlin"]),
        ({"ordering": "-name"}, ["The Kremlin", "Mark Rutte", "Emmanuel Macron"]),
    ],
)
def test_people_filters_and_ordering(api_client, params, expected):
    StatementFactory(person=PersonFactory(name="Mark Rutte", country="NL", organization="NATO"))
    macron = PersonFactory(name="Emmanuel Macron", country="FR")
    StatementFactory(person=macron)
    StatementFactory(person=macron)
    StatementFactory(
        person=PersonFactory(name="The Kremlin", kind=Person.Kind.ORGANIZATION, country="RU")
    )
    rows = results(api_client.get("/api/people/", params))
    assert [row["name"] for row in rows] == expected


@pytest.mark.parametrize("query", ["sebastien", "Sébastien Lecornu", "Sebastien Lecornu"])
def test_people_search_ignores_accents(api_client, query):
    StatementFactory(person=PersonFactory(name="Sébastien Lecornu"))
    StatementFactory(person=PersonFactory(name="Boris Pistorius"))
    rows = results(api_client.get("/api/people/", {"q": query}))
    assert [row["name"] for row in rows] == ["Sébastien Lecornu"]


@pytest.mark.parametrize("query", ["Sebastien Lecornu", "sébastien", "lecornu tôt"])
def test_statement_search_ignores_accents(api_client, query):
    StatementFactory(person=PersonFactory(name="Sébastien Lecornu"), quote="Trop tot pour dire")
    StatementFactory(quote="Nothing relevant")
    rows = results(api_client.get("/api/statements/", {"q": query}))
    assert [row["quote"] for row in rows] == ["Trop tot pour dire"]


def test_an_old_person_slug_redirects_to_the_current_one(api_client):
    person = PersonFactory(name="Pete Hegseth")
    StatementFactory(person=person)
    PersonSlugHistory.objects.create(slug="hegesth", person=person)

    response = api_client.get("/api/people/hegesth/")

    assert response.status_code == 301
    assert response["Location"] == "/api/people/pete-hegseth/"


def test_an_old_topic_slug_redirects_and_still_filters_statements(api_client):
    topic = TopicFactory(name="Ukraine", slug="ukraine")
    StatementFactory(topics=[topic], quote="On Ukraine")
    StatementFactory(topics=[TopicFactory(name="Energy")], quote="On energy")
    topic.slug = "ukraine-war"
    services.save_topic(topic=topic)

    response = api_client.get("/api/topics/ukraine/")

    assert response.status_code == 301
    assert response["Location"] == "/api/topics/ukraine-war/"
    assert api_client.get("/api/topics/never-was/").status_code == 404
    for slug in ("ukraine", "ukraine-war"):
        rows = results(api_client.get("/api/statements/", {"topic": slug}))
        assert [row["quote"] for row in rows] == ["On Ukraine"], slug
    assert results(api_client.get("/api/statements/", {"topic": "never-was"})) == []


def test_kosovo_is_a_named_country_its_statements_can_be_filtered_by(api_client):
    StatementFactory(country="XK", quote="We will not accept this")
    StatementFactory(country="RS")

    (row,) = [row for row in results(api_client.get("/api/countries/")) if row["code"] == "XK"]
    assert row["name"] == "Kosovo"
    statements = api_client.get(row["statements_url"])
    assert statements.status_code == 200  # was a 400: "XK" is not a valid choice
    assert [s["quote"] for s in statements.json()["results"]] == ["We will not accept this"]


def test_countries_count_published_statements(api_client):
    StatementFactory(country="FR")
    StatementFactory(country="FR")
    StatementFactory(country="DE")
    StatementFactory(country="IT", status=SUGGESTED)
    StatementFactory(person=None, country="")

    rows = results(api_client.get("/api/countries/"))

    assert [(row["code"], row["name"], row["statement_count"]) for row in rows] == [
        ("FR", "France", 2),
        ("DE", "Germany", 1),
    ]
    assert rows[0]["statements_url"] == "http://testserver/api/statements/?country=FR"
    assert api_client.get("/api/countries/fr/").json() == rows[0]
    assert api_client.get("/api/countries/IT/").status_code == 404


def test_topics_list_every_topic_with_its_published_statement_count(api_client):
    arctic = TopicFactory(name="Arctic", slug="arctic", description="The far north.")
    TopicFactory(name="Chess", slug="chess")
    StatementFactory(topics=[arctic])
    StatementFactory(topics=[arctic], status=SUGGESTED)

    rows = {row["slug"]: row for row in results(api_client.get("/api/topics/", {"limit": 100}))}

    assert rows["arctic"]["statement_count"] == 1
    assert rows["arctic"]["description"] == "The far north."
    assert rows["arctic"]["permalink"] == "http://testserver/topics/arctic/"
    assert rows["chess"]["statement_count"] == 0
    assert api_client.get("/api/topics/arctic/").json() == rows["arctic"]
    assert api_client.get("/api/topics/no-such-topic/").status_code == 404


def test_articles_are_those_with_published_statements(api_client):
    article = ArticleFactory(headline="NATO talks", outlet="AP", url="https://ap.example/1")
    StatementFactory(article=article, start=0, end=5)
    StatementFactory(article=article, start=50, end=55, status=SUGGESTED)
    unpublished = ArticleFactory()
    StatementFactory(article=unpublished, status=SUGGESTED)

    [row] = results(api_client.get("/api/articles/"))

    assert row["id"] == article.pk
    assert row["url"] == "https://ap.example/1"
    assert row["statement_count"] == 1
    assert row["permalink"] == f"http://testserver/articles/{article.pk}/"
    assert api_client.get(f"/api/articles/{unpublished.pk}/").status_code == 404


def test_public_article_detail_shows_published_statements_in_text_order_without_the_text(
    api_client,
):
    article = ArticleFactory()
    later = StatementFactory(article=article, start=100, end=110)
    earlier = StatementFactory(article=article, start=10, end=20)
    StatementFactory(article=article, start=50, end=60, status=SUGGESTED)

    data = api_client.get(f"/api/articles/{article.pk}/").json()

    assert [row["id"] for row in data["statements"]] == [earlier.pk, later.pk]
    assert data["extraction_status"] == "done"
    assert data["body"] is None
    assert data["extraction_error"] is None


def test_editors_see_every_article_and_statement_with_the_text(editor_api):
    article = ArticleFactory(extraction_status="failed", extraction_error="boom")
    StatementFactory(article=article, status=SUGGESTED)

    data = editor_api.get(f"/api/articles/{article.pk}/").json()

    assert data["extraction_status"] == "failed"
    assert data["extraction_error"] == "boom"
    assert data["body"] == article.body
    assert [row["status"] for row in data["statements"]] == ["suggested"]


def test_permalinks_are_null_until_the_public_page_exists(editor_api, client):
    # Editors see unpublished statements and articles, whose permalinks were 404s (the
    # admin offers "View on site" only once the page exists).
    article = ArticleFactory()
    statement = StatementFactory(article=article, status=SUGGESTED)

    row = editor_api.get(f"/api/statements/{statement.pk}/").json()
    listed = editor_api.get("/api/articles/").json()["results"]
    detail = editor_api.get(f"/api/articles/{article.pk}/").json()
    assert row["permalink"] is None
    assert [a["permalink"] for a in listed] == [None]
    assert detail["permalink"] is None and detail["statements"][0]["permalink"] is None

    # nor does a speaker with nothing published have a page yet
    assert row["speaker"]["permalink"] is None
    assert detail["statements"][0]["speaker"]["permalink"] is None

    editor_api.post(f"/api/statements/{statement.pk}/approve/")

    row = editor_api.get(f"/api/statements/{statement.pk}/").json()
    detail = editor_api.get(f"/api/articles/{article.pk}/").json()
    assert row["permalink"] == f"http://testserver/statements/{statement.pk}/"
    assert detail["permalink"] == f"http://testserver/articles/{article.pk}/"
    speaker_page = row["speaker"]["permalink"]
    assert speaker_page == f"http://testserver/people/{statement.person.slug}/"
    assert detail["statements"][0]["speaker"]["permalink"] == speaker_page
    for url in (row["permalink"], detail["permalink"], speaker_page):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"outlet": "Reuters"}, ["Gas deal"]),
        ({"outlet": "reuters"}, ["Gas deal"]),  # in any capitalisation, as for statements
        ({"q": "nato"}, ["NATO summit"]),
        ({"date_from": "2025-02-01"}, ["Gas deal"]),
        ({"date_to": "2025-01-31"}, ["NATO summit"]),
        ({"ordering": "published_on"}, ["NATO summit", "Gas deal"]),
        ({}, ["Gas deal", "NATO summit"]),
    ],
)
def test_article_filters_and_ordering(api_client, params, expected):
    StatementFactory(
        article=ArticleFactory(headline="NATO summit", published_on=dt.date(2025, 1, 5))
    )
    StatementFactory(
        article=ArticleFactory(
            headline="Gas deal", outlet="Reuters", published_on=dt.date(2025, 2, 5)
        )
    )
    rows = results(api_client.get("/api/articles/", params))
    assert [row["headline"] for row in rows] == expected


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [(None, ["Dated", "Undated"]), ("-published_on", ["Dated", "Undated"])]
    + [("published_on", ["Undated", "Dated"])],
)
def test_undated_articles_sort_as_the_oldest_on_every_database(api_client, ordering, expected):
    # As statements do (articles.models.NEWS_DATE). PostgreSQL sorts NULL first in a
    # descending order, so there "newest first" began with every undated article.
    StatementFactory(article=ArticleFactory(headline="Dated", published_on=dt.date(2025, 1, 5)))
    StatementFactory(article=ArticleFactory(headline="Undated", published_on=None))
    rows = results(api_client.get("/api/articles/", {"ordering": ordering} if ordering else {}))
    assert [row["headline"] for row in rows] == expected


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/api/people/", 2),  # count; page
        ("/api/topics/", 2),
        ("/api/countries/", 1),  # one aggregate, paged in Python
        ("/api/articles/", 2),
    ],
)
def test_lists_take_a_fixed_number_of_queries(api_client, django_assert_num_queries, url, queries):
    for n in range(12):
        StatementFactory(topics=[TopicFactory()], country=["FR", "DE", "IT"][n % 3])

    with django_assert_num_queries(queries):
        assert len(results(api_client.get(url))) >= 3


def test_article_detail_takes_a_fixed_number_of_queries(api_client, django_assert_num_queries):
    article = ArticleFactory()
    for n in range(15):
        StatementFactory(article=article, start=n * 100, end=n * 100 + 10, topics=[TopicFactory()])

    with django_assert_num_queries(3):  # article; its statements with speakers; their topics
        data = api_client.get(f"/api/articles/{article.pk}/").json()
    assert len(data["statements"]) == 15


def test_an_old_slugs_redirect_keeps_the_query_string(api_client):
    # The pages' 301s keep a shared link's query; the API's dropped it (?format=json...).
    person = PersonFactory(name="Pete Hegseth")
    StatementFactory(person=person)
    PersonSlugHistory.objects.create(slug="hegesth", person=person)
    topic = TopicFactory(name="Ukraine", slug="ukraine-war")
    StatementFactory(topics=[topic])
    services.save_topic(topic=topic)
    topic.slug = "ukraine"
    services.save_topic(topic=topic)

    response = api_client.get("/api/people/hegesth/", {"format": "json"})
    assert response.status_code == 301
    assert response["Location"] == "/api/people/pete-hegseth/?format=json"
    response = api_client.get("/api/topics/ukraine-war/", {"format": "json"})
    assert response.status_code == 301
    assert response["Location"] == "/api/topics/ukraine/?format=json"


def test_an_invalid_people_filter_is_a_400_naming_the_field(api_client):
    StatementFactory(person=PersonFactory(country="EE"))
    response = api_client.get("/api/people/", {"country": "XX"})
    assert response.status_code == 400
    assert list(response.json()) == ["country"]


def test_a_slug_in_capitals_redirects_to_the_lowercase_one_as_the_pages_do(api_client):
    StatementFactory(person=PersonFactory(name="Kaja Kallas"), topics=[TopicFactory(name="Trade")])

    person = api_client.get("/api/people/Kaja-Kallas/", {"format": "json"})
    topic = api_client.get("/api/topics/TRADE/")

    assert (person.status_code, person["Location"]) == (301, "/api/people/kaja-kallas/?format=json")
    assert (topic.status_code, topic["Location"]) == (301, "/api/topics/trade/")


@pytest.mark.parametrize("params", [{}, {"q": "john smith"}])
def test_people_sharing_a_name_and_a_count_keep_one_order_from_page_to_page(api_client, params):
    # Two speakers may share a name ("John Smith", the MP and the footballer). Ordered by
    # count and name only, their order was left to the database, which may choose another
    # one for each page: a person shown twice and another never, page after page.
    namesakes = [Person.objects.create(name="John Smith", slug=f"john-smith-{n}") for n in range(6)]
    for person in namesakes:
        StatementFactory(person=person)

    listed = [
        row["slug"]
        for offset in range(len(namesakes))
        for row in results(api_client.get("/api/people/", {**params, "limit": 1, "offset": offset}))
    ]

    assert listed == sorted((person.slug for person in namesakes), key=lambda slug: slug[-1])


def test_a_person_or_topic_with_a_format_suffix_is_json_not_a_500(api_client):
    # /api/statements/1.json and /api/articles/1.json worked (the router's format suffix),
    # but /api/people/<slug>.json and /api/topics/<slug>.json were 500s: "retrieve() got an
    # unexpected keyword argument 'format'".
    person = PersonFactory(name="Pete Hegseth")
    topic = TopicFactory(name="Ukraine", slug="ukraine")
    StatementFactory(person=person, topics=[topic])
    PersonSlugHistory.objects.create(slug="hegesth", person=person)

    assert api_client.get("/api/people/pete-hegseth.json").json()["slug"] == "pete-hegseth"
    assert api_client.get("/api/topics/ukraine.json").json()["slug"] == "ukraine"
    moved = api_client.get("/api/people/hegesth.json")
    assert moved.status_code == 301
    assert moved["Location"] == "/api/people/pete-hegseth.json"
    assert api_client.get("/api/people/Pete-Hegseth.json")["Location"] == (
        "/api/people/pete-hegseth.json"
    )
    missing = api_client.get("/api/topics/never-was.json")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "No Topic matches the given query."}
