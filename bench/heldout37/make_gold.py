"""Build heldout37_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of decisions 1-12 and the Conventions of
articles/attribution/README.md (see bench/heldout37/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout37/make_gold.py   # writes bench/heldout37/heldout37_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a desalination plant's second line and the farmers' tariff (MAP English service
# style, dateline `Agadir, May 14 (MAP) -`, straight "double quotes" and apostrophes,
# `Mr.`, `the Kingdom`, `the State`, `told MAP`, `MAP` sign-off) ---------------------------
ONEE = "National Office of Electricity and Drinking Water"
AQUASOUSS = "Aquasouss"
CUAC = "Chtouka Union of Agricultural Cooperatives"
BASIN = "Souss-Massa Hydraulic Basin Agency"
AGRI = "Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests"
FAO = "Food and Agriculture Organization"
ONEE_BODY = {"speaker": ONEE, "country": "MA"}
BENSOUDA = {"speaker": "Karim Bensouda", "role": "Director General", "country": "MA", "org": ONEE}
AQUASOUSS_BODY = {"speaker": AQUASOUSS, "country": "MA"}
ORTUNO = {
    "speaker": "Javier Ortuño Llamas",
    "role": "technical director",
    "country": "ES",
    "org": AQUASOUSS,
}
AIT_OUFKIR = {"speaker": "Lahcen Ait Oufkir", "role": "president", "country": "MA", "org": CUAC}
AGRI_BODY = {"speaker": AGRI, "country": "MA"}
SOLHEIM = {"speaker": "Ingrid Solheim", "role": "representative", "country": None, "org": FAO}
IDRISSI = {"speaker": "Fatima Zahra Idrissi", "country": "MA"}
BENSOUDA_SRC = "the Director General of ONEE, Karim Bensouda,"
AIT_OUFKIR_SRC = (
    "The president of the Chtouka Union of Agricultural Cooperatives, Lahcen Ait Oufkir,"
)
BASIN_SRC = (
    "An official at the Souss-Massa Hydraulic Basin Agency, who requested anonymity because he "
    "was not authorised to speak to the press,"
)
SOLHEIM_SRC = (
    "The representative of the Food and Agriculture Organization (FAO) in Morocco, Ingrid Solheim,"
)


def basin_official(text, kind, cue, source):
    return q(text, None, kind, cue, source, role="official", country="MA", org=BASIN)


DESALINATION_Q = [
    p(
        "The seawater desalination plant serving the Chtouka plain, south of Agadir, brought its "
        "second production line into service on Wednesday, doubling the volume of water "
        "available for drinking and irrigation in the Souss-Massa region",
        ONEE_BODY,
        "indirect",
        "said",
        "the National Office of Electricity and Drinking Water (ONEE)",
    ),
    p(
        "the new line raises the plant's capacity to 800,000 cubic metres per day, half of it for "
        "the drinking water supply of Greater Agadir and half for the irrigation of some 15,000 "
        "hectares of farmland",
        ONEE_BODY,
        "indirect",
        "said",
        "the Office",
    ),
    p(
        "secures the drinking water of the region until at least 2040",
        BENSOUDA,
        "partial",
        "underlined",
        BENSOUDA_SRC,
    ),
    p(
        "would relieve an aquifer that has been overexploited for three decades",
        BENSOUDA,
        "indirect",
        "underlined",
        BENSOUDA_SRC,
    ),
    p(
        "Every cubic metre we take from the sea is a cubic metre we leave in the ground,",
        BENSOUDA,
        "direct",
        "said",
        "Mr. Bensouda",
    ),
    p(
        "groundwater levels in parts of the plain had fallen by more than 30 metres since the "
        "1990s",
        BENSOUDA,
        "indirect",
        "adding",
        "Mr. Bensouda",
    ),
    p(
        "Built under a public-private partnership, the plant draws water from the Atlantic on "
        "the coast north of Massa and runs it through reverse osmosis membranes powered largely "
        "by wind farms in the south of the Kingdom",
        AQUASOUSS_BODY,
        "indirect",
        "according to",
        "Aquasouss, the consortium that operates it",
    ),
    p(
        "the energy needed to produce one cubic metre of fresh water had fallen to about 3 "
        "kilowatt-hours, against more than 5 when the first large plants were built in Spain",
        ORTUNO,
        "indirect",
        "noted",
        "Its technical director, Javier Ortuño Llamas, a Spanish engineer who has worked on "
        "plants in Almería and the Canary Islands,",
    ),
    p(
        "The technology has matured. What decides whether a plant like this is sustainable now "
        "is the price of the electricity behind it,",
        ORTUNO,
        "direct",
        "told",
        "he",
    ),
    p("five dry years", AIT_OUFKIR, "partial", "said", AIT_OUFKIR_SRC),
    p(
        "the tariff of 5 dirhams per cubic metre remained beyond the reach of small farms",
        AIT_OUFKIR,
        "indirect",
        "said",
        AIT_OUFKIR_SRC,
    ),
    p(
        "A family with two hectares cannot pay the same price as an export company with two "
        "hundred. We are asking for a tariff that takes the size of the farm into account,",
        AIT_OUFKIR,
        "direct",
        "told",
        "Mr. Ait Oufkir",
    ),
    p(
        "many smallholders in the plain still irrigate from private wells, some of them dug "
        "without authorisation, because pumping groundwater costs them less than half the price "
        "of desalinated water",
        AIT_OUFKIR,
        "indirect",
        "noted",
        "He",
    ),
    basin_official(
        "the water table under the Chtouka plain had dropped by 1.5 to 2 metres a year over the "
        "past decade",
        "indirect",
        "said",
        BASIN_SRC,
    ),
    basin_official(
        "The plant gives us breathing space, not a solution. If the wells keep running at night, "
        "the aquifer will not recover,",
        "direct",
        "said",
        "the official",
    ),
    p(
        "the State would continue to cover part of the cost of irrigation water for the 2026 "
        "season",
        AGRI_BODY,
        "indirect",
        "said",
        "The Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests",
    ),
    p(
        "as soon as possible",
        AGRI_BODY,
        "partial",
        "called on",
        "The Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests",
    ),
    p(
        "desalination could only be one part of the answer for agriculture in arid regions",
        SOLHEIM,
        "indirect",
        "said",
        SOLHEIM_SRC,
    ),
    p(
        "Countries that have succeeded combine new water with strict limits on pumping and "
        "support for drip irrigation. Morocco has the second and the third. The first is always "
        "the hardest,",
        SOLHEIM,
        "direct",
        "said",
        "she",
    ),
    q(
        "a third production line, included in the original plans, would only be built if demand "
        "from farms justified it",
        None,
        "indirect",
        "said",
        "Regional officials",
        country="MA",
    ),
    p(
        "she had connected half of her fields to the network last year but still waters the rest "
        "from her well",
        IDRISSI,
        "indirect",
        "said",
        "Fatima Zahra Idrissi, who grows tomatoes on four hectares with her two sons,",
    ),
    p(
        "The water from the sea is good water. But at the end of the month, I look at the bill "
        "and I look at the price of tomatoes in the market,",
        IDRISSI,
        "direct",
        "said",
        "she",
    ),
    p(
        "ONEE was studying a differentiated tariff for small farms with the ministry",
        BENSOUDA,
        "indirect",
        "said",
        "Mr. Bensouda",
    ),
    p("before the end of the summer", BENSOUDA, "partial", "said", "Mr. Bensouda"),
]

# --- antivenom runs out in a rural district (The Citizen style, dateline `Morogoro.`,
# curly “double quotes” and curly apostrophes, `Ms`, `Dr` without a stop, `Sh180,000`,
# `yesterday`, `told The Citizen`, a party tag `(CCM)`) ------------------------------------
MSD = "Medical Stores Department"
TMDA = "Tanzania Medicines and Medical Devices Authority"
KEMRI = "Kenya Medical Research Institute"
MWAKALINGA = {
    "speaker": "Neema Mwakalinga",
    "role": "nurse in charge",
    "country": "TZ",
    "org": "Ulaya Health Centre",
}
LUGENDO = {"speaker": "Emmanuel Lugendo", "role": "District Medical Officer", "country": "TZ"}
MSD_BODY = {"speaker": MSD, "country": "TZ"}
MBWAMBO = {"speaker": "Halima Mbwambo", "role": "spokesperson", "country": "TZ", "org": MSD}
TMDA_BODY = {"speaker": TMDA, "country": "TZ"}
KAMAU = {"speaker": "Wanjiru Kamau", "role": "researcher", "country": "KE", "org": KEMRI}
WHO_BODY = {"speaker": "World Health Organization", "country": None}
SELEMANI = {"speaker": "Juma Selemani", "role": "rice farmer", "country": "TZ"}
HAMISI = {"speaker": "Mwanaisha Hamisi", "role": "wife", "country": "TZ"}
NDEGE = {"speaker": "Paulo Ndege", "role": "MP", "country": "TZ", "org": "CCM"}
MWAKALINGA_SRC = "Ms Neema Mwakalinga, the nurse in charge of Ulaya Health Centre"
SAHYADRI_SRC = "A spokesperson for the manufacturer, Pune-based Sahyadri Biologicals,"


def sahyadri_spokesperson(text, kind):
    return q(
        text,
        None,
        kind,
        "said",
        SAHYADRI_SRC,
        role="spokesperson",
        country="IN",
        org="Sahyadri Biologicals",
    )


ANTIVENOM_Q = [
    q(
        "the last vials were used in the first week of March and that new stock ordered through "
        "the Medical Stores Department (MSD) had not yet arrived",
        None,
        "indirect",
        "told",
        "Health workers at three facilities",
        country="TZ",
    ),
    p(
        "We have patients arriving at night with swollen legs, and all we can give them is "
        "painkillers and a referral letter,",
        MWAKALINGA,
        "direct",
        "said",
        MWAKALINGA_SRC,
    ),
    p(
        "Some families do not have money for transport, so they go to traditional healers instead.",
        MWAKALINGA,
        "direct",
        "said",
        MWAKALINGA_SRC,
    ),
    p(
        "at least 14 snakebite patients had been referred from the centre since January, two of "
        "them children, and that one farmer had died on the way to Morogoro",
        MWAKALINGA,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the district had requested 400 vials in its quarterly order but received only 60, and "
        "that those had been used up within five weeks",
        LUGENDO,
        "indirect",
        "said",
        "Kilosa District Medical Officer Dr Emmanuel Lugendo",
    ),
    p(
        "The rains bring the snakes and the farmers into the same fields. This is when we need "
        "antivenom most, and this is when we have least,",
        LUGENDO,
        "direct",
        "said",
        "he",
    ),
    p(
        "the council had used its own funds to buy 40 vials from a private pharmacy in Dar es "
        "Salaam at Sh180,000 each, nearly three times the MSD price",
        LUGENDO,
        "indirect",
        "said",
        "Dr Lugendo",
    ),
    p(
        "the delay had been caused by a late shipment from an overseas manufacturer",
        MSD_BODY,
        "indirect",
        "said",
        "MSD",
    ),
    p("within two weeks", MSD_BODY, "partial", "said", "MSD"),
    p(
        "antivenom was among the hardest products to keep in stock because only a few "
        "manufacturers in the world make it for African snake species, and each batch has a "
        "short shelf life",
        MBWAMBO,
        "indirect",
        "said",
        "The department’s spokesperson, Ms Halima Mbwambo,",
    ),
    p(
        "We cannot keep large buffers of a product that expires within two years. But we accept "
        "that distribution to the districts must be faster,",
        MBWAMBO,
        "direct",
        "said",
        "she",
    ),
    p(
        "The antivenom used in public facilities is imported from India",
        TMDA_BODY,
        "indirect",
        "according to",
        "the Tanzania Medicines and Medical Devices Authority (TMDA)",
    ),
    sahyadri_spokesperson(
        "the Tanzanian order was shipped in the second week of February", "indirect"
    ),
    sahyadri_spokesperson("no outstanding orders", "partial"),
    p(
        "every hour of delay raised the risk of amputation or death",
        KAMAU,
        "indirect",
        "said",
        "Dr Wanjiru Kamau, a researcher at the Kenya Medical Research Institute (KEMRI) who "
        "studies snakebite in East Africa,",
    ),
    p(
        "Snakebite is a disease of poor rural people, which is why it is always the last to be "
        "funded,",
        KAMAU,
        "direct",
        "said",
        "she",
    ),
    p(
        "Kenya, Uganda and Malawi had all reported shortages of antivenom in the past two years",
        KAMAU,
        "indirect",
        "adding",
        "she",
    ),
    p(
        "between 81,000 and 138,000 people die of snakebites worldwide every year",
        WHO_BODY,
        "indirect",
        "estimates",
        "The World Health Organization (WHO), which lists snakebite envenoming among the "
        "neglected tropical diseases,",
    ),
    p(
        "his wife was bitten by a puff adder while transplanting seedlings on March 19 and spent "
        "two days at a traditional healer’s home before the family raised Sh70,000 to hire a car "
        "to Morogoro",
        SELEMANI,
        "indirect",
        "said",
        "rice farmer Juma Selemani, 38,",
    ),
    p(
        "The doctors told us that if we had come the same day, she would have kept her leg,",
        SELEMANI,
        "direct",
        "said",
        "he",
    ),
    p(
        "she had heard of antivenom for the first time at the referral hospital",
        HAMISI,
        "indirect",
        "said",
        "His wife, Mwanaisha Hamisi,",
    ),
    p(
        "In the village we know the snakes. We did not know there was a medicine,",
        HAMISI,
        "direct",
        "said",
        "she",
    ),
    p(
        "he would raise the matter in Parliament next week",
        NDEGE,
        "indirect",
        "said",
        "Kilosa MP Paulo Ndege (CCM)",
    ),
    p(
        "to allow district councils to buy antivenom directly from approved suppliers",
        NDEGE,
        "indirect",
        "asked",
        "Kilosa MP Paulo Ndege (CCM)",
    ),
    q(
        "the government planned to set up buffer stocks of antivenom in the six regions with the "
        "highest number of bites before the end of the year",
        None,
        "indirect",
        "said",
        "Officials at the Ministry of Health",
        country="TZ",
        org="Ministry of Health",
    ),
    p(
        "the health centre had pinned a notice on its gate telling families to go straight to "
        "Morogoro if someone is bitten",
        MWAKALINGA,
        "indirect",
        "said",
        "Ms Mwakalinga",
    ),
    p(
        "It is a hard thing to write on the wall of a hospital,",
        MWAKALINGA,
        "direct",
        "said",
        "she",
    ),
]

# --- expatriate remittances fall (Jordan Times style, dateline `AMMAN —`, straight "double
# quotes" with a 'single' quote inside one, `per cent`, `JD742 million`, `the Kingdom`,
# surnames without honorifics, `told The Jordan Times`) ------------------------------------
CBJ = "Central Bank of Jordan"
PHENIX = "Phenix Center for Economic and Informatics Studies"
MOL = "Ministry of Labour"
CBJ_BODY = {"speaker": CBJ, "country": "JO"}
HADDADIN = {"speaker": "Omar Haddadin", "role": "economist", "country": "JO", "org": PHENIX}
MANSOUR = {
    "speaker": "Tariq Mansour",
    "role": "chief economist",
    "country": "AE",
    "org": "Gulfmark Advisory",
}
KHASAWNEH = {"speaker": "Mohammad Khasawneh", "role": "civil engineer", "country": "JO"}
ABU_RUMMAN = {"speaker": "Yousef Abu Rumman", "role": "manager", "country": "JO"}
MOL_BODY = {"speaker": MOL, "country": "JO"}
NSOUR = {"speaker": "Hala Nsour", "role": "Spokesperson", "country": "JO", "org": MOL}
SAADE = {
    "speaker": "Karim Saade",
    "role": "labour migration specialist",
    "country": None,
    "org": "ILO",
}
CBJ_OFFICIAL_SRC = (
    "A CBJ official, who spoke on condition of anonymity because he was not authorised to "
    "brief the media,"
)


def cbj_official(text, kind):
    return q(text, None, kind, "said", CBJ_OFFICIAL_SRC, role="official", country="JO", org=CBJ)


REMITTANCES_Q = [
    p(
        "Remittances sent home by Jordanians working abroad fell by 6.2 per cent in the first "
        "quarter of 2026 compared with the same period last year, to JD742 million",
        CBJ_BODY,
        "indirect",
        "according to",
        "figures released by the Central Bank of Jordan (CBJ)",
    ),
    p(
        "the decline was mainly due to lower transfers from Saudi Arabia, the UAE and Kuwait",
        CBJ_BODY,
        "indirect",
        "said",
        "the central bank",
    ),
    p(
        "a warning rather than a crisis",
        HADDADIN,
        "partial",
        "told",
        "Omar Haddadin, an economist at the Amman-based Phenix Center for Economic and "
        "Informatics Studies,",
    ),
    p(
        "Remittances have been one of the most stable sources of hard currency Jordan has had for "
        "decades. A fall of 6 per cent in one quarter is not a collapse, but it tells you what "
        "is happening to Jordanians in the Gulf,",
        HADDADIN,
        "direct",
        "said",
        "Haddadin",
    ),
    p(
        "a sustained decline would weigh on household spending, particularly in Irbid and Zarqa, "
        "and on demand for housing loans",
        HADDADIN,
        "indirect",
        "added",
        "He",
    ),
    p(
        "Gulf employers were no longer replacing foreign engineers and accountants when their "
        "contracts ended, and were filling the posts with local graduates instead",
        MANSOUR,
        "indirect",
        "said",
        "Tariq Mansour, chief economist at Dubai-based Gulfmark Advisory,",
    ),
    p(
        "This is not a recession story. Oil revenues are strong. It is a policy story, and it "
        "will continue,",
        MANSOUR,
        "direct",
        "said",
        "he",
    ),
    p(
        "he had been sending home about JD600 a month to support his parents and two brothers at "
        "university",
        KHASAWNEH,
        "indirect",
        "said",
        "He",
    ),
    p("Now I am the one asking my brother for money,", KHASAWNEH, "direct", "said", "Khasawneh"),
    p(
        "I applied to 30 companies here. Most did not answer, and the ones that did offered me "
        "half of what I earned in Riyadh.",
        KHASAWNEH,
        "direct",
        "said",
        "Khasawneh",
    ),
    p(
        "transfers from Saudi Arabia usually rise before Ramadan and the new school year",
        ABU_RUMMAN,
        "indirect",
        "said",
        "manager Yousef Abu Rumman",
    ),
    p("never came", ABU_RUMMAN, "partial", "said", "manager Yousef Abu Rumman"),
    p(
        "People tell us, 'Wait for the summer bonus.' But the summer is when the contracts end,",
        ABU_RUMMAN,
        "direct",
        "said",
        "he",
    ),
    cbj_official("comfortable", "partial"),
    cbj_official("covered more than eight months of imports", "indirect"),
    p(
        "it had registered more than 3,100 Jordanians who returned from Gulf states this year and "
        "were looking for work, and that it would hold a job fair for returnees in Amman next "
        "month",
        MOL_BODY,
        "indirect",
        "said",
        "The Ministry of Labour",
    ),
    p(
        "the ministry was asking private companies to give priority to applicants with Gulf "
        "experience",
        NSOUR,
        "indirect",
        "said",
        "Labour Ministry Spokesperson Hala Nsour",
    ),
    p(
        "These are engineers, accountants and IT specialists with years of experience on big "
        "projects. Any Jordanian company should want them,",
        NSOUR,
        "direct",
        "said",
        "Nsour",
    ),
    p(
        "the Gulf's hiring policies were affecting workers from across the region, not only "
        "Jordanians",
        SAADE,
        "indirect",
        "said",
        "Karim Saade, a labour migration specialist with the International Labour Organization "
        "(ILO) in Beirut,",
    ),
    p(
        "Egypt, Lebanon and Jordan, which all rely heavily on money sent home from the Gulf, had "
        "few programmes to help returning workers find jobs or start businesses",
        SAADE,
        "indirect",
        "warned",
        "He",
    ),
    p(
        "Governments count the remittances when they come in. Very few of them plan for the day "
        "the workers come back,",
        SAADE,
        "direct",
        "said",
        "Saade",
    ),
    p(
        "he had applied for a job in Qatar and would leave again if he got it",
        KHASAWNEH,
        "indirect",
        "said",
        "Khasawneh",
    ),
    p(
        "My children were happy when I came back. I have not told them yet,",
        KHASAWNEH,
        "direct",
        "said",
        "he",
    ),
]

# --- passport booklets run short (Daily Mirror (Sri Lanka) style, no dateline, curly
# ‘single quotes’, `yesterday`, `Ms.` / `Dr.`, initials before names, `Rs. 5,000`,
# `told the Daily Mirror`, `told Parliament`) ----------------------------------------------
DIE = "Department of Immigration and Emigration"
SLBFE = "Sri Lanka Bureau of Foreign Employment"
WICKRAMARATNE = {
    "speaker": "Nilanthi Wickramaratne",
    "role": "Controller General of Immigration and Emigration",
    "country": "LK",
    "org": DIE,
}
KUMARI = {"speaker": "W.M. Dilrukshi Kumari", "country": "LK"}
SIVAPALAN = {"speaker": "K. Sivapalan", "role": "retired teacher", "country": "LK"}
MARIKAR = {
    "speaker": "Rizwan Marikar",
    "role": "Deputy Minister of Public Security",
    "country": "LK",
}
RATHNAYAKE = {"speaker": "Chaminda Rathnayake", "role": "MP", "country": "LK"}
SLBFE_BODY = {"speaker": SLBFE, "country": "LK"}
SENARATH = {"speaker": "Ruwan Senarath", "role": "Chairman", "country": "LK", "org": SLBFE}
MARIKAR_SRC = "Deputy Minister of Public Security Rizwan Marikar"
RATHNAYAKE_SRC = "Opposition MP Chaminda Rathnayake"

PASSPORTS_Q = [
    q(
        "the one-day service would be restricted to 750 applicants a day, down from about 2,500, "
        "until a new consignment of booklets arrives from the supplier",
        None,
        "indirect",
        "said",
        "Officials",
        country="LK",
    ),
    p(
        "the department had about 40,000 booklets left, enough for roughly three weeks of normal "
        "issuance",
        WICKRAMARATNE,
        "indirect",
        "told",
        "Controller General of Immigration and Emigration Nilanthi Wickramaratne",
    ),
    p(
        "We are giving priority to people who have to travel for medical treatment, for "
        "employment abroad or because of a death in the family. Everybody else, we are asking to "
        "wait a few weeks,",
        WICKRAMARATNE,
        "direct",
        "said",
        "she",
    ),
    p(
        "a consignment of 750,000 booklets was due at the end of the month, and that the "
        "department would extend counter hours at its regional offices in Kandy, Matara, "
        "Kurunegala and Vavuniya from next week",
        WICKRAMARATNE,
        "indirect",
        "said",
        "She",
    ),
    p(
        "she had arrived at 2 a.m. with her mother and was given token number 612",
        KUMARI,
        "indirect",
        "said",
        "W.M. Dilrukshi Kumari, 29, who is due to leave for a housekeeping job in Kuwait on the "
        "18th,",
    ),
    p(
        "The agency says if I miss the flight, I lose the job and the money I paid them. I cannot "
        "come back next week,",
        KUMARI,
        "direct",
        "said",
        "she",
    ),
    p(
        "he had travelled overnight by bus because officials at the Vavuniya regional office had "
        "told him they could not issue any passports this month",
        SIVAPALAN,
        "indirect",
        "said",
        "Another applicant, retired teacher K. Sivapalan from Vavuniya,",
    ),
    p("They told me to go to Colombo. So I came to Colombo,", SIVAPALAN, "direct", "said", "he"),
    q(
        "some people in the queue had been offered tokens by touts for Rs. 5,000",
        None,
        "indirect",
        "said",
        "A security officer at the gate, who did not want to be named,",
        role="security officer",
        country="LK",
    ),
    q(
        "two men were arrested on Monday for selling tokens near the entrance and would be "
        "produced before the Kaduwela Magistrate today",
        None,
        "indirect",
        "said",
        "Police",
        country="LK",
    ),
    p(
        "the shortage was caused by delays in awarding a new printing contract",
        MARIKAR,
        "indirect",
        "told",
        MARIKAR_SRC,
    ),
    p("The tender", MARIKAR, "indirect", "said", "he"),
    p("held up for months by appeals from losing bidders", MARIKAR, "partial", "said", "he"),
    p(
        "the Cabinet had approved an emergency purchase of 500,000 booklets from the existing "
        "supplier",
        MARIKAR,
        "indirect",
        "said",
        "He",
    ),
    p("entirely predictable", RATHNAYAKE, "partial", "said", RATHNAYAKE_SRC),
    p(
        "the department had warned the ministry about its dwindling stock in November",
        RATHNAYAKE,
        "indirect",
        "said",
        RATHNAYAKE_SRC,
    ),
    p(
        "The department did its job. The ministry sat on the file for five months and now people "
        "are sleeping on the pavement,",
        RATHNAYAKE,
        "direct",
        "said",
        "he",
    ),
    q(
        "the consignment had been ready for shipment since April and was awaiting payment from "
        "the Sri Lankan side",
        None,
        "indirect",
        "said",
        "A spokesperson for Lumen Secure Documents, the Ottawa-based company that supplies the "
        "booklets,",
        role="spokesperson",
        country="CA",
        org="Lumen Secure Documents",
    ),
    p(
        "it had asked the department to reserve 300 places a day in the one-day queue for "
        "migrant workers with confirmed visas",
        SLBFE_BODY,
        "indirect",
        "said",
        "The Sri Lanka Bureau of Foreign Employment (SLBFE)",
    ),
    p(
        "more than 1,200 workers had missed their departure dates in the past two weeks because "
        "they could not obtain passports in time",
        SENARATH,
        "indirect",
        "said",
        "Its Chairman, Dr. Ruwan Senarath,",
    ),
    p(
        "Every worker who misses a flight can lose a job that the family has borrowed money to "
        "get,",
        SENARATH,
        "direct",
        "said",
        "he",
    ),
    p(
        "the bureau was asking recruitment agencies not to cancel contracts for the delay",
        SENARATH,
        "indirect",
        "adding",
        "he",
    ),
    p(
        "applicants who had already paid for the one-day service and could not be served would "
        "be given an appointment within ten days",
        WICKRAMARATNE,
        "indirect",
        "said",
        "Ms. Wickramaratne",
    ),
    p(
        "Nobody will lose their money. We are asking people to be patient for a few more weeks,",
        WICKRAMARATNE,
        "direct",
        "said",
        "she",
    ),
]

# --- a state sues a moving broker (Consumer Reports style, no dateline, Title Case headline
# and sub-heads, present-tense `says`, curly “double quotes” and curly apostrophes,
# punctuation inside closing partials, `Ill.`, `told CR`) ----------------------------------
SUNLINE = "Sunline Relocation Group"
FMCSA = "Federal Motor Carrier Safety Administration"
WHITAKER = {"speaker": "Denise Whitaker", "role": "retired school librarian", "country": "US"}
BELL = {"speaker": "Marcus Bell", "role": "Attorney General", "country": "US"}
SUNLINE_BODY = {"speaker": SUNLINE, "country": "US"}
FMCSA_BODY = {"speaker": FMCSA, "country": "US"}
TEAGUE = {
    "speaker": "Rhonda Teague",
    "role": "founder",
    "country": "US",
    "org": "MoveSafe Alliance",
}
TOLLIVER = {
    "speaker": "Jeff Tolliver",
    "role": "spokesman",
    "country": "US",
    "org": "American Trucking Associations",
}
TOLLIVER_SRC = (
    "Jeff Tolliver, a spokesman for the American Trucking Associations, whose members include "
    "most large van lines,"
)

MOVERS_Q = [
    q(
        "the price was now $9,150 and that nothing would come off the truck until she paid",
        None,
        "indirect",
        "told",
        "the driver",
        role="driver",
        country="US",
    ),
    p(
        "I stood in my empty driveway and cried. He had my mother’s china and my kids’ baby "
        "pictures, and he knew it,",
        WHITAKER,
        "direct",
        "says",
        "Whitaker, 61, a retired school librarian",
    ),
    q(
        "Sunline lured customers with low estimates, then handed their jobs to carriers that "
        "raised the price once the goods were loaded and refused to deliver them without "
        "payment in cash or by money order",
        None,
        "indirect",
        "alleges",
        "The suit",
        country="US",
    ),
    p("This is extortion with a moving truck,", BELL, "direct", "said", "Bell"),
    p(
        "These families did everything right. They got a written estimate. And then they were "
        "told to pay double or say goodbye to everything they own.",
        BELL,
        "direct",
        "said",
        "Bell",
    ),
    p(
        "the state is seeking restitution for the customers and civil penalties of up to $10,000 "
        "per violation",
        BELL,
        "indirect",
        "said",
        "He",
    ),
    p("to file a complaint with his office", BELL, "indirect", "urged", "He"),
    p("false and misleading", SUNLINE_BODY, "partial", "said", "Sunline"),
    p(
        "it is a broker, not a carrier, and does not control what independent trucking "
        "companies charge",
        SUNLINE_BODY,
        "indirect",
        "said",
        "Sunline",
    ),
    p(
        "a mover must deliver a shipment once the customer pays 110 percent of a nonbinding "
        "estimate, and must bill the rest later",
        FMCSA_BODY,
        "indirect",
        "says",
        "the Federal Motor Carrier Safety Administration (FMCSA), which",
    ),
    q(
        "the agency received more than 3,900 complaints about household goods movers last year, "
        "and that brokers now account for a growing share of them",
        None,
        "indirect",
        "told",
        "An FMCSA spokesperson",
        role="spokesperson",
        country="US",
        org=FMCSA,
    ),
    q(
        "the rule is often ignored because customers don’t know it exists, and because a family "
        "standing next to a loaded truck has little leverage",
        None,
        "indirect",
        "say",
        "Consumer advocates",
        country="US",
    ),
    p(
        "The broker model is where the problem lives. The company you talk to on the phone is not "
        "the company that shows up, and when something goes wrong, each one points at the other,",
        TEAGUE,
        "direct",
        "says",
        "Rhonda Teague, who founded the nonprofit MoveSafe Alliance after her own move went wrong "
        "in 2019",
    ),
    p(
        "rogue operators are a small share of the industry",
        TOLLIVER,
        "indirect",
        "says",
        TOLLIVER_SRC,
    ),
    p("give everyone a bad name.", TOLLIVER, "partial", "says", TOLLIVER_SRC),
    p(
        "consumers should look up a company’s USDOT number on the FMCSA website before signing "
        "anything, and should never accept an estimate that isn’t based on an in-home or video "
        "survey of their belongings",
        TEAGUE,
        "indirect",
        "says",
        "Teague",
    ),
    p("paying the deposit by credit card", TEAGUE, "indirect", "recommends", "She"),
    q(
        "customers facing a demand for more money at delivery should call local police and the "
        "state’s consumer hotline before paying anything",
        None,
        "indirect",
        "says",
        "Bell’s office",
        country="US",
        org="Bell’s office",
    ),
    p(
        "she paid the $9,150 with money borrowed from her sister",
        WHITAKER,
        "indirect",
        "says",
        "Whitaker",
    ),
    p("she has heard nothing back from either", WHITAKER, "indirect", "says", "She"),
    p(
        "I just want people to know that a low price on a website is not a promise,",
        WHITAKER,
        "direct",
        "says",
        "she",
    ),
    p("It’s bait.", WHITAKER, "direct", "says", "she"),
]

DOCS = [
    (
        "heldout37-desalination-morocco-chtouka-plant-second-line-farmers-tariff",
        "Agadir",
        DESALINATION_Q,
    ),
    ("heldout37-antivenom-tanzania-kilosa-snakebite-stockout", "Morogoro", ANTIVENOM_Q),
    ("heldout37-remittances-jordan-gulf-expatriates-first-quarter-fall", "AMMAN", REMITTANCES_Q),
    ("heldout37-passports-srilanka-battaramulla-blank-booklet-shortage", None, PASSPORTS_Q),
    ("heldout37-movers-florida-broker-sued-hostage-loads", None, MOVERS_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    ONEE,
    AQUASOUSS,
    AGRI,
    MSD,
    TMDA,
    "World Health Organization",
    CBJ,
    MOL,
    SLBFE,
    SUNLINE,
    FMCSA,
)


def main():
    write_gold(
        HERE,
        "heldout37_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout37",
        source="quotesdb held-out 37 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
