"""Probe round 16: role, country and organisation of named speakers (invented copy:
diplomacy, aid, business, disasters, local government, football)."""

from articles.attribution import extract


def fields(text, speaker, nth=0):
    """(role, country, organisation) of the speaker's nth statement."""
    said = [s for s in extract(text) if s.speaker == speaker]
    s = said[nth]
    return s.role, s.country, s.organization


# -- a place phrase after a preposed title's complement -----------------------------


def test_an_ambassador_to_a_body_in_a_city_keeps_the_title_and_the_country():
    text = (
        "GENEVA — Donors met on Friday to discuss a shortfall in aid for eastern Sudan.\n\n"
        "Sudan's ambassador to the United Nations in Geneva, Omar Siddig, rejected the "
        'warnings and said the government was "doing everything possible" to open roads.\n'
    )
    assert fields(text, "Omar Siddig") == ("ambassador", "SD", None)


def test_a_spokeswoman_for_a_company_in_a_country_speaks_for_the_company():
    text = (
        "STUTTGART, Germany — Brennwald Motoren AG said on Wednesday it would cut 3,000 "
        "jobs and close a plant in Hungary.\n\n"
        "A spokeswoman for Brennwald in Hungary, Eszter Balogh, said the company would offer "
        "all 800 workers at the plant jobs elsewhere.\n"
    )
    assert fields(text, "Eszter Balogh") == ("spokeswoman", "DE", "Brennwald Motoren AG")


def test_its_regional_leader_in_a_region_is_the_unions():
    text = (
        "STUTTGART, Germany — The IG Metall union said it would fight any forced "
        "redundancies. Its regional leader in Baden-Wuerttemberg, Sabine Kranich, called the "
        'plan "a betrayal of the workforce."\n'
    )
    assert fields(text, "Sabine Kranich") == ("regional leader", "DE", "IG Metall")


def test_the_head_of_an_international_mission_in_a_country_has_no_country():
    text = (
        "VIENNA — Austria summoned an ambassador on Tuesday over the arrest of two men.\n\n"
        "The head of the OSCE observer mission in Georgia, Henrik Aalto, said the case should "
        "not be allowed to derail talks planned for next month.\n"
    )
    assert fields(text, "Henrik Aalto") == ("head", None, "OSCE")


# -- international bodies ------------------------------------------------------------


def test_a_spokesman_for_a_un_agency_described_is_the_uns():
    text = (
        "GENEVA — Aid agencies warned on Friday of famine in eastern Sudan.\n\n"
        "A spokesman for the U.N. refugee agency, Yusuf Demir, said camps in Chad were at "
        "twice their capacity.\n"
    )
    assert fields(text, "Yusuf Demir") == ("spokesman", None, "UN")


# -- workplaces and bodies -------------------------------------------------------------


def test_who_covers_a_sector_for_a_place_based_firm_works_for_it():
    text = (
        "STUTTGART, Germany — Shares in the carmaker rose 4% after it announced job cuts.\n\n"
        "But Clara Beaumont, who covers European carmakers for the Paris-based research firm "
        "Octant Partners, said the cuts did not address the company's real problem.\n"
    )
    assert fields(text, "Clara Beaumont") == (None, "FR", "Octant Partners")


def test_a_body_whose_chairman_is_named_is_his_organisation():
    text = (
        "BRISTOL, England — Councillors approved plans for a 26-storey tower on Tuesday.\n\n"
        "Opposition came from the Redland and Cotham Residents' Association, whose chairman, "
        "Malcolm Stroud, said the group was considering a legal challenge.\n"
    )
    assert fields(text, "Malcolm Stroud") == (
        "chairman",
        "GB",
        "Redland and Cotham Residents' Association",
    )
    text = (
        "BRISTOL, England — The council met Tom Reeve, whose lawyer, Malcolm Stroud, said the "
        "family was considering a legal challenge.\n"
    )
    assert fields(text, "Malcolm Stroud") == ("lawyer", "GB", None)


def test_a_club_named_for_its_town_before_a_managers_title_is_the_club():
    text = (
        "LEEDS, England — Harwick Rovers sacked their manager on Sunday, a day after a 3-0 "
        "defeat to Millport City.\n\n"
        "Millport City manager Sandro Ricci said he felt for his opposite number.\n"
    )
    assert fields(text, "Sandro Ricci") == ("manager", "GB", "Millport City")
    text = "LONDON — Mexico City Mayor Sandro Ricci said the city would host the final.\n"
    assert fields(text, "Sandro Ricci") == ("Mayor", "MX", None)


# -- roles -----------------------------------------------------------------------------


def test_a_county_fire_chief_is_filed_without_the_county():
    text = (
        "REDDING, Calif. (AP) — A wildfire forced 4,000 people from their homes on Sunday.\n\n"
        '"We had a very bad afternoon," Shasta County Fire Chief Dwayne Keller said.\n'
    )
    assert fields(text, "Dwayne Keller") == ("Fire Chief", "US", None)
    text = (
        "ORLANDO, Fla. (AP) — Orange County Register columnist Dwayne Keller said the "
        "park would reopen.\n"
    )
    assert fields(text, "Dwayne Keller")[0] == "columnist"


def test_a_man_called_dean_keeps_his_title_when_named_by_surname_later():
    text = (
        "LEEDS, England — Harwick Rovers sacked their manager on Sunday.\n\n"
        "Rovers striker Dean Holloway said the club had to look at its director of "
        "football.\n\n"
        '"The manager is always the first to go," Holloway said.\n'
    )
    assert fields(text, "Dean Holloway", 1)[0] == "striker"
    text = (
        "WASHINGTON (AP) — Sen. Dean Holloway said the bill would pass.\n\n"
        "Holloway said the vote would come on Thursday.\n"
    )
    assert fields(text, "Dean Holloway", 1)[:2] == ("Senator", "US")


def test_a_district_attorney_is_filed_without_the_borough():
    text = "NEW YORK (AP) — Manhattan District Attorney Alvin Brant said the case would proceed.\n"
    assert fields(text, "Alvin Brant") == ("District Attorney", "US", None)


# -- relative to another person or body --------------------------------------------------


def test_an_adviser_to_a_foreign_leader_serves_that_leaders_country():
    text = (
        "LONDON — Tom Hale, a senior adviser to the French president, said the talks would "
        "resume in Paris next week.\n"
    )
    assert fields(text, "Tom Hale") == ("senior adviser", "FR", None)
    text = (
        "LONDON — Tom Hale, an aide to Kenya's health minister, said the talks would resume "
        "in Nairobi.\n"
    )
    assert fields(text, "Tom Hale") == ("aide", "KE", None)


def test_the_papers_editor_named_in_passing_keeps_the_paper_when_she_speaks():
    text = (
        "HELENA, Mont. (AP) — The Pine Valley Ledger will print its last edition on Friday, "
        "its owner, Summit Local Media, said. The company said it would keep the paper's "
        "website running.\n\n"
        "The Ledger's editor, Marian Holt, who has worked at the paper for 31 years, learned "
        "of the decision on a video call. She said the company had given the newsroom no "
        "warning.\n"
    )
    assert fields(text, "Marian Holt") == ("editor", "US", "Pine Valley Ledger")


# -- bare titles and the institution a story is set in -------------------------------------


def test_the_lead_statement_of_a_director_named_next_takes_the_museum_too():
    text = (
        "CLEVELAND (AP) — The Harlow Museum of Art will return three carved figures to "
        "Ghana, the museum's director said Wednesday.\n\n"
        "Director Laurence Picot said the museum's board had voted unanimously on Tuesday.\n"
    )
    assert fields(text, "Laurence Picot", 0) == ("Director", "US", "Harlow Museum of Art")


def test_a_trustee_far_below_the_one_school_district_named_is_its_trustee():
    filler = "Parents at the meeting held signs and some of them shouted at the board.\n\n"
    text = (
        "BRAMWELL, Mich. — The board of Bramwell Public Schools voted 5-2 on Monday to close "
        "two elementary schools.\n\n" + filler * 5 + "Trustee Dolores Amsel, one of the two "
        "votes against, said families had not been offered busing.\n"
    )
    assert fields(text, "Dolores Amsel") == ("Trustee", "US", "Bramwell Public Schools")


def test_a_predecessor_in_an_office_held_it_before():
    text = (
        "BRAMWELL, Mich. — Board President Renata Holm defended the vote.\n\n"
        "Holm's predecessor as board president, Frank Dunn, who now leads a parents' group, "
        'wrote in a letter to the board: "You will not get them back."\n'
    )
    assert fields(text, "Frank Dunn")[0] == "former board president"


def test_a_spokesman_for_the_un_secretary_general_speaks_for_the_un():
    text = (
        "NEW YORK (AP) — Stefan Dujardin, spokesman for U.N. Secretary-General Antonio "
        "Guterres, said the talks would resume on Monday.\n"
    )
    assert fields(text, "Stefan Dujardin") == ("spokesman", None, "UN")


def test_the_club_chairman_is_the_chairman_of_the_club_that_spoke():
    text = (
        "CASTLEFORD, England (AP) — Castleford Rovers have agreed to sell striker Dan Okoro "
        "to a Spanish club, the team said Friday.\n\n"
        "The supporters' trust will protest before the home match against Ashby United on "
        "Sept. 14.\n\n"
        'Club chairman Stewart Becker wrote in an open letter: "We will not gamble the '
        'future of this club."\n'
    )
    assert fields(text, "Stewart Becker") == ("chairman", "GB", "Castleford Rovers")


def test_the_airlines_officer_is_not_the_workers_association_that_spoke():
    text = (
        "BOISE, Idaho (AP) — Skyline Air Express said Monday it had grounded two planes. The "
        "union representing mechanics, the Aircraft Technicians Association, said staff had "
        "warned of problems.\n\n"
        "The airline's chief operating officer, Brent Holl, said in an interview that the "
        "inspection was routine.\n"
    )
    assert fields(text, "Brent Holl") == ("chief operating officer", "US", None)
    text = (
        "LONDON — The British Retail Consortium said sales fell. Its chief executive, Helen "
        "Dickson, said shoppers were cautious.\n"
    )
    assert fields(text, "Helen Dickson")[2] == "British Retail Consortium"
