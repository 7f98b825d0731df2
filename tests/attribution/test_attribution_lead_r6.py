"""Session 6, the lead's fixes: invented wire-copy sentences for general errors found
while reading the dev set's wrong speakers (no dev text is copied here)."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_an_organisations_document_speaks_for_it():
    s = by_quote("“Growth will slow,” the IMF report said.")["Growth will slow,"]
    assert (s.speaker, s.speaker_type, s.organization) == ("IMF", "organization", "IMF")
    s = by_quote("An Acme Corp. filing said profits fell.")["profits fell"]
    assert (s.speaker, s.speaker_type) == ("Acme Corp", "organization")
    s = by_quote("The Supreme Court ruling said the law was valid.")["the law was valid"]
    assert s.speaker == "Supreme Court"


def test_a_document_of_an_unnamed_or_unsure_owner_stays_unnamed():
    s = by_quote("The central bank report stated that growth would slow.")["growth would slow"]
    assert s.speaker is None and s.source == "The central bank report"
    # a campaign's report: the campaign is unnamed, not "Trump"
    s = by_quote("The Trump campaign's report said the rally was peaceful.")[
        "the rally was peaceful"
    ]
    assert s.speaker is None
    # a lone capitalised word may be a person or a place: no guess
    s = by_quote("A Harvard study found that sleep matters.")["sleep matters"]
    assert s.speaker is None


def test_a_cue_noun_before_a_speech_verb_is_the_subject():
    ss = by_quote("A new U.N. report said the famine was spreading.")
    s = ss["the famine was spreading"]
    assert (s.speaker, s.cue) == ("U.N.", "said")
    assert s.organization == "UN"
    assert len(ss) == 1  # no statement "said the famine …" with the cue "report"
    # the verb is still a verb: "Officials report that …"
    s = by_quote("Officials report that the road is closed.")["the road is closed"]
    assert s.cue == "report"


def test_a_participial_aside_between_subject_and_verb_is_skipped():
    s = by_quote(
        "Officials familiar with the talks, speaking after the meeting, said a deal was close."
    )["a deal was close"]
    assert s.source == "Officials familiar with the talks" and s.speaker is None
    s = by_quote("Residents of the town, including many farmers, say the dam is unsafe.")[
        "the dam is unsafe"
    ]
    assert s.source == "Residents of the town"


def test_a_participle_between_subject_and_verb_reports_what_the_subject_said():
    s = by_quote("Lena Cho, arguing that the tax was unfair, voted against the budget.")[
        "the tax was unfair"
    ]
    assert (s.speaker, s.cue) == ("Lena Cho", "arguing")
    s = by_quote("The union, warning that talks had failed, called a strike for Monday.")[
        "talks had failed"
    ]
    assert s.source == "The union" and s.cue == "warning"
    # a past participle there is no statement: "called to service" is what was done
    assert not extract(
        "National Guard members, called to service by the governor, are patrolling the area."
    )


def test_a_group_modified_by_a_participle_is_the_subject():
    s = by_quote("Doctors treating the patients said they were stable.")["they were stable"]
    assert s.source == "Doctors treating the patients" and s.speaker is None
    ss = by_quote("Witnesses describing the scene said the car was speeding.")
    assert list(ss) == ["the car was speeding"]
    assert ss["the car was speeding"].source == "Witnesses describing the scene"


def test_a_participle_modifying_the_opening_noun_is_no_statement():
    assert not extract("Residents reporting damage should call the city hotline.")
    assert not extract("Under the plan, families reporting income above $90,000 would pay more.")
    # with a subject of its own it is speech: "with officials saying …"
    s = by_quote("He left, with officials saying the deal was close.")["the deal was close"]
    assert s.source == "officials" and s.cue == "saying"


def test_a_passive_inside_an_according_to_clause_is_part_of_it():
    ss = by_quote("He is expected to appear in court on Monday, according to a police statement.")
    assert ss["He is expected to appear in court on Monday"].source == "a police statement"
    assert "to appear in court on Monday" not in ss


def test_a_platform_after_a_prepositional_cue_is_where_not_what():
    ss = by_quote("Brandt weighed in on social media, writing that the plan was “a disgrace.”")
    assert "social media" not in ss and "a disgrace." in ss
    assert not extract("The governor commented on Twitter.")
    # a topic stays the content
    assert "the debate" in by_quote("The senator weighed in on the debate, saying it was a draw.")
    assert "Twitter's decision to ban him" in by_quote(
        "The governor commented on Twitter's decision to ban him."
    )


def test_a_first_name_has_one_gender_unless_it_really_has_two():
    from articles.attribution import lexicons as lx

    # "Jean" is Jean-Claude and Jean Shaheen, "Kim" Kim Beazley and Kim Reynolds;
    # "Nancy", "Kellyanne", "Mette" are women; round 14: the names listed as given to
    # both sexes (Jordan, Morgan …) on purpose
    both = lx.MALE_NAMES & lx.FEMALE_NAMES
    assert both == {"jean", "kim"} | lx.UNISEX_NAMES


def test_releasing_a_statement_is_not_the_statement():
    assert not extract("The company released a statement late Sunday.")
    ss = by_quote("Acme Corp. released a statement on Sunday saying the plant would close.")
    assert list(ss) == ["the plant would close"]
    assert ss["the plant would close"].speaker == "Acme Corp"


def test_a_company_named_with_a_possessive_keeps_it_before_a_title():
    s = by_quote("Moody's chief economist, Mark Zandi, said growth would slow.")[
        "growth would slow"
    ]
    assert (s.speaker, s.role, s.organization) == ("Mark Zandi", "chief economist", "Moody's")
    s = by_quote("Lena Park, McDonald's chief executive, said sales rose.")["sales rose"]
    assert s.organization == "McDonald's"
    s = by_quote("“Rates will stay high,” said Lena Park, an analyst at Moody’s.")[
        "Rates will stay high,"
    ]
    assert s.organization == "Moody’s"
    s = by_quote("Sales fell. McDonald's said sales rose.")["sales rose"]
    assert (s.speaker, s.speaker_type) == ("McDonald's", "organization")
    # a person's possessive stays a person's
    s = by_quote("Ms. Moody’s comments Tuesday on the shooting drew criticism.")["the shooting"]
    assert s.source == "Moody"
