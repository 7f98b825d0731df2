"""Build heldout9_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout8 (see their READMEs and
bench/heldout9/README.md). Each quote is located by searching its exact text after the
previous quote's end, so the offsets always satisfy text[start:end] == quote text and
the spans of a document never overlap.

    python3 bench/heldout9/make_gold.py   # writes bench/heldout9/heldout9_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- obituary / local feature: a diner owner, Iowa (straight "double quotes") ---------
WALT = {"speaker": "Walter Kowalczyk", "role": None, "country": "US"}
THOMAS = {"speaker": "Thomas Kowalczyk", "role": "son", "country": "US"}
ARBOGAST = {"speaker": "Denise Arbogast", "role": "mayor", "country": "US"}
RUTH = {"speaker": "Ruth Kowalczyk Maddox", "role": "daughter", "country": "US"}
FENN = {"speaker": "Loretta Fenn", "role": None, "country": "US"}
ELI = {"speaker": "Eli Maddox", "role": "grandson", "country": "US"}
OSTROWSKI = {"speaker": "Gene Ostrowski", "role": "retired mail carrier", "country": "US"}
DUBUQUE = {"speaker": "Ray Dubuque", "role": "city councilman", "country": "US"}

OBIT_Q = [
    p(
        "He died of heart failure after a short illness",
        THOMAS,
        "indirect",
        "said",
        "his son, Thomas Kowalczyk",
    ),
    p(
        "He knew every order in this town before you sat down,",
        THOMAS,
        "direct",
        "said",
        "Thomas",
    ),
    p(
        "He knew your kids' names. He knew who was out of work, and those people didn't get"
        " a bill.",
        THOMAS,
        "direct",
        "said",
        "Thomas",
    ),
    p(
        "You don't close when people are scared. That's when they need somewhere to go,",
        WALT,
        "direct",
        "told",
        "Kowalczyk",
    ),
    p("The stools can be replaced. The town can't.", WALT, "direct", "told", "Kowalczyk"),
    p(
        "the city would lower its flags to half-staff through the funeral and that the council "
        "would vote next month on renaming the riverside walk after him",
        ARBOGAST,
        "indirect",
        "said",
        "Mayor Denise Arbogast",
    ),
    p(
        "Walt was the first person I called when the levee failed, and he was the first person "
        "who called me back,",
        ARBOGAST,
        "direct",
        "said",
        "Arbogast",
    ),
    p(
        "her parents argued about everything except the diner",
        RUTH,
        "indirect",
        "said",
        "Their daughter, Ruth Kowalczyk Maddox",
    ),
    p(
        "Mom did the books and Dad gave the food away. Somehow it worked for fifty years,",
        RUTH,
        "direct",
        "said",
        "she",
    ),
    p(
        "her father kept a shoebox of IOUs under the register and never once tried to collect on "
        "them",
        RUTH,
        "indirect",
        "said",
        "Ruth",
    ),
    p(
        "When the family cleaned out the building after the grill closed in 2013",
        RUTH,
        "indirect",
        "said",
        "she",
    ),
    p(
        "they found more than 300 of the slips, some dating to the 1970s",
        RUTH,
        "indirect",
        "said",
        "she",
    ),
    p(
        "People ask me why he didn't retire at 65. What else was he going to do, sit home and "
        "watch the river?",
        RUTH,
        "direct",
        "said",
        "she",
    ),
    p(
        "never once raised his voice",
        FENN,
        "partial",
        "said",
        "Loretta Fenn, who waited tables at the grill for 31 years",
    ),
    p("He'd get mad at the fryer. Never at us,", FENN, "direct", "said", "she"),
    p(
        "his grandfather taught him to crack eggs one-handed when he was six",
        ELI,
        "indirect",
        "said",
        "Kowalczyk's grandson, Eli Maddox, a chef in Minneapolis",
    ),
    p(
        "He told me a cook who needs two hands for an egg needs a new job,",
        ELI,
        "direct",
        "said",
        "Maddox",
    ),
    p("I still hear that every morning.", ELI, "direct", "said", "Maddox"),
    p(
        "his father worked the register until he was 80 and still drove to the old building most "
        "mornings to look at the water",
        THOMAS,
        "indirect",
        "said",
        "Thomas Kowalcyk",
    ),
    p(
        "He wasn't sad about it. He said the place had done its job,",
        THOMAS,
        "direct",
        "added",
        "he",
    ),
    q(
        "it would display the diner's original counter and six of its stools at its museum from "
        "next spring",
        "Dunmore Falls Historical Society",
        "indirect",
        "said in a statement",
        "The Dunmore Falls Historical Society",
        country="US",
    ),
    q(
        "the town had never had another place like it",
        None,
        "indirect",
        "said",
        "Several longtime customers",
        country="US",
    ),
    p(
        "There's a coffee shop there now, and it's fine. It's not Walt's,",
        OSTROWSKI,
        "direct",
        "said",
        "Gene Ostrowski, 78, a retired mail carrier",
    ),
    p("a formality", DUBUQUE, "partial", "said", "A city councilman, Ray Dubuque"),
    p(
        "he expected it to pass without objection",
        DUBUQUE,
        "indirect",
        "said",
        "A city councilman, Ray Dubuque",
    ),
    q(
        "A funeral Mass will be celebrated Saturday at 10 a.m. at St. Casimir Catholic Church",
        "Hagerty-Lund Funeral Home",
        "indirect",
        "according to",
        "Hagerty-Lund Funeral Home, which is handling the arrangements",
        country="US",
    ),
    p(
        "He'd want the money to go to somebody's breakfast,",
        RUTH,
        "direct",
        "said",
        "Ruth",
    ),
]

# --- UK crown court trial: shop arson, witness testimony (British ‘single quotes’) -----
COURT = "Kelsford Crown Court"
FIRE = "Kelsford and Wyre Fire and Rescue Service"
ELLISON = {"speaker": "Margaret Ellison", "role": "neighbour", "country": "GB"}
MARSH = {"speaker": "Helen Marsh", "role": "prosecutor", "country": "GB"}
ACHEBE = {"speaker": "Simon Achebe", "role": "defence counsel", "country": "GB"}
JOANNE = {"speaker": "Joanne Pryor", "role": "estranged wife", "country": "GB"}
KERRIDGE = {"speaker": "Ian Kerridge", "role": "fire investigator", "country": "GB", "org": FIRE}
WHITCOMBE = {"speaker": "Paul Whitcombe", "role": "detective sergeant", "country": "GB"}
PRYOR = {"speaker": "Martin Pryor", "role": "shopkeeper", "country": "GB"}
TRACEY = {"speaker": "Tracey", "role": None, "country": "GB"}
FAIRBAIRN = {"speaker": "Caroline Fairbairn", "role": "judge", "country": "GB", "org": COURT}

TRIAL_Q = [
    p("I saw him walk out of the smoke", ELLISON, "direct", "tells", "neighbour"),
    p(
        "she watched a shopkeeper walk calmly out of his burning newsagent’s minutes before "
        "flames engulfed the flat above it",
        ELLISON,
        "indirect",
        "told",
        "A neighbour",
    ),
    p(
        "she had let her dog into the garden shortly after midnight on 14 March when she saw "
        "Martin Pryor leave the shop on Marlow Road by its side door",
        ELLISON,
        "indirect",
        "told",
        "Margaret Ellison, 67",
    ),
    p(
        "I saw him walk out of the smoke. He didn’t run, he didn’t shout, he just locked the "
        "door behind him,",
        ELLISON,
        "direct",
        "said",
        "she",
    ),
    p(
        "Pryor had set the fire to claim on an insurance policy he had raised to £480,000 three "
        "weeks earlier",
        MARSH,
        "indirect",
        "told",
        "Helen Marsh KC, prosecuting",
    ),
    p("drowning in debt", MARSH, "partial", "said", "She"),
    p(
        "Pryor owed more than £60,000 to suppliers and to his bank",
        MARSH,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the street was poorly lit and that she had not been wearing her glasses",
        ELLISON,
        "indirect",
        "accepted",
        "Mrs Ellison",
    ),
    p(
        "Is it possible, Mrs Ellison, that the man you saw was a firefighter?",
        ACHEBE,
        "direct",
        "asked",
        "Simon Achebe KC, defending",
    ),
    p("No. The fire engines hadn’t come yet,", ELLISON, "direct", "replied", "she"),
    p("a shape in the dark", ACHEBE, "partial", "suggested", "Mr Achebe"),
    p(
        "her account had grown more certain each time she gave it to police",
        ACHEBE,
        "indirect",
        "suggested",
        "Mr Achebe",
    ),
    p("simply not true", ELLISON, "partial", "said", "She"),
    p(
        "starting again somewhere",
        JOANNE,
        "partial",
        "said",
        "Pryor’s estranged wife, Joanne Pryor",
    ),
    p(
        "He kept calling the shop a millstone. I thought he meant he would sell it.",
        JOANNE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the couple had separated in January and that she had not been inside the shop since",
        JOANNE,
        "indirect",
        "said",
        "Mrs Pryor",
    ),
    p("I didn’t want to believe it. I still don’t, some days,", JOANNE, "direct", "added", "she"),
    p(
        "the blaze had started in two separate places in the stockroom",
        KERRIDGE,
        "indirect",
        "told",
        "Ian Kerridge, a fire investigator with Kelsford and Wyre Fire and Rescue Service",
    ),
    p("a strong indicator", KERRIDGE, "partial", "described", "he"),
    p("There was no electrical fault that I could find,", KERRIDGE, "direct", "said", "he"),
    p(
        "The fuse board was intact, the wiring in the stockroom was modern and there was no sign "
        "of arcing.",
        KERRIDGE,
        "direct",
        "said",
        "he",
    ),
    p(
        "What I found instead were two seats of fire about four metres apart, with nothing "
        "between them that could carry flame from one to the other.",
        KERRIDGE,
        "direct",
        "said",
        "he",
    ),
    p(
        "cardboard stacked in the stockroom could have let the fire spread faster than usual",
        KERRIDGE,
        "indirect",
        "accepted",
        "Kerrige",
    ),
    p("that would not explain two points of origin", KERRIDGE, "indirect", "said", "he"),
    q(
        "its first crew had reached the building six minutes after the 999 call",
        FIRE,
        "indirect",
        "said in a statement",
        "The fire service",
        country="GB",
    ),
    p(
        "Pryor had been arrested at his sister’s house in Wyre two days after the fire",
        WHITCOMBE,
        "indirect",
        "told",
        "Detective Sergeant Paul Whitcombe",
    ),
    p("he had started the fire", PRYOR, "indirect", "denied", "Pryor"),
    p(
        "he had gone to the shop that night to collect his reading glasses",
        PRYOR,
        "indirect",
        "said",
        "Pryor",
    ),
    p(
        "Why would you go back into a shop at midnight for a pair of glasses, and leave without "
        "them?",
        MARSH,
        "direct",
        "asked",
        "Ms Marsh",
    ),
    p(
        "the glasses had been found on the kitchen table at Pryor’s flat",
        WHITCOMBE,
        "indirect",
        "said",
        "Sgt Whitcombe, who",
    ),
    q(
        "she has been rehoused by the council and her children have received counselling",
        None,
        "indirect",
        "according to",
        "the prosecution",
        country="GB",
    ),
    q(
        "almost unbearable",
        None,
        "partial",
        "said",
        "relatives of Ms Dunn",
        country="GB",
    ),
    p(
        "We just want someone to tell the truth about that night.",
        TRACEY,
        "direct",
        "said",
        "One of them, who gave her name only as Tracey",
    ),
    p(
        "the trial was expected to last three weeks",
        FAIRBAIRN,
        "indirect",
        "told",
        "Judge Caroline Fairbairn",
    ),
]

# --- drought and food aid, northern Kenya (curly “double quotes”) ----------------------
WFP = "World Food Programme"
SANDVIK = {"speaker": "Margit Sandvik", "role": "country director", "org": WFP}
EKWAM = {"speaker": "Lokiru Ekwam", "role": "herder", "country": "KE"}
LANGAT = {
    "speaker": "Joseph Kiprotich Langat",
    "role": "Cabinet Secretary for Agriculture",
    "country": "KE",
}
EKAI = {"speaker": "Amina Ekai", "role": "governor", "country": "KE"}
LOWOI = {"speaker": "Samuel Lowoi", "role": "deputy governor", "country": "KE"}
BERGGREN = {"speaker": "Annika Berggren", "role": "Development Minister", "country": "SE"}
OCHIENG = {"speaker": "Gabriel Ochieng", "role": "Catholic priest", "country": "KE"}

DROUGHT_Q = [
    q(
        "The World Food Programme will cut food rations for nearly 600,000 people in northern "
        "Kenya by half from next month",
        WFP,
        "indirect",
        "said",
        "the U.N. agency",
        org=WFP,
    ),
    q(
        "it had received less than a third of the $212 million it needs for its Kenya operations "
        "this year",
        WFP,
        "indirect",
        "said",
        "the agency",
        org=WFP,
    ),
    q("difficult choices", WFP, "partial", "said", "the agency", org=WFP),
    p(
        "We are being forced to take food from the hungry to give to the starving,",
        SANDVIK,
        "direct",
        "said",
        "Margit Sandvik, the agency’s country director for Kenya",
    ),
    p(
        "Nobody should ever have to make that choice.",
        SANDVIK,
        "direct",
        "said",
        "Margit Sandvik, the agency’s country director for Kenya",
    ),
    p(
        "the cuts would fall hardest on families in Lomuria County, on the border with Ethiopia "
        "and South Sudan",
        SANDVIK,
        "indirect",
        "said",
        "Sandvik",
    ),
    q(
        "About 70% of the county’s goats and cattle have died since the rains first failed in 2022",
        "Food and Agriculture Organization",
        "indirect",
        "according to",
        "the U.N.’s Food and Agriculture Organization",
        org="Food and Agriculture Organization",
    ),
    p(
        "We used to count our wealth in goats. Now we count the graves,",
        EKWAM,
        "direct",
        "said",
        "Lokiru Ekwam, 52, a herder from the village of Nakuruwe",
    ),
    p("he had lost 43 of his 60 animals since last year", EKWAM, "indirect", "said", "who"),
    p(
        "My sons went to the lake to fish. I do not know if they will come back,",
        EKWAM,
        "direct",
        "added",
        "he",
    ),
    p(
        "the government would release 40,000 tonnes of maize from its strategic grain reserve and "
        "distribute it through county offices within three weeks",
        LANGAT,
        "indirect",
        "told reporters",
        "Kenya’s Cabinet Secretary for Agriculture, Joseph Kiprotich Langat",
    ),
    p("the government had been slow to respond", LANGAT, "indirect", "denied", "He"),
    p(
        "relief had reached more than a million people since January",
        LANGAT,
        "indirect",
        "saying",
        "He",
    ),
    p(
        "This government has not abandoned the north. That is a lie told by people who want to "
        "make politics out of hunger,",
        LANGAT,
        "direct",
        "said",
        "Langat",
    ),
    p(
        "months too late",
        EKAI,
        "partial",
        "said",
        "The governor of Lomuria County, Amina Ekai",
    ),
    p(
        "county clinics were already turning away mothers with malnourished children",
        EKAI,
        "indirect",
        "said",
        "The governor of Lomuria County, Amina Ekai",
    ),
    p(
        "Where were they in October, when the first children were admitted to our hospital?",
        EKAI,
        "direct",
        "asked",
        "she",
    ),
    p(
        "the county had spent its entire water-trucking budget by August and had borrowed from "
        "its road fund to keep tankers running",
        LOWOI,
        "indirect",
        "said",
        "Ekai’s deputy, Samuel Lowoi",
    ),
    q(
        "county officials had asked Nairobi for emergency funds three times since June without a "
        "reply",
        None,
        "indirect",
        "said",
        "An aide to the governor, who asked not to be named because she was not authorized to "
        "speak to journalists",
        country="KE",
    ),
    q(
        "admissions of severely malnourished children had doubled since June",
        None,
        "indirect",
        "said",
        "Health workers at the Lomuria County Referral Hospital",
        country="KE",
        org="Lomuria County Referral Hospital",
    ),
    p(
        "Sweden would give an extra $15 million to the agency’s Kenya operations",
        BERGGREN,
        "indirect",
        "said",
        "Swedish Development Minister Annika Berggren, who visited Eregat on Wednesday",
    ),
    p(
        "stop waiting for the next famine headline.",
        BERGGREN,
        "partial",
        "said",
        "Swedish Development Minister Annika Berggren, who visited Eregat on Wednesday",
    ),
    p(
        "I met mothers who walked for two days to reach a food line that will now be half as "
        "long. The world cannot look away from this.",
        BERGGREN,
        "direct",
        "wrote",
        "Berggren",
    ),
    q(
        "it would release 20 million euros in emergency aid for Kenya, Somalia and Ethiopia",
        "European Union",
        "indirect",
        "said",
        "The European Union",
    ),
    p(
        "even with the new pledges, the agency would have to suspend school meals in the north by "
        "November unless more money arrived",
        SANDVIK,
        "indirect",
        "warned",
        "Sandvick",
    ),
    p(
        "the agency had already cut rations once, in March, and that its stocks of pulses and "
        "cooking oil would run dry in eight weeks",
        SANDVIK,
        "indirect",
        "said",
        "She",
    ),
    q(
        "the cuts would push more families to move toward towns and refugee camps",
        None,
        "indirect",
        "said",
        "Aid workers in Eregat",
        country="KE",
    ),
    p(
        "People are not lazy and they are not waiting for handouts. They are waiting for rain,",
        OCHIENG,
        "direct",
        "said",
        "Father Gabriel Ochieng, a Catholic priest who runs a feeding centre for children in the "
        "town",
    ),
    p(
        "the centre fed 800 children a day, up from 250 a year ago",
        OCHIENG,
        "indirect",
        "said",
        "Ochieng",
    ),
    q(
        "the coming short rains were likely to be below normal across the north",
        "Kenya Meteorological Department",
        "indirect",
        "said",
        "The Kenya Meteorological Department",
        country="KE",
    ),
]

# --- EU AI Act delay, Brussels (straight "double quotes") -----------------------------
EC = "European Commission"
EP = "European Parliament"
VERHOEVEN = {"speaker": "Ilse Verhoeven", "role": "digital commissioner", "org": "EU"}
FELDKAMP = {"speaker": "Jonas Feldkamp", "role": "lawmaker", "country": "DE", "org": "EU"}
HOEKSTRA = {"speaker": "Sanne Hoekstra", "role": "lawmaker", "country": "NL", "org": "EU"}
ROUSSEL = {"speaker": "Camille Roussel", "role": "minister for digital affairs", "country": "FR"}
GARNIER = {
    "speaker": "Mathilde Garnier",
    "role": "chief executive",
    "country": "FR",
    "org": "Ostara AI",
}
RICCI = {"speaker": "Paolo Ricci", "role": "director", "org": "Fairnet Europe"}

AI_Q = [
    q(
        "companies needed more time to prepare and European technical standards were not ready",
        EC,
        "indirect",
        "saying",
        "The European Commission",
    ),
    p(
        "We are not weakening a single rule,",
        VERHOEVEN,
        "direct",
        "told reporters",
        "Digital Commissioner Ilse Verhoeven",
    ),
    p(
        "We are making sure the rules work on the day they apply, and not one day before they can.",
        VERHOEVEN,
        "direct",
        "told reporters",
        "Digital Commissioner Ilse Verhoeven",
    ),
    p(
        "more than 40 of the technical standards that companies need to show compliance were "
        "still being drafted by European standards bodies",
        VERHOEVEN,
        "indirect",
        "said",
        "Verhoeven",
    ),
    p(
        "the Commission had bowed to pressure from Washington or from large American technology "
        "firms",
        VERHOEVEN,
        "indirect",
        "denied",
        "She",
    ),
    p(
        "Is anyone seriously saying that a company building a hiring algorithm should not have to "
        "test it for bias? Nobody in this building is saying that,",
        VERHOEVEN,
        "direct",
        "said",
        "she",
    ),
    q(
        "Only 14% of companies developing high-risk systems were confident they could comply on "
        "time",
        EC,
        "indirect",
        "according to",
        "a survey published by the Commission in June",
    ),
    p(
        "a gift to Silicon Valley wrapped in the language of simplification.",
        FELDKAMP,
        "partial",
        "called",
        "German Green lawmaker Jonas Feldkamp, who helped negotiate the law in the European "
        "Parliament",
    ),
    p(
        "The law was agreed. The companies had three years. Now they have lobbied their way to a "
        "fourth,",
        FELDKAMP,
        "direct",
        "said",
        "he",
    ),
    p(
        "he would ask the Parliament's legal service whether the Commission could move deadlines "
        "in a law that had already entered into force",
        FELDKAMP,
        "indirect",
        "said",
        "Feldkamp",
    ),
    p(
        "If we delay every time an industry complains, we will never regulate anything,",
        FELDKAMP,
        "direct",
        "added",
        "he",
    ),
    p(
        "a hard end date",
        HOEKSTRA,
        "partial",
        "said",
        "Dutch liberal lawmaker Sanne Hoekstra",
    ),
    p("Companies need certainty,", HOEKSTRA, "direct", "said", "Hoekstra"),
    p(
        "A delay that can be extended again and again is not certainty. It is a loophole.",
        HOEKSTRA,
        "direct",
        "said",
        "Hoekstra",
    ),
    p(
        "Paris backed the change",
        ROUSSEL,
        "indirect",
        "said",
        "France's minister for digital affairs, Camille Roussel",
    ),
    p(
        "an excuse to reopen the whole law.",
        ROUSSEL,
        "partial",
        "warned",
        "France's minister for digital affairs, Camille Roussel",
    ),
    q(
        "Germany and France had pressed for the delay at a meeting of ambassadors last month",
        None,
        "indirect",
        "said",
        "Two EU diplomats",
    ),
    q(
        "it had spent 1.4 million euros preparing for rules whose details were still unknown",
        "Ostara AI",
        "indirect",
        "said",
        "Paris-based startup Ostara AI, which sells software that screens job applicants",
        country="FR",
    ),
    p(
        "We are not asking to be exempt. We are asking to know what is on the exam before we sit "
        "it.",
        GARNIER,
        "direct",
        "said",
        "Its chief executive, Mathilde Garnier",
    ),
    q(
        "supports the goals",
        None,
        "partial",
        "said",
        "A spokesperson for the U.S. cloud company Corvane",
        country="US",
        org="Corvane",
    ),
    q(
        "a sensible first step",
        None,
        "partial",
        "said",
        "A spokesperson for the U.S. cloud company Corvane",
        country="US",
        org="Corvane",
    ),
    q(
        "the delay would leave millions of people exposed to automated decisions they could not "
        "see or challenge",
        "Fairnet Europe",
        "indirect",
        "said in a statement",
        "Fairnet Europe, an umbrella group for consumer organizations in 27 countries",
    ),
    p(
        "Every month of delay is a month in which an algorithm can reject your loan or your job "
        "application and nobody has to explain why,",
        RICCI,
        "direct",
        "said",
        "its director, Paolo Ricci",
    ),
    q(
        "the commissioner had argued inside the Commission for a six-month delay but was "
        "overruled by colleagues who wanted a full year",
        None,
        "indirect",
        "according to",
        "an aide to Verhoven",
        org="EU",
    ),
    p("speaks with one voice", VERHOEVEN, "partial", "said", "Verhoeven"),
    p(
        "the Greens would try to fast-track an amendment restoring the original date",
        FELDKAMP,
        "indirect",
        "said",
        "Feldkamp",
    ),
    p(
        "they lacked a majority without the support of the center-right",
        FELDKAMP,
        "indirect",
        "acknowledged",
        "he",
    ),
]

# --- school board closes two schools, Michigan (curly “double quotes”) ----------------
CSPS = "Calloway Springs Public Schools"
WHITFIELD = {"speaker": "Marcus Whitfield", "role": "superintendent", "country": "US", "org": CSPS}
HOLLOWAY = {"speaker": "Renee Holloway", "role": "board president", "country": "US", "org": CSPS}
AMUNDSEN = {"speaker": "Dolores Amundsen", "role": "trustee", "country": "US", "org": CSPS}
JASMINE = {"speaker": "Jasmine Ortiz", "role": None, "country": "US"}
MATEO = {"speaker": "Mateo Ortiz", "role": None, "country": "US"}
DUNLEAVY = {"speaker": "Frank Dunleavy", "role": "former board president", "country": "US"}
CSEA = "Calloway Springs Education Association"
BRANDT = {"speaker": "Kevin Brandt", "role": "president", "country": "US", "org": CSEA}

SCHOOL_Q = [
    p(
        "would save about $3.1 million a year",
        WHITFIELD,
        "indirect",
        "said",
        "the district’s superintendent",
    ),
    q(
        "Lakeview and Orchard Hill elementary schools will close in June, and their roughly 480 "
        "students will move to three other buildings in the fall",
        CSPS,
        "indirect",
        "according to",
        "the district",
        country="US",
    ),
    p(
        "Nobody in this room wanted to close a school. I didn’t come into education to close "
        "schools,",
        WHITFIELD,
        "direct",
        "said",
        "Superintendent Marcus Whitfield",
    ),
    p(
        "But we are heating, cleaning and staffing buildings that are half empty, and that money "
        "comes out of classrooms.",
        WHITFIELD,
        "direct",
        "said",
        "Superintendent Marcus Whitfield",
    ),
    p(
        "the savings would pay for smaller classes in kindergarten and first grade and would "
        "bring back two reading specialists whose jobs were cut in 2023",
        WHITFIELD,
        "indirect",
        "said",
        "Whitfield",
    ),
    p(
        "the closures targeted the district’s poorer neighborhoods",
        WHITFIELD,
        "indirect",
        "denied",
        "He",
    ),
    p(
        "one of the three receiving schools had posted the best reading scores in the county last "
        "spring",
        WHITFIELD,
        "indirect",
        "saying",
        "He",
    ),
    p(
        "the board had held 11 public meetings on it since March",
        HOLLOWAY,
        "indirect",
        "said",
        "Board President Renee Holloway, who voted for the plan",
    ),
    p(
        "read every single email.",
        HOLLOWAY,
        "partial",
        "said",
        "Board President Renee Holloway, who voted for the plan",
    ),
    p(
        "We listened. Listening doesn’t mean we could give everybody the answer they wanted,",
        HOLLOWAY,
        "direct",
        "said",
        "she",
    ),
    p(
        "rushed a decision that will outlive every one of us on this board",
        AMUNDSEN,
        "partial",
        "said",
        "Trustee Dolores Amundsen, one of the two votes against",
    ),
    p(
        "families near Lakeview had not been offered busing",
        AMUNDSEN,
        "indirect",
        "said",
        "Trustee Dolores Amundsen, one of the two votes against",
    ),
    p(
        "the board would face the same choice again within three years if enrollment kept falling",
        AMUNDSEN,
        "indirect",
        "warned",
        "She",
    ),
    q(
        "the number of kindergartners in the district is projected to fall another 12% by 2029",
        "Baird & Lowe",
        "indirect",
        "according to",
        "an enrollment study by the Lansing consulting firm Baird & Lowe, presented to the board "
        "in May",
        country="US",
    ),
    p(
        "the family had chosen their house because the school was a five-minute walk away",
        JASMINE,
        "indirect",
        "said",
        "Jasmine Ortiz, whose son, Mateo Ortiz, 8, is in third grade at Lakeview",
    ),
    p(
        "How do you explain to an 8-year-old that his school is gone because of a spreadsheet?",
        JASMINE,
        "direct",
        "asked",
        "Jasmine",
    ),
    p(
        "he mostly wanted his teacher to move with his class",
        MATEO,
        "indirect",
        "said",
        "Mateo, sitting beside her in a Lakeview Lions sweatshirt",
    ),
    p("I just want Mrs. Karras to come too,", MATEO, "direct", "said", "he"),
    q(
        "they would move their children to a charter school in neighboring Hadley rather than "
        "send them across the district",
        None,
        "indirect",
        "said",
        "Several parents",
        country="US",
    ),
    p(
        "You are closing the two schools that hold these neighborhoods together. You will not get "
        "them back.",
        DUNLEAVY,
        "direct",
        "wrote",
        "Holloway’s predecessor as board president, Frank Dunleavy, who now leads a parents’ "
        "group opposed to the closures",
    ),
    p(
        "the group was collecting signatures for a recall petition against the three board "
        "members whose terms end next year",
        DUNLEAVY,
        "indirect",
        "said",
        "Dunleavy",
    ),
    q(
        "no teacher would lose a job because of the closures",
        CSEA,
        "indirect",
        "said in a statement",
        "The Calloway Springs Education Association, which represents about 540 teachers",
        country="US",
    ),
    p("relieved but not celebrating.", BRANDT, "partial", "said", "Its president, Kevin Brandt"),
    p(
        "Our members are going to be teaching bigger groups of kids who have just lost the "
        "building they grew up in,",
        BRANDT,
        "direct",
        "added",
        "he",
    ),
    p("That is not a small thing.", BRANDT, "direct", "added", "he"),
    q(
        "the state does not review local closure decisions but offers grants to help districts "
        "reuse empty buildings",
        None,
        "indirect",
        "said",
        "A spokesperson for the Michigan Department of Education",
        country="US",
        org="Michigan Department of Education",
    ),
    q(
        "the Orchard Hill building would most likely be put up for sale next year",
        None,
        "indirect",
        "said",
        "A district official who was not authorized to discuss the matter publicly",
        country="US",
        org=CSPS,
    ),
    p(
        "he understood the anger in the room and would meet with Lakeview families before the end "
        "of the month",
        WHITFIELD,
        "indirect",
        "said",
        "Whitfeild",
    ),
    p("I’d be angry too,", WHITFIELD, "direct", "said", "he"),
    p(
        "I’d just ask them to judge us in two years, not tonight.",
        WHITFIELD,
        "direct",
        "said",
        "he",
    ),
]

DOCS = [
    ("heldout9-obituary-kowalczyk-diner-owner", "DUNMORE FALLS, Iowa", OBIT_Q),
    ("heldout9-courts-kelsford-shop-arson-trial", "KELSFORD, England", TRIAL_Q),
    ("heldout9-aid-kenya-drought-ration-cuts", "EREGAT, Kenya", DROUGHT_Q),
    ("heldout9-eu-ai-act-high-risk-delay", "BRUSSELS", AI_Q),
    ("heldout9-education-calloway-springs-school-closures", "CALLOWAY SPRINGS, Mich.", SCHOOL_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Baird & Lowe",
    "Calloway Springs Education Association",
    "Calloway Springs Public Schools",
    "Dunmore Falls Historical Society",
    "European Commission",
    "European Union",
    "Fairnet Europe",
    "Food and Agriculture Organization",
    "Hagerty-Lund Funeral Home",
    "Kelsford and Wyre Fire and Rescue Service",
    "Kenya Meteorological Department",
    "Ostara AI",
    "World Food Programme",
)


def main():
    write_gold(
        HERE,
        "heldout9_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout9",
        source="quotesdb held-out 9 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
