"""Build probes_r21g_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a to r21e. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r21g/make_gold.py   # writes probes_r21g_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- fuel-subsidy protests, Nigeria (Reuters style, straight quotes) -------------------
NLC = "Nigeria Labour Congress"
CHINEDU = {"speaker": "Chinedu", "role": "motorcycle taxi driver", "country": "NG"}
ADEYINKA = {
    "speaker": "Olumide Adeyinka",
    "role": "spokesman",
    "country": "NG",
    "org": "Nigeria Police Force",
}
ODUYA = {"speaker": "Emmanuel Oduya", "role": "President", "country": "NG", "org": NLC}
GARBA = {"speaker": "Hauwa Garba-Musa", "role": "deputy president", "country": "NG", "org": NLC}
AJIBOLA = {"speaker": "Kayode Ajibola-Williams", "role": "spokesman", "country": "NG"}
NGOZI = {"speaker": "Ngozi", "country": "NG"}
NWOSU = {
    "speaker": "Adaeze Nwosu-Bello",
    "role": "chief economist",
    "country": "NG",
    "org": "Harbourline Securities",
}


def body(name, country, kind, cue, source, text):
    """A statement by an organisation speaking for itself (organisation null)."""
    return q(text, name, kind, cue, source, country=country)


def group(text, kind, cue, source, country=None):
    """A statement by an unnamed or group source (speaker null)."""
    return q(text, None, kind, cue, source, country=country)


NIGERIA_Q = [
    body(
        NLC,
        "NG",
        "indirect",
        "said",
        "the country's biggest labour federation",
        "it would call a nationwide strike unless the government reversed course by Friday",
    ),
    p(
        "We are not asking for charity. We are asking to be able to get to work,",
        CHINEDU,
        "direct",
        "said",
        "Chinedu, a 27-year-old motorcycle taxi driver who gave only his first name",
    ),
    p(
        "Last month I spent 2,000 naira a day on fuel. Now it is 7,000.",
        CHINEDU,
        "direct",
        "said",
        "Chinedu, a 27-year-old motorcycle taxi driver who gave only his first name",
    ),
    p(
        "minimum force",
        ADEYINKA,
        "partial",
        "told",
        "Nigeria Police Force spokesman Olumide Adeyinka",
    ),
    p(
        "43 people had been arrested in the capital",
        ADEYINKA,
        "indirect",
        "told",
        "Nigeria Police Force spokesman Olumide Adeyinka",
    ),
    p("Nobody has the right to shut down the capital,", ADEYINKA, "direct", "said", "Adeyinka"),
    p(
        "Peaceful protest is allowed. Burning tyres on the expressway is not.",
        ADEYINKA,
        "direct",
        "said",
        "Adeyinka",
    ),
    p(
        "At least two people were killed in the northern city of Kano when a crowd attacked a "
        "petrol station",
        ADEYINKA,
        "indirect",
        "said",
        "Adeyinka",
    ),
    p("the incident was under investigation", ADEYINKA, "indirect", "adding", "Adeyinka"),
    body(
        "Kano State Police Command",
        "NG",
        "indirect",
        "said",
        "The Kano State Police Command",
        "a dusk-to-dawn curfew had been imposed on three districts of the city",
    ),
    body(
        "Amnesty International",
        None,
        "indirect",
        "said",
        "Amnesty International",
        "at least five protesters had been killed since Sunday",
    ),
    body(
        "Amnesty International",
        None,
        "partial",
        "called",
        "Amnesty International",
        "stop treating hunger as a crime.",
    ),
    body(
        NLC,
        "NG",
        "indirect",
        "said",
        "The Nigeria Labour Congress (NLC), which represents millions of public and private "
        "sector workers",
        "talks with government officials on Monday had ended without agreement",
    ),
    p("more than enough time", ODUYA, "partial", "told", "NLC President Emmanuel Oduya"),
    p(
        "If by Friday midnight the subsidy has not been restored, every office, every port and "
        "every refinery in this country will shut down,",
        ODUYA,
        "direct",
        "said",
        "he",
    ),
    p(
        "We have been patient. Our members have been patient. That patience is finished.",
        ODUYA,
        "direct",
        "said",
        "he",
    ),
    p(
        "the strike would also include health workers in state hospitals, though emergency "
        "wards would stay open",
        GARBA,
        "indirect",
        "said",
        "Oduya's deputy, Hauwa Garba-Musa",
    ),
    body(
        "presidency",
        "NG",
        "indirect",
        "said",
        "The presidency",
        "the subsidy had cost the treasury more than $10 billion a year and had mostly "
        "benefited smugglers and wealthy Nigerians, not the poor",
    ),
    body(
        "presidency",
        "NG",
        "direct",
        "said",
        "the statement",
        "The era of subsidies that enrich a few cartels at the expense of the many is over,",
    ),
    p(
        "the government would begin paying 25,000 naira a month to 15 million poor households "
        "from April and would put 3,000 gas-powered buses on the roads by the end of the year",
        AJIBOLA,
        "indirect",
        "said",
        "Presidential spokesman Kayode Ajibola-Williams",
    ),
    p(
        "The pain is real, and the president feels it,",
        AJIBOLA,
        "direct",
        "told",
        "Ajibola-Wiliams",
    ),
    p("But the alternative was bankruptcy.", AJIBOLA, "direct", "told", "Ajibola-Wiliams"),
    p("Our door is open. It has always been open.", AJIBOLA, "direct", "said", "he"),
    body(
        "Petroleum Retailers Association of Nigeria",
        "NG",
        "indirect",
        "according to",
        "the Petroleum Retailers Association of Nigeria",
        "At least a third of the filling stations in the capital were shut on Tuesday",
    ),
    group("they could no longer afford to restock", "indirect", "said", "Many", "NG"),
    p(
        "My customers have disappeared. Everyone is saving for transport,",
        NGOZI,
        "direct",
        "said",
        "Ngozi, who sells fabric and also gave only her first name",
    ),
    group(
        "the protests were the biggest test yet of the government's reform programme",
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "The economics of removing the subsidy are sound, but the sequencing has been poor,",
        NWOSU,
        "direct",
        "said",
        "Adaeze Nwosu-Bello, chief economist at Lagos-based Harbourline Securities",
    ),
    p(
        "Relief should have come first, not three months later.",
        NWOSU,
        "direct",
        "said",
        "Adaeze Nwosu-Bello, chief economist at Lagos-based Harbourline Securities",
    ),
    p(
        "a general strike lasting more than a week could cut second-quarter growth by as much "
        "as half a percentage point",
        NWOSU,
        "indirect",
        "said",
        "She",
    ),
    group(
        "they would hold their own meetings on Wednesday to decide whether to join the strike",
        "indirect",
        "said",
        "Union leaders in the oil-producing Delta region",
        "NG",
    ),
]

# --- Gaza ceasefire talks in Cairo (AP style, straight quotes) --------------------------
HAMAS = "Hamas"
ROSENTHAL = {"speaker": "Avi Rosenthal-Kedar", "role": "spokesman", "country": "IL"}
MANSOURI = {
    "speaker": "Khalil al-Mansouri",
    "role": "senior official",
    "country": "PS",
    "org": HAMAS,
}
ABDEL = {"speaker": "Hisham Abdel-Rahman", "role": "foreign minister", "country": "EG"}
SULAITI = {"speaker": "Fahad al-Sulaiti", "role": "foreign minister", "country": "QA"}
HADDAD = {"speaker": "Leila Haddad", "role": "spokeswoman", "org": "UNRWA"}
ABU_SHANAB = {"speaker": "Mahmoud Abu Shanab", "country": "PS"}
EG_OFFICIAL = "An Egyptian official with direct knowledge of the negotiations"
UNRWA_SRC = "The U.N. agency for Palestinian refugees, known as UNRWA"

CAIRO_Q = [
    group(
        "the two sides had narrowed their differences but remained apart on the length of a "
        "first truce",
        "indirect",
        "saying",
        "officials",
    ),
    group(
        "a Hamas delegation led by senior official Khalil al-Mansouri arrived in the Egyptian "
        "capital late Saturday and met with Egypt's intelligence chief",
        "indirect",
        "said",
        EG_OFFICIAL,
        "EG",
    ),
    group(
        "There is real movement on the humanitarian file — trucks, fuel, the return of people "
        "to the north,",
        "direct",
        "said",
        "the official",
        "EG",
    ),
    group(
        "The gap is on what happens after the first six weeks.",
        "direct",
        "said",
        "the official",
        "EG",
    ),
    group(
        "Israel had agreed in principle to pull troops out of some populated areas during the "
        "first phase but wanted to keep forces along the border with Egypt",
        "indirect",
        "said",
        "A Qatari diplomat briefed on the talks",
        "QA",
    ),
    p(
        "only when there is something serious to discuss",
        ROSENTHAL,
        "partial",
        "said",
        "Israeli government spokesman Avi Rosenthal-Kedar",
    ),
    p(
        "playing for time.",
        ROSENTHAL,
        "partial",
        "accused",
        "Israeli government spokesman Avi Rosenthal-Kedar",
    ),
    p(
        "We are not going to end this war with Hamas still in charge of Gaza,",
        ROSENTHAL,
        "direct",
        "told",
        "Rosenthal-Kedar",
    ),
    p(
        "Every proposal we have accepted has been met with new demands.",
        ROSENTHAL,
        "direct",
        "told",
        "Rosenthal-Kedar",
    ),
    body(HAMAS, "PS", "partial", "said", "Hamas", "with a positive spirit"),
    body(
        HAMAS,
        "PS",
        "indirect",
        "said",
        "Hamas",
        "any agreement must include a permanent ceasefire and a full Israeli withdrawal",
    ),
    p(
        "a temporary pause that lets the occupation catch its breath and resume the killing.",
        MANSOURI,
        "partial",
        "said",
        "Al-Mansouri",
    ),
    p(
        "the group had handed the mediators a list of Palestinian prisoners it wanted freed in "
        "exchange for the hostages",
        MANSOURI,
        "indirect",
        "added",
        "He",
    ),
    p(
        "closer than at any point in the past two months,",
        ABDEL,
        "partial",
        "said",
        "Egypt's foreign minister, Hisham Abdel-Rahman",
    ),
    p(
        "nothing is agreed until everything is agreed.",
        ABDEL,
        "partial",
        "cautioned",
        "he",
    ),
    p(
        "bridging proposal",
        SULAITI,
        "partial",
        "said",
        "His Qatari counterpart, Fahad al-Sulaiti",
    ),
    p(
        "expected answers within days",
        SULAITI,
        "indirect",
        "said",
        "His Qatari counterpart, Fahad al-Sulaiti",
    ),
    p("after consulting with the other factions", MANSOURI, "partial", "said", "Mansouri"),
    p("no date had been set", MANSOURI, "indirect", "said", "Mansouri"),
    body(
        "Israeli military",
        "IL",
        "indirect",
        "said",
        "The Israeli military",
        "it had struck more than 40 targets in Gaza over the past day",
    ),
    body(
        "Health Ministry",
        "PS",
        "indirect",
        "said",
        "Gaza's Health Ministry",
        "at least 52 people had been killed in the past 24 hours",
    ),
    group("conditions in the territory are deteriorating", "indirect", "warn", "aid agencies"),
    body(
        "UNRWA",
        None,
        "indirect",
        "said",
        UNRWA_SRC,
        "only 87 aid trucks had entered Gaza on Saturday, far below the 500 a day that crossed "
        "before the war",
    ),
    p(
        "People are eating animal feed. Children are dying of dehydration,",
        HADDAD,
        "direct",
        "told",
        "UNRWA spokeswoman Leila Haddad",
    ),
    p(
        "A ceasefire is not a political luxury at this point.",
        HADDAD,
        "direct",
        "told",
        "UNRWA spokeswoman Leila Haddad",
    ),
    p(
        "It is the only way to get food in at the scale that is needed, and to get our own "
        "staff in and out safely.",
        HADDAD,
        "direct",
        "told",
        "UNRWA spokeswoman Leila Haddad",
    ),
    p(
        "the agency had lost contact with its staff in parts of northern Gaza for several days "
        "last week",
        HADDAD,
        "indirect",
        "said",
        "She",
    ),
    p(
        "very close",
        ABU_SHANAB,
        "partial",
        "said",
        "Mahmoud Abu Shanab, who fled Gaza City with his five children and now lives in a tent "
        "near the beach",
    ),
    p(
        "Every time they say it is close. Then the bombing starts again,",
        ABU_SHANAB,
        "direct",
        "said",
        "he",
    ),
    p(
        "I will believe it when I sleep one night without hearing a drone.",
        ABU_SHANAB,
        "direct",
        "said",
        "he",
    ),
    group(
        "a second round of talks could be held later this week if both sides responded "
        "positively to the proposal",
        "indirect",
        "said",
        "Another mediator, a senior Egyptian security official",
        "EG",
    ),
    group(
        "the United States had also sent a team of officials to Cairo to follow the "
        "negotiations, though they were not taking part directly",
        "indirect",
        "According to",
        "the Egyptian official",
        "EG",
    ),
    p(
        "not accept any displacement of Palestinians",
        ABDEL,
        "partial",
        "told",
        "Abdel-Rahman",
    ),
]

# --- Canadian federal budget (Canadian Press style, straight quotes) --------------------
CFIB = "Canadian Federation of Independent Business"
LAFLEUR = {"speaker": "Catherine Lafleur-Byrne", "role": "finance minister", "country": "CA"}
HALVORSEN = {"speaker": "Derek Halvorsen", "role": "finance critic", "country": "CA"}
BASTARACHE = {"speaker": "Corinne Bastarache", "role": "president", "country": "CA", "org": CFIB}
DESROCHERS = {
    "speaker": "Yves Desrochers",
    "role": "Parliamentary Budget Officer",
    "country": "CA",
}
TELLIER = {"speaker": "Rhonda Tellier", "role": "Premier", "country": "CA"}
OSTRANDER = {"speaker": "Paul Ostrander", "role": "former finance minister", "country": "CA"}
CARRIERE = {"speaker": "Marisol Carrière", "role": "Leader", "country": "CA", "org": "NDP"}
QURESHI = {
    "speaker": "Farid Qureshi",
    "role": "chief economist",
    "country": "CA",
    "org": "Maplecrest Institute",
}

BUDGET_Q = [
    p(
        "This is a budget for the generation that has been told to wait, and wait, and wait,",
        LAFLEUR,
        "direct",
        "said",
        "Lafleur-Byrne",
    ),
    p("We are done telling them to wait.", LAFLEUR, "direct", "said", "Lafleur-Byrne"),
    p(
        "the government would build or finance 250,000 homes over four years, in part by "
        "freeing up federal land and offering low-cost loans to developers who build rental "
        "units",
        LAFLEUR,
        "indirect",
        "told",
        "She",
    ),
    p("credible and responsible.", LAFLEUR, "partial", "called", "the minister"),
    p(
        "the plan would add more than $150 billion to the national debt over five years",
        HALVORSEN,
        "indirect",
        "said",
        "Conservative finance critic Derek Halvorsen",
    ),
    p(
        "spending like there is no tomorrow.",
        HALVORSEN,
        "partial",
        "accused",
        "Conservative finance critic Derek Halvorsen",
    ),
    p(
        "Canadians are not asking for another photo op on a construction site,",
        HALVORSEN,
        "direct",
        "told",
        "Halvorsen",
    ),
    p(
        "They are asking why their groceries cost 30 per cent more than they did four years ago.",
        HALVORSEN,
        "direct",
        "told",
        "Halvorsen",
    ),
    p(
        "his party would vote against the budget and would move a motion of non-confidence at "
        "the first opportunity",
        HALVORSEN,
        "indirect",
        "said",
        "Halverson",
    ),
    group(
        "the surtax would not be extended beyond 2027",
        "indirect",
        "said",
        "A senior government official, who briefed reporters before the budget was tabled on "
        "the condition they not be named",
        "CA",
    ),
    body(
        "Canadian Bankers Association",
        "CA",
        "partial",
        "said",
        "The Canadian Bankers Association",
        "punish the institutions that kept the economy stable through the pandemic",
    ),
    body(
        "Canadian Bankers Association",
        "CA",
        "indirect",
        "said",
        "The Canadian Bankers Association",
        "could make it harder for families and small firms to borrow",
    ),
    body(CFIB, "CA", "partial", "said", f"the {CFIB}", "a good start, but a small one."),
    p(
        "owners had been hoping for a cut to the small-business tax rate and a simpler GST "
        "filing system",
        BASTARACHE,
        "indirect",
        "said",
        "Corinne Bastarache, the federation's president",
    ),
    p(
        "Main Street has been carrying this economy on its back,",
        BASTARACHE,
        "direct",
        "said",
        "she",
    ),
    p(
        "A freeze is not relief. It is just the absence of new pain.",
        BASTARACHE,
        "direct",
        "said",
        "she",
    ),
    p(
        "fairly optimistic",
        DESROCHERS,
        "partial",
        "said",
        "Parliamentary Budget Officer Yves Desrochers, whose office provides independent "
        "analysis of government spending and revenue",
    ),
    p(
        "If growth comes in half a point lower than the government expects, the deficit is $8 "
        "billion bigger. That is not a rounding error,",
        DESROCHERS,
        "direct",
        "said",
        "Desrochers",
    ),
    p(
        "his office would publish its own analysis of the budget within three weeks",
        DESROCHERS,
        "indirect",
        "said",
        "He",
    ),
    p(
        "nothing, absolutely nothing",
        TELLIER,
        "partial",
        "said",
        "Saskatchewan Premier Rhonda Tellier",
    ),
    p(
        "Ottawa found billions for a new tax on banks and not one dollar for the people who "
        "feed this country,",
        TELLIER,
        "direct",
        "said",
        "Tellier",
    ),
    p(
        "she would raise the issue when premiers meet in Winnipeg next month",
        TELLIER,
        "indirect",
        "added",
        "She",
    ),
    p(
        "a political gesture, not a fiscal plan.",
        OSTRANDER,
        "partial",
        "told",
        "Lafleur-Byrne's predecessor, former finance minister Paul Ostrander, who now sits as "
        "an independent MP",
    ),
    p(
        "her party would study the budget before deciding how to vote",
        CARRIERE,
        "indirect",
        "said",
        "NDP Leader Marisol Carrière",
    ),
    p("leaves renters behind.", CARRIERE, "partial", "warned", "NDP Leader Marisol Carrière"),
    group("the housing measures were overdue", "indirect", "said", "Some", "CA"),
    group(
        "the deficit would keep pressure on the Bank of Canada to hold interest rates higher "
        "for longer",
        "indirect",
        "said",
        "others",
        "CA",
    ),
    p(
        "The numbers are big, but they are not reckless,",
        QURESHI,
        "direct",
        "said",
        "Farid Qureshi, chief economist at the Maplecrest Institute, a Toronto think-tank",
    ),
    p(
        "The real question is whether the homes actually get built.",
        QURESHI,
        "direct",
        "said",
        "Farid Qureshi, chief economist at the Maplecrest Institute, a Toronto think-tank",
    ),
    p("she was confident the plan would pass", LAFLEUR, "indirect", "told", "Lafleur-Byrne"),
    p("I have spoken to every party in this House,", LAFLEUR, "direct", "said", "she"),
    p("I think they know what Canadians expect of them.", LAFLEUR, "direct", "said", "she"),
]

DOCS = [
    ("probe-r21g-nigeria-fuel-subsidy-protests", "ABUJA", NIGERIA_Q),
    ("probe-r21g-cairo-ceasefire-talks", "CAIRO", CAIRO_Q),
    ("probe-r21g-canada-federal-budget", "OTTAWA", BUDGET_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Amnesty International",
    "Canadian Bankers Association",
    "Canadian Federation of Independent Business",
    "Hamas",
    "Health Ministry",
    "Kano State Police Command",
    "Nigeria Labour Congress",
    "Petroleum Retailers Association of Nigeria",
    "UNRWA",
    "presidency",
)


def main():
    write_gold(
        HERE,
        "probes_r21g_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r21g",
        source="quotesdb round-21 training probes G (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
