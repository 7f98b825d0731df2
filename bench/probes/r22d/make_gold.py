"""Build probes_r22d_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a to r21h. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r22d/make_gold.py   # writes probes_r22d_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Irish housing: emergency accommodation figures (Irish Times style, no dateline,
# curly “double quotes”) -------------------------------------------------------------------
IESS = "Institute for Economic and Social Studies"
SLFI = "Small Landlords’ Federation of Ireland"
MULVEY = {"speaker": "Ciarán Mulvey", "role": "Minister for Housing", "country": "IE"}
MULVEY_SRC = "The Minister for Housing, Ciarán Mulvey"
BRANNIGAN = {
    "speaker": "Orla Brannigan",
    "role": "housing spokeswoman",
    "country": "IE",
    "org": "Sinn Féin",
}
GORMAN = {"speaker": "Niamh Gorman", "country": "IE", "org": "Harbour Light Trust"}
MOONEY = {"speaker": "Aisling Mooney", "role": "spokeswoman", "country": "IE", "org": SLFI}
CULLINANE = {"speaker": "Sinéad Cullinane", "role": "care assistant", "country": "IE"}
RUANE = {"speaker": "Cathal Ruane", "role": "senior researcher", "country": "IE", "org": IESS}
BREEN = {"speaker": "Tomás Breen", "country": "IE", "org": "National Tenants’ Alliance"}
FURLONG = {"speaker": "Declan Furlong", "role": "junior minister", "country": "IE"}

HOUSING_Q = [
    q(
        "The number of people living in emergency accommodation has passed 16,000 for the "
        "first time",
        "Department of Housing",
        "indirect",
        "according to",
        "figures published by the Department of Housing",
        country="IE",
    ),
    p("deeply disappointing", MULVEY, "partial", "said", MULVEY_SRC),
    p(
        "the State was now building more homes than at any point in two decades",
        MULVEY,
        "indirect",
        "insisted",
        MULVEY_SRC,
    ),
    p(
        "We are not where we want to be, and nobody in Government is pretending otherwise,",
        MULVEY,
        "direct",
        "told",
        "he",
    ),
    p("But the direction of travel on supply is the right one.", MULVEY, "direct", "told", "he"),
    p(
        "No. I was asked to do a job and I intend to finish it.",
        MULVEY,
        "direct",
        "said",
        "Mr Mulvey",
    ),
    p(
        "hiding behind completions",
        BRANNIGAN,
        "partial",
        "accused",
        "Sinn Féin’s housing spokeswoman, Orla Brannigan",
    ),
    p(
        "Every month there is a new target and every month the numbers get worse,",
        BRANNIGAN,
        "direct",
        "said",
        "the Dublin South-West TD",
    ),
    p(
        "her party would table a motion of no confidence in the Minister next week",
        BRANNIGAN,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the real figure was far higher because the official count left out people sleeping "
        "rough and those staying with relatives",
        GORMAN,
        "indirect",
        "said",
        "Niamh Gorman, who heads the Harbour Light Trust, a homeless charity",
    ),
    p(
        "We are seeing families who have never been near a homeless service in their lives,",
        GORMAN,
        "direct",
        "said",
        "she",
    ),
    p("Nurses, bus drivers, people working full-time.", GORMAN, "direct", "said", "she"),
    p("the trust had asked to meet the Taoiseach", GORMAN, "indirect", "said", "Ms Gormon"),
    p("keep climbing through the winter", GORMAN, "partial", "warned", "Ms Gormon"),
    q(
        "accelerate the exodus",
        SLFI,
        "partial",
        "said",
        "The Small Landlords’ Federation of Ireland (SLFI)",
        country="IE",
    ),
    q(
        "more than 4,000 tenancies had ended last year because owners were selling up",
        SLFI,
        "indirect",
        "said",
        "The Small Landlords’ Federation of Ireland (SLFI)",
        country="IE",
    ),
    p(
        "accidental landlords",
        MOONEY,
        "partial",
        "said",
        "Aisling Mooney, an SLFI spokeswoman",
    ),
    p(
        "They are not villains. They are people with one apartment and a mortgage,",
        MOONEY,
        "direct",
        "added",
        "she",
    ),
    p(
        "We had a two-bed in Crumlin for nine years. Then the landlord sold up and that was it,",
        CULLINANE,
        "direct",
        "said",
        "Sinéad Cullinane, a care assistant who has been living in a hotel room in Dublin 8 "
        "with her three children since March",
    ),
    p("The kids do their homework on the bed,", CULLINANE, "direct", "said", "she"),
    p(
        "the State would need to build about 52,000 homes a year until 2030 to meet demand",
        RUANE,
        "indirect",
        "said",
        "Dr Cathal Ruane, a senior researcher at the Institute for Economic and Social Studies",
    ),
    p(
        "We have known this for ten years. Supply is the whole story here,",
        RUANE,
        "direct",
        "added",
        "he",
    ),
    q(
        "rents for new tenancies had risen by 7.2 per cent in a year, with the sharpest "
        "increases in commuter counties such as Meath and Kildare",
        IESS,
        "indirect",
        "found",
        "An IESS report published in June",
        country="IE",
    ),
    p(
        "lost control",
        BREEN,
        "partial",
        "said",
        "Tomás Breen of the National Tenants’ Alliance",
    ),
    p(
        "The alliance would hold a protest outside Leinster House on Saturday",
        BREEN,
        "indirect",
        "said",
        "he",
    ),
    p(
        "a revised housing plan would be published before the Dáil rises for the summer",
        FURLONG,
        "indirect",
        "told",
        "Mr Mulvey’s junior minister, Declan Furlong",
    ),
    p(
        "the Government had abandoned its target of 50,000 homes a year",
        FURLONG,
        "indirect",
        "denied",
        "He",
    ),
]

# --- Assam monsoon floods (The Hindu style, no dateline, curly “double quotes”) ----------
ASDMA = "Assam State Disaster Management Authority"
NDRF = "National Disaster Response Force"
IMD = "India Meteorological Department"
SEVA = "Seva Setu Foundation"
BORTHAKUR = {"speaker": "Hemanta Borthakur", "role": "Chief Minister", "country": "IN"}
HAZARIKA = {"speaker": "Jyotirmoy Hazarika", "role": "Water Resources Minister", "country": "IN"}
HAZARIKA_SRC = "His Cabinet colleague, Water Resources Minister Jyotirmoy Hazarika"
RATHORE = {
    "speaker": "Vikram Rathore",
    "role": "Assistant Commandant",
    "country": "IN",
    "org": NDRF,
}
BORA = {"speaker": "Sanjay Bora", "role": "scientist", "country": "IN", "org": IMD}
BORA_SRC = "Sanjay Bora, a scientist at the IMD’s Regional Meteorological Centre in Guwahati"
BARUAH = {
    "speaker": "Nandini Baruah",
    "role": "researcher",
    "country": "IN",
    "org": "Indian Institute of Technology Guwahati",
}
RAHMAN = {"speaker": "Farida Rahman", "role": "chief executive", "country": "IN", "org": SEVA}
DAS = {"speaker": "Rupjyoti Das", "country": "IN", "org": SEVA}
KALITA = {
    "speaker": "Dilip Kalita",
    "role": "general secretary",
    "country": "IN",
    "org": "Assam Cultivators’ Union",
}
KALITA_SRC = "The Assam Cultivators’ Union’s general secretary, Dilip Kalita"
KHATUN = {"speaker": "Anowara Khatun", "country": "IN"}
BORDOLOI = {"speaker": "Jitu Bordoloi", "role": "neighbour", "country": "IN"}

FLOODS_Q = [
    q(
        "Over 14 lakh people in 23 districts of Assam have been affected by floods after three "
        "days of incessant rain",
        ASDMA,
        "indirect",
        "according to",
        "the Assam State Disaster Management Authority (ASDMA)",
        country="IN",
    ),
    q(
        "11 people had died since Sunday",
        ASDMA,
        "indirect",
        "said",
        "The ASDMA’s daily bulletin",
        country="IN",
    ),
    p(
        "the State government had released ₹180 crore for relief and that the Centre had "
        "promised further assistance",
        BORTHAKUR,
        "indirect",
        "said",
        "Chief Minister Hemanta Borthakur, who toured relief camps in Morigaon and Nagaon "
        "districts on Tuesday",
    ),
    p(
        "No one will be left without food or shelter. I have asked every Deputy Commissioner "
        "to stay in the field,",
        BORTHAKUR,
        "direct",
        "told",
        "Mr. Borthakur",
    ),
    p(
        "embankments had been breached because of poor maintenance",
        HAZARIKA,
        "indirect",
        "denied",
        HAZARIKA_SRC,
    ),
    p(
        "11 of the 14 breaches reported so far were in stretches built before 1990",
        HAZARIKA,
        "indirect",
        "said",
        "He",
    ),
    q(
        "Teams of the National Disaster Response Force (NDRF) and the State Disaster Response "
        "Force have rescued more than 3,200 people since Monday",
        None,
        "indirect",
        "said",
        "officials",
        country="IN",
    ),
    p(
        "The current is very strong near the breaches. We are using country boats where our "
        "motor boats cannot go,",
        RATHORE,
        "direct",
        "said",
        "Assistant Commandant Vikram Rathore, from the NDRF’s 1st Battalion, who is leading "
        "rescue operations in Morigaon",
    ),
    q(
        "heavy to very heavy rainfall was likely over Upper Assam and Arunachal Pradesh until "
        "Friday",
        IMD,
        "indirect",
        "warned",
        "The India Meteorological Department (IMD)",
        country="IN",
    ),
    p(
        "the monsoon trough had shifted to the foothills of the Himalaya",
        BORA,
        "indirect",
        "said",
        BORA_SRC,
    ),
    p("unlikely to move south before the weekend.", BORA, "partial", "said", BORA_SRC),
    p(
        "We recorded 212 mm at Pasighat in 24 hours. That water reaches the Brahmaputra within "
        "a day,",
        BORA,
        "direct",
        "said",
        "Dr. Bora",
    ),
    p(
        "designed for a river that no longer exists.",
        BARUAH,
        "partial",
        "said",
        "Nandini Baruah, a researcher at the Indian Institute of Technology Guwahati who "
        "studies river erosion",
    ),
    p(
        "the group needed more boats and doctors",
        RAHMAN,
        "indirect",
        "said",
        "Seva Setu chief executive Farida Rahman",
    ),
    p(
        "Diarrhoea is our biggest worry now. In two camps we have already seen cases,",
        RAHMAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "Some families came with nothing, not even a vessel to drink from,",
        DAS,
        "direct",
        "said",
        "Rupjyoti Das, who coordinates the volunteers in the camp",
    ),
    p(
        "standing paddy on about 1.2 lakh hectares had been submerged",
        KALITA,
        "indirect",
        "said",
        KALITA_SRC,
    ),
    p(
        "farmers be compensated at ₹40,000 a hectare",
        KALITA,
        "indirect",
        "demanded",
        KALITA_SRC,
    ),
    q(
        "the water had entered their homes before dawn on Monday",
        None,
        "indirect",
        "said",
        "residents",
        country="IN",
    ),
    p(
        "We climbed onto the roof with the goats and waited for eight hours,",
        KHATUN,
        "direct",
        "said",
        "Anowara Khatun, 52, whose house near the embankment was washed away",
    ),
    p(
        "no official had visited the village until Tuesday afternoon",
        BORDOLOI,
        "indirect",
        "said",
        "Her neighbour, Jitu Bordoloi",
    ),
    p(
        "a central team was expected in Guwahati on Thursday to assess the damage",
        BORTHAKUR,
        "indirect",
        "said",
        "Mr. Barthakur",
    ),
]

# --- B.C. wildfire smoke and health (CBC style, no dateline, straight "double quotes") ---
ECCC = "Environment and Climate Change Canada"
BCCDC = "BC Centre for Disease Control"
KWEL = "Kwelmetsin First Nation"
CAK = "Clean Air Kids B.C."
REILLY = {"speaker": "Tamsin Reilly", "role": "meteorologist", "country": "CA", "org": ECCC}
MEHRA = {"speaker": "Anjali Mehra", "role": "provincial health officer", "country": "CA"}
SANDHU = {
    "speaker": "Kiran Sandhu",
    "role": "environmental health scientist",
    "country": "CA",
    "org": BCCDC,
}
FAIRCLOUGH = {
    "speaker": "Owen Fairclough",
    "role": "emergency physician",
    "country": "CA",
    "org": "Thompson Valley Regional Hospital",
}
PAUL = {"speaker": "Delphine Paul", "role": "Chief", "country": "CA", "org": KWEL}
JULES = {"speaker": "Marcus Jules", "role": "health director", "country": "CA", "org": KWEL}
WHITFORD = {"speaker": "Leah Whitford", "role": "co-founder", "country": "CA", "org": CAK}

SMOKE_Q = [
    q(
        "emergency departments are seeing more patients with breathing problems",
        None,
        "indirect",
        "say",
        "doctors",
        country="CA",
    ),
    q(
        "smoke from more than 60 wildfires burning in the region could linger for days",
        ECCC,
        "indirect",
        "warning",
        "Environment and Climate Change Canada (ECCC)",
        country="CA",
    ),
    p(
        "This is some of the worst air we have measured in this part of the province,",
        REILLY,
        "direct",
        "said",
        "Tamsin Reilly, a meteorologist with the federal agency",
    ),
    p(
        "a ridge of high pressure was trapping the smoke close to the ground and that relief "
        "was not expected before the weekend",
        REILLY,
        "indirect",
        "said",
        "Reilly",
    ),
    p(
        "Forecasts can change quickly once the wind shifts",
        REILLY,
        "indirect",
        "added",
        "she",
    ),
    p(
        "to limit their time outdoors and to keep windows closed",
        MEHRA,
        "indirect",
        "urged",
        "B.C.'s provincial health officer, Dr. Anjali Mehra",
    ),
    p(
        "If you can smell smoke, it is affecting your body. That is the simplest rule I can "
        "give people,",
        MEHRA,
        "direct",
        "told",
        "Mehra",
    ),
    p(
        "Children breathe faster than adults and take in more of that smoke for their size,",
        MEHRA,
        "direct",
        "said",
        "she",
    ),
    p(
        "Parents should be thinking about that when they plan the week.",
        MEHRA,
        "direct",
        "said",
        "she",
    ),
    q(
        "portable air cleaners with HEPA filters can cut fine particles indoors by half or more",
        BCCDC,
        "indirect",
        "According to",
        "the BC Centre for Disease Control",
        country="CA",
    ),
    p(
        "far better than nothing",
        SANDHU,
        "partial",
        "said",
        "Kiran Sandhu, an environmental health scientist who works for the centre",
    ),
    p(
        "At Thompson Valley Regional Hospital in Kamloops, emergency visits for asthma and "
        "other breathing problems have roughly doubled since Friday",
        FAIRCLOUGH,
        "indirect",
        "according to",
        "Dr. Owen Fairclough, an emergency physician there",
    ),
    p(
        "We had a four-year-old in last night who needed oxygen,",
        FAIRCLOUGH,
        "direct",
        "said",
        "Fairclough",
    ),
    p(
        "We're seeing older people with COPD who were stable a week ago.",
        FAIRCLOUGH,
        "direct",
        "said",
        "Fairclough",
    ),
    p(
        "the community had opened its gymnasium as a clean-air shelter for elders and families "
        "with young children",
        PAUL,
        "indirect",
        "said",
        "Chief Delphine Paul of the Kwelmetsin First Nation, about 40 kilometres north of Kamloops",
    ),
    p(
        "Our elders have seen fires before, but not summers like this, one after another,",
        PAUL,
        "direct",
        "said",
        "she",
    ),
    p(
        "the band had asked the province for 200 air purifiers and that only 15 had arrived",
        PAUL,
        "indirect",
        "said",
        "She",
    ),
    p(
        "three elders had been taken to hospital in Kamloops since the weekend",
        JULES,
        "indirect",
        "said",
        "The nation's health director, Marcus Jules",
    ),
    q(
        "the province to put HEPA air cleaners in every classroom before school starts in "
        "September",
        CAK,
        "indirect",
        "called on",
        "Clean Air Kids B.C., a parents' group formed after the 2023 fire season",
        country="CA",
    ),
    p(
        "parents were tired of being told to keep children indoors in homes with no air "
        "conditioning or filters",
        WHITFORD,
        "indirect",
        "said",
        "Its co-founder, Leah Whitford, a mother of two in Kelowna",
    ),
    p(
        "'Stay inside' is not a plan if inside is just as smoky,",
        WHITFORD,
        "direct",
        "said",
        "Whitford",
    ),
    p(
        "It is too early to say. We will make that decision with the districts in August.",
        MEHRA,
        "direct",
        "said",
        "Mehrah",
    ),
]

DOCS = [
    ("probe-r22d-ireland-emergency-accommodation", None, HOUSING_Q),
    ("probe-r22d-assam-monsoon-floods", None, FLOODS_Q),
    ("probe-r22d-bc-wildfire-smoke-health", None, SMOKE_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Assam State Disaster Management Authority",
    "BC Centre for Disease Control",
    "Clean Air Kids B.C.",
    "Department of Housing",
    "Environment and Climate Change Canada",
    "India Meteorological Department",
    "Institute for Economic and Social Studies",
    "Small Landlords’ Federation of Ireland",
)


def main():
    write_gold(
        HERE,
        "probes_r22d_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r22d",
        source="quotesdb round-22 training probes D (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
