"""Round 25, probe r25f's training errors (r25-probef): general classes of news usage in
crime, court and emergency copy from wire services, each tested with invented copy only
(no sentence or name of the probe)."""

from quote_lookup import by_quote


def test_a_national_agency_in_brackets_places_an_unknown_dateline():
    # "TOWN, Month Day (Bernama) --": a town the lexicons do not know, the agency's country
    got = by_quote(
        "Landslide blocks highway\n\n"
        "SUNGAI RAYA, Dec 2 (Bernama) -- A landslide blocked the main road to the coast, "
        "the Malaysian Highway Authority said.\n\n"
        "Lorry driver Azlan Rosli said he had waited nine hours.\n"
    )
    assert got["A landslide blocked the main road to the coast"].country == "MY"
    assert got["he had waited nine hours"].country == "MY"


def test_a_compound_given_name_on_second_reference_is_the_full_name():
    # Malay (and Arabic or Spanish compound) given names shorten to the given names
    got = by_quote(
        "Dam level rises\n\n"
        "State water board chairman Ahmad Faizal Rosli said the dam was safe.\n\n"
        "Nurul Huda Kamal said her village had no water.\n\n"
        "Ahmad Faizal said the gates would open on Friday.\n"
    )
    assert got["the gates would open on Friday"].speaker == "Ahmad Faizal Rosli"
    assert got["her village had no water"].speaker == "Nurul Huda Kamal"


def test_a_malaysian_honorific_is_no_part_of_the_name_or_role():
    got = by_quote(
        "Ministry opens shelters\n\n"
        "Rural Development Minister Datuk Seri Hamdan Yaakob said 40 shelters had opened.\n\n"
        "Hamdan said more would follow.\n"
    )
    first = got["40 shelters had opened"]
    assert first.speaker == "Hamdan Yaakob"
    assert first.role == "Rural Development Minister"
    assert got["more would follow"].speaker == "Hamdan Yaakob"


def test_a_blended_short_name_in_brackets_speaks_under_the_full_name():
    # decision 2 for a short name of clipped words ("MetService"), not only initials
    got = by_quote(
        "Storm warning\n\n"
        "The Fictional Weather Office (WeatherFictional) warned that gales would hit the "
        "coast.\n\n"
        "WeatherFictional said the worst would pass by Sunday.\n"
    )
    assert got["the worst would pass by Sunday"].speaker == "Fictional Weather Office"


def test_british_police_ranks_without_points_are_titles():
    # PA style: "Det Supt X", "Det Insp X" (no full stops) on second reference
    got = by_quote(
        "Man arrested after stabbing\n\n"
        "Detective Inspector Laura Penhale said a man had been arrested.\n\n"
        "A neighbour said she had heard shouting.\n\n"
        "Det Insp Penhale said the victim was stable.\n"
    )
    second = got["the victim was stable"]
    assert second.speaker == "Laura Penhale"
    assert second.role == "Detective Inspector"


def test_of_a_named_body_after_the_name_is_the_organisation():
    # "X, of Devon and Cornwall Police," without "the"; "X, of Truro," is a home town
    got = by_quote(
        "Crash closes road\n\n"
        "Sergeant Tom Kellow, of Westmoor Police, said the road would reopen at noon.\n\n"
        "Jenny Hocking, of Truro, said she had been stuck for an hour.\n"
    )
    assert got["the road would reopen at noon"].organization == "Westmoor Police"
    assert got["she had been stuck for an hour"].organization is None


def test_the_force_is_the_one_police_force_far_below_its_name():
    got = by_quote(
        "Two held after raid\n\n"
        "Officers raided a flat in the town centre, Westmoor Police said.\n\n"
        "Neighbours said they had heard doors being broken.\n\n"
        "One resident said the flat had been empty for weeks.\n\n"
        "Another said she had seen vans outside.\n\n"
        "A shopkeeper said trade had been slow.\n\n"
        "Two men were later charged, the force said.\n\n"
        "Ruth Blake, the force's district commander, said patrols would continue.\n"
    )
    assert got["Two men were later charged"].speaker == "Westmoor Police"
    assert got["patrols would continue"].organization == "Westmoor Police"


def test_a_noun_spelt_like_an_adverb_opens_the_reported_clause():
    got = by_quote(
        "Power cut\n\n"
        "The utility said supply would return by the evening.\n\n"
        "The mayor said family members could stay at the school.\n"
    )
    assert "supply would return by the evening" in got
    assert "family members could stay at the school" in got


def test_a_reason_clause_inside_an_anonymity_aside_does_not_speak():
    got = by_quote(
        "Prison staffing questioned\n\n"
        "Harrow Secure Services did not return calls.\n\n"
        "A guard at the prison, speaking on condition of anonymity because she feared "
        "for her job, said night shifts were often left with one officer.\n"
    )
    s = got["night shifts were often left with one officer"]
    assert s.speaker is None
    assert s.source == "A guard at the prison"


def test_a_past_but_clause_after_a_present_cue_is_reported():
    # "The suit says A but did not B": the speaker's act would be "does not"
    got = by_quote(
        "Tenants sue landlord\n\n"
        "The suit says the landlord knew of the mould but did not repair the flats for "
        "two years.\n\n"
        "The company says it fixed the roof but did not elaborate.\n"
    )
    assert "the landlord knew of the mould but did not repair the flats for two years" in got
    assert "it fixed the roof" in got


def test_a_person_of_a_firm_described_with_its_city_speaks():
    got = by_quote(
        "Appeal filed\n\n"
        "Marta Kovac of the Denver firm Kovac Lund said the ruling would be appealed.\n"
    )
    s = got["the ruling would be appealed"]
    assert s.speaker == "Marta Kovac"
    assert s.organization == "Kovac Lund"


def test_a_lower_case_occupation_after_a_fronted_place_is_the_title():
    got = by_quote(
        "Village cut off\n\n"
        "At the shelter in Port Keld, cloth weaver Rosnah Idris said the water rose "
        "overnight.\n"
    )
    s = got["the water rose overnight"]
    assert s.speaker == "Rosnah Idris"
    assert s.role == "cloth weaver"


def test_a_shorter_name_introduced_with_a_description_is_another_person():
    # "Mei Ling, the founder who …" is not "Mei Ling Hartono Wibisono" (an elder's name)
    got = by_quote(
        "Firm marks centenary\n\n"
        "Chairwoman Mei Ling Hartono Wibisono said the firm would open a museum.\n\n"
        'Mei Ling, the founder who started the firm in 1925, once said: "Work is prayer."\n'
    )
    assert got["the firm would open a museum"].speaker == "Mei Ling Hartono Wibisono"
    assert got["Work is prayer."].speaker != "Mei Ling Hartono Wibisono"


def test_a_body_after_of_and_a_comma_is_the_one_force():
    # "X, of Westmoor Police," is no second body "of Westmoor Police" beside the force
    got = by_quote(
        "Teenager stabbed\n\n"
        "Inspector Alan Frear, of Westmoor Police, said a boy had been taken to hospital.\n\n"
        "A 17-year-old was later arrested, the force said.\n"
    )
    assert got["A 17-year-old was later arrested"].speaker == "Westmoor Police"


def test_a_body_whose_last_word_is_an_organisation_head_is_no_person():
    # "Harrow Secure Health did not respond": "Harrow Secure" is no woman for a later "she"
    got = by_quote(
        "Inmate death\n\n"
        "Harrow Secure Health did not respond to a request for comment.\n\n"
        "A guard said the night shift was short.\n\n"
        '"Nobody came for hours," she said.\n'
    )
    assert got["Nobody came for hours,"].speaker is None
