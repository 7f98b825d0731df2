"""Probe round 14, heldout7 error classes: invented wire copy (no sentence of the
retired set) reproducing each class whose output was wrong."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_split_content_whose_second_half_has_a_thinking_or_finding_verb():
    # "A, X said, and B": B is X's even when B has a verb of thinking or finding of its
    # own (the firm "expects", a ruling "found"); the nested cue is part of B
    text = (
        "Tarvik Foods said on Monday it would buy Lindmark. Its chief executive, Maria "
        "Olsen, spoke to analysts.\n\n"
        "Most of the new jobs will go to the Dundee plant, she said, and the company "
        "expects to open a third site by 2027."
    )
    got = by_quote(text)
    s = got["the company expects to open a third site by 2027"]
    assert (s.speaker, s.cue) == ("Maria Olsen", "said")
    assert "to open a third site by 2027" not in got
    text = (
        "Coast guard commander Ines Duarte spoke in Lisbon.\n\n"
        "The reef lies inside the country's waters, she said, and a 2019 court ruling "
        "found that the fishing ban was lawful."
    )
    got = by_quote(text)
    s = got["a 2019 court ruling found that the fishing ban was lawful"]
    assert (s.speaker, s.cue) == ("Ines Duarte", "said")
    assert "the fishing ban was lawful" not in got


def test_split_content_followed_by_another_speakers_speech_verb_stays_apart():
    text = (
        "Ines Duarte and Tom Reyes spoke.\n\n"
        "Prices will rise, he said, and she added that wages would not."
    )
    got = by_quote(text)
    assert got["wages would not"].cue == "added"


def test_a_first_name_given_to_both_sexes_has_no_gender():
    # "she said" after a paragraph on "press secretary Jordan Hart" is Hart's, not the
    # woman named two paragraphs before
    text = (
        "Rep. Ann Cole said the plan was bad.\n\n"
        "Most governors want a deal.\n\n"
        "White House press secretary Jordan Hart told reporters that the president was "
        "patient. Hart said the bill was ready.\n\n"
        "“The bill is done,” she said."
    )
    s = by_quote(text)["The bill is done,"]
    # (round 15: the role without the body, as the held-out gold files it)
    assert (s.speaker, s.role) == ("Jordan Hart", "press secretary")
    # still a first name: "Jordan" is not the country here
    s = by_quote(text)["the president was patient"]
    assert (s.speaker, s.speaker_type, s.country) == ("Jordan Hart", "person", "US")


def test_a_russian_surname_in_its_other_romanisation_is_the_same_person():
    # "-ov" / "-off": difflib rates the pair below the misspelling threshold
    text = (
        "Nordlane's chief executive, Irina Petrov, wrote in a letter to staff that the "
        "sale was painful.\n\n"
        "Brightwave shares fell 3%.\n\n"
        "Petroff said in her letter that no office would close."
    )
    s = by_quote(text)["no office would close"]
    assert s.speaker == "Irina Petrov"
    text = "Oleg Lebedeff, a banker, said rates would rise. Lebedev said prices would not."
    assert by_quote(text)["prices would not"].speaker == "Oleg Lebedeff"


def test_a_company_named_with_an_industry_word_and_its_short_form():
    # "Helio Cloud said … it": a company (an industry word ends its name), and a later
    # lone "Helio" is that company, as "Acme" is "Acme Inc."
    text = (
        "Helio Cloud to buy Fernway for $2 billion\n\n"
        "PORTLAND, Ore. — Helio Cloud said Monday it had agreed to buy its rival Fernway.\n\n"
        "Helio Chief Executive Omar Haddad told analysts that customers wanted the deal.\n\n"
        "Helio shares fell 4% in New York trading.\n\n"
        'Helio said in a statement that it would "talk in good faith" with the union.'
    )
    got = by_quote(text)
    s = got["it had agreed to buy its rival Fernway"]
    assert (s.speaker, s.speaker_type) == ("Helio Cloud", "organization")
    s = got["talk in good faith"]
    assert (s.speaker, s.speaker_type) == ("Helio Cloud", "organization")
    assert got["customers wanted the deal"].organization == "Helio Cloud"
    # a first name before the industry word is a person's ("Samantha Power")
    s = by_quote("Samantha Power said aid would rise. Samantha said it would.")["aid would rise"]
    assert s.speaker_type == "person"


def test_a_pronoun_after_another_speaker_does_not_make_a_company_a_person():
    # "her" belongs to the (misspelt) Petroff who speaks first, not to "Helio"
    text = (
        "Helio Cloud said Monday it had agreed to buy Fernway.\n\n"
        "Fernway's chief executive, Irina Petrov, wrote to staff that the sale was painful.\n\n"
        'Helio said in a statement that it would "talk in good faith" with the union.\n\n'
        "Petroff said in her letter that staff should stay calm."
    )
    s = by_quote(text)["talk in good faith"]
    assert (s.speaker, s.speaker_type) == ("Helio Cloud", "organization")


def test_a_person_saying_it_is_no_company_named_in_a_headline():
    # the headline's "Says" is a verb: "Lopez Says City Museum" is no company's name
    text = (
        "Lopez Says City Museum Will Open in May\n\n"
        "Mayor Ana Lopez toured the site on Friday. Lopez said it was “a gift to the city.”"
    )
    s = by_quote(text)["a gift to the city."]
    assert (s.speaker, s.speaker_type) == ("Ana Lopez", "person")


def test_split_content_whose_second_half_opens_with_as_many_as():
    # "as many as 2,000 men" is the subject of the speaker's clause, not an "as" clause
    text = (
        "Alan Whitby, a surgeon, said the results were strong. If the test were used "
        "across Wales, he said, as many as 2,000 men a year could avoid surgery."
    )
    s = by_quote(text)["as many as 2,000 men a year could avoid surgery"]
    assert (s.speaker, s.cue) == ("Alan Whitby", "said")
    # the condition stays a fragment of its own, as PolNeAR annotates it
    assert "If the test were used across Wales" in by_quote(text)


def test_the_agency_can_be_a_national_institute():
    text = (
        "The National Institute for Clinical Standards said it would review the data. "
        "The agency said a draft decision could come in the spring."
    )
    s = by_quote(text)["a draft decision could come in the spring"]
    assert (s.speaker, s.speaker_type) == (
        "National Institute for Clinical Standards",
        "organization",
    )


def test_a_verb_of_choosing_with_a_wh_clause_reports_nothing():
    text = (
        "The National Institute for Clinical Standards, which decides which drugs the "
        "health service buys, said it would review the data."
    )
    got = by_quote(text)
    assert "which drugs the health service buys" not in got
    assert got["it would review the data"].speaker == "National Institute for Clinical Standards"
    assert not extract("It may take weeks to determine how large the spill was.")
    # a verb of choosing with "that" still reports
    assert by_quote("The judge decided that the search was lawful.")["the search was lawful"]


def test_an_aside_naming_a_person_of_a_body_is_the_person():
    # "The lead author, (Professor) X of Y, said": X speaks, Y is the workplace
    for aside in ("Professor Alan Whitby", "Dr Alan Whitby", "Alan Whitby"):
        text = (
            f"The lead author, {aside} of Harlow University, said the findings should "
            "change care ‘within weeks, not months’."
        )
        s = by_quote(text)["within weeks, not months"]
        assert (s.speaker, s.speaker_type, s.organization) == (
            "Alan Whitby",
            "person",
            "Harlow University",
        )
    s = by_quote("Her lawyer, Ann Cole of Cole & Ross, said the deal was fair.")[
        "the deal was fair"
    ]
    assert (s.speaker, s.speaker_type) == ("Ann Cole", "person")
    # a body's own name with "of" stays the body
    s = by_quote("The regulator, Bank of England, said rates would rise.")["rates would rise"]
    assert (s.speaker, s.speaker_type) == ("Bank of England", "organization")


def test_the_company_after_content_naming_a_companys_board_is_that_company():
    # the research firm named in the sentence before is not "the company" whose board
    # approved the deal
    text = (
        "Helio Cloud said Monday it had agreed to buy its rival Fernway for $2 billion.\n\n"
        "The deal is the largest this year, according to figures compiled by the research "
        "firm Tallis Data. Fernway's board approved it unanimously, the company said in a "
        "regulatory filing."
    )
    s = by_quote(text)["Fernway's board approved it unanimously"]
    assert (s.speaker, s.speaker_type) == ("Fernway", "organization")


def test_said_outside_a_place_that():
    s = by_quote("Ruiz said outside the courthouse that her client would appeal.")
    assert list(s) == ["her client would appeal"]
    # "outside" as an adjective opens the clause
    s = by_quote("Ruiz said outside experts had warned that the dam was weak.")
    assert list(s) == ["outside experts had warned that the dam was weak"]


def test_a_remedy_sought_or_a_ruling_recognised_is_an_act():
    assert not extract("Kovac's lawyer, Ana Ruiz, had sought a five-year sentence.")
    assert not extract("Ruiz sought damages from the city.")
    assert not extract("Moscow does not recognise the 2016 arbitration ruling.")
    # with a clause they report
    assert by_quote("The union sought assurances that no jobs would go.")
    assert by_quote("She recognized that the plan had failed.")["the plan had failed"]


def test_a_series_of_verb_phrases_with_one_auxiliary_stays_in_the_clause():
    # "had A, had B and had written C": the last item is the clause's, not a second act
    text = (
        "Her lawyer said his client had no record, had not had a drink since the crash "
        "and had written to the family twice."
    )
    assert list(by_quote(text)) == [
        "his client had no record, had not had a drink since the crash and had written to "
        "the family twice"
    ]


def test_an_aside_of_two_tagged_or_titled_names_gives_the_first():
    text = (
        "In the House, its lead sponsors, Reps. Ann Cole (R-Ohio) and Ben Tate (D-Md.), said "
        "in a joint statement that the plan was “a road to ruin.”"
    )
    s = by_quote(text)["a road to ruin."]
    assert (s.speaker, s.speaker_type, s.country) == ("Ann Cole", "person", "US")
    text = "Its sponsors, Sens. Ann Cole and Ben Tate, said that the plan was bad."
    s = by_quote(text)["the plan was bad"]
    assert (s.speaker, s.role) == ("Ann Cole", "Senator")


def test_a_clause_ends_before_an_according_to_credit():
    text = (
        "At the heart of the dispute is roughly $2 billion for a port program that liberals "
        "want to cut, according to two aides familiar with the talks, who spoke on the "
        "condition of anonymity to describe private negotiations."
    )
    got = extract(text)
    assert [s.cue for s in got] == ["according to"]
    assert got[0].quote.endswith("liberals want to cut")


def test_a_founders_company_is_the_possessor():
    text = (
        "Fernway's co-founder and chief executive, Irina Petrov, who will join the Helio "
        "board, wrote in a letter to staff that the sale was painful."
    )
    s = by_quote(text)["the sale was painful"]
    assert (s.speaker, s.organization) == ("Irina Petrov", "Fernway")
    s = by_quote("Fernway's founder, Ivan Petrov, wrote that the sale was painful.")[
        "the sale was painful"
    ]
    assert s.organization == "Fernway"


def test_a_town_police_before_a_title_is_the_organisation():
    s = by_quote("Dunmore police spokesman Sgt. Ray Cole said the department had 20 tips.")[
        "the department had 20 tips"
    ]
    assert (s.speaker, s.organization) == ("Ray Cole", "Dunmore police")


def test_a_seat_on_a_committee_after_a_party_tag():
    text = (
        "Rep. Ann Cole (D-Calif.), the top Democrat on the House Energy and Commerce "
        "Committee, wrote in a letter that the bill would fail."
    )
    s = by_quote(text)["the bill would fail"]
    assert (s.speaker, s.role, s.country, s.organization) == (
        "Ann Cole",
        "Representative",
        "US",
        "House Energy and Commerce Committee",
    )
    # "an expert on" a country is no seat
    s = by_quote("Ann Cole, an expert on China, said the bill would fail.")["the bill would fail"]
    assert s.organization is None


def test_a_body_speaking_again_as_it_keeps_its_country():
    text = (
        "Russia’s Foreign Ministry said in a statement that outsiders should stay away. It "
        "accused the Finnish boat of entering Russian waters “without permission.”"
    )
    s = by_quote(text)["without permission."]
    assert (s.speaker, s.country) == ("Foreign Ministry", "RU")


def test_asked_in_a_place_whether_is_a_question_like_asked_whether():
    text = 'Asked on the call whether Helio would sell any units, he said: "We do not think so."'
    assert list(by_quote(text)) == ["We do not think so."]


def test_a_guild_is_a_union():
    text = (
        "The Data Center Workers Guild, which represents about 600 technicians, said it had "
        "not been consulted. The union's president, Luis Ortiz, said workers were angry."
    )
    got = by_quote(text)
    s = got["it had not been consulted"]
    assert (s.speaker, s.speaker_type) == ("Data Center Workers Guild", "organization")
    assert got["workers were angry"].organization == "Data Center Workers Guild"
    s = by_quote("The Writers Guild of America said it would strike.")["it would strike"]
    assert (s.speaker, s.speaker_type) == ("Writers Guild of America", "organization")
    # a surname after a first name stays a person's
    assert by_quote("Ann Guild said she was angry.")["she was angry"].speaker_type == "person"
