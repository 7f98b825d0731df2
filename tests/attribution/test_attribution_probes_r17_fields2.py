"""Probe round 17 (fields2): the organisation of a person introduced by a bare title or a
body's head noun before the title (invented copy: new names, places and topics)."""

from quote_lookup import by_quote

# -- a body's head noun before the title: "Guild president" of "the Mariners Guild" -------


def test_guild_president_works_for_the_guild_named_before():
    text = (
        "The Ostry Mariners Guild backed the strike on Monday.\n\n"
        '"Our boats stay in port," Guild president Captain Orla Finch said.\n'
    )
    s = by_quote(text)["Our boats stay in port,"]
    assert (s.speaker, s.role, s.organization) == (
        "Orla Finch",
        "president",
        "Ostry Mariners Guild",
    )


def test_collective_convener_works_for_the_collective():
    text = (
        "The Halden Rovers Supporters Collective met on Monday.\n\n"
        '"We want the owners out," Collective convener Tam Riggs said.\n'
    )
    s = by_quote(text)["We want the owners out,"]
    assert (s.role, s.organization) == ("convener", "Halden Rovers Supporters Collective")


def test_guard_council_member_stays_a_local_office():
    # guard (passes before the fix): a council's member holds an office ("Council member"
    # stays the role; the head-noun rule leaves councils alone)
    text = (
        "The Dunmore City Council voted 5-2 on the plan.\n\n"
        '"The study is a wish list," Council member Rita Vance said.\n'
    )
    s = by_quote(text)["The study is a wish list,"]
    assert s.role == "Council member"


# -- a one-word club before a two-word title: "Sound general manager" -------------------


def test_one_word_club_before_general_manager():
    text = (
        "The Brayford Sound fined two players after Saturday's brawl.\n\n"
        '"It was ugly and we own it," Sound general manager Pete Calloway said.\n'
    )
    s = by_quote(text)["It was ugly and we own it,"]
    assert (s.role, s.organization) == ("general manager", "Brayford Sound")


# -- "Deputy CEO X" of the one company named before ------------------------------------


def test_deputy_ceo_works_for_the_company_named_before():
    text = (
        "Harbourline Freight Co. cut 300 jobs on Tuesday. The company blamed weak demand.\n\n"
        '"We had no other choice," Deputy CEO Mara Velloso told reporters.\n'
    )
    s = by_quote(text)["We had no other choice,"]
    assert (s.role, s.organization) == ("Deputy CEO", "Harbourline Freight Co.")
