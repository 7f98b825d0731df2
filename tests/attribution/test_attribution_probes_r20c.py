"""Probe round 20 C (bench/probes/r20c: a wildfire evacuation, an EU antitrust fine, a
central bank's rate cut): the general error classes found there, each tested on invented
copy that differs from the probe articles. Each test failed before its rule (guards say so)."""

from quote_lookup import by_quote


def test_a_canadian_press_dateline_with_an_abbreviated_province_gives_canada():
    text = (
        "Flooding forces hundreds from homes in Saskatchewan village\n\n"
        "WILLOW BEND, Sask. — Rising water on the Red Deer River forced about 600 people "
        "from their homes on Sunday.\n\n"
        '"The water came up a foot overnight," Reeve Harold Ostapchuk said.\n\n'
        "Ostapchuk said sandbagging would go on through the night.\n"
    )
    got = by_quote(text)
    assert got["The water came up a foot overnight,"].country == "CA"
    assert got["sandbagging would go on through the night"].country == "CA"


def test_a_dateline_with_an_abbreviated_maritime_province_gives_canada():
    text = (
        "Ferry service suspended after storm\n\n"
        "PORT ELLIS, N.S. — Ferry crossings to the island were cancelled for a third day on "
        "Friday.\n\n"
        "Operator Bay Ferries Ltd. said the crossings would resume once the swell eased, "
        "and Mayor Colleen Barteaux said the town's stores were running short of milk.\n"
    )
    got = by_quote(text)
    assert got["the town's stores were running short of milk"].country == "CA"


def test_a_central_bank_named_head_first_with_its_country_is_the_governors():
    # "Bank Negara Malaysia": the head opens the name and the country ends it (not a
    # bare "Bank" before another word, cut as "Acme Corp Chairman" is)
    text = (
        "Malaysia holds rates steady\n\n"
        "KUALA LUMPUR (Reuters) - Malaysia's central bank kept its policy rate unchanged on "
        "Wednesday.\n\n"
        "Bank Negara Malaysia held the overnight rate at 3 percent.\n\n"
        '"Growth is holding up well," Governor Aziz Rahman told reporters.\n\n'
        "The bank said it saw inflation staying moderate.\n"
    )
    got = by_quote(text)
    assert got["Growth is holding up well,"].organization == "Bank Negara Malaysia"
    assert got["it saw inflation staying moderate"].speaker == "Bank Negara Malaysia"


def test_a_body_named_after_its_province_after_for_is_the_officers():
    # "the duty officer for Manitoba Hydro": a place opens a body's name (no person), and
    # a bare run of two capitalised words opening with a province names the body
    text = (
        "Storm cuts power to 40,000\n\n"
        "WINNIPEG (CP) — A spring storm cut power to about 40,000 customers on Monday.\n\n"
        '"Crews will work through the night," said Lorne Fedoruk, the duty officer for '
        'Manitoba Hydro. "Some homes will wait until Wednesday."\n'
    )
    got = by_quote(text)
    assert got["Crews will work through the night,"].organization == "Manitoba Hydro"
    assert got["Crews will work through the night,"].role == "duty officer"


def test_a_province_named_service_body_is_no_person_and_its_commander_is_found_later():
    # "Ontario Parks" is a body (not a person titled "the duty commander for"), so "the
    # duty commander said" further down names the one commander, Halvorsen; the noun
    # before the title stays in the description ("the duty commander", not "commander")
    text = (
        "Campers evacuated as fire nears park\n\n"
        "KENORA, Ont. — About 300 campers were moved out of a provincial park on Friday.\n\n"
        "“We moved early because the wind is shifting,” said Greta Halvorsen, the duty "
        "commander for Ontario Parks.\n\n"
        "According to Ontario Parks, the fire covered about 900 hectares by noon.\n\n"
        "The park's beaches will stay closed through the weekend.\n\n"
        "“Nobody was hurt, and that is what counts,” the duty commander said.\n"
    )
    got = by_quote(text)
    assert got["We moved early because the wind is shifting,"].organization == "Ontario Parks"
    assert got["the fire covered about 900 hectares by noon"].speaker == "Ontario Parks"
    assert got["Nobody was hurt, and that is what counts,"].speaker == "Greta Halvorsen"


def test_the_force_names_the_police_body_named_before():
    text = (
        "Roads closed as floodwater rises\n\n"
        "RED DEER, Alta. — Several rural roads were closed on Thursday.\n\n"
        "The RCMP said two drivers had been pulled from stranded vehicles. Anyone who "
        "drives around a barrier, the force said, could be fined.\n\n"
        "Durham Constabulary said on Friday it had sent officers to help.\n\n"
        "The force said the officers would stay for a week.\n"
    )
    got = by_quote(text)
    assert got["Anyone who drives around a barrier"].speaker == "RCMP"
    assert got["the officers would stay for a week"].speaker == "Durham Constabulary"


def test_the_eu_executive_is_the_european_commission_named_before():
    text = (
        "EU opens probe into cloud deals\n\n"
        "BRUSSELS, March 2 (Reuters) - The European Commission opened an investigation on "
        "Tuesday into cloud contracts signed by Nimbara Systems.\n\n"
        "The inquiry could take up to 18 months, the EU executive said.\n\n"
        "Nimbara said it would cooperate fully.\n\n"
        "Rival providers had complained for years, the bloc's executive added.\n"
    )
    got = by_quote(text)
    assert got["The inquiry could take up to 18 months"].speaker == "European Commission"
    assert got["Rival providers had complained for years"].speaker == "European Commission"


def test_a_quote_opening_after_a_clock_time_starts_a_new_sentence():
    text = (
        "Ferry stranded overnight\n\n"
        "NANAIMO, B.C. — Passengers spent the night aboard a stranded ferry.\n\n"
        "Dana Whitcombe, a nurse from Victoria, said the crew had handed out blankets at "
        "about 11 p.m. “They were doing their best,” she said.\n"
    )
    got = by_quote(text)
    assert any(k.startswith("the crew had handed out blankets") for k in got)
    assert got["They were doing their best,"].speaker == "Dana Whitcombe"


def test_but_also_before_a_verb_that_reports_nothing_stays_in_the_clause():
    text = (
        "Ports brace for strike\n\n"
        "ROTTERDAM (Reuters) - Dock workers voted to strike on Monday.\n\n"
        "Transport Minister Eline Vos said the ports served the whole country but also "
        "depended on their workers, and that she hoped a deal was close.\n\n"
        "Port chief Ruud Smit said the strike was regrettable but also warned that ships "
        "would be diverted.\n"
    )
    got = by_quote(text)
    assert any(
        k.startswith("the ports served the whole country but also depended") and k.endswith("close")
        for k in got
    )
    assert "ships would be diverted" in got  # (a speech verb after it: a second act)


def test_a_reuters_dateline_from_a_meeting_city_is_dated_copy():
    # "GENEVA, May 12 (Reuters) -": a dated story (a city where many governments meet,
    # no country of its own), so two U.S. places in it do not make it U.S. domestic copy
    text = (
        "WTO panel rules against steel tariffs\n\n"
        "GENEVA, May 12 (Reuters) - A World Trade Organization panel ruled on Monday that "
        "steel tariffs imposed by several countries broke global trade rules.\n\n"
        "The Global Steel Users Forum said the ruling was overdue.\n\n"
        "Steel shares fell in New York, and a mill in Gary, Indiana, said it would wait for "
        "an appeal.\n"
    )
    got = by_quote(text)
    assert got["the ruling was overdue"].country is None
