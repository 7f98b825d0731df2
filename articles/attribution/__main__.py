"""CLI: ``python -m articles.attribution FILE [FILE ...]``.

Prints one JSON object per line per statement found, with "doc" set to the
file's basename without extension.  ``--partial-spans=clause`` (first argument)
reports a partial quote as its whole reported clause (PolNeAR convention).
Unreadable files are reported on stderr, the others are still processed, and
the exit status is then 1.
"""

from __future__ import annotations

import json
import os
import sys

from . import extract


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in {"-h", "--help"}:
        print(__doc__.strip(), file=sys.stderr if not args else sys.stdout)
        return 0 if args else 2
    status = 0
    out = sys.stdout
    partial_spans = os.environ.get("ATTRIBUTION_PARTIAL_SPANS", "quote")
    if args and args[0].startswith("--partial-spans="):
        partial_spans = args[0].split("=", 1)[1]
        args = args[1:]
    if partial_spans not in {"quote", "clause"}:
        print(f"attribution: unknown partial span mode {partial_spans!r}", file=sys.stderr)
        return 2
    for path in args:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            print(f"attribution: cannot read {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        doc = os.path.splitext(os.path.basename(path))[0]
        lines = []
        for st in extract(text, partial_spans=partial_spans):
            rec = {"doc": doc}
            rec.update(st.to_dict())
            lines.append(json.dumps(rec, ensure_ascii=False))
        if lines:
            out.write("\n".join(lines) + "\n")
    out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
