"""Probe round 13, recall of reported attitudes: invented wire copy whose intentions and
stances (PolNeAR-style indirect statements) came out missing."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def quotes(text):
    return [s.quote for s in extract(text)]


def test_intention_verbs_take_their_infinitive():
    s = by_quote("Senator Ruth Okafor intends to file a complaint with the labor board next week.")[
        "to file a complaint with the labor board next week"
    ]
    assert (s.speaker, s.kind, s.cue) == ("Ruth Okafor", "indirect", "intends")
    s = by_quote("Ms. Brandt, who ran the firm until May, is seeking to force a sale of the firm.")[
        "to force a sale of the firm"
    ]
    assert s.speaker == "Brandt"
    s = by_quote("The coalition, led by Denmark, aims to halve its emissions before 2030.")[
        "to halve its emissions before 2030"
    ]
    assert (s.source, s.cue) == ("The coalition", "aims")


def test_a_vote_to_act_is_the_body_s_decision():
    s = by_quote("The Senate Rules Committee voted 9-6 on Thursday to subpoena the former aide.")[
        "to subpoena the former aide"
    ]
    assert (s.speaker, s.cue) == ("Senate Rules Committee", "voted")
    assert quotes("Panel votes to hold mayor's aide in contempt.") == [
        "to hold mayor's aide in contempt"
    ]
    # a vote for a person or a bill is no statement
    assert quotes("Okafor voted for the budget in 2019.") == []
    assert quotes("The measure failed after the council voted it down.") == []
    assert quotes("He voted to the left of his party for years.") == []


def test_a_measure_s_purpose_is_no_one_s_intention():
    assert quotes("The bill aims to protect renters from eviction.") == []
    assert quotes("The new rules seek to curb short-term rentals in the old town.") == []
    s = by_quote("The tenants' union aims to protect renters from eviction.")[
        "to protect renters from eviction"
    ]
    assert s.cue == "aims"


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
