"""Build probes_r32c_gold.jsonl from the hand annotations below.

Training probe r32c, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r31d and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-12). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r32c/make_gold.py   # writes probes_r32c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402


def body(name, country=None, org=None):
    """An organisation speaking (its own organisation: decision 4, via SPEAKING_BODIES; a
    supranational body's short key given as ``org``: decision 1)."""
    out = {"speaker": name, "country": country}
    if org:
        out["org"] = org
    return out


# --- Sudanese refugees in Chad (Reuters style: `GENEVA, March 4 (Reuters) -`, `told a
# briefing in Geneva`, `U.N.`, bare surnames at later mentions, `percent`, a sign-off) ------
# A Geneva dateline gives no country (a seat of international bodies); U.N. agencies and the
# ICRC have none of their own (decision 1); Chadian and Sudanese voices by their possessive
# or place of origin.
UNHCR = "UNHCR"  # `the U.N. refugee agency UNHCR`, never spelt out
WFP = "World Food Programme"  # `The World Food Programme (WFP)`: the full name (decision 2)
OCHA = "Office for the Coordination of Humanitarian Affairs"  # what (OCHA) spells
ICRC = "International Committee of the Red Cross"
HAC = "Humanitarian Aid Commission"  # `Sudan's Humanitarian Aid Commission`: SD
UN_LONG = "United Nations"  # written in the lead (`United Nations agencies`), so `The U.N.
# said` is the full name (decision 2), organisation UN (decision 1)
# `a spokesperson for the U.N. refugee agency UNHCR`: a named spokesperson keeps the title
BRANDT = {"speaker": "Olga Brandt", "role": "spokesperson", "org": UNHCR}
# `the WFP's country director in Chad`: `in Chad` a remit, no country (as heldout9's
# `country director for Kenya`)
AALTO = {"speaker": "Henrik Aalto", "role": "country director", "org": WFP}
NWOSU = {"speaker": "Amara Nwosu", "role": "representative", "org": "WHO"}
NOUR = {"speaker": "Abakar Mahamat Nour", "role": "health minister", "country": "TD"}
VUILLEMIN = {"speaker": "Pierre Vuillemin", "role": "head of delegation", "org": ICRC}
# `a teacher from El Geneina`: a place of origin after the name is the person's country
ISHAG = {"speaker": "Halima Adam Ishag", "role": "teacher", "country": "SD"}

CHAD_Q = [
    # the lead: unnamed agencies, the body named inside (`United Nations` → UN)
    q(
        "More than 600,000 people have fled Sudan's Darfur region into eastern Chad since the "
        "war began and aid agencies are running out of money to feed them before the rainy "
        "season cuts the border roads",
        None,
        "indirect",
        "said",
        "United Nations agencies",
        org="UN",
    ),
    p(
        "We are seeing families arrive who have walked for nine days with nothing but the "
        "clothes they are wearing,",
        BRANDT,
        "direct",
        "told",
        "Olga Brandt, a spokesperson for the U.N. refugee agency UNHCR",
    ),
    p(
        "Some of the children are too weak to stand.",
        BRANDT,
        "direct",
        "told",
        "Olga Brandt, a spokesperson for the U.N. refugee agency UNHCR",
    ),
    p(
        "the agency had registered 38,000 new arrivals in the border town of Adre in February "
        "alone, the highest monthly figure since mid-2023",
        BRANDT,
        "indirect",
        "said",
        "Brandt",
    ),
    p(
        "it would have to halve rations for refugees in Chad from April unless it received "
        "$142 million in new funding",
        body(WFP),
        "indirect",
        "said",
        "The World Food Programme (WFP)",
    ),
    p(
        "We have already lent food meant for Chadian families to keep the refugee pipeline "
        "going. We cannot lend it twice,",
        AALTO,
        "direct",
        "said",
        "Henrik Aalto, the WFP's country director in Chad",
    ),
    # `the agency's latest assessment`: the agency of the sentence before (the WFP's)
    p(
        "1.2 million people in eastern Chad, refugees and residents alike, face crisis levels "
        "of hunger",
        body(WFP),
        "indirect",
        "According to",
        "the agency's latest assessment",
    ),
    # `said A and that B` with no quote: one statement
    p(
        "cholera had been confirmed in two camps near Adre and that the WHO was sending 40,000 "
        "doses of oral vaccine",
        NWOSU,
        "indirect",
        "said",
        "Amara Nwosu, the World Health Organization's representative in Chad",
    ),
    p(
        "Water is the problem. There are camps where people get five litres a day,",
        NWOSU,
        "direct",
        "said",
        "she",
    ),
    # `told Reuters that A "…" but B`: the partial and B (decision 10)
    p("as brothers", NOUR, "partial", "told", "Chad's health minister, Abakar Mahamat Nour"),
    p(
        "could not carry the cost alone",
        NOUR,
        "indirect",
        "told",
        "Chad's health minister, Abakar Mahamat Nour",
    ),
    p(
        "The world must understand that eastern Chad is one of the poorest places on earth,",
        NOUR,
        "direct",
        "said",
        "he",
    ),
    p("Our own people are hungry too.", NOUR, "direct", "said", "he"),
    p(
        "aid convoys had reached El Fasher only twice since January and that fighters from "
        "both sides had turned back trucks at checkpoints",
        body(OCHA),
        "indirect",
        "said",
        "the U.N. Office for the Coordination of Humanitarian Affairs (OCHA)",
    ),
    # the initials alone: the full name (decision 2)
    p(
        "its appeal for Sudan this year, $2.7 billion, was 6 percent funded",
        body(OCHA),
        "indirect",
        "said",
        "OCHA",
    ),
    p(
        "it had evacuated 31 wounded people from El Fasher last week under a truce that held "
        "for six hours",
        body(ICRC),
        "indirect",
        "said",
        "The International Committee of the Red Cross, which works on both sides of the front line",
    ),
    # `the ICRC's head of delegation in Sudan`: the full name, `in Sudan` a remit
    p(
        "Six hours is not a humanitarian system. It is a lottery,",
        VUILLEMIN,
        "direct",
        "said",
        "Pierre Vuillemin, the ICRC's head of delegation in Sudan",
    ),
    # a request (decision 6): the infinitive, no addressee
    p(
        "to let medical teams reach the city's last working hospital",
        VUILLEMIN,
        "indirect",
        "urged",
        "He",
    ),
    # `said A and that B "…"`: the quote stands for its conjunct, A reported too
    p(
        "it had approved 70 new travel permits for aid workers",
        body(HAC, "SD"),
        "indirect",
        "said in a statement",
        "Sudan's Humanitarian Aid Commission, the government body that licenses relief groups",
    ),
    p(
        "rebel militias",
        body(HAC, "SD"),
        "partial",
        "said in a statement",
        "Sudan's Humanitarian Aid Commission, the government body that licenses relief groups",
    ),
    p(
        "the family had eaten once a day on the road",
        ISHAG,
        "indirect",
        "said by telephone",
        "Halima Adam Ishag, 34, a teacher from El Geneina who reached Adre last month with her "
        "five children",
    ),
    p(
        "In Geneina I taught sixty children. Now I don't know where most of them are,",
        ISHAG,
        "direct",
        "said",
        "she",
    ),
    # an unnamed local official: speaker null, no role; the town's country (Adre, Chad)
    q(
        "the town's population had roughly tripled and that wells dug for 40,000 people now "
        "served 200,000",
        None,
        "indirect",
        "said",
        "A local official in Adre, who asked not to be named because he was not authorised to "
        "speak to the media",
        country="TD",
    ),
    p(
        "the war in Sudan had created the world's largest displacement crisis, with more than "
        "11 million people forced from their homes inside the country or across its borders",
        body(UN_LONG, org="UN"),
        "indirect",
        "said",
        "The U.N.",
    ),
    # `said A but that B` with no quote: one statement (decision 10's last case)
    p(
        "UNHCR had moved 90,000 people from the border to camps further inland this year but "
        "that it had run out of trucks and shelters",
        BRANDT,
        "indirect",
        "said",
        "Brandt",
    ),
    p(
        "If the rains come before the money, we will be moving people through mud,",
        BRANDT,
        "direct",
        "said",
        "she",
    ),
]

# --- Cyclone floods in central Mozambique (AP style: `BEIRA, Mozambique (AP) —`, `U.N.`,
# American spelling, `World Food Program`, bare surnames at later mentions) -----------------
# Local voices take MZ from the dateline; U.N. agencies and Doctors Without Borders none.
INGD = "National Institute for Disaster Risk Management and Reduction"  # `, known by its
# Portuguese initials INGD,`: speaks as the full name, also as `the INGD`
WFP_AP = "World Food Program"
MSF_AP = "Doctors Without Borders"
OCHA_SHORT = "OCHA"  # `The U.N. humanitarian office, OCHA,`: never spelt out here
UN_SHORT = "U.N."  # never spelt out here (decision 2), organisation UN (decision 1)
MABUNDA = {"speaker": "Celso Mabunda", "role": "rescue coordinator", "country": "MZ", "org": INGD}
NHANTUMBO = {"speaker": "Alberto Nhantumbo", "role": "President", "country": "MZ"}
# `Sofala Governor X`: the place before the title left out, as r31a's `Chengalpattu Collector`
MANJATE = {"speaker": "Esperança Manjate", "role": "Governor", "country": "MZ"}
TEMBE = {"speaker": "Graça Tembe", "country": "MZ"}
SITOE = {"speaker": "Arlindo Sitoe", "role": "neighbor", "country": "MZ"}
# `the agency's representative in Mozambique` after the WFP spoke
LINDQVIST = {"speaker": "Hanna Lindqvist", "role": "representative", "org": WFP_AP}
# `Its representative in Mozambique, X,` after `UNICEF said`
FERREIRA = {"speaker": "Tomás Ferreira", "role": "representative", "org": "UNICEF"}
MARCHETTI = {"speaker": "Julien Marchetti", "role": "head of mission", "org": MSF_AP}
MACUACUA = {"speaker": "Judite Macuácua", "role": "Health Minister", "country": "MZ"}
MUCAVELE = {"speaker": "Ana Mucavele", "role": "district administrator", "country": "MZ"}

MOZ_Q = [
    p(
        "At least 87 people have died and more than 140,000 have been forced from their homes",
        body(INGD, "MZ"),
        "indirect",
        "said in its latest count",
        "Mozambique's National Institute for Disaster Risk Management and Reduction, known by "
        "its Portuguese initials INGD",
    ),
    p(
        "the number of displaced people could double as water from upstream dams reached the "
        "Buzi and Pungwe rivers",
        body(UN_SHORT, org="UN"),
        "indirect",
        "said",
        "The U.N.",
    ),
    p(
        "We are still finding people who have not eaten since Tuesday,",
        MABUNDA,
        "direct",
        "said",
        "Celso Mabunda, a rescue coordinator for the INGD in Buzi district",
    ),
    p(
        "Some of them did not want to leave their cattle.",
        MABUNDA,
        "direct",
        "said",
        "Celso Mabunda, a rescue coordinator for the INGD in Buzi district",
    ),
    p(
        "the government would release 500 million meticais, about $7.8 million, for emergency "
        "food and shelter",
        NHANTUMBO,
        "indirect",
        "said",
        "President Alberto Nhantumbo, who flew over the area on Friday",
    ),
    # `said A and appealed to X to B`: a request, its own statement (decision 6)
    p(
        "to send helicopters and boats",
        NHANTUMBO,
        "indirect",
        "appealed",
        "President Alberto Nhantumbo, who flew over the area on Friday",
    ),
    p(
        "60 schools had been turned into shelters and that classes in the province would not "
        "resume before the end of the month",
        MANJATE,
        "indirect",
        "told",
        "Sofala Governor Esperança Manjate",
    ),
    p(
        "The water came at night, to here,",
        TEMBE,
        "direct",
        "said",
        "Graça Tembe, 52, holding her hand to her chest",
    ),
    p(
        "We took the children and left everything. The house is gone, the maize is gone.",
        TEMBE,
        "direct",
        "said",
        "Graça Tembe, 52, holding her hand to her chest",
    ),
    p(
        "no one had told them the river would rise",
        SITOE,
        "indirect",
        "said",
        "Her neighbor, Arlindo Sitoe",
    ),
    p("The radio said a storm. Nobody said a flood,", SITOE, "direct", "said", "he"),
    # `said A and would B, but warned that C`: A-and-B one statement, C the new cue's
    p(
        "it had begun airdrops of high-energy biscuits to cut-off communities and would feed "
        "250,000 people for the next three months",
        body(WFP_AP),
        "indirect",
        "said",
        "The World Food Program",
    ),
    p(
        "it had enough money for only six weeks",
        body(WFP_AP),
        "indirect",
        "warned",
        "The World Food Program",
    ),
    p(
        "roads to at least four districts were under water",
        LINDQVIST,
        "indirect",
        "said",
        "Hanna Lindqvist, the agency's representative in Mozambique",
    ),
    p(
        "Every day we cannot reach these people, the cost of reaching them goes up,",
        LINDQVIST,
        "direct",
        "said",
        "she",
    ),
    p(
        "more than half of those displaced were children and that it was most worried about water",
        body("UNICEF"),
        "indirect",
        "said",
        "UNICEF",
    ),
    p(
        "30 health centers had been damaged and that the agency was shipping chlorine tablets "
        "and oral rehydration salts from its warehouse in Maputo",
        FERREIRA,
        "indirect",
        "told",
        "Its representative in Mozambique, Tomás Ferreira",
    ),
    p(
        "it had admitted 46 patients with acute diarrhea in three days",
        body(MSF_AP),
        "indirect",
        "said",
        "Doctors Without Borders, which runs a cholera treatment center in Beira",
    ),
    p(
        "the group feared a repeat of the cholera outbreak that followed Cyclone Idai in 2019",
        MARCHETTI,
        "indirect",
        "said",
        "Its head of mission in Mozambique, Julien Marchetti",
    ),
    p(
        "The ingredients are all here: standing water, broken pipes, crowded shelters,",
        MARCHETTI,
        "direct",
        "said",
        "he",
    ),
    # `said A and was "…"`: the quote stands for its conjunct, A reported too
    p(
        "the ministry had sent 12 teams of health workers to the worst-hit districts",
        MACUACUA,
        "indirect",
        "said",
        "Health Minister Judite Macuácua",
    ),
    p(
        "prepared, but not relaxed.",
        MACUACUA,
        "partial",
        "said",
        "Health Minister Judite Macuácua",
    ),
    p(
        "it had 900,000 doses of oral cholera vaccine in its global stockpile and would consider "
        "a request from Mozambique",
        body("World Health Organization", org="WHO"),
        "indirect",
        "said",
        "The World Health Organization",
    ),
    p(
        "the town had been cut off by road since Monday and that food was arriving only by boat",
        MUCAVELE,
        "indirect",
        "said",
        "Buzi district administrator Ana Mucavele",
    ),
    q(
        "the price of a bag of rice had tripled",
        None,
        "indirect",
        "said",
        "Residents",
        country="MZ",
    ),
    q(
        "the response was being slowed by a lack of aircraft",
        None,
        "indirect",
        "said",
        "Aid groups",
        country="MZ",
    ),
    # `The U.N. humanitarian office, OCHA,`: the appositive short name (as heldout10's `the
    # U.N. refugee agency, UNHCR`)
    p(
        "only one helicopter was available for the whole of Sofala province and that three "
        "more were needed",
        body(OCHA_SHORT),
        "indirect",
        "said in a situation report",
        "The U.N. humanitarian office, OCHA",
    ),
    q(
        "warmer seas in the Indian Ocean are making such storms wetter and more intense",
        None,
        "indirect",
        "say",
        "Scientists",
        country="MZ",
    ),
    p("We rebuild, and the next one comes,", MANJATE, "direct", "said", "Manjate, the governor"),
    p(
        "We need help not only to rescue, but to build differently.",
        MANJATE,
        "direct",
        "said",
        "Manjate, the governor",
    ),
]

# --- A fire in the Rohingya camps (Guardian style: a standfirst, `NAME in Cox's Bazar` as
# byline, no dateline, `the UN`, no honorifics, `%` and `$15m`, marks outside the full stop)
# Undated, but naming Bangladesh far more than any other country: its local voices (the
# commissioner, the refugees, a councillor, a Cox's Bazar charity) take BD; the UN, its
# agencies, the IOM, MSF and Save the Children none.
UN_GU = "UN"  # never spelt out here
WFP_GU = "World Food Programme"  # `The UN's World Food Programme`
IOM = "International Organization for Migration"  # `(IOM)`: the full name (decision 2)
MSF = "Médecins Sans Frontières"
LINDGREN = {"speaker": "Johannes Lindgren", "role": "representative", "org": "UNHCR"}
AYESHA = {"speaker": "Ayesha Begum", "country": "BD"}
HASAN = {
    "speaker": "Kamrul Hasan",
    "role": "refugee relief and repatriation commissioner",
    "country": "BD",
}
ZUBAIR = {"speaker": "Mohammed Zubair", "role": "volunteer firefighter", "country": "BD"}
# `MSF's medical coordinator in Bangladesh`: the initials → the full name written before
HADDAD = {"speaker": "Leila Haddad", "role": "medical coordinator", "org": MSF}
WHITFIELD = {"speaker": "Sarah Whitfield", "role": "country director", "org": "Save the Children"}
# `X, who heads the Nongor Foundation, a Cox's Bazar-based charity`: Y, no role (decision 9)
ISLAM = {"speaker": "Rafiqul Islam", "country": "BD", "org": "Nongor Foundation"}
AMIN = {"speaker": "Nurul Amin", "role": "councillor", "country": "BD"}
# `The UN's resident coordinator in Bangladesh, X,`: the UN (decision 1), `in Bangladesh` a
# remit
SOLHEIM = {"speaker": "Ingrid Solheim", "role": "resident coordinator", "org": "UN"}
FOREIGN_MINISTRY = "Foreign Ministry"  # `Bangladesh's foreign ministry`: BD

CAMP_Q = [
    # the standfirst is no statement (decision 11), nor is it spoken
    p(
        "A fire that tore through part of the world's largest refugee settlement on Sunday has "
        "left more than 12,000 Rohingya refugees without shelter",
        body(UN_GU, org="UN"),
        "indirect",
        "has said",
        "the UN",
    ),
    p(
        "More than 2,000 shelters, two health posts and a learning centre were destroyed",
        body("UNHCR"),
        "indirect",
        "according to",
        "UNHCR, the UN refugee agency",
    ),
    # `said it was "a miracle" that …`: the quote stands for the clause
    p(
        "a miracle",
        LINDGREN,
        "partial",
        "said",
        "Johannes Lindgren, UNHCR's representative in Bangladesh",
    ),
    p(
        "People had minutes, not hours. Many ran with nothing but their children,",
        LINDGREN,
        "direct",
        "said",
        "he",
    ),
    p("We lost our papers, our ration cards, the rice we saved,", AYESHA, "direct", "said", "she"),
    p(
        "In Myanmar they burned our village. Here the fire did it for them.",
        AYESHA,
        "direct",
        "said",
        "she",
    ),
    p(
        "the cause of the fire was being investigated and that the government would not rule "
        "out sabotage",
        HASAN,
        "indirect",
        "said",
        "Bangladesh's refugee relief and repatriation commissioner, Kamrul Hasan",
    ),
    p(
        "families would be housed in schools and community centres while shelters were rebuilt",
        HASAN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "his team had only two pumps for the whole camp and that water ran out within an hour",
        ZUBAIR,
        "indirect",
        "said",
        "Mohammed Zubair, a Rohingya volunteer firefighter",
    ),
    p("We were fighting with buckets,", ZUBAIR, "direct", "said", "he"),
    p(
        "it had handed out 3,000 emergency shelter kits by Tuesday",
        body(IOM),
        "indirect",
        "said",
        "The International Organization for Migration (IOM), which manages the site with the "
        "Bangladeshi authorities",
    ),
    # an unnamed spokesperson of an international body: speaker null, no role, no country
    # (as r31a's `A UNICEF official in Chennai`)
    q(
        "rebuilding would take at least six weeks",
        None,
        "indirect",
        "said",
        "An IOM spokesperson in Dhaka",
        org=IOM,
    ),
    p(
        "it might have to cut them again",
        body(WFP_GU),
        "indirect",
        "warned",
        "The UN's World Food Programme",
    ),
    p(
        "it was giving hot meals to everyone who lost a home in the fire, paid for by an "
        "emergency grant",
        body(WFP_GU),
        "indirect",
        "said",
        "The agency",
    ),
    # the writer's `, most of them having fled …` after the attribution is left out
    p(
        "Nearly one million Rohingya now live in the camps around Cox's Bazar",
        body(UN_GU, org="UN"),
        "indirect",
        "according to",
        "the UN",
    ),
    p(
        "it had treated 38 people for burns and smoke inhalation",
        body(MSF),
        "indirect",
        "said",
        "Médecins Sans Frontières, which runs a hospital in Kutupalong",
    ),
    p(
        "Our teams have seen a rise in malnutrition among young children since the ration cuts,",
        HADDAD,
        "direct",
        "said",
        "Leila Haddad, MSF's medical coordinator in Bangladesh",
    ),
    p(
        "more than half of those left homeless were children",
        WHITFIELD,
        "indirect",
        "said",
        "Sarah Whitfield, Save the Children's country director in Bangladesh",
    ),
    # a request (decision 6); the closing `, which …` relative left out (decision 5)
    p(
        "to fund the 2024 joint response plan",
        WHITFIELD,
        "indirect",
        "called on",
        "Sarah Whitfield, Save the Children's country director in Bangladesh",
    ),
    p(
        "the fire had destroyed the textbooks for an entire term",
        ISLAM,
        "indirect",
        "said",
        "Rafiqul Islam, who heads the Nongor Foundation, a Cox's Bazar-based charity that runs "
        "schools in the camps",
    ),
    p(
        "The children ask when school will start again. I don't have an answer,",
        ISLAM,
        "direct",
        "said",
        "he",
    ),
    q(
        "they too are struggling",
        None,
        "indirect",
        "say",
        "Residents of the host community in Ukhia, which now has more refugees than Bangladeshi "
        "citizens",
        country="BD",
    ),
    p(
        "day labourers had seen their wages fall as refugees took work outside the camps",
        AMIN,
        "indirect",
        "said",
        "A local councillor, Nurul Amin",
    ),
    p(
        "the only lasting solution",
        body(FOREIGN_MINISTRY, "BD"),
        "partial",
        "said in a statement",
        "Bangladesh's foreign ministry",
    ),
    p(
        "to keep its promises on funding",
        body(FOREIGN_MINISTRY, "BD"),
        "indirect",
        "urged",
        "Bangladesh's foreign ministry",
    ),
    p(
        "look away from a million people because the crisis is old",
        SOLHEIM,
        "partial",
        "said",
        "She",
    ),
    p(
        "UNHCR had asked donors for an extra $15m to replace the shelters with ones that would "
        "survive the rains",
        LINDGREN,
        "indirect",
        "said",
        "Lindgren",
    ),
    p("Tarpaulin is not a home,", LINDGREN, "direct", "said", "he"),
    p("And the monsoon is six weeks away.", LINDGREN, "direct", "said", "he"),
]

DOCS = [
    ("probe-r32c-chad-refugees-geneva", "GENEVA", CHAD_Q),
    ("probe-r32c-mozambique-cyclone-floods", "BEIRA, Mozambique", MOZ_Q),
    ("probe-r32c-rohingya-camp-fire", None, CAMP_Q),
]

# organisation speakers: their own organisation (decision 4); a supranational body's own is
# its short key (decision 1: SUPRANATIONAL_KEYS, or given as `org` above)
SPEAKING_BODIES = (
    UNHCR, WFP, OCHA, ICRC, HAC, INGD, WFP_AP, MSF_AP, OCHA_SHORT, "UNICEF", IOM, MSF,
    FOREIGN_MINISTRY,
)  # fmt: skip


def main():
    write_gold(
        HERE,
        "probes_r32c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r32c",
        source="quotesdb round-32 training probe C (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
