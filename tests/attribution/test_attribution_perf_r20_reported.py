"""Round-20 speed-ups of the reported-speech stage must not change behaviour: each early
return or reordered test agrees with the plain computation it shortens (invented texts).
Guards (they pass before and after the change), except the first, which names the new
early return's set and so needs it."""

from articles.attribution import extract, reported
from articles.attribution import lexicons as lx
from articles.attribution.context import build_context

FRONTED = (
    "MERIDIAN, Miss. — When she noted that the levee was weak, the engineer said crews "
    "would return. Although he warned that costs would rise — perhaps sharply — the mayor "
    "said the plan, he believed, would hold. While aides insisted the vote was close, "
    "Senator Ada Hale said the count, which began Monday, was fair. As the council argued "
    "that taxes were too high, residents said nothing. Worried that the dam - built in 1950 "
    "- could fail, officials said an inspection was due.\n\n"
    "The warden told WKRN's “Morning Desk” on Friday that the gates would reopen. The "
    "warden also told WKRN's “Morning Desk” on Friday the repairs were done.\n"
)


class _NeverDisjoint:
    """Stands in for the comma-or-dash set: the early return in _fronted_clause_end
    never fires, so the function takes its plain path."""

    def isdisjoint(self, other) -> bool:
        return False


def _cue_spans(ctx):
    doc = ctx.doc
    for k, t in enumerate(doc.tokens):
        if not t.is_word or t.cap or t.lower not in lx.CUE_FORMS:
            continue
        ss, se = ctx.sentence(t.start)
        j = reported._content_start(ctx, k, se)
        if j is None:
            continue
        yield k, j, ss, se


def test_fronted_clause_end_early_return_matches_the_plain_scan(monkeypatch):
    ctx = build_context(FRONTED)
    cases = []
    for k, j, ss, se in _cue_spans(ctx):
        for end in (reported._content_end(ctx, j, se), se):
            cases.append((ss, k, j, end, reported._fronted_clause_end(ctx, ss, k, j, end)))
    assert len(cases) >= 10
    assert any(got != end for *_, end, got in cases)  # a fronted clause is cut somewhere
    monkeypatch.setattr(reported, "_COMMA_OR_DASH", _NeverDisjoint())
    for ss, k, j, end, got in cases:
        assert reported._fronted_clause_end(ctx, ss, k, j, end) == got, (k, j, end)


def test_quoted_title_listener_still_found():
    ctx = build_context(FRONTED)
    doc = ctx.doc
    told = [k for k, low in enumerate(doc.lowers) if low == "told"]
    assert len(told) == 2
    for k, first in zip(told, ("the", "the"), strict=True):
        se = ctx.sentence(doc.tokens[k].start)[1]
        j = reported._content_start_at(ctx, k, se)
        assert j is not None and doc.lowers[j] == first
        assert doc.lowers[j - 1] in {"that", "friday"}


def test_headline_compound_noun_reordered_tests():
    ctx = build_context(
        "Pension dispute threatens county budget\n\nThe county said it would pay.\n"
    )
    doc = ctx.doc
    dispute = doc.lowers.index("dispute")
    said = doc.lowers.index("said")
    assert reported._headline_compound_noun(doc, dispute)
    assert not reported._headline_compound_noun(doc, said)


def test_parenthetical_pronoun_cue_inside_a_clause_keeps_the_clause_whole():
    # (_content_end's comma tests: the ", he believed," aside does not end the clause)
    out = [
        s.to_dict()
        for s in extract("The mayor said the plan, he believed, would hold through the winter.")
    ]
    assert [(d["source"], d["quote"]) for d in out] == [
        ("The mayor", "the plan, he believed, would hold through the winter")
    ]


WH_CUES = (
    "The levy, which critics said was rushed, passed on Tuesday. The minister who resigned "
    "in March said the budget was short. What the mayor said next surprised aides, who told "
    "reporters that the council had erred. The board that oversees the port said it would "
    "appeal, and the union, which represents 400 dockers, warned that strikes would follow. "
    "Officials who asked not to be named said the talks had stalled, but the agency that "
    "runs the trains promised to say more on Friday.\n"
)


def _candidates(text):
    ctx = build_context(text)
    rc = reported.find_reported(ctx, set(), [])
    rows = [(c.start, c.end, c.cue, c.source and vars(c.source).copy()) for c in rc]
    # which candidates share one Source object (the memo must add no sharing)
    shared = [
        [i for i, d in enumerate(rc) if d.source is c.source] for c in rc if c.source is not None
    ]
    return rows, shared


def test_cue_subject_memo_matches_fresh_lookups(monkeypatch):
    rows, shared = _candidates(WH_CUES)
    assert len(rows) >= 5
    monkeypatch.setattr(
        reported, "_cue_subject", lambda doc, k, ci, lo: reported.subject_before(doc, ci, lo)
    )
    assert _candidates(WH_CUES) == (rows, shared)
