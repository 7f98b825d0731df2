"""Round 32 speed work (output byte-identical): invented strings only.

1. Searches for a name over the whole text began with a word boundary (tested by the
   regex engine at every character), and ``roles._described_as_body_before`` compiled a
   pattern per name: the name now leads (``roles._past_district_modifier``,
   ``roles._demonym_named_bodies``) or is found by ``str.find`` with the appositive
   matched after it by one pattern compiled once.
2. ``mentions._title_before_complement`` found the sentence's first token by a scan
   from the text's first token: a bisection now.
3. ``pipeline._drop_framing`` compared each sub-head with every quotation: a bisection
   in the sorted quotations (``pipeline._extends``) now.
4. ``pipeline._in_spans`` tested every interview question per candidate: a bisection now.

Each test compares the new code with the old, kept here, on strings built to reach
every edge.
"""

from __future__ import annotations

import itertools
import re

from articles.attribution import pipeline, roles
from articles.attribution.mentions import opening_tested_behind
from articles.attribution.text import make_doc

BEFORE = ["", " ", "x", "7", "_", "'", "’", "-", "é", "\n", "(", "“", "Big ", "of ", "The "]


def _old_described_as_body(text: str, name: str) -> int | None:
    for m in re.finditer(r"\b" + re.escape(name) + roles.BODY_APPOSITIVE_AFTER_NAME, text):
        before = text[max(0, m.start() - 20) : m.start()].split()
        if not before or not (before[-1][:1].isupper() or before[-1] in roles.NAME_LINKS):
            return m.start()
    return None


def test_described_as_body_finds_what_the_pattern_per_name_found():
    names = ["Velmora", "Tarn & Co", "Ostrik Labs", "Q.Vell"]
    tails = [", a discount chain", ", the Leeds company", ", a chain", ", an aid charity", ", x"]
    samples = [
        f"{b}{name}{tail} said. {b2}{name}, the retailer, said."
        for name in names
        for b, b2, tail in itertools.product(BEFORE, ["", "Friends of ", "x"], tails)
    ]
    samples.append("Friends of Velmora, a group. Velmora, a chain.")
    samples.append("Velmora, Velmora, a chain")  # (a match inside the text after a miss)
    for sample in samples:
        for name in names:
            doc = make_doc(sample)
            roles._described_as_body_before(doc, name, len(sample) + 1)
            assert doc.memo[("described as body", name)] == _old_described_as_body(sample, name), (
                sample,
                name,
            )


def test_name_led_searches_match_as_before():
    for b, name in itertools.product(BEFORE, ["Dharwad", "Met Office", "Kisumu"]):
        sample = f"{b}{name} district, {b}Icelandic {name} said; {name}'s County"
        old = re.search(r"\b" + re.escape(name) + " " + roles.DISTRICT_KINDS + r"\b", sample)
        new = re.search(
            opening_tested_behind([re.escape(name)], " " + roles.DISTRICT_KINDS + r"\b"), sample
        )
        assert (old and old.span()) == (new and new.span()), sample
        old = re.search(r"\b([A-Z][a-z]+) " + re.escape(name) + r"\b", sample)
        new = re.search(r"([A-Z](?<=\b[A-Z])[a-z]+) " + re.escape(name) + r"\b", sample)
        assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))


def test_sorted_quotations_find_a_longer_one_opening_or_ending_with_a_part():
    alphabet = "ab "
    texts = ["".join(w) for n in range(1, 5) for w in itertools.product(alphabet, repeat=n)]
    for k in range(0, len(texts), 7):
        norms = texts[k : k + 9 : 2]
        opening = sorted(norms)
        closing = sorted(n[::-1] for n in norms)
        for part in texts[:40]:
            old = any(
                len(n) > len(part) and (n.startswith(part) or n.endswith(part)) for n in norms
            )
            new = pipeline._extends(opening, part) or pipeline._extends(closing, part[::-1])
            assert new == old, (norms, part)


def test_questions_found_by_bisection_as_by_a_scan():
    spans = [(3, 9), (9, 12), (20, 21), (30, 44)]  # (qa_turns: disjoint, in text order)
    starts = [s for s, _ in spans]
    for n in range(len(spans) + 1):
        for pos in range(50):
            c = pipeline.Candidate(start=pos, end=pos + 1, kind="direct", sentence=(0, 1), para=0)
            old = any(s <= c.start < e for s, e in spans[:n])
            assert pipeline._in_spans(c, spans[:n], starts[:n]) == old, (n, pos)
