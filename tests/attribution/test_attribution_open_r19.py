"""Probe round 19: open cases left from round 18 and heldout13's leftovers, fixed from
invented wire copy (new names, places, bodies and topics). Each test failed before its
rule unless marked as a guard."""

from tests.attribution.quote_lookup import by_quote

# -- "The executive, X," of the company the story is about -------------------------------


def test_the_executive_is_the_company_that_spoke_before_a_regulator():
    text = (
        "Harlow Foods recalls 40,000 jars of peanut butter\n\n"
        "DENVER (Reuters) - Harlow Foods Inc said on Tuesday it was recalling 40,000 jars "
        "of peanut butter after a supplier found traces of salmonella.\n\n"
        "No illnesses had been reported, according to the Food and Drug Administration.\n\n"
        'The executive, Maria Delgado, said the recall was "a precaution, not a panic."\n\n'
        '"We are calling every store ourselves," she said.\n'
    )
    got = by_quote(text)
    assert got["a precaution, not a panic."].organization == "Harlow Foods Inc"
    assert got["We are calling every store ourselves,"].organization == "Harlow Foods Inc"


def test_the_executive_is_the_bank_named_before_that_never_spoke():
    text = (
        "Orchard Bank fined for overdraft fees\n\n"
        "Orchard Bank was fined $12 million on Monday for charging overdraft fees on "
        "accounts that had money in them.\n\n"
        "Regulators said thousands of customers had been affected.\n\n"
        "The executive, Jane Cole, said the bank had already refunded most of them.\n"
    )
    got = by_quote(text)["the bank had already refunded most of them"]
    assert (got.speaker, got.organization) == ("Jane Cole", "Orchard Bank")


def test_the_executive_far_below_the_lede_is_the_ledes_company():
    text = (
        "Kestrel Motors recalls 90,000 pickups over faulty brakes\n\n"
        "DETROIT (AP) — Kestrel Motors Corp. is recalling about 90,000 pickup trucks "
        "because the brake lines can corrode and leak.\n\n"
        "The recall covers trucks built from 2019 through 2022.\n\n"
        "Dealers will replace the lines free of charge.\n\n"
        "Owners will be notified by letter starting in March.\n\n"
        "Two drivers in Michigan reported crashes, regulators said.\n\n"
        "The executive, Priya Shah, said in an interview that the company had found the "
        "flaw during its own testing.\n\n"
        "“We would rather call back a truck than lose a customer,” she said.\n"
    )
    got = by_quote(text)
    assert got["We would rather call back a truck than lose a customer,"].organization == (
        "Kestrel Motors Corp."
    )


def test_guard_the_executive_with_no_company_in_the_story_has_none():
    # guard (passes before the change): a council story names no company
    text = (
        "City council approves new bike lanes\n\n"
        "The Ashford City Council voted 6-1 on Tuesday to add bike lanes along Main "
        "Street.\n\n"
        "Supporters packed the chamber.\n\n"
        "The executive, Carl Ruiz, said the lanes would be finished by the fall.\n"
    )
    assert by_quote(text)["the lanes would be finished by the fall"].organization is None


# -- "His deputy, X" / "Her deputy, X" after a lower-case title ---------------------------


def test_her_deputy_after_the_mayor_in_an_appositive_is_deputy_mayor():
    text = (
        "Flooding closes schools in Riverton\n\n"
        "RIVERTON, Wyo. (AP) — Floodwater closed six schools on Monday, the mayor, Janet "
        "Ocampo, said.\n\n"
        "“We have never seen the river this high,” Ocampo said.\n\n"
        "Her deputy, Luis Ferreira, said the city had opened two shelters.\n"
    )
    assert by_quote(text)["the city had opened two shelters"].role == "deputy mayor"


def test_his_deputy_after_the_health_minister_is_deputy_health_minister():
    text = (
        "Measles cases rise to 40\n\n"
        "LUSAKA, Zambia — Zambia's health minister, Peter Mwale, said on Friday that "
        "measles cases had risen to 40.\n\n"
        '"Every child must be vaccinated," Mwale told reporters.\n\n'
        "His deputy, Grace Banda, said the ministry would send nurses to the border "
        "districts.\n"
    )
    got = by_quote(text)["the ministry would send nurses to the border districts"]
    assert got.role == "deputy health minister"


def test_his_deputy_after_a_field_director_keeps_the_field():
    text = (
        "Water main break floods downtown\n\n"
        "The city's public works director, Henrik Alm, said on Tuesday that crews had "
        "shut off the main.\n\n"
        "His deputy, Maria Lind, said the repairs would take a week.\n"
    )
    got = by_quote(text)
    assert got["crews had shut off the main"].role == "public works director"
    assert got["the repairs would take a week"].role == "deputy public works director"


def test_guard_her_deputy_after_a_lower_case_president_stays_a_deputy():
    # guard (passes before the change): a president's second is a vice-president
    text = (
        "Growers fear tariff\n\n"
        "The Lowland Potato Growers Union said the tariff would cost members $40 million. "
        "The union's president, Ruth Keller, said prices had already fallen.\n\n"
        "Her deputy, Sam Oduya, said several farms were for sale.\n"
    )
    assert by_quote(text)["several farms were for sale"].role == "deputy"


# -- he / she with no gender signal: the latest compatible speaker --------------------------


def test_guard_she_added_goes_past_a_man_to_the_woman_of_no_known_gender():
    # guard (passes before the change): already the latest compatible speaker
    text = (
        "Harbor tunnel reopens after repairs\n\n"
        "The Linwood harbor tunnel reopened on Sunday after eight months of repairs.\n\n"
        "Rosario Dizon, who chairs the drivers' union, said the closure had cost members "
        "thousands of dollars.\n\n"
        "Mark Tully, the city's transport director, said the repairs had come in under "
        'budget. "We are proud of the crews," Tully said.\n\n'
        "“We lost a summer of work,” she added.\n"
    )
    assert by_quote(text)["We lost a summer of work,"].speaker == "Rosario Dizon"


def test_guard_he_said_goes_past_a_woman_to_the_man_of_no_known_gender():
    # guard (passes before the change)
    text = (
        "Library cuts hours\n\n"
        "The Pell County library will close on Mondays from next month.\n\n"
        "Sasha Okafor, a librarian for 20 years, said the cuts would hurt students most.\n\n"
        "Mary Tully, a county commissioner, said the budget left no choice. "
        '"We looked at everything," Tully said.\n\n'
        '"They have nowhere else to study," he said.\n'
    )
    assert by_quote(text)["They have nowhere else to study,"].speaker == "Sasha Okafor"


# -- a headline's noun compound is no speaker -------------------------------------------


def test_a_headline_attack_forcing_something_is_no_statement():
    text = (
        "Ransomware attack forces hospital to divert ambulances\n\n"
        "BRANDON, Vt. (AP) — Ambulances were sent to other towns on Tuesday after hackers "
        "locked the computers of Brandon General Hospital.\n\n"
        '"Patient care has not been affected," said Ellen Varga, the hospital\'s president.\n'
    )
    got = by_quote(text)
    assert not any(s.speaker == "Ransomware" for s in got.values())
    assert "forces hospital to divert ambulances" not in got


def test_a_headline_dispute_threatening_a_strike_is_no_statement():
    text = (
        "Pension dispute threatens strike at ports\n\n"
        "Dockworkers at three ports could strike next week, union leaders said.\n\n"
        "“We have waited long enough,” said Ana Costa, the union’s secretary.\n"
    )
    got = by_quote(text)
    assert "threatens strike at ports" not in got
    assert got["We have waited long enough,"].organization is None


def test_a_headline_row_threatening_to_shut_services_is_no_statement():
    text = (
        "Budget row threatens to shut down city services\n\n"
        "The Marlow council failed on Monday to pass a budget for the third time.\n\n"
        "‘We are running out of road,’ said councillor Peter Hale.\n"
    )
    assert "to shut down city services" not in by_quote(text)


def test_guard_a_headline_plural_subject_keeps_its_verb():
    # guard (passes before the change): "Unions attack …" is a verb after a plural
    text = (
        "Unions attack pension plan as unfair\n\n"
        "Three unions said on Monday the pension plan was unfair to younger workers.\n"
    )
    got = by_quote(text)
    assert "the pension plan was unfair to younger workers" in got


# -- heldout13's leftovers --------------------------------------------------------------


def test_the_ledes_losing_captain_is_the_losing_sides_captain_named_below():
    text = (
        "Ashcombe take county shield after late penalty row\n\n"
        "Ashcombe won the county shield for the first time since 1987 on Saturday, beating "
        "Tilling 3-2 in a final that ended with the losing captain accusing the referee of "
        "‘inventing’ the decisive penalty.\n\n"
        "Tilling led 2-1 with five minutes left when Ashcombe’s forward, Kieran Walsh, went "
        "down in the area.\n\n"
        "Ashcombe’s captain, Lee Fenwick, scored the penalty and then the winner in "
        "stoppage time.\n\n"
        "Tilling’s captain, Owen Pryce, was furious. ‘He was never touched,’ he said.\n"
    )
    assert by_quote(text)["inventing"].speaker == "Owen Pryce"


def test_the_ledes_winning_coach_is_the_winning_sides_coach_named_below():
    text = (
        "Harbor Knights edge Riverside in title game\n\n"
        "The Harbor Knights beat Riverside 71-70 on Sunday to win the state title, and the "
        'winning coach called it "the best night of my life."\n\n'
        "Riverside led by eight points at halftime.\n\n"
        "Riverside's coach, Tina Mercado, said her players had nothing to be ashamed of.\n\n"
        "The Knights' coach, Ray Dolan, said the comeback began with a timeout.\n"
    )
    assert by_quote(text)["the best night of my life."].speaker == "Ray Dolan"


RAIL = (
    "Coastline Railways suspends night trains after derailment\n\n"
    "PORTLAND, Maine (AP) — Coastline Railways said on Thursday it would suspend all night "
    "trains for at least ten days after a freight car derailed near Brunswick, cancelling "
    "about 90 services a week at the start of the summer season.\n\n"
    'The company said in a statement that the derailment followed "a fault nobody '
    'expected" in a stretch of track inspected in May and that no passenger had been '
    "hurt.\n\n"
    "Shares in Coastline fell 6% in New York trading, their steepest one-day drop since "
    "the company listed in 2019.\n\n"
    "State records show the line carried 1.2 million riders last year, most of them "
    "commuters between Brunswick and Portland.\n\n"
    '"Nobody will ride a night train until every mile of track has been checked," Chief '
    'Executive Dana Whitfield told The Associated Press. "I know what this does to our '
    'riders in July."\n\n'
    "Whitfield said the railroad would refund every ticket.\n\n"
    "Riders crowded the Portland station on Thursday evening, and some slept on benches "
    "until the first bus to Boston left at 5 a.m.\n\n"
    "Whitfield, a former Northway Airlines executive who joined the company in 2022, said "
    "the inspections would take about ten days.\n"
)


def test_a_former_employer_written_later_does_not_replace_the_current_company():
    got = by_quote(RAIL)
    for quote in (
        "Nobody will ride a night train until every mile of track has been checked,",
        "the railroad would refund every ticket",
        "the inspections would take about ten days",
    ):
        assert got[quote].organization == "Coastline Railways", quote
    assert got["the inspections would take about ten days"].role == "Chief Executive"


def test_a_named_bosss_deputy_with_a_title_works_for_the_boss_company():
    # (the company last spoke more than 2,500 characters before the deputy)
    filler = "".join(
        f"Buses replaced the trains on the {line} line, and the ride to Portland took "
        "twice as long as usual for most of the commuters who depend on it.\n\n"
        for line in (
            "Bath", "Camden", "Rockland", "Belfast", "Bangor", "Augusta", "Saco",
            "Biddeford", "Wells", "Kittery", "Freeport", "Yarmouth",
        )
    )  # fmt: skip
    text = (
        RAIL
        + "\n"
        + filler
        + '"This is the worst week they could have picked," said Omar Haddad, a rail '
        "analyst at Boston brokerage Pinecrest Securities.\n\n"
        "Whitfield’s deputy, Chief Operating Officer Maya Brandt, told staff in an email "
        "that no worker would lose pay during the suspension.\n"
    )
    got = by_quote(text)["no worker would lose pay during the suspension"]
    assert (got.speaker, got.organization) == ("Maya Brandt", "Coastline Railways")


def test_for_rancher_x_framing_gives_the_role():
    text = (
        "Drought forces early cattle sales\n\n"
        "Ranchers across eastern Oregon are selling cattle months early as the drought "
        "dries out their pastures.\n\n"
        "For rancher Ellen Brooks, whose family has grazed cattle near Burns since 1921, "
        "the decision came in July. She said the family had sold 200 head, twice the "
        "usual number.\n\n"
        "“I never thought I’d see the pasture this brown,” Brooks said.\n"
    )
    got = by_quote(text)
    assert got["the family had sold 200 head, twice the usual number"].role == "rancher"
    assert got["I never thought I’d see the pasture this brown,"].role == "rancher"


def test_for_grower_x_framing_gives_the_role():
    text = (
        "Orchard growers count frost losses\n\n"
        "For grower Tom Albright, the frost took nearly everything. He said he had lost "
        '80 percent of his cherry crop.\n\n"We will be lucky to break even," Albright '
        "said.\n"
    )
    assert by_quote(text)["We will be lucky to break even,"].role == "grower"


# -- further organisation classes of the retired sets (invented stories) ------------------

SHIELD = (
    "Ashcombe beat Tilling to lift county shield\n\n"
    "Ashcombe beat Tilling 3-2 on Saturday to win the county shield for the first time "
    "since 1987.\n\n"
    'Tilling\'s Rob Lister saved two penalties. "I guessed right twice," Lister said.\n\n'
    "Tilling's head coach, Mark Dene, said his side had been the better team for an "
    "hour.\n\n"
    "The winner came in stoppage time, and Ashcombe's captain, Lee Fenwick, lifted the "
    "shield ten minutes later. Fenwick said the win was for the town.\n\n"
    'His vice-captain, Sam Grady, said the dressing room had been "silent" at half-time.\n\n'
    "Ashcombe Hockey Club said it would hold an open day on Sunday.\n"
)


def test_a_sides_player_without_a_title_plays_for_the_side():
    assert by_quote(SHIELD)["I guessed right twice,"].organization == "Tilling"


def test_a_sides_head_coach_coaches_the_side():
    got = by_quote(SHIELD)["his side had been the better team for an hour"]
    assert (got.role, got.organization) == ("head coach", "Tilling")


def test_a_sides_captain_after_a_joining_and_is_the_sides():
    got = by_quote(SHIELD)["the win was for the town"]
    assert (got.role, got.organization) == ("captain", "Ashcombe Hockey Club")


def test_his_vice_captain_plays_for_the_captains_side():
    got = by_quote(SHIELD)["silent"]
    assert (got.role, got.organization) == ("vice-captain", "Ashcombe Hockey Club")


def test_a_named_chairs_vice_chair_sits_on_the_same_commission():
    text = (
        "Fisheries panel closes cod season early\n\n"
        "The Coastal Fisheries Commission voted 4-1 on Thursday to close the cod season "
        "two weeks early.\n\n"
        "“We had no choice,” said Commission Chairwoman Elena Vidal.\n\n"
        "Boat owners said the closure would cost them their best weeks.\n\n"
        "Vidal’s vice chair, Tom Birch, cast the only vote against the closure. He said "
        "the stock surveys were a year out of date.\n"
    )
    got = by_quote(text)["the stock surveys were a year out of date"]
    assert (got.role, got.organization) == ("vice chair", "Coastal Fisheries Commission")


def test_its_president_after_a_body_described_by_a_which_relative():
    text = (
        "Dairy farmers split over new milk quota\n\n"
        "The state dairy board approved a new milk quota on Monday.\n\n"
        "The Valley Milk Producers, which speaks for about 900 farms, opposed the plan. "
        "Its chairwoman, Ruth Oyelaran, said small farms would be squeezed out.\n"
    )
    got = by_quote(text)["small farms would be squeezed out"]
    assert got.organization == "Valley Milk Producers"


def test_a_sides_captain_opening_a_sentence_is_the_sides_when_the_side_plays():
    # the side is written only at the start of sentences (no capital mid-sentence to
    # show it is a name): its playing a match does
    text = (
        "Ashcombe beat Tilling to lift county shield\n\n"
        "Ashcombe beat Tilling 3-2 on Saturday to win the county shield.\n\n"
        "Ashcombe’s captain, Lee Fenwick, said the win was for the town.\n\n"
        "Ashcombe Hockey Club said it would hold an open day on Sunday.\n"
    )
    got = by_quote(text)["the win was for the town"]
    assert (got.role, got.organization) == ("captain", "Ashcombe Hockey Club")


def test_a_detective_serves_the_police_force_of_the_chief_who_spoke_before():
    text = (
        "Two charged in pharmacy break-in\n\n"
        "ASHVILLE, Ohio (AP) — Two men were charged on Friday with breaking into a "
        "pharmacy, Ashville Police Chief Renée Doucet said at a news conference.\n\n"
        '"They were caught on four cameras," Doucet said.\n\n'
        "Detective Sgt. Omar Reyes, who led the investigation, said most of the stolen "
        "drugs had been recovered.\n"
    )
    got = by_quote(text)
    chief = got["They were caught on four cameras,"].organization
    assert chief is not None and chief.startswith("Ashville Police")
    assert got["most of the stolen drugs had been recovered"].organization == chief


def test_the_executive_named_next_is_no_lead_sheriff():
    text = (
        "Storm knocks out power to 30,000 homes\n\n"
        "The storm tore down lines across Linden County overnight, the sheriff said.\n\n"
        "The executive, Tom Raines, said crews would work through the weekend.\n"
    )
    got = by_quote(text)["The storm tore down lines across Linden County overnight"]
    assert got.speaker is None


def test_guard_the_executive_named_next_is_the_leads_chief_executive():
    # guard (passes before the change): a company officer's description
    text = (
        "Grocer closes 40 stores\n\n"
        "Brightline Grocers will close 40 stores by March, the company's chief executive "
        "said on Monday.\n\n"
        "The executive, Nadia Ferris, said the stores had lost money for three years.\n"
    )
    got = by_quote(text)["Brightline Grocers will close 40 stores by March"]
    assert got.speaker == "Nadia Ferris"
