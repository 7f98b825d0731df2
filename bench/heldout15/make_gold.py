"""Build heldout15_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout14 (see
bench/heldout14/README.md and bench/heldout15/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout15/make_gold.py   # writes bench/heldout15/heldout15_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- coalition collapse, Prague (Reuters style, straight "double quotes") ---------------
GREENS = "Green Union"
CIVIC = "Civic Forward"
AGRARIANS = "Agrarian People's Party"
BENESOVA = {"speaker": "Klara Benesova", "role": "leader", "country": "CZ", "org": GREENS}
HRUBY = {"speaker": "Tomas Hruby", "role": "Prime Minister", "country": "CZ", "org": CIVIC}
MACH = {"speaker": "Ondrej Mach", "role": "Finance Minister", "country": "CZ", "org": CIVIC}
HOLA = {"speaker": "Petra Hola", "role": "Environment Minister", "country": "CZ", "org": GREENS}
DVORAK = {"speaker": "Lukas Dvorak", "role": "deputy leader", "country": "CZ", "org": GREENS}
VLCEK = {"speaker": "Radek Vlcek", "role": "chairman", "country": "CZ", "org": AGRARIANS}
KRAUSOVA = {
    "speaker": "Jana Krausova",
    "role": "chief economist",
    "country": "CZ",
    "org": "Vltava Bank",
}
BRANDAUER = {"speaker": "Felix Brandauer", "role": "spokesman", "country": "DE"}
KUBAT = {"speaker": "Miroslav Kubat", "role": "retired tram driver", "country": "CZ"}
DVORAK_SRC = "Her party's deputy leader, Lukas Dvorak"

COALITION_Q = [
    q(
        "Czech Prime Minister Tomas Hruby's three-party coalition collapsed on Thursday after "
        "the Green Union walked out over a pension reform, leaving his government without a "
        "majority in parliament four months before a budget deadline",
        None,
        "indirect",
        "said",
        "party officials",
        country="CZ",
    ),
    p(
        "her party's seven deputies would no longer support the cabinet and that its two "
        "ministers had handed in their resignations",
        BENESOVA,
        "indirect",
        "told",
        "The Green Union's leader, Klara Benesova",
    ),
    p(
        "We did not join this government to balance the budget on the backs of pensioners. We "
        "warned the prime minister three times, and three times he did not listen,",
        BENESOVA,
        "direct",
        "said",
        "Benesova",
    ),
    p(
        "he would not resign and would govern as a minority until the 2026 budget was passed",
        HRUBY,
        "indirect",
        "said",
        "Hruby",
    ),
    p("The country needs a budget, not an early election,", HRUBY, "direct", "told", "he"),
    p(
        "If the opposition wants to bring me down, they know where the door is.",
        HRUBY,
        "direct",
        "told",
        "he",
    ),
    p(
        "He would present a revised pension plan to the cabinet on Monday",
        HRUBY,
        "indirect",
        "added",
        "he",
    ),
    q(
        "the president would meet the leaders of all parliamentary parties on Monday and would "
        "not accept the resignations of the two Green ministers before then",
        "Prague Castle",
        "indirect",
        "said",
        "Prague Castle",
        country="CZ",
    ),
    q(
        "the changes would save 38 billion crowns ($1.6 billion) a year",
        "Finance Ministry",
        "indirect",
        "said",
        "The Finance Ministry",
        country="CZ",
    ),
    p(
        "not negotiable",
        MACH,
        "partial",
        "said",
        "Finance Minister Ondrej Mach, a Civic Forward deputy",
    ),
    p(
        "the reform would go to a vote with or without the Greens",
        MACH,
        "indirect",
        "said",
        "Finance Minister Ondrej Mach, a Civic Forward deputy",
    ),
    q(
        "Hruby had offered the Greens a smaller rise in the retirement age late on Wednesday "
        "and that Benesova had turned it down after a call with her party's regional leaders",
        None,
        "indirect",
        "said",
        "Two people familiar with the talks",
    ),
    p("Nobody leaves a government for fun,", BENESOVA, "direct", "said", "Benesova"),
    p(
        "We leave because staying would mean voting for something we promised our voters we "
        "would never vote for.",
        BENESOVA,
        "direct",
        "said",
        "Benesova",
    ),
    p(
        "It was an honour. The fight for a fair pension system continues outside the government.",
        HOLA,
        "direct",
        "wrote",
        "Environment Minister Petra Hola, one of the two Green ministers who resigned",
    ),
    p(
        "the Greens would vote for individual bills they agreed with, including military aid "
        "to Ukraine",
        DVORAK,
        "indirect",
        "said",
        DVORAK_SRC,
    ),
    p(
        "they would not back the budget in its current form",
        DVORAK,
        "indirect",
        "warned",
        DVORAK_SRC,
    ),
    q(
        "it would table a no-confidence motion next week",
        AGRARIANS,
        "indirect",
        "said",
        "The opposition Agrarian People's Party",
        country="CZ",
    ),
    p(
        "a corpse that has not yet noticed it is dead.",
        VLCEK,
        "partial",
        "called",
        "Its chairman, Radek Vlcek",
    ),
    p(
        "his party had already spoken to two independent deputies about backing the motion",
        VLCEK,
        "indirect",
        "said",
        "Vlchek",
    ),
    p(
        "This coalition promised stability and delivered three reshuffles in eighteen months,",
        VLCEK,
        "direct",
        "said",
        "he",
    ),
    p(
        "Next week we will ask every deputy a simple question: do you trust this man with the "
        "country's money?",
        VLCEK,
        "direct",
        "said",
        "he",
    ),
    p(
        "If the answer is no, then the people should decide, and the sooner the better.",
        VLCEK,
        "direct",
        "said",
        "he",
    ),
    p(
        "I do not deal in hypotheticals. I deal in budgets.",
        HRUBY,
        "direct",
        "said",
        "Hruby",
    ),
    q(
        "the reaction was muted because investors expected Hruby to survive at least until the "
        "budget vote in March",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "Investors have seen this film before in Prague. What matters is whether the budget "
        "passes with a deficit below 2.5% of GDP, and that is still the likeliest outcome,",
        KRAUSOVA,
        "direct",
        "said",
        "Jana Krausova, chief economist at Vltava Bank in Prague",
    ),
    q(
        "it was following developments and expected Prague to keep to its commitments under "
        "the bloc's fiscal rules",
        "European Commission",
        "indirect",
        "said",
        "The European Commission",
    ),
    p(
        "a reliable partner",
        BRANDAUER,
        "partial",
        "told",
        "German government spokesman Felix Brandauer",
    ),
    q(
        "without a single conversation",
        "Czech Seniors' Council",
        "partial",
        "said",
        "The Czech Seniors' Council, which represents more than 400,000 members",
        country="CZ",
    ),
    p(
        "Every year a new plan, every year a new crisis. My pension is the same, only the bread "
        "costs more,",
        KUBAT,
        "direct",
        "said",
        "Miroslav Kubat, a 71-year-old retired tram driver",
    ),
]

# --- border clash, Kyrgyzstan and Tajikistan (AP style, curly “double quotes”) ----------
BORDER_SVC = "State Border Service"
TOKTOGULOV = {"speaker": "Aibek Toktogulov", "role": "Foreign Minister", "country": "KG"}
NAZAROV = {"speaker": "Firuz Nazarov", "role": "Foreign Minister", "country": "TJ"}
SADYKOV = {
    "speaker": "Nurlan Sadykov",
    "role": "head",
    "country": "KG",
    "org": "Batken regional administration",
}
MUSAEVA = {
    "speaker": "Ainura Musaeva",
    "role": "chief doctor",
    "country": "KG",
    "org": "Batken regional hospital",
}
ASANOVA = {"speaker": "Gulnara Asanova", "country": "KG"}
VORONOVA = {
    "speaker": "Yelena Voronova",
    "role": "spokeswoman",
    "country": "RU",
    "org": "Foreign Ministry",
}
DELGADO = {"speaker": "Marco Delgado", "role": "spokesman", "org": "UN"}
BEKOV = {
    "speaker": "Erlan Bekov",
    "role": "political analyst",
    "country": "KZ",
    "org": "Central Asia Policy Institute",
}
BAKYT = {"speaker": "Bakyt", "role": "farmer", "country": "KG"}
BAKYT_SRC = "a farmer who gave his name only as Bakyt"

BORDER_Q = [
    q(
        "Border guards from Kyrgyzstan and Tajikistan exchanged fire for several hours Tuesday "
        "near a disputed irrigation canal in the Fergana Valley, killing at least three people "
        "and forcing hundreds of villagers to flee",
        None,
        "indirect",
        "said",
        "officials on both sides",
    ),
    q(
        "The shooting began shortly after dawn when a Tajik work crew tried to repair a sluice "
        "gate on the disputed canal",
        BORDER_SVC,
        "indirect",
        "according to",
        "Kyrgyzstan’s State Border Service",
        country="KG",
    ),
    q(
        "two of its guards and a civilian had been killed and that five people had been "
        "wounded, two of them seriously",
        BORDER_SVC,
        "indirect",
        "said",
        "The service",
        country="KG",
    ),
    q(
        "Tajik forces had used mortars against a border post near the village of Kok-Tash",
        BORDER_SVC,
        "indirect",
        "said",
        "It",
        country="KG",
    ),
    q(
        "Kyrgyz guards had fired first",
        "State Committee for National Security",
        "indirect",
        "said",
        "Tajikistan’s State Committee for National Security",
        country="TJ",
    ),
    q(
        "responded in proportion to the threat.",
        "State Committee for National Security",
        "partial",
        "said",
        "Tajikistan’s State Committee for National Security",
        country="TJ",
    ),
    p(
        "Nobody has the right to settle a question of water with mortars. We have asked for a "
        "cease-fire, and we expect an answer today, not next week,",
        TOKTOGULOV,
        "direct",
        "told",
        "Toktogulov",
    ),
    p(
        "he had spoken by phone with his Tajik counterpart, Firuz Nazarov, and that both had "
        "agreed to pull heavy weapons back from the line by evening",
        TOKTOGULOV,
        "indirect",
        "said",
        "He",
    ),
    p("ready for dialogue without preconditions", NAZAROV, "partial", "said", "Nazarov"),
    p("provocations", NAZAROV, "partial", "said", "Nazarov"),
    p(
        "about 1,800 people had been taken to schools and a sports hall in the regional capital",
        SADYKOV,
        "indirect",
        "said",
        "The head of the Batken regional administration",
    ),
    p(
        "The buses are still running. People left with what they could carry, and some left "
        "barefoot,",
        SADYKOV,
        "direct",
        "said",
        "the official, Nurlan Sadykov",
    ),
    p(
        "We are asking everyone to stay away from the canal until the soldiers have gone,",
        SADYKOV,
        "direct",
        "said",
        "he",
    ),
    p("A house can be rebuilt.", SADYKOV, "direct", "said", "he"),
    p("A child cannot.", SADYKOV, "direct", "said", "he"),
    p(
        "four wounded people had arrived by midafternoon, among them a 12-year-old boy hit by "
        "shrapnel",
        MUSAEVA,
        "indirect",
        "said",
        "the chief doctor, Ainura Musaeva",
    ),
    p(
        "The two countries’ border commissions would meet in the Tajik city of Khujand next "
        "week to go through the disputed section line by line",
        TOKTOGULOV,
        "indirect",
        "said",
        "Toktogolov",
    ),
    q(
        "the shooting was the heaviest they had heard since 2022",
        None,
        "indirect",
        "said",
        "Residents",
        country="KG",
    ),
    p(
        "First we heard the machine guns, then the big explosions. My husband said, ‘Take the "
        "children and go, don’t take anything,’",
        ASANOVA,
        "direct",
        "said",
        "Gulnara Asanova, 46, who runs a shop in Kok-Tash",
    ),
    q(
        "Tajik drones had been seen over the canal for three days before the clash",
        None,
        "indirect",
        "said",
        "A Kyrgyz security official",
        country="KG",
    ),
    q("restraint", "Russia", "indirect", "urged", "Russia", country="RU"),
    p(
        "in constant contact",
        VORONOVA,
        "partial",
        "told",
        "Foreign Ministry spokeswoman Yelena Voronova",
    ),
    p(
        "was ready to help",
        VORONOVA,
        "indirect",
        "told",
        "Foreign Ministry spokeswoman Yelena Voronova",
    ),
    q(
        "it was prepared to host talks between the two sides in Astana",
        "Foreign Ministry",
        "indirect",
        "said",
        "Kazakhstan’s Foreign Ministry",
        country="KZ",
    ),
    p("deeply concerned", DELGADO, "partial", "said", "U.N. spokesman Marco Delgado"),
    p(
        "to return to the negotiating table and stay there.",
        DELGADO,
        "partial",
        "called on",
        "He",
    ),
    q(
        "exclusively by peaceful means.",
        "European Union",
        "partial",
        "said",
        "The European Union",
    ),
    q(
        "the clash was likely to delay a border agreement that officials in both capitals had "
        "described as nearly finished",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "Both governments have invested a lot in that deal. This is a reminder of how little it "
        "takes, one sluice gate, to undo a year of work,",
        BEKOV,
        "direct",
        "said",
        "Erlan Bekov, a political analyst at the Central Asia Policy Institute in Almaty",
    ),
    q(
        "By nightfall the firing had stopped",
        BORDER_SVC,
        "indirect",
        "said",
        "the State Border Service",
        country="KG",
    ),
    q(
        "its posts remained on high alert",
        BORDER_SVC,
        "indirect",
        "warned",
        "it",
        country="KG",
    ),
    p(
        "Where would we go? Our cows are here, our fields are here,",
        BAKYT,
        "direct",
        "said",
        BAKYT_SRC,
    ),
    p("We will wait.", BAKYT, "direct", "said", BAKYT_SRC),
]

# --- fishing row, Channel (British style, ‘single quotes’, no dateline) -----------------
PRYCE = {"speaker": "Daniel Pryce", "role": "fisheries minister", "country": "GB"}
MARCHAL = {"speaker": "Hélène Marchal", "role": "maritime minister", "country": "FR"}
ROWE = {"speaker": "Alan Rowe", "role": "skipper", "country": "GB"}
ELLIE = {"speaker": "Ellie Rowe", "role": "daughter", "country": "GB"}
LEFORT = {
    "speaker": "Jean-Marc Lefort",
    "role": "president",
    "country": "FR",
    "org": "Boulogne fishing committee",
}
LINDQVIST = {"speaker": "Anders Lindqvist", "role": "spokesman", "org": "EU"}
TREGENZA = {
    "speaker": "Mark Tregenza",
    "role": "chief executive",
    "country": "GB",
    "org": "Channel Fishermen’s Federation",
}
OKAFOR = {"speaker": "Rachel Okafor", "role": "shadow environment secretary", "country": "GB"}
PENHALE = {"speaker": "Tom Penhale", "role": "scallop skipper", "country": "GB"}
PRYCE_SRC = "The fisheries minister, Daniel Pryce"
MARCHAL_SRC = "France’s maritime minister, Hélène Marchal"
PREFECTURE = "maritime prefecture"

FISHERIES_Q = [
    q(
        "The Marie Rose, a 15-metre trawler from Newlyn, was escorted into Cherbourg on Tuesday "
        "night after French officers boarded her 14 miles off the Normandy coast",
        PREFECTURE,
        "indirect",
        "according to",
        "the French maritime prefecture",
        country="FR",
    ),
    q(
        "the vessel had been fishing without a valid licence in French waters and that her "
        "skipper would appear before a court in Cherbourg next month",
        PREFECTURE,
        "indirect",
        "said",
        "The prefecture",
        country="FR",
    ),
    p("unjustified and disproportionate", PRYCE, "partial", "told", PRYCE_SRC),
    p("every document the agreement requires", PRYCE, "partial", "told", PRYCE_SRC),
    p(
        "We have checked the paperwork line by line. The licence was issued in March, and it is "
        "valid until the end of the year,",
        PRYCE,
        "direct",
        "said",
        "he",
    ),
    p(
        "If France has a problem with it, the place to raise it is the specialised committee, "
        "not the harbour at Cherbourg.",
        PRYCE,
        "direct",
        "said",
        "he",
    ),
    p(
        "The government would not allow British fishermen to be used as bargaining chips",
        PRYCE,
        "indirect",
        "added",
        "he",
    ),
    p("nothing more, nothing less", MARCHAL, "partial", "said", MARCHAL_SRC),
    p("with more dialogue", MARCHAL, "partial", "acknowledged", MARCHAL_SRC),
    q(
        "French waters are not a free-for-all. Every vessel that fishes in them must hold a "
        "licence, and every licence must be respected.",
        "Ministry of the Sea",
        "direct",
        "said",
        "the French Ministry of the Sea",
        country="FR",
    ),
    p(
        "he and his three crew had been treated well but had not been told when they could leave",
        ROWE,
        "indirect",
        "said",
        "The skipper of the detained trawler",
    ),
    p(
        "They were polite, I’ll give them that,",
        ROWE,
        "direct",
        "said",
        "the skipper, Alan Rowe",
    ),
    p(
        "But they kept us on the quay for six hours and nobody could tell us what we had done "
        "wrong.",
        ROWE,
        "direct",
        "said",
        "the skipper, Alan Rowe",
    ),
    p(
        "I’ve got the licence on the wheelhouse wall. I showed it to them twice, and they took "
        "a photograph of it and then they took the boat.",
        ROWE,
        "direct",
        "said",
        "the skipper, Alan Rowe",
    ),
    p(
        "the family had borrowed against their house to buy the boat in 2019",
        ELLIE,
        "indirect",
        "said",
        "His daughter, Ellie Rowe, who crews the Marie Rose",
    ),
    p(
        "taking advantage",
        LEFORT,
        "partial",
        "said",
        "Jean-Marc Lefort, president of the Boulogne fishing committee",
    ),
    p(
        "Our boats wait months for a British licence. Theirs come into our waters with a paper "
        "and a smile. Enough,",
        LEFORT,
        "direct",
        "said",
        "Lefort",
    ),
    q(
        "they would block the ports of Calais and Boulogne on Friday if the licences of British "
        "boats were not reviewed",
        None,
        "indirect",
        "said",
        "French fishermen",
        country="FR",
    ),
    q(
        "in close contact",
        None,
        "partial",
        "said",
        "A Defra spokesperson",
        country="GB",
        org="Defra",
    ),
    q(
        "consular staff had visited the crew",
        None,
        "indirect",
        "said",
        "A Defra spokesperson",
        country="GB",
        org="Defra",
    ),
    q(
        "it had been informed of the detention",
        "European Commission",
        "indirect",
        "said",
        "The European Commission",
    ),
    p(
        "for the two parties to resolve this in the framework of the agreement",
        LINDQVIST,
        "partial",
        "told",
        "A Commission spokesman, Anders Lindqvist",
    ),
    p(
        "Every week a boat is held is a week with no wages. These are small family businesses, "
        "not pawns in a diplomatic game.",
        TREGENZA,
        "direct",
        "said",
        "Its chief executive, Mark Tregenza",
    ),
    p(
        "let this drift for months",
        OKAFOR,
        "partial",
        "said",
        "The shadow environment secretary, Rachel Okafor",
    ),
    p(
        "should have raised the licence disputes with Paris at the summer summit",
        OKAFOR,
        "indirect",
        "said",
        "The shadow environment secretary, Rachel Okafor",
    ),
    q(
        "officials from both sides had spoken on Wednesday afternoon and that a meeting of the "
        "specialised committee could be brought forward to next week",
        None,
        "indirect",
        "said",
        "People close to the talks",
    ),
    q(
        "Britain would not rule out retaliatory checks on French boats in British waters",
        None,
        "indirect",
        "said",
        "A government source",
        country="GB",
    ),
    q(
        "nobody wants a scallop war",
        None,
        "partial",
        "said",
        "A government source",
        country="GB",
    ),
    p("he had spoken to Marchal by phone", PRYCE, "indirect", "told", "Price"),
    p("frank but constructive", PRYCE, "partial", "told", "Price"),
    p(
        "Every autumn it’s the same story. The French want our scallops and we want their "
        "waters, and the politicians argue while we sit on the quay,",
        PENHALE,
        "direct",
        "said",
        "Tom Penhale, a scallop skipper",
    ),
    p(
        "One day someone will just stop going out.",
        PENHALE,
        "direct",
        "said",
        "Tom Penhale, a scallop skipper",
    ),
]

# --- IAEA board censures Iran, Vienna (AFP style, straight "double quotes") -------------
IAEA = "IAEA"
TAVAKOLI = {"speaker": "Mehdi Tavakoli", "role": "ambassador", "country": "IR"}
WHITCOMBE = {"speaker": "Laura Whitcombe", "role": "ambassador", "country": "US"}
SOLHEIM = {"speaker": "Ingrid Solheim", "role": "director general", "country": "NO", "org": IAEA}
LINDBERG = {"speaker": "Tomas Lindberg", "role": "deputy director general", "org": IAEA}
KARIMI = {
    "speaker": "Hossein Karimi",
    "role": "spokesman",
    "country": "IR",
    "org": "Foreign Ministry",
}
REZAEI = {"speaker": "Ali Rezaei", "role": "lawmaker", "country": "IR"}
LAVRENTYEV = {"speaker": "Sergei Lavrentyev", "role": "envoy", "country": "RU"}
BAUER = {
    "speaker": "Katrin Bauer",
    "role": "non-proliferation researcher",
    "country": "AT",
    "org": "Danube Institute for Security Studies",
}
TAVAKOLI_SRC = "Iran's ambassador to the International Atomic Energy Agency, Mehdi Tavakoli"
E3 = "Britain, France and Germany"
LAVRENTYEV_SRC = "Russia's envoy in Vienna, Sergei Lavrentyev"

NUCLEAR_Q = [
    q("response", "Tehran", "indirect", "vows", "Tehran", country="IR"),
    q(
        "The UN nuclear watchdog's board of governors on Thursday passed a resolution censuring "
        "Iran for failing to cooperate with inspectors, prompting Tehran to warn that it would "
        "cut back access to its nuclear sites",
        None,
        "indirect",
        "said",
        "diplomats",
    ),
    q(
        "The text, drafted by Britain, France, Germany and the United States, was adopted by 20 "
        "votes to three with 12 abstentions",
        None,
        "indirect",
        "according to",
        "two diplomats who attended the closed-door session",
    ),
    q(
        "It calls on Iran to explain the presence of uranium particles at two undeclared sites "
        "and to restore the surveillance cameras removed from its centrifuge workshops",
        None,
        "indirect",
        "said",
        "the diplomats",
    ),
    p("a political act dressed up as a technical one", TAVAKOLI, "partial", "told", TAVAKOLI_SRC),
    p("respond firmly and immediately", TAVAKOLI, "partial", "told", TAVAKOLI_SRC),
    p(
        "Those who drafted this text know very well what they are doing. They are not helping "
        "the agency, they are closing the door on it,",
        TAVAKOLI,
        "direct",
        "told",
        "he",
    ),
    p(
        "Iran had never refused to answer the agency's questions and would continue to do so "
        "within the framework of its obligations",
        TAVAKOLI,
        "indirect",
        "added",
        "he",
    ),
    q("no credible civilian justification", None, "partial", "said", E3),
    q("the door to diplomacy open", None, "partial", "said", E3),
    p(
        "The board has sent a clear message. Iran must cooperate fully, and it must do it now, "
        "not after the next enrichment milestone,",
        WHITCOMBE,
        "direct",
        "said",
        "US ambassador Laura Whitcombe",
    ),
    p(
        "continuity of knowledge",
        SOLHEIM,
        "partial",
        "said",
        "The agency's director general, Ingrid Solheim",
    ),
    p(
        "We can no longer say with confidence how many centrifuges Iran has built, or where "
        "they are. That is not an opinion: it is a fact,",
        SOLHEIM,
        "direct",
        "told",
        "she",
    ),
    p(
        "at short notice",
        SOLHEIM,
        "partial",
        "said",
        "Solheim, a Norwegian diplomat who took office in March",
    ),
    p(
        "inspectors had been denied access to a workshop in Isfahan twice in October",
        LINDBERG,
        "indirect",
        "told",
        "Her deputy for safeguards, Tomas Lindberg",
    ),
    p(
        "a historic mistake",
        KARIMI,
        "partial",
        "called",
        "foreign ministry spokesman Hossein Karimi",
    ),
    p(
        "The Islamic Republic will take appropriate measures, and the responsibility for the "
        "consequences lies entirely with the countries that sponsored this resolution,",
        KARIMI,
        "direct",
        "said",
        "Karimi",
    ),
    p(
        "Iran could install new centrifuges at its Fordo site",
        TAVAKOLI,
        "indirect",
        "had said",
        "Tavakkoli",
    ),
    p(
        "parliament would debate a bill next week to suspend cooperation with the agency "
        "altogether",
        REZAEI,
        "indirect",
        "told",
        "A conservative lawmaker, Ali Rezaei",
    ),
    p("counterproductive", LAVRENTYEV, "partial", "said", LAVRENTYEV_SRC),
    p(
        "would only make the inspectors' work harder",
        LAVRENTYEV,
        "indirect",
        "said",
        LAVRENTYEV_SRC,
    ),
    p(
        "This is the same mistake for the third time. Each time we are told it will bring Iran "
        "back to the table. Each time, it pushes Iran further away,",
        LAVRENTYEV,
        "direct",
        "wrote",
        "he",
    ),
    q(
        "will not solve the problem",
        "Foreign Ministry",
        "partial",
        "said",
        "China's foreign ministry",
        country="CN",
    ),
    q(
        "they did not expect Iran to announce major new steps before the US presidential "
        "inauguration in January",
        None,
        "indirect",
        "said",
        "Western diplomats",
    ),
    q(
        "Everybody in the room knows that a resolution does not change anything on the ground. "
        "The question is what Tehran does next week.",
        None,
        "direct",
        "said",
        "One diplomat, who asked not to be named",
    ),
    q(
        "the vote could pave the way for the Western powers to refer Iran to the UN Security "
        "Council",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "The resolution is a warning shot. The real decision, whether to go to New York, will "
        "come later, and both sides know it,",
        BAUER,
        "direct",
        "said",
        "Katrin Bauer, a non-proliferation researcher at the Danube Institute for Security "
        "Studies in Vienna",
    ),
    p("Tehran will answer with something visible but reversible,", BAUER, "direct", "said", "she"),
    p("It always does.", BAUER, "direct", "said", "she"),
]

# --- Senate confirmation hearing, Washington (US paper, curly “double quotes”) -----------
COMMITTEE = "Senate Energy and Natural Resources Committee"
ELLERY = {"speaker": "Marcus Ellery", "country": "US"}
WHITFIELD = {
    "speaker": "Dana Whitfield",
    "role": "ranking member",
    "country": "US",
    "org": COMMITTEE,
}
CALDER = {"speaker": "Roy Calder", "role": "chairman", "country": "US", "org": COMMITTEE}
HANLON = {"speaker": "Bill Hanlon", "role": "senator", "country": "US"}
TORRES = {
    "speaker": "Megan Torres",
    "role": "press secretary",
    "country": "US",
    "org": "White House",
}
ALVARADO = {
    "speaker": "Corinne Alvarado",
    "role": "president",
    "country": "US",
    "org": "Western Lands Coalition",
}
TSOSIE = {
    "speaker": "Rose Tsosie",
    "role": "chairwoman",
    "country": "US",
    "org": "Three Rivers Tribal Council",
}
MAURY = {
    "speaker": "Dennis Maury",
    "role": "chief of staff",
    "country": "US",
    "org": "High Plains Energy",
}
ELLERY_SRC = (
    "Marcus Ellery, 61, who spent two decades at the Denver-based driller High Plains Energy "
    "before retiring last year"
)
CALDER_SRC = "The committee’s chairman, Sen. Roy Calder (R-Okla.)"
ALVARADO_SRC = "Corinne Alvarado, president of the Western Lands Coalition"
MAURY_SRC = "His former chief of staff at High Plains, Dennis Maury"

CONFIRMATION_Q = [
    p("for every American, not for any one industry", ELLERY, "partial", "told", ELLERY_SRC),
    p(
        "he would sell his remaining shares in the company within 90 days of being confirmed",
        ELLERY,
        "indirect",
        "told",
        ELLERY_SRC,
    ),
    p(
        "I have drilled wells and I have plugged them. I know what a well pad does to a "
        "landscape, and I know what it does for a town’s budget,",
        ELLERY,
        "direct",
        "said",
        "Ellery",
    ),
    p(
        "Both things are true, and the job is to hold both in your head.",
        ELLERY,
        "direct",
        "said",
        "Ellery",
    ),
    p(
        "You were the chief operating officer. Nine days. Who made that decision?",
        WHITFIELD,
        "direct",
        "asked",
        "Whitfield",
    ),
    p(
        "a failure of our reporting system, and ultimately my failure,",
        ELLERY,
        "partial",
        "said",
        "Ellery",
    ),
    p("the company had since changed its procedures", ELLERY, "indirect", "said", "Ellery"),
    p("An apology eight years later is not a plan,", WHITFIELD, "direct", "told", "she"),
    p(
        "I will vote no, and I will urge my colleagues to do the same.",
        WHITFIELD,
        "direct",
        "told",
        "she",
    ),
    p(
        "the most qualified nominee for this job in a generation",
        CALDER,
        "partial",
        "called",
        CALDER_SRC,
    ),
    p(
        "he expected a committee vote before the Thanksgiving recess",
        CALDER,
        "indirect",
        "said",
        CALDER_SRC,
    ),
    p(
        "I like a lot of what I heard. I didn’t hear enough about Montana,",
        HANLON,
        "direct",
        "said",
        "Hanlon (R-Mont.)",
    ),
    p("I want to sit down with him one more time.", HANLON, "direct", "said", "Hanlon (R-Mont.)"),
    q(
        "the senator had asked for a second meeting with Ellery next week",
        None,
        "indirect",
        "said",
        "An aide to Hanlon",
        country="US",
    ),
    p(
        "the experience, the integrity and the temperament",
        TORRES,
        "partial",
        "said",
        "Press secretary Megan Torres",
    ),
    p("with bipartisan support.", TORRES, "partial", "said", "Press secretary Megan Torres"),
    q(
        "the hearing had confirmed their fears",
        None,
        "indirect",
        "said",
        "Environmental groups",
        country="US",
    ),
    p(
        "This is a man who spent his career treating public land as an inventory of drilling "
        "sites,",
        ALVARADO,
        "direct",
        "said",
        ALVARADO_SRC,
    ),
    p("Nothing he said today changes that.", ALVARADO, "direct", "said", ALVARADO_SRC),
    p("he would review the decision", ELLERY, "indirect", "said", "Ellery"),
    p("listen to the tribes first.", ELLERY, "partial", "said", "Ellery"),
    p(
        "He would visit the area before making any decision",
        ELLERY,
        "indirect",
        "said",
        "he",
    ),
    q(
        "they had not been consulted before the acreage was opened",
        None,
        "indirect",
        "said",
        "Leaders of the Three Rivers Tribal Council",
        country="US",
        org="Three Rivers Tribal Council",
    ),
    p(
        "We have heard promises from every secretary. We will judge this one by what he signs, "
        "not by what he says,",
        TSOSIE,
        "direct",
        "said",
        "the council’s chairwoman, Rose Tsosie",
    ),
    q(
        "a pragmatist who understands rural America.",
        None,
        "partial",
        "calling",
        "several Western governors",
        country="US",
    ),
    p(
        "Ellery had pushed the company to invest in methane detection years before regulators "
        "required it",
        MAURY,
        "indirect",
        "said",
        MAURY_SRC,
    ),
    p(
        "Marcus was the one in the room saying, ‘We’ll get caught eventually, so let’s fix it "
        "now,’",
        MAURY,
        "direct",
        "said",
        "Maury",
    ),
    p("People forget that.", MAURY, "direct", "said", "Maury"),
    p(
        "he would ask Congress for more money to hire seasonal firefighters",
        ELLERY,
        "indirect",
        "said",
        "He",
    ),
    p("a slow-motion disaster.", ELLERY, "partial", "adding", "He"),
    p(
        "he was confident the nomination would clear the committee",
        CALDER,
        "indirect",
        "said",
        "Calder",
    ),
    p(
        "Every day. He’s a serious man, and he’ll make a serious decision.",
        CALDER,
        "direct",
        "said",
        "he",
    ),
]

DOCS = [
    ("heldout15-coalition-prague-greens-quit-pension-row", "PRAGUE", COALITION_Q),
    ("heldout15-border-kyrgyzstan-tajikistan-canal-clash", "BISHKEK, Kyrgyzstan", BORDER_Q),
    ("heldout15-fisheries-channel-scallop-trawler-detained", None, FISHERIES_Q),
    ("heldout15-nuclear-iaea-board-censures-iran", "Vienna", NUCLEAR_Q),
    ("heldout15-confirmation-interior-nominee-ellery-hearing", "WASHINGTON", CONFIRMATION_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Agrarian People's Party",
    "Czech Seniors' Council",
    "European Commission",
    "European Union",
    "Finance Ministry",
    "Foreign Ministry",
    "Ministry of the Sea",
    "State Border Service",
    "State Committee for National Security",
    "maritime prefecture",
)


def main():
    write_gold(
        HERE,
        "heldout15_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout15",
        source="quotesdb held-out 15 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
