"""Build probes_r28c_gold.jsonl from the hand annotations below.

Training probe r28c, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r27i and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10). Theme: the country of each speaker in undated copy (the marks
of the story, never a dateline) and a nationality or a team written only in the lead. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r28c/make_gold.py   # writes probes_r28c_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- An undated county story (a Nebraska weekly's style: no dateline, a byline and
# `Courier staff writer`, straight double quotes, AP state abbreviations `Neb.`, `state
# Sen.` written `State Sen.` at a sentence start). US from the marks: the county board, the
# sheriff, `Neb.`, `State Sen.`, `the Legislature`; a Winnipeg firm's consultant and
# Mexico's deputy consul keep their own countries -------------------------------------------
BOARD = "Hollis County Board of Commissioners"
VOSS = {"speaker": "Gary Voss", "role": "Commissioner", "country": "US", "org": BOARD}
REINKE = {"speaker": "Tammy Reinke", "role": "Sheriff", "country": "US"}
POHLMAN = {"speaker": "Arlene Pohlman", "role": "Commissioner", "country": "US", "org": BOARD}
ORTMEIER = {"speaker": "Kelsey Ortmeier", "country": "US"}
HARTWIG = {"speaker": "Don Hartwig", "role": "retired deputy", "country": "US"}
SZALEWSKI = {"speaker": "Mark Szalewski", "role": "County Attorney", "country": "US"}
# a firm `based in Winnipeg, Manitoba`: its consultant's country is the seat's (round 25)
TREMBLAY = {
    "speaker": "Marc Tremblay",
    "role": "consultant",
    "country": "CA",
    "org": "Prairie Correctional Design",
}
# `Mexico's deputy consul in Omaha`: a foreign government's official in a US story
MENDEZ = {"speaker": "Laura Méndez Ibarra", "role": "deputy consul", "country": "MX"}
ENSTROM = {"speaker": "Rita Enstrom", "role": "State Senator", "country": "US"}

VOSS_SRC = "Commissioner Gary Voss, who made the motion"
REINKE_SRC = "Sheriff Tammy Reinke"
ENSTROM_SRC = (
    "State Sen. Rita Enstrom of Kearney, whose legislative district includes Hollis County"
)
TREMBLAY_SRC = "Tremblay, who has designed jails in Manitoba and Saskatchewan"

JAIL_Q = [
    p("run out of road.", VOSS, "partial", "said", VOSS_SRC),
    p(
        "We've been shipping prisoners to Buffalo County and paying $85 a night for every one of "
        "them,",
        VOSS,
        "direct",
        "said",
        "Voss",
    ),
    p("That money leaves Hollis County and it never comes back.", VOSS, "direct", "said", "Voss"),
    # `told commissioners that A, and that B`: two statements
    p(
        "her deputies drove more than 61,000 miles last year hauling inmates to the Buffalo "
        "County jail in Kearney, Neb., and to other jails",
        REINKE,
        "indirect",
        "told",
        REINKE_SRC,
    ),
    p(
        "two cruisers had to be replaced early because of it",
        REINKE,
        "indirect",
        "told",
        REINKE_SRC,
    ),
    p(
        "I'm losing a deputy off the road every time somebody gets booked,",
        REINKE,
        "direct",
        "said",
        "Reinke",
    ),
    p(
        "In a county this size, that's a deputy who isn't answering a call in Gibbon or Shelton.",
        REINKE,
        "direct",
        "said",
        "Reinke",
    ),
    # `said she supported A but not one "…"`: the clause holding the quote, the partial
    p("across the road from a grade school.", POHLMAN, "partial", "said", "She"),
    p(
        "Nobody in this room is arguing that the old jail is fine,",
        POHLMAN,
        "direct",
        "said",
        "Pohlman",
    ),
    p(
        "I'm arguing that we picked the one spot in the county where parents will drive past "
        "razor wire twice a day.",
        POHLMAN,
        "direct",
        "said",
        "Pohlman",
    ),
    # `Most opposed the site.`: no cue, none
    p(
        "exactly one hearing, in the middle of harvest.",
        ORTMEIER,
        "partial",
        "said",
        "Kelsey Ortmeier, who has two children at Ravenna Elementary",
    ),
    p("You can't tell me that was an accident,", ORTMEIER, "direct", "said", "she"),
    p(
        "a lawsuit waiting to happen",
        HARTWIG,
        "partial",
        "said",
        "Don Hartwig, a retired deputy who farms south of town",
    ),
    # a request (decision 6): the requested act
    p(
        "not to delay again",
        HARTWIG,
        "indirect",
        "urged",
        "Don Hartwig, a retired deputy who farms south of town",
    ),
    p(
        "the bonds could be offered to buyers by April",
        SZALEWSKI,
        "indirect",
        "said",
        "County Attorney Mark Szalewski",
    ),
    p(
        "the sales tax alone would cover about two-thirds of the payments",
        SZALEWSKI,
        "indirect",
        "said",
        "County Attorney Mark Szalewski",
    ),
    p(
        "the east-edge site was the only one of the four studied with room for a 96-bed building "
        "on one floor",
        TREMBLAY,
        "indirect",
        "said",
        TREMBLAY_SRC,
    ),
    p(
        "If you put it downtown, you're building up, not out, and that's another $6 million "
        "before you pour a single slab,",
        TREMBLAY,
        "direct",
        "said",
        "Tremblay",
    ),
    p(
        "to set aside a room in the new jail for video visits with families abroad",
        MENDEZ,
        "indirect",
        "asked",
        "Laura Méndez Ibarra, Mexico's deputy consul in Omaha",
    ),
    p(
        "about a dozen Mexican nationals pass through the Hollis County jail in a typical year",
        MENDEZ,
        "indirect",
        "said",
        "Méndez",
    ),
    p(
        "Many of these men have children who have not seen their father's face in a year,",
        MENDEZ,
        "direct",
        "said",
        "she",
    ),
    p("A screen and a chair would change that.", MENDEZ, "direct", "said", "she"),
    # `said that A was "…" and that B`: the partial and B
    p("reasonable", VOSS, "partial", "said", "Voss"),
    p("he would ask the architects to price it", VOSS, "indirect", "said", "Voss"),
    p(
        "she would bring a bill to the Legislature next session that would let counties share "
        "jail space at cost instead of paying a nightly rate",
        ENSTROM,
        "indirect",
        "said",
        ENSTROM_SRC,
    ),
    p(
        "The state has pushed this cost down onto counties for 30 years,",
        ENSTROM,
        "direct",
        "said",
        "Enstrom",
    ),
    p("Lincoln should be paying its share.", ENSTROM, "direct", "said", "Enstrom"),
    # `said A but would B` without a quote: one statement
    p(
        "she would not try to overturn the vote but would push for a taller fence and a separate "
        "entrance for deliveries on the side away from the school",
        POHLMAN,
        "indirect",
        "said",
        "Pohlman",
    ),
    p(
        "the first inmates could move in by early 2028 if construction starts next fall",
        REINKE,
        "indirect",
        "said",
        "Reinke",
    ),
    p("I've been told 'next year' by three boards,", REINKE, "direct", "said", "the sheriff"),
    p("I'll believe it when I see a roof.", REINKE, "direct", "said", "the sheriff"),
]

# --- An undated British local story (Local Democracy Reporting Service style: a headline
# and a standfirst, a byline, `Cllr`, `X said: “…”` with curly double quotes, a quote over
# two paragraphs, `£`). GB from the marks: the Home Office, councillors and `Cllr`, the
# district council, the `MP for …`, an NHS foundation trust, `£`; a Sudanese refugee
# keeps his own country ---------------------------------------------------------------------
NWDC = "North Wyvern District Council"
TRUST = "Wyvern and Kelbridge NHS Foundation Trust"
ASHWORTH = {"speaker": "Helen Ashworth", "role": "leader", "country": "GB", "org": NWDC}
# the councillor of the district council's committee the story reports
GARSIDE = {"speaker": "Tom Garside", "role": "councillor", "country": "GB", "org": NWDC}
LOWTHER = {"speaker": "Priya Lowther", "role": "MP", "country": "GB"}
TRUST_BODY = {"speaker": TRUST, "country": "GB"}
NAO_BODY = {"speaker": "National Audit Office", "country": "GB"}
# `The Mill Lane practice's senior partner`: no body's name, no organisation
FORSYTH = {"speaker": "Alan Forsyth", "role": "senior partner", "country": "GB"}
ELLERY = {
    "speaker": "Margaret Ellery",
    "role": "co-ordinator",
    "country": "GB",
    "org": "Kelbridge Welcome",
}
# `a Sudanese engineer` who now lives in the town: the demonym's country
YOUSIF = {"speaker": "Ahmed Yousif", "role": "engineer", "country": "SD"}
ASHWORTH_SRC = "The council’s leader, Cllr Helen Ashworth"
LOWTHER_SRC = "The Labour MP for Kelbridge and Wyre Vale, Priya Lowther"

HOTEL_Q = [
    # the headline, the standfirst, `councillors have been told` and `heard … that`: none
    p(
        "the authority had not been asked for its view on the site",
        ASHWORTH,
        "indirect",
        "said",
        ASHWORTH_SRC,
    ),
    # a quote over two paragraphs: one direct statement per paragraph
    p(
        "We found out by email on a Tuesday afternoon. That is not consultation, that is "
        "notification.",
        ASHWORTH,
        "direct",
        "said",
        "She",
    ),
    p(
        "Our concern is not the men who will be living there. It is that nobody has asked whether "
        "the GP surgery on Mill Lane, which already has a four-week wait, can take on 120 new "
        "patients.",
        ASHWORTH,
        "direct",
        "said",
        "She",
    ),
    p(
        "left to find out from the builders’ vans",
        GARSIDE,
        "partial",
        "said",
        "Cllr Tom Garside, who represents the Tanners ward",
    ),
    p(
        "I have had more than 200 emails since Monday. Some are angry, some are frightened, and a "
        "good number are asking how they can help.",
        GARSIDE,
        "direct",
        "added",
        "He",
    ),
    # `said A "…" and that B`: the partial and B
    q(
        "working hard to close hotels",
        None,
        "partial",
        "said",
        "A Home Office spokesperson",
        country="GB",
        org="Home Office",
    ),
    q(
        "the use of the Wyre Vale Lodge was temporary",
        None,
        "indirect",
        "said",
        "A Home Office spokesperson",
        country="GB",
        org="Home Office",
    ),
    q(
        "We engage with local authorities as early as possible and will continue to work closely "
        "with North Wyvern District Council on the support services needed.",
        None,
        "direct",
        "said",
        "The spokesperson",
        country="GB",
        org="Home Office",
    ),
    p(
        "The Home Office spends about £8 million a day on hotel accommodation for asylum seekers "
        "across the country",
        NAO_BODY,
        "indirect",
        "according to",
        "the National Audit Office",
    ),
    p(
        "she had written to the Home Secretary asking for the number of men at the site to be "
        "capped at 80",
        LOWTHER,
        "indirect",
        "said",
        LOWTHER_SRC,
    ),
    p(
        "Kelbridge is a welcoming town, but welcome has to be planned for. A hotel at the end of a "
        "bus route with no pavement is not a plan.",
        LOWTHER,
        "direct",
        "said",
        "She",
    ),
    p(
        "its community nursing team would carry out health checks on arrival",
        TRUST_BODY,
        "indirect",
        "said",
        "The Wyvern and Kelbridge NHS Foundation Trust",
    ),
    q(
        "We have done this twice before in the county and we know what is needed. Nobody will be "
        "turned away.",
        None,
        "direct",
        "said",
        "A spokesman for the trust",
        country="GB",
        org=TRUST,
    ),
    p(
        "the surgery would need at least one more GP and a nurse practitioner, at a cost of about "
        "£180,000 a year",
        FORSYTH,
        "indirect",
        "said",
        "The Mill Lane practice’s senior partner, Dr Alan Forsyth",
    ),
    p(
        "I am not against this. I am against being told to do it with the same staff we have now.",
        FORSYTH,
        "direct",
        "said",
        "He",
    ),
    p(
        "the group had already been offered two vans’ worth of winter coats",
        ELLERY,
        "indirect",
        "said",
        "Its co-ordinator, Margaret Ellery",
    ),
    p(
        "In the hotel you wait, and you wait, and you are not allowed to work,",
        YOUSIF,
        "direct",
        "said",
        "he",
    ),
    p(
        "The best thing this town can give them is something to do with their hands.",
        YOUSIF,
        "direct",
        "said",
        "he",
    ),
    # the closing `, who …` relative is the writer's (decision 5)
    p(
        "he had lost a brother in the fighting in Khartoum and still sends money to his mother",
        YOUSIF,
        "indirect",
        "said",
        "The 31-year-old",
    ),
    p(
        "the council would ask the Home Office to pay for a liaison officer and a bus stop outside "
        "the hotel",
        ASHWORTH,
        "indirect",
        "said",
        "Ashworth",
    ),
    p(
        "If the Home Office wants this to work, it knows where we are.",
        ASHWORTH,
        "direct",
        "said",
        "She",
    ),
]

# --- An international stage-race report with foreign riders (Cyclingnews style: no
# dateline, a headline and a standfirst, each rider's team in brackets after the name in the
# lead, `Belgium's X`, `Dutch rider X`, `Paris-born X`, `the Belgian`, `the Dutchwoman`,
# `The Frenchwoman`, `The Australian`, `the 26-year-old`; straight double quotes, British
# spelling). A rider's country is the one her lead writes (also for `the <demonym>` later);
# her organisation the team in brackets; a team's staff take the team; no country where
# the story writes none (the team directors and the team's statement) -------------------
VIREO = "Vireo-Halden"
LUMIERE = "Équipe Lumière"
SOUTHERN = "Southern Cross Pro Cycling"
VAN_ACKER = {"speaker": "Lotte Van Acker", "country": "BE", "org": VIREO}
BROUWER = {"speaker": "Femke Brouwer", "country": "NL", "org": "Solenne Cycling"}
ROUX = {"speaker": "Camille Roux", "country": "FR", "org": LUMIERE}
# `Her directeur sportif, X,` after Roux's paragraph: Roux's team, no country written
SARRAZIN = {"speaker": "Olivier Sarrazin", "role": "directeur sportif", "org": LUMIERE}
TOLLAND = {"speaker": "Grace Tolland", "country": "AU", "org": SOUTHERN}
WHITLAM = {"speaker": "Kate Whitlam", "role": "sports director", "org": SOUTHERN}
VIREO_BODY = {"speaker": VIREO}
ETXEBERRIA = {"speaker": "Nerea Etxeberria", "country": "ES", "org": "Basurto Bizkaia"}
# the organiser's seat (`Valladolid-based`) is its officer's country
PASTRANA = {
    "speaker": "Julián Pastrana",
    "role": "race director",
    "country": "ES",
    "org": "Eventos Castilla Norte",
}

CYCLING_Q = [
    # the headline and standfirst: none
    p(
        "I knew Femke was the faster one on paper, so I waited until the last corner, because "
        "the cobbles kill your legs if you go too early,",
        VAN_ACKER,
        "direct",
        "said",
        "the 26-year-old",
    ),
    p(
        "My team did everything for me today. This one is for them.",
        VAN_ACKER,
        "direct",
        "said",
        "the 26-year-old",
    ),
    # `said A and would B "…"`: A and the partial
    p(
        "she had not looked at the general classification",
        VAN_ACKER,
        "indirect",
        "said",
        "The Belgian",
    ),
    p("only if it suits us", VAN_ACKER, "partial", "said", "The Belgian"),
    p("nothing left", BROUWER, "partial", "said", "Brouwer"),
    p(
        "Lotte was clever. She let me do the last pull and then she came round me like I was "
        "standing still,",
        BROUWER,
        "direct",
        "said",
        "the Dutchwoman",
    ),
    p(
        "Second is nice but I came here for a stage.",
        BROUWER,
        "direct",
        "said",
        "the Dutchwoman",
    ),
    # `told reporters that A but B` without a quote: one statement
    p(
        "she had bruised her hip but expected to start on Friday",
        ROUX,
        "indirect",
        "told",
        "The Frenchwoman",
    ),
    p(
        "It's cycling. One second you are in yellow and the next you are on the ground,",
        ROUX,
        "direct",
        "said",
        "she",
    ),
    p("I am angry with myself, not with the road.", ROUX, "direct", "said", "she"),
    p(
        "race for the podium and a stage",
        SARRAZIN,
        "partial",
        "said",
        "Her directeur sportif, Olivier Sarrazin",
    ),
    p(
        "Roux would be checked by the team doctor overnight",
        SARRAZIN,
        "indirect",
        "said",
        "Her directeur sportif, Olivier Sarrazin",
    ),
    p(
        "she had not expected to take the jersey",
        TOLLAND,
        "indirect",
        "said",
        "The Australian",
    ),
    p(
        "I was just trying to stay on the wheels on that descent, and then I saw Camille on the "
        "side of the road and I felt sick for her,",
        TOLLAND,
        "direct",
        "said",
        "she",
    ),
    p("You never want to get the jersey like that.", TOLLAND, "direct", "said", "she"),
    p(
        "the team had only six riders left after two abandoned on Tuesday",
        WHITLAM,
        "indirect",
        "said",
        "Southern Cross sports director Kate Whitlam",
    ),
    p(
        "have to be smart",
        WHITLAM,
        "partial",
        "said",
        "Southern Cross sports director Kate Whitlam",
    ),
    p(
        "We don't have the numbers to control the race, so we'll let the others do the work,",
        WHITLAM,
        "direct",
        "said",
        "Whitlam",
    ),
    p(
        "she would stay with the squad until the end of 2027",
        VIREO_BODY,
        "indirect",
        "said in a statement",
        "Vireo-Halden, which signed Van Acker from a Dutch development team two years ago",
    ),
    # `Several riders criticised the route`: a reaction with no content, none
    p(
        "like ice",
        ETXEBERRIA,
        "partial",
        "said",
        "Spain's Nerea Etxeberria (Basurto Bizkaia), who finished ninth",
    ),
    p(
        "riders had warned the organisers on Wednesday evening",
        ETXEBERRIA,
        "indirect",
        "said",
        "Spain's Nerea Etxeberria (Basurto Bizkaia), who finished ninth",
    ),
    p(
        "We asked them to neutralise the last descent if it rained. They said no,",
        ETXEBERRIA,
        "direct",
        "said",
        "Etxeberria",
    ),
    p(
        "the road had been swept and checked by motorbike before the race passed",
        PASTRANA,
        "indirect",
        "said",
        "Race director Julián Pastrana of the organiser, Valladolid-based Eventos Castilla Norte",
    ),
    p(
        "We cannot control the weather. We can control the road surface, and that is what we did,",
        PASTRANA,
        "direct",
        "said",
        "Pastrana",
    ),
    # an international federation's officials, unnamed: speaker null, the body, no country
    q(
        "they would review the incident",
        None,
        "indirect",
        "said",
        "The UCI commissaires",
        org="UCI",
    ),
    # `Asked whether …`: the reporter's question, none
    p("Ask me on Sunday,", VAN_ACKER, "direct", "said", "she"),
]

DOCS = [
    ("probe-r28c-hollis-county-jail", None, JAIL_Q),
    ("probe-r28c-kelbridge-asylum-hotel", None, HOTEL_Q),
    ("probe-r28c-cycling-rioseco-stage", None, CYCLING_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (TRUST, "National Audit Office", VIREO)


def main():
    write_gold(
        HERE,
        "probes_r28c_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r28c",
        source="quotesdb round-28 training probe C (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
