"""Build heldout19_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout17 (see
bench/heldout14/README.md, bench/probes/r20f/README.md and bench/heldout19/README.md).
Each quote is located by searching its exact text after the previous quote's end, so the
offsets always satisfy text[start:end] == quote text and the spans of a document never
overlap.

    python3 bench/heldout19/make_gold.py   # writes bench/heldout19/heldout19_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- NATO ministers argue over a defence spending target (AFP style, "double quotes") ----
NATO = "NATO"
EU = "EU"
GRABOWIECKI = {"speaker": "Tomasz Grabowiecki", "role": "Defence Minister", "country": "PL"}
CASTANAR = {"speaker": "Elena Castañar", "role": "Defence Minister", "country": "ES"}
VANDERMOLEN = {"speaker": "Ines Vandermolen", "role": "spokeswoman", "org": NATO}
RIJSWIJK = {"speaker": "Pieter van Rijswijk", "role": "Defence Minister", "country": "NL"}
SABBATINI = {"speaker": "Carlo Sabbatini", "role": "Defence Minister", "country": "IT"}
KUUSK = {"speaker": "Mart Kuusk", "role": "Defence Minister", "country": "EE"}
BRANDL = {"speaker": "Ulrike Brandl", "role": "defence minister", "country": "DE"}
GRABOWIECKI_SRC = "Polish Defence Minister Tomasz Grabowiecki"
CASTANAR_SRC = "His Spanish counterpart, Elena Castañar"
RIJSWIJK_SRC = "Grabowiecki's Dutch counterpart, Pieter van Rijswijk"
SABBATINI_SRC = "Italian Defence Minister Carlo Sabbatini"
KUUSK_SRC = "Estonian Defence Minister Mart Kuusk"

NATO_Q = [
    q(
        "NATO defence ministers clashed on Thursday over a proposal to raise the alliance's "
        "spending target to 3.5 percent of economic output by 2030, with several southern "
        "European countries warning they could not meet it without cutting pensions and health "
        "care",
        None,
        "indirect",
        "said",
        "diplomats",
    ),
    p(
        "Two percent was a target for peacetime. We are not in peacetime,",
        GRABOWIECKI,
        "direct",
        "told",
        GRABOWIECKI_SRC,
    ),
    p(
        "Every country around this table knows what is happening on our eastern border.",
        GRABOWIECKI,
        "direct",
        "told",
        GRABOWIECKI_SRC,
    ),
    p("Madrid shared the concern", CASTANAR, "indirect", "said", CASTANAR_SRC),
    p(
        "punishes countries that spend well and rewards those that spend a lot.",
        CASTANAR,
        "partial",
        "said",
        CASTANAR_SRC,
    ),
    p(
        "We will not be told that a hospital is less important than a tank,",
        CASTANAR,
        "direct",
        "said",
        "she",
    ),
    p(
        "Spain will reach 2 percent this year, as we promised. What comes after that has to be "
        "negotiated, not imposed.",
        CASTANAR,
        "direct",
        "said",
        "she",
    ),
    q(
        "Spain spent about 1.3 percent of its gross domestic product on defence last year",
        None,
        "indirect",
        "according to",
        "NATO estimates",
        org=NATO,
    ),
    p(
        "the secretary general would put a compromise to ministers over dinner and that no "
        "decision was expected before the leaders' summit in The Hague in June",
        VANDERMOLEN,
        "indirect",
        "said",
        "A NATO spokeswoman, Ines Vandermolen",
    ),
    p(
        "Allies agree on the threat. They are discussing the pace,",
        VANDERMOLEN,
        "direct",
        "said",
        "she",
    ),
    p(
        "never had a spending debate that ended without a deal.",
        VANDERMOLEN,
        "partial",
        "adding",
        "she",
    ),
    p(
        "the Netherlands would reach 3 percent by 2028 and would not wait for others to catch up",
        RIJSWIJK,
        "indirect",
        "said",
        RIJSWIJK_SRC,
    ),
    p(
        "If you wait for the slowest ship, the convoy never arrives,",
        RIJSWIJK,
        "direct",
        "said",
        "van Rijswijk",
    ),
    p(
        "planners had worked it out capability by capability, from air defence to ammunition "
        "stocks",
        RIJSWIJK,
        "indirect",
        "saying",
        "Van Rijswyk",
    ),
    p("a beauty contest of percentages", SABBATINI, "partial", "said", SABBATINI_SRC),
    p(
        "spending on border security and cyber defence should count toward any target",
        SABBATINI,
        "indirect",
        "said",
        SABBATINI_SRC,
    ),
    p(
        "Rome would present its own plan to allies in the spring",
        SABBATINI,
        "indirect",
        "added",
        "he",
    ),
    q(
        "the European Commission was ready to loosen its budget rules so that extra defence "
        "spending would not count against national deficit limits",
        None,
        "indirect",
        "said",
        "An EU official",
        org=EU,
    ),
    q(
        "The money has to come from somewhere, and Brussels would rather it came from a common "
        "effort than from 27 separate raids on national budgets,",
        None,
        "direct",
        "said",
        "the official",
        org=EU,
    ),
    p("We have been above 3 percent for two years,", KUUSK, "direct", "said", KUUSK_SRC),
    p(
        "Nobody in Tallinn thinks that is too much. They think it is too little.",
        KUUSK,
        "direct",
        "said",
        KUUSK_SRC,
    ),
    p(
        "Berlin supported a higher target in principle but wanted a longer timetable to reach it",
        BRANDL,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Not without breaking our own debt rules, and I am not going to pretend otherwise.",
        BRANDL,
        "direct",
        "said",
        "Brandl",
    ),
    q(
        "Madrid and Rome were using the debate to slow the plan down rather than to improve it",
        None,
        "indirect",
        "said",
        "Diplomats from several eastern flank countries",
    ),
    p("frank", CASTANAR, "partial", "told", "Castanar"),
    p(
        "Spain would not block a deal that gave countries flexibility on how they counted their "
        "spending",
        CASTANAR,
        "indirect",
        "told",
        "Castanar",
    ),
]

# --- a tech chief executive testifies at an antitrust trial (AP style, curly “quotes”) ----
TESSALY = "Tessaly"
DOJ = "Justice Department"
HALE = {"speaker": "Marcus Hale", "role": "chief executive", "country": "US", "org": TESSALY}
LASKO = {"speaker": "Andrea Lasko", "role": "lawyer", "country": "US", "org": DOJ}
KETTLEBY = {"speaker": "Miriam Kettleby", "role": "District Judge", "country": "US"}
VENKATESAN = {"speaker": "Priya Venkatesan", "role": "founder", "country": "US"}
BLEVINS = {
    "speaker": "Nora Blevins",
    "role": "professor of antitrust law",
    "country": "US",
    "org": "Georgetown University",
}
BLEVINS_SRC = (
    "Nora Blevins, a professor of antitrust law at Georgetown University who has followed the case"
)

ANTITRUST_Q = [
    p(
        "the 30% commission paid for security and that developers were free to sell their apps "
        "elsewhere",
        HALE,
        "indirect",
        "telling",
        "The chief executive of Tessaly",
    ),
    p("We built a store that people trust,", HALE, "direct", "said", "Hale"),
    p(
        "If you take away our ability to check what goes into it, you will not get a freer "
        "market. You will get a more dangerous one.",
        HALE,
        "direct",
        "said",
        "Hale",
    ),
    p("the engine of our margins", HALE, "partial", "wrote", "he"),
    p("a gift to our competitors.", HALE, "partial", "wrote", "he"),
    p(
        "Is it fair to say, Mr. Hale, that security was not the reason you set the fee at 30%?",
        LASKO,
        "direct",
        "asked",
        "Lasko",
    ),
    p("It was one of the reasons,", HALE, "direct", "replied", "Hale"),
    p("It was not the only one.", HALE, "direct", "replied", "Hale"),
    p(
        "not interested in the history of the smartphone",
        KETTLEBY,
        "partial",
        "told",
        "she",
    ),
    p(
        "wanted them to focus on the fees charged since 2020",
        KETTLEBY,
        "indirect",
        "told",
        "she",
    ),
    q(
        "Tessaly’s store carries about 2.1 million apps and brought in an estimated $24 billion "
        "in commissions last year",
        None,
        "indirect",
        "according to",
        "court filings",
        country="US",
    ),
    p(
        "Most developers pay nothing at all because their apps are free",
        HALE,
        "indirect",
        "added",
        "he",
    ),
    q("set the record straight", TESSALY, "partial", "said", "Tessaly", country="US"),
    q(
        "would make phones less safe and apps more expensive.",
        TESSALY,
        "partial",
        "said",
        "Tessaly",
        country="US",
    ),
    p(
        "Tessaly had rejected an update to her app three times in 2022 after she added a link "
        "to her own website",
        VENKATESAN,
        "indirect",
        "testified",
        "Priya Venkatesan, the founder of a small game studio in Austin, Texas",
    ),
    p(
        "Every time, the reason was ‘security.’ Nobody ever told me what the security problem was,",
        VENKATESAN,
        "direct",
        "said",
        "Venkatesan",
    ),
    p("it had", VENKATESAN, "indirect", "said", "She"),
    q(
        "it will call economists later this week to show that Tessaly’s fees have kept app "
        "prices artificially high",
        DOJ,
        "indirect",
        "has said",
        "The department",
        country="US",
    ),
    p(
        "This trial is about whether a fee is a price or a toll,",
        BLEVINS,
        "direct",
        "said",
        BLEVINS_SRC,
    ),
    p(
        "If the judge decides it’s a toll, every app store in the country will have to rethink "
        "how it makes money.",
        BLEVINS,
        "direct",
        "said",
        BLEVINS_SRC,
    ),
    q(
        "they were afraid to speak publicly because their businesses depend on the store",
        None,
        "indirect",
        "said",
        "Several app developers who attended the hearing",
        country="US",
    ),
    p(
        "We would look at everything. But I would not expect the store to be free.",
        HALE,
        "direct",
        "said",
        "Halle",
    ),
    p("she hopes to rule by the spring", KETTLEBY, "indirect", "has said", "Kettleby"),
]

# --- a Japanese prime minister resigns over a funding scandal (Reuters style) -------------
LDP = "Liberal Democratic Party"
HAYAMIZU = {"speaker": "Kenji Hayamizu", "role": "Prime Minister", "country": "JP"}
SANADA = {"speaker": "Yuko Sanada", "role": "former foreign minister", "country": "JP"}
KITAGAWA = {"speaker": "Masaru Kitagawa", "role": "secretary-general", "country": "JP", "org": LDP}
SHIMAZAKI = {
    "speaker": "Akiko Shimazaki",
    "role": "leader",
    "country": "JP",
    "org": "Constitutional Democratic Party of Japan",
}
NAKAI = {
    "speaker": "Hideo Nakai",
    "role": "chief strategist",
    "country": "JP",
    "org": "Kanto Asset Management",
}
AOYAGI = {"speaker": "Shinji Aoyagi", "role": "Chief Cabinet Secretary", "country": "JP"}
SHIMAZAKI_SRC = (
    "Akiko Shimazaki, leader of the main opposition Constitutional Democratic Party of Japan"
)

JAPAN_Q = [
    p(
        "he would resign to take responsibility for a political funding scandal that has "
        "engulfed his ruling party",
        HAYAMIZU,
        "indirect",
        "said",
        "Japanese Prime Minister Kenji Hayamizu",
    ),
    p(
        "I have decided to step down as prime minister and as party president,",
        HAYAMIZU,
        "direct",
        "told",
        "Hayamizu",
    ),
    p(
        "The public's trust in politics has been damaged, and I must bear the responsibility "
        "for that.",
        HAYAMIZU,
        "direct",
        "told",
        "Hayamizu",
    ),
    p(
        "he would stay on until the Liberal Democratic Party (LDP) chose a successor",
        HAYAMIZU,
        "indirect",
        "said",
        "Hayamizu",
    ),
    q(
        "could happen within three weeks",
        None,
        "indirect",
        "said",
        "party officials",
        country="JP",
        org=LDP,
    ),
    q(
        "several LDP factions failed to declare about 480 million yen ($3.2 million) in revenue "
        "from fundraising parties over five years",
        None,
        "indirect",
        "say",
        "Prosecutors",
        country="JP",
    ),
    p(
        "he did not know about the unreported money",
        HAYAMIZU,
        "indirect",
        "has said",
        "Hayamizu",
    ),
    p(
        "I did not know. But not knowing is not an excuse for the head of a party,",
        HAYAMIZU,
        "direct",
        "said",
        "he",
    ),
    q(
        "former foreign minister Yuko Sanada and digital minister Takeshi Orimoto were expected "
        "to run to succeed him",
        None,
        "indirect",
        "said",
        "Two party sources",
        country="JP",
        org=LDP,
    ),
    p("she had not yet decided", SANADA, "indirect", "told", "Sanada"),
    p(
        "the party would hold a leadership vote of its lawmakers and rank-and-file members and "
        "that it would adopt new rules on political funds before the vote",
        KITAGAWA,
        "indirect",
        "said",
        "The LDP's secretary-general, Masaru Kitagawa",
    ),
    p(
        "We will not ask the public to trust us again with words alone,",
        KITAGAWA,
        "direct",
        "said",
        "Kitagawa",
    ),
    p("a culture of hidden money", SHIMAZAKI, "partial", "said", SHIMAZAKI_SRC),
    p(
        "voters should be given a say through a snap election",
        SHIMAZAKI,
        "indirect",
        "said",
        SHIMAZAKI_SRC,
    ),
    p(
        "The LDP has changed its leader many times. It has never changed its habits,",
        SHIMAZAKI,
        "direct",
        "told",
        "she",
    ),
    p(
        "Every time there is a scandal, they hold a press conference and they bow.",
        SHIMAZAKI,
        "direct",
        "told",
        "she",
    ),
    p(
        "If they want to clean up politics, let the people decide who cleans it up.",
        SHIMAZAKI,
        "direct",
        "told",
        "she",
    ),
    p(
        "Investors were focused on whether a new leader would keep the government's spending plans",
        NAKAI,
        "indirect",
        "said",
        "Hideo Nakai, chief strategist at Kanto Asset Management",
    ),
    p(
        "A caretaker government was unlikely to change the Bank of Japan's plans for interest "
        "rates",
        NAKAI,
        "indirect",
        "added",
        "he",
    ),
    p(
        "the government would continue to function normally and that Japan's position in trade "
        "talks with the United States had not changed",
        AOYAGI,
        "indirect",
        "said",
        "Chief Cabinet Secretary Shinji Aoyagi",
    ),
    q(
        "the United States looked forward to working with Japan's next prime minister",
        None,
        "indirect",
        "said",
        "a State Department spokesperson",
        country="US",
        org="State Department",
    ),
    q(
        "stronger than any one government.",
        None,
        "partial",
        "said",
        "a State Department spokesperson",
        country="US",
        org="State Department",
    ),
    p(
        "That is for the voters of my district to decide, not for me.",
        HAYAMIZU,
        "direct",
        "said",
        "Hayamisu",
    ),
]

# --- a council votes to shut a swimming pool (British broadsheet, ‘single quotes’) --------
COUNCIL = "Kirkdale Borough Council"
CAMPAIGN = "Save Harnley Baths"
PICKERSGILL = {"speaker": "Sandra Pickersgill", "role": "leader", "country": "GB", "org": COUNCIL}
FEENEY = {"speaker": "Martin Feeney", "role": "group leader", "country": "GB"}
BREARLEY = {"speaker": "Jenny Brearley", "role": "chairwoman", "country": "GB", "org": CAMPAIGN}
MAHMOOD = {
    "speaker": "Tariq Mahmood",
    "role": "head",
    "country": "GB",
    "org": "Moorside Primary School",
}
DENHOLM = {"speaker": "Rachel Denholm", "role": "MP", "country": "GB"}
WILDE = {"speaker": "Margaret Wilde", "country": "GB"}
PICKERSGILL_SRC = "The council’s leader, Cllr Sandra Pickersgill"
FEENEY_SRC = "The Liberal Democrat group leader, Cllr Martin Feeney"
BREARLEY_SRC = "Jenny Brearley, the group’s chairwoman, who learned to swim at the baths in 1971"
WILDE_SRC = "Margaret Wilde, who swims there three mornings a week"

POOL_Q = [
    q(
        "it could no longer afford to repair a building that first opened in 1904",
        COUNCIL,
        "indirect",
        "saying",
        "Kirkdale Borough Council",
        country="GB",
    ),
    p(
        "the hardest I have had to make in this job",
        PICKERSGILL,
        "partial",
        "said",
        PICKERSGILL_SRC,
    ),
    p("run out of road", PICKERSGILL, "partial", "said", PICKERSGILL_SRC),
    p(
        "We have patched this building for twenty years,",
        PICKERSGILL,
        "direct",
        "told",
        "she",
    ),
    p(
        "Every pound we spend on it now is a pound we are not spending on children’s social "
        "care, and I can’t ask this town to choose a swimming pool over a child at risk.",
        PICKERSGILL,
        "direct",
        "told",
        "she",
    ),
    p(
        "The council would consider leasing the building to a charitable trust if one came "
        "forward with a credible plan",
        PICKERSGILL,
        "indirect",
        "added",
        "she",
    ),
    p(
        "letting the pool rot so it could close it",
        FEENEY,
        "partial",
        "accused",
        FEENEY_SRC,
    ),
    p(
        "his group would call in the decision for review",
        FEENEY,
        "indirect",
        "said",
        FEENEY_SRC,
    ),
    q(
        "the council had never seriously looked for outside funding",
        None,
        "indirect",
        "said",
        "Campaigners from Save Harnley Baths",
        country="GB",
        org=CAMPAIGN,
    ),
    p(
        "There is lottery money, there are grants for heritage buildings, there are people in "
        "this town who would put their hands in their pockets tomorrow,",
        BREARLEY,
        "direct",
        "said",
        BREARLEY_SRC,
    ),
    p("Nobody from the council has ever asked.", BREARLEY, "direct", "said", BREARLEY_SRC),
    q(
        "work with neighbouring authorities",
        COUNCIL,
        "partial",
        "said",
        "the council",
        country="GB",
    ),
    q(
        "would run a free bus for school swimming lessons",
        COUNCIL,
        "indirect",
        "said",
        "the council",
        country="GB",
    ),
    q(
        "the extra travel would cut lessons to as little as 20 minutes in the water",
        None,
        "indirect",
        "said",
        "Several head teachers in the town",
        country="GB",
    ),
    p(
        "By the time you’ve got thirty Year 4s on a bus, changed, in the water and back, half "
        "the morning has gone,",
        MAHMOOD,
        "direct",
        "said",
        "Tariq Mahmood, head of Moorside Primary School",
    ),
    p(
        "about a third of his pupils could not swim 25 metres when they left the school at eleven",
        MAHMOOD,
        "indirect",
        "said",
        "Mr Mahmood",
    ),
    q(
        "More than 380 public pools in England have closed since 2010",
        "Pools at Risk Alliance",
        "indirect",
        "according to",
        "the Pools at Risk Alliance, a charity that campaigns for local facilities",
        country="GB",
    ),
    p(
        "she had written to the sports minister to ask for emergency funding for pools in older "
        "buildings",
        DENHOLM,
        "indirect",
        "said",
        "The town’s MP, Rachel Denholm",
    ),
    p(
        "Harnley is not a rich town. For a lot of families here, the baths are the only "
        "holiday they get,",
        DENHOLM,
        "direct",
        "said",
        "Ms Denholm",
    ),
    p(
        "I’m 83 and it’s the only exercise my knees will let me do,",
        WILDE,
        "direct",
        "said",
        WILDE_SRC,
    ),
    p("Where am I meant to go, Dewsbury? On two buses?", WILDE, "direct", "said", WILDE_SRC),
    p(
        "the group had instructed solicitors and would decide within a fortnight whether to "
        "seek a judicial review of the vote",
        BREARLEY,
        "indirect",
        "said",
        "Mrs Brearly",
    ),
]

# --- a top seed's news conference after a Grand Slam upset (NYT style, Mr./Ms.) -----------
VOLOSHYNA = {"speaker": "Daria Voloshyna", "country": "UA"}
ROUVIERE = {"speaker": "Camille Rouvière", "country": "FR"}
BELLANDI = {"speaker": "Marco Bellandi", "role": "coach", "country": "IT"}
HARTMANN = {"speaker": "Lena Hartmann", "role": "television commentator", "country": "DE"}
ROUVIERE_SRC = "Ms. Rouvière, who answered questions in English and in French"
HARTMANN_SRC = "Lena Hartmann, a German television commentator and former world No. 3"

TENNIS_Q = [
    p(
        "she had felt the match slipping away before it had really begun",
        VOLOSHYNA,
        "indirect",
        "said",
        "Daria Voloshyna",
    ),
    p(
        "I woke up and my arm felt heavy. I don’t know why. Sometimes the body decides before "
        "you do,",
        VOLOSHYNA,
        "direct",
        "said",
        "Ms. Voloshyna",
    ),
    p(
        "I’m not going to sit here and tell you she played badly,",
        VOLOSHYNA,
        "direct",
        "added",
        "she",
    ),
    p(
        "She played better than me today. That is the whole story.",
        VOLOSHYNA,
        "direct",
        "added",
        "she",
    ),
    p("No. No excuses. The shoulder is fine,", VOLOSHYNA, "direct", "said", "she"),
    p("a few days with no racket", VOLOSHYNA, "partial", "said", "She"),
    p(
        "he had seen signs of fatigue in practice on Tuesday",
        BELLANDI,
        "indirect",
        "said",
        "Her coach, Marco Bellandi, an Italian who has worked with her since 2021",
    ),
    p(
        "put a thought in her head.",
        BELLANDI,
        "partial",
        "said",
        "Her coach, Marco Bellandi, an Italian who has worked with her since 2021",
    ),
    p(
        "She is a machine most days, but machines need oil,",
        BELLANDI,
        "direct",
        "said",
        "Mr. Bellandi",
    ),
    p(
        "the team would look again at her schedule for February and March",
        BELLANDI,
        "indirect",
        "adding",
        "Mr. Bellandi",
    ),
    p("The calendar was part of the problem", BELLANDI, "indirect", "added", "he"),
    p(
        "When I was serving for the match, I told myself, ‘Don’t look at who is on the other "
        "side of the net,’",
        ROUVIERE,
        "direct",
        "said",
        ROUVIERE_SRC,
    ),
    p("I looked anyway. I was shaking.", ROUVIERE, "direct", "said", ROUVIERE_SRC),
    p(
        "She had watched Ms. Voloshyna win the French Open on television from a hotel room in "
        "Bordeaux",
        ROUVIERE,
        "indirect",
        "said",
        "Ms. Rouvière",
    ),
    p(
        "she would send part of her prize money, at least 255,000 Australian dollars, to her "
        "parents",
        ROUVIERE,
        "indirect",
        "said",
        "Ms. Rouvière",
    ),
    q(
        "Ms. Rouvière hit 41 winners to Ms. Voloshyna’s 22",
        None,
        "indirect",
        "according to",
        "the tournament’s statistics",
    ),
    p(
        "Voloshyna looked like somebody who had played three weeks of tennis in four days,",
        HARTMANN,
        "direct",
        "said",
        HARTMANN_SRC,
    ),
    p(
        "The legs were not there in the third set, and against a girl with nothing to lose, "
        "that is fatal.",
        HARTMANN,
        "direct",
        "said",
        HARTMANN_SRC,
    ),
    p(
        "she still considered herself a contender at Wimbledon",
        VOLOSHYNA,
        "indirect",
        "said",
        "Ms. Voloshina",
    ),
    p("Ask me in July,", VOLOSHYNA, "direct", "said", "she"),
]

DOCS = [
    ("heldout19-nato-brussels-defence-spending-target-row", "BRUSSELS", NATO_Q),
    ("heldout19-antitrust-tessaly-app-store-ceo-testimony", "WASHINGTON", ANTITRUST_Q),
    ("heldout19-japan-pm-hayamizu-resigns-funding-scandal", "TOKYO", JAPAN_Q),
    ("heldout19-pool-harnley-baths-council-closure-vote", None, POOL_Q),
    (
        "heldout19-tennis-voloshyna-melbourne-upset-news-conference",
        "MELBOURNE, Australia",
        TENNIS_Q,
    ),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Justice Department",
    "Kirkdale Borough Council",
    "Pools at Risk Alliance",
    "Tessaly",
)


def main():
    write_gold(
        HERE,
        "heldout19_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout19",
        source="quotesdb held-out 19 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
