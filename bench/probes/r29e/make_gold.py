"""Build probes_r29e_gold.jsonl from the hand annotations below.

Training probe r29e, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r28o and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-11), with the proposed decision 12 (README.md): a `Q:` turn of a
print interview is no statement, each `A:` paragraph is the interviewee's, direct. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r29e/make_gold.py   # writes probes_r29e_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A regional Australian daily's Q&A with a water utility's new chief (no dateline, a
# byline, straight double quotes, `**Q:**` / `**A:**` in Markdown bold, an aside `(Pauses.)`,
# answers over two paragraphs) ---------------------------------------------------------------
GROWERS = "Riverland Growers Association"
# `Dr Lorna Baptiste, managing director of Murraylands Water,`: the undated Australian
# story gives its people AU (as r28b's undated British story gives GB)
BAPTISTE = {
    "speaker": "Lorna Baptiste",
    "role": "managing director",
    "country": "AU",
    "org": "Murraylands Water",
}
GROWERS_BODY = {"speaker": GROWERS, "country": "AU"}

QA_Q = [
    p("running on borrowed water", BAPTISTE, "partial", "told", "she"),
    p(
        "it would oppose any further rise in irrigation charges",
        GROWERS_BODY,
        "indirect",
        "said",
        "The Riverland Growers Association",
    ),
    # a request (decision 6); an opposition unnamed: speaker null, the story's country
    q(
        "an independent review of the pipeline project",
        None,
        "indirect",
        "called for",
        "the state opposition",
        country="AU",
    ),
    # the questions (`**Q:** …`, also `Critics say …` and `The Premier has talked about …`
    # inside them) are no statements (proposed decision 12); every answer paragraph is
    # Baptiste's, direct
    p(
        "How old the pipes are. Some of the mains in Loxton went into the ground in the 1950s, "
        "and we lose about one litre in eight before it reaches a tap. That is water we have "
        "paid to pump and treat, and it ends up in someone's front yard.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
    p(
        "The second surprise was how much people know. I go to a community meeting in Waikerie "
        "and farmers are quoting allocation figures back at me to the decimal point.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
    p(
        "It's behind schedule, yes. We lost four months to flooding in 2022 and another three "
        "when a supplier in Adelaide went into administration. It is not over budget. The board "
        "approved a contingency of $38 million and we have drawn about half of it.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
    p(
        "I won't pretend that is comfortable. But I would rather tell people the truth now than "
        "announce a surprise in two years' time.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
    p(
        "Because the alternative is paying a lot more later. Every dollar we don't spend on "
        "maintenance today costs us three or four dollars in emergency repairs. The Essential "
        "Services Commission went through our numbers line by line and approved the rise, and "
        "we have frozen the fixed charge for pensioners.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
    # `(Pauses.)` is the desk's stage direction; the answer goes on after it
    p(
        "I do understand it hurts. My own parents are on a pension in Mannum.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
    p(
        "I support anything that gives us water that doesn't depend on rain falling in "
        "Queensland. But desalination is expensive, and it uses a great deal of energy. We have "
        "asked the government to fund a feasibility study first, and we expect an answer before "
        "Christmas.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
    p(
        "That I hear them. Irrigators carried most of the pain in the last drought, and I'm not "
        "going to ask them to carry all of this one. We will sit down with the association in "
        "the new year and go through the charges together.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
    p(
        "A third dry year. The models I used to build at the bureau give us maybe a one-in-four "
        "chance of that, and if it happens we will be talking about restrictions, not prices.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
    p(
        "We can't drink a forecast. So we plan for the worst and hope we never need the plan.",
        BAPTISTE,
        "direct",
        "A",
        "A",
    ),
]

# --- A BBC-style live page on a storm over Ireland and Scotland (no dateline, `12:18 GMT`
# timestamps on their own lines, entry headings, a summary list, newest entry first,
# `Reuters reports`, posts on X inline and embedded with a `— Name (@handle) date` line) ----
ESB = "ESB Networks"
MET_OFFICE = "Met Office"
MET_EIREANN = "Met Éireann"
NETWORK_RAIL = "Network Rail Scotland"
REUTERS = "Reuters"
ESB_BODY = {"speaker": ESB, "country": "IE"}
# a news agency as source: its own organisation, no country (no dateline, two countries)
REUTERS_BODY = {"speaker": REUTERS}
MET_OFFICE_BODY = {"speaker": MET_OFFICE, "country": "GB"}
MET_EIREANN_BODY = {"speaker": MET_EIREANN, "country": "IE"}
NETWORK_RAIL_BODY = {"speaker": NETWORK_RAIL, "country": "GB"}
# `X, who runs a café on the seafront in Salthill,`: no title, no body named
KEANE = {"speaker": "Siobhán Keane", "country": "IE"}
DALGETTY = {"speaker": "Fiona Dalgetty", "role": "transport secretary", "country": "GB"}
CAIRNS = {
    "speaker": "Alan Cairns",
    "role": "chief meteorologist",
    "country": "GB",
    "org": MET_OFFICE,
}
# `Galway's chief superintendent, X`: an Irish town's officer, no body named
FUREY = {"speaker": "Declan Furey", "role": "chief superintendent", "country": "IE"}

LIVE_Q = [
    p(
        "58,000 homes, farms and businesses are now without electricity, most of them in Galway, "
        "Mayo and Donegal",
        ESB_BODY,
        "indirect",
        "says",
        "ESB Networks",
    ),
    p("as soon as it is safe to do so", ESB_BODY, "partial", "said", "the company"),
    p(
        "some customers could be without power until the weekend",
        ESB_BODY,
        "indirect",
        "warned",
        "the company",
    ),
    # the entry heading `'The roof just lifted off'` repeats the body's quote: no statement
    # (decision 11's pull quote)
    p(
        "part of her roof had been torn away shortly after 10:00",
        KEANE,
        "indirect",
        "told",
        "Siobhán Keane, who runs a café on the seafront in Salthill",
    ),
    p(
        "The roof just lifted off like a lid on a pot. We were lucky nobody was outside,",
        KEANE,
        "direct",
        "said",
        "she",
    ),
    p(
        "at least 14 flights bound for Shannon Airport have been diverted to Dublin and Belfast "
        "since the morning",
        REUTERS_BODY,
        "indirect",
        "reports",
        "Reuters",
    ),
    q(
        "being reviewed hour by hour",
        None,
        "partial",
        "told",
        "A spokesperson for the airport",
        country="IE",
        org="Shannon Airport",
    ),
    # a request (decision 6), no addressee
    p(
        "not to travel unless their journey is essential",
        DALGETTY,
        "indirect",
        "urged",
        "Scotland's transport secretary, Fiona Dalgetty",
    ),
    p(
        "Conditions on the A82 and A87 are treacherous. Please stay at home this afternoon if "
        "you can.",
        DALGETTY,
        "direct",
        "wrote",
        "Fiona Dalgetty",
    ),
    p(
        "the strongest winds are expected to reach the Western Isles between 13:00 and 16:00 "
        "GMT, with gusts of up to 90mph possible on exposed coasts",
        MET_OFFICE_BODY,
        "indirect",
        "says",
        "The Met Office",
    ),
    # the closing `, which meant …` is the writer's (decision 5)
    p(
        "tracking slightly further north than we expected yesterday",
        CAIRNS,
        "partial",
        "said",
        "Its chief meteorologist, Dr Alan Cairns",
    ),
    # the police force as a plural subject: an unnamed source, the country
    q(
        "to stay away from beaches, piers and cliff paths until the storm has passed",
        None,
        "indirect",
        "appealed",
        "Gardaí",
        country="IE",
    ),
    # `posted a warning on X` gives no content; the quote after it is his
    p(
        "We have had reports of people filming waves at the Blackrock diving tower. This is "
        "extremely dangerous. Please stay away,",
        FUREY,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "Mace Head in Co Galway recorded a gust of 135km/h at 10:00, the highest so far today. "
        "Status Red remains in place for Galway and Mayo.",
        MET_EIREANN_BODY,
        "direct",
        "wrote",
        "Met Éireann",
    ),
    p(
        "all services on the West Highland Line had been suspended after a tree came down on "
        "the track near Crianlarich",
        NETWORK_RAIL_BODY,
        "indirect",
        "said",
        "Network Rail Scotland",
    ),
    # an unnamed spokesman right after the body's statement: that body's
    q(
        "Our teams are on site but it will be several hours before we can safely reopen the route,",
        None,
        "direct",
        "said",
        "a spokesman",
        country="GB",
        org=NETWORK_RAIL,
    ),
]

# --- An AP speech story: a governor's last State of the State (`SANTA FE, N.M. (AP) —`,
# straight quotes, `In her speech, X said:` over two quoted paragraphs, `She went on:`,
# `She concluded:`, a news conference afterwards with reporters' questions) ---------------
NMAC = "New Mexico Association of Counties"
ALVARADO = {"speaker": "Teresa Alvarado", "role": "Governor", "country": "US"}
WHITLOW = {"speaker": "Carl Whitlow", "role": "Senate Minority Leader", "country": "US"}
ULIBARRI = {"speaker": "Ramon Ulibarri", "role": "House Speaker", "country": "US"}
ORTEGA = {
    "speaker": "Lucia Ortega",
    "role": "director",
    "country": "US",
    "org": "Albuquerque Tenants Union",
}
NMAC_BODY = {"speaker": NMAC, "country": "US"}

SPEECH_Q = [
    p(
        "mean nothing to a family sleeping in its car.",
        ALVARADO,
        "partial",
        "warn",
        "New Mexico Gov. Teresa Alvarado",
    ),
    # a quoted block after `In her speech, X said:`: one direct statement per paragraph
    p(
        "When I took this office, I promised you that no child in New Mexico would go to school "
        "hungry. We kept that promise. Free school meals now reach every public school in this "
        "state.",
        ALVARADO,
        "direct",
        "said",
        "Alvarado",
    ),
    p(
        "But a full stomach is not enough if you go home to a motel room, or to the back seat of "
        "a car. Rents in Albuquerque have risen 41% in five years. Wages have not.",
        ALVARADO,
        "direct",
        "said",
        "Alvarado",
    ),
    p(
        "I am asking you to pass the Homes for New Mexico Act in the first 30 days of this "
        "session. Not the last 30 days. The first.",
        ALVARADO,
        "direct",
        "went on",
        "She",
    ),
    p(
        "the lobbyists who think a water right is a birthright,",
        ALVARADO,
        "partial",
        "called",
        "she",
    ),
    p(
        "to approve a tax on groundwater sold to data centers",
        ALVARADO,
        "indirect",
        "urging",
        "Alvarado",
    ),
    p("Water is the one thing this state cannot import,", ALVARADO, "direct", "said", "she"),
    p(
        "If we let it be sold to the highest bidder, our grandchildren will pay for it.",
        ALVARADO,
        "direct",
        "said",
        "she",
    ),
    p(
        "This is my last speech from this podium. I don't need your applause. I need your votes.",
        ALVARADO,
        "direct",
        "concluded",
        "She",
    ),
    # `was asked whether …` (a reporters' question): no statement; the answer is hers
    p("Not yet,", ALVARADO, "direct", "said", "she"),
    p("But I have 60 days.", ALVARADO, "direct", "said", "she"),
    p(
        "without raising a single tax on a single family.",
        ALVARADO,
        "partial",
        "said",
        "she",
    ),
    p("I'm going to sleep for a month first,", ALVARADO, "direct", "said", "she"),
    p(
        "the goal, not the price tag.",
        WHITLOW,
        "partial",
        "said",
        "Senate Minority Leader Carl Whitlow, R-Farmington",
    ),
    p(
        "The governor wants to spend the surplus like it will be there forever. It won't,",
        WHITLOW,
        "direct",
        "said",
        "Whitlow",
    ),
    p("Oil prices fall. They always do.", WHITLOW, "direct", "said", "Whitlow"),
    p(
        "within two weeks",
        ULIBARRI,
        "partial",
        "told",
        "House Speaker Ramon Ulibarri, D-Las Cruces",
    ),
    p(
        "it would pass the House by a wide margin",
        ULIBARRI,
        "indirect",
        "predicted",
        "House Speaker Ramon Ulibarri, D-Las Cruces",
    ),
    # `an idea Alvarado dismissed in her speech with a single line`: a reaction, no content
    p("You cannot build a house with a movie,", ALVARADO, "direct", "said", "she"),
    # decision 10: `said A "…" but B` gives the partial and B
    p(
        "long overdue",
        ORTEGA,
        "partial",
        "said",
        "Lucia Ortega, director of the Albuquerque Tenants Union",
    ),
    p(
        "did not go far enough to protect renters from eviction",
        ORTEGA,
        "indirect",
        "said",
        "Lucia Ortega, director of the Albuquerque Tenants Union",
    ),
    p(
        "A trust fund builds homes in five years. My members are being evicted this month,",
        ORTEGA,
        "direct",
        "said",
        "Ortega",
    ),
    p(
        "it welcomed the rural set-aside and would ask for the share to be raised to a third",
        NMAC_BODY,
        "indirect",
        "said",
        "The New Mexico Association of Counties",
    ),
]

DOCS = [
    ("probe-r29e-water-chief-qa", None, QA_Q),
    ("probe-r29e-storm-live", None, LIVE_Q),
    ("probe-r29e-governor-speech", "SANTA FE", SPEECH_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (GROWERS, ESB, MET_OFFICE, MET_EIREANN, NETWORK_RAIL, REUTERS, NMAC)


def main():
    write_gold(
        HERE,
        "probes_r29e_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r29e",
        source="quotesdb round-29 training probe E (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
