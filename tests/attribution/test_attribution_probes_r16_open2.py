"""Probe round 16, open cases left by the round's helpers (invented copy: new names,
places and topics)."""

from quote_lookup import by_quote

# -- "A, he said, B, but C": C stays in the speaker's second piece -----------------------


def test_split_clause_keeps_its_but_conjunct():
    text = (
        "Harbor Commissioner Tomas Reyes toured the pier on Friday.\n\n"
        "The ferry will sail again, Reyes said, the cafes will reopen within a week, but "
        "the fares will go up.\n"
    )
    got = by_quote(text)
    assert "the cafes will reopen within a week, but the fares will go up" in got
    s = got["the cafes will reopen within a week, but the fares will go up"]
    assert s.speaker == "Tomas Reyes"
    assert "The ferry will sail again" in got


def test_split_clause_with_a_pronoun_cue_keeps_its_but_conjunct():
    text = (
        "Harbor Commissioner Tomas Reyes toured the pier on Friday.\n\n"
        "The dredging is finished, he said, the channel is deep enough, but the lights "
        "are still out.\n"
    )
    got = by_quote(text)
    assert "the channel is deep enough, but the lights are still out" in got


def test_guard_but_conjunct_with_its_own_cue_stays_apart():
    text = (
        "Harbor Commissioner Tomas Reyes toured the pier on Friday.\n\n"
        "The ferry will sail again, Reyes said, and the cafes will reopen, but a union "
        "leader told reporters the crews had not been paid.\n"
    )
    got = by_quote(text)
    assert "the cafes will reopen" in got
    assert not any("union leader" in q for q in got)


# -- a body's name with its remits listed ("X for A, B and C") ----------------------------


def test_name_with_listed_remits_and_short_form_speaks():
    text = (
        "Keepers were told to house their flocks indoors.\n\n"
        "The Department for Harbours, Fisheries and Coastal Affairs (DHFCA) said the risk "
        "to the public was very low.\n"
    )
    s = by_quote(text)["the risk to the public was very low"]
    assert s.speaker == "Department for Harbours, Fisheries and Coastal Affairs"


def test_according_to_a_name_with_listed_remits_keeps_the_whole_name():
    text = (
        "According to the Andean Chamber of Forestry, Fishing and Tourism, exports fell "
        "9 percent in the first quarter.\n"
    )
    s = by_quote(text)["exports fell 9 percent in the first quarter"]
    assert s.speaker == "Andean Chamber of Forestry, Fishing and Tourism"


def test_subject_with_listed_remits_keeps_the_whole_name():
    text = "The Andean Chamber of Forestry, Fishing and Tourism said exports fell.\n"
    s = by_quote(text)["exports fell"]
    assert s.speaker == "Andean Chamber of Forestry, Fishing and Tourism"


def test_guard_listed_companies_after_a_ministry_are_not_remits():
    text = "The Ministry of Energy, Gazprom and Rosneft said output fell.\n"
    s = by_quote(text)["output fell"]
    assert "Gazprom" not in (s.speaker or "")


# -- an "-ly" word after the cue that modifies a participle opens the clause --------------


def test_ly_word_before_participle_opens_the_reported_clause():
    text = "The food agency said thoroughly washed lettuce was safe to eat.\n"
    got = by_quote(text)
    assert "thoroughly washed lettuce was safe to eat" in got
    text = "The council said badly flooded roads would stay shut until Friday.\n"
    assert "badly flooded roads would stay shut until Friday" in by_quote(text)


def test_guard_ly_adverb_modifying_the_cue_stays_out():
    text = "The minister said firmly that the deal was off.\n"
    assert "the deal was off" in by_quote(text)


# -- "said one, who …" / "The agency which runs …": the head noun speaks -------------------


def test_said_one_who_asked_not_to_be_named_is_no_who_source():
    text = (
        "Hundreds of hauliers queued at the border on Sunday.\n\n"
        "“Nobody has told us anything,” said one, who asked not to be named because he "
        "feared losing his licence.\n"
    )
    s = by_quote(text)["Nobody has told us anything,"]
    assert s.source == "one"


def test_restrictive_relative_after_body_gives_the_body_as_source():
    text = "The trust which manages the canal said the towpath would reopen in June.\n"
    assert by_quote(text)["the towpath would reopen in June"].source == "The trust"
    text = "The firm that operates the tunnel said tolls would rise.\n"
    assert by_quote(text)["tolls would rise"].source == "The firm"
