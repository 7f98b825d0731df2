"""How well ``confidence`` predicts a right statement, and the table that calibrates it.

    .venv/bin/python bench/calibration.py [GOLD.jsonl ...] [--by-sieve] [--summary-only]
    .venv/bin/python bench/calibration.py --cv      # leave-one-set-out, before vs after
    .venv/bin/python bench/calibration.py --fit     # rewrite confidence.CALIBRATION

Each prediction of ``extract()`` is paired with the gold by score.py's overlap rule (the
scorer is imported from ../shared/eval/score.py, as bench/fields.py does) and labelled
RIGHT when it matches a gold statement and its speaker is right: score.py's name rule for
a named gold speaker; a gold with no named speaker needs a null predicted speaker (an
editor approving "officials said" as some named person's would publish a wrong name).
Anything else is WRONG: spurious, or the wrong speaker.

For each set it prints per confidence bucket (0.1 wide) the count, mean confidence and
accuracy, the expected calibration error (ECE: the bucket-weighted mean gap between
confidence and accuracy) and, at thresholds 0.5 / 0.7 / 0.8 / 0.9, the precision of the
statements at or above it and the share of all right statements they cover.  "before" is
the hand-set confidence of the sieves, "after" the calibrated one
(``articles/attribution/confidence.py``).

Default gold files (training sets, named explicitly): the reference article, the retired
held-out sets bench/heldout … bench/heldout26 and every bench/probes/ set; PolNeAR dev is
reported apart (its conventions differ: reported, never fitted).  A blind set is read only
through ``--summary-only`` (one aggregate line, nothing per statement).
A script, not a test: nothing is asserted.

Adding a set (a new probe, a retired held-out set): name it in PROBES or RETIRED and
give FIRST_RUN its first-run commit (the module it was first run with), then

    .venv/bin/python bench/calibration.py --cv --fit

prints leave-one-set-out figures and rewrites the table.  The fit is deterministic: the
same FIRST_RUN gives the same table byte for byte, whatever table confidence.py held
before (the first-run driver empties it); check with ``bench/snapshots.py diff
--confidence-only`` that nothing but confidence moved.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from fields import REFERENCE, load_scorer  # noqa: E402

from articles.attribution import (  # noqa: E402
    EXTRACTOR_VERSION,
    extract,
    pipeline,  # noqa: E402
)
from articles.attribution import confidence as calibration  # noqa: E402
from articles.attribution.pipeline import NON_ANSWER_CONFIDENCE  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "polnear_dev.jsonl"
# heldout33, heldout34, heldout35, heldout36, heldout37 and heldout38 are blind: never listed
# (heldout24, heldout25 and heldout26 retired in round 27, heldout27 in round 28, heldout29
# in round 29, heldout30 and heldout31 in round 31, heldout28 and heldout32 in round 32)
RETIRED = [
    "heldout",
    *(f"heldout{i}" for i in range(2, 28)),
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
]
PROBES = [
    *(f"r20{x}" for x in "abcdef"),
    *(f"r21{x}" for x in "abcdefgh"),
    *(f"r22{x}" for x in "abcd"),
    *(f"r23{x}" for x in "ab"),
    "r24a",
    *(f"r25{x}" for x in "abcdefgh"),  # each new probe here, its first-run commit in FIRST_RUN
    *(f"r26{x}" for x in "abcdef"),
    *(f"r27{x}" for x in "abcdefghi"),
    *(f"r28{x}" for x in "abcdegno"),
    *(f"r29{x}" for x in "abcdejk"),
    *(f"r31{x}" for x in "abcd"),
    "r32a",
    "r32b",
    "r32c",
]
# The module has been fixed on every training set's errors, so on those sets its output
# today is far better than on copy it has never seen (heldout21: 155/163 right at 1.31.0
# after its retirement, 127/162 at its first run).  A table fitted there would promise
# an accuracy new copy does not have.  The table is therefore fitted on each recent set's
# FIRST-RUN output: the module as it was at the commit that added the set's gold (the
# gold is always committed before the module first runs on it; `git log --diff-filter=A
# -- GOLD`), run on that set's texts and labelled with today's gold.
FIRST_RUN = {
    "heldout14": "796cdc2f", "heldout15": "7d943b96", "heldout16": "e64775ab",
    "heldout17": "7f7ac0f4", "heldout18": "e30b493a", "heldout19": "adf227d4",
    "heldout20": "329af569", "heldout21": "454dd3ca",
    "probes_r20a": "456e1ce3", "probes_r20b": "c04135f8", "probes_r20c": "c6e077ba",
    "probes_r20d": "456e1ce3", "probes_r20e": "43dac933", "probes_r20f": "9b5b6271",
    "probes_r21a": "49f65d8e", "probes_r21b": "a6008368", "probes_r21c": "f62933f6",
    "probes_r21d": "970aa375", "probes_r21e": "8df34c7a", "probes_r21f": "562a39e7",
    "probes_r21g": "7155d44e", "probes_r21h": "0cb06fb7", "probes_r22a": "7297ea12",
    "probes_r22b": "f9efcfb2", "probes_r22c": "34c601a4", "probes_r22d": "d91aa658",
    "probes_r23a": "55782f07", "probes_r23b": "1dab4e51",
    "heldout22": "a2698d51", "probes_r24a": "57114cf0",
    "probes_r25a": "f9cf598c", "probes_r25b": "755f21d6", "probes_r25d": "96fa5707",
    "probes_r25c": "a2fa1165", "probes_r25f": "c6a04cc3",
    "probes_r25g": "f2cbbd40", "probes_r25e": "2c9508d1",
    "probes_r25h": "4f09f6ae", "heldout23": "1329c635",
    "probes_r26a": "b3b74cdc", "probes_r26b": "e471d7ec", "probes_r26c": "2f752c47",
    "probes_r26d": "792745ea", "probes_r26e": "a31c5f19", "probes_r26f": "cfd46808",
    "heldout24": "7bc82f65", "heldout25": "7f66a6c2", "heldout26": "bdc75988",
    "probes_r27a": "5cc721af", "probes_r27b": "43e532e0", "probes_r27c": "076e1281",
    "probes_r27d": "24b742bd", "probes_r27e": "2db952b6", "probes_r27f": "890933b4",
    "probes_r27g": "5543aec0", "probes_r27h": "8bd77859", "probes_r27i": "2ac2c51f",
    "heldout27": "4957f11c", "probes_r28a": "97e0baa3", "probes_r28b": "5626e93a",
    "probes_r28c": "90d2e5c4", "probes_r28d": "af5717f0", "probes_r28e": "13dff188",
    "probes_r28g": "ed4b9944", "probes_r28n": "211df5dc", "probes_r28o": "6e8cbc73",
    "heldout29": "6ffa2a71", "heldout30": "fa152448", "heldout31": "958e6798",
    "probes_r29a": "e8526d6f",
    "probes_r29b": "82fb89e8", "probes_r29c": "764aedef", "probes_r29d": "9f17a801",
    "probes_r29e": "aa6c4fa4", "probes_r29j": "9073ed53", "probes_r29k": "95ad8b7c",
    "probes_r31a": "c6e2b029", "probes_r31b": "b7c62732", "probes_r31d": "00d97176",
    "probes_r31c": "1d87287c", "heldout28": "aa7abb4f", "heldout32": "6a2aac5c",
    "probes_r32a": "e2f3a829", "probes_r32b": "e2f3a829", "probes_r32c": "e2f3a829",
}  # fmt: skip
THRESHOLDS = (0.5, 0.7, 0.8, 0.9)
CONFIDENCE_PY = ROOT / "articles" / "attribution" / "confidence.py"


def training_files() -> list[Path]:
    return [
        REFERENCE,
        *(ROOT / "bench" / name / f"{name}_gold.jsonl" for name in RETIRED),
        *(ROOT / "bench" / "probes" / p / f"probes_{p}_gold.jsonl" for p in PROBES),
    ]


class Row:
    """One predicted statement: its evidence, hand confidence, cap and label."""

    __slots__ = ("key", "hand", "capped", "right", "set")

    def __init__(self, key, hand, capped, right, set_name):
        self.key, self.hand, self.capped = key, hand, capped
        self.right, self.set = right, set_name


def _recording_extract(text: str) -> list[tuple[dict, tuple, bool]]:
    """extract() with the table switched off, recording each statement's evidence."""
    seen: list[tuple[tuple, bool]] = []
    original_to_statement = pipeline.to_statement
    original_calibrated = calibration.calibrated
    original_table = calibration.CALIBRATION
    current: dict = {}

    def calibrated(key, hand):
        current["uncapped"] = True
        return hand

    def to_statement(text_, work, c):
        current.clear()
        statement = original_to_statement(text_, work, c)
        seen.append((calibration.evidence(work, c), "uncapped" not in current))
        return statement

    pipeline.to_statement = to_statement
    calibration.calibrated = calibrated
    calibration.CALIBRATION = {}
    try:
        statements = extract(text)
    finally:
        pipeline.to_statement = original_to_statement
        calibration.calibrated = original_calibrated
        calibration.CALIBRATION = original_table
    assert len(seen) == len(statements)
    return [(s.to_dict(), key, capped) for s, (key, capped) in zip(statements, seen, strict=True)]


def rows_of(score, path: Path, commit: str | None = None) -> list[Row]:
    """Labelled rows of a gold file: today's module, or the one of ``commit``."""
    rows = []
    name = path.stem.removesuffix("_gold")
    old = first_run_predictions(path, commit) if commit else None
    for d, line in enumerate(path.open(encoding="utf-8")):
        doc = json.loads(line)
        text = doc["text"]
        gold = []
        for g in doc["quotes"]:
            ts = score.trim(text, g["start"], g["end"])
            gold.append(dict(g, tspan=ts if ts[0] < ts[1] else (g["start"], g["end"])))
        preds = old[d] if old is not None else _recording_extract(text)
        pred = []
        for p, _, _ in preds:
            ts = score.trim(text, p["start"], p["end"])
            pred.append({"tspan": ts if ts[0] < ts[1] else None, "speaker": p["speaker"]})
        matched = {pi: gi for gi, pi in score.match_overlap(gold, pred)}
        for pi, (p, key, capped) in enumerate(preds):
            right = False
            if pi in matched:
                g = gold[matched[pi]]
                if g.get("speaker"):
                    right = score.names_match(p["speaker"], g["speaker"])
                else:
                    right = not p["speaker"]
            rows.append(Row(key, p["confidence"], capped, right, name))
    return rows


# the module of an old commit, run in a child process on a set's texts: one JSON line
# per document, [statement dict, evidence] per statement.  Today's confidence.py (which an
# old tree lacks, or has in an older form) is copied into it; its mark_rivals runs where
# today's run() ends (the old run() never calls it); its table is emptied, so that a
# module that already calibrates gives its hand-set values and a refit never depends on
# the table it replaces.  An old pipeline has no caps flag: a confidence of at most 0.3
# is a cap there.
FIRST_RUN_DRIVER = """
import json, sys
from articles.attribution import confidence, extract, pipeline
confidence.CALIBRATION = {}  # hand-set values, as "before"; the fit never reads a table
seen = []
registries = []
original = pipeline.to_statement
original_resolve, original_run = pipeline.resolve, pipeline.run
def resolve(ctx, cands):
    registries.append(original_resolve(ctx, cands))
    return registries[-1]
def run(*args, **kwargs):
    registries.clear()
    cands = original_run(*args, **kwargs)
    if registries:  # as today's pipeline.run ends (idempotent where it already does)
        confidence.mark_rivals(registries[-1].entities, cands)
    return cands
pipeline.resolve, pipeline.run = resolve, run
def to_statement(text, work, c):
    statement = original(text, work, c)
    seen.append(list(confidence.evidence(work, c)))
    return statement
pipeline.to_statement = to_statement
for line in open(sys.argv[1], encoding="utf-8"):
    seen.clear()
    out = extract(json.loads(line)["text"])
    print(json.dumps([[s.to_dict(), k] for s, k in zip(out, seen)]))
"""


def first_run_predictions(path: Path, commit: str) -> list[list[tuple[dict, tuple, bool]]]:
    with tempfile.TemporaryDirectory(prefix="calibration-") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "articles/__init__.py",
             "articles/attribution"],
            check=True, capture_output=True,
        ).stdout  # fmt: skip
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        shutil.copy(CONFIDENCE_PY, Path(tmp, "articles", "attribution", "confidence.py"))
        out = subprocess.run(
            [sys.executable, "-c", FIRST_RUN_DRIVER, str(path.resolve())],
            cwd=tmp, check=True, capture_output=True, text=True,
            env={**os.environ, "PYTHONPATH": tmp},
        ).stdout  # fmt: skip
    return [
        [(p, tuple(key), p["confidence"] <= NON_ANSWER_CONFIDENCE + 1e-9) for p, key in doc]
        for doc in map(json.loads, out.splitlines())
    ]


# -- the table ------------------------------------------------------------------------


def fit(rows: list[Row]) -> dict[str, tuple[int, int, float]]:
    """Smoothed accuracy (right+1)/(n+2) of every cell of every backoff level with at
    least MIN_CASES uncapped statements (capped ones keep their cap)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if r.capped:
            continue
        for fields in calibration.BACKOFF:
            c = counts[calibration.cell(r.key, fields)]
            c[0] += r.right
            c[1] += 1
    return {
        cell: (right, n, round((right + 1) / (n + 2), 3))
        for cell, (right, n) in sorted(counts.items())
        if n >= calibration.MIN_CASES
    }


def after(rows: list[Row], table: dict) -> list[float]:
    saved = calibration.CALIBRATION
    calibration.CALIBRATION = table
    try:
        return [r.hand if r.capped else calibration.calibrated(r.key, r.hand) for r in rows]
    finally:
        calibration.CALIBRATION = saved


# -- figures --------------------------------------------------------------------------


def buckets_of(conf: list[float], right: list[bool]) -> dict[int, list]:
    """Confidence buckets 0.1 wide: bucket -> [count, sum of confidence, count right]."""
    buckets: dict[int, list] = defaultdict(lambda: [0, 0.0, 0])
    for c, r in zip(conf, right, strict=True):
        b = buckets[min(int(c * 10), 9)]
        b[0] += 1
        b[1] += c
        b[2] += r
    return buckets


def ece(conf: list[float], right: list[bool]) -> float:
    n = len(conf)
    buckets = buckets_of(conf, right).values()
    return sum(abs(s / k - ok / k) * k for k, s, ok in buckets) / n if n else 0.0


def at(conf: list[float], right: list[bool], t: float) -> tuple[float, float, int]:
    """(precision, coverage of the right ones, count) of the statements at >= t."""
    sel = [r for c, r in zip(conf, right, strict=True) if c >= t - 1e-9]
    total = sum(right)
    prec = sum(sel) / len(sel) if sel else float("nan")
    return prec, (sum(sel) / total if total else float("nan")), len(sel)


def summary(conf: list[float], right: list[bool]) -> str:
    parts = [f"ECE {100 * ece(conf, right):5.1f}"]
    for t in THRESHOLDS:
        p, cov, n = at(conf, right, t)
        parts.append(f"@{t}: P {100 * p:5.1f} cov {100 * cov:5.1f} (n {n})")
    return "  ".join(parts)


def bucket_table(conf: list[float], right: list[bool]) -> None:
    buckets = buckets_of(conf, right)
    print(f"    {'bucket':9s} {'n':>5s} {'mean conf':>9s} {'accuracy':>8s}")
    for i in sorted(buckets):
        k, s, ok = buckets[i]
        print(f"    {i / 10:.1f}-{(i + 1) / 10:.1f}   {k:5d} {s / k:9.3f} {ok / k:8.3f}")


def report(label: str, rows: list[Row], table: dict, *, by_sieve: bool) -> None:
    right = [r.right for r in rows]
    before = [r.hand for r in rows]
    fitted = after(rows, table)
    print(f"== {label}: {len(rows)} statements, {sum(right)} right")
    for name, conf in (("before", before), ("after", fitted)):
        print(f"  {name:6s} {summary(conf, right)}")
        bucket_table(conf, right)
    if by_sieve:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            groups[r.key[0] + (" (capped)" if r.capped else "")].append(i)
        print(f"    {'sieve':24s} {'n':>5s} {'acc':>6s} {'before':>6s} {'after':>6s}")
        for name, idx in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            acc = sum(right[i] for i in idx) / len(idx)
            mb = sum(before[i] for i in idx) / len(idx)
            ma = sum(fitted[i] for i in idx) / len(idx)
            print(f"    {name:24s} {len(idx):5d} {acc:6.3f} {mb:6.3f} {ma:6.3f}")


def first_run_sets(score) -> dict[str, list[Row]]:
    by_name = {p.stem.removesuffix("_gold"): p for p in training_files()}
    return {name: rows_of(score, by_name[name], commit) for name, commit in FIRST_RUN.items()}


def cross_validate(per_set: dict[str, list[Row]], label: str) -> None:
    """Leave one set out: fit on the others, score the one left out."""
    print(f"leave-one-set-out, {label} (fit on the other sets):")
    head = ("set", "n", "ECE before", "after", "P@0.9 before", "after", "cov@0.9 before", "after")
    print("  {:16s} {:>4s} {:>10s} {:>6s}  {:>12s} {:>6s}  {:>14s} {:>6s}".format(*head))
    pooled_right: list[bool] = []
    pooled_before: list[float] = []
    pooled_after: list[float] = []
    for name, rows in per_set.items():
        train = [r for other, rs in per_set.items() if other != name for r in rs]
        table = fit(train)
        right = [r.right for r in rows]
        before = [r.hand for r in rows]
        fitted = after(rows, table)
        pooled_right += right
        pooled_before += before
        pooled_after += fitted
        pb, cb, _ = at(before, right, 0.9)
        pa, ca, _ = at(fitted, right, 0.9)
        print(f"  {name:16s} {len(rows):4d} {100 * ece(before, right):10.1f} "
              f"{100 * ece(fitted, right):6.1f}  {100 * pb:12.1f} {100 * pa:6.1f}  "
              f"{100 * cb:14.1f} {100 * ca:6.1f}")  # fmt: skip
    print(f"  pooled before: {summary(pooled_before, pooled_right)}")
    print(f"  pooled after:  {summary(pooled_after, pooled_right)}")
    eb = [ece([r.hand for r in rs], [r.right for r in rs]) for rs in per_set.values()]
    ea = [
        ece(after(rs, fit([r for o, x in per_set.items() if o != n for r in x])),
            [r.right for r in rs])
        for n, rs in per_set.items()
    ]  # fmt: skip
    print(f"  mean per-set ECE: before {100 * sum(eb) / len(eb):.1f}, "
          f"after {100 * sum(ea) / len(ea):.1f}")  # fmt: skip


TABLE_RE = re.compile(
    r"(CALIBRATION: dict\[str, tuple\[int, int, float\]\] = )\{.*?\n\}|"
    r"(CALIBRATION: dict\[str, tuple\[int, int, float\]\] = )\{\}",
    re.S,
)


def write_table(table: dict) -> None:
    body = "".join(f'    "{cell}": {value!r},\n' for cell, value in table.items())
    source = CONFIDENCE_PY.read_text(encoding="utf-8")
    head = "CALIBRATION: dict[str, tuple[int, int, float]] = "
    new, n = TABLE_RE.subn(lambda m: head + "{\n" + body + "}", source, count=1)
    if n != 1:
        raise SystemExit(f"no CALIBRATION table found in {CONFIDENCE_PY}")
    CONFIDENCE_PY.write_text(new, encoding="utf-8")
    print(f"wrote {len(table)} cells to {CONFIDENCE_PY.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold JSONL files")
    parser.add_argument("--by-sieve", action="store_true", help="a table per sieve")
    parser.add_argument("--summary-only", action="store_true", help="one line per set")
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out on training")
    parser.add_argument("--fit", action="store_true", help="fit on training, write table")
    args = parser.parse_args(argv)
    score = load_scorer()
    print(f"extractor {EXTRACTOR_VERSION}")
    if args.fit or args.cv:
        first = first_run_sets(score)
        if args.cv:
            today = {p.stem.removesuffix("_gold"): rows_of(score, p) for p in training_files()}
            cross_validate(today, "today's output on every training set (in-sample)")
            cross_validate(first, "first-run output of the recent sets (unseen copy)")
        if args.fit:
            write_table(fit([r for rows in first.values() for r in rows]))
        return 0
    table = calibration.CALIBRATION
    if args.gold:
        for path in args.gold:
            rows = rows_of(score, path)
            right = [r.right for r in rows]
            if args.summary_only:
                print(f"{path.stem}: {len(rows)} statements, {sum(right)} right")
                print(f"  before {summary([r.hand for r in rows], right)}")
                print(f"  after  {summary(after(rows, table), right)}")
            else:
                report(path.stem, rows, table, by_sieve=args.by_sieve)
        return 0
    training = [r for p in training_files() for r in rows_of(score, p)]
    dev = rows_of(score, DEV)
    for label, rows in (("training sets", training), ("PolNeAR dev (not fitted)", dev)):
        if args.summary_only:
            right = [r.right for r in rows]
            print(f"{label}: {len(rows)} statements, {sum(right)} right")
            print(f"  before {summary([r.hand for r in rows], right)}")
            print(f"  after  {summary(after(rows, table), right)}")
        else:
            report(label, rows, table, by_sieve=args.by_sieve)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
