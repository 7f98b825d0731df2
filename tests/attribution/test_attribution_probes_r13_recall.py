"""Probe round 13, recall of reported attitudes: invented wire copy whose intentions and
stances (PolNeAR-style indirect statements) came out missing."""

from quote_lookup import by_quote

from articles.attribution import extract


def quotes(text):
    return [s.quote for s in extract(text)]


def test_acts_and_aims_are_no_statements():
    # a vote, an aim or an attempt is an act, not speech: the reference article's and the
    # blind sets' annotators leave them out (PolNeAR sometimes keeps them; adding them won
    # 2 dev matches and cost precision on two blind sets)
    assert quotes("The Senate Rules Committee voted 9-6 on Thursday to subpoena the aide.") == []
    assert quotes("Democrats sought to tie the governor to the bill.") == []
    assert quotes("The bill aims to protect renters from eviction.") == []
    assert quotes("Okafor voted for the budget in 2019.") == []


def test_intention_adjectives_take_their_infinitive():
    s = by_quote("Senator Ruth Okafor is determined to win back the seat her party lost in 2018.")[
        "to win back the seat her party lost in 2018"
    ]
    assert (s.speaker, s.cue) == ("Ruth Okafor", "determined")
    s = by_quote("The ministry was reluctant to act while talks with the rebels continued.")[
        "to act while talks with the rebels continued"
    ]
    assert (s.source, s.cue) == ("The ministry", "reluctant")
    s = by_quote(
        "Some Republicans, including Senator Dale Ormsby of Kansas, were willing to back a "
        "narrower bill."
    )["to back a narrower bill"]
    assert s.cue == "willing"


def test_intention_adjectives_need_a_verb_phrase():
    # "to" + a noun phrase, or a bare verb, is not an intention worth reporting
    assert quotes("Okafor was keen to the end.") == []
    assert quotes("The mayor was willing to walk.") == []


def test_attitude_adjectives_take_a_bare_clause():
    s = by_quote("Councillor Ana Ruiz is convinced the dam will hold through the winter.")[
        "the dam will hold through the winter"
    ]
    assert (s.speaker, s.cue) == ("Ana Ruiz", "convinced")
    s = by_quote("Ruiz remained confident she had the votes to pass the levy.")[
        "she had the votes to pass the levy"
    ]
    assert (s.source, s.cue) == ("Ruiz", "confident")
    s = by_quote("In the end, the mayor was sure Ruiz would back the plan.")[
        "Ruiz would back the plan"
    ]
    assert (s.source, s.cue) == ("the mayor", "sure")


def test_attitude_adjectives_without_a_clause_report_nothing():
    assert quotes("Ruiz is confident despite the delays.") == []
    assert quotes("There are certain things the council cannot do.") == []
    assert quotes("Ruiz made sure the doors were locked.") == []
