"""Round 28, roles left by probes r28o and r28d (r28-q): a definite office before the name
over an indefinite description after it, a plural title before two names, a body's name
with "and" before its possessive, a title run on over "of BODY" and an honorific, the
company lost on coordinated titles or its short name, a district's name before a
lower-case title, and a state's or province's name after "governor of" (decision 9).
Invented copy only (no sentence of the probes)."""

from quote_lookup import by_quote


def test_a_definite_office_before_the_name_beats_a_description_after_it():
    text = (
        "The chair of council, Sir Malcolm Hythe, a retired surgeon who has led the body "
        "since 2021, said the merger would go ahead.\n"
    )
    st = by_quote(text)["the merger would go ahead"]
    assert st.speaker == "Malcolm Hythe"
    assert st.role == "chair of council"


def test_a_plural_title_before_two_names_is_each_ones_title():
    text = (
        "Senior partners Maeve Corrigan and Ian Holt wrote to the board on Friday. "
        '"We cannot support this," Ms Corrigan said. "Nor can the clients," Mr Holt said.\n'
    )
    got = by_quote(text)
    assert got["We cannot support this,"].role == "senior partner"
    assert got["Nor can the clients,"].role == "senior partner"


def test_a_bodys_name_with_and_before_its_possessive_title():
    text = (
        "The Culture and Communications Committee's chair, Gareth Lloyd MS, said the "
        "broadcaster had questions to answer.\n"
    )
    st = by_quote(text)["the broadcaster had questions to answer"]
    assert st.role == "chair"
    assert st.organization == "Culture and Communications Committee"


def test_a_title_of_a_body_before_an_honorific_and_a_name():
    text = (
        "Clinical director of Aneurin Bevan University Health Board Dr Sian Price said "
        "corridor care had become routine.\n"
    )
    st = by_quote(text)["corridor care had become routine"]
    assert st.speaker == "Sian Price"
    assert st.role is not None and st.role.lower() == "clinical director"
    assert st.organization == "Aneurin Bevan University Health Board"


def test_coordinated_company_titles_keep_the_company():
    text = (
        "Brackenfield Holdings posted a loss. Brackenfield's managing director and chief "
        "executive, Owen Tully, said the smelter would restart in March.\n"
    )
    st = by_quote(text)["the smelter would restart in March"]
    assert st.role == "managing director and chief executive"
    assert st.organization == "Brackenfield Holdings"


def test_a_company_officer_of_a_short_name_gets_the_full_name():
    text = (
        "Harrowgate Capital has built a 7 per cent stake. Lena Marsh, the founder and chief "
        "investment officer of Harrowgate, which is based in Sydney, said the board had "
        "failed shareholders.\n"
    )
    st = by_quote(text)["the board had failed shareholders"]
    assert st.role == "founder and chief investment officer"
    assert st.organization == "Harrowgate Capital"


def test_a_district_before_a_lower_case_title_is_a_place():
    text = (
        "Flooding closed roads across Belagavi district on Monday. Belagavi deputy "
        "commissioner Arun Patil said relief camps had been opened in six villages.\n"
    )
    st = by_quote(text)["relief camps had been opened in six villages"]
    assert st.role == "deputy commissioner"


def test_governor_of_a_state_is_the_governor():
    text = (
        "The governor of Maharashtra, Vinod Rane, said the state would buy the power for "
        "25 years.\n"
    )
    st = by_quote(text)["the state would buy the power for 25 years"]
    assert st.role == "governor"
    assert st.country == "IN"
