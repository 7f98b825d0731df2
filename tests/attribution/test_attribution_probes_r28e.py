"""Round 28, probe r28e's training errors (r28-e): obituaries and tributes. A mourner's
courtesy (`offered his condolences`) and a posted photograph are no statements (decision
6), and a `she said` after an Irish or Southern African woman whose own reported clause
holds a `he` (the deceased) is hers: her first name now gives her gender. Invented copy
only (no sentence of the probe)."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_offered_condolences_is_no_statement():
    text = (
        "The former mayor, Harold Quinn, died on Friday at 90.\n\n"
        "Council leader Janet Morrow offered her condolences to the Quinn family at Tuesday's "
        "meeting. Bishop Alan Reid offered his sympathies and prayers to the parish.\n\n"
        "Morrow said the town hall flag would fly at half-mast until the funeral.\n"
    )
    got = extract(text)
    assert not any("condolences" in s.quote or "sympathies" in s.quote for s in got)
    flag = [s for s in got if s.quote.startswith("the town hall flag")]
    assert flag and flag[0].speaker == "Janet Morrow"


def test_offered_advice_still_reports():
    text = "The coach, Luis Ferrer, offered advice to the younger players before the match.\n"
    assert any(s.quote.startswith("advice") for s in extract(text))


def test_posting_a_photograph_is_no_statement():
    text = (
        "His niece, Carla Boyd, posted a photograph of the two of them on Instagram. Her "
        "brother released photographs of the old farm.\n\n"
        "“He taught me to drive a tractor before I could ride a bike,” she wrote.\n"
    )
    got = extract(text)
    assert not any("photograph" in s.quote for s in got)
    quote = [s for s in got if s.quote.startswith("He taught me")]
    assert quote and quote[0].speaker == "Carla Boyd"


def test_she_after_an_irish_first_name_with_a_he_in_her_clause():
    text = (
        "Obituary\n\n"
        "Niall Dunphy, the retired ferryman, died on Sunday.\n\n"
        "Maeve Kinsella, a neighbour, said he was the last man in the harbour who could mend "
        "a net by hand.\n\n"
        "“He never once charged anybody for it,” she said.\n"
    )
    got = by_quote(text)
    assert got["He never once charged anybody for it,"].speaker == "Maeve Kinsella"


def test_she_after_a_southern_african_first_name():
    text = (
        "Obituary\n\n"
        "The choir leader Bongani Zulu died in Durban on Monday.\n\n"
        "Lindiwe Mkhize, who sang beside him for 30 years, said he could hear a flat note "
        "from the back of a stadium.\n\n"
        "“He made us practise until our throats hurt,” she said.\n"
    )
    got = by_quote(text)
    assert got["He made us practise until our throats hurt,"].speaker == "Lindiwe Mkhize"
