"""Round 26, probe r26f's training errors (r26-f): broadcast and interview write-ups
(a presenter or host named by a description, a partial quote in a second "that"
conjunct, a conjunct after a quote opened by a participle, a clause after a weekday, a
trailing consequence, a fame word before a title), each tested with invented copy only
(no sentence of the probe)."""

from quote_lookup import by_quote

CONJUNCTS = (
    "Senator Ann Riley spoke to reporters on Monday.\n\n"
    'She said the Transport Department had asked for the money in June and that lawmakers had "flatly refused" the plan.\n\n'  # noqa: E501
    'The Farmers Union said the decision was "a disgrace" and that Riley would be welcome at '
    'its meetings "whenever she wants to listen".\n'
)


def test_a_cue_in_an_earlier_that_conjunct_does_not_take_the_quote():
    got = by_quote(CONJUNCTS)
    assert got["the Transport Department had asked for the money in June"].speaker == "Ann Riley"
    refused = got["flatly refused"]
    assert refused.speaker == "Ann Riley"
    assert refused.kind == "partial"


def test_be_welcome_is_an_adjective_not_a_cue():
    got = by_quote(CONJUNCTS)
    assert got["a disgrace"].speaker == "Farmers Union"
    assert got["whenever she wants to listen"].speaker == "Farmers Union"


HOSTS = (
    "WASHINGTON (AP) — Sen. Tom Reyes said Sunday he would back the bill.\n\n"
    "Host Maria Lund asked Reyes whether he would vote for it.\n\n"
    '"You said last month that you would never back it," the host told him.\n\n'
    '"I said a lot of things last month," Reyes replied.\n'
)

PRESENTER = (
    "The health secretary, Ann Cole, appeared on Sky News on Sunday.\n\n"
    "Asked by the presenter, Kate Lorne, whether waiting lists would fall, Ms Cole said: "
    "“They will.”\n\n"
    "“You promised that last year,” the presenter said.\n"
)


def test_the_host_is_the_one_person_written_host_before():
    got = by_quote(HOSTS)
    challenge = got["You said last month that you would never back it,"]
    assert challenge.speaker == "Maria Lund"
    assert got["I said a lot of things last month,"].speaker == "Tom Reyes"


def test_a_presenter_named_in_an_appositive_has_the_title():
    got = by_quote(PRESENTER)
    assert got["They will."].speaker == "Ann Cole"
    promised = got["You promised that last year,"]
    assert promised.speaker == "Kate Lorne"
    assert promised.role == "presenter"


SECOND_VERB_PHRASES = (
    "The row began on Monday.\n\n"
    'Acme Radio said it had "spoken to Jo" and considered the matter closed.\n\n'
    "Ann Lee, who chairs the Rural Schools Trust, said parents had been "
    '"kept in the dark" for months and needed answers before the vote.\n'
)


def test_a_second_verb_phrase_after_a_quote_opened_by_a_participle():
    got = by_quote(SECOND_VERB_PHRASES)
    assert got["spoken to Jo"].speaker == "Acme Radio"
    closed = got["considered the matter closed"]
    assert closed.speaker == "Acme Radio"
    assert closed.kind == "indirect"


def test_a_second_verb_phrase_after_had_been_and_a_quote():
    got = by_quote(SECOND_VERB_PHRASES)
    assert got["kept in the dark"].speaker == "Ann Lee"
    answers = got["needed answers before the vote"]
    assert answers.speaker == "Ann Lee"
    assert answers.kind == "indirect"


LEADS = (
    "WASHINGTON (AP) — Sen. Ann Lee, D-Ore., said Sunday she would not support a farm bill "
    "that cuts money for rural broadband, setting up a clash with her party five days "
    "before a deadline.\n\n"
    "Rep. Tom Hale said Monday he would oppose any plan that raises fees, setting up a "
    "fight with the White House.\n"
)


def test_a_clause_after_a_weekday_opens_at_its_subject_not_at_a_relative_that():
    got = by_quote(LEADS)
    assert set(got) == {
        "she would not support a farm bill that cuts money for rural broadband",
        "he would oppose any plan that raises fees",
    }
    assert got["he would oppose any plan that raises fees"].speaker == "Tom Hale"


def test_a_fame_word_is_no_part_of_the_title():
    got = by_quote(
        "Celebrity chef Ann Moss said the menu would change.\n\n"
        'Award-winning novelist Tom Bay said he was "delighted".\n'
    )
    assert got["the menu would change"].role == "chef"
    assert got["delighted"].role == "novelist"
