"""Build heldout4_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout3 (see its README and bench/heldout4/README.md).
Each quote is located by searching its exact text after the previous quote's end, so the
offsets always satisfy text[start:end] == quote text and the spans of a document never
overlap.

    python3 bench/heldout4/make_gold.py   # writes bench/heldout4/heldout4_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- public-health outbreak briefing (Zambia) ---------------------------------------
ZM_MOH = "Ministry of Health"
DHO = "Kasembe District Health Office"
WHO = "World Health Organization"
BANDA = {
    "speaker": "Mutale Banda",
    "role": "director of public health",
    "country": "ZM",
    "org": ZM_MOH,
}
MWEWA = {"speaker": "Chanda Mwewa", "role": "chief health officer", "country": "ZM", "org": DHO}
LUNGU_PHIRI = {"speaker": "Grace Lungu-Phiri", "role": "provincial minister", "country": "ZM"}
KABWE = {"speaker": "Ruth Kabwe", "role": "fish trader", "country": "ZM"}
MULENGA = {
    "speaker": "Joseph Mulenga",
    "role": "head of the Kasembe branch",
    "country": "ZM",
    "org": "Zambia Red Cross Society",
}

CHOLERA_Q = [
    q(
        "a cholera outbreak had spread to at least four fishing villages on Lake Chisanga, "
        "with 312 suspected cases and nine deaths recorded since late last month",
        None,
        "indirect",
        "confirmed",
        "Health authorities in northern Zambia",
        country="ZM",
    ),
    p(
        "We are dealing with a fast-moving outbreak, and the next two weeks will decide how "
        "big it gets,",
        BANDA,
        "direct",
        "told reporters",
        "Dr. Mutale Banda, the director of public health at the Ministry of Health",
    ),
    p(
        "Every case we miss in a village is ten cases next week.",
        BANDA,
        "direct",
        "told reporters",
        "Dr. Mutale Banda, the director of public health at the Ministry of Health",
    ),
    p(
        "the ministry had sent 40,000 doses of oral vaccine to the district and would open "
        "three treatment centres by the weekend",
        BANDA,
        "indirect",
        "said",
        "Banda",
    ),
    q(
        "the doses would cover fewer than a third of the people at risk",
        None,
        "indirect",
        "said",
        "A senior health official, who asked not to be named because he was not authorised "
        "to speak to the press",
        country="ZM",
    ),
    q(
        "Water samples from two shallow wells in the village of Nsenga Bay tested positive "
        "for the bacteria",
        DHO,
        "indirect",
        "according to",
        "the Kasembe District Health Office",
        country="ZM",
    ),
    p(
        "the wells had been contaminated when flooding in early March washed pit latrines "
        "into the water table",
        MWEWA,
        "indirect",
        "said",
        "The district’s chief health officer, Chanda Mwewa",
    ),
    p(
        "People had no choice. The piped supply failed in January and nobody fixed it,",
        MWEWA,
        "direct",
        "said",
        "he",
    ),
    q(
        "it was sending a team of epidemiologists and had released $250,000 from its "
        "emergency fund",
        WHO,
        "indirect",
        "said",
        "The World Health Organization",
    ),
    q("move quickly across the border", WHO, "partial", "warned", "the agency"),
    p(
        "push trade into the bush, where we cannot see it,",
        LUNGU_PHIRI,
        "partial",
        "said",
        "The provincial minister, Grace Lungu-Phiri",
    ),
    p(
        "traders would instead have to wash their hands at chlorinated stations at every entrance",
        LUNGU_PHIRI,
        "indirect",
        "said",
        "The provincial minister, Grace Lungu-Phiri",
    ),
    q(
        "they had been boiling water for weeks but could not afford charcoal to do it every day",
        None,
        "indirect",
        "said",
        "Several of the women in the line",
        country="ZM",
    ),
    p(
        "My two children were in the clinic for four days,",
        KABWE,
        "direct",
        "said",
        "Ruth Kabwe, a 34-year-old fish trader",
    ),
    p(
        "The nurses told us to boil everything. Boil it with what?",
        KABWE,
        "direct",
        "said",
        "Ruth Kabwe, a 34-year-old fish trader",
    ),
    p(
        "volunteers had reached about half of the 9,000 households in the affected area",
        MULENGA,
        "indirect",
        "said",
        "The head of the Kasembe branch of the Zambia Red Cross Society, Joseph Mulenga",
    ),
    p("We have 11 nurses for the whole lake shore,", MWEWA, "direct", "said", "Mweewa"),
    p(
        "too high for a disease we know how to treat.",
        BANDA,
        "partial",
        "said",
        "Banda, the ministry official",
    ),
    p(
        "Most of the people who died reached us too late. Some of them spent two days on a "
        "boat to get here.",
        BANDA,
        "direct",
        "added",
        "he",
    ),
    p(
        "That is not a failure of the clinics. It is a failure of roads, of boats and of "
        "money, and we will be asking the government for all three,",
        BANDA,
        "direct",
        "added",
        "he",
    ),
    p("that was a decision for the president", BANDA, "indirect", "said", "Banda"),
    q(
        "The last large one in the province, three years ago, killed 61 people",
        ZM_MOH,
        "indirect",
        "according to",
        "ministry figures",
        country="ZM",
    ),
]

# --- national election night (Portugal) ---------------------------------------------
RALLY = "Democratic Rally"
PROGRESS = "Progress Party"
PT_FIRST = "Portugal First"
VALADARES = {"speaker": "Henrique Valadares", "role": "leader", "country": "PT", "org": RALLY}
CARDOSO_MOTA = {
    "speaker": "Inês Cardoso-Mota",
    "role": "Prime Minister",
    "country": "PT",
    "org": PROGRESS,
}
PESTANA = {"speaker": "Rui Pestana", "role": "founder", "country": "PT", "org": PT_FIRST}
QUINTELA = {
    "speaker": "Marta Quintela",
    "role": "political scientist",
    "country": "PT",
    "org": "Lisbon Institute of Political Studies",
}
REDONDO = {"speaker": "Álvaro Redondo", "role": "prime minister", "country": "ES"}
BARRETO = {"speaker": "Leonor Barreto", "role": "spokeswoman", "country": "PT"}

ELECTION_Q = [
    q(
        "Portugal’s centre-right Democratic Rally won Sunday’s snap general election but fell "
        "well short of a majority",
        "Interior Ministry",
        "indirect",
        "according to",
        "near-complete results published by the Interior Ministry",
        country="PT",
    ),
    q(
        "a political class that lives off the state,",
        PT_FIRST,
        "partial",
        "called",
        "it",
        country="PT",
    ),
    p(
        "The Portuguese have asked for change, and they have given it to us,",
        VALADARES,
        "direct",
        "told",
        "Henrique Valadares, the Democratic Rally leader",
    ),
    p(
        "But they have not given us a blank cheque.",
        VALADARES,
        "direct",
        "told",
        "Henrique Valadares, the Democratic Rally leader",
    ),
    p("all democratic parties", VALADARES, "partial", "said", "Valadares"),
    p("would not govern with Portugal First", VALADARES, "indirect", "said", "Valadares"),
    p(
        "lead the opposition with responsibility",
        CARDOSO_MOTA,
        "partial",
        "said",
        "She",
    ),
    p(
        "would not block the budget that Valadares must pass by the end of the year",
        CARDOSO_MOTA,
        "indirect",
        "said",
        "She",
    ),
    p("We lost tonight,", CARDOSO_MOTA, "direct", "said", "she"),
    p(
        "I will not pretend otherwise, and I will not blame the voters for it.",
        CARDOSO_MOTA,
        "direct",
        "said",
        "she",
    ),
    q(
        "Cardoso-Mota was likely to face a leadership challenge before the summer",
        None,
        "indirect",
        "said",
        "Two senior Progress Party officials, speaking on condition of anonymity",
        country="PT",
        org=PROGRESS,
    ),
    p(
        "Tonight they stopped laughing at us. Tomorrow they will have to listen to us.",
        PESTANA,
        "direct",
        "told",
        "the party’s founder, Rui Pestana",
    ),
    p("the only real opposition now", PESTANA, "partial", "said", "Pestana"),
    p("stolen our ideas on the campaign trail.", PESTANA, "partial", "accused", "Pestana"),
    q(
        "Turnout was 64.1%, the highest since 2015",
        "National Election Commission",
        "indirect",
        "said",
        "the National Election Commission",
        country="PT",
    ),
    q(
        "the most likely outcome was a minority government backed vote by vote by the smaller "
        "Liberal Union",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "Arithmetically, it works. Politically, it will be fragile from the first day,",
        QUINTELA,
        "direct",
        "said",
        "Marta Quintela, a political scientist at the Lisbon Institute of Political Studies",
    ),
    p(
        "the far right’s result had been driven by first-time voters in the industrial south",
        QUINTELA,
        "indirect",
        "said",
        "Quintella",
    ),
    p(
        "It is not a protest vote anymore. These are people who have decided where they belong,",
        QUINTELA,
        "direct",
        "added",
        "she",
    ),
    p(
        "eight years of friendship and shared work.",
        REDONDO,
        "partial",
        "wrote",
        "Cardoso-Mota’s Spanish counterpart, Álvaro Redondo",
    ),
    q(
        "Brussels expected Portugal to keep to its deficit-reduction plan whoever governed",
        None,
        "indirect",
        "said",
        "A European Commission spokesperson",
        org="EU",
    ),
    p(
        "the president would not invite anyone until the four seats elected by Portuguese "
        "living abroad had been counted, probably by the end of next week",
        BARRETO,
        "indirect",
        "said",
        "His spokeswoman, Leonor Barreto",
    ),
]

# --- local crime / police (Ohio) -------------------------------------------------------
MPD = "Millbrook Police Department"
STORE = "Halvorsen & Daughters Jewelers"
OCASIO = {"speaker": "Sandra Ocasio", "role": "Police Chief", "country": "US", "org": MPD}
HALVORSEN = {"speaker": "Ingrid Halvorsen", "role": "owner", "country": "US", "org": STORE}
DUNLEAVY = {"speaker": "Margaret Dunleavy", "role": "clerk", "country": "US", "org": STORE}
BARRAGAN = {"speaker": "Luis Barragan", "role": "Detective Sgt.", "country": "US", "org": MPD}
WHITLOCK = {"speaker": "Renee Whitlock", "role": "public defender", "country": "US"}
KERRIGAN = {"speaker": "Tom Kerrigan", "role": "bakery owner", "country": "US"}
LINDQVIST = {"speaker": "Gary Lindqvist", "role": "City Council President", "country": "US"}

ROBBERY_Q = [
    q(
        "Two men have been charged with aggravated robbery after a daytime smash-and-grab at a "
        "family-owned jewelry store that left a 67-year-old clerk with a broken wrist",
        None,
        "indirect",
        "said",
        "police",
        country="US",
        org=MPD,
    ),
    p(
        "Darnell Pruitt, 24, and Kevin Ashcombe, 31, both of Fairmont, were arrested Wednesday "
        "night at a motel off Interstate 75 after a desk clerk recognized a car described in a "
        "police bulletin",
        OCASIO,
        "indirect",
        "said",
        "Millbrook Police Chief Sandra Ocasio",
    ),
    p("This was fast, it was violent and it was planned,", OCASIO, "direct", "said", "Ocasio"),
    p(
        "They knew exactly which cases to hit, and they were gone in under two minutes.",
        OCASIO,
        "direct",
        "said",
        "Ocasio",
    ),
    q(
        "Two men in hooded sweatshirts smashed three display cases with hammers and took rings "
        "and watches worth about $180,000",
        None,
        "indirect",
        "according to",
        "a criminal complaint filed in Millbrook Municipal Court",
        country="US",
    ),
    q(
        "one of the men shoved the clerk, Margaret Dunleavy, into a counter when she reached "
        "for an alarm button",
        None,
        "indirect",
        "says",
        "The complaint",
        country="US",
    ),
    p(
        "Dunleavy had worked there for 22 years",
        HALVORSEN,
        "indirect",
        "said",
        "Store owner Ingrid Halvorsen, who runs the shop with her two daughters",
    ),
    p(
        "like family.",
        HALVORSEN,
        "partial",
        "said",
        "Store owner Ingrid Halvorsen, who runs the shop with her two daughters",
    ),
    p(
        "She did exactly what we train everyone not to do. She tried to stop them,",
        HALVORSEN,
        "direct",
        "said",
        "Halvorsen",
    ),
    p(
        "I'm angry at her and I'm so proud of her, both at the same time.",
        HALVORSEN,
        "direct",
        "said",
        "Halvorsen",
    ),
    p("sore but fine", DUNLEAVY, "partial", "said", "she"),
    p("planned to be back at work next week", DUNLEAVY, "indirect", "said", "she"),
    p(
        "officers recovered about half of the stolen jewelry in the motel room and in the "
        "trunk of a gray sedan",
        BARRAGAN,
        "indirect",
        "said",
        "Detective Sgt. Luis Barragan, who led the investigation",
    ),
    p(
        "investigators were trying to determine whether the two men were connected to similar "
        "robberies in Indiana and Kentucky",
        BARRAGAN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "A third man who drove the getaway car is still being sought",
        BARRAGAN,
        "indirect",
        "said",
        "Barragan",
    ),
    p(
        "We'd ask anyone who saw a gray sedan parked on Main Street that morning to give us a "
        "call,",
        BARRAGAN,
        "direct",
        "added",
        "he",
    ),
    p(
        "had nothing to do with anyone getting hurt",
        WHITLOCK,
        "partial",
        "said",
        "Ashcombe's lawyer, public defender Renee Whitlock",
    ),
    p(
        "would plead not guilty",
        WHITLOCK,
        "indirect",
        "said",
        "Ashcombe's lawyer, public defender Renee Whitlock",
    ),
    q(
        "Ashcomb has two prior convictions for theft",
        None,
        "indirect",
        "according to",
        "court records",
        country="US",
    ),
    q(
        "the robbery had shaken a downtown that has struggled to bring back shoppers since "
        "the pandemic",
        None,
        "indirect",
        "said",
        "Merchants on Main Street",
        country="US",
    ),
    p(
        "We all lock our doors now until we see who it is,",
        KERRIGAN,
        "direct",
        "said",
        "Tom Kerrigan, who owns a bakery two doors down",
    ),
    p(
        "That's not how a small town is supposed to work.",
        KERRIGAN,
        "direct",
        "said",
        "Tom Kerrigan, who owns a bakery two doors down",
    ),
    p(
        "the department would add foot patrols downtown through the holiday season and would "
        "review security with store owners who asked for it",
        OCASIO,
        "indirect",
        "said",
        "Ocassio",
    ),
    p(
        "the council would vote next month on a grant program to help downtown businesses pay "
        "for cameras and shatter-resistant glass",
        LINDQVIST,
        "indirect",
        "said",
        "City Council President Gary Lindqvist",
    ),
]

# --- archaeology discovery (England, British ‘single quotes’) ------------------------
EASTBRIDGE = "University of Eastbridge"
FENSTONE = "Fenstone Aggregates"
MORGAN = {"speaker": "Alys Morgan", "role": "archaeologist", "country": "GB", "org": EASTBRIDGE}
THRELFALL = {
    "speaker": "Colin Threlfall",
    "role": "managing director",
    "country": "GB",
    "org": FENSTONE,
}
DUNMORE = {
    "speaker": "Hamish Dunmore",
    "role": "Professor",
    "country": "GB",
    "org": "University of Lowther",
}
PRYOR = {"speaker": "Janet Pryor", "country": "GB"}

BOAT_Q = [
    q("oldest of its kind in Britain", None, "partial", "say", "archaeologists", country="GB"),
    q(
        "A wooden boat found in a gravel quarry in eastern England is about 4,100 years old, "
        "making it the oldest plank-built vessel ever discovered in Britain",
        None,
        "indirect",
        "said",
        "a team from the University of Eastbridge",
        country="GB",
        org=EASTBRIDGE,
    ),
    p(
        "When we first saw it, we thought it was a fallen tree,",
        MORGAN,
        "direct",
        "said",
        "Dr Alys Morgan, the archaeologist who led the excavation",
    ),
    p(
        "Then we found the stitching, and nobody spoke for about a minute.",
        MORGAN,
        "direct",
        "said",
        "Dr Alys Morgan, the archaeologist who led the excavation",
    ),
    p(
        "Radiocarbon dating of the planks placed the felling of the trees between 2150 and 2050 BC",
        MORGAN,
        "indirect",
        "said",
        "Dr Morgan",
    ),
    p(
        "That would make the boat several centuries older than any comparable vessel found in "
        "Britain",
        MORGAN,
        "indirect",
        "said",
        "she",
    ),
    p(
        "This is a boat built by people who had no metal saws. Every plank was split and "
        "shaped by hand.",
        MORGAN,
        "direct",
        "wrote",
        "she",
    ),
    p("ten years if we are lucky", MORGAN, "partial", "said", "Dr Morgan"),
    q(
        "it had halted work on that part of the site and would pay for the first year of "
        "conservation",
        FENSTONE,
        "indirect",
        "said",
        "Fenstone Aggregates, which owns the quarry",
        country="GB",
    ),
    p("The worst thing we could do now is rush it,", MORGAN, "direct", "added", "she"),
    p(
        "We dig gravel for a living,",
        THRELFALL,
        "direct",
        "said",
        "the company’s managing director, Colin Threlfall",
    ),
    p(
        "We don’t often dig up history, and when we do, we want to get it right.",
        THRELFALL,
        "direct",
        "said",
        "the company’s managing director, Colin Threlfall",
    ),
    q(
        "of national importance",
        "Historic England",
        "partial",
        "said",
        "Historic England, the government’s heritage adviser",
        country="GB",
    ),
    q(
        "it would consider protecting the surrounding land",
        "Historic England",
        "indirect",
        "said",
        "Historic England, the government’s heritage adviser",
        country="GB",
    ),
    p(
        "the samples might have come from older timber reused by the boat’s builders",
        DUNMORE,
        "indirect",
        "said",
        "Professor Hamish Dunmore, an expert in prehistoric seafaring at the University of Lowther",
    ),
    p("Old wood gets recycled. It always has,", DUNMORE, "direct", "said", "he"),
    p(
        "I would want dates from the stitching itself before I called this the oldest anything.",
        DUNMORE,
        "direct",
        "said",
        "he",
    ),
    p(
        "the team had already sent samples of the yew stitching for testing and expected "
        "results by the autumn",
        MORGAN,
        "indirect",
        "said",
        "Dr Morgan",
    ),
    p(
        "My grandad worked in that quarry for 40 years and never found anything but an old "
        "bicycle,",
        PRYOR,
        "direct",
        "said",
        "Janet Pryor, 71, who was among several hundred visitors on Sunday",
    ),
    q(
        "the boat should be displayed in the village rather than in Cambridge",
        None,
        "indirect",
        "said",
        "Several residents",
        country="GB",
    ),
    q(
        "a fair share of the story",
        "Helmsby Parish Council",
        "partial",
        "said",
        "Helmsby Parish Council",
        country="GB",
    ),
    q(
        "the boat would go on public display in 2031 at the earliest, once conservation was "
        "complete",
        EASTBRIDGE,
        "indirect",
        "said",
        "The university",
        country="GB",
    ),
]

# --- transport strike (Argentina) --------------------------------------------------------
SAN = "Servicios Aeroportuarios Nacionales"
ATNA = "Air Navigation Workers’ Association"
BAIGORRIA = {
    "speaker": "Horacio Baigorria",
    "role": "secretary general",
    "country": "AR",
    "org": ATNA,
}
ALSINA_ROIG = {"speaker": "Federico Alsina Roig", "role": "Transport Minister", "country": "AR"}
FERREYRA = {"speaker": "Claudia Ferreyra", "role": "retired teacher", "country": "AR"}
VIDAL = {"speaker": "Carolina Vidal Espinoza", "role": "Transport Minister", "country": "CL"}

STRIKE_Q = [
    q(
        "A 24-hour strike by air traffic controllers grounded more than 400 flights across "
        "Argentina on Friday, stranding tens of thousands of travelers at the start of a "
        "holiday weekend",
        SAN,
        "indirect",
        "according to",
        "the state airport operator",
        country="AR",
    ),
    q(
        "only emergency, medical and military flights were being handled at the country’s 32 "
        "controlled airports, and that normal service would not resume before Saturday "
        "afternoon",
        SAN,
        "indirect",
        "said",
        "The operator, Servicios Aeroportuarios Nacionales",
        country="AR",
    ),
    q(
        "controllers have lost nearly a third of their purchasing power to inflation since "
        "their last pay deal",
        ATNA,
        "indirect",
        "says",
        "the Air Navigation Workers’ Association, known by its Spanish initials ATNA",
        country="AR",
    ),
    p(
        "Nobody in this country wants to be stuck at an airport, and nobody wants to strike,",
        BAIGORRIA,
        "direct",
        "told reporters",
        "ATNA’s secretary general, Horacio Baigorria",
    ),
    p(
        "But a controller who cannot pay his rent is a controller who is not sleeping, and "
        "that is a safety problem for every passenger.",
        BAIGORRIA,
        "direct",
        "told reporters",
        "ATNA’s secretary general, Horacio Baigorria",
    ),
    p(
        "the union had offered to suspend the strike if the government reopened talks",
        BAIGORRIA,
        "indirect",
        "said",
        "Baigorria",
    ),
    p("hiding behind spreadsheets", BAIGORRIA, "partial", "said", "Baigorria"),
    p(
        "an extortion of the traveling public",
        ALSINA_ROIG,
        "partial",
        "called",
        "Alsina Roig",
    ),
    p("with planes on the ground.", ALSINA_ROIG, "partial", "said", "Alsina Roig"),
    p(
        "the ministry had offered a 14% raise in two installments",
        ALSINA_ROIG,
        "indirect",
        "said",
        "He",
    ),
    p("The door is open. It has always been open,", ALSINA_ROIG, "direct", "said", "the minister"),
    p(
        "What we will not do is sign an agreement that the next government cannot pay for.",
        ALSINA_ROIG,
        "direct",
        "said",
        "the minister",
    ),
    p(
        "They told us at 11 at night. My daughter’s wedding is tomorrow in Puerto Lucero,",
        FERREYRA,
        "direct",
        "said",
        "Claudia Ferreyra, 58, a retired teacher from Villa Carranza",
    ),
    p(
        "the airline had offered her a seat on Monday or a refund",
        FERREYRA,
        "indirect",
        "said",
        "She",
    ),
    p("but not a wedding.", FERREYRA, "partial", "said", "She"),
    q(
        "it had canceled 212 flights and would let passengers change their tickets free of "
        "charge until the end of the month",
        "Aerolíneas del Plata",
        "indirect",
        "said",
        "Aerolíneas del Plata, the country’s largest carrier",
        country="AR",
    ),
    q(
        "38 flights between Santiago and Argentine cities had been canceled",
        None,
        "indirect",
        "said",
        "Chile’s civil aviation authority",
        country="CL",
    ),
    p(
        "she had spoken to him by phone",
        VIDAL,
        "indirect",
        "said",
        "Alsina Roig’s Chilean counterpart, Transport Minister Carolina Vidal Espinoza",
    ),
    p(
        "a quick solution, because our passengers are paying for a dispute that is not theirs.",
        VIDAL,
        "partial",
        "urged",
        "Alsina Roig’s Chilean counterpart, Transport Minister Carolina Vidal Espinoza",
    ),
    q(
        "the ministry was preparing a new offer that would tie part of the raise to inflation",
        None,
        "indirect",
        "said",
        "A government official familiar with the talks, who spoke on condition of anonymity "
        "because he was not authorized to discuss them",
        country="AR",
    ),
    q(
        "the stoppage would cost hotels, restaurants and travel agencies at least 30 billion "
        "pesos over the long weekend",
        "Federation of Tourism Businesses",
        "indirect",
        "said",
        "The Federation of Tourism Businesses",
        country="AR",
    ),
    p(
        "A fourth, lasting 48 hours, would follow later this month if there was no agreement",
        BAIGORRIA,
        "indirect",
        "warned",
        "Baigoria",
    ),
    p("We are not going anywhere,", BAIGORRIA, "direct", "added", "he"),
    p(
        "We will be here on Monday, and so will the problem.",
        BAIGORRIA,
        "direct",
        "added",
        "he",
    ),
]

DOCS = [
    ("heldout4-health-cholera-outbreak", "KASEMBE, Zambia", CHOLERA_Q),
    ("heldout4-election-portugal-night", "LISBON, Portugal", ELECTION_Q),
    ("heldout4-crime-jewelry-robbery", "MILLBROOK, Ohio", ROBBERY_Q),
    ("heldout4-science-bronze-age-boat", None, BOAT_Q),
    ("heldout4-transport-argentina-controllers-strike", "BUENOS AIRES, Argentina", STRIKE_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Aerolíneas del Plata",
    "Air Navigation Workers’ Association",
    "Federation of Tourism Businesses",
    "Fenstone Aggregates",
    "Helmsby Parish Council",
    "Historic England",
    "Interior Ministry",
    "Kasembe District Health Office",
    "Ministry of Health",
    "National Election Commission",
    "Portugal First",
    "Servicios Aeroportuarios Nacionales",
    "University of Eastbridge",
    "World Health Organization",
)


def main():
    write_gold(
        HERE,
        "heldout4_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout4",
        source="quotesdb held-out 4 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
