"""Build probes_r21a_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a to r20f. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r21a/make_gold.py   # writes probes_r21a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- White House briefing on a tariff threat (AP style, straight "double quotes") -------
KOWALSKI = {
    "speaker": "Dana Kowalski",
    "role": "press secretary",
    "country": "US",
    "org": "White House",
}
SAYEGH = {"speaker": "Nadia Sayegh", "role": "trade minister", "country": "CA"}
BRANDT = {"speaker": "Colin Brandt", "role": "Trade Representative", "country": "US"}
OSTERHOUT = {"speaker": "Margaret Osterhout", "role": "senator", "country": "US"}
CARRANZA = {"speaker": "Luis Carranza", "role": "senator", "country": "US"}
PMO = "Prime Minister's Office"
AHC = "American Homebuilders Council"

TARIFF_Q = [
    q("not a bluff,", "White House", "partial", "insisted", "The White House", country="US"),
    q(
        "the levies would drive up the cost of building a home in the United States",
        None,
        "indirect",
        "warned",
        "senators from both parties",
        country="US",
    ),
    p(
        "the president was prepared to sign an executive order as soon as Friday unless Ottawa "
        "agreed to reopen talks on dairy quotas",
        KOWALSKI,
        "indirect",
        "said",
        "White House press secretary Dana Kowalski",
    ),
    p(
        "The president has been patient. He has been more than patient,",
        KOWALSKI,
        "direct",
        "told",
        "Kowalski",
    ),
    p("But patience is not a trade policy.", KOWALSKI, "direct", "told", "Kowalski"),
    p(
        "The cost of doing nothing is higher. That's the estimate that matters.",
        KOWALSKI,
        "direct",
        "said",
        "she",
    ),
    p(
        "I'm not going to get ahead of the president's conversations with foreign leaders,",
        KOWALSKI,
        "direct",
        "said",
        "she",
    ),
    p("looking at every supply chain", KOWALSKI, "partial", "said", "Kowalski"),
    p(
        "any exemptions would be announced along with the order",
        KOWALSKI,
        "indirect",
        "said",
        "Kowalski",
    ),
    p(
        "Everything is a negotiation with this president,",
        KOWALSKI,
        "direct",
        "said",
        "Kowalski",
    ),
    p("But he means it. I'd take him at his word.", KOWALSKI, "direct", "said", "Kowalski"),
    q(
        "will not negotiate under threat",
        PMO,
        "partial",
        "said",
        "The Prime Minister's Office in Ottawa",
        country="CA",
    ),
    q(
        "dollar for dollar.",
        PMO,
        "partial",
        "said",
        "The Prime Minister's Office in Ottawa",
        country="CA",
    ),
    p(
        "her government had a list of retaliatory measures ready and that it included American "
        "orange juice, bourbon and motorcycles",
        SAYEGH,
        "indirect",
        "told",
        "Canada's trade minister, Nadia Sayegh",
    ),
    p(
        "talk every day.",
        BRANDT,
        "partial",
        "saying",
        "Her U.S. counterpart, Trade Representative Colin Brandt",
    ),
    q(
        "Lumber futures have already risen about 8% since Sunday",
        AHC,
        "indirect",
        "according to",
        "the American Homebuilders Council",
        country="US",
    ),
    q(
        "the tariff would add roughly $9,000 to the price of a typical new single-family house",
        AHC,
        "indirect",
        "estimates",
        "which",
        country="US",
    ),
    p(
        "We're not going to apologize for putting American mills and American smelters first,",
        KOWALSKI,
        "direct",
        "added",
        "Kowalski",
    ),
    p(
        "Tariffs are a tax, and they are a tax on the people I represent,",
        OSTERHOUT,
        "direct",
        "said",
        "Sen. Margaret Osterhout, R-Iowa",
    ),
    p(
        "I have told the White House that privately, and now I am saying it publicly.",
        OSTERHOUT,
        "direct",
        "said",
        "Sen. Margaret Osterhout, R-Iowa",
    ),
    p(
        "she had asked Brandt to brief the committee before any order was signed",
        OSTERHOUT,
        "indirect",
        "said",
        "Osterhaut, who sits on the Senate Finance Committee",
    ),
    p(
        "reckless economic vandalism",
        CARRANZA,
        "partial",
        "called",
        "Sen. Luis Carranza, D-N.M.",
    ),
    p(
        "he would force a vote on a resolution to block it",
        CARRANZA,
        "indirect",
        "said",
        "Sen. Luis Carranza, D-N.M.",
    ),
    p(
        "If the president wants to pick a fight with our closest ally, he can explain to every "
        "family building a house why their mortgage just went up,",
        CARRANZA,
        "direct",
        "said",
        "Carranza",
    ),
    p("He won't, of course. He'll blame Ottawa.", CARRANZA, "direct", "said", "Carranza"),
    q(
        "the aluminum duty in particular could ripple through the economy, since American "
        "smelters supply only a fraction of what U.S. manufacturers use",
        None,
        "indirect",
        "warned",
        "Several economists",
    ),
    q(
        "the president's economic advisers were divided over whether to include aluminum at all",
        None,
        "indirect",
        "said",
        "A White House official, who spoke on condition of anonymity to discuss internal "
        "deliberations",
        country="US",
    ),
    p(
        "The president's team is united behind the president,",
        KOWALSKI,
        "direct",
        "said",
        "she",
    ),
    p("You can write that down.", KOWALSKI, "direct", "said", "she"),
    p(
        "The president will travel to a sawmill in Oregon on Thursday to make the case for the "
        "tariffs",
        KOWALSKI,
        "indirect",
        "said",
        "Kowalski",
    ),
]

# --- shutdown standoff in Congress (Reuters style, straight "double quotes") -------------
HOUSE = "House of Representatives"
BRENNAN = {"speaker": "Thomas Brennan", "role": "Speaker", "country": "US", "org": HOUSE}
WHITFIELD = {"speaker": "Angela Whitfield", "role": "House Minority Leader", "country": "US"}
PURCELL = {"speaker": "Dale Purcell", "role": "Representative", "country": "US"}
HADLEY = {"speaker": "Caroline Hadley", "role": "Representative", "country": "US"}
AKINS = {"speaker": "Roger Akins", "role": "Majority Leader", "country": "US"}
FENNIMORE = {
    "speaker": "Maya Fennimore",
    "role": "spokesperson",
    "country": "US",
    "org": "Office of Management and Budget",
}
ORTEGA = {"speaker": "Marisol Ortega", "role": "Representative", "country": "US"}
AFCS = "American Federation of Civil Servants"

SHUTDOWN_Q = [
    p(
        "Republicans would not bring a stopgap spending bill to the floor unless it included "
        "cuts to foreign aid",
        BRENNAN,
        "indirect",
        "said",
        "U.S. House of Representatives Speaker Thomas Brennan",
    ),
    p(
        "walked away from a reasonable deal",
        BRENNAN,
        "partial",
        "told",
        "Brennan, a Louisiana Republican",
    ),
    p(
        "the House would stay in session through the weekend if necessary",
        BRENNAN,
        "indirect",
        "told",
        "Brennan, a Louisiana Republican",
    ),
    p(
        "We've offered them a clean path. They don't want to take it,",
        BRENNAN,
        "direct",
        "said",
        "Brennan",
    ),
    p(
        "That's their choice, and the American people will see it for what it is.",
        BRENNAN,
        "direct",
        "said",
        "Brennan",
    ),
    p(
        "holding the paychecks of 2 million federal workers hostage",
        WHITFIELD,
        "partial",
        "said",
        "His Democratic counterpart, House Minority Leader Angela Whitfield of New York",
    ),
    p(
        "There is a bipartisan bill sitting in the Senate right now that would pass this House "
        "tomorrow if he let it come to a vote,",
        WHITFIELD,
        "direct",
        "told",
        "Whitfield",
    ),
    p(
        "He knows that. Everybody in this building knows that.",
        WHITFIELD,
        "direct",
        "told",
        "Whitfield",
    ),
    p(
        "Democrats would not supply the votes for a measure that cut aid to Ukraine",
        WHITFIELD,
        "indirect",
        "said",
        "The minority leader",
    ),
    q(
        "leadership was counting votes on a two-week measure as a fallback but had not decided "
        "whether to bring it up",
        None,
        "indirect",
        "said",
        "A senior Republican aide, who asked not to be identified because the talks were private",
        country="US",
    ),
    p(
        "he and at least a dozen colleagues would vote against any stopgap that kept spending "
        "at current levels",
        PURCELL,
        "indirect",
        "said",
        "Rep. Dale Purcell, R-Texas, a leader of the chamber's hard-right Liberty Caucus",
    ),
    p(
        "We were sent here to stop the bleeding, not to put another Band-Aid on it,",
        PURCELL,
        "direct",
        "told",
        "Purcell",
    ),
    p(
        "If that means a shutdown for a few days, so be it.",
        PURCELL,
        "direct",
        "told",
        "Purcell",
    ),
    p(
        "a gift to every Democrat running next year,",
        HADLEY,
        "partial",
        "said",
        "Rep. Caroline Hadley, R-Pa., whose suburban Philadelphia district voted for the "
        "Democratic presidential candidate",
    ),
    p(
        "to take up the Senate bill",
        HADLEY,
        "indirect",
        "urged",
        "Rep. Caroline Hadley, R-Pa., whose suburban Philadelphia district voted for the "
        "Democratic presidential candidate",
    ),
    p(
        "his chamber would vote as early as Friday on the bipartisan measure",
        AKINS,
        "indirect",
        "said",
        "Majority Leader Roger Akins of Wyoming",
    ),
    p("to follow", AKINS, "indirect", "urged", "he"),
    p("The Senate is going to do its job,", AKINS, "direct", "said", "Akins"),
    p(
        "I'd encourage our friends across the Capitol to do theirs.",
        AKINS,
        "direct",
        "said",
        "Akins",
    ),
    q(
        "The White House Office of Management and Budget on Wednesday began instructing "
        "agencies to update their shutdown plans",
        None,
        "indirect",
        "according to",
        "a memo seen by Reuters",
        country="US",
    ),
    p(
        "the guidance was routine and did not signal that a shutdown was inevitable",
        FENNIMORE,
        "indirect",
        "said",
        "A spokesperson for the budget office, Maya Fennimore",
    ),
    q(
        "their members were already bracing for missed paychecks",
        None,
        "indirect",
        "said",
        "Federal employee unions",
        country="US",
    ),
    q(
        "cruel and entirely avoidable.",
        AFCS,
        "partial",
        "said",
        "The American Federation of Civil Servants",
        country="US",
    ),
    p(
        "service members would be required to work without pay",
        ORTEGA,
        "indirect",
        "said",
        "Rep. Marisol Ortega, D-Calif., whose district includes several military bases",
    ),
    p("These are families that live paycheck to paycheck,", ORTEGA, "direct", "said", "she"),
    p("They cannot float the federal government a loan.", ORTEGA, "direct", "said", "she"),
    p(
        "There's always a deal to be had. It's just a question of whether they want one.",
        BRENNAN,
        "direct",
        "said",
        "Brenan",
    ),
    p(
        "he had spoken by phone with the president twice this week and that the White House "
        "supported the House Republicans' approach",
        BRENNAN,
        "indirect",
        "added",
        "He",
    ),
    q(
        "The last shutdown, in 2019, lasted 35 days, the longest in U.S. history, and cost the "
        "economy an estimated $11 billion",
        "Congressional Budget Office",
        "indirect",
        "according to",
        "the Congressional Budget Office",
        country="US",
    ),
]

# --- drought emergency, Central Oregon (local newspaper, curly “double quotes”) ----------
OWRD = "Oregon Water Resources Department"
NRCS = "Natural Resources Conservation Service"
APID = "Agency Plains Irrigation District"
HDRC = "High Desert Rivers Coalition"
VALDEZ = {"speaker": "Teresa Valdez", "role": "Governor", "country": "US"}
HAVERKAMP = {"speaker": "Paul Haverkamp", "role": "director", "country": "US", "org": OWRD}
JIMENEZ = {"speaker": "Carla Jimenez", "role": "manager", "country": "US", "org": APID}
TILLMAN = {"speaker": "Wes Tillman", "country": "US"}
RUCKERT = {"speaker": "Dale Ruckert", "country": "US"}
EVERLY = {"speaker": "Naomi Everly", "role": "executive director", "country": "US", "org": HDRC}
ORTIZ = {"speaker": "Lena Ortiz", "role": "spokeswoman", "country": "US"}

DROUGHT_Q = [
    p(
        "Central Oregon’s farmers and ranchers are facing a water year unlike anything most of "
        "them have seen,",
        VALDEZ,
        "direct",
        "said",
        "Valdez",
    ),
    p(
        "We are going to use every tool the state has to get them through it.",
        VALDEZ,
        "direct",
        "said",
        "Valdez",
    ),
    q(
        "Snowpack in the upper Deschutes basin stood at 41% of normal on April 1",
        NRCS,
        "indirect",
        "according to",
        "the Natural Resources Conservation Service",
        country="US",
    ),
    q(
        "streamflows through September were likely to be among the lowest on record",
        NRCS,
        "indirect",
        "said",
        "the agency",
        country="US",
    ),
    q(
        "it had already received more than 60 requests for emergency transfers",
        OWRD,
        "indirect",
        "said",
        "The state water department",
        country="US",
    ),
    p(
        "staff would try to turn applications around within two weeks",
        HAVERKAMP,
        "indirect",
        "told",
        "Its director, Paul Haverkamp",
    ),
    p(
        "We know that a farmer who waits a month for an answer may as well have gotten a no,",
        HAVERKAMP,
        "direct",
        "said",
        "Haverkamp",
    ),
    p(
        "So we are moving people over from other work to get this done.",
        HAVERKAMP,
        "direct",
        "said",
        "Haverkamp",
    ),
    p(
        "the department would be stepping up inspections of headgates and that anyone caught "
        "taking more than their share would be fined",
        HAVERKAMP,
        "indirect",
        "added",
        "He",
    ),
    p(
        "the cut was the deepest she had seen in 22 years with the district",
        JIMENEZ,
        "indirect",
        "said",
        "The district’s manager, Carla Jimenez",
    ),
    p("I’ve had grown men cry in my office,", JIMENEZ, "direct", "said", "Ms. Jimenez"),
    p(
        "These are people whose grandparents homesteaded this ground.",
        JIMENEZ,
        "direct",
        "said",
        "Ms. Jimenez",
    ),
    p(
        "the district was talking with the Tumalo Ridge Irrigation District, its larger "
        "neighbor to the south, about leasing water that senior rights holders upriver might "
        "not use, but that no agreement had been reached",
        JIMENEZ,
        "indirect",
        "said",
        "She",
    ),
    q(
        "they had already decided to leave fields fallow rather than gamble on water that might "
        "never arrive",
        None,
        "indirect",
        "said",
        "Some farmers",
        country="US",
    ),
    p(
        "I’ve got 600 acres, and I’m going to plant maybe 200 of it,",
        TILLMAN,
        "direct",
        "said",
        "Wes Tillman, who grows carrot seed, mint and alfalfa outside Culver",
    ),
    p("The rest will just sit.", TILLMAN, "direct", "said", "Wes Tillman"),
    p(
        "My dad went through the drought in ’77 and he used to talk about it like it was a war. "
        "I didn’t really understand him until now.",
        TILLMAN,
        "direct",
        "said",
        "Wes Tillman",
    ),
    p(
        "the emergency wells would help some of his neighbors but that drilling costs, which "
        "can top $100,000, put them out of reach for smaller operations",
        TILLMAN,
        "indirect",
        "said",
        "Tillman",
    ),
    q(
        "Hay prices in the region have climbed about 30% since last fall",
        "Oregon Cattlemen’s Alliance",
        "indirect",
        "according to",
        "the Oregon Cattlemen’s Alliance",
        country="US",
    ),
    p(
        "he had sold 80 head in March, something he had never done before in spring",
        RUCKERT,
        "indirect",
        "said",
        "Dale Ruckert, who runs about 300 cow-calf pairs near Post",
    ),
    p("You can’t feed them air,", RUCKERT, "direct", "said", "he"),
    q(
        "not to let the emergency come at the expense of the Deschutes’s fish",
        None,
        "indirect",
        "urged",
        "Environmental groups",
        country="US",
    ),
    q(
        "low flows could strand threatened steelhead and bull trout in warm, shallow pools",
        HDRC,
        "indirect",
        "warned",
        "The High Desert Rivers Coalition",
        country="US",
    ),
    p(
        "A drought emergency for farmers cannot become a death sentence for the river,",
        EVERLY,
        "direct",
        "wrote",
        "the coalition’s executive director, Naomi Everly",
    ),
    p(
        "the governor had directed the state Department of Fish and Wildlife to monitor stream "
        "temperatures",
        ORTIZ,
        "indirect",
        "said",
        "A spokeswoman for Valdez, Lena Ortiz",
    ),
    p(
        "targeted protections",
        ORTIZ,
        "partial",
        "said",
        "A spokeswoman for Valdez, Lena Ortiz",
    ),
    p(
        "Honestly? Not on our own. That’s why we’re asking Washington to step up.",
        VALDEZ,
        "direct",
        "told",
        "Valdes",
    ),
    q(
        "they would press the Agriculture Department to approve a disaster designation quickly",
        None,
        "indirect",
        "said",
        "Oregon’s two U.S. senators",
        country="US",
    ),
]

DOCS = [
    ("probe-r21a-white-house-tariff-briefing", "WASHINGTON", TARIFF_Q),
    ("probe-r21a-shutdown-standoff-congress", "WASHINGTON", SHUTDOWN_Q),
    ("probe-r21a-drought-emergency-oregon", None, DROUGHT_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "American Federation of Civil Servants",
    "American Homebuilders Council",
    "Congressional Budget Office",
    "High Desert Rivers Coalition",
    "Natural Resources Conservation Service",
    "Oregon Cattlemen’s Alliance",
    "Oregon Water Resources Department",
    "Prime Minister's Office",
    "White House",
)


def main():
    write_gold(
        HERE,
        "probes_r21a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r21a",
        source="quotesdb round-21 training probes A (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
