"""Atom feeds, CSV export, sitemap.xml and robots.txt."""

import csv
import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest

from articles import services
from articles.feeds import FEED_SIZE
from articles.models import Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def atom_entries(client, url: str, params=None) -> list[ET.Element]:
    response = client.get(url, params or {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


@pytest.fixture
def statements():
    topic = TopicFactory(name="Ukraine")
    kallas = PersonFactory(name="Kaja Kallas", country="EE")
    return {
        "kallas": StatementFactory(person=kallas, quote="No deal without Ukraine", topics=[topic]),
        "other": StatementFactory(person=PersonFactory(country="US"), quote="Tariffs now"),
        "hidden": StatementFactory(quote="Not yet", status=Statement.ReviewStatus.SUGGESTED),
    }


@pytest.mark.parametrize(
    ("url", "params", "expected"),
    [
        ("/feed/", {}, {"No deal without Ukraine", "Tariffs now"}),
        ("/feed/", {"q": "ukraine"}, {"No deal without Ukraine"}),
        ("/people/kaja-kallas/feed/", {}, {"No deal without Ukraine"}),
        ("/topics/ukraine/feed/", {}, {"No deal without Ukraine"}),
        ("/countries/us/feed/", {}, {"Tariffs now"}),
    ],
)
def test_feeds_list_the_matching_published_statements(client, statements, url, params, expected):
    entries = atom_entries(client, url, params)
    assert {entry.find(f"{ATOM}summary").text for entry in entries} == expected


def test_a_search_feed_lists_the_newest_matches_first(client):
    older = ArticleFactory(published_on=dt.date(2024, 1, 1))
    newer = ArticleFactory(published_on=dt.date(2025, 1, 1))
    StatementFactory(article=older, quote="Ukraine, Ukraine, Ukraine: the best match")
    StatementFactory(article=newer, quote="Ukraine once, but newer")
    entries = atom_entries(client, "/feed/", {"q": "ukraine"})
    assert [entry.find(f"{ATOM}summary").text for entry in entries] == [
        "Ukraine once, but newer",
        "Ukraine, Ukraine, Ukraine: the best match",
    ]


def test_feed_entries_link_to_permalinks_and_escape_quotes(client):
    statement = StatementFactory(quote="<b>bold</b> & brave")
    (entry,) = atom_entries(client, "/feed/")
    assert entry.find(f"{ATOM}link").get("href").endswith(statement.get_absolute_url())
    # The summary is HTML for feed readers: the quote's markup arrives as text.
    assert entry.find(f"{ATOM}summary").text == "&lt;b&gt;bold&lt;/b&gt; &amp; brave"


def test_control_characters_from_a_pasted_article_or_a_search_do_not_break_feeds(client):
    # A manual line break pasted from a word processor is a vertical tab; XML 1.0 has no
    # place for it, and Django's feed generator refused the whole feed (a 500).
    speaker = PersonFactory(name="Maria\x0bKeller", slug="maria-keller")
    StatementFactory(
        person=speaker,
        quote="We will not\x0bback down\x0c on wages",
        topics=[TopicFactory(name="Wages\x01")],
    )
    for url, params in (
        ("/feed/", {}),
        ("/people/maria-keller/feed/", {}),
        ("/feed/", {"q": "wages\x01"}),
    ):
        response = client.get(url, params)
        assert response.status_code == 200, (url, params)
        ET.fromstring(response.content)  # well-formed
    # A NUL is no search (Django's forms refuse it): a 400 that says so, as for any
    # invalid filter.
    response = client.get("/feed/", {"q": "\x00"})
    assert response.status_code == 400
    assert "Search: Null characters are not allowed." in response.content.decode()
    (entry,) = atom_entries(client, "/people/maria-keller/feed/")
    assert entry.find(f"{ATOM}summary").text == "We will not back down  on wages"
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Maria Keller"
    assert entry.find(f"{ATOM}category").get("term") == "Wages "


def test_a_news_date_is_that_day_in_the_newsrooms_time_zone(client, settings):
    # An entry dated 14 February was stamped midnight UTC: 19:00 on the 13th in New York,
    # the day a reader of a New York newsroom's feed saw, where the pages say 14 Feb.
    settings.TIME_ZONE = "America/New_York"
    StatementFactory(article=ArticleFactory(published_on=dt.date(2025, 2, 14)))

    (entry,) = atom_entries(client, "/feed/")

    published = dt.datetime.fromisoformat(entry.find(f"{ATOM}published").text)
    assert published == dt.datetime(2025, 2, 14, 5, tzinfo=dt.UTC)  # 00:00 in New York


@pytest.mark.parametrize(
    ("url", "queries"),
    [("/feed/?q=ukraine", 2), ("/topics/ukraine/feed/", 3)],  # (the topic,) items, topics
)
def test_feeds_make_the_same_queries_whatever_the_number_of_rows(
    client, django_assert_num_queries, url, queries
):
    topic = TopicFactory(name="Ukraine")
    total = 0
    for rows in (2, 40):
        StatementFactory.create_batch(rows, topics=[topic], quote="Talks on Ukraine")
        total += rows
        with django_assert_num_queries(queries):
            assert len(atom_entries(client, url)) == min(total, FEED_SIZE)


def test_a_renamed_or_merged_persons_feed_redirects_subscribers(client, statements):
    kallas = statements["kallas"].person
    kallas.slug = "kaja-kallas-ee"
    services.save_person(person=kallas)
    duplicate = PersonFactory(name="K. Kallas")
    StatementFactory(person=duplicate, quote="Same person")
    services.merge_people(survivor=kallas, merged=duplicate)

    for old in ("kaja-kallas", "k-kallas"):
        response = client.get(f"/people/{old}/feed/", {"q": "ukraine"})
        assert response.status_code == 301
        assert response["Location"] == "/people/kaja-kallas-ee/feed/?q=ukraine"
    entries = atom_entries(client, "/people/kaja-kallas-ee/feed/")
    assert {e.find(f"{ATOM}summary").text for e in entries} == {
        "No deal without Ukraine",
        "Same person",
    }
    assert client.get("/people/nobody-ever/feed/").status_code == 404


def test_pages_advertise_their_feed(client, statements):
    person_page = client.get("/people/kaja-kallas/").content.decode()
    assert 'rel="alternate" type="application/atom+xml"' in person_page
    assert 'href="/people/kaja-kallas/feed/"' in person_page


def test_an_unnamed_sources_entry_names_its_source_as_author_as_the_pages_do(client):
    # Entries for "officials said" had an empty <author><name/></author>: feed readers
    # showed a blank author and validators reject it.
    StatementFactory(person=None, speaker_name="", source="Several NATO allies", quote="Yes")
    StatementFactory(person=None, speaker_name="", source="", quote="No")

    authors = {
        entry.find(f"{ATOM}title").text: entry.find(f"{ATOM}author/{ATOM}name").text
        for entry in atom_entries(client, "/feed/")
    }

    assert authors == {
        "Several NATO allies: “Yes”": "Several NATO allies",
        "Unnamed source: “No”": "Unnamed source",
    }


def test_a_filtered_profile_page_links_to_the_feed_of_what_it_lists(client, statements):
    # The statement list's feed link carries its filters, and the person, topic and
    # country feeds take them, but those pages linked to the unfiltered feed: a reader
    # subscribing to "Kaja Kallas on 'deal'" got everything she says.
    StatementFactory(person=statements["kallas"].person, quote="Sanctions stay")
    for url, feed in (
        ("/people/kaja-kallas/", "/people/kaja-kallas/feed/"),
        ("/topics/ukraine/", "/topics/ukraine/feed/"),
        ("/countries/ee/", "/countries/ee/feed/"),
    ):
        page = client.get(url, {"q": "deal"}).content.decode()
        assert f'href="{feed}?q=deal"' in page, url
        entries = atom_entries(client, feed, {"q": "deal"})
        assert [e.find(f"{ATOM}title").text for e in entries] == [
            "Kaja Kallas: “No deal without Ukraine”"
        ], url


def exported(client, params=None) -> list[dict]:
    response = client.get("/statements.csv", params or {})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_export_follows_the_filters(client, statements):
    rows = exported(client, {"topic": "ukraine"})
    assert [row["quote"] for row in rows] == ["No deal without Ukraine"]
    (row,) = rows
    assert row["person"] == "kaja-kallas" and row["country"] == "EE" and row["topics"] == "ukraine"
    assert row["permalink"] == "http://testserver" + statements["kallas"].get_absolute_url()
    assert {row["quote"] for row in exported(client)} == {"No deal without Ukraine", "Tariffs now"}


def test_csv_export_says_who_spoke_and_in_what_sentence_as_the_pages_do(client):
    # A row for "Several NATO allies said" had an empty speaker and no person, and a
    # partial quote ("be a wakeup call") came without the sentence the pages show it in.
    StatementFactory(person=None, speaker_name="", source="Several NATO allies", quote="Yes")
    StatementFactory(
        kind=Statement.Kind.PARTIAL,
        quote="be a wakeup call",
        context_before="Hegseth said the meeting should ",
        context_after=" for Europe.",
    )

    rows = {row["quote"]: row for row in exported(client)}

    assert rows["Yes"]["source"] == "Several NATO allies"
    partial = rows["be a wakeup call"]
    assert (partial["context_before"], partial["context_after"]) == (
        "Hegseth said the meeting should ",
        " for Europe.",
    )


def test_csv_cells_never_start_a_spreadsheet_formula(client):
    StatementFactory(quote='=HYPERLINK("http://evil.example")')
    (row,) = exported(client)
    assert row["quote"] == '\'=HYPERLINK("http://evil.example")'


def test_csv_export_streams_in_a_fixed_number_of_queries(client, django_assert_num_queries):
    StatementFactory.create_batch(30, topics=[TopicFactory()])
    with django_assert_num_queries(2):  # statements, topics (one chunk)
        assert len(exported(client)) == 30


def test_sitemap_lists_every_public_page(client, statements):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    sections = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert any(url.endswith("/sitemap-statements.xml") for url in sections)
    urls = set()
    for section in sections:
        response = client.get(section.removeprefix("http://testserver"))
        assert response.status_code == 200
        urls |= {loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")}
    expected = {
        "/",
        "/people/",
        "/countries/",
        "/topics/",
        statements["kallas"].get_absolute_url(),
        "/people/kaja-kallas/",
        "/topics/ukraine/",
        "/countries/ee/",
    }
    assert {"http://testserver" + path for path in expected} <= urls
    assert "http://testserver" + statements["hidden"].get_absolute_url() not in urls


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_a_partial_quote_comes_in_its_sentence_in_feeds(client):
    StatementFactory(
        kind=Statement.Kind.PARTIAL,
        quote="probably",
        context_before="She said she would <i>“",
        context_after="” go.",
    )
    (entry,) = atom_entries(client, "/feed/")
    assert entry.find(f"{ATOM}summary").text == (
        "She said she would &lt;i&gt;“<strong>probably</strong>” go."
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/people/kaja-kallas/feed/", "quotesdb: statements by Kaja Kallas matching “Ukraine”"),
        ("/topics/ukraine/feed/", "quotesdb: statements on Ukraine matching “Ukraine”"),
        ("/countries/ee/feed/", "quotesdb: statements for Estonia matching “Ukraine”"),
    ],
)
def test_a_profile_feeds_title_names_its_search(client, statements, url, expected):
    # A reader subscribed to two searches of one person's feed saw two feeds of one name.
    response = client.get(url, {"q": " Ukraine "})
    assert response.status_code == 200
    assert ET.fromstring(response.content).find(f"{ATOM}title").text == expected
    plain = ET.fromstring(client.get(url).content).find(f"{ATOM}title").text
    assert plain == expected.removesuffix(" matching “Ukraine”")
