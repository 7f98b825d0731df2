"""Round 25 (r25-calib): three more pieces of evidence for the calibrated confidence.

Invented sentences only.  ``confidence.evidence`` now also says whether another person
was named between the speaker's previous mention and the source (``rival``), whether the
statement is a fragment of at most five words (``length``) and whether the speaker is a
person whose gender the module knows (``gender``).  The table's numbers come from
``bench/calibration.py --fit``; these tests check the evidence and the backoff, not the
fitted values (a refit may move them)."""

import pytest

from articles.attribution import confidence as calibration
from articles.attribution import extract
from articles.attribution.model import Candidate


@pytest.fixture
def keys(monkeypatch):
    """extract() recording each statement's evidence, keyed by its quote."""
    seen: dict[tuple[int, int], tuple[str, ...]] = {}
    original = calibration.evidence

    def spy(work, c):
        key = original(work, c)
        seen[c.start, c.end] = key
        return key

    monkeypatch.setattr(calibration, "evidence", spy)

    def run(text: str) -> dict[str, tuple[str, ...]]:
        seen.clear()
        return {s.quote: seen[s.start, s.end] for s in extract(text) if (s.start, s.end) in seen}

    return run


RIVAL = (
    "LAKEVIEW, Ore. (AP) — Fire chief Dana Ruiz said the blaze was contained by noon.\n\n"
    "Her deputy, Tomas Keller, had ordered the evacuation of two streets on Monday.\n\n"
    "“We were lucky with the wind,” she said."
)
CLEAR = (
    "LAKEVIEW, Ore. (AP) — Fire chief Dana Ruiz said the blaze was contained by noon.\n\n"
    "Crews had worked through the night to clear the two streets on Monday.\n\n"
    "“We were lucky with the wind,” she said."
)


def test_a_person_named_between_the_antecedent_and_the_pronoun_is_a_rival(keys):
    got = keys(RIVAL)["We were lucky with the wind,"]
    assert got[2] == "pronoun"
    assert got[4] == "rival"


def test_no_person_named_in_between_is_clear(keys):
    got = keys(CLEAR)["We were lucky with the wind,"]
    assert got[2] == "pronoun"
    assert got[4] == "clear"


def test_a_first_mention_has_no_rival_evidence(keys):
    got = keys(CLEAR)["the blaze was contained by noon"]
    assert got[2] == "named"
    assert got[4] == "-"  # no earlier mention of Dana Ruiz


def test_a_short_reported_clause_is_short(keys):
    text = (
        "The talks had failed, Mayor Lena Ortiz said on Friday.\n\n"
        "Councillor Abe Morrow said he would vote against the new parking fees next week."
    )
    got = keys(text)
    assert got["The talks had failed"][5] == "short"
    assert got["he would vote against the new parking fees next week"][5] == "long"


def test_a_gendered_person_against_an_organisation(keys):
    text = (
        "Mayor Lena Ortiz said the budget would be balanced by the end of the year.\n\n"
        "Harbor Freight Lines said its ships would keep sailing through the winter storms."
    )
    got = keys(text)
    assert got["the budget would be balanced by the end of the year"][6] == "gendered"
    assert got["its ships would keep sailing through the winter storms"][6] == "-"


def test_mark_rivals_is_idempotent_and_skips_candidates_without_a_person():
    c = Candidate(start=0, end=5, kind="indirect", sentence=(0, 5), para=0)
    calibration.mark_rivals([], [c])
    calibration.mark_rivals([], [c])
    assert "rival" not in c.extra
    assert calibration.evidence("x" * 5, c)[4:] == ("-", "short", "-")


def test_backoff_tries_the_new_fields_before_each_old_level():
    levels = calibration.BACKOFF
    assert levels[0] == (0, 1, 2, 3, 4, 5, 6) and levels[-1] == ()
    for i, fields in enumerate(levels):
        if fields[-3:] == (4, 5, 6):
            assert levels[i + 1] == fields[:-3]


def test_a_sparse_cell_backs_off_to_round_24s_cell(monkeypatch):
    key = ("trailing", "direct", "pronoun", "far", "rival", "long", "gendered")
    table = {
        # too few cases in the finest cell: ignored
        "trailing|direct|pronoun|far|rival|long|gendered": (5, 5, 0.857),
        "trailing|direct|pronoun|far": (90, 100, 0.892),
        "": (800, 1000, 0.8),
    }
    monkeypatch.setattr(calibration, "CALIBRATION", table)
    assert calibration.calibrated(key, 0.5) == 0.892
    table["trailing|direct|pronoun|far|rival|long|gendered"] = (15, 20, 0.727)
    assert calibration.calibrated(key, 0.5) == 0.727


def test_every_fitted_cell_has_enough_cases_and_a_value_in_range():
    for cell, (right, n, value) in calibration.CALIBRATION.items():
        assert n >= calibration.MIN_CASES, cell
        assert 0 <= right <= n and 0 < value < 1, cell
        assert cell.count("|") + 1 in (len(f) for f in calibration.BACKOFF if f) or cell == ""


def test_the_floor_keeps_calibrated_values_above_the_caps():
    from articles.attribution.pipeline import NON_ANSWER_CONFIDENCE

    assert calibration.FLOOR > NON_ANSWER_CONFIDENCE
    # a short clause an unnamed source said: often wrong, but no capped non-answer
    (s,) = extract("Officials said the talks failed.")
    assert s.speaker is None and s.confidence > NON_ANSWER_CONFIDENCE
    (s,) = extract("The minister's office declined to comment on the talks.")
    assert s.confidence <= NON_ANSWER_CONFIDENCE
