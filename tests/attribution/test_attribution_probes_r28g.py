"""Round 28, probe r28g's training errors (r28-g): pronouns for speakers whose gender the
name does not give. A `he` inside a person's own reported clause, after another noun
phrase of that clause (`said the governor had visited … but he left`), says nothing of
the speaker's gender, so her later `she said` stays hers (the general mechanism, not a
first name added: every name here is one the lexicon does not know); and a non-binary
person's singular `they said` is that person's. Invented copy only (no sentence of the
probe)."""

from articles.attribution import extract
from articles.attribution import lexicons as lx


def _speaker(got, start):
    found = [s for s in got if s.quote.startswith(start)]
    assert found, start
    return found[0].speaker


def test_unknown_names_stay_unknown_to_the_lexicon():
    # (the tests below must work without these names in the first-name lists)
    for name in ("folasade", "oyinkansola", "gulnara", "kestrel", "wren"):
        assert name not in lx.FIRST_NAMES


def test_a_he_in_her_own_clause_does_not_make_her_male():
    text = (
        "Market traders protest as council shuts stalls\n\n"
        "Councillor Mary Jenkins said the stalls would reopen in a month.\n\n"
        "Folasade Ogundipe, who sells fabric at the market, said the governor had visited "
        "the stalls last week but he left after ten minutes.\n\n"
        '"We have nowhere else to go," she said.\n'
    )
    assert _speaker(extract(text), "We have nowhere") == "Folasade Ogundipe"


def test_a_he_after_an_object_in_her_own_clause():
    text = (
        "Almaty residents fight tower plan\n\n"
        "The city's chief architect, Anna Petrova, said the tower had been approved in "
        "March.\n\n"
        "Gulnara Seitkali, a retired engineer, said a developer had bought the courtyard in "
        "2019 and he had promised residents a playground.\n\n"
        '"The playground is a car park now," she said.\n'
    )
    assert _speaker(extract(text), "The playground") == "Gulnara Seitkali"


def test_singular_they_of_a_non_binary_speaker():
    text = (
        "Delivery riders form union\n\n"
        "Kestrel Osei-Mbah is the spokesperson of the riders' union. Osei-Mbah is "
        "non-binary and uses they/them pronouns.\n\n"
        '"Nobody answers our emails," they said.\n\n'
        "They said the union would publish its own survey in May.\n"
    )
    got = extract(text)
    assert _speaker(got, "Nobody answers") == "Kestrel Osei-Mbah"
    assert _speaker(got, "the union would publish") == "Kestrel Osei-Mbah"


def test_they_after_a_group_spoke_is_not_the_non_binary_person():
    text = (
        "Wren Adeyemi-Holt, who is non-binary, runs the theatre's youth programme. "
        '"We lost the grant," Adeyemi-Holt said.\n\n'
        "Parents said the classes had been full all year. They said the council had not "
        "consulted them.\n"
    )
    got = extract(text)
    assert _speaker(got, "the council had not consulted") is None
