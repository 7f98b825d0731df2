"""Build heldout6_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout5 (see its README and bench/heldout6/README.md).
Each quote is located by searching its exact text after the previous quote's end, so the
offsets always satisfy text[start:end] == quote text and the spans of a document never
overlap.

    python3 bench/heldout6/make_gold.py   # writes bench/heldout6/heldout6_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- US campaign rally, New Hampshire primary (straight "double quotes") --------------
HARTWELL = {"speaker": "Dale Hartwell", "role": "former Kentucky governor", "country": "US"}
BRANDVOLD = {"speaker": "Mark Brandvold", "role": "senator", "country": "US"}
OCAMPO = {
    "speaker": "Tyler Ocampo",
    "role": "campaign spokesman",
    "country": "US",
    "org": "Brandvold campaign",
}
# round 24: a relative named as such has the relation as role (round 18's rule,
# the practice of the golds from heldout9 on)
KAREN = {"speaker": "Karen Hartwell", "role": "wife", "country": "US"}
PERREAULT = {"speaker": "Linda Perreault", "role": "retired nurse", "country": "US"}
KITTLE = {"speaker": "Joanna Kittle", "role": "senator", "country": "US"}

RALLY_Q = [
    p("afraid of the room", HARTWELL, "partial", "says", "Hartwell"),
    p(
        "a contest of who can yell the loudest,",
        HARTWELL,
        "partial",
        "told",
        "Former Kentucky governor Dale Hartwell",
    ),
    p(
        "he would spend the final nine days before the vote taking questions instead of "
        "giving speeches",
        HARTWELL,
        "indirect",
        "promised",
        "Former Kentucky governor Dale Hartwell",
    ),
    p(
        "his rival had not held an unscripted event in the state since October",
        HARTWELL,
        "indirect",
        "said",
        "He",
    ),
    p(
        "an insult to people who take this job seriously.",
        HARTWELL,
        "partial",
        "calling",
        "He",
    ),
    p(
        "If you want my vote, you come to my gym and you answer my question. That's New Hampshire,",
        HARTWELL,
        "direct",
        "said",
        "Hartwell",
    ),
    p(
        "I'm not afraid of the room. I don't think he can say the same.",
        HARTWELL,
        "direct",
        "said",
        "Hartwell",
    ),
    p(
        "the senator had held more than 40 events in New Hampshire and would hold six more "
        "before the primary",
        OCAMPO,
        "indirect",
        "said in a statement",
        "Brandvold campaign spokesman Tyler Ocampo",
    ),
    p(
        "the last gasp of a campaign that has run out of money and ideas.",
        OCAMPO,
        "partial",
        "called",
        "Ocampo",
    ),
    q(
        "Hartwell's campaign laid off about a dozen field staffers in South Carolina and "
        "Nevada on Friday",
        None,
        "indirect",
        "according to",
        "two people familiar with the decision",
        country="US",
    ),
    p("putting every dollar where the voters are", HARTWELL, "partial", "said", "Hartwell"),
    p(
        "New Hampshire would decide whether he stayed in the race",
        HARTWELL,
        "indirect",
        "said",
        "Hartwell",
    ),
    p(
        "the couple had driven to 212 towns in the state since the spring",
        KAREN,
        "indirect",
        "told the crowd",
        "His wife, Karen Hartwell",
    ),
    p("still reads every letter.", KAREN, "partial", "said", "She"),
    q(
        "Hartwell's allied super PAC, Granite Future, has reserved $4.2 million in airtime "
        "through primary day",
        "Medialine",
        "indirect",
        "according to",
        "the ad-tracking firm Medialine",
        country="US",
    ),
    p("Independents here don't owe anybody anything,", HARTWELL, "direct", "added", "he"),
    p("That's the whole point of this place.", HARTWELL, "direct", "added", "he"),
    p(
        "she had voted for Democrats in the last two general elections",
        PERREAULT,
        "indirect",
        "said",
        "She",
    ),
    p("actually stood there and listened", PERREAULT, "partial", "said", "She"),
    p("had not made up her mind", PERREAULT, "indirect", "said", "She"),
    p("I came to see if he's real,", PERREAULT, "direct", "said", "Perreault"),
    p(
        "I think he is. I don't know if real wins anymore.",
        PERREAULT,
        "direct",
        "said",
        "Perreault",
    ),
    p(
        "a Senate-tested conservative, not a governor on a listening tour,",
        BRANDVOLD,
        "partial",
        "said",
        "he",
    ),
    p(
        "he would release a plan to cut federal farm payments to large agribusinesses next week",
        BRANDVOLD,
        "indirect",
        "told the crowd",
        "he",
    ),
    p(
        "a distraction from a record he doesn't want to talk about.",
        KITTLE,
        "partial",
        "said",
        "Sen. Joanna Kittle, R-N.H., who has endorsed Brandvold",
    ),
    p(
        "she expected Brandvold to win the state by double digits",
        KITTLE,
        "indirect",
        "said",
        "Kittle",
    ),
    q(
        "have to answer for it in November.",
        "Democratic National Committee",
        "partial",
        "said in a statement",
        "The Democratic National Committee",
        country="US",
    ),
    p(
        "he would hold three more town halls on Sunday, including one in Berlin, in the "
        "state's far north",
        HARTWELL,
        "indirect",
        "said",
        "Hartwel",
    ),
    p("We'll be in every gym that will have us,", HARTWELL, "direct", "said", "he"),
]

# --- Supreme Court ruling reaction, Pennsylvania mail ballots (curly “double quotes”) ---
COURT = "Supreme Court"
VANCE = {"speaker": "Harold Vance", "role": "Justice", "country": "US", "org": COURT}
OAKES = {"speaker": "Miriam Oakes", "role": "Justice", "country": "US", "org": COURT}
BLANCHARD = {"speaker": "Teresa Blanchard", "role": "Governor", "country": "US"}
LANGDON = {"speaker": "Curtis Langdon", "role": "senator", "country": "US"}
IMBERY = {"speaker": "Rachel Imbery", "role": "senator", "country": "US"}
FARRIS = {
    "speaker": "Doug Farris",
    "role": "chairman",
    "country": "US",
    "org": "Pennsylvania Republican Party",
}
WHITFORD = {
    "speaker": "Dana Whitford",
    "role": "spokeswoman",
    "country": "US",
    "org": "White House",
}
LELAND = {
    "speaker": "Marcus Leland",
    "role": "executive director",
    "country": "US",
    "org": "Keystone Voter Project",
}
ASHDOWN = {"speaker": "Steven Ashdown", "role": "lawyer", "country": "US"}

RULING_Q = [
    q(
        "a return to one Election Day.",
        None,
        "partial",
        "hailed",
        "Republicans",
        country="US",
    ),
    p(
        "the state legislature had exceeded its authority by extending a deadline that "
        "Congress had fixed",
        VANCE,
        "indirect",
        "said",
        "Justice Harold Vance",
    ),
    p("cannot be squared with the plain text", VANCE, "partial", "said", "Justice Harold Vance"),
    p(
        "rewritten a century of practice in an afternoon.",
        OAKES,
        "partial",
        "wrote",
        "Justice Miriam Oakes",
    ),
    p("The ruling", OAKES, "indirect", "wrote", "she"),
    p(
        "would fall hardest on rural voters and members of the military serving overseas",
        OAKES,
        "indirect",
        "wrote",
        "she",
    ),
    p(
        "a gift to anyone who wants fewer people voting",
        BLANCHARD,
        "partial",
        "called",
        "Pennsylvania Gov. Teresa Blanchard (D)",
    ),
    p(
        "her administration would ask the legislature to require counties to open drop boxes "
        "50 days before the November midterms",
        BLANCHARD,
        "indirect",
        "said",
        "Pennsylvania Gov. Teresa Blanchard (D)",
    ),
    p(
        "We have 68 days. That is not a lot of time to change how 1.4 million people vote,",
        BLANCHARD,
        "direct",
        "said",
        "Blanchard",
    ),
    p(
        "But we are going to do it, and we are going to do it county by county if we have to.",
        BLANCHARD,
        "direct",
        "said",
        "Blanchard",
    ),
    p(
        "Nobody who mails a ballot on time should lose their vote because of the Postal Service.",
        BLANCHARD,
        "direct",
        "said",
        "Blanchard",
    ),
    q(
        "About 21,000 ballots, roughly 0.3 percent of all votes cast, arrived during the grace "
        "period in the 2024 general election",
        None,
        "indirect",
        "according to",
        "state election figures",
        country="US",
    ),
    p("restored common sense", LANGDON, "partial", "said", "Sen. Curtis Langdon, R-Pa."),
    p("Election Day means Election Day.", LANGDON, "partial", "said", "Sen. Curtis Langdon, R-Pa."),
    p(
        "he had warned state officials for years that the grace period would not survive a "
        "court challenge",
        LANGDON,
        "indirect",
        "told reporters",
        "Langdon, who faces re-election in 2028",
    ),
    p(
        "punish voters for the mail carrier’s schedule.",
        IMBERY,
        "partial",
        "said",
        "Sen. Rachel Imbery, D-Pa.",
    ),
    p(
        "she would introduce legislation next week to require the Postal Service to postmark "
        "every ballot",
        IMBERY,
        "indirect",
        "said",
        "She",
    ),
    p(
        "a decision that will cost his own constituents their votes.",
        IMBERY,
        "partial",
        "accused",
        "she",
    ),
    p(
        "plenty of time",
        FARRIS,
        "partial",
        "said",
        "The state Republican Party chairman, Doug Farris",
    ),
    p(
        "a solution in search of a problem.",
        FARRIS,
        "partial",
        "called",
        "The state Republican Party chairman, Doug Farris",
    ),
    p(
        "the administration was reviewing the decision",
        WHITFORD,
        "indirect",
        "said",
        "A White House spokeswoman, Dana Whitford",
    ),
    q(
        "the change would be difficult to carry out in time",
        None,
        "indirect",
        "said",
        "Election officials in several counties",
        country="US",
    ),
    q(
        "her office had already printed 90,000 return envelopes with instructions that were "
        "now wrong",
        None,
        "indirect",
        "said",
        "One county elections director in western Pennsylvania",
        country="US",
    ),
    q(
        "they would watch the state’s response closely",
        None,
        "indirect",
        "said",
        "Voting-rights groups",
        country="US",
    ),
    p(
        "the group would spend $2 million on mailers and radio ads telling voters to return "
        "ballots early",
        LELAND,
        "indirect",
        "said",
        "Marcus Leland, executive director of the Keystone Voter Project",
    ),
    p("The message is simple now,", LELAND, "direct", "said", "Leland"),
    p(
        "Mail it early or drop it off. Don’t trust the calendar.",
        LELAND,
        "direct",
        "said",
        "Leland",
    ),
    p("relieved and vindicated,", ASHDOWN, "partial", "said", "Their lawyer, Steven Ashdown"),
    p(
        "the ruling would apply to every state with a similar grace period, including at "
        "least 14 others",
        ASHDOWN,
        "indirect",
        "said",
        "Their lawyer, Steven Ashdown",
    ),
    q(
        "several of them were likely to face new lawsuits within weeks",
        None,
        "indirect",
        "said",
        "Election lawyers",
        country="US",
    ),
    p(
        "Today’s decision will be measured not in ballots counted but in ballots never cast.",
        OAKES,
        "direct",
        "wrote",
        "Oaks",
    ),
]

# --- AP international: UN Security Council renews the South Sudan mission ------------
UN = "UN"
CARRICK = {"speaker": "Siobhán Carrick", "role": "ambassador", "country": "IE"}
LIU = {"speaker": "Liu Wenbo", "role": "deputy ambassador", "country": "CN"}
FURLONG = {"speaker": "Declan Furlong", "role": "defense minister", "country": "IE"}
ALBRECHT = {"speaker": "Katrin Albrecht", "role": "defense minister", "country": "DE"}
FERRAND = {"speaker": "Nicolas Ferrand", "role": "head of the mission", "country": "FR", "org": UN}
DENG = {"speaker": "Peter Lual Deng", "role": "information minister", "country": "SS"}
SALLIS = {"speaker": "Gregory Sallis", "role": "deputy ambassador", "country": "US"}
OSEI = {"speaker": "Amara Osei", "role": "country director", "org": "Lifeline Relief"}

MANDATE_Q = [
    q(
        "the compromise had been reached only hours before the vote",
        None,
        "indirect",
        "said",
        "Diplomats",
    ),
    p(
        "This is not the mandate we wanted, but it is a mandate, and the people in those camps "
        "needed one,",
        CARRICK,
        "direct",
        "said",
        "Ireland’s ambassador, Siobhán Carrick",
    ),
    p(
        "We will be back here in a year asking for more.",
        CARRICK,
        "direct",
        "said",
        "Ireland’s ambassador, Siobhán Carrick",
    ),
    p(
        "Beijing had abstained because the resolution did not do enough to respect South "
        "Sudan’s sovereignty",
        LIU,
        "indirect",
        "said",
        "China’s deputy ambassador, Liu Wenbo",
    ),
    p("selective and unhelpful,", LIU, "partial", "called", "He"),
    p(
        "the council should listen more closely to the government in Juba",
        LIU,
        "indirect",
        "said",
        "He",
    ),
    p(
        "for as long as the mandate runs, and not a day less.",
        FURLONG,
        "partial",
        "said",
        "Ireland’s defense minister, Declan Furlong",
    ),
    p(
        "Germany would withdraw its 120 logistics troops by the end of March",
        ALBRECHT,
        "indirect",
        "told reporters",
        "His German counterpart, Katrin Albrecht",
    ),
    p(
        "The decision was taken months ago and has nothing to do with the situation on the ground",
        ALBRECHT,
        "indirect",
        "said",
        "she",
    ),
    p(
        "Our peacekeepers are stretched thinner than at any time since 2013. Fewer of them "
        "will mean longer patrols and longer nights.",
        FERRAND,
        "direct",
        "said",
        "The head of the mission, Nicolas Ferrand, a French diplomat",
    ),
    p(
        "his staff had recorded 341 attacks on civilians in the first half of the year, a 40% "
        "increase on the same period last year",
        FERRAND,
        "indirect",
        "said",
        "Ferand",
    ),
    p(
        "the rainy season would cut off roads to several camps",
        FERRAND,
        "indirect",
        "warned",
        "Ferand",
    ),
    p("ready and able", DENG, "partial", "said", "he"),
    p("overstayed its welcome in some areas.", DENG, "partial", "said", "he"),
    p(
        "Washington had supported the extension but shared concerns about the mission’s cost",
        SALLIS,
        "indirect",
        "said",
        "The U.S. deputy ambassador, Gregory Sallis",
    ),
    q(
        "it would begin consultations with troop-contributing countries this week on which "
        "units would leave first",
        "U.N. Department of Peace Operations",
        "indirect",
        "said in a statement",
        "The U.N. Department of Peace Operations",
        org=UN,
    ),
    q(
        "Germany’s engineers would be the hardest to replace",
        None,
        "indirect",
        "said",
        "A U.N. official familiar with the planning",
        org=UN,
    ),
    q(
        "the cut came at the worst possible moment",
        None,
        "indirect",
        "said",
        "Aid groups",
    ),
    q(
        "its clinics near Wadakona had treated 60 gunshot victims in August alone, and that it "
        "had suspended two mobile teams after an attack on a convoy",
        "Lifeline Relief",
        "indirect",
        "said in a statement",
        "The Norway-based charity Lifeline Relief",
        country="NO",
    ),
    p(
        "The people we treat are not asking for a political solution. They are asking for the "
        "road to be open,",
        OSEI,
        "direct",
        "said",
        "the charity’s country director, Amara Osei",
    ),
    p(
        "the charity had asked the mission for armed escorts twice this month and had been "
        "refused once",
        OSEI,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Every country makes its own decision. We made ours carefully.",
        ALBRECHT,
        "direct",
        "said",
        "Albrecht",
    ),
    p("We will hand it over properly, not overnight,", ALBRECHT, "direct", "added", "she"),
    p(
        "Ireland would push for a review of the troop ceiling in six months",
        CARRICK,
        "indirect",
        "said",
        "Carrick",
    ),
]

# --- markets: chocolate maker's profit warning (British style, ‘single quotes’) -------
PL = "Pemberton Lowe"
UNION = "Food and Confectionery Workers’ Union"
MARCHETTI = {"speaker": "Fiona Marchetti", "role": "chief executive", "country": "GB", "org": PL}
PRYCE = {"speaker": "Owen Pryce", "role": "finance director", "country": "GB", "org": PL}
NOLAN = {"speaker": "Gareth Nolan", "role": "regional officer", "country": "GB", "org": UNION}
GREIG = {"speaker": "Hannah Greig", "role": "analyst", "org": "Calder Shaw"}
ABERNETHY = {"speaker": "Tom Abernethy", "role": "consumer analyst", "org": "Wexford Partners"}

COCOA_Q = [
    q(
        "soaring cocoa prices would wipe out most of its profit growth",
        PL,
        "indirect",
        "warned",
        "the chocolate maker",
        country="GB",
    ),
    q(
        "it now expected adjusted operating profit of between £182m and £190m for the year to "
        "March, down from previous guidance of about £215m",
        PL,
        "indirect",
        "said in a trading update",
        "The Birmingham-based company, which makes Tiller bars and Bramble Buttons",
        country="GB",
    ),
    q(
        "it would raise prices on most of its range by an average of 8 per cent from January",
        PL,
        "indirect",
        "said",
        "It",
        country="GB",
    ),
    p(
        "done everything it reasonably could",
        MARCHETTI,
        "partial",
        "said",
        "Chief executive Fiona Marchetti",
    ),
    p(
        "We have absorbed as much as we can for as long as we can,",
        MARCHETTI,
        "direct",
        "told analysts",
        "she",
    ),
    p(
        "There is no version of this where chocolate does not get more expensive.",
        MARCHETTI,
        "direct",
        "told analysts",
        "she",
    ),
    p("not planning", MARCHETTI, "partial", "added", "Marchetti"),
    p("a small number of products", MARCHETTI, "partial", "said", "Marchetti"),
    p(
        "the group would cut about £25m of costs over two years, mainly by closing a packing "
        "site in Telford with the loss of around 240 jobs",
        PRYCE,
        "indirect",
        "said",
        "Finance director Owen Pryce",
    ),
    q(
        "a hammer blow",
        UNION,
        "partial",
        "said",
        "The Food and Confectionery Workers’ Union",
        country="GB",
    ),
    q(
        "it would seek urgent talks with management",
        UNION,
        "indirect",
        "said",
        "The Food and Confectionery Workers’ Union",
        country="GB",
    ),
    p(
        "members had learned of the plan from the news",
        NOLAN,
        "indirect",
        "said",
        "Its regional officer, Gareth Nolan",
    ),
    p("Not one person on that site was told before the City was,", NOLAN, "direct", "said", "he"),
    q(
        "some investors had been caught out by the size of the cut",
        None,
        "indirect",
        "said",
        "Traders",
    ),
    p(
        "The first warning was priced in. The second one tells you management doesn’t have a "
        "handle on it,",
        GREIG,
        "direct",
        "said",
        "Hannah Greig, an analyst at the broker Calder Shaw",
    ),
    p("she had cut her target price to 450p from 610p", GREIG, "indirect", "said", "She"),
    q(
        "Global cocoa output will fall short of demand for a third straight season",
        "International Cocoa Organization",
        "indirect",
        "according to",
        "a forecast published last week by the International Cocoa Organization",
    ),
    q(
        "directors had considered cutting the dividend but decided to keep it unchanged at 9.2p",
        None,
        "indirect",
        "said",
        "A person familiar with the board’s discussions",
        org=PL,
    ),
    p("come out of this leaner", MARCHETTI, "partial", "said", "Marcheti"),
    p(
        "volumes in its biggest markets, Britain and Ireland, had held up better than expected",
        MARCHETTI,
        "indirect",
        "said",
        "Marcheti",
    ),
    p("People still buy chocolate in a downturn,", MARCHETTI, "direct", "said", "she"),
    p("They just buy it more carefully.", MARCHETTI, "direct", "said", "she"),
    q(
        "Sales of own-label chocolate at the big supermarkets rose 11 per cent by value in the "
        "12 weeks to early November while branded sales were flat",
        "Kestrel Data",
        "indirect",
        "according to",
        "the market research firm Kestrel Data",
    ),
    p(
        "Shoppers are trading down, and Pemberton is on the wrong side of that,",
        ABERNETHY,
        "direct",
        "said",
        "Tom Abernethy, a consumer analyst at Wexford Partners",
    ),
    p(
        "he expected the company to lose market share over the Christmas season",
        ABERNETHY,
        "indirect",
        "said",
        "He",
    ),
]

# --- sports transfer: a striker's record sale (straight "double quotes") --------------
ROVERS = "Castlebridge Rovers"
TULLY = {"speaker": "Graham Tully", "role": "manager", "country": "GB", "org": ROVERS}
ZUBELDIA = {
    "speaker": "Iñaki Zubeldia",
    "role": "sporting director",
    "country": "ES",
    "org": "Atlético Valmoral",
}
MENSAH = {"speaker": "Ricardo Mensah", "role": "agent"}
TRUST = "Castlebridge Supporters' Trust"
RUDD = {"speaker": "Pauline Rudd", "role": "chairwoman", "country": "GB", "org": TRUST}
ODUYA = {"speaker": "Neil Oduya", "role": "television pundit", "country": "GB"}
BECK = {"speaker": "Stewart Beck", "role": "chairman", "country": "GB", "org": ROVERS}
OKONJO = {"speaker": "Daniel Okonjo", "role": "striker", "org": ROVERS}

TRANSFER_Q = [
    q(
        "Castlebridge Rovers have agreed to sell striker Daniel Okonjo to the Spanish club "
        "Atlético Valmoral for a club-record fee of £62 million",
        ROVERS,
        "indirect",
        "said",
        "the Premier League team",
        country="GB",
    ),
    q(
        "the deal included add-ons worth up to £8 million and a 15% sell-on clause, and that "
        "Okonjo would travel to Spain on Saturday for a medical",
        ROVERS,
        "indirect",
        "said",
        "Castlebridge",
        country="GB",
    ),
    p("not for sale at any price,", TULLY, "partial", "insisted", "Manager Graham Tully"),
    p("he had accepted the club's decision", TULLY, "indirect", "said", "Manager Graham Tully"),
    p(
        "I said what I said because I believed it at the time. Then the numbers changed, and "
        "the numbers always win in the end,",
        TULLY,
        "direct",
        "told reporters",
        "Tully",
    ),
    p(
        "Daniel gave us three brilliant years. I'm not going to stand here and pretend otherwise.",
        TULLY,
        "direct",
        "told reporters",
        "Tully",
    ),
    p(
        "We have money to spend now, and I know exactly where I want to spend it,",
        TULLY,
        "direct",
        "added",
        "he",
    ),
    p(
        "the club was close to signing a replacement and hoped to have a new striker in place "
        "before the transfer window closes on Sept. 1",
        TULLY,
        "indirect",
        "said",
        "Tully",
    ),
    p("younger, cheaper and hungrier", TULLY, "partial", "said", "He"),
    p(
        "exactly the profile we have been chasing for two years.",
        ZUBELDIA,
        "partial",
        "described",
        "Atlético Valmoral's sporting director, Iñaki Zubeldia",
    ),
    p(
        "the Spanish club had beaten offers from two other clubs, one of them in Germany, and "
        "would present Okonjo to fans at its stadium on Monday",
        ZUBELDIA,
        "indirect",
        "said",
        "Zubeldia",
    ),
    q(
        "Okonjo has agreed a five-year contract with the Spanish club",
        "Jornada Deportiva",
        "indirect",
        "according to",
        "the Seville sports daily Jornada Deportiva",
        country="ES",
    ),
    q(
        "Castlebridge had turned down a bid of £50 million from Valmoral in July",
        None,
        "indirect",
        "said",
        "Two people with knowledge of the negotiations",
    ),
    p(
        "his client had never asked to leave",
        MENSAH,
        "indirect",
        "said",
        "Okonjo's agent, Ricardo Mensah",
    ),
    p(
        "honest with the club about his ambitions.",
        MENSAH,
        "partial",
        "said",
        "Okonjo's agent, Ricardo Mensah",
    ),
    p(
        "reports in the Spanish press that Okonjo would earn 9 million euros a year were wrong",
        MENSAH,
        "indirect",
        "said",
        "Mensah",
    ),
    p("pure invention.", MENSAH, "partial", "calling", "Mensah"),
    q(
        "sold its best player and its word in the same week",
        TRUST,
        "partial",
        "said in a statement",
        "The Castlebridge Supporters' Trust",
        country="GB",
    ),
    q(
        "it would ask for a meeting with the board",
        TRUST,
        "indirect",
        "said in a statement",
        "The Castlebridge Supporters' Trust",
        country="GB",
    ),
    p(
        "the trust would hold a protest outside the ground before the home match against Ashby "
        "United on Sept. 14",
        RUDD,
        "indirect",
        "said",
        "Its chairwoman, Pauline Rudd",
    ),
    p("lied to,", RUDD, "partial", "said", "Rudd"),
    p(
        "the trust had written to the board three times this summer without receiving a reply",
        RUDD,
        "indirect",
        "adding",
        "Rudd",
    ),
    p(
        "the fee was fair",
        ODUYA,
        "indirect",
        "said",
        "Former Castlebridge captain Neil Oduya, now a television pundit",
    ),
    p(
        "could not be worse for a team with one fit striker.",
        ODUYA,
        "partial",
        "said",
        "Former Castlebridge captain Neil Oduya, now a television pundit",
    ),
    p(
        "We will not gamble the future of this club on one contract. Every penny of this fee "
        "will be available to the manager.",
        BECK,
        "direct",
        "wrote",
        "Club chairman Stewart Beck",
    ),
    p(
        "Castlebridge made me a man. I will never forget this place or these people.",
        OKONJO,
        "direct",
        "posted",
        "Okonjo",
    ),
]

DOCS = [
    ("heldout6-campaign-hartwell-new-hampshire-rally", "MANCHESTER, N.H.", RALLY_Q),
    ("heldout6-scotus-mail-ballot-ruling-reaction", "WASHINGTON", RULING_Q),
    ("heldout6-intl-un-south-sudan-mandate", "UNITED NATIONS", MANDATE_Q),
    ("heldout6-business-pemberton-lowe-cocoa-warning", "LONDON", COCOA_Q),
    ("heldout6-sports-okonjo-transfer", "CASTLEBRIDGE, England", TRANSFER_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Castlebridge Rovers",
    "Castlebridge Supporters' Trust",
    "Democratic National Committee",
    "Food and Confectionery Workers’ Union",
    "International Cocoa Organization",
    "Jornada Deportiva",
    "Kestrel Data",
    "Lifeline Relief",
    "Medialine",
    "Pemberton Lowe",
    "U.N. Department of Peace Operations",
)


def main():
    write_gold(
        HERE,
        "heldout6_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout6",
        source="quotesdb held-out 6 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
