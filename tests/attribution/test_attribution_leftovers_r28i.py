"""Round 28, helper r28-i: leftovers of heldout27 and probes r28d / r28e (words read as
reporting verbs that are not, a second verb phrase of a reported clause, a party
member's or a title's description for the person just named, a post's words), each
tested with invented copy only (no sentence of those sets)."""

from quote_lookup import by_quote


def test_a_plural_noun_before_its_verb_is_no_cue():
    text = (
        "SPOKANE, Wash. (AP) — Revenue estimates shape the size of every school budget in "
        "the state, from teacher pay to bus routes. Mayor Dana Whitlock said the county "
        "could lose $4 million.\n"
    )
    got = by_quote(text)
    assert set(got) == {"the county could lose $4 million"}


def test_found_with_a_state_stopped_writing_and_a_passive_shown_are_no_statements():
    text = (
        "SPOKANE, Wash. (AP) — The survey lists 80 culverts that inspectors found missing "
        "from the county's books. Many lenders have already stopped writing new mortgages "
        "there. Clubs faced few rules on how scores are shown online.\n\n"
        "Mayor Dana Whitlock said the county could lose $4 million.\n"
    )
    got = by_quote(text)
    assert set(got) == {"the county could lose $4 million"}


def test_a_bodys_which_relative_with_a_plain_object_is_its_background():
    text = (
        "OLYMPIA, Wash. (AP) — The Washington State Department of Ecology, which has "
        "proposed new limits on runoff, declined to comment on the lawsuit.\n\n"
        "Farmer Ruth Olsen said the limits would cost her a season.\n"
    )
    got = by_quote(text)
    assert "new limits on runoff" not in got
    assert got["the limits would cost her a season"].speaker == "Ruth Olsen"


def test_said_a_and_asked_someone_for_something_is_one_clause():
    text = (
        "DUBLIN (Reuters) — Colm Rafferty, the club's chairman, said the board had lost "
        "money on the lease and asked the council for help with rates.\n"
    )
    got = by_quote(text)
    quote = "the board had lost money on the lease and asked the council for help with rates"
    assert got[quote].speaker == "Colm Rafferty"


def test_said_a_and_knew_a_quote_reports_a_too():
    text = (
        "DUBLIN (Reuters) — Colm Rafferty, the club's chairman, said the board had met "
        'twice and knew "every parent in the parish."\n'
    )
    got = by_quote(text)
    assert got["the board had met twice"].speaker == "Colm Rafferty"
    assert "every parent in the parish." in got


def test_a_party_members_description_is_the_person_just_named():
    text = (
        "BERLIN (Reuters) — Bavaria's economy minister, Jörg Winkler, wants the tolls "
        'dropped. "We need the bridge open to everyone," the Christian Democrat told '
        "reporters in Munich.\n"
    )
    got = by_quote(text)
    assert got["We need the bridge open to everyone,"].speaker == "Jörg Winkler"


def test_an_acronym_of_a_lower_case_title_is_its_holder():
    text = (
        "MYSURU: Mandya district engineer Suresh Gowda said the bridge was safe. "
        '"We checked every bolt on Monday," the DE said.\n'
    )
    got = by_quote(text)
    assert got["We checked every bolt on Monday,"].speaker == "Suresh Gowda"


def test_the_post_said_after_wrote_on_a_platform_is_the_writer():
    text = (
        "CORK (Reuters) — Council chief executive Mary Walsh wrote on Facebook that the "
        'office would close for a week. "We will reopen on Monday the 9th," the post said.\n'
    )
    got = by_quote(text)
    assert got["We will reopen on Monday the 9th,"].speaker == "Mary Walsh"


def test_a_title_with_its_posts_place_before_the_name_resolves_the_description():
    text = (
        "SARAJEVO (AA) – Türkiye's ambassador in Sarajevo, Kemal Aydın, visited the shelter "
        "on Monday.\n\n"
        "Aydın said the president had called the mayor on Friday. "
        '"The president told her that Türkiye stands with Tuzla," the ambassador said.\n'
    )
    got = by_quote(text)
    assert got["The president told her that Türkiye stands with Tuzla,"].speaker == "Kemal Aydın"


def test_recalled_someone_as_reports_the_description_not_the_object():
    text = (
        "CAPE TOWN — The poet Lerato Dube has died at 79.\n\n"
        "The mayor, Anele Dlamini, recalled him as a man who never missed a council meeting.\n"
    )
    got = by_quote(text)
    assert got["a man who never missed a council meeting"].speaker == "Anele Dlamini"


def test_a_kinship_noun_right_before_the_name_is_the_role():
    text = (
        "CAPE TOWN — The poet Lerato Dube has died at 79.\n\n"
        "Her son Bongani Dube, who flew home from London, said the family was grateful.\n"
    )
    got = by_quote(text)
    assert got["the family was grateful"].role == "son"


def test_broadcaster_is_a_persons_title_before_a_name():
    text = "CAPE TOWN — Writer and broadcaster Pieter Smit said Dube had changed poetry.\n"
    got = by_quote(text)
    assert got["Dube had changed poetry"].role == "Writer and broadcaster"
