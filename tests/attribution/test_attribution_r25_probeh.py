"""Round 25, probe r25h's training errors (r25-probeh): structured news formats (a
reaction roundup's upper-case speaker lines, bodies called "the governing body", a
jurisdiction after a title), each tested with invented copy only (no sentence of the
probe)."""

from quote_lookup import by_quote

from articles.attribution.text import working_text

ROUNDUP = (
    "REACTION-Harbour city wins bid to host sailing regatta\n\n"
    "LISBON, May 3 - The International Rowing Council on Friday chose Porto for the "
    "2030 regatta.\n\n"
    "The governing body said the bid had been the strongest and that the harbour would be "
    "dredged before the event.\n\n"
    "Following is reaction from officials and sailors:\n\n"
    "TIAGO FERRAZ, DIRECTOR OF THE PORTO SAILING FEDERATION\n\n"
    '"This is a great day for the city. We have waited twenty years for it.\n\n'
    '"Now the real work begins."\n\n'
    "HELGA MARSTRAND, DANISH SWIMMER, ON INSTAGRAM\n\n"
    '"I learnt to swim in Porto as a girl. See you all there."\n\n'
    "RUI AZEVEDO, MAYOR OF OPORTO DISTRICT\n\n"
    "Azevedo told reporters that the city would open a new marina.\n\n"
    '"We will be ready," he said.\n\n'
    "INES CARVALHO, ECONOMIST AT THE UNIVERSITY OF PORTO\n\n"
    "Carvalho said nobody had published the regatta's budget.\n\n"
    "THE PORTO SAILING FEDERATION, IN A STATEMENT\n\n"
    "The body said entries would open in 2028.\n"
)


def test_upper_case_speaker_lines_read_in_the_bodys_case():
    work = working_text(ROUNDUP)
    assert len(work) == len(ROUNDUP)
    assert "Tiago Ferraz, director of the Porto Sailing Federation\n" in work
    assert "Helga Marstrand, Danish swimmer, on Instagram\n" in work
    assert "Ines Carvalho, economist at the University of Porto\n" in work
    # the headline and the prose are left as written
    assert work.startswith("REACTION-Harbour city wins bid")
    assert "LISBON, May 3 - The International Rowing Council" in work


def test_a_quote_under_an_upper_case_speaker_line_is_that_persons():
    got = by_quote(ROUNDUP)
    first = got["This is a great day for the city. We have waited twenty years for it."]
    assert first.speaker == "Tiago Ferraz"
    assert first.role == "director"
    assert first.organization == "Porto Sailing Federation"
    # the quote running over two paragraphs goes on with him
    assert got["Now the real work begins."].speaker == "Tiago Ferraz"
    post = got["I learnt to swim in Porto as a girl. See you all there."]
    assert post.speaker == "Helga Marstrand"
    assert post.role == "swimmer"
    assert post.country == "DK"


def test_a_speaker_line_gives_its_title_to_the_prose_after_it():
    got = by_quote(ROUNDUP)
    st = got["nobody had published the regatta's budget"]
    assert st.speaker == "Ines Carvalho"
    assert st.role == "economist"
    # the body's name ends with its line: no run into the next paragraph's name
    assert st.organization == "University of Porto"


def test_a_jurisdiction_after_of_leaves_the_office_only():
    got = by_quote(
        "NAIROBI, June 2 - Paul Mwangi, governor of Kisumu County, said the county "
        "would open two clinics.\n"
    )
    assert got["the county would open two clinics"].role == "governor"
    got = by_quote(ROUNDUP)
    assert got["the city would open a new marina"].speaker == "Rui Azevedo"
    assert got["the city would open a new marina"].role == "mayor"


def test_the_governing_body_is_the_one_body_named_before():
    got = by_quote(ROUNDUP)
    for quote in (
        "the bid had been the strongest and that the harbour would be dredged before the event",
        "entries would open in 2028",
    ):
        assert got[quote].speaker in {
            "International Rowing Council",
            "Porto Sailing Federation",
        }
    assert got["entries would open in 2028"].speaker == "Porto Sailing Federation"
    got = by_quote(
        "Rowing crew banned\n\n"
        "LONDON - The Halden Rowing Association banned the crew on Monday.\n\n"
        "The body said the crew had broken its rules.\n"
    )
    assert got["the crew had broken its rules"].speaker == "Halden Rowing Association"


def test_a_body_found_dead_never_speaks():
    got = by_quote(
        "DENVER (AP) - Police found a man dead on Tuesday.\n\n"
        "The body showed signs of a struggle, police said.\n"
    )
    assert not any(
        st.speaker_type == "organization" and st.source == "The body" for st in got.values()
    )


def test_a_readers_email_after_a_colon_paragraph_is_theirs():
    got = by_quote(
        "Floods live: river peaks in York\n\n"
        "14.10 GMT\n\n"
        "A reader, Tom Hale from Bristol, who is staying in York this week, emails:\n\n"
        '"The water is up to the benches by the river. Nobody is out walking."\n'
    )
    st = got["The water is up to the benches by the river. Nobody is out walking."]
    assert st.speaker == "Tom Hale"
    assert st.country == "GB"  # the place of origin after the name


def test_a_person_from_a_place_speaks_not_the_place():
    got = by_quote("Flood warning\n\nAnna Berg from Stockholm said the bridge had closed.\n")
    st = got["the bridge had closed"]
    assert st.speaker == "Anna Berg"
    assert st.speaker_type == "person"
    assert st.country == "SE"


def test_email_after_a_preposition_is_the_medium():
    got = by_quote('Row\n\nProfessor Ann Hale responded by email: "He is wrong."\n')
    assert set(got) == {"He is wrong."}
    assert got["He is wrong."].speaker == "Ann Hale"


def test_a_demonym_before_a_namesake_body_gives_its_country():
    got = by_quote(
        "Storm warning\n\n"
        "The Irish Met Office said the storm would reach Galway by noon.\n\n"
        "Siobhan Daly, a forecaster at the Irish Met Office, said gusts could top 120km/h.\n"
    )
    assert got["the storm would reach Galway by noon"].country == "IE"
    assert got["gusts could top 120km/h"].country == "IE"
    got = by_quote("Storm warning\n\nThe Met Office said the storm would reach Devon.\n")
    assert got["the storm would reach Devon"].country == "GB"


def test_a_preposed_title_with_a_body_named_with_and():
    got = by_quote(
        "Floods\n\n"
        "The head of the Office of Roads and Emergency Planning, Pieter Smit, visited the "
        "dam on Monday.\n\n"
        "He said the walls were holding.\n"
    )
    st = got["the walls were holding"]
    assert st.speaker == "Pieter Smit"
    assert st.role == "head"
    assert st.organization == "Office of Roads and Emergency Planning"


def test_a_lone_surname_label_with_its_medium_after_the_full_name():
    got = by_quote(
        "REACTION-Porto wins regatta vote\n\n"
        "OLIVIA HART, CHIEF EXECUTIVE OF PERTH'S BID\n\n"
        'Hart, in a statement: "We congratulate Porto and will bid again."\n\n'
        "Other reaction\n\n"
        'Ann Lee, on Instagram: "So proud of my city."\n'
    )
    st = got["We congratulate Porto and will bid again."]
    assert st.speaker == "Olivia Hart"
    assert st.role == "chief executive"
    assert got["So proud of my city."].speaker == "Ann Lee"
    # a surname nobody was named with stays no label
    got = by_quote('Reaction\n\nHart, in a statement: "We congratulate Porto."\n')
    assert got["We congratulate Porto."].speaker is None


def test_a_name_written_after_the_is_a_business_or_a_place():
    got = by_quote(
        "Spa closes\n\nThe Silver Fjord said it had closed and moved its guests to hotels.\n"
    )
    st = got["it had closed and moved its guests to hotels"]
    assert st.speaker == "Silver Fjord"
    assert st.speaker_type == "organization"
    assert st.organization == "Silver Fjord"
    got = by_quote("Church\n\nThe Rev. John Marsh said the hall would reopen.\n")
    assert got["the hall would reopen"].speaker_type == "person"


def test_a_body_after_its_role_noun_closes_the_content():
    got = by_quote(
        "Bus cuts\n\nThe coastal route will close in May, its operator, Brellan, said.\n"
    )
    st = got["The coastal route will close in May"]
    assert st.speaker == "Brellan"
    assert st.speaker_type == "organization"


def test_a_bulleted_list_after_according_to_a_document():
    got = by_quote(
        "Parking permits explained\n\n"
        "The Harlow Borough Council set the new permit rules in March.\n\n"
        "Who is exempt?\n\n"
        "A few drivers. According to the council's guidance:\n\n"
        "- Blue badge holders do not pay for a permit.\n"
        "- Carers visiting a patient can park free for two hours.\n\n"
        "What happens next?\n\n"
        "Permits go on sale in May.\n"
    )
    for quote in (
        "Blue badge holders do not pay for a permit",
        "Carers visiting a patient can park free for two hours",
    ):
        assert got[quote].kind == "indirect"
        assert got[quote].organization == "Harlow Borough Council"
        assert got[quote].speaker == "Harlow Borough Council"
    assert "Permits go on sale in May" not in got


def test_a_list_item_with_its_own_cue_speaks_for_itself():
    got = by_quote(
        "Budget explained\n\n"
        "According to the plan:\n\n"
        "- Mayor Ann Lee said the rates would stay the same.\n"
    )
    assert got["the rates would stay the same"].speaker == "Ann Lee"
    assert len(got) == 1


def test_the_council_is_a_local_body_named_city_of_place_council():
    got = by_quote(
        "Parking charges\n\n"
        "The City of Aberdeen Council approved the charges on Tuesday.\n\n"
        "The council's transport convener, Moira Grant, said the money would fund buses.\n"
    )
    st = got["the money would fund buses"]
    assert st.speaker == "Moira Grant"
    assert st.organization == "City of Aberdeen Council"
