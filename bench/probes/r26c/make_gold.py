"""Build probes_r26c_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r25h and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10; roles as the office's head title without party, without a
body already given as organisation, without places). Quoted material that is nobody's
statement (titles of works, nicknames, slogans, signs, chants, scare quotes, words as
words, headlines, product and code names) is not annotated; a reported clause that holds
only such a quote is an indirect statement, the marks inside it. Each quote is located by
searching its exact text after the previous quote's end.

    python3 bench/probes/r26c/make_gold.py   # writes probes_r26c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Culture news: a film festival's audience award and a streaming row (Variety style,
# no dateline, curly quotes, film and series titles in quotes) ---
TIFF = "Toronto International Film Festival"
BRENNAN = {"speaker": "Aoife Brennan", "role": "director", "country": "IE"}
ODUYA = {"speaker": "Marguerite Oduya", "role": "chief executive", "country": "CA", "org": TIFF}
WHITEHORSE = {"speaker": "Thomas Whitehorse", "role": "filmmaker", "country": "CA"}
HAN = {"speaker": "Han Ji-woo", "role": "director", "country": "KR"}
PICARD = {"speaker": "Laurent Picard", "role": "head", "country": "CA", "org": "Films Boréal"}
VOSS = {
    "speaker": "Serena Voss",
    "role": "head of original films",
    "country": "US",
    "org": "Northlight",
}
LUTZ = {"speaker": "Hannah Lutz", "role": "critic", "country": "CA", "org": "Toronto Star"}
AMANKWAH = {
    "speaker": "Derek Amankwah",
    "role": "president",
    "country": "CA",
    "org": "Canadian Projectionists’ Guild",
}
DELANEY = {"speaker": "Marcus Delaney", "role": "programmer", "country": "CA"}
MERIDIAN = {"speaker": "Meridian Pictures", "country": "US"}
FESTIVAL = {"speaker": TIFF, "country": "CA"}

FESTIVAL_Q = [
    p(
        "a small miracle for a film we shot in 23 days with borrowed lights.",
        BRENNAN,
        "partial",
        "called",
        "Brennan",
    ),
    p(
        "We made it for people who have never seen their own kitchen table on a cinema screen. "
        "Tonight they told us they saw it,",
        BRENNAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "ticket sales had risen 11% on last year and that more than 40% of buyers were under 30",
        ODUYA,
        "indirect",
        "said",
        "Festival chief executive Marguerite Oduya",
    ),
    p(
        "For a few years people told us this festival had become a marketplace with a red "
        "carpet attached. This year the public took it back,",
        ODUYA,
        "direct",
        "told",
        "Oduya",
    ),
    # the scare quote “traditional” inside the relative is the writer's: nobody's statement
    p(
        "better than winning, because now nobody expects anything of the next one.",
        WHITEHORSE,
        "partial",
        "said",
        "Whitehorse",
    ),
    # a closing relative is outside the span (decision 5); “the kettle” / “the lake” are
    # words as words inside it
    p("the film’s title came from his grandmother", WHITEHORSE, "indirect", "said", "He"),
    p(
        "Runner-up at TIFF. My kokum would tell me not to let it go to my head. Too late.",
        WHITEHORSE,
        "direct",
        "posted",
        "Whitehorse",
    ),
    p("genuinely shocked", HAN, "partial", "said", "Han"),
    p(
        "In Korea we call this kind of film ‘a quiet picture.’ I thought a quiet picture would "
        "be lost here,",
        HAN,
        "direct",
        "said",
        "she",
    ),
    # “Glasshouse” (a title) and the posters' “a six-hour movie” (a marketing line) are no
    # statements; the distributors' clause holds the medial relative
    q(
        "the series, which Northlight’s posters bill as “a six-hour movie,” had taken a gala "
        "slot from a feature that needed the attention",
        None,
        "indirect",
        "complained",
        "Several distributors",
    ),
    p(
        "Nobody begrudges television its money. We just don’t think it should also get our "
        "screens,",
        PICARD,
        "direct",
        "said",
        "Laurent Picard, head of the Montreal distributor Films Boréal",
    ),
    p("conceived, shot and cut as cinema", VOSS, "partial", "said", "Serena Voss"),
    p("the company had paid for every screening", VOSS, "indirect", "said", "Serena Voss"),
    p(
        "If audiences stand up and cheer at the end of episode three, I don’t know what else to "
        "call it,",
        VOSS,
        "direct",
        "said",
        "she",
    ),
    p(
        "never had a rule about running time, only about quality.",
        ODUYA,
        "partial",
        "said",
        "Oduya",
    ),
    p(
        "it would review how it programs series before next year’s edition",
        FESTIVAL,
        "indirect",
        "said",
        "The festival",
    ),
    # the headline “Six Hours, No Ending” is a title
    p(
        "handsome, patient and a little pleased with themselves.",
        LUTZ,
        "partial",
        "called",
        "the Toronto Star’s critic, Hannah Lutz",
    ),
    # placards and a chant are no statements
    p(
        "using the festival as a billboard",
        AMANKWAH,
        "partial",
        "said",
        "The guild’s president, Derek Amankwah",
    ),
    p(
        "with every projectionist who has ever threaded a reel of my work.",
        BRENNAN,
        "partial",
        "wrote",
        "Brennan",
    ),
    p(
        "the oldest argument in the business wearing a new hat.",
        DELANEY,
        "partial",
        "said",
        "Marcus Delaney, a Toronto programmer who sat on this year’s selection committee",
    ),
    p(
        "They said the same about television movies in 1975 and about digital projection in "
        "2010. The films survived,",
        DELANEY,
        "direct",
        "said",
        "he",
    ),
    p(
        "a campaign built on word of mouth, not billboards.",
        MERIDIAN,
        "partial",
        "said",
        "Meridian",
    ),
    # the working title after the closing relative is nobody's statement
    p("her next script was a comedy", BRENNAN, "indirect", "said", "Brennan"),
    # `Asked whether …` is a reporter's question
    p(
        "I’m taking it to Donegal first. My mother hasn’t seen it,",
        BRENNAN,
        "direct",
        "said",
        "she",
    ),
]

# --- US political desk: a governor's race debate (AP style, `PHOENIX (AP) —`, curly
# quotes; slogans, nicknames, an old post read aloud, signs, a headline) ---
LIN = {"speaker": "Robert “Bobby” Lin", "role": "State Senator", "country": "US"}
CASTILLO = {"speaker": "Elena Castillo-Reyes", "role": "former Mayor", "country": "US"}
TORRES = {"speaker": "Maya Torres", "role": "nurse", "country": "US"}
POHL = {"speaker": "Jared Pohl", "role": "spokesman", "country": "US"}
GREER = {"speaker": "Tasha Greer", "role": "campaign manager", "country": "US"}
SAGUARO = {"speaker": "Saguaro Research", "country": "US"}

DEBATE_Q = [
    # the headline's and the lead's slogans are no statements
    p(
        "spent a decade cutting ribbons on new projects while the old ones fall apart.",
        LIN,
        "partial",
        "said",
        "Lin, a Democrat who has represented a west Phoenix district for eight years",
    ),
    p(
        "You don’t build a second story on a house with a cracked foundation,",
        LIN,
        "direct",
        "said",
        "he",
    ),
    # the slogan spoken by its author is speech
    p("Fix it first. Then build.", LIN, "direct", "said", "he"),
    p(
        "a pothole program dressed up as a vision",
        CASTILLO,
        "partial",
        "called",
        "Castillo-Reyes, who left the mayor’s office in 2022",
    ),
    p(
        "the state’s first job was to secure its share of the Colorado River",
        CASTILLO,
        "indirect",
        "said",
        "Castillo-Reyes, who left the mayor’s office in 2022",
    ),
    p(
        "Water is life. That isn’t a bumper sticker to me, it’s the reason my grandparents came "
        "to this valley,",
        CASTILLO,
        "direct",
        "said",
        "she",
    ),
    # the “Lin Rule” (a name) and the word “drought” are no statements
    p("the rule had cut the repair backlog by a third", LIN, "indirect", "said", "Lin"),
    p("every county engineer in this state", LIN, "partial", "said", "Lin"),
    p("frozen", CASTILLO, "partial", "said", "Castillo-Reyes"),
    p(
        "cost towns such as Show Low and Kingman new interchanges",
        CASTILLO,
        "indirect",
        "said",
        "Castillo-Reyes",
    ),
    # an old post read aloud by the moderator is its author's
    p(
        "If your plan fits on a yard sign, it isn’t a plan.",
        LIN,
        "direct",
        "wrote",
        "Lin",
    ),
    p("I stand by it,", LIN, "direct", "said", "Lin"),
    p(
        "Mine fits on a yard sign because the plan is simple.",
        LIN,
        "direct",
        "said",
        "Lin",
    ),
    # “La Jefa” is a nickname; `Asked about it` a reporter's question
    p("she had not chosen the name", CASTILLO, "indirect", "said", "she"),
    p("grown into it.", CASTILLO, "partial", "said", "she"),
    p("he had been “Bobby” since grade school", LIN, "indirect", "said", "Lin"),
    p("My mother calls me Robert when I’m in trouble,", LIN, "direct", "said", "he"),
    p("She has been calling me Robert a lot this year.", LIN, "direct", "said", "he"),
    # signs are no statements
    p(
        "she had not decided how to vote",
        TORRES,
        "indirect",
        "said",
        "Maya Torres, 34, a nurse from Mesa",
    ),
    p(
        "fine as far as they go.",
        TORRES,
        "partial",
        "said",
        "Maya Torres, 34, a nurse from Mesa who said she had not decided how to vote",
    ),
    p(
        "Nobody I work with has time to read a 40-page plan. They read the sign. Then they want "
        "to know what’s behind it,",
        TORRES,
        "direct",
        "said",
        "she",
    ),
    p(
        "a full water plan, not a slogan",
        POHL,
        "partial",
        "said",
        "A spokesman for Castillo-Reyes, Jared Pohl",
    ),
    # a caption posted by the campaign manager is her statement (the `He said` is inside it)
    p("He said what he said.", GREER, "direct", "posted", "Lin’s campaign manager, Tasha Greer"),
    # the newspaper's headline is a title
    p(
        "44% of likely voters backed Lin and 43% backed Castillo-Reyes, with the rest undecided",
        SAGUARO,
        "indirect",
        "found",
        "A poll released last week by the Phoenix firm Saguaro Research",
    ),
    p(
        "anywhere, any time, on any channel that will have us.",
        LIN,
        "partial",
        "said",
        "Lin",
    ),
    q(
        "one debate was enough",
        None,
        "indirect",
        "said",
        "Castillo-Reyes’ campaign",
        country="US",
        org="Castillo-Reyes’ campaign",
    ),
]

# --- Tech desk: a smart-glasses launch (Reuters style, `SAN FRANCISCO, Nov 30 (Reuters)
# -`, straight quotes; product, feature and code names, a tagline, a headline, a post) ---
KESTREL = "Kestrel Devices"
KESTREL_BODY = {"speaker": KESTREL, "country": "US"}
NAKAMURA = {
    "speaker": "Robert Nakamura",
    "role": "Chief Executive",
    "country": "US",
    "org": KESTREL,
}
SANDOVAL = {"speaker": "Priya Sandoval", "role": "marketing chief", "country": "US", "org": KESTREL}
PIXELWIRE = {"speaker": "Pixelwire", "country": "US"}
FERRARO = {
    "speaker": "Ana Lucia Ferraro",
    "role": "analyst",
    "country": "US",
    "org": "Crestview Research",
}
QUIST = {
    "speaker": "Mara Quist",
    "role": "staff technologist",
    "country": "US",
    "org": "Digital Privacy Alliance",
}
FELD = {"speaker": "Jonah Feld", "country": "US"}
RAMAN = {"speaker": "Dev Raman", "role": "co-founder", "country": "US", "org": KESTREL}
CIRCUIT = {"speaker": "Circuit Depot", "country": "US"}

LAUNCH_Q = [
    # the headline's product and feature names are no statements
    p(
        'a feature it calls "Whisper Mode" would keep recordings on the device rather than in '
        "the cloud",
        KESTREL_BODY,
        "indirect",
        "said",
        "Kestrel Devices",
    ),
    p(
        "We didn't want to build a camera you wear on your face. We wanted to build glasses "
        "that happen to be smart,",
        NAKAMURA,
        "direct",
        "said",
        "Chief Executive Robert Nakamura",
    ),
    p("three years and one very expensive lawsuit", NAKAMURA, "partial", "said", "Nakamura"),
    p('the name "Halo" came from his daughter', NAKAMURA, "indirect", "said", "He"),
    p(
        "People ask me if this is a phone replacement. No. Your phone stays in your pocket, "
        "and that's the point,",
        NAKAMURA,
        "direct",
        "said",
        "he",
    ),
    # the tagline "See more. Share less." is a slogan
    p(
        "the whole point, not a setting buried three menus deep.",
        SANDOVAL,
        "partial",
        "said",
        "Sandoval",
    ),
    p(
        "You will never see an ad inside these glasses. That's a promise, not a slogan,",
        SANDOVAL,
        "direct",
        "said",
        "she",
    ),
    q(
        'The glasses were developed under the code name "Lantern,"',
        None,
        "indirect",
        "according to",
        "two people familiar with the project",
        country="US",
    ),
    q(
        "Kestrel had originally planned to launch them in 2025",
        None,
        "indirect",
        "said",
        "two people familiar with the project",
        country="US",
    ),
    p(
        "Kestrel had no plans to sell a version without a camera",
        NAKAMURA,
        "indirect",
        "said",
        "Nakamura",
    ),
    p(
        "the reason people will put them on in the first place.",
        NAKAMURA,
        "partial",
        "calling",
        "Nakamura",
    ),
    # the newsletter's headline is a title
    p(
        "the first smart glasses I'd actually wear to dinner,",
        PIXELWIRE,
        "partial",
        "called",
        "The gadget site Pixelwire",
    ),
    p(
        "The hardware is good. The question is whether anyone trusts a camera company with the "
        "word 'whisper' in its marketing,",
        FERRARO,
        "direct",
        "said",
        "Ana Lucia Ferraro, an analyst at Crestview Research",
    ),
    p(
        "Kestrel would sell about 400,000 pairs in the first year, well below the 1 million "
        "some investors have been hoping for",
        FERRARO,
        "indirect",
        "estimated",
        "Ferraro",
    ),
    # "on-device" is a word as a word inside the clause the partial stands for
    p(
        "the tech industry's favorite magic words.",
        QUIST,
        "partial",
        "said",
        "Mara Quist, a staff technologist at the Digital Privacy Alliance",
    ),
    p(
        "On-device is better than cloud. It is not the same as private,",
        QUIST,
        "direct",
        "said",
        "Quist",
    ),
    p(
        "A stranger in a coffee shop doesn't get a Whisper Mode.",
        QUIST,
        "direct",
        "said",
        "Quist",
    ),
    # `Asked about those concerns` is a reporter's question
    p(
        "the glasses show a white light whenever the camera is on",
        KESTREL_BODY,
        "indirect",
        "said",
        "Kestrel",
    ),
    p("cannot be switched off by an app.", KESTREL_BODY, "partial", "said", "Kestrel"),
    # `declined to comment` is a non-answer
    q(
        'the company\'s app store, which Kestrel calls "the Shelf," was too restrictive',
        None,
        "indirect",
        "said",
        "Some developers",
        country="US",
    ),
    p(
        "in 11 days, which is fast for this industry.",
        FELD,
        "partial",
        "said",
        "Jonah Feld, whose startup makes a translation app for the glasses",
    ),
    p(
        "Proud of the team. Still think they should have called it Lantern.",
        RAMAN,
        "direct",
        "wrote",
        "Kestrel co-founder Dev Raman, who left the company in 2023",
    ),
    p(
        "it would stock the Halo in 300 stores",
        CIRCUIT,
        "indirect",
        "said",
        "Electronics chain Circuit Depot",
    ),
    p("beaten every headset we've carried.", CIRCUIT, "partial", "said", "Circuit Depot"),
    # the word "AI" and the press kit's heading "What's Next." are no statements
]

DOCS = [
    ("probe-r26c-toronto-festival-salt-road", None, FESTIVAL_Q),
    ("probe-r26c-arizona-governor-slogans-debate", "PHOENIX", DEBATE_Q),
    ("probe-r26c-kestrel-halo-glasses-launch", "SAN FRANCISCO", LAUNCH_Q),
]

if __name__ == "__main__":
    write_gold(
        HERE,
        "probes_r26c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r26c",
        source="quotesdb round-26 training probes C (written for error finding)",
        speaking_bodies={
            TIFF,
            "Meridian Pictures",
            "Saguaro Research",
            KESTREL,
            "Pixelwire",
            "Circuit Depot",
        },
    )
