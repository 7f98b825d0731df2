"""Probe round 21 A (bench/probes/r21a: a White House briefing on a tariff threat, a
government-shutdown standoff, a drought emergency): the general error classes found
there, each tested on invented copy that differs from the probe articles. Each test
failed before its rule (guards say so)."""

from quote_lookup import by_quote


def test_a_quote_in_a_second_verb_phrase_of_a_reported_clause_is_the_reporters():
    # "X said the mayor had asked A and would consider “…”": the quote is the object of
    # "consider" in the clause's second verb phrase, not of the inner "asked"; the one
    # who says it is X
    text = (
        "Council weighs curfew\n\n"
        "Mayor Gerald Pike met business owners on Monday.\n\n"
        "His chief of staff, Owen Marsh, said the mayor had asked police to review the "
        "incidents and would consider “every option on the table” if they continued.\n"
    )
    got = by_quote(text)
    assert got["every option on the table"].speaker == "Owen Marsh"
    text2 = text.replace("asked police", "asked the county sheriff")
    got = by_quote(text2)
    assert got["every option on the table"].speaker == "Owen Marsh"


def test_the_one_a_spokesperson_speaks_for_does_not_take_the_spokespersons_title():
    # "A spokesman for Pike, Owen Marsh, said": the title is Marsh's; the mayor keeps his
    text = (
        "Mayor orders water cuts\n\n"
        "Mayor Gerald Pike ordered new water restrictions on Monday.\n\n"
        "A spokesman for Pike, Owen Marsh, said the restrictions would last until October.\n\n"
        "Asked whether fines were coming, Pike told reporters: “Not yet.”\n"
    )
    got = by_quote(text)
    assert got["the restrictions would last until October"].speaker == "Owen Marsh"
    assert got["the restrictions would last until October"].role == "spokesman"
    assert got["Not yet."].speaker == "Gerald Pike"
    assert got["Not yet."].role == "Mayor"


def test_a_clause_with_its_own_cue_after_according_to_and_is_not_the_credit_content():
    # "A, according to X, and the bureau said in a report that B": the second clause has
    # its own verb of saying; B is the bureau's own statement, not more of A
    text = (
        "Rivers run low\n\n"
        "Reservoir storage in the basin fell to 38% of capacity in May, according to the "
        "Bureau of Reclamation, and the bureau said in a report that releases would be cut "
        "by a fifth.\n"
    )
    got = by_quote(text)
    assert "releases would be cut by a fifth" in got
    assert got["releases would be cut by a fifth"].speaker == "Bureau of Reclamation"
    assert "Reservoir storage in the basin fell to 38% of capacity in May" in got


def test_the_majority_or_minority_leader_is_the_one_written_with_that_title():
    # "the minority leader said" after "Senate Minority Leader X": a chamber's leader (the
    # side tells the two leaders apart)
    text = (
        "Budget talks stall\n\n"
        "House Majority Leader Carl Dennison said on Tuesday that the chamber would vote on "
        "Friday.\n\n"
        "Senate Minority Leader Joan Petrakis said Democrats would oppose the bill.\n\n"
        "The majority leader said the Senate should act next week. The minority leader said "
        "the bill cut too deeply.\n"
    )
    got = by_quote(text)
    assert got["the Senate should act next week"].speaker == "Carl Dennison"
    assert got["the bill cut too deeply"].speaker == "Joan Petrakis"


def test_a_band_leader_is_still_no_chamber_leader():
    # guard: a bare "the leader" with no side stays unresolved to a titled person
    text = (
        "Budget talks stall\n\n"
        "House Majority Leader Carl Dennison said on Tuesday that the chamber would vote on "
        "Friday.\n\n"
        "The band leader said the concert would go ahead.\n"
    )
    got = by_quote(text)
    assert got["the concert would go ahead"].speaker is None


def test_a_georgia_republican_is_from_the_us_state():
    # "X, a Georgia Republican,": the U.S. state, not the country of Georgia
    text = (
        "Budget talks stall\n\n"
        "Rep. Carl Dennison said on Tuesday that the chamber would vote on Friday.\n\n"
        "Dennison, a Georgia Republican, told reporters the bill had enough support.\n"
    )
    got = by_quote(text)
    assert got["the bill had enough support"].country == "US"


def test_but_had_not_decided_goes_on_with_the_reported_clause():
    # "said A but had not decided whether …": after the clause's own auxiliary, "but had
    # not" and a verb of deciding (no verb of saying) is the clause's second verb phrase
    text = (
        "Budget talks stall\n\n"
        "A senior Democratic aide said negotiators were weighing a short extension as a "
        "fallback but had not decided whether to bring it to a vote.\n"
    )
    got = by_quote(text)
    assert (
        "negotiators were weighing a short extension as a fallback but had not decided "
        "whether to bring it to a vote"
    ) in got


def test_but_has_not_said_is_still_the_speakers_own_act():
    # guard: "said A but had not said B": a verb of saying after the auxiliary ends it
    text = (
        "Budget talks stall\n\n"
        "The senator said negotiators were weighing a short extension but had not said "
        "when a vote would come.\n"
    )
    got = by_quote(text)
    assert "negotiators were weighing a short extension" in got


def test_a_body_placed_in_a_capital_is_of_that_capitals_country():
    # "The Foreign Ministry in Beijing said" under a Washington dateline: China's ministry
    text = (
        "Tariff fight widens\n\n"
        "WASHINGTON (AP) — The White House said Tuesday that new tariffs would take effect "
        "Friday.\n\n"
        "The Foreign Ministry in Beijing said in a statement that China would respond "
        "firmly.\n"
    )
    got = by_quote(text)
    assert got["China would respond firmly"].speaker == "Foreign Ministry"
    assert got["China would respond firmly"].country == "CN"
    assert got["new tariffs would take effect Friday"].country == "US"


def test_the_state_water_department_is_the_water_department_named_before():
    # "The state water department said": a scope word before the descriptor's modifier
    # ("the water department") does not hide the body named before
    text = (
        "Drought declared\n\n"
        "The order lets the Nevada Water Resources Department approve emergency wells.\n\n"
        "Rainfall was 30% of normal, according to the National Weather Service.\n\n"
        "The state water department said it had received 40 requests for new wells.\n"
    )
    got = by_quote(text)
    statement = got["it had received 40 requests for new wells"]
    assert statement.speaker == "Nevada Water Resources Department"


def test_a_state_division_of_something_is_one_body_name():
    # "the Utah Division of Wildlife Resources": "Division" heads the name as "Department"
    # does (not "Utah Division" and a body "Wildlife Resources")
    text = (
        "Fish moved as streams warm\n\n"
        "The Utah Division of Wildlife Resources said crews would move trout to deeper "
        "pools.\n\n"
        "Maria Lund, a spokeswoman for the Utah Division of Wildlife Resources, said the "
        "work would take a week.\n"
    )
    got = by_quote(text)
    assert got["crews would move trout to deeper pools"].speaker == (
        "Utah Division of Wildlife Resources"
    )
    assert got["the work would take a week"].organization == "Utah Division of Wildlife Resources"


def test_but_has_not_released_details_is_still_the_speakers_own_act():
    # guard: "said A but has not released details": a present perfect act after "but" is
    # the speaker's (only a backshifted "had" or an attitude goes on with the clause)
    text = (
        "Plant probe\n\n"
        "The company said it was investigating the leak but has not released details.\n"
    )
    got = by_quote(text)
    assert "it was investigating the leak" in got


def test_the_titled_one_a_spokesperson_speaks_for_keeps_his_own_title():
    # "A spokesman for Sen. Ray Holt, Dan Pruitt,": "Sen." is Holt's, "spokesman" Pruitt's
    text = (
        "Drought aid sought\n\n"
        "A spokesman for Sen. Ray Holt, Dan Pruitt, said the senator backed the order.\n\n"
        "Holt said he would press for federal aid.\n"
    )
    got = by_quote(text)
    assert got["the senator backed the order"].role == "spokesman"
    assert got["he would press for federal aid"].speaker == "Ray Holt"
    assert got["he would press for federal aid"].role == "Senator"


def test_a_spokesperson_for_the_budget_office_works_for_the_office_named_before():
    # "A spokesperson for the budget office, X": "office" with a lower-case modifier after
    # "for the" is the one office named before, as "a spokesman for the ministry" is
    text = (
        "Shutdown looms\n\n"
        "The Office of Management and Budget told agencies on Wednesday to update their "
        "plans.\n\n"
        "A spokesperson for the budget office, Nora Quist, said the guidance was routine.\n"
    )
    got = by_quote(text)
    statement = got["the guidance was routine"]
    assert statement.speaker == "Nora Quist"
    assert statement.organization == "Office of Management and Budget"
