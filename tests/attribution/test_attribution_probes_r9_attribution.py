"""Probe round 9 (who said it): invented copy that stresses attribution."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_an_age_epithet_is_not_a_person_written_with_another_age():
    text = (
        "Captain Leo Brandt, 33, agreed with his coach. He said the team had time. "
        "The winner came from Tom Vale. "
        "The 22-year-old said he had dreamed of scoring since childhood."
    )
    s = by_quote(text)["he had dreamed of scoring since childhood"]
    assert s.speaker is None
    # the one person written with that age is the epithet's person
    text = (
        "The winner came from Tom Vale, 22, in the last minute. "
        "Captain Leo Brandt, 33, agreed with his coach. He said the team had time. "
        "The 22-year-old said he had dreamed of scoring since childhood."
    )
    s = by_quote(text)["he had dreamed of scoring since childhood"]
    assert s.speaker == "Tom Vale"
    # no age written: the person just named, as before
    text = "Captain Leo Brandt agreed. The 33-year-old said the team had time."
    assert by_quote(text)["the team had time"].speaker == "Leo Brandt"


def test_a_progressive_continuing_is_no_cue():
    text = (
        "Trade Secretary Ann Wells said the tariffs would start in July. "
        "She said talks with Brussels were continuing, "
        'but that the government would not "blink first."'
    )
    s = by_quote(text)["blink first."]
    assert s.speaker == "Ann Wells" and s.cue == "said"
    # "he continued" after a quote is still a cue
    s = by_quote('"We will win," Ann Wells continued.')["We will win,"]
    assert s.speaker == "Ann Wells" and s.cue == "continued"


def test_a_partial_quote_after_a_nested_cue_is_the_outer_speakers():
    text = (
        "Brian Keogh, a line inspector, wrote three reports. "
        'Keogh said his supervisor told him to "stop making noise."'
    )
    s = by_quote(text)["stop making noise."]
    assert s.speaker == "Brian Keogh" and s.source == "Keogh" and s.cue == "said"
    s = by_quote('Ana Ruiz said the manager called the reports "noise."')["noise."]
    assert s.speaker == "Ana Ruiz"


def test_a_description_names_the_titled_subject_of_the_sentence_before():
    text = (
        "Rovers manager Tom Hale said his team had been unlucky. "
        "Albion manager Dan Reyes said his players had earned the win. "
        "Hale praised the referee. "
        "The manager said the penalty was fair."
    )
    s = by_quote(text)["the penalty was fair"]
    assert s.speaker == "Tom Hale"
    # a subject without the title: two managers, nobody
    text = text.replace("Hale praised the referee.", "Striker Leo Park praised the referee.")
    assert by_quote(text)["the penalty was fair"].speaker is None


def test_a_counterpart_takes_the_title_of_the_person_before_it_was_written():
    text = (
        "Latvian Foreign Minister Karl Ozols told reporters the talks had failed. "
        "He said the border would stay closed. "
        "His Estonian counterpart, Rein Tamm, said the checks were delaying trade. "
        "The minister said farmers had lost millions. "
        "U.N. Secretary-General Amir Hadid said he was concerned. "
        "Tamm said he would travel to Brussels."
    )
    out = by_quote(text)
    s = out["farmers had lost millions"]
    assert s.speaker == "Rein Tamm" and s.role == "Foreign Minister" and s.country == "EE"
    s = out["he would travel to Brussels"]
    assert s.speaker == "Rein Tamm" and s.role == "Foreign Minister"


def test_a_title_in_an_appositive_after_the_home_state_names_the_person():
    text = (
        "Sen. Dale Whitmore of Iowa, the chairman of the farm committee, said the bill "
        "was ready. Sen. Roy Keller of Texas disagreed. Keller said it spent too much. "
        '"If it fails, it fails," the chairman said.'
    )
    assert by_quote(text)["If it fails, it fails,"].speaker == "Dale Whitmore"


def test_a_us_state_demonym_is_an_epithet_of_the_person_just_named():
    text = (
        "Sen. Roy Keller of Texas rejected that account. "
        "The Texan said the measure spent too much on insurance."
    )
    s = by_quote(text)["the measure spent too much on insurance"]
    assert s.speaker == "Roy Keller" and s.speaker_type == "person"


def test_an_untitled_name_ending_in_an_industry_word_is_a_company():
    text = (
        "The former chief executive of Halvard Foods testified that he warned the board. "
        '"I told them to call the auditors," the former CEO said. '
        "Halvard filed for bankruptcy after disclosing that it had overstated sales."
    )
    out = by_quote(text)
    s = out["he warned the board"]
    assert s.speaker is None and s.organization == "Halvard Foods"
    assert out["I told them to call the auditors,"].speaker is None
    s = out["it had overstated sales"]
    assert s.speaker_type == "organization"
    # a first name or a title before it makes a person
    s = by_quote("Ambassador Lena Power said the talks had failed.")["the talks had failed"]
    assert s.speaker == "Lena Power" and s.speaker_type == "person"
    # a company opening its sentence is still found for "the company"
    text = (
        "Pacific Crest Power knew for years that its lines were at risk, according to "
        "internal documents and a former employee. The former employee said managers "
        "delayed repairs. The company said in a statement that safety came first."
    )
    assert by_quote(text)["safety came first"].speaker == "Pacific Crest Power"


def test_a_name_after_named_in_an_aside_is_the_speaker():
    text = "One of them, a retired nurse named Ida Crane, said the road was unsafe."
    s = by_quote(text)["the road was unsafe"]
    assert s.speaker == "Ida Crane" and s.role == "retired nurse"
    # a thing's name is not a speaker
    s = by_quote("The boat, named Sea Star, said nothing.")
    assert all(x.speaker is None for x in s.values())


def test_a_role_ends_before_a_duration():
    s = by_quote("Bo Keane, a line inspector for 19 years, said he wrote reports.")[
        "he wrote reports"
    ]
    assert s.role == "line inspector"
    s = by_quote("Ann Lee, a teacher for more than three decades, said schools were full.")[
        "schools were full"
    ]
    assert s.role == "teacher"
    # "for" an organisation or a person stays as before
    s = by_quote("Jo Park, a lawyer for the family, said the suit was filed.")["the suit was filed"]
    assert s.role == "lawyer"


def test_the_businessman_and_the_economist_name_the_one_person_with_that_title():
    text = (
        "The club's owner, Greta Holm, said she was happy with the coach. "
        "The owner said talks would begin after the season."
    )
    assert by_quote(text)["talks would begin after the season"].speaker == "Greta Holm"
    text = (
        "Republican businessman Greg Hale said taxes were high. "
        "The businessman said spending was out of control."
    )
    assert by_quote(text)["spending was out of control"].speaker == "Greg Hale"
    # a title in an appositive without an article
    text = (
        "Ann Cole, chief economist at Zento Bank, said rates would fall. "
        "Tom Reyes said they would not. The economist said inflation was easing."
    )
    s = by_quote(text)["inflation was easing"]
    assert s.speaker == "Ann Cole" and s.organization == "Zento Bank"


def test_the_younger_or_elder_of_two_people_sharing_a_surname():
    text = (
        "Ray Voss, who founded the firm, said he had warned the board. "
        "Voss's son, Colin Voss, who worked in sales, sat in the gallery. "
        "Ray Voss said he would appeal. "
        "The younger Voss said his father had been devastated. "
        "The elder Voss said the family had lost its savings."
    )
    out = by_quote(text)
    assert out["his father had been devastated"].speaker == "Colin Voss"
    assert out["the family had lost its savings"].speaker == "Ray Voss"
    # written ages decide
    text = (
        "Ann Holt, 71, and Beth Holt, 44, run the shop. Ann Holt said sales were down. "
        "The younger Holt said rents were up."
    )
    assert by_quote(text)["rents were up"].speaker == "Beth Holt"


def test_a_comma_closing_the_subjects_aside_is_no_inverted_cue():
    text = (
        "The spokeswoman, who asked not to be named because of the lawsuit, "
        "said the county takes flooding seriously."
    )
    out = by_quote(text)
    s = out["the county takes flooding seriously"]
    assert s.source == "The spokeswoman"
    assert not any(q.startswith("The spokeswoman") for q in out)
    text = (
        "The fishermen's federation said its members were frustrated. Its chief "
        "executive, Elspeth Mack, said the industry needed certainty."
    )
    s = by_quote(text)["the industry needed certainty"]
    assert s.speaker == "Elspeth Mack" and s.role == "chief executive"
    # a real inversion stays
    s = by_quote("The plan was dead, said the fire marshal.")["The plan was dead"]
    assert s.source == "the fire marshal"


def test_a_possessive_one_word_company_before_a_title_is_the_company_in_full():
    text = (
        "Zephyr Airways said it would cut flights. "
        "Zephyr's chief financial officer, Ron Adler, said the company had enough cash."
    )
    s = by_quote(text)["the company had enough cash"]
    assert s.speaker == "Ron Adler" and s.organization == "Zephyr Airways"
    assert s.role == "chief financial officer"


def test_the_ceo_keeps_the_company_found_for_the_bare_title():
    text = (
        "Zephyr Airways said it would cut flights.\n\n"
        '"We will not fly a schedule we cannot staff," Chief Executive Dana Whitfield said.\n\n'
        "Whitfield rejected that view. The CEO said the airline would recover by the fall."
    )
    s = by_quote(text)["the airline would recover by the fall"]
    assert s.speaker == "Dana Whitfield" and s.organization == "Zephyr Airways"


def test_a_noun_phrase_object_ends_before_according_to():
    out = by_quote("Ann Reyes praised the plan, according to a statement from her office.")
    assert "the plan" in out and out["the plan"].speaker == "Ann Reyes"
    out = by_quote(
        "Tom Hale said they were unlikely to support one, according to people familiar "
        "with the talks."
    )
    assert not any(q.endswith("familiar with the talks") for q in out)


def test_a_cue_inside_the_first_conjunct_does_not_report_the_second():
    text = (
        "Sen. Roy Keller said the bill spent too much. He added that he would not "
        'support it "in its current form," and that he had told the chairman so in June.'
    )
    out = [s for s in extract(text) if s.quote == "he had told the chairman so in June"]
    assert len(out) == 1 and out[0].cue == "added" and out[0].speaker == "Roy Keller"


def test_a_saints_name_with_s_before_the_verb_is_an_institution():
    s = by_quote("St. Brigid's said in a statement that no patients were harmed.")[
        "no patients were harmed"
    ]
    assert s.speaker == "St. Brigid's" and s.speaker_type == "organization"
    s = by_quote("Saint Luke's said the clinic was closed.")["the clinic was closed"]
    assert s.speaker == "Saint Luke's" and s.speaker_type == "organization"


def test_a_description_named_in_the_next_sentence_is_that_person():
    text = (
        '"We were working by flashlight," the nurse said. '
        "The nurse, Karen Dole, has worked at the hospital for 22 years."
    )
    s = by_quote(text)["We were working by flashlight,"]
    assert s.speaker == "Karen Dole" and s.source == "the nurse"
    # another description in apposition is not the speaker
    text = (
        '"We were working by flashlight," the nurse said. '
        "The doctor, Karen Dole, has worked at the hospital for 22 years."
    )
    assert by_quote(text)["We were working by flashlight,"].speaker is None


def test_a_pronoun_after_an_unnamed_person_goes_on_with_that_person():
    text = (
        "The nurse, Karen Dole, said the generator failed. "
        "Another nurse, who asked that her name not be used, said staff had not been "
        'trained. She said supervisors "were as lost as we were."'
    )
    s = by_quote(text)["were as lost as we were."]
    assert s.speaker is None
    # without a sign of the unnamed person's gender, the named person goes on
    text = (
        "Karen Dole said the generator failed. A colleague said staff had not been "
        "trained. She said the hospital was dark."
    )
    assert by_quote(text)["the hospital was dark"].speaker == "Karen Dole"


def test_the_senator_from_a_state_names_the_senator_of_that_state():
    text = (
        "Sen. Dale Whitmore of Iowa said the bill was ready. He blamed Sen. Roy Keller "
        "of Texas for blocking a vote. Keller rejected that. "
        "The senator from Iowa said the offer stood."
    )
    assert by_quote(text)["the offer stood"].speaker == "Dale Whitmore"
    text = (
        "Mayor Ann Bell of Seattle spoke Monday. Mayor Ted Ware of Portland spoke too. "
        "The mayor of Portland said the bridge was closed."
    )
    assert by_quote(text)["the bridge was closed"].speaker == "Ted Ware"


def test_a_headlines_lone_title_is_the_one_person_with_it_not_a_company():
    text = (
        "Coach says rebuild will take time\n\n"
        "Rovers head coach Emma Lind, 41, spoke to reporters on Monday.\n\n"
        "The club's owner, Greta Holm, said she was happy with the coach. "
        "Holm said the rebuild was on track."
    )
    out = by_quote(text)
    s = out["rebuild will take time"]
    assert s.speaker == "Emma Lind" and s.speaker_type == "person"
    # (a title word ending a sentence is not a title of the name after it)
    assert out["she was happy with the coach"].organization is None


def test_a_description_after_a_sentence_whose_subject_did_not_speak():
    text = (
        "British Prime Minister Keir Starmer met EU leaders.\n\n"
        "French Fisheries Minister Anne Rocard, who attended part of the talks, backed "
        "him. The minister said France would block any deal."
    )
    s = by_quote(text)["France would block any deal"]
    assert s.speaker == "Anne Rocard" and s.country == "FR"


def test_an_interviewer_after_an_outlet_and_a_job_title_asks_the_questions():
    text = (
        "Rovers head coach Emma Lind spoke with Tribune sports writer Dan Orr about her "
        "first season.\n\n"
        "Q: What surprised you most?\n\n"
        "A: How young we are.\n\n"
        "Q: What do you tell the fans?\n\n"
        "A: That I am impatient too."
    )
    out = by_quote(text)
    assert "What surprised you most?" not in out  # no statement (decision 12, round 29)
    assert out["How young we are."].speaker == "Emma Lind"
