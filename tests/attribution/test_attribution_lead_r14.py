"""Round 14, the lead's probes: invented EU and wire copy."""

from articles.attribution import extract


def test_a_participle_of_motive_after_the_cue_is_the_writer_s():
    text = (
        "EU delays AI rules\n\n"
        "BRUSSELS (AP) — The European Union will delay the strictest rules of its AI law "
        "by a year, the European Commission said Wednesday, bowing to pressure from "
        "industry.\n\n"
        "The ministry said the plan would go ahead, reversing months of opposition.\n"
    )
    assert [s.quote for s in extract(text)] == [
        "The European Union will delay the strictest rules of its AI law by a year",
        "the plan would go ahead",
    ]
