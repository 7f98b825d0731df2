"""Probe round 6 (speakers, roles, organisations, pronouns): invented wire-copy sentences."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_function_word_surnames_after_a_first_name_or_honorific():
    s = by_quote("Columnist Ray Will wrote that the party had lost its way.")[
        "the party had lost its way"
    ]
    assert s.speaker == "Ray Will" and s.role == "Columnist"
    s = by_quote("Ms. May said the vote was a mistake.")["the vote was a mistake"]
    assert s.speaker == "May" and s.speaker_type == "person"
    # the surname alone, right before an inflected reporting verb
    s = by_quote(
        "Columnist Ray Will wrote that the party had lost its way. "
        "Will added that voters were tired."
    )["voters were tired"]
    assert s.speaker == "Ray Will" and s.source == "Will"
