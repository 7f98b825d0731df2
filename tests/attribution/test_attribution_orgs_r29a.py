"""Round 29 (r29-a): the organisation of each speaker in business copy (probe r29a). A firm
one owns or runs (`X, whose firm Y …`), a body's name inside a role before a lower-case
title (`a former Y dispatcher`, `Y portfolio manager X`, `A former Y plant head, X,`), a
unit described after a copula (`… was Y, the … unit. Its president, X,`), a body named with
a country last or a list inside its bracketed name, a company's short name that is no
person, `…, the company said` after a clause whose subject is a company, a document phrase
after a closing cue (`said in a stock exchange filing on Monday`), Indian papers' `City:`
dateline, and an undated story whose own country's copy outweighs a foreign parent's city.
Invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_firm_one_owns_or_runs_in_a_whose_clause_is_the_organisation():
    text = (
        "Grain prices fell for a third week.\n\n"
        "Alma Whitcombe, whose firm Whitcombe Grain Brokers arranges sales for farmers, said "
        "buyers were holding back.\n\n"
        "Tariq Nasser, 61, whose consultancy Fieldstone Analytics advises co-operatives, said "
        "storage was full.\n"
    )
    got = by_quote(text)
    assert got["buyers were holding back"].organization == "Whitcombe Grain Brokers"
    assert got["buyers were holding back"].role is None
    assert got["storage was full"].organization == "Fieldstone Analytics"
    # (a family's stake names no employer)
    text = "Marion Kell, whose family owns a third of the bakery, said sales were flat.\n"
    assert by_quote(text)["sales were flat"].organization is None


def test_a_body_named_inside_a_role_before_a_lower_case_title():
    text = (
        "Corvel Logistics Inc. closed its Reno depot on Friday. The depot had been run by "
        "Corvel Parcel, the group's courier arm.\n\n"
        "Dale Burkett, a former Corvel Parcel driver who quit in May, said the vans were "
        "old.\n\n"
        "A former Corvel warehouse head, Lionel Ashby, said the depot had lost money.\n\n"
        "Tallis Fund Managers portfolio manager Renata Vogt said the closure was overdue.\n"
    )
    got = by_quote(text)
    assert got["the vans were old"].organization == "Corvel Parcel"
    assert got["the vans were old"].role == "former driver"
    assert got["the depot had lost money"].organization == "Corvel Logistics Inc"
    assert got["the depot had lost money"].role == "former warehouse head"
    assert got["the closure was overdue"].organization == "Tallis Fund Managers"
    assert got["the closure was overdue"].role == "portfolio manager"


def test_its_title_after_a_sentence_naming_a_unit_after_its_copula():
    text = (
        "Brenford Foods Inc. said sales rose.\n\n"
        "The best performer was Brenford Fresh, the salad unit the company bought in 2021. "
        "Its president, Nina Alvarez, said demand had doubled.\n"
    )
    assert by_quote(text)["demand had doubled"].organization == "Brenford Fresh"


def test_bodies_named_with_a_country_last_or_a_list_before_their_initials():
    text = (
        "The Grain Council New Zealand said exports had slowed.\n\n"
        "The Authority for Water, Sewerage and Drainage (AWSD) said it had raised tariffs.\n"
    )
    got = by_quote(text)
    assert got["exports had slowed"].speaker == "Grain Council New Zealand"
    assert got["it had raised tariffs"].speaker == "Authority for Water, Sewerage and Drainage"


def test_a_company_written_with_its_suffix_is_no_person_at_a_shorter_mention():
    text = (
        "Vantor Cables Ltd will cut 300 jobs, the company said on Monday.\n\n"
        "Shares of Vantor Cables fell 4% in Mumbai.\n\n"
        "The cuts will be finished by March, Vantor said.\n"
    )
    got = by_quote(text)
    assert got["The cuts will be finished by March"].speaker == "Vantor Cables Ltd"
    assert got["The cuts will be finished by March"].organization == "Vantor Cables Ltd"


def test_the_company_said_after_a_clause_opened_by_one_of_two_companies():
    text = (
        "Pell Marine Ltd will buy rival Oskar Shipping Ltd for $90 million, the company said in "
        "a stock exchange filing on Monday.\n"
    )
    got = by_quote(text)
    s = got["Pell Marine Ltd will buy rival Oskar Shipping Ltd for $90 million"]
    assert s.speaker == "Pell Marine Ltd"


def test_an_indian_papers_title_case_dateline_is_no_speaker():
    text = (
        "Hallan Steel to shut Nagpur mill\n\n"
        "Priya Menon\n\n"
        "Pune: Hallan Steel Ltd will shut its Nagpur mill by June, the company said on "
        "Tuesday.\n\n"
        "Hallan managing director Arvind Rao said the mill had lost money for years.\n"
    )
    got = by_quote(text)
    s = got["Hallan Steel Ltd will shut its Nagpur mill by June"]
    assert s.speaker == "Hallan Steel Ltd"
    assert all(x.speaker != "Pune" for x in got.values())


def test_an_undated_story_whose_own_copy_outweighs_a_foreign_parents_city():
    text = (
        "Strike halts Kloofnek colliery\n\n"
        "About 2,000 workers at the Kloofnek colliery near Rustenburg downed tools on Monday. "
        "They want R1,500 more a month; the company has offered R700.\n\n"
        "Kloofnek is owned by Granger Mining, the London-based miner that bought it in 2019. "
        "Granger said in London that the colliery was losing R40m a month.\n\n"
        "Workers earn about R9,200 a month. Hendrik Botha, a mining analyst at Vaal "
        "Securities in Johannesburg, said the stoppage would not last.\n\n"
        "Granger shares fell 3% in London. The CCMA said it would meet both sides.\n"
    )
    got = by_quote(text)
    assert got["it would meet both sides"].country == "ZA"
    assert got["the colliery was losing R40m a month"].country == "GB"
