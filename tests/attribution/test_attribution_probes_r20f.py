"""Probe round 20 F (bench/probes/r20f: a teachers' strike, a hospital ransomware attack,
UN climate talks): the general error classes found there, each tested on invented copy
that differs from the probe articles. Each test failed before its rule (guards say so)."""

from quote_lookup import by_quote


def test_she_added_after_a_paragraph_goes_on_with_the_speaker_found_through_she():
    # the last to speak was found through "she said" (no named speaker event there); an
    # earlier woman named as a speaker ("Ms Pryce told") is not the one who adds
    text = (
        "Library closures divide city\n\n"
        "The culture secretary, Joanna Pryce, said the closures were a mistake. ‘This is a "
        "false economy,’ Ms Pryce told reporters.\n\n"
        "Tom Ellery, the council leader, said the city had no choice.\n\n"
        "Margaret Osei, who runs the Hillside reading group, was at the library at opening "
        "time. ‘We have nowhere else to meet,’ she said.\n\n"
        "The library is due to close at the end of March, along with four others.\n\n"
        "‘They will not know what they have lost until it has gone,’ she added.\n"
    )
    got = by_quote(text)
    assert got["We have nowhere else to meet,"].speaker == "Margaret Osei"
    assert got["They will not know what they have lost until it has gone,"].speaker == (
        "Margaret Osei"
    )


def test_the_union_after_a_speech_outside_the_town_hall_is_the_union_named_before():
    # "the City Hall" between the union's name and "The union says" is a building, not
    # another body the union could be
    text = (
        "Bus drivers walk out\n\n"
        "Sean Doherty, the general secretary of the Amalgamated Transport Workers, said "
        "drivers had run out of patience.\n\n"
        "Addressing a rally outside City Hall, he said: ‘We did not choose this fight.’\n\n"
        "The union says more than 900 drivers will take part.\n"
    )
    got = by_quote(text)
    assert got["more than 900 drivers will take part"].speaker == "Amalgamated Transport Workers"


def test_a_present_verb_after_and_under_a_past_cue_goes_on_with_the_clause():
    # "and then warns": a present verb after a past cue continues the reported clause's
    # subject (the speaker's own next act would be past: "and warned")
    text = (
        "Drought hits farmers\n\n"
        "Paula Reyes, an agronomist at Cerro Seeds, said the disease usually spreads through "
        "the leaves first and then threatens the whole crop.\n"
    )
    got = by_quote(text)
    statement = got[
        "the disease usually spreads through the leaves first and then threatens the whole crop"
    ]
    assert statement.speaker == "Paula Reyes"


def test_a_past_act_after_and_is_still_the_speakers_own_act():
    # guard: "and warned that …" after a past cue stays the speaker's second act
    text = (
        "Drought hits farmers\n\n"
        "Paula Reyes, an agronomist at Cerro Seeds, said the disease spreads through the "
        "leaves and warned that farmers should spray early.\n"
    )
    got = by_quote(text)
    assert got["farmers should spray early"].speaker == "Paula Reyes"


def test_a_quoted_summary_appositive_leaves_the_reported_clause_its_own_statement():
    # ", a task she expected to last “…”": the quote sums up the clause before the comma,
    # which is reported on its own
    text = (
        "Bridge reopens after repairs\n\n"
        "Transport director Elena Vogt said divers had inspected the piers, a task she "
        'expected to last "most of the spring."\n'
    )
    got = by_quote(text)
    assert got["divers had inspected the piers"].speaker == "Elena Vogt"
    assert got["most of the spring."].speaker == "Elena Vogt"


def test_two_verb_phrases_before_a_quoted_summary_appositive_stay_one_statement():
    text = (
        "Bridge reopens after repairs\n\n"
        "Transport director Elena Vogt said divers had inspected the piers and were "
        'replacing two bearings, a repair she described as "overdue by a decade."\n'
    )
    got = by_quote(text)
    statement = got["divers had inspected the piers and were replacing two bearings"]
    assert statement.speaker == "Elena Vogt"


def test_a_lay_trade_at_talks_abroad_is_the_host_countrys_local():
    # at a meeting of several countries' ministers, "a coffee farmer" or "a market trader"
    # with no place of origin is a local (delegates come with an office)
    text = (
        "Trade talks end without deal\n\n"
        "ACCRA (AFP) - Talks between West African and European trade ministers ended without "
        "agreement on Friday.\n\n"
        '"We gave everything we had," France\'s trade minister Luc Perrin told reporters.\n\n'
        "Nigeria's Foreign Minister Ada Okafor said the talks would resume in June.\n\n"
        '"We sell our cocoa at a loss every year," said Kofi Asante, a cocoa grower.\n\n'
        '"Nobody here asked us," said Ama Boateng, a market trader.\n'
    )
    got = by_quote(text)
    assert got["We sell our cocoa at a loss every year,"].country == "GH"
    assert got["Nobody here asked us,"].country == "GH"
    assert got["We gave everything we had,"].country == "FR"  # guard
