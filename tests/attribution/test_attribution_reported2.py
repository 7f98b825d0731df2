"""Reported speech, round 2: appositive heads, fronted cues, headline media, new cue
families — on hand-written sentences."""

from articles.attribution import extract


def indirect(text):
    return [s.quote for s in extract(text) if s.kind == "indirect"]


def test_appositive_head_before_the_subject_is_not_reported_content():
    text = "Their mother, Joan Patel, 79, has not commented publicly."
    assert "Their mother" not in indirect(text)
    assert "The company's lawyer" not in indirect(
        "The company's lawyer, Tom Reyes, declined to comment."
    )
    # a real fronted clause still is
    assert "The deal is off" in indirect("The deal is off, Tom Reyes said on Monday.")


def test_fronted_clause_with_its_own_prepositional_cue_keeps_its_subject():
    ss = extract(
        "As Garcia talked about rebuilding trust with the neighbourhoods, Miller "
        "highlighted the rise in burglaries."
    )
    by_quote = {s.quote: s.source for s in ss if s.kind == "indirect"}
    assert by_quote.get("rebuilding trust with the neighbourhoods") == "Garcia"
    assert not any(q.startswith("As Garcia") for q in by_quote)
    assert by_quote.get("the rise in burglaries") == "Miller"


def test_object_starting_with_an_ing_noun_ends_before_the_medium():
    text = (
        "Mayor defends parking policy in radio interview\n\n"
        "Mayor Ana Ruiz on Sunday defended her policy."
    )
    qs = indirect(text)
    assert "parking policy" in qs
    assert not any("radio interview" in q for q in qs)
    # a gerund clause ends before the medium too
    qs = indirect("The union called for scrapping the fare rise in a statement on Monday.")
    assert "scrapping the fare rise" in qs


def test_short_adverbial_between_a_prepositional_cue_and_its_preposition():
    qs = indirect("The governor speaks more often in public about housing costs.")
    assert "housing costs" in qs
    assert "the old mill on the river" in indirect(
        "The mayor, who grew up in the town, spoke during her speech of the old mill on the river."
    )


def test_object_ends_before_more_media_of_the_statement():
    assert "the zoning plan" in indirect(
        "The judge rejected the zoning plan in a ruling issued on Friday."
    )
    assert "the merger" in indirect("The senator denounced the merger in a long diatribe.")
    assert "the figure" in indirect("Both candidates cited the figure at a televised forum.")
    # a gerund object keeps an occasion introduced by "during"
    qs = indirect("The group criticized fact-checking the mayor during the forum last week.")
    assert not any(q == "fact-checking the mayor" for q in qs)


def test_light_verb_phrases_report_their_prepositional_object():
    cases = {
        "The ministers made little secret of their frustration with the delays.": (
            "their frustration with the delays",
            "The ministers",
        ),
        "The governor has no illusions about the cost of the bridge.": (
            "the cost of the bridge",
            "The governor",
        ),
        "Two council members raised questions about the parking contract.": (
            "the parking contract",
            "Two council members",
        ),
        "The senator made the case for a higher minimum wage.": (
            "a higher minimum wage",
            "The senator",
        ),
        "The mayor took aim at the transit board.": ("the transit board", "The mayor"),
    }
    for text, (quote, source) in cases.items():
        got = {s.quote: s.source for s in extract(text) if s.kind == "indirect"}
        assert got.get(quote) == source, (text, got)
    # not a light verb: "faced questions about" is somebody else's question
    ss = extract("The charity has faced questions about its accounts.")
    assert [s.source for s in ss] == [None]


def test_made_it_clear_without_that():
    got = {s.quote: s.source for s in extract("The coach made it clear he would not resign.")}
    assert got.get("he would not resign") == "The coach"
    assert indirect("It is clear he would not resign.") == []


def test_title_case_headline_phrasal_verbs_of_stance():
    text = (
        "Governor Goes After Rival As The New Face Of Old Politics\n\n"
        "Governor Ana Ruiz attacked her rival on Monday."
    )
    assert "Rival As The New Face Of Old Politics" in indirect(text)
    text = "Mayor Breaks With Council On Transit Levy\n\nMayor Ana Ruiz split with the council."
    assert "Council On Transit Levy" in indirect(text)
    # in running text "goes after" is no cue
    assert indirect("The last train goes after midnight.") == []


def test_reported_clause_ends_before_a_closing_appositive_to_a_name():
    qs = indirect("The senator said she would not back Mr. Lopez, the party's favorite.")
    assert "she would not back Mr. Lopez" in qs
    qs = indirect("Critics say the money should go to UNICEF, the agency that runs the camps.")
    assert "the money should go to UNICEF" in qs
    # an appositive in mid-clause, or a clause after the comma, stays
    qs = indirect("She said Mr. Lopez, the party's favorite, would lose.")
    assert "Mr. Lopez, the party's favorite, would lose" in qs
    qs = indirect("He said he met Lopez, the crowd was small.")
    assert "he met Lopez, the crowd was small" in qs


def test_faced_criticism_for_reports_the_complement_without_a_source():
    ss = extract("The agency came under sharp criticism for its slow response to the floods.")
    got = [(s.quote, s.source) for s in ss if s.kind == "indirect"]
    assert ("its slow response to the floods", None) in got
    ss = extract("The charity has faced questions about its accounts.")
    assert ("its accounts", None) in [(s.quote, s.source) for s in ss]
    # without a complement the subject is what was criticised
    assert indirect("The plan drew criticism from unions.") == ["The plan"]
    assert indirect("The bridge is under construction for two years.") == []


def test_participle_after_a_main_clause_with_a_group_subject():
    text = "Two aides implored her to drop the plan, arguing that it hurt the campaign."
    got = {s.quote: s.source for s in extract(text) if s.kind == "indirect"}
    assert got.get("her to drop the plan") == "Two aides"
    assert got.get("it hurt the campaign") == "Two aides"
    # not a parenthetical "A, X said, B" split
    assert not any(q.startswith("Two aides") for q in got)


def test_warning_that_after_a_comma_is_a_participle_not_a_noun():
    text = "The union filed a complaint on Monday, warning that the plant was unsafe."
    got = {s.quote: s.source for s in extract(text) if s.kind == "indirect"}
    assert got.get("the plant was unsafe") == "The union"


def test_participle_after_a_progressive_main_clause_takes_its_subject():
    text = (
        "The Teachers Union is filing a complaint with the board, claiming that the test "
        "was unfair."
    )
    got = {s.quote: s.source for s in extract(text) if s.kind == "indirect"}
    assert got.get("the test was unfair") == "Teachers Union"


def test_possessive_noun_of_saying_with_an_infinitive():
    text = "Mayor Ana Ruiz faces a recall vote. Her promise to cut bus fares has not been kept."
    got = {s.quote: s.speaker for s in extract(text) if s.kind == "indirect"}
    assert got.get("to cut bus fares") == "Ana Ruiz"
    got = {s.quote: s.source for s in extract("Ruiz's refusal to meet the strikers angered them.")}
    assert got.get("to meet the strikers") == "Ruiz"
    # without a possessor nobody is said to have said it
    assert indirect("The promise to cut bus fares has not been kept.") == []


def test_faced_criticism_without_a_complement_reports_the_subject():
    got = [(s.quote, s.source) for s in extract("The ad has faced ridicule online since Tuesday.")]
    assert ("The ad", None) in got
    got = indirect("The county sheriff faced heavy criticism from activists after the raid.")
    assert "The county sheriff" in got
    # a pronoun or a relative word is no content
    assert indirect("He faced criticism.") == []
    assert indirect("Mills, whose own conduct came under scrutiny, stayed on.") == []


def test_coordinated_cue_after_a_copular_clause_takes_its_subject():
    text = "Ms. Okafor is gloomy about the housing market and expects prices to fall next year."
    got = {s.quote: s.source for s in extract(text) if s.kind == "indirect"}
    assert got.get("prices to fall next year") == "Okafor"
    # a noun after "and" is no verb: "information and support needed to …"
    text = "Officers must receive the training and support needed to do the job."
    assert indirect(text) == []


def test_adverb_before_a_participial_cue():
    text = "The coach complained about the referee, even suggesting the match had been fixed."
    got = {s.quote: s.source for s in extract(text) if s.kind == "indirect"}
    assert got.get("the referee") == "The coach"
    assert got.get("the match had been fixed") == "The coach"


def test_plural_nouns_of_evidence_show():
    got = {s.quote: s.source for s in extract("Polling averages show the mayor with a small lead.")}
    assert got.get("the mayor with a small lead") == "Polling averages"
    got = {s.quote: s.source for s in extract("New data show the economy grew.")}
    assert got.get("the economy grew") == "New data"


def test_but_with_a_modal_and_even_if_continue_the_reported_clause():
    qs = indirect("Callers said they disliked the new mayor, but could not vote for her rival.")
    assert "they disliked the new mayor, but could not vote for her rival" in qs
    qs = indirect("The auditors said the plan would cost $2 billion, even if the savings came.")
    assert "the plan would cost $2 billion, even if the savings came" in qs
    # ", but" with a new subject still ends it
    qs = indirect("The mayor said the new plan would work well, but critics were not convinced.")
    assert "the new plan would work well" in qs


def test_a_noun_called_name_is_a_name_not_a_statement():
    assert indirect("She founded a charity called Hope Works in 2010.") == []
    assert indirect("A new app called Tally lets voters track bills.") == []
    assert indirect("Officials met a Texas-based group called Free Roads on Monday.") == []
    assert indirect("The program, called EB-5, lets investors gain residency.") == []
    assert "Stumpf a coward" in " ".join(indirect("Warren grilled him, called Stumpf a coward."))
    # a speaker noun: "a senator called Smith a liar" is a statement
    assert "Smith a liar" in indirect("A senator called Smith a liar.")
    assert "Smith a liar" in indirect("The senator called Smith a liar.")


def test_coordinated_cue_takes_a_group_subject_of_the_previous_statement():
    text = (
        'Protesters called on police to release the videos "without delay" and called '
        "on people to protest peacefully."
    )
    got = {s.quote: s.source for s in extract(text) if s.kind == "indirect"}
    assert got.get("people to protest peacefully") == "Protesters"


def test_noun_of_saying_with_a_date_after_its_preposition_reports_nothing():
    assert indirect("But his remarks on Saturday drew little notice.") == []
    assert "the budget" in indirect("Her comments on the budget drew little notice.")


def test_wish_and_convince_are_cues():
    ss = extract("The mayor wished that the council would act faster.")
    got = {s.quote: s.source for s in ss}
    assert got.get("the council would act faster") == "The mayor"
    text = "The envoy convinced lawmakers that the reforms were real."
    assert any("the reforms were real" in q for q in indirect(text))


def test_debate_focus_spar_report_their_prepositional_object():
    got = {s.quote: s.source for s in extract("Council members debated over the new parking fees.")}
    assert got.get("the new parking fees") == "Council members"
    got = {s.quote: s.source for s in extract("The governor focused on rural hospitals.")}
    assert got.get("rural hospitals") == "The governor"
    ss = extract("The two envoys sparred over whether the ban applies.")
    got = {s.quote: s.source for s in ss}
    assert got.get("whether the ban applies") == "The two envoys"


def test_weigh_in_on_reports_its_object():
    got = {s.quote: s.source for s in extract("The senator weighed in on the zoning dispute.")}
    assert got.get("the zoning dispute") == "The senator"
    text = "Other officials weighed in Friday about whether the video should be released."
    got = {s.quote: s.source for s in extract(text)}
    assert got.get("whether the video should be released") == "Other officials"
    assert indirect("The package weighed about two pounds.") == []


def test_reported_words_in_a_relative_clause_end_at_the_main_past_verb():
    text = "The tenants, who asked the city to inspect the building, moved out in May."
    qs = indirect(text)
    assert "to inspect the building" in qs
    assert not any("moved out" in q for q in qs)
