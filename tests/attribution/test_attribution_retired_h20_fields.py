"""Retired held-out set 20 (round 23), fields part: the general classes of its role,
country and organisation errors, each tested on invented copy that differs from the
set's articles. Each test failed before its rule."""

from quote_lookup import by_quote

PILOTS_STRIKE = (
    "Pilots walk out at mountain airports\n\n"
    "DENVER — Pilots at six regional airports stopped work on Monday after talks broke "
    "down, the carriers said.\n\n"
    "The walkout by members of the Rocky Mountain Pilots Union grounded about 300 flights, "
    "according to the Western Regional Carriers Alliance, which represents the airlines.\n\n"
    '"We asked for a fair deal. We got a lecture," the union’s president, Carla Benton, '
    "told reporters.\n\n"
    "The union’s chief negotiator, Omar Sheffield, said the two sides had not met since "
    "Friday. His counterpart at the alliance, Wendy Oakes, said: "
    '"Our offer is still on the table."\n'
)


def test_the_union_is_the_union_named_not_an_alliance_beside_it():
    # "the union's president" after a Union and an employers' Alliance named together: a
    # union's descriptor also fits an alliance, but only the Union is one by its name
    got = by_quote(PILOTS_STRIKE)
    assert got["We asked for a fair deal. We got a lecture,"].speaker == "Carla Benton"
    assert (
        got["We asked for a fair deal. We got a lecture,"].organization
        == "Rocky Mountain Pilots Union"
    )
    negotiator = got["the two sides had not met since Friday"]
    assert negotiator.role == "chief negotiator"
    assert negotiator.organization == "Rocky Mountain Pilots Union"


def test_a_counterpart_at_a_described_body_is_a_person_of_that_body():
    # "His counterpart at the alliance, NAME," is a person (never a body named NAME): the
    # counterpart's title, and the body "the alliance" names
    got = by_quote(PILOTS_STRIKE)["Our offer is still on the table."]
    assert got.speaker == "Wendy Oakes"
    assert got.speaker_type == "person"
    assert got.role == "chief negotiator"
    assert got.organization == "Western Regional Carriers Alliance"


def test_a_title_at_a_described_body_before_a_name_is_a_person():
    # "A nurse at the clinic, NAME," like "A spokesman for the company, NAME,"
    text = (
        "Clinic closes early\n\n"
        "PORTLAND, Ore. — The Eastside Family Clinic shut its doors at noon on Tuesday.\n\n"
        "A nurse at the clinic, Janet Morrow, said the waiting room was full.\n"
    )
    got = by_quote(text)["the waiting room was full"]
    assert got.speaker == "Janet Morrow"
    assert got.speaker_type == "person"
    assert got.role == "nurse"


def test_a_body_named_after_an_adjective_and_before_its_kind():
    # "at the smaller Sky-Crew union": the name between the adjective and its kind is the
    # body, not the counterpart's own
    text = (
        "Cabin crews join strike\n\n"
        "LYON, France (AFP) - Cabin crews joined the strike on Friday.\n\n"
        "Jules Perrin, general secretary of the FTA-Aérien union, said the talks had failed. "
        "His counterpart at the smaller Sky-Crew union, Hélène Garnier, told reporters the plan "
        'was "a fantasy".\n'
    )
    got = by_quote(text)["a fantasy"]
    assert got.speaker == "Hélène Garnier"
    assert got.role == "general secretary"
    assert got.organization == "Sky-Crew"


def test_a_romance_particle_inside_a_body_s_name():
    # "the Colegio de la Merced", "Banco do Brasil": the particle joins the name
    text = (
        "Teachers march in Lima\n\n"
        "LIMA, Peru — Teachers marched through the capital on Monday.\n\n"
        '"We are exhausted," said Rosa Quispe, a teacher at the Colegio de la Merced in '
        "Lima. Pedro Ruiz, an economist at Banco do Brasil, said wages had stalled.\n"
    )
    got = by_quote(text)
    assert got["We are exhausted,"].organization == "Colegio de la Merced"
    assert got["wages had stalled"].organization == "Banco do Brasil"


def test_who_led_the_research_after_researchers_from_a_body():
    # "Researchers from the University of X sampled …" then "Dr Y, a geologist who led
    # the research": the body the research was done at
    text = (
        "Glacier melt speeds up in the Alps\n\n"
        "Researchers from the University of Kelmsford measured 48 glaciers over five "
        "summers. The study found that ice was thinning twice as fast as in the 1990s.\n\n"
        "‘We did not expect numbers like these,’ said Dr Fiona Ashby, a geologist who led "
        "the research.\n"
    )
    got = by_quote(text)["We did not expect numbers like these,"]
    assert got.speaker == "Fiona Ashby"
    assert got.organization == "University of Kelmsford"


def test_a_short_form_of_a_company_written_in_full_before():
    # "His counterpart at Fjordline, X," after "Danish rival Fjordline Shipping AB": the
    # full name (a Nordic company suffix is a company's head)
    text = (
        "Baltic Ferries to buy Danish rival\n\n"
        "LONDON, May 4 (Reuters) - Baltic Ferries Plc agreed on Monday to buy Danish rival "
        "Fjordline Shipping AB for about 900 million pounds.\n\n"
        "Baltic chief executive Tom Harding said the deal made sense. His counterpart at "
        'Fjordline, Mette Lund, said: "We had to grow or be bought."\n'
    )
    got = by_quote(text)["We had to grow or be bought."]
    assert got.speaker == "Mette Lund"
    assert got.organization == "Fjordline Shipping AB"


def test_its_officer_after_a_body_described_with_a_participle():
    # "X, a parents' group formed after …, called on …. Its co-founder, Y," -> X
    text = (
        "Smoke keeps pupils indoors\n\n"
        "KELOWNA, British Columbia — Smoke from wildfires kept pupils indoors on Monday.\n\n"
        "Fresh Lungs Okanagan, a parents' group formed after last summer's fires, called on "
        "the province to buy air cleaners. Its co-founder, Dana Whitlock, said parents were "
        "tired of waiting.\n"
    )
    got = by_quote(text)["parents were tired of waiting"]
    assert got.speaker == "Dana Whitlock"
    assert got.organization == "Fresh Lungs Okanagan"


def test_one_unnamed_official_of_a_body_written_by_its_kind():
    # "A union official said", "A ministry spokeswoman said" (paragraphs below the one
    # ministry): the body of that kind named before, as for "union officials"
    text = (
        "Farm lobby attacks clearing figures\n\n"
        "BOGOTA, Colombia — Forest clearing fell 20% last year, according to the Environment "
        "Ministry. The Coffee Pickers Union called a strike.\n\n"
        "A union official said pickets would start at dawn.\n\n"
        "Prices rose on Tuesday.\n\n"
        "Exporters were worried.\n\n"
        "Buyers stayed away.\n\n"
        "A ministry spokeswoman said talks would continue.\n"
    )
    got = by_quote(text)
    assert got["pickets would start at dawn"].speaker is None
    assert got["pickets would start at dawn"].organization == "Coffee Pickers Union"
    assert got["talks would continue"].organization == "Environment Ministry"
