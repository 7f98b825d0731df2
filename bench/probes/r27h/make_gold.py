"""Build probes_r27h_gold.jsonl from the hand annotations below.

Training probe r27h (roles as copy writes them), not a blind set (see README.md).
Annotations were written by hand before any run of articles.attribution on these texts, in
the convention of bench/probes/r20a to r26f and of articles/attribution/README.md
(Conventions, and "Annotation conventions: decisions (round 23)" with decisions 8 to 10).
Each quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r27h/make_gold.py   # writes probes_r27h_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Saskatoon city hall shake-up (a Canadian metro daily: no dateline, a standfirst, a
# byline with the paper's name, straight "double quotes", `Coun.`, `per cent`) ----------------
# A role is the one the article gives the person at that statement: Osei is `deputy city
# manager` before council appoints him and `acting city manager` after (decision 9 keeps
# `acting`, `deputy`, `outgoing` like `former`; `then-` likewise, as written); description
# words are dropped (`Longtime resident` -> `resident`); `retired teacher` is kept, as the
# golds keep `retired postmaster`; a role given in a later sentence (`Kostiuk is president of
# CUPE Local 59`) is hers at every statement (as decision 8's relatives); `Coun.` ->
# `councillor` (the golds' word for `Cllr`).
CA = "CA"
BARRETT = {"speaker": "Colleen Barrett", "role": "Mayor", "country": CA}
WHITFORD = {"speaker": "Dana Whitford", "role": "city manager", "country": CA}
PYNE = {"speaker": "Gerald Pyne", "role": "outgoing chief financial officer", "country": CA}
OSEI_DEPUTY = {"speaker": "Raymond Osei", "role": "deputy city manager", "country": CA}
OSEI_ACTING = {"speaker": "Raymond Osei", "role": "acting city manager", "country": CA}
REYES = {"speaker": "Angela Reyes", "role": "then-project director", "country": CA}
MANDEL = {"speaker": "Troy Mandel", "role": "councillor", "country": CA}
KOWALCHUK = {"speaker": "Hana Kowalchuk", "role": "Deputy Mayor", "country": CA}
LYSYSHYN = {"speaker": "Gord Lysyshyn", "role": "resident", "country": CA}
FEHR = {"speaker": "Marion Fehr", "role": "retired teacher", "country": CA}
NAND = {"speaker": "Priya Nand", "role": "nurse", "country": CA}
KOSTIUK = {"speaker": "Jenna Kostiuk", "role": "president", "country": CA, "org": "CUPE Local 59"}
ADEBAYO = {
    "speaker": "Samuel Adebayo",
    "role": "pastor",
    "country": CA,
    "org": "Westgate United Church",
}
CHARTRAND = {
    "speaker": "Loleen Chartrand",
    "role": "associate professor of public administration",
    "country": CA,
    "org": "University of Saskatchewan",
}

SASKATOON_Q = [
    p(
        "council had lost confidence in the administration's ability to control the cost of "
        "major projects",
        BARRETT,
        "indirect",
        "said",
        "Mayor Colleen Barrett",
    ),
    p(
        "This is not about one person. It is about a pattern, and council decided tonight that "
        "the pattern had to end,",
        BARRETT,
        "direct",
        "told",
        "Barrett",
    ),
    p("deeply disappointed", WHITFORD, "partial", "said", "Whitford"),
    p(
        "she had briefed council on every cost increase as soon as staff confirmed it",
        WHITFORD,
        "indirect",
        "said",
        "Whitford",
    ),
    p(
        "optimistic from the first day",
        PYNE,
        "partial",
        "said",
        "The outgoing chief financial officer, Gerald Pyne",
    ),
    p(
        "he had raised concerns in writing in 2023",
        PYNE,
        "indirect",
        "said",
        "The outgoing chief financial officer, Gerald Pyne",
    ),
    p(
        "the overrun had first been flagged to senior staff in March",
        OSEI_DEPUTY,
        "indirect",
        "said",
        "Deputy city manager Raymond Osei",
    ),
    p(
        "he had not sought the job and would not apply for it",
        OSEI_ACTING,
        "indirect",
        "said",
        "Osei",
    ),
    p(
        "My job for the next six months is to steady the ship and answer council's questions "
        "honestly,",
        OSEI_ACTING,
        "direct",
        "said",
        "the acting city manager",
    ),
    p(
        "his first task would be an independent review of every capital project worth more "
        "than $10 million",
        OSEI_ACTING,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the library's steel and glass costs were running 40 per cent over estimate",
        REYES,
        "indirect",
        "warned",
        "then-project director Angela Reyes",
    ),
    p("went up the chain and stopped there.", REYES, "partial", "said", "Reyes"),
    p(
        "council was looking for a scapegoat",
        MANDEL,
        "indirect",
        "said",
        "Coun. Troy Mandel",
    ),
    p(
        "We signed off on every one of those change orders. If anybody should be fired, look "
        "around this table,",
        MANDEL,
        "direct",
        "said",
        "he",
    ),
    p(
        "council could only act on the information administration put in front of it",
        KOWALCHUK,
        "indirect",
        "said",
        "She",
    ),
    p(
        "a monument to nobody checking the math.",
        LYSYSHYN,
        "partial",
        "told",
        "Longtime resident Gord Lysyshyn",
    ),
    p(
        "she still wanted the new building finished",
        FEHR,
        "indirect",
        "said",
        "Retired teacher Marion Fehr",
    ),
    p(
        "Don't punish the readers for the mistakes of the managers,",
        FEHR,
        "direct",
        "said",
        "she",
    ),
    p(
        "the construction had blocked her street for more than a year",
        NAND,
        "indirect",
        "said",
        "Priya Nand, 42, a nurse who lives two blocks from the site",
    ),
    p("exhausted by the turnover", KOSTIUK, "partial", "said", "Jenna Kostiuk"),
    p(
        "worried about who would be blamed next",
        KOSTIUK,
        "indirect",
        "said",
        "Jenna Kostiuk",
    ),
    p(
        "to hold a town hall on the project before spending another dollar",
        ADEBAYO,
        "indirect",
        "urged",
        "The Rev. Samuel Adebayo, pastor of Westgate United Church",
    ),
    p(
        "firing a city manager rarely fixes a project in trouble",
        CHARTRAND,
        "indirect",
        "said",
        "Loleen Chartrand, an associate professor of public administration at the University "
        "of Saskatchewan",
    ),
    p(
        "Councils change the person at the top because it is the one thing they control. The "
        "contracts, the suppliers and the design are still the same on Wednesday morning,",
        CHARTRAND,
        "direct",
        "said",
        "Chartrand",
    ),
    p(
        "council would name a search firm in January",
        BARRETT,
        "indirect",
        "said",
        "Barrett",
    ),
]

# --- A range fire at Joint Base Lewis-McChord (Stars and Stripes: an upper-case dateline and
# byline, AP abbreviations and ranks, `according to`) ------------------------------------------
# A rank with a post keeps the post (`Lt. Col. X, a spokesman for I Corps` -> `spokesman`,
# `Staff Sgt. X, a squad leader` -> `squad leader`, as the golds' `Col. X, a JCS
# spokesperson`); a rank alone is the role (`Spc.`); `Chaplain (Capt.)` -> `Chaplain`;
# Sato's role changes within the story (`The base's former environmental program manager`,
# then `Sato, now a research ecologist at the University of Washington`): each statement
# takes the role written at it.
US = "US"
BASE = "Joint Base Lewis-McChord"
BATTALION = "2nd Battalion, 3rd Infantry Regiment"
DELANEY = {"speaker": "Marcus Delaney", "role": "spokesman", "country": US, "org": "I Corps"}
VASQUEZ = {"speaker": "Elena Vasquez", "role": "acting commander", "country": US, "org": BATTALION}
HENSON = {"speaker": "Tyrell Henson", "role": "squad leader", "country": US}
D_WHITLOCK = {"speaker": "Denise Whitlock", "role": "mother", "country": US}
GALLARDO = {"speaker": "Ron Gallardo", "role": "fire chief", "country": US, "org": BASE}
BRANDT = {"speaker": "Lisa Brandt", "role": "deputy garrison commander", "country": US, "org": BASE}
OKORO = {"speaker": "Daniel Okoro", "role": "Chaplain", "country": US}
SATO_FORMER = {
    "speaker": "Karen Sato",
    "role": "former environmental program manager",
    "country": US,
    "org": BASE,
}
SATO_NOW = {
    "speaker": "Karen Sato",
    "role": "research ecologist",
    "country": US,
    "org": "University of Washington",
}
AINSWORTH = {"speaker": "Derek Ainsworth", "role": "Councilmember", "country": US}
JIMENEZ = {
    "speaker": "Rosa Jimenez",
    "role": "senior enlisted leader",
    "country": US,
    "org": "I Corps",
}

BASE_Q = [
    q(
        "Two soldiers were injured and about 900 acres of prairie burned Thursday after a fire "
        "started during a live-fire exercise spread beyond a firing range on the base",
        None,
        "indirect",
        "said",
        "Army officials",
        country=US,
        org="Army",
    ),
    p(
        "The fire began shortly after 2 p.m. on Range 74, where soldiers from the 2nd "
        "Battalion, 3rd Infantry Regiment were firing tracer rounds",
        DELANEY,
        "indirect",
        "according to",
        "Lt. Col. Marcus Delaney, a spokesman for I Corps",
    ),
    p(
        "both soldiers were treated for smoke inhalation and minor burns at Madigan Army "
        "Medical Center and released the same evening",
        DELANEY,
        "indirect",
        "said",
        "Delaney",
    ),
    p(
        "The soldiers on that range did exactly what they were trained to do. They stopped "
        "firing, called it in and helped the fire crews get water on it,",
        DELANEY,
        "direct",
        "said",
        "Delaney",
    ),
    p(
        "the unit had checked the fire danger rating before the exercise began",
        VASQUEZ,
        "indirect",
        "said",
        "The battalion's acting commander, Maj. Elena Vasquez",
    ),
    p(
        "We were inside the limits that morning. The wind picked up after lunch and the grass "
        "was drier than anyone expected,",
        VASQUEZ,
        "direct",
        "said",
        "Vasquez",
    ),
    p(
        "the flames crossed a gravel road in less than a minute",
        HENSON,
        "indirect",
        "said",
        "Staff Sgt. Tyrell Henson, a squad leader who was on the range when the fire started",
    ),
    p("You could feel the heat through your boots,", HENSON, "direct", "said", "Henson"),
    p(
        "he had called her from the hospital to tell her he was fine",
        D_WHITLOCK,
        "indirect",
        "said",
        "His mother, Denise Whitlock",
    ),
    p("He sounded more embarrassed than hurt,", D_WHITLOCK, "direct", "said", "she"),
    # a closing `, which …` relative is outside the span (decision 5)
    p(
        "about 40 firefighters from the base and neighbouring departments fought the blaze",
        GALLARDO,
        "indirect",
        "said",
        "Base fire chief Ron Gallardo",
    ),
    p("almost every summer", GALLARDO, "partial", "said", "Gallardo"),
    p(
        "range fires are reviewed by a safety board and that live-fire training with tracers "
        "would be suspended until the review is finished",
        BRANDT,
        "indirect",
        "said",
        "The installation's deputy garrison commander, Lisa Brandt",
    ),
    p(
        "he had spent the night at the battalion's headquarters talking with soldiers who had "
        "fought the fire",
        OKORO,
        "indirect",
        "said",
        "Chaplain (Capt.) Daniel Okoro",
    ),
    p(
        "the prairie is home to the Mazama pocket gopher, a threatened species, and that a burn "
        "this size could set back years of restoration",
        SATO_FORMER,
        "indirect",
        "said",
        "The base's former environmental program manager, Dr. Karen Sato",
    ),
    p(
        "the Army had generally done well at protecting the prairie",
        SATO_NOW,
        "indirect",
        "said",
        "Sato, now a research ecologist at the University of Washington",
    ),
    p(
        "But every fire like this is a step backward, and the steps add up,",
        SATO_NOW,
        "direct",
        "said",
        "she",
    ),
    p(
        "he had asked the Army for a briefing on how the fire started",
        AINSWORTH,
        "indirect",
        "said",
        "Pierce County Councilmember Derek Ainsworth, whose district borders the base",
    ),
    p(
        "she was proud of how they had responded",
        JIMENEZ,
        "indirect",
        "told",
        "Command Sgt. Maj. Rosa Jimenez, the senior enlisted leader of I Corps",
    ),
    p(
        "the cause of the fire remains under investigation",
        DELANEY,
        "indirect",
        "said",
        "Delaney",
    ),
    p(
        "Col. Ruth Ambrose, the garrison commander, will brief Pierce County officials on Monday",
        DELANEY,
        "indirect",
        "said",
        "Delaney",
    ),
]

# --- Start-up founders' fallout (TechCrunch: no dateline, a byline, `told TechCrunch`, `CEO`,
# `CFO`, `GM`, straight "double quotes") --------------------------------------------------------
# Okonkwo speaks only after he is named interim CEO; Becker is `GM` (a remit after `for`,
# decision 9) until the company says he was promoted, then `senior vice president of
# international`; `newly appointed` is a description (dropped), `Then-CTO` kept as written;
# `chief operating officer and co-founder` is a coordinated title (kept).
LEDGERLINE = "Ledgerline"
ALLIANCE = "Small Business Payroll Alliance"
OKONKWO = {"speaker": "Daniel Okonkwo", "role": "interim CEO", "country": US, "org": LEDGERLINE}
MARIN = {"speaker": "Sofia Marin", "role": "co-founder", "country": US, "org": LEDGERLINE}
MEHTA = {
    "speaker": "Arjun Mehta",
    "role": "chief financial officer",
    "country": US,
    "org": LEDGERLINE,
}
HOLLOWAY = {"speaker": "Wes Holloway", "role": "then-CTO", "country": US, "org": LEDGERLINE}
RAMAN = {
    "speaker": "Priya Raman",
    "role": "general partner",
    "country": US,
    "org": "Foxglove Ventures",
}
PARK = {
    "speaker": "Elliot Park",
    "role": "chief operating officer and co-founder",
    "country": US,
    "org": "Tallyhand",
}
DUBOIS = {"speaker": "Renée Dubois", "role": "general counsel", "country": US, "org": LEDGERLINE}
LINDGREN = {"speaker": "Sara Lindgren", "role": "policy director", "country": US, "org": ALLIANCE}
BECKER_GM = {"speaker": "Tom Becker", "role": "GM", "country": CA, "org": LEDGERLINE}
BECKER_SVP = {
    "speaker": "Tom Becker",
    "role": "senior vice president of international",
    "country": CA,
    "org": LEDGERLINE,
}
VOSS = {"speaker": "Helen Voss", "role": "outgoing board member", "country": US, "org": LEDGERLINE}
WHITCOMBE = {
    "speaker": "Alan Whitcombe",
    "role": "Professor",
    "country": US,
    "org": "Stanford University",
}

STARTUP_Q = [
    p("painful but necessary", OKONKWO, "partial", "told", "Okonkwo"),
    p(
        "the company had enough cash to last into 2027",
        OKONKWO,
        "indirect",
        "told",
        "Okonkwo",
    ),
    p(
        "Sofia built the product that got us here. The board decided we need a different kind "
        "of leadership for the next stage, and I agreed with them,",
        OKONKWO,
        "direct",
        "said",
        "Okonkwo",
    ),
    p("blindsided", MARIN, "partial", "said", "Marin"),
    p("said no to burning money.", MARIN, "partial", "said", "she"),
    p(
        "I was asked to resign on a Friday afternoon by people who had told me on Wednesday "
        "that I had their full support,",
        MARIN,
        "direct",
        "told",
        "Marin",
    ),
    q(
        "Marin wanted to delay the launch until the company was profitable in the U.S.",
        None,
        "indirect",
        "according to",
        "two people familiar with the board's discussions",
        country=US,
    ),
    p(
        "the European launch would go ahead in the spring",
        MEHTA,
        "indirect",
        "said",
        "Ledgerline's newly appointed chief financial officer, Arjun Mehta",
    ),
    p(
        "Our numbers support the launch. We are not betting the company on it,",
        MEHTA,
        "direct",
        "said",
        "the CFO",
    ),
    p("the fighting was becoming the product.", HOLLOWAY, "partial", "said", "Holloway"),
    p(
        "with a heavy heart and a clear view of the company's future.",
        RAMAN,
        "partial",
        "said",
        "Priya Raman, a general partner at Foxglove Ventures who led Ledgerline's Series B "
        "round and sits on its board",
    ),
    p(
        "founder fights were common in the sector",
        PARK,
        "indirect",
        "said",
        "Elliot Park, chief operating officer and co-founder of the rival payroll company "
        "Tallyhand",
    ),
    p(
        "Payroll is a brutal business to build. It is very easy for two people who agree on the "
        "mission to disagree on everything else,",
        PARK,
        "direct",
        "said",
        "Park",
    ),
    p("to the letter.", DUBOIS, "partial", "said", "Ledgerline's general counsel, Renée Dubois"),
    q(
        "it was watching the dispute closely",
        ALLIANCE,
        "indirect",
        "said",
        "The Small Business Payroll Alliance, a trade group for payroll providers",
        country=US,
    ),
    p(
        "customers cared less about who runs the company than whether their employees get paid "
        "on time",
        LINDGREN,
        "indirect",
        "said",
        "Sara Lindgren, the group's policy director",
    ),
    p(
        "customers there had asked about the change but none had left",
        BECKER_GM,
        "indirect",
        "said",
        "Ledgerline GM for Canada Tom Becker, who is based in Toronto",
    ),
    q(
        "Becker was promoted to senior vice president of international on Tuesday",
        LEDGERLINE,
        "indirect",
        "said",
        "the company",
        country=US,
    ),
    p(
        "the European team would report to him",
        BECKER_SVP,
        "indirect",
        "said",
        "The senior vice president",
    ),
    p(
        "the board had offered Marin a seat on it",
        VOSS,
        "indirect",
        "said",
        "Outgoing board member Helen Voss, who is stepping down at the end of the year",
    ),
    p("she had not decided whether to take it", MARIN, "indirect", "said", "Marin"),
    p(
        "who owns the future, not who owns the shares.",
        WHITCOMBE,
        "partial",
        "said",
        "Professor Alan Whitcombe, who teaches entrepreneurship at Stanford University",
    ),
    q(
        "Marin still owns about 22% of Ledgerline",
        None,
        "indirect",
        "according to",
        "a person familiar with the company's cap table",
        country=US,
    ),
    q(
        "remains committed to its customers, its employees and its mission.",
        LEDGERLINE,
        "partial",
        "said",
        "The company",
        country=US,
    ),
]

DOCS = [
    ("probe-r27h-saskatoon-city-hall-shakeup", None, SASKATOON_Q),
    ("probe-r27h-fort-base-range-fire", "JOINT BASE LEWIS-McCHORD, Wash.", BASE_Q),
    ("probe-r27h-startup-founders-fallout", None, STARTUP_Q),
]
SPEAKING_BODIES = (ALLIANCE, LEDGERLINE)


def main():
    write_gold(
        HERE,
        "probes_r27h_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r27h",
        source="quotesdb round-27 training probe H (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
