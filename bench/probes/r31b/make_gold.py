"""Build probes_r31b_gold.jsonl from the hand annotations below.

Training probe r31b, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r29k and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-12). Theme: the country of each speaker in regional and provincial copy with no
dateline, read from sub-national institutions and titles, sums, local bodies and small
towns, beside foreign speakers who keep their own countries. Each quote is located by
searching its exact text after the previous quote's end.

    python3 bench/probes/r31b/make_gold.py   # writes probes_r31b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Mull's winter ferry timetable (Scottish local weekly: no dateline, a byline, `MSP`,
# `Holyrood`, `Cllr`, Argyll and Bute Council, `£`, `X said: "…"` with straight quotes,
# Scotland never named, the United Kingdom never named): GB for the island's voices, the
# ferry operator and the agencies; a Turkish shipyard's director (TR, `in Yalova, Turkey`
# and `from Istanbul`) and a Norwegian photographer (NO) keep their own ----------------------
CALMAC = {"speaker": "CalMac", "country": "GB", "org": "CalMac"}
GALBRAITH = {"speaker": "Fiona Galbraith", "country": "GB"}
# `X, who chairs Y`: organisation Y, no role (decision 9)
MACPHAIL = {
    "speaker": "Alasdair MacPhail",
    "country": "GB",
    "org": "Mull and Iona Community Trust",
}
DUNLOP = {
    "speaker": "Graham Dunlop",
    "role": "director of operations",
    "country": "GB",
    "org": "CalMac",
}
MUNRO = {"speaker": "Catriona Munro", "role": "MSP", "country": "GB"}
TRANSPORT_SCOTLAND = {"speaker": "Transport Scotland", "country": "GB", "org": "Transport Scotland"}
# the yard is unnamed: no organisation; its country from `a shipyard in Yalova, Turkey`
ARSLAN = {"speaker": "Kemal Arslan", "role": "commercial director", "country": "TR"}
SINCLAIR = {
    "speaker": "Ewan Sinclair",
    "role": "councillor",
    "country": "GB",
    "org": "Argyll and Bute Council",
}
LAMONT = {"speaker": "Mairi Lamont", "role": "organiser", "country": "GB", "org": "RMT"}
SOLBERG = {"speaker": "Henrik Solberg", "role": "photographer", "country": "NO"}
BEATON = {"speaker": "Donald Beaton", "role": "crofter", "country": "GB"}
HIE = {
    "speaker": "Highlands and Islands Enterprise",
    "country": "GB",
    "org": "Highlands and Islands Enterprise",
}

MULL_Q = [
    # the headline's `'left stranded'` has no verb of saying: none
    q(
        "they are facing their worst winter in a decade after the ferry operator confirmed it "
        "will cut the Oban to Craignure service to five return sailings a day from November",
        None,
        "indirect",
        "say",
        "Businesses on Mull",
        country="GB",
    ),
    p(
        "the change was needed because two of its older vessels would be out of service for "
        "repairs at the same time",
        CALMAC,
        "indirect",
        "told",
        "CalMac",
    ),
    p(
        "she had already taken three cancellations from coach parties since the timetable was "
        "published",
        GALBRAITH,
        "indirect",
        "said",
        "Fiona Galbraith, who runs a 12-bedroom hotel in Tobermory",
    ),
    p(
        "People think of Mull as a summer island, but we live here all year. If the last boat "
        "leaves Oban at half past five, no tour operator will book us.",
        GALBRAITH,
        "direct",
        "said",
        "She",
    ),
    p(
        "hauliers were being asked to book deck space three weeks in advance",
        MACPHAIL,
        "indirect",
        "told",
        "Alasdair MacPhail, who chairs the Mull and Iona Community Trust",
    ),
    p(
        "A lorry of feed for the fish farms at Fishnish cannot wait three weeks,",
        MACPHAIL,
        "direct",
        "said",
        "he",
    ),
    p("That is not a timetable, it is a lottery.", MACPHAIL, "direct", "said", "he"),
    p(
        "the company understood the frustration but could not sail vessels that had failed their "
        "inspections",
        DUNLOP,
        "indirect",
        "said",
        "CalMac's director of operations, Graham Dunlop",
    ),
    p(
        "the operator would charter a smaller vessel for freight on Tuesdays and Thursdays if one "
        "could be found",
        DUNLOP,
        "indirect",
        "added",
        "Mr Dunlop",
    ),
    p(
        "she would raise the cuts with the transport secretary at Holyrood this week",
        MUNRO,
        "indirect",
        "said",
        "The local MSP, Catriona Munro",
    ),
    p(
        "Islanders have been patient for years while the new ferries were late and over budget. "
        "They are entitled to a plan, not another apology.",
        MUNRO,
        "direct",
        "said",
        "She",
    ),
    p(
        "£4.2 million had been set aside this year for the resilience of the fleet and that two "
        "new vessels for the Clyde and Hebrides network would enter service by 2027",
        TRANSPORT_SCOTLAND,
        "indirect",
        "said",
        "Transport Scotland",
    ),
    p("more than once", MUNRO, "partial", "said", "Ms Munro"),
    p(
        "the first hull had been launched on schedule",
        ARSLAN,
        "indirect",
        "said",
        "Kemal Arslan, the yard's commercial director",
    ),
    p(
        "We are building these ships to the date in our contract and the owners have seen every "
        "stage,",
        ARSLAN,
        "direct",
        "told",
        "Mr Arslan",
    ),
    p(
        "the council would ask to be consulted before any further changes",
        SINCLAIR,
        "indirect",
        "said",
        "Cllr Ewan Sinclair, who represents Oban South and the Isles on Argyll and Bute Council",
    ),
    p(
        "the cuts would also hit pupils who travel from Mull to Oban High School on Monday "
        "mornings",
        SINCLAIR,
        "indirect",
        "warned",
        "He",
    ),
    p(
        "We have children sleeping in the hostel in Oban from Sunday night because the first "
        "boat no longer gets them to registration on time,",
        SINCLAIR,
        "direct",
        "said",
        "Cllr Sinclair",
    ),
    p(
        "staff shortages rather than old ships were the real cause",
        LAMONT,
        "indirect",
        "said",
        "Mairi Lamont, an RMT organiser who represents ferry crews on the west coast",
    ),
    p(
        "Crews have been working 12-hour shifts for weeks. You cannot run a lifeline service on "
        "goodwill,",
        LAMONT,
        "direct",
        "said",
        "she",
    ),
    p(
        "he was considering moving them to the Lofoten Islands",
        SOLBERG,
        "indirect",
        "said",
        "Henrik Solberg, a Norwegian photographer who has led winter workshops on the island for "
        "nine years",
    ),
    p(
        "In Norway the ferry to a small island is like a bus. Here I must plan my whole week "
        "around one boat,",
        SOLBERG,
        "direct",
        "said",
        "he",
    ),
    p(
        "the island should have been offered a second route through Lochaline years ago",
        BEATON,
        "indirect",
        "said",
        "Craignure crofter Donald Beaton",
    ),
    # `said A but that B`: one statement (r28b's `said A and that B`)
    p(
        "the Lochaline slipway could not take the larger vessels but that the company would look "
        "at the idea again in the spring",
        DUNLOP,
        "indirect",
        "said",
        "Mr Dunlop",
    ),
    p(
        "it was aware of the concerns of island businesses and would meet the trust later this "
        "month",
        HIE,
        "indirect",
        "said",
        "Highlands and Islands Enterprise",
    ),
    p(
        "she had written to her bank about extending her loan until Easter",
        GALBRAITH,
        "indirect",
        "said",
        "Ms Galbraith",
    ),
    p(
        "I have staff with mortgages on this island. I will not be the one to tell them there is "
        "no work,",
        GALBRAITH,
        "direct",
        "said",
        "she",
    ),
]

# --- Ijebu-Itele and a quarry's blasting (Nigerian daily, Punch-style state desk: no
# dateline, a byline, `Ogun State House of Assembly`, `Local Government Area`, `Hon.`,
# `Chief`, `Comrade`, sums as `N850,000` / `N12m`, `told our correspondent`, `He said, "…"`,
# `Reacting,`, `According to her,`): NG for the community, the firm's local subsidiary, the
# state's officials and the union; the Chinese parent's spokesperson (CN, `the parent
# company in Changsha`) and a Johannesburg blasting consultant (ZA, written at his second
# mention) keep their own ---------------------------------------------------------------------
BAKARE = {"speaker": "Olatunde Bakare", "role": "community leader", "country": "NG"}
ODUKOYA = {"speaker": "Folasade Odukoya", "role": "trader", "country": "NG"}
GREENROCK = "Greenrock Aggregates Limited"
OYEWOLE = {
    "speaker": "Tunde Oyewole",
    "role": "community relations manager",
    "country": "NG",
    "org": GREENROCK,
}
# the parent company is unnamed: no organisation
LIU = {"speaker": "Liu Fang", "role": "spokesperson", "country": "CN"}
SANNI = {
    "speaker": "Adewale Sanni",
    "role": "lawmaker",
    "country": "NG",
    "org": "Ogun State House of Assembly",
}
OGUNLEYE = {"speaker": "Bolanle Ogunleye", "role": "Commissioner for Environment", "country": "NG"}
ADEBOWALE = {
    "speaker": "Emmanuel Adebowale",
    "role": "chairman",
    "country": "NG",
    "org": "Nigeria Labour Congress",
}
# `An independent blasting expert`: `independent` is a description word (decision 9)
VAN_WYK = {"speaker": "Pieter van Wyk", "role": "blasting expert", "country": "ZA"}
ALABI = {
    "speaker": "Ganiyu Alabi",
    "role": "head teacher",
    "country": "NG",
    "org": "St. Peter's Anglican Primary School",
}
OGUNBIYI = {"speaker": "Segun Ogunbiyi", "role": "youth leader", "country": "NG"}
# `Special Adviser to the Governor on Mineral Resources`: the head title (doubtful)
ADEKUNLE = {"speaker": "Rasheed Adekunle", "role": "Special Adviser", "country": "NG"}

RESIDENTS_SRC = "Residents of Ijebu-Itele in the Ijebu East Local Government Area of Ogun State"

OGUN_Q = [
    # the headline's `cries out` has no content: none
    q("to shut down a granite quarry", None, "indirect", "called on", RESIDENTS_SRC, country="NG"),
    q(
        "its blasting has cracked more than 60 houses and a primary school in the community",
        None,
        "indirect",
        "saying",
        RESIDENTS_SRC,
        country="NG",
    ),
    q(
        "the explosions had grown more frequent since the company began night operations in August",
        None,
        "indirect",
        "said",
        "The residents, who protested at the entrance of the quarry on Tuesday",
        country="NG",
    ),
    p(
        "the walls of his own house had split from the roof to the floor",
        BAKARE,
        "indirect",
        "told",
        "The community leader, Chief Olatunde Bakare",
    ),
    p(
        "We are not against development. But how can a company blast rocks at midnight while our "
        "children are sleeping? Nobody consulted the community before they started.",
        BAKARE,
        "direct",
        "said",
        "He",
    ),
    p(
        "she had spent N850,000 to repair her shop but the cracks reopened within two months",
        ODUKOYA,
        "indirect",
        "said",
        "A trader, Mrs Folasade Odukoya",
    ),
    p(
        "Where will I get another N850,000? I sell pepper and tomatoes,",
        ODUKOYA,
        "direct",
        "said",
        "she",
    ),
    p(
        "the firm had complied with all the conditions of its licence and used only approved "
        "quantities of explosives",
        OYEWOLE,
        "indirect",
        "said",
        "The company's community relations manager, Mr Tunde Oyewole",
    ),
    p(
        "the company had paid N12m into a community development fund and employed 45 youths "
        "from the area",
        OYEWOLE,
        "indirect",
        "added",
        "He",
    ),
    p(
        "it would send engineers from China to review the blasting schedule",
        LIU,
        "indirect",
        "said",
        "a spokesperson for the parent company in Changsha, Ms Liu Fang",
    ),
    p(
        "We take the concerns of the community very seriously and have asked our local team to "
        "suspend night blasting until the review is finished,",
        LIU,
        "direct",
        "said",
        "Liu",
    ),
    p(
        "he would move a motion on the matter when the House resumed plenary next week",
        SANNI,
        "indirect",
        "said",
        "The lawmaker representing Ijebu East in the Ogun State House of Assembly, Hon. Adewale "
        "Sanni",
    ),
    p(
        "The Ministry of Environment must tell us who approved night blasting near a primary "
        "school. Our people deserve answers.",
        SANNI,
        "direct",
        "said",
        "Sanni",
    ),
    p(
        "a team from the ministry had visited the site and taken samples",
        OGUNLEYE,
        "indirect",
        "said",
        "the state Commissioner for Environment, Mrs Bolanle Ogunleye",
    ),
    p(
        "the ministry will not hesitate to revoke the company's permit if it is found to have "
        "breached the state's environmental laws",
        OGUNLEYE,
        "indirect",
        "According to",
        "her",
    ),
    p(
        "mining licences were issued by the federal government and that the state could only "
        "regulate the environmental effects of quarrying",
        OGUNLEYE,
        "indirect",
        "noted",
        "She",
    ),
    p(
        "not to close the quarry without protecting the jobs of its workers",
        ADEBOWALE,
        "indirect",
        "urged",
        "The Ogun State chairman of the Nigeria Labour Congress, Comrade Emmanuel Adebowale",
    ),
    p(
        "Shutting the quarry is not the solution. More than 200 families depend on it. Let "
        "government enforce the rules and let the workers keep their jobs,",
        ADEBOWALE,
        "direct",
        "said",
        "he",
    ),
    p(
        "the charges appeared to be larger than necessary for the type of rock",
        VAN_WYK,
        "indirect",
        "said",
        "An independent blasting expert, Dr Pieter van Wyk, who reviewed a video of one of the "
        "blasts for the company",
    ),
    p(
        "vibration monitors should be installed in the nearest homes",
        VAN_WYK,
        "indirect",
        "said",
        "Van Wyk, who runs a blasting consultancy in Johannesburg, South Africa",
    ),
    p(
        "In South Africa, no mine would be allowed to blast this close to a school without "
        "monitors,",
        VAN_WYK,
        "direct",
        "said",
        "he",
    ),
    p(
        "pupils had been moved out of two classrooms whose ceilings had started to sag",
        ALABI,
        "indirect",
        "said",
        "The head teacher of St. Peter's Anglican Primary School, Mr Ganiyu Alabi",
    ),
    p(
        "the school had written to the Ogun State Universal Basic Education Board but had yet to "
        "receive a reply",
        ALABI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the youths would block the road to the quarry if nothing was done within two weeks",
        OGUNBIYI,
        "indirect",
        "warned",
        "A youth leader in the community, Mr Segun Ogunbiyi",
    ),
    p(
        "the governor had directed the ministry to submit its report by Friday",
        ADEKUNLE,
        "indirect",
        "said",
        "the Special Adviser to the Governor on Mineral Resources, Mr Rasheed Adekunle",
    ),
    p(
        "The governor has said clearly that no investment is worth the lives of our people,",
        ADEKUNLE,
        "direct",
        "said",
        "Adekunle",
    ),
]

# --- Hearst's sawmill closes (Northern Ontario regional daily: headline, a deck, an
# upper-case byline with `Northern Bureau`, no dateline, `MPP`, `Queen's Park`, `question
# period`, `the Premier`, `Crown timber`, a First Nation, `$900,000`, `per cent`, Ontario
# named as a province, Canada and the United States named in the duties row): CA for the
# town's voices, the province's minister and MPP, the union local, a Vancouver analyst
# and Ontario Health North; the Portland, Ore.-based owner and its officer (US) and the
# U.S. Lumber Coalition and its spokesperson (US) keep their own --------------------------------
TIMBERLINE = "Timberline Forest Products"
# the company's seat after its name (`the Portland, Ore.-based company`) is its country
TIMBERLINE_BODY = {"speaker": TIMBERLINE, "country": "US", "org": TIMBERLINE}
WHITAKER = {
    "speaker": "Dana Whitaker",
    "role": "vice-president of Canadian operations",
    "country": "US",
    "org": TIMBERLINE,
}
LAFRENIERE = {"speaker": "Roger Lafrenière", "role": "Mayor", "country": "CA"}
BELANGER = {
    "speaker": "Guy Bélanger",
    "role": "president",
    "country": "CA",
    "org": "Unifor Local 2693",
}
# `the NDP's critic for northern development` at the second mention: a party, no organisation
# (r28c's `The Labour MP for …`)
DAIGNEAULT = {"speaker": "Marc Daigneault", "role": "MPP", "country": "CA"}
SORENSEN = {"speaker": "Kevin Sorensen", "role": "Natural Resources Minister", "country": "CA"}
SUTHERLAND = {
    "speaker": "Donna Sutherland",
    "role": "chief",
    "country": "CA",
    "org": "Constance Lake First Nation",
}
COALITION = "U.S. Lumber Coalition"
COALITION_BODY = {"speaker": COALITION, "country": "US", "org": COALITION}
HOLLIS = {"speaker": "Brett Hollis", "role": "spokesperson", "country": "US", "org": COALITION}
CHEUNG = {
    "speaker": "Natalie Cheung",
    "role": "lumber analyst",
    "country": "CA",
    "org": "Raymond James",
}
PROULX = {"speaker": "Gilles Proulx", "role": "retired millwright", "country": "CA"}
GAGNON = {
    "speaker": "Sylvie Gagnon",
    "role": "executive director",
    "country": "CA",
    "org": "Hearst Economic Development Corporation",
}
OHN = {"speaker": "Ontario Health North", "country": "CA", "org": "Ontario Health North"}

HEARST_Q = [
    # the headline and the deck (`MPP to press province for help`): none (decision 11)
    p(
        "it could no longer make money on the site",
        TIMBERLINE_BODY,
        "indirect",
        "told",
        "Timberline Forest Products, which bought the mill in 2019",
    ),
    p(
        "high log costs, weak lumber prices and duties of more than 30 per cent on softwood "
        "lumber shipped to the United States had made the mill unprofitable",
        TIMBERLINE_BODY,
        "indirect",
        "said",
        "the Portland, Ore.-based company",
    ),
    p(
        "This was a very difficult decision and it is not a reflection on the people of Hearst, "
        "who have run this mill safely and well,",
        WHITAKER,
        "direct",
        "said",
        "Dana Whitaker, the company's vice-president of Canadian operations",
    ),
    p(
        "council would hold an emergency meeting Thursday night",
        LAFRENIERE,
        "indirect",
        "said",
        "Mayor Roger Lafrenière",
    ),
    p(
        "Every family in this town has someone who works at the mill, or drives logs to it, or "
        "feeds the people who do,",
        LAFRENIERE,
        "direct",
        "said",
        "Lafrenière",
    ),
    p(
        "We are not going to let this town die quietly.",
        LAFRENIERE,
        "direct",
        "said",
        "Lafrenière",
    ),
    p(
        "the municipality stands to lose nearly $900,000 a year in property taxes, about "
        "one-eighth of its budget",
        LAFRENIERE,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the union learned of the closure only an hour before the employees did",
        BELANGER,
        "indirect",
        "said",
        "Guy Bélanger, president of Unifor Local 2693, which represents the mill's hourly workers",
    ),
    p(
        "They flew in from Oregon, read a statement and flew out. Our members deserve better "
        "than that,",
        BELANGER,
        "direct",
        "said",
        "Bélanger",
    ),
    p(
        "the union would fight for severance above the minimum the Employment Standards Act "
        "requires and for pension protection for the 70 workers over 55",
        BELANGER,
        "indirect",
        "said",
        "He",
    ),
    p(
        "he would raise the closure in question period at Queen's Park on Monday",
        DAIGNEAULT,
        "indirect",
        "said",
        "Mushkegowuk-James Bay MPP Marc Daigneault",
    ),
    p(
        "The Premier likes to talk about the Ring of Fire. Meanwhile the mills that have fed "
        "northern families for generations are closing one by one,",
        DAIGNEAULT,
        "direct",
        "said",
        "Daigneault, the NDP's critic for northern development",
    ),
    p(
        "the province had offered the company help with its wood supply and would now work to "
        "find a new operator for the licence",
        SORENSEN,
        "indirect",
        "said",
        "Natural Resources Minister Kevin Sorensen",
    ),
    p(
        "The Crown timber around Hearst doesn't go away. We want that fibre processed in the "
        "north by northern workers,",
        SORENSEN,
        "direct",
        "said",
        "Sorensen",
    ),
    p(
        "officials from his ministry would be in Hearst next week",
        SORENSEN,
        "indirect",
        "said",
        "The minister",
    ),
    # the chief is named in the next paragraph's `said Chief Donna Sutherland`
    p(
        "the community had not been told in advance either",
        SUTHERLAND,
        "indirect",
        "said",
        "The chief of Constance Lake First Nation, whose members hold about 30 jobs at the mill "
        "and in the bush",
    ),
    p(
        "We have a sustainable forest licence agreement with this company. Treaty partners "
        "should not hear about a closure on Facebook,",
        SUTHERLAND,
        "direct",
        "said",
        "Chief Donna Sutherland",
    ),
    p(
        "Canadian provincial governments were still selling timber at below-market prices",
        COALITION_BODY,
        "indirect",
        "said",
        "the U.S. Lumber Coalition, which has pressed for the duties for years",
    ),
    p(
        "These duties simply offset unfair subsidies. Closures in Canada are the result of "
        "decisions made in Canada,",
        HOLLIS,
        "direct",
        "said",
        "the coalition's spokesperson, Brett Hollis",
    ),
    p(
        "Ontario mills were hit harder than British Columbia's because they rely more on the "
        "U.S. market",
        CHEUNG,
        "indirect",
        "said",
        "Lumber analyst Natalie Cheung of Raymond James in Vancouver",
    ),
    p(
        "A mill that ships 90 per cent of its lumber south has no cushion,",
        CHEUNG,
        "direct",
        "said",
        "she",
    ),
    p(
        "he had started at the mill when he was 17",
        PROULX,
        "indirect",
        "said",
        "retired millwright Gilles Proulx, 68",
    ),
    p(
        "My father worked there, my son works there. I don't know what my grandson will do,",
        PROULX,
        "direct",
        "said",
        "Proulx",
    ),
    p(
        "the closure could also hurt the hospital's efforts to recruit nurses and doctors",
        GAGNON,
        "indirect",
        "said",
        "Sylvie Gagnon, executive director of the Hearst Economic Development Corporation",
    ),
    p(
        "People want to know there will be a job for their spouse before they move to a "
        "northern town,",
        GAGNON,
        "direct",
        "said",
        "she",
    ),
    p(
        "services at the Hôpital Notre-Dame would not be affected",
        OHN,
        "indirect",
        "said",
        "Ontario Health North",
    ),
    p(
        "the company would keep a small crew at the mill until the spring to sell the remaining "
        "inventory",
        WHITAKER,
        "indirect",
        "said",
        "Whitaker",
    ),
]

DOCS = [
    ("probe-r31b-mull-ferry-cuts", None, MULL_Q),
    ("probe-r31b-ogun-quarry-blasting", None, OGUN_Q),
    ("probe-r31b-hearst-mill-closure", None, HEARST_Q),
]


def main():
    write_gold(
        HERE,
        "probes_r31b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r31b",
        source="quotesdb round-31 training probe B (written for error finding)",
    )


if __name__ == "__main__":
    main()
