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


# -- precomputed indexes and memos must agree with the plain per-token definitions --

SAMPLE = (
    "MAYOR SAYS CITY BUDGET IS ON TRACK\n\n"
    "“We will balance the books,” Mayor Dana Reyes said on Tuesday. She added that "
    "the U.S. Treasury had not been consulted.\n\n"
    "Council member Omar Haddad disagreed. “This plan is a gamble. It cuts parks,” "
    "he told reporters (in a brief statement). Officials said the vote was set for May.\n\n"
    "Reyes, 52, of Springfield, Ill., said: “We will see.”\n"
)


def test_name_token_memo_matches_definition():
    from articles.attribution.mentions import _is_name_token, is_name_token

    doc = make_doc(SAMPLE)
    for t in doc.tokens:
        assert is_name_token(t) == _is_name_token(t), t.text
        assert is_name_token(t) == _is_name_token(t), t.text  # second call: memo hit


def test_token_quote_map_matches_per_token_definition():
    from articles.attribution.context import build_context

    ctx = build_context(SAMPLE)
    assert ctx.quotes
    for i, t in enumerate(ctx.doc.tokens):
        inside = [qi for qi, q in enumerate(ctx.quotes) if q.open_pos <= t.start < q.close_end]
        assert ctx.tok_quote[i] == (inside[0] if inside else -1), t.text


def test_headline_paragraphs_match_definition():
    from articles.attribution.resolve import HEADLINE_SMALL, _headline_paragraphs

    doc = make_doc(SAMPLE + "\nA Short Caption Of The Day\nnot a headline At All\n")
    expected = []
    for p, start in enumerate(doc.para_starts):
        end = doc.para_starts[p + 1] if p + 1 < len(doc.para_starts) else len(doc.text) + 1
        words = [t for t in doc.tokens if start <= t.start < end]
        words = [t for t in words if t.is_word and t.text[0].isalpha()]
        caps = [t for t in words if t.cap or t.lower in HEADLINE_SMALL]
        expected.append(len(words) >= 4 and len(caps) == len(words))
    assert _headline_paragraphs(doc) == expected
    assert expected[0] and not all(expected)
