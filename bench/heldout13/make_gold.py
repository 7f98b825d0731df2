"""Build heldout13_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout10 (see their READMEs and
bench/heldout13/README.md). Each quote is located by searching its exact text after the
previous quote's end, so the offsets always satisfy text[start:end] == quote text and
the spans of a document never overlap.

    python3 bench/heldout13/make_gold.py   # writes bench/heldout13/heldout13_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- earthquake, Nepal (AP style, curly “double quotes”, non-US dateline) ---------------
ARMY = "Nepali Army"
ADHIKARI = {"speaker": "Bishnu Adhikari", "role": "Home Minister", "country": "NP"}
THAPA = {"speaker": "Kamala Thapa Magar", "role": "chief administrator", "country": "NP"}
KARKI = {"speaker": "Suresh Karki", "role": "deputy chief administrator", "country": "NP"}
TAMANG = {"speaker": "Nabin Tamang", "role": "volunteer", "country": "NP"}
GURUNG = {"speaker": "Dil Maya Gurung", "role": None, "country": "NP"}
PRAKASH = {"speaker": "Prakash", "role": "neighbor", "country": "NP"}
SHRESTHA = {
    "speaker": "Ritu Shrestha",
    "role": "seismologist",
    "country": "NP",
    "org": "Kathmandu Institute of Earth Sciences",
}
DAHAL = {"speaker": "Hari Prasad Dahal", "role": "Prime Minister", "country": "NP"}

QUAKE_Q = [
    q(
        "Rescuers digging through collapsed homes in Nepal’s western hills were forced to pull "
        "back Wednesday as strong aftershocks rocked the region, a day after a magnitude 6.8 "
        "earthquake killed at least 212 people",
        None,
        "indirect",
        "said",
        "officials",
        country="NP",
    ),
    q(
        "The quake struck at 11:42 a.m. Tuesday about 9 kilometers (6 miles) north of the town of "
        "Dharangkot",
        "Himalayan Seismic Monitoring Centre",
        "indirect",
        "according to",
        "the Himalayan Seismic Monitoring Centre",
        country="NP",
    ),
    p(
        "187 of the dead were in Dharangkot district and that more than 900 people had been "
        "injured, many of them when stone-and-mud houses collapsed on families eating lunch",
        ADHIKARI,
        "indirect",
        "said",
        "Home Minister Bishnu Adhikari",
    ),
    p(
        "We are still reaching villages where nobody has come yet,",
        ADHIKARI,
        "direct",
        "told",
        "Adhikari",
    ),
    p(
        "Some of them are a six-hour walk from the nearest road, and the landslides have made "
        "even that impossible.",
        ADHIKARI,
        "direct",
        "told",
        "Adhikari",
    ),
    p(
        "the army had deployed 4,000 soldiers and six helicopters",
        ADHIKARI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "rain forecast for the weekend could trigger more landslides on slopes already loosened "
        "by the quake",
        ADHIKARI,
        "indirect",
        "warned",
        "He",
    ),
    p(
        "its 14 classrooms held more than 300 injured people and that doctors were operating by "
        "headlamp after the power failed",
        THAPA,
        "indirect",
        "said",
        "The administrator, Kamala Thapa Magar",
    ),
    p(
        "We have medicine for two more days. After that, I don’t know,",
        THAPA,
        "direct",
        "said",
        "she",
    ),
    p(
        "at least 11 villages in the district remained cut off",
        KARKI,
        "indirect",
        "said",
        "Her deputy, Suresh Karki",
    ),
    p(
        "The helicopters came the same afternoon. The problem is where they can land.",
        KARKI,
        "direct",
        "said",
        "he",
    ),
    q(
        "two of its helicopters had been grounded by low cloud and that troops were clearing the "
        "main highway into the district by hand",
        ARMY,
        "indirect",
        "said in a statement",
        "The Nepali Army",
        country="NP",
    ),
    p(
        "You listen for tapping, for a phone ringing, anything,",
        TAMANG,
        "direct",
        "said",
        "Nabin Tamang, a volunteer who drove overnight from Pokhara with two search dogs",
    ),
    p(
        "Yesterday we pulled out a girl of 9 who had been under a staircase for 20 hours. Today, "
        "nothing.",
        TAMANG,
        "direct",
        "said",
        "Nabin Tamang, a volunteer who drove overnight from Pokhara with two search dogs",
    ),
    q(
        "the toll was likely to rise sharply once teams reached the upper villages",
        None,
        "indirect",
        "said",
        "A Home Ministry official, who asked not to be named because he was not authorized to "
        "speak to reporters",
        country="NP",
        org="Home Ministry",
    ),
    p(
        "to sleep outdoors until engineers had inspected them",
        ADHIKARI,
        "indirect",
        "urged",
        "Adikari",
    ),
    p("A tent is uncomfortable. A cracked wall can kill you,", ADHIKARI, "direct", "added", "he"),
    q("rolled like a boat.", None, "partial", "said", "residents", country="NP"),
    p(
        "My son is working in Qatar. He called me last night and cried on the phone,",
        GURUNG,
        "direct",
        "said",
        "she",
    ),
    p(
        "I told him, don’t come back, we need the money more than ever.",
        GURUNG,
        "direct",
        "said",
        "she",
    ),
    p(
        "the village’s only water tank had cracked and that people were drinking from a stream",
        PRAKASH,
        "indirect",
        "said",
        "A neighbor, who gave only his first name, Prakash",
    ),
    q(
        "the Himalayan region is overdue for a larger quake",
        None,
        "indirect",
        "have long warned",
        "seismologists",
    ),
    p(
        "entirely normal",
        SHRESTHA,
        "partial",
        "said",
        "Ritu Shrestha, a seismologist at the Kathmandu Institute of Earth Sciences",
    ),
    p(
        "they could continue for weeks",
        SHRESTHA,
        "indirect",
        "said",
        "Ritu Shrestha, a seismologist at the Kathmandu Institute of Earth Sciences",
    ),
    p(
        "People should not go back inside cracked buildings, even to collect belongings. That is "
        "how we lose people in the second week,",
        SHRESTHA,
        "direct",
        "said",
        "she",
    ),
    p("the hardest hours had come after dark", THAPA, "indirect", "said", "Thapa Magar"),
    p(
        "We could hear a woman under one house calling for her son, and we could not reach her "
        "until morning,",
        THAPA,
        "direct",
        "said",
        "she",
    ),
    p("She was alive. The boy was not.", THAPA, "direct", "said", "she"),
    p(
        "I have been a soldier for 22 years. I have never felt so useless.",
        THAPA,
        "direct",
        "said",
        "she",
    ),
    q(
        "its volunteers had delivered 1,200 tarpaulins to Dharangkot by mule and that water "
        "purification tablets were its most urgent need",
        "Himalayan Relief Network",
        "indirect",
        "said",
        "The Himalayan Relief Network, a Kathmandu-based charity",
        country="NP",
    ),
    q(
        "it was sending emergency shelter for 20,000 families",
        "United Nations",
        "indirect",
        "said",
        "the United Nations",
    ),
    p(
        "The mountains have tested us before, and we have stood up every time. We will stand up "
        "again.",
        DAHAL,
        "direct",
        "said",
        "he",
    ),
]

# --- club cricket cup final, disputed catch (British style, ‘single quotes’, no dateline) -
CBCC = "Castlebridge Cricket Club"
MARSH = "Marshfield"
NCCL = "Northern Counties Cricket League"
KERSHAW = {"speaker": "Dan Kershaw", "role": "captain", "country": "GB", "org": MARSH}
WHITCOMBE = {"speaker": "Josh Whitcombe", "role": None, "country": "GB", "org": MARSH}
PENNOCK = {"speaker": "Gareth Pennock", "role": "umpire", "country": "GB"}
FAIRBROTHER = {"speaker": "Alan Fairbrother", "role": "head coach", "country": "GB", "org": MARSH}
BELLAMY = {"speaker": "Rhys Bellamy", "role": "captain", "country": "GB", "org": CBCC}
OKORO = {"speaker": "Sam Okoro", "role": "vice-captain", "country": "GB", "org": CBCC}
DOYLE = {"speaker": "Maureen Doyle", "role": None, "country": "GB"}

CRICKET_Q = [
    p("guessing", KERSHAW, "partial", "accusing", "the losing captain"),
    p(
        "I caught it. I know I caught it, the lads around me know I caught it,",
        WHITCOMBE,
        "direct",
        "said",
        "Whitcombe",
    ),
    p("But there’s no point crying about it now.", WHITCOMBE, "direct", "said", "Whitcombe"),
    p("They didn’t see it, so they guessed,", KERSHAW, "direct", "said", "he"),
    p(
        "If you don’t see it, fine, give it not out, but don’t stand there for two minutes and "
        "then make something up.",
        KERSHAW,
        "direct",
        "said",
        "he",
    ),
    p("clearly touched the turf", PENNOCK, "partial", "said", "the umpire, Gareth Pennock"),
    p("completely certain", PENNOCK, "partial", "said", "the umpire, Gareth Pennock"),
    q("it would not review the result", NCCL, "indirect", "said", "The league", country="GB"),
    q(
        "its playing regulations made the on-field umpires’ ruling final",
        NCCL,
        "indirect",
        "adding",
        "The league",
        country="GB",
    ),
    p(
        "Dan is hurting, and so am I. But we lost this game in the first 20 overs, not the last "
        "one.",
        FAIRBROTHER,
        "direct",
        "said",
        "He",
    ),
    p("Thirty-one years,", BELLAMY, "direct", "said", "Bellamy"),
    p(
        "My dad played in the last side that won it. He was in the stand today, crying his eyes "
        "out.",
        BELLAMY,
        "direct",
        "said",
        "Bellamy",
    ),
    p(
        "he had not had a clear view from the non-striker’s end",
        BELLAMY,
        "indirect",
        "said",
        "Bellamy",
    ),
    p("leave it to the umpires", BELLAMY, "partial", "said", "Bellamy"),
    p("silent, absolutely silent", OKORO, "partial", "said", "His vice-captain, Sam Okoro"),
    q(
        "He has been offered a trial by two first-class counties",
        CBCC,
        "indirect",
        "according to",
        "the club",
        country="GB",
    ),
    p(
        "I told Imran at the start of the over: just watch the ball and swing,",
        OKORO,
        "direct",
        "added",
        "he",
    ),
    p("He did exactly that.", OKORO, "direct", "added", "he"),
    q(
        "they had thought the catch was clean",
        None,
        "indirect",
        "admitted",
        "Some Castlebridge players",
        country="GB",
        org=CBCC,
    ),
    p(
        "he had apologised to Pennock in the umpires’ room but did not regret what he had said in "
        "public",
        KERSHAW,
        "indirect",
        "said",
        "Kershow",
    ),
    p("We’ll take it on the chin, because that’s cricket,", KERSHAW, "direct", "said", "Kershaw"),
    p(
        "But I’ve asked the league for one thing, and that’s a camera on finals day.",
        KERSHAW,
        "direct",
        "said",
        "Kershaw",
    ),
    p(
        "My nephew films his Sunday football on a phone. We can do it for a cup final.",
        KERSHAW,
        "direct",
        "said",
        "Kershaw",
    ),
    q(
        "cameras had been discussed for the final before but that the cost, about £4,000 a match, "
        "had been judged too high for an amateur competition",
        None,
        "indirect",
        "said",
        "A league official, who asked not to be named",
        country="GB",
        org=NCCL,
    ),
    q(
        "it would hold an open day at the ground on Sunday so that supporters could see the trophy",
        CBCC,
        "indirect",
        "said in a statement",
        "Castlebridge Cricket Club",
        country="GB",
    ),
    q(
        "to arrive by bus because of roadworks on the high street",
        CBCC,
        "indirect",
        "urged",
        "Castlebridge Cricket Club",
        country="GB",
    ),
    p(
        "Best day of my life, and I’ve been coming here since 1971,",
        DOYLE,
        "direct",
        "said",
        "Maureen Doyle, 78",
    ),
    p(
        "They can argue about that catch till Christmas. It’s ours.",
        DOYLE,
        "direct",
        "said",
        "Maureen Doyle, 78",
    ),
    p(
        "he had shaken Qadir’s hand at the end",
        WHITCOMBE,
        "indirect",
        "said",
        "Whitcombe, who took three wickets and made 41 in Marshfield’s innings",
    ),
    p(
        "He’s a hell of a player. He’ll play for England one day, and I’ll tell everyone I nearly "
        "caught him,",
        WHITCOMBE,
        "direct",
        "said",
        "he",
    ),
]

# --- budget airline grounds jets, Mumbai (Reuters style, straight "double quotes") -------
SKY = "SkyBridge Air"
SETHI = {"speaker": "Vikram Sethi", "role": "Chief Executive", "country": "IN", "org": SKY}
MENON = {"speaker": "Rakesh Menon", "role": "Civil Aviation Minister", "country": "IN"}
KULKARNI = {"speaker": "Ananya Kulkarni", "role": "software engineer", "country": "IN"}
FARHAN = {"speaker": "Farhan", "role": None, "country": "IN"}
RAMAN = {
    "speaker": "Deepa Raman",
    "role": "convener",
    "country": "IN",
    "org": "Air Passengers' Rights Forum",
}
BHATIA = {
    "speaker": "Karan Bhatia",
    "role": "aviation analyst",
    "country": "IN",
    "org": "Westbay Securities",
}
FERNANDES = {
    "speaker": "Leena Fernandes",
    "role": "Chief Operating Officer",
    "country": "IN",
    "org": SKY,
}
NAIR = {
    "speaker": "Arjun Nair",
    "role": "president",
    "country": "IN",
    "org": "SkyBridge Pilots' Association",
}

AIRLINE_Q = [
    q(
        "it would ground 38 of its 112 aircraft for at least three weeks to inspect their engines",
        SKY,
        "indirect",
        "said",
        "Indian budget carrier SkyBridge Air",
        country="IN",
    ),
    q(
        "an unexpected finding",
        SKY,
        "partial",
        "said in a statement",
        "The airline",
        country="IN",
    ),
    q(
        "no safety incident had occurred",
        SKY,
        "indirect",
        "said in a statement",
        "The airline",
        country="IN",
    ),
    p(
        "Safety is the only thing that matters here, and we are not going to put an aircraft in the "
        "air until we are certain,",
        SETHI,
        "direct",
        "told",
        "Chief Executive Vikram Sethi",
    ),
    p(
        "We know what this does to our customers at the busiest time of the year, and I apologise "
        "to every one of them.",
        SETHI,
        "direct",
        "told",
        "Chief Executive Vikram Sethi",
    ),
    p(
        "the airline had offered full refunds or free rebooking on any date up to March and that it "
        "was in talks to lease six aircraft with crews from foreign carriers to fill part of the gap",
        SETHI,
        "indirect",
        "said",
        "Sethi",
    ),
    q(
        "the engine maker, Aeroval Propulsion, had told the airline last month that a batch of "
        "turbine blades might need replacing earlier than planned",
        None,
        "indirect",
        "said",
        "Two people familiar with the matter",
        country="IN",
    ),
    q(
        "SkyBridge had the second-largest share of India's domestic market, 14.2%, in September",
        None,
        "indirect",
        "according to",
        "government data",
        country="IN",
    ),
    p(
        "closely monitoring",
        MENON,
        "partial",
        "said",
        "Civil Aviation Minister Rakesh Menon",
    ),
    p(
        "had asked other airlines to add capacity on the busiest routes, including Mumbai-Delhi and "
        "Bengaluru-Kolkata",
        MENON,
        "indirect",
        "said",
        "Civil Aviation Minister Rakesh Menon",
    ),
    p(
        "Passengers who have bought tickets must not be left to bear the cost of an airline's "
        "problems,",
        MENON,
        "direct",
        "said",
        "Menon",
    ),
    q(
        "to check flight status online before travelling",
        None,
        "indirect",
        "urged",
        "staff",
        country="IN",
    ),
    p(
        "Nobody told us anything. We found out when the gate closed without boarding,",
        KULKARNI,
        "direct",
        "said",
        "Ananya Kulkarni, 34, a software engineer travelling with her two children to Lucknow for "
        "the festival",
    ),
    p(
        "Now they say Thursday. My mother has been cooking for three days.",
        KULKARNI,
        "direct",
        "said",
        "Ananya Kulkarni, 34, a software engineer travelling with her two children to Lucknow for "
        "the festival",
    ),
    p(
        "he had paid 18,000 rupees for a last-minute ticket on a rival airline, nearly four times "
        "the usual fare",
        FARHAN,
        "indirect",
        "said",
        "Another passenger, who gave his name only as Farhan",
    ),
    q(
        "it would ask the aviation regulator to cap fares on affected routes",
        "Air Passengers' Rights Forum",
        "indirect",
        "said",
        "The Air Passengers' Rights Forum, a Delhi-based consumer group",
        country="IN",
    ),
    p(
        "airlines routinely exploited disruptions to raise prices",
        RAMAN,
        "indirect",
        "said",
        "Its convener, Deepa Raman",
    ),
    p("every power it needs", RAMAN, "partial", "said", "Its convener, Deepa Raman"),
    q(
        "the grounding could cost SkyBridge as much as 6 billion rupees ($72 million) in lost "
        "revenue in the December quarter",
        None,
        "indirect",
        "said",
        "Analysts",
        country="IN",
    ),
    p(
        "This is the worst possible timing,",
        BHATIA,
        "direct",
        "said",
        "Karan Bhatia, an aviation analyst at Mumbai brokerage Westbay Securities",
    ),
    p(
        "October and November are when budget carriers make the money that carries them through "
        "the lean months.",
        BHATIA,
        "direct",
        "said",
        "Karan Bhatia, an aviation analyst at Mumbai brokerage Westbay Securities",
    ),
    p(
        "SkyBridge had about 42 billion rupees in cash at the end of June, enough to absorb the hit",
        BHATIA,
        "indirect",
        "added",
        "Bhatia",
    ),
    p(
        "a longer grounding would test the patience of its lenders",
        BHATIA,
        "indirect",
        "warned",
        "Bhatia",
    ),
    p(
        "no employee would lose pay during the grounding and that cabin crew would be offered paid "
        "training",
        FERNANDES,
        "indirect",
        "told",
        "Sethi's deputy, Chief Operating Officer Leena Fernandes",
    ),
    p("Nobody is losing their job over this.", NAIR, "direct", "wrote", "he"),
    p(
        "Use the time to rest. When these aircraft come back, we will be flying every hour the "
        "rules allow.",
        NAIR,
        "direct",
        "wrote",
        "he",
    ),
    q(
        "the airline expected to restore half of the cancelled flights by Nov. 10, once the first "
        "inspections were complete",
        None,
        "indirect",
        "said",
        "A SkyBridge spokesperson",
        country="IN",
        org=SKY,
    ),
    p(
        "the company had not yet estimated the cost of the grounding",
        SETHI,
        "indirect",
        "said",
        "Sethy, a former Gulfline Airways executive who took over in 2023",
    ),
    p("Ask me in three weeks,", SETHI, "direct", "said", "he"),
    p("Right now I am thinking about engines, not earnings.", SETHI, "direct", "said", "he"),
]

# --- city rent cap, Washington state (AP style, curly “double quotes”) -------------------
PCRHA = "Port Calder Rental Housing Association"
TILLERY = {"speaker": "Aisha Tillery", "role": "Councilmember", "country": "US"}
VOSS = {"speaker": "Janet Voss", "role": "Councilmember", "country": "US"}
LINDAHL = {"speaker": "Greg Lindahl", "role": "executive director", "country": "US", "org": PCRHA}
DELGADO = {
    "speaker": "Rosa Delgado",
    "role": "organizer",
    "country": "US",
    "org": "Calder Tenants United",
}
MARSH = {"speaker": "Eileen Marsh", "role": "retired school bus driver", "country": "US"}
BRENNER = {"speaker": "Tom Brenner", "role": "retired electrician", "country": "US"}
CARVALHO = {"speaker": "Denise Carvalho", "role": "Mayor", "country": "US"}
GREER = {"speaker": "Nate Greer", "role": "spokesperson", "country": "US"}
ANAND = {
    "speaker": "Priya Anand",
    "role": "housing economist",
    "country": "US",
    "org": "Cascadia Policy Institute",
}

HOUSING_Q = [
    q("to sue", None, "indirect", "vow", "landlords", country="US"),
    p(
        "the ordinance would protect about 41,000 households and that it included exemptions for "
        "buildings less than 15 years old and for owners who rent out a single unit",
        TILLERY,
        "indirect",
        "said",
        "The sponsor, Councilmember Aisha Tillery",
    ),
    p(
        "For years we have told people who clean our offices and teach our kids that if they can’t "
        "keep up, they can leave,",
        TILLERY,
        "direct",
        "said",
        "Tillery",
    ),
    p("Tonight this city said something different.", TILLERY, "direct", "said", "Tillery"),
    p(
        "It’s not the end of the conversation. But it is the end of 20% increases landing in "
        "somebody’s mailbox with 60 days’ notice.",
        TILLERY,
        "direct",
        "said",
        "Tillery",
    ),
    q(
        "Median rent in Port Calder has risen 38% in five years",
        None,
        "indirect",
        "according to",
        "a city report titled “Priced Out”",
        country="US",
    ),
    p("she shared the goal", VOSS, "indirect", "said", "Councilmember Janet Voss, who voted no"),
    p(
        "the cap would discourage the construction the city needs",
        VOSS,
        "indirect",
        "warned",
        "Councilmember Janet Voss, who voted no",
    ),
    p(
        "Every economist I have read says the same thing: if you want lower rents, build more "
        "homes,",
        VOSS,
        "direct",
        "said",
        "she",
    ),
    q(
        "unconstitutional on its face",
        PCRHA,
        "partial",
        "said in a statement",
        "The Port Calder Rental Housing Association, which represents about 600 property owners",
        country="US",
    ),
    q(
        "it would file suit in Calder County Superior Court within days",
        PCRHA,
        "indirect",
        "said in a statement",
        "The Port Calder Rental Housing Association, which represents about 600 property owners",
        country="US",
    ),
    p(
        "the state’s 2019 rent law left decisions about rent regulation to the Legislature, not to "
        "cities",
        LINDAHL,
        "indirect",
        "said",
        "Its executive director, Greg Lindahl",
    ),
    p(
        "I don’t have that number, and frankly it isn’t the point.",
        LINDAHL,
        "direct",
        "said",
        "he",
    ),
    p(
        "landlords had spent two years predicting chaos and that none of it had happened in the "
        "cities that tried it",
        DELGADO,
        "indirect",
        "said",
        "Rosa Delgado, an organizer with Calder Tenants United",
    ),
    p(
        "I have lived in that apartment for 19 years. I know every neighbor by name,",
        MARSH,
        "direct",
        "told",
        "she",
    ),
    p("I don’t want a handout. I want to know I can stay.", MARSH, "direct", "told", "she"),
    p(
        "I own one fourplex, and I raise the rent when my taxes go up, which is about 3% a year,",
        BRENNER,
        "direct",
        "said",
        "Tom Brenner, a retired electrician",
    ),
    p("I don’t see the problem.", BRENNER, "direct", "said", "Tom Brenner, a retired electrician"),
    p(
        "she would sign it",
        CARVALHO,
        "indirect",
        "said",
        "Mayor Denise Carvalho, who has 10 days to sign or veto the ordinance",
    ),
    p(
        "the mayor had asked the city attorney to prepare for a lawsuit and that outside counsel had "
        "already been consulted",
        GREER,
        "indirect",
        "said",
        "Her spokesperson, Nate Greer",
    ),
    q(
        "the city had set aside up to $1 million for legal costs",
        None,
        "indirect",
        "said",
        "A city official who was not authorized to discuss the matter publicly",
        country="US",
    ),
    q(
        "they would sell their buildings rather than live under the cap",
        None,
        "indirect",
        "said",
        "Several landlords who attended the meeting",
        country="US",
    ),
    p(
        "the strongest objection",
        ANAND,
        "partial",
        "said",
        "Priya Anand, a housing economist at the Cascadia Policy Institute, a nonpartisan research "
        "group in Seattle",
    ),
    p(
        "A 5% cap with a 15-year exemption is not the rent control of 1970s New York,",
        ANAND,
        "direct",
        "said",
        "Anand",
    ),
    p("Whether it survives the courts is a different question.", ANAND, "direct", "said", "Anand"),
    q(
        "it was reviewing the ordinance",
        "Washington Attorney General’s Office",
        "indirect",
        "said",
        "The Washington Attorney General’s Office",
        country="US",
    ),
    p(
        "his members would not raise rents pre-emptively before January",
        LINDAHL,
        "indirect",
        "said",
        "Lindhal",
    ),
    p(
        "some owners had already sent notices",
        LINDAHL,
        "indirect",
        "acknowledged",
        "he",
    ),
    p(
        "We’re going to make our case in court, not in people’s mailboxes,",
        LINDAHL,
        "direct",
        "said",
        "he",
    ),
    p(
        "she expected the fight to last months",
        TILLERY,
        "indirect",
        "said",
        "Tillery",
    ),
    p("Let them sue,", TILLERY, "direct", "added", "she"),
    p("We’ll be there.", TILLERY, "direct", "added", "she"),
]

# --- wolf pack kill order and lawsuit, Montana (AP style, straight "double quotes") -------
MWRC = "Montana Wildlife and Range Commission"
NRWA = "Northern Rockies Wolf Alliance"
ROURKE = {"speaker": "Dale Rourke", "role": "Chairman", "country": "US", "org": MWRC}
MARCHETTI = {"speaker": "Helen Marchetti", "role": "staff attorney", "country": "US", "org": NRWA}
SOLVANG = {"speaker": "Erin Solvang", "role": "lead wolf biologist", "country": "US"}
HARTWELL = {"speaker": "Cody Hartwell", "role": "rancher", "country": "US"}
AMSEL = {"speaker": "Linda Amsel", "role": "vice chair", "country": "US", "org": MWRC}
JESSUP = {
    "speaker": "Walt Jessup",
    "role": "president",
    "country": "US",
    "org": "Big Sky Cattle Growers",
}
KESSEL = {"speaker": "Maya Kessel", "role": None, "country": "US"}

WOLF_Q = [
    q(
        "repeated and escalating",
        MWRC,
        "partial",
        "said in a statement",
        "The commission",
        country="US",
    ),
    p(
        "the decision was the hardest he had made in 12 years on the panel",
        ROURKE,
        "indirect",
        "said",
        "Commission Chairman Dale Rourke",
    ),
    p("Nobody on this commission wanted to do this,", ROURKE, "direct", "said", "Rourke"),
    p(
        "But we promised ranchers that if the fences and the range riders didn't work, we would "
        "act, and they didn't work.",
        ROURKE,
        "direct",
        "said",
        "Rourke",
    ),
    q(
        "the commission had ignored its own biologists",
        NRWA,
        "indirect",
        "arguing",
        "The Northern Rockies Wolf Alliance, joined by two smaller groups",
        country="US",
    ),
    p(
        "never seriously tried",
        MARCHETTI,
        "partial",
        "said",
        "The alliance's staff attorney, Helen Marchetti",
    ),
    p(
        "most of the losses came from a single ranch",
        MARCHETTI,
        "indirect",
        "said",
        "The alliance's staff attorney, Helen Marchetti",
    ),
    p(
        "This is a pack that lived alongside cattle for three years without much trouble,",
        MARCHETTI,
        "direct",
        "said",
        "Marchetti",
    ),
    p(
        "Kill it, and another pack moves into the territory within a year. Then what?",
        MARCHETTI,
        "direct",
        "said",
        "Marchetti",
    ),
    p("leave a vacuum", SOLVANG, "partial", "wrote", "the biologist, Erin Solvang"),
    p(
        "the family had lost 14 of them since May, and that a state compensation program had paid "
        "for only six because the rest were never found",
        HARTWELL,
        "indirect",
        "said",
        "He",
    ),
    p(
        "People in Missoula put 'Wolves Welcome' stickers on their Subarus, and I understand that. "
        "I like seeing them too, from a distance,",
        HARTWELL,
        "direct",
        "said",
        "Hartwell",
    ),
    p(
        "But I found a calf in August with its hind end eaten out, still alive.",
        HARTWELL,
        "direct",
        "said",
        "Hartwell",
    ),
    p("I had to shoot it myself. You don't forget that.", HARTWELL, "direct", "said", "Hartwell"),
    p(
        "he had spent about $18,000 on fencing, lights and noise makers since 2023",
        HARTWELL,
        "indirect",
        "said",
        "Hartwel",
    ),
    p(
        "she supported killing the two adults the biologist had identified",
        AMSEL,
        "indirect",
        "said",
        "She",
    ),
    p("wiping out the pups with them.", AMSEL, "partial", "said", "She"),
    q(
        "the governor's office had pressed the panel to act before the winter grazing season",
        None,
        "indirect",
        "said",
        "Two commissioners, who asked not to be named because the lawsuit was pending",
        country="US",
        org=MWRC,
    ),
    q(
        "respects the commission's independence",
        None,
        "partial",
        "said",
        "A spokesperson for Gov. Roy Dennehy",
        country="US",
    ),
    q(
        "had not tried to influence the vote",
        None,
        "indirect",
        "said",
        "A spokesperson for Gov. Roy Dennehy",
        country="US",
    ),
    p("patient beyond reason.", JESSUP, "partial", "said", "Its president, Walt Jessup"),
    q(
        "Montana had about 1,100 wolves at the end of last year",
        None,
        "indirect",
        "according to",
        "state estimates",
        country="US",
    ),
    p(
        "People come from all over the world to hear those wolves howl,",
        KESSEL,
        "direct",
        "said",
        "Maya Kessel, who runs a wildlife-watching business in town",
    ),
    p(
        "That pack is half my bookings.",
        KESSEL,
        "direct",
        "said",
        "Maya Kessel, who runs a wildlife-watching business in town",
    ),
    p(
        "she had started a petition on Monday and that it had gathered 6,000 signatures by Thursday "
        "night",
        KESSEL,
        "indirect",
        "said",
        "She",
    ),
    q(
        "Agents will not begin removing the pack before Monday, to give the court time to rule",
        MWRC,
        "indirect",
        "said",
        "the commission",
        country="US",
    ),
    p("he would abide by any ruling", ROURKE, "indirect", "said", "Rourke"),
    p(
        "There is nowhere to put them. No state wants another state's problem wolves.",
        ROURKE,
        "direct",
        "said",
        "he",
    ),
    p("I wish there were another way,", ROURKE, "direct", "added", "he"),
]

DOCS = [
    ("heldout13-quake-nepal-dharangkot-aftershocks", "KATHMANDU, Nepal", QUAKE_Q),
    ("heldout13-cricket-castlebridge-cup-final-catch", None, CRICKET_Q),
    ("heldout13-airline-skybridge-grounding-mumbai", "MUMBAI", AIRLINE_Q),
    ("heldout13-housing-port-calder-rent-cap", "PORT CALDER, Wash.", HOUSING_Q),
    ("heldout13-wildlife-montana-wolf-pack-kill-order", "BRANDT CROSSING, Mont.", WOLF_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Air Passengers' Rights Forum",
    "Castlebridge Cricket Club",
    "Himalayan Relief Network",
    "Himalayan Seismic Monitoring Centre",
    "Montana Wildlife and Range Commission",
    "Nepali Army",
    "Northern Counties Cricket League",
    "Northern Rockies Wolf Alliance",
    "Port Calder Rental Housing Association",
    "SkyBridge Air",
    "United Nations",
    "Washington Attorney General’s Office",
)


def main():
    write_gold(
        HERE,
        "heldout13_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout13",
        source="quotesdb held-out 13 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
