"""Build heldout32_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout23 and of decisions 1-11 of
articles/attribution/README.md (see bench/heldout32/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout32/make_gold.py   # writes bench/heldout32/heldout32_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a fraud trial in Kingston's Home Circuit Court (Caribbean Media Corporation wire
# style, dateline `KINGSTON, Jamaica, Nov 30, CMC –`, curly “double quotes” with straight
# apostrophes, punctuation outside closing partials, `J$`, a desk sign-off) --------------
PMC = "Portmore Municipal Corporation"
IC = "Integrity Commission"
AGD = "Auditor General's Department"
WHYTE = {
    "speaker": "Andrea Whyte-Campbell",
    "role": "former quantity surveyor",
    "country": "JM",
    "org": PMC,
}
SINCLAIR = {
    "speaker": "Michael Sinclair-Reid",
    "role": "defence attorney-at-law",
    "country": "JM",
}
MCFARLANE = {
    "speaker": "Sheron McFarlane",
    "role": "former accounts clerk",
    "country": "JM",
    "org": PMC,
}
ELLIS = {"speaker": "Tamara Ellis-Bogle", "role": "Crown Counsel", "country": "JM"}
AGD_BODY = {"speaker": AGD, "country": "JM"}
IC_BODY = {"speaker": IC, "country": "JM"}
KIMONE = {"speaker": "Kimone Ashman", "role": "daughter", "country": "JM"}
WALTERS = {"speaker": "Cheriesse Walters", "role": "Mayor", "country": "JM"}
LINDO = {"speaker": "Patrice Lindo", "role": "attorney", "country": "JM"}
JUDGE = {"speaker": "Georgiana Fraser-Hines", "role": "Justice", "country": "JM"}

COURTS_Q = [
    p(
        "Former Portmore engineer told contractors to split invoices",
        WHYTE,
        "indirect",
        "tells",
        "witness",
    ),
    p(
        "A former municipal engineer accused of steering more than J$48 million in road repair "
        "contracts to companies linked to his relatives told contractors to split their "
        "invoices so that no single job needed the council's approval",
        WHYTE,
        "indirect",
        "testified",
        "a witness",
    ),
    p(
        "the accused, Delroy Ashman, gave the instruction at a meeting in his office in early 2021",
        WHYTE,
        "indirect",
        "said",
        "Andrea Whyte-Campbell, a former quantity surveyor in the Portmore Municipal "
        "Corporation's engineering department,",
    ),
    p(
        "He said anything over three million dollars would have to go before the council, and "
        "he did not want the council asking questions,",
        WHYTE,
        "direct",
        "told",
        "Whyte-Campbell",
    ),
    p(
        "So the invoices came in at two point nine, two point eight, sometimes three of them "
        "for the same road.",
        WHYTE,
        "direct",
        "told",
        "Whyte-Campbell",
    ),
    q(
        "between 2020 and 2022 Ashman approved 61 payments to three companies, two of them "
        "registered at his nephew's address in Independence City, for patching work that was "
        "either never done or done at a fraction of the price billed",
        None,
        "indirect",
        "allege",
        "Prosecutors",
        country="JM",
    ),
    p(
        "she had never seen Ashman receive money from any of the contractors",
        WHYTE,
        "indirect",
        "agreed",
        "Whyte-Campbell",
    ),
    p(
        "You cannot tell this court that my client took one dollar from anybody, can you?",
        SINCLAIR,
        "direct",
        "asked",
        "Sinclair-Reid",
    ),
    p(
        "No, sir. I can only tell the court what I saw on paper,",
        WHYTE,
        "direct",
        "replied",
        "she",
    ),
    p("sloppy paperwork", SINCLAIR, "partial", "told", "Sinclair-Reid"),
    p(
        "the corporation's own internal auditors had signed off on every one of the payments",
        SINCLAIR,
        "indirect",
        "told",
        "Sinclair-Reid",
    ),
    p(
        "on the engineer's signature alone",
        MCFARLANE,
        "partial",
        "said",
        "Sheron McFarlane, a former accounts clerk at the municipal corporation, who",
    ),
    p(
        "were not reviewed by the finance committee until the end of each quarter",
        MCFARLANE,
        "indirect",
        "said",
        "Sheron McFarlane, a former accounts clerk at the municipal corporation, who",
    ),
    p(
        "By the time anybody on the committee saw those numbers, the money was already gone,",
        MCFARLANE,
        "direct",
        "said",
        "McFarlane",
    ),
    p(
        "she had raised the matter with her supervisor in 2021",
        MCFARLANE,
        "indirect",
        "told",
        "She",
    ),
    p("not a clerk's business", MCFARLANE, "partial", "told", "She"),
    p(
        "the prosecution would call 23 witnesses, among them investigators from the Integrity "
        "Commission",
        ELLIS,
        "indirect",
        "told",
        "Crown Counsel Tamara Ellis-Bogle",
    ),
    p(
        "unusual clustering",
        AGD_BODY,
        "partial",
        "flagged",
        "a 2022 report by the Auditor General's Department",
    ),
    p(
        "its investigators had traced some of the payments to a hardware store in Spanish Town "
        "owned by Kirk Ashman's common-law wife",
        IC_BODY,
        "indirect",
        "said",
        "The Integrity Commission",
    ),
    p(
        "trusting God and the jury",
        KIMONE,
        "partial",
        "said",
        "Ashman's daughter, Kimone Ashman,",
    ),
    p(
        "My father built half the roads in Portmore with his own two hands. Now they want to "
        "make him a thief,",
        KIMONE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the municipality had since introduced a rule that any two contracts for work on the "
        "same road within 90 days must go before the finance committee, whatever their value",
        WALTERS,
        "indirect",
        "said",
        "Portmore Mayor Cheriesse Walters",
    ),
    p(
        "We cannot undo what happened, but we have closed that door,",
        WALTERS,
        "direct",
        "said",
        "she",
    ),
    p(
        "her client had been paid for work she did",
        LINDO,
        "indirect",
        "said",
        "Bygrave-Dixon's attorney, Patrice Lindo,",
    ),
    p(
        "answer every question the Crown puts to her",
        LINDO,
        "partial",
        "said",
        "Bygrave-Dixon's attorney, Patrice Lindo,",
    ),
    p(
        "not to discuss the case with anyone, including family members",
        JUDGE,
        "indirect",
        "reminded",
        "The judge",
    ),
]

# --- a cyclone's landfall on Bangladesh's coast (Bangladesh Sangbad Sangstha style,
# dateline `PATUAKHALI, Oct 24, 2026 (BSS) -`, straight "double quotes", `today` /
# `yesterday`, lakh and crore, `Tk`, `Md`, the DC, a desk sign-off) ------------------------
BMD = "Bangladesh Meteorological Department"
CPP = "Cyclone Preparedness Programme"
DOF = "Department of Fisheries"
BCG = "Bangladesh Coast Guard"
BWDB = "Bangladesh Water Development Board"
REB = "Bangladesh Rural Electrification Board"
BRAC = "BRAC"
BMD_BODY = {"speaker": BMD, "country": "BD"}
RAHMAN = {"speaker": "Md Shahinur Rahman", "role": "meteorologist", "country": "BD", "org": BMD}
YASMIN = {"speaker": "Farhana Yasmin", "role": "Deputy Commissioner", "country": "BD"}
MRIDHA = {
    "speaker": "Kamrul Hasan Mridha",
    "role": "Disaster Management and Relief Secretary",
    "country": "BD",
}
JESMIN = {"speaker": "Jesmin Akter", "role": "volunteer", "country": "BD", "org": CPP}
CPP_BODY = {"speaker": CPP, "country": "BD"}
DOF_BODY = {"speaker": DOF, "country": "BD"}
NASIMA = {"speaker": "Nasima Begum", "country": "BD"}
HARUN = {"speaker": "Harun-ur-Rashid", "role": "spokesperson", "country": "BD", "org": BCG}
TALUKDER = {
    "speaker": "Rezaul Karim Talukder",
    "role": "executive engineer",
    "country": "BD",
    "org": BWDB,
}
MALEK = {"speaker": "Abdul Malek", "country": "BD"}
REB_BODY = {"speaker": REB, "country": "BD"}
BRAC_BODY = {"speaker": BRAC, "country": "BD"}

CYCLONE_Q = [
    q(
        "At least nine people were killed and more than 2.1 lakh people spent the night in "
        "cyclone shelters as Cyclone Nirjhor crossed the Patuakhali-Barguna coast early today "
        "with winds of up to 110 kilometres per hour",
        None,
        "indirect",
        "said",
        "officials",
        country="BD",
    ),
    p(
        "the storm made landfall near Kuakata at around 4:30am and weakened into a deep "
        "depression by noon as it moved north over Barishal",
        BMD_BODY,
        "indirect",
        "said",
        "The Bangladesh Meteorological Department (BMD)",
    ),
    p(
        "tidal surges of five to seven feet above normal had swept over low-lying islands in "
        "Rangabali, Kalapara and Char Fasson",
        RAHMAN,
        "indirect",
        "told",
        "BMD meteorologist Md Shahinur Rahman",
    ),
    p(
        "The surge was a bigger danger than the wind. Many of the embankments were already "
        "weak after the monsoon,",
        RAHMAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "six of the dead were from Rangabali and Kalapara upazilas, where trees fell on mud "
        "houses, and three fishermen drowned when their trawler capsized off Char Montaz late "
        "last night",
        YASMIN,
        "indirect",
        "said",
        "Patuakhali Deputy Commissioner Farhana Yasmin",
    ),
    p(
        "We moved people from 14 char areas since yesterday afternoon. Those who refused to "
        "leave are the ones we are worried about,",
        YASMIN,
        "direct",
        "told",
        "the DC",
    ),
    p(
        "rescue teams had reached all but two of the islands by evening and that boats would "
        "try again at first light tomorrow",
        YASMIN,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the government had allocated Tk 2 crore in cash and 500 tonnes of rice for the "
        "affected districts, and that dry food had already reached 60 shelters in Patuakhali "
        "and Barguna",
        MRIDHA,
        "indirect",
        "told",
        "Disaster Management and Relief Secretary Kamrul Hasan Mridha",
    ),
    p(
        "No one in the shelters will go without food. We have enough stock in the district "
        "warehouses,",
        MRIDHA,
        "direct",
        "said",
        "he",
    ),
    p(
        "Some old women told us they would not leave their goats behind. We carried the goats too,",
        JESMIN,
        "direct",
        "said",
        "Jesmin Akter, 27, a CPP volunteer in Rangabali",
    ),
    p(
        "around 76,000 of its volunteers had been deployed across 13 coastal districts",
        CPP_BODY,
        "indirect",
        "said",
        "The CPP",
    ),
    p(
        "At least 40 fishing trawlers from Patuakhali and Barguna had not returned to the "
        "ghats by evening",
        DOF_BODY,
        "indirect",
        "according to",
        "the Department of Fisheries",
    ),
    p(
        "she last spoke to them on Wednesday night",
        NASIMA,
        "indirect",
        "said",
        "Nasima Begum",
    ),
    p(
        "He said the sea was rising and they were trying to reach the Sundarbans. After that "
        "the phone did not ring,",
        NASIMA,
        "direct",
        "said",
        "she",
    ),
    p(
        "four vessels had been sent to search the Bay of Bengal south of Char Montaz, but rough "
        "seas had slowed the search",
        HARUN,
        "indirect",
        "said",
        "Bangladesh Coast Guard spokesperson Lieutenant Commander Harun-ur-Rashid",
    ),
    p(
        "embankments had been breached at 11 points, letting seawater into aman paddy fields "
        "two weeks before harvest",
        TALUKDER,
        "indirect",
        "said",
        "Bangladesh Water Development Board executive engineer in Patuakhali Rezaul Karim Talukder",
    ),
    p(
        "Saltwater on paddy at this stage means the crop is finished in those fields. We will "
        "start repairs as soon as the water goes down,",
        TALUKDER,
        "direct",
        "said",
        "Talukder",
    ),
    q(
        "they had borrowed from NGOs and moneylenders to plant this season's aman",
        None,
        "indirect",
        "said",
        "Farmers in Kalapara",
        country="BD",
    ),
    p(
        "I have a loan of 60,000 taka and nothing to cut. Who will pay it?",
        MALEK,
        "direct",
        "asked",
        "Abdul Malek, 52,",
    ),
    p(
        "nearly 9 lakh customers in Patuakhali, Barguna, Bhola and Barishal were without power "
        "and that supply would be restored in phases over two days",
        REB_BODY,
        "indirect",
        "said",
        "The Bangladesh Rural Electrification Board",
    ),
    p(
        "it had sent water purification tablets and oral saline to shelters in Rangabali",
        BRAC_BODY,
        "indirect",
        "said",
        "BRAC",
    ),
    p(
        "to keep the shelters open until the surge water drained from the chars",
        BRAC_BODY,
        "indirect",
        "urged",
        "BRAC",
    ),
    p(
        "to lower their signals to local cautionary signal No 3",
        BMD_BODY,
        "indirect",
        "asked",
        "The BMD",
    ),
    p(
        "to stay close to the coast until further notice",
        BMD_BODY,
        "indirect",
        "advised",
        "The BMD",
    ),
]

# --- the Riksdag's vote on live facial recognition (The Local Sweden style, no dateline,
# straight "double quotes", punctuation outside closing partials, `April 1st`, `told The
# Local`, `news agency TT`) --------------------------------------------------------------
COUNCIL = "Council on Legislation"
POLICE = "Swedish Police Authority"
IMY = "Swedish Authority for Privacy Protection"
NOVUS = "Novus"
LJUNGGREN = {"speaker": "Henrik Ljunggren", "role": "Justice Minister", "country": "SE"}
KARLSSON = {
    "speaker": "Ida Karlsson-Berg",
    "role": "justice policy spokesperson",
    "country": "SE",
    "org": "Social Democrats",
}
COUNCIL_BODY = {"speaker": COUNCIL, "country": "SE"}
OBERG = {"speaker": "Sanna Öberg", "role": "MP", "country": "SE", "org": "Left Party"}
WENNBERG = {
    "speaker": "Mattias Wennberg",
    "role": "legal policy spokesperson",
    "country": "SE",
    "org": "Sweden Democrats",
}
POLICE_BODY = {"speaker": POLICE, "country": "SE"}
SANDIN = {"speaker": "Erik Sandin", "role": "Deputy National Police Commissioner", "country": "SE"}
AHLGREN = {"speaker": "Josefin Ahlgren", "role": "MP", "country": "SE", "org": "Liberals"}
IMY_BODY = {"speaker": IMY, "country": "SE"}
NOVUS_BODY = {"speaker": NOVUS, "country": "SE"}
SJOBERG = {"speaker": "Elin Sjöberg", "role": "nurse", "country": "SE"}
LINDFORS = {"speaker": "Markus Lindfors", "role": "lawyer", "country": "SE", "org": "Fri Väg"}

RIKSDAG_Q = [
    q(
        "will make Sweden one of the most watched societies in Europe",
        None,
        "indirect",
        "say",
        "civil liberties groups",
        country="SE",
    ),
    p(
        "before they strike again",
        LJUNGGREN,
        "partial",
        "told",
        "Justice Minister Henrik Ljunggren",
    ),
    p(
        "Criminal networks in Sweden recruit children, they use encrypted phones, they move "
        "between cities. The police need tools from this century,",
        LJUNGGREN,
        "direct",
        "said",
        "Ljunggren",
    ),
    p("strong safeguards", LJUNGGREN, "partial", "said", "He"),
    p(
        "the government had rushed the bill through without answering basic questions about "
        "who would decide where the cameras went",
        KARLSSON,
        "indirect",
        "said",
        "The Social Democrats' justice policy spokesperson, Ida Karlsson-Berg,",
    ),
    p(
        "We are not against new tools for the police. We are against a blank cheque,",
        KARLSSON,
        "direct",
        "said",
        "she",
    ),
    p(
        'the bill\'s definition of a "heightened risk" area was too vague to meet the '
        "requirements of the European Convention on Human Rights",
        COUNCIL_BODY,
        "indirect",
        "warned",
        "The Council on Legislation (Lagrådet), which reviews bills before they reach parliament,",
    ),
    p(
        "the government had tightened the definition after the council's review and that "
        "every decision to switch on a camera could be appealed",
        LJUNGGREN,
        "indirect",
        "saying",
        "Ljunggren",
    ),
    p(
        "a sad day for everyone who thinks you should be able to walk down Drottninggatan "
        "without being registered by the state",
        OBERG,
        "partial",
        "called",
        "Left Party MP Sanna Öberg",
    ),
    p(
        "his party had secured a promise that the law would be evaluated after three years",
        WENNBERG,
        "indirect",
        "said",
        "The Sweden Democrats' legal policy spokesperson, Mattias Wennberg,",
    ),
    p(
        "If it does not work, it goes. That was our condition,",
        WENNBERG,
        "direct",
        "told",
        "he",
    ),
    p(
        "it expected to install the first cameras in Stockholm, Gothenburg and Malmö next "
        "year, and that it would publish a list of the areas where they were in use",
        POLICE_BODY,
        "indirect",
        "said",
        "The Swedish Police Authority",
    ),
    p(
        "the cameras would not be used to identify people taking part in demonstrations, and "
        "that officers would check every match by eye before acting on it",
        SANDIN,
        "indirect",
        "told",
        "Deputy National Police Commissioner Erik Sandin",
    ),
    p("with a heavy heart", AHLGREN, "partial", "told", "Liberal MP Josefin Ahlgren"),
    p(
        "would push for the evaluation to come after two years instead of three",
        AHLGREN,
        "indirect",
        "told",
        "Liberal MP Josefin Ahlgren",
    ),
    p(
        "it would need more staff to carry out the inspections the new law requires",
        IMY_BODY,
        "indirect",
        "said",
        "The privacy authority, IMY,",
    ),
    p(
        "58 percent of Swedes supported the use of facial recognition by police, while 31 "
        "percent were opposed",
        NOVUS_BODY,
        "indirect",
        "found",
        "A survey by Novus for Swedish Radio in November",
    ),
    p(
        "she felt the debate had been about gangs but the law would affect everyone",
        SJOBERG,
        "indirect",
        "said",
        "Elin Sjöberg, a 34-year-old nurse from Södermalm who joined the protest,",
    ),
    p(
        "I have nothing to hide, but that is not the point. The point is that I did not agree "
        "to this,",
        SJOBERG,
        "direct",
        "said",
        "she",
    ),
    p(
        "the group would ask the European Commission to examine whether the law was "
        "compatible with the EU's artificial intelligence rules",
        LINDFORS,
        "indirect",
        "said",
        "Markus Lindfors, a lawyer at the digital rights group Fri Väg,",
    ),
    p(
        "That is not what this law says, and it is not what this government wants.",
        LJUNGGREN,
        "direct",
        "said",
        "Ljunggren",
    ),
]

# --- an alarm company's auditor quits and its shares sink (MarketWatch style, no dateline,
# curly “double quotes” and curly apostrophes, punctuation inside closing partials, a
# ticker in the text, `Inc.`, `N.C.`, `Nov. 12`) ----------------------------------------
HARBORLINE = "Harborline Security Inc."
WP = "Whitcomb & Prell LLP"
PINECREST = "Pinecrest Capital Partners"
FACTSET = "FactSet"
HARBORLINE_BODY = {"speaker": HARBORLINE, "country": "US"}
WP_BODY = {"speaker": WP, "country": "US"}
NAKAMURA = {
    "speaker": "Gregory Nakamura",
    "role": "Chief Executive",
    "country": "US",
    "org": HARBORLINE,
}
OKAFOR = {
    "speaker": "Leah Okafor",
    "role": "analyst",
    "country": "US",
    "org": "Crestmont Securities",
}
BELL = {
    "speaker": "Marcus Bell",
    "role": "professor of accounting",
    "country": "US",
    "org": "Fordham University",
}
PINECREST_BODY = {"speaker": PINECREST, "country": "US"}
FACTSET_BODY = {"speaker": FACTSET, "country": "US"}
ANALYST_SOURCE = (
    "Another analyst, who spoke on condition of anonymity because his firm does not allow "
    "him to comment to the press on companies it covers,"
)

MARKETS_Q = [
    p(
        "it could no longer rely on management’s explanations of how the company books "
        "revenue from installation contracts",
        WP_BODY,
        "indirect",
        "said",
        "its auditor",
    ),
    p(
        "Whitcomb & Prell LLP had stepped down effective immediately",
        HARBORLINE_BODY,
        "indirect",
        "disclosed",
        "Harborline",
    ),
    p(
        "concerns regarding the timing of revenue recognition",
        WP_BODY,
        "partial",
        "said",
        "The accounting firm’s resignation letter, attached to the filing,",
    ),
    p(
        "management had not provided documents it requested in October",
        WP_BODY,
        "indirect",
        "said",
        "The accounting firm’s resignation letter, attached to the filing,",
    ),
    p(
        "it disagreed with the auditor’s characterization and that its audit committee had "
        "hired an outside law firm to review the matter",
        HARBORLINE_BODY,
        "indirect",
        "said",
        "Harborline",
    ),
    p(
        "the company stood by its numbers",
        NAKAMURA,
        "indirect",
        "told",
        "Chief Executive Gregory Nakamura",
    ),
    p(
        "We have been consistent in how we account for these contracts for six years, and "
        "nothing about our business has changed,",
        NAKAMURA,
        "direct",
        "said",
        "Nakamura",
    ),
    p(
        "I understand why the market is reacting the way it is. Frankly, if I were on the "
        "other side of this call, I would react the same way.",
        NAKAMURA,
        "direct",
        "said",
        "Nakamura",
    ),
    p("within weeks", NAKAMURA, "partial", "said", "He"),
    p(
        "still planned to report third-quarter results on Nov. 12",
        NAKAMURA,
        "indirect",
        "said",
        "He",
    ),
    q(
        "Raman remained in her post and had the board’s support",
        None,
        "indirect",
        "said",
        "A company spokeswoman",
        role="spokeswoman",
        country="US",
        org=HARBORLINE,
    ),
    p(
        "the resignation mattered more than any single number in the filing",
        OKAFOR,
        "indirect",
        "said",
        "Leah Okafor, an analyst at Crestmont Securities who cut her rating on the stock to "
        "hold from buy,",
    ),
    p(
        "An auditor walking away in the middle of a year is about as loud a warning as you get "
        "in this business,",
        OKAFOR,
        "direct",
        "wrote",
        "Okafor",
    ),
    p(
        "Harborline recognizes most of the value of a five-year monitoring contract when the "
        "equipment is installed",
        OKAFOR,
        "indirect",
        "noted",
        "She",
    ),
    p("aggressive but not unheard of", OKAFOR, "partial", "called", "she"),
    q(
        "two large holders had called him before the market opened asking whether the "
        "company could be delisted",
        None,
        "indirect",
        "said",
        ANALYST_SOURCE,
        role="analyst",
        country="US",
    ),
    q(
        "a long way off.",
        None,
        "partial",
        "said",
        "He",
        role="analyst",
        country="US",
    ),
    p(
        "About 18% of Harborline’s shares available for trading had been sold short before the "
        "news",
        FACTSET_BODY,
        "indirect",
        "according to",
        "data from FactSet",
    ),
    p(
        "Auditor resignations at U.S.-listed companies are unusual outside of small-cap and "
        "overseas issuers",
        BELL,
        "indirect",
        "said",
        "Marcus Bell, a professor of accounting at Fordham University",
    ),
    p(
        "Auditors do not quit over small things. They have a lot of fees to lose,",
        BELL,
        "direct",
        "said",
        "Bell",
    ),
    p(
        "When they go, the first question is always what they found, and the second is what "
        "they could not find.",
        BELL,
        "direct",
        "said",
        "Bell",
    ),
    p(
        "full confidence",
        PINECREST_BODY,
        "partial",
        "said",
        "Harborline’s largest outside shareholder, Denver-based Pinecrest Capital Partners,",
    ),
    p(
        "expected the review to be completed quickly",
        PINECREST_BODY,
        "indirect",
        "said",
        "Harborline’s largest outside shareholder, Denver-based Pinecrest Capital Partners,",
    ),
    p(
        "Pinecrest owns about 9% of the company",
        FACTSET_BODY,
        "indirect",
        "according to",
        "FactSet",
    ),
    p(
        "the directors would discuss it at a meeting next week",
        NAKAMURA,
        "indirect",
        "said",
        "Nakamura",
    ),
    p("I’m not going to get ahead of the board on that,", NAKAMURA, "direct", "said", "he"),
]

# --- a pediatric Lyme disease study (STAT style, no dateline, curly “double quotes” and
# curly apostrophes, no `Dr.` for physicians after the first mention, `told STAT`) ---------
UMN = "University of Minnesota"
CDC = "Centers for Disease Control and Prevention"
MDH = "Minnesota Department of Health"
MLFN = "Minnesota Lyme Families Network"
VARGA = {
    "speaker": "Anneliese Varga",
    "role": "pediatric infectious disease physician",
    "country": "US",
    "org": "University of Minnesota Medical School",
}
CDC_BODY = {"speaker": CDC, "country": "US"}
OKWUOSA = {
    "speaker": "Daniel Okwuosa",
    "role": "epidemiologist",
    "country": "US",
    "org": "Yale School of Public Health",
}
IBARRA = {
    "speaker": "Tomás Ibarra-Lund",
    "role": "pediatric resident",
    "country": "US",
    "org": UMN,
}
MAALOUF = {
    "speaker": "Kristin Maalouf",
    "role": "executive director",
    "country": "US",
    "org": MLFN,
}
MDH_BODY = {"speaker": MDH, "country": "US"}
VARGA_SOURCE = (
    "Anneliese Varga, a pediatric infectious disease physician at the University of "
    "Minnesota Medical School and the study’s senior author"
)
IBARRA_SOURCE = (
    "The study’s first author, Tomás Ibarra-Lund, a pediatric resident at the University of "
    "Minnesota,"
)
MAALOUF_SOURCE = (
    "Kristin Maalouf, executive director of the Minnesota Lyme Families Network, a "
    "parent-led advocacy group in St. Paul"
)

STUDY_Q = [
    q(
        "Children in the Upper Midwest are being diagnosed with Lyme disease at roughly five "
        "times the rate that public health surveillance reports",
        None,
        "indirect",
        "according to",
        "a study published Monday in JAMA Pediatrics",
        country="US",
    ),
    q(
        "could leave parents and doctors underestimating the risk in places where ticks have "
        "spread quickly over the past decade",
        None,
        "indirect",
        "say",
        "the researchers",
        country="US",
    ),
    q(
        "about 21,400 children had been diagnosed and treated for Lyme disease, compared with "
        "roughly 4,300 pediatric cases reported to the three states’ health departments over "
        "the same period",
        None,
        "indirect",
        "found",
        "It",
        country="US",
        org=UMN,
    ),
    p(
        "Every summer we see kids in clinic with the bull’s-eye rash, we treat them, and that "
        "case never makes it into anybody’s count,",
        VARGA,
        "direct",
        "said",
        VARGA_SOURCE,
    ),
    p(
        "If you’re a parent in Duluth and you look at the state numbers, you would think Lyme "
        "is rare. It isn’t.",
        VARGA,
        "direct",
        "said",
        VARGA_SOURCE,
    ),
    p(
        "Most states count a case only when a laboratory test confirms it",
        VARGA,
        "indirect",
        "told",
        "Varga",
    ),
    p(
        "many children with the telltale rash are treated without testing, as national "
        "guidelines allow",
        VARGA,
        "indirect",
        "told",
        "Varga",
    ),
    p(
        "reported cases capture only a fraction of Lyme infections nationally",
        CDC_BODY,
        "indirect",
        "said",
        "The Centers for Disease Control and Prevention",
    ),
    q(
        "the agency was reviewing the study",
        None,
        "indirect",
        "said",
        "A CDC spokesperson",
        role="spokesperson",
        country="US",
        org=CDC,
    ),
    q(
        "several states had changed how they count cases since 2022",
        None,
        "indirect",
        "noted",
        "A CDC spokesperson",
        role="spokesperson",
        country="US",
        org=CDC,
    ),
    q(
        "the size of the gap was striking, if not entirely surprising",
        None,
        "indirect",
        "said",
        "Outside researchers",
        country="US",
    ),
    p(
        "the estimate was plausible but relied partly on billing codes that can overstate cases",
        OKWUOSA,
        "indirect",
        "said",
        "Daniel Okwuosa, an epidemiologist at the Yale School of Public Health who was not "
        "involved in the research,",
    ),
    p(
        "Some of these children were coded as Lyme while the doctor waited on a test that came "
        "back negative,",
        OKWUOSA,
        "direct",
        "said",
        "he",
    ),
    p(
        "That said, I would be surprised if the true number were anywhere near the official one.",
        OKWUOSA,
        "direct",
        "said",
        "he",
    ),
    q(
        "Blacklegged ticks, which carry the bacterium that causes Lyme disease, have moved "
        "north and west across Minnesota and Wisconsin as winters have grown milder",
        None,
        "indirect",
        "according to",
        "entomologists at the Minnesota Department of Health",
        country="US",
        org=MDH,
    ),
    p(
        "the largest gaps turned up in rural counties in northern Wisconsin",
        IBARRA,
        "indirect",
        "said",
        IBARRA_SOURCE,
    ),
    p(
        "Some children there lived more than an hour from a clinic that could draw blood",
        IBARRA,
        "indirect",
        "said",
        "he",
    ),
    p("doctors treated on sight", IBARRA, "indirect", "said", "he"),
    p(
        "In those counties, you could argue the surveillance system is counting access to a "
        "lab, not disease,",
        IBARRA,
        "direct",
        "said",
        "Ibarra-Lund",
    ),
    q(
        "claims data miss children without insurance and that the study could not confirm "
        "every diagnosis against a chart",
        None,
        "indirect",
        "acknowledged",
        "The authors",
        country="US",
    ),
    p(
        "For families, the findings confirmed what they had long suspected",
        MAALOUF,
        "indirect",
        "said",
        MAALOUF_SOURCE,
    ),
    p(
        "she hoped the study would push state lawmakers to pay for tick surveillance and for "
        "lessons in schools on checking for ticks",
        MAALOUF,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Parents are told it’s a Northeast disease. Our kids are getting it at summer camp in "
        "Brainerd,",
        MAALOUF,
        "direct",
        "said",
        "Maalouf",
    ),
    p(
        "welcomes any research that sharpens the picture",
        MDH_BODY,
        "partial",
        "said",
        "The Minnesota Department of Health",
    ),
    p(
        "it already tells clinicians to report cases diagnosed from the rash alone",
        MDH_BODY,
        "indirect",
        "said",
        "The Minnesota Department of Health",
    ),
    p(
        "her team was now working with the Wisconsin agency to compare the study’s figures "
        "with the state’s own records, county by county",
        VARGA,
        "indirect",
        "said",
        "Varga",
    ),
    p(
        "We’re not saying the states are doing something wrong,",
        VARGA,
        "direct",
        "said",
        "she",
    ),
    p(
        "We’re saying the number on the website isn’t the number of sick kids.",
        VARGA,
        "direct",
        "said",
        "she",
    ),
]

DOCS = [
    ("heldout32-courts-jamaica-portmore-road-contracts-fraud-trial", "KINGSTON", COURTS_Q),
    ("heldout32-cyclone-bangladesh-patuakhali-storm-surge", "PATUAKHALI", CYCLONE_Q),
    ("heldout32-parliament-sweden-riksdag-facial-recognition-vote", None, RIKSDAG_Q),
    ("heldout32-markets-harborline-auditor-resigns-shares-sink", None, MARKETS_Q),
    ("heldout32-study-lyme-disease-children-upper-midwest-undercount", None, STUDY_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    AGD, IC, BMD, CPP, DOF, REB, BRAC, COUNCIL, POLICE, IMY, NOVUS, HARBORLINE, WP,
    PINECREST, FACTSET, CDC, MDH,
)  # fmt: skip


def main():
    write_gold(
        HERE,
        "heldout32_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout32",
        source="quotesdb held-out 32 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
