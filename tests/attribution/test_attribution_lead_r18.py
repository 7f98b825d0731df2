"""Round 18, the lead's probes: datelines in other wires' styles, and undated U.S. copy."""

from tests.attribution.quote_lookup import by_quote


def test_a_title_case_dateline_before_a_news_agency_is_no_part_of_the_reported_clause():
    text = (
        "Village shuts its old town to cars\n\n"
        "Valdemora, Spain (AFP) - A Spanish village closed its old town to cars on Monday, "
        "mayor Ana Gil said.\n\n"
        "“It is about our children,” Gil told AFP.\n"
    )
    statements = by_quote(text)
    clause = statements["A Spanish village closed its old town to cars on Monday"]
    assert (clause.speaker, clause.country) == ("Ana Gil", "ES")
    assert statements["It is about our children,"].country == "ES"


def test_a_title_case_capital_before_a_news_agency_gives_its_country():
    text = (
        "Capital bans rental scooters\n\n"
        "Lisbon (AFP) - The city council banned rental scooters on Monday, deputy mayor "
        "Rui Costa said.\n\n"
        "“Our pavements are for people,” Costa said.\n"
    )
    statements = by_quote(text)
    clause = statements["The city council banned rental scooters on Monday"]
    assert (clause.speaker, clause.country) == ("Rui Costa", "PT")


def test_a_reuters_dateline_with_its_date_after_the_country_gives_the_country():
    text = (
        "Grid fails for a second night\n\n"
        "TACUAREMBO, Uruguay, March 3 (Reuters) - The national grid failed for a second "
        "night on Tuesday, Energy Minister Carla Ruiz said.\n\n"
        '"We will find the fault," Ruiz told reporters.\n'
    )
    statements = by_quote(text)
    assert statements["The national grid failed for a second night on Tuesday"].country == "UY"
    assert statements["We will find the fault,"].country == "UY"


def test_undated_local_copy_with_a_county_board_and_a_sheriff_is_american():
    text = (
        "County shuts bridge after inspectors find crack\n\n"
        "The Harlan County Board of Commissioners voted Tuesday to close the Mill Creek "
        "bridge, Commissioner Dale Pruitt said.\n\n"
        "“We had no choice,” Pruitt said.\n\n"
        "Sheriff Tom Wade said detours would add 20 minutes to school bus routes.\n"
    )
    statements = by_quote(text)
    assert statements["We had no choice,"].country == "US"
    assert statements["detours would add 20 minutes to school bus routes"].country == "US"


def test_undated_copy_with_one_american_mark_guesses_no_country():
    text = (
        "Orchard wins prize for heritage apples\n\n"
        "A family orchard that grows 40 kinds of heritage apple won a national prize on "
        "Tuesday, its owner Ruth Dale said. Her grandfather planted the first trees after "
        "moving from Ohio.\n\n"
        "“We never sold a single tree,” Dale said.\n"
    )
    assert by_quote(text)["We never sold a single tree,"].country is None


def test_a_body_named_with_its_countrys_initials_speaks_as_that_body():
    statements = by_quote(
        "UK Sport said on Tuesday that funding for rowing would be cut. US Soccer said the "
        "coach had been dismissed. US Treasury officials said the sanctions would stay.\n"
    )
    assert statements["funding for rowing would be cut"].speaker == "UK Sport"
    assert statements["funding for rowing would be cut"].speaker_type == "organization"
    assert statements["the coach had been dismissed"].speaker == "US Soccer"
    assert statements["the sanctions would stay"].speaker is None


def test_a_sports_governing_body_is_an_organisation_and_its_director_keeps_his_field():
    statements = by_quote(
        "Fenmore Athletics said it was “deeply disappointed” by the ban. Its performance "
        "director, Sarah Lyle, said the squad would be reviewed.\n"
    )
    body = statements["deeply disappointed"]
    assert (body.speaker, body.speaker_type) == ("Fenmore Athletics", "organization")
    director = statements["the squad would be reviewed"]
    assert (director.role, director.organization) == ("performance director", "Fenmore Athletics")


def test_an_age_epithet_is_the_person_a_body_just_reported_on():
    statements = by_quote(
        "Sprinter Jade Morrow has been banned for four years, Fenmore Athletics said on "
        "Tuesday.\n\n"
        "The 27-year-old, who won bronze in Lisbon, said she was “devastated” and would "
        "appeal.\n"
    )
    assert statements["devastated"].speaker == "Jade Morrow"
    assert statements["would appeal"].speaker == "Jade Morrow"


def test_a_fee_charged_and_a_criminal_charge_report_no_words():
    statements = by_quote(
        "A hilltop village in northern Portugal began charging day visitors five euros on "
        "Saturday. In April, prosecutors charged two developers, Al Quin and Bo Sten, with "
        "defrauding investors. The opposition charged that the fee broke European law.\n"
    )
    assert list(statements) == ["the fee broke European law"]


def test_a_participle_after_a_title_is_no_part_of_the_role():
    statements = by_quote(
        "“The boat tipped twice,” said Rosa Lim, a fish vendor travelling to the capital "
        "with her sons. “Then it rolled,” said Ben Ocampo, the ferry's chief operating "
        "officer.\n"
    )
    assert statements["The boat tipped twice,"].role == "fish vendor"
    assert statements["Then it rolled,"].role == "chief operating officer"


def test_a_geographer_at_a_university_has_a_role_and_an_organisation():
    statement = by_quote(
        "“It is a symptom, not a cure,” said Paulo Mendes, a geographer at the University "
        "of Porto.\n"
    )["It is a symptom, not a cure,"]
    assert (statement.role, statement.organization) == ("geographer", "University of Porto")


def test_a_one_word_name_keeps_its_title_for_the_pronouns_after_it():
    statements = by_quote(
        "Rescuers searched for nine people on Tuesday.\n\n"
        "Suharyanto, the agency's chief, told a news conference that soldiers had been sent. "
        "He said the government would pay for temporary shelters.\n"
    )
    later = statements["the government would pay for temporary shelters"]
    assert (later.speaker, later.role) == ("Suharyanto", "chief")


def test_an_age_and_a_trade_after_a_quote_give_the_speaker_that_role():
    statements = by_quote(
        "Another resident, Rudi Hartono, said the river had burst its banks twice this year. "
        "“Nobody listens until people die,” the 58-year-old farmer said.\n"
    )
    quote = statements["Nobody listens until people die,"]
    assert (quote.speaker, quote.role) == ("Rudi Hartono", "farmer")


def test_a_body_named_in_spanish_speaks_as_an_organisation():
    statements = by_quote(
        "The grid operator, Coordinador Eléctrico Nacional, said a line had tripped. "
        "Instituto Nacional de Estadística said prices rose 4 percent.\n"
    )
    for quote, body in (
        ("a line had tripped", "Coordinador Eléctrico Nacional"),
        ("prices rose 4 percent", "Instituto Nacional de Estadística"),
    ):
        assert (statements[quote].speaker, statements[quote].speaker_type) == (
            body,
            "organization",
        )


def test_a_company_named_by_its_initials_and_a_word_keeps_both():
    statements = by_quote(
        "BHP Billiton said the mine would reopen. NATO chief Mark Rutte said the alliance "
        "was ready.\n"
    )
    company = statements["the mine would reopen"]
    assert (company.speaker, company.speaker_type) == ("BHP Billiton", "organization")
    assert statements["the alliance was ready"].speaker == "Mark Rutte"


def test_a_family_tie_or_a_neighbour_is_the_role_unless_an_office_is_written():
    statements = by_quote(
        "“He was a good boy,” said the mother, Lorraine Hale. Her neighbor, Arthur Lam, 80, "
        "said he would not leave. Father Tom Kamau, a Catholic priest, said the parish "
        "would help.\n\n"
        "State Delegate Marcia Price spoke first. Price, a niece of the senator, said the "
        "race was close.\n"
    )
    assert statements["He was a good boy,"].role == "mother"
    assert statements["he would not leave"].role == "neighbor"
    assert statements["the parish would help"].role == "Catholic priest"
    assert statements["the race was close"].role == "State Delegate"


def test_a_titled_name_of_a_body_the_lexicons_do_not_know_is_the_speaker():
    statement = by_quote(
        "Superintendent Mark Owusu of the Dunmore Area School District said bus routes "
        "would be redrawn.\n"
    )["bus routes would be redrawn"]
    assert (statement.speaker, statement.role, statement.organization) == (
        "Mark Owusu",
        "Superintendent",
        "Dunmore Area School District",
    )


def test_a_guide_named_after_said_the_guide_is_the_speaker():
    statement = by_quote('"It is the price of beauty," said the guide, Stefano Bellucci.\n')[
        "It is the price of beauty,"
    ]
    assert (statement.speaker, statement.role) == ("Stefano Bellucci", "guide")


def test_a_person_who_gives_only_one_name_is_a_person_with_the_noun_before_as_role():
    statements = by_quote(
        "A food vendor who gave only one name, Parni, said sales had halved. A neighbor, who "
        "gave only his first name, Prakash, said the house had collapsed.\n"
    )
    vendor = statements["sales had halved"]
    assert (vendor.speaker, vendor.speaker_type, vendor.role) == (
        "Parni",
        "person",
        "food vendor",
    )
    assert statements["the house had collapsed"].role == "neighbor"


def test_a_title_described_before_the_name_is_given_keeps_its_fuller_wording():
    statements = by_quote(
        "Skyline Air grounded its fleet on Monday. The airline's chief executive said the "
        "planes would fly again by Friday.\n\n"
        "The executive, Marta Ferrand, told reporters that engineers had found the fault.\n"
    )
    first = statements["the planes would fly again by Friday"]
    assert (first.speaker, first.role) == ("Marta Ferrand", "chief executive")


def test_a_spokesperson_for_the_state_department_of_a_field_keeps_the_body():
    statement = by_quote(
        "A spokesperson for the state Department of Transportation, Kyle Benning, said the "
        "agency would respond within 30 days.\n"
    )["the agency would respond within 30 days"]
    assert statement.organization == "Department of Transportation"
