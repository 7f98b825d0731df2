"""Build probes_r27c_gold.jsonl from the hand annotations below.

Training probe r27c, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r26f and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10). Theme: statements relayed by other media and platforms (`told
the newspaper X`, `in an interview with X`, `X quoted Y as saying`, `wrote on Telegram`, `said
in a post on X`, `in a video posted on Instagram`, `according to a transcript released by`,
`in remarks carried by state media`, `in a readout of the call`, `in a letter seen by`): the
speaker is the person or body whose words they are, never the outlet or platform. Each quote
is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r27c/make_gold.py   # writes probes_r27c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Dutch prime minister's newspaper interviews and the reactions (Reuters: `BERLIN,
# March 9 (Reuters) -`, straight quotes, `told the paper`, `in remarks to the newspaper X`,
# `in an interview with the French daily X`, a readout, `was quoted by the Financial Times as
# saying`, `in a letter … seen by Reuters`, `wrote on X`, `in a video posted on her Instagram
# account`, `told Reuters`, `told ZDF`, `told the broadcaster Yle`) ---------------------------
VERHOEF = {"speaker": "Maarten Verhoef", "role": "Prime Minister", "country": "NL"}
ALBERS = {"speaker": "Katrin Albers", "role": "Finance Minister", "country": "DE"}
ELYSEE = {"speaker": "Elysee", "country": "FR"}
FERRARO = {"speaker": "Giulia Ferraro", "role": "Defence Minister", "country": "IT"}
HUBER = {"speaker": "Stefan Huber", "role": "Finance Minister", "country": "AT"}
DIJKSTRA = {"speaker": "Femke Dijkstra", "role": "opposition leader", "country": "NL"}
SAUER = {
    "speaker": "Nina Sauer",
    "role": "chief European economist",
    "country": "DE",
    "org": "Hallbruck Bank",
}
# `German opposition defence spokesman`: the party word dropped (decision 9)
MARKWART = {"speaker": "Jens Markwart", "role": "defence spokesman", "country": "DE"}
LAAKSO = {"speaker": "Aino Laakso", "role": "Prime Minister", "country": "FI"}
# `Germany and Austria have argued`: a country acting as a government, the first conjunct
# (organisation none, decision 4)
GERMANY = {"speaker": "Germany", "country": "DE"}

DUTCH_Q = [
    p(
        "the European Union should borrow jointly to pay for a rapid build-up of air defences",
        VERHOEF,
        "indirect",
        "said",
        "Dutch Prime Minister Maarten Verhoef",
    ),
    p(
        "The threat has changed, and our old positions have to change with it,",
        VERHOEF,
        "direct",
        "told",
        "Verhoef",
    ),
    p(
        "If we wait for 27 national budgets to catch up, we will be too late.",
        VERHOEF,
        "direct",
        "told",
        "Verhoef",
    ),
    p(
        "the Netherlands would be prepared to back a fund of up to 150 billion euros, provided "
        "the money was spent on equipment built in Europe",
        VERHOEF,
        "indirect",
        "said",
        "He",
    ),
    # `rejected the idea in remarks to the newspaper X, saying A “…”`: the rejection a
    # reaction (decision 6), the partial hers
    p(
        "not the answer to every crisis",
        ALBERS,
        "partial",
        "saying",
        "German Finance Minister Katrin Albers",
    ),
    p(
        "Germany will pay its share, but it will pay it from its own budget,",
        ALBERS,
        "direct",
        "told",
        "Albers",
    ),
    # `said A and that B was “…”`: A and the partial
    p(
        "he had discussed the plan with French President Luc Germain",
        VERHOEF,
        "indirect",
        "said",
        "Verhoef",
    ),
    p("ready to go further than before", VERHOEF, "partial", "said", "Verhoef"),
    p("work together on concrete proposals", ELYSEE, "partial", "said", "The Elysee"),
    # `was quoted by the Financial Times as saying that A “…” and would B`: partial and B
    p("fully supports", FERRARO, "partial", "quoted", "Italy's Defence Minister Giulia Ferraro"),
    p(
        "would push for it at the summit",
        FERRARO,
        "indirect",
        "quoted",
        "Italy's Defence Minister Giulia Ferraro",
    ),
    p(
        "set a precedent that cannot be undone",
        HUBER,
        "partial",
        "warned",
        "Austria's Finance Minister Stefan Huber",
    ),
    p("existing EU funds had not yet been fully spent", HUBER, "indirect", "wrote", "He"),
    p(
        "a review of them before any new debt was agreed",
        HUBER,
        "indirect",
        "called for",
        "He",
    ),
    q(
        "study any proposal carefully",
        None,
        "partial",
        "told",
        "A European Commission spokesperson",
        org="EU",
    ),
    q(
        "its own plan for defence loans remained on the table",
        None,
        "indirect",
        "told",
        "A European Commission spokesperson",
        org="EU",
    ),
    p(
        "abandoned a promise to Dutch taxpayers without asking parliament",
        DIJKSTRA,
        "partial",
        "wrote",
        "Opposition leader Femke Dijkstra",
    ),
    p(
        "This was decided in a German newspaper, not in The Hague,",
        DIJKSTRA,
        "direct",
        "said",
        "Dijkstra",
    ),
    p(
        "The prime minister owes the chamber an explanation.",
        DIJKSTRA,
        "direct",
        "said",
        "Dijkstra",
    ),
    # `A spokesman for Verhoef's office`: a body known by the person who heads it
    q(
        "the prime minister would take questions in parliament on Tuesday",
        None,
        "indirect",
        "said",
        "A spokesman for Verhoef's office",
        country="NL",
        org="Verhoef's office",
    ),
    p(
        "the shift mattered more than the figure",
        SAUER,
        "indirect",
        "told",
        "Nina Sauer, chief European economist at Hallbruck Bank in Frankfurt",
    ),
    p("Once the Dutch move, the frugal bloc loses its anchor,", SAUER, "direct", "said", "she"),
    p(
        "Berlin risked isolating itself if it kept saying no",
        MARKWART,
        "indirect",
        "said",
        "German opposition defence spokesman Jens Markwart",
    ),
    p(
        "We are the largest economy in Europe and we are standing on the side of the road,",
        MARKWART,
        "direct",
        "told",
        "Markwart",
    ),
    p("with an open mind", LAAKSO, "partial", "told", "Finnish Prime Minister Aino Laakso"),
    p(
        "national budgets and existing loans are enough",
        GERMANY,
        "indirect",
        "argued",
        "Germany and Austria",
    ),
    p("he expected resistance", VERHOEF, "indirect", "told", "Verhoef"),
    p(
        "I was on the other side of this argument for ten years,",
        VERHOEF,
        "direct",
        "said",
        "he",
    ),
    p("I know every objection, because I made most of them.", VERHOEF, "direct", "said", "he"),
]

# --- A Russian official's Telegram posts and state TV remarks (AP: `TALLINN, Estonia (AP) —`,
# an upper-case byline, straight quotes with the full stop inside, `wrote on his Telegram
# channel`, `In a video posted on the same channel`, `Russian state news agency Tass quoted X
# as saying`, `Speaking later on state TV channel Rossiya-1`, `according to a transcript
# released by the Kremlin`, `In remarks carried by state media`, `said in a post on X`, `told
# public broadcaster Yle`, `told the AP`, `Lithuanian news portal Delfi quoted X as saying`) --
ORLOVSKY = {
    "speaker": "Dmitry Orlovsky",
    "role": "deputy secretary",
    "country": "RU",
    "org": "Security Council",
}
BELENSKY = {"speaker": "Yuri Belensky", "role": "spokesman", "country": "RU", "org": "Kremlin"}
VASNETSOV = {"speaker": "Igor Vasnetsov", "role": "aide", "country": "RU", "org": "Kremlin"}
SURIN = {"speaker": "Pavel Surin", "role": "Defense Minister", "country": "RU"}
LEPP = {"speaker": "Kadri Lepp", "role": "Foreign Minister", "country": "EE"}
RAUHALA = {"speaker": "Antti Rauhala", "role": "Defense Minister", "country": "FI"}
KALNINS = {"speaker": "Edgars Kalnins", "role": "President", "country": "LV"}
VAITKUS = {"speaker": "Tomas Vaitkus", "role": "navy commander", "country": "LT"}
SOROKINA = {"speaker": "Maria Sorokina", "role": "analyst", "country": "RU"}

RUSSIA_Q = [
    # the lead's described official, named in the next paragraph (a delayed identification)
    p(
        "legitimate targets",
        ORLOVSKY,
        "partial",
        "warned",
        "A senior Russian security official",
    ),
    p(
        "playing with fire",
        ORLOVSKY,
        "partial",
        "wrote",
        "Dmitry Orlovsky, deputy secretary of Russia's Security Council",
    ),
    p(
        "Anyone who seizes our ships should understand that the answer will not be diplomatic,",
        ORLOVSKY,
        "direct",
        "wrote",
        "Orlovsky",
    ),
    p("We know where their ports are.", ORLOVSKY, "direct", "wrote", "Orlovsky"),
    p("every right", ORLOVSKY, "partial", "said", "Orlovsky"),
    p("acting on orders from Washington.", ORLOVSKY, "partial", "accused", "Orlovsky"),
    # `told reporters that A “…” and that B`: the partial and B
    p("his personal position", BELENSKY, "partial", "told", "Kremlin spokesman Yuri Belensky"),
    p(
        "Russia's policy in the Baltic had not changed",
        BELENSKY,
        "indirect",
        "told",
        "Kremlin spokesman Yuri Belensky",
    ),
    # `Tass quoted X as saying that A “…” but would B “…”`: two partials (decision 10)
    p("does not want escalation", BELENSKY, "partial", "quoted", "Belensky"),
    p("by all legal means.", BELENSKY, "partial", "quoted", "Belensky"),
    p(
        "I am not a diplomat, and I do not have to speak like one,",
        ORLOVSKY,
        "direct",
        "said",
        "he",
    ),
    p("Our sailors must know that the state stands behind them.", ORLOVSKY, "direct", "said", "he"),
    p("testing", VASNETSOV, "partial", "told", "Kremlin aide Igor Vasnetsov"),
    p(
        "accompany civilian vessels where necessary.",
        SURIN,
        "partial",
        "said",
        "Russian Defense Minister Pavel Surin",
    ),
    p("will not be intimidated", LEPP, "partial", "said", "Estonian Foreign Minister Kadri Lepp"),
    p(
        "inspections would continue",
        LEPP,
        "indirect",
        "said",
        "Estonian Foreign Minister Kadri Lepp",
    ),
    p("Threats on Telegram do not change international law,", LEPP, "direct", "told", "Lepp"),
    p("Ships that enter our waters follow our rules.", LEPP, "direct", "told", "Lepp"),
    p("nothing new", RAUHALA, "partial", "told", "Finnish Defense Minister Antti Rauhala"),
    p(
        "should be taken seriously",
        RAUHALA,
        "indirect",
        "told",
        "Finnish Defense Minister Antti Rauhala",
    ),
    q("very closely.", None, "partial", "told", "A NATO official", org="NATO"),
    q(
        "two Russian corvettes had left the port of Baltiysk on Monday, though there was no sign "
        "they were heading for Estonian waters",
        None,
        "indirect",
        "said",
        "The official",
        org="NATO",
    ),
    p("stand together", KALNINS, "partial", "wrote", "Latvia's President Edgars Kalnins"),
    p(
        "to add more tankers to its sanctions list",
        KALNINS,
        "indirect",
        "called on",
        "Latvia's President Edgars Kalnins",
    ),
    p(
        "his ships were ready to support Estonia if asked",
        VAITKUS,
        "indirect",
        "quoted",
        "Lithuania's navy commander, Rear Adm. Tomas Vaitkus",
    ),
    p(
        "say what the Kremlin cannot.",
        SOROKINA,
        "partial",
        "said",
        "Maria Sorokina, a Moscow-based analyst",
    ),
    p(
        "Nobody in Tallinn should read this as a change of policy,",
        SOROKINA,
        "direct",
        "wrote",
        "she",
    ),
    p("But nobody should ignore it either.", SOROKINA, "direct", "wrote", "she"),
]

# --- An AI company chief's posts on X and a podcast (tech desk: no dateline, a standfirst, a
# byline with the writer's post, straight double quotes and a single-quoted headline partial,
# `said in a post on X, formerly Twitter`, `wrote in a follow-up post`, `told Arad` on a
# podcast, `In an internal memo seen by this publication`, `said in a statement to
# TechCrunch`, `told Israel's Channel 12`, `said in a video posted on Instagram`, `wrote on
# LinkedIn`; the story is American (the company's seat, the US rules, a US senator), so the
# speakers with no country of their own are US) ----------------------------------------------
QUILLFIELD = "Quillfield"
WHITLOCK = {
    "speaker": "Dana Whitlock",
    "role": "chief executive",
    "country": "US",
    "org": QUILLFIELD,
}
HALE = {
    "speaker": "Marcus Hale",
    "role": "chief operating officer",
    "country": "US",
    "org": QUILLFIELD,
}
MIZRAHI = {
    "speaker": "Yael Mizrahi",
    "role": "chief executive",
    "country": "IL",
    "org": "Orbitron Labs",
}
WIERZBA = {"speaker": "Tomasz Wierzba", "role": "co-founder", "country": "US", "org": "Nimbrel"}
RAMAN = {
    "speaker": "Priya Raman",
    "role": "senior fellow",
    "country": "US",
    "org": "Center for Strategic Technology",
}
DELANEY = {"speaker": "Mark Delaney", "role": "Senator", "country": "US"}

TECH_Q = [
    # the headline's words are hers (her post, quoted in the first paragraph)
    p("a gift to our rivals", WHITLOCK, "partial", "calls", "Quillfield CEO"),
    p(
        "a gift to our rivals in every country we can no longer sell to.",
        WHITLOCK,
        "partial",
        "saying",
        "Quillfield chief executive Dana Whitlock",
    ),
    p(
        "We spent three years building customers in the Gulf and Southeast Asia. Washington "
        "just handed them to someone else,",
        WHITLOCK,
        "direct",
        "wrote",
        "Whitlock",
    ),
    p("not be moving a single job overseas", WHITLOCK, "partial", "said", "she"),
    p(
        "I think the people who wrote this have never shipped a product,",
        WHITLOCK,
        "direct",
        "told",
        "Whitlock",
    ),
    p("They are solving a problem from 2019.", WHITLOCK, "direct", "told", "Whitlock"),
    # `said A “…” and had been promised B`: the partial and B
    p("many, many times", WHITLOCK, "partial", "said", "She"),
    p("had been promised exemptions for trusted partners", WHITLOCK, "indirect", "said", "She"),
    p("I'm worried about our customers,", WHITLOCK, "direct", "said", "she"),
    q(
        "designed to protect national security while supporting American innovation",
        None,
        "partial",
        "said",
        "A Commerce Department spokesperson",
        country="US",
        org="Commerce Department",
    ),
    q(
        "companies could apply for licences",
        None,
        "indirect",
        "said",
        "A Commerce Department spokesperson",
        country="US",
        org="Commerce Department",
    ),
    q(
        "About a fifth of its revenue comes from outside the United States",
        None,
        "indirect",
        "according to",
        "a person familiar with its finances",
        country="US",
    ),
    p(
        "reviewing every affected contract",
        HALE,
        "partial",
        "told",
        "Quillfield's chief operating officer, Marcus Hale",
    ),
    p(
        "would update employees next week",
        HALE,
        "indirect",
        "told",
        "Quillfield's chief operating officer, Marcus Hale",
    ),
    q(
        "speak for themselves.",
        None,
        "partial",
        "said",
        "A spokesperson for Quillfield",
        country="US",
        org=QUILLFIELD,
    ),
    p(
        "the company did not expect a large impact on its sales",
        MIZRAHI,
        "indirect",
        "told",
        "Orbitron's chief executive, Yael Mizrahi",
    ),
    p(
        "Most of our customers are in the United States and Europe, and they are not affected,",
        MIZRAHI,
        "direct",
        "said",
        "Mizrahi",
    ),
    p("in close contact", MIZRAHI, "partial", "added", "She"),
    p(
        "painful but predictable.",
        WIERZBA,
        "partial",
        "said",
        "Tomasz Wierzba, co-founder of the cloud startup Nimbrel",
    ),
    p(
        "Everyone knew this was coming. The surprise is how many countries are on the list,",
        WIERZBA,
        "direct",
        "said",
        "Wierzba",
    ),
    # `wrote that A “…” but that B`: the partial and B
    p(
        "will slow the spread of frontier models",
        RAMAN,
        "partial",
        "wrote",
        "Priya Raman, a senior fellow at the Center for Strategic Technology, a Washington "
        "think tank",
    ),
    p(
        "enforcement would be hard",
        RAMAN,
        "indirect",
        "wrote",
        "Priya Raman, a senior fellow at the Center for Strategic Technology, a Washington "
        "think tank",
    ),
    p(
        "spend less time posting and more time talking to the committee.",
        DELANEY,
        "partial",
        "wrote",
        "Senator Mark Delaney",
    ),
    p("Happy to. Name the day,", WHITLOCK, "direct", "wrote", "she"),
    p("until somebody reads them properly.", WHITLOCK, "partial", "told", "Whitlock"),
    p(
        "If this stands, the next great AI company will not be American.",
        WHITLOCK,
        "direct",
        "warning",
        "She",
    ),
]

DOCS = [
    ("probe-r27c-dutch-pm-defence-borrowing", "BERLIN", DUTCH_Q),
    ("probe-r27c-russian-official-telegram-baltic", "TALLINN", RUSSIA_Q),
    ("probe-r27c-ai-ceo-posts-podcast", None, TECH_Q),
]

if __name__ == "__main__":
    write_gold(
        HERE,
        "probes_r27c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r27c",
        source="quotesdb round-27 training probes C (written for error finding)",
        speaking_bodies={"Elysee"},
    )
