"""Round 27: lessons of the retired heldout25, proven on invented sentences of the same
shapes (none of its sentences, names or places)."""

from articles.attribution import extract


def by_quote(text, start):
    return next(s for s in extract(text) if s.quote.startswith(start))


# ---- the country of a story: datelines and domestic marks ---------------------------


def test_title_case_dateline_with_an_agency_in_capitals_and_a_full_stop():
    # a national agency's English service: "City, Mon. D (AGENCY)." (the capital here is
    # also a given name, so no count of the story's places places it)
    text = (
        "Truck drivers block highways over toll rise\n\n"
        "Santiago, Oct. 14 (ORBE). Hundreds of truck drivers blocked the main highways "
        "on Tuesday in protest against the new tolls, leaving ports without deliveries.\n\n"
        "The leader of the truckers' federation, Pedro Ignacio Rojo Salas, stated that "
        "the blockade would continue until the tolls were frozen.\n"
    )
    s = by_quote(text, "the blockade would continue")
    assert s.speaker == "Pedro Ignacio Rojo Salas"
    assert s.country == "CL"


def test_undated_australian_regional_story_by_its_shire_and_regional_cities():
    text = (
        "Wind farm wins council backing\n\n"
        "Coolah Shire councillors have voted five to four to back a wind farm on grazing "
        "country east of Dubbo.\n\n"
        "Grazier Bill Hart says the turbines will be seen from every paddock.\n\n"
        "The developer, Southerly Energy, says the farm would power 90,000 homes.\n"
    )
    assert by_quote(text, "the turbines will be seen").country == "AU"
    assert by_quote(text, "the farm would power").country == "AU"


# ---- speakers ----------------------------------------------------------------------


def test_cr_is_a_councillor_and_cr_surname_is_the_person():
    text = (
        "Pool upgrade approved\n\n"
        "Mayor Rhonda Keane says the pool will reopen in spring.\n\n"
        '"We have waited long enough," Cr Keane says.\n\n'
        "But Cr Tom Albury, who voted against the plan, says the cost will blow out.\n"
    )
    assert by_quote(text, "We have waited long enough").speaker == "Rhonda Keane"
    s = by_quote(text, "the cost will blow out")
    assert s.speaker == "Tom Albury"
    assert (s.role or "").lower() == "councillor"


def test_presidency_speaks_as_a_body():
    text = (
        "Poet laureate dies\n\n"
        "In a statement, Zambia's Presidency described the poet as "
        '"a voice of the whole nation".\n\n'
        "It said the state would pay for the funeral.\n"
    )
    s = by_quote(text, "a voice of the whole nation")
    assert s.speaker == "Presidency"
    assert s.organization == "Presidency"
    assert by_quote(text, "the state would pay").speaker == "Presidency"


def test_fronted_place_before_a_described_speaker():
    text = (
        "Drummer remembered\n\n"
        "Veteran drummer Otieno Waweru has died at 90.\n\n"
        "In Manchester, the producer Peter Kamau, who recorded the band in 1975, said the "
        'sessions had "changed everything".\n'
    )
    s = by_quote(text, "changed everything")
    assert s.speaker == "Peter Kamau"
    assert s.country == "GB"


def test_double_surname_misspelt_later_is_the_same_person():
    text = (
        "Roads reopen after floods\n\n"
        "The Minister of Transport, Luis Alberto Vargas Torres, said the roads would "
        "reopen on Friday.\n\n"
        "Vargas Tores said 40 trucks had been cleared from the pass.\n"
    )
    assert by_quote(text, "40 trucks").speaker == "Luis Alberto Vargas Torres"


def test_state_initials_and_members_plural_before_says_is_a_body():
    text = (
        "Levy row grows\n\n"
        "The council voted on Tuesday to raise the levy.\n\n"
        "QLD Growers says it is not opposed to the levy but wants it phased in.\n"
    )
    s = by_quote(text, "it is not opposed")
    assert s.speaker == "QLD Growers"
    assert s.organization == "QLD Growers"
    # a past tense says nothing of number: an unnamed group, as before
    text = text.replace("QLD Growers says", "QLD Growers said")
    assert by_quote(text, "it is not opposed").speaker is None


# ---- organisations -----------------------------------------------------------------


def test_bracketed_short_name_of_other_letters_after_a_body_with_its_remit():
    text = (
        "Traders close shops over new levy\n\n"
        "Shops stayed shut on Monday, according to the Retail Traders Association of "
        "Malawi (RETRAM).\n\n"
        '"We cannot pay this levy," said Jane Phiri, chairwoman of RETRAM.\n'
    )
    s = by_quote(text, "We cannot pay this levy")
    assert s.speaker == "Jane Phiri"
    assert s.organization == "Retail Traders Association of Malawi"


def test_minister_of_the_interior_is_a_portfolio_not_a_body():
    text = (
        "Police deployed as strike spreads\n\n"
        "The Minister of the Interior, Jorge Luis Ramos, said 3,000 officers had been "
        "deployed.\n"
    )
    s = by_quote(text, "3,000 officers")
    assert s.role == "Minister of the Interior"
    assert s.organization is None


def test_a_promoter_is_a_title():
    text = (
        "Singer remembered\n\n"
        "The concert promoter Alan Birch, who brought the band to Leeds in 1979, said the "
        "shows had sold out in a day.\n"
    )
    assert by_quote(text, "the shows had sold out").role == "concert promoter"
