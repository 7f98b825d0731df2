"""Round 20, probes A: error classes read off three invented probe articles
(bench/probes/r20a), each fixed as a general rule and tested here on other invented
sentences (fictional people and bodies)."""

from articles.attribution import extract


def by_quote(text: str) -> dict:
    return {s.quote: s for s in extract(text)}


# --- speakers ------------------------------------------------------------------------


def test_preposed_title_then_name_with_workplace_and_its_city():
    # "ROLE, NAME of BODY in CITY, said": the name speaks (the aside is longer than a bare
    # name and holds "in"); the workplace and the city's country go with it
    out = by_quote(
        "Hartley's co-author, Dr Nils Berglund of the Osterby Institute in Oslo, said the "
        "Norwegian arm had enrolled fastest.\n\n"
        "The spokesman, Piet Maas of the Veldhoven Institute in Amsterdam, said the Dutch "
        "data would follow.\n\n"
        "A second author, Dr Rosa Imbert of Delacourt University in Lyon, said the French "
        "patients were older."
    )
    nils = out["the Norwegian arm had enrolled fastest"]
    assert (nils.speaker, nils.role, nils.organization, nils.country) == (
        "Nils Berglund",
        "co-author",
        "Osterby Institute",
        "NO",
    )
    piet = out["the Dutch data would follow"]
    assert (piet.speaker, piet.role, piet.organization) == (
        "Piet Maas",
        "spokesman",
        "Veldhoven Institute",
    )
    rosa = out["the French patients were older"]
    assert (rosa.speaker, rosa.organization, rosa.country) == (
        "Rosa Imbert",
        "Delacourt University",
        "FR",
    )


def test_the_statement_after_an_intervening_sentence_is_the_issuers():
    # "X said in a statement that A. <a sentence naming another person>. ‘B,’ the
    # statement said": the statement X issued
    out = by_quote(
        "Harbour Town part company with Reid\n\n"
        "Harbour Town have sacked manager Alan Reid after six defeats.\n\n"
        "The club said in a statement on Monday that the decision had been taken after a "
        "review. Youth coach Sam Ure will take charge on Saturday.\n\n"
        "‘Alan has been a loyal servant,’ the statement said. ‘We wish him well.’"
    )
    assert out["Alan has been a loyal servant,"].speaker == "Harbour Town"
    assert out["We wish him well."].speaker == "Harbour Town"


def test_coordinated_subject_opening_with_a_description_is_the_first_conjuncts():
    # "…, the company and the union said" (was no statement) / "the company and federal
    # regulators said" (was an unnamed source): the first conjunct, as for "A and B said"
    out = by_quote(
        "Heater maker cuts jobs\n\n"
        "DAYTON, Ohio (AP) — Acme Heating will cut 400 jobs at its Dayton plant, the company "
        "and the union said Thursday.\n\n"
        "The company will also close a warehouse in Toledo, the company and federal "
        "regulators said.\n\n"
        "The plant will close in May, Mayor Tom Hale and the union said."
    )
    assert out["Acme Heating will cut 400 jobs at its Dayton plant"].speaker == "Acme Heating"
    assert out["The company will also close a warehouse in Toledo"].speaker == "Acme Heating"
    assert out["The plant will close in May"].speaker == "Tom Hale"


def test_guard_body_names_with_and_stay_whole():
    # guard: "and" inside a body's name, and a plural group, keep the whole phrase
    out = by_quote(
        "Drivers were turned away, Avon and Somerset Police said.\n\n"
        "Developers and supporters in Congress said the program should be renewed."
    )
    assert out["Drivers were turned away"].speaker == "Avon and Somerset Police"
    assert out["the program should be renewed"].source == "Developers and supporters in Congress"


# --- spans ---------------------------------------------------------------------------


def test_second_that_clause_with_a_speech_verb_stays_in_the_clause():
    # "said A, and that nobody had told her / called her back": the second conjunct's
    # verb is reported, not a new speaker's cue
    out = by_quote(
        "Vance said the firm had given her a voucher and that nobody had told her.\n\n"
        "Orr said the bank had frozen his account, and that nobody had called him back."
    )
    assert "the firm had given her a voucher and that nobody had told her" in out
    assert "the bank had frozen his account, and that nobody had called him back" in out


def test_guard_second_speaker_after_and_still_ends_the_clause():
    # guard: "said A, and X said B" with a new named speaker still gives two statements
    out = by_quote("Vance said the firm had given her a voucher, and Orwin said it was lost.")
    assert out["the firm had given her a voucher"].speaker == "Vance"
    assert out["it was lost"].speaker == "Orwin"


def test_participle_after_the_main_verb_is_no_aside():
    # "X were more cautious, saying that A, not B, C": the participle follows the main
    # clause, so a comma before a verb inside its clause does not end it
    out = by_quote(
        "Farmers were more cautious, saying that water, not seed prices, remained the main worry."
    )
    assert "water, not seed prices, remained the main worry" in out


def test_guard_participle_aside_before_the_main_verb_still_ends_there():
    out = by_quote(
        "The senator, saying the bill was dead, walked out.\n\n"
        "The mayor, who was tired, claiming the vote was rigged, left early."
    )
    assert "the bill was dead" in out
    assert "the vote was rigged" in out


# --- role, organisation, country -----------------------------------------------------


def test_reuters_city_dateline_with_a_date_gives_the_country():
    out = by_quote(
        "Old pill helps kidneys\n\n"
        "GLASGOW, March 12 (Reuters) - A cheap drug slowed kidney disease, researchers said "
        "on Wednesday.\n\n"
        '"We were surprised," said Professor Ann Boyd, who led the study.'
    )
    assert out["We were surprised,"].country == "GB"
    assert out["A cheap drug slowed kidney disease"].country == "GB"


def test_guard_city_with_a_state_after_a_comma_is_no_city_dateline():
    # guard: "MANCHESTER, N.H." is the U.S. town (the comma opens its state)
    out = by_quote(
        "Old pill helps kidneys\n\n"
        "MANCHESTER, N.H. (AP) — A cheap drug slowed kidney disease, researchers said.\n\n"
        '"We were surprised," said Ann Boyd, a nurse.'
    )
    assert out["We were surprised,"].country == "US"


def test_named_workplace_abroad_is_no_summit():
    # two co-authors "of <body> in <city>" abroad are voices from elsewhere: the story's
    # own people still take the dateline's country
    out = by_quote(
        "Vaccine cuts hospital stays\n\n"
        "GLASGOW, May 2 (Reuters) - A nasal vaccine cut hospital stays by a fifth, "
        "researchers said.\n\n"
        "Dr Ida Holm of the Brekke Institute in Oslo said the Norwegian arm had enrolled "
        "fastest.\n\n"
        "Dr Luc Barre of Vaudan University in Lyon said the French patients were older.\n\n"
        "Patients' groups in Canada said access was the main problem.\n\n"
        '"It works," said Professor Ann Boyd, who led the study.'
    )
    assert out["It works,"].country == "GB"
    assert out["the Norwegian arm had enrolled fastest"].country == "NO"


def test_body_noun_title_far_below_the_one_commission():
    # "Commission Chairwoman X" paragraphs below the story's one commission
    out = by_quote(
        "Ferry fares to rise\n\n"
        "Fares will rise 8%, according to the Maritime Transport Commission.\n\n"
        "The commission said it had approved the increase.\n\n"
        "Ferry operators said they had asked for more. Delmar Lines said it would add "
        "sailings.\n\n"
        "Its chief executive, Tom Reyes, said demand was strong.\n\n"
        '"We sail full," he said.\n\n'
        'Commission Chairwoman Ann Voss said in a statement: "This was a hard choice."'
    )
    assert out["This was a hard choice."].organization == "Maritime Transport Commission"


def test_club_captain_is_of_the_club_that_spoke():
    out = by_quote(
        "Rovers sack Reid after six defeats\n\n"
        "Harbour Rovers have sacked manager Alan Reid after six straight defeats.\n\n"
        "The club said in a statement that the decision had been taken after a review.\n\n"
        "Reid, 51, joined from Eastfield Town in 2023. Rovers lost 2-0 at Kingsmoor City on "
        "Saturday.\n\n"
        "The club sits 21st in the table.\n\n"
        "Supporters booed the players off at the final whistle.\n\n"
        "Club captain Sam Ure said the players were shocked."
    )
    ure = out["the players were shocked"]
    assert (ure.speaker, ure.organization) == ("Sam Ure", "Harbour Rovers")


def test_her_vice_chair_after_a_quote_going_on():
    # "‘A,’ said X, the trust’s chair. ‘B.’ Her vice-chair, Y, said": the body X's
    # possessive title names (also when X's quote goes on in the sentence before)
    out = by_quote(
        "The Rovers Supporters’ Trust said it was worried.\n\n"
        "‘We want answers,’ said Ann Reed, the trust’s chair. ‘Now.’\n\n"
        "Her vice-chair, Tom Hale, said the trust had written to the owners."
    )
    hale = out["the trust had written to the owners"]
    assert (hale.speaker, hale.organization) == ("Tom Hale", "Rovers Supporters’ Trust")


def test_its_officer_after_a_passive_agent_body():
    # "The X was funded by <Body>. Its director, Y, said": the one body the sentence
    # before names as its passive's agent
    out = by_quote(
        "The project was funded by the Wexley Foundation. Its director, Amy Cole, said the "
        "foundation had backed it early.\n\n"
        "The bridge was built by Harlow Construction Ltd. Its chief executive, Dan Pike, said "
        "the work was done."
    )
    assert out["the foundation had backed it early"].organization == "Wexley Foundation"
    assert out["the work was done"].organization == "Harlow Construction Ltd"


def test_guard_passive_agent_person_gives_no_body():
    # guard: a person as the agent names no body
    out = by_quote(
        "The survey was carried out by Tom Hale. Its director, Amy Cole, said the results "
        "were clear."
    )
    assert out["the results were clear"].organization is None


def test_guard_including_a_named_example_leaves_the_group_speaking():
    # guard: "Some X, including Sen. Y of Ohio, were willing to …" is the group's
    out = by_quote(
        "Some Democrats, including Senator Ann Voss of Ohio, were willing to back a smaller bill."
    )
    assert out["to back a smaller bill"].speaker is None


def test_lead_of_a_study_led_by_a_team_at_a_body():
    # "The trial, led by scientists at <Body>, …" then "X, the cardiologist who led the
    # study": that body (no team spoke as a source)
    out = by_quote(
        "Old pill helps hearts\n\n"
        "The trial, led by scientists at the University of Elmbridge, followed 900 adults.\n\n"
        '"We were surprised," said Professor Ann Boyd, the cardiologist who led the study.'
    )
    assert out["We were surprised,"].organization == "University of Elmbridge"


def test_club_coaching_staff_title_names_the_one_club():
    out = by_quote(
        "Harbour Rovers sack Reid\n\n"
        "Harbour Rovers have sacked manager Alan Reid after six defeats.\n\n"
        "Assistant manager Sam Ure said he was ready."
    )
    assert out["he was ready"].organization == "Harbour Rovers"
