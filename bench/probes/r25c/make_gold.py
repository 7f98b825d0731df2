"""Build probes_r25c_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r24a and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decisions 8 and 9). Each quote is located by searching its
exact text after the previous quote's end.

    python3 bench/probes/r25c/make_gold.py   # writes probes_r25c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- An Irish county council planning row (Irish regional style: no dateline, a byline,
# straight "double quotes", `Cllr`, parties written before the name) ---------------------
COUNCIL = "Leitrim County Council"
TIERNAN_DEV = "Tiernan Developments"
TIERNAN_BODY = {"speaker": TIERNAN_DEV, "country": "IE"}
MCGOVERN = {
    "speaker": "Seán McGovern",
    "role": "councillor",
    "country": "IE",
    "org": "Fianna Fáil",
}
FOY = {"speaker": "Declan Foy", "role": "director of services", "country": "IE", "org": COUNCIL}
MULVEY = {"speaker": "Úna Mulvey", "country": "IE", "org": "Drumkeel Community Alliance"}
KEAVENEY = {
    "speaker": "Bríd Keaveney",
    "role": "councillor",
    "country": "IE",
    "org": "Sinn Féin",
}
ROURKE = {"speaker": "Tommy Rourke", "role": "councillor", "country": "IE"}
C_TIERNAN = {
    "speaker": "Colm Tiernan",
    "role": "managing director",
    "country": "IE",
    "org": TIERNAN_DEV,
}
GAFFNEY = {"speaker": "Martina Gaffney", "role": "chief executive", "country": "IE", "org": COUNCIL}
G_KIELTY = {"speaker": "Gerry Kielty", "role": "publican", "country": "IE"}
M_KIELTY = {"speaker": "Maura Kielty", "role": "wife", "country": "IE"}

LEITRIM_Q = [
    q(
        "the site was zoned for residential use and that the village needed new homes",
        None,
        "indirect",
        "saying",
        "Council planners",
        country="IE",
    ),
    p(
        "for a town, not a village",
        MCGOVERN,
        "partial",
        "said",
        "Fianna Fáil councillor Seán McGovern, who proposed the motion to refuse",
    ),
    p(
        "Drumkeel's single-lane bridge and its ageing wastewater plant could not take another "
        "42 households",
        MCGOVERN,
        "indirect",
        "said",
        "Fianna Fáil councillor Seán McGovern, who proposed the motion to refuse",
    ),
    p("Nobody in this chamber is against housing,", MCGOVERN, "direct", "told", "Cllr McGovern"),
    p(
        "But you don't put 42 houses on a road that floods every second winter and then act "
        "surprised when the ambulance can't get through.",
        MCGOVERN,
        "direct",
        "told",
        "Cllr McGovern",
    ),
    p(
        "the refusal left the council open to a costly appeal",
        FOY,
        "indirect",
        "told",
        "The council's director of services for planning, Declan Foy",
    ),
    p(
        "An Bord Pleanála had overturned similar decisions in Roscommon and Longford in the "
        "past two years",
        FOY,
        "indirect",
        "said",
        "He",
    ),
    # `said A, and warned that B`: two statements
    p(
        "the local authority could not defend reasons for refusal that its own planners did "
        "not support",
        FOY,
        "indirect",
        "warned",
        "He",
    ),
    p(
        "the wastewater plant was due to be upgraded by Uisce Éireann in 2028 and that the "
        "developer had agreed to pay for a new footpath to the village school",
        FOY,
        "indirect",
        "said",
        "Mr Foy",
    ),
    # `The meeting heard that …`: as `…, the court heard`, speaker null
    q(
        "the bridge, built in 1891, had last been inspected in 2019",
        None,
        "indirect",
        "heard",
        "The meeting",
        country="IE",
    ),
    # `X, who chairs Y`: organisation Y, no role (decision 9)
    p(
        "residents had never objected to new homes in the village, only to the scale of this one",
        MULVEY,
        "indirect",
        "said",
        "Úna Mulvey, who chairs the Drumkeel Community Alliance",
    ),
    p(
        "the alliance had gathered more than 900 signatures and had lodged 64 separate "
        "objections, many of them from families who had lived in the parish for generations",
        MULVEY,
        "indirect",
        "said",
        "She",
    ),
    p(
        "We were told we were anti-development. We're not. We want the bridge fixed and the "
        "sewage sorted, and then we'll welcome whoever comes,",
        MULVEY,
        "direct",
        "said",
        "she",
    ),
    p(
        "young people from the area were paying rent in Sligo and Carrick-on-Shannon because "
        "there was nothing for them to buy at home",
        KEAVENEY,
        "indirect",
        "said",
        "Cllr Keaveney",
    ),
    p("pulling up the ladder", KEAVENEY, "partial", "accused", "Cllr Keaveney"),
    p(
        "she would ask the council to write to the Department of Housing seeking emergency "
        "funding for the bridge",
        KEAVENEY,
        "indirect",
        "said",
        "She",
    ),
    p(
        "both sides had a point",
        ROURKE,
        "indirect",
        "said",
        "Independent councillor Tommy Rourke, who abstained",
    ),
    # a quote closing the clause with no comma before it: the quoted words only
    p("at the church gate, at the mart and at two funerals", ROURKE, "partial", "told", "He"),
    p(
        "I have never seen the parish as divided over anything, and I was here for the school "
        "amalgamation,",
        ROURKE,
        "direct",
        "said",
        "he",
    ),
    # `said that it was "…" by the decision and would B`: the partial and the other conjunct
    p("disappointed but not surprised", TIERNAN_BODY, "partial", "said", TIERNAN_DEV),
    p(
        "would consider its options, including an appeal to An Bord Pleanála",
        TIERNAN_BODY,
        "indirect",
        "said",
        TIERNAN_DEV,
    ),
    p(
        "the firm had spent €180,000 on traffic, flood and ecology reports and that every one "
        "of them had been accepted by the council's own engineers",
        C_TIERNAN,
        "indirect",
        "said",
        "The company's managing director, Colm Tiernan",
    ),
    p("We did everything we were asked to do,", C_TIERNAN, "direct", "said", "he"),
    p(
        "If the bridge is the problem, that's a matter for the council, not for a local family "
        "firm that wants to build houses.",
        C_TIERNAN,
        "direct",
        "said",
        "he",
    ),
    q(
        "the vote had more to do with next year's local elections than with the bridge",
        None,
        "indirect",
        "said",
        "One councillor, who asked not to be named",
        role="councillor",
        country="IE",
    ),
    p(
        "reflect carefully",
        GAFFNEY,
        "partial",
        "said",
        "Council chief executive Martina Gaffney",
    ),
    # `said that was a legal question`: `that` is the clause's subject, kept
    p(
        "that was a legal question and that she would take advice",
        GAFFNEY,
        "indirect",
        "said",
        "she",
    ),
    q(
        "the Drumkeel upgrade remained on its investment plan but that the timeline depended "
        "on funding",
        None,
        "indirect",
        "said",
        "A spokeswoman for Uisce Éireann",
        role="spokeswoman",
        country="IE",
        org="Uisce Éireann",
    ),
    p(
        "trade had been falling for years and the village needed young families",
        G_KIELTY,
        "indirect",
        "said",
        "Publican Gerry Kielty",
    ),
    p(
        "she had signed the petition anyway",
        M_KIELTY,
        "indirect",
        "said",
        "His wife, Maura Kielty",
    ),
    p(
        "Gerry wants customers. I want to be able to get to Sligo hospital in an emergency,",
        M_KIELTY,
        "direct",
        "said",
        "she",
    ),
]

# --- A New Zealand school closure (Stuff / RNZ style: present-tense `says` throughout, no
# dateline, a bare byline, curly “double quotes”, te reo Māori words, surnames without
# honorifics) -----------------------------------------------------------------------------
MOE = "Ministry of Education"
SCHOOL = "Kōwhai Flat School"
NZEI = "New Zealand Educational Institute"
NZEI_BODY = {"speaker": NZEI, "country": "NZ"}
MARSH = {"speaker": "Helen Marsh", "role": "leader of operations", "country": "NZ", "org": MOE}
TANE = {"speaker": "Wiremu Tane", "role": "presiding member", "country": "NZ", "org": SCHOOL}
BRENNAN = {"speaker": "Louise Brennan", "role": "principal", "country": "NZ", "org": SCHOOL}
WALSH = {"speaker": "Kiri Walsh", "country": "NZ"}
CURNOW = {"speaker": "Dave Curnow", "country": "NZ"}
FOWLER = {"speaker": "Jeannie Fowler", "role": "councillor", "country": "NZ"}
WHITCOMBE = {"speaker": "Anna Whitcombe", "role": "Education Minister", "country": "NZ"}
REWITI = {"speaker": "Tama Rewiti", "role": "field officer", "country": "NZ", "org": NZEI}
POTAE = {"speaker": "Hemi Pōtae", "role": "kaumātua", "country": "NZ"}

SCHOOL_Q = [
    q(
        "they were given less than a week's notice of a meeting that could end 114 years of "
        "teaching in their valley",
        None,
        "indirect",
        "say",
        "Parents at one of the West Coast's smallest schools",
        country="NZ",
    ),
    # a preposed title with a remit after `for` (decision 9): the title before it
    p(
        "the roll has fallen every year since 2017 and the building needs earthquake "
        "strengthening that would cost more than $2.3 million",
        MARSH,
        "indirect",
        "says",
        "Ministry leader of operations for Canterbury and the West Coast, Helen Marsh",
    ),
    p(
        "We know how much this school means to the community, and no decision has been made. "
        "But we have to be honest with families about the numbers,",
        MARSH,
        "direct",
        "says",
        "Marsh",
    ),
    p(
        "the ministry will pay for a daily bus to Ngākau Hill School, 22km away, if the closure "
        "goes ahead, and that staff at both schools would be consulted before any final "
        "decision in March",
        MARSH,
        "indirect",
        "says",
        "She",
    ),
    p(
        "the board learned of the proposal in an email sent on a Friday afternoon",
        TANE,
        "indirect",
        "says",
        "The school's board presiding member, Wiremu Tane",
    ),
    p(
        "the roll fell because two dairy farms were sold to a forestry company, not because "
        "families had lost faith in the school, and that three new families are due to move "
        "into the valley in the new year",
        TANE,
        "indirect",
        "says",
        "He",
    ),
    p(
        "You don't close the only public building in a valley because of a spreadsheet. This "
        "is where we vote, where we hold tangi overflow, where the fire brigade trains,",
        TANE,
        "direct",
        "says",
        "Tane",
    ),
    # `says the pupils have been told only that “…”`: the quoted words only
    p(
        "grown-ups are talking about the school",
        BRENNAN,
        "partial",
        "says",
        "The school's principal, Louise Brennan, who has taught there for 11 years",
    ),
    p(
        "some of the older children have started asking whether they will have to leave their "
        "friends",
        BRENNAN,
        "indirect",
        "says",
        "She",
    ),
    p(
        "the school's reading results are among the best in the region",
        BRENNAN,
        "indirect",
        "says",
        "Brennan",
    ),
    p("We're not a failing school. We're a small one,", BRENNAN, "direct", "says", "she"),
    p(
        "the bus trip would add more than an hour to their day, and that the road over the "
        "hill is closed by slips several times each winter",
        WALSH,
        "indirect",
        "says",
        "Kiri Walsh, whose two children attend the school",
    ),
    p(
        "They're five and seven. I'm not putting them on a bus over that hill in the dark,",
        WALSH,
        "direct",
        "says",
        "Walsh",
    ),
    # `Dave Curnow, who farms next door, disagrees.`: a reaction, not annotated
    p(
        "the children would have more friends and better sports teams at a bigger school",
        CURNOW,
        "indirect",
        "says",
        "Curnow, whose grandson left the school last year",
    ),
    p(
        "he understands why people are upset but that the valley has to face facts",
        CURNOW,
        "indirect",
        "says",
        "He",
    ),
    p(
        "a disgrace",
        FOWLER,
        "partial",
        "says",
        "Local councillor Jeannie Fowler, who lives in the valley",
    ),
    p(
        "she has written to the Education Minister asking for it to be extended",
        FOWLER,
        "indirect",
        "says",
        "She",
    ),
    p(
        "she has asked officials to make sure every family is heard",
        WHITCOMBE,
        "indirect",
        "says",
        "Education Minister Anna Whitcombe",
    ),
    # `says A, but that B “…”`: A and the partial
    p("closures are never taken lightly", WHITCOMBE, "indirect", "says", "she"),
    p("with a clear head", WHITCOMBE, "partial", "says", "she"),
    p(
        "the closure would be the fourth on the West Coast in three years",
        NZEI_BODY,
        "indirect",
        "says",
        "The New Zealand Educational Institute, the primary teachers' union",
    ),
    p(
        "the union will help families prepare submissions",
        REWITI,
        "indirect",
        "says",
        "NZEI Te Riu Roa West Coast field officer Tama Rewiti",
    ),
    p(
        "Every time one of these schools goes, a town loses its heart a little bit more,",
        REWITI,
        "direct",
        "says",
        "Rewiti",
    ),
    p(
        "the school was built on land gifted by his great-grandfather's hapū on the "
        "understanding that it would always be used for education",
        POTAE,
        "indirect",
        "says",
        "Local kaumātua Hemi Pōtae",
    ),
    p(
        "the whānau would want that promise kept, whatever the ministry decides",
        POTAE,
        "indirect",
        "says",
        "He",
    ),
    q(
        "the agency is aware of the history of the site and will meet the hapū before the end "
        "of the month",
        None,
        "indirect",
        "says",
        "A ministry spokesperson",
        role="spokesperson",
        country="NZ",
        org=MOE,
    ),
    q(
        "they plan to keep their children home on the day of the ministry's public meeting in "
        "protest",
        None,
        "indirect",
        "say",
        "Several parents",
        country="NZ",
    ),
    p(
        "the meeting will go ahead on Thursday at the Kōwhai Flat community hall",
        MARSH,
        "indirect",
        "says",
        "Marsh",
    ),
]

# --- A South African municipal water outage (South African style: no dateline, a bare
# byline, curly ‘single quotes’, `Mayor X`, a party after the name, rand and percent) ------
MUNI = "Mthonjeni Local Municipality"
MUNI_BODY = {"speaker": MUNI, "country": "ZA"}
DWS = "Department of Water and Sanitation"
DWS_BODY = {"speaker": DWS, "country": "ZA"}
CHAMBER = "Elandsdrif Business Chamber"
CHAMBER_BODY = {"speaker": CHAMBER, "country": "ZA"}
SITHOLE = {"speaker": "Nomvula Sithole", "role": "Mayor", "country": "ZA"}
PRETORIUS = {
    "speaker": "Johan Pretorius",
    "role": "councillor",
    "country": "ZA",
    "org": "Democratic Alliance",
}
NTULI = {"speaker": "Siyabonga Ntuli", "role": "mayoral committee member", "country": "ZA"}
GQIRANA = {
    "speaker": "Pumla Gqirana",
    "role": "chief executive",
    "country": "ZA",
    "org": "Elandsdrif Provincial Hospital",
}
ZWANE = {"speaker": "Mandla Zwane", "role": "spokesperson", "country": "ZA", "org": DWS}
# "X, a mother of four …,": role mother, as heldout21's gold writes "a mother of three girls
# at X" (corrected after the first run: the first-run gold left it empty)
MABUZA = {"speaker": "Thandeka Mabuza", "role": "mother", "country": "ZA"}
DLAMINI = {"speaker": "Sipho Dlamini", "role": "pensioner", "country": "ZA"}
COETZEE = {"speaker": "Ria Coetzee", "role": "chairperson", "country": "ZA", "org": CHAMBER}
MKHIZE = {"speaker": "Lwazi Mkhize", "role": "spokesperson", "country": "ZA", "org": MUNI}

WATER_Q = [
    p(
        "it could not say when the town's taps would run again",
        MUNI_BODY,
        "indirect",
        "admitted",
        "the Mthonjeni Local Municipality",
    ),
    p(
        "two of the three pumps at the Kwelera pump station had been damaged during "
        "load-shedding and that a third had been stripped of its copper cabling by thieves "
        "over the weekend",
        MUNI_BODY,
        "indirect",
        "said",
        "The municipality",
    ),
    # `said A and would be ‘…’`: A and the partial
    p("replacement parts had been ordered from Gqeberha", MUNI_BODY, "indirect", "said", "It"),
    p("as soon as they arrive", MUNI_BODY, "partial", "said", "It"),
    p(
        "the municipality was doing everything it could",
        SITHOLE,
        "indirect",
        "told",
        "Mayor Nomvula Sithole",
    ),
    p(
        "14 tankers were now delivering water to 23 points across the town and that the "
        "council had asked the provincial government to declare a local disaster",
        SITHOLE,
        "indirect",
        "said",
        "She",
    ),
    p(
        "I am not going to stand here and promise you water tomorrow. I will only promise you "
        "that nobody in this council is sleeping until it comes back,",
        SITHOLE,
        "direct",
        "said",
        "Sithole",
    ),
    q(
        "tankers had not reached the informal settlements on the hill for three days, and that "
        "water from some tankers had been brown",
        None,
        "indirect",
        "said",
        "Several residents",
        country="ZA",
    ),
    p(
        "the crisis had been years in the making",
        PRETORIUS,
        "indirect",
        "said",
        "Ward 7 councillor Johan Pretorius, of the Democratic Alliance",
    ),
    # a document's finding inside his clause: one statement, his
    p(
        "the municipality's own annual reports showed it had spent less than a third of its "
        "maintenance budget for water infrastructure in each of the last three financial years",
        PRETORIUS,
        "indirect",
        "said",
        "He",
    ),
    p(
        "This is not a drought. This is a council that stopped fixing things,",
        PRETORIUS,
        "direct",
        "said",
        "he",
    ),
    p(
        "his party would table a motion of no confidence in the mayor at the next council sitting",
        PRETORIUS,
        "indirect",
        "said",
        "Pretorius",
    ),
    # `…, Siyabonga Ntuli, rejected the claim.`: a reaction, not annotated
    p(
        "the municipality had inherited pipes that were more than 60 years old and that the "
        "national government had cut its infrastructure grant twice since 2022",
        NTULI,
        "indirect",
        "said",
        "Ntuli",
    ),
    p(
        "the dam that supplies the town was at 31 percent, its lowest level in a decade",
        NTULI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "even with the pumps repaired, residents would face water restrictions until the "
        "winter rains",
        NTULI,
        "indirect",
        "warned",
        "He",
    ),
    q(
        "the pump station had been without a permanent security guard since a contract lapsed "
        "in August",
        None,
        "indirect",
        "said",
        "A senior municipal official, who spoke on condition of anonymity because he was not "
        "authorised to speak to the media",
        country="ZA",
    ),
    q(
        "Everyone knew those cables would go. It was a matter of when,",
        None,
        "direct",
        "said",
        "the official",
        country="ZA",
    ),
    p(
        "elective surgery had been postponed for a second week and that the hospital was "
        "relying on a private donor for drinking water",
        GQIRANA,
        "indirect",
        "said",
        "The hospital's chief executive, Dr Pumla Gqirana",
    ),
    # `said A but that B ‘…’`: A and the partial
    p("no patient had been put at risk", GQIRANA, "indirect", "said", "She"),
    p("for very much longer", GQIRANA, "partial", "said", "She"),
    p(
        "it had sent engineers to assess the pump station and would help the municipality "
        "source pumps from other districts",
        DWS_BODY,
        "indirect",
        "said",
        "The Department of Water and Sanitation",
    ),
    p(
        "the department was also investigating whether the municipality had complied with the "
        "conditions of its water-use licence",
        ZWANE,
        "indirect",
        "said",
        "Departmental spokesperson Mandla Zwane",
    ),
    p(
        "she walks 2km to the nearest tanker twice a day with two 25-litre containers",
        MABUZA,
        "indirect",
        "told",
        "Thandeka Mabuza, a mother of four who lives in Extension 3",
    ),
    p(
        "My back is finished. My children are washing in a basin with the same water, one "
        "after the other,",
        MABUZA,
        "direct",
        "said",
        "Mabuza",
    ),
    p(
        "she had stopped sending her youngest to creche because the creche had no water either",
        MABUZA,
        "indirect",
        "said",
        "She",
    ),
    p(
        "he had lived in the town for 47 years and had never seen it this bad",
        DLAMINI,
        "indirect",
        "said",
        "Sipho Dlamini, a 78-year-old pensioner who lives next door",
    ),
    p(
        "about a dozen shops and two restaurants had closed temporarily",
        CHAMBER_BODY,
        "indirect",
        "said",
        "The Elandsdrif Business Chamber",
    ),
    p(
        "members were losing about R400,000 a week between them and that some would not reopen",
        COETZEE,
        "indirect",
        "said",
        "Its chairperson, Ria Coetzee",
    ),
    p(
        "the chamber had offered to pay for private security at the pump station months ago "
        "but had never received a reply from the municipality",
        COETZEE,
        "indirect",
        "said",
        "Coetzee",
    ),
    p(
        "the first replacement pump had arrived and would be installed overnight",
        MKHIZE,
        "indirect",
        "said",
        "The municipality's spokesperson, Lwazi Mkhize",
    ),
    p(
        "residents should continue to boil all water from tankers",
        MKHIZE,
        "indirect",
        "said",
        "He",
    ),
]

DOCS = [
    ("probe-r25c-leitrim-housing-refusal", None, LEITRIM_Q),
    ("probe-r25c-westcoast-school-closure", None, SCHOOL_Q),
    ("probe-r25c-eastern-cape-water-outage", None, WATER_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (TIERNAN_DEV, NZEI, MUNI, DWS, CHAMBER)


def main():
    write_gold(
        HERE,
        "probes_r25c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r25c",
        source="quotesdb round-25 training probes C (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
