"""Build probes_r21c_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a to r20f. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r21c/make_gold.py   # writes probes_r21c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- carmaker earnings call and job cuts (Reuters style, DETROIT, straight "quotes") -------
STRATTON = "Stratton Motors Co"
IUVW = "International Union of Vehicle Workers"
KELLERMAN = {
    "speaker": "Marjorie Kellerman",
    "role": "Chief Executive",
    "country": "US",
    "org": STRATTON,
}
KELLERMAN_SRC = "Chief Executive Marjorie Kellerman"
OSEI = {
    "speaker": "Devin Osei",
    "role": "Chief Financial Officer",
    "country": "US",
    "org": STRATTON,
}
OSEI_SRC = "Chief Financial Officer Devin Osei"
DESHMUKH = {
    "speaker": "Anjali Deshmukh",
    "role": "auto analyst",
    "country": "US",
    "org": "Calloway Securities",
}
DESHMUKH_SRC = "Anjali Deshmukh, an auto analyst at Calloway Securities"
HOLLANDER = {
    "speaker": "Greg Hollander",
    "role": "analyst",
    "country": "US",
    "org": "Northmoor Capital",
}
HOLLANDER_SRC = "Another analyst, Greg Hollander of Northmoor Capital"
DELGADO = {"speaker": "Rosa Delgado-Martin", "role": "President", "country": "US", "org": IUVW}
TRAN = {"speaker": "Kevin Tran", "role": "spokesman", "country": "US", "org": STRATTON}
TRAN_SRC = "A Stratton spokesman, Kevin Tran"

CAR_Q = [
    q(
        "it would cut about 4,000 salaried jobs in North America and pause a battery plant in "
        "Tennessee",
        STRATTON,
        "indirect",
        "said",
        "Stratton Motors Co",
        country="US",
    ),
    p(
        "This was not the quarter we wanted, and I won't dress it up,",
        KELLERMAN,
        "direct",
        "told",
        KELLERMAN_SRC,
    ),
    p(
        "We built too much capacity for a market that is arriving more slowly than any of us "
        "predicted.",
        KELLERMAN,
        "direct",
        "told",
        KELLERMAN_SRC,
    ),
    q(
        "the cuts, which amount to roughly 9% of its salaried workforce, would be completed by "
        "the end of March and would save about $1.1 billion a year",
        STRATTON,
        "indirect",
        "said",
        "The company",
        country="US",
    ),
    p(
        "affected employees would receive at least six months of pay and that no hourly plant "
        "jobs were included in the reductions",
        KELLERMAN,
        "indirect",
        "said",
        "Kellerman",
    ),
    p(
        "These are good people. Many of them have given this company twenty years,",
        KELLERMAN,
        "direct",
        "said",
        "she",
    ),
    p("That makes it harder, not easier, and it should.", KELLERMAN, "direct", "said", "she"),
    q(
        "Excluding items, the company earned 94 cents a share, short of the average analyst "
        "estimate of $1.07",
        None,
        "indirect",
        "according to",
        "LSEG data",
    ),
    p(
        "warranty costs tied to a recall of 410,000 SUVs for faulty fuel pumps had reached $730 "
        "million in the quarter",
        OSEI,
        "indirect",
        "said",
        OSEI_SRC,
    ),
    p("another meaningful charge", OSEI, "partial", "warned", OSEI_SRC),
    p("We are being conservative,", OSEI, "direct", "said", "Osei"),
    p(
        "We would rather take the hit now than surprise you in February.",
        OSEI,
        "direct",
        "said",
        "Osei",
    ),
    p(
        "the company was cutting its full-year capital spending forecast by $1.5 billion, to "
        "between $8 billion and $8.5 billion, mostly by delaying the Tennessee battery plant by "
        "at least 18 months",
        OSEI,
        "indirect",
        "added",
        "He",
    ),
    p(
        "Not on the table. Our balance sheet is strong enough to absorb this.",
        OSEI,
        "direct",
        "said",
        "Osie",
    ),
    q(
        "Stratton's average transaction price fell 4% from a year ago as dealers leaned on "
        "incentives to clear unsold electric pickups",
        STRATTON,
        "indirect",
        "according to",
        "the company's presentation",
        country="US",
    ),
    p(
        "The cost cuts are real, but they don't fix the core problem, which is that the EV "
        "lineup is not selling at a profit,",
        DESHMUKH,
        "direct",
        "said",
        DESHMUKH_SRC,
    ),
    p(
        "Until that changes, the market is going to keep discounting these shares.",
        DESHMUKH,
        "direct",
        "said",
        DESHMUKH_SRC,
    ),
    p("smaller than feared", HOLLANDER, "partial", "said", HOLLANDER_SRC),
    p(
        "the dividend commitment signaled management's confidence in cash flow",
        HOLLANDER,
        "indirect",
        "said",
        HOLLANDER_SRC,
    ),
    q(
        "it had not been consulted on the Tennessee delay",
        IUVW,
        "indirect",
        "said",
        "The International Union of Vehicle Workers",
        country="US",
    ),
    p(
        "the decision broke a promise made during last year's contract talks",
        DELGADO,
        "indirect",
        "said",
        "Union President Rosa Delgado-Martin",
    ),
    p(
        "They stood at that table and shook our hands on Tennessee,",
        DELGADO,
        "direct",
        "said",
        "Delgado-Martin",
    ),
    p(
        "Now they want us to read about it in an earnings release. Our members have long memories.",
        DELGADO,
        "direct",
        "said",
        "Delgado-Martin",
    ),
    p(
        "the union would review its legal options and that local leaders would meet on Thursday",
        DELGADO,
        "indirect",
        "said",
        "She",
    ),
    p("the company remained committed to the plant", TRAN, "indirect", "said", TRAN_SRC),
    p("when market conditions support it.", TRAN, "partial", "said", TRAN_SRC),
    q(
        "the company had also held preliminary talks with a Chinese battery supplier about "
        "licensing cheaper cell technology",
        None,
        "indirect",
        "said",
        "Two people familiar with the matter",
    ),
    p("looking at every option", KELLERMAN, "partial", "said", "Kellerman"),
    p(
        "Our customers are telling us the same thing they have told us for two years: make it "
        "cheaper and make it go farther,",
        KELLERMAN,
        "direct",
        "said",
        "she",
    ),
]

# --- crypto exchange collapse, founder arrested (NYT style, Mr./Ms., curly “quotes”) ------
COINVALE = "Coinvale"
SEC = "Securities and Exchange Commission"
VARGA = {"speaker": "Elias Varga", "role": "founder", "country": "CA", "org": COINVALE}
OKONKWO = {"speaker": "Damian Okonkwo", "role": "United States attorney", "country": "US"}
OKONKWO_SRC = "Damian Okonkwo, the United States attorney for the Southern District of New York"
BRENNAN = {"speaker": "Natalie Brennan", "role": "lawyer", "country": "US"}
BRENNAN_SRC = "Mr. Varga’s lawyer in New York, Natalie Brennan"
ADEBAYO = {"speaker": "Thomas Adebayo", "role": "director", "country": "US", "org": SEC}
ORTEGA = {"speaker": "Marisol Ortega", "role": "nurse", "country": "US"}
ASHDOWN = {
    "speaker": "Beatrice Ashdown",
    "role": "chief restructuring officer",
    "country": "US",
    "org": COINVALE,
}
ASHDOWN_SRC = "Coinvale’s court-appointed chief restructuring officer, Beatrice Ashdown"

CRYPTO_Q = [
    q(
        "The founder, Elias Varga, 34, a Canadian citizen, was taken into custody by Portuguese "
        "police at an apartment in the city’s Chiado district",
        "Justice Department",
        "indirect",
        "according to",
        "a statement from the Justice Department",
        country="US",
    ),
    p(
        "This was not a bad bet or a market crash,",
        OKONKWO,
        "direct",
        "said",
        OKONKWO_SRC,
    ),
    p(
        "It was a lie, told over and over, to people who trusted Mr. Varga with their savings.",
        OKONKWO,
        "direct",
        "said",
        OKONKWO_SRC,
    ),
    p(
        "his office would seek Mr. Varga’s extradition and that investigators were still "
        "tracing where the money had gone",
        OKONKWO,
        "indirect",
        "said",
        "Mr. Okonkwo",
    ),
    p(
        "looks forward to answering these allegations in court",
        BRENNAN,
        "partial",
        "said",
        BRENNAN_SRC,
    ),
    p("vigorously contest", BRENNAN, "partial", "said", BRENNAN_SRC),
    p("Elias did not steal from anyone,", BRENNAN, "direct", "said", "Ms. Brennan"),
    p(
        "The exchange was hit by the same liquidity crunch that hit half this industry. That is "
        "a business failure, not a crime.",
        BRENNAN,
        "direct",
        "said",
        "Ms. Brennan",
    ),
    q(
        "Customers withdrew roughly $800 million over three days",
        None,
        "indirect",
        "according to",
        "court filings",
    ),
    p("fully backed, one to one, at all times.", VARGA, "partial", "told", "Mr. Varga"),
    q(
        "Mr. Varga had used customer deposits to cover losses at Halcyon Trading, a firm he "
        "owned, for at least two years",
        SEC,
        "indirect",
        "said",
        "the agency",
        country="US",
    ),
    p(
        "Crypto platforms do not get a different set of rules because they use a different "
        "vocabulary,",
        ADEBAYO,
        "direct",
        "said",
        "Thomas Adebayo, the director of the S.E.C.’s enforcement division",
    ),
    q(
        "it was conducting its own investigation",
        "Commodity Futures Trading Commission",
        "indirect",
        "said",
        "The Commodity Futures Trading Commission",
        country="US",
    ),
    p("fully solvent", VARGA, "partial", "said", "Mr. Varga"),
    p("coordinated attacks", VARGA, "partial", "blamed", "Mr. Varga"),
    p(
        "she had moved her retirement savings, about $140,000, onto Coinvale in 2022 after "
        "seeing its advertisements during football broadcasts",
        ORTEGA,
        "indirect",
        "said",
        "Marisol Ortega, a 52-year-old nurse in Tucson, Ariz.",
    ),
    p(
        "I’m not a gambler. I thought I was doing the responsible thing,",
        ORTEGA,
        "direct",
        "said",
        "Ms. Ortega",
    ),
    p(
        "Now I check my account every morning and it says the same thing: withdrawals paused.",
        ORTEGA,
        "direct",
        "said",
        "Ms. Ortega",
    ),
    p(
        "she had joined a group of more than 2,000 customers who are asking a bankruptcy court "
        "in Delaware to treat their deposits as their own property rather than as claims "
        "against the company",
        ORTEGA,
        "indirect",
        "said",
        "She",
    ),
    p(
        "in a state I have not encountered in 30 years of this work",
        ASHDOWN,
        "partial",
        "said",
        ASHDOWN_SRC,
    ),
    p(
        "she had so far located only about $410 million in assets",
        ASHDOWN,
        "indirect",
        "said",
        ASHDOWN_SRC,
    ),
    p(
        "some customer balances appeared to have been tracked in spreadsheets kept on Mr. "
        "Varga’s personal laptop",
        ASHDOWN,
        "indirect",
        "wrote",
        "Ms. Ashdwon",
    ),
    q(
        "Mr. Varga had made every decision about the company’s treasury himself",
        None,
        "indirect",
        "said",
        "A former Coinvale engineer",
    ),
    q("Nobody else had the keys,", None, "direct", "said", "the engineer"),
    q("Literally and figuratively.", None, "direct", "said", "the engineer"),
    q(
        "Coinvale had never been licensed to offer investment services in the country",
        "CMVM",
        "indirect",
        "said",
        "Portugal’s securities market regulator, the CMVM",
        country="PT",
    ),
    p(
        "Mr. Varga would not agree to be sent to New York voluntarily",
        BRENNAN,
        "indirect",
        "said",
        "Ms. Brennan",
    ),
    p(
        "He has every right to make the government prove its case,",
        BRENNAN,
        "direct",
        "said",
        "she",
    ),
    p("and it will have to.", BRENNAN, "direct", "said", "she"),
]

# --- central bank and housing market (AFP style, SYDNEY (AFP) -, straight "quotes") -------
RBA = "Reserve Bank of Australia"
MOYLAN = {"speaker": "Catherine Moylan", "role": "Governor", "country": "AU", "org": RBA}
CORRIGAN = {"speaker": "Matthew Corrigan", "role": "Treasurer", "country": "AU"}
ROWNTREE = {"speaker": "Angus Rowntree", "role": "shadow treasurer", "country": "AU"}
LAM = {
    "speaker": "Harriet Lam",
    "role": "chief economist",
    "country": "AU",
    "org": "Southern Cross Bank",
}
WHITAKER = {"speaker": "Chloe Whitaker", "role": "physiotherapist", "country": "AU"}
DELAHUNTY = {
    "speaker": "Mark Delahunty",
    "role": "agent",
    "country": "AU",
    "org": "Harbourline Property",
}

RATES_Q = [
    q(
        "too high for comfort",
        RBA,
        "partial",
        "warning",
        "Australia's central bank",
        country="AU",
    ),
    q("still tight", RBA, "partial", "saying", "The Reserve Bank of Australia", country="AU"),
    q("further evidence", RBA, "partial", "saying", "The Reserve Bank of Australia", country="AU"),
    p(
        "The board is not yet confident that inflation is returning sustainably to target,",
        MOYLAN,
        "direct",
        "told",
        "Governor Catherine Moylan",
    ),
    p(
        "We will get there. But the last mile is always the hardest, and we are not going to "
        "declare victory early,",
        MOYLAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "the bank was watching the housing market closely",
        MOYLAN,
        "indirect",
        "said",
        "Moylen",
    ),
    p(
        "it did not set rates to target house prices",
        MOYLAN,
        "indirect",
        "added",
        "Moylen",
    ),
    q(
        "Home values in Sydney rose 0.9 percent in October to a median of Aus$1.42 million",
        "CoreView",
        "indirect",
        "according to",
        "property analytics firm CoreView",
        country="AU",
    ),
    p(
        "the government respected the bank's independence",
        CORRIGAN,
        "indirect",
        "said",
        "Treasurer Matthew Corrigan",
    ),
    p(
        "too many young Australians",
        CORRIGAN,
        "partial",
        "acknowledged",
        "Treasurer Matthew Corrigan",
    ),
    p(
        "Every Australian who has been to an auction this year knows the numbers don't add up,",
        CORRIGAN,
        "direct",
        "told",
        "Corrigan",
    ),
    p(
        "We are building more homes than at any time in a decade, but supply takes time.",
        CORRIGAN,
        "direct",
        "told",
        "Corrigan",
    ),
    p(
        "lost control",
        ROWNTREE,
        "partial",
        "said",
        "His opposition counterpart, shadow treasurer Angus Rowntree",
    ),
    p(
        "This treasurer has had three years and three housing plans. Rents are up, prices are "
        "up, and the only thing going down is the number of young people who can buy,",
        ROWNTREE,
        "direct",
        "said",
        "Rowntree",
    ),
    q(
        "to let first-home buyers withdraw up to Aus$50,000 from their superannuation "
        "savings for a deposit",
        None,
        "indirect",
        "has promised",
        "The opposition",
        country="AU",
    ),
    q("the policy would push prices higher still", None, "indirect", "say", "Economists"),
    p(
        "the RBA was likely to wait until February before cutting, and that even then it would "
        "move cautiously",
        LAM,
        "indirect",
        "said",
        "Harriet Lam, chief economist at Southern Cross Bank",
    ),
    p(
        "The housing market is running on expectations of cuts that haven't happened yet,",
        LAM,
        "direct",
        "told",
        "Lam",
    ),
    p(
        "If the bank blinks too early, we could see another leg up in prices that nobody in "
        "Canberra wants to explain.",
        LAM,
        "direct",
        "told",
        "Lam",
    ),
    p(
        "auction clearance rates in Sydney had topped 75 percent for six consecutive weekends",
        LAM,
        "indirect",
        "added",
        "She",
    ),
    p("exceptionally strong", LAM, "partial", "described", "she"),
    q(
        "cabinet would consider changes to the capital gains tax discount for property "
        "investors before the May budget",
        None,
        "indirect",
        "said",
        "A senior government official",
        country="AU",
    ),
    q("No decision had been made", None, "indirect", "added", "the official", country="AU"),
    p(
        "she and her partner had bid at seven auctions since March and lost every one",
        WHITAKER,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Every weekend we turn up with our pre-approval and our hopes, and every weekend "
        "someone with a bigger deposit or their parents' money wins,",
        WHITAKER,
        "direct",
        "told",
        "she",
    ),
    p(
        "People keep telling us to be patient. Patient for what? Prices went up 12 percent "
        "while we were being patient.",
        WHITAKER,
        "direct",
        "told",
        "she",
    ),
    p("At this point we're seriously thinking about Brisbane.", WHITAKER, "direct", "told", "she"),
    q(
        "buyer numbers at weekend auctions were the highest they had seen since the pandemic boom",
        None,
        "indirect",
        "said",
        "Real estate agents",
        country="AU",
    ),
    p(
        "It's a seller's market, full stop,",
        DELAHUNTY,
        "direct",
        "said",
        "Mark Delahunty, an agent with Harbourline Property in Sydney's inner west",
    ),
    p(
        "I had 41 registered bidders on a two-bedroom unit on Saturday.",
        DELAHUNTY,
        "direct",
        "said",
        "Mark Delahunty, an agent with Harbourline Property in Sydney's inner west",
    ),
]

DOCS = [
    ("probe-r21c-stratton-motors-job-cuts", "DETROIT", CAR_Q),
    ("probe-r21c-coinvale-founder-arrested", None, CRYPTO_Q),
    ("probe-r21c-sydney-rates-housing", "SYDNEY", RATES_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "CMVM",
    "Commodity Futures Trading Commission",
    "CoreView",
    "International Union of Vehicle Workers",
    "Justice Department",
    "Reserve Bank of Australia",
    "Securities and Exchange Commission",
    "Stratton Motors Co",
)


def main():
    write_gold(
        HERE,
        "probes_r21c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r21c",
        source="quotesdb round-21 training probes C (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
