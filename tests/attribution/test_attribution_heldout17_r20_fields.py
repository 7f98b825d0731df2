"""Round 20, the retired held-out set 17's role and organisation error classes: each rule
is tested on invented stories (none of that set's sentences, names or topics). Each test
failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def _levee_story() -> str:
    return (
        "Levee breach floods farmland along the Tallow\n\n"
        "GRANBY, Mo. (AP) — A levee on the Tallow River gave way on Sunday and flooded "
        "some 9,000 acres of soybeans, according to the U.S. Army Corps of Engineers.\n\n"
        "“We will have pumps running by tonight,” Col. Ruth Banner, commander of the "
        "Corps’ Memphis District, told reporters. “After that it is up to the weather.”\n\n"
        "A Corps spokeswoman, Tina Marsh, denied that the levee had been neglected.\n\n"
        "Gil Ferrand, director of Tallow County Ambulance, said two roads to the hospital "
        "were closed.\n\n"
        "“We raised the sluice by hand twice last night,” the lockmaster, Howard Tibbs, "
        "said.\n"
    )


def test_a_lone_head_word_is_the_body_named_in_full_before():
    got = by_quote(_levee_story())
    assert got["We will have pumps running by tonight,"].speaker == "Ruth Banner"
    assert got["We will have pumps running by tonight,"].organization == (
        "U.S. Army Corps of Engineers"
    )
    assert got["the levee had been neglected"].speaker == "Tina Marsh"
    assert got["the levee had been neglected"].role == "spokeswoman"
    assert got["the levee had been neglected"].organization == "U.S. Army Corps of Engineers"


def test_an_ambulance_service_is_a_body():
    got = by_quote(_levee_story())
    st = got["two roads to the hospital were closed"]
    assert st.speaker == "Gil Ferrand"
    assert st.role == "director"
    assert st.organization == "Tallow County Ambulance"


def test_a_lockmaster_and_a_harbourmaster_are_titles():
    got = by_quote(_levee_story())
    assert got["We raised the sluice by hand twice last night,"].speaker == "Howard Tibbs"
    assert got["We raised the sluice by hand twice last night,"].role == "lockmaster"
    text = (
        "Ferry timetable cut for winter\n\n"
        "The harbourmaster, Gwen Pollard, said the ferry to Skerrow would run only twice a "
        "day until the spring.\n"
    )
    st = by_quote(text)["the ferry to Skerrow would run only twice a day until the spring"]
    assert st.speaker == "Gwen Pollard"
    assert st.role == "harbourmaster"


def test_a_head_word_that_is_a_body_of_its_own_stays():
    # guard: "Senate" is a body of its own, not the one "… Senate" named before
    text = (
        "Statehouse vote on road tax slips again\n\n"
        "The measure, which passed the U.S. Senate in a different form last year, faces a "
        "close vote in the state capital.\n\n"
        "Senate Majority Leader Ray Okafor said the chamber would vote on Thursday.\n"
    )
    st = by_quote(text)["the chamber would vote on Thursday"]
    assert st.speaker == "Ray Okafor"
    assert st.organization != "U.S. Senate"


def _mill_story() -> str:
    return (
        "Steelworks to shut rolling mill\n\n"
        "Riverbend Steel said on Monday it would close its rolling mill in Ashby, putting "
        "300 jobs at risk.\n\n"
        "'I thought this job would keep my kids here,' said Marta Hale, 31, a welding "
        "technician who joined Riverbend Steel last year.\n\n"
        "'We are short of staff every night,' said Ivo Brandt, a crane driver who has worked "
        "at Ashby for 12 years.\n"
    )


def test_the_company_a_person_joined_is_their_organisation():
    st = by_quote(_mill_story())["I thought this job would keep my kids here,"]
    assert st.speaker == "Marta Hale"
    assert st.role == "welding technician"
    assert st.organization == "Riverbend Steel"


def test_a_place_a_person_has_worked_at_is_biography():
    # guard: "who has worked at X for N years" names no employer (the earlier golds)
    st = by_quote(_mill_story())["We are short of staff every night,"]
    assert st.speaker == "Ivo Brandt"
    assert st.organization is None


def test_one_of_a_plural_title_is_that_title():
    text = (
        "Clinic stops night deliveries\n\n"
        "Harlow Valley Clinic said on Monday it would stop night deliveries from June.\n\n"
        "Dr. Nadia Forsyth, one of the clinic's three midwives, said she would keep seeing "
        "patients by day.\n\n"
        "Tom Reyes, one of two paramedics on duty, said the nearest hospital was an hour "
        "away.\n"
    )
    got = by_quote(text)
    assert got["she would keep seeing patients by day"].speaker == "Nadia Forsyth"
    assert got["she would keep seeing patients by day"].role == "midwife"
    assert got["the nearest hospital was an hour away"].role == "paramedic"


def test_one_of_the_members_keeps_the_title():
    # guard: membership is no office ("Rep. X, one of the members of …" stays Representative)
    text = (
        "Caucus splits over farm bill\n\n"
        "Rep. Dwight Oyelaran, one of the members of the farm caucus, said the bill would "
        "pass in the fall.\n"
    )
    st = by_quote(text)["the bill would pass in the fall"]
    assert st.speaker == "Dwight Oyelaran"
    assert st.role != "member"
