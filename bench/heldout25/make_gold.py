"""Build heldout25_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout23 and of the round-23 to round-25 decisions of
articles/attribution/README.md (see bench/heldout25/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout25/make_gold.py   # writes bench/heldout25/heldout25_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a highlife guitarist's death and the tributes (Xinhua style from an African bureau,
# `ACCRA, Nov. 28 (Xinhua) --` dateline, no honorifics, straight "double quotes" with a
# nested 'single' quote, `told Xinhua`, an `Enditem` sign-off) ----------------------------
MUSIGA = "Musicians Union of Ghana"
PRESIDENCY = "Presidency"
SARPONG = {"speaker": "Kwaku Ampofo Sarpong", "role": "highlife guitarist", "country": "GH"}
DAUGHTER = {"speaker": "Abena Sarpong-Mensah", "role": "daughter", "country": "GH"}
MINISTER_GH = {
    "speaker": "Efua Quansah-Addo",
    "role": "Minister for Tourism, Arts and Culture",
    "country": "GH",
}
NYARKO = {"speaker": "Bernard Tawiah Nyarko", "role": "president", "country": "GH", "org": MUSIGA}
WHITLOCK = {"speaker": "Graham Whitlock", "role": "promoter", "country": "GB"}
ADEYEMO = {"speaker": "Femi Adeyemo", "role": "singer", "country": "NG"}
FRIMPONG = {
    "speaker": "Akosua Frimpong-Manso",
    "role": "senior lecturer in music",
    "country": "GH",
    "org": "University of Ghana",
}
BOADU = {"speaker": "Kofi Mensah Boadu", "country": "GH"}
MUSIGA_BODY = {"speaker": MUSIGA, "country": "GH"}
PRESIDENCY_BODY = {"speaker": PRESIDENCY, "country": "GH"}
DAUGHTER_SRC = "A statement signed by his eldest daughter, Abena Sarpong-Mensah"
MINISTER_GH_SRC = (
    "Ghana's Minister for Tourism, Arts and Culture, Efua Quansah-Addo, who visited the family "
    "house at Dzorwulu on Friday afternoon"
)
NYARKO_SRC = "Bernard Tawiah Nyarko, president of MUSIGA"
WHITLOCK_SRC = (
    "the promoter Graham Whitlock, who brought the Adom Brothers to Britain for their first "
    "tour in 1974"
)
FRIMPONG_SRC = "Akosua Frimpong-Manso, a senior lecturer in music at the University of Ghana"
BOADU_SRC = (
    "One of them, Kofi Mensah Boadu, 76, who played bass with the Adom Brothers for 23 years"
)

OBITUARY_Q = [
    q(
        "Kwaku Ampofo Sarpong, the highlife guitarist whose band carried the sound of Kumasi's "
        "dance halls to London and Lagos in the 1970s, has died at the age of 84",
        None,
        "indirect",
        "announced",
        "his family",
        country="GH",
    ),
    p(
        "the musician passed away peacefully at the Korle Bu Teaching Hospital on Thursday "
        "evening, surrounded by his children and grandchildren",
        DAUGHTER,
        "indirect",
        "said",
        DAUGHTER_SRC,
    ),
    p(
        "Our father lived for the guitar and for the people who danced to it. He played until "
        "his fingers would no longer obey him,",
        DAUGHTER,
        "direct",
        "said",
        "the statement",
    ),
    p(
        "The band recorded more than 30 albums and toured Britain eleven times",
        MUSIGA_BODY,
        "indirect",
        "according to",
        "the Musicians Union of Ghana (MUSIGA)",
    ),
    p(
        "a national treasure whose music taught a young nation how to celebrate itself",
        PRESIDENCY_BODY,
        "partial",
        "described",
        "Ghana's Presidency",
    ),
    p(
        "the government would support the family with the funeral arrangements and that a state "
        "burial was being considered",
        PRESIDENCY_BODY,
        "indirect",
        "said",
        "It",
    ),
    p(
        "one of the architects of modern highlife",
        MINISTER_GH,
        "partial",
        "said",
        MINISTER_GH_SRC,
    ),
    p(
        "the ministry would work with MUSIGA to digitise the band's recordings",
        MINISTER_GH,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Papa Sarpong did not only play highlife; he protected it,",
        NYARKO,
        "direct",
        "said",
        NYARKO_SRC,
    ),
    p(
        "When the disco years came and young people wanted only foreign music, he kept his band "
        "together and kept paying his musicians.",
        NYARKO,
        "direct",
        "said",
        NYARKO_SRC,
    ),
    p(
        "the union would hold a memorial concert at the National Theatre in December, with "
        "proceeds going to a fund for ageing musicians",
        NYARKO,
        "indirect",
        "said",
        "Nyarko",
    ),
    p(
        "he had learnt the guitar from a Liberian sailor in Takoradi and could not read a note "
        "of music",
        SARPONG,
        "indirect",
        "said",
        "Sarpong",
    ),
    p("The guitar taught me. I only listened,", SARPONG, "direct", "said", "he"),
    p(
        "changed what a lot of young Londoners thought African music was",
        WHITLOCK,
        "partial",
        "said",
        WHITLOCK_SRC,
    ),
    p(
        "He was the gentlest man I ever toured with, and the loudest guitar,",
        WHITLOCK,
        "direct",
        "told",
        "Whitlock",
    ),
    p("opened the road", ADEYEMO, "partial", "wrote", "the Nigerian singer Femi Adeyemo"),
    p("Rest well, Papa. We are still dancing,", ADEYEMO, "direct", "wrote", "he"),
    p(
        "Sarpong's recordings were an important archive of the country's first decades of "
        "independence",
        FRIMPONG,
        "indirect",
        "said",
        FRIMPONG_SRC,
    ),
    p("when highlife was the sound of everyday life", FRIMPONG, "partial", "said", FRIMPONG_SRC),
    p(
        "the university's library held copies of 14 of his albums and had begun recording "
        "interviews with surviving band members",
        FRIMPONG,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the bandleader was strict about rehearsals but generous with money",
        BOADU,
        "indirect",
        "said",
        BOADU_SRC,
    ),
    p(
        "If you came late, he fined you. If your child was sick, he paid the hospital bill,",
        BOADU,
        "direct",
        "said",
        "Boadu",
    ),
    p("That was Papa.", BOADU, "direct", "said", "Boadu"),
    q(
        "funeral arrangements would be announced after consultations with the Asantehene's "
        "palace in Kumasi",
        None,
        "indirect",
        "said",
        "The family",
        country="GH",
    ),
    p(
        "her father had asked for only one thing: that the band's surviving members play at his "
        "funeral",
        DAUGHTER,
        "indirect",
        "told",
        "Sarpong-Mensah",
    ),
    p(
        "He said, 'No sad songs. Play the ones they danced to,'",
        DAUGHTER,
        "direct",
        "said",
        "she",
    ),
]

# --- a Lima bus drivers' strike over extortion (Agencia Andina's English service, translated
# from Spanish: `Lima, Oct. 14 (ANDINA).` dateline, curly “double quotes”, Spanish double
# surnames, translated reporting verbs `stated`, `indicated`, `specified`, `affirmed`,
# `remarked`, `pointed out`; an `(END) ANDINA/…` sign-off) ------------------------------
ATU = "Urban Transport Authority for Lima and Callao"
PNP = "National Police of Peru"
OMBUDSMAN = "Ombudsman’s Office"
ROJAS = {"speaker": "Julio César Rojas Huamaní", "role": "spokesman", "country": "PE"}
MEDINA = {
    "speaker": "Carlos Alberto Medina Paredes",
    "role": "Minister of the Interior",
    "country": "PE",
}
CHUMPITAZ = {"speaker": "Rosa Elvira Chumpitaz", "role": "market vendor", "country": "PE"}
AGUIRRE = {"speaker": "Marisol Aguirre Lazo", "role": "president", "country": "PE", "org": ATU}
CASTANEDA = {
    "speaker": "Luis Fernando Castañeda",
    "role": "economist",
    "country": "PE",
    "org": "Lima Centre for Urban Studies",
}
ATU_BODY = {"speaker": ATU, "country": "PE"}
PNP_BODY = {"speaker": PNP, "country": "PE"}
OMBUDSMAN_BODY = {"speaker": OMBUDSMAN, "country": "PE"}
ROJAS_SRC = "The spokesman of the transport guilds, Julio César Rojas Huamaní"
MEDINA_SRC = "The Minister of the Interior, Carlos Alberto Medina Paredes"

STRIKE_Q = [
    p(
        "Around 70 percent of the formal public transport fleet did not circulate before 9 a.m.",
        ATU_BODY,
        "indirect",
        "according to",
        "the Urban Transport Authority for Lima and Callao (ATU)",
    ),
    p("until the State guarantees our lives", ROJAS, "partial", "stated", ROJAS_SRC),
    p(
        "14 drivers had been murdered so far this year for refusing to pay extortionists",
        ROJAS,
        "indirect",
        "stated",
        ROJAS_SRC,
    ),
    p(
        "We are not striking against the passengers. We are striking because every morning a "
        "driver leaves home and does not know if he will come back,",
        ROJAS,
        "direct",
        "indicated",
        "Rojas",
    ),
    p(
        "the drivers were demanding a state of emergency with military patrols on the main "
        "routes and a special prosecutor’s unit for extortion cases",
        ROJAS,
        "indirect",
        "specified",
        "He",
    ),
    p(
        "the Executive had deployed 6,000 police officers to protect the buses that continued "
        "running",
        MEDINA,
        "indirect",
        "affirmed",
        MEDINA_SRC,
    ),
    p("return to dialogue.", MEDINA, "partial", "called on", MEDINA_SRC),
    p(
        "The Government does not negotiate under pressure, but it also does not abandon those "
        "who work,",
        MEDINA,
        "direct",
        "remarked",
        "the minister",
    ),
    p(
        "212 suspected extortionists had been arrested in Lima and Callao since January",
        MEDINA,
        "indirect",
        "said",
        "Medina Parades",
    ),
    p(
        "she had walked for an hour and a half to reach the station",
        CHUMPITAZ,
        "indirect",
        "said",
        "Rosa Elvira Chumpitaz, a 47-year-old market vendor",
    ),
    p(
        "There is no bus, there is no combi, there is nothing. And if I do not sell, I do not eat,",
        CHUMPITAZ,
        "direct",
        "said",
        "she",
    ),
    p(
        "the authority had added 120 buses to the Metropolitano system and had authorized "
        "municipal vehicles to carry passengers free of charge",
        AGUIRRE,
        "indirect",
        "reported",
        "The president of the ATU, Marisol Aguirre Lazo",
    ),
    p(
        "service on the corridors of the complementary network had fallen by 85 percent",
        AGUIRRE,
        "indirect",
        "added",
        "She",
    ),
    p(
        "two buses were stoned on Próceres de la Independencia Avenue and that one driver "
        "suffered minor injuries",
        PNP_BODY,
        "indirect",
        "reported",
        "The National Police of Peru (PNP)",
    ),
    p(
        "in the shortest possible time",
        OMBUDSMAN_BODY,
        "partial",
        "urged",
        "The Ombudsman’s Office",
    ),
    p(
        "not to sanction drivers who joined the stoppage",
        OMBUDSMAN_BODY,
        "indirect",
        "asked",
        "The Ombudsman’s Office",
    ),
    q(
        "the Executive was evaluating extending the state of emergency, in force in 14 districts "
        "since September, to the whole of Lima and Callao",
        None,
        "indirect",
        "told",
        "Sources in the Council of Ministers",
        country="PE",
        org="Council of Ministers",
    ),
    p(
        "each day of stoppage costs the capital’s economy around 200 million soles (about 53 "
        "million dollars)",
        CASTANEDA,
        "indirect",
        "estimated",
        "The economist Luis Fernando Castañeda, of the Lima Centre for Urban Studies",
    ),
    p(
        "The informal worker who does not reach the market loses the whole day. That is where "
        "the strike hurts most,",
        CASTANEDA,
        "direct",
        "pointed out",
        "he",
    ),
    p(
        "the guilds would meet on Wednesday to decide whether to extend the stoppage",
        ROJAS,
        "indirect",
        "announced",
        "Rojas Huamaní",
    ),
    p(
        "a second day would also include the heavy-cargo transporters of Callao",
        ROJAS,
        "indirect",
        "warned",
        "Rojas Huamaní",
    ),
]

# --- a state High Court quashes a recruitment exam over a paper leak (Indian legal-news
# site style, LiveLaw-like: Title Case headline opening with a ‘single-quoted’ phrase from
# the judgment, no dateline, curly “double quotes”, `the Court` / `the Bench`, counsel
# `appearing for`, `submitted`, `per cent`, a `Case Title:` line) -------------------------
HC = "Rajasthan High Court"
RSSB = "Rajasthan Staff Selection Board"
IYER = {"speaker": "Meenakshi Iyer", "role": "Justice", "country": "IN", "org": HC}
RATHORE = {"speaker": "Vikram Singh Rathore", "role": "Justice", "country": "IN", "org": HC}
SHEKHAWAT = {"speaker": "Raghav Shekhawat", "role": "Senior Advocate", "country": "IN"}
KALRA = {"speaker": "Pooja Kalra", "role": "Additional Advocate General", "country": "IN"}
CHAUDHARY = {"speaker": "Mahendra Pal Chaudhary", "role": "chairman", "country": "IN", "org": RSSB}
MEGHWAL = {"speaker": "Suresh Kumar Meghwal", "role": "petitioner", "country": "IN"}
HC_BODY = {"speaker": HC, "country": "IN"}
RSSB_BODY = {"speaker": RSSB, "country": "IN"}
SHEKHAWAT_SRC = "Senior Advocate Raghav Shekhawat, appearing for the petitioners"
MEGHWAL_SRC = "petitioner Suresh Kumar Meghwal, 27, who has taken the patwari examination twice"

COURT_Q = [
    p(
        "Sanctity Of Examination Irreparably Compromised",
        HC_BODY,
        "partial",
        None,
        "Rajasthan High Court",
    ),
    p("irreparably compromised", HC_BODY, "partial", "holding", "The Rajasthan High Court"),
    q(
        "the paper was sold in three districts days before the test",
        None,
        "indirect",
        "alleged",
        "unsuccessful candidates",
        country="IN",
    ),
    p(
        "to conduct a fresh examination within six months and to bar from it any candidate who "
        "has been charge-sheeted in the leak case",
        HC_BODY,
        "indirect",
        "directed",
        "The Court",
    ),
    p(
        "the State’s own investigation had found that the question paper was circulating on "
        "messaging apps at least 14 hours before the examination began",
        IYER,
        "indirect",
        "observed",
        "Justice Iyer",
    ),
    p(
        "When the question paper is available in the market before the candidate reaches the "
        "examination hall, the examination ceases to be a test of merit. It becomes a test of "
        "access,",
        IYER,
        "direct",
        "wrote",
        "she",
    ),
    q(
        "to cancel the results only at the centres where the leak was proved",
        None,
        "indirect",
        "urged",
        "The State",
        country="IN",
    ),
    p(
        "Where the contamination is systemic, this Court cannot be expected to separate the "
        "tainted from the untainted with a magnifying glass,",
        HC_BODY,
        "direct",
        "said",
        "the Bench",
    ),
    p(
        "more than 4,000 candidates from three districts scored above 90 per cent, against fewer "
        "than 300 in the rest of the State",
        SHEKHAWAT,
        "indirect",
        "argued",
        SHEKHAWAT_SRC,
    ),
    p(
        "These numbers are impossible unless the paper was already in their hands,",
        SHEKHAWAT,
        "direct",
        "told",
        "he",
    ),
    p(
        "the police had arrested 63 people, including two employees of the Board, and that the "
        "appointment of 2,800 patwaris would be delayed by a year if the whole examination were "
        "cancelled",
        KALRA,
        "indirect",
        "submitted",
        "Additional Advocate General Pooja Kalra, for the State",
    ),
    p(
        "a delay of a year is a smaller injustice than a selection tainted for a decade",
        HC_BODY,
        "partial",
        "said",
        "The Court",
    ),
    p(
        "organised crime and not as a clerical lapse",
        RATHORE,
        "partial",
        "said",
        "Justice Rathore",
    ),
    p(
        "the legislature consider a dedicated tribunal for recruitment disputes",
        RATHORE,
        "indirect",
        "suggested",
        "Justice Rathore",
    ),
    p(
        "it would study the judgment",
        RSSB_BODY,
        "indirect",
        "said in a statement",
        "The Rajasthan Staff Selection Board",
    ),
    p(
        "take further steps in consultation with the State Government",
        RSSB_BODY,
        "partial",
        "said in a statement",
        "The Rajasthan Staff Selection Board",
    ),
    p(
        "the Board had already changed the way question papers are printed and transported "
        "since the leak",
        CHAUDHARY,
        "indirect",
        "told reporters",
        "Its chairman, Mahendra Pal Chaudhary",
    ),
    p(
        "All options are open. We will decide after reading the full order.",
        CHAUDHARY,
        "direct",
        "said",
        "he",
    ),
    q(
        "the government was likely to challenge the order",
        None,
        "indirect",
        "said",
        "Officials in the Department of Personnel",
        country="IN",
        org="Department of Personnel",
    ),
    p("some faith", MEGHWAL, "partial", "said", MEGHWAL_SRC),
    p(
        "My father sold two goats to pay for my coaching. I will sit the exam a third time, and "
        "this time I want to sit it honestly,",
        MEGHWAL,
        "direct",
        "said",
        "he",
    ),
    p(
        "the petitioners would seek compensation for candidates who had paid for travel and "
        "coaching to sit the cancelled examination",
        SHEKHAWAT,
        "indirect",
        "said",
        "Meghwal’s counsel, Shekhawat",
    ),
]

# --- a shire council backs a solar farm on cropping land (Australian regional daily style,
# ACM-like: no dateline, present-tense `says` throughout, straight "double quotes", `Cr`
# for councillors, `Mr` / `Ms`, `Council's` without the article, one-sentence paragraphs) --
COUNCIL = "Wirrabilla Shire Council"
SUNCREST = "SunCrest Renewables"
NSW_FARMERS = "NSW Farmers"
DRUMMOND = {"speaker": "Helen Drummond", "role": "Mayor", "country": "AU", "org": COUNCIL}
WHITFORD = {
    "speaker": "Aaron Whitford",
    "role": "project director",
    "country": "AU",
    "org": SUNCREST,
}
MCKELLAR = {"speaker": "Rob McKellar", "role": "councillor", "country": "AU", "org": COUNCIL}
HOLLIS = {"speaker": "Greg Hollis", "role": "general manager", "country": "AU", "org": COUNCIL}
PETTIGREW = {"speaker": "Sandra Pettigrew", "role": "grain grower", "country": "AU"}
NGUYEN = {
    "speaker": "Tony Nguyen",
    "role": "president",
    "country": "AU",
    "org": "Wirrabilla Business Chamber",
}
TOOHEY = {"speaker": "Jenny Toohey", "role": "Deputy mayor", "country": "AU", "org": COUNCIL}
SUNCREST_BODY = {"speaker": SUNCREST, "country": "AU"}
NSW_FARMERS_BODY = {"speaker": NSW_FARMERS, "country": "AU"}
PETTIGREW_SRC = "Fourth-generation grain grower Sandra Pettigrew, whose property borders the site"

COUNCIL_Q = [
    p("a generation of jobs", DRUMMOND, "partial", "says", "the mayor"),
    p(
        "the council's support, given at Wednesday night's meeting, is only a recommendation to "
        "the state's Independent Planning Commission",
        DRUMMOND,
        "indirect",
        "says",
        "Mayor Helen Drummond",
    ),
    p(
        "We've heard the farmers, and I respect them. But this project puts $40 million a year "
        "into wages and leases, and we can't say no to that,",
        DRUMMOND,
        "direct",
        "says",
        "Cr Drummond",
    ),
    p(
        "the farm would cover about 900 hectares across three properties and power roughly "
        "170,000 homes",
        SUNCREST_BODY,
        "indirect",
        "says",
        "The developer, SunCrest Renewables",
    ),
    p(
        "the company will pay $350,000 a year into a community benefit fund managed by the "
        "council for the life of the project",
        WHITFORD,
        "indirect",
        "says",
        "Its project director, Aaron Whitford",
    ),
    p(
        "Sheep will graze under the panels. This is not the end of agriculture on that land,",
        WHITFORD,
        "direct",
        "says",
        "he",
    ),
    p(
        "waved through",
        MCKELLAR,
        "partial",
        "says",
        "Cr Rob McKellar, who voted against the motion",
    ),
    p(
        "You can put solar panels on a rocky hill. You can't grow wheat on one,",
        MCKELLAR,
        "direct",
        "says",
        "Cr McKellar",
    ),
    p(
        "Once that soil is under steel footings for 30 years, it's gone.",
        MCKELLAR,
        "direct",
        "says",
        "Cr McKellar",
    ),
    p(
        "a staff report found the project would take about 0.4 per cent of the shire's cropping "
        "land out of production",
        HOLLIS,
        "indirect",
        "says",
        "Council's general manager, Greg Hollis",
    ),
    p(
        "It's a real loss for the three families involved, but it's not the end of farming in "
        "Wirrabilla,",
        HOLLIS,
        "direct",
        "says",
        "Mr Hollis",
    ),
    p("neighbours were never properly consulted", PETTIGREW, "indirect", "says", PETTIGREW_SRC),
    p(
        "The first we knew of it was a letter in the mailbox with a map,",
        PETTIGREW,
        "direct",
        "says",
        "Ms Pettigrew",
    ),
    p(
        "By then they'd already signed up the leases.",
        PETTIGREW,
        "direct",
        "says",
        "Ms Pettigrew",
    ),
    p(
        "more than 200 people have signed a petition asking the council to oppose the development",
        PETTIGREW,
        "indirect",
        "says",
        "She",
    ),
    p(
        "it is not opposed to renewable energy but wants the state government to map and protect "
        "high-value farmland before more projects are approved",
        NSW_FARMERS_BODY,
        "indirect",
        "says",
        "NSW Farmers",
    ),
    q(
        "a public hearing will be held in Dubbo before the commission makes its determination",
        None,
        "indirect",
        "says",
        "A spokeswoman for the Independent Planning Commission",
        role="spokeswoman",
        country="AU",
        org="Independent Planning Commission",
    ),
    p(
        "crying out",
        NGUYEN,
        "partial",
        "says",
        "Wirrabilla Business Chamber president Tony Nguyen",
    ),
    p(
        "For two years we'll have 300 workers in town. Nobody's going to complain about that at "
        "the bakery,",
        NGUYEN,
        "direct",
        "says",
        "he",
    ),
    p(
        "the chamber has asked SunCrest to house workers in town rather than in a camp on the site",
        NGUYEN,
        "indirect",
        "says",
        "Mr Nguyen",
    ),
    p(
        "the council has attached 27 conditions to its support, including a bond to pay for "
        "removing the panels at the end of the project",
        TOOHEY,
        "indirect",
        "says",
        "Deputy mayor Jenny Toohey, who seconded the motion",
    ),
    p(
        "If they walk away in 30 years, the ratepayers won't be left holding the bill,",
        TOOHEY,
        "direct",
        "says",
        "she",
    ),
    p(
        "he will move a rescission motion at next month's meeting",
        MCKELLAR,
        "indirect",
        "says",
        "Cr McKeller",
    ),
    p("it is unlikely to succeed", MCKELLAR, "indirect", "concedes", "he"),
    p(
        "the petitioners will now take their fight to the commission",
        PETTIGREW,
        "indirect",
        "says",
        "Ms Pettigrew",
    ),
    p("We're not going anywhere. Neither is the soil,", PETTIGREW, "direct", "says", "she"),
]

# --- the European Parliament adopts its position on cross-border parcel prices (Brussels
# policy-site style, Euractiv-like: no dateline, `on Tuesday (18 November)`, curly “double
# quotes” and apostrophes, MEPs with their group in brackets, `trilogue`, an `[Edited by …]`
# line) ---------------------------------------------------------------------------------
PARCEL_EUROPE = "ParcelEurope"
HALVARSSON = {"speaker": "Ingrid Halvarsson", "role": "MEP", "country": "SE", "org": "EU"}
ALBRECHT = {"speaker": "Markus Albrecht", "role": "MEP", "country": "DE", "org": "EU"}
FERRARESI = {"speaker": "Giulia Ferraresi", "role": "MEP", "country": "IT", "org": "EU"}
BIANCHETTI = {"speaker": "Laura Bianchetti", "role": "spokesperson", "org": "EU"}
VAUTRIN = {"speaker": "Claire Vautrin", "role": "minister for small businesses", "country": "FR"}
WIECZOREK = {"speaker": "Tomasz Wieczorek", "org": "Small Online Traders’ Alliance"}
PARCEL_BODY = {"speaker": PARCEL_EUROPE}
HALVARSSON_SRC = "The file’s rapporteur, Swedish MEP Ingrid Halvarsson (Renew Europe)"
ALBRECHT_SRC = "German MEP Markus Albrecht (EPP)"
FERRARESI_SRC = (
    "Italian MEP Giulia Ferraresi (S&D), who negotiated the text for the Socialists and Democrats"
)
PARCEL_SRC = "The European parcel carriers’ association, ParcelEurope"

PARLIAMENT_Q = [
    q(
        "small online shops pay up to five times more than large retailers to send the same "
        "package",
        None,
        "indirect",
        "arguing",
        "lawmakers",
    ),
    p("a clear signal", HALVARSSON, "partial", "said", HALVARSSON_SRC),
    p("the era of opaque pricing is over", HALVARSSON, "partial", "said", HALVARSSON_SRC),
    p(
        "Today a bakery in Tartu pays more to send a box of biscuits to Riga than a "
        "multinational pays to send a television from Rotterdam to Rome,",
        HALVARSSON,
        "direct",
        "told reporters",
        "Halvarsson",
    ),
    p("another layer of paperwork", ALBRECHT, "partial", "said", ALBRECHT_SRC),
    p(
        "prices in rural regions could rise as a result",
        ALBRECHT,
        "indirect",
        "warned",
        ALBRECHT_SRC,
    ),
    p(
        "We are regulating a market that is already working for most people,",
        ALBRECHT,
        "direct",
        "said",
        "he",
    ),
    p("a compromise, not a victory", FERRARESI, "partial", "called", FERRARESI_SRC),
    p(
        "her group had wanted the rules to cover all carriers, regardless of size, but had "
        "accepted the threshold to secure a majority",
        FERRARESI,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Half a loaf is better than no bread, and this is more than half,",
        FERRARESI,
        "direct",
        "said",
        "Ferrarese",
    ),
    p(
        "ready to work with both co-legislators",
        BIANCHETTI,
        "partial",
        "said",
        "Commission spokesperson Laura Bianchetti",
    ),
    q(
        "At least nine capitals, including Paris and The Hague, want the publication requirement "
        "limited to carriers with more than 250 employees",
        None,
        "indirect",
        "according to",
        "two EU diplomats",
        org="EU",
    ),
    q(
        "The Parliament’s number will not survive the trilogue,",
        None,
        "direct",
        "said",
        "one of the diplomats",
        org="EU",
    ),
    p(
        "the Parliament’s threshold would hit family firms delivering to mountain villages in "
        "the Alps and the Pyrenees",
        VAUTRIN,
        "indirect",
        "told",
        "France’s minister for small businesses, Claire Vautrin",
    ),
    p(
        "it shared the goal of transparency",
        PARCEL_BODY,
        "indirect",
        "said in a statement",
        PARCEL_SRC,
    ),
    p("means nothing", PARCEL_BODY, "partial", "said in a statement", PARCEL_SRC),
    p(
        "its members already offered discounts to small senders through online platforms",
        PARCEL_BODY,
        "indirect",
        "said",
        "It",
    ),
    p(
        "the first good news for small sellers in years",
        WIECZOREK,
        "partial",
        "said",
        "Tomasz Wieczorek, who heads the Small Online Traders’ Alliance",
    ),
    p(
        "Our members don’t want a subsidy. They want to know the price before they pack the box,",
        WIECZOREK,
        "direct",
        "said",
        "Wieczorek",
    ),
    p(
        "she hoped to open negotiations with the Council in January, once member states agree "
        "their own position",
        HALVARSSON,
        "indirect",
        "said",
        "Halvarsson",
    ),
    p(
        "the Parliament would have to give ground on the threshold",
        HALVARSSON,
        "indirect",
        "admitted",
        "She",
    ),
    p("not for sale", HALVARSSON, "partial", "said", "She"),
]

DOCS = [
    ("heldout25-obituary-ghana-highlife-guitarist-tributes", "ACCRA", OBITUARY_Q),
    ("heldout25-strike-peru-lima-bus-drivers-extortion", "Lima", STRIKE_Q),
    ("heldout25-court-india-rajasthan-high-court-patwari-exam-leak", None, COURT_Q),
    ("heldout25-council-australia-wirrabilla-shire-solar-farm-vote", None, COUNCIL_Q),
    ("heldout25-parliament-eu-strasbourg-parcel-prices-vote", None, PARLIAMENT_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    MUSIGA,
    PRESIDENCY,
    ATU,
    PNP,
    OMBUDSMAN,
    HC,
    RSSB,
    SUNCREST,
    NSW_FARMERS,
    PARCEL_EUROPE,
)


def main():
    write_gold(
        HERE,
        "heldout25_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout25",
        source="quotesdb held-out 25 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
