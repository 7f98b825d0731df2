"""Probe round 22 B (bench/probes/r22b: a New Zealand nurses' strike, an air-crash
investigation's interim report, a Gulf fund's takeover of a football club): the general
error classes found there, each tested on invented copy that differs from the probe
articles. Each test failed before its rule."""

from quote_lookup import by_quote


def test_undated_new_zealand_copy_is_nz():
    # no dateline, New Zealand never named: its cities and public bodies are the marks of
    # its domestic copy (two or more, outweighing every other country named)
    text = (
        "Bus drivers vote to strike over rosters\n\n"
        "Bus drivers in Auckland and Hamilton will walk off the job next week after talks "
        "with the regional council failed, their union said on Monday.\n\n"
        "‘We have been patient for a year,’ said the union’s national secretary, Tane "
        "Whaanga. ‘Drivers in Tauranga are doing 12-hour shifts.’\n"
    )
    got = by_quote(text)
    assert got["We have been patient for a year,"].country == "NZ"
    assert got["Drivers in Tauranga are doing 12-hour shifts."].country == "NZ"


def test_the_funds_officer_works_for_the_described_state_fund_and_its_country():
    # "X, the Doha state fund …, said" then "the fund's chief investment officer, Y":
    # the fund named in full, and the country its description gives (not the dateline's)
    text = (
        "Gulf fund buys stake in ports operator\n\n"
        "LONDON (Reuters) - A British ports operator agreed on Monday to sell a 40% stake to "
        "a Gulf investor.\n\n"
        "The Sahil Holdings Authority, the Abu Dhabi state fund that manages the emirate’s "
        "overseas assets, said it saw the deal as a long-term investment.\n\n"
        '"We are patient owners," the fund’s chief investment officer, Khalifa Al Marri, '
        "told reporters.\n"
    )
    got = by_quote(text)
    fund = got["it saw the deal as a long-term investment"]
    assert fund.speaker == "Sahil Holdings Authority"
    assert fund.country == "AE"
    officer = got["We are patient owners,"]
    assert officer.organization == "Sahil Holdings Authority"
    assert officer.country == "AE"


def test_a_two_word_gulf_capital_is_no_company_for_the_clubs_chairman():
    # "Abu Dhabi" in a description is a place: "The club's chairman" is the club named in
    # the lede, not a company called "Abu Dhabi"
    text = (
        "Harbourne Town sold\n\n"
        "Harbourne Town’s takeover by a group of investors was approved on Friday.\n\n"
        "The buyers, who also own a hotel chain in Abu Dhabi, said they would keep the "
        "manager.\n\n"
        "The club’s chairman, Peter Lomax, said the sale had been a relief.\n"
    )
    got = by_quote(text)
    assert got["the sale had been a relief"].organization == "Harbourne Town"


def test_a_city_based_company_named_right_after_based_takes_that_citys_country():
    # "Montreal-based Norvell Aerospace" with no kind of body between: Canada's, under a
    # U.S. dateline, and so is its officer
    text = (
        "DETROIT (AP) — A carmaker recalled 40,000 trucks on Tuesday over a faulty brake "
        "part.\n\n"
        "The part's supplier, Toronto-based Kestrel Components, said it had warned the "
        "carmaker in March.\n\n"
        "Its chief operating officer, Anne Lafleur, said the fault was rare.\n"
    )
    got = by_quote(text)
    assert got["it had warned the carmaker in March"].country == "CA"
    assert got["the fault was rare"].organization == "Kestrel Components"
    assert got["the fault was rare"].country == "CA"


def test_an_airline_named_x_air_is_a_company_the_airline_names():
    # "Tasman Air" ends in "Air": an airline (a company), so "the Denver-based airline"
    # and "the airline's spokesman" name it
    text = (
        "DENVER (AP) — A regional flight made an emergency landing on Sunday after smoke "
        "filled its cabin.\n\n"
        "Tasman Air said all 64 passengers had left the plane safely.\n\n"
        '"We are grateful to our crew," the Denver-based airline said.\n\n'
        "The airline's head of safety, Maria Quintero, said an inspection had begun.\n"
    )
    got = by_quote(text)
    assert got["all 64 passengers had left the plane safely"].speaker_type == "organization"
    assert got["We are grateful to our crew,"].speaker == "Tasman Air"
    assert got["an inspection had begun"].organization == "Tasman Air"


def test_the_strikes_one_union_is_named_by_the_union_far_below():
    # "According to the union, …" more than three paragraphs below the one union the story
    # names (other bodies between): that union
    text = (
        "Port workers walk out\n\n"
        "The Harbour Workers Union said 2,000 of its members had stopped work at dawn.\n\n"
        "The port company said ships were waiting offshore.\n\n"
        "Kestrel Shipping said two of its vessels had been diverted.\n\n"
        "The Chamber of Commerce said exporters were losing money.\n\n"
        "Dockers on the gate said they would stay out all week.\n\n"
        "According to the union, a second walkout is planned for March.\n"
    )
    got = by_quote(text)
    assert got["a second walkout is planned for March"].speaker == "Harbour Workers Union"


def test_a_partial_after_but_said_is_the_first_verbs_subject_not_a_body_in_its_clause():
    # "X denied that the Government had …, but said … ‘…’": the quote is X's, not the
    # capitalised body named inside the denied clause
    text = (
        "Schools face cuts\n\n"
        "Education Minister Paul Grady denied that the Government had ordered schools to "
        "cut staff, but said the budget could not stretch to ‘a pay rise we cannot fund’.\n"
    )
    got = by_quote(text)
    assert got["a pay rise we cannot fund"].speaker == "Paul Grady"


def test_a_nouns_expected_before_a_time_is_no_cue():
    # "a verdict expected on Friday", "a final report expected next year": when the thing
    # is due, nobody's words (was ", lawyers said" credited to "A verdict")
    text = (
        "Mill fire inquiry\n\n"
        "A verdict expected on Friday could decide the case, lawyers for the owners said.\n\n"
        "The cause will be set out in an inquiry report expected next month, but "
        "firefighters said the wiring was old.\n"
    )
    quotes = set(by_quote(text))
    assert quotes == {
        "A verdict expected on Friday could decide the case",
        "the wiring was old",
    }


def test_radioed_is_a_verb_of_saying():
    # the crew's call to the tower reports what it said
    text = (
        "SPOKANE, Wash. (AP) — A small plane landed safely on a highway on Sunday.\n\n"
        "The pilot radioed that the engine had lost power over the river. Minutes later he "
        'radioed that he was "going for the road."\n'
    )
    got = by_quote(text)
    assert "the engine had lost power over the river" in got
    assert got["going for the road."].kind == "partial"


def test_an_acronyms_full_name_written_before_a_title_and_name():
    # "Federal Railroad Administration Administrator X" writes the body in full only in
    # a run that goes on with a title and a name: "a former FRA inspector, Y," is still
    # of the body as written in full
    text = (
        "OMAHA, Neb. (AP) — A freight train derailed near Omaha on Monday.\n\n"
        "Federal Railroad Administration Administrator Joan Ames told reporters that the "
        "track had been inspected in May.\n\n"
        "Dale Whitcomb, a former FRA inspector, said the rail was older than the cars it "
        "carried.\n"
    )
    got = by_quote(text)
    assert got["the rail was older than the cars it carried"].organization == (
        "Federal Railroad Administration"
    )


def test_a_title_held_in_the_bodys_unit_is_of_that_body():
    # "X, a charge nurse at the hospital's cancer ward,": the hospital named before, even
    # when the run that names it opens with a fronted "Outside"
    text = (
        "Hospital parking row\n\n"
        "Outside Riverside General Hospital, staff queued for permits on Monday.\n\n"
        "‘It takes me forty minutes to find a space,’ said Leanne Doyle, a charge nurse at "
        "the hospital’s cancer ward.\n"
    )
    got = by_quote(text)
    assert got["It takes me forty minutes to find a space,"].organization == (
        "Riverside General Hospital"
    )


def test_a_large_city_before_a_title_is_where_not_part_of_the_role():
    # "a Houston engineer", "a Toronto accountant": the city is where the person works
    # (its country theirs), not a word of the role
    text = (
        "Refinery blast\n\n"
        "‘The valves were never replaced,’ said Rick Ochoa, a Houston engineer who "
        "inspected the plant.\n\n"
        "Mona Leclair, a Toronto accountant, said the books were clean.\n"
    )
    got = by_quote(text)
    ochoa = got["The valves were never replaced,"]
    assert ochoa.role == "engineer"
    assert ochoa.country == "US"
    leclair = got["the books were clean"]
    assert leclair.role == "accountant"
    assert leclair.country == "CA"


def test_an_associate_minister_takes_the_ministers_portfolio():
    # "His associate minister, X" after "Education Minister Y said": associate education
    # minister (as "his deputy" is the deputy education minister)
    text = (
        "School lunches cut\n\n"
        "Education Minister Aaron Pike said the programme would end in June.\n\n"
        "His associate minister, Leah Tuhoe, said schools had been told last week.\n"
    )
    got = by_quote(text)
    assert got["schools had been told last week"].role == "associate education minister"


def test_premier_league_is_a_body_premier_no_title_there():
    # "Premier League chief executive X", "The Premier League's chief executive, X": the
    # league (English: GB), not a premier's title
    text = (
        "Fixture row\n\n"
        "Premier League chief executive Martin Cole said the schedule would not change.\n\n"
        "The Premier League’s legal director, Nina Shah, said clubs had agreed it in May.\n"
    )
    got = by_quote(text)
    cole = got["the schedule would not change"]
    assert (cole.role, cole.organization, cole.country) == (
        "chief executive",
        "Premier League",
        "GB",
    )
    assert got["clubs had agreed it in May"].organization == "Premier League"


def test_a_plural_possessive_in_the_lede_names_the_body_without_its_mark():
    # "Harbourne Rovers’ sale …" then "The chairman, X,": Harbourne Rovers (not
    # "Harbourne Rovers’")
    text = (
        "Rovers sold\n\n"
        "Harbourne Rovers’ sale to a consortium of local businessmen was completed on "
        "Friday.\n\n"
        "The buyers paid £30m for the club and its ground.\n\n"
        "The chairman, Peter Lomax, said the sale had been a relief.\n"
    )
    got = by_quote(text)
    assert got["the sale had been a relief"].organization == "Harbourne Rovers"


def test_its_officer_after_a_place_based_body_subject_is_of_the_body_by_its_name():
    # "The Oslo-based Fjell Ventures said … Its managing partner, X,": Fjell Ventures
    # (not "Oslo-based Fjell Ventures"), and Norway's
    text = (
        "Start-up raises funds\n\n"
        "The Oslo-based Fjell Ventures led the funding round.\n\n"
        "Its managing partner, Ingrid Dahl, said the company would hire 40 engineers.\n"
    )
    got = by_quote(text)
    dahl = got["the company would hire 40 engineers"]
    assert dahl.organization == "Fjell Ventures"
    assert dahl.country == "NO"


def test_a_former_post_on_the_one_board_is_of_that_board():
    # "Former board investigator X" / "X, a former board investigator," after the one
    # board the story names: a past post on it (role "former investigator")
    text = (
        "DENVER (AP) — The train's brakes had not been tested for a year, the Colorado "
        "Public Utilities Board said Tuesday.\n\n"
        "Former board inspector Glen Harper said the findings were overdue.\n\n"
        "Lisa Crane, a former board engineer, said the tests were routine.\n"
    )
    got = by_quote(text)
    harper = got["the findings were overdue"]
    assert (harper.role, harper.organization) == (
        "former inspector",
        "Colorado Public Utilities Board",
    )
    crane = got["the tests were routine"]
    assert (crane.role, crane.organization) == (
        "former engineer",
        "Colorado Public Utilities Board",
    )


def test_a_colleague_on_the_board_is_a_member_of_the_possessors_board():
    # "Okafor's colleague on the board, X," after "Board member Y" of the one board
    text = (
        "SALEM, Ore. (AP) — The ferry's crew had not been trained on the new radios, the "
        "Oregon Marine Safety Board said Wednesday.\n\n"
        "Board member Grace Okafor said the operator had ignored two warnings.\n\n"
        "Okafor's colleague on the board, Daniel Reyes, said the radios were not to blame.\n"
    )
    got = by_quote(text)
    reyes = got["the radios were not to blame"]
    assert (reyes.role, reyes.organization) == ("Board member", "Oregon Marine Safety Board")


def test_a_closing_credit_to_a_body_after_its_description_ends_the_content_before_it():
    # "…, their union, Midwives Aotearoa, said." / "…, the carmaker, Kestrel Motors,
    # said.": the description belongs to the credit, not to what was said
    text = (
        "Midwives to strike\n\n"
        "Midwives will walk off the job next Tuesday, their union, Midwives Aotearoa, "
        "said.\n\n"
        "About 4,000 cars will be recalled, the carmaker, Kestrel Motors, said.\n"
    )
    got = by_quote(text)
    assert got["Midwives will walk off the job next Tuesday"].speaker == "Midwives Aotearoa"
    assert got["About 4,000 cars will be recalled"].speaker == "Kestrel Motors"


def test_undated_english_football_copy_naming_its_leagues_is_gb():
    # no dateline, no country named: the Premier League and a Championship club are marks
    # of English domestic copy
    text = (
        "Ashby Town sack manager\n\n"
        "Ashby Town sacked their manager on Monday after a fifth straight defeat left the "
        "Championship club two points above the relegation zone.\n\n"
        "‘We had to act,’ said the chairman, Neil Barton, whose side were in the Premier "
        "League three seasons ago.\n"
    )
    got = by_quote(text)
    assert got["We had to act,"].country == "GB"


def test_an_acronyms_full_name_may_hold_a_plural_possessive():
    # "the Harbour Pilots’ Guild" written in full, then "HPG president X": the full name
    text = (
        "Pilots walk out\n\n"
        "Ships were left waiting outside the port on Friday, the Harbour Pilots’ Guild "
        "said.\n\n"
        "HPG president Tom Ruane said the walkout would last two days.\n"
    )
    got = by_quote(text)
    assert got["the walkout would last two days"].organization == "Harbour Pilots’ Guild"


def test_a_things_operator_or_maker_named_after_it_is_a_body():
    # "The ferry's operator, Sound Link Marine, said": a body by what it is to the ferry
    # (a name with no first name and no company word), and "Its chief executive" is of it
    text = (
        "TACOMA, Wash. (AP) — A passenger ferry ran aground in fog on Monday.\n\n"
        "The ferry's operator, Sound Link Marine, said none of its 80 passengers was hurt.\n\n"
        "Its chief executive, Dana Whitlock, said an inquiry had begun.\n"
    )
    got = by_quote(text)
    assert got["none of its 80 passengers was hurt"].speaker_type == "organization"
    assert got["an inquiry had begun"].organization == "Sound Link Marine"


def test_nz_is_new_zealand_as_uk_is_britain():
    # an undated story that names the country only as "NZ", three times
    text = (
        "Kiwifruit exports hit record\n\n"
        "NZ kiwifruit exports rose 12 per cent last year, the growers’ council said.\n\n"
        "‘Demand for NZ fruit in Asia has never been stronger,’ said its chair, Ana Ruatapu. "
        "‘Every NZ grower has felt it.’\n"
    )
    got = by_quote(text)
    assert got["Demand for NZ fruit in Asia has never been stronger,"].country == "NZ"


def test_the_clubs_supporters_trust_is_not_the_club():
    # "The club's manager, X," after "the Ashby Town Supporters’ Trust said": the club
    # (Ashby Town), not the fans' trust whose name holds it
    text = (
        "Ashby Town sale stalls\n\n"
        "The takeover of Ashby Town has stalled, sources close to the deal said on Friday.\n\n"
        "The Ashby Town Supporters’ Trust, which owns 4 per cent of the club, said the league "
        "should explain the delay.\n\n"
        "The club’s manager, Lee Carver, said he was not worried about the owners.\n"
    )
    got = by_quote(text)
    assert got["he was not worried about the owners"].organization == "Ashby Town"
