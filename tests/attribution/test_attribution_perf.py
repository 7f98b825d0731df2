"""Performance helpers must not change behaviour: memoised results are not shared."""

from articles.attribution.mentions import analyse_phrase
from articles.attribution.text import make_doc


def test_analyse_phrase_memo_hands_out_copies():
    doc = make_doc("John Smith said it.")
    first = analyse_phrase(doc, 0, 1)
    first.kind = "mutated"
    first.appositive = (0, 1)
    second = analyse_phrase(doc, 0, 1)
    assert second is not first
    assert second.kind == "name" and second.appositive is None
