"""Round 31, heldout30's lessons (r31-h30): a relative's possessor is a person, a field
word before a trade's title that is only a word inside a longer body's name, a union's
(national) organiser, a name inside another's reported clause giving no gender to a
pronoun after its sentence. Invented copy only (no sentence of heldout30)."""

from quote_lookup import by_quote


def test_a_widows_possessor_is_a_person_not_a_body_ending_in_the_surname():
    text = (
        "Ferry fire kills two\n\n"
        "Two crew members died, among them Abel Tamsin Hoque, 40, an engineer from Khulna.\n\n"
        "Tamsin's widow, Mira Sultana, said she had not been told.\n"
    )
    st = by_quote(text)["she had not been told"]
    assert st.speaker == "Mira Sultana"
    assert st.role == "widow"
    assert st.organization is None


def test_a_field_word_inside_a_longer_bodys_name_stays_in_a_trade_title():
    text = (
        "Karate body bans coach\n\n"
        "TOKYO (Kyodo) -- The All Japan Karate Federation said Monday it had banned a coach.\n\n"
        "Karate writer Emi Sato said the ban was overdue.\n"
    )
    st = by_quote(text)["the ban was overdue"]
    assert st.speaker == "Emi Sato"
    assert st.role == "Karate writer"
    assert st.organization is None


def test_a_unions_national_organiser_is_the_unions():
    text = (
        "Opera tour off\n\n"
        "The Northfield Opera has cancelled its tour.\n\n"
        "Brightwork, the stagehands' union, said the cuts were unsafe.\n\n"
        "Brightwork's national organiser for theatre, Lena Hart, said the union had "
        "complained in March.\n"
    )
    st = by_quote(text)["the union had complained in March"]
    assert st.speaker == "Lena Hart"
    assert st.role == "national organiser"
    assert st.organization == "Brightwork"


def test_a_name_in_anothers_reported_clause_is_no_she_for_the_next_quote():
    text = (
        "Ballet cancels tour\n\n"
        "Northfield Ballet has cancelled the spring tour of its new Tosca after injuries.\n\n"
        "The York-based company said in a statement that it could not go on.\n\n"
        "Brightwork, the stagehands' union, said the cuts were unsafe.\n\n"
        "The company's music director, Paul Venn, said the schedule was agreed.\n\n"
        "Critic Ann Bell, who has followed the company since 1990, said Northfield Ballet "
        "had a reputation as a 'family' and that the row would hurt.\n\n"
        "'Companies of this size live on goodwill,' she said.\n"
    )
    got = by_quote(text)
    assert got["it could not go on"].speaker == "Northfield Ballet"
    assert got["the schedule was agreed"].organization == "Northfield Ballet"


def test_trinidad_and_tobagos_domestic_marks_set_an_undated_story_there():
    text = (
        "Steelband loses its yard\n\n"
        "A steelband that has practised in Woodbrook for 40 years must leave its panyard by "
        "June, its captain said yesterday.\n\n"
        "The band, which placed third at the Queen's Park Savannah last year, rents the "
        "yard from a family in Port of Spain.\n\n"
        "Band captain Ronald Mohammed said the players would look for a new yard in Couva.\n"
    )
    st = by_quote(text)["the players would look for a new yard in Couva"]
    assert st.speaker == "Ronald Mohammed"
    assert st.country == "TT"


def test_an_officer_of_a_bodys_office_in_a_place_is_the_bodys():
    text = (
        "Mine blast\n\n"
        "The Directorate of Mines Safety (DMS) suspended work at the pit on Monday.\n\n"
        "Ruma Sen, deputy director of DMS's Dhanbad office, said inspectors had visited in "
        "May.\n"
    )
    st = by_quote(text)["inspectors had visited in May"]
    assert st.speaker == "Ruma Sen"
    assert st.organization == "Directorate of Mines Safety"


def test_a_mill_owner_named_by_its_trade_is_a_body_and_the_company():
    text = (
        "Mill fire\n\n"
        "The fire started in the boiler room, according to the mill's owner, Meghna Green "
        'Textiles.\n\n"We will pay," said Rahim Khan, the company\'s managing director.\n'
    )
    got = by_quote(text)
    body = got["The fire started in the boiler room"]
    assert body.speaker == "Meghna Green Textiles"
    assert body.speaker_type == "organization"
    assert body.role is None
    assert got["We will pay,"].organization == "Meghna Green Textiles"


def test_according_to_its_operator_a_body_named_after_the_role():
    text = (
        "Plant leak\n\n"
        "The leak began in a valve at the cooling tower, according to the plant's operator, "
        "Harlow Power Systems.\n"
    )
    st = by_quote(text)["The leak began in a valve at the cooling tower"]
    assert st.speaker == "Harlow Power Systems"
    assert st.speaker_type == "organization"


def test_the_forums_coordinator_is_the_forums():
    text = (
        "Mill deaths\n\n"
        "At least nine workers died last year, according to a count kept by the Riverside "
        "Labour Forum, a Dhaka-based platform.\n\n"
        "The forum's coordinator, Anil Das, said most deaths happened at night.\n"
    )
    st = by_quote(text)["most deaths happened at night"]
    assert st.speaker == "Anil Das"
    assert st.organization == "Riverside Labour Forum"


def test_who_has_run_the_stable_after_an_age_and_the_stables_wrestler():
    text = (
        "Sumo stable shut\n\n"
        "TOKYO (Kyodo) -- The sumo association said it will close the Harukaze stable in "
        "May.\n\n"
        "Kenji Ota, 58, who has run the stable since 2011, said he would not appeal.\n\n"
        "The stable's top wrestler, Takanoumi, said he would miss it.\n"
    )
    got = by_quote(text)
    assert got["he would not appeal"].speaker == "Kenji Ota"
    assert got["he would not appeal"].organization == "Harukaze stable"
    assert got["he would miss it"].organization == "Harukaze stable"


def test_who_runs_the_union_after_an_age():
    text = (
        "Dock strike\n\n"
        "The Harbour Workers Union called a strike on Monday.\n\n"
        "Ruth Maddox, 52, who runs the union, said the strike would last a week.\n"
    )
    st = by_quote(text)["the strike would last a week"]
    assert st.speaker == "Ruth Maddox"
    assert st.organization == "Harbour Workers Union"


def test_a_quoted_contrast_after_the_clause_reports_the_clause_too():
    text = (
        "Pool row\n\n"
        "Swimmer Lena Ortiz said the council should have fixed the roof before closing the "
        "pool, “not a year after.”\n"
    )
    got = by_quote(text)
    assert got["the council should have fixed the roof before closing the pool"].speaker == (
        "Lena Ortiz"
    )
    assert got["not a year after."].kind == "partial"


def test_a_relative_clauses_request_not_to_be_named_for_fear_is_no_statement():
    text = (
        "Yard fire\n\n"
        '"So nobody waits," said one welder, who did not want to be named for fear of '
        "losing his job.\n"
    )
    got = by_quote(text)
    assert "to be named for fear of losing his job" not in got
    assert "So nobody waits," in got


def test_the_oc_is_the_officer_in_charge_named_before():
    text = (
        "Yard fire\n\n"
        "Two workers died at a yard in Sitakunda on Sunday.\n\n"
        "The station's officer-in-charge, Md Abul Kalam, said two cases had been filed.\n\n"
        '"We have seized the log," the OC told reporters.\n'
    )
    got = by_quote(text)
    assert got["two cases had been filed"].role == "officer-in-charge"
    assert got["We have seized the log,"].speaker == "Md Abul Kalam"


def test_a_woman_in_a_fronted_for_phrase_is_the_next_she():
    text = (
        "Bus fares rise\n\n"
        "“It is a week of wages,” said Rosa Lindqvist, the drivers’ union secretary.\n\n"
        "For riders like Maria Osei, a cleaner who travels an hour from Hayle, the news came "
        "at a bad time.\n\n"
        "“I cannot walk there,” she said.\n"
    )
    st = by_quote(text)["I cannot walk there,"]
    assert st.speaker == "Maria Osei"


def test_said_a_and_found_a_partial_but_b_reports_all_three():
    text = (
        "Mine blast\n\n"
        "Ruma Sen, a deputy director, said inspectors had visited the pit in May and found "
        "“no serious faults,” but had not gone down the new shaft.\n"
    )
    got = by_quote(text)
    assert got["inspectors had visited the pit in May"].speaker == "Ruma Sen"
    assert got["no serious faults,"].kind == "partial"
    assert got["had not gone down the new shaft"].speaker == "Ruma Sen"


def test_an_age_epithet_opening_a_later_sentence_is_the_next_quotes_credit():
    text = (
        "Sumo stable shut\n\n"
        "TOKYO, May 2 (Kyodo)--The Sumo Federation said Friday that it will close the "
        "Harukaze stable in May.\n\n"
        "The stable's top wrestler, Kotoryu, who is ranked fifth among the maegashira, will "
        "join the Tokiwa stable, the federation said. The 24-year-old told reporters after "
        'practice that he had known nothing of the fights, but called the closure "the '
        'right call."\n\n'
        '"It hurts to leave the place where I trained," Kotoryu said. "But I will be fine."\n'
    )
    got = by_quote(text)
    assert got["he had known nothing of the fights"].speaker == "Kotoryu"
    assert got["the right call."].speaker == "Kotoryu"
