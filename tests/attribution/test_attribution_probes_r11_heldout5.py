"""Probe round 11: general causes of the errors on the retired blind set heldout5
(invented copy: new names, places and events)."""

from articles.attribution import extract


def by_quote(text):
    return {s.quote: s for s in extract(text)}


def test_a_party_tag_closing_an_appositive_subject_is_read_past():
    text = (
        "Two members had wavered. The other, Rep. Vera Lund (D), told the Dunmore Herald "
        "on Monday that the vote was close."
    )
    s = by_quote(text)["the vote was close"]
    assert s.speaker == "Vera Lund"
    assert s.role == "Representative"
    s = by_quote("The city's mayor, Tom Ruiz (R), said the vote was close.")["the vote was close"]
    assert s.speaker == "Tom Ruiz"


def test_a_piece_of_writing_posted_online_is_a_participle_not_a_cue():
    text = 'In a blog post posted online Sunday, Mayor Ned Arkwright wrote: "We will rebuild."'
    assert list(by_quote(text)) == ["We will rebuild."]
    text = 'In a farewell column published Friday, Lena Moss wrote: "Goodbye, Elmdale."'
    assert list(by_quote(text)) == ["Goodbye, Elmdale."]


def test_a_newspaper_named_with_a_place_is_no_person():
    text = (
        "Morgan Valley Ledger, the town's only daily, will close after 90 years\n\n"
        "DUNMORE, Ohio — The Morgan Valley Ledger will close in June, its owner said.\n\n"
        "Brightwater Media, an Ohio-based company that owns 12 papers, said in a statement "
        "that the Ledger had lost money for years. The company said it would keep the "
        "website running.\n\n"
        "The Ledger's publisher, Joan Petrakis, who has worked at the paper for 20 years, "
        "heard of the sale on a phone call. She said the company had given the staff no notice."
    )
    s = by_quote(text)
    assert s["it would keep the website running"].speaker == "Brightwater Media"
    assert s["the company had given the staff no notice"].speaker == "Joan Petrakis"


def test_two_verbs_sharing_an_object_inside_a_reported_clause_are_one_statement():
    text = (
        "Shares in Dorrance, the Leeds-based bakery chain, fell 9% after the company "
        "confirmed it had received and rejected a bid from the US investment firm Halvard "
        "Capital."
    )
    s = extract(text)
    assert [x.quote for x in s] == [
        "it had received and rejected a bid from the US investment firm Halvard Capital"
    ]
    # the company is the one named before it, not the bidder named later in its clause
    assert s[0].speaker == "Dorrance"
