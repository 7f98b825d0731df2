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


def test_a_workplace_named_bare_after_at_in_a_relative_clause():
    # "X, who manages a … fund at Y in London,": organisation Y, the city's country
    got = by_quote(
        "MADRID (Reuters) - Bank shares fell on Monday. Lucia Prat, who runs a credit "
        "fund at Ostrander Asset Management in London, said the fall was overdone.\n"
    )
    st = got["the fall was overdone"]
    assert st.organization == "Ostrander Asset Management"
    assert st.country == "GB"
    assert st.role is None


def test_a_home_after_at_is_no_workplace():
    got = by_quote("Ann Berg, who lives at Rose Cottage, said the spring had been wet.\n")
    assert got["the spring had been wet"].organization is None


def test_the_second_verb_of_a_relative_clause_names_the_body_chaired():
    # "X, who keeps … and chairs Y,": organisation Y, no role (convention 9)
    got = by_quote(
        "Honey harvest falls\n\n"
        "Owen Price, who farms sheep near Brecon and chairs the Usk Valley Growers "
        "Association, said the wet summer had kept bees in their hives.\n"
    )
    st = got["the wet summer had kept bees in their hives"]
    assert st.organization == "Usk Valley Growers Association"
    assert st.role is None


def test_an_eu_agency_with_its_own_name_has_no_country():
    got = by_quote(
        "Pesticide review delayed\n\n"
        "The review, first promised for spring, has been pushed back, Britain's farm "
        "minister said in Cardiff. The European Chemicals Agency said it would publish "
        "its opinion in the autumn.\n"
    )
    st = got["it would publish its opinion in the autumn"]
    assert st.speaker == "European Chemicals Agency"
    assert st.organization == "European Chemicals Agency"
    assert st.country is None


def test_its_report_is_the_body_the_sentence_names_by_its_kind():
    # "The company's debt is X, according to its annual report. The report said B": the
    # company that spoke last, named by its kind in the sentence, speaks through it
    got = by_quote(
        "Shipper's debt climbs\n\n"
        "Vestfjord Shipping AB said on Monday that cargo volumes had fallen.\n\n"
        "Ola Strand, an analyst at Kvarnberg Securities, said the shares looked cheap.\n\n"
        "The company's net debt stands at 9 billion crowns, according to its annual "
        "report. The report said two ships would be sold.\n"
    )
    assert got["The company's net debt stands at 9 billion crowns"].speaker == (
        "Vestfjord Shipping AB"
    )
    assert got["two ships would be sold"].speaker == "Vestfjord Shipping AB"


def test_its_report_without_a_body_named_stays_unnamed():
    got = by_quote(
        "Shipper's debt climbs\n\n"
        "Vestfjord Shipping AB said on Monday that cargo volumes had fallen.\n\n"
        "Ola Strand, an analyst at Kvarnberg Securities, said the shares looked cheap.\n\n"
        "Net debt stands at 9 billion crowns, according to its annual report.\n"
    )
    assert got["Net debt stands at 9 billion crowns"].speaker is None


def test_the_founder_of_the_company_works_for_the_company_that_spoke():
    # "X, 61, who founded the company in 1994, said": the one company that spoke before
    got = by_quote(
        "KUALA LUMPUR (Reuters) -- Shares of Seri Dagang Bhd. fell on Monday after a "
        "short seller's report. The company said its accounts were sound.\n\n"
        "Tan Boon Hock, 61, who founded the company in 1994, said the report was false.\n\n"
        "“We will see them in court,” he said.\n"
    )
    assert got["its accounts were sound"].speaker.startswith("Seri Dagang Bhd")
    for quote in ("the report was false", "We will see them in court,"):
        assert got[quote].speaker == "Tan Boon Hock"
        assert got[quote].organization.startswith("Seri Dagang Bhd")


def test_an_indonesian_listed_company_speaks_as_a_company():
    got = by_quote(
        "JAKARTA (Reuters) - PT Sinar Laut Tbk said on Monday it would sell two ships. "
        "The company said its debt would fall by a third.\n"
    )
    assert got["its debt would fall by a third"].speaker == "PT Sinar Laut Tbk"
    assert got["its debt would fall by a third"].speaker_type == "organization"
