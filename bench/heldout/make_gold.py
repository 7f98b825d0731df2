"""Build heldout_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts. Each quote is located by searching its exact text after the previous quote's end
(bench/heldout_gold.py), so the offsets always satisfy text[start:end] == quote text.

    python3 bench/heldout/make_gold.py   # writes bench/heldout/heldout_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- people: name, role, country, organization ------------------------------
OKAFOR = {"speaker": "Denise Okafor", "role": "Mayor", "country": "US"}
VASQUEZ = {"speaker": "Tom Vasquez", "role": "Council member", "country": "US"}
BRANDT = {"speaker": "Alicia Brandt", "role": "Council President", "country": "US"}
PRUITT = {"speaker": "Gerald Pruitt", "country": "US"}


ZONING_Q = [
    p("Eastfield rezoning will bring 1,200 homes", OKAFOR, "indirect", "says", "Mayor"),
    q(
        "the neighborhood's streets cannot absorb more traffic",
        None,
        "indirect",
        "say",
        "residents",
        country="US",
    ),
    p("finally put this land to work", OKAFOR, "partial", "said", "Mayor Denise Okafor"),
    p(
        "the first 1,200 homes could be finished by 2029",
        OKAFOR,
        "indirect",
        "predicted",
        "Mayor Denise Okafor",
    ),
    p("We have families sleeping in cars in this city,", OKAFOR, "direct", "said", "Okafor"),
    p(
        "We cannot keep telling them to wait while a rail yard sits empty.",
        OKAFOR,
        "direct",
        "said",
        "Okafor",
    ),
    p(
        "the city would require developers to set aside 20% of the units for households "
        "earning less than the area median income",
        OKAFOR,
        "indirect",
        "added",
        "She",
    ),
    q(
        "the plan would overwhelm Eastfield Elementary, which they said is already over capacity",
        None,
        "indirect",
        "warned",
        "Several residents",
        country="US",
    ),
    p("Nobody is against housing,", PRUITT, "direct", "said", "Gerald Pruitt"),
    p(
        "We are against pretending that 3,000 new neighbors won't need a school, a bus line "
        "and a grocery store.",
        PRUITT,
        "direct",
        "said",
        "Gerald Pruitt",
    ),
    p(
        "a wish list dressed up as data.",
        VASQUEZ,
        "partial",
        "called",
        "Council member Tom Vasquez",
    ),
    p("the city should have waited for an independent review", VASQUEZ, "indirect", "argued", "He"),
    p(
        "the planning department of rushing the vote to meet a state grant deadline",
        VASQUEZ,
        "indirect",
        "accused",
        "he",
    ),
    q("followed every state standard", None, "partial", "said", "the department", country="US"),
    q(
        "the grant timeline had no bearing on the recommendation",
        None,
        "indirect",
        "said",
        "the department",
        country="US",
    ),
    p(
        "she shared some of the neighbors' concerns but believed the conditions attached to "
        "the rezoning — including a new traffic signal at Alder and 5th and a shuttle to the "
        "Millbrook transit center — addressed the worst of them",
        BRANDT,
        "indirect",
        "said",
        "Council President Alicia Brandt",
    ),
    p("This is not the end of the conversation,", BRANDT, "direct", "said", "Brandt"),
    p(
        "It is the start of the part where we hold the developer to what they promised.",
        BRANDT,
        "direct",
        "said",
        "Brandt",
    ),
    q(
        "the group was weighing a legal challenge",
        None,
        "indirect",
        "said",
        "A lawyer for the Eastfield Neighborhood Association",
        org="Eastfield Neighborhood Association",
    ),
    q(
        "the city failed to complete an environmental review of soil contamination at the site",
        "Eastfield Neighborhood Association",
        "indirect",
        "has argued",
        "The association",
    ),
    q(
        "well within",
        None,
        "partial",
        "said",
        "A city official who was not authorized to speak publicly",
        country="US",
    ),
    p(
        "If I lived on Alder Street, I would already have called a lawyer.",
        VASQUEZ,
        "direct",
        "was blunt",
        "Vazquez",
    ),
    p(
        "she was confident the decision would survive any challenge",
        OKAFOR,
        "indirect",
        "said",
        "Okafor",
    ),
    q(
        "it expected to break ground next spring",
        "Harlan Ridge Partners",
        "indirect",
        "said",
        "The developer, Harlan Ridge Partners",
    ),
]

DELACROIX = {"speaker": "Maria Delacroix", "role": "State Senator", "country": "US"}
OSEI = {
    "speaker": "Kevin Osei",
    "role": "endocrinologist",
    "country": "US",
    "org": "University Medical Center",
}
COLE = {"speaker": "Hannah Cole", "role": "spokeswoman", "country": "US"}
WHITFORD = {"speaker": "Dale Whitford", "role": "Assemblyman", "country": "US"}
MUNGUIA = {"speaker": "Teresa Munguia", "country": "US"}
NAHP = "Nevada Association of Health Plans"

INSULIN_Q = [
    q("insulin cap could raise premiums", None, "indirect", "warn", "Insurers"),
    q(
        "the change could push up premiums for everyone else",
        None,
        "indirect",
        "say",
        "health insurers",
    ),
    q(
        "the cap would cost its members about $48 million a year",
        NAHP,
        "indirect",
        "said in a statement",
        NAHP,
        country="US",
    ),
    q(
        "those costs do not disappear; they are spread across every policyholder in the state.",
        NAHP,
        "partial",
        "said in a statement",
        NAHP,
        country="US",
    ),
    p("the warning", DELACROIX, "indirect", "dismissed", "State Sen. Maria Delacroix"),
    p(
        "Insurers said the same thing in Colorado, and premiums there didn't budge because "
        "of insulin,",
        DELACROIX,
        "direct",
        "said in an interview",
        "she",
    ),
    p("This is a scare tactic.", DELACROIX, "direct", "said in an interview", "she"),
    p("about 90,000 Nevadans use insulin", DELACROIX, "indirect", "said", "Delacriox"),
    p(
        "some patients had told her they were rationing doses to stretch a vial through the month",
        DELACROIX,
        "indirect",
        "said",
        "Delacriox",
    ),
    p(
        "he sees the consequences of rationing every week",
        OSEI,
        "indirect",
        "said",
        "Dr. Kevin Osei",
    ),
    p("Patients who skip doses", OSEI, "indirect", "said", "he"),
    p(
        "end up in the emergency room with diabetic ketoacidosis, a condition that can be fatal",
        OSEI,
        "indirect",
        "said",
        "he",
    ),
    p("A $35 cap is cheaper than an ICU bed,", OSEI, "direct", "said", "Osei"),
    p("It's not complicated.", OSEI, "direct", "said", "Osei"),
    p(
        "believes no one should have to choose between insulin and rent,",
        COLE,
        "partial",
        "said",
        "A spokeswoman for the governor, Hannah Cole",
    ),
    p(
        "the law directs the state insurance commissioner to review premium filings for any "
        "increase tied to the cap",
        COLE,
        "indirect",
        "noted",
        "A spokeswoman for the governor, Hannah Cole",
    ),
    q(
        "it would publish its first review in the spring",
        None,
        "indirect",
        "said",
        "The insurance commissioner's office",
        country="US",
    ),
    q(
        "it treats a symptom rather than the cause",
        None,
        "indirect",
        "have said",
        "Critics of the law, including some Republican legislators",
        country="US",
    ),
    p(
        "the real problem is the list price set by manufacturers",
        WHITFORD,
        "indirect",
        "argued",
        "Assemblyman Dale Whitford",
    ),
    p("the elephant nobody in Carson City wants to name.", WHITFORD, "partial", "called", "he"),
    p(
        "We passed a law that tells insurers to eat the cost,",
        WHITFORD,
        "direct",
        "said",
        "Whitford",
    ),
    p(
        "Then we act surprised when they send the bill back to us.",
        WHITFORD,
        "direct",
        "said",
        "Whitford",
    ),
    q(
        "most of its patients already pay $35 or less a month through its own programs",
        "Eli Lilly",
        "indirect",
        "said in an emailed response",
        "Eli Lilly",
    ),
    q("it leaves out people without insurance", None, "indirect", "said", "Patients' groups"),
    p(
        "The uninsured are the ones rationing the most,",
        MUNGUIA,
        "direct",
        "said",
        "Teresa Munguia",
    ),
    p("They are still paying full price.", MUNGUIA, "direct", "said", "Teresa Munguia"),
    p(
        "she plans to introduce a bill next session that would extend the cap to uninsured "
        "patients",
        DELACROIX,
        "indirect",
        "said",
        "Delacroix",
    ),
    p("the details were still being worked out", DELACROIX, "indirect", "said", "she"),
]

TUILAGI = {
    "speaker": "Fiame Tuilagi",
    "role": "chair",
    "country": "WS",
    "org": "Alliance of Small Island States",
}
HENNINGSEN = {"speaker": "Lars Henningsen", "role": "climate commissioner", "org": "EU"}
KARIUKI = {"speaker": "Simon Kariuki", "role": "climate chief", "org": "UN"}
FOLAU = {
    "speaker": "Ana Folau",
    "role": "climate scientist",
    "org": "University of the South Pacific",
}

CLIMATE_Q = [
    q(
        "nothing but promises we have heard before.",
        None,
        "partial",
        "saying",
        "Negotiators from a bloc of small island nations",
    ),
    p(
        "rich countries had failed to put a number on the table",
        TUILAGI,
        "indirect",
        "told reporters",
        "The bloc's chair, Samoan diplomat Fiame Tuilagi",
    ),
    p(
        "We came here to talk about money, because money is what builds sea walls,",
        TUILAGI,
        "direct",
        "said",
        "Tuilagi",
    ),
    p(
        "Instead we got a paragraph about 'enhanced ambition.' You cannot eat ambition.",
        TUILAGI,
        "direct",
        "said",
        "Tuilagi",
    ),
    q(
        "scale up",
        None,
        "partial",
        "calls on",
        "The draft, circulated overnight by the meeting's co-chairs",
    ),
    q(
        "a figure would come later in the year, once finance ministers had agreed on their budgets",
        None,
        "indirect",
        "said",
        "European Union officials",
        org="EU",
    ),
    p(
        "Europe remained the world's largest provider of climate finance",
        HENNINGSEN,
        "indirect",
        "insisted",
        "The EU's climate commissioner, Lars Henningsen",
    ),
    p(
        "We have never walked away from our commitments, and we are not walking away now,",
        HENNINGSEN,
        "direct",
        "said in a brief statement",
        "he",
    ),
    q(
        "developing countries should not be asked to contribute to the fund",
        None,
        "indirect",
        "said",
        "China's delegation",
        country="CN",
    ),
    q("the main obstacle to a deal", None, "indirect", "described", "several European negotiators"),
    q(
        "a nonstarter for our parliaments.",
        None,
        "partial",
        "said",
        "One European negotiator, who spoke on condition of anonymity because the talks "
        "were ongoing",
    ),
    p(
        "to return to the table",
        KARIUKI,
        "indirect",
        "urged",
        "U.N. climate chief Simon Kariuki",
    ),
    p(
        "The clock does not stop because we are unhappy with a text,",
        KARIUKI,
        "direct",
        "said",
        "Kariuki",
    ),
    p("cautiously hopeful", KARIUKI, "partial", "said", "He"),
    p("the bloc would return", TUILAGI, "indirect", "confirmed", "Tuillagi"),
    p("its patience was limited", TUILAGI, "indirect", "warned", "Tuillagi"),
    q("the stakes were rising", None, "indirect", "said", "Scientists attending the meeting"),
    q(
        "sea levels in parts of the western Pacific had risen nearly twice as fast as the "
        "global average since 1993",
        "World Meteorological Organization",
        "indirect",
        "found",
        "A report released Wednesday by the World Meteorological Organization",
    ),
    p(
        "For some of these countries, this is about whether there will be a country at all "
        "in 2100,",
        FOLAU,
        "direct",
        "said",
        "Ana Folau",
    ),
    p("cast a long shadow", KARIUKI, "partial", "told delegates", "Kariuki"),
]

DPC = "Data Protection Commission"
BRENNAN = {"speaker": "Aoife Brennan", "role": "Deputy Commissioner", "country": "IE", "org": DPC}
ZIPP = "Zipp Mobility"
RAMAN = {"speaker": "Priya Raman", "role": "chief privacy officer", "country": "US", "org": ZIPP}
IDF = "Independent Drivers' Federation"
NOWAK = {"speaker": "Marek Nowak", "role": "general secretary", "org": IDF}
GALLAGHER = {
    "speaker": "Eoin Gallagher",
    "role": "professor of technology law",
    "org": "Trinity College Dublin",
}

PRIVACY_Q = [
    q(
        "the company had shared drivers' location histories with insurers without a proper "
        "legal basis",
        DPC,
        "indirect",
        "saying",
        "Ireland's Data Protection Commission",
        country="IE",
    ),
    q(
        "its investigation, which began in 2023 after a complaint by a drivers' union, found "
        "that Zipp kept detailed location records for up to seven years — far longer than it "
        "needed to operate the service",
        DPC,
        "indirect",
        "said",
        "The commission",
        country="IE",
    ),
    p("Drivers are not a dataset,", BRENNAN, "direct", "said", "Deputy Commissioner Aoife Brennan"),
    p(
        "They are workers, and the law protects their privacy whether they are on the clock "
        "or off it.",
        BRENNAN,
        "direct",
        "said",
        "Deputy Commissioner Aoife Brennan",
    ),
    q("it would appeal", ZIPP, "indirect", "said", "Zipp", country="US"),
    q(
        "disproportionate and legally flawed",
        ZIPP,
        "partial",
        "called",
        "the San Francisco-based company",
        country="US",
    ),
    q(
        "it had already changed its data-retention practices in 2024",
        ZIPP,
        "indirect",
        "said",
        "the San Francisco-based company",
        country="US",
    ),
    p(
        "We take our drivers' privacy seriously, and we have cooperated with the commission "
        "at every step,",
        RAMAN,
        "direct",
        "said",
        "Priya Raman",
    ),
    p(
        "the insurer data-sharing program had been designed to lower drivers' premiums and "
        "that drivers could opt out",
        RAMAN,
        "indirect",
        "said",
        "She",
    ),
    q(
        "the opt-out was buried in a 40-page agreement that few drivers read",
        IDF,
        "indirect",
        "said",
        "The union that filed the original complaint, the Independent Drivers' Federation",
    ),
    p(
        "members had been denied insurance or charged higher rates based on data they did "
        "not know Zipp had collected",
        NOWAK,
        "indirect",
        "said",
        "Its general secretary, Marek Nowak",
    ),
    p(
        "I had a driver come to me in tears because his premium doubled overnight,",
        NOWAK,
        "direct",
        "said",
        "Nowak",
    ),
    p("Nobody could tell him why. Now we know.", NOWAK, "direct", "said", "Nowak"),
    q("the appeal could take years", None, "indirect", "said", "Legal experts"),
    p(
        "courts had generally upheld the commission's fines but sometimes reduced them",
        GALLAGHER,
        "indirect",
        "said",
        "Eoin Gallagher",
    ),
    p("The ruling", GALLAGHER, "indirect", "said", "he"),
    p("Their data is not yours just because they use your app.", GALLAGHER, "direct", "said", "he"),
    p(
        "the commission had ordered Zipp to delete location records older than 12 months "
        "within 90 days",
        BRENNAN,
        "indirect",
        "said",
        "Brenan",
    ),
    p(
        "I wouldn't want anyone in this sector to assume they are not.",
        BRENNAN,
        "direct",
        "said",
        "she",
    ),
]

HARMON = {"speaker": "Cole Harmon", "role": "Senate candidate", "country": "US"}
REYES = {"speaker": "Lucia Reyes", "role": "Representative", "country": "US"}
DONNELLY = {
    "speaker": "Mike Donnelly",
    "role": "president",
    "country": "US",
    "org": "Arizona Police Association",
}
WEINTRAUB = {
    "speaker": "Carla Weintraub",
    "role": "political scientist",
    "country": "US",
    "org": "Arizona State University",
}
PIKE = {"speaker": "Jordan Pike", "role": "campaign manager", "country": "US"}

DEBATE_Q = [
    p(
        "soft on the cartels",
        HARMON,
        "partial",
        "accused",
        "Republican Senate candidate Cole Harmon",
    ),
    p(
        "Harmon had spent more time on cable news than in Arizona during the campaign",
        REYES,
        "indirect",
        "said",
        "Rep. Lucia Reyes",
    ),
    p(
        "border crossings in his old county had fallen by half during his tenure",
        HARMON,
        "indirect",
        "said",
        "Harmon",
    ),
    p(
        "to push for more federal funding for local police",
        HARMON,
        "indirect",
        "promised",
        "Harmon",
    ),
    p("I've done this job. She's talked about it,", HARMON, "direct", "said", "he"),
    p(
        "she had voted for every border security bill that came to the floor",
        REYES,
        "indirect",
        "said",
        "Reyes",
    ),
    p("recycled from a campaign he lost six years ago.", REYES, "partial", "called", "Reyes"),
    p("Cole, you keep saying I'm soft on crime,", REYES, "direct", "said", "Reyes"),
    p("Show me one vote. Just one.", REYES, "direct", "said", "Reyes"),
    p("the people who actually wear the badge", HARMON, "partial", "said", "he"),
    p(
        "the group's board had voted unanimously to back Harmon",
        DONNELLY,
        "indirect",
        "said in a phone interview",
        "The association's president, Mike Donnelly",
    ),
    p(
        "she would vote to restore federal protections for abortion rights",
        REYES,
        "indirect",
        "said",
        "Reyes",
    ),
    p("he opposes a national ban", HARMON, "indirect", "has said", "Harman"),
    p("belongs to the states.", HARMON, "partial", "saying", "Harman"),
    q(
        "Reyes leading by 3 percentage points, within the survey's margin of error",
        "Sun Valley University",
        "indirect",
        "showed",
        "A poll released last week by Sun Valley University",
        country="US",
    ),
    q(
        "the race will likely be decided by independent voters in Maricopa County",
        None,
        "indirect",
        "say",
        "Political analysts",
    ),
    p("Independents here don't love either party,", WEINTRAUB, "direct", "said", "Carla Weintraub"),
    p(
        "They are voting on who seems less extreme, and tonight both candidates worked very "
        "hard to paint the other one that way.",
        WEINTRAUB,
        "direct",
        "said",
        "Carla Weintraub",
    ),
    q(
        "it had raised $1.2 million online during the broadcast",
        None,
        "indirect",
        "said",
        "The Harmon campaign",
        country="US",
    ),
    p(
        "won the debate on substance and on temperament.",
        PIKE,
        "partial",
        "said",
        "Reyes's campaign manager, Jordan Pike",
    ),
]

DOCS = [
    ("heldout-city-zoning", "MILLBROOK, Ohio", ZONING_Q),
    ("heldout-health-insulin-cap", "CARSON CITY, Nev.", INSULIN_Q),
    ("heldout-climate-bonn-walkout", "BONN, Germany", CLIMATE_Q),
    ("heldout-tech-privacy-fine", "DUBLIN", PRIVACY_Q),
    ("heldout-election-senate-debate", "PHOENIX", DEBATE_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Data Protection Commission",
    "Eastfield Neighborhood Association",
    "Eli Lilly",
    "Harlan Ridge Partners",
    "Independent Drivers' Federation",
    "Nevada Association of Health Plans",
    "Sun Valley University",
    "World Meteorological Organization",
    "Zipp Mobility",
)


def main():
    write_gold(
        HERE,
        "heldout_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout",
        source="quotesdb held-out (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
