"""Round 32, r32-h32: what retired heldout32 showed, on invented copy only (other names,
places and countries than the set's; no sentence of a held-out set, a probe or the PolNeAR
dev set)."""

from quote_lookup import by_quote


def test_an_ap_state_abbreviation_after_a_town_marks_undated_us_copy():
    # an undated markets story that names no country: "Greenville, S.C." and "Tacoma,
    # Wash." are written so by U.S. copy only
    text = (
        "Brightwell Foods shares tumble on weak sales\n\n"
        "Shares of Brightwell Foods Inc. fell 22% on Tuesday, their steepest drop in "
        "a decade, as investors weighed a slowdown in its cracker business.\n\n"
        "The company, based in Greenville, S.C., said sales of its crackers had slowed.\n\n"
        "Chief Executive Dana Whitfield told analysts that the company would close a plant.\n\n"
        "Rival Ossining Snacks, based in Tacoma, Wash., said demand was steady.\n"
    )
    got = by_quote(text)
    for quote in (
        "sales of its crackers had slowed",
        "the company would close a plant",
        "demand was steady",
    ):
        assert got[quote].country == "US"


def test_a_split_cue_after_a_clause_ending_in_a_verb_and_its_pronoun_object():
    # "A, X told Y, and B": A ends in "when an inspector orders it", a cue verb whose
    # object is a bare pronoun, no reported clause the parenthetical cue nests in
    text = (
        "Clinics turn away weekend patients\n\n"
        "Most clinics close a ward only when an inspector orders it, Halvorsen told the "
        "Courier, and many patients with a cough are sent home without a scan.\n\n"
        "Few farms sell a herd unless a vet advises it, Okonjo said, and most keep their "
        "cattle through the dry season.\n"
    )
    got = by_quote(text)
    for quote, speaker in (
        ("Most clinics close a ward only when an inspector orders it", "Halvorsen"),
        ("many patients with a cough are sent home without a scan", "Halvorsen"),
        ("Few farms sell a herd unless a vet advises it", "Okonjo"),
        ("most keep their cattle through the dry season", "Okonjo"),
    ):
        assert got[quote].speaker == speaker


def test_a_dateline_with_the_year_after_the_day_is_no_part_of_the_clause():
    text = (
        "Floods cut off villages\n\n"
        "SYLHET, Jun 3, 2026 (BSS) - At least four people drowned and thousands were "
        "stranded as rivers burst their banks, officials said.\n"
    )
    got = by_quote(text)
    assert (
        "At least four people drowned and thousands were stranded as rivers burst their banks"
        in got
    )


def test_a_second_verb_phrase_after_a_partial_may_open_with_an_adverb():
    # decision 10: "said A “…” and still planned to B" reports B as "and planned to B" is
    text = (
        "Retailer delays results\n\n"
        "Anna Moritz, the chief executive, said the company expected to hire a new "
        "finance chief “within days” and still planned to open two stores in May.\n"
    )
    got = by_quote(text)
    assert got["within days"].speaker == "Anna Moritz"
    assert got["still planned to open two stores in May"].speaker == "Anna Moritz"


def test_a_gap_relative_after_that_or_with_a_findings_noun():
    # "…, a change that shipping groups say will …", "…, a gap the researchers say could
    # …": the object-gap relative's verb phrase is the group's (speaker null)
    text = (
        "Port reopens\n\n"
        "The port reopened on Monday after a deal on night shifts, a change that shipping "
        "groups say will cut delays across the region.\n\n"
        "Rural clinics saw twice as many cases as the state recorded, a gap the "
        "researchers say could leave nurses and parents unaware of the danger.\n"
    )
    got = by_quote(text)
    assert got["will cut delays across the region"].speaker is None
    assert got["could leave nurses and parents unaware of the danger"].speaker is None


def test_who_after_an_indefinite_title_whose_workplace_is_a_bare_corporation():
    # "X, a former payroll officer at the corporation, who said …": X speaks
    text = (
        "Clerk testifies\n\n"
        "The tribunal also heard from Ivo Brandt, a former payroll officer at the "
        "corporation, who said wages were paid “on a manager's word alone” and were not "
        "checked until the end of each year.\n"
    )
    got = by_quote(text)
    for quote in ("on a manager's word alone", "were not checked until the end of each year"):
        assert (got[quote].speaker, got[quote].role) == ("Ivo Brandt", "former payroll officer")


def test_a_papers_authorship_before_the_name_gives_way_to_the_post_after_it():
    text = (
        "Heart study\n\n"
        "The report's lead author, Kwame Asante, a cardiology fellow at Leeds General "
        "Infirmary, said the effect was small.\n\n"
        "The study's first author, Tomas Reyes, said the drug was safe to use.\n"
    )
    got = by_quote(text)
    asante = got["the effect was small"]
    assert (asante.role, asante.organization) == ("cardiology fellow", "Leeds General Infirmary")
    # (no post after the name: the authorship stays the role)
    assert got["the drug was safe to use"].role == "first author"


def test_a_where_relative_then_and_a_clause_of_its_own_runs_on():
    # "said A, where …, and B": B (its own subject and verb) is the reported clause's
    # second conjunct, no part of the writer's description of the place
    text = (
        "Typhoon toll rises\n\n"
        "Governor Ana Ruiz said four of the dead were from two Tarlac villages, where "
        "walls fell on houses, and two boys drowned when their boat capsized.\n\n"
        "Governor Ana Ruiz said the storm was worst in the hills, where builders, "
        "carpenters, and cleaners lost their homes.\n"
    )
    got = by_quote(text)
    assert (
        got[
            "four of the dead were from two Tarlac villages, where walls fell on houses, and two "
            "boys drowned when their boat capsized"
        ].speaker
        == "Ana Ruiz"
    )
    # (a list's commas inside the relative: still the writer's description, cut)
    assert "the storm was worst in the hills" in got


def test_a_title_and_its_town_before_the_name():
    # "executive engineer in Comilla Abdul Karim Mia said": the town is the title's
    text = (
        "Roads cut\n\n"
        "Roads department executive engineer in Comilla Abdul Karim Mia said three "
        "roads were shut.\n\n"
        "“The river is still rising,” Mia said.\n"
    )
    got = by_quote(text)
    for quote in ("three roads were shut", "The river is still rising,"):
        assert got[quote].speaker == "Abdul Karim Mia"
        assert got[quote].role.endswith("executive engineer")


def test_a_surveyor_is_a_title_head():
    text = (
        "Bids split\n\n"
        "Ana Lopes, a former quantity surveyor at the Braga city council, said the bids "
        "were split.\n"
    )
    assert by_quote(text)["the bids were split"].role == "former quantity surveyor"
