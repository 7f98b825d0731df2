"""Speakers and quote kinds (round 2): hand-written sentences."""

from articles.attribution import extract


def kinds(text):
    return [(s.quote, s.kind, s.speaker) for s in extract(text) if s.kind != "indirect"]


# -- quote kind ----------------------------------------------------------------------


def test_lower_case_quote_after_a_comma_in_a_reported_clause_is_partial():
    text = (
        "Maria Lopez, the city treasurer, said that if the levy passed, “the schools would "
        "get their buses back by spring.”"
    )
    assert ("the schools would get their buses back by spring.", "partial", "Maria Lopez") in kinds(
        text
    )


def test_quote_after_that_and_a_comma_is_partial():
    text = "Senator Paul Hanley wrote that, “We cannot wait another year for this bridge.”"
    assert kinds(text)[0][1] == "partial"


def test_lower_case_second_half_of_a_split_quote_stays_direct():
    text = "“We will finish the road,” Mayor Ann Kerr said, “and we will do it on budget.”"
    assert [k for _, k, _ in kinds(text)] == ["direct", "direct"]


# -- work titles ---------------------------------------------------------------------


def test_lower_case_predicate_after_a_work_noun_is_a_partial_quote():
    text = (
        "The publisher's chief executive, Lena Varga, called the novel "
        "“a brave look at a town that lost its mill.”"
    )
    assert ("a brave look at a town that lost its mill.", "partial", "Lena Varga") in kinds(text)


def test_title_case_title_after_a_work_noun_is_not_a_quote():
    text = "In his new book, “Roads Not Taken,” Governor Eli Stone describes his childhood."
    assert not [q for q, _, _ in kinds(text) if q.startswith("Roads")]
