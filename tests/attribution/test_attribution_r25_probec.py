"""Round 25, probe r25c's training errors (r25-probec): general classes of local and
regional news usage (Irish, New Zealand and South African council, school and utility
copy), each tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote

# --- local government: a South African municipality speaking -------------------------


def test_a_local_municipality_is_one_name_and_the_municipality_is_it():
    got = by_quote(
        "Power cut hits town\n\n"
        "Shops in Riverside closed early on Monday after the Qolora Local Municipality "
        "confirmed that a transformer had failed.\n\n"
        "The municipality said in a statement that technicians were working through the "
        "night.\n\n"
        "It said a temporary generator would be connected by Wednesday.\n"
    )
    first = got["a transformer had failed"]
    assert first.speaker == "Qolora Local Municipality"
    assert first.organization == "Qolora Local Municipality"
    assert got["technicians were working through the night"].speaker == (
        "Qolora Local Municipality"
    )
    assert got["a temporary generator would be connected by Wednesday"].speaker == (
        "Qolora Local Municipality"
    )


def test_the_municipalitys_spokesperson_is_the_municipalitys():
    got = by_quote(
        "Power cut hits town\n\n"
        "The Qolora Local Municipality said a transformer had failed.\n\n"
        "Residents said they had been without power for two days.\n\n"
        "The municipality's spokesperson, Ayanda Nkosi, said the repairs would be finished "
        "by Friday.\n"
    )
    s = got["the repairs would be finished by Friday"]
    assert s.speaker == "Ayanda Nkosi"
    assert s.role == "spokesperson"
    assert s.organization == "Qolora Local Municipality"


# --- parties known by a name without "Party" --------------------------------------------


def test_a_two_word_party_before_a_councillors_title_is_the_organisation():
    got = by_quote(
        "Depot plan rejected\n\n"
        "Fine Gael councillor Orla Hennessy said the depot would bring lorries past two "
        "schools.\n"
    )
    s = got["the depot would bring lorries past two schools"]
    assert s.speaker == "Orla Hennessy"
    assert s.role == "councillor"
    assert s.organization == "Fine Gael"


def test_a_party_family_word_before_a_title_stays_no_organisation():
    # "Labour MP X": the family word is dropped from the role (decision 9), no body named
    got = by_quote(
        "Depot plan rejected\n\nLabour MP Gareth Pryce said the depot was in the wrong place.\n"
    )
    s = got["the depot was in the wrong place"]
    assert s.role == "MP"
    assert s.organization is None


def test_a_two_word_partys_member_is_of_that_party():
    # British and Irish copy: "Sinn Féin's X", "Fianna Fáil's X" (no title between)
    got = by_quote(
        "Depot plan rejected\n\n"
        "Fianna Fáil's Dermot Coyle voted against the plan. He said the council had "
        "ignored its own traffic survey.\n"
    )
    s = got["the council had ignored its own traffic survey"]
    assert s.speaker == "Dermot Coyle"
    assert s.organization == "Fianna Fáil"


# --- a company named by its trade ---------------------------------------------------------


def test_a_property_developer_named_developments_is_a_company():
    got = by_quote(
        "Apartments approved\n\n"
        "Harbour Point Developments said in a statement that it welcomed the decision and "
        "would start building in spring.\n\n"
        "The company's managing director, Liam Brogan, said 60 jobs would be created.\n"
    )
    s = got["60 jobs would be created"]
    assert s.speaker == "Liam Brogan"
    assert s.organization == "Harbour Point Developments"


# --- local titles -----------------------------------------------------------------------


def test_a_publican_before_the_name_is_a_title():
    got = by_quote(
        "Village loses its bus\n\n"
        "Publican Noel Farrelly said trade had fallen by a third since the route was cut.\n"
    )
    s = got["trade had fallen by a third since the route was cut"]
    assert s.speaker == "Noel Farrelly"
    assert (s.role or "").lower() == "publican"


def test_a_maori_elder_title_before_the_name_is_the_role():
    got = by_quote(
        "Marae hosts hui on river\n\nKaumātua Rangi Tipene says the river was once full of eels.\n"
    )
    s = got["the river was once full of eels"]
    assert s.speaker == "Rangi Tipene"
    assert s.role == "Kaumātua"


def test_a_presiding_member_keeps_presiding():
    got = by_quote(
        "School board resigns\n\n"
        "Presiding member Aroha Ngata says the board will stay on until March.\n"
    )
    assert "presiding member" in (got["the board will stay on until March"].role or "").lower()


def test_a_remit_after_for_before_the_names_comma_is_part_of_the_role_phrase():
    # "The council's director of services for housing, X,": the title, its remit, then
    # the name (the remit is dropped from the role, decision 9)
    got = by_quote(
        "Homeless figures rise\n\n"
        "Kilmore County Council published its figures on Monday.\n\n"
        "The council's director of services for housing, Aidan Quirke, said 40 families "
        "were in emergency accommodation.\n"
    )
    s = got["40 families were in emergency accommodation"]
    assert s.speaker == "Aidan Quirke"
    assert s.role == "director of services"
    assert s.organization == "Kilmore County Council"


def test_a_bare_body_noun_before_a_title_with_a_remit_and_a_comma():
    got = by_quote(
        "Bus routes cut\n\n"
        "The Ministry of Transport has begun a review of rural routes.\n\n"
        "Ministry director of planning for Otago and Southland, Carol Mbeki, says the "
        "review will take six months.\n\n"
        "Mbeki says no route will close before June.\n"
    )
    assert got["the review will take six months"].organization == "Ministry of Transport"
    assert got["no route will close before June"].organization == "Ministry of Transport"


def test_council_staff_far_below_the_councils_name_are_the_councils():
    # "Council chief executive X" far below the story's one council: the council's (its
    # staff; a "Council member" is a legislator, given no chamber)
    filler = "".join(
        f"Resident number {i} said the road had been closed for a week.\n\n" for i in range(8)
    )
    got = by_quote(
        "Road closed\n\n"
        "Kilmore County Council closed the bridge road on Monday.\n\n"
        + filler
        + "Council chief executive Brona Devlin said the road would reopen on Friday.\n"
    )
    s = got["the road would reopen on Friday"]
    assert s.organization == "Kilmore County Council"
    assert s.role == "chief executive"


def test_a_departmental_spokesperson_is_the_departments():
    got = by_quote(
        "Bridge inspection ordered\n\n"
        "The Department of Public Works said it had sent engineers to the bridge.\n\n"
        "Departmental spokesperson Zodwa Khumalo said the report was due in May.\n"
    )
    s = got["the report was due in May"]
    assert s.role == "spokesperson"
    assert s.organization == "Department of Public Works"


# --- meetings and their procedure ---------------------------------------------------------


def test_the_meeting_heard_that_is_reported_with_no_speaker():
    got = by_quote(
        "Pool to close\n\nThe meeting heard that the pool's roof had been leaking since 2021.\n"
    )
    s = got["the pool's roof had been leaking since 2021"]
    assert s.speaker is None
    assert s.source == "The meeting"
    assert s.cue == "heard"


def test_the_meeting_heard_evidence_is_no_statement():
    got = by_quote("Pool to close\n\nThe committee heard evidence from six swimmers.\n")
    assert not got


def test_proposing_or_tabling_a_motion_is_no_statement():
    got = by_quote(
        "Pool to close\n\n"
        "Councillor Ann Rafferty, who proposed the motion to close the pool, said the "
        "repairs would cost €2 million.\n\n"
        "Her colleague Tom Greer tabled an amendment on Tuesday.\n"
    )
    assert list(got) == ["the repairs would cost €2 million"]
    assert got["the repairs would cost €2 million"].speaker == "Ann Rafferty"


def test_a_proposal_with_content_is_still_a_statement():
    got = by_quote("Pool to close\n\nCouncillor Ann Rafferty proposed a ban on night swimming.\n")
    assert "a ban on night swimming" in got


def test_refusing_or_granting_permission_is_a_decision_not_a_statement():
    got = by_quote(
        "Wind farm refused\n\n"
        "Kilmore County Council has refused planning permission for a six-turbine wind farm "
        "near Ballyroe.\n\n"
        "An Bord Pleanála granted the licence for the quarry last year.\n"
    )
    assert not got


def test_denying_an_allegation_is_still_a_statement():
    got = by_quote("Wind farm refused\n\nThe developer denied the allegations of bribery.\n")
    assert "the allegations of bribery" in got


# --- an undated New Zealand regional story ------------------------------------------------


def test_undated_new_zealand_regional_copy_gives_its_speakers_nz():
    got = by_quote(
        "Library to close\n\n"
        "Aroha Tuhiwai says the Hokitika library has been open since 1908.\n\n"
        "Dan Crowe, who drives to Greymouth twice a week, says he will miss it.\n"
    )
    assert got["the Hokitika library has been open since 1908"].country == "NZ"
    assert got["he will miss it"].country == "NZ"
