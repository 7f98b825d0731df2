"""Round 25 (r25-probeg): classes read from training probe r25g's errors (naming
conventions outside English).  Invented sentences only; never that set's names."""

from articles.attribution import extract


def _by_quote(text: str) -> dict:
    return {s.quote: s for s in extract(text)}


# --- a Spanish double surname: a later mention by the first surname, misspelt ----------


def test_first_of_two_surnames_misspelt_is_the_person():
    text = (
        "MONTEVIDEO, Uruguay (AP) — The port operator's director, Lucía Beatriz Arrieta "
        "Sosa, said the new crane would arrive in June.\n\n"
        "“We have waited four years for it,” Arrieta said.\n\n"
        "Arrietta said the terminal would hire 80 dockworkers before the summer."
    )
    got = _by_quote(text)
    s = got["the terminal would hire 80 dockworkers before the summer"]
    assert s.speaker == "Lucía Beatriz Arrieta Sosa"


def test_misspelt_middle_word_of_another_person_is_not_matched():
    # two people whose first surnames are both a letter apart: no unique match
    text = (
        "LIMA, Peru (AP) — Mining Minister Jorge Luis Carrera Paz said the permit was "
        "suspended.\n\n"
        "The union's leader, Rosa Elena Carreño Díaz, said the workers would strike.\n\n"
        "Carrero said talks would resume on Monday."
    )
    got = _by_quote(text)
    s = got["talks would resume on Monday"]
    assert s.speaker not in {"Jorge Luis Carrera Paz", "Rosa Elena Carreño Díaz"}


# --- `the network`: a body named "… Network" ---------------------------------------


def test_the_network_is_the_one_network_named():
    text = (
        "MANILA (AP) — Josefina Ramos, a coordinator with the Northern Luzon Rivers Network, "
        "said fishermen had reported dead fish for a week.\n\n"
        "“The water smells of diesel,” she said.\n\n"
        "The network said it would file a complaint with the environment department."
    )
    got = _by_quote(text)
    s = got["it would file a complaint with the environment department"]
    assert s.speaker == "Northern Luzon Rivers Network"


# --- `the minister` far below the title, the one-word name speaking in between ---------


def test_the_minister_after_a_one_word_name_spoke_again():
    filler = (
        "Port traffic at the terminal has doubled since the new berths opened, and the "
        "operator plans to add two more cranes and a rail spur before the monsoon season. "
    ) * 3
    others = (
        "Dewi Lestari, an economist at a Jakarta bank, said the tariffs were too low.\n\n"
        '"They will not cover the dredging," Lestari said.\n\n'
        "Tomas Reyes, a shipping analyst, said carriers would welcome the deal.\n\n"
        '"It is overdue," Reyes said.'
    )
    text = (
        "SURABAYA -- The government signed a port concession on Tuesday.\n\n"
        "Transport Minister Haryono told reporters the concession would run for 30 years.\n\n"
        + "\n\n".join([filler] * 5)
        + "\n\nHaryono said the tariffs would be reviewed every five years.\n\n"
        + others
        + "\n\n"
        + filler
        + "\n\nThe minister said a second concession would follow in March."
    )
    got = _by_quote(text)
    assert got["a second concession would follow in March"].speaker == "Haryono"


# --- a "<City>-based" person: the city's country -------------------------------------


def test_city_based_analyst_takes_the_city_country():
    text = (
        "NAIROBI, Kenya (AP) — Kenya's central bank cut its main rate on Tuesday.\n\n"
        "Layla Haddad, a Dubai-based analyst at the investment bank Corniche Capital, said "
        "the cut had been expected.\n\n"
        '"Nobody was surprised," Haddad said.'
    )
    for s in extract(text):
        assert s.speaker == "Layla Haddad"
        assert s.country == "AE"


# --- `the fund's X`: an investment firm named by its trade ----------------------------


def test_the_funds_partner_takes_the_fund_named_by_its_trade():
    text = (
        "Shareholders of Dongbu Textiles backed the board on Friday after a long fight with "
        "the activist fund Namsan Partners.\n\n"
        "Namsan Partners, which holds 6 percent of Dongbu, said in a statement that it would "
        "keep pressing for reform.\n\n"
        "The fund's managing partner, Yoon Ha-eun, said some shareholders had not received "
        "their ballots."
    )
    got = _by_quote(text)
    s = got["some shareholders had not received their ballots"]
    assert s.speaker == "Yoon Ha-eun"
    assert s.organization == "Namsan Partners"


# --- a company's one-word short name is no person's first-word name -----------------


def test_company_short_name_then_the_company():
    text = (
        "Shareholders of Daerim Foods backed the chairman's nephew on Friday.\n\n"
        "Seorak Partners, which holds 5 percent of Daerim, said it would consider a lawsuit."
        "\n\nThe fund's founder, Jang Min-ho, said some votes had been lost.\n\n"
        '"We want to see the ballots," Jang said.\n\n'
        "Daerim denied the claim. The company said every vote had been counted by an "
        "outside auditor."
    )
    got = _by_quote(text)
    s = got["every vote had been counted by an outside auditor"]
    assert s.speaker == "Daerim Foods"
    assert s.speaker_type == "organization"


# --- a portfolio spokesperson: "Its spokesman on fisheries, NAME," ---------------------


def test_portfolio_spokesperson_keeps_title_and_party():
    text = (
        "DUBLIN (AP) — Parliament passed the housing bill on Tuesday.\n\n"
        "The opposition Labour Party voted against the bill. Its spokeswoman on housing, "
        "Aoife Brennan, said the bill would not build a single home."
    )
    got = _by_quote(text)
    s = got["the bill would not build a single home"]
    assert s.speaker == "Aoife Brennan"
    assert s.role == "spokeswoman"
    assert s.organization == "Labour Party"


# --- "the <Demonym>-born businessman X": the demonym's country ------------------------


def test_demonym_born_description_gives_the_country():
    text = (
        "OSLO, Norway (AP) — The fund is controlled by the Russian-born businessman Pavel "
        "Ivanovich Sokolov, who has lived in Cyprus since 2012.\n\n"
        "Sokolov said in a statement that he would challenge the decision in court."
    )
    got = _by_quote(text)
    s = got["he would challenge the decision in court"]
    assert s.speaker == "Pavel Ivanovich Sokolov"
    assert s.country == "RU"


# --- "X, who sits on Y's board,": the body whose board it is ---------------------------


def test_who_sits_on_the_board_gives_the_body():
    text = (
        "DOHA (AP) — Qamar Sovereign Holdings agreed on Monday to buy a stake in a Turkish "
        "port.\n\n"
        "Qamar said the deal would close in June.\n\n"
        "The chairman's cousin, Hamad bin Nasser al-Kuwari, who sits on Qamar's board, told "
        "reporters that the family had no say in the deal.\n\n"
        "Nasser Ali al-Thani, who sits on the board of Dunes Capital, said the price was fair."
    )
    got = _by_quote(text)
    assert got["the family had no say in the deal"].organization == "Qamar Sovereign Holdings"
    assert got["the price was fair"].organization == "Dunes Capital"
