"""Build probes_r20c_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a. Each quote is
located by searching its exact text after the previous quote's end.

    python3 bench/probes/r20c/make_gold.py   # writes probes_r20c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- wildfire evacuation, Alberta (Canadian Press style, curly “double quotes”) --------
WILDFIRE = "Alberta Wildfire"
PPIA = "Prairie Property Insurers Association"
KOSTIUK = {"speaker": "Dale Kostiuk", "role": "Mayor", "country": "CA"}
BOIVIN = {
    "speaker": "Marie-Claude Boivin",
    "role": "incident commander",
    "country": "CA",
    "org": WILDFIRE,
}
DUFRESNE = {"speaker": "Rachel Dufresne", "role": "Premier", "country": "CA"}
TAKEDA = {"speaker": "Owen Takeda", "role": "press secretary", "country": "CA"}
WHITECALF = {"speaker": "Janelle Whitecalf", "country": "CA"}
LINKLATER = {"speaker": "Ray Linklater", "role": "retired oil-field mechanic", "country": "CA"}
PELLETIER = {"speaker": "Sandra Pelletier", "role": "deputy mayor", "country": "CA"}
MERCIER = {"speaker": "Grant Mercier", "role": "vice-president", "country": "CA", "org": PPIA}
TRACY = {"speaker": "Tracy", "country": "CA"}

WILDFIRE_Q = [
    p(
        "We are asking everyone to leave now, not in an hour, not after supper — now,",
        KOSTIUK,
        "direct",
        "told",
        "Mayor Dale Kostiuk",
    ),
    p("Take your medications, take your pets and go.", KOSTIUK, "direct", "told", "Kostiuk"),
    p(
        "about 400 residents without vehicles had registered for the buses by midafternoon, "
        "and that the town’s hospital had moved its 38 patients to Athabasca overnight",
        KOSTIUK,
        "indirect",
        "said",
        "Kostiuk",
    ),
    q(
        "The fire grew from roughly 2,000 hectares on Sunday to more than 11,500 hectares by "
        "Tuesday morning",
        WILDFIRE,
        "indirect",
        "according to",
        "Alberta Wildfire",
        country="CA",
    ),
    p(
        "This fire is doing things we normally don’t see until August,",
        BOIVIN,
        "direct",
        "said",
        "Marie-Claude Boivin, the incident commander for Alberta Wildfire",
    ),
    p(
        "It is spotting a kilometre ahead of itself. Crews put in a guard on Monday night and "
        "by six this morning the fire was behind them.",
        BOIVIN,
        "direct",
        "said",
        "Boivin",
    ),
    p(
        "140 firefighters, 11 helicopters and four air tankers were assigned to the fire, with "
        "another 60 firefighters from Ontario and Quebec expected on Wednesday",
        BOIVIN,
        "indirect",
        "said",
        "Boivin",
    ),
    p(
        "If the wind swings to the west, we are in a different situation entirely,",
        BOIVIN,
        "direct",
        "added",
        "she",
    ),
    p(
        "the province would declare a state of emergency for the region if the fire crossed "
        "the Pine River",
        DUFRESNE,
        "indirect",
        "said",
        "Premier Rachel Dufresne, who flew over the area Tuesday afternoon",
    ),
    p("I saw the smoke column from 80 kilometres away,", DUFRESNE, "direct", "said", "Dufresne"),
    p(
        "To everyone in Pine Hollow: your province has your back. We will get you home as soon "
        "as it is safe, and not one day later.",
        DUFRESNE,
        "direct",
        "said",
        "Dufresne",
    ),
    p(
        "evacuees would be eligible for a one-time payment of $1,250 per adult and $500 per "
        "child, and that registration would open online on Wednesday morning",
        TAKEDA,
        "indirect",
        "said",
        "The premier’s press secretary, Owen Takeda",
    ),
    p(
        "We could see flames in the mirror the whole way to the turnoff,",
        WHITECALF,
        "direct",
        "said",
        "Janelle Whitecalf, 34",
    ),
    p(
        "My husband is still up there with the sprinkler crew. I haven’t heard from him since "
        "noon.",
        WHITECALF,
        "direct",
        "said",
        "Whitecalf",
    ),
    q(
        "they had kept bags packed by the door since the weekend",
        None,
        "indirect",
        "said",
        "Residents who lived through the 2019 evacuation",
        country="CA",
    ),
    p(
        "he had stayed until an RCMP officer knocked on his door shortly after 3 p.m.",
        LINKLATER,
        "indirect",
        "said",
        "Ray Linklater, a retired oil-field mechanic",
    ),
    p(
        "You don’t argue with the Mounties when the sky is orange,",
        LINKLATER,
        "direct",
        "said",
        "he",
    ),
    q(
        "officers had gone door to door through the night and that 12 people had so far "
        "refused to leave",
        "RCMP",
        "indirect",
        "said",
        "The RCMP",
        country="CA",
    ),
    q("Anyone who stays", "RCMP", "indirect", "warned", "the force", country="CA"),
    q(
        "may not be reached by emergency crews if the fire enters the town",
        "RCMP",
        "indirect",
        "warned",
        "the force",
        country="CA",
    ),
    p(
        "sprinklers had been set up around the water treatment plant and the seniors’ lodge",
        PELLETIER,
        "indirect",
        "said",
        "Kostiuk’s deputy mayor, Sandra Pelletier",
    ),
    p(
        "the town’s three grocery stores had agreed to give away perishable food before closing",
        PELLETIER,
        "indirect",
        "said",
        "She",
    ),
    p(
        "We’ve done this before and we know the drill,",
        PELLETIER,
        "direct",
        "said",
        "Pelletier",
    ),
    p(
        "What we haven’t done is this, this early in the year.",
        PELLETIER,
        "direct",
        "said",
        "Pelletier",
    ),
    q(
        "standard home policies would cover additional living expenses for people under an "
        "evacuation order, whether or not their homes were damaged",
        PPIA,
        "indirect",
        "said",
        "The Prairie Property Insurers Association",
        country="CA",
    ),
    p(
        "Keep every receipt. Hotels, meals, gas, kennel fees — all of it.",
        MERCIER,
        "direct",
        "put it",
        "Its vice-president for Western Canada, Grant Mercier",
    ),
    p("substantial", MERCIER, "partial", "said", "Mercier"),
    p("it was too early to give a figure", MERCIER, "indirect", "said", "Mercier"),
    q(
        "the order had come too late",
        None,
        "indirect",
        "complained",
        "Some evacuees",
        country="CA",
    ),
    p(
        "she had learned of it from a neighbour’s Facebook post rather than the province’s "
        "alert system",
        TRACY,
        "indirect",
        "said",
        "A woman who gave her name only as Tracy",
    ),
    p("The alert came 40 minutes after the buses left,", TRACY, "direct", "said", "she"),
    p(
        "the alert had been issued as soon as the fire crossed the highway and that the town’s "
        "own sirens had sounded earlier",
        BOIVIN,
        "indirect",
        "said",
        "Boivan",
    ),
    p(
        "The province would review the timing once the fire was under control",
        BOIVIN,
        "indirect",
        "said",
        "she",
    ),
    q(
        "the fire’s eastern flank had been held along a pipeline right-of-way",
        WILDFIRE,
        "indirect",
        "said",
        "Alberta Wildfire",
        country="CA",
    ),
    p("It’s a small win,", BOIVIN, "direct", "said", "the incident commander"),
    p("We’ll take it.", BOIVIN, "direct", "said", "the incident commander"),
]

# --- EU antitrust fine (Reuters style, straight "double quotes") -------------------------
EC = "European Commission"
CORVANA = "Corvana"
ECF = "European Consumer Federation"
MARCHETTI = {"speaker": "Elena Marchetti", "role": "Competition Commissioner", "org": "EU"}
ASHCOMBE = {
    "speaker": "Bradley Ashcombe",
    "role": "general counsel",
    "country": "US",
    "org": CORVANA,
}
SOLHEIM = {"speaker": "Ingrid Solheim", "role": "deputy director general", "org": ECF}
LINDQVIST = {
    "speaker": "Tomas Lindqvist",
    "role": "technology analyst",
    "country": "SE",
    "org": "Nordhaven Securities",
}
VASSEUR = {"speaker": "Claire Vasseur", "role": "digital minister", "country": "FR"}
ALBRECHT = {"speaker": "Jonas Albrecht", "role": "Economy Minister", "country": "DE"}

EU_Q = [
    q(
        "the company had blocked developers from steering users to cheaper offers outside its "
        "store",
        EC,
        "indirect",
        "saying",
        "The European Commission",
    ),
    q(
        "Corvana has 60 days to end the practice or face daily penalties of up to 5% of its "
        "average daily worldwide turnover",
        EC,
        "indirect",
        "said",
        "the EU executive",
    ),
    p(
        "For almost a decade, Corvana told millions of developers where they could and could "
        "not tell their own customers about a better price,",
        MARCHETTI,
        "direct",
        "told",
        "Competition Commissioner Elena Marchetti",
    ),
    p("That ends today.", MARCHETTI, "direct", "told", "Marchetti"),
    p(
        "the Commission had found that Corvana's rules raised prices for European consumers by "
        "an estimated 12% on in-app subscriptions for music, fitness and dating services",
        MARCHETTI,
        "indirect",
        "said",
        "Marchetti",
    ),
    p("This is not about the size of a company,", MARCHETTI, "direct", "said", "she"),
    p(
        "It is about whether a market works for the people who use it.",
        MARCHETTI,
        "direct",
        "said",
        "she",
    ),
    p(
        "When a gatekeeper writes the rules, runs the referee's whistle and takes a cut of "
        "every goal, something has gone wrong.",
        MARCHETTI,
        "direct",
        "said",
        "she",
    ),
    q(
        "it would appeal the decision to the EU's General Court in Luxembourg",
        CORVANA,
        "indirect",
        "said",
        "Corvana, based in Austin, Texas",
        country="US",
    ),
    q(
        "Today's decision ignores the security and privacy protections that European users "
        "rely on every day,",
        CORVANA,
        "direct",
        "said",
        "the company",
        country="US",
    ),
    q(
        "We will appeal, and we are confident the court will agree with us.",
        CORVANA,
        "direct",
        "said",
        "the company",
        country="US",
    ),
    p(
        "moved the goalposts",
        ASHCOMBE,
        "partial",
        "said",
        "The company's general counsel, Bradley Ashcombe",
    ),
    p(
        "Corvana had already changed its terms in the Netherlands and South Korea and had seen "
        "no rise in complaints from developers there",
        ASHCOMBE,
        "indirect",
        "said",
        "he",
    ),
    p(
        "We have engaged constructively with the Commission for four years,",
        ASHCOMBE,
        "direct",
        "said",
        "Ashcombe",
    ),
    p(
        "We did not expect to be punished for a model that regulators elsewhere have accepted.",
        ASHCOMBE,
        "direct",
        "said",
        "Ashcombe",
    ),
    p("it would comply with its legal obligations", ASHCOMBE, "indirect", "said", "Ashcrombe"),
    q(
        "the fine was small relative to Corvana's annual revenue of more than $90 billion",
        ECF,
        "indirect",
        "said",
        "The European Consumer Federation",
    ),
    p(
        "A fine is a cost of doing business unless the conduct actually changes,",
        SOLHEIM,
        "direct",
        "said",
        "Ingrid Solheim, the federation's deputy director general",
    ),
    p(
        "We will be watching the next 60 days very closely.",
        SOLHEIM,
        "direct",
        "said",
        "Solheim",
    ),
    q(
        "they hoped the ruling would open the way for refunds",
        None,
        "indirect",
        "said",
        "Developers' groups",
    ),
    q(
        "hundreds of millions",
        "Fair Apps Coalition",
        "partial",
        "said",
        "The Fair Apps Coalition, which represents some 70 companies",
    ),
    q(
        "the fine itself would barely dent the company's finances",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p("What matters more", LINDQVIST, "indirect", "said", "Tomas Lindqvist"),
    p(
        "is whether the remedy forces Corvana to change its business model worldwide",
        LINDQVIST,
        "indirect",
        "said",
        "Tomas Lindqvist",
    ),
    p(
        "If Corvana has to let developers link out in Europe, it becomes very hard to argue "
        "that it can't do the same in Japan, Brazil or India,",
        LINDQVIST,
        "direct",
        "said",
        "Lindqvist",
    ),
    p(
        "The real number is not 1.4 billion. It is what happens to the 30% commission everywhere.",
        LINDQVIST,
        "direct",
        "said",
        "Lindqvist",
    ),
    q(
        "reviewing the decision",
        None,
        "partial",
        "said",
        "A U.S. Commerce Department spokesperson",
        role="spokesperson",
        country="US",
        org="Commerce Department",
    ),
    q(
        "would raise it with Brussels",
        None,
        "indirect",
        "said",
        "A U.S. Commerce Department spokesperson",
        role="spokesperson",
        country="US",
        org="Commerce Department",
    ),
    p("have teeth", VASSEUR, "partial", "said", "France's digital minister, Claire Vasseur"),
    p(
        "Europe is not a market you can treat as a toll road,",
        VASSEUR,
        "direct",
        "wrote",
        "she",
    ),
    p(
        "Europe needed fair competition but also needed American investment, and that he "
        "hoped both sides would avoid an escalation",
        ALBRECHT,
        "indirect",
        "told",
        "He",
    ),
    p(
        "We have fined European companies, American companies and Asian companies,",
        MARCHETTI,
        "direct",
        "said",
        "she",
    ),
    p("The rules don't have a passport.", MARCHETTI, "direct", "said", "she"),
]

# --- central bank rate cut, Indonesia (AFP style, straight "double quotes") ------------
BI = "Bank Indonesia"
WIRADINATA = {"speaker": "Haryanto Wiradinata", "role": "Governor", "country": "ID", "org": BI}
SULISTYO = {"speaker": "Dewi Kartika Sulistyo", "role": "Finance Minister", "country": "ID"}
HALIM = {
    "speaker": "Rina Halim",
    "role": "chief economist",
    "country": "ID",
    "org": "Nusantara Capital Bank",
}
TEO = {
    "speaker": "Marcus Teo",
    "role": "senior economist",
    "country": "SG",
    "org": "Straits Meridian Bank",
}
PURNOMO = {
    "speaker": "Agus Purnomo",
    "role": "lawmaker",
    "country": "ID",
    "org": "Justice and Welfare Party",
}
SURYADI = {
    "speaker": "Linda Suryadi",
    "role": "economist",
    "country": "ID",
    "org": "Pacifica Securities",
}
ARSANA = {"speaker": "Made Arsana", "role": "deputy governor", "country": "ID", "org": BI}

RATES_Q = [
    p(
        "We judged that the risks to growth now clearly outweigh the risks to the currency,",
        WIRADINATA,
        "direct",
        "told",
        "Governor Haryanto Wiradinata",
    ),
    p("Waiting another month would have cost jobs.", WIRADINATA, "direct", "told", "Wiradinata"),
    q(
        "inflation was expected to remain within its target range of 1.5 to 3.5 percent this "
        "year and next",
        BI,
        "indirect",
        "said",
        "The bank",
        country="ID",
    ),
    q(
        "consistent with maintaining price stability",
        BI,
        "partial",
        "said",
        "The bank",
        country="ID",
    ),
    p(
        "the board had discussed a quarter-point move",
        WIRADINATA,
        "indirect",
        "said",
        "Wiradinata",
    ),
    p("a clearer signal", WIRADINATA, "partial", "said", "Wiradinata"),
    p("We are not pre-committing to anything,", WIRADINATA, "direct", "said", "he"),
    p("whenever necessary", WIRADINATA, "partial", "adding", "he"),
    p(
        "it would complement the government's spending on infrastructure and food subsidies",
        SULISTYO,
        "indirect",
        "saying",
        "Finance Minister Dewi Kartika Sulistyo",
    ),
    p(
        "Fiscal and monetary policy are pulling in the same direction,",
        SULISTYO,
        "direct",
        "told",
        "she",
    ),
    p("That is exactly what the economy needs right now.", SULISTYO, "direct", "told", "she"),
    q(
        "Growth slowed to 4.6 percent in the first quarter, the weakest pace since 2021",
        None,
        "indirect",
        "according to",
        "official data",
        country="ID",
    ),
    p(
        "This was a bold call, and a brave one,",
        HALIM,
        "direct",
        "said",
        "Rina Halim, chief economist at Nusantara Capital Bank",
    ),
    p(
        "The question is whether Bank Indonesia has the room to follow through if the Fed "
        "stays higher for longer.",
        HALIM,
        "direct",
        "said",
        "Halim",
    ),
    p(
        "she expected one more quarter-point cut before the end of the year",
        HALIM,
        "indirect",
        "said",
        "Halim",
    ),
    p("The bank", TEO, "indirect", "wrote", "he"),
    p("spent credibility it may need later", TEO, "partial", "wrote", "he"),
    p(
        "We see the rupiah as the main casualty of today's decision,",
        TEO,
        "direct",
        "wrote",
        "Teo",
    ),
    p(
        "A weaker currency feeds straight back into fuel and food prices, which is the one "
        "thing Jakarta cannot afford in an election year.",
        TEO,
        "direct",
        "wrote",
        "Teo",
    ),
    q("a cut", None, "indirect", "urged", "two members of his cabinet", country="ID"),
    p(
        "Our decision was made by the board, on the data, and nobody else was in the room,",
        WIRADINATA,
        "direct",
        "said",
        "Wiradinata",
    ),
    p(
        "Nobody should be fooled by this,",
        PURNOMO,
        "direct",
        "said",
        "Agus Purnomo, a lawmaker from the opposition Justice and Welfare Party",
    ),
    p(
        "The government wanted a cut and the government got a cut.",
        PURNOMO,
        "direct",
        "said",
        "Purnomo",
    ),
    p(
        "his party would summon the governor to explain the decision at a hearing next week",
        PURNOMO,
        "indirect",
        "said",
        "Purnomo",
    ),
    q(
        "the size of the move had caught many investors on the wrong foot",
        None,
        "indirect",
        "said",
        "Traders",
        country="ID",
    ),
    q(
        "foreign funds had been selling government bonds since early morning",
        None,
        "indirect",
        "said",
        "One Jakarta-based bond dealer",
        role="bond dealer",
        country="ID",
    ),
    p(
        "insurance that was never claimed",
        SURYADI,
        "partial",
        "described",
        "Pacifica Securities economist Linda Suryadi",
    ),
    q(
        "Indonesia's economy remained resilient",
        "International Monetary Fund",
        "indirect",
        "said",
        "The International Monetary Fund",
    ),
    q(
        "premature easing",
        "International Monetary Fund",
        "partial",
        "urged",
        "The International Monetary Fund",
    ),
    p(
        "the bank would keep buying government bonds in the secondary market to steady yields",
        ARSANA,
        "indirect",
        "said",
        "Bank Indonesia's deputy governor, Made Arsana",
    ),
    p("The market will settle,", WIRADINATA, "direct", "added", "Wiradinta"),
    p("It always does once the dust clears.", WIRADINATA, "direct", "added", "Wiradinta"),
]

DOCS = [
    ("probe-r20c-wildfire-alberta-pine-hollow", "PINE HOLLOW, Alta.", WILDFIRE_Q),
    ("probe-r20c-eu-fine-corvana-app-store", "BRUSSELS", EU_Q),
    ("probe-r20c-rate-cut-indonesia-surprise", "JAKARTA", RATES_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Alberta Wildfire",
    "Bank Indonesia",
    "Corvana",
    "European Commission",
    "European Consumer Federation",
    "Fair Apps Coalition",
    "International Monetary Fund",
    "Prairie Property Insurers Association",
    "RCMP",
)


def main():
    write_gold(
        HERE,
        "probes_r20c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r20c",
        source="quotesdb round-20 training probes C (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
