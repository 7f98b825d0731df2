"""Round 28 (r28-h): the organisation of each speaker, the leftovers of probes r28b and
r28c. A team in brackets after a name in the lead, a body one speaks for, works at or runs,
`Its <title>, X` after a sentence about a body that is no statement, a firm's national arm
after `at` (`X of Canada`), a city's police prefecture, bodies named like people that the
text describes as bodies. Invented copy only (no sentence of the probes)."""

from quote_lookup import by_quote


def test_a_team_in_brackets_after_a_name_in_the_lead_is_kept_at_later_statements():
    text = (
        "Mertens wins stage 2 in Ávila as Kowalczyk takes the lead\n\n"
        "Belgium's Ine Mertens (Tessera Racing) won stage 2 of the Vuelta a Ávila on "
        "Saturday, beating Poland's Marta Kowalczyk (Orla Pro Team) in a sprint for the "
        "line.\n\n"
        '"I waited for the last bend and then I went," Mertens said at the finish.\n\n'
        "Kowalczyk said she was happy with the overall lead.\n\n"
        "Orla sports director Piotr Nowicki said the team would defend the jersey on "
        "Sunday.\n"
    )
    got = by_quote(text)
    assert got["I waited for the last bend and then I went,"].organization == "Tessera Racing"
    assert got["she was happy with the overall lead"].organization == "Orla Pro Team"
    assert got["the team would defend the jersey on Sunday"].organization == "Orla Pro Team"
    # (a party or a place in brackets is no team)
    text = (
        "Councillors backed the plan on Tuesday.\n\n"
        "Cllr Ann Pryce (Labour) said the plan was overdue. Cllr Tom Hale (Kelbridge) said "
        "it was too costly.\n"
    )
    got = by_quote(text)
    assert got["the plan was overdue"].organization != "Labour"
    assert got["it was too costly"].organization != "Kelbridge"


def test_a_body_one_speaks_for_works_at_or_runs_is_the_organisation():
    text = (
        "LYON, March 3 (Reuters) - A second union, Mountain Growers, has set up its own "
        'roadblocks. "We will stay all week," said Henri Vautrin, who speaks for the union '
        "in the Alps.\n\n"
        "The bakers have formed their own lobby, Fresh Crust Alliance. Speaking for the "
        "group, Odile Brunet said the tax was unfair.\n\n"
        "Night Lanterns, a volunteer-run soup kitchen in Lyon, said it would stay open. "
        '"We have never closed," said Claire Dumas, who runs the kitchen with her son.\n\n'
        "Paul Girard, who works at a Bright Harbour shelter in Lyon, said staff were tired.\n"
    )
    got = by_quote(text)
    assert got["We will stay all week,"].organization == "Mountain Growers"
    assert got["the tax was unfair"].organization == "Fresh Crust Alliance"
    assert got["We have never closed,"].organization == "Night Lanterns"
    assert got["staff were tired"].organization == "Bright Harbour"
    assert got["staff were tired"].role is None


def test_its_title_after_a_sentence_about_a_body_that_is_no_statement():
    text = (
        "Two housing charities will share offices from May.\n\n"
        "Warm Step has 30 hostels and a furniture shop in Hull. Its chair, Irene Colby, said "
        "the trustees had voted for the move.\n"
    )
    got = by_quote(text)
    assert got["the trustees had voted for the move"].organization == "Warm Step"


def test_a_firms_national_arm_after_at_and_a_citys_police_prefecture():
    text = (
        "MONTREAL — Carmakers are split over the rule.\n\n"
        "Lise Paquin, director of public affairs at Norvik of Canada, said the company "
        "backed the plan.\n\n"
        "The Toulouse police prefecture said nine people had been detained.\n"
    )
    got = by_quote(text)
    assert got["the company backed the plan"].organization == "Norvik of Canada"
    prefecture = got["nine people had been detained"]
    assert prefecture.organization == "Toulouse Police Prefecture"
    assert prefecture.country == "FR"


def test_a_body_described_as_a_union_or_a_soup_kitchen_speaks_as_a_body():
    text = (
        "DUBLIN — Farmers marched on the capital on Monday.\n\n"
        "Young Tillers, a farmers' union, said its members would march again on Friday.\n\n"
        "Kind Ladle, a soup kitchen in Cork, said it had run out of bread.\n"
    )
    got = by_quote(text)
    union = got["its members would march again on Friday"]
    assert union.speaker_type == "organization"
    assert union.organization == "Young Tillers"
    kitchen = got["it had run out of bread"]
    assert kitchen.speaker_type == "organization"
    assert kitchen.organization == "Kind Ladle"
