"""Round 21, the retired held-out set 18's extraction and attribution error classes: each
rule is tested on invented stories (none of that set's sentences, names or topics). Each
test failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def _depot_story() -> str:
    return (
        "Council delays vote on bus depot\n\n"
        "A council spokeswoman said the mayor had not read the report and would respond "
        "on Friday.\n\n"
        "Harlow said the depot had logged 52 breakdowns in the past year, compared with "
        "nine in the two years before that.\n\n"
        "Drivers said they expected more cuts at next week's meeting, when four more "
        "routes are due to be discussed.\n\n"
        "Councillor Ruth Penhale said the decision was wrong in her ward, where fishermen "
        "and shopkeepers relied on the buses for their trade.\n"
    )


def test_a_modal_conjunct_after_and_stays_in_the_reported_clause():
    got = by_quote(_depot_story())
    assert "the mayor had not read the report and would respond on Friday" in got


def test_compared_with_after_a_figure_is_no_cue():
    got = by_quote(_depot_story())
    quote = "the depot had logged 52 breakdowns in the past year, compared with nine in the "
    assert quote + "two years before that" in got


def test_a_when_clause_on_a_meeting_is_the_writers():
    got = by_quote(_depot_story())
    assert "they expected more cuts at next week's meeting" in got


def test_a_closing_where_clause_on_a_place_is_the_writers():
    got = by_quote(_depot_story())
    assert got["the decision was wrong in her ward"].speaker == "Ruth Penhale"


def test_a_where_clause_inside_the_reported_clause_is_kept():
    # guard: the relative closes before the reported clause's own verb
    text = (
        "Mill to close\n\n"
        "Ruth Penhale said the mill in her ward, where 200 people work, would close in "
        "March.\n"
    )
    got = by_quote(text)
    assert "the mill in her ward, where 200 people work, would close in March" in got


def test_a_closing_participle_of_the_writers_ranking_is_cut():
    text = (
        "Ferry operator results\n\n"
        "The operator reported in June that ticket sales rose 9% last year, making it "
        "the group's busiest line.\n"
    )
    got = by_quote(text)
    assert "ticket sales rose 9% last year" in got


def _brewer_story() -> str:
    return (
        "Brewer agrees takeover\n\n"
        "COPENHAGEN (Reuters) - Holmkilde, which is based in Odense, said the deal would "
        "close in May.\n\n"
        'The opposition Green Future party said the price was "far too high." Its finance '
        "spokesman, Per Lund, said the party would ask for an inquiry.\n\n"
        "Holmkilde shares rose 2%. The company reported last month that beer sales rose 6% "
        "last year.\n\n"
        "Harald Moe, who runs a family pub in Aarhus, Jutland, and had stocked its beer for "
        "a decade, said he was owed about 9,000 crowns.\n\n"
        "According to the trade body Bryggeriforeningen, more than 40 breweries closed in "
        "the past year.\n"
    )


def test_a_lower_case_party_is_no_word_of_a_party_name():
    got = by_quote(_brewer_story())
    assert got["far too high."].speaker == "Green Future"


def test_the_company_is_not_a_party_that_spoke_but_the_company_whose_shares_moved():
    got = by_quote(_brewer_story())
    assert got["beer sales rose 6% last year"].speaker == "Holmkilde"


def test_a_region_after_a_town_in_a_relative_clause_is_no_subject():
    got = by_quote(_brewer_story())
    assert got["he was owed about 9,000 crowns"].speaker == "Harald Moe"


def test_a_trade_body_named_after_its_description_speaks():
    got = by_quote(_brewer_story())
    assert got["more than 40 breweries closed in the past year"].speaker == "Bryggeriforeningen"


def test_a_one_word_party_name_keeps_its_party():
    # guard: "the Congress party" stays whole, so it is never read as another body
    text = (
        "Vote count disputed\n\n"
        "NEW DELHI (Reuters) - The opposition Congress party said the count was flawed.\n"
    )
    got = by_quote(text)
    assert got["the count was flawed"].speaker == "Congress party"
    assert got["the count was flawed"].country == "IN"


def _pool_story() -> str:
    return (
        "Pool to stay open\n\n"
        "Marsh said she had visited the pool twice and found the changing rooms "
        '"frankly unusable" for small children.\n\n'
        "Mayor Ruth Cole, who attended the meeting but did not speak, said in a statement "
        "Tuesday that she respected the council's choice and hoped swimmers would "
        '"keep their tempers."\n\n'
        "Cole said the town had lost $2 million since 2019, money she said should have gone "
        "to the schools and to the parks.\n"
    )


def test_a_first_verb_phrase_before_a_quoted_second_one_is_reported():
    got = by_quote(_pool_story())
    assert got["she had visited the pool twice"].speaker == "Marsh"
    assert got["frankly unusable"].kind == "partial"
    assert got["she respected the council's choice"].speaker == "Ruth Cole"
    assert got["keep their tempers."].speaker == "Ruth Cole"


def test_a_contact_relative_with_its_own_cue_is_reported():
    got = by_quote(_pool_story())
    st = got["should have gone to the schools and to the parks"]
    assert st.speaker == "Ruth Cole"
    assert st.kind == "indirect"


def test_his_spokeswoman_is_the_spokeswoman_named_for_him_before():
    text = (
        "Chef shuts bistro\n\n"
        "The chef Tom Hale closed his bistro on Monday.\n\n"
        "Hale's spokeswoman, Lene Brask, denied that the chef had known about the debts.\n\n"
        "Suppliers said they were owed money.\n\n"
        "His spokeswoman said the chef would return on Friday.\n\n"
        "Hale's other businesses are unaffected, according to his spokeswoman.\n"
    )
    got = by_quote(text)
    assert got["the chef would return on Friday"].speaker == "Lene Brask"
    assert got["Hale's other businesses are unaffected"].speaker == "Lene Brask"
