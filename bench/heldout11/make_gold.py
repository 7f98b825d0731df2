"""Build heldout11_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout9 (see their READMEs and
bench/heldout11/README.md). Each quote is located by searching its exact text after the
previous quote's end, so the offsets always satisfy text[start:end] == quote text and
the spans of a document never overlap.

    python3 bench/heldout11/make_gold.py   # writes bench/heldout11/heldout11_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- election: Malawi presidential count and observers (curly “double quotes”) -------
ADR = {"speaker": "Alliance for Democratic Renewal", "country": "MW"}
MEC = {"speaker": "Malawi Electoral Commission", "country": "MW"}
KACHALI = {
    "speaker": "Tamanda Kachali",
    "role": "opposition leader",
    "country": "MW",
    "org": "Alliance for Democratic Renewal",
}
MWAF = {
    "speaker": "Ruth Mwafulirwa",
    "role": "chairperson",
    "country": "MW",
    "org": "Malawi Electoral Commission",
}
SOLVANG = {"speaker": "Henrik Solvang", "role": "chief observer", "org": "EU"}
AU = {"speaker": "African Union"}
MMEREKI = {"speaker": "Kgosi Mmereki", "role": "head", "org": "AU"}
NKHOMA = {"speaker": "Elias Nkhoma", "role": "spokesman", "country": "MW", "org": "State House"}
PHIRI = {"speaker": "Chikondi Phiri", "role": "market trader", "country": "MW"}
UN = {"speaker": "United Nations"}

ELECTION_Q = [
    p("cooked in a back room", ADR, "partial", "said", "Malawi’s main opposition party"),
    q(
        "unacceptably slow",
        None,
        "partial",
        "said",
        "European Union observers",
        org="EU",
    ),
    p(
        "President Gift Chisale of the ruling People’s Progressive Front led with 51.2% of the "
        "vote against 41.6% for opposition leader Tamanda Kachali",
        MEC,
        "indirect",
        "according to",
        "the Malawi Electoral Commission",
    ),
    p("a single figure", KACHALI, "partial", "told", "Kachali, a former finance minister"),
    p(
        "We have seen this film before. In 2019 the courts had to throw out an election, and they "
        "will have to do it again if this commission keeps counting in the dark,",
        KACHALI,
        "direct",
        "said",
        "she",
    ),
    p("We are asking for daylight, not favours.", KACHALI, "direct", "said", "she"),
    p(
        "the delays in Karonga, Chitipa and Rumphi had been caused by flooded roads and a shortage "
        "of fuel for the vehicles carrying result sheets, not by any interference",
        MWAF,
        "indirect",
        "told",
        "The commission’s chairperson, Justice Ruth Mwafulirwa",
    ),
    p(
        "Every tally sheet is signed by the agents of every party. Nobody is hiding anything,",
        MWAF,
        "direct",
        "said",
        "Mwafulirwa",
    ),
    p(
        "the final results would be announced by Friday, within the eight days allowed by law",
        MWAF,
        "indirect",
        "said",
        "She",
    ),
    p("that was a matter for the courts", MWAF, "indirect", "said", "she"),
    p(
        "orderly and largely transparent",
        SOLVANG,
        "partial",
        "said",
        "The chief observer of the EU mission, Henrik Solvang",
    ),
    p("well behind any reasonable schedule", SOLVANG, "partial", "warned", "Henrik Solvang"),
    p(
        "The question is not whether people voted freely. They did. The question is whether every "
        "vote is counted where people can see it,",
        SOLVANG,
        "direct",
        "told",
        "Solvang",
    ),
    p(
        "in a peaceful and largely credible manner",
        AU,
        "partial",
        "said",
        "The African Union’s observer mission",
    ),
    p(
        "Malawians queued for hours in the rain. They deserve a result that both winners and "
        "losers can live with.",
        MMEREKI,
        "direct",
        "said",
        "Its head, Kgosi Mmereki",
    ),
    p(
        "the ruling party had pressured election officials",
        NKHOMA,
        "indirect",
        "denied",
        "A State House spokesman, Elias Nkhoma",
    ),
    p(
        "preparing its excuses",
        NKHOMA,
        "partial",
        "saying",
        "A State House spokesman, Elias Nkhoma",
    ),
    p(
        "Dr. Kachali lost in 2019 and she is losing now. Shouting at the commission will not "
        "change the arithmetic,",
        NKHOMA,
        "direct",
        "said",
        "Nkhoma",
    ),
    p(
        "The opposition is simply trying to frighten investors and donors,",
        NKHOMA,
        "direct",
        "added",
        "he",
    ),
    p(
        "she had waited six hours to vote at a school where the lights failed after dark",
        PHIRI,
        "indirect",
        "said",
        "market trader Chikondi Phiri, 34",
    ),
    p(
        "I voted at five in the morning. I want to know that my vote is inside that number,",
        PHIRI,
        "direct",
        "said",
        "she",
    ),
    p("Is that too much to ask?", PHIRI, "direct", "said", "she"),
    q(
        "several Western embassies had privately urged both camps to avoid declaring victory "
        "before the final count",
        None,
        "indirect",
        "said",
        "Diplomats in Lilongwe",
    ),
    p("it was following the count closely", UN, "indirect", "said", "The United Nations"),
    p("to show restraint", UN, "indirect", "urged", "The United Nations"),
    p(
        "the commission had invited party agents to witness the opening of ballot boxes in Karonga",
        MWAF,
        "indirect",
        "said",
        "Mwafulira",
    ),
    p("a gesture of good faith, not a recount", MWAF, "partial", "described", "she"),
]

# --- trade: Mexican tariff on U.S. white corn, Kansas (straight "double quotes") ------
PGGA = {"speaker": "Prairie Grain Growers Association", "country": "US"}
IBARRA = {
    "speaker": "Rocío Ibarra Salgado",
    "role": "Economy Minister",
    "country": "MX",
    "org": "Economy Ministry",
}
VOSSBERG = {"speaker": "Dale Vossberg", "country": "US"}
LINDQVIST = {
    "speaker": "Marcy Lindqvist",
    "role": "president",
    "country": "US",
    "org": "Prairie Grain Growers Association",
}
ACHTERBERG = {
    "speaker": "Tom Achterberg",
    "role": "deputy",
    "country": "US",
    "org": "Prairie Grain Growers Association",
}
USTR = "Office of the U.S. Trade Representative"
FERREYRA = {
    "speaker": "Ana Lucía Ferreyra",
    "role": "agricultural economist",
    "country": "US",
    "org": "Brightwater Commodities",
}
USDA = {"speaker": "Agriculture Department", "country": "US"}

TARIFF_Q = [
    p(
        "Mexico's new tariff on American white corn could cost Kansas growers as much as "
        "$400 million a year",
        PGGA,
        "indirect",
        "warned",
        "a state farm group",
    ),
    q(
        "they had nowhere else to sell their crop",
        None,
        "indirect",
        "said",
        "farmers who planted for the Mexican tortilla market",
        country="US",
    ),
    p(
        "the millions of small producers who grow the corn our grandmothers ground by hand",
        IBARRA,
        "partial",
        "said",
        "Mexican Economy Minister Rocío Ibarra Salgado",
    ),
    p(
        "This is not a measure against anyone. It is a measure for our farmers,",
        IBARRA,
        "direct",
        "said",
        "Ibarra",
    ),
    p(
        "the mill had already told him it would cancel its order for next year's crop",
        VOSSBERG,
        "indirect",
        "said",
        "He",
    ),
    p(
        "I planted what they asked me to plant. I bought the seed they told me to buy,",
        VOSSBERG,
        "direct",
        "said",
        "Vossberg",
    ),
    p(
        "Now I've got a year's work sitting here and a buyer who won't pick up the phone.",
        VOSSBERG,
        "direct",
        "said",
        "Vossberg",
    ),
    p(
        "My dad went through the grain embargo in 1980. He used to say Washington fights the wars "
        "and the farmer pays for the ammunition. I never understood that until this week.",
        VOSSBERG,
        "direct",
        "said",
        "Vossberg",
    ),
    p(
        "it had asked the Agriculture Department for emergency payments",
        PGGA,
        "indirect",
        "said",
        "The Prairie Grain Growers Association",
    ),
    p(
        "to file a complaint under the U.S.-Mexico-Canada Agreement",
        PGGA,
        "indirect",
        "urged",
        "The Prairie Grain Growers Association",
    ),
    p(
        "the group's estimate assumed Mexican mills would switch to corn from Brazil and South "
        "Africa within a single season",
        LINDQVIST,
        "indirect",
        "said",
        "Its president, Marcy Lindqvist",
    ),
    p(
        "People hear 'tariff' and think it's a number on a spreadsheet. Out here it's whether a "
        "family keeps the land,",
        LINDQVIST,
        "direct",
        "said",
        "she",
    ),
    p(
        "several members had asked whether they should plant white corn at all next spring",
        ACHTERBERG,
        "indirect",
        "said",
        "Her deputy, Tom Achterberg",
    ),
    q(
        "reviewing all options",
        None,
        "partial",
        "said",
        "A spokesperson for the Office of the U.S. Trade Representative",
        country="US",
        org=USTR,
    ),
    q(
        "had raised the matter with Mexican officials",
        None,
        "indirect",
        "said",
        "A spokesperson for the Office of the U.S. Trade Representative",
        country="US",
        org=USTR,
    ),
    p(
        "the tariff had less to do with farmers than with politics in Mexico ahead of midterm "
        "elections in June",
        FERREYRA,
        "indirect",
        "said",
        "Ana Lucía Ferreyra, an agricultural economist at the Kansas City consultancy "
        "Brightwater Commodities",
    ),
    p(
        "White corn is a symbol there. Nobody in Mexico City loses votes by standing up to "
        "American grain,",
        FERREYRA,
        "direct",
        "said",
        "Ferreyra",
    ),
    p(
        "The real risk is that Washington answers with a tariff of its own.",
        FERREYRA,
        "direct",
        "said",
        "Ferreyra",
    ),
    p(
        "Mexico bought about 1.1 million metric tons of U.S. white corn last year",
        USDA,
        "indirect",
        "according to",
        "Agriculture Department data",
    ),
    p(
        "If that happens, the fight over yellow corn comes next,",
        FERREYRA,
        "direct",
        "added",
        "she",
    ),
    q(
        "they had already called seed dealers to switch next spring's order to sorghum or wheat",
        None,
        "indirect",
        "said",
        "Some growers",
        country="US",
    ),
    p(
        "the association would send a delegation to Washington next week",
        LINDQVIST,
        "indirect",
        "told",
        "Lindquist",
    ),
    p(
        "Who is going to buy 90 million bushels of white corn in February? Tell me that and I'll "
        "go home,",
        LINDQVIST,
        "direct",
        "said",
        "she",
    ),
]

# --- environment: a water company fined for sewage spills, Devon (‘single quotes’) ----
EA = {"speaker": "Environment Agency", "country": "GB"}
CARRAWAY = {"speaker": "Helen Carraway", "role": "Judge", "country": "GB"}
PELLOW = {
    "speaker": "Graham Pellow",
    "role": "chief executive",
    "country": "GB",
    "org": "Tamar Vale Water",
}
TVW = {"speaker": "Tamar Vale Water", "country": "GB"}
TREG = {"speaker": "Jenny Tregarthen", "country": "GB", "org": "Lymbridge Dippers"}
OJO = {"speaker": "Sarah Ojo", "role": "Labour MP", "country": "GB", "org": "Labour"}
OFWAT = {"speaker": "Ofwat", "country": "GB"}
NANCE = {
    "speaker": "Philip Nance",
    "role": "area director",
    "country": "GB",
    "org": "Environment Agency",
}
ODUYA = {
    "speaker": "Rachel Oduya",
    "role": "senior investigator",
    "country": "GB",
    "org": "Environment Agency",
}
DEFRA = "Department for Environment, Food and Rural Affairs"

SEWAGE_Q = [
    p("treated the river as a free drain", EA, "partial", "saying", "the regulator"),
    p(
        "Tamar Vale Water admitted 38 breaches of its permits at its Lymbridge treatment works "
        "between 2022 and 2024",
        EA,
        "indirect",
        "according to",
        "the Environment Agency",
    ),
    p("profit and convenience", CARRAWAY, "partial", "said", "Judge Helen Carraway"),
    p("on at least 200 occasions", CARRAWAY, "partial", "said", "Judge Helen Carraway"),
    p(
        "This was not an accident. It was a choice, made again and again, by people who knew "
        "exactly where the sewage was going,",
        CARRAWAY,
        "direct",
        "said",
        "she",
    ),
    p(
        "deeply regrets",
        PELLOW,
        "partial",
        "said",
        "Tamar Vale’s chief executive, Graham Pellow",
    ),
    p(
        "had spent £60m upgrading the works since 2024",
        PELLOW,
        "indirect",
        "said",
        "Tamar Vale’s chief executive, Graham Pellow",
    ),
    p(
        "We fell short of what our customers and the river deserve. We haven’t asked for sympathy "
        "and we don’t expect any,",
        PELLOW,
        "direct",
        "said",
        "he",
    ),
    p(
        "the company had deliberately hidden the scale of the spills from regulators",
        PELLOW,
        "indirect",
        "denied",
        "He",
    ),
    p("honestly but wrongly", PELLOW, "partial", "saying", "He"),
    p("it would not appeal", TVW, "indirect", "said", "The company"),
    p(
        "members had been falling ill for years before anyone listened",
        TREG,
        "indirect",
        "said",
        "Jenny Tregarthen, 58, who founded the sea-swimming group the Lymbridge Dippers",
    ),
    p(
        "We were told we were scaremongering. We were told the water was fine. Then the children "
        "started getting ear infections,",
        TREG,
        "direct",
        "said",
        "she",
    ),
    p(
        "Fourteen million pounds – is that what a summer is worth?",
        TREG,
        "direct",
        "said",
        "she",
    ),
    p(
        "the fine should come out of shareholders’ dividends rather than customers’ bills",
        OJO,
        "indirect",
        "said",
        "Sarah Ojo, the Labour MP for Lymbridge and Kingsmoor",
    ),
    p(
        "to ban bonuses for the company’s directors until the works met its permits",
        OJO,
        "indirect",
        "urged",
        "She",
    ),
    p(
        "it was examining whether the company’s owners had breached their licence conditions and "
        "could impose a further penalty",
        OFWAT,
        "indirect",
        "said",
        "Ofwat, the industry regulator",
    ),
    p(
        "Every water company in the country should read this judgment. The days when a fine was "
        "cheaper than fixing the pipes are over.",
        NANCE,
        "direct",
        "said",
        "The Environment Agency’s area director, Philip Nance",
    ),
    p(
        "We will be back in court if we have to, and so will the next company,",
        NANCE,
        "direct",
        "added",
        "he",
    ),
    q(
        "not hesitate",
        None,
        "partial",
        "said",
        "A spokesperson for the Department for Environment, Food and Rural Affairs",
        country="GB",
        org=DEFRA,
    ),
    q(
        "several holiday lets on the seafront had lost bookings for two summers, and that a beach "
        "café had closed for good",
        None,
        "indirect",
        "said",
        "Residents who attended the hearing",
        country="GB",
    ),
    p(
        "one pump at the works had been switched off by hand for eleven days in August 2023",
        ODUYA,
        "indirect",
        "told",
        "Nance’s colleague, senior investigator Rachel Oduya",
    ),
    p("It was not broken. Someone turned it off,", ODUYA, "direct", "said", "she"),
    p(
        "the company had not been able to identify the member of staff responsible",
        PELLOW,
        "indirect",
        "said",
        "Pellow",
    ),
    p(
        "to remind everyone what we are fighting for",
        TREG,
        "partial",
        "said",
        "Tregarthan",
    ),
]

# --- rail: chlorine train derailment, Montana (curly “double quotes”) -----------------
HOLLISTER = {"speaker": "Wade Hollister", "role": "Sheriff", "country": "US"}
GPP = {"speaker": "Great Plains & Pacific Railway", "country": "US"}
REYES = {"speaker": "Marisol Reyes-Kane", "role": "Fire Chief", "country": "US"}
WESTER = {
    "speaker": "Carla Westergaard",
    "role": "Board member",
    "country": "US",
    "org": "National Transportation Safety Board",
}
MARR = {
    "speaker": "Douglas Marr",
    "role": "chief executive",
    "country": "US",
    "org": "Great Plains & Pacific Railway",
}
STAVROS = {
    "speaker": "Kurt Stavros",
    "role": "state legislative director",
    "country": "US",
    "org": "Rail Crew Workers Union",
}
EBERLE = {"speaker": "Janet Eberle", "role": "Gov.", "country": "US"}
TOLLIVER = {"speaker": "Bill Tolliver", "role": "Rancher", "country": "US"}
FRA = "Federal Railroad Administration"

RAIL_Q = [
    p(
        "the longest 36 hours this town has ever had",
        HOLLISTER,
        "partial",
        "called",
        "the county’s sheriff",
    ),
    p(
        "Twenty-two cars of a 97-car Great Plains & Pacific Railway train left the tracks at the "
        "Little Sage Creek bridge late Monday, and one tank car leaked chlorine for nearly five "
        "hours before crews sealed it",
        GPP,
        "indirect",
        "said",
        "the railroad",
    ),
    p(
        "Three railroad workers and a rancher were treated for breathing problems at a hospital "
        "in Billings and released",
        REYES,
        "indirect",
        "according to",
        "Pelton Junction Fire Chief Marisol Reyes-Kane",
    ),
    p(
        "the evacuation order for everything within two miles of the crash site would stay in "
        "place at least until Thursday morning",
        HOLLISTER,
        "indirect",
        "said",
        "Sheriff Wade Hollister",
    ),
    p(
        "I know people want to go home. I want them to go home,",
        HOLLISTER,
        "direct",
        "said",
        "Hollister",
    ),
    p(
        "But chlorine doesn’t care how tired you are.",
        HOLLISTER,
        "direct",
        "said",
        "Hollister",
    ),
    p(
        "We went door to door on Monday night with masks on. Some folks didn’t want to leave "
        "their dogs, some didn’t want to leave their cattle. We got everybody out.",
        HOLLISTER,
        "direct",
        "said",
        "Hollister",
    ),
    p(
        "Nobody is going back until the numbers say it’s safe.",
        HOLLISTER,
        "direct",
        "said",
        "Hollister",
    ),
    p(
        "the team would examine an overheated wheel bearing picked up by a trackside sensor about "
        "20 miles before the crash",
        WESTER,
        "indirect",
        "told",
        "Board member Carla Westergaard",
    ),
    p("far too early", WESTER, "partial", "cautioned", "Board member Carla Westergaard"),
    p(
        "We will look at the train, the track, the crew and the signals. We always do,",
        WESTER,
        "direct",
        "said",
        "she",
    ),
    p(
        "What did the detector see, and what did anybody do about it? Those are the questions.",
        WESTER,
        "direct",
        "said",
        "she",
    ),
    p(
        "it would pay for hotel rooms and meals for every evacuated family and had opened a "
        "claims office in Rockvale",
        GPP,
        "indirect",
        "said",
        "Great Plains & Pacific",
    ),
    p(
        "We are deeply sorry for what the people of Pelton Junction are going through. We will "
        "be here until the last car is gone and the last test comes back clean.",
        MARR,
        "direct",
        "said",
        "The railroad’s chief executive, Douglas Marr",
    ),
    p(
        "the railroad had cut the number of track inspectors on the line by half since 2019",
        STAVROS,
        "indirect",
        "said",
        "Kurt Stavros, a state legislative director for the Rail Crew Workers Union",
    ),
    p("staffing played any role", GPP, "indirect", "denied", "The railroad"),
    p(
        "its inspection schedule exceeded federal requirements",
        GPP,
        "indirect",
        "saying",
        "The railroad",
    ),
    p(
        "she had asked the Federal Railroad Administration to review every hazardous-materials "
        "train crossing the state",
        EBERLE,
        "indirect",
        "said",
        "Montana Gov. Janet Eberle",
    ),
    p("like fog coming off a pond", TOLLIVER, "partial", "said", "Rancher Bill Tolliver, 71"),
    p("two of his calves had died", TOLLIVER, "indirect", "said", "Rancher Bill Tolliver, 71"),
    p(
        "Nobody told us what was on that train. We found out from the TV,",
        TOLLIVER,
        "direct",
        "said",
        "he",
    ),
    p("Twice in two years is not bad luck,", TOLLIVER, "direct", "added", "he"),
    q(
        "the agency had inspectors at the site",
        None,
        "indirect",
        "said",
        "A spokesperson for the Federal Railroad Administration",
        country="US",
        org=FRA,
    ),
    q(
        "they had not been told when they could fetch medication left behind in their homes",
        None,
        "indirect",
        "said",
        "Several families at the Rockvale gym",
        country="US",
    ),
    p(
        "air readings in the town had dropped sharply overnight",
        HOLLISTER,
        "indirect",
        "said",
        "Hollester",
    ),
    p("Is it good news? It’s better news,", HOLLISTER, "direct", "said", "he"),
]

# --- mining: gold mine collapse, Peru (straight "double quotes") ---------------------
ALTI = {"speaker": "Altiplano Gold Corp.", "country": "CA"}
QUISPE = {"speaker": "Elena Quispe", "role": "Dr.", "country": "PE"}
DELACROIX = {
    "speaker": "Martin Delacroix",
    "role": "chief executive",
    "country": "CA",
    "org": "Altiplano Gold Corp.",
}
VILLA = {"speaker": "Óscar Villafuerte", "role": "Energy and Mines Minister", "country": "PE"}
MAMANI = {"speaker": "Rosa Mamani", "country": "PE"}
UNION = {"speaker": "Huancapampa Mine Workers' Union", "country": "PE"}
CCAMA = {
    "speaker": "Wilber Ccama",
    "role": "secretary general",
    "country": "PE",
    "org": "Huancapampa Mine Workers' Union",
}
ILO = {"speaker": "International Labour Organization", "org": "ILO"}

MINE_Q = [
    p(
        "Rescuers on Saturday pulled four miners alive from a collapsed gold mine in Peru's "
        "southern Andes, but three others remained trapped more than 300 meters underground",
        ALTI,
        "indirect",
        "said",
        "the mine's Canadian owner",
    ),
    p(
        "dehydrated and exhausted but talking and joking",
        QUISPE,
        "partial",
        "according to",
        "Dr. Elena Quispe",
    ),
    p(
        "They asked for Coca-Cola and for their mothers. In that order,",
        QUISPE,
        "direct",
        "said",
        "Quispe",
    ),
    p(
        "a section of tunnel collapsed early Thursday after days of heavy rain, and that "
        "ventilation and a water line to the trapped men were still working",
        ALTI,
        "indirect",
        "said",
        "Altiplano Gold Corp., which is based in Vancouver",
    ),
    p(
        "We can hear them on the phone line. They know we are coming. We will not stop drilling "
        "until every one of them is out.",
        DELACROIX,
        "direct",
        "said",
        "The company's chief executive, Canadian mining engineer Martin Delacroix",
    ),
    p(
        "the government had sent 40 rescuers from the national mine rescue brigade",
        VILLA,
        "indirect",
        "said",
        "Peruvian Energy and Mines Minister Óscar Villafuerte",
    ),
    p(
        "from top to bottom",
        VILLA,
        "partial",
        "said",
        "Peruvian Energy and Mines Minister Óscar Villafuerte",
    ),
    p(
        "This is not the moment to look for culprits. It is the moment to get them out,",
        VILLA,
        "direct",
        "told",
        "Villafuerte",
    ),
    q(
        "they had been given almost no information by the company",
        None,
        "indirect",
        "said",
        "Relatives of the trapped men",
        country="PE",
    ),
    p(
        "she had spoken to him for less than a minute on Friday night through the emergency phone "
        "line",
        MAMANI,
        "indirect",
        "said",
        "Rosa Mamani, whose husband, Julián Condori, 42, is among the three still underground",
    ),
    p(
        "He asked me if the children had eaten. That was the first thing he asked,",
        MAMANI,
        "direct",
        "said",
        "she",
    ),
    p("How can they tell me to be patient?", MAMANI, "direct", "said", "she"),
    p(
        "it had warned managers in October about water seeping into the lower tunnels",
        UNION,
        "indirect",
        "said",
        "The Huancapampa Mine Workers' Union",
    ),
    p(
        "ignored every warning we gave them",
        CCAMA,
        "partial",
        "said",
        "Its secretary general, Wilber Ccama",
    ),
    p(
        "it had received any written warning from the union about the tunnel",
        ALTI,
        "indirect",
        "denied",
        "Altiplano",
    ),
    p(
        "People go down there to feed their families, not to die,",
        CCAMA,
        "direct",
        "added",
        "he",
    ),
    p(
        "to ratify a convention on safety in mines",
        ILO,
        "indirect",
        "urged",
        "The U.N.'s International Labour Organization",
    ),
    p(
        "following events closely",
        ILO,
        "partial",
        "said",
        "The U.N.'s International Labour Organization",
    ),
    q(
        "about 300 relatives and onlookers had gathered by Saturday afternoon",
        None,
        "indirect",
        "said",
        "A police commander at the gate",
        country="PE",
    ),
    p(
        "a second drill had reached 280 meters",
        DELACROIX,
        "indirect",
        "told",
        "Delacroux",
    ),
    p("by Monday, if the rock lets us", DELACROIX, "partial", "told", "Delacroux"),
]

DOCS = [
    ("heldout11-election-malawi-observers-count", "LILONGWE, Malawi", ELECTION_Q),
    ("heldout11-trade-kansas-white-corn-tariff", "HOLCOMB RIDGE, Kan.", TARIFF_Q),
    ("heldout11-environment-tamar-vale-sewage-fine", None, SEWAGE_Q),
    ("heldout11-rail-pelton-junction-chlorine-derailment", "PELTON JUNCTION, Mont.", RAIL_Q),
    ("heldout11-mining-huancapampa-gold-mine-collapse", "HUANCAPAMPA, Peru", MINE_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "African Union",
    "Agriculture Department",
    "Alliance for Democratic Renewal",
    "Altiplano Gold Corp.",
    "Environment Agency",
    "Great Plains & Pacific Railway",
    "Huancapampa Mine Workers' Union",
    "International Labour Organization",
    "Malawi Electoral Commission",
    "Ofwat",
    "Prairie Grain Growers Association",
    "Tamar Vale Water",
    "United Nations",
)


def main():
    write_gold(
        HERE,
        "heldout11_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout11",
        source="quotesdb held-out 11 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
