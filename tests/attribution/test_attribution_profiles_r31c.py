"""Round 31, probe r31c's training errors (r31-c): profiles and obituaries. A case title's
sides (`Smith v. Harbor Homes`) are nobody a pronoun can mean; a biography's birth name
(`Ann Rose Kaplan was born in …`) is the person named before with that given name; a body
first written with the place it serves (`the Tenants' Union of the District of Columbia`)
keeps that name when shortened (`the Tenants' Union said`); a body known by itself (`The
BBC said`) is not a unit of it named before (`the BBC Philharmonic Choir`); a habit of
saying (`used to tell audiences that`, `was fond of saying that`) is the subject's
statement. Invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_case_titles_side_is_no_antecedent():
    text = (
        "Ruth Abara, a civil rights lawyer, died on Monday. She was 84.\n\n"
        "Her first big case, Okoye v. Linden Homes, ended in 1969 with a ruling against the "
        "developer. She told reporters that the ruling was overdue.\n"
    )
    got = by_quote(text)
    assert got["the ruling was overdue"].speaker == "Ruth Abara"


def test_a_birth_name_is_the_person_named_before():
    text = (
        "Miriam Holt, a nurse who ran a free clinic for 40 years, died on Friday. She was "
        "90.\n\n"
        "Miriam Esther Klein was born in Leeds in 1936. In her memoir she wrote that her "
        "father had driven a tram.\n"
    )
    got = by_quote(text)
    assert got["her father had driven a tram"].speaker == "Miriam Holt"


def test_a_body_shortened_from_its_name_with_a_place():
    text = (
        "Paul Amos joined the Housing Rights Society of Ontario in 1980.\n\n"
        "In a statement, the Housing Rights Society said he had never lost his temper.\n"
    )
    got = by_quote(text)
    s = got["he had never lost his temper"]
    assert s.speaker == "Housing Rights Society of Ontario"
    assert s.organization == "Housing Rights Society of Ontario"


def test_a_known_body_is_not_its_unit_named_before():
    text = (
        "Ian Moss sang with the BBC Philharmonic Choir for 30 years.\n\n"
        'The BBC said at the time that it had "full confidence" in the choir.\n'
    )
    got = by_quote(text)
    assert got["full confidence"].speaker == "BBC"


def test_a_habit_of_saying_is_the_subjects_statement():
    text = (
        "Tom Greer, a football coach, died on Sunday. He was 79.\n\n"
        "He used to tell his players that a draw away from home was a win.\n\n"
        "Greer was fond of saying that no referee had ever scored a goal.\n"
    )
    got = by_quote(text)
    assert got["a draw away from home was a win"].speaker == "Tom Greer"
    assert got["no referee had ever scored a goal"].speaker == "Tom Greer"


def test_a_speakers_use_of_the_given_name_does_not_tell_relatives_apart():
    text = (
        "Lena Brandt, 61, has run the ferry cafe in Gimli, Manitoba, for 30 years.\n\n"
        '"If the coffee is bad, Lena tells you it is bad," says Ole Sigurdson, a regular.\n\n'
        "According to her son, Karl Brandt, who lives in Winnipeg, the cafe has never closed "
        "on a Sunday.\n\n"
        "Brandt shrugs at that. The ferry, she says, brings the town to her door.\n\n"
        "Brandt says the ferry brings her 200 customers a day in July.\n"
    )
    got = by_quote(text)
    assert got["the ferry brings her 200 customers a day in July"].speaker == "Lena Brandt"


def test_a_scottish_given_name_gives_the_gender():
    text = (
        "Hamish Rae, a piper, died on Tuesday.\n\n"
        "The fiddler Eilidh Munro, who toured with him for 20 years, said that he could be "
        'sharp. "He would tell you the tune was wrong and then buy you a dram," she said.\n'
    )
    got = by_quote(text)
    s = got["He would tell you the tune was wrong and then buy you a dram,"]
    assert s.speaker == "Eilidh Munro"


def test_a_british_irregular_past_before_a_coordinated_cue():
    text = (
        "Duncan Moir, an organist, died on Friday.\n\n"
        "He learnt the piano in Perth and later claimed to have taken up the organ "
        '"because the church was warmer than the school".\n'
    )
    got = by_quote(text)
    assert got["because the church was warmer than the school"].speaker == "Duncan Moir"


def test_a_relative_named_in_the_survivors_list():
    text = (
        "Joan Pike, a school principal, died on Monday. She was 88.\n\n"
        "Survivors include a son, Mark Pike of Dayton, Ohio; a daughter, Ellen Ruiz of "
        "Austin; and six grandchildren.\n\n"
        "Her daughter said she had kept every report card she ever signed.\n"
    )
    got = by_quote(text)
    s = got["she had kept every report card she ever signed"]
    assert s.speaker == "Ellen Ruiz"
    assert s.role == "daughter"


def test_a_parent_named_after_son_of_is_not_the_child():
    text = (
        "Callum Neil Baird, a fiddler, died on Sunday.\n\n"
        "Baird was born in Oban, the only son of Neil Baird, a fisherman. He later said he "
        "had learnt every tune from the radio.\n"
    )
    got = by_quote(text)
    s = got["he had learnt every tune from the radio"]
    assert s.speaker == "Callum Neil Baird"
    assert s.role != "fisherman"


def test_a_place_found_locked_is_no_statement():
    text = "Rehearsals began at nine, and latecomers found the hall locked.\n"
    assert "the hall locked" not in by_quote(text)


def test_how_she_says_it_is_no_statement():
    text = (
        "Nora Vance has run the mill for 20 years.\n\n"
        "She says it calmly, the way she says most things.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith(("it calmly", "most things")) for q in got)


def test_a_company_named_after_a_city_speaks_as_a_body():
    text = (
        "Grain shippers in Manitoba say rail service has worsened.\n\n"
        "Prairie Northern Kansas City, which owns the line, said in a statement that it "
        "would add cars in March.\n"
    )
    got = by_quote(text)
    s = got["it would add cars in March"]
    assert s.speaker == "Prairie Northern Kansas City"
    assert s.organization == "Prairie Northern Kansas City"
