"""Round 31 (r31-a): the organisation of each speaker, round 6 (probe r31a). A body's
officer with a remit (`X's regional officer`, `… for the North West`), a name with `and`
whose bracketed initials keep its last word (`… Workers Canada (… Canada)`) or write a
small word in lower case (`(TfGM)`), and an unnamed source of a body written by its
initials after its full name (`A TUC spokesman said`). Invented copy only (no sentence of
the probe)."""

from quote_lookup import by_quote


def test_a_bodys_officer_with_a_regional_remit():
    text = (
        "Porters at two hospitals will strike next week.\n\n"
        "Unison, which represents most of the porters, said the pay offer was too low.\n\n"
        "Unison's regional organiser for the South West, Maureen Pike, said members had "
        "voted to walk out.\n\n"
        "Aslef's national organiser, Gavin Royle, said drivers would not cover the routes.\n"
    )
    got = by_quote(text)
    assert got["members had voted to walk out"].organization == "Unison"
    assert got["members had voted to walk out"].role == "regional organiser"
    assert got["drivers would not cover the routes"].organization == "Aslef"
    assert got["drivers would not cover the routes"].role == "national organiser"


def test_a_name_with_and_whose_bracketed_initials_keep_its_last_word():
    text = (
        "Shipyard workers voted to strike.\n\n"
        "Marine Engineers and Allied Workers Australia (MEAW Australia), which represents "
        "1,200 welders, said the vote was unanimous.\n\n"
        "The union's chief negotiator, Dora Quigg, said the yard had refused to talk.\n\n"
        "MEAW Australia said on Friday it had written to the minister.\n"
    )
    got = by_quote(text)
    full = "Marine Engineers and Allied Workers Australia"
    assert got["the vote was unanimous"].speaker == full
    assert got["the yard had refused to talk"].organization == full
    assert got["it had written to the minister"].speaker == full
    assert got["it had written to the minister"].organization == full


def test_initials_writing_a_small_word_in_lower_case():
    text = (
        "Ferry crews walked out on Monday.\n\n"
        "Harbour Lines, which runs the ferries for Transport for West Yorkshire (TfWY), "
        "said it had offered 5 per cent.\n\n"
        "TfWY said it would put on extra buses.\n"
    )
    got = by_quote(text)
    assert got["it would put on extra buses"].speaker == "Transport for West Yorkshire"
    assert got["it would put on extra buses"].source == "TfWY"


def test_an_unnamed_source_of_a_body_written_by_its_initials():
    text = (
        "Nurses will ballot on strike action.\n\n"
        "The Royal College of Nursing (RCN) said turnout would be high. An RCN spokeswoman "
        "said the ballot would close in March.\n"
    )
    got = by_quote(text)
    assert got["the ballot would close in March"].speaker is None
    assert got["the ballot would close in March"].organization == "Royal College of Nursing"


def test_a_spokeswoman_for_a_company_by_a_short_form_read_as_a_name_elsewhere():
    text = (
        "Harbour Bakeries Group agreed to buy Lindqvist Dairy Holdings Ltd. on Monday.\n\n"
        "Harbour will turn 12 Lindqvist Dairy shops into cafes, its chief executive said.\n\n"
        "A spokesman for Lindqvist Dairy said no jobs would go this year.\n"
    )
    got = by_quote(text)["no jobs would go this year"]
    assert got.speaker is None
    assert got.organization == "Lindqvist Dairy Holdings Ltd"


def test_a_title_at_the_group_after_a_known_group_with_small_words_spoke():
    text = (
        "The council approved the new runway on Monday.\n\n"
        "Friends of the Earth said the decision ignored the city's climate targets. "
        '"This is a step backwards," said Nadia Birch, an aviation campaigner at the group.\n\n'
        "Save the Children said the noise would reach two schools. Omar Lutz, a researcher "
        "with the group, said the schools had not been consulted.\n"
    )
    got = by_quote(text)
    assert got["This is a step backwards,"].organization == "Friends of the Earth"
    assert got["This is a step backwards,"].role == "aviation campaigner"
    assert got["the schools had not been consulted"].organization == "Save the Children"


def test_a_given_name_written_as_the_initial_a():
    text = (
        "MADURAI: Weavers in the district have not been paid for three months.\n\n"
        "The weavers' union's president, A. Selvi, said 600 looms had stopped. A. Selvi "
        "said the cooperative owed each family 9,000 rupees.\n"
    )
    got = by_quote(text)
    assert got["600 looms had stopped"].speaker == "A. Selvi"
    assert got["600 looms had stopped"].role == "president"
    assert got["the cooperative owed each family 9,000 rupees"].speaker == "A. Selvi"
    # (a grade after a word that is no title stays a grade)
    got = by_quote("She got an A. Tom Rees said she was proud.\n")
    assert got["she was proud"].speaker == "Tom Rees"


def test_a_bodys_bracketed_short_name_inside_the_first_aside():
    text = (
        "Groundwater levels fell again this summer.\n\n"
        "Meera Pillai, a hydrologist at the Kerala Water Research Centre (KWRC), who led "
        "the survey, said 40 wells had run dry.\n"
    )
    got = by_quote(text)["40 wells had run dry"]
    assert got.speaker == "Meera Pillai"
    assert got.organization == "Kerala Water Research Centre"


def test_a_while_clause_with_its_own_described_subject_after_a_capitalised_word():
    text = (
        "Flooding closed 12 schools on Monday.\n\n"
        "Tom Harte said pupils should be taught online under the Emergency Schools Act, "
        "while Dr. Ruth Okafor, a paediatrician at the Eastfield Children's Hospital, said "
        "many pupils had no laptops.\n"
    )
    got = by_quote(text)["many pupils had no laptops"]
    assert got.speaker == "Ruth Okafor"
    assert got.organization == "Eastfield Children's Hospital"


def test_its_title_after_a_sentence_about_a_companys_board():
    text = (
        "Corbel Brewing Co. agreed on Monday to buy Hollin Valley Cider Ltd.\n\n"
        "Hollin Valley's board has backed the deal. Its chairman, Peter Ames, said the "
        "orchards would stay in the family.\n"
    )
    got = by_quote(text)["the orchards would stay in the family"]
    assert got.organization == "Hollin Valley Cider Ltd"
    assert got.role == "chairman"


def test_a_one_word_company_an_appositive_called_a_chain_before_a_title():
    text = (
        "Corbel Brewing Co. owns Tapster, a pub chain with 60 sites in Yorkshire. Tapster "
        "chairman Peter Ames said ten pubs would close.\n"
    )
    got = by_quote(text)["ten pubs would close"]
    assert got.organization == "Tapster"
    assert got.role == "chairman"


def test_a_quote_opening_with_so_after_the_clause_comma_is_its_second_conjunct():
    text = (
        "Rents rose again in March.\n\n"
        "Lena Ford, an economist at the Resolution Trust, said rents had risen 6 per cent "
        'this year, "so a freeze would barely dent the problem".\n'
    )
    got = by_quote(text)
    assert got["rents had risen 6 per cent this year"].kind == "indirect"
    assert got["so a freeze would barely dent the problem"].kind == "partial"
    assert got["rents had risen 6 per cent this year"].organization == "Resolution Trust"
