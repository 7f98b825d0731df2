"""Record the attribution output on every gold set, and list what a change moved.

    .venv/bin/python bench/snapshots.py write DIR [--with-blind]
    .venv/bin/python bench/snapshots.py diff BEFORE_DIR AFTER_DIR [--confidence-only]

``write`` runs the module on the reference article, the PolNeAR dev set (read at run time
from ../shared/eval, never copied here), every bench/heldout*/ set except the blind ones
(``fields.BLIND``) and every bench/probes/ set, one sorted JSON-lines file per set.  Take
one before a rule change and one after: ``diff`` prints every statement added, removed or
changed (speaker, role, country, organisation, kind, cue), so each change can be justified
line by line, and ``diff -r`` of two snapshots proves a speed change byte-identical.
``diff --confidence-only`` checks that nothing but ``confidence`` moved (a calibration
change: ``bench/calibration.py --fit``), exit status 1 otherwise.  A
blind set's lines are never printed, only its count of changes.  A script, not a test:
nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from fields import BLIND, REFERENCE, gold_files  # noqa: E402

from articles.attribution import extract  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "polnear_dev.jsonl"
COMPARED = ["speaker", "speaker_type", "source", "role", "country", "organization", "kind", "cue"]


def gold_sets(*, with_blind: bool) -> dict[str, Path]:
    sets = {"sample_gold": REFERENCE, "polnear_dev": DEV}
    for path in gold_files():
        if with_blind or path.stem not in BLIND:
            sets[path.stem] = path
    return {name: path for name, path in sets.items() if path.exists()}


def write(out: Path, *, with_blind: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, path in gold_sets(with_blind=with_blind).items():
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for statement in extract(doc["text"]):
                record = {"doc": doc["id"], **statement.to_dict()}
                lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        (out / f"{name}.jsonl").write_text("".join(f"{x}\n" for x in sorted(lines)), "utf-8")
        print(f"{name}: {len(lines)} statements")


def _load(path: Path) -> dict[tuple, dict]:
    if not path.exists():
        return {}
    records = (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x)
    return {(r["doc"], r["start"], r["end"]): r for r in records}


def _changes(before: dict[tuple, dict], after: dict[tuple, dict]) -> list[str]:
    lines = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is None and new is not None:
            lines.append(f"  + {key[0]} {new['quote'][:70]!r} -> {new['speaker']}")
        elif new is None and old is not None:
            lines.append(f"  - {key[0]} {old['quote'][:70]!r} -> {old['speaker']}")
        elif old is not None and new is not None:
            moved = [f"{f}: {old.get(f)!r} -> {new.get(f)!r}" for f in COMPARED if old[f] != new[f]]
            if moved:
                lines.append(f"  ~ {key[0]} {old['quote'][:50]!r}: " + "; ".join(moved))
    return lines


def diff(before_dir: Path, after_dir: Path) -> int:
    total = 0
    names = sorted({p.stem for d in (before_dir, after_dir) for p in d.glob("*.jsonl")})
    for name in names:
        lines = _changes(_load(before_dir / f"{name}.jsonl"), _load(after_dir / f"{name}.jsonl"))
        if lines:
            total += len(lines)
            print(
                f"{name}: {len(lines)} changes" + (" (blind: not shown)" if name in BLIND else "")
            )
            if name not in BLIND:
                print("\n".join(lines))
    print(f"total changes: {total}")
    return total


def confidence_only(before_dir: Path, after_dir: Path) -> int:
    """Check that two snapshots differ in ``confidence`` alone (every other field of every
    statement identical, the same statements): a calibration change.  Prints per set how
    many confidences moved; returns the number of statements that differ otherwise."""
    other = 0
    names = sorted({p.stem for d in (before_dir, after_dir) for p in d.glob("*.jsonl")})
    for name in names:
        old, new = _load(before_dir / f"{name}.jsonl"), _load(after_dir / f"{name}.jsonl")
        bad = len(old.keys() ^ new.keys())
        moved = 0
        for key in old.keys() & new.keys():
            a, b = dict(old[key]), dict(new[key])
            moved += a.pop("confidence") != b.pop("confidence")
            bad += a != b
        other += bad
        print(f"{name}: {moved} confidences moved, {bad} statements differ otherwise")
    print(f"statements that differ beyond confidence: {other}")
    return other


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    write_cmd = commands.add_parser("write", help="record every set's output in DIR")
    write_cmd.add_argument("out", type=Path)
    write_cmd.add_argument("--with-blind", action="store_true", help="include the blind sets")
    diff_cmd = commands.add_parser("diff", help="statements that differ between two snapshots")
    diff_cmd.add_argument("before", type=Path)
    diff_cmd.add_argument("after", type=Path)
    diff_cmd.add_argument(
        "--confidence-only",
        action="store_true",
        help="check that only confidence moved (exit status 1 if anything else did)",
    )
    args = parser.parse_args(argv)
    if args.command == "write":
        write(args.out, with_blind=args.with_blind)
    elif args.confidence_only:
        return 1 if confidence_only(args.before, args.after) else 0
    else:
        diff(args.before, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
