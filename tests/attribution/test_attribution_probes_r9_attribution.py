"""Probe round 9 (who said it): invented copy that stresses attribution."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_an_age_epithet_is_not_a_person_written_with_another_age():
    text = (
        "Captain Leo Brandt, 33, agreed with his coach. He said the team had time. "
        "The winner came from Tom Vale. "
        "The 22-year-old said he had dreamed of scoring since childhood."
    )
    s = by_quote(text)["he had dreamed of scoring since childhood"]
    assert s.speaker is None
    # the one person written with that age is the epithet's person
    text = (
        "The winner came from Tom Vale, 22, in the last minute. "
        "Captain Leo Brandt, 33, agreed with his coach. He said the team had time. "
        "The 22-year-old said he had dreamed of scoring since childhood."
    )
    s = by_quote(text)["he had dreamed of scoring since childhood"]
    assert s.speaker == "Tom Vale"
    # no age written: the person just named, as before
    text = "Captain Leo Brandt agreed. The 33-year-old said the team had time."
    assert by_quote(text)["the team had time"].speaker == "Leo Brandt"


def test_a_progressive_continuing_is_no_cue():
    text = (
        "Trade Secretary Ann Wells said the tariffs would start in July. "
        "She said talks with Brussels were continuing, "
        'but that the government would not "blink first."'
    )
    s = by_quote(text)["blink first."]
    assert s.speaker == "Ann Wells" and s.cue == "said"
    # "he continued" after a quote is still a cue
    s = by_quote('"We will win," Ann Wells continued.')["We will win,"]
    assert s.speaker == "Ann Wells" and s.cue == "continued"
