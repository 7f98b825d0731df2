"""Round 20, probes D: error classes read off three invented probe articles
(bench/probes/r20d), each fixed as a general rule and tested here on other invented
sentences (fictional people and bodies)."""

from articles.attribution import extract


def by_quote(text: str) -> dict:
    return {s.quote: s for s in extract(text)}


# --- countries -----------------------------------------------------------------------


def test_georgia_state_body_under_us_dateline_is_the_states():
    # "the Georgia Department of X" under a U.S. dateline: the state, not the country
    out = by_quote(
        "Storm closes interstate\n\n"
        "VALDOSTA, Ga. (AP) — Flooding closed a stretch of Interstate 75 on Sunday, "
        "officials said.\n\n"
        "A spokesman for the Georgia Department of Transportation, Carl Benning, said crews "
        "would work through the night."
    )
    s = out["crews would work through the night"]
    assert (s.speaker, s.organization, s.country) == (
        "Carl Benning",
        "Georgia Department of Transportation",
        "US",
    )


def test_georgia_ministry_abroad_keeps_the_country():
    # guard: with no U.S. dateline the Georgian body stays the country's
    out = by_quote(
        "TBILISI (Reuters) - A spokesman for the Georgia Ministry of Defence, Levan Abashidze, "
        "said the drills would end on Friday."
    )
    assert out["the drills would end on Friday"].country == "GE"


def test_age_then_place_of_origin_gives_the_country():
    # "X, 29, from Cork," / "X, 41, from Toronto,": a hometown abroad after an age
    out = by_quote(
        "Festival called off\n\n"
        "LONDON — Organisers cancelled the festival on Monday, a spokesman said.\n\n"
        "Aoife Brennan, 29, from Cork, said she had already paid for her ferry.\n\n"
        "Mark Tully, 41, from Toronto, said he would ask his bank for the money back."
    )
    assert out["she had already paid for her ferry"].country == "IE"
    assert out["he would ask his bank for the money back"].country == "CA"


# --- speakers ------------------------------------------------------------------------


def test_the_sheriffs_office_is_the_county_sheriffs_office_named_before():
    # "the sheriff's office said" / "according to the sheriff's office": the one office
    # written with the holder's title ("Fremont County Sheriff's Office")
    out = by_quote(
        "Inmate escapes\n\n"
        "RIVERTON, Wyo. (AP) — An inmate escaped from a county jail early Tuesday, officials "
        "said.\n\n"
        "The Fremont County Sheriff’s Office said in a statement that the man had climbed a "
        "fence during a transfer.\n\n"
        "“We are asking residents to lock their doors,” the sheriff’s office said.\n\n"
        "The man had a long criminal record, according to the sheriff’s office."
    )
    for quote in (
        "We are asking residents to lock their doors,",
        "The man had a long criminal record",
    ):
        assert out[quote].speaker == "Fremont County Sheriff’s Office"


def test_the_mayors_office_is_not_the_sheriffs_office():
    # guard: another holder's office names no body of the article
    out = by_quote(
        "Inmate escapes\n\n"
        "RIVERTON, Wyo. (AP) — The Fremont County Sheriff’s Office said the man had climbed a "
        "fence during a transfer.\n\n"
        "The town would pay for extra patrols, the mayor’s office said."
    )
    assert out["The town would pay for extra patrols"].speaker is None


def test_the_band_again_after_the_band_named_by_its_description():
    # "The band, who sold out …, posted …" then "'…,' the band said": the band named
    # before (an arena and a website named in between are no band)
    out = by_quote(
        "Silver Arrows cancel arena tour\n\n"
        "The Silver Arrows have cancelled their 20-date European arena tour.\n\n"
        "The band, who sold out the O2 Arena in minutes last year, posted the news on "
        "Instagram on Monday.\n\n"
        "‘We are devastated to let you down,’ the band said. ‘We will be back.’"
    )
    assert out["We are devastated to let you down,"].speaker == "Silver Arrows"
    assert out["We will be back."].speaker == "Silver Arrows"


def test_the_company_is_the_owner_of_a_chief_executive_not_an_agency():
    # "X's chief executive, Y," names company X even when X is never written in full;
    # an agency that spoke ("according to NASA") is no company
    out = by_quote(
        "Satellite lost after launch\n\n"
        "A small rocket carrying a weather satellite failed to reach orbit on Thursday.\n\n"
        "The Kestrel rocket lifted off from Wallops Island at 9 a.m. No one was hurt, "
        "according to NASA.\n\n"
        "Brightline Launch’s chief executive, Mara Quist, posted on X soon after. “Bad day,” "
        "she wrote.\n\n"
        "In a statement later in the day, the company said the second stage had shut down "
        "early."
    )
    assert out["the second stage had shut down early"].speaker == "Brightline Launch"


def test_cue_noun_after_two_modifiers_is_no_cue():
    # "an off-duty security detail, but said …": "detail" is a noun (a determiner and two
    # modifiers before it), so the chief keeps the statement
    out = by_quote(
        "Fire at warehouse\n\n"
        "DAYTON, Ohio (AP) — A fire destroyed a warehouse on Sunday, officials said.\n\n"
        "“It spread very fast,” Dayton Fire Chief Lena Marsh said.\n\n"
        "The chief declined to name the guard, a veteran who was working an off-duty security "
        "detail at the mall, but said he had been placed on leave."
    )
    s = out["he had been placed on leave"]
    assert (s.speaker, s.cue) == ("Lena Marsh", "said")


# --- organisations -------------------------------------------------------------------


def test_publications_editor_names_the_publication():
    # "Harbinger's editor, X,": a one-word possessor before a publication's officer
    out = by_quote(
        "Magazine stands by story\n\n"
        "The profile appeared in Harbinger magazine last week.\n\n"
        "Harbinger’s editor, Carl Yates, said the story was accurate."
    )
    assert out["the story was accurate"].organization == "Harbinger"


def test_a_persons_editor_names_no_organisation():
    # guard: the possessor is a person the article names
    out = by_quote(
        "New novel\n\n"
        "The novelist Maya Trent will publish a new book in May, she said on Monday.\n\n"
        "Trent’s editor, Ann Bell, said the book was her best."
    )
    assert out["the book was her best"].organization is None


# --- spans ---------------------------------------------------------------------------


def test_urged_object_with_relative_clause_keeps_only_the_infinitive():
    # "urged anyone who saw the crash to call" / "warned fans who had booked trains not to
    # cancel": the object's relative clause is no part of the request
    out = by_quote(
        "Crash closes road\n\n"
        "LONDON — The consumer group Fair Play warned fans who had booked trains not to cancel "
        "them yet.\n\n"
        "Police urged anyone who saw the crash to call them."
    )
    assert "not to cancel them yet" in out
    assert "to call them" in out


# --- roles ---------------------------------------------------------------------------


def test_band_members_titles_are_roles_of_the_one_band():
    # "The frontman, X," / "The band's frontwoman, Y,": a band member's title, and the
    # one band the story named
    out = by_quote(
        "Band splits\n\n"
        "The Silver Arrows have split up.\n\n"
        "The frontman, Liam Cole, said he was sorry.\n\n"
        "The band’s frontwoman, Ava Lind, said she was relieved."
    )
    cole = out["he was sorry"]
    assert (cole.role, cole.organization) == ("frontman", "Silver Arrows")
    assert out["she was relieved"].role == "frontwoman"
