"""Build probes_r25a_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r24a and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-9: relatives, roles as the office's head title without party,
without a body already given as organisation, without places). Each quote is located by
searching its exact text after the previous quote's end.

    python3 bench/probes/r25a/make_gold.py   # writes probes_r25a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A no-confidence vote in Slovenia (Deutsche Welle style: no dateline, standfirst) ----
KOLAR = {"speaker": "Andrej Kolar", "role": "Prime Minister", "country": "SI"}
VIDMAR = {"speaker": "Marko Vidmar", "role": "leader", "country": "SI", "org": "Civic Union"}
ZUPAN = {
    "speaker": "Tomaz Zupan",
    "role": "leader",
    "country": "SI",
    "org": "Pensioners' Alliance",
}
PETEK = {"speaker": "Maja Petek", "role": "government spokeswoman", "country": "SI"}
HORVAT = {
    "speaker": "Nina Horvat",
    "role": "speaker",
    "country": "SI",
    "org": "National Assembly",
}
LAH = {"speaker": "Bojan Lah", "role": "president", "country": "SI", "org": "Praxis"}
NOVAK = {
    "speaker": "Petra Novak",
    "role": "political scientist",
    "country": "SI",
    "org": "University of Ljubljana",
}

VOTE_Q = [
    q(
        "it will try again in the autumn",
        None,
        "indirect",
        "says",
        "The opposition",
        country="SI",
    ),
    p(
        "This government has a majority, and it has work to do,",
        KOLAR,
        "direct",
        "told",
        "Kolar",
    ),
    p("We will use the summer to do it.", KOLAR, "direct", "told", "Kolar"),
    # the clause holding a quote is represented by the quote
    p(
        "in a better form",
        KOLAR,
        "partial",
        "said",
        "The 61-year-old, a former cardiologist who took office two years ago",
    ),
    # said A "…" and that B: the partial and the other conjunct
    p("exists only on paper", VIDMAR, "partial", "said", "Vidmar"),
    p(
        "Kolar had bought the abstentions with promises he could not keep",
        VIDMAR,
        "indirect",
        "said",
        "Vidmar",
    ),
    p(
        "Two votes is not a mandate. Two votes is a loan, and loans are called in,",
        VIDMAR,
        "direct",
        "said",
        "the former minister",
    ),
    p(
        "his party would table a second motion if the reform had not passed by October",
        VIDMAR,
        "indirect",
        "said",
        "He",
    ),
    p(
        "treats hospitals as a spreadsheet.",
        ZUPAN,
        "partial",
        "said",
        "Its leader, Tomaz Zupan",
    ),
    p(
        "the prime minister had agreed to keep three regional maternity wards open and to "
        "review the reform's staffing rules",
        ZUPAN,
        "indirect",
        "said",
        "Zupan",
    ),
    p(
        "We did not save the government. We saved the wards in Celje, Murska Sobota and Jesenice,",
        ZUPAN,
        "direct",
        "said",
        "the pensioners' leader",
    ),
    p(
        "Nobody offered me anything, and I would have said no.",
        ZUPAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "any deal had been made beyond the maternity wards",
        PETEK,
        "indirect",
        "denied",
        "A government spokeswoman, Maja Petek",
    ),
    p("does not trade ministries for votes.", PETEK, "partial", "said", "She"),
    p(
        "the vote had been conducted properly",
        HORVAT,
        "indirect",
        "said",
        "The speaker of the National Assembly, Nina Horvat",
    ),
    p(
        "The count was done twice, in front of everyone, and the result is the same,",
        HORVAT,
        "direct",
        "said",
        "she",
    ),
    p(
        "the merger would force patients in rural areas to travel up to 90 kilometres for "
        "routine surgery",
        LAH,
        "indirect",
        "said",
        "The president of the doctors' union Praxis, Bojan Lah",
    ),
    p(
        "Nobody in that chamber has asked us how a hospital actually works,",
        LAH,
        "direct",
        "told",
        "he",
    ),
    # a quote naming Luka (Bizjak) in the third person: the he is Kolar, not Bizjak
    p(
        "Luka has done more for Slovenian hospitals in two years than his critics did in ten,",
        KOLAR,
        "direct",
        "said",
        "he",
    ),
    p(
        "the coalition had survived but had learned that its smallest partner could bring it "
        "down at any time",
        NOVAK,
        "indirect",
        "said",
        "Petra Novak, a political scientist at the University of Ljubljana",
    ),
    p(
        "From today, every vote in this parliament goes through Mr. Zupan's office,",
        NOVAK,
        "direct",
        "said",
        "she",
    ),
    p("That is a strange kind of stability.", NOVAK, "direct", "said", "she"),
    p(
        "an early election remained unlikely before the spring, because none of the "
        "coalition parties was polling above its result in 2022",
        NOVAK,
        "indirect",
        "said",
        "Novak",
    ),
    q(
        "Kolar had spoken to both pensioners' deputies by phone late on Tuesday",
        None,
        "indirect",
        "said",
        "An official in the prime minister's office",
        country="SI",
    ),
    q(
        "We counted to 46 every day this week,",
        None,
        "direct",
        "said",
        "the official",
        country="SI",
    ),
    p(
        "he had no regrets about tabling the motion",
        VIDMAR,
        "indirect",
        "said",
        "Vidmar",
    ),
    p(
        "We made them show their hand. Now every voter knows what a maternity ward costs in "
        "this coalition,",
        VIDMAR,
        "direct",
        "said",
        "he",
    ),
    p(
        "he would meet the doctors' union on Friday",
        KOLAR,
        "indirect",
        "said",
        "The prime minister",
    ),
    p(
        "I was a doctor for 30 years. I do not need a motion of no confidence to tell me what "
        "is wrong in our hospitals,",
        KOLAR,
        "direct",
        "said",
        "Kolar",
    ),
]

# --- A corporate fraud trial in Singapore (Straits Times style: no dateline, Mr / Ms /
# Madam, Chinese names with the surname first) -------------------------------------------
ORCHID = "Orchid Freight Holdings"
ORCHID_BODY = {"speaker": ORCHID, "country": "SG"}
LIM = {
    "speaker": "Lim Hui Min",
    "role": "chief financial officer",
    "country": "SG",
    "org": ORCHID,
}
KOH = {"speaker": "Daniel Koh", "role": "Deputy Public Prosecutor", "country": "SG"}
PILLAI = {"speaker": "Arjun Pillai", "role": "lawyer", "country": "SG"}
GOH = {
    "speaker": "Goh Kian Seng",
    "role": "forensic accountant",
    "country": "SG",
    "org": "Harbour Advisory",
}
NG = {"speaker": "Carol Ng", "role": "District Judge", "country": "SG"}
CHUA = {"speaker": "Chua Siew Ling", "role": "wife", "country": "SG"}
TAN_BK = {"speaker": "Tan Boon Keat", "role": "brother", "country": "SG"}

TRIAL_Q = [
    # a headline's bare description, named in the body (delayed identification)
    p(
        "Former Orchid Freight chief knew invoices were fake",
        LIM,
        "indirect",
        "tells",
        "ex-CFO",
    ),
    p(
        "The former chief executive of Singapore logistics firm Orchid Freight Holdings knew "
        "that invoices worth $48 million had been invented to prop up the company's revenue",
        LIM,
        "indirect",
        "told",
        "his former finance chief",
    ),
    p(
        "the invoices were issued to three shell companies in Hong Kong that did no business "
        "with the firm",
        LIM,
        "indirect",
        "said",
        "Ms Lim Hui Min, who was Orchid Freight's chief financial officer for six years",
    ),
    p(
        "Every quarter we had a number to reach, and every quarter the number came from him,",
        LIM,
        "direct",
        "said",
        "she",
    ),
    p(
        "the prosecution would show that Tan approved each of the fake invoices by e-mail "
        "and, in at least two cases, drafted them himself",
        KOH,
        "indirect",
        "said",
        "Deputy Public Prosecutor Daniel Koh",
    ),
    p(
        "the scheme began in 2019, after Orchid Freight lost its largest customer",
        KOH,
        "indirect",
        "said",
        "He",
    ),
    p(
        "The accused did not want the market to see a hole in the accounts, so he filled it "
        "with paper,",
        KOH,
        "direct",
        "said",
        "Mr Koh",
    ),
    p(
        "his client had relied entirely on his finance team and had never been trained in "
        "accounting",
        PILLAI,
        "indirect",
        "told",
        "Tan's lawyer, Senior Counsel Arjun Pillai",
    ),
    # the quote names Mr Tan in the third person: the he is his lawyer
    p(
        "Mr Tan built a trucking business from one lorry. He signed what he was told to sign,",
        PILLAI,
        "direct",
        "said",
        "he",
    ),
    p(
        "The defence would argue that Ms Lim and two junior staff ran the scheme to earn "
        "performance bonuses",
        PILLAI,
        "indirect",
        "said",
        "Mr Pillai",
    ),
    p(
        "her bonuses over the six years came to less than $200,000, and that she had gained "
        "nothing from the invoices that Tan had not gained many times over",
        LIM,
        "indirect",
        "said",
        "She",
    ),
    p(
        "I am not proud of what I did. But I did not do it alone,",
        LIM,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had not gone to the board because she had been afraid of losing her job",
        LIM,
        "indirect",
        "said",
        "she",
    ),
    # a description in one paragraph, named in the next
    p(
        "he had found 212 invoices that matched no delivery, no contract and no payment",
        GOH,
        "indirect",
        "said",
        "The second witness, who was hired by Orchid Freight's new board in 2023 to trace the "
        "invoices",
    ),
    p(
        "the invoices shared a template that was not used anywhere else in the company",
        GOH,
        "indirect",
        "said",
        "Goh Kian Seng, a forensic accountant at Harbour Advisory",
    ),
    p(
        "Somebody designed that document. It did not design itself,",
        GOH,
        "direct",
        "said",
        "the accountant",
    ),
    p(
        "the metadata of at least two of the files listed the chief executive's office "
        "computer as their author",
        GOH,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the defence would call its own expert to show that the computer was used by several "
        "people",
        PILLAI,
        "indirect",
        "told",
        "Mr Pillai",
    ),
    # a request is a statement (decision 6), without its addressee
    p(
        "to agree on a list of the disputed invoices by Wednesday",
        NG,
        "indirect",
        "asked",
        "District Judge Carol Ng, who is hearing the case alone",
    ),
    p(
        "the trial, scheduled for 18 days, could not afford to spend a week on documents both "
        "sides accepted",
        NG,
        "indirect",
        "said",
        "She",
    ),
    p(
        "I would rather hear about the 20 invoices you disagree on than the 190 you don't,",
        NG,
        "direct",
        "said",
        "the judge",
    ),
    p(
        "it was cooperating with the prosecution",
        ORCHID_BODY,
        "indirect",
        "said",
        "Orchid Freight",
    ),
    p(
        "its current management had no involvement in the matters before the court",
        ORCHID_BODY,
        "indirect",
        "said",
        "The company",
    ),
    p(
        "a simple man who trusted the wrong people.",
        CHUA,
        "partial",
        "told",
        "Mr Tan's wife, Madam Chua Siew Ling",
    ),
    p("He is 58. He wants to clear his name,", CHUA, "direct", "said", "she"),
    p(
        "the family would stay until the verdict",
        TAN_BK,
        "indirect",
        "said",
        "His younger brother, Tan Boon Keat, who sat in the public gallery throughout the hearing",
    ),
    p(
        "the State would call 23 witnesses, including two former directors and a banker",
        KOH,
        "indirect",
        "said",
        "The prosecutor",
    ),
    p("We are prepared to sit late,", KOH, "direct", "said", "Mr Koh"),
]

# --- A mountaineering rescue on Mount Robson (Globe and Mail style: `VALEMOUNT, B.C. —`,
# Mr. / Ms. on every later mention) ----------------------------------------------------------
PARKS = "Parks Canada"
PARKS_BODY = {"speaker": PARKS, "country": "CA"}
RVSAR = "Robson Valley Search and Rescue"
RVSAR_BODY = {"speaker": RVSAR, "country": "CA"}
MINISTRY = "Ministry of Emergency Management"
MINISTRY_BODY = {"speaker": MINISTRY, "country": "CA"}
FENWICK = {"speaker": "Dale Fenwick", "role": "search manager", "country": "CA", "org": RVSAR}
OLYPHANT = {
    "speaker": "Greg Olyphant",
    "role": "visitor safety specialist",
    "country": "CA",
    "org": PARKS,
}
BRANDVOLD = {"speaker": "Kyle Brandvold", "role": "helicopter pilot", "country": "CA"}
FORTIN = {"speaker": "Léa Fortin", "country": "CA"}
DOUCET = {"speaker": "Martin Doucet", "role": "mountain guide", "country": "CA"}
SANDHU = {"speaker": "Anita Sandhu", "role": "Corporal", "country": "CA", "org": "RCMP"}

RESCUE_Q = [
    p(
        "Martin Doucet, 44, of Jasper, Alta., and Léa Fortin, 37, of Canmore, Alta., were "
        "flown to hospital in Valemount with frostbite and were in stable condition",
        PARKS_BODY,
        "indirect",
        "said",
        "Parks Canada",
    ),
    p(
        "The pair had set out on Wednesday to climb the Kain Face, a steep route of snow and "
        "ice on the north side of the highest peak in the Canadian Rockies, and were "
        "descending when a storm closed in",
        RVSAR_BODY,
        "indirect",
        "according to",
        "Robson Valley Search and Rescue",
    ),
    p(
        "the climbers had called for help with a satellite messenger late on Thursday and "
        "had kept sending short messages twice a day to save their batteries",
        FENWICK,
        "indirect",
        "said",
        "The group's search manager, Dale Fenwick",
    ),
    p(
        "The last one on Saturday night was three words long, and one of them was okay,",
        FENWICK,
        "direct",
        "said",
        "Mr. Fenwick",
    ),
    p("That was enough to keep us going.", FENWICK, "direct", "said", "Mr. Fenwick"),
    p(
        "the team had tried to reach the pair three times on Friday and Saturday, and had "
        "turned back each time when gusts near the summit passed 100 kilometres an hour",
        FENWICK,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the climbers had done almost everything right once the weather turned",
        OLYPHANT,
        "indirect",
        "said",
        "Greg Olyphant, a visitor safety specialist with Parks Canada who led the operation "
        "from the air",
    ),
    p(
        "They dug in, they stayed put and they told us exactly where they were,",
        OLYPHANT,
        "direct",
        "said",
        "he",
    ),
    p(
        "People die on this mountain trying to walk out of a storm like that.",
        OLYPHANT,
        "direct",
        "said",
        "he",
    ),
    # a quote naming Kyle (the pilot): the Parks Canada specialist's, two paragraphs on
    p(
        "You get one clean window in weather like that, and Kyle found it,",
        OLYPHANT,
        "direct",
        "said",
        "the Parks Canada specialist",
    ),
    p(
        "the hardest part had been the first approach, when cloud covered the upper half of "
        "the face",
        BRANDVOLD,
        "indirect",
        "said",
        "The pilot",
    ),
    p(
        "I could see the ledge for maybe ten seconds at a time,",
        BRANDVOLD,
        "direct",
        "said",
        "he",
    ),
    p(
        "Greg was hanging under me the whole time, so you don't rush.",
        BRANDVOLD,
        "direct",
        "said",
        "he",
    ),
    p(
        "she and Mr. Doucet had shared one sleeping bag and eaten their last food on Friday",
        FORTIN,
        "indirect",
        "said",
        "Ms. Fortin",
    ),
    p(
        "We talked about our kids, mostly. You try to keep each other awake,",
        FORTIN,
        "direct",
        "said",
        "she",
    ),
    p(
        "her partner had lost feeling in two toes on Saturday but had refused to let her go "
        "for help alone",
        FORTIN,
        "indirect",
        "said",
        "She",
    ),
    p(
        "he had checked the forecast the night before they left and had expected a window of "
        "two clear days",
        DOUCET,
        "indirect",
        "said",
        "Mr. Doucet, a mountain guide who has climbed Mount Robson six times",
    ),
    p(
        "It came in 12 hours early. That's the mountain. You don't get to argue with it,",
        DOUCET,
        "direct",
        "said",
        "the 44-year-old",
    ),
    p("he would climb again, but not this year", DOUCET, "indirect", "said", "He"),
    p(
        "the climbers' families had been told on Thursday night and had waited at the "
        "detachment through the weekend",
        SANDHU,
        "indirect",
        "said",
        "Corporal Anita Sandhu of the RCMP's detachment in Valemount",
    ),
    p(
        "Police would not be releasing any more information about the pair",
        SANDHU,
        "indirect",
        "said",
        "she",
    ),
    p(
        "Robson Valley Search and Rescue, which is run by 31 volunteers, had spent almost "
        "$40,000 on the operation, most of it on helicopter time",
        FENWICK,
        "indirect",
        "said",
        "Mr. Fenwick",
    ),
    p(
        "the group had asked the province for more money in each of the past three years and "
        "had been told each time that its request was under review",
        FENWICK,
        "indirect",
        "said",
        "He",
    ),
    p(
        "it valued the work of search-and-rescue volunteers and was reviewing its funding formula",
        MINISTRY_BODY,
        "indirect",
        "said",
        "The Ministry of Emergency Management",
    ),
    p(
        "about 15 parties attempt the Kain Face each year, and fewer than half reach the top",
        OLYPHANT,
        "indirect",
        "said",
        "Mr. Olyphant",
    ),
    p(
        "It is a serious mountain, and this weekend it was a very serious one,",
        OLYPHANT,
        "direct",
        "said",
        "he",
    ),
    p(
        "it was not his place to judge",
        FENWICK,
        "indirect",
        "said",
        "the search manager",
    ),
    p(
        "They came home. That's the only thing I care about today,",
        FENWICK,
        "direct",
        "said",
        "he",
    ),
]

DOCS = [
    ("probe-r25a-slovenia-no-confidence-vote", None, VOTE_Q),
    ("probe-r25a-singapore-freight-fraud-trial", None, TRIAL_Q),
    ("probe-r25a-mount-robson-climbers-rescue", "VALEMOUNT", RESCUE_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (ORCHID, PARKS, RVSAR, MINISTRY)


def main():
    write_gold(
        HERE,
        "probes_r25a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r25a",
        source="quotesdb round-25 training probes A (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
