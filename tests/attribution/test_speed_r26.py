"""Round 26 (speed, output unchanged): helpers that replace a regex compiled per call."""

import re

import pytest

from articles.attribution.resolve import _written_ignoring_case


def _by_regex(text: str, low: str, lo: int, hi: int) -> bool:
    return re.compile(re.escape(low), re.IGNORECASE).search(text, lo, hi) is not None


@pytest.mark.parametrize(
    ("text", "low", "lo", "hi"),
    [
        ("The harbour master said the pier was unsafe.", "the harbour master", 0, 100),
        ("The Harbour Master said the pier was unsafe.", "the harbour master", 0, 100),
        ("THE HARBOUR MASTER said the pier was unsafe.", "the harbour master", 0, 100),
        # found only past the window's end, or cut by it
        ("A ferry left. The harbour master said so.", "the harbour master", 0, 20),
        ("A ferry left. The harbour master said so.", "the harbour master", 14, 31),
        ("A ferry left. The harbour master said so.", "the harbour master", 14, 32),
        # before the window's start
        ("The harbour master spoke. Then the crowd left.", "the harbour master", 5, 200),
        # a window past the text's end
        ("The harbour master spoke.", "the harbour master", 40, 8040),
        # regex metacharacters are literal
        ("The co-op's (new) chair said it.", "the co-op's (new) chair", 0, 100),
        ("The co-op's new chair said it.", "the co-op's (new) chair", 0, 100),
        # non-ASCII text or words: the regex engine's own case folding ("ſ" is an "s",
        # the Kelvin sign a "k")
        ("The ſheriff said it.", "the sheriff", 0, 100),
        ("The \u212aeeper said it.", "the keeper", 0, 100),
        ("The Bürgermeister said it.", "the bürgermeister", 0, 100),
        ("The BÜRGERMEISTER said it.", "the bürgermeister", 0, 100),
        ("The Burgermeister said it.", "the bürgermeister", 0, 100),
        # non-ASCII text around ASCII words (curly quotes, accents, Greek capitals)
        ("“We rebuild,” the harbour master said. Café owners agreed.", "the harbour master", 0, 99),
        ("“We rebuild,” THE HARBOUR MASTER said. ΣΟΦΙΑ agreed.", "the harbour master", 0, 99),
        ("“We rebuild,” the harbour mister said. Café owners agreed.", "the harbour master", 0, 99),
        # each character the engine folds to an ASCII letter, in the words and elsewhere
        ("Café: the ſheriff said it.", "the sheriff", 0, 100),
        ("Café: the sheriff said it. ſ", "the sheriff", 0, 100),
        ("Café: the \u212aeeper said it.", "the keeper", 0, 100),
        ("Café: the \u0130mam said it.", "the imam", 0, 100),
        ("Café: the \u0131mam said it.", "the imam", 0, 100),
        ("Café: the \u0130mam said it. The imam left.", "the imam", 0, 100),
    ],
)
def test_written_ignoring_case_is_the_ignorecase_search(text, low, lo, hi):
    assert _written_ignoring_case(text, low, lo, hi) == _by_regex(text, low, lo, hi)


def test_written_ignoring_case_finds_and_misses():
    text = "Divers searched the lake. The county coroner, Ada Voss, said the man drowned."
    assert _written_ignoring_case(text, "the county coroner", 0, len(text))
    assert not _written_ignoring_case(text, "the county coroner", 0, 30)
    assert not _written_ignoring_case(text, "the state coroner", 0, len(text))
