"""Probe round 15, who said the partial quote: invented wire copy (sports, courts,
business, politics at home and abroad, health, culture) dense in partial quotes, whose
speaker came out wrong: delayed identification in the lead, "as X put it" asides,
"described by X as", "X's description of Y as", a headline's label and colon."""

from quote_lookup import by_quote

from articles.attribution import extract

# --- delayed identification: the lead's description, the person named next -----------


def test_an_indefinite_lead_description_is_the_titled_person_named_next():
    text = (
        "NEW YORK — A federal judge on Friday blocked the merger of two regional hospital "
        'chains, ruling that the deal was "likely to harm patients."\n\n'
        "U.S. District Judge Karen Whitfield wrote that the companies had offered "
        '"no credible evidence" of savings.'
    )
    s = by_quote(text)["likely to harm patients."]
    assert (s.speaker, s.kind, s.role) == ("Karen Whitfield", "partial", "District Judge")


def test_an_untitled_person_opening_the_next_paragraph_is_the_lead_description():
    text = (
        "WOLFSBURG, Germany — The carmaker's chief executive warned on Tuesday that the "
        'company faced "a lost decade" without major reforms, as new figures showed sales '
        "shrank for a second year.\n\n"
        'Oliver Blume, who has called Germany\'s energy costs "a competitive disaster," '
        "said the company would cut costs."
    )
    s = by_quote(text)["a lost decade"]
    assert s.speaker == "Oliver Blume"
    text = (
        "SAN FRANCISCO — The chief executive of OpenMind, the artificial intelligence "
        'startup, told lawmakers on Tuesday that the technology posed "serious risks."\n\n'
        "Sam Alder testified before the Senate Judiciary Committee. He said the company "
        "would welcome rules."
    )
    assert by_quote(text)["serious risks."].speaker == "Sam Alder"


def test_untitled_delayed_identification_guards():
    # an office holder is named with the title: an untitled name is someone else
    text = (
        'HOUSTON — The governor on Monday called the storm "historic."\n\n'
        'Maria Lopez said she had lost "everything."'
    )
    assert by_quote(text)["historic."].speaker is None
    # an age, a residence, "whose": a private person, not the lead's official
    for aside in ("64", "a resident of Katy", "whose home was flooded"):
        text = (
            'HOUSTON — The company\'s founder on Monday called the storm "historic."\n\n'
            f'Maria Lopez, {aside}, said she had lost "everything."'
        )
        assert by_quote(text)["historic."].speaker is None, aside


def test_a_headline_with_double_marks_is_not_the_lead():
    text = (
        'Coach: referee\'s call "a joke"\n\n'
        "MANCHESTER, England (AP) — A decision the Harrowgate coach called "
        '"an absolute joke" cost his side a place in the cup final on Saturday.\n\n'
        "Derek Maples was furious after referee Tom Vickers ruled out a late equaliser. "
        'Maples said the officials had "lost the plot."'
    )
    assert by_quote(text)["an absolute joke"].speaker == "Derek Maples"


def test_delayed_identification_guards():
    # someone named in the lead: the description stays unnamed
    text = (
        "LONDON — The head of the union told Prime Minister Keir Stanton on Monday that "
        'the offer was "an insult."\n\n'
        "Daniel Kebede said teachers had been pushed to breaking point."
    )
    assert by_quote(text)["an insult."].speaker is None
    # the person opening the next paragraph carries another title
    text = (
        'LONDON — The economy minister warned on Tuesday of "a lost decade."\n\n'
        "Anna Berg, the central bank's governor, said rates would stay on hold."
    )
    assert by_quote(text)["a lost decade."].speaker is None
    # an indefinite description after the lead is someone else
    text = (
        "LONDON — Prime Minister Keir Stanton said on Monday the offer was fair.\n\n"
        'A union official called it "an insult."\n\n'
        "Daniel Kebede, the union's leader, said teachers would strike."
    )
    assert by_quote(text)["an insult."].speaker is None


# --- "as X put it" --------------------------------------------------------------------


def test_as_x_put_it_credits_the_quote_just_before_the_aside():
    text = (
        'PARIS — French President Luc Armand on Monday hailed the "historic" climate '
        "deal, as he put it, while German Chancellor Petra Vogt warned that it was "
        '"only a first step."'
    )
    got = by_quote(text)
    assert (got["historic"].speaker, got["historic"].cue) == ("Luc Armand", "put it")
    assert got["only a first step."].speaker == "Petra Vogt"
    text = (
        "Chancellor Petra Vogt spoke in Berlin. President Luc Armand spoke in Paris. "
        '"The historic deal," as Armand put it, still needs approval from all 27 member '
        "states."
    )
    got = by_quote(text)
    assert got["The historic deal,"].speaker == "Luc Armand"
    assert "still needs approval from all 27 member states" not in got


def test_as_x_put_it_after_a_clause_still_reports_the_clause():
    text = "Mayor Ann Roe spoke on Monday. The plan is dead, as Roe put it."
    got = by_quote(text)
    assert got["The plan is dead"].speaker == "Ann Roe"
    text = "As Mayor Ann Roe put it, the city cannot wait."
    assert by_quote(text)["the city cannot wait"].speaker == "Ann Roe"


# --- passives and nouns of describing ---------------------------------------------------


def test_described_by_x_as_quote_is_the_agents():
    text = (
        "Meridian's chief executive, Robert Stiles, had described the merger as \"essential "
        'to our survival." The ruling was described by FTC Chair Dana Lowell as "a clear '
        'message to the industry."'
    )
    got = by_quote(text)
    s = got["a clear message to the industry."]
    assert (s.speaker, s.kind, s.cue) == ("Dana Lowell", "partial", "described")
    assert "The ruling" not in got  # (not the passive subject as the agent's words)
    text = 'The plan was described by Sen. Tom Hale as "a disgrace."'
    assert by_quote(text)["a disgrace."].speaker == "Tom Hale"


def test_quoted_passive_guards():
    text = 'The offer was branded "unacceptable" by Sen. Tom Hale.'
    assert by_quote(text)["unacceptable"].speaker == "Tom Hale"
    text = "The plan was endorsed by the teachers union."
    assert by_quote(text)["The plan"].source == "the teachers union"


def test_possessors_description_of_a_thing_as_a_quote():
    text = (
        'CHICAGO — Mayor Linda Park\'s description of the budget as "a slap in the face" '
        "drew a sharp response from Gov. Tom Reilly."
    )
    s = by_quote(text)["a slap in the face"]
    assert (s.speaker, s.kind, s.cue) == ("Linda Park", "partial", "description")
    text = (
        'Gov. Tom Reilly rejected Mayor Linda Park\'s characterization of the plan as "reckless."'
    )
    assert by_quote(text)["reckless."].speaker == "Linda Park"
    # (a possessor of a noun of saying right before the quote, as before)
    assert by_quote('Lavoie\'s "axe the tax" pledge was popular.')["axe the tax"].source == (
        "Lavoie"
    )


# --- headlines ----------------------------------------------------------------------


def test_headline_label_colon_then_a_quote_in_lower_case():
    text = (
        'Mayor: budget "a disgrace"\n\n'
        "CHICAGO — Mayor Linda Park said on Monday the state's education budget was "
        "wrong and vowed to fight the cuts."
    )
    s = by_quote(text)["a disgrace"]
    assert (s.speaker, s.kind) == ("Linda Park", "partial")


def test_colon_guards_in_the_body():
    text = 'The schedule was set on Monday.\n\nHawks: host the "new look" Lions on Sunday.'
    assert all(s.source != "Hawks" for s in extract(text))


# --- "what it called" past a dateline --------------------------------------------------


def test_what_it_called_after_a_dateline_is_the_company_opening_the_sentence():
    text = (
        "TOKYO — Kanto Motors cut its profit forecast on Tuesday, citing what it called "
        '"unprecedented" supply problems.'
    )
    s = by_quote(text)["unprecedented"]
    assert (s.speaker, s.organization) == ("Kanto Motors", "Kanto Motors")
    text = 'DENVER, Colo. (AP) — Acme Corp. on Monday fought what it called "a witch hunt."'
    assert by_quote(text)["a witch hunt."].speaker == "Acme Corp"


def test_what_they_called_after_a_dateline_stays_the_unnamed_group():
    text = 'DENVER — Residents rallied on Monday against what they called "reckless" drilling.'
    s = by_quote(text)["reckless"]
    assert (s.speaker, s.source) == (None, "Residents")


def test_a_two_word_country_possessive_lead_description_is_named_next():
    text = (
        "WELLINGTON, New Zealand — New Zealand's national coach said Wednesday the plan "
        'was "without merit."\n\n'
        'Scott Robertson told reporters the plan was "flawed."'
    )
    assert by_quote(text)["without merit."].speaker == "Scott Robertson"


# --- the charge after "accused of" is no cue, and no speaker's words -------------------


def test_a_gerund_after_accused_of_is_the_charge_not_the_cue():
    text = (
        "A Florida man accused of threatening a congresswoman told a judge on Tuesday that "
        'his posts were "just jokes."'
    )
    s = by_quote(text)["just jokes."]
    assert (s.speaker, s.cue) == (None, "told")
    assert s.source == "A Florida man accused of threatening a congresswoman"
    text = 'A woman convicted of lying to the FBI told reporters the trial was "a farce."'
    s = by_quote(text)["a farce."]
    assert (s.speaker, s.source) == (None, "A woman convicted of lying to the FBI")
    text = 'A former aide suspected of leaking documents said he was "a scapegoat."'
    assert by_quote(text)["a scapegoat."].source == "A former aide suspected of leaking documents"


def test_accused_guards():
    text = 'Tom Reed, accused of killing two men, told the court he was "innocent."'
    assert by_quote(text)["innocent."].speaker == "Tom Reed"
    text = "The senator accused the company of lying about its profits."
    s = by_quote(text)["the company of lying about its profits"]
    assert (s.source, s.cue) == ("The senator", "accused")


def test_a_lead_pronoun_is_the_full_name_opening_the_next_paragraph_of_unknown_gender():
    text = (
        "PHOENIX — Arizona's attorney general said Thursday she would sue the federal "
        'government over what she called an "illegal" water diversion plan.\n\n'
        'Kris Mayfield, a Democrat, said the plan would leave farmers "high and dry."'
    )
    assert by_quote(text)["illegal"].speaker == "Kris Mayfield"


def test_a_headline_role_is_not_a_name_followed_by_said_the_role():
    text = (
        'Mayor: budget "a disgrace"\n\n'
        "CHICAGO — Mayor Linda Park said on Monday that the state's education budget was "
        '"a disgrace" and vowed to fight the cuts.\n\n'
        'Reilly\'s spokesman, Dan Ortiz, said the mayor was "playing politics."'
    )
    got = [s for s in extract(text) if s.quote == "a disgrace"]
    assert [s.speaker for s in got] == ["Linda Park", "Linda Park"]
    assert by_quote(text)["playing politics."].speaker == "Dan Ortiz"


def test_the_head_of_a_body_kind_is_the_person_with_a_title_of_such_a_named_body():
    text = (
        "LONDON (Reuters) - The head of Britain's largest teaching union warned on Monday "
        'of "a summer of strikes" unless the government improved its pay offer.\n\n'
        "Daniel Kebede, general secretary of the National Education Union, said teachers "
        "had been pushed to breaking point."
    )
    s = by_quote(text)["a summer of strikes"]
    assert (s.speaker, s.organization) == ("Daniel Kebede", "National Education Union")
    # (the person opening the next paragraph names no such body: still unnamed)
    text = (
        'LONDON — The head of the union told ministers on Monday the offer was "an insult."'
        "\n\nDaniel Kebede, a teacher from Leeds, said the offer was bad."
    )
    assert by_quote(text)["an insult."].speaker is None


# --- a document's author in an aside --------------------------------------------------


def test_a_documents_author_in_a_published_by_aside():
    text = (
        "The report, released by the Institute for Fiscal Studies on Monday, called the "
        'plan "a gamble."'
    )
    s = by_quote(text)["a gamble."]
    assert (s.speaker, s.organization) == (
        "Institute for Fiscal Studies",
        "Institute for Fiscal Studies",
    )
    # (whoever obtained a document is not its author)
    text = 'The memo, obtained by The Times, called the plan "a gamble."'
    s = by_quote(text)["a gamble."]
    assert (s.speaker, s.source) == (None, "The memo")


# --- a claim's named holder ---------------------------------------------------------


def test_a_quote_in_a_claim_by_a_named_holder_is_the_holders():
    text = (
        "LONDON — Prime Minister Keir Stanton on Wednesday rejected claims by the opposition "
        'leader, Kemi Bade, that the economy was in "freefall."'
    )
    s = by_quote(text)["freefall."]
    assert (s.speaker, s.role) == ("Kemi Bade", "opposition leader")
    text = 'Stanton dismissed suggestions from Kemi Bade that the economy was "broken."'
    assert by_quote(text)["broken."].speaker == "Kemi Bade"
    text = 'Stanton rejected claims by critics that the economy was "broken."'
    s = by_quote(text)["broken."]
    assert (s.speaker, s.source) == (None, "critics")


def test_a_claim_without_a_holder_stays_the_subjects():
    text = 'Prime Minister Keir Stanton said claims that the economy was "broken" were false.'
    assert by_quote(text)["broken"].speaker == "Keir Stanton"


def test_a_two_word_country_is_never_a_person_for_she():
    text = (
        "WELLINGTON — New Zealand's prime minister said Wednesday her government would ban "
        'foreign buyers, a move she called "long overdue."'
    )
    s = by_quote(text)["long overdue."]
    assert s.speaker != "New Zealand"
    text = 'South Korea\'s foreign minister, Cho Tae-yul, said she was "deeply concerned."'
    assert by_quote(text)["deeply concerned."].speaker == "Cho Tae-yul"
