"""Build probes_r31a_gold.jsonl from the hand annotations below.

Training probe r31a, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r29k and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-12). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r31a/make_gold.py   # writes probes_r31a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402


def body(name, country):
    """An organisation speaking (its own organisation: decision 4, via SPEAKING_BODIES)."""
    return {"speaker": name, "country": country}


# --- A grocery merger (Financial Post style: headline, `By` byline, no dateline, `per cent`,
# `Tuesday` with no `on`, bare surnames at later mentions) --------------------------------
# Undated Canadian story (Toronto, Winnipeg, the Toronto Stock Exchange, the Competition
# Bureau): its voices take CA, as r29a's undated stories take the story's country.
MAPLE = "Maple Harvest Foods Inc."  # `Maple Harvest` at later mentions: the fullest name
PRAIRIE = "Prairie Fresh Markets Ltd."
BUREAU = "Competition Bureau"
UFCW = "United Food and Commercial Workers Canada"  # spelt out with (UFCW Canada): decision 2
# `Maple Harvest's chief executive, Dana Whitlock,`: the possessive body
WHITLOCK = {"speaker": "Dana Whitlock", "role": "chief executive", "country": "CA", "org": MAPLE}
# `Its chair, X,` after a sentence about Prairie Fresh's board: the company
ASHDOWN = {"speaker": "Gordon Ashdown", "role": "chair", "country": "CA", "org": PRAIRIE}
# `FreshWay president X`: the subsidiary, named as such (not the parent)
BERGERON = {"speaker": "Luc Bergeron", "role": "president", "country": "CA", "org": "FreshWay"}
# `director of research at Y in Toronto`: `of research` is a field, no jurisdiction (decision 9)
DHILLON = {
    "speaker": "Anita Dhillon",
    "role": "director of research",
    "country": "CA",
    "org": "Lakeshore Capital Markets",
}
# `X of Y`: organisation Y, no title written
PELLEGRINI = {
    "speaker": "Mark Pellegrini",
    "country": "CA",
    "org": "Harbourview Asset Management",
}
KIM = {
    "speaker": "Joanne Kim",
    "role": "portfolio manager",
    "country": "CA",
    "org": "Cedar Point Investments",
}
# `X, who heads the grocery practice at consulting firm Y,`: decision 9's `who heads` gives
# no role; the body is the firm (a practice is no body of its own)
MEHTA = {"speaker": "Sunil Mehta", "country": "CA", "org": "Kingsbridge Partners"}
# `The union's chief negotiator, X,` after the union spoke: the union, in full
SWANN = {"speaker": "Carla Swann", "role": "chief negotiator", "country": "CA", "org": UFCW}
# a former employee, no current employer written: the former one, `former` kept
TESSIER = {
    "speaker": "Rob Tessier",
    "role": "former store manager",
    "country": "CA",
    "org": PRAIRIE,
}
OKAFOR = {
    "speaker": "Diane Okafor",
    "role": "vice-president",
    "country": "CA",
    "org": "Retail Council of Canada",
}

GROCER_Q = [
    p(
        "it has agreed to buy Winnipeg-based Prairie Fresh Markets Ltd. for $2.1 billion in cash "
        "and stock",
        body(MAPLE, "CA"),
        "indirect",
        "said",
        "Maple Harvest Foods Inc.",
    ),
    p(
        "This gives us the national scale our customers have been asking for without losing "
        "the local names they trust,",
        WHITLOCK,
        "direct",
        "said",
        "Maple Harvest's chief executive, Dana Whitlock",
    ),
    p(
        "the company expected to find $180 million a year in savings within three years, mostly "
        "from buying and distribution",
        WHITLOCK,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the family that founded the chain in 1958 would keep a six per cent stake in Maple "
        "Harvest and a seat on its board",
        ASHDOWN,
        "indirect",
        "said",
        "Its chair, Gordon Ashdown",
    ),
    p(
        "whether the transaction substantially lessens competition in any local market.",
        body(BUREAU, "CA"),
        "partial",
        "said",
        "The bureau",
    ),
    p(
        "a full-service supermarket no longer makes sense.",
        BERGERON,
        "partial",
        "said",
        "FreshWay president Luc Bergeron",
    ),
    # an unnamed spokeswoman for a body: speaker null, organisation the body, no role
    q(
        "no stores were scheduled to close this year",
        None,
        "indirect",
        "said",
        "A spokeswoman for Prairie Fresh",
        country="CA",
        org=PRAIRIE,
    ),
    p(
        "Grocery is a scale game, and Maple Harvest just bought itself a lot of scale,",
        DHILLON,
        "direct",
        "said",
        "Anita Dhillon, director of research at Lakeshore Capital Markets in Toronto",
    ),
    # two people of two bodies in one sentence
    p("full", PELLEGRINI, "partial", "said", "Mark Pellegrini of Harbourview Asset Management"),
    p(
        "the savings target looked conservative",
        KIM,
        "indirect",
        "said",
        "Joanne Kim, a portfolio manager at Cedar Point Investments",
    ),
    p(
        "the two chains overlapped in only a handful of markets, most of them in Saskatchewan",
        MEHTA,
        "indirect",
        "said",
        "Sunil Mehta, who heads the grocery practice at consulting firm Kingsbridge Partners",
    ),
    p(
        "The bureau will want a few stores sold in Regina and Saskatoon, and that is about it,",
        MEHTA,
        "direct",
        "said",
        "he",
    ),
    p(
        "it would seek guarantees that no unionized jobs would be lost because of the deal",
        body(UFCW, "CA"),
        "indirect",
        "said",
        "United Food and Commercial Workers Canada (UFCW Canada), which represents about 9,000 "
        "Prairie Fresh employees",
    ),
    p(
        "workers had learned of the sale from the news",
        SWANN,
        "indirect",
        "said",
        "The union's chief negotiator, Carla Swann",
    ),
    p("Nobody at Prairie Fresh picked up the phone to tell us,", SWANN, "direct", "said", "she"),
    # the acronym alone, spelt out before: the full name (decision 2)
    p(
        "it had asked for a meeting with Whitlock before the end of the month",
        body(UFCW, "CA"),
        "indirect",
        "said",
        "UFCW Canada",
    ),
    p(
        "the chain had cut staff at its rural stores for years",
        TESSIER,
        "indirect",
        "said",
        "Rob Tessier, a former Prairie Fresh store manager who left the company in 2022",
    ),
    p("The small-town stores were already running on fumes,", TESSIER, "direct", "said", "he"),
    p(
        "consolidation was the industry's answer to rising costs and thin margins",
        OKAFOR,
        "indirect",
        "said",
        "Diane Okafor, vice-president of the Retail Council of Canada",
    ),
    p(
        "Shoppers would judge the deal by what they paid at the till",
        OKAFOR,
        "indirect",
        "said",
        "she",
    ),
    # quoted again with no body written: the first mention's
    p(
        "Maple Harvest would keep the Prairie Fresh name on its stores in Manitoba and "
        "Saskatchewan",
        WHITLOCK,
        "indirect",
        "said",
        "Whitlock",
    ),
    p(
        "People in Winnipeg shop at Prairie Fresh because it is theirs, and that will not change,",
        WHITLOCK,
        "direct",
        "said",
        "she",
    ),
]

# --- A bus drivers' strike (Daily Telegraph style: `By X, Industry Correspondent`, no
# dateline, `Mr` / `Ms` with no point, `said last night`, `per cent`, `£`, full stops
# outside closing quotation marks) -----------------------------------------------------------
# Undated British story: its voices take GB.
UNITE = "Unite"
IRWELL = "Irwell Transit"
TFGM = "Transport for Greater Manchester"  # spelt out with (TfGM), then `TfGM said`
TUC = "Trades Union Congress"  # spelt out with (TUC), then `A TUC spokesman`
BOE = "Bank of England"
FOE = "Friends of the Earth"
ACAS = "Acas"  # never spelt out
NORTHERN = "Northern Roadways Group"  # `Northern Roadways` at later mentions
HALE = {"speaker": "Simon Hale", "role": "managing director", "country": "GB", "org": IRWELL}
# `Unite's regional officer for the North West`: a remit after `for` (decision 9)
QUINN = {"speaker": "Bernadette Quinn", "role": "regional officer", "country": "GB", "org": UNITE}
# `the GMB's organiser at Irwell`: the possessive body (his union), not the workplace
MARSH = {"speaker": "Kevin Marsh", "role": "organiser", "country": "GB", "org": "GMB"}
BOLAND = {"speaker": "Gary Boland", "role": "former driver", "country": "GB", "org": IRWELL}
ALDRIDGE = {
    "speaker": "Tom Aldridge",
    "role": "research economist",
    "country": "GB",
    "org": "Institute for Fiscal Studies",
}
# `X, who heads the campaign group Y,`: Y, no role (decision 9)
NANDRA = {
    "speaker": "Priya Nandra",
    "country": "GB",
    "org": "Better Buses for Greater Manchester",
}
# `a transport campaigner at the group` after Friends of the Earth spoke
REID = {"speaker": "Callum Reid", "role": "transport campaigner", "country": "GB", "org": FOE}
# a parent's officer: the parent
PRYCE = {"speaker": "Alison Pryce", "role": "chief executive", "country": "GB", "org": NORTHERN}

BUS_Q = [
    p(
        "an insult to people who kept this city moving through the pandemic",
        body(UNITE, "GB"),
        "partial",
        "said",
        "Unite, which represents most of the drivers at Irwell Transit",
    ),
    p(
        "the offer was fair and affordable",
        body(IRWELL, "GB"),
        "indirect",
        "said",
        "Irwell Transit, which runs about 600 buses across the region under contracts with "
        "Transport for Greater Manchester (TfGM)",
    ),
    # a request (decision 6): the infinitive, no addressee
    p(
        "to put it to a ballot of its members",
        body(IRWELL, "GB"),
        "indirect",
        "urged",
        "Irwell Transit, which runs about 600 buses across the region under contracts with "
        "Transport for Greater Manchester (TfGM)",
    ),
    p(
        "We have made a fair offer in a very difficult year. A strike will hurt the passengers "
        "and the drivers, and it will not change the numbers.",
        HALE,
        "direct",
        "said",
        "Irwell's managing director, Simon Hale",
    ),
    p(
        "the company had lost £11 million last year as passenger numbers failed to recover after "
        "the pandemic",
        HALE,
        "indirect",
        "said",
        "Mr Hale",
    ),
    p(
        "drivers had not had a real-terms pay rise since 2019",
        QUINN,
        "indirect",
        "said",
        "Unite's regional officer for the North West, Bernadette Quinn",
    ),
    p(
        "Our members are not asking for the moon. They are asking to be able to pay their rent,",
        QUINN,
        "direct",
        "said",
        "Ms Quinn",
    ),
    p(
        "the dispute was one of more than 40 in the transport sector this year",
        body(TUC, "GB"),
        "indirect",
        "said",
        "The Trades Union Congress (TUC)",
    ),
    q(
        "bus drivers' pay had fallen further behind inflation than that of any other group of "
        "transport workers",
        None,
        "indirect",
        "said",
        "A TUC spokesman",
        country="GB",
        org=TUC,
    ),
    p(
        "it would run extra trams on the busiest routes and would lift the fare cap for the week "
        "of the strike",
        body(TFGM, "GB"),
        "indirect",
        "said",
        "TfGM",
    ),
    p(
        "his members would not cross picket lines",
        MARSH,
        "indirect",
        "said",
        "Kevin Marsh, the GMB's organiser at Irwell",
    ),
    p("skeleton service", HALE, "partial", "said", "Mr Hale"),
    p(
        "morale at the Ashton depot was the lowest he had known",
        BOLAND,
        "indirect",
        "said",
        "Gary Boland, a former Irwell driver who retired in March after 31 years",
    ),
    p(
        "Drivers used to stay for life. Now half of them leave inside two years,",
        BOLAND,
        "direct",
        "said",
        "he",
    ),
    # `said A, "so B"`: the quote stands for its own conjunct, A is reported too
    p(
        "private-sector pay settlements had averaged 4.8 per cent over the past year",
        ALDRIDGE,
        "indirect",
        "said",
        "Tom Aldridge, a research economist at the Institute for Fiscal Studies",
    ),
    p(
        "so 4.5 per cent is not out of line, but it is not generous either",
        ALDRIDGE,
        "partial",
        "said",
        "Tom Aldridge, a research economist at the Institute for Fiscal Studies",
    ),
    p("too strong to be consistent", body(BOE, "GB"), "partial", "said", "The Bank of England"),
    p(
        "caught in the middle again",
        NANDRA,
        "partial",
        "said",
        "Priya Nandra, who heads the campaign group Better Buses for Greater Manchester",
    ),
    p(
        "to go to Acas",
        NANDRA,
        "indirect",
        "called on",
        "Priya Nandra, who heads the campaign group Better Buses for Greater Manchester",
    ),
    p(
        "it had been in contact with both parties",
        body(ACAS, "GB"),
        "indirect",
        "confirmed",
        "Acas",
    ),
    p(
        "the walkout showed the risk of relying on a single operator for most of the region's "
        "buses",
        body(FOE, "GB"),
        "indirect",
        "said",
        "Friends of the Earth",
    ),
    p(
        "If we want people out of their cars, the buses have to run,",
        REID,
        "direct",
        "said",
        "Callum Reid, a transport campaigner at the group",
    ),
    p(
        "have to pay its own way",
        PRYCE,
        "partial",
        "told",
        "Northern Roadways' chief executive, Alison Pryce",
    ),
    q(
        "the group had no plans to sell Irwell",
        None,
        "indirect",
        "said",
        "A spokeswoman for Northern Roadways",
        country="GB",
        org=NORTHERN,
    ),
    # `said A "…", but that B`: the partial and B (`but that` joins like `and that`)
    p("any time, day or night", QUINN, "partial", "said", "Ms Quinn"),
    p(
        "the strike would go ahead unless the offer improved",
        QUINN,
        "indirect",
        "said",
        "Ms Quinn",
    ),
    p("The door is open,", QUINN, "direct", "said", "she"),
    p(
        "But the buses will stay in the depots until Irwell comes back with a real offer.",
        QUINN,
        "direct",
        "said",
        "she",
    ),
]

# --- An NGO's report on kiln workers' children (The Hindu style: `The Hindu Bureau`
# byline, `CHENNAI` on a line of its own, `Ms.` with a point, initials before Tamil given
# names, `the State` capitalised, `the Trust`) --------------------------------------------
# The Chennai dateline: IN for every Indian voice; UNICEF's official none (a U.N. agency).
ARIVU = "Arivu Trust"
MIDS = "Madras Institute of Development Studies"  # spelt out with (MIDS)
TNBMA = "Tamil Nadu Brick Manufacturers' Association"  # spelt out with (TNBMA)
KWU = "Tamil Nadu Brick Kiln Workers' Union"
SED = "School Education Department"
# `X, the Trust's director,`: the possessive body, the one trust named before
MEENAKSHI = {"speaker": "R. Meenakshi", "role": "director", "country": "IN", "org": ARIVU}
KARTHIKEYAN = {"speaker": "S. Karthikeyan", "role": "professor", "country": "IN", "org": MIDS}
SUNDARAM = {"speaker": "K. Sundaram", "role": "president", "country": "IN", "org": TNBMA}
# `X, who heads Y,`: Y, no role (decision 9)
SELVARAJ = {"speaker": "M. Selvaraj", "country": "IN", "org": KWU}
ROSY = {"speaker": "A. Rosy", "role": "general secretary", "country": "IN", "org": KWU}
# a district collector: an office of no named body
KUMAR = {"speaker": "T. Ramesh Kumar", "role": "Collector", "country": "IN"}
# `a former field coordinator with the Trust who now teaches at a government school`: the
# current employer is no named body, so the former one (as r29a's `a former CCI director
# general who now practises competition law`)
ANITHA = {
    "speaker": "K. Anitha",
    "role": "former field coordinator",
    "country": "IN",
    "org": ARIVU,
}
ANTONY = {"speaker": "Joseph Antony", "country": "IN", "org": "Campaign Against Child Labour"}
LATHA = {
    "speaker": "V. Latha",
    "role": "paediatrician",
    "country": "IN",
    "org": "Government Kasturba Gandhi Hospital",
}

KILN_Q = [
    # the lead's `a report released by a Chennai-based non-governmental organisation`: the
    # one such body the next paragraph names (a delayed identification, as a lead's `its
    # owner` or `Nova Scotia's energy regulator`)
    p(
        "Nearly two in five children of migrant brick kiln workers in Tiruvallur and "
        "Chengalpattu districts are out of school for at least six months of the year",
        body(ARIVU, "IN"),
        "indirect",
        "said",
        "a report released by a Chennai-based non-governmental organisation on Tuesday",
    ),
    # `The report said`: its author's (README "Documents")
    p(
        "not just a term, but the habit of school itself",
        body(ARIVU, "IN"),
        "partial",
        "said",
        "The report",
    ),
    p(
        "fewer than one in ten was enrolled in a school near the kilns",
        body(ARIVU, "IN"),
        "indirect",
        "said",
        "The report",
    ),
    p(
        "These children are not dropping out. They are being pulled out by an economy that "
        "needs their parents for six months and forgets them for the rest,",
        MEENAKSHI,
        "direct",
        "said",
        "R. Meenakshi, the Trust's director",
    ),
    p(
        "the State's seasonal hostels for migrant children, started in 2019, had room for fewer "
        "than 2,000 children",
        MEENAKSHI,
        "indirect",
        "said",
        "Ms. Meenakshi",
    ),
    p(
        "the findings matched earlier studies of seasonal migration in the region",
        KARTHIKEYAN,
        "indirect",
        "said",
        "S. Karthikeyan, professor at the Madras Institute of Development Studies (MIDS), who "
        "reviewed the survey's methods",
    ),
    p(
        "A 2021 MIDS study of sugarcane cutters' children in Maharashtra had found similar "
        "dropout rates",
        KARTHIKEYAN,
        "indirect",
        "said",
        "he",
    ),
    p(
        "its members had no objection to schools near kilns",
        body(TNBMA, "IN"),
        "indirect",
        "said",
        "The Tamil Nadu Brick Manufacturers' Association (TNBMA), which represents around "
        "3,000 kiln owners",
    ),
    # the acronym alone before a title: the full name (decision 2)
    p(
        "that starts in the villages the workers come from",
        SUNDARAM,
        "partial",
        "said",
        "TNBMA president K. Sundaram",
    ),
    p("We give them work when there is no work at home,", SUNDARAM, "direct", "said", "he"),
    p(
        "advances paid to families before the season tied them to one kiln for months",
        SELVARAJ,
        "indirect",
        "said",
        "M. Selvaraj, who heads the Tamil Nadu Brick Kiln Workers' Union",
    ),
    p(
        "women workers were often paid less than men for the same loads",
        ROSY,
        "indirect",
        "said",
        "The union's general secretary, A. Rosy",
    ),
    p(
        "When the mother works, the eldest girl minds the baby. That is where the dropout starts,",
        ROSY,
        "direct",
        "said",
        "she",
    ),
    # unnamed officials of a named department: the department as organisation
    q(
        "the department had identified 4,100 migrant children in the two districts last year and "
        "enrolled about 1,700 of them in nearby schools",
        None,
        "indirect",
        "said",
        "Officials of the School Education Department",
        country="IN",
        org=SED,
    ),
    p(
        "mobile schools would visit 30 kilns in the district from January",
        KUMAR,
        "indirect",
        "said",
        "Chengalpattu Collector T. Ramesh Kumar",
    ),
    p("Teachers who speak Odia would travel with the buses", KUMAR, "indirect", "said", "he"),
    p(
        "many parents did not know their children could join a school in Tamil Nadu without a "
        "transfer certificate",
        ANITHA,
        "indirect",
        "said",
        "K. Anitha, a former field coordinator with the Trust who now teaches at a government "
        "school in Ponneri",
    ),
    # two people of two bodies in one sentence
    p(
        "the State should track children who cross State borders under the Right to Education Act",
        ANTONY,
        "indirect",
        "said",
        "Joseph Antony of the Campaign Against Child Labour",
    ),
    p(
        "many children at the kilns were underweight",
        LATHA,
        "indirect",
        "said",
        "Dr. V. Latha, a paediatrician at the Government Kasturba Gandhi Hospital",
    ),
    # an unnamed official of a U.N. agency: the agency, no country (decision 1)
    q(
        "the agency had offered to help the State build a database of migrant children",
        None,
        "indirect",
        "said",
        "A UNICEF official in Chennai, who did not wish to be named",
        org="UNICEF",
    ),
    # a recommendation is a request (decision 6); the report is its author's
    p(
        "that the source States and Tamil Nadu share school records of migrant children every "
        "season",
        body(ARIVU, "IN"),
        "indirect",
        "recommends",
        "The report",
    ),
    p(
        "the Trust would share its household data with the School Education Department",
        MEENAKSHI,
        "indirect",
        "said",
        "Ms. Meenakshi",
    ),
    p(
        "The numbers are not a secret. We want the government to use them,",
        MEENAKSHI,
        "direct",
        "said",
        "she",
    ),
]

DOCS = [
    ("probe-r31a-grocer-merger", None, GROCER_Q),
    ("probe-r31a-bus-strike", None, BUS_Q),
    ("probe-r31a-kiln-report", "Chennai", KILN_Q),
]

# organisation speakers: their own organisation (decision 4)
SPEAKING_BODIES = (MAPLE, BUREAU, UFCW, UNITE, IRWELL, TUC, TFGM, BOE, ACAS, FOE, ARIVU, TNBMA)


def main():
    write_gold(
        HERE,
        "probes_r31a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r31a",
        source="quotesdb round-31 training probe A (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
