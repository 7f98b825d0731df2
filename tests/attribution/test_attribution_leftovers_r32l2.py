"""Round 32, r32-l2: leftovers of round 32's helpers. Invented copy only (no sentence of a
probe, a held-out set or the PolNeAR dev set)."""

from quote_lookup import by_quote


def test_told_her_and_a_noun_before_a_comma_is_an_object_not_a_cue():
    # "because she had not told her employer, said …": "her employer" is the whole object,
    # no reported clause, so the aside does not swallow the sentence's own statement
    text = (
        "KELOWNA, B.C. — Families at a downtown daycare were told on Friday to find other "
        "care.\n\n"
        "One father, who asked that his name not be used because he had not told his "
        "manager, said he might have to quit.\n\n"
        "A grandmother, who asked not to be identified because she had not told her "
        "landlord, said the fees had doubled.\n"
    )
    got = by_quote(text)
    assert got["he might have to quit"].speaker is None
    assert got["the fees had doubled"].speaker is None
    assert not any("landlord" in q for q in got)


def test_an_institution_with_a_relative_aside_estimates_that():
    # "The museum, which …, estimates that A": a museum, gallery or cathedral speaks as a
    # body (a group noun), so an ambiguous cue in -s with a "that" clause is its verb
    text = (
        "GLASGOW — The Kelvinside Gallery will charge for its summer exhibitions.\n\n"
        "The gallery, which draws about 90,000 visitors a year, estimates that the fee "
        "will bring in £250,000.\n\n"
        "The minster, which reopened in 2019, estimates that the roof will need new lead.\n"
    )
    got = by_quote(text)
    assert "the fee will bring in £250,000" in got
    assert got["the fee will bring in £250,000"].speaker == "Kelvinside Gallery"


def test_a_subordinate_clause_with_its_own_subject_is_inside_the_that_clause():
    # "estimates that A will B once it is built": "it is" has its own subject, so it is no
    # main verb after a noun "estimates that A" (the verb reading stands)
    text = (
        "HOBART — The port authority, which runs three wharves, estimates that the new "
        "berth will pay for itself once it is finished.\n"
    )
    got = by_quote(text)
    assert "the new berth will pay for itself once it is finished" in got


def test_not_everyone_at_an_institution_agreed_is_no_statement():
    text = (
        "YORK — Danby General Hospital will close its maternity ward in May.\n\n"
        "Not everyone at the hospital agreed with the decision. Two midwives said the "
        "ward was safe.\n"
    )
    got = by_quote(text)
    assert "the decision" not in got
    assert "the ward was safe" in got


def test_that_before_a_quantifier_or_a_plural_opens_a_clause_not_an_object():
    # "found that only about one in four …" / "found that tenants who …": no demonstrative
    # "that" stands before a quantifier, a number or a plural noun, so the clause runs on
    # past "at least" (not cut there as a noun-phrase object's adjunct)
    text = (
        "DAYTON, Ohio — A 2023 study by the transit board found that only about one in "
        "five Ohio commuters who lost a bus route rode the tram at least twice a week.\n\n"
        "The audit found that tenants who moved out paid the fee at least once a year.\n"
    )
    got = by_quote(text)
    assert (
        "only about one in five Ohio commuters who lost a bus route rode the tram at least "
        "twice a week" in got
    )
    assert "tenants who moved out paid the fee at least once a year" in got


def test_a_headlines_two_word_listener_after_tells_is_no_statement():
    # "…, witness tells fraud trial" / "…, mayor tells council meeting": the words after
    # "tells" are whom the speaker addressed; the clause before the comma is reported
    text = (
        "Harbour board skipped two safety audits, inspector tells bribery trial\n\n"
        "KINGSTON, Jamaica — A trial opened on Monday in the Home Circuit Court.\n"
    )
    got = by_quote(text)
    assert "Harbour board skipped two safety audits" in got
    assert "bribery trial" not in got
    text = (
        "Depot closure will cost 40 jobs, mayor tells council meeting\n\n"
        "TIMARU, New Zealand — The mayor of Timaru spoke for an hour on Tuesday.\n"
    )
    got = by_quote(text)
    assert "Depot closure will cost 40 jobs" in got
    assert "meeting" not in got


def test_a_pollster_working_for_a_client_is_the_source():
    # "A survey by Novus for Swedish Radio found": the pollster speaks (a body), the
    # client after "for" is not part of its name ("Institute for Fiscal Studies" is)
    text = (
        "OSLO — Support for the tunnel has fallen.\n\n"
        "A poll by Norstat for NRK found that 44 percent of voters backed the tunnel.\n\n"
        "According to a survey by Respons for the newspaper Aftenposten, most drivers "
        "opposed the toll.\n\n"
        "A report by the Centre for Transport Studies found that traffic fell.\n"
    )
    got = by_quote(text)
    poll = got["44 percent of voters backed the tunnel"]
    assert (poll.speaker, poll.speaker_type, poll.organization) == (
        "Norstat",
        "organization",
        "Norstat",
    )
    assert got["most drivers opposed the toll"].speaker == "Respons"
    assert got["traffic fell"].speaker == "Centre for Transport Studies"


def test_a_demonym_before_a_short_form_is_a_national_body_not_the_world_one():
    # "The Finnish federation said" after "the International Biathlon Federation": the
    # country's own federation (unnamed), not the world body, which gets no FI from it
    text = (
        "HELSINKI — The International Biathlon Federation (IBF) fined two teams on "
        "Friday.\n\n"
        "The IBF said the rifles had not been checked.\n\n"
        "The Finnish federation said it would pay the fine.\n"
    )
    got = by_quote(text)
    national = got["it would pay the fine"]
    assert national.speaker is None
    assert national.country == "FI"
    world = got["the rifles had not been checked"]
    assert world.speaker == "International Biathlon Federation"
    assert world.country != "FI"
