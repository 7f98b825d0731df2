"""Probe round 15, speaker and organisation errors left open by earlier rounds:
invented news paragraphs, each reproducing one known failure (plus guards)."""

from quote_lookup import by_quote

from articles.attribution import extract

# -- "the organization" / a described body ------------------------------------------


def test_the_organization_names_the_one_body_described_before():
    text = (
        "PORTLAND, Maine — Northern Hope, a charity that runs food banks in three "
        "counties, has seen demand double since the spring.\n\n"
        "The organization said it would open two more pantries before winter."
    )
    s = by_quote(text)["it would open two more pantries before winter"]
    assert (s.speaker, s.source, s.organization) == (
        "Northern Hope",
        "The organization",
        "Northern Hope",
    )


def test_the_organization_names_a_body_with_an_organisation_head():
    text = (
        "The World Health Organization issued new guidance on Tuesday.\n\n"
        "The organization said cases had risen in 14 countries."
    )
    s = by_quote(text)["cases had risen in 14 countries"]
    assert s.speaker == "World Health Organization"


def test_the_organization_after_a_government_body_stays_unnamed():
    text = (
        "The State Department issued new guidance on Tuesday.\n\n"
        "The organization said cases had risen in 14 countries."
    )
    s = by_quote(text)["cases had risen in 14 countries"]
    assert (s.speaker, s.source) == (None, "The organization")


def test_a_union_described_with_a_participle_keeps_its_whole_name():
    # "Harbor Workers Alliance": "Workers" is no end of the name before "Alliance"; the
    # description "a union representing …" names it for "the union"
    text = (
        "Harbor Workers Alliance, a union representing 4,000 dockworkers, called the "
        "strike on Monday.\n\n"
        "The union said talks with the port authority had collapsed."
    )
    s = by_quote(text)["talks with the port authority had collapsed"]
    assert (s.speaker, s.organization) == ("Harbor Workers Alliance", "Harbor Workers Alliance")
    text = (
        "The Harbor Workers Alliance called the strike on Monday.\n\n"
        "The union said talks with the port authority had collapsed."
    )
    s = by_quote(text)["talks with the port authority had collapsed"]
    assert s.speaker == "Harbor Workers Alliance"


def test_the_noun_an_appositive_gave_a_body_names_it_later():
    # any common noun ("a flour miller", "a hospital network") the appositive gave
    text = (
        "Grainco, a flour miller based in Kansas, raised prices on Monday.\n\n"
        "The miller said wheat costs had risen by a third."
    )
    s = by_quote(text)["wheat costs had risen by a third"]
    assert (s.speaker, s.speaker_type, s.source) == ("Grainco", "organization", "The miller")
    text = (
        "Pinecrest Health, a hospital network in Ohio, cut 300 jobs.\n\n"
        "The network said costs had risen."
    )
    assert by_quote(text)["costs had risen"].speaker == "Pinecrest Health"
    # a possessive among the modifiers: "the state's largest utility"
    text = (
        "Kessler Energy, the state's largest utility, raised rates.\n\n"
        "The utility said fuel costs had doubled."
    )
    assert by_quote(text)["fuel costs had doubled"].speaker == "Kessler Energy"


def test_a_district_a_county_and_a_medical_center():
    text = (
        "Harlow Unified School District closed two schools on Monday.\n\n"
        "The district said enrollment had fallen for a decade."
    )
    s = by_quote(text)["enrollment had fallen for a decade"]
    assert s.speaker == "Harlow Unified School District"
    text = (
        "St. Mary's Medical Center treated the victims.\n\n"
        "The hospital said two were in critical condition."
    )
    assert by_quote(text)["two were in critical condition"].speaker == "St. Mary's Medical Center"


def test_guard_a_person_described_by_a_noun_is_no_body():
    text = (
        "Tom Reed, a flour miller, raised prices.\n\n"
        "The miller said wheat costs had risen by a third."
    )
    assert by_quote(text)["wheat costs had risen by a third"].speaker != "Tom Reed"
    text = (
        "Ann Brandt, a veteran publisher, closed the paper.\n\n"
        "The publisher said sales had collapsed."
    )
    s = by_quote(text)["sales had collapsed"]
    assert s.speaker_type != "organization"


def test_guard_the_charity_and_the_company_still_resolve():
    text = (
        "Northern Hope, a charity that runs food banks, has seen demand double.\n\n"
        "The charity said it would open two more pantries."
    )
    assert by_quote(text)["it would open two more pantries"].speaker == "Northern Hope"
    text = (
        "Kelso Freight, a trucking company based in Ohio, laid off 40 drivers.\n\n"
        "The company said the cuts were needed to stay afloat."
    )
    assert by_quote(text)["the cuts were needed to stay afloat"].speaker == "Kelso Freight"


# -- union locals ----------------------------------------------------------------------


def test_a_union_local_with_its_number_speaks_as_an_organisation():
    text = (
        "Drivers walked off the job at three warehouses on Tuesday.\n\n"
        "Teamsters Local 120 said in a statement that the company had refused to "
        "negotiate."
    )
    s = by_quote(text)["the company had refused to negotiate"]
    assert (s.speaker, s.speaker_type, s.organization) == (
        "Teamsters Local 120",
        "organization",
        "Teamsters Local 120",
    )
    text = "The Fraternal Order of Police Lodge 7 said the chief should resign."
    s = by_quote(text)["the chief should resign"]
    assert s.speaker == "Fraternal Order of Police Lodge 7"
    text = "SEIU Local 1199 said the hospital had cut nursing staff."
    assert by_quote(text)["the hospital had cut nursing staff"].speaker == "SEIU Local 1199"


def test_a_union_locals_officers_and_the_union_after_it():
    text = "Jim Hall, president of Teamsters Local 120, said the deal would cost jobs."
    s = by_quote(text)["the deal would cost jobs"]
    assert (s.role, s.organization) == ("president", "Teamsters Local 120")
    text = "Teamsters Local 120 President Jim Hall said the deal would cost jobs."
    s = by_quote(text)["the deal would cost jobs"]
    assert (s.role, s.organization) == ("President", "Teamsters Local 120")
    text = (
        "Drivers at the warehouse belong to Teamsters Local 120.\n\n"
        "The union said it would strike on Monday."
    )
    assert by_quote(text)["it would strike on Monday"].speaker == "Teamsters Local 120"
    text = (
        "Drivers at the warehouse belong to Teamsters Local 120.\n\n"
        "Local 120 said the company had refused to negotiate."
    )
    s = by_quote(text)["the company had refused to negotiate"]
    assert (s.speaker, s.source) == ("Teamsters Local 120", "Local 120")


def test_guard_a_bare_number_before_said_is_no_organisation():
    text = "Of the 300 workers surveyed, 120 said they would vote for a strike."
    s = by_quote(text)["they would vote for a strike"]
    assert s.speaker is None


# -- "and" inside a union's name ---------------------------------------------------------


def test_and_inside_a_union_name_before_its_lower_case_noun():
    text = (
        "A federal judge blocked the merger of the two grocery chains on Tuesday.\n\n"
        "The United Food and Commercial Workers union welcomed the ruling and said the "
        "deal would have cost thousands of jobs."
    )
    s = by_quote(text)["the deal would have cost thousands of jobs"]
    assert (s.speaker, s.organization) == (
        "United Food and Commercial Workers",
        "United Food and Commercial Workers",
    )
    text = "The International Brotherhood of Electrical Workers union said it would strike."
    s = by_quote(text)["it would strike"]
    assert s.speaker == "International Brotherhood of Electrical Workers"


def test_guard_a_company_and_a_union_stay_two_conjuncts():
    text = "Ford and the United Auto Workers union said they had reached a deal."
    assert by_quote(text)["they had reached a deal"].speaker == "Ford"


# -- "a spokesperson for X" ------------------------------------------------------------


def test_whom_a_spokesperson_speaks_for_is_not_the_role():
    text = (
        "Senator Mark Robertson has been accused of misusing campaign funds.\n\n"
        "Jane Ames, a spokesperson for Robertson, said the senator was reviewing the "
        "findings. A spokesperson for Robertson said later that he would appeal."
    )
    got = by_quote(text)
    s = got["the senator was reviewing the findings"]
    assert (s.speaker, s.role, s.organization) == ("Jane Ames", "spokesperson", None)
    s = got["he would appeal"]
    assert (s.speaker, s.source) == (None, "A spokesperson for Robertson")


def test_a_spokeswoman_for_a_one_word_company():
    text = "Jane Ames, a spokeswoman for Zillow, said the company was reviewing the findings."
    s = by_quote(text)["the company was reviewing the findings"]
    assert (s.role, s.organization) == ("spokeswoman", "Zillow")
    text = (
        "Robertson Foods recalled 4,000 pounds of cheese on Friday.\n\n"
        "Jane Ames, a spokeswoman for Robertson, said the company was reviewing the "
        "findings."
    )
    s = by_quote(text)["the company was reviewing the findings"]
    assert (s.role, s.organization) == ("spokeswoman", "Robertson Foods")


def test_a_lawyer_for_a_client_named_by_surname():
    text = "Jane Ames, a lawyer for Robertson, said her client was innocent."
    s = by_quote(text)["her client was innocent"]
    assert (s.role, s.organization) == ("lawyer", None)


def test_guard_a_minister_for_a_portfolio_keeps_it():
    text = "Jane Ames, Minister for Europe, said the deal was done."
    assert by_quote(text)["the deal was done"].role == "Minister for Europe"


# -- a one-word company's possessive before a department's head ------------------------


def test_a_one_word_companys_head_of_a_department():
    text = (
        "Brightwell, a payments firm, said it would cooperate with regulators.\n\n"
        "Brightwell's head of compliance, Dana Ortiz, said the company had found no "
        "wrongdoing."
    )
    s = by_quote(text)["the company had found no wrongdoing"]
    assert (s.speaker, s.role, s.organization) == ("Dana Ortiz", "head of compliance", "Brightwell")
    text = "Dana Ortiz, Brightwell's director of research, said the data were sound."
    s = by_quote(text)["the data were sound"]
    assert (s.role, s.organization) == ("director of research", "Brightwell")


def test_guard_a_named_persons_director_of_communications():
    text = (
        "Senator Mark Robertson spoke on Monday.\n\n"
        "Robertson's director of communications, Dana Ortiz, said the senator had done "
        "nothing wrong."
    )
    s = by_quote(text)["the senator had done nothing wrong"]
    assert (s.speaker, s.organization) == ("Dana Ortiz", None)


# -- a reported clause's own second verb ---------------------------------------------


def test_a_second_verb_of_the_reported_clauses_subject_stays_in_the_clause():
    # "told her" goes on "her manager" (its object is the "her" the clause already has),
    # not on Cole: one statement
    text = (
        "Sarah Cole worked at the plant for 11 years.\n\n"
        "Cole said her manager called her into his office and told her she was being "
        "let go."
    )
    got = extract(text)
    assert [(s.quote, s.speaker, s.cue) for s in got] == [
        (
            "her manager called her into his office and told her she was being let go",
            "Sarah Cole",
            "said",
        )
    ]
    text = "Tom Reed said the governor called him on Sunday and told him the plan was dead."
    (s,) = extract(text)
    assert s.quote == "the governor called him on Sunday and told him the plan was dead"


def test_guard_the_speakers_own_second_act_of_speech_stays_apart():
    text = "Tom Reed said the plan was dead and told reporters he would resign."
    got = by_quote(text)
    assert got["the plan was dead"].speaker == "Tom Reed"
    assert got["he would resign"].cue == "told reporters"


def test_told_her_lawyer_she_is_a_possessive_her():
    text = "Ann Reed told her lawyer she would sue the company."
    s = by_quote(text)["she would sue the company"]
    assert (s.speaker, s.cue) == ("Ann Reed", "told")
    text = "Ann Reed told her again she would sue the company."
    assert by_quote(text)["she would sue the company"].cue == "told her"


# -- two coordinated bodies ------------------------------------------------------------


def test_a_lone_word_and_a_named_company_are_two_bodies_the_first_speaks():
    # as "A and B said" for people and "China and Russia said": the first conjunct
    text = (
        "Automakers face new tariffs on imported parts.\n\n"
        "Ford and General Motors said they would raise prices on some models."
    )
    s = by_quote(text)["they would raise prices on some models"]
    assert (s.speaker, s.speaker_type) == ("Ford", "organization")
    text = "General Motors and Ford said they would raise prices on some models."
    s = by_quote(text)["they would raise prices on some models"]
    assert s.speaker == "General Motors"


def test_a_person_and_a_company_the_person_speaks_first():
    text = "Mary Barra and General Motors said they would raise prices."
    assert by_quote(text)["they would raise prices"].speaker == "Mary Barra"
    text = "Sen. Ann Ford spoke on Monday.\n\nFord and General Motors said they would raise prices."
    assert by_quote(text)["they would raise prices"].speaker == "Ann Ford"


def test_guard_coordinated_people_and_one_name_with_and():
    got = by_quote("Grassley and Leahy said they would back the bill.")
    assert got["they would back the bill"].speaker == "Grassley"
    s = extract("The Central and East European Coalition said it would not endorse anyone.")[0]
    assert s.speaker != "Central"


# -- a team by its nickname --------------------------------------------------------------


def test_the_club_names_a_team_by_its_nickname():
    text = (
        "The Harbor City Hawks fired their coach on Sunday after a seventh straight "
        "loss.\n\n"
        "The club said in a statement that a replacement would be named this week."
    )
    s = by_quote(text)["a replacement would be named this week"]
    assert (s.speaker, s.organization) == ("Harbor City Hawks", "Harbor City Hawks")
    # a nickname the lexicon lacks; "the team"
    text = (
        "The Harbor City Herons fired their coach on Sunday.\n\n"
        "The team said in a statement that a replacement would be named this week."
    )
    s = by_quote(text)["a replacement would be named this week"]
    assert s.speaker == "Harbor City Herons"


def test_a_teams_nickname_before_a_title_is_the_team_in_full():
    text = (
        "The Harbor City Hawks fired their coach on Sunday.\n\n"
        "Hawks general manager Ellen Shaw said the decision was not made lightly."
    )
    s = by_quote(text)["the decision was not made lightly"]
    assert (s.role, s.organization) == ("general manager", "Harbor City Hawks")


def test_guard_the_team_of_researchers_and_a_country_stay_unnamed():
    text = (
        "A team of scientists at Elm College found the fossil.\n\n"
        "The team said it was 80 million years old."
    )
    assert by_quote(text)["it was 80 million years old"].speaker is None
    text = (
        "The United States lost to Brazil on Sunday.\n\n"
        "The team said in a statement that the coach would stay."
    )
    assert by_quote(text)["the coach would stay"].speaker is None


# -- people by their politics --------------------------------------------------------------


def test_lower_case_conservatives_are_an_unnamed_group():
    text = (
        "The spending bill faces a tough vote this week.\n\n"
        "Hard-line conservatives in the House said the bill spent too much."
    )
    s = by_quote(text)["the bill spent too much"]
    assert (s.speaker, s.source) == (None, "Hard-line conservatives in the House")
    s = by_quote("Hard-line conservatives said the bill spent too much.")["the bill spent too much"]
    assert (s.speaker, s.source) == (None, "Hard-line conservatives")
    s = by_quote("Hardliners in the House said the bill spent too much.")["the bill spent too much"]
    assert (s.speaker, s.source) == (None, "Hardliners in the House")


def test_a_group_with_two_complements_is_one_source():
    text = "Critics of the deal in Congress said the ruling should be a warning."
    s = by_quote(text)["the ruling should be a warning"]
    assert (s.speaker, s.source, s.organization) == (
        None,
        "Critics of the deal in Congress",
        "Congress",
    )
    text = "Opponents of the plan in the Senate said the vote was rushed."
    s = by_quote(text)["the vote was rushed"]
    assert (s.speaker, s.source) == (None, "Opponents of the plan in the Senate")


def test_guard_the_conservatives_capitalised_are_a_party():
    s = by_quote("LONDON — The Conservatives said the bill spent too much.")[
        "the bill spent too much"
    ]
    assert (s.speaker, s.speaker_type) == ("Conservatives", "organization")


# -- names with "for" ---------------------------------------------------------------------


def test_a_body_named_x_for_y():
    text = (
        "The far-right party gained ground in the state election.\n\n"
        "Alternative for Germany said in a statement that voters had rejected the "
        "government."
    )
    s = by_quote(text)["voters had rejected the government"]
    assert (s.speaker, s.speaker_type, s.organization) == (
        "Alternative for Germany",
        "organization",
        "Alternative for Germany",
    )
    s = by_quote("Americans for Prosperity said the tax was unfair.")["the tax was unfair"]
    assert s.speaker == "Americans for Prosperity"
    s = by_quote("Physicians for Human Rights said the clinic was bombed.")["the clinic was bombed"]
    assert (s.speaker, s.role) == ("Physicians for Human Rights", None)
    text = (
        "Alice Weidel, co-leader of Alternative for Germany, said voters had rejected "
        "the government."
    )
    s = by_quote(text)["voters had rejected the government"]
    assert (s.role, s.organization) == ("co-leader", "Alternative for Germany")
    text = "The far-right Alternative for Germany party said voters were angry."
    assert by_quote(text)["voters were angry"].speaker == "Alternative for Germany party"


def test_the_party_after_alternative_for_germany():
    text = (
        "Alternative for Germany won nearly a third of the vote.\n\n"
        "The party said voters were angry about migration."
    )
    s = by_quote(text)["voters were angry about migration"]
    assert (s.speaker, s.source) == ("Alternative for Germany", "The party")


def test_guard_people_acting_for_someone_are_an_unnamed_group():
    s = by_quote("Lawyers for Trump said the case was weak.")["the case was weak"]
    assert (s.speaker, s.source) == (None, "Lawyers for Trump")
    s = by_quote("Representatives for Google said the case was weak.")["the case was weak"]
    assert (s.speaker, s.organization) == (None, "Google")


def test_guard_a_person_writing_for_a_body():
    s = by_quote("“The impact is small,” said Cameron Easley for Morning Consult.")[
        "The impact is small,"
    ]
    assert s.speaker == "Cameron Easley"


# -- a body's capitalised short name before a title ----------------------------------


def test_the_fronts_chief_negotiator_takes_the_body_named_in_full():
    text = (
        "Talks with the Kivu Liberation Front resumed in Geneva on Monday.\n\n"
        "The Front's chief negotiator, Anaïs Roux, said the group would not sign without "
        "guarantees."
    )
    s = by_quote(text)["the group would not sign without guarantees"]
    assert (s.speaker, s.role, s.organization) == (
        "Anaïs Roux",
        "chief negotiator",
        "Kivu Liberation Front",
    )
    text = (
        "The Green Alliance said it would join the talks.\n\n"
        "Anaïs Roux, the Alliance's chief negotiator, said the group would not sign."
    )
    s = by_quote(text)["the group would not sign"]
    assert (s.role, s.organization) == ("chief negotiator", "Green Alliance")


def test_guard_a_short_name_never_written_in_full_gives_no_organisation():
    text = "The Front's chief negotiator, Anaïs Roux, said the group would not sign."
    s = by_quote(text)["the group would not sign"]
    assert (s.speaker, s.role, s.organization) == ("Anaïs Roux", "chief negotiator", None)


# -- "put it to X that" -----------------------------------------------------------------


def test_a_question_put_to_a_witness_is_the_askers():
    text = (
        "The former aide took the stand on Thursday.\n\n"
        "Prosecutors put it to him that he had lied to investigators."
    )
    s = by_quote(text)["he had lied to investigators"]
    assert (s.speaker, s.source, s.cue) == (None, "Prosecutors", "put it to him")
    text = (
        "Under cross-examination, defense attorney Ann Hale put it to the witness that "
        "she had never seen the car."
    )
    s = by_quote(text)["she had never seen the car"]
    assert (s.speaker, s.role) == ("Ann Hale", "defense attorney")


def test_guard_put_it_to_a_vote_that_day():
    assert extract("The board put it to a vote that afternoon.") == []
    s = by_quote("As one analyst put it, the market is tired.")["the market is tired"]
    assert s.cue == "put it"


def test_guard_a_known_person_and_a_government_body():
    s = by_quote("Trump and the Pentagon said the strike worked.")["the strike worked"]
    assert (s.speaker, s.speaker_type) == ("Trump", "person")
