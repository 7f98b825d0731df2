"""Round 22, dev precision: statements the PolNeAR dev set showed spanned wrongly or
read where nothing was said. Every story here is invented. Each test failed before its
rule unless marked as a guard."""

from quote_lookup import by_quote


def test_addressee_before_a_colon_quote_is_no_statement():
    text = (
        "Sen. Mara Quill (D-Ore.) scolded him: “The evidence is overwhelming and you know "
        "it.”\n\n"
        "Governor Ellen Dorsey rebuked the senator: “This is not how we treat our "
        "neighbors.”\n"
    )
    got = by_quote(text)
    assert "him" not in got
    assert "the senator" not in got
    assert got["The evidence is overwhelming and you know it."].speaker == "Mara Quill"
    assert "This is not how we treat our neighbors." in got


def test_pointed_to_a_topic_before_a_colon_quote():
    text = (
        "On the call, chief executive Dana Ruel also pointed to the two firms' warehouses:\n\n"
        "“We can share trucks, staff and software from the first week,” she said.\n"
    )
    got = by_quote(text)
    assert "the two firms' warehouses" not in got


def test_an_object_without_a_colon_quote_is_kept():
    # guard: with no quote after a colon the object stays what was reported
    text = "Governor Ellen Dorsey rebuked the senator over the delayed budget vote.\n"
    got = by_quote(text)
    assert any(q.startswith("the senator") for q in got)


def test_setting_then_infinitive_of_an_urging_verb():
    text = (
        "The senator is also encouraging his voters at a rally Friday evening in Ohio to ask "
        "why the plant had closed.\n"
    )
    got = by_quote(text)
    assert "his voters" not in got
    assert any(q.endswith("to ask why the plant had closed") for q in got)


def test_setting_ends_a_plain_object():
    # guard: without an infinitive after it, the rally is where it was said
    text = "Mayor Tina Rossi praised the volunteers at a rally on Friday.\n"
    got = by_quote(text)
    assert "the volunteers at a rally on Friday" not in got


def test_possessive_suspected_is_an_adjective():
    text = (
        "The broadcast made no mention of Iran's suspected role in the attack.\n\n"
        "Officials are investigating the group's alleged links to the smuggling ring.\n"
    )
    got = by_quote(text)
    assert "role in the attack" not in got
    assert "links to the smuggling ring" not in got


def test_when_clause_after_a_charged_gerund_is_the_deeds():
    text = (
        "Challenger Ruth Vance accused the mayor of being asleep when the flood warnings came "
        "in during the storm last spring.\n"
    )
    got = by_quote(text)
    assert "the mayor of being asleep" not in got
    assert any(q.endswith("came in during the storm last spring") for q in got)


def test_questions_about_x_particularly_after():
    text = (
        "Both teams face questions about their depth, particularly after injuries piled up "
        "this week.\n"
    )
    got = by_quote(text)
    assert "their depth, particularly after injuries" not in got
    assert "their depth" in got


def test_relative_subject_of_seem_is_the_relative_word():
    text = (
        "On a day rich in symbols, under a gray sky that seemed to capture the mood of the "
        "town, Mayor Tina Rossi opened the new bridge.\n"
    )
    got = by_quote(text)
    assert "under a gray sky that" not in got
    assert "that" in got


def test_where_opens_no_passive_subject():
    text = (
        "Unions praised the plan, in contrast with Chile, where the reform has been fiercely "
        "opposed by most farmers.\n"
    )
    got = by_quote(text)
    assert "where the reform" not in got
    assert "the reform" in got


def test_according_to_a_lone_adverb_is_no_statement():
    text = (
        "The network gave the senator twice the airtime of his rival. According to the "
        "station, basically.\n"
    )
    got = by_quote(text)
    assert "basically" not in got


def test_object_ends_before_a_degree_modifier_of_the_writers_reason():
    text = (
        "Many parents echo her worries, in large part because the buses are often late.\n\n"
        "The mayor criticized the plan, mainly because it ignores the east side.\n"
    )
    got = by_quote(text)
    assert "her worries" in got
    assert "the plan" in got


def test_postposed_notwithstanding_ends_the_reported_phrase():
    text = (
        "His promises to cut fares notwithstanding, independent analysts agree the riders "
        "would pay more.\n"
    )
    got = by_quote(text)
    assert "to cut fares" in got
    assert "to cut fares notwithstanding" not in got


def test_notwithstanding_as_a_preposition_stays_inside():
    # guard: "notwithstanding the delays" inside a clause is the speaker's
    text = "The minister said the new line, notwithstanding the delays, would open in May.\n"
    got = by_quote(text)
    assert "the new line, notwithstanding the delays, would open in May" in got


def test_found_in_a_place_after_a_noun_is_no_finding():
    text = (
        "But the talks did produce one result: a pledge to cut emissions of methane, known "
        "as marsh gas, a potent gas found in landfills.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("But the talks did produce") for q in got)


def test_found_in_tests_by_researchers_is_a_finding():
    # guard: a finder before "found in" still reports what was found
    text = "The coating wears off within a year, researchers found in tests.\n"
    got = by_quote(text)
    assert "The coating wears off within a year" in got
