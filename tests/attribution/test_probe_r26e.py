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
