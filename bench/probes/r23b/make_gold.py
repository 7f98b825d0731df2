"""Build probes_r23b_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r22d and
r23a and of the Conventions and round-23 decisions of articles/attribution/README.md. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r23b/make_gold.py   # writes probes_r23b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- African Union summit on a coup (ADDIS ABABA dateline, straight quotes) -------------
ECOWAS = "Economic Community of West African States"
MWAKILEMA = {"speaker": "Joseph Mwakilema", "role": "chairperson", "org": "AU"}
DIOP_FAYE = {"speaker": "Aïssatou Diop-Faye", "role": "foreign minister", "country": "SN"}
ADEBANJO = {"speaker": "Chukwuemeka Adebanjo", "role": "Foreign Minister", "country": "NG"}
ECOWAS_BODY = {"speaker": ECOWAS}
SESAY = {"speaker": "Halimatou Sesay-Bangura", "org": ECOWAS}
ACCRA = {"speaker": "Accra", "country": "GH"}
DJALO = {
    "speaker": "Umaro Sanhá Djaló",
    "role": "spokesman",
    "country": "GW",
    "org": "National Council for Restoration",
}
FR_MINISTRY = {"speaker": "Foreign Ministry", "country": "FR"}
ASANTE = {
    "speaker": "Comfort Asante-Mensah",
    "role": "security analyst",
    "country": "GH",
    "org": "Centre for Coastal West Africa Studies",
}

AU_Q = [
    p(
        "This union will not sit at the same table as men who take power with rifles,",
        MWAKILEMA,
        "direct",
        "told",
        "the chairperson of the AU Commission, Joseph Mwakilema",
    ),
    p(
        "the suspension would be lifted only when civilian rule was restored",
        MWAKILEMA,
        "indirect",
        "said",
        "Mwakilema",
    ),
    p(
        "the commission would send an envoy to Bissau next week",
        MWAKILEMA,
        "indirect",
        "added",
        "He",
    ),
    p(
        "her government backed the suspension",
        DIOP_FAYE,
        "indirect",
        "said",
        "Senegal's foreign minister, Aïssatou Diop-Faye",
    ),
    p(
        "punish the fishermen and the market women, not the colonels.",
        DIOP_FAYE,
        "partial",
        "warned",
        "Senegal's foreign minister, Aïssatou Diop-Faye",
    ),
    p(
        "Our borders are open to refugees, and they will stay open,",
        DIOP_FAYE,
        "direct",
        "said",
        "she",
    ),
    q(
        "Some 3,000 people have crossed into the Casamance region since Monday",
        None,
        "indirect",
        "according to",
        "aid workers",
        country="SN",
    ),
    p(
        "Nigeria, which holds the rotating chair of the Economic Community of West African "
        "States (ECOWAS), had already closed its airspace to flights from Bissau",
        ADEBANJO,
        "indirect",
        "said",
        "he",
    ),
    p("for every option.", ADEBANJO, "partial", "said", "he"),
    p(
        "We are not in the business of invading our neighbours, but we are not in the "
        "business of applauding coups either,",
        ADEBANJO,
        "direct",
        "said",
        "Adebanjo",
    ),
    p(
        "its heads of state would meet on Tuesday to decide whether to impose a trade embargo",
        ECOWAS_BODY,
        "indirect",
        "said",
        "ECOWAS",
    ),
    p(
        "an embargo would exempt food and medicine",
        SESAY,
        "indirect",
        "said",
        "Halimatou Sesay-Bangura",
    ),
    p(
        "it would recall its ambassador from Bissau for consultations",
        ACCRA,
        "indirect",
        "said",
        "Accra",
    ),
    p(
        "a president who sold our ports to foreigners.",
        DJALO,
        "partial",
        "said",
        "Colonel Umaro Sanhá Djaló",
    ),
    p(
        "We have no wish to stay one day longer than necessary,",
        DJALO,
        "direct",
        "said",
        "the colonel",
    ),
    p(
        "the detained president, Domingos Vaz Cabral, was in good health and had been allowed "
        "to speak to his family",
        DJALO,
        "indirect",
        "said",
        "He",
    ),
    p(
        "it was following the situation closely",
        FR_MINISTRY,
        "indirect",
        "said",
        "The French Foreign Ministry",
    ),
    p(
        "to stay indoors after dark",
        FR_MINISTRY,
        "indirect",
        "urged",
        "The French Foreign Ministry",
    ),
    p(
        "the AU had little leverage over the colonels",
        ASANTE,
        "indirect",
        "said",
        "Comfort Asante-Mensah",
    ),
    p(
        "Suspension is the one tool everybody agrees on, which is exactly why it changes "
        "nothing on the ground,",
        ASANTE,
        "direct",
        "said",
        "she",
    ),
    p(
        "The money that matters comes through the port and the cashew trade.",
        ASANTE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the junta was likely to seek support from Mali and Burkina Faso",
        ASANTE,
        "indirect",
        "said",
        "Asante-Mensah",
    ),
    q(
        "Lisbon had offered to host talks between the council and the ousted government",
        None,
        "indirect",
        "said",
        "A Portuguese diplomat in Addis Ababa",
        role="diplomat",
        country="PT",
    ),
]

# --- Barents Sea fishing row (no dateline, straight quotes, British spelling) -----------
COAST_GUARD = "Norwegian Coast Guard"
FJELD = {"speaker": "Hanne Fjeld", "role": "spokeswoman", "country": "NO", "org": COAST_GUARD}
KOLSKY = {"speaker": "Kolsky Trawl Fleet", "country": "RU"}
RU_MINISTRY = {"speaker": "Foreign Ministry", "country": "RU"}
ZHURAVLYOV = {
    "speaker": "Pavel Zhuravlyov",
    "role": "deputy agriculture minister",
    "country": "RU",
}
OSLO = {"speaker": "Oslo", "country": "NO"}
HOLMVIK = {"speaker": "Sigrid Holmvik", "role": "fisheries minister", "country": "NO"}
GUDMUNDSSON = {"speaker": "Einar Gudmundsson", "role": "fisheries minister", "country": "IS"}
IS_MINISTRY = {"speaker": "Foreign Ministry", "country": "IS"}
ELVEBAKK = {
    "speaker": "Trond Elvebakk",
    "country": "NO",
    "org": "Vesterålen Coastal Fishers' Cooperative",
}
SOLHEIMSVIK = {
    "speaker": "Karin Solheimsvik",
    "role": "marine biologist",
    "country": "NO",
    "org": "Institute of Marine Research",
}
BORODIN = {"speaker": "Alexei Borodin", "role": "captain", "country": "RU"}

BARENTS_Q = [
    p(
        "inspectors had found more than 40 tonnes of unreported fish in the vessel's hold",
        FJELD,
        "indirect",
        "said",
        "Lieutenant Commander Hanne Fjeld",
    ),
    p(
        "The logbook said one thing and the freezer said another,",
        FJELD,
        "direct",
        "said",
        "she",
    ),
    p(
        "We boarded, we counted, and we asked the captain to follow us in.",
        FJELD,
        "direct",
        "said",
        "she",
    ),
    p("complied with every rule that Russia recognises", KOLSKY, "partial", "said", "which"),
    p(
        "the catch had been logged under Russian law",
        KOLSKY,
        "indirect",
        "said",
        "which",
    ),
    p(
        "an act of piracy dressed up as conservation.",
        RU_MINISTRY,
        "partial",
        "said",
        "The Russian Foreign Ministry",
    ),
    p(
        "Moscow did not accept Norway's authority over the waters around the archipelago",
        ZHURAVLYOV,
        "indirect",
        "told",
        "Pavel Zhuravlyov",
    ),
    p(
        "Russian boats had fished there for three hundred years",
        ZHURAVLYOV,
        "indirect",
        "said",
        "Zhuravlyov",
    ),
    p(
        "the inspection was routine and that the case would go before a court in Tromsø",
        OSLO,
        "indirect",
        "said",
        "Oslo",
    ),
    p(
        "the government would not be intimidated",
        HOLMVIK,
        "indirect",
        "told",
        "Norway's fisheries minister, Sigrid Holmvik",
    ),
    p(
        "Svalbard is Norwegian, and the fish in its waters are managed by Norway,",
        HOLMVIK,
        "direct",
        "said",
        "Holmvik",
    ),
    p(
        "That has been true for a hundred years and it will be true next year.",
        HOLMVIK,
        "direct",
        "said",
        "Holmvik",
    ),
    q(
        "the combined quotas exceed their advice by more than a third",
        None,
        "indirect",
        "warned",
        "Scientists at the International Council for the Exploration of the Sea",
        org="International Council for the Exploration of the Sea",
    ),
    p(
        "Reykjavik would set its own quota for the coming season",
        GUDMUNDSSON,
        "indirect",
        "said",
        "Iceland's fisheries minister, Einar Gudmundsson",
    ),
    p(
        "the countries whose waters the mackerel now swims through.",
        GUDMUNDSSON,
        "partial",
        "said",
        "he",
    ),
    p("We have been patient for fifteen years,", GUDMUNDSSON, "direct", "said", "Gudmundsson"),
    p(
        "Patience does not feed a family in Neskaupstaður.",
        GUDMUNDSSON,
        "direct",
        "said",
        "Gudmundsson",
    ),
    p(
        "it had asked the European Union to resume talks before the end of the month",
        IS_MINISTRY,
        "indirect",
        "said",
        "The Icelandic Foreign Ministry",
    ),
    p(
        "small boats were paying the price of a quarrel between governments",
        ELVEBAKK,
        "indirect",
        "said",
        "Trond Elvebakk",
    ),
    p(
        "The big trawlers fight over lines on a map and we get the smallest share,",
        ELVEBAKK,
        "direct",
        "said",
        "Elvebakk",
    ),
    p(
        "his members had already lost a fifth of their cod quota this year",
        ELVEBAKK,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the cod stock in the Barents Sea was at its lowest level since the early 1990s",
        SOLHEIMSVIK,
        "indirect",
        "said",
        "Karin Solheimsvik",
    ),
    p(
        "unreported catches made every estimate less reliable",
        SOLHEIMSVIK,
        "indirect",
        "warned",
        "She",
    ),
    q(
        "ready to facilitate",
        None,
        "partial",
        "said",
        "A spokesman for the European Commission",
        role="spokesman",
        org="EU",
    ),
    q(
        "the bloc would not take sides",
        None,
        "indirect",
        "added",
        "He",
        role="spokesman",
        org="EU",
    ),
    p(
        "he had done nothing wrong",
        BORODIN,
        "indirect",
        "told",
        "The Russian captain, Alexei Borodin",
    ),
    p("We fished where my father fished,", BORODIN, "direct", "said", "he"),
]

# --- Lithium takeover in Chile (SANTIAGO dateline, straight quotes) ---------------------
KOOLGARA = "Koolgara Resources"
COUNCIL = "Council of Atacameño Peoples"
IACHR = "Inter-American Commission on Human Rights"
ORREGO = {"speaker": "Valentina Orrego", "role": "Mining Minister", "country": "CL"}
SALAR_NORTE = {"speaker": "Salar Norte Lithium", "country": "CL"}
KOOLGARA_BODY = {"speaker": KOOLGARA, "country": "AU"}
TULLY = {"speaker": "Brendan Tully", "role": "chief executive", "country": "AU", "org": KOOLGARA}
QUISPE = {"speaker": "Rodrigo Quispe Mamani", "role": "energy minister", "country": "BO"}
LA_PAZ = {"speaker": "La Paz", "country": "BO"}
CHOQUE = {"speaker": "Elena Choque", "role": "president", "country": "CL", "org": COUNCIL}
COUNCIL_BODY = {"speaker": COUNCIL, "country": "CL"}
WHITCOMBE = {
    "speaker": "James Whitcombe",
    "role": "commodities analyst",
    "country": "GB",
    "org": "Harcourt Lane Bank",
}
LARRAIN = {"speaker": "Ignacio Larraín", "role": "Senator", "country": "CL"}

LITHIUM_Q = [
    p(
        "selling the battery of the century at the price of table salt",
        ORREGO,
        "partial",
        "said",
        "Mining Minister Valentina Orrego",
    ),
    p(
        "The lithium belongs to Chileans, and from now on Chileans will decide how fast it is "
        "pumped and who profits from it,",
        ORREGO,
        "direct",
        "said",
        "Orrego",
    ),
    p(
        "companies already operating would keep a minority share and could bid to run the mines",
        ORREGO,
        "indirect",
        "said",
        "She",
    ),
    p(
        "it was studying the bill and that its 1,100 workers would be paid as usual",
        SALAR_NORTE,
        "indirect",
        "said",
        "Salar Norte Lithium, the Chilean unit of the Australian miner Koolgara Resources",
    ),
    p(
        "the mine accounted for about 60 percent of its revenue",
        KOOLGARA_BODY,
        "indirect",
        "said",
        "Koolgara",
    ),
    p(
        "defend its contracts in every court available.",
        TULLY,
        "partial",
        "told",
        "Its chief executive, Brendan Tully",
    ),
    p(
        "We signed a contract that runs to 2043. We expect Chile to honour it,",
        TULLY,
        "direct",
        "said",
        "Tully",
    ),
    p(
        "La Paz was drafting a similar law for the Uyuni salt flat and would present it before "
        "the end of the year",
        QUISPE,
        "indirect",
        "said",
        "Bolivia's energy minister, Rodrigo Quispe Mamani",
    ),
    p(
        "Our two countries hold more lithium than the rest of the world together,",
        QUISPE,
        "direct",
        "told",
        "Quispe Mamani",
    ),
    p("It is time we behaved like it.", QUISPE, "direct", "told", "Quispe Mamani"),
    p(
        "it would invite Chile and Argentina to a meeting on a common export price",
        LA_PAZ,
        "indirect",
        "said",
        "La Paz",
    ),
    q(
        "they had not been consulted",
        None,
        "indirect",
        "said",
        "Indigenous communities that live around the salt flat",
        country="CL",
    ),
    p(
        "the state had simply replaced one landlord with another",
        CHOQUE,
        "indirect",
        "said",
        "Elena Choque",
    ),
    p(
        "Whether the owner is in Melbourne or in Santiago, the water still leaves our valley,",
        CHOQUE,
        "direct",
        "said",
        "Choque",
    ),
    p(
        "it would ask the Inter-American Commission on Human Rights to intervene",
        COUNCIL_BODY,
        "indirect",
        "said",
        "The council",
    ),
    p(
        "investors had expected some form of state control but not so soon",
        WHITCOMBE,
        "indirect",
        "said",
        "James Whitcombe",
    ),
    p("almost certainly", WHITCOMBE, "partial", "said", "He"),
    p("Capital is patient, but it is not stupid,", WHITCOMBE, "direct", "said", "Whitcombe"),
    p(
        "It will go to Argentina, to Australia, to Canada, wherever the rules stay put.",
        WHITCOMBE,
        "direct",
        "said",
        "Whitcombe",
    ),
    p(
        "his bloc would try to amend it",
        LARRAIN,
        "indirect",
        "said",
        "Senator Ignacio Larraín of the opposition National Renewal party",
    ),
    p(
        "Nobody disputes that the state deserves a bigger share. What we dispute is the state "
        "running a mine,",
        LARRAIN,
        "direct",
        "said",
        "Larraín",
    ),
    q(
        "it had received the council's request",
        None,
        "indirect",
        "confirmed",
        "A spokeswoman for the Inter-American Commission on Human Rights",
        role="spokeswoman",
        org=IACHR,
    ),
    q(
        "it would reply within 30 days",
        None,
        "indirect",
        "said",
        "A spokeswoman for the Inter-American Commission on Human Rights",
        role="spokeswoman",
        org=IACHR,
    ),
]

DOCS = [
    ("probe-r23b-au-suspends-guinea-bissau", "ADDIS ABABA", AU_Q),
    ("probe-r23b-barents-mackerel-dispute", None, BARENTS_Q),
    ("probe-r23b-andes-lithium-takeover", "SANTIAGO", LITHIUM_Q),
]

# organisation speakers: their own organisation (round-23 decision 4); capitals acting as
# a government (Accra, Oslo, La Paz) have none
SPEAKING_BODIES = (
    ECOWAS,
    "Foreign Ministry",
    "Kolsky Trawl Fleet",
    "Salar Norte Lithium",
    KOOLGARA,
    COUNCIL,
)


def main():
    write_gold(
        HERE,
        "probes_r23b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r23b",
        source="quotesdb round-23 training probes B (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
