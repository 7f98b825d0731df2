"""Role, country and organisation accuracy of attributed statements against hand gold.

    .venv/bin/python bench/fields.py [GOLD.jsonl ...] [--errors]

score.py measures spans and speakers only; this script measures the other fields an editor
sees.  It pairs predictions with gold statements by score.py's own overlap rule (the
scorer is imported from ../shared/eval/score.py at run time), keeps the pairs whose gold
speaker is named and whose predicted speaker matches it, and compares on those:

- country: the ISO code, exactly (both null counts as right);
- organisation: case, punctuation and a leading "the" ignored; "lenient" also accepts one
  name inside the other ("Acme" / "Acme Corp.") and an organisation speaker's own name
  where the gold leaves it empty (the module's convention, see its README);
- role: case, punctuation, "of", "the", "for", "and" and country words ignored, AP's
  abbreviations read in full ("Sen." = "Senator"), compared as word sets ("Secretary of
  Defense" = "U.S. Defense Secretary"); "lenient" also accepts one set inside the other
  ("spokesman" / "campaign spokesman").

Default gold files: the reference article, every bench/heldout*/ set and every
bench/probes/ set.  ``--errors``
prints each wrong field, except for a set still blind (BLIND): only its figures are read.
A script, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.attribution import EXTRACTOR_VERSION, extract  # noqa: E402
from articles.attribution.lexicons import COUNTRY_OR_DEMONYM  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
REFERENCE = ROOT.parent / "shared" / "eval" / "sample_gold.jsonl"


def gold_files() -> list[Path]:
    """The held-out sets, then the training probes (bench/probes/)."""
    return [
        *sorted(ROOT.glob("bench/heldout*/heldout*_gold.jsonl")),
        *sorted(ROOT.glob("bench/probes/*/probes_*_gold.jsonl")),
    ]


# sets whose errors must not be read (bench/README.md says which sets are blind)
BLIND = {
    "heldout33_gold",
    "heldout34_gold",
    "heldout35_gold",
    "heldout36_gold",
    "heldout37_gold",
    "heldout38_gold",
}
ROLE_STOP = {"of", "the", "for", "and", "s"}
# AP's abbreviated titles, compared as the words they stand for ("Sen." = "Senator")
ROLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "sgt": "sergeant",
    "lt": "lieutenant", "gen": "general", "det": "detective", "supt": "superintendent",
    "insp": "inspector", "col": "colonel", "capt": "captain", "cmdr": "commander",
    "atty": "attorney", "prof": "professor", "adm": "admiral", "maj": "major",
}  # fmt: skip


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold().replace(".", ""))


COUNTRY_WORDS = {w for name in COUNTRY_OR_DEMONYM for w in _words(name)}


def role_words(role: str | None) -> frozenset[str]:
    if not role:
        return frozenset()
    words = (ROLE_ABBREVIATIONS.get(w, w) for w in _words(role))
    return frozenset(w for w in words if w not in ROLE_STOP and w not in COUNTRY_WORDS)


def org_name(org: str | None) -> str:
    words = _words(org or "")
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def same(gold: str, pred: str, lenient: bool) -> bool:
    if gold == pred:
        return True
    return lenient and bool(gold) and bool(pred) and (gold in pred or pred in gold)


def own_organisation(gold: dict, pred: dict) -> bool:
    """An organisation speaking is its own organisation in the module ("the Kremlin said"
    -> organisation Kremlin, so a filter by organisation lists it); golds written before
    round 23 left that field empty (the retired and probe golds write it since)."""
    return (
        not gold.get("organization")
        and pred["speaker_type"] == "organization"
        and org_name(pred["organization"]) == org_name(pred["speaker"])
    )


def same_role(gold: frozenset[str], pred: frozenset[str], lenient: bool) -> bool:
    if gold == pred:
        return True
    return lenient and bool(gold) and bool(pred) and (gold <= pred or pred <= gold)


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "    -"


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def field_pairs(score: ModuleType, doc: dict) -> list[tuple[dict, dict]]:
    """(gold, predicted) statements matched by the overlap rule, with the right speaker."""
    text = doc["text"]
    gold = [dict(g, tspan=score.trim(text, g["start"], g["end"])) for g in doc["quotes"]]
    pred = [s.to_dict() for s in extract(text)]
    for p in pred:
        p["tspan"] = score.trim(text, p["start"], p["end"])
    pairs = []
    for gi, pi in score.match_overlap(gold, pred):
        g, p = gold[gi], pred[pi]
        if g.get("speaker") and score.names_match(p.get("speaker"), g["speaker"]):
            pairs.append((g, p))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold JSONL files")
    parser.add_argument("--errors", action="store_true", help="print wrong fields")
    args = parser.parse_args(argv)
    score = load_scorer()
    golds = args.gold or [REFERENCE, *gold_files()]
    print(f"extractor {EXTRACTOR_VERSION}: fields of right-speaker statements (strict / lenient)")
    print(f"{'gold':22s} {'n':>4s} {'country':>8s} {'organisation':>14s} {'role':>14s}")
    for path in golds:
        right = {k: [0, 0] for k in ("country", "org", "role")}
        n = 0
        blind = path.stem in BLIND
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            for g, p in field_pairs(score, doc):
                n += 1
                checks = {
                    "country": [g.get("country") == p["country"]] * 2,
                    "org": [
                        same(org_name(g.get("organization")), org_name(p["organization"]), x)
                        or (x and own_organisation(g, p))
                        for x in (False, True)
                    ],
                    "role": [
                        same_role(role_words(g.get("role")), role_words(p["role"]), x)
                        for x in (False, True)
                    ],
                }
                for field, (strict, lenient) in checks.items():
                    right[field][0] += strict
                    right[field][1] += lenient
                    if args.errors and not blind and not lenient:
                        key = "organization" if field == "org" else field
                        print(
                            f"  {doc['id'][:40]:40s} {field:7s} gold={g.get(key)!r} "
                            f"pred={p[key]!r}  ({g['speaker']}: {g['text'][:40]!r})"
                        )
        share = {f: [pct(x, n) for x in right[f]] for f in right}
        print(
            f"{path.stem:22s} {n:4d} {share['country'][0]:>8s} "
            f"{share['org'][0]:>6s} / {share['org'][1]} "
            f"{share['role'][0]:>6s} / {share['role'][1]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
