"""Build probes_r26f_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r26d and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10; roles as the office's head title without party, without a
body already given as organisation, without places). Each quote is located by searching
its exact text after the previous quote's end.

    python3 bench/probes/r26f/make_gold.py   # writes probes_r26f_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A British minister's Sunday-show interview write-up (no dateline, curly double
# quotes, `Ms`; the presenter quoted, a second interview on another channel) ---
PRYCE = {"speaker": "Joanna Pryce", "role": "housing secretary", "country": "GB"}
ASHDOWN = {"speaker": "Martin Ashdown", "role": "presenter", "country": "GB", "org": "BBC"}
BERRIDGE = {"speaker": "Tom Berridge", "role": "shadow housing secretary", "country": "GB"}
MISTRY = {
    "speaker": "Anjali Mistry",
    "role": "housing spokesperson",
    "country": "GB",
    "org": "Liberal Democrats",
}
NO10 = {"speaker": "Downing Street", "country": "GB"}
DAVENTRY = {"speaker": "Hugh Daventry", "country": "GB", "org": "Local Government Association"}

SUNDAY_Q = [
    p(
        "nothing is off the table",
        PRYCE,
        "partial",
        "telling",
        "The housing secretary, Joanna Pryce",
    ),
    p(
        "I’m not going to write the chancellor’s budget for her on a Sunday morning. What I "
        "will say is that the system we inherited is unfair, and people know it is unfair.",
        PRYCE,
        "direct",
        "said",
        "Ms Pryce",
    ),
    # (added after the first run: a promise is a statement, decision 6; the manifesto of
    # a party the article does not name speaks for nobody named)
    q(
        "no change to council tax bands in this parliament",
        None,
        "indirect",
        "promised",
        "the party’s manifesto, which",
        country="GB",
    ),
    p(
        "You stood on a promise not to touch council tax. Are you breaking it?",
        ASHDOWN,
        "direct",
        "asked",
        "he",
    ),
    p("No, we are not,", PRYCE, "direct", "replied", "Ms Pryce"),
    p(
        "The manifesto is about working people, and a retired banker in a £2m house in "
        "Richmond is not who we had in mind.",
        PRYCE,
        "direct",
        "replied",
        "Ms Pryce",
    ),
    p("within weeks", PRYCE, "partial", "said", "She"),
    p("any change would be phased in over several years", PRYCE, "indirect", "said", "She"),
    p("absolutely achievable", PRYCE, "partial", "said", "Ms Pryce"),
    p("We’ve had a slow year, I won’t pretend otherwise,", PRYCE, "direct", "told", "she"),
    p("But the planning reforms are only now kicking in.", PRYCE, "direct", "told", "she"),
    # (added after the first run: "warnings from X that A" reports A, as "amid claims
    # that A" does; an unnamed group's)
    q(
        "the target was out of reach without thousands more bricklayers",
        None,
        "indirect",
        "warnings",
        "housebuilders",
        country="GB",
    ),
    p("talking to the industry every week", PRYCE, "partial", "said", "she"),
    p(
        "has no idea what it wants to do",
        BERRIDGE,
        "partial",
        "said",
        "The shadow housing secretary, Tom Berridge",
    ),
    p(
        "Families up and down the country will have heard a minister who could not give a "
        "straight answer to a straight question,",
        BERRIDGE,
        "direct",
        "said",
        "he",
    ),
    p("They deserve better than this.", BERRIDGE, "direct", "said", "he"),
    p(
        "who happen to live in the house they bought in 1975",
        MISTRY,
        "partial",
        "told",
        "The Liberal Democrats’ housing spokesperson, Anjali Mistry",
    ),
    p("full confidence", NO10, "partial", "said", "Downing Street"),
    q(
        "The housing secretary set out the government’s position clearly this morning. "
        "Decisions on tax are for the budget.",
        None,
        "direct",
        "said",
        "A Downing Street spokesperson",
        country="GB",
        org="Downing Street",
    ),
    p("never been a fan", PRYCE, "partial", "told", "She"),
    p("I have the best job in government,", PRYCE, "direct", "said", "she"),
    p("Ask me again in ten years.", PRYCE, "direct", "said", "she"),
    p(
        "left guessing",
        DAVENTRY,
        "partial",
        "said",
        "Hugh Daventry, who chairs the Local Government Association",
    ),
    p(
        "needed certainty before setting their budgets in February",
        DAVENTRY,
        "indirect",
        "said",
        "Hugh Daventry, who chairs the Local Government Association",
    ),
]

# --- A US senator on a weekend political show (AP style, `WASHINGTON (AP) —`, straight
# quotes, programme titles in quotes, the host's questions, a Q/A excerpt) ---
MEDINA = {"speaker": "Carla Medina", "role": "Senator", "country": "US"}
WHITCOMBE = {"speaker": "Dana Whitcombe", "role": "host", "country": "US", "org": "CNN"}
RENNICK = {"speaker": "Paul Rennick", "role": "Senate Majority Leader", "country": "US"}
OKAFOR = {"speaker": "Walter Okafor", "role": "Senator", "country": "US"}
ORTIZ = {
    "speaker": "Lena Ortiz",
    "role": "press secretary",
    "country": "US",
    "org": "White House",
}
BRANDT = {
    "speaker": "Molly Brandt",
    "role": "budget analyst",
    "country": "US",
    "org": "Bipartisan Policy Center",
}

SENATOR_Q = [
    p(
        "she would not support a stopgap spending bill that leaves out money for border "
        "surveillance technology",
        MEDINA,
        "indirect",
        "said",
        "Sen. Carla Medina, R-Ariz.",
    ),
    p(
        "I've told leadership privately and I'll tell them publicly: I'm a no,",
        MEDINA,
        "direct",
        "said",
        "Medina",
    ),
    p(
        "It's not about the money. It's about whether we keep our word,",
        MEDINA,
        "direct",
        "said",
        "Medina",
    ),
    p(
        "the Department of Homeland Security had asked for the funding in March",
        MEDINA,
        "indirect",
        "said",
        "She",
    ),
    p("simply ignored", MEDINA, "partial", "said", "She"),
    p(
        "We have drones sitting in warehouses in Tucson because nobody will pay to run them,",
        MEDINA,
        "direct",
        "said",
        "Medina",
    ),
    p(
        "Medina had voted for two similar bills last year",
        WHITCOMBE,
        "indirect",
        "noted",
        "Whitcombe",
    ),
    p("You've said before that shutdowns never work,", WHITCOMBE, "direct", "told", "the host"),
    p(
        "I said they never work for the party that causes them,",
        MEDINA,
        "direct",
        "replied",
        "Medina",
    ),
    p(
        "This time, the party causing it is the one that broke a promise to Arizona.",
        MEDINA,
        "direct",
        "replied",
        "Medina",
    ),
    # round 29 (proposed decision 12, r29e): a `Q:` turn is no statement, an `A:` turn the
    # interviewee's own words (direct); were the host's questions and indirect answers
    p(
        "I vote no. And I think there are at least four or five colleagues who will join me.",
        MEDINA,
        "direct",
        "A",
        "A",
    ),
    p("They have. I'm not going to name them on your show.", MEDINA, "direct", "A", "A"),
    p(
        "with room to spare.",
        RENNICK,
        "partial",
        "told",
        "Senate Majority Leader Paul Rennick, R-S.D.",
    ),
    q(
        "at least three other senators had raised similar concerns with leadership last week",
        None,
        "indirect",
        "said",
        "Two Senate Republican aides",
        country="US",
    ),
    p("manufacturing a crisis", OKAFOR, "partial", "accused", "Sen. Walter Okafor, D-Md."),
    p(
        "Nobody on our side wants a shutdown. Senator Medina should take yes for an answer,",
        OKAFOR,
        "direct",
        "said",
        "Okafor",
    ),
    p(
        "whatever keeps the lights on",
        ORTIZ,
        "partial",
        "told",
        "White House press secretary Lena Ortiz",
    ),
    p(
        "passion for her state.",
        ORTIZ,
        "partial",
        "told",
        "White House press secretary Lena Ortiz",
    ),
    p(
        "He's not going to get into a fight with a senator over a Sunday show,",
        ORTIZ,
        "direct",
        "said",
        "Ortiz",
    ),
    p("she had spoken to Hale by phone on Saturday night", MEDINA, "indirect", "told", "Medina"),
    p("He listened. That's all I'll say about it,", MEDINA, "direct", "said", "she"),
    p(
        "a shutdown of a week or more would delay paychecks for about 800,000 federal workers",
        BRANDT,
        "indirect",
        "said",
        "Molly Brandt, a budget analyst at the Bipartisan Policy Center",
    ),
    p("shrugged off", BRANDT, "partial", "said", "She"),
]

# --- A celebrity chef's podcast remarks and the row (entertainment desk, British, single
# curly quotes, present-tense podcast description, a statement over two paragraphs) ---
DEVLIN = {"speaker": "Marco Devlin", "role": "chef", "country": "GB"}
CASTELLAN = {"speaker": "Priya Castellan", "role": "food writer", "country": "GB"}
VEGAN_SOCIETY = {"speaker": "Vegan Society", "country": "GB"}
BRIGHTWELL = {"speaker": "Nadia Brightwell", "role": "chef", "country": "GB"}
HOLLOWAY = {
    "speaker": "Fay Holloway",
    "role": "restaurant critic",
    "country": "GB",
    "org": "Observer",
}
CHANNEL4 = {"speaker": "Channel 4", "country": "GB"}

CHEF_Q = [
    p("stupid joke", DEVLIN, "partial", "apologises", "Marco Devlin"),
    # (round 28, decision 11: the standfirst's "The TV chef's remarks … drew criticism from
    # fellow chefs and campaigners", added after the first run, left the gold: a deck between
    # the headline and the byline is the desk's summary, not a statement)
    p(
        "the worst people in the world to cook for",
        DEVLIN,
        "partial",
        "saying",
        "Celebrity chef Marco Devlin",
    ),
    p(
        "I’ve cooked for a prince and half the England team and I’d rather do that any day "
        "than a table of six vegans who want to know what’s in the stock.",
        DEVLIN,
        "direct",
        "said",
        "he",
    ),
    p(
        "You know you’re going to get letters about this?",
        CASTELLAN,
        "direct",
        "asks",
        "she",
    ),
    p("Let them write,", DEVLIN, "direct", "replies", "Devlin"),
    p("once, for a bet", DEVLIN, "partial", "said", "Devlin"),
    p("honestly not bad", DEVLIN, "partial", "adding", "Devlin"),
    p("lazy and a bit sad", VEGAN_SOCIETY, "partial", "said", "The Vegan Society"),
    p(
        "any time he fancies learning something",
        VEGAN_SOCIETY,
        "partial",
        "said",
        "The Vegan Society",
    ),
    p(
        "she had once worked a summer in one of Devlin’s kitchens",
        BRIGHTWELL,
        "indirect",
        "said",
        "Chef Nadia Brightwell, whose plant-based restaurant in Bristol holds a Michelin star",
    ),
    p(
        "He was brilliant to learn from, and he knows perfectly well how much skill goes "
        "into vegetable cooking,",
        BRIGHTWELL,
        "direct",
        "told",
        "she",
    ),
    p("That’s what makes this so disappointing.", BRIGHTWELL, "direct", "told", "she"),
    p(
        "I made a stupid joke on a podcast and it landed badly. I have vegan chefs in my "
        "kitchens and vegan guests at my tables, and they deserve better from me.",
        DEVLIN,
        "direct",
        "wrote",
        "Devlin",
    ),
    p("So I’m sorry. No excuses.", DEVLIN, "direct", "wrote", "Devlin"),
    p("dragging the show into it", DEVLIN, "partial", "added", "He"),
    p("hundreds", DEVLIN, "partial", "said", "Devlin"),
    p("some of them very fair, some of them unprintable", DEVLIN, "partial", "said", "Devlin"),
    p(
        "he would give his fee for the episode to a food bank charity in Salford",
        DEVLIN,
        "indirect",
        "said",
        "He",
    ),
    p("she did not regret the interview", CASTELLAN, "indirect", "said", "Castellan"),
    p(
        "Marco’s an old friend and he says what he thinks. That’s why people listen,",
        CASTELLAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "But I did tell him, off mic, that he’d put his foot in it.",
        CASTELLAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "Twenty years ago this was a punchline. Now it’s a business plan he’s insulting.",
        HOLLOWAY,
        "direct",
        "wrote",
        "Fay Holloway, the Observer’s restaurant critic",
    ),
    q(
        "in any meaningful way",
        None,
        "partial",
        "said",
        "A spokeswoman for Devlin’s restaurant group, Devlin Dining",
        country="GB",
        org="Devlin Dining",
    ),
    p("spoken to Marco", CHANNEL4, "partial", "said", "Channel 4"),
    p("considered the matter closed", CHANNEL4, "indirect", "said", "Channel 4"),
    p("a crime against potatoes", DEVLIN, "partial", "calling", "he"),
]

DOCS = [
    ("probe-r26f-housing-secretary-sunday-show", None, SUNDAY_Q),
    ("probe-r26f-senator-sunday-show-stopgap", "WASHINGTON", SENATOR_Q),
    ("probe-r26f-chef-podcast-vegan-row", None, CHEF_Q),
]

if __name__ == "__main__":
    write_gold(
        HERE,
        "probes_r26f_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r26f",
        source="quotesdb round-26 training probes F (written for error finding)",
        speaking_bodies={"Downing Street", "Vegan Society", "Channel 4"},
    )
