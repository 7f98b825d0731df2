"""Extract every cut of the non-blind gold texts: does any internal error get swallowed?

    .venv/bin/python bench/cut_texts.py [--window N] [--starts] [GOLD.jsonl ...]

A pasted article may be cut short anywhere, right after a cue or inside a speaker's name.
``extract()`` never raises: on an internal error it logs it and returns nothing, so the
whole article would lose its statements.  This runs the module on a window of N characters
(default 600) ending at every word end of every text (``--starts``: starting at every word
start) of the reference article, the retired held-out sets and the probes (not the blind
sets: ``fields.BLIND``), and prints each distinct place an error came from, with the text
the window ended on.  Round 26 found nine such places this way.  A script, not a test
(``tests/attribution/test_attribution_truncated.py`` guards the known cases).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from fields import BLIND, REFERENCE, gold_files  # noqa: E402

from articles.attribution import extract  # noqa: E402


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _texts(paths: list[Path]) -> list[tuple[str, str]]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                out.append((doc["id"], doc["text"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gold", nargs="*", type=Path, help="gold JSONL files (default: all non-blind)"
    )
    parser.add_argument("--window", type=int, default=600, help="characters per cut")
    parser.add_argument("--starts", action="store_true", help="cut at word starts, not ends")
    args = parser.parse_args(argv)
    paths = args.gold or [REFERENCE, *(p for p in gold_files() if p.stem not in BLIND)]
    if any(p.stem in BLIND for p in paths):
        parser.error("a blind set is never run here (fields.BLIND)")
    errors = _Errors()
    logger = logging.getLogger("articles.attribution.pipeline")
    logger.addHandler(errors)
    logger.propagate = False
    seen: set[tuple[str, int]] = set()
    cuts = 0
    for doc_id, text in _texts(paths):
        for m in re.finditer(r"\S+", text):
            if args.starts:
                piece = text[m.start() : m.start() + args.window]
            else:
                piece = text[max(0, m.end() - args.window) : m.end()]
            before = len(errors.records)
            extract(piece)
            cuts += 1
            if len(errors.records) == before or errors.records[-1].exc_info is None:
                continue
            tb = errors.records[-1].exc_info[2]
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            place = (tb.tb_frame.f_code.co_name, tb.tb_lineno) if tb else ("?", 0)
            if place not in seen:
                seen.add(place)
                tail = piece[-60:] if not args.starts else piece[:60]
                print(f"{place[0]}:{place[1]}  {doc_id}  {tail!r}")
    print(f"{cuts} cuts of {len(paths)} gold files: {len(errors.records)} errors")
    return 1 if errors.records else 0


if __name__ == "__main__":
    sys.exit(main())
