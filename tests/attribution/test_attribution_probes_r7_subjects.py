"""Probe round 7 (who is the subject: noun phrases, appositives, roles): invented wire copy."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_title_of_a_place_or_organisation_is_an_unnamed_source_not_the_place():
    s = by_quote("The mayor of Portland said the city would appeal the ruling.")[
        "the city would appeal the ruling"
    ]
    assert s.speaker is None and s.source == "The mayor of Portland"
    s = by_quote("The chief executive of Acme Corp said profits would rise.")["profits would rise"]
    assert s.speaker is None and s.source == "The chief executive of Acme Corp"
    assert s.organization == "Acme Corp"
    # the one chief executive of that company the article names
    s = by_quote(
        "Acme Corp chief executive Dana Holt met analysts on Monday. "
        "The chief executive of Acme Corp said profits would rise."
    )["profits would rise"]
    assert s.speaker == "Dana Holt" and s.role == "chief executive"
    assert s.organization == "Acme Corp"
    # another company's chief executive is not that person
    s = by_quote(
        "Zenit Inc chief executive Dana Holt met analysts on Monday. "
        "The chief executive of Acme Corp said profits would rise."
    )["profits would rise"]
    assert s.speaker is None and s.organization == "Acme Corp"
