"""Round 24, probe r24a's training errors (r24-r24afix): general classes of speaker
errors, each tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_the_historian_is_the_one_person_described_as_one():
    got = by_quote(
        "Museum plans new wing\n\n"
        "Lena Varga, a historian at the University of Szeged, said the collection had "
        "grown too fast.\n\n"
        "Marco Bellini said the plans had been approved in May.\n\n"
        "“Nobody counted the boxes for forty years,” the historian said.\n"
    )
    assert got["Nobody counted the boxes for forty years,"].speaker == "Lena Varga"


def test_the_inspector_is_the_one_person_titled_inspector():
    got = by_quote(
        "Road closed after crash\n\n"
        "Inspector Dana Harlow of the Kent Police said the road would stay shut "
        "overnight.\n\n"
        "Peter Oakes said his lorry had been stuck for six hours.\n\n"
        "“Please stay away from the area,” the inspector said.\n"
    )
    assert got["Please stay away from the area,"].speaker == "Dana Harlow"


def test_a_title_with_its_remit_before_the_name_is_the_description():
    # "Country's minister for A, B and C, Name," — the title and its portfolio written
    # before the name: "the minister" later is that person
    got = by_quote(
        "Ferry link to reopen\n\n"
        "In Valletta, Malta's minister for transport, ports and tourism, Carmen Zammit, "
        "said the link would reopen in June.\n\n"
        "Joseph Farrugia said the boats were ready.\n\n"
        "The minister said her government would pay for the repairs.\n"
    )
    assert got["her government would pay for the repairs"].speaker == "Carmen Zammit"


def test_a_chief_inspector_of_a_field_before_the_name():
    got = by_quote(
        "Quarry wall gives way\n\n"
        "The region's chief inspector of quarries, Alan Pryor, said the wall had been "
        "checked in March.\n\n"
        "Owen Lacey said the workers had gone home early.\n\n"
        "The chief inspector said no one had been hurt.\n"
    )
    assert got["no one had been hurt"].speaker == "Alan Pryor"


def test_a_portfolio_listed_with_commas_is_the_role():
    got = by_quote(
        "Ferry link to reopen\n\n"
        "Malta's minister for transport, ports and tourism, Carmen Zammit, said the link "
        "would reopen in June.\n\n"
        "The minister of fisheries, forests and water, Tomas Rinne, said the boats were "
        "ready.\n"
    )
    first = got["the link would reopen in June"]
    assert first.role == "minister for transport, ports and tourism"
    assert first.country == "MT"
    assert got["the boats were ready"].role == "minister of fisheries, forests and water"


def test_a_list_after_a_name_is_no_remit():
    # a list of things after a verb's "of" is no title's remit
    got = by_quote(
        "Market reopens\n\nTraders spoke of fish, bread and cheese, Anna Berg said on Monday.\n"
    )
    assert got["Traders spoke of fish, bread and cheese"].role is None


def test_an_unknown_town_datelined_by_a_national_agency_is_in_its_country():
    got = by_quote(
        "Flood cuts highway\n\n"
        "WALLAROO CREEK, AAP - Floodwater has cut the main highway north of the town.\n\n"
        "Local mayor Dean Parfitt said crews would work through the night.\n\n"
        "The Queensland government said help was on its way.\n"
    )
    assert got["crews would work through the night"].country == "AU"


def test_an_agency_dateline_abroad_is_not_its_home():
    got = by_quote(
        "Port strike spreads\n\n"
        "SOMEWHERE, AAP - Dock workers in Chile walked out on Monday. Chile's ports are "
        "shut and Chilean exporters are worried.\n\n"
        "Union leader Pablo Rojas said the strike would last a week.\n"
    )
    assert got["the strike would last a week"].country != "AU"


def test_a_title_at_a_workplace_before_the_name_is_the_description():
    got = by_quote(
        "Shares slide\n\n"
        "An analyst at Norbury Capital, Leah Imrie, said the loss was small.\n\n"
        "“The fine is the least of it,” the analyst wrote in a note to clients.\n"
    )
    assert got["The fine is the least of it,"].speaker == "Leah Imrie"


def test_a_title_met_at_a_place_is_no_description():
    # "met the analyst at the bank, X said": X is not the analyst met
    got = by_quote(
        "Talks go on\n\n"
        "He met the analyst at the Norbury bank, Leah Imrie said on Monday.\n\n"
        "“We will see,” the analyst said.\n"
    )
    assert got["We will see,"].speaker != "Leah Imrie"


def test_the_body_official_is_the_one_person_of_that_body():
    text = (
        "Tap water safe again\n\n"
        "“Boil your water for one more day,” said Dr. Rhea Castell, who directs the EPA's "
        "office of water quality.\n\n"
        "Mayor Tom Brill said the pipes had been flushed.\n\n"
        "“We would rather be careful,” the EPA official said.\n"
    )
    assert by_quote(text)["We would rather be careful,"].speaker == "Rhea Castell"


def test_the_body_official_among_two_of_that_body_is_nobody():
    text = (
        "Tap water safe again\n\n"
        "“Boil your water for one more day,” said Dr. Rhea Castell, who directs the EPA's "
        "office of water quality.\n\n"
        "Tom Brill, an EPA chemist, said the pipes had been flushed.\n\n"
        "“We would rather be careful,” the EPA official said.\n"
    )
    assert by_quote(text)["We would rather be careful,"].speaker is None


def test_a_named_site_inside_a_sentence_is_no_company_for_the_company():
    # "in the Redgum Hill quarry": a site named in a prepositional phrase is no subject,
    # so no second company beside the operator
    got = by_quote(
        "Slip traps drivers\n\n"
        "The slip happened on Monday in the lower pit of the Redgum Hill quarry, the "
        "quarry's operator, Tallis Stone, said in a statement.\n\n"
        "The company said 12 workers had been on site at the time.\n"
    )
    assert got["12 workers had been on site at the time"].speaker == "Tallis Stone"


def test_a_company_subject_opening_its_sentence_is_still_the_company():
    got = by_quote(
        "Courier fined\n\n"
        "The Northgate Parcels was fined on Monday for late deliveries.\n\n"
        "The company said it would appeal.\n"
    )
    assert got["it would appeal"].speaker == "Northgate Parcels"


def test_a_titled_description_at_a_named_workplace_in_a_town_is_no_town():
    # "The pharmacy director at Brookfield General Hospital in Dayton, Ohio, said": the
    # director speaks (unnamed), not the town
    got = by_quote(
        "Pills recalled\n\n"
        "The pharmacy director at Brookfield General Hospital in Dayton, Ohio, said her "
        "staff had seen the problem in May.\n"
    )
    st = got["her staff had seen the problem in May"]
    assert st.speaker is None
    assert st.source.startswith("The pharmacy director at Brookfield General Hospital")


def test_an_object_at_a_named_workplace_is_still_no_subject():
    got = by_quote(
        "Pills recalled\n\nHe met the nurse at Brookfield Hospital in Dayton and said the pills "
        "were bad.\n"
    )
    assert got["the pills were bad"].source == "He"


def test_a_relative_by_marriage_is_the_role():
    got = by_quote(
        "Crew still missing\n\n"
        "Dana Kell said she was waiting at the hall.\n\n"
        "Her brother-in-law, Ross Kell, said he trusted the divers.\n"
    )
    assert got["he trusted the divers"].role == "brother-in-law"


def test_the_tie_before_the_name_beats_a_description_after_it():
    # decision 8: "Her nephew, X, 34, a pastry chef in Leeds," is the nephew at his
    # statements; a body's head keeps the office (golden family-firm-shared-surname)
    got = by_quote(
        "Bakery to close\n\n"
        "Ann Ode ran the shop for forty years.\n\n"
        "Her nephew, Sam Ode, 34, a pastry chef in Leeds, said the ovens would stay.\n"
    )
    assert got["the ovens would stay"].role == "nephew"


LEAD_AFTER_BYLINE = (
    "Leeds museum agrees to return bronze bowl\n\n"
    "Trustees vote to hand back the bowl after long campaign\n\n"
    "By Sam Orr, Arts correspondent\n\n"
    "A Leeds museum is to return a bronze bowl taken by soldiers from Benin City, in what "
    "its director called 'a debt long owed'.\n\n"
    "The trustees of the Kellaway Museum voted on Thursday to transfer ownership of the "
    "bowl to the Royal Palace Museum in Benin City.\n\n"
    "The museum's director, Dr Ann Fell, said the vote had been unanimous.\n"
)


def test_a_lead_after_a_standfirst_and_a_byline_is_still_the_lead():
    # the lead's description is the person written with that title in the next
    # paragraphs, also when a standfirst and a byline come before the lead
    got = by_quote(LEAD_AFTER_BYLINE)
    assert got["a debt long owed"].speaker == "Ann Fell"


def test_its_director_of_a_city_museum_has_no_city_as_organisation():
    got = by_quote(LEAD_AFTER_BYLINE)
    assert got["a debt long owed"].organization != "Leeds"
    assert got["the vote had been unanimous"].organization != "Leeds"
