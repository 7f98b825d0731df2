"""Round 24 (r24-calib): calibrated confidence (articles/attribution/confidence.py).

Invented sentences only.  The values come from a fitted table (bench/calibration.py --fit),
so these tests check its sanity, not its numbers: values in [0, 1], the 0.3 caps kept,
and a name at the cue outranking a pronoun whose antecedent is paragraphs away."""

from quote_lookup import by_quote

from articles.attribution import confidence as calibration
from articles.attribution import extract
from articles.attribution.pipeline import NON_ANSWER_CONFIDENCE

STORY = (
    "PORT ELLIS, Maine (AP) — The town pier will reopen in May, officials said.\n\n"
    "“We have waited long enough,” harbour master Mara Quint said on Tuesday.\n\n"
    "The council approved the repairs by a vote of 6-1 after a two-hour debate.\n\n"
    "Several fishermen had asked for a temporary dock during the work.\n\n"
    "“It is a good day for the harbour,” she said."
)


def test_a_name_at_the_cue_outranks_a_pronoun_paragraphs_away():
    # round 25: with another person named in between (a rival for the pronoun); a
    # pronoun whose antecedent is the last person named is as reliable as a name
    rival = STORY.replace("The council approved", "Council leader Ben Hale's committee approved")
    got = by_quote(rival)
    named = got["We have waited long enough,"]
    pronoun = got["It is a good day for the harbour,"]
    assert named.speaker == pronoun.speaker == "Mara Quint"
    assert named.confidence > pronoun.confidence


def test_evidence_tells_how_the_speaker_was_found():
    seen = {}
    original = calibration.calibrated

    def spy(key, hand):
        seen[key[2:4]] = seen.get(key[2:4], 0) + 1
        return original(key, hand)

    calibration.calibrated = spy
    try:
        extract(STORY)
        extract("“The budget is tight,” Mayor Lena Ortiz said. Ortiz said cuts were likely.")
    finally:
        calibration.calibrated = original
    assert ("named", "sentence") in seen  # harbour master Mara Quint said
    assert ("pronoun", "far") in seen  # she, three paragraphs after Quint
    assert ("unnamed", "sentence") in seen  # officials said
    assert ("surname", "paragraph") in seen  # Ortiz said, a sentence after Lena Ortiz


def test_caps_hold_for_non_answers_questions_and_sourceless_statements():
    text = (
        "The mill is expected to close by June.\n\n"
        "Asked whether the jobs could be saved, Gov. Ruth Anders said she would try.\n\n"
        "The owner, Pell Timber, declined to comment on the plan.\n\n"
        "“We will fight for every job,” Anders said."
    )
    got = by_quote(text)
    capped = [s for s in extract(text) if s.confidence <= NON_ANSWER_CONFIDENCE]
    assert capped  # the sourceless, the question and the non-answer
    assert all(s.source is None or s.kind == "indirect" for s in capped)
    assert got["We will fight for every job,"].confidence > NON_ANSWER_CONFIDENCE
    for s in extract(text):
        if s.source is None:
            assert s.confidence <= NON_ANSWER_CONFIDENCE


def test_values_stay_between_zero_and_one():
    for text in (STORY, "“No,” he said.", "Officials said the road was closed.", "x"):
        for s in extract(text):
            assert 0.0 <= s.confidence <= 1.0


def test_table_cells_are_smoothed_accuracies_with_enough_cases():
    table = calibration.CALIBRATION
    assert "" in table  # the coarsest cell: every uncapped statement
    for cell, (right, n, value) in table.items():
        assert 0 <= right <= n and n >= calibration.MIN_CASES, cell
        assert value == round((right + 1) / (n + 2), 3), cell
        assert 0.0 < value < 1.0


def test_backoff_reaches_a_coarser_cell_and_the_hand_value_without_a_table():
    unseen = ("no-such-sieve", "direct", "named", "sentence")
    assert (
        calibration.calibrated(unseen, 0.42)
        == calibration.CALIBRATION.get("named|sentence", calibration.CALIBRATION[""])[2]
    )
    saved = calibration.CALIBRATION
    calibration.CALIBRATION = {}
    try:
        assert calibration.calibrated(unseen, 0.42) == 0.42
    finally:
        calibration.CALIBRATION = saved
