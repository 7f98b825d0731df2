"""Probe round 17 (fields2): the organisation of a person introduced by a bare title or a
body's head noun before the title (invented copy: new names, places and topics)."""

from quote_lookup import by_quote

# -- a body's head noun before the title: "Guild president" of "the Mariners Guild" -------


def test_guild_president_works_for_the_guild_named_before():
    text = (
        "The Ostry Mariners Guild backed the strike on Monday.\n\n"
        '"Our boats stay in port," Guild president Captain Orla Finch said.\n'
    )
    s = by_quote(text)["Our boats stay in port,"]
    assert (s.speaker, s.role, s.organization) == (
        "Orla Finch",
        "president",
        "Ostry Mariners Guild",
    )


def test_collective_convener_works_for_the_collective():
    text = (
        "The Halden Rovers Supporters Collective met on Monday.\n\n"
        '"We want the owners out," Collective convener Tam Riggs said.\n'
    )
    s = by_quote(text)["We want the owners out,"]
    assert (s.role, s.organization) == ("convener", "Halden Rovers Supporters Collective")


def test_guard_council_member_stays_a_local_office():
    # guard (passes before the fix): a council's member holds an office ("Council member"
    # stays the role; the head-noun rule leaves councils alone)
    text = (
        "The Dunmore City Council voted 5-2 on the plan.\n\n"
        '"The study is a wish list," Council member Rita Vance said.\n'
    )
    s = by_quote(text)["The study is a wish list,"]
    assert s.role == "Council member"


# -- a one-word club before a two-word title: "Sound general manager" -------------------


def test_one_word_club_before_general_manager():
    text = (
        "The Brayford Sound fined two players after Saturday's brawl.\n\n"
        '"It was ugly and we own it," Sound general manager Pete Calloway said.\n'
    )
    s = by_quote(text)["It was ugly and we own it,"]
    assert (s.role, s.organization) == ("general manager", "Brayford Sound")


# -- "Deputy CEO X" of the one company named before ------------------------------------


def test_deputy_ceo_works_for_the_company_named_before():
    text = (
        "Harbourline Freight Co. cut 300 jobs on Tuesday. The company blamed weak demand.\n\n"
        '"We had no other choice," Deputy CEO Mara Velloso told reporters.\n'
    )
    s = by_quote(text)["We had no other choice,"]
    assert (s.role, s.organization) == ("Deputy CEO", "Harbourline Freight Co.")


# -- a party's campaign staff: "NDP campaign spokesman" speaks for the party ------------


def test_party_campaign_spokesman_works_for_the_party():
    text = (
        "The New Democratic Party won 31 seats in the provincial election on Monday.\n\n"
        "NDP campaign spokesman Arlo Benning rejected the claim about union money.\n"
    )
    s = by_quote(text)["the claim about union money"]
    assert (s.role, s.organization) == ("campaign spokesman", "New Democratic Party")


def test_guard_candidate_campaign_stays_the_campaign():
    # guard (passes before the fix): a candidate's campaign is the body
    text = (
        'Sen. Maya Vance won the primary.\n\n"We are thrilled," Vance campaign spokesman '
        "Leo Hart said.\n"
    )
    assert by_quote(text)["We are thrilled,"].organization == "Vance campaign"


# -- "a spokesman for the secretary-general": the body the secretary-general heads -------


def test_spokesman_for_the_secretary_general_works_for_the_un():
    text = (
        "At the United Nations in New York, a spokesman for the secretary-general, Piotr "
        "Zalewski, said the U.N. chief was following the standoff closely.\n"
    )
    s = by_quote(text)["the U.N. chief was following the standoff closely"]
    assert (s.speaker, s.role, s.organization) == ("Piotr Zalewski", "spokesman", "UN")


# -- "The bloc's chair, Tongan diplomat X": the alliance named before --------------------


def test_blocs_chair_with_a_second_title_works_for_the_alliance():
    text = (
        "The walkout, led by the Coalition of Reef Nations, halted talks for three hours. "
        "The bloc's chair, Tongan diplomat Sione Latu, told reporters that rich countries "
        "had failed to put a number on the table.\n"
    )
    s = by_quote(text)["rich countries had failed to put a number on the table"]
    assert (s.role, s.country, s.organization) == ("chair", "TO", "Coalition of Reef Nations")


# -- "who founded the sea-swimming group the X" / "who leads a group called X" ----------


def test_founder_of_a_described_group_works_for_it():
    text = (
        "Mara Pendle, 58, who founded the sea-swimming group the Corran Bay Dippers, said "
        "members had been falling ill for years.\n"
    )
    s = by_quote(text)["members had been falling ill for years"]
    assert (s.role, s.organization) == ("founder", "Corran Bay Dippers")


def test_pastor_who_leads_a_group_called_x_works_for_it():
    text = (
        "Marchers gathered outside City Hall. One of them, Luke Arden, 31, a youth pastor "
        'who leads a group called Hollow Creek Rising, said: "We are not going anywhere."\n'
    )
    s = by_quote(text)["We are not going anywhere."]
    assert (s.role, s.organization) == ("youth pastor", "Hollow Creek Rising")


# -- a party named without "Party": "the Democratic Rally leader" -----------------------


def test_party_without_party_word_before_leader():
    text = (
        "VALMORA, Estoria (AP) — The center-right Democratic Rally won the most seats on "
        'Sunday.\n\n"The voters asked for change," Tomas Ferreira, the Democratic Rally '
        "leader, told supporters.\n"
    )
    s = by_quote(text)["The voters asked for change,"]
    assert (s.role, s.organization) == ("leader", "Democratic Rally")


# -- "observer" is a title: "The chief observer of the EU mission, X," ------------------


def test_chief_observer_of_a_mission_is_a_title():
    text = (
        "The chief observer of the EU mission, Karl Lindqvist, said voting had been "
        "orderly and largely transparent.\n"
    )
    s = by_quote(text)["voting had been orderly and largely transparent"]
    assert (s.role, s.organization) == ("chief observer", "EU")


def test_guard_observers_stay_an_unnamed_group():
    # guard (passes before the fix): plural observers are a group, not a person's title
    text = "Election observers said the count was slow in the north.\n"
    s = by_quote(text)["the count was slow in the north"]
    assert (s.speaker, s.source) == (None, "Election observers")


# -- "Nance's colleague, senior investigator X": the named colleague's workplace ---------


def test_colleague_of_a_named_person_works_at_the_same_body():
    text = (
        "Paul Nance, an investigator at the Fenwater Trust, said the pumps had failed.\n\n"
        "Nance's colleague, senior investigator Ruth Okafor, told the court that one pump "
        "had been switched off by hand.\n\n"
        "Nance's colleague, Mark Obi, said the logs were lost.\n"
    )
    quotes = by_quote(text)
    s = quotes["one pump had been switched off by hand"]
    assert (s.role, s.organization) == ("senior investigator", "Fenwater Trust")
    s = quotes["the logs were lost"]
    assert (s.role, s.organization) == ("colleague", "Fenwater Trust")


# -- "Its founder, X" after a body that was the subject of the sentence before ----------


def test_its_officer_belongs_to_the_body_named_as_subject_before():
    text = (
        "Ferris Lake Foods Inc. named a new leader on Monday. The company said sales fell.\n\n"
        "The Ostry Mariners Guild backed the strike. Its founder and president, Carl Moen, "
        "said the boats would stay in port.\n"
    )
    s = by_quote(text)["the boats would stay in port"]
    assert (s.role, s.organization) == ("founder and president", "Ostry Mariners Guild")


def test_guard_its_officer_after_the_company_spoke():
    # guard (passes before the fix): "The company said …. Its chief executive, X,"
    text = (
        "Ferris Lake Foods Inc. lost a court case on Monday. The company said it would "
        "appeal. Its chief executive, Dana Morrell, said the ruling was wrong.\n"
    )
    s = by_quote(text)["the ruling was wrong"]
    assert s.organization == "Ferris Lake Foods Inc."
