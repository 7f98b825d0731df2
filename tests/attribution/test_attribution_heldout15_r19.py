"""Round 19, the retired held-out set 15's error classes: each rule is tested on invented
stories (none of that set's sentences, names or topics). Each test failed before its rule
unless marked as a guard."""

from quote_lookup import by_quote


def _panel_story(pointer: str) -> str:
    return (
        "Senate panel weighs farm nominee\n\n"
        "WASHINGTON — A Senate panel questioned the president's pick for agriculture "
        "secretary on Tuesday. One senator from the majority was still undecided.\n\n"
        f"{pointer}, Joe Marbury of Idaho, spent the hearing on water rights.\n\n"
        "“I need more time,” Marbury (R-Idaho) said as he left.\n\n"
        "An aide to Marbury, who spoke on condition of anonymity, said the senator wanted "
        "a second meeting.\n"
    )


def test_an_aide_to_a_person_gives_that_person_no_role():
    got = by_quote(_panel_story("The holdout"))
    assert got["I need more time,"].speaker == "Joe Marbury"
    assert got["I need more time,"].role is None


def test_a_demonstrative_before_a_title_is_no_part_of_it():
    got = by_quote(_panel_story("That senator"))
    assert got["I need more time,"].role == "senator"


def test_a_demonstrative_before_a_city_title_too():
    text = (
        "Council split over bridge tolls\n\n"
        "CHICAGO — The city council debated new bridge tolls on Monday. One alderman said "
        "he was undecided.\n\n"
        "That alderman, Tony Reyes, said commuters would pay twice.\n\n"
        "“I need more numbers,” Reyes said after the meeting.\n"
    )
    assert by_quote(text)["I need more numbers,"].role == "alderman"
