"""Probe round 16, heldout8 retired: invented sentences for the error classes found on
bench/heldout8 (organisations named by a descriptor far from or away from their name,
headline and lead sources named later, partial quotes after long subjects)."""

from quote_lookup import by_quote

UTILITY = """Ohio water supplier asks for rate rise after boil notices

COLUMBUS, Ohio — Greywater Energy asked state regulators on Monday to approve a rate \
increase, two months after a main break left 40,000 homes without safe water.

The company told regulators in a filing that the money would replace 120 miles of old pipe.

"We know people are angry," Greywater's chief executive, Dana Whitcombe, said. "They have \
every right to be."

Residents of Millbrook complained that nobody had warned them. Rosa Varga, 71, said \
she had boiled water on her stove for nine days.

"I could not even make coffee," she said.

The state's environmental agency has fined three suppliers in the past decade for similar \
failures.

In a written statement on Tuesday, the company said it “sincerely apologizes” for the \
disruption and that it would credit affected customers $50.
"""


def test_the_company_far_below_its_name_is_the_one_the_company_named_before():
    # "the company" four paragraphs below the last "Greywater": the story's company, the
    # one an earlier "The company said" named
    got = by_quote(UTILITY)
    assert got["sincerely apologizes"].speaker == "Greywater Energy"
    assert got["it would credit affected customers $50"].speaker == "Greywater Energy"


DRONE = """Finnish startup's cargo drone crashes on second test flight

TAMPERE, Finland — A cargo drone built by the Finnish startup Lintu Aerospace crashed \
minutes after takeoff on Monday, the company said.

Lintu's chief executive, Aleksi Rantanen, said the drone's battery had failed.

Kestrel Freight, a Danish logistics startup that had booked space on the flight, said in \
a statement that its cargo had been insured.

Finland's transport safety agency said it would examine the wreckage this week.

The company said it hoped to resume flights in the spring.
"""


def test_a_company_written_after_its_noun_is_the_company():
    # "the Finnish startup Lintu Aerospace …, the company said"
    got = by_quote(DRONE)
    s = got[
        "A cargo drone built by the Finnish startup Lintu Aerospace crashed minutes after "
        "takeoff on Monday"
    ]
    assert s.speaker == "Lintu Aerospace"


def test_the_company_with_a_customer_named_nearer_is_the_story_company():
    got = by_quote(DRONE)
    assert got["it hoped to resume flights in the spring"].speaker == "Lintu Aerospace"


FERRIES = """Island ferry crews to stay out 'until the boats are safe', union says

Deckhands on the Bass Strait ferries will stop work for a week from Friday after talks \
over crewing levels collapsed, their union said on Tuesday.

The Maritime and Ferry Workers' Union, which represents about 800 crew members, said 91 \
per cent of those balloted supported the stoppage.
"""


def test_a_headlines_bare_union_is_the_union_the_story_names():
    s = by_quote(FERRIES)["until the boats are safe"]
    assert s.speaker == "Maritime and Ferry Workers' Union"


def test_a_headlines_bare_company_is_the_company_the_lead_names():
    text = (
        "Airline grounds 12 jets for engine checks, company says\n\n"
        "Corvina Airways grounded 12 of its regional jets on Thursday after inspectors found "
        "cracked fan blades, the company said.\n\n"
        "Passengers on about 40 flights were moved to other carriers.\n"
    )
    s = by_quote(text)["Airline grounds 12 jets for engine checks"]
    assert s.speaker == "Corvina Airways"


def test_the_agency_after_according_to_an_agency_named_for_its_field_and_place():
    text = (
        "About 1.2 million ballots had been counted by midnight, according to Elections "
        "Manitoba. Turnout was about 61%, the agency said.\n"
    )
    got = by_quote(text)
    s = got["About 1.2 million ballots had been counted by midnight"]
    assert (s.speaker, s.speaker_type) == ("Elections Manitoba", "organization")
    assert got["Turnout was about 61%"].speaker == "Elections Manitoba"


def test_a_title_word_inside_a_double_barrelled_surname():
    # "Bishop-Clarke", "Cardinal-Moran": a surname, not a title ("Director-General" is)
    text = (
        "The Coastal Tribal Council said it wanted a say in the quota. Its chief, Daniel "
        'Bishop-Clarke, warned that villages had been "shut out of every decision."\n\n'
        "The Harbour Trust said the plan was late. Its chair, Ellen Cardinal-Moran, said the "
        'board had been "kept in the dark."\n\n'
        "Attorney-General Tom Reyes said he agreed.\n"
    )
    got = by_quote(text)
    assert got["shut out of every decision."].speaker == "Daniel Bishop-Clarke"
    assert got["kept in the dark."].speaker == "Ellen Cardinal-Moran"
    assert (got["he agreed"].speaker, got["he agreed"].role) == ("Tom Reyes", "Attorney-General")


def test_a_partial_after_an_appositive_ending_in_a_quoted_nickname():
    # "X, a … whom supporters call “Y,” told …": the appositive ends in the nickname's
    # comma; X speaks, and "call" there names, it reports nothing
    text = (
        "Green leader Hanna Lindqvist, a former schoolteacher whom supporters call “Miss "
        "Hanna,” told a packed hall in Malmo that the vote was “a verdict on the trains, not "
        "on the climate.”\n\n"
        "Arne Holm, a ferry captain whom his crew calls the Admiral, told reporters that the "
        "crossing would reopen on Monday.\n"
    )
    got = by_quote(text)
    assert got["a verdict on the trains, not on the climate."].speaker == "Hanna Lindqvist"
    assert got["the crossing would reopen on Monday"].speaker == "Arne Holm"
    assert "the Admiral" not in got and "whom" not in got


def test_according_to_the_uns_panel():
    # a body headed by "Panel", after a supranational possessive: the panel speaks,
    # organisation the U.N., no country; it is no company for a later "the company"
    text = (
        "GENEVA — Glacier Rail said on Monday it would close its mountain line for a month.\n\n"
        "The company said the track had shifted in the heat.\n\n"
        "Glaciers in the Alps have lost a third of their ice since 1990, according to the "
        "U.N.’s Scientific Panel on Glaciers.\n\n"
        "The company said it would refund tickets.\n"
    )
    got = by_quote(text)
    s = got["Glaciers in the Alps have lost a third of their ice since 1990"]
    assert (s.speaker, s.organization, s.country) == (
        "Scientific Panel on Glaciers",
        "UN",
        None,
    )
    assert got["it would refund tickets"].speaker == "Glacier Rail"


def test_a_leads_description_named_by_the_official_opening_the_next_paragraph():
    # '“…,” the chair of a federation of school principals said. [next paragraph:] The
    # official, NAME, …': the generic noun stands for the lead's description
    text = (
        "Ohio schools brace for cuts as budget talks drag on\n\n"
        'COLUMBUS, Ohio — "We are out of money," the chair of a federation of '
        "school principals said Monday, as the budget standoff entered its second month.\n\n"
        "The official, Dwayne Harker, a Greene County principal who chairs the Buckeye "
        "Principals Federation, told reporters that his school would close a wing next month.\n"
    )
    assert by_quote(text)["We are out of money,"].speaker == "Dwayne Harker"


BUS_STRIKE = """Cardiff bus drivers vote to strike over rosters

Bus drivers in Cardiff will stop work for three days next week, their union said on Monday.

The Road Transport Workers Union, which represents about 900 drivers and engineers at the \
city's two depots, said 82 per cent of those balloted supported the stoppage.

Valley Coaches, which runs the routes, said its offer was fair.

Its managing director, Owain Pryce, said the new rosters were needed to keep services \
running at weekends.

Cardiff's council said it would run extra trains on the two busiest routes.

The union says the company's numbers are wrong. According to its own survey, drivers \
would lose up to four hours of rest a week.
"""


def test_its_own_survey_is_the_body_that_spoke_just_before():
    # "The union" four paragraphs below its name is the union the lead named; "its own
    # survey" in the next sentence is that union's
    s = by_quote(BUS_STRIKE)["drivers would lose up to four hours of rest a week"]
    assert (s.speaker, s.speaker_type) == ("Road Transport Workers Union", "organization")


def test_an_x_and_y_ministry_is_one_name():
    text = (
        "Denmark's Climate and Energy Ministry said on its website that a grant of 50 million "
        'kroner for the plant was "not at risk." The grant would be paid by the end of '
        "March, the ministry said.\n"
    )
    got = by_quote(text)
    s = got["not at risk."]
    assert (s.speaker, s.country) == ("Climate and Energy Ministry", "DK")
    s = got["The grant would be paid by the end of March"]
    assert s.speaker == "Climate and Energy Ministry"


def test_a_ranking_noun_phrase_after_the_cue_is_the_writers_summary():
    # "A, the company said, the third accident in a year …": no second statement
    text = (
        "A ferry operated by Baltic Star Inc. ran aground off Gotland on Sunday, the company "
        "said, the third accident in a year for one of the region's most heavily used "
        "operators.\n\n"
        "Profits fell 40 percent, the bank said, the biggest drop since 2009.\n"
    )
    got = by_quote(text)
    assert got[
        "A ferry operated by Baltic Star Inc. ran aground off Gotland on Sunday"
    ].speaker == ("Baltic Star Inc.")
    assert not [q for q in got if q.startswith(("the third accident", "the biggest drop"))]


def test_the_european_space_agency_has_no_country():
    # a supranational body and its officials take no dateline country
    text = (
        'OSLO, Norway — The European Space Agency called the delay "regrettable but '
        "necessary.\" ESA's director of launchers, Marie Dubois, said the contract would be "
        "reviewed in March.\n"
    )
    got = by_quote(text)
    s = got["regrettable but necessary."]
    assert (s.speaker, s.country) == ("European Space Agency", None)
    s = got["the contract would be reviewed in March"]
    assert (s.speaker, s.country, s.organization) == ("Marie Dubois", None, "European Space Agency")


def test_a_group_in_minus_men_before_a_place_is_no_place_speaker():
    # "Fishermen in Tromvik said": an unnamed group, not a speaker named "Tromvik"
    text = (
        "Fishermen in Tromvik said the closures had emptied their freezers.\n\n"
        "Women in Kerrville said the clinic had closed.\n"
    )
    got = by_quote(text)
    s = got["the closures had emptied their freezers"]
    assert (s.speaker, s.source) == (None, "Fishermen in Tromvik")
    assert got["the clinic had closed"].speaker is None
