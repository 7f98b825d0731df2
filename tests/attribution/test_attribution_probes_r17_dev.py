"""Probe round 17: error classes seen on the development set, by our own convention
(invented copy: new names, places and topics)."""

from articles.attribution import extract

# -- a transcript turn holding a quoted title stays its speaker's statement --------------

TRANSCRIPT = (
    "Partial transcript as follows:\n\n"
    "\"HOLLOWAY: Let's start with the budget vote. Why did the council reject the plan?\n\n"
    "\"MARSH: Well, look, the council apparently thinks this is an episode of “Dragon's "
    "Den.” But this is Brenton, Tom. It's serious business. The residents have an "
    "important choice to make.\n\n"
    '"HOLLOWAY: Will the mayor be there tomorrow?\n\n'
    '"MARSH: The mayor will not be attending the meeting tomorrow night.\n'
)


def test_quote_inside_a_transcript_turn_is_part_of_the_turn():
    found = {s.quote: s for s in extract(TRANSCRIPT)}
    turn = next(q for q in found if q.startswith("Well, look, the council"))
    assert turn.endswith("an important choice to make.")
    assert found[turn].speaker == "MARSH"
    assert "Dragon's Den." not in found  # the quoted title is the speaker's own words


def test_guard_plain_turns_stay_as_before():  # guard: passes before the fix
    found = {s.quote: s.speaker for s in extract(TRANSCRIPT)}
    assert found["The mayor will not be attending the meeting tomorrow night."] == "MARSH"
    assert found["Will the mayor be there tomorrow?"] == "HOLLOWAY"


# -- a cue inside a relative clause with its own subject ends before the main verb --------


def test_relative_clause_with_its_own_subject_ends_before_the_main_verb():
    text = (
        "One of the reasons that Dana Vale refuses to publish the audit may be that it "
        "would show large debts to the port authority.\n"
    )
    found = {s.quote: s for s in extract(text)}
    assert found["to publish the audit"].speaker == "Dana Vale"


def test_guard_that_clause_of_a_speech_verb_stays_whole():  # guard: passes before the fix
    text = "Officials said that the mayor had refused to publish the audit of the port.\n"
    found = {s.quote for s in extract(text)}
    assert "the mayor had refused to publish the audit of the port" in found


# -- "asked X, an appositive with a preposition, to …": the request is reported ----------


def test_request_to_an_object_with_a_prepositional_appositive():
    text = (
        "The Marsh campaign has asked Channel 9's Dana Whitlow, the moderator for "
        "Tuesday's debate, to fact-check Governor Tom Reed during the forum at Kessler "
        "College.\n"
    )
    found = {s.quote: s for s in extract(text)}
    s = found["to fact-check Governor Tom Reed during the forum at Kessler College"]
    assert s.source == "The Marsh campaign"


def test_guard_request_with_a_short_object_stays_as_before():  # guard: passes before
    text = "Senator Ruth Oakes asked the county board to delay the vote until May.\n"
    found = {s.quote: s.speaker for s in extract(text)}
    assert found["to delay the vote until May"] == "Ruth Oakes"


# -- 'The “…” reference was …': a quoted term naming words said elsewhere ---------------


def test_quoted_term_modifying_a_remark_noun_is_no_statement():
    text = (
        "He offered no proof that Hart had a role in the permit. The “secret deal” "
        "reference was apparently about a land swap approved in 2019.\n"
    )
    assert "secret deal" not in {s.quote for s in extract(text)}


def test_guard_partial_quote_after_a_cue_stays():  # guard: passes before the fix
    text = "Vale said the reference to a “secret deal” was a lie told by his rivals.\n"
    assert "secret deal" in {s.quote for s in extract(text)}


# -- "wrote in 2019 for families in that situation.": "that" determines the last noun -----


def test_that_determining_the_last_noun_after_an_adverbial_opens_no_clause():
    text = "Please read the two guides she wrote in 2019 for families in that situation.\n"
    assert "situation" not in {s.quote for s in extract(text)}


def test_guard_that_clause_after_an_adverbial_stays():  # guard: passes before the fix
    text = "The mayor said in an interview on Friday that the plan was dead.\n"
    assert "the plan was dead" in {s.quote for s in extract(text)}
