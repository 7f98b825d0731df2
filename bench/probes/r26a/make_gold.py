"""Build probes_r26a_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r25h and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10; roles as the office's head title without party, without a
body already given as organisation, without places). Each quote is located by searching
its exact text after the previous quote's end.

    python3 bench/probes/r26a/make_gold.py   # writes probes_r26a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Central Asian water-sharing dispute (Reuters style, `ALMATY, Nov 30 (Reuters) -`;
# Kazakh, Kyrgyz, Uzbek, Russian, EU and World Bank voices) -------------------------------
KG_ENERGY = {"speaker": "Energy Ministry", "country": "KG"}
UZ_MINISTRY = {"speaker": "Foreign Ministry", "country": "UZ"}
ABDRAKHMANOV = {
    "speaker": "Nurlan Abdrakhmanov",
    "role": "Water Resources Minister",
    "country": "KZ",
}
TOKTOSUNOV = {"speaker": "Aibek Toktosunov", "role": "Deputy Energy Minister", "country": "KG"}
KADYROV = {"speaker": "Sherzod Kadyrov", "role": "deputy foreign minister", "country": "UZ"}
SEITKALI = {"speaker": "Bakhyt Seitkali", "role": "cotton grower", "country": "KZ"}
SEMENTSOV = {"speaker": "Igor Sementsov", "role": "ambassador", "country": "RU"}
VAN_HOLST = {"speaker": "Pieter van Holst", "role": "special representative", "org": "EU"}
ZHUNUSOV = {
    "speaker": "Askar Zhunusov",
    "role": "water policy analyst",
    "country": "KG",
    "org": "Eurasian Development Institute",
}

WATER_Q = [
    p(
        "Kyrgyzstan had released less than half the volume agreed for November and that "
        "farmers in the south of his country would pay for it next summer",
        ABDRAKHMANOV,
        "indirect",
        "told",
        "Kazakh Water Resources Minister Nurlan Abdrakhmanov",
    ),
    p(
        "We came here with numbers, and the numbers are not in dispute,",
        ABDRAKHMANOV,
        "direct",
        "said",
        "Abdrakhmanov",
    ),
    p(
        "What is in dispute is whether an agreement signed by five governments means anything.",
        ABDRAKHMANOV,
        "direct",
        "said",
        "Abdrakhmanov",
    ),
    p(
        "the Toktogul reservoir was at its lowest level for the season in a decade and that "
        "the country needed the water to keep its hydropower plants running through the winter",
        KG_ENERGY,
        "indirect",
        "said",
        "Kyrgyzstan's Energy Ministry",
    ),
    p(
        "empty the reservoir to fill somebody else's canal",
        TOKTOSUNOV,
        "partial",
        "said",
        "Deputy Energy Minister Aibek Toktosunov, who led the Kyrgyz delegation",
    ),
    p(
        "Astana had yet to deliver the electricity it had promised in return",
        TOKTOSUNOV,
        "indirect",
        "said",
        "Deputy Energy Minister Aibek Toktosunov, who led the Kyrgyz delegation",
    ),
    # a group of two countries' officials: no country
    q(
        "the swap has not worked properly for years",
        None,
        "indirect",
        "say",
        "Officials on both sides",
    ),
    p("deeply concerned", UZ_MINISTRY, "partial", "said", "The foreign ministry in Tashkent"),
    p(
        "to return to the table before the end of the year",
        UZ_MINISTRY,
        "indirect",
        "called on",
        "The foreign ministry in Tashkent",
    ),
    p(
        "Downstream countries cannot be hostages to decisions taken upstream,",
        KADYROV,
        "direct",
        "told",
        "Uzbek deputy foreign minister Sherzod Kadyrov",
    ),
    p(
        "Last summer the canal was dry for three weeks in July. Three weeks is a whole harvest,",
        SEITKALI,
        "direct",
        "said",
        "Bakhyt Seitkali, a cotton grower from a village outside the city",
    ),
    p(
        "he would plant wheat on half his land next year because it needed less water",
        SEITKALI,
        "indirect",
        "said",
        "He",
    ),
    # a city only (Shymkent, under the Almaty dateline)
    q(
        "prices for vegetables from the south had already risen by a fifth since September",
        None,
        "indirect",
        "said",
        "A trader at the city's wholesale market",
        role="trader",
        country="KZ",
    ),
    p(
        "Moscow was ready to help finance a new dam upstream",
        SEMENTSOV,
        "indirect",
        "said",
        "Russia's ambassador to Kazakhstan, Igor Sementsov",
    ),
    p(
        "must suit all five countries, not one or two.",
        SEMENTSOV,
        "partial",
        "said",
        "Russia's ambassador to Kazakhstan, Igor Sementsov",
    ),
    # an international body's official: no country
    q(
        "a joint monitoring system for the reservoir had been ready since 2023 but had never "
        "been switched on",
        None,
        "indirect",
        "said",
        "A World Bank official in Almaty",
        role="official",
        org="World Bank",
    ),
    q(
        "The data exists. What is missing is trust,",
        None,
        "direct",
        "said",
        "the official",
        role="official",
        org="World Bank",
    ),
    p(
        "the bloc would fund a study of water losses in the region's irrigation canals",
        VAN_HOLST,
        "indirect",
        "said",
        "The European Union's special representative for Central Asia, Pieter van Holst",
    ),
    p(
        "neither side could win an argument about the 1998 deal because it had never set penalties",
        ZHUNUSOV,
        "indirect",
        "said",
        "Askar Zhunusov, a water policy analyst at the Eurasian Development Institute in Bishkek",
    ),
    p(
        "Everyone signed it, and everyone has a reason to ignore it,",
        ZHUNUSOV,
        "direct",
        "said",
        "he",
    ),
    p(
        "Without an arbiter, each summer becomes a negotiation.",
        ZHUNUSOV,
        "direct",
        "said",
        "he",
    ),
    p(
        "Kazakhstan would raise the issue at a meeting of the International Fund for Saving "
        "the Aral Sea in Dushanbe next month",
        ABDRAKHMANOV,
        "indirect",
        "said",
        "Abdrakhmanov",
    ),
    p(
        "his ministry was drawing up plans to line 1,200 km of canals with concrete by 2030",
        ABDRAKHMANOV,
        "indirect",
        "added",
        "He",
    ),
    p("Kyrgyzstan would attend", TOKTOSUNOV, "indirect", "said", "Toktosunov"),
    p("We are always ready to talk,", TOKTOSUNOV, "direct", "said", "he"),
    p("We are not ready to freeze.", TOKTOSUNOV, "direct", "said", "he"),
]

# --- A Gulf-brokered prisoner exchange (AP style, `ABU DHABI, United Arab Emirates (AP) —`;
# Emirati, Luxembourg, Belgian, Ivorian, Bangladeshi and Iranian voices, the ICRC) ---------
AE_MINISTRY = {"speaker": "Ministry of Foreign Affairs", "country": "AE"}
BD_MINISTRY = {"speaker": "Foreign Ministry", "country": "BD"}
ICRC = "International Committee of the Red Cross"
ICRC_BODY = {"speaker": ICRC}
MAZROUEI = {"speaker": "Khalifa al-Mazrouei", "role": "Minister of State", "country": "AE"}
KIEFFER = {"speaker": "Jean-Paul Kieffer", "role": "water engineer", "country": "LU"}
WELTER = {"speaker": "Marc Welter", "role": "Foreign Minister", "country": "LU"}
ANNE = {"speaker": "Anne Kieffer", "role": "sister", "country": "LU"}
VANDERMEULEN = {"speaker": "Luc Vandermeulen", "role": "ambassador", "country": "BE"}
KOFFI = {"speaker": "Aya Koffi-Bamba", "role": "Foreign Minister", "country": "CI"}
ASSI = {"speaker": "Daniel Assi", "role": "husband", "country": "CI"}
RAHMAN = {"speaker": "Mizanur Rahman", "role": "brother", "country": "BD"}
TAVAKOLI = {
    "speaker": "Reza Tavakoli",
    "role": "spokesman",
    "country": "IR",
    "org": "Foreign Ministry",
}

SWAP_Q = [
    p(
        "months of quiet work",
        AE_MINISTRY,
        "partial",
        "said",
        "The Emirati Ministry of Foreign Affairs",
    ),
    p(
        "the UAE would keep acting as a channel between Iran and European governments",
        AE_MINISTRY,
        "indirect",
        "said",
        "The Emirati Ministry of Foreign Affairs",
    ),
    p(
        "the three were in good health",
        MAZROUEI,
        "indirect",
        "told",
        "Minister of State Khalifa al-Mazrouei, who met the freed prisoners at the airport",
    ),
    p(
        "They are tired, they are thin, but they are going home,",
        MAZROUEI,
        "direct",
        "said",
        "al-Mazrouei",
    ),
    p("That is what matters tonight.", MAZROUEI, "direct", "said", "al-Mazrouei"),
    p("I did not think I would see this sky again,", KIEFFER, "direct", "said", "Kieffer"),
    p(
        "he had spent most of his detention in a shared cell in Evin prison and had been "
        "allowed four phone calls home",
        KIEFFER,
        "indirect",
        "said",
        "He",
    ),
    p("paid a price", WELTER, "partial", "said", "Foreign Minister Marc Welter"),
    p(
        "A state that cannot bring its citizens home is not worth very much,",
        WELTER,
        "direct",
        "told",
        "Welter",
    ),
    p(
        "Luxembourg's partners in the European Union had been informed in advance",
        WELTER,
        "indirect",
        "said",
        "He",
    ),
    p(
        "counted the days, then stopped counting.",
        ANNE,
        "partial",
        "said",
        "The engineer's sister, Anne Kieffer",
    ),
    p(
        "rare and always too short.",
        VANDERMEULEN,
        "partial",
        "said",
        "Belgium's ambassador to Iran, Luc Vandermeulen, who represented Luxembourg's "
        "interests in Tehran throughout the case",
    ),
    p("within the week", KOFFI, "partial", "said", "Ivorian Foreign Minister Aya Koffi-Bamba"),
    p(
        "his wife wanted to rest before saying anything in public",
        ASSI,
        "indirect",
        "said",
        "Traore's husband, Daniel Assi, a pharmacist in Abidjan",
    ),
    q(
        "The third prisoner, Rafiqul Islam, a Bangladeshi cook on the Panama-flagged tanker "
        "Sea Orchid, which Iran seized in the Gulf of Oman in May, was freed along with the "
        "ship's 17 other crew members",
        None,
        "indirect",
        "said",
        "Emirati officials",
        country="AE",
    ),
    p(
        "the remaining crew, 11 of them Bangladeshis, would fly home from Dubai on Wednesday",
        BD_MINISTRY,
        "indirect",
        "said",
        "The foreign ministry in Dhaka",
    ),
    p(
        "the family had sold a plot of land to pay a lawyer in Tehran",
        RAHMAN,
        "indirect",
        "said",
        "Islam's brother, Mizanur Rahman",
    ),
    p("We borrowed from everyone we know,", RAHMAN, "direct", "said", "he"),
    p(
        "hostages of an unjust sanctions regime.",
        TAVAKOLI,
        "partial",
        "told",
        "Foreign Ministry spokesman Reza Tavakoli",
    ),
    p(
        "the release of the tanker was a separate matter decided by a court in Bandar Abbas",
        TAVAKOLI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "it had helped arrange the flights and would follow up on the crew's return",
        ICRC_BODY,
        "indirect",
        "said",
        "The International Committee of the Red Cross",
    ),
    # a Western diplomat: no country
    q(
        "the deal had nearly collapsed twice over the timing of the flights",
        None,
        "indirect",
        "said",
        "A Western diplomat in Abu Dhabi",
        role="diplomat",
    ),
    q("Nobody wanted to go first,", None, "direct", "said", "the diplomat", role="diplomat"),
    p("Our door does not close.", MAZROUEI, "direct", "said", "he"),
    q(
        "At least a dozen Europeans are believed to be held in Iran",
        None,
        "indirect",
        "according to",
        "rights groups",
    ),
]

# --- A Latin American migration summit (AFP style, `Santiago (AFP) -`; Chilean, Peruvian,
# Colombian, Salvadoran, Costa Rican, Panamanian, Norwegian, US, Venezuelan, Haitian and
# Ecuadorean voices, the UN and the IOM) -------------------------------------------------
UN = "United Nations"
IOM = "International Organization for Migration"
MIGRACION = "Migracion Colombia"
FUENZALIDA = {"speaker": "Carolina Fuenzalida", "role": "Interior Minister", "country": "CL"}
SALAZAR = {"speaker": "Ricardo Salazar Vega", "role": "foreign minister", "country": "PE"}
MIGRACION_BODY = {"speaker": MIGRACION, "country": "CO"}
ROJAS = {"speaker": "Andres Felipe Rojas", "role": "director", "country": "CO", "org": MIGRACION}
ALVARENGA = {"speaker": "Ernesto Alvarenga", "role": "Vice President", "country": "SV"}
SOLIS = {"speaker": "Rodrigo Solis", "role": "President", "country": "CR"}
PANAMA = {"speaker": "Panama", "country": "PA"}
NORDVIK = {"speaker": "Kari Nordvik", "role": "ambassador", "country": "NO"}
IOM_BODY = {"speaker": IOM}
UGARTE = {"speaker": "Marcela Ugarte", "role": "regional director", "org": IOM}
CARRASCO = {"speaker": "Yusmely Carrasco", "country": "VE"}
QUITO = {"speaker": "Quito", "country": "EC"}

SUMMIT_Q = [
    # the lead's two requests (added after the first run: decision 6 makes a demand a
    # statement, and a prepositional request is one as after "called for")
    q(
        "wealthier destinations take more people",
        None,
        "indirect",
        "demanding",
        "transit countries",
    ),
    q(
        "tighter border controls",
        None,
        "indirect",
        "pressing for",
        "their Chilean hosts",
        country="CL",
    ),
    p(
        "the 14 delegations had agreed to share biometric data on migrants crossing their "
        "borders but not on how to divide the cost of caring for them",
        FUENZALIDA,
        "indirect",
        "said",
        "Chilean Interior Minister Carolina Fuenzalida, who chaired the one-day meeting",
    ),
    p(
        "We are not going to solve in one day a crisis that has lasted ten years,",
        FUENZALIDA,
        "direct",
        "told",
        "Fuenzalida",
    ),
    p("But today nobody left the room.", FUENZALIDA, "direct", "told", "Fuenzalida"),
    p(
        "Most of the more than 7.7 million Venezuelans who have left their country since 2014 "
        "have settled in Colombia, Peru, Brazil, Ecuador and Chile",
        {"speaker": UN},
        "indirect",
        "according to",
        "the United Nations",
    ),
    p(
        "without the help of those who close their doors.",
        SALAZAR,
        "partial",
        "said",
        "Peru's foreign minister, Ricardo Salazar Vega",
    ),
    p(
        "Lima would ask the Inter-American Development Bank for a credit line to build "
        "reception centres in the border town of Tumbes",
        SALAZAR,
        "indirect",
        "said",
        "He",
    ),
    p(
        "2.9 million Venezuelans now lived in the country, about 40 percent of them without papers",
        MIGRACION_BODY,
        "indirect",
        "said",
        "Colombia's migration agency, Migracion Colombia",
    ),
    p("billions", ROJAS, "partial", "told", "Its director, Andres Felipe Rojas"),
    p(
        "they now paid taxes like everyone else",
        ROJAS,
        "indirect",
        "told",
        "Its director, Andres Felipe Rojas",
    ),
    p(
        "his government would offer to take in 300 Venezuelan families a year under a labour "
        "programme for the coffee harvest",
        ALVARENGA,
        "indirect",
        "said",
        "Salvadoran Vice President Ernesto Alvarenga",
    ),
    p(
        "El Salvador was a country people left. Now we want to be a country people come to,",
        ALVARENGA,
        "direct",
        "said",
        "he",
    ),
    p(
        "safe and orderly",
        SOLIS,
        "partial",
        "urged",
        "Costa Rican President Rodrigo Solis",
    ),
    # a country acting as a government: the speaker as written, no organisation
    p(
        "more than 280,000 people had crossed the jungle so far this year, most of them "
        "Venezuelans",
        PANAMA,
        "indirect",
        "said",
        "Panama",
    ),
    p(
        "Oslo would keep its contribution at last year's level of about 40 million dollars",
        NORDVIK,
        "indirect",
        "said",
        "She",
    ),
    p(
        "tired of paying for emergencies that never end.",
        NORDVIK,
        "partial",
        "said",
        "She",
    ),
    p(
        "first step",
        IOM_BODY,
        "partial",
        "said",
        "The International Organization for Migration (IOM)",
    ),
    p(
        "to stop deporting people to countries where they faced persecution",
        IOM_BODY,
        "indirect",
        "called on",
        "The International Organization for Migration (IOM)",
    ),
    p(
        "Closing a border does not stop a single person. It just makes the journey more "
        "expensive and more deadly,",
        UGARTE,
        "direct",
        "said",
        "Marcela Ugarte, the IOM's regional director for South America",
    ),
    q(
        "Washington supported the biometric agreement and would help fund it",
        None,
        "indirect",
        "said",
        "A US State Department official attending as an observer",
        role="official",
        country="US",
        org="State Department",
    ),
    p(
        "she had applied for a permanent visa three times",
        CARRASCO,
        "indirect",
        "said",
        "Yusmely Carrasco, a Venezuelan who has lived in Chile for six years and runs a "
        "bakery in the Estacion Central district",
    ),
    p(
        "They ask for a criminal record from Venezuela, and Venezuela will not give it to me,",
        CARRASCO,
        "direct",
        "said",
        "she",
    ),
    p("So I wait.", CARRASCO, "direct", "said", "she"),
    q(
        "every week, sometimes twice.",
        None,
        "partial",
        "told",
        "A Haitian construction worker in Antofagasta",
        role="construction worker",
        country="HT",
    ),
    p(
        "it would sign the biometric agreement but would not accept returns from other countries",
        QUITO,
        "indirect",
        "said",
        "Quito, which left last year's regional migration pact",
    ),
    p(
        "the delegations would meet again in Lima in March",
        FUENZALIDA,
        "indirect",
        "said",
        "Fuenzalida",
    ),
    p("Possible, yes. Close, no.", FUENZALIDA, "direct", "said", "she"),
]

DOCS = [
    ("probe-r26a-syr-darya-water-talks", "ALMATY", WATER_Q),
    ("probe-r26a-iran-prisoner-swap-abu-dhabi", "ABU DHABI", SWAP_Q),
    ("probe-r26a-santiago-migration-summit", "SANTIAGO", SUMMIT_Q),
]

if __name__ == "__main__":
    write_gold(
        HERE,
        "probes_r26a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r26a",
        source="quotesdb round-26 training probes A (written for error finding)",
        speaking_bodies={
            "Energy Ministry",
            "Foreign Ministry",
            "Ministry of Foreign Affairs",
            ICRC,
            UN,
            IOM,
            MIGRACION,
        },
    )
