"""Probe round 13, partial quotes: invented wire copy (UK, Canadian, Australian and
European politics, labour disputes, regulators, U.S. state politics) whose quoted
fragments inside reported speech or narration came out wrong."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_british_spelling_of_label_and_signal_is_a_cue():
    text = (
        "Energy Minister Tom Kessell has labelled a rival plan to extend coal power "
        '"fantasy economics". The central bank signalled on Tuesday that rates would stay '
        "on hold."
    )
    got = by_quote(text)
    s = got["fantasy economics"]
    assert (s.speaker, s.kind, s.cue) == ("Tom Kessell", "partial", "labelled")
    assert got["rates would stay on hold"].cue == "signalled"


def test_a_relative_clause_ending_in_a_quoted_comma_gives_back_the_main_verb():
    text = (
        "Rep. Tom Baird, R-Texas, who has called the measure “socialism by another name,” "
        "said he would vote no."
    )
    got = by_quote(text)
    s = got["socialism by another name,"]
    assert (s.speaker, s.kind, s.cue) == ("Tom Baird", "partial", "called")
    s = got["he would vote no"]
    assert (s.speaker, s.cue, s.role, s.country) == ("Tom Baird", "said", "Representative", "US")
    text = "The union, which has called the offer “derisory,” said it would strike."
    got = by_quote(text)
    assert got["derisory,"].source == "The union"
    assert (got["it would strike"].source, got["it would strike"].cue) == ("The union", "said")


def test_a_party_tag_before_who_is_no_speaker():
    got = by_quote(
        "Sen. Ann Lee, D-N.Y., who called the bill “a giveaway,” said she would vote no."
    )
    assert (got["a giveaway,"].speaker, got["a giveaway,"].role) == ("Ann Lee", "Senator")
    assert got["she would vote no"].speaker == "Ann Lee"


def test_a_quoted_complement_of_a_passive_naming_verb_is_the_agents():
    text = (
        "The proposal was branded “unacceptable” by the union's executive, while the plan "
        "was dismissed as “scaremongering” by Labour's transport spokesman, Dev Malik.\n\n"
        'The bill was described as "a power grab" by Sen. Ann Cole.'
    )
    got = by_quote(text)
    s = got["unacceptable"]
    assert (s.speaker, s.source, s.kind, s.cue) == (
        None,
        "the union's executive",
        "partial",
        "branded",
    )
    s = got["scaremongering"]
    assert (s.speaker, s.role, s.organization, s.cue) == (
        "Dev Malik",
        "transport spokesman",
        "Labour",
        "dismissed",
    )
    s = got["a power grab"]
    assert (s.speaker, s.role, s.cue) == ("Ann Cole", "Senator", "described")


def test_a_bare_title_opening_a_sentence_case_headline_is_its_subject():
    text = (
        "Minister vows ‘no return to austerity’\n\n"
        "CANBERRA (AAP) — Prime Minister Jim Callow says the budget will deliver “real "
        "relief” for families."
    )
    s = extract(text)[0]
    assert (s.quote, s.source, s.speaker, s.cue) == (
        "‘no return to austerity’",
        "Minister",
        "Jim Callow",
        "vows",
    )


def test_a_quote_before_was_how_is_what_someone_said_not_a_title():
    got = by_quote("“Unacceptable” was how Labour's Fiona Kerr described the delay.")
    assert list(got) == ["Unacceptable"]
    assert (got["Unacceptable"].speaker, got["Unacceptable"].cue) == ("Fiona Kerr", "described")
    s = by_quote("“A disgrace” is how Fiona Kerr put it.")["A disgrace"]
    assert (s.speaker, s.cue) == ("Fiona Kerr", "put")
    s = by_quote("Fiona Kerr was blunt. “A disgrace,” was how she put it.")["A disgrace,"]
    assert (s.speaker, s.source, s.cue) == ("Fiona Kerr", "she", "put")


def test_a_quoted_complement_of_an_agentless_passive_is_a_statement_of_nobody():
    text = (
        "Ann Kerr said the bank had moved too fast. Its governor, Philip Lowe, is said to "
        "be “relaxed” about the timing."
    )
    s = by_quote(text)["relaxed"]
    assert (s.speaker, s.source, s.kind, s.cue) == (None, None, "partial", "said")
    # a scare quote in an adjunct stays out
    text = (
        "Mehdi Arslan has been called a fraud by other doctors for selling “miracle” supplements."
    )
    assert "miracle" not in by_quote(text)


def test_a_possessive_remark_that_holds_a_quote_is_the_possessors():
    text = (
        "Welsh leader Rhys Powell spoke on Monday. Mr Powell's remarks that the formula "
        "was “rigged” drew an angry response."
    )
    s = by_quote(text)["rigged"]
    assert (s.speaker, s.kind, s.cue) == ("Rhys Powell", "partial", "remarks")


def test_bodies_that_speak_in_partial_quotes_are_organisations():
    text = (
        "The Scottish Conservatives, which have described the plan as “bold but "
        "unaffordable”, said they would vote against it."
    )
    s = by_quote(text)["bold but unaffordable"]
    assert (s.speaker, s.speaker_type) == ("Scottish Conservatives", "organization")
    text = (
        'The Australian Energy Regulator, which said it was "disappointed" by the delay, '
        "has yet to publish its decision."
    )
    s = by_quote(text)["disappointed"]
    assert (s.speaker, s.speaker_type, s.country) == (
        "Australian Energy Regulator",
        "organization",
        "AU",
    )
    text = (
        "Orbital Dynamics said its lander had suffered an “anomaly”. Chief Executive Ravi "
        "Menon described the loss as “painful but instructive”."
    )
    got = by_quote(text)
    assert (got["anomaly"].speaker, got["anomaly"].speaker_type) == (
        "Orbital Dynamics",
        "organization",
    )
    assert got["painful but instructive"].organization == "Orbital Dynamics"


def test_a_noun_compound_inside_an_unnamed_source_is_kept_whole():
    text = (
        "The head of Britain's biggest rail union on Tuesday called the government's pay "
        "proposal “a betrayal” of workers."
    )
    s = by_quote(text)["a betrayal"]
    assert (s.speaker, s.source) == (None, "The head of Britain's biggest rail union")
    s = by_quote("Many tax experts have pointed out that the rule is new.")["the rule is new"]
    assert s.source == "Many tax experts"


def test_what_they_called_names_the_unnamed_subject_as_source():
    text = (
        "Republicans, who have long opposed the spending plan, praised what they called "
        '"a courageous decision."'
    )
    s = by_quote(text)["a courageous decision."]
    assert (s.speaker, s.source, s.cue) == (None, "Republicans", "called")
    text = (
        "Ireland's data regulator fined Streamly €310 million on Friday over what it said "
        "were “serious and systemic” breaches of privacy law."
    )
    s = by_quote(text)["serious and systemic"]
    assert (s.speaker, s.source, s.country) == (None, "Ireland's data regulator", "IE")


def test_a_quote_between_a_possessor_and_a_noun_of_saying_is_the_possessors():
    text = (
        "Conservative Leader Pierre Lavoie spoke in Ottawa. Lavoie's “axe the tax” pledge "
        "drew a sharp rebuke from Environment Minister Julie Ng, who said the Conservatives "
        "had “no plan” to fight climate change."
    )
    got = by_quote(text)
    assert (got["axe the tax"].speaker, got["axe the tax"].cue) == ("Pierre Lavoie", "pledge")
    assert got["no plan"].speaker == "Julie Ng"
    # a possessor of something else is no speaker: the cue's subject still is
    s = by_quote("North Korea's “reckless” actions were condemned by Ann Lee, who said so.")[
        "reckless"
    ]
    assert s.speaker == "Ann Lee"


def test_quoted_someone_as_saying_credits_the_one_quoted():
    text = (
        "Stellara spokeswoman Jodi Tinson quoted Chief Executive Carlos Tavera as saying "
        "the offer was “the best in our history”."
    )
    s = by_quote(text)["the best in our history"]
    assert (s.speaker, s.cue) == ("Carlos Tavera", "saying")
    s = by_quote("The newspaper quoted a senior official as saying talks had “collapsed”.")[
        "collapsed"
    ]
    assert (s.speaker, s.source) == (None, "a senior official")


def test_a_partial_quote_after_someone_was_scathing_is_theirs():
    text = (
        "TORONTO (CP) — Nora Lind, president of the Ontario Nurses' Association, was "
        "scathing. The province's offer was “an insult”, and members were “done being "
        "patient”."
    )
    got = by_quote(text)
    assert got["an insult"].speaker == "Nora Lind"
    assert got["done being patient"].speaker == "Nora Lind"
    s = by_quote("Nora Lind was blunt: the offer was “an insult”.")["an insult"]
    assert s.speaker == "Nora Lind"
    # another subject in the quote's own sentence still speaks
    s = by_quote("Nora Lind was blunt. Critics called the plan “a mess”.")["a mess"]
    assert (s.speaker, s.source) == (None, "Critics")


def test_an_aside_on_the_reported_subject_does_not_end_the_clause():
    s = extract("Police said the suspect, known locally as ‘Big Tony’, had been arrested.")[0]
    assert s.quote == "the suspect, known locally as ‘Big Tony’, had been arrested"
    s = extract("Police said the man, a local farmer, had confessed.")[0]
    assert s.quote == "the man, a local farmer, had confessed"
    # a name given to an object is no clause: it still ends the noun phrase
    s = extract("The state added the extra week, known as the Golden Week, in 2005.")[0]
    assert s.quote == "the extra week"


def test_the_statement_after_in_a_statement_x_is_xs():
    text = (
        "China's foreign ministry on Monday condemned the sanctions as “illegal”.\n\n"
        "In a statement, the ministry called the move “a gross interference”.\n\n"
        "The statement accused Washington of “bullying” and said China would “never bow "
        "to pressure”."
    )
    got = by_quote(text)
    for quote in ("bullying", "never bow to pressure"):
        s = got[quote]
        assert (s.speaker, s.source, s.organization, s.country) == (
            "Foreign Ministry",
            "The statement",
            "Foreign Ministry",
            "CN",
        )


def test_the_subject_of_a_contact_relative_on_a_move_speaks():
    text = (
        "The Rail and Maritime Union met on Monday. The government cut the subsidy by "
        "half, a move the union called “reckless”."
    )
    s = by_quote(text)["reckless"]
    assert (s.source, s.speaker) == ("the union", "Rail and Maritime Union")
    s = by_quote("The board raised fees by 12%, a figure critics called “outrageous”.")[
        "outrageous"
    ]
    assert (s.source, s.speaker) == ("critics", None)


def test_a_capital_fronting_the_sentence_overrides_the_dateline():
    text = (
        "BERLIN (dpa) — Chancellor Jonas Weber called the tariff plan „a mistake“.\n\n"
        "In Paris, Prime Minister Claire Dubois said the measures were «unacceptable»."
    )
    got = by_quote(text)
    assert got["a mistake"].country == "DE"
    assert (got["unacceptable"].speaker, got["unacceptable"].country) == ("Claire Dubois", "FR")


def test_more_frames_that_credit_a_partial_quote():
    text = (
        "Opposition leader Ann Kerr spoke on Monday.\n\n"
        "Kerr took to Twitter to brand the decision “shameful”.\n\n"
        "Kerr hit out at the “absurd” fee rise.\n\n"
        "Kerr put it bluntly: the plan was “dead”.\n\n"
        "“Absolutely not,” was Kerr's reply."
    )
    got = by_quote(text)
    assert (got["shameful"].speaker, got["shameful"].cue) == ("Ann Kerr", "brand")
    assert (got["absurd"].speaker, got["absurd"].cue) == ("Ann Kerr", "hit")
    assert (got["dead"].speaker, got["dead"].cue) == ("Ann Kerr", "put it")
    assert (got["Absolutely not,"].speaker, got["Absolutely not,"].cue) == ("Ann Kerr", "reply")
    # a storm or a name then "to" stays no statement
    assert extract("The storm hit out at sea. The scandal led Sen. Ann Ray to resign.") == []


def test_regulators_and_charities_that_speak_in_partial_quotes():
    text = (
        "LONDON (Reuters) — The Australian Energy Regulator fined Acme on Monday, a "
        "decision consumer groups described as “long overdue”.\n\n"
        "The regulator said the company had been “reckless”.\n\n"
        "Citizens Advice called the fine “welcome”."
    )
    got = by_quote(text)
    assert (got["long overdue"].speaker, got["long overdue"].source) == (None, "consumer groups")
    assert (got["reckless"].speaker, got["reckless"].country) == (
        "Australian Energy Regulator",
        "AU",
    )
    assert (got["welcome"].speaker, got["welcome"].speaker_type) == (
        "Citizens Advice",
        "organization",
    )
    s = by_quote("President Tom Hale called the fine “welcome”.")["welcome"]
    assert (s.speaker, s.role) == ("Tom Hale", "President")
