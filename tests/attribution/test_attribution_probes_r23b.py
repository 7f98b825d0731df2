"""Probe round 23 B (bench/probes/r23b: an African Union summit on a coup, an Arctic
fisheries row, a lithium takeover in the Andes): the general error classes found there in
the country of speakers outside the US, each tested on invented copy that differs from the
probe articles. Each test failed before its rule."""

from quote_lookup import by_quote


def test_a_national_capital_speaking_for_its_government_has_that_country():
    # "Accra said", "La Paz said": a capital the lexicon lacked was read as a body named
    # "Accra" (organisation, no country) or as a speaker of no country
    text = (
        "Border reopens\n\n"
        "Lorries queued at the crossing on Sunday as the border reopened after a week.\n\n"
        "Nairobi said it would send a trade delegation within a month.\n\n"
        "Quito said the talks had been useful.\n"
    )
    got = by_quote(text)
    nairobi = got["it would send a trade delegation within a month"]
    assert (nairobi.speaker, nairobi.country, nairobi.organization) == ("Nairobi", "KE", None)
    quito = got["the talks had been useful"]
    assert (quito.speaker, quito.country, quito.organization) == ("Quito", "EC", None)


def test_a_speaker_in_a_fronted_capital_is_of_its_country_under_a_summit_dateline():
    # a summit abroad gives its foreign voices no dateline country; "In <capital>, X …
    # said" places the speaker, and his later statements keep it
    text = (
        "Leaders condemn mutiny\n\n"
        "GENEVA (Reuters) — Ministers from Ghana and Kenya condemned the mutiny on Monday.\n\n"
        "Ghana's foreign minister, Kofi Mensah-Boateng, said the soldiers must return to "
        "barracks.\n\n"
        "Kenyan Foreign Minister Ruth Wambui said Nairobi would back sanctions.\n\n"
        "In Bamako, Major Oumar Keita, a spokesman for the mutineers, said the soldiers "
        "would hand over power within a year.\n\n"
        '"We are not politicians," Keita said.\n'
    )
    got = by_quote(text)
    assert got["the soldiers would hand over power within a year"].country == "ML"
    assert got["We are not politicians,"].country == "ML"
    assert got["the soldiers must return to barracks"].country == "GH"


def test_a_fronted_capital_gives_no_country_to_an_international_bodys_officer():
    text = (
        "Aid resumes\n\n"
        "In Kampala, Grace Achieng, a spokeswoman for the World Food Programme, said "
        "deliveries would resume on Friday.\n"
    )
    got = by_quote(text)
    assert got["deliveries would resume on Friday"].country is None


def test_a_demonym_and_a_trade_before_a_body_named_by_its_head_word_give_its_country():
    # "the Canadian miner Tarlow Resources said": the demonym was read before
    # "Mitsuda"-like one-word names only, not before a name ending in "Resources"
    text = (
        "Mine sale\n\n"
        "The Canadian miner Tarlow Resources said it would sell its copper mine.\n\n"
        "Korean supplier Hanbit Industries said it would buy the mine.\n"
    )
    got = by_quote(text)
    assert got["it would sell its copper mine"].country == "CA"
    assert got["it would buy the mine"].country == "KR"


def test_a_foreign_parent_company_keeps_its_country_and_is_no_sign_of_a_summit():
    # a local unit "of the Canadian miner Y", then "Y said" and "Its chief executive, X":
    # Y and X are Canadian, and two foreign voices of a company are no summit that would
    # take the dateline's country from the local voices
    text = (
        "Gold royalties to double\n\n"
        "BOGOTA (AP) — The government proposed higher gold royalties on Tuesday.\n\n"
        "Finance Minister Ana Ruiz said the state would collect twice as much.\n\n"
        "Venezuela's mining minister, Luis Mora, said Caracas would study the plan.\n\n"
        "Andina Oro, the Colombian unit of the Canadian miner Tarlow Resources, said it "
        "would keep paying its staff.\n\n"
        "In a filing, Tarlow said the mine was its largest.\n\n"
        "Its chief executive, Mark Bellamy, said the company would go to court.\n\n"
        "The Sintraoro miners' union said the town needed the jobs.\n"
    )
    got = by_quote(text)
    assert got["the mine was its largest"].country == "CA"
    assert got["the company would go to court"].country == "CA"
    assert got["it would keep paying its staff"].country == "CO"
    assert got["the state would collect twice as much"].country == "CO"
    assert got["the town needed the jobs"].country == "CO"
