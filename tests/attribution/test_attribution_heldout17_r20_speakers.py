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


def _levee_story() -> str:
    return (
        "Levee breach floods farmland along the Arkansas\n\n"
        "A levee on the Arkansas River gave way on Monday, flooding about 4,000 acres of "
        "soybeans, according to the U.S. Army Corps of Engineers.\n\n"
        "The Corps said in a statement that repairs would take at least two weeks.\n\n"
        "“We will have a temporary wall up by Friday,” Col. Ann Marsh, commander of the "
        "Corps’ Tulsa District, told reporters.\n\n"
        "A Corps spokesman, Tim Lake, denied that budget cuts were to blame.\n"
    )


def test_a_corps_of_engineers_is_an_organisation():
    got = by_quote(_levee_story())
    lede = (
        "A levee on the Arkansas River gave way on Monday, flooding about 4,000 acres of soybeans"
    )
    assert got[lede].speaker == "U.S. Army Corps of Engineers"
    assert got[lede].speaker_type == "organization"


def test_the_body_by_its_head_keeps_the_of_tail():
    got = by_quote(_levee_story())
    assert got["repairs would take at least two weeks"].speaker == "U.S. Army Corps of Engineers"
    text = (
        "The Royal College of Midwives said staffing had fallen for a third year.\n\n"
        "The College said in a statement that 2,000 posts were empty.\n"
    )
    assert by_quote(text)["2,000 posts were empty"].speaker == "Royal College of Midwives"


def test_its_officers_work_for_the_body_in_full():
    got = by_quote(_levee_story())
    assert got["We will have a temporary wall up by Friday,"].organization == (
        "U.S. Army Corps of Engineers"
    )
    assert got["budget cuts were to blame"].organization == "U.S. Army Corps of Engineers"


def _quarry_story() -> str:
    return (
        "Judge halts nickel quarry over river pollution risk\n\n"
        "The High Court on Friday overturned approval for a nickel quarry near Bodmin.\n\n"
        "‘The council failed to weigh the evidence,’ the judge wrote.\n\n"
        "The quarry’s operator, Tamar Nickel, said it was ‘bitterly disappointed’ and would "
        "appeal. It said the site had passed ‘every test required of it’ and that the "
        "ruling put 90 jobs at risk.\n"
    )


def test_a_commodity_word_ends_a_company_name():
    got = by_quote(_quarry_story())
    assert got["bitterly disappointed"].speaker == "Tamar Nickel"
    assert got["bitterly disappointed"].speaker_type == "organization"


def test_it_after_a_company_that_spoke_is_that_company():
    got = by_quote(_quarry_story())
    assert got["every test required of it"].speaker == "Tamar Nickel"
    assert got["the ruling put 90 jobs at risk"].speaker == "Tamar Nickel"
