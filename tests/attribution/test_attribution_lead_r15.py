"""Round 15, the lead's merge fixes: interactions between rules from separate branches."""

from articles.attribution import extract


def _speaker(text: str, start: str) -> str | None:
    return next(s.speaker for s in extract(text) if s.quote.startswith(start))


def test_a_dateline_demonym_goes_without_saying_only_where_no_other_country_is_written():
    text = (
        "Ministers agree to share radar data\n\n"
        "RIGA, Latvia (AP) — Defense ministers from six countries agreed on Tuesday to share "
        "radar data, after balloon incursions that Latvia’s defense minister called “a test "
        "of our patience.”\n\n"
        "Latvian Defense Minister Ilze Berzina told reporters that the balloons were “probing "
        "our gaps.”\n\n"
        "His Polish counterpart, Marek Nowicki, said the deal would cut costs. Swedish Defense "
        "Minister Karin Holm said Sweden would send crews.\n"
    )
    assert _speaker(text, "a test of our patience") == "Ilze Berzina"


def test_a_pair_of_modifiers_joined_by_and_before_the_head_is_one_name():
    text = (
        "Officials at the Harlow Fish and Wildlife Service counted 40 nests. The wildlife "
        "service said in a statement that the count was the lowest in a decade.\n"
    )
    assert _speaker(text, "the count was") == "Harlow Fish and Wildlife Service"


def test_a_person_and_a_body_joined_by_and_stay_apart():
    text = (
        "Governor Ana Ruiz and Harbor Transit Authority met on Monday. The authority said "
        "fares would rise in May.\n"
    )
    assert _speaker(text, "fares would rise") == "Harbor Transit Authority"


def test_a_statement_nobody_is_named_as_saying_is_left_for_an_editor():
    text = (
        "Mayor Dana Hill is expected to sign the bill next week, her office said.\n\n"
        "The council is expected to vote on the plan Tuesday.\n"
    )
    found = extract(text)
    sourceless = [s for s in found if s.source is None]
    assert sourceless and all(s.confidence <= 0.3 for s in sourceless)
    sourced = [s for s in found if s.source is not None]
    assert sourced and all(s.confidence > 0.3 for s in sourced)
