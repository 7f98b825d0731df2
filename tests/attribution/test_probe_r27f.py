"""Round 27, probe r27f's training errors (r27-f): quoted words that are no statement
(round 2 after r26c): a translation in brackets, lyrics and an amendment's words, terms
listed after `words such as`, a claim named between a determiner and its noun, a
newspaper's headline, a trade's habitual name, a poll's question, a seller's listing, a
hypothetical under `nobody`, a missing label, and who speaks a document's or a message's
words. Each tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_translation_in_brackets_is_no_second_statement():
    text = (
        "The band's best-known song opens with the line “Nos vemos en la frontera, hermano” "
        "(“We'll meet at the border, brother”), which fans sing back at every show.\n\n"
        "The weekly El Sol put the vote on its cover. The headline read: “¿Quién paga?” "
        "(“Who pays?”)\n\n"
        "“The music belongs to the people,” the band’s manager, Rafael Ortiz, said.\n"
    )
    got = by_quote(text)
    assert not any("frontera" in q or "border" in q for q in got)
    assert not any("paga" in q or "Who pays" in q for q in got)
    assert got["The music belongs to the people,"].speaker == "Rafael Ortiz"


def test_a_quote_and_its_bracketed_translation_give_one_statement():
    text = (
        "“Nunca más,” Mayor Elena Ruiz told the crowd in Oaxaca (“Never again”).\n\n"
        "Ruiz said the city would rebuild the market “in Spanish and in Zapotec” "
        "(“en español y en zapoteco”).\n"
    )
    got = by_quote(text)
    assert "en español y en zapoteco" not in got
    assert got["in Spanish and in Zapotec"].speaker == "Elena Ruiz"


def test_lyrics_and_an_amendments_words_are_words_as_words():
    text = (
        "Sen. Paul Okafor, a Dover Democrat, offered an amendment that would have added the "
        'words "unless the school board votes otherwise in a public meeting" to Section 2. It '
        "failed 9-12.\n\n"
        'The anthem\'s chorus "we rise with the river and we sleep with the stars" was '
        "written in 1912.\n\n"
        'Okafor said the bill "takes a decision away from the people closest to it."\n'
    )
    got = by_quote(text)
    assert not any(q.startswith("unless the school board") for q in got)
    assert not any("the words" in q for q in got)
    assert not any(q.startswith("we rise with the river") for q in got)
    assert got["takes a decision away from the people closest to it."].speaker == "Paul Okafor"


def test_a_singer_who_added_the_words_still_speaks_them():
    # "add" is editing only with a text it goes "to" or "into": a singer's added words
    # stay hers (PolNeAR's gold reports them)
    text = (
        "Ms. Reyes closed her set with a slow ballad, and at the end she added the words, "
        "''Vote on Tuesday.''\n"
    )
    got = by_quote(text)
    assert any("Vote on Tuesday" in q for q in got)


def test_terms_listed_after_words_such_as_are_no_partials():
    text = (
        "Dr Aisha Grant, a dermatologist, said labels such as ‘skin-friendly’ and "
        "‘dermatologically soothing’ had become ‘a fog that sells cream’.\n"
    )
    got = by_quote(text)
    assert "skin-friendly" not in got
    assert "dermatologically soothing" not in got
    assert got["a fog that sells cream"].speaker == "Aisha Grant"


def test_a_claim_named_between_a_determiner_and_its_noun_leaves_the_clause():
    text = (
        "Mark Ellis, a lawyer at the firm Dunmore Pike, said the regulator had now rejected "
        "every ‘zero waste’ claim it had been asked to look at this year.\n"
    )
    got = by_quote(text)
    assert "zero waste" not in got
    assert any(q.startswith("the regulator had now rejected every") for q in got)


def test_a_name_for_something_after_a_colon_is_no_statement():
    text = (
        "Lenders have a name for the loans the bank kept refusing to write off: ‘zombie "
        "credit’. The bank's chief executive, Joan Patel, said the phrase was unfair.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("zombie") for q in got)


def test_a_newspapers_headline_read_out_is_no_statement():
    text = (
        "“We will not close a single ward,” Health Minister Lara Quinn said on Monday.\n\n"
        "The Evening Post was not convinced. Its headline read: “Ward Closures Loom.”\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("Ward Closures") for q in got)


def test_a_trades_habitual_name_is_no_statement():
    text = (
        "The new rules do not cover what the industry calls “ghost kitchens,” the "
        "delivery-only restaurants.\n\n"
        "Tom Kerr said he had sold his old truck to a dealer who buys the diesel models that "
        "mechanics now describe as “the unkillables.”\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("ghost kitchens") for q in got)
    assert not any(q.startswith("the unkillables") and len(q) < 20 for q in got)
    assert any(q.startswith("he had sold his old truck") for q in got)


def test_a_polls_question_is_no_statement():
    text = (
        "Harbor Energy said on Tuesday that it would appeal.\n\n"
        "A survey by the Coastal Residents Alliance asked 800 homeowners, “Would you accept "
        "a wind farm within sight of your home?” Sixty-one percent said no, the alliance "
        "said.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("Would you accept") for q in got)
    assert got["Sixty-one percent said no"].speaker == "Coastal Residents Alliance"


def test_a_sellers_listing_is_no_statement_and_a_review_is_nobodys_to_continue():
    text = (
        "“We stand by every claim we make,” the company’s founder, Nina Hale, said.\n\n"
        "The product’s online listing still describes the kettle as ‘the quietest in "
        "Britain’. One review under it, from a buyer in Derby, reads: ‘Louder than my "
        "old one.’\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("the quietest in") for q in got)
    assert got["Louder than my old one."].speaker is None


def test_a_hypothetical_under_nobody_is_no_statement():
    text = (
        "Mayor Ruth Diaz said the audit had been done “by people we have never met” so "
        "nobody could accuse the council of marking its own homework.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("the council of marking") for q in got)
    assert got["by people we have never met"].speaker == "Ruth Diaz"


def test_a_missing_label_is_no_statement():
    text = (
        "The watchdog also upheld complaints about a radio advert by the chef Sam Lowe, in "
        "which he said the pans were ‘unbreakable’, because the advert was not labelled as "
        "an ad.\n"
    )
    got = by_quote(text)
    assert "an ad" not in got
    assert "the advert" not in got
    assert got["unbreakable"].speaker == "Sam Lowe"


def test_a_message_sent_by_someone_else_is_not_the_readers():
    text = (
        "“This is not how a council should treat its tenants,” Councillor Amy Roth said.\n\n"
        "She read out an email that a housing officer sent to a tenant in May: “No "
        "repairs until the new budget. Please stop calling.”\n"
    )
    got = by_quote(text)
    assert got["No repairs until the new budget. Please stop calling."].speaker is None


def test_it_after_a_document_subject_is_the_document():
    text = (
        "The Harrow Growers Association opposes the plan, and its chairman, Ben Cole, said "
        "it was “rushed.”\n\n"
        "Clause 9 is where the fight is. It says a council “may acquire land without "
        "consent” when a project is of regional importance.\n"
    )
    got = by_quote(text)
    assert got["may acquire land without consent"].speaker is None


def test_a_participle_aside_after_the_subject_is_no_inverted_cue():
    text = (
        "The full text of the order, posted on the court's website, says landlords who "
        "ignore it face a fine of $5,000 a day.\n"
    )
    got = by_quote(text)
    assert "landlords who ignore it face a fine of $5,000 a day" in got
    assert not any(q.startswith("The full text") for q in got)


def test_a_quote_opening_a_second_verb_phrase_leaves_the_first_reported():
    text = (
        "Mayor Tim Ross said the city had run out of money and “would have to borrow by "
        "June.”\n\n"
        "The singer Ana Bell, who has 2 million followers, wrote on Instagram on Friday that "
        "she had been paid by the brand and ‘should have said so’.\n"
    )
    got = by_quote(text)
    assert got["the city had run out of money"].speaker == "Tim Ross"
    assert got["would have to borrow by June."].speaker == "Tim Ross"
    assert got["she had been paid by the brand"].speaker == "Ana Bell"
    assert got["should have said so"].speaker == "Ana Bell"
