"""Probe round 12: US political coverage (invented copy)."""

from quote_lookup import by_quote


def test_a_passive_cue_in_a_relative_clause_reports_the_antecedent_and_stops_at_its_comma():
    text = "Sen. Corwin Laidlaw, who is widely seen as a future majority leader, voted no.\n"
    s = by_quote(text)
    assert "who" not in s
    assert set(s) == {"Sen. Corwin Laidlaw", "a future majority leader"}
    assert s["a future majority leader"].source is None
    text = "The levy plan, which is expected to raise $40 million, faces a vote in March.\n"
    s = by_quote(text)
    assert set(s) == {"The levy plan", "to raise $40 million"}
    text = "Hobart, who has long been accused of ducking debates, agreed to three on Friday.\n"
    s = by_quote(text)
    assert "who" not in s and s["ducking debates"].source is None and "Hobart" in s


def test_a_fronted_clause_after_a_dateline_ends_at_its_comma():
    text = (
        "SAVANNAH, Ga. — When Councilwoman Ruth Abernathy announced her bid for Congress "
        "in the fall, she stood on the steps of her old high school.\n"
    )
    s = by_quote(text)
    assert "her bid for Congress in the fall" in s
    assert s["her bid for Congress in the fall"].speaker == "Ruth Abernathy"
    text = (
        "BOISE, Idaho (AP) — After Rep. Len Kowal criticized the dam project in the spring, "
        "his opponents booked the same room.\n"
    )
    assert "the dam project in the spring" in by_quote(text)


def test_a_legislative_or_regulatory_title_keeps_its_modifier():
    text = (
        "The talks stalled on Monday. Senate legislative director Pia Munoz said the "
        "votes were not there.\n"
    )
    s = by_quote(text)["the votes were not there"]
    assert s.speaker == "Pia Munoz" and s.role == "Senate legislative director"
    text = (
        "Mayor Rolf Brandt met the builders on Tuesday. Brandt and regulatory affairs chief "
        "Nell Ivers said the permit would be delayed.\n"
    )
    s = by_quote(text)["the permit would be delayed"]
    assert s.speaker == "Rolf Brandt"


def test_a_country_first_name_after_a_preposition_is_a_person_when_described_as_one():
    text = (
        "Rep. Nan Ostrow faces a primary challenge from Jordan Whitlow, a 29-year-old "
        "former county clerk.\n\nWhitlow said the district wanted new blood.\n"
    )
    s = by_quote(text)["the district wanted new blood"]
    assert s.speaker == "Jordan Whitlow" and s.organization is None
    text = (
        "Ms. Ostrow will face a write-in bid from Israel Dunmore in November.\n\n"
        "Mr. Dunmore said the debate was overdue.\n"
    )
    s = by_quote(text)["the debate was overdue"]
    assert s.speaker == "Israel Dunmore"


def test_a_country_after_from_stays_a_place():
    text = "Aid convoys from Jordan Tuesday reached the camp. Officials said more would follow.\n"
    s = by_quote(text)["more would follow"]
    assert s.speaker is None and s.source == "Officials"


def test_a_relative_clause_closing_an_appositive_speaks_for_the_named_person():
    text = (
        "Rep. Nan Ostrow faces Calder Voigt, a software engineer who has accused her of "
        "ignoring the suburbs.\n"
    )
    s = by_quote(text)["her of ignoring the suburbs"]
    assert s.speaker == "Calder Voigt" and s.source == "Calder Voigt"
    text = (
        "The measure was written by Sen. Ida Marchetti, a moderate who has warned that "
        "the pension fund is running dry.\n"
    )
    s = by_quote(text)["the pension fund is running dry"]
    assert s.speaker == "Ida Marchetti" and s.role == "Senator"
    text = (
        "The memo was leaked by Orrin Pask, a budget analyst at the Commerce Department "
        "who told colleagues that the numbers were padded.\n"
    )
    s = by_quote(text)["the numbers were padded"]
    assert s.speaker == "Orrin Pask" and s.organization == "Commerce Department"
    text = (
        "Ms. Ostrow faces Tobin Reyes, a 34-year-old former Marine who has accused her "
        "of coasting.\n"
    )
    assert by_quote(text)["her of coasting"].speaker == "Tobin Reyes"
    s = by_quote("She met Ann Holt, a friend of Tom Hale who said the plan was dead.\n")
    assert s["the plan was dead"].speaker is None


def test_an_aside_after_a_relative_clause_leaves_the_subject_to_its_head():
    text = (
        "Two campaign staffers who spoke on condition of anonymity, because they were not "
        "authorized to discuss strategy, said the ad buy had been cut.\n"
    )
    s = by_quote(text)["the ad buy had been cut"]
    assert s.source == "Two campaign staffers" and s.speaker is None
    text = (
        "Sen. Opal Renner, who chairs the panel, since she was out of town, said the "
        "hearing would be moved.\n"
    )
    assert by_quote(text)["the hearing would be moved"].speaker == "Opal Renner"


def test_an_object_in_a_relative_clause_ends_before_the_main_verb():
    text = "Wendell Oakes, a pastor who has criticized the casino plan, will testify on Thursday.\n"
    s = by_quote(text)
    assert "the casino plan" in s and s["the casino plan"].speaker == "Wendell Oakes"
    text = "Greta Lunde, a rancher who opposed the pipeline route, has since sold her land.\n"
    assert "the pipeline route" in by_quote(text)


def test_a_trailing_weekday_adjunct_with_modifiers_is_dropped_whole():
    text = "Gov. Ada Brennick announced her re-election bid on a rainy Tuesday morning.\n"
    s = by_quote(text)
    assert list(s) == ["her re-election bid"]
    s = by_quote("The caucus chair denied the report on a quiet Friday.\n")
    assert list(s) == ["the report"]


def test_an_ad_narrator_or_announcer_is_an_unnamed_source():
    text = (
        "The Brandt campaign released its first attack ad on Monday. In the spot, a narrator "
        'calls Ms. Ostrow "a rubber stamp for Washington."\n'
    )
    s = by_quote(text)["a rubber stamp for Washington."]
    assert s.source == "a narrator" and s.speaker is None and s.cue == "calls"


def test_an_outlet_or_body_told_is_the_listener_not_the_content():
    s = by_quote("Rep. Gil Navarro told the station the levee repairs were behind schedule.\n")
    assert list(s) == ["the levee repairs were behind schedule"]
    s = by_quote("The superintendent told the board the budget gap had doubled.\n")
    assert list(s) == ["the budget gap had doubled"]
    s = by_quote("Navarro told the paper mill owners the tariff would rise.\n")
    assert "mill owners the tariff would rise" not in s  # "paper" modifies "mill owners"
