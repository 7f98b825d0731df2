"""Regenerate the golden expected-statement files after a deliberate change.

    .venv/bin/python tests/attribution/regenerate.py

For every ``tests/attribution/golden/<name>.txt`` writes
``<name>.expected.jsonl``: one JSON object per statement that
``articles.attribution.extract`` finds (the CLI contract without "doc").
Review the diff (``git diff tests/attribution/golden``) before committing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
sys.path.insert(0, str(HERE.parent.parent))

from articles.attribution import extract  # noqa: E402


def expected_lines(text: str) -> list[str]:
    return [json.dumps(s.to_dict(), ensure_ascii=False, sort_keys=False) for s in extract(text)]


def main() -> int:
    for txt in sorted(GOLDEN.glob("*.txt")):
        lines = expected_lines(txt.read_text(encoding="utf-8"))
        out = txt.with_suffix(".expected.jsonl")
        out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{out.relative_to(HERE.parent.parent)}: {len(lines)} statements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
