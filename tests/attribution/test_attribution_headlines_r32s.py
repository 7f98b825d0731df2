"""Round 32, r32-s: a team named only in the headline, a headline's place label, a wire
agency's dateline inside a reported clause. Invented copy only (no sentence of a probe, a
held-out set or the PolNeAR dev set)."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_the_headlines_team_is_its_bare_coach_and_captains():
    text = (
        "Tidewater Comets coach resigns on eve of play-offs\n\n"
        "Head coach Dana Pelletier has resigned from the basketball programme three days "
        'before the play-offs, saying she had "lost the dressing room".\n\n'
        "Pelletier told reporters that the board had blocked two signings.\n\n"
        "Captain Marcus Oyelaran said the players were stunned. "
        '"We found out on the radio," he said.\n'
    )
    got = by_quote(text)
    for quote in ("lost the dressing room", "the board had blocked two signings"):
        assert (got[quote].role, got[quote].organization) == ("Head coach", "Tidewater Comets")
    for quote in ("the players were stunned", "We found out on the radio,"):
        assert (got[quote].role, got[quote].organization) == ("Captain", "Tidewater Comets")


def test_no_headline_team_from_a_country_or_a_possessive():
    got = by_quote(
        "Ghana coach quits before qualifiers\n\n"
        'Head coach Dana Pelletier has resigned, saying she had "lost the dressing room".\n'
    )
    assert got["lost the dressing room"].organization is None
    got = by_quote(
        "Okafor's coach steps down\n\n"
        'Coach Dana Pelletier has stepped down, saying she had "nothing left to give".\n'
    )
    assert got["nothing left to give"].organization is None
    # (and a team named in the headline is still the one of a captain named after it)
    got = by_quote(
        "Tidewater Comets captain out for season\n\n"
        'Captain Marcus Oyelaran said his knee was "finished for this year".\n'
    )
    assert got["finished for this year"].organization == "Tidewater Comets"


def test_a_headlines_place_label_is_no_speaker():
    for text in (
        "Tuscany: Wildfires force hundreds from their homes near Grosseto\n\n"
        "Firefighters battled three blazes on Sunday, the civil protection agency said.\n",
        "Alentejo: Drought leaves farmers without water for second summer\n\n"
        "Farmers said on Tuesday that the reservoirs were almost empty.\n",
        "Lapland: Reindeer herders count losses after warm winter\n\n"
        "Herders across the Lapland said the animals could not reach the lichen.\n",
    ):
        assert all(s.start > text.index("\n") for s in extract(text)), text
    # (a person's name as the label still speaks)
    text = (
        "Warren: Banks must pay for the bailout\n\n"
        "Sen. Elizabeth Warren said on Monday that the banks had to pay.\n"
    )
    assert by_quote(text)["Banks must pay for the bailout"].speaker == "Elizabeth Warren"


def test_a_national_agencys_dateline_is_no_part_of_the_clause():
    for dateline, clause in (
        ("Setúbal, Lisbon, 3 Mar 2026 (Lusa) - ", "Ferry crossings were suspended on Tuesday"),
        ("Coimbra, 3 March 2026 (Lusa) - ", "Train services were cut by half on Tuesday"),
        ("Bilbao, 12 Nov (EFE) - ", "Three ports were closed on Monday"),
        ("Genoa, 4 Feb 2026 (ANSA) – ", "Three ports were closed on Monday"),
        ("Ghent, 9 May 2026 (Belga) - ", "Three ports were closed on Monday"),
        ("LISBON (Lusa) – ", "Ferry crossings were suspended on Tuesday"),
    ):
        text = f"Strike halts services\n\n{dateline}{clause}, the operator said today.\n"
        got = [s.quote for s in extract(text)]
        assert got == [clause], (dateline, got)

