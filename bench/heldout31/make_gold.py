"""Build heldout31_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of decisions 1-11 and the Conventions of
articles/attribution/README.md (see bench/heldout31/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout31/make_gold.py   # writes bench/heldout31/heldout31_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a national netball coach resigns (Jamaica Observer style, no dateline, straight
# "double quotes" and apostrophes, `yesterday`, `Dr`) ----------------------------------------
TEAM = "Sunshine Girls"
NJ = "Netball Jamaica"
MINISTRY = "Ministry of Culture, Gender, Entertainment and Sport"
WHYTE = {"speaker": "Marcia Whyte-Campbell", "role": "head coach", "country": "JM", "org": TEAM}
MORRISON = {"speaker": "Carlene Morrison", "role": "president", "country": "JM", "org": NJ}
BRYAN = {"speaker": "Shanice Bryan", "role": "captain", "country": "JM", "org": TEAM}
THOMPSON = {"speaker": "Errol Thompson", "role": "former national coach", "country": "JM"}
MINISTRY_BODY = {"speaker": MINISTRY, "country": "JM"}
SELECTOR_SRC = (
    "A selector, who asked not to be named because the panel's discussions are confidential"
)

NETBALL_Q = [
    p(
        "under a cloud of interference",
        WHYTE,
        "partial",
        "saying",
        "Head coach Marcia Whyte-Campbell",
    ),
    p(
        "selectors had twice overturned her choice of goal shooter without consulting her",
        WHYTE,
        "indirect",
        "said",
        "the 52-year-old",
    ),
    p(
        "I found out from a WhatsApp group who was travelling to Cape Town. That is not how you "
        "run a national team,",
        WHYTE,
        "direct",
        "said",
        "she",
    ),
    p(
        "I gave this programme everything I had, but I cannot coach a team that somebody else "
        "picks.",
        WHYTE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the board had accepted the resignation with regret and would name an interim coach by "
        "the end of the week",
        MORRISON,
        "indirect",
        "said",
        "Netball Jamaica president Dr Carlene Morrison",
    ),
    p("the board had interfered in selection", MORRISON, "indirect", "denied", "She"),
    p(
        "The selection panel has operated the same way for 20 years. Our coach sits on that "
        "panel and has a vote like everybody else,",
        MORRISON,
        "direct",
        "told",
        "Morrison",
    ),
    p(
        "We are disappointed that this has become a public matter.",
        MORRISON,
        "direct",
        "told",
        "Morrison",
    ),
    p("a proper process", MORRISON, "partial", "said", "Morrison"),
    p(
        "the players learned of the resignation on Saturday morning during a training session at "
        "the National Indoor Sports Centre",
        BRYAN,
        "indirect",
        "said",
        "Captain Shanice Bryan, who has won 96 caps,",
    ),
    p(
        "It's a shock. Coach Marcia is the reason a lot of us are still playing,",
        BRYAN,
        "direct",
        "said",
        "Bryan",
    ),
    p(
        "But we are professionals. We have a qualifier to win, and whoever stands on the "
        "sideline, we go out there for Jamaica.",
        BRYAN,
        "direct",
        "said",
        "Bryan",
    ),
    p(
        "the senior players would meet the board this week to ask who would lead the team in "
        "Kingston, and that nobody in the squad had asked to be released",
        BRYAN,
        "indirect",
        "said",
        "She",
    ),
    q(
        "Whyte-Campbell had been outvoted only once, on the choice between two shooters for the "
        "tour of South Africa",
        None,
        "indirect",
        "said",
        SELECTOR_SRC,
        role="selector",
        country="JM",
        org=NJ,
    ),
    q(
        "It was four votes to one. That is a democracy, not interference,",
        None,
        "direct",
        "said",
        "the selector",
        role="selector",
        country="JM",
        org=NJ,
    ),
    p(
        "both the board and the coach bore some of the blame",
        THOMPSON,
        "indirect",
        "said",
        "Former national coach Errol Thompson, who led the team at the 2011 World Cup in "
        "Singapore,",
    ),
    p(
        "You cannot have a coach who is accountable for results but has no final say on the 12 "
        "players. That is a structure problem, and it has been there a long time,",
        THOMPSON,
        "direct",
        "said",
        "he",
    ),
    p(
        "the next coach should be given a contract of at least four years and a written job "
        "description that spells out who picks the team",
        THOMPSON,
        "indirect",
        "said",
        "Thompson",
    ),
    p("unfortunate for the girls", THOMPSON, "partial", "described", "He"),
    p(
        "monitoring the situation closely",
        MINISTRY_BODY,
        "partial",
        "said",
        "The Ministry of Culture, Gender, Entertainment and Sport",
    ),
    p(
        "funding for the qualifiers would not be affected",
        MINISTRY_BODY,
        "indirect",
        "said",
        "The Ministry of Culture, Gender, Entertainment and Sport",
    ),
    p(
        "she had not decided whether to take a job abroad",
        WHYTE,
        "indirect",
        "said",
        "Whyte-Campbell, a former national defender who also coached at Excelsior High School "
        "for 15 years,",
    ),
    q(
        "Two overseas clubs have contacted her in the past month",
        None,
        "indirect",
        "according to",
        "people close to the coach",
        country="JM",
    ),
    p("Right now I just want to rest,", WHYTE, "direct", "said", "she"),
    p(
        "Jamaica will always be my team, even if I am watching from the stands.",
        WHYTE,
        "direct",
        "said",
        "she",
    ),
]

# --- an English cathedral's admission charge (Church Times style, no dateline, curly
# ‘single quotes’ and curly apostrophes, `the Very Revd Dr`, `Canon`, `Mrs`, `£`, `1 June`)
CATHEDRAL = "Lichfield Cathedral"
AEC = "Association of English Cathedrals"
ASHWORTH = {"speaker": "Helen Ashworth", "role": "Dean", "country": "GB", "org": CATHEDRAL}
CATHEDRAL_BODY = {"speaker": CATHEDRAL, "country": "GB"}
ELLISON = {"speaker": "Margaret Ellison", "country": "GB"}
ODUYA = {"speaker": "Peter Oduya", "role": "Canon Treasurer", "country": "GB", "org": CATHEDRAL}
AEC_BODY = {"speaker": AEC, "country": "GB"}
LATCHFORD = {"speaker": "Simon Latchford", "role": "chief executive", "country": "GB", "org": AEC}
RAHMAN = {"speaker": "Aisha Rahman", "country": "GB"}

CATHEDRAL_Q = [
    p(
        "with heavy hearts",
        ASHWORTH,
        "partial",
        "said",
        "The Dean of Lichfield, the Very Revd Dr Helen Ashworth,",
    ),
    p(
        "Nobody wants to put a price on walking into a house of prayer. But we have run out of "
        "other options,",
        ASHWORTH,
        "direct",
        "said",
        "she",
    ),
    p(
        "Every year we wait, the bill gets bigger, and the stone does not wait for us.",
        ASHWORTH,
        "direct",
        "said",
        "she",
    ),
    p(
        "the charge will raise about £600,000 annually once it is established",
        CATHEDRAL_BODY,
        "indirect",
        "estimates",
        "The cathedral, which welcomes about 210,000 visitors a year,",
    ),
    p(
        "she understood the finances but feared the charge would change the character of the "
        "building",
        ELLISON,
        "indirect",
        "said",
        "Margaret Ellison, who has sung in the cathedral’s voluntary choir for 31 years,",
    ),
    p(
        "It will start to feel like a museum with a gift shop attached,",
        ELLISON,
        "direct",
        "said",
        "she",
    ),
    p(
        "People come in off the street when they are grieving. They should not be met by a till.",
        ELLISON,
        "direct",
        "said",
        "she",
    ),
    p(
        "several members of the choir had written to the Chapter asking for a pay-what-you-can "
        "scheme instead",
        ELLISON,
        "indirect",
        "said",
        "Mrs Ellison",
    ),
    p("the Christian answer to a hard question", ELLISON, "partial", "described", "she"),
    p(
        "the cathedral had cut its spending by a fifth since 2022, and had applied without "
        "success to two national heritage funds",
        ODUYA,
        "indirect",
        "said",
        "The Canon Treasurer, Canon Peter Oduya,",
    ),
    p(
        "A third of the cathedral’s income now came from its café, shop and events",
        ODUYA,
        "indirect",
        "said",
        "he",
    ),
    p(
        "We are not a wealthy institution sitting on reserves,",
        ODUYA,
        "direct",
        "said",
        "Canon Oduya",
    ),
    p(
        "Our endowment pays for roughly six weeks of running costs. After that, every candle and "
        "every roof slate is paid for by someone who walked through the door.",
        ODUYA,
        "direct",
        "said",
        "Canon Oduya",
    ),
    p(
        "the Chapter had looked closely at voluntary donations, but that visitors gave, on "
        "average, less than 60p each",
        ODUYA,
        "indirect",
        "said",
        "He",
    ),
    p(
        "At least 13 of England’s 42 Anglican cathedrals now charge some form of entry fee, up "
        "from nine in 2019",
        AEC_BODY,
        "indirect",
        "according to",
        "the Association of English Cathedrals",
    ),
    p(
        "never a first choice",
        LATCHFORD,
        "partial",
        "said",
        "Its chief executive, Simon Latchford,",
    ),
    p(
        "public support for cathedral fabric had fallen sharply since the pandemic-era recovery "
        "grants came to an end",
        LATCHFORD,
        "indirect",
        "said",
        "Its chief executive, Simon Latchford,",
    ),
    p(
        "Cathedrals are being asked to look after some of the most important buildings in "
        "Europe on the income of a medium-sized charity,",
        LATCHFORD,
        "direct",
        "said",
        "he",
    ),
    p(
        "Something has to give, and too often it is the welcome.",
        LATCHFORD,
        "direct",
        "said",
        "he",
    ),
    q(
        "the Bishop had been consulted throughout, and supported the Chapter’s decision",
        None,
        "indirect",
        "said",
        "A spokesperson for the Diocese of Lichfield",
        role="spokesperson",
        country="GB",
        org="Diocese of Lichfield",
    ),
    p(
        "coach parties on the way to the Peak District often stopped in Lichfield only because "
        "the cathedral was free",
        RAHMAN,
        "indirect",
        "said",
        "Aisha Rahman, who runs a tea room in Dam Street,",
    ),
    p(
        "If they have to pay to get in, some of them will just stay on the coach,",
        RAHMAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "the Chapter would review the charge after two years, and would publish the visitor "
        "figures each spring",
        ASHWORTH,
        "indirect",
        "said",
        "Dr Ashworth",
    ),
    p(
        "If the spires are safe and the numbers allow it, I would love to be the Dean who takes "
        "the charge away again,",
        ASHWORTH,
        "direct",
        "said",
        "she",
    ),
]

# --- a city drops curbside glass recycling (Axios Local style, no dateline, curly “double
# quotes” with straight apostrophes, `Why it matters:` / `What they're saying:` sub-heads,
# bullets, `5-2`) -------------------------------------------------------------------------
DEPT = "Environmental Management and Sustainability Department"
DRA = "Desert Recycling Alliance"
HOLCOMB = {"speaker": "Dana Holcomb", "role": "Vice Mayor", "country": "US"}
CARRILLO = {"speaker": "Luis Carrillo", "role": "director", "country": "US", "org": DEPT}
AGUIRRE = {"speaker": "Ruben Aguirre", "role": "Councilmember", "country": "US"}
SPARKS = {"speaker": "Julie Sparks", "role": "Councilmember", "country": "US"}
MARQUEZ = {"speaker": "Ellen Marquez", "country": "US"}
FAIRBANKS = {
    "speaker": "Nadia Fairbanks",
    "role": "executive director",
    "country": "US",
    "org": DRA,
}
DRA_BODY = {"speaker": DRA, "country": "US"}
DEPT_BODY = {"speaker": DEPT, "country": "US"}

RECYCLING_Q = [
    q(
        "much of it ends up in the landfill anyway",
        None,
        "indirect",
        "say",
        "city officials",
        country="US",
    ),
    q(
        "The change is expected to save about $1.3 million a year",
        None,
        "indirect",
        "according to",
        "a staff report",
        country="US",
    ),
    p(
        "We were paying to collect glass, paying to sort it and then paying to bury it when it "
        "broke in the truck,",
        HOLCOMB,
        "direct",
        "said",
        "Vice Mayor Dana Holcomb",
    ),
    p("That's three bills for zero benefit.", HOLCOMB, "direct", "said", "Vice Mayor Dana Holcomb"),
    p(
        "broken glass also contaminates the paper and cardboard it rides with",
        HOLCOMB,
        "indirect",
        "said",
        "Holcomb",
    ),
    p(
        "trucks now return from some routes with loads so contaminated that the sorting facility "
        "rejects them outright",
        CARRILLO,
        "indirect",
        "told",
        "The department's director, Luis Carrillo,",
    ),
    p(
        "a step backward dressed up as savings.",
        AGUIRRE,
        "partial",
        "called",
        "Councilmember Ruben Aguirre, who voted no,",
    ),
    p(
        "People who don't have a car, or who can't lift a heavy box into a truck bed, are going "
        "to throw their glass in the trash. That's the honest outcome here,",
        AGUIRRE,
        "direct",
        "said",
        "Aguirre",
    ),
    p(
        "the city should have tried a separate glass cart first, as some cities in the Valley "
        "have done",
        AGUIRRE,
        "indirect",
        "argued",
        "He",
    ),
    p(
        "residents had never been surveyed about it",
        SPARKS,
        "indirect",
        "saying",
        "Councilmember Julie Sparks",
    ),
    p(
        "I'm 78. I'm not driving to a fire station with a box of clinking jars,",
        MARQUEZ,
        "direct",
        "told",
        "she",
    ),
    p(
        "she would probably start throwing them away, and that most of her neighbors felt the same",
        MARQUEZ,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Markets for recycled glass have been weak across Arizona for years",
        FAIRBANKS,
        "indirect",
        "said",
        "Nadia Fairbanks, executive director of the nonprofit Desert Recycling Alliance",
    ),
    p(
        "Glass is heavy, it's cheap to make new, and the nearest buyers are hours away. Cities "
        "are doing the math, and the math is brutal,",
        FAIRBANKS,
        "direct",
        "said",
        "Fairbanks",
    ),
    p(
        "drop-off programs usually recover only about a third of the glass that curbside "
        "collection brings in",
        FAIRBANKS,
        "indirect",
        "warned",
        "she",
    ),
    p("The rest", FAIRBANKS, "indirect", "said", "she"),
    p(
        "goes straight into the black bin and stays there for a few thousand years.",
        FAIRBANKS,
        "partial",
        "said",
        "she",
    ),
    p(
        "only about one in three Arizona households that lost curbside glass used a drop-off "
        "site at least once a month",
        DRA_BODY,
        "indirect",
        "found",
        "A 2024 survey by the alliance",
    ),
    q(
        "Mesa would add more drop-off sites if the first 40 filled up too quickly and would "
        "offer free glass pickup to residents with disabilities who sign up online",
        None,
        "indirect",
        "said",
        "A city spokesperson",
        role="spokesperson",
        country="US",
    ),
    p(
        "the department would weigh the glass collected at each site and report the figures to "
        "the council every quarter",
        CARRILLO,
        "indirect",
        "said",
        "Carrillo",
    ),
    p(
        "it will mail every household a map of the drop-off sites in May, along with a magnet "
        "listing what can and can't go in the blue bin",
        DEPT_BODY,
        "indirect",
        "says",
        "The department",
    ),
    p(
        "he plans to ask for a new vote on the plan after the first six months of figures are in",
        AGUIRRE,
        "indirect",
        "said",
        "Aguirre",
    ),
    p("If the numbers are bad, I'll be the first to say so,", AGUIRRE, "direct", "said", "he"),
]

# --- a child-care centre closes its infant room (Chronicle Herald / SaltWire style,
# dateline `HALIFAX —`, curly “double quotes” and curly apostrophes, `$10-a-day`, `MLA`)
LHELC = "Little Harbour Early Learning Centre"
NSCCWA = "Nova Scotia Child Care Workers’ Alliance"
EECD = "Department of Education and Early Childhood Development"
LHELC_BODY = {"speaker": LHELC, "country": "CA"}
MACISAAC = {
    "speaker": "Joanne MacIsaac",
    "role": "executive director",
    "country": "CA",
    "org": LHELC,
}
BOUTILIER = {"speaker": "Rachel Boutilier", "country": "CA"}
NSCCWA_BODY = {"speaker": NSCCWA, "country": "CA"}
COMEAU = {"speaker": "Danielle Comeau", "role": "president", "country": "CA", "org": NSCCWA}
SAMPSON = {"speaker": "Mark Sampson", "role": "spokesperson", "country": "CA", "org": EECD}
CHISHOLM = {"speaker": "Adam Chisholm", "country": "CA"}
GALLANT = {"speaker": "Tom Gallant", "role": "MLA", "country": "CA", "org": "NDP"}
SAMPSON_SRC = (
    "A spokesperson for the Department of Education and Early Childhood Development, Mark Sampson,"
)
NSCCWA_SRC = (
    "The Nova Scotia Child Care Workers’ Alliance, which represents educators at about 60 centres,"
)

CHILDCARE_Q = [
    p(
        "two of the room’s four educators had resigned since January and that it had received "
        "no qualified applicants for either job",
        LHELC_BODY,
        "indirect",
        "told",
        "Little Harbour Early Learning Centre",
    ),
    p(
        "We have advertised for eleven weeks. We have called every graduate we know. There is "
        "simply nobody out there,",
        MACISAAC,
        "direct",
        "said",
        "executive director Joanne MacIsaac",
    ),
    p(
        "provincial rules require one educator for every four infants, so the room cannot "
        "legally stay open with two staff",
        MACISAAC,
        "indirect",
        "said",
        "MacIsaac",
    ),
    p(
        "the centre looked at moving educators from its preschool rooms, but that would have "
        "meant closing a preschool room instead",
        MACISAAC,
        "indirect",
        "said",
        "She",
    ),
    p("It’s robbing Peter to pay Paul,", MACISAAC, "direct", "said", "she"),
    p("Either way a family loses a space.", MACISAAC, "direct", "said", "she"),
    q(
        "Under the program, an entry-level educator with a diploma now earns about $22 an hour",
        None,
        "indirect",
        "according to",
        "the province’s published wage scale",
        country="CA",
    ),
    q(
        "that is not enough to keep people in the field, particularly in Halifax and its suburbs",
        None,
        "indirect",
        "say",
        "Educators",
        country="CA",
    ),
    p(
        "she loved the work but could no longer afford it",
        BOUTILIER,
        "indirect",
        "said",
        "Rachel Boutilier, who spent nine years at Little Harbour before leaving in February "
        "for a job in a hospital laboratory,",
    ),
    p(
        "I was driving 45 minutes each way because I couldn’t find an apartment closer that I "
        "could pay for,",
        BOUTILIER,
        "direct",
        "said",
        "she",
    ),
    p(
        "Babies don’t care what your rent is, and neither does the system.",
        BOUTILIER,
        "direct",
        "said",
        "she",
    ),
    p(
        "at least three of her former classmates from the early childhood education program "
        "had also left for other jobs within five years of graduating",
        BOUTILIER,
        "indirect",
        "said",
        "Boutilier",
    ),
    p("exactly what we warned about", NSCCWA_BODY, "partial", "said", NSCCWA_SRC),
    p(
        "to fund a pension plan for educators and to raise wages by at least $4 an hour",
        NSCCWA_BODY,
        "indirect",
        "called on",
        "The group",
    ),
    p(
        "more centres were likely to cut rooms this spring",
        COMEAU,
        "indirect",
        "said",
        "Its president, Danielle Comeau,",
    ),
    p(
        "The province has built the spaces on paper. It hasn’t built the workforce to staff them,",
        COMEAU,
        "direct",
        "said",
        "Comeau",
    ),
    p(
        "the province had raised educator wages twice since 2022",
        SAMPSON,
        "indirect",
        "said",
        SAMPSON_SRC,
    ),
    p("actively recruiting", SAMPSON, "partial", "said", SAMPSON_SRC),
    p(
        "the department would help Little Harbour families find other licensed spaces",
        SAMPSON,
        "indirect",
        "said",
        "He",
    ),
    q(
        "they have been given little time to find alternatives",
        None,
        "indirect",
        "say",
        "Parents at the centre",
        country="CA",
    ),
    p(
        "he and his wife had put her name on six other wait-lists on Monday night",
        CHISHOLM,
        "indirect",
        "said",
        "Adam Chisholm, whose 10-month-old daughter has been at Little Harbour since September,",
    ),
    p(
        "One centre told us the wait was 18 months. She’ll be in kindergarten by the time "
        "somebody calls us back,",
        CHISHOLM,
        "direct",
        "said",
        "he",
    ),
    p(
        "his wife, a nurse, might have to cut her hours at the Dartmouth General Hospital if "
        "nothing opened up by April",
        CHISHOLM,
        "indirect",
        "said",
        "Chisholm",
    ),
    q(
        "she was considering leaving her job altogether",
        None,
        "indirect",
        "said",
        "Another mother, who asked that her name not be used because she had not told her employer",
        role="mother",
        country="CA",
    ),
    p(
        "lost control",
        GALLANT,
        "partial",
        "said",
        "NDP MLA Tom Gallant, the party’s early childhood development critic,",
    ),
    p(
        "he would raise it in the legislature when it resumes sitting next week",
        GALLANT,
        "indirect",
        "said",
        "He",
    ),
    p("the day we can staff it safely.", MACISAAC, "partial", "said", "MacIsaac"),
    p(
        "she had already promised the two remaining infant educators that their jobs were secure",
        MACISAAC,
        "indirect",
        "said",
        "She",
    ),
    p("They’re the reason this room lasted as long as it did,", MACISAAC, "direct", "said", "she"),
]

# --- unguarded Algarve beaches (Lusa English service style, dateline `Albufeira, Faro,
# 14 Jul 2026 (Lusa) -`, straight "double quotes", `told Lusa`, `said today`, `euros`,
# Portuguese names, desk initials and `Lusa` at the end) -----------------------------------
ANSA = "Algarve Lifeguards Association"
ABCA = "Algarve Beach Concessionaires Association"
AMN = "National Maritime Authority"
ISN = "Institute for Shipwreck Rescue"
ANSA_BODY = {"speaker": ANSA, "country": "PT"}
LOURENCO = {"speaker": "Tiago Lourenço", "role": "president", "country": "PT", "org": ANSA}
VIEIRA = {
    "speaker": "Maria da Conceição Vieira",
    "role": "president",
    "country": "PT",
    "org": ABCA,
}
PACHECO = {
    "speaker": "Rui Fernandes Pacheco",
    "role": "captain of the port",
    "country": "PT",
    "org": AMN,
}
ISN_BODY = {"speaker": ISN, "country": "PT"}
MENDONCA = {"speaker": "Carlos Mendonça", "role": "mayor", "country": "PT"}
CARVALHO = {"speaker": "Inês Carvalho", "role": "lifeguard", "country": "PT"}
PIKE = {"speaker": "Graham Pike", "role": "tourist", "country": "GB"}
VIEIRA_SRC = (
    "The president of the Algarve Beach Concessionaires Association, Maria da Conceição Vieira,"
)
ISN_SRC = "The Institute for Shipwreck Rescue (ISN), which certifies lifeguards,"

LIFEGUARDS_Q = [
    p(
        "More than 30 beaches in the Algarve had no lifeguards on duty on Monday, two weeks "
        "after the official start of the bathing season, because concessionaires cannot find "
        "enough qualified staff",
        ANSA_BODY,
        "indirect",
        "said",
        "the regional lifeguards' association",
    ),
    p(
        "at least 34 of the region's 87 designated bathing beaches were operating without "
        "surveillance for all or part of the day, most of them in the municipalities of "
        "Albufeira, Loulé and Vila do Bispo",
        ANSA_BODY,
        "indirect",
        "said",
        "The Algarve Lifeguards Association (ANSA)",
    ),
    p(
        "Every summer we say the same thing, and every summer it gets worse. The pay has not "
        "kept up with the responsibility,",
        LOURENCO,
        "direct",
        "told",
        "the president of ANSA, Tiago Lourenço,",
    ),
    p(
        "a lifeguard in the Algarve earns between 5.50 and 7 euros an hour, often on contracts "
        "of two or three months, while a waiter at a beach bar on the same stretch of sand can "
        "earn more with tips",
        LOURENCO,
        "indirect",
        "According to",
        "Tiago Lourenço",
    ),
    p(
        "We are asking young people to be responsible for hundreds of lives for less than they "
        "would earn selling ice cream,",
        LOURENCO,
        "direct",
        "stressed",
        "he",
    ),
    p(
        "many of the newly certified lifeguards prefer to work in Spain or in private pools, "
        "where hours are shorter and the pay is better, and that the association had warned the "
        "authorities of the shortage in March",
        LOURENCO,
        "indirect",
        "added",
        "The official",
    ),
    p("the sector was struggling", VIEIRA, "indirect", "admitted", VIEIRA_SRC),
    p(
        "owners were not trying to save money at the expense of safety",
        VIEIRA,
        "indirect",
        "insisted",
        VIEIRA_SRC,
    ),
    p(
        "There is no owner who wants an empty chair in front of his business. A beach without a "
        "lifeguard is a beach without customers,",
        VIEIRA,
        "direct",
        "told",
        "she",
    ),
    p(
        "some concessionaires had offered bonuses of 500 euros for the whole season and still "
        "had not filled the posts",
        VIEIRA,
        "indirect",
        "said",
        "Conceição Vieira",
    ),
    p(
        "the certification courses to be held earlier in the year and in more places",
        VIEIRA,
        "indirect",
        "called for",
        "Conceição Vieira",
    ),
    p(
        "the National Maritime Authority (AMN) had reinforced patrols with jet skis and the "
        "Maritime Police on the beaches with the fewest lifeguards",
        PACHECO,
        "indirect",
        "said",
        "The captain of the port of Portimão, Commander Rui Fernandes Pacheco,",
    ),
    p(
        "The sea does not know whether a beach has a lifeguard or not. We ask bathers to choose "
        "supervised beaches and to respect the flags,",
        PACHECO,
        "direct",
        "appealed",
        "the commander",
    ),
    q(
        "at least six people had been rescued on unsupervised beaches in the region since "
        "1 July, including a 14-year-old boy who was pulled from the water by a surfer at Praia "
        "da Falésia on Saturday",
        None,
        "indirect",
        "told",
        "Sources at the AMN",
        country="PT",
        org=AMN,
    ),
    p(
        "it had trained 612 new lifeguards in the Algarve this year, more than in 2025",
        ISN_BODY,
        "indirect",
        "said",
        ISN_SRC,
    ),
    p("not one of training but of retention", ISN_BODY, "partial", "said", ISN_SRC),
    p(
        "the municipality would hire 12 lifeguards of its own to cover the beaches most used by "
        "tourists until the end of August, at a cost of around 90,000 euros",
        MENDONCA,
        "indirect",
        "said",
        "the mayor, Carlos Mendonça,",
    ),
    p(
        "It is not our responsibility, but we cannot wait for someone else to solve it while "
        "people are in the water,",
        MENDONCA,
        "direct",
        "said",
        "the mayor",
    ),
    p(
        "she had been alone on her stretch of beach for three days because her colleague had "
        "left for a job in a hotel",
        CARVALHO,
        "indirect",
        "said",
        "lifeguard Inês Carvalho, a 21-year-old student from Faro,",
    ),
    p(
        "I can't be in two places at once. If something happens at both ends of the beach, I "
        "have to choose,",
        CARVALHO,
        "direct",
        "told",
        "she",
    ),
    p(
        "he had not realised the beach next to his hotel had no lifeguard until a neighbour "
        "pointed out the empty tower",
        PIKE,
        "indirect",
        "said",
        "Graham Pike, a tourist from Leeds on holiday,",
    ),
    p(
        "In England you'd see a sign. Here it's just an empty chair and a red flag nobody "
        "explains,",
        PIKE,
        "direct",
        "said",
        "he",
    ),
]

DOCS = [
    ("heldout31-netball-jamaica-sunshine-girls-coach-quits", None, NETBALL_Q),
    ("heldout31-cathedral-england-lichfield-admission-charge", None, CATHEDRAL_Q),
    ("heldout31-recycling-arizona-mesa-curbside-glass-dropped", None, RECYCLING_Q),
    ("heldout31-childcare-nova-scotia-dartmouth-infant-room-closes", "HALIFAX", CHILDCARE_Q),
    ("heldout31-lifeguards-portugal-algarve-beaches-unguarded", "Albufeira", LIFEGUARDS_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (MINISTRY, CATHEDRAL, AEC, DRA, DEPT, LHELC, NSCCWA, ANSA, ISN)


def main():
    write_gold(
        HERE,
        "heldout31_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout31",
        source="quotesdb held-out 31 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
