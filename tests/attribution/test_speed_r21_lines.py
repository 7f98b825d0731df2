"""Round 21 speed: the whole-document searches of roles run line by line, same matches."""

import re

from articles.attribution import roles

TEXT = (
    "The Harbour Point Public Library board met on Tuesday.\n"
    "Its Board chair said the Vale County Department of Parks and Recreation agreed.\n"
    "\n"
    "Alder Brook Museum board\nmembers, the Office of the Inspector General, and a\n"
    "Board\n"
    "xMeadow board, Quill-Ridge Hospital board; Corps of Engineers and Corps"
)


def _same(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    whole = [(m.span(), m.groups()) for m in pattern.finditer(TEXT)]
    lines = [(m.span(), m.groups()) for m in roles._finditer_in_lines(pattern, TEXT, words)]
    assert whole and lines == whole


def test_departments_line_by_line() -> None:
    _same(roles.DEPARTMENT_RE, roles.DEPARTMENT_WORDS)


def test_lower_head_line_by_line() -> None:
    for head in ("board", "library", "museum", "hospital"):
        lower = r"((?:\b[A-Z][\w'’&-]* ){0,4}[A-Z][\w'’&-]*) " + re.escape(head) + r"\b"
        if re.search(lower, TEXT):
            _same(re.compile(lower), (f" {head}",))


def test_body_by_its_head_line_by_line() -> None:
    for word in ("Board", "Corps", "Library"):
        pattern = (
            r"(?:\b[A-Z][\w.'’&-]* ){0,4}"
            + re.escape(word)
            + r"\b(?: (?:of|for)(?: the)? [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})?"
        )
        _same(re.compile(pattern), (word,))
