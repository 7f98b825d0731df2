"""Who reaches the admin and what the Editors group may do."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import ArticleFactory, StatementFactory

pytestmark = pytest.mark.django_db


def test_editors_group_has_exactly_the_workflow_permissions():
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )
    assert codenames == {
        "view_article",
        "add_article",
        "change_article",
        "view_statement",
        "change_statement",
        "view_person",
        "add_person",
        "change_person",
        "view_personalias",
        "add_personalias",
        "change_personalias",
        "delete_personalias",
        "view_topic",
        "add_topic",
        "change_topic",
    }


def test_non_staff_users_never_reach_the_admin(client, django_user_model):
    reader = django_user_model.objects.create_user(username="reader", password="x" * 12)
    client.force_login(reader)
    article = ArticleFactory()
    for url in [
        reverse("admin:index"),
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_article_reextract", args=[article.pk]),
    ]:
        response = client.post(url) if url.endswith("reextract/") else client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_editors_review_but_do_not_delete(editor_client):
    statement = StatementFactory()
    article = statement.article
    delete_article = reverse("admin:articles_article_delete", args=[article.pk])
    delete_statement = reverse("admin:articles_statement_delete", args=[statement.pk])
    assert editor_client.get(delete_article).status_code == 403
    assert editor_client.get(delete_statement).status_code == 403
    change = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert change.status_code == 200
    assert reverse("admin:articles_article_reextract", args=[article.pk]) in change.content.decode()


def test_staff_without_the_editors_group_cannot_reextract(client, django_user_model):
    staff = django_user_model.objects.create_user(username="staff", is_staff=True)
    client.force_login(staff)
    article = ArticleFactory()
    response = client.post(reverse("admin:articles_article_reextract", args=[article.pk]))
    assert response.status_code == 403
