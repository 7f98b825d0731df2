"""Probe round 5 (speakers, roles, organisations): invented wire-copy sentences."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_republic_of_name_is_a_country():
    s = by_quote("“We want a settlement,” Republic of Korea said in a statement.")[
        "We want a settlement,"
    ]
    assert s.speaker == "Republic of Korea"
    assert s.speaker_type == "organization" and s.country == "KR"
    # with "the", as any "the <country>" subject: no speaker, the country kept
    s = by_quote("The Democratic Republic of Congo said the border would stay shut.")[
        "the border would stay shut"
    ]
    assert s.speaker is None and s.country == "CD"


def test_office_named_after_its_holder_is_the_organisation():
    s = by_quote("Sheriff's Office spokesman Lt. Omar Reyes said the driver was not hurt.")[
        "the driver was not hurt"
    ]
    assert s.speaker == "Omar Reyes"
    assert s.role == "spokesman" and s.organization == "Sheriff's Office"
    s = by_quote("District Attorney's Office spokeswoman Nina Park said charges were likely.")[
        "charges were likely"
    ]
    assert s.role == "spokeswoman" and s.organization == "District Attorney's Office"


def test_rank_abbreviation_after_spokesman_is_not_in_the_role():
    s = by_quote("Police spokesman Sgt. Omar Reyes said two men were held.")["two men were held"]
    assert s.speaker == "Omar Reyes" and s.role == "Police spokesman"


def test_sources_close_to_someone_keep_the_whole_description():
    s = by_quote("Sources close to the striker said he wanted a move abroad.")[
        "he wanted a move abroad"
    ]
    assert s.speaker is None and s.source == "Sources close to the striker"
    s = by_quote("People close to Ortega said he was furious.")["he was furious"]
    assert s.speaker is None and s.source == "People close to Ortega"


def test_gp_and_practitioner_are_titles():
    s = by_quote("“Waiting lists are growing,” said Dr Hannah Pryce, a GP in Bristol.")[
        "Waiting lists are growing,"
    ]
    assert s.speaker == "Hannah Pryce" and s.role == "GP"
    s = by_quote("“Waiting lists are growing,” said Hannah Pryce, a general practitioner.")[
        "Waiting lists are growing,"
    ]
    assert s.role == "general practitioner"


def test_saint_abbreviation_inside_an_organisation_name():
    s = by_quote("“Beds are full,” said Tom Ashby, a nurse at St. Luke's Hospital in Bath.")[
        "Beds are full,"
    ]
    assert s.role == "nurse" and s.organization == "St. Luke's Hospital"
    s = by_quote("“Beds are full,” said Tom Ashby, a spokesman for St. Luke's Hospital.")[
        "Beds are full,"
    ]
    assert s.role == "spokesman" and s.organization == "St. Luke's Hospital"


def test_team_nickname_before_a_title_is_the_organisation():
    s = by_quote("“He is day-to-day,” Broncos coach Sam Whitley said.")["He is day-to-day,"]
    assert s.speaker == "Sam Whitley" and s.role == "coach" and s.organization == "Broncos"


def test_who_heads_gives_role_and_organisation():
    s = by_quote(
        "Ines Carvalho, who heads the Lisbon Heart Institute, said the trial was promising."
    )["the trial was promising"]
    assert s.speaker == "Ines Carvalho"
    # round 24, convention 9: "who heads Y" gives organisation Y and no role
    assert s.role is None and s.organization == "Lisbon Heart Institute"
    s = by_quote("“We are short of buses,” said Ines Carvalho, who chairs the transit board.")[
        "We are short of buses,"
    ]
    assert s.role is None  # (an unnamed body: no organisation either, as the golds have it)
    s = by_quote("Ines Carvalho, 61, who founded Verde Foods in 1998, said sales were flat.")[
        "sales were flat"
    ]
    assert s.role == "founder" and s.organization == "Verde Foods"
    # "led" / "leads" an unnamed thing is no office
    s = by_quote("Ines Carvalho, who leads the weekly march, said it would go on.")[
        "it would go on"
    ]
    assert s.role is None


def test_company_officer_title_takes_the_company_that_just_spoke():
    text = (
        "Brennholt AG said orders fell in the third quarter. "
        "“Demand will come back,” Chief Executive Lukas Amsel said."
    )
    s = by_quote(text)["Demand will come back,"]
    assert s.role == "Chief Executive" and s.organization == "Brennholt AG"
    # two companies spoke just before: no guess
    text = (
        "Brennholt AG said orders fell, while Norvik Foods said sales rose. "
        "“Demand will come back,” Chief Executive Lukas Amsel said."
    )
    s = by_quote(text)["Demand will come back,"]
    assert s.organization is None


def test_transcript_labels_without_an_introduction_are_people():
    text = (
        "The exchange aired on Sunday.\n\n"
        "“REP. ANNA VOSS: The bill will pass this month.\n\n"
        "“DUNMORE: I think you are wrong about that.\n\n"
        "“VOSS: We will see who is right.”"
    )
    got = [(s.speaker, s.speaker_type, s.organization) for s in extract(text)]
    assert got == [
        ("ANNA VOSS", "person", None),
        ("DUNMORE", "person", None),
        ("ANNA VOSS", "person", None),
    ]


def test_dotted_body_chief_names_the_one_titled_person_of_that_body():
    text = (
        "U.N. Secretary-General Ana Ferreira urged both sides to talk. "
        "“Civilians are paying the price,” the U.N. chief added."
    )
    s = by_quote(text)["Civilians are paying the price,"]
    assert s.speaker == "Ana Ferreira"
    # two capitalised U.N. titles next to names: no guess
    text = (
        "U.N. Secretary-General Ana Ferreira and U.N. Ambassador Tom Baird met on Monday. "
        "“Civilians are paying the price,” the U.N. chief added."
    )
    assert by_quote(text)["Civilians are paying the price,"].speaker is None


def test_party_known_without_party_head_counts_for_the_party():
    text = (
        "Labour and the Green Party gained seats in the south. "
        "The party said it would review the result."
    )
    assert by_quote(text)["it would review the result"].speaker is None
    text = "Voters deserted Labour in the north. The party said it would review the result."
    assert by_quote(text)["it would review the result"].speaker == "Labour"


def test_royal_company_names_stay_whole():
    s = by_quote("Royal Dutch Shell said refining margins fell.")["refining margins fell"]
    assert s.speaker == "Royal Dutch Shell" and s.speaker_type == "organization"
    s = by_quote("Royal Mail said deliveries would resume on Monday.")[
        "deliveries would resume on Monday"
    ]
    assert s.speaker == "Royal Mail" and s.speaker_type == "organization"


def test_passive_agent_with_an_appositive_name_is_that_person():
    s = by_quote("Her death was confirmed by her nephew, Colin Marsh.")["Her death"]
    assert s.speaker == "Colin Marsh" and s.cue == "confirmed"
    s = by_quote("The closure was criticized by the mayor's spokesman, Ed Varga, on Monday.")[
        "The closure"
    ]
    assert s.speaker == "Ed Varga" and s.role == "spokesman"
    # without a name the description stays the unnamed source
    s = by_quote("Her death was announced by her family.")["Her death"]
    assert s.speaker is None and s.source == "her family"


def test_plural_possessive_inside_an_organisation_name():
    s = by_quote("The Socialist Workers' Party said it would seek a coalition.")[
        "it would seek a coalition"
    ]
    assert s.speaker == "Socialist Workers' Party" and s.speaker_type == "organization"
    s = by_quote("“We will strike,” said Ann Pugh, a spokeswoman for the Teachers' Union.")[
        "We will strike,"
    ]
    assert s.organization == "Teachers' Union"
    s = by_quote("“Beds are full,” said Tom Ashby, a nurse at St Giles' Hospital.")[
        "Beds are full,"
    ]
    assert s.organization == "St Giles' Hospital"


def test_other_countries_congresses_are_not_the_us_congress():
    s = by_quote("South Africa's ruling African National Congress said it would seek partners.")[
        "it would seek partners"
    ]
    assert s.speaker == "African National Congress" and s.country == "ZA"
    s = by_quote("The Trades Union Congress said members would walk out.")["members would walk out"]
    assert s.speaker == "Trades Union Congress" and s.country == "GB"
    s = by_quote("“Voters have spoken,” said ANC spokesman Sipho Dlamini.")["Voters have spoken,"]
    assert s.role == "spokesman" and s.organization == "ANC" and s.country == "ZA"


def test_states_attorney_is_one_office():
    s = by_quote("State's Attorney Lena Brooks said charges would be filed.")[
        "charges would be filed"
    ]
    assert s.speaker == "Lena Brooks" and s.role == "State's Attorney"


def test_obituary_or_notice_from_an_organisation_names_its_author():
    s = by_quote("He died of cancer, according to an obituary published by the Varga Foundation.")[
        "He died of cancer"
    ]
    assert s.speaker == "Varga Foundation" and s.speaker_type == "organization"


def test_unnamed_official_of_the_alliance_takes_nato():
    text = (
        "NATO defence ministers met in Brussels on Thursday. "
        "“Deterrence works,” the alliance's most senior official said."
    )
    s = by_quote(text)["Deterrence works,"]
    assert s.speaker is None and s.organization == "NATO"


def test_chief_financial_officer_description_is_one_noun_phrase():
    s = by_quote("“Margins will recover,” the company's chief financial officer said.")[
        "Margins will recover,"
    ]
    assert s.speaker is None and s.source == "the company's chief financial officer"
    s = by_quote("The chief operating officer said the plant would reopen.")[
        "the plant would reopen"
    ]
    assert s.source == "The chief operating officer"


def test_field_adjective_title_in_an_appositive():
    s = by_quote(
        "“Every bed is taken,” said Dr. Ines Mbala, medical director of Lomé Central Hospital."
    )["Every bed is taken,"]
    assert s.role == "medical director" and s.organization == "Lomé Central Hospital"


def test_msf_by_its_french_name_is_an_organisation():
    s = by_quote("Médecins Sans Frontières said its clinic was shelled.")["its clinic was shelled"]
    assert s.speaker == "Médecins Sans Frontières" and s.speaker_type == "organization"
