"""Probe round 17 (dev4): span boundaries of reported speech seen on the development set,
by our own convention (invented copy: new names, places and topics)."""

from quote_lookup import by_quote

# -- a closing participle of the harm the reported event did ends the clause ------------


def test_harm_participle_after_comma_ends_the_reported_clause():
    text = (
        "Officials in Marlow County said the storm flattened three grain silos near Pell "
        "Ridge, killing two farm workers.\n"
    )
    assert "the storm flattened three grain silos near Pell Ridge" in by_quote(text)
    text = (
        "The union said the Bexley plant would shut its loading dock for a month, forcing "
        "drivers to unload at the Harwick depot instead.\n"
    )
    assert "the Bexley plant would shut its loading dock for a month" in by_quote(text)


def test_guard_participle_without_comma_stays_in_the_clause():
    # guard: passes before the change (no comma, the participle is the clause's own verb)
    text = "Police said the driver was forcing cars off the road near Tilbury.\n"
    assert "the driver was forcing cars off the road near Tilbury" in by_quote(text)


# -- "as ADJ as X claims": a comparison inside the clause, not a second act of speech ----


def test_comparison_with_a_source_stays_in_the_reported_clause():
    text = (
        "The senator asked what rules allow a firm as large as Dorne Logistics claims to be "
        "to pay no county tax.\n"
    )
    got = by_quote(text)
    assert (
        "what rules allow a firm as large as Dorne Logistics claims to be to pay no county tax"
        in got
    )
    text = "The mayor said the Tilbury depot was as busy as residents had claimed.\n"
    assert "the Tilbury depot was as busy as residents had claimed" in by_quote(text)


def test_guard_as_clause_with_a_new_source_still_ends_the_clause():
    # guard: passes before the change ("as" opens the writer's aside, no comparison)
    text = "Prices rose sharply in March, the bank said, as economists had predicted.\n"
    got = by_quote(text)
    assert "Prices rose sharply in March" in got


# -- "suggested looking at X and asking …": a gerund cue coordinated with the clause's
# -- own opening gerund is its second conjunct, not a new act of speech ----------------


def test_second_gerund_cue_stays_in_a_gerund_clause():
    text = (
        "Mr. Pell suggested looking at your monthly bank statement and asking yourself "
        "whether each charge is worth it.\n"
    )
    assert (
        "looking at your monthly bank statement and asking yourself whether each charge is "
        "worth it" in by_quote(text)
    )


def test_guard_finite_clause_still_ends_before_the_subjects_second_cue():
    # guard: passes before the change (the clause opens with no gerund)
    text = "Mayor Ida Crane said the depot would close and warned that fares would rise.\n"
    got = by_quote(text)
    assert "the depot would close" in got
    assert "fares would rise" in got


# -- "who lacks X and has attacked Y": a relative clause's second present verb ----------


def test_relative_clause_conjunct_stays_in_the_reported_clause():
    text = (
        "Critics said Marsh is a developer who lacks experience in government and has "
        "attacked the council repeatedly.\n"
    )
    got = by_quote(text)
    assert (
        "Marsh is a developer who lacks experience in government and has attacked the council "
        "repeatedly" in got
    )
    assert "the council repeatedly" not in got
    text = (
        "The senator said the film starts a conversation that honors farm workers and "
        "demands respect for them.\n"
    )
    assert (
        "the film starts a conversation that honors farm workers and demands respect for them"
        in by_quote(text)
    )


def test_guard_speakers_second_act_after_a_past_relative_clause_still_ends_it():
    # guard: passes before the change (the relative verb is past: no agreement to share)
    text = (
        "Mayor Ida Crane praised the crews who cleared the road and warned that snow would "
        "return.\n"
    )
    got = by_quote(text)
    assert "snow would return" in got
