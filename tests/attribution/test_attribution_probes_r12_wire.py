"""Probe round 12: invented international wire and business copy."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_a_time_adverbial_alone_after_a_cue_reports_nothing():
    assert extract("The Dorvan finance minister will testify next week.") == []
    text = "Kestrel Mining, which reports next week, has said it expects copper prices to fall."
    assert list(by_quote(text)) == ["it expects copper prices to fall"]
    # a time phrase before the clause still leaves it
    text = "The firm said last week, in a filing, that it would close two mills."
    assert list(by_quote(text)) == ["it would close two mills"]


def test_showing_off_or_showing_up_is_no_finding():
    assert extract("Brixel Labs showed off a folding laptop at the fair on Monday.") == []
    assert extract("Lawyers for the builder showed up at the tribunal late.") == []
    # "up to" is a quantity
    s = by_quote("The survey showed up to 40% of Tarnow voters were undecided.")
    assert list(s) == ["up to 40% of Tarnow voters were undecided"]


def test_recognizing_a_state_or_its_government_is_diplomacy_not_speech():
    text = "Ostravia, which does not recognize the government of Cyprus, said the deal was void."
    assert list(by_quote(text)) == ["the deal was void"]
    assert extract("Greece does not recognize the annexation.") == []
    # praise, or a clause, is still reported
    text = "Minister Lena Varga recognized the efforts of the volunteers."
    assert list(by_quote(text)) == ["the efforts of the volunteers"]
    text = "Varga recognized the government had failed the flood victims."
    assert list(by_quote(text)) == ["the government had failed the flood victims"]


def test_a_naming_participle_with_its_article_stays_inside_the_clause():
    text = "Tilde Amsel said the tablet, called the Corvo Slate, would go on sale in March."
    s = by_quote(text)
    assert list(s) == ["the tablet, called the Corvo Slate, would go on sale in March"]
    assert s["the tablet, called the Corvo Slate, would go on sale in March"].cue == "said"
    # a speaker after a parenthetical still calls
    text = "The senator, visibly angry, called the Senate a circus."
    assert list(by_quote(text)) == ["the Senate a circus"]


def test_it_after_a_described_body_is_not_an_earlier_organisation():
    text = (
        "UNICEF said its clinic in Tamar had closed.\n\n"
        "The armed militia controlling the highway denied blocking convoys. In a statement "
        "posted online, it said the trucks had been held for inspection.\n"
    )
    s = by_quote(text)["the trucks had been held for inspection"]
    assert s.speaker is None and s.organization is None
    # a named organisation before "it" still speaks
    text = (
        "UNICEF said its clinic in Tamar had closed. It said the trucks "
        "had been held for inspection.\n"
    )
    s = by_quote(text)["the trucks had been held for inspection"]
    assert s.speaker == "UNICEF"


def test_the_company_is_not_the_firm_of_an_analyst():
    text = (
        "OSLO (Reuters) - Chief Executive Ruth Lande said Kvaro Salmon had a strong quarter.\n\n"
        "Shares in Kvaro rose 5% in early trading.\n\n"
        'Analysts at Tordal Securities said the guidance was "too cautious".\n\n'
        "The company said it expected sales to rise next year.\n"
    )
    s = by_quote(text)["it expected sales to rise next year"]
    assert s.speaker is None and s.organization is None
    # a company named without an analyst still gives the company
    text = (
        "Tordal Securities cut 40 jobs on Monday.\n\n"
        "The company said it expected sales to rise next year.\n"
    )
    s = by_quote(text)["it expected sales to rise next year"]
    assert s.speaker == "Tordal Securities"


def test_a_preposed_title_with_its_place_keeps_the_title():
    text = "A U.N. spokesman in Geneva, Tomas Ebeling, said the convoy would leave on Friday."
    s = by_quote(text)["the convoy would leave on Friday"]
    assert s.speaker == "Tomas Ebeling"
    assert s.role == "spokesman" and s.organization == "UN"
    text = "A police spokeswoman in Derby, Nia Probert, said the road was closed."
    s = by_quote(text)["the road was closed"]
    assert s.role == "police spokeswoman"


def test_a_place_adverbial_after_the_cue_leaves_the_fronted_clause():
    text = "Mr Varen will appeal, his lawyer Ines Koller told reporters outside the courthouse."
    s = by_quote(text)
    assert list(s) == ["Mr Varen will appeal"]
    assert s["Mr Varen will appeal"].speaker == "Ines Koller"
    text = "The builder will appeal, its lawyer said outside the tribunal."
    assert list(by_quote(text)) == ["The builder will appeal"]


def test_a_participle_describing_the_document_after_according_to_is_no_content():
    text = (
        "According to the letters, seen by the BBC, a senior official wrote that the bid "
        "should move quickly."
    )
    s = by_quote(text)
    assert "seen by the BBC" not in s
    assert s["a senior official wrote that the bid should move quickly"].source == "the letters"
    text = "According to the audit, published on Monday, exports to Chile fell."
    assert list(by_quote(text)) == ["exports to Chile fell"]


def test_it_after_an_unnamed_acting_body_is_not_the_company_that_spoke():
    text = (
        "Velmora said it took note of the ruling.\n\n"
        "The market regulator fined Velmora 50 million euros in 2023. It said on Monday "
        "that it had no comment on the case.\n"
    )
    s = by_quote(text)["it had no comment on the case"]
    assert s.speaker is None and s.organization is None
    # a sentence about something else, or the company itself, leaves the company
    text = "Velmora said it took note of the ruling. The deal closed in May. It said sales rose."
    assert by_quote(text)["sales rose"].speaker == "Velmora"
    text = "Velmora said it took note of the ruling. The company has 300 staff. It said sales rose."
    assert by_quote(text)["sales rose"].speaker == "Velmora"


def test_a_source_close_to_her_is_the_speaker_not_the_woman_before():
    text = (
        "Minister Edda Rowe has not commented publicly, but a source close to her told the "
        'BBC she had "no intention whatsoever" of standing down.'
    )
    s = by_quote(text)["no intention whatsoever"]
    assert s.speaker is None
    assert s.source == "a source close to her"
    s = by_quote("People close to her said she would stay.")["she would stay"]
    assert s.source == "People close to her"


def test_a_participle_after_a_comma_never_inverts_its_subject():
    text = "The Lorvik council denied the claim, saying the plant complied fully."
    s = by_quote(text)
    assert s["the plant complied fully"].source == "The Lorvik council"
    assert s["the plant complied fully"].cue == "saying"
    assert "The Lorvik council denied the claim" not in s
    text = "A Brel spokesman rejected the accusation, saying the rules applied equally."
    s = by_quote(text)["the rules applied equally"]
    assert s.source == "A Brel spokesman"


def test_it_after_a_countrys_unnamed_regulator_is_not_the_company_that_spoke():
    text = (
        "Velmora said it took note of the ruling.\n\n"
        "Norway's market regulator, the NFT, fined Velmora 50 million crowns in 2023. It said "
        "on Monday that it had no comment on the case.\n"
    )
    s = by_quote(text)["it had no comment on the case"]
    assert s.speaker is None and s.organization is None


def test_a_relative_clause_after_an_age_belongs_to_the_named_person():
    s = by_quote("Luc Varenne, 61, who denied the charges, will appeal.")["the charges"]
    assert s.speaker == "Luc Varenne"
    s = by_quote("Ana Ruiz, 45, who criticized the plan, said the vote was rushed.")
    assert s["the plan"].speaker == "Ana Ruiz"


def test_calls_to_resign_end_before_a_subordinate_clause():
    text = "The Tarvel health minister is facing calls to resign after leaked memos surfaced."
    s = by_quote(text)
    assert "resign" in s and s["resign"].cue == "calls"
    text = "The mayor of Brel faces calls to step down over the scandal."
    assert "step down over the scandal" in by_quote(text)


def test_the_service_names_the_one_service_written_before():
    text = (
        "The Tarvel Ambulance Service said demand had risen by 12%.\n\n"
        "A spokesman for the service said it was recruiting 100 new staff.\n"
    )
    s = by_quote(text)["it was recruiting 100 new staff"]
    assert s.organization == "Tarvel Ambulance Service"
    text = "The Brel Fire Service said the blaze was out. The service said two homes were lost."
    assert by_quote(text)["two homes were lost"].speaker == "Brel Fire Service"
