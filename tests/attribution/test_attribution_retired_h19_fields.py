"""Retired held-out set 19 (round 22), fields part: the general classes of its role,
country and organisation errors, each tested on invented copy that differs from the
set's articles. Each test failed before its rule."""

from quote_lookup import by_quote


def test_an_untitled_description_from_a_country_gives_the_country():
    # "X, an 18-year-old wildcard from Japan ranked …," in a sentence with no statement:
    # where the person comes from is her country, not the dateline's (no title, no role)
    text = (
        "Favourite crashes out in Toronto\n\n"
        "TORONTO, Canada — Marta Kowalczyk lost in straight sets on Friday to Aiko Tanabe, an "
        "18-year-old wildcard from Japan ranked 210th in the world.\n\n"
        '"I just played my game," said Ms. Tanabe.\n'
    )
    got = by_quote(text)["I just played my game,"]
    assert got.speaker == "Aiko Tanabe"
    assert got.country == "JP"
    assert got.role is None


def test_an_age_then_from_a_country_written_with_the_gives_the_country():
    text = (
        "Rowers set record\n\n"
        "SYDNEY, Australia — The crew was led by Pieter Smit, 31, from the Netherlands, who "
        "took up the sport at school.\n\n"
        '"We had the wind behind us," Smit said.\n'
    )
    got = by_quote(text)["We had the wind behind us,"]
    assert got.speaker == "Pieter Smit"
    assert got.country == "NL"


def test_a_participle_before_from_gives_no_country():
    # "returning from Japan" is a journey, not where the person comes from
    text = (
        "Favourite crashes out in Toronto\n\n"
        "TORONTO, Canada — Marta Kowalczyk lost on Friday to Aiko Tanabe, returning from "
        "Japan, in the second round.\n\n"
        '"I just played my game," said Ms. Tanabe.\n'
    )
    assert by_quote(text)["I just played my game,"].country == "CA"


def test_a_nationality_epithet_as_the_subject_of_an_act_gives_the_country():
    # "the 27-year-old Pole smiled" (no statement of its own) stands for the person just
    # named: her nationality, for every statement of hers, not the dateline's country
    text = (
        "Favourite crashes out in Toronto\n\n"
        "TORONTO, Canada — Marta Kowalczyk lost in straight sets on Friday in the second "
        "round.\n\n"
        '"I could not find my rhythm," Ms. Kowalczyk said.\n\n'
        "Asked about her wrist, the 27-year-old Pole smiled. "
        '"It is fine," she said.\n'
    )
    got = by_quote(text)
    assert got["I could not find my rhythm,"].country == "PL"
    assert got["It is fine,"].speaker == "Marta Kowalczyk"
    assert got["It is fine,"].country == "PL"


def test_a_nationality_noun_epithet_without_an_age_gives_the_country():
    text = (
        "Rally leader crashes\n\n"
        "NAIROBI, Kenya — Sven Aalto led the rally until the last stage.\n\n"
        'The Finn walked away unhurt. "The car is finished," he said.\n'
    )
    got = by_quote(text)["The car is finished,"]
    assert got.speaker == "Sven Aalto"
    assert got.country == "FI"


def test_a_demonym_adjective_before_a_noun_is_no_epithet():
    # "the German government" is a body, not a German person just named
    text = (
        "Talks stall\n\n"
        "NAIROBI, Kenya — Anna Weiss arrived on Monday. The German government sent her.\n\n"
        '"We are ready," Ms. Weiss said.\n'
    )
    assert by_quote(text)["We are ready,"].country == "KE"


def test_an_age_and_a_nationality_noun_as_speaker_is_the_person_named_before():
    # "the 27-year-old Pole said" was read as a person named Pole
    text = (
        "Favourite crashes out in Toronto\n\n"
        "TORONTO, Canada — Marta Kowalczyk lost in straight sets on Friday.\n\n"
        '"I could not find my rhythm," Ms. Kowalczyk said.\n\n'
        '"It is fine," the 27-year-old Pole said of her wrist.\n'
    )
    got = by_quote(text)["It is fine,"]
    assert got.speaker == "Marta Kowalczyk"
    assert got.country == "PL"


def test_a_councillors_style_gives_way_to_the_office_written_beside_it():
    # "Cllr" is written before every British councillor's name (a style, like "Dr"):
    # the office in apposition, before or after the name, is the role
    text = (
        "Council shuts library\n\n"
        "Eastbrook District Council voted on Monday to close the Mill Lane library.\n\n"
        "The council's deputy leader, Cllr Owen Pryce, said the decision was painful.\n\n"
        "Cllr Rhian Lloyd, the council's cabinet member for culture, said the books would "
        "move to the town hall.\n"
    )
    got = by_quote(text)
    assert got["the decision was painful"].role == "deputy leader"
    assert got["the decision was painful"].organization == "Eastbrook District Council"
    assert got["the books would move to the town hall"].role.startswith("cabinet member")


def test_a_councillor_with_no_office_stays_a_councillor():
    text = (
        "Council shuts library\n\n"
        "Cllr Owen Pryce, who represents the Mill ward, said the decision was painful.\n"
    )
    assert by_quote(text)["the decision was painful"].role == "Councillor"


def test_leader_of_the_main_opposition_party_takes_the_party():
    # "the main opposition X Party": two lower-case labels before the party's name
    text = (
        "Budget vote called\n\n"
        "Mara Lind, leader of the main opposition Social Union Party, said the budget "
        "would hurt pensioners.\n\n"
        "Ivo Berg, head of the largest ruling Farmers Alliance, said it was fair.\n"
    )
    got = by_quote(text)
    assert got["the budget would hurt pensioners"].organization == "Social Union Party"
    assert got["it was fair"].organization == "Farmers Alliance"


def test_a_groups_members_from_a_name_followed_by_which_are_of_that_body():
    # "Campaigners from X, which …": X is a body (which never stands for a person), the
    # unnamed group's organisation; its officer "the group's chairman" is of it too
    text = (
        "Council shuts library\n\n"
        "Eastbrook District Council voted on Monday to close the Mill Lane library.\n\n"
        "Campaigners from Keep Mill Lane Open, which gathered 4,000 signatures, said the "
        "library was vital.\n\n"
        "'We will not give up,' said Alan Voss, the group's chairman, who has used the "
        "library since 1980.\n\n"
        "Mr Voss said the group had hired a lawyer.\n"
    )
    got = by_quote(text)
    assert got["the library was vital"].speaker is None
    assert got["the library was vital"].organization == "Keep Mill Lane Open"
    assert got["We will not give up,"].organization == "Keep Mill Lane Open"
    assert got["the group had hired a lawyer"].organization == "Keep Mill Lane Open"


def test_residents_from_a_place_followed_by_which_take_no_organisation():
    text = (
        "Flood defences delayed\n\n"
        "Residents from Lower Eastbrook, which flooded twice last winter, said the wall "
        "was overdue.\n"
    )
    assert by_quote(text)["the wall was overdue"].organization is None


def test_party_sources_are_of_the_one_party_named_before():
    # "Two party sources" / "Company officials": a body's bare kind before its people,
    # the one body of that kind the story named (a party also far above, by its initials
    # in between); the source stays unnamed
    text = (
        "Premier to quit\n\n"
        "OSLO, Norway (Reuters) - Prime Minister Lars Dahl said on Monday he would resign once "
        "the Centre Union Party (CUP) picked a successor.\n\n"
        "Prosecutors say two CUP factions hid donations.\n\n"
        "Dahl has said he knew nothing about the money.\n\n"
        '"I did not know," he said.\n\n'
        "Two party sources said the finance minister would run.\n\n"
        "Nordvik Shipping Inc said profit fell. Company officials said the outlook was weak.\n"
    )
    got = by_quote(text)
    assert got["the finance minister would run"].speaker is None
    assert got["the finance minister would run"].organization == "Centre Union Party"
    assert got["the outlook was weak"].organization == "Nordvik Shipping Inc"


def test_the_official_after_an_unnamed_official_keeps_that_sources_body_and_country():
    # "An EU official said A. '…,' the official said": the same unnamed source
    text = (
        "Talks stall\n\n"
        "BRUSSELS (AFP) - An EU official, speaking on condition of anonymity, said the offer "
        "was final.\n\n"
        '"We cannot go further," the official said.\n\n'
        'A senior Turkish diplomat said Ankara would wait. "We have time," the diplomat '
        "added.\n"
    )
    got = by_quote(text)
    assert got["We cannot go further,"].speaker is None
    assert got["We cannot go further,"].organization == "EU"
    assert got["We have time,"].speaker is None
    assert got["We have time,"].country == "TR"
