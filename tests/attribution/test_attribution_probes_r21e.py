"""Probe round 21 E (bench/probes/r21e: a weight-loss drug trial, a Premier League VAR row,
a Mexican presidential debate): the general error classes found there, each tested on
invented copy that differs from the probe articles. Each test failed before its rule
(guards say so)."""

from quote_lookup import by_quote


def test_role_name_of_the_described_body_aside_is_the_speaker():
    # "ROLE, NAME of the <lower-case description> BODY, said": the aside is a name and its
    # workplace even when a lower-case word describes the body before its name
    text = (
        "LIMA (AFP) - Peru's congress opened its debate on the pension bill on Tuesday.\n\n"
        "The bill's fiercest critic, Rosa Elena Quispe of the opposition Popular Renewal "
        "Party, said the reform would leave millions without a pension.\n\n"
        "Another economist, Daniel Huaman of the consultancy Andes Macro, said the numbers "
        "did not add up.\n"
    )
    got = by_quote(text)
    quispe = got["the reform would leave millions without a pension"]
    assert quispe.speaker == "Rosa Elena Quispe"
    huaman = got["the numbers did not add up"]
    assert huaman.speaker == "Daniel Huaman"
    assert huaman.organization == "Andes Macro"


def test_role_name_of_a_body_with_a_plural_possessive_is_the_speaker():
    text = (
        "DUBLIN (AFP) - Farmers blocked roads around the capital on Monday.\n\n"
        "The protest's organiser, Liam Brennan of the Growers' Alliance, said the tractors "
        "would stay until the minister met them.\n"
    )
    got = by_quote(text)
    s = got["the tractors would stay until the minister met them"]
    assert s.speaker == "Liam Brennan"
    assert s.organization == "Growers' Alliance"


def test_the_two_word_demonym_epithet_is_the_person_just_named():
    # "The Northern Irishman", "The South African": a two-word nationality noun stands for
    # the person just named, as "the Dutchman" does (not a person called "South African")
    text = (
        "Wanderers held at home\n\n"
        "Wanderers head coach Pieter Botha said his players had lost their nerve.\n\n"
        "The South African, who was sent to the stands at half-time, insisted he had "
        "said nothing wrong.\n\n"
        "‘I asked a question and got a red card,’ he said.\n"
    )
    got = by_quote(text)
    assert got["he had said nothing wrong"].speaker == "Pieter Botha"
    assert got["I asked a question and got a red card,"].speaker == "Pieter Botha"


def test_a_player_named_inside_the_managers_quote_does_not_block_the_epithet():
    # the goalkeeper is named in the narrative, then again only inside the manager's quote:
    # "The Irishman" after it is still the manager who just spoke
    text = (
        "City lose late on\n\n"
        "City manager Conor Walsh said the result was hard to take.\n\n"
        "The winner came after a mistake by the goalkeeper Sam Pryor.\n\n"
        "‘I won’t hang anyone out to dry,’ Walsh said. ‘Pryor has saved us all season.’\n\n"
        "The Irishman, whose side are fifth, said he would speak to the squad on Monday.\n"
    )
    got = by_quote(text)
    assert got["he would speak to the squad on Monday"].speaker == "Conor Walsh"


def test_who_said_after_a_town_and_its_state_or_country_is_the_named_person():
    # "NAME, a/an ROLE from TOWN, STATE/COUNTRY, who said": the person, not the place
    text = (
        "PHOENIX (AP) — A new blood test caught more early cancers than the old one, "
        "researchers reported.\n\n"
        "One of the volunteers was Maria Lopez, a 52-year-old nurse from Mesa, Arizona, "
        "who said her tumor was found before she had any symptoms.\n\n"
        "Another was Paolo Neri, 61, a retired chef from Latina, Italy, who said the test "
        "had taken ten minutes.\n"
    )
    got = by_quote(text)
    assert got["her tumor was found before she had any symptoms"].speaker == "Maria Lopez"
    assert got["the test had taken ten minutes"].speaker == "Paolo Neri"


def test_a_naming_aside_on_the_reported_subject_does_not_cut_the_clause():
    # "found that SUBJECT, called / dubbed NAME, VERB …": the aside names the subject; the
    # reported clause runs on to its verb, and "called" is no cue of its own
    text = (
        "BASEL (Reuters) - A new asthma inhaler cut attacks by a third, a trial showed.\n\n"
        "The trial found that children using the inhaler, called brevolast, missed half as "
        "many school days as those on the usual treatment.\n\n"
        "Dr. Lena Vogt said the device, dubbed the Breeze, was easier for young children "
        "to use.\n"
    )
    got = by_quote(text)
    assert (
        "children using the inhaler, called brevolast, missed half as many school days as "
        "those on the usual treatment"
    ) in got
    s = got["the device, dubbed the Breeze, was easier for young children to use"]
    assert s.speaker == "Lena Vogt"
    assert not any(x.cue == "called" for x in got.values())


def test_a_translated_name_defines_its_short_name_in_the_other_languages_order():
    # "the National Electoral Institute (INE)": the letters of the Spanish name; the body
    # later written "the INE" is that institute (speaker and organisation: decision 2)
    text = (
        "MADRID (AFP) - Spain's jobless rate fell to its lowest level in 15 years.\n\n"
        "The National Statistics Institute (NSI) said unemployment fell to 11 percent.\n\n"
        "Colombia's National Administrative Department of Statistics (DANE) said on "
        "Friday that prices had risen.\n\n"
        "Separately, Uruguay's National Electoral Court (CEN) said the count was complete. "
        "In a second statement, the CEN said turnout had reached 89 percent.\n"
    )
    got = by_quote(text)
    s = got["turnout had reached 89 percent"]
    assert (s.speaker, s.source) == ("National Electoral Court", "CEN")
    assert s.organization == "National Electoral Court"


def test_an_undated_english_football_story_is_british_by_its_football_bodies():
    # no dateline, no pound sum, no county: the referees' body and the Football
    # Association mark English domestic copy (with England named, no other country)
    text = (
        "Town boss blasts officials after cup exit\n\n"
        "Millford Town manager Steve Rawlings said his side had been cheated out of a "
        "place in the quarter-finals.\n\n"
        "PGMOL said the penalty decision had been checked and was correct.\n\n"
        "Rawlings, a former England midfielder, could face a charge from the Football "
        "Association.\n"
    )
    got = by_quote(text)
    s = got["his side had been cheated out of a place in the quarter-finals"]
    assert s.speaker == "Steve Rawlings"
    assert s.country == "GB"


def test_the_nationality_of_an_epithet_is_the_persons_country():
    # "said the Spaniard" for a manager named before in an undated English story: he is
    # Spanish, not of the story's country
    text = (
        "Athletic hold on for a point\n\n"
        "Athletic manager Javier Ortiz said his players had shown character after going "
        "down to ten men. PGMOL later confirmed the red card.\n\n"
        "‘We defended with our hearts,’ said the Spaniard. ‘I am proud of them.’\n\n"
        "The Football Association will review the incident, with England's referees under "
        "scrutiny again.\n"
    )
    got = by_quote(text)
    s = got["We defended with our hearts,"]
    assert s.speaker == "Javier Ortiz"
    assert s.country == "ES"
    assert got["his players had shown character after going down to ten men"].country == "ES"


def test_name_of_the_labelled_party_said_is_the_person_not_the_party():
    # "NAME of the centrist / nationalist PARTY said": the person speaks; the party's
    # lower-case label is part of the phrase, as "opposition" is
    text = (
        "BOGOTA (AFP) - Colombia's senate rejected the tax bill on Wednesday.\n\n"
        "Senator Jorge Mejia of the centrist Green Alliance said the vote was a warning "
        "to the government.\n\n"
        "Luisa Pardo of the nationalist Patria Nueva party said the bill had been rushed.\n"
    )
    got = by_quote(text)
    assert got["the vote was a warning to the government"].speaker == "Jorge Mejia"
    assert got["the bill had been rushed"].speaker == "Luisa Pardo"
