"""Speakers and spans on wire-style copy (probe round): hand-written sentences."""

from articles.attribution import extract


def rows(text):
    return [(s.quote, s.speaker, s.source) for s in extract(text)]


def test_chinese_family_name_he_is_a_name_not_the_pronoun():
    text = (
        "Vice Premier He Lifeng met the trade delegation in Beijing. He Lifeng told "
        "reporters the talks were useful. He said both sides would keep talking."
    )
    assert [(q, spk) for q, spk, _ in rows(text)] == [
        ("the talks were useful", "He Lifeng"),
        ("both sides would keep talking", "He Lifeng"),
    ]


def test_family_name_he_after_a_title():
    statements = extract("Vice Premier He Lifeng said tariffs must fall.")
    assert [(s.speaker, s.role) for s in statements] == [("He Lifeng", "Vice Premier")]


def test_possessive_before_a_lone_name_shows_a_person():
    statements = extract("In her remarks, Harris said the administration would not back down.")
    assert [(s.speaker, s.speaker_type, s.organization) for s in statements] == [
        ("Harris", "person", None)
    ]


def test_according_to_a_statement_from_keeps_the_sender():
    text = "According to a statement from the company, the recall covers 40,000 vehicles."
    assert [s.source for s in extract(text)] == ["a statement from the company"]


def test_statement_or_study_author_is_the_speaker():
    text = (
        "According to a statement from Acme Corp., the recall covers 40,000 vehicles.\n\n"
        "According to a letter from Sen. Ann Ray, the agency ignored warnings.\n\n"
        "Rents rose, according to a study by Dr. Lena Fox of Yale."
    )
    assert [(s.speaker, s.organization) for s in extract(text)] == [
        ("Acme Corp", "Acme Corp"),
        ("Ann Ray", None),
        ("Lena Fox", "Yale"),
    ]


def test_it_after_a_person_speaking_for_a_company_is_the_company():
    text = (
        "Dana Holt, chief executive of Acme Corp., said the plant would reopen in June. "
        "The company will hire 300 workers, it said."
    )
    assert [(s.speaker, s.speaker_type) for s in extract(text)] == [
        ("Dana Holt", "person"),
        ("Acme Corp", "organization"),
    ]


def test_it_stays_unresolved_when_someone_else_spoke_in_between():
    text = (
        "Dana Holt, chief executive of Acme Corp., said the plant would reopen in June. "
        "Analysts said the move was overdue. The company will hire 300 workers, it said."
    )
    assert extract(text)[-1].speaker is None


def test_reporters_question_before_the_answer_has_low_confidence():
    text = "Asked about his future, Coach Mike Rivera said he was focused on Sunday's game."
    question, answer = extract(text)
    assert (question.quote, question.source) == ("his future", None)
    assert question.confidence <= 0.3
    assert answer.speaker == "Mike Rivera" and answer.confidence > 0.3


def test_inverted_title_with_of_complement_before_a_name():
    text = (
        "“We are ready,” said Secretary of State John Kerry, adding that talks would go on.\n\n"
        "“Growth remains fragile,” said director of economic statistics Liz McKeown.\n\n"
        "“We will appeal,” said a spokesman for Mayor Ann Reed."
    )
    assert [(s.speaker, s.role) for s in extract(text)] == [
        ("John Kerry", "Secretary of State"),
        ("John Kerry", "Secretary of State"),
        ("Liz McKeown", None),
        (None, None),
    ]


def test_told_an_audience_is_not_the_reported_clause():
    text = (
        "Fed Chair Jerome Powell told a news conference the central bank was in no hurry.\n\n"
        "Senator Ann Ray told the committee the agency had failed.\n\n"
        "Senator Ann Ray told a crowd of supporters the election was fair."
    )
    assert [s.quote for s in extract(text)] == [
        "the central bank was in no hurry",
        "the agency had failed",
        "the election was fair",
    ]


def test_told_reporters_then_a_capitalised_subject():
    text = "Kremlin spokesman Dmitry Peskov told reporters Moscow was open to talks."
    assert [(s.speaker, s.quote) for s in extract(text)] == [
        ("Dmitry Peskov", "Moscow was open to talks")
    ]


def test_first_person_singular_quote_shows_a_lone_name_is_a_person():
    text = (
        "“My client is innocent,” Okafor said.\n\n"
        "“We are disappointed by the ruling,” Stellantis said."
    )
    assert [(s.speaker, s.speaker_type) for s in extract(text)] == [
        ("Okafor", "person"),
        ("Stellantis", "organization"),
    ]


def test_sentence_final_quote_continues_the_previous_speaker_not_the_next_clause():
    text = (
        "“We have to be better,” coach Andy Reid said. “Simple as that.” Quarterback "
        "Patrick Mahomes, who threw two interceptions, said he took the blame."
    )
    assert [(s.quote, s.speaker) for s in extract(text)] == [
        ("We have to be better,", "Andy Reid"),
        ("Simple as that.", "Andy Reid"),
        ("he took the blame", "Patrick Mahomes"),
    ]


def test_trade_descriptor_names_the_company():
    text = (
        "Lumora said on Thursday it would invest $5 billion. The phone maker said it would "
        "hire 2,000 people.\n\n"
        "Kestrel Air Inc. said flights would resume. The airline said 300 flights were canceled."
    )
    speakers = ["Lumora", "Lumora", "Kestrel Air Inc", "Kestrel Air Inc"]
    assert [s.speaker for s in extract(text)] == speakers


def test_product_and_envoy_recalls_are_not_speech():
    text = (
        "Orrin Motors Inc. recalled 200,000 trucks over a faulty brake line.\n\n"
        "Valdoria recalled its ambassador on Tuesday.\n\n"
        "She recalled that the plant had closed in 1998."
    )
    assert [s.quote for s in extract(text)] == ["the plant had closed in 1998"]


def test_partial_quote_in_a_clause_about_a_country_or_company_is_the_outer_speakers():
    text = (
        "Foreign ministry spokesman Omid Rahimi said Russia would respond “decisively.”\n\n"
        "Ann Bo said the company would respond “in kind.”"
    )
    assert [(s.quote, s.speaker) for s in extract(text)] == [
        ("decisively.", "Omid Rahimi"),
        ("in kind.", "Ann Bo"),
    ]


def test_tallies_and_prizes_are_not_statements():
    text = (
        "Milo Ivanic added 30 points and 12 rebounds as Denver beat Phoenix 118-104.\n\n"
        "Tarin claimed his third Grand Slam title with a straight-sets win.\n\n"
        "The storm claimed at least 12 lives.\n\n"
        "He added 300 jobs would be cut.\n\n"
        "He claimed the election was stolen."
    )
    assert [s.quote for s in extract(text)] == ["300 jobs would be cut", "the election was stolen"]


def test_time_adverbial_then_a_bare_clause():
    text = (
        "Central bank chief Ana Ruiz said on Monday the bank was in no rush to cut rates.\n\n"
        "The company said Tuesday night inflation had hurt sales.\n\n"
        "Ana Ruiz said on Monday in a statement that talks would resume."
    )
    assert [s.quote for s in extract(text)] == [
        "the bank was in no rush to cut rates",
        "inflation had hurt sales",
        "talks would resume",
    ]


def test_on_weekday_between_a_prepositional_cue_and_its_preposition():
    text = "Chief executive Ravi Menon warned on Tuesday of weak demand in China."
    assert [(s.speaker, s.quote) for s in extract(text)] == [("Ravi Menon", "weak demand in China")]


def test_headline_title_acronym_is_a_role_not_an_organisation():
    statements = extract("Shares slump as CEO warns of weak demand")
    assert [(s.speaker, s.source) for s in statements] == [(None, "CEO")]


def test_the_ceo_or_coach_names_the_one_person_with_that_title():
    text = (
        "Nordhaven CEO Ravi Menon warned on Tuesday of weak demand. The CEO said the "
        "company would recover.\n\n"
        "Coach Andy Reid said the team was ready. The coach said the defense had improved."
    )
    assert [s.speaker for s in extract(text)] == ["Ravi Menon"] * 2 + ["Andy Reid"] * 2


def test_the_crown_prince_names_the_prince():
    text = (
        "Crown Prince Faisal bin Omar said the kingdom backed the plan. The crown prince "
        "added that oil output would rise."
    )
    assert [(s.speaker, s.source) for s in extract(text)] == [
        ("Faisal bin Omar", "Faisal bin Omar"),
        ("Faisal bin Omar", "The crown prince"),
    ]


def test_a_jury_in_a_place_is_an_unnamed_source_not_the_place():
    statements = extract("A federal jury in Manhattan found Sam Ortiz guilty on all counts.")
    assert [(s.speaker, s.source) for s in statements] == [(None, "A federal jury in Manhattan")]


def test_group_on_the_committee_keeps_its_complement():
    text = (
        "Republicans on the committee said the probe was partisan.\n\n"
        "Officials on Monday said the probe was over."
    )
    assert [s.source for s in extract(text)] == ["Republicans on the committee", "Officials"]


def test_person_in_a_place_is_the_speaker_not_the_place():
    text = (
        "Senator Ann Ray in Ohio said the probe was partisan.\n\n"
        "Dr. Lena Fox at Yale said rents rose."
    )
    assert [(s.speaker, s.speaker_type) for s in extract(text)] == [
        ("Ann Ray", "person"),
        ("Lena Fox", "person"),
    ]


def test_the_authors_wrote_ends_the_clause_before_it():
    text = "The findings suggest that the virus spreads more easily, the authors wrote."
    assert [(s.source, s.quote) for s in extract(text)] == [
        ("the authors", "The findings suggest that the virus spreads more easily")
    ]


def test_pronoun_before_or_whose_after_a_lone_name_shows_a_person():
    text = (
        "Asked if he would stay at the club, Salvo said he was happy.\n\n"
        "Marten, whose side trail Leeds by five points, insisted the race was not over.\n\n"
        "Stellantis, which makes Jeep, said it would buy back shares."
    )
    assert [s.speaker_type for s in extract(text) if s.speaker] == [
        "person",
        "person",
        "organization",
    ]


def test_the_acronym_is_an_organisation():
    text = "The NFL said it was reviewing the hit.\n\nThe CEO said the company would recover."
    assert [(s.speaker, s.speaker_type) for s in extract(text)] == [
        ("NFL", "organization"),
        (None, None),
    ]


def test_according_to_an_unnamed_source_keeps_familiar_with_or_close_to():
    text = (
        "Kai Ito will join the firm, according to a person familiar with the matter.\n\n"
        "According to two diplomats close to the talks, the cap will fall."
    )
    assert [s.source for s in extract(text)] == [
        "a person familiar with the matter",
        "two diplomats close to the talks",
    ]


def test_fronted_medium_is_not_a_statement():
    text = "In a post on social media, Senator Ann Ray said tariffs would rise."
    assert [s.quote for s in extract(text)] == ["tariffs would rise"]
