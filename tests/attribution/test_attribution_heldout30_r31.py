"""Round 31, heldout30's lessons (r31-h30): a relative's possessor is a person, a field
word before a trade's title that is only a word inside a longer body's name, a union's
(national) organiser, a name inside another's reported clause giving no gender to a
pronoun after its sentence. Invented copy only (no sentence of heldout30)."""

from quote_lookup import by_quote


def test_a_widows_possessor_is_a_person_not_a_body_ending_in_the_surname():
    text = (
        "Ferry fire kills two\n\n"
        "Two crew members died, among them Abel Tamsin Hoque, 40, an engineer from Khulna.\n\n"
        "Tamsin's widow, Mira Sultana, said she had not been told.\n"
    )
    st = by_quote(text)["she had not been told"]
    assert st.speaker == "Mira Sultana"
    assert st.role == "widow"
    assert st.organization is None


def test_a_field_word_inside_a_longer_bodys_name_stays_in_a_trade_title():
    text = (
        "Karate body bans coach\n\n"
        "TOKYO (Kyodo) -- The All Japan Karate Federation said Monday it had banned a coach.\n\n"
        "Karate writer Emi Sato said the ban was overdue.\n"
    )
    st = by_quote(text)["the ban was overdue"]
    assert st.speaker == "Emi Sato"
    assert st.role == "Karate writer"
    assert st.organization is None


def test_a_unions_national_organiser_is_the_unions():
    text = (
        "Opera tour off\n\n"
        "The Northfield Opera has cancelled its tour.\n\n"
        "Brightwork, the stagehands' union, said the cuts were unsafe.\n\n"
        "Brightwork's national organiser for theatre, Lena Hart, said the union had "
        "complained in March.\n"
    )
    st = by_quote(text)["the union had complained in March"]
    assert st.speaker == "Lena Hart"
    assert st.role == "national organiser"
    assert st.organization == "Brightwork"


def test_a_name_in_anothers_reported_clause_is_no_she_for_the_next_quote():
    text = (
        "Ballet cancels tour\n\n"
        "Northfield Ballet has cancelled the spring tour of its new Tosca after injuries.\n\n"
        "The York-based company said in a statement that it could not go on.\n\n"
        "Brightwork, the stagehands' union, said the cuts were unsafe.\n\n"
        "The company's music director, Paul Venn, said the schedule was agreed.\n\n"
        "Critic Ann Bell, who has followed the company since 1990, said Northfield Ballet "
        "had a reputation as a 'family' and that the row would hurt.\n\n"
        "'Companies of this size live on goodwill,' she said.\n"
    )
    got = by_quote(text)
    assert got["it could not go on"].speaker == "Northfield Ballet"
    assert got["the schedule was agreed"].organization == "Northfield Ballet"
