"""Probe round 17, genres no evaluation set covers (an earthquake rescue, a cricket match,
a rent-control vote, a wolf dispute, a church abuse report, a coup, lost luggage, an AI
launch, a celebrity interview, a heatwave, a sleep study): invented copy in AP, Reuters,
British, Indian and Australian styles; each test failed before its rule."""

from quote_lookup import by_quote


def test_dame_or_sir_with_the_given_name_is_the_person_named_in_full():
    text = (
        "The review was written by former High Court judge Dame Rosalind Carr.\n\n"
        "Dame Rosalind said at least 14 complaints had been ignored.\n\n"
        "'The pattern is unmistakable,' Dame Rosalind wrote.\n\n"
        "The hospital's chairman, Sir Alan Pike, said the board would resign. Sir Alan "
        "said the decision was his own.\n"
    )
    got = by_quote(text)
    assert got["at least 14 complaints had been ignored"].speaker == "Rosalind Carr"
    assert got["The pattern is unmistakable,"].speaker == "Rosalind Carr"
    assert got["the decision was his own"].speaker == "Alan Pike"


def test_a_group_calling_itself_a_name_speaks_as_that_body():
    text = (
        "A group calling itself the National Committee for Salvation and Renewal (CNSR) "
        "said the president had been “relieved of his duties”.\n\n"
        "A militia calling itself the Northern Freedom Front said it had shot down a "
        "helicopter.\n"
    )
    got = by_quote(text)
    st = got["relieved of his duties"]
    assert (st.speaker, st.speaker_type) == (
        "National Committee for Salvation and Renewal",
        "organization",
    )
    st = got["it had shot down a helicopter"]
    assert (st.speaker, st.speaker_type) == ("Northern Freedom Front", "organization")
    # the name it takes is no statement
    assert not any(s.cue == "calling" for s in got.values())


def test_the_communique_paragraphs_below_speaks_for_its_issuer():
    text = (
        "In a communique read on state television, a group calling itself the Council for "
        "National Renewal said the government had been dissolved.\n\n"
        "“We have decided to put an end to this regime,” said Colonel Issa Mahamat, who "
        "read the statement.\n\n"
        "The communique said all borders were closed until further notice.\n"
    )
    got = by_quote(text)
    assert got["all borders were closed until further notice"].speaker == (
        "Council for National Renewal"
    )


def test_the_skipper_is_the_captain():
    text = (
        "Rao added 151 for the fourth wicket with skipper Vikram Sethi.\n\n"
        "Kumar fell for 12. Later, the skipper said the team would rest two bowlers.\n\n"
        "“He is special,” the captain said of Rao.\n"
    )
    got = by_quote(text)
    assert got["the team would rest two bowlers"].speaker == "Vikram Sethi"
    assert got["He is special,"].speaker == "Vikram Sethi"


def test_a_company_named_with_air_or_front_is_an_organisation():
    text = (
        "Passengers have complained about Skyline Air, the low-cost carrier.\n\n"
        "Rory Buchanan, a lawyer at the firm Buchanan Doyle, said travellers should claim.\n\n"
        "In a statement, Skyline Air said: 'We sincerely apologise to customers.'\n\n"
        "The airline said it had cleared most of the backlog.\n"
    )
    got = by_quote(text)
    st = got["We sincerely apologise to customers."]
    assert (st.speaker, st.speaker_type) == ("Skyline Air", "organization")
    assert got["it had cleared most of the backlog"].speaker == "Skyline Air"


def test_all_but_is_no_conjunction_ending_the_clause():
    got = by_quote("Local businesses said trade had all but stopped by noon.")
    assert "trade had all but stopped by noon" in got


def test_a_reuters_dateline_with_the_state_spelt_out_is_american():
    text = (
        "SILVER FORK, Montana (Reuters) - A pack of wolves has killed 23 calves.\n\n"
        "“We've done everything they asked us to,” rancher Dale Hutchins told Reuters.\n"
    )
    assert by_quote(text)["We've done everything they asked us to,"].country == "US"


def test_an_australian_state_dateline_is_australian():
    text = (
        "MILDURA, Victoria — Mildura sweltered through its hottest day on record.\n\n"
        "“Heat kills more Australians than any other natural hazard,” Mr Lim said.\n"
    )
    assert by_quote(text)["Heat kills more Australians than any other natural hazard,"].country == (
        "AU"
    )


def test_an_indian_city_dateline_with_a_colon_is_indian():
    text = (
        "Rao's century puts Mumbai in final\n\n"
        "PUNE: A sublime unbeaten 112 from Aditya Rao steered Mumbai into the final.\n\n"
        "“Honestly, I wasn't thinking about the hundred,” Rao said.\n"
    )
    assert by_quote(text)["Honestly, I wasn't thinking about the hundred,"].country == "IN"


def test_a_dateline_of_an_unknown_country_gives_no_other_country():
    text = (
        "BANGUI-NORD, Mbalaria (Reuters) - Soldiers said they had seized power.\n\n"
        "“Maybe the soldiers can do better,” said Moussa Diallo, a taxi driver.\n\n"
        "France said it was following events. Paris called for calm. The French embassy "
        "said its staff were safe.\n"
    )
    assert by_quote(text)["Maybe the soldiers can do better,"].country is None


def test_a_rank_spelt_out_after_a_spokesman_is_no_part_of_the_role():
    text = (
        "Junta spokesman Captain Boubacar Traore said the army had no intention of holding "
        "on to power.\n\n"
        "Army spokesman Lieutenant Colonel Ali Musa said troops had left the palace.\n"
    )
    got = by_quote(text)
    assert got["the army had no intention of holding on to power"].role == "Junta spokesman"
    assert got["troops had left the palace"].role == "Army spokesman"
    # guard (passed before): a rank alone is the role
    got = by_quote("Colonel Sam Hart said the base was safe.")
    assert got["the base was safe"].role == "Colonel"


def test_a_company_described_by_its_trade_before_a_relative_clause_is_an_organisation():
    text = (
        "Hundreds of passengers have complained about Skyline Air, the low-cost carrier "
        "that switched ground handlers in the spring.\n\n"
        "In a statement, Skyline Air said: 'We sincerely apologise to customers.'\n\n"
        "Judges heard from Tom Reed, a lawyer for the firm. Tom Reed said the case was weak.\n"
    )
    got = by_quote(text)
    assert got["We sincerely apologise to customers."].speaker_type == "organization"
    # guard (passed before): a person whose appositive names a firm after "for"
    assert got["the case was weak"].speaker_type == "person"


def test_a_quote_is_not_the_subject_of_a_later_adverbial_clause():
    text = (
        "The Archbishop of Wexham has apologised 'without reservation' to survivors after an "
        "independent review found the diocese ignored warnings.\n"
    )
    got = by_quote(text)
    assert "without reservation" not in got or got["without reservation"].source != (
        "an independent review"
    )
    # guard (passed before): a closing attribution after a "because" clause's comma
    got = by_quote('The plan is "a disaster" because it costs too much, critics said.')
    assert got["a disaster"].source == "critics"


def test_a_document_written_by_someone_in_an_aside_speaks_as_its_author():
    text = (
        "The 240-page report, commissioned by the Church of England and written by former "
        "High Court judge Dame Rosalind Carr, concluded that the diocese had failed "
        "children.\n"
    )
    got = by_quote(text)
    assert got["the diocese had failed children"].speaker == "Rosalind Carr"
    # guard (passed before): who commissioned it is not its author
    got = by_quote(
        "The report, commissioned by the Church of England, concluded that nobody acted."
    )
    assert got["nobody acted"].speaker is None
