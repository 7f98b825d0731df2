"""Round 28 probe r28n: the country of a speaker from the jurisdiction of the office they
hold (a state's, province's or region's possessive before the title, or the region after
"of"), over the dateline's country. Invented sentences, not the probe's."""

from articles.attribution import extract


def _country(text: str, speaker: str) -> str | None:
    found = [s for s in extract(text) if s.speaker == speaker]
    assert found, [s.to_dict() for s in extract(text)]
    return found[0].country


def test_region_possessive_before_title_over_foreign_dateline():
    text = (
        "MADRID -- Ministers from a dozen countries met on Monday to discuss rail freight.\n\n"
        "Saxony's transport minister, Dieter Kohlhaas, said the new line would open in 2029.\n"
    )
    assert _country(text, "Dieter Kohlhaas") == "DE"


def test_governor_of_region_after_title():
    text = (
        "LISBON -- Delegates at an ocean energy fair in the Portuguese capital heard pitches "
        "from several governments.\n\n"
        "The governor of Karnataka, Suresh Gowda, said the state would tender two wind farms "
        "next year.\n"
    )
    assert _country(text, "Suresh Gowda") == "IN"


def test_county_governor_and_province_premier():
    text = (
        "PARIS -- Regional leaders gathered for a climate conference on Tuesday.\n\n"
        "The governor of Marsabit County, Halima Dida, said the drought had killed half the "
        "herds.\n\n"
        "Quebec's premier, Louis Gagnon, said the province would double its hydro exports.\n"
    )
    assert _country(text, "Halima Dida") == "KE"
    assert _country(text, "Louis Gagnon") == "CA"
