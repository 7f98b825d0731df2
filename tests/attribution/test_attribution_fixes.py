"""Specific general errors found on wire copy (Jr./Sr. names, relative-clause cues,
noun readings of cue forms, …) — on hand-written sentences."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_generational_suffix_keeps_the_name_as_subject():
    ss = by_quote("Harold T. Whitfield Jr. said the bridge would reopen in May.")
    s = ss.get("the bridge would reopen in May")
    assert s is not None and s.speaker is not None and "Whitfield" in s.speaker
    ss = by_quote("Judge Ellen Marsh III told reporters the ruling was final.")
    s = ss.get("the ruling was final")
    assert s is not None and s.speaker is not None and "Marsh" in s.speaker
    # the speaker's name does not become "Jr."
    assert all(s.speaker not in {"Jr", "Jr."} for s in extract("Paul Ortega Sr. said no."))
