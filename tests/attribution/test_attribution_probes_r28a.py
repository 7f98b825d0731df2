"""Round 28, probe r28a's training errors (r28-a): structural and framing text that is no
statement — a standfirst or deck between the headline and the byline, a pull quote that
repeats a quotation of the body and an appearance (`seemed unimpressed`). Each tested
with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_deck_between_headline_and_byline_is_no_statement():
    text = (
        "Harbour tolls to double next spring\n\n"
        "The rise will pay for a new breakwater. Fishermen expected a smaller increase, and "
        "the harbourmaster says the boats will have to absorb it.\n\n"
        "By Alan Ruiz, Coastal Courier\n\n"
        "Tolls for moorings at Port Carrick will double in April, the harbour board said on "
        "Monday.\n\n"
        "Harbourmaster Fiona Drummond said the boats would have to absorb the cost.\n"
    )
    got = by_quote(text)
    assert not any("breakwater" in q or "smaller increase" in q for q in got)
    assert not any(q.startswith("the boats will have to") for q in got)
    assert got["the boats would have to absorb the cost"].speaker == "Fiona Drummond"
    assert any(q.startswith("Tolls for moorings") for q in got)
    # without a byline after it, the second paragraph is the lead: kept
    lead = by_quote(text.replace("By Alan Ruiz, Coastal Courier\n\n", ""))
    assert "the boats will have to absorb it" in lead


def test_a_pull_quote_repeating_the_body_is_one_statement():
    text = (
        "The orchard's owner, Miriam Kessler, has farmed the valley for 30 years.\n\n"
        "“Every spring I think the frost has finished us, and every spring the trees prove me "
        "wrong,” Kessler said. “They are tougher than I am.”\n\n"
        "Her neighbour, Olav Brandt, grows pears across the road.\n\n"
        "“Every spring I think the frost has finished us, and every spring the trees prove me "
        "wrong.”\n\n"
        "“We share the frost fans,” he said.\n"
    )
    statements = [s for s in by_quote(text).values() if "frost has finished" in s.quote]
    assert len(statements) == 1
    assert statements[0].speaker == "Miriam Kessler"


def test_seeming_is_no_statement_but_seems_to_stays():
    text = (
        "The inspectors, who toured the plant on Tuesday, seemed unimpressed.\n\n"
        "The company seemed to accept that the deadline would slip.\n"
    )
    got = by_quote(text)
    assert "unimpressed" not in got
    assert any("accept that the deadline" in q or "the deadline would slip" in q for q in got)
