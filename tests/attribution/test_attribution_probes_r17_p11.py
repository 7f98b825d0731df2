"""Probe round 17 (p11), genre probes with other angles: follow-ups, court hearings, press
conferences, reaction pieces (election count, farm trade, water company fine, rail spill,
mine rescue). Invented news sentences; each class was wrong in the probe articles."""

from quote_lookup import by_quote


def test_a_company_shortened_to_its_first_words_is_the_company():
    text = (
        "Andean Crest Mining Corp, based in Vancouver, said rescuers had reached the men.\n\n"
        "Andean Crest denied the union's claim, saying the tunnel had been inspected.\n\n"
        "Big Sky Pacific Railway said it regretted the derailment.\n\n"
        # (round 29: a bare "disputed the figures." is a reaction, decision 6, no statement;
        # the figures disputed "as" something still are)
        "Big Sky Pacific disputed the figures as out of date. In an emailed statement, the "
        "company said it met every federal rule."
    )
    got = by_quote(text)
    for quote in ("the union's claim", "the tunnel had been inspected"):
        assert got[quote].speaker == "Andean Crest Mining Corp"
        assert got[quote].speaker_type == "organization"
    assert got["the figures as out of date"].speaker == "Big Sky Pacific Railway"
    assert got["it met every federal rule"].speaker == "Big Sky Pacific Railway"


def test_a_leads_owner_with_a_possessive_is_the_company_named_next():
    text = (
        "Rescuers reach trapped miners\n\n"
        "LIMA, Peru (Reuters) - Rescue teams on Saturday reached 11 miners trapped in a "
        "gold mine, the mine's Canadian owner said.\n\n"
        "Andean Crest Mining Corp, based in Vancouver, said the men were conscious."
    )
    got = by_quote(text)
    st = got["Rescue teams on Saturday reached 11 miners trapped in a gold mine"]
    assert st.speaker == "Andean Crest Mining Corp"


def test_dean_after_a_title_is_a_first_name():
    text = (
        "HARLOW, Mont. (AP) — “We are not going to rush this,” Wheatland County Sheriff Dean "
        "Kowalczyk said.\n\nPolice Chief Dean Marsh said the road was closed."
    )
    got = by_quote(text)
    st = got["We are not going to rush this,"]
    assert st.speaker == "Dean Kowalczyk"
    assert st.role == "Sheriff"
    assert got["the road was closed"].speaker == "Dean Marsh"


def test_a_law_school_dean_stays_a_title():
    # guard (passed before): "Dean" after a body's name is the title
    got = by_quote("Law School Dean Ann Roe said the exam would go on.")
    assert got["the exam would go on"].role == "Dean"


def test_an_officer_in_a_region_with_an_aside_is_a_subject():
    text = (
        "The Environment Agency said on Monday that it had opened a further investigation. "
        "Its chief investigator in the south-west, a former police detective who spent four "
        "years on the case, told the BBC the company had ‘hidden behind its own data’."
    )
    st = by_quote(text)["hidden behind its own data"]
    assert st.speaker != "Environment Agency"
    assert st.cue == "told"


def test_a_bodys_officer_further_down_is_named_in_the_next_paragraph():
    text = (
        "Water firm fined over sewage spills\n\n"
        "A water company has been fined £14 million for illegally discharging raw sewage "
        "into a Devon estuary more than 400 times, in a case brought by regulators.\n\n"
        "South Moor Water admitted 17 charges at Exeter Crown Court, where a judge said the "
        "spills were the result of decisions taken in boardrooms.\n\n"
        "Residents in Kingsbridge said the creek had smelled for years before anyone was "
        "prosecuted for the spills.\n\n"
        "The Environment Agency said on Monday that it had opened a further investigation. "
        "Its chief investigator told the BBC the company had hidden its data.\n\n"
        "‘They knew how many spills there were,’ said the investigator, Graham Stannard."
    )
    got = by_quote(text)
    assert got["the company had hidden its data"].speaker == "Graham Stannard"


def test_a_who_clause_cue_in_an_appositive_is_no_split_content():
    text = (
        "The railroad’s chief executive, Thomas Weller, who will testify before a Senate "
        "committee next week, said in a video message that the company would cooperate "
        "fully with investigators."
    )
    got = by_quote(text)
    assert "The railroad’s chief executive" not in got
    st = got["the company would cooperate fully with investigators"]
    assert st.speaker == "Thomas Weller"
    assert st.cue == "said"


def test_justice_gives_way_to_the_office_written_before_the_name():
    text = (
        "The Malawi Electoral Commission said the count was on course. The commission’s "
        "chairperson, Justice Dorothy Msiska, told reporters that 27 districts had been "
        "tallied."
    )
    st = by_quote(text)["27 districts had been tallied"]
    assert st.role == "chairperson"
    assert st.organization == "Malawi Electoral Commission"


def test_a_subject_company_with_a_possessive_is_no_person_for_he():
    text = (
        "Her Conservative predecessor, Sir Anthony Kelway, was more cautious, saying "
        "nationalisation would cost billions.\n\n"
        "South Moor Water’s chief executive, Andrew Pellow, wrote to customers on Sunday "
        "apologising for the spills. In the letter, he said the company had replaced 40 "
        "pumps.\n\n"
        "The company said separately that it would not appeal against the fine."
    )
    got = by_quote(text)
    assert got["the company had replaced 40 pumps"].speaker == "Andrew Pellow"
    assert got["it would not appeal against the fine"].speaker == "South Moor Water"


def test_a_plural_possessive_union_is_named_by_its_appositive():
    text = (
        "The miners' union, the National Federation of Mine Workers of Peru, said the rescue "
        "did not change its view."
    )
    st = by_quote(text)["the rescue did not change its view"]
    assert st.speaker == "National Federation of Mine Workers of Peru"


def test_spanish_given_names_have_a_gender():
    text = (
        "Rosa Huamani, wife of miner Julio Ccori, ran to the ambulance. "
        '"He looked at me," she said later.'
    )
    assert by_quote(text)["He looked at me,"].speaker == "Rosa Huamani"


def test_the_ilo_and_an_international_bodys_mission_take_no_dateline_country():
    text = (
        "LILONGWE, Malawi (Reuters) - The European Union's election observation mission said "
        "voting had been orderly.\n\n"
        "CHALA, Peru - The International Labour Organization said it was following the "
        "rescue closely."
    )
    got = by_quote(text)
    assert got["voting had been orderly"].country is None
    st = got["it was following the rescue closely"]
    assert st.country is None
    assert st.organization == "ILO"


def test_an_alliances_officer_takes_the_alliance_named_before():
    text = (
        'The Kansas Farm Alliance represents 9,000 growers. "People are selling at a loss," '
        "said Linda Haskell, the alliance's deputy director. Her boss, alliance president "
        "Marlene Voss, said the group would go to Washington."
    )
    got = by_quote(text)
    assert got["People are selling at a loss,"].organization == "Kansas Farm Alliance"
    assert got["the group would go to Washington"].organization == "Kansas Farm Alliance"


def test_a_spaced_hyphen_after_a_dateline_is_no_part_of_the_source():
    text = "LILONGWE, Malawi (Reuters) - The observer mission said voting had been orderly."
    assert by_quote(text)["voting had been orderly"].source == "The observer mission"


def test_the_commission_chair_and_its_chairperson_far_below_the_commission():
    text = (
        "BLANTYRE, Malawi — Lawyers for the Malawi Electoral Commission said the errors had "
        "been corrected.\n\n"
        "Outside the court, several hundred supporters in red shirts sang and waved flags.\n\n"
        "Police kept them behind barriers along the road to the court building.\n\n"
        "Speaking to reporters after the hearing, the opposition leader said she was calm.\n\n"
        "The commission’s chairperson, Justice Dorothy Msiska, later told a press conference "
        "that 27 districts had been tallied.\n\n"
        "Asked about the figures, the commission chair said a clerk had typed an extra zero."
    )
    got = by_quote(text)
    assert got["27 districts had been tallied"].organization == "Malawi Electoral Commission"
    assert got["a clerk had typed an extra zero"].speaker == "Dorothy Msiska"


def test_a_time_after_a_participle_is_no_inverted_subject():
    text = (
        "The tariff, announced late Monday by Mexico's economy ministry, applies to white "
        "corn used to make tortillas."
    )
    got = by_quote(text)
    assert all(s.source != "late Monday" for s in got.values())


def test_a_place_frame_with_a_where_clause_is_no_reported_clause():
    text = (
        "In Kansas, where growers produce a third of the crop, the pain is already showing.\n\n"
        "In Kansas, where growers produce a third of the crop, prices fell sharply, traders "
        "said."
    )
    got = by_quote(text)
    assert "In Kansas, where growers produce a third of the crop" not in got
    # guard (passed before): a clause after the frame is still reported
    st = got["In Kansas, where growers produce a third of the crop, prices fell sharply"]
    assert st.source == "traders"


def test_their_founder_is_no_officer_of_the_company_that_spoke():
    text = (
        "South Moor Water said separately that it would not appeal against the fine.\n\n"
        "On the beach at Hope Cove, members of a sea-swimming group gathered on Sunday with "
        "placards. Their founder, Jenny Hallam, said the fine was ‘a start, not an end’."
    )
    assert by_quote(text)["a start, not an end"].organization is None


def test_a_closing_according_to_keeps_the_appositive_role():
    text = (
        "The tariff is likely to push prices down in the short term, according to Joanna "
        "Pike, an agricultural economist at Flint Hills State University."
    )
    st = by_quote(text)["The tariff is likely to push prices down in the short term"]
    assert st.role == "agricultural economist"
    assert st.organization == "Flint Hills State University"


def test_her_deputy_after_the_subject_works_for_her_organisation():
    text = (
        "Marlene Voss, president of the Kansas Farm Alliance, said the group had asked for "
        "talks. Her deputy, Carl Ostrander, said the phone must ring."
    )
    assert by_quote(text)["the phone must ring"].organization == "Kansas Farm Alliance"


def test_a_body_named_with_of_before_the_title_is_the_organisation():
    text = (
        "Office of the U.S. Trade Representative spokesperson Dana Whitcomb said Washington "
        "had raised the issue.\n\n"
        "Ministry of Health spokesman Tom Reed said the clinic was open."
    )
    got = by_quote(text)
    st = got["Washington had raised the issue"]
    assert (st.role, st.organization) == ("spokesperson", "Office of the U.S. Trade Representative")
    st = got["the clinic was open"]
    assert (st.role, st.organization) == ("spokesman", "Ministry of Health")


def test_a_place_based_modifier_is_no_part_of_the_title():
    text = "A Lima-based ILO specialist, Marta Gutierrez, said mining was dangerous."
    st = by_quote(text)["mining was dangerous"]
    assert (st.role, st.organization) == ("specialist", "ILO")


def test_the_railroads_chief_executive_named_without_a_cue_takes_the_railroad():
    text = (
        "HARLOW, Mont. (AP) — Eleven cars of a Big Sky Pacific Railway freight train left the "
        "tracks early Monday.\n\n"
        "The railroad’s chief executive, Thomas Weller, flew in from Omaha on Tuesday.\n\n"
        "“This is our train,” Weller told the crowd."
    )
    assert by_quote(text)["This is our train,"].organization == "Big Sky Pacific Railway"


def test_a_relative_clause_of_an_act_names_no_organisation():
    text = (
        "Thomas Weller, who testified before a Senate committee last week, said the company "
        "would cooperate.\n\nAnn Roe, who heads the Harlow Trust, said the park would open."
    )
    got = by_quote(text)
    assert got["the company would cooperate"].organization is None
    # guard (passed before): an office verb still names the body
    assert got["the park would open"].organization == "Harlow Trust"
