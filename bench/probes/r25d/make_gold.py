"""Build probes_r25d_gold.jsonl from the hand annotations below.

Training probe r25d, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r24a and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decisions 8 and 9). Each quote is located by searching its exact
text after the previous quote's end.

    python3 bench/probes/r25d/make_gold.py   # writes probes_r25d_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A German bank's quarterly results and analyst call (FT style: no dateline, a
# standfirst, a byline `X in Frankfurt`, ‘single quotes’, `Mr` / `Ms`, `per cent`) ---------
ELBE = "Elbe Handelsbank"
ELBE_BODY = {"speaker": ELBE, "country": "DE"}
BAFIN = "BaFin"
BAFIN_BODY = {"speaker": BAFIN, "country": "DE"}
DBV = "DBV"
DBV_BODY = {"speaker": DBV, "country": "DE"}
ALBRECHT = {"speaker": "Jens Albrecht", "role": "chief executive", "country": "DE", "org": ELBE}
VOGEL = {
    "speaker": "Katrin Vogel",
    "role": "analyst",
    "country": "DE",
    "org": "Osterfeld Research",
}
KRANZ = {
    "speaker": "Sabine Kranz",
    "role": "chief financial officer",
    "country": "DE",
    "org": ELBE,
}
# `X, who manages a … fund at Y in London`: organisation Y, no role (as `who runs`)
WHITFIELD = {"speaker": "Tom Whitfield", "country": "GB", "org": "Carrow Asset Management"}

BANK_Q = [
    p("an 18 per cent rise in third-quarter profit", ELBE_BODY, "indirect", "reported", ELBE),
    p(
        "Net profit rose to €612mn in the three months to September, ahead of the €575mn that "
        "analysts had expected",
        ELBE_BODY,
        "indirect",
        "said",
        "the bank",
    ),
    p(
        "We are not seeing contagion into the rest of the book,",
        ALBRECHT,
        "direct",
        "told",
        "Jens Albrecht, chief executive",
    ),
    p(
        "This is a concentrated problem, and we are dealing with it in a concentrated way.",
        ALBRECHT,
        "direct",
        "told",
        "Jens Albrecht, chief executive",
    ),
    p(
        "the bank had cut its lending to developers by a fifth since last year and would not "
        "write new loans for office buildings outside Germany’s seven largest cities until at "
        "least 2026",
        ALBRECHT,
        "indirect",
        "said",
        "Mr Albrecht",
    ),
    q(
        "the provisions were larger than they had pencilled in",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "The headline number is fine. The property number is not,",
        VOGEL,
        "direct",
        "said",
        "Katrin Vogel, an analyst at Osterfeld Research in Munich",
    ),
    p(
        "Investors will want to know why it took until the third quarter to book this.",
        VOGEL,
        "direct",
        "said",
        "Katrin Vogel, an analyst at Osterfeld Research in Munich",
    ),
    p(
        "she expected provisions to stay high for at least two more quarters",
        VOGEL,
        "indirect",
        "said",
        "Ms Vogel",
    ),
    p(
        "the bank’s core capital ratio had risen to 15.1 per cent and that it would raise its "
        "dividend to €0.85 a share",
        KRANZ,
        "indirect",
        "said",
        "Sabine Kranz, chief financial officer",
    ),
    p(
        "We have the capital to absorb this and still reward shareholders,",
        KRANZ,
        "direct",
        "said",
        "she",
    ),
    # `Asked whether …` (a reporter's question) is not annotated
    p(
        "I will not give you a number today, but I would be surprised if it were larger.",
        KRANZ,
        "direct",
        "said",
        "Ms Kranz",
    ),
    # the bank's own document speaks for the bank
    p(
        "The bank’s exposure to commercial property stands at €23bn, about 11 per cent of its "
        "loan book",
        ELBE_BODY,
        "indirect",
        "according to",
        "its quarterly report",
    ),
    p(
        "6.4 per cent of those loans were now classed as non-performing, up from 2.9 per cent "
        "a year earlier",
        ELBE_BODY,
        "indirect",
        "said",
        "The report",
    ),
    # a request is a statement (decision 6)
    p(
        "to review how they value property held as collateral",
        BAFIN_BODY,
        "indirect",
        "has asked",
        "Germany’s financial regulator, BaFin",
    ),
    q("routine", None, "partial", "said", "A BaFin spokesperson", country="DE", org=BAFIN),
    q(
        "was not aimed at any single bank",
        None,
        "indirect",
        "said",
        "A BaFin spokesperson",
        country="DE",
        org=BAFIN,
    ),
    # `The city of Hamburg … declined to comment`: a non-answer, not annotated
    p(
        "an overreaction to a problem everyone knew about",
        WHITFIELD,
        "partial",
        "said",
        "Tom Whitfield, who manages a European financials fund at Carrow Asset Management in "
        "London",
    ),
    p(
        "They have been provisioning for offices since last year. What changed this quarter "
        "is that they finally admitted how bad shopping centres are,",
        WHITFIELD,
        "direct",
        "said",
        "he",
    ),
    # a promise is a statement (decision 6)
    p(
        "to cut costs by €300mn by 2026, partly by closing 60 of the bank’s 410 branches",
        ALBRECHT,
        "indirect",
        "has promised",
        "Mr Albrecht",
    ),
    p("ahead of plan", ALBRECHT, "partial", "said", "He"),
    p(
        "about 900 of the 2,100 planned job cuts had already been agreed with staff "
        "representatives",
        ALBRECHT,
        "indirect",
        "said",
        "He",
    ),
    p(
        "it had accepted the cuts only after the bank ruled out compulsory redundancies until "
        "the end of 2027",
        DBV_BODY,
        "indirect",
        "said",
        "The DBV, the union that represents most of the bank’s employees",
    ),
    p("it would oppose any further branch closures", DBV_BODY, "indirect", "said", "The union"),
    p(
        "We were late to this cycle. We will not be late to the next one,",
        ALBRECHT,
        "direct",
        "said",
        "he",
    ),
]

# --- A peer-reviewed bumblebee study with outside experts (science-desk style: no
# dateline, a standfirst, a byline, “curly quotes”, present-tense `says`, `Dr` at first
# mention then the bare surname; British copy) ---------------------------------------------
KESSLER = "Kessler Agrar"
KESSLER_BODY = {"speaker": KESSLER, "country": "DE"}
EFSA = "European Food Safety Authority"
EFSA_BODY = {"speaker": EFSA}
OKONJO = {
    "speaker": "Hannah Okonjo",
    "role": "behavioural ecologist",
    "country": "GB",
    "org": "University of Exeter",
}
FELD = {
    "speaker": "Marcus Feld",
    "role": "pollination biologist",
    "country": "DE",
    "org": "University of Würzburg",
}
RAO = {
    "speaker": "Sunita Rao",
    "role": "toxicologist",
    "country": "GB",
    "org": "Imperial College London",
}
# `X, who keeps 40 hives near Taunton and chairs Y`: organisation Y, no role (decision 9)
PRYOR = {"speaker": "Gareth Pryor", "country": "GB", "org": "Somerset Beekeepers’ Association"}

STUDY_Q = [
    # the headline's `, study finds`: a study with no author named (an unnamed source)
    q(
        "Common crop fungicide leaves bumblebees lost on the way home",
        None,
        "indirect",
        "finds",
        "study",
    ),
    q(
        "Bumblebees exposed to a fungicide sprayed on millions of hectares of farmland take "
        "nearly twice as long to find their way back to the nest",
        None,
        "indirect",
        "according to",
        "a study published on Wednesday in the journal Proceedings of the Royal Society B",
    ),
    p(
        "We went in expecting to find nothing. That was the whole point of picking a fungicide,",
        OKONJO,
        "direct",
        "says",
        "Dr Hannah Okonjo, a behavioural ecologist at the University of Exeter who led the study",
    ),
    p(
        "Instead we found bees that simply could not get home.",
        OKONJO,
        "direct",
        "says",
        "Dr Hannah Okonjo, a behavioural ecologist at the University of Exeter who led the study",
    ),
    p(
        "the team fitted 240 bees with tiny radio tags and released them at set distances from "
        "their colonies",
        OKONJO,
        "indirect",
        "says",
        "Okonjo",
    ),
    q(
        "the fungicide may interfere with the mitochondria in the bees’ flight muscles, "
        "leaving them too tired to make long foraging trips",
        None,
        "indirect",
        "suggest",
        "The authors",
    ),
    # a closing `, who …` relative is outside the span (decision 5)
    q("the results should worry regulators", None, "indirect", "say", "Outside experts"),
    p(
        "This is a well-designed study, and it lands on a real blind spot,",
        FELD,
        "direct",
        "says",
        "Marcus Feld, a pollination biologist at the University of Würzburg in Germany who "
        "was not involved in the research",
    ),
    p(
        "Regulators look at whether a chemical kills bees. Almost nobody looks at whether it "
        "makes them bad at their job.",
        FELD,
        "direct",
        "says",
        "Marcus Feld, a pollination biologist at the University of Würzburg in Germany who "
        "was not involved in the research",
    ),
    # `says A, but he cautions that B`: two statements; B without its `, which …` relative
    p(
        "the doses the team used were in line with residues measured in pollen from sprayed "
        "oilseed rape fields",
        FELD,
        "indirect",
        "says",
        "Feld",
    ),
    p(
        "bees in the wild also feed on untreated flowers",
        FELD,
        "indirect",
        "cautions",
        "he",
    ),
    p(
        "the sample of colonies — 12 treated and 12 untreated — is too small to support firm "
        "conclusions about wild populations",
        RAO,
        "indirect",
        "says",
        "Dr Sunita Rao, a toxicologist at Imperial College London",
    ),
    p(
        "It is an interesting signal. I would not ban anything on the strength of it,",
        RAO,
        "direct",
        "says",
        "she",
    ),
    p(
        "the choice of sugar water as the route of exposure",
        RAO,
        "indirect",
        "questions",
        "Rao",
    ),
    # split content `A, she says, B`: two statements
    p("Bees in the field", RAO, "indirect", "says", "she"),
    p(
        "are more likely to pick up the fungicide from pollen than from nectar",
        RAO,
        "indirect",
        "says",
        "she",
    ),
    p(
        "extensive risk assessments",
        KESSLER_BODY,
        "partial",
        "said",
        "The fungicide’s maker, the German chemicals group Kessler Agrar",
    ),
    p(
        "laboratory results did not necessarily reflect conditions in the field",
        KESSLER_BODY,
        "indirect",
        "said",
        "The fungicide’s maker, the German chemicals group Kessler Agrar",
    ),
    p("it would study the paper closely", KESSLER_BODY, "indirect", "said", "The company"),
    p(
        "take note of all new peer-reviewed evidence",
        EFSA_BODY,
        "partial",
        "said",
        "The European Food Safety Authority",
    ),
    p(
        "members had reported weak colonies near sprayed fields for several summers without "
        "being able to say why",
        PRYOR,
        "indirect",
        "said",
        "Gareth Pryor, who keeps 40 hives near Taunton and chairs the Somerset Beekeepers’ "
        "Association",
    ),
    p(
        "Nobody sprays fungicide thinking about bees. Maybe now they will,",
        PRYOR,
        "direct",
        "said",
        "he",
    ),
    p(
        "her team now plans to repeat the experiment in open fields in Devon next spring, with "
        "colonies placed at different distances from sprayed crops",
        OKONJO,
        "indirect",
        "says",
        "Okonjo",
    ),
    p(
        "If it holds up outside the tent, then we have a problem that nobody has been looking for,",
        OKONJO,
        "direct",
        "says",
        "she",
    ),
]

# --- A short seller's report on a Singapore-listed company (Bloomberg style:
# `SINGAPORE (Bloomberg) --`, a Title Case headline, straight "double quotes", bare surnames
# after the first mention, a reporter's contact line) --------------------------------------
TANJONG = "Tanjong Coldchain Holdings Ltd."
TANJONG_BODY = {"speaker": TANJONG, "country": "SG"}
GREYFIN = "Greyfin Research"
GREYFIN_BODY = {"speaker": GREYFIN, "country": "US"}
MERLION = "Merlion Growth Partners"
MERLION_BODY = {"speaker": MERLION, "country": "SG"}
MARSH = {"speaker": "Daniel Marsh", "role": "founder", "country": "US", "org": GREYFIN}
LIM = {
    "speaker": "Lim Wei Jie",
    "role": "Chief Executive Officer",
    "country": "SG",
    "org": TANJONG,
}
TEO = {"speaker": "Grace Teo", "role": "analyst", "country": "SG", "org": "Harbourline Securities"}
MEHTA = {
    "speaker": "Rohan Mehta",
    "role": "fund manager",
    "country": "HK",
    "org": "Kestrel Capital",
}

SHORT_Q = [
    p(
        "the Singapore-listed warehouse operator had overstated its growth through deals with "
        "companies linked to its own executives",
        GREYFIN_BODY,
        "indirect",
        "said",
        "short seller Greyfin Research",
    ),
    p(
        "Tanjong had booked about S$74 million of revenue since 2022 from three logistics "
        "companies whose directors included relatives of Chief Executive Officer Lim Wei Jie",
        GREYFIN_BODY,
        "indirect",
        "said",
        "the New York-based firm",
    ),
    p("it had taken a short position in the stock", GREYFIN_BODY, "indirect", "said", "Greyfin"),
    p(
        "The growth story is built on a handful of customers that, as far as we can tell, "
        "don't have trucks, staff or warehouses of their own,",
        MARSH,
        "direct",
        "said",
        "Greyfin founder Daniel Marsh",
    ),
    p(
        "Strip them out and this is a company growing at 6% a year, not 40%.",
        MARSH,
        "direct",
        "said",
        "Greyfin founder Daniel Marsh",
    ),
    p(
        "numerous factual errors and misleading conclusions",
        TANJONG_BODY,
        "partial",
        "said",
        "Tanjong",
    ),
    p(
        "all related-party transactions had been disclosed in its annual reports and approved "
        "by shareholders",
        TANJONG_BODY,
        "indirect",
        "said",
        "Tanjong",
    ),
    p(
        "it had appointed an independent accounting firm to review the allegations and would "
        "consider legal action against Greyfin",
        TANJONG_BODY,
        "indirect",
        "said",
        "The company",
    ),
    p(
        "genuine businesses with real trucks and real invoices",
        LIM,
        "partial",
        "said",
        "Lim, 52, who founded the company in 2009 as a single cold store in Jurong",
    ),
    p(
        "he had never held shares in any of them",
        LIM,
        "indirect",
        "said",
        "Lim, 52, who founded the company in 2009 as a single cold store in Jurong",
    ),
    p(
        "We have nothing to hide. Anyone who wants to visit these warehouses is welcome to do so,",
        LIM,
        "direct",
        "said",
        "he",
    ),
    p("I will be there myself to open the doors.", LIM, "direct", "said", "he"),
    # documents held (not written) by the news agency: an unnamed source
    q(
        "Two of the three customers named in the report share a registered address with "
        "Tanjong's own headquarters in Tuas",
        None,
        "indirect",
        "according to",
        "corporate filings reviewed by Bloomberg News",
        country="SG",
    ),
    q(
        "The Monetary Authority of Singapore is looking into the matter",
        None,
        "indirect",
        "according to",
        "a person familiar with the situation",
        country="SG",
    ),
    # `A spokesperson for the regulator declined to comment`: a non-answer, not annotated
    p(
        "a disclosure issue, not a fraud issue",
        TEO,
        "partial",
        "said",
        "Harbourline Securities analyst Grace Teo",
    ),
    p(
        "the company needed to explain why the customers' addresses matched its own",
        TEO,
        "indirect",
        "said",
        "Harbourline Securities analyst Grace Teo",
    ),
    p(
        "If management can show the trucks and the staff, this goes away quickly. If it "
        "can't, the stock has further to fall,",
        TEO,
        "direct",
        "wrote",
        "Teo",
    ),
    p(
        "he had sold his fund's entire holding on Tuesday morning",
        MEHTA,
        "indirect",
        "said",
        "Rohan Mehta, a fund manager at Kestrel Capital in Hong Kong",
    ),
    p(
        "Even if every invoice is real, the governance is not what we were told it was,",
        MEHTA,
        "direct",
        "said",
        "he",
    ),
    p(
        "the firm had sent its findings to the Singapore regulator before publishing",
        MARSH,
        "indirect",
        "said",
        "Marsh",
    ),
    p("We'd welcome an investigation,", MARSH, "direct", "said", "he"),
    p("We think the numbers speak for themselves.", MARSH, "direct", "said", "he"),
    p(
        "monitoring developments closely",
        MERLION_BODY,
        "partial",
        "said",
        "The company's largest shareholder after Lim, the state-linked investor Merlion "
        "Growth Partners",
    ),
    p(
        "had asked Tanjong's board for a briefing",
        MERLION_BODY,
        "indirect",
        "said",
        "The company's largest shareholder after Lim, the state-linked investor Merlion "
        "Growth Partners",
    ),
    p(
        "trading in its shares would resume on Thursday",
        TANJONG_BODY,
        "indirect",
        "said",
        "Tanjong",
    ),
    p(
        "it would publish a point-by-point response to the report within two weeks",
        TANJONG_BODY,
        "indirect",
        "also said",
        "The company",
    ),
]

DOCS = [
    ("probe-r25d-hamburg-bank-property-provisions", None, BANK_Q),
    ("probe-r25d-fungicide-bumblebee-homing-study", None, STUDY_Q),
    ("probe-r25d-singapore-coldchain-short-seller", "SINGAPORE", SHORT_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (ELBE, BAFIN, DBV, KESSLER, EFSA, TANJONG, GREYFIN, MERLION)


def main():
    write_gold(
        HERE,
        "probes_r25d_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r25d",
        source="quotesdb round-25 training probe D (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
