"""Retired held-out set 21 (round 24), fields part: the general classes of its role,
country and organisation errors, each tested on invented copy that differs from the
set's articles. Each test failed before its rule, except the three marked (guard), which
pin what the rule must leave alone."""

from quote_lookup import by_quote


def test_a_city_dateline_with_the_agency_after_a_comma_gives_the_country():
    # AAP writes its agency after the city and a comma, with no brackets ("BRISBANE,
    # AAP -"): the city's country, as "BRISBANE (AAP) -" gives it
    text = (
        "Council rejects marina plan\n\n"
        "BRISBANE, AAP - A council has voted down a marina on the river.\n\n"
        '"The river is not a car park for yachts," Councillor Dana Whitlock said.\n'
    )
    assert by_quote(text)["The river is not a car park for yachts,"].country == "AU"


def test_a_city_dateline_with_the_agency_after_a_comma_names_no_country_itself():
    # the agency is no country ("AAP" is not read as the dateline's country)
    text = (
        "Council rejects marina plan\n\n"
        "PERTH, AAP - A council has voted down a marina on the river.\n\n"
        '"We will appeal," said Tom Varga, the developer.\n'
    )
    assert by_quote(text)["We will appeal,"].country == "AU"


def test_a_description_after_an_earlier_name_is_not_the_next_names():
    # "Pressed by Omar Sethi, an analyst at Bramwell Partners, Ollerton declined …": the
    # description closes Sethi's name; Ollerton keeps her own title and company, before
    # that sentence and after it
    text = (
        "Rivet Motors posts loss\n\n"
        "Rivet Motors Corp. lost money in the quarter, Chief Executive Officer Dana Ollerton "
        "told analysts.\n\n"
        "“We expected a hard quarter,” Ollerton said.\n\n"
        "Pressed on the recall by Omar Sethi, an analyst at Bramwell Partners, Ollerton "
        "declined to give a date.\n\n"
        "“We will fix it when we know the cause,” she said.\n"
    )
    got = by_quote(text)
    for quote in ("We expected a hard quarter,", "We will fix it when we know the cause,"):
        assert got[quote].speaker == "Dana Ollerton"
        assert got[quote].role == "Chief Executive Officer"
        assert got[quote].organization == "Rivet Motors Corp."


def test_a_preposed_description_after_a_fronted_day_is_still_the_names():
    # (guard) "On Tuesday, the bank's chief economist, X, said": no person before the comma
    text = (
        "Bank sees slower growth\n\n"
        "On Tuesday, the bank's chief economist, Helen Marsh, said growth would slow.\n"
    )
    got = by_quote(text)["growth would slow"]
    assert got.speaker == "Helen Marsh"
    assert got.role == "chief economist"


def test_an_aside_opening_with_a_verb_in_ing_is_no_title():
    # "X, addressing reporters outside the gates, was blunter": what he did, not a
    # "reporter"; his title stays the one written before his name
    text = (
        "Port strike ends\n\n"
        "HAMBURG — The port strike ended on Monday.\n\n"
        "Union spokesman Lars Becker said the deal was fair.\n\n"
        "Becker, addressing reporters outside the gates, was blunter: “We won.”\n"
    )
    got = by_quote(text)["We won."]
    assert got.speaker == "Lars Becker"
    assert got.role == "Union spokesman"


def test_a_title_modifier_in_ing_is_still_a_title():
    # (guard) "X, managing director of Y,": a title's own modifier, not an act
    text = (
        "Port strike ends\n\n"
        "HAMBURG — Ute Brandt, managing director of Elbe Terminals GmbH, said work would "
        "resume on Tuesday.\n"
    )
    got = by_quote(text)["work would resume on Tuesday"]
    assert got.role == "managing director"


def test_a_parent_of_children_at_a_school_is_a_parent_of_no_organisation():
    # "X, a mother of three girls at Oakmont Elementary,": her tie to the story is the
    # role; the school is her daughters', not her employer
    text = (
        "Measles spreads\n\n"
        "Cases rose again, the state health department said.\n\n"
        "Kayla Brandt, a mother of three girls at Oakmont Elementary, said she would keep "
        "them home.\n"
    )
    got = by_quote(text)["she would keep them home"]
    assert got.speaker == "Kayla Brandt"
    assert got.role == "mother"
    assert got.organization is None


def test_a_title_before_a_duration_is_the_role():
    # "His manager of 20 years, X,": the title, before how long it has been held
    text = (
        "Singer retires\n\n"
        "Tom Reyes announced on Monday that he would stop touring.\n\n"
        "His manager of 20 years, Rosa Lind, said the last tour had been hard.\n"
    )
    assert by_quote(text)["the last tour had been hard"].role == "manager"


def test_a_preposed_description_opening_with_a_demonym_gives_the_country():
    # "The Serbian world number one, X, posted": no agent noun after the demonym, but the
    # description is the person's and so is its nationality (an undated story)
    text = (
        "Tennis star retires\n\n"
        "The Croatian world number three, Dragan Petrovic, posted on X: ‘Thank you.’\n"
    )
    got = by_quote(text)["Thank you."]
    assert got.speaker == "Dragan Petrovic"
    assert got.country == "HR"


def test_a_nationality_epithet_with_an_appositive_as_the_subject_of_an_act():
    # "The 36-year-old Dane, a two-time stage winner, wiped away tears": the epithet
    # stands for the person just named even with an appositive before its verb
    text = (
        "Cyclist retires\n\n"
        "Tom Reyes announced on Monday that his back was gone.\n\n"
        "The 36-year-old Dane, a two-time stage winner, wiped away tears.\n\n"
        "‘I am done,’ Reyes said.\n"
    )
    got = by_quote(text)
    assert got["I am done,"].country == "DK"
    assert got["his back was gone"].country == "DK"


def test_a_national_agencys_unmarked_offices_are_its_countrys_abroad_too():
    # "BEIJING, May 2 (Kyodo) --": Kyodo writes Japan's offices without the country and
    # China's with it, so its unmarked prime minister and foreign minister are Japanese
    # under a Beijing dateline (not the capital's country)
    text = (
        "Leaders agree on ferry link\n\n"
        "BEIJING, May 2 (Kyodo) -- Prime Minister Aiko Morita and Chinese Premier Zhou Ling "
        "agreed Friday to study a ferry link.\n\n"
        '"We have to start somewhere," Morita told reporters.\n\n'
        "Foreign Minister Kenta Oda said the talks had been frank.\n\n"
        '"Cooperation is the only path," Zhou said.\n'
    )
    got = by_quote(text)
    assert got["We have to start somewhere,"].country == "JP"
    assert got["the talks had been frank"].country == "JP"
    assert got["Cooperation is the only path,"].country == "CN"


def test_an_international_agencys_unmarked_offices_stay_the_capitals():
    # (guard) "BEIJING, May 2 (Reuters) -": a wire of no country; the capital's rule
    text = (
        "Leaders agree on ferry link\n\n"
        "BEIJING, May 2 (Reuters) - Foreign Minister Wang Tao said the talks had been "
        "frank.\n"
    )
    assert by_quote(text)["the talks had been frank"].country == "CN"


# --- country across the retired sets and probes (round 24): undated U.S. copy ----------


def test_undated_copy_naming_us_federal_agencies_is_american():
    # an undated story whose only marks are U.S. federal agencies (the FAA, the NTSB) and
    # one state: U.S. domestic copy, as a county sheriff or a state legislator marks it
    text = (
        "Small jet skids off runway\n\n"
        "A business jet skidded off a runway in Ohio on Sunday, the Federal Aviation "
        "Administration said. Nobody was hurt.\n\n"
        "The NTSB said it would send two investigators. The FAA said the runway had been "
        "cleared of snow an hour earlier.\n\n"
        '"The tires did what they could," said Marla Pike, who was waiting at the gate.\n'
    )
    assert by_quote(text)["The tires did what they could,"].country == "US"


def test_a_body_of_america_is_american_not_the_first_country_in_its_name():
    # "Iraq and Afghanistan Veterans of America" in a U.S. story: the country it is "of"
    text = (
        "Veterans wait months for care\n\n"
        "WASHINGTON — Veterans wait months for mental health care, the FBI and the Pentagon "
        "were told.\n\n"
        '"The system is not meeting the demand," said Rafael Ortiz, founder of Iraq and '
        "Afghanistan Veterans of America.\n"
    )
    assert by_quote(text)["The system is not meeting the demand,"].country == "US"
