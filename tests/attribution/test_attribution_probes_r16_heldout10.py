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


# -- "The department said" paragraphs below the one department, a street named nearby ----


def _paragraphs(n: int) -> str:
    return (FILLER * 2 + "\n\n") * n


def test_street_name_near_does_not_block_the_one_department():
    text = (
        "RIVERTON, Ohio — The Riverton Police Department said two officers were hurt on "
        "Friday night.\n\n"
        + _paragraphs(5)
        + "Marchers then walked to the courthouse on Elm Street, singing as they went. "
        "The department said nobody was arrested.\n"
    )
    s = by_quote(text)["nobody was arrested"]
    assert s.speaker == "Riverton Police Department"


# -- "Brightwater Events … the company said": an events company is a company ----------------


def test_events_company_is_the_company():
    text = (
        "The promoter, Brightwater Events, said it was devastated by the decision. In a "
        "statement, the company said every ticket would be refunded within a week.\n"
    )
    s = by_quote(text)["every ticket would be refunded within a week"]
    assert s.speaker == "Brightwater Events"


# -- "The council rejected that" paragraphs below the one council named -------------------


def test_the_council_far_below_the_one_council_named():
    text = (
        "Dunmere Borough Council said the bridge would stay closed until spring.\n\n"
        + _paragraphs(5)
        + "The local MP, Harriet Cole, said the delay was unacceptable. The council "
        "rejected that, saying engineers had warned of the cracks in March.\n"
    )
    s = by_quote(text)["engineers had warned of the cracks in March"]
    assert s.speaker == "Dunmere Borough Council"


def test_party_title_run_near_is_no_unknown_body():
    text = (
        "Dunmere Borough Council said the bridge would stay closed until spring.\n\n"
        + _paragraphs(5)
        + "The Labour MP for the town, Harriet Cole, said the delay was unacceptable. "
        "The council rejected that, saying engineers had warned of the cracks in March.\n"
    )
    s = by_quote(text)["engineers had warned of the cracks in March"]
    assert s.speaker == "Dunmere Borough Council"
