"""Build heldout16_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout13 (see their READMEs and
bench/heldout16/README.md). Each quote is located by searching its exact text after the
previous quote's end, so the offsets always satisfy text[start:end] == quote text and
the spans of a document never overlap.

    python3 bench/heldout16/make_gold.py   # writes bench/heldout16/heldout16_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- chess congress, a grandmaster searched (British style, ‘single quotes’, no dateline) --
FIDE = "FIDE"
WCA = "Wexcombe Chess Association"
WIERZBICKI = {"speaker": "Tomasz Wierzbicki", "role": "grandmaster", "country": "PL"}
ASHWORTH = {"speaker": "Daniel Ashworth", "role": "grandmaster", "country": "GB"}
ELLISON = {"speaker": "Margaret Ellison", "role": "chief arbiter", "country": "GB"}
NOWACKI = {"speaker": "Piotr Nowacki", "role": "second", "country": "PL"}
PILBEAM = {"speaker": "Roger Pilbeam", "role": "chairman", "country": "GB", "org": WCA}
TRAMELL = {"speaker": "Helen Tramell", "role": "club player", "country": "GB"}

CHESS_Q = [
    p(
        "humiliated in front of the whole hall",
        WIERZBICKI,
        "partial",
        "said",
        "The Polish grandmaster Tomasz Wierzbicki, who was leading the event with five points "
        "from six games",
    ),
    p(
        "would not play another round",
        WIERZBICKI,
        "indirect",
        "said",
        "The Polish grandmaster Tomasz Wierzbicki, who was leading the event with five points "
        "from six games",
    ),
    p(
        "eleven or twelve times",
        ASHWORTH,
        "partial",
        "told",
        "the English grandmaster Daniel Ashworth",
    ),
    p(
        "had found a string of difficult moves that only a computer would choose",
        ASHWORTH,
        "indirect",
        "told",
        "the English grandmaster Daniel Ashworth",
    ),
    p(
        "We did exactly what the regulations tell us to do,",
        ELLISON,
        "direct",
        "said",
        "the arbiter, Margaret Ellison",
    ),
    p(
        "A complaint was made in writing, so we looked. I would do the same tomorrow.",
        ELLISON,
        "direct",
        "said",
        "the arbiter, Margaret Ellison",
    ),
    p(
        "every one of the 148 players had been checked with a metal-detecting wand on the first "
        "morning",
        ELLISON,
        "indirect",
        "said",
        "Ellison",
    ),
    p("without any fuss at the time", ELLISON, "partial", "said", "Ellison"),
    p(
        "They took me out of the playing hall in the middle of a game, with my opponent watching, "
        "and made me take off my shoes like a criminal at an airport,",
        WIERZBICKI,
        "direct",
        "said",
        "he",
    ),
    p(
        "I have played in Wexcombe since I was fifteen. I love this tournament,",
        WIERZBICKI,
        "direct",
        "said",
        "he",
    ),
    p(
        "But if a player can be searched because his opponent is losing and feels angry, then "
        "nobody is safe.",
        WIERZBICKI,
        "direct",
        "said",
        "he",
    ),
    p(
        "I go to the toilet because I drink a lot of coffee. That is the whole mystery.",
        WIERZBICKI,
        "direct",
        "said",
        "he",
    ),
    p(
        "his complaint had been prompted by the position on the board",
        ASHWORTH,
        "indirect",
        "denied",
        "Ashworth, who went on to lose the game in 41 moves",
    ),
    p("before anything had gone wrong for me", ASHWORTH, "partial", "said", "He"),
    p("he had never used the word cheating", ASHWORTH, "indirect", "said", "He"),
    p(
        "I don’t enjoy any of this. But when a player keeps disappearing at the critical moments, "
        "the rules exist for a reason,",
        ASHWORTH,
        "direct",
        "said",
        "Ashworth, a former British champion",
    ),
    p(
        "People think we are paranoid. We are not paranoid, we are realistic,",
        ASHWORTH,
        "direct",
        "added",
        "he",
    ),
    p(
        "the Polish Chess Federation would lodge a formal complaint on Wednesday",
        NOWACKI,
        "indirect",
        "said",
        "Wierzbicki’s second, Piotr Nowacki, who travels with him to tournaments and helps him "
        "prepare his openings",
    ),
    q(
        "aware of the incident in Wexcombe",
        FIDE,
        "partial",
        "said in a statement",
        "FIDE, the sport’s world governing body",
    ),
    q(
        "would ask the organisers for a full report",
        FIDE,
        "indirect",
        "said in a statement",
        "FIDE, the sport’s world governing body",
    ),
    q("on reasonable suspicion", FIDE, "partial", "said", "It"),
    q("discreet and proportionate", FIDE, "partial", "said", "It"),
    q(
        "deeply regrettable",
        WCA,
        "partial",
        "said in a statement",
        "The tournament’s organisers, the Wexcombe Chess Association",
        country="GB",
    ),
    q(
        "his points would stand in the final standings",
        WCA,
        "indirect",
        "said in a statement",
        "The tournament’s organisers, the Wexcombe Chess Association",
        country="GB",
    ),
    p(
        "the association would review how searches were carried out once the event ended on Sunday",
        PILBEAM,
        "indirect",
        "said",
        "Its chairman, Roger Pilbeam",
    ),
    q(
        "the row had soured the atmosphere in the hall",
        None,
        "indirect",
        "said privately",
        "Some players",
    ),
    q(
        "they had also been checked with a wand during the week",
        None,
        "indirect",
        "said",
        "Two players on the top boards, who asked not to be named",
    ),
    p(
        "It was like watching someone being arrested at a wedding,",
        TRAMELL,
        "direct",
        "said",
        "Helen Tramell, a club player from Bristol who had travelled to watch the leaders",
    ),
    p(
        "Everybody stopped and stared. Then they all pretended to think about their own games.",
        TRAMELL,
        "direct",
        "said",
        "Helen Tramell, a club player from Bristol who had travelled to watch the leaders",
    ),
    p(
        "the arbiters had not told Wierzbicki who had complained until after the search",
        NOWACKI,
        "indirect",
        "said",
        "Nowacki",
    ),
    p(
        "Imagine a football referee stopping a match to search a striker because the goalkeeper "
        "is unhappy,",
        NOWACKI,
        "direct",
        "said",
        "he",
    ),
    p("This is what happened.", NOWACKI, "direct", "said", "he"),
    p("Ask me when they apologise.", WIERZBICKI, "direct", "said", "Wierzbiki"),
    p(
        "If he wants an apology, he can have one for the inconvenience. Not for the search.",
        ELLISON,
        "direct",
        "said",
        "She",
    ),
]

# --- IMF staff-level agreement, Mongolia (Reuters style, straight "double quotes") --------
IMF = "International Monetary Fund"
BOM = "Bank of Mongolia"
CUP = "Civic Unity Party"
BRANDT = {"speaker": "Helena Brandt", "role": "mission chief", "country": None, "org": "IMF"}
GANBOLD = {"speaker": "Dorjiin Ganbold", "role": "Finance Minister", "country": "MN"}
TUMUR = {"speaker": "Enkhjargal Tumur", "role": "leader", "country": "MN", "org": CUP}
LECLERC = {
    "speaker": "Marguerite Leclerc",
    "role": "frontier markets economist",
    "country": "GB",
    "org": "Sterling Bay Capital",
}
BOLD = {"speaker": "Narantsetseg Bold", "role": "deputy finance minister", "country": "MN"}
BATJARGAL = {"speaker": "Luvsan Batjargal", "role": "Prime Minister", "country": "MN"}
DORJ = {"speaker": "Batbayar Dorj", "role": "taxi driver", "country": "MN"}

IMF_Q = [
    q(
        "Mongolia has reached a staff-level agreement with the International Monetary Fund for a "
        "$1.4 billion loan programme",
        IMF,
        "indirect",
        "said",
        "the Fund",
    ),
    p(
        "The 40-month arrangement would release about $180 million once it is approved by the "
        "IMF's executive board",
        BRANDT,
        "indirect",
        "according to",
        "a statement from the Fund's mission chief, Helena Brandt",
    ),
    p(
        "This programme gives Mongolia breathing space, but it is not a substitute for reform,",
        BRANDT,
        "direct",
        "said",
        "Brandt",
    ),
    p(
        "The authorities have committed to measures that will put public debt on a firmly "
        "declining path.",
        BRANDT,
        "direct",
        "said",
        "Brandt",
    ),
    p(
        "the government would cut fuel subsidies by a third next year and freeze public sector "
        "hiring, but would protect pensions and child benefits",
        GANBOLD,
        "indirect",
        "told",
        "Finance Minister Dorjiin Ganbold",
    ),
    p(
        "Nobody wanted to go to the IMF. But the alternative was to run out of dollars by the "
        "spring,",
        GANBOLD,
        "direct",
        "said",
        "he",
    ),
    q(
        "Mongolia's foreign exchange reserves fell to $2.1 billion at the end of September, enough "
        "to cover less than three months of imports",
        BOM,
        "indirect",
        "according to",
        "the central bank",
        country="MN",
    ),
    q(
        "hand the budget to Washington",
        CUP,
        "partial",
        "said",
        "The opposition Civic Unity Party",
        country="MN",
    ),
    q(
        "parliament must vote on it before it is signed",
        CUP,
        "indirect",
        "said",
        "The opposition Civic Unity Party",
        country="MN",
    ),
    p(
        "Families who already cannot afford to heat their gers will pay for the mistakes of the "
        "mining boom.",
        TUMUR,
        "direct",
        "said",
        "Its leader, Enkhjargal Tumur",
    ),
    q(
        "the size of the programme was in line with expectations",
        None,
        "indirect",
        "said",
        "Analysts",
        country="MN",
    ),
    p(
        "The real test is whether the subsidy cuts survive the first winter,",
        LECLERC,
        "direct",
        "said",
        "Marguerite Leclerc, a frontier markets economist at Sterling Bay Capital in London",
    ),
    p(
        "Mongolia has signed up to reforms before and walked away from them when coal prices "
        "recovered.",
        LECLERC,
        "direct",
        "said",
        "Marguerite Leclerc, a frontier markets economist at Sterling Bay Capital in London",
    ),
    p(
        "a $600 million eurobond due in 2027 remained the main risk",
        LECLERC,
        "indirect",
        "added",
        "Leclerc",
    ),
    p("much more likely", LECLERC, "partial", "said", "she"),
    q(
        "Mongolian dollar bonds rose after the announcement, with the 2027 issue gaining 1.5 cents "
        "on the dollar",
        None,
        "indirect",
        "said",
        "traders",
        country="MN",
    ),
    p(
        "the negotiations had nearly collapsed over the pace of increases in electricity tariffs",
        BOLD,
        "indirect",
        "said",
        "Ganbold's deputy, Narantsetseg Bold, who led the final round of talks in Washington last "
        "month",
    ),
    p("The Fund wanted tariffs to rise 40% in one step,", BOLD, "direct", "said", "she"),
    p(
        "We told them that in a country where it is minus 30 degrees in January, that would put "
        "people on the street.",
        BOLD,
        "direct",
        "said",
        "she",
    ),
    p(
        "In the end we agreed on three steps over two years. That is a compromise I can defend.",
        BOLD,
        "direct",
        "said",
        "she",
    ),
    q(
        "China had agreed to roll over a 15 billion yuan ($2.1 billion) currency swap line with "
        "Mongolia's central bank for three more years",
        None,
        "indirect",
        "said",
        "Two people familiar with the negotiations",
        country="MN",
    ),
    q(
        "The swap was a condition of the IMF financing",
        None,
        "indirect",
        "said",
        "the people",
        country="MN",
    ),
    q(
        "the executive board was expected to consider the programme in December",
        None,
        "indirect",
        "said",
        "A spokesperson for the Fund in Washington",
        org="IMF",
    ),
    p(
        "restore confidence in our economy",
        BATJARGAL,
        "partial",
        "said",
        "Prime Minister Luvsan Batjargal",
    ),
    p(
        "to approve the budget changes before the end of the year",
        BATJARGAL,
        "indirect",
        "urged",
        "Prime Minister Luvsan Batjargal",
    ),
    q(
        "they will not back the fuel subsidy cut",
        None,
        "indirect",
        "have said privately",
        "Some lawmakers from the ruling party",
        country="MN",
    ),
    p(
        "They borrowed in the good years and now they want us to pay,",
        DORJ,
        "direct",
        "said",
        "Batbayar Dorj, 46, a taxi driver",
    ),
    p(
        "his fuel costs had already doubled since 2022",
        DORJ,
        "indirect",
        "said",
        "Batbayar Dorj, 46, a taxi driver",
    ),
    p(
        "I voted for this government. I will not do it again.",
        DORJ,
        "direct",
        "said",
        "Batbayar Dorj, 46, a taxi driver",
    ),
    p(
        "the budget deficit would widen to 6% of gross domestic product this year without the "
        "loan and that the government would have had to cut public sector wages",
        GANBOLD,
        "indirect",
        "warned",
        "Ganbolt",
    ),
    p(
        "We have done this before, and we paid back every dollar,",
        GANBOLD,
        "direct",
        "added",
        "he",
    ),
]

# --- medical school admissions audit, Kansas (AP style, curly “double quotes”) -----------
PSU = "Prairie State University"
SEC = "Senate Education Committee"
HOLLINS = {"speaker": "Rebecca Hollins", "role": "State Auditor", "country": "US"}
KESSLER = {"speaker": "Martin Kessler", "role": "president", "country": "US", "org": PSU}
VANCE = {"speaker": "Peter Vance", "role": "lawyer", "country": "US"}
WHITFIELD = {"speaker": "Dana Whitfield", "role": "state senator", "country": "US", "org": SEC}
LINDQVIST = {"speaker": "Ray Lindqvist", "role": "Senator", "country": "US", "org": SEC}
ORTEGA = {"speaker": "Jasmine Ortega", "role": "second-year student", "country": "US"}
HARLAN = {"speaker": "Denise Harlan", "role": "mother", "country": "US"}

ADMISSIONS_Q = [
    q(
        "Prairie State University’s medical school admitted at least 61 applicants over five "
        "years after their parents or grandparents gave money to the university",
        None,
        "indirect",
        "according to",
        "a state audit released Tuesday",
        country="US",
    ),
    q(
        "the school’s admissions committee had kept a separate list of applicants flagged by the "
        "university’s fundraising office",
        None,
        "indirect",
        "found",
        "The audit",
        country="US",
    ),
    q(
        "the office sent the committee 214 files between 2019 and 2024, and 61 of those applicants "
        "were admitted",
        None,
        "indirect",
        "According to",
        "the audit",
        country="US",
    ),
    p(
        "These were not borderline cases,",
        HOLLINS,
        "direct",
        "told",
        "State Auditor Rebecca Hollins",
    ),
    p(
        "In several files, the committee wrote down the size of the gift next to the applicant’s "
        "test scores.",
        HOLLINS,
        "direct",
        "told",
        "State Auditor Rebecca Hollins",
    ),
    p(
        "23 of the 61 students had scores below the minimum the medical school publishes on its "
        "website, and that four rejected applicants with higher scores had later been admitted to "
        "medical schools in other states",
        HOLLINS,
        "indirect",
        "said",
        "Hollins",
    ),
    p(
        "the medical school’s admissions dean had been placed on leave and that an outside law "
        "firm would review every admission since 2015",
        KESSLER,
        "indirect",
        "announced",
        "The university’s president, a former Navy surgeon who took office in 2022",
    ),
    p(
        "fallen short of the standard our students and this state deserve.",
        KESSLER,
        "partial",
        "said",
        "the president, Dr. Martin Kessler",
    ),
    p(
        "I am not going to defend what happened here, and I am not going to wait for the "
        "Legislature to tell us to fix it,",
        KESSLER,
        "direct",
        "said",
        "Kessler",
    ),
    q(
        "no current student would have an offer withdrawn",
        PSU,
        "indirect",
        "said in the same statement",
        "The university",
        country="US",
    ),
    p("in place long before she arrived", VANCE, "partial", "said", "Her lawyer, Peter Vance"),
    p(
        "had never been told they were improper",
        VANCE,
        "indirect",
        "said",
        "Her lawyer, Peter Vance",
    ),
    q(
        "the priority list was discussed openly at meetings and that nobody had objected",
        None,
        "indirect",
        "said",
        "Two members of the admissions committee, who spoke on condition of anonymity because "
        "they feared losing their jobs",
        country="US",
        org=PSU,
    ),
    p(
        "she would introduce a bill in January to ban donor and legacy preferences at every public "
        "university in Kansas",
        WHITFIELD,
        "indirect",
        "said",
        "State Sen. Dana Whitfield, a Wichita Democrat who sits on the Senate Education Committee",
    ),
    p(
        "If you can buy a seat in medical school, then the seat was never really open,",
        WHITFIELD,
        "direct",
        "said",
        "she",
    ),
    p(
        "a blanket ban could cost universities millions of dollars in gifts that pay for "
        "scholarships",
        LINDQVIST,
        "indirect",
        "warned",
        "Sen. Ray Lindqvist, a Hays Republican who chairs the committee",
    ),
    p(
        "he would wait for the law firm’s review before deciding how to vote",
        LINDQVIST,
        "indirect",
        "said",
        "He",
    ),
    q(
        "they were angry but not surprised",
        None,
        "indirect",
        "said",
        "Students at the medical school’s campus in Merridale",
        country="US",
        org=PSU,
    ),
    p(
        "Everybody here worked insanely hard to get in, and then you find out some people had a "
        "shortcut,",
        ORTEGA,
        "direct",
        "said",
        "Jasmine Ortega, a second-year student from Garden City",
    ),
    p(
        "It makes you wonder who else.",
        ORTEGA,
        "direct",
        "said",
        "Jasmine Ortega, a second-year student from Garden City",
    ),
    p(
        "the family had borrowed about $90,000 so that he could study out of state",
        HARLAN,
        "indirect",
        "said",
        "His mother, Denise Harlan",
    ),
    p("We told him to do everything right, and he did,", HARLAN, "direct", "said", "she"),
    p(
        "He volunteered, he took the hardest classes, he got the scores.",
        HARLAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "Now I read that somebody’s grandfather paid for a building and his grandson got the seat. "
        "How am I supposed to explain that to him?",
        HARLAN,
        "direct",
        "said",
        "she",
    ),
    q(
        "it would hold a special meeting next week",
        "Kansas Board of Regents",
        "indirect",
        "said",
        "The Kansas Board of Regents, which oversees the state’s public universities",
        country="US",
    ),
    p("none of the 61 students should lose their place", HOLLINS, "indirect", "said", "Hollins"),
    p("They applied. Somebody else made the decisions,", HOLLINS, "direct", "said", "she"),
    p(
        "the university would stop accepting gifts from the families of applicants while their "
        "files were under review",
        KESSLER,
        "indirect",
        "said",
        "Kesler",
    ),
    p(
        "We are going to earn back the trust of every family that applied here,",
        KESSLER,
        "direct",
        "added",
        "he",
    ),
    p(
        "more cases like Prairie State’s were likely to surface",
        HOLLINS,
        "indirect",
        "warned",
        "Hollins",
    ),
]

# --- mass whale stranding, New Zealand (AP style, curly “double quotes”, non-US dateline) -
DOC = "Department of Conservation"
WRA = "Whale Rescue Aotearoa"
TANE = {"speaker": "Aroha Tane", "role": "incident controller", "country": "NZ", "org": DOC}
WALSH = {"speaker": "Kiri Walsh", "role": "sheep farmer", "country": "NZ"}
PARATA = {
    "speaker": "Hemi Parata",
    "role": "tribal elder",
    "country": "NZ",
    "org": "Ngāti Tuarangi",
}
CARRICK = {
    "speaker": "Fiona Carrick",
    "role": "marine mammal scientist",
    "country": "NZ",
    "org": "Tasman Marine Institute",
}
HOLLIS = {"speaker": "Jane Hollis", "role": "Conservation Minister", "country": "NZ"}
SHORE = {"speaker": "Megan Shore", "role": "Conservation Minister", "country": "AU"}
BROOKE = {"speaker": "Daniel Brooke", "role": "general manager", "country": "NZ", "org": WRA}

WHALES_Q = [
    q(
        "More than 140 pilot whales stranded on a remote beach on New Zealand’s South Island "
        "overnight, and at least 90 had died by Saturday afternoon despite efforts by hundreds of "
        "volunteers to keep them alive",
        None,
        "indirect",
        "said",
        "conservation officials",
        country="NZ",
    ),
    q(
        "its rangers had found the whales at first light, spread along about 2 kilometers (1.2 "
        "miles) of sand at the head of the bay, and that the surviving animals would be refloated "
        "on the evening high tide",
        DOC,
        "indirect",
        "said in a statement",
        "The Department of Conservation",
        country="NZ",
    ),
    p(
        "the whales had come ashore in three groups over several hours and that the pattern "
        "suggested they had followed a sick or disoriented leader",
        TANE,
        "indirect",
        "said",
        "The department’s incident controller, Aroha Tane",
    ),
    p(
        "Pilot whales are incredibly social. If one of them is in trouble, the rest will follow it "
        "in, and they will follow it in again if we don’t refloat them together,",
        TANE,
        "direct",
        "said",
        "Tane",
    ),
    p(
        "We have a window of about two hours around high tide, and we are going to use every "
        "minute of it,",
        TANE,
        "direct",
        "said",
        "she",
    ),
    p(
        "You talk to them. You don’t know if it helps, but you talk to them,",
        WALSH,
        "direct",
        "said",
        "Kiri Walsh, 52, a sheep farmer who has helped at four strandings on the bay since 2017",
    ),
    p(
        "One of mine died about an hour ago. I’m going to stay with the one next to it until the "
        "tide comes.",
        WALSH,
        "direct",
        "said",
        "Kiri Walsh, 52, a sheep farmer who has helped at four strandings on the bay since 2017",
    ),
    p(
        "the tribe would decide with the department where the bodies would be buried and whether "
        "some bones would be kept for carving",
        PARATA,
        "indirect",
        "said",
        "Tribal elder Hemi Parata",
    ),
    p(
        "These are our taonga, our treasures. When they come to us, we look after them, alive or "
        "dead,",
        PARATA,
        "direct",
        "said",
        "he",
    ),
    p(
        "almost designed to confuse",
        CARRICK,
        "partial",
        "said",
        "Fiona Carrick, a marine mammal scientist at the Tasman Marine Institute in Nelson",
    ),
    p(
        "The sand shelves so gradually that the sound doesn’t bounce back properly. They think "
        "there is deep water ahead, and then there isn’t,",
        CARRICK,
        "direct",
        "said",
        "Carrick",
    ),
    p(
        "the government would pay for a study of why whales keep stranding there",
        HOLLIS,
        "indirect",
        "said",
        "Conservation Minister Jane Hollis, who flew to the bay by helicopter on Saturday",
    ),
    p(
        "Australian rescuers with specialist flotation equipment were on standby to fly to New "
        "Zealand if they were needed",
        SHORE,
        "indirect",
        "said in a post on X",
        "Her Australian counterpart, Megan Shore",
    ),
    q(
        "more than 600 people had registered to help by midafternoon",
        WRA,
        "indirect",
        "said",
        "Whale Rescue Aotearoa, a charity that trains volunteers in marine mammal first aid",
        country="NZ",
    ),
    p(
        "the charity had enough people for the night shift",
        BROOKE,
        "indirect",
        "said",
        "Its general manager, Daniel Brooke",
    ),
    p(
        "What we need now is wetsuits, and people who can stand in cold water for four hours,",
        BROOKE,
        "direct",
        "said",
        "he",
    ),
    q(
        "the bay’s only access road had been jammed with cars since early morning",
        None,
        "indirect",
        "said",
        "Residents",
        country="NZ",
    ),
    q(
        "Thirty-eight whales had been refloated by early evening",
        DOC,
        "indirect",
        "said",
        "the department",
        country="NZ",
    ),
    q(
        "rangers in small boats were trying to keep them from turning back toward the beach",
        DOC,
        "indirect",
        "said",
        "the department",
        country="NZ",
    ),
    p(
        "the next morning would decide whether the operation had worked",
        CARRICK,
        "indirect",
        "said",
        "Carrik",
    ),
    p("If they are still out there at sunrise, we’ve done well,", CARRICK, "direct", "said", "she"),
    p(
        "If they come back in, we start again, and it will be harder, because they will be "
        "exhausted.",
        CARRICK,
        "direct",
        "said",
        "she",
    ),
    p(
        "People should know that this is not a failure. Sometimes the ocean wins.",
        CARRICK,
        "direct",
        "said",
        "she",
    ),
    p(
        "the remaining dead whales could attract sharks to the shallows",
        TANE,
        "indirect",
        "warned",
        "Tane",
    ),
    p(
        "swimming would be banned at the bay for at least two weeks",
        TANE,
        "indirect",
        "said",
        "Tane",
    ),
    q(
        "Some of the dead animals will be examined by scientists from the Tasman Marine Institute "
        "before burial",
        DOC,
        "indirect",
        "according to",
        "the department",
        country="NZ",
    ),
    p(
        "We have had them come back on the morning tide before. You celebrate at night and you "
        "are back on the sand at 6 a.m.,",
        TANE,
        "direct",
        "added",
        "she",
    ),
]

# --- a city zoo's last elephant to a sanctuary (US local paper, straight "double quotes") --
BFZ = "Brenton Falls Zoo"
FOT = "Friends of Tilly"
RHER = "Red Hills Elephant Refuge"
ODUYA = {"speaker": "Karen Oduya", "role": "director", "country": "US", "org": BFZ}
PRUITT = {"speaker": "Samuel Pruitt", "role": "head veterinarian", "country": "US", "org": BFZ}
DIMARCO = {"speaker": "Frank DiMarco", "role": "Council member", "country": "US"}
BECKWITH = {"speaker": "Lauren Beckwith", "role": "founder", "country": "US", "org": FOT}
CASTELLANOS = {
    "speaker": "Maria Castellanos",
    "role": "executive director",
    "country": "US",
    "org": RHER,
}
JENKINS = {"speaker": "Carol Jenkins", "role": None, "country": "US"}
HASKINS = {"speaker": "Ron Haskins", "role": "keeper", "country": "US", "org": BFZ}
HENNING = {"speaker": "Paul Henning", "role": "Mayor", "country": "US"}

ZOO_Q = [
    q(
        "the elephant house would be rebuilt as an exhibit for red pandas and snow leopards",
        None,
        "indirect",
        "said",
        "Zoo officials",
        country="US",
        org=BFZ,
    ),
    p(
        "Tilly had been alone since her companion, Rosie, died in 2022, and that the zoo had spent "
        "two years trying and failing to find another elephant to join her",
        ODUYA,
        "indirect",
        "told",
        "Zoo Director Karen Oduya",
    ),
    p(
        "Elephants need other elephants. We can give Tilly the best care in the world, and we do, "
        "but we can't give her that,",
        ODUYA,
        "direct",
        "said",
        "Oduya",
    ),
    p(
        "Tilly had arthritis in both front legs",
        PRUITT,
        "indirect",
        "said",
        "The zoo's head veterinarian, Dr. Samuel Pruitt",
    ),
    p(
        "real but manageable",
        PRUITT,
        "partial",
        "said",
        "The zoo's head veterinarian, Dr. Samuel Pruitt",
    ),
    p(
        "We will have a vet riding with her the whole way, and we will stop every two hours,",
        PRUITT,
        "direct",
        "said",
        "Pruitt",
    ),
    p("If she tells us she's not ready, we don't go.", PRUITT, "direct", "said", "Pruitt"),
    p(
        "he worried the zoo would lose visitors and school trips without its best-known animal",
        DIMARCO,
        "indirect",
        "said",
        "Council member Frank DiMarco, who cast the only vote against the move",
    ),
    p(
        "This is a lot of money to spend to make a small group of activists happy,",
        DIMARCO,
        "direct",
        "said",
        "he",
    ),
    p(
        "The kids who come here on a field trip from Harlow County are not going to drive to "
        "Oklahoma.",
        DIMARCO,
        "direct",
        "said",
        "he",
    ),
    q(
        "The move will cost about $310,000",
        None,
        "indirect",
        "according to",
        "a city budget memo",
        country="US",
    ),
    q(
        "the right decision, made far too late.",
        FOT,
        "partial",
        "said in a statement",
        "Friends of Tilly, a group that has gathered more than 40,000 signatures calling for the "
        "elephant's release",
        country="US",
    ),
    p(
        "she cried when the result was announced",
        BECKWITH,
        "indirect",
        "said",
        "Its founder, Lauren Beckwith, a retired schoolteacher who has visited Tilly every week "
        "for 30 years",
    ),
    p(
        "I have watched her stand in that yard by herself for two winters,",
        BECKWITH,
        "direct",
        "said",
        "Beckwith",
    ),
    p(
        "She rocks from side to side for hours. People think it's dancing. It isn't.",
        BECKWITH,
        "direct",
        "said",
        "Beckwith",
    ),
    p(
        "She is going to walk on grass with 11 other elephants. I'm going to be there when the "
        "trailer doors open.",
        BECKWITH,
        "direct",
        "said",
        "Beckwith",
    ),
    q(
        "it had built a separate barn so Tilly could meet the other elephants gradually over "
        "several weeks",
        RHER,
        "indirect",
        "said",
        "The Red Hills Elephant Refuge, near Ada, Oklahoma",
        country="US",
    ),
    p(
        "older elephants usually settled in within a few months",
        CASTELLANOS,
        "indirect",
        "said",
        "Its executive director, Maria Castellanos",
    ),
    p(
        "She has been the only elephant in her world for a long time,",
        CASTELLANOS,
        "direct",
        "said",
        "Castellanos",
    ),
    p(
        "The first thing she has to learn is that she is not anymore.",
        CASTELLANOS,
        "direct",
        "said",
        "Castellanos",
    ),
    q(
        "the zoo was violating the city's animal cruelty ordinance",
        None,
        "indirect",
        "argued",
        "two residents",
        country="US",
    ),
    q(
        "they would not renew their zoo memberships",
        None,
        "indirect",
        "said",
        "Some longtime members",
        country="US",
    ),
    p(
        "I brought my kids to see her, and my grandkids,",
        JENKINS,
        "direct",
        "said",
        "Carol Jenkins, 71, of Millbrook",
    ),
    p(
        "Now my great-grandkids get a panda. It's not the same.",
        JENKINS,
        "direct",
        "said",
        "Carol Jenkins, 71, of Millbrook",
    ),
    p(
        "the elephant would not know she was leaving until the day came",
        HASKINS,
        "indirect",
        "told",
        "Tilly's keeper for 19 years, Ron Haskins",
    ),
    p("I'll miss her every day,", HASKINS, "direct", "said", "he"),
    p(
        "But I've been telling people for years she needs a herd. Nobody wanted to hear it from "
        "the guy with the shovel.",
        HASKINS,
        "direct",
        "said",
        "he",
    ),
    p(
        "the city would hold a farewell weekend for Tilly in April, with free admission for "
        "children",
        HENNING,
        "indirect",
        "said in a written statement",
        "Mayor Paul Henning, who does not vote on the council except to break ties",
    ),
    p(
        "the zoo would keep its accreditation with the Association of Zoos and Aquariums",
        ODUYA,
        "indirect",
        "said",
        "Oduyah",
    ),
    p("the zoo had no plans to bring elephants back", ODUYA, "indirect", "said", "She"),
    q(
        "the elephant house, built in 1958, would need about $2 million in repairs before it could "
        "hold other animals",
        None,
        "indirect",
        "said",
        "A city parks employee who was not authorized to speak publicly",
        country="US",
    ),
    p(
        "I used to think I was coming here to see her. Now I think she was looking after me,",
        BECKWITH,
        "direct",
        "added",
        "she",
    ),
]

DOCS = [
    ("heldout16-chess-wexcombe-congress-search-row", None, CHESS_Q),
    ("heldout16-imf-mongolia-copper-loan-deal", "ULAANBAATAR", IMF_Q),
    ("heldout16-admissions-prairie-state-donor-audit", "MERRIDALE, Kan.", ADMISSIONS_Q),
    ("heldout16-whales-new-zealand-kairau-stranding", "KAIRAU BAY, New Zealand", WHALES_Q),
    ("heldout16-zoo-brenton-falls-elephant-sanctuary", None, ZOO_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Bank of Mongolia",
    "Civic Unity Party",
    "Department of Conservation",
    "FIDE",
    "Friends of Tilly",
    "International Monetary Fund",
    "Kansas Board of Regents",
    "Prairie State University",
    "Red Hills Elephant Refuge",
    "Wexcombe Chess Association",
    "Whale Rescue Aotearoa",
)


def main():
    write_gold(
        HERE,
        "heldout16_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout16",
        source="quotesdb held-out 16 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
