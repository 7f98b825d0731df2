"""Probe round 8 (reported-speech spans and cues): invented wire-style sentences for
coordinated and participial cues after an unparsed subject, nominal cues, adjective
participles and reported-clause ends."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_coordinated_cue_after_an_unparsed_sentence_subject():
    for subject, cue in (
        ("His ex-wife agreed, but also contended that", "contended"),
        ("His ex-wife agreed, saying", "saying"),
        ("Those close to him agreed, but said", "said"),
    ):
        ss = by_quote(f"{subject} she had paid the debts herself.")
        s = ss.get("she had paid the debts herself")
        assert s is not None and s.cue == cue and s.source == subject.split(" agreed")[0], subject
    # finding is no speech, and a present-tense first verb may be a noun ("rates")
    assert by_quote("The paranoia remained but found other points of focus.") == {}


def test_noun_of_saying_made_or_issued_by_the_subject():
    for phrase in (
        "made the argument that",
        "made the point that",
        "made the case that",
        "made the prediction that",
        "made allegations that",
        "made unfounded allegations that",
    ):
        ss = by_quote(f"The governor {phrase} the plan would save money.")
        s = ss.get("the plan would save money")
        assert s is not None and s.source == "The governor", phrase
    ss = by_quote("Smith's allegations that the election was rigged were dismissed.")
    assert ss["the election was rigged"].speaker == "Smith"
    # a relative clause, an expletive subject: no statement
    for text in (
        "The court heard the case that the family brought in 2019.",
        "He made the point that mattered most.",
        "It made the point that costs would rise.",
    ):
        assert by_quote(text) == {}, text


def test_participle_after_article_and_adverb_is_an_adjective():
    for text in (
        "The widely reported deal fell apart on Monday.",
        "The newly announced plan would cut taxes.",
        "Her widely praised speech drew applause.",
        "The previously reported figures were revised.",
    ):
        assert by_quote(text) == {}, text
    ss = by_quote("Critics attacked his recently revealed tax avoidance strategies.")
    assert [s.cue for s in ss.values()] == ["attacked"]
    # a noun spelt like an adverb: the verb is still a verb
    ss = by_quote("Attorneys for the family released it to reporters.")
    assert ss["it to reporters"].cue == "released"


def test_audience_with_a_counted_membership_is_the_listener():
    for audience in (
        "a crowd of about 2,000 supporters",
        "an audience of several hundred students that",
        "a gathering of 300 local farmers",
        "a crowd of 2,000",
        "a crowd of 2,000 people",
    ):
        ss = by_quote(f"The senator told {audience} the bill would pass.")
        assert list(ss) == ["the bill would pass"], audience


def test_participle_after_the_opening_subject_ends_before_the_main_verb():
    for main in ("filed suit on Monday", "have demanded a recount", "say it will fail"):
        ss = by_quote(f"Critics arguing that the law was unconstitutional {main}.")
        s = ss.get("the law was unconstitutional")
        assert s is not None and s.cue == "arguing" and s.source == "Critics", main


def test_trailing_participle_ends_before_the_speakers_next_act():
    ss = by_quote("The mayor thanked the crowd, saying the city would rebuild, and went home.")
    assert ss["the city would rebuild"].cue == "saying"
    ss = by_quote("The minister resigned on Friday, citing health reasons, and left the country.")
    assert list(ss) == ["health reasons"]


def quotes_and_sources(text):
    return [(s.quote, s.source) for s in extract(text)]


def test_it_passive_as_an_aside():
    got = quotes_and_sources("The union, it was reported on Friday, will strike.")
    assert got == [("The union", None), ("will strike", None)]
    got = quotes_and_sources("The union will strike, it was reported last week.")
    assert got == [("The union will strike", None)]
    got = quotes_and_sources("The plant, it is understood, will close.")
    assert got == [("The plant", None), ("will close", None)]
    # not an aside: "it" is the subject of its own clause
    ss = by_quote("Although the missile is not thought to be accurate, it is considered a threat.")
    assert "a threat" in ss and not any(q.startswith("Although") for q in ss)
    assert by_quote("When the plant closed, it was announced.") == {}


def test_attitude_adjective_after_a_linking_verb():
    for link in ("came away", "walked away", "became", "grew", "remained"):
        ss = by_quote(f"The negotiators {link} convinced that a deal was close.")
        s = ss.get("a deal was close")
        assert s is not None and s.source == "The negotiators", link


def test_object_of_an_implicative_verb_speaks_the_infinitive_cue():
    ss = by_quote("Prosecutors forced the banker to admit that he had lied.")
    assert ss["he had lied"].source == "the banker"
    ss = by_quote("The scandal forced Mayor Ann Lee to concede that mistakes were made.")
    assert ss["mistakes were made"].speaker == "Ann Lee"
    ss = by_quote("The evidence led investigators to conclude that the fire was arson.")
    assert ss["the fire was arson"].source == "investigators"
    text = "Mayor Ann Lee met Tom Smith on Monday. Smith persuaded her to say the plan was dead."
    assert by_quote(text)["the plan was dead"].speaker == "Ann Lee"


def test_clause_after_under_questioning():
    for text, content in (
        (
            "The case collapsed after he admitted under questioning he hadn't read it.",
            "he hadn't read it",
        ),
        ("Smith admitted under oath he lied.", "he lied"),
        (
            "Smith conceded under intense cross-examination the figures were wrong.",
            "the figures were wrong",
        ),
        ("Smith testified under oath that Trump knew.", "Trump knew"),
    ):
        assert content in by_quote(text), text


def test_and_clause_after_a_parenthetical_tag():
    for tag in ("the ministry said", "the ministry said in a monthly report"):
        got = quotes_and_sources(f"Exports fell 3 percent, {tag}, and imports rose 2 percent.")
        assert got == [
            ("Exports fell 3 percent", "the ministry"),
            ("imports rose 2 percent", "the ministry"),
        ], tag
    # the speaker's own next act, another speaker's cue: not the tag's second clause
    got = quotes_and_sources("Exports fell, the minister said, and then left the room.")
    assert got == [("Exports fell", "the minister")]
    got = quotes_and_sources("Exports fell, the minister said, and she added that imports rose.")
    assert got == [("Exports fell", "the minister"), ("imports rose", "she")]


def test_from_gerund_cue_ends_before_the_range_end():
    ss = by_quote("Smith went from saying the plan was dead to backing it.")
    assert list(ss) == ["the plan was dead"]
    ss = by_quote("Smith refrained from saying the plan was going to fail.")
    assert list(ss) == ["the plan was going to fail"]


def test_message_a_speech_participle_modifies_is_its_source():
    ss = by_quote("Protesters carried handwritten signs saying the war must end.")
    assert ss["the war must end"].source == "handwritten signs"
    # a message the subject sent speaks for its sender (probe round 11; was "a letter")
    ss = by_quote("The company sent employees a letter saying the plant would close.")
    assert ss["the plant would close"].source == "The company"
    # a name opening the phrase is the author
    ss = by_quote("Trump unleashed a series of tweets criticizing the judge.")
    assert ss["the judge"].speaker == "Trump"


def test_coordinated_cue_after_an_irregular_past_main_verb():
    ss = by_quote("The company sank to a loss and warned that more cuts were likely.")
    assert ss["more cuts were likely"].source == "The company"


def test_possessive_after_the_subjects_own_verb_is_the_subject():
    ss = by_quote("Acme Corp stood by its claim that the product was safe.")
    assert ss["the product was safe"].speaker == "Acme Corp"
    ss = by_quote("Smith doubled down on his claim that the vote was rigged.")
    assert ss["the vote was rigged"].speaker == "Smith"
    ss = by_quote("The company stood by its claim that the product was safe.")
    assert ss["the product was safe"].source == "The company"
    # a gender that does not fit leaves the pronoun
    ss = by_quote("Ann Smith renewed his call for a ceasefire.")
    assert ss["a ceasefire"].source == "his"


def test_phrasal_retorts_and_taking_issue():
    for text, content in (
        ("Smith took issue with the claim that the tax would hurt families.",
         "the claim that the tax would hurt families"),
        ("The union took exception to remarks by the mayor.", "remarks by the mayor"),
        ("The office pushed back against suggestions that the plan was dead.",
         "suggestions that the plan was dead"),
        ("The mayor hit back at critics of the plan.", "critics of the plan"),
        ("The company fired back at the regulator on Monday.", "the regulator"),
        ("Smith shot back that the report was wrong.", "the report was wrong"),
        ("The senator lashed out at critics of the plan.", "critics of the plan"),
    ):  # fmt: skip
        assert list(by_quote(text)) == [content], text
    # force, weather, a bare verb: no statement
    for text in (
        "The storm hit at dawn.",
        "Police fired at the crowd.",
        "Troops fired back at the gunmen.",
        "The gunman shot at officers.",
    ):
        assert by_quote(text) == {}, text


def test_writers_comment_noun_after_a_comma_or_dash_ends_the_clause():
    for sep in (",", " —", " --"):
        text = f"The mayor said the budget was balanced{sep} a claim disputed by auditors."
        got = quotes_and_sources(text)
        assert ("the budget was balanced", "The mayor") in got, sep
        assert all(src != "a claim" for _, src in got), sep
    ss = by_quote("The mayor said the cost — a figure of $2 million — was too high.")
    assert "the cost — a figure of $2 million — was too high" in ss


def test_writers_comparison_with_forecasts_ends_the_clause():
    ss = by_quote("The CEO said sales rose 5 percent in the quarter, beating forecasts.")
    assert list(ss) == ["sales rose 5 percent in the quarter"]
    text = "The company said net profit fell sharply, missing analysts' expectations."
    assert list(by_quote(text)) == ["net profit fell sharply"]


def test_agentless_nouns_of_saying_and_fearing():
    for text, content in (
        ("Amid claims that the vote was rigged, officials ordered a recount.",
         "the vote was rigged"),
        ("There are fears that the dam could fail.", "the dam could fail"),
        ("There have been growing concerns that the bank is in trouble.",
         "the bank is in trouble"),
        ("Shares fell amid reports that the company would cut jobs.",
         "the company would cut jobs"),
    ):  # fmt: skip
        assert quotes_and_sources(text) == [(content, None)], text
    assert by_quote("But there were signs that the city was ready to move on.") == {}
    # a verb in -s with a that-clause after a group subject
    ss = by_quote("The company claims that its products are safe.")
    assert ss["its products are safe"].source == "The company"
    assert by_quote("The campaign claims that the vote was rigged were debunked.") == {}


def test_described_possessor_of_a_noun_of_saying():
    ss = by_quote("His lawyer's assertion that the evidence was planted drew gasps.")
    assert ss["the evidence was planted"].source == "His lawyer"
    ss = by_quote("The group's claims that the vote was rigged were false.")
    assert ss["the vote was rigged"].source == "The group"
    text = "Sen. Ann Ray spoke on Monday. The senator's claim that the vote was rigged was false."
    assert by_quote(text)["the vote was rigged"].speaker == "Ann Ray"


def test_cue_in_a_nonrestrictive_relative_ends_before_the_main_verb():
    for main in ("passed", "rose in popularity", "will fail"):
        ss = by_quote(f"The plan, which critics say is too costly, {main}.")
        assert list(ss) == ["which", "is too costly"], main
    ss = by_quote("The bill, which Smith called a disaster, failed.")
    assert list(ss) == ["which", "a disaster"]


def test_who_as_the_object_of_a_nested_cue():
    for text in (
        "The man, who police said was armed, fled the scene.",
        "The man who police said was armed fled the scene.",
        "Officials identified the man who police said was armed.",
    ):
        assert quotes_and_sources(text) == [("who", "police"), ("was armed", "police")], text
    ss = by_quote("Smith, who said the plan was dead, resigned.")
    assert ss["the plan was dead"].speaker == "Smith"


def test_cue_spelt_noun_inside_a_reported_noun_phrase():
    ss = by_quote("Smith made no secret of his disdain for the plan.")
    assert list(ss) == ["his disdain for the plan"]
    ss = by_quote("Smith took aim at the governor's budget plan.")
    assert list(ss) == ["the governor's budget plan"]


def test_coordinated_cue_in_a_who_clause_and_no_bare_article_subject():
    text = (
        "The new video has become a focal point for protesters here, who have taken to "
        "the streets and called for its release."
    )
    assert quotes_and_sources(text) == [("its release", "who")]
    assert by_quote("The plan collapsed, saying nothing about the cost.") == {}
    assert by_quote("He intensified the personal attacks that have defined his bid.") == {}


def test_persisted_in_arguments_that():
    for possessive in ("", "their "):
        text = f"Democrats persisted in {possessive}arguments that the tax cuts favored the rich."
        assert quotes_and_sources(text) == [("the tax cuts favored the rich", "Democrats")], text
    assert by_quote("The rain persisted in the valley that night.") == {}
