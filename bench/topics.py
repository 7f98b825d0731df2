"""Topic suggestion measured on the reference article's gold topics.

    .venv/bin/python bench/topics.py [--verbose]

Runs the real suggester (articles/topics.py) with the shipped starter topics
(articles/data/topics.json) twice:

- on the gold statement spans, which measures the suggester alone;
- on the statements the real attribution module extracts, each matched to the gold
  statement it overlaps most, which is what editors see.

Scores are micro precision / recall over (statement, topic) pairs. Figures go in the issue
notes; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from django.utils.text import slugify  # noqa: E402  (pure function, needs no settings)

from articles.topics import TopicSuggester, paragraph_around  # noqa: E402

GOLD = Path("/work/shared/samples/ap-2025-02-14-nato-ukraine.gold.json")
ARTICLE = ROOT / "articles/demo/ap-2025-02-14-nato-ukraine.txt"
TOPICS = ROOT / "articles/data/topics.json"
# The gold file names NATO's topic after the question asked about it; ours is "NATO".
GOLD_LABEL_TO_SLUG = {"NATO future": "nato"}


def gold_slugs(labels: list[str]) -> set[str]:
    return {GOLD_LABEL_TO_SLUG.get(label, slugify(label)) for label in labels}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(pairs: list[tuple[set[str], set[str]]]) -> tuple[float, float, int, int, int]:
    true_pos = sum(len(suggested & gold) for suggested, gold in pairs)
    suggested_total = sum(len(suggested) for suggested, _ in pairs)
    gold_total = sum(len(gold) for _, gold in pairs)
    precision = true_pos / suggested_total if suggested_total else 0.0
    recall = true_pos / gold_total if gold_total else 0.0
    return precision, recall, true_pos, suggested_total, gold_total


def report(label: str, pairs, rows, verbose: bool) -> None:
    precision, recall, tp, suggested, gold = score(pairs)
    print(
        f"{label}: {len(pairs)} statements, precision {precision:.2f} ({tp}/{suggested}), "
        f"recall {recall:.2f} ({tp}/{gold})"
    )
    if verbose:
        for (suggested_slugs, gold_set), quote in zip(pairs, rows, strict=True):
            mark = "ok " if suggested_slugs == gold_set else "XX "
            print(f"  {mark}{sorted(suggested_slugs)} gold {sorted(gold_set)} | {quote[:70]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every statement")
    args = parser.parse_args()

    text = ARTICLE.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert gold["text"] == text, "the shipped demo article differs from the gold text"
    topics = {
        slugify(entry["name"]): entry["keywords"]
        for entry in json.loads(TOPICS.read_text(encoding="utf-8"))
    }
    suggester = TopicSuggester(topics)

    def suggest(start: int, end: int) -> set[str]:
        return set(
            suggester.suggest(quote=text[start:end], context=paragraph_around(text, start, end))
        )

    gold_spans = [((q["start"], q["end"]), gold_slugs(q["topics"])) for q in gold["quotes"]]
    pairs = [(suggest(*span), slugs) for span, slugs in gold_spans]
    report("gold spans", pairs, [text[s:e] for (s, e), _ in gold_spans], args.verbose)
    rounds = 200
    began = time.perf_counter()
    for _ in range(rounds):
        for span, _slugs in gold_spans:
            suggest(*span)
    elapsed = time.perf_counter() - began
    print(f"  speed: {rounds * len(gold_spans) / elapsed:,.0f} statements/s (quote + paragraph)")

    try:
        from articles import attribution

        extracted = attribution.extract(text)
    except (ImportError, AttributeError) as exc:
        print(f"extracted statements: attribution module not available ({exc})")
        return
    pairs, rows, unmatched = [], [], 0
    for record in extracted:
        span = (record.start, record.end)
        best = max(gold_spans, key=lambda g: overlap(span, g[0]))
        if overlap(span, best[0]) == 0:
            unmatched += 1  # not a gold statement: no gold topics to compare with
            continue
        pairs.append((suggest(*span), best[1]))
        rows.append(record.quote)
    report("extracted statements", pairs, rows, args.verbose)
    print(f"  ({unmatched} extracted statements overlap no gold statement and are not scored)")


if __name__ == "__main__":
    main()
