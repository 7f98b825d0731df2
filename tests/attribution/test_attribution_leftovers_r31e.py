"""Round 31, r31-e: constructions round 31's first wave saw fail and left. Invented copy
only (no sentence of a probe, a held-out set or the PolNeAR dev set)."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_a_bare_capitalised_service_is_the_us_one_named_before():
    # AP capitalises a bare service for the U.S. forces only; of a U.S. and a foreign
    # navy named before, "A Navy statement" is the U.S. one
    text = (
        "APIA, Samoa — The U.S. Navy has opened an inquiry into the grounding of a supply "
        "ship off Upolu.\n\n"
        "The head of the Samoa Navy, Capt. Tavita Leaupepe, inspected the reef on Monday.\n\n"
        "A Navy statement said the ship's hull would be patched in Pago Pago.\n"
    )
    got = by_quote(text)["the ship's hull would be patched in Pago Pago"]
    assert (got.speaker, got.organization, got.country) == ("U.S. Navy", "U.S. Navy", "US")


def test_a_unions_area_district_and_branch_officers_are_the_unions():
    text = (
        "Refuse collectors in Dunmere will walk out on Monday, Unite said.\n\n"
        "Unite's regional officer, Gail Farrow, said the council had refused to talk.\n\n"
        "Unite's area organiser, Sunil Malhotra, said bins would not be emptied for a week.\n\n"
        "Unite's district secretary, Owen Pryce, said the vote had been close.\n\n"
        "Unite's branch secretary, Lorna Baird, said members were angry.\n\n"
        "Westbury's district attorney, Ruth Calloway, said no charges would be brought.\n"
    )
    got = by_quote(text)
    for quote, role in (
        ("the council had refused to talk", "regional officer"),
        ("bins would not be emptied for a week", "area organiser"),
        ("the vote had been close", "district secretary"),
        ("members were angry", "branch secretary"),
    ):
        assert (got[quote].role, got[quote].organization) == (role, "Unite")
    # (a place's district office stays a place's: no body)
    assert got["no charges would be brought"].organization is None


def test_a_unions_organiser_named_with_an_unknown_first_name_is_a_person():
    text = (
        "Cleaners at the hospital will strike next week, the GMB said.\n\n"
        "The union's lead organiser, Dev Malhotra, said talks had broken down.\n\n"
        "The race's organiser, Velo Events, said the route would change.\n"
    )
    got = by_quote(text)
    dev = got["talks had broken down"]
    assert (dev.speaker, dev.speaker_type, dev.role, dev.organization) == (
        "Dev Malhotra",
        "person",
        "lead organiser",
        "GMB",
    )
    # (an event's organiser is still a body)
    assert got["the route would change"].speaker_type == "organization"


def test_the_companys_officer_after_a_courtesy_title_is_the_limited_company_named_before():
    text = (
        "ABEOKUTA — Farmers near Owode say dust from a cement works has ruined their crops.\n\n"
        "The works is run by Adire Cement Limited, which opened it in 2019.\n\n"
        "The company's plant manager, Mr Kunle Adeyemi, said filters had been fitted in May.\n"
    )
    got = by_quote(text)["filters had been fitted in May"]
    assert (got.speaker, got.organization) == ("Kunle Adeyemi", "Adire Cement Limited")


def test_a_portfolio_before_minister_is_part_of_the_role_not_a_body():
    text = (
        "WINNIPEG — The province will study the pipeline route, officials said.\n\n"
        "Natural Resources Minister Claire Dubois said the study would take a year.\n"
    )
    got = by_quote(text)["the study would take a year"]
    assert (got.role, got.organization) == ("Natural Resources Minister", None)


def test_a_preposed_office_outranks_a_chieftaincy_style_and_drops_its_complement():
    text = (
        "ENUGU — Traders in Nsukka shut the main market on Monday over new levies.\n\n"
        "The market leader, Chief Ikenna Obi, said the levies had doubled.\n\n"
        "A youth leader in the community, Mr Chidi Eze, said traders could not pay.\n\n"
        "Chief Emeka Nwosu said the council would meet on Friday.\n"
    )
    got = by_quote(text)
    assert got["the levies had doubled"].role == "market leader"
    assert got["traders could not pay"].role == "youth leader"
    # (the style alone stays the role)
    assert got["the council would meet on Friday"].role == "Chief"


def test_admitting_misconduct_in_public_office_is_a_plea_no_statement():
    text = (
        "LEEDS — A council planning officer was jailed for four years on Friday.\n\n"
        "Gareth Moss, who admitted misconduct in a public office and fraud, was led "
        "from the dock in tears.\n"
    )
    assert not [s for s in extract(text) if s.quote.startswith("misconduct")]


def test_told_by_a_judge_after_a_relative_is_the_judges():
    text = (
        "CARDIFF — A former council treasurer was jailed for five years on Thursday.\n\n"
        "Rhys Morgan, who admitted fraud, was told by Judge Eleri Price that he had "
        '"abused the trust of every taxpayer in the county".\n\n'
        "Owen Jones, who admitted theft, was told by Judge Eleri Price that he would serve "
        "two years.\n"
    )
    got = by_quote(text)
    partial = got["abused the trust of every taxpayer in the county"]
    assert (partial.speaker, partial.cue) == ("Eleri Price", "told")
    indirect = got["he would serve two years"]
    assert (indirect.speaker, indirect.cue) == ("Eleri Price", "told")


def test_a_quoted_nouns_contact_relative_with_asked_is_no_cue():
    text = (
        "HONOLULU — A Coast Guard cutter ran aground off Maui on Monday.\n\n"
        'Cmdr. Lee Park said fatigue would be "one of the first questions" inspectors '
        "asked, but that it was too early to say whether it had played a part.\n"
    )
    statements = extract(text)
    assert not [s for s in statements if s.source == "inspectors"]
    assert {s.speaker for s in statements if "played a part" in s.quote} == {"Lee Park"}


def test_a_relative_on_a_dashed_appositive_is_an_aside_no_statement():
    text = (
        "HARRISBURG, Pa. — The House passed the transit bill on Wednesday.\n\n"
        "Rep. Dana Whitfield — a Republican who has opposed the fare rise — said the "
        "bill would hurt commuters.\n"
    )
    statements = extract(text)
    assert [s.quote for s in statements] == ["the bill would hurt commuters"]
    assert statements[0].speaker == "Dana Whitfield"
