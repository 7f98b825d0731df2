"""Round 31, r31-e: constructions round 31's first wave saw fail and left. Invented copy
only (no sentence of a probe, a held-out set or the PolNeAR dev set)."""

from quote_lookup import by_quote


def test_a_bare_capitalised_service_is_the_us_one_named_before():
    # AP capitalises a bare service for the U.S. forces only; of a U.S. and a foreign
    # navy named before, "A Navy statement" is the U.S. one
    text = (
        "APIA, Samoa — The U.S. Navy has opened an inquiry into the grounding of a supply "
        "ship off Upolu.\n\n"
        "The head of the Samoa Navy, Capt. Tavita Leaupepe, inspected the reef on Monday.\n\n"
        "A Navy statement said the ship's hull would be patched in Pago Pago.\n"
    )
    got = by_quote(text)["the ship's hull would be patched in Pago Pago"]
    assert (got.speaker, got.organization, got.country) == ("U.S. Navy", "U.S. Navy", "US")
