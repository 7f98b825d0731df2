"""Round 27, probe r27g's training errors (the organisation of each speaker, round 2):
general classes of affiliation, each tested with invented copy only (no sentence of the
probe)."""

from quote_lookup import by_quote


def test_the_head_of_a_bodys_department_is_of_that_body():
    # "X, the head of the ministry's / hospital's / Y's Z department (division, unit)":
    # the body that owns the unit, named before (by its kind, or its name)
    got = by_quote(
        "Fishing quotas cut\n\n"
        "The Ministry of Fisheries said catches had fallen for a third year.\n\n"
        "Jon Ames, the head of the ministry's quota department, said boats would stay in "
        "port.\n\n"
        "Harbor General Hospital said its wards were full.\n\n"
        "Dr Kay Lund, head of the hospital's cardiology unit, said beds were scarce.\n\n"
        "Lee Moss, director of Acme Corp's research division, said the tests had failed.\n"
    )
    ames = got["boats would stay in port"]
    assert (ames.organization, ames.role) == ("Ministry of Fisheries", "head")
    assert got["beds were scarce"].organization == "Harbor General Hospital"
    assert got["the tests had failed"].organization == "Acme Corp"
    # (no ministry named before: nothing to name)
    got = by_quote(
        "Exports slow\n\nRita Vance, the head of the ministry's trade department, said "
        "exports had fallen.\n"
    )
    assert got["exports had fallen"].organization is None


def test_a_seat_on_a_bodys_board_gives_the_body_and_the_seats_title():
    # "X, who sits on the trust's / Y's (advisory) board (as a non-executive director),"
    # and after a description ("X, an economist who sits on …"): the body whose board it
    # is, far below its name; the seat's title when it is a board's office
    got = by_quote(
        "Hospital merger approved\n\n"
        "The Dunmore Valley NHS Trust said the merger would save money.\n\n"
        "Nurses said they had not been consulted.\n\n"
        "Patients' groups said they feared longer journeys.\n\n"
        "Councillors said they would scrutinise the plan.\n\n"
        "Ruth Calder, who sits on the trust's board as a non-executive director, said "
        "she had voted for it.\n\n"
        "The Harwell Policy Institute said the savings were overstated. Helen Brook, an "
        "economist who sits on the Harwell Policy Institute's advisory board, said the "
        "figures were reliable.\n\n"
        "Tom Reed, who sits on Acme Foods' board, said the sale would go ahead.\n"
    )
    calder = got["she had voted for it"]
    assert (calder.organization, calder.role) == (
        "Dunmore Valley NHS Trust",
        "non-executive director",
    )
    brook = got["the figures were reliable"]
    assert (brook.organization, brook.role) == ("Harwell Policy Institute", "economist")
    assert got["the sale would go ahead"].organization == "Acme Foods"


def test_a_board_seat_by_a_farmers_representative_gives_no_role():
    # (a representative on the board holds no office of the board's)
    got = by_quote(
        "Grain price row\n\n"
        "The Northern Grain Cooperative said prices would fall.\n\n"
        "Mark Dale, who sits on the cooperative's board as a growers' representative, said "
        "he had opposed the cut.\n"
    )
    dale = got["he had opposed the cut"]
    assert (dale.organization, dale.role) == ("Northern Grain Cooperative", None)


def test_initials_of_a_translated_name_stand_for_the_name():
    # "the Western Grain Cooperative (CGO)" (initials of the name in its own language):
    # "CGO chief X" and "The CGO said" are the name in full (decision 2); a name without a
    # body's word last defines nothing
    got = by_quote(
        "LYON, France (AFP) - Growers blocked the mills of the Southern Wine Cooperative "
        "(CVS) on Monday.\n\n"
        "CVS chief Paul Morel said the price had to fall.\n\n"
        "The CVS said it would meet the growers on Friday.\n\n"
        "Doctors Without Borders (MSF) runs a clinic nearby. MSF said its clinic was open.\n"
    )
    morel = got["the price had to fall"]
    assert (morel.organization, morel.role) == ("Southern Wine Cooperative", "chief")
    assert got["it would meet the growers on Friday"].speaker == "Southern Wine Cooperative"
    assert got["its clinic was open"].speaker == "MSF"


def test_a_unions_general_secretary_is_of_the_union():
    # "X, Y's general secretary," with Y a one-word body (no place, no person)
    got = by_quote(
        "Strike called\n\n"
        "Unite said its members would strike.\n\n"
        "Paul Dunne, Unite's general secretary, said the offer was an insult.\n"
    )
    dunne = got["the offer was an insult"]
    assert (dunne.organization, dunne.role) == ("Unite", "general secretary")


def test_who_chairs_an_independent_body_gives_the_body():
    # "X, who chairs the independent / influential Y," (an epithet before the name)
    got = by_quote(
        "Pay freeze criticised\n\n"
        "Mary Wolfe, who chairs the independent Fair Wages Commission, said pay had "
        "stalled.\n"
    )
    wolfe = got["pay had stalled"]
    assert (wolfe.organization, wolfe.role) == ("Fair Wages Commission", None)


def test_from_the_charity_carries_to_later_pronoun_statements():
    # "X, from the charity Y, said … “…,” he said": Y for the later statement too
    got = by_quote(
        "Ward closure\n\n"
        "Tom Hart, from the charity Save Our Beds, said families were angry.\n\n"
        '"We will fight this," he said.\n'
    )
    assert got["families were angry"].organization == "Save Our Beds"
    assert got["We will fight this,"].organization == "Save Our Beds"


def test_the_think_tank_is_the_one_named_before():
    got = by_quote(
        "Tax plan\n\n"
        "The Institute for Fair Budgets said taxes would rise. The think-tank said the "
        "rise would fall on the young.\n"
    )
    tank = got["the rise would fall on the young"]
    assert (tank.speaker, tank.organization) == (
        "Institute for Fair Budgets",
        "Institute for Fair Budgets",
    )


def test_a_trust_spokeswoman_far_below_the_trusts_name():
    got = by_quote(
        "Ward shut\n\n"
        "The Harlow Valley NHS Trust said the ward would close.\n\n"
        "Nurses said they were tired.\n\n"
        "Patients said they were worried.\n\n"
        "Councillors said they were angry.\n\n"
        "A trust spokeswoman, Ann Lee, said staff would be redeployed.\n"
    )
    lee = got["staff would be redeployed"]
    assert (lee.organization, lee.role) == ("Harlow Valley NHS Trust", "spokeswoman")


def test_a_report_by_a_body_with_and_in_its_name_is_the_whole_name():
    got = by_quote(
        "Rents rising\n\n"
        "Rents will rise by a tenth, according to a report published on Monday by the "
        "Institute for Housing and Urban Renewal (IHUR).\n"
    )
    assert got["Rents will rise by a tenth"].speaker == "Institute for Housing and Urban Renewal"


def test_the_union_is_a_body_that_represents_workers():
    # "Y, which represents … workers, said … The union said": Y
    got = by_quote(
        "Depot closure\n\n"
        "Transfed, which represents bus drivers at the depot, said no jobs would go.\n\n"
        "The union said it had been promised new routes.\n"
    )
    assert got["it had been promised new routes"].speaker == "Transfed"


def test_a_leads_hospital_trust_is_the_trust_named_below():
    # "…, a hospital trust has said." in the lead: the one trust that speaks by name later
    got = by_quote(
        "Ward to close\n\n"
        "A children's ward is to close for the winter, a hospital trust has said.\n\n"
        "The Elmbridge Hospitals NHS Trust said it could not staff the ward.\n"
    )
    lead = got["A children's ward is to close for the winter"]
    assert (lead.speaker, lead.organization) == (
        "Elmbridge Hospitals NHS Trust",
        "Elmbridge Hospitals NHS Trust",
    )
