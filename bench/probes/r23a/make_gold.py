"""Build probes_r23a_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout18 (see bench/heldout14/README.md), of bench/probes/r20a to r22d and of the
Conventions section of articles/attribution/README.md. Each quote is located by searching
its exact text after the previous quote's end.

    python3 bench/probes/r23a/make_gold.py   # writes probes_r23a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Commons committee hearing (no dateline, “curly double quotes”) -------------------
NORTHLINE = "Northline Trains"
CASTELLANE = {
    "speaker": "Fiona Castellane",
    "role": "chief executive",
    "country": "GB",
    "org": NORTHLINE,
}
OKONJO = {
    "speaker": "Helen Okonjo",
    "role": "operations director",
    "country": "GB",
    "org": NORTHLINE,
}
PUMPHREY = {"speaker": "Gareth Pumphrey", "role": "chairman", "country": "GB"}
DRUMMOND = {"speaker": "Alistair Drummond-Kerr", "role": "member", "country": "GB"}
TREGARTHEN = {"speaker": "Owen Tregarthen", "role": "MP", "country": "GB"}
ORR = {"speaker": "Office of Rail and Road", "country": "GB"}

RAIL_Q = [
    p(
        "the company had ignored warnings from its own staff",
        CASTELLANE,
        "indirect",
        "denied",
        "The chief executive of Northline Trains",
    ),
    p("got it badly wrong", CASTELLANE, "partial", "said", "Fiona Castellane"),
    p("she took full responsibility", CASTELLANE, "indirect", "said", "Fiona Castellane"),
    p(
        "I am not going to sit here and blame the weather, the unions or Network Rail,",
        CASTELLANE,
        "direct",
        "said",
        "she",
    ),
    p(
        "We wrote the timetable and we did not have the drivers to run it.",
        CASTELLANE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the letter had been one of many and that the board had been assured by its "
        "operations team that the roster could be filled",
        CASTELLANE,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the company had recruited 140 drivers in the year but that only 90 had finished "
        "training by May",
        OKONJO,
        "indirect",
        "told",
        "Ms Okonjo",
    ),
    p(
        "We were short by about fifty drivers on the first Monday, and every one of those "
        "gaps became a cancelled train,",
        OKONJO,
        "direct",
        "said",
        "the operations director",
    ),
    p(
        "the explanation did not add up",
        DRUMMOND,
        "indirect",
        "said",
        "Alistair Drummond-Kerr, a Conservative member of the committee",
    ),
    p(
        "he had been sent an internal email from a depot manager, dated April 12, about the "
        "shortage of drivers",
        DRUMMOND,
        "indirect",
        "said",
        "He",
    ),
    p("Either the board saw this email or it did not,", DRUMMOND, "direct", "said", "he"),
    p("If it did not, I would like to know why not.", DRUMMOND, "direct", "said", "he"),
    p(
        "she had not seen it until last week",
        CASTELLANE,
        "indirect",
        "said",
        "Ms Castellane",
    ),
    p(
        "one of his constituents, a nurse, had spent £400 on taxis to reach her shifts and "
        "had been offered a £20 voucher",
        TREGARTHEN,
        "indirect",
        "told",
        "He",
    ),
    p(
        "That is an insult, and I think you know it is,",
        TREGARTHEN,
        "direct",
        "said",
        "Mr Tregarthen",
    ),
    p(
        "the voucher scheme had been replaced on Monday by full refunds of travel costs, "
        "backdated to the first day of the timetable",
        CASTELLANE,
        "indirect",
        "replied",
        "The chief executive",
    ),
    p(
        "If your constituent writes to me, I will make sure she is paid in full this week,",
        CASTELLANE,
        "direct",
        "said",
        "she",
    ),
    p("she had not", OKONJO, "indirect", "said", "she"),
    p(
        "My job is to fix this, and I would be walking away from the people who have to "
        "live with it,",
        OKONJO,
        "direct",
        "said",
        "she",
    ),
    p("he was not satisfied", PUMPHREY, "indirect", "said", "The chairman"),
    p(
        "We have had a lot of apologies this morning and very few answers,",
        PUMPHREY,
        "direct",
        "said",
        "he",
    ),
    p(
        "This committee will want to see every document the board received between "
        "January and May.",
        PUMPHREY,
        "direct",
        "said",
        "he",
    ),
    p(
        "he would ask the Office of Rail and Road to open an inquiry",
        DRUMMOND,
        "indirect",
        "said",
        "Mr Drummond-Kerr",
    ),
    p(
        "The passengers of the north have been treated as an afterthought for years.",
        DRUMMOND,
        "direct",
        "said",
        "he",
    ),
    p(
        "This timetable was the latest example, not the first, and I do not believe it "
        "will be the last unless this board changes.",
        DRUMMOND,
        "direct",
        "said",
        "he",
    ),
    p(
        "it would decide next week whether to open an investigation",
        ORR,
        "indirect",
        "said in a statement",
        "The Office of Rail and Road",
    ),
    p(
        "She is not a statistic. She is the person who looked after my mother,",
        TREGARTHEN,
        "direct",
        "said",
        "he",
    ),
    p(
        "the company would publish a recovery plan on Friday",
        CASTELLANE,
        "indirect",
        "told",
        "Ms Castellane",
    ),
    p(
        "We will be judged on the next month, not on the last one,",
        CASTELLANE,
        "direct",
        "said",
        "the 52-year-old",
    ),
]

# --- Aid workers freed in Mali (Reuters style, “curly double quotes”) -------------------
VENTURELLI = {"speaker": "Paolo Venturelli", "role": "Foreign Minister", "country": "IT"}
MANSOURI = {"speaker": "Khalid al-Mansouri", "role": "diplomat", "country": "QA"}
LUNDE = {"speaker": "Astrid Lunde", "role": "foreign minister", "country": "NO"}
BERNARDINI = {"speaker": "Luca Bernardini", "role": "aid worker", "country": "IT"}
HAUGEN = {"speaker": "Marit Haugen", "role": "nurse", "country": "NO"}
KANOUTE = {"speaker": "Issa Kanouté", "role": "government spokesman", "country": "ML"}
# round 24: a relative named as such has the relation as role (round 18's rule,
# the practice of the golds from heldout9 on)
C_BERNARDINI = {"speaker": "Chiara Bernardini", "role": "sister", "country": "IT"}
CHARITY = {"speaker": "Médecins du Sahel"}
MERCIER = {"speaker": "Anne-Sophie Mercier", "role": "director", "org": "Médecins du Sahel"}

HOSTAGE_Q = [
    q(
        "An Italian aid worker and a Norwegian nurse kidnapped in central Mali last year "
        "have been released and flown to Qatar",
        None,
        "indirect",
        "said",
        "officials in three countries",
    ),
    p(
        "tired but in good health",
        VENTURELLI,
        "partial",
        "told",
        "Italian Foreign Minister Paolo Venturelli",
    ),
    p(
        "would be home by the weekend",
        VENTURELLI,
        "indirect",
        "told",
        "Italian Foreign Minister Paolo Venturelli",
    ),
    p("no ransom had been paid", VENTURELLI, "indirect", "said", "He"),
    p(
        "Italy does not buy its citizens back. It brings them home, with the help of its friends,",
        VENTURELLI,
        "direct",
        "said",
        "he",
    ),
    p(
        "the release had followed seven months of contacts with the kidnappers through "
        "tribal leaders in the region",
        MANSOURI,
        "indirect",
        "said",
        "Khalid al-Mansouri, the Qatari diplomat who led the talks",
    ),
    p("he had travelled to Bamako four times since February", MANSOURI, "indirect", "said", "He"),
    p(
        "There were many days when we thought it was finished, and then somebody would call again,",
        MANSOURI,
        "direct",
        "said",
        "he",
    ),
    p(
        "he had called Mr al-Mansouri on Tuesday night to thank him",
        VENTURELLI,
        "indirect",
        "said",
        "Mr Venturelli",
    ),
    p("Without his patience, we would still be waiting,", VENTURELLI, "direct", "said", "he"),
    p(
        "Haugen had spoken to her parents by telephone from Doha",
        LUNDE,
        "indirect",
        "said",
        "Norway’s foreign minister, Astrid Lunde",
    ),
    p(
        "She asked first about her patients in Mopti, which tells you who Marit is,",
        LUNDE,
        "direct",
        "said",
        "Ms Lunde",
    ),
    p(
        "She was very calm. I think we were more nervous than she was,",
        LUNDE,
        "direct",
        "added",
        "the minister",
    ),
    p(
        "I thought many times that I would not see my daughter again,",
        BERNARDINI,
        "direct",
        "said",
        "the 41-year-old",
    ),
    p(
        "Every morning I scratched a line on the wall.",
        BERNARDINI,
        "direct",
        "said",
        "the 41-year-old",
    ),
    p(
        "she wanted to rest before speaking at length",
        HAUGEN,
        "indirect",
        "said",
        "Haugen, standing beside him",
    ),
    p("I am fine. Please give me a few days,", HAUGEN, "direct", "said", "the Norwegian"),
    p(
        "the army had secured the place where the two were handed over",
        KANOUTE,
        "indirect",
        "said",
        "Mali’s government spokesman, Colonel Issa Kanouté",
    ),
    p(
        "the kidnappers belonged to a group that had split from an al Qaeda affiliate last year",
        KANOUTE,
        "indirect",
        "said",
        "He",
    ),
    p("The Malian state was present at every step,", KANOUTE, "direct", "said", "the colonel"),
    p(
        "Nobody should think this happened behind our backs.",
        KANOUTE,
        "direct",
        "said",
        "the colonel",
    ),
    p(
        "the family had learned of the release from a telephone call at three in the morning",
        C_BERNARDINI,
        "indirect",
        "said",
        "Bernardini’s sister, Chiara Bernardini",
    ),
    p(
        "I picked it up and it was Luca, and he just said my name, and then we were both crying,",
        C_BERNARDINI,
        "direct",
        "said",
        "she",
    ),
    p("We have not slept since.", C_BERNARDINI, "direct", "said", "she"),
    p(
        "My mother has been sitting by the window for 14 months. Tonight she can close the "
        "curtains.",
        C_BERNARDINI,
        "direct",
        "said",
        "she",
    ),
    p(
        "it had suspended its work around Mopti and would not resume it before next year",
        CHARITY,
        "indirect",
        "said in a statement",
        "Bernardini’s employer, the charity Médecins du Sahel",
    ),
    p(
        "the charity had never stopped paying the two workers’ salaries",
        MERCIER,
        "indirect",
        "told",
        "Its director, Anne-Sophie Mercier",
    ),
    p("it would review how its staff travelled in the region", MERCIER, "indirect", "said", "She"),
    p(
        "We owe that to Luca and Marit, and to the colleagues who are still out there,",
        MERCIER,
        "direct",
        "said",
        "she",
    ),
    p("no deal with terrorists", VENTURELLI, "partial", "said", "Mr Venturelli"),
    p(
        "he would meet the two families in Rome on Saturday",
        VENTURELLI,
        "indirect",
        "said",
        "The minister",
    ),
]

# --- A football transfer saga (no dateline, straight "double quotes") --------------------
RHODANIEN = "Olympique Rhodanien"
NEWBRIDGE = "Newbridge United"
FERRANTE = {"speaker": "Marco Ferrante", "role": "agent", "country": "IT"}
VAUTRIN = {
    "speaker": "Thierry Vautrin",
    "role": "sporting director",
    "country": "FR",
    "org": RHODANIEN,
}
WHITLOW = {
    "speaker": "Graham Whitlow",
    "role": "director of football",
    "country": "GB",
    "org": NEWBRIDGE,
}
POLLARD = {"speaker": "Stuart Pollard", "role": "manager", "country": "GB", "org": NEWBRIDGE}
R_BELKACEM = {"speaker": "Rachid Belkacem", "role": "former amateur player", "country": "FR"}
MOREL = {"speaker": "Sandrine Morel", "role": "president", "country": "FR", "org": RHODANIEN}
AUBERT = {"speaker": "Julien Aubert", "role": "goalkeeper", "country": "FR", "org": RHODANIEN}

TRANSFER_Q = [
    p(
        "Rhodanien had agreed a fee of 55 million euros in principle last Friday and then "
        "asked for 67 million on Monday",
        FERRANTE,
        "indirect",
        "said",
        "Marco Ferrante",
    ),
    p(
        "You cannot shake hands on Friday and change the price on Monday. That is not "
        "negotiation, that is theatre,",
        FERRANTE,
        "direct",
        "said",
        "the Italian",
    ),
    p(
        "no fee had ever been agreed",
        VAUTRIN,
        "indirect",
        "said",
        "Rhodanien's sporting director, Thierry Vautrin",
    ),
    p(
        "Mr Ferrante knows exactly what our valuation is, because I gave it to him in "
        "writing in June,",
        VAUTRIN,
        "direct",
        "said",
        "he",
    ),
    p("Belkacem had three years left on his contract", VAUTRIN, "indirect", "added", "He"),
    p("under no pressure to sell", VAUTRIN, "partial", "added", "He"),
    p(
        "one more offer in us, not two",
        WHITLOW,
        "partial",
        "told",
        "The club's director of football, Graham Whitlow",
    ),
    p(
        "We like the player, we like the person, but we have a budget and a board, and I "
        "answer to both,",
        WHITLOW,
        "direct",
        "said",
        "Whitlow",
    ),
    p(
        "he had spoken to Belkacem twice by phone but would not discuss the fee",
        POLLARD,
        "indirect",
        "said",
        "He",
    ),
    p(
        "Yanis is a top player and he knows what we think of him. The rest is for Graham "
        "and the people upstairs,",
        POLLARD,
        "direct",
        "said",
        "he",
    ),
    p("not beg anyone to come here", POLLARD, "partial", "added", "The 51-year-old"),
    p(
        "wants England, and everyone knows it",
        R_BELKACEM,
        "partial",
        "told",
        "His father, Rachid Belkacem",
    ),
    p(
        "Yanis has dreamed of the Premier League since he was eight years old. He had the "
        "posters on his wall,",
        R_BELKACEM,
        "direct",
        "said",
        "the father",
    ),
    p(
        "Nobody leaves this club because his father speaks on the radio,",
        MOREL,
        "direct",
        "said",
        "she",
    ),
    p("If Newbridge want him, they know the price.", MOREL, "direct", "said", "she"),
    p(
        "Thierry is a serious man, and I respect him. But he is playing a game this time,",
        FERRANTE,
        "direct",
        "said",
        "Ferrante",
    ),
    p(
        "the price had not changed since June",
        VAUTRIN,
        "indirect",
        "said",
        "The sporting director",
    ),
    p("never come close", VAUTRIN, "partial", "told", "He"),
    p(
        "They made one offer in July and one in August. Both were below what Sevilla "
        "offered us in May,",
        VAUTRIN,
        "direct",
        "said",
        "he",
    ),
    p(
        "he would fly to Lyon on Friday to meet Ms Morel",
        FERRANTE,
        "indirect",
        "said",
        "Ferrante",
    ),
    p(
        "If she wants to sell, we will find a way. If she wants a war, she will have one, "
        "and the player will be the one who loses,",
        FERRANTE,
        "direct",
        "said",
        "the agent",
    ),
    p(
        "the dressing room had stayed out of it",
        AUBERT,
        "indirect",
        "said",
        "The Frenchman's team-mate at Rhodanien, the goalkeeper Julien Aubert",
    ),
    p(
        "Yanis trains like always. We joke with him about England, and he laughs,",
        AUBERT,
        "direct",
        "said",
        "he",
    ),
    p(
        "September 1. After that, we look elsewhere.",
        WHITLOW,
        "direct",
        "said",
        "The Newbridge director",
    ),
]

DOCS = [
    ("probe-r23a-rail-timetable-committee", None, RAIL_Q),
    ("probe-r23a-mali-hostages-freed", "ROME", HOSTAGE_Q),
    ("probe-r23a-belkacem-transfer-saga", None, TRANSFER_Q),
]


def main():
    write_gold(
        HERE,
        "probes_r23a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r23a",
        source="quotesdb round-23 training probes A (written for error finding)",
    )


if __name__ == "__main__":
    main()
