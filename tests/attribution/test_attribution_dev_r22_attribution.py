"""Round 22, dev set (attribution and reported-speech recall): general constructions read
off the PolNeAR dev errors. Every sentence here is invented. Each test failed before its
rule unless marked as a guard."""

from quote_lookup import by_quote


def _speaker(text: str, quote: str) -> str | None:
    got = by_quote(text)
    assert quote in got, sorted(got)
    return got[quote].speaker


# --- a listener between a manner-of-speaking cue and its clause ---------------------------


def test_shouted_to_a_listener_that():
    text = "Dana Whitlock shouted to the marshals that the gate had been left open.\n"
    assert _speaker(text, "the gate had been left open") == "Dana Whitlock"


def test_whispered_joked_mentioned_to_a_listener_that():
    for verb in ("whispered", "joked", "mentioned", "swore"):
        text = f"Councillor Ben Ayodele {verb} to reporters that the budget vote was lost.\n"
        assert _speaker(text, "the budget vote was lost") == "Ben Ayodele", verb


def test_shouted_slogans_is_still_no_clause():
    # guard: the listener rule needs "to"; a bare object of "shouted" is no statement
    text = "Dana Whitlock shouted slogans outside the depot on Friday.\n"
    assert "slogans outside the depot on Friday" not in by_quote(text)


# --- a passive of perception or recording: "was heard saying" -----------------------------


def test_can_be_heard_yelling_to_a_listener_that():
    text = (
        "The footage runs for two minutes. Marla Quinn can be heard yelling to the "
        "guards that her brother had no weapon.\n"
    )
    assert _speaker(text, "her brother had no weapon") == "Marla Quinn"


def test_was_heard_saying_and_recorded_telling():
    text = "Marla Quinn was heard saying that the ferry would not sail.\n"
    assert _speaker(text, "the ferry would not sail") == "Marla Quinn"
    text = "Marla Quinn was recorded telling a neighbour that the ferry would not sail.\n"
    assert _speaker(text, "the ferry would not sail") == "Marla Quinn"


def test_caught_on_tape_saying():
    text = "Mayor Olin Brandt was caught on tape saying the contract was rigged.\n"
    assert _speaker(text, "the contract was rigged") == "Olin Brandt"


def test_an_active_perception_verb_is_not_the_passive():
    # guard: "We heard X saying": the one heard is the object, not the subject "We"
    text = "We heard the pilots saying the runway was closed.\n"
    got = by_quote(text)
    assert all(s.speaker != "We" for s in got.values())


# --- a coordinated subject: a body named in full, then a described one ----------------------


def test_named_body_and_a_described_body_the_first_speaks():
    text = "The Harbor Gazette and the union said the closure was rushed.\n"
    assert _speaker(text, "the closure was rushed") == "Harbor Gazette"


def test_named_body_and_a_chain_with_a_participle_cue():
    text = (
        "The Harbor Gazette and the Leland newspaper chain asked a judge to open the "
        "files, arguing the records were needed to inform readers.\n"
    )
    assert _speaker(text, "the records were needed to inform readers") == "Harbor Gazette"


def test_a_lone_word_before_and_the_is_still_not_read_as_the_first_conjunct():
    # guard: "a study by Yale and the …": the lone word is no first speaker
    text = "A study by Yale and the county said the closure was rushed.\n"
    assert _speaker(text, "the closure was rushed") is None


# --- a negated "resist" / "help" before a cue in -ing -------------------------------------


def test_could_not_resist_pointing_out_that():
    text = "Inspector Gail Moreno could not resist pointing out that the alarm had been off.\n"
    assert _speaker(text, "the alarm had been off") == "Gail Moreno"


def test_could_not_help_noting_that():
    text = "Inspector Gail Moreno couldn’t help noting that the alarm had been off.\n"
    assert _speaker(text, "the alarm had been off") == "Gail Moreno"


def test_resisted_saying_is_no_statement():
    # guard: un-negated, "resisted saying" says nothing
    text = "Inspector Gail Moreno resisted saying that the alarm had been off.\n"
    assert "the alarm had been off" not in by_quote(text)


# --- a relative clause set off by dashes --------------------------------------------------


def test_name_dash_who_says():
    for dash in ("--", "—", "-"):
        text = f"Tessa Lindqvist {dash} who says the levy is unfair {dash} voted against it.\n"
        assert _speaker(text, "the levy is unfair") == "Tessa Lindqvist", dash


def test_document_dash_which_notes_that():
    text = (
        "The report -- which notes that nine depots missed their targets -- was "
        "published on Monday.\n"
    )
    got = by_quote(text)
    assert "nine depots missed their targets" in got
    assert got["nine depots missed their targets"].speaker is None


def test_comma_relative_still_reads_the_name():
    # guard: the comma-set relative clause is read as before
    text = "Tessa Lindqvist, who says the levy is unfair, voted against it.\n"
    assert _speaker(text, "the levy is unfair") == "Tessa Lindqvist"


# --- a sentence connective is no body described by an appositive --------------------------


def test_connective_before_a_described_document_is_no_speaker():
    text = (
        "Harlow Freight published a study on Monday. However, the study, which notes that "
        "nine depots missed their targets, should be a warning.\n"
    )
    got = by_quote(text)
    assert "nine depots missed their targets" in got
    speaker = got["nine depots missed their targets"].speaker
    assert speaker is None or "However" not in speaker


# --- a lone quantifier as the subject of a cue that can be a noun ---------------------------


def test_some_note_that():
    text = "But some note that the harbour plan has never been costed.\n"
    got = by_quote(text)
    assert "the harbour plan has never been costed" in got


def test_many_claim_that():
    text = "Many claim that the harbour plan has never been costed.\n"
    assert "the harbour plan has never been costed" in by_quote(text)


# --- "even as" interrupting a reported clause ----------------------------------------------


def test_even_as_aside_between_subject_and_verb_keeps_the_clause():
    text = (
        "But some note that Mayor Pia Lund -- even as she says the budget is balanced -- "
        "has borrowed heavily.\n"
    )
    got = by_quote(text)
    whole = "Mayor Pia Lund -- even as she says the budget is balanced -- has borrowed heavily"
    assert whole in got, sorted(got)


def test_even_as_after_the_clause_ends_it_before_even():
    text = "Critics said the tunnel was late, even as Mayor Pia Lund insisted it was on time.\n"
    got = by_quote(text)
    assert "the tunnel was late" in got, sorted(got)
