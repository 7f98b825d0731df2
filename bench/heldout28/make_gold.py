"""Build heldout28_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout23 and of decisions 1-10 of
articles/attribution/README.md (see bench/heldout28/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout28/make_gold.py   # writes bench/heldout28/heldout28_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- brown locusts in the Hardap region (The Namibian style, no dateline, straight "double
# quotes", `12 000`, `N$1,2 million`, `Dr`, `yesterday`; reported speech throughout) -----
MAWLR = "Ministry of Agriculture, Water and Land Reform"
SLFA = "Southern Livestock Farmers' Association"
HRC = "Hardap Regional Council"
KAS = "Kalahari Aerial Services"
NA = "NA"
MAWLR_BODY = {"speaker": MAWLR, "country": NA}
SLFA_BODY = {"speaker": SLFA, "country": NA}
KAS_BODY = {"speaker": KAS, "country": NA}
SHIKONGO = {
    "speaker": "Helena Shikongo",
    "role": "chief agricultural scientist",
    "country": NA,
    "org": MAWLR,
}
BEUKES = {"speaker": "Anna Beukes", "country": NA}
SWARTBOOI = {"speaker": "Jacobus Swartbooi", "role": "chairperson", "country": NA, "org": SLFA}
GAROEB = {"speaker": "Petrus Garoeb", "role": "constituency councillor", "country": NA, "org": HRC}
VAN_WYK = {"speaker": "Elize van Wyk", "role": "managing director", "country": NA, "org": KAS}
MUSHEKO = {"speaker": "Jona Musheko", "role": "spokesperson", "country": NA, "org": MAWLR}
OFFICIAL_SRC = (
    "An official in the ministry's plant health division, who asked not to be named because "
    "she was not authorised to speak to the media"
)


def official(text, cue, source):
    return q(text, None, "indirect", cue, source, role="official", country=NA, org=MAWLR)


LOCUSTS_Q = [
    p("it had run short of the pesticide needed to stop them", MAWLR_BODY, "indirect", "said",
      "the Ministry of Agriculture, Water and Land Reform"),
    p("teams had sprayed about 12 000 hectares around Mariental and Gibeon", SHIKONGO,
      "indirect", "told", "Dr Helena Shikongo, the ministry's chief agricultural scientist"),
    p("moving faster than we can drive", SHIKONGO, "partial", "told",
      "Dr Helena Shikongo, the ministry's chief agricultural scientist"),
    p("the ministry had ordered 30 000 litres of insecticide from South Africa, which would "
      "arrive by the end of the month, and that spraying would resume once it was delivered",
      SHIKONGO, "indirect", "said", "She"),
    p("the swarms were first reported on a farm near Kalkrand on 2 March", SHIKONGO,
      "indirect", "According to", "Shikongo"),
    q("the ministry had been warned weeks ago", None, "indirect", "said", "Farmers in the area",
      country=NA),
    p("she had lost almost all her camp grazing in three days", BEUKES, "indirect", "said",
      "Anna Beukes, who farms sheep and goats 30 kilometres east of Mariental"),
    p("They came in the afternoon like a brown cloud. By the next morning there was nothing "
      "left for the animals,", BEUKES, "direct", "said", "she"),
    p("she had phoned the ministry's office in Mariental twice", BEUKES, "indirect", "said",
      "Beukes"),
    p("as soon as possible", BEUKES, "partial", "said", "Beukes"),
    p("to declare the outbreak a national emergency", SLFA_BODY, "indirect", "urged",
      "The Southern Livestock Farmers' Association, which represents about 900 commercial and "
      "communal farmers in the south"),
    p("farmers could not wait for a shipment that was still weeks away", SWARTBOOI, "indirect",
      "said", "Its chairperson, Jacobus Swartbooi"),
    p("the association had offered to pay for fuel for the spraying teams, and that members "
      "would lend bakkies and drivers", SWARTBOOI, "indirect", "said", "He"),
    p("If we lose the grazing now, we lose the ewes in winter. That is the simple arithmetic,",
      SWARTBOOI, "direct", "said", "Swartbooi"),
    p("the council had set aside N$1,2 million for emergency fodder", GAROEB, "indirect", "said",
      "Petrus Garoeb, the Mariental Rural constituency councillor on the Hardap Regional "
      "Council"),
    p("the money would not last beyond June", GAROEB, "indirect", "warned",
      "Petrus Garoeb, the Mariental Rural constituency councillor on the Hardap Regional "
      "Council"),
    official("only four of the division's seven spraying vehicles were working", "said",
             OFFICIAL_SRC),
    official("two of the vehicles had been waiting for tyres since January", "said", "She"),
    p("it had offered the ministry two aircraft at cost", KAS_BODY, "indirect", "said",
      "Kalahari Aerial Services, a Mariental company that sprays crops along the Hardap "
      "irrigation scheme"),
    p("the offer had been made in writing on Monday", VAN_WYK, "indirect", "said",
      "Its managing director, Elize van Wyk"),
    p("We have the planes and the pilots. What we do not have is the chemical,", VAN_WYK,
      "direct", "said", "she"),
    p("the ministry would consider the offer", MUSHEKO, "indirect", "said",
      "Ministry spokesperson Jona Musheko"),
    p("brown locust outbreaks came every few years after good rains in the Karoo and the "
      "southern Kalahari, and that this season's rains had been the best since 2011", SHIKONGO,
      "indirect", "said", "Shikongo"),
    p("The eggs were laid in good conditions and now they are all hatching at once. We will be "
      "fighting this until at least May,", SHIKONGO, "direct", "said", "she"),
    q("they had started moving livestock to relatives' farms in the Keetmanshoop district",
      None, "indirect", "said", "Farmers who spoke to The Namibian", country=NA),
    p("the association would meet the minister next week", SWARTBOOI, "indirect", "said",
      "Swartbooi"),
    p("commercial farmers in the south could sell off up to a third of their breeding stock if "
      "the grazing did not recover before winter", SWARTBOOI, "indirect", "warned", "He"),
]  # fmt: skip

# --- a marathon course measured short in Toruń (Notes from Poland style, no dateline, curly
# “double quotes” and curly apostrophes, `percent`, `zloty`, Polish names with diacritics) --
KRF = "Kopernik Running Foundation"
PL = "PL"
KRF_BODY = {"speaker": KRF, "country": PL}
ZIELINSKA = {"speaker": "Marta Zielińska", "role": "president", "country": PL, "org": KRF}
WRONA = {"speaker": "Tomasz Wrona", "role": "course measurer", "country": PL}
PAWLAK = {"speaker": "Łukasz Pawlak", "role": "teacher", "country": PL}
DUDEK = {"speaker": "Kamil Dudek", "role": "runner", "country": PL}
LIS = {"speaker": "Agnieszka Lis", "role": "deputy mayor", "country": PL}
NOWICKI = {"speaker": "Paweł Nowicki", "role": "founder", "country": PL}

MARATHON_Q = [
    p("Results from last month’s Toruń Riverside Marathon will not count towards Polish records "
      "or qualifying times after an independent measurement found that the course was 312 "
      "metres short", KRF_BODY, "indirect", "announced",
      "the race’s organiser, the Kopernik Running Foundation"),
    p("deeply regretted", KRF_BODY, "partial", "said", "the foundation"),
    p("We apologise to every runner who trained for months for this race. Nobody set out to "
      "deceive anyone,", ZIELINSKA, "direct", "said",
      "Marta Zielińska, the foundation’s president"),
    p("the course had been measured correctly in August, but that on race day a volunteer had "
      "moved the turnaround cone to make room for an ambulance", ZIELINSKA, "indirect", "told",
      "Zielińska"),
    p("far too large to be a measuring tolerance", WRONA, "partial", "said", "Wrona"),
    p("every time run on the day was now invalid for ranking purposes", WRONA, "indirect",
      "said", "Wrona"),
    q("they had already used their times to apply for places in other marathons", None,
      "indirect", "said", "Several", country=PL),
    p("I cried at the finish line. Now I find out I ran a shorter race than I thought. It is "
      "hard to describe how that feels,", PAWLAK, "direct", "said", "he"),
    p("he had qualified for the Berlin Marathon with his Toruń time and would now have to find "
      "another race before the entry deadline", DUDEK, "indirect", "said",
      "Another runner, Kamil Dudek"),
    p("It is not the end of the world, but somebody should pay back the entry fee,", DUDEK,
      "direct", "said", "he"),
    p("he expected the foundation to refund at least part of it", DUDEK, "indirect", "adding",
      "he"),
    p("it would refund 50 percent of the 180-zloty entry fee to every finisher and offer free "
      "places in next year’s race", KRF_BODY, "indirect", "said", "The foundation"),
    p("course errors of this size were rare in Poland", WRONA, "indirect", "said", "Wrona"),
    p("he had measured more than 60 courses since 2015 and had seen a comparable mistake only "
      "once, at a half-marathon in Lublin in 2019", WRONA, "indirect", "said", "He"),
    p("A cone in the wrong place is the most common mistake in the world, and the easiest to "
      "avoid. You paint a mark on the road and you put a marshal next to it,", WRONA, "direct",
      "said", "he"),
    p("the city would review the support it gave the event", LIS, "indirect", "wrote",
      "Toruń’s deputy mayor for sport, Agnieszka Lis"),
    p("Residents have the right to expect that an event paid for with their money is organised "
      "professionally,", LIS, "direct", "wrote", "she"),
    p("the foundation had already hired a second measurer to check the course before each "
      "race and would publish the measurement certificates online", ZIELINSKA, "indirect",
      "said", "Zielińska"),
    p("That is for the board to decide, not me.", ZIELINSKA, "direct", "said", "she"),
    p("the group would wait for the foundation’s board to meet before deciding whether to take "
      "the matter to court", NOWICKI, "indirect", "told",
      "One of its founders, Paweł Nowicki"),
    p("he would run Toruń again next year", PAWLAK, "indirect", "said", "Pawlak"),
    p("I want to run the full distance this time, all 42,195 metres of it,", PAWLAK, "direct",
      "said", "he"),
]  # fmt: skip

# --- a rare crane in Yilan rice paddies (Taipei Times style, a `By X / Staff reporter`
# byline, no dateline, straight "double quotes", names family name first with their Chinese
# characters in brackets, `NT$`, `2km`; five men speaking) ---------------------------------
LBA = "Lanyang Birding Association"
YCAD = "Yilan County Agriculture Department"
FANCA = "Forestry and Nature Conservation Agency"
TW = "TW"
FANCA_BODY = {"speaker": FANCA, "country": TW}
HUANG = {"speaker": "Huang Chien-ming", "role": "secretary-general", "country": TW, "org": LBA}
LEE = {"speaker": "Lee Ching-fu", "role": "farmer", "country": TW}
CHEN = {"speaker": "Chen", "role": "farmer", "country": TW}
LIN = {"speaker": "Lin Wen-hsiung", "role": "director", "country": TW, "org": YCAD}
TSAI = {"speaker": "Tsai Ming-hui", "role": "photographer", "country": TW}
TSAI_SRC = "Photographer Tsai Ming-hui (蔡明輝), who drove from Kaohsiung on Saturday night"

CRANE_Q = [
    p("The bird, a juvenile thought to have strayed from its wintering grounds in South Korea "
      "or Japan, is only the third of its species recorded in Taiwan", HUANG, "indirect",
      "said", "Lanyang Birding Association secretary-general Huang Chien-ming (黃建明)"),
    p("the crane had been feeding on snails and spilled grain in harvested paddies near the "
      "Lanyang River since Thursday last week, and that it appeared healthy", HUANG,
      "indirect", "said", "Huang"),
    p("It is a young bird on its own, probably pushed south by the cold front. It needs to rest "
      "and eat, and it cannot do that with 300 people standing around it,", HUANG, "direct",
      "said", "he"),
    q("On Sunday, cars lined both sides of a farm road for more than 2km, and some "
      "photographers walked into flooded fields to get closer to the bird", None, "indirect",
      "said", "township residents", country=TW),
    p("visitors had broken the ridges between three of his paddies", LEE, "indirect", "said",
      "Farmer Lee Ching-fu (李清福), 67"),
    p("I am happy for the bird, but my fields are not a park. Who is going to pay to fix them?",
      LEE, "direct", "said", "he"),
    p("someone had parked a car across the entrance to his irrigation channel for most of "
      "Saturday", CHEN, "indirect", "said",
      "Another farmer, who gave only his surname, Chen"),
    p("the county would mark off a viewing area about 100m from the bird from tomorrow and "
      "station volunteers on the farm road to direct traffic", LIN, "indirect", "said",
      "Yilan County Agriculture Department director Lin Wen-hsiung (林文雄)"),
    p("farmers whose fields had been damaged could apply for compensation of up to NT$5,000 "
      "per paddy", LIN, "indirect", "said", "Lin"),
    p("to use a shuttle bus that the county would run from Luodong Railway Station on "
      "weekends", LIN, "indirect", "urged", "Lin"),
    p("most visitors were respectful and that a small number had given the rest a bad name",
      TSAI, "indirect", "said", TSAI_SRC),
    p("I have waited 20 years to see this bird in Taiwan. I understand the farmers are angry. "
      "We should follow the rules and keep our distance,", TSAI, "direct", "said", "Tsai"),
    p("red-crowned cranes are protected under the Wildlife Conservation Act and that anyone "
      "found disturbing the bird could be fined up to NT$300,000", FANCA_BODY, "indirect",
      "said", "The Forestry and Nature Conservation Agency"),
    p("his association had counted about 4,000 visitors on Sunday alone", HUANG, "indirect",
      "said", "Huang"),
    p("the crowds could drive the bird away before it had regained its strength", HUANG,
      "indirect", "said", "He"),
    p("not to use drones or play recorded crane calls", HUANG, "indirect", "called on", "He"),
    p("Some people play the call of another crane to make it lift its head for a better "
      "picture. That is cruel. It thinks it has found its family,", HUANG, "direct", "said",
      "he"),
    p("the county had asked the township office to put up signs in Mandarin and English along "
      "the farm road by Friday", LIN, "indirect", "said", "Lin"),
    p("he would believe the county's promise when he saw it", LEE, "indirect", "said", "Lee"),
    p("Every year they promise to help the farmers. Then the birds fly away and so do the "
      "officials,", LEE, "direct", "said", "he"),
    p("he had planted rice in Wujie for 40 years and had never seen so many cars in the "
      "township", CHEN, "indirect", "said", "Chen"),
    p("he hoped the bird would stay until spring, but that the visitors should leave their cars "
      "in town and walk", CHEN, "indirect", "said", "He"),
    p("he would return next weekend with his son", TSAI, "indirect", "said", "Tsai"),
]  # fmt: skip

# --- a city council ends water fluoridation (UPI style, dateline `GRAND JUNCTION, Colo.,
# March 18 (UPI) --`, straight "double quotes", `Dr.`, `70%`; five women speaking) ----------
# (round 32: a council's elected members, the Mayor Pro Tem among them, are given no
# council as organisation, as in every other gold; was "Grand Junction City Council")
US = "US"
WHITFIELD = {"speaker": "Dana Whitfield", "role": "Council member", "country": US}
ORTIZ = {"speaker": "Rachel Ortiz", "role": "Mayor Pro Tem", "country": US}
LINDQVIST = {"speaker": "Karen Lindqvist", "role": "pediatric dentist", "country": US}
HANEY = {"speaker": "Melissa Haney", "role": "mother", "country": US}
PRUITT = {"speaker": "Joan Pruitt", "role": "Council member", "country": US}
SALAS = {"speaker": "Greg Salas", "role": "City Manager", "country": US}
ORTIZ_SRC = "Mayor Pro Tem Rachel Ortiz, who voted against the measure"
LINDQVIST_SRC = (
    "Dr. Karen Lindqvist, a pediatric dentist who has practiced in the city for 22 years"
)

FLUORIDE_Q = [
    p("residents should be free to decide for themselves whether to take fluoride", WHITFIELD,
      "indirect", "said", "Council member Dana Whitfield, who proposed the measure"),
    p("This is about consent. If people want fluoride, they can buy toothpaste,", WHITFIELD,
      "direct", "said", "Whitfield"),
    p("a step backward for the children of this city", ORTIZ, "partial", "called", ORTIZ_SRC),
    p("the council had ignored the advice of every dental group that testified", ORTIZ,
      "indirect", "said", ORTIZ_SRC),
    q("More than 90 people signed up to speak during the six-hour hearing", None, "indirect",
      "according to", "the city clerk", role="city clerk", country=US),
    p("she saw children with severe tooth decay every week and that the number would rise "
      "without fluoride", LINDQVIST, "indirect", "told", LINDQVIST_SRC),
    p("We will see it in our clinics within five years. I have no doubt about that,",
      LINDQVIST, "direct", "said", "she"),
    p("the Colorado Dental Association would ask the council to reconsider", LINDQVIST,
      "indirect", "said", "Lindqvist"),
    p("to contact their council members before the ordinance takes effect", LINDQVIST,
      "indirect", "urged", "she"),
    q("they did not trust the federal government's guidance on fluoride", None, "indirect",
      "said", "Several residents who spoke in favor of the measure", country=US),
    p("she had switched to bottled water two years ago", HANEY, "indirect", "said",
      "Melissa Haney, a mother of three from the Redlands neighborhood"),
    p("I should not have to pay extra to keep something out of my kids' water,", HANEY,
      "direct", "said", "Haney"),
    p("she had changed her mind after reading studies submitted by both sides but would "
      "support a public vote on the question in November", PRUITT, "indirect", "said",
      "Council member Joan Pruitt, who cast the deciding vote"),
    p("I went into this thinking it was settled science. I came out of it thinking the voters "
      "should decide,", PRUITT, "direct", "said", "Pruitt"),
    p("the change would save the city about $48,000 a year in chemicals and equipment", SALAS,
      "indirect", "said", "City Manager Greg Salas"),
    p("the utilities department would need about 60 days to stop fluoridation at the water "
      "treatment plant", SALAS, "indirect", "said", "He"),
    p("she would work with Lindqvist and other dentists to gather signatures for a ballot "
      "measure to restore fluoride", ORTIZ, "indirect", "said", "Ortiz"),
    p("The people of this city deserve to have the final word on what goes into their water,",
      ORTIZ, "direct", "said", "she"),
    p("she welcomed a public vote and was confident residents would back the council's "
      "decision", WHITFIELD, "indirect", "said", "Whitfield"),
    q("A second reading is scheduled for April 1, when council members could still amend it",
      None, "indirect", "said", "the city attorney's office", country=US,
      org="city attorney's office"),
    p("Residents of neighboring Mesa County communities, which buy treated water from Grand "
      "Junction, would also lose fluoridation", SALAS, "indirect", "said", "Salas"),
    p("the city would notify those customers by mail within two weeks", SALAS, "indirect",
      "said", "He"),
    p("the nearest practice offering fluoride varnish treatments covered by Medicaid was "
      "already booked three months ahead", LINDQVIST, "indirect", "said", "Lindqvist"),
    p("Families who can least afford a dentist are the ones who will pay for this,", LINDQVIST,
      "direct", "said", "she"),
    p("she had received more than 400 emails about the vote, most of them from outside the "
      "city", PRUITT, "indirect", "said", "Pruitt"),
    p("she had read every one of them", PRUITT, "indirect", "said", "She"),
]  # fmt: skip

# --- recycled mobile numbers lock residents out of bank apps (Gulf News style, dateline
# `Dubai:`, curly “double quotes” and curly apostrophes, `Dh2,000`, `SMS`) -----------------
GCB = "Gulf Crescent Bank"
SAHRA = "Sahra Mobile"
QASR = "Qasr Digital Security"
AE = "AE"
SAHRA_BODY = {"speaker": SAHRA, "country": AE}
MENON = {"speaker": "Priya Menon", "role": "marketing executive", "country": AE}
AL_SUWAIDI = {
    "speaker": "Rashid Al Suwaidi",
    "role": "cybersecurity consultant",
    "country": AE,
    "org": QASR,
}
DELA_CRUZ = {"speaker": "Joseph Dela Cruz", "role": "nurse", "country": AE}
AL_SUWAIDI_SRC = (
    "Rashid Al Suwaidi, a cybersecurity consultant at the Dubai firm Qasr Digital Security"
)
DELA_CRUZ_SRC = "Another resident, Joseph Dela Cruz, a nurse in Sharjah"


def bank_spokesperson(text, kind, cue):
    return q(text, None, kind, cue, "A Gulf Crescent Bank spokesperson", role="spokesperson",
             country=AE, org=GCB)  # fmt: skip


NUMBERS_Q = [
    q("they have lost access to banking and messaging apps after telecom operators reassigned "
      "mobile numbers they had used for years, in some cases to strangers who then received "
      "their one-time passwords", None, "indirect", "say", "Several UAE residents", country=AE),
    p("her number was disconnected in January after she missed two bill payments while "
      "travelling", MENON, "indirect", "told",
      "Priya Menon, a marketing executive in Dubai Marina"),
    p("three weeks later a man she had never met messaged her friends from a new WhatsApp "
      "account registered to the number", MENON, "indirect", "said", "She"),
    p("My friends thought it was me asking for money. One of them nearly sent him Dh2,000,",
      MENON, "direct", "said", "Menon"),
    p("her bank, Gulf Crescent Bank, had continued to send one-time passwords to the old number "
      "for a month after she had updated her details at a branch", MENON, "indirect", "said",
      "Menon"),
    bank_spokesperson("no record", "partial", "said"),
    bank_spokesperson("to check their registered number through the bank’s app every six "
                      "months", "indirect", "advised"),
    p("numbers were returned to circulation only after a quarantine period of 90 days, in line "
      "with industry practice", SAHRA_BODY, "indirect", "said",
      "Sahra Mobile, which operates one of the country’s mobile networks"),
    p("customers were responsible for updating their numbers with banks and apps before "
      "cancelling a line, and that it sent three SMS reminders before any disconnection",
      SAHRA_BODY, "indirect", "said", "The company"),
    p("one of the easiest ways in", AL_SUWAIDI, "partial", "said", AL_SUWAIDI_SRC),
    p("A bank sends a code to a number, not to a person. When that number changes hands, the "
      "code goes with it,", AL_SUWAIDI, "direct", "said", "Al Suwaidi"),
    p("users should switch their banking and email accounts to authenticator apps where "
      "possible", AL_SUWAIDI, "indirect", "added", "He"),
    p("just to protect my bank account", DELA_CRUZ, "partial", "said", DELA_CRUZ_SRC),
    p("People do not realise how much of their life is tied to one number,", DELA_CRUZ,
      "direct", "said", "he"),
    p("the problem was not unique to the UAE", AL_SUWAIDI, "indirect", "said", "Al Suwaidi"),
    p("operators in several countries had lengthened the quarantine period for cancelled "
      "numbers after similar complaints, and that some banks now asked customers to confirm "
      "their number every time they logged in from a new device", AL_SUWAIDI, "indirect",
      "said", "He"),
    p("Ninety days is not enough when people travel for the whole summer. Six months would be "
      "safer,", AL_SUWAIDI, "direct", "said", "he"),
    p("he had written to his own bank to ask how it would know if his number changed hands",
      DELA_CRUZ, "indirect", "said", "Dela Cruz"),
    p("the bank had replied with a link to its security page", DELA_CRUZ, "indirect", "said",
      "He"),
    p("she had since recovered her WhatsApp account but had given up on getting her old number "
      "back", MENON, "indirect", "said", "Menon"),
    p("I have moved on to a new number. I just hope whoever has the old one now is an honest "
      "person,", MENON, "direct", "said", "she"),
    p("Residents who have lost access to accounts because of a reassigned number should "
      "contact their bank directly and ask for their registered number to be updated in "
      "person", AL_SUWAIDI, "indirect", "said", "Al Suwaidi"),
]  # fmt: skip

DOCS = [
    ("heldout28-locusts-namibia-hardap-swarms-pesticide-shortage", None, LOCUSTS_Q),
    ("heldout28-marathon-poland-torun-course-short-records-void", None, MARATHON_Q),
    ("heldout28-birding-taiwan-yilan-crane-crowds-paddies", None, CRANE_Q),
    ("heldout28-fluoride-colorado-grand-junction-council-vote", "GRAND JUNCTION, Colo.",
     FLUORIDE_Q),
    ("heldout28-telecom-uae-recycled-numbers-bank-lockouts", "Dubai", NUMBERS_Q),
]  # fmt: skip

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (MAWLR, SLFA, KAS, KRF, FANCA, SAHRA)


def main():
    write_gold(
        HERE,
        "heldout28_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout28",
        source="quotesdb held-out 28 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
