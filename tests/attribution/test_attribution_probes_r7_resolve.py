"""Probe round 7 (resolving pronouns, descriptions, partial quotes): invented wire copy."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_she_is_not_a_man_known_by_a_common_first_name():
    s = by_quote(
        "Ron Hale, the mayor of Easton, defended the budget on Tuesday. “We balanced it,” she said."
    )["We balanced it,"]
    assert s.speaker is None and s.source == "she"
    s = by_quote(
        "Prime Minister Pedro Alonso opened the debate on Wednesday.\n\n"
        "Opposition leader Ana Ruiz accused him of hiding the figures. "
        "“This is a cover-up,” she told reporters."
    )["This is a cover-up,"]
    assert s.speaker == "Ana Ruiz" and s.role == "Opposition leader"


def test_a_quoted_term_is_nobody_a_pronoun_can_mean():
    s = by_quote(
        "The president unveiled his so-called “Freedom Plan” on Monday. "
        "He said it would create a million jobs."
    )["it would create a million jobs"]
    assert s.speaker is None and s.source == "He"
