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
