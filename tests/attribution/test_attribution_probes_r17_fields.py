"""Probe round 17: role, country and organisation of named speakers from invented wire
copy rich in employer constructions (a football club, a water district, a carmaker, a
ferry service, think tanks, a hospital strike)."""

from articles.attribution import extract


def fields(text, speaker, nth=0):
    """(role, country, organisation) of the speaker's nth statement."""
    said = [s for s in extract(text) if s.speaker == speaker]
    s = said[nth]
    return s.role, s.country, s.organization


CLUB_STORY = (
    "CASTLEFORD, England (AP) — Kingsmere Rovers fired their manager on Sunday after a 3-0 "
    "home loss left the club bottom of the Championship.\n\n"
    "The club's manager, Declan Ashworth, had been in charge for 14 months. "
    '"I gave everything to this place," Ashworth said in a statement.\n\n'
    '"It was the hardest decision we have made," said Martin Greaves, who chairs the board '
    'of Kingsmere Rovers. "But results left us no choice."\n\n'
    "Former Rovers captain Lee Danton, now a television pundit, said the players had "
    'stopped listening. "You could see it in the second half," Danton said.\n'
)


# -- a title possessed by a body's kind, the person speaking later by surname ----------


def test_the_clubs_manager_speaking_later_is_the_clubs():
    assert fields(CLUB_STORY, "Declan Ashworth") == ("manager", "GB", "Kingsmere Rovers")


def test_the_districts_general_manager_is_the_districts():
    text = (
        "FRESNO, Calif. (AP) — The Westland Valley Water District raised rates by 18 "
        "percent on Monday, the second increase in two years.\n\n"
        '"We cannot keep the pipes in the ground for free," said Carla Mendez, the '
        "district's general manager.\n"
    )
    assert fields(text, "Carla Mendez") == (
        "general manager",
        "US",
        "Westland Valley Water District",
    )


# -- "who chairs the board of X" --------------------------------------------------------


def test_who_chairs_the_board_of_a_club_works_for_the_club():
    # "who chairs": the organisation, no role (round 24, convention 9)
    assert fields(CLUB_STORY, "Martin Greaves") == (None, "GB", "Kingsmere Rovers")


def test_who_chairs_the_board_of_trustees_of_a_museum():
    text = (
        "Anna Roe, who chairs the board of trustees of the Corvale Museum of Art, said the "
        "sale would go ahead.\n"
    )
    assert fields(text, "Anna Roe") == (None, None, "Corvale Museum of Art")  # (round 24)


# -- ", now a …": the post held now ----------------------------------------------------


def test_a_former_captain_now_a_pundit_speaks_as_the_pundit():
    assert fields(CLUB_STORY, "Lee Danton") == ("television pundit", "GB", None)


def test_a_former_senator_now_a_lobbyist_works_for_the_firm():
    text = (
        "WASHINGTON (AP) — Talks on the farm bill stalled again on Thursday.\n\n"
        "Former Sen. Ann Roe, now a lobbyist at Brandt Partners, said no deal was near.\n"
    )
    assert fields(text, "Ann Roe")[::2] == ("lobbyist", "Brandt Partners")


# -- the head of a company's unit ------------------------------------------------------


def test_the_head_of_a_companys_division_works_for_the_company():
    text = (
        "TOKYO (AP) — Velmont Motors will cut production at two plants in Thailand, the "
        "company said Thursday, blaming weak demand in China.\n\n"
        "Keiko Arashi, the head of Velmont's Asia division, said the cuts would last at "
        'least six months. "We have too many cars and too few buyers," Arashi said.\n'
    )
    assert fields(text, "Keiko Arashi") == ("head", "JP", "Velmont Motors")


def test_a_fan_of_a_companys_cars_has_no_employer():
    # guard (passed before the change): no unit noun, no employer
    text = "Jo Pike, a fan of Velmont's old cars, said the cuts were sad.\n"
    assert fields(text, "Jo Pike")[2] is None


# -- bodies before a title ---------------------------------------------------------------


def test_a_special_district_before_a_chief_is_the_organisation():
    text = (
        "FRESNO, Calif. (AP) — Rates rose again on Monday.\n\n"
        "Westland Valley Water District Chief Ray Okafor said the money would go to "
        "replacing a canal built in 1951.\n"
    )
    assert fields(text, "Ray Okafor") == ("Chief", "US", "Westland Valley Water District")


def test_a_place_district_before_a_chief_stays_in_the_role():
    # guard (passed before the change): "Kasembe District" is a place, not a body
    text = "Kasembe District Chief Bo Ede said the wells were contaminated.\n"
    assert fields(text, "Bo Ede")[2] is None


def test_a_police_chief_keeps_the_whole_title_and_the_department():
    text = (
        "DUNMORE, Ohio (AP) — A man was shot by an officer late Saturday, the Dunmore "
        "Police Department said.\n\n"
        "Police Chief Dana Cole said the officer fired after the man reached for a gun.\n"
    )
    assert fields(text, "Dana Cole") == ("Police Chief", "US", "Dunmore Police Department")


def test_an_indefinite_ministry_official_drops_the_article():
    text = (
        "BRISTOL, England (Reuters) - Nurses extended their strike on Monday.\n\n"
        "A Department of Health spokesman, Neil Carter, said the minister would meet union "
        "leaders on Thursday.\n"
    )
    assert fields(text, "Neil Carter") == ("spokesman", "GB", "Department of Health")


# -- guards: constructions the probes found right ---------------------------------------


def test_employer_constructions_already_right():
    # guard (passed before the change): the brief's other constructions
    text = (
        "WASHINGTON (AP) — Inflation slowed for a third straight month in October.\n\n"
        '"The worst is behind us," said Priya Halvorsen of the Brookhaven Policy Institute '
        "think tank.\n\n"
        "Tomas Reyes-Lund, a professor of law at the University of Carrow, said the central "
        "bank's independence was not in question.\n\n"
        "Ingrid Sollis, a senior fellow at the Marlowe Center for Economic Studies, said wage "
        "growth was still too fast.\n\n"
        "Former Dunmore Bank chief executive Alan Birchfield said lenders were cutting "
        "rates.\n"
    )
    assert fields(text, "Priya Halvorsen")[2] == "Brookhaven Policy Institute"
    assert fields(text, "Tomas Reyes-Lund") == ("professor of law", "US", "University of Carrow")
    assert fields(text, "Ingrid Sollis")[::2] == (
        "senior fellow",
        "Marlowe Center for Economic Studies",
    )
    assert fields(text, "Alan Birchfield")[::2] == ("Former chief executive", "Dunmore Bank")


# -- a named person's deputy; a generic epithet before a described office ---------------


def test_a_named_persons_deputy_is_deputy_to_the_office():
    text = (
        "LODWAR, Kenya (AP) — Food rations were cut again on Monday.\n\n"
        "The governor of Lomuria County, Amina Ekai, said help had come too late.\n\n"
        "Ekai's deputy, Samuel Lowoi, said the county had spent its water budget.\n"
    )
    # the county is no part of the role (round 24, convention 9)
    assert fields(text, "Samuel Lowoi")[:2] == ("deputy governor", "KE")


def test_his_deputy_after_the_minister_as_subject_is_deputy_minister():
    # round 18: the boss is the subject of the sentence before, titled with a public
    # office (was "deputy": a pronoun's boss further back stays a guess)
    text = (
        "QUITO, Ecuador (AP) — Ministers agreed on a migration fund.\n\n"
        "Colombian Foreign Minister Luis Almizar said the deal was good. His deputy, Paula "
        "Restrepo, said the wording had been hard.\n"
    )
    assert fields(text, "Paula Restrepo")[0] == "deputy foreign minister"


def test_the_official_described_as_a_commissioner_who_leads_a_body():
    text = (
        "HARRISBURG, Pa. (AP) — Counties warned of layoffs as the budget impasse entered "
        "its third month, one of their leaders said.\n\n"
        "The official, Lorraine Pabst, an Ashby County commissioner who leads the County "
        "Officials Association of Pennsylvania, told reporters that her county would "
        "furlough 140 workers.\n"
    )
    assert fields(text, "Lorraine Pabst") == (
        "commissioner",
        "US",
        "County Officials Association of Pennsylvania",
    )


# -- a state party before a title; trades missing from the title lexicon ----------------


def test_the_state_party_chairman_is_the_partys():
    text = (
        "COLUMBUS, Ohio (AP) — The state Supreme Court upheld the ballot deadline.\n\n"
        "The state Republican Party chairman, Doug Farris, said counties had plenty of time.\n"
    )
    assert fields(text, "Doug Farris") == ("chairman", "US", "Republican Party")


def test_a_herder_is_a_role():
    text = (
        "LODWAR, Kenya (AP) — Food rations were cut again on Monday.\n\n"
        "Lokiru Ekwam, 52, a herder from the village of Nakuruwe, said he had lost 43 of his "
        "60 goats.\n"
    )
    assert fields(text, "Lokiru Ekwam")[:2] == ("herder", "KE")


def test_a_coast_guard_spokesman_keeps_the_body():
    # guard (passed before the change): "Guard" stays the body's, not a title
    text = "MIAMI (AP) — A Coast Guard spokesman, Al Lutz, said the crew was safe.\n"
    assert fields(text, "Al Lutz") == ("spokesman", "US", "Coast Guard")
