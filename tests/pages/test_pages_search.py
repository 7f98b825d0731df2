"""Search: PostgreSQL full-text search (ranked, highlighted, indexed) and the SQLite fallback."""

import datetime as dt
import importlib

import pytest
from django.db import connection

from articles import search, services
from articles.models import Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search"
)


def found(client, query: str) -> list[str]:
    response = client.get("/", {"q": query})
    assert response.status_code == 200
    return [statement.quote for statement in response.context["page"]]


def test_search_matches_speaker_names_and_quotes(client):
    StatementFactory(person=PersonFactory(name="Kaja Kallas"), quote="We stand with Ukraine")
    StatementFactory(quote="Kallas was not mentioned here? She was.")
    StatementFactory(quote="Nothing relevant")
    assert sorted(found(client, "kallas")) == [
        "Kallas was not mentioned here? She was.",
        "We stand with Ukraine",
    ]


def test_a_merged_or_renamed_speakers_statements_are_found_by_their_name(client):
    # The list names them after the person, but search reads the statement's speaker
    # name: a merged typo ("Pete Hegesth") or a person's old name was never found again.
    hegseth = PersonFactory(name="Pete Hegseth", slug="pete-hegseth")
    typo = PersonFactory(name="Pete Hegesth", slug="pete-hegesth")
    StatementFactory(person=hegseth, quote="Europe must own its security")
    StatementFactory(person=typo, quote="There is no betrayal there")
    services.merge_people(survivor=hegseth, merged=typo)

    assert sorted(found(client, "hegseth")) == [
        "Europe must own its security",
        "There is no betrayal there",
    ]

    kalas = PersonFactory(name="Kaja Kalas", slug="kaja-kalas")
    StatementFactory(person=kalas, quote="Any deal behind our backs will not work")
    kalas.name = "Kaja Kallas"
    services.save_person(person=kalas)

    assert found(client, "kallas") == ["Any deal behind our backs will not work"]


def test_an_empty_query_lists_everything(client):
    StatementFactory.create_batch(2)
    assert len(found(client, "   ")) == 2


@postgres_only
def test_websearch_syntax_stemming_and_ranking(client):
    StatementFactory(quote="Talks on Ukraine will continue")
    StatementFactory(quote="Ukraine, Ukraine and Ukraine talking again")
    StatementFactory(quote="Ukraine without the negotiators")
    # Stemming: "talk" finds "talks" and "talking"; more matches rank first.
    assert found(client, "talk ukraine") == [
        "Ukraine, Ukraine and Ukraine talking again",
        "Talks on Ukraine will continue",
    ]
    assert found(client, "ukraine -talks") == ["Ukraine without the negotiators"]
    assert found(client, '"talks on ukraine"') == ["Talks on Ukraine will continue"]
    assert found(client, "or and -") == []  # nothing searchable, no error


def test_the_search_boxs_own_example_syntax_works_on_every_database(client):
    # The box suggests "ceasefire -gaza"; on SQLite (the embedded default, the demo) every
    # word had to appear as written, "-gaza" and '"security guarantees"' included: nothing
    # did.
    StatementFactory(quote="A ceasefire in Gaza is close")
    StatementFactory(quote="A ceasefire in Ukraine needs security guarantees")
    StatementFactory(quote="Guarantees of security for Ukraine were discussed")

    assert found(client, "ceasefire -gaza") == ["A ceasefire in Ukraine needs security guarantees"]
    assert found(client, '"security guarantees"') == [
        "A ceasefire in Ukraine needs security guarantees"
    ]
    assert found(client, 'ukraine -"security guarantees"') == [
        "Guarantees of security for Ukraine were discussed"
    ]
    page = client.get("/", {"q": 'ceasefire -gaza "security guarantees"'}).content.decode()
    assert "<mark>ceasefire</mark>" in page and "guarantees</mark>" in page
    assert "<mark>Gaza</mark>" not in page and "<mark>-gaza" not in page


def test_search_results_can_be_sorted_newest_first(client):
    StatementFactory(
        article=ArticleFactory(published_on=dt.date(2024, 1, 1)), quote="Ukraine, Ukraine, Ukraine"
    )
    StatementFactory(article=ArticleFactory(published_on=dt.date(2025, 1, 1)), quote="Ukraine")
    response = client.get("/", {"q": "ukraine", "sort": "newest"})
    assert [s.quote for s in response.context["page"]] == ["Ukraine", "Ukraine, Ukraine, Ukraine"]
    page = response.content.decode()
    assert '<a href="?q=ukraine">best match</a>' in page
    assert '<input type="hidden" name="sort" value="newest">' in page


@postgres_only
def test_postgres_highlights_stemmed_matches(client):
    StatementFactory(quote="We keep talking <loudly>")
    page = client.get("/", {"q": "talks"}).content.decode()
    assert "We keep <mark>talking</mark> &lt;loudly&gt;" in page


@postgres_only
def test_search_expression_matches_the_gin_index():
    # Over all statements, so the full-text index is the only one that can serve the query.
    statements = search.search_statements(Statement.objects.all(), query="ukraine talks")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = statements.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "stmt_search_idx" in plan


def test_the_migration_indexes_the_expression_the_search_uses():
    migration = importlib.import_module("articles.migrations.0012_unaccent_search")
    assert migration.STATEMENT_SEARCH_VECTOR == search.STATEMENT_SEARCH_VECTOR


@pytest.mark.parametrize(
    "query",
    ["Sebastien Lecornu", "sébastien lecornu", "SEBASTIEN", "Sébastien", "lecornú"],
)
def test_search_ignores_accents_both_ways(client, query):
    StatementFactory(person=PersonFactory(name="Sébastien Lecornu"), quote="Nous tiendrons")
    StatementFactory(quote="Sébastien Lecornu a parlé trop tôt")
    StatementFactory(quote="Nothing relevant")
    assert sorted(found(client, query)) == ["Nous tiendrons", "Sébastien Lecornu a parlé trop tôt"]


def test_unaccented_text_is_found_by_an_accented_query(client):
    StatementFactory(quote="Pistorius said Europe must rearm")
    StatementFactory(quote="Nothing relevant")
    assert found(client, "Pistórius") == ["Pistorius said Europe must rearm"]


def test_accent_insensitive_matches_are_highlighted_with_their_accents(client):
    StatementFactory(quote="Sébastien Lecornu a parlé")
    page = client.get("/", {"q": "sebastien"}).content.decode()
    assert "<mark>Sébastien</mark> Lecornu" in page


def test_people_search_ignores_accents(client):
    StatementFactory(person=PersonFactory(name="Sébastien Lecornu"))
    StatementFactory(person=PersonFactory(name="Boris Pistorius"))
    page = client.get("/people/", {"q": "sebastien"}).content.decode()
    assert "Sébastien Lecornu" in page and "Boris Pistorius" not in page
    page = client.get("/people/", {"q": "Pistórius"}).content.decode()
    assert "Boris Pistorius" in page and "Sébastien Lecornu" not in page
    response = client.get("/", {"q": "Sebastien Lecornu"})
    assert [person.name for person in response.context["people_suggested"]] == ["Sébastien Lecornu"]


@postgres_only
def test_accent_insensitive_search_still_uses_the_gin_index():
    statements = search.search_statements(Statement.objects.all(), query="sebastien")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = statements.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "stmt_search_idx" in plan


def test_fold_drops_accents_and_case():
    assert search.fold("Sébastien LECORNU") == "sebastien lecornu"
    assert search.fold("Søren Łukasz Straße") == "soren lukasz strasse"


def test_fallback_highlighting_marks_every_word_case_insensitively():
    marked = search.mark_words("Europe and EUROPEAN <b>", words=["europe", "<b>"])
    start, stop = search.MATCH_START, search.MATCH_STOP
    assert marked == f"{start}Europe{stop} and {start}EUROPE{stop}AN {start}<b>{stop}"


def test_fallback_highlighting_ignores_accents_and_keeps_the_text():
    start, stop = search.MATCH_START, search.MATCH_STOP
    marked = search.mark_words("Sébastien, Straße", words=["sebastien", "strasse"])
    assert marked == f"{start}Sébastien{stop}, {start}Straße{stop}"
    assert search.mark_words("Lecornu", words=["lécornu"]) == f"{start}Lecornu{stop}"


def test_a_full_name_finds_statements_attributed_by_surname_only(client):
    # "Hegseth said": the statement's speaker name is the surname; searching the person's
    # full name (as the list names them) found nothing.
    hegseth = PersonFactory(name="Pete Hegseth")
    StatementFactory(person=hegseth, speaker_name="Hegseth", quote="Europe must pay more")
    StatementFactory(person=PersonFactory(name="Pete Buttigieg"), quote="Trains matter")
    StatementFactory(person=None, speaker_name="", quote="Nobody named")

    assert found(client, "Pete Hegseth") == ["Europe must pay more"]
    assert found(client, '"pete hegseth"') == ["Europe must pay more"]
    assert sorted(found(client, "pete -hegseth")) == ["Trains matter"]
    assert sorted(found(client, "-hegseth")) == ["Nobody named", "Trains matter"]
    StatementFactory(person=hegseth, speaker_name="Hegseth", quote="Trump is right on NATO")
    assert found(client, "Pete Hegseth -trump") == ["Europe must pay more"]
    assert found(client, 'Pete Hegseth -"on nato"') == ["Europe must pay more"]
    rows = client.get("/api/statements/", {"q": "Pete Hegseth -trump"}).json()["results"]
    assert [row["quote"] for row in rows] == ["Europe must pay more"]


def test_a_persons_alternate_name_finds_their_statements(client):
    zelensky = PersonFactory(name="Volodymyr Zelensky")
    services.add_alias(person=zelensky, name="Wolodymyr Selenskyj")
    StatementFactory(person=zelensky, speaker_name="the president", quote="We need air defence")
    StatementFactory(quote="Unrelated words")

    assert found(client, "Selenskyj") == ["We need air defence"]
    assert found(client, "Zelensky") == ["We need air defence"]
