"""Round 27: lessons of the retired heldout26, proven on invented sentences of the same
shapes (none of its sentences, names or places)."""

from articles.attribution import extract


def by_quote(text, start):
    return next(s for s in extract(text) if s.quote.startswith(start))


# ---- organisations -------------------------------------------------------------------


def test_a_church_body_named_by_its_kind_before_its_officer():
    # "the synod's president": the synod named before, not the college
    text = (
        "Synod votes to shut college\n\n"
        "DENVER (AP) — Members of the Western Lutheran Synod voted on Monday to close "
        "Pine Ridge Bible College, ending a century of teaching.\n\n"
        '"We cannot keep the lights on," the Rev. Anna Kowalski, the synod\'s president, '
        "told members before the vote.\n\n"
        "Delegates of the Gulf Coast Baptist Convention met in Mobile. The convention's "
        "president, Ray Dunn, said the vote would be held in June.\n"
    )
    assert by_quote(text, "We cannot keep").organization == "Western Lutheran Synod"
    assert by_quote(text, "the vote would be held").organization == (
        "Gulf Coast Baptist Convention"
    )


def test_a_seminary_and_an_authority_by_their_kind_before_an_officer():
    text = (
        "Seminary to close\n\n"
        "DENVER (AP) — The Western Lutheran Synod voted to close Pine Ridge Theological "
        "Seminary on Monday.\n\n"
        "The seminary's president, the Rev. Mark Ellison, said the school had a rescue "
        "plan.\n\n"
        "The Mountain Freight Authority said it would cut routes. The authority's chief "
        "executive, Ray Bolton, said the routes lost money.\n"
    )
    assert by_quote(text, "the school had").organization == "Pine Ridge Theological Seminary"
    s = by_quote(text, "the routes lost money")
    assert s.organization == "Mountain Freight Authority"
    assert s.role == "chief executive"


def test_a_place_based_firm_of_a_kind_is_the_firm_not_the_place():
    text = (
        "Fund delays switch\n\n"
        "Anna Berg, a partner at Oslo-based consultancy Fjord & Co, said the plan was "
        "risky.\n"
    )
    s = by_quote(text, "the plan was risky")
    assert s.organization == "Fjord & Co"
    assert s.role == "partner"


def test_a_syllable_short_name_before_a_title_is_the_full_name():
    # "the Commission on Audit (Comaud)": Com-aud, the openings of its capitalised words
    text = (
        "Audit body reviews books\n\n"
        "MANILA — The Commission on Audit (Comaud) said it would review the books of "
        "the port agency.\n\n"
        "Comaud Chairperson Maria Santos said the review would take a month.\n"
    )
    s = by_quote(text, "the review would take")
    assert s.organization == "Commission on Audit"
    assert s.role == "Chairperson"


# ---- no statements -------------------------------------------------------------------


def test_a_relative_word_before_a_cue_is_no_statement():
    text = (
        "Council rejects rents\n\n"
        "LEEDS, England — The landlords' fund has voted against the board's plan to raise "
        "rents in January, throwing its timetable into doubt.\n\n"
        "The residents' council, which represents tenants, owners and landlords, rejected "
        "the rent plan at a meeting in Hull on Monday evening.\n"
    )
    assert not [s for s in extract(text) if s.quote.strip().lower() == "which"]


def test_a_vote_tally_is_no_statement():
    text = (
        "Board turns down merger\n\n"
        "The supervisory board rejected the merger by eight votes to three at a meeting "
        "in Leiden on Tuesday.\n\n"
        "The council approved the budget by a vote of 9-2 later that week.\n"
    )
    quotes = [s.quote for s in extract(text)]
    assert not [q for q in quotes if "votes to three" in q or "9-2" in q]


def test_a_writers_field_in_a_relative_is_no_statement():
    text = (
        "Small colleges under strain\n\n"
        "Maria Lund, who teaches economics at Halden College and has written about rural "
        "banks, said small lenders across the region were struggling.\n"
    )
    quotes = [s.quote for s in extract(text)]
    assert "rural banks" not in quotes
    assert by_quote(text, "small lenders across").speaker == "Maria Lund"
