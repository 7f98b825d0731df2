"""Round 26: lessons of the retired heldout23, proven on invented sentences of the same
shapes (none of its sentences, names or places)."""

from articles.attribution import extract


def countries(text):
    return [(s.speaker, s.country) for s in extract(text)]


# ---- country of an undated story -------------------------------------------------


def test_swiss_cantons_and_cities_outweigh_visitors_from_elsewhere():
    # no dateline; the British and Germans named as often as the Swiss: the cantons,
    # cities and agency of Swiss domestic copy decide
    text = (
        "Two climbers die in rockfall near Zermatt\n\n"
        "Two German climbers died on Sunday when rocks fell on a ridge in canton Valais, "
        "police said.\n\n"
        "A third man, a Briton from Kent, was flown to hospital in Sion, police spokeswoman "
        "Anna Bregy told Keystone-SDA.\n\n"
        "The British embassy and the German consulate said they were in contact with the "
        "families. Germany's foreign ministry said it was helping the relatives.\n\n"
        "Mountain guide Urs Imboden said the ridge had been unstable for a week."
    )
    found = countries(text)
    assert ("Anna Bregy", "CH") in found
    assert ("Urs Imboden", "CH") in found


def test_geneva_alone_does_not_make_a_story_swiss():
    text = (
        "Truce talks stall\n\n"
        "Negotiators from Armenia and Azerbaijan met again in Geneva on Monday without a "
        "deal, officials said.\n\n"
        "Armenian envoy Ara Sargsyan said the talks would resume in Geneva next month."
    )
    assert ("Ara Sargsyan", "CH") not in countries(text)


def test_told_a_national_agency_places_an_undated_story():
    # the speaker talks to the country's national agency; the country is named as often
    # as any other
    text = (
        "Ferry capsizes off southern coast\n\n"
        "A ferry carrying 40 passengers capsized off the southern coast on Friday, the coast "
        "guard said.\n\n"
        "Among the passengers were two Japanese tourists, the coast guard said. Korean "
        "officials said 38 people had been rescued.\n\n"
        '"The waves were higher than the deck," survivor Han Ji-woo told Yonhap News Agency. '
        '"We had seconds."\n\n'
        "Captain Oh Dong-min said the engine had failed an hour before."
    )
    found = countries(text)
    assert ("Han Ji-woo", "KR") in found
    assert ("Oh Dong-min", "KR") in found


def test_korean_provinces_and_cities_mark_domestic_copy():
    text = (
        "Chemical leak at Ulsan refinery\n\n"
        "A chemical leak at a refinery in Ulsan forced 300 workers to leave on Monday, "
        "firefighters said.\n\n"
        "Plant manager Seo Yun-ho said the valve had been replaced in Busan last month. "
        "Residents of nearby Gyeongsang villages said the smell reached them by noon."
    )
    assert ("Seo Yun-ho", "KR") in countries(text)


def test_english_coroner_and_police_constable_mark_british_copy():
    # no country named at all: a senior coroner, a police constable before a name and an
    # English county
    text = (
        "Inquest told of farm tractor death\n\n"
        "Senior coroner Ruth Pryce said the tractor had rolled on a slope that was too steep "
        "for it.\n\n"
        "PC Alan Brierley, a collision investigator, said the brakes had been worn for months.\n\n"
        "The farm, near a village in Shropshire, had no record of repairs, the hearing was told."
    )
    found = countries(text)
    assert ("Ruth Pryce", "GB") in found
    assert ("Alan Brierley", "GB") in found


def test_a_pc_before_a_word_that_is_no_name_is_no_british_mark():
    text = (
        "Gaming sales slump\n\n"
        "Sales of PC games fell in the spring, analyst Maria Ortiz said. She said Nintendo "
        "and Sony were holding up better."
    )
    assert ("Maria Ortiz", "GB") not in countries(text)


def test_a_long_headline_is_still_the_headline_of_the_lead():
    # a headline of 15 words or more, then the first paragraph: the lead names one place
    # only, which the story names most (an analyst's Singapore once)
    text = (
        "Taipei bubble-tea chain scraps its share listing plans as investors grow wary of "
        "consumer stocks\n\n"
        "Pearlcup, which runs 900 shops across Taiwan, has dropped its plan to list its "
        "shares, in what would have been the island's largest consumer listing.\n\n"
        "Founder Lin Mei-hua said the company would grow in Taiwan first. A Taiwanese rival "
        "listed in Taipei last year.\n\n"
        "Analyst Tan Wei Ming of a Singapore brokerage said the valuation was too high. He "
        "said Taiwan's chains faced a crowded market."
    )
    assert ("Lin Mei-hua", "TW") in countries(text)


def test_a_chain_described_by_its_city_keeps_that_country():
    text = (
        "Bakery chain delays listing\n\n"
        "Brioche Dorée Group, a Lyon-based chain of bakeries, said it would delay its listing "
        "in London.\n\n"
        "Its chief executive, Paul Renaud, said the market was too weak."
    )
    found = [(s.speaker, s.organization, s.country) for s in extract(text)]
    assert ("Paul Renaud", "Brioche Dorée Group", "FR") in found


def test_a_fund_house_described_by_its_city_is_of_that_country():
    text = (
        "Investors shun tech listings\n\n"
        "Sarah Lam, a portfolio manager at Harbour Crest Capital, a Taipei fund house, said "
        "valuations were too high."
    )
    assert ("Sarah Lam", "TW") in countries(text)
