"""Build probes_r28n_gold.jsonl from the hand annotations below.

Training probe r28n, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r28g and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-11). Theme: the country of each speaker when several countries meet
in one story. A speaker's country is the one the story gives them: a demonym title, a
country's possessive (`Brazil's ambassador`), the employer's country (`Rheinkraft chief
executive X` after `Rheinkraft, a Dusseldorf-based maker`), the office's jurisdiction
(`Bavaria's economy minister`, `The governor of Kerala`), a body's city (`the Oslo-based
fund`), a national body (`Japan's Trade Ministry`); never the dateline or the venue when the
speaker is from elsewhere; null for a UN official, a Commission official, two companies of
two countries speaking together, and an unnamed delegate or executive the story does not
place. Each quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r28n/make_gold.py   # writes probes_r28n_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Japanese-German merger of port crane units (Nikkei Asia style: `TOKYO --`, a deck
# and a `NAME, Nikkei staff writer` byline, `Hoshino President X`, yen with dollars) -------
HOSHINO = "Hoshino Heavy Industries"
BRENNER = "Brenner Hafentechnik"
DAEHAN = "Daehan Port Machinery"
METI = "Trade Ministry"
MORIOKA = {"speaker": "Takeshi Morioka", "role": "President", "country": "JP", "org": HOSHINO}
# the employer's country: `Germany's Brenner Hafentechnik`, `The Bremen-based company`
VOLLMER = {
    "speaker": "Katrin Vollmer",
    "role": "chief executive",
    "country": "DE",
    "org": BRENNER,
}
ALBRECHT = {"speaker": "Jonas Albrecht", "role": "economy senator", "country": "DE"}
KUEHN = {"speaker": "Thomas Kuehn", "role": "official", "country": "DE", "org": "IG Metall"}
SATO = {"speaker": "Yuki Sato", "role": "analyst", "country": "JP", "org": "Marunouchi Capital"}
# `who covers industrial stocks for the Frankfurt brokerage X`: no title, the body taken
BECKER = {"speaker": "Hanna Becker", "country": "DE", "org": "Metzler Brandt"}

CRANES_Q = [
    # two companies of two countries speaking together: no speaker, no country
    q(
        "Hoshino Heavy Industries and Germany's Brenner Hafentechnik will combine their port "
        "crane businesses in a joint venture worth about 180 billion yen ($1.2 billion)",
        None,
        "indirect",
        "said",
        "the two companies",
    ),
    p(
        "Neither of us can fight this alone,",
        MORIOKA,
        "direct",
        "told",
        "Hoshino President Takeshi Morioka",
    ),
    p(
        "Together we have the order book, the engineering and the service network to stay in "
        "this business for another 50 years.",
        MORIOKA,
        "direct",
        "told",
        "Hoshino President Takeshi Morioka",
    ),
    p(
        "the venture would keep both companies' factories, in Hiroshima and in Bremerhaven",
        MORIOKA,
        "indirect",
        "said",
        "Morioka",
    ),
    p("no plans at present", MORIOKA, "partial", "said", "Morioka"),
    p(
        "a marriage of equals, even if the shares say 51 to 49.",
        VOLLMER,
        "partial",
        "called",
        "Brenner chief executive Katrin Vollmer",
    ),
    p(
        "Brenner would use its share of the proceeds to expand its terminal software business",
        VOLLMER,
        "indirect",
        "said",
        "Vollmer",
    ),
    p("the part of this industry where Europe still leads.", VOLLMER, "partial", "said", "she"),
    q(
        "it would review the venture under the foreign exchange law, because port cranes are "
        "classed as critical infrastructure",
        METI,
        "indirect",
        "said",
        "Japan's Trade Ministry",
        country="JP",
    ),
    # a Bonn office of a German body; the story is datelined Tokyo
    q(
        "the authority had not yet received a filing",
        None,
        "indirect",
        "said",
        "a spokesperson for Germany's Federal Cartel Office",
        role="spokesperson",
        country="DE",
        org="Federal Cartel Office",
    ),
    p(
        "every crane sold in Europe will still be designed in Bremerhaven.",
        ALBRECHT,
        "partial",
        "said",
        "Bremen's economy senator, Jonas Albrecht",
    ),
    p(
        "by what happens in five years, not by what is promised today.",
        KUEHN,
        "partial",
        "said",
        "Thomas Kuehn, an IG Metall official in Bremerhaven",
    ),
    p(
        "the venture's biggest test would be winning back terminal operators in Southeast "
        "Asia, where Chinese makers undercut on price by as much as 30%",
        SATO,
        "indirect",
        "said",
        "Yuki Sato, an analyst at Marunouchi Capital in Tokyo",
    ),
    p(
        "Brenner gets out of a business it could no longer afford, and it gets paid for it. "
        "That is the best outcome its shareholders could have hoped for,",
        BECKER,
        "direct",
        "said",
        "she",
    ),
    q(
        "those talks had ended in January",
        DAEHAN,
        "indirect",
        "said",
        "South Korea's Daehan Port Machinery, which held talks with the German company last year",
        country="KR",
    ),
    # `declined to say whether …`: a non-answer, none
    p(
        "We were not the only suitor, and we were not the highest bidder,",
        VOLLMER,
        "direct",
        "said",
        "she",
    ),
    p("We chose the partner that builds things.", VOLLMER, "direct", "said", "she"),
]

# --- Kenya and Ethiopia at UN water talks in Geneva (a Kenyan daily's foreign report: no
# dateline, `By NAME in Geneva`, British spelling and punctuation outside the marks,
# `Cabinet Secretary`, `per cent`) -------------------------------------------------------------
EEP = "Ethiopian Electric Power"
FOLT = "Friends of Lake Turkana"
NORDVIK = "Nordvik Climate Fund"
WEKESA = {"speaker": "Amina Wekesa", "role": "Water Cabinet Secretary", "country": "KE"}
TESFAYE = {
    "speaker": "Tesfaye Gebremariam",
    "role": "State Minister for Water and Energy",
    "country": "ET",
}
# `The governor of Turkana County`: the jurisdiction dropped from the role, its country kept
LOKWANG = {"speaker": "Peter Lokwang", "role": "governor", "country": "KE"}
NAKUWA = {"speaker": "Ekai Nakuwa", "country": "KE"}
# a UN official: no country, whatever the venue
KELLER = {"speaker": "Sonja Keller", "role": "spokeswoman", "org": "UN"}
FAVRE = {"speaker": "Marc Favre", "role": "ambassador", "country": "CH"}
MANSOUR = {"speaker": "Hany Mansour", "role": "delegate", "country": "EG"}
BRUNNER = {"speaker": "Lukas Brunner", "role": "hydrologist", "country": "CH", "org": "ETH Zurich"}

OMO_Q = [
    # a country acting as a government speaks as itself (no organisation)
    q("to the edge of collapse", "Kenya", "partial", "told", "Kenya", country="KE"),
    p(
        "the lake's level had fallen by 1.5 metres since 2015, forcing fishermen to travel up "
        "to 40 kilometres for a catch",
        WEKESA,
        "indirect",
        "told",
        "Water Cabinet Secretary Amina Wekesa, who led Kenya's delegation",
    ),
    p(
        "Our people did not build these dams, but they are paying for them,",
        WEKESA,
        "direct",
        "said",
        "Wekesa",
    ),
    p(
        "We are not asking Ethiopia to stop developing. We are asking it to share.",
        WEKESA,
        "direct",
        "said",
        "Wekesa",
    ),
    p(
        "regulates the river, it does not consume it",
        TESFAYE,
        "partial",
        "saying",
        "Ethiopia's State Minister for Water and Energy, Tesfaye Gebremariam",
    ),
    p(
        "the lake's decline was driven by drought and evaporation",
        TESFAYE,
        "indirect",
        "saying",
        "Ethiopia's State Minister for Water and Energy, Tesfaye Gebremariam",
    ),
    p(
        "Kenya has been invited to inspect Gibe III at any time. The invitation stands,",
        TESFAYE,
        "direct",
        "told",
        "Tesfaye",
    ),
    q(
        "more water in the dry season than the river carried before it was built",
        EEP,
        "partial",
        "said",
        "Ethiopian Electric Power, the state utility that runs the dam",
        country="ET",
    ),
    p(
        "at least 300,000 people depended on the lake for food and income",
        LOKWANG,
        "indirect",
        "said",
        "The governor of Turkana County, Peter Lokwang, who travelled to Geneva with a group of "
        "fishermen",
    ),
    p(
        "Some mornings the shore is a kilometre further away than it was the night before,",
        NAKUWA,
        "direct",
        "said",
        "Ekai Nakuwa, a fisherman from Kalokol, a town in Turkana County",
    ),
    p(
        "My father's nets are still hanging on poles in the dry land.",
        NAKUWA,
        "direct",
        "said",
        "Ekai Nakuwa, a fisherman from Kalokol, a town in Turkana County",
    ),
    p(
        "the convention had no power to rule on the dispute",
        KELLER,
        "indirect",
        "said",
        "Sonja Keller, a UN spokeswoman",
    ),
    p("a neutral table", KELLER, "partial", "said", "Sonja Keller, a UN spokeswoman"),
    p(
        "both sides had agreed to meet again in Nairobi in March",
        FAVRE,
        "indirect",
        "said",
        "Switzerland's ambassador for water diplomacy, Marc Favre",
    ),
    p(
        "What is happening on the Omo is a warning for every downstream country,",
        MANSOUR,
        "direct",
        "said",
        "he",
    ),
    # an unnamed delegate the story does not place: no country
    q(
        "tense but polite",
        None,
        "partial",
        "said",
        "One delegate, who asked not to be named because the sessions were closed to the press",
    ),
    q(
        "a first step, and a late one",
        FOLT,
        "partial",
        "said",
        "the Nairobi-based campaign group Friends of Lake Turkana",
        country="KE",
    ),
    q(
        "it would pay for an independent study of the lake's water balance if both governments "
        "agreed",
        NORDVIK,
        "indirect",
        "said",
        "The Oslo-based Nordvik Climate Fund, which part-finances a wind farm on the lake's "
        "eastern shore",
        country="NO",
    ),
    p(
        "satellite data showed the lake's surface had shrunk by about 8 per cent since the "
        "dam's reservoir began filling, although rainfall had also been below average in four "
        "of those years",
        BRUNNER,
        "indirect",
        "said",
        "Lukas Brunner, a hydrologist at ETH Zurich who has studied the basin for a decade",
    ),
    p(
        "You cannot blame everything on the dam, and you cannot blame nothing on it,",
        BRUNNER,
        "direct",
        "said",
        "he",
    ),
    p("Every door is open.", WEKESA, "direct", "said", "Wekesa"),
]

# --- A hydrogen summit in Rotterdam with delegates of many countries (Bloomberg style: no
# dateline, `(Bloomberg) --`, Title Case headline, a `Read more:` line, `--With assistance
# from`) --------------------------------------------------------------------------------------
RHEINKRAFT = "Rheinkraft Elektrolyse"
ZIELINSKA = {"speaker": "Marta Zielinska", "role": "Deputy Climate Minister", "country": "PL"}
PINTO = {"speaker": "Ricardo Alves Pinto", "role": "ambassador", "country": "BR"}
MENON = {"speaker": "Anil Menon", "role": "governor", "country": "IN"}
HUBER = {"speaker": "Stefan Huber", "role": "economy minister", "country": "DE"}
KRAMER = {
    "speaker": "Boudewijn Kramer",
    "role": "chief executive",
    "country": "NL",
    "org": "Port of Rotterdam",
}
STRAUB = {"speaker": "Volker Straub", "role": "chief executive", "country": "DE", "org": RHEINKRAFT}
ARNAUD = {"speaker": "Camille Arnaud", "role": "co-founder", "country": "FR", "org": "Hydrolis"}
ODA = {"speaker": "Takumi Oda", "role": "director", "country": "JP", "org": "trade ministry"}
VAN_LEEUWEN = {"speaker": "Sophie van Leeuwen", "role": "Climate Minister", "country": "NL"}

HYDROGEN_Q = [
    # figures with no body named: speaker null, no country (a summit of many countries)
    q(
        "Of the roughly 400 projects announced across Europe since 2020, fewer than one in 10 "
        "has reached a final investment decision",
        None,
        "indirect",
        "according to",
        "figures presented at the World Hydrogen Summit",
    ),
    p(
        "Poland would hold its first auction for hydrogen supply contracts in the autumn, with "
        "2 billion zloty ($500 million) set aside to cover the gap between the cost of green "
        "hydrogen and that of gas",
        ZIELINSKA,
        "indirect",
        "said",
        "Polish Deputy Climate Minister Marta Zielinska",
    ),
    p(
        "We have the money for the subsidy. What we don't have is a steel mill that will sign "
        "a 15-year contract,",
        ZIELINSKA,
        "direct",
        "said",
        "she",
    ),
    p(
        "Ceara has the wind, the sun and a port that is already shipping to Rotterdam,",
        PINTO,
        "direct",
        "said",
        "he",
    ),
    q(
        "it had approved environmental permits for three export projects in the Magallanes "
        "region this year",
        "Energy Ministry",
        "indirect",
        "said",
        "Chile's Energy Ministry",
        country="CL",
    ),
    p(
        "the state had signed preliminary agreements with two Dutch buyers for green ammonia "
        "from a plant planned near Kochi",
        MENON,
        "indirect",
        "said",
        "The governor of Kerala, Anil Menon, who led a delegation of state officials and companies",
    ),
    p(
        "before 2032, not after.",
        HUBER,
        "partial",
        "said",
        "Bavaria's economy minister, Stefan Huber",
    ),
    p(
        "Our companies will not wait for us forever. They will go where the molecules are,",
        HUBER,
        "direct",
        "said",
        "Huber",
    ),
    p(
        "the port had reserved land for five import terminals",
        KRAMER,
        "indirect",
        "said",
        "Port of Rotterdam chief executive Boudewijn Kramer",
    ),
    p(
        "only two operators had so far committed to building one",
        KRAMER,
        "indirect",
        "said",
        "Port of Rotterdam chief executive Boudewijn Kramer",
    ),
    p("Space is not the problem. Certainty is,", KRAMER, "direct", "said", "Kramer"),
    p(
        "new orders had fallen by half this year",
        STRAUB,
        "indirect",
        "said",
        "Rheinkraft chief executive Volker Straub",
    ),
    p(
        "waiting for someone else to go first.",
        STRAUB,
        "partial",
        "said",
        "Rheinkraft chief executive Volker Straub",
    ),
    p(
        "it had moved most of its sales effort to Asia",
        ARNAUD,
        "indirect",
        "said",
        "Camille Arnaud, co-founder of Hydrolis, a Lyon-based startup that makes hydrogen "
        "storage tanks",
    ),
    p(
        "Japan and Korea are signing contracts. Europe is signing memorandums,",
        ARNAUD,
        "direct",
        "said",
        "she",
    ),
    p("within months.", ODA, "partial", "told", "Takumi Oda, a director at the ministry"),
    # a Commission official: the EU, no country
    q(
        "the bank's third auction would open in December with a budget of about 1 billion euros",
        None,
        "indirect",
        "said",
        "An official from the European Commission",
        role="official",
        org="EU",
    ),
    # an unnamed executive of an unnamed `European utility`: no country, no body
    q(
        "buyers were waiting for prices to fall below 4 euros a kilogram before committing",
        None,
        "indirect",
        "said",
        "One executive at a European utility, who asked not to be identified because contract "
        "talks were private",
        role="executive",
    ),
    p(
        "the Netherlands would decide by the summer whether to require industrial users to buy "
        "a share of their hydrogen from renewable sources",
        VAN_LEEUWEN,
        "indirect",
        "said",
        "Dutch Climate Minister Sophie van Leeuwen",
    ),
    p("If nobody moves first, then government has to,", VAN_LEEUWEN, "direct", "said", "she"),
]

DOCS = [
    ("probe-r28n-hoshino-brenner-cranes", "Tokyo", CRANES_Q),
    ("probe-r28n-omo-turkana-geneva", None, OMO_Q),
    ("probe-r28n-rotterdam-hydrogen-summit", None, HYDROGEN_Q),
]

# organisation speakers: their own organisation (round-23 decision 4); a country acting as
# a government (`Kenya told`) has none
SPEAKING_BODIES = (DAEHAN, METI, EEP, FOLT, NORDVIK, "Energy Ministry")


def main():
    write_gold(
        HERE,
        "probes_r28n_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r28n",
        source="quotesdb round-28 training probe N (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
