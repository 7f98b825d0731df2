"""Round 32, r32-a: the organisation of each speaker in public-sector and regional copy
(probe r32a's theme). Invented copy only (no sentence of a probe, a held-out set or the
PolNeAR dev set); each test failed on main e2f3a829 / 32a2ff48."""

from quote_lookup import by_quote


def test_a_bodys_part_for_a_place_after_its_possessive_is_the_body():
    # "who chairs the ICMSA's North Kerry executive": the association (the executive a
    # part of it for a place), never a council the place's name also begins
    text = (
        "Slurry rules to be reviewed\n\n"
        "By Nuala Daly\n\n"
        "Kerry County Council said on Monday it would inspect 40 farms this winter.\n\n"
        "The Irish Creamery Milk Suppliers Association (ICMSA) said the inspections were "
        "unfair.\n\n"
        "Tomás Nolan, who chairs the ICMSA's North Kerry executive, said farmers had done "
        "nothing wrong.\n\n"
        "Niamh Ryan, who heads the ICMSA's Listowel branch, said prices were falling.\n"
    )
    got = by_quote(text)
    full = "Irish Creamery Milk Suppliers Association"
    assert got["farmers had done nothing wrong"].organization == full
    assert got["farmers had done nothing wrong"].role is None  # convention 9
    assert got["prices were falling"].organization == full


def test_a_unions_local_for_a_place_is_the_union_named_before():
    text = (
        "HALIFAX — The Canadian Union of Postal Workers said talks had failed.\n\n"
        '"We are ready to walk out," said Alma Rourke, president of the union\'s Dartmouth '
        "local.\n"
    )
    got = by_quote(text)["We are ready to walk out,"]
    assert (got.role, got.organization) == ("president", "Canadian Union of Postal Workers")


def test_a_councillors_style_stays_beside_a_committee_he_chairs():
    text = (
        "Roads to stay shut\n\n"
        "By Ann Lee\n\n"
        "Clare County Council said the bridge at Ennistymon would reopen in June.\n\n"
        "Cllr Joan Healy, who chairs Clare County Council's roads committee, said she would "
        "ask for emergency funding.\n\n"
        "Dr Ann Kerr, who chairs the Clare Hospice Foundation, said the closure cost lives.\n"
    )
    got = by_quote(text)
    healy = got["she would ask for emergency funding"]
    assert (healy.role, healy.organization) == ("Councillor", "Clare County Council")
    # (a doctor's style is no office: "who chairs" still gives no role)
    kerr = got["the closure cost lives"]
    assert (kerr.role, kerr.organization) == (None, "Clare Hospice Foundation")


def test_a_cathaoirleach_of_a_body_named_again_in_lower_case():
    # the Irish chair of a council or municipal district; "the municipal district" is the
    # one body named before whose name ends in those words
    text = (
        "Flood barriers for Listowel\n\n"
        "By Anne Walsh\n\n"
        "The Listowel Municipal District met in the town hall on Monday.\n\n"
        "Cllr Rita Burke, cathaoirleach of the municipal district, said the barriers would "
        "be in place by Christmas.\n"
    )
    got = by_quote(text)["the barriers would be in place by Christmas"]
    assert (got.role, got.organization) == ("cathaoirleach", "Listowel Municipal District")


def test_a_specialist_in_a_field_with_a_body_works_for_the_body():
    text = (
        "Measles cases rise in Galway\n\n"
        "By Ciara Moran\n\n"
        "The Health Service Executive (HSE) has opened a vaccination clinic in Salthill.\n\n"
        "Dr Fiona Keane, a specialist in paediatric infectious disease with the HSE's "
        "Department of Public Health West, said cases had doubled since August.\n"
    )
    got = by_quote(text)["cases had doubled since August"]
    assert got.organization == "Health Service Executive"


def test_a_body_described_as_an_agency_or_authority_is_no_person():
    text = (
        "WINNIPEG — Buses ran late across the city on Monday.\n\n"
        "Kestrel Link, the city's transit agency, said it would add six buses to the "
        "downtown routes.\n\n"
        "Maria Lopez, a leading authority on urban transport, said the plan was too small.\n"
    )
    got = by_quote(text)
    agency = got["it would add six buses to the downtown routes"]
    assert (agency.speaker_type, agency.organization) == ("organization", "Kestrel Link")
    expert = got["the plan was too small"]
    assert (expert.speaker_type, expert.organization) == ("person", None)


def test_a_world_federation_and_its_officers_take_no_country_of_the_dateline():
    text = (
        "OSLO (Reuters) - The International Orienteering and Trail Federation (IOTF) said "
        "on Thursday it would move the relay to April.\n\n"
        "IOTF event director Ola Brekke told reporters the forest tracks were flooded.\n"
    )
    got = by_quote(text)
    body = got["it would move the relay to April"]
    assert (body.speaker, body.country) == ("International Orienteering and Trail Federation", None)
    officer = got["the forest tracks were flooded"]
    assert (officer.organization, officer.country) == (
        "International Orienteering and Trail Federation",
        None,
    )


def test_a_namesake_of_a_us_agency_in_another_countrys_story_is_that_countrys():
    text = (
        "ACCRA, Ghana — The Environmental Protection Agency (EPA) said it had closed three "
        "illegal mines near Kyebi. The agency said the river was still polluted.\n"
    )
    got = by_quote(text)
    assert got["it had closed three illegal mines near Kyebi"].country == "GH"
    assert got["the river was still polluted"].country == "GH"
    us = by_quote(
        "WASHINGTON (AP) — The Environmental Protection Agency said it would tighten the "
        "rule on soot.\n"
    )
    assert us["it would tighten the rule on soot"].country == "US"


def test_a_cue_noun_after_a_documents_adjective_and_two_modifiers_is_no_verb():
    text = (
        "The Marine Institute (MI) said 12 beaches had been closed in Munster this "
        'year. The institute said in its latest bathing water report that Inch beach was "the '
        'cleanest beach in the county".\n'
    )
    got = by_quote(text)["the cleanest beach in the county"]
    assert got.speaker == "Marine Institute"


def test_a_campaign_named_by_its_call_speaks_under_its_whole_name():
    text = (
        "INNSBRUCK (Reuters) - The slalom was cancelled on Friday.\n\n"
        "Environmental group Save Our Glaciers Tirol, which has opposed the race for years, "
        "called on organisers to scrap it.\n"
    )
    got = by_quote(text)["to scrap it"]
    assert (got.speaker, got.speaker_type) == ("Save Our Glaciers Tirol", "organization")


def test_head_of_the_service_is_the_one_service_named_before():
    text = (
        "BERN (Reuters) - Avalanche warnings were raised across the Alps on Monday.\n\n"
        "The Ticino Avalanche Service, which monitors the slopes for the canton, said the "
        "snow was unstable. Marco Rossi, head of the service, said the risk was the highest "
        "in ten years.\n"
    )
    got = by_quote(text)["the risk was the highest in ten years"]
    assert (got.role, got.organization) == ("head", "Ticino Avalanche Service")
    # a lower-case namesake blocks it: "a director at the ministry" after "Japan's trade
    # ministry" is not Chile's Energy Ministry named before
    text = (
        "ROTTERDAM (Reuters) - Chile's Energy Ministry said it had approved two projects.\n\n"
        "Japan's trade ministry has offered new subsidies. Aiko Mori, a director at the "
        "ministry, said contracts would be signed soon.\n"
    )
    got = by_quote(text)["contracts would be signed soon"]
    assert got.organization != "Energy Ministry"


def test_a_downhiller_is_a_title():
    text = (
        "ZURICH (Reuters) - The downhill was called off on Saturday.\n\n"
        "Austrian downhiller Felix Moser said he would rather race in March.\n"
    )
    got = by_quote(text)["he would rather race in March"]
    assert (got.role, got.country) == ("downhiller", "AT")


def test_what_a_body_plans_in_a_relative_clause_is_no_statement():
    text = (
        "WINNIPEG — The Prairie Regional Transit Board, which plans bus routes for three "
        "towns, said it would cut fares in January.\n"
    )
    got = by_quote(text)
    assert "bus routes for three towns" not in got
    assert got["it would cut fares in January"].speaker == "Prairie Regional Transit Board"
