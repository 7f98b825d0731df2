"""Build heldout14_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout13 (see
bench/heldout13/README.md and bench/heldout14/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout14/make_gold.py   # writes bench/heldout14/heldout14_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- volcano eruption, Java (AP style, curly “double quotes”, non-US dateline) ------------
PVMBG = "National Volcanology Agency"
MINTRANS = "Transportation Ministry"
BOARD = "National Disaster Mitigation Board"
WICAKSONO = {"speaker": "Hendra Wicaksono", "role": "head", "country": "ID", "org": PVMBG}
LESTARI = {"speaker": "Sri Wahyuni Lestari", "role": "regent", "country": "ID"}
PRASETYO = {"speaker": "Bambang Prasetyo", "role": "deputy regent", "country": "ID"}
RIYADI = {"speaker": "Slamet Riyadi", "role": "dairy farmer", "country": "ID"}
PARNI = {"speaker": "Parni", "role": "food vendor", "country": "ID"}
DUNMORE = {
    "speaker": "Claire Dunmore",
    "role": "volcanologist",
    "country": "AU",
    "org": "Tasman University",
}
SIREGAR = {"speaker": "Abdul Karim Siregar", "role": "spokesperson", "country": "ID", "org": BOARD}
RIYADI_SRC = (
    "Slamet Riyadi, a 61-year-old dairy farmer from Balerante, a village 5 kilometers "
    "(3 miles) below the summit"
)

VOLCANO_Q = [
    q(
        "Mount Lawang on Indonesia’s main island of Java erupted again Thursday, hurling ash 6 "
        "kilometers (almost 4 miles) into the sky and forcing authorities to widen the danger "
        "zone around its crater for the second time in a week",
        None,
        "indirect",
        "said",
        "officials",
        country="ID",
    ),
    q(
        "The eruption began shortly after 4 a.m. with a series of blasts that could be heard 30 "
        "kilometers (19 miles) away",
        PVMBG,
        "indirect",
        "according to",
        "the National Volcanology Agency",
        country="ID",
    ),
    p(
        "the exclusion zone now extended 9 kilometers (5.6 miles) from the summit on all sides "
        "and that about 41,000 people had been moved to schools, mosques and tents in "
        "neighboring districts",
        WICAKSONO,
        "indirect",
        "said",
        "The agency’s head, Hendra Wicaksono",
    ),
    p(
        "The pressure under the dome has not gone down. What we saw this morning could be the "
        "beginning, not the end,",
        WICAKSONO,
        "direct",
        "told",
        "Wicaksono",
    ),
    p(
        "If the data tell us to, we will do it tonight. Nobody should be waiting for a siren.",
        WICAKSONO,
        "direct",
        "said",
        "he",
    ),
    p("People ask me every hour when they can go home,", LESTARI, "direct", "said", "she"),
    p("I tell them the truth: not yet.", LESTARI, "direct", "said", "she"),
    p(
        "We have rice for two weeks and clean water for less than that. The children are "
        "sleeping, but the old people are not.",
        LESTARI,
        "direct",
        "said",
        "she",
    ),
    p(
        "her office had asked the provincial government for 200 more portable toilets and for "
        "trucks to bring water from Yogyakarta",
        LESTARI,
        "indirect",
        "said",
        "The regent, Sri Wahyuni Lestari",
    ),
    p(
        "at least 3,000 evacuees had left the camps during the day to feed livestock inside the "
        "danger zone, despite police checkpoints",
        PRASETYO,
        "indirect",
        "said",
        "Her deputy, Bambang Prasetyo",
    ),
    p("We cannot arrest a farmer for going to see his cows,", PRASETYO, "direct", "said", "he"),
    p("But we can tell him he might not come back.", PRASETYO, "direct", "said", "he"),
    q(
        "they had heard rumbling for days before the first eruption and that ash had turned "
        "their rice fields gray",
        None,
        "indirect",
        "said",
        "Residents",
        country="ID",
    ),
    p(
        "Who will feed my cows if I stay down here? The government?",
        RIYADI,
        "direct",
        "said",
        RIYADI_SRC,
    ),
    p(
        "He has slipped back to his farm three times since the evacuation",
        RIYADI,
        "indirect",
        "said",
        "he",
    ),
    p(
        "two nights, maybe three.",
        PARNI,
        "partial",
        "said",
        "A food vendor who gave only one name, Parni",
    ),
    p(
        "That was nine nights ago. The soldiers said, ‘Leave the goats, they will be fine.’ Now "
        "the goats are gone,",
        PARNI,
        "direct",
        "said",
        "she",
    ),
    q(
        "airports in Yogyakarta and Solo would stay closed until at least Friday evening because "
        "of falling ash",
        MINTRANS,
        "indirect",
        "said in a statement",
        "The Transportation Ministry",
        country="ID",
    ),
    q(
        "they had canceled more than 180 domestic flights",
        None,
        "indirect",
        "said",
        "Airlines",
    ),
    p(
        "the lava dome had grown by about 2 million cubic meters since January",
        WICAKSONO,
        "indirect",
        "said",
        "Wicaksana",
    ),
    p(
        "a collapse of the dome, rather than an explosion, posed the greatest danger",
        WICAKSONO,
        "indirect",
        "warned",
        "Wicaksana",
    ),
    p(
        "Nobody outruns that. Not on a motorbike, not in a truck,",
        WICAKSONO,
        "direct",
        "added",
        "he",
    ),
    p(
        "People think of lava, but it is the hot clouds that kill,",
        DUNMORE,
        "direct",
        "said",
        "Claire Dunmore, a volcanologist at Tasman University in Hobart, Australia",
    ),
    p("exactly right", DUNMORE, "partial", "said", "She"),
    p(
        "the coming rainy weeks would raise the risk of lahars",
        DUNMORE,
        "indirect",
        "said",
        "She",
    ),
    q(
        "it had sent 40 tons of rice, 12,000 masks and three water-purifying trucks to the area",
        BOARD,
        "indirect",
        "said",
        "The National Disaster Mitigation Board",
        country="ID",
    ),
    p(
        "more tents were on their way",
        SIREGAR,
        "indirect",
        "said",
        "Its spokesperson, Abdul Karim Siregar",
    ),
    p(
        "far beyond capacity.",
        SIREGAR,
        "partial",
        "said",
        "Its spokesperson, Abdul Karim Siregar",
    ),
    q(
        "dozens of evacuees, most of them elderly, had been treated for breathing problems since "
        "Sunday",
        None,
        "indirect",
        "said",
        "Health workers at the Klaten camp",
        country="ID",
    ),
    p("We will stay as long as the mountain wants us to,", LESTARI, "direct", "said", "she"),
    p("Then we will go home and clean.", LESTARI, "direct", "said", "she"),
]

# --- nationwide blackout, Uruguay (Reuters style, straight "double quotes") ---------------
MIE = "Ministry of Industry and Energy"
TDP = "Transmisora del Plata"
MME = "Mines and Energy Ministry"
ECHEVERRY = {"speaker": "Martín Echeverry", "role": "Energy Minister", "country": "UY"}
FERRAND = {"speaker": "Lucía Ferrand", "role": "chief executive", "country": "UY", "org": TDP}
NUNEZ = {"speaker": "Graciela Núñez", "role": None, "country": "UY"}
BENTANCUR = {
    "speaker": "Raúl Bentancur",
    "role": "general secretary",
    "country": "UY",
    "org": "SITEU",
}
SOSA = {"speaker": "Valeria Sosa", "role": "senator", "country": "UY"}
BENITEZ = {"speaker": "Carla Benítez", "role": "spokeswoman", "country": "UY"}
ARRUA = {
    "speaker": "Felipe Arrúa",
    "role": "energy analyst",
    "country": "AR",
    "org": "Banco Austral",
}
ARRUA_SRC = "Felipe Arrúa, an energy analyst at Banco Austral in Buenos Aires"

BLACKOUT_Q = [
    q(
        "Power returned to most of Uruguay on Wednesday after a fault at a high-voltage "
        "substation north of the capital left the country's 3.4 million people without "
        "electricity for up to 11 hours",
        MIE,
        "indirect",
        "said",
        "the Ministry of Industry and Energy",
        country="UY",
    ),
    q(
        "About 96% of customers had been reconnected by 6 a.m. local time (0900 GMT)",
        MIE,
        "indirect",
        "said in a statement",
        "the ministry",
        country="UY",
    ),
    q(
        "the remaining outages were concentrated in the northern departments of Artigas and Rivera",
        MIE,
        "indirect",
        "adding",
        "the ministry",
        country="UY",
    ),
    p(
        "the failure began when a transformer at the Las Brujas substation tripped during "
        "routine maintenance",
        ECHEVERRY,
        "indirect",
        "told",
        "Energy Minister Martín Echeverry",
    ),
    p(
        "This should not happen in a modern system. One transformer should never be able to "
        "switch off a whole country,",
        ECHEVERRY,
        "direct",
        "said",
        "Echeverry",
    ),
    p(
        "The contract is very clear about penalties, and we intend to apply it.",
        ECHEVERRY,
        "direct",
        "said",
        "he",
    ),
    q(
        "every approved procedure",
        TDP,
        "partial",
        "said in a statement",
        "Transmisora del Plata",
        country="UY",
    ),
    q(
        "it was cooperating fully with the regulator",
        TDP,
        "indirect",
        "said in a statement",
        "Transmisora del Plata",
        country="UY",
    ),
    p(
        "an internal review would be finished within 30 days",
        FERRAND,
        "indirect",
        "said",
        "The company's chief executive",
    ),
    p("exactly as designed", FERRAND, "partial", "told", "The executive, Lucía Ferrand"),
    p(
        "the design itself might need to change",
        FERRAND,
        "indirect",
        "told",
        "The executive, Lucía Ferrand",
    ),
    p(
        "If the question is whether we could have isolated the fault faster, the honest answer "
        "is: maybe,",
        FERRAND,
        "direct",
        "said",
        "she",
    ),
    p("We will know in a month.", FERRAND, "direct", "said", "she"),
    q(
        "a backup protection relay at Las Brujas had been disabled for testing and never "
        "switched back on",
        None,
        "indirect",
        "said",
        "Two people familiar with the regulator's preliminary findings",
    ),
    q(
        "they had rescued 140 people from lifts and that there had been no serious injuries",
        None,
        "indirect",
        "said",
        "Police",
        country="UY",
    ),
    p(
        "she had thrown away insulin and vaccines worth about 60,000 pesos ($1,400) because her "
        "refrigerators had warmed overnight",
        NUNEZ,
        "indirect",
        "said",
        "Graciela Núñez, who runs a pharmacy in the Cordón neighbourhood",
    ),
    p("Who pays for that? The company, the government, or me?", NUNEZ, "direct", "asked", "she"),
    p(
        "staff cuts at the operator had left too few technicians on duty",
        BENTANCUR,
        "indirect",
        "said in a letter",
        "Its general secretary, Raúl Bentancur",
    ),
    p(
        "For three years we have warned that the grid was being run with half the people it needs,",
        BENTANCUR,
        "direct",
        "wrote",
        "he",
    ),
    p("Management called it efficiency.", BENTANCUR, "direct", "wrote", "he"),
    p(
        "Last night, the country found out what efficiency costs.",
        BENTANCUR,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "she would ask Echeverry to appear before the Senate's energy committee next week",
        SOSA,
        "indirect",
        "said",
        "Opposition senator Valeria Sosa",
    ),
    p("looked the other way", SOSA, "partial", "said", "She"),
    p("the contract should be reviewed", SOSA, "indirect", "said", "She"),
    p(
        "the president had spoken with Echeverry three times overnight",
        BENITEZ,
        "indirect",
        "wrote",
        "Presidential spokeswoman Carla Benítez",
    ),
    p(
        "following the situation minute by minute.",
        BENITEZ,
        "partial",
        "wrote",
        "Presidential spokeswoman Carla Benítez",
    ),
    q(
        "it had sent 500 megawatts across the border within four hours of the failure at "
        "Uruguay's request",
        MME,
        "indirect",
        "said",
        "Brazil's Mines and Energy Ministry",
        country="BR",
    ),
    q(
        "the blackout was likely to revive a debate over whether the network should return to "
        "state control",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "One day of darkness will not decide that argument, but it will not be forgotten either,",
        ARRUA,
        "direct",
        "said",
        ARRUA_SRC,
    ),
    p(
        "Investors will be watching how hard the government pushes on the fines.",
        ARRUA,
        "direct",
        "said",
        ARRUA_SRC,
    ),
    p("that record was not in question", ECHEVERRY, "indirect", "said", "Echevery"),
    p(
        "The wind did not fail. The water did not fail. A relay failed,",
        ECHEVERRY,
        "direct",
        "said",
        "he",
    ),
]

# --- doping ban, British runner (British style, ‘single quotes’, no dateline) -------------
NSIT = "National Sport Integrity Tribunal"
ATHB = "Athletics Britain"
VITALIS = "Vitalis Nutrition"
ASHCROFT = {"speaker": "Megan Ashcroft", "role": "runner", "country": "GB"}
HALDANE = {
    "speaker": "Richard Haldane",
    "role": "chief executive",
    "country": "GB",
    "org": "Clean Sport UK",
}
CHAUDHRY = {"speaker": "Priya Chaudhry", "role": "solicitor", "country": "GB"}
MOYES = {"speaker": "Declan Moyes", "role": "coach", "country": "GB"}
WANJIRU = {"speaker": "Joy Wanjiru", "role": None, "country": "KE"}
CARRICK = {"speaker": "Helen Carrick", "role": "sports minister", "country": "GB"}
JULIE = {"speaker": "Julie Ashcroft", "role": "mother", "country": "GB"}
VITALIS_SRC = "The company that made the powder, Vitalis Nutrition"

DOPING_Q = [
    q(
        "on the balance of probability",
        NSIT,
        "partial",
        "said",
        "The National Sport Integrity Tribunal",
        country="GB",
    ),
    p("devastated and angry", ASHCROFT, "partial", "said", "Ashcroft"),
    p(
        "would appeal to the Court of Arbitration for Sport",
        ASHCROFT,
        "indirect",
        "said",
        "Ashcroft",
    ),
    p(
        "I have never knowingly taken anything banned in my life,",
        ASHCROFT,
        "direct",
        "wrote",
        "she",
    ),
    p(
        "I trusted a product that was sold to me as “batch-tested and clean”, and I have paid "
        "for that trust with my career.",
        ASHCROFT,
        "direct",
        "wrote",
        "she",
    ),
    p(
        "To every young athlete reading this: check everything, twice. Then check it again.",
        ASHCROFT,
        "direct",
        "wrote",
        "she",
    ),
    q(
        "the supplement, a protein powder made by a small Midlands company, had later been found "
        "to contain traces of a related compound",
        NSIT,
        "indirect",
        "noted",
        "The tribunal",
        country="GB",
    ),
    q(
        "the amounts found did not match those in her sample and that the batch she had used had "
        "never been tested",
        NSIT,
        "indirect",
        "said",
        "it",
        country="GB",
    ),
    p(
        "Strict liability is strict for a reason. Athletes are responsible for what is in their "
        "bodies, whatever the label says.",
        HALDANE,
        "direct",
        "said",
        "Its chief executive, Richard Haldane",
    ),
    p("every sympathy", HALDANE, "partial", "said", "Haldane"),
    p(
        "the number of contamination defences it faced had tripled in five years",
        HALDANE,
        "indirect",
        "warned",
        "Haldane",
    ),
    p(
        "We take no pleasure in cases like this one. Nobody at the agency does,",
        HALDANE,
        "direct",
        "added",
        "he",
    ),
    p(
        "scientifically illiterate",
        CHAUDHRY,
        "partial",
        "described",
        "Ashcroft’s solicitor, Priya Chaudhry",
    ),
    p(
        "the tribunal had ignored evidence from two independent laboratories and that her client "
        "had passed 23 previous tests",
        CHAUDHRY,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Megan has been tested more often than almost anyone in the sport. Does anyone seriously "
        "believe she would cheat with a drug she knew they were looking for?",
        CHAUDHRY,
        "direct",
        "said",
        "Chaudry",
    ),
    p(
        "I still don’t understand what she was supposed to do differently,",
        MOYES,
        "direct",
        "said",
        "he",
    ),
    p(
        "the pair would keep training while the appeal was heard",
        MOYES,
        "indirect",
        "said",
        "The coach, Declan Moyes",
    ),
    p("She’s not finished,", MOYES, "direct", "said", "Moyes"),
    p("Not by a long way.", MOYES, "direct", "said", "Moyes"),
    q(
        "it respected the decision and that Ashcroft had been removed from its funded programme "
        "with immediate effect",
        ATHB,
        "indirect",
        "said",
        "Athletics Britain, the sport’s governing body",
        country="GB",
    ),
    q(
        "they were shocked by the ruling",
        None,
        "indirect",
        "said",
        "Several of her training partners",
        country="GB",
    ),
    q(
        "Everyone here is gutted. She’s the last person you’d expect.",
        None,
        "direct",
        "said",
        "A fellow athlete",
        country="GB",
    ),
    p(
        "I feel sorry for her if it’s true, but rules are rules, and they are the same for all of "
        "us,",
        WANJIRU,
        "direct",
        "said",
        "Joy Wanjiru, the Kenyan who beat Ashcroft to the bronze medal in the Olympic final",
    ),
    p("look hard", CARRICK, "partial", "told", "The sports minister, Helen Carrick"),
    q(
        "its products were made in a certified facility",
        VITALIS,
        "indirect",
        "said in a statement",
        VITALIS_SRC,
        country="GB",
    ),
    q("no record", VITALIS, "partial", "said in a statement", VITALIS_SRC, country="GB"),
    p(
        "She rang me from the car park after the verdict and she couldn’t speak,",
        JULIE,
        "direct",
        "said",
        "Julie Ashcroft, her mother",
    ),
    p("Try stopping her.", JULIE, "direct", "said", "she"),
]

# --- day-tripper fee, Tuscan hill town (AFP style, straight "double quotes") --------------
UNESCO = "UNESCO"
REISELAND = "Reiseland Busreisen"
VIVA = "Montevesca Viva"
FERRARESI = {"speaker": "Giulia Ferraresi", "role": "Mayor", "country": "IT"}
NARDINI = {"speaker": "Paolo Nardini", "role": "deputy mayor", "country": "IT"}
ZANETTI = {"speaker": "Fabio Zanetti", "role": "councillor", "country": "IT"}
PIERI = {"speaker": "Rosanna Pieri", "role": None, "country": "IT"}
BENVENUTI = {
    "speaker": "Marco Benvenuti",
    "role": "president",
    "country": "IT",
    "org": "Montevesca Hoteliers' Association",
}
ROCCHI = {"speaker": "Daniela Rocchi", "role": "Tourism Minister", "country": "IT"}
MARCHETTI = {
    "speaker": "Elena Marchetti",
    "role": "tourism economist",
    "country": "IT",
    "org": "Tuscan Institute for Tourism Studies",
}
HOLBROOK = {"speaker": "Karen Holbrook", "role": "retired teacher", "country": "US"}
BELLUCCI = {"speaker": "Stefano Bellucci", "role": "guide", "country": "IT"}
DONATI = {"speaker": "Chiara Donati", "role": "spokeswoman", "country": "IT", "org": VIVA}
NARDINI_SRC = "Her deputy, Paolo Nardini, who is in charge of tourism"

TOURISM_Q = [
    p(
        "The medieval Tuscan hill town of Montevesca will charge day-trippers a 10-euro entry fee "
        "from April and cap tour groups at 25 people, after its council voted late Monday to curb "
        "the crowds that have emptied its old streets of residents",
        FERRARESI,
        "indirect",
        "said",
        "its mayor",
    ),
    p(
        "the fee would apply on weekends and public holidays between April and October, and that "
        "residents, overnight guests, students and children under 14 would be exempt",
        FERRARESI,
        "indirect",
        "said",
        "Mayor Giulia Ferraresi",
    ),
    p(
        "We are not closing the gates. We are asking people to come in a way that lets the town "
        "survive,",
        FERRARESI,
        "direct",
        "told",
        "Ferraresi",
    ),
    q(
        "Montevesca, whose walled centre is a UNESCO World Heritage site, has about 1,900 "
        "residents and receives an estimated 1.2 million visitors a year, most of them for only a "
        "few hours",
        None,
        "indirect",
        "according to",
        "town figures",
        country="IT",
    ),
    p(
        "Maybe. Then they will have the same conversation we had, and they will be welcome to "
        "copy us.",
        FERRARESI,
        "direct",
        "said",
        "Ferraresi",
    ),
    p(
        "the town expected the fee to raise about 3 million euros a year",
        NARDINI,
        "indirect",
        "said",
        NARDINI_SRC,
    ),
    p(
        "Every year another family leaves and another apartment becomes a holiday rental,",
        NARDINI,
        "direct",
        "said",
        "he",
    ),
    p("The school has 41 children.", NARDINI, "direct", "said", "he"),
    p(
        "When I was a boy, it had 200. My own daughter lives in Florence now, because here she "
        "could never afford a flat.",
        NARDINI,
        "direct",
        "said",
        "he",
    ),
    p("a tax on curiosity", ZANETTI, "partial", "said", "Opposition councillor Fabio Zanetti"),
    p(
        "the council had not consulted shopkeepers",
        ZANETTI,
        "indirect",
        "said",
        "Opposition councillor Fabio Zanetti",
    ),
    q(
        "they feared losing a third of their customers",
        None,
        "indirect",
        "said",
        "Several shop owners on the Via dei Tintori, the main street",
        country="IT",
    ),
    p(
        "The people who stay one night do not buy ceramics. The ones who come for two hours do,",
        PIERI,
        "direct",
        "said",
        "Rosanna Pieri, who has sold painted plates there for 30 years",
    ),
    p(
        "hotels had been losing guests who could no longer bear the crush in the streets",
        BENVENUTI,
        "indirect",
        "said",
        "Its president, Marco Benvenuti",
    ),
    p(
        "Quality tourism is not a slogan. It is the only kind this town can carry,",
        BENVENUTI,
        "direct",
        "said",
        "he",
    ),
    p(
        "with interest",
        ROCCHI,
        "partial",
        "said in a statement",
        "Tourism Minister Daniela Rocchi",
    ),
    p(
        "a country of turnstiles.",
        ROCCHI,
        "partial",
        "warned",
        "Tourism Minister Daniela Rocchi",
    ),
    p(
        "the evidence that such fees reduce crowds is thin",
        MARCHETTI,
        "indirect",
        "according to",
        "Elena Marchetti, a tourism economist at the Tuscan Institute for Tourism Studies in "
        "Florence",
    ),
    p(
        "A coffee in the square costs 5 euros. Ten more will not stop someone who has flown from "
        "Seoul,",
        MARCHETTI,
        "direct",
        "said",
        "she",
    ),
    p(
        "the fee could work only if it came with better public transport and limits on "
        "short-term rentals",
        MARCHETTI,
        "indirect",
        "added",
        "She",
    ),
    q(
        "it would add the fee to its ticket prices and shorten some tours",
        REISELAND,
        "indirect",
        "said",
        "Reiseland Busreisen, a German coach operator that brings about 30,000 visitors a year to "
        "Montevesca",
        country="DE",
    ),
    q("impossible to manage.", REISELAND, "partial", "called", "The company", country="DE"),
    q(
        "it had been informed of the plan and would assess it as part of a review of the site due "
        "next year",
        UNESCO,
        "indirect",
        "said",
        "UNESCO",
    ),
    p(
        "I'd pay it. I'd pay double to see this without a selfie stick in my eye,",
        HOLBROOK,
        "direct",
        "said",
        "Karen Holbrook, 58, a retired teacher from Ohio",
    ),
    p(
        "Now I split them in two and do the same tour twice? For the same money?",
        BELLUCCI,
        "direct",
        "said",
        "the guide, Stefano Bellucci",
    ),
    q(
        "a first step",
        VIVA,
        "partial",
        "called",
        "The residents' committee Montevesca Viva",
        country="IT",
    ),
    p(
        "the committee would press for a ban on new holiday rentals inside the walls",
        DONATI,
        "indirect",
        "said",
        "Its spokeswoman, Chiara Donati",
    ),
    p(
        "They put up a sign at the gate saying 'Welcome to Montevesca, a living town,'",
        DONATI,
        "direct",
        "said",
        "she",
    ),
    p("We want it to be true.", DONATI, "direct", "said", "she"),
    q(
        "electronic gates, similar to those used in Venice, would be installed at the three "
        "entrances to the old town by March",
        None,
        "indirect",
        "said",
        "Town officials",
        country="IT",
    ),
    p("After that,", FERRARESI, "direct", "said", "she"),
    p("people will remember why they came.", FERRARESI, "direct", "said", "she"),
]

# --- bridge closure, Tessaro County (US local paper, straight "double quotes") ------------
DISTRICT = "Millbrook Area School District"
WHITLOCK = {"speaker": "Dana Whitlock", "role": "chief engineer", "country": "US"}
DOBBINS = {"speaker": "Ray Dobbins", "role": "Chairman", "country": "US"}
BAPTISTE = {"speaker": "Linda Baptiste", "role": "Commissioner", "country": "US"}
OSTROWSKI = {
    "speaker": "Gary Ostrowski",
    "role": "superintendent",
    "country": "US",
    "org": DISTRICT,
}
REILLY = {
    "speaker": "Tom Reilly",
    "role": "Fire Chief",
    "country": "US",
    "org": "Millbrook Volunteer Fire Company",
}
MARSH = {"speaker": "Jenna Marsh", "role": None, "country": "US"}
HAVERTY = {"speaker": "Phil Haverty", "role": "orchard owner", "country": "US"}
WALSH = {
    "speaker": "Erin Walsh",
    "role": "spokesperson",
    "country": "US",
    "org": "Department of Transportation",
}
MENDEZ = {"speaker": "Carla Mendez", "role": "State Representative", "country": "US"}

BRIDGE_Q = [
    p(
        "not the kind of thing you drive a school bus over.",
        WHITLOCK,
        "partial",
        "said",
        "The county's chief engineer",
    ),
    p(
        "the larger crack ran nearly 14 inches along the bottom of a girder near the bridge's "
        "center pier",
        WHITLOCK,
        "indirect",
        "told",
        "The engineer, Dana Whitlock",
    ),
    p(
        "divers would examine the pier this week and that a full load test could take a month",
        WHITLOCK,
        "indirect",
        "said",
        "She",
    ),
    p(
        "I'd rather explain a detour for a year than explain a collapse for the rest of my life,",
        WHITLOCK,
        "direct",
        "said",
        "Whitlock",
    ),
    p(
        "Honestly? I don't know yet. Anyone who gives you a date right now is guessing.",
        WHITLOCK,
        "direct",
        "said",
        "she",
    ),
    q(
        "It carries about 6,800 vehicles a day",
        None,
        "indirect",
        "according to",
        "state traffic counts",
        country="US",
    ),
    q(
        "was rated in fair condition after its last inspection two years ago",
        None,
        "indirect",
        "according to",
        "the inspection report",
        country="US",
    ),
    p(
        "the county had set aside $1.1 million for repairs and would ask the state for emergency "
        "funds",
        DOBBINS,
        "indirect",
        "said",
        "Commission Chairman Ray Dobbins",
    ),
    p(
        "We were told we had until 2030. Mother Nature and a lot of salt trucks had other plans,",
        DOBBINS,
        "direct",
        "said",
        "Dobbins",
    ),
    p(
        "kicked this can down the road",
        BAPTISTE,
        "partial",
        "said",
        "Commissioner Linda Baptiste",
    ),
    p(
        "In 2019 we had a plan and a grant application ready to go,",
        BAPTISTE,
        "direct",
        "said",
        "she",
    ),
    p("We shelved it to fix the courthouse roof.", BAPTISTE, "direct", "said", "she"),
    p(
        "I voted against that, and I would vote against it again.",
        BAPTISTE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the courthouse roof had been leaking into the records room",
        DOBBINS,
        "indirect",
        "said",
        "Dobins",
    ),
    p("the right call with what we knew.", DOBBINS, "partial", "said", "Dobins"),
    q(
        "that two-lane span was already backed up at rush hour",
        None,
        "indirect",
        "said",
        "Residents",
        country="US",
    ),
    q(
        "bus pickups on six routes north of the creek would start 25 minutes earlier beginning "
        "Wednesday",
        DISTRICT,
        "indirect",
        "said in a message",
        "The Millbrook Area School District",
        country="US",
    ),
    p(
        "the district would not penalize students who arrived late this week",
        OSTROWSKI,
        "indirect",
        "said",
        "Its superintendent, Gary Ostrowski",
    ),
    p(
        "his crews could lose as much as eight minutes on calls to farms north of the creek",
        REILLY,
        "indirect",
        "said",
        "Fire Chief Tom Reilly of the Millbrook Volunteer Fire Company",
    ),
    p(
        "Eight minutes is a long time when it's a kitchen fire or a heart attack,",
        REILLY,
        "direct",
        "said",
        "Reilly",
    ),
    q(
        "they were already feeling the closure",
        None,
        "indirect",
        "said",
        "Businesses on the north side of the bridge",
        country="US",
    ),
    p(
        "Saturday breakfast is usually a line out the door. This Saturday I sent two waitresses "
        "home at 10,",
        MARSH,
        "direct",
        "said",
        "Jenna Marsh, who owns the Creekside Diner on Route 9",
    ),
    p(
        "apple pickers from the county seat had canceled three group bookings by Sunday",
        HAVERTY,
        "indirect",
        "said",
        "Her neighbor across the road, orchard owner Phil Haverty",
    ),
    p(
        "the department was reviewing the county's request and would send its own engineers to "
        "look at the bridge this week",
        WALSH,
        "indirect",
        "said",
        "A spokesperson for the state Department of Transportation, Erin Walsh",
    ),
    p(
        "she had asked the governor's office to speed up that review",
        MENDEZ,
        "indirect",
        "said",
        "State Rep. Carla Mendez",
    ),
    p(
        "the previous inspection had followed state guidelines",
        WHITLOCK,
        "indirect",
        "said",
        "Whitlock",
    ),
    p(
        "the crack may have begun under a layer of rust that hid it",
        WHITLOCK,
        "indirect",
        "acknowledged",
        "Whitlock",
    ),
    p("Steel talks, if you know how to listen,", WHITLOCK, "direct", "said", "she"),
    p("This one was whispering.", WHITLOCK, "direct", "said", "she"),
    p(
        "before anyone pours a yard of concrete.",
        BAPTISTE,
        "partial",
        "said",
        "Baptiste",
    ),
    q(
        "The county will post detour updates on its website",
        None,
        "indirect",
        "said",
        "officials",
        country="US",
    ),
]

DOCS = [
    ("heldout14-volcano-java-lawang-eruption-camps", "YOGYAKARTA, Indonesia", VOLCANO_Q),
    ("heldout14-blackout-uruguay-grid-failure", "MONTEVIDEO", BLACKOUT_Q),
    ("heldout14-doping-ashcroft-four-year-ban", None, DOPING_Q),
    ("heldout14-tourism-montevesca-day-tripper-fee", "Montevesca, Italy", TOURISM_Q),
    ("heldout14-bridge-tessaro-county-route-9-closure", None, BRIDGE_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Athletics Britain",
    "Millbrook Area School District",
    "Mines and Energy Ministry",
    "Ministry of Industry and Energy",
    "Montevesca Viva",
    "National Disaster Mitigation Board",
    "National Sport Integrity Tribunal",
    "National Volcanology Agency",
    "Reiseland Busreisen",
    "Transmisora del Plata",
    "Transportation Ministry",
    "UNESCO",
    "Vitalis Nutrition",
)


def main():
    write_gold(
        HERE,
        "heldout14_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout14",
        source="quotesdb held-out 14 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
