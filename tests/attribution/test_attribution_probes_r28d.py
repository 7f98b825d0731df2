"""Round 28, probe r28d's training errors (r28-d): datelines and house formats of
non-English outlets' English editions (an agency's `CITY, Country (AA) –` dateline with
the country's full name, Indian copy's age before a name after a fronted village, a
remit in brackets after a title), each tested with invented copy only (no sentence of
the probe)."""

from quote_lookup import by_quote


def test_a_dateline_with_a_countrys_full_name_places_the_local_voices():
    text = (
        "Aid convoy reaches flooded valley\n\n"
        "Lejla Mahmutovic   | 03.02.2027 - Update : 03.02.2027\n\n"
        "TUZLA, Bosnia and Herzegovina (AA) – Aid trucks reached the flooded Spreca valley "
        "on Wednesday.\n\n"
        "Mayor Edin Salihovic said 300 homes had been flooded in the town.\n"
    )
    got = by_quote(text)
    assert got["300 homes had been flooded in the town"].country == "BA"


def test_an_official_long_form_of_a_country_in_a_dateline():
    text = (
        "BAUCAU, Timor-Leste (AA) – Rescue teams reached two villages on Friday.\n\n"
        "The district administrator, Joana Belo, said the road had been cleared.\n"
    )
    got = by_quote(text)
    assert got["the road had been cleared"].country == "TL"


def test_an_age_before_the_name_after_a_fronted_village_is_no_speaker():
    text = (
        "In Hebbal, 58-year-old Ramesh Patil, who grows sugarcane on six acres, said the "
        "canal had been dry since March.\n"
    )
    got = by_quote(text)
    assert got["the canal had been dry since March"].speaker == "Ramesh Patil"


def test_a_remit_in_brackets_after_a_title_keeps_the_appositive():
    text = (
        "Park Min-ho, vice-president (overseas sales) of Daejin Motors, who met the state's "
        "transport minister on Tuesday, said the company would hire 800 workers.\n\n"
        "Anand Rao, additional chief secretary (home), said police had been told to stay "
        "back.\n"
    )
    got = by_quote(text)
    hire = got["the company would hire 800 workers"]
    assert hire.speaker == "Park Min-ho"
    assert hire.role == "vice-president"
    assert hire.organization == "Daejin Motors"
    assert got["police had been told to stay back"].speaker == "Anand Rao"
