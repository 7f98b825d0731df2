"""Round 28 (r28-l): a sentence that runs on past a closing quotation mark. When the
writer's sentence goes on after the quote and its cue comes at the end (`“…” was the
answer, the mayor said.`), the quote is a partial one inside the clause the cue reports,
as in `said A “…”`. Every story here is invented. Each test failed before its rule
unless marked as a guard."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_writers_words_after_an_opening_quote_make_it_partial():
    text = (
        "Greta Holm leads the fishermen's cooperative in Skarvik. The quota cut was announced "
        "on Friday. “We will not let them,” to close the harbour for good, she said.\n"
    )
    statement = by_quote(text)["We will not let them,"]
    assert statement.kind == "partial"
    assert statement.speaker == "Greta Holm"
    assert statement.cue == "said"


def test_quote_as_subject_before_a_trailing_title_cue():
    text = (
        "Mayor Tomas Ekdal met the trawler owners on Monday. “Not this winter” was his "
        "reply to their request, the mayor said.\n"
    )
    statement = by_quote(text)["Not this winter"]
    assert statement.kind == "partial"
    assert statement.speaker == "Tomas Ekdal"


def test_run_on_quote_after_an_earlier_direct_quote_of_the_speaker():
    text = (
        "Nadia Farouk, who chairs the parents' council, spoke after the vote. “We were not "
        "consulted,” she said. “A done deal” from the start was how the closure felt, she "
        "said.\n"
    )
    got = by_quote(text)
    assert got["We were not consulted,"].kind == "direct"
    statement = got["A done deal"]
    assert statement.kind == "partial"
    assert statement.speaker == "Nadia Farouk"


def test_clause_spans_report_the_whole_clause_before_a_trailing_cue():
    # PolNeAR's convention (partial_spans="clause"): the reported clause holding the
    # quote, as for "said A “…” B"
    text = (
        "Councillor Ruth Abara voted against the budget. The new depot was “a gift” to the "
        "bus operator, she said.\n"
    )
    got = {s.quote: s for s in extract(text, partial_spans="clause")}
    statement = got["The new depot was “a gift” to the bus operator"]
    assert statement.kind == "partial"
    assert statement.speaker == "Ruth Abara"


def test_clause_spans_keep_an_opening_quote_inside_its_clause():
    text = (
        "Harbourmaster Tomas Ekdal met the trawler owners on Monday. “Not this winter” was "
        "his reply, Ekdal said.\n"
    )
    got = {s.quote: s for s in extract(text, partial_spans="clause")}
    statement = got["“Not this winter” was his reply"]
    assert statement.kind == "partial"
    assert statement.speaker == "Tomas Ekdal"


def test_but_not_quote_after_a_clause_with_a_partial_is_partial():
    text = (
        "Finance chief Oskar Lind said the levy was “a fair ask” of most households, “but not "
        "of pensioners.”\n"
    )
    got = by_quote(text)
    assert got["a fair ask"].kind == "partial"
    statement = got["but not of pensioners."]
    assert statement.kind == "partial"
    assert statement.speaker == "Oskar Lind"


def test_adjacent_lower_case_quote_after_a_partial_is_partial():
    text = (
        "Mayor Ines Kaur called the proposal “careless,” “rushed” and “unworkable.” She did "
        "not say whether she would veto it.\n"
    )
    assert by_quote(text)["rushed"].kind == "partial"


def test_quoted_clause_with_its_own_subject_after_and_keeps_the_first_conjunct():
    text = (
        "Asked whether the clinic would reopen, Director Paul Mensah said the trust had "
        'found a new site and "we hope to move in by spring."\n'
    )
    got = by_quote(text)
    first = got["the trust had found a new site"]
    assert first.kind == "indirect"
    assert first.speaker == "Paul Mensah"
    assert got["we hope to move in by spring."].kind == "partial"


def test_quoted_clause_after_but_keeps_the_first_conjunct():
    text = (
        "Union organiser Lena Brandt said the talks had stalled but “nobody is walking away yet.”\n"
    )
    got = by_quote(text)
    assert got["the talks had stalled"].speaker == "Lena Brandt"
    assert got["nobody is walking away yet."].kind == "partial"


def test_guard_speaker_phrase_after_the_quote_stays_direct():
    # guard: the words after the closing mark name the speaker ('…,' X's head of …, Y,)
    text = (
        "The ferry line's rivals were unimpressed. “The remedy looks generous on paper and "
        "thin everywhere else,” Nordvik Lines' head of strategy, Ada Lund, said.\n"
    )
    statement = by_quote(text)["The remedy looks generous on paper and thin everywhere else,"]
    assert statement.kind == "direct"
    assert statement.speaker == "Ada Lund"


def test_guard_split_direct_quote_after_its_tag_stays_direct():
    # guard: '“…,” she said, “and …”' is one direct quote split by its attribution
    text = (
        "Farmer Elsa Byrne, 61, lost half her flock in the storm. “We rebuilt the fences "
        "twice,” she said on Sunday, “and the wind took them both times.”\n"
    )
    got = by_quote(text)
    assert got["and the wind took them both times."].kind == "direct"


def test_guard_noun_phrase_conjunct_after_and_stays_in_the_clause():
    # guard: a quoted noun phrase after "and" is no clause of its own
    text = 'Chef Marco Ruiz said he missed the market and "the people in it."\n'
    got = by_quote(text)
    assert "he missed the market" not in got
    assert got["the people in it."].speaker == "Marco Ruiz"


def test_quoted_clause_after_comma_and_keeps_the_first_conjunct():
    text = (
        "Principal Hanna Sorensen said the school had hired two more teachers, and “we are "
        "still short of a music teacher.”\n"
    )
    got = by_quote(text)
    assert got["the school had hired two more teachers"].speaker == "Hanna Sorensen"
    assert got["we are still short of a music teacher."].kind == "partial"


def test_guard_time_adjunct_of_the_tag_keeps_the_quote_direct():
    # guard: '“…,” on Sunday, she said': the time belongs to the tag, not to the quote
    text = (
        "Skipper Lotte Vahl brought the yacht home third. “We sailed the boat we had,” on "
        "Sunday, she said.\n"
    )
    statement = by_quote(text)["We sailed the boat we had,"]
    assert statement.kind == "direct"
    assert statement.speaker == "Lotte Vahl"
