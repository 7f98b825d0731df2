"""Probe round 15, open speaker cases: invented news sentences whose speakers other
helpers found wrong this round and left open (a university campus after a comma, ...)."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_a_university_campus_after_a_comma_is_no_speaker():
    got = by_quote(
        "Legal scholar Maria Chen of the University of California, Davis, said the "
        "regulations would face a court challenge within months."
    )
    st = got["the regulations would face a court challenge within months"]
    assert st.speaker == "Maria Chen"
    assert st.organization == "University of California"
    got = by_quote(
        "Professor Ann Lee of the University of Wisconsin, Madison, told reporters the "
        "cuts were unfair."
    )
    assert got["the cuts were unfair"].speaker == "Ann Lee"


def test_a_name_aside_after_a_university_still_speaks():
    # guard: "ROLE of the University of X, NAME, said" keeps the named aside
    got = by_quote(
        "A professor at the University of Denver, Carla Ruiz, said the study was flawed."
    )
    assert got["the study was flawed"].speaker == "Carla Ruiz"


def test_a_first_name_before_a_known_company_word_is_a_person():
    text = (
        "The audit found the agency had overspent. Tom Rasmussen, the office's deputy "
        "director, said the shortfall would be covered by reserves. Rasmussen added that "
        "no jobs would be cut."
    )
    got = by_quote(text)
    st = got["the shortfall would be covered by reserves"]
    assert (st.speaker, st.speaker_type, st.role) == ("Tom Rasmussen", "person", "deputy director")
    st = got["no jobs would be cut"]
    assert (st.speaker, st.speaker_type) == ("Tom Rasmussen", "person")
    st = by_quote("Michael Bloomberg said the plan was sound.")["the plan was sound"]
    assert (st.speaker, st.speaker_type) == ("Michael Bloomberg", "person")


def test_a_known_pollster_alone_stays_an_organisation():
    # guard: with no person of that surname the word is the company
    for text in (
        "Rasmussen said the poll was accurate.",
        "A Rasmussen poll found the race was tied.",
    ):
        st = extract(text)[0]
        assert (st.speaker, st.speaker_type) == ("Rasmussen", "organization"), text


def test_a_described_body_whose_name_reads_as_no_name():
    got = by_quote(
        "Mark Ellis of the campaign group Clean Air Now said the project would worsen "
        "pollution in poorer neighbourhoods."
    )
    st = got["the project would worsen pollution in poorer neighbourhoods"]
    assert (st.speaker, st.organization) == ("Mark Ellis", "Clean Air Now")
    got = by_quote("The campaign group Clean Air Now said the project would worsen pollution.")
    st = got["the project would worsen pollution"]
    assert (st.speaker, st.speaker_type) == ("Clean Air Now", "organization")


def test_an_unnamed_described_body_stays_unnamed():
    # guard: no name after the description
    st = extract("The campaign group said the project would worsen pollution.")[0]
    assert st.speaker is None and st.source == "The campaign group"


def test_a_diocese_named_after_its_cities_speaks():
    got = by_quote(
        "ST. PAUL, Minn. (AP) — The Archdiocese of St. Paul and Minneapolis said Tuesday "
        "it would sell three church properties to pay legal settlements."
    )
    st = got["it would sell three church properties to pay legal settlements"]
    assert (st.speaker, st.speaker_type) == (
        "Archdiocese of St. Paul and Minneapolis",
        "organization",
    )
    st = extract("The Diocese of Boston said it would close two schools.")[0]
    assert (st.speaker, st.speaker_type) == ("Diocese of Boston", "organization")


def test_a_bishop_of_a_diocese_still_speaks():
    # guard: the person before "of the Diocese" speaks, the diocese kept
    st = extract("Bishop Ann Cole of the Diocese of Dallas said it would sell the land.")[0]
    assert (st.speaker, st.organization) == ("Ann Cole", "Diocese of Dallas")


def test_an_unnamed_officer_of_a_body_described_without_the():
    got = by_quote(
        "Drivers protested outside the headquarters on Monday. The chief executive of "
        "ride-hailing company Zoomly said the new pay scheme was fair to drivers."
    )
    st = got["the new pay scheme was fair to drivers"]
    assert (st.speaker, st.organization) == (None, "Zoomly")
    assert st.source == "The chief executive of ride-hailing company Zoomly"


def test_a_named_person_of_a_body_described_without_the():
    # guard: a person before "of ride-hailing company Zoomly" still speaks
    st = extract("Ann Roe of software company Zoomly said the scheme was fair.")[0]
    assert (st.speaker, st.organization) == ("Ann Roe", "Zoomly")


def test_dean_before_one_surname_is_a_first_name():
    got = by_quote(
        "The swimmer broke the world record on Saturday. Her coach, Dean Boxall, said she "
        "had trained harder than ever this year."
    )
    st = got["she had trained harder than ever this year"]
    assert (st.speaker, st.role) == ("Dean Boxall", "coach")
    st = extract('"She trained hard," said Dean Boxall, her coach.')[0]
    assert (st.speaker, st.role) == ("Dean Boxall", "coach")


def test_dean_before_a_full_name_stays_a_title():
    # guard: "Dean Ann Roe", "the school's Dean Roe": the title
    st = extract("Dean Ann Roe said the policy was fair.")[0]
    assert (st.speaker, st.role) == ("Ann Roe", "Dean")
    st = extract("The law school's Dean Roe said the policy was fair.")[0]
    assert st.speaker == "Roe"


def test_a_known_body_whose_name_ends_in_a_mark():
    got = by_quote(
        "Energy prices are set to rise again in April. Consumer group Which? said "
        "households should check whether they could switch to a cheaper tariff."
    )
    st = got["households should check whether they could switch to a cheaper tariff"]
    assert (st.speaker, st.speaker_type) == ("Which?", "organization")
    st = extract("Yahoo! said it would cut 500 jobs.")[0]
    assert (st.speaker, st.speaker_type) == ("Yahoo!", "organization")


def test_a_question_before_said_is_still_a_quote():
    # guard: a quoted question before "said NAME" is unchanged
    st = extract('"Is it fair?" said Ann Roe.')[0]
    assert (st.kind, st.speaker) == ("direct", "Ann Roe")


def test_her_office_is_the_named_holders_office():
    got = by_quote(
        "The council passed the housing measure 7-2 on Tuesday. Mayor Dana Hill is expected "
        "to sign the bill, her office said."
    )
    st = got["Mayor Dana Hill is expected to sign the bill"]
    assert (st.speaker, st.source, st.organization) == (None, "her office", "Dana Hill's office")
    st = extract("Sen. Tom Reed will vote no, his office said.")[0]
    assert (st.speaker, st.organization) == (None, "Tom Reed's office")


def test_her_office_with_no_holder_named_stays_bare():
    # guard: no one named in the paragraph, or only someone of the other gender
    for text in (
        "The bill passed on Tuesday. Her office said the signing would be on Friday.",
        "Sen. Tom Reed will vote no, her office said.",
    ):
        st = extract(text)[0]
        assert (st.speaker, st.organization) == (None, None), text
