"""Probe round 20 E (bench/probes/r20e: a hurricane landfall, an airline merger, a doping
ban): the general error classes found there, each tested on invented copy that differs from
the probe articles. Each test failed before its rule (guards say so)."""

from quote_lookup import by_quote


def test_a_demonym_before_a_race_distance_and_an_athletes_noun_gives_the_country():
    text = (
        "Sprinter cleared to race again\n\n"
        "Kenyan 800m runner Daniel Kiprotich was cleared on Monday to return to racing.\n\n"
        'Kiprotich said he felt "like a weight has been lifted".\n'
    )
    got = by_quote(text)
    assert got["like a weight has been lifted"].country == "KE"


def test_a_demonym_before_a_hyphenated_distance_gives_the_country():
    text = (
        "Marathon star withdraws\n\n"
        "The Ethiopian 10,000-metre runner Abebe Tesfaye pulled out of Sunday's race.\n\n"
        '"My hamstring is not ready," Tesfaye said.\n'
    )
    got = by_quote(text)
    assert got["My hamstring is not ready,"].country == "ET"


def test_a_uk_national_body_and_a_british_city_mark_undated_british_copy():
    # no dateline, British spelling, one foreign place: "UK Sport" and "Sheffield" are
    # marks of domestic copy
    text = (
        "Funding cut for rowing programme\n\n"
        "UK Sport has cut funding for the national rowing programme by a fifth, the "
        "organisation confirmed on Tuesday.\n\n"
        "'We have to put money where the medals are,' said Philippa Hale, the body's "
        "director of performance.\n\n"
        "Rowers training in Sheffield said they had heard about the cut on social media. "
        "One coach, who had worked in Italy for a decade, said the programme would lose "
        "its best young athletes.\n\n"
        "UK Sport said it would review the decision next year.\n"
    )
    got = by_quote(text)
    assert got["We have to put money where the medals are,"].country == "GB"


def test_a_lower_case_body_word_before_a_title_is_the_body_named_before():
    text = (
        "Port workers walk out\n\n"
        "BALTIMORE (AP) — The Chesapeake Harbor Pilots Association said on Friday its "
        "members would refuse night shifts.\n\n"
        '"Nobody should be guiding a ship in fog like this," association president '
        "Walter Grimsby said.\n"
    )
    got = by_quote(text)
    assert got["Nobody should be guiding a ship in fog like this,"].organization == (
        "Chesapeake Harbor Pilots Association"
    )


def test_a_lower_case_body_word_with_no_body_before_stays_out_of_the_role():
    # guard: no "… Union" named before, so "union" is not read as a body's head
    text = (
        "Teachers vote to strike\n\n"
        "DENVER (AP) — Teachers voted on Thursday to strike next week.\n\n"
        '"We did not want this," union president Carla Ruiz said.\n'
    )
    got = by_quote(text)
    assert got["We did not want this,"].organization is None


def test_a_description_ending_at_the_institutions_head_names_the_body_before():
    text = (
        "Heat records fall across the plains\n\n"
        "OMAHA, Neb. (AP) — Temperatures reached 109 degrees on Sunday, according to the "
        "Great Plains Climate Center.\n\n"
        '"We have never logged a June day this hot," said Priya Raman, a climatologist at '
        "the center.\n\n"
        'The Prairie Ecology Institute warned of crop losses. "The corn is already '
        'stressed," said Tom Baxter, a researcher with the institute.\n'
    )
    got = by_quote(text)
    assert got["We have never logged a June day this hot,"].organization == (
        "Great Plains Climate Center"
    )
    assert got["The corn is already stressed,"].organization == "Prairie Ecology Institute"


def test_a_description_ending_at_the_office_is_not_read_as_a_body():
    # guard: "office" is no institution's head here (the weather service's local office)
    text = (
        "Storm warning issued\n\n"
        "MOBILE, Ala. (AP) — A storm warning was issued on Monday by the Mobile Field "
        "Office.\n\n"
        '"Stay off the roads," said Ann Lowe, a forecaster at the office.\n'
    )
    got = by_quote(text)
    assert got["Stay off the roads,"].organization is None


def test_a_name_at_a_sporting_event_is_no_employer():
    text = (
        "Swimmer retires at 29\n\n"
        "Canadian swimmer Julie Brandt announced her retirement on Friday.\n\n"
        "'I gave it everything,' Brandt said.\n\n"
        "'Nobody trained harder,' said Marta Kovac, the Croatian who touched the wall behind "
        "Brandt at the Pan Pacific Championships last year.\n"
    )
    got = by_quote(text)
    assert got["I gave it everything,"].organization is None


def test_a_name_at_a_research_institute_keeps_the_employer():
    # guard: "at" + a body that is no event still names the workplace
    text = (
        "New drug shows promise\n\n"
        "BOSTON (AP) — A new drug slowed tumours in mice, researchers said.\n\n"
        '"It is early days," said Dr. Ellen Park at the Harborview Cancer Institute.\n'
    )
    got = by_quote(text)
    assert got["It is early days,"].organization == "Harborview Cancer Institute"
