"""Person, country and topic pages and their index pages."""

import datetime as dt
import html

import pytest
from django.db import connection
from django.utils.html import strip_tags

from articles.models import Person, PersonSlugHistory, Statement
from articles.views import month_chart
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db

# The person or topic row (a country needs no query), count, page, topics prefetch, five
# facets, the names of the facet's top people or topics (the person page lists no people,
# the topic page no topics), the chart.
PROFILE_QUERIES = 11


def page_text(client, url: str) -> str:
    """The page as read: tags removed, whitespace folded."""
    return " ".join(html.unescape(strip_tags(client.get(url).content.decode())).split())


def said(person, *, on: dt.date, topics=(), **fields) -> Statement:
    article = ArticleFactory(published_on=on)
    return StatementFactory(person=person, article=article, topics=list(topics), **fields)


def test_person_page_shows_role_statements_topics_and_chart(client):
    defense = TopicFactory(name="Defense spending")
    trade = TopicFactory(name="Trade")
    person = PersonFactory(
        name="Kaja Kallas", role="EU foreign policy chief", country="EE", organization="EU"
    )
    said(person, on=dt.date(2025, 1, 5), topics=[defense], quote="First on defense")
    said(person, on=dt.date(2025, 1, 20), topics=[defense], quote="Second on defense")
    said(person, on=dt.date(2025, 3, 2), topics=[trade], quote="On trade")
    StatementFactory(quote="Someone else speaking")

    response = client.get(person.get_absolute_url())
    page = response.content.decode()

    assert "EU foreign policy chief" in page and "Estonia" in page
    assert "First on defense" in page and "On trade" in page
    assert "Someone else speaking" not in page
    topics = next(f for f in response.context["facets"] if f.name == "topic")
    assert [(link.label, link.count) for link in topics.links] == [
        ("Defense spending", 2),
        ("Trade", 1),
    ]
    assert "person" not in {facet.name for facet in response.context["facets"]}
    assert 'Speaks most on <a href="?topic=defense-spending">Defense spending</a> (2)' in page
    bars = response.context["chart"].bars
    assert len(bars) == 12  # at least a year, ending with the latest month
    assert [(bar.month, bar.count) for bar in bars[-3:]] == [
        (dt.date(2025, 1, 1), 2),
        (dt.date(2025, 2, 1), 0),
        (dt.date(2025, 3, 1), 1),
    ]
    assert '<svg class="chart-svg"' in page
    assert "<td>January 2025</td><td>2</td>" in page  # the chart's text alternative


def test_person_page_filters_their_statements(client):
    trade = TopicFactory(name="Trade")
    person = PersonFactory()
    said(person, on=dt.date(2025, 1, 5), quote="Not about trade")
    said(person, on=dt.date(2025, 1, 6), topics=[trade], quote="About tariffs")
    page = client.get(person.get_absolute_url(), {"topic": "trade"}).content.decode()
    assert "About tariffs" in page and "Not about trade" not in page


def test_person_page_ignores_a_person_filter_in_the_url(client):
    person = PersonFactory()
    said(person, on=dt.date(2025, 1, 5), quote="Mine")
    page = client.get(person.get_absolute_url(), {"person": "somebody-else"}).content.decode()
    assert "Mine" in page


def test_organisations_that_speak_have_person_pages(client):
    kremlin = PersonFactory(name="The Kremlin", kind=Person.Kind.ORGANIZATION, role="")
    said(kremlin, on=dt.date(2025, 1, 5), quote="Talks are possible")
    page = client.get(kremlin.get_absolute_url()).content.decode()
    assert "Organization" in page and "Talks are possible" in page


def test_an_organisation_speaking_for_itself_is_named_once(client):
    # Extraction gives an organisation speaker its own name as its organisation: pages
    # read "Kremlin, Kremlin, Russia" in every statement and under the heading.
    kremlin = PersonFactory(
        name="Kremlin", kind=Person.Kind.ORGANIZATION, role="", organization="Kremlin"
    )
    said(kremlin, on=dt.date(2025, 1, 5), quote="Talks are possible", organization="Kremlin")
    StatementFactory(person=None, speaker_name="Mansour's office", organization="Mansour's office")
    peskov = PersonFactory(name="Dmitry Peskov", role="", country="")
    said(peskov, on=dt.date(2025, 1, 6), role="spokesman", organization="Kremlin", country="")

    listed = page_text(client, "/")
    assert "Kremlin, Kremlin" not in listed and "Kremlin, Germany" in listed
    assert "Mansour's office, Mansour's office" not in listed and "Mansour's office" in listed
    assert "Dmitry Peskov, spokesman, Kremlin" in listed  # speaking for an organisation
    profile = page_text(client, kremlin.get_absolute_url())
    assert "Kremlin, Kremlin" not in profile and "Kremlin Kremlin" not in profile


def test_merged_person_old_slug_redirects_to_the_survivor(client):
    survivor = PersonFactory(name="Pete Hegseth")
    said(survivor, on=dt.date(2025, 1, 5))
    PersonSlugHistory.objects.create(slug="pete-hegesth", person=survivor)
    response = client.get("/people/pete-hegesth/?topic=trade")
    assert response.status_code == 301
    assert response["Location"] == "/people/pete-hegseth/?topic=trade"


def test_kosovo_speakers_have_a_named_country_with_its_page(client):
    # The attribution module gives Kosovo (and Kosovar speakers) the code XK; the
    # countries index showed a card with no name linking to a 404, the permalink an
    # empty country link.
    kurti = PersonFactory(name="Albin Kurti", country="XK")
    statement = said(kurti, on=dt.date(2025, 6, 1), quote="We will not accept this", country="XK")

    index = page_text(client, "/countries/")
    assert "Kosovo 1 statement" in index
    assert client.get("/countries/xk/").status_code == 200
    assert "We will not accept this" in page_text(client, "/countries/xk/")
    assert '<dd><a href="/countries/xk/">Kosovo</a></dd>' in (
        client.get(statement.get_absolute_url()).content.decode()
    )
    assert client.get("/countries/xk/feed/").status_code == 200
    assert "We will not accept this" in page_text(client, "/?country=xk")


@pytest.mark.parametrize("url_kind", ["person", "country", "topic"])
def test_profile_pages_make_the_same_queries_whatever_the_number_of_rows(
    client, django_assert_num_queries, url_kind
):
    topic = TopicFactory(name="Defense", slug="defense")
    person = PersonFactory(country="DE")
    url = {
        "person": person.get_absolute_url(),
        "country": "/countries/de/",
        "topic": topic.get_absolute_url(),
    }[url_kind]
    day = dt.date(2024, 1, 1)
    for rows in (2, 40):
        for n in range(rows):
            said(person, on=day + dt.timedelta(days=17 * n), topics=[topic])
        with django_assert_num_queries(PROFILE_QUERIES):
            assert client.get(url).status_code == 200


def test_country_page_lists_statements_for_the_country(client):
    said(PersonFactory(country="EE"), on=dt.date(2025, 1, 1), country="EE", quote="From Tallinn")
    said(PersonFactory(country="US"), on=dt.date(2025, 1, 1), country="US", quote="From DC")
    page = client.get("/countries/ee/").content.decode()
    assert "Estonia" in page and "From Tallinn" in page and "From DC" not in page


def test_country_code_in_capitals_redirects_to_the_lowercase_page(client):
    response = client.get("/countries/EE/")
    assert response.status_code == 301
    assert response["Location"] == "/countries/ee/"
    assert client.get("/countries/zz/").status_code == 404
    assert client.get("/countries/estonia/").status_code == 404


def test_the_capitals_redirect_keeps_the_filters_of_a_shared_link(client):
    # /countries/EE/?q=gas (typed, or from a tool that writes codes in capitals) lost its
    # search on the way to /countries/ee/, as renamed people's pages no longer do.
    response = client.get("/countries/EE/", {"q": "gas", "topic": "energy"})
    assert response.status_code == 301
    assert response["Location"] == "/countries/ee/?q=gas&topic=energy"


def test_topic_page_lists_its_statements(client):
    topic = TopicFactory(name="Ukraine", description="The war and the talks to end it.")
    StatementFactory(topics=[topic], quote="On Ukraine")
    StatementFactory(quote="Off topic")
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "The war and the talks" in page and "On Ukraine" in page and "Off topic" not in page


def test_people_index_lists_published_speakers_with_counts(client, django_assert_num_queries):
    quoted = PersonFactory(name="Kaja Kallas")
    StatementFactory.create_batch(3, person=quoted)
    StatementFactory(person=PersonFactory(name="Unpublished Speaker"), status="suggested")
    with django_assert_num_queries(2):  # count, page
        page = client.get("/people/").content.decode()
    assert "Kaja Kallas" in page and "3 statements" in page
    assert "Unpublished Speaker" not in page


def test_people_index_finds_a_name_by_its_words(client):
    StatementFactory(person=PersonFactory(name="Pete Hegseth"))
    StatementFactory(person=PersonFactory(name="Kaja Kallas"))
    page = client.get("/people/", {"q": "hegseth"}).content.decode()
    assert "Pete Hegseth" in page and "Kaja Kallas" not in page


def test_people_index_filters_by_organisation_like_the_api(client):
    StatementFactory(person=PersonFactory(name="Mark Rutte", organization="NATO"))
    StatementFactory(person=PersonFactory(name="Kaja Kallas", organization="European Union"))
    page = client.get("/people/", {"organization": "NATO"}).content.decode()
    assert "Mark Rutte" in page and "Kaja Kallas" not in page


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram matching needs pg_trgm")
def test_misspelt_names_find_the_person_on_postgresql(client):
    StatementFactory(person=PersonFactory(name="Pete Hegseth"))
    StatementFactory(person=PersonFactory(name="Kaja Kallas"))
    page = client.get("/people/", {"q": "Hegsteh"}).content.decode()
    assert "Pete Hegseth" in page and "Kaja Kallas" not in page
    # The statement search suggests the person too.
    response = client.get("/", {"q": "Hegsteh"})
    assert [person.name for person in response.context["people_suggested"]] == ["Pete Hegseth"]


def test_countries_and_topics_indexes_count_published_statements(client, django_assert_num_queries):
    topic = TopicFactory(name="Ukraine")
    StatementFactory.create_batch(2, country="EE", topics=[topic])
    StatementFactory(country="US", status="rejected", topics=[topic])
    with django_assert_num_queries(1):
        countries = client.get("/countries/").content.decode()
    with django_assert_num_queries(1):
        topics = client.get("/topics/").content.decode()
    assert 'href="/countries/ee/"' in countries and "2 statements" in countries
    assert "/countries/us/" not in countries
    assert 'href="/topics/ukraine/"' in topics and "2 statements" in topics


def test_month_chart_keeps_the_latest_months_and_fills_gaps():
    counts = {dt.date(2023, 1, 1): 5, dt.date(2025, 2, 1): 4, dt.date(2025, 4, 1): 2}
    chart = month_chart(counts, months=4, min_months=2)
    assert [(bar.month, bar.count) for bar in chart.bars] == [
        (dt.date(2025, 1, 1), 0),
        (dt.date(2025, 2, 1), 4),
        (dt.date(2025, 3, 1), 0),
        (dt.date(2025, 4, 1), 2),
    ]
    assert chart.bars[1].height == 80 and chart.bars[3].height == 40
    assert [bar.label for bar in chart.bars] == ["Jan 2025", "", "", "Apr 2025"]
    assert len(month_chart({dt.date(2025, 4, 1): 1}, min_months=12).bars) == 12
    assert month_chart({}) is None


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/people/Kaja-Kallas/?q=gas", "/people/kaja-kallas/?q=gas"),
        ("/people/Kaja-Kallas/feed/?q=gas", "/people/kaja-kallas/feed/?q=gas"),
        ("/topics/Defense/?country=ee", "/topics/defense/?country=ee"),
        ("/topics/DEFENSE/feed/", "/topics/defense/feed/"),
    ],
)
def test_a_slug_in_capitals_redirects_to_the_lowercase_address_with_its_query(
    client, url, canonical
):
    # /people/Kaja-Kallas/ (typed, or from a tool that capitalises names) was a 404.
    said(PersonFactory(name="Kaja Kallas"), on=dt.date(2025, 1, 5))
    StatementFactory(topics=[TopicFactory(name="Defense", slug="defense")])
    response = client.get(url)
    assert response.status_code == 301
    assert response["Location"] == canonical
    assert client.get("/people/Nobody-Here/").status_code in (301, 404)


def test_an_invalid_filter_on_the_people_index_is_explained(client):
    # /people/?country=XX listed "0 speakers" as if nobody had spoken for that country.
    client.get("/api/schema/")  # which left the kind filter without its label ("kind: …")
    said(PersonFactory(name="Kaja Kallas", country="EE"), on=dt.date(2025, 1, 5))
    response = client.get("/people/", {"country": "XX", "kind": "robot"})
    text = page_text(client, "/people/?country=XX&kind=robot")
    assert response.status_code == 200
    assert "Some filters are not valid, so nothing matches:" in text
    assert "Country: Select a valid choice. XX is not one of the available choices." in text
    assert "Kind: Select a valid choice. robot is not one of the available choices." in text
    assert "No speakers match." in text
    assert "not valid" not in page_text(client, "/people/?country=ee")
