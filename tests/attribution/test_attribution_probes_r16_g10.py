"""Probe round 16, sports/flood/summit/festival/protest: invented wire copy about a
league's suspensions, a Vermont river flood, a migration summit in Quito, a festival
cancelled in Britain and a protest after a police shooting."""

from quote_lookup import by_quote


def test_a_subject_ending_in_an_ing_noun_after_an_article_speaks():
    # "building" after "the" is a noun, not a participle: the statement was lost
    got = by_quote(
        "The company that owns the building said the fire started in the basement. "
        "A man who was inside the building told reporters the alarms never sounded."
    )
    assert got["the fire started in the basement"].speaker is None
    assert "the alarms never sounded" in got
    # guard: a participle after a subject noun still reports no statement of its own
    assert "the alarms" not in by_quote("Crews fighting the fire said the roof fell in.")


def test_a_restrictive_which_clause_belongs_to_the_subject():
    # British copy writes "which" where U.S. copy writes "that": the body speaks, and
    # "which" is no content of the clause's object
    got = by_quote(
        "The union which represents Ridgeport officers said the officer had followed his training."
    )
    assert set(got) == {"the officer had followed his training"}
    assert got["the officer had followed his training"].source == "The union"


def test_a_field_before_a_title_after_a_fronted_phrase_stays_in_the_role():
    got = by_quote(
        "MONTPELIER, Vt. (AP) — In Barre, town manager Ruth Delacroix said the main street "
        "was under four feet of water. On Wednesday, school principal Ann Holt said the "
        "shelter had 200 cots."
    )
    assert got["the main street was under four feet of water"].role == "town manager"
    assert got["the shelter had 200 cots"].role == "school principal"


def test_a_region_of_the_world_is_a_remit_not_the_organisation():
    got = by_quote(
        "QUITO, Ecuador (Reuters) - The UN refugee agency, UNHCR, welcomed the declaration. "
        '"Words must now be matched by funding," said Lucia Barragan, the agency\'s regional '
        "director for the Americas."
    )
    st = got["Words must now be matched by funding,"]
    # the remit is no part of the role (round 24, convention 9, reversing round 16)
    assert (st.role, st.organization) == ("regional director", "UNHCR")
    got = by_quote(
        "Tom Rees, the Danish Refugee Council's director for Latin America, said the aid was late."
    )
    st = got["the aid was late"]
    assert (st.role, st.organization) == ("director", "Danish Refugee Council")
    # guard: a body whose name opens with a region is still the organisation
    st = by_quote("Tom Rees, director of the Horn of Africa Peace Institute, said it was late.")
    assert st["it was late"].organization is not None


def test_undated_british_local_copy_is_of_britain():
    text = (
        "The Harrowfield festival near Ledbury, Herefordshire, has been cancelled after heavy "
        "rain, organisers have said. Herefordshire Council said it backed the decision. Jess "
        "Hartley, 23, said: 'I spent £300 on tickets and a campervan.'"
    )
    got = by_quote(text)
    assert got["it backed the decision"].country == "GB"
    assert got["I spent £300 on tickets and a campervan."].country == "GB"
    # guard: a story naming another country as often is left alone, and one marker is not
    # enough (round 17: one tourist from Canada no longer outweighs two counties and a
    # pound sum)
    other = text.replace("Jess Hartley, 23,", "Jess Hartley, a tourist from Canada,")
    assert by_quote(other)["it backed the decision"].country == "GB"
    other = text.replace(
        "Jess Hartley, 23,", "Jess Hartley, a Canadian tourist from Toronto, Canada,"
    )
    assert by_quote(other)["it backed the decision"].country is None
    one = "A farmer in Yorkshire said the harvest was late."
    assert by_quote(one)["the harvest was late"].country is None


def test_an_unnamed_spokesperson_of_a_body_kind_takes_the_body_that_spoke():
    got = by_quote(
        "Herefordshire Council said it had been in talks with organisers all week. A council "
        "spokesperson said: 'We support the decision.' The Harbor Knights said they would "
        "appeal. A team spokesman said the ban was excessive."
    )
    st = got["We support the decision."]
    assert (st.speaker, st.organization) == (None, "Herefordshire Council")
    st = got["the ban was excessive"]
    assert (st.speaker, st.organization) == (None, "Harbor Knights")
    # guard: a lower-case word before another title is no body
    assert (
        by_quote("A senior official said the talks failed.")["the talks failed"].organization
        is None
    )


def test_a_delegate_after_his_countrys_delegation_is_not_of_the_host():
    text = (
        "QUITO, Ecuador (Reuters) - Foreign ministers from nine countries met on Friday.\n\n"
        "Chile's delegation was more cautious. Deputy Foreign Minister Tomas Echeverria said "
        "Santiago could not accept limits on its borders.\n\n"
        "Peru's economy shrank last year. Foreign Minister Ana Ruiz said the summit was useful."
    )
    got = by_quote(text)
    assert got["Santiago could not accept limits on its borders"].country == "CL"
    # guard: another country's news before a minister leaves the host's office
    assert got["the summit was useful"].country == "EC"
