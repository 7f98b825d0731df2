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


@pytest.mark.parametrize(
    "text, expected",
    [
        # two lower-case fields of one title joined by "and"
        (
            "The wait is too long, said Rhea Moss, a labor and delivery nurse who has worked"
            " at the county hospital for nine years.",
            "labor and delivery nurse",
        ),
        ("“We start at dawn,” said Ilse Brandt, a hair and makeup artist.",
         "hair and makeup artist"),
        # a title before "and" is a title of its own, not a field
        ("“We start at dawn,” said Ilse Brandt, a teacher and coach.", "teacher and coach"),
        ("“We start at dawn,” said Ilse Brandt, a nurse and mother of three.", "nurse"),
        # a schoolteacher is a title like a teacher
        ("“We start at dawn,” said Ilse Brandt, a retired schoolteacher.", "retired schoolteacher"),
    ],
)  # fmt: skip
def test_occupations(text, expected):
    assert role_of(text, "dawn" if "dawn" in text else "too long") == expected


def test_group_named_by_its_appositive_takes_the_appositive_title():
    text = (
        "Several fans waited outside. Another fan, a nurse who gave her name only as Tess,"
        " said the album had helped her through a hard year."
    )
    assert role_of(text, "album had helped") == "nurse"


def test_title_after_a_preposition_and_a_figure():
    text = (
        "The count gave 44.2% to President Ivo Sander and 39.8% for opposition leader Mara"
        " Lisk. Lisk, a former trade minister, told supporters the count was flawed."
    )
    assert role_of(text, "count was flawed") == "opposition leader"


def test_campaigned_for_a_titled_person():
    text = (
        "Dale Ortiz, who has campaigned for Senate candidate Ruth Hale since May, stood by."
        " “We will win,” Hale said."
    )
    assert role_of(text, "We will win") == "Senate candidate"


@pytest.mark.parametrize(
    "fronted",
    ["In addition to his son and daughter,", "Besides his daughter,", "Like her mother,"],
)
def test_relative_in_a_fronted_phrase_is_no_appositive(fronted):
    text = (
        f"{fronted} Walter Brenner is survived by four grandchildren. “It was home,”"
        " Brenner once said."
    )
    assert role_of(text, "It was home") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a side in a contest is no post (as "his rival, X"); with a field it is one
        ("Her main challenger, Tomas Ibarra of the Civic Union, said the count was wrong.", None),
        # (the party is no part of the role: round 24, convention 9)
        ("Republican challenger Tomas Ibarra said the count was wrong.", "challenger"),
    ],
)  # fmt: skip
def test_challenger(text, expected):
    assert role_of(text, "count was wrong") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Leader of Opposition in the outgoing assembly, Ravi Menon of the Janata Front,"
            " accepted the result but said the count was wrong.",
            "Leader of Opposition",
        ),
        (
            "On Friday the Leader of the Opposition in the state legislature, Ravi Menon, said"
            " the count was wrong.",
            "Leader of the Opposition",
        ),
        # a place after a title, as before
        ("A U.N. spokesman in Geneva, Tomas Ibarra, said the count was wrong.", "spokesman"),
    ],
)
def test_office_held_in_a_chamber(text, expected):
    assert role_of(text, "count was wrong") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office with its remit after "for" outranks a rank written at the name
        (
            "Norway sent its special envoy for the region, retired Gen. Arne Vik, to the"
            " talks. “This is a start,” Vik said.",
            "special envoy",
        ),
        (
            "An attorney for the driver, Capt. Lena Holm, said it was a start.",
            "attorney",
        ),
        # a rank alone stays the role
        ("“This is a start,” said retired Gen. Arne Vik.", "retired General"),
    ],
)
def test_office_outranks_a_rank(text, expected):
    assert role_of(text, "start") == expected
