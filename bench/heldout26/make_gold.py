"""Build heldout26_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the conventions of decisions 1-10 of articles/attribution/README.md and of the
earlier sets (see bench/heldout26/README.md). Each quote is located by searching its exact
text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout26/make_gold.py   # writes bench/heldout26/heldout26_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a card processor's outage post-mortem (The Register style, no dateline, straight
# "double quotes" and apostrophes, `biz`, `told The Register`; SE, one body FI) -------------
NORDPAY = "Nordpay"
KONSUM = "Konsumgruppen Norr"
FI_SUP = "Finansinspektionen"
FRMA = "Finnish Retail Merchants' Association"
NORDPAY_BODY = {"speaker": NORDPAY, "country": "SE"}
KONSUM_BODY = {"speaker": KONSUM, "country": "SE"}
FI_SUP_BODY = {"speaker": FI_SUP, "country": "SE"}
FRMA_BODY = {"speaker": FRMA, "country": "FI"}
DAHLQVIST = {
    "speaker": "Henrik Dahlqvist",
    "role": "chief technology officer",
    "country": "SE",
    "org": NORDPAY,
}
SJOBERG = {"speaker": "Elin Sjöberg", "role": "head of payments", "country": "SE", "org": KONSUM}
EK = {"speaker": "Mattias Ek", "role": "site reliability consultant", "country": "SE"}
LAAKSONEN = {"speaker": "Riikka Laaksonen", "role": "chief economist", "country": "FI", "org": FRMA}
DAHLQVIST_SRC = "chief technology officer Henrik Dahlqvist"
SJOBERG_SRC = "Elin Sjöberg, the co-op's head of payments"
EK_SRC = (
    "Mattias Ek, a site reliability consultant in Gothenburg who read the post-mortem at The "
    "Register's request"
)
ENGINEER_SRC = (
    "One engineer, who asked not to be named because staff had not been cleared to speak to "
    "the press"
)
LAAKSONEN_SRC = "The association's chief economist, Riikka Laaksonen"

OUTAGE_Q = [
    p(
        "the outage which left shoppers in Sweden and Finland unable to pay by card for nine "
        "hours last Saturday was caused by an internal certificate that expired at 06:12, and "
        "that no team was responsible for renewing it",
        NORDPAY_BODY,
        "indirect",
        "admitted",
        "Swedish card processor Nordpay",
    ),
    p(
        "quietly load-bearing since 2019",
        NORDPAY_BODY,
        "partial",
        "said",
        "the Stockholm-based biz",
    ),
    p(
        "roughly 2.3 million transactions were refused before its engineers worked out what "
        "was going on",
        NORDPAY_BODY,
        "indirect",
        "says",
        "Nordpay",
    ),
    p(
        "We had monitoring on the certificate. The alert fired. It went to a mailbox that "
        "belonged to a team we reorganised out of existence two years ago,",
        DAHLQVIST,
        "direct",
        "told",
        DAHLQVIST_SRC,
    ),
    p(
        "That is the whole story, and it is not a flattering one.",
        DAHLQVIST,
        "direct",
        "told",
        DAHLQVIST_SRC,
    ),
    p(
        "the on-call engineers spent the first three hours chasing a suspected "
        "denial-of-service attack, because the failures arrived in bursts that looked like a "
        "traffic flood",
        DAHLQVIST,
        "indirect",
        "said",
        "Dahlqvist",
    ),
    p("Everybody was looking at the firewall,", DAHLQVIST, "direct", "said", "he"),
    p("Nobody was looking at the calendar.", DAHLQVIST, "direct", "said", "he"),
    # the post-mortem (`The report … It concludes`) is the company's document
    p("took eleven minutes once we knew what to do", NORDPAY_BODY, "partial", "concludes", "It"),
    p(
        "some branches had turned customers away at the tills while others let regular "
        "shoppers take their groceries on trust",
        KONSUM_BODY,
        "indirect",
        "said",
        "Konsumgruppen Norr, a grocery co-operative with 212 stores in the north of the country",
    ),
    p(
        "Our staff in Luleå were writing names and amounts on the back of receipts,",
        SJOBERG,
        "direct",
        "said",
        SJOBERG_SRC,
    ),
    p(
        "We have had most of that money back. Not all of it.",
        SJOBERG,
        "direct",
        "said",
        SJOBERG_SRC,
    ),
    p(
        "the co-operative would seek compensation under its contract with Nordpay",
        SJOBERG,
        "indirect",
        "said",
        "She",
    ),
    p("a joke after a day like that", SJOBERG, "partial", "called", "She"),
    p(
        "it had asked Nordpay for a full account of the incident",
        FI_SUP_BODY,
        "indirect",
        "said",
        "Sweden's financial supervisor, Finansinspektionen",
    ),
    p(
        "consider whether further measures are warranted",
        FI_SUP_BODY,
        "partial",
        "said",
        "Sweden's financial supervisor, Finansinspektionen",
    ),
    p(
        "the most boring way to take down a country, and the most common",
        EK,
        "partial",
        "said",
        EK_SRC,
    ),
    p(
        "Every big outage I have investigated had an ownership problem hiding behind a "
        "technical one,",
        EK,
        "direct",
        "said",
        "Ek",
    ),
    p("This one just wrote it down.", EK, "direct", "said", "Ek"),
    q(
        "the reorganisation that orphaned the alert mailbox had also cut the platform team from "
        "nine people to four",
        None,
        "indirect",
        "said",
        ENGINEER_SRC,
        role="engineer",
        country="SE",
        org=NORDPAY,
    ),
    q(
        "They fixed the certificate. They have not fixed the staffing,",
        None,
        "direct",
        "said",
        "the engineer",
        role="engineer",
        country="SE",
        org=NORDPAY,
    ),
    p(
        "all 1,800 of the company's internal certificates now had a named owner, and that "
        "renewals would be fully automated by the end of the year",
        DAHLQVIST,
        "indirect",
        "said",
        "Dahlqvist",
    ),
    p("No. The failure was structural, and so is the fix.", DAHLQVIST, "direct", "said", "he"),
    p(
        "its members had lost an estimated €14m in sales over the day",
        FRMA_BODY,
        "indirect",
        "said",
        "The Finnish Retail Merchants' Association",
    ),
    p("it did not recognise that figure", NORDPAY_BODY, "indirect", "said", "Nordpay"),
    p(
        "the estimate came from a survey of 640 shops",
        LAAKSONEN,
        "indirect",
        "said",
        LAAKSONEN_SRC,
    ),
    p("if anything, on the cautious side", LAAKSONEN, "partial", "said", LAAKSONEN_SRC),
    p(
        "Cash still works. That is the lesson our members took from Saturday,",
        LAAKSONEN,
        "direct",
        "said",
        "she",
    ),
    p(
        "it will publish a follow-up report once Finansinspektionen has finished its review",
        NORDPAY_BODY,
        "indirect",
        "says",
        "The biz",
    ),
]

# --- a Baptist convention closes its seminary (Religion News Service style, dateline
# `NASHVILLE, Tenn. (RNS) —`, curly “double quotes”, `the Rev.`; US) ------------------------
CONVENTION = "Cumberland Baptist Convention"
SEMINARY = "Harrow Hill Theological Seminary"
QUARLES = {
    "speaker": "Deborah Quarles",
    "role": "president",
    "country": "US",
    "org": CONVENTION,
}
WHITFIELD = {"speaker": "Thomas Whitfield", "role": "president", "country": "US", "org": SEMINARY}
BELL = {"speaker": "Marcus Bell", "role": "pastor", "country": "US"}
OKONKWO = {"speaker": "Grace Okonkwo-Hill", "role": "divinity student", "country": "US"}
CASTELLANOS = {"speaker": "Ruth Castellanos", "country": "US", "org": "Cheatham College"}
QUARLES_SRC = "the Rev. Deborah Quarles, the convention’s president"
BELL_SRC = "Marcus Bell, pastor of a congregation of about 90 people in Jackson, Tenn."
OKONKWO_SRC = "Grace Okonkwo-Hill, a second-year divinity student from Atlanta"
CASTELLANOS_SRC = (
    "Ruth Castellanos, who teaches American religious history at Cheatham College and has "
    "written about Southern Baptist schools"
)

SEMINARY_Q = [
    q(
        "the seminary had lost money in 11 of the past 12 years and that enrollment had fallen "
        "to 64 students, down from more than 300 in the 1990s",
        None,
        "indirect",
        "said",
        "Convention leaders",
        country="US",
        org=CONVENTION,
    ),
    p(
        "We are not closing a school because we have stopped believing in theological education,",
        QUARLES,
        "direct",
        "told",
        QUARLES_SRC,
    ),
    p("We are closing a campus we can no longer heat.", QUARLES, "direct", "told", QUARLES_SRC),
    p(
        "the convention would keep a smaller ministry-training program running online and "
        "through partnerships with two Baptist colleges, and that no current student would be "
        "left without a path to finish a degree",
        QUARLES,
        "indirect",
        "said",
        "Quarles",
    ),
    p(
        "the school had a plan to balance its budget within three years by renting out "
        "dormitories and cutting administrative staff",
        WHITFIELD,
        "indirect",
        "said",
        "He",
    ),
    p("a line in a spreadsheet.", WHITFIELD, "partial", "accused", "He"),
    p("You can sell the land once,", WHITFIELD, "direct", "said", "Whitfield"),
    p(
        "You cannot buy back what happens in those classrooms.",
        WHITFIELD,
        "direct",
        "said",
        "Whitfield",
    ),
    q(
        "they loved the seminary but could not justify the cost to their own congregations",
        None,
        "indirect",
        "said",
        "Several delegates who spoke in favor of the closure",
        country="US",
    ),
    p(
        "his church had given more than $4,000 a year to the seminary for as long as he could "
        "remember",
        BELL,
        "indirect",
        "said",
        BELL_SRC,
    ),
    p("That is a lot of money for us,", BELL, "direct", "said", "he"),
    p("I would rather send it to a student than to a boiler.", BELL, "direct", "said", "he"),
    p(
        "she had moved her family to Nashville to study at Harrow Hill and learned of the "
        "closure plan from a Facebook post",
        OKONKWO,
        "indirect",
        "said",
        OKONKWO_SRC,
    ),
    p("Nobody from the convention asked us what we needed,", OKONKWO, "direct", "said", "she"),
    p("They told us what they had decided.", OKONKWO, "direct", "said", "she"),
    # a board of trustees is a group of people: an unnamed source of the seminary
    q(
        "honor the will of the convention",
        None,
        "partial",
        "said",
        "the seminary’s board of trustees",
        country="US",
        org=SEMINARY,
    ),
    q(
        "begin talks with the two partner colleges on transferring students and records",
        None,
        "indirect",
        "said",
        "the seminary’s board of trustees",
        country="US",
        org=SEMINARY,
    ),
    q(
        "The sale of the 46-acre campus could bring in as much as $30 million",
        None,
        "indirect",
        "according to",
        "an appraisal commissioned by the convention",
        country="US",
    ),
    p(
        "most of the money would go into an endowment for scholarships and pastors’ pensions",
        QUARLES,
        "indirect",
        "said",
        "Quarles",
    ),
    q(
        "whether the convention has the authority to sell the land at all",
        None,
        "indirect",
        "questioned",
        "Some alumni",
        country="US",
    ),
    q(
        "for the education of Christian ministry forever.",
        None,
        "partial",
        "say",
        "They",
        country="US",
    ),
    p(
        "small denominations across the region were facing the same arithmetic",
        CASTELLANOS,
        "indirect",
        "said",
        CASTELLANOS_SRC,
    ),
    p(
        "Seminaries were built for a church that had a lot more people in the pews and a lot "
        "more young men who expected to be pastors for 40 years,",
        CASTELLANOS,
        "direct",
        "said",
        "she",
    ),
    p(
        "What you are seeing now is a generation of institutions discovering that their "
        "buildings are their biggest liability.",
        CASTELLANOS,
        "direct",
        None,
        "she",
    ),
    p(
        "closures like Harrow Hill’s were rarely the end of the story, because the fights over "
        "property and memory often lasted longer than the schools themselves",
        CASTELLANOS,
        "indirect",
        "said",
        "Castellanos",
    ),
    p("she understood the grief in the room", QUARLES, "indirect", "told", "Quarles"),
    p("she had been ordained in the seminary’s chapel in 1998", QUARLES, "indirect", "said", "She"),
    p("I will miss it too,", QUARLES, "direct", "said", "she"),
    p("But grief is not a budget.", QUARLES, "direct", "said", "she"),
]

# --- a Dutch pension fund's accountability body votes down the switch (pensions
# trade-press style, no dateline, curly ‘single quotes’ with a nested “double” one, curly
# apostrophes, `€11.4bn`, Dutch `van den` names; NL) ----------------------------------------
PFZ = "Stichting Pensioenfonds Zuivel"
ZUIVELBOND = "Zuivelbond"
MINISTRY = "Ministry of Social Affairs and Employment"
PFZ_BODY = {"speaker": PFZ, "country": "NL"}
ZUIVELBOND_BODY = {"speaker": ZUIVELBOND, "country": "NL"}
MINISTRY_BODY = {"speaker": MINISTRY, "country": "NL"}
VAN_DEN_BERG = {"speaker": "Marieke van den Berg", "role": "chair", "country": "NL", "org": PFZ}
HERMANS = {"speaker": "Joost Hermans", "role": "chairman", "country": "NL"}
DIJKSTRA = {
    "speaker": "Sanne Dijkstra",
    "role": "lead negotiator",
    "country": "NL",
    "org": ZUIVELBOND,
}
KRAMER = {"speaker": "Pieter Kramer", "role": "partner", "country": "NL", "org": "Lindeboom & Co"}
BOSMAN = {"speaker": "Henk Bosman", "country": "NL"}
HERMANS_SRC = "Joost Hermans, chairman of the accountability body"
KRAMER_SRC = "Pieter Kramer, a partner at Utrecht-based consultancy Lindeboom & Co"
BOSMAN_SRC = "Henk Bosman, 74, who worked for 38 years at a cheese factory near Gouda"

PENSION_Q = [
    p("regrets", PFZ_BODY, "partial", "said", "PFZ"),
    p("study the objections carefully", PFZ_BODY, "partial", "said", "PFZ"),
    p(
        "the fund still believed the new contract was in the best interest of members of every age",
        VAN_DEN_BERG,
        "indirect",
        "said",
        "Board chair Marieke van den Berg",
    ),
    p(
        "We have a funding ratio of 121%, which is exactly the moment you want to make this move,",
        VAN_DEN_BERG,
        "direct",
        "said",
        "she",
    ),
    p(
        "If we wait a year, we may not be able to give pensioners the increase we have "
        "promised them.",
        VAN_DEN_BERG,
        "direct",
        "said",
        "she",
    ),
    p(
        "the board would meet the accountability body again within two weeks and was prepared "
        "to change the way the fund’s reserves were divided between age groups",
        VAN_DEN_BERG,
        "indirect",
        "said",
        "Van den Berg",
    ),
    # split content around `, according to X,`: both pieces
    p("The main objection", HERMANS, "indirect", "according to", HERMANS_SRC),
    p(
        "is that the board’s proposal gives too small a share of the fund’s buffers to members "
        "over 60",
        HERMANS,
        "indirect",
        "according to",
        HERMANS_SRC,
    ),
    p(
        "The people who have paid in longest are being asked to trust a model they cannot check,",
        HERMANS,
        "direct",
        "said",
        "he",
    ),
    p(
        "My members are not against change. They are against being told that a spreadsheet is "
        "a promise.",
        HERMANS,
        "direct",
        "said",
        "he",
    ),
    p(
        "several members of the body had received letters and phone calls from pensioners who "
        "feared that their payments would swing with the stock market after the switch",
        HERMANS,
        "indirect",
        "said",
        "Hermans, a retired production manager",
    ),
    q(
        "some trustees had argued for postponing the transition to 2027 even before the vote, "
        "but had been overruled by the chair",
        None,
        "indirect",
        "said",
        "Two people familiar with the board’s deliberations",
        country="NL",
    ),
    p(
        "the vote showed that the fund had not explained the plan well enough",
        ZUIVELBOND_BODY,
        "indirect",
        "said",
        "The food industry union Zuivelbond, which negotiated the new contract with employers "
        "last year",
    ),
    p(
        "the union still supported the switch",
        DIJKSTRA,
        "indirect",
        "said",
        "Its lead negotiator, Sanne Dijkstra",
    ),
    p("This is not a no to the new system,", DIJKSTRA, "direct", "said", "Dijkstra"),
    p(
        "It is a no to the way the sums were explained, and that can be fixed.",
        DIJKSTRA,
        "direct",
        "said",
        "Dijkstra",
    ),
    p(
        "the union would ask the board to publish the calculations behind the division of the "
        "reserves in full",
        DIJKSTRA,
        "indirect",
        "added",
        "She",
    ),
    p(
        "a negative opinion from an accountability body was rare but not unheard of, and that "
        "most funds in the same position had reached a compromise within months",
        KRAMER,
        "indirect",
        "said",
        KRAMER_SRC,
    ),
    p(
        "Boards tend to underestimate how much the older cohorts care about the word "
        "“guaranteed”, even when the guarantee was never really there,",
        KRAMER,
        "direct",
        "said",
        "he",
    ),
    p(
        "a delay to 2027 would cost PFZ an estimated €2m in extra administration fees, but that "
        "the bigger risk was a legal challenge by members if the fund pushed ahead without "
        "consent",
        KRAMER,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the legal deadline for funds to complete their transition, 1 January 2028, would not "
        "be extended",
        MINISTRY_BODY,
        "indirect",
        "said",
        "The Ministry of Social Affairs and Employment",
    ),
    p(
        "he had written to the accountability body twice in October",
        BOSMAN,
        "indirect",
        "said",
        BOSMAN_SRC,
    ),
    p(
        "I am not an actuary. I just want to know that what I get next year will not be less "
        "than what I get now,",
        BOSMAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "he had not yet decided whether to join a members’ association that is considering "
        "legal action against the fund",
        BOSMAN,
        "indirect",
        "said",
        "Bosman",
    ),
    p("heard the message", VAN_DEN_BERG, "partial", "told", "Van den Berg"),
    p(
        "would return with a revised proposal before Christmas",
        VAN_DEN_BERG,
        "indirect",
        "told",
        "Van den Berg",
    ),
]

# --- the Commission on Elections halts a cityhood plebiscite (Philippine Daily Inquirer
# style, dateline `MANILA, Philippines —`, straight "double quotes", `Atty.`, a nickname in
# quotes, Filipino quotes with their translation in brackets; PH) ----------------------------
COMELEC = "Commission on Elections"
NPO = "National Printing Office"
BBN = "Bantay Balota Network"
NPO_BODY = {"speaker": NPO, "country": "PH"}
MANGUBAT = {"speaker": "Eduardo Mangubat", "role": "Chairperson", "country": "PH", "org": COMELEC}
DIZON = {
    "speaker": "Carmela Dizon-Reyes",
    "role": "spokesperson",
    "country": "PH",
    "org": COMELEC,
}
ESGUERRA = {"speaker": "Rolando Esguerra", "role": "Mayor", "country": "PH"}
TAN = {"speaker": "Luzviminda Tan", "role": "convenor", "country": "PH", "org": BBN}
MANALO = {"speaker": "Rodel Manalo", "role": "tricycle driver", "country": "PH"}
SARMIENTO = {"speaker": "Reynaldo Sarmiento", "role": "Governor", "country": "PH"}
OFFICIAL_SRC = (
    "A Comelec official, who asked not to be named because he was not authorized to speak on "
    "the matter"
)
ESGUERRA_SRC = 'Tanza Mayor Rolando "Olan" Esguerra, who campaigned for the "yes" side'
TAN_SRC = "Luzviminda Tan, convenor of the poll watchdog Bantay Balota Network"
MANALO_SRC = "Rodel Manalo, 52, a tricycle driver in Barangay Amaya"

PLEBISCITE_Q = [
    # the quoted place name is the ballot's wording, no partial: the clause is the statement
    p(
        'the ballots asked voters whether they approved the creation of the "City of Tanza, '
        'Province of Batangas," instead of Cavite',
        MANGUBAT,
        "indirect",
        "said",
        "Comelec Chairperson Eduardo Mangubat",
    ),
    p(
        "We will not allow a plebiscite to proceed on a question that is wrong on its face. "
        "Even one wrong word is enough to put the result in doubt,",
        MANGUBAT,
        "direct",
        "told",
        "Mangubat",
    ),
    p(
        "the poll body would reprint the ballots at its own expense and set a new date within "
        "30 days, once the printer had certified the corrected files",
        MANGUBAT,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the misprinted ballots had been sealed and moved to a warehouse in Quezon City and "
        "would be destroyed in the presence of watchers from both sides",
        DIZON,
        "indirect",
        "said",
        "Comelec spokesperson Atty. Carmela Dizon-Reyes",
    ),
    p(
        "There is no reason to panic. No ballot has been cast, and no ballot will be counted,",
        DIZON,
        "direct",
        "said",
        "Dizon-Reyes",
    ),
    p(
        "the error came from a template file it had received from the commission",
        NPO_BODY,
        "indirect",
        "said",
        "The National Printing Office, which printed the ballots",
    ),
    p(
        "to the letter.",
        NPO_BODY,
        "partial",
        "said",
        "The National Printing Office, which printed the ballots",
    ),
    q(
        "the template had been copied from a 2019 plebiscite in Batangas and that nobody had "
        "changed the name of the province",
        None,
        "indirect",
        "said",
        OFFICIAL_SRC,
        role="official",
        country="PH",
        org=COMELEC,
    ),
    q(
        "It was a copy-paste error, simple as that,",
        None,
        "direct",
        "said",
        "the official",
        role="official",
        country="PH",
        org=COMELEC,
    ),
    # `"Olan"` (a nickname) and `"yes"` are nobody's words
    p("he was disappointed but accepted the decision", ESGUERRA, "indirect", "said", ESGUERRA_SRC),
    p(
        "Ilang taon na naming hinihintay ito. Kaya pa naming maghintay ng isang buwan (We have "
        "waited years for this. We can wait another month),",
        ESGUERRA,
        "direct",
        "said",
        "Esguerra",
    ),
    p(
        "cityhood would allow the town to collect a larger share of the national tax allotment "
        "and pay for a new public hospital and drainage along the coastal barangays",
        ESGUERRA,
        "indirect",
        "said",
        "He",
    ),
    q(
        "higher city taxes would fall on small businesses and farmers",
        None,
        "indirect",
        "say",
        "Opponents of the conversion",
        country="PH",
    ),
    p("the delay gave voters more time to study the issue", TAN, "indirect", "said", TAN_SRC),
    p(
        "the printing error would feed doubts about the commission's preparations for next "
        "year's barangay elections",
        TAN,
        "indirect",
        "warned",
        TAN_SRC,
    ),
    p(
        "If they cannot get the name of the province right, people will ask what else they got "
        "wrong,",
        TAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "to publish the corrected ballot template online before printing resumed",
        TAN,
        "indirect",
        "urged",
        "Tan",
    ),
    p(
        "the commission would do so and that an internal investigation had been ordered",
        MANGUBAT,
        "indirect",
        "said",
        "Mangubat",
    ),
    p("If someone was negligent, there will be consequences,", MANGUBAT, "direct", "said", "he"),
    q(
        "they had not known the plebiscite was this week",
        None,
        "indirect",
        "said",
        "Some residents",
        country="PH",
    ),
    p("Sayang ang pera (What a waste of money),", MANALO, "direct", "said", MANALO_SRC),
    p(
        "But I would rather they fix it than we vote on the wrong town.",
        MANALO,
        "direct",
        "said",
        MANALO_SRC,
    ),
    p(
        "the provincial government would lend vehicles and personnel to help the commission "
        "deliver the new ballots on time",
        SARMIENTO,
        "indirect",
        "said",
        "Cavite Governor Reynaldo Sarmiento",
    ),
    p(
        "he had spoken to Mangubat by phone on Monday morning and had been assured that the new "
        "date would not clash with the town fiesta in January",
        SARMIENTO,
        "indirect",
        "said",
        "The governor",
    ),
]

# --- a transit board cuts late-night buses (a nonprofit local newsroom's style, no
# dateline, curly “double quotes” with straight apostrophes; US) -----------------------------
TRTA = "Three Rivers Transit Authority"
TRTA_BODY = {"speaker": TRTA, "country": "US"}
KOWALSKI = {"speaker": "Denise Kowalski", "role": "chair", "country": "US", "org": TRTA}
TULL = {"speaker": "Raymond Tull", "role": "chief executive", "country": "US", "org": TRTA}
FAROUK = {"speaker": "Ahmed Farouk", "role": "board member", "country": "US", "org": TRTA}
PORTER = {"speaker": "Shanice Porter", "role": "nursing assistant", "country": "US"}
MENDENHALL = {
    "speaker": "Gary Mendenhall",
    "role": "president",
    "country": "US",
    "org": "Transit Workers Union",
}
VO = {"speaker": "Teresa Vo", "role": "Councilwoman", "country": "US"}
PORTER_SRC = (
    "Shanice Porter, a nursing assistant who rides the 71 route to an overnight shift in Oakland"
)
MENDENHALL_SRC = (
    "Gary Mendenhall, president of Local 1190 of the Transit Workers Union, which represents "
    "about 2,100 drivers and mechanics"
)
VO_SRC = "City Councilwoman Teresa Vo, whose district includes several of the affected routes"

TRANSIT_Q = [
    # a cue inside a relative: `a … hole …, which authority officials say was caused by …`
    q(
        "was caused by the end of federal pandemic aid and a state funding formula that has not "
        "kept up with costs",
        None,
        "indirect",
        "say",
        "authority officials",
        country="US",
        org=TRTA,
    ),
    p("run out of good choices", KOWALSKI, "partial", "said", "Board Chair Denise Kowalski"),
    p(
        "every remaining option would hurt somebody",
        KOWALSKI,
        "indirect",
        "said",
        "Board Chair Denise Kowalski",
    ),
    p(
        "Nobody on this board ran for the job of taking buses away from people,",
        KOWALSKI,
        "direct",
        "said",
        "Kowalski",
    ),
    p(
        "But we are not allowed to run a deficit, and we are not going to pretend the money is "
        "there.",
        KOWALSKI,
        "direct",
        "said",
        "Kowalski",
    ),
    p(
        "the late-night trips carried fewer than 4% of weekday riders while costing nearly 11% "
        "of driver overtime",
        TULL,
        "indirect",
        "said",
        "The authority's chief executive, Raymond Tull",
    ),
    p(
        "the authority would revisit the cuts if Harrisburg passed a transit funding bill "
        "before March",
        TULL,
        "indirect",
        "said",
        "He",
    ),
    p(
        "I'd bring every one of those trips back tomorrow if the money showed up,",
        TULL,
        "direct",
        "said",
        "Tull",
    ),
    p(
        "the numbers hid who the late-night riders were",
        FAROUK,
        "indirect",
        "said",
        "One of them, Ahmed Farouk, a board member appointed by Allegheny County",
    ),
    p(
        "These are not people out on the town. These are the people who clean the hospitals "
        "and stock the shelves so the rest of us can shop in the morning,",
        FAROUK,
        "direct",
        "said",
        "he",
    ),
    p(
        "she would have to leave home at 8 p.m. for an 11 p.m. start if the last bus left "
        "before midnight",
        PORTER,
        "indirect",
        "told",
        PORTER_SRC,
    ),
    p(
        "You are asking me to choose between my job and my kids' bedtime,",
        PORTER,
        "direct",
        "said",
        "Porter",
    ),
    p("I don't have a car. I have a bus pass.", PORTER, "direct", "said", "Porter"),
    q(
        "they had not heard about the proposal until flyers appeared at bus shelters two weeks ago",
        None,
        "indirect",
        "said",
        "Several riders",
        country="US",
    ),
    q(
        "the plan had been posted online in September and discussed at four community meetings",
        None,
        "indirect",
        "said",
        "An authority spokesperson",
        role="spokesperson",
        country="US",
        org=TRTA,
    ),
    p(
        "the union would fight any layoffs that followed the cuts",
        MENDENHALL,
        "indirect",
        "said",
        MENDENHALL_SRC,
    ),
    p("for now,", MENDENHALL, "partial", "said", "He"),
    p("nobody had put that in writing", MENDENHALL, "indirect", "said", "He"),
    p("For now is not a contract,", MENDENHALL, "direct", "said", "Mendenhall"),
    p("a tax on the people who can least afford it", VO, "partial", "called", VO_SRC),
    p(
        "she would ask council to look at funding a late-night shuttle",
        VO,
        "indirect",
        "said",
        VO_SRC,
    ),
    p(
        "the city could not pay for a full replacement but might cover the two busiest corridors",
        VO,
        "indirect",
        "said",
        "She",
    ),
    p("It's a Band-Aid,", VO, "direct", "said", "she"),
    p("It's better than bleeding.", VO, "direct", "said", "she"),
    p(
        "it had already cut management positions and frozen hiring",
        TRTA_BODY,
        "indirect",
        "said",
        "the authority",
    ),
    p("deeper, systemwide reductions", TRTA_BODY, "partial", "warned", "the authority"),
    p(
        "she planned to travel to Harrisburg next month with the chief executive to meet lawmakers",
        KOWALSKI,
        "indirect",
        "said",
        "Kowalski",
    ),
    p("We have made our choice,", KOWALSKI, "direct", "said", "she"),
    p("Now it's the legislature's turn.", KOWALSKI, "direct", "said", "she"),
]

DOCS = [
    ("heldout26-outage-sweden-nordpay-card-certificate-postmortem", None, OUTAGE_Q),
    (
        "heldout26-church-tennessee-baptist-convention-seminary-closure-vote",
        "NASHVILLE, Tenn.",
        SEMINARY_Q,
    ),
    ("heldout26-pensions-netherlands-dairy-fund-transition-vote", None, PENSION_Q),
    (
        "heldout26-election-philippines-comelec-tanza-plebiscite-ballot-error",
        "MANILA, Philippines",
        PLEBISCITE_Q,
    ),
    ("heldout26-transit-pittsburgh-board-cuts-late-night-buses", None, TRANSIT_Q),
]

# organisation speakers: their own organisation (decision 4)
SPEAKING_BODIES = (NORDPAY, KONSUM, FI_SUP, FRMA, PFZ, ZUIVELBOND, MINISTRY, NPO, TRTA)


def main():
    write_gold(
        HERE,
        "heldout26_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout26",
        source="quotesdb held-out 26 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
