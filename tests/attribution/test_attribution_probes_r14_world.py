"""Probe round 14, world news: invented diplomacy, courts and non-US politics copy
whose speakers, roles or spans came out wrong."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_portfolio_titles_joined_by_and_stay_one_title():
    for text, name, role in [
        (
            "Work and Pensions Secretary Liz Harlow told parliament the plan was fair.",
            "Liz Harlow",
            "Work and Pensions Secretary",
        ),
        (
            "Ontario's municipal affairs minister, Rob Tallis, said the plan was fair.",
            "Rob Tallis",
            "municipal affairs minister",
        ),
        (
            "Indigenous Services Minister Mara Quill said the plan was fair.",
            "Mara Quill",
            "Indigenous Services Minister",
        ),
    ]:
        s = by_quote(text)["the plan was fair"]
        assert (s.speaker, s.speaker_type, s.role) == (name, "person", role)
    s = by_quote(
        "The Liberal Democrats' work and pensions spokesperson, Steve Dorran, said the "
        "plan was fair."
    )["the plan was fair"]
    assert (s.speaker, s.role, s.organization) == (
        "Steve Dorran",
        "work and pensions spokesperson",
        "Liberal Democrats",
    )


def test_a_relative_of_a_titled_person_is_no_speaker_of_that_name():
    for text in [
        "The widow of Captain Paul Lemaire said the sentence was too short.",
        "The son of Sgt. Ann Rusk said the sentence was too short.",
        "The daughter of Mayor Ann Rusk told reporters the sentence was too short.",
        "In a statement read in court, the widow of Captain Paul Lemaire said the "
        "sentence was too short.",
    ]:
        s = by_quote(text)["the sentence was too short"]
        assert s.speaker is None, text
        assert s.source.lower().startswith("the "), text
        assert s.organization is None, text


def test_a_person_of_a_described_body_is_the_speaker():
    for text, org in [
        (
            "Political analyst Carlos Mendes of Insper business school said the results "
            "were mixed.",
            "Insper",
        ),
        (
            "Analyst Ana Lisboa of consultancy Eurasia Group said the results were mixed.",
            "Eurasia Group",
        ),
        (
            "Ana Lisboa of the think tank Chatham House said the results were mixed.",
            "Chatham House",
        ),
        ("Ana Lisboa at the broker Fenwick Hale said the results were mixed.", "Fenwick Hale"),
    ]:
        s = by_quote(text)["the results were mixed"]
        assert (s.speaker_type, s.organization) == ("person", org), text
        assert s.speaker in {"Carlos Mendes", "Ana Lisboa"}, text
    # the body alone still speaks
    s = by_quote("The think tank Chatham House said the results were mixed.")[
        "the results were mixed"
    ]
    assert (s.speaker, s.speaker_type) == ("Chatham House", "organization")


def test_accused_of_modifies_the_subject():
    text = (
        "A former mayor accused of taking bribes from developers told a jury on "
        "Thursday that he had never taken money."
    )
    s = by_quote(text)["he had never taken money"]
    assert (s.speaker, s.source, s.cue) == (
        None,
        "A former mayor accused of taking bribes from developers",
        "told",
    )
    s = by_quote("A man accused of killing two firefighters told the court he was sorry.")[
        "he was sorry"
    ]
    assert (s.speaker, s.source) == (None, "A man accused of killing two firefighters")
    s = by_quote("A nurse charged with stealing drugs from patients said she was innocent.")[
        "she was innocent"
    ]
    assert s.source == "A nurse charged with stealing drugs from patients"
    s = by_quote("Tom Rusk, accused of killing two firefighters, told the court he was sorry.")[
        "he was sorry"
    ]
    assert (s.speaker, s.role) == ("Tom Rusk", None)
    # the active verb and the passive with "be" are as before
    assert "him of lying" in by_quote("Prosecutors accused him of lying.")
    assert "hurting civilians" in by_quote("Peacekeepers have been accused of hurting civilians.")
