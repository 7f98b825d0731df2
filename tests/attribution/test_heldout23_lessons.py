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


# ---- speakers and organisations ---------------------------------------------------


def speakers(text):
    return [(s.quote, s.speaker) for s in extract(text)]


def test_the_coroner_far_back_is_the_one_coroner_of_the_inquest():
    # one coroner hears the case: "The coroner" at the report's end, after several
    # paragraphs of witnesses, a council officer and a family, is still the one named
    witnesses = "".join(
        f"Witness {name}, a {job}, told the hearing that {fact}, and that nobody from the "
        "council had come to look at the bend in the months before the crash.\n\n"
        for name, job, fact in [
            ("Paul Orme", "lorry driver", "the bend had no warning sign"),
            ("Keith Dunn", "farmer", "he had seen three crashes there since spring"),
            ("Simon Vale", "road engineer", "the camber was too steep for heavy loads"),
            ("Gary Lund", "paramedic", "the driver had been conscious when the crew arrived"),
            ("Neil Ashby", "mechanic", "the brakes of the van had been serviced in March"),
            ("Owen Pratt", "highways officer", "the sign had been ordered but never installed"),
            ("Dean Marsh", "bus driver", "he slowed to walking pace at the bend every day"),
            ("Colin Webb", "postman", "the verge had been churned up by cars for a year"),
            ("Frank Hale", "cyclist", "he walked his bike around the bend in the wet"),
            ("Martin Cole", "teacher", "parents had written to the council about the bend"),
            ("Barry Nash", "retired police officer", "the bend had been on a list in 2019"),
            ("Steven Roe", "taxi driver", "his passengers often asked him to slow down there"),
            ("Alan Pike", "farm worker", "tractors struggled to turn on the bend in winter"),
            ("Roger Bell", "bin lorry driver", "his lorry had clipped the verge twice"),
        ]
    )
    text = (
        "Inquest into death of van driver on hill road\n\n"
        "Area coroner Judith Kerr said the van had left the road on a bend that had no "
        "warning sign at all.\n\n"
        "She said she would write to the council about the bend before the winter.\n\n"
        + witnesses
        + "The council said in a statement that it accepted every finding of the inquest "
        "in full and that it would put up new signs on the bend within a fortnight.\n\n"
        "A council spokeswoman said a review of all the hill roads in the district would be "
        "finished by the end of the year.\n\n"
        "The driver's sister, Carol Hume, said the family had waited two years for answers.\n\n"
        "The coroner said she had found 'no evidence' that the driver had been speeding."
    )
    assert text.index("The coroner said") - text.index("She said she would") > 3000
    assert ("no evidence", "Judith Kerr") in speakers(text)


def test_a_named_relative_speaks_for_herself_and_a_counted_group():
    text = (
        "Crash victim remembered\n\n"
        "Tom Beck, 70, died after his car left the road.\n\n"
        "In a statement, Mr Beck's wife, Sue Beck, and their three sons said: 'He was the "
        "kindest man we knew.'\n\n"
        "His brother, Ian Beck, and two daughters said he had driven the road for years."
    )
    assert speakers(text) == [
        ("He was the kindest man we knew.", "Sue Beck"),
        ("he had driven the road for years", "Ian Beck"),
    ]


def test_a_group_joined_to_a_group_stays_unnamed():
    text = "Residents and their children said the road was dangerous."
    assert speakers(text) == [("the road was dangerous", None)]


def test_a_named_subject_before_a_colon_speaks_the_quote_after_it():
    text = (
        "Farmer weighs offers\n\n"
        "Nora Quist owns the field where the stone fell.\n\n"
        "“It is mine,” Quist says.\n\n"
        "Among the bidders was Leo Hart, a collector from Reno, Nev.\n\n"
        "“I pay cash,” Hart says.\n\n"
        "Asked what she would do with the money, Quist doesn’t hesitate: “Pay off the "
        "tractor.”\n\n"
        "Hart has a plan too: “Cut it up and sell it.”"
    )
    found = speakers(text)
    assert ("Pay off the tractor.", "Nora Quist") in found
    assert ("Cut it up and sell it.", "Leo Hart") in found


def test_a_verb_of_saying_further_back_keeps_its_speaker_before_a_colon():
    text = (
        "Budget row\n\n"
        "Mayor Ann Lutz spoke first.\n\n"
        "Councillor Ben Ruiz said that the budget left out three things that mattered to the "
        "town: “Roads, libraries and the pool.”"
    )
    assert speakers(text)[-1] == ("Roads, libraries and the pool.", "Ben Ruiz")


def test_of_the_charity_named_after_its_kind_is_the_organisation():
    text = (
        "Ann Cole, of the road safety charity Safe Lanes, said the roads were poor.\n\n"
        "Tom Reid, of the campaign group Clean Air Now, said the air was worse."
    )
    assert [(s.speaker, s.organization) for s in extract(text)] == [
        ("Ann Cole", "Safe Lanes"),
        ("Tom Reid", "Clean Air Now"),
    ]


def test_a_given_name_romanised_another_way_is_the_same_person():
    text = (
        "Plant fire\n\n"
        "The plant's chief executive, Park Sang-hoon, apologised on Tuesday.\n\n"
        "Labor Minister Lee Mi-kyung said the ministry would investigate.\n\n"
        "Park Sang-hun said late Tuesday that the company would pay for the funerals.\n\n"
        "Kim Jin-ho said the fire was out. Kim Jin-hee said she was safe."
    )
    assert speakers(text) == [
        ("the ministry would investigate", "Lee Mi-kyung"),
        ("the company would pay for the funerals", "Park Sang-hoon"),
        ("the fire was out", "Kim Jin-ho"),
        ("she was safe", "Kim Jin-hee"),
    ]


# ---- spans --------------------------------------------------------------------------


def test_two_verb_phrases_before_a_quoted_and_that_conjunct_stay_one_statement():
    text = (
        "Ferry warning\n\n"
        "Harbour master Ida Lund said the notice had been printed in French and sent to "
        "every crew on Friday evening, and that the sinking was “not a matter of luck” but of "
        "how crews read it."
    )
    assert speakers(text) == [
        (
            "the notice had been printed in French and sent to every crew on Friday evening",
            "Ida Lund",
        ),
        ("not a matter of luck", "Ida Lund"),
    ]
