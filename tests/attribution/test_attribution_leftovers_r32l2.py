"""Round 32, r32-l2: leftovers of round 32's helpers. Invented copy only (no sentence of a
probe, a held-out set or the PolNeAR dev set)."""

from quote_lookup import by_quote


def test_told_her_and_a_noun_before_a_comma_is_an_object_not_a_cue():
    # "because she had not told her employer, said …": "her employer" is the whole object,
    # no reported clause, so the aside does not swallow the sentence's own statement
    text = (
        "KELOWNA, B.C. — Families at a downtown daycare were told on Friday to find other "
        "care.\n\n"
        "One father, who asked that his name not be used because he had not told his "
        "manager, said he might have to quit.\n\n"
        "A grandmother, who asked not to be identified because she had not told her "
        "landlord, said the fees had doubled.\n"
    )
    got = by_quote(text)
    assert got["he might have to quit"].speaker is None
    assert got["the fees had doubled"].speaker is None
    assert not any("landlord" in q for q in got)
