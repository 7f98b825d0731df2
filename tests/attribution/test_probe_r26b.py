"""Round 26, probe r26b's training errors (the organisation of each speaker): general
classes of affiliation, each tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_who_leads_a_team_at_a_body_gives_the_body_and_its_city_no_role():
    # "X, who leads the … team / group at Y in CITY,": a part of Y (organisation Y, the
    # city's country; no title of Y's)
    got = by_quote(
        "Battery prices to fall\n\n"
        "Marek Nowak, who leads the battery research team at the consultancy Voltaris "
        "Analytics in Warsaw, said prices would fall next year.\n\n"
        "Ines Duarte, who leads the corrosion group at the Ostrava Institute for Materials "
        "in Brno, Czech Republic, said the bridge was safe.\n\n"
        "Lauri Kallio, who leads the Nordic energy team at research firm Pohjola Insights "
        "in Helsinki, said demand had peaked.\n"
    )
    nowak = got["prices would fall next year"]
    assert (nowak.organization, nowak.country, nowak.role) == ("Voltaris Analytics", "PL", None)
    duarte = got["the bridge was safe"]
    assert duarte.organization == "Ostrava Institute for Materials"
    assert (duarte.country, duarte.role) == ("CZ", None)
    kallio = got["demand had peaked"]
    assert (kallio.organization, kallio.country, kallio.role) == ("Pohjola Insights", "FI", None)


def test_who_leads_a_body_itself_keeps_its_office():
    # (a body led, not a part of one: unchanged)
    got = by_quote(
        "Party vows reform\n\nAnna Lind, who leads the Civic Union, said taxes would fall.\n"
    )
    assert got["taxes would fall"].organization == "Civic Union"


def test_a_body_based_in_a_seat_of_international_bodies_is_of_that_country():
    # "the Geneva-based group X", "X, a Brussels-based lobby group for …": the seat's
    # country (a dateline there says nothing; a body based there is of that country)
    got = by_quote(
        "Lake pollution worsens\n\n"
        "The Geneva-based group Lakewatch Network, which monitors alpine lakes, says "
        "phosphate levels have doubled.\n\n"
        "Its director, Claire Vautier, says farmers must cut fertiliser use.\n\n"
        "Agrovia, a Brussels-based lobby group for seed growers, says the figures are "
        "exaggerated.\n"
    )
    assert got["phosphate levels have doubled"].country == "CH"
    vautier = got["farmers must cut fertiliser use"]
    assert (vautier.organization, vautier.country) == ("Lakewatch Network", "CH")
    assert got["the figures are exaggerated"].country == "BE"


def test_a_maker_described_with_a_demonym_is_of_that_country():
    # "Swedish truck maker X", "X, a Finnish maker of enzymes,": the demonym's country,
    # over a dateline's
    got = by_quote(
        "SEOUL -- Hanbit Motors will close two plants, the company said on Monday.\n\n"
        "Swedish truck maker Nordvik, which buys engines from Hanbit, said its orders were "
        "unaffected.\n\n"
        "Kestrel Bio, a Finnish maker of enzymes, said it would cut 40 jobs.\n"
    )
    assert got["Hanbit Motors will close two plants"].country == "KR"
    assert got["its orders were unaffected"].country == "SE"
    assert got["it would cut 40 jobs"].country == "FI"


def test_a_short_name_leaving_out_an_inner_word_is_the_full_name():
    # "the Northern Agency for Water and Coastal Protection (Nacp)": a short name written
    # as a word, without the initial of one inner word; its later uses, as a speaker and
    # as a person's body, are the full name (decision 2)
    full = "Northern Agency for Water and Coastal Protection"
    got = by_quote(
        "Sea defences to be rebuilt\n\n"
        f"The {full} (Nacp) said on Monday that two sea walls would be rebuilt.\n\n"
        "Ruth Hale, Nacp’s director of engineering, said the work would take two years. Tom Pell, "
        "a former director at Nacp, said the walls should have been replaced long ago.\n\n"
        "Nacp said it would publish the contracts in May.\n"
    )
    assert got["two sea walls would be rebuilt"].speaker == full
    assert got["it would publish the contracts in May"].speaker == full
    assert got["the work would take two years"].organization == full
    assert got["the walls should have been replaced long ago"].organization == full


def test_a_short_name_of_other_letters_stays_as_written():
    # (a bracketed word whose letters are not the name's initials but one: no definition)
    got = by_quote(
        "Ferry fares rise\n\n"
        "The Western Isles Ferry Operators Council (Bolt) said fares would rise.\n\n"
        "Bolt said it regretted the increase.\n"
    )
    assert got["it regretted the increase"].speaker == "Bolt"


def test_the_watchdog_is_the_regulator_named_before_not_a_company():
    # "X (a regulator or public institute) fined / ruled …, the company … The watchdog
    # said": the one body of a watchdog's kind, never the company beside it
    got = by_quote(
        "Water company fined\n\n"
        "The Coastal Waters Authority fined Tarnby Utilities Ltd £2 million on Monday for "
        "repeated sewage spills.\n\n"
        "The watchdog said the company had ignored three warnings.\n"
    )
    st = got["the company had ignored three warnings"]
    assert st.speaker == "Coastal Waters Authority"


def test_englands_environment_regulator_and_medicines_watchdog_are_british():
    # real bodies named for no country (lexicon: roles.ORG_COUNTRY), in an undated story
    # that names several countries
    got = by_quote(
        "Microplastics in rivers\n\n"
        "Samples from rivers in France, Germany and Spain held the most fibres, the "
        "researchers found.\n\n"
        "The Environment Agency said it would add microplastics to its river tests.\n\n"
        "The National Institute for Health and Care Excellence said it had no plans to "
        "review the guidance.\n"
    )
    assert got["it would add microplastics to its river tests"].country == "GB"
    assert got["it had no plans to review the guidance"].country == "GB"


def test_a_body_an_appositive_calls_a_union_is_not_the_company():
    # "X, the largest union of …, said" spoke, but "the company" later is the company
    got = by_quote(
        "Bus fares rise\n\n"
        "Carvel Transit raised fares by 8% on Monday.\n\n"
        "Drivewell, the largest union of bus drivers, said the rise would not fund higher "
        "wages.\n\n"
        "Anna Kerr said the company had ignored the drivers.\n\n"
        "The company said wages would be reviewed in May.\n"
    )
    assert got["wages would be reviewed in May"].speaker == "Carvel Transit"


def test_even_after_a_concession_stays_in_the_reported_clause():
    # ", even after / with …" closing a reported clause is the speaker's, as ", even if"
    got = by_quote(
        "Ferry contract\n\n"
        "The port authority said the bid was far too high, even after a discount the "
        "operator had offered.\n"
    )
    assert "the bid was far too high, even after a discount the operator had offered" in got


def test_who_runs_a_unit_at_a_body_gives_the_body():
    # "X, who runs / manages the … unit at the Y," as "who leads the … team at Y"
    got = by_quote(
        "Waiting lists grow\n\n"
        "Maria Lund, who runs the oncology unit at the Royal Harbour Hospital, said "
        "waiting lists had doubled.\n"
    )
    st = got["waiting lists had doubled"]
    assert (st.organization, st.role) == ("Royal Harbour Hospital", None)
