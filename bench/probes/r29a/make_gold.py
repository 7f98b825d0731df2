"""Build probes_r29a_gold.jsonl from the hand annotations below.

Training probe r29a, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r28b and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-11). Each quote is located by searching its exact text after the
previous quote's end.

    python3 bench/probes/r29a/make_gold.py   # writes probes_r29a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402


def body(name, country):
    """An organisation speaking (its own organisation: decision 4, via SPEAKING_BODIES)."""
    return {"speaker": name, "country": country}


# --- A trucking company's second-quarter earnings (Dow Jones Newswires style: headline, `By`
# byline, no dateline, `Tenn.`, `Ms.`, `-- Write to …` sign-off) --------------------------
# Undated U.S. story: its American voices take US (as r26b's undated stories take the
# story's country).
HARLOW = "Harlow Freight Systems Inc."
EXPEDITED = "Harlow Expedited"  # the subsidiary, named as such
ATA = "American Trucking Associations"  # spelt out, then `ATA chief economist` (decision 2)
FED = "Federal Reserve"
RIDGEBACK = "Ridgeback Logistics"
ELLERY = {"speaker": "Marcia Ellery", "role": "Chief Executive", "country": "US", "org": HARLOW}
ARCENEAUX = {
    "speaker": "Glenn Arceneaux",
    "role": "chief financial officer",
    "country": "US",
    "org": HARLOW,
}
# `Its president, X,` after a sentence about the unit: the subsidiary, not the parent
STRICKLAND = {"speaker": "Owen Strickland", "role": "president", "country": "US", "org": EXPEDITED}
CASTELLANOS = {
    "speaker": "Priya Castellanos",
    "role": "analyst",
    "country": "US",
    "org": "Whitford Securities",
}
# `Carraway Capital analyst X`: the firm before the title (decision 9 drops it from the role)
BOYD = {"speaker": "Terrence Boyd", "role": "analyst", "country": "US", "org": "Carraway Capital"}
# `X of Y`: organisation Y, no title written
FELD = {"speaker": "Nadia Feld", "country": "US", "org": "Brightwater Asset Management"}
# `a former Y dispatcher` and no current employer written: the former employer (as r26b's
# `a former deputy chief executive at Nice` → Nice; a current one would win, README
# "Roles over time")
KOWALSKI = {
    "speaker": "Jim Kowalski",
    "role": "former dispatcher",
    "country": "US",
    "org": EXPEDITED,
}
MALLORY = {"speaker": "Rhea Mallory", "role": "chief economist", "country": "US", "org": ATA}
ORTEGA = {"speaker": "Luis Ortega", "role": "chief executive", "country": "US", "org": RIDGEBACK}
# `X, whose firm Y …`: organisation Y, no role (as decision 9's `who heads Y`)
VOSS = {"speaker": "Adrian Voss", "country": "US", "org": "Voss Freight Advisory"}
# `an independent logistics consultant in Chicago`: no body (`independent` a description word)
MARQUEZ = {"speaker": "Helen Marquez", "role": "logistics consultant", "country": "US"}
OKOYE = {
    "speaker": "Samuel Okoye",
    "role": "chief economist",
    "country": "US",
    "org": "FreightPath",
}

TRUCK_Q = [
    p(
        "second-quarter profit fell 38% as shippers moved parcels to cheaper regional carriers",
        body(HARLOW, "US"),
        "indirect",
        "said",
        "Harlow Freight Systems Inc.",
    ),
    p(
        "We did not see the volume recovery we planned for, and we are not going to pretend "
        "otherwise,",
        ELLERY,
        "direct",
        "said",
        "Chief Executive Marcia Ellery",
    ),
    p(
        "the company would close four of its 61 U.S. terminals by the end of the year and that "
        "about 900 jobs would go",
        ELLERY,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Harlow now expects full-year earnings of $3.40 to $3.60 a share, down from a previous "
        "range of $4.10 to $4.40",
        body(HARLOW, "US"),
        "indirect",
        "said",
        "the company",
    ),
    p("softer industrial demand", body(HARLOW, "US"), "partial", "blamed", "It"),
    p(
        "fuel costs had eased but that raises under the company's new driver contract had added "
        "about $14 million to quarterly expenses",
        ARCENEAUX,
        "indirect",
        "told",
        "Glenn Arceneaux, Harlow's chief financial officer",
    ),
    p(
        "the board still planned to buy back $200 million of stock this year",
        ARCENEAUX,
        "indirect",
        "added",
        "He",
    ),
    p(
        "two large retail customers had moved their contracts to regional carriers in the spring",
        STRICKLAND,
        "indirect",
        "said",
        "Its president, Owen Strickland",
    ),
    p(
        "We lost them on price, and we'll win them back on service,",
        STRICKLAND,
        "direct",
        "said",
        "he",
    ),
    p(
        "Harlow is paying for an acquisition it never really integrated,",
        CASTELLANOS,
        "direct",
        "said",
        "Priya Castellanos, an analyst at Whitford Securities who rates the stock neutral",
    ),
    p(
        "the unit's operating margin had fallen for five straight quarters",
        CASTELLANOS,
        "indirect",
        "said",
        "She",
    ),
    p(
        "still looks optimistic.",
        BOYD,
        "partial",
        "wrote",
        "Carraway Capital analyst Terrence Boyd",
    ),
    p(
        "The trucking cycle turns, and Harlow has the balance sheet to wait,",
        FELD,
        "direct",
        "said",
        "Nadia Feld of Brightwater Asset Management",
    ),
    p(
        "customers had complained about late deliveries for more than a year before the unit "
        "lost the retail contracts",
        KOWALSKI,
        "indirect",
        "said",
        "Jim Kowalski, a former Harlow Expedited dispatcher who left in March",
    ),
    # an unnamed spokeswoman: speaker null, organisation the company, no role
    q(
        "every worker affected by the closures would be offered severance and that the company "
        "had not yet decided which terminals would shut",
        None,
        "indirect",
        "said",
        "A Harlow spokeswoman",
        country="US",
        org=HARLOW,
    ),
    p(
        "its truck tonnage index fell 1.8% in June",
        body(ATA, "US"),
        "indirect",
        "said",
        "The American Trucking Associations, the industry's largest trade group",
    ),
    p(
        "small carriers were leaving the market faster than at any time since 2019",
        MALLORY,
        "indirect",
        "said",
        "ATA chief economist Rhea Mallory",
    ),
    # a central bank speaking: its own organisation, its country
    p(
        "industrial production fell 0.6% in June",
        body(FED, "US"),
        "indirect",
        "said",
        "The Federal Reserve",
    ),
    p(
        "its own volumes had stabilized in June",
        body(RIDGEBACK, "US"),
        "indirect",
        "said",
        "Dallas-based Ridgeback Logistics, Harlow's largest listed rival",
    ),
    p("a slow grind higher", ORTEGA, "partial", "told", "Its chief executive, Luis Ortega"),
    p(
        "rates for expedited freight had fallen about 15% since January",
        VOSS,
        "indirect",
        "said",
        "Adrian Voss, whose firm Voss Freight Advisory negotiates carrier contracts for retailers",
    ),
    p(
        "Shippers have all the leverage right now, and they know it,",
        VOSS,
        "direct",
        "said",
        "he",
    ),
    p(
        "Harlow's terminal closures were overdue but that cutting capacity in a downturn risked "
        "leaving the company short when demand returned",
        MARQUEZ,
        "indirect",
        "said",
        "Helen Marquez, an independent logistics consultant in Chicago",
    ),
    p(
        "the slump in parcel volumes was partly a return to normal after the pandemic boom",
        OKOYE,
        "indirect",
        "said",
        "Samuel Okoye, chief economist at the research firm FreightPath",
    ),
    p("Nobody should have planned for 2021 to last forever,", OKOYE, "direct", "said", "he"),
]

# --- A cement merger (Mint style: `Mumbai:` dateline, byline with no `By`, ₹ and crore,
# `told reporters`, `people aware of the negotiations`, a stock exchange filing) ------------
SARVAM = "Sarvam Cement Ltd"
KAVERI = "Kaveri Cements Ltd"
ARANYA = "Aranya Industries Ltd"
CCI = "Competition Commission of India"  # spelt out with (CCI): the full name (decision 2)
CMA = "Cement Manufacturers' Association"
RBI = "Reserve Bank of India"
IYER = {"speaker": "Rakesh Iyer", "role": "managing director", "country": "IN", "org": SARVAM}
# the parent's chairman: the parent (the subsidiary is named apart)
MEHRA = {"speaker": "Anil Mehra", "role": "chairman", "country": "IN", "org": ARANYA}
NARAYANAN = {
    "speaker": "Lakshmi Narayanan",
    "role": "executive chairman",
    "country": "IN",
    "org": KAVERI,
}
# `a former CCI director general who now practises competition law`: no current body named,
# so the former one
PILLAI = {
    "speaker": "Sudhir Pillai",
    "role": "former director general",
    "country": "IN",
    "org": CCI,
}
BATRA = {
    "speaker": "Rohan Batra",
    "role": "research analyst",
    "country": "IN",
    "org": "Trivikram Institutional Equities",
}
MENON = {
    "speaker": "Kavya Menon",
    "role": "analyst",
    "country": "IN",
    "org": "Hemisphere Securities",
}
GUPTA = {"speaker": "Sunil Gupta", "country": "IN", "org": "Parakh Capital"}
DESHPANDE = {"speaker": "Harish Deshpande", "role": "president", "country": "IN", "org": CMA}
# `X, whose company Y runs …`: organisation Y, no role
JOSHI = {"speaker": "Meera Joshi", "country": "IN", "org": "Joshi Cements"}
RAO = {"speaker": "Venkatesh Rao", "role": "former plant head", "country": "IN", "org": KAVERI}
SHAH = {"speaker": "Kunal Shah", "country": "IN", "org": "Northbridge Advisors"}
RAMAN = {"speaker": "Devika Raman", "role": "Economist", "country": "IN"}

CEMENT_Q = [
    p(
        "Sarvam Cement Ltd will buy southern rival Kaveri Cements Ltd for ₹8,400 crore, adding 14 "
        "million tonnes of annual capacity and making it the country's third-largest cement maker",
        body(SARVAM, "IN"),
        "indirect",
        "said",
        "the company",
    ),
    p(
        "This gives us a presence in every major market south of the Vindhyas,",
        IYER,
        "direct",
        "told",
        "Sarvam Cement managing director Rakesh Iyer",
    ),
    p(
        "the company would fund the purchase with ₹3,000 crore of internal accruals and the rest "
        "with loans from a consortium of banks",
        IYER,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the group had no plans to list Sarvam separately",
        MEHRA,
        "indirect",
        "said",
        "Aranya Industries chairman Anil Mehra",
    ),
    p(
        "a core business for the next decade",
        MEHRA,
        "partial",
        "said",
        "Aranya Industries chairman Anil Mehra",
    ),
    p(
        "its board had approved the offer unanimously",
        body(KAVERI, "IN"),
        "indirect",
        "said",
        "Bengaluru-based Kaveri Cements",
    ),
    p(
        "fair to every shareholder, not only to the promoters",
        NARAYANAN,
        "partial",
        "said",
        "Kaveri executive chairman Lakshmi Narayanan, whose family owns 46% of the company",
    ),
    q(
        "none of the company's 2,100 permanent employees would lose their jobs as a result of the "
        "deal",
        None,
        "indirect",
        "said",
        "A Kaveri Cements spokesperson",
        country="IN",
        org=KAVERI,
    ),
    q(
        "talks had begun in January and nearly collapsed in April over the valuation of Kaveri's "
        "limestone leases in Andhra Pradesh",
        None,
        "indirect",
        "said",
        "Two people aware of the negotiations",
        country="IN",
    ),
    p(
        "the regulator was likely to look closely at Karnataka, where the combined company would "
        "control about a third of capacity",
        PILLAI,
        "indirect",
        "said",
        "Sudhir Pillai, a former CCI director general who now practises competition law",
    ),
    p(
        "Sarvam is paying roughly $95 a tonne, which is cheap for plants of this quality,",
        BATRA,
        "direct",
        "said",
        "Rohan Batra, research analyst at Trivikram Institutional Equities",
    ),
    p(
        "the deal would lift Sarvam's margins by about 150 basis points within two years",
        MENON,
        "indirect",
        "said",
        "Hemisphere Securities analyst Kavya Menon",
    ),
    p(
        "take longer and cost more than the management is telling us",
        GUPTA,
        "partial",
        "said",
        "he",
    ),
    p(
        "demand had grown 9% in the year to March on the back of government spending on roads and "
        "housing",
        body(CMA, "IN"),
        "indirect",
        "said",
        "The Cement Manufacturers' Association (CMA), which represents most of the large producers",
    ),
    p(
        "the industry expected demand to grow at a similar pace this year",
        DESHPANDE,
        "indirect",
        "said",
        "CMA president Harish Deshpande",
    ),
    p(
        "larger groups were cutting prices in the south to squeeze out independent makers",
        JOSHI,
        "indirect",
        "said",
        "Meera Joshi, whose company Joshi Cements runs two plants in Tamil Nadu",
    ),
    p("We cannot match them on price for long,", JOSHI, "direct", "said", "she"),
    p(
        "the company had put off modernising its Kurnool plant for years because the promoters "
        "did not want to take on debt",
        RAO,
        "indirect",
        "said",
        "A former Kaveri plant head, Venkatesh Rao",
    ),
    q(
        "the financing would push Sarvam's net debt to about 1.8 times operating profit",
        None,
        "indirect",
        "said",
        "Analysts",
        country="IN",
    ),
    p(
        "bank lending to industry had picked up",
        body(RBI, "IN"),
        "indirect",
        "said",
        "The Reserve Bank of India",
    ),
    q(
        "Sarvam's lenders include two state-run banks",
        None,
        "indirect",
        "according to",
        "a person familiar with the matter",
        country="IN",
    ),
    p(
        "several international cement makers had shown interest but none had made a firm offer",
        SHAH,
        "indirect",
        "said",
        "Kunal Shah, whose firm Northbridge Advisors advised Kaveri on the sale",
    ),
    p(
        "consolidation had not so far led to higher cement prices for consumers, because new "
        "capacity kept coming on stream",
        RAMAN,
        "indirect",
        "said",
        "Economist Devika Raman",
    ),
    p(
        "The transaction is expected to close by December, subject to regulatory approvals",
        body(SARVAM, "IN"),
        "indirect",
        "said",
        "Sarvam",
    ),
]

# --- A platinum mine strike (Business Day style, South Africa: no dateline, byline and desk
# line, R and bn, `downed tools`, `the JSE`, a government department in lower case) --------
# Undated South African story: local voices ZA; the London-based parent and its chief GB.
OSPREY = "Osprey Resources"
RIETVLEI = "Rietvlei Platinum"
PAWU = "Platinum and Allied Workers Union"  # spelt out with (Pawu)
CCMA = "Commission for Conciliation, Mediation and Arbitration"  # spelt out with (CCMA)
NUM = "NUM"  # never spelt out: the acronym (decision 2)
MINCO = "Minerals Council South Africa"
SARB = "SA Reserve Bank"
DMRE = "department of mineral resources and energy"
ASHWORTH = {"speaker": "Fiona Ashworth", "role": "CEO", "country": "GB", "org": OSPREY}
JOUBERT = {"speaker": "Pieter Joubert", "role": "CEO", "country": "ZA", "org": RIETVLEI}
MTHEMBU = {"speaker": "Zanele Mthembu", "role": "general secretary", "country": "ZA", "org": PAWU}
# `The union's branch secretary at the mine, X`: the union (`at the mine` a place of work)
DLAMINI = {"speaker": "Sipho Dlamini", "role": "branch secretary", "country": "ZA", "org": PAWU}
# `a rock drill operator who has worked at Rietvlei for 14 years`: the employer of `worked at`
SITHOLE = {
    "speaker": "Mandla Sithole",
    "role": "rock drill operator",
    "country": "ZA",
    "org": RIETVLEI,
}
# `The CCMA's director for the North West`: a remit after `for` (decision 9)
PHIRI = {"speaker": "Lerato Phiri", "role": "director", "country": "ZA", "org": CCMA}
# `Its chief economist, X,` after the Minerals Council spoke
KHUMALO = {"speaker": "Tebogo Khumalo", "role": "chief economist", "country": "ZA", "org": MINCO}
PRETORIUS = {
    "speaker": "Johan Pretorius",
    "role": "mining analyst",
    "country": "ZA",
    "org": "Umlilo Securities",
}
FOURIE = {
    "speaker": "Leon Fourie",
    "role": "portfolio manager",
    "country": "ZA",
    "org": "Sable Asset Managers",
}
DE_KLERK = {"speaker": "Willem de Klerk", "country": "ZA", "org": "Karoo Capital"}
ZULU = {
    "speaker": "Nomsa Zulu",
    "role": "former shift supervisor",
    "country": "ZA",
    "org": RIETVLEI,
}
# `X, whose consultancy Y advises …`: organisation Y, no role
NKOSI = {"speaker": "Themba Nkosi", "country": "ZA", "org": "Labour Dynamics"}
DUBE = {"speaker": "Ayanda Dube", "role": "labour economist", "country": "ZA"}

STRIKE_Q = [
    # the lead's `the company's London-listed parent` is Osprey, named two paragraphs on
    p(
        "two of the mine's five shafts could be closed for good if production did not resume by "
        "the end of the month",
        body(OSPREY, "GB"),
        "indirect",
        "warned",
        "the company's London-listed parent",
    ),
    p(
        "the strike was costing about 9,000 ounces of platinum group metals a week and that it had "
        "written down the value of the two oldest shafts by R1.4bn",
        body(OSPREY, "GB"),
        "indirect",
        "said",
        "Osprey Resources, the London-based miner that owns 74% of Rietvlei",
    ),
    p(
        "We cannot keep shafts open that lose money at today's prices, strike or no strike,",
        ASHWORTH,
        "direct",
        "told",
        "Osprey CEO Fiona Ashworth",
    ),
    p(
        "the company's offer was the best it could afford with platinum prices near a five-year "
        "low",
        JOUBERT,
        "indirect",
        "said",
        "Rietvlei CEO Pieter Joubert",
    ),
    p(
        "Every rand we add to the wage bill is a rand we don't have for the shafts,",
        JOUBERT,
        "direct",
        "said",
        "he",
    ),
    p(
        "the union would not return to the table until the company withdrew its threat to close "
        "the shafts",
        MTHEMBU,
        "indirect",
        "said",
        "Pawu general secretary Zanele Mthembu",
    ),
    p("carried this mine through the bad years", MTHEMBU, "partial", "said", "She"),
    p("deserved a share of the good ones", MTHEMBU, "indirect", "said", "She"),
    p(
        "about 200 workers had held a night vigil outside the main gate on Sunday",
        DLAMINI,
        "indirect",
        "said",
        "The union's branch secretary at the mine, Sipho Dlamini",
    ),
    p(
        "he earned R13,800 a month before deductions",
        SITHOLE,
        "indirect",
        "said",
        "Mandla Sithole, a rock drill operator who has worked at Rietvlei for 14 years",
    ),
    p(
        "I support five people on this. The company says it is poor, but it is not poor,",
        SITHOLE,
        "direct",
        "said",
        "he",
    ),
    q(
        "the company had not hired replacement workers and that the mine's security had been "
        "reinforced after two vehicles were set alight last week",
        None,
        "indirect",
        "said",
        "A Rietvlei spokesperson",
        country="ZA",
        org=RIETVLEI,
    ),
    p(
        "it had invited both sides to a meeting on Thursday",
        body(CCMA, "ZA"),
        "indirect",
        "said",
        "The Commission for Conciliation, Mediation and Arbitration (CCMA)",
    ),
    p(
        "ready to facilitate at any hour",
        PHIRI,
        "partial",
        "said",
        "The CCMA's director for the North West, Lerato Phiri",
    ),
    p(
        "its members would not cross picket lines",
        body(NUM, "ZA"),
        "indirect",
        "said",
        "The NUM, the second-largest union at Rietvlei",
    ),
    p(
        "wage settlements this year had averaged about 6%",
        body(MINCO, "ZA"),
        "indirect",
        "said",
        "The Minerals Council South Africa, which represents the country's mining houses",
    ),
    p(
        "long strikes were pushing more shafts towards closure",
        KHUMALO,
        "indirect",
        "warned",
        "Its chief economist, Tebogo Khumalo",
    ),
    p(
        "The market has been oversupplied, so a few weeks of lost ounces won't move the price "
        "much,",
        PRETORIUS,
        "direct",
        "said",
        "Johan Pretorius, a mining analyst at Umlilo Securities in Johannesburg",
    ),
    p(
        "Osprey's warning looked like a negotiating tactic, but that the two shafts had been "
        "marginal for years",
        FOURIE,
        "indirect",
        "said",
        "Sable Asset Managers portfolio manager Leon Fourie",
    ),
    p(
        "the write-down was smaller than he had expected",
        DE_KLERK,
        "indirect",
        "said",
        "Willem de Klerk of Karoo Capital",
    ),
    p(
        "morale at the mine had been low since a retrenchment round in 2023 cut about 1,100 jobs",
        ZULU,
        "indirect",
        "said",
        "Nomsa Zulu, a former Rietvlei shift supervisor",
    ),
    p(
        "a settlement would most likely land between R1,500 and R1,800",
        NKOSI,
        "indirect",
        "said",
        "Themba Nkosi, whose consultancy Labour Dynamics advises mining companies on wage "
        "negotiations",
    ),
    p("Both sides have painted themselves into a corner publicly,", NKOSI, "direct", "said", "he"),
    p(
        "the strike showed how far entry-level pay in mining had fallen behind the cost of living",
        DUBE,
        "indirect",
        "said",
        "Independent labour economist Ayanda Dube",
    ),
    p(
        "weaker platinum output had weighed on exports in the first half of the year",
        body(SARB, "ZA"),
        "indirect",
        "said",
        "The SA Reserve Bank",
    ),
    p(
        "it was monitoring the situation",
        body(DMRE, "ZA"),
        "indirect",
        "said",
        "The department of mineral resources and energy",
    ),
]

DOCS = [
    ("probe-r29a-trucker-earnings", None, TRUCK_Q),
    ("probe-r29a-cement-merger", "Mumbai", CEMENT_Q),
    ("probe-r29a-platinum-strike", None, STRIKE_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    HARLOW,
    ATA,
    FED,
    RIDGEBACK,
    SARVAM,
    KAVERI,
    CMA,
    RBI,
    OSPREY,
    CCMA,
    NUM,
    MINCO,
    SARB,
    DMRE,
)


def main():
    write_gold(
        HERE,
        "probes_r29a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r29a",
        source="quotesdb round-29 training probe A (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
