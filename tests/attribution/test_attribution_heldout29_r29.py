"""Round 29, heldout29's lessons (r29-h29): a national agency's own capitals in its
dateline and a known city before a region the lexicons do not know, a place's "-based"
before a trade and a name, "who runs X & Sons", a partial after "but" and a modal, a
quoted "if" clause, a list before a participle, "with …, and that B", the one spoken to
inside a subject's relative clause, and a body's name run on into the name after a title.
Invented copy only (no sentence of heldout29)."""

from quote_lookup import by_quote


def test_a_national_agency_dateline_in_capitals_after_an_unknown_region():
    text = (
        "Flood barriers raised in Medan\n\n"
        "Medan, Deli Serdang (ANTARA) - The city raised its flood barriers on Monday after "
        "three days of rain.\n\n"
        "Head of the city's water office, Putu Arimbawa, said 1,200 homes had been "
        "evacuated.\n"
    )
    st = by_quote(text)["1,200 homes had been evacuated"]
    assert st.speaker == "Putu Arimbawa"
    assert st.country == "ID"


def test_a_known_city_before_a_region_the_lexicons_do_not_know():
    text = (
        "Kuantan, Pahang Tengah (BERNAMA) -- Fishermen returned to port early on Friday.\n\n"
        "Harbour master Azlan Yusof said 40 boats had come in before noon.\n"
    )
    st = by_quote(text)["40 boats had come in before noon"]
    assert st.country == "MY"


def test_a_place_based_trade_before_the_body_gives_the_body_and_its_country():
    text = (
        "Wool prices climb\n\n"
        "Prices for fine wool rose again this month.\n\n"
        "Anke Vollmer, a wool trader at Leipzig-based merchant Hartung & Kraus, said prices "
        "would stay high until spring.\n"
    )
    st = by_quote(text)["prices would stay high until spring"]
    assert st.organization == "Hartung & Kraus"
    assert st.country == "DE"


def test_who_runs_a_firm_named_with_an_ampersand_holds_for_later_statements():
    text = (
        "Theo Brandauer, who runs Brandauer & Sons Removals in Springfield, said the depot "
        'was too small.\n\n"People forgive a lot," he said.\n'
    )
    got = by_quote(text)
    assert got["the depot was too small"].organization == "Brandauer & Sons Removals"
    assert got["People forgive a lot,"].organization == "Brandauer & Sons Removals"


def test_said_a_but_a_modal_before_the_partial_reports_a_too():
    text = 'Ilse Marquardt said the depot was fine but would need "real money" from the state.\n'
    got = by_quote(text)
    assert got["the depot was fine"].speaker == "Ilse Marquardt"
    assert got["real money"].kind == "partial"


def test_a_quoted_if_clause_after_a_comma_reports_the_clause_before_it():
    text = (
        "Moritz Kahle says he plans to keep sailing the old route, "
        '"if anybody will still buy a ticket."\n'
    )
    got = by_quote(text)
    assert got["he plans to keep sailing the old route"].speaker == "Moritz Kahle"
    assert got["if anybody will still buy a ticket."].kind == "partial"


def test_a_list_before_a_participle_is_the_clauses_object():
    text = (
        "The union said it had printed notices in English, Polish and Lithuanian telling "
        "members what to do if laid off.\n"
    )
    got = by_quote(text)
    assert set(got) == {
        "it had printed notices in English, Polish and Lithuanian telling members what to "
        "do if laid off"
    }


def test_with_an_adjunct_then_and_that_b_stays_one_clause():
    text = (
        "Rena Vogt said she would hire new crew over the winter, with interviews open to "
        "anyone with a licence, and that every boat would now carry two mates.\n"
    )
    got = by_quote(text)
    assert set(got) == {
        "she would hire new crew over the winter, with interviews open to anyone with a "
        "licence, and that every boat would now carry two mates"
    }


def test_the_one_spoken_to_inside_the_subjects_relative_clause_does_not_speak():
    text = (
        "Ferry line faces cuts\n\n"
        "Several captains who spoke to Harbour Weekly said the timetable was padded.\n\n"
        "Several deckhands who spoke to Harbour Weekly on condition of anonymity say the "
        "overtime was never paid.\n"
    )
    got = by_quote(text)
    assert got["the timetable was padded"].speaker is None
    assert got["the overtime was never paid"].speaker is None


def test_a_plural_say_after_a_name_is_a_verb():
    text = (
        "Ferry line\n\nSeveral captains who spoke to the Harbour Gazette say the pier is unsafe.\n"
    )
    assert "the pier is unsafe" in by_quote(text)


def test_a_body_after_a_titles_of_the_stops_before_the_name():
    text = (
        "Director of the Lagos Water Office Adaeze Nwosu said the pumps were ready.\n\n"
        "Head of the Java Fisheries and Marine Affairs Office Ni Luh Sari said the boats "
        "were ready.\n"
    )
    got = by_quote(text)
    assert got["the pumps were ready"].organization == "Lagos Water Office"
    assert got["the pumps were ready"].role == "Director"
    assert got["the boats were ready"].organization == "Java Fisheries and Marine Affairs Office"
