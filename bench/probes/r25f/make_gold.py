"""Build probes_r25f_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r25b and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decisions 8 to 10). Each quote is located by searching its exact
text after the previous quote's end.

    python3 bench/probes/r25f/make_gold.py   # writes probes_r25f_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A shooting outside a Nottingham snooker hall (PA style, byline, no dateline) --------
NOTTS = "Nottinghamshire Police"
NOTTS_BODY = {"speaker": NOTTS, "country": "GB"}
OYELARAN = {
    "speaker": "Mark Oyelaran",
    "role": "Detective Superintendent",
    "country": "GB",
    "org": NOTTS,
}
D_ASHBY = {"speaker": "Denise Ashby", "role": "mother", "country": "GB"}
WHITLOW = {"speaker": "Claire Whitlow", "role": "city commander", "country": "GB", "org": NOTTS}
L_ASHBY = {"speaker": "Lloyd Ashby", "role": "uncle", "country": "GB"}
PRYCE = {"speaker": "Nadia Pryce", "role": "city councillor", "country": "GB"}
IOPC = "Independent Office for Police Conduct"
IOPC_BODY = {"speaker": IOPC, "country": "GB"}

SHOOTING_Q = [
    # `police said` (a group) in the lead, a nested `detectives believe` inside its clause
    q(
        "A 19-year-old man has died after being shot outside a snooker hall in Nottingham, and "
        "detectives believe the gunman escaped in a car that was waiting nearby",
        None,
        "indirect",
        "said",
        "police",
        country="GB",
    ),
    p(
        "Officers were called to Radford Road shortly before 11.30pm on Saturday after reports "
        "of gunfire",
        NOTTS_BODY,
        "indirect",
        "said",
        "Nottinghamshire Police",
    ),
    p(
        "two other men had been treated for cuts from broken glass",
        OYELARAN,
        "indirect",
        "told a press conference",
        "Detective Superintendent Mark Oyelaran, of Nottinghamshire Police",
    ),
    p(
        "This was a targeted attack, carried out in a busy street on a Saturday night, with no "
        "thought for anyone who happened to be nearby,",
        OYELARAN,
        "direct",
        "said",
        "he",
    ),
    # a second quoted paragraph with no cue of its own: the speaker before
    p(
        "We are keeping an open mind about the motive, but we do not believe there is a wider "
        "risk to the public.",
        OYELARAN,
        "direct",
        "said",
        "he",
    ),
    # `said A and that B` without a quote: one statement
    p(
        "a dark grey hatchback had been seen driving away at speed towards the ring road and "
        "that officers were examining footage from more than 40 cameras",
        OYELARAN,
        "indirect",
        "said",
        "Det Supt Oyelaran",
    ),
    # a request (decision 6): no addressee
    p("to come forward", OYELARAN, "indirect", "urged", "He"),
    p(
        "Somebody out there knows who did this. Somebody may have given them a lift, or a place "
        "to stay, or a change of clothes,",
        OYELARAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "I would ask them to think very hard about what they are protecting.",
        OYELARAN,
        "direct",
        "said",
        "he",
    ),
    # `said A "…" and B`: the partial and the other conjunct
    p(
        "a gentle, daft, loving lad",
        D_ASHBY,
        "partial",
        "said",
        "Mr Ashby's mother, Denise Ashby",
    ),
    p(
        "had gone out only to play snooker with his cousins",
        D_ASHBY,
        "indirect",
        "said",
        "Mr Ashby's mother, Denise Ashby",
    ),
    # the family (a group) over two paragraphs after a colon
    q(
        "Kieran had his whole life in front of him. He was saving for a van so he could start "
        "his own plastering business.",
        None,
        "direct",
        "said",
        "the family",
        country="GB",
    ),
    q(
        "We are asking people to stop sharing videos of that night. We have seen enough, and so "
        "has his little sister.",
        None,
        "direct",
        "said",
        "the family",
        country="GB",
    ),
    q(
        "a 22-year-old man from the Bulwell area had been arrested on suspicion of murder on "
        "Sunday morning and remained in custody",
        None,
        "indirect",
        "said",
        "Police",
        country="GB",
    ),
    p(
        "A second man, aged 24, was arrested later on suspicion of assisting an offender",
        NOTTS_BODY,
        "indirect",
        "said",
        "the force",
    ),
    # an unnamed witness, then her `she said`
    q(
        "four or five bangs, very close together",
        None,
        "partial",
        "said",
        "A woman who lives above a takeaway across the road",
        country="GB",
    ),
    q(
        "I thought it was fireworks at first, because it's that time of year. Then I heard the "
        "screaming and I knew it wasn't,",
        None,
        "direct",
        "said",
        "she",
        country="GB",
    ),
    p(
        "extra patrols, including armed officers, would stay in Radford and Hyson Green for at "
        "least the rest of the week",
        WHITLOW,
        "indirect",
        "said",
        "Claire Whitlow, the force's city commander",
    ),
    p(
        "People will see armed officers on their streets this week. That is there to reassure, "
        "not to alarm,",
        WHITLOW,
        "direct",
        "said",
        "she",
    ),
    p(
        "there had been no rise in gun crime in the city this year and that the shooting "
        "appeared to be linked to a dispute between two groups of young men",
        WHITLOW,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the family had not been told whether Kieran knew either of the men who had been arrested",
        L_ASHBY,
        "indirect",
        "said",
        "The victim's uncle, Lloyd Ashby",
    ),
    p(
        "We just want the truth. He was a kid who liked snooker and his mum's cooking, and now "
        "we are planning his funeral,",
        L_ASHBY,
        "direct",
        "said",
        "he",
    ),
    p(
        "shaken to the core",
        PRYCE,
        "partial",
        "said",
        "Nadia Pryce, a city councillor who represents Radford",
    ),
    p(
        "the council would meet police and youth workers on Tuesday to discuss what more could "
        "be done to keep young people away from gangs",
        PRYCE,
        "indirect",
        "said",
        "She",
    ),
    p(
        "it had not received a referral in connection with the incident",
        IOPC_BODY,
        "indirect",
        "said",
        "The Independent Office for Police Conduct",
    ),
    # back after eight paragraphs of others, rank and surname
    p(
        "anyone with information could contact police on 101 or Crimestoppers anonymously, and "
        "that a specialist team was ready to support witnesses who were afraid to come forward",
        OYELARAN,
        "indirect",
        "added",
        "Det Supt Oyelaran",
    ),
]

# --- A jail-death lawsuit (Courthouse News style, `SEATTLE (CN) —`, a byline) -------------
L_WHITCOMB = {"speaker": "Loretta Whitcomb", "role": "mother", "country": "US"}
OSTRANDER = {
    "speaker": "Gabriel Ostrander",
    "role": "attorney",
    "country": "US",
    "org": "Ostrander Kell",
}
MOLINA = {
    "speaker": "Teresa Molina",
    "role": "spokeswoman",
    "country": "US",
    "org": "Halvard County",
}
SHERIFF = "Halvard County Sheriff's Office"
SHERIFF_BODY = {"speaker": SHERIFF, "country": "US"}
CASCADIA = "Cascadia Correctional Health LLC"
CASCADIA_BODY = {"speaker": CASCADIA, "country": "US"}
NCP = "Northwest Custody Project"
NCP_BODY = {"speaker": NCP, "country": "US"}
RAMAN = {"speaker": "Priya Raman", "role": "director", "country": "US", "org": NCP}

LAWSUIT_Q = [
    # the plaintiffs (a group) in the lead, `…, claiming A`
    q(
        "nurses ignored his pleas for help for nine days",
        None,
        "indirect",
        "claiming",
        "The family of a 34-year-old man who died of an untreated infection in a county jail",
        country="US",
    ),
    q(
        "Darnell Whitcomb was booked into the Halvard County Jail in Port Ellison on March 3 on "
        "a misdemeanor warrant and was found unresponsive in his cell on March 14",
        None,
        "indirect",
        "according to",
        "the complaint filed in the U.S. District Court for the Western District of Washington",
        country="US",
    ),
    q(
        "staff employed by Cascadia Correctional Health LLC recorded his rising fever and "
        "swollen leg in medical notes but never sent him to a hospital",
        None,
        "indirect",
        "alleges",
        "The lawsuit",
        country="US",
    ),
    # an unnamed nurse's written words: the partial and the other conjunct
    q(
        "exaggerating for attention",
        None,
        "partial",
        "wrote",
        "a nurse",
        country="US",
    ),
    q(
        "should be seen again in a week",
        None,
        "indirect",
        "wrote",
        "a nurse",
        country="US",
    ),
    # an unnamed owner's document (decision 5: the closing `, which …` is outside)
    q(
        "He died three days later of sepsis",
        None,
        "indirect",
        "according to",
        "the Halvard County medical examiner's report",
        country="US",
    ),
    p(
        "My son asked them for help every single day. They wrote it down, and then they walked "
        "away,",
        L_WHITCOMB,
        "direct",
        "said",
        "she",
    ),
    p(
        "a system that was built to save money, not lives.",
        OSTRANDER,
        "partial",
        "said",
        "The family's attorney, Gabriel Ostrander of the Seattle firm Ostrander Kell",
    ),
    p(
        "This was not one bad shift. This was nine days of people looking at a dying man and "
        "deciding he could wait,",
        OSTRANDER,
        "direct",
        "said",
        "Ostrander",
    ),
    # `X added:` and a quote over two paragraphs
    p(
        "We have seen the same contractor's name in lawsuits in three other states, and we "
        "have read the same story in every one of them.",
        OSTRANDER,
        "direct",
        "added",
        "Ostrander",
    ),
    p(
        "Counties keep hiring them because they are cheap. Families keep burying their sons "
        "because they are cheap.",
        OSTRANDER,
        "direct",
        "added",
        "Ostrander",
    ),
    # a request (decision 6)
    q(
        "to appoint an independent monitor to review medical care at the jail for at least "
        "three years",
        None,
        "indirect",
        "asks",
        "The complaint",
        country="US",
    ),
    # the non-answer (`does not comment on pending litigation`) is no statement; the partial is
    p(
        "the death of anyone in our custody is taken seriously.",
        MOLINA,
        "partial",
        "said",
        "Halvard County spokeswoman Teresa Molina",
    ),
    p(
        "it had opened an internal review in March and had since changed the way officers "
        "record medical complaints from inmates",
        SHERIFF_BODY,
        "indirect",
        "said in an email",
        "The Halvard County Sheriff's Office",
    ),
    # `did not respond to a request for comment`: no statement; `the company` after it
    p(
        "nationally recognized standards of care.",
        CASCADIA_BODY,
        "partial",
        "said",
        "the company",
    ),
    q(
        "staffing had fallen to as few as two nurses for more than 300 inmates on some nights "
        "this spring",
        None,
        "indirect",
        "said",
        "A corrections officer at the jail",
        country="US",
    ),
    q("begging", None, "partial", "said", "She", country="US"),
    q(
        "other inmates had banged on their cell doors to get the attention of staff",
        None,
        "indirect",
        "said",
        "She",
        country="US",
    ),
    q(
        "Everybody on that unit knew he was sick. You could hear it,",
        None,
        "direct",
        "said",
        "she",
        country="US",
    ),
    p(
        "at least 41 people had died in the state's county jails since 2019, and that more than "
        "a third of them had a medical condition recorded at booking",
        NCP_BODY,
        "indirect",
        "said in a report",
        "The Northwest Custody Project, a Seattle nonprofit that tracks deaths in custody",
    ),
    p(
        "the Whitcomb case fit a pattern her researchers had found across the state",
        RAMAN,
        "indirect",
        "said",
        "The group's director, Priya Raman",
    ),
    p(
        "The notes are almost always there. Somebody saw it, somebody wrote it down, and nobody "
        "acted,",
        RAMAN,
        "direct",
        "said",
        "Raman",
    ),
    q(
        "Whitcomb had asked to see a doctor at least 11 times and had been given ibuprofen on "
        "each occasion",
        None,
        "indirect",
        "according to",
        "the complaint",
        country="US",
    ),
    q(
        "jail officers moved him to an observation cell on March 12 but did not check on him "
        "for more than five hours on the night he died",
        None,
        "indirect",
        "says",
        "The complaint",
        country="US",
    ),
    p(
        "she learned of her son's death from a chaplain who called her two days after he was found",
        L_WHITCOMB,
        "indirect",
        "said",
        "Loretta Whitcomb",
    ),
    p(
        "Nobody from that jail has ever said sorry to me. Not once,",
        L_WHITCOMB,
        "direct",
        "said",
        "she",
    ),
]

# --- A Kelantan flood evacuation (Bernama style, `KOTA BHARU, Nov 30 (Bernama) --`) -------
JPBN = "Kelantan State Disaster Management Committee"
JPBN_BODY = {"speaker": JPBN, "country": "MY"}
METMY = "Malaysian Meteorological Department"
METMY_BODY = {"speaker": METMY, "country": "MY"}
AMIN = {"speaker": "Mohd Amin Yusof", "role": "chairman", "country": "MY", "org": JPBN}
ZAINAL = {"speaker": "Zainal Abidin Harun", "role": "police chief", "country": "MY"}
SITI = {"speaker": "Siti Aminah Ismail", "role": "rubber tapper", "country": "MY"}
ISMAIL = {"speaker": "Ismail Daud", "role": "husband", "country": "MY"}
NORAINI = {
    "speaker": "Noraini Che Mat",
    "role": "director",
    "country": "MY",
    "org": "Kelantan Social Welfare Department",
}
TNB = "Tenaga Nasional Berhad"
TNB_BODY = {"speaker": TNB, "country": "MY"}
JKR = "Public Works Department"
JKR_BODY = {"speaker": JKR, "country": "MY"}

FLOOD_Q = [
    p(
        "The number of flood victims in Kelantan rose to 18,412 people from 5,260 families as "
        "of 8 am today, with 112 relief centres opened in seven districts",
        JPBN_BODY,
        "indirect",
        "said",
        "the Kelantan State Disaster Management Committee",
    ),
    p(
        "Tumpat, Pasir Mas and Kota Bharu were the worst-hit districts",
        JPBN_BODY,
        "indirect",
        "said in a statement",
        "it",
    ),
    # a bracketed acronym, then the acronym alone (decision 2: the full name)
    p(
        "continuous heavy rain was expected in Kelantan and Terengganu until Wednesday",
        METMY_BODY,
        "indirect",
        "warned",
        "The Malaysian Meteorological Department (MetMalaysia)",
    ),
    p(
        "the rain was caused by a monsoon surge and could bring more than 200 millimetres a day "
        "to some areas along the coast",
        METMY_BODY,
        "indirect",
        "said in a separate statement",
        "MetMalaysia",
    ),
    p(
        "the Sungai Golok at Rantau Panjang had risen to 10.2 metres this morning, well above "
        "its danger level of nine metres",
        AMIN,
        "indirect",
        "said",
        "The committee's chairman, Mohd Amin Yusof",
    ),
    p(
        "We are not waiting for the water to reach people's doors. If you are told to move, "
        "move now,",
        AMIN,
        "direct",
        "told reporters",
        "he",
    ),
    p(
        "the state government had asked for additional boats and four-wheel-drive vehicles "
        "from the armed forces, and that two helicopters were on standby in Kota Bharu",
        AMIN,
        "indirect",
        "said",
        "He",
    ),
    # an honorific (`Datuk`) before a Malay name: the name without it
    p(
        "1,300 police personnel had been deployed to help with evacuations, and that boats had "
        "been sent to 14 villages cut off by the water",
        ZAINAL,
        "indirect",
        "said",
        "Kelantan police chief Datuk Zainal Abidin Harun",
    ),
    # `He said:` and a quote over two paragraphs
    p(
        "Some residents refused to leave last night because they wanted to guard their homes "
        "and their livestock. I understand that, but a house can be repaired.",
        ZAINAL,
        "direct",
        "said",
        "He",
    ),
    p(
        "We found an elderly couple on the roof of their house in Kampung Tebing at 3 am. They "
        "had been there for six hours.",
        ZAINAL,
        "direct",
        "said",
        "He",
    ),
    # `said A, but urged B`: two statements; the short form of a Malay name
    p("no deaths had been reported so far", ZAINAL, "indirect", "said", "Zainal Abidin"),
    p(
        "to keep children away from drains and fast-flowing water",
        ZAINAL,
        "indirect",
        "urged",
        "Zainal Abidin",
    ),
    p(
        "the water had entered her house in less than an hour",
        SITI,
        "indirect",
        "said",
        "rubber tapper Siti Aminah Ismail",
    ),
    p(
        "I took only my documents and my medicine. Everything else is under water, even the "
        "motorcycle,",
        SITI,
        "direct",
        "said",
        "she",
    ),
    p(
        "the family had moved their rice and cooking gas to the upper floor of a neighbour's "
        "house on Saturday night",
        ISMAIL,
        "indirect",
        "said",
        "Her husband, Ismail Daud",
    ),
    p(
        "This is the third time in five years. We are used to it, but every time it comes faster,",
        ISMAIL,
        "direct",
        "said",
        "he",
    ),
    q(
        "they had received text message warnings only after the water had already reached the road",
        None,
        "indirect",
        "said",
        "Several evacuees",
        country="MY",
    ),
    p(
        "food supplies at the relief centres were enough for at least a week",
        NORAINI,
        "indirect",
        "said",
        "Kelantan Social Welfare Department director Noraini Che Mat",
    ),
    # decision 5: the closing `, which …` is outside
    p(
        "the department had also brought in 40 officers from Terengganu and Pahang to help run "
        "the centres",
        NORAINI,
        "indirect",
        "said",
        "She",
    ),
    p(
        "it had cut power to 2,140 premises in flooded areas as a safety measure",
        TNB_BODY,
        "indirect",
        "said",
        "the national electricity utility, Tenaga Nasional Berhad (TNB)",
    ),
    p(
        "supply would be restored once the water had receded and its staff had inspected the "
        "affected substations",
        TNB_BODY,
        "indirect",
        "said",
        "TNB",
    ),
    q(
        "several villages near the river mouth could only be reached by boat and that rescuers "
        "had been working through the night",
        None,
        "indirect",
        "said",
        "A district official in Tumpat",
        country="MY",
    ),
    p(
        "37 roads in the state had been closed to all vehicles, including a stretch of the "
        "federal road between Kota Bharu and Kuala Krai",
        JKR_BODY,
        "indirect",
        "said",
        "The Public Works Department",
    ),
    # back after nine paragraphs of others by the short form; `said A, and asked B`: two
    p(
        "the state government would give RM1,000 to each affected family once the water receded",
        AMIN,
        "indirect",
        "said",
        "Mohd Amin",
    ),
    p(
        "not to return to their homes until they were told it was safe",
        AMIN,
        "indirect",
        "asked",
        "Mohd Amin",
    ),
    p(
        "Please be patient. The water is going down in some places, but in others it is still "
        "rising,",
        AMIN,
        "direct",
        "said",
        "he",
    ),
    p(
        "the state would ask the federal government for an allocation to build higher "
        "evacuation centres in the three worst-hit districts",
        AMIN,
        "indirect",
        "added",
        "He",
    ),
    p(
        "heavy rain was also expected in parts of Pahang and Johor from Thursday",
        METMY_BODY,
        "indirect",
        "said",
        "MetMalaysia",
    ),
]

DOCS = [
    ("probe-r25f-nottingham-snooker-hall-shooting", None, SHOOTING_Q),
    ("probe-r25f-jail-death-lawsuit", "SEATTLE", LAWSUIT_Q),
    ("probe-r25f-kelantan-flood-evacuation", "KOTA BHARU", FLOOD_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (NOTTS, IOPC, SHERIFF, CASCADIA, NCP, JPBN, METMY, TNB, JKR)


def main():
    write_gold(
        HERE,
        "probes_r25f_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r25f",
        source="quotesdb round-25 training probes F (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
