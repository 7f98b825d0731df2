"""Build probes_r27g_gold.jsonl from the hand annotations below.

Training probe r27g, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r26f and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decisions 1 to 10). Each quote is located by searching its exact
text after the previous quote's end.

    python3 bench/probes/r27g/make_gold.py   # writes probes_r27g_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A think-tank's report launch on social-care funding (a Financial Times policy desk: no
# dateline, a standfirst, `Name in London` byline, curly “double quotes”, `said` after the
# name, no honorifics, `per cent`, `£9bn`, `1.6mn`) ------------------------------------------
CAPF = "Centre for Ageing and Public Finance"
CAPF_BODY = {"speaker": CAPF, "country": "GB"}
HOMECARE = "Homecare Federation"
LGA = "Local Government Association"
LGA_BODY = {"speaker": LGA, "country": "GB"}
# a body renamed: the name it has now
FAIRWAY = "Fairway Partnership"
FAIRWAY_BODY = {"speaker": FAIRWAY, "country": "GB"}
UNISON = "Unison"
UNISON_BODY = {"speaker": UNISON, "country": "GB"}

WHITFIELD = {"speaker": "Naomi Whitfield", "role": "policy director", "country": "GB", "org": CAPF}
TREMAYNE = {"speaker": "Owen Tremayne", "role": "researcher", "country": "GB", "org": CAPF}
BENN = {"speaker": "Laura Benn", "role": "spokeswoman", "country": "GB", "org": "Treasury"}
LOWE = {"speaker": "Tessa Lowe", "role": "chief", "country": "GB", "org": HOMECARE}
ASANTE = {
    "speaker": "Martin Asante",
    "role": "director of policy",
    "country": "GB",
    "org": HOMECARE,
}
# `X, from the charity Y`: organisation Y, no role
LAL = {"speaker": "Priya Lal", "country": "GB", "org": "Silver Thread"}
# `X, who chairs the Y committee` (the committee a body of its own): organisation Y, no role
MOLL = {"speaker": "Gareth Moll", "country": "GB", "org": "Low Pay Advisory Committee"}
# `X, a professor of … who sits on Y's advisory board`: organisation Y
RAO = {"speaker": "Sunita Rao", "role": "professor of social policy", "country": "GB", "org": CAPF}
COLE = {"speaker": "Harriet Cole", "role": "chief economist", "country": "GB", "org": FAIRWAY}
PORTER = {"speaker": "Diane Porter", "role": "general secretary", "country": "GB", "org": UNISON}

CARE_Q = [
    # a report by a named body: the body (as heldout golds' `An IESS report … found`)
    p(
        "A payroll levy of 1.5 per cent on employers and workers should be introduced to fund "
        "adult social care in England",
        CAPF_BODY,
        "indirect",
        "according to",
        "a report published on Tuesday by the Centre for Ageing and Public Finance (CAPF)",
    ),
    # `said A and that B` without a quote: one statement
    p(
        "the levy would raise about £9bn a year by the end of the decade and that the money "
        "should be ring-fenced so it could not be diverted to hospitals",
        CAPF_BODY,
        "indirect",
        "said",
        "The think-tank",
    ),
    p(
        "Every government for 25 years has promised to fix social care and every one has "
        "flinched at the bill,",
        WHITFIELD,
        "direct",
        "said",
        "Naomi Whitfield, policy director at the think tank CAPF",
    ),
    p(
        "We are putting a number on the table and naming who pays it.",
        WHITFIELD,
        "direct",
        "said",
        "Naomi Whitfield, policy director at the think tank CAPF",
    ),
    p(
        "1.6mn people aged over 65 have care needs that are not being met",
        CAPF_BODY,
        "indirect",
        "estimates",
        "The report",
    ),
    p(
        "its figures were drawn from council returns and a survey of 4,000 households",
        CAPF_BODY,
        "indirect",
        "said",
        "CAPF",
    ),
    p(
        "the sector had 120,000 vacancies and that pay for care workers had fallen behind "
        "supermarket wages in most regions",
        TREMAYNE,
        "indirect",
        "said",
        "Owen Tremayne, a researcher with CAPF who wrote the chapter on the workforce",
    ),
    p(
        "You cannot run a care system on goodwill and agency staff,",
        TREMAYNE,
        "direct",
        "said",
        "he",
    ),
    # `The Treasury rejected the idea.`: a reaction, no statement (decision 6)
    p("no plans", BENN, "partial", "said", "A Treasury spokeswoman, Laura Benn"),
    p(
        "one in five of its members expected to hand back council contracts within a year",
        LOWE,
        "indirect",
        "said",
        "Homecare Federation chief Tessa Lowe",
    ),
    p(
        "Without new money, some of our members will simply close their doors,",
        LOWE,
        "direct",
        "said",
        "Lowe",
    ),
    p(
        "a levy would only help if councils were made to pass the money on to providers rather "
        "than using it to fill other gaps",
        ASANTE,
        "indirect",
        "said",
        "Martin Asante, the federation’s director of policy",
    ),
    # `said it was “…”, but warned that B`: two statements
    p(
        "the most honest costing we have seen",
        LAL,
        "partial",
        "said",
        "Priya Lal, from the charity Silver Thread",
    ),
    p(
        "a levy paid by workers would fall hardest on the low-paid",
        LAL,
        "indirect",
        "warned",
        "Priya Lal, from the charity Silver Thread",
    ),
    p(
        "the report underestimated how much of a payroll levy would be passed on to workers "
        "through lower wages",
        MOLL,
        "indirect",
        "said",
        "Gareth Moll, who chairs the independent Low Pay Advisory Committee",
    ),
    p(
        "The incidence of these taxes is never where the press release says it is,",
        MOLL,
        "direct",
        "said",
        "he",
    ),
    p(
        "the alternative was a slow collapse of the market that would cost the NHS more",
        RAO,
        "indirect",
        "said",
        "Sunita Rao, a professor of social policy who sits on CAPF’s advisory board",
    ),
    p(
        "Germany and Japan had both funded care through social insurance for decades",
        RAO,
        "indirect",
        "added",
        "She",
    ),
    p(
        "town halls would face a £4bn gap in care budgets by 2028 whatever was decided about a "
        "levy",
        LGA_BODY,
        "indirect",
        "said",
        "The Local Government Association",
    ),
    # `said A but that B` without a quote: one statement
    p(
        "the report was a useful starting point but that its own modelling put the cost of free "
        "personal care closer to £12bn a year",
        FAIRWAY_BODY,
        "indirect",
        "said",
        "The Fairway Partnership, formerly the Care Futures Trust",
    ),
    p(
        "The levy is the right tool. The rate is probably too low.",
        COLE,
        "direct",
        "said",
        "Its chief economist, Harriet Cole",
    ),
    p(
        "any reform had to include a national pay floor for care workers",
        UNISON_BODY,
        "indirect",
        "said",
        "Unison, the public service union",
    ),
    p(
        "A levy that does nothing for pay will not fill a single vacancy.",
        PORTER,
        "direct",
        "said",
        "Diane Porter, Unison’s general secretary",
    ),
    p(
        "CAPF would present the report to MPs on the health and social care committee next month",
        WHITFIELD,
        "indirect",
        "said",
        "Whitfield",
    ),
]

# --- Dairy farmers blockade a cooperative's depots (AFP English wire: `RENNES, France (AFP) -`,
# straight "double quotes", American punctuation, `told AFP`, bare surnames) ------------------
BLFU = "Breton Livestock Farmers' Union"
BLFU_BODY = {"speaker": BLFU, "country": "FR"}
# the body by its French initials after its English name: the full name (decision 2)
CLO = "Western Dairy Cooperative"
MINISTRY = "Agriculture Ministry"
MINISTRY_BODY = {"speaker": MINISTRY, "country": "FR"}
RURAL = "Rural Coordination"
RURAL_BODY = {"speaker": RURAL, "country": "FR"}
FCD = "Federation of Commerce and Distribution"
FCD_BODY = {"speaker": FCD, "country": "FR"}

# `X of the Y union`: organisation Y, no role
LE_GALL = {"speaker": "Yannick Le Gall", "country": "FR", "org": BLFU}
MORVAN = {"speaker": "Sandrine Morvan", "role": "general secretary", "country": "FR", "org": BLFU}
# `Y chief X`: role `chief`, organisation Y in full
HAMON = {"speaker": "Pascal Hamon", "role": "chief", "country": "FR", "org": CLO}
GUENEC = {"speaker": "Claire Guénec", "role": "spokeswoman", "country": "FR", "org": CLO}
# `X, who sits on Y's board`: organisation Y, no role
DANIEL = {"speaker": "Hervé Daniel", "country": "FR", "org": CLO}
# `X, the head of the ministry's Z department`: the named body (as r22b's `a senior nurse in
# the hospital's emergency department` → the hospital), role `head`
BERNIER = {"speaker": "Luc Bernier", "role": "head", "country": "FR", "org": MINISTRY}
# a minister: no organisation (as every gold's ministers)
GENEVOIX = {"speaker": "Annie Genevoix", "role": "Farm minister", "country": "FR"}
# `X, a lawyer at Y representing Z`: the firm Y
LE_BRIS = {"speaker": "Marc Le Bris", "role": "lawyer", "country": "FR", "org": "Kerjean Avocats"}
CADIOU = {"speaker": "Erwan Cadiou", "role": "spokesman", "country": "FR", "org": RURAL}
KEROUAC = {
    "speaker": "Nathalie Kerouac",
    "role": "researcher",
    "country": "FR",
    "org": "National Institute for Agricultural Research",
}

DAIRY_Q = [
    p(
        "We are selling milk below what it costs us to produce it. Nobody can live like that,",
        LE_GALL,
        "direct",
        "said",
        "Yannick Le Gall of the Breton Livestock Farmers' Union, who farms 60 cows near Pontivy",
    ),
    p(
        "more than 900 farmers had taken part and that the blockades would continue until the "
        "cooperative withdrew the cut of four cents a litre announced last week",
        BLFU_BODY,
        "indirect",
        "said",
        "The union",
    ),
    p(
        "without a single meeting",
        MORVAN,
        "partial",
        "told",
        "Sandrine Morvan, the union's general secretary",
    ),
    p(
        "the union would ask the competition authority to examine how the price was set",
        MORVAN,
        "indirect",
        "said",
        "She",
    ),
    # `The CLO, which …, defended its decision.`: a reaction, no statement (decision 6)
    p(
        "world butter and powder prices had fallen by a fifth since the spring",
        HAMON,
        "indirect",
        "said",
        "CLO chief Pascal Hamon",
    ),
    p(
        "A cooperative cannot pay tomorrow's price with yesterday's markets,",
        HAMON,
        "direct",
        "said",
        "he",
    ),
    p(
        "the cut would be reviewed in January and that members would share in any profits at "
        "the end of the year",
        GUENEC,
        "indirect",
        "said",
        "A cooperative spokeswoman, Claire Guénec",
    ),
    q(
        "the cooperative no longer behaves like one",
        None,
        "indirect",
        "say",
        "Some members",
        country="FR",
    ),
    p(
        "he had voted against the cut",
        DANIEL,
        "indirect",
        "said",
        "Hervé Daniel, who sits on the CLO's board as a farmers' representative",
    ),
    p(
        "When the board starts talking like a private dairy, the members stop feeling like owners,",
        DANIEL,
        "direct",
        "told",
        "he",
    ),
    p(
        "it would bring farmers, cooperatives and retailers together on Friday",
        MINISTRY_BODY,
        "indirect",
        "said",
        "The agriculture ministry",
    ),
    p(
        "the government was prepared to bring forward emergency aid payments due in the new year",
        BERNIER,
        "indirect",
        "said",
        "Luc Bernier, the head of the ministry's farm economics department",
    ),
    # a request and an appeal: the partial and `not to …` (decision 6, no addressee)
    p("to show restraint", GENEVOIX, "partial", "called on", "Farm minister Annie Genevoix"),
    p(
        "not to use the dispute to cut shelf prices",
        GENEVOIX,
        "indirect",
        "urged",
        "Farm minister Annie Genevoix",
    ),
    p(
        "the blockades were illegal and that the CLO would seek compensation for lost production",
        LE_BRIS,
        "indirect",
        "said",
        "Marc Le Bris, a lawyer at the firm Kerjean Avocats representing the cooperative",
    ),
    # `said A but that B` without a quote: one statement
    p(
        "it backed the blockades but that damage to property would turn the public against farmers",
        RURAL_BODY,
        "indirect",
        "said",
        "A second union, the Rural Coordination",
    ),
    p(
        "every right to be angry, but no right to lose the public.",
        CADIOU,
        "partial",
        "said",
        "Its spokesman in Brittany, Erwan Cadiou",
    ),
    p(
        "its members paid processors a fair price and were not responsible for cooperatives' "
        "decisions",
        FCD_BODY,
        "indirect",
        "said",
        "The Federation of Commerce and Distribution (FCD)",
    ),
    q(
        "the protests reflected a deeper problem",
        None,
        "indirect",
        "said",
        "Economists",
        country="FR",
    ),
    p(
        "milk output in Brittany had risen for three years while demand for French cheese abroad "
        "had slowed",
        KEROUAC,
        "indirect",
        "said",
        "Nathalie Kerouac, a researcher with the National Institute for Agricultural Research in "
        "Rennes",
    ),
    p(
        "There is simply more milk than the market wants at the price farmers need,",
        KEROUAC,
        "direct",
        "said",
        "she",
    ),
    q(
        "the blockades had been peaceful and that no arrests had been made",
        None,
        "indirect",
        "said",
        "Police",
        country="FR",
    ),
    p(
        "farmers would decide on Thursday evening whether to move the protest to Rennes",
        LE_GALL,
        "indirect",
        "said",
        "Le Gall",
    ),
]

# --- A maternity unit's births suspended (BBC News online: no dateline, 'single quotes' in the
# headline, "double quotes" in the body, `said:` before a quote, `Dr` / `Cllr`) ---------------
TRUST = "North Wealdshire Hospitals NHS Trust"
TRUST_BODY = {"speaker": TRUST, "country": "GB"}
RCM = "Royal College of Midwives"
RCM_BODY = {"speaker": RCM, "country": "GB"}
# a body renamed: the name it has now
HEALTHWATCH = "Healthwatch Wealdshire"
HEALTHWATCH_BODY = {"speaker": HEALTHWATCH, "country": "GB"}
DHSC = "Department of Health and Social Care"
DHSC_BODY = {"speaker": DHSC, "country": "GB"}

# `X, the head of Y's Z department`: organisation Y (the trust), role `head`
REEVE = {"speaker": "Alison Reeve", "role": "head", "country": "GB", "org": TRUST}
HARLAND = {"speaker": "Jo Harland", "country": "GB", "org": "Birthrights Wealdshire"}
DUNN = {"speaker": "Kerry Dunn", "country": "GB", "org": RCM}
MAYHEW = {"speaker": "Fiona Mayhew", "role": "spokeswoman", "country": "GB", "org": TRUST}
OYELARAN = {
    "speaker": "Martin Oyelaran",
    "role": "chief executive",
    "country": "GB",
    "org": HEALTHWATCH,
}
# `Cllr X, who chairs Y Council's … committee`: the council (the committee a sub-body of it)
STRAND = {
    "speaker": "Peter Strand",
    "role": "councillor",
    "country": "GB",
    "org": "Wealdshire County Council",
}
# `X, who sits on the trust's board as a non-executive director`
QUINLAN = {
    "speaker": "Sarah Quinlan",
    "role": "non-executive director",
    "country": "GB",
    "org": TRUST,
}
FERRIS = {"speaker": "David Ferris", "role": "MP", "country": "GB"}
# `Y's regional director for the south east`: the remit after `for` dropped (decision 9)
MENON = {
    "speaker": "Ravi Menon",
    "role": "regional director",
    "country": "GB",
    "org": "NHS England",
}

MATERNITY_Q = [
    # the lead's `a hospital trust has said`: the one trust the next paragraphs name
    p(
        "Births at a market town's maternity unit are to be suspended from next month because "
        "there are not enough midwives to staff it safely",
        TRUST_BODY,
        "indirect",
        "said",
        "a hospital trust",
    ),
    p(
        "11 of the unit's 19 midwife posts were vacant and that agency cover could no longer be "
        "relied on at night",
        TRUST_BODY,
        "indirect",
        "said",
        "The North Wealdshire Hospitals NHS Trust",
    ),
    p(
        "We cannot ask a woman to give birth in a unit where we are not sure a second midwife "
        "will be on shift. That is not a risk I am prepared to take.",
        REEVE,
        "direct",
        "said",
        "Dr Alison Reeve, the head of the trust's obstetrics department",
    ),
    p(
        "the suspension would last at least six months and would be reviewed in the spring",
        TRUST_BODY,
        "indirect",
        "said",
        "The hospital trust",
    ),
    q(
        "they feared the closure would become permanent",
        None,
        "indirect",
        "said",
        "campaigners",
        country="GB",
    ),
    p(
        "nothing at all",
        HARLAND,
        "partial",
        "said",
        "Jo Harland, from the charity Birthrights Wealdshire",
    ),
    p(
        "People were told at their booking appointment that they could have their baby here. "
        "Now they are being told to drive for an hour in labour,",
        HARLAND,
        "direct",
        "said",
        "she",
    ),
    p(
        "staff at the unit had warned managers about shortages for two years",
        DUNN,
        "indirect",
        "said",
        "Kerry Dunn of the Royal College of Midwives",
    ),
    p(
        "midwives had been moved from Hexford to cover gaps at Castlebridge, leaving the smaller "
        "unit exposed",
        RCM_BODY,
        "indirect",
        "said",
        "The college",
    ),
    p(
        "none of its members would lose their jobs",
        UNISON_BODY,
        "indirect",
        "said",
        "Unison, which represents maternity support workers at both hospitals",
    ),
    p(
        "it had been assured that staff would be offered shifts at Castlebridge with travel costs "
        "paid",
        UNISON_BODY,
        "indirect",
        "said",
        "The union",
    ),
    p(
        "a recruitment drive had started in September and that six newly qualified midwives "
        "would join in the new year",
        MAYHEW,
        "indirect",
        "said",
        "A trust spokeswoman, Fiona Mayhew",
    ),
    p(
        "it had received more than 300 complaints since the announcement",
        HEALTHWATCH_BODY,
        "indirect",
        "said",
        "Patient watchdog Healthwatch Wealdshire, which until 2023 was known as the Wealdshire "
        "Patients' Forum",
    ),
    p(
        "The trust has to publish its plan for bringing births back, with dates.",
        OYELARAN,
        "direct",
        "said",
        "Its chief executive, Martin Oyelaran",
    ),
    p(
        "he had called the trust's chief executive to give evidence at a special meeting",
        STRAND,
        "indirect",
        "said",
        "Cllr Peter Strand, who chairs Wealdshire County Council's health scrutiny committee",
    ),
    p(
        "councillors had the power to refer the decision to the health secretary",
        STRAND,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the board had not been asked to approve the suspension",
        QUINLAN,
        "indirect",
        "said",
        "Sarah Quinlan, who sits on the trust's board as a non-executive director",
    ),
    p(
        "she had asked for the decision to be discussed in public at the board's next meeting",
        QUINLAN,
        "indirect",
        "said",
        "She",
    ),
    p(
        "he would raise the closure in the Commons",
        FERRIS,
        "indirect",
        "said",
        "Local MP David Ferris",
    ),
    p(
        "Hexford mothers deserve the same safety as mothers in Castlebridge, not a longer drive,",
        FERRIS,
        "direct",
        "said",
        "he",
    ),
    # `said A “…” but that B`: the partial and B (decision 10)
    p(
        "a decision for the trust",
        MENON,
        "partial",
        "said",
        "NHS England's regional director for the south east, Dr Ravi Menon",
    ),
    p(
        "the region would help it recruit",
        MENON,
        "indirect",
        "said",
        "NHS England's regional director for the south east, Dr Ravi Menon",
    ),
    p(
        "it had room for the extra 250 births expected from Hexford",
        REEVE,
        "indirect",
        "said",
        "Dr Reeve",
    ),
    # `said A “…” and that B`: the partial and B
    p("a top priority", DHSC_BODY, "partial", "said", "The Department of Health and Social Care"),
    p(
        "the number of midwives in England had risen over the past year",
        DHSC_BODY,
        "indirect",
        "said",
        "The Department of Health and Social Care",
    ),
]

DOCS = [
    ("probe-r27g-care-levy-report", None, CARE_Q),
    ("probe-r27g-dairy-farmers-protest", "RENNES", DAIRY_Q),
    ("probe-r27g-maternity-unit-closure", None, MATERNITY_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    CAPF,
    LGA,
    FAIRWAY,
    UNISON,
    BLFU,
    MINISTRY,
    RURAL,
    FCD,
    TRUST,
    RCM,
    HEALTHWATCH,
    DHSC,
)


def main():
    write_gold(
        HERE,
        "probes_r27g_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r27g",
        source="quotesdb round-27 training probe G (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
