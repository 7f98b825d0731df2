"""Probe round 11: sources named through messages, bodies and later names (invented copy)."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_a_sent_letter_speaks_for_its_sender_not_its_addressee():
    text = (
        "The Harbor Workers Union sent a letter to members saying the contract talks had collapsed."
    )
    s = by_quote(text)["the contract talks had collapsed"]
    assert s.speaker == "Harbor Workers Union" and s.cue == "saying"
    s = by_quote("The union sent a letter to members saying the vote would go ahead.")
    assert s["the vote would go ahead"].source == "The union"
    s = by_quote("The mayor sent a letter to residents on Friday saying the water was safe.")
    assert s["the water was safe"].source == "The mayor"
    text = "The tenants group fired off a letter to the council warning that rents would rise."
    assert by_quote(text)["rents would rise"].source == "The tenants group"


def test_an_issued_statement_saying_reports_its_words_for_the_issuer():
    s = by_quote("The company issued a statement saying the outage had been fixed.")
    assert list(s) == ["the outage had been fixed"]
    assert s["the outage had been fixed"].source == "The company"
    s = by_quote("Dorvan Logistics released a statement saying it would close the depot.")
    assert list(s) == ["it would close the depot"]
    assert s["it would close the depot"].speaker == "Dorvan Logistics"
    s = by_quote("The ministry issued a statement on Monday saying the border would reopen.")
    assert s["the border would reopen"].source == "The ministry"
    s = by_quote("Acme Corp put out a statement saying the recall was voluntary.")
    assert s["the recall was voluntary"].speaker == "Acme Corp"
    s = by_quote("The rebels issued a communique saying the ceasefire was over.")
    assert s["the ceasefire was over"].source == "The rebels"
    s = by_quote("Police issued an alert Tuesday warning that the suspect was armed.")
    assert s["the suspect was armed"].source == "Police"
    s = by_quote("The ministry put out a press release saying the border would reopen.")
    assert list(s) == ["the border would reopen"]
    assert s["the border would reopen"].source == "The ministry"
    s = by_quote("The group released a video saying the hostages were alive.")
    assert s["the hostages were alive"].source == "The group"


def test_a_statement_that_said_reports_only_the_words():
    text = "Kestrel Foods released a statement Tuesday that said the recall covered three states."
    s = by_quote(text)
    assert list(s) == ["the recall covered three states"]
    assert s["the recall covered three states"].speaker == "Kestrel Foods"
    text = "The hospital issued a statement late Sunday that said the patient was stable."
    assert list(by_quote(text)) == ["the patient was stable"]
    # a relative clause naming an act is still no content
    assert by_quote("The league issued a statement that praised the referees.") == {}


def test_a_posted_message_reports_only_its_words():
    text = "Mara Tillet posted a message on Facebook saying the shelter needed volunteers."
    s = by_quote(text)
    assert list(s) == ["the shelter needed volunteers"]
    assert s["the shelter needed volunteers"].speaker == "Mara Tillet"
    s = by_quote("She posted a message on Facebook saying the event was cancelled.")
    assert list(s) == ["the event was cancelled"]
    s = by_quote("Mara Tillet posted a message saying the shelter needed volunteers.")
    assert s["the shelter needed volunteers"].speaker == "Mara Tillet"
    text = "Sen. Ann Vole emailed a message to supporters saying the race was close."
    assert by_quote(text)["the race was close"].speaker == "Ann Vole"


def test_a_memo_to_its_readers_is_an_unnamed_source():
    s = by_quote("A memo to employees said the office would reopen in January.")
    assert s["the office would reopen in January"].source == "A memo to employees"
    assert s["the office would reopen in January"].speaker is None
    s = by_quote("A memo sent to staff on Friday said bonuses would be delayed.")
    assert s["bonuses would be delayed"].source == "A memo sent to staff"
    # a named author still speaks, also before the addressee
    s = by_quote("A memo from chief executive Paul Orrin said the plant would shut.")
    assert s["the plant would shut"].speaker == "Paul Orrin"
    s = by_quote("A memo from Sen. Ann Vole to staff said the office would close.")
    assert s["the office would close"].speaker == "Ann Vole"
    s = by_quote("A letter from the mayor to residents said the water was safe.")
    assert s["the water was safe"].source == "the mayor"
    # a statement read out is the reader's; letters received stay the letters'
    s = by_quote("The spokesman read a statement saying the talks had failed.")
    assert s["the talks had failed"].source == "The spokesman"
    s = by_quote("Residents received letters saying their homes would be seized.")
    assert s["their homes would be seized"].source == "letters"
    text = "Officials posted signs on the road warning drivers that the bridge was icy."
    assert list(by_quote(text)) == ["the bridge was icy"]
    # signs carried by a group stay the signs' (the convention)
    s = by_quote("Protesters carried signs saying the mine must close.")
    assert s["the mine must close"].source == "signs"


def test_two_bare_surnames_joined_as_a_subject_are_people():
    s = by_quote("Grassley and Leahy said the bill would pass the Senate.")
    s = s["the bill would pass the Senate"]
    assert (s.speaker, s.speaker_type, s.organization) == ("Grassley", "person", None)
    text = "Thornbury and Malvik said the plan was unworkable. Malvik added that talks would go on."
    s = by_quote(text)
    assert s["the plan was unworkable"].speaker_type == "person"
    assert s["talks would go on"].speaker_type == "person"
    assert s["talks would go on"].organization is None
    # a lone name still speaks as a company; known companies stay companies
    s = by_quote("Thornbury said the plan was unworkable.")
    assert s["the plan was unworkable"].speaker_type == "organization"
    s = by_quote("Google and Microsoft said the rules were too strict.")
    assert s["the rules were too strict"].speaker_type == "organization"
    text = "Renault SA cut its forecast. Renault and Nissan said the alliance would hold."
    assert by_quote(text)["the alliance would hold"].speaker == "Renault SA"
    # a pair called companies right after stays organisations
    text = "Korvath and Lunmark said the plant would close. Both automakers cut jobs."
    assert by_quote(text)["the plant would close"].speaker_type == "organization"


def test_a_definite_description_named_later_names_its_earlier_statements():
    text = (
        "A former employee, who asked not to be named, said the plant had ignored safety "
        "rules.\n\nThe company denied the claims on Monday.\n\n"
        "The former employee said managers had been warned twice.\n\n"
        "Regulators opened an inquiry in May. The inquiry is continuing.\n\n"
        "The former employee, Brian Keogh, said he had kept copies of the memos."
    )
    s = by_quote(text)
    # the anonymous introduction stays unnamed (an indefinite, and a request for anonymity)
    assert s["the plant had ignored safety rules"].speaker is None
    assert s["managers had been warned twice"].speaker == "Brian Keogh"
    assert s["he had kept copies of the memos"].speaker == "Brian Keogh"
    text = (
        "A nurse said the ward was understaffed.\n\n"
        '"Everyone knew," the nurse said.\n\n'
        "Inspectors came in May. They found nothing. They left.\n\n"
        "The nurse, Karen Dowell, 41, has worked at the clinic since 2009."
    )
    assert by_quote(text)["Everyone knew,"].speaker == "Karen Dowell"


def test_a_name_with_the_description_in_apposition_names_it_too():
    text = (
        "A former employee said the plant had ignored safety rules.\n\n"
        '"Everyone knew," the former employee said.\n\n'
        "Regulators opened an inquiry in May. The inquiry is continuing.\n\n"
        "Brian Keogh, the former employee, said he had kept copies of the memos."
    )
    s = by_quote(text)
    assert s["Everyone knew,"].speaker == "Brian Keogh"
    assert s["the plant had ignored safety rules"].speaker is None


def test_another_of_the_description_in_between_keeps_it_unnamed():
    text = (
        "The former employee said managers had been warned.\n\n"
        "Another former employee said the logs were altered.\n\n"
        "The former employee, Brian Keogh, said he had kept copies."
    )
    assert by_quote(text)["managers had been warned"].speaker is None


def _speaker_of(text, quote):
    s = by_quote(text)[quote]
    return s.speaker, s.organization


def test_the_office_is_the_one_office_named_before():
    text = (
        "The Cook County medical examiner's office identified the victim on Sunday. "
        "The office said the cause of death was drowning."
    )
    office = "Cook County medical examiner's office"
    assert _speaker_of(text, "the cause of death was drowning") == (office, office)
    # a body with another head noun in between is no office
    text = (
        "The Cook County medical examiner's office identified the victim. The Dunmore "
        "Police Department opened an inquiry. The office said the cause was drowning."
    )
    assert _speaker_of(text, "the cause was drowning") == (office, office)
    text = (
        "The Harlan County Sheriff's Office and the Dunmore Police Department are "
        "investigating. The office said the driver was not hurt."
    )
    office = "Harlan County Sheriff's Office"
    assert _speaker_of(text, "the driver was not hurt") == (office, office)
    # two offices: nobody
    text = (
        "The Harlan County sheriff's office and the district attorney's office are "
        "investigating. The office said the driver was not hurt."
    )
    assert _speaker_of(text, "the driver was not hurt") == (None, None)


def test_the_school_and_the_hospital_are_the_one_named_before():
    text = (
        "Students at Lincoln High School were sent home. "
        "The school said classes would resume Monday."
    )
    school = "Lincoln High School"
    assert _speaker_of(text, "classes would resume Monday") == (school, school)
    text = (
        "Two patients were taken to St. Luke's Hospital in Dunmore. The Dunmore Fire "
        "Department said the blaze was out. The hospital said both were stable."
    )
    hospital = "St. Luke's Hospital"
    assert _speaker_of(text, "both were stable") == (hospital, hospital)
    text = (
        "Patients were moved from St. Luke's Hospital to Mercy Hospital. "
        "The hospital said both were stable."
    )
    assert _speaker_of(text, "both were stable") == (None, None)
    text = "She studied at Harwood Community College. The college said enrollment was up."
    college = "Harwood Community College"
    assert _speaker_of(text, "enrollment was up") == (college, college)
    text = "She was treated at the Lakeside Clinic. The clinic said she had recovered."
    assert _speaker_of(text, "she had recovered") == ("Lakeside Clinic", "Lakeside Clinic")


def test_a_headline_partial_quote_with_a_group_saying_it_in_the_present():
    text = (
        "Bronze Age boat 'rewrites history', archaeologists say\n\n"
        "The vessel was found in a Welsh estuary in May."
    )
    s = by_quote(text)["rewrites history"]
    assert (s.kind, s.source, s.cue) == ("partial", "archaeologists", "say")
    text = "Ancient tomb 'rewrites history', say geologists\n\nThe tomb was found in May."
    s = by_quote(text)
    assert list(s) == ["rewrites history"]
    assert s["rewrites history"].source == "geologists"
    # in a body sentence too
    s = by_quote('The boat "rewrites history," paleontologists say.')
    assert s["rewrites history,"].source == "paleontologists"


def test_a_headline_bare_title_after_says_is_the_speaker_not_the_content():
    text = "Town's new bridge 'a disaster', says mayor\n\nThe bridge opened in May."
    s = by_quote(text)
    assert list(s) == ["a disaster"]
    assert s["a disaster"].source == "mayor"


def test_a_quote_a_sent_message_gives_is_the_senders():
    text = (
        '"We will not move," Mayor Ann Vole said on Monday.\n\n'
        'The company issued a statement saying: "We regret the error."'
    )
    s = by_quote(text)["We regret the error."]
    assert (s.source, s.speaker) == ("The company", None)
    text = 'The union sent members a letter saying the vote was "a betrayal."'
    assert by_quote(text)["a betrayal."].source == "The union"
    # a message nobody is shown to have sent speaks for nobody before it
    text = (
        '"We will not move," Mayor Ann Vole said on Monday.\n\n'
        'Outside, protesters held stickers saying "Vote No."'
    )
    # round 15: the words on a sticker are no statement at all (never the mayor's)
    assert "Vote No." not in by_quote(text)


def test_a_worn_message_is_the_source_not_the_verb_phrase():
    s = by_quote("Fans wore shirts saying the team would win.")
    assert s["the team would win"].source == "shirts"


def test_a_connective_before_a_parenthetical_cue_is_no_fragment():
    s = by_quote("If anything, he said, the delays had made the project stronger.")
    assert list(s) == ["the delays had made the project stronger"]
    s = by_quote("Of course, Ann Vole said, nobody wanted a strike.")
    assert list(s) == ["nobody wanted a strike"]
    assert s["nobody wanted a strike"].speaker == "Ann Vole"
    s = by_quote("At the very least, officials said, the bridge would stay closed.")
    assert list(s) == ["the bridge would stay closed"]
    # a fronted clause is still a piece of what was said
    s = by_quote("If the rain continues, he said, the river will flood.")
    assert list(s) == ["If the rain continues", "the river will flood"]


def test_a_pair_after_a_quote_gives_its_first_name_as_before_a_clause():
    s = by_quote('"The plan is unworkable," Ann Lee and Mark Tran said.')
    assert s["The plan is unworkable,"].speaker == "Ann Lee"
    s = by_quote('"The plan is unworkable," Thornbury and Malvik said.')
    assert s["The plan is unworkable,"].speaker == "Thornbury"
    s = by_quote('"We won," Google and Microsoft said.')
    assert s["We won,"].speaker == "Google"
    # a couple is still the one named in full
    s = by_quote('"We lost everything," Mark and Lisa Tran said.')
    assert s["We lost everything,"].speaker == "Lisa Tran"


def test_a_possessors_message_to_an_addressee_is_not_the_addressees():
    s = by_quote("Sen. Ann Vole's letter to the agency said the rule was unlawful.")
    s = s["the rule was unlawful"]
    assert (s.source, s.speaker) == ("Sen. Ann Vole's letter to the agency", None)


def test_an_organisations_possessive_document_is_the_organisation():
    s = by_quote("The IMF's report said growth would slow.")["growth would slow"]
    assert (s.speaker, s.speaker_type, s.organization) == ("IMF", "organization", "IMF")


def test_a_title_case_headline_quote_with_a_present_tense_group():
    text = (
        "Bronze Age Boat 'Rewrites History,' Archaeologists Say\n\n"
        "The vessel was found in a Welsh estuary in May."
    )
    s = by_quote(text)
    assert list(s) == ["Rewrites History,"]
    assert (s["Rewrites History,"].source, s["Rewrites History,"].cue) == ("Archaeologists", "Say")
    text = "Tax Plan 'Will Hurt Families,' Senator Says\n\nThe plan was released in May."
    s = by_quote(text)
    assert list(s) == ["Will Hurt Families,"]
    assert s["Will Hurt Families,"].source == "Senator"
    # a field's people in a Title Case headline are a group, not a name
    text = "Bronze Age Boat Rewrites History, Archaeologists Say\n\nThe vessel was found in May."
    s = by_quote(text)["Bronze Age Boat Rewrites History"]
    assert (s.source, s.speaker) == ("Archaeologists", None)
    # a quoted name in a headline nobody is said to say stays no statement
    assert extract("Senator Backs 'Clean Water Act' Overhaul\n\nThe bill was filed in May.") == []
