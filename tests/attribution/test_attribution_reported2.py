"""Reported speech, round 2: appositive heads, fronted cues, headline media, new cue
families — on hand-written sentences."""

from articles.attribution import extract


def indirect(text):
    return [s.quote for s in extract(text) if s.kind == "indirect"]


def test_appositive_head_before_the_subject_is_not_reported_content():
    text = "Their mother, Joan Patel, 79, has not commented publicly."
    assert "Their mother" not in indirect(text)
    assert "The company's lawyer" not in indirect(
        "The company's lawyer, Tom Reyes, declined to comment."
    )
    # a real fronted clause still is
    assert "The deal is off" in indirect("The deal is off, Tom Reyes said on Monday.")
