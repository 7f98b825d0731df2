"""A statement found through another name of its person (an alias) marks the person's
name: the name shown does not contain the word typed, and nothing else said why."""

import pytest

from articles import services
from tests.factories import PersonFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mayor():
    person = PersonFactory(name="Olek Varga", slug="olek-varga")
    services.add_alias(person=person, name="Oleksandr Wargha")
    StatementFactory(person=person, speaker_name="the mayor", quote="The bridge stays open")


def speaker_lines(client, query: str) -> list[str]:
    response = client.get("/", {"q": query})
    return [str(statement.speaker_html) for statement in response.context["page"]]


@pytest.mark.parametrize("query", ["Wargha", "wargha bridge", "Oleksandr"])
def test_a_statement_found_through_an_alias_marks_the_persons_name(client, mayor, query):
    assert speaker_lines(client, query) == ["<mark>Olek Varga</mark>"]


def test_the_name_itself_or_the_quote_marks_as_before(client, mayor):
    assert speaker_lines(client, "varga") == ["Olek <mark>Varga</mark>"]
    assert speaker_lines(client, "bridge") == ["Olek Varga"]
