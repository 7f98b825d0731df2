"""Build probes_r27e_gold.jsonl from the hand annotations below.

Training probe r27e, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r26f and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decisions 8 to 10). Each quote is located by searching its exact
text after the previous quote's end.

    python3 bench/probes/r27e/make_gold.py   # writes probes_r27e_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, write_gold  # noqa: E402

# --- A Test match report with both captains' press conferences (ESPNcricinfo style: no
# dateline, a standfirst, a byline, straight "double quotes", British spelling, surnames,
# `the 26-year-old` with no age written before, `the opener`, `the skipper`) ----------------
# A national side is its country: country set, no organisation (as a country acting as a
# government has none, decision 7); the governing body speaks as itself (decision 4).
CSA = "Cricket South Africa"
CSA_BODY = {"speaker": CSA, "country": "ZA"}
BOTHA = {"speaker": "Ruan Botha", "role": "captain", "country": "ZA"}
MAHLANGU = {"speaker": "Sipho Mahlangu", "role": "fast bowler", "country": "ZA"}
HARLAND = {"speaker": "Tom Harland", "role": "opener", "country": "NZ"}
NGATA = {"speaker": "Will Ngata", "role": "captain", "country": "NZ"}
FAIRLEY = {"speaker": "Martin Fairley", "role": "head coach", "country": "NZ"}
PETERSEN = {"speaker": "Andile Petersen", "role": "coach", "country": "ZA"}

CRICKET_Q = [
    p(
        "the best spell I have seen from one of our quicks away from home",
        BOTHA,
        "partial",
        "said",
        "their captain Ruan Botha",
    ),
    p("We knew one wicket would open it up,", BOTHA, "direct", "said", "Botha"),
    p(
        "Sipho has been carrying a sore ankle since Christchurch and he still bowled nine overs "
        "on the bounce after tea. That tells you everything about him.",
        BOTHA,
        "direct",
        "said",
        "Botha",
    ),
    # no age was written before: the player the paragraph's quote goes on to name
    p(
        "he had not expected to bowl again after tea",
        MAHLANGU,
        "indirect",
        "said",
        "The 26-year-old",
    ),
    p(
        "The physio strapped it up and told me to give it three overs,",
        MAHLANGU,
        "direct",
        "said",
        "Mahlangu",
    ),
    p(
        "Then the ball started reversing and nobody was taking it off me.",
        MAHLANGU,
        "direct",
        "said",
        "Mahlangu",
    ),
    # the chant "Harland, Harland" and the banner "Tom for PM": no statements
    p(
        "the noise had carried him through the second session",
        HARLAND,
        "indirect",
        "admitted",
        "the opener",
    ),
    p("It's a bit embarrassing, to be honest,", HARLAND, "direct", "said", "Harland"),
    p("But I'll miss them if they stop.", HARLAND, "direct", "said", "Harland"),
    p(
        "We lost seven for 48 on a pitch that had nothing in it. That's not good enough at this "
        "level,",
        NGATA,
        "direct",
        "said",
        "he",
    ),
    p(
        "I'm including myself in that. I got out to a poor shot and the guys below me followed.",
        NGATA,
        "direct",
        "said",
        "he",
    ),
    p("have a long, hard look", NGATA, "partial", "said", "Ngata"),
    # `said A “…”, and confirmed that B`: a second cue, a second statement
    p(
        "the selectors would meet in Wellington on Monday",
        NGATA,
        "indirect",
        "confirmed",
        "Ngata",
    ),
    # `declined to say whether …`: a non-answer, not annotated (decision 6)
    p("soft", FAIRLEY, "partial", "told", "New Zealand head coach Martin Fairley"),
    p(
        "the one real positive of the summer",
        FAIRLEY,
        "partial",
        "said",
        "New Zealand head coach Martin Fairley",
    ),
    p("Tom has grown up in this series,", FAIRLEY, "direct", "said", "Fairley"),
    p(
        "He's 23 and he's batting like someone who has played 50 Tests.",
        FAIRLEY,
        "direct",
        "said",
        "Fairley",
    ),
    # `said A and that B` without a quote: one statement
    p(
        "the squad would fly home on Tuesday and that Mahlangu would be rested for the one-day "
        "series against Ireland",
        PETERSEN,
        "indirect",
        "said",
        "South Africa's coach, Andile Petersen",
    ),
    p(
        "He has earned a break. We're not going to risk him for three one-dayers in Belfast,",
        PETERSEN,
        "direct",
        "said",
        "Petersen",
    ),
    p(
        "Botha, 31, would lead the side again in the home series against Sri Lanka in December",
        CSA_BODY,
        "indirect",
        "said",
        "Cricket South Africa",
    ),
    # `Botha, asked about his own future …, smiled.`: the reporter's question, not annotated
    p("I'm not going anywhere,", BOTHA, "direct", "said", "the skipper"),
    p("Ask me again after Sri Lanka.", BOTHA, "direct", "said", "the skipper"),
]

# --- An NBA playoff game story (AP style: `KANSAS CITY, Mo. (AP) —`, straight "double
# quotes", American punctuation inside the marks, a score by the cue, `he added`, a team
# speaking, `the 27-year-old` with no age written before, TIP-INS notes) ----------------------
STAMPEDE = "Kansas City Stampede"
PIONEERS = "Portland Pioneers"
NBA = "NBA"
PIONEERS_BODY = {"speaker": PIONEERS, "country": "US"}
NBA_BODY = {"speaker": NBA, "country": "US"}
PRUITT = {"speaker": "Lonnie Pruitt", "role": "coach", "country": "US", "org": STAMPEDE}
BELL = {"speaker": "Marcus Bell", "role": "guard", "country": "US", "org": STAMPEDE}
OKOYE = {"speaker": "Andre Okoye", "role": "forward", "country": "FR", "org": STAMPEDE}
# `The Serbian big man` at a later mention: his country at every statement
RADIC = {"speaker": "Stefan Radic", "role": "center", "country": "RS", "org": PIONEERS}
CALDWELL = {"speaker": "Rita Caldwell", "role": "coach", "country": "US", "org": PIONEERS}

NBA_Q = [
    p(
        "He just doesn't miss when it matters,",
        PRUITT,
        "direct",
        "said",
        "Stampede coach Lonnie Pruitt",
    ),
    p(
        "We ran the same play three times down the stretch and they still couldn't stop it.",
        PRUITT,
        "direct",
        "said",
        "Stampede coach Lonnie Pruitt",
    ),
    # `said A “…” and that B`: the partial and B
    p(
        "felt fine once I got loose",
        BELL,
        "partial",
        "said",
        "Bell, the 24-year-old guard who missed Game 4 with a bruised right knee",
    ),
    p(
        "he had never considered sitting out",
        BELL,
        "indirect",
        "said",
        "Bell, the 24-year-old guard who missed Game 4 with a bruised right knee",
    ),
    p("It's the playoffs. You play,", BELL, "direct", "said", "Bell"),
    p(
        "My mom was here tonight. I wasn't sitting in front of my mom.",
        BELL,
        "direct",
        "added",
        "He",
    ),
    # the chant "M-V-P! M-V-P!" and the sign "Bell Rings Twice.": no statements
    p("We gave them too many second chances,", RADIC, "direct", "said", "Radic"),
    p(
        "Seventeen offensive rebounds. You can't win a playoff game like that.",
        RADIC,
        "direct",
        "said",
        "Radic",
    ),
    # decision 10: `said A “…” but B`
    p("didn't agree with", RADIC, "partial", "said", "The Serbian big man"),
    p("would not blame the officials", RADIC, "indirect", "said", "The Serbian big man"),
    p("be better", CALDWELL, "partial", "told", "Pioneers coach Rita Caldwell"),
    p(
        "I'm not worried about our guys. We've been down in a series before,",
        CALDWELL,
        "direct",
        "said",
        "Caldwell",
    ),
    p("This group has answered every time.", CALDWELL, "direct", "said", "Caldwell"),
    # `said A and that B “…”`: A and the partial
    p(
        "her starters had played too many minutes in Game 4",
        CALDWELL,
        "indirect",
        "said",
        "Caldwell",
    ),
    p("if the game tells me to.", CALDWELL, "partial", "said", "Caldwell"),
    p(
        "guard Jalen Moss would miss the rest of the series with a sprained left ankle",
        PIONEERS_BODY,
        "indirect",
        "said",
        "The Pioneers",
    ),
    p(
        "calm, almost too calm",
        OKOYE,
        "partial",
        "said",
        "Okoye, a 30-year-old Frenchman in his first season in Kansas City",
    ),
    # the coach's words quoted inside ('Make them') are part of Okoye's quote
    p(
        "Coach didn't yell. He just drew up two plays and said, 'Make them,'",
        OKOYE,
        "direct",
        "said",
        "Okoye",
    ),
    p("So we made them.", OKOYE, "direct", "said", "Okoye"),
    p(
        "it was reviewing a third-quarter scuffle between Radic and Okoye that led to double "
        "technical fouls",
        NBA_BODY,
        "indirect",
        "said",
        "The NBA",
    ),
    # `Asked about the play, Radic shrugged.`: the question is not annotated
    p("It's basketball,", RADIC, "direct", "said", "the 27-year-old"),
    p("We're both big guys. It happens.", RADIC, "direct", "said", "the 27-year-old"),
    p(
        "nobody remembers Game 5.",
        PRUITT,
        "partial",
        "said",
        "Pruitt, whose team lost in the first round in each of the past two seasons",
    ),
    p("You win four, then you can talk,", PRUITT, "direct", "said", "he"),
    # the TIP-INS note under `Pioneers:`: `the team` is Portland
    p(
        "Moss is expected to need four to six weeks to recover",
        PIONEERS_BODY,
        "indirect",
        "said",
        "the team",
    ),
]

# --- A Grand Slam quarter-final with an on-court interview (AFP style: `Paris (AFP) -`,
# straight "double quotes", `the Spaniard`, `the Czech`, `the Italian`, `the 26-year-old`,
# `said in Spanish`, `told AFP`, a nickname and chants in quotes) ------------------------------
# Players have no organisation (no team); a ranking (`world number three`) or `defending
# champion` is no role; each player and coach has the country the story writes for them.
FFT = "French Tennis Federation"
FFT_BODY = {"speaker": FFT, "country": "FR"}
VILLALBA = {"speaker": "Marta Villalba", "country": "ES"}
NOVAKOVA = {"speaker": "Karolina Novakova", "country": "CZ"}
FERRARO = {"speaker": "Diego Ferraro", "role": "coach", "country": "AR"}
# `Villalba's coach, her uncle Javier Villalba`: the office wins over the tie (decision 8's
# note); his country is his niece's, as the reader takes it (doubtful: nothing is written)
J_VILLALBA = {"speaker": "Javier Villalba", "role": "coach", "country": "ES"}
LINDQVIST = {"speaker": "Hanna Lindqvist", "country": "SE"}
ROUX = {"speaker": "Amélie Roux", "role": "tournament director", "country": "FR"}
BERNARDI = {"speaker": "Luca Bernardi", "country": "IT"}

TENNIS_Q = [
    # the nickname "La Roca": no statement
    p(
        "Honestly, at 5-3 I was already thinking about what I would say to my team,",
        VILLALBA,
        "direct",
        "told",
        "Villalba",
    ),
    p(
        "But the people here pushed me. I felt every one of you.",
        VILLALBA,
        "direct",
        "told",
        "Villalba",
    ),
    p(
        "never played a match with so much noise",
        VILLALBA,
        "partial",
        "said",
        "The Spaniard",
    ),
    p("reminded me of Madrid", VILLALBA, "partial", "said", "The Spaniard"),
    p(
        "I don't think I have ever been this tired after a quarter-final,",
        VILLALBA,
        "direct",
        "said",
        "the 26-year-old",
    ),
    p(
        "My legs are gone. Tomorrow I will sleep, and then we will see.",
        VILLALBA,
        "direct",
        "said",
        "the 26-year-old",
    ),
    # the chants "Mar-ta, Mar-ta" and "Do toho, Karolino!": no statements
    p(
        "I was too careful on the match points. I waited for her to miss, and she doesn't miss,",
        NOVAKOVA,
        "direct",
        "said",
        "Novakova",
    ),
    p(
        "I will learn from this. It hurts a lot now but I will learn.",
        NOVAKOVA,
        "direct",
        "said",
        "Novakova",
    ),
    p(
        "she would rise to around 30th in the world rankings",
        NOVAKOVA,
        "indirect",
        "said",
        "The Czech",
    ),
    p("really believe", NOVAKOVA, "partial", "said", "The Czech"),
    p(
        "the best backhand in women's tennis",
        FERRARO,
        "partial",
        "told",
        "Her coach, the former Argentine player Diego Ferraro",
    ),
    p(
        "a lesson, not a disaster",
        FERRARO,
        "partial",
        "described",
        "Her coach, the former Argentine player Diego Ferraro",
    ),
    p("She is 19. People forget that,", FERRARO, "direct", "said", "Ferraro"),
    p(
        "In two years she will be in these matches every week.",
        FERRARO,
        "direct",
        "said",
        "Ferraro",
    ),
    p(
        "his niece had struggled with a stomach problem on Monday and had not practised",
        J_VILLALBA,
        "indirect",
        "said",
        "Villalba's coach, her uncle Javier Villalba",
    ),
    p("She ate nothing yesterday, only rice,", J_VILLALBA, "direct", "said", "he"),
    p(
        "I told her to play one point at a time and not to look at the score.",
        J_VILLALBA,
        "direct",
        "said",
        "he",
    ),
    # `felt “…” and was “…”`: two partials
    p("fresher than last year", LINDQVIST, "partial", "said", "Lindqvist"),
    p("not thinking about the title yet", LINDQVIST, "partial", "said", "Lindqvist"),
    # the closing `, after organisers were criticised …` is the writer's context
    p(
        "the roof on Court Philippe-Chatrier would be closed for Thursday's semi-finals if rain "
        "was forecast",
        FFT_BODY,
        "indirect",
        "said",
        "The French Tennis Federation",
    ),
    p(
        "on the morning of the match, not before",
        ROUX,
        "partial",
        "said",
        "Tournament director Amélie Roux",
    ),
    p(
        "ticket holders for the outer courts would be offered refunds if play was washed out",
        ROUX,
        "indirect",
        "said",
        "Tournament director Amélie Roux",
    ),
    p(
        "fair, even when they were against me",
        BERNARDI,
        "partial",
        "said",
        "defending champion Luca Bernardi of Italy",
    ),
    p(
        "I love playing here. Even when they whistle, they whistle with respect,",
        BERNARDI,
        "direct",
        "said",
        "the Italian",
    ),
]

DOCS = [
    ("probe-r27e-cricket-hamilton-test-mahlangu", None, CRICKET_Q),
    ("probe-r27e-nba-stampede-pioneers-game5", "KANSAS CITY", NBA_Q),
    ("probe-r27e-tennis-roland-garros-villalba", "Paris", TENNIS_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (CSA, PIONEERS, NBA, FFT)


def main():
    write_gold(
        HERE,
        "probes_r27e_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r27e",
        source="quotesdb round-27 training probe E (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
