"""Probe round 11, the lead's second pass (after the helpers' branches were merged):
invented obituary, court and local copy."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_a_prepositional_cue_after_a_determiner_and_an_adjective_is_a_noun():
    text = (
        "Colleagues remembered him as a fierce defender of civil liberties and a tireless "
        "advocate for the state's dairy farmers."
    )
    assert extract(text) == []
    s = by_quote("The group has long advocated for the state's dairy farmers.")[
        "the state's dairy farmers"
    ]
    assert s.source == "The group"
