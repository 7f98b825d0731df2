"""Round 27, probe r27i's training errors (r27-i): who is `he`, `she`, `the former`, `the
elder X`, `the 68-year-old`, `the Frenchman` or `the statement` when several people of
the same gender speak in turn, each tested with invented copy only (no sentence of the
probe)."""

from quote_lookup import by_quote

FORMER_LATTER = (
    "Marco Bellini and Stefan Richter met in Vienna on Tuesday. The former said the deal "
    "was close; the latter said he needed more time.\n\n"
    "Anna Weber, a lawyer, and her client, Paul Gruber, left the court together. The latter "
    "said he would appeal.\n"
)


def test_the_former_and_the_latter_are_the_pair_named_in_the_sentence_before():
    got = by_quote(FORMER_LATTER)
    assert got["the deal was close"].speaker == "Marco Bellini"
    assert got["he needed more time"].speaker == "Stefan Richter"
    assert got["he would appeal"].speaker == "Paul Gruber"


def test_the_former_with_no_pair_before_stays_unnamed():
    text = (
        "Rosa Lind chaired the meeting. The former mayor said the budget was balanced.\n\n"
        "The council met again on Friday. The former said nothing had changed.\n"
    )
    got = by_quote(text)
    assert got["nothing had changed"].speaker is None


def test_an_age_in_brackets_names_the_epithet():
    text = (
        "The jury's chairman, Pieter Hals (68), said the visiting crew had failed to give "
        "way. The other skipper, Joost Bakker (41), said his crew had seen the lights for "
        "ten minutes.\n\n"
        '"The rules are clear," the 68-year-old said.\n'
    )
    got = by_quote(text)
    assert got["The rules are clear,"].speaker == "Pieter Hals"


def test_a_bracketed_year_is_no_age():
    text = (
        "Joost Bakker (2019) and Pieter Hals (68) sailed together. Bakker said the boat was "
        "fast.\n\n"
        '"We won twice," the 68-year-old said.\n'
    )
    got = by_quote(text)
    assert got["We won twice,"].speaker == "Pieter Hals"


VESSELS = (
    "Lakeside regatta: Danish jury disqualifies local crew\n\n"
    "Luc Moreau, a French sailor, skippers the yacht Belle Etoile. Anders Holm, a Danish "
    "judge, chaired the hearing on Sunday.\n\n"
    "Holm said the local crew had failed to give way. The yacht Belle Etoile was damaged in "
    "the collision, and Belle Etoile's crew spent the night repairing it.\n\n"
    "The Frenchman said he was relieved by the ruling.\n"
)


def test_a_vessel_is_no_person_and_the_nationality_epithet_finds_its_sailor():
    got = by_quote(VESSELS)
    assert got["he was relieved by the ruling"].speaker == "Luc Moreau"


def test_a_demonym_before_a_title_in_apposition_is_the_persons_country():
    text = (
        "Anders Holm, a Danish judge, chaired the hearing on Sunday. Holm said the crew had "
        "failed to give way.\n\n"
        "The Frenchman said he was relieved by the ruling.\n"
    )
    got = by_quote(text)
    # the one person named near is written as Danish: not "the Frenchman"
    assert got["he was relieved by the ruling"].speaker is None


def test_a_name_inside_a_fronted_question_is_no_antecedent():
    text = (
        "Karl Weber, 58, a German coach, said he had not prepared the plan with his pupil.\n\n"
        '"We never looked at this," Weber said.\n\n'
        "Asked whether he had ever doubted that Mr. Dubois could win the event, he laughed. "
        '"Every day," he said. "That is my job."\n'
    )
    got = by_quote(text)
    assert got["Every day,"].speaker == "Karl Weber"
    assert got["That is my job."].speaker == "Karl Weber"


def test_the_elder_of_three_generations_is_the_one_introduced_as_father():
    text = (
        "Pablo Soto, 50, runs the family bakery. His brother, Luis Soto, 45, wants to sell "
        "it.\n\n"
        "Their father, Ramón Soto, founded the bakery in 1970. Luis Soto said the offer was "
        "fair.\n\n"
        "Asked by a reporter whether he would retire, the elder Soto smiled. "
        '"Bakers never retire," he said.\n'
    )
    got = by_quote(text)
    assert got["Bakers never retire,"].speaker == "Ramón Soto"


def test_the_statement_after_a_quote_is_its_issuers_across_a_sentence():
    text = (
        "The two men left without speaking to reporters, but Peter Lang issued a statement "
        "on Friday night. He said the family accepted the verdict.\n\n"
        '"We will not appeal," the statement said. "We wish them well."\n'
    )
    got = by_quote(text)
    assert got["We will not appeal,"].speaker == "Peter Lang"
    assert got["We wish them well."].speaker == "Peter Lang"


def test_a_description_named_in_the_next_sentence_is_that_person():
    text = (
        "The club met on Monday.\n\n"
        "The club's oldest member told the meeting he had never seen such anger. Harold "
        "Finch, 88, joined in 1961.\n\n"
        "The company's lawyer said the claim was baseless. Mary Stone, a resident, said she "
        "would fight on.\n"
    )
    got = by_quote(text)
    assert got["he had never seen such anger"].speaker == "Harold Finch"
    # a person speaking in the next sentence is someone else
    assert got["the claim was baseless"].speaker is None


def test_a_lead_description_with_an_age_is_the_person_of_that_age():
    text = (
        "Sisters fight over the family farm\n\n"
        "The matriarch, 91, says she wants the land kept whole.\n\n"
        "Ines Vidal, 60, and Clara Vidal, 57, have not spoken in a year. Their mother, "
        "Rosa Vidal, 91, still lives on the farm.\n"
    )
    got = by_quote(text)
    assert got["she wants the land kept whole"].speaker == "Rosa Vidal"


def test_a_judgement_in_a_reported_predicate_is_no_role():
    text = (
        "Lena Fox, the team's captain, said Tom Hale had been the better player all week. "
        "Tom Hale said he had misjudged one move.\n"
    )
    got = by_quote(text)
    assert got["he had misjudged one move"].speaker == "Tom Hale"
    assert got["he had misjudged one move"].role is None


def test_a_crew_post_is_a_role():
    text = (
        "The yacht Sea Swift finished second. Its navigator, Rhys Owen, said the wind had "
        "dropped at dawn.\n"
    )
    got = by_quote(text)
    assert got["the wind had dropped at dawn"].speaker == "Rhys Owen"
    assert got["the wind had dropped at dawn"].role == "navigator"


def test_a_yachts_skipper_works_for_no_body():
    text = (
        "The yacht Sea Swift crossed the line at dawn. Sea Swift's skipper, Rhys Owen, said "
        "the wind had dropped overnight.\n"
    )
    got = by_quote(text)
    assert got["the wind had dropped overnight"].speaker == "Rhys Owen"
    assert got["the wind had dropped overnight"].organization is None


def test_people_who_have_known_each_other_make_no_statement():
    text = (
        "The two finalists have known each other since they were children. Ana Ruiz has "
        "known him for years, and she said he deserved the title.\n"
    )
    got = by_quote(text)
    assert not any("since they were children" in q for q in got)
    assert not any(q.startswith("him for years") for q in got)
    assert got["he deserved the title"].speaker == "Ana Ruiz"
