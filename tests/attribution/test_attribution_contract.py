"""The public contract: extract(), Statement, EXTRACTOR_VERSION and the CLI."""

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

import articles.attribution as attribution
from articles.attribution import EXTRACTOR_VERSION, Statement, extract

ROOT = Path(__file__).resolve().parents[2]
FIELDS = [
    "quote", "start", "end", "kind", "speaker", "speaker_type", "source", "speaker_start",
    "speaker_end", "role", "country", "organization", "cue", "confidence",
]  # fmt: skip
SAMPLE = '"We will not back down," Jane Okafor, the mayor of Lagos, said on Monday.'


def test_exports():
    assert set(attribution.__all__) == {"extract", "Statement", "EXTRACTOR_VERSION"}
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION.count(".") == 2


def test_statement_is_frozen_with_exact_fields():
    assert [f.name for f in dataclasses.fields(Statement)] == FIELDS
    st = extract(SAMPLE)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        st.quote = "x"  # type: ignore[misc]
    assert list(st.to_dict()) == FIELDS


def test_empty_and_blank():
    assert extract("") == []
    assert extract("   \n\n ") == []


def test_offsets_and_sorting():
    text = SAMPLE + '\n\nOfficials said the plan would cost $2 million. "It is a start," she added.'
    out = extract(text)
    assert out == sorted(out, key=lambda s: s.start)
    for st in out:
        assert text[st.start : st.end] == st.quote
        assert st.kind in {"direct", "partial", "indirect"}
        assert 0.0 <= st.confidence <= 1.0
        if st.speaker_start is not None:
            assert text[st.speaker_start : st.speaker_end] == st.source


def test_simple_direct_quote():
    st = extract(SAMPLE)[0]
    assert st.quote == "We will not back down,"
    assert st.kind == "direct"
    assert st.speaker == "Jane Okafor"
    assert st.speaker_type == "person"
    assert st.role == "mayor of Lagos"
    assert st.cue == "said"


def test_no_django_import():
    code = "import sys, articles.attribution as a; a.extract('x'); print('django' in sys.modules)"
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.stdout.strip() == "False", res.stderr


def test_cli(tmp_path):
    good = tmp_path / "story-one.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9 \xab bad \xbb".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    res = subprocess.run(
        [sys.executable, "-m", "articles.attribution", str(missing), str(bad), str(good)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert res.returncode != 0
    assert "missing.txt" in res.stderr and "latin1.txt" in res.stderr
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert lines and all(rec["doc"] == "story-one" for rec in lines)
    assert set(lines[0]) == {"doc", *FIELDS}


def test_cli_success_status(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "articles.attribution", str(good)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0
    assert json.loads(res.stdout.splitlines()[0])["speaker"] == "Jane Okafor"


def test_cli_partial_spans_clause(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("He said that Clinton’s “only experience” was her attempt to hide.", "utf-8")
    run = [sys.executable, "-m", "articles.attribution"]
    quote = subprocess.run([*run, str(f)], cwd=ROOT, capture_output=True, text=True)
    clause = subprocess.run(
        [*run, "--partial-spans=clause", str(f)], cwd=ROOT, capture_output=True, text=True
    )
    assert json.loads(quote.stdout.splitlines()[0])["quote"] == "only experience"
    assert json.loads(clause.stdout.splitlines()[0])["quote"].startswith("Clinton’s “only")


def failing_run(text, partial_spans="quote"):
    raise IndexError("list index out of range")


def test_an_internal_error_is_logged_and_gives_no_statements(monkeypatch, caplog):
    # Fault injected one stage inside extract(): no real input makes it fail today (the
    # robustness tests fail on any swallowed error), but a future bug must not stop a batch.
    monkeypatch.setattr(attribution.pipeline, "run", failing_run)
    assert extract(SAMPLE) == []
    assert "attribution failed on a 73-character text" in caplog.text


def test_an_internal_error_propagates_when_the_caller_asks(monkeypatch):
    monkeypatch.setattr(attribution.pipeline, "run", failing_run)
    with pytest.raises(IndexError, match="out of range"):
        extract(SAMPLE, raise_errors=True)
    assert extract(SAMPLE[:0], raise_errors=True) == []  # empty text: nothing to fail on
