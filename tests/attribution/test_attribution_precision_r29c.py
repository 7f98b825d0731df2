"""Round 29 (r29-c): extraction precision, what is no statement beside real statements
(probe r29c's classes, tested on other invented copy): a speech verb under a prediction
(`is expected to say`, `are likely to argue that`), a definite object described with no
`as` (`described the long hours …`), a bare rejection of a claim (`rejected the claim`,
`disputed the findings`), a negated universal subject's stance (`Not everyone … opposes the
plan`), an act named by a bare noun phrase (`announced the decision`, `compared the two
drafts`), a sign's words after a long subject (`a sign … read "…"`), a headline of an
op-ed (`headlined "…"`), a sub-head or a headline quote that repeats part of a body
quotation, and a nickname `known along the quay as "…"`. Each has its real statement
beside it."""

from quote_lookup import by_quote

from articles.attribution import extract

PREDICTED = (
    "The finance minister, Olga Brandt, is expected to say more about the levy at a party "
    "conference in Graz next week. Her allies are likely to argue that the tax only hits "
    "the largest estates.\n\n"
    "Brandt said on Monday that the levy would raise 400 million euros a year.\n"
)


def test_a_speech_verb_under_a_prediction_is_no_statement():
    got = extract(PREDICTED)
    # (the agentless "X is expected to …" itself stays, PolNeAR's, capped: its cue is
    # "expected", and nobody is its speaker)
    assert not [s for s in got if s.cue in {"say", "argue"}]
    assert not [s for s in got if "the tax only hits" in s.quote]
    assert not [s for s in got if s.speaker and "more about the levy" in s.quote]
    said = by_quote(PREDICTED)
    assert said["the levy would raise 400 million euros a year"].speaker == "Olga Brandt"


DESCRIBED = (
    "Mira Castell, who runs a bakery on Harbour Street, described the long nights she had "
    "spent rebuilding the ovens after the flood. She said the shop would reopen in May.\n\n"
    "Passengers on the morning flight described a loud bang shortly after take-off.\n"
)


def test_a_definite_object_described_without_as_is_a_topic():
    got = by_quote(DESCRIBED)
    assert not [q for q in got if q.startswith("the long nights")]
    assert got["the shop would reopen in May"].speaker == "Mira Castell"
    # (an indefinite object is what was described: it stays)
    assert [q for q in got if q.startswith("a loud bang")]


REJECTED = (
    "Opposition councillors said the contract had been awarded without a tender. Mayor "
    "Ruth Adeyemi rejected the claim. The auditor's office disputed the findings of a "
    "second review.\n\n"
    '"Every step was published," Adeyemi said.\n\n'
    "Her deputy, Paul Mercer, rejected claims that the tender had been skipped.\n"
)


def test_a_bare_rejection_of_a_claim_is_a_reaction():
    got = by_quote(REJECTED)
    assert "the claim" not in got
    assert not [q for q in got if q.startswith("the findings")]
    assert got["the contract had been awarded without a tender"].speaker is None
    assert got["Every step was published,"].speaker == "Ruth Adeyemi"
    # (a rejected claim with its clause stays: r26d's convention)
    assert [q for q in got if "the tender had been skipped" in q]


NOT_EVERYONE = (
    "Not everyone in the village opposes the quarry. Not every fisherman agrees with "
    "Harbour Watch.\n\n"
    "Ewan Taggart, a lobster fisherman, said the quarry would bring forty jobs.\n"
)


def test_a_negated_universal_subjects_stance_is_the_writers():
    got = by_quote(NOT_EVERYONE)
    assert "the quarry" not in got
    assert not [q for q in got if q.startswith("Harbour Watch")]
    assert got["the quarry would bring forty jobs"].speaker == "Ewan Taggart"


ACTS = (
    "Lindqvist Press announced the decision on Friday in a note to booksellers, saying it "
    'had "withdrawn every copy" of the novel. An editor compared the two drafts over the '
    "weekend.\n\n"
    "The publisher said a corrected edition would follow in the spring.\n"
)


def test_an_act_named_by_a_bare_noun_phrase_is_no_statement():
    got = by_quote(ACTS)
    assert not [q for q in got if q.startswith(("the decision", "the two drafts"))]
    assert got["withdrawn every copy"].speaker == "Lindqvist Press"
    assert "a corrected edition would follow in the spring" in got


SIGN = (
    "At the Corner Shelf in Leith, a printed sign taped to the shop window on Monday read "
    '"Closed for stocktaking." Owner Fiona Baird said she had not had a day off in a year.\n'
)


def test_a_signs_words_after_a_long_subject_are_nobodys():
    got = by_quote(SIGN)
    assert not [q for q in got if q.startswith("Closed for")]
    assert got["she had not had a day off in a year"].speaker == "Fiona Baird"


OPED = (
    'In an essay for the Irish Examiner headlined "Why our harbours cannot wait another '
    'decade," the engineer Cathal Brennan wrote that the breakwaters were failing.\n'
)


def test_an_op_eds_headline_is_its_name():
    got = by_quote(OPED)
    assert not [q for q in got if q.startswith("Why our harbours")]
    assert got["the breakwaters were failing"].speaker == "Cathal Brennan"


SUBHEAD = (
    "'Who pays for this?': Porto fishermen count the cost of the dredging ban\n\n"
    "Porto, Portugal – The fishermen of Afurada were mending nets on Monday.\n\n"
    '"We have lost half our catch since March. Who pays for this?" said Rui Matos, 52, '
    "who has fished the Douro estuary for three decades.\n\n"
    "'Nobody asked the river'\n\n"
    "Environmental engineer Sofia Lemos said the sandbanks had shifted twice in a year. "
    '"They are dredging on a map from 1990. Nobody asked the river," she said.\n\n'
    'Matos, known along the quay as "Captain Rui," has fished there since 1994. He said '
    "he would sell his boat.\n"
)


def test_a_subhead_and_a_headline_quote_repeating_the_body_are_no_statements():
    got = extract(SUBHEAD)
    quotes = [s.quote for s in got]
    assert "Who pays for this?" not in quotes  # the headline's, no source
    assert "Nobody asked the river" not in quotes  # the sub-head
    assert "They are dredging on a map from 1990. Nobody asked the river," in quotes
    body = by_quote(SUBHEAD)
    assert body["We have lost half our catch since March. Who pays for this?"].speaker == (
        "Rui Matos"
    )
    # (a nickname: no statement, and Matos's own clause stays his)
    assert not [q for q in quotes if "Captain Rui" in q]
    assert body["he would sell his boat"].speaker == "Rui Matos"
