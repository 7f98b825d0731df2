"""Build probes_r26b_gold.jsonl from the hand annotations below.

Training probe r26b, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r25h and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decisions 8 to 10). Each quote is located by searching its exact
text after the previous quote's end.

    python3 bench/probes/r26b/make_gold.py   # writes probes_r26b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A cancer drug turned down by England's cost watchdog (Guardian health desk: no
# dateline, a standfirst, a byline with the writer's post, curly “double quotes”, `Dr` /
# `Prof` without a point, `said`) -------------------------------------------------------------
NICE = "National Institute for Health and Care Excellence"
NICE_BODY = {"speaker": NICE, "country": "GB"}
CORVANE = "Corvane Therapeutics"
CORVANE_BODY = {"speaker": CORVANE, "country": "GB"}
PINK_THREAD = "Pink Thread"
PINK_THREAD_BODY = {"speaker": PINK_THREAD, "country": "GB"}
UNISON = "Unison"
UNISON_BODY = {"speaker": UNISON, "country": "GB"}
AMM = "Association of Medicine Makers"
AMM_BODY = {"speaker": AMM, "country": "GB"}
DHSC = "Department of Health and Social Care"

MARSH = {
    "speaker": "Helen Marsh",
    "role": "director of medicines evaluation",
    "country": "GB",
    "org": NICE,
}
OKAFOR = {
    "speaker": "Daniel Okafor",
    "role": "chief commercial officer",
    "country": "GB",
    "org": CORVANE,
}
ADEYEMI = {
    "speaker": "Ruth Adeyemi",
    "role": "chief executive",
    "country": "GB",
    "org": PINK_THREAD,
}
ELLERY = {"speaker": "Tom Ellery", "role": "head of research", "country": "GB", "org": PINK_THREAD}
# `national officer for health`: a remit after `for`, no minister's portfolio (decision 9)
HENDRY = {"speaker": "Gail Hendry", "role": "national officer", "country": "GB", "org": UNISON}
LARK = {"speaker": "Simon Lark", "role": "director of policy", "country": "GB", "org": AMM}
PRUITT = {
    "speaker": "Alan Pruitt",
    "role": "former deputy chief executive",
    "country": "GB",
    "org": NICE,
}
LINDQVIST = {
    "speaker": "Sarah Lindqvist",
    "role": "professor of health economics",
    "country": "GB",
    "org": "University of York",
}
VENKATARAMAN = {
    "speaker": "Priya Venkataraman",
    "role": "healthcare analyst",
    "country": "GB",
    "org": "Larchmont Securities",
}

PRICING_Q = [
    p(
        "not a cost-effective use of NHS resources",
        NICE_BODY,
        "partial",
        "said",
        "The National Institute for Health and Care Excellence (Nice)",
    ),
    p(
        "the list price of £6,200 for a month’s supply was well above what it could justify, "
        "even after a confidential discount the company had offered",
        NICE_BODY,
        "indirect",
        "said",
        "the watchdog",
    ),
    p(
        "We recognise how disappointing this will be for patients and their families. But we "
        "have to be confident that the NHS is paying a fair price, and the evidence the company "
        "gave us does not allow us to say that.",
        MARSH,
        "direct",
        "said",
        "Helen Marsh, Nice’s director of medicines evaluation",
    ),
    p("deeply disappointed", CORVANE_BODY, "partial", "said", "Corvane"),
    p(
        "an outdated model that undervalues time with family",
        CORVANE_BODY,
        "partial",
        "accused",
        "Corvane",
    ),
    p(
        "the company had offered a discount of more than a third on the list price",
        OKAFOR,
        "indirect",
        "said",
        "Daniel Okafor, Corvane’s chief commercial officer",
    ),
    p(
        "We went further than we have gone anywhere in Europe, and it still was not enough,",
        OKAFOR,
        "direct",
        "said",
        "he",
    ),
    p(
        "Patients in Scotland can already get this drug. Women in England are being told to wait.",
        OKAFOR,
        "direct",
        "said",
        "he",
    ),
    # `X, a patient group for …, said the decision would leave … “…”`: the quote stands for
    # its clause
    p("months of good-quality life", PINK_THREAD_BODY, "partial", "said", "Pink Thread"),
    p(
        "Every month matters when you have secondary breast cancer. We are asking both sides to "
        "get back in the room this week.",
        ADEYEMI,
        "direct",
        "said",
        "Its chief executive, Ruth Adeyemi",
    ),
    # `said A, and that B` without a quote: one statement
    p(
        "the drug had been tested in a trial of more than 900 women, and that those who took it "
        "lived for a median of 11 months before their cancer grew, against six months for those "
        "on standard treatment",
        ELLERY,
        "indirect",
        "said",
        "The charity’s head of research, Dr Tom Ellery",
    ),
    p("the system for pricing medicines is broken", UNISON_BODY, "partial", "said", "Unison"),
    p(
        "nurses on cancer wards were already having difficult conversations with patients who had "
        "read about the drug online",
        HENDRY,
        "indirect",
        "said",
        "Its national officer for health, Gail Hendry",
    ),
    p(
        "They come in with printouts and ask why they can’t have it. Our members are the ones "
        "who have to explain a pricing dispute to someone who is dying,",
        HENDRY,
        "direct",
        "said",
        "Hendry",
    ),
    p(
        "companies were beginning to launch new medicines in England later than in other "
        "countries because of the way prices were set",
        AMM_BODY,
        "indirect",
        "warned",
        "The Association of Medicine Makers",
    ),
    p(
        "three other cancer medicines had been turned down this year",
        LARK,
        "indirect",
        "said",
        "Its director of policy, Simon Lark",
    ),
    p(
        "boxed themselves in",
        PRUITT,
        "partial",
        "said",
        "Dr Alan Pruitt, a former deputy chief executive at Nice",
    ),
    p(
        "the watchdog could not be seen to give way to public pressure, while the company feared "
        "that a lower price in England would be used against it in Germany and France",
        PRUITT,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the threshold Nice used to judge value for money had barely changed since it was set "
        "more than 20 years ago",
        LINDQVIST,
        "indirect",
        "said",
        "Prof Sarah Lindqvist, a professor of health economics at the University of York",
    ),
    p(
        "The number has hardly moved in a quarter of a century. Almost everything else the NHS "
        "buys has gone up in price,",
        LINDQVIST,
        "direct",
        "said",
        "she",
    ),
    # a closing `, which …` relative is outside the span (decision 5)
    p(
        "investors were more worried about the precedent than about lost sales in England",
        VENKATARAMAN,
        "indirect",
        "said",
        "Priya Venkataraman, a healthcare analyst at the investment bank Larchmont Securities "
        "in London",
    ),
    q(
        "We want patients to get the most effective new medicines as quickly as possible, at a "
        "price that is fair to taxpayers.",
        None,
        "direct",
        "said",
        "A Department of Health and Social Care spokesperson",
        country="GB",
        org=DHSC,
    ),
    p(
        "the company and other interested parties had until 14 July to comment on the draft "
        "guidance, and that it would meet again in August",
        NICE_BODY,
        "indirect",
        "said",
        "Nice",
    ),
    p("consider all options", CORVANE_BODY, "partial", "said", "Corvane"),
]

# --- A chip plant's second delay (Nikkei Asia style: `TOKYO --`, an upper-case byline with
# `Nikkei staff writer`, a deck, straight "double quotes", bare surnames, American punctuation)
HOSHIZORA = "Hoshizora Semiconductor"
HOSHIZORA_BODY = {"speaker": HOSHIZORA, "country": "JP"}
METI = "Ministry of Economy, Trade and Industry"
METI_BODY = {"speaker": METI, "country": "JP"}
LUMENTEC = "Lumentec"
LUMENTEC_BODY = {"speaker": LUMENTEC, "country": "NL"}
WORKERS_UNION = "Hoshizora Semiconductor Workers' Union"
WORKERS_UNION_BODY = {"speaker": WORKERS_UNION, "country": "JP"}

KANDA = {"speaker": "Ichiro Kanda", "role": "President", "country": "JP", "org": HOSHIZORA}
SATO = {
    "speaker": "Mariko Sato",
    "role": "semiconductor analyst",
    "country": "JP",
    "org": "Meridian Securities",
}
# `X, who leads the … team at Y in Singapore`: organisation Y, no role (as `who heads`)
CHO = {"speaker": "Daniel Cho", "country": "SG", "org": "Brightline Partners"}
YAMANE = {
    "speaker": "Hiroshi Yamane",
    "role": "chief financial officer",
    "country": "JP",
    "org": "Kaminari Electric",
}
# `a former vice minister at METI`: the acronym spelt out before (decision 2)
MORITA = {"speaker": "Takeshi Morita", "role": "former vice minister", "country": "JP", "org": METI}
FUJITA = {"speaker": "Noboru Fujita", "role": "chairman", "country": "JP", "org": WORKERS_UNION}
IDE = {"speaker": "Satoshi Ide", "role": "Governor", "country": "JP"}
FUJIMOTO = {
    "speaker": "Aiko Fujimoto",
    "role": "head of Japan research",
    "country": "JP",
    "org": "Kestrel Research",
}

CHIP_Q = [
    p(
        "Hoshizora Semiconductor will push back the start of production at its advanced chip "
        "plant in Hokkaido by at least a year",
        HOSHIZORA_BODY,
        "indirect",
        "said",
        "the company",
    ),
    # `said A and that B` without a quote: one statement
    p(
        "construction costs had risen by about 30% since the plan was announced and that orders "
        "from artificial intelligence customers were arriving more slowly than expected",
        HOSHIZORA_BODY,
        "indirect",
        "said",
        "It",
    ),
    p(
        "We judged that it is better to be late and reliable than on time and unstable,",
        KANDA,
        "direct",
        "told",
        "Hoshizora President Ichiro Kanda",
    ),
    p(
        "Our customers have told us the same thing.",
        KANDA,
        "direct",
        "told",
        "Hoshizora President Ichiro Kanda",
    ),
    p(
        "the company had not asked the government for additional money and would cover the "
        "extra costs with bank loans",
        KANDA,
        "indirect",
        "said",
        "Kanda",
    ),
    p(
        "it would examine whether the delay affected the terms of its support",
        METI_BODY,
        "indirect",
        "said",
        "The Ministry of Economy, Trade and Industry (METI)",
    ),
    q(
        "The plan submitted to us assumed production in 2027. We will need to look at the revised "
        "plan carefully,",
        None,
        "direct",
        "said",
        "a spokeswoman for the ministry",
        country="JP",
        org=METI,
    ),
    q(
        "the delay itself was less surprising than its length",
        None,
        "indirect",
        "said",
        "Analysts",
        country="JP",
    ),
    p(
        "Everyone expected a few months' slip. A full year tells you the customer pipeline is "
        "thinner than management suggested,",
        SATO,
        "direct",
        "said",
        "Mariko Sato, a semiconductor analyst with Meridian Securities in Tokyo",
    ),
    p(
        "a chicken-and-egg problem",
        CHO,
        "partial",
        "said",
        "Daniel Cho, who leads the Asia technology team at research firm Brightline Partners in "
        "Singapore",
    ),
    p(
        "Customers will not commit volumes until the plant proves it can make chips reliably, "
        "and the plant cannot prove that without customers,",
        CHO,
        "direct",
        "said",
        "Cho",
    ),
    # `said that the company “…” the decision and saw no need to B`: the partial and B
    p(
        "fully supports",
        YAMANE,
        "partial",
        "said",
        "Kaminari's chief financial officer, Hiroshi Yamane",
    ),
    p(
        "saw no need to change its own investment plans",
        YAMANE,
        "indirect",
        "said",
        "Kaminari's chief financial officer, Hiroshi Yamane",
    ),
    p(
        "its deliveries were on schedule and that it did not expect the delay to affect its annual "
        "guidance",
        LUMENTEC_BODY,
        "indirect",
        "said",
        "Dutch equipment maker Lumentec",
    ),
    p(
        "no real alternative",
        MORITA,
        "partial",
        "said",
        "Takeshi Morita, a former vice minister at METI",
    ),
    p(
        "Walking away now would mean writing off the money already spent and admitting that the "
        "strategy failed. No government wants to do that before an election,",
        MORITA,
        "direct",
        "said",
        "Morita",
    ),
    p(
        "it had been told that no jobs would be cut",
        WORKERS_UNION_BODY,
        "indirect",
        "said",
        "The Hoshizora Semiconductor Workers' Union",
    ),
    p(
        "members were more worried about transfers to other sites",
        FUJITA,
        "indirect",
        "said",
        "Its chairman, Noboru Fujita",
    ),
    p(
        "the prefecture would keep building roads and water supply for the plant as planned",
        IDE,
        "indirect",
        "said",
        "Hokkaido Governor Satoshi Ide",
    ),
    p("Our commitment does not change with the calendar,", IDE, "direct", "told", "Ide"),
    q(
        "at least one U.S. customer asked Hoshizora this spring to delay the start of volume "
        "orders by six months",
        None,
        "indirect",
        "According to",
        "people familiar with the matter",
        country="JP",
    ),
    p(
        "the government was likely to tie any further aid to firm purchase commitments from "
        "customers",
        FUJIMOTO,
        "indirect",
        "wrote",
        "Kestrel Research's head of Japan research, Aiko Fujimoto",
    ),
    p(
        "it would give details of its revised investment plan at its annual shareholders meeting "
        "in June",
        HOSHIZORA_BODY,
        "indirect",
        "said",
        "Hoshizora",
    ),
]

# --- A study of medicine residues in Europe's rivers (a science desk: no dateline, a
# standfirst, `By X`, curly “double quotes”, present-tense `says`, `Dr` once then surnames) ---
CLEARWATER = "Clearwater Alliance"
CLEARWATER_BODY = {"speaker": CLEARWATER, "country": "CH"}
EPIC = "European Pharmaceutical Industry Council"
EPIC_BODY = {"speaker": EPIC, "country": "BE"}
HALVORSEN = "Halvorsen Pharma"
HALVORSEN_BODY = {"speaker": HALVORSEN, "country": "DK"}
ENVIRONMENT_AGENCY = "Environment Agency"
ENVIRONMENT_AGENCY_BODY = {"speaker": ENVIRONMENT_AGENCY, "country": "GB"}
WATER_UK = "Water UK"
WATER_UK_BODY = {"speaker": WATER_UK, "country": "GB"}

KOWALCZYK = {
    "speaker": "Marta Kowalczyk",
    "role": "hydrologist",
    "country": "PL",
    "org": "University of Gdańsk",
}
# `X, who leads the … group at Y in Koblenz, Germany,`: organisation Y, no role
BRANDT = {
    "speaker": "Jonas Brandt",
    "country": "DE",
    "org": "Rhineland Institute for Water Research",
}
RAHMAN = {
    "speaker": "Aisha Rahman",
    "role": "professor of environmental toxicology",
    "country": "GB",
    "org": "University of Birmingham",
}
FAVRE = {"speaker": "Benoît Favre", "role": "director", "country": "CH", "org": CLEARWATER}
# an E.U. agency with a name of its own: no country (as r25d's EFSA)
LUND = {
    "speaker": "Henrik Lund",
    "role": "former head of water policy",
    "org": "European Environment Agency",
}
HOLM = {"speaker": "Peter Holm", "role": "senior scientist", "country": "DK", "org": "Aqualis"}

RIVER_Q = [
    # the headline's `…, study finds`: a study with no author named (an unnamed source)
    q(
        "Medicine residues found in two-thirds of Europe’s rivers",
        None,
        "indirect",
        "finds",
        "study",
    ),
    q(
        "Traces of painkillers, antidepressants and antibiotics are present at two out of every "
        "three river sites sampled across Europe, and at one site in ten the concentrations are "
        "high enough to harm aquatic life",
        None,
        "indirect",
        "according to",
        "a study",
    ),
    p(
        "We expected to find hotspots below the big cities. What surprised us is how far "
        "downstream the compounds travel,",
        KOWALCZYK,
        "direct",
        "says",
        "Kowalczyk",
    ),
    # a closing `, which …` relative is outside the span (decision 5)
    p(
        "the most widespread compound was the painkiller diclofenac",
        KOWALCZYK,
        "indirect",
        "says",
        "She",
    ),
    p(
        "Levels of the antidepressant venlafaxine were highest in rivers that receive water from "
        "small treatment plants serving rural towns",
        KOWALCZYK,
        "indirect",
        "says",
        "she",
    ),
    p(
        "the figures are probably an underestimate",
        BRANDT,
        "indirect",
        "says",
        "Jonas Brandt, who leads the environmental chemistry group at the Rhineland Institute "
        "for Water Research in Koblenz, Germany",
    ),
    p(
        "In a dry autumn you would see higher concentrations, because there is less water to "
        "dilute what comes out of the treatment plants,",
        BRANDT,
        "direct",
        "says",
        "he",
    ),
    q(
        "Europe-wide monitoring of at least 20 compounds and for treatment plants serving more "
        "than 10,000 people to add a further stage of filtering",
        None,
        "indirect",
        "call for",
        "The authors",
    ),
    p(
        "the study is the largest of its kind",
        RAHMAN,
        "indirect",
        "says",
        "Aisha Rahman, a professor of environmental toxicology at the University of Birmingham",
    ),
    p(
        "thresholds for harm set in the laboratory do not always hold in the wild",
        RAHMAN,
        "indirect",
        "cautions",
        "she",
    ),
    p(
        "Sampling one day at each site gives you a snapshot, not a film,",
        RAHMAN,
        "direct",
        "says",
        "Rahman",
    ),
    p(
        "I would like to see the same rivers sampled every month for a year.",
        RAHMAN,
        "direct",
        "says",
        "Rahman",
    ),
    p(
        "decades behind the science",
        CLEARWATER_BODY,
        "partial",
        "says",
        "The Geneva-based group Clearwater Alliance",
    ),
    p(
        "governments should make drug manufacturers pay for the upgrades",
        FAVRE,
        "indirect",
        "says",
        "Its director, Benoît Favre",
    ),
    p(
        "The companies that profit from these medicines are not paying a cent to remove them "
        "from our water,",
        FAVRE,
        "direct",
        "says",
        "he",
    ),
    p(
        "making companies pay would raise the price of medicines and that most residues come "
        "from patients, not from factories",
        EPIC_BODY,
        "indirect",
        "says",
        "The European Pharmaceutical Industry Council",
    ),
    # `says it supports “…” monitoring and has cut B`: the partial and the second conjunct
    p("sensible, science-based", HALVORSEN_BODY, "partial", "says", "Halvorsen Pharma"),
    p(
        "has cut discharges from its own factories by 80% since 2015",
        HALVORSEN_BODY,
        "indirect",
        "says",
        "Halvorsen Pharma",
    ),
    q(
        "it will propose stricter limits for pharmaceuticals in surface water next year, as part "
        "of a review of its water rules",
        None,
        "indirect",
        "says",
        "A spokesperson for the European Commission",
        org="EU",
    ),
    p(
        "it has added six pharmaceuticals to its monitoring programme since 2022",
        ENVIRONMENT_AGENCY_BODY,
        "indirect",
        "says",
        "The Environment Agency",
    ),
    p(
        "the hardest part will be deciding who pays",
        LUND,
        "indirect",
        "says",
        "Henrik Lund, a former head of water policy at the European Environment Agency",
    ),
    p(
        "Everyone agrees the water should be cleaner. Nobody agrees on the bill,",
        LUND,
        "direct",
        "says",
        "he",
    ),
    p(
        "fitting advanced treatment at every large works would cost billions and add to "
        "household bills",
        WATER_UK_BODY,
        "indirect",
        "says",
        "Water UK",
    ),
    # `says A but that B` without a quote: one statement
    p(
        "the study’s method is sound but that its sites may favour rivers already known to be "
        "polluted, because many were chosen from national monitoring networks",
        HOLM,
        "indirect",
        "says",
        "Peter Holm, a senior scientist with the Danish consultancy Aqualis",
    ),
    p(
        "We used the sites we could get permission for. That is a limitation, and we say so in "
        "the paper,",
        KOWALCZYK,
        "direct",
        "says",
        "Kowalczyk",
    ),
    p(
        "the team now wants to test whether the compounds build up in fish that people eat",
        KOWALCZYK,
        "indirect",
        "says",
        "She",
    ),
]

DOCS = [
    ("probe-r26b-breast-cancer-drug-pricing", None, PRICING_Q),
    ("probe-r26b-hokkaido-chip-plant-delay", "TOKYO", CHIP_Q),
    ("probe-r26b-river-pharmaceutical-residues", None, RIVER_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    NICE,
    CORVANE,
    PINK_THREAD,
    UNISON,
    AMM,
    HOSHIZORA,
    METI,
    LUMENTEC,
    WORKERS_UNION,
    CLEARWATER,
    EPIC,
    HALVORSEN,
    ENVIRONMENT_AGENCY,
    WATER_UK,
)


def main():
    write_gold(
        HERE,
        "probes_r26b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r26b",
        source="quotesdb round-26 training probe B (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
