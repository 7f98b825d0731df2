"""Build heldout5_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 (see its README and bench/heldout5/README.md).
Each quote is located by searching its exact text after the previous quote's end, so the
offsets always satisfy text[start:end] == quote text and the spans of a document never
overlap.

    python3 bench/heldout5/make_gold.py   # writes bench/heldout5/heldout5_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

DEM = "Democratic Party"
GOP = "Republican Party"

# --- a governor's veto and the Senate campaign (Wisconsin) ----------------------------
MARQUARDT = {"speaker": "Ellen Marquardt", "role": "Governor", "country": "US", "org": DEM}
HOSKINS = {
    "speaker": "Dale Hoskins",
    "role": "state Senate Majority Leader",
    "country": "US",
    "org": GOP,
}
LFB = "Legislative Fiscal Bureau"
EBERSOLE = {"speaker": "Ron Ebersole", "role": "principal", "country": "US"}
OSTROWSKI = {"speaker": "Curt Ostrowski", "role": "businessman", "country": "US", "org": GOP}
PERINO = {
    "speaker": "Jake Perino",
    "role": "campaign spokesman",
    "country": "US",
    "org": "Ostrowski campaign",
}
KITTREDGE = {"speaker": "Annie Kittredge", "role": "state Rep.", "country": "US", "org": DEM}
QUIST = {"speaker": "Maureen Quist", "role": "Rep.", "country": "US", "org": GOP}
ALBRIGHT = {
    "speaker": "Tess Albright",
    "role": "campaign spokeswoman",
    "country": "US",
    "org": "Marquardt campaign",
}
HOSKINS_SRC = "state Senate Majority Leader Dale Hoskins (R)"
KITTREDGE_SRC = "state Rep. Annie Kittredge (D), whose district covers three southwestern counties"

VETO_Q = [
    p(
        "a blank check for private schools written on the backs of rural districts",
        MARQUARDT,
        "partial",
        "calling",
        "Gov. Ellen Marquardt (D)",
    ),
    q(
        "she was putting the teachers unions ahead of parents",
        None,
        "indirect",
        "said",
        "Republicans",
        country="US",
        org=GOP,
    ),
    p(
        "Parents in this state have been asking for choices for a decade, and the governor "
        "just told them no,",
        HOSKINS,
        "direct",
        "said",
        HOSKINS_SRC,
    ),
    p("as soon as we can count to 22,", HOSKINS, "partial", "said", "Hoskins, who wrote the bill"),
    p(
        "two Republicans in the Assembly had wavered",
        HOSKINS,
        "indirect",
        "acknowledged",
        "he",
    ),
    q(
        "The bill would have raised the income cap for the state's voucher program from 220 "
        "percent of the federal poverty line to 400 percent, opening it to about 90,000 more "
        "students",
        LFB,
        "indirect",
        "according to",
        "the nonpartisan Legislative Fiscal Bureau",
        country="US",
    ),
    q(
        "The cost would be roughly $310 million over two years",
        LFB,
        "indirect",
        "said",
        "the bureau",
        country="US",
    ),
    p(
        "straight out of the budgets of the districts that can least afford it",
        MARQUARDT,
        "partial",
        "wrote",
        "Marquardt",
    ),
    p(
        "60 percent of the state's school districts had lost enrollment since 2019",
        MARQUARDT,
        "indirect",
        "wrote",
        "Marquardt",
    ),
    p(
        "I'm not against anybody's choices. I'm against asking a kid in Ossory Falls to pay "
        "for them,",
        MARQUARDT,
        "direct",
        "told reporters",
        "she",
    ),
    p(
        "That's the whole argument, and I'll make it anywhere.",
        MARQUARDT,
        "direct",
        "told reporters",
        "she",
    ),
    p(
        "his school had cut its music program and two bus routes in the past three years",
        EBERSOLE,
        "indirect",
        "said",
        "The principal, Ron Ebersole",
    ),
    p(
        "he had come to talk about the bill, not the election",
        EBERSOLE,
        "indirect",
        "said",
        "he",
    ),
    p(
        "Ellen Marquardt had one chance to stand with parents. She stood with the union bosses "
        "instead.",
        OSTROWSKI,
        "direct",
        "posted",
        "Marquardt's Republican opponent, businessman Curt Ostrowski",
    ),
    p(
        "the veto would feature in television ads starting next week",
        PERINO,
        "indirect",
        "said",
        "Ostrowski campaign spokesman Jake Perino",
    ),
    p(
        "the campaign had already reserved $1.2 million in airtime in the Green Bay and Wausau "
        "markets",
        PERINO,
        "indirect",
        "said",
        "Perino",
    ),
    q(
        "the attack would backfire in rural districts",
        None,
        "indirect",
        "said",
        "Democrats",
        country="US",
        org=DEM,
    ),
    p("Out here, the school is the town,", KITTREDGE, "direct", "said", KITTREDGE_SRC),
    p(
        "You take money from the school, you're taking it from the grocery store and the gas "
        "station too.",
        KITTREDGE,
        "direct",
        "said",
        KITTREDGE_SRC,
    ),
    p(
        "she had spoken to both of the wavering Assembly Republicans and that neither had "
        "committed to an override",
        KITTREDGE,
        "indirect",
        "said",
        "She",
    ),
    p("a cap on what this costs", QUIST, "partial", "told", "Rep. Maureen Quist (R)"),
    p("a long shot this month.", HOSKINS, "partial", "telling", "Hoskins"),
    p(
        "If we come up short, the voters get to decide in November,",
        HOSKINS,
        "direct",
        "added",
        "he",
    ),
    p(
        "And I think that's a fight the governor ought to be nervous about.",
        HOSKINS,
        "direct",
        "added",
        "he",
    ),
    p(
        "happy to have that fight",
        ALBRIGHT,
        "partial",
        "said in a statement",
        "Marquardt campaign spokeswoman Tess Albright",
    ),
    p(
        "Ostrowski had sent his own children to a private boarding school in Minnesota",
        ALBRIGHT,
        "indirect",
        "said in a statement",
        "Marquardt campaign spokeswoman Tess Albright",
    ),
    p("a desperate attempt to change the subject.", PERINO, "partial", "called", "Perino"),
]

# --- Senate hearing on a bank collapse (Washington) ------------------------------------
REDBUD = "Redbud Federal Bank"
ANSELM = {
    "speaker": "Gregory Anselm",
    "role": "former chief executive",
    "country": "US",
    "org": REDBUD,
}
WHITMARSH = {"speaker": "Carla Whitmarsh", "role": "Sen.", "country": "US", "org": DEM}
PELLETIER = {"speaker": "Howard Pelletier", "role": "chairman", "country": "US", "org": GOP}
REDDICK = {"speaker": "Tom Reddick", "role": "Sen.", "country": "US", "org": GOP}
FDIC = "Federal Deposit Insurance Corp."
KOWALCZYK = {"speaker": "Dana Kowalczyk", "role": "bakery owner", "country": "US"}
GAINES = {"speaker": "Peter Gaines", "role": "lawyer", "country": "US"}

HEARING_Q = [
    p(
        "a run nobody in this industry had ever seen,",
        ANSELM,
        "partial",
        "told",
        "The former chief executive of Redbud Federal Bank",
    ),
    p(
        "I am sorry. I am sorry to every family and every small business that trusted us "
        "with their money,",
        ANSELM,
        "direct",
        "said",
        "Gregory Anselm",
    ),
    p(
        "he had not sold any of his Redbud shares in the year before the collapse",
        ANSELM,
        "indirect",
        "said",
        "Anselm, who ran the Oklahoma-based lender for 11 years",
    ),
    p(
        "Redbud did not fail because of fraud, and it did not fail because of reckless lending,",
        ANSELM,
        "direct",
        "said",
        "he",
    ),
    p(
        "It failed because $9 billion walked out the door in 36 hours, most of it after a post "
        "on social media that was simply false.",
        ANSELM,
        "direct",
        "said",
        "he",
    ),
    p(
        "No bank in this country is built to survive a run like that. I don't say that as an "
        "excuse. I say it because it will happen again.",
        ANSELM,
        "direct",
        "said",
        "he",
    ),
    p(
        "examiners had flagged the bank's reliance on uninsured deposits in three separate "
        "reviews, in 2022, 2023 and 2024, and that Redbud had ignored each warning",
        WHITMARSH,
        "indirect",
        "said",
        "Sen. Carla Whitmarsh, D-Mass.",
    ),
    p(
        "You were warned. You were warned in writing, three times,",
        WHITMARSH,
        "direct",
        "said",
        "Whitmarsh",
    ),
    p(
        "And your answer, every time, was a plan to write a plan.",
        WHITMARSH,
        "direct",
        "said",
        "Whitmarsh",
    ),
    p(
        "the hearing was not about punishing one executive but about whether the government "
        "should keep guaranteeing deposits far above the $250,000 limit",
        PELLETIER,
        "indirect",
        "said",
        "The committee's chairman, Sen. Howard Pelletier, R-La.",
    ),
    q(
        "Regulators covered every Redbud deposit in March, at a cost to the Deposit Insurance "
        "Fund of about $4.1 billion",
        FDIC,
        "indirect",
        "according to",
        "the Federal Deposit Insurance Corp.",
        country="US",
    ),
    p(
        "he would not support any bill that made them permanent",
        PELLETIER,
        "indirect",
        "said",
        "He",
    ),
    p("a bailout with a nicer name.", PELLETIER, "partial", "calling", "He"),
    p(
        "the board had approved the payments before the bank's troubles became clear and that "
        "he had offered to return his own",
        ANSELM,
        "indirect",
        "said",
        "Anselm",
    ),
    p("when the check clears.", REDDICK, "partial", "said", "Reddick"),
    q(
        "staff had obtained internal emails in which senior Redbud executives discussed the "
        "concentration of large deposits as early as 2021",
        None,
        "indirect",
        "said",
        "A person familiar with the committee's investigation",
        country="US",
    ),
    p(
        "she would ask the committee to release the emails next week",
        WHITMARSH,
        "indirect",
        "said",
        "Whitmarsh",
    ),
    p(
        "he had not seen the documents and could not discuss them",
        ANSELM,
        "indirect",
        "said",
        "Anslem",
    ),
    q(
        "the agency's acting chairman would testify before the committee in June",
        None,
        "indirect",
        "said",
        "A spokeswoman for the FDIC",
        country="US",
        org=FDIC,
    ),
    p(
        "she had been unable to make payroll for four days in March",
        KOWALCZYK,
        "indirect",
        "said",
        "Dana Kowalczyk, who owns two bakeries in Broken Creek, Okla.",
    ),
    p(
        "Everybody in that room got paid. My people didn't, not for four days,",
        KOWALCZYK,
        "direct",
        "said",
        "she",
    ),
    p(
        "I had to tell a woman who has worked for me for 19 years that I didn't know when her "
        "check was coming.",
        KOWALCZYK,
        "direct",
        "said",
        "she",
    ),
    p(
        "that was a question for the Justice Department",
        REDDICK,
        "indirect",
        "said",
        "Reddick",
    ),
    p(
        "the committee would subpoena the bank's former board members if they refused to "
        "appear voluntarily",
        REDDICK,
        "indirect",
        "said",
        "he",
    ),
    p(
        "answered every question put to him",
        GAINES,
        "partial",
        "said in a statement",
        "His lawyer, Peter Gaines",
    ),
    p(
        "would continue to cooperate with investigators",
        GAINES,
        "indirect",
        "said in a statement",
        "His lawyer, Peter Gaines",
    ),
]

# --- Nordic and Baltic defense ministers (Vilnius) --------------------------------------
VALANCIUS = {
    "speaker": "Rokas Valančius",
    "role": "Defense Minister",
    "country": "LT",
    "org": "Ministry of Defense",
}
TAMM = {"speaker": "Kaarel Tamm", "role": "Defense Minister", "country": "EE"}
LEHTOLA = {"speaker": "Aino Lehtola", "role": "Defense Minister", "country": "FI"}
RIEDL = {"speaker": "Markus Riedl", "role": "Defense Minister", "country": "DE"}
HAUGLAND = {
    "speaker": "Solveig Haugland",
    "role": "assistant secretary general for defense investment",
    "country": "NO",
    "org": "NATO",
}
VORONTSOVA = {
    "speaker": "Yelena Vorontsova",
    "role": "spokeswoman",
    "country": "RU",
    "org": "Russian Foreign Ministry",
}
OZOLINS = {"speaker": "Jānis Ozoliņš", "role": "Defense Minister", "country": "LV"}
VAL_SRC = "Lithuanian Defense Minister Rokas Valančius"

DEFENSE_Q = [
    p(
        "a rehearsal, not an accident.",
        VALANCIUS,
        "partial",
        "called",
        "Lithuania’s defense minister",
    ),
    p(
        "testing how fast we see them and how fast we react.",
        VALANCIUS,
        "partial",
        "told reporters",
        VAL_SRC,
    ),
    p(
        "The answer has to be: faster than they expect, and all of us at once,",
        VALANCIUS,
        "direct",
        "said",
        "he",
    ),
    p(
        "buying together would cut costs by about a fifth and put the first systems in place "
        "by the end of next year",
        TAMM,
        "indirect",
        "said",
        "His Estonian counterpart, Kaarel Tamm",
    ),
    p(
        "Finland would contribute radar stations along its eastern border to the shared network",
        LEHTOLA,
        "indirect",
        "said",
        "Finnish Defense Minister Aino Lehtola",
    ),
    q(
        "a European and an American system were being considered and that a decision was "
        "expected by March",
        None,
        "indirect",
        "said",
        "Two officials involved in the talks",
    ),
    p(
        "Berlin would offer to train crews for the new systems at an air-defense school in "
        "northern Germany",
        RIEDL,
        "indirect",
        "said",
        "Valančius’s German counterpart, Markus Riedl, who attended the meeting as a guest",
    ),
    p(
        "We have a brigade in this country. Its security is our security,",
        RIEDL,
        "direct",
        "said",
        "Riedl",
    ),
    p("There is no ‘over there’ anymore.", RIEDL, "direct", "said", "Riedl"),
    p(
        "the alliance would fold the shared radar picture into its own integrated air-defense "
        "network",
        HAUGLAND,
        "indirect",
        "said",
        "NATO’s assistant secretary general for defense investment, Solveig Haugland",
    ),
    p(
        "a gap at low altitude that everyone knew about and nobody paid to close.",
        HAUGLAND,
        "partial",
        "said",
        "Haugland, a Norwegian",
    ),
    q(
        "the bloc’s new defense fund could cover up to 35% of the cost",
        None,
        "indirect",
        "said",
        "A European Commission spokesperson",
        org="EU",
    ),
    q(
        "exactly what the fund was built for.",
        None,
        "partial",
        "calling",
        "A European Commission spokesperson",
        org="EU",
    ),
    q(
        "it had tracked two more drones near the border with Belarus overnight and that "
        "neither had been shot down",
        "Lithuanian army",
        "indirect",
        "said in a statement",
        "The Lithuanian army",
        country="LT",
    ),
    p(
        "the country would not wait for the joint systems to arrive",
        VALANCIUS,
        "indirect",
        "said",
        "Valancius",
    ),
    p(
        "We will spend more, not less, and we will not apologize for it,",
        VALANCIUS,
        "direct",
        "said",
        "he",
    ),
    p(
        "Every euro we spend now is cheaper than the alternative,",
        VALANCIUS,
        "direct",
        "added",
        "he",
    ),
    p(
        "another step in the militarization of the Baltic",
        VORONTSOVA,
        "partial",
        "said",
        "Russian Foreign Ministry spokeswoman Yelena Vorontsova",
    ),
    p(
        "Lithuania had invented the drone incidents to justify higher military spending",
        VORONTSOVA,
        "indirect",
        "said",
        "Russian Foreign Ministry spokeswoman Yelena Vorontsova",
    ),
    q(
        "the objects were weather balloons that had drifted off course",
        "Belarusian Defense Ministry",
        "indirect",
        "said in a statement",
        "The Belarusian Defense Ministry",
        country="BY",
    ),
    q(
        "Debris recovered from one drone that crashed near the town of Salčiai in October "
        "included a Russian-made engine and a camera",
        "Lithuanian prosecutor’s office",
        "indirect",
        "according to",
        "the Lithuanian prosecutor’s office",
        country="LT",
    ),
    p(
        "the ministers had also discussed laying more sensors on the Baltic seabed after "
        "damage to two undersea cables last year",
        OZOLINS,
        "indirect",
        "said",
        "Latvian Defense Minister Jānis Ozoliņš",
    ),
    p("not on the table", OZOLINS, "partial", "said", "he"),
    p("the systems were purely defensive", OZOLINS, "indirect", "said", "he"),
]

# --- takeover approach for a British grocer (London) ------------------------------------
HALLETTS = "Hallett’s"
CORBURY = "Corbury Partners"
DRURY = {"speaker": "Malcolm Drury", "role": "chairman", "country": "GB", "org": HALLETTS}
NANDAKUMAR = {
    "speaker": "Priya Nandakumar",
    "role": "analyst",
    "country": "GB",
    "org": "Sefton Capital Markets",
}
GREATOREX = {
    "speaker": "Fiona Greatorex",
    "role": "chief executive",
    "country": "GB",
    "org": HALLETTS,
}
MEAKES = {
    "speaker": "Colin Meakes",
    "role": "general secretary",
    "country": "GB",
    "org": "Retail and Distribution Workers’ Union",
}
MEAKES_SRC = (
    "Colin Meakes, general secretary of the Retail and Distribution Workers’ Union, which "
    "represents about 21,000 Hallett’s employees"
)

TAKEOVER_Q = [
    q(
        "it had received and rejected a takeover approach from the US private equity firm "
        "Corbury Partners that valued it at about £3.4bn",
        HALLETTS,
        "indirect",
        "confirmed",
        "the company",
        country="GB",
    ),
    q(
        "significantly undervalues the company and its prospects",
        HALLETTS,
        "partial",
        "said",
        "Hallett’s",
        country="GB",
    ),
    q("unanimously rejected", HALLETTS, "partial", "said", "Hallett’s", country="GB"),
    p(
        "We are not for sale to anyone who sees our colleagues and our farmers as a cost to "
        "be cut.",
        DRURY,
        "direct",
        "wrote",
        "The chairman, Sir Malcolm Drury, whose grandfather opened the first Hallett’s shop "
        "in Halifax in 1931",
    ),
    q(
        "Corbury was preparing an improved proposal and had held talks with two banks about "
        "financing it",
        None,
        "indirect",
        "said",
        "A person familiar with the matter",
    ),
    q(
        "the firm had first approached Drury in April and been turned away without a meeting",
        None,
        "indirect",
        "said",
        "Another person",
    ),
    p(
        "This is a business with 900 stores, a freehold property book worth more than £2bn "
        "and a share price that has gone nowhere for five years,",
        NANDAKUMAR,
        "direct",
        "said",
        "Priya Nandakumar, an analyst at Sefton Capital Markets",
    ),
    p(
        "It was always going to attract someone.",
        NANDAKUMAR,
        "direct",
        "said",
        "Priya Nandakumar, an analyst at Sefton Capital Markets",
    ),
    p(
        "the board would probably hold out for at least 300p",
        NANDAKUMAR,
        "indirect",
        "said",
        "She",
    ),
    p("holds the real veto here", NANDAKUMAR, "partial", "adding", "She"),
    p(
        "like-for-like sales had returned to growth in the first quarter",
        GREATOREX,
        "indirect",
        "told analysts",
        "the chief executive, Fiona Greatorex",
    ),
    p(
        "If Corbury comes back at 300p or more, I think the family has a very hard decision "
        "to make,",
        NANDAKUMAR,
        "direct",
        "added",
        "Nandakumer",
    ),
    p(
        "Every time private equity buys a supermarket, it is the staff who end up paying off "
        "the debt,",
        MEAKES,
        "direct",
        "said",
        MEAKES_SRC,
    ),
    p("before anybody signs anything", MEAKES, "partial", "said", "He"),
    p("We have seen this film before,", MEAKES, "direct", "said", "Meakes"),
    p(
        "The stores get sold and leased back, the pension scheme gets a letter, and three "
        "years later the owners are gone.",
        MEAKES,
        "direct",
        "said",
        "Meakes",
    ),
    q(
        "monitor the situation closely",
        None,
        "partial",
        "said",
        "A spokesperson for the Department for Business and Trade",
        country="GB",
        org="Department for Business and Trade",
    ),
    q(
        "takeovers were a matter for shareholders",
        None,
        "indirect",
        "said",
        "A spokesperson for the Department for Business and Trade",
        country="GB",
        org="Department for Business and Trade",
    ),
    q(
        "it invests for the long term",
        CORBURY,
        "indirect",
        "has previously said",
        "Corbury, which manages about $48bn and owns a chain of garden centres and a ferry "
        "operator in Britain",
        country="US",
    ),
    q(
        "the most mispriced sector in Europe",
        CORBURY,
        "partial",
        "described",
        "it",
        country="US",
    ),
    q(
        "the bid had revived speculation that other mid-sized chains could be targeted",
        None,
        "indirect",
        "said",
        "Traders",
    ),
    q(
        "Hallett’s has been cheap for a long time,",
        None,
        "direct",
        "said",
        "one fund manager who holds the shares and asked not to be named",
    ),
    q(
        "What has changed is that somebody finally noticed.",
        None,
        "direct",
        "said",
        "one fund manager who holds the shares and asked not to be named",
    ),
]

# --- a local newspaper closes (Oregon) -------------------------------------------------
PINNACLE = "Pinnacle Local Media"
HOLCOMB = {
    "speaker": "Marian Holcomb",
    "role": "editor",
    "country": "US",
    "org": "Corliss Valley Ledger",
}
WHELAN = {"speaker": "Todd Whelan", "role": "chief executive", "country": "US", "org": PINNACLE}
VILLASENOR = {"speaker": "Rosa Villaseñor", "role": "Mayor", "country": "US"}
RICKETSON = {
    "speaker": "Dale Ricketson",
    "role": "sports reporter",
    "country": "US",
    "org": "Corliss Valley Ledger",
}
CLN = "Center for Local News"
BARAKAT = {
    "speaker": "Nina Barakat",
    "role": "journalism professor",
    "country": "US",
    "org": "Ashgrove College",
}

LEDGER_Q = [
    q(
        "The Corliss Valley Ledger will print its final edition on Friday after 138 years",
        PINNACLE,
        "indirect",
        "said",
        "its owner",
        country="US",
    ),
    q(
        "the Ledger had lost money for seven straight years",
        PINNACLE,
        "indirect",
        "said in a statement",
        "Pinnacle Local Media, a Denver-based company that owns 41 small papers in six states",
        country="US",
    ),
    q(
        "print advertising in markets of this size is not coming back.",
        PINNACLE,
        "partial",
        "said in a statement",
        "Pinnacle Local Media, a Denver-based company that owns 41 small papers in six states",
        country="US",
    ),
    q(
        "it would keep the paper's website running with two reporters",
        PINNACLE,
        "indirect",
        "said",
        "The company",
        country="US",
    ),
    q(
        "consistent with company policy.",
        PINNACLE,
        "partial",
        "said",
        "The company",
        country="US",
    ),
    p(
        "the company had given the newsroom no warning",
        HOLCOMB,
        "indirect",
        "said",
        "She",
    ),
    p(
        "We found out the same way our readers did, except we got a slide deck,",
        HOLCOMB,
        "direct",
        "said",
        "Holcomb",
    ),
    p("Twenty minutes, start to finish. That was it.", HOLCOMB, "direct", "said", "Holcomb"),
    q(
        "they had first heard rumors of the closure last month from a reader who spotted the "
        "paper's printing press listed on an equipment auction website",
        None,
        "indirect",
        "said",
        "Several Ledger employees",
        country="US",
        org="Corliss Valley Ledger",
    ),
    p(
        "For 138 years this paper has told Corliss what its council was doing, who won the "
        "state title and who died. Starting Saturday, nobody will.",
        HOLCOMB,
        "direct",
        "wrote",
        "Holcomb",
    ),
    p(
        "the hardest one I've made in this job.",
        WHELAN,
        "partial",
        "said",
        "Pinnacle's chief executive, Todd Whelan",
    ),
    p(
        "the Ledger's print circulation had fallen from about 14,000 in 2010 to under 3,900, "
        "and that digital subscriptions had not made up the difference",
        WHELAN,
        "indirect",
        "said",
        "Whelan",
    ),
    p(
        "We kept it going as long as the numbers let us, and frankly a little longer,",
        WHELAN,
        "direct",
        "added",
        "he",
    ),
    p(
        "a loss we will feel at every council meeting.",
        VILLASENOR,
        "partial",
        "called",
        "Mayor Rosa Villaseñor",
    ),
    p(
        "the city attorney was looking at where to publish legal notices",
        VILLASENOR,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Who is going to sit through a three-hour budget hearing now? Not me, and I'm the mayor,",
        VILLASENOR,
        "direct",
        "said",
        "she",
    ),
    p(
        "I wrote about the Loggers' state title in '94, and I wrote about the kids of those "
        "players winning it again in 2019,",
        RICKETSON,
        "direct",
        "said",
        "Ricketson",
    ),
    p(
        "Nobody's going to drive to a JV game in Millport for a website.",
        RICKETSON,
        "direct",
        "said",
        "Ricketson",
    ),
    p(
        "he had not decided whether to take the severance or apply for one of the two web jobs",
        RICKETSON,
        "indirect",
        "said",
        "Ricketson",
    ),
    q(
        "More than 2,500 American newspapers have closed since 2005, and about 200 counties "
        "now have no local news outlet at all",
        CLN,
        "indirect",
        "according to",
        "a report last year by the Center for Local News at Ashgrove College",
        country="US",
    ),
    q(
        "residents of such areas were less likely to vote in local elections",
        CLN,
        "indirect",
        "said",
        "The report",
        country="US",
    ),
    p(
        "closures in towns the size of Corliss were often followed by fewer candidates running "
        "for city council and school board seats",
        BARAKAT,
        "indirect",
        "said",
        "Nina Barakat, a journalism professor at Ashgrove who worked on the report",
    ),
    p(
        "When the paper goes, nobody is watching, and the people in charge know it,",
        BARAKAT,
        "direct",
        "said",
        "Barakat",
    ),
    p(
        "It doesn't happen the first year. It happens slowly, and then you can't undo it.",
        BARAKAT,
        "direct",
        "said",
        "Barakat",
    ),
    p("The Ledger's final front page", HOLCOMB, "indirect", "said", "Holcomb"),
    p(
        "would carry a photograph of the newsroom staff and a list of every editor since 1887",
        HOLCOMB,
        "indirect",
        "said",
        "Holcomb",
    ),
    p("it would also carry the week's police log", HOLCOMB, "indirect", "said", "She"),
    p("because somebody still has to.", HOLCOMB, "partial", "said", "She"),
]

DOCS = [
    ("heldout5-politics-governor-voucher-veto", "MADISON, Wis.", VETO_Q),
    ("heldout5-congress-bank-collapse-hearing", "WASHINGTON", HEARING_Q),
    ("heldout5-defense-nordic-baltic-air-defense", "VILNIUS, Lithuania", DEFENSE_Q),
    ("heldout5-markets-hallett-takeover-approach", "LONDON", TAKEOVER_Q),
    ("heldout5-media-ledger-newspaper-closure", "CORLISS, Ore.", LEDGER_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Belarusian Defense Ministry",
    "Center for Local News",
    "Corbury Partners",
    "Federal Deposit Insurance Corp.",
    "Hallett’s",
    "Legislative Fiscal Bureau",
    "Lithuanian prosecutor’s office",
    "Pinnacle Local Media",
)


def main():
    write_gold(
        HERE,
        "heldout5_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout5",
        source="quotesdb held-out 5 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
