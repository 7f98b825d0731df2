"""Probe round 18, precision of reported speech: statements the module reported that are
no act of speech (a withdrawal, a prison term, a list posted, a participle modifying a
document), and a request whose negation was cut off. Invented copy only."""

from quote_lookup import by_quote

# -- acts that are not speech -----------------------------------------------------------


def test_recall_of_a_product_over_its_fault_is_no_statement():
    text = "Brightwell Foods recalls peanut butter over salmonella fears\n"
    assert by_quote(text) == {}
    text = "The company recalled a children's car seat over a faulty buckle.\n"
    assert by_quote(text) == {}
    # a memory is still reported
    text = "She recalled arguing over the budget with the governor.\n"
    assert "arguing over the budget with the governor" in by_quote(text)


def test_a_prison_term_sought_is_no_statement():
    assert by_quote("Prosecutors had sought 12 years. The judge gave him eight.\n") == {}
    assert by_quote("Prosecutors sought life in prison for the gunman.\n") == {}
    # words asked for are still reported
    text = "The union sought assurances that no jobs would be lost.\n"
    assert "assurances that no jobs would be lost" in by_quote(text)


def test_a_list_posted_online_is_no_statement():
    assert by_quote("The ministry posted the list of closed roads on its website.\n") == {}


def test_participle_after_the_document_of_according_to_is_not_a_cue():
    text = (
        "The school's water supply was shut off on Monday, according to a notice posted "
        "on its website.\n"
    )
    got = by_quote(text)
    assert list(got) == ["The school's water supply was shut off on Monday"]
    assert got["The school's water supply was shut off on Monday"].cue == "according to"


# -- a request's negation ---------------------------------------------------------------


def test_negated_request_keeps_its_negation():
    got = by_quote("Coach Lena Hart urged supporters not to boo the referee.\n")
    assert "not to boo the referee" in got
    assert got["not to boo the referee"].speaker == "Lena Hart"
    text = "The sheriff asked drivers not to use the coastal road until the storm had passed.\n"
    assert "not to use the coastal road until the storm had passed" in by_quote(text)
    # a request for anonymity (no object before "not") is still dropped
    text = "A nurse, who asked not to be named, said the ward was full.\n"
    assert list(by_quote(text)) == ["the ward was full"]


def test_infinitive_describing_a_programme_is_not_the_subjects_statement():
    text = (
        "The Nordic Rail Fund, which gave Vantor money under a program to support small "
        "firms, said it was pleased.\n"
    )
    assert list(by_quote(text)) == ["it was pleased"]


def test_an_attack_that_killed_is_force_not_words():
    text = "In 2004, they attacked the embassy in Varn, killing nine guards.\n"
    assert by_quote(text) == {}
    # a verbal attack is still reported
    got = by_quote("The mayor attacked the council, accusing it of waste.\n")
    assert "the council" in got


# -- a subject described by a participle and its complement ----------------------------


def test_participle_with_a_complement_describes_the_subject():
    assert by_quote("Residents worried about flooding should call the county hotline.\n") == {}
    got = by_quote("Farmers worried about the drought said the aid came too late.\n")
    assert list(got) == ["the aid came too late"]
    assert got["the aid came too late"].source == "Farmers worried about the drought"
    got = by_quote("Families displaced by the flood said the aid came too late.\n")
    assert got["the aid came too late"].source == "Families displaced by the flood"
    # a finite "worried" is still the verb
    assert "the river would rise again" in by_quote(
        "Residents worried that the river would rise again.\n"
    )


def test_declining_an_interview_is_a_capped_non_answer():
    text = "The retired teacher gave his results to the council. He declined to be interviewed.\n"
    assert by_quote(text)["to be interviewed"].confidence <= 0.3


def test_plural_noun_joined_to_a_subject_is_not_a_verb():
    text = "The mayor said the shootings and protests are a warning to every resident of Dunmore.\n"
    assert list(by_quote(text)) == [
        "the shootings and protests are a warning to every resident of Dunmore"
    ]
