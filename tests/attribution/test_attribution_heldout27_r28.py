"""Round 28: lessons of the retired heldout27, proven on invented sentences of the same
shapes (none of its sentences, names or places)."""

from articles.attribution import extract


def by_quote(text, start):
    return next(s for s in extract(text) if s.quote.startswith(start))


def quotes(text):
    return [s.quote for s in extract(text)]


# ---- people and titles ---------------------------------------------------------------


def test_a_two_word_party_before_td_and_a_three_word_name():
    # "Fianna Fáil TD X Y Z": TD is an Irish member's title, as MP is
    text = (
        "Ferry fares to rise\n\n"
        "Fianna Fáil TD Seán Ó Briain, the party’s spokesperson on the marine, said the "
        "fares would hurt island families.\n"
        "‘We were promised a fair deal,’ he said.\n"
    )
    s = by_quote(text, "the fares would hurt")
    assert s.speaker == "Seán Ó Briain"
    assert by_quote(text, "We were promised").speaker == "Seán Ó Briain"


def test_a_hairdresser_is_a_role():
    text = (
        "Salon owners count the cost\n\n"
        "Rachel Dunne, a hairdresser from Athlone, said bookings had halved since March.\n"
    )
    assert by_quote(text, "bookings had halved").role == "hairdresser"


def test_told_an_outlet_that_a_clause_with_a_participle_aside():
    # "X, 41, told <outlet> that the letter, sent on …, listed …" is X's clause, no
    # inverted "…, told <outlet> …" credit; the "she" after it is X
    text = (
        "Dam plan put on hold\n\n"
        "IPOH, March 3 — The state has shelved a dam on the Kinta river.\n"
        "Siti Nur Aisyah, 41, told Berita Harian that the council’s letter, sent on "
        "February 3, listed four villages to be moved.\n"
        "“Nobody asked us,” she said.\n"
    )
    s = by_quote(text, "the council’s letter")
    assert s.speaker == "Siti Nur Aisyah"
    assert s.quote.endswith("listed four villages to be moved")
    assert by_quote(text, "Nobody asked us").speaker == "Siti Nur Aisyah"
    assert not any(q.startswith("Siti Nur Aisyah") for q in quotes(text))


def test_given_names_before_a_later_whose_relative_are_the_full_name():
    text = (
        "Dam plan put on hold\n\n"
        "Siti Nur Aisyah, 41, told Berita Harian that the plan had been shelved.\n"
        "Siti Nur said she would appeal against the decision.\n"
        "The film is the third by Siti Nur, whose debut was shown in Busan in 2021.\n"
    )
    assert by_quote(text, "she would appeal").speaker == "Siti Nur Aisyah"


# ---- organisations -------------------------------------------------------------------


def test_a_one_word_name_of_a_company_that_spoke_under_its_full_name():
    text = (
        "Ferry fares to rise\n\n"
        "Brennock Gaming, which runs the harbour ferries, said fares would rise in May.\n\n"
        "Brennock said the audit, by the Cork consultancy Harlow Partners, would be "
        "published in June.\n"
    )
    s = by_quote(text, "the audit")
    assert s.speaker == "Brennock Gaming"
    assert s.organization == "Brennock Gaming"


def test_a_collaborative_is_a_body():
    text = (
        "Rents rise again\n\n"
        "Rents rose 9% last year, according to a survey by the Harbour Housing "
        "Collaborative.\n"
    )
    assert by_quote(text, "Rents rose").speaker == "Harbour Housing Collaborative"


# ---- spans ---------------------------------------------------------------------------


def test_a_quoted_button_label_inside_a_reported_clause_is_no_partial():
    text = (
        "Refund glitch\n\n"
        "A shopper said the till had shown confetti and a “sold out” sign all morning.\n\n"
        "Another user, who asked not to be named, said the page had shown a ‘pay now’ "
        "button for hours.\n"
    )
    got = quotes(text)
    assert "sold out" not in got and "pay now" not in got
    assert by_quote(text, "the till had shown").kind == "indirect"
    assert by_quote(text, "the page had shown").kind == "indirect"


def test_according_to_a_named_source_and_its_description():
    # the indefinite appositive describes the source; the main clause after it (if any)
    # is reported
    text = (
        "Rents rise again\n\n"
        "At least nine towns lodged appeals, according to a count by the Harbour Housing "
        "Trust, a nonprofit that advises councils on housing data.\n\n"
        "In 2020, according to the Harbour Housing Trust, a charity that tracks rents, "
        "prices doubled.\n"
    )
    got = quotes(text)
    assert not any(q.startswith("a nonprofit") or q.startswith("a charity") for q in got)
    assert "At least nine towns lodged appeals" in got
    assert "prices doubled" in got


def test_a_policy_of_no_comment_is_capped():
    text = (
        "Fines review\n\n"
        "The Harbour Licensing Office said it did not comment on individual licence "
        "holders.\n\n"
        "The Harbour Licensing Office said it would review the fines.\n"
    )
    assert by_quote(text, "it did not comment").confidence <= 0.3
    assert by_quote(text, "it would review").confidence > 0.3
