"""Round 28, dev recall with a split-half check: general constructions of reported speech
that the PolNeAR dev set's first half showed missed. Every story here is invented. Each
test failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def test_adverb_between_and_and_a_second_cue_keeps_the_request():
    # "urged A and repeatedly said, “B”": the quote is the second verb's, the request
    # before it is reported on its own (was lost inside a clause running to the quote)
    text = (
        "Coach Marta Lindqvist called a timeout with two minutes left. She urged her "
        'players to stay calm and repeatedly shouted, "Keep your heads."\n'
    )
    got = by_quote(text)
    request = got["to stay calm"]
    assert request.speaker == "Marta Lindqvist"
    assert request.cue == "urged"
    assert got["Keep your heads."].cue == "shouted"


def test_present_tense_adverb_conjunct_keeps_the_request():
    text = (
        "In the footage, ferry captain Ivo Brandt waves at the crowd on the quay. He then "
        'asks the passengers to stay below deck and loudly says, "Nobody moves until we dock."\n'
    )
    got = by_quote(text)
    assert got["to stay below deck"].speaker == "Ivo Brandt"
    assert got["Nobody moves until we dock."].cue == "says"


def test_later_between_and_and_a_cue_credits_the_second_cue():
    text = (
        "Senator Alma Reyes told reporters the vote would be close and later said, "
        '"We will have the numbers."\n'
    )
    got = by_quote(text)
    assert got["the vote would be close"].speaker == "Alma Reyes"
    assert got["We will have the numbers."].cue == "said"


def test_ly_adjective_before_a_noun_cue_keeps_the_clause():
    # guard: "a long and costly dispute" is a noun phrase, not "and" + adverb + verb
    text = (
        "Analyst Dana Okafor said the airline's shares reflected worries about a long and "
        "costly dispute rather than fear of a strike.\n"
    )
    got = by_quote(text)
    assert (
        "the airline's shares reflected worries about a long and costly dispute rather "
        "than fear of a strike"
    ) in got


def test_despite_assurances_that_reports_the_clause_with_no_source():
    text = "Despite assurances that the levee was sound, hundreds of families left the valley.\n"
    got = by_quote(text)
    statement = got["the levee was sound"]
    assert statement.speaker is None
    assert statement.source is None


def test_despite_repeated_warnings_that_reports_the_clause():
    text = (
        "Despite repeated warnings that the pier was unsafe, the council kept it open for "
        "the summer festival.\n"
    )
    got = by_quote(text)
    assert got["the pier was unsafe"].speaker is None


def test_amid_media_pronouncements_that_reports_the_clause():
    text = (
        "Amid media pronouncements that the merger was dead, the two boards met again on "
        "Thursday.\n"
    )
    got = by_quote(text)
    assert "the merger was dead" in got


def test_despite_assurances_that_opening_a_relative_is_no_clause():
    # guard: "assurances that were later withdrawn" is the noun and its relative clause
    text = "Despite assurances that were later withdrawn, the dam failed in March.\n"
    got = by_quote(text)
    assert "were later withdrawn" not in got
    assert not any(q.startswith("were") for q in got)
