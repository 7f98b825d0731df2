"""Round 20, the retired held-out set 17's speaker error classes: each rule is tested on
invented stories (none of that set's sentences, names or topics). Each test failed before
its rule unless marked as a guard."""

from quote_lookup import by_quote


def _ferry_story() -> str:
    return (
        "Lawmakers demand answers after ferry route is cut\n\n"
        "A ferry operator said Tuesday it would end winter sailings to Birch Island, "
        "leaving about 300 residents without a daily link to the mainland.\n\n"
        "State Rep. Maria Olsen, DFL-Cedar Falls, called the decision “a slap in the face "
        "to island families” and said she would ask the transportation committee to hold a "
        "hearing.\n\n"
        "State Sen. Tom Haver, DFL-Two Harbors, said the operator had received public money "
        "for a new boat only last year.\n"
    )


def test_a_dfl_party_tag_is_no_speaker():
    # Minnesota's Democratic-Farmer-Labor party tag after the name, as `D-Ore.` is
    got = by_quote(_ferry_story())
    assert got["a slap in the face to island families"].speaker == "Maria Olsen"
    assert got["she would ask the transportation committee to hold a hearing"].speaker == (
        "Maria Olsen"
    )
    assert got["the operator had received public money for a new boat only last year"].speaker == (
        "Tom Haver"
    )


def test_a_dfl_party_tag_keeps_the_role():
    got = by_quote(_ferry_story())
    assert got["a slap in the face to island families"].role == "State Representative"
    assert got["a slap in the face to island families"].country == "US"


def _consulate_story() -> str:
    return (
        "Hungary shuts two consulates in row over visas\n\n"
        "Budapest (AFP) - Hungary on Thursday closed two of its consulates in a "
        "neighbouring country in a dispute over visa fees, the foreign ministry said.\n\n"
        'The ministry said in a statement that the fees were "a breach of every '
        'agreement we have signed". It said the consuls had been recalled for talks.\n'
    )


def test_a_bare_lower_case_ministry_in_a_datelined_story_speaks():
    got = by_quote(_consulate_story())
    lede = "Hungary on Thursday closed two of its consulates in a neighbouring country in a " + (
        "dispute over visa fees"
    )
    assert got[lede].speaker == "Foreign Ministry"
    assert got["a breach of every agreement we have signed"].speaker == "Foreign Ministry"
    assert got["the consuls had been recalled for talks"].speaker == "Foreign Ministry"


def test_a_bare_ministry_without_a_story_country_stays_unnamed():
    # guard: no dateline and no country, so no government to name
    text = (
        "Talks stall\n\n"
        "The talks were suspended on Friday, the foreign ministry said, without giving a "
        "reason.\n"
    )
    got = by_quote(text)
    assert got["The talks were suspended on Friday"].speaker is None


def test_a_bare_ministry_needs_a_portfolio():
    # guard: "the same ministry" is no portfolio
    text = "Budapest (AFP) - Officials met on Monday, the same ministry said.\n"
    got = by_quote(text)
    assert got["Officials met on Monday"].speaker != "Same Ministry"


def _embassy_story() -> str:
    return (
        "Portugal expels two Chinese students' minders\n\n"
        "Lisbon (AFP) - Portugal on Friday expelled two Chinese officials it accused of "
        "watching students at a university in Coimbra, police said.\n\n"
        'The Chinese embassy in Lisbon rejected the claims as "baseless" and called the '
        'report "a smear against a friendly nation".\n\n'
        "The embassy said the two men had done nothing wrong.\n"
    )


def test_a_demonym_and_a_lower_case_embassy_speak_as_that_embassy():
    got = by_quote(_embassy_story())
    assert got["baseless"].speaker == "Chinese Embassy"
    assert got["a smear against a friendly nation"].speaker == "Chinese Embassy"


def test_the_embassy_later_is_the_same_mission():
    got = by_quote(_embassy_story())
    assert got["the two men had done nothing wrong"].speaker == "Chinese Embassy"
