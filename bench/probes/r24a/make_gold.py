"""Build probes_r24a_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r23b and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decision 8, relatives; roles as the office's head title without
party, without a body already given as organisation, without places). Each quote is
located by searching its exact text after the previous quote's end.

    python3 bench/probes/r24a/make_gold.py   # writes probes_r24a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Queensland coal-mine roof fall (AAP style, `MACKAY, AAP -`, straight quotes) ------
BELLGRAVE = "Bellgrave Coal"
BELLGRAVE_BODY = {"speaker": BELLGRAVE, "country": "AU"}
PETTIFER = {
    "speaker": "Graham Pettifer",
    "role": "chief executive",
    "country": "AU",
    "org": BELLGRAVE,
}
HADDON = {"speaker": "Robert Haddon", "role": "chief inspector of coal mines", "country": "AU"}
MOORHOUSE = {"speaker": "Declan Moorhouse", "role": "Resources Minister", "country": "AU"}
VELLA = {
    "speaker": "Tony Vella",
    "role": "district president",
    "country": "AU",
    "org": "Queensland Mineworkers' Federation",
}
K_BRANDT = {"speaker": "Kylie Brandt", "country": "AU"}
N_BRANDT = {"speaker": "Neville Brandt", "role": "father-in-law", "country": "AU"}
ELLERY = {
    "speaker": "Sharon Ellery",
    "role": "Inspector",
    "country": "AU",
    "org": "Queensland Police Service",
}

MINE_Q = [
    p(
        "The fall happened shortly after 2am on Tuesday in a longwall section of the Carrow "
        "Creek mine, about 140km southwest of Mackay",
        BELLGRAVE_BODY,
        "indirect",
        "said",
        "the mine's operator, Bellgrave Coal",
    ),
    p(
        "31 workers had been underground at the time and 26 had walked out unharmed",
        BELLGRAVE_BODY,
        "indirect",
        "said",
        "The company",
    ),
    p(
        "rescue teams had drilled a narrow borehole into the section overnight and heard "
        "tapping on a steel pipe",
        PETTIFER,
        "indirect",
        "told",
        "Bellgrave's chief executive, Graham Pettifer",
    ),
    p(
        "We heard three distinct signals, and that's three men we believe are alive and "
        "waiting for us,",
        PETTIFER,
        "direct",
        "said",
        "he",
    ),
    # a quote running over two paragraphs with no cue of its own: the speaker before
    p(
        "I'm not going to put a timeframe on it. The ground is still moving, and I won't "
        "send anyone in until the inspectors tell me it's safe.",
        PETTIFER,
        "direct",
        "said",
        "he",
    ),
    p(
        "Every person on this site knows those five blokes by name.",
        PETTIFER,
        "direct",
        "said",
        "he",
    ),
    p(
        "the roof had come down over a stretch of about 60 metres and that a second, smaller "
        "fall had followed about an hour later",
        HADDON,
        "indirect",
        "said",
        "Queensland's chief inspector of coal mines, Robert Haddon",
    ),
    p(
        "his inspectors had ordered all other work at the mine to stop",
        HADDON,
        "indirect",
        "said",
        "He",
    ),
    p(
        "The first job is to get fresh air to that section. The second is to stop the roof "
        "coming down on the people who go in to get them,",
        HADDON,
        "direct",
        "said",
        "Mr Haddon",
    ),
    p(
        "a full and independent inquiry",
        MOORHOUSE,
        "partial",
        "said",
        "Resources Minister Declan Moorhouse",
    ),
    p(
        "There will be a time for questions, and those questions will be asked,",
        MOORHOUSE,
        "direct",
        "said",
        "he",
    ),
    p("Today is not that day.", MOORHOUSE, "direct", "said", "he"),
    p(
        "he had spoken to the Premier twice and that extra rescue crews were being flown in "
        "from the Bowen Basin and the Hunter Valley",
        MOORHOUSE,
        "indirect",
        "said",
        "The minister",
    ),
    q(
        "the crew had reported cracking in the roof of that section on Sunday",
        None,
        "indirect",
        "said",
        "Two workers who were on the same shift",
        country="AU",
    ),
    q(
        "being watched",
        None,
        "partial",
        "said",
        "One of them, a fitter with 20 years underground",
        country="AU",
    ),
    q(
        "Everyone heard it talking. You don't forget that sound,",
        None,
        "direct",
        "said",
        "he",
        country="AU",
    ),
    p(
        "he had not seen any report of cracking and that every shift was inspected before "
        "work began",
        PETTIFER,
        "indirect",
        "said",
        "Mr Pettifer",
    ),
    p(
        "If anything was missed, we will find it, and I will stand here and tell you,",
        PETTIFER,
        "direct",
        "said",
        "he",
    ),
    p(
        "the union had raised concerns about the section with Bellgrave in August",
        VELLA,
        "indirect",
        "said",
        "The district president of the Queensland Mineworkers' Federation, Tony Vella",
    ),
    p(
        "We wrote to them. We wrote to the inspectorate. We have the letters,",
        VELLA,
        "direct",
        "said",
        "Vella",
    ),
    p("point fingers while five men are still down there", VELLA, "partial", "said", "He"),
    p("the union would give its letters to the inquiry", VELLA, "indirect", "said", "He"),
    p(
        "his office had received a letter from the union in August and had inspected the "
        "section in September",
        HADDON,
        "indirect",
        "told",
        "The chief inspector",
    ),
    p(
        "We found nothing at that time that required the section to be closed,",
        HADDON,
        "direct",
        "said",
        "he",
    ),
    p(
        "her husband, Shane, had texted her at midnight to say his shift was quiet",
        K_BRANDT,
        "indirect",
        "said",
        "Kylie Brandt",
    ),
    p("That was the last thing he sent me. Quiet,", K_BRANDT, "direct", "said", "she"),
    p(
        "he trusted the rescue teams",
        N_BRANDT,
        "indirect",
        "said",
        "Her father-in-law, Neville Brandt, a retired miner who worked at Carrow Creek for "
        "26 years",
    ),
    p(
        "I've done that job. I know what those boys are doing down there right now, and I "
        "know they won't stop,",
        N_BRANDT,
        "direct",
        "said",
        "the 71-year-old",
    ),
    p("stuck at work", N_BRANDT, "partial", "said", "He"),
    p(
        "Bellgrave staff had visited the hall twice and a counsellor was staying overnight",
        K_BRANDT,
        "indirect",
        "said",
        "Mrs Brandt",
    ),
    p("They've been good to us, I'll say that,", K_BRANDT, "direct", "said", "she"),
    p("But I want him home, not good.", K_BRANDT, "direct", "said", "she"),
    p(
        "officers had closed the road to the mine to everyone except emergency vehicles",
        ELLERY,
        "indirect",
        "said",
        "Inspector Sharon Ellery of the Queensland Police Service",
    ),
    p(
        "police would not release the names of the trapped men",
        ELLERY,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Please let the families have this time to themselves,",
        ELLERY,
        "direct",
        "said",
        "the inspector",
    ),
    p(
        "a second borehole had reached the section and that fresh air was being pumped in",
        BELLGRAVE_BODY,
        "indirect",
        "said",
        "Bellgrave",
    ),
    p("the best we've had all day", MOORHOUSE, "partial", "said", "Mr Moorhouse"),
]

# --- A museum's restitution vote (British style, no dateline, ‘single quotes’) -----------
HARROWGATE = "Harrowgate Museum"
LOMAX = {"speaker": "Harriet Lomax", "role": "director", "country": "GB", "org": HARROWGATE}
RIDLEY = {"speaker": "Malcolm Ridley", "role": "chairman", "country": "GB", "org": HARROWGATE}
DANQUAH = {
    "speaker": "Efua Danquah-Mensah",
    "role": "minister for tourism, arts and culture",
    "country": "GH",
}
BOATENG = {"speaker": "Kwadwo Boateng", "role": "spokesman", "country": "GH"}
PRYCE = {"speaker": "Julian Pryce-Hollis", "role": "MP", "country": "GB"}
DCMS = "Department for Culture, Media and Sport"
DCMS_BODY = {"speaker": DCMS, "country": "GB"}
SARPONG = {
    "speaker": "Adwoa Sarpong",
    "role": "historian",
    "country": "GH",
    "org": "University of Ghana",
}

MUSEUM_Q = [
    p("a debt we have owed for far too long", LOMAX, "partial", "called", "its director"),
    p(
        "the decision had been unanimous",
        LOMAX,
        "indirect",
        "said",
        "The museum's director, Dr Harriet Lomax",
    ),
    p(
        "We looked at the documents, we looked at how these things came to Bristol, and "
        "there was really only one honest answer,",
        LOMAX,
        "direct",
        "said",
        "she",
    ),
    # a quote paragraph with no cue after her quote: hers
    p(
        "They were taken in a war, by soldiers, from a palace that was then burned. No "
        "amount of careful cataloguing changes that.",
        LOMAX,
        "direct",
        "said",
        "she",
    ),
    p(
        "the objects would remain on display in Bristol until the spring and would then be "
        "collected by a delegation from Kumasi",
        LOMAX,
        "indirect",
        "said",
        "Dr Lomax",
    ),
    p(
        "the board had taken legal advice on whether the 1983 Heritage Act allowed the transfer",
        RIDLEY,
        "indirect",
        "said",
        "The chairman of the trustees, Sir Malcolm Ridley",
    ),
    p(
        "We were told that it does, provided the objects are not part of the national "
        "collection, and these are not,",
        RIDLEY,
        "direct",
        "said",
        "he",
    ),
    p(
        "the museum had not been asked for, and would not seek, any payment",
        RIDLEY,
        "indirect",
        "added",
        "He",
    ),
    p(
        "a good day, but only one day",
        DANQUAH,
        "partial",
        "said",
        "Ghana's minister for tourism, arts and culture, Efua Danquah-Mensah",
    ),
    p(
        "There are thousands of objects from Asante and from the rest of Ghana in museums "
        "across Europe. We will keep knocking on doors,",
        DANQUAH,
        "direct",
        "said",
        "she",
    ),
    p(
        "her government would pay for the objects' transport and insurance, and that Ghana "
        "had offered to lend other pieces to Bristol in return",
        DANQUAH,
        "indirect",
        "said",
        "The minister",
    ),
    p(
        "the king had been told of the decision on Thursday evening and would receive the "
        "delegation at the palace",
        BOATENG,
        "indirect",
        "said",
        "Kwadwo Boateng, a spokesman for the Asantehene, the Asante king",
    ),
    p(
        "These are not museum pieces to us. They were worn, they were used, and they will be "
        "used again,",
        BOATENG,
        "direct",
        "said",
        "he",
    ),
    p(
        "the palace hoped the objects would be back in Kumasi in time for a festival in May",
        BOATENG,
        "indirect",
        "said",
        "Boateng",
    ),
    p(
        "no mandate to give away the city's collection",
        PRYCE,
        "partial",
        "said",
        "The Conservative MP for Somerset West, Julian Pryce-Hollis",
    ),
    p(
        "should have consulted the public",
        PRYCE,
        "indirect",
        "said",
        "The Conservative MP for Somerset West, Julian Pryce-Hollis",
    ),
    p("I have no quarrel with Ghana,", PRYCE, "direct", "said", "Pryce-Hollis"),
    p(
        "My quarrel is with a board of twelve people deciding, behind closed doors, what "
        "belongs to everyone in Bristol.",
        PRYCE,
        "direct",
        "said",
        "Pryce-Hollis",
    ),
    q(
        "the trustees had received more than 400 letters on the question",
        None,
        "indirect",
        "said",
        "A museum source",
        country="GB",
    ),
    q(
        "the great majority of them in favour",
        None,
        "partial",
        "said",
        "A museum source",
        country="GB",
    ),
    p(
        "We held two public meetings and a consultation that ran for three months. I am not "
        'sure what more "consulting the public" would have looked like,',
        LOMAX,
        "direct",
        "said",
        "she",
    ),
    p(
        "the decision was a matter for the museum's trustees and that it had no plans to "
        "change the law on restitution",
        DCMS_BODY,
        "indirect",
        "said",
        "The Department for Culture, Media and Sport",
    ),
    p(
        "the objects in Bristol were a small share of what had been taken",
        SARPONG,
        "indirect",
        "said",
        "Professor Adwoa Sarpong, a historian at the University of Ghana who has written "
        "about the 1874 war",
    ),
    p(
        "much of the gold had been melted down in London within a year of the war",
        SARPONG,
        "indirect",
        "said",
        "She",
    ),
    p(
        "What survived survived by accident. That is why each piece matters so much,",
        SARPONG,
        "direct",
        "said",
        "the historian",
    ),
    p("she hoped other museums would follow Bristol", SARPONG, "indirect", "said", "She"),
    p(
        "the British Museum, which holds far more Asante gold, was bound by a different law",
        SARPONG,
        "indirect",
        "warned",
        "She",
    ),
    p(
        "the trustees were aware that the decision would be watched by other museums",
        RIDLEY,
        "indirect",
        "said",
        "Sir Malcolm",
    ),
    p(
        "We are not setting policy for anyone else. We are answering for what is in our own "
        "building,",
        RIDLEY,
        "direct",
        "said",
        "the chairman",
    ),
    p(
        "she would travel to Bristol in the spring to sign the transfer",
        DANQUAH,
        "indirect",
        "said",
        "The Ghanaian minister",
    ),
    p("I will go wherever the door is open.", DANQUAH, "direct", "said", "she"),
    p(
        "the museum would hold a farewell exhibition for the regalia in March, with Asante "
        "musicians from the city's Ghanaian community",
        LOMAX,
        "indirect",
        "said",
        "Dr Lomax",
    ),
    p(
        "It should not feel like a removal. It should feel like a send-off,",
        LOMAX,
        "direct",
        "said",
        "she",
    ),
]

# --- A generic blood-thinner recall (AP style, `SILVER SPRING, Md. (AP) —`) ----------------
FDA = "Food and Drug Administration"
FDA_BODY = {"speaker": FDA, "country": "US"}
CASTELLAN = "Castellan Pharmaceuticals Inc."
CASTELLAN_BODY = {"speaker": CASTELLAN, "country": "US"}
# `Dr. X, who directs the FDA's office of drug quality`: the body, no role (the golds'
# reading of `X, who heads Y`)
OKAFOR = {"speaker": "Miriam Okafor", "country": "US", "org": FDA}
SHEERIN = {
    "speaker": "Martin Sheerin",
    "role": "chief executive",
    "country": "US",
    "org": CASTELLAN,
}
RUIZ = {
    "speaker": "Janet Ruiz",
    "role": "laboratory director",
    "country": "US",
    "org": "Lakeshore Regional Medical Center",
}
WHITAKER = {"speaker": "Donna Whitaker", "country": "US"}
BRANNIGAN = {"speaker": "Paul Brannigan", "role": "senator", "country": "US"}
KEANE = {"speaker": "Thomas Keane", "role": "lawyer", "country": "US"}
DUNLEAVY = {
    "speaker": "Greg Dunleavy",
    "role": "analyst",
    "country": "US",
    "org": "Wexford Securities",
}

RECALL_Q = [
    q(
        "A New Jersey drugmaker is recalling more than 2 million bottles of a widely used "
        "generic blood thinner because some tablets contained up to twice the labeled dose",
        None,
        "indirect",
        "said",
        "federal regulators",
        country="US",
    ),
    p(
        "the recall covers 14 lots of warfarin sodium tablets made by Castellan "
        "Pharmaceuticals Inc. at its plant in Edison, New Jersey, and sold under pharmacy "
        "store brands across the country",
        FDA_BODY,
        "indirect",
        "said",
        "The Food and Drug Administration",
    ),
    p(
        "it had received 23 reports of bleeding in patients taking the tablets since July, "
        "including two deaths, but that it had not yet determined whether the pills caused "
        "them",
        FDA_BODY,
        "indirect",
        "said",
        "The agency",
    ),
    p(
        "Patients should not stop taking their medicine on their own. Stopping suddenly can "
        "be just as dangerous,",
        OKAFOR,
        "direct",
        "said",
        "Dr. Miriam Okafor, who directs the FDA's office of drug quality",
    ),
    p(
        "Call your pharmacist, check the lot number, and get a replacement.",
        OKAFOR,
        "direct",
        "said",
        "Dr. Miriam Okafor, who directs the FDA's office of drug quality",
    ),
    p(
        "inspectors had found that a tablet press at the Edison plant had been mixing powder "
        "unevenly for at least four months",
        OKAFOR,
        "indirect",
        "said",
        "Okafor",
    ),
    p(
        "the problem had been spotted by a hospital laboratory in Ohio, not by the company's "
        "own testing",
        OKAFOR,
        "indirect",
        "said",
        "She",
    ),
    p(
        "That is a question we are going to be asking very directly,",
        OKAFOR,
        "direct",
        "said",
        "she",
    ),
    p(
        "it had stopped production on the affected line",
        CASTELLAN_BODY,
        "indirect",
        "said",
        "Castellan",
    ),
    p("cooperating fully", CASTELLAN_BODY, "partial", "said", "Castellan"),
    p(
        "it had no evidence that any patient had been harmed by its tablets",
        CASTELLAN_BODY,
        "indirect",
        "said",
        "The company",
    ),
    p(
        "Castellan would pay for replacement prescriptions",
        SHEERIN,
        "indirect",
        "said",
        "Its chief executive, Martin Sheerin",
    ),
    p(
        "I want to apologize to every patient and every family who has been worried by this,",
        SHEERIN,
        "direct",
        "said",
        "he",
    ),
    p(
        "We make medicine that people trust with their lives, and we fell short.",
        SHEERIN,
        "direct",
        "said",
        "he",
    ),
    p(
        "the company had hired an outside laboratory to retest every lot made on the line "
        "since January",
        SHEERIN,
        "indirect",
        "said",
        "Sheerin",
    ),
    p(
        "her staff had noticed in September that several patients had clotting results far "
        "higher than their doses should have produced",
        RUIZ,
        "indirect",
        "said",
        "The laboratory director at Lakeshore Regional Medical Center in Toledo, Ohio",
    ),
    p("We thought at first it was our machine,", RUIZ, "direct", "said", "Dr. Janet Ruiz"),
    p(
        "Then we saw the same lot number on four different bottles, and we called the FDA "
        "the same afternoon.",
        RUIZ,
        "direct",
        "said",
        "Dr. Janet Ruiz",
    ),
    p(
        "one of those patients, a 67-year-old man, had been treated for internal bleeding "
        "and had since recovered",
        RUIZ,
        "indirect",
        "said",
        "Ruiz",
    ),
    q("they expected a rush of calls", None, "indirect", "said", "Pharmacists", country="US"),
    p(
        "about a third of her customers on warfarin had bottles from the recalled lots",
        WHITAKER,
        "indirect",
        "said",
        "Donna Whitaker, who runs an independent pharmacy in Lansing, Michigan",
    ),
    p(
        "Most of them are older and they're frightened, and some of them can't drive to get "
        "a new bottle,",
        WHITAKER,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had begun delivering replacements herself after closing time",
        WHITAKER,
        "indirect",
        "said",
        "Whitaker",
    ),
    p(
        "stretched too thin",
        BRANNIGAN,
        "partial",
        "said",
        "Sen. Paul Brannigan, a Democrat from Ohio who sits on the Senate health committee",
    ),
    p("the Edison plant had last been inspected in 2022", BRANNIGAN, "indirect", "said", "He"),
    p(
        "We're counting on a company to catch its own mistakes, and this time it didn't,",
        BRANNIGAN,
        "direct",
        "said",
        "Brannigan",
    ),
    p("A hospital lab in Toledo did the FDA's job.", BRANNIGAN, "direct", "said", "Brannigan"),
    p(
        "the agency had inspected more plants this year than in any year since 2019",
        OKAFOR,
        "indirect",
        "said",
        "Okafor",
    ),
    p(
        "We would always like to be in more places,",
        OKAFOR,
        "direct",
        "said",
        "the FDA official",
    ),
    p(
        "the family planned to sue",
        KEANE,
        "indirect",
        "said",
        "A lawyer for the family of one of the patients who died, Thomas Keane",
    ),
    p(
        "She was careful. She took exactly what her doctor told her to take, every evening at six,",
        KEANE,
        "direct",
        "said",
        "Keane",
    ),
    p("the woman had been taking warfarin for nine years", KEANE, "indirect", "said", "He"),
    p(
        "the recall itself was not large, but that regulators could now hold back approval "
        "of two new drugs the company has pending",
        DUNLEAVY,
        "indirect",
        "said",
        "An analyst at Wexford Securities, Greg Dunleavy",
    ),
    p(
        "The cost of the recall is a rounding error. The cost of an unhappy FDA is not,",
        DUNLEAVY,
        "direct",
        "wrote",
        "the analyst",
    ),
    p(
        "it expected to resume production on the line within six weeks, once the FDA had "
        "reviewed its repairs",
        CASTELLAN_BODY,
        "indirect",
        "said",
        "The company",
    ),
    p(
        "patients could find the lot numbers on the agency's website",
        OKAFOR,
        "indirect",
        "said",
        "Okafor",
    ),
    p("If you are not sure, ask,", OKAFOR, "direct", "said", "she"),
    p("That is what your pharmacist is there for.", OKAFOR, "direct", "said", "she"),
]

DOCS = [
    ("probe-r24a-qld-mine-roof-fall", "MACKAY", MINE_Q),
    ("probe-r24a-museum-gold-regalia-return", None, MUSEUM_Q),
    ("probe-r24a-blood-thinner-recall", "SILVER SPRING", RECALL_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (BELLGRAVE, DCMS, FDA, CASTELLAN)


def main():
    write_gold(
        HERE,
        "probes_r24a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r24a",
        source="quotesdb round-24 training probes A (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
