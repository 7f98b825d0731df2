"""Build heldout24_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the conventions of articles/attribution/README.md (annotation conventions,
decisions 1-10; see bench/heldout24/README.md). Each quote is located by searching its
exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout24/make_gold.py   # writes bench/heldout24/heldout24_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Ghana: cocoa farmers reject the farmgate price (GNA style, `Accra, Nov 24, GNA -`,
# straight "double quotes", `Mr` / `Madam` / `Dr` at every mention, a `GNA` sign-off) --
COFAG = "Cocoa Farmers' Alliance of Ghana"
LCBA = "Licensed Cocoa Buyers Association of Ghana"
MOFA = "Ministry of Food and Agriculture"
ADJEI = {
    "speaker": "Samuel Nortey Adjei",
    "role": "Minister of Food and Agriculture",
    "country": "GH",
}
DARKO = {"speaker": "Yaw Darko-Boateng", "role": "National Chairman", "country": "GH", "org": COFAG}
COFAG_BODY = {"speaker": COFAG, "country": "GH"}
LCBA_BODY = {"speaker": LCBA, "country": "GH"}
BOAKYE = {"speaker": "Abena Serwaa Boakye", "role": "cocoa farmer", "country": "GH"}
QUARTEY = {
    "speaker": "Efua Quartey-Mensah",
    "role": "senior lecturer",
    "country": "GH",
    "org": "University of Cape Coast",
}
ANTWI = {"speaker": "Kofi Antwi-Agyei", "role": "Executive Secretary", "country": "GH", "org": LCBA}
OSEI = {"speaker": "Gifty Osei-Bonsu", "role": "spokesperson", "country": "GH", "org": MOFA}

COCOA_Q = [
    q(
        "an insult to the people who carry the economy on their heads.",
        None,
        "partial",
        "describing",
        "Cocoa farmers' groups",
        country="GH",
    ),
    p(
        "the new price represented 70 per cent of the net free-on-board value of the crop",
        ADJEI,
        "indirect",
        "told journalists",
        "Mr Adjei",
    ),
    p(
        "the highest share any government has paid in two decades.",
        ADJEI,
        "partial",
        "told journalists",
        "Mr Adjei",
    ),
    p(
        "We have listened to the farmers. We have also listened to the markets, and the markets "
        "are telling us to be careful,",
        ADJEI,
        "direct",
        "said",
        "he",
    ),
    p(
        "the price fell far short of what smuggling syndicates were paying across the border in "
        "Côte d'Ivoire",
        COFAG_BODY,
        "indirect",
        "said",
        "the Cocoa Farmers' Alliance of Ghana (COFAG), which claims some 180,000 members across "
        "six regions",
    ),
    p(
        "consider every lawful option, including holding back our beans,",
        COFAG_BODY,
        "partial",
        "said",
        "The Alliance",
    ),
    p(
        "A farmer in Sefwi can walk two hours and sell his bag for almost double. Nobody should "
        "be surprised when he does it.",
        DARKO,
        "direct",
        "Speaking to",
        "Mr Darko-Boateng",
    ),
    p("the Alliance did not support smuggling", DARKO, "indirect", "said", "He"),
    p("with prayers.", DARKO, "partial", "warned", "He"),
    p("the Ministry's door remained open to the farmers", ADJEI, "indirect", "said", "Mr Adjei"),
    p(
        "the Government had also approved a GH¢400 million fund for fertiliser and mass spraying",
        ADJEI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "The price is one part of the package. If you look only at the price, you will miss the "
        "fertiliser, the spraying, the new roads,",
        ADJEI,
        "direct",
        "said",
        "the Minister",
    ),
    p("held to ransom", ADJEI, "partial", "cautioned", "He"),
    p(
        "her farm had lost nearly half its trees to the swollen shoot virus in the past three years",
        BOAKYE,
        "indirect",
        "told the GNA",
        "Madam Abena Serwaa Boakye, a 58-year-old cocoa farmer at Asankragwa in the Western Region",
    ),
    p(
        "They cut my trees and promised compensation. I am still waiting,",
        BOAKYE,
        "direct",
        "said",
        "she",
    ),
    p(
        "Now they give us a small increase and call it a gift. My children do not want to farm. "
        "Can you blame them?",
        BOAKYE,
        "direct",
        "said",
        "she",
    ),
    q(
        "they had not received fertiliser from the Government in two seasons and had been buying "
        "it on the open market at high cost",
        None,
        "indirect",
        "said",
        "Some farmers at Asankragwa",
        country="GH",
    ),
    p(
        "the Government was caught between falling world prices and a weak cedi",
        QUARTEY,
        "indirect",
        "said",
        "Dr Efua Quartey-Mensah, a senior lecturer at the Institute of Agrarian Studies at the "
        "University of Cape Coast",
    ),
    p(
        "the country's forward sales for the new season had been made when prices were lower, "
        "leaving the Government little room to pay more",
        QUARTEY,
        "indirect",
        "explained",
        "She",
    ),
    p(
        "The arithmetic is hard. But the Government has not explained the arithmetic to the "
        "farmer, and that is where the trust has broken down,",
        QUARTEY,
        "direct",
        "said",
        "Dr Quartey-Mensah",
    ),
    p(
        "a review clause tied to world prices, announced at the start of each quarter, would go "
        "a long way to calm tempers",
        QUARTEY,
        "indirect",
        "According to",
        "her",
    ),
    p(
        "its members were ready to begin purchases on Monday",
        LCBA_BODY,
        "indirect",
        "said",
        "The Licensed Cocoa Buyers Association of Ghana",
    ),
    p(
        "unlicensed middlemen who will disappear with your money.",
        LCBA_BODY,
        "partial",
        "urged",
        "The Licensed Cocoa Buyers Association of Ghana",
    ),
    p(
        "the Association had written to the Ministry asking for the early release of funds to "
        "buying companies",
        ANTWI,
        "indirect",
        "said",
        "Its Executive Secretary, Mr Kofi Antwi-Agyei",
    ),
    p("IOUs", ANTWI, "partial", "said", "Mr Antwi-Agyei"),
    p("shameful and avoidable.", ANTWI, "partial", "described", "he"),
    q(
        "a review of the price was not on the table before the mid-crop season",
        None,
        "indirect",
        "said",
        "Officials at the Ministry",
        country="GH",
        org=MOFA,
    ),
    p(
        "the Alliance would go ahead with regional consultations from next week",
        DARKO,
        "indirect",
        "insisted",
        "Mr Darko-Boateng",
    ),
    p(
        "We are not politicians. We are farmers. But farmers can count,",
        DARKO,
        "direct",
        "said",
        "he",
    ),
    p(
        "The Minister is expected to meet leaders of the farmers' groups in Kumasi next Thursday",
        OSEI,
        "indirect",
        "said",
        "a Ministry spokesperson, Madam Gifty Osei-Bonsu",
    ),
    p(
        "with an open mind and a closed wallet.",
        DARKO,
        "partial",
        "told the GNA",
        "Mr Darko-Boatang",
    ),
]

# --- Vienna: a conductor quits his orchestra (Guardian style, no dateline, curly quotes,
# surnames alone after the first mention, punctuation outside a closing partial) --
WSK = "Wiener Stadtkapelle"
KCA = "Kansai Classical Arts"
HOLL = {
    "speaker": "Matthias Hollerbach",
    "role": "principal conductor",
    "country": "AT",
    "org": WSK,
}
PFIST = {"speaker": "Renate Pfisterer", "role": "managing director", "country": "AT", "org": WSK}
MANN = {"speaker": "Elisabeth Manninger", "role": "city councillor for culture", "country": "AT"}
STRASSL = {"speaker": "Florian Strassl", "role": "culture spokesman", "country": "AT"}
KCA_BODY = {"speaker": KCA, "country": "JP"}

CONDUCTOR_Q = [
    p("a culture of fear", HOLL, "partial", "citing", "Conductor"),
    p(
        "a culture of fear and silence",
        HOLL,
        "partial",
        "accusing",
        "The principal conductor of one of Vienna’s best-known orchestras",
    ),
    p(
        "I can no longer stand in front of these musicians and pretend that all is well,",
        HOLL,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "Too many of them have come to me in tears, and too many of them have asked me not to "
        "say a word.",
        HOLL,
        "direct",
        "wrote",
        "he",
    ),
    q("regrets", None, "partial", "said in a statement", "The orchestra’s board", country="AT"),
    q(
        "investigated fully and in good faith",
        None,
        "partial",
        "saying",
        "The orchestra’s board",
        country="AT",
    ),
    p(
        "Hollerbach had never brought a formal complaint to her office",
        PFIST,
        "indirect",
        "said",
        "she",
    ),
    p("If he had, I would have acted the same day,", PFIST, "direct", "said", "she"),
    p(
        "To leave like this, by letter, at night, is not the behaviour of a leader. It is the "
        "behaviour of someone who wants a headline.",
        PFIST,
        "direct",
        "said",
        "she",
    ),
    p(
        "the Japan tour would go ahead with a guest conductor",
        PFIST,
        "indirect",
        "said",
        "Pfisterer, who took over the running of the orchestra in 2022 after a career in arts "
        "administration in Munich and Zurich",
    ),
    q(
        "following the situation closely",
        None,
        "partial",
        "said",
        "A ministry spokesman",
        role="spokesman",
        country="AT",
        org="foreign ministry",
    ),
    q(
        "had been assured that the concerts would take place",
        None,
        "indirect",
        "said",
        "A ministry spokesman",
        role="spokesman",
        country="AT",
        org="foreign ministry",
    ),
    q(
        "rehearsal time has been reduced and that freelance musicians are increasingly used to "
        "fill vacant seats",
        None,
        "indirect",
        "say",
        "Players",
        country="AT",
    ),
    q(
        "simply not possible",
        None,
        "partial",
        "described",
        "Several players, who spoke on condition of anonymity because their contracts forbid "
        "them from speaking to the press",
        country="AT",
    ),
    q(
        "You learn very quickly which questions you are allowed to ask. The answer to every "
        "other question is a look.",
        None,
        "direct",
        "said",
        "One violinist",
        role="violinist",
        country="AT",
    ),
    q(
        "the problems predated Pfisterer’s arrival",
        None,
        "indirect",
        "said",
        "Another, a wind player who has been with the ensemble for more than 20 years",
        role="wind player",
        country="AT",
    ),
    q(
        "become much worse",
        None,
        "partial",
        "said",
        "Another, a wind player who has been with the ensemble for more than 20 years",
        role="wind player",
        country="AT",
    ),
    q(
        "it would hold an extraordinary meeting on Monday",
        None,
        "indirect",
        "said",
        "The players’ council, which represents the orchestra’s 94 permanent musicians",
        country="AT",
    ),
    q(
        "humiliating a young oboist during a rehearsal of Bruckner’s Seventh Symphony",
        None,
        "indirect",
        "accused",
        "a former assistant",
        role="assistant",
        country="AT",
    ),
    q(
        "learned from it, as anyone should",
        None,
        "partial",
        "said",
        "a spokesperson for the conductor",
        role="spokesperson",
        country="AT",
    ),
    q(
        "nothing to do with",
        None,
        "partial",
        "said",
        "a spokesperson for the conductor",
        role="spokesperson",
        country="AT",
    ),
    q(
        "Matthias has always said that the orchestra belongs to the players. That is why he has "
        "spoken for them now, when they cannot speak for themselves.",
        None,
        "direct",
        "added",
        "The spokesperson",
        role="spokesperson",
        country="AT",
    ),
    p(
        "deeply concerned",
        MANN,
        "partial",
        "said",
        "Vienna’s city councillor for culture, Elisabeth Manninger",
    ),
    p(
        "had asked the board for a full report",
        MANN,
        "indirect",
        "said",
        "Vienna’s city councillor for culture, Elisabeth Manninger",
    ),
    p(
        "public money came with public responsibility",
        MANN,
        "indirect",
        "told reporters",
        "She",
    ),
    p("We do not fund silence,", MANN, "direct", "said", "Manninger"),
    p("We fund music.", MANN, "direct", "said", "Manninger"),
    q(
        "an independent review",
        None,
        "indirect",
        "called for",
        "The opposition in the city council",
        country="AT",
    ),
    p(
        "the board could not investigate itself",
        STRASSL,
        "indirect",
        "said",
        "Its culture spokesman, Florian Strassl",
    ),
    p(
        "This is a board that has known about these complaints for years,",
        STRASSL,
        "direct",
        "said",
        "Strassl",
    ),
    p(
        "Now it tells us that everything was looked at in good faith. Good faith is not an "
        "inquiry.",
        STRASSL,
        "direct",
        "said",
        "Strassl",
    ),
    p(
        "it was in contact with the orchestra and that refunds would be offered if the programme "
        "changed substantially",
        KCA_BODY,
        "indirect",
        "said in a statement",
        "The Japanese promoter, Kansai Classical Arts",
    ),
    p("always be in the hall, if not on the podium", HOLL, "partial", "told", "he"),
]

# --- Svalbard: a research station fire (BBC News style, no dateline, straight "double
# quotes", `told BBC News`, `Prof` / `Dr` / `Mr` at later mentions) --
NICR = "Norwegian Institute for Cryosphere Research"
NORDLYS = "Nordlys Polar Station"
AF = "Arctic Future"
GOV_OFFICE = "governor's office"
SOL = {"speaker": "Ingrid Solheim-Lund", "role": "director", "country": "NO", "org": NORDLYS}
HAUG = {"speaker": "Lars Haugvik", "role": "police spokesman", "country": "NO"}
NICR_BODY = {"speaker": NICR, "country": "NO"}
AAS = {"speaker": "Henrik Aasland", "role": "chief executive", "country": "NO", "org": NICR}
WHIT = {
    "speaker": "Claire Whitford",
    "role": "glaciologist",
    "country": "GB",
    "org": "University of Edinburgh",
}
AF_BODY = {"speaker": AF, "country": "NO"}
TANGEN = {"speaker": "Sigrid Tangen", "role": "leader", "country": "NO", "org": AF}

SVALBARD_Q = [
    q("recorded more than forty years of climate history", None, "indirect", "say", "scientists"),
    q(
        "No-one was hurt in the blaze",
        None,
        "indirect",
        "said",
        "the Governor of Svalbard",
        role="Governor",
        country="NO",
    ),
    q(
        "All of them were accounted for within minutes",
        None,
        "indirect",
        "according to",
        "the governor's office",
        country="NO",
        org=GOV_OFFICE,
    ),
    p(
        "a catastrophe for science, not only for Norway",
        SOL,
        "partial",
        "told BBC News",
        "The station's director, Professor Ingrid Solheim-Lund",
    ),
    p(
        "Some of these cores came from glaciers that no longer exist. You cannot go back and "
        "drill them again,",
        SOL,
        "direct",
        "said",
        "she",
    ),
    p("We have lost the archive, and the archive was the point.", SOL, "direct", "said", "she"),
    p(
        "some of the data had been digitised, but that the physical samples could never be "
        "replaced",
        SOL,
        "indirect",
        "said",
        "Prof Solheim-Lund",
    ),
    q(
        "the cause of the fire was not yet known",
        None,
        "indirect",
        "said",
        "Police in Longyearbyen",
        country="NO",
    ),
    p("one of several possibilities", HAUG, "partial", "said", "A police spokesman, Lars Haugvik"),
    p(
        "there was no sign so far of anything suspicious",
        HAUG,
        "indirect",
        "said",
        "A police spokesman, Lars Haugvik",
    ),
    p(
        "We are at an early stage. It is a remote site and the weather has not made it easy,",
        HAUG,
        "direct",
        "said",
        "Mr Haugvik",
    ),
    q(
        "had pushed the flames towards a second building",
        None,
        "indirect",
        "said",
        "fire crews",
        country="NO",
    ),
    p("rebuild what can be rebuilt", NICR_BODY, "partial", "said", "the institute"),
    p(
        "it had begun contacting partner laboratories abroad that hold copies of some of the "
        "samples",
        NICR_BODY,
        "indirect",
        "said",
        "the institute",
    ),
    p("not fit for purpose", AAS, "partial", "said", "Its chief executive, Henrik Aasland"),
    p(
        "had asked for funding to move the cores to a new facility in Tromsø",
        AAS,
        "indirect",
        "said",
        "Its chief executive, Henrik Aasland",
    ),
    p("the request had been turned down", AAS, "indirect", "told", "He"),
    q(
        "the loss would be felt well beyond Norway",
        None,
        "indirect",
        "said",
        "Scientists in other countries",
    ),
    p(
        "the Svalbard cores were among the few records of how Arctic glaciers had responded to "
        "warming since the 1970s",
        WHIT,
        "indirect",
        "said",
        "Dr Claire Whitford, a glaciologist at the University of Edinburgh who has worked at the "
        "station",
    ),
    p(
        "When you look at what is happening to the ice now, you need a baseline. A lot of that "
        "baseline was in that building,",
        WHIT,
        "direct",
        "said",
        "she",
    ),
    p("perhaps a fifth", WHIT, "partial", "said", "She"),
    p(
        "researchers would spend the coming weeks working out exactly what survived",
        WHIT,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the first task was to make sure staff were looked after",
        SOL,
        "indirect",
        "said",
        "Her colleague at the station, Prof Solheim-Lund",
    ),
    p(
        "People here have given their careers to this work. Some of them watched it burn,",
        SOL,
        "direct",
        "said",
        "she",
    ),
    p("We will count what is lost. But not this week.", SOL, "direct", "said", "she"),
    p(
        "gambled with irreplaceable science to save the price of a warehouse",
        AF_BODY,
        "partial",
        "said",
        "The group Arctic Future",
    ),
    p(
        "an independent review of how research samples are stored across the country",
        TANGEN,
        "indirect",
        "called for",
        "Its leader, Sigrid Tangen",
    ),
    p("raised the alarm in every way we could", AAS, "partial", "said", "Mr Aasland"),
    q(
        "investigators from the mainland were expected to reach Ny-Ålesund by Wednesday, weather "
        "permitting",
        None,
        "indirect",
        "said",
        "The governor's office",
        country="NO",
        org=GOV_OFFICE,
    ),
    q(
        "it would hold talks with the institute this week about emergency funding",
        None,
        "indirect",
        "said",
        "Norway's government",
        country="NO",
    ),
    p(
        "its website would list which collections had been lost as soon as the inventory was "
        "complete",
        NICR_BODY,
        "indirect",
        "said",
        "The NICR",
    ),
]

# --- Alabama: the Senate passes a sports-betting bill (statehouse-bureau style,
# `MONTGOMERY —` with no state, straight "double quotes", party-and-town tags `R-Dothan`,
# surnames alone after the first mention) --
ACAP = "Alabama Citizens Action Program"
SBA = "Sports Betting Alliance"
POARCH = "Poarch Band of Creek Indians"
PICKENS = {"speaker": "Darla Pickens", "role": "senator", "country": "US"}
HASKINS = {"speaker": "Walter Haskins", "role": "senator", "country": "US"}
TUBBS = {"speaker": "Rodney Tubbs", "role": "Senate Minority Leader", "country": "US"}
MARABLE = {"speaker": "Keisha Marable", "role": "senator", "country": "US"}
CRANE = {"speaker": "Lydia Crane", "role": "Governor", "country": "US"}
OAKES = {"speaker": "Travis Oakes", "role": "spokesman", "country": "US"}
RUFFIN = {"speaker": "Dale Ruffin", "role": "Speaker", "country": "US"}
ACAP_BODY = {"speaker": ACAP, "country": "US"}
WHITT = {"speaker": "Carl Whitt", "role": "executive director", "country": "US", "org": ACAP}
SBA_BODY = {"speaker": SBA, "country": "US"}
POARCH_BODY = {"speaker": POARCH, "country": "US"}

BETTING_Q = [
    p("the votes are not yet there", PICKENS, "indirect", "concedes", "its sponsor"),
    p(
        "Alabamians are tired of watching their money drive across the state line.",
        PICKENS,
        "partial",
        "said",
        "The bill's sponsor, Sen. Darla Pickens, R-Dothan",
    ),
    p(
        "People are betting on games right now, tonight, on their phones. The only question is "
        "whether Alabama gets a dime of it,",
        PICKENS,
        "direct",
        "told reporters",
        "Pickens",
    ),
    p(
        "the tax would raise about $180 million a year, most of it set aside for a new "
        "scholarship program and for mental health services",
        PICKENS,
        "indirect",
        "said",
        "Pickens",
    ),
    p(
        "every teenager's phone into a casino.",
        HASKINS,
        "partial",
        "said",
        "Sen. Walter Haskins, R-Cullman, who led the filibuster",
    ),
    p("a constituent had given him", HASKINS, "indirect", "said", "he"),
    p(
        "This is what the revenue looks like from the kitchen table,",
        HASKINS,
        "direct",
        "said",
        "he",
    ),
    p("It looks like this.", HASKINS, "direct", "said", "he"),
    p("he had not given up", HASKINS, "indirect", "said", "He"),
    p("The House is a different animal,", HASKINS, "direct", "said", "Haskins"),
    p(
        "I know a lot of people over there who go to church on Sunday.",
        HASKINS,
        "direct",
        "said",
        "Haskins",
    ),
    p(
        "it included protections his caucus had sought, among them a ban on betting on college "
        "games involving Alabama schools",
        TUBBS,
        "indirect",
        "saying",
        "Senate Minority Leader Rodney Tubbs, D-Selma",
    ),
    p(
        "she could not support a measure",
        MARABLE,
        "indirect",
        "said",
        "Sen. Keisha Marable, D-Birmingham",
    ),
    p(
        "disproportionately from the poorest people in this state.",
        MARABLE,
        "partial",
        "said",
        "she",
    ),
    p(
        "she would sign a gaming bill if it reached her desk",
        CRANE,
        "indirect",
        "has said",
        "Gov. Lydia Crane",
    ),
    p(
        "appreciates the Senate's work",
        OAKES,
        "partial",
        "said in an email",
        "Her spokesman, Travis Oakes",
    ),
    p(
        "let the House do its job.",
        OAKES,
        "partial",
        "said in an email",
        "Her spokesman, Travis Oakes",
    ),
    p(
        "any gaming legislation would need the support of a majority of the Republican caucus "
        "before it reaches the floor",
        RUFFIN,
        "indirect",
        "has said",
        "Speaker Dale Ruffin, R-Jasper",
    ),
    q(
        "the caucus would discuss the bill next week",
        None,
        "indirect",
        "said",
        "A spokeswoman for Ruffin",
        role="spokeswoman",
        country="US",
    ),
    q(
        "the bill was at least 10 votes short",
        None,
        "indirect",
        "said",
        "Two House members who asked not to be named because the caucus had not met",
        country="US",
    ),
    p("the math was difficult", PICKENS, "indirect", "acknowledged", "Pickens"),
    p("every single member who will take my call", PICKENS, "partial", "said", "She"),
    p("she was open to changes", PICKENS, "indirect", "said", "She"),
    p("I'm not in love with every line of this bill,", PICKENS, "direct", "said", "she"),
    p("I'm in love with getting it done.", PICKENS, "direct", "said", "she"),
    p(
        "traded the state's conscience for a tax rate.",
        ACAP_BODY,
        "partial",
        "said in a statement",
        "The Alabama Citizens Action Program, a faith-based group that has opposed gambling for "
        "decades",
    ),
    p(
        "it would urge its members to call their representatives",
        WHITT,
        "indirect",
        "said",
        "The group's executive director, the Rev. Carl Whitt",
    ),
    p(
        "workable,",
        SBA_BODY,
        "partial",
        "said",
        "The Sports Betting Alliance, which represents several large online operators",
    ),
    p("it would prefer a lower one", SBA_BODY, "indirect", "said", "it"),
    p(
        "it was reviewing the bill",
        POARCH_BODY,
        "indirect",
        "said",
        "The Poarch Band of Creek Indians, which operates three casinos in the state",
    ),
    q(
        "always been willing to be part of a fair solution.",
        None,
        "partial",
        "said",
        "A tribal spokesman",
        role="spokesman",
        country="US",
        org=POARCH,
    ),
    p("He's wrong,", PICKENS, "direct", "said", "Pickens"),
    p("but he's honest. I'll take that.", PICKENS, "direct", "said", "Pickens"),
]

# --- Chennai: a cheating probe into a teenager's win (AFP style, `Chennai (AFP) -`,
# straight "double quotes", `told AFP`, punctuation inside a closing partial) --
FIDE = "FIDE"
TNCF = "Tamil Nadu Chess Foundation"
AICF = "All India Chess Federation"
KNSB = "Royal Dutch Chess Federation"
ARJUN = {"speaker": "Arjun Venkataraman", "role": "grandmaster", "country": "IN"}
VANR = {"speaker": "Pieter van Rijswijk", "role": "grandmaster", "country": "NL"}
FIDE_BODY = {"speaker": FIDE}
TNCF_BODY = {"speaker": TNCF, "country": "IN"}
SARAV = {"speaker": "R. Saravanan", "role": "secretary", "country": "IN", "org": TNCF}
RAJ = {"speaker": "Kavitha Rajendran", "role": "sports minister", "country": "IN"}
AICF_BODY = {"speaker": AICF, "country": "IN"}
MOROZ = {
    "speaker": "Yelena Morozova",
    "role": "former world championship challenger",
    "country": "RS",
}
FATHER = {"speaker": "S. Venkataraman", "role": "father", "country": "IN"}
KNSB_BODY = {"speaker": KNSB, "country": "NL"}

CHESS_Q = [
    p(
        "it had opened an investigation into a 16-year-old Indian grandmaster's victory at a "
        "major tournament in Chennai",
        FIDE_BODY,
        "indirect",
        "said",
        "World chess body FIDE",
    ),
    p(
        "receiving computer help during the game",
        VANR,
        "indirect",
        "accused",
        "his defeated opponent",
    ),
    p("I have never cheated and I never will,", ARJUN, "direct", "told AFP", "the teenager"),
    p(
        "I am ready to play anyone, anywhere, with any checks they want.",
        ARJUN,
        "direct",
        "told AFP",
        "the teenager",
    ),
    p(
        "inhuman in the worst sense.",
        VANR,
        "partial",
        "posted",
        "Dutch grandmaster Pieter van Rijswijk, 34",
    ),
    p("of a crime,", VANR, "partial", "said", "he"),
    p("something was wrong.", VANR, "partial", "said", "he"),
    p(
        "I have played chess for 25 years. I know what a strong human move looks like,",
        VANR,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "In this game, there were no human moves. There were only perfect ones.",
        VANR,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "in line with established procedures,",
        FIDE_BODY,
        "partial",
        "said in its statement",
        "FIDE",
    ),
    p("does not imply any presumption of guilt.", FIDE_BODY, "partial", "stressed", "It"),
    p(
        "players had been screened with metal detectors before every round and that broadcasts "
        "of the games had been delayed by 15 minutes",
        TNCF_BODY,
        "indirect",
        "said",
        "The tournament's organisers, the Tamil Nadu Chess Foundation",
    ),
    p(
        "We followed every rule FIDE gave us, and some of our own,",
        SARAV,
        "direct",
        "said",
        "the foundation's secretary, R. Saravanan",
    ),
    p(
        "We welcome the investigation. It will clear the boy's name.",
        SARAV,
        "direct",
        "said",
        "the foundation's secretary, R. Saravanan",
    ),
    p(
        "the foundation had handed over all video footage from the playing hall to investigators",
        SARAV,
        "indirect",
        "said",
        "Saravanan",
    ),
    p("fully behind", RAJ, "partial", "said on X", "India's sports minister, Kavitha Rajendran"),
    p(
        "certain people abroad",
        RAJ,
        "partial",
        "accused",
        "India's sports minister, Kavitha Rajendran",
    ),
    p(
        "that an Indian boy can beat them fair and square.",
        RAJ,
        "partial",
        "accused",
        "India's sports minister, Kavitha Rajendran",
    ),
    p(
        "baseless and irresponsible",
        AICF_BODY,
        "partial",
        "called",
        "The All India Chess Federation",
    ),
    p(
        "it would support the player in any proceedings",
        AICF_BODY,
        "indirect",
        "said",
        "The All India Chess Federation",
    ),
    p(
        "destroy a child on the strength of a feeling.",
        MOROZ,
        "partial",
        "said",
        "Former world championship challenger Yelena Morozova, who now commentates on top events",
    ),
    p(
        "If there is evidence, show it. If there is not, then Pieter must apologise,",
        MOROZ,
        "direct",
        "told AFP",
        "Morozova",
    ),
    p(
        "Both things can be true: cheating is a real problem, and this may not be an example of "
        "it.",
        MOROZ,
        "direct",
        "told AFP",
        "Morozova",
    ),
    q(
        "the case highlighted how difficult it had become to police the game at the top level",
        None,
        "indirect",
        "said",
        "Others",
        country="IN",
    ),
    q(
        "several players had privately shared van Rijswijk's doubts",
        None,
        "indirect",
        "said",
        "A grandmaster who played in the Chennai event and asked not to be named",
        role="grandmaster",
        country="IN",
    ),
    q(
        "nobody wanted to say it out loud, because of what happens to you when you do.",
        None,
        "partial",
        "said",
        "A grandmaster who played in the Chennai event and asked not to be named",
        role="grandmaster",
        country="IN",
    ),
    p(
        "the family had received hundreds of messages of support, but also threats",
        FATHER,
        "indirect",
        "said",
        "The player's father, S. Venkataraman, a bank clerk",
    ),
    p(
        "My son is sixteen. He should be studying for his exams, not reading that he is a "
        "criminal,",
        FATHER,
        "direct",
        "said",
        "he",
    ),
    p(
        "Arjun had been coached since the age of seven by a former national champion",
        FATHER,
        "indirect",
        "said",
        "He",
    ),
    p(
        "did not happen overnight, whatever people in Europe think.",
        FATHER,
        "partial",
        "said",
        "He",
    ),
    p(
        "it had not been consulted before his post",
        KNSB_BODY,
        "indirect",
        "said",
        "Van Rijsvijk's federation, the Royal Dutch Chess Federation",
    ),
    p(
        "await the outcome of FIDE's process.",
        KNSB_BODY,
        "partial",
        "said",
        "Van Rijsvijk's federation, the Royal Dutch Chess Federation",
    ),
    q(
        "the investigation could take several weeks",
        None,
        "indirect",
        "said",
        "A FIDE official",
        role="official",
        org=FIDE,
    ),
    q("he remained entered", None, "indirect", "said", "Its organisers", country="AE"),
    p("he would be there", ARJUN, "indirect", "said", "The teenager"),
    p("Chess is the only thing I know how to do,", ARJUN, "direct", "said", "he"),
    p("They can watch me as closely as they like.", ARJUN, "direct", "said", "he"),
]

DOCS = [
    ("heldout24-cocoa-ghana-farmgate-price-row", "Accra", COCOA_Q),
    ("heldout24-music-vienna-conductor-quits-orchestra", None, CONDUCTOR_Q),
    ("heldout24-science-svalbard-research-station-fire", None, SVALBARD_Q),
    ("heldout24-statehouse-alabama-sports-betting-bill", "MONTGOMERY", BETTING_Q),
    ("heldout24-chess-chennai-cheating-probe-grandmaster", "Chennai", CHESS_Q),
]

# organisation speakers: their own organisation (round-23 decision 4); a government as
# source (`Norway's government said`) and unnamed bodies (`The orchestra’s board`, `The
# players’ council`) have none
SPEAKING_BODIES = (COFAG, LCBA, KCA, NICR, AF, ACAP, SBA, POARCH, FIDE, TNCF, AICF, KNSB)


def main():
    write_gold(
        HERE,
        "heldout24_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout24",
        source="quotesdb held-out 24 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
