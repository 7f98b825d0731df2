"""A pasted article cut short ends anywhere, even right after a cue or a source: every
prefix of a news text must extract without an internal error (extract() would log it and
return nothing, losing every statement of the article)."""

import logging
import re

import pytest

from articles.attribution import extract

# invented copy holding, each at some word end, the shapes that once read past the text's
# last token: "according to X", "Asked", "It was alleged by X", "X, a former",
# "and called for", "told reporters outside the hall that", "said in a statement that"
ARTICLE = (
    "Water levels rose overnight, according to the Riverside Flood Authority. "
    "“We are ready,” Mayor Ines Kowal said. Asked about the levee, she said it would hold.\n\n"
    "It was alleged by several residents that the warnings came late. "
    "Kowal, a former engineer, warned of more rain and called for calm. "
    "Deputy mayor Tom Reyes told reporters outside the hall that crews were working. "
    "The county delegation said in a joint statement that it would press for funds. "
    "The report, released by the authority on Monday, said the river had peaked."
)


@pytest.fixture(autouse=True)
def _no_swallowed_errors(caplog):
    with caplog.at_level(logging.ERROR, logger="articles.attribution.pipeline"):
        yield
    # (the records of the test call: in teardown, caplog.records holds teardown's only)
    assert not [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]


# texts cut right after a cue or inside its phrase, each of which once read past the last
# token (and so lost the whole article)
CUT_SHORT = [
    "The plan will work, according to officials",
    "Kowal spoke about the plan for an hour. Asked",
    "The warnings came late.\n\nIt was alleged by several",
    "Kowal warned of more rain and called for",
    "Kowal spoke about water in the tunnels, and called for",
    "Deputy mayor Tom Reyes told reporters outside the hall that",
    "The county delegation said in a joint statement that it would press",
    "The warnings came late.\n\nIt was alleged by several residents that",
    "The party fell short of a majority, according to near-complete",
    "The union leader, Tony Vella, said the union had raised concerns about the",
]


@pytest.mark.parametrize("text", CUT_SHORT)
def test_a_text_cut_short_after_a_cue_extracts_without_error(text):
    for s in extract(text):
        assert text[s.start : s.end] == s.quote


def test_every_prefix_of_an_article_extracts_without_error():
    for m in re.finditer(r"\S+", ARTICLE):
        text = ARTICLE[: m.end()]
        for s in extract(text):
            assert text[s.start : s.end] == s.quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan will work, according to officials", None),
        ("The levee will hold, according to Mayor Ines Kowal", "Ines Kowal"),
    ],
)
def test_a_text_ending_on_its_source_keeps_the_statement(text, speaker):
    out = extract(text)
    assert [(s.quote, s.speaker) for s in out] == [(text.split(",")[0], speaker)]
