"""Round 20, dev cross-validated: general rules read off the errors of one half of the
development documents, kept only if the other half (scored, never read) did not get worse.
Every story here is invented. Each test failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def _quotes(text: str) -> set[str]:
    return set(by_quote(text))


def test_echoing_a_named_person_names_the_source_not_a_statement():
    text = (
        "Harbor board backs dredging plan\n\n"
        "PORTLAND, Maine — The harbor board endorsed the dredging plan on Monday, "
        "echoing Governor Ralph Denning.\n\n"
        "“The channel has to be deeper,” board chairwoman Lena Ostrowski said.\n"
    )
    got = _quotes(text)
    assert "Governor Ralph Denning" not in got
    assert "The channel has to be deeper," in got


def test_echoing_a_title_holder_or_a_pronoun_too():
    text = (
        "Council member Ana Ruiz echoed her party's leader at the hearing. Her colleague "
        "Tom Breck echoed him a day later.\n"
    )
    got = _quotes(text)
    assert "her party's leader" not in got
    assert "him a day later" not in got and "him" not in got


def test_echoing_a_call_or_a_view_is_still_reported():
    # guard: what is echoed can be the words themselves
    text = (
        "Council member Ana Ruiz backed the bill on Tuesday, echoing calls from residents "
        "for safer crossings.\n"
    )
    got = by_quote(text)
    assert "calls from residents for safer crossings" in got
