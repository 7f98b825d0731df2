"""Round 31, lead: a bare demonstrative rejection is kept but left for an editor."""

from articles.attribution import extract
from articles.attribution.pipeline import NON_ANSWER_CONFIDENCE


def _by_quote(text: str) -> dict:
    return {s.quote: s for s in extract(text)}


def test_demonstrative_rejection_is_kept_at_the_non_answer_confidence() -> None:
    # decision 6: a reaction to words the text has just given, nothing of the speaker's own
    found = _by_quote(
        "Councillor Ana Ruiz said the vote had been rushed. "
        "Mayor Tom Hale rejected that account. He said the council had met every deadline.\n"
    )
    assert found["that account"].speaker == "Tom Hale"
    assert found["that account"].confidence <= NON_ANSWER_CONFIDENCE
    # the statement that follows keeps its own confidence
    assert found["the council had met every deadline"].confidence > NON_ANSWER_CONFIDENCE


def test_rejected_claim_with_its_clause_is_a_statement() -> None:
    found = _by_quote("Mayor Tom Hale rejected the claim that the vote had been rushed.\n")
    statement = found["the claim that the vote had been rushed"]
    assert statement.speaker == "Tom Hale"
    assert statement.confidence > NON_ANSWER_CONFIDENCE
