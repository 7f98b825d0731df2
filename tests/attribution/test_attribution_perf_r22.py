"""Round 22 speed work: cheaper scans with the same output (invented sentences)."""

import re

from articles.attribution import roles

# invented copy with cues of several countries, some inside longer names or after
# "New", a cue that is another country's too, and capitals that open none
CUE_TEXT = (
    "Officials in Leeds and Wiltshire met the Gardaí in Cork on Monday. The Kern County "
    "board, not the Kern County Council, approved £5 million, State Sen. Ann Roe told "
    "Sheffield reporters, while New Hampshire and West Virginia kept Medicaid rules. "
    "KSh 40 fares in Kisumu, R 2.5bn in Gauteng and ₹ 30 crore in Kerala were cited; "
    "Mr Justice Hale sat at the Old Bailey and the Premier League and Indian Premier "
    "League clubs said nothing. A$ 9 in Sydney, C$ 4 in Saskatoon, B.C. and Otago too."
)


def _finditer(text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in re.finditer(roles.NATIONAL_CUE_PATTERN, text)]


def test_national_cue_matches_are_the_one_patterns():
    for text in (CUE_TEXT, CUE_TEXT.replace(" ", ""), CUE_TEXT.upper(), CUE_TEXT * 3):
        found = [(m.span(), m.lastgroup) for m in roles._national_cue_matches(text)]
        assert found == _finditer(text)
    assert len(_finditer(CUE_TEXT)) >= 15


def test_opening_chars():
    assert roles._opening_chars(r"\b(?:Leeds|Sheffield)\b") == {"L", "S"}
    assert roles._opening_chars(r"(?<!New )\b[A-Z][a-z]+shire\b") == set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    )
    assert roles._opening_chars(r"£ ?\d") == {"£"}
    assert roles._opening_chars(r"A\$ ?\d") == {"A"}
    assert roles._opening_chars(r"\bK?Sh ?\d") is None  # (an optional opening)
    assert roles._opening_chars(r"\w+") is None


def test_cues_by_opening_keep_only_what_can_open_there():
    leeds = roles.NATIONAL_CUES_BY_OPENING["L"]
    assert leeds is not None and "Leeds" in leeds.pattern and "Sheffield" not in leeds.pattern


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
