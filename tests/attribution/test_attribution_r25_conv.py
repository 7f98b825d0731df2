"""Round 25, the lead's decision 10 (r25-conv): ``said A “…” but B`` is reported as
``said A “…” and B`` is: the partial and the other conjunct, same speaker and cue, kind
indirect.  Invented copy only."""

import pytest
from quote_lookup import by_quote

from articles.attribution import extract


def _conjunct(text: str, words: str):
    got = by_quote(text)
    s = got[words]
    return (s.speaker, s.cue, s.kind)


@pytest.mark.parametrize(
    ("text", "partial", "conjunct"),
    [
        # a modal after "but", no comma
        (
            'Councillor Maya Brandt said the ferry was "a lifeline for the island" but would '
            "not run in January.",
            "a lifeline for the island",
            "would not run in January",
        ),
        # a comma before "but"
        (
            "Finance chief Oren Klug said the company had seen “steady demand,” but would not "
            "commit to a forecast for next year.",
            "steady demand,",
            "would not commit to a forecast for next year",
        ),
        # an auxiliary after ", but"
        (
            "Head teacher Lydia Crane said the inspection had been ‘tough but fair’, but had "
            "not changed her plans for the school.",
            "tough but fair",
            "had not changed her plans for the school",
        ),
        # a past tense before "to"
        (
            'The striker, Joel Ampofo, said he felt "completely at home" but planned to '
            "return to Ghana one day.",
            "completely at home",
            "planned to return to Ghana one day",
        ),
    ],
)
def test_a_but_conjunct_after_a_partial_quote_is_reported(text, partial, conjunct):
    got = by_quote(text)
    assert got[partial].kind == "partial"
    speaker = got[partial].speaker
    assert speaker is not None
    assert _conjunct(text, conjunct) == (speaker, "said", "indirect")


def test_but_gives_what_and_gives():
    and_text = (
        'Senator Priya Nandakumar said the tariff plan raised "serious questions" and could '
        "not pass this year."
    )
    but_text = and_text.replace(" and could", " but could")
    assert _conjunct(and_text, "could not pass this year") == _conjunct(
        but_text, "could not pass this year"
    )
    comma_text = and_text.replace(" and could", ", but could")
    assert _conjunct(comma_text, "could not pass this year") == (
        "Priya Nandakumar",
        "said",
        "indirect",
    )


def test_a_cue_after_but_stays_a_statement_of_its_own():
    got = by_quote(
        'Mayor Ines Falk said the budget was "balanced at last," but warned that the library '
        "would close on Sundays."
    )
    assert got["balanced at last,"].kind == "partial"
    s = got["the library would close on Sundays"]
    assert (s.speaker, s.cue) == ("Ines Falk", "warned")


def test_but_that_without_a_quote_stays_one_statement():
    text = (
        "Port director Hal Emery said the new cranes were working well, but that the night "
        "shift was still short of staff."
    )
    spans = [s.quote for s in extract(text)]
    assert spans == [
        "the new cranes were working well, but that the night shift was still short of staff"
    ]


def test_but_before_a_new_subject_is_no_verb_phrase_conjunct():
    # "but the council …": a clause with its own subject, not a second verb phrase of
    # the speaker's clause; nothing of it is reported as the quote's conjunct
    text = (
        'Residents\' spokesman Colm Reidy said the plan was "a fair start" but the council '
        "had not consulted the farmers."
    )
    assert "had not consulted the farmers" not in by_quote(text)
