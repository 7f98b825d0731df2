"""The statement list: every filter, facet counts, shareable URLs, fixed query counts."""

import datetime as dt

import pytest
from django.urls import reverse

from articles import services
from articles.models import Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("articles:statement-list")
# count, page, topics prefetch, one aggregate per facet (6), names of the top people and topics
LIST_QUERIES = 11


@pytest.fixture
def newsroom():
    """Two speakers from two countries, on two topics, in two outlets."""
    defense = TopicFactory(name="Defense spending")
    trade = TopicFactory(name="Trade")
    hegseth = PersonFactory(name="Pete Hegseth", role="Defense Secretary", country="US")
    kallas = PersonFactory(name="Kaja Kallas", role="EU foreign policy chief", country="EE")
    ap = ArticleFactory(outlet="The Associated Press", published_on=dt.date(2025, 2, 14))
    reuters = ArticleFactory(outlet="Reuters", published_on=dt.date(2025, 3, 1))
    return {
        "us_defense": StatementFactory(
            person=hegseth,
            article=ap,
            quote="Europe must own its conventional security",
            organization="Pentagon",
            topics=[defense],
        ),
        "us_trade": StatementFactory(
            person=hegseth,
            article=reuters,
            quote="Tariffs are on the table",
            kind=Statement.Kind.INDIRECT,
            topics=[trade],
        ),
        "ee_defense": StatementFactory(
            person=kallas,
            article=reuters,
            quote="Any deal behind our backs will not work",
            organization="European Union",
            topics=[defense],
        ),
    }


def listed(client, **params) -> str:
    response = client.get(LIST_URL, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"person": "pete-hegseth"}, {"us_defense", "us_trade"}),
        ({"country": "EE"}, {"ee_defense"}),
        ({"country": "ee"}, {"ee_defense"}),
        ({"topic": "defense-spending"}, {"us_defense", "ee_defense"}),
        ({"organization": "Pentagon"}, {"us_defense"}),
        ({"kind": "indirect"}, {"us_trade"}),
        ({"outlet": "Reuters"}, {"us_trade", "ee_defense"}),
        ({"date_from": "2025-02-20"}, {"us_trade", "ee_defense"}),
        ({"date_to": "2025-02-20"}, {"us_defense"}),
        ({"topic": "defense-spending", "country": "US"}, {"us_defense"}),
        ({"q": "europe security"}, {"us_defense"}),
        ({"q": "kallas"}, {"ee_defense"}),
    ],
)
def test_each_filter_narrows_the_list(client, newsroom, params, expected):
    page = listed(client, **params)
    shown = {
        name
        for name, statement in newsroom.items()
        if f'href="{statement.get_absolute_url()}"' in page
    }
    assert shown == expected


def test_a_person_filter_with_an_old_slug_finds_the_renamed_or_merged_person(client, newsroom):
    # A saved search, a bookmarked facet link or a feed made before the editor renamed
    # Hegseth and merged a duplicate into him keeps listing his statements.
    hegseth = newsroom["us_defense"].person
    hegseth.slug = "peter-hegseth"
    services.save_person(person=hegseth)
    duplicate = PersonFactory(name="Pete Hegesth")
    typo = StatementFactory(person=duplicate, quote="Spelled wrong in the wire copy")
    services.merge_people(survivor=hegseth, merged=duplicate)
    expected = {newsroom["us_defense"].pk, newsroom["us_trade"].pk, typo.pk}

    for slug in ("pete-hegseth", "pete-hegesth", "peter-hegseth"):
        page = listed(client, person=slug)
        shown = {pk for pk in expected if f'href="/statements/{pk}/"' in page}
        assert shown == expected, slug
        assert newsroom["ee_defense"].get_absolute_url() not in page
    assert "Tariffs" not in listed(client, person="nobody-at-all")


def test_facets_count_the_alternatives_to_each_active_filter(client, newsroom):
    response = client.get(LIST_URL, {"topic": "defense-spending"})
    facets = {facet.name: facet for facet in response.context["facets"]}

    # Topic counts ignore the topic filter itself, so the reader can switch topic.
    topic_counts = {link.label: link.count for link in facets["topic"].links}
    assert topic_counts == {"Defense spending": 2, "Trade": 1}
    assert [link.active for link in facets["topic"].links] == [True, False]
    # Other facets count within the active topic.
    assert {link.label: link.count for link in facets["person"].links} == {
        "Kaja Kallas": 1,
        "Pete Hegseth": 1,
    }
    assert {link.label: link.count for link in facets["country"].links} == {
        "Estonia": 1,
        "United States of America": 1,
    }
    assert {link.label for link in facets["kind"].links} == {"Direct quote"}
    assert {link.label: link.count for link in facets["outlet"].links} == {
        "The Associated Press": 1,
        "Reuters": 1,
    }


def test_facet_links_keep_the_other_filters_in_the_url(client, newsroom):
    response = client.get(LIST_URL, {"topic": "defense-spending", "q": "europe", "page": "1"})
    person_facet = next(f for f in response.context["facets"] if f.name == "person")
    url = person_facet.links[0].url
    assert "topic=defense-spending" in url and "q=europe" in url and "person=" in url
    assert "page=" not in url
    assert (
        "topic=" not in next(f for f in response.context["facets"] if f.name == "topic").clear_url
    )


def test_active_filters_are_listed_with_a_remove_link(client, newsroom):
    page = listed(client, person="pete-hegseth", kind="direct")
    assert "Remove filter Speaker: Pete Hegseth" in page
    assert "Remove filter Kind: Direct quote" in page


def test_active_filters_name_the_person_and_topic_when_nothing_matches(client, newsroom):
    # With a search that matches none of their statements (or a former slug), the facets
    # had no link to take the name from and the filters read "Speaker: pete-hegseth".
    page = listed(client, person="pete-hegseth", topic="defense-spending", q="no such words")
    assert "Remove filter Speaker: Pete Hegseth" in page
    assert "Remove filter Topic: Defense spending" in page

    hegseth = newsroom["us_defense"].person
    hegseth.slug = "peter-hegseth"
    services.save_person(person=hegseth)
    assert "Remove filter Speaker: Pete Hegseth" in listed(client, person="pete-hegseth")
    assert "Remove filter Speaker: nobody-at-all" in listed(client, person="nobody-at-all")


def test_search_form_keeps_facet_filters_as_hidden_fields(client, newsroom):
    page = listed(client, country="US")
    assert '<input type="hidden" name="country" value="US">' in page


def test_pagination_keeps_filters(client):
    topic = TopicFactory(name="Defense spending")
    StatementFactory.create_batch(30, topics=[topic])
    page = listed(client, topic="defense-spending")
    assert 'href="?topic=defense-spending&amp;page=2"' in page
    second = listed(client, topic="defense-spending", page="2")
    assert second.count('class="statement"') == 5


def test_search_highlights_matches_and_escapes_the_rest(client):
    StatementFactory(quote="<em>Europe</em> must stay united")
    page = listed(client, q="europe")
    assert "&lt;em&gt;<mark>Europe</mark>&lt;/em&gt; must stay united" in page


def test_search_finds_statements_containing_every_word(client):
    StatementFactory(quote="Europe must pay for its own defense")
    StatementFactory(quote="Europe will decide")
    page = listed(client, q="defense Europe")
    assert "pay for its own" in page
    assert "Europe will decide" not in page


@pytest.mark.parametrize(
    ("params", "queries"),
    [
        ({}, LIST_QUERIES),
        ({"topic": "defense", "kind": "direct"}, LIST_QUERIES),
        ({"outlet": "The Associated Press"}, LIST_QUERIES),
        # + people named like the query, the speakers' aliases (to mark a name found by one)
        ({"q": "talking"}, LIST_QUERIES + 2),
    ],
)
def test_list_makes_the_same_queries_whatever_the_number_of_rows(
    client, django_assert_num_queries, params, queries
):
    topic = TopicFactory(name="Defense", slug="defense")
    for rows in (2, 30):
        StatementFactory.create_batch(rows, topics=[topic])
        with django_assert_num_queries(queries):
            response = client.get(LIST_URL, params)
        assert response.status_code == 200


def test_list_links_to_its_feed_and_csv_with_the_same_filters(client, newsroom):
    page = listed(client, country="US", q="europe")
    assert 'href="/feed/?country=US&amp;q=europe"' in page
    assert 'href="/statements.csv?country=US&amp;q=europe"' in page


def test_a_lowercase_country_code_marks_its_facet_value_active(client, newsroom):
    response = client.get(LIST_URL, {"country": "ee"})
    country = next(f for f in response.context["facets"] if f.name == "country")
    assert [link.label for link in country.links if link.active] == ["Estonia"]
    assert "Remove filter Country: Estonia" in response.content.decode()


def test_an_invalid_filter_can_be_removed(client, newsroom):
    page = listed(client, country="XX", kind="direct")
    assert 'aria-label="Remove filter Country: XX"' in page
    assert 'href="?kind=direct"' in page


def test_newest_news_comes_first_and_undated_statements_last(client):
    StatementFactory(quote="undated news", article=ArticleFactory(published_on=None))
    StatementFactory(quote="older news", article=ArticleFactory(published_on=dt.date(2025, 1, 2)))
    StatementFactory(quote="recent news", article=ArticleFactory(published_on=dt.date(2025, 3, 4)))

    page = client.get(LIST_URL).content.decode()

    assert page.index("recent news") < page.index("older news") < page.index("undated news")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"date_from": "2025-02-01"}, {"recent news"}),
        ({"date_to": "2025-02-01"}, {"older news"}),
        ({"date_from": "2025-01-01", "date_to": "2025-12-31"}, {"older news", "recent news"}),
        # the earliest date there is ("everything dated"): undated ones sort as that day
        ({"date_from": "0001-01-01"}, {"older news", "recent news"}),
    ],
)
def test_date_ranges_never_include_undated_statements(client, params, expected):
    StatementFactory(quote="undated news", article=ArticleFactory(published_on=None))
    StatementFactory(quote="older news", article=ArticleFactory(published_on=dt.date(2025, 1, 2)))
    StatementFactory(quote="recent news", article=ArticleFactory(published_on=dt.date(2025, 3, 4)))

    page = client.get(LIST_URL, params).content.decode()

    shown = {quote for quote in ("undated news", "older news", "recent news") if quote in page}
    assert shown == expected
