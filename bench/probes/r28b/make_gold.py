"""Build probes_r28b_gold.jsonl from the hand annotations below.

Training probe r28b, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r27i and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10). Each quote is located by searching its exact text after the
previous quote's end.

    python3 bench/probes/r28b/make_gold.py   # writes probes_r28b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- French farmers ring Paris over the Mercosur deal (Reuters: `PARIS, Feb 4 (Reuters) -`,
# straight double quotes, American punctuation, `told Reuters`) ------------------------------
FNSEA = "FNSEA"  # never spelt out: the acronym (decision 2)
YOUNG = "Young Farmers"
RURAL = "Rural Coordination"
CONF = "Confédération paysanne"
PREFECTURE = "Paris Police Prefecture"
FNSEA_BODY = {"speaker": FNSEA, "country": "FR"}
YOUNG_BODY = {"speaker": YOUNG, "country": "FR"}
CONF_BODY = {"speaker": CONF, "country": "FR"}
EC_BODY = {"speaker": "European Commission"}  # organisation EU (decision 1), no country
PREFECTURE_BODY = {"speaker": PREFECTURE, "country": "FR"}
VASSEUR = {"speaker": "Arnaud Vasseur", "role": "president", "country": "FR", "org": FNSEA}
# `The group has 50,000 members. Its secretary general, X,`: the body of the sentence before
CORDONNIER = {
    "speaker": "Léa Cordonnier",
    "role": "secretary general",
    "country": "FR",
    "org": YOUNG,
}
# `X, who speaks for the union in the Paris region`: the union (the one just named), no role
LOISEL = {"speaker": "Bertrand Loisel", "country": "FR", "org": RURAL}
GUERIN = {"speaker": "Maëlle Guérin", "role": "spokeswoman", "country": "FR", "org": CONF}
DARRICAU = {"speaker": "Hélène Darricau", "role": "Agriculture Minister", "country": "FR"}
LINDQVIST = {"speaker": "Jonas Lindqvist", "role": "spokesperson", "org": "EU"}
# a farmer with no body: none
MARCHAND = {"speaker": "Sylvie Marchand", "country": "FR"}
# an expert whose affiliation is not given: none
FERRAND = {"speaker": "Paul Ferrand", "role": "economist", "country": "FR"}
# `an employee of the market's operator, Semmaris,`: the employer named in apposition
BENALI = {"speaker": "Karim Benali", "role": "employee", "country": "FR", "org": "Semmaris"}
MENDES = {"speaker": "Otávio Mendes", "role": "agriculture minister", "country": "BR"}

PARIS_Q = [
    p(
        "about 1,200 tractors had taken part",
        FNSEA_BODY,
        "indirect",
        "said",
        "The FNSEA, France's largest farm union",
    ),
    p(
        "for as long as it takes.",
        FNSEA_BODY,
        "partial",
        "said",
        "The FNSEA, France's largest farm union",
    ),
    p(
        "signed away French farming in a Brussels back room.",
        VASSEUR,
        "partial",
        "told",
        "Its president, Arnaud Vasseur",
    ),
    p(
        "it had called out members from 40 departments",
        YOUNG_BODY,
        "indirect",
        "said",
        "Young Farmers, the FNSEA's partner for farmers under 35",
    ),
    p(
        "younger farmers carried the heaviest debts and would be the first to go under if beef "
        "prices fell",
        CORDONNIER,
        "indirect",
        "said",
        "Its secretary general, Léa Cordonnier",
    ),
    p(
        "We are not here to negotiate a few euros of aid. We are here to stop this treaty,",
        LOISEL,
        "direct",
        "said",
        "Bertrand Loisel, who speaks for the union in the Paris region",
    ),
    p(
        "the problem went beyond Mercosur",
        CONF_BODY,
        "indirect",
        "said",
        "The Confédération paysanne, a smaller left-leaning farmers' union",
    ),
    p(
        "a race to the bottom for forty years",
        GUERIN,
        "partial",
        "said",
        "Its spokeswoman, Maëlle Guérin",
    ),
    p(
        "the union wanted guaranteed minimum prices written into law",
        GUERIN,
        "indirect",
        "said",
        "Its spokeswoman, Maëlle Guérin",
    ),
    p(
        "France would not sign the agreement in its current form and that the government would "
        "press for safeguard clauses on beef and poultry",
        DARRICAU,
        "indirect",
        "said",
        "She",
    ),
    p("robust protections", EC_BODY, "partial", "said", "The European Commission"),
    p(
        "imports of beef would be capped at 99,000 tonnes a year, less than 2% of EU consumption",
        LINDQVIST,
        "indirect",
        "said",
        "A Commission spokesperson, Jonas Lindqvist",
    ),
    p(
        "she had driven four hours to reach the blockade at Wissous",
        MARCHAND,
        "indirect",
        "said",
        "Sylvie Marchand, who raises Charolais cattle near Nevers",
    ),
    p(
        "My grandfather fought for this land. I am not giving it up for a trade deal,",
        MARCHAND,
        "direct",
        "said",
        "she",
    ),
    p(
        "French beef producers were already losing money on most animals they sold",
        FERRAND,
        "indirect",
        "said",
        "Paul Ferrand, an economist who has studied farm incomes for two decades",
    ),
    p(
        "the quota was small but that the fear of what came next was real",
        FERRAND,
        "indirect",
        "said",
        "He",
    ),
    q(
        "the group had pledged last year to buy only French beef for its own-brand products and "
        "would keep that pledge",
        None,
        "indirect",
        "said",
        "A spokesman for Intermarché, one of France's biggest grocery chains",
        country="FR",
        org="Intermarché",
    ),
    q(
        "the chain already bought 95% of its fresh beef from French farms",
        None,
        "indirect",
        "said",
        "Carrefour's spokesperson",
        country="FR",
        org="Carrefour",
    ),
    q(
        "deliveries had been delayed by up to five hours",
        None,
        "indirect",
        "said",
        "Workers at the Rungis wholesale market",
        country="FR",
    ),
    p(
        "dozens of lorries had been turned back at the blockade",
        BENALI,
        "indirect",
        "said",
        "Karim Benali, an employee of the market's operator, Semmaris",
    ),
    p("The fish was fine. The flowers were not,", BENALI, "direct", "said", "he"),
    p(
        "14 people had been arrested, most for damaging toll booths on the A6",
        PREFECTURE_BODY,
        "indirect",
        "said",
        "The Paris police prefecture",
    ),
    # ministers of several countries of a bloc: the bloc, no country
    q(
        "the deal was fair and balanced",
        None,
        "indirect",
        "said",
        "Mercosur's trade ministers",
        org="Mercosur",
    ),
    p(
        "being lied to by their own leaders.",
        MENDES,
        "partial",
        "told",
        "Brazil's agriculture minister, Otávio Mendes",
    ),
    p(
        "the unions would meet again on Wednesday morning to decide whether to move the tractors "
        "into the city itself",
        VASSEUR,
        "indirect",
        "said",
        "Vasseur",
    ),
    p("The president knows where to find us,", VASSEUR, "direct", "said", "he"),
]

# --- Two homelessness charities merge (British charity trade press: no dateline, curly single
# quotes, `£38m`, no honorifics; every speaker GB as undated British copy) -------------------
OPEN = "Open Door"
SECOND = "Second Chance"
COMMISSION = "Charity Commission"
NCVO = "National Council for Voluntary Organisations"
UNITE = "Unite"
PEMBERTON = "Pemberton Trust"
COMMON = "Common Cause"
KIND = "Kind Streets"
OKAFOR = {"speaker": "Rachel Okafor", "role": "chief executive", "country": "GB", "org": OPEN}
# `Second Chance has 42 charity shops … Its chair, X,`: the body of the sentence before
ASHBY = {"speaker": "Malcolm Ashby", "role": "chair", "country": "GB", "org": SECOND}
# `head of policy at the NCVO` after `The National … (NCVO)`: the full name (decision 2)
DESAI = {"speaker": "Priya Desai", "role": "head of policy", "country": "GB", "org": NCVO}
# `X, who works at a Second Chance hostel`: the charity, no role
HOLLOWAY = {"speaker": "Dean Holloway", "country": "GB", "org": SECOND}
KETTERING = {"speaker": "Sam Kettering", "role": "regional officer", "country": "GB", "org": UNITE}
# `X, its director of grants,` after the trust spoke: the trust (`the foundation` later)
VOWLES = {
    "speaker": "Anita Vowles",
    "role": "director of grants",
    "country": "GB",
    "org": PEMBERTON,
}
REYES = {"speaker": "Tom Reyes", "role": "founder", "country": "GB", "org": COMMON}
# `X, who runs the kitchen with her sister`: the soup kitchen named just before, no role
LYLE = {"speaker": "Bernadette Lyle", "country": "GB", "org": KIND}
# a hostel resident: none
MILLS = {"speaker": "Gary Mills", "country": "GB"}
# `a charity lawyer with no involvement in the deal`: no body
WHITCOMBE = {"speaker": "Jane Whitcombe", "role": "charity lawyer", "country": "GB"}


def body(name):
    return {"speaker": name, "country": "GB"}


CHARITY_Q = [
    p(
        "not a rescue but a decision to stop competing for the same funders",
        OKAFOR,
        "partial",
        "said",
        "Okafor",
    ),
    p(
        "no hostel would close as a result and that front-line jobs were safe for at least two "
        "years",
        OKAFOR,
        "indirect",
        "said",
        "She",
    ),
    p(
        "every alternative, including going it alone",
        ASHBY,
        "partial",
        "said",
        "Its chair, Malcolm Ashby",
    ),
    p("We had reserves for four months. That is not a strategy,", ASHBY, "direct", "said", "he"),
    p(
        "it had been told of the merger and would not need to approve it, as neither charity held "
        "permanent endowment",
        body(COMMISSION),
        "indirect",
        "said",
        "The Charity Commission",
    ),
    q(
        "throughout",
        None,
        "partial",
        "said",
        "A Commission spokeswoman",
        country="GB",
        org=COMMISSION,
    ),
    p(
        "mergers between mid-sized charities had doubled in three years",
        body(NCVO),
        "indirect",
        "said",
        "The National Council for Voluntary Organisations (NCVO)",
    ),
    p(
        "rising wages and flat grants were pushing trustees to act before they ran out of cash",
        DESAI,
        "indirect",
        "said",
        "Priya Desai, head of policy at the NCVO",
    ),
    p(
        "colleagues had heard about the merger from a local newspaper before their managers told "
        "them",
        HOLLOWAY,
        "indirect",
        "said",
        "Dean Holloway, who works at a Second Chance hostel in Leeds",
    ),
    p("Nobody has said what happens to the night shifts,", HOLLOWAY, "direct", "said", "he"),
    p(
        "it would seek talks on pay",
        body(UNITE),
        "indirect",
        "said",
        "Unite, which represents about 300 of the charities’ staff",
    ),
    p(
        "workers at Open Door were paid up to £2,000 a year more than colleagues at Second Chance "
        "for the same job and that any gap should be closed upwards",
        KETTERING,
        "indirect",
        "said",
        "Its regional officer, Sam Kettering",
    ),
    p(
        "it would honour existing grants to the new charity",
        body(PEMBERTON),
        "indirect",
        "said",
        "The Pemberton Trust, which has funded both charities since the 1990s",
    ),
    p(
        "by the number of people who sleep indoors, not by the logo",
        VOWLES,
        "partial",
        "said",
        "Anita Vowles, its director of grants",
    ),
    p(
        "a handful of giants and nobody left to challenge them",
        body(COMMON),
        "partial",
        "said",
        "Common Cause, a coalition of small homelessness groups",
    ),
    p(
        "small charities often reached people larger ones could not",
        REYES,
        "indirect",
        "said",
        "Tom Reyes, a founder of the coalition",
    ),
    p(
        "it relied on referrals from both charities",
        body(KIND),
        "indirect",
        "said",
        "Kind Streets, a volunteer-run soup kitchen in Hackney",
    ),
    p(
        "If the referrals stop, so do we,",
        LYLE,
        "direct",
        "said",
        "Bernadette Lyle, who runs the kitchen with her sister",
    ),
    p(
        "as long as the door stays open",
        MILLS,
        "partial",
        "said",
        "Gary Mills, 54, who has lived at an Open Door hostel in Sheffield since October",
    ),
    q(
        "written into the new charity’s objects",
        None,
        "partial",
        "said",
        "A spokesperson for Open Door",
        country="GB",
        org=OPEN,
    ),
    p(
        "such mergers usually took six to nine months to complete",
        WHITCOMBE,
        "indirect",
        "said",
        "Jane Whitcombe, a charity lawyer with no involvement in the deal",
    ),
    p("merging two cultures, not two balance sheets", WHITCOMBE, "partial", "said", "She"),
    p(
        "she would spend her first month visiting every hostel",
        OKAFOR,
        "indirect",
        "said",
        "Okafor",
    ),
]

# --- Carmakers and e-van startups fight over a delivery-van mandate (The Canadian Press:
# `OTTAWA —`, straight double quotes, `Brampton, Ont.`, `MP for …`) --------------------------
CVDC = "Canadian Vehicle Dealers Council"
ZEFC = "Zero Emission Fleets Canada"
CLEAN = "Clean Air Now"
TC = "Transport Canada"
# `Its president, X` after `The … Council (CVDC), which …, told`: the full name (decision 2)
RAYMER = {"speaker": "Gordon Raymer", "role": "president", "country": "CA", "org": CVDC}
DION = {
    "speaker": "Marie-Claude Dion",
    "role": "vice-president of government affairs",
    "country": "CA",
    "org": "Ford of Canada",
}
# `Lumio GM for Canada X`: the parent's title; `for Canada` a remit (decision 9)
BECKER = {"speaker": "Tom Becker", "role": "GM", "country": "CA", "org": "Lumio"}
# the subsidiary named, not its parent
HADDAD = {
    "speaker": "Nadia Haddad",
    "role": "head of sales",
    "country": "CA",
    "org": "Lumio Canada",
}
SANDELL = {"speaker": "Erik Sandell", "role": "chief executive", "country": "SE", "org": "Lumio"}
# `Speaking for the group, X said`: the group named in the sentence before, no role
MOREAU = {"speaker": "Priscilla Moreau", "country": "CA", "org": ZEFC}
PARADIS = {"speaker": "Julien Paradis", "role": "spokesperson", "country": "CA", "org": "Equiterre"}
# a small business owner, his business unnamed: none
SANDHU = {"speaker": "Ravi Sandhu", "country": "CA"}
# `a partner at the law firm Y who advises A and B`: the employer, not its clients
LACHANCE = {"speaker": "Sophie Lachance", "role": "partner", "country": "CA", "org": "Bélanger Roy"}
KHALIL = {"speaker": "Amira Khalil", "role": "spokesperson", "country": "CA", "org": TC}
# a party word before the title: no organisation (as the golds' `Conservative finance critic`)
HRYCAK = {"speaker": "Dale Hrycak", "role": "transport critic", "country": "CA"}
TREMBLAY = {"speaker": "Helen Tremblay", "role": "energy economist", "country": "CA"}


def ca_body(name):
    return {"speaker": name, "country": "CA"}


OTTAWA_Q = [
    p(
        "a decade too early",
        ca_body(CVDC),
        "partial",
        "told",
        "The Canadian Vehicle Dealers Council (CVDC), which represents about 2,900 franchised "
        "dealers",
    ),
    p(
        "dealers in Saskatchewan and Manitoba could not sell vans that customers had nowhere to "
        "charge",
        RAYMER,
        "indirect",
        "said",
        "Its president, Gordon Raymer",
    ),
    p(
        "the company supported electrification but that a fixed date ignored the state of the "
        "charging network",
        DION,
        "indirect",
        "said",
        "Marie-Claude Dion, vice-president of government affairs at Ford of Canada",
    ),
    p(
        "the only reason anyone is building chargers at all.",
        BECKER,
        "partial",
        "said",
        "Lumio GM for Canada Tom Becker",
    ),
    p(
        "Every time Ottawa blinks, the charging companies put their plans back in the drawer,",
        BECKER,
        "direct",
        "said",
        "Becker",
    ),
    p(
        "the company had orders for 1,400 vans from courier firms and that its Mississauga plant "
        "would add a second shift in the spring",
        HADDAD,
        "indirect",
        "said",
        "Nadia Haddad, head of sales at Lumio Canada",
    ),
    p("below plan", SANDELL, "partial", "told", "Erik Sandell, Lumio's Swedish chief executive"),
    p(
        "the group was reviewing its spending in the region",
        SANDELL,
        "indirect",
        "told",
        "Erik Sandell, Lumio's Swedish chief executive",
    ),
    p(
        "protecting service revenue, not rural customers.",
        MOREAU,
        "partial",
        "said",
        "Priscilla Moreau",
    ),
    p("Electric vans needed far less maintenance", MOREAU, "indirect", "said", "she"),
    p("dealers earned much of their money from repairs", MOREAU, "indirect", "said", "she"),
    p("Our members sell whatever their customers will buy,", RAYMER, "direct", "said", "he"),
    p(
        "delivery vans produced about a tenth of the country's urban transport emissions",
        ca_body(CLEAN),
        "indirect",
        "said",
        "Clean Air Now, a Toronto-based advocacy group",
    ),
    p(
        "the mandate should come with money for chargers in small towns",
        PARADIS,
        "indirect",
        "said",
        "Equiterre's spokesperson in Montreal, Julien Paradis",
    ),
    q(
        "the company expected half its fleet to be electric by 2029",
        None,
        "indirect",
        "said",
        "A spokesperson for Purolator",
        country="CA",
        org="Purolator",
    ),
    p(
        "he could not afford to replace working diesel vans",
        SANDHU,
        "indirect",
        "said",
        "Ravi Sandhu, who owns a nine-van delivery business in Brampton, Ont.",
    ),
    p(
        "I am not against electric. I am against being told to throw away vans that run,",
        SANDHU,
        "direct",
        "said",
        "he",
    ),
    p(
        "fines of up to $5,000 a van were unusually steep",
        LACHANCE,
        "indirect",
        "said",
        "Sophie Lachance, a partner at the law firm Bélanger Roy who advises FedEx Canada and "
        "Purolator on fleet rules",
    ),
    # an unnamed employee of an unnamed dealership: no body (the brand is not the employer)
    q(
        "the dealership had sold two electric vans in a year",
        None,
        "indirect",
        "said",
        "An employee of a Ford dealership in Regina, who asked not to be named because he was "
        "not authorized to speak",
        country="CA",
    ),
    p(
        "the government was consulting and that no final decision had been taken on the 2030 date",
        ca_body(TC),
        "indirect",
        "said",
        "Transport Canada",
    ),
    p(
        "Transport Minister Colin Abernethy would meet both camps next week",
        KHALIL,
        "indirect",
        "said",
        "Its spokesperson, Amira Khalil",
    ),
    p(
        "punish rural Canada for Toronto's traffic.",
        HRYCAK,
        "partial",
        "said",
        "Conservative transport critic Dale Hrycak, MP for Yorkton–Melville",
    ),
    p(
        "the cost gap between diesel and electric vans had fallen by a third since 2022",
        TREMBLAY,
        "indirect",
        "told",
        "Helen Tremblay, an energy economist",
    ),
    p("charging, not price, was now the main obstacle", TREMBLAY, "indirect", "said", "She"),
]

DOCS = [
    ("probe-r28b-paris-tractor-siege", "PARIS", PARIS_Q),
    ("probe-r28b-charity-merger", None, CHARITY_Q),
    ("probe-r28b-ottawa-van-mandate", "OTTAWA", OTTAWA_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    FNSEA,
    YOUNG,
    CONF,
    "European Commission",
    PREFECTURE,
    COMMISSION,
    NCVO,
    UNITE,
    PEMBERTON,
    COMMON,
    KIND,
    CVDC,
    CLEAN,
    TC,
)


def main():
    write_gold(
        HERE,
        "probes_r28b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r28b",
        source="quotesdb round-28 training probe B (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
