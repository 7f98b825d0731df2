"""Organisations referred back to: "the company", "the ministry", "the association", "it",
and a one-word short form of an organisation's full name (resolve.py)."""

from articles.attribution import extract


def statement(text, fragment):
    for s in extract(text):
        if fragment in s.quote:
            return s
    raise AssertionError([s.to_dict() for s in extract(text)])


def test_the_company_is_the_company_named_just_before():
    text = (
        "Zipp Mobility was fined $2 million by city regulators on Tuesday. "
        "The company said it would appeal the decision."
    )
    s = statement(text, "appeal the decision")
    assert (s.speaker, s.speaker_type, s.source) == ("Zipp Mobility", "organization", "The company")
    assert s.organization == "Zipp Mobility"


def test_one_word_short_form_takes_the_full_name():
    text = (
        "Zipp Mobility was fined $2 million by city regulators on Tuesday. "
        "The company said it would appeal the decision.\n\n"
        "Zipp said it had cooperated with investigators."
    )
    s = statement(text, "cooperated with investigators")
    assert (s.speaker, s.speaker_type) == ("Zipp Mobility", "organization")


def test_the_association_and_the_ministry():
    text = (
        "The Eastfield Neighborhood Association opposed the rezoning plan. "
        "The association has argued that the towers would block light.\n\n"
        "The Ministry of Health issued new guidelines on Monday. "
        "The ministry said the rules would take effect in March."
    )
    assert statement(text, "block light").speaker == "Eastfield Neighborhood Association"
    assert statement(text, "take effect in March").speaker == "Ministry of Health"


def test_the_firm_after_a_company_suffix_and_it_added():
    text = (
        "Brightwater Energy Corp reported a loss for the quarter. "
        "The firm said the cuts were needed to stay competitive. "
        "It added that the plant in Ohio would stay open."
    )
    assert statement(text, "stay competitive").speaker == "Brightwater Energy Corp"
    s = statement(text, "would stay open")
    assert (s.speaker, s.speaker_type) == ("Brightwater Energy Corp", "organization")


def test_the_union_skips_a_person_named_with_it():
    text = (
        "Ana Ruiz of the Farmers Union met the agriculture minister on Friday. "
        "The union said talks had failed."
    )
    assert statement(text, "talks had failed").speaker == "Farmers Union"


def test_two_compatible_organisations_leave_the_speaker_null():
    text = (
        "The Transport Ministry and the Finance Ministry disagreed over the plan. "
        "The ministry said the budget was final."
    )
    s = statement(text, "budget was final")
    assert s.speaker is None and s.source == "The ministry"


def test_the_group_is_the_one_named_in_the_sentence_before():
    text = (
        "The tax cut would cost $3 trillion, according to the Harbor Tax Foundation. "
        "The Lakeside Policy Center came to a similar conclusion. "
        "The richest households would gain most, the group said."
    )
    assert statement(text, "gain most").speaker == "Lakeside Policy Center"


def test_the_group_with_two_think_tanks_further_back_is_null():
    text = (
        "The tax cut would cost $3 trillion, according to the Harbor Tax Foundation. "
        "The Lakeside Policy Center came to a similar conclusion.\n\n"
        "Economists were divided.\n\n"
        "The estimates leave out growth. The richest households would gain most, the "
        "group said."
    )
    assert statement(text, "gain most").speaker is None


def test_the_company_needs_a_company_not_a_ministry():
    text = (
        "The Ministry of Transport fined the operator on Monday. "
        "The company said it would pay the fine."
    )
    assert statement(text, "pay the fine").speaker is None


def test_organisation_out_of_reach_is_not_used():
    text = (
        "Halvorsen Semiconductor Inc opened a plant in Ohio.\n\n"
        "Local officials welcomed the jobs.\n\n"
        "Residents were less sure.\n\n"
        "Traffic has doubled on the county road.\n\n"
        "Schools are full.\n\n"
        "The company said it would build a new road."
    )
    assert statement(text, "build a new road").speaker is None


def test_organisation_name_stops_before_a_title_and_name():
    text = (
        "World Health Organization Director-General Amara Osei welcomed the shift. "
        'The UN agency had urged rich countries to "share the tools, not just the doses."'
    )
    s = statement(text, "share the tools")
    assert (s.speaker, s.organization) == ("World Health Organization", "WHO")


def test_person_with_a_company_surname_stays_a_person():
    text = (
        "Lars Halvorsen founded Halvorsen Semiconductor Inc in 1998. "
        "Halvorsen said he was proud of the staff."
    )
    s = statement(text, "proud of the staff")
    assert (s.speaker, s.speaker_type) == ("Lars Halvorsen", "person")


def test_the_company_after_an_organisation_that_spoke_in_the_sentence_before():
    text = (
        "Brightwater Energy Corp reported a loss for the quarter.\n\n"
        "Stellantis said on Tuesday that sales fell 8 percent in Europe. "
        "The company said demand for electric cars had stalled."
    )
    assert statement(text, "electric cars").speaker == "Stellantis"


def test_the_company_is_not_a_news_agency_that_reported():
    text = (
        "Reuters reported on Monday that the plant would close. "
        "The company said the decision was final."
    )
    assert statement(text, "decision was final").speaker is None


def test_company_abbreviation_with_a_dot_speaks():
    text = "Acme Corp. said on Monday it would cut 400 jobs. The company said demand fell."
    s = statement(text, "cut 400 jobs")
    assert (s.speaker, s.speaker_type, s.source) == ("Acme Corp", "organization", "Acme Corp")
    assert statement(text, "demand fell").speaker == "Acme Corp"


def test_the_company_after_a_capitalised_subject_that_is_no_person():
    text = (
        "Northgate Logistics was sued by three drivers. "
        "The company said in a statement that the claims had no merit. "
        "It said it would fight the lawsuit."
    )
    assert statement(text, "no merit").speaker == "Northgate Logistics"
    assert statement(text, "fight the lawsuit").speaker == "Northgate Logistics"


def test_it_after_an_unresolved_company_is_not_an_earlier_organisation():
    text = (
        "The Eastfield Neighborhood Association opposed the plan.\n\n"
        "Two builders bid for the site. The company said the bid was fair. "
        "It added that work would start in May."
    )
    assert statement(text, "work would start").speaker is None


def test_the_companys_chief_executive_takes_the_company_named_before():
    text = (
        "Zipp Mobility Inc was fined $2 million on Tuesday. The company's chief executive, "
        "Dana Whitlock, said the fine was unfair."
    )
    s = statement(text, "fine was unfair")
    assert (s.speaker, s.role, s.organization) == (
        "Dana Whitlock",
        "chief executive",
        "Zipp Mobility Inc",
    )


def test_a_person_subject_is_not_the_company():
    text = (
        "Wojciech Nowak was fired in May after 20 years at the plant. "
        "The company said the dismissal followed a review."
    )
    assert statement(text, "dismissal followed").speaker is None


def test_an_unknown_name_in_the_sentence_before_blocks_an_earlier_company():
    text = (
        "The Justice Department sued Meridian Health Group on Monday.\n\n"
        "Senator Amy Klobuchar criticized Skylark Aviation. The company said it followed all rules."
    )
    assert statement(text, "followed all rules").speaker is None
    # (round 17: "lines" is a company head, so "Delta Air Lines" is the company itself)
    text = text.replace("Skylark Aviation", "Delta Air Lines")
    assert statement(text, "followed all rules").speaker == "Delta Air Lines"


def test_the_company_name_stops_before_a_weekday():
    text = (
        "The Justice Department sued Meridian Health Group on Monday. "
        "The company said it had done nothing wrong."
    )
    assert statement(text, "nothing wrong").speaker == "Meridian Health Group"


def test_a_body_known_by_its_acronym_answers_to_its_noun():
    text = (
        "The FBI opened an inquiry into the leak on Monday. "
        "The agency said the review would take weeks.\n\n"
        "The SEC and the FBI were told. The commission said it had no comment."
    )
    assert statement(text, "take weeks").speaker == "FBI"
    assert statement(text, "no comment").speaker == "SEC"


def test_an_organisation_that_spoke_with_the_noun():
    text = (
        "The Teamsters union said on Friday it would strike. The union said talks had broken down."
    )
    assert statement(text, "broken down").speaker == "Teamsters"
    text = text.replace("The union said", "The company said")
    assert statement(text, "broken down").speaker is None


def test_the_court_and_the_bureau_in_a_courts_story():
    text = (
        "The 9th U.S. Circuit Court of Appeals said a lower court had wrongly dismissed the "
        "case. The court said borrowers had shown enough evidence to proceed.\n\n"
        "The Consumer Financial Protection Bureau declined to comment. The bureau said last "
        "year that complaints against online lenders had doubled."
    )
    assert statement(text, "enough evidence").speaker == "U.S. Circuit Court of Appeals"
    assert statement(text, "had doubled").speaker == "Consumer Financial Protection Bureau"
