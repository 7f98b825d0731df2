"""Round 26, probe r26d's training errors (r26-d): reported speech, its cues and its
spans (a view credited to its holder, a relative that reports a second statement, an
agent's passive, a newspaper quoting a speaker, titles and bodies of the speakers), each
tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote

VIEWS = (
    "Councillors argued over the harbour levy on Monday.\n\n"
    "Councillor Nadia Ferrers said the levy was rushed. In Ferrers' view, the charge will "
    "drive the fishing fleet to the next port within a year.\n\n"
    "Tobias Renwick, who chairs the traders' group, spoke next. In Tobias Renwick's view, "
    "the council should have consulted the market stalls first.\n\n"
    "In the view of most harbour pilots, the new berths are too shallow for the ferries.\n"
)


def test_a_view_credited_to_a_named_holder_is_their_statement():
    got = by_quote(VIEWS)
    fleet = got["the charge will drive the fishing fleet to the next port within a year"]
    assert fleet.speaker == "Nadia Ferrers"
    assert fleet.kind == "indirect"
    stalls = got["the council should have consulted the market stalls first"]
    assert stalls.speaker == "Tobias Renwick"


def test_the_view_of_a_group_is_an_unnamed_sources_statement():
    got = by_quote(VIEWS)
    pilots = got["the new berths are too shallow for the ferries"]
    assert pilots.speaker is None
    assert pilots.source == "most harbour pilots"


def test_a_view_inside_a_clause_or_a_noun_phrase_is_not_a_cue():
    text = (
        "The minister met farmers in Carlow. The farmers said the view from the hills had "
        "changed. In the valley's lower fields, the barley failed again this year.\n"
    )
    quotes = set(by_quote(text))
    assert "the barley failed again this year" not in quotes


def test_a_speaker_quoted_by_a_newspaper_as_saying_is_the_passives_subject():
    text = (
        "The brewery will shut its bottling line.\n\n"
        "Its owner, Greta Lindahl, was quoted by the regional daily Nordposten as saying "
        "that the line had lost money for six years.\n\n"
        "She was also quoted in the Harbour Gazette as saying the staff would be retrained.\n"
    )
    got = by_quote(text)
    lost = got["the line had lost money for six years"]
    assert lost.speaker == "Greta Lindahl"
    assert got["the staff would be retrained"].speaker == "Greta Lindahl"


def test_it_was_alleged_by_an_agent_gives_the_agent_as_source():
    text = (
        "The planning inquiry sat for a second day.\n\n"
        "It was alleged by the prosecution during the hearing that the developer had "
        "ignored two flood surveys.\n\n"
        "It was claimed by Councillor Rhian Pugh that the road would split the village.\n"
    )
    got = by_quote(text)
    surveys = got["the developer had ignored two flood surveys"]
    assert surveys.speaker is None
    assert surveys.source == "the prosecution"
    assert got["the road would split the village"].speaker == "Rhian Pugh"


def test_circuit_and_bankruptcy_judges_keep_their_court_in_the_title():
    text = (
        "PORTLAND, Ore. (AP) — A federal appeals court on Friday upheld a logging ban.\n\n"
        "U.S. Circuit Judge Nora Whitfield wrote that the agency had followed the law.\n\n"
        "U.S. Bankruptcy Judge Amos Greer said the mill's sale could go ahead.\n"
    )
    got = by_quote(text)
    law = got["the agency had followed the law"]
    assert (law.role, law.organization) == ("Circuit Judge", None)
    sale = got["the mill's sale could go ahead"]
    assert (sale.role, sale.organization) == ("Bankruptcy Judge", None)


MERGER = (
    "VIENNA, June 2 (Reuters) - EU regulators on Tuesday cleared Finnish paper group "
    "Lakeus Paper's purchase of Dutch rival Veldkamp Board.\n\n"
    "Lakeus Paper Chief Executive Mikko Rantanen said the deal would close in July.\n\n"
    "Corvano Pack, an Italian operator of packaging plants that had opposed the deal, said "
    "the conditions were too weak.\n\n"
    "Marvo Line, a Greek operator that had also bid, said it would not appeal.\n\n"
    "Lakeus Paper has said it will pay in cash.\n"
)


def test_a_companys_country_from_its_possessive_description_reaches_its_officers():
    got = by_quote(MERGER)
    close = got["the deal would close in July"]
    assert (close.organization, close.country) == ("Lakeus Paper", "FI")


def test_a_name_written_before_a_capitalised_chief_executive_is_a_body():
    got = by_quote(MERGER)
    cash = got["it will pay in cash"]
    assert cash.speaker == "Lakeus Paper"
    assert cash.speaker_type == "organization"
    assert cash.organization == "Lakeus Paper"


def test_a_name_described_as_a_countrys_operator_is_a_body():
    got = by_quote(MERGER)
    appeal = got["it would not appeal"]
    assert appeal.speaker_type == "organization"
    assert (appeal.organization, appeal.country) == ("Marvo Line", "GR")


def test_a_farms_or_orchards_business_speaks_as_a_body_and_the_agency_is_a_division():
    text = (
        "FRESNO, Calif. (AP) — Workers sued Kestrel Orchards over heat rules last year.\n\n"
        "Kestrel, in a court filing, asserted that it had followed every state rule.\n\n"
        "The California Division of Water Quality said the grower had not broken any "
        "permit. A spokesperson for the agency said it would not comment further.\n"
    )
    got = by_quote(text)
    rule = got["it had followed every state rule"]
    assert rule.speaker == "Kestrel Orchards"
    assert rule.speaker_type == "organization"
    agency = got["it would not comment further"]
    assert agency.organization == "California Division of Water Quality"


def test_that_before_a_pledge_noun_is_a_determiner_not_a_clause():
    text = (
        "The mayor promised last spring to freeze bus fares.\n\n"
        "Mayor Lena Ortiz repeated that pledge on Thursday.\n"
    )
    got = by_quote(text)
    assert "that pledge" in got
    assert "pledge on Thursday" not in got


def test_a_plural_possessive_party_before_a_portfolio_title_is_the_organisation():
    text = (
        "MPs debated the rail budget on Monday.\n\n"
        "The Greens' Transport spokesperson, Ivo Marren, said the cuts would close rural "
        "stations. The Liberal Democrats' Treasury spokesperson, Ada Quill, said the sums "
        "did not add up.\n"
    )
    got = by_quote(text)
    sums = got["the sums did not add up"]
    assert (sums.role, sums.organization) == ("Treasury spokesperson", "Liberal Democrats")


def test_a_where_relative_with_its_own_cue_is_a_second_statement():
    text = (
        "Senator Lena Varga toured the valley on Monday.\n\n"
        "Varga questioned whether the state had studied the effect on rural clinics, where "
        "she said some patients already drove an hour for care.\n"
    )
    got = by_quote(text)
    first = got["whether the state had studied the effect on rural clinics"]
    assert first.speaker == "Lena Varga"
    second = got["some patients already drove an hour for care"]
    assert second.speaker == "Lena Varga"
    assert "where" not in got  # (a place's relative word is no statement of its own)


def test_a_partys_possessive_before_a_place_office_is_the_organisation():
    text = (
        "MPs debated the energy bill on Tuesday.\n\n"
        "The SNP's Holyrood leader, Fiona Baird, said the bill ignored Scotland's grid.\n"
    )
    grid = by_quote(text)["the bill ignored Scotland's grid"]
    assert (grid.role, grid.organization) == ("Holyrood leader", "SNP")
