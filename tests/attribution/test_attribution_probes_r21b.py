"""Probe round 21 r21b (bench/probes/r21b: Ukraine-Russia talks in Istanbul, an EU
sanctions veto, G7 finance ministers on frozen Russian assets): the general error classes
found there, each tested on invented copy that differs from the probe articles. Each test
failed before its rule (guards say so)."""

from quote_lookup import by_quote


def test_a_request_for_anonymity_is_no_statement_whatever_its_reason():
    # "who asked not to be named in order to speak freely" / "so as not to …": how the
    # source spoke, not what was said
    text = (
        "Port deal collapses\n\n"
        "A diplomat, who asked not to be named in order to speak freely, said the summit "
        "was off.\n\n"
        "A banker, who asked not to be identified so as not to upset clients, said rates "
        "would rise.\n"
    )
    got = by_quote(text)
    assert set(got) == {"the summit was off", "rates would rise"}, got


def test_a_restrictive_anonymity_clause_ends_before_the_subjects_own_speech_verb():
    # no commas: "An aide who asked not to be identified said …" - the aide's "said" closes
    # the relative clause; the request itself is no statement
    text = (
        "Port deal collapses\n\n"
        "An aide who asked not to be identified said the minister was furious.\n\n"
        "A second official who requested anonymity said the talks would resume.\n\n"
        "One trader who declined to be named told Reuters the cargo had been diverted.\n\n"
        "A clerk who asked not to be named because she was not authorized to speak said "
        "the files were missing.\n"
    )
    got = by_quote(text)
    assert set(got) == {
        "the minister was furious",
        "the talks would resume",
        "the cargo had been diverted",
        "the files were missing",
    }
    assert all(s.speaker is None for s in got.values())


def test_a_told_after_a_relative_clause_report_is_the_subjects_own():
    # "A nurse who said patients were hurt told …": both reports, each its own (the
    # sentence's "told" after a noun closed nothing before)
    text = "Hospital inquiry\n\nA nurse who said patients were hurt told the board she had quit.\n"
    got = by_quote(text)
    assert "patients were hurt" in got
    assert "she had quit" in got


def test_a_group_from_both_sides_closes_the_clause_it_reports():
    # "…, officials from both sides said": the group (its complement names no body) is the
    # subject of a closing attribution, so "agreed to …" inside the clause reports nothing
    text = (
        "Rail talks\n\n"
        "The unions agreed to suspend the strike, officials from both sides said.\n\n"
        "The ministers pledged to meet again, senior diplomats in both capitals said.\n"
    )
    got = by_quote(text)
    assert set(got) == {
        "The unions agreed to suspend the strike",
        "The ministers pledged to meet again",
    }
    assert got["The unions agreed to suspend the strike"].speaker is None


def test_a_closing_attribution_may_end_in_a_long_event_phrase():
    # "said after their first face-to-face meeting in more than a year": an event as the
    # time of the saying, longer than the short adverbial a closing cue allowed
    text = (
        "Border talks\n\n"
        "The two governments agreed Monday to reopen three crossings but failed to settle "
        "the dispute over fishing rights, officials said after their first face-to-face "
        "meeting in more than a decade.\n"
    )
    got = by_quote(text)
    assert set(got) == {
        "The two governments agreed Monday to reopen three crossings but failed to settle "
        "the dispute over fishing rights"
    }


def test_a_comparative_manner_before_a_colon_credits_its_subject():
    # "Her Danish counterpart, Lars Holm, was blunter: “…”" / "was more cautious:": the
    # subject of the manner speaks, not the last speaker
    text = (
        "Fishing row\n\n"
        'Fisheries Minister Anna Berg said the quota was "a disgrace" and called for new '
        "talks.\n\n"
        'Her Danish counterpart, Lars Holm, was blunter: "This quota will empty our '
        'harbours."\n\n'
        'The mayor of Skagen, Peter Lund, was far more cautious: "We need to see the details '
        'first."\n'
    )
    got = by_quote(text)
    assert got["This quota will empty our harbours."].speaker == "Lars Holm"
    assert got["We need to see the details first."].speaker == "Peter Lund"


def test_a_participles_subject_is_no_object_of_a_preposition():
    # "declined to comment on the Hungarian demands, telling …": "the Hungarian" (a
    # nationality noun) before "demands" follows "on", so it is no subject of a verb
    # "demands"; the spokeswoman tells
    text = (
        "Trade row\n\n"
        "Ministry spokesman Karl Weiss declined to comment on the Hungarian demands, telling "
        'reporters that the ministry would not negotiate "through the press."\n'
    )
    got = by_quote(text)
    assert got["through the press."].speaker == "Karl Weiss"


def test_which_after_an_appositive_on_a_body_is_the_body():
    # "Norbank, a private bank in Geneva, which has warned …": "which" is the body the
    # appositive describes, not the appositive's place or noun
    text = (
        "Gold reserves\n\n"
        "Most of the gold is stored at Norbank, a private bank in Geneva, which has warned "
        "that moving it could take years.\n\n"
        "The plant is run by Veltra, a company based in Lyon, which has said the leak was "
        "minor.\n"
    )
    got = by_quote(text)
    assert got["moving it could take years"].speaker == "Norbank"
    assert got["the leak was minor"].speaker == "Veltra"


def test_a_hyphenated_think_tank_described_by_its_city_gives_the_country():
    # "the Rhine Forum, a Berlin think-tank": British spelling of "think tank"; the body's
    # city gives its economist's country
    text = (
        "Rates outlook\n\n"
        "Paul Weber, chief economist at the Rhine Forum, a Berlin think-tank, said rates "
        "would rise.\n"
    )
    got = by_quote(text)
    assert got["rates would rise"].country == "DE"


def test_a_former_post_then_now_at_a_body_works_for_that_body():
    # "a former Fed official now with the Brookings Institution": the body one is at now,
    # not the past post's
    text = (
        "Inflation outlook\n\n"
        "John Hale, a former Fed official now with the Brookings Institution, said inflation "
        "would fall.\n\n"
        "Ann Rees, a former Treasury official, said rates would rise.\n"
    )
    got = by_quote(text)
    assert got["inflation would fall"].organization == "Brookings Institution"
    assert got["rates would rise"].organization == "Treasury"  # (guard: no "now")


def test_a_counterparts_demonym_before_a_title_is_the_persons_country_through_he():
    # "Berg's Danish counterpart, deputy minister Lars Holm, said … what he called “…”":
    # the demonym of the counterpart appositive is his country also when reached by "he"
    text = (
        "Fishing row\n\n"
        "Norway's fisheries minister, Anna Berg, said the quota was fair.\n\n"
        "Berg's Danish counterpart, deputy minister Lars Holm, said the deal was possible only "
        'once Norway accepted what he called "the science on the ground."\n'
    )
    got = by_quote(text)
    assert got["the science on the ground."].speaker == "Lars Holm"
    assert got["the science on the ground."].country == "DK"
