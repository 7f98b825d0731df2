"""Round 26, probe r26a's training errors (r26-a): the country of each speaker in
multi-country stories (demonym titles, ministries named by a demonym or by their capital,
a fronted capital, delegates, a country's envoy posted elsewhere, bodies named for a
country at talks abroad) and requests after "called on", each tested with invented copy
only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_demonym_before_a_ministers_portfolio_is_the_country_not_a_body():
    got = by_quote(
        "TBILISI, May 4 (Reuters) - Armenian Natural Resources Minister Davit Harutyunyan "
        "said the mine would stay shut."
    )
    st = got["the mine would stay shut"]
    assert st.speaker == "Davit Harutyunyan"
    assert st.role == "Natural Resources Minister"
    assert st.organization is None
    assert st.country == "AM"


def test_a_company_before_a_title_keeps_its_demonym():
    got = by_quote("LONDON (Reuters) - Turkish Airlines chairman Emre Kaya said fares would rise.")
    st = got["fares would rise"]
    assert st.organization == "Turkish Airlines"
    assert st.role == "chairman"


def test_a_ministry_written_with_a_demonym_speaks_under_its_name_and_country():
    got = by_quote(
        "LA PAZ, Bolivia (AP) — The Peruvian Health Ministry said the outbreak was over. "
        "Its spokeswoman, Ana Quispe, said two clinics would reopen.\n\n"
        "The Moldovan Ministry of Internal Affairs said the border post had closed."
    )
    ministry = got["the outbreak was over"]
    assert ministry.speaker == "Health Ministry"
    assert ministry.organization == "Health Ministry"
    assert ministry.country == "PE"
    officer = got["two clinics would reopen"]
    assert officer.organization == "Health Ministry"
    assert officer.country == "PE"  # the ministry's, not the dateline's
    moldova = got["the border post had closed"]
    assert moldova.speaker == "Ministry of Internal Affairs"
    assert moldova.country == "MD"


def test_a_lower_case_ministry_in_a_capital_is_that_countrys():
    got = by_quote(
        "GENEVA (Reuters) - Talks on the pipeline ended without a deal on Friday. The "
        "interior ministry in Yerevan said the border would stay open. The ministry said "
        "trucks were waiting."
    )
    st = got["the border would stay open"]
    assert st.speaker == "Interior Ministry"
    assert st.country == "AM"
    assert got["trucks were waiting"].speaker == "Interior Ministry"


def test_a_fronted_capital_named_for_its_country_places_a_minister():
    got = by_quote(
        "DOHA, Qatar (AP) — Qatar hosted the talks on Sunday.\n\n"
        "In Panama City, Foreign Minister Lucia Arosemena said the canal deal was fair.\n\n"
        "In Uruguay, Economy Minister Pablo Ferreira said the loan would be repaid."
    )
    assert got["the canal deal was fair"].country == "PA"
    assert got["the loan would be repaid"].country == "UY"


def test_a_delegations_country_is_its_leaders():
    got = by_quote(
        "TBILISI, Georgia (AP) — Ruben Sargsyan, who headed the Armenian delegation, said the "
        "railway would reopen.\n\n"
        "The head of the Azerbaijani delegation, Elchin Mammadov, said nothing had been "
        "signed.\n\n"
        "Nino Beridze, who led the delegation, said the hosts were pleased."
    )
    assert got["the railway would reopen"].country == "AM"
    assert got["nothing had been signed"].country == "AZ"
    assert got["the hosts were pleased"].country == "GE"  # no delegation's country


def test_its_envoy_is_the_subject_countrys_wherever_posted():
    got = by_quote(
        "NAIROBI, Kenya (AP) — Kenya hosted a meeting of donors on Tuesday.\n\n"
        "Japan, the largest donor to the fund, sent its ambassador to Kenya, Hiroshi Tanaka, "
        "to the meeting. He said Tokyo would double its pledge."
    )
    st = got["Tokyo would double its pledge"]
    assert st.speaker == "Hiroshi Tanaka"
    assert st.country == "JP"


def test_at_talks_abroad_a_body_named_for_a_country_keeps_it_and_so_does_its_officer():
    got = by_quote(
        "GENEVA (Reuters) - Ministers from five countries met on Monday to discuss air "
        "routes.\n\n"
        "Ugandan Transport Minister Moses Okello said the routes were too expensive. "
        "Rwandan Infrastructure Minister Claude Habimana said fuel prices had doubled. "
        "Ethiopian Aviation Minister Dawit Bekele said new airports were needed.\n\n"
        "Air Tanzania said it would add two flights a week. Its chief executive, Salim "
        "Mwinyi, said the airline had ordered four jets."
    )
    assert got["it would add two flights a week"].country == "TZ"
    officer = got["the airline had ordered four jets"]
    assert officer.organization == "Air Tanzania"
    assert officer.country == "TZ"


def test_called_on_reports_the_request_without_its_addressee():
    got = by_quote(
        "The union called on its members not to cross picket lines before Friday. The mayor "
        "called upon the council to publish the report."
    )
    assert "not to cross picket lines before Friday" in got
    assert "to publish the report" in got
    assert not any(q.startswith(("its members", "the council")) for q in got)


def test_trading_blame_is_no_statement():
    text = (
        "Serbia, Kosovo trade blame over border as talks stall\n\n"
        "BELGRADE (Reuters) - Talks on the border crossing broke up on Monday."
    )
    assert by_quote(text) == {}
    # a body's name ending in "Trade" still speaks
    got = by_quote(
        "A spokesperson for the Department for Business and Trade said talks would go on."
    )
    assert "talks would go on" in got


def test_releasing_water_or_fuel_is_no_statement():
    got = by_quote(
        "Under the treaty, Tajikistan releases water in spring for the fields downstream and "
        "receives gas in winter. The utility released fuel reserves on Monday."
    )
    assert got == {}


def test_thanks_are_a_reaction_at_a_non_answers_confidence():
    got = by_quote(
        "The minister thanked the Qatari mediators and said the prisoners would be home soon."
    )
    assert got["the Qatari mediators"].confidence <= 0.3
    assert got["the prisoners would be home soon"].confidence > 0.3


def test_an_unnamed_source_in_a_large_city_is_of_its_country():
    text = (
        "GENEVA (Reuters) - Ministers from five countries met on Monday.\n\n"
        "A shopkeeper in Almaty said bread prices had doubled. A World Bank economist in "
        "Almaty said the figures were under review."
    )
    got = by_quote(text)
    assert got["bread prices had doubled"].country == "KZ"
    assert got["the figures were under review"].country is None  # the bank's, no city's


def test_a_diplomat_is_not_of_the_capital_he_is_posted_to():
    got = by_quote(
        "GENEVA (Reuters) - Ministers from five countries met on Monday.\n\n"
        "An Asian diplomat in Nairobi said the vote had been delayed."
    )
    assert got["the vote had been delayed"].country is None


def test_officials_at_a_ministry_in_a_capital_are_of_its_country_not_an_embassys():
    got = by_quote(
        "GENEVA (Reuters) - Ministers from five countries met on Monday.\n\n"
        "Officials at the finance ministry in Tashkent said the loan was signed. Staff at "
        "the embassy in Tashkent said visas were delayed."
    )
    assert got["the loan was signed"].country == "UZ"
    assert got["visas were delayed"].country is None
