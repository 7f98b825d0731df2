"""Probe round 13, retiring bench/heldout6: invented sentences (new names, other topics)
reproducing the general error classes read from that set's errors."""

from quote_lookup import by_quote

from articles.attribution import extract


def quotes(text):
    return [s.quote for s in extract(text)]


def test_a_body_named_after_a_lower_case_description_speaks():
    # "according to the <kind of body> <Name>": the unknown name is that body
    text = (
        "Shipping traffic through the port rose 7 percent in the third quarter, "
        "according to the logistics research firm Tidemark Analytics."
    )
    s = by_quote(text)["Shipping traffic through the port rose 7 percent in the third quarter"]
    assert (s.speaker, s.speaker_type) == ("Tidemark Analytics", "organization")
    text = (
        "The city has set aside $3.1 million for the libraries, according to the "
        "budget-tracking firm Brightwater."
    )
    s = by_quote(text)["The city has set aside $3.1 million for the libraries"]
    assert (s.speaker, s.speaker_type) == ("Brightwater", "organization")
    # a place before the description is no speaker
    text = (
        "The old cranes will be replaced by 2029, according to the Tacoma business "
        "weekly Harbor Ledger."
    )
    s = by_quote(text)["The old cranes will be replaced by 2029"]
    assert (s.speaker, s.speaker_type) == ("Harbor Ledger", "organization")


def test_he_added_after_a_body_described_then_named_is_the_last_man_who_spoke():
    text = (
        "DENVER — Mayor Alan Whitcombe told reporters on Monday that the city would keep "
        "every branch library open through the winter.\n\n"
        "The budget office has set aside $3.1 million for the libraries through June, "
        "according to the budget-tracking firm Brightwater.\n\n"
        '"Nobody in this city should lose a reading room," he added.\n'
    )
    s = by_quote(text)["Nobody in this city should lose a reading room,"]
    assert s.speaker == "Alan Whitcombe"


def test_a_document_published_on_a_date_by_its_author():
    text = (
        "Freight rates on the Pacific route will climb again next year, according to a "
        "report released on Monday by the Global Shipping Council, the industry's trade body."
    )
    s = by_quote(text)["Freight rates on the Pacific route will climb again next year"]
    assert (s.speaker, s.speaker_type) == ("Global Shipping Council", "organization")
    text = (
        "Wheat stocks will shrink for a fourth year, according to a forecast published "
        "last week by the International Grains Council."
    )
    s = by_quote(text)["Wheat stocks will shrink for a fourth year"]
    assert s.speaker == "International Grains Council"


def test_a_hyphenated_description_of_the_company():
    text = (
        "LONDON — Shares in Harwick Coatings fell 12 per cent on Thursday after the paint "
        "maker cut its forecast.\n\n"
        "The Leeds-based company said in a statement that it would close one plant.\n"
    )
    s = by_quote(text)["it would close one plant"]
    assert (s.speaker, s.speaker_type) == ("Harwick Coatings", "organization")


def test_one_official_in_a_region_of_a_state_is_an_unnamed_source():
    text = (
        "COLUMBUS, Ohio — One county elections director in western Ohio, who spoke on the "
        "condition of anonymity because she was not authorized to speak publicly, said her "
        "office had already printed new forms."
    )
    s = by_quote(text)["her office had already printed new forms"]
    assert s.speaker is None
    assert s.source.startswith("One county elections director")


def test_a_verb_ending_a_comparison_is_no_cue():
    text = (
        "Coach Ben Alder said the club was close to signing a goalkeeper. He would not "
        'name the player but said he was "taller, quicker and braver" than most fans '
        "expected."
    )
    s = by_quote(text)["taller, quicker and braver"]
    assert (s.speaker, s.cue) == ("Ben Alder", "said")


def test_agreeing_a_deal_is_an_act():
    text = (
        "Northgate agree record $4 million deal for defender Arroyo\n\n"
        "Arroyo has agreed a three-year contract with the club, the club said.\n"
    )
    got = quotes(text)
    assert "record $4 million deal for defender Arroyo" not in got
    assert "a three-year contract with the club" not in got
    assert "Arroyo has agreed a three-year contract with the club" in got
    # agreeing to a view still reports
    s = by_quote("Harlan agreed the fee was fair.")["the fee was fair"]
    assert s.speaker == "Harlan"


def test_a_relative_clause_ending_with_a_quote_before_the_subjects_own_cue():
    text = (
        'Port director Elena Varga, who had insisted in June that the budget was "fully '
        "funded,\" said she had accepted the board's decision."
    )
    got = by_quote(text)
    assert got["fully funded,"].speaker == "Elena Varga"
    s = got["she had accepted the board's decision"]
    assert (s.speaker, s.cue) == ("Elena Varga", "said")


def test_but_and_a_second_verb_phrase_beside_a_partial_quote():
    text = (
        "The union's lawyer, Carl Dunmore, said his client had never asked to leave but "
        'had been "patient beyond reason with the port."'
    )
    got = by_quote(text)
    assert got["his client had never asked to leave"].speaker == "Carl Dunmore"
    assert got["patient beyond reason with the port."].speaker == "Carl Dunmore"
    text = (
        "Among the crowd was Rita Olsen, 54, a bus driver. She said she liked that the "
        'board "listened to the drivers" but had not made up her mind.'
    )
    got = by_quote(text)
    assert got["listened to the drivers"].speaker == "Rita Olsen"
    assert got["had not made up her mind"].speaker == "Rita Olsen"
    # ", but could …" is reported too (decision 10, round 25; round 8 kept it in the clause)
    text = 'Mayor Tom Reyes said the plan was "a good start", but could cost more.'
    s = by_quote(text)["could cost more"]
    assert (s.speaker, s.cue, s.kind) == ("Tom Reyes", "said", "indirect")


def test_a_research_firm_whose_name_ends_in_a_group_noun():
    text = (
        "Retail analysts were less sure. Sales of own-brand biscuits rose 9 per cent in the "
        "12 weeks to early May while branded sales were flat, according to the market "
        "research firm Larkspur Data."
    )
    s = extract(text)[-1]
    assert (s.speaker, s.speaker_type) == ("Larkspur Data", "organization")


def test_a_headlines_second_verb_after_a_comma_shares_its_subject():
    text = (
        'Varga tours port, says board is "asleep at the wheel"\n\n'
        "SEATTLE — Port director Elena Varga said on Monday that the board was slow.\n"
    )
    s = by_quote(text)["asleep at the wheel"]
    assert (s.speaker, s.cue) == ("Elena Varga", "says")
    # a group after the comma is its own subject
    text = (
        "Storms batter coast, forecasters say more to come\n\n"
        "MIAMI — Forecasters said on Monday that two more storms were forming.\n"
    )
    assert by_quote(text)["more to come"].speaker is None


def test_he_added_after_background_on_another_man_is_the_last_speaker():
    text = (
        "DENVER (AP) — The Denver Hawks have sold forward Mark Ferris to the Toronto Blades "
        "for $3 million.\n\n"
        "Coach Peter Hamblin said he had accepted the decision.\n\n"
        '"It was the right price. We move on," Hamblin told reporters after practice.\n\n'
        "Ferris scored 22 goals in 80 games for the Hawks after joining from Texas in 2021, "
        "and finished third in the scoring race last season.\n\n"
        '"We need a forward who can defend, and I know where to find one," he added.\n'
    )
    s = by_quote(text)["We need a forward who can defend, and I know where to find one,"]
    assert s.speaker == "Peter Hamblin"
    # a subject who has spoken before goes on speaking
    text = (
        "Coach Peter Hamblin said the club would rebuild.\n\n"
        '"It was the right price," said Mark Ferris, the forward who was sold.\n\n'
        "Ferris scored 22 goals in 80 games for the Hawks last season.\n\n"
        '"I will miss the fans," he added.\n'
    )
    assert by_quote(text)["I will miss the fans,"].speaker == "Mark Ferris"


def test_how_often_it_was_said_is_no_part_of_the_clause():
    text = (
        "Shares in Harwick Coatings fell after the paint maker warned for the second time "
        "this year that costs would rise.\n\n"
        "The board said for the first time that water would reach the older piers.\n"
    )
    got = quotes(text)
    assert "costs would rise" in got
    assert "water would reach the older piers" in got


def test_a_subject_named_after_a_bodys_description_is_that_body():
    for subject in (
        "The research firm Bright Aid",
        "The Danish charity Bright Aid",
        "The Denmark-based charity Bright Aid",
    ):
        s = extract(f"{subject} said its clinics were full.")[0]
        assert (s.speaker, s.speaker_type) == ("Bright Aid", "organization"), subject
    # a title after the body's noun still makes a person
    s = extract("The club captain Jon Bale said the team was tired.")[0]
    assert (s.speaker, s.speaker_type) == ("Jon Bale", "person")


def test_a_clubs_sporting_director_speaks_for_the_club():
    text = (
        "MADRID (AP) — Real Norte signed striker Ola Berg on Friday.\n\n"
        "Real Norte's sporting director, Javier Ruano, said the striker was a perfect fit.\n"
    )
    s = by_quote(text)["the striker was a perfect fit"]
    assert (s.speaker, s.role, s.organization) == (
        "Javier Ruano",
        "sporting director",
        "Real Norte",
    )
    # a person's aide takes no organisation from the person's name
    text = "Sen. Ann Lowe spoke first. Ann Lowe's chief aide, Tom Pyle, said the vote was close."
    assert by_quote(text)["the vote was close"].organization is None


def test_a_workplace_after_its_description():
    text = "Lina Ek, an analyst at the broker Fenwick Hale, said the fee was high."
    s = by_quote(text)["the fee was high"]
    assert (s.role, s.organization) == ("analyst", "Fenwick Hale")
    text = "Lena Ruiz, director of the nonprofit Harbor Housing Alliance, said rents rose."
    assert by_quote(text)["rents rose"].organization == "Harbor Housing Alliance"


def test_a_candidates_campaign_before_a_title_is_the_organisation():
    s = extract("Ross campaign spokeswoman Ana Pike said the senator would hold six events.")[0]
    assert (s.speaker, s.role, s.organization) == (
        "Ana Pike",
        "campaign spokeswoman",
        "Ross campaign",
    )
    s = extract("Former Vance campaign manager Robby Cole said the race was close.")[0]
    assert (s.role, s.organization) == ("Former campaign manager", "Vance campaign")
