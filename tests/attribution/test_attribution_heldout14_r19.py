"""Round 19, the retired held-out set 14's error classes: each rule is tested on invented
stories (none of that set's sentences, names or topics). Each test failed before its rule
unless marked as a guard."""

from quote_lookup import by_quote

from articles.attribution import extract
from articles.attribution.roles import _british_spelt, _countries_named, _lead_country


def test_a_state_legislator_title_marks_undated_us_local_copy():
    text = (
        "Ferry service suspended after dock damage\n\n"
        "Pellman County suspended its passenger ferry on Thursday after a barge struck the "
        "dock at Crane Point.\n\n"
        "Harbor manager Lisa Ortega said repairs would take at least three weeks.\n\n"
        "State Rep. Dan Fulke said he had asked the governor for emergency money.\n"
    )
    got = by_quote(text)
    assert got["repairs would take at least three weeks"].country == "US"
    assert got["he had asked the governor for emergency money"].country == "US"


def test_a_state_senator_written_in_full_counts_too():
    text = (
        "Rural library branches to close\n\n"
        "Harlow County will close two rural library branches next month to save money.\n\n"
        '"We will find the money somewhere else," said Pete Lorrimer, who chairs the board.\n\n'
        "State Senator Mark Tobin said he would look for grants.\n"
    )
    assert {s.country for s in extract(text)} == {"US"}


def _swimming_story(centre: str, defence: str) -> str:
    return (
        "Swimmer cleared to return after appeal\n\n"
        "Tara Quill, the Australian breaststroker who was stripped of her national title, "
        "can race again after an appeal panel overturned her suspension.\n\n"
        f"The panel said the test had been carried out at an unaccredited {centre} in "
        "Perth, and that the sample could not be relied on.\n\n"
        f"Her lawyer, Sam Heyde, said the {defence} had never doubted the outcome. Quill had "
        "been training in Japan while she waited.\n\n"
        '"Every swimmer in Australia should be relieved," said Owen Pratt, who chairs the '
        "athletes' commission. Australian swimming has changed its testing rules twice.\n"
    )


def test_an_undated_story_spelt_the_british_way_takes_the_country_it_names_most():
    got = by_quote(_swimming_story("centre", "defence"))
    assert got["Every swimmer in Australia should be relieved,"].country == "AU"


def test_guard_the_same_story_in_american_spelling_keeps_no_country():
    # the spelling is no evidence (_british_spelt says nothing); since round 25 the lead
    # (an Australian swimmer, Australia named four times to Japan's once) is
    # (r25-undated), so the story is Australia's all the same
    text = _swimming_story("center", "defense")
    assert _british_spelt(text, _countries_named(text)) is None
    assert _lead_country(text) == "AU"
    got = by_quote(text)
    assert got["Every swimmer in Australia should be relieved,"].country == "AU"


def _flood_story(office: str) -> str:
    return (
        "Flooded villages wait for aid\n\n"
        "SEMARANG, Indonesia (AP) — Floodwater rose again on Monday, officials said.\n\n"
        f"The {office}, Ratna Kusuma Dewi, said her office had asked for 50 more boats.\n\n"
        "Her deputy, Agus Santoso, said 2,000 families had been moved to higher ground.\n\n"
        "A street vendor who gave only one name, Wati, said the water had reached her roof.\n\n"
        '"We lost the cart and the stove," she said.\n'
    )


def test_a_regent_is_a_title():
    got = by_quote(_flood_story("regent"))
    assert got["her office had asked for 50 more boats"].role == "regent"


def test_her_deputy_after_a_definite_office_is_deputy_to_that_office():
    for office in ("regent", "mayor", "chief administrator"):
        got = by_quote(_flood_story(office))
        assert got["2,000 families had been moved to higher ground"].role == f"deputy {office}"


def test_guard_her_deputy_after_a_trade_stays_a_deputy():
    got = by_quote(_flood_story("teacher"))
    assert got["2,000 families had been moved to higher ground"].role == "deputy"


def test_a_one_name_vendor_keeps_her_description_when_she_speaks_again():
    got = by_quote(_flood_story("regent"))
    assert got["the water had reached her roof"].role == "street vendor"
    assert got["We lost the cart and the stove,"].role == "street vendor"


def test_a_race_distance_is_no_part_of_an_athletes_role():
    text = (
        "Athletes cleared to race\n\n"
        "Lena Voss, the German 400m hurdler, said she was relieved. Tomas Brandt, a "
        '5,000-metre runner, said he agreed. "It was fair," said Ida Holm, the 10,000 metres '
        "champion.\n"
    )
    got = by_quote(text)
    assert got["she was relieved"].role == "hurdler"
    assert got["he agreed"].role == "runner"
    assert got["It was fair,"].role == "champion"


def test_guard_her_deputy_after_a_bodys_president_stays_a_deputy():
    text = (
        "The Upland Orchard Growers Association said in a statement that frost had hit half "
        "its members.\n\n"
        "Its president, Joan Mabry, said the losses would top $2 million.\n\n"
        "Her deputy, Carl Ostrow, said several growers had asked about crop insurance.\n"
    )
    got = by_quote(text)
    assert got["several growers had asked about crop insurance"].role == "deputy"


def _cruise_story(home: str, bank_city: str) -> str:
    return (
        "Lisbon to cap cruise ship visits\n\n"
        "LISBON, Portugal (AP) — Lisbon will cap cruise ship visits at two a day from June.\n\n"
        "Mayor Rui Tavares said the port would need fewer buses.\n\n"
        '"We came for the trams and the views," said Mark Fenton, 64, a retired dentist '
        f"from {home}, who was on a week-long tour with his wife.\n\n"
        '"The cap will cost the port some revenue," said Carmen Ruiz, a shipping analyst at '
        f"Banco Meridiano in {bank_city}.\n\n"
        '"Fewer ships, better days," said Joana Prata, who sells tiles near the quay.\n'
    )


def test_a_visitor_from_a_us_state_and_an_analyst_in_a_foreign_capital_keep_their_country():
    for home, bank_city, want_home, want_bank in (
        ("Oregon", "Buenos Aires", "US", "AR"),
        ("New Mexico", "Mexico City", "US", "MX"),
    ):
        got = by_quote(_cruise_story(home, bank_city))
        assert got["We came for the trams and the views,"].country == want_home
        assert got["The cap will cost the port some revenue,"].country == want_bank
        # two voices from elsewhere are no summit: the city's own people keep the dateline's
        assert got["Fewer ships, better days,"].country == "PT"
        assert got["the port would need fewer buses"].country == "PT"


def test_a_committee_or_movement_named_after_its_kind_is_a_body_with_a_spokeswoman():
    for kind, name in (
        ("residents' committee", "Portavella Viva"),
        ("protest movement", "Salvare Lago"),
    ):
        text = (
            "Port town approves parking fee\n\n"
            "DOVERTON, Maine (AP) — The town council approved a summer parking fee on Monday.\n\n"
            f"The {kind} {name}, which has campaigned for the fee since 2020, called the vote "
            '"overdue". Its spokeswoman, Ana Lee, said the group would now push for a shuttle '
            "bus.\n"
        )
        got = by_quote(text)
        assert got["overdue"].speaker_type == "organization"
        assert got["the group would now push for a shuttle bus"].organization == name


def test_the_tribunal_is_the_one_tribunal_named_paragraphs_before():
    text = (
        "Cyclist loses appeal against ban\n\n"
        "The Alpine Sports Appeals Tribunal said on Tuesday that Jonas Keller had failed to "
        "explain the result of his test.\n\n"
        "Keller, 29, won two stages of the national tour last year.\n\n"
        '"I will keep fighting," Keller wrote on Instagram. "This is not over."\n\n'
        "His team has stood by him since the test in May.\n\n"
        "The tribunal noted that the rider had missed two earlier tests. But it said the "
        "ban would end in March.\n"
    )
    got = by_quote(text)
    assert got["the rider had missed two earlier tests"].speaker == "Alpine Sports Appeals Tribunal"
    assert got["the ban would end in March"].speaker == "Alpine Sports Appeals Tribunal"


def test_a_pronoun_after_a_described_person_is_the_one_that_title_names_next():
    text = (
        "Ice closes harbour\n\n"
        "PORT ELM, Nova Scotia (AP) — Sea ice trapped more than 40 boats on Monday, officials "
        "said.\n\n"
        "Ray Dunn, the fisheries minister, said help was on its way.\n\n"
        "The principal of Port Elm High School, a former teacher who has run the school for a "
        'decade, walked along the frozen quay at dawn. "We have never seen ice like this," he '
        'said. "Not once.\n\n'
        '"The children will stay home until Thursday."\n\n'
        "The principal, Dan Frew, said buses could not reach the harbour road.\n\n"
        "Her coach, a former sprinter who has trained her since she was 12, sat in the "
        'stands. "She was ready," he said.\n\n'
        "The coach, Ian Bole, said the team would appeal.\n"
    )
    got = by_quote(text)
    assert got["We have never seen ice like this,"].speaker == "Dan Frew"
    assert got["The children will stay home until Thursday."].speaker == "Dan Frew"
    assert got["She was ready,"].speaker == "Ian Bole"


def test_guard_a_pronoun_after_a_description_named_nowhere_is_left_alone():
    text = (
        "Ice closes harbour\n\n"
        "Ray Dunn, the fisheries minister, said help was on its way.\n\n"
        "The principal of Port Elm High School, a former teacher, walked along the quay. "
        '"We have never seen ice like this," he said.\n\n'
        "The harbour was closed, officials said.\n"
    )
    assert by_quote(text)["We have never seen ice like this,"].speaker != "Ray Dunn"


def test_a_long_surname_with_two_vowels_slipped_is_the_same_person():
    for right, slipped in (("Hartanto", "Hartonta"), ("Suryadinata", "Suryodinata")):
        text = (
            "Disease experts warn of new strain\n\n"
            "JAKARTA, Indonesia (AP) — Cases doubled in a week, officials said.\n\n"
            f"The ministry spokesman, Budi {right}, said 40 clinics had closed.\n\n"
            f"{slipped} said the vaccine would arrive next week.\n"
        )
        assert by_quote(text)["the vaccine would arrive next week"].speaker == f"Budi {right}"


def test_a_school_or_water_district_speaks_as_a_body():
    for name in ("Harlow Valley School District", "Cedar Creek Water District"):
        text = (
            f"Buses leave earlier\n\nThe {name} said in a message that buses would leave earlier.\n"
        )
        got = by_quote(text)["buses would leave earlier"]
        assert (got.speaker, got.speaker_type) == (name, "organization")


def test_a_converted_measure_in_brackets_does_not_end_the_reported_clause():
    for measure in ("3 kilometers (1.9 miles)", "40 degrees Celsius (104 F)", "$2 million (£1.6m)"):
        text = (
            "Storm floods coastal towns\n\n"
            f"The agency's director, Mark Tull, said the water had risen {measure} in a day "
            "and that about 2,000 people had left their homes.\n"
        )
        want = f"the water had risen {measure} in a day and that about 2,000 people had left"
        got = [s.quote for s in extract(text)]
        assert any(q.startswith(want) for q in got), got


def _strike_story(body: str, call: str) -> str:
    return (
        "Nurses walk out\n\n"
        f"The nurses' union, {body}, called {call} for Thursday. Its president, Joan Kerr, "
        "said pay talks had failed.\n"
    )


def test_calling_a_strike_or_an_election_is_convening_nothing_said():
    for call in ("a 24-hour strike", "a two-hour stoppage", "two days of protests"):
        quotes = [s.quote for s in extract(_strike_story("RNA", call))]
        assert quotes == ["pay talks had failed"], quotes


def test_its_officer_after_a_body_named_in_an_appositive_subject():
    for body, org in (("RNA", "RNA"), ("the Riverside Nurses Association", None)):
        got = by_quote(_strike_story(body, "a 24-hour strike"))["pay talks had failed"]
        assert got.organization == (org or "Riverside Nurses Association")


def test_a_second_according_to_credits_only_what_follows_the_first():
    for first, second in (("state figures", "an engineering report"), ("the utility", "a memo")):
        text = (
            "Dam inspections\n\n"
            f"The dam holds about 40 million cubic meters, according to {first}, and was "
            f"rated in poor condition last year, according to {second}.\n"
        )
        quotes = [s.quote for s in extract(text)]
        assert quotes == [
            "The dam holds about 40 million cubic meters",
            "was rated in poor condition last year",
        ], quotes


def test_a_name_described_as_a_coach_or_ferry_operator_is_a_company():
    for name, kind in (("Alpenblick Reisen", "coach"), ("Nordsund Linjer", "ferry")):
        text = (
            "Town to charge visitors\n\n"
            "LUCCA, Italy (AP) — The town will charge visitors a fee, its mayor said.\n\n"
            f"{name}, a Swiss {kind} operator that brings 20,000 visitors a year, said it "
            'would add the fee to its fares. The company called the cap "unworkable."\n'
        )
        got = by_quote(text)
        fares = got["it would add the fee to its fares"]
        assert (fares.speaker_type, fares.role, fares.country) == ("organization", None, "CH")
        assert got["unworkable."].speaker == name


def test_guard_a_crane_operator_is_a_person():
    text = '"It is fair," said Tom Ruiz, a crane operator at the port.\n'
    got = by_quote(text)["It is fair,"]
    assert (got.speaker, got.speaker_type) == ("Tom Ruiz", "person")
