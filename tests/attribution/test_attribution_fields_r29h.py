"""Round 29 (r29-h): groups heldout29's helper left and the r29 probes' role and
organisation errors — "the regent said", an animal husbandry office's name before its
head's name, "She said A, but the B was C" (one statement), a title held in a group
after a description ("… and the club's treasurer"), a person's title before a name that
is also a body's kind ("X's publisher, NAME,"), "has worked as a groom", a participle
without "-ed" after a title ("a boatman known …"). Invented copy only."""

from quote_lookup import by_quote


def test_the_regent_said_names_the_regent_written_before():
    text = (
        "Tabanan Regent Wayan Sukadana said the district had bought 20,000 doses.\n\n"
        '"Every village will be visited," the regent said.\n'
    )
    st = by_quote(text)["Every village will be visited,"]
    assert st.speaker == "Wayan Sukadana"


def test_an_animal_husbandry_office_before_its_heads_name():
    text = (
        "Head of the Lombok Animal Husbandry and Veterinary Office Ni Luh Ayu Wirati said "
        "the teams were ready.\n"
    )
    st = by_quote(text)["the teams were ready"]
    assert st.speaker == "Ni Luh Ayu Wirati"
    assert st.role == "Head"
    assert st.organization == "Lombok Animal Husbandry and Veterinary Office"


def test_said_a_but_the_b_was_c_is_one_statement():
    text = (
        "Library services manager Rangi Parata said the cuts were needed.\n\n"
        "She said the council could keep the central library open on Sundays, but the "
        "branches would close at 5pm on weekdays.\n"
    )
    got = by_quote(text)
    quote = (
        "the council could keep the central library open on Sundays, but the branches "
        "would close at 5pm on weekdays"
    )
    assert quote in got
    assert got[quote].speaker == "Rangi Parata"


def test_said_a_but_a_new_cue_stays_two_statements():
    text = "Ilse Marquardt said the depot was fine, but the mayor said it would close in May.\n"
    got = by_quote(text)
    assert "the depot was fine" in got


def test_a_title_held_in_a_group_after_a_description():
    text = (
        "Ana Ruiz, a junior studying biology and the club's treasurer, said the club "
        "would appeal.\n"
    )
    assert by_quote(text)["the club would appeal"].role == "treasurer"


def test_a_publishers_name_after_a_possessive_is_a_person():
    text = (
        "Kestrel House, a small press in Tacoma, has withdrawn a debut novel.\n\n"
        "Kestrel's publisher, Ruth Vine, said the press would review the book.\n"
    )
    st = by_quote(text)["the press would review the book"]
    assert st.speaker == "Ruth Vine"
    assert st.speaker_type == "person"
    assert st.role == "publisher"
    assert st.organization == "Kestrel House"


def test_has_worked_as_a_trade_gives_the_role_and_no_employer():
    text = (
        "Dockers walk out\n\n"
        "Grace Mokoena, 61, has worked as a groom at Bayhead Stables since she was 19. "
        "She said the owners had never paid overtime.\n"
    )
    st = by_quote(text)["the owners had never paid overtime"]
    assert st.speaker == "Grace Mokoena"
    assert st.role == "groom"
    assert st.organization is None


def test_a_boatman_known_as_a_nickname():
    text = (
        "Ferries idle on the river\n\n"
        'Rafiq Hossain, a boatman known along the quay as "Skipper," has ferried passengers '
        "for 20 years. He said the new bridge had taken half his trade.\n"
    )
    st = by_quote(text)["the new bridge had taken half his trade"]
    assert st.speaker == "Rafiq Hossain"
    assert st.role == "boatman"


def test_a_films_distributor_named_after_it_is_a_body_and_its_managers_employer():
    text = (
        "The film’s distributor, Kancil Screens, said it would keep the date open. Its "
        "general manager, Lee Wan Ting, said cinemas had been patient.\n"
    )
    got = by_quote(text)
    assert got["it would keep the date open"].organization == "Kancil Screens"
    assert got["cinemas had been patient"].organization == "Kancil Screens"


def test_the_collaboratives_and_the_labs_officers():
    text = (
        "The Regional Data Collaborative says the count missed thousands.\n\n"
        "The collaborative's research director, Mina Osei, said rural towns had the most "
        "to lose.\n"
    )
    assert by_quote(text)["rural towns had the most to lose"].organization == (
        "Regional Data Collaborative"
    )
    text = (
        "The Prairie Virology Laboratory sequenced the samples.\n\n"
        "The lab's director, Paul Amadi, said one strain had spread.\n"
    )
    assert by_quote(text)["one strain had spread"].organization == "Prairie Virology Laboratory"


def test_who_runs_a_place_based_network_named_after_its_kind():
    text = (
        "Rosa Lima, who runs the Porto-based investor network Green Protein Iberia, said "
        "the rule was unfair.\n"
    )
    assert by_quote(text)["the rule was unfair"].organization == "Green Protein Iberia"
