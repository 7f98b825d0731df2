"""Build heldout8_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 and bench/heldout5 (see their READMEs,
bench/heldout7/README.md and bench/heldout8/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout8/make_gold.py   # writes bench/heldout8/heldout8_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

DEM = "Democratic Party"
GOP = "Republican Party"

# --- a state budget impasse (Pennsylvania, straight "double quotes") ------------------
COAP = "County Officials Association of Pennsylvania"
PABST = {"speaker": "Lorraine Pabst", "role": "commissioner", "country": "US", "org": COAP}
DELAHUNT = {"speaker": "Martin Delahunt", "role": "Governor", "country": "US", "org": DEM}
BRUBAKER = {
    "speaker": "Carl Brubaker",
    "role": "Senate Majority Leader",
    "country": "US",
    "org": GOP,
}
IFO = "Independent Fiscal Office"
SORENSEN = {"speaker": "Anita Sorensen", "role": "budget secretary", "country": "US"}
NGATA = {"speaker": "Trevor Ngata", "role": "spokesman", "country": "US"}
TULLY = {"speaker": "Evelyn Tully", "country": "US"}
PABST_LEDE = "the head of a statewide association of county officials"
PABST_SRC = (
    "Lorraine Pabst, an Ashby County commissioner who leads the County Officials "
    "Association of Pennsylvania"
)

BUDGET_Q = [
    p(
        "We have done everything the state asked of us, and the state has sent us nothing,",
        PABST,
        "direct",
        "said",
        PABST_LEDE,
    ),
    p(
        "her county would furlough 140 workers on Oct. 1 unless lawmakers sent at least part "
        "of the $1.9 million it is owed for child welfare and mental health services",
        PABST,
        "indirect",
        "told reporters",
        PABST_SRC,
    ),
    p(
        "he had offered to cut his proposed increase in transit funding by a third",
        DELAHUNT,
        "indirect",
        "said",
        "Delahunt",
    ),
    p("not moved an inch", DELAHUNT, "partial", "said", "Delahunt"),
    p(
        "I have put a real compromise on the table. What exactly are they waiting for?",
        DELAHUNT,
        "direct",
        "said",
        "he",
    ),
    p(
        "Another month of counties borrowing money to keep the lights on?",
        DELAHUNT,
        "direct",
        "said",
        "he",
    ),
    p(
        "his caucus was stalling",
        BRUBAKER,
        "indirect",
        "denied",
        "Senate Majority Leader Carl Brubaker (R)",
    ),
    p(
        "the governor's offer still spent more than the state would collect in taxes this "
        "year and would empty the state's reserves within two years",
        BRUBAKER,
        "indirect",
        "said",
        "He",
    ),
    p(
        "You can't call it a compromise when you're still spending money we don't have,",
        BRUBAKER,
        "direct",
        "said in an interview",
        "Brubaker",
    ),
    p(
        "The governor keeps saying we haven't moved. We have moved. We moved to a number we "
        "can actually pay for.",
        BRUBAKER,
        "direct",
        "said in an interview",
        "Brubaker",
    ),
    q(
        "Revenue will fall about $900 million short of spending this year under current law",
        IFO,
        "indirect",
        "according to",
        "the state's Independent Fiscal Office",
        country="US",
    ),
    q(
        "the two sides had come close to a deal on Sept. 12, before the governor's office "
        "rejected a Senate proposal to tie the transit money to an outside audit of the "
        "Southeastern Pennsylvania Transportation Authority",
        None,
        "indirect",
        "said",
        "Two people familiar with the negotiations",
        country="US",
    ),
    p(
        "not how I remember it.",
        SORENSEN,
        "partial",
        "said",
        "The governor's budget secretary, Anita Sorensen",
    ),
    p(
        "the administration had agreed to the audit and had objected only to a provision that "
        "would have let the Senate withhold the money if it disliked the findings",
        SORENSEN,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Ashby County had already borrowed $3 million against next year's tax revenue to keep "
        "its children and youth agency open",
        PABST,
        "indirect",
        "said",
        "Pabst",
    ),
    p(
        "We are paying interest so that Harrisburg can keep arguing,",
        PABST,
        "direct",
        "said",
        "she",
    ),
    p("People call this a game of chicken,", PABST, "direct", "added", "she"),
    p(
        "It's a game of chicken with a school bus parked in the middle of the road.",
        PABST,
        "direct",
        "added",
        "she",
    ),
    q(
        "they would eliminate 40 bus routes in January if no new state money arrived by "
        "Thanksgiving",
        None,
        "indirect",
        "warned",
        "Transit officials in Pittsburgh",
        country="US",
    ),
    p(
        "anything that gets the counties paid without locking in the governor's spending.",
        BRUBAKER,
        "partial",
        "said",
        "Brubacher",
    ),
    p(
        "the Senate could vote on such a bill as early as next week",
        BRUBAKER,
        "indirect",
        "said",
        "He",
    ),
    p(
        "Delahunt would veto any stopgap bill that left out transit",
        NGATA,
        "indirect",
        "said in a statement",
        "A spokesman for the governor, Trevor Ngata",
    ),
    p(
        "a budget for half the state.",
        NGATA,
        "partial",
        "calling",
        "A spokesman for the governor, Trevor Ngata",
    ),
    p(
        "the governor would stay in Harrisburg until a full budget was signed",
        NGATA,
        "indirect",
        "said",
        "Ngata",
    ),
    p(
        "My bus is the only way I get to dialysis three times a week,",
        TULLY,
        "direct",
        "said",
        "Evelyn Tully, 68, who rode a chartered coach from the city's Hill District",
    ),
    p(
        "I don't care who wins. I care whether the bus comes.",
        TULLY,
        "direct",
        "said",
        "Evelyn Tully, 68, who rode a chartered coach from the city's Hill District",
    ),
    q(
        "they planned to return every Monday until a budget passed",
        None,
        "indirect",
        "said",
        "Several of the protesters",
        country="US",
    ),
]

# --- provincial election night (Saskatchewan, curly “double quotes”) ------------------
NDP = "New Democratic Party"
SKP = "Saskatchewan Party"
KOWALCHUK = {"speaker": "Marisa Kowalchuk", "role": "leader", "country": "CA", "org": NDP}
HUBE = {"speaker": "Darrell Hube", "role": "Premier", "country": "CA", "org": SKP}
VANDERMEER = {
    "speaker": "Brielle Vandermeer",
    "role": "spokeswoman",
    "country": "CA",
    "org": SKP,
}
TACHIE = {"speaker": "Owen Tachie", "role": "campaign spokesman", "country": "CA", "org": NDP}
BHARDWAJ = {
    "speaker": "Anil Bhardwaj",
    "role": "political scientist",
    "country": "CA",
    "org": "University of Regina",
}
FORTIER = {"speaker": "Élise Fortier", "role": "Finance Minister", "country": "CA"}
OKEMASIS = {"speaker": "Dwayne Okemasis", "role": "welder", "country": "CA"}
NTNC = "Northern Treaty Nations Council"
CARDINAL = {
    "speaker": "Raymond Cardinal-Ahenakew",
    "role": "chief",
    "country": "CA",
    "org": NTNC,
}
ELECTIONS_SK = "Elections Saskatchewan"
KOWALCHUK_SRC = (
    "NDP leader Marisa Kowalchuk, a former emergency-room nurse whom supporters call “Nurse Mar,”"
)
SKP_OFFICIALS = (
    "Two senior Saskatchewan Party officials, who spoke on condition of anonymity to "
    "discuss internal matters"
)
BHARDWAJ_SRC = "Anil Bhardwaj, a political scientist at the University of Regina"

ELECTION_Q = [
    p(
        "a message about the hospital down the road, not about ideology.",
        KOWALCHUK,
        "partial",
        "told",
        KOWALCHUK_SRC,
    ),
    p(
        "People didn’t vote for a party tonight. They voted for an ambulance that shows up,",
        KOWALCHUK,
        "direct",
        "said",
        "she",
    ),
    p(
        "We heard them, and we start work on Tuesday morning.",
        KOWALCHUK,
        "direct",
        "said",
        "she",
    ),
    q(
        "The NDP had won or was leading in 34 of the legislature’s 61 seats, three more than "
        "needed for a majority",
        ELECTIONS_SK,
        "indirect",
        "according to",
        "Elections Saskatchewan",
        country="CA",
    ),
    q(
        "Turnout was about 57%, up four points from the last election",
        ELECTIONS_SK,
        "indirect",
        "said",
        "the agency",
        country="CA",
    ),
    p(
        "We carried this province through a drought, a pandemic and two recessions, and I am "
        "proud of every day of it. Tonight people chose someone else, and that is their right.",
        HUBE,
        "direct",
        "told supporters",
        "he",
    ),
    p(
        "he would stay on as party leader until a successor was chosen, and that he had "
        "called Kowalchuk to congratulate her",
        HUBE,
        "indirect",
        "said",
        "He",
    ),
    q(
        "every part",
        SKP,
        "partial",
        "said in a statement",
        "The Saskatchewan Party",
        country="CA",
    ),
    p(
        "the party had been outspent by unions in the final week",
        VANDERMEER,
        "indirect",
        "said",
        "Its spokeswoman, Brielle Vandermeer",
    ),
    p(
        "worse than anything we saw in our numbers.",
        VANDERMEER,
        "partial",
        "acknowledged",
        "she",
    ),
    q(
        "the party’s own polling had shown it trailing in Saskatoon since early September",
        None,
        "indirect",
        "said",
        SKP_OFFICIALS,
        country="CA",
        org=SKP,
    ),
    q(
        "several candidates had asked the premier’s office for more money for hospital ads "
        "and had been turned down",
        None,
        "indirect",
        "said",
        "One",
        country="CA",
        org=SKP,
    ),
    p("a wish list with a nurse’s cap on it.", HUBE, "partial", "had called", "Hube"),
    p(
        "The party had been outspent by about 2 to 1 in advertising over the campaign",
        TACHIE,
        "indirect",
        "said",
        "he",
    ),
    p(
        "its volunteers had knocked on more than 400,000 doors",
        TACHIE,
        "indirect",
        "said",
        "he",
    ),
    p(
        "They can blame the unions, they can blame the weather,",
        TACHIE,
        "direct",
        "said",
        "Tachie",
    ),
    p(
        "They lost because people waited 11 hours in an emergency room and nobody in that "
        "government seemed to care.",
        TACHIE,
        "direct",
        "said",
        "Tachie",
    ),
    p("lost the cities and kept the fields,", BHARDWAJ, "partial", "said", BHARDWAJ_SRC),
    p(
        "rural seats alone could no longer deliver a majority in the province",
        BHARDWAJ,
        "indirect",
        "said",
        BHARDWAJ_SRC,
    ),
    p("The map tonight looks like two different provinces,", BHARDWAJ, "direct", "said", "he"),
    p(
        "Whoever governs has to find a way to talk to both of them, or the next election will "
        "look exactly like this one.",
        BHARDWAJ,
        "direct",
        "said",
        "he",
    ),
    p(
        "work with whoever Saskatchewan elects",
        FORTIER,
        "partial",
        "told reporters",
        "Canadian Finance Minister Élise Fortier",
    ),
    p(
        "Ottawa had held up the deal to help the NDP",
        FORTIER,
        "indirect",
        "denied",
        "She",
    ),
    q(
        "she had spoken to Kowalchuck by phone",
        None,
        "indirect",
        "said",
        "A spokesman for Fortier",
        country="CA",
    ),
    q(
        "health care had decided their ballots",
        None,
        "indirect",
        "said",
        "Voters interviewed outside polling stations in Saskatoon",
        country="CA",
    ),
    p(
        "My mother sat in a hallway for two days at Royal University Hospital,",
        OKEMASIS,
        "direct",
        "said",
        "Dwayne Okemasis, 44, a welder",
    ),
    p(
        "I voted for the Saskatchewan Party three times. Not this time.",
        OKEMASIS,
        "direct",
        "said",
        "Dwayne Okemasis, 44, a welder",
    ),
    p(
        "she would name her cabinet within two weeks and recall the legislature before Christmas",
        KOWALCHUK,
        "indirect",
        "said",
        "Kowalchuck",
    ),
    p(
        "her government would not raise taxes on anyone earning less than $150,000 a year",
        KOWALCHUK,
        "indirect",
        "said",
        "she",
    ),
    q(
        "it expected a seat at the table on health spending",
        NTNC,
        "indirect",
        "said",
        "The Northern Treaty Nations Council, which represents 21 First Nations in the "
        "province’s north",
        country="CA",
    ),
    p(
        "left out of every promise made in this campaign.",
        CARDINAL,
        "partial",
        "warned",
        "Its chief, Raymond Cardinal-Ahenakew",
    ),
]

# --- a utility's wildfire plan after power shutoffs (Colorado, curly “double quotes”) --
CRESTLINE = "Crestline Electric"
OSTERGAARD = {
    "speaker": "Graham Ostergaard",
    "role": "chief executive",
    "country": "US",
    "org": CRESTLINE,
}
IPCC = "Intergovernmental Panel on Climate Change"
SALCEDO = {"speaker": "Marguerite Salcedo", "country": "US"}
FARRADAY = {
    "speaker": "Cynthia Farraday",
    "role": "director",
    "country": "US",
    "org": "Office of the Utility Consumer Advocate",
}
BLOMQUIST = {
    "speaker": "Eric Blomquist",
    "role": "chairman",
    "country": "US",
    "org": "Colorado Public Utilities Commission",
}
BECERRA = {
    "speaker": "Tomas Becerra",
    "role": "Chief",
    "country": "US",
    "org": "Pine Hollow Fire Protection District",
}
LIEBOWITZ = {
    "speaker": "Hannah Liebowitz",
    "role": "spokeswoman",
    "country": "US",
    "org": CRESTLINE,
}
OSTERGAARD_SRC = "Crestline’s chief executive, Graham Ostergaard"
SALCEDO_SRC = "Marguerite Salcedo, 79, who uses an oxygen concentrator"
FARRADAY_SRC = "Cynthia Farraday, director of the state’s Office of the Utility Consumer Advocate"
BECERRA_SRC = "Pine Hollow Fire Protection District Chief Tomas Becerra"

UTILITY_Q = [
    q(
        "the money would pay to bury 400 miles of power lines in the foothills west of "
        "Boulder and Fort Collins, install weather stations and cameras, and hire crews to "
        "clear trees from around its equipment",
        CRESTLINE,
        "indirect",
        "said in a filing",
        "The company",
        country="US",
    ),
    p(
        "Every one of those shutoffs was a decision to make people’s lives harder in order to "
        "keep them alive,",
        OSTERGAARD,
        "direct",
        "said",
        OSTERGAARD_SRC,
    ),
    p(
        "I would make the same decision tomorrow. But I don’t want to be making it every "
        "October for the next ten years.",
        OSTERGAARD,
        "direct",
        "said",
        OSTERGAARD_SRC,
    ),
    p(
        "crews had found wind damage on 27 of the company’s lines after the storm, and that "
        "the plan would cut the number of customers affected by future shutoffs by about 60%",
        OSTERGAARD,
        "indirect",
        "said",
        "He",
    ),
    q(
        "Fire seasons in the western United States have grown longer as the climate has warmed",
        IPCC,
        "indirect",
        "according to",
        "the U.N.’s Intergovernmental Panel on Climate Change",
        org=IPCC,
    ),
    q(
        "the company had given them less than six hours’ warning",
        None,
        "indirect",
        "said",
        "Residents of Pine Hollow, a mountain town of about 2,000 people where the power was "
        "out for 92 hours",
        country="US",
    ),
    p(
        "she had spent two nights in her car with the engine running to keep the machine charged",
        SALCEDO,
        "indirect",
        "said",
        SALCEDO_SRC,
    ),
    p(
        "I called the number they gave us and a recording told me to go to a shelter in Loveland,",
        SALCEDO,
        "direct",
        "said",
        "she",
    ),
    p("How exactly was I supposed to get to Loveland?", SALCEDO, "direct", "said", "she"),
    q("deeply regrets", CRESTLINE, "partial", "said", "the company", country="US"),
    q(
        "it would reimburse customers up to $500 for spoiled food and medical costs",
        CRESTLINE,
        "indirect",
        "said",
        "the company",
        country="US",
    ),
    q(
        "the plan asks customers to pay for work the company should have done years ago",
        None,
        "indirect",
        "say",
        "Critics",
        country="US",
    ),
    p(
        "Customers are being asked to pay twice: once in the dark, and again on their bills.",
        FARRADAY,
        "direct",
        "said in written comments",
        FARRADAY_SRC,
    ),
    p(
        "Nobody disputes that some of these lines have to go underground. The question is why "
        "shareholders, who have earned a healthy return on this equipment for decades, should "
        "not pay a share of the cost of making it safe.",
        FARRADAY,
        "direct",
        "said in written comments",
        FARRADAY_SRC,
    ),
    p(
        "Her office will ask the commission to cut the request by at least a third",
        FARRADAY,
        "indirect",
        "said",
        "she",
    ),
    p(
        "the panel would hold public hearings in Boulder, Fort Collins and Estes Park before "
        "voting, probably in April",
        BLOMQUIST,
        "indirect",
        "said",
        "The commission’s chairman, Eric Blomquist",
    ),
    p(
        "We are not going to approve a number just because it has the word ‘wildfire’ in "
        "front of it,",
        BLOMQUIST,
        "direct",
        "added",
        "he",
    ),
    p(
        "Every mile of that line is going to have to justify itself.",
        BLOMQUIST,
        "direct",
        "added",
        "he",
    ),
    p(
        "the shutoff had probably prevented a fire on the night of the storm, when a line came "
        "down in dry grass less than a mile from the town’s school",
        BECERRA,
        "indirect",
        "said",
        BECERRA_SRC,
    ),
    p(
        "the outage had also knocked out the pumps that fill the town’s water tanks, and that "
        "his crews would have had about half the water they needed had a fire started",
        BECERRA,
        "indirect",
        "warned",
        "he",
    ),
    p("So I’m grateful, and I’m also scared,", BECERRA, "direct", "said", "Becerra"),
    p("Both of those things are true.", BECERRA, "direct", "said", "Becerra"),
    q(
        "the company had known for at least five years that the Pine Hollow line was among "
        "its riskiest, but had put off replacing it to hold down costs",
        None,
        "indirect",
        "said",
        "A Crestline engineer who was not authorized to speak publicly",
        country="US",
        org=CRESTLINE,
    ),
    p(
        "Crestline had spent more than $300 million on wildfire safety since 2020",
        LIEBOWITZ,
        "indirect",
        "said",
        "a company spokeswoman, Hannah Liebowitz",
    ),
    p(
        "will not apologize for shutting off the power when it had to.",
        LIEBOWITZ,
        "partial",
        "said",
        "a company spokeswoman, Hannah Liebowitz",
    ),
    p(
        "the company expected to begin burying the first lines next summer if the plan was "
        "approved",
        OSTERGAARD,
        "indirect",
        "said",
        "Ostergaard",
    ),
]

# --- a dock strike (England, British style, ‘single quotes’, no dateline) ------------
DHWU = "Dock and Harbour Workers’ Union"
HIP = "Harwick International Port"
QUAYLE = {"speaker": "Bernadette Quayle", "role": "general secretary", "country": "GB", "org": DHWU}
PENHALE = {"speaker": "Alistair Penhale", "role": "chief executive", "country": "GB", "org": HIP}
FTC = "Freight Transport Council"
GILL = {"speaker": "Rupinder Gill", "role": "policy director", "country": "GB", "org": FTC}
PETTIFER = {"speaker": "Gary Pettifer", "role": "crane driver", "country": "GB"}
DFT_SPOKES = "A Department for Transport spokesperson"
QUAYLE_SRC = "the union’s general secretary, Bernadette Quayle"
PETTIFER_SRC = "Gary Pettifer, a crane driver who has worked at Harwick for 23 years"

STRIKE_Q = [
    q("for as long as it takes", DHWU, "partial", "says", "union", country="GB"),
    q(
        "Dockers at Harwick, Britain’s third-busiest container port, will walk out for ten "
        "days from Monday after talks over pay and automation broke down",
        DHWU,
        "indirect",
        "said",
        "their union",
        country="GB",
    ),
    q(
        "87 per cent of members who voted had backed the action, on a turnout of 74 per cent",
        DHWU,
        "indirect",
        "said",
        "The Dock and Harbour Workers’ Union, which represents about 1,900 crane drivers, "
        "lashers and planners at the Suffolk port",
        country="GB",
    ),
    p(
        "Our members have been offered 3.5 per cent while the owners paid themselves £240m in "
        "dividends last year,",
        QUAYLE,
        "direct",
        "told a rally",
        QUAYLE_SRC,
    ),
    p(
        "They are being asked to train the machines that will replace them, and to be "
        "grateful for it.",
        QUAYLE,
        "direct",
        "told a rally",
        QUAYLE_SRC,
    ),
    p(
        "We did not want this strike. Nobody who loses ten days’ pay wants a strike. But we "
        "are not going to sign away the next generation’s jobs for a rise that does not even "
        "match inflation.",
        QUAYLE,
        "direct",
        "told a rally",
        QUAYLE_SRC,
    ),
    q(
        "fair and generous",
        HIP,
        "partial",
        "said in a statement",
        "Harwick International Port, which is owned by the Hong Kong-based Meridian Terminals "
        "group",
        country="GB",
    ),
    q(
        "no jobs would be lost to automation before 2030",
        HIP,
        "indirect",
        "said in a statement",
        "Harwick International Port, which is owned by the Hong Kong-based Meridian Terminals "
        "group",
        country="GB",
    ),
    p(
        "the remote-controlled cranes being installed at the port’s northern berths under its "
        "£400m ‘Harwick 2030’ programme were needed to compete with Rotterdam and Antwerp",
        PENHALE,
        "indirect",
        "said",
        "Its chief executive, Alistair Penhale",
    ),
    p("If we stand still, the ships go to Rotterdam,", PENHALE, "direct", "said", "he"),
    p(
        "Then there is no pay rise to argue about, because there is no port.",
        PENHALE,
        "direct",
        "said",
        "he",
    ),
    p(
        "Nobody at this company wants to see a single docker lose his job,",
        PENHALE,
        "direct",
        "added",
        "he",
    ),
    p(
        "the company had drawn up plans for compulsory redundancies",
        PENHALE,
        "indirect",
        "denied",
        "Penhale",
    ),
    p(
        "the 140 posts that automation would make unnecessary by 2032 would be filled through "
        "retirements and retraining",
        PENHALE,
        "indirect",
        "said",
        "He",
    ),
    q(
        "as many as 600 jobs could go once all 14 new cranes are working",
        DHWU,
        "indirect",
        "according to",
        "its own analysis",
        country="GB",
    ),
    q(
        "the company had offered a one-off payment of £2,000 per worker last week, but that "
        "the union had rejected it because it came with no guarantee on jobs after 2030",
        None,
        "indirect",
        "said",
        "Two people close to the talks",
        country="GB",
    ),
    q(
        "it had offered to host further talks and that both sides had agreed to meet on Friday",
        "Acas",
        "indirect",
        "said",
        "Acas, the conciliation service",
        country="GB",
    ),
    q(
        "it would divert two vessels due at Harwick next week to Rotterdam",
        "Nordlys Line",
        "indirect",
        "said",
        "Danish shipping group Nordlys Line",
        country="DK",
    ),
    q(
        "customers should expect delays of up to a week",
        "Nordlys Line",
        "indirect",
        "warned",
        "Danish shipping group Nordlys Line",
        country="DK",
    ),
    q(
        "some supermarkets could run short of imported fruit and electronics within a fortnight",
        FTC,
        "indirect",
        "said",
        "The Freight Transport Council, which speaks for hauliers and freight forwarders",
        country="GB",
    ),
    p(
        "Ten days at Harwick means three weeks of chaos on the A14. Every haulier in the east "
        "of England will feel it.",
        GILL,
        "direct",
        "said",
        "Its policy director, Rupinder Gill",
    ),
    q(
        "monitoring the situation closely",
        None,
        "partial",
        "said",
        DFT_SPOKES,
        country="GB",
        org="Department for Transport",
    ),
    q(
        "the dispute was a matter for the port and the union",
        None,
        "indirect",
        "said",
        DFT_SPOKES,
        country="GB",
        org="Department for Transport",
    ),
    p(
        "he had spent much of the spring teaching younger colleagues to work the new remote "
        "controls from an office block half a mile from the quay",
        PETTIFER,
        "indirect",
        "said",
        PETTIFER_SRC,
    ),
    p(
        "I’ve trained three of the lads who’ll be sat at those screens,",
        PETTIFER,
        "direct",
        "said",
        "he",
    ),
    p(
        "Lovely lads. But one screen does the work of four of us, and everybody here can count.",
        PETTIFER,
        "direct",
        "said",
        "he",
    ),
    q(
        "most hauliers had already stopped taking bookings for collections after Saturday",
        None,
        "indirect",
        "said",
        "Lorry drivers queuing outside the port",
        country="GB",
    ),
    p(
        "the union would ballot members at two smaller ports owned by Meridian, in Teesside "
        "and on the Clyde, before Christmas",
        QUAYLE,
        "indirect",
        "said",
        "Quayle",
    ),
    p("This isn’t just about Harwick,", QUAYLE, "direct", "said", "she"),
    p(
        "Every port in the country is watching what happens here, and so is every owner.",
        QUAYLE,
        "direct",
        "said",
        "she",
    ),
]

# --- a failed rocket launch (Norway, straight "double quotes") -----------------------
SKARV = "Skarv Aerospace"
HAUGVIK = {"speaker": "Kristian Haugvik", "role": "chief executive", "country": "NO", "org": SKARV}
NCA = "Norwegian Coastal Administration"
ELIASSEN = {"speaker": "Trond Eliassen", "role": "fisherman", "country": "NO"}
ESA = "European Space Agency"
RENAUD = {
    "speaker": "Pascale Renaud",
    "role": "director of space transportation",
    "country": None,
    "org": ESA,
}
LINDEBERG = {
    "speaker": "Marte Lindeberg",
    "role": "Trade and Industry Minister",
    "country": "NO",
}
MINISTRY = "Trade and Industry Ministry"
EKDAHL = {"speaker": "Johan Ekdahl", "role": "Trade and Industry Minister", "country": "SE"}
KERN = {"speaker": "Tobias Kern", "role": "analyst", "country": "DE", "org": "Orbitrend"}
EKDAHL_SRC = (
    "Lindeberg's Swedish counterpart, Johan Ekdahl, whose government backs a rival launch "
    "site in northern Sweden"
)

ROCKET_Q = [
    q(
        "A rocket built by the Norwegian startup Skarv Aerospace exploded about 70 seconds "
        "after lifting off from an Arctic island on Tuesday",
        SKARV,
        "indirect",
        "said",
        "the company",
        country="NO",
    ),
    p(
        "We lost the vehicle. We did not lose the program,",
        HAUGVIK,
        "direct",
        "said",
        "chief executive Kristian Haugvik",
    ),
    p(
        "Every second of that flight gave us data we did not have yesterday.",
        HAUGVIK,
        "direct",
        "said",
        "chief executive Kristian Haugvik",
    ),
    p(
        "the rocket's first-stage engines had shut down early, and that its flight-termination "
        "system had then destroyed it as designed",
        HAUGVIK,
        "indirect",
        "said",
        "He",
    ),
    q(
        "the debris had fallen inside the designated hazard zone, about 40 kilometers "
        "offshore, and that no vessels had been in the area",
        NCA,
        "indirect",
        "said",
        "The Norwegian Coastal Administration",
        country="NO",
    ),
    q(
        "closures of the hazard zone before each launch attempt had already cost them weeks "
        "of work this autumn",
        None,
        "indirect",
        "said",
        "Fishermen in Andenes",
        country="NO",
    ),
    p(
        "They close the sea, they open the sea, they close it again. Nobody asks us.",
        ELIASSEN,
        "direct",
        "said",
        "Trond Eliassen, who fishes for cod from a 12-meter boat",
    ),
    q(
        "fully committed",
        ESA,
        "partial",
        "said",
        "The European Space Agency, which has given Skarv 12 million euros under a program to "
        "support new launch companies",
    ),
    p(
        "part of the price of learning to fly",
        RENAUD,
        "partial",
        "wrote on X",
        "ESA's director of space transportation, Pascale Renaud",
    ),
    p(
        "the agency would help Skarv's engineers analyze the data",
        RENAUD,
        "indirect",
        "wrote on X",
        "ESA's director of space transportation, Pascale Renaud",
    ),
    q(
        "the failure would not change the bloc's plan to buy launches from European providers "
        "for its own satellites from 2028",
        None,
        "indirect",
        "said",
        "A European Commission spokesperson",
        org="EU",
    ),
    p(
        "the government would not withdraw its support for the spaceport or the company",
        LINDEBERG,
        "indirect",
        "said",
        "Norwegian Trade and Industry Minister Marte Lindeberg",
    ),
    p(
        "Rockets fail. Countries that want to be in space keep going,",
        LINDEBERG,
        "direct",
        "said",
        "she",
    ),
    q(
        "not in question.",
        MINISTRY,
        "partial",
        "said in a statement",
        "Norway's Trade and Industry Ministry",
        country="NO",
    ),
    q(
        "The guarantee would be signed before the end of the year",
        MINISTRY,
        "indirect",
        "said",
        "the ministry",
        country="NO",
    ),
    p(
        "the two countries should cooperate rather than compete",
        EKDAHL,
        "indirect",
        "said",
        EKDAHL_SRC,
    ),
    p(
        "Sweden was ready to share test facilities with Norwegian companies",
        EKDAHL,
        "indirect",
        "said",
        "he",
    ),
    q(
        "the company had enough cash to keep operating until the end of next year, but would "
        "need to raise new money before a third launch",
        None,
        "indirect",
        "said",
        "Two people familiar with Skarv's finances",
    ),
    p(
        "the company had rushed Tuesday's launch to meet a milestone in its contract with the "
        "space agency",
        HAUGVIK,
        "indirect",
        "denied",
        "Haugvick",
    ),
    p(
        "the launch had been delayed twice in October for weather, and that engineers had "
        "signed off on every system",
        HAUGVIK,
        "indirect",
        "said",
        "He",
    ),
    p("Nobody pushed this rocket off the pad,", HAUGVIK, "direct", "said", "he"),
    p("If the team had told me to wait, we would have waited.", HAUGVIK, "direct", "said", "he"),
    q(
        "the satellite had been insured and that it would fly a replacement on Skarv's next launch",
        "Polderview",
        "indirect",
        "said in a statement",
        "Polderview, a Dutch earth-observation startup whose first satellite was on board",
        country="NL",
    ),
    p(
        "Skarv had spent roughly twice as much as it planned on its first two rockets",
        KERN,
        "indirect",
        "said",
        "Tobias Kern, an analyst at the Munich space consultancy Orbitrend",
    ),
    p("Investors will forgive one failure. Two is a pattern,", KERN, "direct", "said", "Kern"),
    p("How many more of these can they afford?", KERN, "direct", "said", "Kern"),
    q(
        "it expected to identify the cause within six weeks and to attempt its next launch in "
        "the second half of next year",
        SKARV,
        "indirect",
        "said",
        "The company",
        country="NO",
    ),
]

DOCS = [
    ("heldout8-statehouse-pennsylvania-budget-impasse", "HARRISBURG, Pa.", BUDGET_Q),
    ("heldout8-election-saskatchewan-ndp-win", "REGINA, Saskatchewan", ELECTION_Q),
    ("heldout8-energy-colorado-utility-wildfire-plan", "DENVER", UTILITY_Q),
    ("heldout8-labour-harwick-dock-strike", None, STRIKE_Q),
    ("heldout8-space-skarv-rocket-failure", "ANDENES, Norway", ROCKET_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Acas",
    "Crestline Electric",
    "Dock and Harbour Workers’ Union",
    "Elections Saskatchewan",
    "European Space Agency",
    "Freight Transport Council",
    "Harwick International Port",
    "Independent Fiscal Office",
    "Intergovernmental Panel on Climate Change",
    "Nordlys Line",
    "Northern Treaty Nations Council",
    "Norwegian Coastal Administration",
    "Polderview",
    "Saskatchewan Party",
    "Skarv Aerospace",
    "Trade and Industry Ministry",
)


def main():
    write_gold(
        HERE,
        "heldout8_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout8",
        source="quotesdb held-out 8 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
