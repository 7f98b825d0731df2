"""Round 25, probe r25d's training errors (r25-probed): general classes of business and
science copy (organisations speaking, described bodies, analysts and researchers at
firms), each tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_maker_described_with_a_demonym_speaks():
    # "X's maker, the <demonym> <trade> group Y, said": the body named after its kind
    got = by_quote(
        "Valve recall widens\n\n"
        "The valve’s maker, the Swiss engineering group Brunnhof Technik, said in a "
        "statement that the parts had passed “years of testing” and that no injuries "
        "had been reported.\n\n"
        "The company said it would replace every valve free of charge.\n"
    )
    for quote in (
        "years of testing",
        "no injuries had been reported",
        "it would replace every valve free of charge",
    ):
        assert got[quote].speaker == "Brunnhof Technik"
    assert got["years of testing"].country == "CH"
    assert got["years of testing"].organization == "Brunnhof Technik"


def test_a_described_body_whose_name_opens_with_a_surname_is_no_person():
    got = by_quote(
        "Paint maker warns\n\n"
        "Its supplier, the Dutch coatings firm Hendriks Verf, said prices would rise.\n"
    )
    st = got["prices would rise"]
    assert st.speaker == "Hendriks Verf"
    assert st.speaker_type == "organization"


def test_a_shareholder_described_as_an_investor_with_a_body_name_speaks():
    # "Its largest shareholder (after X), the state-owned investor Y Partners, said"
    got = by_quote(
        "Port operator shares slide\n\n"
        "Harbourgate Ports Ltd. said its chairman had resigned. Chairman Tom Reyes "
        "founded the company in 1998.\n\n"
        "The company's largest shareholder after Reyes, the state-owned investor "
        "Bayfront Capital Partners, said it was “concerned” and had asked for a "
        "meeting with the board.\n"
    )
    assert got["concerned"].speaker == "Bayfront Capital Partners"
    assert got["had asked for a meeting with the board"].speaker == "Bayfront Capital Partners"
    assert got["concerned"].role is None


def test_an_investor_named_like_a_person_keeps_the_title():
    got = by_quote(
        "Retailer shares jump\n\n"
        "Its largest shareholder, the investor Maria Lund, said she was “delighted”.\n"
    )
    assert got["delighted"].speaker == "Maria Lund"
    assert got["delighted"].role == "investor"


def test_the_bank_is_a_bank_named_in_one_compound_word():
    # German and Nordic banks' names end in a compound ("Handelsbank", "Sparkasse")
    got = by_quote(
        "Lender's profit rises\n\n"
        "Nordsee Kreditbank reported a 12 per cent rise in profit on Tuesday.\n\n"
        "Net interest income reached €800mn, the bank said.\n\n"
        "Costs fell by a tenth, the lender said.\n"
    )
    assert got["Net interest income reached €800mn"].speaker == "Nordsee Kreditbank"
    assert got["Costs fell by a tenth"].speaker == "Nordsee Kreditbank"


def test_a_place_based_descriptor_is_no_part_of_the_bank_name():
    got = by_quote(
        "Savings bank merges\n\n"
        "The Bremen-based Volksbank Weser agreed to merge with a rival.\n\n"
        "The bank said no branches would close.\n"
    )
    assert got["no branches would close"].speaker == "Volksbank Weser"
