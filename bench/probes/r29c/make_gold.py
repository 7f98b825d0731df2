"""Build probes_r29c_gold.jsonl from the hand annotations below.

Training probe r29c, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r28o and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-11). Each quote is located by searching its exact text after the previous
quote's end.

Theme: extraction precision. Beside each real statement the texts hold words that are no
statement and are NOT annotated here: decision 6's non-answers and reactions (`declined to
comment`, `did not respond to requests for comment`, `rejected the claim`, `disputed the
findings`, `welcomed the vote`, `described the long hours …`), acts (`announced the
decision`, `suspended work on`, `filed a complaint`, `suspended the drive`), predictions
and attitudes about others (`is expected to argue / say / defend`, `are likely to back /
argue`), reporters' questions, quoted words that are no speech (titles of books, a series,
an op-ed's and a review's headline, a label's text, words as words, placards, a sign, a
chant, T-shirt slogans, nicknames, habitual names `what campaigners call "…"`, `so-called`),
headlines, decks, bylines and subheads.

    python3 bench/probes/r29c/make_gold.py   # writes probes_r29c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Brussels: a committee vote on cultivated-meat labels (POLITICO Europe: headline, deck,
# byline, `BRUSSELS —`, straight double quotes, `told POLITICO`) ------------------------------
# Not annotated: the headline and the deck (decision 11); the label's line and the words
# "natural" / "farm" (a law's label text, words as words); `Copa-Cogeca … welcomed the vote`,
# `Verbeek described the long nights …`, `Rautio disputed the findings`, `Aufhauser rejected
# the claim`, `The European Commission declined to comment`, `did not respond to requests for
# comment` (decision 6); the op-ed's headline; the reporter's question; `is expected to argue`,
# `are likely to back / oppose` (predictions about others, nobody has said anything yet);
# `filed a complaint`, `what campaigners call the "veggie burger ban"`, "steak", "sausage";
# the placards and T-shirt slogans; `The full Parliament is expected to vote in July`.
AUFHAUSER = {
    "speaker": "Gerlinde Aufhauser",
    "role": "MEP",
    "country": "AT",
    "org": "European People's Party",
}
# an EU-level lobby in a Brussels story of many countries: no country (doubtful, README)
RAUTIO = {"speaker": "Pekka Rautio", "role": "secretary general", "org": "Copa-Cogeca"}
CELLVERA = {"speaker": "Cellvera", "country": "NL"}
VERBEEK = {
    "speaker": "Joost Verbeek",
    "role": "chief executive",
    "country": "NL",
    "org": "Cellvera",
}
BEUC = {"speaker": "BEUC"}  # never spelt out; a European umbrella body: no country
HOLM = {"speaker": "Anders Holm", "role": "chief spokesperson", "org": "EU"}
# `who runs the Lisbon-based investor network Y` → Y, no role (as `who heads Y`)
CARVALHO = {"speaker": "Ines Carvalho", "country": "PT", "org": "Future Protein Europe"}
DE_GROOT = {"speaker": "Jan-Willem de Groot", "role": "pig farmer", "country": "NL"}

BRUSSELS_Q = [
    q(
        "it would kill the industry before it starts",
        None,
        "indirect",
        "said",
        "food startups",
    ),
    p(
        "consumers had a right to know what they were eating",
        AUFHAUSER,
        "indirect",
        "said",
        "Aufhauser",
    ),
    p(
        "a burger grown in a steel tank is not the same thing as a burger from a farm.",
        AUFHAUSER,
        "partial",
        "said",
        "Aufhauser",
    ),
    p(
        "a victory for honesty on the shelf",
        RAUTIO,
        "partial",
        "said",
        "Its secretary general, Pekka Rautio",
    ),
    # a request: the infinitive, no addressee (decision 6)
    p(
        "to confirm it before the summer recess",
        RAUTIO,
        "indirect",
        "urged",
        "Its secretary general, Pekka Rautio",
    ),
    p(
        "a warning sticker dressed up as information.",
        CELLVERA,
        "partial",
        "called",
        "Cellvera, a Dutch startup that grows chicken cells in Leiden",
    ),
    p(
        "the company would have to delay its first European launch, planned for 2028",
        VERBEEK,
        "indirect",
        "said",
        "Its chief executive, Joost Verbeek",
    ),
    p("already asking whether Europe wants us at all,", VERBEEK, "partial", "said", "he"),
    p(
        "the rules would push research to Singapore and the United States",
        VERBEEK,
        "indirect",
        "wrote",
        "he",
    ),
    # a survey's finding: its author speaks (README, Documents); the term in marks stays inside
    p(
        'most shoppers in six countries already understood the term "cultivated meat."',
        BEUC,
        "indirect",
        "found",
        "A survey published last month by the European consumer organisation BEUC",
    ),
    q(
        "the amendment had been drafted by the livestock lobby",
        None,
        "indirect",
        "said",
        "Critics in the Greens group",
        org="Greens",
    ),
    p("I wrote every word of it in my own office,", AUFHAUSER, "direct", "said", "she"),
    p("it would not", HOLM, "indirect", "said", "Chief spokesperson Anders Holm"),
    p("study the text carefully", HOLM, "partial", "said", "Chief spokesperson Anders Holm"),
    # a reported clause holding only words as words: indirect, the marks inside
    q(
        'the phrase "lab-grown" has itself become an insult',
        None,
        "indirect",
        "say",
        "Startup founders",
    ),
    p(
        "Nobody calls yoghurt lab-grown, and it comes out of a steel tank too,",
        CARVALHO,
        "direct",
        "said",
        "Ines Carvalho, who runs the Lisbon-based investor network Future Protein Europe",
    ),
    p(
        "not my enemy",
        DE_GROOT,
        "partial",
        "told",
        "Jan-Willem de Groot, a pig farmer from Brabant",
    ),
    p(
        "his own sons might one day work in the sector",
        DE_GROOT,
        "indirect",
        "told",
        "Jan-Willem de Groot, a pig farmer from Brabant",
    ),
    # an act reported by a speaker is his statement
    p(
        "Farm unions had suspended talks with the startups' trade body, Cellular Agriculture "
        "Europe, in January",
        DE_GROOT,
        "indirect",
        "said",
        "he",
    ),
    p("she was confident of a majority", AUFHAUSER, "indirect", "said", "Aufhauser"),
    p(
        "The committee has spoken, and I think the plenary will listen,",
        AUFHAUSER,
        "direct",
        "said",
        "she",
    ),
]

# --- Dhaka: river-bank evictions (Al Jazeera online: a headline opening with a quote and a
# colon, a deck, byline, `Dhaka, Bangladesh –`, subheads, `told Al Jazeera`) -----------------
# Not annotated: the headline (`'…': …`, a colon label with no source, as r27b's), the deck
# (decision 11), `Begum described the long hours …`, `The city's mayor declined to comment`,
# `did not respond to requests for comment`, `The commission welcomed the complaint`, `The
# traders welcomed the court's decision`, `Hasan rejected the claim`, `disputed the city's
# flooding figures` (decision 6); the subheads (`'Beautification for whom?'` repeats a body
# quote, decision 11's pull quote; `A mixed picture`); `what they call the "Buriganga
# beautification" project`; `filed a complaint`; placards and a chant; `The High Court
# suspended the drive`; the nickname "Captain"; `is expected to defend`, `are likely to argue`.
DSCC = "Dhaka South City Corporation"
BIWTA = "Bangladesh Inland Water Transport Authority"
NHRC = "National Human Rights Commission"
BEGUM = {"speaker": "Rahima Begum", "country": "BD"}
DSCC_BODY = {"speaker": DSCC, "country": "BD"}
HASAN = {"speaker": "Kamrul Hasan", "role": "chief estate officer", "country": "BD", "org": DSCC}
BIWTA_BODY = {"speaker": BIWTA, "country": "BD"}
AKHTER = {
    "speaker": "Nasrin Akhter",
    "role": "lawyer",
    "country": "BD",
    "org": "Ain o Salish Kendra",
}
NHRC_BODY = {"speaker": NHRC, "country": "BD"}
UDDIN = {"speaker": "Mohammad Jalal Uddin", "role": "boatman", "country": "BD"}
ISLAM = {"speaker": "Shafiqul Islam", "country": "BD"}  # `who owns a pharmacy`: no body named
HAQUE = {
    "speaker": "Tanzila Haque",
    "role": "urban planner",
    "country": "BD",
    "org": "Bangladesh University of Engineering and Technology",
}
SAYEED = {"speaker": "Abu Sayeed", "role": "spokesman", "country": "BD", "org": DSCC}

DHAKA_Q = [
    p(
        "They gave us one day's notice. One day, after eleven years,",
        BEGUM,
        "direct",
        "told",
        "Begum, 46",
    ),
    p("Where do we go?", BEGUM, "direct", "told", "Begum, 46"),
    p(
        "the drive, which began on Thursday, will clear about 1,800 illegal structures from a "
        "six-kilometre stretch of the river's northern bank",
        DSCC_BODY,
        "indirect",
        "says",
        "Dhaka South City Corporation (DSCC)",
    ),
    p(
        "the structures blocked drainage channels and had worsened flooding in Old Dhaka "
        "during last year's monsoon",
        HASAN,
        "indirect",
        "said",
        "Kamrul Hasan, the DSCC's chief estate officer",
    ),
    p(
        "This land belongs to the public. We are returning it to the public,",
        HASAN,
        "direct",
        "told",
        "Hasan",
    ),
    p("a list of eligible vendors was being prepared", HASAN, "indirect", "said", "Hasan"),
    p("encroached upon for decades", BIWTA_BODY, "partial", "said", "BIWTA"),
    p("it would work with the city to recover them", BIWTA_BODY, "indirect", "said", "BIWTA"),
    p(
        "the city had ignored a 2021 High Court ruling that required it to resettle evicted "
        "vendors before clearing any land",
        AKHTER,
        "indirect",
        "said",
        "Nasrin Akhter, a lawyer with the rights group Ain o Salish Kendra",
    ),
    p(
        "They are building a walkway for joggers on top of people's kitchens. Beautification "
        "for whom?",
        AKHTER,
        "direct",
        "said",
        "Akhter",
    ),
    p("it would send a team to the site", NHRC_BODY, "indirect", "said", "The commission"),
    q(
        "the eviction notices were served only on Wednesday",
        None,
        "indirect",
        "say",
        "Traders",
        country="BD",
    ),
    p(
        "Every structure received a notice in March. Some of them chose not to read it,",
        HASAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "the demolition of the wooden jetty at Wiseghat meant he had lost two-thirds of his "
        "passengers",
        UDDIN,
        "indirect",
        "said",
        "He",
    ),
    p("The city wants a river without people on it,", UDDIN, "direct", "said", "he"),
    p(
        "the stalls had crowded the lanes for years and that the area was safer now",
        ISLAM,
        "indirect",
        "said",
        "Shafiqul Islam, who owns a pharmacy near Sadarghat",
    ),
    p(
        "I have lost customers too, but I can walk to my shop again,",
        ISLAM,
        "direct",
        "said",
        "he",
    ),
    p(
        "the drainage channels were blocked mainly by construction waste, not by stalls",
        HAQUE,
        "indirect",
        "said",
        "She",
    ),
    p("My daughters ask me when we are going home,", BEGUM, "direct", "said", "Begum"),
    p("I tell them: this was home.", BEGUM, "direct", "said", "Begum"),
    p(
        "respect the court's order",
        SAYEED,
        "partial",
        "said",
        "A DSCC spokesman, Abu Sayeed",
    ),
    p(
        "resume work only after the hearing",
        SAYEED,
        "indirect",
        "said",
        "A DSCC spokesman, Abu Sayeed",
    ),
]

# --- Seattle: a memoir pulled after a plagiarism complaint (a US metro daily's arts desk,
# Seattle Times style: no dateline, byline and `Times arts reporter`, AP style with titles of
# works in double quotes) ---------------------------------------------------------------------
# Not annotated: the headline, the byline; `Cormorant House announced the decision`, `The
# publisher also suspended work on the paperback edition` (acts); the titles "Salt in the
# Sound", "Ferry Songs", "Low Tide"; `Ashcombe rejected the claim`, `Tolland did not respond
# to requests for further comment`, `The streaming company declined to comment`, `Marsh
# described the long hours …`, `welcomed Cormorant's decision` (decision 6); the sign; the
# reporter's question and `He did not answer and left the stage`; `what critics have taken to
# calling "ferry lit," the so-called genre`; the nickname "the poet of the 6:10 boat"; `is
# expected to say more`, `are likely to argue`; the review's headline "We Got This One Wrong";
# `a streaming adaptation … was announced in October` (an act, no speaker).
FEENEY = {"speaker": "Lorna Feeney", "role": "poet", "country": "US"}
CORMORANT = "Cormorant House"
CORMORANT_BODY = {"speaker": CORMORANT, "country": "US"}
ASHCOMBE = {"speaker": "Neil Ashcombe", "role": "writer", "country": "US"}
SATO = {"speaker": "Greg Sato", "role": "owner", "country": "US", "org": "Harbor Books"}
MARSH = {"speaker": "Helen Marsh", "role": "publisher", "country": "US", "org": CORMORANT}
KELP = "Kelp & Stone"
KELP_BODY = {"speaker": KELP, "country": "US"}
OKONKWO = {"speaker": "Ruth Okonkwo", "role": "novelist", "country": "US"}
GUILD = "Authors Guild"
GUILD_BODY = {"speaker": GUILD, "country": "US"}
REYES = {"speaker": "Daniel Reyes", "role": "lawyer", "country": "US"}
REVIEW = "Seattle Review of Books"
NATARAJAN = {"speaker": "Priya Natarajan", "role": "editor", "country": "US", "org": REVIEW}

SEATTLE_Q = [
    # the lead's description, named `poet Lorna Feeney` two paragraphs on (the complaint's)
    p(
        "its author had lifted whole passages from her work",
        FEENEY,
        "indirect",
        "complained",
        "a Bainbridge Island poet",
    ),
    p("paused distribution", CORMORANT_BODY, "partial", "saying", "Cormorant House"),
    p(
        "word for word, or close enough that a reader would not notice the difference.",
        FEENEY,
        "partial",
        "said",
        "Feeney",
    ),
    p(
        "I didn't go looking for this. A friend sent me a page and asked if I had written it,",
        FEENEY,
        "direct",
        "said",
        "Feeney",
    ),
    p("I had.", FEENEY, "direct", "said", "Feeney"),
    p("he had read Feeney's collection years ago", ASHCOMBE, "indirect", "said", "he"),
    p("the echo of a shared place, not theft.", ASHCOMBE, "partial", "said", "he"),
    p(
        "he had returned 40 copies at Cormorant's request and that customers had been asking "
        "about the book all week",
        SATO,
        "indirect",
        "said",
        "Owner Greg Sato",
    ),
    p(
        "People want to read it now more than ever, which I suppose is the way these things go,",
        SATO,
        "direct",
        "said",
        "Sato",
    ),
    p(
        "no reason to doubt Neil",
        MARSH,
        "partial",
        "said",
        "Cormorant's publisher, Helen Marsh",
    ),
    p("a clear answer.", MARSH, "partial", "said", "Cormorant's publisher, Helen Marsh"),
    p(
        "the review should be made public",
        KELP_BODY,
        "indirect",
        "said",
        "Feeney's publisher, the Port Townsend press Kelp & Stone",
    ),
    p(
        "thin",
        OKONKWO,
        "partial",
        "wrote",
        "the novelist Ruth Okonkwo",
    ),
    p(
        "nobody owns the smell of diesel and salt.",
        OKONKWO,
        "partial",
        "wrote",
        "the novelist Ruth Okonkwo",
    ),
    p(
        "it was following the case but would not take sides",
        GUILD_BODY,
        "indirect",
        "said",
        "The Authors Guild",
    ),
    p(
        "his client had filed a complaint with the guild's ethics committee on Monday and had "
        "not ruled out a lawsuit",
        REYES,
        "indirect",
        "said",
        "Feeney's lawyer, Daniel Reyes",
    ),
    p(
        "the site had removed its original review",
        NATARAJAN,
        "indirect",
        "said",
        "Its editor, Priya Natarajan",
    ),
    p("a full account", NATARAJAN, "partial", "said", "Its editor, Priya Natarajan"),
    p(
        "the outside review would take about six weeks",
        CORMORANT_BODY,
        "indirect",
        "said",
        "Cormorant",
    ),
    p(
        "the press would pay for it and would publish the reviewer's findings in full",
        MARSH,
        "indirect",
        "said",
        "Marsh",
    ),
    p("If we got this wrong, we will say so, loudly,", MARSH, "direct", "said", "she"),
    p("If we didn't, we will say that too.", MARSH, "direct", "said", "she"),
    p("she was not seeking money", FEENEY, "indirect", "said", "Feeney"),
    p("I want my lines back,", FEENEY, "direct", "said", "she"),
    p("That's all.", FEENEY, "direct", "said", "she"),
]

DOCS = [
    ("probe-r29c-brussels-cultivated-meat-label", "BRUSSELS", BRUSSELS_Q),
    ("probe-r29c-dhaka-riverbank-evictions", "Dhaka", DHAKA_Q),
    ("probe-r29c-seattle-memoir-pulled", None, SEATTLE_Q),
]

# organisation speakers: their own organisation (decision 4)
SPEAKING_BODIES = (
    "Cellvera",
    "BEUC",
    DSCC,
    BIWTA,
    NHRC,
    CORMORANT,
    KELP,
    GUILD,
)


def main():
    write_gold(
        HERE,
        "probes_r29c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r29c",
        source="quotesdb round-29 training probe C (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
