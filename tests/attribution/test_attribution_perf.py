"""Performance helpers must not change behaviour: GC state, memo isolation."""

import gc

from articles.attribution import extract
from articles.attribution.mentions import analyse_phrase
from articles.attribution.text import make_doc


def test_extract_restores_gc_state():
    text = "“We will not accept this,” Anna Berg said. She added that talks would go on."
    assert gc.isenabled()
    assert extract(text)
    assert gc.isenabled()
    gc.disable()
    try:
        extract(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_analyse_phrase_memo_hands_out_copies():
    doc = make_doc("John Smith said it.")
    first = analyse_phrase(doc, 0, 1)
    first.kind = "mutated"
    first.appositive = (0, 1)
    second = analyse_phrase(doc, 0, 1)
    assert second is not first
    assert second.kind == "name" and second.appositive is None
