"""Round 28, dev precision: verbs that report only with a clause or a claim, read with
an object that names a thing kept up, looked for or written (the PolNeAR dev set's
false positives, split-half protocol). Every story here is invented. Each test failed
before its rule unless marked as a guard."""

from quote_lookup import by_quote


def test_maintain_with_a_state_kept_up_is_no_statement():
    text = (
        "State television has helped Prime Minister Arvid Lunde maintain the image of a "
        "calm, steady leader.\n\n"
        "Mayor Tove Rask maintained order during the three-day strike.\n\n"
        "The coalition has maintained close ties with the farmers' union since 2019.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("the image") for q in got)
    assert not any(q.startswith("order during") for q in got)
    assert not any(q.startswith("close ties") for q in got)


def test_maintain_a_claim_or_a_clause_is_kept():
    # guard: a claim held and a clause after "maintain" are still what was said
    text = (
        "Former treasurer Nils Aamot has always maintained his innocence.\n\n"
        "Mayor Tove Rask maintained that order had been restored by noon.\n\n"
        "Mayor Tove Rask maintained order would return within days.\n"
    )
    got = by_quote(text)
    assert "his innocence" in got
    assert "order had been restored by noon" in got
    assert "order would return within days" in got


def test_seeking_a_job_or_help_is_no_statement():
    text = (
        "The jobless rate counts people in the labour force who are actively seeking "
        "employment.\n\n"
        "Most of the new arrivals in Tromsø are seeking work at the fish plants.\n\n"
        "Two of the injured hikers sought medical attention in Bodø.\n"
    )
    got = by_quote(text)
    assert "employment" not in got
    assert not any(q.startswith("work at") for q in got)
    assert not any(q.startswith("medical attention") for q in got)


def test_seeking_assurances_is_kept():
    # guard: a request for words is still reported
    text = (
        "The union sought assurances that the Hammerfest plant would stay open.\n\n"
        "The union sought assurances that no jobs would go.\n"
    )
    got = by_quote(text)
    assert any(q.startswith("assurances that the Hammerfest") for q in got)
    assert any(q.startswith("assurances that no jobs") for q in got)


def test_writing_letters_without_their_words_is_no_statement():
    text = (
        "I have many friends who are immigrants. I have written letters for several of "
        "them, trying to help them secure visas.\n\n"
        "Councillor Ruth Vale wrote a letter to the harbour board on Monday.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("letters for") for q in got)
    assert not any(q.startswith("a letter to") for q in got)


def test_a_letter_with_its_words_is_kept():
    # guard: the letter's words, given after "that" or a speech participle, are reported
    text = (
        "Councillor Ruth Vale wrote that the letters were forged.\n\n"
        "Councillor Ruth Vale wrote a letter to the harbour board saying the lease was "
        "unlawful.\n"
    )
    got = by_quote(text)
    assert "the letters were forged" in got
    assert "the lease was unlawful" in got
