"""Round 25, probe r25b's training errors (r25-probeb): general classes of speaker and
field errors on organisations and countries outside the US and UK, each tested with
invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_body_described_by_a_city_based_carrier_is_of_that_city_country():
    got = by_quote(
        "Ferries diverted\n\n"
        "OSLO (NTB) - Vestfjord Line, a Gothenburg-based ferry carrier, said it had moved "
        "two ships to Bergen.\n\n"
        "Its chief executive, Lars Lind, said the move was temporary.\n"
    )
    assert got["it had moved two ships to Bergen"].country == "SE"
    assert got["the move was temporary"].country == "SE"


def test_a_described_company_with_an_abbreviated_legal_form_keeps_its_country():
    # "X Corp., a Seoul-based group," under a Tokyo dateline: the dot of "Corp." is no
    # part of the speaker's name, and the description still gives its country
    got = by_quote(
        "Chip deal delayed\n\n"
        "TOKYO, May 2 (Kyodo) -- Sanwa Denki is half owned by Mirae Circuits Corp., a "
        "Seoul-based electronics group, which said in a filing that it expected no loss.\n"
    )
    st = got["it expected no loss"]
    assert st.speaker == "Mirae Circuits Corp"
    assert st.country == "KR"


def test_it_after_a_sentence_opened_by_a_body_descriptor_is_that_body():
    got = by_quote(
        "Regulator fines lender\n\n"
        "SEOUL, May 2 (Yonhap) -- The Korea Savings Commission fined Hanbit Bank 2 "
        "billion won on Monday.\n\n"
        "The Bank Clerks Union said the fine was fair.\n\n"
        "The commission has tightened its oversight of lenders since a new law took "
        "effect in May. It said it would publish new rules on deposits in the spring.\n"
    )
    assert got["it would publish new rules on deposits in the spring"].speaker == (
        "Korea Savings Commission"
    )


def test_it_after_the_story_s_commission_when_a_second_commission_is_named():
    # "the commission" was the first one all along; a foreign commission named later does
    # not make the later "The commission … It said" ambiguous
    got = by_quote(
        "Watchdog fines app\n\n"
        "TOKYO, May 2 (Kyodo) -- The Japan Consumer Commission fined Hoshi Apps Inc. "
        "on Monday.\n\n"
        "The commission said the company had misled buyers.\n\n"
        "A spokesman for the Taiwan Consumer Commission said it had opened its own "
        "inquiry.\n\n"
        "The Tokyo Taxi Union said the fine was too small.\n\n"
        "The commission has stepped up its checks since May. It said it would publish "
        "guidelines in the spring.\n"
    )
    assert got["it would publish guidelines in the spring"].speaker == ("Japan Consumer Commission")


def test_a_lower_case_brand_after_its_description_speaks():
    got = by_quote(
        "Flights cancelled\n\n"
        "BERLIN (dpa) - About 80 flights were cancelled on Friday, the budget airline "
        "easyJet said.\n\n"
        "The airline said it would refund passengers.\n"
    )
    assert got["About 80 flights were cancelled on Friday"].speaker == "easyJet"
    assert got["it would refund passengers"].speaker == "easyJet"


def test_a_dotted_lower_case_union_and_the_union_later():
    got = by_quote(
        "Rail strike called\n\n"
        "MUNICH (dpa) - The walkout will start at midnight, the rail union ge.ba said.\n\n"
        "Its chairwoman, Petra Hahn, said trains would stop for two days.\n\n"
        "The union says the offer is too low.\n"
    )
    assert got["The walkout will start at midnight"].speaker == "ge.ba"
    assert got["trains would stop for two days"].organization == "ge.ba"
    assert got["the offer is too low"].speaker == "ge.ba"


def test_the_registry_is_a_body_and_names_the_one_registry():
    got = by_quote(
        "Count ends\n\n"
        "LIMA, Peru (AP) -- Turnout was high, the National Voter Registry said on "
        "Monday.\n\n"
        "Turnout was 61 percent, the highest since 2001, the registry said.\n"
    )
    assert got["Turnout was high"].speaker == "National Voter Registry"
    assert got["Turnout was high"].speaker_type == "organization"
    assert got["Turnout was 61 percent, the highest since 2001"].speaker == (
        "National Voter Registry"
    )


def test_a_ministry_with_a_list_of_remits_before_a_relative_clause():
    got = by_quote(
        "Rice quotas reviewed\n\n"
        "TOKYO, May 2 (Kyodo) -- The Ministry of Agriculture, Forestry and Fisheries, "
        "which sets rice quotas, said it would review the rules.\n\n"
        "The agriculture ministry said it had no plans to cut the quota.\n"
    )
    full = "Ministry of Agriculture, Forestry and Fisheries"
    assert got["it would review the rules"].speaker == full
    assert got["it had no plans to cut the quota"].speaker == full


def test_a_body_s_own_medium_with_a_modifier_after_a_closing_cue():
    got = by_quote(
        "Vote count\n\n"
        "QUITO, Ecuador (AP) -- With 98 percent of ballots counted, Ana Ruiz had 41 "
        "percent against 33 percent for the Green candidate, Pablo Soto, the National "
        "Voter Registry said in its last bulletin of the night.\n"
    )
    st = next(s for q, s in got.items() if q.startswith("With 98 percent of ballots counted"))
    assert st.speaker == "National Voter Registry"


def test_a_closing_relative_holding_the_quote_leaves_the_clause_reported():
    # decision 5: the closing relative is the writer's; its quote is its own statement,
    # the clause before it is reported too
    got = by_quote(
        "Mayor takes office\n\n"
        "QUITO, Ecuador (AP) -- The vote was on Sunday.\n\n"
        "Rosa Paredes said her first decree would order an audit of the city bus "
        "contracts, which she had called “a black box” during the campaign.\n"
    )
    assert got["her first decree would order an audit of the city bus contracts"].speaker == (
        "Rosa Paredes"
    )
    assert "a black box" in got


def test_a_relative_inside_the_clause_is_no_closing_one():
    got = by_quote(
        "Mayor changes course\n\n"
        "QUITO, Ecuador (AP) -- Ana Ruiz said the new mayor of the city, who once called "
        "the plan “folly”, had changed her mind.\n"
    )
    assert "the new mayor of the city" not in got
    assert "folly" in got


def test_a_group_with_a_long_participle_phrase_speaks_unnamed():
    got = by_quote(
        "Port shut\n\n"
        "ANTWERP (Belga) - The port is shut.\n\n"
        "Lorry drivers waiting in a queue of three kilometres on the ring road said they "
        "had been told nothing.\n"
    )
    st = got["they had been told nothing"]
    assert st.speaker is None
    assert st.source is not None and st.source.startswith("Lorry drivers waiting")
