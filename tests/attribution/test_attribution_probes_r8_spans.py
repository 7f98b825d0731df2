"""Probe round 8 (reported-speech spans and cues): invented wire-style sentences for
coordinated and participial cues after an unparsed subject, nominal cues, adjective
participles and reported-clause ends."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_coordinated_cue_after_an_unparsed_sentence_subject():
    for subject, cue in (
        ("His ex-wife agreed, but also contended that", "contended"),
        ("His ex-wife agreed, saying", "saying"),
        ("Those close to him agreed, but said", "said"),
    ):
        ss = by_quote(f"{subject} she had paid the debts herself.")
        s = ss.get("she had paid the debts herself")
        assert s is not None and s.cue == cue and s.source == subject.split(" agreed")[0], subject
    # finding is no speech, and a present-tense first verb may be a noun ("rates")
    assert by_quote("The paranoia remained but found other points of focus.") == {}
