"""Build probes_r27b_gold.jsonl from the hand annotations below.

Training probe r27b, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r26f and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decisions 8 to 10). Each quote is located by searching its exact
text after the previous quote's end.

    python3 bench/probes/r27b/make_gold.py   # writes probes_r27b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A ferry disaster, families waiting at the port (AFP style: `Batangas (Philippines)
# (AFP) -`, no byline, straight "double quotes", bare surnames) ----------------------------
PCG = "Philippine Coast Guard"
PCG_BODY = {"speaker": PCG, "country": "PH"}
STARLIGHT = "Starlight Shipping Lines"
STARLIGHT_BODY = {"speaker": STARLIGHT, "country": "PH"}
FAMILIES_SL = "Families of the Santa Lucia"
FAMILIES_SL_BODY = {"speaker": FAMILIES_SL, "country": "PH"}

BAUTISTA = {"speaker": "Arnel Bautista", "role": "spokesman", "country": "PH", "org": PCG}
# one of `Two nephews of a missing fisherman`, named: a relative named as such (decision 8)
REYES = {"speaker": "Mark Anthony Reyes", "role": "nephew", "country": "PH"}
CRUZ = {"speaker": "Rosalinda Cruz", "country": "PH"}
VILLANUEVA = {"speaker": "Jerome Villanueva", "role": "survivor", "country": "PH"}
DIZON = {"speaker": "Maricel Dizon", "role": "widow", "country": "PH"}
OCAMPO = {"speaker": "Benjamin Ocampo", "role": "Transportation Secretary", "country": "PH"}
MANALO = {"speaker": "Liza Manalo", "role": "spokeswoman", "country": "PH", "org": FAMILIES_SL}

FERRY_Q = [
    # the lead's `the coast guard`: the one coast guard the next paragraph names
    p(
        "the death toll had risen to 31 and hopes of finding more survivors were fading",
        PCG_BODY,
        "indirect",
        "said",
        "the coast guard",
    ),
    p(
        "The MV Santa Lucia, carrying 212 passengers and crew, overturned in heavy swells late on "
        "Sunday about 10 kilometres (six miles) off Verde Island",
        PCG_BODY,
        "indirect",
        "said",
        "the Philippine Coast Guard",
    ),
    p(
        "164 people had been rescued and 17 were still unaccounted for",
        BAUTISTA,
        "indirect",
        "told",
        "Coast guard spokesman Commodore Arnel Bautista",
    ),
    p(
        "We have not stopped searching, and we will not stop while there is a chance,",
        BAUTISTA,
        "direct",
        "said",
        "Bautista",
    ),
    p(
        "But the water is cold at night and the current here is very strong.",
        BAUTISTA,
        "direct",
        "said",
        "Bautista",
    ),
    # kinship plural: a group source, speaker null
    q(
        "they had driven through the night from Lipa after hearing about the accident on the radio",
        None,
        "indirect",
        "said",
        "Two nephews of a missing fisherman",
        country="PH",
    ),
    p(
        "Our uncle takes this boat every month to visit his daughter in Calapan. We keep calling "
        "his phone and it still rings,",
        REYES,
        "direct",
        "said",
        "the younger of the two, 19-year-old Mark Anthony Reyes",
    ),
    p(
        "she had heard nothing from the ferry operator since Monday morning",
        CRUZ,
        "indirect",
        "said",
        "Rosalinda Cruz, whose husband and son were on board",
    ),
    # `the 54-year-old` with no age written before: the one person just named
    p(
        "They give us coffee and bread, but nobody tells us anything,",
        CRUZ,
        "direct",
        "said",
        "the 54-year-old",
    ),
    q(
        "the ferry had left port despite a gale warning issued on Sunday afternoon",
        None,
        "indirect",
        "said",
        "Relatives of the missing",
        country="PH",
    ),
    # `said in a statement that A and that it was "…" with B`: A and the partial
    p(
        "the vessel had been cleared to sail by the coast guard",
        STARLIGHT_BODY,
        "indirect",
        "said",
        "The operator, Starlight Shipping Lines",
    ),
    p(
        "cooperating fully",
        STARLIGHT_BODY,
        "partial",
        "said",
        "The operator, Starlight Shipping Lines",
    ),
    p(
        "the ship's papers allowed it to carry 250 people and that investigators were checking "
        "whether passengers had boarded without tickets",
        BAUTISTA,
        "indirect",
        "said",
        "Bautista",
    ),
    p(
        "he had been asleep on the upper deck when the ferry began to tilt",
        VILLANUEVA,
        "indirect",
        "said",
        "A survivor, Jerome Villanueva, 27",
    ),
    p(
        "People were screaming and the lights went off. I jumped and held on to a cooler until a "
        "fishing boat found me,",
        VILLANUEVA,
        "direct",
        "told",
        "he",
    ),
    p(
        "her husband had complained for months that the engines were overdue for repair",
        DIZON,
        "indirect",
        "said",
        "His widow, Maricel Dizon",
    ),
    p(
        "He told me many times that one day this boat would not come back,",
        DIZON,
        "direct",
        "said",
        "she",
    ),
    # an unnamed relative: speaker null, the source kept
    q(
        "the crew had not been paid for three months",
        None,
        "indirect",
        "said",
        "A cousin of two missing crew members",
        country="PH",
    ),
    # `The family of X, Name, said`: the family speaks, never the person it is named for
    q(
        "he had called them minutes before the ferry overturned to say the sea was rough",
        None,
        "indirect",
        "said",
        "The family of the ferry's cook, Danilo Perez",
        country="PH",
    ),
    q(
        "he had worked on the Santa Lucia for 11 years",
        None,
        "indirect",
        "said",
        "They",
        country="PH",
    ),
    # `and thanked the fishermen …`: a reaction, no statement (decision 6)
    q("holding on to hope", None, "partial", "said", "Her parents", country="PH"),
    p(
        "the government had suspended the operator's licence pending an investigation",
        OCAMPO,
        "indirect",
        "said",
        "Transportation Secretary Benjamin Ocampo",
    ),
    p(
        "If rules were broken, people will answer for it. That is a promise to these families,",
        OCAMPO,
        "direct",
        "said",
        "Ocampo",
    ),
    # a victims' group with a name speaks as a body (decision 4)
    p(
        "it would file a complaint against the operator with the Maritime Industry Authority",
        FAMILIES_SL_BODY,
        "indirect",
        "said",
        "A group formed by relatives on Monday, Families of the Santa Lucia",
    ),
    p(
        "We are not asking for money. We are asking for the truth.",
        MANALO,
        "direct",
        "said",
        "Its spokeswoman, Liza Manalo",
    ),
]

# --- A murder sentencing with victim impact statements (British regional daily: no
# dateline, a byline with the writer's post, curly “double quotes”, `Mr` / `Mrs`, `KC`) ------
GMP = "Greater Manchester Police"
BLADES_DOWN = "Blades Down"

BRAMWELL = {"speaker": "Alison Bramwell", "role": "Judge", "country": "GB"}
G_OKORO = {"speaker": "Grace Okoro", "role": "widow", "country": "GB"}
ADEBAYO = {"speaker": "Tunde Adebayo", "role": "brother-in-law", "country": "GB"}
MARCHANT = {"speaker": "Helen Marchant", "role": "Prosecutor", "country": "GB"}
FELTHAM = {"speaker": "Simon Feltham", "role": "barrister", "country": "GB"}
QUINN = {"speaker": "Rachel Quinn", "role": "Detective Inspector", "country": "GB", "org": GMP}
HESKETH = {"speaker": "Pauline Hesketh", "role": "neighbour", "country": "GB"}
PIKE = {"speaker": "Lorraine Pike", "role": "founder", "country": "GB", "org": BLADES_DOWN}
EZE = {"speaker": "Blessing Eze", "role": "sister", "country": "GB"}

SENTENCING_Q = [
    p(
        "for no reason other than to use it",
        BRAMWELL,
        "partial",
        "said",
        "Judge Alison Bramwell",
    ),
    p("not a flicker of remorse", BRAMWELL, "partial", "said", "Judge Alison Bramwell"),
    # a statement read to the court by someone else: the widow's (decision 8: role widow)
    p(
        "Daniel was the first person to help anyone who needed it. He took the light out of our "
        "lives, and he did it over a parking space.",
        G_OKORO,
        "direct",
        "said",
        "Mr Okoro’s widow, Grace Okoro",
    ),
    p(
        "Our boys ask every night when Daddy is coming home. I do not have an answer for them, "
        "and I never will.",
        G_OKORO,
        "direct",
        "said",
        "Mr Okoro’s widow, Grace Okoro",
    ),
    # `His parents said`: a kinship plural, speaker null; `they said` goes on with them
    q(
        "they had travelled from Leeds every morning for the trial and had sat through every day "
        "of it",
        None,
        "indirect",
        "said",
        "His parents",
        country="GB",
    ),
    q(
        "We sent our son to Manchester to study, and he built his life here,",
        None,
        "direct",
        "said",
        "they",
        country="GB",
    ),
    q(
        "Now we have to learn how to live in a world without him.",
        None,
        "direct",
        "said",
        "they",
        country="GB",
    ),
    # `told the court that A had been “…” in B and that C`: the partial and C
    p("the calm one", ADEBAYO, "partial", "told", "Mr Okoro’s brother-in-law, Tunde Adebayo"),
    p(
        "the children now refused to go into town",
        ADEBAYO,
        "indirect",
        "told",
        "Mr Okoro’s brother-in-law, Tunde Adebayo",
    ),
    p(
        "Kershaw had followed Mr Okoro across the road after an argument about a van blocking the "
        "takeaway’s entrance",
        MARCHANT,
        "indirect",
        "told",
        "Prosecutor Helen Marchant KC",
    ),
    # `said his client had been “…” and had never intended B`: the partial and B (decision 10)
    p(
        "frightened and foolish",
        FELTHAM,
        "partial",
        "said",
        "Kershaw’s barrister, Simon Feltham KC",
    ),
    p(
        "had never intended to kill anyone",
        FELTHAM,
        "indirect",
        "said",
        "Kershaw’s barrister, Simon Feltham KC",
    ),
    p(
        "CCTV showed Kershaw walking back to his car to fetch the knife",
        BRAMWELL,
        "indirect",
        "said",
        "the judge",
    ),
    p("You had time to think, and you chose to go back,", BRAMWELL, "direct", "told", "she"),
    p(
        "Daniel Okoro’s children will grow up without their father because of that choice.",
        BRAMWELL,
        "direct",
        "told",
        "she",
    ),
    p(
        "extraordinary dignity",
        QUINN,
        "partial",
        "said",
        "Detective Inspector Rachel Quinn, of Greater Manchester Police",
    ),
    p(
        "Nothing that happened in that courtroom today will bring Daniel back, but I hope it gives "
        "his family some measure of peace,",
        QUINN,
        "direct",
        "said",
        "she",
    ),
    q(
        "Daniel was a husband, a son, a brother and a friend to half of Astley Bridge. We thank "
        "the witnesses who were brave enough to come forward.",
        None,
        "direct",
        "said",
        "The family",
        country="GB",
    ),
    # an unnamed relative of the other side: speaker null
    q(
        "ashamed of what he has done",
        None,
        "partial",
        "said",
        "A relative of Kershaw",
        country="GB",
    ),
    q(
        "Mr Okoro had coached an under-nines football team at a local park on Saturday mornings",
        None,
        "indirect",
        "said",
        "Neighbours in Astley Bridge",
        country="GB",
    ),
    p(
        "He used to carry my shopping up the steps without being asked. You don’t get many like "
        "that.",
        HESKETH,
        "direct",
        "said",
        "One neighbour, Pauline Hesketh, 67",
    ),
    # `who founded Y` keeps `founder` (decision 9)
    p(
        "the case showed how quickly an ordinary argument could end in a death",
        PIKE,
        "indirect",
        "said",
        "Lorraine Pike, who founded the Bolton anti-knife charity Blades Down",
    ),
    p(
        "Every family I work with says the same thing: it started over nothing,",
        PIKE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the children had been staying with her in Salford since the killing",
        EZE,
        "indirect",
        "said",
        "Mrs Okoro’s sister, Blessing Eze",
    ),
    p(
        "They are brave boys, but they are six and nine years old. They should not have to be "
        "brave,",
        EZE,
        "direct",
        "said",
        "she",
    ),
]

# --- A missing hiker found alive, a vigil turned celebration (US local TV web copy: `BEND,
# Ore. (KCDR) —`, straight "double quotes", courtesy titles `Sgt.`, `Sheriff`, `Pastor`) ----
DCSO = "Deschutes County Sheriff's Office"
DCSO_BODY = {"speaker": DCSO, "country": "US"}
ST_CHARLES = "St. Charles Medical Center"

WHITCOMB = {"speaker": "Dana Whitcomb", "role": "Sgt.", "country": "US", "org": DCSO}
K_BROOKS = {"speaker": "Karen Brooks", "role": "mother", "country": "US"}
T_BROOKS = {"speaker": "Tom Brooks", "role": "father", "country": "US"}
KAITLYN = {"speaker": "Kaitlyn Brooks", "role": "sister", "country": "US"}
ORTEGA = {
    "speaker": "Luis Ortega",
    "role": "Pastor",
    "country": "US",
    "org": "Westside Community Church",
}
CASTILLO = {"speaker": "Jenny Castillo", "country": "US"}
DELANEY = {"speaker": "Marcus Delaney", "role": "Sheriff", "country": "US", "org": DCSO}

HIKER_Q = [
    p(
        "A 23-year-old Bend woman who went missing on a day hike in the Three Sisters Wilderness "
        "was found alive Thursday morning, four nights after she was last seen",
        DCSO_BODY,
        "indirect",
        "said",
        "the Deschutes County Sheriff's Office",
    ),
    q(
        "Search crews found Emma Brooks near a creek about three miles from the Pole Creek "
        "trailhead, cold and dehydrated but able to walk",
        None,
        "indirect",
        "said",
        "sheriff's officials",
        country="US",
    ),
    # `A hospital spokeswoman` after the one hospital named: organisation that hospital
    q(
        "Brooks was in fair condition Thursday evening",
        None,
        "indirect",
        "said",
        "A hospital spokeswoman",
        country="US",
        org=ST_CHARLES,
    ),
    p(
        "Brooks had lost the trail in fog on Sunday afternoon and spent the nights under a rock "
        "overhang",
        WHITCOMB,
        "indirect",
        "said",
        "Sgt. Dana Whitcomb, who coordinates search and rescue for the sheriff's office",
    ),
    p(
        "She did everything right once she was lost. She stayed put, she stayed dry and she kept "
        "her head,",
        WHITCOMB,
        "direct",
        "said",
        "Whitcomb",
    ),
    p(
        "That's why we're talking about a rescue today and not a recovery.",
        WHITCOMB,
        "direct",
        "said",
        "Whitcomb",
    ),
    p(
        "More than 120 volunteers from four counties joined the search",
        WHITCOMB,
        "indirect",
        "said",
        "Whitcomb",
    ),
    # `Name's parents told X`: a kinship plural, speaker null (never Name)
    q(
        "they got the call from deputies just before 9 a.m. while they were handing out flyers at "
        "the trailhead",
        None,
        "indirect",
        "told",
        "Brooks' parents",
        country="US",
    ),
    p("We just held each other and cried,", K_BROOKS, "direct", "said", "her mother, Karen Brooks"),
    p(
        "I kept saying, 'She's alive, she's alive.'",
        K_BROOKS,
        "direct",
        "said",
        "her mother, Karen Brooks",
    ),
    p(
        "the family had never stopped believing she would walk out of the woods",
        T_BROOKS,
        "indirect",
        "said",
        "Her father, Tom Brooks",
    ),
    q("overwhelmed with gratitude", None, "partial", "said", "The family", country="US"),
    # a request is a statement (decision 6), the family's
    q("privacy while Emma recovers", None, "indirect", "asked for", "They", country="US"),
    p(
        "Emma had texted her a photo of the mountain on Sunday morning, the last anyone had heard "
        "from her",
        KAITLYN,
        "indirect",
        "said",
        "Brooks' sister, Kaitlyn Brooks",
    ),
    p(
        "I looked at that picture a hundred times this week,",
        KAITLYN,
        "direct",
        "said",
        "Kaitlyn Brooks",
    ),
    q(
        "the family had spent more than $6,000 on a private drone team on Wednesday",
        None,
        "indirect",
        "said",
        "A cousin who asked not to be named",
        country="US",
    ),
    q(
        "more than 300 people came, many carrying candles they had bought for a very different "
        "evening",
        None,
        "indirect",
        "said",
        "Organizers",
        country="US",
    ),
    p(
        "We came here ready to pray for a miracle, and God gave us one this morning,",
        ORTEGA,
        "direct",
        "said",
        "Pastor Luis Ortega of Westside Community Church, who led the gathering",
    ),
    p(
        "neighbors had taken turns bringing meals to the house all week",
        CASTILLO,
        "indirect",
        "said",
        "Jenny Castillo, who lives next door to the Brooks family",
    ),
    p("That's just what you do here. Nobody had to ask,", CASTILLO, "direct", "said", "she"),
    q(
        "she had hiked the area several times and was an experienced camper",
        None,
        "indirect",
        "said",
        "Friends of Brooks from Central Oregon Community College",
        country="US",
    ),
    # `said A but that he would “…”`: A and the partial
    p(
        "the search had cost the county about $40,000",
        DELANEY,
        "indirect",
        "said",
        "Sheriff Marcus Delaney",
    ),
    p("do it again tomorrow.", DELANEY, "partial", "said", "Sheriff Marcus Delaney"),
    p(
        "to carry a paper map and to tell someone where they are going before heading out",
        DELANEY,
        "indirect",
        "urged",
        "Delaney",
    ),
    p(
        "Phones die, fog rolls in and trails disappear under snow up there, even in June,",
        DELANEY,
        "direct",
        "said",
        "he",
    ),
    p(
        "it would release more details about the search on Friday",
        DCSO_BODY,
        "indirect",
        "said",
        "The sheriff's office",
    ),
]

DOCS = [
    ("probe-r27b-batangas-ferry-families", "Batangas", FERRY_Q),
    ("probe-r27b-bolton-takeaway-murder-sentencing", None, SENTENCING_Q),
    ("probe-r27b-bend-missing-hiker-found", "BEND", HIKER_Q),
]

SPEAKING_BODIES = (PCG, STARLIGHT, FAMILIES_SL, DCSO)


def main():
    write_gold(
        HERE,
        "probes_r27b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r27b",
        source="quotesdb round-27 training probe B (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
