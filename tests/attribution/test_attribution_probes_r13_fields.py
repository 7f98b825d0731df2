"""Probe round 13, fields: role, country and organisation of right-speaker statements
(measured with bench/fields.py). Invented wire copy; each test writes the expected
fields first."""

from quote_lookup import by_quote


def fields(s):
    return (s.speaker, s.role, s.country, s.organization)


# --- a bare title of the body named just before ------------------------------------


def test_a_governor_is_the_central_bank_s():
    text = (
        "Vellmark's central bank lifts rates\n\n"
        "KASTRUP, Denmark — The Central Bank of Vellmark raised its main rate by half a "
        "point on Tuesday, citing stubborn food prices.\n\n"
        "Governor Helle Brandt told reporters that the move had been unanimous.\n\n"
        "Deputy Governor Jens Holm said wages were rising too fast."
    )
    q = by_quote(text)
    assert fields(q["the move had been unanimous"]) == (
        "Helle Brandt", "Governor", "DK", "Central Bank of Vellmark",
    )  # fmt: skip
    assert q["wages were rising too fast"].organization == "Central Bank of Vellmark"


def test_a_state_governor_is_not_a_bank_s():
    # no central bank in the story: "Governor" is a state's
    text = (
        "PHILADELPHIA — Gov. Dana Ruiz signed the budget on Friday after Bank of America "
        "warned about bond ratings.\n\n"
        "Governor Ruiz said the state would keep its rainy-day fund."
    )
    s = by_quote(text)["the state would keep its rainy-day fund"]
    assert (s.speaker, s.organization) == ("Dana Ruiz", None)


def test_a_deputy_commissioner_is_the_commission_s():
    text = (
        "DUBLIN — Ireland's Media Standards Commission fined the broadcaster Lyra TV €2 "
        "million on Monday, saying it had misled viewers.\n\n"
        '"Viewers deserve the truth," Deputy Commissioner Niamh Boyle said at a news '
        "conference."
    )
    s = by_quote(text)["Viewers deserve the truth,"]
    assert (s.speaker, s.organization) == ("Niamh Boyle", "Media Standards Commission")


def test_a_justice_is_the_court_s():
    text = (
        "WASHINGTON — The Supreme Court on Monday struck down a Texas law on drone "
        "flights.\n\n"
        "Writing for the majority, Justice Carol Wynne said the law conflicted with "
        "federal rules. In a dissent, Justice Abe Korman wrote that the court had erred."
    )
    q = by_quote(text)
    assert q["the law conflicted with federal rules"].organization == "Supreme Court"
    assert q["the court had erred"].organization == "Supreme Court"


def test_a_museum_director_is_the_museum_s():
    text = (
        "BOSTON — The Harwick Gallery of Fine Art will return six bronze masks to Benin.\n\n"
        "Director Paula Greer said the trustees had voted unanimously."
    )
    s = by_quote(text)["the trustees had voted unanimously"]
    assert (s.speaker, s.role, s.organization) == (
        "Paula Greer", "Director", "Harwick Gallery of Fine Art",
    )  # fmt: skip


def test_company_officers_after_the_company():
    text = (
        "Tallon Robotics, the Leeds-based maker of warehouse robots, is to cut 400 jobs "
        "after a fall in orders.\n\n"
        "The chief executive, Marta Quill, told analysts that demand would recover.\n\n"
        "Finance director Oscar Lind said costs would fall by £20m.\n\n"
        "The chairman, Sir Ian Pell, said the board backed the plan."
    )
    q = by_quote(text)
    for quote, name, role in (
        ("demand would recover", "Marta Quill", "chief executive"),
        ("costs would fall by £20m", "Oscar Lind", "Finance director"),
        ("the board backed the plan", "Ian Pell", "chairman"),
    ):
        s = q[quote]
        assert (s.speaker, s.role, s.organization) == (name, role, "Tallon Robotics")


# --- workplaces, nationalities and descriptions in appositives -----------------------


def test_a_workplace_after_a_field_of_study():
    q = by_quote(
        "Dr Ewan Price, a professor of maritime law at Trinity College Dublin, said courts "
        "had been cautious.\n\n"
        "Hamid Noor, an expert in medieval trade at the University of Carrow, said the "
        "samples were old."
    )
    assert q["courts had been cautious"].organization == "Trinity College Dublin"
    assert q["the samples were old"].organization == "University of Carrow"


def test_a_language_studied_is_no_nationality():
    s = by_quote("Mia Ford, a second-year student of French and German, said it was popular.")[
        "it was popular"
    ]
    assert (s.speaker, s.country) == ("Mia Ford", None)


def test_a_nationality_noun_in_an_appositive():
    text = (
        "Lars Eklund scored twice as the Torvik Owls beat the Bay City Herons.\n\n"
        "Eklund, a 23-year-old Swede playing his first season, said the crowd was loud."
    )
    s = by_quote(text)["the crowd was loud"]
    assert (s.speaker, s.country) == ("Lars Eklund", "SE")


def test_philippine_is_a_demonym():
    s = by_quote("Philippine Foreign Secretary Rosa Dalisay said the draft was weak.")[
        "the draft was weak"
    ]
    assert (s.role, s.country) == ("Foreign Secretary", "PH")


def test_an_age_is_not_part_of_a_role():
    text = (
        '"Change has come," Rui Matos, the Civic Union leader, told supporters. Matos, a '
        "49-year-old former labor minister, said he would start talks on Monday."
    )
    s = by_quote(text)["he would start talks on Monday"]
    # a former post in a later description does not replace the one he holds
    assert (s.speaker, s.role, s.organization) == ("Rui Matos", "leader", "Civic Union")


def test_a_preposed_title_outranks_a_trailing_description():
    q = by_quote(
        "The head of the mission, Paul Girard, a French diplomat, said the peacekeepers "
        "were stretched.\n\n"
        "The Teachers Union called the plan reckless. Its branch president, Dr Ewa Nowak, "
        "a lecturer in history, said staff had not been told."
    )
    s = q["the peacekeepers were stretched"]
    assert (s.speaker, s.role, s.country) == ("Paul Girard", "head", "FR")
    s = q["staff had not been told"]
    assert (s.speaker, s.role, s.organization) == (
        "Ewa Nowak",
        "branch president",
        "Teachers Union",
    )


# --- organisations written inside a role, and their countries ------------------------


def test_a_seat_sought_is_no_employer():
    s = by_quote("Republican Senate candidate Tom Breck said the border was open.")[
        "the border was open"
    ]
    assert (s.role, s.organization) == ("Senate candidate", None)  # (round 24: no party)


def test_a_ministry_opening_a_role_is_the_organisation():
    s = by_quote(
        "In Beijing, Chinese Foreign Ministry spokesperson Wen Jiali said China opposed the move."
    )["China opposed the move"]
    assert (s.country, s.organization) == ("CN", "Foreign Ministry")


def test_a_body_named_with_its_country_before_a_title():
    s = by_quote("Environment Canada meteorologist Dana Roy said the front would arrive Tuesday.")[
        "the front would arrive Tuesday"
    ]
    assert (s.role, s.country, s.organization) == ("meteorologist", "CA", "Environment Canada")


def test_the_country_in_a_body_s_description():
    text = (
        "LONDON — Shares in Pellow's rose after it rejected an approach from the US private "
        "equity firm Mallory Partners. Mallory Partners said the offer was fair.\n\n"
        "The Norway-based charity Helping Hands said its clinics were full."
    )
    q = by_quote(text)
    assert q["the offer was fair"].country == "US"  # not the dateline's GB
    assert q["its clinics were full"].country == "NO"


def test_initials_take_the_name_written_in_full():
    text = (
        "The National Transportation Safety Board said it had sent investigators. NTSB "
        "investigator Maria Ortiz said it was too early to say."
    )
    s = by_quote(text)["it was too early to say"]
    assert (s.role, s.organization) == ("investigator", "National Transportation Safety Board")


def test_a_nationality_later_keeps_the_employer():
    text = (
        "NATO's deputy envoy for cyber defense, Kari Lunde, said the alliance would share "
        "data. Lunde, a Norwegian, said the gap was obvious."
    )
    s = by_quote(text)["the gap was obvious"]
    assert (s.speaker, s.country, s.organization) == ("Kari Lunde", "NO", "NATO")


def test_a_manager_is_the_club_s():
    text = (
        "HARLOW, England (AP) — Harlow Rovers have agreed to sell striker Tom Ade to Real "
        "Norte, the Premier League team said Friday.\n\n"
        "Manager Gary Hume said he had accepted the decision."
    )
    s = by_quote(text)["he had accepted the decision"]
    assert (s.speaker, s.role, s.organization) == ("Gary Hume", "Manager", "Harlow Rovers")


# --- a lead's description, the name given later without a title --------------------


def test_a_lead_description_is_the_untitled_name_that_follows():
    text = (
        "Lawmakers grill former Elmcrest chief over bank failure\n\n"
        "WASHINGTON — The former chief executive of Elmcrest Savings Bank apologized to "
        "customers on Tuesday but told a House panel that the collapse was unforeseeable.\n\n"
        '"I am sorry to every family that trusted us," Walter Pruitt said in his opening '
        "statement.\n\n"
        "Pruitt, who ran the lender for nine years, said he had not sold any shares.\n\n"
        "Rep. Dana Cole, D-Ore., said the bank had ignored warnings."
    )
    q = by_quote(text)
    for quote in ("I am sorry to every family that trusted us,", "he had not sold any shares"):
        s = q[quote]
        assert (s.speaker, s.role, s.organization) == (
            "Walter Pruitt", "former chief executive", "Elmcrest Savings Bank",
        )  # fmt: skip
    assert q["the bank had ignored warnings"].role == "Representative"  # titled: his own


def test_a_titled_name_after_a_lead_description_keeps_its_title():
    text = (
        "WASHINGTON — The chief executive of Elmcrest Savings Bank told a House panel that "
        "the collapse was unforeseeable.\n\n"
        "Rep. Dana Cole, D-Ore., said the bank had ignored warnings."
    )
    s = by_quote(text)["the bank had ignored warnings"]
    assert (s.role, s.organization) == ("Representative", None)


# --- an undated story about one country ----------------------------------------------


def test_an_undated_story_naming_one_country_only():
    text = (
        "A Roman road found under a car park in northern England is older than thought, "
        "archaeologists from the University of Fendale said on Monday.\n\n"
        "Dr Ruth Calder said it was the best preserved road in Britain. British museums "
        "have asked to display the finds."
    )
    s = by_quote(text)["it was the best preserved road in Britain"]
    assert (s.speaker, s.country) == ("Ruth Calder", "GB")


def test_an_undated_story_naming_two_countries_is_left_alone():
    text = (
        "Talks between France and Britain stalled on Monday, officials said.\n\n"
        "Ruth Calder said a deal was close. French and British negotiators will meet again."
    )
    assert by_quote(text)["a deal was close"].country is None


def test_a_generic_epithet_recalls_the_office_named_before():
    text = (
        'LUSAKA, Zambia — Cholera cases rose again. "We are racing the rain," Joseph Tembo, '
        "the director of public health at the Ministry of Health, told reporters.\n\n"
        "Tembo, the ministry official, said the death rate was too high."
    )
    s = by_quote(text)["the death rate was too high"]
    assert (s.role, s.organization) == ("director of public health", "Ministry of Health")


def test_a_relative_clause_names_the_described_employer():
    s = by_quote(
        "Swedish economist Anders Holm, who follows the Nordic economies for the consultancy "
        "Baltic Ridge Analytics in Stockholm, said the move was odd."
    )["the move was odd"]
    assert (s.role, s.country, s.organization) == ("economist", "SE", "Baltic Ridge Analytics")
    # a body one votes for is no employer (no kind of body described)
    s = by_quote("Mary Lee, who voted for the party Unity First, said it was fine.")["it was fine"]
    assert s.organization is None


def test_an_office_before_a_nationality_and_a_trade():
    s = by_quote(
        "The alliance's chair, Tongan diplomat Sione Fifita, said rich countries had failed."
    )["rich countries had failed"]
    assert (s.speaker, s.role, s.country) == ("Sione Fifita", "chair", "TO")
