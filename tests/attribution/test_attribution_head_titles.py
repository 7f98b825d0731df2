"""Round 24, convention 9 (README): a role is the office's head title with its field words,
without a party, description words, a body already in the organisation, a jurisdiction
or a remit after "for" that is no minister's or secretary's portfolio; "X, who heads /
chairs / directs Y" gives the organisation Y and no role. Invented copy only."""

import pytest
from quote_lookup import by_quote

from articles.attribution.roles import head_title


def test_a_party_word_is_not_part_of_the_role():
    text = (
        "Ferry fares to rise\n\n"
        "The plan is unfair to islanders, Green senator Mirela Tovar said on Tuesday.\n\n"
        "“We will not back it,” Conservative finance critic Paul Ridgeway said.\n\n"
        "“I will win,” said Rob Kell, the Republican Senate candidate.\n"
    )
    got = by_quote(text)
    assert got["The plan is unfair to islanders"].role == "senator"
    assert got["We will not back it,"].role == "finance critic"
    assert got["I will win,"].role == "Senate candidate"


def test_a_two_word_party_and_a_seat_after_for_go():
    got = by_quote(
        "Seat changes hands\n\n"
        "“The town wanted change,” said Ruth Ames, Liberal Democrat MP for Eastbridge.\n"
    )
    assert got["The town wanted change,"].role == "MP"


def test_description_words_go():
    text = (
        "Fees and tours\n\n"
        "“I work two jobs already,” said Nadia Farouk, a second-year student at the "
        "college.\n\n"
        "“I need to rest,” Leeds-born singer Cara Mills wrote on Instagram.\n"
    )
    got = by_quote(text)
    assert got["I work two jobs already,"].role == "student"
    assert got["I need to rest,"].role == "singer"


def test_a_body_in_the_organisation_goes_from_the_role():
    text = (
        "Fisheries row\n\nThe European Commission rejected the request on Monday.\n\n"
        "“The quota is final,” Commission spokesman Lars Berg told reporters.\n"
    )
    s = by_quote(text)["The quota is final,"]
    assert (s.role, s.organization) == ("spokesman", "EU")
    text = (
        "Jobs cut\n\nBrindle Foods will close two bakeries. “We looked at every option,” "
        "Brindle spokeswoman Ana Ruiz said.\n"
    )
    s = by_quote(text)["We looked at every option,"]
    assert (s.role, s.organization) == ("spokeswoman", "Brindle Foods")


def test_guard_a_body_not_in_the_organisation_stays_in_the_role():
    got = by_quote(
        "Fisheries row\n\n“The quota is final,” Commission spokesman Lars Berg told reporters.\n"
    )
    assert got["The quota is final,"].role == "Commission spokesman"


def test_a_jurisdiction_after_of_goes():
    got = by_quote(
        "Drought deepens\n\n“The wells are empty,” said Joseph Otieno, governor of "
        "Marsabit County.\n"
    )
    assert got["The wells are empty,"].role == "governor"


def test_a_remit_after_for_goes():
    got = by_quote(
        "Rover delayed\n\n“The wheels need more testing,” said Tamsin Cole, associate "
        "administrator for planetary science at the agency.\n"
    )
    assert got["The wheels need more testing,"].role == "associate administrator"


def test_field_words_and_police_stay():
    text = (
        "Crash inquiry\n\n"
        "“The brakes failed,” police spokesman Sgt. Ian Holt said.\n\n"
        "“Our nurses are exhausted,” said Amy Reed, a labor and delivery nurse.\n\n"
        "“This is a farce,” opposition leader Marta Ruiz said.\n\n"
        "“We are ready,” Secretary of State Dana Holt said.\n"
    )
    got = by_quote(text)
    assert got["The brakes failed,"].role == "police spokesman"
    assert got["Our nurses are exhausted,"].role == "labor and delivery nurse"
    assert got["This is a farce,"].role == "opposition leader"
    assert got["We are ready,"].role == "Secretary of State"


def test_who_heads_gives_the_body_and_no_role():
    text = (
        "Shelter full\n\n“We turned away nine families last night,” said Oona Brady, who "
        "heads the Quayside Housing Trust.\n"
    )
    s = by_quote(text)["We turned away nine families last night,"]
    assert (s.role, s.organization) == (None, "Quayside Housing Trust")
    text = (
        "Reef study\n\n“The coral is bleaching faster than we thought,” said Tomas Reyes, "
        "who directs the Marlin Bay Marine Lab.\n"
    )
    s = by_quote(text)["The coral is bleaching faster than we thought,"]
    assert (s.role, s.organization) == (None, "Marlin Bay Marine Lab")


def test_who_founded_keeps_founder_and_a_written_title_stays():
    text = (
        "Shelter full\n\n“We turned away nine families last night,” said Oona Brady, who "
        "founded the Quayside Housing Trust.\n"
    )
    assert by_quote(text)["We turned away nine families last night,"].role == "founder"
    text = (
        "Vote set\n\n“The bill will pass,” said Rep. Hal Winter, who chairs the House "
        "Rules Committee.\n"
    )
    assert by_quote(text)["The bill will pass,"].role == "Representative"


@pytest.mark.parametrize(
    ("role", "org", "want"),
    [
        ("Minister for Health", None, "Minister for Health"),  # a portfolio
        ("assistant secretary general for arms control", "NATO", None),
        ("under-secretary-general for peace operations", "UN", None),
        ("Commission President", "EU", None),  # the office's name
        ("Store owner", "Hale & Sons Jewelers", "owner"),
        ("regional director for the Americas", "WHO", "regional director"),
        ("mayor of Lagos", None, "mayor of Lagos"),  # no jurisdiction noun
        ("Secretary of State", None, "Secretary of State"),
        ("Hospital President and CEO", "Eastfield Memorial Hospital", "President and CEO"),
        ("Brindle spokesman", "Brindle Foods", "spokesman"),
        ("campaign spokesman", "Hale campaign", "campaign spokesman"),
        ("Police Chief", "Dunmore Police", "Police Chief"),
        ("Republican National Committee chairwoman", None, None),
        ("Green Party leader", None, "Green Party leader"),
        ("former chief of staff", None, "former chief of staff"),
        ("acting deputy director", None, "acting deputy director"),
        ("court-appointed receiver", None, "receiver"),
    ],
)
def test_head_title(role, org, want):
    assert head_title(role, org) == (want or role)
