"""Probe round 11, the lead's fixes: invented local-news copy (a zoning fight, a
developer, a company spokesman) whose speakers came out wrong."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_a_person_described_by_a_role_for_the_company_is_a_person():
    # the company noun ends the appositive but only inside its complement
    s = by_quote("Mary Lyle, a lawyer for the company, said the cost was fair.")[
        "the cost was fair"
    ]
    assert (s.speaker, s.speaker_type, s.role) == ("Mary Lyle", "person", "lawyer")
    assert s.organization is None
    # a company noun heading the appositive still makes the name a company
    s = by_quote("Hutchison Ports, the Hong Kong port company, said the cost was fair.")[
        "the cost was fair"
    ]
    assert (s.speaker, s.speaker_type) == ("Hutchison Ports", "organization")


def test_a_spokesman_for_the_company_speaks_for_the_company_that_spoke():
    text = (
        "Harborview Partners said it would start building in May. Derek Lyle, a "
        "spokesman for the company, said the cost was fair."
    )
    s = by_quote(text)["the cost was fair"]
    assert (s.speaker, s.speaker_type, s.role, s.organization) == (
        "Derek Lyle",
        "person",
        "spokesman",
        "Harborview Partners",
    )
    text = (
        "Harborview Partners said it would start building in May. A spokesman for the "
        "company, Derek Lyle, said the cost was fair."
    )
    s = by_quote(text)["the cost was fair"]
    assert (s.speaker, s.speaker_type, s.organization) == (
        "Derek Lyle",
        "person",
        "Harborview Partners",
    )
    text = (
        "The Interior Ministry said it would review the permit. Jane Roe, a spokeswoman "
        "for the ministry, said the review would take weeks."
    )
    s = by_quote(text)["the review would take weeks"]
    assert (s.speaker, s.organization) == ("Jane Roe", "Interior Ministry")


def test_for_the_company_names_no_body_of_another_kind():
    text = (
        "The State Department said it would act. Jane Roe, a spokeswoman for the "
        "company, said the review would take weeks."
    )
    s = by_quote(text)["the review would take weeks"]
    assert (s.speaker, s.organization) == ("Jane Roe", None)


def test_a_company_in_apposition_to_a_trade_noun_speaks():
    text = (
        "The developer, Harborview Partners, said in a statement that 20% of the units "
        "would be rented below market rates."
    )
    s = by_quote(text)["20% of the units would be rented below market rates"]
    assert (s.speaker, s.speaker_type) == ("Harborview Partners", "organization")
    s = by_quote("The new owner, Castlegate Holdings, said the mill would stay open.")[
        "the mill would stay open"
    ]
    assert (s.speaker, s.speaker_type) == ("Castlegate Holdings", "organization")
    # a person in apposition stays a person
    s = by_quote("The developer, Tom Reyes, said the units would be cheap.")[
        "the units would be cheap"
    ]
    assert (s.speaker, s.speaker_type) == ("Tom Reyes", "person")


def test_that_before_a_comma_and_a_participle_is_a_pronoun():
    text = (
        "A utility spokesperson rejected that, saying the company had spent more on "
        "tree trimming than ever."
    )
    (s,) = extract(text)
    assert s.quote == "the company had spent more on tree trimming than ever"
    assert (s.source, s.cue) == ("A utility spokesperson", "saying")
    assert extract("The mayor denied that. Crews are still at work.") == []
    # the complementiser before an aside is still one
    s = by_quote("He said that, if elected, he would cut taxes.")["if elected, he would cut taxes"]
    assert s.cue == "said"


def test_a_lower_case_short_form_names_the_body_it_shortens():
    text = (
        "The National Weather Service said gusts reached 68 mph on the coast.\n\n"
        "Another storm could bring snow by the weekend, according to the weather service."
    )
    s = by_quote(text)["Another storm could bring snow by the weekend"]
    assert (s.speaker, s.speaker_type) == ("National Weather Service", "organization")
    text = (
        "The Maine Emergency Management Agency opened shelters. The emergency management "
        "agency said 14 towns had warming centers."
    )
    s = by_quote(text)["14 towns had warming centers"]
    assert s.speaker == "Maine Emergency Management Agency"
    # two bodies it could shorten: nobody
    text = (
        "The National Weather Service and the Canadian Weather Service issued warnings. "
        "Snow could fall, according to the weather service."
    )
    s = by_quote(text)["Snow could fall"]
    assert (s.speaker, s.source) == (None, "the weather service")


def test_local_offices_under_a_us_dateline_are_us():
    text = (
        "Treasurer sentenced\n\nDAYTON, Ohio (AP) — A former treasurer was sentenced on "
        "Thursday.\n\nCounty Commissioner Judy Dodge said the county had changed its rules. "
        "Mayor Alan Pruitt said the city would review its own."
    )
    found = by_quote(text)
    assert found["the county had changed its rules"].country == "US"
    assert found["the city would review its own"].country == "US"
    # no dateline: no country from a local office
    s = by_quote("Mayor Alan Pruitt said the city would review its rules.")[
        "the city would review its rules"
    ]
    assert s.country is None


def test_words_reported_in_a_relative_clause_on_the_subject_end_at_its_verb():
    text = (
        "A former county treasurer who admitted stealing $2.3 million in tax payments was "
        "sentenced Thursday to six years in prison."
    )
    assert [s.quote for s in extract(text)] == ["stealing $2.3 million in tax payments"]
    text = "A nurse who said she was assaulted by a patient has filed a lawsuit."
    assert [s.quote for s in extract(text)] == ["she was assaulted by a patient"]
    text = "Residents who said the water tasted odd were told to boil it."
    assert [s.quote for s in extract(text)] == ["the water tasted odd"]
    # the reported clause's own subject before its verb: no cut
    text = "Police arrested a man who said the car was his."
    assert [s.quote for s in extract(text)] == ["the car was his"]


def test_a_duration_before_that_is_no_object_of_the_cue():
    s = by_quote("Whitaker has argued for months that a shutdown would hurt the party.")[
        "a shutdown would hurt the party"
    ]
    assert s.cue == "argued"
    s = by_quote("Sen. Ana Ruiz has argued for the past two years that taxes are too high.")[
        "taxes are too high"
    ]
    assert s.speaker == "Ana Ruiz"
    assert "higher taxes" in by_quote("She argued for higher taxes.")


def test_two_absolute_participles_report_two_statements():
    text = (
        "Republicans are divided, with several conservatives demanding deeper cuts and "
        "party leaders warning that a shutdown would be a disaster."
    )
    found = by_quote(text)
    assert found["deeper cuts"].source == "several conservatives"
    s = found["a shutdown would be a disaster"]
    assert (s.source, s.cue) == ("party leaders", "warning")
    s = by_quote("Markets fell, with analysts warning that a recession was coming.")[
        "a recession was coming"
    ]
    assert s.source == "analysts"
    # a noun "warning" after a singular noun reports nothing
    assert extract("Forecasters issued a tornado warning that covered three counties.") == []


def test_a_water_company_is_an_organisation():
    text = (
        "Thames Water, which serves 16 million customers, said in a statement that it was "
        "investing heavily."
    )
    s = by_quote(text)["it was investing heavily"]
    assert (s.speaker, s.speaker_type) == ("Thames Water", "organization")


def test_an_acronym_plural_is_an_unnamed_group():
    s = by_quote("The plan was criticised by MPs.")["The plan"]
    assert (s.speaker, s.source) == (None, "MPs")
    s = by_quote("Several NGOs said the plan was flawed.")["the plan was flawed"]
    assert (s.speaker, s.source) == (None, "Several NGOs")
    # a CamelCase name is still an organisation
    s = by_quote("WikiLeaks said the files were genuine.")["the files were genuine"]
    assert (s.speaker, s.speaker_type) == ("WikiLeaks", "organization")


def test_a_position_names_the_one_person_of_the_sentence_before():
    text = (
        'Charlie Dunmore, who returned from a knee injury, said he felt good. "Legs were '
        'there," the defenseman said.'
    )
    s = by_quote(text)["Legs were there,"]
    assert (s.speaker, s.source) == ("Charlie Dunmore", "the defenseman")
    # the position written as someone else's object: not the subject
    text = 'Coach Ray Amell praised the goalie. "He was superb," the goalie said.'
    s = by_quote(text)["He was superb,"]
    assert (s.speaker, s.source) == (None, "the goalie")


def test_a_participle_after_a_closing_attribution_is_that_speakers():
    text = (
        "Iran has agreed to let inspectors return, Rafael Grossi said Tuesday, calling the "
        'deal "a step in the right direction."'
    )
    s = by_quote(text)["a step in the right direction."]
    assert (s.speaker, s.cue) == ("Rafael Grossi", "calling")


def test_a_plural_noun_before_remain_is_no_cue():
    assert extract("Iran and IAEA agree on inspection plan, but doubts remain") == []
    assert extract("Concerns grow over the new dam.") == []
    s = by_quote("She doubts the plan will work.")["the plan will work"]
    assert s.cue == "doubts"


def test_a_second_link_in_an_organisations_name():
    text = (
        "Ann Lee, a senior fellow at the Foundation for Defense of Democracies, argued "
        "that Tehran had lied."
    )
    s = by_quote(text)["Tehran had lied"]
    assert s.organization == "Foundation for Defense of Democracies"


def test_the_purpose_of_anonymity_is_no_statement():
    text = (
        "One adviser, who spoke on the condition of anonymity to describe internal "
        'discussions, said Harmon had grown "frustrated" with the staff.'
    )
    found = by_quote(text)
    assert "internal discussions" not in found
    assert found["frustrated"].source == "One adviser"


def test_a_plural_noun_opening_a_sentence_is_an_unnamed_group():
    s = by_quote("Pharmacies reported strong demand for the vaccine.")[
        "strong demand for the vaccine"
    ]
    assert (s.speaker, s.source) == (None, "Pharmacies")
    s = by_quote("Retailers said prices would rise. Most retailers agreed.")["prices would rise"]
    assert (s.speaker, s.source) == (None, "Retailers")
    # a club's name is no common noun
    s = by_quote("Rovers said in a statement that Okafor was hurt.")["Okafor was hurt"]
    assert (s.speaker, s.speaker_type) == ("Rovers", "organization")
    # a one-word company is still one
    s = by_quote("Stellantis said prices would rise.")["prices would rise"]
    assert (s.speaker, s.speaker_type) == ("Stellantis", "organization")


def test_a_negated_passive_is_no_cue():
    assert extract("The report was not released until Friday.") == []
    text = "The officer, a six-year veteran whose name was not released, has been placed on leave."
    assert extract(text) == []


def test_a_verbless_phrase_after_a_parenthetical_cue_is_the_writers():
    text = (
        "Body camera footage would be released within 15 days, Chief Ana Ruiz said, in "
        "line with department policy."
    )
    assert [s.quote for s in extract(text)] == [
        "Body camera footage would be released within 15 days"
    ]
    # a clause after it is still the speaker's
    text = "Footage would be released soon, Chief Ana Ruiz said, and the family would see it first."
    assert "the family would see it first" in by_quote(text)


def test_a_lead_description_names_the_person_titled_in_the_next_paragraph():
    text = (
        "Man shot by officer had knife\n\n"
        "MILWAUKEE (AP) — A man shot by an officer early Sunday was holding a knife, the "
        "city's police chief said Monday.\n\n"
        "Chief Jeffrey Norman told a news conference that the officer fired three times."
    )
    s = by_quote(text)["A man shot by an officer early Sunday was holding a knife"]
    assert (s.speaker, s.source) == ("Jeffrey Norman", "the city's police chief")
    # two chiefs in the next paragraph: nobody
    text = (
        "Fire spreads\n\nA fire destroyed a warehouse, the city's fire chief said.\n\n"
        "Chief Ann Cole and Chief Bo Lind arrived at dawn."
    )
    s = by_quote(text)["A fire destroyed a warehouse"]
    assert s.speaker is None


def test_a_body_noun_before_the_title_names_the_body_that_spoke():
    text = (
        "Grady Memorial Hospital said its wards were full. A hospital spokeswoman, Denise "
        "Simpson, said patients were waiting up to 12 hours."
    )
    s = by_quote(text)["patients were waiting up to 12 hours"]
    assert (s.speaker, s.organization) == ("Denise Simpson", "Grady Memorial Hospital")
    # a body of another kind spoke: no organisation
    text = (
        "The State Department said it was ready. Denise Simpson, a hospital spokeswoman, "
        "said patients were waiting."
    )
    assert by_quote(text)["patients were waiting"].organization is None


def test_an_unnamed_source_takes_the_body_that_spoke_named_inside_it():
    text = 'Zentro said it would appeal. "This is a good day," a Zentro spokesperson said.'
    s = by_quote(text)["This is a good day,"]
    assert (s.speaker, s.organization) == (None, "Zentro")
    # a word capitalised only as the phrase's first is no name
    text = (
        "The Aviation Maintenance Workers Association said it was worried. Aviation safety "
        "experts said failures were rare."
    )
    assert by_quote(text)["failures were rare"].organization is None


def test_in_what_after_a_parenthetical_cue_is_the_writers_aside():
    text = (
        "Apple is set to be fined, two people familiar with the matter said on Monday, in "
        "what would be the first penalty under the law."
    )
    assert [s.quote for s in extract(text)] == ["Apple is set to be fined"]


def test_a_place_name_as_a_surname():
    text = (
        "The governor's budget director, Blake Washington, defended the plan. \"We are "
        'fine," Mr. Washington said.'
    )
    s = by_quote(text)["We are fine,"]
    assert (s.speaker, s.speaker_type) == ("Blake Washington", "person")
    s = by_quote("Rep. Jim Jordan said the bill was dead.")["the bill was dead"]
    assert (s.speaker, s.speaker_type) == ("Jim Jordan", "person")
    # bodies named after a country stay bodies
    s = by_quote("Historic England said the site was important.")["the site was important"]
    assert (s.speaker, s.speaker_type) == ("Historic England", "organization")


def test_a_bare_cue_form_before_a_headline_verb_is_a_noun():
    text = "Governor's Pension Plan Draws Fire From Both Parties\n\nThe plan was unveiled."
    assert extract(text) == []
    text = "Senators Say Reforms Are Needed\n\nThe bill stalled."
    s = by_quote(text)["Reforms Are Needed"]
    assert s.source == "Senators"


def test_more_first_names_give_pronouns_their_gender():
    text = (
        "Jamal Price said the plan would fail. Wendy Ortiz said it would pass. He added "
        "that the vote was close."
    )
    assert by_quote(text)["the vote was close"].speaker == "Jamal Price"
    text = (
        "Wendy Ortiz said the plan would pass. Jamal Price said it would fail. She added "
        "that the vote was close."
    )
    assert by_quote(text)["the vote was close"].speaker == "Wendy Ortiz"


def test_an_unnamed_spokesperson_for_the_group_takes_that_group():
    text = (
        "The Consumer Brands Association said in a statement that the study was flawed. "
        "A spokesperson for the group said more research was needed."
    )
    s = by_quote(text)["more research was needed"]
    assert (s.speaker, s.organization) == (None, "Consumer Brands Association")


def test_as_reported_by_opens_a_frame_like_according_to():
    text = (
        "As reported by Politico, the White House is expected to step up pressure on "
        "wavering Republicans next week."
    )
    found = extract(text)
    assert len(found) == 1
    s = found[0]
    assert s.quote.startswith("the White House is expected")
    assert (s.speaker, s.speaker_type) == ("Politico", "organization")
    text = "As first reported by The Washington Post, the agency had warned the company twice."
    assert [s.speaker for s in extract(text)] == ["Washington Post"]


def test_a_cue_form_after_a_determiner_and_a_modifier_is_a_noun():
    text = (
        "His wife, Barbara Kowalczyk, who has run the front counter for four decades, said "
        "the hardest part was telling customers."
    )
    found = extract(text)
    assert [(s.quote, s.cue) for s in found] == [("the hardest part was telling customers", "said")]
    # a verb after a noun of a prepositional phrase takes its clause
    text = "Political observers around the country say Scott deserves the seat."
    assert by_quote(text)["Scott deserves the seat"].cue == "say"


def test_a_reported_clause_ends_at_a_colon_before_a_quotation():
    text = (
        'He insisted, though, that he would not change his attacking approach: "That is '
        'who we are."'
    )
    found = by_quote(text)
    assert found["he would not change his attacking approach"].cue == "insisted"
    assert found["That is who we are."].kind == "direct"


def test_a_paragraph_after_a_headline_without_a_stop_opens_a_sentence():
    text = (
        "Trump allies push to oust official\n\n"
        "Allies of President Trump in Georgia are pressing lawmakers to strip the "
        "secretary of state of his role, arguing that he failed to investigate fraud claims."
    )
    s = by_quote(text)["he failed to investigate fraud claims"]
    assert (s.speaker, s.source) == (None, "Allies of President Trump")


def test_an_acronym_before_a_title_is_the_body():
    s = by_quote("NAACP President Derrick Johnson said the deal was bad.")["the deal was bad"]
    assert (s.role, s.organization) == ("President", "NAACP")
    s = by_quote("GOP Sen. Tom Hale said the deal was bad.")["the deal was bad"]
    assert s.organization is None


def test_a_national_office_under_a_capitals_dateline_is_that_countrys():
    text = (
        "Farmers block ring road\n\nPARIS (AFP) - Farmers blocked roads on Wednesday.\n\n"
        "Agriculture Minister Annie Genevard said the government shared their concerns.\n\n"
        "Chile's Transport Minister Carla Vidal said she had called her counterpart."
    )
    found = by_quote(text)
    assert found["the government shared their concerns"].country == "FR"
    assert found["she had called her counterpart"].country == "CL"
    # no capital dateline: no country
    text = "Agriculture Minister Annie Genevard said the government shared their concerns."
    assert by_quote(text)["the government shared their concerns"].country is None


def test_a_relative_that_before_a_speech_verb_speaks_for_its_antecedent():
    text = (
        "The board voted to ban phones, joining a growing number of districts that say "
        "the devices hurt learning."
    )
    s = by_quote(text)["the devices hurt learning"]
    assert (s.speaker, s.source) == (None, "districts")
    s = by_quote("It joins critics that say the plan is flawed.")["the plan is flawed"]
    assert s.source == "critics"
    # things do not speak
    assert extract("There are many reasons that explain the drop.") == []


def test_party_members_with_a_complement_are_one_unnamed_source():
    s = by_quote("But Democrats in the Senate said the bill was dead.")["the bill was dead"]
    assert (s.speaker, s.source, s.organization) == (None, "Democrats in the Senate", "Senate")
