"""Round 27, probe r27a's training errors (names that end in a number, long portfolio
titles): general classes, each tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote

from articles.attribution.text import make_doc


def test_a_name_ending_in_a_number_is_one_word():
    # "Channel 5", "Radio 3", "Studio 8H", "Apollo 13": the head and its number are one
    # capitalised word; a year or a count after the head is not ("Formula 2024", "channel
    # 4"), nor a place's number ("Route 9", "Ward 7")
    words = [t.text for t in make_doc("Studio 8H and Apollo 13 at Channel 5's offices.").tokens]
    assert words[:5] == ["Studio 8H", "and", "Apollo 13", "at", "Channel 5's"]
    text = "In Formula 2024 he saw channel 4, Radio 3,000 times on Route 9 in Ward 7."
    words = [t.text for t in make_doc(text).tokens]
    assert {"Formula", "2024", "4", "3,000", "Route", "9", "Ward", "7"} <= set(words)
    # a number ending a sentence still ends it
    doc = make_doc("She drove in Formula 3. Marta Ruiz said it was fast.")
    assert len(doc.sent_bounds) == 2


def test_a_broadcaster_or_series_named_with_a_number_speaks_as_a_body():
    got = by_quote(
        "Channel 5 drops quiz show\n\n"
        "Channel 5 said the quiz would not return after falling ratings.\n\n"
        "BBC Radio 3 said it would broadcast the concert live from Leeds.\n\n"
        "Formula 2 said the sprint race would be shortened to 20 laps.\n\n"
        "A spokesman for Channel 5 said the presenters had been told on Friday.\n"
    )
    ch5 = got["the quiz would not return after falling ratings"]
    assert (ch5.speaker, ch5.organization) == ("Channel 5", "Channel 5")
    assert got["it would broadcast the concert live from Leeds"].speaker == "BBC Radio 3"
    assert got["the sprint race would be shortened to 20 laps"].speaker == "Formula 2"
    spokes = got["the presenters had been told on Friday"]
    assert (spokes.speaker, spokes.organization) == (None, "Channel 5")


def test_an_officer_of_a_numbered_body_keeps_its_whole_name():
    got = by_quote(
        "Radio station to move\n\n"
        "Channel 5's director of programmes, Helen Ward, said the move would save money.\n"
    )
    ward = got["the move would save money"]
    assert (ward.speaker, ward.organization) == ("Helen Ward", "Channel 5")


def test_a_portfolio_of_several_items_before_a_name_is_the_title():
    # "Secretary of State for X and Y NAME", "Minister for A, B and C NAME": the name is the
    # last capitalised words, the whole title the role (not "X" as a coordinated subject,
    # nor "C NAME"); a body's remits, coordinated names and a title's aside stay as they were
    got = by_quote(
        "Ministers set out plans\n\n"
        "The Department for Culture, Media and Sport said the gallery would close.\n\n"
        "Tom Lee and Ann Burke said the plant would close.\n\n"
        "Ghana's Minister for Fisheries, Ama Owusu Boateng, said the boats were ready.\n\n"
        "Secretary of State for Culture and Sport Anna Reid said the museum would reopen.\n\n"
        "Minister for Housing, Planning and Heritage Colm Daly said rents would be capped.\n\n"
        "Secretary of State for Environment Peter Hale said the river would be cleaned.\n\n"
        "Transport and Roads Secretary Joan Hurst said the bridge would be rebuilt.\n"
    )
    reid = got["the museum would reopen"]
    assert (reid.speaker, reid.role) == ("Anna Reid", "Secretary of State for Culture and Sport")
    daly = got["rents would be capped"]
    assert daly.speaker == "Colm Daly"
    assert daly.role == "Minister for Housing, Planning and Heritage"
    hale = got["the river would be cleaned"]
    assert (hale.speaker, hale.role) == ("Peter Hale", "Secretary of State for Environment")
    hurst = got["the bridge would be rebuilt"]
    assert (hurst.speaker, hurst.role) == ("Joan Hurst", "Transport and Roads Secretary")
    assert got["the gallery would close"].speaker == "Department for Culture, Media and Sport"
    assert got["the plant would close"].speaker == "Tom Lee"
    boateng = got["the boats were ready"]
    assert (boateng.speaker, boateng.role) == ("Ama Owusu Boateng", "Minister for Fisheries")


def test_a_portfolio_list_in_an_appositive_is_the_title():
    got = by_quote(
        "Ministers set out plans\n\n"
        "Colm Daly, the Minister for Housing, Planning and Heritage, said rents would be "
        "capped.\n\n"
        "The Minister for Culture, Media and Sport, Anna Reid, said the museum would reopen.\n\n"
        "Joan Hurst, the minister for fisheries, forestry and water, said the lake was "
        "clean.\n"
    )
    daly = got["rents would be capped"]
    assert (daly.speaker, daly.role) == ("Colm Daly", "Minister for Housing, Planning and Heritage")
    reid = got["the museum would reopen"]
    assert (reid.speaker, reid.role) == ("Anna Reid", "Minister for Culture, Media and Sport")
    hurst = got["the lake was clean"]
    assert (hurst.speaker, hurst.role) == (
        "Joan Hurst",
        "minister for fisheries, forestry and water",
    )


def test_public_broadcasters_have_their_country_and_irish_names_keep_na():
    got = by_quote(
        "Broadcasters sign deal\n\n"
        "S4C said the deal would create 30 jobs in Caernarfon.\n\n"
        "Foras na Gaeilge, which funds Irish-language groups, said it welcomed the plan.\n"
    )
    assert got["the deal would create 30 jobs in Caernarfon"].country == "GB"
    assert got["it welcomed the plan"].speaker == "Foras na Gaeilge"


def test_motor_sport_bodies_have_no_country_of_the_dateline():
    got = by_quote(
        "MONZA, Italy (Reuters) - The FIA said the race would start behind the safety car.\n"
    )
    assert got["the race would start behind the safety car"].country is None


def test_a_broadcaster_showing_programmes_is_no_finding():
    # "which shows highlights of …": what a channel airs, not what it found
    got = by_quote(
        "Tour draws record audience\n\n"
        "Channel 5, which shows highlights of the Tour in Britain, said the stage drew 2 "
        "million viewers.\n\n"
        "A survey by the group shows that most viewers watch online.\n"
    )
    assert "highlights of the Tour in Britain" not in got
    assert got["the stage drew 2 million viewers"].speaker == "Channel 5"
    assert "most viewers watch online" in got


def test_a_motor_racing_team_before_its_principal_is_the_organisation():
    # "X Racing team principal NAME": a team named by its last word "Racing" is a body,
    # "team principal" its office (as "Manchester United manager")
    got = by_quote(
        "Team boss hits back\n\n"
        "Kestrel Racing team principal Anna Berg said the penalty was unfair.\n\n"
        "Kestrel Racing said it would appeal.\n"
    )
    berg = got["the penalty was unfair"]
    assert (berg.speaker, berg.role, berg.organization) == (
        "Anna Berg",
        "team principal",
        "Kestrel Racing",
    )
    assert got["it would appeal"].speaker == "Kestrel Racing"


def test_a_title_dated_in_the_past_gives_way_to_the_current_one():
    # "X, the world champion two years ago," after "Y's driver, X,": the driver speaks
    got = by_quote(
        "Crash mars race\n\n"
        "Marlow's driver, Ines Duarte, said the car had failed.\n\n"
        "Duarte, the world champion three years ago, said she was unhurt.\n"
    )
    assert got["she was unhurt"].role == "driver"
