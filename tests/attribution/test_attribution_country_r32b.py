"""Round 32, r32-b: the country of each speaker when the story's country is only implied
(undated copy from small countries, read from their domestic marks, with foreign voices
mixed in), and the constructions met on the way. Invented copy only (no sentence of a
probe, a held-out set or the PolNeAR dev set)."""

from quote_lookup import by_quote


def test_an_undated_maltese_story_is_read_from_its_towns_and_bodies():
    text = (
        "Sliema residents fight hotel tower\n\n"
        "By Maria Vella\n\n"
        "Residents of Sliema and Msida have filed 400 objections to a 22-storey hotel on the "
        "seafront, the third such project this year.\n\n"
        "Rita Cauchi, who chairs the residents' association, said the tower would block the "
        "sun from 60 homes.\n\n"
        "A consultant at Mater Dei Hospital, Dr Paul Farrugia, said dust from the works had "
        "already sent children to the emergency department.\n\n"
        "Ferries from Gozo were delayed on Monday, and Enemalta cut power to the site twice.\n\n"
        "Sam Hewitt, a planner at the University of Bristol, said the design was common in "
        "Dubai.\n"
    )
    got = by_quote(text)
    assert got["the tower would block the sun from 60 homes"].country == "MT"
    assert (
        got["dust from the works had already sent children to the emergency department"].country
        == "MT"
    )
    # (a foreign voice keeps his workplace's country)
    assert got["the design was common in Dubai"].country == "GB"


def test_an_undated_botswanan_story_is_read_from_its_towns_and_pula():
    text = (
        "Safari lodges count the cost of empty beds\n\n"
        "Lodge owners in Maun and Kasane say bookings for the Okavango Delta have halved "
        "since March.\n\n"
        "Lesedi Pilane, who runs a camp near the Chobe river, said she had laid off 12 of her "
        "20 guides and was paying the rest 900 pula a month.\n\n"
        "Tourism officials in Maun said the drought had kept elephants away from the water "
        "holes visitors pay to see.\n"
    )
    got = by_quote(text)
    assert (
        got["she had laid off 12 of her 20 guides and was paying the rest 900 pula a month"].country
        == "BW"
    )


def test_an_undated_uruguayan_story_is_read_from_its_towns_and_state_firms():
    text = (
        "Port strike idles grain ships\n\n"
        "By Pablo Suarez\n\n"
        "Dockers in Paysandu and Fray Bentos walked out on Tuesday, leaving soybean cargoes "
        "stranded as ANCAP warned of fuel shortages in Canelones.\n\n"
        "Jorge Sosa, who leads the dockers, said the stoppage would last until wages rose.\n\n"
        "Antel said its network was unaffected.\n"
    )
    got = by_quote(text)
    assert got["the stoppage would last until wages rose"].country == "UY"


def test_estonian_fijian_mongolian_and_slovenian_copy_are_read_from_their_marks():
    estonian = (
        "Teachers strike over pay\n\n"
        "Teachers in Tartu and Narva stayed home on Monday as the Riigikogu debated the "
        "budget.\n\n"
        "Kadri Tamm, a teacher in Viljandi, said classes had doubled in size.\n"
    )
    assert by_quote(estonian)["classes had doubled in size"].country == "EE"
    fijian = (
        "Cane farmers demand higher price\n\n"
        "Cane growers from Lautoka and Labasa marched on Friday.\n\n"
        "Ratu Josaia Vunivalu, a grower near Sigatoka, said mills paid too little.\n"
    )
    assert by_quote(fijian)["mills paid too little"].country == "FJ"
    mongolian = (
        "Herders lose flocks to winter\n\n"
        "Herders in Khovd and Dornogovi lost a third of their animals this winter, officials "
        "told the State Great Khural.\n\n"
        "Bat-Erdene Tsend, a herder, said he had sold his horses for 40,000 tugriks each.\n"
    )
    assert by_quote(mongolian)["he had sold his horses for 40,000 tugriks each"].country == "MN"
    slovenian = (
        "Floods close roads\n\n"
        "Rivers burst their banks in Celje and Maribor overnight, closing roads to Koper.\n\n"
        "Marko Novak, a shopkeeper in Ptuj, said the water had reached his counter.\n"
    )
    assert by_quote(slovenian)["the water had reached his counter"].country == "SI"


def test_an_official_of_another_countrys_province_keeps_that_country_and_the_title():
    text = (
        "Dam talks stall\n\n"
        "Officials in Paysandu and Fray Bentos said the river had fallen a metre.\n\n"
        "Rosa Medina, the water secretary of Argentina's Santa Fe province, said her "
        "government would ask for the dam's studies.\n\n"
        "Luis Prado, the governor of Brazil's Parana state, said his state would join.\n"
    )
    got = by_quote(text)
    rosa = got["her government would ask for the dam's studies"]
    assert (rosa.role, rosa.country) == ("water secretary", "AR")
    luis = got["his state would join"]
    assert (luis.role, luis.country) == ("governor", "BR")


def test_a_fronted_city_places_a_firms_officer_and_the_firm_is_no_he():
    text = (
        "Copper price slump hits mines\n\n"
        "Miners in Selebi-Phikwe and Francistown fear for their jobs.\n\n"
        "In Antwerp, where much of the world's rough is traded, Pieter Claes, a partner at "
        "the trading house Scheldt Minerals, said buyers had vanished.\n\n"
        '"Nobody wants to hold stock," he said.\n'
    )
    got = by_quote(text)
    assert got["buyers had vanished"].country == "BE"
    later = got["Nobody wants to hold stock,"]
    assert (later.speaker, later.country) == ("Pieter Claes", "BE")


def test_a_legal_form_of_one_country_gives_the_company_its_country():
    text = (
        "Ferry order for Valletta\n\n"
        "Ferries from Gozo and Mellieha will be replaced by 2028.\n\n"
        "Nordvik Yards ASA said it would build four ferries. Its chief executive, Tor Lie, "
        "said the first would sail in 2027.\n\n"
        "Kuusi Marine Oyj said it would supply the engines.\n"
    )
    got = by_quote(text)
    assert got["it would build four ferries"].country == "NO"
    assert got["the first would sail in 2027"].country == "NO"
    assert got["it would supply the engines"].country == "FI"


def test_a_development_bank_has_no_country():
    text = (
        "Water works loan\n\n"
        "LIMA, Peru — Dockers in Callao said the river had fallen.\n\n"
        "The Inter-American Development Bank said the loan was ready. The African "
        "Development Bank said it would co-finance the works.\n"
    )
    got = by_quote(text)
    bank = got["the loan was ready"]
    assert (bank.speaker, bank.country) == ("Inter-American Development Bank", None)
    assert got["it would co-finance the works"].country is None


def test_joined_acronyms_and_a_union_federation_speak_as_bodies():
    text = (
        "Unions call general strike\n\n"
        "The CGT-FO union federation, which called the strike, said it would march on "
        "Thursday.\n\n"
        "ZANU-PF said the strike was illegal.\n"
    )
    got = by_quote(text)
    assert got["it would march on Thursday"].speaker == "CGT-FO"
    assert got["the strike was illegal"].speaker == "ZANU-PF"


def test_a_minister_of_two_portfolios_before_the_name():
    text = (
        "Clinics to open late\n\n"
        "Minister of Health and Wellness Kabo Seretse told Parliament that clinics would "
        "open until nine at night.\n"
    )
    got = by_quote(text)["clinics would open until nine at night"]
    assert (got.speaker, got.role) == ("Kabo Seretse", "Minister of Health and Wellness")


def test_a_staff_writer_byline_does_not_make_the_lead_company_a_person():
    text = (
        "Brewer to close plant\n\n"
        "THATO RAMOKGOPA\n"
        "Staff Writer\n\n"
        "Kalahari Brewing will close its Palapye plant in June, the company said on Friday.\n"
    )
    got = by_quote(text)["Kalahari Brewing will close its Palapye plant in June"]
    assert got.speaker == "Kalahari Brewing"


def test_a_kgosi_holds_the_title_unless_an_office_is_named():
    text = (
        "Village backs new clinic\n\n"
        "Kgosi Tebogo Sechele, who led the kgotla, said the village would give land.\n\n"
        "The district council sent a delegation. Its head, Kgosi Pule, said work would start "
        "in May.\n"
    )
    got = by_quote(text)
    assert got["the village would give land"].role == "Kgosi"
    assert got["work would start in May"].role == "head"


def test_a_member_of_parliament_for_a_seat_of_the_opposition_party():
    text = (
        "Roads budget cut\n\n"
        "The Member of Parliament for Maun East, Dineo Kgari, of the opposition Botswana "
        "Congress Party, said the cuts were unfair.\n"
    )
    got = by_quote(text)["the cuts were unfair"]
    assert (got.role, got.organization) == ("Member of Parliament", "Botswana Congress Party")


def test_a_ruling_partys_whip_in_a_chamber():
    text = (
        "Budget vote delayed\n\n"
        "The ruling Sociedad Nueva's whip in the upper house, Elena Prieto, said the vote "
        "would wait a week.\n"
    )
    got = by_quote(text)["the vote would wait a week"]
    assert (got.role, got.organization) == ("whip", "Sociedad Nueva")
