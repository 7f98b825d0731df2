"""Probe round 12: US political coverage (invented copy)."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_a_passive_cue_in_a_relative_clause_reports_the_antecedent_and_stops_at_its_comma():
    text = "Sen. Corwin Laidlaw, who is widely seen as a future majority leader, voted no.\n"
    s = by_quote(text)
    assert "who" not in s
    assert set(s) == {"Sen. Corwin Laidlaw", "a future majority leader"}
    assert s["a future majority leader"].source is None
    text = "The levy plan, which is expected to raise $40 million, faces a vote in March.\n"
    s = by_quote(text)
    assert set(s) == {"The levy plan", "to raise $40 million"}
    text = "Hobart, who has long been accused of ducking debates, agreed to three on Friday.\n"
    s = by_quote(text)
    assert "who" not in s and s["ducking debates"].source is None and "Hobart" in s
