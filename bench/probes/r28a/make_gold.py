"""Build probes_r28a_gold.jsonl from the hand annotations below.

Training probe r28a, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r27i and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10). Structural and framing text is no statement: standfirsts and
decks, bylines and credit lines, photo captions (`Pictured: …`, `(Photo: …)`), `Related:` /
`Read more:` lines, update notes and corrections (`This story has been updated to …`, `An
earlier version … misstated …`), a pull quote repeated from the body (one statement, the
body's), reporters' questions (`Asked whether …`, `When asked if …`, `We asked X whether …`:
the answer only), rhetorical questions in the writer's voice, an interview's intro (`X spoke
to Y by phone … His answers have been edited for length.`) and a sub-head. A headline that
reports speech with a cue and a source (`'…,' says union chief`, `…, PennDOT says`) is a
statement of the one person or body the story names so, as in probes r21d, r26f and r27c.
Each quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r28a/make_gold.py   # writes probes_r28a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, write_gold  # noqa: E402

# --- A magazine web feature on a Norwegian village's battery ferry (travel and design
# magazine web edition: no dateline, a standfirst, `Words by … · Photography by …`,
# `Pictured: …` captions with `(Photo: … for Northbound)` credits, a pull quote, rhetorical
# questions, single curly quotes, present-tense `says`) -------------------------------------
VESTKYST = "Vestkyst Ferjer"
SOLBERG = {"speaker": "Ingrid Solberg", "role": "captain", "country": "NO"}
AASE = {"speaker": "Randi Aase", "role": "mayor", "country": "NO"}
HJELMELAND = {"speaker": "Tor Hjelmeland", "country": "NO"}
VESTKYST_BODY = {"speaker": VESTKYST, "country": "NO"}
VIK = {"speaker": "Pål Vik", "role": "technical manager", "country": "NO", "org": VESTKYST}
TVEIT = {"speaker": "Siri Tveit", "country": "NO"}

FERRY_Q = [
    # headline, standfirst, byline and the first caption with its photo credit: none
    p(
        "The first week, passengers kept coming up to the bridge to ask whether something was "
        "broken,",
        SOLBERG,
        "direct",
        "says",
        "the Ellida’s captain, Ingrid Solberg",
    ),
    p(
        "They thought we had lost power. I told them we had only lost the noise.",
        SOLBERG,
        "direct",
        "says",
        "the Ellida’s captain, Ingrid Solberg",
    ),
    # `So why would a municipality … spend NOK 96 million on a boat?` (the writer's) and the
    # caption `Pictured: Ingrid Solberg on the bridge …`: none
    p(
        "the ferry will pay for itself within 11 years through lower fuel and maintenance costs",
        AASE,
        "indirect",
        "says",
        "Utnevik’s mayor, Randi Aase",
    ),
    p("People here have watched the oil money come and go,", AASE, "direct", "says", "Aase"),
    p(
        "We wanted something that would still make sense when my grandchildren are taking it "
        "to school.",
        AASE,
        "direct",
        "says",
        "Aase",
    ),
    p(
        "the money should have gone to the road tunnel instead",
        HJELMELAND,
        "indirect",
        "argued",
        "Tor Hjelmeland, who runs the campsite at Kvanndal and sat on the council when the "
        "contract was signed",
    ),
    p("A boat is a boat,", HJELMELAND, "direct", "says", "he"),
    p(
        "The tunnel has been leaking since 2009 and nobody writes magazine articles about that.",
        HJELMELAND,
        "direct",
        "says",
        "he",
    ),
    # the pull quote repeating Aase's words, and `Is he wrong?` (the writer's): none
    p(
        "the Ellida has missed two crossings since March, both during a January storm that also "
        "kept the diesel boats further up the coast in port",
        VESTKYST_BODY,
        "indirect",
        "says",
        "The operator, Vestkyst Ferjer",
    ),
    p(
        "the batteries have lost less than 2 per cent of their capacity",
        VIK,
        "indirect",
        "says",
        "Its technical manager, Pål Vik",
    ),
    p("We were told to expect five,", VIK, "direct", "says", "he"),
    p(
        "Either the cold is good for them, or we have been lucky. I would not bet on luck.",
        VIK,
        "direct",
        "says",
        "he",
    ),
    # the caption `Pictured: Pål Vik in the Ellida’s battery room …`, `What does a quiet
    # ferry change?` and `Asked whether she noticed the difference, she shrugs.`: none
    p("It’s quieter, so you can sleep,", TVEIT, "direct", "says", "she"),
    p("That’s the main thing.", TVEIT, "direct", "says", "she"),
    p("a bit too enthusiastically", SOLBERG, "partial", "admits", "she"),
    p(
        "the crew now practise docking in the evening, when the boat is empty",
        SOLBERG,
        "indirect",
        "says",
        "She",
    ),
    p("You learn a ship like you learn a horse,", SOLBERG, "direct", "says", "she"),
    p("It takes a season. This one has a lighter mouth.", SOLBERG, "direct", "says", "she"),
    p(
        "two neighbouring municipalities have asked to see the ferry’s figures, and that she has "
        "told both of them the same thing: get the grid connection sorted before the boat",
        AASE,
        "indirect",
        "says",
        "Aase",
    ),
    # `When asked if he had come round to it, he laughed.`: the question none, the answer his
    p("I have come round to the coffee,", HJELMELAND, "direct", "said", "he"),
    p("The coffee is better.", HJELMELAND, "direct", "said", "he"),
    # the last caption, `This article appears in …` and `Read more: …`: none
]

# --- A regional news site's bridge closure (local news web style: no dateline, `Posted … |
# Updated …`, a byline, an `UPDATE:` note, a caption with `(Photo: …)`, `Related:` links,
# reporters' questions at a county meeting, a sub-head, `Read more:`, an editor's note
# correcting a figure, a tip line; straight double quotes, `%`) ------------------------------
PENNDOT = "Pennsylvania Department of Transportation"
PENNDOT_BODY = {"speaker": PENNDOT, "country": "US"}
MARSH = {"speaker": "Laura Marsh", "role": "County Commissioner", "country": "US"}
OAKES = {"speaker": "Craig Oakes", "role": "spokesman", "country": "US", "org": PENNDOT}
VARGA = {"speaker": "Jolene Varga", "country": "US", "org": "Tenmile Diner"}
KEEFER = {
    "speaker": "Ron Keefer",
    "role": "Chief",
    "country": "US",
    "org": "Ashby Volunteer Fire Company",
}
SCHOOLS = "Ashby Area School District"
SCHOOLS_BODY = {"speaker": SCHOOLS, "country": "US"}

BRIDGE_Q = [
    # a headline's `…, X says` (r21d): the body the story names (decision 2: in full)
    p(
        "Route 9 bridge over Tenmile Creek to close for 14 months",
        PENNDOT_BODY,
        "indirect",
        "says",
        "PennDOT",
    ),
    # `Posted … | Updated …`, the byline and `UPDATE: This story has been updated to include
    # comment from …`: none
    p(
        "The Route 9 bridge over Tenmile Creek in Ashby Township will close to all traffic for "
        "about 14 months starting March 2 while it is replaced",
        PENNDOT_BODY,
        "indirect",
        "said",
        "the Pennsylvania Department of Transportation",
    ),
    p(
        "The closure will send drivers on an 11-mile detour through Coleville and Route 414",
        PENNDOT_BODY,
        "indirect",
        "according to",
        "the department",
    ),
    # `Related: …`: none
    p(
        "This bridge is how half of this township gets to work,",
        MARSH,
        "direct",
        "said",
        "County Commissioner Laura Marsh",
    ),
    p(
        "Fourteen months is not a construction schedule. For some of these families, it's a "
        "second job.",
        MARSH,
        "direct",
        "said",
        "County Commissioner Laura Marsh",
    ),
    # `Asked whether the county had pushed for …,`: the question none, the answer hers
    p("the state had priced one at $6.2 million", MARSH, "indirect", "said", "Marsh"),
    p("nobody was going to write that check.", MARSH, "partial", "said", "Marsh"),
    p("looking at every option", MARSH, "partial", "said", "she"),
    # decision 10: `said A "…" but B` gives the partial and B
    p("had no money set aside", MARSH, "indirect", "said", "she"),
    # the caption with its photo credit: none
    p(
        "the closure could not wait because inspectors had found corrosion in two of the "
        "bridge's steel beams during an August inspection",
        OAKES,
        "indirect",
        "said",
        "PennDOT District 3 spokesman Craig Oakes",
    ),
    p(
        "We understand how hard this is on the people who use this bridge every day, and we are "
        "going to do everything we can to shorten it,",
        OAKES,
        "direct",
        "said",
        "Oakes",
    ),
    p(
        "the contract includes a bonus of up to $400,000 if the bridge reopens early",
        OAKES,
        "indirect",
        "said",
        "He",
    ),
    # `Related: Tenmile Creek flood buyouts: What homeowners need to know` (a link with a
    # colon, no speaker): none
    p(
        "about 60% of her breakfast customers cross it from the south",
        VARGA,
        "indirect",
        "said",
        "Jolene Varga, who owns the Tenmile Diner on the north side of the bridge",
    ),
    p(
        "Fourteen months is a long time to be on the wrong side of a detour,",
        VARGA,
        "direct",
        "said",
        "she",
    ),
    p(
        "I've got six people on payroll. What am I supposed to tell them?",
        VARGA,
        "direct",
        "said",
        "she",
    ),
    # `Reporters asked Varga whether …`: the question none; `said A, and that B`: one
    p(
        "she would not, and that she planned to open an hour earlier to catch drivers on the "
        "detour",
        VARGA,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the company would keep an engine and a crew on the north side of the creek during the "
        "closure",
        KEEFER,
        "indirect",
        "said",
        "Ashby Volunteer Fire Company Chief Ron Keefer",
    ),
    p(
        "Eight minutes is the difference between a kitchen fire and a house fire,",
        KEEFER,
        "direct",
        "said",
        "he",
    ),
    p(
        "buses would add about 20 minutes to routes north of the creek and that it would adjust "
        "pickup times before the closure begins",
        SCHOOLS_BODY,
        "indirect",
        "said",
        "The Ashby Area School District",
    ),
    # the sub-head `What happens next` and `Will the schedule change?` (the writer's): none
    p("possible, but I wouldn't count on it.", OAKES, "partial", "said", "Oakes"),
    p(
        "the commissioners would send a letter to PennDOT asking it to consider a weekend-only "
        "closure for the first month",
        MARSH,
        "indirect",
        "said",
        "Marsh",
    ),
    # `Read more: …`, `Editor's note: An earlier version of this story misstated …` and the
    # tip line: none
]

# --- A shipping trade newsletter on a crane-automation vote (trade newsletter style: a
# headline quote in single marks with `says union chief`, a deck, `By … | Port & Terminal
# Weekly | Issue 212`, a pull quote with an em-dash credit line, an interview intro, `We asked
# X whether …`, rhetorical questions, a correction, `Related:`; straight double quotes,
# Canadian `per cent`, `C$`) ----------------------------------------------------------------
ADU = "Atlantic Dockworkers Union"
TIDEWATER = "Tidewater Terminals Inc."
HPA = "Halifax Port Authority"
COMEAU = {"speaker": "Denise Comeau", "role": "president", "country": "CA", "org": ADU}
HALDANE = {
    "speaker": "Gregor Haldane",
    "role": "chief executive",
    "country": "CA",
    "org": TIDEWATER,
}
HPA_BODY = {"speaker": HPA, "country": "CA"}
RAMAN = {
    "speaker": "Priya Raman",
    "role": "port analyst",
    "country": "GB",
    "org": "Keelson Maritime Advisory",
}

CRANE_Q = [
    # the headline's quote with `says union chief` (r27c): hers
    p("We will not back down,", COMEAU, "direct", "says", "union chief"),
    # the deck and the byline line: none
    p(
        "her members would reject any contract that allows remote-operated cranes at the "
        "Harbourline Container Terminal without a guarantee that no jobs are lost",
        COMEAU,
        "indirect",
        "said",
        "The president of the Atlantic Dockworkers Union, Denise Comeau",
    ),
    p(
        "We will not back down, and we will not be bought off with a training fund,",
        COMEAU,
        "direct",
        "said",
        "Comeau",
    ),
    # the pull quote (a duplicate of her body quote below) and its credit line: none;
    # `The offer, seen by Port & Terminal Weekly, would …` (a document described): none
    p(
        "heard the word automation at every bargaining table since 2012",
        COMEAU,
        "partial",
        "said",
        "Comeau",
    ),
    p(
        "the allowance was smaller than a year's overtime for most crane operators",
        COMEAU,
        "indirect",
        "said",
        "Comeau",
    ),
    p(
        "Nobody on this waterfront is against new cranes. We are against new cranes with nobody "
        "in them,",
        COMEAU,
        "direct",
        "said",
        "she",
    ),
    # `Will the cranes run …?` (the writer's) and the interview's intro (`… spoke to Port &
    # Terminal Weekly by phone …`, `His answers have been edited for length.`): none
    p(
        "None of the 212 jobs on our payroll today will be cut. I have said that in writing,",
        HALDANE,
        "direct",
        "said",
        "Haldane",
    ),
    p(
        "remote operation would let the terminal work through winter storms that now shut the "
        "cranes for an average of nine days a year",
        HALDANE,
        "indirect",
        "said",
        "He",
    ),
    p("sit in a warm room instead of 50 metres up in a gale.", HALDANE, "partial", "said", "He"),
    # `We asked Haldane whether …`: the question none, the answer his
    p("That is not a conversation we are having,", HALDANE, "direct", "said", "he"),
    p(
        "supports investment that keeps the port competitive",
        HPA_BODY,
        "partial",
        "said",
        "The Halifax Port Authority",
    ),
    p(
        "expected the two sides to reach an agreement",
        HPA_BODY,
        "indirect",
        "said",
        "The Halifax Port Authority",
    ),
    p(
        "remote cranes at comparable terminals had raised productivity by 10 to 15 per cent, but "
        "only after a transition of about two years",
        RAMAN,
        "indirect",
        "said",
        "Priya Raman, a port analyst at the London consultancy Keelson Maritime Advisory",
    ),
    p("The first two years are usually ugly,", RAMAN, "direct", "said", "she"),
    p(
        "Crane moves drop, ships wait, and everyone blames the software.",
        RAMAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "the Halifax dispute was being watched closely by operators in Saint John and Montreal "
        "with similar plans",
        RAMAN,
        "indirect",
        "said",
        "Raman",
    ),
    # `What would a strike cost?` (the writer's): none
    p(
        "a two-week stoppage would divert about 40,000 containers to other ports",
        RAMAN,
        "indirect",
        "estimated",
        "Raman",
    ),
    # `asked by reporters whether …`: the question none; decision 10's `but that B`: B
    p("too early to talk about that", COMEAU, "partial", "said", "Comeau"),
    p("members were ready", COMEAU, "indirect", "said", "Comeau"),
    p(
        "I have been doing this for 26 years. I have never seen this hall so full,",
        COMEAU,
        "direct",
        "said",
        "she",
    ),
    # the correction, `Related: …` and the closing house line: none
]

DOCS = [
    ("probe-r28a-fjord-electric-ferry-feature", None, FERRY_Q),
    ("probe-r28a-tenmile-bridge-closure", None, BRIDGE_Q),
    ("probe-r28a-halifax-crane-vote-newsletter", None, CRANE_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (VESTKYST, PENNDOT, SCHOOLS, HPA)


def main():
    write_gold(
        HERE,
        "probes_r28a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r28a",
        source="quotesdb round-28 training probe A (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
