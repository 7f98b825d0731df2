"""Coordinated and split reported clauses: "said A and that B", "said A, adding that B",
"confirmed A, but warned that B", "The ruling, he said, sends …" (hand-written sentences)."""

from articles.attribution import extract


def spans(text, **kw):
    return [
        (s.kind, s.quote, s.speaker)
        for s in extract(text, **kw)
        if s.speaker is not None or s.source is not None
    ]


def test_quote_then_and_that_clause_is_its_own_statement():
    text = (
        'Union leader Marco Teller said the offer was "an insult to every worker" '
        "and that no vote would be held this week."
    )
    assert spans(text) == [
        ("partial", "an insult to every worker", "Marco Teller"),
        ("indirect", "no vote would be held this week", "Marco Teller"),
    ]


def test_quote_then_comma_and_that_clause():
    text = (
        "Ana Ruiz, the council's budget chief, said that the plan was “dead on arrival,” "
        "and that she would vote against it on Tuesday."
    )
    out = spans(text)
    assert ("indirect", "she would vote against it on Tuesday", "Ana Ruiz") in out
    assert out[0][0] == "partial"


def test_quote_inside_first_clause_then_and_that():
    text = (
        "Kurt Lind, an adviser to the campaign, said that the team was “taking a hard look” "
        "at the credits, and that the plan did not try to close every loophole."
    )
    out = spans(text)
    assert ("indirect", "the plan did not try to close every loophole", "Kurt Lind") in out


def test_and_that_clause_with_its_own_quote_is_not_split_off():
    text = 'Teller said the deal was "dead" and that the strike would go on "for weeks."'
    kinds = [k for k, _, _ in spans(text)]
    assert "indirect" not in kinds


def test_clause_convention_keeps_one_clause():
    # PolNeAR annotates "said A “…” and that B" as one partial statement
    text = (
        'Union leader Marco Teller said the offer was "an insult to every worker" '
        "and that no vote would be held this week."
    )
    out = spans(text, partial_spans="clause")
    assert len(out) == 1 and out[0][0] == "partial"
    assert out[0][1].endswith("no vote would be held this week")


def test_unquoted_and_that_stays_one_statement():
    # the gold (PolNeAR) keeps "said A and that B" without quotes as one statement
    text = "Police said a second device was found near the station and that the area was cleared."
    assert spans(text) == [
        (
            "indirect",
            "a second device was found near the station and that the area was cleared",
            None,
        )
    ]


def test_first_clause_before_second_cue_with_quote():
    text = (
        "Teller said that the company had refused to negotiate and called the offer "
        '"a slap in the face."'
    )
    out = spans(text)
    assert ("indirect", "the company had refused to negotiate", "Teller") in out
    assert any(k == "partial" and q.startswith("a slap in the face") for k, q, _ in out)


def test_but_warned_that_is_a_second_statement():
    text = (
        "The transport minister, Karin Holm, confirmed the bridge would close for repairs, "
        "but warned that the work could take two years."
    )
    assert spans(text) == [
        ("indirect", "the bridge would close for repairs", "Karin Holm"),
        ("indirect", "the work could take two years", "Karin Holm"),
    ]


def test_adding_that_is_a_second_statement():
    text = (
        "Finance Minister Karin Holm said the budget was tight, adding that the ministry "
        "would seek extra funds in the spring."
    )
    assert spans(text) == [
        ("indirect", "the budget was tight", "Karin Holm"),
        ("indirect", "the ministry would seek extra funds in the spring", "Karin Holm"),
    ]


def test_fronted_half_before_inserted_cue():
    text = (
        "Judge Alma Reyes ruled on Monday. The ruling, she said, sends a clear message "
        "to builders who cut corners."
    )
    out = spans(text)
    assert ("indirect", "The ruling", "Alma Reyes") in out
    assert ("indirect", "sends a clear message to builders who cut corners", "Alma Reyes") in out


def test_first_conjunct_before_and_that_with_quote():
    text = (
        "Union leader Marco Teller said members would strike on Monday and that the offer "
        'was "an insult to every worker."'
    )
    out = spans(text)
    assert ("indirect", "members would strike on Monday", "Marco Teller") in out
    assert [k for k, _, _ in out] == ["indirect", "partial"]


def test_quote_after_adjunct_then_and_that():
    text = (
        "The company's chief executive, Lena Ortiz, added that demand from retailers "
        'remained "very strong" and that the company would keep hiring in Ohio.'
    )
    out = spans(text)
    assert ("indirect", "the company would keep hiring in Ohio", "Lena Ortiz") in out
    assert ("partial", "very strong", "Lena Ortiz") in out


def test_relative_clause_with_its_own_cue_ends_the_clause():
    text = (
        "The family lawyer, Ed Marsh, said the video does not show whether the man held "
        "anything in his hands, which he said were at his sides when he was shot."
    )
    out = spans(text)
    assert out[0] == (
        "indirect",
        "the video does not show whether the man held anything in his hands",
        "Ed Marsh",
    )


def test_and_new_group_subject_with_cue_ends_the_clause():
    text = (
        "The minister said that the reforms were not complete, and human rights groups "
        "warned that the government was losing leverage over the army."
    )
    out = [(k, q) for k, q, _ in spans(text)]
    assert out == [
        ("indirect", "the reforms were not complete"),
        ("indirect", "the government was losing leverage over the army"),
    ]
