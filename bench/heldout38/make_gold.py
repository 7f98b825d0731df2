"""Build heldout38_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of decisions 1-12 and the Conventions of
articles/attribution/README.md (see bench/heldout38/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout38/make_gold.py   # writes bench/heldout38/heldout38_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a British brand pulls knitwear after Guatemalan weavers say their designs were copied
# (British fashion trade-press style, Drapers-like: no dateline, curly ‘single quotes’ with
# curly apostrophes inside them, punctuation outside closing partials, `told Drapers`, `£`)
WEAVERS = "Comalapa Weavers’ Association"
BRAND = "Hollis Wren"
WEAVERS_BODY = {"speaker": WEAVERS, "country": "GT"}
BRAND_BODY = {"speaker": BRAND, "country": "GB"}
XICAY = {"speaker": "Rosa Elena Xicay", "role": "president", "country": "GT", "org": WEAVERS}
MALLORY = {"speaker": "Fiona Mallory", "role": "chief executive", "country": "GB", "org": BRAND}
TZUL = {
    "speaker": "Edgar Tzul",
    "role": "Vice Minister of Cultural and Natural Heritage",
    "country": "GT",
}
BATZ = {
    "speaker": "Lucía Batz",
    "role": "anthropologist",
    "country": "GT",
    "org": "Universidad de San Carlos",
}
KITCHING = {
    "speaker": "Sarah Kitching",
    "role": "senior associate",
    "country": "GB",
    "org": "Bellamy Crowe",
}
WEAVERS_SRC = (
    "The Comalapa Weavers’ Association, which represents about 340 Kaqchikel Maya weavers in "
    "the highland town of San Juan Comalapa,"
)
TZUL_SRC = "Guatemala’s Vice Minister of Cultural and Natural Heritage, Edgar Tzul,"

WEAVING_Q = [
    q("designs were copied", None, "indirect", "say", "Guatemalan weavers", country="GT"),
    p(
        "the jumpers and cardigans copied patterns from traditional Maya blouses without "
        "permission or payment",
        WEAVERS_BODY,
        "indirect",
        "said",
        "a weavers’ association in Guatemala",
    ),
    p("stitch for stitch", WEAVERS_BODY, "partial", "said", WEAVERS_SRC),
    p(
        "We recognised our grandmothers’ patterns on a website selling them for £95,",
        XICAY,
        "direct",
        "said",
        "Rosa Elena Xicay, the association’s president",
    ),
    p(
        "Nobody asked us. Nobody even wrote where the patterns came from.",
        XICAY,
        "direct",
        "said",
        "Rosa Elena Xicay, the association’s president",
    ),
    p(
        "the association learned of the range in late February, when a weaver’s niece who "
        "lives in Madrid saw it advertised on Instagram",
        XICAY,
        "indirect",
        "said",
        "Xicay, 58,",
    ),
    p(
        "The association wrote to the brand on 3 March and received no reply for five weeks",
        XICAY,
        "indirect",
        "said",
        "she",
    ),
    p("paused", BRAND_BODY, "partial", "said", BRAND),
    p(
        "never intended to cause offence to the weavers or their communities",
        BRAND_BODY,
        "partial",
        "said",
        BRAND,
    ),
    p(
        "the knitwear had been designed in-house in London and made by a supplier in northern "
        "Portugal",
        BRAND_BODY,
        "indirect",
        "said",
        "The company, which has 58 stores in the UK and Ireland,",
    ),
    p(
        "We got this wrong, and I am not going to pretend otherwise. A design team under "
        "pressure took inspiration from a culture without asking the people it belongs to.",
        MALLORY,
        "direct",
        "told",
        "Its chief executive, Fiona Mallory,",
    ),
    p(
        "the brand would offer the association a share of the roughly £140,000 of sales already "
        "made",
        MALLORY,
        "indirect",
        "said",
        "Mallory",
    ),
    p("on their terms, with their names on the label", MALLORY, "partial", "said", "Mallory"),
    p("the association had not decided whether to accept", XICAY, "indirect", "said", "Xicay"),
    p("Money is not the first thing we asked for,", XICAY, "direct", "said", "she"),
    p(
        "First we want them to say publicly where the designs came from.",
        XICAY,
        "direct",
        "said",
        "she",
    ),
    q(
        "mood boards for the range had included photographs of Comalapa huipiles taken at a "
        "craft market in Antigua",
        None,
        "indirect",
        "said",
        "Two former designers at Hollis Wren, who spoke on condition of anonymity because they "
        "still work in the industry,",
        country="GB",
        org=BRAND,
    ),
    q(
        "every stage of the process",
        None,
        "partial",
        "said",
        "a company spokeswoman",
        role="spokeswoman",
        country="GB",
        org=BRAND,
    ),
    p("exactly why the law is needed", TZUL, "partial", "wrote", TZUL_SRC),
    p(
        "the ministry would ask the British embassy in Guatemala City to raise the matter with "
        "the brand",
        TZUL,
        "indirect",
        "said",
        TZUL_SRC,
    ),
    p(
        "each town’s huipil carried its own combination of colours, animals and geometric figures",
        BATZ,
        "indirect",
        "said",
        "Lucía Batz, an anthropologist at the Universidad de San Carlos who studies Maya textiles,",
    ),
    p("A huipil is a kind of signature,", BATZ, "direct", "said", "she"),
    p(
        "When a brand copies it, it copies an identity, not a colour scheme.",
        BATZ,
        "direct",
        "said",
        "she",
    ),
    p(
        "In Britain, traditional designs are hard to protect under copyright law because they "
        "have no single author",
        KITCHING,
        "indirect",
        "according to",
        "Sarah Kitching, a senior associate at the London law firm Bellamy Crowe",
    ),
    p("reputational bill", KITCHING, "partial", "said", "she"),
    p(
        "Legally, the weavers may have a weak hand. Commercially, they have a very strong one,",
        KITCHING,
        "direct",
        "added",
        "Kitching",
    ),
    p(
        "the weavers were not opposed to foreign brands working with Maya designs, as long as "
        "the women who made them were named and paid",
        XICAY,
        "indirect",
        "said",
        "Xicay",
    ),
    p("We are not against anyone wearing our patterns,", XICAY, "direct", "said", "she"),
    p("We are against anyone selling them without us.", XICAY, "direct", "said", "she"),
]

# --- Samoa's women's crew lose a va'a sprint gold at a weigh-in (Samoa Observer style, no
# dateline, curly “double quotes” with straight apostrophes, punctuation inside a closing
# partial once and outside twice, `yesterday`, matai titles before the given name) ------
IVF = "International Va'a Federation"
SVF = "Samoa Va'a Federation"
IVF_BODY = {"speaker": IVF}
TOLEAFOA = {"speaker": "Toleafoa Sione Fa'amoe", "role": "president", "country": "WS", "org": SVF}
TEHEI = {"speaker": "Pierre-Yves Tehei", "role": "race director", "org": IVF}
WAAKA = {"speaker": "Kiri Waaka", "role": "team manager", "country": "NZ"}
RAVUVU = {"speaker": "Jone Ravuvu", "role": "coach", "country": "FJ"}
TAUILIILI = {"speaker": "Ioane Tauiliili", "role": "head coach", "country": "WS"}
SAPOLU = {"speaker": "Teuila Sapolu", "role": "captain", "country": "WS"}
SEIULI = {
    "speaker": "Seiuli Tavita Aumua",
    "role": "Minister of Education, Sports and Culture",
    "country": "WS",
}
TOLEAFOA_SRC = "Samoa Va'a Federation president Toleafoa Sione Fa'amoe"
SEIULI_SRC = "The Minister of Education, Sports and Culture, Seiuli Tavita Aumua,"

VAA_Q = [
    q(
        "Samoa's women's V6 crew have been stripped of their gold medal at the Pacific Va'a "
        "Sprint Championships in Apia after their canoe was found to be 2.4 kilograms under the "
        "minimum weight at a post-race check",
        None,
        "indirect",
        "confirmed",
        "race officials",
    ),
    p(
        "the Samoan canoe weighed 147.6kg on two certified scales",
        IVF_BODY,
        "indirect",
        "said",
        "The federation",
    ),
    p(
        "must stand, whatever our feelings for the host nation.",
        IVF_BODY,
        "partial",
        "said",
        "The federation",
    ),
    p("heartbreaking", TOLEAFOA, "partial", "told", TOLEAFOA_SRC),
    p(
        "the team would take the case to the Court of Arbitration for Sport if the IVF's appeals "
        "jury rejected it",
        TOLEAFOA,
        "indirect",
        "said",
        TOLEAFOA_SRC,
    ),
    p(
        "These women trained at five o'clock every morning for a year. They did not gain "
        "anything from two and a half kilos,",
        TOLEAFOA,
        "direct",
        "said",
        "he",
    ),
    p(
        "The canoe was weighed before the regatta and it passed. Nobody has explained to us what "
        "changed.",
        TOLEAFOA,
        "direct",
        "said",
        "he",
    ),
    p(
        "the federation believed the hull had lost weight because it dried out in the sun for "
        "several hours before the check, and that the scales had not been tested since the heats",
        TOLEAFOA,
        "indirect",
        "said",
        "Toleafoa",
    ),
    p(
        "A canoe does not lose two kilos in an afternoon. We weighed it twice, with both "
        "managers watching,",
        TEHEI,
        "direct",
        "told",
        "he",
    ),
    p(
        "the same check had been carried out on the first three boats in every final since "
        "Thursday",
        TEHEI,
        "indirect",
        "added",
        "He",
    ),
    p(
        "her crew had protested only after paddlers noticed that the Samoan canoe sat higher in "
        "the water than the others",
        WAAKA,
        "indirect",
        "said",
        "New Zealand team manager Kiri Waaka",
    ),
    p("We don't enjoy winning a medal in a meeting room,", WAAKA, "direct", "said", "Waaka"),
    p(
        "But the rules are the same for everyone, and they are there to keep the racing fair.",
        WAAKA,
        "direct",
        "said",
        "Waaka",
    ),
    p(
        "every crew had known about the weight rule for years",
        RAVUVU,
        "indirect",
        "said",
        "Fiji's coach, Jone Ravuvu,",
    ),
    p(
        "Nobody is happy to see it end like this, least of all the Samoan girls. But you check "
        "your canoe, and then you check it again,",
        RAVUVU,
        "direct",
        "said",
        "he",
    ),
    p(
        "the crew had been in tears at their hotel on Sunday night",
        TAUILIILI,
        "indirect",
        "said",
        "Samoa's head coach, Ioane Tauiliili,",
    ),
    p(
        "I told them they are still champions to this country. A scale cannot take that away,",
        TAUILIILI,
        "direct",
        "said",
        "he",
    ),
    p(
        "the three women who also paddle in the mixed crew would race on Wednesday as planned",
        TAUILIILI,
        "indirect",
        "adding",
        "he",
    ),
    p(
        "broken but not finished",
        SAPOLU,
        "partial",
        "posted",
        "The crew's captain, Teuila Sapolu,",
    ),
    p(
        "the Government respected the ruling but would ask the IVF for a full report on how the "
        "scales were checked",
        SEIULI,
        "indirect",
        "said",
        SEIULI_SRC,
    ),
    p("a great success for Samoa", SEIULI, "partial", "said", "Seiuli"),
    q(
        "the scales in the weigh-in tent had given inconsistent readings earlier in the week",
        None,
        "indirect",
        "said",
        "Several officials from other Pacific federations",
    ),
    p(
        "the IVF had received no complaint about the scales before Saturday",
        TEHEI,
        "indirect",
        "said",
        "Tehei",
    ),
    p(
        "If any team had a concern, the door of this office was open all week,",
        TEHEI,
        "direct",
        "said",
        "he",
    ),
    p("the crew would accept its decision", TOLEAFOA, "indirect", "said", "Toleafoa"),
    p(
        "Whatever happens, these women will paddle again, and next time the canoe will be heavy "
        "enough,",
        TOLEAFOA,
        "direct",
        "said",
        "he",
    ),
]

# --- an appeal court clears a food blogger of criminal defamation over a resort review
# (Bangkok Post style, dateline `CHIANG MAI:`, straight "double quotes" and apostrophes,
# punctuation outside closing partials, Thai names shortened to `Ms` / `Mr` + given name,
# a Western one to `Mr` + surname, `baht`, `40%`) -----------------------------------------
APPEAL = "Appeal Court Region 5"
LOWER = "Chiang Mai Provincial Court"
RESORT = "Baan Mae Kuang Riverside Resort"
TOURISM = "Chiang Mai Tourism Business Association"
APPEAL_BODY = {"speaker": APPEAL, "country": "TH"}
LOWER_BODY = {"speaker": LOWER, "country": "TH"}
TOURISM_BODY = {"speaker": TOURISM, "country": "TH"}
PIMCHANOK = {"speaker": "Pimchanok Saengthong", "role": "food blogger", "country": "TH"}
ATCHARA = {
    "speaker": "Atchara Phromma",
    "role": "lawyer",
    "country": "TH",
    "org": "Northern Legal Aid Centre",
}
COLLEY = {"speaker": "Warren Colley", "role": "co-owner", "country": "AU", "org": RESORT}
LINDQVIST = {"speaker": "Marta Lindqvist", "role": "spokeswoman", "org": "UN"}
KITTIPONG = {
    "speaker": "Kittipong Rattanasiri",
    "role": "Deputy Justice Minister",
    "country": "TH",
}
CHAIWAT = {"speaker": "Chaiwat Buranasiri", "role": "president", "country": "TH", "org": TOURISM}
ATCHARA_SRC = "Her lawyer, Atchara Phromma of the Northern Legal Aid Centre,"
COLLEY_SRC = "The resort's Australian co-owner, Warren Colley,"

DEFAMATION_Q = [
    p("a tourist trap with a river view", PIMCHANOK, "partial", "called", "an online review"),
    p(
        "an honest opinion on a matter of public interest",
        APPEAL_BODY,
        "partial",
        "ruled",
        "The court",
    ),
    p(
        "her review, posted on Facebook in January 2024, did not amount to defamation under "
        "Section 326 of the Criminal Code",
        APPEAL_BODY,
        "indirect",
        "ruled",
        "The court",
    ),
    p(
        'the phrase "tourist trap" had damaged the reputation of Baan Mae Kuang Riverside Resort',
        LOWER_BODY,
        "indirect",
        "finding",
        "The Chiang Mai Provincial Court",
    ),
    p("I only wrote what I saw and what I ate,", PIMCHANOK, "direct", "told", "Ms Pimchanok"),
    p(
        "If a restaurant can send a customer to prison for one sentence, nobody will write an "
        "honest review again.",
        PIMCHANOK,
        "direct",
        "told",
        "Ms Pimchanok",
    ),
    p(
        "she had paid for the meal herself and had posted photographs of the bill alongside the "
        "review",
        PIMCHANOK,
        "indirect",
        "said",
        "She",
    ),
    p(
        "The resort's owners filed their complaint two weeks after the post was shared more than "
        "8,000 times",
        PIMCHANOK,
        "indirect",
        "said",
        "she",
    ),
    p(
        "the ruling was the first by an appeal court in the North to treat a consumer review as "
        "protected opinion",
        ATCHARA,
        "indirect",
        "said",
        ATCHARA_SRC,
    ),
    p(
        "to remove prison terms for defamation altogether",
        ATCHARA,
        "indirect",
        "urged",
        "She",
    ),
    p(
        "Businesses have every right to answer a bad review. They do not have the right to use "
        "the criminal courts to make it disappear,",
        ATCHARA,
        "direct",
        "said",
        "Ms Atchara",
    ),
    p("disappointed", COLLEY, "partial", "said", COLLEY_SRC),
    p(
        "the review had cost the resort dozens of bookings",
        COLLEY,
        "indirect",
        "said",
        COLLEY_SRC,
    ),
    p(
        "the owners would decide within 30 days whether to take the case to the Supreme Court",
        COLLEY,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We welcomed her like any other guest. We never objected to criticism of the food, only "
        "to being called a trap,",
        COLLEY,
        "direct",
        "said",
        "Mr Colley",
    ),
    q(
        "companies often use the law to silence critics",
        None,
        "indirect",
        "say",
        "Rights groups",
        country="TH",
    ),
    p(
        "the office had raised Ms Pimchanok's case with the Thai government last year as one of "
        "14 such lawsuits against journalists, activists and reviewers",
        LINDQVIST,
        "indirect",
        "said",
        "Marta Lindqvist, a spokeswoman for the UN human rights office in Bangkok,",
    ),
    p(
        "Today's decision is welcome. The next step is to make sure cases like this never reach "
        "a courtroom,",
        LINDQVIST,
        "direct",
        "said",
        "she",
    ),
    p(
        "the ministry was drafting amendments that would let courts dismiss such complaints at "
        "an early stage, and expected to send them to the cabinet before the end of the year",
        KITTIPONG,
        "indirect",
        "said",
        "Deputy Justice Minister Kittipong Rattanasiri",
    ),
    p(
        "more than 40% of foreign visitors to the province choose where to eat and stay after "
        "reading online reviews",
        TOURISM_BODY,
        "indirect",
        "According to",
        "the Chiang Mai Tourism Business Association",
    ),
    p(
        "with better service, not with lawyers",
        CHAIWAT,
        "partial",
        "said",
        "Its president, Chaiwat Buranasiri,",
    ),
    p(
        "One angry review does not close a business. Suing the reviewer can,",
        CHAIWAT,
        "direct",
        "said",
        "he",
    ),
    q(
        "the full written judgment would be sent to both parties next week",
        None,
        "indirect",
        "said",
        "Court officials",
        country="TH",
    ),
    q(
        "they had received warning letters from businesses after posting reviews of their own",
        None,
        "indirect",
        "said",
        "Several of them",
        country="TH",
    ),
    p("she would keep writing reviews", PIMCHANOK, "indirect", "said", "Ms Pimchanok"),
    p("think twice about adjectives", PIMCHANOK, "partial", "said", "Ms Pimchanok"),
    p("I am not going to stop eating out,", PIMCHANOK, "direct", "said", "she"),
    p("I just want to be able to say when the food is bad.", PIMCHANOK, "direct", "said", "she"),
]

# --- a Mekong Delta province suspends sand dredging after a riverbank collapse (Viet Nam
# News style, dateline `VĨNH LONG —`, Vietnamese names with diacritics shortened to the
# given name, curly “double quotes” and curly apostrophes, punctuation outside a closing
# partial, `VNĐ`, a `— VNS` sign-off) -----------------------------------------------------
PC = "Vĩnh Long Province People’s Committee"
DAE = "Department of Agriculture and Environment"
MAE = "Ministry of Agriculture and Environment"
MRC = "Mekong River Commission Secretariat"
MAE_BODY = {"speaker": MAE, "country": "VN"}
TRUNG = {"speaker": "Lê Quang Trung", "role": "vice chairman", "country": "VN", "org": PC}
SAU = {"speaker": "Trần Văn Sáu", "country": "VN"}
NHUNG = {"speaker": "Nguyễn Thị Hồng Nhung", "role": "director", "country": "VN", "org": DAE}
TAM = {
    "speaker": "Huỳnh Minh Tâm",
    "role": "hydrologist",
    "country": "VN",
    "org": "Cần Thơ University",
}
SOPHEA = {"speaker": "Chan Sophea", "role": "sediment specialist", "org": MRC}
HOEKSTRA = {"speaker": "Maarten Hoekstra", "role": "river engineer", "country": "NL"}
LAN = {"speaker": "Nguyễn Thị Lan", "role": "wife", "country": "VN"}
TRUNG_SRC = "Lê Quang Trung, vice chairman of the Vĩnh Long Province People’s Committee,"
HOEKSTRA_SRC = (
    "Dutch river engineer Maarten Hoekstra, who has advised the province under a Việt "
    "Nam–Netherlands delta programme,"
)

RIVERBANK_Q = [
    q(
        "No one was hurt because residents had moved out after cracks appeared in the ground the "
        "evening before",
        None,
        "indirect",
        "said",
        "commune officials",
        country="VN",
    ),
    p(
        "the suspension would remain in force until experts had assessed whether dredging "
        "upstream had caused the collapse",
        TRUNG,
        "indirect",
        "said",
        TRUNG_SRC,
    ),
    p(
        "We will not allow any dredger to work near residential areas until we know the cause,",
        TRUNG,
        "direct",
        "said",
        "Trung",
    ),
    p("People’s lives and homes come before any licence.", TRUNG, "direct", "said", "Trung"),
    p(
        "The province has moved 23 households from the collapse zone to a temporary shelter at "
        "the commune’s cultural house, and each family will receive VNĐ20 million (US$760) in "
        "emergency support",
        TRUNG,
        "indirect",
        "said",
        "he",
    ),
    p(
        "I heard a crack like thunder at 4am, and by the time I went outside half the garden "
        "was gone,",
        SAU,
        "direct",
        "said",
        "Sáu",
    ),
    p(
        "For years we told the commune that the barges were working at night. Nobody listened.",
        SAU,
        "direct",
        "said",
        "Sáu",
    ),
    p(
        "dredgers had worked within sight of the village as recently as last week",
        SAU,
        "indirect",
        "said",
        "He",
    ),
    p(
        "two companies held licences to extract sand on the stretch, and that inspectors would "
        "check whether either had worked outside its permitted area or at night",
        NHUNG,
        "indirect",
        "said",
        "Nguyễn Thị Hồng Nhung, director of the provincial Department of Agriculture and "
        "Environment,",
    ),
    q(
        "more than three kilometres downstream",
        None,
        "partial",
        "said",
        "A representative of one of the companies, Phú An Sand JSC, who asked not to be named,",
        role="representative",
        country="VN",
        org="Phú An Sand JSC",
    ),
    q(
        "its barges had never operated after dark",
        None,
        "indirect",
        "said",
        "A representative of one of the companies, Phú An Sand JSC, who asked not to be named,",
        role="representative",
        country="VN",
        org="Phú An Sand JSC",
    ),
    p(
        "The Mekong Delta loses an estimated 500 hectares of land to erosion every year",
        MAE_BODY,
        "indirect",
        "according to",
        "the Ministry of Agriculture and Environment",
    ),
    p(
        "more than 800 stretches of riverbank and coast across the region are at risk",
        MAE_BODY,
        "indirect",
        "says",
        "which",
    ),
    p(
        "the river now carried less than a third of the sediment it did two decades ago, while "
        "sand was being taken out faster than the river could replace it",
        TAM,
        "indirect",
        "said",
        "Huỳnh Minh Tâm, a hydrologist at Cần Thơ University,",
    ),
    p(
        "The river is hungry. When it has no sand to carry, it takes sand from the banks, and "
        "the banks are where people live,",
        TAM,
        "direct",
        "said",
        "he",
    ),
    p(
        "the commission’s monitoring stations had recorded a sharp drop in suspended sediment at "
        "the Cambodia–Việt Nam border since 2019",
        SOPHEA,
        "indirect",
        "said",
        "Chan Sophea, a sediment specialist at the Mekong River Commission Secretariat in "
        "Vientiane,",
    ),
    p("as openly as we share data on water levels", SOPHEA, "partial", "said", "She"),
    p(
        "the collapse fitted a pattern seen along the Cổ Chiên and Hậu rivers",
        HOEKSTRA,
        "indirect",
        "said",
        HOEKSTRA_SRC,
    ),
    p(
        "building new embankments without controlling sand extraction would only move the "
        "problem downstream",
        HOEKSTRA,
        "indirect",
        "warned",
        "He",
    ),
    p(
        "to review every sand mining licence along eroding stretches of river and to report the "
        "results by the end of June",
        MAE_BODY,
        "indirect",
        "ordered",
        "the Ministry of Agriculture and Environment",
    ),
    p(
        "the province would ask the central government for VNĐ150 billion to build a "
        "1.5-kilometre embankment at the site",
        TRUNG,
        "indirect",
        "said",
        "Trung",
    ),
    p(
        "Families would not be allowed back until the embankment was finished",
        TRUNG,
        "indirect",
        "added",
        "he",
    ),
    p(
        "the family had saved only their ancestors’ altar and a few clothes",
        LAN,
        "indirect",
        "said",
        "Sáu’s wife, Nguyễn Thị Lan,",
    ),
    p(
        "We can build a house again. We cannot build the land again,",
        LAN,
        "direct",
        "said",
        "she",
    ),
]

# --- Split's mayor loses his council majority over a beach hotel lease (Hina English
# service style, dateline `SPLIT, May 14 (Hina) -`, straight "double quotes" and
# apostrophes, a list's name in quotes, punctuation outside closing partials, `told Hina`,
# `euros`, Croatian names with diacritics) -------------------------------------------------
NAS = "Naš Split"
ALPENROSE = "Alpenrose Hotels"
ZNJAN = "Žnjan for All"
MSTI = "Ministry of the Sea, Transport and Infrastructure"
ALPENROSE_BODY = {"speaker": ALPENROSE, "country": "AT"}
ZNJAN_BODY = {"speaker": ZNJAN, "country": "HR"}
MSTI_BODY = {"speaker": MSTI, "country": "HR"}
VRDOLJAK = {"speaker": "Marija Vrdoljak", "role": "leader", "country": "HR", "org": NAS}
PERIC = {"speaker": "Tonći Perić", "role": "Mayor", "country": "HR"}
LEITNER = {
    "speaker": "Stefan Leitner",
    "role": "chief executive",
    "country": "AT",
    "org": ALPENROSE,
}
MARDESIC = {"speaker": "Petra Mardešić", "role": "spokeswoman", "country": "HR", "org": ZNJAN}
KALAJZIC = {"speaker": "Ivana Kalajžić", "role": "group leader", "country": "HR", "org": "SDP"}
GRUBISIC = {
    "speaker": "Ante Grubišić",
    "role": "president",
    "country": "HR",
    "org": "Split City Council",
}
TOMIC = {
    "speaker": "Mirna Tomić",
    "role": "Political scientist",
    "country": "HR",
    "org": "University of Split",
}
EC_SRC = "A European Commission spokesperson"

COALITION_Q = [
    p(
        "hand the city's most popular public beach to a private investor for a generation",
        VRDOLJAK,
        "partial",
        "told",
        "She",
    ),
    p(
        "her councillors had not been shown the draft contract until Monday",
        VRDOLJAK,
        "indirect",
        "told",
        "She",
    ),
    p(
        "We did not enter this coalition to privatise the coast. Split's beaches belong to the "
        "people of Split, not to a balance sheet in Innsbruck,",
        VRDOLJAK,
        "direct",
        "said",
        "Vrdoljak",
    ),
    p(
        "the plan would bring 40 million euros of investment, a new promenade and 300 "
        "year-round jobs, and that the beach would remain free and open to the public",
        PERIC,
        "indirect",
        "said",
        "Perić",
    ),
    p(
        "playing politics with the beach at the first difficult moment",
        PERIC,
        "partial",
        "accused",
        "He",
    ),
    p(
        "Nobody is selling the beach. Not one square metre of sand will be fenced off,",
        PERIC,
        "direct",
        "told",
        "the mayor",
    ),
    p(
        "What we are offering is a hotel where today there is a car park and a broken fence.",
        PERIC,
        "direct",
        "told",
        "the mayor",
    ),
    p("fully committed", ALPENROSE_BODY, "partial", "said", "The Innsbruck-based group"),
    p(
        "would not seek exclusive use of any part of the beach",
        ALPENROSE_BODY,
        "indirect",
        "said",
        "The Innsbruck-based group",
    ),
    p(
        "the company had invested in Croatia for 15 years",
        LEITNER,
        "indirect",
        "told",
        "Its chief executive, Stefan Leitner,",
    ),
    p(
        "how sensitive the coast is for Croatians",
        LEITNER,
        "partial",
        "told",
        "Its chief executive, Stefan Leitner,",
    ),
    p(
        "it had collected more than 11,000 signatures in three weeks for a local referendum on "
        "the project",
        ZNJAN_BODY,
        "indirect",
        "said",
        "The civic initiative Žnjan for All, which opposes the lease,",
    ),
    p(
        "the city had never consulted residents about the site",
        MARDESIC,
        "indirect",
        "said",
        "Its spokeswoman, Petra Mardešić,",
    ),
    p(
        "Public consultation was never on the agenda until the coalition started to fall apart,",
        MARDESIC,
        "direct",
        "said",
        "she",
    ),
    q(
        "infrastructure co-financed by the EU had to remain publicly accessible for at least "
        "five years after a project was completed",
        None,
        "indirect",
        "told",
        EC_SRC,
        role="spokesperson",
        org="EU",
    ),
    q(
        "follow the matter closely",
        None,
        "partial",
        "told",
        EC_SRC,
        role="spokesperson",
        org="EU",
    ),
    p(
        "any concession longer than 20 years would need the approval of the government, and "
        "that it had not yet received a request from the city",
        MSTI_BODY,
        "indirect",
        "said",
        "The Ministry of the Sea, Transport and Infrastructure",
    ),
    q(
        "an extraordinary session of the council",
        None,
        "indirect",
        "called for",
        "Opposition councillors",
        country="HR",
    ),
    p(
        "the mayor should either withdraw the plan or call an early election",
        KALAJZIC,
        "indirect",
        "said",
        "SDP group leader Ivana Kalajžić",
    ),
    p(
        "A mayor without a majority cannot sign a 33-year contract,",
        KALAJZIC,
        "direct",
        "said",
        "she",
    ),
    p(
        "the session would be held within 15 days, as the city's statute requires",
        GRUBISIC,
        "indirect",
        "said",
        "The president of the City Council, Ante Grubišić,",
    ),
    p(
        "Perić could survive until the next local elections in 2029 by relying on two "
        "independent councillors, but would struggle to pass a budget",
        TOMIC,
        "indirect",
        "said",
        "Political scientist Mirna Tomić of the University of Split",
    ),
    p("He can still govern. He just cannot govern this project,", TOMIC, "direct", "said", "she"),
    q(
        "he would meet the two independents on Thursday",
        None,
        "indirect",
        "said",
        "Sources close to the mayor",
        country="HR",
    ),
    p(
        "Naš Split would support the referendum initiative but would not join any new coalition",
        VRDOLJAK,
        "indirect",
        "said",
        "Vrdoljak",
    ),
    p(
        "Our door is open to anyone who wants to keep the beach public,",
        VRDOLJAK,
        "direct",
        "said",
        "she",
    ),
    p("in any form", VRDOLJAK, "partial", "adding", "she"),
]

DOCS = [
    ("heldout38-weaving-guatemala-comalapa-huipil-knitwear-pulled", None, WEAVING_Q),
    ("heldout38-vaa-samoa-apia-sprint-gold-stripped-canoe-weight", None, VAA_Q),
    ("heldout38-defamation-thailand-chiang-mai-food-blogger-acquitted", "CHIANG MAI", DEFAMATION_Q),
    ("heldout38-riverbank-vietnam-vinh-long-sand-dredging-suspended", "VĨNH LONG", RIVERBANK_Q),
    ("heldout38-coalition-croatia-split-znjan-beach-lease", "SPLIT", COALITION_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    WEAVERS,
    BRAND,
    IVF,
    APPEAL,
    LOWER,
    TOURISM,
    MAE,
    ALPENROSE,
    ZNJAN,
    MSTI,
)


def main():
    write_gold(
        HERE,
        "heldout38_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout38",
        source="quotesdb held-out 38 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
