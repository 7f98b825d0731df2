"""Probe round 17 (dev3), speakers: who speaks through a document, a pronoun, a
relative clause. Invented stories; each test failed before its rule unless marked as a
guard."""

from quote_lookup import by_quote


def speakers(text: str) -> dict[str, str | None]:
    return {q: s.speaker for q, s in by_quote(text).items()}


def test_a_persons_own_letter_names_its_writer():
    text = (
        "MILLBROOK, Ohio — Councilman Rob Elling wants tolls on the new Kessel River "
        "bridge.\n\n"
        "The tolls would be dropped after a decade, according to Elling's earlier letter "
        "to the council.\n\n"
        "Rates will stay high, according to Mayor Dana Whitcombe's memo to staff.\n"
    )
    got = speakers(text)
    assert got["The tolls would be dropped after a decade"] == "Rob Elling"
    assert got["Rates will stay high"] == "Dana Whitcombe"


def test_an_organisations_statement_and_an_unnamed_report_stay_as_they_were():
    # guard (passed before): an organisation's possessive, a name without one
    text = (
        "GENEVA (AP) — Global growth will slow next year, the IMF's statement said on "
        "Tuesday.\n\n"
        "The merger will go ahead, according to the Mueller report.\n"
    )
    got = speakers(text)
    assert got["Global growth will slow next year"] == "IMF"
    assert got["The merger will go ahead"] is None


def test_a_pronoun_after_a_described_subject_is_that_person_not_the_last_speaker():
    text = (
        "Gov. Ray Kent of Ohio wants a new highway through the Kessel valley.\n\n"
        '"It will never be built," Mayor Bill Stone said in an interview. "There is no '
        'money."\n\n'
        "In private, the governor was furious. He said the mayor had misled voters.\n"
    )
    assert speakers(text)["the mayor had misled voters"] == "Ray Kent"


def test_a_pronoun_after_a_description_of_someone_elses_aide_stays_with_the_speaker():
    # guard (passed before): "the governor's aide" is not the governor
    text = (
        "Gov. Ray Kent of Ohio wants a new highway through the Kessel valley.\n\n"
        '"It will never be built," Mayor Bill Stone said in an interview. "There is no '
        'money."\n\n'
        "The governor's aide was furious. He said the mayor had misled voters.\n"
    )
    assert speakers(text)["the mayor had misled voters"] != "Ray Kent"


def test_the_museum_the_gallery_the_society_name_the_one_body_named_before():
    for body, noun in (
        ("Harwell Museum of Art", "museum"),
        ("Tate Gallery", "gallery"),
        ("Royal Horticultural Society", "society"),
    ):
        text = (
            f"The {body} voted on Tuesday to close its doors for a year.\n\n"
            f"The closure will last until March, the {noun} said.\n"
        )
        assert speakers(text)["The closure will last until March"] == body


def test_the_city_based_company_is_the_company_that_just_spoke():
    text = (
        "OSLO, Norway (AP) — Norway's data regulator fined ride-hailing company Brakke "
        "Mobility 40 million kroner on Tuesday for tracking its drivers.\n\n"
        "Brakke said it would appeal. In a statement, the San Francisco-based company "
        'called the decision "disproportionate" and said it had changed its practices.\n'
    )
    got = speakers(text)
    assert got["disproportionate"] == "Brakke Mobility"
    assert got["it had changed its practices"] == "Brakke Mobility"


def test_which_after_a_museum_descriptor_is_that_museum():
    text = (
        "The board of the Harwell Museum of Art voted on Tuesday to return six bronze "
        "statues to Benin.\n\n"
        "The statues will be handed over in March, according to the museum, which said it "
        "would pay for their shipping.\n"
    )
    got = speakers(text)
    assert got["The statues will be handed over in March"] == "Harwell Museum of Art"
    assert got["it would pay for their shipping"] == "Harwell Museum of Art"


def test_the_airline_is_the_name_that_opened_the_sentence_before():
    text = (
        "BOISE, Idaho — An engine failed on a Larch Sky Link jet on Saturday, the "
        "mechanics' union said.\n\n"
        'Larch Sky Link denied that safety had been compromised. "Every aircraft in our '
        'fleet is fully maintained," the airline said in a statement. It said the delay '
        'was "routine across the industry."\n'
    )
    got = speakers(text)
    assert got["Every aircraft in our fleet is fully maintained,"] == "Larch Sky Link"
    assert got["routine across the industry."] == "Larch Sky Link"


def test_a_place_inside_a_sentence_is_no_company_for_the_company():
    # guard (passed before; a first draft broke it): "the Pine Hollow line" is a place's
    text = (
        "DENVER (AP) — Residents of Pine Hollow, a mountain town, said the power was out "
        "for 92 hours.\n\n"
        "Pine Hollow Fire Protection District Chief Tomas Becerra said the shutoff had "
        "probably prevented a fire.\n\n"
        "An engineer said the company had known that the Pine Hollow line was risky. A "
        "company spokeswoman, Hannah Lieb, said Crestline Power had spent $300 million "
        'on safety and "will not apologize for shutting off the power."\n'
    )
    got = by_quote(text)["will not apologize for shutting off the power."]
    assert got.organization != "Pine Hollow Fire Protection District"


def test_the_banks_own_survey_speaks_for_the_bank():
    text = (
        "OSLO (Reuters) — Norway's central bank, Norges Bank, raised its key rate on "
        "Thursday.\n\n"
        "Most mortgages carry floating rates, and the bank's own survey showed that many "
        "borrowers had cut back on heating.\n"
    )
    assert speakers(text)["many borrowers had cut back on heating"] == "Norges Bank"


def test_according_to_the_coach_after_a_coach_speaks_is_that_coach():
    text = (
        "KANSAS CITY, Mo. — The league fined Monarchs coach Dale Whitford $50,000 on "
        "Tuesday after a brawl with the Nashville Sound.\n\n"
        '"I will pay it," Whitford said.\n\n'
        "Nashville coach Ingrid Solvang defended her guard, saying the foul was a "
        "basketball play.\n\n"
        "Whitford, for his part, said he had told his players to move on. According to the "
        'coach, the team watched the tape on Monday and then "turned it off for good."\n'
    )
    assert speakers(text)["turned it off for good."] == "Dale Whitford"


def test_the_league_far_below_the_one_league_named():
    filler = "".join(
        f"The Gulls took a {n}-0 lead in period {n}, and the crowd roared.\n\n"
        for n in (1, 2, 3, 4)
    )
    text = (
        "PORTLOCK, Maine — The Portlock Gulls beat the Ridgeline Miners 5-4 on Saturday, "
        "forcing a Game 7 in their Eastmark Hockey League semifinal.\n\n"
        + filler
        + "The league said late Saturday that it would review a hit by defenseman Gus Wend.\n"
    )
    got = speakers(text)
    assert got["it would review a hit by defenseman Gus Wend"] == "Eastmark Hockey League"


def test_a_broadcaster_told_something_does_not_block_the_union():
    text = (
        "The Retail Staff Union, which has 900 members at the chain, said staff had been "
        "misled.\n\n"
        "Its officer, Megan Rhys, said members learned of the cuts on a video call.\n\n"
        "She told BBC Radio Tamworth: 'If this company can find the money to sack people, "
        "it can find the money to keep them.'\n\n"
        "The union said it would seek urgent talks with management.\n"
    )
    assert speakers(text)["it would seek urgent talks with management"] == "Retail Staff Union"


def test_an_outside_experts_university_is_not_the_storys_university():
    text = (
        "A wooden boat found in a quarry is 4,100 years old, a team from the University "
        "of Eastmoor said on Wednesday.\n\n"
        "Dr Clare Morgan, who led the dig, said the find was extraordinary.\n\n"
        "Professor Hamish Dunlop, an expert in prehistoric seafaring at the University of "
        "Lowrie, said the samples might have come from older timber.\n\n"
        "The university said the boat would go on display in 2031.\n"
    )
    assert speakers(text)["the boat would go on display in 2031"] == "University of Eastmoor"
