"""Round 14, the lead's probes: invented EU and wire copy."""

from articles.attribution import extract


def test_a_participle_of_motive_after_the_cue_is_the_writer_s():
    text = (
        "EU delays AI rules\n\n"
        "BRUSSELS (AP) — The European Union will delay the strictest rules of its AI law "
        "by a year, the European Commission said Wednesday, bowing to pressure from "
        "industry.\n\n"
        "The ministry said the plan would go ahead, reversing months of opposition.\n"
    )
    assert [s.quote for s in extract(text)] == [
        "The European Union will delay the strictest rules of its AI law by a year",
        "the plan would go ahead",
    ]


def test_a_headline_finding_with_a_describing_word():
    for headline, cue in (
        ("Daily aspirin offers no heart benefit for older adults, large study finds", "finds"),
        ("Daily aspirin offers no heart benefit for older adults, new study says", "says"),
    ):
        text = headline + "\n\nTaking aspirin every day does not prevent heart attacks.\n"
        first = extract(text)[0]
        assert first.quote == "Daily aspirin offers no heart benefit for older adults"
        assert (first.speaker, first.source, first.cue) == (None, "study", cue)
    # (a describing word before any other source is no headline's: "Oz's big, big boss")
    text = "The head of the network and Oz's big, big boss indicated as much in an email."
    assert extract(text) == []


def test_a_joined_they_is_the_group_that_spoke():
    text = (
        "Officials said the road would reopen Monday, but they warned that delays could last weeks."
    )
    assert [(s.quote, s.source) for s in extract(text)] == [
        ("the road would reopen Monday", "Officials"),
        ("delays could last weeks", "Officials"),
    ]


def test_a_club_by_its_last_word_keeps_a_saint_s_abbreviation():
    text = (
        "Hawks rally past Rams\n\n"
        "DENVER (AP) — The Denver Hawks beat the St. Louis Rams 27-24 on Sunday.\n\n"
        'Rams coach Mike Tolliver was blunt. "We stopped playing," he said.\n'
    )
    s = extract(text)[0]
    assert (s.speaker, s.organization) == ("Mike Tolliver", "St. Louis Rams")
