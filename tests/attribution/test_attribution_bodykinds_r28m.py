"""Round 28 (r28-m): a body referred to by its kind (`the company says`, `the club said`)
is the body of that kind the story names, the one named most recently, also when its
name is out of the usual reach or carries no head word of the kind; null when nothing
fits. Invented copy only (no sentence of the probes)."""

from quote_lookup import by_quote

COURIERS = (
    "Valparaíso's riders count the minutes the apps do not\n\n"
    "Delivery riders in Valparaíso have formed a union to press the apps to pay for the "
    "time they spend waiting outside restaurants.\n\n"
    "Nadia Herrán, a spokeswoman for Velocart, the biggest of the platforms in the city, "
    "says the firm pays above the legal minimum.\n\n"
    "Union organiser Mateo Ruiz says riders often wait an hour between two orders.\n\n"
    "“We are paid for the ride, not for the waiting,” Ruiz says.\n\n"
    "Ruiz says three organisers were blocked by Velocart in March; the company says the "
    "accounts were closed after complaints from customers.\n"
)


def test_the_company_is_a_body_a_spokeswoman_spoke_for_named_in_its_sentence():
    got = by_quote(COURIERS)
    s = got["the accounts were closed after complaints from customers"]
    assert s.speaker == "Velocart"
    assert s.organization == "Velocart"
    got = by_quote(COURIERS.replace("the company says", "the firm says"))
    assert got["the accounts were closed after complaints from customers"].speaker == "Velocart"


def test_the_company_is_no_body_of_another_kind():
    text = COURIERS.replace("a spokeswoman for Velocart", "a spokeswoman for the union")
    text = text.replace("blocked by Velocart", "blocked by the app")
    got = by_quote(text)
    assert got["the accounts were closed after complaints from customers"].speaker is None


TRIBUTES = (
    "Ballyrane Otters mourn the coach who built them\n\n"
    "The Ballyrane Otters have paid tribute to Declan Moore, who coached the side to three "
    "league titles, after his death at 81.\n\n"
    "Moore also spent two seasons with the Kilcarrow Herons in the 1980s. The Herons said "
    "in a statement that he had been “a gentleman of the game”.\n\n"
    "Otters captain Fiona Deasy said the squad would wear black armbands on Saturday.\n\n"
    "“He taught half of this town to swim before he taught us anything else,” Deasy "
    "said.\n\n"
    "Former player Tom Rourke said he owed his career to Moore.\n\n"
    "“He never raised his voice once, not even at referees,” Rourke said.\n\n"
    "Funeral arrangements will be announced later this week, the club said.\n"
)


def test_the_club_is_the_club_named_last_far_above_among_two():
    got = by_quote(TRIBUTES)
    s = got["Funeral arrangements will be announced later this week"]
    assert s.speaker == "Ballyrane Otters"
    assert s.organization == "Ballyrane Otters"
    # the other club spoke too, and was named last: the club is that one
    text = TRIBUTES.replace("Otters captain Fiona Deasy", "Captain Fiona Deasy").replace(
        "Former player Tom Rourke", "Former Herons player Tom Rourke"
    )
    got = by_quote(text)
    assert got["Funeral arrangements will be announced later this week"].speaker == (
        "Kilcarrow Herons"
    )
