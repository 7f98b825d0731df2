"""Round 29, probe r29e: news forms other than the inverted pyramid — a print Q&A, a
live page with timestamps and a speech story (invented sentences, fictional people)."""

from articles.attribution import extract

QA = (
    "Port chief on the new freeport\n\n"
    "By Hannah Price\n\n"
    "Ruth Okonjo, chief executive of the Teesmouth Ports Authority, took over in March. "
    "She spoke to the Gazette about jobs. The interview has been edited for length.\n\n"
    "**Q:** Critics say the dredging plan is too expensive. Is that fair?\n\n"
    "**A:** No. The government pays two thirds of it, and we pay the rest.\n\n"
    "**Q:** Will there be job losses?\n\n"
    "A: None. We expect to hire 200 people next year.\n\n"
    "(Laughs.)\n\n"
    "I have said that to the unions too, and I will say it again.\n\n"
    "Okonjo will address the chamber of commerce on Friday."
)


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_interview_questions_are_no_statements():
    ss = extract(QA)
    assert not [s for s in ss if "?" in s.quote]
    # nor anything reported inside a question ("Critics say …")
    assert not [s for s in ss if "dredging plan is too expensive" in s.quote]


def test_interview_answers_are_the_interviewee_s_own_words():
    ss = by_quote(QA)
    a = ss["No. The government pays two thirds of it, and we pay the rest."]
    assert (a.speaker, a.kind, a.role) == ("Ruth Okonjo", "direct", "chief executive")
    assert a.organization == "Teesmouth Ports Authority"
    # a cue inside an answer is part of it, no statement of its own
    assert "to hire 200 people next year" not in ss
    assert ss["None. We expect to hire 200 people next year."].speaker == "Ruth Okonjo"


def test_the_last_answer_runs_on_in_the_first_person_only():
    ss = by_quote(QA)
    last = ss["I have said that to the unions too, and I will say it again."]
    assert (last.speaker, last.kind) == ("Ruth Okonjo", "direct")
    # the writer's closing line is nobody's answer
    assert not [s for s in ss.values() if "chamber of commerce" in s.quote]


LIVE = (
    "Storm Ingrid: Thousands without power as storm batters Ireland\n\n"
    "Summary\n\n"
    "- A red wind warning remains in place for Galway until 15:00 GMT\n\n"
    "12:18 GMT\n\n"
    "Gardaí warn people away from the coast\n\n"
    "Gardaí said people should stay away from beaches until the storm has passed.\n\n"
    "Chief Superintendent Declan Furey posted a warning on X shortly after 10:30.\n\n"
    "11:47 GMT\n\n"
    "'The sea came over the wall'\n\n"
    '"The sea came over the wall like a wave in a bath," said Nora Keane, who runs a café.\n'
)


def test_a_live_page_s_entry_headings_are_no_statements():
    ss = extract(LIVE)
    assert not [s for s in ss if s.quote in {"away from the coast", "The sea came over the wall"}]
    got = {s.quote: s.speaker for s in ss}
    assert "people should stay away from beaches until the storm has passed" in got
    assert got["The sea came over the wall like a wave in a bath,"] == "Nora Keane"


def test_a_named_storm_heading_a_headline_is_no_speaker():
    assert not [s for s in extract(LIVE) if s.speaker == "Storm Ingrid"]


def test_a_warning_as_a_noun_subject_is_no_cue():
    assert not [s for s in extract(LIVE) if "remains in place" in s.quote]
    text = "An amber rain warning was issued for Cork on Tuesday."
    assert not extract(text)


def test_posting_a_message_is_no_statement_its_words_are():
    assert not [s for s in extract(LIVE) if "shortly after 10:30" in s.quote]
    assert not extract("The council posted a statement on its website on Tuesday.")
    ss = by_quote("The council posted a statement saying the bridge would reopen in May.")
    assert "the bridge would reopen in May" in ss


def test_a_speech_participle_after_a_quote_closing_on_a_comma():
    text = (
        'Gov. Teresa Alvarado took aim at what she called "the lobbyists who own the river," '
        "urging lawmakers to approve a tax on groundwater."
    )
    ss = by_quote(text)
    assert ss["to approve a tax on groundwater"].speaker == "Teresa Alvarado"
    assert ss["the lobbyists who own the river,"].speaker == "Teresa Alvarado"


def test_a_national_weather_service_posting_is_an_organisation():
    text = (
        "Met Éireann wrote on X:\n\n"
        '"Mace Head recorded a gust of 135km/h at 10:00, the highest so far today."\n'
    )
    (s,) = extract(text)
    assert (s.speaker, s.speaker_type, s.organization, s.country) == (
        "Met Éireann",
        "organization",
        "Met Éireann",
        "IE",
    )
