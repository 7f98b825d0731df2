"""Round 23, dev recall: constructions of reported speech the PolNeAR dev set showed
missed or cut short. Every story here is invented. Each test failed before its rule
unless marked as a guard."""

from quote_lookup import by_quote


def test_states_that_after_a_document_is_a_cue():
    text = "The lawsuit states that the landlord ignored repeated warnings about the boiler.\n"
    got = by_quote(text)
    statement = got["the landlord ignored repeated warnings about the boiler"]
    assert statement.source == "The lawsuit"
    assert statement.kind == "indirect"


def test_states_that_after_a_pronoun_and_an_adverb_is_a_cue():
    text = "Mayor Rosa Delgado spoke for an hour. She plainly states that the pool will close.\n"
    got = by_quote(text)
    assert got["the pool will close"].speaker == "Rosa Delgado"


def test_plural_states_before_a_relative_is_no_cue():
    # guard: "the swing states that Ruiz carried" is a plural noun and its relative clause
    text = "Ruiz won most of the swing states that Lomax carried in 2012.\n"
    assert by_quote(text) == {}


def test_the_united_states_inside_a_clause_is_no_cue():
    # guard: a capitalised "States" is part of a name, also inside a reported clause
    text = (
        "President Ana Ferro condemned the launch. She said the United States and its allies "
        'would seek new sanctions and take other measures "to show that there are '
        'consequences."\n'
    )
    got = by_quote(text)
    assert "the United States" not in got


def test_as_stated_in_a_document_frames_the_clause():
    text = "As stated in Harlow's commentary, there are conflicting accounts of the crash.\n"
    got = by_quote(text)
    statement = got["there are conflicting accounts of the crash"]
    assert statement.source == "Harlow's commentary"


def test_as_noted_in_a_filing_frames_the_clause():
    text = "As noted in the filing, the bakery had no insurance at the time of the fire.\n"
    got = by_quote(text)
    assert got["the bakery had no insurance at the time of the fire"].source == "the filing"


def test_as_noted_in_the_past_is_no_document():
    # guard: a time phrase after "in" frames nothing
    text = "As noted in the past, prices tend to rise in winter.\n"
    assert by_quote(text) == {}


def test_charges_that_after_by_are_reported_with_no_source():
    text = "For years, the chef has been dogged by charges that he underpaid his kitchen staff.\n"
    got = by_quote(text)
    statement = got["he underpaid his kitchen staff"]
    assert statement.speaker is None
    assert statement.source is None


def test_reports_that_after_by_are_reported():
    text = "The club was rocked by reports that its coach had resigned.\n"
    got = by_quote(text)
    assert "its coach had resigned" in got


def test_sounded_a_call_for_reports_the_demand():
    text = (
        "Governor Dana Whitfield sounded a call for the state to hire more nurses on Monday "
        "as she opened a new clinic.\n"
    )
    got = by_quote(text)
    statement = got["the state to hire more nurses"]
    assert statement.speaker == "Dana Whitfield"


def test_issued_a_call_for_reports_the_demand():
    text = "The nurses' union issued a fresh call for a national strike.\n"
    got = by_quote(text)
    assert got["a national strike"].source == "The nurses' union"


def test_case_for_an_infinitive_keeps_its_verb():
    text = "Lina Obed made the case for the city to accept more refugees on Monday.\n"
    got = by_quote(text)
    assert got["the city to accept more refugees"].speaker == "Lina Obed"


def test_promised_an_object_keeps_its_article():
    text = "The governor's office has promised a veto.\n"
    got = by_quote(text)
    assert "a veto" in got


def test_urged_an_object_keeps_its_article():
    text = "Foreign Minister Omar Haddad urged an immediate ceasefire.\n"
    got = by_quote(text)
    assert got["an immediate ceasefire"].speaker == "Omar Haddad"


def test_promised_a_listener_then_the_thing():
    # guard: a listener before the object is still skipped
    text = "Finance Minister Omar Haddad promised voters a tax cut.\n"
    got = by_quote(text)
    assert "a tax cut" in got


def test_an_indefinite_possessor_is_nobody():
    # guard (with the next test's rule): a generic "a taxpayer's" decision is nobody's
    text = "Audits are in no way affected by a taxpayer's decision to release his or her returns.\n"
    assert by_quote(text) == {}


def test_a_decision_to_do_a_cue_verb_keeps_the_verb():
    # "to release" (a cue's form after "to") no longer ends the infinitive's phrase
    text = "Sen. Ruth Amado spoke on Monday. The senator's decision to release her returns "
    text += "surprised her staff.\n"
    got = by_quote(text)
    assert any(q.startswith("to release her returns") for q in got)


def test_bemoaned_reports_its_object():
    text = "Mayor Ruth Lomax bemoaned the unrest in the city and said she would meet pastors.\n"
    got = by_quote(text)
    assert got["the unrest in the city"].speaker == "Ruth Lomax"
    assert got["she would meet pastors"].speaker == "Ruth Lomax"


def test_lamented_and_lauded_report_their_objects():
    text = (
        "Coach Dara Quinn lamented the loss of her captain. She lauded the young defenders "
        "for their calm.\n"
    )
    got = by_quote(text)
    assert got["the loss of her captain"].speaker == "Dara Quinn"
    assert any(q.startswith("the young defenders") for q in got)


def test_fumed_is_a_speech_tag():
    text = (
        "Harbour City manager Declan Roe could not hide his anger.\n\n"
        "‘They can fine me, I don’t care,’ he fumed.\n"
    )
    got = by_quote(text)
    statement = got["They can fine me, I don’t care,"]
    assert statement.speaker == "Declan Roe"
    assert statement.cue == "fumed"


def test_fumes_is_a_noun():
    # guard: "fumes" stays a noun
    text = "Exhaust fumes filled the tunnel, firefighters said.\n"
    got = by_quote(text)
    assert "Exhaust fumes filled the tunnel" in got
    assert all(s.cue != "fumes" for s in got.values())


def test_reaffirmed_that_is_a_cue():
    text = "The ministry reaffirmed that the border would stay closed until May.\n"
    got = by_quote(text)
    assert got["the border would stay closed until May"].source == "The ministry"


def test_an_object_ends_before_a_second_verb_of_its_subject():
    text = "Mayor Ana Ruiz took aim at the budget and stormed out of the chamber.\n"
    got = by_quote(text)
    assert "the budget" in got
    assert "the budget and" not in got


def test_a_medium_between_subject_and_verb_is_skipped():
    text = "Mayor Ana Ruiz in a statement said the pool would reopen in June.\n"
    got = by_quote(text)
    statement = got["the pool would reopen in June"]
    assert statement.speaker == "Ana Ruiz"
    assert statement.source == "Ana Ruiz"


def test_a_modified_medium_before_a_raising_verb_is_skipped():
    text = (
        "Last week Dale Ruiz in a televised interview appeared to blame junior staff for the "
        "losses.\n"
    )
    got = by_quote(text)
    assert got["junior staff for the losses"].speaker == "Dale Ruiz"


def test_a_body_in_a_filing_speaks():
    text = "The mining company in a filing said it would cut 200 jobs.\n"
    got = by_quote(text)
    assert got["it would cut 200 jobs"].source == "The mining company"


def test_a_person_in_the_video_keeps_the_phrase():
    # guard: "the man in the video" is one noun phrase, not a subject and an aside
    text = "The man in the video said he was sorry.\n"
    got = by_quote(text)
    assert got["he was sorry"].source == "The man in the video"


def test_a_possessed_cue_noun_before_is_that_reports_the_clause():
    text = (
        "Mayor Ana Ruiz spoke for an hour. Her argument was that the bridge was safe and had "
        "to stay open.\n"
    )
    got = by_quote(text)
    assert got["the bridge was safe and had to stay open"].speaker == "Ana Ruiz"


def test_a_named_possessor_before_is_that_speaks():
    text = "Dale Ruiz's main point is that the bridge is safe.\n"
    got = by_quote(text)
    assert got["the bridge is safe"].speaker == "Dale Ruiz"


def test_a_bare_noun_before_is_that_speaks_for_nobody():
    # guard: "The problem is that …" names no speaker and is no statement
    assert by_quote("The problem is that the bridge is old.\n") == {}


def test_appealed_for_reports_the_appeal():
    text = "Bishop Tomas Lindqvist appealed for calm after the riots.\n"
    got = by_quote(text)
    assert got["calm"].speaker == "Tomas Lindqvist"


def test_appealed_a_ruling_is_no_statement():
    # guard: a court appeal
    assert by_quote("The family appealed the ruling.\n") == {}


def test_raised_the_possibility_of_reports_the_course():
    text = "Mayor Ana Ruiz raised the possibility of closing the bridge.\n"
    got = by_quote(text)
    assert got["closing the bridge"].speaker == "Ana Ruiz"


def test_floated_the_idea_of_reports_the_course():
    text = "Mayor Ana Ruiz floated the idea of a toll on the bridge.\n"
    got = by_quote(text)
    assert got["a toll on the bridge"].speaker == "Ana Ruiz"


def test_a_medium_with_its_listener_is_skipped():
    text = (
        "Dale Ruiz in brief remarks to reporters said the bridge was safe. Ana Ortiz in an "
        "interview with the Courier said it was not.\n"
    )
    got = by_quote(text)
    assert got["the bridge was safe"].speaker == "Dale Ruiz"
    assert got["it was not"].speaker == "Ana Ortiz"


def test_people_in_a_place_keep_the_phrase():
    # guard: "in nearby towns" is no medium
    text = "Residents in nearby towns said the water was brown.\n"
    got = by_quote(text)
    assert got["the water was brown"].source == "Residents in nearby towns"


def test_a_naming_passive_credits_its_agent():
    text = "The merger has been described as reckless by several economists.\n"
    got = by_quote(text)
    assert got["reckless"].source == "several economists"
    assert got["The merger"].source == "several economists"


def test_a_naming_passive_without_an_agent_stays_agentless():
    # guard
    text = "The merger has been described as reckless.\n"
    got = by_quote(text)
    assert got["reckless"].source is None


def test_a_branded_passive_credits_its_agent():
    text = "The stadium deal has been branded a giveaway by two council members.\n"
    got = by_quote(text)
    assert got["a giveaway"].source == "two council members"
