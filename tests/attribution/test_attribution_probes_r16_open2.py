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
