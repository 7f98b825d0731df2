"""Build heldout29_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the conventions of decisions 1-10 of articles/attribution/README.md and of the
earlier sets (see bench/heldout29/README.md). Each quote is located by searching its exact
text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout29/make_gold.py   # writes bench/heldout29/heldout29_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a city cemetery runs out of plots (New Zealand regional daily style, Otago Daily
# Times-like: no dateline, straight "double quotes", `Ms`, `Cr`, `4ha`; NZ) ------------------
DCC = "Dunedin City Council"
CHS = "Caversham Heritage Society"
CHS_BODY = {"speaker": CHS, "country": "NZ"}
TAUTAHI = {
    "speaker": "Aroha Tautahi",
    "role": "cemeteries manager",
    "country": "NZ",
    "org": DCC,
}
DOWLING = {"speaker": "Hamish Dowling", "role": "councillor", "country": "NZ", "org": DCC}
MARSH_KERR = {"speaker": "Linda Marsh-Kerr", "role": "councillor", "country": "NZ", "org": DCC}
FAIRBAIRN = {
    "speaker": "Mark Fairbairn",
    "country": "NZ",
    "org": "Fairbairn & Sons Funeral Services",
}
PERE = {"speaker": "Moana Pere", "country": "NZ"}
TAUTAHI_SRC = "Council cemeteries manager Aroha Tautahi"
MARSH_KERR_SRC = (
    "Cr Linda Marsh-Kerr, who voted against sending the report out for consultation in August"
)
FAIRBAIRN_SRC = "Mark Fairbairn, who runs Fairbairn & Sons Funeral Services in South Dunedin"
CHS_SRC = (
    "The Caversham Heritage Society, which keeps burial records for several of the city's "
    "older cemeteries"
)
PERE_SRC = "Moana Pere, 68, whose parents are buried at Kaikorai Hill"

CEMETERY_Q = [
    # the council's staff and their report: an unnamed source of the council
    q(
        "Dunedin's busiest cemetery will have no new burial plots left by 2029 unless the city "
        "buys more land or starts reusing graves more than a century old",
        None,
        "indirect",
        "say",
        "council staff",
        country="NZ",
        org=DCC,
    ),
    q(
        "limited and respectful",
        None,
        "partial",
        "recommends",
        "The report",
        country="NZ",
        org=DCC,
    ),
    p(
        "staff had known for years that space was tight, but that a spike in burials in 2021 "
        "and 2022 had brought the date forward by about three years",
        TAUTAHI,
        "indirect",
        "said",
        TAUTAHI_SRC,
    ),
    p(
        "Nobody is going to turn up one morning and find the gates locked,",
        TAUTAHI,
        "direct",
        "said",
        "Ms Tautahi",
    ),
    # the next paragraph, no cue: the same speaker goes on
    p(
        "But if we do nothing, families in 2030 will be driving out to Mosgiel or further to "
        "bury their parents, and that is not a service we want to offer.",
        TAUTAHI,
        "direct",
        None,
        "Ms Tautahi",
    ),
    p(
        "the council could extend the cemetery onto a 4ha paddock it bought next door in 1987, "
        "but the slope was steep and the ground would need retaining walls costing about $6.5 "
        "million",
        TAUTAHI,
        "indirect",
        "said",
        "She",
    ),
    p("a hard conversation", DOWLING, "partial", "said", "Cr Hamish Dowling"),
    p("did not want the council to rush", DOWLING, "indirect", "said", "Cr Hamish Dowling"),
    p(
        "This is the kind of decision you make once and then live with for a hundred years,",
        DOWLING,
        "direct",
        "said",
        "he",
    ),
    p(
        "I would rather we took six months longer and got it right.",
        DOWLING,
        "direct",
        "said",
        "he",
    ),
    p(
        "buy the land, build the walls and leave the dead where they are.",
        MARSH_KERR,
        "partial",
        "said",
        MARSH_KERR_SRC,
    ),
    p("grave robbing with a permit", MARSH_KERR, "partial", "called", "She"),
    p(
        "she had already heard from more than 40 ratepayers opposed to it",
        MARSH_KERR,
        "indirect",
        "said",
        "She",
    ),
    # `Funeral directors are divided. Several said …`: a group, speaker null
    q(
        "families were already asking whether plots bought decades ago would be honoured",
        None,
        "indirect",
        "said",
        "Several",
        country="NZ",
    ),
    p("a well-run scheme could work", FAIRBAIRN, "indirect", "said", FAIRBAIRN_SRC),
    p("absolute honesty", FAIRBAIRN, "partial", "said", FAIRBAIRN_SRC),
    p(
        "People forgive a lot, but they will not forgive finding out from a neighbour that "
        "Grandad has been moved,",
        FAIRBAIRN,
        "direct",
        "said",
        "he",
    ),
    p(
        "his firm had buried 41 people at Kaikorai Hill last year and had already begun "
        "advising families to look at other cemeteries",
        FAIRBAIRN,
        "indirect",
        "said",
        "He",
    ),
    p("no objection in principle", CHS_BODY, "partial", "said", CHS_SRC),
    p(
        "would oppose any work near graves listed by Heritage New Zealand",
        CHS_BODY,
        "indirect",
        "said",
        CHS_SRC,
    ),
    p(
        "she had paid for the plot beside them in 2004 and had been told this week it was safe",
        PERE,
        "indirect",
        "said",
        PERE_SRC,
    ),
    p(
        "I bought that plot when I was 47. I'd quite like to end up in it,",
        PERE,
        "direct",
        "said",
        "she",
    ),
    q(
        "public submissions would open in February if the committee approved the report on Tuesday",
        None,
        "indirect",
        "said",
        "A council spokeswoman",
        role="spokeswoman",
        country="NZ",
        org=DCC,
    ),
    q(
        "councillors could also ask staff to cost a new cemetery on farmland at the city's "
        "southern edge",
        None,
        "indirect",
        "says",
        "The report",
        country="NZ",
        org=DCC,
    ),
    p(
        "before the council sells them to someone else",
        TAUTAHI,
        "partial",
        "said",
        "Ms Tautahi",
    ),
    p(
        "We have had 19 requests since the report went online. We are not taking any "
        "reservations until councillors decide,",
        TAUTAHI,
        "direct",
        "said",
        "she",
    ),
]

# --- a college esports team benched for account sharing (US student newspaper style: no
# dateline, curly “double quotes” with straight apostrophes, `told The Ledger`; US) ----------
HSU = "Harmon State University"
GLCEC = "Great Lakes Collegiate Esports Conference"
GLCEC_BODY = {"speaker": GLCEC, "country": "US"}
OKAFOR = {"speaker": "Brian Okafor", "role": "head coach", "country": "US", "org": HSU}
LINDGREN = {"speaker": "Tara Lindgren", "role": "Commissioner", "country": "US", "org": GLCEC}
ALVAREZ = {"speaker": "Devon Alvarez", "role": "captain", "country": "US", "org": HSU}
VEGA = {"speaker": "Marisol Vega", "role": "Dean of Students", "country": "US", "org": HSU}
BOYD = {"speaker": "Keisha Boyd", "role": "student senator", "country": "US"}
PLAYER_SRC = (
    "One current player, who asked not to be named because he feared losing his scholarship"
)
ALVAREZ_SRC = "Devon Alvarez, a senior studying information systems and the team's captain"
BOYD_SRC = "Keisha Boyd, a student senator who sponsored last year's resolution to expand the arena"
PLAYER = {"role": "player", "country": "US", "org": HSU}

ESPORTS_Q = [
    q(
        "Harmon State's varsity Valorant team will sit out the rest of the spring season after "
        "a conference investigation found that a graduated former player competed in two league "
        "matches using a current student's account",
        None,
        "indirect",
        "said",
        "university officials",
        country="US",
        org=HSU,
    ),
    # the conference's ruling is the conference's (a body's document)
    p(
        "The Great Lakes Collegiate Esports Conference (GLCEC) also stripped the team of both "
        "wins and fined the program $2,500",
        GLCEC_BODY,
        "indirect",
        "according to",
        "a ruling posted on the conference's website Friday",
    ),
    p(
        "Competitive integrity is the only thing that makes a collegiate title mean anything,",
        GLCEC_BODY,
        "direct",
        "said",
        "the ruling",
    ),
    p(
        "the team's head coach had not known about the arrangement and would not face sanctions",
        GLCEC_BODY,
        "indirect",
        "said",
        "The GLCEC",
    ),
    p(
        "the same way everyone else did — from a screenshot on Discord.",
        OKAFOR,
        "partial",
        "told",
        "That coach, Brian Okafor",
    ),
    p("I trusted them, and I'd trust most of them again,", OKAFOR, "direct", "said", "Okafor"),
    p("But I can't coach a team I can't verify.", OKAFOR, "direct", "said", "Okafor"),
    p(
        "he would rebuild the roster over the summer, with tryouts open to any enrolled "
        "student, and that every player would now log in from a university-owned machine in "
        "the arena on match days",
        OKAFOR,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the former player, who graduated in December, logged into a sophomore's account for "
        "matches against Lakeshore Tech and Bellamy College on Feb. 22 and March 1",
        GLCEC_BODY,
        "indirect",
        "according to",
        "the ruling",
    ),
    p(
        "the conference had received three other complaints about account sharing this season "
        "and was considering requiring webcams during league matches",
        LINDGREN,
        "indirect",
        "said",
        "GLCEC Commissioner Tara Lindgren",
    ),
    p(
        "We're not trying to build a surveillance state. But we need to know who is holding "
        "the mouse,",
        LINDGREN,
        "direct",
        "said",
        "Lindgren",
    ),
    q("most of the roster knew about the swap", None, "indirect", "said", PLAYER_SRC, **PLAYER),
    q("figured it was a gray area.", None, "partial", "said", PLAYER_SRC, **PLAYER),
    q(
        "Nobody was getting paid. It was a favor for a friend who wanted one more season,",
        None,
        "direct",
        "said",
        "the player",
        **PLAYER,
    ),
    p(
        "the decision punished players who had nothing to do with the swap",
        ALVAREZ,
        "indirect",
        "said",
        ALVAREZ_SRC,
    ),
    p(
        "Four of us are seniors. This was our last shot, and we lost it over something we "
        "didn't do,",
        ALVAREZ,
        "direct",
        "said",
        "Alvarez",
    ),
    p(
        "he had asked the conference to let the remaining players enter the spring playoffs as "
        "individuals",
        ALVAREZ,
        "indirect",
        "said",
        "He",
    ),
    # `, a request he said had not been answered`: a cue inside an appositive
    p("had not been answered", ALVAREZ, "indirect", "said", "he"),
    p(
        "takes academic and athletic integrity equally seriously",
        VEGA,
        "partial",
        "said",
        "Dean of Students Marisol Vega",
    ),
    p(
        "would review how esports scholarships are awarded",
        VEGA,
        "indirect",
        "said",
        "Dean of Students Marisol Vega",
    ),
    p(
        "the suspension should not become an excuse to cut the program's budget",
        BOYD,
        "indirect",
        "said",
        BOYD_SRC,
    ),
    p(
        "Every varsity sport has had a scandal at some point. Nobody proposes cutting football,",
        BOYD,
        "direct",
        "said",
        "she",
    ),
    q(
        "the esports budget, about $410,000 this year, was set through 2026 and was not under "
        "review",
        None,
        "indirect",
        "said",
        "An athletics department spokesperson",
        role="spokesperson",
        country="US",
        org=HSU,
    ),
    q("the punishment fit the offense", None, "indirect", "said", "Several", country="US"),
    q(
        "a death sentence for a team that did nothing wrong.",
        None,
        "partial",
        "called",
        "others",
        country="US",
    ),
    p(
        "he had already heard from two dozen students interested in trying out for next "
        "season, including several who have never played competitively",
        OKAFOR,
        "indirect",
        "said",
        "Okafor",
    ),
    p("That tells me the program isn't dead,", OKAFOR, "direct", "said", "he"),
    p("It just has to earn its name back.", OKAFOR, "direct", "said", "he"),
]

# --- a poor Czech hop harvest and British brewers (a UK brewing trade paper's style: no
# dateline, curly ‘single quotes’ with curly apostrophes, `told BTR`, `40%`, `€28`; CZ, GB,
# DE) ----------------------------------------------------------------------------------------
MINAG = "Ministry of Agriculture"
CHMELEX = "Chmelex Louny"
SIBA = "Society of Independent Brewers and Associates"
STARA_HORA = "Pivovar Stará Hora"
MINAG_BODY = {"speaker": MINAG, "country": "CZ"}
CHMELEX_BODY = {"speaker": CHMELEX, "country": "CZ"}
SIBA_BODY = {"speaker": SIBA, "country": "GB"}
HRUSKA = {"speaker": "Tomáš Hruška", "role": "chairman", "country": "CZ", "org": CHMELEX}
GILCHRIST = {
    "speaker": "Fiona Gilchrist",
    "role": "head brewer",
    "country": "GB",
    "org": "Cask & Anchor Brewing",
}
WEIDLICH = {
    "speaker": "Jonas Weidlich",
    "role": "hop trader",
    "country": "DE",
    "org": "Brandt & Sohn",
}
CHMELEX_SRC = "Chmelex Louny, a cooperative of 61 growers that sells about a fifth of the Saaz crop"
GILCHRIST_SRC = "Fiona Gilchrist, head brewer at Cask & Anchor Brewing in Leeds"
BREWER_SRC = (
    "One brewer, who asked not to be named because his contract with a merchant forbids him to "
    "discuss prices"
)
SIBA_SRC = (
    "The Society of Independent Brewers and Associates (SIBA), which represents more than 600 "
    "small breweries"
)
STARA_HORA_SRC = (
    "A spokeswoman for Pivovar Stará Hora, a Czech brewery whose lager is widely exported to the UK"
)
STARA_HORA_SOURCE = {"role": "spokeswoman", "country": "CZ", "org": STARA_HORA}
WEIDLICH_SRC = "Jonas Weidlich, a hop trader at Nuremberg-based merchant Brandt & Sohn"

HOPS_Q = [
    p(
        "the national crop would come in at around 4,300 tonnes, down from 6,900 tonnes last "
        "year, with yields in the Žatec region worst hit",
        MINAG_BODY,
        "indirect",
        "said",
        "The Czech Ministry of Agriculture",
    ),
    p(
        "it will deliver 60% of contracted volumes and cancel all spot sales",
        CHMELEX_BODY,
        "indirect",
        "told",
        CHMELEX_SRC,
    ),
    p(
        "growers had watered where they could but that many older gardens had no irrigation at all",
        HRUSKA,
        "indirect",
        "said",
        "Its chairman, Tomáš Hruška",
    ),
    p(
        "We had six weeks without proper rain in June and July, and the cones simply did not fill,",
        HRUSKA,
        "direct",
        "told",
        "he",
    ),
    p(
        "I have been growing hops for 30 years and I have not seen plants look like that.",
        HRUSKA,
        "direct",
        "told",
        "he",
    ),
    # `said A, ‘because B’`: A reported, the quote its own statement
    p(
        "the cooperative would give priority to brewers with long-term contracts",
        HRUSKA,
        "indirect",
        "said",
        "Hruška",
    ),
    p(
        "because they are the ones who stood by us in the bad years",
        HRUSKA,
        "partial",
        "said",
        "Hruška",
    ),
    p(
        "the brewery’s flagship pilsner used only Saaz",
        GILCHRIST,
        "indirect",
        "said",
        GILCHRIST_SRC,
    ),
    p("no honest substitute", GILCHRIST, "partial", "said", GILCHRIST_SRC),
    p(
        "We could blend in something German and most drinkers wouldn’t notice. But we would "
        "notice, and the can says Saaz on it,",
        GILCHRIST,
        "direct",
        "said",
        "she",
    ),
    p(
        "Cask & Anchor had secured about half its usual volume and would brew the pilsner in "
        "two batches instead of five this winter",
        GILCHRIST,
        "indirect",
        "said",
        "Gilchrist",
    ),
    p(
        "Our regulars will still get their pint. They might just have to wait a bit longer for it,",
        GILCHRIST,
        "direct",
        "said",
        "she",
    ),
    q(
        "they had been offered Saaz on the spot market at more than double last year’s price",
        None,
        "indirect",
        "said",
        "Several brewers contacted by BTR",
        country="GB",
    ),
    q(
        "he had paid €28 a kilo for a 200kg lot that would have cost €12 in 2023",
        None,
        "indirect",
        "said",
        BREWER_SRC,
        role="brewer",
        country="GB",
    ),
    p("monitoring the situation closely", SIBA_BODY, "partial", "said", SIBA_SRC),
    p(
        "had asked members to report problems with deliveries",
        SIBA_BODY,
        "indirect",
        "said",
        SIBA_SRC,
    ),
    q(
        "the company grew most of its own hops",
        None,
        "indirect",
        "said",
        STARA_HORA_SRC,
        **STARA_HORA_SOURCE,
    ),
    q("any change in the glass", None, "partial", "said", STARA_HORA_SRC, **STARA_HORA_SOURCE),
    # the quote stands for the clause it is in; `and warned that B` a new cue
    p(
        "at least until the 2026 harvest is in the barn",
        WEIDLICH,
        "partial",
        "said",
        WEIDLICH_SRC,
    ),
    p(
        "some brewers would change their recipes for good",
        WEIDLICH,
        "indirect",
        "warned",
        WEIDLICH_SRC,
    ),
    p(
        "Once a brewer finds a recipe that works with American or English hops, they don’t "
        "come back,",
        WEIDLICH,
        "direct",
        "said",
        "Weidlich",
    ),
    p(
        "That is the real cost of a bad year, and it doesn’t show up until later.",
        WEIDLICH,
        "direct",
        "said",
        "Weidlich",
    ),
    p(
        "his firm had already sold out of Saaz for the year and was turning away new customers",
        WEIDLICH,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the cooperative was applying for state drought aid and that members planned to "
        "install drip irrigation on another 300 hectares before next spring",
        HRUSKA,
        "indirect",
        "said",
        "Hruška",
    ),
    p("within weeks", MINAG_BODY, "partial", "said", "The ministry"),
    p(
        "it would raise the shortage with the Department for Business and Trade",
        SIBA_BODY,
        "indirect",
        "said",
        "SIBA",
    ),
    p(
        "Saaz is not just a crop here. It is the reason the town exists,",
        HRUSKA,
        "direct",
        "said",
        "Hruška",
    ),
]

# --- Bali steps up dog vaccinations after rabies deaths (ANTARA English-service style,
# dateline `Denpasar, Bali (ANTARA) -`, straight "double quotes", `here on Tuesday`, long
# titles before Balinese names; ID) -----------------------------------------------------------
MOH = "Ministry of Health"
YSAB = "Yayasan Sahabat Anjing Bali"
BVOA = "Bali Villa Owners Association"
WHO = "World Health Organization"
MOH_BODY = {"speaker": MOH, "country": "ID"}
YSAB_BODY = {"speaker": YSAB, "country": "ID"}
BVOA_BODY = {"speaker": BVOA, "country": "ID"}
WHO_BODY = {"speaker": WHO}
SUDIARTHA = {
    "speaker": "I Gusti Ngurah Sudiartha",
    "role": "Head",
    "country": "ID",
    "org": "Bali Provincial Health Office",
}
SUKERNI = {
    "speaker": "Ni Made Sukerni",
    "role": "Head",
    "country": "ID",
    "org": "Bali Animal Husbandry and Animal Health Office",
}
RAHMAWATI = {"speaker": "Siti Rahmawati", "role": "spokesperson", "country": "ID", "org": MOH}
SUARNATA = {"speaker": "Gede Suarnata", "role": "Regent", "country": "ID"}
WIRAWAN = {"speaker": "Made Wirawan", "role": "village head", "country": "ID"}
SRIANI = {"speaker": "Ni Kadek Sriani", "role": "mother", "country": "ID"}
ASTAWA = {"speaker": "Komang Astawa", "role": "Chairman", "country": "ID", "org": BVOA}
SUDIARTHA_SRC = "Head of the Bali Provincial Health Office, I Gusti Ngurah Sudiartha"
SUKERNI_SRC = "Head of the Bali Animal Husbandry and Animal Health Office Ni Made Sukerni"
YSAB_SRC = "A dog welfare group, Yayasan Sahabat Anjing Bali"
ASTAWA_SRC = "Chairman of the Bali Villa Owners Association (BVOA), Komang Astawa"

RABIES_Q = [
    p(
        "18,400 dog bites had been reported across the province in the first five months of "
        "the year, 41 percent of them in Buleleng",
        SUDIARTHA,
        "indirect",
        "said",
        SUDIARTHA_SRC,
    ),
    p(
        "All five victims were bitten by dogs that had not been vaccinated, and none of them "
        "completed the anti-rabies vaccine course after the bite,",
        SUDIARTHA,
        "direct",
        "told",
        "Sudiartha",
    ),
    p(
        "the office had sent 12,000 vials of human anti-rabies vaccine to community health "
        "centers (puskesmas) in Buleleng",
        SUDIARTHA,
        "indirect",
        "said",
        "He",
    ),
    # the request (`urged residents to go … "…" after any bite`) is represented by its quote
    p("immediately, not the next day", SUDIARTHA, "partial", "urged", "He"),
    p(
        "her office aimed to vaccinate 70 percent of the island's estimated 540,000 dogs by the "
        "end of August",
        SUKERNI,
        "indirect",
        "said",
        SUKERNI_SRC,
    ),
    # `, the level experts say is needed to …`: a cue inside an appositive, a group source
    q("is needed to stop transmission", None, "indirect", "say", "experts", country="ID"),
    p("So far coverage in Buleleng stood at 46 percent", SUKERNI, "indirect", "noted", "she"),
    p(
        "The problem is not the vaccine supply. The problem is reaching dogs that have no "
        "owner, or whose owner lets them roam,",
        SUKERNI,
        "direct",
        "explained",
        "Sukerni",
    ),
    p(
        "120 vaccination teams, each made up of a veterinarian and two dog catchers, had been "
        "deployed to 148 villages in Buleleng, with priority given to villages where bites had "
        "been reported in the last two months",
        SUKERNI,
        "indirect",
        "said",
        "She",
    ),
    p(
        "it would send an additional 30,000 doses of human vaccine to Bali this week",
        MOH_BODY,
        "indirect",
        "said",
        "The Indonesian Ministry of Health in Jakarta",
    ),
    p(
        "We will not let supply be the reason someone dies of rabies,",
        RAHMAWATI,
        "direct",
        "said",
        "a spokesperson for the ministry, Siti Rahmawati",
    ),
    p(
        "the district had set aside Rp2.4 billion from its emergency budget for vaccines and dog "
        "catchers, and that village officials would check every household for unvaccinated dogs",
        SUARNATA,
        "indirect",
        "said",
        "Buleleng Regent Gede Suarnata",
    ),
    p(
        "Every dog in Buleleng must be vaccinated, with an owner or without one,",
        SUARNATA,
        "direct",
        "said",
        "the regent",
    ),
    p(
        "residents had begun tying up their dogs at night",
        WIRAWAN,
        "indirect",
        "said",
        "village head Made Wirawan",
    ),
    p(
        "People are scared now. Before, a dog bite was something you washed with water and forgot,",
        WIRAWAN,
        "direct",
        "said",
        "Wirawan",
    ),
    p(
        "the family had not known the puppy was sick",
        SRIANI,
        "indirect",
        "said",
        "His mother, Ni Kadek Sriani",
    ),
    # the son's `He said …` inside her quote stays inside it
    p(
        "He said it was only a small bite. We put a leaf on it, like my grandmother used to do,",
        SRIANI,
        "direct",
        "said",
        "she",
    ),
    p("it opposed any culling of dogs", YSAB_BODY, "indirect", "said", YSAB_SRC),
    p("to fund a sterilization program instead", YSAB_BODY, "indirect", "urged", YSAB_SRC),
    p("a last resort", SUKERNI, "partial", "said", "Sukerni"),
    p(
        "would be used only for dogs showing symptoms of the disease",
        SUKERNI,
        "indirect",
        "said",
        "Sukerni",
    ),
    q(
        "the outbreak had not yet affected arrivals",
        None,
        "indirect",
        "said",
        "Tourism operators",
        country="ID",
    ),
    p(
        "no cancellations had been reported among its 300 members",
        ASTAWA,
        "indirect",
        "said",
        ASTAWA_SRC,
    ),
    p(
        "guests mostly asked whether dogs roamed near their villas",
        ASTAWA,
        "indirect",
        "adding",
        ASTAWA_SRC,
    ),
    p(
        "it had printed leaflets in English, Chinese and Russian telling guests what to do if "
        "bitten",
        BVOA_BODY,
        "indirect",
        "said",
        "The BVOA",
    ),
    p(
        "Indonesia aims to end human deaths from dog-mediated rabies by 2030",
        WHO_BODY,
        "indirect",
        "said",
        "The World Health Organization",
    ),
    p(
        "Bali had been close to eliminating rabies before the COVID-19 pandemic interrupted "
        "vaccination campaigns in 2020 and 2021",
        SUDIARTHA,
        "indirect",
        "said",
        "Sudiartha",
    ),
    p("We lost two years. Now we are paying for it,", SUDIARTHA, "direct", "remarked", "he"),
]

# --- an Ohio harness track to close (a racing magazine's news pages: dateline
# `GROVE CITY, Ohio —`, present-tense `says`, curly “double quotes” and curly apostrophes; US)
KEYSTONE = "Keystone Gaming Group"
OHHA = "Ohio Harness Horsemen’s Association"
OSRC = "Ohio State Racing Commission"
MERIDIAN = "Meridian Logistics Partners"
KEYSTONE_BODY = {"speaker": KEYSTONE, "country": "US"}
OHHA_BODY = {"speaker": OHHA, "country": "US"}
MERIDIAN_BODY = {"speaker": MERIDIAN, "country": "US"}
WHITCOMB = {
    "speaker": "Dana Whitcomb",
    "role": "chief operating officer",
    "country": "US",
    "org": KEYSTONE,
}
KESSLING = {"speaker": "Ray Kessling", "role": "president", "country": "US", "org": OHHA}
YODER = {"speaker": "Linda Yoder", "role": "groom", "country": "US"}
GAINES = {"speaker": "Tyrell Gaines", "role": "Driver", "country": "US"}
MENDEZ = {"speaker": "Carl Mendez", "role": "trustee", "country": "US"}
BRENNEMAN = {"speaker": "Walt Brenneman", "country": "US"}
WHITCOMB_SRC = "Keystone’s chief operating officer, Dana Whitcomb"
KESSLING_SRC = "Its president, Ray Kessling, a trainer with 28 horses stabled at the track"
GAINES_SRC = "Driver Tyrell Gaines, who won 212 races at the track last season"
MENDEZ_SRC = "Jackson Township trustee Carl Mendez"
BRENNEMAN_SRC = "Walt Brenneman, who wrote a history of the track for its 50th anniversary"

RACECOURSE_Q = [
    # a lead's `its owner announced`: the company the next paragraph names
    p(
        "Tri-County Downs, the half-mile harness track south of Columbus that has raced every "
        "summer since 1954, will close after its fall meet",
        KEYSTONE_BODY,
        "indirect",
        "announced",
        "its owner",
    ),
    p(
        "live racing has lost money in 11 of the past 12 years and that the casino it built "
        "next door in 2013 can no longer cover the gap",
        KEYSTONE_BODY,
        "indirect",
        "says",
        "Keystone Gaming Group, which has owned the track since 2009",
    ),
    p(
        "We kept it going longer than the numbers said we should, because we know what this "
        "place means,",
        WHITCOMB,
        "direct",
        "says",
        WHITCOMB_SRC,
    ),
    p(
        "But there is a point where sentiment is a subsidy, and we reached it.",
        WHITCOMB,
        "direct",
        "says",
        WHITCOMB_SRC,
    ),
    p(
        "the company will honor every stall agreement through the final day of racing, Oct. 18, "
        "and will pay to move horses to other Ohio tracks",
        WHITCOMB,
        "indirect",
        "says",
        "Whitcomb",
    ),
    p(
        "construction of two distribution centers would begin next spring if the zoning change "
        "is approved",
        MERIDIAN_BODY,
        "indirect",
        "said",
        "The developer, Columbus-based Meridian Logistics Partners",
    ),
    p(
        "heartbroken but not surprised",
        OHHA_BODY,
        "partial",
        "said",
        "The Ohio Harness Horsemen’s Association",
    ),
    p(
        "would ask the Ohio State Racing Commission to move Tri-County’s 42 racing dates to "
        "other tracks",
        OHHA_BODY,
        "indirect",
        "said",
        "The Ohio Harness Horsemen’s Association",
    ),
    p("some of those dates will simply disappear", KESSLING, "indirect", "says", KESSLING_SRC),
    p(
        "The commission can move a date on paper. It can’t move a grandstand full of people who "
        "drive 20 minutes to get here,",
        KESSLING,
        "direct",
        "says",
        "he",
    ),
    p(
        "the association has asked Keystone to keep the barns open through the winter for "
        "horses with nowhere else to go",
        KESSLING,
        "indirect",
        "says",
        "He",
    ),
    p(
        "he has not decided whether to move his stable to Northfield Park or retire",
        KESSLING,
        "indirect",
        "says",
        "Kessling",
    ),
    # `The racing commission has not said whether …`: a non-answer, no statement
    q(
        "will review any request on its merits.",
        None,
        "partial",
        "says",
        "A spokesman",
        role="spokesman",
        country="US",
        org=OSRC,
    ),
    q(
        "the purses were propped up for years by casino revenue the company was never required "
        "to share",
        None,
        "indirect",
        "say",
        "Several trainers who spoke to Trotting Life on condition of anonymity",
        country="US",
    ),
    # `They say …` / `I say …` inside her quote stay inside it
    p(
        "They say sentiment is a subsidy. I say I gave this place my whole life,",
        YODER,
        "direct",
        "says",
        "Yoder",
    ),
    p(
        "she plans to follow the horses in her care to whatever track they go to",
        YODER,
        "indirect",
        "says",
        "She",
    ),
    p("if anybody will have an old woman with a bad hip.", YODER, "partial", "says", "She"),
    p(
        "he will move to Northfield, but that the purses there are smaller and the fields tougher",
        GAINES,
        "indirect",
        "says",
        GAINES_SRC,
    ),
    p(
        "I learned to drive here. My dad drove here. It’s going to be strange driving past a "
        "warehouse,",
        GAINES,
        "direct",
        "says",
        "Gaines",
    ),
    p(
        "the warehouse project would bring about 900 jobs and $1.8 million a year in property "
        "taxes",
        MENDEZ,
        "indirect",
        "says",
        MENDEZ_SRC,
    ),
    p("cannot afford to be sentimental either.", MENDEZ, "partial", "says", MENDEZ_SRC),
    p(
        "Tri-County once drew crowds of 8,000 on Saturday nights, and that its decline mirrors "
        "that of harness racing across the Midwest",
        BRENNEMAN,
        "indirect",
        "says",
        BRENNEMAN_SRC,
    ),
    p(
        "It was a night out. You dressed up. Then television got better and the casinos got "
        "closer,",
        BRENNEMAN,
        "direct",
        "says",
        "he",
    ),
    p(
        "the company has offered to donate the track’s 1950s judges’ stand and its trophy case "
        "to the Franklin County Historical Society",
        WHITCOMB,
        "indirect",
        "says",
        "Whitcomb",
    ),
    p("We are not trying to erase it,", WHITCOMB, "direct", "says", "she"),
    p("We are trying to end it honestly.", WHITCOMB, "direct", "says", "she"),
]

DOCS = [
    ("heldout29-cemetery-newzealand-dunedin-kaikorai-hill-grave-reuse", None, CEMETERY_Q),
    ("heldout29-esports-college-harmon-state-valorant-account-sharing", None, ESPORTS_Q),
    ("heldout29-hops-czechia-saaz-harvest-shortfall-brewers", None, HOPS_Q),
    ("heldout29-rabies-indonesia-bali-buleleng-dog-vaccination", "Denpasar, Bali", RABIES_Q),
    ("heldout29-racecourse-ohio-tri-county-downs-closure", "GROVE CITY, Ohio", RACECOURSE_Q),
]

# organisation speakers: their own organisation (decision 4; the WHO by its key, decision 1)
SPEAKING_BODIES = (
    CHS,
    GLCEC,
    MINAG,
    CHMELEX,
    SIBA,
    MOH,
    YSAB,
    BVOA,
    WHO,
    KEYSTONE,
    OHHA,
    MERIDIAN,
)


def main():
    write_gold(
        HERE,
        "heldout29_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout29",
        source="quotesdb held-out 29 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
