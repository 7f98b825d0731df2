"""Round 25, retired heldout22's role / country / organisation errors (r25-h22fields):
general classes, each tested with invented copy only (no sentence of the set)."""

from quote_lookup import by_quote


def test_a_capital_named_for_its_country_is_a_dateline():
    # Reuters' "PANAMA CITY, May 6 (Reuters) -": the capital's country for local voices
    got = by_quote(
        "Port hours cut\n\n"
        "PANAMA CITY, March 3 (Reuters) - The port will close at night from Monday, "
        "its director said.\n\n"
        "Harbour master Lucia Mendez said the night shift would be moved to the "
        "morning.\n"
    )
    assert got["the night shift would be moved to the morning"].country == "PA"


def test_a_us_namesake_of_a_capital_stays_in_the_us():
    got = by_quote(
        "Beach reopens\n\n"
        "PANAMA CITY, Fla. (AP) — The beach will reopen on Friday, the city said.\n\n"
        "Mayor Dale Porter said the sand had been cleaned.\n"
    )
    assert got["the sand had been cleaned"].country == "US"


def test_a_workplace_named_after_its_kind_gives_its_city():
    # "an analyst at the consultancy X in London": the kind noun between "at" and the name
    got = by_quote(
        "Freight rates climb\n\n"
        "SINGAPORE, June 2 (Reuters) - Freight rates rose for a fifth week.\n\n"
        '"The market has no slack left," said Ruth Ellery, a freight analyst at the '
        "consultancy Harbourline Partners in London.\n"
    )
    s = got["The market has no slack left,"]
    assert s.country == "GB"
    assert s.organization == "Harbourline Partners"


def test_leader_of_opposition_before_an_unknown_first_name_is_a_person():
    got = by_quote(
        "Fair crush inquiry\n\n"
        "Five people died in a crush at a village fair, officials said.\n\n"
        "Leader of Opposition Ramsewak Tandon alleged that warnings had been ignored and "
        'called the crush "a disgrace".\n'
    )
    s = got["warnings had been ignored"]
    assert s.speaker == "Ramsewak Tandon"
    assert s.speaker_type == "person"
    assert s.role == "Leader of Opposition"
    assert s.organization is None


def test_a_title_before_its_bracketed_initials_and_an_honorific():
    got = by_quote(
        "Fair crush inquiry\n\n"
        "Five people died in a crush at a village fair, officials said.\n\n"
        "District Health Officer (DHO) Dr Kiran Bose said two of the injured were "
        "critical.\n"
    )
    assert got["two of the injured were critical"].role == "District Health Officer"


def test_of_police_is_the_titles_field_not_a_body():
    got = by_quote(
        "Fair crush inquiry\n\n"
        "Five people died in a crush at a village fair, officials said.\n\n"
        "Superintendent of Police (SP) Ajay Mehra said the road had been closed.\n"
    )
    s = got["the road had been closed"]
    assert s.role == "Superintendent of Police"
    assert s.organization is None


def test_a_cadre_description_after_an_office_keeps_the_office():
    # "X, a 2015-batch IPS officer,": the service and intake year describe the officer
    got = by_quote(
        "Fair crush inquiry\n\n"
        "Five people died in a crush at a village fair, officials said.\n\n"
        "Superintendent of Police Ajay Mehra said the road had been closed.\n\n"
        "Mehra, a 2015-batch IPS officer, said more police had been sent.\n"
    )
    assert got["more police had been sent"].role == "Superintendent of Police"


def test_trades_are_titles():
    got = by_quote(
        "Market reopens\n\n"
        "Simon Holt, 68, a London dealer who sold two vases last year, said the market "
        "would suffer.\n\n"
        "Ravi Kumar, a flower seller whose stall faces the gate, said he saw the crowd.\n"
    )
    assert got["the market would suffer"].role == "dealer"
    assert got["he saw the crowd"].role == "flower seller"


def test_a_company_with_an_ampersand_before_a_title():
    got = by_quote(
        "Vase withdrawn\n\n"
        '"The vase is genuine," said Carl Wynn, Bell & Pratt\'s head of ceramics.\n\n'
        "John Poe, Hollis & Dane's chairman, said the board had met.\n"
    )
    s = got["The vase is genuine,"]
    assert (s.role, s.organization) == ("head of ceramics", "Bell & Pratt")
    s = got["the board had met"]
    assert (s.speaker, s.role, s.organization) == ("John Poe", "chairman", "Hollis & Dane")


def test_a_company_plural_possessive_before_a_title():
    got = by_quote(
        "Vase withdrawn\n\n"
        "Peter Crane, Kelwick Auctions' head of Asian ceramics, said the vase had been "
        "examined twice.\n"
    )
    s = got["the vase had been examined twice"]
    assert (s.speaker, s.role, s.organization) == (
        "Peter Crane",
        "head of Asian ceramics",
        "Kelwick Auctions",
    )


def test_its_after_a_passive_agent_described_as_a_body():
    got = by_quote(
        "Vase withdrawn\n\n"
        "An auction house has withdrawn a vase from sale.\n\n"
        "The vase is being examined by Chromalab, a conservation laboratory in Bristol.\n\n"
        "Its director, Dr Anna Pike, said results were due in a week.\n"
    )
    assert got["results were due in a week"].organization == "Chromalab"


def test_a_persons_deputy_has_no_body_named_for_the_person():
    # "Salas's deputy": Salas is the first of a Spanish double surname, a person
    got = by_quote(
        "Port cuts hours\n\n"
        "LIMA, Peru, May 6 (Reuters) - The port will cut its hours, its director said.\n\n"
        "Director Jorge Salas Ortiz told reporters that the dock had flooded.\n\n"
        "Salas's deputy for operations, Ana Ruiz, said the port was studying new shifts.\n"
    )
    s = got["the port was studying new shifts"]
    assert s.organization is None
    assert s.country == "PE"
