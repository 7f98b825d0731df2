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


# -- interview transcripts -----------------------------------------------------------


def test_question_and_answer_turns_go_to_interviewer_and_interviewee():
    text = (
        "Governor Helen Marsh told KXRB's Tom Whitaker in an interview on Friday that the "
        "state budget would balance.\n\n"
        "Q: Will you raise the gas tax this year?\n\n"
        "A: No. We can fix the roads with the money we already have.\n\n"
        "Q: Not even a small increase?\n\n"
        "A: Not a cent, and I told the legislature the same thing."
    )
    turns = [(s.quote, s.speaker, s.kind) for s in extract(text) if s.cue == ":"]
    assert turns == [
        ("Will you raise the gas tax this year?", "Tom Whitaker", "indirect"),
        ("No. We can fix the roads with the money we already have.", "Helen Marsh", "indirect"),
        ("Not even a small increase?", "Tom Whitaker", "indirect"),
        ("Not a cent, and I told the legislature the same thing.", "Helen Marsh", "indirect"),
    ]
    # a cue inside an answer is part of the turn, not a statement of its own
    assert not [s for s in extract(text) if s.source == "I"]


def test_answers_go_to_the_person_interviewed():
    text = (
        "In an interview with Dr. Samuel Okafor, the hospital's new chief, we asked about "
        "waiting times.\n\n"
        "Q: How long do patients wait today?\n\n"
        "A: Too long. Four hours on a bad night."
    )
    turns = [(s.quote, s.speaker) for s in extract(text) if s.cue == ":"]
    assert turns[1] == ("Too long. Four hours on a bad night.", "Samuel Okafor")
    assert turns[0][1] is None


def test_a_lone_q_label_is_not_a_transcript():
    text = "Q: What is the city's plan?\n\nThe council will vote on Tuesday."
    assert not [s for s in extract(text) if s.cue == ":"]
