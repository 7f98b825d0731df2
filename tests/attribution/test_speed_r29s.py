"""Round 29 speed work (output byte-identical): invented strings only.

Three whole-text scans that ran once per article began with a look-behind or a word
boundary, so the regex engine tested that assertion at every character of the text.
Each now begins with the characters a match must start with (its look-behind checked
right after them), so the scan jumps from one candidate character to the next:

1. ``text.NUMBERED_HEAD_RE`` ("Channel 4", "Apollo 11"; every article, in tokenize);
2. ``domestic_marks.CAPITALISED_RE`` (the capitalised words of an undated story);
3. ``text.IN_WORD_ENTITY_RE`` ("Macy&#39;s"; articles holding "&").

Each test compares the new pattern's matches with the old pattern's, kept here, on
strings built to reach every edge (start of text, a letter, digit, underscore,
apostrophe or hyphen before the candidate, a candidate inside a word).
"""

from __future__ import annotations

import re

from articles.attribution import domestic_marks, text

OLD_NUMBERED_HEAD_RE = re.compile(
    r"\b(?:"
    + "|".join(text.NUMBERED_NAME_HEADS)
    + r") [1-9]\d{0,2}[A-Z]?(?:['’]s)?(?![^\W_]|[.,]\d)"
)
OLD_CAPITALISED_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*")
OLD_IN_WORD_ENTITY_RE = re.compile(
    r"(?<=[^\W_])(&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)([^\W_]+)"
)

BEFORE = ["", " ", "x", "7", "_", "'", "’", "-", "é", "\n", "(", "“", "&"]


def _same(new: re.Pattern[str], old: re.Pattern[str], samples: list[str]) -> None:
    for sample in samples:
        got = [(m.span(), m.groups()) for m in new.finditer(sample)]
        want = [(m.span(), m.groups()) for m in old.finditer(sample)]
        assert got == want, sample


def test_numbered_head_is_led_by_its_letters_and_matches_as_before():
    assert text.NUMBERED_HEAD_RE.pattern[:3] == "(?:"  # (not "\b": no test per character)
    names = [
        "Channel 4", "Radio 4's", "Formula 1", "Apollo 11", "Big 12", "Studio 8H",
        "Radio 4,000", "Formula 2024", "Flight 3.5", "Series 7x", "channel 4", "Gemini 9’s",
    ]  # fmt: skip
    samples = [f"{b}{name} said" for b in BEFORE for name in names]
    samples.append(" and ".join(names) + ".")
    _same(text.NUMBERED_HEAD_RE, OLD_NUMBERED_HEAD_RE, samples)
    # the effect, unchanged: one capitalised word
    words = [t.text for t in text.tokenize("Officials at Channel 4 said; xChannel 4 did not.")]
    assert "Channel 4" in words and "xChannel" in words


def test_capitalised_words_led_by_the_capital_match_as_before():
    assert domestic_marks.CAPITALISED_RE.pattern.startswith("[A-Z")
    words = ["Donald", "Élan", "O'Neill", "Gardaí", "St-Denis", "Zürich"]
    samples = [f"{b}{w} x" for b in BEFORE for w in words]
    samples.append("McDonald and De'Ath met Ng-Ati in Cork-Town, Élan’s Ávila; Ω.")
    _same(domestic_marks.CAPITALISED_RE, OLD_CAPITALISED_RE, samples)
    assert domestic_marks.CAPITALISED_RE.findall("McDonald met Donald") == ["McDonald", "Donald"]


def test_in_word_entity_led_by_the_ampersand_matches_as_before():
    assert text.IN_WORD_ENTITY_RE.pattern.startswith("(&")
    entities = ["&#39;s", "&rsquo;t", "&amp;b", "&#x2019;s", "&bogus;x", "&#39; s", "&;s"]
    samples = [f"{b}{e}" for b in BEFORE for e in entities]
    samples.append("Macy&#39;s and AT&amp;T, don&rsquo;t &amp;x _&#39;s")
    _same(text.IN_WORD_ENTITY_RE, OLD_IN_WORD_ENTITY_RE, samples)
    assert text.shifted_word_ends("Macy&#39;s said") == [(4, 10)]
