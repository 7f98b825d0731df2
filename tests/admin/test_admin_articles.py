"""The article workflow in the admin, through the test client with the real attribution
module: paste, extract, review, correct, re-extract, publish."""

import datetime as dt
import re

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils.html import escape

from articles import attribution, services
from articles.admin import highlighted_text
from articles.models import Article, Person, PersonAlias, Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:articles_article_add")
STATEMENTS_URL = reverse("admin:articles_statement_changelist")


def change_url(article: Article) -> str:
    return reverse("admin:articles_article_change", args=[article.pk])


def paste(client, run_on_commit, body: str, **fields):
    """Submit the add form; queued extraction runs when the request's transaction commits."""
    data = {
        "headline": "NATO allies insist on a say",
        "outlet": "The Associated Press",
        "published_on": "2025-02-14",
        "url": "",
        "byline": "",
        "dateline": "BRUSSELS",
        "body": body,
        **fields,
    }
    return run_on_commit(client.post, ADD_URL, data)


def bulk_action(client, action: str, statements):
    return client.post(
        STATEMENTS_URL,
        {"action": action, "_selected_action": [s.pk for s in statements]},
    )


def test_paste_extract_approve_publish(editor_client, editor, run_on_commit, reference_text):
    response = paste(editor_client, run_on_commit, reference_text)

    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == change_url(article)
    assert article.extraction_status == Article.ExtractionStatus.DONE
    assert article.created_by == editor
    statements = list(article.statements.order_by("start", "id"))
    assert len(statements) >= 20
    page = editor_client.get(change_url(article)).content.decode()
    assert page.count("<mark>") == len(statements)
    assert f'href="#statements-{len(statements) - 1}"' in page
    assert 'id="statements-0"' in page  # the inline each mark links to
    assert "qdb-done" in page
    first = statements[0]
    assert editor_client.get(first.get_absolute_url()).status_code == 404  # not public yet

    bulk_action(editor_client, "approve_selected", statements)

    assert article.statements.filter(status=Statement.ReviewStatus.APPROVED).count() == len(
        statements
    )
    public = editor_client.get(first.get_absolute_url())
    assert public.status_code == 200
    assert escape(first.quote) in public.content.decode()
    assert editor_client.get(article.get_absolute_url()).status_code == 200


def test_rejected_statement_is_withdrawn_from_the_public_pages(editor_client):
    statement = StatementFactory()  # approved
    bulk_action(editor_client, "reject_selected", [statement])
    statement.refresh_from_db()
    assert statement.status == Statement.ReviewStatus.REJECTED
    assert editor_client.get(statement.get_absolute_url()).status_code == 404


def test_bulk_review_is_in_each_statements_history(editor_client, editor):
    approved, suggested = StatementFactory(), StatementFactory(status="suggested")
    bulk_action(editor_client, "approve_selected", [approved, suggested])

    entry = LogEntry.objects.get()  # only the statement that changed
    assert entry.object_id == str(suggested.pk)
    assert entry.user == editor
    history = editor_client.get(reverse("admin:articles_statement_history", args=[suggested.pk]))
    assert "Approved." in history.content.decode()


def test_approve_all_with_confidence_at_least(editor_client):
    article = ArticleFactory()
    sure = StatementFactory(article=article, status="suggested", confidence=0.95)
    doubtful = StatementFactory(article=article, status="suggested", confidence=0.6)
    url = reverse("admin:articles_article_approve_confident", args=[article.pk])

    assert editor_client.get(url).status_code == 405
    response = editor_client.post(url, {"min_confidence": "0.9"})

    assert response["Location"] == change_url(article)
    sure.refresh_from_db()
    doubtful.refresh_from_db()
    assert sure.status == Statement.ReviewStatus.APPROVED
    assert doubtful.status == Statement.ReviewStatus.SUGGESTED
    assert LogEntry.objects.filter(object_id=str(sure.pk)).exists()
    page = editor_client.get(change_url(article)).content.decode()
    assert "2 statements: 1 to review, 1 approved (public), 0 rejected." in page
    editor_client.post(url, {"min_confidence": "7"})  # out of range: refused
    doubtful.refresh_from_db()
    assert doubtful.status == Statement.ReviewStatus.SUGGESTED


def test_reextract_keeps_editor_work_and_adds_no_duplicates(
    editor_client, run_on_commit, reference_text, change_form_data
):
    paste(editor_client, run_on_commit, reference_text)
    article = Article.objects.get()
    statements = list(article.statements.order_by("start", "id"))
    spans = sorted(article.statements.values_list("start", "end"))
    bulk_action(editor_client, "approve_selected", statements[1:2])
    # correct the first statement's quote in its inline on the article page
    data = change_form_data(editor_client.get(change_url(article)))
    data["statements-0-quote"] = "Corrected by an editor"
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 302, response.context["errors"]

    response = run_on_commit(
        editor_client.post, reverse("admin:articles_article_reextract", args=[article.pk])
    )

    assert response["Location"] == change_url(article)
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.DONE
    assert sorted(article.statements.values_list("start", "end")) == spans
    edited = article.statements.get(pk=statements[0].pk)
    assert (edited.quote, edited.edited_by_editor) == ("Corrected by an editor", True)
    edited_history = reverse("admin:articles_statement_history", args=[edited.pk])
    assert (
        "Changed quote on the article page." in editor_client.get(edited_history).content.decode()
    )
    assert article.statements.get(pk=statements[1].pk).status == "approved"
    assert (
        "Re-extraction requested."
        in editor_client.get(
            reverse("admin:articles_article_history", args=[article.pk])
        ).content.decode()
    )


def test_a_long_articles_review_page_can_be_saved(editor_client, change_form_data):
    # Each statement's review form sends a dozen fields; past ~90 statements (a 15,000
    # character transcript) saving the article page exceeded Django's 1,000 form fields:
    # "Bad Request (400)", and the editor's corrections were lost.
    article = ArticleFactory(body="x" * 20_000)
    Statement.objects.bulk_create(
        Statement(
            article=article,
            quote=f"Statement number {n}",
            kind=Statement.Kind.DIRECT,
            start=10 * n,
            end=10 * n + 5,
            status=Statement.ReviewStatus.SUGGESTED,
        )
        for n in range(150)
    )
    data = change_form_data(editor_client.get(change_url(article)))
    data["statements-149-status"] = "approved"

    response = editor_client.post(change_url(article), data)

    assert response.status_code == 302, response.status_code
    assert article.statements.get(start=1490).status == "approved"


def test_editing_an_articles_outlet_and_date_moves_its_statements_on_the_public_list(
    editor_client, change_form_data
):
    statement = StatementFactory(
        article=ArticleFactory(outlet="The Associated Press", published_on=dt.date(2025, 2, 14))
    )
    data = change_form_data(editor_client.get(change_url(statement.article)))
    data.update(outlet="Reuters", published_on="2025-03-01")

    response = editor_client.post(change_url(statement.article), data)

    assert response.status_code == 302, response.context["errors"]
    statement.refresh_from_db()
    assert (statement.outlet, statement.published_on) == ("Reuters", dt.date(2025, 3, 1))
    listed = editor_client.get(reverse("articles:statement-list"), {"outlet": "Reuters"})
    assert f'href="{statement.get_absolute_url()}"' in listed.content.decode()


def test_correcting_a_speaker_teaches_the_spelling_for_the_next_article(
    editor_client, run_on_commit, change_form_data
):
    hegseth = PersonFactory(name="Pete Hegseth", country="US")
    paste(editor_client, run_on_commit, '"There is no betrayal there," Hegesth told reporters.')
    statement = Statement.objects.get()
    assert statement.person != hegseth  # the typo became a person of its own
    url = reverse("admin:articles_statement_change", args=[statement.pk])
    data = change_form_data(editor_client.get(url))
    data["person"] = str(hegseth.pk)

    response = editor_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    statement.refresh_from_db()
    assert (statement.person, statement.speaker_name) == (hegseth, "Pete Hegseth")
    assert statement.edited_by_editor
    assert PersonAlias.objects.get(normalized="hegesth").person == hegseth
    paste(
        editor_client,
        run_on_commit,
        '"We will stay in Europe," Hegesth said on Friday.',
        url="https://example.com/second",
    )
    assert Statement.objects.get(quote__startswith="We will stay").person == hegseth


def test_duplicate_paste_is_refused_with_a_link_to_the_existing_article(
    editor_client, run_on_commit
):
    existing = ArticleFactory(body='"Yes," Jane Doe said.', url="https://example.com/a")

    same_text = paste(editor_client, run_on_commit, '  "Yes,"  Jane Doe said.')
    same_url = paste(editor_client, run_on_commit, "Other text.", url="https://example.com/a")

    for response, reason in [(same_text, "same text"), (same_url, "same URL")]:
        assert response.status_code == 200
        page = response.content.decode()
        assert f"already in the database ({reason})" in page
        assert f'href="{change_url(existing)}"' in page
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    "body, error",
    [("   ", "This field is required."), ("x" * 101, "the limit is 100.")],
)
def test_empty_or_oversized_body_is_a_form_error(
    editor_client, run_on_commit, settings, body, error
):
    settings.ARTICLE_MAX_CHARS = 100
    response = paste(editor_client, run_on_commit, body)
    assert response.status_code == 200
    assert error in response.context["adminform"].form.errors["body"][0]
    assert not Article.objects.exists()


def test_a_paste_too_large_to_read_is_explained_not_a_bare_400(editor_client, settings):
    # Beyond the request size Django reads (DATA_UPLOAD_MAX_MEMORY_SIZE) the editor got
    # "Bad Request (400)" and nothing else: no limit, no way back to the form.
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 50_000
    response = editor_client.post(ADD_URL, {"headline": "Huge", "body": "word " * 20_000})

    assert response.status_code == 400
    page = response.content.decode()
    assert "<h1>Too large to accept</h1>" in page
    assert "200,000 characters" in page
    assert f'href="{ADD_URL}"' in page
    assert not Article.objects.exists()


def test_an_article_as_long_as_the_limit_can_be_pasted_in_any_script():
    # Django reads 2.5 MB of form data; a pasted character takes up to 12 bytes once
    # URL-encoded (an emoji), so ARTICLE_MAX_CHARS=1000000 could not be pasted at all.
    import subprocess
    import sys

    script = (
        "from quotesdb import settings; "
        "print(settings.DATA_UPLOAD_MAX_MEMORY_SIZE >= 12 * settings.ARTICLE_MAX_CHARS)"
    )
    env = {"ARTICLE_MAX_CHARS": "1000000", "SECRET_KEY": "x", "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"


def test_extraction_failure_keeps_the_article_and_shows_the_error(
    editor_client, run_on_commit, monkeypatch
):
    # The failure is injected at the attribution module's boundary, the contract we call.
    def broken_extract(text, **options):
        raise RuntimeError("tokenizer exploded")

    monkeypatch.setattr(services.attribution, "extract", broken_extract)
    paste(editor_client, run_on_commit, '"Hello," she said.')

    article = Article.objects.get()
    assert article.extraction_status == Article.ExtractionStatus.FAILED
    response = editor_client.get(change_url(article))
    page = response.content.decode()
    assert "qdb-failed" in page
    assert "RuntimeError: tokenizer exploded" in page
    # At the top of the page, not only in the Extraction section; no "0 to review" as if
    # the article had simply no quotes.
    (message,) = [m for m in response.context["messages"] if m.level_tag == "error"]
    assert str(message).startswith("Extraction failed: RuntimeError: tokenizer exploded")
    assert "Re-extract" in str(message)
    assert "No statements: extraction failed" in page and "0 to review" not in page


def test_view_on_site_is_offered_only_once_the_public_page_exists(editor_client, client):
    # Before, "View on site" (and the article's "Public page") led to a 404 while nothing
    # was published yet: the public sees approved statements only.
    article = ArticleFactory()
    statement = StatementFactory(article=article, status=Statement.ReviewStatus.SUGGESTED)
    statement_url = reverse("admin:articles_statement_change", args=[statement.pk])
    for url in (change_url(article), statement_url):
        response = editor_client.get(url)
        assert response.context["has_absolute_url"] is False, url
        assert "View on site" not in response.content.decode()
        assert f'href="{article.get_absolute_url()}"' not in response.content.decode()

    services.approve_statements(statements=Statement.objects.filter(pk=statement.pk))
    for url, public in (
        (change_url(article), article.get_absolute_url()),
        (statement_url, statement.get_absolute_url()),
    ):
        response = editor_client.get(url)
        assert response.context["absolute_url"] == public
        assert "View on site" in response.content.decode()
        assert client.get(public).status_code == 200


def test_article_list_counts_statements_in_a_fixed_number_of_queries(
    editor_client, django_assert_max_num_queries
):
    url = reverse("admin:articles_article_changelist")
    StatementFactory()
    with django_assert_max_num_queries(12) as few:
        editor_client.get(url)
    for article in ArticleFactory.create_batch(10):
        StatementFactory.create_batch(2, article=article, status="suggested")
        StatementFactory(article=article)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = editor_client.get(url)
    rows = response.context["cl"].result_list
    assert len(rows) == 11
    assert {(a.statement_total, a.suggested_total, a.approved_total) for a in rows[:10]} == {
        (3, 2, 1)
    }


def test_statement_list_is_a_fixed_number_of_queries(editor_client, django_assert_max_num_queries):
    StatementFactory.create_batch(3)
    with django_assert_max_num_queries(12) as few:
        editor_client.get(STATEMENTS_URL)
    StatementFactory.create_batch(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = editor_client.get(STATEMENTS_URL)
    assert len(response.context["cl"].result_list) == 23


def test_person_not_named_in_a_statement_is_created_from_the_review_form(editor_client):
    # "or create new": the speaker field offers the add-person popup to editors
    statement = StatementFactory(person=None, source="officials")
    page = editor_client.get(reverse("admin:articles_statement_change", args=[statement.pk]))
    assert reverse("admin:articles_person_add") in page.content.decode()
    assert Person.objects.count() == 0


def test_highlighted_text_is_escaped_and_marks_each_statement_once():
    body = '<b>Hi</b> "Ceasefire now," she said. "Soon," he said.'
    article = ArticleFactory.build(body=body)
    first = body.index("Ceasefire now")
    second = body.index("Soon")
    statements = [
        StatementFactory.build(article=article, start=first, end=first + 13, status="approved"),
        StatementFactory.build(article=article, start=first + 4, end=first + 9),  # overlaps
        StatementFactory.build(article=article, start=second, end=second + 4, status="rejected"),
    ]

    html = highlighted_text(body, statements)

    assert html.startswith('<div class="qdb-article-text">&lt;b&gt;Hi&lt;/b&gt; &quot;')
    assert '<a class="qdb-mark qdb-approved" href="#statements-0"' in html
    assert "<mark>Ceasefire now</mark>" in html
    assert 'href="#statements-1"' not in html  # inside the first: nothing left to mark
    assert '<a class="qdb-mark qdb-rejected" href="#statements-2"' in html
    assert html.count("<mark>") == 2


def test_statement_page_shows_the_quote_marked_in_its_paragraph(editor_client):
    article = ArticleFactory(body='First one.\n\nShe said: "Talks <now>," firmly.\n\nLast one.')
    start = article.body.index("Talks")
    statement = StatementFactory(article=article, quote="Talks <now>", start=start, end=start + 11)

    url = reverse("admin:articles_statement_change", args=[statement.pk])
    page = editor_client.get(url).content.decode()

    assert "She said: &quot;<mark>Talks &lt;now&gt;</mark>,&quot; firmly.</div>" in page
    assert "First one." not in page


def test_review_forms_show_confidence_as_a_percentage_like_the_list(editor_client):
    # The list and the marks said 68 %, the review forms "0.68".
    statement = StatementFactory(confidence=0.68, status=Statement.ReviewStatus.SUGGESTED)
    statement_url = reverse("admin:articles_statement_change", args=[statement.pk])
    for url in (change_url(statement.article), statement_url, STATEMENTS_URL):
        page = editor_client.get(url).content.decode()
        assert re.search(r">\s*68%\s*<", page), url
        assert "0.68" not in page, url


def test_article_page_queries_do_not_grow_with_its_statements(
    editor_client, django_assert_max_num_queries
):
    topic = TopicFactory()
    article = StatementFactory(topics=[topic]).article
    with django_assert_max_num_queries(20) as few:
        editor_client.get(change_url(article))
    StatementFactory.create_batch(20, article=article, topics=[topic])
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = editor_client.get(change_url(article)).content.decode()
    # each statement's speaker and topic are still shown selected in its inline
    assert page.count(f'<option value="{topic.pk}" selected>{topic.name}</option>') == 21
    speaker = article.statements.last().person
    label = f"{speaker.name} ({speaker.role}, {speaker.country.name})"  # admin.person_label
    assert f'<option value="{speaker.pk}" selected>{label}</option>' in page


def test_article_list_filters_articles_the_current_extractor_has_not_processed(editor_client):
    current = ArticleFactory(extractor_version=attribution.EXTRACTOR_VERSION)
    outdated = ArticleFactory(extractor_version="0.9.0")
    url = reverse("admin:articles_article_changelist")

    page = editor_client.get(url).content.decode()
    assert f"Current ({attribution.EXTRACTOR_VERSION})" in page

    response = editor_client.get(url, {"extractor": "outdated"})
    assert list(response.context["cl"].result_list) == [outdated]
    response = editor_client.get(url, {"extractor": "current"})
    assert list(response.context["cl"].result_list) == [current]


def test_people_of_one_name_are_told_apart_when_choosing_a_speaker(editor_client):
    # The speaker box listed two "John Smith" the same way: the editor could not tell
    # which one a statement was being linked to.
    defence = PersonFactory(name="John Smith", slug="john-smith", role="Defence Minister")
    # (an editor's second John Smith: the spelling is the first one's alias)
    Person.objects.create(
        name="John Smith", slug="john-smith-2", role="Mayor of Leeds", country="GB"
    )
    PersonFactory(name="Jane Doe", slug="jane-doe", role="", country="")
    statement = StatementFactory(person=defence, status="suggested")

    found = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "articles",
            "model_name": "statement",
            "field_name": "person",
            "term": "smith",
        },
    ).json()["results"]
    assert sorted(row["text"] for row in found) == [
        "John Smith (Defence Minister, Germany)",
        "John Smith (Mayor of Leeds, United Kingdom)",
    ]
    everyone = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "articles", "model_name": "statement", "field_name": "person", "term": "doe"},
    ).json()["results"]
    assert [row["text"] for row in everyone] == ["Jane Doe"]
    # the speaker already chosen reads the same, on the statement and on its article
    for url in (
        reverse("admin:articles_statement_change", args=[statement.pk]),
        change_url(statement.article),
    ):
        page = editor_client.get(url).content.decode()
        assert "John Smith (Defence Minister, Germany)</option>" in page, url


def test_the_review_page_lists_the_countries_once_not_in_every_statements_form(
    editor_client, change_form_data
):
    # Each review form carried a 250-country dropdown (~22 KB a statement): a long article's
    # page weighed megabytes. One list of countries now serves every form's country box.
    article = ArticleFactory()
    speaker = PersonFactory(country="EE")
    StatementFactory.create_batch(
        30, article=article, person=speaker, status=Statement.ReviewStatus.SUGGESTED
    )
    few = len(editor_client.get(change_url(ArticleFactory())).content)
    response = editor_client.get(change_url(article))
    page = response.content.decode()
    assert (len(page) - few) / 30 < 12_000  # the rest: the admin's own form markup
    assert page.count('<option value="DE">') == 1  # in the one <datalist>
    assert page.count('list="qdb-countries"') == 30
    assert 'name="statements-0-country" value="EE"' in page

    # Saved as shown, nothing counts as an editor's correction; a code typed in either case
    # is a country, and an unknown one is refused.
    data = change_form_data(response)
    assert editor_client.post(change_url(article), data).status_code == 302
    assert not article.statements.filter(edited_by_editor=True).exists()
    first, second = article.statements.order_by("start", "id")[:2]
    data.update({"statements-0-country": "de", "statements-1-country": "XX"})
    refused = editor_client.post(change_url(article), data)
    assert refused.status_code == 200
    assert "Select a valid choice" in refused.content.decode()
    data["statements-1-country"] = ""
    assert editor_client.post(change_url(article), data).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.country.code, second.country.code) == ("DE", "")
