"""Round 25 (r25-typing): a capitalised name the lexicons do not know, typed person or
organisation from the article's own evidence.

Invented sentences only.  A name with no head word (Inc, Group, Foods) and no first name
is a body when the article shows it owning what only a body has (`X chief executive Y`,
`X's chief executive`, `X employees`, `a X flight`, `at X stores`, `stores of X`), being
led or founded (`who has led X since 2019`), or written right after a body's kind (`the
consultancy X`); a person's evidence wins (a first name, an honorific, he/she after the
name, a title, the surname of someone the article names)."""

from articles.attribution import extract


def by_quote(text: str) -> dict[str, tuple]:
    return {s.quote: (s.speaker, s.speaker_type, s.role, s.organization) for s in extract(text)}


def test_name_before_a_body_head_speaks_as_a_body():
    got = by_quote(
        "Orchard Lane chief executive Tom Hale and Greenway chief executive Ruth Moss "
        "appeared before the committee on Tuesday.\n\n"
        "A former Orchard Lane buyer said promotions were planned months ahead.\n\n"
        "Orchard Lane said in a statement that the former employee's account was "
        "\u201cnot accurate\u201d.\n"
    )
    assert got["not accurate"] == ("Orchard Lane", "organization", None, "Orchard Lane")


def test_pronoun_after_a_later_mention_is_no_evidence_for_the_body():
    got = by_quote(
        "Orchard Lane chief executive Tom Hale spoke to the inquiry on Monday.\n\n"
        "Mr Hale, who has led Orchard Lane since 2019, said he would back a new code.\n\n"
        "Orchard Lane said later that its prices were fair.\n"
    )
    assert got["its prices were fair"][:2] == ("Orchard Lane", "organization")


def test_possessive_chief_executive_and_the_fuller_name_spoken_before():
    got = by_quote(
        "The fire started in a warehouse in Dunmore, the site's operator, Carrow Freight, "
        "said.\n\n"
        "Carrow's chief executive, Paul Renner, told reporters the building was insured.\n\n"
        "Carrow said late on Tuesday that the fire was out.\n"
    )
    assert got["the fire was out"] == ("Carrow Freight", "organization", None, "Carrow Freight")
    assert got["the building was insured"][:2] == ("Paul Renner", "person")


def test_a_body_owns_flights_and_stores():
    flights = by_quote(
        "A Pinewood Link regional jet returned to Boise on Sunday. It was the second "
        "incident on a Pinewood Link flight this year.\n\n"
        "Pinewood Link denied that passengers had been at risk.\n"
    )
    assert flights["passengers had been at risk"][:2] == ("Pinewood Link", "organization")
    stores = by_quote(
        "Shoppers at Harrow Green stores paid more for fruit this year, a survey found.\n\n"
        "Harrow Green said that the survey was flawed.\n"
    )
    assert stores["the survey was flawed"] == (
        "Harrow Green",
        "organization",
        None,
        "Harrow Green",
    )


def test_a_body_is_led():
    got = by_quote(
        "Ms Quinlan, who has run Lantern Grove since 2018, said the chain would not close "
        "stores.\n\n"
        "Lantern Grove said its bakeries would open as usual.\n"
    )
    assert got["its bakeries would open as usual"][:2] == ("Lantern Grove", "organization")


def test_the_kind_before_the_name():
    got = by_quote(
        "The strike could cost $1 billion a day, according to estimates by the consultancy "
        "Tidewell Economics.\n"
    )
    assert got["The strike could cost $1 billion a day"][:2] == (
        "Tidewell Economics",
        "organization",
    )


def test_a_person_stays_a_person():
    # a first name
    got = by_quote(
        "Maria Lund, who has led Kestrel since 2019, was questioned on Monday.\n\n"
        "Lund said the company would appeal.\n"
    )
    assert got["the company would appeal"][:2] == ("Maria Lund", "person")
    # an honorific, though a shop bears the family's name
    got = by_quote(
        "Prices rose at Quarrie stores last month.\n\n"
        "Mr Quarrie, whose grandfather opened the first shop, said costs had doubled.\n\n"
        "Quarrie said the rise was temporary.\n"
    )
    assert got["the rise was temporary"][1] == "person"
    # he after the name
    got = by_quote(
        "Morrow employees were told on Friday.\n\nMorrow said he had done nothing wrong.\n"
    )
    assert got["he had done nothing wrong"][1] == "person"


def test_a_verb_after_a_name_is_no_body_noun():
    # "stores" and "plants" as verbs: no evidence without a preposition before the name
    got = by_quote(
        "Odell Farrant stores grain in two sheds near the river.\n\n"
        "Odell Farrant said the harvest was poor.\n"
    )
    assert got["the harvest was poor"][1] == "person"


def test_the_next_sentence_takes_the_name_up_as_a_body():
    for subject in ("It", "It also", "The company", "The retailer", "The chain"):
        got = by_quote(
            "Harrow Green said on Monday that prices would fall by 5 percent.\n\n"
            f"{subject} said the cuts would cover 400 products.\n"
        )
        assert got["prices would fall by 5 percent"][:2] == ("Harrow Green", "organization")
        assert got["the cuts would cover 400 products"][:2] == ("Harrow Green", "organization")


def test_no_take_up_by_he_or_past_another_name():
    got = by_quote(
        "Odell Farrant said on Monday that prices would fall.\n\nHe said the cuts were overdue.\n"
    )
    assert got["prices would fall"][1] == "person"
    # another body named in the sentence: "it" may be that one
    got = by_quote(
        "Odell Farrant said on Monday that Apex Retail would cut prices.\n\n"
        "It said the cuts would cover 400 products.\n"
    )
    assert got["Apex Retail would cut prices"][1] == "person"
    # an appositive describes a person
    got = by_quote(
        "Odell Farrant, a shopper, said prices had risen.\n\n"
        "The company said the cuts would cover 400 products.\n"
    )
    assert got["prices had risen"][1] == "person"
