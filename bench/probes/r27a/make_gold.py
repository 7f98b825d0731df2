"""Build probes_r27a_gold.jsonl from the hand annotations below.

Training probe r27a, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r26f and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decisions 8 to 10). Each quote is located by searching its exact
text after the previous quote's end.

    python3 bench/probes/r27a/make_gold.py   # writes probes_r27a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Westminster reshuffle and a select committee (PA style: no dateline, a byline with the
# writer's post, straight "double quotes", `Mr` / `Ms` without a point, long portfolio titles
# written before the name with `and` inside them) ------------------------------------------------
DOWNING = "Downing Street"
DOWNING_BODY = {"speaker": DOWNING, "country": "GB"}
DESNZ = "Department for Energy Security and Net Zero"
DESNZ_BODY = {"speaker": DESNZ, "country": "GB"}
CBI = "Confederation of British Industry"
CBI_BODY = {"speaker": CBI, "country": "GB"}

LEE = {"speaker": "Tom Lee", "role": "Secretary of State for Business and Trade", "country": "GB"}
KAYE = {
    "speaker": "Ruth Kaye",
    "role": "Secretary of State for Science, Innovation and Technology",
    "country": "GB",
}
KHANNA = {
    "speaker": "Priya Khanna",
    "role": "Minister of State for Energy Security and Net Zero",
    "country": "GB",
}
ELLISON = {
    "speaker": "Mark Ellison",
    "role": "Shadow Secretary of State for Business and Trade",
    "country": "GB",
}
# `Labour MP`: the party word dropped (decision 9), no organisation (as the earlier golds' MPs)
ASHCROFT = {"speaker": "Dawn Ashcroft", "role": "MP", "country": "GB"}
PUGH = {"speaker": "Owen Pugh", "role": "business and trade spokesman", "country": "GB"}
PRYCE = {
    "speaker": "Gareth Pryce",
    "role": "chair",
    "country": "GB",
    "org": "Business and Trade Committee",
}
# written with no title (`who leaves the Cabinet to lead …`)
MORROW = {"speaker": "Ann Morrow", "country": "GB"}
STRAND = {"speaker": "Helen Strand", "role": "director-general", "country": "GB", "org": CBI}

RESHUFFLE_Q = [
    p(
        "Tom Lee has been appointed Secretary of State for Business and Trade in a reshuffle of "
        "the Government's economic team",
        DOWNING_BODY,
        "indirect",
        "said",
        "Downing Street",
    ),
    p(
        "his first task would be to close the trade talks with India before the G7 summit in June",
        LEE,
        "indirect",
        "said",
        "Secretary of State for Business and Trade Tom Lee",
    ),
    p(
        "Businesses have told me they want certainty, and that is what this department will give "
        "them,",
        LEE,
        "direct",
        "said",
        "he",
    ),
    # a quote paragraph with no cue after the speaker's quote goes on with him
    p("I will be in Delhi within a fortnight.", LEE, "direct", "said", "he"),
    p(
        "the department would publish its long-delayed plan for computing power before the "
        "summer recess",
        KAYE,
        "indirect",
        "said",
        "Secretary of State for Science, Innovation and Technology Ruth Kaye",
    ),
    p("ambitious but costed", KAYE, "partial", "told", "She"),
    p(
        "the Treasury had already agreed the first tranche of funding",
        KAYE,
        "indirect",
        "adding",
        "She",
    ),
    p(
        "Priya Khanna, the Minister of State for Energy Security and Net Zero, would lead the UK "
        "team at COP30 in Belém in November",
        DESNZ_BODY,
        "indirect",
        "said",
        "The Department for Energy Security and Net Zero",
    ),
    p("the hardest test yet", KHANNA, "partial", "said", "Ms Khanna"),
    p(
        "run out of people, never mind ideas",
        ELLISON,
        "partial",
        "said",
        "Shadow Secretary of State for Business and Trade Mark Ellison",
    ),
    p(
        "This is the fourth business secretary in three years. Investors cannot plan around a "
        "revolving door,",
        ELLISON,
        "direct",
        "said",
        "he",
    ),
    p(
        "the reshuffle had left women and younger MPs on the sidelines",
        ASHCROFT,
        "indirect",
        "said",
        "Labour MP Dawn Ashcroft, who campaigned against Section 28 as a student and later "
        "chaired the party's equalities group",
    ),
    p(
        "ministers should publish the full list of trade deals they expected to sign before the "
        "end of the Parliament",
        PUGH,
        "indirect",
        "said",
        "Liberal Democrat business and trade spokesman Owen Pugh",
    ),
    # the quote stands for its clause (`said steelmakers had been left “…” for months …`)
    p("in the dark", PRYCE, "partial", "said", "The committee's chair, Gareth Pryce"),
    # `told the committee A “…” and that B`: the partial and B
    p("collectively", MORROW, "partial", "told", "Ms Morrow"),
    p("she did not regret it", MORROW, "indirect", "told", "Ms Morrow"),
    p(
        "The steel industry has had more support from this Government than from any in a "
        "generation,",
        MORROW,
        "direct",
        "said",
        "she",
    ),
    # `rejected claims that A` (as r26d's gold)
    p(
        "claims that the Covid-19 inquiry's findings on procurement had been ignored by her "
        "department",
        MORROW,
        "indirect",
        "rejected",
        "She",
    ),
    p("every recommendation had been accepted", MORROW, "indirect", "saying", "She"),
    p(
        "the committee would write to Mr Lee within days to ask for a timetable on the steel "
        "strategy",
        PRYCE,
        "indirect",
        "said",
        "Mr Pryce",
    ),
    # `said A was welcome but that firms needed “…”`: a quote in one conjunct, both reported
    p(
        "the appointment of a trade specialist was welcome",
        CBI_BODY,
        "indirect",
        "said",
        "The Confederation of British Industry",
    ),
    p(
        "a plan, not another face",
        CBI_BODY,
        "partial",
        "said",
        "The Confederation of British Industry",
    ),
    p(
        "members had spent more time since the Article 50 vote adapting to new rules than "
        "investing",
        STRAND,
        "indirect",
        "said",
        "Its director-general, Helen Strand",
    ),
    p(
        "Every new secretary of state means a new set of reviews. What business needs now is for "
        "one of them to stick,",
        STRAND,
        "direct",
        "said",
        "she",
    ),
    q(
        "the Prime Minister had full confidence in the new team and that further junior "
        "appointments would follow on Wednesday",
        None,
        "indirect",
        "said",
        "A Downing Street spokeswoman",
        country="GB",
        org=DOWNING,
    ),
]

# --- A Formula 1 team principals' row (Reuters sports desk: `LISBON, Oct 12 (Reuters) -`,
# `Motor racing-` headline slug, `By X`, straight "double quotes", bare surnames; `Formula 1`,
# `Formula 2`, `Turn 4`, `Airbus A320`, `Boeing 737 Max`, `Channel 4`) ----------------------
HALCYON = "Halcyon Racing"
HALCYON_BODY = {"speaker": HALCYON, "country": "PT"}
F1 = "Formula 1"
F1_BODY = {"speaker": F1}  # an international series: no country (as World Athletics)
FIA_BODY = {"speaker": "FIA"}  # never spelt out (decision 2); an international body
CHANNEL4_BODY = {"speaker": "Channel 4", "country": "GB"}  # `shows … in Britain`

# `the Italian told reporters`: a nationality written at a later mention is the person's
BELLINI = {"speaker": "Marco Bellini", "role": "team principal", "country": "IT", "org": HALCYON}
# the team written `Torvane` only; the Lisbon dateline's country (no other written)
LAMBERT = {"speaker": "Sophie Lambert", "role": "team principal", "country": "PT", "org": "Torvane"}
REYES = {"speaker": "Tomas Reyes", "role": "driver", "country": "PT", "org": HALCYON}
# a broadcaster before the title is the organisation (as `U.S. Steel CEO`)
BRYCE = {"speaker": "Rachel Bryce", "role": "commentator", "country": "PT", "org": "Sky Sports"}

F1_Q = [
    # the headline's `Halcyon boss accuses …`: the one Halcyon chief the article names
    p("gamesmanship", BELLINI, "partial", "accuses", "Halcyon boss"),
    p(
        "gamesmanship",
        BELLINI,
        "partial",
        "accused",
        "Halcyon Racing team principal Marco Bellini",
    ),
    # `said A and that B` without a quote: one statement
    p(
        "Torvane's Nico Varga had braked far earlier than on any other lap of the weekend and "
        "that the stewards should have looked at the telemetry before clearing him",
        BELLINI,
        "indirect",
        "said",
        "Bellini",
    ),
    p(
        "You do not lose two seconds of braking at Turn 4 by accident. Everybody in the paddock "
        "knows what happened,",
        BELLINI,
        "direct",
        "told",
        "the Italian",
    ),
    p(
        "beneath a team of Halcyon's history",
        LAMBERT,
        "partial",
        "said",
        "Torvane team principal Sophie Lambert",
    ),
    p(
        "Nico had a car alongside him and he left room. If Marco wants to look at the data, he is "
        "welcome to come and see ours,",
        LAMBERT,
        "direct",
        "said",
        "she",
    ),
    p(
        "the matter had been closed by the stewards and that it would support any review the "
        "teams asked for",
        F1_BODY,
        "indirect",
        "said",
        "Formula 1",
    ),
    p(
        "the incident had been reviewed under its usual procedure and that no further action "
        "would be taken",
        FIA_BODY,
        "indirect",
        "said",
        "The FIA",
    ),
    p(
        "a passenger from the moment the car in front slowed",
        REYES,
        "partial",
        "said",
        "Reyes, the Formula 2 champion two years ago",
    ),
    p("I'm fine, the team is angry, and I understand why,", REYES, "direct", "added", "he"),
    q(
        "more than 280,000 people had attended over the three days, a record for the circuit",
        None,
        "indirect",
        "said",
        "Organisers in Lisbon",
        country="PT",
    ),
    p(
        "its chartered Airbus A320 had been held at Lisbon airport for six hours on Saturday "
        "because of a fault and that staff would fly to the next race in Qatar on two separate "
        "flights",
        HALCYON_BODY,
        "indirect",
        "said",
        "The team",
    ),
    q(
        "the aircraft was not one of the Boeing 737 Max jets that had been grounded by the "
        "Portuguese aviation regulator the week before",
        None,
        "indirect",
        "said",
        "A Halcyon spokeswoman",
        country="PT",
        org=HALCYON,
    ),
    p(
        "Torvane would take its own lessons from the weekend",
        LAMBERT,
        "indirect",
        "said",
        "Lambert, whose team is fourth in the constructors' standings",
    ),
    p(
        "We left points on the table in qualifying. That is what I'm worried about, not what "
        "people say in the paddock,",
        LAMBERT,
        "direct",
        "said",
        "she",
    ),
    p(
        "the race had drawn its biggest audience of the season so far",
        CHANNEL4_BODY,
        "indirect",
        "said",
        "Channel 4, which shows highlights of Formula 1 in Britain",
    ),
    p(
        "the rivalry between the two team principals had been building since Bellini criticised "
        "Torvane's budget figures in the summer",
        BRYCE,
        "indirect",
        "said",
        "Sky Sports commentator Rachel Bryce",
    ),
    p("These two have not had a friendly word since Silverstone,", BRYCE, "direct", "said", "she"),
    p(
        "he would raise the matter with the other team principals at their meeting in Doha next "
        "month and that he was not expecting an apology",
        BELLINI,
        "indirect",
        "said",
        "Bellini",
    ),
    p(
        "It is not the first time and I am sure it will not be the last,",
        BELLINI,
        "direct",
        "said",
        "he",
    ),
]

# --- Irish and Welsh broadcasters share children's programmes (Irish Times media desk: no
# dateline, a standfirst, a byline on two lines, straight "double quotes", Irish ministers'
# full portfolio titles before the name, stations named with a number: `RTÉ Radio 1`,
# `BBC Radio 4`, `Channel 4`, `ITV1`, `S4C`) -----------------------------------------------------
RTE_RADIO1_BODY = {"speaker": "RTÉ Radio 1", "country": "IE"}
RADIO4_BODY = {"speaker": "BBC Radio 4", "country": "GB"}
SPI = "Screen Producers Ireland"
SPI_BODY = {"speaker": SPI, "country": "IE"}
CONRADH_BODY = {"speaker": "Conradh na Gaeilge", "country": "IE"}

NI_BHRIAIN = {
    "speaker": "Gráinne Ní Bhriain",
    "role": "Minister for Tourism, Culture, Arts, Gaeltacht, Sport and Media",
    "country": "IE",
}
FURLONG = {
    "speaker": "Declan Furlong",
    "role": "Minister for Children, Equality, Disability, Integration and Youth",
    "country": "IE",
}
TIERNEY = {"speaker": "Siobhán Tierney", "role": "director-general", "country": "IE", "org": "RTÉ"}
# S4C is the Welsh-language broadcaster: GB
RHYS = {"speaker": "Llinos Rhys", "role": "chief executive", "country": "GB", "org": "S4C"}
HART = {
    "speaker": "Imogen Hart",
    "role": "chief content officer",
    "country": "GB",
    "org": "Channel 4",
}
BRENNAN = {"speaker": "Nuala Brennan", "role": "chairwoman", "country": "IE", "org": SPI}

BROADCAST_Q = [
    # the standfirst (`Ministers say …`) is not annotated, as the earlier probes' standfirsts
    q(
        "the deal, worth about €40 million, would fund at least 60 hours of new programmes a "
        "year, dubbed into both languages and shown on RTÉjr, S4C and their streaming services",
        None,
        "indirect",
        "said",
        "The broadcasters",
        country="IE",
    ),
    p(
        "small languages can do big things together",
        NI_BHRIAIN,
        "partial",
        "said",
        "Minister for Tourism, Culture, Arts, Gaeltacht, Sport and Media Gráinne Ní Bhriain",
    ),
    p(
        "The Government will provide €12 million of the funding through the Broadcasting Fund",
        NI_BHRIAIN,
        "indirect",
        "said",
        "she",
    ),
    p(
        "nothing on the screen that sounds like them",
        FURLONG,
        "partial",
        "said",
        "Minister for Children, Equality, Disability, Integration and Youth Declan Furlong",
    ),
    p(
        "This is about a child in Conamara or Carmarthen switching on and hearing their own "
        "language in a story that is as good as anything else they watch,",
        FURLONG,
        "direct",
        "said",
        "he",
    ),
    p(
        "the first series, an animated adventure set on a Welsh island, would be broadcast next "
        "autumn",
        TIERNEY,
        "indirect",
        "said",
        "RTÉ's director-general, Siobhán Tierney",
    ),
    p(
        "the channel had learned from its earlier co-productions that sharing costs was the only "
        "way to compete with the budgets of the streaming giants",
        RHYS,
        "indirect",
        "said",
        "S4C's chief executive, Llinos Rhys",
    ),
    p("We cannot outspend Netflix, but we can out-think it,", RHYS, "direct", "said", "she"),
    p(
        "it would commission an Irish-language drama series with BBC Radio Cymru, the first joint "
        "commission between the two stations",
        RTE_RADIO1_BODY,
        "indirect",
        "said",
        "RTÉ Radio 1",
    ),
    p(
        "it was in talks about taking English-language versions of the radio dramas",
        RADIO4_BODY,
        "indirect",
        "said",
        "BBC Radio 4, which broadcast a documentary about Apollo 11 made with RTÉ last year",
    ),
    p(
        "it welcomed the partnership and hoped to show some of the animation on its streaming "
        "service",
        CHANNEL4_BODY,
        "indirect",
        "said",
        "Channel 4, which has its own co-production deal with S4C",
    ),
    p("no plans", HART, "partial", "said", "Its chief content officer, Imogen Hart"),
    q(
        "ITV1 was not part of the talks",
        None,
        "indirect",
        "said",
        "a spokesman for ITV",
        country="GB",
        org="ITV",
    ),
    p(
        "its members should have been consulted before the rights terms were agreed",
        SPI_BODY,
        "indirect",
        "said",
        "The independent producers' body Screen Producers Ireland",
    ),
    p(
        "the crumbs of the budget",
        BRENNAN,
        "partial",
        "said",
        "Its chairwoman, Nuala Brennan",
    ),
    p(
        "We want to see how much of this money is spent in Ireland, with Irish crews, and how "
        "much ends up in Cardiff,",
        BRENNAN,
        "direct",
        "said",
        "she",
    ),
    # `said A was “…” but that B`: the partial and B
    p(
        "a good first step",
        CONRADH_BODY,
        "partial",
        "said",
        "Conradh na Gaeilge, which campaigns for the Irish language",
    ),
    p(
        "the Government should also fund a full Irish-language children's channel",
        CONRADH_BODY,
        "indirect",
        "said",
        "Conradh na Gaeilge, which campaigns for the Irish language",
    ),
    # `said A and that B “…”`: A reported, the quote for its own conjunct
    p(
        "the first programmes would be commissioned before Christmas",
        NI_BHRIAIN,
        "indirect",
        "said",
        "Ms Ní Bhriain",
    ),
    p("every fair chance", NI_BHRIAIN, "partial", "said", "Ms Ní Bhriain"),
    p(
        "he would bring proposals on children's screen time to Cabinet in the new year",
        FURLONG,
        "indirect",
        "said",
        "Mr Furlong",
    ),
]

DOCS = [
    ("probe-r27a-westminster-trade-reshuffle", None, RESHUFFLE_Q),
    ("probe-r27a-f1-team-principal-row", "LISBON", F1_Q),
    ("probe-r27a-rte-s4c-childrens-service", None, BROADCAST_Q),
]

if __name__ == "__main__":
    write_gold(
        HERE,
        "probes_r27a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r27a",
        source="quotesdb round-27 training probe A (written for error finding)",
        speaking_bodies={
            DOWNING,
            DESNZ,
            CBI,
            HALCYON,
            F1,
            "FIA",
            "Channel 4",
            "RTÉ Radio 1",
            "BBC Radio 4",
            SPI,
            "Conradh na Gaeilge",
        },
    )
