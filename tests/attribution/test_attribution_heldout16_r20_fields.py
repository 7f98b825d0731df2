"""Round 20, the retired held-out set 16's role and organisation error classes: each rule
is tested on invented stories (none of that set's sentences, names or topics). Each test
failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def _go_story() -> str:
    return (
        "Go champion withdraws from Harwell open\n\n"
        "HARWELL, England — A leading Go player pulled out of the Harwell Open on Friday "
        "after a dispute over a clock.\n\n"
        "The Korean grandmaster Min-jun Seo said he had been 'treated like a thief' and "
        "would fly home.\n\n"
        "His opponent, the Welsh grandmaster Owen Pryce, said the clock had stopped twice.\n\n"
        "'I only asked for a new clock,' said Pryce, a former national champion.\n"
    )


def test_a_grandmaster_is_a_title():
    got = by_quote(_go_story())
    assert got["treated like a thief"].speaker == "Min-jun Seo"
    assert got["treated like a thief"].role == "grandmaster"
    assert got["the clock had stopped twice"].role == "grandmaster"


def test_a_former_title_in_a_later_appositive_is_biography():
    # (a past post after the title is biography, the earlier rule, once the grandmaster
    # is a title)
    got = by_quote(_go_story())
    assert got["I only asked for a new clock,"].role == "grandmaster"


def test_an_arbiter_and_an_elder_are_titles():
    text = (
        "Row over draw at Lakemoor chess weekend\n\n"
        "LAKEMOOR, England — Organisers of the Lakemoor chess weekend defended a ruling on "
        "Sunday.\n\n"
        "'We followed the rulebook,' the arbiter, Judith Penrose, said.\n\n"
        "Village elder Tobias Wren said the hall would be open again next year.\n"
    )
    got = by_quote(text)
    assert got["We followed the rulebook,"].role == "arbiter"
    assert got["the hall would be open again next year"].role == "Village elder"


def test_a_keeper_written_with_a_possessor_and_a_duration():
    text = (
        "Zoo's oldest tortoise dies at 80\n\n"
        "PORTSMOUTH, N.H. (AP) — Moss, a giant tortoise, died on Sunday at the Granite "
        "Coast Zoo.\n\n"
        "Moss's keeper for 22 years, Walter Briggs, said the tortoise had stopped eating "
        "last week.\n"
    )
    got = by_quote(text)["the tortoise had stopped eating last week"]
    assert got.role == "keeper"
    assert got.organization == "Granite Coast Zoo"


def _zoo_story() -> str:
    return (
        "Giraffe calf born at Harlow Valley Zoo\n\n"
        "Staff at the Harlow Valley Zoo celebrated the birth of a giraffe calf on Sunday, "
        "the first born there in a decade.\n\n"
        "Zoo Director Martin Okafor said the calf was healthy and already standing.\n\n"
        "The zoo's head veterinarian, Dr. Anna Kemp, said the mother had been monitored for "
        "weeks.\n\n"
        "The Blue Ridge Wildlife Sanctuary, near Asheville, North Carolina, said it would "
        "take the calf's older brother next year. Its executive director, Lena Vasquez, said "
        "the sanctuary had room for six giraffes.\n"
    )


def test_a_zoo_is_a_body_its_officers_work_for():
    got = by_quote(_zoo_story())
    assert got["the calf was healthy and already standing"].organization == "Harlow Valley Zoo"
    assert got["the mother had been monitored for weeks"].organization == "Harlow Valley Zoo"


def test_a_sanctuary_is_a_body_that_speaks():
    got = by_quote(_zoo_story())
    said = got["it would take the calf's older brother next year"]
    assert said.speaker == "Blue Ridge Wildlife Sanctuary"
    assert said.speaker_type == "organization"
    officer = got["the sanctuary had room for six giraffes"]
    assert officer.organization == "Blue Ridge Wildlife Sanctuary"


def _regatta_story() -> str:
    return (
        "Regatta crash prompts review\n\n"
        "A collision between two eights at the Dunmore Regatta on Saturday left one rower "
        "in hospital.\n\n"
        "British Rowing, the sport's national governing body, said in a statement that it "
        "would ask for a full report.\n\n"
        "The regatta's organisers, the Dunmore Rowing Association, said in a statement that "
        "the crash was 'deeply unfortunate' and that racing would resume on Sunday. Its "
        "secretary, Alan Pryor, said the course would be marked more clearly.\n\n"
        "Save the Meadows, a group that has campaigned against a new boathouse, said the "
        "crash proved the river was too crowded.\n\n"
        "Its founder, Clara Judd, said she had warned the council for years.\n"
    )


def test_its_officer_after_a_body_named_after_its_description():
    got = by_quote(_regatta_story())["the course would be marked more clearly"]
    assert got.speaker == "Alan Pryor"
    assert got.organization == "Dunmore Rowing Association"


def test_its_officer_after_a_name_described_as_a_group():
    got = by_quote(_regatta_story())["she had warned the council for years"]
    assert got.speaker == "Clara Judd"
    assert got.organization == "Save the Meadows"


def _stables_story() -> str:
    return (
        "College to close riding stables after audit\n\n"
        "BURLINGTON, Vt. (AP) — Greenfield Agricultural College will close its riding "
        "stables after an audit found years of unpaid vet bills.\n\n"
        "The college's president, a former Army veterinarian who took office last year, "
        "announced Wednesday that the stables would close in June.\n\n"
        'In a statement, the president, Dr. Lionel Marsh, said the college had "let the '
        'animals down."\n\n'
        "The chief inspector, a retired farmer who has visited the stables since 2015, "
        "found two lame horses in April.\n\n"
        '"I have never seen a yard in that state," the inspector, Ruth Keller, said.\n'
    )


def test_a_person_described_first_keeps_the_body_of_the_description():
    got = by_quote(_stables_story())["let the animals down."]
    assert got.speaker == "Lionel Marsh"
    assert got.role == "president"
    assert got.organization == "Greenfield Agricultural College"


def test_a_person_described_first_keeps_the_fuller_title():
    got = by_quote(_stables_story())["I have never seen a yard in that state,"]
    assert got.speaker == "Ruth Keller"
    assert got.role == "chief inspector"


def _appeal_story() -> str:
    return (
        "Chess star appeals forfeit\n\n"
        "Hungarian grandmaster Laszlo Fekete lost his appeal against a forfeit on Monday.\n\n"
        "Fekete's second, Istvan Bodo, who helps him prepare his openings, said the team "
        "would appeal again.\n\n"
        "The second round starts on Tuesday. The second, a junior player, said nothing.\n"
    )


def test_a_players_second_is_a_role_after_a_possessor():
    got = by_quote(_appeal_story())["the team would appeal again"]
    assert got.speaker == "Istvan Bodo"
    assert got.role == "second"


def _farm_bill_story() -> str:
    return (
        "Farm bill stalls in Nebraska Senate\n\n"
        "LINCOLN, Neb. (AP) — A bill to cap grain storage fees stalled in the Nebraska "
        "Legislature on Tuesday.\n\n"
        "State Sen. Alice Mertz, an Omaha Democrat who sits on the Senate Agriculture "
        "Committee, said she would bring the bill back in January.\n\n"
        "Sen. Hal Brody, a Kearney Republican who chairs the committee, warned that the cap "
        "could close small elevators.\n"
    )


def test_a_committee_seat_in_a_relative_after_an_appositive():
    got = by_quote(_farm_bill_story())
    assert got["she would bring the bill back in January"].organization == (
        "Senate Agriculture Committee"
    )
    assert got["she would bring the bill back in January"].role == "State Senator"


def test_who_chairs_the_committee_names_the_committee_before():
    got = by_quote(_farm_bill_story())["the cap could close small elevators"]
    assert got.speaker == "Hal Brody"
    assert got.organization == "Senate Agriculture Committee"


def test_a_body_noun_before_an_officers_title_is_the_organisation_not_the_role():
    got = by_quote(_zoo_story())["the calf was healthy and already standing"]
    assert got.role == "Director"
    assert got.organization == "Harlow Valley Zoo"


def test_a_board_of_another_body_stays_in_the_role():
    # guard: the board is the school district's, not the organisation itself
    text = (
        "School board approves closures\n\n"
        "DAYTON, Ohio (AP) — The Miller Creek Public Schools board voted 5-2 on Monday to "
        "close two elementary schools.\n\n"
        "Board President Dana Pruitt said the board had held nine public meetings.\n"
    )
    got = by_quote(text)["the board had held nine public meetings"]
    assert got.role == "Board President"


def test_a_tribal_title_belongs_to_the_one_tribe_named_before():
    text = (
        "Storm floods reservation homes\n\n"
        "BEMIDJI, Minn. (AP) — Floodwater reached dozens of homes on Saturday on land held "
        "by the local Ojibwe tribe, the Cass River Band, after two days of rain.\n\n"
        "Tribal elder Joseph Kingbird said the water had never come so high.\n"
    )
    got = by_quote(text)["the water had never come so high"]
    assert got.role == "Tribal elder"
    assert got.organization == "Cass River Band"


def _dock_story() -> str:
    return (
        "Dock strike spreads to second port\n\n"
        "DURBAN, South Africa (AP) — Dock workers walked out at a second port on Monday.\n\n"
        "Tendai Moyo, a member of the union, said the strike would last a week.\n\n"
        "Its president, Sipho Dlamini, said talks had failed.\n\n"
        "His elder brother, Thabo Moyo, said the family supported him.\n\n"
        "The elder Dlamini said he was proud of his son.\n"
    )


def test_a_person_described_as_a_member_of_a_body_is_no_body():
    # guard: "X, a member of the union," is a person; "Its president" does not name X
    got = by_quote(_dock_story())["talks had failed"]
    assert got.speaker == "Sipho Dlamini"
    assert got.organization is None


def test_elder_as_older_is_no_title():
    # guard: "his elder brother", "the elder Dlamini" (elder is a title head this round)
    got = by_quote(_dock_story())
    assert got["the family supported him"].role == "brother"
    assert got["he was proud of his son"].role == "president"
