"""Probe round 15, precision: invented wire copy full of things that look like
statements but are not (chants, signs, named terms, titles, questions, acts)."""

from quote_lookup import by_quote

from articles.attribution import extract


def quotes(text):
    return [s.quote for s in extract(text)]


# a headline and a lead before the sentence under test: short opening paragraphs read as
# headlines (their present tense is a past)
LEAD = (
    "Storm season tests towns\n\nLONDON — Councils across the country have spent the week "
    "counting the cost of the storms, and several have asked the government for more money "
    "to repair roads, bridges and flood defences before the winter.\n\n"
)


# -- chants ------------------------------------------------------------------------


def test_a_crowds_chant_is_no_statement():
    for text, chant in (
        (
            'Boyd kept his title before a crowd that chanted "Ham-mer! Ham-mer!" from the '
            "opening bell.",
            "Ham-mer! Ham-mer!",
        ),
        (
            'Fans chanted "Jade! Jade! Jade!" as she walked the red carpet.',
            "Jade! Jade! Jade!",
        ),
        (
            'Mehta showed the chip at the conference, where fans greeted him with shouts of "Ro-'
            'han! Ro-han!" He said the chip would ship soon.',
            "Ro-han! Ro-han!",
        ),
        (
            "Protesters blocked the entrance and chanted “Whose streets? Our streets!” for two "
            "hours.",
            "Whose streets? Our streets!",
        ),
    ):
        assert chant not in quotes(text), text


def test_a_chant_after_a_speaker_is_not_theirs():
    text = (
        '"Judges are judges," Monroe said. "I\'ll get her next time."\n\n'
        'Fans held signs as they filed out, and a few chanted "We want Reyes!" on the Strip.'
    )
    got = by_quote(text)
    assert "We want Reyes!" not in got
    assert got["I'll get her next time."].speaker == "Monroe"


def test_the_quote_after_a_chant_goes_on_with_the_speaker():
    text = (
        "’This is just the beginning,’ Vale told supporters at the count, where they chanted "
        "’Sharon! Sharon!’ and waved placards reading ’Take Back Clacton’. ’People here have "
        "been ignored for too long.’"
    )
    got = by_quote(text)
    assert "Sharon! Sharon!" not in got
    assert got["People here have been ignored for too long."].speaker == "Vale"


# -- signs, banners, slogans ---------------------------------------------------------


def test_the_words_on_a_banner_are_no_statement():
    for text, words in (
        ("Some carried a banner that said “Transit Is a Right.”", "Transit Is a Right."),
        (
            "Protesters marched downtown, chanting slogans and carrying a banner that read "
            "“Stop Killing Our Kids.”",
            "Stop Killing Our Kids.",
        ),
    ):
        assert words not in quotes(text), text


def test_a_rally_under_a_banner_is_the_speakers_clause():
    text = (
        "Union president Ray Dolan said members would hold a rally on Saturday under the "
        'banner "Keep Salina Baking."'
    )
    got = by_quote(text)
    assert "Keep Salina Baking." not in got
    s = got['members would hold a rally on Saturday under the banner "Keep Salina Baking."']
    assert s.speaker == "Ray Dolan"


def test_a_motto_or_an_anthem_is_a_title():
    got = by_quote(
        'Mehta said the company\'s new motto, "Compute for Everyone," reflected its goal of '
        "making AI cheaper."
    )
    assert "Compute for Everyone," not in got
    s = got['the company\'s new motto, "Compute for Everyone," reflected its goal of making AI '
            "cheaper"]  # fmt: skip
    assert s.speaker == "Mehta"
    text = (
        "Rovers’ chairman, Derek Holt, declined to discuss the reports. The club’s anthem, "
        "‘Blue Skies Over Castlebridge’, was played twice after the match."
    )
    assert "Blue Skies Over Castlebridge" not in quotes(text)


# -- names of terms, plans and people ------------------------------------------------


def test_a_term_a_group_uses_is_no_statement():
    for text, term in (
        (
            'County officials have adopted what they call a "managed retreat" policy, buying '
            "out homes that flood.",
            "managed retreat",
        ),
        (
            'The flood is the latest of what climate researchers describe as "compound events," '
            "when rain falls on wet ground.",
            "compound events,",
        ),
        (
            LEAD + "The study is the latest to support what some doctors call ‘exercise as "
            "medicine’. The NHS recommends 150 minutes a week.",
            "exercise as medicine",
        ),
    ):
        assert term not in quotes(text), text


def test_a_name_given_with_call_is_no_statement():
    for text in (
        'Harbor Foods said it would cut 1,200 jobs as part of a plan it calls "Project '
        'Streamline."',
        "The bill would cut transit grants by 18%. Critics call it the “Bus Killer Bill.”",
        'The department has launched what it calls a "Shots for Tots" campaign, with free clinics.',
        LEAD + "Vale campaigned on a pledge she called the ‘Clacton Promise’, which included a "
        "new hospital.",
        "The bill is the centerpiece of what Republicans have branded their “Promises Kept” "
        "agenda.",
    ):
        got = extract(text)
        assert not any(s.cue in {"call", "calls", "called", "branded"} for s in got), text


def test_a_nickname_is_not_a_quote_of_anyone():
    got = by_quote(
        'Rohan Mehta, who founded Nuvolo in 2009, is known in the industry as "the Chip '
        'Whisperer." He said the company would keep its prices low.'
    )
    assert "the Chip Whisperer." not in got
    assert got["the company would keep its prices low"].speaker == "Rohan Mehta"
    text = (
        'In the 100 freestyle, Pan Zhanle, whose coach calls him "the Rocket," also set a '
        "world record."
    )
    assert "the Rocket," not in quotes(text)


def test_a_process_known_as_is_no_source():
    got = extract(
        "Scientists say warmer oceans are helping storms intensify more quickly, a process "
        'known as "rapid intensification."'
    )
    assert all(s.cue != "known" for s in got)
    assert any(s.source == "Scientists" for s in got)


def test_a_titles_colon_is_no_speakers_label():
    got = extract(
        'NEW YORK (AP) — An exhibition is drawing crowds.\n\n"Dark Waters: The Hudson, '
        '1609-2025" has drawn more than 400,000 visitors since it opened, the museum said.'
    )
    assert all(s.speaker != "Dark Waters" for s in got)


# -- questions, acts ------------------------------------------------------------------


def test_a_cue_inside_a_question_put_to_someone():
    got = extract(
        "Asked whether he was worried about the levee, Ruelle said engineers were checking it."
    )
    assert [s.quote for s in got] == ["engineers were checking it"]
    got = extract(
        "Asked if she was worried about schools reopening after spring break, Ortiz said yes."
    )
    assert all(not s.quote.startswith("Asked") for s in got)


def test_which_described_by_someone_gives_the_quote_only():
    got = by_quote(
        "Rovers won 3-2. The match, which was described by the BBC’s commentator as ‘one "
        "of the great comebacks’, ended in chaos."
    )
    assert "which" not in got
    assert got["one of the great comebacks"].source == "the BBC’s commentator"


def test_anonymity_wished_is_no_statement():
    got = extract("One father, who did not want to be named, said he felt ‘sick’.")
    assert [s.quote for s in got] == ["sick"]


def test_according_to_inside_a_relative_clause():
    got = extract(
        "Nvidia, which controls about 80% of the market for AI chips, according to research "
        "firm TechInsights, declined to comment."
    )
    assert all(not (s.quote.startswith("declined") and s.cue == "according to") for s in got)


def test_a_gesture_drafting_and_a_word_added_are_acts():
    for text, act in (
        ('"This is for Pete," Okafor said, pointing to the sky.', "the sky"),
        (
            "Assemblywoman Dana Ruiz, who wrote an amendment to soften the cuts, voted no.",
            "an amendment to soften the cuts",
        ),
        (
            'The slogan was painted over by someone who added the word "Not."',
            'the word "Not."',
        ),
    ):
        assert act not in quotes(text), text


# -- guards: true statements stay -------------------------------------------------------


def test_guard_what_a_named_speaker_called_stays():
    for text, q, speaker in (
        (
            'The river rose toward what the National Weather Service called a "major flood '
            'stage," officials said.',
            "major flood stage,",
            "National Weather Service",
        ),
        (
            "Peter Hollis runs a shop on the seafront. He accused the council of what he calls "
            "“a war on small shops.”",
            "a war on small shops.",
            "Peter Hollis",
        ),
        (
            "Castlebridge Rovers manager Ian Whitby hailed what he called ‘the Miracle of Moss "
            "Lane’ after the win.",
            "the Miracle of Moss Lane",
            "Ian Whitby",
        ),
    ):
        assert by_quote(text)[q].speaker == speaker, text


def test_guard_according_to_between_subject_and_verb():
    got = by_quote("The fire, according to police, was started deliberately.")
    assert any(s.cue == "according to" for s in got.values())


def test_guard_the_words_as_a_subject_and_a_quoted_sentence_after_a_sign():
    got = by_quote("Obama said the words “lump” the good Muslims with the bad.")
    assert "the words “lump” the good Muslims with the bad" in got
    got = by_quote(
        '"We respect the right to protest," Police Chief Renee Walsh said. Protesters held '
        'signs reading "No Cuts." "But we will not tolerate violence," Walsh said.'
    )
    assert "No Cuts." not in got
    assert got["But we will not tolerate violence,"].speaker == "Renee Walsh"


def test_guard_non_answers_stay_capped():
    got = by_quote("A spokesman for Reyes declined to comment on the talks.")
    s = got["to comment on the talks"]
    assert s.confidence <= 0.3


def test_a_quote_a_banner_reads_is_no_statement():
    got = by_quote(
        "The home fans booed the referee. “Enough is enough,” read a banner outside the "
        "ground. ‘It was never a penalty,’ Price said."
    )
    assert "Enough is enough," not in got
    assert got["It was never a penalty,"].speaker == "Price"


def test_a_nested_clause_running_past_the_outer_one_is_part_of_it():
    got = by_quote(
        LEAD + "Dr Hannah Okoye led the study. Asked whether faster walking gave more "
        "protection, she said the data suggested it did, but that the difference was small."
    )
    s = got["the data suggested it did, but that the difference was small"]
    assert s.speaker == "Hannah Okoye"
    assert all(v.cue != "suggested" for v in got.values())


def test_a_clause_ends_before_a_gloss_naming_it():
    got = by_quote(
        LEAD + "Scientists say warmer ocean temperatures are helping storms intensify more "
        'quickly, a process known as "rapid intensification."'
    )
    assert got["warmer ocean temperatures are helping storms intensify more quickly"].source == (
        "Scientists"
    )


def test_posted_messages_without_their_words_are_no_statement():
    text = (
        LEAD + "Some parents posted messages on a local Facebook group with the hashtag "
        "#MyKidsMyChoice. One mother told a reporter she would never vaccinate her children."
    )
    got = extract(text)
    assert all(s.cue != "posted" for s in got)
    assert any(s.quote == "she would never vaccinate her children" for s in got)


def test_the_drafters_of_a_bill_said():
    got = by_quote(
        "Lawmakers who wrote the bill said it was not meant to target anyone. The governor "
        "signed it in May."
    )
    assert "the bill said it was not meant to target anyone" not in got
    assert got["it was not meant to target anyone"].source == "Lawmakers"


def test_a_name_in_an_aside_before_a_past_verb_stays_in_the_clause():
    got = by_quote(
        "Judge Maria Delgado wrote in a 42-page ruling that the rule, known as Rule 14, "
        "violated the Equal Protection Clause."
    )
    s = got["the rule, known as Rule 14, violated the Equal Protection Clause"]
    assert s.speaker == "Maria Delgado"
