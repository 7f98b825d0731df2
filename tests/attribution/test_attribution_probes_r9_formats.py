"""Probe round 9 (formats real copy has): invented texts with hard-wrapped lines, list
bullets, HTML remnants, Windows line endings, live-blog labels, British and Indian
styles."""

from articles.attribution import extract


def statements(text):
    out = extract(text)
    for s in out:
        assert text[s.start : s.end] == s.quote
    return out


def by_quote(text):
    return {s.quote: s for s in statements(text)}


def test_hard_wrapped_line_is_not_a_paragraph_break():
    for nl in ("\n", "\r\n"):
        text = (
            f'Ana Petrov, a grain trader, listed her demands: "Lower fuel prices,{nl}'
            f'fairer contracts and an end to the export ban."{nl}{nl}'
            f"She said the ban had{nl}cost farmers millions."
        )
        ss = by_quote(text)
        quote = f"Lower fuel prices,{nl}fairer contracts and an end to the export ban."
        assert ss[quote].speaker == "Ana Petrov", repr(nl)
        assert ss[f"the ban had{nl}cost farmers millions"].speaker == "Ana Petrov", repr(nl)
    # a line that ends a sentence, or a capitalised next line, still breaks the paragraph
    ss = by_quote("Officials said the road was closed.\nthe mayor said it would reopen soon.")
    assert "the road was closed" in ss and "it would reopen soon" in ss


def test_list_bullets_are_layout():
    text = (
        "Key points:\n\n"
        "- The utility said crews would work overnight.\n"
        '- "We are ready," said Mayor Tom Banks.\n'
        "• Police said two people had died.\n"
        "* Officials said 120,000 homes had lost power.\n"
    )
    ss = by_quote(text)
    assert ss["crews would work overnight"].source == "The utility"
    assert ss["We are ready,"].kind == "direct"
    assert ss["We are ready,"].speaker == "Tom Banks"
    assert ss["two people had died"].source == "Police"
    assert ss["120,000 homes had lost power"].source == "Officials"


def test_colon_label_before_a_paragraph_with_its_own_speaker():
    ss = by_quote("Key points:\n\nOfficials said 120,000 homes had lost power.")
    assert list(ss) == ["120,000 homes had lost power"]
    assert ss["120,000 homes had lost power"].source == "Officials"
    # a speech verb and a colon before a plain paragraph still report it
    ss = by_quote("The governor added:\n\nThe state will rebuild every home.")
    assert ss["The state will rebuild every home"].source == "The governor"


def test_html_remnants_keep_offsets():
    text = (
        "<p>Gov. Ana Ruiz said on Monday that the state was ready.</p>\n"
        "<p>&quot;We have 40 shelters open,&quot; Ruiz told reporters.</p>"
        "<p>&ldquo;It is dangerous,&rdquo; she said.</p><br/>"
        '<p>"Stay home," said Mayor Tom Banks.</p>'
    )
    ss = by_quote(text)
    assert ss["the state was ready"].speaker == "Ana Ruiz"
    assert ss["We have 40 shelters open,"].speaker == "Ana Ruiz"
    assert ss["It is dangerous,"].kind == "direct"
    assert ss["It is dangerous,"].speaker == "Ana Ruiz"
    assert ss["Stay home,"].kind == "direct"
    assert ss["Stay home,"].speaker == "Tom Banks"


def test_source_across_a_wrapped_line_is_the_text_as_given():
    text = "After the vote the\nmayor said the plan would go ahead."
    (s,) = statements(text)
    assert s.quote == "the plan would go ahead"
    assert s.source == "the\nmayor" == text[s.speaker_start : s.speaker_end]


def test_editors_notes_are_not_statements():
    text = (
        "Officials said the road was closed.\n\n"
        "Editor's note: Jon Hale is a candidate who has repeatedly\n"
        "pledged to cut the budget by half.\n\n"
        "(Editor's Note: The mayor said she owns shares in the paper.)\n\n"
        "Clarification: This story was updated to reflect that the council said the vote was "
        "on Tuesday."
    )
    assert [s.quote for s in statements(text)] == ["the road was closed", "the vote was on Tuesday"]


def test_pm_is_a_title_not_an_organisation():
    text = (
        "Prime Minister Anna Cole said on Tuesday the deal was done.\n\n"
        "Foreign Minister Tom Reed said the talks were hard.\n\n"
        '"We will win," the PM told reporters.'
    )
    s = by_quote(text)["We will win,"]
    assert s.speaker == "Anna Cole" and s.speaker_type == "person"
    # no prime minister named before: an unnamed source, never an organisation "PM"
    s = by_quote("The PM said the talks had collapsed.")["the talks had collapsed"]
    assert s.speaker is None and s.source == "The PM" and s.organization is None


def test_post_nominal_letters_after_a_name():
    text = 'Shadow Chancellor Rachel Greene MP said the figures were "deeply worrying".'
    s = by_quote(text)["deeply worrying"]
    assert s.speaker == "Rachel Greene" and s.role == "Shadow Chancellor"
    s = by_quote("Mr Tom Hale QC told the court his client was innocent.")
    assert s["his client was innocent"].speaker == "Tom Hale"
    # a party before a title is no name
    s = by_quote("A Labour MP said the leader should resign.")["the leader should resign"]
    assert s.speaker is None and s.source == "A Labour MP"


def test_quote_after_a_sentence_about_a_described_person():
    text = (
        'Ana Petrov, a grain trader, listed her demands: "Lower fuel prices."\n\n'
        'The minister ended with a warning. "Anyone who breaks the law will be punished."'
    )
    s = by_quote(text)["Anyone who breaks the law will be punished."]
    assert s.source == "The minister" and s.speaker is None  # not Petrov going on
    text = (
        "Interior Minister Omar Haddad met the farmers on Monday.\n\n"
        'The minister ended with a warning. "Anyone who breaks the law will be punished."'
    )
    s = by_quote(text)["Anyone who breaks the law will be punished."]
    assert s.speaker == "Omar Haddad"


def test_markdown_bold_interview_labels():
    text = (
        "Maria Lopez, the city's new police chief, sat down with the Herald this week.\n\n"
        "**Herald:** Why did you take the job?\n\n"
        "**Lopez:** I grew up here. I hope people will trust the police again.\n\n"
        "**Herald:** What is your first priority?\n\n"
        "**Lopez:** Response times. They are far too slow.\n"
    )
    ss = by_quote(text)
    assert ss["Response times. They are far too slow."].speaker == "Maria Lopez"
    assert ss["I grew up here. I hope people will trust the police again."].speaker == "Maria Lopez"


def test_email_header_lines_are_no_speakers():
    text = (
        "From: Lisa Grant\nSent: Monday, March 2, 2026 9:14 AM\nTo: All Staff\n"
        "Subject: Budget cuts are coming\n\nTeam, we will get through this together.\n"
    )
    assert statements(text) == []


def test_quote_credited_at_the_start_of_the_next_paragraph():
    for credit in (
        "That was how Interior Minister Omar Haddad put it on Monday.",
        "Those were the words of Interior Minister Omar Haddad on Monday.",
        "That was how Interior Minister Omar Haddad described the law on Monday.",
    ):
        text = f'"Anyone who breaks the law will be punished."\n\n{credit}'
        s = by_quote(text)["Anyone who breaks the law will be punished."]
        assert s.speaker == "Omar Haddad", credit
    text = '"We are not afraid."\n\nThat was how the protesters responded.'
    assert by_quote(text)["We are not afraid."].source == "the protesters"
    # how someone saw it is no credit
    text = '"It is over."\n\nThat was how Ray saw it.'
    assert by_quote(text)["It is over."].source is None


def test_upper_case_dateline_with_a_colon():
    text = (
        "Opposition slams government over prices\n\n"
        "NEW DELHI: Union minister Amit Rao on Tuesday said the Centre would send more forces.\n\n"
        '"The situation in Delhi is under control," Rao told reporters.'
    )
    ss = by_quote(text)
    s = ss["the Centre would send more forces"]
    assert s.speaker == "Amit Rao" and s.cue == "said"
    # a transcript's labels stay turns
    text = (
        "The mayor spoke to reporters on Monday.\n\n"
        "MAYOR DELGADO: Good afternoon. We have made an arrest in the case.\n\n"
        "QUESTION: Can you name the suspect?\n\n"
        "MAYOR DELGADO: Not at this time, I am afraid.\n"
    )
    ss = by_quote(text)
    assert ss["Good afternoon. We have made an arrest in the case."].source == "DELGADO"


def test_congress_mp_is_no_us_lawmaker():
    s = by_quote("Congress MP Sunita Iyer said the government had failed.")
    assert s["the government had failed"].country is None
    assert s["the government had failed"].organization == "Congress"
    s = by_quote("Congress spokesman Tom Hale said the bill was unfair.")
    assert s["the bill was unfair"].country == "US"


def test_sen_as_a_surname_after_a_given_name():
    s = by_quote("Chief Minister Mamata Sen told PTI that the state would not implement the law.")
    assert s["the state would not implement the law"].speaker == "Mamata Sen"
    s = by_quote("Sen. Tom Hale said the bill was fine.")["the bill was fine"]
    assert s.speaker == "Tom Hale" and s.role == "Senator"


def test_html_entity_inside_a_word():
    text = (
        "<p>Maria Lopez, the city&#39;s new police chief, said she shops at Macy&#39;s.</p>"
        "<p>&#39;It&#39;s a disgrace,&#39; said Greens leader Adam Bandt. "
        "&#39;Absolutely shameful.&#39;</p><p>McDonald&rsquo;s said sales rose.</p>"
    )
    ss = by_quote(text)
    s = ss["she shops at Macy&#39;s"]
    assert s.speaker == "Maria Lopez" and s.role == "new police chief"
    assert ss["It&#39;s a disgrace,"].speaker == "Adam Bandt"
    assert ss["Absolutely shameful."].speaker == "Adam Bandt"
    assert ss["sales rose"].source == "McDonald&rsquo;s"


def test_quote_running_over_a_list():
    text = (
        'Ana Petrov, a grain trader, listed three demands: "1. Lower fuel prices.\n'
        '2. Fairer contracts.\n3. An end to the export ban."\n\n'
        'The union said in a statement:\n\n"We reject the plan.\n\n'
        '- We will strike on Monday.\n- We will not back down."\n'
    )
    ss = by_quote(text)
    s = ss["1. Lower fuel prices.\n2. Fairer contracts.\n3. An end to the export ban."]
    assert s.kind == "direct" and s.speaker == "Ana Petrov"
    s = ss["We reject the plan.\n\n- We will strike on Monday.\n- We will not back down."]
    assert s.source == "The union"


def test_dash_credit_after_html_entities():
    text = (
        "<p>&quot;This is the worst storm in a generation.&quot; &mdash; Gov. Ana Ruiz</p>\n"
        "<p>&ldquo;Stay home.&rdquo; &#8212; Mayor Tom Banks, on Twitter</p>"
    )
    ss = by_quote(text)
    assert ss["This is the worst storm in a generation."].speaker == "Ana Ruiz"
    assert ss["Stay home."].speaker == "Tom Banks"


def test_writer_first_person_is_left_for_an_editor():
    ss = by_quote('I asked Hollis whether he regretted the vote.\n\n"Why?" I asked.')
    assert ss["whether he regretted the vote"].confidence <= 0.3
    assert ss["Why?"].confidence <= 0.3
    # a source's own first person stays theirs
    s = by_quote('"I told him the deal was off," Smith said.')["I told him the deal was off,"]
    assert s.speaker == "Smith" and s.confidence > 0.3


def test_single_quote_opening_with_an_ellipsis():
    for text in (
        "'…and that is why we will win,' Mr Anthony Albanese said.",
        "'...and that is why we will win,' Mr Anthony Albanese said.",
    ):
        (s,) = statements(text)
        assert s.kind == "direct" and s.quote.endswith("and that is why we will win,")
        assert s.speaker == "Anthony Albanese"


def test_transcript_labels_by_initials():
    text = (
        "Anna Cole, the Prime Minister, was interviewed by Tom Wells on BBC Radio 4.\n\n"
        "TW: Prime Minister, will you resign?\n\n"
        "AC: No. I have a job to do and I intend to do it.\n\n"
        "TW: Even after this week?\n\n"
        "AC: Especially after this week. The country needs stability.\n"
    )
    ss = by_quote(text)
    s = ss["No. I have a job to do and I intend to do it."]
    assert s.speaker == "Anna Cole" and s.source == "AC"
    assert ss["Even after this week?"].speaker == "Tom Wells"
    # an acronym is no one's initials
    text = (
        "Anna Park spoke to Tom Wells.\n\n"
        "AP: The vote was close, officials said.\n\nTW: Any more news?\n"
    )
    assert by_quote(text).get("The vote was close, officials said.") is None


def test_social_handle_credited_in_an_embedded_post():
    text = (
        "Proud to stand with the farmers of Ohio today.\n"
        "— Mark Hale (@SenMarkHale) March 3, 2026\n\n"
        '@SenMarkHale later wrote: "Shameful."\n\n'
        "@unknownuser wrote that it was fake."
    )
    ss = by_quote(text)
    assert ss["Shameful."].speaker == "Mark Hale" and ss["Shameful."].source == "SenMarkHale"
    assert ss["it was fake"].speaker is None


def test_cm_is_a_title():
    text = "West Bengal CM Mamata Banerjee said the funds had been withheld."
    s = by_quote(text)["the funds had been withheld"]
    assert s.speaker == "Mamata Banerjee" and s.role == "West Bengal CM"
    text = (
        "Chief Minister Mamata Banerjee hit out at the Centre.\n\n"
        "The CM said the state would go to court."
    )
    assert by_quote(text)["the state would go to court"].speaker == "Mamata Banerjee"
    s = by_quote("The CM said the state would go to court.")["the state would go to court"]
    assert s.speaker is None and s.organization is None
