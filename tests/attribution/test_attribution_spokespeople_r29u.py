"""Round 29 (r29-u): one reader of the body behind a spokesperson
(``resolve.spoken_for_name``, ``spokespersons_body``, ``spoken_for_bodies``), used by the
unnamed spokesperson's phrase (r28-b), by ``the company says`` after ``a spokeswoman for
X`` (r28-m) and by ``X, who speaks for Y`` (r28-b). Invented copy only."""

from quote_lookup import by_quote

from articles.attribution import lexicons as lx
from articles.attribution.context import build_context
from articles.attribution.resolve import (
    SPOKESPERSON_FOR_RE,
    SPOKESPERSONS_PHRASE_RE,
    Registry,
    spoken_for_name,
)


def _registry(text: str) -> Registry:
    return Registry(build_context(text))


def test_one_lexicon_of_spokespersons_titles():
    assert {"spokesman", "spokeswoman", "spokesperson"} == lx.SPOKES_TITLES


def test_the_phrase_and_the_scan_read_one_name_grammar():
    for phrase, name in [
        ("A spokesperson for Purolane", "Purolane"),
        ("a spokeswoman for the Velocart Group", "Velocart Group"),
        ("Carrefield's spokesperson", "Carrefield"),
        ("A Valmora spokeswoman", "Valmora"),
        ("a spokesman for Banco de Chile", "Banco de Chile"),
    ]:
        m = SPOKESPERSONS_PHRASE_RE.fullmatch(phrase)
        assert m is not None and (m.group(1) or m.group(2) or m.group(3)) == name
    found = [m.group(1) for m in SPOKESPERSON_FOR_RE.finditer(
        "Ann Pell, a spokeswoman at the Velocart Group, and a spokesman of Banco de Chile, said so."
    )]  # fmt: skip
    assert found == ["Velocart Group", "Banco de Chile"]


def test_which_name_is_a_body():
    reg = _registry("Dealers wait.\n\nTom Varden said the trucks were late.\n")
    for body in ["Velocart", "General Motors", "Major League Baseball", "American Airlines"]:
        assert spoken_for_name(reg, body), body
    for not_body in [
        "Gov. Tim Lark",  # a title and a given name
        "President Lark",  # a title opening a name with no organisation's head
        "Ms. Lark",  # an honorific
        "Oregon",  # a U.S. place
        "Chile",  # a country
        "Chinese Foreign Ministry",  # a nation's state body: its country is the country
        "Varden",  # a person the article names
    ]:
        assert not spoken_for_name(reg, not_body), not_body


PARCELS = (
    "Parcel firms brace for strike\n\n"
    "TORONTO (CP) — Couriers across Ontario could walk off the job on Monday, their union "
    "said.\n\n"
    "Deliveries would continue as normal until then, a spokesperson for Purolane said on "
    "Friday.\n\n"
    "Holiday orders were already up 12 per cent, Carrefield's spokesperson said.\n\n"
    "The company had hired 300 seasonal drivers, a Valmora spokeswoman said.\n"
)


def test_an_unnamed_spokesperson_takes_the_body_of_the_phrase():
    got = by_quote(PARCELS)
    assert got["Deliveries would continue as normal until then"].organization == "Purolane"
    assert got["Holiday orders were already up 12 per cent"].organization == "Carrefield"
    assert got["The company had hired 300 seasonal drivers"].organization == "Valmora"


def test_a_spokesperson_for_a_place_takes_no_place_as_body():
    text = "Budget row\n\nThe budget will be cut by 4 per cent, a spokesperson for Oregon said.\n"
    assert by_quote(text)["The budget will be cut by 4 per cent"].organization is None


BANK = (
    "Valparaíso's riders count the minutes the apps do not\n\n"
    "Delivery riders in Valparaíso have formed a union to press the apps to pay for the "
    "time they spend waiting outside restaurants.\n\n"
    "Nadia Herrán, a spokeswoman for Banco de Chile, the biggest lender to the platforms, "
    "says the bank backs the union talks.\n\n"
    "Union organiser Mateo Ruiz says riders often wait an hour between two orders.\n\n"
    "“We are paid for the ride, not for the waiting,” Ruiz says.\n\n"
    "Ruiz says three loans were frozen by Banco de Chile in March; the company says the "
    "accounts were closed after complaints from customers.\n"
)


def test_the_company_is_the_body_a_spokeswoman_spoke_for_named_in_full():
    s = by_quote(BANK)["the accounts were closed after complaints from customers"]
    assert s.speaker == "Banco de Chile"  # (not "Banco")
    assert s.organization == "Banco de Chile"


SPEAKS_FOR = (
    "LYON, March 3 (Reuters) - Bakers have set up roadblocks around the city.\n\n"
    '"We will stay all week," said Henri Vautrin, who speaks for Dorval Holdings in the '
    "Alps.\n\n"
    "Speaking for Brise Marine, Odile Brunet said the tax was unfair.\n\n"
    '"Nobody listens," said Paul Girard, who speaks for Gov. Lark in Lyon.\n'
)


def test_who_speaks_for_a_body_not_a_titled_person():
    got = by_quote(SPEAKS_FOR)
    assert got["We will stay all week,"].organization == "Dorval Holdings"
    assert got["the tax was unfair"].organization == "Brise Marine"
    assert got["Nobody listens,"].organization is None  # (not "Gov")
