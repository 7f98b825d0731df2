"""Round 32, r32-h28: the retired heldout28's error classes, on invented copy only (other
names, places and countries than the set's stories; no sentence of the set)."""

from quote_lookup import by_quote


def test_an_undated_story_with_namibias_regions_towns_and_dollar_sums_is_namibian():
    # no country named: the copy's own regions, towns and N$ sums place it
    text = (
        "Drought relief fails to reach Kunene villages\n\n"
        "Relief maize promised to villages in the Kunene region has not arrived, and "
        "councillors in Opuwo say the stock at the depot in Otjiwarongo has run out.\n\n"
        "Councillor Maria Tjiposa said the region had asked for N$3 million in March.\n\n"
        "A trader in Outjo, Simon Haufiku, said maize meal now cost twice as much as in "
        "January.\n"
    )
    got = by_quote(text)
    assert got["the region had asked for N$3 million in March"].country == "NA"
    assert got["maize meal now cost twice as much as in January"].country == "NA"


def test_a_speaker_talking_to_a_paper_named_by_a_demonym_alone_sets_the_story_there():
    # "told The Australian": the paper's own copy, set in its country
    text = (
        "Dam wall cracks after record rain\n\n"
        "Engineers inspected the wall of the Burrow Creek dam on Sunday after residents "
        "reported water seeping through a crack near the spillway.\n\n"
        "A farmer downstream, Tom Rudd, told The Australian that the creek had risen a metre "
        "overnight.\n"
    )
    got = by_quote(text)
    assert got["the creek had risen a metre overnight"].country == "AU"


def test_a_ministry_named_with_a_list_of_remits_after_and_speaks_as_a_whole():
    # the subject is a remit list's last conjunct ("Water and Land Reform"): the body's
    # name runs back to its head; its officers take that whole name
    text = (
        "Floods have cut roads in the north, and the Ministry of Mines, Energy and Public "
        "Works said on Monday it had closed two bridges.\n\n"
        "Dr Ana Silva, the ministry's chief engineer, said the bridges were unsafe.\n"
    )
    got = by_quote(text)
    whole = "Ministry of Mines, Energy and Public Works"
    body = got["it had closed two bridges"]
    assert (body.speaker, body.organization) == (whole, whole)
    assert got["the bridges were unsafe"].organization == whole


def test_a_mayor_pro_tem_is_one_title_and_council_members_get_no_council():
    # "Pro Tem" is the title's, not the name's; a council's elected members are given no
    # council as organisation (every gold), however near the council is named
    text = (
        "ALDER FALLS, Ore. (AP) — The Alder Falls City Council voted 5-2 on Monday to close "
        "the public pool.\n\n"
        "Council member Ann Wold said the vote was fair.\n\n"
        "Mayor Pro Tem Lena Fisk, who voted against the closure, said the city had broken a "
        "promise.\n\n"
        '"We owe the swimmers more," Fisk said.\n'
    )
    got = by_quote(text)
    wold = got["the vote was fair"]
    assert (wold.role, wold.organization) == ("Council member", None)
    for quote in ("the city had broken a promise", "We owe the swimmers more,"):
        fisk = got[quote]
        assert (fisk.speaker, fisk.role, fisk.organization) == ("Lena Fisk", "Mayor Pro Tem", None)


def test_a_measurer_is_a_title_and_accredited_describes_the_person():
    text = (
        "The error was found by Piotr Lasek, an accredited course measurer who cycled the "
        "route last week.\n\n"
        "Lasek said the course was 200 metres short.\n"
    )
    assert by_quote(text)["the course was 200 metres short"].role == "course measurer"


def test_a_wards_place_before_a_councillor_is_no_part_of_the_role():
    text = (
        "Tom Reed, the Kelso Rural ward councillor on the Borders Council, said the road "
        "had flooded twice this month.\n"
    )
    got = by_quote(text)["the road had flooded twice this month"]
    assert (got.role, got.organization) == ("ward councillor", "Borders Council")


def test_one_of_a_plural_title_opening_the_sentence_gives_the_singular_title():
    text = (
        "Parents have set up a petition against the closure. One of its founders, Ewa "
        "Nowak, told the local paper that the group would go to court.\n"
    )
    assert by_quote(text)["the group would go to court"].role == "founder"


def test_a_hyphenated_adjective_after_statement_that_opens_the_reported_clause():
    # "in a statement that black-footed ferrets are …": no relative on "statement"
    text = (
        "The Parks Agency said in a statement that black-footed ferrets are protected under "
        "the Endangered Species Act and that anyone caught feeding them could be fined.\n"
    )
    got = by_quote(text)
    quote = next(q for q in got if q.startswith("black-footed ferrets are protected"))
    assert got[quote].speaker == "Parks Agency"
    assert quote.endswith("anyone caught feeding them could be fined")


def test_an_agencys_initials_in_brackets_after_the_listener_of_told():
    text = (
        "Novak told the Czech News Agency (CTK) that the bridge had been inspected in May, "
        "but that in June a contractor had removed two bolts.\n"
    )
    got = by_quote(text)
    quote = next(q for q in got if q.startswith("the bridge had been inspected in May"))
    assert got[quote].speaker == "Novak"
    assert quote.endswith("a contractor had removed two bolts")


def test_continued_to_with_an_act_is_no_cue_after_an_appositive_name():
    text = (
        "Ruiz said her insurer, Northstar Mutual, had continued to send letters to her old "
        "address for a year.\n"
    )
    got = by_quote(text)
    assert list(got) == [
        "her insurer, Northstar Mutual, had continued to send letters to her old address for a year"
    ]


def test_a_measure_proposed_and_data_posted_are_no_statements():
    text = (
        "Council member Ann Lowe, who proposed the ordinance, said residents should decide.\n\n"
        "The error came to light after hikers posted their GPS data online.\n"
    )
    assert list(by_quote(text)) == ["residents should decide"]


def test_a_description_before_a_who_aside_and_the_name_is_the_names_role():
    text = (
        "Another nurse, who gave only her first name, Maria, said the ward had been short of "
        "staff for a month.\n\n"
        "The company's founder, who left the board in 2019, Tom Hale, said the sale was a "
        "mistake.\n"
    )
    got = by_quote(text)
    assert got["the ward had been short of staff for a month"].role == "nurse"
    assert got["the sale was a mistake"].role == "founder"
