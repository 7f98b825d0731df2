"""Probe round 5 (spans, content boundaries, missed statements): invented wire-style
sentences for errors found on the elections, crime, obituary, opinion and markets desks."""

from quote_lookup import by_quote


def test_one_word_question_tagged_with_a_speaker_is_a_quote():
    ss = by_quote('"Guilty?" the prosecutor asked.\n\n"Finished!" she shouted.')
    assert ss["Guilty?"].cue == "asked" and ss["Guilty?"].kind == "direct"
    assert ss["Finished!"].cue == "shouted"
    # a title as the subject of its sentence stays a mention
    assert by_quote('"Casablanca" is still shown every winter.') == {}


def test_possessive_her_after_told_is_not_the_listener():
    ss = by_quote("The county clerk told her weekly briefing that the recount would end on Friday.")
    s = ss["the recount would end on Friday"]
    assert s.cue == "told" and s.source == "The county clerk"
    ss = by_quote("The county clerk told her that the recount would end on Friday.")
    assert ss["the recount would end on Friday"].cue == "told her"


def test_time_adverbial_after_the_listener_is_not_reported_content():
    for when in ("this weekend", "last weekend", "late Sunday", "this week"):
        ss = by_quote(f"Mayor Ruth Okafor told donors {when} she would seek a second term.")
        s = ss.get("she would seek a second term")
        assert s is not None and s.speaker == "Ruth Okafor", when


def test_clause_split_by_an_inverted_cue_keeps_its_predicate():
    ss = by_quote("The recount, said analysts at Halvorsen Research, will take weeks.")
    assert ss["The recount"].source == "analysts at Halvorsen Research"
    assert ss["will take weeks"].source == "analysts at Halvorsen Research"
    ss = by_quote("The recount, said Dana Whitlock, a county commissioner, will take weeks.")
    assert ss["will take weeks"].speaker == "Dana Whitlock"
    assert "The recount" in ss
    # no auxiliary after the comma: no second piece
    ss = by_quote("The recount is over, said Dana Whitlock, and the count stands.")
    assert ss["The recount is over"].speaker == "Dana Whitlock"
    assert len(ss) == 1


def test_age_epithet_after_and_starts_a_second_statement():
    ss = by_quote(
        "Ellen Marsh said the campaign had run out of money, and the 71-year-old "
        "insisted she would not endorse anyone."
    )
    assert ss["the campaign had run out of money"].speaker == "Ellen Marsh"
    s = ss["she would not endorse anyone"]
    assert s.cue == "insisted" and s.speaker == "Ellen Marsh"


def test_cue_late_in_the_subjects_comma_relative_clause_is_not_a_cue():
    ss = by_quote(
        "A witness, who asked not to be named because he feared retaliation, said the "
        "gunman fled on foot."
    )
    s = ss["the gunman fled on foot"]
    assert s.cue == "said" and s.source == "A witness" and s.speaker is None
    assert len(ss) == 1


def test_unquoted_sentence_after_said_colon_is_reported():
    ss = by_quote("Sheriff Tom Bayliss said: Nobody was hurt in the fire.")
    s = ss["Nobody was hurt in the fire"]
    assert s.speaker == "Tom Bayliss" and s.cue == "said" and s.kind == "indirect"
    # a quoted sentence after the colon stays a direct quote
    ss = by_quote('Sheriff Tom Bayliss said: "Nobody was hurt in the fire."')
    assert ss["Nobody was hurt in the fire."].kind == "direct"


def test_league_is_an_agent_of_a_passive_speech_verb():
    ss = by_quote("Referees were told by the league that the rule would change next season.")
    s = ss["the rule would change next season"]
    assert s.source == "the league" and s.cue == "told" and s.speaker is None


def test_issued_warning_that_reports_the_issuer():
    ss = by_quote("The weather service issued a flash flood warning that creeks could overflow.")
    s = ss["creeks could overflow"]
    assert s.source == "The weather service" and s.cue == "warning"
    # a relative clause after the noun is no reported content
    assert by_quote("The league issued a statement that praised the referees.") == {}


def test_speech_nested_in_an_according_to_clause_is_kept():
    ss = by_quote("The coach told players the job was safe, according to two people at the club.")
    assert ss["The coach told players the job was safe"].cue == "according to"
    s = ss["the job was safe"]
    assert s.cue == "told" and s.source == "The coach"


def test_agentless_told_passive_reports_its_clause_without_a_source():
    ss = by_quote("Passengers were told the flight would leave at noon.")
    s = ss["the flight would leave at noon"]
    assert s.cue == "told" and s.source is None and s.speaker is None
    ss = by_quote("Shoppers were told that the store would close early.")
    assert ss["the store would close early"].source is None
    # an order in the infinitive is not reported here
    assert by_quote("Passengers were told to stay in their seats.") == {}


def test_short_reply_to_a_question_is_not_the_askers():
    text = '"Were you at the warehouse that night?" the prosecutor asked.\n\n"No, I was not."'
    ss = by_quote(text)
    assert ss["Were you at the warehouse that night?"].source == "the prosecutor"
    s = ss["No, I was not."]
    assert s.source is None and s.speaker is None
    # a speaker's own rhetorical question and the words that follow stay hers
    ss = by_quote('"What are we waiting for?" Mayor Ruth Okafor asked.\n\n"We need action now."')
    assert ss["We need action now."].speaker == "Ruth Okafor"


def test_group_polled_by_an_agency_is_the_source_not_the_pollster():
    ss = by_quote("Economists surveyed by Halvorsen News expect the bank to hold rates in June.")
    s = ss["the bank to hold rates in June"]
    assert s.speaker is None and s.source == "Economists surveyed by Halvorsen News"


def test_inverted_subject_with_noun_modifiers_before_the_title():
    ss = by_quote("The count will finish Friday, said the state elections director.")
    s = ss["The count will finish Friday"]
    assert s.source == "the state elections director" and s.speaker is None


def test_closing_attribution_with_an_unknown_noun_ends_the_inner_clause():
    ss = by_quote("Detectives believe the blaze was set on purpose, the fire marshal said.")
    s = ss["Detectives believe the blaze was set on purpose"]
    assert s.source == "the fire marshal" and s.cue == "said"
    assert not any(q.endswith("the fire marshal said") for q in ss)


def test_according_to_source_keeps_its_whole_noun_phrase():
    ss = by_quote("The driver was speeding, according to a police affidavit.")
    s = ss["The driver was speeding"]
    assert s.source == "a police affidavit" and s.speaker is None
    ss = by_quote("Rents rose 9%, according to the top Canadian housing regulator.")
    s = ss["Rents rose 9%"]
    assert s.source == "the top Canadian housing regulator" and s.country == "CA"


def test_inverted_cue_before_an_unknown_closing_noun_phrase():
    ss = by_quote("The blaze was set on purpose, said the county fire marshal.")
    s = ss["The blaze was set on purpose"]
    assert s.source == "the county fire marshal" and s.cue == "said" and s.speaker is None
    ss = by_quote("Detectives believe the blaze was set, said the fire marshal.")
    assert "the fire marshal" not in ss
    assert ss["Detectives believe the blaze was set"].source == "the fire marshal"


def test_passive_agent_with_an_appositive_name():
    ss = by_quote("His death was confirmed by his nephew, Carl Brandt.")
    s = ss["His death"]
    assert s.speaker == "Carl Brandt" and s.cue == "confirmed"


def test_passive_gerund_after_a_cue_is_reported():
    ss = by_quote("The former guard recalled being ordered to stay silent.")
    s = ss["being ordered to stay silent"]
    assert s.cue == "recalled" and s.source == "The former guard"


def test_late_or_early_as_an_adjective_opens_the_reported_clause():
    ss = by_quote("The clerk said early returns favored the incumbent.")
    assert ss["early returns favored the incumbent"].source == "The clerk"
    ss = by_quote("The clerk said late Tuesday that the count was done.")
    assert ss["the count was done"].source == "The clerk"
