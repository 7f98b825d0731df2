"""Round 23 annotation-convention decisions (articles/attribution/README.md, "Annotation
conventions: decisions (round 23)") where the module was aligned with them, tested on
invented copy. Each test failed before its rule."""

from quote_lookup import by_quote


def test_a_reaction_to_a_thing_is_left_for_an_editor():
    # "X welcomed the ruling": no words of the speaker's own; kept (PolNeAR annotates it)
    # with a non-answer's capped confidence, so bulk approval leaves it out
    text = (
        "Court backs fishing limits\n\n"
        "WELLINGTON, New Zealand — The Harbour Anglers' Club welcomed the ruling on Tuesday. "
        "Its president, Mere Tawhiri, said the decision was long overdue.\n"
    )
    got = by_quote(text)
    assert got["the ruling"].speaker == "Harbour Anglers' Club"
    assert got["the ruling"].confidence <= 0.3
    # guard: the words said after it keep their confidence
    assert got["the decision was long overdue"].confidence > 0.3


def test_a_supranational_body_is_its_one_key_however_it_was_written():
    # "the Fund's mission chief" after "The International Monetary Fund": organisation IMF,
    # as for "IMF said" (the reference gold writes "EU" for the European Union's officials)
    text = (
        "Laos agrees loan with IMF\n\n"
        "VIENTIANE, Laos (Reuters) - The International Monetary Fund reached a staff-level "
        "agreement with Laos on Tuesday for a loan of about $300 million, according to a "
        "statement from the Fund's mission chief, Jonas Eklund.\n\n"
        '"This gives Laos room to breathe," Eklund said in the statement.\n'
    )
    got = by_quote(text)
    assert got["This gives Laos room to breathe,"].speaker == "Jonas Eklund"
    assert got["This gives Laos room to breathe,"].organization == "IMF"
