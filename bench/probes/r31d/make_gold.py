"""Build probes_r31d_gold.jsonl from the hand annotations below.

Training probe r31d, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r29k and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-12). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r31d/make_gold.py   # writes probes_r31d_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A naval collision inquiry (AP: `SUVA, Fiji (AP) —`, `Rear Adm.`, `Lt. Col.`, `Brig.
# Gen.`, congressional party tags, `X, 44, of Baltimore,`) ----------------------------------
# ranks are roles written in full (`Sen.` → `Senator`); an office in an appositive wins over
# the rank (`A spokesman for X, Lt. Col. Y` → spokesman); `Ratu` is an honorific, no name
VOSSLER = {
    "speaker": "Karen Vossler",
    "role": "Rear Admiral",
    "country": "US",
    "org": "U.S. Pacific Fleet",
}
NAULIVOU = {"speaker": "Josefa Naulivou", "role": "Defence Minister", "country": "FJ"}
VAKACEGU = {
    "speaker": "Sione Vakacegu",
    "role": "spokesman",
    "country": "FJ",
    "org": "Republic of Fiji Military Forces",
}
TUILAGI = {
    "speaker": "Semi Tuilagi",
    "role": "commander",
    "country": "FJ",
    "org": "Republic of Fiji Navy",
}
PELL = {
    "speaker": "Graham Pell",
    "role": "Air Vice-Marshal",
    "country": "AU",
    "org": "Royal Australian Air Force",
}
TAMBA = {
    "speaker": "Lewis Tamba",
    "role": "spokesman",
    "country": "US",
    "org": "U.S. Indo-Pacific Command",
}
# a leader's or whip's title names the chamber: no organisation (as r21a's and heldout golds')
KEANE = {"speaker": "Thomas Keane", "role": "Senate Majority Leader", "country": "US"}
OKAFOR = {
    "speaker": "Maria Okafor",
    "role": "ranking member",
    "country": "US",
    "org": "Senate Armed Services Committee",
}
# `X, 44, of Baltimore,` under a Fijian dateline: the home town's country
HARLOW = {"speaker": "Denise Harlow", "country": "US"}
NAVY = "U.S. Navy"

FIJI_Q = [
    # the lead's `the admiral leading it` is the next paragraph's `Rear Adm. X`
    p("pushed past safe limits", VOSSLER, "partial", "said", "the admiral leading it"),
    p(
        "the inquiry would take at least 60 days and that its findings would be made public",
        VOSSLER,
        "indirect",
        "told",
        "Rear Adm. Karen Vossler of the U.S. Pacific Fleet",
    ),
    p(
        "We owe the families a full accounting, not a fast one,",
        VOSSLER,
        "direct",
        "said",
        "Vossler",
    ),
    p(
        "kept fully informed",
        NAULIVOU,
        "partial",
        "said",
        "Fijian Defence Minister Ratu Josefa Naulivou",
    ),
    p(
        "Fiji would take part in the inquiry",
        NAULIVOU,
        "indirect",
        "said",
        "Fijian Defence Minister Ratu Josefa Naulivou",
    ),
    p(
        "two Fijian officers had been named to the investigating board",
        VAKACEGU,
        "indirect",
        "said",
        "A spokesman for the Republic of Fiji Military Forces, Lt. Col. Sione Vakacegu",
    ),
    p(
        "the patrol boat's crew had followed the exercise's lighting rules",
        VAKACEGU,
        "indirect",
        "said",
        "He",
    ),
    p("Our sailors did what was asked of them,", VAKACEGU, "direct", "said", "Vakacegu"),
    p("The board will decide the rest.", VAKACEGU, "direct", "said", "Vakacegu"),
    p(
        "the Vatulele would be out of service until at least March",
        TUILAGI,
        "indirect",
        "told",
        "He",
    ),
    p(
        "She is an old boat, but she brought her crew home,",
        TUILAGI,
        "direct",
        "said",
        "he",
    ),
    p(
        "the remaining air drills had been moved to Queensland",
        PELL,
        "indirect",
        "said",
        "Air Vice-Marshal Graham Pell of the Royal Australian Air Force, who oversaw its air "
        "component",
    ),
    p(
        "Nobody wanted to carry on as if nothing had happened,",
        PELL,
        "direct",
        "said",
        "Pell",
    ),
    p(
        "as a matter of routine",
        TAMBA,
        "partial",
        "said",
        "Marine Corps Brig. Gen. Lewis Tamba, a spokesman for U.S. Indo-Pacific Command",
    ),
    # `He declined to name the officer.`: a non-answer (decision 6)
    p(
        "he had asked the Armed Services Committee to hold a hearing on the Navy's training load "
        "before the end of the year",
        KEANE,
        "indirect",
        "said",
        "Senate Majority Leader Thomas Keane, R-Ky.",
    ),
    p(
        "We have been here before, and we said never again,",
        KEANE,
        "direct",
        "said",
        "Keane",
    ),
    p(
        "the Navy had promised in 2017 to cut the hours its crews spent at sea without rest",
        OKAFOR,
        "indirect",
        "said",
        "Sen. Maria Okafor, D-Hawaii, the ranking member of the Senate Armed Services Committee",
    ),
    p(
        "Those promises were made to this committee, and I intend to find out whether they "
        "were kept,",
        OKAFOR,
        "direct",
        "said",
        "Okafor",
    ),
    p(
        "the inquiry's findings to be shared with Congress in full",
        {"speaker": "Gloria Pennant", "role": "Senate Minority Whip", "country": "US"},
        "indirect",
        "called for",
        "Senate Minority Whip Gloria Pennant, D-Ill.",
    ),
    p("He keeps asking about the Fijian boys,", HARLOW, "direct", "said", "she"),
    p("That's the kind of kid he is.", HARLOW, "direct", "said", "she"),
    p(
        "the Navy had kept her informed and had paid for her flight",
        HARLOW,
        "indirect",
        "said",
        "She",
    ),
    p("one of the first questions", VOSSLER, "partial", "said", "Vossler"),
    p(
        "it was too early to say whether it had played a part",
        VOSSLER,
        "indirect",
        "said",
        "Vossler",
    ),
    # an organisation's own document speaks for it (`An Acme Corp. filing said`)
    q(
        "damage to its bow would be repaired there",
        NAVY,
        "indirect",
        "said",
        "A Navy statement",
        country="US",
        org=NAVY,
    ),
]

# --- An interfaith vigil after floods (a Malaysian English daily: `KLANG:`, `Datuk Seri`,
# `Tan Sri`, `Asst Comm`, `Mentri Besar`, `RM1,500`, `said Lee, a retired …`) ---------------
# Malaysian honorifics (`Datuk`, `Datuk Seri`, `Tan Sri`) and clergy styles (`Sister`) are no
# part of the name nor a role; a mosque, a temple and a gurdwara are organisations
HAMDAN = {"speaker": "Hamdan Ismail", "role": "Mentri Besar", "country": "MY"}
FAUZI = {
    "speaker": "Ahmad Fauzi Rahmat",
    "role": "chief imam",
    "country": "MY",
    "org": "Sultan Suleiman Royal Mosque",
}
TAN_ARCH = {"speaker": "Dominic Tan", "role": "Archbishop", "country": "MY"}
RAJENDRAN = {
    "speaker": "V. Rajendran",
    "role": "chairman",
    "country": "MY",
    "org": "Sri Subramaniar Temple",
}
LEE = {
    "speaker": "Lee Chong Meng",
    "role": "president",
    "country": "MY",
    "org": "Klang Interfaith Council",
}
LIM = {"speaker": "Agnes Lim", "role": "nun", "country": "MY"}
# `Klang district police chief Asst Comm X`: the office (the place before it left out), not
# the rank
RIZAL = {"speaker": "Mohd Rizal Hamzah", "role": "district police chief", "country": "MY"}
BOMBA = "Selangor Fire and Rescue Department"
KHAIRUL = {
    "speaker": "Khairul Anuar Mokhtar",
    "role": "director",
    "country": "MY",
    "org": BOMBA,
}
GILL = {
    "speaker": "Harjit Singh Gill",
    "role": "president",
    "country": "MY",
    "org": "Gurdwara Sahib Klang",
}
TAH = {"speaker": "Tan Ah Kow", "role": "hawker", "country": "MY"}
GANESH = {"speaker": "Ganesh Subramaniam", "role": "MP", "country": "MY"}
METMALAYSIA = "Meteorological Department"

KLANG_Q = [
    # a promise is a statement (decision 6); nobody named: unnamed source
    q(
        "faster help for the thousands still unable to return home",
        None,
        "indirect",
        "promised",
        "state leaders",
        country="MY",
    ),
    p(
        "the state government would pay RM1,500 to every household whose home had been "
        "flooded, up from the RM1,000 announced on Monday",
        HAMDAN,
        "indirect",
        "said",
        "Mentri Besar Datuk Seri Hamdan Ismail",
    ),
    p(
        "No family should have to choose between fixing the roof and buying school shoes for "
        "the children,",
        HAMDAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "the payments would start reaching bank accounts by Dec 15",
        HAMDAN,
        "indirect",
        "added",
        "He",
    ),
    p(
        "the mosque had housed more than 400 flood victims of all faiths in its halls over the "
        "past week",
        FAUZI,
        "indirect",
        "said",
        "The chief imam of the Sultan Suleiman Royal Mosque, Datuk Ahmad Fauzi Rahmat",
    ),
    p(
        "When the water came, nobody at our door asked anyone his religion,",
        FAUZI,
        "direct",
        "told",
        "he",
    ),
    p(
        "Catholic parishes in Klang had raised RM230,000 for the victims",
        TAN_ARCH,
        "indirect",
        "said",
        "Archbishop Dominic Tan of Kuala Lumpur",
    ),
    p(
        "for as long as they are needed",
        TAN_ARCH,
        "partial",
        "said",
        "Archbishop Dominic Tan of Kuala Lumpur",
    ),
    p(
        "volunteers from the temple had cooked 6,000 meals a day since the floods began",
        RAJENDRAN,
        "indirect",
        "said",
        "The chairman of the Sri Subramaniar Temple in Klang, Datuk V. Rajendran",
    ),
    p(
        "Our kitchen has never been this busy, not even during Thaipusam,",
        RAJENDRAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "the vigil had been planned in less than 48 hours",
        LEE,
        "indirect",
        "said",
        "Tan Sri Lee Chong Meng, the president of the Klang Interfaith Council",
    ),
    # a past post in an appositive does not replace the title held
    p(
        "People asked us to do something together, so we did,",
        LEE,
        "direct",
        "said",
        "Lee, a retired High Court judge",
    ),
    p(
        "many of the old people in her care had lost their identity cards and were unable to "
        "claim aid",
        LIM,
        "indirect",
        "said",
        "She",
    ),
    p(
        "They are ashamed to ask for help twice. We have to go to them,",
        LIM,
        "direct",
        "said",
        "she",
    ),
    p(
        "his men had recorded 37 cases of break-ins at abandoned homes since the water receded, "
        "and that 12 suspects had been arrested",
        RIZAL,
        "indirect",
        "said",
        "Klang district police chief Asst Comm Mohd Rizal Hamzah",
    ),
    p(
        "to lodge police reports if they found anything missing",
        RIZAL,
        "indirect",
        "urged",
        "He",
    ),
    q(
        "its personnel had rescued 2,310 people during the floods, using 48 boats",
        BOMBA,
        "indirect",
        "said",
        "the Selangor Fire and Rescue Department",
        country="MY",
        org=BOMBA,
    ),
    p(
        "the department's divers had recovered the last of the missing on Sunday",
        KHAIRUL,
        "indirect",
        "said",
        "Its director, Datuk Khairul Anuar Mokhtar",
    ),
    p(
        "My men worked 20 hours a day. Some of them lost their own homes and still came to work,",
        KHAIRUL,
        "direct",
        "said",
        "he",
    ),
    p(
        "Sikh volunteers had sent langar, or free community meals, to five relief centres",
        GILL,
        "indirect",
        "said",
        "Gurdwara Sahib Klang president Harjit Singh Gill, 58",
    ),
    p(
        "his stall and his house had both been under two metres of water",
        TAH,
        "indirect",
        "said",
        "Tan Ah Kow, a 62-year-old hawker from Taman Sri Muda",
    ),
    p(
        "I have lived here 40 years. This is the worst I have seen,",
        TAH,
        "direct",
        "said",
        "he",
    ),
    p(
        "he would raise the state of the town's drains in Parliament next week",
        GANESH,
        "indirect",
        "said",
        "The Klang MP, Ganesh Subramaniam",
    ),
    p(
        "We cannot keep building houses in Klang and leave the drains from the 1980s,",
        GANESH,
        "direct",
        "said",
        "he",
    ),
    q(
        "more heavy rain in Selangor, Negeri Sembilan and Johor until Friday",
        METMALAYSIA,
        "indirect",
        "has warned",
        "The Meteorological Department",
        country="MY",
        org=METMALAYSIA,
    ),
]

# --- A police corruption trial (a UK regional daily: no dateline, `Det Chief Supt`, `Coun`,
# `The Rev Canon`, `Chief Constable Sir X`, `Dame X, who chairs …`, `Defending, X KC said`) --
# the undated British story gives its people GB (as r28b's); a force's ranks serve the one
# force named (Greater Manchester Police)
GMP = "Greater Manchester Police"
OAKES = {"speaker": "Martin Oakes", "role": "Judge", "country": "GB"}
WARD = {"speaker": "Sophie Ward", "country": "GB"}
MARLAND = {
    "speaker": "Lisa Marland",
    "role": "Detective Chief Superintendent",
    "country": "GB",
    "org": GMP,
}
ASHWORTH = {"speaker": "Stephen Ashworth", "role": "Chief Constable", "country": "GB", "org": GMP}
KESSLER = {
    "speaker": "Daniel Kessler",
    "role": "Rabbi",
    "country": "GB",
    "org": "Kersal Vale Synagogue",
}
PATEL = {
    "speaker": "Yusuf Patel",
    "role": "Imam",
    "country": "GB",
    "org": "Cheetham Hill Central Mosque",
}
# `X, who chairs Y` → organisation Y (decision 9); the office `the Bury South MP` written for
# her later is her role
COLE = {
    "speaker": "Harriet Cole",
    "role": "MP",
    "country": "GB",
    "org": "Commons Home Affairs Committee",
}
# a remit after `for` that is no minister's or secretary's portfolio (decision 9)
ELLISON = {"speaker": "Kate Ellison", "role": "Deputy Mayor", "country": "GB"}
# the party word dropped (decision 9)
MULLIGAN = {
    "speaker": "Bernard Mulligan",
    "role": "chief whip",
    "country": "GB",
    "org": "Manchester City Council",
}
FIRTH = {
    "speaker": "Helen Firth",
    "role": "chair",
    "country": "GB",
    "org": "Bury Interfaith Forum",
}
BHANDARI = {
    "speaker": "Priya Bhandari",
    "role": "Deputy Chief Constable",
    "country": "GB",
    "org": GMP,
}
FIRE = "Greater Manchester Fire and Rescue Service"

TRIAL_Q = [
    # `…, the court heard.`: the clause, source the court, speaker null
    q(
        "Former Inspector Craig Lowther, 51, of Whitefield, steered contracts worth £1.2m to "
        "Sentinel North Ltd while he was in charge of community safety patrols in Prestwich and "
        "Cheetham Hill",
        None,
        "indirect",
        "heard",
        "Minshull Street Crown Court",
        country="GB",
    ),
    # `Lowther, who admitted misconduct …`: a plea, no statement
    p(
        "betrayed the very people he was paid to keep safe",
        OAKES,
        "partial",
        "told",
        "Judge Martin Oakes",
    ),
    p(
        "Places of worship in this city were told they were protected. Some of them were not,",
        OAKES,
        "direct",
        "said",
        "the judge",
    ),
    q(
        "guards supplied by the firm had repeatedly failed to turn up for night shifts, and that "
        "Lowther had signed off their timesheets",
        None,
        "indirect",
        "heard",
        "The court",
        country="GB",
    ),
    p("crushing", WARD, "partial", "said", "Sophie Ward KC"),
    p("was deeply ashamed", WARD, "indirect", "said", "Sophie Ward KC"),
    p(
        "the case had begun with a tip-off from a member of the public in 2023",
        MARLAND,
        "indirect",
        "said",
        "Det Chief Supt Lisa Marland, of Greater Manchester Police's anti-corruption unit",
    ),
    p(
        "This was a senior officer who knew exactly what he was doing,",
        MARLAND,
        "direct",
        "said",
        "she",
    ),
    p("He hid it well, but not well enough.", MARLAND, "direct", "said", "she"),
    # `apologised to the communities affected`: an act with no words of its own
    p(
        "I am sorry. Our job was to keep these buildings safe, and one of our own sold that duty "
        "for cash,",
        ASHWORTH,
        "direct",
        "said",
        "he",
    ),
    p(
        "every contract Lowther had touched was being reviewed",
        ASHWORTH,
        "indirect",
        "said",
        "He",
    ),
    p(
        "his congregation had paid for its own volunteer stewards after guards failed to appear "
        "on three Friday nights in a row",
        KESSLER,
        "indirect",
        "said",
        "Rabbi Daniel Kessler, of Kersal Vale Synagogue",
    ),
    p(
        "We raised it with the police twice. Nobody came back to us,",
        KESSLER,
        "direct",
        "said",
        "he",
    ),
    p(
        "trust would take time to rebuild",
        PATEL,
        "indirect",
        "said",
        "Imam Yusuf Patel, of Cheetham Hill Central Mosque",
    ),
    p(
        "Our worshippers want to believe the police are on their side. Today makes that harder,",
        PATEL,
        "direct",
        "said",
        "he",
    ),
    p(
        "the committee would ask the Home Office how contracts for protective security at "
        "places of worship were awarded",
        COLE,
        "indirect",
        "said",
        "Dame Harriet Cole, who chairs the Commons Home Affairs Committee",
    ),
    p(
        "Millions of pounds of public money go into this scheme every year, and nobody seems to "
        "be checking who gets it,",
        COLE,
        "direct",
        "told",
        "the Bury South MP",
    ),
    p(
        "she had asked His Majesty's Inspectorate of Constabulary to look at the force's "
        "procurement rules",
        ELLISON,
        "indirect",
        "said",
        "Greater Manchester's Deputy Mayor for Policing and Crime, Kate Ellison",
    ),
    p(
        "a full independent review of every security contract the council and police had "
        "jointly funded since 2019",
        MULLIGAN,
        "indirect",
        "called for",
        "Manchester City Council's Labour chief whip, Coun Bernard Mulligan",
    ),
    p(
        "faith leaders would meet the Chief Constable next week",
        FIRTH,
        "indirect",
        "said",
        "The Rev Canon Helen Firth, chair of the Bury Interfaith Forum",
    ),
    p(
        "We will go with a list of questions, and we expect answers,",
        FIRTH,
        "direct",
        "said",
        "she",
    ),
    p(
        "the force had already moved the patrols back in-house",
        BHANDARI,
        "indirect",
        "told",
        "Deputy Chief Constable Priya Bhandari",
    ),
    q(
        "none of its staff had been involved",
        FIRE,
        "indirect",
        "said",
        "The Greater Manchester Fire and Rescue Service, which shares several community safety "
        "posts with the police",
        country="GB",
        org=FIRE,
    ),
]

DOCS = [
    ("probe-r31d-fiji-collision-inquiry", "SUVA, Fiji", FIJI_Q),
    ("probe-r31d-klang-flood-vigil", "KLANG", KLANG_Q),
    ("probe-r31d-manchester-bribes-trial", None, TRIAL_Q),
]


def main():
    write_gold(
        HERE,
        "probes_r31d_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r31d",
        source="quotesdb round-31 training probe D (written for error finding)",
    )


if __name__ == "__main__":
    main()
