"""Speakers and spans on wire-style copy (probe round): hand-written sentences."""

from articles.attribution import extract


def rows(text):
    return [(s.quote, s.speaker, s.source) for s in extract(text)]


def test_chinese_family_name_he_is_a_name_not_the_pronoun():
    text = (
        "Vice Premier He Lifeng met the trade delegation in Beijing. He Lifeng told "
        "reporters the talks were useful. He said both sides would keep talking."
    )
    assert [(q, spk) for q, spk, _ in rows(text)] == [
        ("the talks were useful", "He Lifeng"),
        ("both sides would keep talking", "He Lifeng"),
    ]


def test_family_name_he_after_a_title():
    statements = extract("Vice Premier He Lifeng said tariffs must fall.")
    assert [(s.speaker, s.role) for s in statements] == [("He Lifeng", "Vice Premier")]


def test_possessive_before_a_lone_name_shows_a_person():
    statements = extract("In her remarks, Harris said the administration would not back down.")
    assert [(s.speaker, s.speaker_type, s.organization) for s in statements] == [
        ("Harris", "person", None)
    ]
