"""Probe round 16, recall / ransomware / ferry / cull / riot stories: invented wire copy
(a drug recall, a hospital ransomware attack, a ferry capsize, a bird-flu cull, a prison
riot) read as an editor would; each test failed before its rule."""

from quote_lookup import by_quote


def test_an_unnamed_worker_at_a_place_in_a_town_is_no_person_named_like_the_town():
    got = by_quote(
        "A nurse at the group's flagship hospital in Murfreesboro, who spoke on condition "
        "of anonymity, said staff were writing medication orders by hand."
    )
    assert got["staff were writing medication orders by hand"].speaker is None
    got = by_quote("An official at the prison in Itaugua said the inmates set fires.")
    assert got["the inmates set fires"].speaker is None
    # guard: a named nurse at the same place is still the speaker
    got = by_quote(
        "Dr. Ann Lee, a nurse at the hospital in Murfreesboro, said staff were exhausted."
    )
    assert got["staff were exhausted"].speaker == "Ann Lee"


def test_a_he_after_a_person_kept_unnamed_on_purpose_is_that_person():
    text = (
        "Its poultry board chairman, Tom Whitmore, said compensation rules needed to "
        "change.\n\n"
        "Another farmer, who asked not to be named, said morale in the industry was 'at rock "
        "bottom'. He said: 'Every winter now we wait for the phone call.'\n"
    )
    assert by_quote(text)["Every winter now we wait for the phone call."].speaker is None
    text = (
        "Relatives waited outside the jail. Tomas Vera said his brother was inside.\n\n"
        "A prison official, speaking on condition of anonymity, said guards had warned of "
        "an attack. “We were ignored for weeks,” he said.\n"
    )
    assert by_quote(text)["We were ignored for weeks,"].speaker is None
    # guard: a "he" after an unnamed woman is still the man named before her
    text = (
        "Mayor Tom Hale said on Monday that the budget was balanced.\n\n"
        "At a forum, a questioner, who asked not to be named, said her street had flooded "
        "twice. “You are right to be angry,” he said.\n"
    )
    assert by_quote(text)["You are right to be angry,"].speaker == "Tom Hale"


def test_a_care_provider_named_with_health_or_medical_speaks():
    got = by_quote(
        "Cumberland Valley Health, which runs six hospitals across the state, said its "
        "computer systems were shut down early Monday. Harlow Medical said its clinics "
        "were closed."
    )
    st = got["its computer systems were shut down early Monday"]
    assert (st.speaker, st.speaker_type) == ("Cumberland Valley Health", "organization")
    assert got["its clinics were closed"].speaker == "Harlow Medical"
    # guard: a health minister is still a person with a title
    got = by_quote("Health Minister Ann Roe said the clinics would reopen.")
    assert got["the clinics would reopen"].speaker == "Ann Roe"


def test_a_shipping_line_named_seaways_or_ferries_is_the_company():
    text = (
        "The ferry's operator, Visayan Seaways, said the vessel had been cleared to sail. "
        "“Our captain followed all procedures,” the company said in a statement.\n"
    )
    got = by_quote(text)
    st = got["the vessel had been cleared to sail"]
    assert (st.speaker, st.speaker_type) == ("Visayan Seaways", "organization")
    assert got["Our captain followed all procedures,"].speaker == "Visayan Seaways"
    got = by_quote(
        "Corran Ferries said sailings were cancelled. The company said fares would be refunded."
    )
    assert got["fares would be refunded"].speaker == "Corran Ferries"


def test_a_philippine_cabinet_secretary_is_no_us_official():
    text = (
        "MANILA, Philippines (AP) — A passenger ferry capsized off the central Philippines "
        "on Sunday, the coast guard said.\n\n"
        "Transportation Secretary Manuel Ocampo said overloading would be investigated.\n"
    )
    assert by_quote(text)["overloading would be investigated"].country == "PH"
    # guard: the same office under a U.S. dateline is still the U.S.'s
    text = "WASHINGTON (AP) — Transportation Secretary Ann Roe said fares would rise.\n"
    assert by_quote(text)["fares would rise"].country == "US"


def test_a_commodore_is_a_rank_not_a_first_name():
    text = (
        "“The waves were very high,” coast guard spokesman Commodore Ramon Villaruz told "
        "reporters.\n"
    )
    assert by_quote(text)["The waves were very high,"].speaker == "Ramon Villaruz"
