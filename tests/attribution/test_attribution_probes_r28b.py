"""Round 28, probe r28b's training errors (r28-b): the organisation of each speaker, round 4.
An unnamed spokesperson of a body named in the phrase (`a spokesperson for X`, `X's
spokesperson`, `an X spokeswoman`) gives that body as the organisation, whatever its name
looks like, but never a person's name. Invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_spokesperson_for_a_one_word_company_gives_the_company():
    text = (
        "Bakery chains raised prices across Ontario on Monday.\n\n"
        "A spokesperson for Brodolini said the chain would hold bread prices until June.\n"
    )
    got = by_quote(text)
    s = got["the chain would hold bread prices until June"]
    assert s.speaker is None
    assert s.organization == "Brodolini"


def test_a_spokesman_for_a_body_named_like_a_phrase_gives_the_body():
    text = (
        "Food banks in Leeds reported record demand this winter.\n\n"
        "A spokesman for Helping Hand, one of the city's oldest food banks, said it had "
        "served 9,000 families since October.\n"
    )
    got = by_quote(text)
    s = got["it had served 9,000 families since October"]
    assert s.organization == "Helping Hand"


def test_a_possessive_or_modifier_body_before_the_spokesperson_gives_the_body():
    text = (
        "Grocers are split over the levy, and Senator Laura Penhallow missed the vote.\n\n"
        "Marlowe's spokesperson said the group would pass the cost on to shoppers. "
        "A Fennick spokeswoman said the company had not decided.\n\n"
        "A spokeswoman for Penhallow said she had been at a funeral in Duluth. A spokesman "
        "for Gov. Tim Okafor said he would sign the bill.\n"
    )
    got = by_quote(text)
    assert got["the group would pass the cost on to shoppers"].organization == "Marlowe"
    assert got["the company had not decided"].organization == "Fennick"
    # a person's spokesperson: no organisation
    assert got["she had been at a funeral in Duluth"].organization is None
    assert got["he would sign the bill"].organization is None
