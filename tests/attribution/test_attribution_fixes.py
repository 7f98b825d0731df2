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


def test_cue_in_the_subjects_relative_clause_is_not_a_cue():
    ss = by_quote("A woman who knew Ortiz said he was generous to a fault.")
    s = ss.get("he was generous to a fault")
    assert s is not None and s.speaker is None and s.source.startswith("A woman")
    assert not any("Ortiz said" in q for q in ss)
    ss = by_quote("Neighbours who saw the blaze told police the flat was empty.")
    assert "the flat was empty" in ss
    assert not any(q.startswith("the blaze") for q in ss)
    # a finite clause inside the relative clause is still reported words
    assert by_quote("Voters who believe taxes are too high are angry.") != {}
