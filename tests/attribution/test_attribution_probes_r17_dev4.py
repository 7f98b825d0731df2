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
