"""Round 28, probe r28o's training errors (r28-o): roles as copy writes them, round 3 — a
title whose head the lexicon did not know (`steward`, `registrar`, `bursar`, `proctor`,
`actuary`, `underwriter`), alone or coordinated with another before a name, left the name
with no role, and before a name with a body's word inside (`Former Harcourt bursar X`) lost
the speaker to a person named earlier. Invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_shop_steward_before_a_name_is_a_role():
    got = by_quote("Union steward Owen Pask said night shifts were running two hours late.\n")
    assert got["night shifts were running two hours late"].role == "Union steward"


def test_coordinated_titles_before_a_name_keep_both():
    text = (
        "Trustee and former registrar Helen Marsh said the accounts had been filed late "
        "for three years.\n"
    )
    st = by_quote(text)["the accounts had been filed late for three years"]
    assert st.speaker == "Helen Marsh"
    assert st.role == "Trustee and former registrar"


def test_a_former_officer_with_a_body_word_is_the_speaker_not_the_person_before():
    text = (
        "The sale was backed by Colin Ferris. Former Harcourt bursar Nina Alder said it "
        'would "empty the endowment in a decade".\n'
    )
    st = by_quote(text)["empty the endowment in a decade"]
    assert st.speaker == "Nina Alder"
    assert st.role is not None and st.role.endswith("bursar")


def test_an_actuary_and_an_underwriter_are_occupations():
    text = (
        "Senior actuary Rhys Cole said premiums would rise by a fifth.\n\n"
        "Marine underwriter Dana Voss said claims from the storm were still coming in.\n"
    )
    got = by_quote(text)
    assert got["premiums would rise by a fifth"].role == "Senior actuary"
    assert got["claims from the storm were still coming in"].role == "Marine underwriter"
