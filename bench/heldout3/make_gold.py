"""Build heldout3_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout and bench/heldout2 (see their READMEs). Each
quote is located by searching its exact text after the previous quote's end, so the
offsets always satisfy text[start:end] == quote text and the spans of a document never
overlap.

    python3 bench/heldout3/make_gold.py   # writes bench/heldout3/heldout3_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- court sentencing -------------------------------------------------------------
OKAFOR_LUND = {"speaker": "Marian Okafor-Lund", "role": "District Judge", "country": "US"}
VOSS = {"speaker": "Renata Voss", "role": "Assistant County Attorney", "country": "US"}
HALLORAN = {"speaker": "Thomas Halloran", "role": "lawyer", "country": "US"}
BREKKE = {"speaker": "Dale Brekke", "role": "owner", "country": "US", "org": "Brekke Builders"}
# round 24: a relative named as such has the relation as role (round 18's rule,
# the practice of the golds from heldout9 on)
G_ORTEGA = {"speaker": "Graciela Ortega", "role": "mother", "country": "US"}
# round 24: a relative named as such has the relation as role (round 18's rule,
# the practice of the golds from heldout9 on)
D_YANG = {"speaker": "Daniel Yang", "role": "brother", "country": "US"}
SOLBERG = {"speaker": "Arne Solberg", "role": "foreman", "country": "US"}
LABORERS = "North Star Laborers Union"

COURT_Q = [
    p(
        "send a message to every job site in this state.",
        OKAFOR_LUND,
        "partial",
        "said",
        "the judge",
    ),
    p(
        "Brekke had been told at least three times, by his own foreman and by a state "
        "inspector, that the scaffold’s anchors were loose, and had kept his crews working "
        "to meet a deadline",
        OKAFOR_LUND,
        "indirect",
        "said",
        "Alder County District Judge Marian Okafor-Lund",
    ),
    p(
        "This was not an accident in any sense that matters,",
        OKAFOR_LUND,
        "direct",
        "said",
        "Okafor-Lund",
    ),
    p(
        "It was a decision, made again and again, that a schedule was worth more than two lives.",
        OKAFOR_LUND,
        "direct",
        "said",
        "Okafor-Lund",
    ),
    p(
        "no real remorse",
        VOSS,
        "partial",
        "told the court",
        "Assistant County Attorney Renata Voss",
    ),
    p(
        "had tried to shift the blame onto his foreman",
        VOSS,
        "indirect",
        "told the court",
        "Assistant County Attorney Renata Voss",
    ),
    p(
        "his client had spent most of his savings on the victims’ families and would never "
        "work in construction again",
        HALLORAN,
        "indirect",
        "said",
        "Brekke’s lawyer, Thomas Halloran",
    ),
    p("far beyond anything the facts support", HALLORAN, "partial", "called", "He"),
    p("Brekke would appeal", HALLORAN, "indirect", "said", "He"),
    p(
        "Dale is not the monster he has been made out to be in this courtroom,",
        HALLORAN,
        "direct",
        "told reporters",
        "Halloren",
    ),
    p(
        "He has thought about that morning every day since.",
        HALLORAN,
        "direct",
        "told reporters",
        "Halloren",
    ),
    p("he was sorry", BREKKE, "indirect", "said", "He"),
    p("should have shut the site down.", BREKKE, "partial", "said", "He"),
    p(
        "her son as a quiet man who sent money home to his sisters every week and had been "
        "saving to open a tile business",
        G_ORTEGA,
        "indirect",
        "described",
        "She",
    ),
    p(
        "I do not want his name to be a number in a report,",
        G_ORTEGA,
        "direct",
        "said",
        "she",
    ),
    p("His name is Luis.", G_ORTEGA, "direct", "said", "she"),
    p(
        "the family accepted the sentence but believed it was too short",
        D_YANG,
        "indirect",
        "said",
        "Kevin Yang’s older brother, Daniel Yang",
    ),
    p("his brother had complained about the scaffold for weeks", D_YANG, "indirect", "said", "He"),
    q(
        "Brekke Builders had been cited twice before for fall-protection violations, in 2021 "
        "and 2023, and paid fines totaling $18,400",
        None,
        "indirect",
        "show",
        "Court records",
        country="US",
    ),
    p("We trusted that somebody was checking. Nobody was,", D_YANG, "direct", "added", "he"),
    p(
        "he had begged Brekke to stop work on the fifth floor until the anchors were replaced",
        SOLBERG,
        "indirect",
        "testified",
        "The foreman, Arne Solberg",
    ),
    q(
        "treat safety rules as paperwork.",
        LABORERS,
        "partial",
        "said",
        "The North Star Laborers Union, which represented both men",
        country="US",
    ),
    q(
        "it would ask state lawmakers next year to double the fines for repeat violations",
        LABORERS,
        "indirect",
        "said",
        "It",
        country="US",
    ),
    p(
        "he would be eligible for supervised release after six years",
        OKAFOR_LUND,
        "indirect",
        "said",
        "Okafor-Lund",
    ),
    p("No sentence I hand down brings anyone back,", OKAFOR_LUND, "direct", "said", "the judge"),
    p(
        "But the law has to mean something on a scaffold five stories up.",
        OKAFOR_LUND,
        "direct",
        "said",
        "the judge",
    ),
]

# --- ice hockey, post-game (straight double quotes) --------------------------------
GULLS = "Portlock Gulls"
MINERS = "Ridgeline Miners"
KESSLER = {"speaker": "Jonas Kessler", "country": "SE", "org": GULLS}
DELORME = {"speaker": "Matt Delorme", "role": "captain", "org": GULLS}
LINDAHL = {"speaker": "Barb Lindahl", "role": "Coach", "org": GULLS}
RAUTIO = {"speaker": "Sami Rautio", "role": "goaltender", "org": GULLS}
MULCAHY = {"speaker": "Pete Mulcahy", "role": "coach", "org": MINERS}
STRAND = {"speaker": "Caleb Strand", "role": "forward", "org": MINERS}
LEAGUE = "Northern Hockey League"

HOCKEY_Q = [
    p(
        "I didn't even see it go in. I just heard the building,",
        KESSLER,
        "direct",
        "told reporters",
        "Kessler",
    ),
    p(
        "I've never heard anything like that in my life.",
        KESSLER,
        "direct",
        "told reporters",
        "Kessler",
    ),
    q("She did not raise her voice", None, "indirect", "said", "several players"),
    p("She just told us we'd been here before,", DELORME, "direct", "said", "Delorme"),
    p("Nobody panicked. We had a whole period and a half.", DELORME, "direct", "said", "Delorme"),
    p(
        "she had considered changing goaltenders after the third Ridgeline goal",
        LINDAHL,
        "indirect",
        "said",
        "Lindahl",
    ),
    p("deserved a chance to finish what he started.", LINDAHL, "partial", "said", "Lindahl"),
    p(
        "He's made a hundred saves for us this spring that nobody remembers,",
        LINDAHL,
        "direct",
        "said",
        "Lindahl",
    ),
    p(
        "I wasn't going to take him out for three that went in off sticks and skates.",
        LINDAHL,
        "direct",
        "said",
        "Lindahl",
    ),
    p("Honestly, I thought that one was in,", RAUTIO, "direct", "said", "Rautio"),
    p("stopped skating", MULCAHY, "partial", "said", "He"),
    p("his veterans should have known better", MULCAHY, "indirect", "said", "He"),
    p(
        "You don't get to relax in the playoffs. Not for a shift,",
        MULCAHY,
        "direct",
        "said",
        "Mulcahey",
    ),
    p("We'll find out on Monday what we're made of.", MULCAHY, "direct", "said", "Mulcahey"),
    q(
        "the goaltender was receiving treatment on his left knee and would be available for Game 7",
        None,
        "indirect",
        "said",
        "A team spokesman",
        org=MINERS,
    ),
    q(
        "it would review a hit by Miners defenseman Gus Wendt that left Baptiste dazed in the "
        "second period",
        LEAGUE,
        "indirect",
        "said",
        "The league",
    ),
    p(
        "quiet, but not down.",
        STRAND,
        "partial",
        "said",
        "Strand, whose goal had given Ridgeline its 4-1 lead",
    ),
    p(
        "We've been the better team for five of these six games. We go home now,",
        STRAND,
        "direct",
        "said",
        "he",
    ),
    p(
        "he had not slept more than four hours a night since the series began and did not "
        "expect that to change before Monday",
        KESSLER,
        "indirect",
        "said",
        "Kessler",
    ),
    p("I'll sleep in the summer,", KESSLER, "direct", "added", "he"),
]

# --- software company job cuts (British style, ‘single quotes’) -----------------------
QUILLON = "Quillon Software"
RAMAN = {"speaker": "Priya Raman", "role": "chief executive", "country": "GB", "org": QUILLON}
ACHTERBERG = {
    "speaker": "Martin Achterberg",
    "role": "finance director",
    "country": "GB",
    "org": QUILLON,
}
GALLACHER = {
    "speaker": "Fiona Gallacher",
    "role": "analyst",
    "country": "GB",
    "org": "Tollbridge Securities",
}
DWU = "Digital Workers’ Union"
PRYCE = {
    "speaker": "Sioned Pryce",
    "role": "national officer for technology",
    "country": "GB",
    "org": DWU,
}
BRENNAN = {"speaker": "Cathal Brennan", "role": "enterprise minister", "country": "IE"}
FSE = "Federation of Small Employers"

JOBCUTS_Q = [
    q("blindsided", DWU, "partial", "says", "union", country="GB"),
    q(
        "demand from its smaller customers would stay weak well into next year",
        QUILLON,
        "indirect",
        "warning",
        "Quillon Software, the Ashbury-based maker of accounting software for small businesses",
        country="GB",
    ),
    p(
        "hired for a world that didn’t arrive",
        RAMAN,
        "partial",
        "told analysts",
        "The chief executive, Priya Raman",
    ),
    p(
        "smaller and sharper",
        RAMAN,
        "partial",
        "told analysts",
        "The chief executive, Priya Raman",
    ),
    p("I take responsibility for that,", RAMAN, "direct", "said", "Raman"),
    p(
        "These are people who did nothing wrong, and they are paying for decisions that were "
        "made in this building.",
        RAMAN,
        "direct",
        "said",
        "Raman",
    ),
    q(
        "affected staff would be told by the end of the month and would receive at least six "
        "months’ pay",
        QUILLON,
        "indirect",
        "said",
        "Quillon",
        country="GB",
    ),
    p(
        "pre-tax profit for the six months to September fell to £38.6m from £65.4m, on revenue "
        "3% lower at £412m",
        ACHTERBERG,
        "indirect",
        "said",
        "The finance director, Martin Achterberg",
    ),
    p(
        "the restructuring would cost about £45m this year but save £70m a year from 2027",
        ACHTERBERG,
        "indirect",
        "said",
        "He",
    ),
    p("no plans", ACHTERBERG, "partial", "said", "Achterberg"),
    p(
        "she would not take a bonus this year",
        RAMAN,
        "indirect",
        "said",
        "Raman, who became chief executive in 2022",
    ),
    p("It would be obscene to take one,", RAMAN, "direct", "added", "she"),
    q(
        "the scale of the job cuts had been expected but the profit warning had not",
        None,
        "indirect",
        "said",
        "Analysts",
        country="GB",
    ),
    p(
        "The job cuts are the easy part to explain,",
        GALLACHER,
        "direct",
        "said",
        "Fiona Gallacher, an analyst at Tollbridge Securities",
    ),
    p(
        "What the market doesn’t have yet is a reason to think small firms will start spending "
        "again.",
        GALLACHER,
        "direct",
        "said",
        "Fiona Gallacher, an analyst at Tollbridge Securities",
    ),
    q(
        "bought herself a year, not more",
        None,
        "partial",
        "said",
        "Another analyst, who asked not to be named because his firm has advised Quillon",
        country="GB",
    ),
    q(
        "blindsided",
        DWU,
        "partial",
        "said",
        "The Digital Workers’ Union, which has about 1,200 members at the company",
        country="GB",
    ),
    q(
        "as cover",
        DWU,
        "partial",
        "accused",
        "The Digital Workers’ Union, which has about 1,200 members at the company",
        country="GB",
    ),
    p(
        "members had learned of the cuts in a ten-minute video call on Wednesday morning",
        PRYCE,
        "indirect",
        "said",
        "Sioned Pryce, the union’s national officer for technology",
    ),
    p("Nobody was allowed to ask a question,", PRYCE, "direct", "said", "she"),
    p("They had the cameras on and the microphones off.", PRYCE, "direct", "said", "she"),
    p(
        "If this company can find £45m to get rid of people, it can find the money to keep "
        "some of them.",
        PRYCE,
        "direct",
        "told BBC Radio Ashbury",
        "She",
    ),
    q(
        "it would seek urgent talks with management and had not ruled out industrial action "
        "at the Leeds site",
        DWU,
        "indirect",
        "said",
        "The union",
        country="GB",
    ),
    q("engaged constructively", QUILLON, "partial", "said", "Quillon", country="GB"),
    p(
        "he had spoken to Raman on Wednesday afternoon and been assured that the Dublin office "
        "would stay open",
        BRENNAN,
        "indirect",
        "said",
        "Ireland’s enterprise minister, Cathal Brennan",
    ),
    q(
        "small firms are cutting back on software subscriptions as borrowing costs stay high",
        None,
        "indirect",
        "have warned",
        "Business groups",
    ),
    q(
        "a third of its members had cancelled at least one subscription this year",
        FSE,
        "indirect",
        "said",
        "The Federation of Small Employers",
        country="GB",
    ),
]

# --- wildfire evacuation -------------------------------------------------------------
FIRE_SERVICE = "Upper Interior Fire Service"
MCTAVISH = {
    "speaker": "Aaron McTavish",
    "role": "Deputy Fire Chief",
    "country": "CA",
    "org": FIRE_SERVICE,
}
LEFEBVRE = {"speaker": "Marguerite Lefebvre", "country": "CA"}
SANDHU = {
    "speaker": "Dev Sandhu",
    "role": "emergency coordinator",
    "country": "CA",
    "org": "Tamarack Regional District",
}
THIESSEN = {
    "speaker": "Rachel Thiessen",
    "role": "meteorologist",
    "country": "CA",
    "org": "Environment Canada",
}
GILL = {"speaker": "Harjit Gill", "country": "CA"}
BLAYLOCK = {"speaker": "Corinne Blaylock", "role": "mayor", "country": "CA"}

WILDFIRE_Q = [
    q(
        "About 6,000 people were ordered out of their homes in and around Pine Hollow on "
        "Monday after a wildfire jumped a highway and a river that crews had hoped would hold it",
        None,
        "indirect",
        "said",
        "fire officials",
        country="CA",
    ),
    p(
        "This fire did in six hours what we expected it to do in three days,",
        MCTAVISH,
        "direct",
        "said",
        "Deputy Fire Chief Aaron McTavish of the Upper Interior Fire Service",
    ),
    p(
        "Once it crossed the river, we were out of options on that side.",
        MCTAVISH,
        "direct",
        "said",
        "Deputy Fire Chief Aaron McTavish of the Upper Interior Fire Service",
    ),
    p(
        "the evacuation order covered all of Pine Hollow and the neighbouring community of "
        "Ferris Bend, and that an alert telling residents to be ready to leave at short notice "
        "had been issued for another 2,500 people to the north",
        MCTAVISH,
        "indirect",
        "said",
        "McTavish",
    ),
    q(
        "40 firefighters, four helicopters and two air tankers were working on the fire, and "
        "that crews from Alberta were expected to arrive on Tuesday",
        FIRE_SERVICE,
        "indirect",
        "said in a statement",
        "The fire service",
        country="CA",
    ),
    p(
        "not much else.",
        LEFEBVRE,
        "partial",
        "said",
        "Marguerite Lefebvre, 71, who has lived in Pine Hollow for 40 years",
    ),
    p("You think you’ll have time to choose. You don’t,", LEFEBVRE, "direct", "said", "she"),
    p("I took the pictures off the wall and that was it.", LEFEBVRE, "direct", "said", "she"),
    q(
        "the first alert had reached their phones only after they could already see flames on "
        "the ridge",
        None,
        "indirect",
        "said",
        "Several residents",
        country="CA",
    ),
    p(
        "the alert had gone out late",
        SANDHU,
        "indirect",
        "denied",
        "The Tamarack Regional District’s emergency coordinator, Dev Sandhu",
    ),
    p(
        "the order was issued within 20 minutes of the fire crossing the river",
        SANDHU,
        "indirect",
        "said",
        "He",
    ),
    p(
        "a cold front arriving Wednesday would bring stronger, shifting winds before any rain",
        THIESSEN,
        "indirect",
        "said",
        "Environment Canada meteorologist Rachel Thiessen",
    ),
    p("the worst combination for a fire like this.", THIESSEN, "partial", "called", "she"),
    p("We might see a few millimetres on Thursday night,", THIESSEN, "direct", "said", "Thiessen"),
    p(
        "That isn’t going to put this out. It might not even slow it down.",
        THIESSEN,
        "direct",
        "said",
        "Thiessen",
    ),
    p(
        "People should not wait for an order if they can see the smoke getting thicker,",
        THIESSEN,
        "direct",
        "added",
        "she",
    ),
    q("The centre", None, "indirect", "said", "one volunteer", country="CA"),
    q("had run out of cots by 9 p.m.", None, "indirect", "said", "one volunteer", country="CA"),
    p(
        "he had stayed behind to hose down his roof until police told him to go",
        GILL,
        "indirect",
        "said",
        "Harjit Gill, who runs a fruit stand on the highway outside Ferris Bend",
    ),
    p(
        "I had a garden hose against a wall of fire. I know how that sounds,",
        GILL,
        "direct",
        "said",
        "Gill",
    ),
    p("So I left.", GILL, "direct", "said", "Gill"),
    p(
        "the town’s water treatment plant and school had been protected with sprinklers but "
        "that she had no word on individual homes",
        BLAYLOCK,
        "indirect",
        "said",
        "Pine Hollow’s mayor, Corinne Blaylock",
    ),
    p(
        "I’d rather tell people nothing than tell them something that turns out to be wrong,",
        BLAYLOCK,
        "direct",
        "told reporters",
        "she",
    ),
    q(
        "The province has recorded more than 900 wildfires since April, more than twice the "
        "10-year average for the period",
        FIRE_SERVICE,
        "indirect",
        "according to",
        "the fire service",
        country="CA",
    ),
]

# --- Asian foreign ministers' meeting ------------------------------------------------
ILAGAN = {"speaker": "Ramon Ilagan", "role": "Foreign Secretary", "country": "PH"}
TRAN = {"speaker": "Tran Quoc Bao", "role": "foreign minister", "country": "VN"}
CN_MFA = "Chinese Foreign Ministry"
LIANG = {"speaker": "Liang Xiumei", "role": "spokesperson", "country": "CN", "org": CN_MFA}
AZLAN = {"speaker": "Azlan Hashim", "role": "foreign minister", "country": "MY"}
ANGGARA = {"speaker": "Bayu Anggara", "role": "Foreign Minister", "country": "ID"}
MORIYAMA = {"speaker": "Kenji Moriyama", "role": "foreign minister", "country": "JP"}
MY_MFA = "Malaysian Foreign Ministry"

SUMMIT_Q = [
    q(
        "played down the cutting of two undersea internet cables last month",
        "Vietnam",
        "indirect",
        "said",
        "they",
        country="VN",
    ),
    q(
        "the damage was deliberate",
        None,
        "indirect",
        "have said",
        "Vietnamese officials",
        country="VN",
    ),
    q(
        "it was an accident caused by heavy seas",
        None,
        "indirect",
        "has said",
        "The ship’s owner, a company registered in the Marshall Islands",
    ),
    p(
        "an incident affecting regional connectivity.",
        ILAGAN,
        "partial",
        "said",
        "Philippine Foreign Secretary Ramon Ilagan",
    ),
    p(
        "If a ship can cut a country off from the internet and the region can only call it an "
        "incident, then we have to ask what this forum is for,",
        ILAGAN,
        "direct",
        "told reporters",
        "Ilagan",
    ),
    q(
        "repairs will take until January",
        None,
        "indirect",
        "have said",
        "the cable operators",
    ),
    p("We are not asking anyone to name a villain,", ILAGAN, "direct", "added", "he"),
    p("We are asking for an investigation.", ILAGAN, "direct", "added", "he"),
    p(
        "his delegation had proposed a paragraph calling for an independent inquiry and had "
        "been told there was no consensus for it",
        TRAN,
        "indirect",
        "said",
        "Vietnam’s foreign minister, Tran Quoc Bao",
    ),
    p(
        "Vietnam will not sign a text that pretends nothing happened.",
        TRAN,
        "direct",
        "wrote",
        "The Vietnamese minister",
    ),
    p(
        "firmly opposes",
        LIANG,
        "partial",
        "said",
        "Chinese Foreign Ministry spokesperson Liang Xiumei",
    ),
    p(
        "politicize a maritime accident",
        LIANG,
        "partial",
        "said",
        "Chinese Foreign Ministry spokesperson Liang Xiumei",
    ),
    p(
        "the ship had no connection to the Chinese government",
        LIANG,
        "indirect",
        "said",
        "Chinese Foreign Ministry spokesperson Liang Xiumei",
    ),
    q(
        "Chinese coast guard vessels had helped locate the damaged sections of cable within two "
        "days",
        CN_MFA,
        "indirect",
        "said in a separate statement",
        "The ministry",
        country="CN",
    ),
    p(
        "regrettable but not a crisis.",
        AZLAN,
        "partial",
        "called",
        "Malaysia’s foreign minister, Azlan Hashim, who chaired the meeting",
    ),
    p(
        "a chair’s statement, which does not need the approval of every member, would be "
        "issued on Saturday",
        AZLAN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We agree on 95% of the text. That is not nothing,",
        AZLAN,
        "direct",
        "told a closing news conference",
        "Azlan",
    ),
    p(
        "On the other 5%, we will keep talking.",
        AZLAN,
        "direct",
        "told a closing news conference",
        "Azlan",
    ),
    q(
        "Cambodia and Laos had objected to any wording that named the ship or its operator",
        None,
        "indirect",
        "said",
        "Two diplomats involved in the drafting, who spoke on condition of anonymity because "
        "the talks were private",
    ),
    p(
        "to wait for the findings of a technical inquiry led by the cable operators",
        ANGGARA,
        "indirect",
        "urged",
        "Indonesian Foreign Minister Bayu Anggara",
    ),
    p(
        "Anger is understandable. Conclusions should wait for evidence,",
        ANGGARA,
        "direct",
        "said",
        "Anggara",
    ),
    p(
        "Otherwise we will be having the same argument next year about a different ship.",
        ANGGARA,
        "direct",
        "said",
        "Anggara",
    ),
    p(
        "Tokyo was prepared to help pay for a backup cable route through the Philippines",
        MORIYAMA,
        "indirect",
        "said",
        "Japan’s foreign minister, Kenji Moriyama",
    ),
    q(
        "the dispute had overshadowed an agreement on fisheries patrols that officials had "
        "spent most of the year negotiating",
        None,
        "indirect",
        "said",
        "Several delegations",
    ),
    q(
        "That agreement was approved on Thursday",
        MY_MFA,
        "indirect",
        "said",
        "the Malaysian Foreign Ministry",
        country="MY",
    ),
]

DOCS = [
    ("heldout3-courts-scaffold-sentencing", "CARVER FALLS, Minn.", COURT_Q),
    ("heldout3-sports-hockey-overtime", "PORTLOCK, Maine", HOCKEY_Q),
    ("heldout3-business-software-job-cuts", None, JOBCUTS_Q),
    ("heldout3-disaster-wildfire-evacuation", "PINE HOLLOW, British Columbia", WILDFIRE_Q),
    ("heldout3-intl-asian-ministers-cables", "KOTA SERAYA, Malaysia", SUMMIT_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Chinese Foreign Ministry",
    "Digital Workers’ Union",
    "Federation of Small Employers",
    "Malaysian Foreign Ministry",
    "North Star Laborers Union",
    "Northern Hockey League",
    "Quillon Software",
    "Upper Interior Fire Service",
)


def main():
    write_gold(
        HERE,
        "heldout3_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout3",
        source="quotesdb held-out 3 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
