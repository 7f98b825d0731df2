"""Topics in the admin: renaming a slug keeps the old address redirecting."""

import pytest
from django.urls import reverse

from articles.models import Topic, TopicSlugHistory
from tests.factories import StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db


def topic_url(topic: Topic) -> str:
    return reverse("admin:articles_topic_change", args=[topic.pk])


def test_renaming_a_topic_keeps_the_old_address_redirecting(
    editor_client, client, change_form_data
):
    topic = TopicFactory(name="Ukraine", slug="ukraine")
    StatementFactory(topics=[topic])
    data = change_form_data(editor_client.get(topic_url(topic)))
    data.update(name="Russia-Ukraine war", slug="russia-ukraine-war")

    response = editor_client.post(topic_url(topic), data)

    assert response.status_code == 302, response.context["errors"]
    assert TopicSlugHistory.objects.get(slug="ukraine").topic == topic
    old = client.get("/topics/ukraine/")
    assert (old.status_code, old["Location"]) == (301, "/topics/russia-ukraine-war/")


def test_a_topic_slug_that_redirects_to_another_topic_cannot_be_taken(
    editor_client, change_form_data
):
    other = TopicFactory(name="Fisheries", slug="fisheries-policy")
    TopicSlugHistory.objects.create(slug="fisheries", topic=other)
    topic = TopicFactory(name="Whaling", slug="whaling")
    data = change_form_data(editor_client.get(topic_url(topic)))
    data["slug"] = "fisheries"

    response = editor_client.post(topic_url(topic), data)

    assert response.status_code == 200
    assert "still redirects to another topic" in str(response.context["errors"])
    topic.refresh_from_db()
    assert topic.slug == "whaling"


def test_adding_a_topic_records_no_history(editor_client):
    response = editor_client.post(
        reverse("admin:articles_topic_add"),
        {"name": "Fisheries", "slug": "fisheries", "description": "", "keywords": "trawlers"},
    )
    assert response.status_code == 302, response.context["errors"]
    assert Topic.objects.filter(slug="fisheries").exists()
    assert not TopicSlugHistory.objects.exists()
