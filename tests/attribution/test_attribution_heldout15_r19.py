"""Round 19, the retired held-out set 15's error classes: each rule is tested on invented
stories (none of that set's sentences, names or topics). Each test failed before its rule
unless marked as a guard."""

from quote_lookup import by_quote


def _panel_story(pointer: str) -> str:
    return (
        "Senate panel weighs farm nominee\n\n"
        "WASHINGTON — A Senate panel questioned the president's pick for agriculture "
        "secretary on Tuesday. One senator from the majority was still undecided.\n\n"
        f"{pointer}, Joe Marbury of Idaho, spent the hearing on water rights.\n\n"
        "“I need more time,” Marbury (R-Idaho) said as he left.\n\n"
        "An aide to Marbury, who spoke on condition of anonymity, said the senator wanted "
        "a second meeting.\n"
    )


def test_an_aide_to_a_person_gives_that_person_no_role():
    got = by_quote(_panel_story("The holdout"))
    assert got["I need more time,"].speaker == "Joe Marbury"
    assert got["I need more time,"].role is None


def test_a_demonstrative_before_a_title_is_no_part_of_it():
    got = by_quote(_panel_story("That senator"))
    assert got["I need more time,"].role == "senator"


def test_a_demonstrative_before_a_city_title_too():
    text = (
        "Council split over bridge tolls\n\n"
        "CHICAGO — The city council debated new bridge tolls on Monday. One alderman said "
        "he was undecided.\n\n"
        "That alderman, Tony Reyes, said commuters would pay twice.\n\n"
        "“I need more numbers,” Reyes said after the meeting.\n"
    )
    assert by_quote(text)["I need more numbers,"].role == "alderman"


def _workplace_story(firm: str) -> str:
    return (
        "Mining executive faces Senate questions\n\n"
        f"WASHINGTON — Paul Grange, a former executive at {firm} Mining, faced senators on "
        "Tuesday.\n\n"
        f"His former chief of staff at {firm}, Ruth Okonjo, said in an interview that Grange "
        "had pushed for safety audits.\n"
    )


def test_a_preposed_title_held_at_a_workplace_keeps_both():
    got = by_quote(_workplace_story("Copper Ridge"))["Grange had pushed for safety audits"]
    assert got.speaker == "Ruth Okonjo"
    assert got.role == "former chief of staff"
    # (the short form is the name written in full before: round 23)
    assert got.organization == "Copper Ridge Mining"


def test_a_workplace_opening_with_a_title_modifier_is_named_in_full():
    text = (
        "Shares slide\n\nTom Bell, an analyst at High Ridge, said the market had fallen too far.\n"
    )
    assert by_quote(text)["the market had fallen too far"].organization == "High Ridge"
    got = by_quote(_workplace_story("High Ridge"))["Grange had pushed for safety audits"]
    assert got.organization == "High Ridge Mining"


def _sanctions_story(frame: str) -> str:
    return (
        "Sanctions vote splits council\n\n"
        "OSLO, March 3 (Reuters) - Norway backed new sanctions on Monday.\n\n"
        f'{frame}foreign ministry spokesman Reza Amini called the vote "a grave mistake".\n'
    )


def test_a_ministry_written_in_lower_case_is_the_organisation():
    got = by_quote(_sanctions_story("In Caracas, "))["a grave mistake"]
    assert got.organization == "Foreign Ministry"
    assert got.role == "spokesman"  # the body is the organisation (round 24, convention 9)


def test_a_capital_framing_the_sentence_places_a_government_officer():
    assert by_quote(_sanctions_story("In Caracas, "))["a grave mistake"].country == "VE"
    assert by_quote(_sanctions_story("In Tehran, "))["a grave mistake"].country == "IR"


def test_guard_without_a_capital_frame_the_dateline_country_stays():
    assert by_quote(_sanctions_story(""))["a grave mistake"].country == "NO"


def _backing_story(subject: str) -> str:
    return (
        "Governor backs pick for parks chief\n\n"
        f"{subject} backed the nominee on Friday. Press secretary Amy Lund said the "
        "governor expected a quick vote.\n"
    )


def test_a_bare_press_secretary_speaks_for_the_body_of_the_sentence_before():
    got = by_quote(_backing_story("The Harwick Parks Board"))
    assert got["the governor expected a quick vote"].organization == "Harwick Parks Board"


def test_guard_a_person_before_gives_no_body():
    got = by_quote(_backing_story("The governor, Ed Marlow,"))
    assert got["the governor expected a quick vote"].organization is None


def _briefing_story() -> str:
    return (
        "Border talks stall\n\n"
        "ASTANA, Kazakhstan (AP) — Talks between two neighbours stalled on Friday.\n\n"
        "Foreign Ministry spokeswoman Deniz Acar told a briefing in Ankara that Turkey was "
        '"ready to mediate".\n\n'
        "Foreign Minister Paul Vane said in Ankara that talks would go on.\n"
    )


def test_a_ministry_officer_briefing_in_a_capital_speaks_for_its_country():
    assert by_quote(_briefing_story())["ready to mediate"].country == "TR"


def test_guard_a_minister_speaking_in_a_capital_may_be_visiting():
    assert by_quote(_briefing_story())["talks would go on"].country == "KZ"


def _committee_story(chair: str) -> str:
    return (
        "Panel hears nominee\n\n"
        "WASHINGTON — A Senate panel heard the nominee for trade representative on Tuesday.\n\n"
        f"The committee's chairman, {chair}, said he expected a vote next week.\n\n"
        "Sen. Ana Pike (D-Wash.), the committee's ranking member, said she would vote no.\n\n"
        "Sen. Lou Carver of Nevada said he had not decided.\n"
    )


def test_a_committee_office_beside_a_legislator_title_is_the_role():
    got = by_quote(_committee_story("Sen. Rob Tate (R-Kan.)"))
    assert got["he expected a vote next week"].role == "chairman"
    assert got["she would vote no"].role == "ranking member"


def test_guard_a_legislator_without_an_office_keeps_the_title_and_state():
    got = by_quote(_committee_story("Rep. Rob Tate"))["he had not decided"]
    assert (got.role, got.country) == ("Senator", "US")
