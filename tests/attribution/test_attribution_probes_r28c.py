"""Round 28, probe r28c: the organisation and role of local officials in undated US and
British copy (invented sentences, never the probe's)."""

from articles.attribution import extract


def _by_speaker(text: str) -> dict:
    return {s.speaker: s for s in extract(text)}


def test_mp_for_a_seat_with_a_club_word_has_no_organisation():
    text = (
        "The Conservative MP for Ashby and Harrow Vale, Daniel Crane, said the bypass "
        "should have been finished years ago.\n"
    )
    s = _by_speaker(text)["Daniel Crane"]
    assert s.role == "MP"
    assert s.organization is None


def test_co_ordinator_is_a_title():
    text = (
        "About 50 people joined Brimley Larder, a food bank set up in 2021.\n\n"
        "Its co-ordinator, Jean Pike, said the shelves had been empty since Friday.\n"
    )
    assert _by_speaker(text)["Jean Pike"].role == "co-ordinator"


def test_county_commissioner_sits_on_the_board_of_commissioners():
    text = (
        "The Tarrant Falls County Board of Commissioners voted 3-2 on Monday to delay the "
        "road plan.\n\n"
        "Commissioner Lou Becker said the plan would cost twice what voters were promised.\n"
    )
    s = _by_speaker(text)["Lou Becker"]
    assert s.organization == "Tarrant Falls County Board of Commissioners"


def test_councillor_belongs_to_the_one_council_of_the_story():
    text = (
        "Members of Stourwick Borough Council's planning committee met on Tuesday to discuss "
        "the depot.\n\n"
        "Cllr Anne Hale, who represents the Abbey ward, said the scheme was far too large.\n"
    )
    assert _by_speaker(text)["Anne Hale"].organization == "Stourwick Borough Council"
    # two councils named before: none of them
    text = (
        "Stourwick Borough Council and Abbeyfield Town Council both objected to the depot.\n\n"
        "Cllr Anne Hale, who represents the Abbey ward, said the scheme was far too large.\n"
    )
    assert _by_speaker(text)["Anne Hale"].organization is None
