"""Build probes_r22b_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout18,
bench/probes/r21a and the Conventions section of articles/attribution/README.md. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r22b/make_gold.py   # writes probes_r22b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- New Zealand nurses' strike (RNZ / Stuff style, no dateline, ‘single quotes’) -------
NFA = "Nurses’ Federation of Aotearoa"
HNZ = "Health New Zealand"
TAWHIRI = {"speaker": "Huia Tawhiri", "role": "chief executive", "country": "NZ", "org": NFA}
LUSK = {"speaker": "Graham Lusk", "role": "chief people officer", "country": "NZ", "org": HNZ}
DERWENT = {"speaker": "Callum Derwent", "role": "health minister", "country": "NZ"}
PAKENHAM = {"speaker": "Ruth Pakenham", "role": "associate health minister", "country": "NZ"}
WALKER = {
    "speaker": "Mereana Walker",
    "role": "senior nurse",
    "country": "NZ",
    "org": "Christchurch Hospital",
}
KINGI = {
    "speaker": "Aroha Kingi",
    "role": "health spokesperson",
    "country": "NZ",
    "org": "Labour Party",
}

NURSES_Q = [
    q(
        "about 36,000 of its members had joined the eight-hour strike",
        NFA,
        "indirect",
        "said",
        "The Nurses’ Federation of Aotearoa",
        country="NZ",
    ),
    q(
        "life-preserving services",
        NFA,
        "partial",
        "said",
        "The Nurses’ Federation of Aotearoa",
        country="NZ",
    ),
    p(
        "We did not want to be here. Nurses never want to leave their patients,",
        TAWHIRI,
        "direct",
        "told",
        "the federation’s chief executive, Huia Tawhiri",
    ),
    p(
        "But this Government has left us no choice.",
        TAWHIRI,
        "direct",
        "told",
        "the federation’s chief executive, Huia Tawhiri",
    ),
    p(
        "the latest offer, a 1 per cent rise a year over three years, would push more nurses to "
        "leave for Australia",
        TAWHIRI,
        "indirect",
        "said",
        "Tawhiri",
    ),
    p(
        "We have wards in Whangārei and Invercargill running with half the staff they need on a "
        "night shift. That is not safe, and every nurse in this country knows it.",
        TAWHIRI,
        "direct",
        "said",
        "Tawhiri",
    ),
    q("disappointed", HNZ, "partial", "said", "Health New Zealand", country="NZ"),
    q("fair and affordable", HNZ, "partial", "said", "Health New Zealand", country="NZ"),
    p(
        "contingency plans were working well and that no planned surgery had been cancelled at "
        "short notice",
        LUSK,
        "indirect",
        "said",
        "Its chief people officer, Graham Lusk",
    ),
    p(
        "We have been negotiating in good faith for 11 months,",
        LUSK,
        "direct",
        "said",
        "Lusk",
    ),
    p(
        "There is only so much money in the system, and every dollar that goes on pay is a "
        "dollar that doesn’t go on frontline care.",
        LUSK,
        "direct",
        "said",
        "Lusk",
    ),
    q(
        "about 4100 planned procedures had been rescheduled ahead of the strike",
        None,
        "indirect",
        "said",
        "A Health NZ spokesperson",
        country="NZ",
        org=HNZ,
    ),
    p(
        "the Government had told the agency to hold down wages",
        DERWENT,
        "indirect",
        "denied",
        "Health Minister Callum Derwent",
    ),
    p(
        "a pay deal we would have to borrow for",
        DERWENT,
        "partial",
        "said",
        "Health Minister Callum Derwent",
    ),
    p(
        "My door has always been open. It still is, but I am not the negotiator here.",
        DERWENT,
        "direct",
        "told",
        "Derwent",
    ),
    p(
        "the Government had already funded 500 extra training places for nursing students this "
        "year",
        PAKENHAM,
        "indirect",
        "said",
        "His associate minister, Ruth Pakenham",
    ),
    p(
        "I love this job, but I’m exhausted,",
        WALKER,
        "direct",
        "said",
        "Mereana Walker, a senior nurse in the hospital’s emergency department",
    ),
    p(
        "Some nights I have 12 patients. You can’t care for 12 people properly. You just keep "
        "them alive.",
        WALKER,
        "direct",
        "said",
        "Mereana Walker",
    ),
    q(
        "several colleagues had already moved to Queensland and Western Australia in the past year",
        None,
        "indirect",
        "said",
        "Nurses on the picket line",
        country="NZ",
    ),
    p(
        "My daughter keeps asking when I’ll be home for dinner,",
        WALKER,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had thought about leaving too, but that her children were settled at school in the "
        "city",
        WALKER,
        "indirect",
        "said",
        "Walkar",
    ),
    p(
        "entirely of the minister’s own making",
        KINGI,
        "partial",
        "said",
        "The Labour Party’s health spokesperson, Aroha Kingi",
    ),
    p(
        "he should step in before winter",
        KINGI,
        "indirect",
        "said",
        "The Labour Party’s health spokesperson, Aroha Kingi",
    ),
    p(
        "Nurses are not asking for the moon. They are asking to be able to do their jobs safely,",
        KINGI,
        "direct",
        "said",
        "Kingi",
    ),
    q(
        "a further 24-hour strike has been notified for 14 August if no improved offer is made",
        NFA,
        "indirect",
        "according to",
        "the federation",
        country="NZ",
    ),
    p("the next walkout would be longer", TAWHIRI, "indirect", "warned", "Tawhiri"),
    p("We can do this all winter if we have to,", TAWHIRI, "direct", "added", "she"),
]

# --- NTSB interim report on a Montana crash (AP style, straight "double quotes") --------
NTSB = "National Transportation Safety Board"
CASTELLANO = {"speaker": "Miriam Castellano", "role": "chair", "country": "US", "org": NTSB}
OYELARAN = {
    "speaker": "Derek Oyelaran",
    "role": "vice president for operations",
    "country": "US",
    "org": "Cascadia Air",
}
BRASSARD = {
    "speaker": "Sylvie Brassard",
    "role": "chief engineer",
    "country": "CA",
    "org": "Norvell Aerospace",
}
THIBODEAU = {"speaker": "Marc Thibodeau", "role": "chair", "country": "CA"}
JESSUP = {"speaker": "Tamara Jessup", "role": "lawyer", "country": "US"}
KOWALCZYK = {
    "speaker": "Ray Kowalczyk",
    "role": "former investigator",
    "country": "US",
    "org": NTSB,
}

CRASH_Q = [
    q(
        "An ice-detection sensor on the regional jet that crashed in Montana in March had been "
        "reported faulty at least twice in the week before the accident",
        None,
        "indirect",
        "said",
        "federal investigators",
        country="US",
    ),
    q("a little ice", None, "partial", "radioed", "the crew", country="US"),
    p(
        "mechanics had twice signed off on the sensor without replacing it",
        CASTELLANO,
        "indirect",
        "told",
        "National Transportation Safety Board Chair Miriam Castellano",
    ),
    p(
        "That is a finding that should concern every airline in this country,",
        CASTELLANO,
        "direct",
        "said",
        "she",
    ),
    p("very focused", CASTELLANO, "partial", "said", "Castellano"),
    p(
        "We have not made that recommendation today. If we find that this fleet is unsafe, we "
        "will say so, and we will say so quickly.",
        CASTELLANO,
        "direct",
        "said",
        "she",
    ),
    p("stretched thin", CASTELLANO, "partial", "said", "Castellano"),
    p(
        "the cockpit voice recorder showed the captain had tried to turn back toward the airport "
        "about 90 seconds before impact",
        CASTELLANO,
        "indirect",
        "added",
        "Castelano",
    ),
    q(
        "it was cooperating fully with the investigation and had inspected the sensors on all 22 "
        "of its remaining jets of the same model",
        "Cascadia Air",
        "indirect",
        "said",
        "Cascadia Air",
        country="US",
    ),
    q(
        "Safety is, and always has been, our first priority,",
        "Cascadia Air",
        "direct",
        "said",
        "the Seattle-based airline",
        country="US",
    ),
    q(
        "We have already made changes to our maintenance procedures.",
        "Cascadia Air",
        "direct",
        "said",
        "the Seattle-based airline",
        country="US",
    ),
    p(
        "two mechanics had been placed on leave",
        OYELARAN,
        "indirect",
        "told",
        "The airline's vice president for operations, Derek Oyelaran",
    ),
    q(
        "it had issued a service bulletin to operators in April urging them to check the "
        "sensor's wiring",
        "Norvell Aerospace",
        "indirect",
        "said",
        "The jet's maker, Montreal-based Norvell Aerospace",
        country="CA",
    ),
    p(
        "precautionary",
        BRASSARD,
        "partial",
        "said",
        "Its chief engineer, Sylvie Brassard",
    ),
    p(
        "the company had no evidence of a design flaw",
        BRASSARD,
        "indirect",
        "said",
        "Its chief engineer, Sylvie Brassard",
    ),
    p(
        "his agency had joined the inquiry because the aircraft was designed and built in Quebec",
        THIBODEAU,
        "indirect",
        "said",
        "Castellano's Canadian counterpart, Marc Thibodeau",
    ),
    p(
        "They knew this part was broken. They knew, and they let that plane take off anyway,",
        JESSUP,
        "direct",
        "said",
        "Tamara Jessup, a Chicago lawyer who represents the families of 17 passengers",
    ),
    p(
        "the families planned to sue both the airline and the manufacturer in federal court in "
        "Seattle within weeks",
        JESSUP,
        "indirect",
        "said",
        "Jessup",
    ),
    q(
        "the board had kept them waiting far too long for answers",
        None,
        "indirect",
        "said",
        "Some relatives who attended the news conference",
        country="US",
    ),
    p(
        "Nobody should have to read an interim report to learn that their husband's plane had a "
        "known defect,",
        JESSUP,
        "direct",
        "added",
        "she",
    ),
    p(
        "the report was unusually direct for an interim document",
        KOWALCZYK,
        "indirect",
        "said",
        "Ray Kowalczyk, a former NTSB investigator",
    ),
    p(
        "When the board puts maintenance records in an interim report, it's telling you where "
        "this is headed,",
        KOWALCZYK,
        "direct",
        "said",
        "he",
    ),
    p(
        "failures of this kind of sensor have been linked to at least two other incidents "
        "worldwide since 2015, neither of them fatal",
        KOWALCZYK,
        "indirect",
        "according to",
        "Kowalczyk",
    ),
    q(
        "it was reviewing the report and would decide within days whether to order further "
        "inspections",
        "Federal Aviation Administration",
        "indirect",
        "said",
        "The Federal Aviation Administration",
        country="US",
    ),
    p(
        "as soon as we are confident we have it right.",
        CASTELLANO,
        "partial",
        "said",
        "Castellano",
    ),
]

# --- Gulf fund's takeover of a football club (British broadsheet, curly “double quotes”) -
RIA = "Rimal Investment Authority"
TRUST = "Kingsford Albion Supporters’ Trust"
AMNESTY = "Amnesty International"
SUWAIDI = {"speaker": "Hamad Al Suwaidi", "role": "chief executive", "country": "AE", "org": RIA}
ASHDOWN = {
    "speaker": "Roger Ashdown",
    "role": "chairman",
    "country": "GB",
    "org": "Kingsford Albion",
}
HOLLIS = {"speaker": "Gemma Hollis", "role": "chair", "country": "GB", "org": TRUST}
PENHALIGON = {"speaker": "Sarah Penhaligon", "role": "sports minister", "country": "GB"}
EGERTON = {"speaker": "Tom Egerton", "role": "shadow sports minister", "country": "GB"}
MARCHBANK = {"speaker": "Dave Marchbank", "role": "season-ticket holder", "country": "GB"}
PIKE = {"speaker": "Jordan Pike", "country": "GB"}

TAKEOVER_Q = [
    q(
        "honoured",
        RIA,
        "partial",
        "said",
        "The Rimal Investment Authority, the Abu Dhabi state fund that will own 85 per cent of "
        "the club",
        country="AE",
    ),
    q(
        "would invest in a new training ground, the academy and the women’s team",
        RIA,
        "indirect",
        "said",
        "The Rimal Investment Authority, the Abu Dhabi state fund that will own 85 per cent of "
        "the club",
        country="AE",
    ),
    p(
        "This is a long-term commitment to Kingsford, its people and its history,",
        SUWAIDI,
        "direct",
        "said",
        "the fund’s chief executive, Hamad Al Suwaidi",
    ),
    p(
        "We are not here for a quick return.",
        SUWAIDI,
        "direct",
        "said",
        "the fund’s chief executive, Hamad Al Suwaidi",
    ),
    p(
        "the hardest decision of my life",
        ASHDOWN,
        "partial",
        "said",
        "The club’s chairman, Roger Ashdown",
    ),
    p(
        "Albion could no longer compete without fresh money",
        ASHDOWN,
        "indirect",
        "insisted",
        "The club’s chairman, Roger Ashdown",
    ),
    p(
        "I have had people in tears on the phone, and I understand that,",
        ASHDOWN,
        "direct",
        "told",
        "he",
    ),
    p(
        "But loving a club is not the same as being able to pay for it.",
        ASHDOWN,
        "direct",
        "told",
        "he",
    ),
    p("Nobody in my family is getting rich from this,", ASHDOWN, "direct", "added", "he"),
    q(
        "58 per cent had backed the sale",
        TRUST,
        "indirect",
        "said",
        "The Kingsford Albion Supporters’ Trust",
        country="GB",
    ),
    q(
        "judged on what they do, not what they promise",
        TRUST,
        "partial",
        "warned",
        "The Kingsford Albion Supporters’ Trust",
        country="GB",
    ),
    p(
        "We asked the questions nobody else would ask. We got some answers. Not all of them.",
        HOLLIS,
        "direct",
        "said",
        "Its chair, Gemma Hollis",
    ),
    q("sportswashing, plain and simple", AMNESTY, "partial", "said", AMNESTY),
    q(
        "the league’s owners’ and directors’ test took no account of human rights",
        AMNESTY,
        "indirect",
        "said",
        AMNESTY,
    ),
    q(
        "it had written to the league twice without receiving a reply",
        None,
        "indirect",
        "said",
        "A spokesperson for the group",
        org=AMNESTY,
    ),
    q(
        "the fund had met every requirement of the test",
        "Premier League",
        "indirect",
        "said",
        "The Premier League",
        country="GB",
    ),
    q(
        "legally binding assurances",
        "Premier League",
        "partial",
        "said",
        "The Premier League",
        country="GB",
    ),
    q(
        "The league’s board discussed the deal at three separate meetings",
        None,
        "indirect",
        "according to",
        "two people familiar with the review",
        country="GB",
    ),
    p(
        "the government had no power to block the sale",
        PENHALIGON,
        "indirect",
        "told",
        "The sports minister, Sarah Penhaligon",
    ),
    p(
        "keep a very close eye",
        PENHALIGON,
        "partial",
        "told",
        "The sports minister, Sarah Penhaligon",
    ),
    p(
        "asleep at the wheel",
        EGERTON,
        "partial",
        "said",
        "Her Conservative counterpart, the shadow sports minister Tom Egerton",
    ),
    p(
        "it was a matter for the league, not for ministers",
        PENHALIGON,
        "indirect",
        "said",
        "Penhalligon",
    ),
    p(
        "My dad took me to my first game here in 1988. I never thought I’d see it owned by a "
        "foreign government,",
        MARCHBANK,
        "direct",
        "said",
        "Dave Marchbank, 61, a season-ticket holder for 30 years",
    ),
    p("staying up this season", PIKE, "partial", "said", "Another fan, Jordan Pike, 24"),
    p(
        "the previous owners had run the club into the ground",
        PIKE,
        "indirect",
        "adding",
        "Another fan, Jordan Pike, 24",
    ),
    p(
        "the fund would meet the trust before the first home game of the season",
        SUWAIDI,
        "indirect",
        "said",
        "Al Suwaidi",
    ),
    p("We want to listen,", SUWAIDI, "direct", "said", "he"),
    p("Then we want to build.", SUWAIDI, "direct", "said", "he"),
]

DOCS = [
    ("probe-r22b-nurses-strike-health-nz", None, NURSES_Q),
    ("probe-r22b-ntsb-interim-report-montana-crash", "WASHINGTON", CRASH_Q),
    ("probe-r22b-kingsford-albion-gulf-fund-takeover", None, TAKEOVER_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Amnesty International",
    "Cascadia Air",
    "Federal Aviation Administration",
    "Health New Zealand",
    "Kingsford Albion Supporters’ Trust",
    "Norvell Aerospace",
    "Nurses’ Federation of Aotearoa",
    "Premier League",
    "Rimal Investment Authority",
)


def main():
    write_gold(
        HERE,
        "probes_r22b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r22b",
        source="quotesdb round-22 training probes B (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
