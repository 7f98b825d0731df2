"""Build probes_r32a_gold.jsonl from the hand annotations below.

Training probe r32a, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r31d and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-12). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r32a/make_gold.py   # writes probes_r32a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402


def body(name, country):
    """An organisation speaking (its own organisation: decision 4, via SPEAKING_BODIES)."""
    return {"speaker": name, "country": country}


# --- A boil water notice in West Cork (Irish Examiner regional style: headline, `By` byline,
# no dateline, `Cllr`, `Mr` / `Dr` with no stop, `September 14th`, full stops outside closing
# marks) -----------------------------------------------------------------------------------
# Undated Irish story (Skibbereen, Cork, the HSE, `cathaoirleach`): its voices take IE.
UISCE = "Uisce Éireann"  # never spelt otherwise
HSE = "Health Service Executive"  # spelt out with (HSE): decision 2
EPA = "Environmental Protection Agency"
IFA = "Irish Farmers' Association"
COUNCIL = "Cork County Council"
MD = "West Cork Municipal District"  # `the municipal district` at a later mention
# `Its regional operations manager for the south-west, X,` after a sentence about the
# utility: the utility; the remit after `for` dropped (decision 9)
HURLEY = {
    "speaker": "Declan Hurley",
    "role": "regional operations manager",
    "country": "IE",
    "org": UISCE,
}
# `a specialist … with the HSE's Department of Public Health South`: a department of a body
# named by its owner's possessive → the owner (r27g's `Y's Z department` → Y), in full
BRENNAN = {
    "speaker": "Aoife Brennan",
    "role": "specialist in public health medicine",
    "country": "IE",
    "org": HSE,
}
# `Cllr X, cathaoirleach of the municipal district`: the office written for her wins over
# `Cllr`; the body by its short form → the name written in full before
ODONOVAN = {"speaker": "Mary O'Donovan", "role": "cathaoirleach", "country": "IE", "org": MD}
# `Cllr X, who chairs Y Council's water services committee`: the council (r27g's Strand),
# the `Cllr` title kept (decision 9 gives no role for `who chairs` itself)
COTTER = {"speaker": "Pádraig Cotter", "role": "councillor", "country": "IE", "org": COUNCIL}
# `X, who chairs the IFA's West Cork executive`: the association (the executive a sub-body
# of it), in full; no role
KINGSTON = {"speaker": "Tadhg Kingston", "country": "IE", "org": IFA}
# `who runs a guesthouse on North Street`: no title, no named body
HEGARTY = {"speaker": "Gráinne Hegarty", "country": "IE"}
# `Its head of asset delivery, X,` after `Uisce Éireann said …`: the utility
TWOMEY = {"speaker": "Colm Twomey", "role": "head of asset delivery", "country": "IE", "org": UISCE}

CORK_Q = [
    # an agentless passive (`…, councillors have been told.`): the clause, source null
    # (the headline's `…, councillors told` has no source: not annotated)
    q(
        "A boil water notice affecting almost 9,000 people in Skibbereen and the surrounding "
        "townlands will remain in place until at least the new year",
        None,
        "indirect",
        "told",
        None,
    ),
    p(
        "the treatment plant at Ballyhilty could not be brought back into full use until a new "
        "filtration unit was installed in December",
        body(UISCE, "IE"),
        "indirect",
        "said",
        "Uisce Éireann, the national water utility",
    ),
    p(
        "doing everything in its power",
        HURLEY,
        "partial",
        "told",
        "Its regional operations manager for the south-west, Declan Hurley",
    ),
    # decision 5: the closing `, which washed …` relative is outside the span
    p(
        "the plant had been overwhelmed by heavy rain in September",
        HURLEY,
        "indirect",
        "said",
        "Mr Hurley",
    ),
    p(
        "cases of cryptosporidium in the area had risen sharply in the weeks before it was issued",
        BRENNAN,
        "indirect",
        "said",
        "Dr Aoife Brennan, a specialist in public health medicine with the HSE's Department of "
        "Public Health South",
    ),
    p(
        "We would rather people were annoyed with us for a few months than sick for a few weeks,",
        BRENNAN,
        "direct",
        "said",
        "she",
    ),
    # `The HSE said`: the acronym spelt out before speaks under the full name (decision 2)
    p(
        "no new cases had been linked to the public supply since the middle of October",
        body(HSE, "IE"),
        "indirect",
        "said",
        "The HSE",
    ),
    p(
        "paying the price for years of underinvestment",
        ODONOVAN,
        "partial",
        "said",
        "Cllr Mary O'Donovan, cathaoirleach of the municipal district",
    ),
    p(
        "Cafés are buying in bottled water by the pallet. Nobody is going to compensate them for "
        "that,",
        ODONOVAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "he would ask the council's chief executive to write to the Minister for Housing seeking "
        "emergency funding for the plant",
        COTTER,
        "indirect",
        "said",
        "Cllr Pádraig Cotter, who chairs Cork County Council's water services committee",
    ),
    # an unnamed spokesperson of `the council` (Cork County Council, the one council named):
    # speaker null, the body; `A, and that B` is one statement
    q(
        "it was delivering free bottled water to 140 vulnerable households identified by the "
        "HSE, and that a second water station would open in Baltimore this week",
        None,
        "indirect",
        "said",
        "A spokesperson for the council",
        country="IE",
        org=COUNCIL,
    ),
    p(
        "it had placed the Ballyhilty plant on its remedial action list in 2021",
        body(EPA, "IE"),
        "indirect",
        "said",
        "The Environmental Protection Agency (EPA), which audits public water supplies",
    ),
    # `The agency` right after the EPA spoke (the utility and the HSE are no agencies by name)
    p("not fit for purpose", body(EPA, "IE"), "partial", "said", "The agency"),
    # `rejected suggestions that A` keeps A (README: `rejected claims that A`)
    p(
        "slurry spreading was to blame for the contamination",
        body(IFA, "IE"),
        "indirect",
        "rejected",
        "The Irish Farmers' Association (IFA)",
    ),
    # `said A "…" and that B`: the quote for its conjunct, B reported too
    p(
        "followed the rules to the letter",
        KINGSTON,
        "partial",
        "said",
        "Tadhg Kingston, who chairs the IFA's West Cork executive",
    ),
    p(
        "the utility should look at its own pipes first",
        KINGSTON,
        "indirect",
        "said",
        "Tadhg Kingston, who chairs the IFA's West Cork executive",
    ),
    p(
        "Every time something goes wrong with the water, the farmer is the first man in the dock,",
        KINGSTON,
        "direct",
        "said",
        "he",
    ),
    p("Show us the evidence and we will deal with it.", KINGSTON, "direct", "said", "he"),
    p(
        "she had lost three bookings in a week after guests read about the notice online",
        HEGARTY,
        "indirect",
        "said",
        "Gráinne Hegarty, who runs a guesthouse on North Street",
    ),
    p(
        "People think we have no water at all. We have water, we just have to boil it,",
        HEGARTY,
        "direct",
        "said",
        "she",
    ),
    p(
        "within the coming weeks",
        body(UISCE, "IE"),
        "partial",
        "said",
        "Uisce Éireann",
    ),
    p(
        "the filtration unit had been ordered from a supplier in Germany and was due to arrive at "
        "the end of November",
        TWOMEY,
        "indirect",
        "said",
        "Its head of asset delivery, Colm Twomey",
    ),
    # a request (decision 6) by unnamed members of the district: speaker null; the body is
    # the sentence's subject, not named inside the source
    q("to return with a date", None, "indirect", "asked", "members", country="IE"),
]

# --- A school bus shortage in Ottawa (The Canadian Press: `OTTAWA —`, `Monday` with no `on`,
# bare surnames at later mentions, `per cent`, commas and stops inside closing marks) ---------
OSTA = "Ottawa Student Transportation Authority"  # spelt out with (OSTA): decision 2
OCDSB = "Ottawa-Carleton District School Board"
OCSB = "Ottawa Catholic School Board"
MINISTRY = "Ministry of Education"  # `Ontario's Ministry of Education`: the possessive apart
UNIFOR = "Unifor"
OSSTF = "Ontario Secondary School Teachers' Federation"
OCT = "OC Transpo"
# `X, the authority's general manager`: the one authority named (OSTA), in full
CHARRON = {"speaker": "Nadine Charron", "role": "general manager", "country": "CA", "org": OSTA}
# `Its chair, X,` right after `The Ottawa-Carleton District School Board said …`
KOWALSKI = {"speaker": "Amanda Kowalski", "role": "chair", "country": "CA", "org": OCDSB}
# `president of the union's Ottawa local`: the union that spoke (a local is no body apart)
PETRIE = {"speaker": "Gord Petrie", "role": "president", "country": "CA", "org": UNIFOR}
# `X, who heads the federation's Ottawa-Carleton district`: the federation (OSSTF), no role
WONG = {"speaker": "Rachel Wong", "country": "CA", "org": OSSTF}
# `whose two sons attend a high school`: no title, no body (the school is the children's)
BOATENG = {"speaker": "Melissa Boateng", "country": "CA"}

BUS_Q = [
    # the lead's `the consortium that plans transportation for …` is OSTA, named in full in
    # the next paragraph (a lead's delayed identification); `citing` a reason, not a source
    p(
        "a shortage of drivers",
        body(OSTA, "CA"),
        "indirect",
        "citing",
        "the consortium that plans transportation for the city's two largest school boards",
    ),
    p(
        "the five bus companies it contracts with were short about 60 drivers between them",
        body(OSTA, "CA"),
        "indirect",
        "said",
        "The Ottawa Student Transportation Authority (OSTA), which plans routes for the "
        "Ottawa-Carleton District School Board and the Ottawa Catholic School Board",
    ),
    p(
        "We are not going to put a child on a route we cannot staff every day,",
        CHARRON,
        "direct",
        "said",
        "Nadine Charron, the authority's general manager",
    ),
    p(
        "A bus that shows up some mornings is worse than no bus at all.",
        CHARRON,
        "direct",
        "said",
        "Nadine Charron, the authority's general manager",
    ),
    p("one at a time", CHARRON, "partial", "said", "Charron"),
    p(
        "it had not been told which routes would be cut until Friday afternoon",
        body(OCDSB, "CA"),
        "indirect",
        "said",
        "The Ottawa-Carleton District School Board",
    ),
    p(
        "trustees would ask the authority for a written explanation at a special meeting Wednesday",
        KOWALSKI,
        "indirect",
        "said",
        "Its chair, Amanda Kowalski",
    ),
    p(
        "Families found out from a text message at six o'clock on a Sunday night. That is not "
        "acceptable,",
        KOWALSKI,
        "direct",
        "said",
        "Kowalski",
    ),
    p(
        "it would pay families who drive their children to school 50 cents a kilometre until the "
        "routes return",
        body(OCSB, "CA"),
        "indirect",
        "said",
        "The Ottawa Catholic School Board, whose students account for about 900 of the affected "
        "riders",
    ),
    p(
        "student transportation was the responsibility of school boards",
        body(MINISTRY, "CA"),
        "indirect",
        "said",
        "Ontario's Ministry of Education",
    ),
    q(
        "the province had added $92 million for transportation across Ontario this year",
        None,
        "indirect",
        "said",
        "A spokesperson for the ministry",
        country="CA",
        org=MINISTRY,
    ),
    q(
        "best placed to manage their local contracts",
        None,
        "partial",
        "said",
        "A spokesperson for the ministry",
        country="CA",
        org=MINISTRY,
    ),
    # `The union that represents drivers at … says A. Unifor said B`: the description is the
    # union named in the next sentence (the one union of the story)
    p(
        "the shortage comes down to pay",
        body(UNIFOR, "CA"),
        "indirect",
        "says",
        "The union that represents drivers at three of the five bus companies",
    ),
    p(
        "its members are paid for about four hours a day but work split shifts that stretch "
        "across eleven",
        body(UNIFOR, "CA"),
        "indirect",
        "said",
        "Unifor",
    ),
    p(
        "Nobody is lining up for a job where you start at 6:30 in the morning, get sent home at "
        "nine and come back at two,",
        PETRIE,
        "direct",
        "said",
        "Gord Petrie, president of the union's Ottawa local",
    ),
    p(
        "Pay people for the day they actually work and the drivers will come back.",
        PETRIE,
        "direct",
        "said",
        "Gord Petrie, president of the union's Ottawa local",
    ),
    # `said A, but that B` with no quote: one statement
    p(
        "it had raised the rates it pays the bus companies by eight per cent in September, but "
        "that it had no say over what the companies pay their drivers",
        body(OSTA, "CA"),
        "indirect",
        "said",
        "OSTA",
    ),
    q(
        "the cuts are already showing up in class",
        None,
        "indirect",
        "say",
        "Teachers",
        country="CA",
    ),
    p(
        "attendance in first-period classes at some east-end high schools had fallen by as much "
        "as a third since the routes were cancelled",
        body(OSSTF, "CA"),
        "indirect",
        "said",
        "The Ontario Secondary School Teachers' Federation (OSSTF)",
    ),
    p(
        "students who miss the first class of the day often miss the rest",
        WONG,
        "indirect",
        "said",
        "Rachel Wong, who heads the federation's Ottawa-Carleton district",
    ),
    p(
        "Once a kid has missed the bus and the first hour, a lot of them just don't come in at "
        "all,",
        WONG,
        "direct",
        "said",
        "Wong",
    ),
    # `said A, but warned that B`: two statements
    p(
        "it would add extra buses on four routes that serve high schools in Orléans and Barrhaven",
        body(OCT, "CA"),
        "indirect",
        "said",
        "OC Transpo, the city's transit agency",
    ),
    p(
        "its own service was stretched by a shortage of mechanics",
        body(OCT, "CA"),
        "indirect",
        "warned",
        "OC Transpo, the city's transit agency",
    ),
    p(
        "she now drives 40 minutes each way before starting work at a bank downtown",
        BOATENG,
        "indirect",
        "said",
        "Melissa Boateng, whose two sons attend a high school in Orléans",
    ),
    p(
        "I'm lucky, I have a car and a boss who understands. A lot of the parents on my street "
        "have neither,",
        BOATENG,
        "direct",
        "said",
        "she",
    ),
    p(
        "it expected to restore about 15 of the routes by the end of October",
        body(OSTA, "CA"),
        "indirect",
        "said",
        "OSTA",
    ),
    # `The authority said`: the one authority of the story, in full
    p(
        "it was also talking to the province about a pilot that would pay drivers for the full day",
        body(OSTA, "CA"),
        "indirect",
        "said",
        "The authority",
    ),
    p(
        "the board would ask the ministry to fund that pilot directly",
        KOWALSKI,
        "indirect",
        "said",
        "Kowalski",
    ),
]

# --- Zermatt's World Cup downhills cancelled (Reuters sport: `ZURICH (Reuters) -`, `on
# Thursday`, `percent`, bare surnames at later mentions) -----------------------------------
FIS = "International Ski and Snowboard Federation"  # spelt out with (FIS): decision 2
SWISS_SKI = "Swiss-Ski"
FISI = "Italian Winter Sports Federation"
VALAIS = "Valais Natural Hazards Service"
FOEN = "Federal Office for the Environment"
ZT = "Zermatt Tourism"
POW = "Protect Our Winters Switzerland"
# an international sports federation: no country (r27a's FIA and World Athletics); its
# officer with no nationality written none either
BRANDL = {"speaker": "Lukas Brandl", "role": "race director", "org": FIS}
# `Its chief executive, X,` right after Swiss-Ski spoke
AMMANN = {"speaker": "Rolf Ammann", "role": "chief executive", "country": "CH", "org": SWISS_SKI}
# `FISI president X`: the acronym spelt out before → the full name; Italy's federation: IT
BENEDETTI = {"speaker": "Carlo Benedetti", "role": "president", "country": "IT", "org": FISI}
# `X, head of the service` after the Valais Natural Hazards Service spoke
FOURNIER = {"speaker": "Anouk Fournier", "role": "head", "country": "CH", "org": VALAIS}
KALIN = {"speaker": "Sandra Kälin", "role": "glaciologist", "country": "CH", "org": "ETH Zurich"}
IMBODEN = {"speaker": "Beat Imboden", "role": "director", "country": "CH", "org": ZT}
# `Zermatt's municipal president`: a place's office, no body named
PERREN = {"speaker": "Daniel Perren", "role": "municipal president", "country": "CH"}
# `X, the group's campaign manager` after POW Switzerland spoke (the one group)
GERBER = {"speaker": "Tobias Gerber", "role": "campaign manager", "country": "CH", "org": POW}
# `Swiss downhiller X`: the demonym's country
RITTER = {"speaker": "Marco Ritter", "role": "downhiller", "country": "CH"}

SKI_Q = [
    p(
        "the glacier course below the Matterhorn had too little snow to be raced safely",
        body(FIS, None),
        "indirect",
        "saying",
        "The International Ski and Snowboard Federation (FIS)",
    ),
    # decision 5: the closing `, which crosses …` relative is outside the span
    p(
        "a snow control on Wednesday had found bare ice and open crevasses on two sections of the "
        "course",
        body(FIS, None),
        "indirect",
        "said",
        "The federation",
    ),
    p(
        "We cannot ask athletes to race over open crevasses,",
        BRANDL,
        "direct",
        "told",
        "FIS race director Lukas Brandl",
    ),
    p(
        "The decision was easy. The disappointment is not.",
        BRANDL,
        "direct",
        "told",
        "FIS race director Lukas Brandl",
    ),
    p(
        "it regretted the cancellation but understood it",
        body(SWISS_SKI, "CH"),
        "indirect",
        "said",
        "Swiss-Ski, the national federation",
    ),
    p(
        "the local organisers had spent about 1.2 million Swiss francs preparing the course since "
        "August",
        AMMANN,
        "indirect",
        "said",
        "Its chief executive, Rolf Ammann",
    ),
    # decision 5: the closing `, when …` relative on `March` is outside the span, as a
    # `, which …` one (corrected after the first run: README's changelog)
    p(
        "it would ask FIS to move the event to March",
        body(FISI, "IT"),
        "indirect",
        "said",
        "The Italian Winter Sports Federation (FISI)",
    ),
    # `the federation` inside his clause is FISI's own; `FISI president X` → the full name
    p(
        "the federation had written to FIS on Thursday afternoon",
        BENEDETTI,
        "indirect",
        "said",
        "FISI president Carlo Benedetti",
    ),
    p(
        "We believe in this race. But we need a date that the mountain can give us,",
        BENEDETTI,
        "direct",
        "said",
        "he",
    ),
    p(
        "the ice below the start area had thinned by about three metres since last October",
        body(VALAIS, "CH"),
        "indirect",
        "said",
        "The Valais Natural Hazards Service, which monitors the glacier for the canton",
    ),
    p(
        "the crevasses on the lower course had opened wider this autumn than in any year since "
        "measurements began",
        FOURNIER,
        "indirect",
        "said",
        "Anouk Fournier, head of the service",
    ),
    p(
        "The glacier is not going to come back. The question is how much of it will still be "
        "there in ten years,",
        FOURNIER,
        "direct",
        "said",
        "she",
    ),
    q(
        "Swiss glaciers had lost about 4 percent of their remaining volume in 2024, after record "
        "losses of 6 percent in 2022 and 4 percent in 2023",
        None,
        "indirect",
        "said",
        "A spokesman for the Federal Office for the Environment (FOEN)",
        country="CH",
        org=FOEN,
    ),
    # `The office said` right after the FOEN's spokesman: the one office named
    p(
        "it would publish its annual glacier report in October",
        body(FOEN, "CH"),
        "indirect",
        "said",
        "The office",
    ),
    p(
        "the race had become a symbol of a problem much larger than ski racing",
        KALIN,
        "indirect",
        "said",
        "Sandra Kälin, a glaciologist at ETH Zurich",
    ),
    p(
        "Building a course on a glacier in November was always a gamble. Now it is a gamble you "
        "lose every year,",
        KALIN,
        "direct",
        "said",
        "she",
    ),
    p(
        "hotel bookings for the race weekend had fallen 9 percent since the news broke",
        body(ZT, "CH"),
        "indirect",
        "said",
        "Zermatt Tourism, the resort's marketing organisation",
    ),
    p(
        "most of the lost bookings were from Britain and the United States",
        IMBODEN,
        "indirect",
        "said",
        "Its director, Beat Imboden",
    ),
    p(
        "the commune would not contribute more public money to the event unless FIS could "
        "guarantee a date",
        PERREN,
        "indirect",
        "said",
        "Daniel Perren, Zermatt's municipal president",
    ),
    p(
        "We have paid for three years of races that never happened,",
        PERREN,
        "direct",
        "said",
        "Perren",
    ),
    # a request (decision 6), no addressee
    p(
        "to drop it from the calendar altogether",
        body(POW, "CH"),
        "indirect",
        "called on",
        "Environmental group Protect Our Winters Switzerland, which has campaigned against the "
        "race since it was announced",
    ),
    p(
        "Cutting into a dying glacier with diggers to stage a race for television was never a "
        "good idea,",
        GERBER,
        "direct",
        "said",
        "Tobias Gerber, the group's campaign manager",
    ),
    # `said A but supported B`: one clause (no second cue)
    p(
        "he would miss a race on home snow but supported the decision",
        RITTER,
        "indirect",
        "said",
        "Swiss downhiller Marco Ritter, who won the last downhill of the 2025 season",
    ),
    p(
        "it would decide on a replacement venue within two weeks",
        body(FIS, None),
        "indirect",
        "said",
        "FIS",
    ),
]

DOCS = [
    ("probe-r32a-skibbereen-boil-notice", None, CORK_Q),
    ("probe-r32a-ottawa-school-buses", "Ottawa", BUS_Q),
    ("probe-r32a-zermatt-downhill-cancelled", "Zurich", SKI_Q),
]

# organisation speakers: their own organisation (decision 4)
SPEAKING_BODIES = (
    UISCE, HSE, EPA, IFA, OSTA, OCDSB, OCSB, MINISTRY, UNIFOR, OSSTF, OCT,
    FIS, SWISS_SKI, FISI, VALAIS, FOEN, ZT, POW,
)  # fmt: skip


def main():
    write_gold(
        HERE,
        "probes_r32a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r32a",
        source="quotesdb round-32 training probe A (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
