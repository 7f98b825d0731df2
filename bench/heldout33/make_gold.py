"""Build heldout33_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the conventions of decisions 1-12 of articles/attribution/README.md and of the
earlier sets (see bench/heldout33/README.md). Each quote is located by searching its exact
text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout33/make_gold.py   # writes bench/heldout33/heldout33_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a bee-disease standstill in Aberdeenshire (Scottish farming trade weekly style: no
# dateline, curly ‘single quotes’, `3km`, `Ms`, a surname misspelt once; GB) ----------------
SASA = "Science and Advice for Scottish Agriculture"
SBA = "Scottish Beekeepers Association"
SASA_BODY = {"speaker": SASA, "country": "GB"}
CATTANACH = {
    "speaker": "Fiona Cattanach",
    "role": "lead bee inspector",
    "country": "GB",
    "org": SASA,
}
RITCHIE = {"speaker": "Graham Ritchie", "role": "president", "country": "GB", "org": SBA}
FARQUHARSON = {"speaker": "Alison Farquharson", "country": "GB", "org": "Deeside Heather Honey"}
BAXTER = {"speaker": "Euan Baxter", "country": "GB", "org": "Baxter Pollination Services"}
SASA_SRC = (
    "Science and Advice for Scottish Agriculture (SASA), the Scottish Government’s agricultural "
    "science agency"
)
CATTANACH_SRC = "SASA’s lead bee inspector, Fiona Cattanach"
RITCHIE_SRC = "The association’s president, Graham Ritchie"
GOV_SRC = "A Scottish Government spokeswoman"
FARQUHARSON_SRC = "Alison Farquharson, who runs Deeside Heather Honey near Aboyne"
BAXTER_SRC = (
    "Euan Baxter, whose company Baxter Pollination Services supplies hives to 14 soft-fruit farms"
)


def gov(text, kind, cue):
    """The government's spokeswoman: an unnamed source, no organisation (decision 7, as the
    golds write `A Welsh Government spokesperson`)."""
    return q(text, None, kind, cue, GOV_SRC, role="spokeswoman", country="GB")


FOULBROOD_Q = [
    # `said on Monday that A and that B`: one
    p(
        "11 colonies at four sites had tested positive and that every apiary within 3km had been "
        "served with a standstill notice",
        SASA_BODY,
        "indirect",
        "said",
        SASA_SRC,
    ),
    p(
        "the infection had almost certainly been carried between sites on second-hand equipment",
        CATTANACH,
        "indirect",
        "said",
        CATTANACH_SRC,
    ),
    # a request represented by its quote (decision 6, no addressee)
    p("not to buy so much as a frame", CATTANACH, "partial", "urged", CATTANACH_SRC),
    p(
        "Foulbrood does not fly very far on its own. It travels in the back of a car,",
        CATTANACH,
        "direct",
        "said",
        "she",
    ),
    # the next paragraph, no cue: the same speaker goes on
    p(
        "Most of what we are finding this year can be traced to kit that changed hands at a sale "
        "or online, and in two cases to a swarm somebody was given by a stranger.",
        CATTANACH,
        "direct",
        None,
        "she",
    ),
    # `said A, but that B` without a quote: one
    p(
        "colonies with mild infections could be treated by shaking the bees onto clean comb, but "
        "that badly affected hives would have to be destroyed and burned on site",
        CATTANACH,
        "indirect",
        "said",
        "Cattanach",
    ),
    # `a point the … Association has raised with ministers`: an act, no content
    p("the single biggest reason", RITCHIE, "partial", "said", RITCHIE_SRC),
    p(
        "If the choice is between telling the inspector and watching your bees go on a bonfire "
        "for nothing, or keeping quiet and hoping, too many people keep quiet,",
        RITCHIE,
        "direct",
        "said",
        "he",
    ),
    p(
        "the association had written to the rural affairs secretary asking for a scheme like the "
        "one that pays livestock farmers for animals culled because of disease",
        RITCHIE,
        "indirect",
        "said",
        "He",
    ),
    # `said A ‘…’ and would B, but pointed out that C`: the partial, B, and C (a new cue)
    gov("aware of the concerns", "partial", "said"),
    gov("would consider the request", "indirect", "said"),
    gov(
        "treatment, testing and inspections were already provided free of charge",
        "indirect",
        "pointed out",
    ),
    q(
        "the standstill had come at the worst possible time, with the heather honey season only "
        "weeks away",
        None,
        "indirect",
        "said",
        "Beekeepers in the zone",
        country="GB",
    ),
    p(
        "she expected to lose about half of this year’s income",
        FARQUHARSON,
        "indirect",
        "said",
        FARQUHARSON_SRC,
    ),
    p(
        "None of my hives has tested positive. I am just on the wrong side of a line on a map,",
        FARQUHARSON,
        "direct",
        "said",
        "she",
    ),
    p("The heather doesn’t wait for paperwork.", FARQUHARSON, "direct", "said", "she"),
    # `said A, but that B ‘…’`: A and the partial
    p(
        "she had asked inspectors to examine her colonies first so that she could apply for a "
        "licence to move them",
        FARQUHARSON,
        "indirect",
        "said",
        "Ms Farquharson",
    ),
    p("a matter of weeks, not days", FARQUHARSON, "partial", "said", "Ms Farquharson"),
    p(
        "inspectors would give priority to commercial beekeepers and those with hives due to go "
        "to the heather, and that extra staff were being sent from Edinburgh",
        CATTANACH,
        "indirect",
        "said",
        "Cattanach",
    ),
    # `said A and was ‘…’`: A and the partial
    p("he had cancelled two contracts", BAXTER, "indirect", "said", BAXTER_SRC),
    p("phoning round", BAXTER, "partial", "said", BAXTER_SRC),
    # the surname misspelt once: still Baxter
    p(
        "Growers understand. They don’t want foulbrood on their farms any more than I do,",
        BAXTER,
        "direct",
        "said",
        "Baxtor",
    ),
    # the acronym spelt out before: the full name (decision 2); `and asked … to B`: two
    p(
        "it would publish an updated map of the zone every Friday",
        SASA_BODY,
        "indirect",
        "said",
        "SASA",
    ),
    p(
        "to check their colonies and report anything suspicious",
        SASA_BODY,
        "indirect",
        "asked",
        "SASA",
    ),
    p(
        "the association would run free disease-recognition sessions in Banchory and Stonehaven "
        "over the next month",
        RITCHIE,
        "indirect",
        "said",
        "Ritchie",
    ),
    p("Every beekeeper thinks it won’t be them,", RITCHIE, "direct", "added", "he"),
    p("This year, for a lot of people on Deeside, it was.", RITCHIE, "direct", "added", "he"),
]

# --- a national wrestling trials upset and a protest (Indian daily's sport page style,
# `NEW DELHI:` opening the first paragraph, straight "double quotes", `57kg`; IN) -----------
WFI = "Wrestling Federation of India"
SAI = "Sports Authority of India"
WFI_BODY = {"speaker": WFI, "country": "IN"}
SAI_BODY = {"speaker": SAI, "country": "IN"}
ANKIT = {"speaker": "Ankit Rathee", "country": "IN"}
SEHRAWAT = {"speaker": "Jagdish Sehrawat", "role": "coach", "country": "IN"}
MALIK = {"speaker": "Virender Malik", "role": "coach", "country": "IN"}
RUHAL = {"speaker": "Harish Ruhal", "role": "secretary general", "country": "IN", "org": WFI}
KADIAN = {"speaker": "Rajbir Kadian", "role": "former national coach", "country": "IN"}
SATBIR = {"speaker": "Satbir Rathee", "role": "father", "country": "IN"}
KADIAN_SRC = "Former national coach Rajbir Kadian, who has watched every trials since 1998"
SAI_SRC = "The Sports Authority of India, which funds the wrestlers' preparation camps"
SATBIR_SRC = "Rathee's father, Satbir Rathee, a milk vendor in Jhajjar district"

WRESTLING_Q = [
    # `Dahiya's camp later lodged a protest`: an act, no statement
    p(
        "it would review the video before confirming the team on Monday",
        WFI_BODY,
        "indirect",
        "said",
        "the Wrestling Federation of India (WFI)",
    ),
    p(
        "I did not think about who was in front of me. I have watched his bouts on my phone since "
        "I was 12, but on the mat he is just another wrestler,",
        ANKIT,
        "direct",
        "said",
        "Rathee",
    ),
    p(
        "In the last minute I told myself, one move, then one more move. That's all.",
        ANKIT,
        "direct",
        None,
        "Rathee",
    ),
    # `left the arena without speaking to reporters`: nothing
    # `said A and that B "…"`: A and the partial
    p(
        "the final takedown should not have been awarded",
        SEHRAWAT,
        "indirect",
        "said",
        "His coach, Jagdish Sehrawat",
    ),
    p("clearly outside the circle", SEHRAWAT, "partial", "said", "His coach, Jagdish Sehrawat"),
    p(
        "We are not asking for a gift. We are asking the federation to look at the tape, which is "
        "what the tape is for,",
        SEHRAWAT,
        "direct",
        "told",
        "Sehrawat",
    ),
    # `Malik … dismissed the protest.`: a bare rejection, no statement; `He` is Malik
    p(
        "the referee and both judges had agreed on the call",
        MALIK,
        "indirect",
        "said",
        "He",
    ),
    p("earned every point", MALIK, "partial", "said", "He"),
    p(
        "Sumit is a great champion and Ankit learned from him. But today the boy was better, and "
        "everyone in the hall saw it,",
        MALIK,
        "direct",
        "said",
        "Malik",
    ),
    p(
        "a three-member panel would watch the footage on Sunday and that its decision would be "
        "final",
        RUHAL,
        "indirect",
        "said",
        "WFI secretary general Harish Ruhal",
    ),
    p(
        "The rules allow a challenge within 30 minutes of a bout. The protest came in time, so it "
        "will be heard,",
        RUHAL,
        "direct",
        "said",
        "Ruhal",
    ),
    p("But nobody should read anything into that.", RUHAL, "direct", "said", "Ruhal"),
    # `said A, but added that B`: two
    p(
        "the federation had never overturned a trials result on video review",
        RUHAL,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the panel would include an international referee certified by United World Wrestling",
        RUHAL,
        "indirect",
        "added",
        "He",
    ),
    # `said A but warned that B`: two
    p(
        "the result showed the depth of India's lighter weight categories",
        KADIAN,
        "indirect",
        "said",
        KADIAN_SRC,
    ),
    p(
        "the protest risked making Rathee's first senior season harder",
        KADIAN,
        "indirect",
        "warned",
        KADIAN_SRC,
    ),
    p(
        "A 19-year-old should be celebrating tonight, not reading about video panels,",
        KADIAN,
        "direct",
        "said",
        "Kadian",
    ),
    p(
        "both wrestlers would remain in the national camp at Sonepat whatever the panel decided",
        SAI_BODY,
        "indirect",
        "said",
        SAI_SRC,
    ),
    p(
        "the family had sold two buffaloes to pay for his son's diet when the boy first joined the "
        "akhara",
        SATBIR,
        "indirect",
        "said",
        SATBIR_SRC,
    ),
    p(
        "His mother has been crying since morning. Happy crying,",
        SATBIR,
        "direct",
        "said",
        "he",
    ),
    # `The younger Rathee`: the son (the elder one was introduced as his father)
    p("accept whatever the panel decides", ANKIT, "partial", "said", "The younger Rathee"),
    p(
        "he planned to be back on the mat on Tuesday",
        ANKIT,
        "indirect",
        "said",
        "The younger Rathee",
    ),
    p(
        "I won once. If they say wrestle again, I will win again,",
        ANKIT,
        "direct",
        "said",
        "he",
    ),
]

# --- a rural school district's four-day week (US local paper, AP style, dateline
# `SEDALIA, Mo. —`, curly “double quotes”, full stops inside closing partials; US) ----------
FCD = "Flat Creek R-II School District"
MSTA = "Missouri State Teachers Association"
DESE = "Missouri Department of Elementary and Secondary Education"
MSTA_BODY = {"speaker": MSTA, "country": "US"}
VOSS = {"speaker": "Karen Voss", "role": "Superintendent", "country": "US", "org": FCD}
HINTON = {"speaker": "Dale Hinton", "role": "president", "country": "US", "org": FCD}
MIZE = {"speaker": "Rhonda Mize", "role": "board member", "country": "US", "org": FCD}
ALBERS = {"speaker": "Tom Albers", "role": "board member", "country": "US", "org": FCD}
PRUITT = {
    "speaker": "Jenna Pruitt",
    "role": "teacher",
    "country": "US",
    "org": "Flat Creek Elementary",
}
BELL = {"speaker": "Marcus Bell", "role": "truck driver", "country": "US"}
KIMBROUGH = {"speaker": "Stacy Kimbrough", "role": "parent", "country": "US"}
PRUITT_SRC = "Jenna Pruitt, who has worked as a teacher at Flat Creek Elementary for nine years"
MSTA_SRC = (
    "The Missouri State Teachers Association, which has tracked the four-day schedule since the "
    "first rural districts adopted it in 2010"
)
BELL_SRC = "Marcus Bell, a truck driver whose twin daughters are in second grade"

SCHOOLS_Q = [
    # the lede's appositive `, a move district leaders say will help …`: the predicate it
    # reports, an unnamed source of the district
    q(
        "will help them hire and keep teachers",
        None,
        "indirect",
        "say",
        "district leaders",
        country="US",
        org=FCD,
    ),
    p(
        "the district lost 11 of its 58 teachers last year, most of them to districts in the "
        "Kansas City area that pay more and already run four-day weeks",
        VOSS,
        "indirect",
        "told",
        "Superintendent Karen Voss",
    ),
    p(
        "We cannot match Lee’s Summit on salary. We are not going to try,",
        VOSS,
        "direct",
        "said",
        "Voss",
    ),
    p(
        "What we can offer is a schedule that people want, and right now that is a four-day week.",
        VOSS,
        "direct",
        "said",
        "Voss",
    ),
    # `said A, and would B` without a quote: one
    p(
        "the district would add 35 minutes to each remaining school day to meet the state’s "
        "minimum of 1,044 hours of instruction, and would offer optional supervised care on "
        "Mondays for $15 a day",
        VOSS,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the board had heard from more than 300 parents at three public meetings since October "
        "and that most had come around to the idea",
        HINTON,
        "indirect",
        "said",
        "Dale Hinton, the board’s president",
    ),
    p(
        "Two years ago I would have voted no. I think most of this room would have,",
        HINTON,
        "direct",
        "said",
        "Hinton",
    ),
    p("The teachers changed my mind.", HINTON, "direct", "said", "Hinton"),
    # coordinated subjects: the first name
    p(
        "they worried about parents who work Mondays and cannot afford child care",
        MIZE,
        "indirect",
        "said",
        "The two board members who voted against the plan, Rhonda Mize and Tom Albers",
    ),
    p(
        "solves the district’s problem by handing it to families.",
        MIZE,
        "partial",
        "said",
        "Mize, who has three children in the district’s schools",
    ),
    p(
        "I’m glad the teachers are happy. I want to know who is watching a 7-year-old whose mom "
        "works at the Tyson plant on a Monday,",
        MIZE,
        "direct",
        "said",
        "she",
    ),
    # `said A and that B “…”`: A and the partial
    p("he would have supported a one-year pilot", ALBERS, "indirect", "said", "Albers"),
    p("too fast for a decision this big.", ALBERS, "partial", "said", "Albers"),
    p(
        "she had turned down a job offer in Blue Springs in March after hearing the board was "
        "considering the change",
        PRUITT,
        "indirect",
        "said",
        PRUITT_SRC,
    ),
    p(
        "I love these kids. I also have two of my own, and a 30-minute drive each way,",
        PRUITT,
        "direct",
        "said",
        "Pruitt",
    ),
    p(
        "One more day at home is worth a lot of money to me.",
        PRUITT,
        "direct",
        "said",
        "Pruitt",
    ),
    # `said in a report last year that A but that B`: one
    p(
        "the shorter week helped with recruitment but that its effect on test scores was still "
        "unclear",
        MSTA_BODY,
        "indirect",
        "said",
        MSTA_SRC,
    ),
    q(
        "the state does not track how many teachers cite the schedule when they change jobs",
        None,
        "indirect",
        "said",
        "A spokeswoman for the Missouri Department of Elementary and Secondary Education",
        role="spokeswoman",
        country="US",
        org=DESE,
    ),
    p("all for it.", BELL, "partial", "said", BELL_SRC),
    p("His days off already fall on Mondays", BELL, "indirect", "said", "he"),
    # `said A and would B` without a quote: one
    p(
        "she works Mondays at a bank in Sedalia and would now pay about $60 a month for care",
        KIMBROUGH,
        "indirect",
        "said",
        "Another parent, Stacy Kimbrough",
    ),
    p(
        "the district had not answered her question about bus routes",
        KIMBROUGH,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Nobody asked the families who can’t rearrange their week,",
        KIMBROUGH,
        "direct",
        "said",
        "she",
    ),
    p(
        "the district would survey families and staff after the first year and bring the results "
        "back to the board in June 2027",
        VOSS,
        "indirect",
        "said",
        "Voss",
    ),
    p("If it doesn’t work, we will say so,", VOSS, "direct", "said", "she"),
]

# --- an alpine village evacuated under a moving slope (Swiss outlet's English service style:
# no dateline, straight "double quotes" with 'single' inside, punctuation outside closing
# partials, `80%`, `francs`; CH) ----------------------------------------------------------
VNHS = "Valais Natural Hazards Service"
FOEN = "Federal Office for the Environment"
SIA = "Swiss Insurance Association"
DMTE = "Department of Mobility, Territory and Environment"
VNHS_BODY = {"speaker": VNHS, "country": "CH"}
FOEN_BODY = {"speaker": FOEN, "country": "CH"}
SIA_BODY = {"speaker": SIA, "country": "CH"}
IMBODEN = {"speaker": "Raphael Imboden", "role": "chief geologist", "country": "CH"}
ZURBRIGGEN = {"speaker": "Beat Zurbriggen", "role": "mayor", "country": "CH"}
KALBERMATTER = {"speaker": "Franziska Kalbermatter", "country": "CH", "org": DMTE}
ANDENMATTEN = {"speaker": "Leo Andenmatten", "country": "CH"}
SUPERSAXO = {
    "speaker": "Andrea Supersaxo",
    "role": "director",
    "country": "CH",
    "org": "Saas-Fee/Saastal Tourism",
}
KALBERMATTER_SRC = (
    "Franziska Kalbermatter, who heads the canton's Department of Mobility, Territory and "
    "Environment"
)
SUPERSAXO_SRC = "Andrea Supersaxo, director of Saas-Fee/Saastal Tourism"

ROCKFALL_Q = [
    # `said A had become "…" and that B`: the partial and B
    p("very active", VNHS_BODY, "partial", "said", "The Valais Natural Hazards Service"),
    p(
        "a collapse within days could not be ruled out",
        VNHS_BODY,
        "indirect",
        "said",
        "The Valais Natural Hazards Service",
    ),
    p(
        "The mountain has been moving for three years. What has changed is the speed, and the "
        "speed is what worries us,",
        IMBODEN,
        "direct",
        "told",
        "Raphael Imboden, the canton's chief geologist",
    ),
    p(
        "radar and GPS stations on the slope were being read every ten minutes",
        IMBODEN,
        "indirect",
        "said",
        "He",
    ),
    p("at least until the end of next week", IMBODEN, "partial", "said", "He"),
    p(
        "the hardest of my life, and the easiest",
        ZURBRIGGEN,
        "partial",
        "said",
        "Saas-Balen's mayor, Beat Zurbriggen",
    ),
    p(
        "People are tired. Some of them have moved their furniture twice since May,",
        ZURBRIGGEN,
        "direct",
        "said",
        "Zurbriggen",
    ),
    p(
        "But nobody here argues with the geologists any more.",
        ZURBRIGGEN,
        "direct",
        "said",
        "Zurbriggen",
    ),
    # `said A, and asked the canton to B`: two (the request without the addressee)
    p(
        "11 families had told the commune they did not intend to return even if the slope settled",
        ZURBRIGGEN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "to speed up a relocation scheme approved in principle last autumn",
        ZURBRIGGEN,
        "indirect",
        "asked",
        "He",
    ),
    # `X, who heads Y,`: organisation Y, no role
    p(
        "the scheme would buy out homeowners at up to 80% of the insured value of their property "
        "and that the first offers would be sent out in October",
        KALBERMATTER,
        "indirect",
        "said",
        KALBERMATTER_SRC,
    ),
    p(
        "the federal government would cover 35% of the cost under the rules for protecting people "
        "from natural hazards",
        KALBERMATTER,
        "indirect",
        "said",
        "Kalbermatter",
    ),
    p(
        "it had received the canton's application",
        FOEN_BODY,
        "indirect",
        "confirmed",
        "The Federal Office for the Environment (FOEN)",
    ),
    # `spent Wednesday morning at the police roadblock`: nothing said
    p(
        "I have seen this mountain every morning for 50 years. It has never once fallen on me,",
        ANDENMATTEN,
        "direct",
        "said",
        "he",
    ),
    p(
        "I told them that. They said they were sorry, but rules are rules.",
        ANDENMATTEN,
        "direct",
        "said",
        "he",
    ),
    # `said he had packed "A", and he would be back "B"`: each conjunct its quote
    p(
        "one suitcase and my wife's photographs",
        ANDENMATTEN,
        "partial",
        "said",
        "Andenmatten",
    ),
    p("the day they open the road", ANDENMATTEN, "partial", "said", "Andenmatten"),
    p(
        "bookings for December were down 12% on last year",
        SUPERSAXO,
        "indirect",
        "said",
        SUPERSAXO_SRC,
    ),
    p("many questions and few answers", SUPERSAXO, "partial", "said", SUPERSAXO_SRC),
    p(
        "Guests see the word 'evacuation' and they think the whole valley is in danger. It is one "
        "slope above one village,",
        SUPERSAXO,
        "direct",
        "said",
        "Supersaxo",
    ),
    p(
        "buildings and household contents in Valais were insured by private companies through the "
        "natural hazards pool",
        SIA_BODY,
        "indirect",
        "said",
        "The Swiss Insurance Association",
    ),
    p("in close contact", SIA_BODY, "partial", "said", "The Swiss Insurance Association"),
    p(
        "the most likely scenario was a series of smaller collapses over several weeks rather than "
        "a single large one, but that his team was preparing for both",
        IMBODEN,
        "indirect",
        "said",
        "Imboden",
    ),
    # `he` after a paragraph of background with no person: Imboden goes on
    p("A mountain does not read our models,", IMBODEN, "direct", "said", "he"),
    p("We watch it, and we decide day by day.", IMBODEN, "direct", "said", "he"),
]

# --- an island's cap on cruise passengers (Greek daily's English edition style: no dateline,
# curly “double quotes”, full stops inside closing partials, `€20`; GR, with US, IT and DE
# voices) ---------------------------------------------------------------------------------
TM = "Tourism Ministry"
CLIA = "Cruise Lines International Association"
TM_BODY = {"speaker": TM, "country": "GR"}
CLIA_BODY = {"speaker": CLIA, "country": "US"}
KARAMANOU = {"speaker": "Eleni Karamanou", "role": "Deputy Tourism Minister", "country": "GR"}
KAFOUROS = {"speaker": "Manolis Kafouros", "role": "mayor", "country": "GR"}
VLACHOS = {
    "speaker": "Dimitris Vlachos",
    "role": "harbour master",
    "country": "GR",
    "org": "Hellenic Coast Guard",
}
RINALDI = {
    "speaker": "Stefano Rinaldi",
    "role": "chief executive",
    "country": "IT",
    "org": "Aurora Crociere",
}
NOMIKOU = {"speaker": "Katerina Nomikou", "country": "GR"}
ARGYROS = {"speaker": "Yiannis Argyros", "country": "GR"}
LINDNER = {"speaker": "Petra Lindner", "role": "teacher", "country": "DE"}
VLACHOS_SRC = "Santorini’s harbour master, Commander Dimitris Vlachos of the Hellenic Coast Guard"
CLIA_SRC = (
    "The Washington-based Cruise Lines International Association, which represents most of the "
    "companies that call at the island"
)
RINALDI_SRC = "Stefano Rinaldi, chief executive of the Genoa-based line Aurora Crociere"
NOMIKOU_SRC = "Katerina Nomikou, who has sold jewellery on the caldera path for 30 years"
LINDNER_SRC = "Petra Lindner, a teacher from Stuttgart on her third visit to the island"

CRUISE_Q = [
    # the lede's content before `, the Tourism Ministry announced`; `, after a summer …` is
    # the writer's
    p(
        "Santorini will limit the number of cruise passengers allowed ashore to 8,000 a day from "
        "next April",
        TM_BODY,
        "indirect",
        "announced",
        "the Tourism Ministry",
    ),
    p(
        "Santorini is not a theme park. It is an island where 15,000 people live all year, and "
        "they have a right to walk down their own streets in August,",
        KARAMANOU,
        "direct",
        "told",
        "Deputy Tourism Minister Eleni Karamanou",
    ),
    p(
        "the ministry had studied limits imposed in Venice, Dubrovnik and Amsterdam and that the "
        "figure of 8,000 had been set with the municipality after two years of counts at the old "
        "port of Fira",
        KARAMANOU,
        "indirect",
        "said",
        "Karamanou",
    ),
    # `said A “…” but that B`: the partial and B
    p("some revenue in the short term", KARAMANOU, "partial", "said", "She"),
    p(
        "visitors who stayed overnight would more than make up the difference",
        KARAMANOU,
        "indirect",
        "said",
        "She",
    ),
    # `welcomed the decision` (a reaction, decision 6) `but said …`: the partial only
    p(
        "still too many for an island with one road and one cable car.",
        KAFOUROS,
        "partial",
        "said",
        "Santorini’s mayor, Manolis Kafouros",
    ),
    p(
        "We asked for 5,000. We got 8,000. That is progress, not a solution,",
        KAFOUROS,
        "direct",
        "said",
        "he",
    ),
    p(
        "the municipality would press the ministry to lower the cap again in 2028 and would use "
        "its share of the cruise passenger fee to pay for extra buses",
        KAFOUROS,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the port could handle up to five ships at anchor at once but that tender boats, not "
        "anchorages, had been the bottleneck this summer",
        VLACHOS,
        "indirect",
        "said",
        VLACHOS_SRC,
    ),
    # a body's seat before its name is its country; `said A “…” and would B`: both
    p("without meaningful consultation", CLIA_BODY, "partial", "said", CLIA_SRC),
    p(
        "would force lines to redraw itineraries already sold for 2027",
        CLIA_BODY,
        "indirect",
        "said",
        CLIA_SRC,
    ),
    p(
        "Ships are not buses. You cannot move a call from Tuesday to Thursday without changing the "
        "whole route from Venice to Istanbul,",
        RINALDI,
        "direct",
        "said",
        RINALDI_SRC,
    ),
    p(
        "his company had seven calls at Santorini planned for next summer",
        RINALDI,
        "indirect",
        "said",
        "Rinaldi",
    ),
    p("probably lose two or three of them", RINALDI, "partial", "said", "Rinaldi"),
    p("the line would look at Milos and Syros instead", RINALDI, "indirect", "said", "He"),
    p("more than half", NOMIKOU, "partial", "said", NOMIKOU_SRC),
    p(
        "Everyone complains about the crowds until the crowds stop coming,",
        NOMIKOU,
        "direct",
        "said",
        "she",
    ),
    p(
        "the cap was overdue and that guests who stayed a week had been avoiding the island in "
        "high summer because of the crowds",
        ARGYROS,
        "indirect",
        "said",
        "Yiannis Argyros, whose family owns a 12-room hotel in Oia",
    ),
    p("precisely to avoid the ships.", LINDNER, "partial", "said", LINDNER_SRC),
    p(
        "The cruise people take their photos and leave. We stay, we eat, we pay,",
        LINDNER,
        "direct",
        "said",
        "she",
    ),
    p(
        "it would review the cap after its first season and publish daily arrival figures online",
        TM_BODY,
        "indirect",
        "said",
        "The Tourism Ministry",
    ),
    # `said A, “but B.”`: A and the partial
    p(
        "the government would also consider limiting the number of short-term rental licences on "
        "the island",
        KARAMANOU,
        "indirect",
        "said",
        "Karamanou",
    ),
    p("but one fight at a time.", KARAMANOU, "partial", "said", "Karamanou"),
]

DOCS = [
    ("heldout33-foulbrood-scotland-deeside-apiaries-standstill", None, FOULBROOD_Q),
    ("heldout33-wrestling-india-trials-57kg-upset-protest", "NEW DELHI", WRESTLING_Q),
    ("heldout33-schools-missouri-flat-creek-four-day-week", "SEDALIA, Mo.", SCHOOLS_Q),
    ("heldout33-rockfall-switzerland-valais-saas-balen-evacuation", None, ROCKFALL_Q),
    ("heldout33-cruise-greece-santorini-passenger-cap", None, CRUISE_Q),
]

# organisation speakers: their own organisation (decision 4)
SPEAKING_BODIES = (SASA, WFI, SAI, MSTA, VNHS, FOEN, SIA, TM, CLIA)


def main():
    write_gold(
        HERE,
        "heldout33_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout33",
        source="quotesdb held-out 33 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
