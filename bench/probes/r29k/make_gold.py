"""Build probes_r29k_gold.jsonl from the hand annotations below.

Training probe r29k, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r29e and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-11). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r29k/make_gold.py   # writes probes_r29k_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, write_gold  # noqa: E402

# --- A mayor loses a pool vote (New Zealand Local Democracy Reporting: no dateline, straight
# quotes, `$38 million` / `$2m`, `per cent`, a funding line at the end) -----------------------
# five women speak in turn; the undated New Zealand story gives its people NZ
BENNETT = {"speaker": "Aroha Bennett", "role": "Mayor", "country": "NZ"}
ORTIZ = {"speaker": "Megan Ortiz", "role": "Councillor", "country": "NZ"}
LEE = {"speaker": "Jane Lee", "role": "Councillor", "country": "NZ"}
# first named by Lee (`Ask Sarah.`), then `Sarah Whitcombe, 61, the chair of …`
WHITCOMBE = {"speaker": "Sarah Whitcombe", "role": "chair", "country": "NZ"}
# `Her deputy, X,` (the mayor's)
HOHAIA = {"speaker": "Kirsty Hohaia", "role": "deputy", "country": "NZ"}
FARRELL = {"speaker": "Tina Farrell", "role": "president", "country": "NZ"}
MARSH = {
    "speaker": "Helen Marsh",
    "role": "chief executive",
    "country": "NZ",
    "org": "Hamilton City Council",
}

POOL_Q = [
    p(
        "the delay would add at least $2m to the cost of the project as construction prices "
        "kept rising",
        BENNETT,
        "indirect",
        "said",
        "Mayor Aroha Bennett",
    ),
    p(
        "We have families driving to Cambridge to teach their kids to swim. Every year we wait, "
        "that gets worse,",
        BENNETT,
        "direct",
        "said",
        "she",
    ),
    p(
        "the council could not sign a contract before it knew what the new water services rules "
        "would do to its debt",
        ORTIZ,
        "indirect",
        "said",
        "Councillor Megan Ortiz, who moved the amendment",
    ),
    p(
        "I support a new pool. I do not support signing a contract with a blank cheque attached,",
        ORTIZ,
        "direct",
        "said",
        "Ortiz, who had rung Bennett on Wednesday night to warn her the numbers were there",
    ),
    # `She said` after a sentence naming another woman only as an object: Ortiz
    p("not personal", ORTIZ, "partial", "said", "She"),
    p(
        "a staff report showing the pool's running costs would rise by 40 per cent had changed "
        "her mind",
        LEE,
        "indirect",
        "said",
        "Councillor Jane Lee, one of the two who changed sides",
    ),
    p(
        "The mayor knows I want this pool. But I also want to be able to look ratepayers in the "
        "eye,",
        LEE,
        "direct",
        "said",
        "Lee",
    ),
    # a quote paragraph with no cue goes on with the last speaker
    p("Ask Sarah. She has been saying the same thing since March.", LEE, "direct", "said", "Lee"),
    p(
        "learned nothing",
        WHITCOMBE,
        "partial",
        "said",
        "Sarah Whitcombe, 61, the chair of the council's finance committee",
    ),
    p(
        "the museum had been a different kind of project, built on a heritage site",
        BENNETT,
        "indirect",
        "told",
        "Bennett",
    ),
    # the age points back over Bennett to Whitcombe
    p(
        "We are not against the pool. We are against guessing,",
        WHITCOMBE,
        "direct",
        "said",
        "the 61-year-old",
    ),
    p(
        "staff had already tested the budget against higher interest rates",
        HOHAIA,
        "indirect",
        "saying",
        "Her deputy, Kirsty Hohaia",
    ),
    p(
        "Every number in that report has been checked twice. I would put my name to it tomorrow,",
        HOHAIA,
        "direct",
        "said",
        "Hohaia",
    ),
    p(
        "the tests had been run before the Government announced its water reforms in August",
        ORTIZ,
        "indirect",
        "said",
        "Ortiz",
    ),
    p(
        "she would bring the project back to the council in June with a fixed-price contract",
        BENNETT,
        "indirect",
        "said",
        "The mayor",
    ),
    p(
        "I'm not going to pretend I'm not disappointed. But I count to eight like everyone else,",
        BENNETT,
        "direct",
        "said",
        "Bennett",
    ),
    p(
        "If that's what it takes to get this pool built, we'll do it.",
        BENNETT,
        "direct",
        "said",
        "Bennett",
    ),
    # `A and B both said` → the first name (Conventions: coordinated subjects)
    p(
        "they would vote for the rebuild if the contract capped the council's share of any overrun",
        LEE,
        "indirect",
        "said",
        "Lee and Whitcombe",
    ),
    p(
        "worn out",
        FARRELL,
        "partial",
        "said",
        "Swim club president Tina Farrell, whose club has trained in Cambridge since the outdoor "
        "pool closed in 2023",
    ),
    p(
        "Our kids have been in the car more than they have been in the water this year,",
        FARRELL,
        "direct",
        "said",
        "she",
    ),
    p(
        "the club had lost a third of its junior members and that she had written to every "
        "councillor before Thursday's meeting",
        FARRELL,
        "indirect",
        "said",
        "Farrell",
    ),
    p(
        "staff would work with the finance committee on the new figures",
        MARSH,
        "indirect",
        "said",
        "Hamilton City Council chief executive Helen Marsh",
    ),
    p(
        "the pool's steel frame would be inspected again before winter",
        MARSH,
        "indirect",
        "said",
        "She",
    ),
    p(
        "she expected the project to go ahead in some form",
        ORTIZ,
        "indirect",
        "said",
        "Ortiz, a former accountant who was first elected in 2019",
    ),
    p(
        "Nobody around that table wants to be the councillor who killed the pool,",
        ORTIZ,
        "direct",
        "said",
        "she",
    ),
]

# --- Hurling: Kilkenny beat Galway (Irish national daily's GAA report: no dateline, a score
# line under the headline, `yesterday`, the two managers, straight quotes) ----------------------
DUNNE = {"speaker": "Ciarán Dunne", "role": "manager", "country": "IE", "org": "Kilkenny"}
FAHY = {"speaker": "Pádraig Fahy", "role": "manager", "country": "IE", "org": "Galway"}
# first named by Dunne (`Ask Eoin.`), then `Eoin Brady, the 20-year-old from Thomastown …`
BRADY = {"speaker": "Eoin Brady", "country": "IE"}
MANNION = {"speaker": "Shane Mannion", "role": "captain", "country": "IE", "org": "Galway"}
GREALISH = {"speaker": "Niall Grealish", "role": "full-back", "country": "IE", "org": "Galway"}
WALSH = {"speaker": "Tommy Walsh", "role": "assistant", "country": "IE", "org": "Kilkenny"}

HURLING_Q = [
    # (the headline's words come first: located after the lede's subject)
    dict(
        p("rode our luck", DUNNE, "partial", "admitted", "Kilkenny manager Ciarán Dunne"),
        after="Kilkenny manager Ciarán Dunne admitted",
    ),
    p(
        "It wasn't pretty. I'd say there are people in Galway tonight who think we robbed them, "
        "and they might have a point,",
        DUNNE,
        "direct",
        "said",
        "Dunne",
    ),
    p("We'll take it. In June you take everything.", DUNNE, "direct", "said", "Dunne"),
    p(
        "We had it won. We had it won twice,",
        FAHY,
        "direct",
        "said",
        "Fahy, who won three All-Irelands as a player",
    ),
    # the no-cue paragraph goes on with Fahy, not Dunne
    p(
        "You can't lose a four-point lead in Nowlan Park and go home crying about the referee. "
        "We lost it ourselves.",
        FAHY,
        "direct",
        "said",
        "Fahy, who won three All-Irelands as a player",
    ),
    p("the kind of thing that happens once a season", FAHY, "partial", "said", "Fahy"),
    p(
        "his players would learn more from this defeat than from any win",
        FAHY,
        "indirect",
        "said",
        "Fahy",
    ),
    p("immense", FAHY, "partial", "said", "The former All-Ireland winner"),
    # `he said` after a sentence that names Mannion only inside Fahy's words: Fahy
    p(
        "He was the best man on the field and he knows it. I told him that in the dressing room,",
        FAHY,
        "direct",
        "said",
        "he",
    ),
    p("Ask Eoin. He'll tell you he meant it,", DUNNE, "direct", "said", "he"),
    p(
        "he had closed his eyes and swung",
        BRADY,
        "indirect",
        "said",
        "Eoin Brady, the 20-year-old from Thomastown making his championship debut",
    ),
    p(
        "I was trying to put it over the bar, to be honest. I'm not going to lie to you,",
        BRADY,
        "direct",
        "said",
        "the Thomastown man",
    ),
    p(
        "Brady would start the Leinster final if he kept training the way he had since January",
        DUNNE,
        "indirect",
        "said",
        "Dunne",
    ),
    p(
        "He's been the best thing about our spring. Nobody in the county knew his name a year ago,",
        DUNNE,
        "direct",
        "said",
        "the Kilkenny manager",
    ),
    p(
        "Kilkenny had narrowed the pitch by two metres for the game",
        FAHY,
        "indirect",
        "claimed",
        "Fahy",
    ),
    # `he added` three paragraphs after Dunne's name, Fahy between only in reported speech
    # (a claim of midweek, in the pluperfect): Dunne answers it
    p(
        "We played on the same pitch as them. I measured nothing and I'd say nobody else did "
        "either,",
        DUNNE,
        "direct",
        "added",
        "he",
    ),
    p("silent", MANNION, "partial", "said", "Mannion"),
    p("Fahy had told the players to lift their heads", MANNION, "indirect", "said", "Mannion"),
    p("We'll be better for it. You don't win anything in May,", MANNION, "direct", "said", "he"),
    p(
        "they expected Galway to meet Kilkenny again in the All-Ireland series",
        GREALISH,
        "indirect",
        "said",
        "Grealish and Mannion",
    ),
    p(
        "the most nervous I've ever been on a sideline",
        WALSH,
        "partial",
        "said",
        "Walsh, who won five All-Irelands with Kilkenny before he joined Dunne's backroom team "
        "in 2023",
    ),
    p(
        "Ciarán never sits down. I sat down once and I stood up straight away again,",
        WALSH,
        "direct",
        "said",
        "he",
    ),
    p(
        "he would have Grealish back on the training field on Tuesday",
        FAHY,
        "indirect",
        "said",
        "Fahy",
    ),
    p("He'll be grand. He's a tough lad and he's 27, not 17,", FAHY, "direct", "said", "he"),
]

# --- Chile and Argentina reopen an Andes pass (EFE's English service: `Santiago de Chile, Mar 3
# (EFE).-`, straight quotes, `40 million dollars`, editors' initials at the end) ----------------
VALDES = {"speaker": "Isabel Valdés", "role": "Foreign Minister", "country": "CL"}
# `her Argentine counterpart, X` (the foreign minister), `a former economy minister`
BERTONE = {"speaker": "Lucía Bertone", "role": "foreign minister", "country": "AR"}
IBARRA = {"speaker": "Paula Ibarra", "role": "deputy foreign minister", "country": "CL"}
# `X, who heads the … federation Y`: Y, no role (decision 9)
TAPIA = {"speaker": "Mónica Tapia", "country": "CL", "org": "Fedetruck"}
SOTO = {"speaker": "Valeria Soto", "role": "trade secretary", "country": "AR"}

ANDES_Q = [
    p(
        "customs officers from both countries would work side by side at a single inspection "
        "point in Los Andes",
        VALDES,
        "indirect",
        "said",
        "Chilean Foreign Minister Isabel Valdés and her Argentine counterpart, Lucía Bertone",
    ),
    p(
        "This is the solution that truck drivers have been asking for since 2019,",
        VALDES,
        "direct",
        "told",
        "Valdés",
    ),
    p(
        "Nobody should have to sleep in a cab for nine days at 3,000 metres.",
        VALDES,
        "direct",
        "told",
        "Valdés",
    ),
    p(
        "Argentina would pay for half of the new inspection building and that the two "
        "governments would share the data from their scanners",
        BERTONE,
        "indirect",
        "said",
        "Bertone, a former economy minister",
    ),
    p(
        "Chile would send 12 more customs officers to the pass before the end of March",
        VALDES,
        "indirect",
        "said",
        "Valdés",
    ),
    # the descriptor points back over Valdés to Bertone
    p(
        "the closure had cost Argentine exporters about 40 million dollars, most of it in fruit "
        "and wine that missed ships in Valparaíso",
        BERTONE,
        "indirect",
        "said",
        "The former economy minister",
    ),
    p(
        "We are not going to let a queue of trucks damage a relationship that has survived much "
        "worse,",
        BERTONE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the final text would be signed in Mendoza on Thursday",
        IBARRA,
        "indirect",
        "said",
        "Chile's deputy foreign minister, Paula Ibarra, who led the technical talks",
    ),
    p("in principle", IBARRA, "partial", "said", "Ibarra"),
    # a quote paragraph with no cue after a sentence that brings in a new speaker: hers
    p(
        "Every time there is a photo at La Moneda. Then winter comes and the pass is closed again.",
        TAPIA,
        "direct",
        None,
        "Mónica Tapia",
    ),
    p(
        "she had called Valdés on Sunday night to demand that the crossing be reopened at once, "
        "not in a month",
        TAPIA,
        "indirect",
        "said",
        "Tapia",
    ),
    # `she said` after Valdés named as an object: Tapia
    p("A month is four more weeks without wages for our drivers,", TAPIA, "direct", "said", "she"),
    p(
        "the month was needed to move scanners from the old Argentine post at Horcones, 15 "
        "kilometres from the border",
        IBARRA,
        "indirect",
        "said",
        "The deputy minister",
    ),
    p(
        "Argentina would ask the Mercosur customs committee to use the Los Andes post as a model "
        "for the other crossings between the two countries",
        BERTONE,
        "indirect",
        "said",
        "Bertone",
    ),
    p(
        "If it works here, at the hardest crossing we have, it can work anywhere,",
        BERTONE,
        "direct",
        "said",
        "the Argentine minister",
    ),
    p("every option", VALDES, "partial", "said", "Valdés"),
    p(
        "they would visit the crossing together on March 20",
        BERTONE,
        "indirect",
        "said",
        "Bertone and Valdés",
    ),
    p(
        "local exporters welcomed the agreement but wanted it written into a treaty",
        SOTO,
        "indirect",
        "said",
        "Mendoza province's trade secretary, Valeria Soto",
    ),
    # her statement speaks for her
    p(
        "Agreements between ministers last as long as the ministers,",
        SOTO,
        "direct",
        "said",
        "the statement",
    ),
    p(
        "Fedetruck would keep its members' lorries parked along Route 60 until the first freight "
        "convoy crossed",
        TAPIA,
        "indirect",
        "said",
        "Tapia",
    ),
    p(
        "We have been patient for three weeks. We can be patient for four more,",
        TAPIA,
        "direct",
        "said",
        "she",
    ),
    p(
        "she would brief her Brazilian counterpart on the deal",
        BERTONE,
        "indirect",
        "said",
        "Bertone, who travels to Brasília on Wednesday",
    ),
]

DOCS = [
    ("probe-r29k-hamilton-pool-vote", None, POOL_Q),
    ("probe-r29k-nowlan-park-hurling", None, HURLING_Q),
    ("probe-r29k-andes-pass-talks", "Santiago de Chile", ANDES_Q),
]


def main():
    write_gold(
        HERE,
        "probes_r29k_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r29k",
        source="quotesdb round-29 training probe K (written for error finding)",
    )


if __name__ == "__main__":
    main()
