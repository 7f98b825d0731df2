"""Probe round 11, the lead's second pass (after the helpers' branches were merged):
invented obituary, court and local copy."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_a_prepositional_cue_after_a_determiner_and_an_adjective_is_a_noun():
    text = (
        "Colleagues remembered him as a fierce defender of civil liberties and a tireless "
        "advocate for the state's dairy farmers."
    )
    assert extract(text) == []
    s = by_quote("The group has long advocated for the state's dairy farmers.")[
        "the state's dairy farmers"
    ]
    assert s.source == "The group"


def test_a_participle_and_its_object_after_a_plural_subject():
    s = by_quote("Scientists studying the virus said it was spreading.")["it was spreading"]
    assert (s.speaker, s.source) == (None, "Scientists studying the virus")
    s = by_quote("Residents fleeing the fire said the sky was orange.")["the sky was orange"]
    assert s.source == "Residents fleeing the fire"
    text = "Astronomers using the Webb telescope say they have found water vapour."
    s = by_quote(text)["they have found water vapour"]
    assert (s.speaker, s.source) == (None, "Astronomers using the Webb telescope")
    # a disaster as the subject is still no source
    assert extract("The raging fire claimed three homes.") == []


def test_a_closing_cue_with_a_time_phrase_and_a_venue():
    text = (
        "Its surface could hold liquid water, the team reported on Wednesday in the "
        "Astrophysical Journal Letters."
    )
    s = by_quote(text)["Its surface could hold liquid water"]
    assert (s.source, s.cue) == ("the team", "reported")
    # a cue with its own clause is no closing attribution
    text = "Like President Obama, I believe in the good sense of the American people."
    assert "Like President Obama" not in by_quote(text)


def test_a_question_and_answer_intro_with_a_pronoun_names_the_interviewee():
    text = (
        "Q&A: The food bank's new head\n\n"
        "Marisol Vega took over the food bank in January. She spoke with the Herald about "
        "what has changed.\n\n"
        "Q: How much has demand grown?\n\n"
        "A: We are serving about 40% more families than a year ago.\n\n"
        "Q: Are donations keeping up?\n\n"
        "A: Honestly, no. Our shelves were thin in March."
    )
    s = by_quote(text)["We are serving about 40% more families than a year ago."]
    assert s.speaker == "Marisol Vega"


def test_a_court_ruling_by_a_tally():
    text = (
        "The Supreme Court on Friday upheld the law, ruling 8-1 that the restriction is "
        "consistent with the nation's history."
    )
    s = by_quote(text)["the restriction is consistent with the nation's history"]
    assert s.cue == "ruling"
    s = by_quote("The justices ruled 5-4 that the map was unlawful.")["the map was unlawful"]
    assert s.source == "The justices"


def test_plural_agents_of_a_country_are_a_bodys_name():
    s = by_quote('Gun Owners of America called it "a setback."')["a setback."]
    assert (s.speaker, s.speaker_type) == ("Gun Owners of America", "organization")
    s = by_quote("Supporters of Israel said the vote was unfair.")["the vote was unfair"]
    assert s.speaker is None


def test_a_conjunct_with_its_own_speech_verb_after_a_parenthetical_cue():
    text = (
        "The plan could cost $2 billion, Park said, though she added that federal aid "
        "would cover most of it."
    )
    found = by_quote(text)
    assert found["The plan could cost $2 billion"].cue == "said"
    s = found["federal aid would cover most of it"]
    assert (s.cue, s.source) == ("added", "she")
    # a clause of its own is still the speaker's
    text = "The plan could cost $2 billion, Park said, and the state would pay the rest."
    assert by_quote(text)["the state would pay the rest"].cue == "said"


def test_not_having_commented_is_a_non_answer():
    (s,) = extract("Swift has not commented on the report.")
    assert s.confidence <= 0.3
    (s,) = extract("She commented on the report at length.")
    assert s.confidence > 0.3


def test_an_unnamed_source_names_a_body_by_its_head_word():
    text = (
        "The European Commission said the rule was needed. A Commission spokesman said "
        "the rule was fair."
    )
    s = by_quote(text)["the rule was fair"]
    assert (s.speaker, s.organization) == (None, "EU")
