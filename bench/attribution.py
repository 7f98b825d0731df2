"""Attribution throughput: words per second on one core over the PolNeAR dev set.

    .venv/bin/python bench/attribution.py [--dev PATH] [--repeat N]

Reads the dev JSONL at run time (default ../shared/eval/polnear_dev.jsonl next to
the repository; the articles themselves are never copied into the project), runs
``articles.attribution.extract`` over every text ``--repeat`` times in this one
process, and prints words/s (whitespace tokens, as score.py counts them), the
time for an average 800-word article, and the slowest document.  Then the CPU time
of each pathological input the robustness tests guard against (a 1 MB article,
10,000 unbalanced marks, no punctuation, runs without spaces), whole and cut to the
longest article the product accepts (``--cap``).  A script, not a
test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.attribution import EXTRACTOR_VERSION, extract  # noqa: E402

DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "polnear_dev.jsonl"
# the longest article body the site and the API accept (quotesdb/settings.py's default
# ARTICLE_MAX_CHARS): anything longer is refused with a clear error before extraction
PRODUCT_CAP = 200_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="dev JSONL (text field)")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the dev set")
    parser.add_argument(
        "--cap",
        type=int,
        default=PRODUCT_CAP,
        help="also time each pathological input cut to this many characters (default: the "
        "product's ARTICLE_MAX_CHARS default)",
    )
    args = parser.parse_args(argv)
    try:
        texts = [
            json.loads(line)["text"] for line in args.dev.open(encoding="utf-8") if line.strip()
        ]
    except OSError as exc:
        print(f"cannot read {args.dev}: {exc}", file=sys.stderr)
        return 1
    words = sum(len(t.split()) for t in texts)
    for t in texts[:3]:  # warm-up: imports, regex compilation
        extract(t)
    gc.collect()
    best = float("inf")
    slowest = (0.0, 0)
    statements = 0
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        n = 0
        for i, t in enumerate(texts):
            d0 = time.perf_counter()
            n += len(extract(t))
            dt = time.perf_counter() - d0
            if dt > slowest[0]:
                slowest = (dt, i)
        best = min(best, time.perf_counter() - t0)
        statements = n
    wps = words / best
    print(f"extractor {EXTRACTOR_VERSION}: {len(texts)} docs, {words} words, {statements} found")
    print(f"best of {args.repeat} passes: {best:.3f} s -> {wps:,.0f} words/s on one core")
    print(f"800-word article: {800 / wps * 1000:.1f} ms")
    ms, i = slowest[0] * 1000, slowest[1]
    print(f"slowest doc: #{i} {ms:.1f} ms ({len(texts[i].split())} words)")
    print(f"\npathological inputs (CPU seconds; whole, then cut to {args.cap:,} characters):")
    for label, text in pathological_inputs():
        print(f"  {_cpu_seconds(text):6.3f}  {_cpu_seconds(text[: args.cap]):6.3f}  {label}")
    return 0


def _cpu_seconds(text: str) -> float:
    t0 = time.process_time()
    extract(text)
    return time.process_time() - t0


def pathological_inputs() -> list[tuple[str, str]]:
    golden = sorted((ROOT / "tests" / "attribution" / "golden").glob("*.txt"))
    news = "".join(path.read_text(encoding="utf-8") + "\n\n" for path in golden)
    dense = "“We will not accept this,” Anna Berg said. She added that talks would go on.\n\n"
    plain = "the minister said officials told reporters that John Smith warned Europe must act "
    lone = "Acme said the deal was done. "  # one organisation's name, said over and over
    plural = "Retailers said the deal was done. "  # a capitalised plural noun, over and over
    aside = "— the deal was done, Acme said — "  # parenthetical cues in one long sentence
    return [
        ("1 MB of news articles", (news * (1_000_000 // len(news) + 1))[:1_000_000]),
        ("1 MB dense with quotes", (dense * (1_000_000 // len(dense) + 1))[:1_000_000]),
        ("1 MB of one lone name's statements", (lone * (1_000_000 // len(lone) + 1))[:1_000_000]),
        (
            "1 MB of a plural noun's statements",
            (plural * (1_000_000 // len(plural) + 1))[:1_000_000],
        ),
        ("1 MB of dashed parenthetical cues", (aside * (1_000_000 // len(aside) + 1))[:1_000_000]),
        ("10,000 unbalanced “ marks", "word “" * 10_000),
        ("10,000 straight quote marks only", '"' * 10_000),
        ("one 50,000-word quote", "“" + "word " * 50_000 + "”"),
        ("1 MB without punctuation", plain * 12_000),
        ("1 MB without spaces", "a" * 1_000_000),
    ]


if __name__ == "__main__":
    sys.exit(main())
