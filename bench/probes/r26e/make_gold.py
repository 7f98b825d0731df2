"""Build probes_r26e_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r25h and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10; roles as the office's head title without party, without a
body already given as organisation, without places). Each quote is located by searching
its exact text after the previous quote's end.

    python3 bench/probes/r26e/make_gold.py   # writes probes_r26e_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Xinhua: a Foreign Ministry press briefing on a China-Kazakhstan rail corridor
# (`BEIJING, Nov. 26 (Xinhua) --`, `told Xinhua in an interview`, `according to a
# statement posted on the website of …`, `Xinhua learned from X that …`, `Enditem`) ---
XU = {"speaker": "Xu Mingyuan", "role": "spokesperson", "country": "CN", "org": "Foreign Ministry"}
MOFCOM = {"speaker": "Ministry of Commerce", "country": "CN"}
ABENOV = {"speaker": "Nurlan Abenov", "role": "Deputy Prime Minister", "country": "KZ"}
KTZ = {"speaker": "Kazakhstan Temir Zholy", "country": "KZ"}
CRG_NAME = "China State Railway Group Co., Ltd."
CRG = {"speaker": CRG_NAME, "country": "CN"}
WANG = {
    "speaker": "Wang Jiahui",
    "role": "researcher",
    "country": "CN",
    "org": "Chinese Academy of Social Sciences",
}
MA = {
    "speaker": "Ma Jun",
    "role": "station master",
    "country": "CN",
    "org": "Khorgos Railway Station",
}
DAULETOV = {"speaker": "Serik Dauletov", "role": "logistics manager", "country": "KZ"}
NRA = {"speaker": "National Railway Administration", "country": "CN"}

XINHUA_Q = [
    p(
        "China and Kazakhstan have agreed to double the freight capacity of their busiest "
        "cross-border rail corridor by 2030",
        XU,
        "indirect",
        "said",
        "Chinese Foreign Ministry spokesperson Xu Mingyuan",
    ),
    p(
        "opens a new chapter in practical cooperation between the two neighbors,",
        XU,
        "partial",
        "said",
        "Xu",
    ),
    p(
        "it would benefit businesses along the entire China-Europe freight train route",
        XU,
        "indirect",
        "adding",
        "Xu",
    ),
    # the ministry's own statement on its website speaks for the ministry
    p(
        "Under the agreement, the two sides will build a second track between the border "
        "ports of Khorgos and Altynkol and open three new transshipment yards by the end of "
        "2028",
        MOFCOM,
        "indirect",
        "according to",
        "a statement posted on the website of China's Ministry of Commerce",
    ),
    p(
        "trade between the two countries reached 41.2 billion U.S. dollars in the first 10 "
        "months of this year, up 9.6 percent year on year",
        MOFCOM,
        "indirect",
        "said",
        "The statement",
    ),
    # `Asked whether …` is a reporter's question: not annotated
    p("is not targeted at any third party", XU, "partial", "said", "Xu"),
    p(
        "China welcomed all countries along the route to take part in its construction",
        XU,
        "indirect",
        "said",
        "Xu",
    ),
    p(
        "China-Kazakhstan cooperation is open, inclusive and mutually beneficial. We are ready "
        "to work with all parties to keep global industrial and supply chains stable and "
        "smooth,",
        XU,
        "direct",
        "said",
        "the spokesperson",
    ),
    p("correct its wrong practices", XU, "partial", "urged", "Xu"),
    p("take all necessary measures", XU, "partial", "said", "Xu"),
    # `told Xinhua`: the agency is the listener, the minister the speaker
    p(
        "the backbone",
        ABENOV,
        "partial",
        "told",
        "Kazakh Deputy Prime Minister Nurlan Abenov, who signed the agreement for the Kazakh side",
    ),
    p(
        "Ten years ago, a container from Lianyungang needed two weeks to reach our border. "
        "Today it needs five days, and we want to make it three,",
        ABENOV,
        "direct",
        "said",
        "Abenov",
    ),
    p(
        "Kazakhstan would invest about 600 billion tenge (about 1.2 billion U.S. dollars) in "
        "its section of the line over five years, while the Chinese side would finance the "
        "new yards at Khorgos",
        ABENOV,
        "indirect",
        "said",
        "He",
    ),
    p(
        "design work on the second track had already begun",
        KTZ,
        "indirect",
        "said",
        "Kazakhstan's national railway company, Kazakhstan Temir Zholy (KTZ)",
    ),
    p(
        "the first 120 km of the new track would be completed in 2027",
        KTZ,
        "indirect",
        "said",
        "KTZ",
    ),
    # `Xinhua learned from X that A`: X told the agency A
    p(
        "17,200 China-Europe freight trains had run so far this year, more than a third of "
        "them via Khorgos",
        CRG,
        "indirect",
        "learned from",
        CRG_NAME,
    ),
    q(
        "The number of trains passing through the port is expected to exceed 9,000 next year",
        None,
        "indirect",
        "said",
        "a company official",
        role="official",
        country="CN",
        org=CRG_NAME,
    ),
    p(
        "the biggest bottleneck",
        WANG,
        "partial",
        "said",
        "Wang Jiahui, a researcher with the Chinese Academy of Social Sciences",
    ),
    p(
        "For years, trains have queued at Khorgos because the track gauge changes there and "
        "the yards are full. Doubling both solves the two problems at once,",
        WANG,
        "direct",
        "told",
        "Wang",
    ),
    p(
        "the Kazakh section still crossed long stretches of desert where maintenance was costly",
        WANG,
        "indirect",
        "noted",
        "She",
    ),
    p("more joint training of railway technicians", WANG, "indirect", "called for", "She"),
    p(
        "crews were already working in three shifts",
        MA,
        "indirect",
        "said",
        "station master Ma Jun",
    ),
    p(
        "On some days we see a train every 40 minutes. Without a second track, we simply "
        "cannot grow any further,",
        MA,
        "direct",
        "said",
        "Ma",
    ),
    p(
        "customers had been asking for faster connections to Europe since the start of the year",
        DAULETOV,
        "indirect",
        "said",
        "Serik Dauletov, a logistics manager at a freight forwarding company in Almaty",
    ),
    p(
        "Our clients care about one thing: reliability. If the new track keeps the trains on "
        "schedule, they will send more cargo this way,",
        DAULETOV,
        "direct",
        "told",
        "he",
    ),
    p(
        "The China-Europe freight train service, launched in 2011, now links more than 220 "
        "cities in 25 European countries",
        NRA,
        "indirect",
        "according to",
        "the National Railway Administration",
    ),
]

# --- Yonhap: a North Korean missile launch (`(LEAD)`, `SEOUL, Nov. 27 (Yonhap) --`, the JCS
# in a text message to reporters, `according to the JCS`, an official `on condition of
# anonymity`, `told Yonhap News Agency`, `KCNA quoted X as saying`, `(END)`) ---
JCS = {"speaker": "Joint Chiefs of Staff", "country": "KR"}
MND_OFFICIAL = {"role": "official", "country": "KR", "org": "Defense Ministry"}
PRES_OFFICE = {"country": "KR", "org": "presidential office"}
SEO = {
    "speaker": "Seo Jin-woo",
    "role": "spokesperson",
    "country": "KR",
    "org": "Joint Chiefs of Staff",
}
KOO = {
    "speaker": "Koo Min-ho",
    "role": "spokesperson",
    "country": "KR",
    "org": "Unification Ministry",
}
CHOI = {"speaker": "Choi Dong-hyun", "role": "Defense Minister", "country": "KR"}
JP_MOD = {"speaker": "Defense Ministry", "country": "JP", "org": "Defense Ministry"}
OGURA = {"speaker": "Tetsuya Ogura", "role": "Chief Cabinet Secretary", "country": "JP"}
INDOPACOM = {"speaker": "U.S. Indo-Pacific Command", "country": "US"}
KP_SPOKES = {"role": "spokesperson", "country": "KP", "org": "Defense Ministry"}
PAK = {
    "speaker": "Pak Song-chol",
    "role": "vice director",
    "country": "KP",
    "org": "Missile Administration",
}
KCNA = {"speaker": "Korean Central News Agency", "country": "KP"}
YANG = {
    "speaker": "Yang Ji-hye",
    "role": "professor of North Korean studies",
    "country": "KR",
    "org": "Kyungnam University",
}

YONHAP_Q = [
    # Yonhap's headline credit after a colon (`…: JCS`) names who said it
    p(
        "N. Korea fires short-range ballistic missile into East Sea",
        JCS,
        "indirect",
        None,
        "JCS",
    ),
    p(
        "North Korea fired a short-range ballistic missile into the East Sea on Friday morning",
        JCS,
        "indirect",
        "said",
        "South Korea's Joint Chiefs of Staff (JCS)",
    ),
    p(
        "the missile was fired from the Sunan area of Pyongyang at around 7:40 a.m. and flew "
        "about 560 kilometers before splashing into waters off the North's east coast",
        JCS,
        "indirect",
        "said",
        "The JCS",
    ),
    p(
        "Our military has strengthened surveillance and vigilance in preparation for "
        "additional launches and is closely sharing relevant information with the United "
        "States and Japan,",
        JCS,
        "direct",
        "said",
        "the JCS",
    ),
    p(
        "South Korean and U.S. intelligence authorities are analyzing the details of the "
        "launch, including whether the missile was a new type",
        JCS,
        "indirect",
        "added",
        "it",
    ),
    p(
        "North Korea has fired 11 ballistic missiles so far this year",
        JCS,
        "indirect",
        "according to",
        "the JCS",
    ),
    q(
        "the launch appeared timed to coincide with the end of a joint air drill by South "
        "Korea and the U.S. on Thursday",
        None,
        "indirect",
        "said",
        "An official at the defense ministry",
        **MND_OFFICIAL,
    ),
    q(
        "The timing is not a coincidence. The North has repeatedly used the end of our drills "
        "to show that it can respond,",
        None,
        "direct",
        "said",
        "the official",
        **MND_OFFICIAL,
    ),
    q(
        "the military had tracked signs of launch preparations near Sunan for several days",
        None,
        "indirect",
        "told",
        "A government source",
        country="KR",
    ),
    # the presidential office: an unnamed seat of government (heldout21's convention)
    q(
        "national security adviser Yoo Jae-sung presided over an emergency meeting of "
        "security officials shortly after the launch",
        None,
        "indirect",
        "said",
        "The presidential office",
        **PRES_OFFICE,
    ),
    q("a clear provocation", None, "partial", "said", "the office", **PRES_OFFICE),
    p("fully ready", SEO, "partial", "told", "Col. Seo Jin-woo, a JCS spokesperson"),
    p(
        "strongly regrets",
        KOO,
        "partial",
        "told",
        "Unification Ministry spokesperson Koo Min-ho",
    ),
    p("respond to our offer of dialogue without delay.", KOO, "partial", "urged", "Koo Min-ho"),
    p(
        "the launch would not affect the schedule of next month's combined command post "
        "exercise with the U.S.",
        CHOI,
        "indirect",
        "told",
        "Defense Minister Choi Dong-hyun",
    ),
    p(
        "the missile appeared to have landed outside Japan's exclusive economic zone and that "
        "there were no reports of damage to ships or aircraft",
        JP_MOD,
        "indirect",
        "said",
        "Japan's Defense Ministry",
    ),
    p(
        "Tokyo had lodged a strong protest with North Korea through diplomatic channels in Beijing",
        OGURA,
        "indirect",
        "told",
        "Japanese Chief Cabinet Secretary Tetsuya Ogura",
    ),
    p(
        "the launch did not pose an immediate threat to U.S. personnel or territory, or to its "
        "allies",
        INDOPACOM,
        "indirect",
        "said",
        "The U.S. Indo-Pacific Command",
    ),
    p(
        "the destabilizing impact",
        INDOPACOM,
        "partial",
        "highlighted",
        "The U.S. Indo-Pacific Command",
    ),
    # `KCNA quoted X as saying`: the speaker is X, not the agency
    q(
        "a rehearsal for aggression",
        None,
        "partial",
        "quoted",
        "an unnamed spokesperson for the North's defense ministry",
        **KP_SPOKES,
    ),
    q(
        "corresponding measures.",
        None,
        "partial",
        "quoted",
        "an unnamed spokesperson for the North's defense ministry",
        **KP_SPOKES,
    ),
    p(
        "nuclear deterrent will grow stronger with every passing day.",
        PAK,
        "partial",
        "quoted",
        "Pak Song-chol, a vice director of the North's Missile Administration",
    ),
    # the agency speaking for itself
    p("overfulfilled", KCNA, "partial", "said", "the KCNA"),
    p(
        "the North was likely testing the reliability of its missiles ahead of a key year-end "
        "party meeting",
        YANG,
        "indirect",
        "said",
        "Yang Ji-hye, a professor of North Korean studies at Kyungnam University",
    ),
    p(
        "Pyongyang wants to enter the new year with a list of achievements it can show at the "
        "plenary meeting. A launch like this one is part of that list,",
        YANG,
        "direct",
        "said",
        "Yang",
    ),
    p(
        "the North could follow up with a cruise missile test or an artillery drill near the "
        "inter-Korean sea border in the coming weeks",
        YANG,
        "indirect",
        "added",
        "She",
    ),
]

# --- PTI: a Supreme Court hearing on Delhi's air (`NEW DELHI, Nov 27 (PTI)` with no dash,
# `said in a statement here`, `told PTI over phone from …`, `observed`, `submitted`,
# single-quoted categories `'severe'`, desk initials `PTI MR SK`) ---
SC = {"speaker": "Supreme Court", "country": "IN"}
RAGHAVAN = {
    "speaker": "Meera Raghavan",
    "role": "Justice",
    "country": "IN",
    "org": "Supreme Court",
}
MATHUR = {"speaker": "Anil Mathur", "role": "Additional Solicitor General", "country": "IN"}
MENON = {"speaker": "Kavita Menon", "role": "senior advocate", "country": "IN"}
CPCB = {"speaker": "Central Pollution Control Board", "country": "IN"}
CAQM_NAME = "Commission for Air Quality Management"
CAQM = {"speaker": CAQM_NAME, "country": "IN"}
MALHOTRA = {"speaker": "Rakesh Malhotra", "role": "Environment Minister", "country": "IN"}
SANDHU = {"speaker": "Gurpreet Singh Sandhu", "role": "Agriculture Minister", "country": "IN"}
IMD = {"speaker": "India Meteorological Department", "country": "IN"}
SETHI = {"speaker": "Nidhi Sethi", "role": "pulmonologist", "country": "IN"}
RAWAT = {"speaker": "Nitin Rawat", "role": "spokesperson", "country": "IN", "org": "Congress"}

PTI_Q = [
    p("half-hearted measures", SC, "partial", "saying", "The Supreme Court"),
    # coordinated subjects: the first name (Conventions)
    p(
        "the same affidavits, year after year",
        RAGHAVAN,
        "partial",
        "said",
        "A bench of Justices Meera Raghavan and Sanjay Kulkarni",
    ),
    p(
        "Every winter we are told that things will improve next year. Children in this city "
        "are growing up with damaged lungs. Enough is enough,",
        RAGHAVAN,
        "direct",
        "observed",
        "Justice Raghavan",
    ),
    p(
        "the Commission for Air Quality Management (CAQM) had invoked Stage IV of the Graded "
        "Response Action Plan (GRAP) on Tuesday and that 1,200 enforcement teams were on the "
        "ground",
        MATHUR,
        "indirect",
        "told",
        "Additional Solicitor General Anil Mathur, appearing for the Centre",
    ),
    p("patchy at best", SC, "partial", "said", "The court"),
    p(
        "farm fires in Punjab had fallen by nearly 40 per cent compared with last year but "
        "still accounted for up to a third of Delhi's PM2.5 levels on some days",
        MENON,
        "indirect",
        "submitted",
        "Senior advocate Kavita Menon, who is assisting the court as amicus curiae",
    ),
    # `'severe'` is the board's category name, no quote
    p(
        "Delhi's 24-hour average air quality index (AQI) stood at 412 at 4 pm on Friday, in "
        "the 'severe' category, with 31 of the city's 38 monitoring stations reporting "
        "'severe' air",
        CPCB,
        "indirect",
        "According to",
        "the Central Pollution Control Board (CPCB)",
    ),
    p(
        "Under Stage IV, trucks are barred from entering Delhi except those carrying "
        "essential goods",
        CAQM,
        "indirect",
        "according to",
        "the CAQM order",
    ),
    p(
        "the city government had deployed 300 anti-smog guns and 80 mechanical road sweepers "
        "and that construction work had been halted across the capital",
        MALHOTRA,
        "indirect",
        "said",
        "Delhi Environment Minister Rakesh Malhotra",
    ),
    p(
        "We are doing everything within our powers, but Delhi cannot fight this battle alone. "
        "Pollution does not stop at the border,",
        MALHOTRA,
        "direct",
        "told",
        "Malhotra",
    ),
    p(
        "the neighbouring states had failed to curb stubble burning",
        MALHOTRA,
        "indirect",
        "said",
        "He",
    ),
    p("take the lead", MALHOTRA, "partial", "said", "He"),
    p(
        "the state had paid incentives to more than 1.1 lakh farmers this year for managing "
        "crop residue without burning it",
        SANDHU,
        "indirect",
        "told",
        "Punjab Agriculture Minister Gurpreet Singh Sandhu",
    ),
    p(
        "Our farmers are not villains. Give them machines and a fair price, and they will not "
        "light a single fire,",
        SANDHU,
        "direct",
        "said",
        "Sandhu",
    ),
    q(
        "satellite data showed 2,340 farm fires in Punjab and 610 in Haryana between "
        "September 15 and November 26",
        None,
        "indirect",
        "said",
        "An official of the CAQM, who did not wish to be named",
        role="official",
        country="IN",
        org=CAQM_NAME,
    ),
    q(
        "The numbers are lower than last year, but the weather has not helped. Low wind speed "
        "is trapping the pollutants close to the ground,",
        None,
        "direct",
        "said",
        "the official",
        role="official",
        country="IN",
        org=CAQM_NAME,
    ),
    p(
        "wind speeds were likely to pick up from Sunday",
        IMD,
        "indirect",
        "said",
        "The India Meteorological Department (IMD)",
    ),
    p("some relief", IMD, "partial", "said", "The India Meteorological Department (IMD)"),
    q(
        "The Delhi government has also asked schools to shift to online classes for students "
        "up to Class 9",
        None,
        "indirect",
        "said",
        "officials",
        country="IN",
    ),
    q(
        "hospitals were seeing a rise in patients with breathing problems",
        None,
        "indirect",
        "said",
        "Doctors",
        country="IN",
    ),
    p(
        "the number of children brought to the hospital's emergency ward with asthma attacks "
        "had nearly doubled in the past two weeks",
        SETHI,
        "indirect",
        "said",
        "Dr Nidhi Sethi, a pulmonologist at a private hospital in south Delhi",
    ),
    p(
        "Masks and air purifiers are a luxury for most families. The only real solution is "
        "cleaner air,",
        SETHI,
        "direct",
        "told",
        "she",
    ),
    p("a slap on the face", RAWAT, "partial", "said", "Congress spokesperson Nitin Rawat"),
]

DOCS = [
    ("probe-r26e-xinhua-rail-corridor-briefing", "BEIJING", XINHUA_Q),
    ("probe-r26e-yonhap-missile-launch", "SEOUL", YONHAP_Q),
    ("probe-r26e-pti-delhi-air-hearing", "NEW DELHI", PTI_Q),
]

if __name__ == "__main__":
    write_gold(
        HERE,
        "probes_r26e_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r26e",
        source="quotesdb round-26 training probes E (written for error finding)",
        speaking_bodies={
            "Ministry of Commerce",
            "Kazakhstan Temir Zholy",
            CRG_NAME,
            "National Railway Administration",
            "Joint Chiefs of Staff",
            "Defense Ministry",
            "U.S. Indo-Pacific Command",
            "Korean Central News Agency",
            "Supreme Court",
            "Central Pollution Control Board",
            CAQM_NAME,
            "India Meteorological Department",
        },
    )
