"""Build heldout12_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout9 (see their READMEs and
bench/heldout12/README.md). Each quote is located by searching its exact text after the
previous quote's end, so the offsets always satisfy text[start:end] == quote text and
the spans of a document never overlap.

    python3 bench/heldout12/make_gold.py   # writes bench/heldout12/heldout12_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- drug recall, New Jersey (curly “double quotes”) ----------------------------------
HALVORSEN = "Halvorsen Pharma Inc."
FDA = "Food and Drug Administration"
LINDQVIST = {
    "speaker": "Nora Lindqvist",
    "role": "chief executive",
    "country": "US",
    "org": HALVORSEN,
}
OYELARAN = {
    "speaker": "Graham Oyelaran",
    "role": "deputy chief executive",
    "country": "US",
    "org": HALVORSEN,
}
ACHTERBERG = {
    "speaker": "Reuben Achterberg",
    "role": "cardiologist",
    "country": "US",
    "org": "St. Brendan’s Medical Center",
}
PETTIBONE = {"speaker": "Gloria Pettibone", "role": None, "country": "US"}
MARIGNY = {
    "speaker": "Celeste Marigny",
    "role": "director",
    "country": "US",
    "org": "Heart Patients Alliance",
}
IBARRA = {
    "speaker": "Tomás Ibarra",
    "role": "pharmacist",
    "country": "US",
    "org": "Ibarra Family Pharmacy",
}

RECALL_Q = [
    q(
        "Halvorsen Pharma Inc. is recalling about 1.4 million bottles of its blood pressure drug "
        "Tenavel after tests found a chemical impurity linked to cancer in animal studies",
        HALVORSEN,
        "indirect",
        "said",
        "the company",
        country="US",
    ),
    q(
        "to keep taking the pills until a doctor or pharmacist can switch them to another medicine",
        HALVORSEN,
        "indirect",
        "urging",
        "the company",
        country="US",
    ),
    q(
        "The impurity, a nitrosamine known as NDMA, was found above the acceptable daily limit in "
        "23 lots made at the company’s plant in Hollis Gap between March and October",
        FDA,
        "indirect",
        "said in a statement",
        "the Food and Drug Administration",
        country="US",
    ),
    q("low", FDA, "partial", "said", "The agency", country="US"),
    q("for one day longer than necessary.", FDA, "partial", "said", "The agency", country="US"),
    q(
        "About 610,000 Americans take Tenavel",
        HALVORSEN,
        "indirect",
        "according to",
        "the company",
        country="US",
    ),
    p(
        "Nobody should throw their pills in the trash tonight,",
        LINDQVIST,
        "direct",
        "told analysts",
        "Halvorsen’s chief executive, Nora Lindqvist",
    ),
    p(
        "Stopping a blood pressure medicine suddenly is far more dangerous than anything we found "
        "in these lots.",
        LINDQVIST,
        "direct",
        "told analysts",
        "Halvorsen’s chief executive, Nora Lindqvist",
    ),
    p(
        "the company had traced the impurity to a solvent supplier that changed its process "
        "without telling Halvorsen, and that it had stopped buying from that supplier in November",
        LINDQVIST,
        "indirect",
        "said",
        "Lindqvist",
    ),
    q(
        "Why did it take eight weeks to tell patients?",
        None,
        "direct",
        "asked",
        "one analyst",
        country="US",
    ),
    p(
        "the company had needed that time to test every lot it had shipped since the spring",
        LINDQVIST,
        "indirect",
        "said",
        "Lindqvist",
    ),
    p(
        "within about three weeks.",
        OYELARAN,
        "partial",
        "said",
        "Lindqvist’s deputy, Graham Oyelaran",
    ),
    q("cosmetic.", HALVORSEN, "partial", "called", "it", country="US"),
    p(
        "his office had fielded more than 200 calls from worried patients by Wednesday afternoon",
        ACHTERBERG,
        "indirect",
        "said",
        "Dr. Reuben Achterberg, a cardiologist at St. Brendan’s Medical Center in Newark",
    ),
    p(
        "The honest answer is that the extra cancer risk from a few months of this is tiny,",
        ACHTERBERG,
        "direct",
        "said",
        "he",
    ),
    p(
        "But you can’t tell a 74-year-old that something in her pill causes cancer in rats and "
        "expect her to sleep well.",
        ACHTERBERG,
        "direct",
        "said",
        "he",
    ),
    p(
        "she had taken Tenavel for four years and learned about the recall from a text message "
        "sent by her granddaughter",
        PETTIBONE,
        "indirect",
        "said",
        "One of his patients, Gloria Pettibone, 74, of Maplewood",
    ),
    p(
        "I called the pharmacy and they didn’t know anything yet,",
        PETTIBONE,
        "direct",
        "said",
        "she",
    ),
    p(
        "The pharmacy should be able to switch most people to a similar drug the same day,",
        ACHTERBERG,
        "direct",
        "added",
        "he",
    ),
    q(
        "it had asked the FDA to require drugmakers to test every batch of solvent they buy from "
        "outside suppliers",
        "Heart Patients Alliance",
        "indirect",
        "said in a statement",
        "The Heart Patients Alliance, a nonprofit advocacy group based in Philadelphia",
        country="US",
    ),
    p(
        "a warning about a supply chain nobody can see.",
        MARIGNY,
        "partial",
        "called",
        "Its director, Celeste Marigny",
    ),
    p(
        "Patients did everything right here. They took their medicine,",
        MARIGNY,
        "direct",
        "said",
        "Marigny",
    ),
    p(
        "Somebody upstream didn’t do their job, and patients are the ones lying awake tonight.",
        MARIGNY,
        "direct",
        "said",
        "Marigny",
    ),
    q(
        "inspectors had visited the Hollis Gap plant twice since August and found gaps in the way "
        "solvent deliveries were logged",
        None,
        "indirect",
        "said",
        "A person familiar with the FDA’s inspection, who spoke on condition of anonymity because "
        "the findings have not been published",
        country="US",
    ),
    p(
        "his staff had pulled 140 bottles off the shelves by noon and had started calling every "
        "customer on the drug",
        IBARRA,
        "indirect",
        "said",
        "Tomás Ibarra, a pharmacist who owns Ibarra Family Pharmacy in Elizabeth",
    ),
    p("Most of them were calm", IBARRA, "indirect", "said", "he"),
    p(
        "a few had already stopped taking the pills on their own after seeing the news on "
        "television",
        IBARRA,
        "indirect",
        "said",
        "he",
    ),
    p("That’s the call I was dreading,", IBARRA, "direct", "said", "Ibarra"),
    p(
        "One man told me, ‘I figured a recalled pill was worse than no pill at all.’ That’s "
        "exactly backwards.",
        IBARRA,
        "direct",
        "said",
        "Ibarra",
    ),
    p(
        "Halvorsen would cover any extra cost for patients who had to switch to a more expensive "
        "drug",
        LINDQVIST,
        "indirect",
        "said",
        "Lindqvist",
    ),
    p(
        "No one should pay a cent more because of our mistake,",
        LINDQVIST,
        "direct",
        "said",
        "she",
    ),
    q(
        "patients with questions could call its drug information line",
        FDA,
        "indirect",
        "said",
        "The FDA",
        country="US",
    ),
]

# --- hospital ransomware attack, Tennessee (straight "double quotes") -----------------
CUMBERLAND = "Cumberland Ridge Health"
CASTELLANOS = {
    "speaker": "Dwayne Castellanos",
    "role": "chief executive",
    "country": "US",
    "org": CUMBERLAND,
}
BRANDVOLD = {
    "speaker": "Leah Brandvold",
    "role": "researcher",
    "country": "US",
    "org": "Copperline Labs",
}
GRIEVE = {"speaker": "Harold Grieve", "role": None, "country": "US"}
WHITLOW = {"speaker": "Marcus Whitlow", "role": "Attorney General", "country": "US"}
ODUYA = {
    "speaker": "Tamsin Oduya-Reyes",
    "role": "spokeswoman",
    "country": "US",
    "org": CUMBERLAND,
}
PENROD = {
    "speaker": "Kyle Penrod",
    "role": "paramedic",
    "country": "US",
    "org": "Hollins County EMS",
}
FITZHUGH = {"speaker": "Wanda Fitzhugh", "role": "state senator", "country": "US"}
NURSE = (
    "A nurse in the intensive care unit, who asked not to be named because staff had been told "
    "not to speak to reporters"
)
CARVER_MC = "Carver Falls Regional Medical Center"

RANSOM_Q = [
    q(
        "A ransomware attack has shut down computer systems at all four hospitals run by "
        "Cumberland Ridge Health, forcing ambulances to be diverted to other counties and nurses "
        "to chart on paper for a third day",
        CUMBERLAND,
        "indirect",
        "said",
        "the hospital group",
        country="US",
    ),
    p(
        "emergency rooms remained open for walk-in patients but that some scheduled surgeries and "
        "cancer treatments had been postponed until at least Monday",
        CASTELLANOS,
        "indirect",
        "told a news conference",
        "The group's chief executive, Dwayne Castellanos",
    ),
    p(
        "We have not paid anyone, and right now we have no plans to,",
        CASTELLANOS,
        "direct",
        "said",
        "Castellanos",
    ),
    q(
        "Are you ruling out paying a ransom?",
        None,
        "direct",
        "asked",
        "a reporter",
        country="US",
    ),
    p(
        "I'm not going to rule anything in or out in front of cameras,",
        CASTELLANOS,
        "direct",
        "said",
        "he",
    ),
    p(
        "What I can tell you is that patient care has not stopped for one minute.",
        CASTELLANOS,
        "direct",
        "said",
        "he",
    ),
    q(
        "Cumberland Ridge first noticed unusual activity on its network early Monday",
        CUMBERLAND,
        "indirect",
        "according to",
        "a notice posted on its website",
        country="US",
    ),
    q(
        "out of an abundance of caution",
        CUMBERLAND,
        "partial",
        "said",
        "The notice",
        country="US",
    ),
    q(
        "had called in outside investigators",
        CUMBERLAND,
        "indirect",
        "said",
        "The notice",
        country="US",
    ),
    q(
        "it was aware of the attack and was working with the hospital group",
        "FBI",
        "indirect",
        "said in a statement",
        "The FBI",
        country="US",
    ),
    q(
        "the attackers appeared to have entered the network through a vendor's remote-access "
        "account that was not protected by a second password",
        None,
        "indirect",
        "said",
        "Two people familiar with the investigation",
        country="US",
    ),
    p(
        "This is the playbook we've seen at a dozen hospitals this year,",
        BRANDVOLD,
        "direct",
        "said",
        "Leah Brandvold, a researcher at the Nashville cybersecurity firm Copperline Labs",
    ),
    p(
        "They go after whoever can least afford to be down.",
        BRANDVOLD,
        "direct",
        "said",
        "Leah Brandvold, a researcher at the Nashville cybersecurity firm Copperline Labs",
    ),
    p("the softest target there is", BRANDVOLD, "partial", "said", "Brandvold"),
    q(
        "ransomware attacks on U.S. hospitals had roughly doubled since 2021",
        "Department of Health and Human Services",
        "indirect",
        "found",
        "A report by the Department of Health and Human Services",
        country="US",
    ),
    q(
        "lab results that normally took 20 minutes were taking two hours to come back by runner",
        None,
        "indirect",
        "said",
        NURSE,
        country="US",
        org=CARVER_MC,
    ),
    q(
        "We're doing medicine the way my mother did it in 1985. Every order is handwritten and "
        "every dose is checked twice,",
        None,
        "direct",
        "said",
        "she",
        country="US",
        org=CARVER_MC,
    ),
    p(
        "he had driven 40 miles to the hospital before anyone told him to go home",
        GRIEVE,
        "indirect",
        "said",
        "Harold Grieve, 63, whose chemotherapy was postponed on Tuesday",
    ),
    p(
        "They were kind about it, they were apologetic, but I sat in the parking lot for a while "
        "before I could drive,",
        GRIEVE,
        "direct",
        "said",
        "Grieve",
    ),
    p("You build yourself up for these things.", GRIEVE, "direct", "said", "Grieve"),
    p(
        "I'm not angry at the nurses. I'm angry at whoever did this, and I'd like to know why a "
        "hospital's front door was left unlocked.",
        GRIEVE,
        "direct",
        "said",
        "Grieve",
    ),
    p(
        "his office was investigating whether patient data had been stolen",
        WHITLOW,
        "indirect",
        "said",
        "Tennessee Attorney General Marcus Whitlow",
    ),
    p(
        "promptly and in plain English.",
        WHITLOW,
        "partial",
        "warned",
        "Tennessee Attorney General Marcus Whitlow",
    ),
    p(
        "We are asking patients to call before they come in for any appointment this week,",
        ODUYA,
        "direct",
        "said",
        "the group's spokeswoman, Tamsin Oduya-Reyes",
    ),
    p(
        "a hotline set up on Tuesday had taken 9,000 calls",
        ODUYA,
        "indirect",
        "added",
        "who",
    ),
    p("the group had cyber insurance", CASTELLANOS, "indirect", "said", "Castellano"),
    q(
        "the diversions were adding up to 45 minutes to some trips",
        None,
        "indirect",
        "said",
        "Ambulance crews in neighboring counties",
        country="US",
    ),
    p(
        "Every one of those minutes matters when it's a stroke,",
        PENROD,
        "direct",
        "said",
        "Kyle Penrod, a paramedic with Hollins County EMS",
    ),
    p(
        "she would file a bill in January to create a state fund that rural hospitals could draw "
        "on after a cyberattack",
        FITZHUGH,
        "indirect",
        "said",
        "State Sen. Wanda Fitzhugh, whose district includes two of the hospitals",
    ),
    p(
        "a wake-up call the whole state slept through.",
        FITZHUGH,
        "partial",
        "called",
        "She",
    ),
    q("in phases", CUMBERLAND, "partial", "said", "The hospital group", country="US"),
]

# --- ferry capsize, central Philippines (curly “double quotes”) -----------------------
PCG = "Philippine Coast Guard"
VILLAFLOR = {"speaker": "Ramon Villaflor", "role": "spokesman", "country": "PH", "org": PCG}
TRES = "Tres Hermanos Shipping Corp."
CABANLIG = {"speaker": "Marites Cabanlig", "role": "market vendor", "country": "PH"}
ABLAN = {"speaker": "Teodoro Ablan", "role": "Governor", "country": "PH"}
LAGMAN = {"speaker": "Rosario Lagman", "role": "Vice Governor", "country": "PH"}
MANAHAN = {"speaker": "Gilberto Manahan", "role": "Transportation Secretary", "country": "PH"}
PALENCIA = {"speaker": "Dionisio Palencia", "role": "fisherman", "country": "PH"}
BAUTISTA = {"speaker": "Angelica Bautista", "role": None, "country": "PH"}

FERRY_Q = [
    p(
        "A passenger ferry capsized in heavy swells off the central Philippines before dawn on "
        "Saturday, killing at least 31 people and leaving 47 missing",
        VILLAFLOR,
        "indirect",
        "said",
        "a coast guard spokesman",
    ),
    p(
        "the MV Santa Lucia Express had left San Isidro del Mar at 2:40 a.m. with 214 people on "
        "board, 26 more than its passenger manifest listed",
        VILLAFLOR,
        "indirect",
        "told reporters",
        "Lt. Cmdr. Ramon Villaflor, the Philippine Coast Guard’s spokesman in the Eastern Visayas",
    ),
    p(
        "The sea was already at gale force when she left port. She should never have been allowed "
        "to sail,",
        VILLAFLOR,
        "direct",
        "said",
        "Villaflor",
    ),
    p(
        "the coast guard station in the town had issued a gale warning at 11 p.m. on Friday and "
        "that investigators were trying to establish who had cleared the ferry to leave",
        VILLAFLOR,
        "indirect",
        "said",
        "He",
    ),
    q(
        "the proper authorities",
        TRES,
        "partial",
        "said in a statement",
        "The ferry’s operator, Tres Hermanos Shipping Corp.",
        country="PH",
    ),
    q(
        "the company was cooperating fully with the investigation",
        TRES,
        "indirect",
        "said in a statement",
        "The ferry’s operator, Tres Hermanos Shipping Corp.",
        country="PH",
    ),
    q(
        "he was being questioned and had not been charged",
        PCG,
        "indirect",
        "said",
        "The coast guard",
        country="PH",
    ),
    p(
        "the ship began to lean to one side about an hour after leaving port and that passengers "
        "on the lower deck were told to stay in their seats",
        CABANLIG,
        "indirect",
        "said through an interpreter",
        "Marites Cabanlig, 38, a market vendor travelling with her two sons",
    ),
    p(
        "The crew said it was only the waves. Then the water came in through the doors and the "
        "lights went out,",
        CABANLIG,
        "direct",
        "said",
        "she",
    ),
    p(
        "she held her younger son on a floating bench for nearly four hours before a fishing boat "
        "picked them up",
        CABANLIG,
        "indirect",
        "said",
        "Cabanlig",
    ),
    p(
        "the province had sent 11 boats and two air force helicopters to search an area of about "
        "400 square kilometers",
        ABLAN,
        "indirect",
        "said",
        "Eastern Samar Gov. Teodoro Ablan",
    ),
    p(
        "families could register missing relatives at the town gymnasium",
        LAGMAN,
        "indirect",
        "said",
        "His deputy, Vice Gov. Rosario Lagman",
    ),
    p(
        "We will not stop searching while there is daylight and a chance that someone is still "
        "out there,",
        ABLAN,
        "direct",
        "added",
        "he",
    ),
    q(
        "deeply saddened",
        "Japanese Embassy",
        "partial",
        "said in a statement",
        "The Japanese Embassy in Manila",
        country="JP",
    ),
    q(
        "stood ready to help with the search",
        "Japanese Embassy",
        "indirect",
        "said in a statement",
        "The Japanese Embassy in Manila",
        country="JP",
    ),
    p(
        "the ferry’s operating permit had been suspended",
        MANAHAN,
        "indirect",
        "said",
        "Transportation Secretary Gilberto Manahan, who flew to the town on Saturday afternoon",
    ),
    p(
        "from keel to mast",
        MANAHAN,
        "partial",
        "said",
        "Transportation Secretary Gilberto Manahan, who flew to the town on Saturday afternoon",
    ),
    p(
        "That is exactly the question we will answer, and if someone failed, they will be named.",
        MANAHAN,
        "direct",
        "said",
        "Manahan",
    ),
    q(
        "the harbor master had signed the clearance by phone without going aboard the vessel",
        None,
        "indirect",
        "said",
        "A coast guard officer familiar with the investigation, who was not authorized to speak "
        "publicly",
        country="PH",
        org=PCG,
    ),
    q(
        "a low-pressure area east of Samar had strengthened overnight and that waves of up to 4 "
        "meters had been recorded near the route",
        "PAGASA",
        "indirect",
        "said",
        "The state weather service, PAGASA",
        country="PH",
    ),
    p(
        "he had followed the screams in the dark",
        PALENCIA,
        "indirect",
        "said",
        "Dionisio Palencia, 57, a fisherman who pulled nine people into his outrigger boat",
    ),
    p(
        "I could not see them. I could only hear them, so I went toward the voices,",
        PALENCIA,
        "direct",
        "said",
        "he",
    ),
    p(
        "My engine is small. Every time I took more people, I was afraid we would all go down "
        "together.",
        PALENCIA,
        "direct",
        "said",
        "he",
    ),
    q(
        "they had received no word from the shipping company",
        None,
        "indirect",
        "said",
        "Relatives waiting at the gymnasium",
        country="PH",
    ),
    p(
        "My sister called me at 3 o’clock to say the boat was tilting, and then nothing,",
        BAUTISTA,
        "direct",
        "said",
        "Angelica Bautista, 29",
    ),
    p(
        "the search would resume at first light on Sunday",
        VILLAFLOR,
        "indirect",
        "said",
        "Villaflour",
    ),
]

# --- bird flu on a turkey farm, Norfolk (British style, ‘single quotes’, no dateline) ----
DEFRA = "Department for Environment, Food and Rural Affairs"
GADSBY = {"speaker": "Fiona Gadsby", "role": "chief veterinary officer", "country": "GB"}
OKAFOR = {
    "speaker": "Martin Okafor-Hale",
    "role": "deputy chief veterinary officer",
    "country": "GB",
}
THURLOW = {
    "speaker": "Graham Thurlow",
    "role": "owner",
    "country": "GB",
    "org": "Sedgeford Bronze Turkeys",
}
EAPC = "East Anglian Poultry Council"
ELLERBY = {"speaker": "Susan Ellerby", "role": "chairwoman", "country": "GB", "org": EAPC}
STAINFORTH = {"speaker": "Rebecca Stainforth", "role": "MP", "country": "GB"}
ASHWORTH = {
    "speaker": "Daniel Ashworth-Lee",
    "role": "virologist",
    "country": "GB",
    "org": "University of East Anglia",
}
PENNICK = {"speaker": "Jo Pennick", "role": None, "country": "GB"}

FLU_Q = [
    q(
        "Bird flu has been confirmed at a turkey farm near the Norfolk village of Little "
        "Sedgeford and all 40,000 birds on the site will be culled",
        None,
        "indirect",
        "said",
        "the government",
        country="GB",
    ),
    q(
        "a 3km protection zone and a 10km surveillance zone had been placed around the farm, and "
        "that poultry keepers inside them must house their birds and record every movement on and "
        "off their premises",
        DEFRA,
        "indirect",
        "said",
        "The Department for Environment, Food and Rural Affairs",
        country="GB",
    ),
    p(
        "the strain was the H5N1 virus that had spread among wild birds along the east coast "
        "since October",
        GADSBY,
        "indirect",
        "said",
        "The UK’s chief veterinary officer, Dr Fiona Gadsby",
    ),
    p(
        "very low",
        GADSBY,
        "partial",
        "said",
        "The UK’s chief veterinary officer, Dr Fiona Gadsby",
    ),
    p(
        "This is the time of year when wild birds and farms come closest together, and the virus "
        "takes every chance it gets,",
        GADSBY,
        "direct",
        "said",
        "she",
    ),
    p(
        "Good biosecurity is the only thing that stands between a flock and this disease.",
        GADSBY,
        "direct",
        "said",
        "she",
    ),
    p(
        "it was too early to tell how the virus had reached the sheds, but that samples had been "
        "taken from a pond beside them",
        OKAFOR,
        "indirect",
        "said",
        "Gadsby’s deputy, Martin Okafor-Hale",
    ),
    p(
        "he had noticed on Sunday morning that a handful of birds in one shed had stopped eating",
        THURLOW,
        "indirect",
        "said",
        "Its owner, Graham Thurlow, 58",
    ),
    p(
        "By the afternoon there were twenty dead, and by the evening I knew what it was. You "
        "don’t need a test when you’ve seen it once,",
        THURLOW,
        "direct",
        "said",
        "Mr Thurlow",
    ),
    p(
        "the family had been told it would be compensated for the healthy birds culled but not "
        "for those that had already died, and that most of this year’s Christmas orders could not "
        "be filled",
        THURLOW,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We had people ringing today asking if their turkey’s still coming. What do you tell them?",
        THURLOW,
        "direct",
        "said",
        "He",
    ),
    q(
        "a hammer blow",
        EAPC,
        "partial",
        "said in a statement",
        "The East Anglian Poultry Council, which represents about 300 farms in Norfolk and Suffolk",
        country="GB",
    ),
    p(
        "supermarkets could face shortages of fresh turkeys if more farms were infected",
        ELLERBY,
        "indirect",
        "warned",
        "Its chairwoman, Susan Ellerby",
    ),
    p("healthy", ELLERBY, "partial", "said", "she"),
    p(
        "We are looking at that very closely, and I would not be surprised,",
        GADSBY,
        "direct",
        "replied",
        "she",
    ),
    p(
        "unfair on family farms",
        STAINFORTH,
        "partial",
        "said",
        "The area’s MP, Rebecca Stainforth",
    ),
    p(
        "she had written to the environment secretary",
        STAINFORTH,
        "indirect",
        "said",
        "The area’s MP, Rebecca Stainforth",
    ),
    p(
        "A family that did everything right should not be punished because a wild duck landed on "
        "its pond,",
        STAINFORTH,
        "direct",
        "said",
        "she",
    ),
    p(
        "there was no sign that the strain had changed in a way that made it more likely to "
        "infect people",
        ASHWORTH,
        "indirect",
        "said",
        "Professor Daniel Ashworth-Lee, a virologist at the University of East Anglia",
    ),
    p(
        "The real risk here is to birds and to farmers’ livelihoods, not to anyone sitting down to "
        "their Christmas dinner,",
        ASHWORTH,
        "direct",
        "said",
        "he",
    ),
    p(
        "Properly cooked poultry and eggs were safe to eat",
        ASHWORTH,
        "indirect",
        "added",
        "he",
    ),
    p(
        "no human case had been linked to the current outbreak in Britain",
        ASHWORTH,
        "indirect",
        "added",
        "he",
    ),
    q(
        "they had seen men in white protective suits arriving at the farm on Monday night",
        None,
        "indirect",
        "said",
        "several residents",
        country="GB",
    ),
    p(
        "she had moved them into a converted stable on Tuesday afternoon",
        PENNICK,
        "indirect",
        "said",
        "Jo Pennick, who keeps 200 free-range hens two miles from the farm",
    ),
    p(
        "They hate it, and so do I, but I’m not taking the chance,",
        PENNICK,
        "direct",
        "said",
        "she",
    ),
    q(
        "officials were preparing to extend the housing order to the whole of Norfolk and Suffolk "
        "as early as Friday",
        None,
        "indirect",
        "said",
        "A person familiar with the department’s planning",
        country="GB",
    ),
    q(
        "We will not hesitate to take further action if the evidence requires it.",
        None,
        "direct",
        "said",
        "A Defra spokesperson",
        country="GB",
        org=DEFRA,
    ),
    q(
        "Last winter more than 60 outbreaks were confirmed on British farms",
        None,
        "indirect",
        "according to",
        "government figures",
        country="GB",
    ),
    p(
        "his father had built the first turkey shed himself with timber from a barn that blew "
        "down in the storm of 1987",
        THURLOW,
        "indirect",
        "said",
        "Mr Thurlow",
    ),
    p("He never lost a flock. Not once in sixty years,", THURLOW, "direct", "said", "he"),
    p("I keep thinking about that.", THURLOW, "direct", "said", "he"),
]

# --- prison riot, Paraguay (straight "double quotes") ---------------------------------
JUSTICE = "Justice Ministry"
BENITEZ = {"speaker": "Claudia Benítez Rojas", "role": "Justice Minister", "country": "PY"}
MENDIETA = {
    "speaker": "Aurelio Mendieta",
    "role": "national police commander",
    "country": "PY",
}
ACOSTA = {"speaker": "Miriam Acosta", "role": None, "country": "PY"}
OBSERVATORIO = "Observatorio de Cárceles"
FERREIRA = {
    "speaker": "Lucía Ferreira Gaona",
    "role": "director",
    "country": "PY",
    "org": OBSERVATORIO,
}
INSFRAN = {"speaker": "Rodrigo Insfrán", "role": "presidential spokesman", "country": "PY"}

PRISON_Q = [
    q(
        "Paraguayan police and soldiers retook a prison in the south of the country on Sunday "
        "after a 30-hour riot in which 14 inmates were killed and nine guards were held hostage",
        JUSTICE,
        "indirect",
        "said",
        "the Justice Ministry",
        country="PY",
    ),
    p(
        "All nine guards were freed alive",
        BENITEZ,
        "indirect",
        "told reporters",
        "Justice Minister Claudia Benítez Rojas",
    ),
    p(
        "The state is back in control of Cerro Azul, and it will stay in control,",
        BENITEZ,
        "direct",
        "said",
        "Benítez",
    ),
    p(
        "What happened here was not a protest about food or visits. It was a fight between two "
        "gangs over who runs this prison, and the people who paid for it were the guards and their "
        "families.",
        BENITEZ,
        "direct",
        "said",
        "Benítez",
    ),
    p(
        "the riot began on Saturday morning when members of one gang broke through a cellblock "
        "wall into a wing held by a rival group, and that guards on the wing were overpowered "
        "within minutes",
        BENITEZ,
        "indirect",
        "said",
        "She",
    ),
    p(
        "officers had recovered 40 knives, three pistols and a grenade, and that an investigation "
        "had begun into how the weapons got inside",
        MENDIETA,
        "indirect",
        "said",
        "The national police commander, Gen. Aurelio Mendieta",
    ),
    q(
        "Did guards bring in the guns?",
        None,
        "direct",
        "asked",
        "a reporter",
        country="PY",
    ),
    p(
        "If any guard did, he will go to prison himself,",
        MENDIETA,
        "direct",
        "said",
        "he",
    ),
    p(
        "23 inmates had been taken to hospital and that four of them were in a serious condition",
        MENDIETA,
        "indirect",
        "said",
        "Mendieta",
    ),
    q(
        "they had not been told whether their sons and husbands were alive",
        None,
        "indirect",
        "said",
        "Many",
        country="PY",
    ),
    p(
        "They gave us a list at 5 in the morning and half the names were spelled wrong,",
        ACOSTA,
        "direct",
        "said",
        "Miriam Acosta, 52, whose son has served four years of a six-year sentence for robbery",
    ),
    p(
        "I had to find my own boy by his date of birth.",
        ACOSTA,
        "direct",
        "said",
        "Miriam Acosta, 52, whose son has served four years of a six-year sentence for robbery",
    ),
    p(
        "her son had called her from a hidden phone on Saturday afternoon to tell her he was "
        "hiding under a bunk",
        ACOSTA,
        "indirect",
        "said",
        "Acosta, speaking in Guaraní through her nephew",
    ),
    q(
        "a prison run from the inside",
        OBSERVATORIO,
        "partial",
        "said in a report",
        "Observatorio de Cárceles, a human rights group that monitors the country's prisons",
        country="PY",
    ),
    q(
        "guards were outnumbered 60 to one at night",
        OBSERVATORIO,
        "indirect",
        "said in a report",
        "Observatorio de Cárceles, a human rights group that monitors the country's prisons",
        country="PY",
    ),
    p(
        "every warning we gave them.",
        FERREIRA,
        "partial",
        "said",
        "Its director, Lucía Ferreira Gaona",
    ),
    p(
        "We wrote to three ministers in two years. Not one of them came to see this place,",
        FERREIRA,
        "direct",
        "said",
        "she",
    ),
    p(
        "the group would ask prosecutors to investigate whether the deaths could have been "
        "prevented",
        FERREIRA,
        "indirect",
        "said",
        "She",
    ),
    q(
        "inmates had been warning guards for a week that a fight was coming",
        None,
        "indirect",
        "said",
        "A prison official who spoke on condition of anonymity because he was not authorized to "
        "talk to the press",
        country="PY",
    ),
    p(
        "The president has asked for a full report by Friday, and heads will roll if they have to,",
        INSFRAN,
        "direct",
        "said",
        "the presidential spokesman, Rodrigo Insfrán",
    ),
    p(
        "the president's office would also review a plan, shelved in 2023, to move the most "
        "dangerous inmates to a new maximum-security prison near the capital, Asunción",
        INSFRAN,
        "indirect",
        "said",
        "Insfrán",
    ),
    q(
        "it was in contact with Paraguayan authorities about two Brazilian citizens held at Cerro "
        "Azul",
        "Foreign Ministry",
        "indirect",
        "said in a statement",
        "Brazil's Foreign Ministry",
        country="BR",
    ),
    q(
        "Neither was among the dead",
        "Foreign Ministry",
        "indirect",
        "said",
        "it",
        country="BR",
    ),
    p(
        "all 14 of the dead inmates had belonged to the same gang",
        BENITEZ,
        "indirect",
        "said",
        "Benitez Rojas",
    ),
    q(
        "identification could take several days",
        None,
        "indirect",
        "said",
        "officials",
        country="PY",
    ),
    p(
        "We will give every family a name and a body. That is the least the state owes them,",
        BENITEZ,
        "direct",
        "said",
        "she",
    ),
    q(
        "By Sunday evening, 600 inmates had been moved to other prisons by bus under army guard",
        JUSTICE,
        "indirect",
        "according to",
        "the ministry",
        country="PY",
    ),
    q(
        "electricity and water had been restored to the undamaged wings",
        JUSTICE,
        "indirect",
        "according to",
        "the ministry",
        country="PY",
    ),
]

DOCS = [
    ("heldout12-pharma-halvorsen-tenavel-recall", "HOLLIS GAP, N.J.", RECALL_Q),
    ("heldout12-cyber-cumberland-ridge-hospital-ransomware", "CARVER FALLS, Tenn.", RANSOM_Q),
    ("heldout12-maritime-samar-ferry-capsize", "SAN ISIDRO DEL MAR, Philippines", FERRY_Q),
    ("heldout12-farming-norfolk-bird-flu-cull", None, FLU_Q),
    ("heldout12-prisons-paraguay-cerro-azul-riot", "VILLA CORONEL ORTIZ, Paraguay", PRISON_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Cumberland Ridge Health",
    "Department for Environment, Food and Rural Affairs",
    "Department of Health and Human Services",
    "East Anglian Poultry Council",
    "FBI",
    "Food and Drug Administration",
    "Foreign Ministry",
    "Halvorsen Pharma Inc.",
    "Heart Patients Alliance",
    "Japanese Embassy",
    "Justice Ministry",
    "Observatorio de Cárceles",
    "PAGASA",
    "Philippine Coast Guard",
    "Tres Hermanos Shipping Corp.",
)


def main():
    write_gold(
        HERE,
        "heldout12_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout12",
        source="quotesdb held-out 12 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
