"""Probe round 11: statements the extractor missed (recall), invented copy."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_a_contracted_pronoun_before_a_progressive_cue_is_the_subject():
    text = "Mayor Tom Keller met the strikers. He's claiming that the mill closures were planned."
    s = by_quote(text)["the mill closures were planned"]
    assert s.source == "He"
    assert s.speaker == "Tom Keller"
    assert s.cue == "claiming"
    text = "Ruth Amos spoke at the rally. She’s arguing the levy would fall hardest on renters."
    s = by_quote(text)["the levy would fall hardest on renters"]
    assert s.speaker == "Ruth Amos"
    assert s.source == "She"
    s = by_quote("They're saying the plant will close by spring.")["the plant will close by spring"]
    assert s.source == "They"
    assert s.speaker is None
