"""Round 31, probe r31d's training errors (r31-d): ranks, titles and honorifics across
countries and the role / organisation / country they give. Styles that are no part of a
name (`Ratu`, `Tan Sri`, `Canon`, `Coun`, `Asst Comm`); a chamber's leader or whip has no
organisation; a fleet, a mosque, a synagogue and a gurdwara are bodies; British senior
police ranks serve the story's one force, also written `of <Force>'s <unit>`; a rank gives
way to an office in an appositive (`Brig. Gen. X, a spokesman for Y`), also after a party
tag (`Sen. X, D-Hawaii, the ranking member of Y`); `Air Vice-Marshal` is a rank; a retired
post does not replace a held title; a metropolitan area's possessive is no body. Invented
copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_malaysian_and_fijian_styles_are_no_part_of_the_name():
    text = (
        "IPOH: Rescue teams reached the last cut-off village on Tuesday.\n\n"
        "Tan Sri Wong Kah Seng, the chairman of the Perak Red Crescent, said 800 families "
        "had been fed.\n\n"
        "Asst Comm Roslan Daud said two bridges were closed.\n\n"
        "Kinta district police chief Asst Comm Hafiz Omar said 40 roads were shut.\n\n"
        "Fijian envoy Ratu Isikeli Rabuka said his country would send nurses.\n"
    )
    got = by_quote(text)
    wong = got["800 families had been fed"]
    assert (wong.speaker, wong.role, wong.organization) == (
        "Wong Kah Seng",
        "chairman",
        "Perak Red Crescent",
    )
    roslan = got["two bridges were closed"]
    assert (roslan.speaker, roslan.role) == ("Roslan Daud", "Assistant Commissioner")
    # (a rank after an office is written like "Mr.": the office is the role)
    hafiz = got["40 roads were shut"]
    assert (hafiz.speaker, hafiz.role) == ("Hafiz Omar", "district police chief")
    assert got["his country would send nurses"].speaker == "Isikeli Rabuka"


def test_british_styles_coun_and_canon_are_no_part_of_the_name():
    text = (
        "Leeds City Council approved the budget on Wednesday.\n\n"
        "Coun Martha Reilly said the cuts had been avoided.\n\n"
        "The Rev Canon Peter Lyle said the food bank would stay open.\n"
    )
    got = by_quote(text)
    assert got["the cuts had been avoided"].speaker == "Martha Reilly"
    assert got["the food bank would stay open"].speaker == "Peter Lyle"


def test_a_chambers_leader_and_whip_have_no_organisation():
    text = (
        "WASHINGTON (AP) — The Senate adjourned on Thursday without a vote.\n\n"
        '"The Senate will return in June," the chamber\'s clerk said.\n\n'
        "Senate Majority Leader Donna Kray, R-Neb., said the bill would come back in June.\n\n"
        "Senate Minority Whip Luis Ortega, D-N.M., called for a second vote.\n"
    )
    got = by_quote(text)
    kray = got["the bill would come back in June"]
    assert (kray.role, kray.organization, kray.country) == ("Senate Majority Leader", None, "US")
    ortega = got["a second vote"]
    assert (ortega.role, ortega.organization) == ("Senate Minority Whip", None)


def test_a_fleet_after_a_rank_is_the_body_not_the_speaker():
    text = (
        "MANILA, Philippines — Two navies held joint drills off Luzon.\n\n"
        "Rear Adm. Joan Pruitt of the U.S. Seventh Fleet told reporters that the drills would "
        "run for ten days.\n"
    )
    got = by_quote(text)
    pruitt = got["the drills would run for ten days"]
    assert (pruitt.speaker, pruitt.role, pruitt.organization, pruitt.country) == (
        "Joan Pruitt",
        "Rear Admiral",
        "U.S. Seventh Fleet",
        "US",
    )


def test_places_of_worship_are_organisations():
    text = (
        "Hundreds gathered in Bradford for a vigil on Sunday.\n\n"
        "Rabbi Miriam Stein, of Bradford Reform Synagogue, said the community was shaken.\n\n"
        "Imam Tariq Aziz, of Leeds Grand Mosque, said the doors would stay open.\n\n"
        "Gurdwara Sahib Leeds president Jaspal Singh said meals were ready.\n"
    )
    got = by_quote(text)
    stein = got["the community was shaken"]
    assert (stein.role, stein.organization) == ("Rabbi", "Bradford Reform Synagogue")
    aziz = got["the doors would stay open"]
    assert (aziz.role, aziz.organization) == ("Imam", "Leeds Grand Mosque")
    singh = got["meals were ready"]
    assert (singh.role, singh.organization) == ("president", "Gurdwara Sahib Leeds")


def test_senior_police_ranks_serve_the_one_force_named():
    text = (
        "A former sergeant was jailed on Friday for taking bribes.\n\n"
        "Det Chief Supt Karen Holt, of West Yorkshire Police's professional standards "
        "department, said the inquiry had taken three years.\n\n"
        "Chief Constable Sir David Penrose said the force had learned from the case.\n\n"
        "Deputy Chief Constable Amir Shah said the rules had been tightened.\n"
    )
    got = by_quote(text)
    assert got["the inquiry had taken three years"].organization == "West Yorkshire Police"
    penrose = got["the force had learned from the case"]
    assert (penrose.speaker, penrose.role, penrose.organization) == (
        "David Penrose",
        "Chief Constable",
        "West Yorkshire Police",
    )
    assert got["the rules had been tightened"].organization == "West Yorkshire Police"


def test_a_general_gives_way_to_the_office_in_the_appositive():
    text = (
        "TOKYO — The exercise ended a day early.\n\n"
        "Army Brig. Gen. Dale Moreno, a spokesman for U.S. Central Command, said the last "
        "drill had been cancelled.\n\n"
        "Air Vice-Marshal Neil Barker of the Royal Air Force said the jets had flown home.\n"
    )
    got = by_quote(text)
    moreno = got["the last drill had been cancelled"]
    assert (moreno.role, moreno.organization) == ("spokesman", "U.S. Central Command")
    assert got["the jets had flown home"].role == "Air Vice-Marshal"


def test_a_committee_office_after_a_party_tag_wins_over_senator():
    text = (
        "WASHINGTON (AP) — Lawmakers pressed the Army on recruiting.\n\n"
        "Sen. Paula Greer, D-Ore., the ranking member of the Senate Veterans' Affairs "
        "Committee, said the targets had been missed for three years.\n"
    )
    got = by_quote(text)
    greer = got["the targets had been missed for three years"]
    assert (greer.role, greer.organization) == (
        "ranking member",
        "Senate Veterans' Affairs Committee",
    )


def test_a_retired_post_does_not_replace_the_title_held():
    text = (
        "PENANG: The heritage walk drew 2,000 people on Saturday.\n\n"
        "Lim Boon Huat, the president of the George Town Heritage Society, said the walk "
        "would be held every year.\n\n"
        '"People want to know their streets," said Lim, a retired magistrate.\n'
    )
    got = by_quote(text)
    assert got["People want to know their streets,"].role == "president"


def test_a_metropolitan_areas_deputy_mayor_has_no_body():
    text = (
        "West Midlands Police named a new chief on Monday.\n\n"
        "Greater Birmingham's Deputy Mayor for Transport, Sunita Rao, said the trams would "
        "run all night.\n"
    )
    got = by_quote(text)
    rao = got["the trams would run all night"]
    assert (rao.role, rao.organization) == ("Deputy Mayor", None)


def test_a_sum_after_its_currency_letters_is_one_word_and_mentri_besar_a_title():
    text = (
        "JOHOR BAHRU: Flood victims will get more help, the state said on Monday.\n\n"
        "Mentri Besar Datuk Aziz Harun said each family would get RM2,000, up from the "
        "RM1,200 announced last week.\n\n"
        '"Nobody will be left behind," he said.\n'
    )
    got = by_quote(text)
    aziz = got["each family would get RM2,000, up from the RM1,200 announced last week"]
    assert (aziz.speaker, aziz.role) == ("Aziz Harun", "Mentri Besar")
    assert got["Nobody will be left behind,"].speaker == "Aziz Harun"


def test_a_seats_place_before_the_title_is_no_company():
    text = (
        "IPOH: Hundreds joined a heritage walk on Sunday.\n\n"
        "Gurdwara Sahib Ipoh president Jaswant Singh said volunteers had served tea.\n\n"
        "The Ipoh MP, Lau Kim Fatt, said the old town needed new drains.\n"
    )
    got = by_quote(text)
    lau = got["the old town needed new drains"]
    assert (lau.role, lau.organization) == ("MP", None)


def test_an_aged_home_town_gives_its_country_under_a_foreign_dateline():
    text = (
        "APIA, Samoa — Two fishing boats collided on Sunday.\n\n"
        "Carla Benson, 52, of Chicago, said her husband had been on deck.\n\n"
        "Ray Mills, 61, of Tucson, Ariz., said the crew had been rescued.\n"
    )
    got = by_quote(text)
    assert got["her husband had been on deck"].country == "US"
    assert got["the crew had been rescued"].country == "US"


def test_a_leads_rank_holder_leading_it_is_the_officer_named_next():
    text = (
        "NORFOLK, Va. (AP) — The Navy has opened an inquiry into a fire aboard a cruiser, and "
        "the admiral leading it said Monday that the crew had acted quickly.\n\n"
        "Rear Adm. Helen Marsh told reporters the inquiry would take a month.\n"
    )
    got = by_quote(text)
    marsh = got["the crew had acted quickly"]
    assert (marsh.speaker, marsh.role) == ("Helen Marsh", "Rear Admiral")


def test_a_nun_and_a_vicar_are_titles_and_sister_a_style():
    text = (
        "KUCHING: Volunteers cleared the mud from 300 homes on Saturday.\n\n"
        "Sister Rose Chai, a nun who runs a soup kitchen in the town, said the elderly had "
        "suffered most.\n\n"
        "The Rev. Tom Hale, vicar of St Mark's, said the hall would stay open.\n"
    )
    got = by_quote(text)
    chai = got["the elderly had suffered most"]
    assert (chai.speaker, chai.role) == ("Rose Chai", "nun")
    assert got["the hall would stay open"].role == "vicar"


def test_declining_to_name_someone_is_a_non_answer():
    text = (
        "TOKYO — A sailor was hurt in a fall aboard a destroyer on Monday.\n\n"
        "Cmdr. Ray Dole, a Navy spokesman, said the sailor was in stable condition. He "
        "declined to name the sailor.\n"
    )
    got = by_quote(text)
    assert got["to name the sailor"].confidence <= 0.3


def test_a_named_court_heard_reports_the_clause_before_it():
    text = (
        "A former sergeant has been jailed for four years.\n\n"
        "The officer took cash from a scrap dealer for three years, Bradford Crown Court "
        "heard.\n"
    )
    got = by_quote(text)
    heard = got["The officer took cash from a scrap dealer for three years"]
    assert (heard.speaker, heard.source) == (None, "Bradford Crown Court")
