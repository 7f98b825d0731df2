"""Build probes_r27i_gold.jsonl from the hand annotations below.

Training probe r27i, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r26f and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)", decisions 1 to 10). Each quote is located by searching its exact
text after the previous quote's end.

    python3 bench/probes/r27i/make_gold.py   # writes probes_r27i_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Rioja winery's family feud in court (El País English edition: a standfirst, a byline
# with `Logroño - Dec 01, 2026 - 06:30 CET` as its dateline, curly “double quotes”, no
# honorifics, surnames shared by a father, two sons and a granddaughter) ---------------------
WINERY = "Bodegas Ruiz Alcalde"
ANDRES = {"speaker": "Andrés Ruiz", "country": "ES", "org": WINERY}  # `who has run X`: no role
TOMAS = {"speaker": "Tomás Ruiz", "country": "ES"}
JOAQUIN = {"speaker": "Joaquín Ruiz", "role": "father", "country": "ES"}  # decision 8
DE_LA_CRUZ = {"speaker": "Ignacio de la Cruz", "role": "lawyer", "country": "ES"}
ORTEGA = {"speaker": "Rafael Ortega", "role": "lawyer", "country": "ES"}
SAEZ = {"speaker": "Manuel Sáez", "role": "finance director", "country": "ES", "org": WINERY}
MARIN = {"speaker": "Elena Marín", "role": "judge", "country": "ES"}
LUCIA = {"speaker": "Lucía Ruiz", "role": "chief winemaker", "country": "ES", "org": WINERY}

WINERY_Q = [
    p("he only wants peace", JOAQUIN, "indirect", "says", "The patriarch, 84,"),
    p(
        "his younger brother had held secret talks with a French drinks group",
        ANDRES,
        "indirect",
        "told",
        "Andrés Ruiz, 58, who has run Bodegas Ruiz Alcalde since 2009,",
    ),
    p(
        "My brother was negotiating the sale of our grandfather's vines while he sat on my board,",
        ANDRES,
        "direct",
        "said",
        "he",
    ),
    p("a conversation between friends", TOMAS, "partial", "says", "The younger Ruiz"),
    p(
        "it is Andrés who has put the winery at risk by loading it with debt",
        TOMAS,
        "indirect",
        "says",
        "The younger Ruiz",
    ),
    p(
        "I built this for both of them. I did not build it so they could fight over it in front "
        "of strangers,",
        JOAQUIN,
        "direct",
        "told",
        "the elder Ruiz",
    ),
    p(
        "Tomás had broken that clause by sharing the winery's accounts with Maison Bérard of "
        "Bordeaux",
        DE_LA_CRUZ,
        "indirect",
        "argued",
        "The lawyer for Andrés Ruiz, Ignacio de la Cruz,",
    ),
    p(
        "The accounts were sent on three occasions, by email, from Tomás Ruiz's personal address,",
        DE_LA_CRUZ,
        "direct",
        "said",
        "De la Cruz",
    ),
    p("That is not a conversation between friends.", DE_LA_CRUZ, "direct", "said", "De la Cruz"),
    p(
        "the emails contained only figures already filed with the company registry",
        ORTEGA,
        "indirect",
        "replied",
        "Tomás Ruiz's lawyer, Rafael Ortega,",
    ),
    p(
        "his client had never received an offer from the French group and had never asked for one",
        ORTEGA,
        "indirect",
        "said",
        "He",
    ),
    p(
        "The only person who has talked about selling is Andrés,",
        ORTEGA,
        "direct",
        "said",
        "Ortega",
    ),
    p(
        "He borrowed €12 million to build a visitor centre nobody asked for, and now the banks "
        "want their money back.",
        ORTEGA,
        "direct",
        "said",
        "Ortega",
    ),
    p(
        "would listen to any fair offer, from anyone, including his brother.",
        ORTEGA,
        "partial",
        "said",
        "he",
    ),
    # a description before the name: named in the next sentence
    p(
        "he had never seen the family so divided",
        SAEZ,
        "indirect",
        "told",
        "The winery's longest-serving employee",
    ),
    p(
        "the loan for the visitor centre had been approved by the full board, Tomás included",
        SAEZ,
        "indirect",
        "testified",
        "He",
    ),
    p("Both brothers voted for it,", SAEZ, "direct", "said", "the 63-year-old"),
    p("I have the minutes.", SAEZ, "direct", "said", "the 63-year-old"),
    p(
        "he had, once, in an email in 2021, but had not pressed the point",
        SAEZ,
        "indirect",
        "said",
        "Sáez",
    ),
    # decision 6: a request without its addressee
    p(
        "to hand over every draft of the 2015 agreement by next Friday",
        MARIN,
        "indirect",
        "asked",
        "The judge, Elena Marín,",
    ),
    p(
        "she would rule on Andrés Ruiz's request for an injunction, which would freeze any sale "
        "of shares until the trial, before the grape harvest begins",
        MARIN,
        "indirect",
        "said",
        "She",
    ),
    p("he still hoped for a settlement", ANDRES, "indirect", "said", "The former"),
    p("at a price set by my brother's accountants.", TOMAS, "partial", "said", "the latter"),
    q(
        "they wanted the winery to remain in the family",
        None,
        "indirect",
        "said",
        "Both men",
        country="ES",
    ),
    p(
        "the staff of 34 had been told nothing about a sale and were worried about their jobs",
        LUCIA,
        "indirect",
        "said",
        "She",
    ),
    p(
        "People here have worked for my grandfather for 40 years. They deserve to know what is "
        "happening,",
        LUCIA,
        "direct",
        "said",
        "she",
    ),
    q(
        "looked at many Spanish wineries in recent years",
        None,
        "partial",
        "said",
        "A spokesman for Maison Bérard",
        role="spokesman",
        country="FR",
        org="Maison Bérard",
    ),
    p(
        "My will is the one thing in this family that nobody can take to court,",
        JOAQUIN,
        "direct",
        "said",
        "he",
    ),
    p("Not yet.", JOAQUIN, "direct", "said", "he"),
    p(
        "her grandfather still walked the vineyards every morning",
        LUCIA,
        "indirect",
        "added",
        "Lucía Ruiz",
    ),
    p(
        "He is the only one of us who is not thinking about money,",
        LUCIA,
        "direct",
        "said",
        "she",
    ),
]

# --- The Candidates Tournament's last round in Madrid (New York Times: `MADRID —`, a byline,
# Title Case headline, a summary deck, `Mr.` / `Ms.` on later mentions, `Mr. van der Berg`,
# curly quotes, an international field: a Frenchman, a Dutchman, a Pole, a Norwegian) --------
MARCHAL = {"speaker": "Étienne Marchal", "country": "FR"}
VDB = {"speaker": "Pieter van der Berg", "country": "NL"}
# `a Russian-born grandmaster who has lived in Paris since the 1990s`: the city he lives in
ADAMOV = {"speaker": "Lev Adamov", "role": "grandmaster", "country": "FR"}
# the chief arbiter: an office, no body, at an international event: no country (convention)
IBANEZ = {"speaker": "Carmen Ibáñez", "role": "chief arbiter"}
KOWALCZYK = {"speaker": "Anna Kowalczyk", "role": "grandmaster", "country": "PL"}
SMIT = {"speaker": "Jeroen Smit", "role": "captain", "country": "NL"}
LUNDE = {"speaker": "Henrik Lunde", "role": "grandmaster", "country": "NO"}

CHESS_Q = [
    p(
        "I did not sleep last night. I am not sure I will sleep tonight either,",
        MARCHAL,
        "direct",
        "said",
        "Mr. Marchal",
    ),
    p("But this is the kind of tiredness you want.", MARCHAL, "direct", "said", "Mr. Marchal"),
    p(
        "he had seen the sacrifice coming but had misjudged the position three moves later",
        VDB,
        "indirect",
        "said",
        "He",
    ),
    p("I thought I was fine. I was not fine,", VDB, "direct", "said", "he"),
    p(
        "Étienne found the only move that wins, and he found it with four minutes on his clock.",
        VDB,
        "direct",
        "said",
        "he",
    ),
    p(
        "he had not prepared the sacrifice with his pupil",
        ADAMOV,
        "indirect",
        "said",
        "Lev Adamov, 63, a Russian-born grandmaster who has lived in Paris since the 1990s,",
    ),
    p("We never looked at this position. Not once,", ADAMOV, "direct", "said", "the 63-year-old"),
    p("Everything after move 20 was his.", ADAMOV, "direct", "said", "the 63-year-old"),
    p("Every day,", ADAMOV, "direct", "said", "he"),
    p("That is my job.", ADAMOV, "direct", "said", "he"),
    p(
        "the game had been played without incident, despite a complaint from the Dutch team "
        "about noise from the commentary room on Saturday",
        IBANEZ,
        "indirect",
        "said",
        "The chief arbiter, Carmen Ibáñez,",
    ),
    p(
        "the organizers had moved the broadcast studio to another floor overnight",
        IBANEZ,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the rook sacrifice would be studied for years",
        KOWALCZYK,
        "indirect",
        "said",
        "Anna Kowalczyk, a Polish grandmaster who was commentating for the official broadcast,",
    ),
    p(
        "You do not see a sacrifice like that in a game with this much at stake,",
        KOWALCZYK,
        "direct",
        "said",
        "she",
    ),
    p(
        "Most players would have taken the draw and the playoff.",
        KOWALCZYK,
        "direct",
        "said",
        "she",
    ),
    p(
        "Mr. van der Berg had been the better player for most of the tournament and had been "
        "let down by a single calculation",
        SMIT,
        "indirect",
        "said",
        "The Dutch team's captain, Jeroen Smit,",
    ),
    p(
        "the pair would return to the Netherlands on Monday and begin preparing for next year's "
        "cycle",
        SMIT,
        "indirect",
        "said",
        "Mr. Smit, who is also his second,",
    ),
    p("Pieter played the best chess of his life here,", SMIT, "direct", "said", "Mr. Smit"),
    p("Nobody in Holland should be disappointed.", SMIT, "direct", "said", "Mr. Smit"),
    p(
        "Mr. van der Berg's defense in the final hour had been nearly perfect",
        KOWALCZYK,
        "indirect",
        "added",
        "Ms. Kowalczyk",
    ),
    p("He made one mistake in five hours,", KOWALCZYK, "direct", "said", "she"),
    p("Against Étienne, that is one too many.", KOWALCZYK, "direct", "said", "she"),
    q("they were friends", None, "indirect", "said", "both men"),
    p("it would not", VDB, "indirect", "said", "Mr. van der Berg"),
    p("He will buy me dinner,", VDB, "direct", "said", "he"),
    p("He can afford it now.", VDB, "direct", "said", "he"),
    p(
        "he had watched the final game live and had been impressed",
        LUNDE,
        "indirect",
        "said",
        "The Norwegian",
    ),
    p("Étienne plays without fear,", LUNDE, "direct", "said", "Mr. Lunde"),
    p("I will have to prepare very hard.", LUNDE, "direct", "said", "Mr. Lunde"),
    p(
        "the preparation for the match would begin next week in Paris",
        ADAMOV,
        "indirect",
        "said",
        "Mr. Adamov",
    ),
    p("he planned to sleep", MARCHAL, "indirect", "said", "Mr. Marchal"),
    p("Then I will call my mother,", MARCHAL, "direct", "said", "he"),
    p("She does not play chess. She will ask me if I won.", MARCHAL, "direct", "said", "he"),
]

# --- A Round Ireland Yacht Race protest hearing (Irish Times sport: no dateline, a byline,
# ages in brackets, straight "double quotes", no honorifics, a father and son sharing a
# surname, `de Courcy` / `van Dijk` particles) ------------------------------------------------
VAN_DIJK = {"speaker": "Hendrik van Dijk", "role": "chairman", "country": "NL"}
CORMAC = {"speaker": "Cormac Brennan", "role": "boatbuilder", "country": "IE"}
NIALL = {"speaker": "Niall Brennan", "role": "son", "country": "IE"}  # decision 8
LE_GOFF = {"speaker": "Yann Le Goff", "role": "skipper", "country": "FR"}
KEANE = {"speaker": "Aoife Keane", "role": "race director"}
GUERIN = {"speaker": "Thomas Guérin", "role": "navigator"}
DE_COURCY = {"speaker": "Declan de Courcy", "role": "skipper", "country": "IE"}

SAILING_Q = [
    p(
        "Saoirse was the give-way boat",
        VAN_DIJK,
        "indirect",
        "said",
        "Its chairman, Hendrik van Dijk (70),",
    ),
    p("failed to keep clear", VAN_DIJK, "partial", "said", "Its chairman, Hendrik van Dijk (70),"),
    p(
        "We saw their lights for 20 minutes. We called them twice on the radio. Nobody answered,",
        LE_GOFF,
        "direct",
        "told",
        "Le Goff",
    ),
    p(
        "his crew had been forced to tack to avoid a heavier collision and had lost almost an hour "
        "repairing a damaged stanchion",
        LE_GOFF,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the radio calls had never reached Saoirse and that his son had been on the helm when the "
        "boats came together",
        CORMAC,
        "indirect",
        "said",
        "Cormac Brennan",
    ),
    p(
        "Niall did everything right. He held his course, as the rules say he should,",
        CORMAC,
        "direct",
        "said",
        "he",
    ),
    p(
        "he had believed Saoirse was the stand-on boat until seconds before the collision",
        NIALL,
        "indirect",
        "told",
        "The younger Brennan",
    ),
    # skip `Asked whether he had seen …`: the answer is the `he had` after `he said`
    dict(p("he had", NIALL, "indirect", "said", "he"), after="he said he had"),
    p("but not until she was much closer than I thought.", NIALL, "partial", "said", "he"),
    p("It was very dark and there was a big swell running,", NIALL, "direct", "said", "he"),
    p("I am not going to pretend I got it right.", NIALL, "direct", "said", "he"),
    p(
        "his son had nothing to apologise for",
        CORMAC,
        "indirect",
        "said",
        "The elder Brennan, who has sailed the race nine times,",
    ),
    p(
        "it was the first protest arising from a collision in the race's history",
        KEANE,
        "indirect",
        "said",
        "The race director, Aoife Keane,",
    ),
    p(
        "both crews had reported the incident by radio within minutes, as the sailing "
        "instructions require",
        KEANE,
        "indirect",
        "said",
        "She",
    ),
    p("Nobody was hurt, and that is the main thing,", KEANE, "direct", "said", "Keane"),
    p(
        "The jury's job is to decide who broke a rule, not who is a good sailor.",
        KEANE,
        "direct",
        "said",
        "Keane",
    ),
    p(
        "the French boat's instruments had recorded both yachts' positions every ten seconds and "
        "that the data had been given to the jury",
        GUERIN,
        "indirect",
        "said",
        "He",
    ),
    p("The numbers are very clear,", GUERIN, "direct", "said", "Guérin"),
    p(
        "We did not change course until the last moment, because we were not allowed to.",
        GUERIN,
        "direct",
        "said",
        "Guérin",
    ),
    p(
        "The jury accepts that the crew of Saoirse did not intend to cause a collision,",
        VAN_DIJK,
        "direct",
        "said",
        "the 70-year-old",
    ),
    p("But intention is not the test.", VAN_DIJK, "direct", "said", "the 70-year-old"),
    p("he felt sorry for the Brennans", LE_GOFF, "indirect", "said", "The Frenchman"),
    p("They are very good sailors, both of them,", LE_GOFF, "direct", "said", "Le Goff"),
    p(
        "I would prefer to win on the water. But I could not let this go.",
        LE_GOFF,
        "direct",
        "said",
        "Le Goff",
    ),
    p(
        "the race committee would review its radio procedures before the next edition",
        KEANE,
        "indirect",
        "added",
        "Keane",
    ),
    p("If a call is not heard, we need to know why,", KEANE, "direct", "said", "she"),
    p(
        "the family accepted the decision and would not ask the jury to reopen the hearing",
        CORMAC,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We have sailed against Yann for ten years and we will sail against him again,",
        CORMAC,
        "direct",
        "said",
        "the statement",
    ),
    p("We wish Mistral Bleu and her crew well.", CORMAC, "direct", "said", "the statement"),
    p("he had mixed feelings", DE_COURCY, "indirect", "said", "Her skipper, Declan de Courcy,"),
    p(
        "You never want to move up a place in a jury room,",
        DE_COURCY,
        "direct",
        "said",
        "De Courcy",
    ),
    p("entries for the 2028 race would open in the spring", KEANE, "indirect", "said", "Keane"),
]

DOCS = [
    ("probe-r27i-rioja-winery-family-feud", "Logroño", WINERY_Q),
    ("probe-r27i-madrid-chess-candidates", "MADRID", CHESS_Q),
    ("probe-r27i-round-ireland-protest-hearing", None, SAILING_Q),
]


def main():
    write_gold(
        HERE,
        "probes_r27i_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r27i",
        source="quotesdb round-27 training probe i (written for error finding)",
    )


if __name__ == "__main__":
    main()
