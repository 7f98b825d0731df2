"""Build heldout2_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout (see its README). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout2/make_gold.py   # writes bench/heldout2/heldout2_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- hurricane response ----------------------------------------------------------
THIBODEAUX = {"speaker": "Renee Thibodeaux", "role": "Parish President", "country": "US"}
FONTENOT = {"speaker": "Darnell Fontenot", "role": "retired shipyard welder", "country": "US"}
BROUSSARD = {"speaker": "Calvin Broussard", "role": "director", "country": "US"}
BAYOU = "Bayou Electric Cooperative"
GULF_RELIEF = "Gulf Relief Network"

HURRICANE_Q = [
    p(
        "power will be back for most homes by Friday",
        THIBODEAUX,
        "indirect",
        "says",
        "Parish chief",
    ),
    p(
        "Power should be restored to most homes in St. Alder Parish by Friday",
        THIBODEAUX,
        "indirect",
        "said",
        "Parish President Renee Thibodeaux",
    ),
    q(
        "about 40,000 customers were still without electricity on Tuesday afternoon",
        None,
        "indirect",
        "said",
        "Officials",
        country="US",
    ),
    p(
        "We are not going to leave anybody behind on this,",
        THIBODEAUX,
        "direct",
        "said",
        "Thibodeaux",
    ),
    p(
        "If you need water, if you need ice, if you need a ride to a shelter, we will get it "
        "to you.",
        THIBODEAUX,
        "direct",
        "said",
        "Thibodeaux",
    ),
    q(
        "Four of the deaths were caused by falling trees",
        None,
        "indirect",
        "according to",
        "the parish coroner's office",
        country="US",
    ),
    q(
        "Two men died of carbon monoxide poisoning from generators running inside their homes",
        None,
        "indirect",
        "said",
        "the office",
        country="US",
    ),
    q(
        "crews from six states had arrived to help",
        BAYOU,
        "indirect",
        "said in a statement",
        BAYOU,
        country="US",
    ),
    q("vast majority", BAYOU, "partial", "said in a statement", BAYOU, country="US"),
    q(
        "some rural lines could take longer to repair",
        BAYOU,
        "indirect",
        "warned",
        "The cooperative",
        country="US",
    ),
    q("that estimate sounded optimistic", None, "indirect", "said", "Residents", country="US"),
    p(
        "nobody from the parish had come by since the storm",
        FONTENOT,
        "indirect",
        "said",
        "Darnell Fontenot",
    ),
    p(
        "They keep saying Friday. They said Friday after the last one too,",
        FONTENOT,
        "direct",
        "said",
        "Fontenot",
    ),
    p(
        "I've been running this generator on gas I bought two towns over.",
        FONTENOT,
        "direct",
        "said",
        "Fontenot",
    ),
    p(
        "the state had opened four more shelters and that National Guard troops were handing "
        "out water at 12 sites",
        BROUSSARD,
        "indirect",
        "said",
        "Calvin Broussard",
    ),
    p(
        "some neighborhoods had been hard to reach because roads were still flooded",
        BROUSSARD,
        "indirect",
        "acknowledged",
        "He",
    ),
    p(
        "We had water over the highway in three places until this morning,",
        BROUSSARD,
        "direct",
        "told reporters",
        "Broussard",
    ),
    p(
        "That's not an excuse. It's just where we are.",
        BROUSSARD,
        "direct",
        "told reporters",
        "Broussard",
    ),
    q(
        "the air conditioning had failed and that there were not enough cots",
        None,
        "indirect",
        "said",
        "several evacuees",
        country="US",
    ),
    q(
        "the building had been set up for 400 people",
        None,
        "indirect",
        "said",
        "A volunteer coordinator, who spoke on condition of anonymity because she was not "
        "authorized to talk to reporters",
        country="US",
    ),
    p(
        "We're sending 200 more cots to Port Allison tonight, and a generator big enough to "
        "run the cooling,",
        BROUSSARD,
        "direct",
        "added",
        "he",
    ),
    q(
        "it had asked the parish for portable toilets and generators days before landfall",
        GULF_RELIEF,
        "indirect",
        "said",
        "The Gulf Relief Network, a volunteer group that runs two of the parish's shelters",
        country="US",
    ),
    p("the parish had been slow to prepare", THIBODEAUX, "indirect", "denied", "Thibodeau"),
    p("The shelters", THIBODEAUX, "indirect", "said", "she"),
    p(
        "were ready on Saturday, and they were full on Sunday. That tells you people listened.",
        THIBODEAUX,
        "partial",
        "said",
        "she",
    ),
    q(
        "another band of heavy rain could bring flash flooding to the region on Thursday",
        None,
        "indirect",
        "warned",
        "Forecasters",
    ),
    p(
        "not to return to flooded neighborhoods until the water had gone down",
        BROUSSARD,
        "indirect",
        "urged",
        "Broussard",
    ),
    p(
        "Floodwater is full of things that can hurt you — snakes, fuel, sewage,",
        BROUSSARD,
        "direct",
        "said",
        "he",
    ),
    p("Wait for the all-clear.", BROUSSARD, "direct", "said", "he"),
]

# --- central-bank rate decision ---------------------------------------------------
NORGES = "Norges Bank"
SOLHEIM = {"speaker": "Ingrid Solheim", "role": "Governor", "country": "NO", "org": NORGES}
AASLAND = {"speaker": "Per Aasland", "role": "Deputy Governor", "country": "NO", "org": NORGES}
NYHUS = {
    "speaker": "Kari Nyhus",
    "role": "chief economist",
    "country": "NO",
    "org": "Fjordline Markets",
}
LINDQVIST = {
    "speaker": "Anders Lindqvist",
    "role": "economist",
    "country": "SE",
    "org": "Baltic Ridge Analytics",
}
WORKERS_ALLIANCE = "Norwegian Workers' Alliance"

RATES_Q = [
    q(
        "weak krone is feeding inflation",
        NORGES,
        "indirect",
        "says",
        "Norway's central bank",
        country="NO",
    ),
    q(
        "a weaker krone and faster wage growth risked keeping inflation above its target well "
        "into next year",
        NORGES,
        "indirect",
        "saying",
        NORGES,
        country="NO",
    ),
    q(
        "proved more persistent than we expected",
        NORGES,
        "partial",
        "said",
        "the bank",
        country="NO",
    ),
    q("for some time.", NORGES, "partial", "said", "the bank", country="NO"),
    p(
        "the decision had not been an easy one",
        SOLHEIM,
        "indirect",
        "told a news conference",
        "Governor Ingrid Solheim",
    ),
    p(
        "We know this is a heavy burden for households with large mortgages,",
        SOLHEIM,
        "direct",
        "said",
        "she",
    ),
    p(
        "But letting inflation settle at 4% would be a heavier one.",
        SOLHEIM,
        "direct",
        "said",
        "she",
    ),
    p("the bank did not target the exchange rate", SOLHEIM, "indirect", "said", "Solheim"),
    p(
        "the krone's fall against the euro — about 6% since January — had pushed up the price "
        "of imported food and cars",
        SOLHEIM,
        "indirect",
        "acknowledged",
        "Solheim",
    ),
    p(
        "the economy was already slowing",
        AASLAND,
        "indirect",
        "wrote",
        "Deputy Governor Per Aasland, the only member to vote against",
    ),
    p(
        "tip the housing market into a sharper fall than is warranted.",
        AASLAND,
        "partial",
        "wrote",
        "Deputy Governor Per Aasland, the only member to vote against",
    ),
    p(
        "This is a central bank that has decided it would rather be early than sorry,",
        NYHUS,
        "direct",
        "said",
        "Kari Nyhus",
    ),
    p("she now expected one more increase in December", NYHUS, "indirect", "said", "She"),
    p("out of step", LINDQVIST, "partial", "said", "Swedish economist Anders Lindqvist"),
    p(
        "Norway is paying the price for a currency that markets treat as an oil proxy,",
        LINDQVIST,
        "direct",
        "said",
        "Lindqvist",
    ),
    p(
        "When crude falls, the krone falls, and the central bank is left to clean up.",
        LINDQVIST,
        "direct",
        "said",
        "Lindqvist",
    ),
    q(
        "the increase would hit young families hardest",
        WORKERS_ALLIANCE,
        "indirect",
        "said",
        "The country's largest union federation, the Norwegian Workers' Alliance",
        country="NO",
    ),
    q(
        "the government to expand housing support for first-time buyers",
        WORKERS_ALLIANCE,
        "indirect",
        "called on",
        "The country's largest union federation, the Norwegian Workers' Alliance",
        country="NO",
    ),
    p(
        "new forecasts would be published then",
        SOLHEIM,
        "indirect",
        "saying only",
        "Solhiem",
    ),
    p(
        "the bank was not trying to push the economy into recession",
        SOLHEIM,
        "indirect",
        "insisted",
        "She",
    ),
    q(
        "one in five borrowers had cut back on food or heating this year to keep up with payments",
        NORGES,
        "indirect",
        "showed",
        "the bank's own survey",
        country="NO",
    ),
    p("We are not on a preset path,", SOLHEIM, "direct", "added", "she"),
    p(
        "If the krone recovers and wage settlements come in lower, we will take that into account.",
        SOLHEIM,
        "direct",
        "added",
        "she",
    ),
    q(
        "they would pass the increase on to customers within six weeks",
        None,
        "indirect",
        "said",
        "Mortgage lenders",
        country="NO",
    ),
]

# --- university dispute (British style, single quotes) ----------------------------
HARTWELL = "University of Hartwell"
MARCHBANK = {
    "speaker": "Helen Marchbank",
    "role": "vice-chancellor",
    "country": "GB",
    "org": HARTWELL,
}
STAFF_UNION = "Academic Staff Union"
WIECZOREK = {
    "speaker": "Tomasz Wieczorek",
    "role": "branch president",
    "country": "GB",
    "org": STAFF_UNION,
}
BRIGHTWELL = {"speaker": "Ella Brightwell", "role": "student", "country": "GB", "org": HARTWELL}
PETTIFER = {"speaker": "Graham Pettifer", "role": "MP", "country": "GB"}

UNIVERSITY_Q = [
    q("unsustainable", HARTWELL, "partial", None, HARTWELL, country="GB"),
    q("unsustainable", HARTWELL, "partial", "saying", "The University of Hartwell", country="GB"),
    q(
        "applications have fallen by almost half since 2019",
        HARTWELL,
        "indirect",
        "saying",
        "The University of Hartwell",
        country="GB",
    ),
    p(
        "the hardest of my career",
        MARCHBANK,
        "partial",
        "said",
        "The vice-chancellor, Prof Helen Marchbank",
    ),
    p(
        "the university could no longer subsidise courses that few students chose",
        MARCHBANK,
        "indirect",
        "said",
        "The vice-chancellor, Prof Helen Marchbank",
    ),
    p(
        "We cannot ask students in growing subjects to carry the cost of departments they will "
        "never set foot in,",
        MARCHBANK,
        "direct",
        "wrote",
        "she",
    ),
    p("Standing still is not a neutral choice.", MARCHBANK, "direct", "wrote", "she"),
    q(
        "the closure would save £4.2m a year",
        HARTWELL,
        "indirect",
        "claimed",
        "The university",
        country="GB",
    ),
    q(
        "an act of cultural vandalism",
        STAFF_UNION,
        "partial",
        "called",
        "The Academic Staff Union, which represents most of the department’s lecturers",
        country="GB",
    ),
    q(
        "it would ballot members at Hartwell for strike action",
        STAFF_UNION,
        "indirect",
        "said",
        "The Academic Staff Union, which represents most of the department’s lecturers",
        country="GB",
    ),
    p(
        "colleagues had learned of the closure from a press release",
        WIECZOREK,
        "indirect",
        "said",
        "Its branch president, Dr Tomasz Wieczorek",
    ),
    p("Some of us have taught here for 25 years,", WIECZOREK, "direct", "said", "Wieczorek"),
    p(
        "We found out at the same time as the local paper.",
        WIECZOREK,
        "direct",
        "said",
        "Wieczorek",
    ),
    p(
        "management of ignoring a staff proposal, submitted in March, to merge languages with "
        "the linguistics and translation programmes",
        WIECZOREK,
        "indirect",
        "accused",
        "He",
    ),
    q(
        "that plan would have saved about £2m without a single compulsory redundancy",
        STAFF_UNION,
        "indirect",
        "said",
        "The union",
        country="GB",
    ),
    q(
        "carefully considered",
        None,
        "partial",
        "said",
        "A university spokeswoman",
        country="GB",
        org=HARTWELL,
    ),
    q(
        "staff would be offered voluntary redundancy first",
        None,
        "indirect",
        "said",
        "She",
        country="GB",
        org=HARTWELL,
    ),
    p(
        "teach out",
        BRIGHTWELL,
        "partial",
        "said",
        "Ella Brightwell, 20, a second-year student of French and Spanish",
    ),
    p(
        "she expected the best lecturers to leave long before she graduated",
        BRIGHTWELL,
        "indirect",
        "said",
        "Ella Brightwell, 20, a second-year student of French and Spanish",
    ),
    p(
        "What they are really saying is: finish your degree in a department that is being "
        "dismantled around you,",
        BRIGHTWELL,
        "direct",
        "said",
        "she",
    ),
    q(
        "frozen tuition fees and a fall in international recruitment have left many of them "
        "in deficit",
        None,
        "indirect",
        "say",
        "British universities",
        country="GB",
    ),
    q(
        "two in five institutions expected to run a deficit this year",
        "Universities Forum",
        "indirect",
        "warned",
        "The sector body Universities Forum",
        country="GB",
    ),
    p(
        "he had written to Marchbank asking her to pause the closure until an independent "
        "review of the department’s finances had been carried out",
        PETTIFER,
        "indirect",
        "said",
        "The local MP, Graham Pettifer",
    ),
    p(
        "This is a university that markets itself as global,",
        PETTIFER,
        "direct",
        "said",
        "he",
    ),
    p(
        "It is about to stop teaching the languages the rest of the world speaks.",
        PETTIFER,
        "direct",
        "said",
        "he",
    ),
    q(
        "universities were independent institutions responsible for their own finances",
        None,
        "indirect",
        "said",
        "A Department for Education spokesperson",
        country="GB",
        org="Department for Education",
    ),
    p(
        "the university will keep a languages centre offering evening classes to students and "
        "the public",
        MARCHBANK,
        "indirect",
        "has said",
        "Marchbanks",
    ),
    p(
        "I am not going to stand here and promise anything I cannot guarantee.",
        MARCHBANK,
        "direct",
        "told BBC Radio Hartwell",
        "she",
    ),
]

# --- engine failure investigation -------------------------------------------------
MECHANICS_UNION = "Aviation Maintenance Workers Association"
NTSB = "National Transportation Safety Board"
CASCADE = "Cascade Air Link"
ORTEGA = {
    "speaker": "Marisol Ortega",
    "role": "investigator-in-charge",
    "country": "US",
    "org": NTSB,
}
HOLLISTER = {
    "speaker": "Brent Hollister",
    "role": "chief operating officer",
    "country": "US",
    "org": CASCADE,
}
FITZGERALD = {"speaker": "Lorna Fitzgerald", "country": "US"}
MARSH = {"speaker": "Devon Marsh", "country": "US"}

ENGINE_Q = [
    q(
        "Engine on Cascade Air Link jet had been flagged for inspection",
        MECHANICS_UNION,
        "indirect",
        "says",
        "union",
        country="US",
    ),
    q(
        "An engine that failed on a Cascade Air Link regional jet shortly after takeoff on "
        "Saturday had been flagged for inspection two weeks earlier",
        MECHANICS_UNION,
        "indirect",
        "said",
        "the union representing the airline's mechanics",
        country="US",
    ),
    q(
        "it had sent four investigators to Boise and would recover the plane's flight data and "
        "cockpit voice recorders",
        NTSB,
        "indirect",
        "said",
        "The National Transportation Safety Board",
        country="US",
    ),
    p(
        "It is far too early to say what caused this,",
        ORTEGA,
        "direct",
        "told reporters",
        "NTSB investigator-in-charge Marisol Ortega",
    ),
    p(
        "We will look at the maintenance records, the engine and the crew's actions, and we "
        "will follow the evidence.",
        ORTEGA,
        "direct",
        "told reporters",
        "NTSB investigator-in-charge Marisol Ortega",
    ),
    p(
        "a preliminary report would be released within 30 days",
        ORTEGA,
        "indirect",
        "said",
        "Ortega",
    ),
    q(
        "a mechanic had recommended on Oct. 3 that the engine be inspected for possible blade "
        "damage but that the check had been deferred",
        MECHANICS_UNION,
        "indirect",
        "said in a statement",
        "The union, the Aviation Maintenance Workers Association",
        country="US",
    ),
    q(
        "stretching maintenance intervals to the limit",
        MECHANICS_UNION,
        "partial",
        "said",
        "It",
        country="US",
    ),
    q("safety had been compromised", CASCADE, "indirect", "denied", CASCADE, country="US"),
    q(
        "Every aircraft in our fleet is maintained in full compliance with FAA requirements,",
        CASCADE,
        "direct",
        "said in a statement",
        "the airline",
        country="US",
    ),
    q("routine across the industry.", CASCADE, "partial", "said", "It", country="US"),
    p(
        "not related, as far as we know today,",
        HOLLISTER,
        "partial",
        "said in an interview",
        "The airline's chief operating officer, Brent Hollister",
    ),
    p(
        "the carrier had not cut maintenance staff",
        HOLLISTER,
        "indirect",
        "insisted",
        "Hollister",
    ),
    p("it had hired 40 mechanics this year", HOLLISTER, "indirect", "said", "Hollister"),
    q(
        "a loud bang followed by a smell of burning",
        None,
        "indirect",
        "described",
        "Passengers",
        country="US",
    ),
    p(
        "The whole plane shook, and then it got very quiet,",
        FITZGERALD,
        "direct",
        "said",
        "Lorna Fitzgerald",
    ),
    p(
        "The pilot came on and said, very calmly, that we were going back. I'll never forget "
        "how calm he was.",
        FITZGERALD,
        "direct",
        "said",
        "Lorna Fitzgerald",
    ),
    p(
        "flight attendants had told everyone to brace as the plane descended toward the runway",
        MARSH,
        "indirect",
        "said",
        "Another passenger, Devon Marsh",
    ),
    p(
        "he had flown the route every month for work and would not book with the airline "
        "again until the investigation was finished",
        MARSH,
        "indirect",
        "said",
        "Marsh",
    ),
    q(
        "engine failures on modern jets are rare and that pilots train extensively to fly on "
        "one engine",
        None,
        "indirect",
        "said",
        "Aviation safety experts",
    ),
    p("That crew did exactly what they train for,", ORTEGA, "direct", "said", "Ortgea"),
    p(
        "the captain had more than 12,000 hours of flight time",
        ORTEGA,
        "indirect",
        "added",
        "Ortgea, who",
    ),
]

# --- museum repatriation ----------------------------------------------------------
WHITCOMBE = "Whitcombe Museum of Art"
PICKETT = {"speaker": "Laurence Pickett", "role": "Director", "country": "US", "org": WHITCOMBE}
ADJEI_MENSAH = {
    "speaker": "Kofi Adjei-Mensah",
    "role": "spokesman",
    "country": "GH",
    "org": "Kwabre-Ano Traditional Council",
}
SARPONG = {"speaker": "Efua Sarpong", "role": "historian", "country": "GH"}
PFEIFFER = {
    "speaker": "Arnold Pfeiffer",
    "role": "former curator of African art",
    "country": "US",
    "org": WHITCOMBE,
}

MUSEUM_Q = [
    p(
        "Cleveland museum will return carved figures taken from Ghana in 1901",
        PICKETT,
        "indirect",
        "says",
        "director",
    ),
    p(
        "The Whitcombe Museum of Art will return 14 carved wooden figures that a British "
        "colonial officer took from a shrine in what is now Ghana in 1901",
        PICKETT,
        "indirect",
        "said",
        "the museum's director",
    ),
    p(
        "the museum's board had voted unanimously on Tuesday to transfer ownership of the "
        "figures to the council",
        PICKETT,
        "indirect",
        "said",
        "Director Laurence Pickett",
    ),
    p("These objects were never ours to keep,", PICKETT, "direct", "said", "Pickett"),
    p(
        "The documents in our own archive show they were taken by force, and we could not look "
        "away from that any longer.",
        PICKETT,
        "direct",
        "said",
        "Pickett",
    ),
    q(
        "The figures will be handed over at a ceremony in Kumasi in March",
        WHITCOMBE,
        "indirect",
        "according to",
        "the museum",
        country="US",
    ),
    q(
        "it would pay for their packing and shipping",
        WHITCOMBE,
        "indirect",
        "said",
        "the museum, which",
        country="US",
    ),
    p(
        "for more than a century",
        ADJEI_MENSAH,
        "partial",
        "said",
        "Kofi Adjei-Mensah, a spokesman for the Kwabre-Ano Traditional Council",
    ),
    p(
        "elders were planning a week of ceremonies to welcome the figures home",
        ADJEI_MENSAH,
        "indirect",
        "said",
        "Kofi Adjei-Mensah, a spokesman for the Kwabre-Ano Traditional Council",
    ),
    p(
        "We are not asking for charity. We are asking for our grandfathers,",
        ADJEI_MENSAH,
        "direct",
        "said",
        "he",
    ),
    p(
        "museum records showed that the officer had taken them during a punitive expedition "
        "after a local revolt",
        SARPONG,
        "indirect",
        "said",
        "Ghanaian historian Efua Sarpong",
    ),
    p(
        "People imagine these were bought at a market. They were not,",
        SARPONG,
        "direct",
        "said",
        "Sarpong",
    ),
    p(
        "There were soldiers, there was a fire, and afterward there were crates shipped to "
        "Liverpool.",
        SARPONG,
        "direct",
        "said",
        "Sarpong",
    ),
    q(
        "they had voted for the return but worried it would invite claims on other parts of "
        "the collection",
        None,
        "indirect",
        "said",
        "Two trustees, who asked not to be named because the board's deliberations were "
        "confidential",
        country="US",
        org=WHITCOMBE,
    ),
    p(
        "a gesture that empties galleries without filling any gaps in understanding.",
        PFEIFFER,
        "partial",
        "called",
        "Arnold Pfeiffer, a former curator of African art at the Whitcombe",
    ),
    p(
        "the figures had survived because they were in Cleveland and that many were too "
        "fragile to travel",
        PFEIFFER,
        "indirect",
        "argued",
        "He",
    ),
    p(
        "the council had built a climate-controlled gallery at its palace in Kumasi and that "
        "two of the museum's conservators would travel with the figures",
        PICKETT,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We will have photographs and scans, and perhaps one day they will come back to "
        "Cleveland on loan,",
        PICKETT,
        "direct",
        "said",
        "he",
    ),
    p("But that will be their decision, not ours.", PICKETT, "direct", "said", "he"),
    p(
        "the council hoped the Whitcombe's decision would encourage other museums holding "
        "objects from the region to open talks",
        ADJEI_MENSAH,
        "indirect",
        "said",
        "Adjei-Mensah",
    ),
    p("The door is open,", ADJEI_MENSAH, "direct", "said", "he"),
    p(
        "We would rather walk through it together than stand outside shouting.",
        ADJEI_MENSAH,
        "direct",
        "said",
        "he",
    ),
]

DOCS = [
    ("heldout2-disaster-hurricane-shelters", "PORT ALLISON, La.", HURRICANE_Q),
    ("heldout2-economy-central-bank-rates", "OSLO, Norway", RATES_Q),
    ("heldout2-education-university-languages", None, UNIVERSITY_Q),
    ("heldout2-transport-engine-failure", "BOISE, Idaho", ENGINE_Q),
    ("heldout2-culture-museum-repatriation", "CLEVELAND", MUSEUM_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Academic Staff Union",
    "Aviation Maintenance Workers Association",
    "Bayou Electric Cooperative",
    "Cascade Air Link",
    "Gulf Relief Network",
    "National Transportation Safety Board",
    "Norges Bank",
    "Norwegian Workers' Alliance",
    "Universities Forum",
    "University of Hartwell",
    "Whitcombe Museum of Art",
)


def main():
    write_gold(
        HERE,
        "heldout2_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout2",
        source="quotesdb held-out 2 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
