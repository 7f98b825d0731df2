"""Build heldout23_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout22 and of the round-23 and round-24 decisions of
articles/attribution/README.md (see bench/heldout23/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout23/make_gold.py   # writes bench/heldout23/heldout23_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- an avalanche above Verbier (swissinfo.ch / Keystone-SDA style, no dateline, curly
# “double quotes” and curly apostrophes, en dashes, punctuation outside closing partials) --
ASAI = "Alpine Snow and Avalanche Institute"
BAGNES = "Bagnes Lifts SA"
FCO = "Foreign Office"
GUIDES = "Bagnes Valley Guides’ Association"
RODUIT = {"speaker": "Jean-Marc Roduit", "role": "police spokesman", "country": "CH"}
ZURBRIGGEN = {"speaker": "Martina Zurbriggen", "role": "forecaster", "country": "CH", "org": ASAI}
SEPPEY = {"speaker": "Catherine Seppey", "role": "prosecutor", "country": "CH"}
FELLAY = {"speaker": "Pascal Fellay", "role": "director", "country": "CH", "org": BAGNES}
MICHELLOD = {"speaker": "Nicolas Michellod", "country": "CH", "org": GUIDES}
ASAI_BODY = {"speaker": ASAI, "country": "CH"}
BAGNES_BODY = {"speaker": BAGNES, "country": "CH"}
FCO_BODY = {"speaker": FCO, "country": "GB"}
ASAI_SRC = (
    "The Alpine Snow and Avalanche Institute (ASAI), which issues the country’s daily danger "
    "bulletins"
)
ZURBRIGGEN_SRC = "Martina Zurbriggen, a forecaster at the institute"
SEPPEY_SRC = "Prosecutor Catherine Seppey, who is leading the inquiry"
MICHELLOD_SRC = "Nicolas Michellod, who heads the Bagnes Valley Guides’ Association"

AVALANCHE_Q = [
    q(
        "Four skiers were killed on Saturday when an avalanche swept down a slope above the "
        "resort of Verbier in canton Valais",
        None,
        "indirect",
        "said",
        "police",
        country="CH",
    ),
    p(
        "The dead – two Britons, a Frenchman and a Swiss mountain guide – were part of a group "
        "of six caught by the slide at around 11.30am in an off-piste bowl below the Mont Gelé "
        "ridge",
        RODUIT,
        "indirect",
        "told",
        "police spokesman Jean-Marc Roduit",
    ),
    p(
        "The snow broke away above them across a front of about 300 metres. They had no chance,",
        RODUIT,
        "direct",
        "said",
        "he",
    ),
    p(
        "the two survivors, both British, had been flown to hospital in Sion with injuries that "
        "were not life-threatening",
        RODUIT,
        "indirect",
        "adding",
        "he",
    ),
    q(
        "the guide had been found under nearly three metres of snow",
        None,
        "indirect",
        "said",
        "Rescuers",
        country="CH",
    ),
    p("particularly fragile", ASAI_BODY, "partial", "warned", ASAI_SRC),
    p(
        "On a day like Saturday, one skier can be enough to release a whole slope,",
        ZURBRIGGEN,
        "direct",
        "said",
        ZURBRIGGEN_SRC,
    ),
    p("We said so as clearly as we could.", ZURBRIGGEN, "direct", "said", ZURBRIGGEN_SRC),
    p(
        "the bulletin had been translated into English and sent to resort operators on Friday "
        "evening",
        ZURBRIGGEN,
        "indirect",
        "said",
        "She",
    ),
    p("not a question of information", ZURBRIGGEN, "partial", "said", "She"),
    p(
        "it would review the wording of its English-language bulletins",
        ASAI_BODY,
        "indirect",
        "said in a statement",
        "The ASAI",
    ),
    p(
        "it was too early to say whether the group had taken an unreasonable risk",
        SEPPEY,
        "indirect",
        "said",
        SEPPEY_SRC,
    ),
    p(
        "We will look at who decided to go into that bowl, what they knew and what equipment "
        "they carried,",
        SEPPEY,
        "direct",
        "told reporters",
        "she",
    ),
    p(
        "Nobody should draw conclusions before that work is done.",
        SEPPEY,
        "direct",
        "told reporters",
        "she",
    ),
    p(
        "the bowl lay outside its marked and patrolled runs and that signs at the top station "
        "had warned skiers of the danger",
        BAGNES_BODY,
        "indirect",
        "said",
        "Verbier’s lift operator, Bagnes Lifts SA",
    ),
    p("a tragedy for the whole valley", FELLAY, "partial", "called", "Its director, Pascal Fellay"),
    p(
        "We close what we can close, and we patrol what we can patrol. Beyond the ropes, it is "
        "the mountain that decides,",
        FELLAY,
        "direct",
        "said",
        "the 56-year-old",
    ),
    p(
        "Among the dead were two brothers from Leeds in northern England, aged 29 and 33",
        FCO_BODY,
        "indirect",
        "according to",
        "Britain’s Foreign Office",
    ),
    p(
        "it was in contact with the Swiss authorities and was supporting the family",
        FCO_BODY,
        "indirect",
        "said",
        "Britain’s Foreign Office",
    ),
    q(
        "The French victim, a 41-year-old ski tourer from Annecy, had climbed in the Himalayas "
        "and knew the Verbier backcountry well",
        None,
        "indirect",
        "told",
        "his partner",
        role="partner",
        country="FR",
    ),
    p(
        "Everyone in this valley knew him. He had thirty years on these slopes, and he turned "
        "groups back many times,",
        MICHELLOD,
        "direct",
        "said",
        MICHELLOD_SRC,
    ),
    p(
        "the guide had checked the bulletin that morning and had spoken to the lift company’s "
        "patrol before leading the group out",
        MICHELLOD,
        "indirect",
        "said",
        "Michellod",
    ),
    p(
        "If he went in, he had a reason. I want to know what it was.",
        MICHELLOD,
        "direct",
        None,
        "Michellod",
    ),
    p(
        "more than 40 rescuers, two helicopters and four avalanche dogs had taken part in the "
        "search",
        RODUIT,
        "indirect",
        "said",
        "The police spokesman",
    ),
    p(
        "the danger level would remain at four on Sunday across much of the western Alps",
        ZURBRIGGEN,
        "indirect",
        "said",
        "Zurbriggen",
    ),
    p("Stay on the marked runs,", ZURBRIGGEN, "direct", "said", "she"),
    p("This is not the weekend to be a hero.", ZURBRIGGEN, "direct", "said", "she"),
    p(
        "minute by minute",
        MICHELLOD,
        "partial",
        "said",
        "Michelod, whose association trains about 60 guides",
    ),
    p(
        "Avalanches kill around 20 people a year in Switzerland, most of them skiers and "
        "snowboarders away from marked slopes",
        ASAI_BODY,
        "indirect",
        "according to",
        "the institute",
    ),
]

# --- an inquest into a cyclist's death (British regional daily style, no dateline,
# straight 'single quotes' with straight apostrophes, nested "double", `Mr` / `Mrs`) -----
DVC = "Derwent Vale Council"
PEDAL = "Pedal Safe"
WHEELERS = "Matlock Wheelers"
MARSH = {"speaker": "Helen Marsh", "role": "assistant coroner", "country": "GB"}
PREST = {"speaker": "Daniel Prest", "role": "delivery driver", "country": "GB"}
TIDSWELL = {
    "speaker": "Mark Tidswell",
    "role": "forensic collision investigator",
    "country": "GB",
}
LOMAS = {"speaker": "Gareth Lomas", "role": "head of highways", "country": "GB", "org": DVC}
JANET = {"speaker": "Janet Ainsworth", "role": "widow", "country": "GB"}
GREATOREX = {"speaker": "Laura Greatorex", "country": "GB", "org": PEDAL}
DVC_BODY = {"speaker": DVC, "country": "GB"}
WHEELERS_BODY = {"speaker": WHEELERS, "country": "GB"}
PREST_SRC = "Daniel Prest, a delivery driver who was travelling behind him"
TIDSWELL_SRC = "PC Mark Tidswell, a forensic collision investigator"
LOMAS_SRC = "The council's head of highways, Gareth Lomas"
FAMILY_SRC = "Mr Ainsworth's widow, Janet Ainsworth, and their two daughters"
GREATOREX_SRC = "Laura Greatorex, of the road safety charity Pedal Safe"

INQUEST_Q = [
    p(
        "more cyclists could die on rural roads unless a council changes the way it inspects "
        "and repairs potholes",
        MARSH,
        "indirect",
        "warned",
        "A coroner",
    ),
    q(
        "a retired teacher was thrown from his bike by a defect that had been reported three times",
        None,
        "indirect",
        "heard",
        "an inquest",
        country="GB",
    ),
    p(
        "the pothole, about 12cm deep, had first been reported to Derwent Vale Council six "
        "weeks before the crash",
        MARSH,
        "indirect",
        "said",
        "Assistant coroner Helen Marsh",
    ),
    p("non-urgent", MARSH, "partial", "said", "Assistant coroner Helen Marsh"),
    p(
        "Mr Ainsworth did nothing wrong. He was riding within his ability, on a road he knew "
        "well, in good light.",
        MARSH,
        "direct",
        "said",
        "she",
    ),
    p(
        "The defect that threw him was known to the council and was left for weeks. I am not "
        "satisfied that the system of inspection on rural roads is adequate to keep people safe.",
        MARSH,
        "direct",
        "said",
        "she",
    ),
    p(
        "she would send a prevention of future deaths report to the council",
        MARSH,
        "indirect",
        "said",
        "She",
    ),
    q(
        "Mr Ainsworth, a member of a Matlock cycling club for more than 30 years, was riding "
        "downhill at about 25mph when his front wheel dropped into the hole",
        None,
        "indirect",
        "heard",
        "The inquest",
        country="GB",
    ),
    p(
        "His front wheel just disappeared and he went straight over the handlebars. I stopped "
        "and ran to him, and he was talking at first, asking about his bike.",
        PREST,
        "direct",
        "told the hearing",
        PREST_SRC,
    ),
    p("he drove the road most days", PREST, "indirect", "said", "Mr Priest"),
    p("more times than I can count", PREST, "partial", "said", "Mr Priest"),
    p(
        "there was no evidence that Mr Ainsworth had been speeding or that his bike was faulty",
        TIDSWELL,
        "indirect",
        "said",
        TIDSWELL_SRC,
    ),
    p("entirely consistent", TIDSWELL, "partial", "said", "He"),
    p(
        "the pothole had been inspected after the first report and measured at 38mm, below the "
        "40mm depth at which the council's policy required a repair within 24 hours",
        LOMAS,
        "indirect",
        "told the inquest",
        LOMAS_SRC,
    ),
    p(
        "The inspector who went out measured it from the verge, not in the carriageway. That "
        "measurement was wrong, and I accept that.",
        LOMAS,
        "direct",
        "said",
        "he",
    ),
    p("far too long", LOMAS, "partial", "admitted", "He"),
    p(
        "the council had since cut its target for such defects on rural roads from 28 days to "
        "seven",
        LOMAS,
        "indirect",
        "said",
        "He",
    ),
    p(
        'Rob was the most careful rider we knew. He used to say "the hills keep you honest", '
        "and he meant it.",
        JANET,
        "direct",
        "said",
        FAMILY_SRC,
    ),
    p(
        "We do not want another family to sit where we have sat this week. The council has "
        "said sorry. Now it has to mean it.",
        JANET,
        "direct",
        "said",
        FAMILY_SRC,
    ),
    p(
        "she had not been able to drive past the spot since the crash",
        JANET,
        "indirect",
        "said",
        "Mrs Ainsworth, 65",
    ),
    p(
        "it accepted the coroner's findings in full",
        DVC_BODY,
        "indirect",
        "said in a statement",
        "Derwent Vale Council",
    ),
    p("deeply sorry", DVC_BODY, "partial", "said in a statement", "Derwent Vale Council"),
    q(
        "a review of all 1,400 miles of its rural roads would be completed by the end of the "
        "summer, with the worst stretches resurfaced first",
        None,
        "indirect",
        "said",
        "A council spokeswoman",
        role="spokeswoman",
        country="GB",
        org=DVC,
    ),
    p("the predictable result", GREATOREX, "partial", "said", GREATOREX_SRC),
    p(
        "Councils are being asked to patch roads with money that would not fix half of them,",
        GREATOREX,
        "direct",
        "said",
        "she",
    ),
    p(
        "Until that changes, coroners will keep writing these reports and riders will keep "
        "getting hurt.",
        GREATOREX,
        "direct",
        "said",
        "she",
    ),
    p("nothing to suggest", MARSH, "partial", "said", "The coroner"),
    p(
        "the system they worked within had let Mr Ainsworth down",
        MARSH,
        "indirect",
        "said",
        "The coroner",
    ),
    p(
        "its members would ride the route together next month in his memory",
        WHEELERS_BODY,
        "indirect",
        "said",
        "Mr Ainsworth's club, Matlock Wheelers",
    ),
]

# --- a Chengdu tea chain shelves its Hong Kong listing (South China Morning Post style, no
# dateline, curly “double quotes”, HK$ / US$ amounts, Cantonese and Mandarin names family
# name first, `told the Post`, `per cent`) -----------------------------------------------
MINGCHA = "Mingcha Holdings"
MINGCHA_BODY = {"speaker": MINGCHA, "country": "CN"}
LUO = {"speaker": "Luo Jianwei", "role": "chairman", "country": "CN", "org": MINGCHA}
RAMAN = {
    "speaker": "Priya Raman",
    "role": "consumer analyst",
    "country": "SG",
    "org": "Meridian Straits Research",
}
TSE = {
    "speaker": "Vincent Tse Wing-kei",
    "role": "chief investment officer",
    "country": "HK",
    "org": "Kowloon Peak Capital",
}
DENG = {"speaker": "Deng", "role": "franchisee", "country": "CN"}
MOK = {
    "speaker": "Eric Mok Ka-chun",
    "role": "Secretary for Financial Services and the Treasury",
    "country": "HK",
}
LUO_SRC = (
    "Mingcha chairman Luo Jianwei, 51, who founded the chain as a single kiosk near a Chengdu "
    "university in 2012"
)
RAMAN_SRC = "Priya Raman, a consumer analyst at Meridian Straits Research in Singapore"
DENG_SRC = "One of them, a franchisee in Chongqing who gave only her surname, Deng"
MOK_SRC = "Secretary for Financial Services and the Treasury Eric Mok Ka-chun"

LISTING_Q = [
    p(
        "volatile market conditions",
        MINGCHA_BODY,
        "partial",
        "citing",
        "Mingcha Holdings, a Chengdu-based chain of tea-drink shops",
    ),
    p(
        "The company, which runs about 4,300 outlets across mainland China, had planned to raise "
        "up to HK$3.1 billion (US$397 million) by selling shares at between HK$11.20 and "
        "HK$12.80 each",
        MINGCHA_BODY,
        "indirect",
        "according to",
        "its prospectus",
    ),
    p(
        "revisit the timing of the offering when conditions allow",
        MINGCHA_BODY,
        "partial",
        "said",
        "Mingcha",
    ),
    p(
        "all subscription monies would be refunded without interest",
        MINGCHA_BODY,
        "indirect",
        "said",
        "Mingcha",
    ),
    q(
        "The deal had drawn weak demand from institutional investors, with the order book "
        "covered less than once by the end of last week",
        None,
        "indirect",
        "according to",
        "two people familiar with the matter",
    ),
    p("painful but responsible", LUO, "partial", "said in a letter to staff", LUO_SRC),
    p(
        "Our business does not need this money tomorrow. We would rather list a year late than "
        "list at a price that lets our early shareholders down,",
        LUO,
        "direct",
        "wrote",
        "Luo",
    ),
    p(
        "the company would keep opening about 80 stores a month and remained profitable, with "
        "net income of 612 million yuan (US$84 million) in the first half",
        LUO,
        "indirect",
        "said",
        "He",
    ),
    p(
        "Tea chains were the darling of the market two years ago. Now investors are asking how "
        "many more stores China can take,",
        RAMAN,
        "direct",
        "said",
        RAMAN_SRC,
    ),
    p(
        "three mainland tea-drink companies that listed in Hong Kong last year were trading "
        "below their offer prices, and that price wars had cut average selling prices across "
        "the sector by about 15 per cent",
        RAMAN,
        "indirect",
        "said",
        "Rahman",
    ),
    p("resetting expectations", RAMAN, "partial", "said", "She"),
    p("The valuation was the problem, not the tea,", TSE, "direct", "said", "he"),
    p(
        "At 25 times earnings, you were paying for a growth story the numbers had already "
        "stopped telling.",
        TSE,
        "direct",
        "said",
        "he",
    ),
    p(
        "his firm had looked at the deal but had not placed an order",
        TSE,
        "indirect",
        "said",
        "Tse",
    ),
    q(
        "they had been encouraged to apply for shares through a scheme for staff and partners",
        None,
        "indirect",
        "said",
        "Some of the chain’s franchisees, who pay an upfront fee of about 380,000 yuan per store",
        country="CN",
    ),
    p("she had applied for 200,000 yuan worth of shares", DENG, "indirect", "said", DENG_SRC),
    p(
        "I thought it was a way to own a little piece of what I work for every day,",
        DENG,
        "direct",
        "said",
        "she",
    ),
    p(
        "Now I just want the money back before the summer rent is due.",
        DENG,
        "direct",
        "said",
        "she",
    ),
    p(
        "the refunds would be paid within five working days",
        MINGCHA_BODY,
        "indirect",
        "said",
        "Mingcha",
    ),
    p("healthy", MOK, "partial", "told lawmakers", MOK_SRC),
    p(
        "one postponement did not reflect the market as a whole",
        MOK,
        "indirect",
        "told lawmakers",
        MOK_SRC,
    ),
    p(
        "Hong Kong has had quiet months before and it has always come back. The fundamentals of "
        "the market have not changed,",
        MOK,
        "direct",
        "said",
        "he",
    ),
    p(
        "the city’s exchange had lost two large consumer deals to Shanghai since January",
        RAMAN,
        "indirect",
        "said",
        "She",
    ),
    p("come back to Hong Kong, not somewhere else", LUO, "partial", "told staff", "Luo"),
]

# --- a fire at a battery plant in Gyeonggi Province (Korea Herald style, no dateline,
# straight "double quotes", Korean names family name first, `a.m.` / `p.m.`, a byline at
# the end; one later misspelling by romanisation, `Park Sang-hun`) ----------------------
HANUL = "Hanul Cell Energy"
MOJ = "Ministry of Justice"
MOEL = "Ministry of Employment and Labor"
UNION = "Gyeonggi Battery Workers' Union"
EMBASSY = "Chinese Embassy"
KIM = {
    "speaker": "Kim Jin-ho",
    "role": "fire chief",
    "country": "KR",
    "org": "Anseong Fire Station",
}
PARK = {"speaker": "Park Sang-hoon", "role": "CEO", "country": "KR", "org": HANUL}
LEE = {"speaker": "Lee Mi-kyung", "role": "Labor Minister", "country": "KR"}
CHOI = {"speaker": "Choi Eun-young", "role": "leader", "country": "KR", "org": UNION}
YOON = {
    "speaker": "Yoon Tae-sik",
    "role": "professor of fire safety engineering",
    "country": "KR",
    "org": "Hanbit University",
}
MOJ_BODY = {"speaker": MOJ, "country": "KR"}
MOEL_BODY = {"speaker": MOEL, "country": "KR"}
UNION_BODY = {"speaker": UNION, "country": "KR"}
EMBASSY_BODY = {"speaker": EMBASSY, "country": "CN"}
KIM_SRC = "Kim Jin-ho, a fire chief at the Anseong Fire Station"
LEE_SRC = "Labor Minister Lee Mi-kyung, who visited the site in the afternoon"
UNION_SRC = (
    "The Gyeonggi Battery Workers' Union, which represents about 200 of the plant's 310 employees"
)
YOON_SRC = "Yoon Tae-sik, a professor of fire safety engineering at Hanbit University"
BROTHER_SRC = "A brother of one of the Korean victims, who asked not to be named"

FIRE_Q = [
    q(
        "Three workers were killed and 11 others injured after a fire broke out at a lithium "
        "battery plant in Anseong, Gyeonggi Province, on Tuesday morning",
        None,
        "indirect",
        "said",
        "fire authorities",
        country="KR",
    ),
    p(
        "The blaze started at around 9:40 a.m. in a second-floor packaging area of the plant, "
        "run by Hanul Cell Energy, a maker of battery packs for electric scooters and energy "
        "storage systems, when a stack of finished cells caught fire",
        KIM,
        "indirect",
        "according to",
        KIM_SRC,
    ),
    p(
        "One cell went into thermal runaway and then the next, and the next. Workers told us "
        "they heard a series of small explosions within seconds,",
        KIM,
        "direct",
        "told reporters",
        "Kim",
    ),
    p(
        "the three dead, all in their 30s and 40s, had been found near a stairwell at the back "
        "of the building, and that firefighters had brought the blaze under control by 1:15 p.m.",
        KIM,
        "indirect",
        "said",
        "He",
    ),
    p(
        "Among the dead was a 34-year-old Chinese national who had worked at the plant on a "
        "work visa since last year",
        MOJ_BODY,
        "indirect",
        "said",
        "the Ministry of Justice",
    ),
    p(
        "We are deeply sorry to the victims and their families. The company will cooperate "
        "fully with the investigation and take every responsibility,",
        PARK,
        "direct",
        "said",
        "he",
    ),
    p(
        "the plant had passed a fire safety inspection in January",
        PARK,
        "indirect",
        "said",
        "Park",
    ),
    p(
        "the ministry would examine whether the company had violated the Serious Accidents "
        "Punishment Act",
        LEE,
        "indirect",
        "said",
        LEE_SRC,
    ),
    p(
        "If safety rules were ignored to meet production targets, those responsible will "
        "answer for it,",
        LEE,
        "direct",
        "said",
        "Lee",
    ),
    p(
        "it had ordered all work at the plant to stop until the investigation is complete",
        MOEL_BODY,
        "indirect",
        "said",
        "The Ministry of Employment and Labor",
    ),
    q(
        "they had set up a 40-member investigation team and would search the company's offices "
        "on Wednesday",
        None,
        "indirect",
        "said",
        "Police",
        country="KR",
    ),
    p("floor to ceiling", UNION_BODY, "partial", "said", UNION_SRC),
    p(
        "the union had raised the problem at two safety committee meetings this year",
        CHOI,
        "indirect",
        "said",
        "Its leader, Choi Eun-young",
    ),
    p(
        "Each time we were told it was temporary, until the next shipment went out. Nobody "
        "wrote anything down,",
        CHOI,
        "direct",
        "said",
        "she",
    ),
    q(
        "Hanul Cell Energy had more than doubled its output since signing a supply deal with a "
        "European scooter maker in the spring",
        None,
        "indirect",
        "according to",
        "industry sources",
        country="KR",
    ),
    p(
        "the government would inspect all 48 battery plants in the province by the end of next "
        "month, starting with those that store finished cells indoors",
        LEE,
        "indirect",
        "said",
        "The minister",
    ),
    p("Water cools a lithium fire, but it does not put it out,", YOON, "direct", "said", YOON_SRC),
    p(
        "The industry has grown much faster than the rules around it.",
        YOON,
        "direct",
        "said",
        YOON_SRC,
    ),
    p(
        "most battery plants in the country were built to the same fire code as ordinary "
        "warehouses and that few had separate fire-rated rooms for storing charged cells",
        YOON,
        "indirect",
        "said",
        "Yoon",
    ),
    q(
        "his family had learned of the death from a news alert on his mother's phone before "
        "anyone from the company called",
        None,
        "indirect",
        "said",
        BROTHER_SRC,
        role="brother",
        country="KR",
    ),
    q(
        "She kept saying his name at the screen. We found out from the internet,",
        None,
        "direct",
        "told",
        "he",
        role="brother",
        country="KR",
    ),
    p(
        "the company would cover the funeral costs of the three victims and the medical "
        "expenses of the injured, and that it had set up a support office for their families",
        PARK,
        "indirect",
        "said",
        "Park Sang-hun",
    ),
    p(
        "it had sent a consular officer to Anseong and was in touch with the dead worker's "
        "relatives in Shandong Province",
        EMBASSY_BODY,
        "indirect",
        "said",
        "The Chinese Embassy in Seoul",
    ),
    p(
        "the union would hold a memorial at the plant gates on Thursday evening",
        CHOI,
        "indirect",
        "said",
        "Choi",
    ),
    p("before anything gets cleaned up.", CHOI, "partial", "urged", "She"),
]

# --- a meteorite on a Wisconsin dairy farm (NPR style: no dateline, present-tense `says`,
# curly “double quotes” with nested ‘single’, scene-setting lede, AP state abbreviations) -
NASA = "NASA"
SHERIFF = "Vernon County Sheriff’s Office"
HONEYCUTT = {"speaker": "Dale Honeycutt", "role": "farmer", "country": "US"}
OKAFOR = {
    "speaker": "Renata Okafor",
    "role": "planetary scientist",
    "country": "US",
    "org": "Prairie Lakes University",
}
KIMBLE = {"speaker": "Trent Kimble", "role": "meteorite dealer", "country": "US"}
BARSTAD = {
    "speaker": "Ellen Barstad",
    "role": "meteorite curator",
    "country": "US",
    "org": "Lakeshore Museum of Natural History",
}
NASA_BODY = {"speaker": NASA, "country": "US"}
SHERIFF_BODY = {"speaker": SHERIFF, "country": "US"}
OKAFOR_SRC = "Renata Okafor, a planetary scientist at Prairie Lakes University in Madison"
BARSTAD_SRC = (
    "Ellen Barstad, the meteorite curator at the Lakeshore Museum of Natural History in Milwaukee"
)
KIMBLE_SRC = "Kimble, who says he has bought more than 200 falls over 25 years"

METEORITE_Q = [
    p(
        "I thought somebody had thrown a bowling ball off a truck,",
        HONEYCUTT,
        "direct",
        "says",
        "he",
    ),
    p(
        "Then I picked it up, and it was heavier than any bowling ball I ever held.",
        HONEYCUTT,
        "direct",
        "says",
        "he",
    ),
    q("That rock", None, "indirect", "say", "scientists", country="US"),
    q(
        "is the largest piece yet found of the fireball that lit up the sky over the upper "
        "Midwest on the night of Jan. 9",
        None,
        "indirect",
        "say",
        "scientists",
        country="US",
    ),
    p(
        "the fireball was seen by more than 600 people in five states and was tracked by "
        "weather radar as fragments fell across Vernon County",
        NASA_BODY,
        "indirect",
        "said",
        "NASA",
    ),
    p(
        "Most meteorites we get to study have been lying on the ground for thousands of years, "
        "rusting,",
        OKAFOR,
        "direct",
        "says",
        OKAFOR_SRC,
    ),
    p(
        "This one was in a freezer within a day. That’s a gift.",
        OKAFOR,
        "direct",
        "says",
        OKAFOR_SRC,
    ),
    p(
        "early tests show the rock is an ordinary chondrite, the most common kind of stony "
        "meteorite, weighing just over 9 pounds",
        OKAFOR,
        "indirect",
        "says",
        "Okafor",
    ),
    p("What makes it valuable to researchers", OKAFOR, "indirect", "says", "she"),
    p("is how fresh it is", OKAFOR, "indirect", "says", "she"),
    p(
        "He said, ‘Keep it cold and don’t let anybody lick it,’",
        HONEYCUTT,
        "direct",
        "says",
        "Honeycutt",
    ),
    p("I didn’t know people licked them.", HONEYCUTT, "direct", "says", "Honeycutt"),
    p(
        "deputies were called twice to remove people who had walked onto Honeycutt’s land with "
        "metal detectors",
        SHERIFF_BODY,
        "indirect",
        "says",
        "The Vernon County Sheriff’s Office",
    ),
    q(
        "the most popular man in the county.",
        None,
        "partial",
        "put it",
        "one neighbor",
        country="US",
    ),
    p("fair market, maybe better", KIMBLE, "partial", "says", "Kimble"),
    p("lowball farmers all the time.", KIMBLE, "partial", "says", "Kimble"),
    p("I’m not the bad guy here,", KIMBLE, "direct", "says", "he"),
    p(
        "Without dealers, half the meteorites in museums would still be in somebody’s garage.",
        KIMBLE,
        "direct",
        "says",
        "he",
    ),
    p(
        "the university has offered $8,000, a share of any research credit and a replica for "
        "Honeycutt’s family",
        OKAFOR,
        "indirect",
        "says",
        "Okafor",
    ),
    p(
        "the museum would buy the rock with money from a private donor and display it with "
        "Honeycutt’s name on the label",
        BARSTAD,
        "indirect",
        "says",
        BARSTAD_SRC,
    ),
    p(
        "A dealer will cut it into slices and sell them all over the world. We would keep it "
        "whole, and in Wisconsin, where schoolkids can see it.",
        BARSTAD,
        "direct",
        "puts it this way",
        "Barstad",
    ),
    p(
        "I understand that a farmer has bills. We are not asking him to give it away.",
        BARSTAD,
        "direct",
        "puts it this way",
        "Barstad",
    ),
    p(
        "the museum has asked the university to share any samples it takes, so that both "
        "institutions can work on the same specimen",
        BARSTAD,
        "indirect",
        "says",
        "She",
    ),
    p("she would welcome that", OKAFOR, "indirect", "says", "Okafer"),
    p(
        "every week the rock spends outside a lab, contamination from air and handling erodes "
        "what it can tell scientists about the early solar system",
        OKAFOR,
        "indirect",
        "warns",
        "she",
    ),
    p("he has not decided", HONEYCUTT, "indirect", "says", "Honeycutt"),
    p(
        "his wife wants the museum and his banker wants the dealer",
        HONEYCUTT,
        "indirect",
        "says",
        "He",
    ),
    p(
        "My grandfather farmed this land, and he never got anything from the sky but rain and "
        "hail,",
        HONEYCUTT,
        "direct",
        "says",
        "he",
    ),
    p("I figure I owe it some thought.", HONEYCUTT, "direct", "says", "he"),
    p("he has bought more than 200 falls over 25 years", KIMBLE, "indirect", "says", "Kimble"),
    p("his offer stands until the end of the month", KIMBLE, "indirect", "says", KIMBLE_SRC),
    p("Fix the barn roof. Then we’ll see.", HONEYCUTT, "direct", None, "Honeycutt"),
    p(
        "at least a dozen smaller pieces are probably still lying in fields and woods across "
        "the county",
        OKAFOR,
        "indirect",
        "says",
        "Okafor",
    ),
    p("to keep it cold and contact the university", OKAFOR, "indirect", "asks", "she"),
]

DOCS = [
    ("heldout23-avalanche-switzerland-verbier-offpiste-deaths", None, AVALANCHE_Q),
    ("heldout23-inquest-derbyshire-cyclist-pothole-death", None, INQUEST_Q),
    ("heldout23-ipo-hong-kong-mingcha-tea-chain-listing-shelved", None, LISTING_Q),
    ("heldout23-fire-korea-anseong-battery-plant", None, FIRE_Q),
    ("heldout23-meteorite-wisconsin-farm-fireball-ownership", None, METEORITE_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    ASAI,
    BAGNES,
    FCO,
    DVC,
    WHEELERS,
    MINGCHA,
    MOJ,
    MOEL,
    UNION,
    EMBASSY,
    NASA,
    SHERIFF,
)


def main():
    write_gold(
        HERE,
        "heldout23_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout23",
        source="quotesdb held-out 23 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
