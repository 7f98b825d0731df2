"""Round 20, the retired held-out set 16's span, speaker and country error classes: each
rule is tested on invented stories (none of that set's sentences, names or topics). Each
test failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def test_a_capital_of_central_asia_dates_a_story():
    text = (
        "Kyrgyz lawmakers approve new mining code\n\n"
        "BISHKEK (Reuters) - Kyrgyzstan's parliament approved a new mining code on "
        "Wednesday after months of debate.\n\n"
        "Economy Minister Aibek Toktorov told lawmakers that the code would double "
        "royalties.\n\n"
        '"We waited long enough for this," said Nurlan Asanov, 38, a miner.\n'
    )
    got = by_quote(text)
    assert got["the code would double royalties"].country == "KG"
    assert got["We waited long enough for this,"].country == "KG"


def _fund_story() -> str:
    return (
        "Laos agrees loan terms with World Bank\n\n"
        "VIENTIANE (Reuters) - Laos has agreed the terms of a $300 million loan with the "
        "World Bank, the lender said on Friday.\n\n"
        "The loan would pay for rural roads, according to a statement from the Bank's "
        "country director, Ingrid Solberg.\n\n"
        "Finance Minister Khamla Vongsa said the government would repay it within 20 "
        "years.\n\n"
        "A spokesman for the Bank in Washington said the board would vote in March.\n"
    )


def test_an_officer_of_an_international_body_named_by_its_short_form_has_no_country():
    got = by_quote(_fund_story())
    assert got["The loan would pay for rural roads"].speaker == "Ingrid Solberg"
    assert got["The loan would pay for rural roads"].country is None
    assert got["the board would vote in March"].country is None
    assert got["the government would repay it within 20 years"].country == "LA"


def test_the_funds_officer_under_a_capital_dateline_has_no_country():
    # guard at 1.27.1, which read no dateline here; it fails with the new capital alone
    text = (
        "Tajikistan wins IMF backing for budget plan\n\n"
        "DUSHANBE (Reuters) - Tajikistan has won the backing of the International Monetary "
        "Fund for its budget plan, the Fund said on Monday.\n\n"
        "Spending would fall by 2% of output, according to a statement from the Fund's "
        "resident representative, Paolo Greco.\n\n"
        '"The plan is credible," Greco said in the statement.\n\n'
        "A spokeswoman for the Fund in Washington said talks would resume in May.\n"
    )
    got = by_quote(text)
    assert got["Spending would fall by 2% of output"].speaker == "Paolo Greco"
    assert got["Spending would fall by 2% of output"].country is None
    assert got["The plan is credible,"].country is None
    assert got["talks would resume in May"].country is None


def _marathon_story() -> str:
    return (
        "Runner pulls out of half-marathon after doping test row\n\n"
        "The Kenyan runner Daniel Kiprono, who won the race last year, said he had been "
        "treated unfairly and would fly home.\n\n"
        "Kiprono's coach, Samuel Mutai, said the testers had arrived at his hotel at "
        "midnight.\n\n"
        "The race director, Alison Crane, said the test had followed the rules. The race "
        "has £25,000 in prize money and starts in Bristol city centre.\n\n"
        "Such rows are rare in running, said Tom Hale, a club runner from Bristol.\n"
    )


def test_a_runners_entourage_shares_his_country():
    # guard: a title noun after a possessor already took the possessor's country
    got = by_quote(_marathon_story())
    assert got["he had been treated unfairly and would fly home"].country == "KE"  # guard
    assert got["the testers had arrived at his hotel at midnight"].speaker == "Samuel Mutai"
    assert got["the testers had arrived at his hotel at midnight"].country == "KE"


def test_an_undated_story_with_british_cities_and_pounds_is_british():
    got = by_quote(_marathon_story())
    assert got["the test had followed the rules"].country == "GB"


def test_a_governing_body_of_a_sport_has_no_country():
    text = (
        "Football club fined over stadium chants\n\n"
        "LONDON (AP) — A Premier League club was fined on Tuesday over chants at its "
        "stadium.\n\n"
        "FIFA said in a statement that it would review the case.\n"
    )
    assert by_quote(text)["it would review the case"].country is None


def test_told_reporters_in_a_city_then_a_bare_clause():
    text = (
        "Vietnam to cut import tariffs\n\n"
        "HANOI (Reuters) - Trade Minister Le Van Thanh told reporters in Hanoi the "
        "government would cut tariffs on farm machinery next year.\n\n"
        "Central bank governor Pham Thi Lan said at a forum in Da Nang the currency "
        "would stay stable.\n"
    )
    got = by_quote(text)
    clause = "the government would cut tariffs on farm machinery next year"
    assert got[clause].speaker == "Le Van Thanh"
    assert got["the currency would stay stable"].speaker == "Pham Thi Lan"


def test_who_after_an_age_and_an_appositive_is_the_named_person():
    text = (
        "Nurses march over pay in Lima\n\n"
        "LIMA (AP) — Hundreds of nurses marched through Lima on Monday.\n\n"
        '"We are exhausted," said Maria Lopes, 52, a nurse who said her shifts had doubled '
        'since March. "Nobody listens."\n'
    )
    got = by_quote(text)["her shifts had doubled since March"]
    assert got.speaker == "Maria Lopes"


def test_words_reported_in_a_relative_clause_end_at_the_main_verb_after_a_comma():
    text = (
        "Parents lose school safety case\n\n"
        "The complaint, filed in May by three parents who argued the school was unsafe, "
        "was rejected on Friday.\n\n"
        "Jorge Ruiz, 40, a driver who said his fares had fallen, joined the protest.\n\n"
        "A nurse who said the ward, a new building, was cold has resigned.\n"
    )
    got = by_quote(text)
    assert "the school was unsafe" in got
    assert got["his fares had fallen"].speaker == "Jorge Ruiz"
    assert "the ward, a new building, was cold" in got  # guard: an appositive inside


def _search_story(clause: str) -> str:
    return (
        "Pilot searched at airport gate\n\n"
        "The inspector, Joan Harlow, said the bags were checked. Tom Dunmore, a pilot, said "
        "he was angry.\n\n"
        f"{clause}\n"
    )


def test_quoted_words_after_a_verb_of_consent_in_a_reported_clause_are_the_reporters():
    text = _search_story(
        "Harlow said that every bag had been checked twice and that Dunmore had agreed to "
        "the search “without any complaint at all”."
    )
    assert by_quote(text)["without any complaint at all"].speaker == "Joan Harlow"


def test_quoted_words_after_a_verb_of_consent_of_its_own_stay_with_its_subject():
    # guard: no verb of saying reports the clause
    text = _search_story("Dunmore agreed to the search “without any complaint at all”.")
    assert by_quote(text)["without any complaint at all"].speaker == "Tom Dunmore"


def test_a_body_named_after_its_part_in_an_event_speaks():
    text = (
        "Bridge congress bans player\n\n"
        "The congress’s organisers, the Harlow Bridge Club, said in a statement that the "
        "ban was ‘entirely fair’ and that the results would stand.\n\n"
        "Its main sponsor, Acme Foods, said it would review its support.\n"
    )
    got = by_quote(text)
    assert got["entirely fair"].speaker == "Harlow Bridge Club"
    assert got["the results would stand"].speaker == "Harlow Bridge Club"
    assert got["it would review its support"].speaker == "Acme Foods"


def test_a_school_admitting_a_count_of_students_says_nothing():
    text = (
        "Medical school admissions probed\n\n"
        "TOPEKA, Kan. (AP) — The medical school admitted at least 45 applicants over four "
        "years after their families donated money, according to an audit.\n\n"
        "The nursing college admits about 90 students a year from 800 applicants.\n\n"
        "The hospital admitted 12 patients were harmed by the error.\n\n"
        "The water company admitted 38 breaches of its permit in court.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith(("at least 45", "about 90")) for q in got)
    assert got["12 patients were harmed by the error"].kind == "indirect"  # guard
    assert "38 breaches of its permit in court" in got  # guard: a confession


def test_a_title_case_name_described_as_a_group_is_an_organisation():
    text = (
        "Council votes to move zoo bear\n\n"
        "Friends of Rosa, a group that has gathered more than 5,000 signatures calling for "
        "the bear's release, said in a statement that the vote was “long overdue.”\n"
    )
    got = by_quote(text)
    assert got["long overdue."].speaker == "Friends of Rosa"
    assert got["long overdue."].speaker_type == "organization"
    assert not any("release" in q for q in got)  # the signatures say nothing


def test_a_group_at_a_workplace_in_a_town_speaks_not_the_town():
    text = (
        "College raises fees\n\n"
        "DAYTON, Ohio (AP) — Students at the college’s campus in Fairborn said they were "
        "angry. Some workers at the plant near Troy said the line had stopped.\n"
    )
    got = by_quote(text)
    assert got["they were angry"].speaker is None
    assert got["they were angry"].source == "Students at the college’s campus in Fairborn"
    assert got["the line had stopped"].speaker is None


def test_the_central_bank_is_the_one_central_bank_the_article_names():
    text = (
        "Kenya's reserves slide\n\n"
        "NAIROBI (Reuters) - Kenya's reserves fell to $7 billion in June, according to the "
        "central bank. The Central Bank of Kenya raised its main rate in May.\n\n"
        "Bank of America analysts said the shilling would fall.\n"
    )
    got = by_quote(text)
    assert got["Kenya's reserves fell to $7 billion in June"].speaker == "Central Bank of Kenya"
    assert got["the shilling would fall"].speaker is None  # guard: a commercial bank
