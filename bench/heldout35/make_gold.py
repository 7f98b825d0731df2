"""Build heldout35_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of decisions 1-12 and the Conventions of
articles/attribution/README.md (see bench/heldout35/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout35/make_gold.py   # writes bench/heldout35/heldout35_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a northern Manitoba town loses its scheduled flights (CBC News style, no dateline,
# straight "double quotes" and apostrophes, `told CBC News`, `MLA`, kilometres) -------------
BLA = "Boreal Link Air"
TAMARACK = "Tamarack Gold Corp."
BLA_BODY = {"speaker": BLA, "country": "CA"}
TAMARACK_BODY = {"speaker": TAMARACK, "country": "CA"}
HARROWER = {"speaker": "Glen Harrower", "role": "president", "country": "CA", "org": BLA}
SINCLAIR = {"speaker": "Brenda Sinclair", "role": "Mayor", "country": "CA"}
LINKLATER = {
    "speaker": "Andrew Linklater",
    "role": "Chief",
    "country": "CA",
    "org": "Marcel Colomb First Nation",
}
KOWALCHUK = {
    "speaker": "Ruth Kowalchuk",
    "role": "Transportation and Infrastructure Minister",
    "country": "CA",
}
LINDQVIST = {"speaker": "Marcus Lindqvist", "role": "aviation consultant", "country": "CA"}
MOOSE = {"speaker": "Sheila Moose", "country": "CA"}

AIR_Q = [
    p(
        "Lynn Lake to lose its only scheduled flights in March",
        BLA_BODY,
        "indirect",
        "says",
        "airline",
    ),
    p(
        "it can no longer make the route pay",
        BLA_BODY,
        "indirect",
        "said",
        "the regional carrier that has flown there for 14 years",
    ),
    p(
        "its three weekly flights between Lynn Lake and Winnipeg would end with the spring "
        "schedule",
        BLA_BODY,
        "indirect",
        "told",
        "Boreal Link Air, which is based in Thompson,",
    ),
    p(
        "fewer than six passengers a flight had booked seats on average since the summer",
        BLA_BODY,
        "indirect",
        "said",
        "The letter",
    ),
    p(
        "We held on as long as we could. Every month we flew that route we were losing money on "
        "it, and that is not something a company our size can keep doing,",
        HARROWER,
        "direct",
        "told",
        "Glen Harrower, the airline's president,",
    ),
    p(
        "the carrier had asked the province twice in the past year for help to keep the route "
        "running and had been turned down both times",
        HARROWER,
        "indirect",
        "said",
        "Harrower",
    ),
    q(
        "the drive south on Provincial Road 391 takes more than 12 hours and is dangerous in "
        "winter",
        None,
        "indirect",
        "say",
        "residents",
        country="CA",
    ),
    p("a kick in the teeth", SINCLAIR, "partial", "called", "Mayor Brenda Sinclair"),
    p(
        "People here fly out for chemotherapy, for dialysis, for court dates, for their kids' "
        "hockey tournaments. You can't tell a 70-year-old to drive 12 hours on that road in "
        "January,",
        SINCLAIR,
        "direct",
        "said",
        "she",
    ),
    p(
        "the town council would write to the provincial government this week to ask for "
        "emergency funding, and that she had already spoken to the area's MLA",
        SINCLAIR,
        "indirect",
        "said",
        "She",
    ),
    p(
        "about a third of the airline's passengers on the route were patients travelling for "
        "medical care",
        LINKLATER,
        "indirect",
        "said",
        "Chief Andrew Linklater of the Marcel Colomb First Nation, whose community sits just "
        "outside the town,",
    ),
    p(
        "Our people are going to be put on medical vans instead, and those vans are already full,",
        LINKLATER,
        "direct",
        "said",
        "Linklater",
    ),
    p(
        "Nobody from the airline or the province talked to us before this was announced.",
        LINKLATER,
        "direct",
        "said",
        "Linklater",
    ),
    p(
        "is looking at every option",
        KOWALCHUK,
        "partial",
        "said",
        "Manitoba Transportation and Infrastructure Minister Ruth Kowalchuk",
    ),
    p(
        "would not commit to a subsidy",
        KOWALCHUK,
        "indirect",
        "said",
        "Manitoba Transportation and Infrastructure Minister Ruth Kowalchuk",
    ),
    p(
        "We understand how important these flights are to Lynn Lake. Department staff are "
        "meeting with the airline this week,",
        KOWALCHUK,
        "direct",
        "said",
        "Kowalchuk",
    ),
    p(
        "would have brought 300 jobs and steady air traffic",
        TAMARACK_BODY,
        "indirect",
        "said",
        "it",
    ),
    p(
        "small communities across the Prairies are losing service as airlines struggle with "
        "pilot shortages and the cost of keeping older aircraft flying",
        LINDQVIST,
        "indirect",
        "said",
        "Marcus Lindqvist, an aviation consultant in Winnipeg who has advised several "
        "northern carriers,",
    ),
    p(
        "A Beech 1900 costs the same to fly whether it has four people on it or 19. On a route "
        "like Lynn Lake, the math just doesn't work without public money,",
        LINDQVIST,
        "direct",
        "said",
        "he",
    ),
    p(
        "a federal support program for regional air routes, set up during the pandemic, had "
        "kept several routes alive until it ended, and that provinces had not stepped in to "
        "replace it",
        LINDQVIST,
        "indirect",
        "said",
        "He",
    ),
    q(
        "the department does not set airline schedules and that decisions on routes are "
        "commercial ones",
        None,
        "indirect",
        "said",
        "A Transport Canada spokesperson",
        role="spokesperson",
        country="CA",
        org="Transport Canada",
    ),
    p(
        "she had already booked her last flight for March 28",
        MOOSE,
        "indirect",
        "said",
        "Sheila Moose, who travels to Winnipeg every month for cancer treatment,",
    ),
    p(
        "After that, I don't know. My son says he will drive me, but he works at a camp two "
        "weeks at a time,",
        MOOSE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the airline would keep flying charters to Lynn Lake on request",
        HARROWER,
        "indirect",
        "said",
        "Harrower",
    ),
    p("if the mine comes back.", HARROWER, "partial", "said", "Harrower"),
    p("We'd be the first ones back in there,", HARROWER, "direct", "said", "he"),
]

# --- a Galway theatre company closes after losing Arts Council funding (Irish Times style,
# no dateline, curly “double quotes” with curly apostrophes, stops outside closing marks,
# `Ms`, `Dr`, `TD`, `the Dáil`, `€`; nearly every speaker a woman) -----------------------------
QUAY = "Quay Lane Theatre Company"
AC = "Arts Council"
DCCS = "Department of Culture, Communications and Sport"
QUAY_BODY = {"speaker": QUAY, "country": "IE"}
AC_BODY = {"speaker": AC, "country": "IE"}
GILLIGAN = {"speaker": "Niamh Gilligan", "role": "artistic director", "country": "IE", "org": QUAY}
BRENNOCK = {"speaker": "Aoife Brennock", "role": "head of funding", "country": "IE", "org": AC}
NI_FHLATHARTA = {"speaker": "Siobhán Ní Fhlatharta", "role": "TD", "country": "IE"}
FOLAN = {"speaker": "Mairéad Folan", "role": "actor", "country": "IE"}
KEADY = {"speaker": "Róisín Keady", "role": "playwright", "country": "IE"}
BREATHNACH = {
    "speaker": "Máire Breathnach",
    "role": "arts officer",
    "country": "IE",
    "org": "Galway City Council",
}

THEATRE_Q = [
    p(
        "Quay Lane Theatre Company, which has produced new Irish plays in Galway since 1994, "
        "will close at the end of February after the Arts Council turned down its application "
        "for multiannual funding",
        QUAY_BODY,
        "indirect",
        "said",
        "the company",
    ),
    p(
        "out of a clear blue sky",
        GILLIGAN,
        "partial",
        "said",
        "Its artistic director, Niamh Gilligan,",
    ),
    p(
        "We were told in the spring that our work was strong and our governance was strong. "
        "Nobody suggested we were at risk,",
        GILLIGAN,
        "direct",
        "told",
        "Ms Gilligan",
    ),
    p(
        "You cannot run a theatre company on a once-off grant. It pays for a wind-down, and "
        "that is what it is for.",
        GILLIGAN,
        "direct",
        "told",
        "Ms Gilligan",
    ),
    p(
        "the board had considered cutting staff and staging fewer shows but had concluded that "
        "the company could not survive on less than half its current budget",
        GILLIGAN,
        "indirect",
        "said",
        "She",
    ),
    p(
        "it had received applications seeking €38 million more than it had available this year",
        AC_BODY,
        "indirect",
        "said",
        "The Arts Council",
    ),
    p("difficult choices", AC_BODY, "partial", "said", "The Arts Council"),
    p(
        "every application had been assessed by a panel of peers against published criteria",
        BRENNOCK,
        "indirect",
        "said",
        "Its head of funding, Dr Aoife Brennock,",
    ),
    p(
        "I know how hard this is for the people at Quay Lane, and for audiences in Galway,",
        BRENNOCK,
        "direct",
        "said",
        "she",
    ),
    p(
        "But the council’s budget is finite, and if we fund one organisation for three years, "
        "another does not get that money.",
        BRENNOCK,
        "direct",
        "said",
        "she",
    ),
    p(
        "Quay Lane could apply to the council’s project scheme for individual productions and "
        "that officials would meet the company’s board before Christmas",
        BRENNOCK,
        "indirect",
        "said",
        "Dr Brennock",
    ),
    p(
        "being written out",
        NI_FHLATHARTA,
        "partial",
        "said",
        "Independent TD Siobhán Ní Fhlatharta, who raised the closure in the Dáil on Wednesday,",
    ),
    p(
        "Galway was a European Capital of Culture five years ago. Now we are losing the company "
        "that gave half the actors in this country their first job,",
        NI_FHLATHARTA,
        "direct",
        "said",
        "she",
    ),
    q(
        "the Minister had no role in individual funding decisions",
        None,
        "indirect",
        "said",
        "A spokeswoman for the Department of Culture, Communications and Sport",
        role="spokeswoman",
        country="IE",
        org=DCCS,
    ),
    q(
        "they had been told of the closure by email on Thursday evening, an hour before the "
        "news was posted online",
        None,
        "indirect",
        "said",
        "Several members of the company’s current cast",
        country="IE",
        org=QUAY,
    ),
    p(
        "a bereavement",
        FOLAN,
        "partial",
        "described",
        "One of them, the actor Mairéad Folan, who first performed with Quay Lane as a "
        "19-year-old,",
    ),
    p(
        "It is not just a building or a name on a poster. It is where a lot of us learned what "
        "we were doing, and who we were doing it for,",
        FOLAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had been due to start rehearsals there in April and now had no idea where the "
        "play would go",
        KEADY,
        "indirect",
        "said",
        "The playwright Róisín Keady, whose last two plays premiered at the company’s "
        "Dominick Street studio,",
    ),
    p(
        "look at what it can do",
        BREATHNACH,
        "partial",
        "said",
        "Galway City Council’s arts officer, Máire Breathnach,",
    ),
    p(
        "its own arts budget of €1.2 million could not replace national funding",
        BREATHNACH,
        "indirect",
        "warned",
        "Galway City Council’s arts officer, Máire Breathnach,",
    ),
    p(
        "the company would stage its last production, a revival of its first play, in "
        "February, and would give its archive of scripts and costume designs to the University "
        "of Galway",
        GILLIGAN,
        "indirect",
        "said",
        "Ms Gilligan",
    ),
    p(
        "If we are going, we are going out with the play we started with,",
        GILLIGAN,
        "direct",
        "said",
        "she",
    ),
]

# --- a payment app's data leak, the regulator and the market (Korea JoongAng Daily style,
# no dateline, curly “double quotes” with straight apostrophes, `said Tuesday`, family names
# first, won, `percent`, the regulator's acronym in brackets) ---------------------------------
PIPC = "Personal Information Protection Commission"
HANBIT = "Hanbit Pay"
FSS = "Financial Supervisory Service"
PIPC_BODY = {"speaker": PIPC, "country": "KR"}
HANBIT_BODY = {"speaker": HANBIT, "country": "KR"}
FSS_BODY = {"speaker": FSS, "country": "KR"}
NAM = {"speaker": "Nam Ji-hoon", "role": "director general", "country": "KR", "org": PIPC}
YOON = {"speaker": "Yoon Seo-yeon", "role": "CEO", "country": "KR", "org": HANBIT}
CHOI = {
    "speaker": "Choi Da-eun",
    "role": "analyst",
    "country": "KR",
    "org": "Seorin Investment & Securities",
}
PARK = {"speaker": "Park Jae-min", "role": "analyst", "country": "KR", "org": "Hyeonul Securities"}
LEE = {"speaker": "Lee Hyun-woo", "role": "lawyer", "country": "KR", "org": "Daon"}
KIM = {"speaker": "Kim Soo-ah", "role": "office worker", "country": "KR"}
KWON = {
    "speaker": "Kwon Tae-sik",
    "role": "professor of information security",
    "country": "KR",
    "org": "Korea University",
}

BREACH_Q = [
    p("Hanbit Pay leak hit 3.4 million users", PIPC_BODY, "indirect", "says", "privacy regulator"),
    p(
        "Personal data of about 3.4 million users of the mobile payment app Hanbit Pay, "
        "including names, phone numbers and partial card numbers, was leaked in a cyberattack "
        "that went undetected for nearly five weeks",
        PIPC_BODY,
        "indirect",
        "said",
        "the country's privacy watchdog",
    ),
    p(
        "hackers had used the stolen login of a subcontractor's employee to get into a customer "
        "database from Oct. 21 and kept copying data until the company noticed unusual traffic "
        "on Nov. 26",
        PIPC_BODY,
        "indirect",
        "said",
        "The Personal Information Protection Commission (PIPC)",
    ),
    p(
        "The company did not have basic controls in place, such as two-factor authentication "
        "for outside contractors,",
        NAM,
        "direct",
        "said",
        "Nam Ji-hoon, director general of the commission's investigation bureau",
    ),
    p(
        "That is the part we find hardest to accept.",
        NAM,
        "direct",
        "said",
        "Nam Ji-hoon, director general of the commission's investigation bureau",
    ),
    p(
        "the commission would decide on penalties after its investigation ends early next year, "
        "and that fines could reach 3 percent of the company's total revenue under the revised "
        "privacy law",
        NAM,
        "indirect",
        "said",
        "Nam",
    ),
    p(
        "no full card numbers or passwords had been taken",
        HANBIT_BODY,
        "indirect",
        "said",
        "Hanbit Pay, a unit of e-commerce group Hanbit Commerce,",
    ),
    p(
        "We deeply apologize to our customers for the anxiety this has caused,",
        YOON,
        "direct",
        "said",
        "CEO Yoon Seo-yeon",
    ),
    p(
        "the company had reset the passwords of all affected users, blocked the subcontractor's "
        "access and hired an outside security firm to review its systems",
        YOON,
        "indirect",
        "said",
        "Yoon",
    ),
    p(
        "Hanbit Pay would compensate users who suffered any financial loss",
        YOON,
        "indirect",
        "said",
        "She",
    ),
    p(
        "The direct cost of compensation is manageable. What worries investors is the user "
        "numbers,",
        CHOI,
        "direct",
        "said",
        "Choi Da-eun, an analyst at Seorin Investment & Securities",
    ),
    p(
        "Payment apps live on trust, and Hanbit was already losing share to the big platforms.",
        CHOI,
        "direct",
        "said",
        "Choi Da-eun, an analyst at Seorin Investment & Securities",
    ),
    p(
        "she had cut her target price for the stock to 21,000 won from 27,000 won and expected "
        "the payment unit to lose about 8 percent of its monthly active users by the end of the "
        "first quarter",
        CHOI,
        "indirect",
        "said",
        "Choi",
    ),
    p(
        "the sell-off was overdone",
        PARK,
        "indirect",
        "said",
        "Another analyst, Park Jae-min of Hyeonul Securities,",
    ),
    p(
        "similar breaches at Korean retailers in recent years had cost them customers for only "
        "a few months",
        PARK,
        "indirect",
        "arguing",
        "Another analyst, Park Jae-min of Hyeonul Securities,",
    ),
    p(
        "People are angry this week. In three months, most of them will still be paying for "
        "their coffee with the same app,",
        PARK,
        "direct",
        "said",
        "he",
    ),
    p(
        "it would inspect Hanbit Pay's handling of card data starting next week",
        FSS_BODY,
        "indirect",
        "said",
        "The Financial Supervisory Service",
    ),
    p(
        "More than 1,200 users have joined an online community set up over the weekend to "
        "prepare a class action",
        LEE,
        "indirect",
        "according to",
        "Lee Hyun-woo, a lawyer at the Seoul law firm Daon who is representing them",
    ),
    p("the group would seek 300,000 won in damages for each user", LEE, "indirect", "said", "Lee"),
    p(
        "that figure was in line with what courts had awarded after earlier leaks at telecom "
        "operators and online retailers",
        LEE,
        "indirect",
        "said",
        "He",
    ),
    p(
        "she learned of the leak from a text message Hanbit Pay sent on Monday night, two days "
        "after news reports first mentioned a breach",
        KIM,
        "indirect",
        "said",
        "Kim Soo-ah, a 34-year-old office worker in Seoul,",
    ),
    p(
        "They told me my card number was partly exposed and that I should watch my statements. "
        "That's all. Nobody explained what 'partly' means,",
        KIM,
        "direct",
        "said",
        "she",
    ),
    p(
        "subcontractor accounts had become one of the most common ways into Korean corporate "
        "networks because companies often gave them wide access and rarely checked how they "
        "were used",
        KWON,
        "indirect",
        "said",
        "Kwon Tae-sik, a professor of information security at Korea University,",
    ),
    p(
        "Companies spend money protecting the front door and then hand out spare keys to "
        "everyone who works for them,",
        KWON,
        "direct",
        "said",
        "Kwon",
    ),
    p(
        "it had ordered Hanbit Pay to notify every affected user individually by Friday and to "
        "publish on its website a list of the data fields that were exposed",
        PIPC_BODY,
        "indirect",
        "said",
        "The PIPC",
    ),
]

# --- a court lets a supermarket warehouse strike go on (DutchNews.nl style, no dateline,
# curly ‘single quotes’ with curly apostrophes, `told broadcaster NOS`, `cao`, `%`, `€`) -------
VERHOEF = "Verhoef"
COURT = "Midden-Nederland district court"
VERHOEF_BODY = {"speaker": VERHOEF, "country": "NL"}
VERBEEK = {"speaker": "Marloes Verbeek", "role": "Judge", "country": "NL", "org": COURT}
YILMAZ = {"speaker": "Esra Yılmaz", "role": "negotiator", "country": "NL", "org": "FNV"}
BAKKER = {
    "speaker": "Pieter Bakker",
    "role": "operations director",
    "country": "NL",
    "org": VERHOEF,
}
KRAMER = {"speaker": "Dennis Kramer", "role": "forklift driver", "country": "NL"}
EL_AMRANI = {"speaker": "Fatima El Amrani", "role": "order picker", "country": "NL"}
SMIT = {"speaker": "Jorien Smit", "role": "retail analyst", "country": "NL", "org": "Marktwijzer"}
LAMMERS = {"speaker": "Wouter Lammers", "role": "social affairs minister", "country": "NL"}
MERTENS = {"speaker": "Anouk Mertens", "country": "NL"}

STRIKE_Q = [
    p(
        "Workers at supermarket chain Verhoef’s main distribution centre in Nieuwegein can "
        "continue their strike",
        VERBEEK,
        "indirect",
        "ruled",
        "a judge in Utrecht",
    ),
    # `rejecting the company’s claim that A` (as r26d's and r27a's `rejected claims that A`)
    p(
        "the company’s claim that the walkout was putting the food supply in the centre of the "
        "country at risk",
        VERBEEK,
        "indirect",
        "rejecting",
        "a judge in Utrecht",
    ),
    p(
        "the right to strike weighed more heavily than the chain’s losses, and that other "
        "supermarkets in the region were still open and well stocked",
        VERBEEK,
        "indirect",
        "said",
        "Judge Marloes Verbeek of the Midden-Nederland district court",
    ),
    p(
        "Empty shelves in one chain’s stores are not a threat to public health,",
        VERBEEK,
        "direct",
        "said",
        "she",
    ),
    p(
        "This is a victory for every worker who has been told the law is on the employer’s side,",
        YILMAZ,
        "direct",
        "told",
        "FNV negotiator Esra Yılmaz",
    ),
    p(
        "Verhoef can end this tomorrow. It knows exactly what we are asking for.",
        YILMAZ,
        "direct",
        "told",
        "FNV negotiator Esra Yılmaz",
    ),
    p(
        "the strike would continue at least until Friday and that the union was ready to extend "
        "it to the chain’s second depot in Zwolle",
        YILMAZ,
        "indirect",
        "said",
        "Yılmaz",
    ),
    p("disappointed", VERHOEF_BODY, "partial", "said", "Verhoef, which has 212 stores,"),
    p(
        "would study it with its lawyers",
        VERHOEF_BODY,
        "indirect",
        "said",
        "Verhoef, which has 212 stores,",
    ),
    p(
        "around a third of its stores in Utrecht, Gelderland and North Holland had run out of "
        "fresh produce, dairy and bread by Monday evening",
        VERHOEF_BODY,
        "indirect",
        "said",
        "The company",
    ),
    p(
        "the chain had offered a 6% rise over two years and permanent contracts after 18 months",
        BAKKER,
        "indirect",
        "said",
        "Operations director Pieter Bakker",
    ),
    p(
        "That is a good offer in this market. We have asked the FNV to come back to the table, "
        "and the door is open,",
        BAKKER,
        "direct",
        "said",
        "he",
    ),
    p(
        "the company would not try to bring in temporary replacement staff but was looking at "
        "having suppliers deliver directly to some of its stores",
        BAKKER,
        "indirect",
        "said",
        "He",
    ),
    p(
        "I have been on a temp contract for three years. Three years of not knowing if I have a "
        "job next month,",
        KRAMER,
        "direct",
        "said",
        "forklift driver Dennis Kramer, 41",
    ),
    p(
        "My daughter asks why I’m standing outside in the cold. I tell her it is so she won’t "
        "have to.",
        KRAMER,
        "direct",
        "said",
        "forklift driver Dennis Kramer, 41",
    ),
    p(
        "she and her colleagues had lost about €90 a day each since Friday but that most of them "
        "were prepared to hold out for another week",
        EL_AMRANI,
        "indirect",
        "said",
        "Another striker, order picker Fatima El Amrani,",
    ),
    p(
        "shoppers were already switching to rival chains",
        SMIT,
        "indirect",
        "said",
        "Retail analyst Jorien Smit of the consultancy Marktwijzer",
    ),
    p(
        "Supermarket customers are loyal until the shelves are empty. After a week, people have "
        "new habits,",
        SMIT,
        "direct",
        "told",
        "she",
    ),
    p(
        "Verhoef was losing between €4 million and €5 million in sales a day while the depot was "
        "shut",
        SMIT,
        "indirect",
        "estimated",
        "She",
    ),
    q(
        "an appeal would probably be heard within two weeks",
        None,
        "indirect",
        "said",
        "A spokesman for the court",
        role="spokesman",
        country="NL",
        org=COURT,
    ),
    p(
        "he would not intervene in the dispute",
        LAMMERS,
        "indirect",
        "said",
        "Social affairs minister Wouter Lammers",
    ),
    p(
        "get back around the table before the weekend",
        LAMMERS,
        "partial",
        "urged",
        "Social affairs minister Wouter Lammers",
    ),
    p(
        "I came for milk and nappies and there is nothing,",
        MERTENS,
        "direct",
        "said",
        "Anouk Mertens, who was leaving a Verhoef store in the city’s Lombok district with an "
        "empty basket",
    ),
    p(
        "I understand the workers, I really do. But I will shop somewhere else until this is over.",
        MERTENS,
        "direct",
        "said",
        "Anouk Mertens, who was leaving a Verhoef store in the city’s Lombok district with an "
        "empty basket",
    ),
]

# --- a school bond fails by 14 votes and a recount is sought (a local TV station's website,
# dateline `CALDWELL, Idaho —`, straight "double quotes", `told KIDV 5 News`, a `What happens
# next` subhead, `%`, `Nov. 13`) ---------------------------------------------------------------
CSD = "Caldwell School District"
CSD_BODY = {"speaker": CSD, "country": "US"}
SALAZAR = {"speaker": "Rick Salazar", "role": "Superintendent", "country": "US", "org": CSD}
WHITFORD = {"speaker": "Jenna Whitford", "country": "US", "org": "Yes for Caldwell Kids"}
REYES = {"speaker": "Donna Reyes", "role": "County Clerk", "country": "US"}
TOLLEY = {
    "speaker": "Mark Tolley",
    "role": "spokesman",
    "country": "US",
    "org": "Caldwell Taxpayers Alliance",
}
LUND = {"speaker": "Gary Lund", "country": "US"}
OKAFOR = {"speaker": "Linda Okafor", "role": "school board chair", "country": "US"}
CASTILLO = {"speaker": "Amber Castillo", "role": "sixth-grade teacher", "country": "US"}

BOND_Q = [
    q("they will ask for a recount", None, "indirect", "say", "supporters", country="US"),
    p(
        "Fourteen votes. That's one classroom's worth of parents who stayed home,",
        SALAZAR,
        "direct",
        "said",
        "Caldwell School District Superintendent Rick Salazar",
    ),
    p(
        "I'm disappointed, but I'm not surprised. Every bond in this valley has been close.",
        SALAZAR,
        "direct",
        "said",
        "Caldwell School District Superintendent Rick Salazar",
    ),
    p(
        "the district's two middle schools are at 130% of capacity and that nine portable "
        "classrooms are now in use at Lakeview Middle School alone",
        SALAZAR,
        "indirect",
        "said",
        "Salazar",
    ),
    p(
        "the group would file its request with the county on Thursday and would pay for the "
        "recount itself if it had to",
        WHITFORD,
        "indirect",
        "said",
        "Jenna Whitford, who co-chairs the Yes for Caldwell Kids campaign,",
    ),
    p(
        "We owe it to the kids in those portables to make sure every ballot was counted right,",
        WHITFORD,
        "direct",
        "told",
        "Whitford",
    ),
    p(
        "If it still fails, it fails, and we'll be back in May.",
        WHITFORD,
        "direct",
        "told",
        "Whitford",
    ),
    p(
        "her office would finish canvassing the results by Nov. 13 and that a recount could not "
        "begin until the canvass is certified",
        REYES,
        "indirect",
        "said",
        "Canyon County Clerk Donna Reyes",
    ),
    p(
        "Our machines were tested before and after election day, and they matched. But a "
        "recount is the law, and we'll do it by the book,",
        REYES,
        "direct",
        "said",
        "Reyes",
    ),
    p(
        "a hand recount of the roughly 21,000 ballots cast would take about three days and "
        "would be open to the public",
        REYES,
        "indirect",
        "said",
        "Reyes",
    ),
    p(
        "the recount was a waste of county money and that voters had turned down a school bond "
        "twice in three years",
        TOLLEY,
        "indirect",
        "said",
        "Mark Tolley, a spokesman for the Caldwell Taxpayers Alliance, which campaigned against "
        "the bond,",
    ),
    p(
        "Nobody is against kids. People are against a tax bill that goes up every single year "
        "while their paychecks don't,",
        TOLLEY,
        "direct",
        "said",
        "Tolley",
    ),
    p("Fourteen votes or 1,400, the answer is no.", TOLLEY, "direct", "said", "Tolley"),
    p(
        "the alliance would support a smaller bond to renovate the existing schools instead of "
        "building a new one",
        TOLLEY,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the bond would have added about $118 a year to the property tax bill on a $350,000 home",
        CSD_BODY,
        "indirect",
        "estimated",
        "The district",
    ),
    p(
        "he voted against the bond because the taxes on his house had gone up by $600 in two years",
        LUND,
        "indirect",
        "said",
        "Gary Lund, 68, who has lived in Caldwell since the 1980s,",
    ),
    p(
        "I've got nothing against a new school. I just can't keep writing bigger checks to the "
        "county,",
        LUND,
        "direct",
        "said",
        "he",
    ),
    p(
        "trustees would meet Monday to decide whether to put the bond back on the ballot in "
        "March, possibly for a smaller amount",
        OKAFOR,
        "indirect",
        "said",
        "School board chair Linda Okafor",
    ),
    p(
        "her students have to walk outside, sometimes through snow, to get to the restroom",
        CASTILLO,
        "indirect",
        "said",
        "Sixth-grade teacher Amber Castillo, who teaches in one of the portables at Lakeview,",
    ),
    p(
        "They're 11 and 12 years old. They deserve a building with a hallway,",
        CASTILLO,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had knocked on more than 200 doors for the campaign and planned to do it again in "
        "the spring",
        CASTILLO,
        "indirect",
        "said",
        "Castillo",
    ),
    p(
        "the district would not cut programs to pay for more portables",
        SALAZAR,
        "indirect",
        "said",
        "Salazar",
    ),
    p("until this community decides what it wants to do.", SALAZAR, "partial", "warned", "Salazar"),
    p("We're not going anywhere, and neither are these kids,", SALAZAR, "direct", "said", "he"),
]

DOCS = [
    ("heldout35-airservice-manitoba-lynn-lake-scheduled-flights-end", None, AIR_Q),
    ("heldout35-theatre-ireland-galway-quay-lane-arts-council-funding-refused", None, THEATRE_Q),
    ("heldout35-breach-korea-hanbit-pay-user-data-leak", None, BREACH_Q),
    ("heldout35-strike-netherlands-verhoef-warehouse-court-ruling", None, STRIKE_Q),
    ("heldout35-bond-idaho-caldwell-middle-school-recount", "CALDWELL", BOND_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (BLA, TAMARACK, QUAY, AC, PIPC, HANBIT, FSS, VERHOEF, CSD)


def main():
    write_gold(
        HERE,
        "heldout35_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout35",
        source="quotesdb held-out 35 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
