"""Retired held-out set 19 (round 22), fields part: the general classes of its role,
country and organisation errors, each tested on invented copy that differs from the
set's articles. Each test failed before its rule."""

from quote_lookup import by_quote


def test_an_untitled_description_from_a_country_gives_the_country():
    # "X, an 18-year-old wildcard from Japan ranked …," in a sentence with no statement:
    # where the person comes from is her country, not the dateline's (no title, no role)
    text = (
        "Favourite crashes out in Toronto\n\n"
        "TORONTO, Canada — Marta Kowalczyk lost in straight sets on Friday to Aiko Tanabe, an "
        "18-year-old wildcard from Japan ranked 210th in the world.\n\n"
        '"I just played my game," said Ms. Tanabe.\n'
    )
    got = by_quote(text)["I just played my game,"]
    assert got.speaker == "Aiko Tanabe"
    assert got.country == "JP"
    assert got.role is None


def test_an_age_then_from_a_country_written_with_the_gives_the_country():
    text = (
        "Rowers set record\n\n"
        "SYDNEY, Australia — The crew was led by Pieter Smit, 31, from the Netherlands, who "
        "took up the sport at school.\n\n"
        '"We had the wind behind us," Smit said.\n'
    )
    got = by_quote(text)["We had the wind behind us,"]
    assert got.speaker == "Pieter Smit"
    assert got.country == "NL"


def test_a_participle_before_from_gives_no_country():
    # "returning from Japan" is a journey, not where the person comes from
    text = (
        "Favourite crashes out in Toronto\n\n"
        "TORONTO, Canada — Marta Kowalczyk lost on Friday to Aiko Tanabe, returning from "
        "Japan, in the second round.\n\n"
        '"I just played my game," said Ms. Tanabe.\n'
    )
    assert by_quote(text)["I just played my game,"].country == "CA"
