"""Build heldout30_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the conventions of decisions 1-11 of articles/attribution/README.md and of the
earlier sets (see bench/heldout30/README.md). Each quote is located by searching its exact
text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout30/make_gold.py   # writes bench/heldout30/heldout30_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a sumo stable closed over hazing (Jiji Press English wire style, dateline, straight
# "double quotes"; JP) ------------------------------------------------------------------
JSA = "Japan Sumo Association"
MEXT = "Ministry of Education, Culture, Sports, Science and Technology"
KIRIYAMA = "Kiriyama stable"
JSA_BODY = {"speaker": JSA, "country": "JP"}
MEXT_BODY = {"speaker": MEXT, "country": "JP"}
TABATA = {"speaker": "Hiroyuki Tabata", "role": "lawyer", "country": "JP"}
ONOUE = {"speaker": "Tadashi Onoue", "country": "JP", "org": KIRIYAMA}
HAMADA = {"speaker": "Yoshiko Hamada", "role": "Sumo journalist", "country": "JP"}
DAISHORYU = {"speaker": "Daishoryu", "role": "wrestler", "country": "JP", "org": KIRIYAMA}
TABATA_SRC = "Hiroyuki Tabata, an outside lawyer who sits on the committee"
COMMITTEE_SRC = (
    "The association's compliance committee, which questioned 23 wrestlers and staff members "
    "from December"
)
FATHER_SRC = "The apprentice's father, a fishmonger in Kagoshima Prefecture"
ELDER_SRC = (
    "One elder, who spoke on condition of anonymity because he was not authorized to discuss "
    "the case"
)


def father(text, kind, cue, source):
    return q(text, None, kind, cue, source, role="father", country="JP")


def elder(text, kind, cue, source):
    return q(text, None, kind, cue, source, role="elder", country="JP", org=JSA)


SUMO_Q = [
    p(
        "it will close the Kiriyama stable at the end of the spring tournament in Osaka and "
        "move its 11 wrestlers to other stables",
        JSA_BODY,
        "indirect",
        "said",
        "The Japan Sumo Association (JSA)",
    ),
    # a committee of people, the association's organ (as a board of trustees in heldout26)
    q(
        "three senior wrestlers had repeatedly beaten a 17-year-old apprentice over eight "
        "months and that the stablemaster had failed to stop them",
        None,
        "indirect",
        "concluded",
        COMMITTEE_SRC,
        country="JP",
        org=JSA,
    ),
    p("The stablemaster knew, and he chose to look away,", TABATA, "direct", "told", TABATA_SRC),
    p("That is the heart of this case.", TABATA, "direct", "told", TABATA_SRC),
    p(
        "the apprentice had been struck with a bamboo sword and made to kneel on the stable's "
        "wooden floor for hours as punishment for being late to morning practice",
        TABATA,
        "indirect",
        "said",
        "He",
    ),
    p(
        "one of them had already announced his retirement",
        JSA_BODY,
        "indirect",
        "said",
        "The association",
    ),
    p(
        "Tadashi Onoue, 61, who has run the stable since 2009 under the elder name Kiriyama, "
        "will be demoted to the lowest rank of elder and barred from coaching for three years",
        JSA_BODY,
        "indirect",
        "said",
        "the JSA",
    ),
    p("he would not appeal", ONOUE, "indirect", "said", "Onoue"),
    p(
        "I failed as a master. I did not see what was happening under my own roof,",
        ONOUE,
        "direct",
        "said",
        "he",
    ),
    p(
        "I was told about one incident, in October, and I spoke to the wrestlers involved,",
        ONOUE,
        "direct",
        "said",
        "Onoue",
    ),
    p("I believed it had stopped.", ONOUE, "direct", "said", "Onoue"),
    p("That is for the association to decide, not me.", ONOUE, "direct", "said", "he"),
    father("his son had left the stable in January", "indirect", "said", FATHER_SRC),
    father("finally sleeping through the night.", "partial", "said", FATHER_SRC),
    father(
        "We trusted them with our boy. We will not make that mistake with his younger brother,",
        "direct",
        "said",
        "the statement",
    ),
    q(
        "every stable install cameras in its practice area and that stablemasters take part in "
        "annual training on violence prevention",
        None,
        "indirect",
        "recommended",
        "The committee",
        country="JP",
        org=JSA,
    ),
    p(
        "About 40 of the roughly 600 wrestlers in the sport's six divisions are under 18",
        JSA_BODY,
        "indirect",
        "according to",
        "the association",
    ),
    p(
        "it had asked for a written report by the end of the month",
        MEXT_BODY,
        "indirect",
        "said",
        "The Ministry of Education, Culture, Sports, Science and Technology, which oversees the "
        "JSA as a public-interest foundation",
    ),
    p(
        "the closure was only the third of its kind and had come at least a year too late",
        HAMADA,
        "indirect",
        "said",
        "Sumo journalist Yoshiko Hamada",
    ),
    p(
        "The association keeps promising a change of culture and keeps finding the same thing,",
        HAMADA,
        "direct",
        "said",
        "she",
    ),
    p("Every few years we are back in this room.", HAMADA, "direct", "said", "she"),
    elder(
        "the association feared losing sponsors before the Osaka tournament",
        "indirect",
        "said",
        ELDER_SRC,
    ),
    elder("faster than it usually does.", "partial", "said", ELDER_SRC),
    elder(
        "Nobody wants television cameras at the venue asking about bamboo swords,",
        "direct",
        "said",
        "the elder",
    ),
    p(
        "The stable's top wrestler, Daishoryu, who is ranked ninth among the maegashira, will "
        "join the Minatogawa stable",
        JSA_BODY,
        "indirect",
        "said",
        "the association",
    ),
    p(
        "he had known nothing of the beatings",
        DAISHORYU,
        "indirect",
        "told",
        "The 26-year-old",
    ),
    p(
        "the right decision for the younger ones.",
        DAISHORYU,
        "partial",
        "called",
        "The 26-year-old",
    ),
    p("It hurts to leave the place where I grew up,", DAISHORYU, "direct", "said", "Daishoryu"),
    p("But I am not the one who was hurt.", DAISHORYU, "direct", "said", "Daishoryu"),
    p(
        "the committee would visit all 44 stables before the end of the year, starting with "
        "those that take in wrestlers straight from junior high school",
        TABATA,
        "indirect",
        "said",
        "Tabata",
    ),
    p(
        "If there is a next time, nobody will be able to say they did not know,",
        TABATA,
        "direct",
        "said",
        "he",
    ),
]

# --- a shipbreaking yard fire (a Bangladeshi English-language daily's style, a
# correspondent's line, curly “double quotes” with straight apostrophes, `Tk 10 lakh`, `OC`;
# BD) -------------------------------------------------------------------------------------
KGR = "Karnaphuli Green Recycling"
DIFE = "Department of Inspection for Factories and Establishments"
BSBRA = "Bangladesh Ship Breakers and Recyclers Association"
CWRF = "Coastal Workers' Rights Forum"
HOSPITAL = "Chattogram Medical College Hospital"
KGR_BODY = {"speaker": KGR, "country": "BD"}
BSBRA_BODY = {"speaker": BSBRA, "country": "BD"}
CWRF_BODY = {"speaker": CWRF, "country": "BD"}
CHOWDHURY = {
    "speaker": "Kamrul Hasan Chowdhury",
    "role": "managing director",
    "country": "BD",
    "org": KGR,
}
ISLAM = {
    "speaker": "Md Rafiqul Islam",
    "role": "officer-in-charge",
    "country": "BD",
    "org": "Sitakunda police station",
}
AKTER = {
    "speaker": "Nasrin Akter",
    "role": "deputy inspector general",
    "country": "BD",
    "org": DIFE,
}
DAS = {"speaker": "Tapan Kumar Das", "role": "coordinator", "country": "BD", "org": CWRF}
BEGUM = {"speaker": "Rokeya Begum", "role": "widow", "country": "BD"}
CHOWDHURY_SRC = (
    "Kamrul Hasan Chowdhury, the company's managing director, who went to the yard on Sunday "
    "evening"
)
ISLAM_SRC = "Sitakunda police station's officer-in-charge, Md Rafiqul Islam"
AKTER_SRC = "Nasrin Akter, deputy inspector general of DIFE's Chattogram office"
WORKERS_SRC = "Workers at the yard, several of whom had carried the injured out of the hull"
CUTTER_SRC = "one cutter, who did not want to be named for fear of losing his job"
BSBRA_SRC = "The Bangladesh Ship Breakers and Recyclers Association"


def cutter(text, kind, cue, source):
    return q(text, None, kind, cue, source, role="cutter", country="BD")


SHIP_Q = [
    q(
        "The dead are Md Shahjahan Mia, 34, a cutter from Kurigram, and Abdur Rob, 19, a helper "
        "from Sunamganj",
        None,
        "indirect",
        "said",
        "police",
        country="BD",
    ),
    q(
        "two of them had burns on more than 40 percent of their bodies",
        None,
        "indirect",
        "said",
        "doctors",
        country="BD",
        org=HOSPITAL,
    ),
    p(
        "The fire started in the tanker's engine room at around 3:15pm, while a team was "
        "cutting a fuel pipe with a gas torch",
        KGR_BODY,
        "indirect",
        "according to",
        "the yard's owner, Karnaphuli Green Recycling",
    ),
    p(
        "The pipe had been certified gas-free that morning. We have the certificate,",
        CHOWDHURY,
        "direct",
        "said",
        CHOWDHURY_SRC,
    ),
    p(
        "Something went badly wrong and we will find out what.",
        CHOWDHURY,
        "direct",
        "said",
        CHOWDHURY_SRC,
    ),
    p(
        "the company would pay Tk 10 lakh to each of the two families and bear all medical "
        "costs of the injured",
        CHOWDHURY,
        "indirect",
        "said",
        "He",
    ),
    p(
        "two separate cases had been filed, one of them an unnatural death case, and that "
        "nobody had been arrested yet",
        ISLAM,
        "indirect",
        "said",
        ISLAM_SRC,
    ),
    p(
        "We have seized the gas-free certificate and the yard's work log,",
        ISLAM,
        "direct",
        "told",
        "the OC",
    ),
    p("We are checking who signed them and when.", ISLAM, "direct", "told", "the OC"),
    p(
        "inspectors had visited the yard in February",
        AKTER,
        "indirect",
        "said",
        AKTER_SRC,
    ),
    p("no major violations,", AKTER, "partial", "said", AKTER_SRC),
    # decision 10: the `but` conjunct after the partial, the closing relative cut
    p("had not boarded the tanker", AKTER, "indirect", "said", AKTER_SRC),
    p(
        "A yard can be safe on paper and dangerous in the engine room,",
        AKTER,
        "direct",
        "said",
        "she",
    ),
    p("Our people cannot be everywhere.", AKTER, "direct", "said", "she"),
    p(
        "a three-member probe body had been given 15 working days to submit its report",
        AKTER,
        "indirect",
        "said",
        "She",
    ),
    q(
        "supervisors routinely pushed teams to cut before pipes were properly ventilated",
        None,
        "indirect",
        "said",
        WORKERS_SRC,
        country="BD",
    ),
    q(
        "the cutting crews were paid by the tonne, not by the day",
        None,
        "indirect",
        "said",
        "They",
        country="BD",
    ),
    cutter(
        "If you wait for the gas to clear, you lose half a day's money,",
        "direct",
        "said",
        CUTTER_SRC,
    ),
    cutter("So nobody waits.", "direct", "said", CUTTER_SRC),
    p(
        "Our supervisors have never told anyone to skip ventilation,",
        CHOWDHURY,
        "direct",
        "said",
        "he",
    ),
    p("deeply saddening", BSBRA_BODY, "partial", "said", BSBRA_SRC),
    p(
        "its member yards had cut fatal accidents by more than half in five years",
        BSBRA_BODY,
        "indirect",
        "said",
        BSBRA_SRC,
    ),
    q(
        "the industry's figures are incomplete",
        None,
        "indirect",
        "say",
        "labour rights groups",
        country="BD",
    ),
    p(
        "At least 11 workers died in Sitakunda's yards last year",
        CWRF_BODY,
        "indirect",
        "according to",
        "a count kept by the Coastal Workers' Rights Forum, a Chattogram-based platform",
    ),
    p(
        "most deaths happened during the last weeks of a ship's dismantling, when owners "
        "hurried to clear the berth for the next vessel",
        DAS,
        "indirect",
        "said",
        "The forum's coordinator, Tapan Kumar Das",
    ),
    p(
        "They call it recycling. For the workers it is the same old breaking,",
        DAS,
        "direct",
        "said",
        "Das",
    ),
    p(
        "the government had promised in 2023 to make every yard install gas detectors",
        DAS,
        "indirect",
        "said",
        "He",
    ),
    # a request: the infinitive without the addressee (decision 6)
    p("to publish the list of yards that had done so", DAS, "indirect", "urged", "He"),
    p("He told me this was his last ship before Eid,", BEGUM, "direct", "said", "she"),
    p("He wanted to buy the girls new clothes.", BEGUM, "direct", "said", "she"),
    p(
        "she did not know how she would pay the rent on their room in Bhatiari",
        BEGUM,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the yard would reopen only once the inspectors were satisfied",
        CHOWDHURY,
        "indirect",
        "said",
        "Chowdhury",
    ),
    p("We are not going to argue with DIFE,", CHOWDHURY, "direct", "said", "he"),
]

# --- a mas band disqualified (a Trinidad daily's style, no dateline, straight "double
# quotes" with straight apostrophes, `yesterday`, `told the Sentinel`; TT) -----------------
NCC = "National Carnival Commission"
RRM = "Ravine Road Mas"
NCC_BODY = {"speaker": NCC, "country": "TT"}
GOPAUL = {"speaker": "Anselm Gopaul", "role": "chairman", "country": "TT", "org": NCC}
ALLEYNE = {"speaker": "Keston Alleyne", "role": "leader", "country": "TT", "org": RRM}
LEZAMA = {"speaker": "Marcia Lezama-Pierre", "role": "coordinator", "country": "TT"}
BAPTISTE = {"speaker": "Sherlan Baptiste", "role": "Minister of Culture", "country": "TT"}
RAMSARAN = {"speaker": "Kimberly Ramsaran", "role": "nurse", "country": "TT"}
JOSEPH = {
    "speaker": "Wendell Joseph",
    "role": "Carnival historian",
    "country": "TT",
    "org": "University of the West Indies",
}
ALLEYNE_SRC = "The band's leader, Keston Alleyne, who has brought out Ravine Road Mas for 19 years"
BAPTISTE_SRC = "Trinidad and Tobago's Minister of Culture, Sherlan Baptiste"
LEADER_SRC = (
    "One of them, who asked not to be named because his band shares a mas camp in Woodbrook "
    "with Ravine Road"
)

CARNIVAL_Q = [
    p(
        "the rule on crossing times had been in place for six years",
        GOPAUL,
        "indirect",
        "said",
        "NCC chairman Anselm Gopaul",
    ),
    p(
        "to the small bands and the big bands alike.",
        GOPAUL,
        "partial",
        "said",
        "NCC chairman Anselm Gopaul",
    ),
    p(
        "Nobody is above the timetable. If we bend it for one band, we have to bend it for all "
        "of them,",
        GOPAUL,
        "direct",
        "said",
        "Gopaul",
    ),
    p(
        "the judges had scored the band's presentation in full, but that the scores would not "
        "be counted",
        GOPAUL,
        "indirect",
        "said",
        "He",
    ),
    p("a slap in the face of 3,000 masqueraders", ALLEYNE, "partial", "called", ALLEYNE_SRC),
    p(
        "he would take the matter to the High Court if the commission did not reverse it by Friday",
        ALLEYNE,
        "indirect",
        "said",
        ALLEYNE_SRC,
    ),
    p(
        "We were held up for 50 minutes at the bottom of Charlotte Street by a band that broke "
        "down in front of us. Everybody on that road saw it,",
        ALLEYNE,
        "direct",
        "told",
        "Alleyne",
    ),
    p("The NCC wants us to fly over another band?", ALLEYNE, "direct", "asked", "he"),
    p(
        "his section leaders had called the commission's route marshals three times to ask for "
        "the broken-down band to be moved, and that nobody had come",
        ALLEYNE,
        "indirect",
        "said",
        "Alleyne",
    ),
    p(
        "a marshal reached the stalled band at 2:10pm and the road was clear by 2:25pm",
        NCC_BODY,
        "indirect",
        "according to",
        "the NCC",
    ),
    p(
        "its records showed Ravine Road Mas did not reach the judging point until 4:55pm",
        NCC_BODY,
        "indirect",
        "said",
        "The commission",
    ),
    p(
        "the judges had been told of the delay on Charlotte Street but had no power to extend "
        "a band's time",
        LEZAMA,
        "indirect",
        "said",
        "Judges' coordinator Marcia Lezama-Pierre, who was at the Savannah stage all day",
    ),
    p("We judge what we see, when we see it,", LEZAMA, "direct", "said", "she"),
    p("The clock is the commission's business, not ours.", LEZAMA, "direct", "said", "she"),
    q(
        "the decision was harsh but correct",
        None,
        "indirect",
        "said",
        "Several bandleaders",
        country="TT",
    ),
    q(
        "everybody has been late at some point.",
        None,
        "partial",
        "said",
        LEADER_SRC,
        role="bandleader",
        country="TT",
    ),
    p(
        "the ministry would not interfere with an NCC decision",
        BAPTISTE,
        "indirect",
        "said",
        BAPTISTE_SRC,
    ),
    # a request whose infinitive holds the partial: represented by the partial
    p("in a Carnival spirit.", BAPTISTE, "partial", "urged", BAPTISTE_SRC),
    p(
        "I spent a whole year saving for this costume. Now they telling me it didn't count?",
        RAMSARAN,
        "direct",
        "said",
        "Kimberly Ramsaran, 31, a nurse from Chaguanas who played in the band's Sea of Lanterns "
        "section",
    ),
    p(
        "she would still play with Ravine Road next year",
        RAMSARAN,
        "indirect",
        "said",
        "She",
    ),
    p("title or no title.", RAMSARAN, "partial", "said", "She"),
    p(
        "crossing times had become the sore point of modern Carnival because of television",
        JOSEPH,
        "indirect",
        "said",
        "Carnival historian Dr Wendell Joseph of the University of the West Indies",
    ),
    p(
        "The stage used to wait for the band. Now the band waits for the broadcast,",
        JOSEPH,
        "direct",
        "said",
        "Joseph",
    ),
    p(
        "the NCC had disqualified bands for lateness twice before, in 2009 and 2017, and had "
        "been challenged in court only once",
        JOSEPH,
        "indirect",
        "said",
        "He",
    ),
    # decision 5: the closing `, which will be announced …` cut
    p(
        "the title would now go to the band with the next highest score",
        NCC_BODY,
        "indirect",
        "said",
        "The NCC",
    ),
    p("the band's members would decide", ALLEYNE, "indirect", "said", "Alleyne"),
    p(
        "This is their band, not mine. But I am not letting this go,",
        ALLEYNE,
        "direct",
        "said",
        "he",
    ),
]

# --- parking permit prices (a US student paper's style, no dateline, curly “double quotes”
# and curly apostrophes, `The Calder Courier`, class years; US) ---------------------------
CALDER = "Calder State"
PTS = "Parking and Transportation Services"
ASSOC = "Associated Students"
CFA = "Calder Faculty Association"
CALDER_BODY = {"speaker": CALDER, "country": "US"}
PTS_BODY = {"speaker": PTS, "country": "US"}
ASSOC_BODY = {"speaker": ASSOC, "country": "US"}
CFA_BODY = {"speaker": CFA, "country": "US"}
FERREIRA = {"speaker": "Gloria Ferreira", "role": "director", "country": "US", "org": PTS}
OYELARAN = {"speaker": "Marcus Oyelaran", "role": "president", "country": "US", "org": ASSOC}
WHITLOCK = {"speaker": "Dana Whitlock", "role": "spokesperson", "country": "US", "org": CALDER}
ADEYEMI = {"speaker": "Ruth Adeyemi", "role": "chapter president", "country": "US", "org": CFA}
NATARAJAN = {"speaker": "Priya Natarajan", "role": "nursing student", "country": "US"}
IBARRA = {"speaker": "Tomás Ibarra", "role": "engineering student", "country": "US"}
FERREIRA_SRC = "Gloria Ferreira, director of Parking and Transportation Services (PTS)"
WHITLOCK_SRC = "University spokesperson Dana Whitlock"
CFA_SRC = "The Calder Faculty Association, which represents about 1,400 lecturers and professors"

PARKING_Q = [
    p(
        "Students who drive to Calder State will pay $412 a semester for a general parking "
        "permit starting in August, up from $298",
        CALDER_BODY,
        "indirect",
        "announced",
        "the university",
    ),
    p(
        "the department has to repay the $46 million bond that paid for the Barstow Street "
        "garage in 2019, and that it receives no money from tuition or the state",
        FERREIRA,
        "indirect",
        "said",
        FERREIRA_SRC,
    ),
    p("Parking on this campus pays for itself. It has to,", FERREIRA, "direct", "said", "Ferreira"),
    p(
        "When we lose 900 spaces, the people who still park pay for the ones that are gone.",
        FERREIRA,
        "direct",
        "said",
        "Ferreira",
    ),
    p(
        "the new garage planned for the north end of campus would not open before fall 2027",
        FERREIRA,
        "indirect",
        "said",
        "She",
    ),
    p(
        "About 61% of the university’s 24,000 students commute, most of them by car",
        PTS_BODY,
        "indirect",
        "according to",
        "PTS",
    ),
    # a request (decision 6): the infinitive without the addressee
    p(
        "to delay the increase by a year",
        ASSOC_BODY,
        "indirect",
        "urged",
        "Associated Students, the student government",
    ),
    p(
        "Our students are working two jobs to pay rent in this city. Another $114 a semester "
        "is a week of groceries,",
        OYELARAN,
        "direct",
        "said",
        "Marcus Oyelaran, Associated Students president, a senior majoring in political science",
    ),
    p(
        "he had asked to meet President Linda Castellanos before the end of the month and had "
        "not yet heard back",
        OYELARAN,
        "indirect",
        "said",
        "Oyelaran",
    ),
    p(
        "the president’s office had received the request",
        WHITLOCK,
        "indirect",
        "said",
        WHITLOCK_SRC,
    ),
    p("in the coming days.", WHITLOCK, "partial", "said", WHITLOCK_SRC),
    # decision 5: the closing `, which included two student members` cut
    p(
        "the increase had been approved by the campus fee advisory committee in November",
        WHITLOCK,
        "indirect",
        "said",
        "She",
    ),
    q(
        "they were shown the figure at the last meeting of the semester and were asked to vote "
        "the same day",
        None,
        "indirect",
        "told",
        "Members of that committee",
        country="US",
    ),
    p(
        "the increase amounts to a pay cut for lecturers on part-time contracts",
        CFA_BODY,
        "indirect",
        "said",
        CFA_SRC,
    ),
    p("to bargain over it", CFA_BODY, "indirect", "called on", CFA_SRC),
    p(
        "A lecturer teaching two sections here and two at Fresno City College is going to spend "
        "almost a month’s pay on parking,",
        ADEYEMI,
        "direct",
        "said",
        "Ruth Adeyemi, the association’s chapter president, who teaches English",
    ),
    p(
        "I don’t have a choice. The bus from Visalia doesn’t get here before my 8 a.m. lab,",
        NATARAJAN,
        "direct",
        "said",
        "she",
    ),
    p("So what am I supposed to do, sleep in my car?", NATARAJAN, "direct", "said", "she"),
    p(
        "PTS would add 600 discounted evening-only permits, at $190 a semester, and extend a "
        "pilot program that gives students free rides on Fresno Area Express buses",
        FERREIRA,
        "indirect",
        "said",
        "Ferreira",
    ),
    # decision 5: the closing `, in which …` cut
    p(
        "the department was looking at a new waitlist for the garage",
        FERREIRA,
        "indirect",
        "said",
        "She",
    ),
    q(
        "the real problem is planning",
        None,
        "indirect",
        "say",
        "Some students",
        country="US",
    ),
    p(
        "the university should have built the garage before closing Lot 7",
        IBARRA,
        "indirect",
        "said",
        "Ibarra",
    ),
    p("not two years after.", IBARRA, "partial", "said", "Ibarra"),
    p(
        "They knew this lot was going away in 2022. They had three years to plan for it,",
        IBARRA,
        "direct",
        "said",
        "he",
    ),
    p(
        "the university had considered keeping part of Lot 7 open during construction but that "
        "the contractor needed the whole site",
        WHITLOCK,
        "indirect",
        "said",
        "Whitlock",
    ),
    p("the decision was final", WHITLOCK, "indirect", "said", "Whitlock"),
    p("We understand this is hard news for students,", WHITLOCK, "direct", "wrote", "she"),
]

# --- a ballet company cancels its tour (a British dance magazine's news section, no
# dateline, curly ‘single quotes’ with curly apostrophes, `told Pointwork`; GB) -----------
PENNINE = "Pennine Ballet"
EQUITY = "Equity"
ACE = "Arts Council England"
TRP = "Theatre Royal Plymouth"
PENNINE_BODY = {"speaker": PENNINE, "country": "GB"}
EQUITY_BODY = {"speaker": EQUITY, "country": "GB"}
TRP_BODY = {"speaker": TRP, "country": "GB"}
OLAWALE = {
    "speaker": "Harriet Olawale",
    "role": "executive director",
    "country": "GB",
    "org": PENNINE,
}
KRALL = {"speaker": "Stefan Krall", "role": "artistic director", "country": "GB", "org": PENNINE}
PRICE = {"speaker": "Bethan Price", "role": "national organiser", "country": "GB", "org": EQUITY}
BRENNAN = {
    "speaker": "Aiko Brennan",
    "role": "principal dancer",
    "country": "GB",
    "org": PENNINE,
}
ARMITAGE = {"speaker": "Judith Armitage", "role": "dance writer", "country": "GB"}
PRICE_SRC = "Equity’s national organiser for dance, Bethan Price"
BRENNAN_SRC = "Principal dancer Aiko Brennan, who was to dance the title role"
ARMITAGE_SRC = (
    "Dance writer Judith Armitage, who has followed the company since its founding in 1979"
)
ACE_SRC = "A spokesperson for Arts Council England"


def dancer(text, kind, cue, source):
    return q(text, None, kind, cue, source, role="dancer", country="GB", org=PENNINE)


def ace(text, kind):
    return q(text, None, kind, "said", ACE_SRC, role="spokesperson", country="GB", org=ACE)


BALLET_Q = [
    p("in good conscience", PENNINE_BODY, "partial", "said", "The Leeds-based company"),
    p(
        "ticket holders would be refunded in full",
        PENNINE_BODY,
        "indirect",
        "said",
        "The Leeds-based company",
    ),
    p(
        "somewhere north of £400,000",
        OLAWALE,
        "partial",
        "told",
        "Executive director Harriet Olawale",
    ),
    p(
        "We looked at every option, including bringing in guest artists for the principal roles,",
        OLAWALE,
        "direct",
        "said",
        "she",
    ),
    p(
        "In the end we had to ask ourselves who would be dancing the corps, and we did not have "
        "an answer.",
        OLAWALE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the injuries were the result of a rehearsal schedule that had added Sunday calls in "
        "February and cut the company’s physiotherapy cover from three days a week to two",
        EQUITY_BODY,
        "indirect",
        "said",
        "Equity, the performers’ union",
    ),
    dancer(
        "You stop telling anyone your ankle hurts, because you know there is nobody to replace "
        "you,",
        "direct",
        "said",
        "one",
    ),
    dancer("on the floor since Christmas", "partial", "said", "Another"),
    dancer(
        "several dancers were considering leaving at the end of the season",
        "indirect",
        "said",
        "Another",
    ),
    p(
        "the Sunday rehearsals had been agreed with the dancers’ representatives and that "
        "physiotherapy had been reduced because a second practitioner had left and not yet been "
        "replaced",
        KRALL,
        "indirect",
        "said",
        "He",
    ),
    p(
        "I have been a dancer. I know what a bad season does to a body,",
        KRALL,
        "direct",
        "said",
        "Krall",
    ),
    p(
        "This is not a company that works its people into the ground.",
        KRALL,
        "direct",
        "said",
        "Krall",
    ),
    p("the most demanding thing we have ever staged", KRALL, "partial", "said", "He"),
    p("in a cluster nobody could have planned for", KRALL, "partial", "said", "He"),
    p(
        "the union had raised concerns about the schedule in writing in January",
        PRICE,
        "indirect",
        "said",
        PRICE_SRC,
    ),
    p("We were told the season was fixed,", PRICE, "direct", "said", "she"),
    p("Now the season has fixed itself.", PRICE, "direct", "said", "she"),
    p(
        "Equity would ask for an independent review of working hours at the company and wanted "
        "dancers to have a say in who carries it out",
        PRICE,
        "indirect",
        "said",
        "She",
    ),
    p("heartbroken for the audiences", BRENNAN, "partial", "said", BRENNAN_SRC),
    # decision 10: the `but` conjunct after the partial
    p("supported the decision to cancel", BRENNAN, "indirect", "said", BRENNAN_SRC),
    p(
        "I would rather lose a tour than lose a colleague’s career,",
        BRENNAN,
        "direct",
        "told",
        "she",
    ),
    p("Some of these injuries take a year to heal.", BRENNAN, "direct", "told", "she"),
    ace("in close contact", "partial"),
    ace("would discuss the cancellation with its board", "indirect"),
    p(
        "the company hoped to bring Giselle to the cities on the tour in the autumn, subject to "
        "the venues’ diaries",
        OLAWALE,
        "indirect",
        "said",
        "Olawale",
    ),
    p(
        "a recruitment round for a second physiotherapist had opened last week and that the "
        "company had also hired a freelance sports scientist for the rest of the season",
        OLAWALE,
        "indirect",
        "said",
        "She",
    ),
    q(
        "they would try to rebook the production in the autumn",
        None,
        "indirect",
        "said",
        "Several of the theatres on the tour",
        country="GB",
    ),
    p(
        "it would offer ticket holders priority booking for any rescheduled date",
        TRP_BODY,
        "indirect",
        "said",
        "Theatre Royal Plymouth",
    ),
    p("family", ARMITAGE, "partial", "said", ARMITAGE_SRC),
    p("the row would hurt", ARMITAGE, "indirect", "said", ARMITAGE_SRC),
    p("Companies of this size live on goodwill,", ARMITAGE, "direct", "said", "she"),
    p("That is the thing they cannot afford to lose.", ARMITAGE, "direct", "said", "she"),
    p("he had no plans to step down", KRALL, "indirect", "said", "Krall"),
]

DOCS = [
    ("heldout30-sumo-japan-stable-closure-apprentice-hazing", "TOKYO", SUMO_Q),
    (
        "heldout30-shipbreaking-bangladesh-sitakunda-tanker-fire-yard-shut",
        "Chattogram",
        SHIP_Q,
    ),
    ("heldout30-carnival-trinidad-mas-band-disqualified-band-of-the-year", None, CARNIVAL_Q),
    ("heldout30-parking-fresno-calder-state-permit-price-lot-closure", None, PARKING_Q),
    ("heldout30-ballet-leeds-pennine-ballet-tour-cancelled-dancer-injuries", None, BALLET_Q),
]

# organisation speakers: their own organisation (decision 4)
SPEAKING_BODIES = (
    JSA, MEXT, KGR, BSBRA, CWRF, NCC, CALDER, PTS, ASSOC, CFA, PENNINE, EQUITY, TRP,
)  # fmt: skip


def main():
    write_gold(
        HERE,
        "heldout30_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout30",
        source="quotesdb held-out 30 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
