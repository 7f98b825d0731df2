"""Round 31 (r31-f): general constructions found on the PolNeAR dev set's even half.
Invented sentences only (no sentence of the dev set)."""

from quote_lookup import by_quote


def test_statement_from_author_is_its_authors():
    got = by_quote(
        "DOVER, Del. — A statement from Governor Mara Pelling said the bridge would reopen "
        "next month.\n\n"
        "A statement from the Delmont Water Authority said the plant was safe.\n"
    )
    s = got["the bridge would reopen next month"]
    assert (s.speaker, s.role, s.country) == ("Mara Pelling", "Governor", "US")
    s = got["the plant was safe"]
    assert (s.speaker, s.organization) == ("Delmont Water Authority", "Delmont Water Authority")


def test_dash_relative_aside_is_no_statement():
    got = by_quote(
        "Senator Ruth Akers — who has opposed the plan for years — said the bill would fail.\n"
    )
    assert list(got) == ["the bill would fail"]
    assert got["the bill would fail"].speaker == "Ruth Akers"


def test_document_subject_before_claims():
    got = by_quote(
        "The lawsuit claims that the company hid the defects from buyers for years.\n\n"
        "The new complaint charges the officers lied about the arrest.\n"
    )
    s = got["the company hid the defects from buyers for years"]
    assert (s.speaker, s.source, s.kind) == (None, "The lawsuit", "indirect")
    s = got["the officers lied about the arrest"]
    assert (s.speaker, s.source) == (None, "The new complaint")


def test_document_subject_needs_a_clause_or_a_request():
    got = by_quote(
        "The motion calls on the council to pause the review.\n\n"
        "The plan answers none of the questions.\n\n"
        "The site reports the weather every hour.\n"
    )
    assert list(got) == ["to pause the review"]
    assert got["to pause the review"].source == "The motion"


def test_fronted_place_or_time_before_parenthetical_cue_is_no_fragment():
    got = by_quote(
        "In Florida, Senator Ruth Akers said, the race was close.\n\n"
        "On Tuesday, the mayor said, the roads will close.\n"
    )
    assert sorted(got) == ["the race was close", "the roads will close"]
    assert got["the race was close"].speaker == "Ruth Akers"
    assert (got["the roads will close"].speaker, got["the roads will close"].source) == (
        None,
        "the mayor",
    )


def test_country_and_city_acting_as_government_speak_as_organisations():
    got = by_quote(
        "Though it is hard to assess North Korea's claims about the potency of its test, "
        "experts say it matters.\n\n"
        "The city of Dover is demanding that the campaign stop using the image of its "
        "officers.\n"
    )
    s = got["the potency of its test"]
    assert (s.speaker, s.speaker_type, s.country, s.organization) == (
        "North Korea",
        "organization",
        "KP",
        None,
    )
    s = got["the campaign stop using the image of its officers"]
    assert (s.speaker, s.speaker_type, s.organization) == ("Dover", "organization", None)


def test_headline_document_label_is_an_unnamed_source():
    got = by_quote(
        "Poll: Wealthy Voters Abandon Republican Party for Clinton\n\n"
        "A new survey finds that rich voters are leaving the party.\n"
    )
    s = got["Wealthy Voters Abandon Republican Party for Clinton"]
    assert (s.speaker, s.source, s.organization) == (None, "Poll", None)


def test_participle_aside_with_town_state_and_time_keeps_the_speaker():
    got = by_quote(
        "Ruth Akers, speaking at a rally in Dover, Del., on Monday, said the bill would "
        "fail.\n\n"
        "Tom Brill, who spoke in Ames, Iowa, on Tuesday, said the vote was close.\n"
    )
    assert got["the bill would fail"].speaker == "Ruth Akers"
    assert got["the vote was close"].speaker == "Tom Brill"


def test_party_tag_before_dash_aside_ends_no_sentence():
    got = by_quote(
        "Senator Ruth Akers (D-Del.) — who has opposed the plan for years — said the bill "
        "would fail.\n"
    )
    s = got["the bill would fail"]
    assert (s.speaker, s.country) == ("Ruth Akers", "US")
