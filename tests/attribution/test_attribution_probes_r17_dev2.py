"""Probe round 17 (dev2): further error classes seen on the development set, by our own
convention (invented copy: new names, places and topics)."""

from quote_lookup import by_quote

from articles.attribution import extract


def _quotes(text: str) -> dict[str, str | None]:
    return {quote: s.speaker for quote, s in by_quote(text).items()}


# -- "responded with logic": the manner of an answer names no content ---------------------


def test_answer_manner_is_no_statement():
    text = (
        "Asked how the county would pay for the bridge, Commissioner Hal Brenner responded "
        "with logic.\n\nMayor Dana Pruitt replied with silence when asked about the audit.\n"
    )
    found = _quotes(text)
    assert "logic" not in found
    assert "silence" not in found


def test_guard_answer_with_content_stays():  # guard: passes before the fix
    found = _quotes("Commissioner Hal Brenner responded with attacks on the auditor.\n")
    assert found["attacks on the auditor"] == "Hal Brenner"


# -- "the only “files” that X released …": the object of a publishing verb is the gap ---


def test_object_relative_of_a_publishing_verb_is_no_statement():
    text = (
        "The only “files” that Mayor Dana Pruitt released online was a two-page summary "
        "from the city auditor.\n"
    )
    assert _quotes(text) == {}


def test_guard_complement_clause_after_fact_stays():  # guard: passes before the fix
    text = "Officials said the fact that Mayor Dana Pruitt released the files showed good faith.\n"
    assert "the fact that Mayor Dana Pruitt released the files showed good faith" in _quotes(text)


# -- "offered Ray a platform to …": an occasion to speak given, no words of the giver ------


def test_offered_platform_is_no_statement():
    text = (
        "The council offered Commissioner Hal Brenner a platform to say whatever he wanted "
        "about the budget.\n"
    )
    assert not any(s.cue == "offered" for s in extract(text))


def test_guard_offered_advice_stays():  # guard: passes before the fix
    found = _quotes("Commissioner Hal Brenner offered some blunt advice to the new mayor.\n")
    assert found["some blunt advice to the new mayor"] == "Hal Brenner"


# -- "what X says the plan would do (, and what …) has …": the gap clause ends at its verb --


def test_what_clause_ends_at_its_modal_verb_and_before_a_second_question():
    text = (
        "The gap between what Mayor Dana Pruitt says her budget would do and how analysts "
        "say it would affect taxes has grown all year.\n\n"
        "The gap between what Pruitt says her budget would do, and what it would really "
        "do, began last spring.\n"
    )
    found = _quotes(text)
    assert found["her budget would do"] == "Dana Pruitt"
    assert "it would affect taxes" in found
    assert not any("grown" in q or "began" in q or "really" in q for q in found)


def test_guard_what_clause_at_the_end_stays():  # guard: passes before the fix
    found = _quotes("Mayor Dana Pruitt explained what the new budget would do for schools.\n")
    assert not any(q.endswith("do") for q in found)


# -- "A, but B, X noted, that C": the parenthetical reports the clause it interrupts ------


def test_parenthetical_fragment_starts_after_but():
    text = (
        "The county had long resisted the plan, but the traffic there had grown so heavy, "
        "Mayor Dana Pruitt noted, that the old crossing could no longer cope.\n"
    )
    found = _quotes(text)
    assert found["the traffic there had grown so heavy"] == "Dana Pruitt"
    assert not any(q.startswith("The county") for q in found)


def test_guard_parenthetical_fragment_without_but_stays():  # guard: passes before the fix
    text = (
        "The bridge over the Calder River, Mayor Dana Pruitt said, would reopen to traffic "
        "by the end of the month.\n"
    )
    assert _quotes(text)["The bridge over the Calder River"] == "Dana Pruitt"


# -- "A, X protested the formula, B": a cue with an object is the verb, no parenthetical ----


def test_cue_with_object_before_comma_is_no_parenthetical():
    text = (
        "At her Calder school, Dana Pruitt and other parents protested the state funding "
        "formula, which advocates say hurts poor districts.\n"
    )
    found = _quotes(text)
    assert "At her Calder school" not in found
    assert found.get("hurts poor districts") is None  # the advocates', not Pruitt's
    assert not any(q.startswith("which advocates") for q in found)


def test_guard_parenthetical_with_addressee_stays():  # guard: passes before the fix
    text = (
        "The bridge over the Calder River, Mayor Dana Pruitt told the council, would reopen "
        "to traffic by the end of the month.\n"
    )
    assert _quotes(text)["would reopen to traffic by the end of the month"] == "Dana Pruitt"


# -- "As a young clerk …, X said …": the speaker's role then, no fragment of the words ----


def test_fronted_role_is_no_fragment():
    text = (
        "As a young clerk at a Calder law firm, Dana Pruitt said she was asked to brief a "
        "client on his case.\n"
    )
    found = _quotes(text)
    assert "As a young clerk at a Calder law firm" not in found
    assert found["she was asked to brief a client on his case"] == "Dana Pruitt"


# -- "After the board said A, the auditor disagreed.": an adverbial clause, no content -----


def test_fronted_subordinate_clause_is_no_trailing_content():
    text = "After the council said the budget was balanced, the county auditor disagreed.\n"
    found = _quotes(text)
    assert "After the council said the budget was balanced" not in found
    assert "the budget was balanced" in found  # the council's own words stay


# -- "…, and once he has said his piece, he …": a conjoined subordinate clause ends at its comma


def test_conjoined_subordinate_clause_ends_at_its_comma():
    text = (
        "Commissioner Hal Brenner has little patience for long meetings, and once he has said "
        "his piece, he is ready to move on.\n"
    )
    found = _quotes(text)
    assert found["his piece"] == "Hal Brenner"


def test_and_while_clause_is_no_trailing_content():
    text = (
        "And while Mayor Dana Pruitt has railed against the special levies that fund the "
        "parks, she has sought to protect the road fund.\n"
    )
    found = _quotes(text)
    assert found["the special levies that fund the parks"] == "Dana Pruitt"
    assert not any(q.startswith("And while") for q in found)


# -- "A is likely to be decided by X": the raised subject ends before "is likely to" -------


def test_raised_passive_subject_ends_before_the_raising_predicate():
    text = "The fate of the Calder bridge is likely to be decided by the county council.\n"
    found = _quotes(text)
    assert "The fate of the Calder bridge" in found
    assert not any(q.endswith("likely to") for q in found)


def test_guard_plain_passive_subject_stays():  # guard: passes before the fix
    text = "The fate of the Calder bridge will be decided by the county council.\n"
    assert "The fate of the Calder bridge" in _quotes(text)


# -- "It does not answer whether …": what a record leaves open, no one's refusal ----------


def test_record_that_does_not_answer_is_no_statement():
    text = (
        "The county released a two-minute video of the crash on Friday. It also does not "
        "answer whether the driver was using a phone.\n"
    )
    assert "whether the driver was using a phone" not in _quotes(text)


def test_guard_person_who_did_not_answer_stays():  # guard: passes before the fix
    found = _quotes("Mayor Dana Pruitt did not answer whether she would run again.\n")
    assert found["whether she would run again"] == "Dana Pruitt"
