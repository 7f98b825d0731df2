"""Probe round 18: open cases (invented copy: new names, places and topics)."""

from tests.attribution.quote_lookup import by_quote

# -- "Her deputy, X," after "Mayor Y said": deputy to the boss's public office -----------

MAYOR = (
    "ORVIETO, Italy — The town will close its historic centre to cars this summer.\n\n"
    "Mayor Giulia Benedetti said the ban would start in June and last until September.\n\n"
    "Her deputy, Paolo Nardini, who is in charge of tourism, said hotels had backed the "
    "plan.\n"
)


def test_her_deputy_after_the_mayor_is_deputy_mayor():
    assert by_quote(MAYOR)["hotels had backed the plan"].role == "deputy mayor"


def test_guard_her_deputy_of_an_association_president_stays_a_deputy():
    # guard (passes before the change): "Its president, Y" may have a vice-president
    text = (
        "The Harrow Valley Dairy Cooperative said it would ask the state for aid.\n\n"
        "Its president, Wilma Stroud, said milk prices had fallen for six months.\n\n"
        "Her deputy, Ken Oyelaran, said several farms were for sale.\n"
    )
    assert by_quote(text)["several farms were for sale"].role == "deputy"


def test_guard_his_deputy_far_from_the_boss_stays_a_deputy():
    # guard (passes before the change): the boss is no subject of the sentences before
    text = (
        "Mayor Carlo Ventresca said the ban would start in June.\n\n"
        "Shop owners in the centre were divided. Some feared fewer customers.\n\n"
        "His deputy, Marta Lenzi, said hotels had backed the plan.\n"
    )
    assert by_quote(text)["hotels had backed the plan"].role == "deputy"


# -- a shorter description recalls the fuller title and the body named before ----------

AIRLINE = (
    "Skyline Air grounded six of its jets on Tuesday after cracks were found in an engine "
    "part.\n\n"
    "The airline's chief executive said the checks would take about a week.\n\n"
    "Passengers were offered refunds or seats on other flights.\n\n"
    "The executive, Marta Ferrand, told reporters the airline would not cut its summer "
    "schedule.\n"
)


def test_the_executive_recalls_the_chief_executive_written_before():
    st = by_quote(AIRLINE)["the airline would not cut its summer schedule"]
    assert (st.speaker, st.role, st.organization) == (
        "Marta Ferrand",
        "chief executive",
        "Skyline Air",
    )


def test_the_airlines_chief_executive_is_the_airlines():
    st = by_quote(AIRLINE)["the checks would take about a week"]
    assert st.organization == "Skyline Air"


# -- "he added" after a woman of a given name of either sex, known female in the text ---

FERRY = (
    "MANILA — Jeepney drivers began a three-day strike on Monday.\n\n"
    "Rosario Dizon, the head of the drivers' union, said the new rules would ruin "
    "families. {signal}\n\n"
    "Transport Secretary Jaime Bautista said the rules would stay. "
    "“We will not go back,” Dizon said. “The drivers need more time,” he added.\n"
)


def test_ms_before_her_surname_makes_her_he_added_the_mans():
    text = FERRY.format(signal="Ms. Dizon has led the union since 2015.")
    assert by_quote(text)["The drivers need more time,"].speaker == "Jaime Bautista"


def test_a_woman_title_before_her_name_makes_her_he_added_the_mans():
    text = FERRY.format(signal="").replace(
        "Rosario Dizon, the head of the drivers' union,", "Union chairwoman Rosario Dizon"
    )
    assert by_quote(text)["The drivers need more time,"].speaker == "Jaime Bautista"


def test_guard_she_said_already_settles_her_gender():
    # guard (passes before the change): a "she said" about her votes her female
    text = FERRY.format(signal="She said the union would march on Friday.")
    assert by_quote(text)["The drivers need more time,"].speaker == "Jaime Bautista"


def test_guard_with_no_signal_he_added_stays_hers():
    # guard (passes before the change): a given name of either sex, nothing to tell
    text = FERRY.format(signal="")
    assert by_quote(text)["The drivers need more time,"].speaker == "Rosario Dizon"


# -- an event or a measure "adds" a cost, it never says ---------------------------------


def test_a_closure_adding_a_detour_is_no_statement():
    text = (
        "The state will close the Harlan Bridge for repairs starting in May.\n\n"
        "The closure adds a 19-mile detour for about 4,000 drivers a day.\n"
    )
    assert by_quote(text) == {}


def test_guard_a_person_adding_a_clause_is_a_statement():
    # guard (passes before the change)
    text = (
        "Senator Ruth Calder said the bill had failed by one vote. He added a second vote "
        "would be held. She added a deal remains possible.\n"
    )
    found = by_quote(text)
    assert "a second vote would be held" in found
    assert "a deal remains possible" in found
