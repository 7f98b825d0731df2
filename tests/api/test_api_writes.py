"""Editors' writes: submitting articles and reviewing statements, and every refusal."""

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.test import override_settings

from articles.models import Article, Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db

SUGGESTED = Statement.ReviewStatus.SUGGESTED


def history(obj) -> list[tuple[int, str, str]]:
    return [
        (entry.action_flag, entry.user.username, entry.get_change_message())
        for entry in LogEntry.objects.filter(object_id=str(obj.pk)).order_by("pk")
    ]


def test_submitting_an_article_answers_202_and_extraction_runs(
    editor_api, reference_text, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_api.post(
            "/api/articles/",
            {
                "body": reference_text,
                "headline": "NATO allies meet",
                "outlet": "The Associated Press",
                "published_on": "2025-02-14",
                "url": "https://apnews.example/nato",
            },
            format="json",
        )

    assert response.status_code == 202, response.content
    article = Article.objects.get()
    assert response["Location"] == f"http://testserver/api/articles/{article.pk}/"
    assert (article.headline, article.created_by.username) == ("NATO allies meet", "editor")
    assert history(article) == [(ADDITION, "editor", "Added (via the API)")]

    shown = editor_api.get(response["Location"]).json()
    assert shown["extraction_status"] == "done"
    assert len(shown["statements"]) >= 10
    assert {row["status"] for row in shown["statements"]} == {"suggested"}


def test_submission_is_queued_and_its_status_is_pending_until_extraction_runs(editor_api):
    # Inside the test transaction on-commit work is not run: the state a client sees when
    # a worker (TASKS_BACKEND=database) has not picked the article up yet.
    response = editor_api.post("/api/articles/", {"body": '"Hi," she said.'}, format="json")

    assert response.status_code == 202
    assert response.json()["extraction_status"] == "pending"
    assert response.json()["statements"] == []


def test_invalid_fields_are_400_with_a_message_per_field(editor_api):
    response = editor_api.post(
        "/api/articles/",
        {"body": "   ", "published_on": "yesterday", "url": "not a url"},
        format="json",
    )
    assert response.status_code == 400
    assert set(response.json()) == {"body", "published_on", "url"}
    assert not Article.objects.exists()


def test_a_blank_body_is_refused_with_the_services_message(editor_api):
    response = editor_api.post("/api/articles/", {"body": " \n\t "}, format="json")
    assert response.status_code == 400
    assert response.json() == {"body": ["The article body is empty."]}


@pytest.mark.parametrize("duplicate", ["same text", "same URL"])
def test_a_duplicate_article_is_409_pointing_to_the_existing_one(editor_api, duplicate):
    existing = ArticleFactory(body='"Yes," he said.', url="https://example.org/a")
    submission = (
        {"body": '"Yes,"   he said.'}
        if duplicate == "same text"
        else {"body": "Other text.", "url": "https://example.org/a"}
    )

    response = editor_api.post("/api/articles/", submission, format="json")

    assert response.status_code == 409
    assert duplicate in response.json()["detail"]
    assert response.json()["existing"]["api_url"] == (
        f"http://testserver/api/articles/{existing.pk}/"
    )
    assert Article.objects.count() == 1


@override_settings(ARTICLE_MAX_CHARS=100)
def test_an_oversized_body_is_413(editor_api):
    response = editor_api.post("/api/articles/", {"body": "x" * 101}, format="json")
    assert response.status_code == 413
    assert "limit is 100" in response.json()["detail"]
    assert editor_api.post("/api/articles/", {"body": "x" * 100}, format="json").status_code == 202


@override_settings(ARTICLE_MAX_CHARS=100)
def test_a_request_too_big_to_hold_an_acceptable_article_is_refused_unread(editor_api):
    response = editor_api.generic(
        "POST", "/api/articles/", "[" * (100 * 12 + 64 * 1024 + 1), "application/json"
    )
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("post", "/api/articles/"),
        ("patch", "/api/statements/{pk}/"),
        ("post", "/api/statements/{pk}/approve/"),
        ("post", "/api/statements/{pk}/reject/"),
    ],
)
def test_anonymous_writes_are_401_and_non_editors_403(api_client, reader_api, method, url):
    statement = StatementFactory(status=SUGGESTED)
    url = url.format(pk=statement.pk)

    anonymous = getattr(api_client, method)(url, {"body": "text"}, format="json")
    assert anonymous.status_code == 401
    assert anonymous["WWW-Authenticate"] == "Token"

    reader = getattr(reader_api, method)(url, {"body": "text"}, format="json")
    assert reader.status_code == 403

    statement.refresh_from_db()
    assert statement.status == SUGGESTED
    assert not Article.objects.exclude(pk=statement.article_id).exists()


def test_a_wrong_token_is_401(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert api_client.get("/api/statements/").status_code == 401


def test_editors_approve_and_reject_statements(editor_api, api_client, editor):
    statement = StatementFactory(status=SUGGESTED)

    approved = editor_api.post(f"/api/statements/{statement.pk}/approve/")
    assert approved.status_code == 200
    assert approved.json()["status"] == "approved"
    assert api_client.get(f"/api/statements/{statement.pk}/").status_code == 200

    rejected = editor_api.post(f"/api/statements/{statement.pk}/reject/")
    assert rejected.json()["status"] == "rejected"
    assert api_client.get(f"/api/statements/{statement.pk}/").status_code == 404
    assert history(statement) == [
        (CHANGE, "editor", "Approved (via the API)"),
        (CHANGE, "editor", "Rejected (via the API)"),
    ]


def test_api_changes_show_in_the_admin_history(editor_api, editor_client):
    statement = StatementFactory(status=SUGGESTED)
    editor_api.post(f"/api/statements/{statement.pk}/approve/")

    page = editor_client.get(f"/admin/articles/statement/{statement.pk}/history/")

    assert page.status_code == 200
    assert "Approved (via the API)" in page.content.decode()


def test_approving_an_approved_statement_changes_and_logs_nothing(editor_api):
    statement = StatementFactory()
    assert editor_api.post(f"/api/statements/{statement.pk}/approve/").status_code == 200
    assert history(statement) == []


def test_editors_correct_a_statement(editor_api):
    statement = StatementFactory(status=SUGGESTED, source="Hegesth", speaker_name="Hegesth")
    hegseth = PersonFactory(name="Pete Hegseth")
    topic = TopicFactory(name="Ukraine war", slug="ukraine-war")

    response = editor_api.patch(
        f"/api/statements/{statement.pk}/",
        {
            "person": hegseth.slug,
            "role": "Defense Secretary",
            "country": "US",
            "topics": [topic.slug],
        },
        format="json",
    )

    assert response.status_code == 200, response.content
    row = response.json()
    assert row["speaker"]["slug"] == hegseth.slug
    assert (row["role"], row["country"]) == ("Defense Secretary", "US")
    assert row["topics"] == [{"slug": "ukraine-war", "name": "Ukraine war"}]
    statement.refresh_from_db()
    assert statement.edited_by_editor
    assert statement.speaker_name == "Pete Hegseth"  # the service learned the alias
    assert hegseth.aliases.filter(name="Hegesth").exists()
    assert history(statement) == [
        (CHANGE, "editor", "Changed person, role, country, topics (via the API)")
    ]


def test_an_invalid_correction_is_400_and_changes_nothing(editor_api):
    statement = StatementFactory(status=SUGGESTED, role="Minister")

    response = editor_api.patch(
        f"/api/statements/{statement.pk}/",
        {"role": "Chancellor", "kind": "shouted", "person": "nobody", "topics": ["nope"]},
        format="json",
    )

    assert response.status_code == 400
    assert set(response.json()) == {"kind", "person", "topics"}
    statement.refresh_from_db()
    assert statement.role == "Minister"


def test_a_correction_takes_what_the_filters_take_former_slugs_and_lowercase_codes(editor_api):
    # ?person=<old slug>, GET /api/people/<old slug>/ and ?country=ee all work, but a
    # correction naming the same speaker, topic or country was a 400 ("Object with
    # slug=pete-hegesth does not exist.", "\"ee\" is not a valid choice.").
    from articles import services

    hegseth = PersonFactory(name="Pete Hegseth", slug="pete-hegseth")
    services.merge_people(survivor=hegseth, merged=PersonFactory(slug="pete-hegesth"))
    topic = TopicFactory(name="Ukraine war", slug="ukraine-war")
    topic.slug = "war-in-ukraine"
    services.save_topic(topic=topic)
    statement = StatementFactory(status=SUGGESTED)

    response = editor_api.patch(
        f"/api/statements/{statement.pk}/",
        {"person": "pete-hegesth", "topics": ["ukraine-war"], "country": "ee"},
        format="json",
    )

    assert response.status_code == 200, response.content
    row = response.json()
    assert row["speaker"]["slug"] == "pete-hegseth"
    assert row["topics"] == [{"slug": "war-in-ukraine", "name": "Ukraine war"}]
    assert row["country"] == "EE"


def test_a_correction_takes_slugs_in_capitals_as_the_filters_do(editor_api):
    # ?person=Pete-Hegseth finds Hegseth's statements, but a correction naming him so was a
    # 400 ("Object with slug=Pete-Hegseth does not exist.").
    hegseth = PersonFactory(name="Pete Hegseth", slug="pete-hegseth")
    TopicFactory(name="Ukraine war", slug="ukraine-war")
    statement = StatementFactory(status=SUGGESTED)

    response = editor_api.patch(
        f"/api/statements/{statement.pk}/",
        {"person": "Pete-Hegseth", "topics": ["Ukraine-War"]},
        format="json",
    )

    assert response.status_code == 200, response.content
    statement.refresh_from_db()
    assert statement.person == hegseth
    assert [topic.slug for topic in statement.topics.all()] == ["ukraine-war"]


def test_put_and_delete_are_not_offered(editor_api):
    statement = StatementFactory()
    assert editor_api.put(f"/api/statements/{statement.pk}/", {}).status_code == 405
    assert editor_api.delete(f"/api/statements/{statement.pk}/").status_code == 405


def test_an_empty_correction_changes_and_logs_nothing(editor_api):
    statement = StatementFactory(status=SUGGESTED)

    response = editor_api.patch(f"/api/statements/{statement.pk}/", {}, format="json")

    assert response.status_code == 200
    statement.refresh_from_db()
    assert not statement.edited_by_editor
    assert history(statement) == []


def test_a_url_without_a_scheme_is_taken_as_https_as_the_admin_takes_it(editor_api):
    # The admin's form stored "apnews.com/article/x" as https://…; the API answered 400.
    response = editor_api.post(
        "/api/articles/",
        {"body": '"Hi," she said.', "url": " apnews.com/article/x "},
        format="json",
    )
    assert response.status_code == 202, response.content
    assert Article.objects.get().url == "https://apnews.com/article/x"
    again = editor_api.post(
        "/api/articles/",
        {"body": "Other text.", "url": "https://apnews.com/article/x"},
        format="json",
    )
    assert again.status_code == 409
