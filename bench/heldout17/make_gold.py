"""Build heldout17_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout15 (see
bench/heldout15/README.md and bench/heldout17/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout17/make_gold.py   # writes bench/heldout17/heldout17_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- lock gate fails on the Ohio River, Kentucky (AP style, curly “double quotes”) -------
CORPS = "Army Corps of Engineers"
MERRIWEATHER = {"speaker": "Dana Merriweather", "role": "commander", "country": "US", "org": CORPS}
TOLLIVER = {"speaker": "Brian Tolliver", "role": "deputy commander", "country": "US", "org": CORPS}
PRUITT = {"speaker": "Earl Pruitt", "role": "lockmaster", "country": "US"}
CASTELLANO = {"speaker": "Jim Castellano", "role": "spokesman", "country": "US", "org": CORPS}
HASKETT = {
    "speaker": "Linda Haskett",
    "role": "president",
    "country": "US",
    "org": "Waterways Carriers Association",
}
LOCKHART = {"speaker": "Gene Lockhart", "country": "US"}
REINHOLT = {
    "speaker": "Tom Reinholt",
    "role": "grain market analyst",
    "country": "US",
    "org": "Prairie Line Commodities",
}
AINSLEY = {"speaker": "Carol Ainsley", "role": "senator", "country": "US"}
WHITACRE = {"speaker": "Dale Whitacre", "role": "Representative", "country": "US"}
DUPREE = {"speaker": "Ray Dupree", "role": "captain", "country": "US"}
MERRIWEATHER_SRC = "Col. Dana Merriweather, commander of the Corps’ Louisville District"
TOLLIVER_SRC = "Her deputy, Lt. Col. Brian Tolliver"
PRUITT_SRC = "the lockmaster, Earl Pruitt"
CASTELLANO_SRC = "A Corps spokesman, Jim Castellano"
HASKETT_SRC = "Linda Haskett, president of the Waterways Carriers Association, a trade group"
LOCKHART_SRC = "Gene Lockhart, who farms 2,400 acres near Sturgis"
REINHOLT_SRC = "Tom Reinholt, a grain market analyst at Prairie Line Commodities in St. Louis"
AINSLEY_SRC = "Sen. Carol Ainsley, R-Ky."

RIVER_Q = [
    q(
        "A lock gate on the Ohio River failed early Sunday, stranding more than 60 towboats and "
        "about 900 barges loaded with grain, coal and fertilizer at the busiest time of the "
        "year for farm shipments",
        None,
        "indirect",
        "said",
        "federal officials",
        country="US",
    ),
    q(
        "The lower gate of the main chamber at Hollister Locks and Dam cracked at a hinge "
        "shortly after 2 a.m. as a tow was leaving the lock",
        CORPS,
        "indirect",
        "according to",
        "the U.S. Army Corps of Engineers",
        country="US",
    ),
    q(
        "the main chamber would stay closed for at least three weeks and that a smaller "
        "auxiliary chamber would reopen Tuesday for limited traffic",
        CORPS,
        "indirect",
        "said",
        "The Corps",
        country="US",
    ),
    q("significant structural damage", CORPS, "partial", "said", "It", country="US"),
    p(
        "We are bringing in a spare gate leaf from Pittsburgh, and crews will work around the "
        "clock,",
        MERRIWEATHER,
        "direct",
        "told",
        MERRIWEATHER_SRC,
    ),
    p(
        "But I’m not going to promise a date I can’t keep.",
        MERRIWEATHER,
        "direct",
        "told",
        MERRIWEATHER_SRC,
    ),
    p(
        "the auxiliary chamber could pass only three or four barges at a time, compared with 15 "
        "in the main chamber, and that tows would be taken in the order they arrived",
        TOLLIVER,
        "indirect",
        "said",
        TOLLIVER_SRC,
    ),
    p(
        "the gate had been due for replacement in 2019 but the money never came",
        PRUITT,
        "indirect",
        "said",
        "The lockmaster at Hollister",
    ),
    p(
        "We patched it, we welded it, we greased it, we prayed over it,",
        PRUITT,
        "direct",
        "said",
        PRUITT_SRC,
    ),
    p("You can only do that for so long.", PRUITT, "direct", "said", PRUITT_SRC),
    p("This morning it just quit.", PRUITT, "direct", "said", PRUITT_SRC),
    p(
        "The last full inspection, in 2022, had flagged corrosion around the same hinge",
        PRUITT,
        "indirect",
        "added",
        "he",
    ),
    p("budget cuts were to blame", CASTELLANO, "indirect", "denied", CASTELLANO_SRC),
    p(
        "The replacement had been put off because a lock upstream needed emergency work first",
        CASTELLANO,
        "indirect",
        "said",
        "he",
    ),
    q(
        "By Monday afternoon the line of waiting tows stretched nearly 30 miles upriver",
        "Coast Guard",
        "indirect",
        "said",
        "the Coast Guard",
        country="US",
    ),
    q(
        "it had set up a safety zone below the dam and asked boats to keep at least a mile away "
        "while divers worked",
        "Coast Guard",
        "indirect",
        "said",
        "It",
        country="US",
    ),
    p(
        "Every day this lock is closed costs our industry about $2 million, and that’s before "
        "you count the farmers,",
        HASKETT,
        "direct",
        "said",
        HASKETT_SRC,
    ),
    p(
        "some shippers would switch to rail if the closure lasted into December, and that many "
        "would not come back",
        HASKETT,
        "indirect",
        "warned",
        "Haskitt",
    ),
    q(
        "Barge freight rates from St. Louis to New Orleans jumped 31% on Monday from a week "
        "earlier",
        "Agriculture Department",
        "indirect",
        "according to",
        "the Agriculture Department",
        country="US",
    ),
    q(
        "grain elevators had already cut what they were paying for corn and soybeans",
        None,
        "indirect",
        "said",
        "Farmers in western Kentucky and southern Illinois",
        country="US",
    ),
    p(
        "The elevator in Marion is full, the one in Paducah is full, and I’ve got half my beans "
        "still in the field,",
        LOCKHART,
        "direct",
        "said",
        LOCKHART_SRC,
    ),
    p(
        "Where am I supposed to put them? In the living room?",
        LOCKHART,
        "direct",
        "said",
        LOCKHART_SRC,
    ),
    p("the timing could hardly be worse", REINHOLT, "indirect", "said", REINHOLT_SRC),
    p(
        "Exporters had contracts to load ships in the Gulf in the next three weeks, and some "
        "would have to buy grain from Brazil to fill them",
        REINHOLT,
        "indirect",
        "said",
        "he",
    ),
    p(
        "a warning we were given years ago and ignored",
        AINSLEY,
        "partial",
        "called",
        AINSLEY_SRC,
    ),
    p(
        "she would seek emergency money for the river’s locks in the next spending bill",
        AINSLEY,
        "indirect",
        "said",
        AINSLEY_SRC,
    ),
    p(
        "Our river system runs on equipment my grandfather would recognize. We can’t keep "
        "asking it to carry the grain of the whole Midwest on borrowed time.",
        WHITACRE,
        "direct",
        "said",
        "Her fellow Kentucky Republican, Rep. Dale Whitacre, whose district includes the dam",
    ),
    p(
        "Every gate on this river is older than I am. We inspect them, we fix what we find, and "
        "most days that’s enough.",
        MERRIWEATHER,
        "direct",
        "said",
        "Merriweather",
    ),
    p(
        "We’ve been tied off since 3 o’clock Sunday morning. The company keeps paying us, but "
        "the barges aren’t moving and the grain isn’t getting any younger,",
        DUPREE,
        "direct",
        "said",
        "Ray Dupree, captain of the towboat Miss Adeline",
    ),
    q(
        "a crane barge carrying the spare gate leaf left Pittsburgh on Monday and was expected "
        "at Hollister by the end of the week",
        None,
        "indirect",
        "said",
        "Corps officials",
        country="US",
        org=CORPS,
    ),
    p(
        "the first days would be spent draining the chamber and removing the damaged leaf",
        MERRIWEATHER,
        "indirect",
        "said",
        "Merriweather",
    ),
    p("People want to know when,", MERRIWEATHER, "direct", "said", "she"),
    p(
        "The honest answer is when it’s safe, and not a day before.",
        MERRIWEATHER,
        "direct",
        "said",
        "she",
    ),
]

# --- a Chicago suburb defaults on its bonds (Reuters style, straight "double quotes") -----
FINANCE = "Finance Department"
TRUSTEE = "Lakeshore Trust Co"
MOODYS = "Moody's Ratings"
ODUM = {"speaker": "Patricia Odum", "role": "Mayor", "country": "US"}
SOBCZAK = {"speaker": "Martin Sobczak", "role": "finance director", "country": "US"}
IMBERT = {
    "speaker": "Rachel Imbert",
    "role": "municipal credit analyst",
    "country": "US",
    "org": "Harwood Capital",
}
BRANDT = {"speaker": "Kevin Brandt", "role": "Alderman", "country": "US"}
GARZA = {"speaker": "Lou Garza", "role": "president", "country": "US", "org": "firefighters' union"}
PIERCE = {"speaker": "Yolanda Pierce", "role": "retired bus driver", "country": "US"}
IMBERT_SRC = "Rachel Imbert, a municipal credit analyst at Harwood Capital in New York"
BRANDT_SRC = "Alderman Kevin Brandt, who voted against the city's budget last year"
PIERCE_SRC = "Yolanda Pierce, a retired bus driver who has lived in Fenwick Park for 41 years"

MUNI_Q = [
    q(
        "Fenwick Park, a suburb of about 48,000 people south of Chicago, failed to make a $6.2 "
        "million interest payment on its general obligation bonds on Monday, becoming the first "
        "Illinois city to default on such debt in more than a decade",
        None,
        "indirect",
        "said",
        "bond market participants",
    ),
    q(
        "sufficient available funds",
        FINANCE,
        "partial",
        "said",
        "The city's Finance Department",
        country="US",
    ),
    q(
        "it was in talks with its largest creditors",
        FINANCE,
        "indirect",
        "said",
        "The city's Finance Department",
        country="US",
    ),
    p(
        "twenty years of borrowing to pay today's bills",
        ODUM,
        "partial",
        "told",
        "Mayor Patricia Odum",
    ),
    p(
        "her administration had inherited most of the debt",
        ODUM,
        "indirect",
        "told",
        "Mayor Patricia Odum",
    ),
    p(
        "I will not close fire stations to pay bondholders on time. I will pay them, every "
        "dollar, but not by leaving people without an ambulance,",
        ODUM,
        "direct",
        "said",
        "Odum",
    ),
    p(
        "the city had hidden the size of its shortfall from investors",
        ODUM,
        "indirect",
        "denied",
        "She",
    ),
    p(
        "the problem had become clear only when an audit of the police pension fund was "
        "completed in October",
        ODUM,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the city had about $1.9 million in cash on Monday, enough to cover payroll through "
        "mid-December",
        SOBCZAK,
        "indirect",
        "said",
        "Her finance director, Martin Sobczak",
    ),
    p(
        "We looked at every account. We looked at the water fund, we looked at the reserves for "
        "the landfill. There was no legal way to make this payment,",
        SOBCZAK,
        "direct",
        "said",
        "he",
    ),
    p(
        "The city would ask the state for an advance on its share of income tax revenue and "
        "would propose a property tax increase in December",
        SOBCZAK,
        "indirect",
        "added",
        "he",
    ),
    q(
        "it had notified holders of the missed payment and was reviewing its options under the "
        "bond documents",
        TRUSTEE,
        "indirect",
        "said",
        "Lakeshore Trust Co, the trustee for the bonds",
        country="US",
    ),
    q(
        "it expected bondholders to recover less than the full amount owed",
        MOODYS,
        "indirect",
        "saying",
        "Moody's Ratings",
        country="US",
    ),
    q(
        "further defaults were likely without a restructuring",
        MOODYS,
        "indirect",
        "warned",
        "The agency",
        country="US",
    ),
    q(
        "the state has no program to lend money to a city in default, though it can speed up "
        "payments already owed",
        None,
        "indirect",
        "According to",
        "a spokeswoman for the state comptroller's office",
        country="US",
        org="state comptroller's office",
    ),
    p(
        "Illinois is not going to bail out Fenwick Park, and Fenwick Park knows that,",
        IMBERT,
        "direct",
        "said",
        IMBERT_SRC,
    ),
    p(
        "What it can do is buy time. The question for bondholders is how much of a haircut they "
        "take, and whether the pension funds sit at the same table.",
        IMBERT,
        "direct",
        "said",
        IMBERT_SRC,
    ),
    q(
        "Prices of the city's bonds fell to about 58 cents on the dollar from 74 cents a week "
        "earlier",
        None,
        "indirect",
        "according to",
        "trade data",
    ),
    q(
        "they had hired lawyers and were prepared to go to court to force the city to raise taxes",
        None,
        "indirect",
        "said",
        "Two fund managers who hold the bonds",
    ),
    p("completely predictable", BRANDT, "partial", "said", BRANDT_SRC),
    p(
        "The mayor has known since the spring. Everybody on that council has known since the "
        "spring,",
        BRANDT,
        "direct",
        "said",
        "Brandt",
    ),
    p("The only people who didn't know were the residents.", BRANDT, "direct", "said", "Brandt"),
    p(
        "Brandt had voted for every borrowing package the council approved before 2023",
        ODUM,
        "indirect",
        "saying",
        "Odom",
    ),
    p(
        "his members would oppose any cuts to pensions",
        GARZA,
        "indirect",
        "said",
        "The president of the city's firefighters' union, Lou Garza",
    ),
    p("Our guys didn't skip their contributions. The city did,", GARZA, "direct", "said", "he"),
    q(
        "they were worried about their own tax bills",
        None,
        "indirect",
        "said",
        "residents",
        country="US",
    ),
    p("My property tax is already more than my mortgage,", PIERCE, "direct", "said", PIERCE_SRC),
    p("If they raise it again, I'm done.", PIERCE, "direct", "said", PIERCE_SRC),
    q(
        "the default was unlikely to shake the wider $4 trillion U.S. municipal bond market "
        "because Fenwick Park's problems were specific to the city",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
]

# --- High Court quashes a lithium mine's approval, Cornwall (British, ‘single quotes’) ---
COURT = "High Court"
KERNOW = "Kernow Lithium"
RESIDENTS = "Carnon Valley Residents’ Group"
HARWOOD = {"speaker": "Harwood", "role": "judge", "country": "GB", "org": COURT}
TRELOAR = {"speaker": "Simon Treloar", "role": "chief executive", "country": "GB", "org": KERNOW}
PASCOE = {"speaker": "Owen Pascoe", "role": "barrister", "country": "GB"}
JENKIN = {"speaker": "Mary Jenkin", "role": "chairwoman", "country": "GB", "org": RESIDENTS}
CHALK = {"speaker": "Fiona Chalk", "role": "industry minister", "country": "GB"}
LOWRY = {"speaker": "Gareth Lowry", "role": "shadow industry minister", "country": "GB"}
MOYLE = {
    "speaker": "Helen Moyle",
    "role": "director of water quality",
    "country": "GB",
    "org": "Penwith Water",
}
ROWSE = {"speaker": "Dean Rowse", "role": "drilling technician", "country": "GB", "org": KERNOW}
JENKIN_SRC = "Mary Jenkin, the group’s chairwoman"
ROWSE_SRC = "Dean Rowse, 34, a drilling technician who joined Kernow Lithium last year"

MINE_Q = [
    q(
        "ministers had failed to assess properly the risk to drinking water for 60,000 people "
        "in west Cornwall",
        COURT,
        "indirect",
        "ruled",
        "the High Court",
        country="GB",
    ),
    p(
        "incomplete and, in places, outdated",
        HARWOOD,
        "partial",
        "saying",
        "Mrs Justice Harwood",
    ),
    p(
        "the former housing secretary had relied on a groundwater study that was seven years "
        "old and had not considered the effect of blasting on the reservoir at Stithians",
        HARWOOD,
        "indirect",
        "said",
        "she",
    ),
    p(
        "It is not for this court to decide whether the mine should be built. It is for this "
        "court to decide whether the decision was lawfully made,",
        HARWOOD,
        "direct",
        "wrote",
        "the judge",
    ),
    p("On the evidence before me, it was not.", HARWOOD, "direct", "wrote", "the judge"),
    q(
        "deeply disappointed",
        KERNOW,
        "partial",
        "said",
        "The mine’s developer, Kernow Lithium",
        country="GB",
    ),
    q(
        "was considering an appeal",
        KERNOW,
        "indirect",
        "said",
        "The mine’s developer, Kernow Lithium",
        country="GB",
    ),
    q("every environmental test set for it", KERNOW, "partial", "said", "It", country="GB"),
    q("the ruling put 400 jobs at risk", KERNOW, "indirect", "said", "It", country="GB"),
    p(
        "the company had spent £38 million on the site and would not walk away",
        TRELOAR,
        "indirect",
        "said",
        "Its chief executive, Simon Treloar",
    ),
    p(
        "We have been digging tin and copper out of this county for three thousand years. Now "
        "the world needs lithium, and it’s sitting under our feet,",
        TRELOAR,
        "direct",
        "said",
        "he",
    ),
    p(
        "We’ll do the study again if we have to, and we’ll do it better.",
        TRELOAR,
        "direct",
        "said",
        "he",
    ),
    q(
        "contamination from the pit could reach the water supply within a decade",
        RESIDENTS,
        "indirect",
        "argued",
        "the Carnon Valley Residents’ Group",
        country="GB",
    ),
    p(
        "looked at the lithium and not at the water",
        PASCOE,
        "partial",
        "told",
        "Their barrister, Owen Pascoe KC",
    ),
    p(
        "I’ve lived in this valley all my life, and my children drink from that reservoir,",
        JENKIN,
        "direct",
        "said",
        JENKIN_SRC,
    ),
    p("Nobody asked us.", JENKIN, "direct", "said", JENKIN_SRC),
    p(
        "We are not against jobs. We are against being told to trust a study that nobody had "
        "bothered to update since 2017.",
        JENKIN,
        "direct",
        "said",
        JENKIN_SRC,
    ),
    q(
        "Ministers had hoped the mine would supply a battery plant planned for the Midlands",
        None,
        "indirect",
        "according to",
        "people familiar with the talks",
    ),
    q("Those talks would now be delayed", None, "indirect", "said", "they"),
    q(
        "We note the court’s decision and will consider it carefully. We remain committed to "
        "building a domestic supply of critical minerals.",
        None,
        "direct",
        "said",
        "A spokesperson for the Department for Business and Trade",
        country="GB",
        org="Department for Business and Trade",
    ),
    p("look closely", CHALK, "partial", "told", "The industry minister, Fiona Chalk"),
    p(
        "had not decided whether to join the company’s appeal",
        CHALK,
        "indirect",
        "told",
        "The industry minister, Fiona Chalk",
    ),
    p("waving the project through", LOWRY, "partial", "accused", "Her shadow, Gareth Lowry"),
    p(
        "The government should now commission a full independent study of the aquifer",
        LOWRY,
        "indirect",
        "said",
        "he",
    ),
    q(
        "it had raised concerns about the reservoir during the planning inquiry",
        "Penwith Water",
        "indirect",
        "said",
        "Penwith Water, which supplies the area",
        country="GB",
    ),
    p(
        "on a proper assessment",
        MOYLE,
        "partial",
        "said",
        "Its director of water quality, Helen Moyle",
    ),
    q(
        "the aquifer supplies about a fifth of the drinking water in that part of the county",
        "Environment Agency",
        "indirect",
        "According to",
        "the Environment Agency",
        country="GB",
    ),
    q(
        "it respected the decision",
        "Cornwall Council",
        "indirect",
        "said",
        "Cornwall Council, which backed the mine",
        country="GB",
    ),
    q(
        "continue to support good jobs in mining",
        None,
        "partial",
        "said",
        "A council spokesperson",
        country="GB",
        org="Cornwall Council",
    ),
    p("My dad worked at South Crofty until it shut,", ROWSE, "direct", "said", ROWSE_SRC),
    p(
        "I thought this was the thing that would keep my kids here. Now I don’t know.",
        ROWSE,
        "direct",
        "said",
        ROWSE_SRC,
    ),
    q(
        "they had not slept properly since the planning decision last year",
        None,
        "indirect",
        "said",
        "Residents in Carnon Downs",
        country="GB",
    ),
    q(
        "the ruling showed that the government had cut corners",
        None,
        "indirect",
        "said",
        "Local campaigners",
        country="GB",
    ),
    q(
        "it would deter investment in mining across the country",
        None,
        "indirect",
        "warned",
        "business groups",
        country="GB",
    ),
    p("within a fortnight", TRELOAR, "partial", "said", "Treloar"),
    p(
        "a new groundwater study would take at least 18 months",
        TRELOAR,
        "indirect",
        "added",
        "Trelor",
    ),
]

# --- a rural hospital closes its birthing unit, Minnesota (local paper, curly “quotes”) ----
LAKEWOOD = "Lakewood Memorial Hospital"
NORTHERN_PINES = "Northern Pines Health"
STAHL = {"speaker": "Mark Stahl", "role": "President and CEO", "country": "US", "org": LAKEWOOD}
LINDAHL = {
    "speaker": "Jodi Lindahl",
    "role": "labor and delivery nurse",
    "country": "US",
    "org": LAKEWOOD,
}
VUKOVICH = {
    "speaker": "Renee Vukovich",
    "role": "chief nursing officer",
    "country": "US",
    "org": LAKEWOOD,
}
HALVORSEN = {
    "speaker": "Greg Halvorsen",
    "role": "director",
    "country": "US",
    "org": "Tamarack County Ambulance",
}
SODERBERG = {"speaker": "Bev Soderberg", "role": "County Commissioner", "country": "US"}
VANG = {"speaker": "Julie Vang", "role": "State Representative", "country": "US"}
KESSLER = {"speaker": "Anne Kessler", "role": "obstetrician", "country": "US", "org": LAKEWOOD}
OKONKWO = {"speaker": "Paul Okonkwo", "role": "obstetrician", "country": "US", "org": LAKEWOOD}
BREKKE = {"speaker": "Kayla Brekke", "country": "US"}
STAHL_SRC = "Hospital President and CEO Mark Stahl"
LINDAHL_SRC = (
    "Jodi Lindahl, a labor and delivery nurse who has worked at Lakewood Memorial for 14 years"
)
HALVORSEN_SRC = "Greg Halvorsen, director of Tamarack County Ambulance"
SODERBERG_SRC = "County Commissioner Bev Soderberg, whose district includes Pine Lake"
VANG_SRC = "State Rep. Julie Vang, DFL-Pine Lake"
KESSLER_SRC = "Dr. Anne Kessler, one of the unit’s two obstetricians"

HOSPITAL_Q = [
    q(
        "it will close its labor and delivery unit at the end of January",
        LAKEWOOD,
        "indirect",
        "said",
        "the county’s only hospital",
        country="US",
    ),
    q(
        "Lakewood Memorial Hospital in Pine Lake delivered 141 babies last year, down from more "
        "than 300 a decade ago",
        LAKEWOOD,
        "indirect",
        "according to",
        "the hospital",
        country="US",
    ),
    p(
        "the unit lost about $2.4 million last year and could no longer find the staff to keep "
        "it open around the clock",
        STAHL,
        "indirect",
        "said",
        STAHL_SRC,
    ),
    p(
        "This is the hardest decision I’ve made in 19 years here,",
        STAHL,
        "direct",
        "said",
        "Stahl",
    ),
    p(
        "We cannot safely run a birthing unit with two obstetricians, and we have tried for "
        "three years to recruit a third.",
        STAHL,
        "direct",
        "said",
        "Stahl",
    ),
    q(
        "driven by safety, not by finances alone.",
        NORTHERN_PINES,
        "partial",
        "said",
        "The hospital’s parent company, Duluth-based Northern Pines Health",
        country="US",
    ),
    q(
        "the hospital would keep its emergency room open and would continue to offer prenatal "
        "visits at its clinic",
        NORTHERN_PINES,
        "indirect",
        "said",
        "It",
        country="US",
    ),
    p(
        "That is a long way in a Minnesota January",
        LINDAHL,
        "indirect",
        "said",
        LINDAHL_SRC,
    ),
    p(
        "I have had moms come in at nine centimeters because they waited out a snowstorm. Those "
        "moms are going to have their babies on the side of Highway 6,",
        LINDAHL,
        "direct",
        "said",
        "Lindahl",
    ),
    p(
        "And the ambulance is going to be in Grand Rapids with somebody else.",
        LINDAHL,
        "direct",
        "said",
        "Lindahl",
    ),
    p(
        "the 11 nurses who work in the unit would be offered jobs elsewhere in the hospital or "
        "at other Northern Pines sites",
        VUKOVICH,
        "indirect",
        "said",
        "The hospital’s chief nursing officer, Renee Vukovich",
    ),
    p("she expected most of them to stay", VUKOVICH, "indirect", "said", "She"),
    p(
        "longer trips to Grand Rapids would leave parts of the county without an ambulance for "
        "hours at a time",
        HALVORSEN,
        "indirect",
        "warned",
        HALVORSEN_SRC,
    ),
    p(
        "We have three rigs for 1,100 square miles. Every time one goes south with a woman in "
        "labor, that’s one less for a heart attack or a car in the ditch,",
        HALVORSEN,
        "direct",
        "said",
        "he",
    ),
    q(
        "More than 100 have done so since 2020",
        None,
        "indirect",
        "according to",
        "a study by a research center at the University of Minnesota",
        country="US",
        org="University of Minnesota",
    ),
    q(
        "Low birth rates, the cost of staffing a unit around the clock and low Medicaid "
        "payments are the main reasons",
        None,
        "indirect",
        "have said",
        "researchers",
    ),
    p(
        "The county would ask the state for money to put a second paramedic on night shifts",
        HALVORSEN,
        "indirect",
        "added",
        "he",
    ),
    p(
        "the board had learned of the closure Monday evening, less than a day before staff "
        "were told",
        SODERBERG,
        "indirect",
        "said",
        SODERBERG_SRC,
    ),
    p(
        "Nobody at Northern Pines picked up the phone before this was decided. That tells you "
        "how much this community counts to them,",
        SODERBERG,
        "direct",
        "said",
        "she",
    ),
    p(
        "the board would hold a public hearing on the closure at its Dec. 9 meeting",
        SODERBERG,
        "indirect",
        "said",
        "Soderburg",
    ),
    p("a blow to every young family in this county", VANG, "partial", "called", VANG_SRC),
    p(
        "she would introduce a bill requiring hospitals to give at least 180 days’ notice "
        "before closing a birthing unit",
        VANG,
        "indirect",
        "said",
        VANG_SRC,
    ),
    q(
        "the department had been notified and would review the hospital’s plans for emergency "
        "deliveries",
        None,
        "indirect",
        "said",
        "A spokesperson for the Minnesota Department of Health",
        country="US",
        org="Minnesota Department of Health",
    ),
    p(
        "she would keep seeing patients at the clinic but would deliver their babies in Grand "
        "Rapids",
        KESSLER,
        "indirect",
        "said",
        KESSLER_SRC,
    ),
    p(
        "My patients have been calling me all day. I tell them the same thing: we will get you "
        "through this, and we will get you there safely,",
        KESSLER,
        "direct",
        "said",
        "she",
    ),
    p(
        "he planned to leave the area in the spring",
        OKONKWO,
        "indirect",
        "said",
        "Her colleague, Dr. Paul Okonkwo",
    ),
    q(
        "they felt abandoned",
        None,
        "indirect",
        "said",
        "Families who gathered outside the hospital Tuesday afternoon",
        country="US",
    ),
    p(
        "I was born here. My two kids were born here. My sister is due in March, and now she "
        "has to pack a bag and stay in a motel in Grand Rapids for the last two weeks,",
        BREKKE,
        "direct",
        "said",
        "Kayla Brekke, 29, of Orr Lake",
    ),
    p(
        "the hospital would pay for a hotel room near the Grand Rapids hospital for mothers who "
        "live more than an hour away and are within a week of their due date",
        STAHL,
        "indirect",
        "said",
        "Stahl",
    ),
    p(
        "I would never say never. But I am not going to tell these families something I can’t "
        "promise.",
        STAHL,
        "direct",
        "said",
        "Stahl",
    ),
]

# --- Bulgaria expels three Russian diplomats, Sofia (AFP style, straight "double quotes") ---
MINISTRY = "Foreign Ministry"
PROSECUTORS = "Specialised Prosecutor's Office"
EMBASSY = "Russian embassy"
STOILOVA = {"speaker": "Daria Stoilova", "role": "Foreign Minister", "country": "BG"}
KOEV = {"speaker": "Ivan Koev", "role": "deputy foreign minister", "country": "BG"}
VALCHEV = {"speaker": "Rosen Valchev", "role": "Prime Minister", "country": "BG"}
ORLOVA = {"speaker": "Galina Orlova", "role": "spokeswoman", "country": "RU", "org": MINISTRY}
VANDAELE = {"speaker": "Pieter Vandaele", "role": "spokesman", "org": "EU"}
MARINOV = {"speaker": "Stefan Marinov", "role": "leader", "country": "BG", "org": "Rodina Alliance"}
BONEVA = {
    "speaker": "Elitsa Boneva",
    "role": "security analyst",
    "country": "BG",
    "org": "Balkan Security Forum",
}
PETAR = {"speaker": "Petar", "role": "crane operator", "country": "BG"}
STOILOVA_SRC = "Foreign Minister Daria Stoilova"
KOEV_SRC = "Her deputy, Ivan Koev"
ORLOVA_SRC = "foreign ministry spokeswoman Galina Orlova"
VANDAELE_SRC = "EU foreign policy spokesman Pieter Vandaele"
BONEVA_SRC = "Elitsa Boneva, a security analyst at the Balkan Security Forum in Sofia"
PETAR_SRC = "a crane operator who gave only his first name, Petar"

EXPULSION_Q = [
    q(
        "Bulgaria on Monday ordered three Russian diplomats to leave the country within 72 "
        "hours, accusing them of gathering information on military cargo passing through the "
        "Black Sea port of Burgas",
        MINISTRY,
        "indirect",
        "said",
        "the foreign ministry",
        country="BG",
    ),
    q(
        "activities incompatible with their diplomatic status",
        MINISTRY,
        "partial",
        "said",
        "The ministry",
        country="BG",
    ),
    q(
        "the Russian ambassador had been summoned and handed a note of protest",
        MINISTRY,
        "indirect",
        "said",
        "It",
        country="BG",
    ),
    q(
        "the diplomats paid a port employee and a customs officer for shipping schedules and "
        "photographs of ammunition containers over at least eight months",
        PROSECUTORS,
        "indirect",
        "According to",
        "the Specialised Prosecutor's Office",
        country="BG",
    ),
    q(
        "Both Bulgarians were arrested last week and charged with espionage",
        PROSECUTORS,
        "indirect",
        "said",
        "it",
        country="BG",
    ),
    p("clear and documented", STOILOVA, "partial", "told", STOILOVA_SRC),
    p(
        "Bulgaria had informed its partners in NATO and the European Union before announcing "
        "the decision",
        STOILOVA,
        "indirect",
        "told",
        STOILOVA_SRC,
    ),
    p(
        "Bulgaria is a sovereign country, and its ports are not an open book for the "
        "intelligence services of another state,",
        STOILOVA,
        "direct",
        "said",
        "she",
    ),
    p("We have been patient. Our patience has limits.", STOILOVA, "direct", "said", "she"),
    p("several more", KOEV, "partial", "said", KOEV_SRC),
    p("no further expulsions had been decided", KOEV, "indirect", "said", KOEV_SRC),
    p(
        "the government would not let the case damage trade with any country, Russia included",
        VALCHEV,
        "indirect",
        "said",
        "Prime Minister Rosen Valchev",
    ),
    p(
        "We are not expelling a people. We are expelling three people who broke our laws,",
        VALCHEV,
        "direct",
        "said",
        "he",
    ),
    p(
        "Security at the port had been tightened and its staff would be vetted again",
        VALCHEV,
        "indirect",
        "added",
        "he",
    ),
    q(
        "absurd",
        EMBASSY,
        "partial",
        "rejected",
        "The Russian embassy in Sofia",
        country="RU",
    ),
    q(
        "a hostile act dictated from Brussels and Washington",
        EMBASSY,
        "partial",
        "called",
        "The Russian embassy in Sofia",
        country="RU",
    ),
    p("in a tit-for-tat manner, as always", ORLOVA, "partial", "said", ORLOVA_SRC),
    p(
        "The Bulgarian authorities have once again chosen to follow orders rather than their "
        "own national interest,",
        ORLOVA,
        "direct",
        "told",
        "Orlova",
    ),
    p(
        "They should not be surprised when the answer comes.",
        ORLOVA,
        "direct",
        "told",
        "Orlova",
    ),
    p("Sofia knows very well what we are capable of.", ORLOVA, "direct", "told", "Orlova"),
    q(
        "the decision would not help relations",
        "Kremlin",
        "indirect",
        "said",
        "The Kremlin",
        country="RU",
    ),
    q(
        "Russian diplomats in Sofia were expected to leave by road through Serbia on Thursday",
        None,
        "indirect",
        "according to",
        "a person familiar with the arrangements",
    ),
    p("in full solidarity", VANDAELE, "partial", "said", VANDAELE_SRC),
    p(
        "stop its hybrid attacks against member states",
        VANDAELE,
        "partial",
        "called on",
        VANDAELE_SRC,
    ),
    q(
        "the alliance was aware of the case and was in close contact with Bulgarian authorities",
        None,
        "indirect",
        "said",
        "A NATO official, who asked not to be named",
        org="NATO",
    ),
    p(
        "the government had staged the case to distract attention from a vote on the budget",
        MARINOV,
        "indirect",
        "said",
        "Stefan Marinov, leader of the opposition Rodina Alliance",
    ),
    p(
        "his party had any links to the Russian embassy",
        MARINOV,
        "indirect",
        "denied",
        "Marinov",
    ),
    p(
        "We meet with every ambassador in this city. That is what politicians do,",
        MARINOV,
        "direct",
        "told",
        "he",
    ),
    p("a fairy tale for the gullible.", STOILOVA, "partial", "dismissed", "Stoylova"),
    q(
        "Russia was likely to expel an equal number of Bulgarians from Moscow within days",
        None,
        "indirect",
        "said",
        "Diplomats in Sofia",
    ),
    q(
        "the timing reflected a wider pattern across the region",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "Bulgaria used to be the last country in the EU to take this step. Now it is doing it "
        "without waiting for anyone,",
        BONEVA,
        "direct",
        "said",
        BONEVA_SRC,
    ),
    p("That is a real change.", BONEVA, "direct", "said", BONEVA_SRC),
    p(
        "Moscow's response would probably target Bulgarian business interests in Russia rather "
        "than diplomats alone",
        BONEVA,
        "indirect",
        "said",
        "Boneva",
    ),
    q(
        "the arrests had shaken the staff",
        None,
        "indirect",
        "said",
        "Port workers in Burgas",
        country="BG",
    ),
    p(
        "You work next to someone for ten years and then you read this,",
        PETAR,
        "direct",
        "said",
        PETAR_SRC,
    ),
    p("Nobody knew anything.", PETAR, "direct", "said", PETAR_SRC),
    p(
        "Every option is on the table. But today we are talking about three diplomats, and they "
        "have three days.",
        STOILOVA,
        "direct",
        "said",
        "Stoilova",
    ),
]

DOCS = [
    ("heldout17-river-ohio-hollister-lock-gate-failure", "BRANNOCK, Ky.", RIVER_Q),
    ("heldout17-munibond-fenwick-park-payment-default", "CHICAGO", MUNI_Q),
    ("heldout17-mine-cornwall-lithium-high-court-ruling", None, MINE_Q),
    ("heldout17-hospital-tamarack-county-birthing-unit-closure", None, HOSPITAL_Q),
    ("heldout17-expulsion-bulgaria-russian-diplomats-burgas-port", "Sofia", EXPULSION_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Agriculture Department",
    "Army Corps of Engineers",
    "Carnon Valley Residents’ Group",
    "Coast Guard",
    "Cornwall Council",
    "Environment Agency",
    "Finance Department",
    "Foreign Ministry",
    "High Court",
    "Kernow Lithium",
    "Kremlin",
    "Lakeshore Trust Co",
    "Lakewood Memorial Hospital",
    "Northern Pines Health",
    "Penwith Water",
    "Russian embassy",
    "Specialised Prosecutor's Office",
)


def main():
    write_gold(
        HERE,
        "heldout17_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout17",
        source="quotesdb held-out 17 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
