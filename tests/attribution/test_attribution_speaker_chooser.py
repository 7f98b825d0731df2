"""Round 24, r24-chooser: the learned speaker chooser's bench code (not wired in: its
cross-validation showed no gain, HISTORY "Round 24").  Feature extraction on invented
articles (none from any gold set), the description heads, the conditional logit and its
gate on toy decisions, and the training list naming no blind set.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import speaker_chooser as sc  # noqa: E402
import speaker_chooser_features as feats  # noqa: E402

TWO_WOMEN = """Mayor Ruth Alvarez met Council President Dana Whitcombe at City Hall on Monday to \
talk about the budget.

Alvarez said the city could not afford new hires this year. "We have to be careful with \
every dollar," she said.
"""

ONE_WOMAN = """Mayor Ruth Alvarez met Governor Tom Brandt at City Hall on Monday to talk about \
the budget.

Alvarez said the city could not afford new hires this year. "We have to be careful with \
every dollar," she said.
"""

TWO_OFFICIALS = """Governor Tom Brandt toured the flooded valley on Tuesday.

Hours later Mayor Luis Ortega spoke to reporters outside the town library. "The water came \
up faster than anyone expected," the mayor said.
"""


def _features(text: str, source: str) -> dict[str, dict[str, float]]:
    found = [d for c, d in sc.text_decisions(text) if c.source.text == source]
    assert len(found) == 1, found
    return {ent.name: dict(zip(feats.FEATURES, x, strict=True)) for ent, x in found[0]}


def test_two_women_are_one_ambiguous_decision():
    people = _features(TWO_WOMEN, "she")
    assert set(people) == {"Ruth Alvarez", "Dana Whitcombe"}
    ruth, dana = people["Ruth Alvarez"], people["Dana Whitcombe"]
    # the speaker going on: resolve's choice, named last, the last speaker, same paragraph
    assert ruth["sieve"] == ruth["latest"] == ruth["last_speaker"] == 1.0
    assert ruth["last_speaker_para"] == 1.0 and ruth["gender_known"] == 1.0
    # the other woman: met as an object in the paragraph before, never a subject since
    assert dana["sieve"] == dana["latest"] == dana["last_speaker"] == 0.0
    assert dana["object"] == 1.0
    assert dana["para_back"] > ruth["para_back"]
    assert dana["subject_back"] == 1.0 and dana["subject_near"] == 0.0


def test_one_person_of_the_gender_is_no_decision():
    assert [c.source.text for c, _d in sc.text_decisions(ONE_WOMAN)] == []


def test_description_title_read_in_the_mentions_own_sentence():
    people = _features(TWO_OFFICIALS, "the mayor")
    # "Mayor Luis Ortega" carries the title; the governor's sentence ends before "Mayor"
    assert people["Luis Ortega"]["title_match"] == 1.0
    assert people["Tom Brandt"]["title_match"] == 0.0


def test_description_heads_and_genders():
    assert feats.description_head("the minister") == "minister"
    assert feats.description_head("the 52-year-old") == "52"
    assert feats.description_head("The 19-year-old rookie") == "19"
    assert feats.description_head("the weather") is None
    assert feats.description_head("minister") is None

    def cand(kind: str, text: str, gender: str | None = None):
        return SimpleNamespace(source=SimpleNamespace(kind=kind, text=text, gender=gender))

    assert feats.source_gender(cand("pronoun", "she", "f")) == "f"
    assert feats.source_gender(cand("pronoun", "they")) is None
    assert feats.source_gender(cand("group", "the spokeswoman")) == "f"
    assert feats.source_gender(cand("group", "the minister")) == ""
    assert feats.source_gender(cand("group", "the weather")) is None
    assert feats.source_gender(cand("name", "Ruth Alvarez")) is None


def _toy(right_first: bool, sieve_first: bool) -> dict:
    """Two candidates; the right one is named last (feature "latest")."""
    n = len(feats.FEATURES)
    latest = feats.FEATURES.index("latest")
    rows = []
    for k in range(2):
        x = [0.0] * n
        right = (k == 0) == right_first
        x[latest] = 1.0 if right else 0.0
        rows.append({"name": f"P{k}", "x": x, "y": right, "sieve": (k == 0) == sieve_first})
    return {"set": "toy", "cands": rows, "sieve_right": right_first == sieve_first}


def test_conditional_logit_learns_and_gates():
    data = [_toy(k % 2 == 0, True) for k in range(20)]
    w = sc.fit(data)
    assert w[feats.FEATURES.index("latest")] > 1.0
    wrong_sieve = _toy(False, True)  # the sieve took P0, the one named last is P1
    assert sc.choose(w, wrong_sieve, 0.6) == (True, True)  # overridden: a fix
    assert sc.choose(w, wrong_sieve, 2.0) == (False, False)  # the gate "never"
    right_sieve = _toy(True, True)
    assert sc.choose(w, right_sieve, 0.6) == (True, False)  # agrees: left alone
    assert sc.tally(w, [wrong_sieve, right_sieve], 0.6) == (1, 2, 1, 0)


def test_training_sets_name_no_blind_set():
    assert len(sc.TRAINING_SETS) == 40
    assert not any(name in {"heldout21", "heldout22"} for name in sc.TRAINING_SETS)
    assert all(
        "heldout21" not in str(p) and "heldout22" not in str(p) for p in sc.TRAINING_SETS.values()
    )
