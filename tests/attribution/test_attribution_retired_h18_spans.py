"""Round 21, the retired held-out set 18's extraction and attribution error classes: each
rule is tested on invented stories (none of that set's sentences, names or topics). Each
test failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def _depot_story() -> str:
    return (
        "Council delays vote on bus depot\n\n"
        "A council spokeswoman said the mayor had not read the report and would respond "
        "on Friday.\n\n"
        "Harlow said the depot had logged 52 breakdowns in the past year, compared with "
        "nine in the two years before that.\n\n"
        "Drivers said they expected more cuts at next week's meeting, when four more "
        "routes are due to be discussed.\n\n"
        "Councillor Ruth Penhale said the decision was wrong in her ward, where fishermen "
        "and shopkeepers relied on the buses for their trade.\n"
    )


def test_a_modal_conjunct_after_and_stays_in_the_reported_clause():
    got = by_quote(_depot_story())
    assert "the mayor had not read the report and would respond on Friday" in got


def test_compared_with_after_a_figure_is_no_cue():
    got = by_quote(_depot_story())
    quote = "the depot had logged 52 breakdowns in the past year, compared with nine in the "
    assert quote + "two years before that" in got


def test_a_when_clause_on_a_meeting_is_the_writers():
    got = by_quote(_depot_story())
    assert "they expected more cuts at next week's meeting" in got


def test_a_closing_where_clause_on_a_place_is_the_writers():
    got = by_quote(_depot_story())
    assert got["the decision was wrong in her ward"].speaker == "Ruth Penhale"


def test_a_where_clause_inside_the_reported_clause_is_kept():
    # guard: the relative closes before the reported clause's own verb
    text = (
        "Mill to close\n\n"
        "Ruth Penhale said the mill in her ward, where 200 people work, would close in "
        "March.\n"
    )
    got = by_quote(text)
    assert "the mill in her ward, where 200 people work, would close in March" in got


def test_a_closing_participle_of_the_writers_ranking_is_cut():
    text = (
        "Ferry operator results\n\n"
        "The operator reported in June that ticket sales rose 9% last year, making it "
        "the group's busiest line.\n"
    )
    got = by_quote(text)
    assert "ticket sales rose 9% last year" in got
