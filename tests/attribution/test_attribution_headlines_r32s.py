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


def test_a_quotes_titled_speaker_of_a_body_with_a_name_after_it_is_the_person():
    # '"…," the president of X, NAME, told …': the named officer speaks, not the body
    text = (
        "Dockers walk out\n\n"
        '"Nobody is listening," the president of SEAL, Joana Ribeiro, told Lusa.\n\n'
        '"We are asking for fair pay," the director of the Harbour Pilots Guild, '
        "Rui Matos, said.\n"
    )
    got = by_quote(text)
    assert (got["Nobody is listening,"].speaker, got["Nobody is listening,"].role) == (
        "Joana Ribeiro",
        "president",
    )
    assert got["Nobody is listening,"].organization == "SEAL"
    assert got["We are asking for fair pay,"].speaker == "Rui Matos"


def test_a_fronted_place_then_a_lower_case_title_and_a_name_is_the_persons():
    for text, role in (
        (
            "At Escola Básica de Ramalde, teacher Marta Sousa, a 34-year-old mother of two, "
            "said the classrooms had reached 38 degrees.\n",
            "teacher",
        ),
        (
            "At the Riverside Clinic, nurse Marta Sousa, a 34-year-old mother of two, "
            "said the classrooms had reached 38 degrees.\n",
            "nurse",
        ),
    ):
        got = by_quote("Heat closes schools\n\n" + text)["the classrooms had reached 38 degrees"]
        assert (got.speaker, got.role) == ("Marta Sousa", role), text


def test_according_to_a_name_then_a_clause_whose_subject_is_a_described_noun():
    # "According to X, a nurse in the region earns …, often …": the clause is X's words,
    # "a nurse …" no description of X
    text = (
        "Nurses short\n\n"
        "According to Paula Antunes, a nurse in the region earns about 1,200 euros a "
        "month, often on short contracts.\n\n"
        "According to Hugo Serra, a member of the regional assemblies, the waiting list "
        "has doubled.\n"
    )
    got = [(s.quote, s.speaker, s.role) for s in extract(text)]
    assert got == [
        (
            "a nurse in the region earns about 1,200 euros a month, often on short contracts",
            "Paula Antunes",
            None,
        ),
        ("the waiting list has doubled", "Hugo Serra", "member"),
    ]


def test_a_sections_sub_head_is_no_part_of_the_clause():
    # Axios's house style: "Between the lines: A, said X" reports A only
    text = (
        "Tempe raises bus fares\n\n"
        "Tempe riders will pay more from August.\n\n"
        "Between the lines: Ridership has fallen by a fifth since 2019, said Marta "
        "Lindqvist, a transit analyst at the Valley Mobility Institute.\n\n"
        "The big picture: Cities across the region are raising fares, Lindqvist said.\n"
    )
    got = [(s.quote, s.speaker) for s in extract(text)]
    assert got == [
        ("Ridership has fallen by a fifth since 2019", "Marta Lindqvist"),
        ("Cities across the region are raising fares", "Marta Lindqvist"),
    ]


def test_the_official_is_the_one_person_of_the_sentence_before():
    text = (
        "Nurses short\n\n"
        '"We cannot keep going like this," the president of the nurses\' union, Paula '
        "Antunes, told reporters.\n\n"
        "The official added that many young nurses prefer to work in Ireland.\n"
    )
    got = by_quote(text)["many young nurses prefer to work in Ireland"]
    assert got.speaker == "Paula Antunes"
    # (not after an unnamed official: that one is meant)
    text = (
        "Nurses short\n\n"
        "Paula Antunes said the wards were full. A ministry official said the rota was "
        "being redrawn.\n\n"
        "The official added that many young nurses prefer to work in Ireland.\n"
    )
    assert by_quote(text)["many young nurses prefer to work in Ireland"].speaker is None


def test_a_tourist_or_holidaymaker_in_apposition_is_the_role():
    text = (
        "Beaches unguarded\n\n"
        "Anna Berg, a tourist from Oslo on holiday, said she had not seen a warning sign.\n\n"
        "Piet Smit, a holidaymaker from Utrecht, said the flags were confusing.\n"
    )
    got = by_quote(text)
    assert got["she had not seen a warning sign"].role == "tourist"
    assert got["the flags were confusing"].role == "holidaymaker"
