"""Round 24 (r24-roles): roles on fresh copy. A bare verb ending a fronted clause is no
title of the name after it; a relative written before the name ("His uncle, NAME,") is
that person's tie to the story at every later mention too (invented sentences)."""

import pytest

from articles.attribution import extract


def role_of(text, fragment):
    for s in extract(text):
        if fragment in s.quote:
            return s.role
    raise AssertionError([s.to_dict() for s in extract(text)])


@pytest.mark.parametrize(
    "text",
    [
        "Lena Brandt, 33, ended her career on Friday. Asked whether she would coach, Brandt"
        " said she wanted to rest first.",
        "Tomas Ruud played his last match in Oslo. Asked if he planned to coach, Ruud said"
        " he wanted to rest first.",
        "Asked whether she might not referee again, Ines Carvalho said she wanted to rest first.",
        "Asked if he will manage, Pavel Novak said he wanted to rest first.",
    ],
)
def test_bare_verb_ending_a_fronted_clause_is_no_title(text):
    assert role_of(text, "wanted to rest") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title after the fronted clause still is one
        ("Asked about the final, her coach, Lena Brandt, said she wanted to rest.", "coach"),
        ("Asked whether they would stay, the club's manager, Pavel Novak, said he wanted to"
         " rest.", "manager"),
    ],
)  # fmt: skip
def test_title_after_a_fronted_clause_still_counts(text, expected):
    assert role_of(text, "wanted to rest") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ruud was trained for a decade by his uncle, Anders Ruud, who sat in the front"
            " row. “He never missed a session,” Anders Ruud said.",
            "uncle",
        ),
        (
            "Maya Lind was found on Tuesday. Maya's mother, Karin Lind, spoke to reporters"
            " outside the clinic. “I could breathe again,” Lind said.",
            "mother",
        ),
        (
            "The inquest also heard from Dorsey’s estranged wife, Paula Dorsey, who said he"
            " had talked about moving away.",
            "wife",
        ),
        (
            "Okoro's daughter, Ada Okoro, stood by the door. “He built this place,” Ada"
            " Okoro said.",
            "daughter",
        ),
    ],
)
def test_relative_before_the_name_is_the_tie_at_later_mentions(text, expected):
    fragment = "moving away" if "moving away" in text else text.split("“")[1][:10]
    assert role_of(text, fragment) == expected


def test_office_still_outranks_a_tie():
    text = (
        "Sen. Ruth Adler spoke first. Her sister, Dana Adler, sat beside her. “We grew up"
        " on this street,” Ruth Adler said."
    )
    assert role_of(text, "We grew up") == "Senator"
