"""Build probes_r27d_gold.jsonl from the hand annotations below.

Training probe r27d, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r26f and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" with decisions 1 to 10). Each quote is located by searching its exact
text after the previous quote's end. The theme: the country of each speaker in undated
regional stories from countries whose copy the module has rarely seen (the Philippines,
Pakistan, Ghana): every local voice takes the story's country, a foreign body keeps its own.

    python3 bench/probes/r27d/make_gold.py   # writes probes_r27d_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A dengue outbreak in a Capiz town (Philippine Daily Inquirer regional desk: no
# dateline, a byline with the desk, straight "double quotes", `Dr.` / `Gov.` / `Police Maj.`,
# `Mayor X`, barangays, pesos written `P2.5 million`, American spelling) ------------------
DOH = "Department of Health"
DOH_BODY = {"speaker": DOH, "country": "PH"}
VILLAREAL = {"speaker": "Ramon Villareal", "role": "Mayor", "country": "PH"}
AMORES = {"speaker": "Liza Amores", "role": "municipal health officer", "country": "PH"}
LUMAWAG = {"speaker": "Nenita Lumawag", "role": "barangay captain", "country": "PH"}
ILUSTRE = {
    "speaker": "Gerardo Ilustre",
    "role": "head",
    "country": "PH",
    "org": "Capiz Provincial Health Office",
}
DELA_PAZ = {"speaker": "Esteban Dela Paz", "role": "Governor", "country": "PH"}
TABUGA = {
    "speaker": "Mary Ann Tabuga",
    "role": "head of the infectious disease cluster",
    "country": "PH",
    "org": DOH,
}
DEQUITO = {"speaker": "Arnel Dequito", "role": "police chief", "country": "PH"}
BELARMINO = {"speaker": "Josefina Belarmino", "role": "fish vendor", "country": "PH"}

CAPIZ_Q = [
    p(
        "214 residents had been infected from January to July, against 68 in the same period "
        "last year",
        VILLAREAL,
        "indirect",
        "said",
        "Mayor Ramon Villareal",
    ),
    p(
        "We cannot wait for the peak of the rainy season. Every barangay must clean up now, not "
        "next week,",
        VILLAREAL,
        "direct",
        "told",
        "Villareal",
    ),
    # `said A and that B` without a quote: one statement
    p(
        "the town would hire 20 more barangay health workers for house-to-house visits and that "
        "households caught keeping stagnant water in old tires and drums would be fined P500",
        VILLAREAL,
        "indirect",
        "said",
        "He",
    ),
    p(
        "12 of the town's 19 barangays had clusters of cases, most of them in villages along the "
        "Panay River",
        AMORES,
        "indirect",
        "said",
        "Dr. Liza Amores, the municipal health officer",
    ),
    p(
        "Most of our patients are schoolchildren between five and 14 years old. They get bitten "
        "in the morning, in the classrooms and on the way to school,",
        AMORES,
        "direct",
        "said",
        "Amores",
    ),
    # a request: the addressee left out (decision 6)
    p(
        "to bring children with fever lasting more than two days to the rural health unit "
        "immediately",
        AMORES,
        "indirect",
        "urged",
        "She",
    ),
    p(
        "the village had run out of the larvicide it received from the provincial government in "
        "May",
        LUMAWAG,
        "indirect",
        "said",
        "Nenita Lumawag, the barangay captain of Tamulalod",
    ),
    p(
        "Our barangay tanods are doing the cleanup themselves, with their own bolos and sacks. "
        "We need the fogging machines here, not only in the town proper,",
        LUMAWAG,
        "direct",
        "said",
        "she",
    ),
    p(
        "the province had recorded 1,306 cases, up by 140 percent from last year, and nine deaths",
        ILUSTRE,
        "indirect",
        "said",
        "Dr. Gerardo Ilustre, head of the Capiz Provincial Health Office",
    ),
    p(
        "Dumalag, Dao and Mambusao accounted for nearly half of the cases",
        ILUSTRE,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the provincial hospital would open a dengue ward with 30 beds by next week",
        DELA_PAZ,
        "indirect",
        "said",
        "Capiz Gov. Esteban Dela Paz",
    ),
    p(
        "I have instructed all mayors to activate their barangay dengue task forces. This is not "
        "the time to point fingers,",
        DELA_PAZ,
        "direct",
        "said",
        "Dela Paz",
    ),
    p(
        "cases in the region had risen by 87 percent and that Capiz and Iloilo were the hardest "
        "hit",
        TABUGA,
        "indirect",
        "said",
        "Dr. Mary Ann Tabuga, head of the infectious disease cluster of the Department of Health "
        "(DOH) in Western Visayas",
    ),
    p(
        "The serotype we are seeing now is one that many children here have never been exposed "
        "to, so their bodies have no defense against it,",
        TABUGA,
        "direct",
        "said",
        "Tabuga",
    ),
    # the acronym spelt out before: the body's full name (decision 2)
    p(
        "it would send 5,000 rapid test kits and two fogging machines to Capiz this week",
        DOH_BODY,
        "indirect",
        "said",
        "The DOH",
    ),
    p(
        "police officers had been assigned to help barangay tanods in the cleanup drives",
        DEQUITO,
        "indirect",
        "said",
        "Police Maj. Arnel Dequito, the town's police chief",
    ),
    p(
        "she had spent nearly P18,000 on blood tests and medicines",
        BELARMINO,
        "indirect",
        "said",
        "Josefina Belarmino, 52, a fish vendor whose daughter was confined for five days",
    ),
    p(
        "PhilHealth covered only part of it. We borrowed the rest from a neighbor,",
        BELARMINO,
        "direct",
        "said",
        "Belarmino",
    ),
    p(
        "the town would also ask the Sangguniang Panlalawigan for an additional P1 million once "
        "its own fund ran out",
        VILLAREAL,
        "indirect",
        "said",
        "Villareal",
    ),
]

# --- Smog and brick kilns in Faisalabad (Dawn city pages: no dateline, `Our Staff Reporter`,
# `told Dawn`, `Deputy Commissioner (DC)` then `the DC`, rupees written `Rs4.6 million` /
# `Rs2.5m`, `the provincial government`, Urdu titles before names — `Chaudhry`, `Rana`,
# `Hafiz` —, British spelling) ------------------------------------------------------------
PMD = "Pakistan Meteorological Department"
PMD_BODY = {"speaker": PMD, "country": "PK"}
AEROSENSE = "AeroSense"
AEROSENSE_BODY = {"speaker": AEROSENSE, "country": "CH"}
BHATTI = {"speaker": "Kashif Mehmood Bhatti", "role": "Deputy Commissioner", "country": "PK"}
WARRAICH = {
    "speaker": "Sajid Ali Warraich",
    "role": "Deputy Director",
    "country": "PK",
    "org": "Environment Protection Department",
}
ASLAM = {
    "speaker": "Chaudhry Muhammad Aslam",
    "role": "president",
    "country": "PK",
    "org": "Brick Kiln Owners Association",
}
GHANI = {"speaker": "Usman Ghani", "role": "spokesperson", "country": "PK", "org": "Rescue 1122"}
SIDDIQA = {
    "speaker": "Ayesha Siddiqa",
    "role": "pulmonologist",
    "country": "PK",
    "org": "Allied Hospital",
}
JAVED = {"speaker": "Rana Tariq Javed", "role": "MPA", "country": "PK"}
ZUBAIR = {"speaker": "Hafiz Zubair Ahmed", "role": "vegetable seller", "country": "PK"}

FAISALABAD_Q = [
    p(
        "the kilns had failed to shift to the zigzag technology despite repeated notices since "
        "August",
        BHATTI,
        "indirect",
        "told",
        "Deputy Commissioner (DC) Kashif Mehmood Bhatti",
    ),
    p(
        "There will be no leniency. Every kiln still operating on the old technology will be "
        "demolished, not just sealed,",
        BHATTI,
        "direct",
        "said",
        "the DC",
    ),
    p(
        "fines of Rs4.6 million had been imposed on factory owners and transporters during the "
        "week",
        BHATTI,
        "indirect",
        "said",
        "He",
    ),
    # a government's spokesperson: speaker null, country set, organisation null (decision 7);
    # `said A "…" and that B`: the partial and B
    q(
        "with zero tolerance",
        None,
        "partial",
        "said",
        "A spokesperson for the provincial government",
        country="PK",
    ),
    q(
        "farmers found violating it would be arrested",
        None,
        "indirect",
        "said",
        "A spokesperson for the provincial government",
        country="PK",
    ),
    p(
        "the department's teams had inspected 1,200 industrial units in the district since "
        "October 1",
        WARRAICH,
        "indirect",
        "said",
        "Environment Protection Department (EPD) Deputy Director Sajid Ali Warraich",
    ),
    p(
        "Most of the smoke comes from the kilns, the factories burning rubber and plastic, and "
        "the crop fires in the villages. The traffic adds to it,",
        WARRAICH,
        "direct",
        "said",
        "he",
    ),
    # `said A "…" but B` as `and B` (decision 10); the closing `, which …` outside (decision 5)
    p(
        "no objection to cleaner technology",
        ASLAM,
        "partial",
        "said",
        "Chaudhry Muhammad Aslam, president of the Brick Kiln Owners Association",
    ),
    p(
        "could not afford the conversion",
        ASLAM,
        "indirect",
        "said",
        "Chaudhry Muhammad Aslam, president of the Brick Kiln Owners Association",
    ),
    p(
        "We have 40,000 labourers working on these kilns. If the administration shuts them, who "
        "will feed their families?",
        ASLAM,
        "direct",
        "asked",
        "Aslam",
    ),
    p(
        "the association would challenge the sealing of the kilns in the Lahore High Court",
        ASLAM,
        "indirect",
        "said",
        "He",
    ),
    p(
        "37 road accidents had been reported on the motorway and Sargodha Road because of poor "
        "visibility since Saturday",
        GHANI,
        "indirect",
        "said",
        "Rescue 1122 spokesperson Usman Ghani",
    ),
    p(
        "the number of patients with chest infections and asthma attacks had doubled in a week",
        SIDDIQA,
        "indirect",
        "said",
        "Dr Ayesha Siddiqa, a pulmonologist",
    ),
    p(
        "Children and elderly people should not go out without a mask. Morning walks should be "
        "stopped altogether until the smog lifts,",
        SIDDIQA,
        "direct",
        "said",
        "she",
    ),
    q(
        "garbage was still being burnt openly in their neighbourhood every evening",
        None,
        "indirect",
        "complained",
        "Residents of Madina Town",
        country="PK",
    ),
    p(
        "only after the city started choking",
        JAVED,
        "partial",
        "criticised",
        "Rana Tariq Javed, the MPA from a city constituency",
    ),
    p(
        "the provincial government had ignored a smog action plan the assembly passed two years "
        "ago",
        JAVED,
        "indirect",
        "said",
        "He",
    ),
    # a body described by a demonym keeps that country in a foreign story
    p(
        "Faisalabad had been the most polluted city in the world for three hours on Tuesday "
        "morning",
        AEROSENSE_BODY,
        "indirect",
        "said",
        "AeroSense, a Swiss air-monitoring company whose sensors are installed at 14 locations "
        "in the city",
    ),
    # a closing `, which …` relative is outside the span (decision 5)
    p(
        "light rain was expected in upper Punjab on Thursday",
        PMD_BODY,
        "indirect",
        "said",
        "The Pakistan Meteorological Department (PMD)",
    ),
    p(
        "his sales had dropped by half since the weekend",
        ZUBAIR,
        "indirect",
        "said",
        "Hafiz Zubair Ahmed, a vegetable seller at the Jhang Bazaar",
    ),
    p(
        "People are not coming out of their homes. Whatever I cannot sell by the evening goes to "
        "waste,",
        ZUBAIR,
        "direct",
        "said",
        "he",
    ),
    p(
        "special squads would patrol the outskirts at night to stop the burning of crop stubble "
        "and tyres",
        BHATTI,
        "indirect",
        "said",
        "The DC",
    ),
]

# --- Illegal mining shuts a water plant at Kyebi (Daily Graphic / Graphic Online: no
# dateline, `By X`, curly “double quotes”, `Mr` / `Madam` / `Nana` before names, titles
# before names set off by commas — `The Municipal Chief Executive (MCE) for X, Mr Y,` —,
# cedis written `GH¢1.2 million`, British spelling) -----------------------------------------
GWL = "Ghana Water Limited"
MINERALS = "Minerals Commission"
MINERALS_BODY = {"speaker": MINERALS, "country": "GH"}
EMBASSY = "Chinese Embassy"
EMBASSY_BODY = {"speaker": EMBASSY, "country": "CN"}
KNUST = "Kwame Nkrumah University of Science and Technology"
OFORI_ATTA = {
    "speaker": "Stephen Ofori-Atta",
    "role": "Communications Manager",
    "country": "GH",
    "org": GWL,
}
BOATENG = {"speaker": "Daniel Kwaku Boateng", "role": "Municipal Chief Executive", "country": "GH"}
FRIMPOMAA = {"speaker": "Akosua Frimpomaa", "role": "trader", "country": "GH"}
AMOAKO = {"speaker": "Nana Kwame Amoako II", "role": "chief", "country": "GH"}
ISSAHAKU = {"speaker": "Yakubu Issahaku", "role": "Assembly Member", "country": "GH"}
LARBI = {"speaker": "Comfort Asantewaa Larbi", "role": "Eastern Regional Minister", "country": "GH"}
AMPONSAH = {
    "speaker": "Eugene Amponsah",
    "role": "environmental scientist",
    "country": "GH",
    "org": KNUST,
}

KYEBI_Q = [
    p(
        "the plant, which serves about 60,000 people in Kyebi, Apedwa and surrounding "
        "communities, stopped production last Thursday",
        OFORI_ATTA,
        "indirect",
        "said",
        "The Communications Manager of GWL in the Eastern Region, Mr Stephen Ofori-Atta",
    ),
    p(
        "The river is now more mud than water. We spent GH¢1.2 million on chemicals in the last "
        "quarter alone and we still could not bring the turbidity down,",
        OFORI_ATTA,
        "direct",
        "said",
        "he",
    ),
    p(
        "tanker services would be provided to schools and health facilities until the plant "
        "resumed operation",
        OFORI_ATTA,
        "indirect",
        "said",
        "He",
    ),
    p(
        "illegal miners operating along the banks of the river with excavators and changfan "
        "machines were to blame",
        BOATENG,
        "indirect",
        "said",
        "The Municipal Chief Executive (MCE) for Abuakwa South, Mr Daniel Kwaku Boateng",
    ),
    p(
        "the Municipal Security Council (MUSEC) had arrested 26 people, including three foreign "
        "nationals, in a joint operation with the police and the military over the weekend",
        BOATENG,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We will not allow a few people to destroy the river our grandparents drank from. "
        "Anybody found on the river banks with an excavator will be arrested, whoever he is,",
        BOATENG,
        "direct",
        "said",
        "the MCE",
    ),
    p(
        "a bag of sachet water now sold for GH¢2, double its price two weeks ago",
        FRIMPOMAA,
        "indirect",
        "said",
        "Madam Akosua Frimpomaa, a trader at the Kyebi market",
    ),
    p(
        "I have five children. Every morning I have to choose between buying water and buying "
        "food,",
        FRIMPOMAA,
        "direct",
        "told",
        "she",
    ),
    p(
        "some chiefs in the area had leased lands to the miners",
        AMOAKO,
        "indirect",
        "said",
        "The chief of Apapam, Nana Kwame Amoako II",
    ),
    p(
        "to sanction them",
        AMOAKO,
        "indirect",
        "urged",
        "The chief of Apapam, Nana Kwame Amoako II",
    ),
    p(
        "his people had been drinking from wells dug by the roadside since the taps ran dry",
        ISSAHAKU,
        "indirect",
        "said",
        "The Assembly Member for the Kyebi Zongo Electoral Area, Mr Yakubu Issahaku",
    ),
    p(
        "not going to sit down",
        LARBI,
        "partial",
        "said",
        "The Eastern Regional Minister, Mrs Comfort Asantewaa Larbi",
    ),
    p(
        "the regional security council would deploy a task force to the Birim basin this week "
        "and that seized excavators would be confiscated to the state",
        LARBI,
        "indirect",
        "said",
        "She",
    ),
    p(
        "none of the sites visited by the task force held a valid small-scale mining licence",
        MINERALS_BODY,
        "indirect",
        "said",
        "The Minerals Commission",
    ),
    # a foreign embassy in a Ghanaian story keeps its own country
    p(
        "it had been informed of the arrest of two Chinese nationals in the operation and had "
        "asked the authorities to ensure that their rights were respected",
        EMBASSY_BODY,
        "indirect",
        "said",
        "The Chinese Embassy",
    ),
    # `said it "…" illegal mining and had B`: the partial and B
    p("firmly opposes", EMBASSY_BODY, "partial", "said", "The embassy"),
    p(
        "had repeatedly warned Chinese citizens to obey local laws",
        EMBASSY_BODY,
        "indirect",
        "said",
        "The embassy",
    ),
    p(
        "samples taken from the Birim showed mercury levels several times above the acceptable "
        "limit",
        AMPONSAH,
        "indirect",
        "said",
        "An environmental scientist at the Kwame Nkrumah University of Science and Technology "
        "(KNUST) in Kumasi, Dr Eugene Amponsah",
    ),
    p(
        "Even if the mining stops today, the river will need years to recover. The mercury stays "
        "in the sediments and gets into the fish,",
        AMPONSAH,
        "direct",
        "said",
        "he",
    ),
    p(
        "GWL would need at least three weeks of clear water before the plant could be restarted",
        OFORI_ATTA,
        "indirect",
        "said",
        "Mr Ofori-Atta",
    ),
]

DOCS = [
    ("probe-r27d-capiz-dengue-outbreak", None, CAPIZ_Q),
    ("probe-r27d-faisalabad-smog-kilns", None, FAISALABAD_Q),
    ("probe-r27d-kyebi-galamsey-water-plant", None, KYEBI_Q),
]
SPEAKING_BODIES = (DOH, PMD, AEROSENSE, MINERALS, EMBASSY)


def main():
    write_gold(
        HERE,
        "probes_r27d_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r27d",
        source="quotesdb round-27 training probe D (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
