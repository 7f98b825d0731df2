"""Build heldout18_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout17 (see their READMEs and
bench/heldout18/README.md). Each quote is located by searching its exact text after the
previous quote's end, so the offsets always satisfy text[start:end] == quote text and
the spans of a document never overlap.

    python3 bench/heldout18/make_gold.py   # writes bench/heldout18/heldout18_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- cystic fibrosis drug price deal, Poland (Reuters style, straight "double quotes") -----
MOH = "Health Ministry"
ARV = "Arvenza"
PCFS = "Polish Cystic Fibrosis Society"
EC = "European Commission"
ND = "New Direction"
KIELAR = {"speaker": "Joanna Kielar", "role": "Health Minister", "country": "PL"}
BRENNER = {
    "speaker": "Lukas Brenner",
    "role": "head of market access",
    "country": "CH",
    "org": ARV,
}
WRONSKA = {"speaker": "Agnieszka Wronska", "role": "president", "country": "PL", "org": PCFS}
OLEKSY = {
    "speaker": "Marta Oleksy",
    "role": "healthcare analyst",
    "country": "PL",
    "org": "Vistula Securities",
}
GRABSKI = {"speaker": "Tomasz Grabski", "role": "deputy health minister", "country": "PL"}
ZIELINSKI = {"speaker": "Pawel Zielinski", "role": "health spokesman", "country": "PL", "org": ND}
MARCZAK = {
    "speaker": "Ewa Marczak",
    "role": None,
    "country": "PL",
}
RUTKOWSKI = {"speaker": "Adam Rutkowski", "role": "spokesman", "country": "PL", "org": MOH}

PHARMA_Q = [
    q(
        "Poland has agreed a confidential price with Swiss drugmaker Arvenza for its cystic "
        "fibrosis treatment Corvexa",
        MOH,
        "indirect",
        "said",
        "the health ministry",
        country="PL",
    ),
    q(
        "the drug would be reimbursed from May 1 for patients aged two and over",
        MOH,
        "indirect",
        "said in a statement",
        "The ministry",
        country="PL",
    ),
    q(
        "substantially below",
        MOH,
        "partial",
        "said in a statement",
        "The ministry",
        country="PL",
    ),
    p(
        "the hardest negotiation this ministry has ever had",
        KIELAR,
        "partial",
        "told a news conference",
        "Health Minister Joanna Kielar",
    ),
    p(
        "We were told for two years that the price was the price. It was not,",
        KIELAR,
        "direct",
        "said",
        "Kielar",
    ),
    p(
        "Families waited too long, and I am sorry for that. But we did not sign the first offer, "
        "or the second, or the fifth.",
        KIELAR,
        "direct",
        "said",
        "Kielar",
    ),
    p(
        "the contract barred both sides from disclosing it",
        KIELAR,
        "indirect",
        "saying",
        "She",
    ),
    q(
        "the value Corvexa brings to patients",
        ARV,
        "partial",
        "said",
        "Arvenza, which is based in Basel",
        country="CH",
    ),
    q(
        "it was in talks with four other European governments",
        ARV,
        "indirect",
        "said",
        "Arvenza, which is based in Basel",
        country="CH",
    ),
    p(
        "always been willing to find a solution",
        BRENNER,
        "partial",
        "said in an emailed statement",
        "The company's head of market access for central Europe, Lukas Brenner",
    ),
    p(
        "the delay had been caused by a reimbursement process that was not designed for rare "
        "diseases",
        BRENNER,
        "indirect",
        "said in an emailed statement",
        "The company's head of market access for central Europe, Lukas Brenner",
    ),
    q(
        "About 2,600 people in Poland live with cystic fibrosis, an inherited disease that "
        "damages the lungs and digestive system",
        PCFS,
        "indirect",
        "according to",
        "the Polish Cystic Fibrosis Society",
        country="PL",
    ),
    p(
        "parents had been driving across the border to Germany and the Czech Republic to buy the "
        "drug privately or to enrol their children in trials",
        WRONSKA,
        "indirect",
        "said",
        "The society's president, Agnieszka Wronska",
    ),
    p("Some families sold their flats. Some moved abroad,", WRONSKA, "direct", "said", "she"),
    p(
        "We have members who raised a million zlotys in a month just to keep going until today.",
        WRONSKA,
        "direct",
        "said",
        "she",
    ),
    p(
        "So yes, we are happy. But nobody should have to run a television campaign to get a "
        "medicine that is already sold next door.",
        WRONSKA,
        "direct",
        "said",
        "she",
    ),
    q(
        "the deal could set a benchmark for other countries in the region",
        None,
        "indirect",
        "said",
        "Analysts",
        country="PL",
    ),
    p(
        "Other health ministries will want to know what Warsaw got, and Arvenza will try very "
        "hard to make sure they never find out,",
        OLEKSY,
        "direct",
        "said",
        "Marta Oleksy, a healthcare analyst at Vistula Securities in Warsaw",
    ),
    p(
        "the ministry had used data from a national patient registry to show how many hospital "
        "stays the drug would prevent",
        GRABSKI,
        "indirect",
        "said",
        "Kielar's deputy, Tomasz Grabski, who led the talks",
    ),
    p(
        "the deal included a clause under which Arvenza would repay part of the cost if patients "
        "did not improve as expected",
        GRABSKI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We brought spreadsheets. They brought lawyers. In the end the spreadsheets won.",
        GRABSKI,
        "direct",
        "told reporters",
        "Grabski",
    ),
    q(
        "it welcomed any agreement that improved access",
        EC,
        "indirect",
        "said",
        "The European Commission, which has pushed for joint buying of expensive medicines",
    ),
    q(
        "confidential prices made it harder for member states to compare what they pay",
        EC,
        "indirect",
        "warned",
        "The European Commission, which has pushed for joint buying of expensive medicines",
    ),
    q(
        "Secret discounts are a symptom of a system in which countries negotiate alone,",
        None,
        "direct",
        "told Reuters",
        "a Commission spokesperson",
        org="EU",
    ),
    q(
        "two years and dozens of hospital admissions too late",
        ND,
        "partial",
        "said",
        "The opposition New Direction party, which had accused the government of dragging its feet",
        country="PL",
    ),
    p(
        "the party would ask the Supreme Audit Office to review the contract",
        ZIELINSKI,
        "indirect",
        "said",
        "Its health spokesman, Pawel Zielinski",
    ),
    p(
        "If the price is good, show it. If it is bad, we will find out anyway,",
        ZIELINSKI,
        "direct",
        "said",
        "he",
    ),
    q(
        "Corvexa sales rose 18% last year to 3.1 billion Swiss francs",
        ARV,
        "indirect",
        "reported",
        "The company",
        country="CH",
    ),
    q(
        "the final offer had been made at a meeting in Warsaw in late February, after the "
        "ministry threatened to let its application lapse",
        None,
        "indirect",
        "said",
        "People familiar with the negotiations",
        country="PL",
    ),
    q(
        "it had been given any ultimatum",
        ARV,
        "indirect",
        "denied",
        "Arvenza",
        country="CH",
    ),
    q(
        "the oldest patients, some of whom have severe lung damage, might benefit less",
        None,
        "indirect",
        "cautioned",
        "Doctors",
        country="PL",
    ),
    p(
        "For a 30-year-old with twenty percent lung function this is not a miracle,",
        MARCZAK,
        "direct",
        "said",
        "Dr. Ewa Marczak, who heads the cystic fibrosis clinic at a children's hospital in "
        "Rabka-Zdroj",
    ),
    p(
        "For a four-year-old, it might mean a normal life.",
        MARCZAK,
        "direct",
        "said",
        "Dr. Ewa Marczak, who heads the cystic fibrosis clinic at a children's hospital in "
        "Rabka-Zdroj",
    ),
    p(
        "her clinic had a waiting list of about 140 patients and would start prescribing on the "
        "first day",
        MARCZAK,
        "indirect",
        "said",
        "Marczack",
    ),
    p("nurses had already begun calling families", MARCZAK, "indirect", "added", "She"),
    p(
        "the first annual report on how many patients were being treated, and how their lung "
        "function had changed, would be published next spring",
        RUTKOWSKI,
        "indirect",
        "said",
        "A ministry spokesman, Adam Rutkowski",
    ),
]

# --- second-home levy referendum, Switzerland (AFP style, straight "double quotes") -------
SHA = "Swiss Hotel Association"
CADUFF = {"speaker": "Livia Caduff", "role": "ski instructor", "country": "CH"}
AESCHLIMANN = {"speaker": "Beat Aeschlimann", "role": "Finance Minister", "country": "CH"}
STEINER = {"speaker": "Markus Steiner", "role": "president", "country": "CH", "org": SHA}
ROUX = {"speaker": "Claudine Roux", "role": "mayor", "country": "CH"}
ZIMMERLI = {"speaker": "Urs Zimmerli", "role": "mayor", "country": "CH"}
LOETSCHER = {
    "speaker": "Andrea Lötscher",
    "role": "political scientist",
    "country": "CH",
    "org": "University of Lucerne",
}

REFERENDUM_Q = [
    q("too close to call", None, "partial", "said", "Pollsters", country="CH"),
    p(
        "In my village there are 400 houses and 90 people who live there all winter,",
        CADUFF,
        "direct",
        "said",
        "Livia Caduff, 29, a ski instructor who is one of the initiative's co-presidents",
    ),
    p(
        "The lights are off for eleven months. My friends and I cannot find a flat to rent, and "
        "we grew up here.",
        CADUFF,
        "direct",
        "said",
        "Livia Caduff, 29, a ski instructor who is one of the initiative's co-presidents",
    ),
    p("the levy would not force anyone to sell", CADUFF, "indirect", "said", "Caduff"),
    p(
        "a little less comfortable to keep a house as a piggy bank",
        CADUFF,
        "partial",
        "said",
        "Caduff",
    ),
    q(
        "to reject the proposal",
        "Federal Council",
        "indirect",
        "has urged",
        "The Federal Council, Switzerland's government,",
        country="CH",
        org="Federal Council",
    ),
    p(
        "the initiative interfered with the powers of the cantons and would hit families who had "
        "inherited a chalet rather than wealthy investors",
        AESCHLIMANN,
        "indirect",
        "told reporters",
        "Finance Minister Beat Aeschlimann",
    ),
    p(
        "This is a federal answer to a local problem,",
        AESCHLIMANN,
        "direct",
        "said",
        "Aeschlimann",
    ),
    p(
        "The cantons and the communes already have the tools. Many of them are using them.",
        AESCHLIMANN,
        "direct",
        "said",
        "Aeschlimann",
    ),
    p(
        "a yes vote could reduce tax revenue in tourist regions, because some owners might "
        "register their holiday homes as main residences to avoid the levy",
        AESCHLIMANN,
        "indirect",
        "warned",
        "He",
    ),
    q(
        "punish guests who have been coming to our valleys for fifty years",
        SHA,
        "partial",
        "said in a statement",
        "The Swiss Hotel Association",
        country="CH",
    ),
    q(
        "second-home owners spent an estimated 2.3 billion francs a year in mountain communes",
        SHA,
        "indirect",
        "said",
        "It",
        country="CH",
    ),
    p(
        "People from Zurich and Geneva, from Germany and Holland, they are not the enemy. They "
        "pay for the ski lifts.",
        STEINER,
        "direct",
        "went further",
        "Its president, Markus Steiner",
    ),
    q(
        "Opponents have outspent the yes camp by about three to one",
        "Federal Chancellery",
        "indirect",
        "according to",
        "figures published by the Federal Chancellery",
        country="CH",
    ),
    q(
        "the posters are misleading",
        None,
        "indirect",
        "say",
        "Backers of the initiative",
        country="CH",
    ),
    p(
        "the commune had lost a third of its primary school pupils in ten years",
        ROUX,
        "indirect",
        "said",
        "She",
    ),
    p(
        "We close classes while the car parks are full at Christmas,",
        ROUX,
        "direct",
        "said",
        "she",
    ),
    p(
        "That is not a tourism success. That is a village dying slowly with the lights off.",
        ROUX,
        "direct",
        "said",
        "she",
    ),
    p(
        "the opposite was true in his valley",
        ZIMMERLI,
        "indirect",
        "said",
        "Her counterpart in the resort of Obergrat, Urs Zimmerli",
    ),
    p(
        "his commune had introduced its own tax on empty properties in 2021 and had used the "
        "money to build 36 flats for young families",
        ZIMMERLI,
        "indirect",
        "said",
        "Zimmerli",
    ),
    p("We did it ourselves, without Bern,", ZIMMERLI, "direct", "said", "he"),
    q(
        "the vote would test the so-called Roestigraben, the cultural divide between French and "
        "German-speaking Switzerland, as well as the gap between cities and the mountains",
        None,
        "indirect",
        "said",
        "Political scientists",
        country="CH",
    ),
    q(
        "urban voters, who rarely own second homes, are more likely to back the levy",
        None,
        "indirect",
        "suggest",
        "Polls",
        country="CH",
    ),
    p(
        "This is one of those initiatives where people in Basel vote on what happens in Zermatt,",
        LOETSCHER,
        "direct",
        "said",
        "Andrea Lötscher, a political scientist at the University of Lucerne",
    ),
    p(
        "The mountain cantons will almost certainly say no. The question is whether the cities "
        "say yes loudly enough.",
        LOETSCHER,
        "direct",
        "said",
        "Andrea Lötscher, a political scientist at the University of Lucerne",
    ),
    p(
        "a popular initiative needs a double majority - of voters and of cantons - to pass",
        LOETSCHER,
        "indirect",
        "noted",
        "Lotscher",
    ),
    q(
        "the cap has been undermined by exemptions",
        None,
        "indirect",
        "say",
        "Supporters of the new initiative",
        country="CH",
    ),
    q(
        "does not comment on domestic votes in third countries",
        None,
        "partial",
        "said",
        "An EU spokesperson in Brussels",
        org="EU",
    ),
    p(
        "Whatever happens, the conversation has changed,",
        CADUFF,
        "direct",
        "said",
        "Caduff",
    ),
    p(
        "Five years ago nobody would talk about this at a dinner table.",
        CADUFF,
        "direct",
        "said",
        "Caduff",
    ),
]

# --- celebrity chef's restaurant closes owing wages (British style, ‘single quotes’) -------
HWU = "Hospitality Workers’ Union"
BK = "Barrow Keane"
UKH = "UKHospitality"
HOLLANDER = {"speaker": "Rory Hollander", "role": "television chef", "country": "GB"}
FAIRLEY = {"speaker": "Dominic Fairley", "role": "regional organiser", "country": "GB", "org": HWU}
TONKIN = {"speaker": "Graham Tonkin", "role": None, "country": "GB"}
CORRIGAN = {"speaker": "Nadia Corrigan", "role": "spokeswoman", "country": "GB"}
PRICE = {"speaker": "Joanna Price", "role": None, "country": "GB"}
LIS = {"speaker": "Tomasz Lis", "role": "commis chef", "country": "PL"}
SOUS = "A sous chef who had worked at the restaurant for six years"

RESTAURANT_Q = [
    q("ceased trading", None, "partial", "said", "a notice on the door", country="GB"),
    p(
        "heartbroken",
        HOLLANDER,
        "partial",
        "said in a statement posted on Instagram",
        "Hollander, 47, who became a household name as a judge on a long-running cookery contest",
    ),
    p(
        "fighting for its life since the pandemic",
        HOLLANDER,
        "partial",
        "said in a statement posted on Instagram",
        "Hollander, 47, who became a household name as a judge on a long-running cookery contest",
    ),
    p(
        "Energy bills tripled, the price of everything we cook with went through the roof and "
        "people stopped booking on weeknights,",
        HOLLANDER,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "I put my own money in, again and again. In the end there was nothing left to put in.",
        HOLLANDER,
        "direct",
        "wrote",
        "he",
    ),
    p("every member of staff would be paid", HOLLANDER, "indirect", "said", "He"),
    p("in full, as soon as humanly possible", HOLLANDER, "partial", "said", "He"),
    q("delayed by the bank", None, "partial", "said", SOUS, country="GB"),
    q(
        "We kept turning up because we loved the place and because he told us it was a cash-flow "
        "thing,",
        None,
        "direct",
        "said",
        "she",
        country="GB",
    ),
    q(
        "People have rent due on Friday. One of the porters has a baby on the way.",
        None,
        "direct",
        "said",
        "she",
        country="GB",
    ),
    q(
        "it was supporting the staff and would take the company to an employment tribunal if "
        "necessary",
        HWU,
        "indirect",
        "said",
        "The Hospitality Workers’ Union",
        country="GB",
    ),
    p(
        "not a cash-flow problem, they are theft",
        FAIRLEY,
        "partial",
        "said",
        "Its regional organiser, Dominic Fairley",
    ),
    p(
        "Mr Hollander has a book deal, a cookware range and a television contract,",
        FAIRLEY,
        "direct",
        "said",
        "Fairley",
    ),
    p(
        "He can find the money to pay the people who made his name.",
        FAIRLEY,
        "direct",
        "said",
        "Fairley",
    ),
    q(
        "Hollander Dining Ltd, the company behind the restaurant, filed its last accounts 11 "
        "months late and had net liabilities of £1.2 million at the end of 2023",
        None,
        "indirect",
        "show",
        "Companies House records",
        country="GB",
    ),
    q(
        "assessing the company’s financial position",
        None,
        "partial",
        "said",
        "A spokesman for Barrow Keane",
        country="GB",
        org=BK,
    ),
    q(
        "would write to creditors within the next fortnight",
        None,
        "indirect",
        "said",
        "A spokesman for Barrow Keane",
        country="GB",
        org=BK,
    ),
    q(
        "they had been given similar assurances to the staff",
        None,
        "indirect",
        "said",
        "Suppliers",
        country="GB",
    ),
    p(
        "he was owed just under £19,000",
        TONKIN,
        "indirect",
        "said",
        "Graham Tonkin, who runs a family fish merchant in Brixham, Devon, and had supplied the "
        "restaurant since its first week",
    ),
    p(
        "For a business our size, that’s a boat’s fuel for a season,",
        TONKIN,
        "direct",
        "said",
        "he",
    ),
    p(
        "I sent him Dover sole the morning the text went out to his staff. He knew. He must have "
        "known.",
        TONKIN,
        "direct",
        "said",
        "he",
    ),
    p(
        "the chef had known the restaurant would close when orders were placed last week",
        CORRIGAN,
        "indirect",
        "denied",
        "Hollander’s spokeswoman, Nadia Corrigan",
    ),
    p("at the eleventh hour", CORRIGAN, "partial", "said", "She"),
    q(
        "more than 3,000 licensed venues closed in England and Wales in the past year",
        UKH,
        "indirect",
        "according to",
        "the trade body UKHospitality",
        country="GB",
    ),
    q(
        "a generation of independent restaurants",
        None,
        "partial",
        "warned",
        "Its chief executive",
        country="GB",
        org=UKH,
    ),
    p(
        "changed how a lot of young cooks thought about British food",
        PRICE,
        "partial",
        "said",
        "Joanna Price, who awarded Hollander’s five stars when it opened",
    ),
    p(
        "had lost its way in recent years",
        PRICE,
        "indirect",
        "said",
        "Joanna Price, who awarded Hollander’s five stars when it opened",
    ),
    p(
        "The cooking was brilliant for a while, then it became a brand,",
        PRICE,
        "direct",
        "said",
        "she",
    ),
    p(
        "Hollander’s other business interests, which include a chain of bakeries in the "
        "south-east and a partnership with a supermarket, are run by separate companies and are "
        "unaffected",
        CORRIGAN,
        "indirect",
        "according to",
        "his spokeswoman",
    ),
    q(
        "they had been offered shifts by other restaurants in Soho after the news spread on "
        "social media",
        None,
        "indirect",
        "said",
        "a group of waiters and kitchen porters",
        country="GB",
    ),
    p(
        "Everyone in this street has been amazing,",
        LIS,
        "direct",
        "said",
        "Tomasz Lis, 24, a commis chef who moved to London from Gdansk three years ago",
    ),
    p(
        "The only person we haven’t heard from is Rory.",
        LIS,
        "direct",
        "said",
        "Tomasz Lis, 24, a commis chef who moved to London from Gdansk three years ago",
    ),
    p(
        "he would go back to his family in Poland for Christmas if he had not been paid by "
        "December",
        LIS,
        "indirect",
        "said",
        "Lis",
    ),
    p("cook for London again one day", HOLLANDER, "partial", "said", "he"),
]

# --- tax agency targets short-term rental hosts (AP style, curly “double quotes”) --------
DRS = "Department of Revenue Services"
CLA = "Connecticut Lodging Association"
OKAFOR = {"speaker": "Diane Okafor", "role": "revenue commissioner", "country": "US", "org": DRS}
VOSS = {"speaker": "Richard Voss", "role": "president", "country": "US", "org": CLA}
WHITLOW = {"speaker": "Karen Whitlow", "role": None, "country": "US"}
MEDEIROS = {"speaker": "Paul Medeiros", "role": "state senator", "country": "US"}
CASTELLANO = {"speaker": "Anne Castellano", "role": "governor", "country": "US"}
PETRAKIS = {"speaker": "Lauren Petrakis", "role": "tax attorney", "country": "US"}
LINDQVIST = {
    "speaker": "Brian Lindqvist",
    "role": "deputy revenue commissioner",
    "country": "US",
    "org": DRS,
}
OKAFOR_DESC = (
    "The state’s revenue commissioner, a former prosecutor who took over the agency last year"
)

TAX_Q = [
    q(
        "the largest enforcement push in the department’s history",
        None,
        "indirect",
        "called",
        "officials",
        country="US",
    ),
    q(
        "it had matched listings on booking websites against its own records and found that "
        "about one in four hosts advertising in the state had never registered to collect the "
        "15% tax",
        DRS,
        "indirect",
        "said in a statement",
        "The Department of Revenue Services",
        country="US",
    ),
    q(
        "Hosts who come forward by Jan. 31 will have penalties waived",
        DRS,
        "indirect",
        "said",
        "the department",
        country="US",
    ),
    q(
        "those who do not could face audits going back six years",
        DRS,
        "indirect",
        "said",
        "the department",
        country="US",
    ),
    p("not a fishing expedition", OKAFOR, "partial", "said", OKAFOR_DESC),
    p(
        "We know who you are, we know how many nights you rented, and we know roughly what you "
        "charged,",
        OKAFOR,
        "direct",
        "told reporters",
        "Commissioner Diane Okafor",
    ),
    p(
        "The easy way to settle this is to call us before we call you.",
        OKAFOR,
        "direct",
        "told reporters",
        "Commissioner Diane Okafor",
    ),
    p(
        "the state had lost an estimated $38 million in room tax since 2019",
        OKAFOR,
        "indirect",
        "said",
        "Okafor",
    ),
    p(
        "should have gone to the general fund and to tourism marketing",
        OKAFOR,
        "indirect",
        "said",
        "she",
    ),
    p(
        "most hosts were not trying to cheat but simply did not know that the tax applied to them",
        OKAFOR,
        "indirect",
        "said",
        "She",
    ),
    p(
        "A lot of these people are retirees renting out a cottage on the shoreline for the summer,",
        OKAFOR,
        "direct",
        "said",
        "she",
    ),
    p(
        "They are not tax evaders. But the hotel down the road collects this tax every single "
        "night, and it is not fair to them if the rest of the market doesn’t.",
        OKAFOR,
        "direct",
        "said",
        "she",
    ),
    p(
        "with one hand tied behind our backs",
        VOSS,
        "partial",
        "said",
        "Its president, Richard Voss",
    ),
    q(
        "they had assumed the booking platforms collected the tax on their behalf, as some do in "
        "other states",
        None,
        "indirect",
        "said",
        "Several who received letters",
        country="US",
    ),
    p(
        "I honestly thought it was taken care of,",
        WHITLOW,
        "direct",
        "said",
        "Karen Whitlow, 63, who rents out two rooms in her farmhouse in Litchfield County",
    ),
    p(
        "I read every email they sent me. Nobody ever said, you owe the state money.",
        WHITLOW,
        "direct",
        "said",
        "Karen Whitlow, 63, who rents out two rooms in her farmhouse in Litchfield County",
    ),
    p(
        "she had already called the department and been told she owed about $4,100",
        WHITLOW,
        "indirect",
        "said",
        "Whitlow",
    ),
    p(
        "she would probably stop renting the rooms after the summer",
        WHITLOW,
        "indirect",
        "added",
        "She",
    ),
    q(
        "it collects and remits occupancy taxes in Connecticut for stays booked through its site",
        None,
        "indirect",
        "said in a statement",
        "One of the largest booking platforms",
        country="US",
    ),
    q(
        "would relate to bookings made elsewhere",
        None,
        "partial",
        "said in a statement",
        "One of the largest booking platforms",
        country="US",
    ),
    q("to contact the state", None, "indirect", "urged", "It", country="US"),
    q(
        "nearly a third of the unregistered listings appeared on more than one website, and some "
        "hosts took payments directly by bank transfer or cash",
        DRS,
        "indirect",
        "According to",
        "the department",
        country="US",
    ),
    p(
        "the department was treating small landlords like criminals and should have started with "
        "a public information campaign",
        MEDEIROS,
        "indirect",
        "said",
        "State Sen. Paul Medeiros, a Republican from the shoreline town of Old Saybrook",
    ),
    p(
        "You don’t send a six-year audit threat to a widow with a spare room as your opening move,",
        MEDEIROS,
        "direct",
        "said",
        "Medeiros",
    ),
    p(
        "he would introduce a bill next session to cap any back taxes at three years for hosts "
        "with fewer than three rooms",
        MEDEIROS,
        "indirect",
        "said",
        "He",
    ),
    p("have been on the books for years", CASTELLANO, "partial", "said", "she"),
    p("is not a crackdown, it’s the job", CASTELLANO, "partial", "said", "she"),
    q(
        "the senator had not seen the governor’s post and would respond on Wednesday",
        None,
        "indirect",
        "said",
        "A Medieros aide",
        country="US",
    ),
    q(
        "they expected a rush of hosts to come forward before the deadline",
        None,
        "indirect",
        "said",
        "Tax lawyers",
        country="US",
    ),
    p(
        "The amnesty is the carrot, and six years of audits is a very big stick,",
        PETRAKIS,
        "direct",
        "said",
        "Lauren Petrakis, a tax attorney in Stamford",
    ),
    p(
        "I have had more calls about this in two days than in the last two years.",
        PETRAKIS,
        "direct",
        "said",
        "Lauren Petrakis, a tax attorney in Stamford",
    ),
    p(
        "hosts who had rented out a property for fewer than 15 days a year were generally "
        "exempt, and that many letters had gone to people who would owe nothing",
        PETRAKIS,
        "indirect",
        "said",
        "Petrakis",
    ),
    q(
        "it had sent letters to exempt hosts",
        DRS,
        "indirect",
        "denied",
        "The department",
        country="US",
    ),
    q(
        "it had filtered out listings with fewer than 15 booked nights",
        DRS,
        "indirect",
        "saying",
        "The department",
        country="US",
    ),
    p(
        "the department had hired 12 temporary staff to answer calls and had extended the hours "
        "of its help line until 8 p.m. on weekdays",
        LINDQVIST,
        "indirect",
        "said",
        "Okafor’s deputy, Brian Lindqvist",
    ),
    p("compliance, not handcuffs", OKAFOR, "partial", "said", "she"),
    q(
        "a comparable effort had brought in $11 million in its first 18 months",
        None,
        "indirect",
        "said",
        "Officials in Vermont",
        country="US",
    ),
    p("We are not inventing anything,", OKAFOR, "direct", "added", "she"),
    p(
        "We are just finally enforcing a law that was already there.",
        OKAFOR,
        "direct",
        "added",
        "she",
    ),
]

# --- library board moves challenged teen books (US local paper, no dateline, straight) ----
MPL = "Millbrook Public Library"
MFAR = "Millbrook Families for Age-Appropriate Reading"
ALA = "American Library Association"
TILLMAN = {"speaker": "Gary Tillman", "role": "president", "country": "US", "org": MPL}
ABERNATHY = {
    "speaker": "Susan Abernathy",
    "role": "director",
    "country": "US",
    "org": MPL,
}
PRUITT = {"speaker": "Dana Pruitt", "role": "founder", "country": "US", "org": MFAR}
# (a student's school is her organisation, as heldout2's "a second-year student" of the
# University of Hartwell; corrected at retirement, round 21: was none)
DELGADO = {
    "speaker": "Maya Delgado",
    "role": "junior",
    "country": "US",
    "org": "Millbrook High School",
}
WHITAKER = {"speaker": "Thomas Whitaker", "role": "Board member", "country": "US", "org": MPL}
MARSH = {"speaker": "Linda Marsh", "role": "Board member", "country": "US", "org": MPL}
REYES = {"speaker": "Jonathan Reyes", "role": "attorney", "country": "US", "org": MPL}
JENKS = {"speaker": "Harold Jenks", "role": "retired postmaster", "country": "US"}
PARK = {"speaker": "Cynthia Park", "role": "Mayor", "country": "US"}
TILLMAN_SRC = "Board president Gary Tillman, who cast the deciding vote"
JENKS_SRC = (
    "Harold Jenks, 78, a retired postmaster who has volunteered at the library's book sale for "
    "20 years"
)

LIBRARY_Q = [
    p(
        "a middle path that keeps every book in the building",
        TILLMAN,
        "partial",
        "said",
        TILLMAN_SRC,
    ),
    p("Nobody is banning anything tonight,", TILLMAN, "direct", "said", "Tillman"),
    p(
        "These books are still on our shelves and still in our catalog. We are moving them about "
        "40 feet.",
        TILLMAN,
        "direct",
        "said",
        "Tillman",
    ),
    p(
        "each book had been reviewed by a committee of librarians under the library's collection "
        "policy and that none had been found to violate it",
        ABERNATHY,
        "indirect",
        "told",
        "She",
    ),
    p(
        "she was disappointed but would carry out the board's decision",
        ABERNATHY,
        "indirect",
        "said",
        "she",
    ),
    p("My staff will move the books tomorrow morning,", ABERNATHY, "direct", "said", "she"),
    p(
        "We will also keep a list at the teen desk so that nobody has to go hunting for them.",
        ABERNATHY,
        "direct",
        "said",
        "she",
    ),
    p(
        "the library had received formal challenges to 31 titles in the past year, compared with "
        "two in the five years before that",
        ABERNATHY,
        "indirect",
        "said",
        "Abernathey",
    ),
    p(
        "a first step",
        PRUITT,
        "partial",
        "said",
        "Dana Pruitt, who founded the parents' group",
    ),
    p(
        "the group would keep pressing for the books to be removed from the library altogether",
        PRUITT,
        "indirect",
        "said",
        "Dana Pruitt, who founded the parents' group",
    ),
    p(
        "I have read every one of these books, cover to cover,",
        PRUITT,
        "direct",
        "said",
        "Pruitt",
    ),
    p(
        "Some of the passages I could not read aloud at this meeting, because there are children "
        "in the room. That should tell you something.",
        PRUITT,
        "direct",
        "said",
        "Pruitt",
    ),
    p(
        "We are not asking anyone to burn books. We are asking the library to use the same "
        "judgment a parent would.",
        PRUITT,
        "direct",
        "said",
        "Pruitt",
    ),
    p(
        "the group had any ties to national organizations",
        PRUITT,
        "indirect",
        "denied",
        "She",
    ),
    p("its 80 members were all Millbrook residents", PRUITT, "indirect", "saying", "She"),
    p(
        "one of the challenged novels had helped her understand what a friend was going through",
        DELGADO,
        "indirect",
        "said",
        "Maya Delgado, 16, a junior at Millbrook High School",
    ),
    p(
        "When you put a book in the adult section, you're telling kids it's something to be "
        "ashamed of,",
        DELGADO,
        "direct",
        "said",
        "she",
    ),
    p(
        "Most of us won't go looking for it. That's the whole point, isn't it?",
        DELGADO,
        "direct",
        "said",
        "she",
    ),
    p(
        "he worried the decision would invite more challenges",
        WHITAKER,
        "indirect",
        "said",
        "Board member Rev. Thomas Whitaker, who voted against the compromise",
    ),
    p("opened a door it will not be able to close", WHITAKER, "partial", "said", "He"),
    p("she had read four of the books", MARSH, "indirect", "said", "Marsh"),
    p("far too explicit", MARSH, "partial", "said", "Marsh"),
    p(
        "the board was within its authority to decide where books are shelved, but removing them "
        "on the basis of their viewpoints could expose the library to a lawsuit",
        REYES,
        "indirect",
        "According to",
        "the library's attorney, Jonathan Reyes",
    ),
    p(
        "the courts have treated removal and relocation differently",
        REYES,
        "indirect",
        "advised",
        "Reyes",
    ),
    q(
        "a form of restriction",
        ALA,
        "partial",
        "said in a statement",
        "The American Library Association, which tracks book challenges nationwide",
        country="US",
    ),
    q(
        "challenges to library books reached a record high last year",
        ALA,
        "indirect",
        "said",
        "It",
        country="US",
    ),
    q(
        "they feared the dispute had damaged the library's standing in town",
        None,
        "indirect",
        "said",
        "Some residents",
        country="US",
    ),
    p(
        "This library was the one place in Millbrook where everybody got along,",
        JENKS,
        "direct",
        "said",
        JENKS_SRC,
    ),
    p(
        "Now I hear people at the coffee shop talking about which side they're on.",
        JENKS,
        "direct",
        "said",
        JENKS_SRC,
    ),
    p(
        "she respected the board's independence",
        PARK,
        "indirect",
        "said in a statement",
        "Mayor Cynthia Park, who attended the meeting but did not speak",
    ),
    p(
        "disagree without being disagreeable",
        PARK,
        "partial",
        "said in a statement",
        "Mayor Cynthia Park, who attended the meeting but did not speak",
    ),
    p(
        "he expected that process to include a new procedure for appeals, so that either side "
        "could challenge a decision",
        TILLMAN,
        "indirect",
        "said",
        "Tillman",
    ),
    q(
        "they expected further challenges at next month's meeting",
        None,
        "indirect",
        "said privately",
        "Board members who voted in the majority",
        country="US",
        org=MPL,
    ),
]

DOCS = [
    ("heldout18-pharma-poland-cystic-fibrosis-price-deal", "WARSAW", PHARMA_Q),
    ("heldout18-referendum-switzerland-second-homes-levy", "Bern", REFERENDUM_Q),
    ("heldout18-restaurant-hollander-soho-closure-staff-unpaid", None, RESTAURANT_Q),
    ("heldout18-tax-connecticut-short-term-rental-crackdown", "HARTFORD, Conn.", TAX_Q),
    ("heldout18-library-millbrook-board-moves-teen-books", None, LIBRARY_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "American Library Association",
    "Arvenza",
    "Department of Revenue Services",
    "European Commission",
    "Health Ministry",
    "Hospitality Workers’ Union",
    "New Direction",
    "Polish Cystic Fibrosis Society",
    "Swiss Hotel Association",
    "UKHospitality",
)


def main():
    write_gold(
        HERE,
        "heldout18_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout18",
        source="quotesdb held-out 18 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
