"""Statement permalinks and article pages."""

import json
import re

import pytest

from articles.models import Person, Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db

BODY = (
    "BRUSSELS (AP) — Ministers met on Friday.\n\n"
    '"There is no betrayal there," Defense Secretary Pete Hegseth said of the talks. '
    "He added that Europe must lead.\n\n"
    "Officials said the meeting ran late."
)


def statement_in(article, text: str, **fields) -> Statement:
    start = article.body.index(text)
    return StatementFactory(
        article=article, quote=text, start=start, end=start + len(text), **fields
    )


@pytest.fixture
def article():
    return ArticleFactory(
        headline="Allies meet in Brussels",
        body=BODY,
        outlet="The Associated Press",
        url="https://apnews.example/article/1",
    )


def test_permalink_shows_the_speaker_as_they_were_at_the_time(client, article):
    person = PersonFactory(name="Pete Hegseth", role="Former TV host", country="US")
    statement = statement_in(
        article,
        "There is no betrayal there",
        person=person,
        role="Defense Secretary",
        country="US",
        organization="Pentagon",
        topics=[TopicFactory(name="Ukraine")],
    )
    page = client.get(statement.get_absolute_url()).content.decode()

    assert "There is no betrayal there" in page
    assert "Defense Secretary" in page and "Former TV host" not in page
    assert "Pentagon" in page and "United States of America" in page
    assert 'href="https://apnews.example/article/1"' in page
    assert 'href="/topics/ukraine/"' in page
    # The passage around the quote, with the quote highlighted.
    assert "Ministers met on Friday." in page
    assert "<mark>There is no betrayal there</mark>" in page


@pytest.mark.parametrize(
    ("fields", "heading"),
    [
        ({"speaker_name": "Pete Hegseth"}, "Direct quote by Pete Hegseth"),
        ({"source": "officials", "kind": "indirect"}, "Reported speech by officials"),
        ({"source": ""}, "Direct quote by an unnamed source"),
    ],
)
def test_permalink_has_one_heading_naming_the_speaker(client, article, fields, heading):
    # Screen-reader users navigating by headings found no h1: the first was "In the article".
    statement = statement_in(article, "There is no betrayal there", person=None, **fields)
    page = client.get(statement.get_absolute_url()).content.decode()
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", page) == [heading]


@pytest.mark.parametrize(
    ("fields", "title"),
    [
        ({"speaker_name": "Pete Hegseth"}, "Pete Hegseth: “There is no betrayal there”"),
        ({"source": "officials"}, "officials: “There is no betrayal there”"),
        ({"source": ""}, "Unnamed source: “There is no betrayal there”"),
    ],
)
def test_permalink_title_names_the_speaker_even_an_unnamed_one(client, article, fields, title):
    # A quote with no speaker at all ('"Yes." "No."' pasted alone) had the browser tab and
    # search-result title ": “…”".
    statement = statement_in(article, "There is no betrayal there", person=None, **fields)
    page = client.get(statement.get_absolute_url()).content.decode()
    assert re.findall(r"<title>(.*?)</title>", page) == [f"{title} · quotesdb"]


def test_permalink_lists_other_statements_from_the_same_article(client, article):
    statement = statement_in(article, "There is no betrayal there")
    other = statement_in(article, "Europe must lead")
    hidden = statement_in(article, "the meeting ran late", status=Statement.ReviewStatus.SUGGESTED)
    page = client.get(statement.get_absolute_url()).content.decode()
    assert f'href="{other.get_absolute_url()}"' in page
    assert f'href="{hidden.get_absolute_url()}"' not in page


def json_ld(page: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_permalink_has_schema_org_quotation(client, article):
    person = PersonFactory(name="Pete Hegseth", kind=Person.Kind.PERSON)
    statement = statement_in(
        article, "There is no betrayal there", person=person, role="Defense Secretary"
    )
    data = json_ld(client.get(statement.get_absolute_url()).content.decode())
    assert data["@type"] == "Quotation"
    assert data["text"] == "There is no betrayal there"
    assert data["creator"]["name"] == "Pete Hegseth"
    assert data["creator"]["jobTitle"] == "Defense Secretary"
    assert data["isBasedOn"]["url"] == "https://apnews.example/article/1"
    assert data["url"].endswith(statement.get_absolute_url())


def test_json_ld_cannot_be_closed_by_a_quote(client):
    statement = StatementFactory(quote="</script><script>alert(1)</script>")
    page = client.get(statement.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    assert json_ld(page)["text"] == "</script><script>alert(1)</script>"


def test_unpublished_statement_has_no_permalink(client):
    statement = StatementFactory(status=Statement.ReviewStatus.SUGGESTED)
    assert client.get(statement.get_absolute_url()).status_code == 404


def test_permalink_survives_offsets_outside_the_text(client):
    statement = StatementFactory(start=5000, end=5010)
    response = client.get(statement.get_absolute_url())
    assert response.status_code == 200
    assert "In the article" not in response.content.decode()


def test_permalink_query_count_is_fixed(client, article, django_assert_num_queries):
    statement = statement_in(article, "There is no betrayal there", topics=[TopicFactory()])
    statement_in(article, "Europe must lead")
    statement_in(article, "the meeting ran late")
    # statement with speaker and article, its topics, the other statements
    with django_assert_num_queries(3):
        client.get(statement.get_absolute_url())


def test_article_page_highlights_and_attributes_each_published_statement(client, article):
    person = PersonFactory(name="Pete Hegseth")
    shown = statement_in(article, "There is no betrayal there", person=person)
    statement_in(article, "the meeting ran late", status=Statement.ReviewStatus.REJECTED)
    page = client.get(article.get_absolute_url()).content.decode()

    assert (
        f'<mark class="quoted" id="statement-{shown.pk}"><a href="{shown.get_absolute_url()}">'
        "There is no betrayal there</a></mark>"
    ) in page
    assert '<span class="said-by">[Pete Hegseth]</span>' in page
    assert "Officials said the meeting ran late." in page  # plain text, not highlighted
    assert "1 published statement" in page


def test_article_shows_html_in_its_text_as_text(client):
    article = ArticleFactory(body='<img src=x onerror=alert(1)> "Hi," he said.')
    statement_in(article, "Hi,")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_article_without_published_statements_is_404(client, article):
    statement_in(article, "Europe must lead", status=Statement.ReviewStatus.SUGGESTED)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_article_page_query_count_is_fixed(client, article, django_assert_num_queries):
    for text in ("There is no betrayal there", "Europe must lead", "the meeting ran late"):
        statement_in(article, text, topics=[TopicFactory()])
    with django_assert_num_queries(3):  # article, statements with speakers, topics
        client.get(article.get_absolute_url())
