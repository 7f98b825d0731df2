"""Build heldout36_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of decisions 1-12 and the Conventions of
articles/attribution/README.md (see bench/heldout36/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout36/make_gold.py   # writes bench/heldout36/heldout36_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a provincial hospital's equipment bid-rigging probe (VnExpress International style, no
# dateline, straight "double quotes", `VND`, `told VnExpress`) -------------------------------
POLICE = "Dong Nai Provincial Police Department"
HOSPITAL = "Dong Nai Regional General Hospital"
MOH = "Ministry of Health"
VMT = "Viet Medical Technology JSC"
CSC = "Central Steering Committee on Anti-Corruption and Negativity"
VINH = {"speaker": "Le Quang Vinh", "role": "spokesman", "country": "VN", "org": POLICE}
DUC = {"speaker": "Pham Minh Duc", "role": "lawyer", "country": "VN"}
LAN = {"speaker": "Do Thi Lan", "role": "Deputy Health Minister", "country": "VN", "org": MOH}
MAI = {"speaker": "Nguyen Thi Mai", "country": "VN"}
SON = {
    "speaker": "Vu Ngoc Son",
    "role": "former inspector",
    "country": "VN",
    "org": "Government Inspectorate",
}
VMT_BODY = {"speaker": VMT, "country": "VN"}
MOH_BODY = {"speaker": MOH, "country": "VN"}
CSC_BODY = {"speaker": CSC, "country": "VN"}
DOCTOR_SRC = (
    "A doctor at the hospital's imaging department, who asked not to be named because he was "
    "not authorised to speak to the press,"
)

HOSPITAL_Q = [
    p(
        "Nguyen Van Tam, 56, director of the Dong Nai Regional General Hospital, his deputy Tran "
        "Thi Hoa and three members of the hospital's procurement board were detained on Monday",
        VINH,
        "indirect",
        "said",
        "Colonel Le Quang Vinh, spokesman of the Dong Nai Provincial Police Department,",
    ),
    p(
        "investigators had found that the hospital bought 14 ultrasound machines, two CT scanners "
        "and a batch of patient monitors from two Ho Chi Minh City companies at prices up to three "
        "times the market rate",
        VINH,
        "indirect",
        "said",
        "He",
    ),
    p(
        "The bidding packages were designed so that only these two companies could win. The "
        "specifications were copied from their catalogues, word for word,",
        VINH,
        "direct",
        "told",
        "Vinh",
    ),
    p(
        "The directors of the two suppliers, Viet Medical Technology JSC and Saigon Medtech Co., "
        "are also under investigation and have been barred from leaving the country",
        VINH,
        "indirect",
        "added",
        "he",
    ),
    p(
        "the losses to the state budget were estimated at VND62 billion and could rise once "
        "auditors finished checking contracts signed between 2021 and 2024",
        VINH,
        "indirect",
        "said",
        "Vinh",
    ),
    p("to contact the investigation police agency", VINH, "indirect", "urged", "He"),
    p(
        "his client had acted on the advice of the procurement board and had not received any "
        "money from the suppliers",
        DUC,
        "indirect",
        "said",
        "His lawyer, Pham Minh Duc,",
    ),
    p(
        "My client signed documents that were prepared by others. He is a doctor, not a "
        "procurement specialist,",
        DUC,
        "direct",
        "told",
        "Duc",
    ),
    p(
        "We will ask the court to look at who actually wrote the specifications.",
        DUC,
        "direct",
        "told",
        "Duc",
    ),
    p("in accordance with the law", VMT_BODY, "partial", "said", VMT),
    p("would cooperate fully with the investigation", VMT_BODY, "indirect", "said", VMT),
    q(
        "staff had complained for two years that the new scanners broke down every few weeks",
        None,
        "indirect",
        "said",
        DOCTOR_SRC,
        role="doctor",
        country="VN",
        org=HOSPITAL,
    ),
    q(
        "We asked for the repair contracts and were told to be patient. Some days patients waited "
        "until evening for a scan that takes ten minutes,",
        None,
        "direct",
        "said",
        "the doctor",
        role="doctor",
        country="VN",
        org=HOSPITAL,
    ),
    p(
        "it would send an inspection team to review equipment purchases at all public hospitals "
        "in the province",
        MOH_BODY,
        "indirect",
        "said",
        "The Ministry of Health",
    ),
    p(
        "the ministry had issued new price ceilings for 40 types of medical equipment in March and "
        "that hospitals which ignored them would lose their procurement budgets",
        LAN,
        "indirect",
        "said",
        "Deputy Health Minister Do Thi Lan",
    ),
    p(
        "Hospitals must publish every bidding result on the national procurement portal. There "
        "are no exceptions,",
        LAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had paid VND1.2 million for two scans at the hospital last year",
        MAI,
        "indirect",
        "said",
        "Nguyen Thi Mai, 48, who had brought her father from Long Khanh for a kidney check-up,",
    ),
    p(
        "We poor people pay the price, and they put the money in their pockets,",
        MAI,
        "direct",
        "said",
        "she",
    ),
    p("I only hope the machines they bought actually work.", MAI, "direct", "said", "she"),
    p(
        "the weakest link",
        SON,
        "partial",
        "called",
        "Vu Ngoc Son, a former inspector at the Government Inspectorate,",
    ),
    p(
        "procurement boards were made up of doctors with little training in bidding law and no "
        "one to check the suppliers",
        SON,
        "indirect",
        "said",
        "He",
    ),
    p(
        "Every time one case is closed, another opens in a different province. The rules are good "
        "on paper, but nobody checks the catalogue against the tender,",
        SON,
        "direct",
        "said",
        "Son",
    ),
    p(
        "Since 2022, Vietnam has prosecuted more than 400 officials in health-sector cases, "
        "including a former health minister",
        CSC_BODY,
        "indirect",
        "according to",
        "the Central Steering Committee on Anti-Corruption and Negativity",
    ),
    p(
        "the investigation would be completed by the end of the year, and that police had frozen "
        "bank accounts belonging to three of the suspects",
        VINH,
        "indirect",
        "said",
        "Vinh",
    ),
]

# --- a row over a wine bar in a cave church (ANSA English wire style, dateline
# `(ANSA) - MATERA, OCT 14 -`, straight "double quotes", `told ANSA`, `(ANSA).` sign-off) ------
DEVELOPER = "Gravina Hospitality Srl"
FRIENDS = "Friends of the Sassi"
CULTURE = "Culture Ministry"
PELLEGRINO = {"speaker": "Anna Maria Pellegrino", "role": "superintendent", "country": "IT"}
DEFILIPPIS = {
    "speaker": "Marco De Filippis",
    "role": "chief executive",
    "country": "IT",
    "org": DEVELOPER,
}
COLUCCI = {"speaker": "Rosaria Colucci", "role": "mayor", "country": "IT"}
SANTORO = {"speaker": "Vito Santoro", "role": "councillor", "country": "IT"}
RUSSO = {"speaker": "Elena Russo", "role": "president", "country": "IT", "org": FRIENDS}
LATTANZI = {
    "speaker": "Giovanni Lattanzi",
    "role": "undersecretary",
    "country": "IT",
    "org": CULTURE,
}
DEVELOPER_BODY = {"speaker": DEVELOPER, "country": "IT"}
DEVELOPER_SRC = "The developer, Gravina Hospitality Srl, which runs a 22-room cave hotel next door,"

MATERA_Q = [
    p(
        "she had ordered the suspension after inspectors found that workers had drilled into a "
        "wall bearing traces of 13th-century frescoes",
        PELLEGRINO,
        "indirect",
        "said",
        "The superintendent for archaeology, fine arts and landscape of Basilicata, Anna Maria "
        "Pellegrino,",
    ),
    p(
        "Nobody asked us before the drills arrived. A permit for a change of use is not a permit "
        "to touch a painted wall,",
        PELLEGRINO,
        "direct",
        "told",
        "Pellegrino",
    ),
    p(
        "her office had never approved the project's final drawings",
        PELLEGRINO,
        "indirect",
        "said",
        "She",
    ),
    p("light maintenance", PELLEGRINO, "partial", "said", "She"),
    p(
        "all works had been authorised by the city",
        DEVELOPER_BODY,
        "indirect",
        "said",
        DEVELOPER_SRC,
    ),
    p("not touched", DEVELOPER_BODY, "partial", "said", DEVELOPER_SRC),
    p(
        "the company had spent 400,000 euros on cleaning and consolidating the site",
        DEFILIPPIS,
        "indirect",
        "said",
        "Its chief executive, Marco De Filippis,",
    ),
    p(
        "abandoned to pigeons and rubbish",
        DEFILIPPIS,
        "partial",
        "said",
        "Its chief executive, Marco De Filippis,",
    ),
    p(
        "We are saving this church, not destroying it. Visitors will be able to see it every day, "
        "not once a year with a guided tour,",
        DEFILIPPIS,
        "direct",
        "said",
        "De Filippis",
    ),
    p(
        "the wine bar would use movable furniture only and that no kitchen would be installed "
        "inside the cave",
        DEFILIPPIS,
        "indirect",
        "added",
        "He",
    ),
    p("every rule that applies", COLUCCI, "partial", "saying", "Mayor Rosaria Colucci"),
    p(
        "Matera cannot become a museum where nobody lives and nothing happens. The Sassi were "
        "saved by people who moved back into them,",
        COLUCCI,
        "direct",
        "said",
        "the mayor",
    ),
    p("arriving late and shouting loud", COLUCCI, "partial", "accused", "Colucci"),
    p(
        "she would ask the Culture Ministry to clarify which body had the final word on the use of "
        "private rock churches",
        COLUCCI,
        "indirect",
        "said",
        "she",
    ),
    p(
        "the council had never been told about the permit",
        SANTORO,
        "indirect",
        "said",
        "Opposition councillor Vito Santoro",
    ),
    p(
        "to publish all the documents",
        SANTORO,
        "indirect",
        "called for",
        "Opposition councillor Vito Santoro",
    ),
    p(
        "A wine bar in a church with frescoes is not tourism, it is a joke that the whole world "
        "will laugh at,",
        SANTORO,
        "direct",
        "said",
        "Santoro",
    ),
    p(
        "volunteers had photographed the wall before and after the works and would hand the "
        "pictures to the Carabinieri",
        RUSSO,
        "indirect",
        "said",
        "Elena Russo, president of the association Friends of the Sassi, which first reported "
        "the drilling on social media,",
    ),
    p(
        "We have photographs from 2019 and from last week. Anyone can compare them,",
        RUSSO,
        "direct",
        "said",
        "she",
    ),
    p("A whole strip of painted plaster is gone.", RUSSO, "direct", "said", "she"),
    p(
        "the association had counted at least 11 other rock churches in the Sassi that had been "
        "turned into bars, shops or holiday rentals over the past decade",
        RUSSO,
        "indirect",
        "said",
        "Russo",
    ),
    p(
        "her office had written to the city twice in August asking for the project's drawings and "
        "had received no answer",
        PELLEGRINO,
        "indirect",
        "said",
        "She",
    ),
    q(
        "The Carabinieri's unit for the protection of cultural heritage in Potenza has opened an "
        "investigation",
        None,
        "indirect",
        "according to",
        "judicial sources",
        country="IT",
    ),
    q(
        "it would establish whether the frescoes had been damaged",
        None,
        "indirect",
        "said",
        "judicial sources",
        country="IT",
    ),
    p(
        "the ministry would send its own experts to Matera this week",
        LATTANZI,
        "indirect",
        "said",
        "Culture Ministry undersecretary Giovanni Lattanzi",
    ),
    p(
        "The law is clear: where there are frescoes, the superintendency decides. Permits from a "
        "town hall do not change that,",
        LATTANZI,
        "direct",
        "said",
        "he",
    ),
    p(
        "talk to each other before talking to the press",
        LATTANZI,
        "partial",
        "called on",
        "Lattanzi",
    ),
    p(
        "The works will remain suspended until the inspectors have completed their report",
        PELLEGRINO,
        "indirect",
        "said",
        "Pellegrino",
    ),
]

# --- Albania against a Greek hydropower permit upstream of the Vjosa (Balkan Insight / BIRN
# style, no dateline, title-case headline, straight "double quotes", `told BIRN`) ---------------
AOOS = "Aoos Hydro SA"
EURONATUR = "EuroNatur"
ECOALBANIA = "EcoAlbania"
KONDI = {"speaker": "Mirela Kondi", "role": "Minister of Tourism and Environment", "country": "AL"}
PAPADIMAS = {
    "speaker": "Nikos Papadimas",
    "role": "Deputy Minister of Environment and Energy",
    "country": "GR",
}
KARALIS = {"speaker": "Stavros Karalis", "role": "chief executive", "country": "GR", "org": AOOS}
STEINER = {
    "speaker": "Ulrich Steiner",
    "role": "freshwater ecologist",
    "country": "DE",
    "org": EURONATUR,
}
TSIAMIS = {"speaker": "Christos Tsiamis", "role": "mayor", "country": "GR"}
HOXHA = {"speaker": "Arben Hoxha", "country": "AL"}
ECO_BODY = {"speaker": ECOALBANIA, "country": "AL"}
DUKA = {"speaker": "Ilir Duka", "role": "activist", "country": "AL", "org": ECOALBANIA}
HOXHA_SRC = "Arben Hoxha, 44, who runs a rafting company with his two brothers"

VJOSA_Q = [
    p(
        "Tirana had sent a diplomatic note to Athens asking it to suspend the permit until a "
        "cross-border environmental impact assessment was carried out",
        KONDI,
        "indirect",
        "told",
        "Albania's Minister of Tourism and Environment, Mirela Kondi,",
    ),
    p(
        "What happens at the spring does not stay at the spring. We protected 400 kilometres of "
        "river, and we were not even informed,",
        KONDI,
        "direct",
        "said",
        "Kondi",
    ),
    p(
        "the 2023 law creating the Vjosa Wild River National Park obliged Albania to protect the "
        "river's whole basin, and that Tirana expected Greece to respect the Espoo Convention",
        KONDI,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the project had passed every national and EU test and was too small to affect water "
        "levels in Albania",
        PAPADIMAS,
        "indirect",
        "said",
        "Greece's Deputy Minister of Environment and Energy, Nikos Papadimas,",
    ),
    p(
        "This is a plant that takes water from the river and gives it back 800 metres later. It "
        "is not a dam, whatever people are being told in Tirana,",
        PAPADIMAS,
        "direct",
        "told",
        "Papadimas",
    ),
    p(
        "Greece had no obligation to consult Albania on a plant of this size",
        PAPADIMAS,
        "indirect",
        "said",
        "He",
    ),
    p("as good neighbours do", PAPADIMAS, "partial", "said", "He"),
    p(
        "the company had invested 2.1 million euros in studies and that construction would begin "
        "next spring as planned",
        KARALIS,
        "indirect",
        "said",
        "The chief executive of Aoos Hydro, Stavros Karalis,",
    ),
    p(
        "We have been waiting for this permit for seven years. We will not stop now because of a "
        "political argument between two governments,",
        KARALIS,
        "direct",
        "said",
        "Karalis",
    ),
    p(
        "the plant would supply electricity to about 3,000 households",
        KARALIS,
        "indirect",
        "added",
        "He",
    ),
    q(
        "The European Commission is following the case",
        None,
        "indirect",
        "told",
        "a Commission spokesperson",
        role="spokesperson",
        org="EU",
    ),
    q(
        "in good faith",
        None,
        "partial",
        "adding",
        "a Commission spokesperson",
        role="spokesperson",
        org="EU",
    ),
    q(
        "the Greek plant would cut off a stretch of river used by spawning fish and could set a "
        "precedent for further projects in the Pindus mountains",
        None,
        "indirect",
        "said",
        "Scientists who worked on the creation of the Albanian park",
    ),
    p(
        "the Aoos and the Vjosa were one living system",
        STEINER,
        "indirect",
        "said",
        "Ulrich Steiner, a freshwater ecologist at EuroNatur, the German foundation that "
        "campaigned for the park,",
    ),
    p(
        "Fish do not carry passports. If you block the upper river, you change what lives 100 "
        "kilometres downstream,",
        STEINER,
        "direct",
        "said",
        "he",
    ),
    p(
        "his foundation would file a complaint with the Bern Convention's standing committee",
        STEINER,
        "indirect",
        "said",
        "Steiner",
    ),
    p(
        "residents would oppose any further plants on the river",
        TSIAMIS,
        "indirect",
        "warned",
        "The mayor of Konitsa, Christos Tsiamis,",
    ),
    p(
        "One plant, under strict conditions, we can accept. A second one, never,",
        TSIAMIS,
        "direct",
        "said",
        "Tsiamis",
    ),
    p(
        "Every summer we hear a new plan. First it was our own government, now it is the Greeks,",
        HOXHA,
        "direct",
        "said",
        HOXHA_SRC,
    ),
    p(
        "If the water drops, there are no tourists, and there is no Përmet.",
        HOXHA,
        "direct",
        "said",
        HOXHA_SRC,
    ),
    q(
        "they would join Tirana's objection",
        None,
        "indirect",
        "said",
        "Albanian environmental groups, which fought the Albanian government's own dam plans on "
        "the Vjosa for more than a decade,",
        country="AL",
    ),
    p(
        "it would ask Greek courts to annul the permit",
        ECO_BODY,
        "indirect",
        "said",
        "The group EcoAlbania",
    ),
    p(
        "the group had already contacted lawyers in Ioannina",
        DUKA,
        "indirect",
        "said",
        "Ilir Duka, an activist with EcoAlbania,",
    ),
    p("We stopped dams in Albania. We can stop one in Greece,", DUKA, "direct", "said", "he"),
    p("at any time", PAPADIMAS, "partial", "said", "Papadimas"),
    p(
        "suspending the permit while talks were held",
        PAPADIMAS,
        "indirect",
        "ruled out",
        "Papadimas",
    ),
]

# --- a state cholera hygiene and vaccination campaign (Premium Times style, no dateline,
# straight "double quotes", `told PREMIUM TIMES`, `Mr` / `Mrs`, `N450 million`, `LGAs`) --------
MINISTRY = "Kaduna State Ministry of Health"
NCDC = "Nigeria Centre for Disease Control and Prevention"
WATER = "Kaduna State Water Corporation"
ABDULLAHI = {
    "speaker": "Hauwa Abdullahi-Bello",
    "role": "Commissioner for Health",
    "country": "NG",
    "org": MINISTRY,
}
SANI = {"speaker": "Ibrahim Sani", "role": "State Epidemiologist", "country": "NG"}
LAWAL = {
    "speaker": "Aisha Mohammed-Lawal",
    "role": "Permanent Secretary",
    "country": "NG",
    "org": MINISTRY,
}
GARBA = {
    "speaker": "Yusuf Garba",
    "role": "Director of Public Health",
    "country": "NG",
    "org": MINISTRY,
}
NCDC_BODY = {"speaker": NCDC, "country": "NG"}
OKAFOR = {"speaker": "Chinedu Okafor", "role": "Director-General", "country": "NG", "org": NCDC}
YAKUBU = {"speaker": "Fatima Yakubu", "role": "water and sanitation specialist", "org": "UNICEF"}
USMAN = {"speaker": "Zainab Usman", "country": "NG"}
IDRIS = {"speaker": "Halima Idris", "country": "NG"}
WATER_SRC = (
    "An official of the Kaduna State Water Corporation, who asked not to be named because he was "
    "not authorised to speak,"
)

CHOLERA_Q = [
    p(
        "6,000 volunteers would visit every household in the affected areas over the next three "
        "weeks to distribute water purification tablets and teach families how to prepare oral "
        "rehydration solution",
        ABDULLAHI,
        "indirect",
        "said",
        "The Commissioner for Health, Hauwa Abdullahi-Bello,",
    ),
    p(
        "Cholera is a disease of dirty water and late treatment. If a child starts stooling, do "
        "not wait until the next day, go to the nearest health facility,",
        ABDULLAHI,
        "direct",
        "said",
        "the commissioner",
    ),
    p(
        "the state had set aside N450 million for the campaign and that 380,000 doses of oral "
        "cholera vaccine donated through UNICEF had arrived in Kaduna on Sunday",
        ABDULLAHI,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the outbreak had spread fastest in Zaria, Sabon Gari and Igabi",
        SANI,
        "indirect",
        "said",
        "The State Epidemiologist, Ibrahim Sani,",
    ),
    p(
        "In one ward in Sabon Gari, we tested 42 wells and 31 of them were contaminated. People "
        "are drinking the same water they wash with,",
        SANI,
        "direct",
        "told",
        "Mr Sani",
    ),
    p(
        "the number of new cases had fallen from about 90 a day in early September to about 40 a "
        "day last week",
        SANI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the rains expected in the coming weeks could reverse the trend",
        SANI,
        "indirect",
        "warned",
        "He",
    ),
    p(
        "all public primary health care centres in the nine LGAs would remain open 24 hours until "
        "the end of the campaign and that treatment would be free",
        LAWAL,
        "indirect",
        "said",
        "The Permanent Secretary of the Kaduna State Ministry of Health, Aisha Mohammed-Lawal,",
    ),
    p(
        "Nobody should be turned back because they cannot pay. Any facility that collects money "
        "from a cholera patient will be sanctioned,",
        LAWAL,
        "direct",
        "said",
        "Mrs Mohammed-Lawal",
    ),
    p(
        "vaccination would start with children under five, pregnant women and people living near "
        "the worst-hit wards",
        GARBA,
        "indirect",
        "said",
        "The ministry's Director of Public Health, Yusuf Garba,",
    ),
    p(
        "community and religious leaders had been asked to announce the campaign in mosques and "
        "churches, because many residents had refused earlier visits by health workers who they "
        "believed were collecting data for politicians",
        GARBA,
        "indirect",
        "said",
        "Mr Garba",
    ),
    p(
        "Kaduna accounted for about a fifth of the country's cholera cases this year, second only "
        "to Borno",
        NCDC_BODY,
        "indirect",
        "said",
        "The Nigeria Centre for Disease Control and Prevention",
    ),
    p(
        "the agency had deployed a rapid response team to the state and sent laboratory kits to "
        "Zaria",
        OKAFOR,
        "indirect",
        "said",
        "The NCDC's Director-General, Chinedu Okafor,",
    ),
    p(
        "the vaccine would buy time but could not replace clean water",
        YAKUBU,
        "indirect",
        "said",
        "A UNICEF water and sanitation specialist in Kaduna, Fatima Yakubu,",
    ),
    p(
        "A vaccine protects for two or three years. A borehole and a toilet protect for a "
        "generation,",
        YAKUBU,
        "direct",
        "said",
        "she",
    ),
    q(
        "the outbreak had forced many families to buy water from vendors at N100 per jerrycan",
        None,
        "indirect",
        "said",
        "Residents of Tudun Wada in Zaria, where the campaign was flagged off,",
        country="NG",
    ),
    p(
        "Before, we paid N30. Now the vendors say their water is treated, so they double the "
        "price, and nobody can check,",
        USMAN,
        "direct",
        "said",
        "Zainab Usman, a mother of four who sells bean cakes",
    ),
    p(
        "two children on their street had died in September before reaching hospital",
        IDRIS,
        "indirect",
        "said",
        "Her neighbour, Halima Idris,",
    ),
    p(
        "the clinic in the ward had been closed for most of that month because nurses had gone on "
        "strike over unpaid allowances",
        IDRIS,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the allowances had been paid and that 120 additional nurses had been posted to the "
        "affected areas on temporary contracts",
        ABDULLAHI,
        "indirect",
        "said",
        "Mrs Abdullahi-Bello",
    ),
    q(
        "the corporation's treatment plant in Zaria had been working at less than half its "
        "capacity because of unpaid electricity bills",
        None,
        "indirect",
        "said",
        WATER_SRC,
        role="official",
        country="NG",
        org=WATER,
    ),
    q(
        "The pipes are there. The water is not,",
        None,
        "direct",
        "said",
        "the official",
        role="official",
        country="NG",
        org=WATER,
    ),
    p(
        "the state government had approved funds to settle the corporation's electricity debt and "
        "to drill 60 solar-powered boreholes in the affected wards before the end of the year",
        ABDULLAHI,
        "indirect",
        "said",
        "The commissioner",
    ),
    p(
        "to report suspected cases on the ministry's toll-free line",
        ABDULLAHI,
        "indirect",
        "urged",
        "She",
    ),
]

# --- a snapper fishing ban extended (Port Lincoln Times / regional Australian paper style, no
# dateline, straight "double quotes" and a 'single-quoted' headline word, `Ms` / `Mr` / `Dr`,
# `$5000`) ---------------------------------------------------------------------------------------
SARDI = "South Australian Research and Development Institute"
SGSFA = "Spencer Gulf Scalefish Fishers Association"
PIRSA = "Department of Primary Industries and Regions"
HOCKING = {"speaker": "Rachel Hocking", "role": "Primary Industries Minister", "country": "AU"}
FARRANT = {
    "speaker": "Neil Farrant",
    "role": "principal fisheries scientist",
    "country": "AU",
    "org": SARDI,
}
KOWALSKI = {"speaker": "Greg Kowalski", "role": "fisher", "country": "AU"}
MERRETT = {"speaker": "Tania Merrett", "role": "chair", "country": "AU", "org": SGSFA}
DWYER = {"speaker": "Shane Dwyer", "role": "charter boat operator", "country": "AU"}
CROWE = {
    "speaker": "Anthony Crowe",
    "role": "executive director of fisheries",
    "country": "AU",
    "org": PIRSA,
}
KELSALL = {"speaker": "Bronwyn Kelsall", "role": "delegate", "country": "AU", "org": "RecFish SA"}
PENHALL = {"speaker": "Mark Penhall", "role": "primary industries spokesman", "country": "AU"}

SNAPPER_Q = [
    q("blindsided", None, "partial", "say", "fishers", country="AU"),
    q(
        "they were blindsided by the State Government's decision to extend the ban on taking "
        "snapper in Spencer Gulf and the West Coast for another two years",
        None,
        "indirect",
        "say",
        "Commercial fishers and charter operators on Eyre Peninsula",
        country="AU",
    ),
    p(
        "the closure, which began in 2023 and was due to end in January, would stay in place until "
        "at least June 2028 after new surveys showed stocks had not recovered",
        HOCKING,
        "indirect",
        "announced",
        "Primary Industries Minister Rachel Hocking",
    ),
    p(
        "The science is telling us the same thing it told us three years ago. The fish that should "
        "be spawning now were never born,",
        HOCKING,
        "direct",
        "said",
        "Ms Hocking",
    ),
    p(
        "the government would extend the $5000 hardship grants for licence holders who had lost "
        "income and would fund a second round of research by the South Australian Research and "
        "Development Institute",
        HOCKING,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the latest egg and juvenile surveys in northern Spencer Gulf had found fewer than a third "
        "of the young fish needed for the population to rebuild",
        FARRANT,
        "indirect",
        "said",
        "SARDI's principal fisheries scientist, Dr Neil Farrant,",
    ),
    p(
        "We saw good numbers of older snapper, which is encouraging, but very few two- and "
        "three-year-olds. That gap will take years to close,",
        FARRANT,
        "direct",
        "said",
        "Dr Farrant",
    ),
    p(
        "warmer water and the loss of seagrass in the upper gulf were likely to have played a part "
        "alongside decades of fishing pressure",
        FARRANT,
        "indirect",
        "said",
        "He",
    ),
    p(
        "he had heard about the decision from a journalist before anyone from the department "
        "called him",
        KOWALSKI,
        "indirect",
        "said",
        "Tumby Bay fisher Greg Kowalski, who has held a marine scale licence for 31 years,",
    ),
    p(
        "We sat on the advisory committee, we gave them our catch logs, and then we read about it "
        "in the paper. That's not consultation,",
        KOWALSKI,
        "direct",
        "said",
        "he",
    ),
    p(
        "he now earned most of his income from King George whiting and garfish, and that the extra "
        "pressure on those species worried him more than the snapper",
        KOWALSKI,
        "indirect",
        "said",
        "Mr Kowalski",
    ),
    p(
        "members had expected a partial reopening, such as a small catch limit during the summer "
        "months",
        MERRETT,
        "indirect",
        "said",
        "The chair of the Spencer Gulf Scalefish Fishers Association, Tania Merrett,",
    ),
    p(
        "Nobody is saying open the floodgates. We asked for a trial with tags and observers, and "
        "we got a flat no,",
        MERRETT,
        "direct",
        "said",
        "Ms Merrett",
    ),
    p(
        "the association would ask the minister for a meeting in Port Lincoln before Christmas and "
        "would consider asking for an independent review of the stock assessment",
        MERRETT,
        "indirect",
        "said",
        "She",
    ),
    p(
        "bookings had fallen by half since the ban began and that he had sold one of his two boats "
        "last year",
        DWYER,
        "indirect",
        "said",
        "Port Lincoln charter boat operator Shane Dwyer",
    ),
    p(
        "People don't fly from Melbourne to catch whiting. They come for a big snapper, and "
        "there's nothing I can tell them,",
        DWYER,
        "direct",
        "said",
        "he",
    ),
    p(
        "the department had met industry representatives three times this year and had shared the "
        "survey results with the advisory committee in October",
        CROWE,
        "indirect",
        "said",
        "Department of Primary Industries and Regions executive director of fisheries Anthony "
        "Crowe",
    ),
    p(
        "I understand the frustration, and I accept that some licence holders should have heard "
        "it from us first,",
        CROWE,
        "direct",
        "said",
        "Mr Crowe",
    ),
    p(
        "But the decision itself was not a surprise to anyone who saw those numbers.",
        CROWE,
        "direct",
        "said",
        "Mr Crowe",
    ),
    p(
        "most members supported the extension but wanted the government to spend more on "
        "restocking",
        KELSALL,
        "indirect",
        "said",
        "RecFish SA's Eyre Peninsula delegate, Bronwyn Kelsall,",
    ),
    p(
        "If the gulf can't breed its own fish for a while, give it a hand,",
        KELSALL,
        "direct",
        "said",
        "she",
    ),
    p(
        "the government had left regional communities to carry the cost of the closure while "
        "doing little to fix the causes",
        PENHALL,
        "indirect",
        "said",
        "Opposition primary industries spokesman Mark Penhall",
    ),
    p(
        "the hardship grants to be raised to $15,000 and extended to charter operators and tackle "
        "shops",
        PENHALL,
        "indirect",
        "called for",
        "He",
    ),
    p(
        "the government had spent more than $8 million on snapper research and support since 2023",
        HOCKING,
        "indirect",
        "saying",
        "Ms Hocking",
    ),
    p(
        "Gulf St Vincent, where the ban was partially lifted last year, will keep its seasonal bag "
        "limit of two fish per person",
        HOCKING,
        "indirect",
        "said",
        "the minister",
    ),
    p("keep fishing and keep counting", MERRETT, "partial", "said", "Ms Merrett"),
    p(
        "some younger fishers would not last another two years",
        MERRETT,
        "indirect",
        "feared",
        "Ms Merrett",
    ),
    p(
        "They've got mortgages on boats. Two more years is a long time when your income has "
        "already halved,",
        MERRETT,
        "direct",
        "said",
        "she",
    ),
]

DOCS = [
    ("heldout36-procurement-vietnam-dong-nai-hospital-bid-rigging", None, HOSPITAL_Q),
    ("heldout36-heritage-italy-matera-cave-church-restaurant-row", "MATERA", MATERA_Q),
    ("heldout36-hydropower-albania-greece-aoos-vjosa-dam-permit", None, VJOSA_Q),
    ("heldout36-cholera-nigeria-kaduna-hygiene-campaign", None, CHOLERA_Q),
    ("heldout36-snapper-australia-spencer-gulf-closure-extended", None, SNAPPER_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (VMT, MOH, CSC, DEVELOPER, ECOALBANIA, NCDC)


def main():
    write_gold(
        HERE,
        "heldout36_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout36",
        source="quotesdb held-out 36 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
