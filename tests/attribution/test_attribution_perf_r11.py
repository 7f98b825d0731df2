"""Round-11 speed-ups must not change behaviour: each memo or pre-filter agrees with the
plain computation it replaces (invented texts)."""

import re

from articles.attribution.text import make_doc

ORGS = (
    "Corvel Dynamics Inc. said on Monday it would cut 300 jobs. Corvel shares fell.\n\n"
    "The Harbour Trade Commission fined the firm. The Commission said the fine was fair. "
    "A spokeswoman for Corvel Dynamics Corp. declined to comment. Corvel said it would "
    "appeal, and the Federal Reserve held rates. The Fed said nothing more.\n\n"
    "Later the Coastal Fisheries Commission met. The Commission said it would wait. "
    "Corvel Dynamics Inc. Group, Corvel and Corvel Dynamics were named again.\n"
)


def test_first_found_matches_find_from_the_start():
    from articles.attribution.resolve import _first_found, _written_before

    doc = make_doc(ORGS)
    for sub in ("Corvel ", "Federal Reserve", "Commission", "Corvel Dynamics", "Nowhere Ltd"):
        for end in range(0, len(ORGS) + 2, 7):
            assert _written_before(doc, sub, end) == (ORGS.find(sub, 0, end) >= 0), (sub, end)
            expected = []
            pos = ORGS.find(sub, 0, end)
            while pos >= 0 and len(expected) < 5:
                expected.append(pos)
                pos = ORGS.find(sub, pos + 1, end)
            got = [p for p in _first_found(doc, sub, 5) if p + len(sub) <= end]
            assert got == expected, (sub, end)


def test_bodies_with_head_match_the_scan_before_each_mention():
    from articles.attribution.resolve import CAP_RUN_END_RE, _bodies_with_head

    doc = make_doc(ORGS)
    word = "Commission"
    for end in range(0, len(ORGS) + 1, 5):
        # the per-mention scan _org_full_name made before
        names: set[str] = set()
        pos = ORGS.find(" " + word, 0, end)
        while pos >= 0 and len(names) < 3:
            stop = pos + 1 + len(word)
            m = CAP_RUN_END_RE.search(ORGS, max(0, pos - 60), pos + 1)
            if m is not None and not (stop < len(ORGS) and ORGS[stop].isalnum()):
                run = m.group(1).split()
                while run and run[0] in {"The", "A", "An"}:
                    run.pop(0)
                if run:
                    names.add(" ".join([*run, word]))
            pos = ORGS.find(" " + word, stop, end)
        fits = [name for p, name in _bodies_with_head(doc, word) if p + 1 + len(word) <= end]
        assert (fits[0] if len(fits) == 1 else None) == (
            names.pop() if len(names) == 1 else None
        ), end


def test_org_full_name_unchanged_on_the_invented_text():
    from articles.attribution import extract

    got = [(s.source, s.speaker) for s in extract(ORGS)]
    assert ("Corvel", "Corvel Dynamics Inc") in got  # the one-word name in full
    assert ("Fed", "Federal Reserve") in got  # a short name written in full before
    # "The Commission": the one commission named before; after a second one, none
    assert [sp for src, sp in got if src == "Commission"] == [
        "Harbour Trade Commission",
        "Commission",
    ]


def test_np_words_cover_every_lexicon_they_replace():
    from articles.attribution import lexicons as lx
    from articles.attribution.mentions import (
        _NP_WORDS,
        KINSHIP,
        NAME_PARTICLES,
        TITLE_WORDS,
        np_token_ok,
    )

    union = set().union(
        TITLE_WORDS, lx.GROUP_NOUNS, lx.DETERMINERS, lx.INDUSTRY_NOUNS, KINSHIP,
        NAME_PARTICLES, lx.DEMONYMS,
    )  # fmt: skip
    assert union == _NP_WORDS
    doc = make_doc("the 9th Circuit, the ninth Circuit, ٣rd place and 12th Street, said 4th")
    oks = {t.text: np_token_ok(doc, i) for i, t in enumerate(doc.tokens)}
    assert oks["9th"] and oks["12th"]
    assert not oks["4th"] and not oks["ninth"] and not oks["said"]


def test_non_answer_prefilter_agrees_with_the_pattern():
    from articles.attribution.model import Candidate
    from articles.attribution.pipeline import NO_RESPONSE_RE, is_non_answer

    windows = [
        "The mayor's office did not immediately respond to ",
        "Officials have not returned ",
        "The agency did not REPLY to ",
        "The firm did not reſpond to ",  # a long s: the pattern's case-insensitive twin
        "The council said the roads would reopen on ",
        "She has never responded ",
    ]
    for w in windows:
        text = w + "requests on Friday about the plan."
        c = Candidate(start=len(w), end=len(text), kind="indirect", sentence=(0, len(text)), para=0)
        expected = NO_RESPONSE_RE.search(text, max(0, c.start - 60), c.start) is not None
        assert is_non_answer(text, c, text[c.start : c.end]) == expected, w


def test_proxy_noun_prefilter_agrees_with_the_pattern():
    from articles.attribution.context import build_context
    from articles.attribution.mentions import Source
    from articles.attribution.resolve import _PROXY_NOUNS, PROXY, _proxy_source

    # every noun of the pattern holds one of the pre-filter's substrings
    group = re.search(r"\(\?:(spokesman[^)]*)\)", PROXY.pattern).group(1)
    nouns = re.compile(f"(?:{group})")
    words = (
        "spokesman spokeswoman spokesperson spokespeople attorney attorneys lawyer lawyers "
        "aide aides adviser advisor advisers advisors representative representatives "
        "reporter reporters staffer staffers counsel friend friends allies ally"
    ).split()
    assert len(group.split("|")) == 15  # (the alternatives the list above spells out)
    for word in words:
        assert nouns.fullmatch(word), word
        assert any(w in word for w in _PROXY_NOUNS), word
    cases = [
        ("An aide to Mr. Velasquez said the vote would wait.", "Velasquez"),
        ("A close friend of Tomas Reyes said he was calm.", "Tomas Reyes"),
        ("Two staffers for Sen. Ilse Brandt said she would run.", "Ilse Brandt"),
        ("A lawyer for Dara Quinn said the charges were false.", "Dara Quinn"),
        ("AİDES TO Marta Ruiz said no.", "Marta Ruiz"),  # a dotted capital I
        ("A reporter asked a question to Marta Ruiz on Monday.", "Marta Ruiz"),
        ("The bill was sent to Marta Ruiz for a signature.", "Marta Ruiz"),
    ]
    for text, name in cases:
        ctx = build_context(text)
        s = text.index(name)
        src = Source("name", s, s + len(name), name, s, s + len(name))
        got = _proxy_source(ctx, src)
        m = PROXY.search(text, max(0, s - 60), s)
        if m is None or m.end() != s or "\n" in text[m.start() : s]:
            assert got is None, text
        else:
            assert got is not None and got.start == m.start(), text


def test_source_start_sorts_by_the_source():
    from articles.attribution.mentions import Source
    from articles.attribution.model import Candidate, source_start

    a = Candidate(0, 5, "direct", (0, 9), 0, source=Source("name", 7, 9, "Al", 7, 9))
    b = Candidate(3, 6, "direct", (0, 9), 0, source=Source("name", 1, 2, "B", 1, 2))
    assert source_start(a) == 7
    assert sorted([a, b], key=source_start) == [b, a]
