"""Build heldout7_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout6 (see its README and bench/heldout7/README.md).
Each quote is located by searching its exact text after the previous quote's end, so the
offsets always satisfy text[start:end] == quote text and the spans of a document never
overlap.

    python3 bench/heldout7/make_gold.py   # writes bench/heldout7/heldout7_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- US Congress / White House: highway bill standoff (curly “double quotes”) ---------
PELLHAM = {"speaker": "Dwight Pellham", "role": "House Majority Leader", "country": "US"}
WHITE_HOUSE = {"speaker": "White House", "country": "US"}
GALLOWAY = {"speaker": "Renée Galloway", "role": "Transportation Secretary", "country": "US"}
REYBURN = {"speaker": "Tomas Reyburn", "role": "senator", "country": "US"}
LINDGREN = {"speaker": "Kara Lindgren", "role": "spokeswoman", "country": "US"}
MARSH = {
    "speaker": "Gwendolyn Marsh",
    "role": "representative",
    "country": "US",
    "org": "House Transportation and Infrastructure Committee",
}
KEEL = {
    "speaker": "Jordan Keel",
    "role": "press secretary",
    "country": "US",
    "org": "White House",
}
ROAD_AGENCIES = {"speaker": "National Association of State Road Agencies", "country": "US"}

HIGHWAY_Q = [
    p(
        "moved the goalposts three times in a week",
        PELLHAM,
        "partial",
        "told reporters",
        "House Majority Leader Dwight Pellham",
    ),
    p(
        "his members would not vote on a bill they had not seen in final form",
        PELLHAM,
        "indirect",
        "told reporters",
        "House Majority Leader Dwight Pellham",
    ),
    p(
        "the House would instead take up a 60-day extension on Thursday",
        PELLHAM,
        "indirect",
        "said",
        "He",
    ),
    p("line by line", WHITE_HOUSE, "partial", "said", "The White House"),
    p("the moment it reaches his desk.", WHITE_HOUSE, "partial", "said", "The White House"),
    q(
        "At the heart of the dispute is roughly $4 billion for a freight rail program that "
        "conservatives want to cut",
        None,
        "indirect",
        "according to",
        "two congressional aides familiar with the talks",
        country="US",
    ),
    q(
        "Pellham had accepted the rail money in principle last week before a bloc of "
        "conservatives objected",
        None,
        "indirect",
        "said",
        "One of the aides",
        country="US",
    ),
    p(
        "the shorter extension would leave states unable to sign contracts for the spring "
        "construction season",
        GALLOWAY,
        "indirect",
        "said",
        "Transportation Secretary Renée Galloway",
    ),
    p("You cannot build a bridge 60 days at a time,", GALLOWAY, "direct", "said", "she"),
    p(
        "Every governor I spoke to today, Republican and Democrat, told me the same thing.",
        GALLOWAY,
        "direct",
        "said",
        "she",
    ),
    p(
        "a detour to nowhere.",
        REYBURN,
        "partial",
        "said",
        "Sens. Tomas Reyburn (R-Mont.) and Lydia Okafor (D-Va.)",
    ),
    p(
        "Who is going to explain to a county commissioner in Billings that his paving crews "
        "are sitting idle because of a fight over trains?",
        REYBURN,
        "direct",
        "asked",
        "he",
    ),
    q(
        "Montana alone has about 140 road and bridge projects that depend on the federal money",
        None,
        "indirect",
        "according to",
        "the state’s transportation department",
        country="US",
    ),
    p("he had spoken with Pellham twice on Tuesday", REYBURN, "indirect", "added", "He"),
    p("boxed in", REYBURN, "partial", "added", "He"),
    q(
        "the president had told Pellham in a phone call on Monday that he would not sign "
        "another short-term extension",
        None,
        "indirect",
        "said",
        "A senior administration official",
        country="US",
    ),
    p(
        "does not negotiate through anonymous quotes.",
        LINDGREN,
        "partial",
        "said",
        "Pellham’s spokeswoman, Kara Lindgren",
    ),
    p("strand", MARSH, "partial", "wrote", "Rep. Gwendolyn Marsh (D-Calif.)"),
    p("in overwhelming numbers.", MARSH, "partial", "wrote", "Rep. Gwendolyn Marsh (D-Calif.)"),
    q(
        "they will vote against any bill that keeps the rail money, even for 60 days",
        None,
        "indirect",
        "have said",
        "At least six conservatives",
        country="US",
    ),
    p(
        "bent over backward",
        KEEL,
        "partial",
        "told reporters",
        "White House press secretary Jordan Keel",
    ),
    p(
        "the administration was not asking for anything that had not already passed the "
        "Senate with 71 votes",
        KEEL,
        "indirect",
        "said",
        "Keel",
    ),
    p("The bill is done,", KEEL, "direct", "said", "she"),
    p(
        "The only question is whether the House wants to vote on it.",
        KEEL,
        "direct",
        "said",
        "she",
    ),
    p(
        "a lapse of even a few days would force states to stop paying contractors, and that "
        "some projects could be delayed by a full year",
        ROAD_AGENCIES,
        "indirect",
        "said",
        "The National Association of State Road Agencies",
    ),
    p(
        "the House would vote on the 60-day extension whether or not Democrats supported it",
        PELLHAM,
        "indirect",
        "told reporters",
        "Pelham",
    ),
    p(
        "We’re not going to be rushed into spending money nobody has read,",
        PELLHAM,
        "direct",
        "said",
        "he",
    ),
    p("a good relationship.", PELLHAM, "partial", "said", "he"),
]

# --- Courts: hit-and-run sentencing, Iowa (straight "double quotes") ------------------
WHITCOMBE = {"speaker": "Lorraine Whitcombe", "role": "District Judge", "country": "US"}
SOLIS = {"speaker": "Renata Solis", "role": "Assistant County Attorney", "country": "US"}
ECKHOFF = {"speaker": "Martin Eckhoff", "role": "lawyer", "country": "US"}
BRANNOCK = {"speaker": "Kyle Brannock", "role": None, "country": "US"}
# round 24: a relative named as such has the relation as role (round 18's rule,
# the practice of the golds from heldout9 on)
GLORIA = {"speaker": "Gloria Pettaway", "role": "mother", "country": "US"}
FUENTES = {
    "speaker": "Dale Fuentes",
    "role": "police spokesman",
    "country": "US",
    "org": "Cedar Bluff police",
}
# round 24: a relative named as such has the relation as role (round 18's rule,
# the practice of the golds from heldout9 on)
CURTIS = {"speaker": "Curtis Pettaway", "role": "husband", "country": "US"}

SENTENCING_Q = [
    q("mean something.", None, "partial", "asked", "her family", country="US"),
    p(
        "a complete disregard for human life",
        WHITCOMBE,
        "partial",
        "saying",
        "Wapsie County District Judge Lorraine Whitcombe",
    ),
    p(
        "You made a choice that night, and then you made a second choice,",
        WHITCOMBE,
        "direct",
        "told",
        "Whitcombe",
    ),
    p("The second one is the one I cannot get past.", WHITCOMBE, "direct", "told", "Whitcombe"),
    q(
        "Brannock was driving 58 mph in a 30 mph zone and had been drinking at a bar in "
        "downtown Cedar Bluff for about three hours before the crash",
        None,
        "indirect",
        "said",
        "Prosecutors",
        country="US",
    ),
    p(
        "because Brannock went home and slept before contacting police, investigators could "
        "never know how drunk he had been",
        SOLIS,
        "indirect",
        "told the court",
        "Assistant County Attorney Renata Solis",
    ),
    p("Where was he going in such a hurry?", SOLIS, "direct", "asked", "Solis"),
    p("Home. To bed. While she lay in the street.", SOLIS, "direct", "asked", "Solis"),
    p("a smart bet.", SOLIS, "partial", "said", "She"),
    p(
        "his client had no criminal record, had not had a drink since the crash and had "
        "written to the Pettaway family twice from jail",
        ECKHOFF,
        "indirect",
        "said",
        "He",
    ),
    p(
        "Kyle is not a monster. He is a man who did a monstrous thing, and he knows it,",
        ECKHOFF,
        "direct",
        "said",
        "Eckhoff",
    ),
    p(
        "I'm sorry. I know that's not enough. I will be sorry every day,",
        BRANNOCK,
        "direct",
        "said",
        "he",
    ),
    p(
        "Annette spent 19 years teaching 5-year-olds how to cross the street,",
        GLORIA,
        "direct",
        "said",
        "she",
    ),
    p(
        "Hold hands, look both ways, wait for the light. She did all of that on April 12.",
        GLORIA,
        "direct",
        "said",
        "she",
    ),
    p(
        "I do not know how to explain to her son why the man who hit her drove home and went "
        "to sleep. I have tried. There are no words for it.",
        GLORIA,
        "direct",
        "said",
        "she",
    ),
    p(
        "I am not asking for revenge. I am asking that this count for something.",
        GLORIA,
        "direct",
        "said",
        "she",
    ),
    p(
        "the department had received more than 200 tips once the images of the truck were "
        "released, and that officers had matched paint found at the scene to Brannock's "
        "pickup within hours",
        FUENTES,
        "indirect",
        "said",
        "Cedar Bluff police spokesman Sgt. Dale Fuentes",
    ),
    p(
        "That community response is the only reason we had him the next morning,",
        FUENTES,
        "direct",
        "added",
        "he",
    ),
    q(
        "Brannock's blood alcohol level was 0.06 when he was tested about 14 hours after the crash",
        None,
        "indirect",
        "According to",
        "court records",
        country="US",
    ),
    p(
        "a toxicologist had estimated it would have been well above the legal limit of 0.08 "
        "at the time of the crash",
        SOLIS,
        "indirect",
        "told the judge",
        "Solis",
    ),
    p(
        "his client accepted the sentence and would not appeal",
        ECKHOFF,
        "indirect",
        "said",
        "Eckhoff",
    ),
    p(
        "the family was grateful to the police and prosecutors",
        CURTIS,
        "indirect",
        "said",
        "he",
    ),
    p("doing as well as a 10-year-old can.", CURTIS, "partial", "said", "he"),
    p(
        "the family planned to push state lawmakers to raise the penalty for leaving the "
        "scene of a fatal crash",
        GLORIA,
        "indirect",
        "said",
        "Gloria Pettaway",
    ),
    p("a reward for cowardice.", GLORIA, "partial", "called", "she"),
]

# --- International: Japan-Philippines coast guard pact (curly “double quotes”) ---------
CHINA = {"speaker": "China", "country": "CN"}
ASAKAWA = {"speaker": "Kenji Asakawa", "role": "Foreign Minister", "country": "JP"}
DUMALAGAN = {"speaker": "Maricel Dumalagan", "role": "Foreign Secretary", "country": "PH"}
PCG = {"speaker": "Philippine Coast Guard", "country": "PH"}
CN_MFA = {"speaker": "Foreign Ministry", "country": "CN"}
VASSTRAND = {
    "speaker": "Henrik Vasstrand",
    "role": "ambassador",
    "country": None,
    "org": "EU",
}
WIERZBICKI = {
    "speaker": "Tomasz Wierzbicki",
    "role": "spokesman",
    "country": None,
    "org": "UN",
}
VIETNAM = {"speaker": "Vietnam", "country": "VN"}
JP_MOD = {"speaker": "Defense Ministry", "country": "JP"}
ABAYON = {"speaker": "Rodel Abayon", "role": None, "country": "PH"}

PACT_Q = [
    p("only complicate", CHINA, "partial", "said", "China"),
    p(
        "no intention of taking sides in anyone’s territorial dispute",
        ASAKAWA,
        "partial",
        "told reporters",
        "He",
    ),
    p(
        "would not stay silent when sailors’ lives were put at risk",
        ASAKAWA,
        "indirect",
        "told reporters",
        "He",
    ),
    p(
        "not aimed at any country.",
        DUMALAGAN,
        "partial",
        "said",
        "Asakawa’s Philippine counterpart, Foreign Secretary Maricel Dumalagan",
    ),
    p(
        "We are a small navy and a small coast guard with a very long coastline,",
        DUMALAGAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "We will work with every partner who respects international law, and Japan is one of them.",
        DUMALAGAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "Four Filipino sailors were injured",
        PCG,
        "indirect",
        "according to",
        "the Philippine Coast Guard",
    ),
    p("stop stirring up trouble", CN_MFA, "partial", "said", "China’s Foreign Ministry"),
    p("firmly defend", CN_MFA, "partial", "said", "China’s Foreign Ministry"),
    p("professionally and with restraint", CN_MFA, "partial", "said", "The ministry"),
    p("without permission.", CN_MFA, "partial", "accused", "it"),
    p(
        "the ministry’s version of events was false",
        DUMALAGAN,
        "indirect",
        "said",
        "Dumalagan",
    ),
    p(
        "The shoal lies well inside the Philippines’ exclusive economic zone",
        DUMALAGAN,
        "indirect",
        "said",
        "she",
    ),
    p(
        "a 2016 international arbitration ruling found that China’s sweeping claims in the "
        "sea had no legal basis",
        DUMALAGAN,
        "indirect",
        "said",
        "she",
    ),
    p(
        "Safe seas are everybody’s business. A water cannon is not a tool of diplomacy.",
        ASAKAWA,
        "direct",
        "said",
        "Asakawa",
    ),
    p(
        "Japan would raise the incident when he meets Chinese Foreign Minister Zhao Linfeng "
        "at a regional meeting in Kuala Lumpur next month",
        ASAKAWA,
        "indirect",
        "added",
        "He",
    ),
    p(
        "any arrangement that makes the sea safer for fishermen and sailors alike.",
        VASSTRAND,
        "partial",
        "said",
        "The European Union’s ambassador to the Philippines, Henrik Vasstrand",
    ),
    p(
        "with concern.",
        WIERZBICKI,
        "partial",
        "said",
        "a spokesman for the secretary-general, Tomasz Wierzbicki",
    ),
    p(
        "no such request had been made by either side",
        WIERZBICKI,
        "indirect",
        "said",
        "Wierzbicki",
    ),
    p("in accordance with international law.", VIETNAM, "partial", "said", "Vietnam"),
    q(
        "several members of the Association of Southeast Asian Nations were uneasy about the "
        "growing role of outside powers but did not want to say so publicly",
        None,
        "indirect",
        "said",
        "Two Southeast Asian diplomats",
    ),
    p(
        "the first joint drill under the new pact would be held off the northern Philippine "
        "island of Luzon in June",
        JP_MOD,
        "indirect",
        "said",
        "Japan’s Defense Ministry",
    ),
    q(
        "they hoped the agreement would make them safer",
        None,
        "indirect",
        "said",
        "Fishermen in the western province of Palawan",
        country="PH",
    ),
    p("For years we went out alone,", ABAYON, "direct", "said", "Rodel Abayon"),
    p("Now maybe someone is watching.", ABAYON, "direct", "said", "Rodel Abayon"),
]

# --- Health: breast cancer gene-test trial (British style, ‘single quotes’) ------------
MARKWICK = {
    "speaker": "Helen Markwick",
    "role": "lead author",
    "country": "GB",
    "org": "Kingsmere University",
}
CORVANTA = {"speaker": "Corvanta Diagnostics", "country": "GB"}
BHATTACHARYA = {
    "speaker": "Raj Bhattacharya",
    "role": "chief executive",
    "country": "GB",
    "org": "Corvanta Diagnostics",
}
NICE = {"speaker": "National Institute for Health and Care Excellence", "country": "GB"}
CASTELLANE = {
    "speaker": "Fiona Castellane",
    "role": "director of research",
    "country": "GB",
    "org": "BreastCare Alliance",
}
FAIRLIE = {"speaker": "Deborah Fairlie", "role": "school librarian", "country": "GB"}
DHSC = {"speaker": "Department of Health and Social Care", "country": "GB"}

TRIAL_Q = [
    q(
        "Gene test could spare thousands of women chemotherapy",
        None,
        "indirect",
        "finds",
        "study",
        country="GB",
    ),
    q(
        "Thousands of women with early breast cancer could safely skip chemotherapy if their "
        "tumours are first checked with a new genetic test",
        None,
        "indirect",
        "according to",
        "a large British study",
        country="GB",
    ),
    q(
        "Women whose tumours scored as low risk on the test, called OncoSignal, and who were "
        "given hormone therapy alone were just as likely to be alive and free of cancer after "
        "five years as those who also had chemotherapy",
        None,
        "indirect",
        "reported",
        "the team",
        country="GB",
    ),
    p(
        "within months, not years",
        MARKWICK,
        "partial",
        "said",
        "The lead author, Professor Helen Markwick of Kingsmere University",
    ),
    p(
        "For a long time we have given chemotherapy to many women who did not need it, "
        "because we could not tell them apart from the women who did,",
        MARKWICK,
        "direct",
        "said",
        "she",
    ),
    p("This test lets us tell them apart.", MARKWICK, "direct", "said", "she"),
    p(
        "about 40 per cent of the women in the trial had scored as low risk",
        MARKWICK,
        "indirect",
        "said",
        "Markwick",
    ),
    p("If the findings were applied across the UK", MARKWICK, "indirect", "said", "she"),
    p(
        "as many as 9,000 women a year could avoid chemotherapy",
        MARKWICK,
        "indirect",
        "said",
        "she",
    ),
    p("delighted", CORVANTA, "partial", "said", "Corvanta"),
    p(
        "would ask the NHS to make the test routinely available",
        CORVANTA,
        "indirect",
        "said",
        "Corvanta",
    ),
    p(
        "the test cost about £2,000 per patient",
        BHATTACHARYA,
        "indirect",
        "said",
        "The company’s chief executive, Raj Bhattacharya",
    ),
    p(
        "That is a fraction of what a course of chemotherapy costs the health service, before "
        "you count the days off work and the side effects,",
        BHATTACHARYA,
        "direct",
        "added",
        "he",
    ),
    p(
        "as a priority",
        NICE,
        "partial",
        "said",
        "The National Institute for Health and Care Excellence",
    ),
    p(
        "a draft recommendation could be published in the autumn",
        NICE,
        "indirect",
        "said",
        "The agency",
    ),
    p("the study was important", CASTELLANE, "indirect", "said", "Dr Fiona Castellane"),
    p(
        "women should not feel pressured into declining treatment",
        CASTELLANE,
        "indirect",
        "warned",
        "Dr Fiona Castellane",
    ),
    p("A low score lowers the risk, it does not remove it,", CASTELLANE, "direct", "said", "she"),
    p(
        "Some women will look at these numbers and still want every treatment on offer, and "
        "that is a perfectly reasonable choice.",
        CASTELLANE,
        "direct",
        "said",
        "she",
    ),
    p(
        "What matters is that the conversation between a woman and her oncologist is an "
        "honest one.",
        CASTELLANE,
        "direct",
        "said",
        "she",
    ),
    q("should not be used on its own", None, "partial", "wrote", "the authors", country="GB"),
    q(
        "further work was needed to confirm the results in those groups",
        None,
        "indirect",
        "said",
        "the researchers",
        country="GB",
    ),
    p(
        "a follow-up study involving 3,000 women from more diverse backgrounds had begun "
        "recruiting in London and Birmingham",
        MARKWICK,
        "indirect",
        "said",
        "Professor Markwik",
    ),
    p("terrified", FAIRLIE, "partial", "said", "Deborah Fairlie"),
    p(
        "Every scan, I was waiting for someone to tell me it had come back. Five years on, "
        "nobody has,",
        FAIRLIE,
        "direct",
        "said",
        "she",
    ),
    p(
        "I went back to work three weeks after my operation. My sister had chemotherapy for a "
        "different cancer and was off for eight months.",
        FAIRLIE,
        "direct",
        "said",
        "she",
    ),
    p("she hoped other women would be offered the test", FAIRLIE, "indirect", "said", "She"),
    p(
        "I would not want anyone to feel they had to gamble. It has to be their choice.",
        FAIRLIE,
        "direct",
        "added",
        "She",
    ),
    p(
        "it would consider the findings alongside the institute’s review",
        DHSC,
        "indirect",
        "said",
        "The Department of Health and Social Care",
    ),
    q(
        "making sure patients get the right treatment, not just more treatment",
        None,
        "partial",
        "said",
        "A spokesperson",
        country="GB",
        org="Department of Health and Social Care",
    ),
]

# --- Business/tech: cloud-storage takeover (straight "double quotes") -----------------
HELIX = {"speaker": "Helix Cloud", "country": "US"}
DEALTRACK = {"speaker": "DealTrack", "country": None}
STRATAVAULT = {"speaker": "Stratavault", "country": "US"}
DELACROIX = {
    "speaker": "Marcus Delacroix",
    "role": "Chief Executive",
    "country": "US",
    "org": "Helix Cloud",
}
ORLOV = {
    "speaker": "Nadia Orlov",
    "role": "chief executive",
    "country": "US",
    "org": "Stratavault",
}
RAMAN = {
    "speaker": "Priya Raman",
    "role": "analyst",
    "country": None,
    "org": "Bellcourt Securities",
}
EC = {"speaker": "European Commission", "country": None}
GUILD = {"speaker": "Data Center Workers Guild", "country": "US"}
FERREIRA = {
    "speaker": "Luis Ferreira",
    "role": "president",
    "country": "US",
    "org": "Data Center Workers Guild",
}
WHITACRE = {
    "speaker": "Tom Whitacre",
    "role": "fund manager",
    "country": None,
    "org": "Larkspur Capital",
}

DEAL_Q = [
    p(
        "it had agreed to buy its smaller rival Stratavault for $9.4 billion in cash and would "
        "cut about 1,800 jobs as it combines the two data-storage companies",
        HELIX,
        "indirect",
        "said",
        "Helix Cloud",
    ),
    p(
        "The deal, which values Stratavault at $91 a share, is the largest in the "
        "cloud-software industry this year",
        DEALTRACK,
        "indirect",
        "according to",
        "figures compiled by the research firm DealTrack",
    ),
    p(
        "Stratavault's board approved it unanimously",
        STRATAVAULT,
        "indirect",
        "said",
        "the company",
    ),
    p(
        "customers had been asking the two companies to work together for years",
        DELACROIX,
        "indirect",
        "told analysts",
        "Helix Chief Executive Marcus Delacroix",
    ),
    p("We are not buying Stratavault to shrink it,", DELACROIX, "direct", "said", "Delacroix"),
    p(
        "We are buying it because together we can win customers that neither of us could win "
        "alone.",
        DELACROIX,
        "direct",
        "said",
        "Delacroix",
    ),
    p(
        "Most of the job cuts will come from overlapping sales and administrative roles",
        DELACROIX,
        "indirect",
        "said",
        "he",
    ),
    p(
        "the company expects to close two of Stratavault's five data centers, in Reno, "
        "Nevada, and Columbus, Ohio, by the end of next year",
        DELACROIX,
        "indirect",
        "said",
        "he",
    ),
    p(
        "it expected the deal to save $650 million a year within three years",
        HELIX,
        "indirect",
        "said",
        "Helix",
    ),
    p(
        "the hardest decision of my career.",
        ORLOV,
        "partial",
        "wrote",
        "Stratavault's co-founder and chief executive, Nadia Orlov",
    ),
    p(
        "she had insisted that every worker who lost a job receive at least six months' pay",
        ORLOV,
        "indirect",
        "said",
        "She",
    ),
    p("This is a company I started in a spare bedroom,", ORLOV, "direct", "wrote", "she"),
    p(
        "I would not hand it to anyone I did not trust to look after the people who built it.",
        ORLOV,
        "direct",
        "wrote",
        "she",
    ),
    p(
        "a full price for a business that grew only 8% last year.",
        RAMAN,
        "partial",
        "said",
        "Priya Raman",
    ),
    p(
        "the combined company would control about a fifth of the market for corporate data "
        "backup and would have more power to raise prices",
        RAMAN,
        "indirect",
        "said",
        "she",
    ),
    p("That is exactly the part the regulators will look at,", RAMAN, "direct", "said", "she"),
    p(
        "it had not yet been notified of the transaction",
        EC,
        "indirect",
        "said",
        "The European Commission",
    ),
    p(
        "he expected the deal to close in the first half of next year",
        DELACROIX,
        "indirect",
        "said",
        "Delacroix",
    ),
    p(
        "We don't think that will be necessary, but we will do what it takes.",
        DELACROIX,
        "direct",
        "said",
        "he",
    ),
    p(
        "it had not been consulted and would fight any closures",
        GUILD,
        "indirect",
        "said",
        "The Data Center Workers Guild",
    ),
    p(
        "workers in Reno had learned of the plan from a news alert on their phones",
        FERREIRA,
        "indirect",
        "said",
        "The union's president, Luis Ferreira",
    ),
    p("We found out from a press release,", FERREIRA, "direct", "said", "Ferreira"),
    p(
        "That tells you everything about how this is going to go.",
        FERREIRA,
        "direct",
        "said",
        "Ferreira",
    ),
    q(
        "many colleagues had already begun looking for other jobs",
        None,
        "indirect",
        "said",
        "Several Stratavault engineers",
        country="US",
        org="Stratavault",
    ),
    q(
        "like a funeral with free snacks.",
        None,
        "partial",
        "said",
        "One",
        country="US",
        org="Stratavault",
    ),
    p("work in good faith", HELIX, "partial", "said", "Helix"),
    p(
        "no decisions about specific sites would be made before the deal closed",
        HELIX,
        "indirect",
        "said",
        "Helix",
    ),
    p(
        "employees should stay focused on customers until then, and that the two companies "
        "would continue to operate separately and compete for business until the deal was "
        "completed",
        ORLOV,
        "indirect",
        "said",
        "Orloff",
    ),
    p("he would vote for the deal", WHITACRE, "indirect", "said", "Tom Whitacre"),
    p("Is it expensive? Yes,", WHITACRE, "direct", "said", "he"),
    p(
        "Would I rather Helix buy Stratavault than let a bigger rival buy it first? Absolutely.",
        WHITACRE,
        "direct",
        "said",
        "he",
    ),
]

DOCS = [
    ("heldout7-politics-highway-bill-standoff", "WASHINGTON", HIGHWAY_Q),
    ("heldout7-courts-cedar-bluff-crosswalk-sentencing", "CEDAR BLUFF, Iowa", SENTENCING_Q),
    ("heldout7-intl-japan-philippines-coast-guard-pact", "MANILA, Philippines", PACT_Q),
    ("heldout7-health-oncosignal-chemotherapy-trial", None, TRIAL_Q),
    ("heldout7-business-helix-stratavault-deal", "SAN FRANCISCO", DEAL_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Corvanta Diagnostics",
    "Data Center Workers Guild",
    "DealTrack",
    "Defense Ministry",
    "Department of Health and Social Care",
    "European Commission",
    "Foreign Ministry",
    "Helix Cloud",
    "National Association of State Road Agencies",
    "National Institute for Health and Care Excellence",
    "Philippine Coast Guard",
    "Stratavault",
    "White House",
)


def main():
    write_gold(
        HERE,
        "heldout7_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout7",
        source="quotesdb held-out 7 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
