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


def _budget_story(sentence: str) -> str:
    return (
        "Governor pitches broadband spending\n\n"
        f"DAYTON, Ohio — {sentence}\n\n"
        "“Every county deserves a fast connection,” Pruitt said.\n"
    )


def test_laying_out_a_plan_reports_it():
    text = _budget_story(
        "In a speech on Friday, Governor Mia Pruitt laid out her plan to expand rural "
        "broadband to 200,000 homes."
    )
    got = by_quote(text)
    s = got["her plan to expand rural broadband to 200,000 homes"]
    assert s.kind == "indirect" and s.speaker == "Mia Pruitt"


def test_spelling_out_the_terms_reports_them():
    text = _budget_story(
        "Governor Mia Pruitt spelled out the terms of the grant program on Tuesday."
    )
    got = by_quote(text)
    assert any(q.startswith("the terms of the grant program") for q in got)


def test_laying_out_things_is_no_statement():
    # guard: a physical object laid out, or a passive, is no plan set out in words
    got = _quotes(
        _budget_story("Volunteers laid out the tools on the table before Pruitt arrived.")
    )
    assert not any("tools" in q for q in got)
    got = _quotes(_budget_story("The plan was laid out in a memo, Pruitt's office said."))
    assert not any(q.startswith("in a memo") for q in got)
