"""Partial quotes and short reported phrases are shown inside the writer's sentence:
computing, saving, correcting, backfilling and rendering that context."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from articles import services
from articles.models import Statement
from articles.quote_context import MAX_SIDE_CHARS, NO_CONTEXT, SentenceIndex
from tests.factories import ArticleFactory, StatementFactory

BODY = (
    "Talks resumed on Monday. Dr. Ana Ruiz of the U.N. agency said she would “probably” "
    "travel to Geneva next week. She gave no date."
)


REPORTED_BODY = (
    "Coach Dana Reyes praised her team's resilience. "
    "She said the players had never once thought of quitting."
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


def test_short_reported_phrases_get_context_and_reported_clauses_do_not():
    body = REPORTED_BODY
    sentences = SentenceIndex(body)
    phrase = sentences.context_for("indirect", *span(body, "her team's resilience"))
    assert (phrase.before, phrase.after) == ("Coach Dana Reyes praised ", ".")
    clause = sentences.context_for(
        "indirect", *span(body, "the players had never once thought of quitting")
    )
    assert clause == NO_CONTEXT
    assert sentences.context_for("direct", *span(body, "her team's resilience")) == NO_CONTEXT


def test_offsets_outside_the_text_give_no_context():
    assert SentenceIndex("Short.").context(3, 99) == SentenceIndex("Short.").context(0, 0)


@pytest.mark.django_db
def test_extraction_saves_context_for_partial_quotes_and_short_reported_phrases(run_on_commit):
    body = BODY + ' "We are ready," Ruiz said. Ruiz urged donors to act.'
    article = run_on_commit(services.create_article, body=body)
    partial = article.statements.get(kind=Statement.Kind.PARTIAL)
    direct = article.statements.get(kind=Statement.Kind.DIRECT)
    phrase = article.statements.get(kind=Statement.Kind.INDIRECT, quote="to act")
    assert partial.quote == "probably"
    assert partial.context_after == "” travel to Geneva next week."
    assert (direct.context_before, direct.context_after) == ("", "")
    assert (phrase.context_before, phrase.context_after) == ("Ruiz urged donors ", ".")


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
def test_the_second_migration_fills_in_short_reported_phrases():
    migration = importlib.import_module("articles.migrations.0010_short_reported_speech_context")
    body = REPORTED_BODY
    article = ArticleFactory(body=body)
    start, end = span(body, "her team's resilience")
    phrase = StatementFactory(article=article, kind="indirect", start=start, end=end)
    start, end = span(body, "the players had never once thought of quitting")
    clause = StatementFactory(article=article, kind="indirect", start=start, end=end)

    migration.fill_short_reported_contexts(apps, None)

    phrase.refresh_from_db()
    clause.refresh_from_db()
    assert (phrase.context_before, phrase.context_after) == ("Coach Dana Reyes praised ", ".")
    assert clause.context_before == clause.context_after == ""


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


@pytest.mark.django_db
def test_a_search_marks_the_words_and_keeps_the_sentence(client):
    start, end = span(REPORTED_BODY, "her team's resilience")
    StatementFactory(
        article=ArticleFactory(body=REPORTED_BODY),
        kind="indirect",
        quote="her team's resilience",
        start=start,
        end=end,
        context_before="Coach Dana Reyes praised ",
        context_after=".",
        status="approved",
    )
    page = client.get(reverse("articles:statement-list"), {"q": "resilience"}).content.decode()
    assert (
        '<span class="context">Coach Dana Reyes praised </span>'
        '<span class="spoken">her team&#x27;s <mark>resilience</mark></span>'
    ) in page
