"""Round 22 speed work, second wave: whole-text scans that opened with a word boundary
now open with their words' first letters, with the same matches (invented sentences)."""

import re

from articles.attribution import mentions, resolve, roles
from articles.attribution.mentions import opening_tested_behind

# the former patterns, opening with \b (tried at every position of the text)
FORMER = {
    "HONORIFIC_BEFORE_RE": r"\b(?:Mr|Ms|Mrs|Dr)\.? ",
    "KNOWN_BODY_RE": (
        r"\b(?:" + "|".join(sorted(resolve.KNOWN_BODY_NOUNS, key=len, reverse=True)) + r")\b"
    ),
    "AMERICAN_MARK_RE": (
        r"\b(?:organizations?|organized|neighbors?|neighborhoods?|neighboring|colors?|favor"
        r"|favorite|honored|behavior|centers?|theaters?|defense|offense|traveled|traveling"
        r"|labeled|canceled|catalogs?|jewelry|aluminum|fulfill)\b"
        r"|\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b"
    ),
}
SCANS = {
    "HONORIFIC_BEFORE_RE": mentions.HONORIFIC_BEFORE_RE,
    "KNOWN_BODY_RE": resolve.KNOWN_BODY_RE,
    "AMERICAN_MARK_RE": roles.AMERICAN_MARK_RE,
}
TEXT = (
    "Mr. Hale and Mrs Orton met Dr Vance, Ms. Lund and MrsX Dr.Y at the neighborhood "
    "center on Feb. 9, said the Pentagon; Amnesty International and the Labour party, "
    "not the Labourites nor XLabour, favored the SNP. A colorful theater, defense and "
    "offense, traveled Sept. 12 and Sept.3; mr. Hale, aMrs. Orton, Dec. 123 and Jan. 4x."
)


def _spans(pattern: re.Pattern, text: str, lo: int = 0, hi: int | None = None) -> list:
    hi = len(text) if hi is None else hi
    return [(m.span(), m.group()) for m in pattern.finditer(text, lo, hi)]


def test_scans_open_with_letters_and_match_as_before():
    for name, pattern in SCANS.items():
        former = re.compile(FORMER[name])
        assert not pattern.pattern.startswith("\\b")
        for text in (TEXT, TEXT[1:], TEXT.replace(" ", ""), TEXT.lower(), TEXT * 2):
            assert _spans(pattern, text) == _spans(former, text)
            for lo in range(0, len(text), 7):  # (scans of a window: the boundary behind it)
                assert _spans(pattern, text, lo, lo + 60) == _spans(former, text, lo, lo + 60)
        assert _spans(former, TEXT)  # (the text holds matches of each)


def test_opening_tested_behind():
    pattern = opening_tested_behind(["Mrs", "Ms", "Mr", "Dr", "D"], r"\b")
    assert pattern == r"M(?<=\bM)(?:rs|s|r)\b|D(?<=\bD)(?:r|)\b"
    text = "Mrs Ms Mr Dr D xMr Drs D."
    assert _spans(re.compile(pattern), text) == _spans(re.compile(r"\b(?:Mrs|Ms|Mr|Dr|D)\b"), text)
