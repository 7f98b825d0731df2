"""Probe round 17, the country of statements: undated domestic copy (British, Irish,
South African, Indian, Canadian) tells its country by its currency, counties, provinces,
cities and national bodies; a Reuters dateline of a large city alone names its country.
Invented stories; each test failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def countries(text: str) -> dict[str, str | None]:
    return {q: s.country for q, s in by_quote(text).items()}


def test_undated_british_copy_without_a_pound_sum_is_british():
    text = (
        "Flood warnings issued as river bursts banks near Tewford\n\n"
        "Residents of Tewford were told to leave their homes on Sunday after the River "
        "Lune burst its banks for the second time this winter.\n\n"
        "The Environment Agency said 40 properties had been flooded. Its area manager, "
        "Colin Brayshaw, said the water was still rising. 'We would urge people not to "
        "drive through flood water,' he said.\n\n"
        "Cumbria Police said two roads were closed. Tewford Town Council said a rest "
        "centre had opened at the leisure centre.\n"
    )
    got = countries(text)
    assert got["40 properties had been flooded"] == "GB"
    assert got["We would urge people not to drive through flood water,"] == "GB"
    assert got["two roads were closed"] == "GB"
    assert got["a rest centre had opened at the leisure centre"] == "GB"


def test_undated_british_copy_naming_foreign_languages_and_an_irish_office_is_british():
    text = (
        "Halbury University to close languages department\n\n"
        "Halbury University is to close its French, German and Spanish courses and cut "
        "40 posts, saying the department had lost £3m last year.\n\n"
        "The vice-chancellor, Prof Janet Colley, said the losses were 'unsustainable'. "
        "Staff in Leeds and at the university's Dublin office would be offered other "
        "posts, she said.\n\n"
        "The union said the plan would save barely £1m.\n"
    )
    got = countries(text)
    assert got["unsustainable"] == "GB"
    assert got["the plan would save barely £1m"] == "GB"


def test_undated_irish_copy_is_irish():
    text = (
        "Cork firm to create 300 jobs at new Ballincollig plant\n\n"
        "A Cork medical devices company is to create 300 jobs at a new plant in "
        "Ballincollig, the Tánaiste announced on Friday.\n\n"
        "Corrmed Technologies chief executive Niamh Ó Dálaigh said the company had "
        "considered sites in Poland before choosing Cork. 'The talent is here,' she said.\n\n"
        "Gardaí said traffic restrictions would be in place for the opening.\n"
    )
    got = countries(text)
    assert got["The talent is here,"] == "IE"
    assert got["traffic restrictions would be in place for the opening"] == "IE"


def test_undated_south_african_copy_is_south_african():
    text = (
        "Eskom warns of rolling blackouts as winter demand peaks\n\n"
        "Power utility Eskom warned on Monday that load shedding could return to Gauteng "
        "and the Western Cape this week.\n\n"
        "Its spokesperson, Thandi Mokoena, said the utility had lost six generating units "
        "overnight.\n\n"
        "Residents of Soweto said they had been without power for 12 hours. The minister "
        "of electricity, Bongani Sithole, said the R20bn maintenance programme was on "
        "track.\n"
    )
    got = countries(text)
    assert got["the utility had lost six generating units overnight"] == "ZA"
    assert got["they had been without power for 12 hours"] == "ZA"
    assert got["the R20bn maintenance programme was on track"] == "ZA"


def test_undated_indian_and_canadian_copy_take_their_country():
    indian = (
        "Pune civic body raises water tax by 15%\n\n"
        "The Pune Municipal Corporation on Tuesday approved a 15% increase in water tax.\n\n"
        "Municipal commissioner Sunil Deshmukh said the increase was the first in eight "
        "years. The Maharashtra government said it would review the decision.\n"
    )
    got = countries(indian)
    assert got["the increase was the first in eight years"] == "IN"
    assert got["it would review the decision"] == "IN"
    canadian = (
        "Ontario town votes to ban overnight truck parking\n\n"
        "Councillors in Marlow Falls, Ont., voted 6-1 on Tuesday to ban overnight truck "
        "parking on residential streets.\n\n"
        "Mayor Denise Tremblay said the bylaw would take effect in January. The RCMP said "
        "it would not enforce the municipal bylaw.\n"
    )
    got = countries(canadian)
    assert got["the bylaw would take effect in January"] == "CA"
    assert got["it would not enforce the municipal bylaw"] == "CA"


def test_reuters_dateline_of_a_large_city_names_its_country():
    text = (
        "HYDERABAD (Reuters) - Drugmaker Sundara Pharma said on Thursday it had recalled "
        "12,000 bottles of a blood pressure drug.\n\n"
        "An analyst at Kotwal Securities, Meera Iyengar, said the recall was small.\n"
    )
    assert countries(text)["the recall was small"] == "IN"


def test_undated_us_copy_with_a_county_named_like_an_english_one_is_american():
    # Suffolk County and a U.S. state are no British copy (round 18: undated U.S. copy,
    # which kept no country before, is now read as American)
    text = (
        "Suffolk County police search for missing hiker\n\n"
        "Suffolk County police said on Monday they had found the car of a hiker missing "
        "since Friday. The hiker's sister, Dana Whitlock, said he had planned to drive "
        "on to Norfolk, Virginia, and then to Ohio.\n"
    )
    assert countries(text)["they had found the car of a hiker missing since Friday"] == "US"


def test_undated_british_copy_about_a_foreign_country_is_left_alone():
    # guard (passed before): a Kenyan story with two pound sums names Kenya more often;
    # not British: since round 25 its lead (Kenya only, named four times to Britain's
    # once) makes it Kenya's (r25-undated)
    text = (
        "Kenyan farmers fear second failed harvest\n\n"
        "Farmers in northern Kenya say a second failed rainy season has left them with "
        "nothing to sell. 'The maize did not even flower,' said Jackson Lekishon, a "
        "farmer near Marsabit.\n\n"
        "Kenya's agriculture ministry said it would distribute seed to 40,000 Kenyan "
        "households. Britain has pledged £5m in aid, and a charity said it had raised "
        "£2m.\n"
    )
    assert countries(text)["The maize did not even flower,"] == "KE"


def test_a_demonym_and_a_noun_of_no_office_give_a_foreigner_their_country():
    text = (
        "POKHARA, Nepal (AP) — Trekking agencies say bookings have fallen by a third after "
        "monsoon rains washed away trails.\n\n"
        "A French trekker, Camille Renaud, said she had waited four days for a helicopter."
        "\n\nBishnu Gurung, who runs an agency in Pokhara, said it was the worst season in "
        "years.\n"
    )
    got = countries(text)
    assert got["she had waited four days for a helicopter"] == "FR"
    assert got["it was the worst season in years"] == "NP"  # guard: the dateline's
    text = (
        "CHAMONIX, France (AP) — Dutch climber Joost Verhagen said the route had been "
        "closed for a week.\n"
    )
    assert countries(text)["the route had been closed for a week"] == "NL"


def test_a_national_team_known_by_its_nickname_gives_its_country():
    text = (
        "MELBOURNE, Australia (AP) — South Africa beat Australia 27-24 in a rugby test on "
        "Saturday.\n\n"
        "Springboks coach Rassie Venter said his side had been tired. Wallabies captain "
        "Lachlan Mercer said the team had let the crowd down.\n\n"
        "Super Eagles striker Ade Okoro, watching from the stands, said the atmosphere was "
        "electric.\n"
    )
    got = countries(text)
    assert got["his side had been tired"] == "ZA"
    assert got["the team had let the crowd down"] == "AU"  # guard: the dateline's
    assert got["the atmosphere was electric"] == "NG"
