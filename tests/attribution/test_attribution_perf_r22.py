"""Round 22 speed work: cheaper scans with the same output (invented sentences)."""

import re

from articles.attribution import roles


def test_may_open_described_name():
    text = "Swedish rival Norrland Freight AB said on Monday that Norrland would bid."
    assert roles._may_open_described_name(text, "Norrland")
    text = "Officials said Norrland Freight, a Swedish hauler, would bid. Norrland said so."
    assert roles._may_open_described_name(text, "Norrland")
    text = "Norrland said on Monday that Norrland Freight would bid, the board said."
    assert not roles._may_open_described_name(text, "Norrland")


# the scans' former patterns, each opening with an alternation or a word boundary (tried at
# every position); the new ones open with a character set (scanned for in C)
FORMER_PATTERNS = {
    "MARK_RE": r"''|``|[\"“”„‟«»]",
    "SINGLE_RE": r"[‘’'](?:(?![^\W_])|(?<![^\W_].))|[‹›]",
    "DASH_RE": r"[—―–]|--",
    "EPITHET_SUBJECT_RE": (
        r"\b[Tt]he (?:(\d{1,3})-year-old )?([A-Z][a-z]+(?: [A-Z][a-z]+)?) ([a-z]+)"
    ),
}
MARKS_TEXT = (
    "“We won’t go,” she said -- ``not yet'' -- and O'Brien's ‹Nous verrons› came — "
    "‘maybe’ — then '90s rock ’n’ roll; «Non» „Ja‟ --- ''' ``` - – ―\n'Tis the 24-year-old "
    "Ukrainian shook her head, the Dutchman smiled. Athe Pole. The German government"
)


def test_scans_open_with_a_character_set_and_match_as_before():
    from articles.attribution import quotes, reported, resolve

    for name, former in FORMER_PATTERNS.items():
        module = next(m for m in (quotes, reported, resolve) if hasattr(m, name))
        pattern = getattr(module, name)
        assert pattern.pattern != former and pattern.pattern.startswith("[")
        for text in (MARKS_TEXT, MARKS_TEXT[1:], MARKS_TEXT.replace(" ", "")):
            got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in re.finditer(former, text)]
