"""Search combining a person's name with words of what they said, and the speaker line
highlighted, on PostgreSQL and on the SQLite fallback alike."""

import importlib

import pytest
from django.db import connection

from articles import search, services
from articles.models import Statement
from tests.factories import PersonFactory, StatementFactory

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search"
)


def found(client, query: str) -> list[str]:
    response = client.get("/", {"q": query})
    assert response.status_code == 200
    return sorted(statement.quote for statement in response.context["page"])


@pytest.fixture
def speeches():
    """Two of Ilse Marwood's statements, written "Marwood said", and someone else's."""
    marwood = PersonFactory(name="Ilse Marwood", slug="ilse-marwood")
    StatementFactory(person=marwood, speaker_name="Marwood", quote="Harbour tolls must fall")
    StatementFactory(person=marwood, speaker_name="Marwood", quote="The ferry strike is over")
    StatementFactory(
        person=PersonFactory(name="Tomas Brekke", slug="tomas-brekke"),
        quote="Harbour tolls pay for the ferry",
    )


def test_a_name_and_words_find_that_persons_statements_saying_them(client, speeches):
    # The name matched a person only when it was the whole query: "Ilse Marwood harbour"
    # needed every word in the statement's own text ("Marwood said": no "Ilse") or every
    # word in the person's name, and found nothing.
    assert found(client, "Ilse Marwood harbour") == ["Harbour tolls must fall"]
    assert found(client, "harbour ilse marwood") == ["Harbour tolls must fall"]
    assert found(client, '"ilse marwood" "ferry strike"') == ["The ferry strike is over"]
    assert found(client, "Ilse Marwood tolls -harbour") == []
    assert found(client, "Ilse Marwood -tolls") == ["The ferry strike is over"]
    assert found(client, "ilse ferry") == ["The ferry strike is over"]
    # Longer queries too (on PostgreSQL beyond MAX_COMBINED_TERMS, term by term).
    assert found(client, "Ilse Marwood harbour tolls must fall") == ["Harbour tolls must fall"]
    assert found(client, "Ilse Marwood harbour tolls must -fall") == []
    # A -name leaves out what that person said, even written "Marwood said".
    assert found(client, "ferry -ilse") == ["Harbour tolls pay for the ferry"]


def test_or_between_a_name_and_words_is_either(client, speeches):
    # `or` is websearch syntax; the SQLite fallback looked for the word "or" itself.
    assert found(client, "Ilse Marwood or brekke") == [
        "Harbour tolls must fall",
        "Harbour tolls pay for the ferry",
        "The ferry strike is over",
    ]
    assert found(client, "strike or pay") == [
        "Harbour tolls pay for the ferry",
        "The ferry strike is over",
    ]
    assert found(client, "ilse tolls or brekke") == [
        "Harbour tolls must fall",
        "Harbour tolls pay for the ferry",
    ]


def test_another_name_of_the_person_combines_with_words(client):
    person = PersonFactory(name="Olek Varga", slug="olek-varga")
    services.add_alias(person=person, name="Oleksandr Wargha")
    StatementFactory(person=person, speaker_name="the mayor", quote="The bridge stays open")
    StatementFactory(person=person, speaker_name="the mayor", quote="Taxes will not rise")
    assert found(client, "Wargha bridge") == ["The bridge stays open"]


def test_the_api_combines_a_name_and_words_as_the_pages_do(client, speeches):
    rows = client.get("/api/statements/", {"q": "Ilse Marwood harbour"}).json()["results"]
    assert [row["quote"] for row in rows] == ["Harbour tolls must fall"]


def test_stop_words_and_punctuation_in_a_query_do_not_hide_matches(client, speeches):
    assert found(client, "the Marwood strike") == ["The ferry strike is over"]
    assert found(client, "Marwood – strike") == ["The ferry strike is over"]
    assert found(client, '"" strike') == ["The ferry strike is over"]


def read(query: str) -> list[list[tuple[str, bool, bool]]]:
    """The query's alternatives, each a list of (text, phrase, excluded) terms."""
    return [[(t.text, t.phrase, t.excluded) for t in group] for group in search.query_groups(query)]


def test_the_query_is_read_as_postgresqls_websearch_syntax_reads_it():
    assert read('ilse -"ferry strike" OR tolls') == [
        [("ilse", False, False), ("ferry strike", True, True)],
        [("tolls", False, False)],
    ]
    # "or" where a word is expected is a word; a trailing "-" or a lone "!" is nothing.
    assert read("or and - !") == [[("or", False, False), ("and", False, False)]]
    assert read("fat - cat -- dog") == [
        [("fat", False, False), ("cat", False, True), ("dog", False, False)]
    ]
    assert read('covid-19 "open quote') == [
        [("covid-19", False, False), ("open quote", True, False)]
    ]
    assert read("orbit oregon") == [[("orbit", False, False), ("oregon", False, False)]]


def page_of(client, query: str) -> str:
    response = client.get("/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_a_name_that_matched_is_highlighted_in_the_speaker_line(client, speeches):
    page = page_of(client, "Ilse Marwood harbour")
    assert (
        '<a class="speaker" href="/people/ilse-marwood/"><mark>Ilse</mark> <mark>Marwood</mark></a>'
        in page
    )
    assert "<mark>Harbour</mark> tolls must fall" in page


def test_the_highlighted_speaker_line_is_escaped(client):
    StatementFactory(person=None, speaker_name="Dock & <Port> workers", quote="No")
    page = page_of(client, "dock workers")
    assert (
        '<span class="speaker"><mark>Dock</mark> &amp; &lt;Port&gt; <mark>workers</mark></span>'
        in page
    )


def test_the_migration_indexes_the_name_expression_the_search_uses():
    migration = importlib.import_module("articles.migrations.0014_name_search_indexes")
    assert migration.NAME_SEARCH_VECTOR == search.NAME_SEARCH_VECTOR


@postgres_only
def test_the_words_a_statement_says_are_one_full_text_lookup_and_names_use_their_indexes():
    # Term by term ("ilse" in the text or the names, and "tolls" …), PostgreSQL read the
    # candidates of one term from the index and recomputed the text vector of each for the
    # others: "Pete Hegseth ukraine" took seconds on 100,000 statements. Now, for each set
    # of terms names may stand for, the other words are one tsquery for the GIN index,
    # -terms included.
    statements = search.search_statements(Statement.objects.all(), query="the ilse -strike tolls")
    sql, params = statements.query.sql_with_params()
    assert {"the ilse tolls -strike", "ilse tolls -strike", "the -strike"} <= set(params)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "person_name_search_idx" in plan and "alias_name_search_idx" in plan
    assert "numnode" not in plan  # folded when planned: "the" is no condition


def test_a_name_searched_with_words_still_suggests_the_person(client, speeches):
    # PostgreSQL's word similarity suggested Ilse Marwood for "Ilse Marwood harbour"; the
    # SQLite fallback wanted every word in the name and suggested nobody.
    response = client.get("/", {"q": "Ilse Marwood harbour"})
    assert [person.name for person in response.context["people_suggested"]] == ["Ilse Marwood"]
    response = client.get("/", {"q": "harbour ferry"})
    assert response.context["people_suggested"] == []
