"""Round 22, the retired held-out set 19's extraction and attribution error classes: each
rule is tested on invented stories (none of that set's sentences, names or topics). Each
test failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def _depot_story() -> str:
    return (
        "Works on the tram line run late\n\n"
        "The mayor, Joan Ruddle, said the works would go on until the Regional Transport "
        "Authority (RTA) approved a new budget.\n\n"
        "Ruddle said the line would reopen in May, which engineers said was too early.\n"
    )


def test_an_acronym_in_brackets_after_its_name_stays_in_the_reported_clause():
    got = by_quote(_depot_story())
    quote = "the works would go on until the Regional Transport Authority (RTA) approved"
    assert quote + " a new budget" in got


def test_a_comma_relative_with_its_own_speaker_ends_the_reported_clause():
    got = by_quote(_depot_story())
    assert got["the line would reopen in May"].speaker == "Joan Ruddle"
    assert got["was too early"].source == "engineers"
