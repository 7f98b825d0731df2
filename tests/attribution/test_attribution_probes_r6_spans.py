"""Probe round 6 (spans, cue objects, junk statements): invented wire-style sentences for
reported clauses after a listener and a time phrase, -ing words inside roles, interview
transcripts and content ends."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_listener_and_time_phrase_end_before_that():
    for listener in (
        "the paper last year",
        "reporters on Monday",
        "the committee in March",
        "a news conference this week",
        "the council in a letter on Friday",
    ):
        ss = by_quote(f"The mayor told {listener} that the stadium would never be built.")
        s = ss.get("the stadium would never be built")
        assert s is not None and s.cue.startswith("told") and s.source == "The mayor", listener
    # a second noun phrase without a preposition is the reported clause's subject
    ss = by_quote("Witnesses told police the car that hit him was red.")
    assert "the car that hit him was red" in ss


def test_possessive_her_before_listener_nouns_and_a_time_phrase():
    ss = by_quote("Senator Ruth Oakes told her aides on Monday that she would not run again.")
    s = ss["she would not run again"]
    assert s.cue == "told" and s.speaker == "Ruth Oakes" and s.role == "Senator"
    ss = by_quote("Senator Ruth Oakes told her on Monday that she would not run again.")
    assert ss["she would not run again"].cue == "told her"


def test_ing_word_inside_a_role_is_no_cue():
    ss = by_quote("“We are not moving,” said Tom Ruiz, creative writing teacher.")
    assert list(ss) == ["We are not moving,"]
    assert ss["We are not moving,"].speaker == "Tom Ruiz"
    ss = by_quote("Tom Ruiz, creative writing teacher, said the school would stay open.")
    assert list(ss) == ["the school would stay open"]
    # a titled name after the -ing verb is its object
    ss = by_quote("The principal was telling coach Ames that the season was over.")
    assert ss["the season was over"].cue == "telling"
