"""Build probes_r26d_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r25h and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10; roles as the office's head title without party, without a
body already given as organisation, without places). Each quote is located by searching
its exact text after the previous quote's end.

    python3 bench/probes/r26d/make_gold.py   # writes probes_r26d_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- An appeals-court ruling with both parties' arguments (Courthouse News style:
# `SAN FRANCISCO (CN) —`, judges who `wrote`, appointees, a complaint and filings) ---
HARLAN = "Harlan Orchards"
CENTER = "Valley Workers Legal Center"
FARM_BUREAU = "California Farm Bureau Federation"
CAL_OSHA = "California Division of Occupational Safety and Health"
HARLAN_BODY = {"speaker": HARLAN, "country": "US"}
CENTER_BODY = {"speaker": CENTER, "country": "US"}
OYELARAN = {"speaker": "Miriam Oyelaran", "role": "Circuit Judge", "country": "US"}
SEFTON = {"speaker": "Alan Sefton", "role": "Circuit Judge", "country": "US"}
ORTEGA = {"speaker": "Marisol Ortega-Banks", "role": "lawyer", "country": "US", "org": CENTER}
PRENTISS = {
    "speaker": "Douglas Prentiss",
    "role": "partner",
    "country": "US",
    "org": "Prentiss Vail",
}

COURT_Q = [
    q(
        "supervisors denied them shade and water breaks during the 2023 heat wave, when "
        "temperatures near Fresno topped 110 degrees",
        None,
        "indirect",
        "claim",
        "The workers, who pick and hull almonds for Harlan Orchards in the San Joaquin Valley",
        country="US",
    ),
    q(
        "two workers collapsed in a single week that July and one spent four days in the hospital",
        None,
        "indirect",
        "According to",
        "the complaint",
        country="US",
    ),
    p("the only rule that governs our fields.", HARLAN_BODY, "partial", "asserted", "Harlan"),
    p(
        "the lower court had read the federal law far too broadly",
        OYELARAN,
        "indirect",
        "said",
        "U.S. Circuit Judge Miriam Oyelaran",
    ),
    p(
        "Congress set a floor for workplace safety, not a ceiling,",
        OYELARAN,
        "direct",
        "wrote",
        "Oyelaran",
    ),
    p(
        "Nothing in the statute suggests that a state which asks more of its employers has "
        "trespassed on federal ground.",
        OYELARAN,
        "direct",
        "wrote",
        "Oyelaran",
    ),
    p(
        "Harlan had not shown that it was impossible to comply with both the federal and the "
        "state rules",
        OYELARAN,
        "indirect",
        "added",
        "She",
    ),
    p(
        "the grower's argument that the workers had waived their claims by signing arbitration "
        "agreements",
        OYELARAN,
        "indirect",
        "rejected",
        "Oyelaran",
    ),
    p(
        "the company had never moved to compel arbitration",
        OYELARAN,
        "indirect",
        "noting",
        "Oyelaran",
    ),
    p(
        "the majority had ignored the plain text of the state's own regulation",
        SEFTON,
        "indirect",
        "argued",
        "U.S. Circuit Judge Alan Sefton",
    ),
    p(
        "The majority rewrites a regulation the state itself has never read this way,",
        SEFTON,
        "direct",
        "wrote",
        "Sefton",
    ),
    p(
        "whether growers that operate in several states could ever know which rules applied "
        "to them if the panel's reading stood",
        SEFTON,
        "indirect",
        "questioned",
        "Sefton",
    ),
    p(
        "a lifeline for people who do the hardest work in this state.",
        ORTEGA,
        "partial",
        "called",
        "Marisol Ortega-Banks, a lawyer with the Valley Workers Legal Center who argued the appeal",
    ),
    p(
        "These are workers who were told to keep picking while a co-worker was carried to a "
        "truck with heat stroke,",
        ORTEGA,
        "direct",
        "said",
        "she",
    ),
    p("Today the court said their claims deserve a trial.", ORTEGA, "direct", "said", "she"),
    p(
        "as a shield against any rule it finds inconvenient.",
        CENTER_BODY,
        "partial",
        "accused",
        "the center",
    ),
    # reported speech over two sentences, the second split by its cue (r20a's convention)
    p(
        "the center would ask Brennick to set a trial date before next summer",
        ORTEGA,
        "indirect",
        "said",
        "Ortega-Banks",
    ),
    p("The workers", ORTEGA, "indirect", "said", "she"),
    p("had already waited through two harvests", ORTEGA, "indirect", "said", "she"),
    q(
        "a patchwork of state standards would make it impossible for growers with orchards in "
        "more than one state to train their crews",
        None,
        "indirect",
        "contended",
        "Harlan's lawyers",
        country="US",
        org=HARLAN,
    ),
    p(
        "Harlan was reviewing the decision and had not decided whether to seek a rehearing by "
        "the full court",
        PRENTISS,
        "indirect",
        "said",
        "Douglas Prentiss, a partner at the Fresno firm Prentiss Vail who represents the company",
    ),
    p(
        "Harlan has always followed every rule the inspectors gave it, state and federal,",
        PRENTISS,
        "direct",
        "said",
        "Prentiss",
    ),
    p(
        "the ruling invites every state to write its own safety code for employers that cross "
        "state lines",
        PRENTISS,
        "indirect",
        "In view",
        "Prentiss'",
    ),
    p(
        "two sets of inspectors and two sets of fines.",
        {"speaker": FARM_BUREAU, "country": "US"},
        "partial",
        "said",
        "The California Farm Bureau Federation, which filed a friend-of-the-court brief "
        "supporting Harlan",
    ),
    p(
        "its heat rule applies to every outdoor employer in the state, whatever federal "
        "oversight they are under",
        {"speaker": CAL_OSHA, "country": "US"},
        "indirect",
        "has long maintained",
        "The California Division of Occupational Safety and Health, known as Cal/OSHA",
    ),
    q(
        "it would review the opinion",
        None,
        "indirect",
        "said",
        "A spokesperson for the agency",
        country="US",
        org=CAL_OSHA,
    ),
]

# --- A Commons budget debate (Guardian political desk: no dateline, a byline with a desk
# title, surnames alone on second mention, British punctuation outside the marks) ---
FARROW = {"speaker": "Helen Farrow", "role": "chancellor", "country": "GB"}
PELL = {"speaker": "Marcus Pell", "role": "shadow chancellor", "country": "GB"}
ALDANE = {
    "speaker": "Ruth Aldane",
    "role": "Treasury spokesperson",
    "country": "GB",
    "org": "Liberal Democrats",
}
DRUMMOND = {
    "speaker": "Callum Drummond",
    "role": "Westminster leader",
    "country": "GB",
    "org": "SNP",
}
HENNING = {
    "speaker": "Paul Henning",
    "role": "associate director",
    "country": "GB",
    "org": "Institute for Fiscal Studies",
}
LABOUR_MP_SRC = "A Labour MP for a rural Cumbrian seat, who asked not to be named"

COMMONS_Q = [
    # (the standfirst writes the same words first: the statement is the body's)
    dict(
        p(
            "mostly helps those who drive the most",
            FARROW,
            "partial",
            "telling",
            "The chancellor, Helen Farrow",
        ),
        after="The chancellor, Helen Farrow",
    ),
    p(
        "the 4p-a-litre rise was temporary and would be reviewed at next year's spring statement",
        FARROW,
        "indirect",
        "insisted",
        "Farrow",
    ),
    p(
        "the Office for Budget Responsibility had cut its growth forecast for next year to 0.9%",
        FARROW,
        "indirect",
        "conceded",
        "She",
    ),
    p("pay for itself within a decade", FARROW, "partial", "argued", "She"),
    p(
        "Every pound we borrow today to build is a pound our children will thank us for,",
        FARROW,
        "direct",
        "told",
        "she",
    ),
    p(
        "Every pound we borrow to pay yesterday's bills is a pound they will curse us for.",
        FARROW,
        "direct",
        "told",
        "she",
    ),
    p(
        "raiding drivers to pay for a spending spree she cannot control",
        PELL,
        "partial",
        "accused",
        "The shadow chancellor, Marcus Pell",
    ),
    p(
        "the rise will hit rural households hardest and push up the price of food deliveries "
        "within weeks",
        PELL,
        "indirect",
        "In view",
        "Pell's",
    ),
    p(
        "to vote against the measure when it comes before the house next week",
        PELL,
        "indirect",
        "urged",
        "He",
    ),
    p(
        "The chancellor promised working people she would not raise their taxes. She has found "
        "a way to do it every time they fill up,",
        PELL,
        "direct",
        "said",
        "Pell",
    ),
    p(
        "the Conservatives would table an amendment to scrap the rise",
        PELL,
        "indirect",
        "said",
        "Pell",
    ),
    p("The party", PELL, "indirect", "said", "he"),
    p(
        "would cover the cost by cutting the Treasury's spending on consultants",
        PELL,
        "indirect",
        "said",
        "he",
    ),
    p(
        "her party would back the rise only if the money went into rural bus services",
        ALDANE,
        "indirect",
        "said",
        "The Liberal Democrats' Treasury spokesperson, Ruth Aldane",
    ),
    p(
        "straight back into the buses and trains that rural Britain has lost",
        ALDANE,
        "partial",
        "called for",
        "The Liberal Democrats' Treasury spokesperson, Ruth Aldane",
    ),
    p(
        "whether the Treasury had assessed the effect on the Highlands and islands",
        DRUMMOND,
        "indirect",
        "questioned",
        "The SNP's Westminster leader, Callum Drummond",
    ),
    p(
        "some drivers already paid 20p a litre more than in Glasgow or Edinburgh",
        DRUMMOND,
        "indirect",
        "said",
        "he",
    ),
    q(
        "region by region",
        None,
        "partial",
        "said",
        "A Treasury source",
        country="GB",
        org="Treasury",
    ),
    q(
        "would publish the figures before the vote",
        None,
        "indirect",
        "said",
        "A Treasury source",
        country="GB",
        org="Treasury",
    ),
    q(
        "the Treasury had briefed details of the rise to newspapers before Farrow announced it "
        "to parliament",
        None,
        "indirect",
        "It was alleged by",
        "several opposition MPs",
        country="GB",
    ),
    p(
        "a conspiracy theory dressed up as a point of order",
        FARROW,
        "partial",
        "dismissed",
        "Farrow",
    ),
    p(
        "the rise would raise about £2.4bn a year, well short of the Treasury's own estimate, "
        "because drivers would cut back on journeys",
        HENNING,
        "indirect",
        "said",
        "Paul Henning, an associate director at the Institute for Fiscal Studies",
    ),
    p("swapped a headline for a headache", HENNING, "partial", "put it", "Henning"),
    p(
        "she will not raise income tax, national insurance or VAT during this parliament",
        FARROW,
        "indirect",
        "has long maintained",
        "Farrow",
    ),
    # an object naming what was said, as the golds' "rejected that account"
    p("that pledge", FARROW, "indirect", "repeated", "she"),
    q(
        "at least a dozen colleagues had told the whips they were uneasy about the rise",
        None,
        "indirect",
        "said",
        LABOUR_MP_SRC,
        country="GB",
        org="Labour",
    ),
    q(
        "People in my patch don't have a train to catch. They have a 20-mile round trip to the "
        "nearest supermarket,",
        None,
        "direct",
        "said",
        "the MP",
        country="GB",
        org="Labour",
    ),
    p(
        "the government would not offer concessions before the vote",
        {"speaker": "Downing Street", "country": "GB"},
        "indirect",
        "signalled",
        "Downing Street",
    ),
    q(
        "Absolutely. The chancellor has set out a plan to fix the foundations of the economy "
        "and the prime minister supports it.",
        None,
        "direct",
        "said",
        "his official spokesman",
        country="GB",
    ),
]

# --- An EU merger decision with the companies' and rivals' positions (Reuters: a
# `BRUSSELS, Nov 30 (Reuters) -` dateline, `said on Monday`, titles before names) ---
COMMISSION = {"speaker": "European Commission"}
SKAGEN = {"speaker": "Skagen Line", "country": "DK"}
HOLMGAARD = {
    "speaker": "Anders Holmgaard",
    "role": "Chief Executive",
    "country": "DK",
    "org": "Skagen Line",
}
ORESUND = {"speaker": "Oresund Link", "country": "DE"}
VOGELSANG = {
    "speaker": "Katrin Vogelsang",
    "role": "head of strategy",
    "country": "DE",
    "org": "Oresund Link",
}
HAULIERS = "Nordic Hauliers' Association"
LINDQVIST = {"speaker": "Per Lindqvist", "role": "director", "org": HAULIERS}
SOREL = {"speaker": "Arianna Sorel", "role": "spokesperson", "org": "EU"}
BRANDT = {
    "speaker": "Sofie Brandt",
    "role": "analyst",
    "country": "DK",
    "org": "Hafnia Securities",
}

MERGER_Q = [
    # a promise (decision 6; "agreed to pay" is a promise): the companies' undertaking
    q(
        "to sell four routes across the Baltic Sea",
        None,
        "indirect",
        "agreed",
        "the companies",
    ),
    p(
        "the remedies, which include the sale of the Gdansk-Nynashamn and Rostock-Trelleborg "
        "crossings to a buyer it must approve, would keep fares in check for the hundreds of "
        "thousands of freight drivers who use the routes each year",
        COMMISSION,
        "indirect",
        "said",
        "The European Commission",
    ),
    p(
        "Freight customers and holidaymakers will continue to have a real choice of operator "
        "on every route where the two companies compete today,",
        COMMISSION,
        "direct",
        "said",
        "the Commission",
    ),
    p(
        "the deal could lead to higher prices on routes linking Poland and Germany with Sweden",
        COMMISSION,
        "indirect",
        "warning",
        "The EU executive",
    ),
    p(
        "a good outcome for customers and for our employees",
        HOLMGAARD,
        "partial",
        "said",
        "Skagen Line Chief Executive Anders Holmgaard",
    ),
    p(
        "the combined company would keep all 11 of its vessels in service",
        HOLMGAARD,
        "indirect",
        "said",
        "Skagen Line Chief Executive Anders Holmgaard",
    ),
    p(
        "the company expected to complete the deal in the first quarter of next year",
        HOLMGAARD,
        "indirect",
        "told",
        "Holmgaard",
    ),
    p(
        "the sale of the routes would cut the cost savings the company had promised investors "
        "by about a fifth, to 70 million euros a year",
        HOLMGAARD,
        "indirect",
        "conceded",
        "He",
    ),
    p(
        "no jobs would go at either company's headquarters",
        HOLMGAARD,
        "indirect",
        "was quoted as saying",
        "He",
    ),
    p(
        "its board continued to recommend the offer to shareholders",
        {"speaker": "Baltica Ferries", "country": "SE"},
        "indirect",
        "said",
        "Baltica Ferries, whose shares rose 3% in Stockholm",
    ),
    p(
        "claims that the remedies would restore competition",
        ORESUND,
        "indirect",
        "rejected",
        "Oresund Link, a German operator that had lobbied against the deal",
    ),
    p(
        "the routes on offer were among the least profitable in the region",
        ORESUND,
        "indirect",
        "saying",
        "Oresund Link, a German operator that had lobbied against the deal",
    ),
    p(
        "The Commission has accepted a package that looks generous on a map and thin on a "
        "balance sheet,",
        VOGELSANG,
        "direct",
        "said",
        "Oresund Link's head of strategy, Katrin Vogelsang",
    ),
    p(
        "the company was considering a challenge at the EU's General Court in Luxembourg",
        VOGELSANG,
        "indirect",
        "said",
        "Vogelsang",
    ),
    # reported speech running into the next sentence, its cue at the end
    p("A decision would be taken by the end of January", VOGELSANG, "indirect", "added", "she"),
    p(
        "to monitor fares on the remaining routes for at least five years",
        {"speaker": HAULIERS},
        "indirect",
        "urged",
        "The Nordic Hauliers' Association, which represents about 4,000 trucking firms",
    ),
    p("a sticking plaster", LINDQVIST, "partial", "dismissed", "Its director, Per Lindqvist"),
    p(
        "freight rates on the Baltic had already risen 12% this year",
        LINDQVIST,
        "indirect",
        "said",
        "Its director, Per Lindqvist",
    ),
    q(
        "officials had at one point considered blocking the deal outright but were won over by "
        "a revised offer in October",
        None,
        "indirect",
        "said",
        "A person familiar with the Commission's review",
    ),
    p(
        "the buyer of the routes would have to show it could run them for at least 10 years",
        SOREL,
        "indirect",
        "told",
        "Commission spokesperson Arianna Sorel",
    ),
    q(
        "the conditions were lighter than investors had feared",
        None,
        "indirect",
        "In the view of",
        "analysts",
    ),
    p(
        "the market had expected the Commission to demand the sale of six routes",
        BRANDT,
        "indirect",
        "said",
        "Sofie Brandt, an analyst at Hafnia Securities in Copenhagen",
    ),
    p("Investors were braced for six. Four is a relief,", BRANDT, "direct", "said", "she"),
    p(
        "it will fund the purchase with cash and new debt",
        SKAGEN,
        "indirect",
        "has said",
        "Skagen Line",
    ),
]

DOCS = [
    ("probe-r26d-ninth-circuit-heat-rule", "SAN FRANCISCO", COURT_Q),
    ("probe-r26d-commons-fuel-duty-debate", None, COMMONS_Q),
    ("probe-r26d-eu-ferry-merger-cleared", "BRUSSELS", MERGER_Q),
]

if __name__ == "__main__":
    write_gold(
        HERE,
        "probes_r26d_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r26d",
        source="quotesdb round-26 training probes D (written for error finding)",
        speaking_bodies={
            HARLAN,
            CENTER,
            FARM_BUREAU,
            CAL_OSHA,
            "Downing Street",
            "European Commission",
            "Skagen Line",
            "Baltica Ferries",
            "Oresund Link",
            HAULIERS,
        },
    )
