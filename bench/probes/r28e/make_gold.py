"""Build probes_r28e_gold.jsonl from the hand annotations below.

Training probe r28e, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r27i and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10). Theme: obituaries, tributes and memorials. A reaction with no
content (`paid tribute to X`, `expressed their condolences`, `mourned X`, `offered his
condolences`, `thanked the staff`) is no statement (decision 6); a tribute with content
(`described him as "…"`, `remembered her as A`, `paid tribute …, saying A`, `said … that it
mourned "…"`) is. The deceased's own past words (`she told the Mail & Guardian in 2019`,
`Speaking to this newspaper in 2016, Paddy said`) are the deceased's. A family is a group:
speaker null, the source kept (r27b); a relative named as such takes the tie as role
(decision 8). A quote inside a direct quote (`He … said, 'Welcome to first grade, son,'`) is
no statement of its own. Each quote is located by searching its exact text after the
previous quote's end.

    python3 bench/probes/r28e/make_gold.py   # writes probes_r28e_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A national daily's news obituary of a poet (South African daily: no dateline, a byline,
# straight double quotes, bare surnames) -------------------------------------------------------
PRESIDENCY = "Presidency"
NUCW = "National Union of Clothing Workers"
PRES_BODY = {"speaker": PRESIDENCY, "country": "ZA"}
NUCW_BODY = {"speaker": NUCW, "country": "ZA"}
NTULI = {"speaker": "Gugu Ntuli", "role": "Arts and Culture Minister", "country": "ZA"}
MTHEMBU = {"speaker": "Nomsa Mthembu", "role": "poet and former trade unionist", "country": "ZA"}
ZANELE = {"speaker": "Zanele Mthembu-Radebe", "role": "daughter", "country": "ZA"}
PILLAY = {
    "speaker": "Ravi Pillay",
    "role": "publisher",
    "country": "ZA",
    "org": "Kwela Street Press",
}
MABENA = {"speaker": "Sipho Mabena", "role": "writer and broadcaster", "country": "ZA"}

POET_Q = [
    # the family's statement: a group, speaker null
    q(
        "she died peacefully in her sleep on Saturday night, surrounded by her children and "
        "grandchildren",
        None,
        "indirect",
        "said",
        "Her family",
        country="ZA",
    ),
    q(
        "Our mother gave her voice to millions who were told they had none. Today we ask for "
        "the space to grieve her quietly, as she would have wanted,",
        None,
        "direct",
        "said",
        "the statement",
        country="ZA",
    ),
    # a named seat speaks as a body (decisions 4, 7); `said A "…" and that B`
    p("a conscience for the nation", PRES_BODY, "partial", "said", "The Presidency"),
    p(
        "flags at provincial government buildings in Gauteng would fly at half-mast until her "
        "funeral",
        PRES_BODY,
        "indirect",
        "said",
        "The Presidency",
    ),
    # `paid tribute to the poet`: a reaction, none; the quote after it is a statement
    p(
        "She never wrote a line she was not prepared to go to prison for. Few of us can say "
        "that about anything,",
        NTULI,
        "direct",
        "said",
        "Ntuli",
    ),
    # the deceased's own past words: hers
    p(
        "They took my pen and my paper, so I wrote on the wall with a spoon. The guards "
        "painted over it every week, and every week I wrote it again,",
        MTHEMBU,
        "direct",
        "told",
        "she",
    ),
    p(
        "someone who kept the minutes for people who could not write them down.",
        MTHEMBU,
        "partial",
        "said",
        "she",
    ),
    p(
        "her mother read every new poem aloud at the kitchen table before she would let anyone "
        "else see it",
        ZANELE,
        "indirect",
        "recalled",
        "Her daughter, Zanele Mthembu-Radebe",
    ),
    p(
        "If we laughed in the wrong place, she crossed it out. If we cried, she kept it,",
        ZANELE,
        "direct",
        "said",
        "she",
    ),
    p("She trusted children more than critics.", ZANELE, "direct", "said", "she"),
    p(
        "Mthembu had sold more books in taxi ranks and church halls than in bookshops",
        PILLAY,
        "indirect",
        "said",
        "The poet's publisher for four decades, Ravi Pillay of Kwela Street Press",
    ),
    p(
        "Nomsa did not believe in launches. She believed in a box of books in the boot of a car,",
        PILLAY,
        "direct",
        "said",
        "he",
    ),
    # `said in a statement that it mourned "…"`: a tribute with content
    p(
        "a comrade who made the workers' struggle rhyme.",
        NUCW_BODY,
        "partial",
        "said",
        "The National Union of Clothing Workers",
    ),
    # `also expressed their condolences to the family`: a reaction, none
    p(
        "a perfectionist who would phone him at midnight to change a single comma",
        MABENA,
        "indirect",
        "remembered",
        "Writer and broadcaster Sipho Mabena, who edited an anthology of her work",
    ),
    p(
        "People think of the rally poems. I think of the love poems she never let anyone publish,",
        MABENA,
        "direct",
        "said",
        "Mabena",
    ),
    p(
        "the family had agreed that some of them would appear in a collection next year",
        MABENA,
        "indirect",
        "said",
        "He",
    ),
    q(
        "a memorial service would be held at Regina Mundi Church in Soweto on Thursday, "
        "followed by a private burial",
        None,
        "indirect",
        "said",
        "The family",
        country="ZA",
    ),
    # a request is a statement, without its addressee (decision 6)
    q("to bring a poem rather than flowers", None, "indirect", "asked", "They", country="ZA"),
    # `said A but that B` without a quote: one statement
    p(
        "the government had offered the family an official funeral but that they had declined",
        NTULI,
        "indirect",
        "said",
        "Ntuli",
    ),
    p(
        "That was her, to the very end. No fuss, no podium,",
        NTULI,
        "direct",
        "said",
        "the minister",
    ),
]

# --- A local weekly's death feature and notice (Irish local paper: no dateline, a byline,
# curly double quotes, first names, `Fr`, `Cllr`, the funeral notice at the foot) ------------
CLUB = "St Aidan’s GAA Club"
CLUB_BODY = {"speaker": CLUB, "country": "IE"}
DECLAN = {"speaker": "Declan Furlong", "role": "son", "country": "IE"}
PADDY = {"speaker": "Paddy Furlong", "country": "IE"}
DOYLE = {"speaker": "Martin Doyle", "role": "chairman", "country": "IE", "org": CLUB}
KEHOE = {"speaker": "Bríd Kehoe", "role": "councillor", "country": "IE"}
REDMOND = {"speaker": "Tom Redmond", "role": "parish priest", "country": "IE", "org": "St Senan’s"}
ROSSITER = {"speaker": "Liam Rossiter", "country": "IE"}
WALSH = {"speaker": "Siobhán Walsh", "role": "daughter", "country": "IE"}

SHOP_Q = [
    p(
        "his father had worked behind the counter until a fall in March",
        DECLAN,
        "indirect",
        "said",
        "His son, Declan Furlong, who took over the running of the shop in 2015",
    ),
    p(
        "He opened at half six every morning for sixty-one years. Christmas Day, he’d open for "
        "an hour so nobody would go without a paper. We told him to retire for about thirty "
        "years and he never listened to a word of it,",
        DECLAN,
        "direct",
        "said",
        "Declan",
    ),
    # the deceased's own words to this paper in 2016: his
    p("he had no plans to stop", PADDY, "indirect", "said", "Paddy"),
    p(
        "The day I close that door for good, they can carry me out through it,",
        PADDY,
        "direct",
        "told",
        "he",
    ),
    p("heartbroken", CLUB_BODY, "partial", "said", "St Aidan’s GAA Club"),
    p(
        "given his whole life to the club and asked nothing back",
        CLUB_BODY,
        "partial",
        "said",
        "St Aidan’s GAA Club",
    ),
    p(
        "Paddy had trained the under-12s every Saturday morning from 1971 until 2009 and had "
        "driven half the team to away matches in the back of the shop’s van",
        DOYLE,
        "indirect",
        "said",
        "Club chairman Martin Doyle",
    ),
    p(
        "You’d get a bag of crisps and a lecture on the way home, whether you won or lost,",
        DOYLE,
        "direct",
        "said",
        "he",
    ),
    # `described him as “…”`: a tribute with content
    p(
        "the beating heart of Slaney Street",
        KEHOE,
        "partial",
        "described",
        "Local councillor Bríd Kehoe, who grew up two doors from the shop",
    ),
    p(
        "If you wanted to know anything in this town, you asked Paddy. If you wanted it kept "
        "quiet, you also asked Paddy,",
        KEHOE,
        "direct",
        "said",
        "she",
    ),
    # `offered his condolences … and members stood for a minute’s silence`: none
    p(
        "a gentleman and a great character",
        REDMOND,
        "partial",
        "wrote",
        "Fr Tom Redmond, parish priest of St Senan’s",
    ),
    p(
        "standing room only, and he would have hated the fuss",
        REDMOND,
        "partial",
        "wrote",
        "Fr Tom Redmond, parish priest of St Senan’s",
    ),
    p(
        "He taught us that you shake the other fella’s hand first, even when you’ve lost by "
        "twenty points,",
        ROSSITER,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "her father had phoned her every Sunday for 19 years without once asking how she was",
        WALSH,
        "indirect",
        "said",
        "His daughter Siobhán Walsh, who travelled home from Dublin on Wednesday",
    ),
    p(
        "He’d ask was I eating, and then he’d tell me who was dead and who was getting "
        "married. That was Daddy’s idea of a long chat,",
        WALSH,
        "direct",
        "said",
        "she",
    ),
    # the family: a group; `thanked the staff`: a thanks, none
    q("overwhelmed", None, "partial", "said", "The family", country="IE"),
    # `said A and would then reopen “…”` (decision 10): A and the partial
    p(
        "the shop would stay closed until after the funeral",
        DECLAN,
        "indirect",
        "said",
        "Declan",
    ),
    p("at half six, the way he’d want it.", DECLAN, "partial", "said", "Declan"),
    # the funeral notice (`House private …, please.`): no speaker, none
]

# --- A sports site's tribute roundup for a rugby league great (Australian league site: no
# dateline, no byline, straight double quotes, club and governing-body titles) --------------
EELS = "Parramatta Eels"
WIGAN = "Wigan Warriors"
ARLC = "Australian Rugby League Commission"
EELS_BODY = {"speaker": EELS, "country": "AU"}
WIGAN_BODY = {"speaker": WIGAN, "country": "GB"}
CARLISLE = {"speaker": "Jodie Carlisle", "role": "chief executive", "country": "AU", "org": EELS}
KESBY = {"speaker": "Andrew Kesby", "role": "chief executive", "country": "AU", "org": "NRL"}
HENNESSY = {
    "speaker": "Barry Hennessy",
    "role": "former captain",
    "country": "AU",
    "org": "Kangaroos",
}
JACK = {"speaker": "Jack Hennessy", "role": "grandson", "country": "AU"}
LOMAX = {"speaker": "Greg Lomax", "role": "coach", "country": "AU", "org": "Penrith Panthers"}
CULLINANE = {"speaker": "Ray Cullinane", "country": "AU"}
PHAM = {"speaker": "Carol Pham", "role": "supporter", "country": "AU"}
BAXTER = {"speaker": "Col Baxter", "role": "former referee", "country": "AU"}

LEAGUE_Q = [
    p(
        "the toughest man to pull on the blue and gold and the kindest man off the field",
        EELS_BODY,
        "partial",
        "described",
        "the Eels",
    ),
    p(
        "Barry was Parramatta. Every young forward who comes through this club still hears his "
        "name in the first week,",
        CARLISLE,
        "direct",
        "said",
        "Eels chief executive Jodie Carlisle",
    ),
    p(
        "one of the founding fathers of the modern era",
        KESBY,
        "partial",
        "said",
        "NRL chief executive Andrew Kesby",
    ),
    p(
        "He played in an era when you didn't leave the field unless they carried you off, and "
        "sometimes not even then. Our thoughts are with Margaret and the whole family,",
        KESBY,
        "direct",
        "said",
        "Kesby",
    ),
    # the deceased's own words in 2012: his
    p(
        "I've got two new knees, one shoulder that works and no regrets,",
        HENNESSY,
        "direct",
        "told",
        "he",
    ),
    p("I'd do every minute of it again.", HENNESSY, "direct", "told", "he"),
    q(
        "Barry had died at home in Baulkham Hills with his wife of 51 years, Margaret, at his side",
        None,
        "indirect",
        "said",
        "the Hennessy family",
        country="AU",
    ),
    q(
        "Dad loved the Eels, his grandkids and a cold beer, in roughly that order depending on "
        "the score,",
        None,
        "direct",
        "said",
        "the family",
        country="AU",
    ),
    p("Rest easy, Pop. I'll keep the number 13 warm,", JACK, "direct", "wrote", "he"),
    p(
        "he still had the scar to prove it",
        LOMAX,
        "indirect",
        "said",
        "Penrith Panthers coach Greg Lomax, who played against Hennessy as a teenager in 1979",
    ),
    # the deceased's words quoted inside Lomax's quote: no statement of their own
    p(
        "I came off second best, like everybody did. He picked me up off the ground and said, "
        "'Welcome to first grade, son,'",
        LOMAX,
        "direct",
        "said",
        "the veteran coach",
    ),
    p(
        "carried me through my first season, once literally",
        CULLINANE,
        "partial",
        "wrote",
        "Ray Cullinane, who played alongside Hennessy in the 1981 and 1982 grand finals",
    ),
    # the commission `paid tribute to Hennessy at its meeting`: a reaction, none
    p(
        "left a mark on the English game that has never quite faded.",
        WIGAN_BODY,
        "partial",
        "saying",
        "Wigan Warriors, for whom Hennessy played two seasons in the English competition in "
        "the 1970s",
    ),
    # `Fans mourned the former champion`: none
    p(
        "she had watched Hennessy play from the old Cumberland Oval hill as a schoolgirl",
        PHAM,
        "indirect",
        "said",
        "Longtime Eels supporter Carol Pham, 68",
    ),
    p(
        "He was the one you watched even when the ball was on the other side of the paddock. "
        "You just knew something was about to happen,",
        PHAM,
        "direct",
        "said",
        "she",
    ),
    p(
        "sending him to the sin bin for a high shot and then being thanked for it after the game",
        BAXTER,
        "indirect",
        "recalled",
        "Former referee Col Baxter, who controlled the 1981 grand final",
    ),
    p(
        "He said I'd done the right thing and I should have done it earlier. I'd never had a "
        "player say that to me before or since,",
        BAXTER,
        "direct",
        "said",
        "Baxter",
    ),
    q(
        "The Kangaroos will hold a minute's silence before their Test against New Zealand in "
        "Auckland next month",
        None,
        "indirect",
        "said",
        "an Australian Rugby League Commission spokesman",
        country="AU",
        org=ARLC,
    ),
    p(
        "The former champion's funeral will be held at St Patrick's Cathedral in Parramatta "
        "next Friday",
        EELS_BODY,
        "indirect",
        "said",
        "the club",
    ),
]

DOCS = [
    ("probe-r28e-soweto-poet-obituary", None, POET_Q),
    ("probe-r28e-enniscorthy-shopkeeper-death", None, SHOP_Q),
    ("probe-r28e-hennessy-league-tributes", None, LEAGUE_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (PRESIDENCY, NUCW, CLUB, EELS, WIGAN)


def main():
    write_gold(
        HERE,
        "probes_r28e_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r28e",
        source="quotesdb round-28 training probe E (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
