"""Round 31 (r31-b): the country of regional and provincial copy with no dateline (probe
r31b). A Scottish weekly never names Scotland: its council areas, agencies, ferries and
MSPs set the story in GB; a foreign voice keeps the country its copy gives it. Invented
copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_undated_scottish_weekly_is_set_in_britain_by_its_own_marks():
    text = (
        "Pier repairs delayed again\n\n"
        "By Iain Ross\n\n"
        "Repairs to the pier at Tarbert will not start until spring, Argyll and Bute Council "
        "has confirmed.\n\n"
        "The council's roads manager, Kirsty Bell, said the contractor had been unable to "
        "source steel piles in time.\n\n"
        "The local MSP, Ruaridh Grant, said he would write to Transport Scotland about the "
        "delay.\n\n"
        "Harbour user Ewen Currie said fishermen were landing their catch in Portugal's "
        "markets by lorry instead.\n\n"
        "Anders Lund, a Danish engineer who surveyed the pier in 2019, said the piles were "
        "failing faster than expected.\n\n"
        "A Danish firm built the original pier, and Lund said Denmark had faced the same "
        "problem on its own islands.\n"
    )
    got = by_quote(text)
    assert got["the contractor had been unable to source steel piles in time"].country == "GB"
    assert got["he would write to Transport Scotland about the delay"].country == "GB"
    assert got["the piles were failing faster than expected"].country == "DK"


def test_a_body_described_by_its_us_seat_keeps_it_in_canadian_copy():
    # "the Tacoma, Wash.-based company": AP's state abbreviation inside the description
    # (the tokens split at its full stop); the seat is the body's and its officer's country
    text = (
        "Pulp mill to idle\n\n"
        "By Claire Morin\n\n"
        "The pulp mill in Espanola, Ont., will idle its last line in March, putting 180 "
        "people out of work.\n\n"
        "Cascade Fibre Inc., which bought the mill in 2020, told workers on Tuesday that the "
        "line had lost money for two years.\n\n"
        "In a statement, the Tacoma, Wash.-based company said pulp prices had fallen by a "
        "third since January.\n\n"
        '"This is not a reflection on our people," said Ron Pike, the company\'s vice-president '
        "of operations.\n\n"
        "Mayor Lise Gagne said the town would lose a fifth of its tax base.\n\n"
        "MPP Andre Roy said he would raise the closure at Queen's Park in Toronto.\n"
    )
    got = by_quote(text)
    prices = got["pulp prices had fallen by a third since January"]
    assert (prices.speaker, prices.country) == ("Cascade Fibre Inc", "US")
    assert got["the line had lost money for two years"].country == "US"
    assert got["This is not a reflection on our people,"].country == "US"
    assert got["the town would lose a fifth of its tax base"].country == "CA"


def test_a_foreign_consultant_placed_by_the_business_he_runs_at_a_later_mention():
    text = (
        "Traders reject market levy\n\n"
        "By Ade Bello\n\n"
        "Traders at a market in Abeokuta, Ogun State, have rejected a new levy imposed by "
        "the Ogun State government.\n\n"
        "A trader, Mrs Kemi Ade, said she had paid more in levies this year than in all her "
        "years in Ogun.\n\n"
        "A planning expert, Dr Hans Botha, said the market was overcrowded.\n\n"
        "Botha, who runs a planning consultancy in Durban, South Africa, said the state should "
        "build a second market.\n"
    )
    got = by_quote(text)
    assert (
        got["she had paid more in levies this year than in all her years in Ogun"].country == "NG"
    )
    assert got["the market was overcrowded"].country == "ZA"
    assert got["the state should build a second market"].country == "ZA"


def test_undated_nigerian_daily_is_set_in_nigeria_by_naira_sums_and_a_state_assembly():
    # naira as Nigerian dailies write them ("N450,000", "N2.1bn") and a state's House of
    # Assembly; a Ghanaian voice keeps his own country
    text = (
        "Farmers count losses as floods hit rice fields\n\n"
        "By Tunde Ajayi\n\n"
        "Rice farmers say floods have destroyed crops worth N2.1bn in three communities.\n\n"
        "A farmer, Mr Lateef Adigun, said he had lost N450,000 worth of seedlings.\n\n"
        "The member representing the area in the Oyo State House of Assembly, Hon. Bisi "
        "Olaniyan, said the House would ask for relief funds.\n\n"
        "A Ghanaian rice buyer, Kwame Mensah, said prices would rise across the region.\n"
    )
    got = by_quote(text)
    assert got["he had lost N450,000 worth of seedlings"].country == "NG"
    assert got["the House would ask for relief funds"].country == "NG"
    assert got["prices would rise across the region"].country == "GH"


def test_undated_provincial_copy_set_by_a_first_nation_and_its_legislature():
    text = (
        "Chief wants answers on boil-water advisory\n\n"
        "By Jenna Cote\n\n"
        "The chief of Birch Narrows First Nation says her community has been under a "
        "boil-water advisory for nine years.\n\n"
        "Chief Mary Whitefish said she would travel to Queen's Park next week.\n\n"
        "The opposition raised the advisory during question period on Tuesday.\n\n"
        "A Norwegian engineer, Lars Dahl, said the treatment plant could be fixed in a year.\n"
    )
    got = by_quote(text)
    assert got["she would travel to Queen's Park next week"].country == "CA"
    assert got["the treatment plant could be fixed in a year"].country == "NO"


def test_undated_indian_district_copy_set_by_its_collector_and_council():
    text = (
        "Villagers demand bridge before monsoon\n\n"
        "By Ravi Kumar\n\n"
        "Villagers of Hosur Kalan say the district collector has ignored their plea for a "
        "bridge.\n\n"
        "Sarpanch Mohan Lal said the zilla parishad had sanctioned the bridge in 2021.\n\n"
        "The district collector, Anita Rao, said work would start in May.\n"
    )
    got = by_quote(text)
    assert got["work would start in May"].country == "IN"


def test_a_spokesperson_for_a_foreign_parent_in_its_city_keeps_that_country():
    text = (
        "Quarry blasting row\n\n"
        "By Ade Bello\n\n"
        "Residents of Ijebu-Ode in Ogun State say blasting at a quarry has cracked their "
        "homes, and the Ogun State government has promised a probe in Ogun.\n\n"
        "The quarry's local manager, Mr Femi Ojo, said the firm had followed its licence.\n\n"
        "However, a spokesperson for the parent company in Wuhan, Ms Zhang Wei, said it would "
        "send engineers to review the blasting.\n"
    )
    got = by_quote(text)
    assert got["the firm had followed its licence"].country == "NG"
    assert got["it would send engineers to review the blasting"].country == "CN"


def test_an_officer_of_an_unnamed_foreign_body_placed_in_the_sentence_before():
    # "the yard's commercial director" after "a shipyard in Gdansk, Poland"
    text = (
        "Ferry delay angers islanders\n\n"
        "By Iain Ross\n\n"
        "The new ferry for Islay will be a year late, CalMac told Argyll and Bute Council, "
        "and the local MSP has called the delay a scandal.\n\n"
        "The vessel is being built at a shipyard in Gdansk, Poland. Piotr Nowak, the yard's "
        "technical director, said the hull had passed its sea trials.\n\n"
        "Islay hotelier Morag Bell said bookings for the spring had already fallen.\n"
    )
    got = by_quote(text)
    assert got["the hull had passed its sea trials"].country == "PL"
    assert got["bookings for the spring had already fallen"].country == "GB"


def test_comrade_is_a_form_of_address_not_part_of_the_name():
    text = (
        "Union warns over quarry\n\n"
        "By Ade Bello\n\n"
        "The state chairman of the Nigeria Labour Congress, Comrade Musa Ibrahim, urged the "
        "government not to close the quarry.\n\n"
        "Comrade Ibrahim said more than 200 families depended on it.\n"
    )
    got = by_quote(text)
    assert got["not to close the quarry"].speaker == "Musa Ibrahim"
    assert got["more than 200 families depended on it"].speaker == "Musa Ibrahim"


def test_a_group_on_an_island_is_an_unnamed_source_not_the_island():
    text = (
        "Ferry cuts bite\n\n"
        "By Iain Ross\n\n"
        "Businesses on Islay say bookings have halved since the timetable changed.\n\n"
        "Crofters on Tiree say feed deliveries are two weeks late.\n"
    )
    got = by_quote(text)
    halved = got["bookings have halved since the timetable changed"]
    assert (halved.speaker, halved.source) == (None, "Businesses on Islay")
    assert got["feed deliveries are two weeks late"].speaker is None


def test_a_body_after_a_fronted_place_and_an_aside_speaks_not_the_place():
    text = (
        "Duties row\n\n"
        "By Ann Roy\n\n"
        "In Ottawa, the Forest Products Association of Canada, which represents mills, said "
        "the duties were unfair.\n"
    )
    got = by_quote(text)
    assert got["the duties were unfair"].speaker == "Forest Products Association of Canada"


def test_bodies_named_with_and_before_enterprise_and_a_regional_arm_speak_whole():
    text = (
        "Ferry review\n\n"
        "By Iain Ross\n\n"
        "Highlands and Islands Enterprise said it would meet island businesses next month.\n\n"
        "Ontario Health West said in a statement that clinics would stay open.\n"
    )
    got = by_quote(text)
    assert got["it would meet island businesses next month"].speaker == (
        "Highlands and Islands Enterprise"
    )
    assert got["clinics would stay open"].speaker == "Ontario Health West"


def test_a_fronted_place_phrase_before_an_untitled_description_does_not_speak():
    text = (
        "Mill closes\n\n"
        "By Ann Roy\n\n"
        "At the diner on King Street, retired boilermaker Rene Caron, 71, said the town had "
        "seen closures before.\n"
    )
    got = by_quote(text)
    assert got["the town had seen closures before"].speaker == "Rene Caron"


def test_rural_trades_before_a_name_are_roles():
    text = (
        "Ferry cuts bite\n\n"
        "By Iain Ross\n\n"
        "Tiree crofter Morag Kerr said feed was two weeks late.\n\n"
        "Retired millwright Rene Caron said the mill had been the town's heart.\n"
    )
    got = by_quote(text)
    assert got["feed was two weeks late"].role == "Tiree crofter"
    assert got["the mill had been the town's heart"].role == "Retired millwright"


def test_unions_known_by_one_coined_word_are_organisations():
    text = (
        "Mill closes\n\n"
        "By Ann Roy\n\n"
        "Guy Roy, president of Unifor Local 1234, said the union learned of it late.\n\n"
        "Ann Hale, an organiser for Usdaw, said staff had not been consulted.\n"
    )
    got = by_quote(text)
    late = got["the union learned of it late"]
    assert (late.role, late.organization) == ("president", "Unifor Local 1234")
    assert got["staff had not been consulted"].organization == "Usdaw"
