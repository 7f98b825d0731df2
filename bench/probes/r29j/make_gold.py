"""Build probes_r29j_gold.jsonl from the hand annotations below.

Training probe r29j, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r29e and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-12). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r29j/make_gold.py   # writes probes_r29j_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Kericho tea farmers and a county cess (Daily Nation: no dateline, `Sh180 million`,
# `MCA`, `County Assembly`, `Mr` / `Ms`, straight double quotes): Kenya named only in
# nothing but its domestic marks; a Karachi importer (PK) and Uganda's minister (UG) -------
KIPRONO = {"speaker": "Dennis Kiprono", "role": "Governor", "country": "KE"}
ROTICH = {"speaker": "Gilbert Rotich", "role": "MCA", "country": "KE"}
BETT = {"speaker": "Wesley Bett", "role": "Agriculture CEC Member", "country": "KE"}
CHEPNGENO = {"speaker": "Alice Chepngeno", "country": "KE"}
KOECH = {
    "speaker": "Samuel Koech",
    "role": "chairman",
    "country": "KE",
    "org": "Kapkoros Tea Factory",
}
LANGAT = {"speaker": "Faith Langat", "role": "Senator", "country": "KE"}
QURESHI = {"speaker": "Imran Qureshi", "role": "importer", "country": "PK"}
NAMUTEBI = {
    "speaker": "Harriet Namutebi",
    "role": "State Minister for Agriculture",
    "country": "UG",
}
# `the Kericho branch secretary of the plantation workers' union`: an unnamed union, none
MUTAI = {"speaker": "Josphat Mutai", "role": "branch secretary", "country": "KE"}

KERICHO_Q = [
    q(
        "the levy will wipe out the modest bonus they expect in October",
        None,
        "indirect",
        "saying",
        "Tea farmers in Kericho",
        country="KE",
    ),
    p(
        "the county needed the money to repair more than 400 kilometres of feeder roads that tea "
        "lorries use every day",
        KIPRONO,
        "indirect",
        "said",
        "Governor Dennis Kiprono",
    ),
    p(
        "We cannot keep asking farmers to carry their leaf on their backs for five kilometres "
        "because the roads have collapsed. This cess is an investment in their own roads,",
        KIPRONO,
        "direct",
        "told",
        "Mr Kiprono",
    ),
    p(
        "the county would ring-fence the revenue, estimated at Sh180 million a year, in a special "
        "fund audited by the Auditor-General",
        KIPRONO,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the county was punishing farmers for its own failure to collect revenue",
        ROTICH,
        "indirect",
        "said",
        "Kapsoit MCA Gilbert Rotich, who led the nine members who opposed the Bill",
    ),
    p(
        "The governor has collected less than half of his own-source revenue target for three "
        "years running. Now he wants the farmer to pay for that,",
        ROTICH,
        "direct",
        "said",
        "Mr Rotich",
    ),
    p(
        "he would move a motion to have the law suspended until public participation forums were "
        "held in all 30 wards",
        ROTICH,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the county had held hearings in every sub-county in June and that farmers' groups had "
        "attended all of them",
        BETT,
        "indirect",
        "saying",
        "Agriculture CEC Member Wesley Bett",
    ),
    q(
        "the cess would come on top of deductions by factories for fertiliser and transport",
        None,
        "indirect",
        "said",
        "Farmers who spoke to the Nation at the Chelimo buying centre",
        country="KE",
    ),
    p(
        "her monthly payment had fallen to Sh4,300 from Sh7,000 two years ago",
        CHEPNGENO,
        "indirect",
        "said",
        "Ms Alice Chepngeno, who farms two acres in Kipkelion",
    ),
    p(
        "After the factory deducts fertiliser, I take home almost nothing. If the county also "
        "takes its share, I will uproot the tea and plant avocados,",
        CHEPNGENO,
        "direct",
        "said",
        "she",
    ),
    p(
        "the factory would have no choice but to pass the cess on to growers",
        KOECH,
        "indirect",
        "said",
        "Mr Samuel Koech, the chairman of the Kapkoros Tea Factory board",
    ),
    p(
        "buyers at the Mombasa auction were already paying less for teas from the region and that "
        "a levy would make the county's leaf even less competitive",
        KOECH,
        "indirect",
        "warned",
        "He",
    ),
    p(
        "she would ask the Senate's agriculture committee to review all produce cesses imposed "
        "by counties",
        LANGAT,
        "indirect",
        "said",
        "Kericho Senator Faith Langat",
    ),
    p(
        "Counties have a right to raise revenue, but not to tax the same farmer three times,",
        LANGAT,
        "direct",
        "said",
        "she",
    ),
    p(
        "Pakistani packers were already looking at other origins",
        QURESHI,
        "indirect",
        "said",
        "Mr Imran Qureshi, a Karachi-based importer who buys about 2,000 tonnes of the region's "
        "tea every year",
    ),
    p(
        "If prices climb, our packers will simply blend more tea from Uganda and Rwanda,",
        QURESHI,
        "direct",
        "said",
        "Mr Qureshi",
    ),
    p(
        "Ugandan growers were ready to fill any gap left by their neighbours",
        NAMUTEBI,
        "indirect",
        "told",
        "Uganda's State Minister for Agriculture Harriet Namutebi",
    ),
    p(
        "casual pluckers would be the first to lose their jobs if factories cut costs",
        MUTAI,
        "indirect",
        "said",
        "Mr Josphat Mutai, the Kericho branch secretary of the plantation workers' union",
    ),
    p("positioning themselves for 2027", KIPRONO, "partial", "saying", "Mr Kiprono"),
]

# --- Semporna's unfinished jetty (Malaysiakini: no dateline, `RM14 million`, `Datuk`,
# `Datuk Seri`, `Dewan Undangan Negeri`, surnames-free second references `Jaafar said`):
# Malaysia's locals MY; Indonesia's consul ID, the Philippine consulate general PH --------
HASSAN = {
    "speaker": "Hassan Jumadil",
    "role": "chairman",
    "country": "MY",
    "org": "Kampung Bangau-Bangau fishermen's association",
}
JAAFAR = {"speaker": "Jaafar Ismail", "role": "State Works Minister", "country": "MY"}
RAZAK = {"speaker": "Abdul Razak Salleh", "role": "assemblyman", "country": "MY"}
# `a former state assistant minister who now chairs the Semporna district development
# committee`: the title written, the committee he chairs (decision 9's `who chairs Y`)
GUMPIL = {
    "speaker": "Wilfred Gumpil",
    "role": "former state assistant minister",
    "country": "MY",
    "org": "Semporna district development committee",
}
ROHAIZAD = {"speaker": "Rohaizad Latif", "role": "district police chief", "country": "MY"}
NURHAYATI = {"speaker": "Nurhayati Abdullah", "role": "Fish trader", "country": "MY"}
AGUS = {"speaker": "Agus Santoso", "role": "consul", "country": "ID"}
PH_CONSULATE = "Philippine consulate general"
MMEA = "Malaysian Maritime Enforcement Agency"
JULINAH = {
    "speaker": "Julinah Sumpin",
    "role": "director",
    "country": "MY",
    "org": "Fisheries Department",
}

SEMPORNA_Q = [
    p(
        "members were forced to land their catch on a private wharf that charges RM5 for every "
        "basket",
        HASSAN,
        "indirect",
        "said",
        "Kampung Bangau-Bangau fishermen's association chairman Hassan Jumadil",
    ),
    p(
        "We were promised the jetty before the last state election. Now the piles are rusting in "
        "the sea and nobody from the state government has come to see us,",
        HASSAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "about 40 boats had been damaged in the past year while mooring in shallow water near the "
        "mangroves",
        HASSAN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the original contractor had been terminated in 2023 after completing only 38% of the work",
        JAAFAR,
        "indirect",
        "told",
        "State Works Minister Datuk Jaafar Ismail",
    ),
    p(
        "the Public Works Department had since appointed a new contractor and that work would "
        "resume in March",
        JAAFAR,
        "indirect",
        "said",
        "He",
    ),
    p(
        "I give my assurance to the people of Semporna that this jetty will be completed. We will "
        "not pay a single sen until the work is certified,",
        JAAFAR,
        "direct",
        "said",
        "Jaafar",
    ),
    p(
        "the same assurance had been given twice before",
        RAZAK,
        "indirect",
        "said",
        "Abdul Razak",
    ),
    p(
        "The minister says March. Last year it was August. The fishermen have heard enough "
        "promises,",
        RAZAK,
        "direct",
        "told",
        "he",
    ),
    p(
        "to table the audit report on the first contract",
        RAZAK,
        "indirect",
        "urged",
        "He",
    ),
    p(
        "the delay had also hurt tourism, as dive boats bound for Sipadan and Mabul share the "
        "same waters",
        GUMPIL,
        "indirect",
        "said",
        "Datuk Seri Wilfred Gumpil, a former state assistant minister who now chairs the "
        "Semporna district development committee",
    ),
    p(
        "his men had recorded a rise in disputes between boat owners over mooring space since "
        "January",
        ROHAIZAD,
        "indirect",
        "said",
        "The district police chief, Supt Rohaizad Latif",
    ),
    q(
        "prices of grouper and lobster had risen by as much as RM10 a kilogramme because fewer "
        "boats were going out",
        None,
        "indirect",
        "said",
        "Traders at the town's fish market",
        country="MY",
    ),
    p(
        "her customers in Tawau and Lahad Datu had started buying from Indonesian boats instead",
        NURHAYATI,
        "indirect",
        "said",
        "Fish trader Nurhayati Abdullah, 47",
    ),
    p(
        "The Indonesian fish is cheaper because their jetty in Nunukan is working. Ours is not,",
        NURHAYATI,
        "direct",
        "said",
        "she",
    ),
    p(
        "the number of Indonesian boats selling in Sabah had doubled this year, and that his "
        "office was working with Malaysian authorities to make sure their crews held valid passes",
        AGUS,
        "indirect",
        "said",
        "Indonesia's consul in Tawau, Agus Santoso",
    ),
    q(
        "Filipino crew members working on Semporna boats had also been affected and that it had "
        "received 11 complaints about unpaid wages since June",
        PH_CONSULATE,
        "indirect",
        "said",
        "The Philippine consulate general in Kota Kinabalu",
        country="PH",
    ),
    q(
        "patrols off Semporna would be stepped up while the jetty remained closed, to prevent "
        "boats from mooring in restricted areas",
        None,
        "indirect",
        "said",
        "A spokesman for the Malaysian Maritime Enforcement Agency (MMEA)",
        country="MY",
        org=MMEA,
    ),
    p(
        "the department would pay each registered fisherman a one-off RM500 aid while they waited",
        JULINAH,
        "indirect",
        "said",
        "The state Fisheries Department director, Dr Julinah Sumpin",
    ),
    p("the money was welcome but would not last a month", HASSAN, "indirect", "said", "Hassan"),
    p(
        "RM500 is two weeks of diesel. What we need is the jetty,",
        HASSAN,
        "direct",
        "said",
        "he",
    ),
]

# --- Woodlands residents and the Causeway queues (Mothership: no dateline, `$300`, `GRC MP`,
# `ICA`, `LTA`, `void deck`): Singapore's locals SG; Johor's committee chairman and a
# Skudai commuter MY ---------------------------------------------------------------------------
TAN = {"speaker": "Tan Ah Lek", "role": "retiree", "country": "SG"}
PRIYA = {
    "speaker": "Priya Ramasamy",
    "role": "nurse",
    "country": "SG",
    "org": "Khoo Teck Puat Hospital",
}
ONG = {"speaker": "Ong Wei Jie", "role": "MP", "country": "SG"}
ICA = "Immigration and Checkpoints Authority"
LTA = "Land Transport Authority"
FAZLI = {
    "speaker": "Mohd Fazli Salleh",
    "role": "chairman",
    "country": "MY",
    "org": "Johor works, transport and infrastructure committee",
}
SITI = {"speaker": "Siti Aminah", "role": "commuter", "country": "MY"}
KUMAR = {"speaker": "Kumar Selvam", "role": "lorry driver", "country": "SG"}
LIM = {
    "speaker": "Lim Boon Huat",
    "role": "Transport economist",
    "country": "SG",
    "org": "National University of Singapore",
}

WOODLANDS_Q = [
    q(
        "Causeway jams now reach their doorsteps",
        None,
        "indirect",
        "say",
        "Woodlands residents",
        country="SG",
    ),
    q(
        "the evening queue of cars heading for Johor now stretches past their blocks almost every "
        "day, and some have had enough",
        None,
        "indirect",
        "say",
        "Residents living near Woodlands Checkpoint",
        country="SG",
    ),
    p(
        "he now avoids going out after dinner",
        TAN,
        "indirect",
        "told",
        "One of the residents, retiree Tan Ah Lek, 68",
    ),
    p(
        "Last time I could walk to the market in ten minutes. Now the exhaust fumes are so bad my "
        "wife cannot open the windows,",
        TAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "a bus journey home that used to take 20 minutes had taken more than an hour on Friday",
        PRIYA,
        "indirect",
        "said",
        "Another resident, Priya Ramasamy, a nurse who works shifts at Khoo Teck Puat Hospital",
    ),
    p(
        "he had received more than 200 complaints from residents since October",
        ONG,
        "indirect",
        "said",
        "Marsiling-Yew Tee GRC MP Ong Wei Jie",
    ),
    p(
        "I have written to ICA and LTA and I will be filing a parliamentary question so that "
        "residents get a proper answer,",
        ONG,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "the town council would look at putting up noise barriers along the stretch",
        ONG,
        "indirect",
        "added",
        "He",
    ),
    q(
        "travel volumes at Woodlands Checkpoint had reached a new high of about 495,000 "
        "travellers on a single day in December",
        ICA,
        "indirect",
        "said",
        "the Immigration and Checkpoints Authority (ICA)",
        country="SG",
    ),
    q(
        "it had deployed more officers at the car zones during the evening peak",
        ICA,
        "indirect",
        "said",
        "ICA",
        country="SG",
    ),
    q("to use the automated lanes", ICA, "indirect", "urged", "ICA", country="SG"),
    q(
        "it was studying changes to the traffic light timings near the checkpoint to keep cars "
        "from blocking junctions",
        LTA,
        "indirect",
        "said",
        "The Land Transport Authority (LTA)",
        country="SG",
    ),
    q(
        "the Johor Bahru-Singapore RTS Link, due to start operations at the end of 2026, was "
        "expected to take some of the pressure off the roads",
        None,
        "indirect",
        "added",
        "An LTA spokesperson",
        country="SG",
        org=LTA,
    ),
    p(
        "the state was pushing for a third link to be studied",
        FAZLI,
        "indirect",
        "told",
        "Johor works, transport and infrastructure committee chairman Mohd Fazli Salleh",
    ),
    p(
        "The Causeway was built for a different era. Two crossings are no longer enough for the "
        "number of people who cross every day,",
        FAZLI,
        "direct",
        "said",
        "he",
    ),
    p(
        "she leaves home at 4:30am to avoid the worst of the jam",
        SITI,
        "indirect",
        "said",
        "Malaysian commuter Siti Aminah, 31, who lives in Skudai and works at a logistics firm in "
        "Tuas",
    ),
    p(
        "If I leave at 6am, I will be late for work. My boss is understanding, but there is a "
        "limit,",
        SITI,
        "direct",
        "said",
        "she",
    ),
    p(
        "the jams cost his company about $300 a week in overtime",
        KUMAR,
        "indirect",
        "said",
        "A Singapore-registered lorry driver, Kumar Selvam",
    ),
    p(
        "the problem was one of demand rather than facilities",
        LIM,
        "indirect",
        "said",
        "Transport economist Professor Lim Boon Huat of the National University of Singapore",
    ),
    p(
        "Whatever capacity you add will fill up within a few years because the ringgit is weak "
        "and Singaporeans will keep driving up to shop and eat,",
        LIM,
        "direct",
        "said",
        "he",
    ),
    p(
        "cross-border bus services should be given their own lanes at both checkpoints",
        LIM,
        "indirect",
        "suggested",
        "He",
    ),
    p(
        "he hoped the ministers concerned would reply to his question at the next sitting of "
        "Parliament in February",
        ONG,
        "indirect",
        "said",
        "Ong",
    ),
]

DOCS = [
    ("probe-r29j-kericho-tea-cess", None, KERICHO_Q),
    ("probe-r29j-semporna-jetty", None, SEMPORNA_Q),
    ("probe-r29j-woodlands-checkpoint-queues", None, WOODLANDS_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (PH_CONSULATE, ICA, LTA)


def main():
    write_gold(
        HERE,
        "probes_r29j_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r29j",
        source="quotesdb round-29 training probe J (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
