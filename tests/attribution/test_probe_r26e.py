"""Round 26, probe r26e's training errors (r26-e): non-Western wire agencies and state
media house styles (Xinhua, Yonhap, PTI …), each class tested with invented copy only (no
sentence of the probe)."""

from quote_lookup import by_quote

# a national agency's copy from its own capital, with reactions from two other countries
KYODO_HOME = (
    "Japan protests Chinese survey ship near islands\n\n"
    "TOKYO, May 2 (Kyodo) -- A Chinese survey ship entered waters near the Senkaku Islands "
    "on Saturday, the Fisheries Agency said.\n\n"
    "An official at the transport ministry said on condition of anonymity that patrol boats "
    "had shadowed the ship for six hours.\n\n"
    "China's Foreign Ministry said the ship was conducting routine research. Russia's "
    "Foreign Ministry said it was following the situation. Chinese Ambassador Zhou Lan "
    "told reporters that the waters were Chinese. Russian envoy Pavel Orlov said the "
    "islands were not Russia's concern.\n"
)


def test_national_agency_at_home_gives_its_country_despite_foreign_reactions():
    found = by_quote(KYODO_HOME)
    agency = found["A Chinese survey ship entered waters near the Senkaku Islands on Saturday"]
    assert agency.speaker == "Fisheries Agency" and agency.country == "JP"
    official = found["patrol boats had shadowed the ship for six hours"]
    assert official.speaker is None and official.country == "JP"
    # the foreign voices keep their own countries
    assert found["the ship was conducting routine research"].country == "CN"
    assert found["the waters were Chinese"].country == "CN"


def test_a_summit_abroad_under_a_foreign_agency_tag_still_gives_no_home_country():
    # Reuters is no national agency: talks in Geneva keep the summit rule
    text = (
        "GENEVA, May 2 (Reuters) - Talks on the dam ended without a deal on Saturday.\n\n"
        "Egypt's Foreign Ministry said the talks had failed. Ethiopia's Water Ministry said "
        "the dam would fill on schedule. Egyptian Minister Omar Said told reporters that "
        "Cairo would appeal. Ethiopian Minister Abebe Tesfaye said the filling was legal.\n\n"
        "A spokesman for the mediators, Paul Meier, said the sides would meet again.\n"
    )
    found = by_quote(text)
    assert found["the sides would meet again"].country is None


def test_the_norths_body_is_the_north_named_in_the_story():
    text = (
        "SEOUL, May 2 (Yonhap) -- North Korea condemned the drills on Saturday.\n\n"
        "The North's state media quoted an unnamed spokesman for the North's foreign "
        'ministry as saying the drills were "reckless."\n\n'
        "A South Korean official said the drills would go ahead.\n"
    )
    found = by_quote(text)
    assert found["reckless."].speaker is None
    assert found["reckless."].country == "KP"
    assert found["the drills would go ahead"].country == "KR"


def test_a_field_of_study_keeps_its_demonym_and_gives_no_nationality():
    text = (
        "Mina Cho, a professor of North Korean studies at Dongguk University, said the "
        "launch was a warning.\n\n"
        "Tom Reyes, a professor of Chinese history at Elm University, said the map was "
        "old.\n\n"
        "Lena Park, a former Mexican trade minister, said tariffs would rise.\n"
    )
    found = by_quote(text)
    cho = found["the launch was a warning"]
    assert (cho.role, cho.country) == ("professor of North Korean studies", None)
    assert cho.organization == "Dongguk University"
    reyes = found["the map was old"]
    assert (reyes.role, reyes.organization) == ("professor of Chinese history", "Elm University")
    # a nationality before the title is still the country, out of the role
    park = found["tariffs would rise"]
    assert (park.role, park.country) == ("former trade minister", "MX")


def test_a_general_staff_is_a_body_not_a_workforce():
    text = (
        "The convoy was hit overnight, Ukraine's General Staff said.\n\n"
        "Two drones were downed, the Joint Chiefs of Staff said.\n\n"
        "Hospital staff said the ward was full.\n"
    )
    found = by_quote(text)
    staff = found["The convoy was hit overnight"]
    assert (staff.speaker, staff.speaker_type, staff.country) == (
        "General Staff",
        "organization",
        "UA",
    )
    assert found["Two drones were downed"].speaker == "Joint Chiefs of Staff"
    assert found["the ward was full"].speaker is None


def test_learned_from_names_who_told_the_agency():
    text = (
        "HANOI, May 2 (VNA) -- The agency learned from the Ministry of Industry that "
        "power cuts would end by June.\n\n"
        "Reporters learned from Hoang Long Co., Ltd. on Friday that two plants had closed.\n\n"
        "She learned that the farm had been sold.\n"
    )
    found = by_quote(text)
    assert found["power cuts would end by June"].speaker == "Ministry of Industry"
    assert found["two plants had closed"].speaker == "Hoang Long Co., Ltd"
    assert found["the farm had been sold"].speaker is None  # (she learned it: no source)


def test_an_asian_company_with_co_ltd_is_one_name():
    text = (
        "Sunrise Textile Co., Ltd. said exports fell by a fifth.\n\n"
        "Orders dropped in March, Sunrise Textile Co., Ltd. said.\n\n"
        "A company official said the mill would close.\n"
    )
    found = by_quote(text)
    assert found["exports fell by a fifth"].speaker == "Sunrise Textile Co., Ltd"
    assert found["Orders dropped in March"].speaker == "Sunrise Textile Co., Ltd"
    assert found["the mill would close"].organization == "Sunrise Textile Co., Ltd"


def test_a_statement_on_a_bodys_website_is_the_bodys():
    text = (
        "Rents rose by 4 percent, according to a notice posted on the website of "
        "Mongolia's Ministry of Construction. The notice said 900 flats were empty.\n"
    )
    found = by_quote(text)
    rents = found["Rents rose by 4 percent"]
    assert (rents.speaker, rents.country) == ("Ministry of Construction", "MN")
    assert found["900 flats were empty"].speaker == "Ministry of Construction"


def test_counsel_submitted_that_is_speech_a_submitted_proposal_is_not():
    text = (
        "Senior advocate Ravi Kapoor submitted that the rules were unlawful.\n\n"
        "The staff accused the board of shelving a plan, submitted in March, to merge the "
        "two units.\n\n"
        "The firm submitted its bid on Monday.\n"
    )
    found = by_quote(text)
    kapoor = found["the rules were unlawful"]
    assert (kapoor.speaker, kapoor.role) == ("Ravi Kapoor", "Senior advocate")
    assert "the board of shelving a plan, submitted in March, to merge the two units" in found
    assert len(found) == 2  # (the bid is a filing)


def test_a_month_word_after_an_east_asian_family_name_is_a_given_name():
    text = (
        "Li Jun, a farmer in Gansu, said the wheat had failed.\n\n"
        '"It is the worst year I remember," Li said.\n\n'
        "The dam was closed on Jun 5, officials said.\n"
    )
    found = by_quote(text)
    assert found["the wheat had failed"].speaker == "Li Jun"
    assert found["It is the worst year I remember,"].speaker == "Li Jun"


def test_an_approximate_sum_converted_in_brackets_stays_in_the_clause():
    text = (
        "He said the state would spend 90 billion rupees (about 1.1 billion U.S. dollars) "
        "on new roads by 2030.\n\n"
        "She said 20 people (about half of them children) were hurt.\n"
    )
    found = by_quote(text)
    assert (
        "the state would spend 90 billion rupees (about 1.1 billion U.S. dollars) on new "
        "roads by 2030" in found
    )
    assert "20 people" in found  # (a clause in brackets still ends it)


def test_a_country_opening_a_name_its_acronym_spells_is_part_of_the_name():
    text = (
        "ULAANBAATAR, May 2 (Xinhua) -- Mongolia's state railway, Mongolia Tumur "
        "Zam (MTZ), said freight rose by a tenth.\n"
    )
    found = by_quote(text)
    mur = found["freight rose by a tenth"]
    assert (mur.speaker, mur.country) == ("Mongolia Tumur Zam", "MN")


def test_an_unnamed_workplace_in_a_city_gives_the_city_country():
    text = (
        "BEIJING, May 2 (Xinhua) -- Aigerim Nurova, a sales manager at a textile company in "
        "Almaty, said orders had doubled.\n\n"
        "Tom Wu, a clerk at a shop in town, said it was quiet.\n"
    )
    found = by_quote(text)
    assert found["orders had doubled"].country == "KZ"
    assert found["it was quiet"].country == "CN"  # (no city: the dateline's)


def test_ready_to_respond_to_a_provocation_is_an_act():
    text = (
        'Maj. Lee Sun-hee told reporters that the navy was "fully prepared" to respond to '
        "any incursion.\n\n"
        "He responded to the report by calling it biased.\n"
    )
    found = by_quote(text)
    assert "fully prepared" in found
    assert "any incursion" not in found
    assert "the report by calling it biased" in found  # (a response to words still is)


def test_quoted_as_saying_after_an_appositive_is_the_quoted_persons():
    text = (
        "SEOUL, May 2 (Yonhap) -- North Korea tested a rocket engine on Friday.\n\n"
        "The agency quoted Ri Myong-sun, a deputy director of the North's Space Agency, as "
        'saying that the engine "performed beyond expectations."\n'
    )
    ri = by_quote(text)["performed beyond expectations."]
    assert (ri.speaker, ri.role) == ("Ri Myong-sun", "deputy director")
    assert (ri.organization, ri.country) == ("Space Agency", "KP")


def test_a_rating_band_in_marks_is_no_quote():
    text = (
        "According to the state weather bureau, the heat index reached 51, in the "
        "'extreme' category, and six towns recorded 'extreme' heat.\n\n"
        "The minister called the plan 'a disgrace'.\n"
    )
    found = by_quote(text)
    assert "extreme" not in found
    assert found["a disgrace"].kind == "partial"  # (single marks still quote words)


def test_a_headline_credit_after_the_colon_is_the_bodys():
    text = (
        "(LEAD) N. Korea fires two cruise missiles off west coast: JCS\n\n"
        "SEOUL, May 2 (Yonhap) -- North Korea fired two cruise missiles on Friday, South "
        "Korea's Joint Chiefs of Staff (JCS) said.\n"
    )
    found = by_quote(text)
    credit = found["N. Korea fires two cruise missiles off west coast"]
    assert (credit.speaker, credit.country) == ("Joint Chiefs of Staff", "KR")
    # a label before the colon is still the speaker ("Police: …"), a headline with no
    # credit after it gives nothing
    other = "Exports slow: what it means for wages\n\nPrices rose on Monday.\n"
    assert "Exports slow" not in by_quote(other)


def test_a_lower_case_term_with_its_acronym_stays_in_the_clause():
    text = (
        "According to the statistics office, gross domestic product (GDP) grew by 6 "
        "percent in the third quarter.\n\n"
        "She said the plan (which failed) was costly.\n"
    )
    found = by_quote(text)
    assert "gross domestic product (GDP) grew by 6 percent in the third quarter" in found
    assert "the plan" in found  # (a clause in brackets still ends it)
