"""The ingestion service: save, extract, resolve speakers — with the real attribution module."""

import dataclasses
import datetime as dt

import pytest

from articles import services
from articles.attribution import pipeline as attribution_pipeline
from articles.models import Article, Person, PersonAlias, Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db


def ingest(run_on_commit, **fields):
    article = run_on_commit(services.create_article, **fields)
    article.refresh_from_db()
    return article


def test_reference_article_is_saved_with_its_statements(run_on_commit, reference_text):
    article = ingest(run_on_commit, body=reference_text, headline="NATO")

    assert article.extraction_status == Article.ExtractionStatus.DONE
    assert article.extractor_version
    statements = list(article.statements.select_related("person"))
    assert statements, "the reference article has 24 gold statements"
    for statement in statements:
        assert reference_text[statement.start : statement.end] == statement.quote
        assert statement.status == Statement.ReviewStatus.SUGGESTED
    healey = Person.objects.get(slug="john-healey")
    assert healey.country == "GB"
    assert any(s.person == healey for s in statements)


def test_statements_copy_their_articles_outlet_and_news_date(run_on_commit):
    article = ingest(
        run_on_commit,
        body='"Yes," Jane Doe said.',
        outlet="Reuters",
        published_on=dt.date(2025, 2, 14),
    )
    statement = article.statements.get()
    assert (statement.outlet, statement.published_on) == ("Reuters", dt.date(2025, 2, 14))


def test_an_edited_articles_statements_follow_its_outlet_and_news_date():
    article = ArticleFactory(outlet="The Associated Press", published_on=dt.date(2025, 2, 14))
    statement = StatementFactory(article=article)
    elsewhere = StatementFactory()

    article.outlet, article.published_on = "Reuters", None
    services.save_article(article=article)

    statement.refresh_from_db()
    assert (statement.outlet, statement.published_on) == ("Reuters", None)
    assert statement.updated_at > elsewhere.updated_at
    elsewhere_before = (elsewhere.outlet, elsewhere.published_on, elsewhere.updated_at)
    elsewhere.refresh_from_db()
    assert (elsewhere.outlet, elsewhere.published_on, elsewhere.updated_at) == elsewhere_before


def test_an_article_edit_that_keeps_outlet_and_date_leaves_its_statements_alone():
    statement = StatementFactory()
    article = statement.article

    article.headline = "A better headline"
    services.save_article(article=article)

    updated_at = statement.updated_at
    statement.refresh_from_db()
    assert statement.updated_at == updated_at


def test_same_text_twice_is_refused_with_the_existing_article(run_on_commit):
    first = ingest(run_on_commit, body='"Yes," Jane Doe said.')
    with pytest.raises(services.DuplicateArticle) as refused:
        services.create_article(body='  "Yes,"   Jane Doe said.\n')
    assert refused.value.existing == first
    assert Article.objects.count() == 1


def test_same_url_twice_is_refused(run_on_commit):
    ingest(run_on_commit, body="One text.", url="https://example.com/a")
    with pytest.raises(services.DuplicateArticle, match="same URL"):
        services.create_article(body="Another text.", url="https://example.com/a")


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_empty_body_is_refused(body):
    with pytest.raises(services.ArticleRejected, match="empty"):
        services.create_article(body=body)


def test_oversized_body_is_refused(settings):
    settings.ARTICLE_MAX_CHARS = 100
    with pytest.raises(services.ArticleRejected, match="limit is 100"):
        services.create_article(body="x" * 101)


def test_failed_extraction_keeps_the_article_with_its_error(run_on_commit, monkeypatch):
    # The failure is injected at the module boundary: the third-party-like contract we call.
    def broken_extract(text, **options):
        raise RuntimeError("tokenizer exploded")

    monkeypatch.setattr(services.attribution, "extract", broken_extract)
    article = ingest(run_on_commit, body='"Hello," she said.')

    assert article.extraction_status == Article.ExtractionStatus.FAILED
    assert article.extraction_error == "RuntimeError: tokenizer exploded"
    assert article.statements.count() == 0


def test_an_internal_error_of_the_module_fails_the_article_with_its_error(
    run_on_commit, monkeypatch
):
    # The real extract(), broken one stage inside: it used to log the error and return no
    # statements, so the editor read "done, 0 statements" and never saw the failure.
    def failing_run(text, partial_spans="quote"):
        raise IndexError("list index out of range")

    monkeypatch.setattr(attribution_pipeline, "run", failing_run)
    article = ingest(run_on_commit, body='"We will keep talking," Jane Doe said.')

    assert article.extraction_status == Article.ExtractionStatus.FAILED
    assert article.extraction_error == "IndexError: list index out of range"
    assert Article.objects.filter(pk=article.pk).exists()


def test_output_that_cannot_be_saved_fails_the_article_and_saves_no_statement(
    run_on_commit, monkeypatch
):
    # A span ending before it starts breaks a database constraint on the second statement.
    real_extract = services.attribution.extract

    def extract_with_a_reversed_span(text, **options):
        good = real_extract(text, **options)[0]
        return [good, dataclasses.replace(good, start=good.end + 1, end=good.start)]

    monkeypatch.setattr(services.attribution, "extract", extract_with_a_reversed_span)
    article = ingest(run_on_commit, body='"We will keep talking," Jane Doe said.')

    assert article.extraction_status == Article.ExtractionStatus.FAILED
    assert article.extraction_error.startswith("IntegrityError")
    assert article.statements.count() == 0


def test_a_speaker_with_an_overlong_name_role_or_organisation_is_saved(run_on_commit, monkeypatch):
    # The statement's copies were cut to their columns, the new person's were not: on
    # PostgreSQL a 201-character role failed the whole article ("value too long").
    real_extract = services.attribution.extract
    role = "senior fellow " * 20  # 280 characters
    organization = "Institute for " + "Advanced " * 30 + "Studies"
    name = "Maria " + "Longname-" * 25 + "Keller"

    def extract_with_long_fields(text, **options):
        return [
            dataclasses.replace(record, speaker=name, role=role, organization=organization)
            for record in real_extract(text, **options)
        ]

    monkeypatch.setattr(services.attribution, "extract", extract_with_long_fields)
    article = ingest(run_on_commit, body='"We will keep talking," Jane Doe said.')

    assert article.extraction_status == Article.ExtractionStatus.DONE, article.extraction_error
    person = Person.objects.get()
    assert person.name == name[:200] and person.role == role[:200]
    assert person.organization == organization[:200]
    assert article.statements.get().person == person
    # The cut name still finds the same person next time.
    assert services.resolve_speaker(name=name, role=role) == person


def test_rerunning_extraction_keeps_editor_work_and_adds_no_duplicates(
    run_on_commit, reference_text
):
    article = ingest(run_on_commit, body=reference_text)
    total = article.statements.count()
    approved = article.statements.order_by("start").first()
    approved.status = Statement.ReviewStatus.APPROVED
    approved.save()
    edited = article.statements.order_by("start")[1]
    edited.quote, edited.edited_by_editor = "corrected by an editor", True
    edited.save()

    summary = services.run_extraction(article=article)

    assert article.statements.count() == total
    assert summary.kept == 2
    approved.refresh_from_db()
    edited.refresh_from_db()
    assert approved.status == Statement.ReviewStatus.APPROVED
    assert edited.quote == "corrected by an editor"


def test_a_new_extractor_version_does_not_bring_back_a_reviewed_statement(run_on_commit):
    # An upgraded module finds the same quotes with slightly different spans (here the
    # comma inside the quotation marks). Only identical spans were kept: the rejected
    # quote came back as a new suggestion and the approved one twice, to be reviewed again.
    body = '"We will keep talking," Jane Doe said. "The door is open," she added.'
    article = ingest(run_on_commit, body=body)
    found = {s.quote: s for s in article.statements.all()}
    rejected, approved = found["We will keep talking,"], found["The door is open,"]
    for statement, status in ((rejected, "rejected"), (approved, "approved")):
        statement.end -= 1  # as an older version saw it, without the comma
        statement.quote, statement.status = statement.quote[:-1], status
        statement.save()

    summary = services.run_extraction(article=article)

    assert sorted(article.statements.values_list("quote", "status")) == [
        ("The door is open", "approved"),
        ("We will keep talking", "rejected"),
    ]
    assert (summary.added, summary.kept) == (0, 2)


class TestResolveSpeaker:
    def test_known_alias_resolves_to_the_person(self):
        hegseth = PersonFactory(name="Pete Hegseth")
        PersonAlias.objects.create(person=hegseth, name="Hegesth")
        assert services.resolve_speaker(name="Hegesth") == hegseth

    def test_accents_and_case_do_not_matter(self):
        lecornu = PersonFactory(name="Sébastien Lecornu")
        assert services.resolve_speaker(name="sebastien LECORNU") == lecornu

    def test_surname_alone_resolves_when_unique(self):
        rutte = PersonFactory(name="Mark Rutte")
        assert services.resolve_speaker(name="Rutte") == rutte

    def test_surname_alone_is_ambiguous_between_two_people(self):
        PersonFactory(name="Hillary Clinton")
        PersonFactory(name="Bill Clinton")
        created = services.resolve_speaker(name="Clinton")
        assert created.name == "Clinton"
        assert Person.objects.count() == 3

    def test_a_typo_of_a_full_name_resolves(self):
        hegseth = PersonFactory(name="Pete Hegseth")
        assert services.resolve_speaker(name="Pete Hegesth") == hegseth

    def test_a_fuller_name_upgrades_a_surname_only_person(self):
        trump = services.resolve_speaker(name="Trump", country="US")
        assert services.resolve_speaker(name="Donald Trump") == trump
        trump.refresh_from_db()
        assert trump.name == "Donald Trump"
        assert trump.country == "US"

    def test_an_editors_name_for_a_person_survives_the_next_extraction(self):
        # The next article naming them as extraction first did renamed them back: any
        # longer name replaced theirs, not only a full name for a surname we had alone.
        for found, chosen in (
            ("Donald J. Trump", "Donald Trump"),
            ("Luiz Inácio Lula da Silva", "Lula"),
        ):
            person = services.resolve_speaker(name=found)
            person.name = chosen
            services.save_person(person=person)

            assert services.resolve_speaker(name=found) == person
            person.refresh_from_db()
            assert person.name == chosen

    def test_new_speaker_is_created_with_unique_slug_and_details(self):
        PersonFactory(name="John Smith", slug="john-smith")
        PersonFactory(name="Johnny Smith-Jones", slug="john-smith-2")
        person = services.resolve_speaker(
            name="Kremlin", kind=Person.Kind.ORGANIZATION, country="RU"
        )
        assert person.kind == Person.Kind.ORGANIZATION
        assert person.slug == "kremlin"
        assert services.unique_person_slug("John Smith") == "john-smith-3"


class TestReview:
    def test_approve_and_reject_change_only_what_differs(self):
        article = StatementFactory(status=Statement.ReviewStatus.SUGGESTED).article
        StatementFactory(article=article, status=Statement.ReviewStatus.APPROVED)
        assert services.approve_statements(statements=article.statements.all()) == 1
        assert services.reject_statements(statements=article.statements.all()) == 2

    def test_approve_confident_statements_leaves_the_doubtful_ones(self):
        article = StatementFactory(status="suggested", confidence=0.95).article
        doubtful = StatementFactory(article=article, status="suggested", confidence=0.5)
        assert services.approve_confident_statements(article=article, min_confidence=0.9) == 1
        doubtful.refresh_from_db()
        assert doubtful.status == Statement.ReviewStatus.SUGGESTED

    def test_correction_marks_the_statement_edited_and_learns_the_alias(self):
        hegseth = PersonFactory(name="Pete Hegseth")
        typo_person = PersonFactory(name="Hegesth")
        statement = StatementFactory(person=typo_person, source="Hegesth", status="suggested")

        services.correct_statement(statement=statement, person=hegseth)

        statement.refresh_from_db()
        assert statement.edited_by_editor
        assert statement.speaker_name == "Pete Hegseth"
        # the spelling extraction gave the wrong person moves to the corrected one
        assert PersonAlias.objects.get(normalized="hegesth").person == hegseth
        assert services.resolve_speaker(name="Hegesth") == hegseth
        # a fresh spelling is learned for the corrected person
        other = StatementFactory(person=typo_person, source="Pete Hegsteth")
        services.correct_statement(statement=other, person=hegseth)
        assert services.resolve_speaker(name="Pete Hegsteth") == hegseth

    def test_a_spelling_that_is_someone_elses_stays_theirs(self):
        bill = PersonFactory(name="Bill Clinton")
        hillary = PersonFactory(name="Hillary Clinton")
        PersonAlias.objects.create(person=hillary, name="Clinton")
        statement = StatementFactory(person=None, source="Clinton")

        services.correct_statement(statement=statement, person=bill)

        assert PersonAlias.objects.get(normalized="clinton").person == hillary
        statement.refresh_from_db()
        assert statement.speaker_name == "Bill Clinton"

    def test_a_misattributed_quote_does_not_teach_the_first_speakers_name(self):
        # Extraction gave Macron's words to Rubio ('... Rubio said', the mention "Rubio").
        # Reassigning the quote moved the alias "Rubio" to Macron, so every later article
        # quoting "Rubio" was attributed to Macron.
        rubio = PersonFactory(name="Marco Rubio")
        PersonAlias.objects.create(person=rubio, name="Rubio")
        macron = PersonFactory(name="Emmanuel Macron")
        statement = StatementFactory(person=rubio, source="Rubio", status="suggested")

        services.correct_statement(statement=statement, person=macron)

        assert PersonAlias.objects.get(normalized="rubio").person == rubio
        assert services.resolve_speaker(name="Rubio") == rubio
        # nor is a name nobody has yet learned for a speaker it does not spell
        unlinked = StatementFactory(person=None, source="Blinken")
        services.correct_statement(statement=unlinked, person=macron)
        assert not PersonAlias.objects.filter(normalized="blinken").exists()
        assert services.resolve_speaker(name="Blinken") != macron

    def test_a_pronoun_is_never_learned_as_an_alias(self):
        hegseth = PersonFactory(name="Pete Hegseth")
        statement = StatementFactory(person=None, source="he")
        services.correct_statement(statement=statement, person=hegseth)
        assert not PersonAlias.objects.filter(normalized="he").exists()

    def test_status_only_change_is_not_an_edit(self):
        statement = StatementFactory(status="suggested")
        services.correct_statement(statement=statement, status="approved")
        assert not statement.edited_by_editor

    def test_unknown_fields_are_refused(self):
        with pytest.raises(ValueError, match="Not editable: article"):
            services.correct_statement(statement=StatementFactory(), article=None)

    def test_merge_moves_statements_aliases_and_redirects_the_old_slug(self, client):
        survivor = PersonFactory(name="Pete Hegseth", slug="pete-hegseth")
        duplicate = PersonFactory(name="Pete Hegesth", slug="pete-hegesth", country="US")
        statement = StatementFactory(person=duplicate)

        services.merge_people(survivor=survivor, merged=duplicate)

        statement.refresh_from_db()
        assert statement.person == survivor
        assert services.resolve_speaker(name="Pete Hegesth") == survivor
        response = client.get("/people/pete-hegesth/")
        assert response.status_code == 301
        assert response["Location"] == "/people/pete-hegseth/"


class TestTopicSuggestion:
    def test_extracted_statements_are_tagged_from_quote_or_paragraph(self, run_on_commit):
        spending = TopicFactory(name="Defense spending", keywords="defense spending\n% of GDP")
        TopicFactory(name="Trade", keywords="tariff")
        body = (
            'Allies met in Brussels on defense spending.\n\n"It will be a wakeup call," '
            'Pete Hegseth said.\n\n"We spend 3.4% of GDP," Pete Hegseth said.'
        )
        article = ingest(run_on_commit, body=body)

        tagged = {s.quote: list(s.topics.all()) for s in article.statements.all()}
        assert tagged["We spend 3.4% of GDP,"] == [spending]
        # the quote names no topic and neither does its own paragraph: nothing is guessed
        assert tagged["It will be a wakeup call,"] == []

    def test_reextraction_leaves_an_edited_statements_topics_alone(self, run_on_commit):
        TopicFactory(name="Trade", keywords="tariff")
        article = ingest(run_on_commit, body='"Tariffs hurt us," Jane Doe said.')
        statement = article.statements.get()
        services.correct_statement(statement=statement, topics=[])

        services.run_extraction(article=article)

        assert list(article.statements.get().topics.all()) == []

    def test_topic_suggestion_costs_the_same_queries_for_many_statements(
        self, django_assert_num_queries
    ):
        TopicFactory(name="Trade", keywords="tariff")
        article = StatementFactory(quote="tariffs").article
        statements = StatementFactory.create_batch(5, article=article, quote="tariffs")
        with django_assert_num_queries(2):  # topics, one insert of all links
            services.suggest_statement_topics(article=article, statements=statements)
        assert all(s.topics.count() == 1 for s in statements)


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("example.com/a", "https://example.com/a"),
        ("  www.example.com/a?b=1 ", "https://www.example.com/a?b=1"),
        ("http://example.com/a", "http://example.com/a"),
        ("//example.com/a", "https://example.com/a"),
        ("", ""),
    ],
)
def test_an_article_url_without_a_scheme_is_taken_as_https(run_on_commit, given, stored):
    assert ingest(run_on_commit, body="One text.", url=given).url == stored


def test_a_url_given_without_its_scheme_is_still_a_duplicate(run_on_commit):
    ingest(run_on_commit, body="One text.", url="https://example.com/a")
    with pytest.raises(services.DuplicateArticle, match="same URL"):
        services.create_article(body="Another text.", url="example.com/a")
