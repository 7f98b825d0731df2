"""Round 32, lead: mends found while merging the round's branches."""

from articles.attribution import extract


def _by_quote(text: str) -> dict:
    return {s.quote: s for s in extract(text)}


def test_operator_named_mobile_after_a_given_name_is_a_company() -> None:
    # round 32 taught the module Somali given names ("Nasra"); a mobile operator's name
    # that opens with one is still a company, and "The company" after a bank is the operator
    found = _by_quote(
        "Her lender, Harbour Savings Bank, had frozen the account for a week.\n\n"
        "Nasra Mobile, which runs one of the country's networks, said lines were reissued "
        "only after 90 days.\n\n"
        "The company said in a statement that customers had been warned twice.\n"
    )
    first = found["lines were reissued only after 90 days"]
    assert (first.speaker, first.speaker_type) == ("Nasra Mobile", "organization")
    assert found["customers had been warned twice"].speaker == "Nasra Mobile"
