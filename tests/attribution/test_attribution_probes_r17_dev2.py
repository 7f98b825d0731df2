"""Probe round 17 (dev2): further error classes seen on the development set, by our own
convention (invented copy: new names, places and topics)."""

from articles.attribution import extract


def _quotes(text: str) -> dict[str, str | None]:
    return {s.quote: s.speaker for s in extract(text)}


# -- "responded with logic": the manner of an answer names no content ---------------------


def test_answer_manner_is_no_statement():
    text = (
        "Asked how the county would pay for the bridge, Commissioner Hal Brenner responded "
        "with logic.\n\nMayor Dana Pruitt replied with silence when asked about the audit.\n"
    )
    found = _quotes(text)
    assert "logic" not in found
    assert "silence" not in found


def test_guard_answer_with_content_stays():  # guard: passes before the fix
    found = _quotes("Commissioner Hal Brenner responded with attacks on the auditor.\n")
    assert found["attacks on the auditor"] == "Hal Brenner"
