"""Golden files: each golden/<name>.txt yields exactly golden/<name>.expected.jsonl.

After a deliberate change to the extractor, regenerate and review the diff:

    .venv/bin/python tests/attribution/regenerate.py && git diff tests/attribution/golden
"""

import json
from pathlib import Path

import pytest

from articles.attribution import extract

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.txt"))


def test_there_are_golden_articles():
    assert len(CASES) >= 4


@pytest.mark.parametrize("name", CASES)
def test_golden(name):
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    expected_path = GOLDEN / f"{name}.expected.jsonl"
    assert expected_path.exists(), "run tests/attribution/regenerate.py"
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines()]
    got = [s.to_dict() for s in extract(text)]
    for e in expected:
        assert text[e["start"] : e["end"]] == e["quote"]
    assert got == expected, "output changed: review, then run tests/attribution/regenerate.py"
