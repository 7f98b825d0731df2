"""Build probes_r20a_gold.jsonl from the hand annotations below.

Training probes of round 20 (helper A), not a blind set: the annotations were written by
hand before any run of articles.attribution on these texts, in the convention of
bench/heldout4 to bench/heldout15 (see bench/heldout15/README.md), and then the module's
errors on them were read and fixed. Each quote is located by searching its exact text
after the previous quote's end, so text[start:end] == quote text and spans never overlap.

    python3 bench/probes/r20a/make_gold.py   # writes bench/probes/r20a/probes_r20a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- product recall, San Jose (AP style, curly “double quotes”) --------------------------
BRIGHTWELL = "Brightwell Electronics"
CPSC = "Consumer Product Safety Commission"
OKAFOR = {"speaker": "Daniel Okafor", "role": "chief executive", "country": "US", "org": BRIGHTWELL}
FELD = {
    "speaker": "Marisa Feld",
    "role": "deputy chief executive",
    "country": "US",
    "org": BRIGHTWELL,
}
GOMEZ_HALE = {
    "speaker": "Patricia Gomez-Hale",
    "role": "Chairwoman",
    "country": "US",
    "org": CPSC,
}
CASTILLO = {"speaker": "Renee Castillo", "role": "spokeswoman", "country": "US", "org": CPSC}
WHITACRE = {
    "speaker": "Tom Whitacre",
    "role": "spokesman",
    "country": "US",
    "org": "U.S. Fire Administration",
}
DORSEY = {"speaker": "Kayla Dorsey", "country": "US"}
LINDQVIST = {"speaker": "Gary Lindqvist", "role": "retired firefighter", "country": "US"}
RAMAN = {"speaker": "Priya Raman", "role": "analyst", "country": "US", "org": "Hollins Capital"}
OKAFOR_SRC = "Brightwell’s chief executive, Daniel Okafor"


def bw(text, kind, cue, source):
    return q(text, BRIGHTWELL, kind, cue, source, country="US")


def cpsc(text, kind, cue, source):
    return q(text, CPSC, kind, cue, source, country="US")


RECALL_Q = [
    # the first conjunct of a coordinated subject speaks (README convention)
    bw(
        "Brightwell Electronics is recalling about 1.2 million portable power banks sold in the "
        "United States and Canada after dozens of reports of the chargers overheating and "
        "catching fire",
        "indirect",
        "said",
        "the company and federal safety regulators",
    ),
    cpsc(
        "The recall covers the VoltPack 20 and VoltPack 20 Plus, sold from March 2024 through "
        "August 2025 at electronics chains and online for about $45",
        "indirect",
        "according to",
        "the U.S. Consumer Product Safety Commission",
    ),
    cpsc(
        "it had received 87 reports of the chargers overheating, including 31 fires and 12 "
        "burn injuries, two of them serious enough to need hospital treatment",
        "indirect",
        "said",
        "The commission",
    ),
    bw("deeply sorry", "partial", "said", "Brightwell"),
    bw("customers should stop using them at once", "indirect", "said", "Brightwell"),
    bw(
        "a faulty separator in battery cells made by a single supplier could let the cells "
        "short-circuit while charging",
        "indirect",
        "said",
        "It",
    ),
    p(
        "Nothing matters more to us than the safety of the people who trust our products,",
        OKAFOR,
        "direct",
        "said",
        OKAFOR_SRC,
    ),
    p(
        "We got this wrong, and we are going to make it right.",
        OKAFOR,
        "direct",
        "said",
        OKAFOR_SRC,
    ),
    p(
        "owners would be offered a full refund or a free replacement and that the company had "
        "stopped buying cells from the supplier",
        OKAFOR,
        "indirect",
        "said",
        "Okafor",
    ),
    p(
        "The company will also pay for damage to homes and cars caused by the chargers",
        OKAFOR,
        "indirect",
        "added",
        "he",
    ),
    p(
        "Brightwell had first heard of a possible problem in June, when a customer in Ohio sent "
        "photos of a melted charger",
        FELD,
        "indirect",
        "told",
        "Okafor’s deputy, Marisa Feld",
    ),
    p("We opened an investigation the same week,", FELD, "direct", "said", "she"),
    p(
        "At first the reports looked like isolated misuse. By August the pattern was clear.",
        FELD,
        "direct",
        "said",
        "she",
    ),
    p(
        "Six months is too long to wait when people’s bedrooms are catching fire.",
        GOMEZ_HALE,
        "direct",
        "said",
        "Commission Chairwoman Patricia Gomez-Hale",
    ),
    p(
        "the agency had pressed Brightwell for weeks to announce a recall and that the company "
        "had agreed only after a formal letter in October",
        CASTILLO,
        "indirect",
        "said",
        "A spokeswoman for the commission, Renee Castillo",
    ),
    p(
        "Owners who cannot find a model number on their charger should assume it is affected",
        CASTILLO,
        "indirect",
        "said",
        "she",
    ),
    q(
        "it was working with the company on a separate recall of about 140,000 units sold in "
        "Canada",
        "Health Canada",
        "indirect",
        "said",
        "Health Canada",
        country="CA",
    ),
    p(
        "Fires caused by lithium-ion batteries in small devices have risen sharply over the "
        "past five years",
        WHITACRE,
        "indirect",
        "said",
        "Tom Whitacre, a spokesman for the U.S. Fire Administration",
    ),
    p(
        "not to charge devices on beds or sofas, or overnight while they sleep",
        WHITACRE,
        "indirect",
        "urged",
        "He",
    ),
    p(
        "I heard a pop, and then the whole nightstand was on fire,",
        DORSEY,
        "direct",
        "said",
        "Kayla Dorsey, 34, of Columbus, Ohio",
    ),
    p(
        "If he had been asleep, I don’t know what would have happened.",
        DORSEY,
        "direct",
        "said",
        "Kayla Dorsey, 34, of Columbus, Ohio",
    ),
    p(
        "Brightwell had offered her a $50 gift card when she first complained, and that nobody "
        "from the company had called her back until this week",
        DORSEY,
        "indirect",
        "said",
        "Dorsey",
    ),
    p(
        "he had seen the same kind of damage many times during his career",
        LINDQVIST,
        "indirect",
        "said",
        "Gary Lindqvist, a retired firefighter in Tacoma, Washington",
    ),
    p(
        "These things do not smolder. They go off like a flare,",
        LINDQVIST,
        "direct",
        "said",
        "Lindqvist",
    ),
    p(
        "People think a charger is harmless because it is small.",
        LINDQVIST,
        "direct",
        "said",
        "Lindqvist",
    ),
    q(
        "they had pulled the chargers from shelves and online listings on Wednesday, a day "
        "before the recall was announced",
        None,
        "indirect",
        "said",
        "Several large retailers",
        country="US",
    ),
    p(
        "the company would add a second supplier’s cells to its testing program and hire an "
        "outside laboratory to review every charger it sells",
        OKAFOR,
        "indirect",
        "said",
        "Okafur",
    ),
    q(
        "the cost of the recall itself was manageable but that the damage to the brand could "
        "last longer",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "the recall would cost Brightwell $60 million to $80 million, roughly a quarter of last "
        "year’s profit",
        RAMAN,
        "indirect",
        "estimated",
        "Priya Raman, an analyst at Hollins Capital",
    ),
    p("The bigger question is the supplier,", RAMAN, "direct", "wrote", "Raman"),
    p(
        "If the same cells went into other brands’ chargers, this will not stay a Brightwell "
        "story for long.",
        RAMAN,
        "direct",
        "wrote",
        "Raman",
    ),
    p(
        "We would expect regulators to be asking that question within weeks, if they are not "
        "already.",
        RAMAN,
        "direct",
        "wrote",
        "Raman",
    ),
    bw(
        "customers could check whether their charger was affected on its website or by calling "
        "a toll-free number",
        "indirect",
        "said",
        "Brightwell",
    ),
    bw("replacements would begin shipping in January", "indirect", "said", "It"),
]

# --- study in a journal, Edinburgh (Reuters style, straight "double quotes") -------------
CALDERMUIR = "University of Caldermuir"
HARLAND = "Harland Trust"
MACKAY = {"speaker": "Fiona Mackay", "role": "Professor", "country": "GB", "org": CALDERMUIR}
EKDAHL = {
    "speaker": "Lars Ekdahl",
    "role": "co-author",
    "country": "SE",
    "org": "Nordvik Institute",
}
CHAUDHRY = {
    "speaker": "Amira Chaudhry",
    "role": "author",
    "country": "CA",
    "org": "McAllister University",
}
ACHTERBERG = {
    "speaker": "Simon Achterberg",
    "role": "consultant nephrologist",
    "country": "GB",
    "org": "St Columba's Hospital",
}
PEMBERTON = {
    "speaker": "Kate Pemberton",
    "role": "director of research",
    "country": "GB",
    "org": HARLAND,
}
DUNLEAVY = {
    "speaker": "Robert Dunleavy",
    "role": "chief executive",
    "country": "GB",
    "org": "Kidney Care Scotland",
}
YATES = {
    "speaker": "Colin Yates",
    "role": "deputy director of research",
    "country": "GB",
    "org": HARLAND,
}
ACHTERBERG_SRC = (
    "Dr Simon Achterberg, a consultant nephrologist at St Columba's Hospital in London who was "
    "not involved in the research"
)

STUDY_Q = [
    # a multinational team: no country for the unnamed researchers
    q(
        "A cheap blood pressure drug that has been on the market for four decades slowed the "
        "loss of kidney function in people with early chronic kidney disease by almost a third",
        None,
        "indirect",
        "said",
        "researchers",
    ),
    q(
        "could change how millions of patients are treated",
        None,
        "indirect",
        "said",
        "they",
    ),
    q(
        "Patients on the drug lost kidney function 31% more slowly than those on the placebo, "
        "and fewer of them needed dialysis by the end of the study",
        None,
        "indirect",
        "reported",
        "the authors",
    ),
    p(
        "We went in expecting a modest effect at best,",
        MACKAY,
        "direct",
        "said",
        "Professor Fiona Mackay, the nephrologist who led the study",
    ),
    p(
        "What we found was large, consistent and, frankly, a surprise to all of us.",
        MACKAY,
        "direct",
        "said",
        "Professor Fiona Mackay, the nephrologist who led the study",
    ),
    p(
        "the drug cost less than 10 pence a day and was already on every pharmacy shelf in Britain",
        MACKAY,
        "indirect",
        "said",
        "Mackay",
    ),
    p("tomorrow morning", MACKAY, "partial", "said", "Mackay"),
    q(
        "the benefit held in every age group and in patients with and without diabetes",
        None,
        "indirect",
        "said",
        "The team",
    ),
    q(
        "the trial had not been large enough to measure any effect on deaths",
        None,
        "indirect",
        "cautioned",
        "they",
    ),
    p(
        "the Swedish patients had been followed with monthly blood tests, the most detailed "
        "record of its kind",
        EKDAHL,
        "indirect",
        "said",
        "Mackay's co-author, Dr Lars Ekdahl of the Nordvik Institute in Stockholm",
    ),
    p(
        "The curves separate after about six months and they never come back together,",
        EKDAHL,
        "direct",
        "said",
        "he",
    ),
    p("That is not what noise looks like.", EKDAHL, "direct", "said", "he"),
    p(
        "the team had been careful to recruit patients from poorer neighbourhoods",
        CHAUDHRY,
        "indirect",
        "said",
        "A third author, Dr Amira Chaudhry of McAllister University in Toronto",
    ),
    p(
        "Too many trials are run on the people who are easiest to find,",
        CHAUDHRY,
        "direct",
        "said",
        "Chaudhry",
    ),
    p("We went looking for the others.", CHAUDHRY, "direct", "said", "Chaudhry"),
    p(
        "Nearly a quarter of our Canadian patients had never seen a kidney specialist before "
        "they joined.",
        CHAUDHRY,
        "direct",
        "said",
        "Chaudhry",
    ),
    q(
        "the trial had cost 4.1 million pounds and was the largest it had ever run",
        CALDERMUIR,
        "indirect",
        "said",
        "the University of Caldermuir",
        country="GB",
    ),
    q(
        "the results would be presented to the National Institute for Health and Care Excellence",
        CALDERMUIR,
        "indirect",
        "said",
        "It",
        country="GB",
    ),
    p("genuinely exciting", ACHTERBERG, "partial", "said", ACHTERBERG_SRC),
    p(
        "changing practice on the strength of one trial",
        ACHTERBERG,
        "indirect",
        "warned",
        ACHTERBERG_SRC,
    ),
    p(
        "Hydralozene lowers blood pressure, and lower blood pressure is good for kidneys. The "
        "question is whether the drug does anything more than that,",
        ACHTERBERG,
        "direct",
        "said",
        "he",
    ),
    p(
        "I would want to see a second trial before I put every patient on it.",
        ACHTERBERG,
        "direct",
        "said",
        "he",
    ),
    p(
        "Some specialists also questioned whether the 2,400 patients, most of whom were white, "
        "reflected the wider population with the disease",
        ACHTERBERG,
        "indirect",
        "added",
        "Achterberg",
    ),
    p(
        "the trust had backed the trial because no drug company had any reason to pay for a "
        "study of an old and cheap medicine",
        PEMBERTON,
        "indirect",
        "said",
        "Its director of research, Dr Kate Pemberton",
    ),
    p(
        "There is no patent here and no profit. That is exactly why it needed doing,",
        PEMBERTON,
        "direct",
        "said",
        "Pemberton",
    ),
    p(
        "If it saves the health service money on dialysis, that is a bonus.",
        PEMBERTON,
        "direct",
        "said",
        "Pemberton",
    ),
    q(
        "it would fund the follow-up trial Achterberg and others have called for",
        HARLAND,
        "indirect",
        "said",
        "The charity",
        country="GB",
    ),
    p(
        "many of the charity's members had waited years for news that was not about dialysis or "
        "transplants",
        DUNLEAVY,
        "indirect",
        "said",
        "Its chief executive, Robert Dunleavy",
    ),
    p(
        "People with early kidney disease are usually told to watch their diet and wait,",
        DUNLEAVY,
        "direct",
        "told",
        "Dunleavy",
    ),
    p("This gives them something to do.", DUNLEAVY, "direct", "told", "Dunleavy"),
    q(
        "access to specialists, not the price of drugs, remained the main problem there",
        None,
        "indirect",
        "saying",
        "Patients' groups in Canada",
        country="CA",
    ),
    p(
        "the trust would publish the full data set next year so that other teams could check "
        "the results",
        YATES,
        "indirect",
        "said",
        "Pemberton's deputy, Dr Colin Yates",
    ),
    p(
        "the team had already begun talks with hospitals in India and Brazil about a larger trial",
        MACKAY,
        "indirect",
        "said",
        "Mackay",
    ),
    p(
        "she hoped results would be ready within four years, but that funding for it had not "
        "yet been found",
        MACKAY,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Regulators do not need to approve a new use of an old drug before doctors prescribe "
        "it, but guidelines in most countries would have to change before it became routine",
        MACKAY,
        "indirect",
        "said",
        "Mackey",
    ),
    p("We have done our part,", MACKAY, "direct", "said", "she"),
    p(
        "Now it is for the guideline committees to look at the evidence.",
        MACKAY,
        "direct",
        "said",
        "she",
    ),
]

# --- manager sacked, football (British style, ‘single quotes’, no dateline) -------------
ASHWORTH = "Ashworth United"
TRUST = "Ashworth United Supporters’ Trust"
CREWE = {"speaker": "Martin Crewe", "role": "Chairman", "country": "GB", "org": ASHWORTH}
BRANNIGAN = {"speaker": "Joe Brannigan", "role": "captain", "country": "GB", "org": ASHWORTH}
BARRACLOUGH = {"speaker": "Tony Barraclough", "role": "agent", "country": "GB"}
MARSH = {"speaker": "Helen Marsh", "role": "chair", "country": "GB", "org": TRUST}
KAPOOR = {"speaker": "Raj Kapoor", "role": "vice-chair", "country": "GB", "org": TRUST}
TATE = {"speaker": "Colin Tate", "country": "GB"}
DURRANT = {
    "speaker": "Lee Durrant",
    "role": "pundit",
    "country": "GB",
    "org": "BBC Radio Northwest",
}
WHITLOCK = {
    "speaker": "Danny Whitlock",
    "role": "first-team coach",
    "country": "GB",
    "org": ASHWORTH,
}
CREWE_SRC = "Chairman Martin Crewe"
BARRACLOUGH_SRC = "Hollis’s agent, Tony Barraclough"


def club(text, kind, cue, source):
    return q(text, ASHWORTH, kind, cue, source, country="GB")


FOOTBALL_Q = [
    club("with great reluctance", "partial", "said", "The club"),
    club(
        "Hollis’s assistant, Paul Gedge, had also left",
        "indirect",
        "said",
        "The club",
    ),
    club(
        "Steve has given everything to this club and we thank him for his hard work and honesty,",
        "direct",
        "said",
        "the statement",
    ),
    club(
        "But results have fallen well short of where we need to be, and the board believes a "
        "change is needed now to give the team the best chance of staying in the division.",
        "direct",
        "said",
        "the statement",
    ),
    p("to the hilt", CREWE, "partial", "said", CREWE_SRC),
    p("could no longer ignore the trend", CREWE, "indirect", "said", CREWE_SRC),
    p("Nobody at this club wanted it to end like this,", CREWE, "direct", "told", "Crewe"),
    p(
        "I spoke to Steve last night and again this morning. He was dignified, as he always has "
        "been.",
        CREWE,
        "direct",
        "told",
        "Crewe",
    ),
    p(
        "But we have 24 games left, and I am not prepared to gamble the club’s future on a "
        "turnaround that the results do not show.",
        CREWE,
        "direct",
        "told",
        "Crewe",
    ),
    p(
        "the search for a successor had begun and that the club hoped to appoint a permanent "
        "manager before the January transfer window opened",
        CREWE,
        "indirect",
        "said",
        "Crewe",
    ),
    p(
        "Ashworth had spent more than £14 million on new players in the summer, a club record",
        CREWE,
        "indirect",
        "added",
        "he",
    ),
    p(
        "the players had to take their share of the blame",
        BRANNIGAN,
        "indirect",
        "said",
        "Club captain Joe Brannigan",
    ),
    p(
        "We are the ones on the pitch. The manager does not miss the chances or give away the "
        "penalties,",
        BRANNIGAN,
        "direct",
        "said",
        "the defender",
    ),
    p(
        "Every one of us in that dressing room should be looking in the mirror today.",
        BRANNIGAN,
        "direct",
        "said",
        "the defender",
    ),
    p(
        "the squad had been told of the decision at the training ground on Sunday morning",
        BRANNIGAN,
        "indirect",
        "said",
        "Brannigan",
    ),
    p("in shock", BRANNIGAN, "partial", "said", "Brannigan"),
    p("hugely disappointed", BARRACLOUGH, "partial", "said", BARRACLOUGH_SRC),
    p(
        "would not criticise the board in public",
        BARRACLOUGH,
        "indirect",
        "said",
        BARRACLOUGH_SRC,
    ),
    p(
        "Steve loves the club and he loves the supporters,",
        BARRACLOUGH,
        "direct",
        "said",
        "Barraclough",
    ),
    p(
        "He believes he was a few weeks from turning it round, but that is football. He will be "
        "back.",
        BARRACLOUGH,
        "direct",
        "said",
        "Barraclough",
    ),
    p(
        "there had been no talks yet about compensation for the remaining 18 months of "
        "Hollis’s contract",
        BARRACLOUGH,
        "indirect",
        "said",
        "Barraclough",
    ),
    p("Let’s not go there today.", BARRACLOUGH, "direct", "said", "he"),
    q(
        "many fans would be sad to see Hollis go but that the board’s recruitment had to be "
        "questioned as well",
        TRUST,
        "indirect",
        "said",
        "The Ashworth United Supporters’ Trust",
        country="GB",
    ),
    p(
        "Managers come and go. The people who signed off on the summer’s spending are still here,",
        MARSH,
        "direct",
        "said",
        "Helen Marsh, the trust’s chair",
    ),
    p(
        "We want to hear from the board how the next appointment will be different.",
        MARSH,
        "direct",
        "said",
        "Helen Marsh, the trust’s chair",
    ),
    p(
        "the trust had asked for a meeting with the owners and expected one within a fortnight",
        KAPOOR,
        "indirect",
        "said",
        "Her vice-chair, Raj Kapoor",
    ),
    q(
        "the decision had come too late",
        None,
        "indirect",
        "said",
        "Some supporters outside the ground on Sunday",
        country="GB",
    ),
    q(
        "Hollis had never been given the players he wanted",
        None,
        "indirect",
        "said",
        "Others",
        country="GB",
    ),
    p(
        "He was a good man in a bad job,",
        TATE,
        "direct",
        "said",
        "Colin Tate, 67, who has held a season ticket for 41 years",
    ),
    p(
        "I don’t blame him. I blame the people upstairs.",
        TATE,
        "direct",
        "said",
        "Colin Tate, 67, who has held a season ticket for 41 years",
    ),
    p(
        "the club had lost its way long before this season",
        DURRANT,
        "indirect",
        "said",
        "Former Ashworth striker Lee Durrant, now a pundit for BBC Radio Northwest",
    ),
    p(
        "You cannot keep changing the manager and expect a different result,",
        DURRANT,
        "direct",
        "said",
        "Durrant",
    ),
    p(
        "This is the sixth in eight years. At some point you have to ask who keeps picking them.",
        DURRANT,
        "direct",
        "said",
        "Durrant",
    ),
    p(
        "Whitlock was popular with the players and deserved the chance to make the job his own",
        DURRANT,
        "indirect",
        "said",
        "Durrant",
    ),
    p("The interim manager", DURRANT, "indirect", "said", "he"),
    p("knew the academy better than anyone at the club", DURRANT, "indirect", "said", "he"),
    p(
        "he had spoken to Hollis before accepting the interim role",
        WHITLOCK,
        "indirect",
        "said",
        "Whitlock, who played more than 200 games for Ashworth",
    ),
    p(
        "He told me to enjoy it and to look after the lads,",
        WHITLOCK,
        "direct",
        "said",
        "he",
    ),
    p("That is what I intend to do.", WHITLOCK, "direct", "said", "he"),
    q(
        "disappointed",
        "League Managers Association",
        "partial",
        "said",
        "The League Managers Association",
        country="GB",
    ),
    q(
        "it would support Hollis in his discussions with the club",
        "League Managers Association",
        "indirect",
        "said",
        "The League Managers Association",
        country="GB",
    ),
    p("the club would not panic", CREWE, "indirect", "insisted", "Crewe"),
    p("We will take our time and get the right person,", CREWE, "direct", "said", "he"),
]

DOCS = [
    ("r20a-recall-brightwell-power-banks-fires", "SAN JOSE, Calif.", RECALL_Q),
    ("r20a-study-kidney-drug-trial-edinburgh", "EDINBURGH", STUDY_Q),
    ("r20a-football-ashworth-sack-manager-hollis", None, FOOTBALL_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Ashworth United",
    "Ashworth United Supporters’ Trust",
    "Brightwell Electronics",
    "Consumer Product Safety Commission",
    "Harland Trust",
    "Health Canada",
    "League Managers Association",
    "University of Caldermuir",
)


def main():
    write_gold(
        HERE,
        "probes_r20a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r20a",
        source="quotesdb round 20 training probes A (written for probing, not blind)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
