"""Quotation-mark edge cases: British single-quote style, apostrophes, guillemets,
German marks, headline quotes (hand-written sentences, not from any corpus)."""

import pytest

from articles.attribution import extract
from articles.attribution.quotes import find_quotes
from articles.attribution.text import make_doc


def quotes(text):
    doc = make_doc(text)
    return [text[q.start : q.end] for q in find_quotes(text, doc.para_starts)]


# -- British single-quote style ---------------------------------------------------


def test_single_quotes_as_quotation_marks():
    text = "‘We won’t back down,’ she said."
    assert quotes(text) == ["We won’t back down,"]
    (st,) = [s for s in extract("‘We won’t back down,’ Helen Marsh said.") if s.kind == "direct"]
    assert st.quote == "We won’t back down," and st.speaker == "Helen Marsh"


def test_straight_single_quotes():
    text = "'We won't back down,' Smith said. 'It is not over.'"
    assert quotes(text) == ["We won't back down,", "It is not over."]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Jones’ car was towed away in the ’90s.",
        "He grew up on rock ’n’ roll and never looked back.",
        "They said they’d go ’til the end, and the Joneses’ dog barked.",
        "The 1990s' boom ended and the workers' union said nothing.",
    ],
)
def test_apostrophes_are_not_quotes(text):
    assert quotes(text) == []


def test_plural_possessive_inside_a_single_quote():
    text = "He called the scheme ‘a waste of taxpayers’ money’ on Monday."
    assert quotes(text) == ["a waste of taxpayers’ money"]
    text = "The minister called it ‘hopeless’ before the vote."
    assert quotes(text) == ["hopeless"]


def test_apostrophe_and_quote_in_one_sentence():
    text = "Ms Jones’ car was towed, she said, adding: ‘It’s a disgrace.’"
    assert quotes(text) == ["It’s a disgrace."]


def test_single_quotes_inside_double_quotes_stay_nested():
    assert quotes("“He told me, ‘Go home,’ and left,” she said.") == [
        "He told me, ‘Go home,’ and left,"
    ]


def test_double_quotes_inside_single_quotes_are_nested():
    text = "‘I told them “never again”, and I meant it,’ the chairman said."
    assert quotes(text) == ["I told them “never again”, and I meant it,"]


def test_single_quote_over_several_paragraphs():
    text = (
        "‘The first paragraph of the statement runs on without a closing mark.\n\n"
        "‘The second one ends it,’ Mr Patel said."
    )
    assert quotes(text) == [
        "The first paragraph of the statement runs on without a closing mark.\n\n"
        "‘The second one ends it,"
    ]


def test_possessive_does_not_close_a_running_quote():
    text = (
        "‘We owe it to the workers’ families to keep going.\n\n"
        "‘Nobody will be left behind,’ she said."
    )
    assert quotes(text)[0].startswith("We owe it to the workers’ families")


def test_single_quoted_partial_in_a_double_quote_article():
    text = (
        "“We will build it,” the mayor said.\n\n"
        "The council called the plan ‘a down payment on the future’ in its report."
    )
    assert quotes(text) == ["We will build it,", "a down payment on the future"]


def test_headline_single_quotes_in_a_double_quote_article():
    # US headline style: the headline is reported as a whole, not its quoted words
    text = (
        "Governor calls budget ‘a disaster’ for schools\n\n"
        "Governor Ann Reyes said on Monday that the budget was “a disaster” for schools "
        "across the state and that she would veto it if it reached her desk."
    )
    assert quotes(text) == ["a disaster"]
    assert (
        quotes(text)[0]
        and text.index("“a disaster”") + 1 == find_quotes(text, make_doc(text).para_starts)[0].start
    )


def test_headline_single_quotes_in_a_single_quote_article():
    text = (
        "Union leader: ‘We will not back down’\n\n"
        "‘We will not back down,’ the union leader, Sarah Doyle, said on Monday."
    )
    assert quotes(text) == ["We will not back down", "We will not back down,"]


# -- guillemets and German marks ---------------------------------------------------


def test_guillemets_with_inner_spaces():
    text = "« Nous ne céderons pas », a-t-il dit. «Jamais», a-t-il ajouté."
    assert quotes(text) == ["Nous ne céderons pas", "Jamais"]


def test_reversed_guillemets():
    assert quotes("Sie sagte: »Wir bleiben hier.« Dann ging sie.") == ["Wir bleiben hier."]


def test_german_low_high_marks():
    assert quotes("„Wir schaffen das“, sagte die Kanzlerin.") == ["Wir schaffen das"]
    st = [s for s in extract("„We will manage“, Chancellor Anna Weber said.") if s.quote]
    assert st[0].quote == "We will manage" and st[0].speaker == "Anna Weber"


def test_closing_glyph_opening_a_paragraph():
    text = (
        "The senator spoke at length.\n\n"
        "” … what I heard from these families is that they are afraid,” she said."
    )
    assert quotes(text) == ["… what I heard from these families is that they are afraid,"]


# -- quoted terms, nicknames and titles are not quotations ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The professor said the so-called “gig economy” was smaller than it looked.",
        "She puts the word “flexibility” in quotation marks throughout.",
        "The striker, nicknamed “The Hammer,” scored twice.",
        "In her new memoir, “The Long Shift: Work in an Age of Apps,” she describes it.",
        "“The Long Shift” is her second book.",
        "The idea is known as the “Buffett rule” in Washington.",
        "The governor said on Channel Four’s “Morning Report.” He did not elaborate.",
        "On “Meet the Nation,” Sen. Ann Reyes disagreed.",
    ],
)
def test_terms_and_titles_are_not_quotes(text):
    assert quotes(text) == []


def test_reported_clause_keeps_a_scare_quoted_term():
    text = "Economist Ravi Menon said the so-called “gig economy” employs few people."
    (st,) = extract(text)
    assert st.kind == "indirect" and st.quote.startswith("the so-called")
    assert st.speaker == "Ravi Menon"


def test_a_quoted_predicate_after_a_work_noun_is_still_a_quote():
    text = "The critic called the memoir “a well-written book about a lost world.”"
    assert quotes(text) == ["a well-written book about a lost world."]


def test_a_title_case_statement_with_a_comma_is_still_a_quote():
    assert quotes("“Never Again,” the mayor said.") == ["Never Again,"]


# -- sentence ends after German and French closing marks -------------------------------


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("„Wir schaffen das.“ Sie sagte es oft.", "Sie sagte es oft."),
        ("Sie sagte: »Wir bleiben.« Dann ging sie.", "Dann ging sie."),
        ("« Nous gagnerons. » Il est parti.", "Il est parti."),
    ],
)
def test_sentence_ends_after_continental_closing_marks(text, second):
    doc = make_doc(text)
    assert text[doc.sent_bounds[-1] :] == second


def test_guillemet_quotes_are_attributed():
    text = "« We will not give in. » Prime Minister Jean Dupont said this on Monday. « Never. »"
    got = [(s.quote, s.speaker) for s in extract(text)]
    assert got == [("We will not give in.", "Jean Dupont"), ("Never.", "Jean Dupont")]


# -- double marks of the other family nested inside a double-quoted span ---------------


def test_curly_quotes_nested_in_straight_quotes():
    text = 'She said: "It comes across as “too loud” or “too shrill.”" Then she left.'
    assert quotes(text) == ["It comes across as “too loud” or “too shrill.”"]


def test_straight_quotes_nested_in_curly_quotes():
    assert quotes('“He said "no" to me,” she said.') == ['He said "no" to me,']


def test_block_quote_mark_does_not_nest_a_later_quote():
    # a straight mark opening an excerpt paragraph, never closed in it
    text = '"Trump walked on, chanting “U-S-A!”\n\n“That’s right,” Melanie said.'
    assert quotes(text) == ["U-S-A!", "That’s right,"]


def test_mixed_glyphs_still_close():
    assert quotes('“Hello," he said. "Bye,” she said.') == ["Hello,", "Bye,"]


def test_running_quote_continues_only_with_the_same_family_of_marks():
    # a straight mark opening an excerpt paragraph, then a new curly quote
    text = '"Kevin was asleep.\n\n“Here he is,” she said.'
    assert quotes(text) == ["Here he is,"]
    text = "“First paragraph of the quote.\n\n“Second paragraph,” she said."
    assert quotes(text) == ["First paragraph of the quote.\n\n“Second paragraph,"]


# -- sentence ends after abbreviations that can close a sentence -------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Ms. Cho said no. Mr. Lee agreed.", ["Ms. Cho said no. ", "Mr. Lee agreed."]),
        ("It was the No. 2 issue.", ["It was the No. 2 issue."]),
        ("It ended at 5 p.m. Officials left.", ["It ended at 5 p.m. ", "Officials left."]),
        ("It starts at 5 p.m. Friday.", ["It starts at 5 p.m. Friday."]),
        ("He joined Acme Inc. The firm grew.", ["He joined Acme Inc. ", "The firm grew."]),
        ("Acme Inc. President Jo Lee left.", ["Acme Inc. President Jo Lee left."]),
    ],
)
def test_sentence_bounds_after_abbreviations(text, sentences):
    b = make_doc(text).sent_bounds
    assert [text[s:e] for s, e in zip(b, [*b[1:], len(text)], strict=True)] == sentences


def test_many_unbalanced_single_marks_do_not_break_anything():
    text = ("‘a ’b ' c’ d‘ " * 5000) + "\n\n‘We won’t go,’ she said."
    assert quotes(text)[-1] == "We won’t go,"
