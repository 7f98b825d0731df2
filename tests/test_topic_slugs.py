"""Renaming a topic's slug keeps its old addresses working: the page, its feed and the
`topic` filter of lists (a 301 to the new address, or the same statements)."""

import pytest

from articles import services
from articles.models import Topic, TopicSlugHistory
from tests.factories import StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db


def rename(topic: Topic, slug: str) -> Topic:
    topic.slug = slug
    return services.save_topic(topic=topic)


def test_a_changed_slug_is_remembered_for_the_topic():
    topic = TopicFactory(name="Ukraine war", slug="ukraine-war")
    rename(topic, "russia-ukraine-war")
    assert TopicSlugHistory.objects.get(slug="ukraine-war").topic == topic
    assert str(TopicSlugHistory.objects.get()) == "ukraine-war → russia-ukraine-war"


def test_saving_without_a_slug_change_or_a_new_topic_records_nothing():
    topic = services.save_topic(topic=Topic(name="Fisheries", slug="fisheries"))
    topic.description = "Boats and quotas"
    services.save_topic(topic=topic)
    assert not TopicSlugHistory.objects.exists()


def test_taking_back_an_old_slug_makes_it_live_again():
    topic = TopicFactory(name="Whaling", slug="whaling")
    rename(topic, "tariffs")
    rename(topic, "whaling")
    assert list(TopicSlugHistory.objects.values_list("slug", flat=True)) == ["tariffs"]
    rename(topic, "customs")
    assert sorted(topic.old_slugs.values_list("slug", flat=True)) == ["tariffs", "whaling"]


def test_a_slug_that_is_or_was_another_topics_cannot_be_taken():
    other = TopicFactory(name="Fisheries", slug="fisheries")
    rename(other, "fisheries-policy")
    topic = TopicFactory(name="Whaling", slug="whaling")
    with pytest.raises(services.SlugTaken, match="still redirects to another topic"):
        rename(topic, "fisheries")
    with pytest.raises(services.SlugTaken, match="belongs to another topic"):
        rename(topic, "fisheries-policy")
    with pytest.raises(services.SlugTaken, match="still redirects"):
        services.save_topic(topic=Topic(name="Fisheries again", slug="fisheries"))


def test_the_old_topic_page_redirects_permanently_with_its_filters(client):
    topic = TopicFactory(name="Ukraine", slug="ukraine")
    StatementFactory(topics=[topic])
    rename(topic, "ukraine-war")

    response = client.get("/topics/ukraine/", {"country": "EE"})

    assert response.status_code == 301
    assert response["Location"] == "/topics/ukraine-war/?country=EE"
    assert client.get(response["Location"]).status_code == 200
    assert client.get("/topics/never-was/").status_code == 404


def test_the_old_topic_feed_redirects_permanently(client):
    topic = TopicFactory(name="Ukraine", slug="ukraine")
    StatementFactory(topics=[topic])
    rename(topic, "ukraine-war")

    response = client.get("/topics/ukraine/feed/", {"q": "talks"})

    assert response.status_code == 301
    assert response["Location"] == "/topics/ukraine-war/feed/?q=talks"
    assert client.get(response["Location"]).status_code == 200
    assert client.get("/topics/never-was/feed/").status_code == 404


def test_lists_filtered_by_an_old_topic_slug_keep_their_statements(client):
    topic = TopicFactory(name="Ukraine", slug="ukraine")
    StatementFactory(topics=[topic], quote="On Ukraine")
    StatementFactory(topics=[TopicFactory(name="Energy")], quote="On energy")
    rename(topic, "ukraine-war")

    for slug in ("ukraine", "ukraine-war"):
        response = client.get("/", {"topic": slug})
        assert [s.quote for s in response.context["page"]] == ["On Ukraine"], slug
    assert list(client.get("/", {"topic": "never-was"}).context["page"]) == []


def test_a_new_topic_with_an_old_slug_of_its_own_name_is_refused_not_hijacked(client):
    topic = TopicFactory(name="Ukraine", slug="ukraine")
    StatementFactory(topics=[topic])
    rename(topic, "ukraine-war")
    with pytest.raises(services.SlugTaken):
        services.save_topic(topic=Topic(name="Ukraine", slug="ukraine"))
    assert client.get("/topics/ukraine/").status_code == 301
