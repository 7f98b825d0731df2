"""Build probes_r28d_gold.jsonl from the hand annotations below.

Training probe r28d, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r27i and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10). Theme: datelines and house formats of non-English outlets'
English editions and foreign agencies (Anadolu, Der Spiegel International, The Times of
India): a dateline is nobody's statement and gives the country of the local voices; an
agency's tag in brackets (`(AA)`) and a listener outlet (`told Anadolu`, `told DER SPIEGEL`,
`told TOI`) are no speaker and no organisation; glosses in square brackets inside a quote
(`The [Turkish] teams`, `the raitas [farmers]`) are part of the quote; `said in Kannada`,
`says in German`, `(translated)` change nothing; a banner's slogan in „German marks“ is no
statement. Each quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r28d/make_gold.py   # writes probes_r28d_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Turkish aid agency's flood shelters in central Bosnia (Anadolu Agency English:
# headline and deck, `Name | 01.12.2026 - Update : 01.12.2026`, `ZENICA, Bosnia and
# Herzegovina (AA) –`, straight quotes, bracketed glosses inside quotes, `told Anadolu`,
# `*Writing by …` at the end) ------------------------------------------------------------
TIKA = "Turkish Cooperation and Coordination Agency"
AFAD = "Disaster and Emergency Management Authority"
CPA = "Civil Protection Administration of Zenica-Doboj Canton"
FHMZ = "Federal Hydrometeorological Institute"
TIKA_BODY = {"speaker": TIKA, "country": "TR"}
AFAD_BODY = {"speaker": AFAD, "country": "TR"}
CPA_BODY = {"speaker": CPA, "country": "BA"}
FHMZ_BODY = {"speaker": FHMZ, "country": "BA"}
YILDIZ = {"speaker": "Mehmet Serkan Yıldız", "role": "ambassador", "country": "TR"}
BEGOVIC = {"speaker": "Selma Begović", "role": "prime minister", "country": "BA"}
VUKIC = {"speaker": "Nenad Vukić", "role": "Minister of Security", "country": "BA"}
HODZIC = {"speaker": "Fatima Hodžić", "country": "BA"}
CATIC = {"speaker": "Jasmin Ćatić", "role": "Mayor", "country": "BA"}
# `head of TIKA's disaster response department in Ankara`: the body owning the unit (r27g)
KARACA = {"speaker": "Elif Karaca", "role": "head", "country": "TR", "org": TIKA}

AA_Q = [
    # the headline's act: none; the deck's pledge (a promise, decision 6) is the one envoy's,
    # the ambassador named in the body; `warn of landslides` an unnamed group's
    p(
        "help to rebuild 200 homes in Zenica-Doboj Canton",
        YILDIZ,
        "indirect",
        "pledges",
        "Türkiye's envoy",
    ),
    q("landslides", None, "indirect", "warn", "local officials", country="BA"),
    q(
        "saturated hillsides could give way in the coming days",
        None,
        "indirect",
        "warned",
        "local officials",
        country="BA",
    ),
    p(
        "the shelters in Zenica and Maglaj could house up to 400 people",
        TIKA_BODY,
        "indirect",
        "said",
        "The Turkish Cooperation and Coordination Agency (TIKA)",
    ),
    p(
        "as long as they are needed.",
        TIKA_BODY,
        "partial",
        "said",
        "The Turkish Cooperation and Coordination Agency (TIKA)",
    ),
    # `told Anadolu`: the agency listens, no speaker
    p(
        "Ankara would also fund the reconstruction of about 200 homes destroyed or badly "
        "damaged by the Bosna River",
        YILDIZ,
        "indirect",
        "told",
        "Türkiye's ambassador in Sarajevo, Mehmet Serkan Yıldız, who visited the Zenica "
        "shelter with local officials,",
    ),
    p(
        "Our Bosnian brothers and sisters are not alone. The [Turkish] teams were here within "
        "24 hours, and we will stay until the last family is back under its own roof,",
        YILDIZ,
        "direct",
        "said",
        "Yıldız",
    ),
    p(
        "The floods, which followed three days of heavy rain, killed four people in the canton "
        "and forced more than 1,100 from their homes",
        CPA_BODY,
        "indirect",
        "according to",
        "the Civil Protection Administration of Zenica-Doboj Canton",
    ),
    p(
        "the cantonal government had declared a state of natural disaster in six "
        "municipalities and asked the federal government in Sarajevo for 20 million "
        "convertible marks (about €10.2 million)",
        BEGOVIC,
        "indirect",
        "said",
        "Selma Begović, the prime minister of Zenica-Doboj Canton,",
    ),
    p(
        "The water came down from the hills in one night. In some villages there is nothing "
        "left to repair, only to rebuild,",
        BEGOVIC,
        "direct",
        "told",
        "Begović",
    ),
    p(
        "engineers had marked 37 hillside sites as at risk of landslides",
        BEGOVIC,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the state-level Protection and Rescue Sector had deployed 160 rescuers and five "
        "helicopters, including two sent by neighboring Croatia",
        VUKIC,
        "indirect",
        "said",
        "Bosnia's Minister of Security, Nenad Vukić,",
    ),
    # a request (decision 6): the quoted words, no addressee
    p(
        "not to return to damaged houses before they are inspected.",
        VUKIC,
        "partial",
        "urged",
        "He",
    ),
    p(
        "We lost everything in the [Bosna] river – the furniture, the stove, my husband's "
        "tools. The Turks brought us blankets and hot food before anyone from our own "
        "municipality came,",
        HODZIC,
        "direct",
        "told",
        "Fatima Hodžić, 67,",
    ),
    # `rejected the criticism` (a reaction): none; `saying … "…"` the partial
    p("working around the clock", CATIC, "partial", "saying", "Maglaj Mayor Jasmin Ćatić"),
    # `said A but warned that B`: two
    p(
        "the town's water supply had been restored on Saturday",
        CATIC,
        "indirect",
        "said",
        "He",
    ),
    p(
        "tap water should be boiled for at least another week",
        CATIC,
        "indirect",
        "warned",
        "He",
    ),
    # `said A and that B` with no quote: one
    p(
        "it had sent 12 trucks carrying tents, generators and water pumps from Istanbul and "
        "that a second convoy would leave on Wednesday",
        AFAD_BODY,
        "indirect",
        "said",
        "Türkiye's Disaster and Emergency Management Authority (AFAD)",
    ),
    # `said A and knew "…"`: A and the partial (decision 10)
    p(
        "the agency had worked in the canton since 1996",
        KARACA,
        "indirect",
        "said",
        "Elif Karaca, head of TIKA's disaster response department in Ankara, who arrived in "
        "Zenica on Sunday,",
    ),
    p(
        "every mayor and every imam in the valley.",
        KARACA,
        "partial",
        "said",
        "Elif Karaca, head of TIKA's disaster response department in Ankara, who arrived in "
        "Zenica on Sunday,",
    ),
    p("This is not charity. This is what neighbors do,", KARACA, "direct", "said", "she"),
    p(
        "TIKA would also repair two primary schools in Maglaj before the spring term",
        KARACA,
        "indirect",
        "adding",
        "she",
    ),
    # a closing `, when …` clause about the weather: the writer's, outside the span
    p(
        "river levels in the Bosna basin would be monitored every hour until Sunday",
        FHMZ_BODY,
        "indirect",
        "said",
        "The Federal Hydrometeorological Institute",
    ),
    p(
        "Türkiye's president had called Begović on Friday to offer condolences",
        YILDIZ,
        "indirect",
        "said",
        "Yıldız",
    ),
    # a quote of what the president told her: the ambassador's words (the one who speaks)
    p(
        "[The president] told her that Türkiye considers Bosnia's pain its own pain,",
        YILDIZ,
        "direct",
        "said",
        "the ambassador",
    ),
]

# --- Border checks on the Görlitz-Zgorzelec bridge (Der Spiegel International: Title Case
# headline, a deck, `By X in Görlitz`, `12/01/2026, 6.30 PM`, a photo caption with its
# credit, no dateline, the present tense of reportage, `told DER SPIEGEL`, `says in German`,
# `said, in Polish,`, a banner in „German marks“, a gloss in brackets inside a quote) ------
FIM = "Federal Interior Ministry"
AFD = "Alternative for Germany"
GYM = "Augustum-Annen-Gymnasium"
FIM_BODY = {"speaker": FIM, "country": "DE"}
AFD_BODY = {"speaker": AFD, "country": "DE"}
ZIELINSKI = {"speaker": "Tomasz Zieliński", "role": "baker", "country": "PL"}
BRENNER = {"speaker": "Matthias Brenner", "role": "Minister-President", "country": "DE"}
LINDNER = {"speaker": "Octavia Lindner", "role": "Lord Mayor", "country": "DE"}
NOWICKI = {"speaker": "Rafał Nowicki", "role": "mayor", "country": "PL"}
WIERZBICKA = {
    "speaker": "Joanna Wierzbicka",
    "role": "deputy interior minister",
    "country": "PL",
}
PIETSCH = {"speaker": "Uwe Pietsch", "role": "headteacher", "country": "DE", "org": GYM}

SPIEGEL_Q = [
    # the deck's `Berlin says they are here to stay` is no statement (round 28, decision 11:
    # a deck between the headline and the byline is the desk's summary; the body reports
    # the government's position itself)
    p(
        "Before, I walked to work in ten minutes. Now I leave the house at half past five and "
        "I am still late,",
        ZIELINSKI,
        "direct",
        "says",
        "Zieliński",
    ),
    p("My boss is patient. But how long?", ZIELINSKI, "direct", "says", "Zieliński"),
    # `wants them lifted`: a wish, none; `told DER SPIEGEL`: the magazine listens
    p(
        "Görlitz and Zgorzelec are one city with two names. You cannot run a city with a "
        "checkpoint in the middle of it,",
        BRENNER,
        "direct",
        "told",
        "the Christian Democrat",
    ),
    # a reported clause holding a quote: the quote only
    p("genuine local traffic", BRENNER, "partial", "said", "Brenner"),
    p("He has had no answer", BRENNER, "indirect", "said", "he"),
    p(
        "the checks had led to more than 1,900 arrests of suspected people smugglers on the "
        "Saxon-Polish border this year",
        FIM_BODY,
        "indirect",
        "said",
        "The Federal Interior Ministry",
    ),
    p(
        "for as long as the situation at the EU's external borders requires.",
        FIM_BODY,
        "partial",
        "said",
        "The Federal Interior Ministry",
    ),
    q(
        "wherever possible",
        None,
        "partial",
        "said",
        "A spokesman for the Federal Police in Pirna",
        role="spokesman",
        country="DE",
        org="Federal Police",
    ),
    q(
        "the average wait had fallen to 25 minutes",
        None,
        "indirect",
        "said",
        "A spokesman for the Federal Police in Pirna",
        role="spokesman",
        country="DE",
        org="Federal Police",
    ),
    # `does not believe it`: a belief, none
    p(
        "Twenty-five minutes? Come at seven in the morning and count,",
        LINDNER,
        "direct",
        "said",
        "she",
    ),
    p(
        "the town's hospital, its schools and half its restaurants depended on staff from the "
        "Polish side",
        LINDNER,
        "indirect",
        "said",
        "Lindner, who belongs to no party,",
    ),
    # a cue-less quote after her reported clause: hers
    p("If they stop coming, Görlitz stops working.", LINDNER, "direct", "said", "Lindner"),
    # `said A and that B "…"`: A and the partial
    p(
        "the Polish town had never asked for the checks",
        NOWICKI,
        "indirect",
        "said",
        "He",
    ),
    p("no say at all", NOWICKI, "partial", "said", "He"),
    p(
        "We spent 20 years taking this border down. We rebuilt the bridge together, with "
        "German and Polish money. Now we are building the border again, piece by piece,",
        NOWICKI,
        "direct",
        "said",
        "Nowicki",
    ),
    # the banner's „…“ slogan and its gloss: none
    p(
        "understands Germany's concerns,",
        WIERZBICKA,
        "partial",
        "said",
        "Poland's deputy interior minister, Joanna Wierzbicka,",
    ),
    p(
        "Berlin should consult its neighbor before each extension",
        WIERZBICKA,
        "indirect",
        "said",
        "Poland's deputy interior minister, Joanna Wierzbicka,",
    ),
    p("a symbol, not a smuggling route.", WIERZBICKA, "partial", "said", "She"),
    p(
        "some parents had started driving their children 12 kilometers south to the motorway "
        "crossing because the queues there were shorter",
        PIETSCH,
        "indirect",
        "said",
        "Its headteacher, Uwe Pietsch,",
    ),
    p("The irony is that we teach them European history,", PIETSCH, "direct", "said", "he"),
    p("The [Schengen] agreement is on the syllabus in year ten.", PIETSCH, "direct", "said", "he"),
    p(
        "he expected it to pass with votes from the opposition",
        BRENNER,
        "indirect",
        "said",
        "Brenner",
    ),
    p(
        "it will vote against",
        AFD_BODY,
        "indirect",
        "said",
        "The Alternative for Germany (AfD), the largest opposition party in Saxony,",
    ),
    p("Same face as yesterday,", ZIELINSKI, "direct", "tells", "Zieliński"),
]

# --- Farmers stop a land survey for a Korean battery plant (The Times of India: a headline
# with a single-quoted partial, `TNN | Updated: Dec 1, 2026, 06:12 IST`, `BENGALURU:`,
# lower-case titles before names, initials without points, `said in Kannada`,
# `(translated)`, a gloss in brackets inside a quote, closing punctuation outside the
# marks, a Korean name written surname first) ---------------------------------------------
KRRS = "Karnataka Rajya Raitha Sangha"
HANBIT = "Hanbit Energy Solutions"
HANBIT_IN = "Hanbit Energy India Pvt Ltd"
HANBIT_IN_BODY = {"speaker": HANBIT_IN, "country": "IN"}
BJP = {"speaker": "BJP", "country": "IN"}
CM = {"speaker": "H R Siddalingappa", "role": "chief minister", "country": "IN"}
HIREMATH = {
    "speaker": "Basavaraj Hiremath",
    "role": "state president",
    "country": "IN",
    "org": KRRS,
}
KULKARNI = {
    "speaker": "M B Kulkarni",
    "role": "large and medium industries minister",
    "country": "IN",
}
LEE = {"speaker": "Lee Jae-sung", "role": "vice-president", "country": "KR", "org": HANBIT}
PRABHU = {"speaker": "Divya Prabhu", "role": "deputy commissioner", "country": "IN"}
GOWDA = {"speaker": "S N Gowda", "role": "Leader of the opposition", "country": "IN"}
HOSAMANI = {"speaker": "Shantamma Hosamani", "country": "IN"}

TOI_Q = [
    # a headline's bare title (`CM says`): the one chief minister of the story
    p("no forced acquisition", CM, "partial", "says", "CM"),
    p(
        "without the consent of the raitas [farmers]",
        CM,
        "partial",
        "insisted",
        "chief minister H R Siddalingappa",
    ),
    p(
        "the state would pay farmers four times the guidance value for their land and give "
        "one job in the plant to each affected family",
        CM,
        "indirect",
        "said",
        "Siddalingappa",
    ),
    p(
        "Nobody's land will be taken by force. This is my word to you,",
        CM,
        "direct",
        "said",
        "he",
    ),
    q(
        "there was no violence and no one was detained",
        None,
        "indirect",
        "said",
        "Police",
        country="IN",
    ),
    p(
        "We are not against industry. We are against losing two crops a year for a one-time "
        "cheque,",
        HIREMATH,
        "direct",
        "said",
        "KRRS state president Basavaraj Hiremath, who addressed the farmers at Kotur",
    ),
    p(
        "the villages had fertile black soil irrigated by the Malaprabha canal",
        HIREMATH,
        "indirect",
        "said",
        "He",
    ),
    p("barren land in the north, not our fields", HIREMATH, "partial", "said", "He"),
    # `told TOI`: the paper listens; `said A and that B` with no quote: one
    p(
        "the project would create 4,500 direct jobs and that the state had already cleared it "
        "at a meeting of the State High Level Clearance Committee in October",
        KULKARNI,
        "indirect",
        "told",
        "Large and medium industries minister M B Kulkarni",
    ),
    p(
        "Dharwad will be on the world map for EV batteries. We cannot let this go to Tamil "
        "Nadu or Telangana,",
        KULKARNI,
        "direct",
        "said",
        "Kulkarni",
    ),
    # `said the company had "…" and would B`: the partial and B (decision 10)
    p(
        "no intention of pushing anyone off their land",
        LEE,
        "partial",
        "said",
        "Lee Jae-sung, vice-president (global operations) of Seoul-based Hanbit Energy "
        "Solutions, who met Kulkarni in Bengaluru on Monday,",
    ),
    p(
        "would wait for the state to complete the process",
        LEE,
        "indirect",
        "said",
        "Lee Jae-sung, vice-president (global operations) of Seoul-based Hanbit Energy "
        "Solutions, who met Kulkarni in Bengaluru on Monday,",
    ),
    p(
        "the plant, the company's first outside Korea, would make cells for two-wheelers and "
        "cars from 2029",
        LEE,
        "indirect",
        "said",
        "Lee",
    ),
    p(
        "In Korea, we also had to learn to work with farming communities. We will do the same "
        "in Karnataka,",
        LEE,
        "direct",
        "said",
        "Lee",
    ),
    p(
        "the survey had been put off for two weeks so that officials could hold gram sabhas "
        "(village assemblies) in the three villages",
        PRABHU,
        "indirect",
        "said",
        "Dharwad deputy commissioner Divya Prabhu",
    ),
    p(
        "Every family will get a notice in Kannada explaining the compensation. No survey "
        "will resume before the gram sabha has met,",
        PRABHU,
        "direct",
        "said",
        "the DC",
    ),
    p(
        "selling farmland to foreign companies in the name of investment",
        BJP,
        "partial",
        "accused",
        "The opposition BJP",
    ),
    p(
        "the Congress government had not shared the project's environmental clearance with "
        "the villagers",
        GOWDA,
        "indirect",
        "said",
        "Leader of the opposition in the assembly S N Gowda, who visited Mummigatti in the "
        "evening,",
    ),
    p("They are in a hurry because the Koreans are in a hurry,", GOWDA, "direct", "said", "he"),
    p(
        "even for ten times the price",
        HOSAMANI,
        "partial",
        "said",
        "63-year-old Shantamma Hosamani, who grows cotton and green gram on four acres,",
    ),
    p(
        "This land fed my father and it feeds my grandchildren. What will a factory job give them?",
        HOSAMANI,
        "direct",
        "asked",
        "she",
    ),
    p(
        "respects the democratic process",
        HANBIT_IN_BODY,
        "partial",
        "said",
        "The company's Indian unit, Hanbit Energy India Pvt Ltd,",
    ),
    p(
        "fully committed to Karnataka",
        HANBIT_IN_BODY,
        "partial",
        "said",
        "The company's Indian unit, Hanbit Energy India Pvt Ltd,",
    ),
    p(
        "the plant would not be shifted out of the state",
        KULKARNI,
        "indirect",
        "wrote",
        "Kulkarni",
    ),
    # a post of a named author: his (r27f's messages)
    p(
        "Let no one spread rumours. The project stays in Dharwad,",
        KULKARNI,
        "direct",
        "said",
        "the post",
    ),
]

DOCS = [
    ("probe-r28d-aa-bosnia-flood-shelters", "ZENICA", AA_Q),
    ("probe-r28d-spiegel-goerlitz-border-checks", None, SPIEGEL_Q),
    ("probe-r28d-toi-dharwad-battery-plant", "BENGALURU", TOI_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (TIKA, AFAD, CPA, FHMZ, FIM, AFD, HANBIT_IN, "BJP")


def main():
    write_gold(
        HERE,
        "probes_r28d_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r28d",
        source="quotesdb round-28 training probe D (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
