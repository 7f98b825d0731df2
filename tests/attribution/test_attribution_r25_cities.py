"""Round 25, a lexicon of the world's large cities for country inference (r25-cities):
invented copy only."""

import pytest
from quote_lookup import by_quote

from articles.attribution import lexicons as lx
from articles.attribution import roles


@pytest.mark.parametrize(
    ("dateline", "code"),
    [
        ("NINGBO, March 3 (Reuters) -", "CN"),
        ("KOTA BHARU, March 3 (Reuters) -", "MY"),
        ("TOULOUSE (AFP) -", "FR"),
        ("Gaziantep (AFP) -", "TR"),
        ("PORTO ALEGRE, March 3 (Reuters) -", "BR"),
    ],
)
def test_a_large_city_alone_in_a_dateline_gives_the_story_country(dateline, code):
    got = by_quote(
        "Port hours cut\n\n"
        f"{dateline} The port will close at night from Monday, its director said.\n\n"
        "Harbour master Lena Sorell said the night shift would be moved to the morning.\n"
    )
    assert got["the night shift would be moved to the morning"].country == code


def test_a_large_city_before_a_title_gives_the_person_country():
    # "a Ningbo factory owner": where the person works
    got = by_quote(
        'Orders slow\n\n"We have lost half our orders," said Wendy Marsh, a Ningbo factory owner.\n'
    )
    assert got["We have lost half our orders,"].country == "CN"


def test_a_us_namesake_of_a_city_stays_in_the_us():
    got = by_quote(
        "Library reopens\n\n"
        "ATHENS, Ga. (AP) — The library will reopen on Friday, the county said.\n\n"
        "Librarian Dale Porter said the roof had been fixed.\n"
    )
    assert got["the roof had been fixed"].country == "US"


@pytest.mark.parametrize("word", ["Reading", "Nice", "Tours", "Nancy", "Regina", "Birmingham"])
def test_words_names_and_namesakes_are_not_in_the_lexicon(word):
    assert word not in lx.WORLD_CITIES
    assert roles._city_code(word) is None


def test_the_lexicon_is_read_case_blind_but_not_tallied_as_an_undated_story_place():
    assert roles._city_code("Xi'an") == "CN"
    assert roles._city_code("Cagayan de Oro") == "PH"
    # (a foreign investor's home city named often would outweigh the story's country)
    assert "Vigo" not in roles.PLACE_CITIES
    assert "Toronto" in roles.PLACE_CITIES


def test_the_lexicon_is_sorted_by_country_and_holds_no_us_city():
    codes = list(lx.WORLD_CITIES.values())
    assert codes == sorted(codes)
    assert "US" not in codes
