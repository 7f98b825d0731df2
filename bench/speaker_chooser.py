"""A learned speaker chooser for ambiguous he/she and descriptor sources: data, fit, CV.

    .venv/bin/python bench/speaker_chooser.py [--dump FILE] [--errors]    # at this version
    .venv/bin/python bench/speaker_chooser.py --first-run /tmp/DIR --dump FILE  # first runs
    .venv/bin/python bench/speaker_chooser.py --load FILE [--also FILE] [--without sieve]
    .venv/bin/python bench/speaker_chooser.py --load FILE --weights  # fit on all, print

For every statement whose source is a he/she or a person description (``the minister``,
``the 52-year-old``) and where at least two people of a compatible gender were named in
the source's paragraph or the three before it (an *ambiguous decision*), the candidate
people are listed with the features of bench/speaker_chooser_features.py and labelled
against the hand gold (the statement paired with a gold statement by score.py's overlap
rule, imported from ../shared/eval/score.py; a candidate is right when its name matches
the gold speaker by score.py's ``names_match``).  Instrumentation only: the pipeline is
run as it is and its registry read once it has finished (``pipeline.assign_roles`` is
wrapped here, nothing in the package changes).

A conditional logit (a softmax over each decision's candidates, L2, full-batch gradient
descent, pure Python) is cross-validated leave-one-SET-out: per held-out set, the sieve's
choice against the model's, the model overriding the sieve only when its top candidate's
probability reaches a gate chosen on the training sets alone (an inner 4-fold split by
set), never on the held-out set.  Training sets: the retired held-out sets and the probes
named in TRAINING_SETS (never a blind set).  A script, not a test: nothing is asserted.

``--first-run DIR``: the same decisions as each set's first run saw them, the package as it
stood in the commit before the one that added the set's gold (``git archive`` into DIR, a
worker process per set importing it; the features are this checkout's), so that the
sieves' errors are those of fresh copy rather than of copy the rules were since fitted to.
``--also FILE``: apply each fold's model and gate to those decisions too (the first-run
model to this version's own decisions).  Round 24's figures: HISTORY.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
# --first-run workers import an earlier version of the package (a copy outside the repo)
if os.environ.get("CHOOSER_CODE"):
    sys.path.insert(0, os.environ["CHOOSER_CODE"])

# (the package before fields: fields puts this checkout first on the path again)
from articles.attribution import EXTRACTOR_VERSION, pipeline  # noqa: E402, I001

try:
    from articles.attribution.text import working_text  # noqa: E402
except ImportError:  # (an earlier version read the text as given)

    def working_text(text: str) -> str:
        return text


import speaker_chooser_features as chooser  # noqa: E402
from fields import load_scorer  # noqa: E402

# the retired held-out sets and the probes, written out (the blind sets are never read)
RETIRED = ["heldout"] + [f"heldout{k}" for k in range(2, 21)]
PROBES = [
    "r20a", "r20b", "r20c", "r20d", "r20e", "r20f",
    "r21a", "r21b", "r21c", "r21d", "r21e", "r21f", "r21g", "r21h",
    "r22a", "r22b", "r22c", "r22d", "r23a", "r23b",
]  # fmt: skip
TRAINING_SETS = {
    **{name: ROOT / "bench" / name / f"{name}_gold.jsonl" for name in RETIRED},
    **{name: ROOT / "bench" / "probes" / name / f"probes_{name}_gold.jsonl" for name in PROBES},
}
GATES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2.0]  # 2.0: never override
L2 = 0.01
STEPS = 300
RATE = 0.5


def _capture():
    """Wrap pipeline.assign_roles so that a run leaves its registry here."""
    original = pipeline.assign_roles
    seen: dict = {"original": original}

    def wrapped(ctx, reg, cands):
        seen["reg"] = reg
        return original(ctx, reg, cands)

    pipeline.assign_roles = wrapped
    return seen


def _by_source(cands: list) -> tuple[list, list[int]]:
    """The candidates with a source by source start, and those starts."""
    keyed = sorted((c.source.start, k, c) for k, c in enumerate(cands) if c.source is not None)
    return [c for _s, _k, c in keyed], [s for s, _k, _c in keyed]


def text_decisions(text: str) -> list[tuple]:
    """(candidate, [(person, features)]) for each ambiguous decision of one text, as the
    module attributes it (for the tests and for reading one article)."""
    seen = _capture()
    try:
        cands = pipeline.run(working_text(text))
    finally:
        pipeline.assign_roles = seen["original"]
    order, starts = _by_source(cands)
    out = []
    for c in cands:
        d = chooser.decision(seen["reg"], order, starts, c)
        if d is not None:
            out.append((c, d))
    return out


def decisions_of(score, seen, doc: dict, set_name: str) -> list[dict]:
    """The ambiguous decisions of one document, each with its labelled candidates."""
    text = doc["text"]
    cands = pipeline.run(working_text(text))
    reg = seen["reg"]
    if not hasattr(reg, "subject_starts"):  # (an earlier version's registry)
        reg.subject_starts = [p for p, _ in reg.subject_events]
    gold = [dict(g, tspan=score.trim(text, g["start"], g["end"])) for g in doc["quotes"]]
    pred = [{"tspan": score.trim(text, c.start, c.end)} for c in cands]
    paired = {pi: gold[gi] for gi, pi in score.match_overlap(gold, pred)}
    order, starts = _by_source(cands)
    out = []
    for pi, c in enumerate(cands):
        g = paired.get(pi)
        if g is None:
            continue
        d = chooser.decision(reg, order, starts, c)
        if d is None:
            continue
        d_src = c.source
        assert d_src is not None  # (a decision has a source)
        gs = g.get("speaker")
        sieve = c.entity if c.speaker_type == "person" else None
        rows = [
            {
                "name": ent.name,
                "x": x,
                "y": bool(gs) and score.names_match(ent.name, gs),
                "sieve": ent is sieve,
            }
            for ent, x in d
        ]
        out.append(
            {
                "set": set_name,
                "version": EXTRACTOR_VERSION,
                "doc": doc["id"],
                "source": d_src.text,
                "quote": text[c.start : c.end][:60],
                "gold": gs,
                "sieve_name": c.speaker,
                "sieve_right": (score.names_match(c.speaker, gs) if gs else c.speaker is None),
                "cands": rows,
            }
        )
    return out


# -- the conditional logit ---------------------------------------------------


def probs(w: list[float], d: dict) -> list[float]:
    scores = [sum(a * b for a, b in zip(w, r["x"], strict=True)) for r in d["cands"]]
    top = max(scores)
    ex = [math.exp(s - top) for s in scores]
    z = sum(ex)
    return [e / z for e in ex]


def fit(data: list[dict]) -> list[float]:
    train = [d for d in data if any(r["y"] for r in d["cands"])]
    n_feat = len(chooser.FEATURES)
    w = [0.0] * n_feat
    if not train:
        return w
    for _step in range(STEPS):
        grad = [L2 * wi for wi in w]
        for d in train:
            p = probs(w, d)
            ys = [r["y"] for r in d["cands"]]
            ny = sum(ys)
            for pk, r, y in zip(p, d["cands"], ys, strict=True):
                coef = (pk - (1.0 / ny if y else 0.0)) / len(train)
                if coef:
                    for j, xj in enumerate(r["x"]):
                        grad[j] += coef * xj
        w = [wi - RATE * gi for wi, gi in zip(w, grad, strict=True)]
    return w


def choose(w: list[float], d: dict, gate: float) -> tuple[bool, bool]:
    """(model right, overridden): the model's top candidate replaces the sieve's choice
    when its probability reaches the gate."""
    p = probs(w, d)
    k = max(range(len(p)), key=p.__getitem__)
    top = d["cands"][k]
    if top["sieve"] or p[k] < gate:
        return d["sieve_right"], False
    return top["y"], True


def tally(w: list[float], data: list[dict], gate: float) -> tuple[int, int, int, int]:
    """(sieve right, model right, fixes, breaks) over data."""
    s = m = fixes = breaks = 0
    for d in data:
        right, _ = choose(w, d, gate)
        s += d["sieve_right"]
        m += right
        fixes += right and not d["sieve_right"]
        breaks += d["sieve_right"] and not right
    return s, m, fixes, breaks


def inner_gate(data: list[dict], sets: list[str]) -> float:
    """The gate with the best net (fixes - breaks) over an inner 4-fold split by set of
    the training sets; 2.0 (never override) unless some gate's net is positive."""
    folds = [sets[k::4] for k in range(4)]
    net = dict.fromkeys(GATES, 0)
    for fold in folds:
        held = [d for d in data if d["set"] in fold]
        w = fit([d for d in data if d["set"] not in fold])
        for gate in GATES:
            _s, _m, fixes, breaks = tally(w, held, gate)
            net[gate] += fixes - breaks
    best = max(GATES, key=lambda g: (net[g], g))
    return best if net[best] > 0 else 2.0


def gold_commit(path: Path) -> str:
    """The commit that added a set's gold (its parent's module never saw that gold)."""
    rel = str(path.relative_to(ROOT))
    out = subprocess.run(
        ["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%H", "--", rel],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return out[-1]


def first_run(scratch: Path) -> list[dict]:
    """Each set's decisions as the module stood just before its gold was added (the
    package exported from git into scratch, the features read from this checkout's
    bench/speaker_chooser_features.py; a worker process per set)."""
    data: list[dict] = []
    for name, path in TRAINING_SETS.items():
        commit = gold_commit(path)
        code = scratch / f"code-{commit[:10]}"
        if not code.exists():
            code.mkdir(parents=True)
            archive = subprocess.run(
                [
                    "git",
                    "-C",
                    str(ROOT),
                    "archive",
                    f"{commit}^",
                    "articles/__init__.py",
                    "articles/attribution",
                ],
                capture_output=True,
                check=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
        out = scratch / f"first-{name}.jsonl"
        env = dict(os.environ, CHOOSER_CODE=str(code))
        done = subprocess.run(
            [sys.executable, __file__, "--worker", name, "--dump", str(out)],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            print(f"{name}: worker failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        data.extend(json.loads(line) for line in out.open(encoding="utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write the decisions as JSON lines")
    parser.add_argument("--load", type=Path, help="read decisions dumped before")
    parser.add_argument("--weights", action="store_true", help="fit on all sets, print")
    parser.add_argument("--errors", action="store_true", help="print CV fixes and breaks")
    parser.add_argument(
        "--also",
        type=Path,
        help="decisions (dumped) each fold's model and gate are also applied to",
    )
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="FEATURE",
        help="leave a feature out (zeroed), e.g. --without sieve",
    )
    parser.add_argument(
        "--kind",
        choices=["pronoun", "description"],
        help="only the decisions of he/she sources, or of descriptions",
    )
    parser.add_argument("--worker", help="(internal) one set's decisions, --dump them")
    parser.add_argument(
        "--first-run",
        type=Path,
        metavar="SCRATCH",
        help="decisions of each set's first run (earlier code under SCRATCH)",
    )
    args = parser.parse_args(argv)
    if args.worker:
        score = load_scorer()
        seen = _capture()
        path = TRAINING_SETS[args.worker]
        data = []
        for line in path.open(encoding="utf-8"):
            data.extend(decisions_of(score, seen, json.loads(line), args.worker))
        with args.dump.open("w", encoding="utf-8") as fh:
            for d in data:
                fh.write(json.dumps(d) + "\n")
        return 0
    if args.first_run:
        data = first_run(args.first_run)
    elif args.load:
        data = [json.loads(line) for line in args.load.open(encoding="utf-8")]
    else:
        score = load_scorer()
        seen = _capture()
        data = []
        for name, path in TRAINING_SETS.items():
            for line in path.open(encoding="utf-8"):
                data.extend(decisions_of(score, seen, json.loads(line), name))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for d in data:
                fh.write(json.dumps(d) + "\n")
    sets = list(TRAINING_SETS)
    also = [json.loads(line) for line in args.also.open(encoding="utf-8")] if args.also else []
    if args.kind:
        pronoun = args.kind == "pronoun"
        data, also = (
            [d for d in ds if (d["source"].lower() in {"he", "she"}) == pronoun]
            for ds in (data, also)
        )
    for name in args.without:
        j = chooser.FEATURES.index(name)
        for d in data + also:
            for r in d["cands"]:
                r["x"][j] = 0.0
    n_c = sum(len(d["cands"]) for d in data)
    reach = sum(any(r["y"] for r in d["cands"]) for d in data)
    print(f"{len(data)} ambiguous decisions, {n_c} candidates, gold speaker among them {reach}")
    if args.weights:
        w = fit(data)
        for name, wi in zip(chooser.FEATURES, w, strict=True):
            print(f"    {name!r}: {wi:.3f},")
        return 0
    print(f"{'held-out set':14s} {'n':>4s} {'gate':>5s} {'sieve':>6s} {'model':>6s} fix brk")
    tot = [0, 0, 0, 0, 0]
    also_tot = [0, 0, 0, 0, 0]
    by_gate = {g: [0, 0] for g in GATES}
    argmax_right = 0  # the model's top candidate, always taken (no gate)
    for name in sets:
        held = [d for d in data if d["set"] == name]
        rest = [d for d in data if d["set"] != name]
        if not held:
            print(f"{name:14s} {0:4d}")
            continue
        gate = inner_gate(rest, [s for s in sets if s != name])
        w = fit(rest)
        s, m, fixes, breaks = tally(w, held, gate)
        for d in held:
            p = probs(w, d)
            argmax_right += d["cands"][max(range(len(p)), key=p.__getitem__)]["y"]
        for g in GATES:
            _s, _m, f, b = tally(w, held, g)
            by_gate[g][0] += f
            by_gate[g][1] += b
        if args.errors:
            for d in held:
                right, over = choose(w, d, gate)
                if over and right != d["sieve_right"]:
                    tag = "FIX" if right else "BREAK"
                    print(
                        f"   {tag} {d['doc']} {d['source']!r} sieve={d['sieve_name']!r} "
                        f"gold={d['gold']!r} {d['quote']!r}"
                    )
        gs = "never" if gate > 1 else f"{gate:.2f}"
        row = f"{name:14s} {len(held):4d} {gs:>5s} {s:6d} {m:6d} {fixes:3d} {breaks:3d}"
        for k, v in enumerate((len(held), s, m, fixes, breaks)):
            tot[k] += v
        if also:
            held_also = [d for d in also if d["set"] == name]
            a = (len(held_also), *tally(w, held_also, gate))
            for k, v in enumerate(a):
                also_tot[k] += v
            row += f"   | {a[0]:4d} {a[1]:6d} {a[2]:6d} {a[3]:3d} {a[4]:3d}"
            if args.errors:
                for d in held_also:
                    right, over = choose(w, d, gate)
                    if over and right != d["sieve_right"]:
                        tag = "FIX" if right else "BREAK"
                        print(
                            f"   also {tag} {d['doc']} {d['source']!r} sieve={d['sieve_name']!r}"
                            f" gold={d['gold']!r} {d['quote']!r}"
                        )
        print(row)
    row = f"{'total':14s} {tot[0]:4d} {'':>5s} {tot[1]:6d} {tot[2]:6d} {tot[3]:3d} {tot[4]:3d}"
    if also:
        row += "   | " + " ".join(f"{v:4d}" for v in also_tot)
    print(row)
    print(f"the model's top candidate always taken: right {argmax_right} of {tot[0]}")
    print("summed over folds at each fixed gate (for reading only; not used to choose):")
    for g in GATES:
        label = "never" if g > 1 else f"{g:.2f}"
        print(f"  gate {label:>5s}: fixes {by_gate[g][0]:3d} breaks {by_gate[g][1]:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
