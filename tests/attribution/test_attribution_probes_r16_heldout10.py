"""Probe round 16: error classes of the retired held-out set 10, rebuilt from invented
copy (new names, places and topics)."""

from quote_lookup import by_quote

# -- "the governor said" far from the titled first mention, the person named nearby ------

FILLER = (
    "Crews worked through the night to clear fallen trees from the coast road, and "
    "schools in four counties stayed closed for a second day while engineers checked "
    "bridges and culverts for damage. "
)


def _storm_story(between: str) -> str:
    return (
        "HARTWELL, Maine — A storm surge swept over the harbor on Tuesday.\n\n"
        '"This is the worst flooding we have seen in a generation," Gov. Miriam '
        "Castellane said at a briefing in Augusta.\n\n"
        + (FILLER * 3 + "\n\n") * 6
        + "Harbor master Tobias Renwick said the breakwater had held.\n\n"
        + between
        + '"If the water reaches your door, leave now," the governor said.\n'
    )


def test_title_of_first_mention_names_a_recent_surname():
    text = _storm_story(
        "Castellane, who flew over the coast in a helicopter, urged families near the "
        "shore to move inland.\n\n"
    )
    s = by_quote(text)["If the water reaches your door, leave now,"]
    assert s.speaker == "Miriam Castellane"


def test_guard_title_far_back_and_no_recent_mention_stays_unresolved():
    text = _storm_story("")
    s = by_quote(text)["If the water reaches your door, leave now,"]
    assert s.speaker is None
