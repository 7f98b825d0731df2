"""Probe round 21 A (bench/probes/r21a: a White House briefing on a tariff threat, a
government-shutdown standoff, a drought emergency): the general error classes found
there, each tested on invented copy that differs from the probe articles. Each test
failed before its rule (guards say so)."""

from quote_lookup import by_quote


def test_a_quote_in_a_second_verb_phrase_of_a_reported_clause_is_the_reporters():
    # "X said the mayor had asked A and would consider “…”": the quote is the object of
    # "consider" in the clause's second verb phrase, not of the inner "asked"; the one
    # who says it is X
    text = (
        "Council weighs curfew\n\n"
        "Mayor Gerald Pike met business owners on Monday.\n\n"
        "His chief of staff, Owen Marsh, said the mayor had asked police to review the "
        "incidents and would consider “every option on the table” if they continued.\n"
    )
    got = by_quote(text)
    assert got["every option on the table"].speaker == "Owen Marsh"
    text2 = text.replace("asked police", "asked the county sheriff")
    got = by_quote(text2)
    assert got["every option on the table"].speaker == "Owen Marsh"


def test_the_one_a_spokesperson_speaks_for_does_not_take_the_spokespersons_title():
    # "A spokesman for Pike, Owen Marsh, said": the title is Marsh's; the mayor keeps his
    text = (
        "Mayor orders water cuts\n\n"
        "Mayor Gerald Pike ordered new water restrictions on Monday.\n\n"
        "A spokesman for Pike, Owen Marsh, said the restrictions would last until October.\n\n"
        "Asked whether fines were coming, Pike told reporters: “Not yet.”\n"
    )
    got = by_quote(text)
    assert got["the restrictions would last until October"].speaker == "Owen Marsh"
    assert got["the restrictions would last until October"].role == "spokesman"
    assert got["Not yet."].speaker == "Gerald Pike"
    assert got["Not yet."].role == "Mayor"
