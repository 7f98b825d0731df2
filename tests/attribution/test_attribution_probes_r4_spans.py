"""Probe round 4 (spans, content boundaries, junk statements) on sports, science and
health, weather and local-government copy — on hand-written sentences."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_agency_name_with_and_before_its_head_is_one_name():
    s = by_quote("The Food and Drug Administration said the new pill was safe for adults.")
    s = s["the new pill was safe for adults"]
    assert s.speaker == "Food and Drug Administration" and s.speaker_type == "organization"
    s = by_quote("The Securities and Exchange Commission said the filing was late.")
    assert s["the filing was late"].speaker == "Securities and Exchange Commission"
    # two bodies stay two: the first is a chamber, not part of a name
    s = by_quote("The Pentagon and State Department said the talks would resume.")
    assert s["the talks would resume"].speaker != "Pentagon and State Department"


def test_plural_institution_heads_name_an_organisation():
    s = by_quote(
        "According to the National Institutes of Health, most adults sleep less than they should."
    )
    s = s["most adults sleep less than they should"]
    assert s.speaker == "National Institutes of Health" and s.speaker_type == "organization"


def test_according_to_keeps_for_and_and_inside_an_agency_name():
    s = by_quote(
        "Flu cases doubled in two weeks, according to the Centers for Disease Control "
        "and Prevention."
    )
    s = s["Flu cases doubled in two weeks"]
    assert s.speaker == "Centers for Disease Control and Prevention"
    s = by_quote("Rents rose again in May, according to the Center for Housing Policy.")
    assert s["Rents rose again in May"].speaker == "Center for Housing Policy"


def test_about_one_in_three_opens_the_reported_clause():
    s = by_quote("The agency said about one in four children misses a dental checkup.")
    assert s["about one in four children misses a dental checkup"].source == "The agency"


def test_closing_medium_phrase_is_not_content():
    s = by_quote("The club said the striker would miss six weeks in a statement on its website.")
    assert "the striker would miss six weeks" in s
    s = by_quote("The team confirmed the trade in a statement on Tuesday.")
    assert "the trade" in s
    s = by_quote("The county announced the closures in a news release Friday.")
    assert "the closures" in s
    # the reported clause's own verb keeps its medium
    s = by_quote("She said the coach had raised the issue in a letter to the league.")
    assert "the coach had raised the issue in a letter to the league" in s
    s = by_quote("He said the remarks were made in an interview with a local station.")
    assert "the remarks were made in an interview with a local station" in s


def test_speaking_at_closes_the_reported_clause():
    s = by_quote("The councilwoman said the budget was dead, speaking at a town hall in Akron.")
    assert "the budget was dead" in s
    s = by_quote("The coach said his team lacked energy, speaking to reporters after the game.")
    assert "his team lacked energy" in s


def test_verbs_of_saying_with_an_act_object_report_nothing():
    for text in [
        "The coach called a timeout with eight seconds left.",
        "The premier called a snap election for October.",
        "The mayor called a news conference for Monday afternoon.",
        "The governor declared a state of emergency for six counties.",
        "The Hornets showed no signs of slowing down in the fourth quarter.",
        "The referee showed him a red card in the 70th minute.",
    ]:
        assert extract(text) == [], text
    # a complement or a cast vote still makes "called" a statement
    assert "the vote a sham" in by_quote("Opposition leaders called the vote a sham.")
    assert "her vote for the stadium deal a mistake" in by_quote(
        "Alvarez called her vote for the stadium deal a mistake."
    )
    assert "a strike" in by_quote("The union calls for a strike.")


def test_addressee_of_a_passive_verb_of_telling_is_not_content():
    s = extract("Several drivers were warned by deputies to stay off the flooded roads.")
    assert [x.quote for x in s] == ["to stay off the flooded roads"]
    assert s[0].source == "deputies"
    s = extract("The fans were told by police to leave the stand.")
    assert [x.quote for x in s] == ["to leave the stand"]
    assert extract("The goalkeeper was warned by the referee twice.") == []
    # other verbs keep the subject as what was endorsed
    assert "The plan" in by_quote("The plan was endorsed by the teachers union.")


def test_caption_and_question_labels_are_nobodys_words():
    for text in [
        "Photo: Firefighters battle the blaze near the ridge on Tuesday.",
        "File photo: A deputy stands outside the courthouse in Marston.",
        "Pictured: Coach Lyle Brant celebrates with fans after the final whistle.",
    ]:
        assert extract(text) == [], text
    ss = extract(
        "Dr. Nadia Brenner, an epidemiologist at Lakeview University, took readers' "
        "questions.\n\nQUESTION: Is the new strain more contagious?\n\n"
        "BRENNER: The early data suggest it spreads faster but is no more severe."
    )
    assert all(s.speaker != "QUESTION" for s in ss)
    turn = [s for s in ss if s.quote.startswith("The early data")]
    assert turn and turn[0].speaker == "Nadia Brenner"


def test_answering_questions_reports_nothing():
    assert extract("The coach answered questions from reporters for 20 minutes.") == []
    assert extract("Dr. Ada Kim, a chemist, answered readers' questions.") == []
    s = by_quote("She answered that the plan had never been final.")
    assert "the plan had never been final" in s


def test_spoke_with_intro_names_both_parties_of_a_q_and_a():
    ss = extract(
        "Forward Jana Ruiz spoke with the Ledger's Omar Haddad after practice on "
        "Thursday.\n\nQ: Will you be ready for the playoffs?\n\n"
        "A: That's the plan. The knee feels good."
    )
    q = [s for s in ss if s.quote.startswith("Will you")]
    a = [s for s in ss if s.quote.startswith("That's the plan")]
    assert not q  # a question is no statement (decision 12, round 29)
    assert a and a[0].speaker == "Jana Ruiz" and a[0].role == "Forward"


def test_sports_positions_are_titles():
    s = by_quote('"We have to be sharper," said goalie Ines Moreau, who made 31 saves.')
    s = s["We have to be sharper,"]
    assert s.speaker == "Ines Moreau" and s.role == "goalie"
    s = by_quote("Wide receiver Dale Brooks said he expected to play on Sunday.")
    s = s["he expected to play on Sunday"]
    assert s.speaker == "Dale Brooks" and s.role == "Wide receiver"


def test_closing_bare_time_leaves_a_noun_phrase_object():
    assert "the claim" in by_quote("The city manager denied the claim Tuesday.")
    assert "the ruling" in by_quote("The players' union welcomed the ruling last week.")
    assert "the decision" in by_quote("The coach confirmed the decision Tuesday night.")
    assert "the schedule for the playoffs" in by_quote(
        "The league announced the schedule for the playoffs on Monday."
    )
    # a clause keeps its time; so does the object's own "of Friday"
    assert "the vote would be held Tuesday" in by_quote("He said the vote would be held Tuesday.")
    assert "the deadline of Friday" in by_quote("The league announced the deadline of Friday.")


def test_the_company_never_takes_an_intergovernmental_organisation():
    ss = extract(
        "The World Health Organization said the outbreak was contained.\n\n"
        'In a statement, the company said it "takes patient safety seriously."'
    )
    s = [x for x in ss if x.quote.startswith("takes patient")]
    assert s and s[0].speaker is None and s[0].source == "the company"


def test_participial_aside_after_a_document_subject():
    s = by_quote(
        "The findings, published in the Medical Review, suggest that the drug could cut "
        "deaths by a third."
    )
    assert s["the drug could cut deaths by a third"].source == "The findings"
    s = by_quote(
        "The paper, led by researchers at Dunmore University, concludes that heat waves "
        "will double."
    )
    assert s["heat waves will double"].source == "The paper"


def test_adding_a_score_or_a_player_is_no_remark():
    assert extract("Ruiz added two goals in the second half.") == []
    assert extract("Okoro added another touchdown in the fourth quarter.") == []
    assert extract("The Comets added depth at guard by signing Troy Vale.") == []
    assert "a note of caution about the schedule" in by_quote(
        "Ruiz added a note of caution about the schedule."
    )
    assert "two people had been hurt" in by_quote("Ruiz added two people had been hurt.")


def test_saying_goodbye_is_no_statement():
    assert extract("The Falcons said goodbye to their longtime kicker on Friday.") == []
    assert "goodbye was the hardest part" in by_quote("She said goodbye was the hardest part.")


def test_admitted_to_a_gerund_reports_the_gerund_clause():
    s = extract("The striker admitted to feeling tired after the long season.")
    assert [(x.quote, x.cue) for x in s] == [("feeling tired after the long season", "admitted")]


def test_listener_after_to_before_that_clause():
    s = by_quote("She explained to the council that the money had run out.")
    assert s["the money had run out"].source == "She"
    s = by_quote("The captain complained to the referee that the pitch was unsafe.")
    assert s["the pitch was unsafe"].source == "The captain"
    assert "he was tired" in by_quote("Vale admitted to reporters that he was tired.")


def test_team_names_are_organisations():
    s = by_quote("The Dallas Cowboys said the quarterback would start on Sunday.")
    s = s["the quarterback would start on Sunday"]
    assert s.speaker == "Dallas Cowboys" and s.speaker_type == "organization"
    s = by_quote("The New England Patriots said the kicker had been released.")
    s = s["the kicker had been released"]
    assert s.speaker == "New England Patriots" and s.speaker_type == "organization"
    assert s.country is None  # not England's


def test_place_holding_a_country_name_gives_its_own_country():
    s = by_quote("New South Wales Police said two men had been charged.")
    s = s["two men had been charged"]
    assert s.speaker == "New South Wales Police" and s.country == "AU"


def test_passive_headline_told_to_reports_nothing():
    assert extract("Fans Told to Arrive Early for Cup Final\n\nThe gates open at noon.") == []
    assert extract("Residents Urged to Leave as Wildfire Grows\n\nCrews worked overnight.") == []
    s = extract("Governor Urges Lawmakers to Act on Housing\n\nThe session opens Monday.")
    assert [x.quote for x in s] == ["Lawmakers to Act on Housing"]


def test_a_name_never_runs_across_a_paragraph_break():
    ss = extract("Storm Kills 3 as Crews Battle More Flooding\n\nCoach Calls Loss Embarrassing")
    assert all("\n" not in (s.speaker or "") for s in ss)


def test_unnamed_body_with_noun_modifiers_after_the_clause():
    s = by_quote("The storm will weaken over land, the hurricane center said.")
    assert s["The storm will weaken over land"].source == "the hurricane center"
    s = by_quote("Two more cases were confirmed, the state health department said.")
    assert s["Two more cases were confirmed"].source == "the state health department"
    s = by_quote('"Turn around, don\'t drown," the weather service said.')
    assert s["Turn around, don't drown,"].source == "the weather service"


def test_crews_are_an_unnamed_group():
    s = by_quote("Emergency crews reported outages affecting 20,000 customers.")
    s = s["outages affecting 20,000 customers"]
    assert s.speaker is None and s.source == "Emergency crews" and s.organization is None


def test_a_modified_warning_is_a_noun():
    assert extract("The weather service issued a flash flood warning for the county.") == []
    s = by_quote("Officials began warning that the dam could fail.")
    assert s["the dam could fail"].source == "Officials"
    s = by_quote("The mayor was warning that the levee could break.")
    assert s["the levee could break"].source == "The mayor"
    assert extract("The warning that the dam could fail came too late.") == []


def test_a_lone_modifier_is_no_listener():
    assert "state aid" in by_quote("The governor promised state aid.")
    s = by_quote("She told reporters the plan would work.")
    assert "the plan would work" in s


def test_writers_closing_comment_on_a_figure_is_not_content():
    s = by_quote("The mayor said the arena would create 500 jobs, a figure critics dispute.")
    assert "the arena would create 500 jobs" in s
    s = by_quote("She said the plan had a flaw, a figure of speech she often uses.")
    assert "the plan had a flaw, a figure of speech she often uses" in s


def test_possessive_colon_intro_names_the_possessor():
    ss = extract(
        "Coach Peter Lang said the team was tired.\n\nMayor Lena Ortiz spoke next. "
        'Her message to residents was simple: "Stay home."'
    )
    s = [x for x in ss if x.quote == "Stay home."]
    assert s and s[0].speaker == "Lena Ortiz" and s[0].source == "Her"


def test_document_subject_with_a_named_modifier_and_a_participle():
    s = extract("A CDC report released Thursday found that overdose deaths fell last year.")
    assert [(x.quote, x.cue, x.source) for x in s] == [
        ("overdose deaths fell last year", "found", "A CDC report released Thursday")
    ]
    s = by_quote("The study published in Nature found that bees can count.")
    s = s["bees can count"]
    assert s.source == "The study published in Nature" and s.speaker is None
    # a plural subject keeps its verb; an author after "by" keeps speaking
    assert "the bill will raise taxes" in by_quote("The Democrats claim the bill will raise taxes.")
    s = by_quote("A poll conducted by Gallup found that most adults approve.")
    assert s["most adults approve"].speaker == "Gallup"


def test_that_clause_with_a_bare_plural_subject_keeps_its_time():
    s = by_quote("Hospital data show that flu cases peaked in February.")
    assert "flu cases peaked in February" in s
    # (a determiner "that" before a noun and its adjunct: no clause)
    s = by_quote("The agency rejected that argument in a ruling released Thursday.")
    assert not any("ruling" in q for q in s)


def test_plural_possessive_keeps_its_owner_in_the_source():
    s = by_quote("The teachers' union said the strike would continue.")
    assert s["the strike would continue"].source == "The teachers' union"
    s = by_quote("'We lost to better players,' the Rangers' coach said.")
    assert s["We lost to better players,"].source == "the Rangers' coach"


def test_name_on_topic_colon_intro():
    ss = extract(
        "Coach Mike Larkin said the team was tired.\n\n"
        'Reese on the injury: "I\'ll be back next week."'
    )
    s = [x for x in ss if x.quote == "I'll be back next week."]
    assert s and s[0].speaker == "Reese" and s[0].cue == ":"


def test_forces_of_nature_are_no_speakers():
    assert extract("The fire claimed three homes on Birch Street.") == []
    assert extract("The storm promised heavy rain for the weekend.") == []
    assert extract("The hurricane threatened homes along the coast.") == []
    # evidence verbs keep their clause
    assert "hospitals were unprepared" in by_quote(
        "The pandemic showed that hospitals were unprepared."
    )


def test_street_names_are_no_persons():
    ss = extract("Crews worked on Birch Street overnight.\n\nHe noted the damage on a clipboard.")
    assert all(s.speaker != "Birch Street" for s in ss)


def test_unnamed_transcript_labels_give_no_speaker():
    ss = extract(
        "Mayor Linda Park took questions after the vote. Here is a partial transcript:\n\n"
        "REPORTER: Will you be cutting police funding?\n\n"
        "PARK: No. We are moving some money to mental health services.\n\n"
        "AUDIENCE MEMBER: You promised us a park on Elm Street!\n\n"
        "MODERATOR: One more question, please."
    )
    by = {s.quote: s for s in ss}
    assert by["Will you be cutting police funding?"].speaker is None
    assert by["Will you be cutting police funding?"].source == "REPORTER"
    assert by["You promised us a park on Elm Street!"].speaker is None
    assert by["One more question, please."].speaker is None
    assert by["No. We are moving some money to mental health services."].speaker == "Linda Park"


def test_rail_operator_is_an_organisation():
    s = by_quote("Network Rail said services would be disrupted until Thursday.")
    s = s["services would be disrupted until Thursday"]
    assert s.speaker == "Network Rail" and s.speaker_type == "organization"


def test_reported_noun_phrase_drops_its_closing_time():
    assert "the signing" in by_quote("The Ledger first reported the signing on Monday.")
    assert "the team would move on Monday" in by_quote(
        "The paper reported the team would move on Monday."
    )


def test_asking_not_to_be_named_is_no_statement():
    ss = extract(
        "'It's a disgrace,' said one fan, who asked not to be named. 'They should all go.'"
    )
    assert [s.quote for s in ss] == ["It's a disgrace,", "They should all go."]
    ss = extract("A neighbor, who declined to be identified, said the family had moved.")
    assert [s.quote for s in ss] == ["the family had moved"]
    assert "to be named captain" in by_quote("He asked to be named captain.")
