"""Build probes_r22c_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout18 (see bench/heldout14/README.md), of bench/probes/r20a to r21h and of the
Conventions section of articles/attribution/README.md. Each quote is located by searching
its exact text after the previous quote's end.

    python3 bench/probes/r22c/make_gold.py   # writes probes_r22c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Milwaukee mayoral election night (AP style, straight "double quotes") --------------
OKAFOR = {"speaker": "Raymond Okafor", "role": "City Council President", "country": "US"}
KETTERING = {"speaker": "Douglas Kettering", "role": "Mayor", "country": "US"}
GILL = {"speaker": "Martin Gill", "role": "campaign manager", "country": "US"}
LISOWSKI = {"speaker": "Henry Lisowski", "role": "former Mayor", "country": "US"}
VANCE = {"speaker": "Teresa Vance", "role": "campaign manager", "country": "US"}
PROBST = {
    "speaker": "Nadine Probst",
    "role": "director",
    "country": "US",
    "org": "Lakeshore Polling Institute",
}
HARLAN = {"speaker": "Denise Harlan", "role": "retired bus driver", "country": "US"}
SZYMANSKI = {"speaker": "Walter Szymanski", "country": "US"}

MAYOR_Q = [
    p(
        "Milwaukee asked for a change tonight, and Milwaukee is going to get one,",
        OKAFOR,
        "direct",
        "told",
        "Okafor",
    ),
    p(
        "But I won't be the mayor of the people who voted for me. I'll be the mayor of everybody.",
        OKAFOR,
        "direct",
        "told",
        "Okafor",
    ),
    q(
        "With nearly all precincts reporting, Okafor led by about 6 percentage points",
        "Milwaukee Election Commission",
        "indirect",
        "according to",
        "the Milwaukee Election Commission",
        country="US",
    ),
    p("he had called Okafor to congratulate him", KETTERING, "indirect", "said", "He"),
    p("as smooth as I can make it.", KETTERING, "partial", "said", "He"),
    p(
        "I'm proud of what we built. The streetcar, the lead pipes, the new library — none of "
        "that goes away tonight,",
        KETTERING,
        "direct",
        "said",
        "he",
    ),
    p(
        "that we had nothing to do with and got blamed for anyway.",
        GILL,
        "partial",
        "said",
        "Kettering's campaign manager, Martin Gill",
    ),
    p(
        "Nobody ran a better race than Doug did. The math just wasn't there,",
        GILL,
        "direct",
        "said",
        "Gill",
    ),
    p(
        "needs a mayor who listens more than he talks.",
        LISOWSKI,
        "partial",
        "said",
        "Lisowski",
    ),
    p(
        "to freeze the city's share of the property tax levy for two years",
        OKAFOR,
        "indirect",
        "had promised",
        "Kettering's rival",
    ),
    p("stands, word for word.", OKAFOR, "partial", "said", "he"),
    p(
        "Henry Lisowski knocked on doors for me in the rain. When he told people I could be "
        "trusted, they believed him,",
        OKAFOR,
        "direct",
        "said",
        "he",
    ),
    p(
        "he would ask several of Kettering's department heads to stay on through the budget season",
        OKAFOR,
        "indirect",
        "said",
        "He",
    ),
    p(
        "Chief Ruiz and I have disagreed, and we'll disagree again. But I want him in that "
        "chair in January,",
        OKAFOR,
        "direct",
        "said",
        "he",
    ),
    p(
        "the campaign had knocked on more than 180,000 doors since January, most of them on "
        "the south side",
        VANCE,
        "indirect",
        "said",
        "Okafor's campaign manager, Teresa Vance",
    ),
    p(
        "People kept telling us the polls said we were losing. So we stopped reading the polls,",
        VANCE,
        "direct",
        "said",
        "she",
    ),
    p(
        "its sample had likely undercounted younger renters",
        PROBST,
        "indirect",
        "said",
        "The institute's director, Nadine Probst",
    ),
    p("We missed it, and we'll say so plainly,", PROBST, "direct", "said", "she"),
    p(
        "Mayor Kettering's people and Teresa's people both called us today, and I told them "
        "the same thing.",
        PROBST,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had voted for Kettering twice but could not do it a third time",
        HARLAN,
        "indirect",
        "said",
        "Denise Harlan, 58, a retired bus driver",
    ),
    p(
        "My taxes went up $900. He kept saying it was Madison's fault. Maybe it was, but he's "
        "the mayor,",
        HARLAN,
        "direct",
        "said",
        "she",
    ),
    p("he was sorry to see Kettering go", SZYMANSKI, "indirect", "said", "Walter Szymanski"),
    p(
        "Doug fixed my street. Okafor never came to this neighborhood once,",
        SZYMANSKI,
        "direct",
        "said",
        "he",
    ),
    p("he had no plans to run for office again", KETTERING, "indirect", "told", "Kettering"),
    p("Ask me in March.", KETTERING, "direct", "said", "he"),
]

# --- A Mexican state visit to Windsor (British broadsheet, 'single quotes') --------------
KING = {"speaker": "King Edmund", "role": "King"}
ARREDONDO = {"speaker": "Tomás Arredondo", "role": "President", "country": "MX"}
FERRER = {"speaker": "Lucía Ferrer", "role": "spokeswoman", "country": "MX"}
PRYCE = {"speaker": "Gareth Pryce", "role": "organiser", "org": "Free Press Vigil"}
MACKELLAR = {"speaker": "Iain Mackellar", "role": "First Minister"}

VISIT_Q = [
    p("a friend in fair weather and foul", KING, "partial", "told", "King Edmund"),
    p(
        "traded, quarrelled and made up for two hundred years",
        KING,
        "partial",
        "said",
        "the monarch",
    ),
    p(
        "We have not always agreed, and we should not pretend otherwise,",
        KING,
        "direct",
        "said",
        "the King",
    ),
    p(
        "But I have never known a quarrel between us that a good lunch could not mend.",
        KING,
        "direct",
        "said",
        "the King",
    ),
    p(
        "a partnership of equals, not of donors and recipients",
        ARREDONDO,
        "partial",
        "said",
        "He",
    ),
    p(
        "His Majesty has been more than generous with his time. My grandmother would not "
        "believe where I am sitting tonight,",
        ARREDONDO,
        "direct",
        "said",
        "the president",
    ),
    p(
        "the two governments would sign agreements on lithium processing and university "
        "exchanges on Thursday",
        FERRER,
        "indirect",
        "said",
        "The president's spokeswoman, Lucía Ferrer",
    ),
    p(
        "is on the table, but not on the menu tonight",
        FERRER,
        "partial",
        "said",
        "The president's spokeswoman, Lucía Ferrer",
    ),
    p(
        "We did not come to London to buy or to sell. We came to talk,",
        ARREDONDO,
        "direct",
        "added",
        "the president",
    ),
    q(
        "the Prime Minister, Claire Hallworth, would host Mr Arredondo for talks at Chequers on "
        "Wednesday",
        "Downing Street",
        "indirect",
        "said",
        "Downing Street",
        country="GB",
    ),
    q(
        "The Prime Minister sees Mexico as one of the great growth markets of this century,",
        None,
        "direct",
        "said",
        "a No 10 spokesman",
        country="GB",
        org="No 10",
    ),
    q(
        "She is looking forward to a frank conversation.",
        None,
        "direct",
        "said",
        "a No 10 spokesman",
        country="GB",
        org="No 10",
    ),
    p(
        "become a photo opportunity for a government that buries its critics",
        PRYCE,
        "partial",
        "said",
        "Their organiser, Gareth Pryce of the Free Press Vigil",
    ),
    p(
        "The King is a decent man and I don't blame him for doing his job,",
        PRYCE,
        "direct",
        "said",
        "Mr Pryce",
    ),
    p(
        "But someone has to read out the names of the dead while the band is playing.",
        PRYCE,
        "direct",
        "said",
        "Mr Pryce",
    ),
    p("nothing to hide", ARREDONDO, "partial", "said", "Mr Arredondo"),
    p(
        "had invited the organisers to meet Mexico's ambassador in London",
        ARREDONDO,
        "indirect",
        "said",
        "Mr Arredondo",
    ),
    p(
        "Mexico has a free press. It also has criminals who kill journalists, and we are "
        "hunting them,",
        ARREDONDO,
        "direct",
        "said",
        "he",
    ),
    p(
        "I would say the same to Mr Pryce if he came to the embassy.",
        ARREDONDO,
        "direct",
        "said",
        "he",
    ),
    q(
        "fully briefed",
        None,
        "partial",
        "said",
        "A Buckingham Palace spokesman",
        country="GB",
        org="Buckingham Palace",
    ),
    q(
        "the two heads of state had discussed press freedom in private before the banquet",
        None,
        "indirect",
        "said",
        "A Buckingham Palace spokesman",
        country="GB",
        org="Buckingham Palace",
    ),
    p(
        "I am told it will take eighty years to reach its full height,",
        KING,
        "direct",
        "added",
        "the monarch",
    ),
    p("I intend to see it.", KING, "direct", "added", "the monarch"),
    p(
        "he will raise whisky tariffs with his guest",
        MACKELLAR,
        "indirect",
        "said",
        "the First Minister, Iain Mackellar",
    ),
    q(
        "Whisky and tequila have more in common than our two governments sometimes admit,",
        None,
        "direct",
        "said",
        "Mr Mackellar's spokeswoman",
        country="GB",
    ),
]

# --- A Johannesburg corruption trial (Reuters style, straight "double quotes") ----------
KHUMALO = {"speaker": "Zanele Khumalo", "role": "Prosecutor", "country": "ZA"}
SITHOLE = {"speaker": "Thabo Sithole", "role": "lawyer", "country": "ZA"}
K_NTULI = {"speaker": "Kagiso Ntuli", "role": "former city manager", "country": "ZA"}
BOTHA = {"speaker": "Carla Botha", "role": "lawyer", "country": "ZA"}
N_NTULI = {"speaker": "Nomsa Ntuli", "role": "first state witness", "country": "ZA"}
S_NTULI = {"speaker": "Sizwe Ntuli", "country": "ZA"}
MOLOI = {"speaker": "Raymond Moloi", "role": "Judge", "country": "ZA"}

TRIAL_Q = [
    q(
        "bribes had been routed through a family trust",
        None,
        "indirect",
        "telling",
        "prosecutors",
        country="ZA",
    ),
    p(
        "Highveld Civils had paid 31 million rand into the Ntuli Family Trust over 18 months "
        "while the city was reviewing its bid, and that the accused's younger brother "
        "controlled the trust",
        KHUMALO,
        "indirect",
        "told",
        "Prosecutor Zanele Khumalo",
    ),
    p(
        "This was not a contract. It was a pipeline, and the money only ever flowed one way,",
        KHUMALO,
        "direct",
        "said",
        "Ms Khumalo",
    ),
    p(
        "the state would call 23 witnesses over six weeks, including two bank officials from "
        "Mauritius",
        KHUMALO,
        "indirect",
        "said",
        "She",
    ),
    p("never touched a cent", SITHOLE, "partial", "said", "Ntuli's lawyer, Thabo Sithole"),
    p(
        "the trust had been set up years before Highveld Civils bid for the contract",
        SITHOLE,
        "indirect",
        "said",
        "Ntuli's lawyer, Thabo Sithole",
    ),
    p(
        "Mr Ntuli's brother is a grown man who runs his own affairs,",
        SITHOLE,
        "direct",
        "said",
        "Mr Sithole",
    ),
    p(
        "My client cannot be convicted for his family's business decisions.",
        SITHOLE,
        "direct",
        "said",
        "Mr Sithole",
    ),
    p("looking forward to clearing my name.", K_NTULI, "partial", "told", "Mr Ntuli"),
    p(
        "every rule in the procurement manual",
        BOTHA,
        "partial",
        "told",
        "His lawyer, Carla Botha",
    ),
    p(
        "would testify in his own defence",
        BOTHA,
        "indirect",
        "told",
        "His lawyer, Carla Botha",
    ),
    p(
        "she had kept the trust's books from 2018 until she resigned in 2021",
        N_NTULI,
        "indirect",
        "told",
        "The first state witness, Nomsa Ntuli",
    ),
    p(
        "I asked Sizwe where the money came from. He said consulting fees, and that I should "
        "stop asking,",
        N_NTULI,
        "direct",
        "said",
        "Ms Ntuli",
    ),
    p(
        "she had never seen her brother-in-law sign a document for the trust",
        N_NTULI,
        "indirect",
        "said",
        "she",
    ),
    p(
        "Sizwe signed everything. Kagiso only ever signed birthday cards,",
        N_NTULI,
        "direct",
        "told",
        "she",
    ),
    p(
        "he would clear the gallery if there were further outbursts",
        MOLOI,
        "indirect",
        "warned",
        "Judge Raymond Moloi",
    ),
    p("tell the whole story when I am called.", S_NTULI, "partial", "said", "Sizwe Ntuli"),
    p(
        "This is a criminal trial. It is not a family argument, and I will not let it become one,",
        MOLOI,
        "direct",
        "said",
        "the judge",
    ),
    p(
        "she had kept the books badly and had been dismissed, not resigned",
        SITHOLE,
        "indirect",
        "put it to",
        "Mr Sithole",
    ),
    p("a lie, and Mr Sithole knows it is a lie.", N_NTULI, "partial", "told", "She"),
    q(
        "the case was one of 40 it was pursuing against former municipal officials in Gauteng "
        "province",
        "National Prosecuting Authority",
        "indirect",
        "said",
        "The National Prosecuting Authority",
        country="ZA",
    ),
    p(
        "the defence would ask the judge on Wednesday to exclude bank records obtained from "
        "Mauritius",
        SITHOLE,
        "indirect",
        "said",
        "His lawyer",
    ),
    p(
        "Highveld Civils had lost money on the contract",
        BOTHA,
        "indirect",
        "said",
        "his lawyer",
    ),
    p("the victim here, not the villain.", BOTHA, "partial", "said", "his lawyer"),
    p("I trust the court.", K_NTULI, "direct", "said", "The former city manager"),
]

DOCS = [
    ("probe-r22c-milwaukee-mayor-upset", "MILWAUKEE", MAYOR_Q),
    ("probe-r22c-mexican-state-visit-windsor", None, VISIT_Q),
    ("probe-r22c-johannesburg-graft-trial", "JOHANNESBURG", TRIAL_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Downing Street",
    "Milwaukee Election Commission",
    "National Prosecuting Authority",
)


def main():
    write_gold(
        HERE,
        "probes_r22c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r22c",
        source="quotesdb round-22 training probes C (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
