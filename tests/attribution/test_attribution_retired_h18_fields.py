"""Round 21, the retired held-out set 18's field classes (country, organisation, role):
each rule is tested on invented stories (none of that set's sentences, names or topics).
Each test failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def _pool_story(spelling: str, date: str) -> str:
    return (
        "Town pool will stay shut through summer\n\n"
        "The Harwood town pool will not reopen this summer after inspectors found cracks in "
        f"its main basin, the parks {spelling} said Tuesday.\n\n"
        "Parks director Lena Ostrow said the repairs would take at least eight months.\n\n"
        "“We know families count on the pool, and we are sorry,” Ostrow said. “The swim team "
        f"will train at the high school {'center' if spelling == 'department' else 'centre'} "
        "instead.”\n\n"
        f"The next parks meeting is set for 7 p.m. {date} at the library.\n"
    )


def test_undated_american_copy_naming_no_other_country_is_american():
    got = by_quote(_pool_story("department", "Feb. 12"))
    assert got["We know families count on the pool, and we are sorry,"].country == "US"


def test_undated_copy_without_american_marks_gets_no_country():
    # guard: British spelling and a British date name no country
    got = by_quote(_pool_story("office", "12 February"))
    assert got["We know families count on the pool, and we are sorry,"].country is None


def _insurance_story(title: str) -> str:
    return (
        "State orders insurers to refund flood premiums\n\n"
        "COLUMBUS, Ohio (AP) — The Ohio Department of Insurance ordered four insurers on "
        "Monday to refund flood premiums, the department said.\n\n"
        f"{title} Rita Valdez said the insurers had charged for coverage they never "
        "provided.\n\n"
        "“This was not a paperwork error,” Valdez said.\n\n"
        "Valdez’s deputy, Omar Fitch, said refunds would go out by March.\n"
    )


def test_an_office_named_by_its_field_works_for_the_one_department_of_that_field():
    got = by_quote(_insurance_story("Insurance Commissioner"))
    assert got["This was not a paperwork error,"].organization == "Ohio Department of Insurance"
    deputy = got["refunds would go out by March"]
    assert deputy.speaker == "Omar Fitch"
    assert deputy.organization == "Ohio Department of Insurance"


def test_a_minister_is_not_filed_under_the_ministry_of_that_field():
    # guard: a cabinet minister's organisation stays empty (the earlier golds' convention)
    text = (
        "Lisbon cuts fuel duty\n\n"
        "LISBON — The Ministry of Finance said on Monday it would cut fuel duty.\n\n"
        "Finance Minister Rui Almada said the cut would last six months.\n"
    )
    got = by_quote(text)["the cut would last six months"]
    assert got.role == "Finance Minister"
    assert got.organization is None


def test_a_bare_office_takes_the_field_written_before_it_and_its_department():
    text = (
        "State orders insurers to refund flood premiums\n\n"
        "COLUMBUS, Ohio (AP) — The Ohio Department of Insurance ordered four insurers on "
        "Monday to refund flood premiums.\n\n"
        "The state’s insurance commissioner, a former judge who took office in May, said the "
        "refunds were overdue.\n\n"
        "“This was not a paperwork error,” Commissioner Rita Valdez told reporters.\n"
    )
    got = by_quote(text)["This was not a paperwork error,"]
    assert got.role == "insurance commissioner"
    assert got.organization == "Ohio Department of Insurance"


def _museum_story() -> str:
    return (
        "Museum board delays mural sale\n\n"
        "The Carlow Falls Public Library board on Thursday put off a vote on selling a "
        "Depression-era mural from its reading room.\n\n"
        "Board chairman Ed Lomax said the board needed an independent appraisal first.\n\n"
        "“We are not going to sell it for less than it is worth,” Lomax said.\n\n"
        "Library director Amy Shoup said the mural had been insured for $200,000.\n\n"
        "Board member Karen Vial said she opposed any sale.\n"
    )


def test_a_body_head_before_a_title_is_the_one_body_of_that_head_named_before():
    got = by_quote(_museum_story())
    chair = got["We are not going to sell it for less than it is worth,"]
    assert (chair.role, chair.organization) == ("chairman", "Carlow Falls Public Library")
    director = got["the mural had been insured for $200,000"]
    assert (director.role, director.organization) == ("director", "Carlow Falls Public Library")
    member = got["she opposed any sale"]
    assert (member.role, member.organization) == ("Board member", "Carlow Falls Public Library")


def test_a_compass_word_in_a_remit_keeps_the_title_before_a_name():
    text = (
        "Kenya approves seed deal\n\n"
        "NAIROBI, June 2 (Reuters) - Kenya has signed a seed supply deal with Dutch "
        "seed company Veldkamp, the agriculture ministry said on Tuesday.\n\n"
        "Veldkamp, which is based in Rotterdam, said the deal was its largest in Africa.\n\n"
        "The company's director of sales for eastern Africa, Pieter Smit, said in a "
        'statement that Veldkamp had "worked for two years" on the deal.\n'
    )
    got = by_quote(text)["worked for two years"]
    assert got.speaker == "Pieter Smit"
    assert got.role is not None and got.role.startswith("director of sales")
    assert (got.organization, got.country) == ("Veldkamp", "NL")


def test_an_instructor_is_a_title():
    text = (
        "School board keeps later start\n\n"
        "The Pine Ridge school board voted Monday to keep the later start time.\n\n"
        "“The kids are awake in first period now,” said Carla Voss, 44, a driving instructor who "
        "coaches the debate team.\n"
    )
    assert by_quote(text)["The kids are awake in first period now,"].role == "driving instructor"


def _valley_story() -> str:
    return (
        "Alpine towns split over parking fee\n\n"
        "Chur (AFP) - Voters in eastern Switzerland decide on Sunday on a parking fee for "
        "day-trippers.\n\n"
        "The mayor of Davos's smaller neighbour town of Klosters-Platz, Anna Berra, is one of "
        "the few officials backing the fee. She said the town's roads were full every "
        "weekend.\n\n"
        "Her counterpart in the village of Filisur, Beat Imhof, said shops depended on "
        "visitors who drive in.\n"
    )


def test_a_title_of_a_place_after_a_possessive_keeps_the_title():
    got = by_quote(_valley_story())["the town's roads were full every weekend"]
    assert (got.speaker, got.role) == ("Anna Berra", "mayor")


def test_a_counterpart_in_a_named_place_holds_the_same_office():
    got = by_quote(_valley_story())["shops depended on visitors who drive in"]
    assert (got.speaker, got.role) == ("Beat Imhof", "mayor")


def test_the_founder_of_a_body_named_by_what_it_calls_itself():
    text = (
        "Council delays dog park vote\n\n"
        "The Harlan town council delayed a vote on a new dog park on Tuesday after a "
        "petition from a group of residents calling itself Friends of Ketter Meadow.\n\n"
        "Ruth Oakes, who founded the residents' group, said the meadow should stay wild.\n"
    )
    got = by_quote(text)["the meadow should stay wild"]
    assert (got.speaker, got.role, got.organization) == (
        "Ruth Oakes",
        "founder",
        "Friends of Ketter Meadow",
    )
