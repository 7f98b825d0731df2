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
