"""Partial quotes are shown inside the writer's sentence: computing, saving, correcting,
backfilling and rendering that context."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from articles import services
from articles.models import Statement
from articles.quote_context import MAX_SIDE_CHARS, SentenceIndex
from tests.factories import ArticleFactory, StatementFactory

BODY = (
    "Talks resumed on Monday. Dr. Ana Ruiz of the U.N. agency said she would “probably” "
    "travel to Geneva next week. She gave no date."
)


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_context_is_the_rest_of_the_sentence_across_abbreviations():
    context = SentenceIndex(BODY).context(*span(BODY, "probably"))
    assert context.before == "Dr. Ana Ruiz of the U.N. agency said she would “"
    assert context.after == "” travel to Geneva next week."


def test_long_sentences_are_cut_at_a_space_with_an_ellipsis():
    body = "He said " + "very " * 100 + "“maybe” " + "again " * 100 + "today."
    context = SentenceIndex(body).context(*span(body, "maybe"))
    assert context.before.startswith("…very") and context.before.endswith("very “")
    assert context.after.startswith("” again") and context.after.endswith("again…")
    assert len(context.before) <= MAX_SIDE_CHARS + 1 and len(context.after) <= MAX_SIDE_CHARS + 1


def test_offsets_outside_the_text_give_no_context():
    assert SentenceIndex("Short.").context(3, 99) == SentenceIndex("Short.").context(0, 0)


@pytest.mark.django_db
def test_extraction_saves_context_for_partial_quotes_only(run_on_commit):
    article = run_on_commit(services.create_article, body=BODY + ' "We are ready," Ruiz said.')
    partial = article.statements.get(kind=Statement.Kind.PARTIAL)
    direct = article.statements.get(kind=Statement.Kind.DIRECT)
    assert partial.quote == "probably"
    assert partial.context_after == "” travel to Geneva next week."
    assert (direct.context_before, direct.context_after) == ("", "")


@pytest.mark.django_db
def test_an_editor_changing_the_kind_sets_or_clears_the_context():
    article = ArticleFactory(body=BODY)
    start, end = span(BODY, "probably")
    statement = StatementFactory(article=article, quote="probably", start=start, end=end)

    services.correct_statement(statement=statement, kind=Statement.Kind.PARTIAL)
    statement.refresh_from_db()
    assert statement.context_before.endswith("she would “")

    services.correct_statement(statement=statement, kind=Statement.Kind.DIRECT)
    statement.refresh_from_db()
    assert (statement.context_before, statement.context_after) == ("", "")


@pytest.mark.django_db
def test_the_migration_fills_in_statements_saved_before_it():
    migration = importlib.import_module("articles.migrations.0009_statement_quote_context")
    article = ArticleFactory(body=BODY)
    start, end = span(BODY, "probably")
    partial = StatementFactory(article=article, kind="partial", start=start, end=end)
    direct = StatementFactory(article=article, kind="direct", start=0, end=5)

    migration.fill_partial_quote_contexts(apps, None)

    partial.refresh_from_db()
    direct.refresh_from_db()
    assert partial.context_after == "” travel to Geneva next week."
    assert direct.context_before == direct.context_after == ""


@pytest.mark.django_db
def test_pages_and_api_show_a_partial_quote_in_its_sentence(client):
    article = ArticleFactory(body=BODY)
    start, end = span(BODY, "probably")
    StatementFactory(
        article=article,
        kind="partial",
        quote="probably",
        start=start,
        end=end,
        context_before="<b>she</b> would “",
        context_after="” travel.",
        status="approved",
    )
    page = client.get(reverse("articles:statement-list")).content.decode()
    assert (
        '<span class="context">&lt;b&gt;she&lt;/b&gt; would “</span>'
        '<span class="spoken">probably</span><span class="context">” travel.</span>'
    ) in page
    assert "in-context" in page

    data = client.get("/api/statements/").json()["results"][0]
    assert (data["context_before"], data["quote"], data["context_after"]) == (
        "<b>she</b> would “",
        "probably",
        "” travel.",
    )
