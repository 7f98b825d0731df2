"""Build probes_r20b_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md). Each quote is located by searching its
exact text after the previous quote's end.

    python3 bench/probes/r20b/make_gold.py   # writes probes_r20b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- election result, Slovenia (Reuters style, straight "double quotes") ----------------
SEC = "State Electoral Commission"
RENEWAL = "Democratic Renewal"
ALLIANCE = "Social Alliance"
FREE = "Free Citizens"
ZUPAN = {"speaker": "Marko Zupan", "role": "leader", "country": "SI", "org": RENEWAL}
KRANJC = {"speaker": "Ana Kranjc", "role": "Prime Minister", "country": "SI", "org": ALLIANCE}
HRIBAR = {"speaker": "Tina Hribar", "role": "leader", "country": "SI", "org": FREE}
MLAKAR = {"speaker": "Luka Mlakar", "role": "deputy leader", "country": "SI", "org": FREE}
BARIC = {"speaker": "Ivo Baric", "role": "Prime Minister", "country": "HR"}
SZALAI = {"speaker": "Gabor Szalai", "role": "Prime Minister", "country": "HU"}
JANSSENS = {"speaker": "Pieter Janssens", "role": "spokesman", "org": "EU"}
KOS = {
    "speaker": "Maja Kos",
    "role": "political scientist",
    "country": "SI",
    "org": "Ljubljana Institute for Public Policy",
}

ELECTION_Q = [
    q(
        "Slovenia's opposition Democratic Renewal party won Sunday's parliamentary election "
        "with 31.4% of the vote",
        SEC,
        "indirect",
        "said",
        "the State Electoral Commission",
        country="SI",
    ),
    q(
        "The governing Social Alliance of Prime Minister Ana Kranjc came second with 24.9%, "
        "its worst result since 2011",
        SEC,
        "indirect",
        "according to",
        "the commission's count of all ballots cast",
        country="SI",
    ),
    p(
        "Slovenians have voted for change, and they have voted for it clearly,",
        ZUPAN,
        "direct",
        "told",
        "Zupan",
    ),
    p(
        "From tomorrow we will talk to everyone who wants to build a new government with us. "
        "Nobody is excluded in advance.",
        ZUPAN,
        "direct",
        "told",
        "Zupan",
    ),
    p(
        "his first priority would be a budget that cut taxes on small firms and raised the "
        "lowest pensions, and that he hoped to present a cabinet to parliament before Easter",
        ZUPAN,
        "indirect",
        "said",
        "He",
    ),
    p("respect the will of the voters.", KRANJC, "partial", "said", "She"),
    p(
        "We lost this election, and I take full responsibility for it,",
        KRANJC,
        "direct",
        "said",
        "she",
    ),
    p(
        "But a government that steered this country through an energy crisis and the worst "
        "floods in its history has nothing to be ashamed of.",
        KRANJC,
        "direct",
        "said",
        "she",
    ),
    p(
        "We will be a constructive opposition, not a destructive one,",
        KRANJC,
        "direct",
        "added",
        "she",
    ),
    p(
        "That is a question for the party congress, not for tonight.",
        KRANJC,
        "direct",
        "said",
        "Kranjc",
    ),
    q(
        "14 parties had taken part and seven had cleared the 4% threshold for the 90-seat "
        "National Assembly",
        SEC,
        "indirect",
        "said",
        "The commission",
        country="SI",
    ),
    q(
        "final results, including postal votes from abroad, would be published on March 18",
        SEC,
        "indirect",
        "said",
        "It",
        country="SI",
    ),
    q(
        "Based on the preliminary count, Democratic Renewal would have 33 seats and the Social "
        "Alliance 26",
        None,
        "indirect",
        "said",
        "party officials",
        country="SI",
    ),
    p(
        "it was ready to talk to both big blocs but would not back any government that pushed "
        "ahead with a second reactor at the Krsko nuclear plant without a referendum",
        HRIBAR,
        "indirect",
        "said",
        "The party's leader, Tina Hribar, a former economy minister",
    ),
    p("We are not for sale, and we are not in a hurry,", HRIBAR, "direct", "told", "she"),
    p(
        "Whoever wants our votes will have to take our programme, not just our ministers.",
        HRIBAR,
        "direct",
        "told",
        "she",
    ),
    p(
        "rather sit in opposition for four years than prop up a government that ignores young "
        "people.",
        MLAKAR,
        "partial",
        "telling",
        "Her deputy, Luka Mlakar",
    ),
    p(
        "an even closer partnership",
        BARIC,
        "partial",
        "writing",
        "Croatian Prime Minister Ivo Baric",
    ),
    p(
        "the same concerns about Brussels.",
        SZALAI,
        "partial",
        "said",
        "His Hungarian counterpart, Gabor Szalai",
    ),
    p(
        "a stable and pro-European government",
        JANSSENS,
        "partial",
        "said",
        "European Commission spokesman Pieter Janssens",
    ),
    p(
        "Slovenia had yet to submit a revised plan for spending its recovery funds",
        JANSSENS,
        "indirect",
        "noted",
        "He",
    ),
    q(
        "the result reflected frustration with high housing costs and slow flood "
        "reconstruction rather than a sharp shift to the right",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "This was a vote against the government more than a vote for Zupan,",
        KOS,
        "direct",
        "said",
        "Maja Kos, a political scientist at the Ljubljana Institute for Public Policy",
    ),
    p(
        "His problem now is that the parties he needs agree with him on almost nothing except "
        "that Kranjc had to go.",
        KOS,
        "direct",
        "said",
        "Maja Kos, a political scientist at the Ljubljana Institute for Public Policy",
    ),
    p(
        "If he gives the Free Citizens the referendum they want, he loses half of his own "
        "party. If he doesn't, he has no majority.",
        KOS,
        "direct",
        "said",
        "Maja Kos, a political scientist at the Ljubljana Institute for Public Policy",
    ),
    p(
        "the most likely outcome was a three-party coalition with the Free Citizens and the "
        "small Pensioners' Party",
        KOS,
        "indirect",
        "said",
        "Kos",
    ),
    p("talks could drag on into the summer", KOS, "indirect", "warned", "Kos"),
    p("she would meet Zupan on Wednesday", HRIBAR, "indirect", "told", "Hribbar"),
    p("We will listen first,", HRIBAR, "direct", "said", "she"),
    p("Then we will decide.", HRIBAR, "direct", "said", "she"),
]

# --- cholera outbreak, Malawi (AP style, curly “double quotes”) --------------------------
CHIRWA = {"speaker": "Grace Chirwa", "role": "Health Minister", "country": "MW"}
WHO = "World Health Organization"
ODUYA = {"speaker": "Samuel Oduya", "role": "regional director", "org": "WHO"}
BANDA = {
    "speaker": "Peter Banda",
    "role": "chief doctor",
    "country": "MW",
    "org": "Nsanje District Hospital",
}
MWALE = {
    "speaker": "Ellen Mwale",
    "role": "country director",
    "country": "MW",
    "org": "Madzi Relief",
}
PHIRI = {"speaker": "Loveness Phiri", "role": "market vendor", "country": "MW"}
KALUA = {"speaker": "Joseph Kalua", "role": "neighbor", "country": "MW"}
ODUYA_SRC = "WHO’s regional director for Africa, Dr. Samuel Oduya"
PHIRI_SRC = "Loveness Phiri, a market vendor who lost her house in the cyclone"

OUTBREAK_Q = [
    q(
        "A cholera outbreak in southern Malawi has killed at least 41 people and sickened more "
        "than 1,900 since late January",
        "Health Ministry",
        "indirect",
        "said",
        "the Health Ministry",
        country="MW",
    ),
    q(
        "Most of the cases have been recorded in the districts of Nsanje and Chikwawa",
        "Health Ministry",
        "indirect",
        "according to",
        "the ministry",
        country="MW",
    ),
    q(
        "11 of the deaths had occurred at home, before the patients reached any health facility",
        "Health Ministry",
        "indirect",
        "said",
        "It",
        country="MW",
    ),
    p(
        "the government had opened 23 treatment centers and was sending 40,000 doses of oral "
        "vaccine to the worst-hit areas",
        CHIRWA,
        "indirect",
        "said",
        "Health Minister Grace Chirwa",
    ),
    p(
        "We are fighting this on two fronts, the water and the fear,",
        CHIRWA,
        "direct",
        "told",
        "Chirwa",
    ),
    p(
        "People are afraid to come to the clinics because they think the clinics are where you "
        "catch it.",
        CHIRWA,
        "direct",
        "told",
        "Chirwa",
    ),
    q(
        "it had flown in a team of epidemiologists and 12 tons of supplies",
        WHO,
        "indirect",
        "said",
        "The World Health Organization",
    ),
    q("high.", WHO, "partial", "said", "The World Health Organization"),
    p(
        "a disease of poverty and of neglect, and it is back because the water systems are broken.",
        ODUYA,
        "partial",
        "said",
        ODUYA_SRC,
    ),
    p("Vaccines buy us time,", ODUYA, "direct", "said", "he"),
    p("They do not fix a single well.", ODUYA, "direct", "said", "he"),
    p(
        "staff had been working double shifts for three weeks",
        BANDA,
        "indirect",
        "said",
        "The hospital’s chief doctor, Dr. Peter Banda",
    ),
    p(
        "My nurses are exhausted. Two of them got sick themselves last week,",
        BANDA,
        "direct",
        "said",
        "Banda",
    ),
    p("We need hands more than we need anything else.", BANDA, "direct", "said", "Banda"),
    p(
        "the hospital had run out of intravenous fluids twice this month and had borrowed "
        "supplies from a mission clinic across the river",
        BANDA,
        "indirect",
        "said",
        "He",
    ),
    q(
        "the outbreak would worsen unless more latrines were built before the peak of the rainy "
        "season in March",
        "Madzi Relief",
        "indirect",
        "warned",
        "The aid group Madzi Relief",
        country="MW",
    ),
    p(
        "We are trucking clean water to 30,000 people every day, and it is not enough,",
        MWALE,
        "direct",
        "said",
        "the group’s country director, Ellen Mwale",
    ),
    p(
        "the group had asked donors for $2.5 million but had so far received less than a fifth "
        "of it",
        MWALE,
        "indirect",
        "said",
        "She",
    ),
    q(
        "they had received no chlorine tablets for two weeks",
        None,
        "indirect",
        "said",
        "residents",
        country="MW",
    ),
    p(
        "We boil the water when we have firewood. When we don’t, we drink it as it is,",
        PHIRI,
        "direct",
        "said",
        PHIRI_SRC,
    ),
    p("What else can we do? The children are thirsty.", PHIRI, "direct", "said", PHIRI_SRC),
    p(
        "three people from their row of tents had been taken to the hospital in a single night",
        KALUA,
        "indirect",
        "said",
        "Her neighbor, Joseph Kalua",
    ),
    q(
        "the real death toll was probably higher, because deaths in remote villages often went "
        "unreported",
        None,
        "indirect",
        "said",
        "A health official in Chikwawa",
        country="MW",
    ),
    q(
        "they had stepped up screening at border crossings along the Shire River and had set up "
        "two treatment tents in the town of Mutarara",
        None,
        "indirect",
        "said",
        "Mozambican health authorities",
        country="MZ",
    ),
    q(
        "In 2023 the country recorded its deadliest on record, with more than 1,700 deaths",
        None,
        "indirect",
        "according to",
        "government figures",
        country="MW",
    ),
    p(
        "lessons from that outbreak had been learned, but that the money to act on them had not "
        "arrived",
        ODUYA,
        "indirect",
        "said",
        "Oduyo",
    ),
    p(
        "Pay now for clean water, or pay much more later for coffins.",
        ODUYA,
        "direct",
        "said",
        "he",
    ),
    p(
        "the ministry would send mobile teams to the camps from Monday and that churches and "
        "traditional leaders had been asked to help persuade families to seek treatment early",
        CHIRWA,
        "indirect",
        "said",
        "Chirwa",
    ),
    p(
        "Cholera kills in hours, but it is easy to treat if you come in time,",
        CHIRWA,
        "direct",
        "said",
        "she",
    ),
    p("Nobody should die of it in 2025.", CHIRWA, "direct", "said", "she"),
]

# --- pilots' strike vote, US airline (US paper, no dateline, curly “double quotes”) -------
CPA = "Commercial Pilots Alliance"
MERIDIAN = "Meridian Airlines"
WHITLOCK = {"speaker": "Dana Whitlock", "role": "president", "country": "US", "org": CPA}
KEANE = {"speaker": "Robert Keane", "role": "chief executive", "country": "US", "org": MERIDIAN}
VEGA = {"speaker": "Marisol Vega", "role": "Transportation Secretary", "country": "US"}
BROOKS = {"speaker": "Tanya Brooks", "role": "nurse", "country": "US"}
OMAR = {"speaker": "Omar", "role": "passenger", "country": "US"}
PARK = {
    "speaker": "Helen Park",
    "role": "aviation analyst",
    "country": "US",
    "org": "Crestline Research",
}
WHITLOCK_SRC = "the union’s president, Capt. Dana Whitlock"
PARK_SRC = "Helen Park, an aviation analyst at Crestline Research in New York"

STRIKE_Q = [
    q(
        "Pilots at Meridian Airlines have voted overwhelmingly to authorize a strike",
        CPA,
        "indirect",
        "said",
        "their union",
        country="US",
    ),
    q(
        "Of the 4,112 pilots who cast ballots, 97.6 percent voted in favor",
        CPA,
        "indirect",
        "according to",
        "the Commercial Pilots Alliance",
        country="US",
    ),
    p(
        "Our pilots have flown this airline through a pandemic, through record summers and "
        "through every winter storm, and they are still working under a contract written in "
        "2019,",
        WHITLOCK,
        "direct",
        "said",
        WHITLOCK_SRC,
    ),
    p(
        "Today they sent a message that even management cannot misread.",
        WHITLOCK,
        "direct",
        "said",
        WHITLOCK_SRC,
    ),
    p(
        "We do not want to strike. But we will not fly another two years on promises.",
        WHITLOCK,
        "direct",
        "said",
        WHITLOCK_SRC,
    ),
    p(
        "the union was seeking raises of about 30 percent over four years, better retirement "
        "benefits and limits on schedule changes that pilots say keep them away from home for "
        "days at a time",
        WHITLOCK,
        "indirect",
        "said",
        "Whitlock",
    ),
    q("disappointed but not surprised", MERIDIAN, "partial", "said", "Meridian", country="US"),
    q("industry-leading offers", MERIDIAN, "partial", "said", "Meridian", country="US"),
    q(
        "This vote is a routine step in airline negotiations and does not change our operations,",
        MERIDIAN,
        "direct",
        "said",
        "the statement",
        country="US",
    ),
    q(
        "Customers can continue to book and travel with confidence.",
        MERIDIAN,
        "direct",
        "said",
        "the statement",
        country="US",
    ),
    p(
        "the union’s demands would add $1.4 billion a year to the airline’s costs",
        KEANE,
        "indirect",
        "wrote",
        "Keane",
    ),
    p("put every one of our jobs at risk.", KEANE, "partial", "wrote", "Keane"),
    q(
        "the sides remained furthest apart on retirement benefits and on how much flying "
        "Meridian could hand to regional partners",
        None,
        "indirect",
        "said",
        "Two people familiar with the negotiations",
    ),
    q(
        "it would hold the next session in Washington on Dec. 9",
        "National Mediation Board",
        "indirect",
        "said",
        "The National Mediation Board",
        country="US",
    ),
    q(
        "both sides had agreed to attend",
        "National Mediation Board",
        "indirect",
        "said",
        "It",
        country="US",
    ),
    p(
        "she was following the talks closely",
        VEGA,
        "indirect",
        "said",
        "Transportation Secretary Marisol Vega",
    ),
    p(
        "stay at the table and get this done.",
        VEGA,
        "partial",
        "urged",
        "Transportation Secretary Marisol Vega",
    ),
    p(
        "A strike at a carrier this size would ripple through the whole system,",
        VEGA,
        "direct",
        "told",
        "she",
    ),
    p("Nobody wants that, least of all the traveling public.", VEGA, "direct", "told", "she"),
    p("We have tools, and we will use them if we have to,", VEGA, "direct", "added", "she"),
    p(
        "I’ve been here since 6 a.m. and I’ve been rebooked three times,",
        BROOKS,
        "direct",
        "said",
        "Tanya Brooks, 42, a nurse from Milwaukee",
    ),
    p(
        "If they strike, I’m driving next time.",
        BROOKS,
        "direct",
        "said",
        "Tanya Brooks, 42, a nurse from Milwaukee",
    ),
    p(
        "he had missed his daughter’s birthday party in Atlanta because of a canceled flight",
        OMAR,
        "indirect",
        "said",
        "Another passenger, who gave only his first name, Omar",
    ),
    p("I blame the airline, not the pilots,", OMAR, "direct", "said", "he"),
    p("They’re the ones flying tired.", OMAR, "direct", "said", "he"),
    q(
        "a strike remained unlikely before next summer, given the length of the federal process",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "The strike vote is theater, but it is theater with a purpose,",
        PARK,
        "direct",
        "said",
        PARK_SRC,
    ),
    p(
        "It tells the mediators, and Washington, that the pilots’ patience has run out.",
        PARK,
        "direct",
        "said",
        PARK_SRC,
    ),
    p(
        "Meridian’s shares, which fell 3 percent on Tuesday, reflected investors’ worries about "
        "a long and costly dispute rather than fear of an actual strike",
        PARK,
        "indirect",
        "said",
        "Park",
    ),
    p(
        "the airline would not be rushed into a deal it could not afford",
        KEANE,
        "indirect",
        "said",
        "Keene",
    ),
    p(
        "We want a contract. We don’t want a contract at any price,",
        KEANE,
        "direct",
        "said",
        "he",
    ),
]

DOCS = [
    ("probe-r20b-election-slovenia-renewal-wins", "LJUBLJANA", ELECTION_Q),
    ("probe-r20b-outbreak-malawi-cholera-camps", "LILONGWE, Malawi", OUTBREAK_Q),
    ("probe-r20b-strike-meridian-pilots-vote", None, STRIKE_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Commercial Pilots Alliance",
    "Health Ministry",
    "Madzi Relief",
    "Meridian Airlines",
    "National Mediation Board",
    "State Electoral Commission",
    "World Health Organization",
)


def main():
    write_gold(
        HERE,
        "probes_r20b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r20b",
        source="quotesdb round-20 training probes B (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
