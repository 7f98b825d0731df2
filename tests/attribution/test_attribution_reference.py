"""The reference AP article: every quoted span exact, right speaker, role and country."""

from pathlib import Path

import pytest

from articles.attribution import extract

TEXT = (Path(__file__).parent / "golden" / "ap-2025-02-14-nato-ukraine.txt").read_text(
    encoding="utf-8"
)

# (start, end, kind, speaker, role, country, organization) from the gold file
GOLD_QUOTED = [
    (905, 1018, "direct", "John Healey", "Defence Secretary", "GB", None),
    (1209, 1324, "direct", "Boris Pistorius", "Defense Minister", "DE", None),
    (1353, 1416, "partial", "Boris Pistorius", "Defense Minister", "DE", None),
    (1427, 1453, "partial", "Boris Pistorius", "Defense Minister", "DE", None),
    (1749, 1757, "partial", "Trump", None, "US", None),
    (1844, 1994, "direct", "Pete Hegseth", "Defense Secretary", "US", None),
    (2215, 2334, "direct", "Kaja Kallas", "foreign policy chief", None, "EU"),
    (2347, 2482, "direct", "Kaja Kallas", "foreign policy chief", None, "EU"),
    (2580, 2732, "partial", "Pete Hegseth", "Defense Secretary", "US", None),
    (2781, 2810, "partial", "Pete Hegseth", "Defense Secretary", "US", None),
    (2895, 2911, "partial", "Pete Hegseth", "Defense Secretary", "US", None),
    (3293, 3335, "partial", "Pete Hegseth", "Defense Secretary", "US", None),
    (3483, 3534, "partial", "Pete Hegseth", "Defense Secretary", "US", None),
    (3648, 3663, "partial", "Sébastien Lecornu", "Defense Minister", "FR", None),
    (3906, 4074, "direct", "Sébastien Lecornu", "Defense Minister", "FR", None),
    (4387, 4508, "partial", "Mark Rutte", "Secretary-General", None, "NATO"),
]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace and punctuation at both edges (as score.py does)."""
    import unicodedata

    def strip(c: str) -> bool:
        return c.isspace() or unicodedata.category(c).startswith("P")

    while start < end and strip(text[start]):
        start += 1
    while end > start and strip(text[end - 1]):
        end -= 1
    return start, end


@pytest.fixture(scope="module")
def statements():
    return extract(TEXT)


def test_all_sixteen_quoted_spans_exact(statements):
    found = {_trim(TEXT, s.start, s.end) for s in statements}
    for start, end, *_ in GOLD_QUOTED:
        assert _trim(TEXT, start, end) in found, TEXT[start:end]


@pytest.mark.parametrize("gold", GOLD_QUOTED, ids=lambda g: f"{g[0]}-{g[3]}")
def test_speaker_role_country(statements, gold):
    start, end, kind, speaker, role, country, organization = gold
    match = [s for s in statements if _trim(TEXT, s.start, s.end) == _trim(TEXT, start, end)]
    assert match, TEXT[start:end]
    st = match[0]
    assert st.kind == kind
    assert st.speaker == speaker
    assert st.speaker_type == "person"
    assert st.role == role
    assert st.country == country
    assert st.organization == organization


def test_misspelling_and_pronouns_keep_the_written_source(statements):
    by_start = {s.start: s for s in statements}
    assert by_start[1844].source == "Hegesth"
    assert by_start[1844].speaker == "Pete Hegseth"
    assert by_start[2215].source == "she"
    assert by_start[1427].source == "he"


def test_group_and_country_sources_have_no_speaker(statements):
    allies = [s for s in statements if s.source == "Several NATO allies"]
    assert allies and allies[0].speaker is None
    assert allies[0].organization == "NATO"
    assert allies[0].kind == "indirect"
    admin = [s for s in statements if s.source == "the Trump administration"]
    assert admin and admin[0].speaker is None and admin[0].country == "US"


def test_reported_speech_of_the_reference(statements):
    quotes = {s.quote for s in statements if s.kind == "indirect"}
    assert "the United States is betraying the war-ravaged country" in quotes
    assert "the future of NATO itself is now in question" in quotes


# (start, end, speaker, source for unnamed sources) of the gold reported statements
GOLD_REPORTED = [
    (417, 481, None, "Several NATO allies"),
    (533, 587, "Pete Hegseth", None),
    (668, 762, None, "the Trump administration"),
    (1509, 1613, "Pete Hegseth", None),
    (2101, 2211, "Kaja Kallas", None),
    (3677, 3835, "Sébastien Lecornu", None),
    (3858, 3902, "Sébastien Lecornu", None),
    (4165, 4221, None, "the U.S."),
]


@pytest.mark.parametrize("gold", GOLD_REPORTED, ids=lambda g: f"{g[0]}-{g[2] or g[3]}")
def test_reported_statements_exact(statements, gold):
    start, end, speaker, source = gold
    match = [s for s in statements if _trim(TEXT, s.start, s.end) == _trim(TEXT, start, end)]
    assert match, TEXT[start:end]
    assert match[0].kind == "indirect"
    assert match[0].speaker == speaker
    if source is not None:
        assert match[0].source == source
