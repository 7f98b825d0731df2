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


def test_who_leads_or_leader_of_a_body_named_without_an_organisation_word():
    s = by_quote("“This is a scandal,” said Mara Lenoir, who leads the National Rally.")[
        "This is a scandal,"
    ]
    assert s.speaker == "Mara Lenoir"
    assert s.role == "leader" and s.organization == "National Rally"
    s = by_quote("“We will win,” said Tom Reed, leader of the far-right Alternative for Germany.")[
        "We will win,"
    ]
    assert s.role == "leader" and s.organization == "Alternative for Germany"
    # a capitalised modifier of a common noun is no body
    s = by_quote("Tom Ruiz, who leads the Pennsylvania delegation, said the vote was rigged.")[
        "the vote was rigged"
    ]
    assert s.role is None and s.organization is None
