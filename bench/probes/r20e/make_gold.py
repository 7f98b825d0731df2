"""Build probes_r20e_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a. Each quote is
located by searching its exact text after the previous quote's end.

    python3 bench/probes/r20e/make_gold.py   # writes probes_r20e_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- hurricane landfall, Louisiana (AP style, straight "double quotes") ----------------
NHC = "National Hurricane Center"
FEMA = "Federal Emergency Management Agency"
GSE = "Gulf South Electric"
MARCHETTI = {
    "speaker": "Lena Marchetti",
    "role": "senior hurricane specialist",
    "country": "US",
    "org": NHC,
}
THIBODEAUX = {"speaker": "Raymond Thibodeaux", "role": "Governor", "country": "US"}
ARCENEAUX = {"speaker": "Melanie Arceneaux", "role": "chief of staff", "country": "US"}
NAQUIN = {"speaker": "Curtis Naquin", "role": "Parish President", "country": "US"}
BENNING = {"speaker": "Carla Benning", "role": "Administrator", "country": "US", "org": FEMA}
GUIDRY = {"speaker": "Darnell Guidry", "country": "US"}
BROUSSARD = {"speaker": "Rosalie Broussard", "role": "retired schoolteacher", "country": "US"}

HURRICANE_Q = [
    q(
        "The storm made landfall near Cocodrie at about 4 a.m. with maximum sustained winds "
        "of 120 mph (193 kph)",
        NHC,
        "indirect",
        "according to",
        "the National Hurricane Center in Miami",
        country="US",
    ),
    p(
        "The surge is the story with this one,",
        MARCHETTI,
        "direct",
        "said",
        "Lena Marchetti, a senior hurricane specialist at the center",
    ),
    p(
        "We are looking at 10 to 14 feet of water above ground in parts of Terrebonne and "
        "Lafourche parishes, and that water is not going to drain quickly.",
        MARCHETTI,
        "direct",
        "said",
        "Lena Marchetti",
    ),
    p(
        "the storm would weaken as it moved inland over the next 36 hours",
        MARCHETTI,
        "indirect",
        "said",
        "Marchetti",
    ),
    p("life-threatening", MARCHETTI, "partial", "warned", "Marchetti"),
    p(
        "to climb to the highest floor of their homes and wait for help",
        THIBODEAUX,
        "indirect",
        "urged",
        "Gov. Raymond Thibodeaux",
    ),
    p(
        "Do not get in your car. Do not try to drive through that water,",
        THIBODEAUX,
        "direct",
        "said",
        "Thibodeaux",
    ),
    p(
        "We have boats in the water right now, and we will get to you.",
        THIBODEAUX,
        "direct",
        "said",
        "Thibodeaux",
    ),
    p(
        "If you can hear me on a battery radio, hang a sheet or a towel out of a window so "
        "the crews know you're there,",
        THIBODEAUX,
        "direct",
        "added",
        "he",
    ),
    p(
        "search teams from Texas, Alabama and Tennessee had arrived overnight and would be "
        "sent to Terrebonne Parish first",
        ARCENEAUX,
        "indirect",
        "said",
        "The governor's chief of staff, Melanie Arceneaux",
    ),
    p(
        "the state had spent the past two years hardening its hospitals",
        THIBODEAUX,
        "indirect",
        "said",
        "Thibodeux",
    ),
    p(
        "Every hospital south of Interstate 10 had a generator and a week of fuel before the "
        "first band came ashore.",
        THIBODEAUX,
        "direct",
        "put",
        "he",
    ),
    p(
        "at least 60 people had been pulled from rooftops and attics and that no deaths had "
        "been confirmed",
        NAQUIN,
        "indirect",
        "said",
        "Terrebonne Parish President Curtis Naquin",
    ),
    p(
        "crews had not yet reached several fishing communities south of the Intracoastal Waterway",
        NAQUIN,
        "indirect",
        "cautioned",
        "he",
    ),
    p(
        "We've got people down in Dulac and Chauvin that we haven't heard from since midnight,",
        NAQUIN,
        "direct",
        "said",
        "Naquin",
    ),
    p(
        "Cell towers are down, the roads are under water, and the only way in is by boat. "
        "We're going to keep going until we've knocked on every door.",
        NAQUIN,
        "direct",
        "said",
        "Naquin",
    ),
    q(
        "it had positioned 1.2 million liters of water, 800,000 meals and dozens of "
        "generators at staging areas in Alexandria and Jackson, Mississippi",
        FEMA,
        "indirect",
        "said",
        "The Federal Emergency Management Agency",
        country="US",
    ),
    p(
        "ready to move the minute the wind lets up.",
        BENNING,
        "partial",
        "said",
        "FEMA Administrator Carla Benning",
    ),
    q(
        "crews from 14 states were waiting for winds to drop below 35 mph before they could "
        "start restoring service",
        GSE,
        "indirect",
        "said",
        "Gulf South Electric, the region's largest utility",
        country="US",
    ),
    q("weeks, not days", GSE, "partial", "said", "the company", country="US"),
    q(
        "the main transmission line feeding Terrebonne Parish had collapsed in at least two places",
        None,
        "indirect",
        "said",
        "A utility official who was not authorized to speak publicly",
        role="official",
        country="US",
    ),
    p(
        "It sounded like a freight train that would not stop,",
        GUIDRY,
        "direct",
        "said",
        "Darnell Guidry, 58",
    ),
    p(
        "Around 5 the water came under the door, and we just went upstairs and prayed.",
        GUIDRY,
        "direct",
        "said",
        "Darnell Guidry",
    ),
    q(
        "they had not left because the last two storms had spared them",
        None,
        "indirect",
        "said",
        "Some neighbors",
        country="US",
    ),
    p(
        "You tell yourself it'll turn,",
        BROUSSARD,
        "direct",
        "said",
        "Rosalie Broussard, a retired schoolteacher",
    ),
    p("This one didn't turn.", BROUSSARD, "direct", "said", "Rosalie Broussard"),
    q(
        "Delphine was moving north at 12 mph and would likely become a tropical storm by "
        "Thursday night over central Mississippi",
        NHC,
        "indirect",
        "said",
        "The hurricane center",
        country="US",
    ),
]

# --- airline merger, Australia (Reuters style, straight "double quotes") ---------------
ACCC = "Australian Competition and Consumer Commission"
AAA = "Australian Aviators' Association"
ELLERY = {
    "speaker": "Graham Ellery",
    "role": "Chief Executive",
    "country": "AU",
    "org": "Tasman Blue",
}
PETRAKIS = {
    "speaker": "Naomi Petrakis",
    "role": "chief executive",
    "country": "AU",
    "org": "Coralwing",
}
MARSH = {"speaker": "Helen Marsh", "role": "chair", "country": "AU", "org": ACCC}
FENWICK = {"speaker": "Derek Fenwick", "role": "president", "country": "AU", "org": AAA}
TAN = {
    "speaker": "Rebecca Tan",
    "role": "analyst",
    "country": "AU",
    "org": "Harbourline Securities",
}

AIRLINE_Q = [
    q(
        "The combined airline would fly 142 aircraft to 58 destinations and carry about 19 "
        "million passengers a year",
        None,
        "indirect",
        "said",
        "the companies",
        country="AU",
    ),
    q(
        "the deal would deliver A$180 million in annual cost savings within three years and "
        "that both brands would be kept for at least 18 months",
        None,
        "indirect",
        "said",
        "They",
        country="AU",
    ),
    p(
        "This is about scale,",
        ELLERY,
        "direct",
        "told",
        "Tasman Blue Chief Executive Graham Ellery",
    ),
    p(
        "On our own, each of us is too small to buy aircraft, fuel and airport slots on the "
        "terms the market leader gets.",
        ELLERY,
        "direct",
        "told",
        "Graham Ellery",
    ),
    p(
        "the two networks barely overlapped",
        PETRAKIS,
        "indirect",
        "said",
        "Coralwing's chief executive, Naomi Petrakis",
    ),
    p(
        "We fly the regional routes up the Queensland coast, they fly the trunk routes "
        "between the capitals,",
        PETRAKIS,
        "direct",
        "said",
        "she",
    ),
    p(
        "Put them together and a passenger in Mackay can get to Perth on one ticket.",
        PETRAKIS,
        "direct",
        "said",
        "she",
    ),
    p(
        "the company had no plans to raise prices",
        ELLERY,
        "indirect",
        "said",
        "Ellery",
    ),
    p("fierce.", ELLERY, "partial", "said", "Ellery"),
    q(
        "it would review the deal and expected to publish a statement of issues within 12 weeks",
        ACCC,
        "indirect",
        "said",
        "The Australian Competition and Consumer Commission",
        country="AU",
    ),
    p(
        "Where two airlines that compete today would become one, the burden will be on them "
        "to show that travellers will not pay more,",
        MARSH,
        "direct",
        "said",
        "commission chair Helen Marsh",
    ),
    p(
        "where a merger takes a real competitor out of the market.",
        MARSH,
        "partial",
        "said",
        "Marsh",
    ),
    q(
        "it had not been consulted and would seek guarantees on jobs and seniority",
        AAA,
        "indirect",
        "said",
        "The Australian Aviators' Association",
        country="AU",
    ),
    p(
        "Our members have heard the words 'no forced redundancies' before,",
        FENWICK,
        "direct",
        "said",
        "association president Derek Fenwick",
    ),
    p(
        "We want it in writing, and we want it before the regulator signs off.",
        FENWICK,
        "direct",
        "said",
        "Derek Fenwick",
    ),
    p(
        "the union would not rule out industrial action",
        FENWICK,
        "indirect",
        "said",
        "He",
    ),
    q(
        "the price looked full but that the savings were credible",
        None,
        "indirect",
        "said",
        "Analysts",
        country="AU",
    ),
    p(
        "The synergy number is conservative, if anything,",
        TAN,
        "direct",
        "said",
        "Rebecca Tan, an analyst at Harbourline Securities in Sydney",
    ),
    p(
        "The real question is how many routes the ACCC makes them give up as the price of "
        "approval.",
        TAN,
        "direct",
        "said",
        "Rebecca Tan",
    ),
    p(
        "she expected the regulator to demand that the combined airline surrender slots at "
        "Sydney Airport",
        TAN,
        "indirect",
        "said",
        "Tan",
    ),
    p("the crown jewels", TAN, "partial", "described", "she"),
    q(
        "Tasman Blue had been talking to Coralwing on and off since 2022",
        None,
        "indirect",
        "said",
        "Another analyst, who asked not to be named because his firm advises one of the parties",
        role="analyst",
        country="AU",
    ),
    p("every option on the table", PETRAKIS, "partial", "said", "Petrakis"),
    p(
        "Both of us fly the same narrowbody family, so we can pool pilots, spare parts and "
        "simulators from day one.",
        ELLERY,
        "direct",
        "pointed",
        "Ellery",
    ),
    p(
        "That is where most of the savings come from. It is not about cutting frontline staff.",
        ELLERY,
        "direct",
        "pointed",
        "Ellery",
    ),
    q(
        "they expected it to close in the first half of next year",
        None,
        "indirect",
        "said",
        "The companies",
        country="AU",
    ),
]

# --- doping ban, British runner (British style, no dateline, ‘single quotes’) ----------
UKA = "UK Athletics"
WADA = "World Anti-Doping Agency"
HOLLOWAY = {"speaker": "Imogen Holloway", "role": "runner", "country": "GB"}
PRYCE = {"speaker": "Jonathan Pryce-Whitley", "role": "lawyer", "country": "GB"}
DUNMORE = {"speaker": "Alison Dunmore", "role": "chief executive", "country": "GB", "org": UKA}
LINDQVIST = {"speaker": "Freya Lindqvist", "role": "runner", "country": "SE"}
KEMBLE = {"speaker": "Edward Kemble", "role": "chair", "country": "GB"}

DOPING_Q = [
    q(
        "a sample Holloway gave in an out-of-competition test at her training base in "
        "Font-Romeu in April contained traces of a banned substance",
        None,
        "indirect",
        "found",
        "An independent tribunal",
        country="GB",
    ),
    p("devastated and angry", HOLLOWAY, "partial", "said", "Holloway, 27"),
    p(
        "I have never knowingly taken a banned substance in my life,",
        HOLLOWAY,
        "direct",
        "wrote",
        "she",
    ),
    p(
        "I have given everything to this sport since I was 11 years old, and I will not let "
        "one flawed test take my name from me.",
        HOLLOWAY,
        "direct",
        "wrote",
        "she",
    ),
    p(
        "the tribunal had ignored evidence from two independent laboratories",
        PRYCE,
        "indirect",
        "said",
        "Her lawyer, Jonathan Pryce-Whitley",
    ),
    p(
        "The amounts involved are tiny – consistent with contamination and with nothing else,",
        PRYCE,
        "direct",
        "said",
        "he",
    ),
    p(
        "We believe any fair-minded panel would have reached a different conclusion.",
        PRYCE,
        "direct",
        "said",
        "he",
    ),
    p(
        "the supplement, bought from a pharmacy in southern France, had since been tested by "
        "a laboratory in Cologne and found to contain the same substance",
        PRYCE,
        "indirect",
        "said",
        "He",
    ),
    q(
        "it respected the tribunal's decision and that Holloway had been removed from its "
        "funded programme with immediate effect",
        UKA,
        "indirect",
        "said",
        "UK Athletics",
        country="GB",
    ),
    p(
        "Clean athletes deserve to know that the rules apply to everyone, whatever their profile,",
        DUNMORE,
        "direct",
        "said",
        "the federation's chief executive, Alison Dunmore",
    ),
    p(
        "Today is a sad day for British distance running, but it is not a day for making "
        "exceptions.",
        DUNMORE,
        "direct",
        "said",
        "Alison Dunmore",
    ),
    q(
        "it would study the tribunal's reasoning before deciding whether to act",
        WADA,
        "indirect",
        "said",
        "The World Anti-Doping Agency",
    ),
    q(
        "contamination claims should be accepted only where an athlete can produce the "
        "actual product taken",
        WADA,
        "indirect",
        "argued",
        "Wada",
    ),
    q(
        "each case turns on its own facts",
        None,
        "partial",
        "said",
        "A spokesman for the agency",
        role="spokesman",
        org=WADA,
    ),
    p(
        "It's hard, because I've raced against her since we were juniors and I liked her,",
        LINDQVIST,
        "direct",
        "said",
        "Freya Lindqvist, the Swedish runner",
    ),
    p(
        "But I've lost a medal and maybe some sponsorship because of this. I want my medal.",
        LINDQVIST,
        "direct",
        "said",
        "Freya Lindqvist",
    ),
    p(
        "his client had passed 14 tests in the past two years, including one only nine days "
        "before the positive sample",
        PRYCE,
        "indirect",
        "said",
        "Pryce-Whitely",
    ),
    p("within weeks", PRYCE, "partial", "said", "Pryce-Whitely"),
    q(
        "she had been training alone since the positive test was announced and had not left "
        "her home in Leeds for several days",
        None,
        "indirect",
        "said",
        "A source close to the athlete",
        country="GB",
    ),
    p(
        "That is a matter for European Athletics, not for this panel.",
        KEMBLE,
        "direct",
        "said",
        "the tribunal chair, Sir Edward Kemble",
    ),
    q(
        "its products were manufactured to pharmaceutical standards",
        "Nutrivia",
        "indirect",
        "said",
        "The supplement maker, Nutrivia",
        country="GB",
    ),
    q("no evidence whatsoever", "Nutrivia", "partial", "said", "Nutrivia", country="GB"),
    p(
        "UK Athletics would contact Holloway's family to offer support",
        DUNMORE,
        "indirect",
        "said",
        "Dunmore",
    ),
    p(
        "the federation's duty of care did not end with a ban",
        DUNMORE,
        "indirect",
        "adding",
        "Dunmore",
    ),
    p(
        "She is still a young woman who has been part of our team for a long time,",
        DUNMORE,
        "direct",
        "said",
        "she",
    ),
    p(
        "Whatever happens at the appeal, we will not abandon her.",
        DUNMORE,
        "direct",
        "said",
        "she",
    ),
]

DOCS = [
    ("probe-r20e-hurricane-louisiana-delphine", "HOUMA, La.", HURRICANE_Q),
    ("probe-r20e-airline-merger-tasman-coralwing", "SYDNEY", AIRLINE_Q),
    ("probe-r20e-doping-ban-holloway-four-years", None, DOPING_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Australian Aviators' Association",
    "Australian Competition and Consumer Commission",
    "Federal Emergency Management Agency",
    "Gulf South Electric",
    "National Hurricane Center",
    "Nutrivia",
    "UK Athletics",
    "World Anti-Doping Agency",
)


def main():
    write_gold(
        HERE,
        "probes_r20e_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r20e",
        source="quotesdb round-20 training probes E (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
