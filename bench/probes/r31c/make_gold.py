"""Build probes_r31c_gold.jsonl from the hand annotations below.

Training probe r31c, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r28e (the
round-28 obituary probe) and r29k and of articles/attribution/README.md (Conventions, and
"Annotation conventions: decisions" 1-12). Theme: profiles and obituaries, quotes from the
past and from people around the subject. The subject's own earlier words (`as she later put
it`, `she wrote` in a memoir, `She told The Washington Post at the time`, `he was fond of
saying`, `she told CBC Radio`) are the subject's, dead or alive; a quote inside a direct quote
(a colleague recalling what the subject used to say) is no statement of its own; a family and
unnamed colleagues are groups (speaker null, source kept); a relative named as such takes the
tie as role (decision 8). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r31c/make_gold.py   # writes probes_r31c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A US metro daily's staff obituary (Washington Post style: no dateline, a byline, `died
# Nov. 26 at a hospice in Silver Spring, Md.`, `The cause was …, said her son, X.`, bare
# surnames, the survivors' paragraph) ---------------------------------------------------------
# the undated Washington story gives its people US
LEGAL_AID = "Legal Aid Society of the District of Columbia"
LEGAL_AID_BODY = {"speaker": LEGAL_AID, "country": "US"}
MARCHETTI = {"speaker": "Evelyn Marchetti", "role": "legal aid lawyer", "country": "US"}
PAUL = {"speaker": "Paul Marchetti", "role": "son", "country": "US"}
DUNMORE = {
    "speaker": "Harold Dunmore",
    "role": "law professor",
    "country": "US",
    "org": "Howard University",
}
# `a staff attorney at Legal Aid`: the short form of the body written in full before
BANKS = {"speaker": "Gloria Banks", "role": "staff attorney", "country": "US", "org": LEGAL_AID}
# `a daughter, Ruth Marchetti-Lowe of Chicago;` in the survivors, then `Her daughter said`
RUTH = {"speaker": "Ruth Marchetti-Lowe", "role": "daughter", "country": "US"}

MARCHETTI_Q = [
    p(
        "The cause was complications of a stroke",
        PAUL,
        "indirect",
        "said",
        "her son, Paul Marchetti",
    ),
    # the subject's own earlier words: hers
    p(
        "a woman lawyer was a curiosity and a woman lawyer in Anacostia was a rumor.",
        MARCHETTI,
        "partial",
        "put",
        "she",
    ),
    p(
        "She never thought of it as charity. She thought of it as collecting a debt,",
        DUNMORE,
        "direct",
        "said",
        "Harold Dunmore, who worked beside her for three decades and is now a law professor at "
        "Howard University",
    ),
    # `In her 2004 memoir, "Rent Day," she wrote that …`: the title is no quote
    p(
        "the family had been evicted twice before she turned 10",
        MARCHETTI,
        "indirect",
        "wrote",
        "she",
    ),
    p(
        "I learned the word 'eviction' before I learned the word 'vacation,'",
        MARCHETTI,
        "direct",
        "wrote",
        "she",
    ),
    p("a start, not a finish.", MARCHETTI, "partial", "told", "She"),
    p(
        "Now they have to fix it or explain to a judge why not,",
        MARCHETTI,
        "direct",
        "said",
        "she",
    ),
    # `X said A, and that B` (no quote): one statement; unnamed colleagues, a group
    q(
        "she could be fierce with landlords and gentle with clients, and that she remembered the "
        "names of their children years later",
        None,
        "indirect",
        "said",
        "Colleagues",
        country="US",
    ),
    # the subject's words inside a colleague's quote: the colleague's statement only
    p(
        "She used to tell the young lawyers, 'The landlord has a lawyer, the bank has a lawyer, "
        "the city has a lawyer. Somebody in this room has to be the tenant's lawyer,'",
        BANKS,
        "direct",
        "said",
        "Gloria Banks, a staff attorney at Legal Aid who joined the office as a law student in "
        "1979",
    ),
    p(
        "We heard it about once a week. We still say it.",
        BANKS,
        "direct",
        "said",
        "Gloria Banks, a staff attorney at Legal Aid who joined the office as a law student in "
        "1979",
    ),
    q(
        "she argued her last case, over a leaking roof in Congress Heights, at 78",
        None,
        "indirect",
        "According to",
        "her family",
        country="US",
    ),
    # `In a statement announcing her death, the Legal Aid Society said …`: the body (decision 4)
    p(
        "made tenants' rights mean something in this city.",
        LEGAL_AID_BODY,
        "partial",
        "said",
        "the Legal Aid Society",
    ),
    p(
        "Flags at its offices on Vermont Avenue will fly at half-staff through Friday",
        LEGAL_AID_BODY,
        "indirect",
        "said",
        "the organization",
    ),
    p(
        "his mother kept a list of every building she had sued and drove past them on Sundays to "
        "see whether the repairs had been made",
        PAUL,
        "indirect",
        "said",
        "Paul Marchetti",
    ),
    p(
        "her mother had asked, in her last week, whether the elevator in a building on Alabama "
        "Avenue had been fixed",
        RUTH,
        "indirect",
        "said",
        "Her daughter",
    ),
    p("It hadn't,", RUTH, "direct", "said", "Marchetti-Lowe"),
    p("She told me to call them.", RUTH, "direct", "said", "Marchetti-Lowe"),
]

# --- A British broadsheet's obituary (The Times style: no dateline, no byline, a standfirst,
# no quotes from the dead except remembered ones, `He married, in 1964, …`, the closing line
# `X, conductor, was born on …`) --------------------------------------------------------------
# the undated British story gives its people GB
BBC = "BBC"
BBCSSO = "BBC Scottish Symphony Orchestra"
BBC_BODY = {"speaker": BBC, "country": "GB"}
BBCSSO_BODY = {"speaker": BBCSSO, "country": "GB"}
KEIR = {"speaker": "Alasdair Keir", "role": "conductor", "country": "GB"}
# `who led the orchestra` (its leader): as `who heads Y`, the orchestra is her organisation
LINDSAY = {"speaker": "Morag Lindsay", "role": "violinist", "country": "GB", "org": BBCSSO}
RAEBURN = {"speaker": "Fiona Raeburn", "role": "composer", "country": "GB"}
DRUMMOND = {"speaker": "Helen Drummond", "role": "pianist", "country": "GB"}

KEIR_Q = [
    # an unnamed critic: a source with no name
    q(
        "a man who looks like a shepherd and rehearses like one",
        None,
        "partial",
        "observed",
        "a Glasgow critic",
        country="GB",
    ),
    # a habit of saying is a statement of the subject
    p(
        "sheepdogs and violinists responded to the same three things: a clear signal, a low "
        "whistle and, now and then, a biscuit",
        KEIR,
        "indirect",
        "tell",
        "He",
    ),
    # `When a young cellist apologised for a wrong note …`: an apology with no words, none
    p("Don't apologise,", KEIR, "direct", "said", "he"),
    p(
        "Play it wrong louder next time, so that I can hear what you meant.",
        KEIR,
        "direct",
        "said",
        "he",
    ),
    p(
        "he could be cruel about a phrase but never about a person",
        LINDSAY,
        "indirect",
        "said",
        "The violinist Morag Lindsay, who led the orchestra for 11 of his 16 seasons",
    ),
    # Keir's words inside her quote: hers only
    p(
        "He would say, 'That bar was a disgrace,' and then take you for a whisky and ask after "
        "your mother,",
        LINDSAY,
        "direct",
        "said",
        "she",
    ),
    p(
        "because I was the worst viola player in Aberdeen and somebody had to stand at the front",
        KEIR,
        "partial",
        "claimed",
        "He",
    ),
    p(
        "a better composer than a drinker, and a very good drinker",
        KEIR,
        "partial",
        "saying",
        "He",
    ),
    p(
        "accountants who have heard of music but would not recognise it in the street",
        KEIR,
        "partial",
        "described",
        "he",
    ),
    p("every confidence", BBC_BODY, "partial", "said", "The BBC"),
    p(
        "a form of good manners",
        RAEBURN,
        "partial",
        "said",
        "The composer Fiona Raeburn, who studied with him there in the 1990s and remained a friend",
    ),
    p("He had no small talk,", RAEBURN, "direct", "said", "she"),
    p(
        "He had large talk, all the time, about Sibelius and sheep.",
        RAEBURN,
        "direct",
        "said",
        "she",
    ),
    # `the orchestra said that he had "…", and that B`: the partial and B
    p(
        "taught a generation of Scottish players to listen to each other",
        BBCSSO_BODY,
        "partial",
        "said",
        "the orchestra",
    ),
    p(
        "its concert at Glasgow City Halls on Friday would be dedicated to him",
        BBCSSO_BODY,
        "indirect",
        "said",
        "the orchestra",
    ),
    p(
        "like sharing a house with a metronome that had opinions",
        DRUMMOND,
        "partial",
        "said",
        "She",
    ),
]

# --- A magazine profile of a living person (The Walrus style: no dateline, a headline and a
# deck before the byline, the present tense, `she says`, first names for the family) ---------
# the undated Saskatchewan story gives its people CA
CPKC = "Canadian Pacific Kansas City"
CPKC_BODY = {"speaker": CPKC, "country": "CA"}
DANA = {"speaker": "Dana Kowalchuk", "country": "CA"}
MAYA = {"speaker": "Maya Kowalchuk", "role": "daughter", "country": "CA"}
FROESE = {"speaker": "Lyle Froese", "country": "CA"}
MARK = {"speaker": "Mark Kowalchuk", "role": "brother", "country": "CA"}
CGC_SOURCE = "A spokesperson for the Canadian Grain Commission, which licenses elevators"

KOWALCHUK_Q = [
    # the deck (`Everyone keeps telling her to sell`): no statement (decision 11)
    p(
        "People think this is a farming job. It's a math job with dust,",
        DANA,
        "direct",
        "says",
        "she",
    ),
    # `X says A and that B` (no quote): one statement
    p(
        "there were more than 5,000 wooden elevators in Saskatchewan in the 1930s and that fewer "
        "than 300 remain",
        DANA,
        "indirect",
        "says",
        "Kowalchuk",
    ),
    # `She says it flatly`: no content, none
    p(
        "exactly two moods: harvest and not harvest.",
        MAYA,
        "partial",
        "says",
        "Her daughter, Maya Kowalchuk, 31, who drives up from Saskatoon to help at harvest",
    ),
    p("She talks to the scale,", MAYA, "direct", "says", "Maya"),
    p("She thanks it.", MAYA, "direct", "says", "Maya"),
    # her late father's words inside her quote: hers only
    p(
        "Dad used to say, 'An elevator is a bank that smells of dust. You keep it clean and you "
        "keep your word,'",
        DANA,
        "direct",
        "says",
        "Kowalchuk",
    ),
    p("I've only ever changed the part about the dust.", DANA, "direct", "says", "Kowalchuk"),
    # her own words in 2015: hers
    p("when the wheat starts growing itself.", DANA, "partial", "told", "she"),
    q(
        "they come to her because she pays a few cents more a bushel and tells them the truth "
        "about their grain",
        None,
        "indirect",
        "say",
        "Farmers",
        country="CA",
    ),
    p(
        "If your wheat's got ergot, Dana tells you it's got ergot. The big guys just dock you and "
        "smile,",
        FROESE,
        "direct",
        "says",
        "Lyle Froese, who has farmed a section east of town for 34 years and has sold every crop "
        "to the Kowalchuks since he was 19",
    ),
    q(
        "no concerns",
        None,
        "partial",
        "says",
        CGC_SOURCE,
        country="CA",
        org="Canadian Grain Commission",
    ),
    q(
        "face the same testing obligations as large ones.",
        None,
        "partial",
        "notes",
        CGC_SOURCE,
        country="CA",
        org="Canadian Grain Commission",
    ),
    p(
        "have never once left without a coffee.",
        MARK,
        "partial",
        "According to",
        "her brother, Mark Kowalchuk, who lives in Regina and owns a third of the business",
    ),
    # `Kowalchuk shrugs at that.`: the subject, not her brother named just before
    p(
        "They drink it black, and they write everything down,",
        DANA,
        "direct",
        "says",
        "she",
    ),
    # `said in a statement that it "…" and that B`: the partial and B (decision 4: the body)
    p(
        "continues to serve all licensed shippers on the Sutherland subdivision",
        CPKC_BODY,
        "partial",
        "said",
        "Canadian Pacific Kansas City, which owns the line through Rosthern",
    ),
    p(
        "service levels are reviewed every season",
        CPKC_BODY,
        "indirect",
        "said",
        "Canadian Pacific Kansas City, which owns the line through Rosthern",
    ),
    p(
        "the company sent her 11 hopper cars last fall after she had asked for 40",
        DANA,
        "indirect",
        "says",
        "Kowalchuk",
    ),
    p("I don't need them to love me,", DANA, "direct", "says", "she"),
    p("I need them to show up.", DANA, "direct", "says", "she"),
    p(
        "she thinks about it every harvest and then drives back to Saskatoon",
        MAYA,
        "indirect",
        "says",
        "Maya",
    ),
    p("Mom would never ask. That's how you know she wants it,", MAYA, "direct", "says", "she"),
    p("Ask me when the wheat grows itself,", DANA, "direct", "says", "she"),
]

DOCS = [
    ("probe-r31c-marchetti-obituary", None, MARCHETTI_Q),
    ("probe-r31c-keir-conductor-obituary", None, KEIR_Q),
    ("probe-r31c-rosthern-elevator-profile", None, KOWALCHUK_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (LEGAL_AID, BBC, BBCSSO, CPKC)


def main():
    write_gold(
        HERE,
        "probes_r31c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r31c",
        source="quotesdb round-31 training probe C (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
