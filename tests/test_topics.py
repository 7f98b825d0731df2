"""The topic suggester: phrase matching rules, quote before paragraph, paragraph splitting."""

import pytest

from articles.topics import TopicSuggester, paragraph_around, suggest_topics

TOPICS = {
    "ukraine-negotiations": ["peace talks", "negotiation", "ceasefire"],
    "defense-spending": ["defense spending", "% of GDP"],
    "nato": ["NATO", "alliance"],
    "trade": ["tariff"],
    "empty": [],
}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peace   talks resumed.", ["ukraine-negotiations"]),  # case and spacing
        ("No negotiations without Ukraine.", ["ukraine-negotiations"]),  # plural
        ("Tariffs went up.", ["trade"]),
        ("It spends 3.4% of GDP on defense spending.", ["defense-spending"]),
        ("The renegotiation failed.", []),  # word boundary: not a word inside another
        ("NATO allies met; the alliance held.", ["nato"]),
        ("Nato is spelled in capitals here.", []),  # an acronym matches in capitals only
        ("", []),
    ],
)
def test_phrases_match_on_word_boundaries(text, expected):
    assert suggest_topics(text, TOPICS) == expected


def test_several_topics_are_suggested_in_the_topics_order():
    text = "A ceasefire first, then defense spending, NATO said."
    assert suggest_topics(text, TOPICS) == ["ukraine-negotiations", "defense-spending", "nato"]


def test_the_quote_decides_before_its_paragraph():
    suggester = TopicSuggester(TOPICS)
    context = "NATO ministers met. “Tariffs hurt,” he said, as the alliance debated."
    assert suggester.suggest(quote="Tariffs hurt", context=context) == ["trade"]


def test_a_quote_without_topic_takes_the_main_topic_of_its_paragraph():
    suggester = TopicSuggester(TOPICS)
    context = "NATO met on tariffs. “Probably,” he said of the alliance and NATO's future."
    assert suggester.suggest(quote="Probably", context=context) == ["nato"]
    tied = "A ceasefire and a tariff. “Probably,” he said."
    assert suggester.suggest(quote="Probably", context=tied) == ["ukraine-negotiations", "trade"]


def test_paragraph_around_a_span_is_split_on_blank_lines():
    body = "First paragraph.\n\nSecond one, with a quote.\n  \nThird."
    start = body.index("quote")
    assert paragraph_around(body, start, start + 5) == "Second one, with a quote."
    assert paragraph_around(body, 0, 5) == "First paragraph."
    assert paragraph_around(body, len(body) - 3, len(body)) == "Third."
    across = paragraph_around(body, body.index("paragraph"), body.index("Second") + 3)
    assert across == "First paragraph.\n\nSecond one, with a quote."
