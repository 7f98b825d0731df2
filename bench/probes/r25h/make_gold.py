"""Build probes_r25h_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r25d and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10; roles as the office's head title without party, without a
body already given as organisation, without places). Each quote is located by searching
its exact text after the previous quote's end.

    python3 bench/probes/r25h/make_gold.py   # writes probes_r25h_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A live-updates page: an eruption on Iceland's Reykjanes peninsula (no dateline,
# GMT timestamps, short posts, a summary bullet list, a reader's email, a post on X) ---
IMO = {"speaker": "Icelandic Met Office", "country": "IS"}
ISAVIA = {"speaker": "Isavia", "country": "IS"}
LAGOON = {"speaker": "Blue Lagoon", "country": "IS"}
BERGSSON = {"speaker": "Ulfar Bergsson", "role": "regional police chief", "country": "IS"}
HALLSDOTTIR = {"speaker": "Sigrun Hallsdottir", "country": "IS"}
RAGNARS = {"speaker": "Katrin Ragnarsdottir", "role": "prime minister", "country": "IS"}
THORVALDS = {
    "speaker": "Einar Thorvaldsson",
    "role": "volcanologist",
    "country": "IS",
    "org": "University of Iceland",
}
JONSSON = {
    "speaker": "Vidir Jonsson",
    "role": "head",
    "country": "IS",
    "org": "Department of Civil Protection and Emergency Management",
}
ELLISON = {"speaker": "Mark Ellison", "country": "GB"}
GUNNARS = {
    "speaker": "Katla Gunnarsdottir",
    "role": "natural hazards specialist",
    "country": "IS",
    "org": "Icelandic Met Office",
}
OLAFSSON = {"speaker": "Bjarni Olafsson", "role": "opposition leader", "country": "IS"}

LIVE_Q = [
    p(
        "the fissure was about 2.5km long and that lava was flowing towards the south-west",
        IMO,
        "indirect",
        "said",
        "The Icelandic Met Office",
    ),
    p(
        "calmly and quickly",
        BERGSSON,
        "partial",
        "told",
        "The regional police chief, Ulfar Bergsson",
    ),
    p(
        "People know the drill by now. Most of them were on the road within 40 minutes,",
        BERGSSON,
        "direct",
        "said",
        "he",
    ),
    p(
        "We could see the glow from the kitchen window. My daughter thought the sky was on fire,",
        HALLSDOTTIR,
        "direct",
        "told",
        "Sigrun Hallsdottir, who left her house at 3am",
    ),
    p(
        "the family had taken only their passports and the dog",
        HALLSDOTTIR,
        "indirect",
        "said",
        "She",
    ),
    # a post on X after a colon paragraph
    p(
        "Our thoughts are with the people of Grindavik tonight. Civil protection teams have "
        "done remarkable work through the night, and they will have everything they need.",
        RAGNARS,
        "direct",
        "has posted",
        "Iceland's prime minister, Katrin Ragnarsdottir",
    ),
    p(
        "the eruption was smaller than the one in August but that the lava was moving faster",
        THORVALDS,
        "indirect",
        "said",
        "Einar Thorvaldsson, a volcanologist at the University of Iceland",
    ),
    p(
        "The first hours are always the most intense. I would expect the flow to slow by "
        "this evening,",
        THORVALDS,
        "direct",
        "said",
        "he",
    ),
    p("with very little warning", THORVALDS, "partial", "added", "He"),
    # the summary bullet list: each bullet its own statement
    q(
        "Lava has reached the earth walls built north of the town last year",
        None,
        "indirect",
        "according to",
        "civil protection officials",
        country="IS",
    ),
    p(
        "it had closed and moved its guests to hotels in Reykjavik",
        LAGOON,
        "indirect",
        "said",
        "The Blue Lagoon",
    ),
    p("Keflavik airport is operating normally", ISAVIA, "indirect", "said", "its operator, Isavia"),
    p(
        "holding for now",
        JONSSON,
        "partial",
        "said",
        "He",
    ),
    p(
        "crews were spraying sea water on the lava front to cool it",
        JONSSON,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We are not going to win every metre. What we are trying to save is the town,",
        JONSSON,
        "direct",
        "said",
        "he",
    ),
    p("Not today. Maybe not this week.", JONSSON, "direct", "said", "he"),
    p(
        "Our tour to the peninsula was cancelled, but the guide drove us to a hill outside the "
        "city to see the glow. Nobody on the bus said a word for ten minutes.",
        ELLISON,
        "direct",
        "emails",
        "A reader, Mark Ellison from Leeds, who is on holiday in Reykjavik",
    ),
    p("flights remain on schedule", ISAVIA, "indirect", "has said", "Isavia"),
    p(
        "a change in wind direction could carry volcanic gas towards the airport later in the week",
        ISAVIA,
        "indirect",
        "warned",
        "Isavia",
    ),
    p(
        "sulphur dioxide levels in Reykjanesbaer had risen sharply since mid-morning",
        GUNNARS,
        "indirect",
        "said",
        "Katla Gunnarsdottir, a natural hazards specialist at the Icelandic Met Office",
    ),
    p(
        "If you live in the area and you have asthma, keep your windows closed tonight,",
        GUNNARS,
        "direct",
        "said",
        "she",
    ),
    p("Children should not be playing outside.", GUNNARS, "direct", "said", "she"),
    p(
        "it would update its gas forecast every three hours",
        IMO,
        "indirect",
        "said",
        "The Met Office",
    ),
    p(
        "the government will extend housing support for Grindavik families until the end of "
        "the year",
        RAGNARS,
        "indirect",
        "has told",
        "Ragnarsdottir",
    ),
    p(
        "Nobody from Grindavik will be left without a roof. That is a promise,",
        RAGNARS,
        "direct",
        "said",
        "she",
    ),
    p(
        "he supported the measure",
        OLAFSSON,
        "indirect",
        "said",
        "The opposition leader, Bjarni Olafsson",
    ),
    p("far too long", OLAFSSON, "partial", "said", "The opposition leader, Bjarni Olafsson"),
]

# --- An explainer with question sub-heads and bullet lists (British copy, no dateline) --
CEC = "City of Edinburgh Council"
CEC_BODY = {"speaker": CEC, "country": "GB"}
REID = {"speaker": "Alasdair Reid", "role": "finance convener", "country": "GB", "org": CEC}
BLACKWOOD = {"speaker": "Fiona Blackwood", "role": "leader", "country": "GB", "org": CEC}
EHA = "Edinburgh Hotels Association"
EHA_BODY = {"speaker": EHA, "country": "GB"}
DUNSMORE = {"speaker": "Graeme Dunsmore", "role": "chair", "country": "GB", "org": EHA}
MCALLISTER = {"speaker": "Lucy McAllister", "country": "GB"}
ANAND = {"speaker": "Priya Anand", "role": "tourism minister", "country": "GB"}

LEVY_Q = [
    p(
        "the levy would raise about £45m a year once it was fully in place",
        CEC_BODY,
        "indirect",
        "said",
        "The City of Edinburgh Council",
    ),
    p(
        "the rate had been set after a year of consultation with residents and businesses",
        REID,
        "indirect",
        "said",
        "The council's finance convener, Alasdair Reid",
    ),
    p(
        "Five per cent is in line with what visitors already pay in Amsterdam, Barcelona or "
        "Berlin. Nobody is going to cancel a trip to Edinburgh over it,",
        REID,
        "direct",
        "said",
        "he",
    ),
    p(
        "the seven-night cap was meant to protect people who come to the city for work or for "
        "hospital treatment",
        REID,
        "indirect",
        "said",
        "Mr Reid",
    ),
    p(
        "We did not want a nurse on a placement, or a family visiting a sick relative, to be "
        "paying this for a month,",
        REID,
        "direct",
        "said",
        "he",
    ),
    # a bullet list after `According to the council's guidance:` (the council's document)
    p(
        "People who receive disability benefits do not pay, if they apply for a refund",
        CEC_BODY,
        "indirect",
        "According to",
        "the council's guidance",
    ),
    p(
        "Campsites and caravan parks are not covered in the first year",
        CEC_BODY,
        "indirect",
        "According to",
        "the council's guidance",
    ),
    p(
        "Children pay the same rate as adults",
        CEC_BODY,
        "indirect",
        "According to",
        "the council's guidance",
    ),
    # bullets that are sentences with their own cues
    p(
        "at least a third would go on homes for people who work in the city's tourist trade",
        BLACKWOOD,
        "indirect",
        "said",
        "Council leader Fiona Blackwood",
    ),
    p("a proper welcome", BLACKWOOD, "partial", "said", "Ms Blackwood"),
    p("a share would go to the festivals", CEC_BODY, "indirect", "said", "The council"),
    p(
        "the levy comes on top of VAT and will push some visitors to stay in Fife or West "
        "Lothian instead",
        EHA_BODY,
        "indirect",
        "says",
        "The Edinburgh Hotels Association",
    ),
    p(
        "We are not against a levy. We are against one that is collected by us, paid for by "
        "our guests and spent without asking either of us.",
        DUNSMORE,
        "direct",
        "said",
        "Its chair, Graeme Dunsmore, who runs a 60-room hotel in Leith",
    ),
    p("eleven weeks and a spreadsheet", DUNSMORE, "partial", "said", "He"),
    q(
        "they will add it to bookings automatically",
        None,
        "indirect",
        "have said",
        "several of the large platforms",
        country="GB",
    ),
    p(
        "she did not mind the charge but worried about the paperwork",
        MCALLISTER,
        "indirect",
        "said",
        "Lucy McAllister, who lets out a two-bedroom flat in Marchmont",
    ),
    p(
        "I'm one woman with a flat, not a hotel chain with an accounts department,",
        MCALLISTER,
        "direct",
        "said",
        "she",
    ),
    # a government as source (decision 7)
    q(
        "councils across Scotland now had the power to introduce a levy of their own",
        None,
        "indirect",
        "said",
        "The Scottish government",
        country="GB",
    ),
    p("no plans", ANAND, "partial", "told", "The UK tourism minister, Priya Anand"),
    q(
        "the agency would watch the first year's figures closely",
        None,
        "indirect",
        "said",
        "A spokesperson for VisitScotland",
        country="GB",
        org="VisitScotland",
    ),
    p("the council would review the rate after two years", REID, "indirect", "said", "Mr Reid"),
    p(
        "If it is doing harm, we will see it, and we will change it,",
        REID,
        "direct",
        "said",
        "he",
    ),
]

# --- A reaction roundup, "WHAT THEY SAID" (wire factbox style, `NAIROBI, Nov 29 -`,
# upper-case name lead-ins each followed by a quote, social-media posts) ---------------
WA = "World Athletics"
WA_BODY = {"speaker": WA}
SOLLNER = {"speaker": "Henrik Sollner", "role": "chief executive", "org": WA}
OTIENO = {"speaker": "Achieng Otieno", "role": "sports minister", "country": "KE"}
CHEBET = {"speaker": "Faith Chebet", "role": "runner", "country": "KE"}
AK = {"speaker": "Athletics Kenya", "country": "KE"}
IBARRA = {"speaker": "Carlos Ibarra", "role": "head", "country": "ES"}
HARTNETT = {"speaker": "Olivia Hartnett", "role": "chief executive", "country": "AU"}
KARIUKI = {
    "speaker": "Mwangi Kariuki",
    "role": "economist",
    "country": "KE",
    "org": "University of Nairobi",
}
WAMBUI = {"speaker": "Grace Wambui", "role": "senator", "country": "KE"}
RUTTO = {"speaker": "David Rutto", "role": "governor", "country": "KE"}
LANGAT = {
    "speaker": "Peter Langat",
    "role": "coach",
    "country": "KE",
    "org": "High Altitude Training Centre",
}
OMONDI = {"speaker": "Brian Omondi", "role": "student", "country": "KE"}
AKINYI = {
    "speaker": "Joyce Akinyi",
    "role": "Secretary-General",
    "country": "KE",
    "org": "Kenya National Olympic Committee",
}

ROUNDUP_Q = [
    p("outstanding on every measure", WA_BODY, "partial", "said", "The governing body"),
    p(
        "the Kasarani stadium would be rebuilt with 60,000 seats before the event",
        WA_BODY,
        "indirect",
        "said",
        "The governing body",
    ),
    # a quote under an upper-case name lead-in, running over two paragraphs
    p(
        "Nairobi showed us a plan, a budget and a city that already lives for this sport. "
        "That combination is rare.",
        SOLLNER,
        "direct",
        None,
        "HENRIK SOLLNER, CHIEF EXECUTIVE OF WORLD ATHLETICS",
    ),
    p(
        "We have asked a great deal of the organisers, and they have said yes to all of it.",
        SOLLNER,
        "direct",
        None,
        "HENRIK SOLLNER, CHIEF EXECUTIVE OF WORLD ATHLETICS",
    ),
    p(
        "Kenya, we did it! 2031 is coming home. Asante sana to every athlete, volunteer and "
        "fan who believed in this bid.",
        OTIENO,
        "direct",
        "ON X",
        "KENYAN SPORTS MINISTER ACHIENG OTIENO",
    ),
    p(
        "I ran my first race barefoot on a dirt track in Iten. My daughter might run her first "
        "world championships at home. I'm crying.",
        CHEBET,
        "direct",
        "ON INSTAGRAM",
        "FAITH CHEBET, KENYAN RUNNER",
    ),
    p(
        "The home of champions will now be the home of the championships. Thank you, World "
        "Athletics.",
        AK,
        "direct",
        "ON FACEBOOK",
        "ATHLETICS KENYA",
    ),
    # the `I said … that` inside the quote is no statement of its own
    p(
        "Nairobi deserved it. I said four years ago that Africa's turn was coming, and here it is.",
        IBARRA,
        "direct",
        "TO REPORTERS",
        "CARLOS IBARRA, HEAD OF MADRID'S BID",
    ),
    p("respect the result and come back stronger", IBARRA, "partial", "said", "Ibarra"),
    p(
        "We congratulate Nairobi and wish them well. Brisbane will be ready when the sport "
        "comes back to our part of the world.",
        HARTNETT,
        "direct",
        "in a statement",
        "Hartnett",
    ),
    p(
        "the government had not published what the championships would cost taxpayers, or who "
        "would pay for the stadium's upkeep afterwards",
        KARIUKI,
        "indirect",
        "said",
        "Kariuki",
    ),
    p(
        "We have seen this film before, with stadiums that stand empty a year later. I hope "
        "I'm wrong,",
        KARIUKI,
        "direct",
        "said",
        "he",
    ),
    p("should be building classrooms, not grandstands,", WAMBUI, "partial", "wrote", "Wambui"),
    p(
        "she would ask the Senate to publish the bid's budget",
        WAMBUI,
        "indirect",
        "adding",
        "Wambui",
    ),
    p(
        "the county would build a new rail link to Kasarani and plant 10,000 trees along the "
        "marathon route",
        RUTTO,
        "indirect",
        "told",
        "Rutto",
    ),
    p(
        "The world will see a green city, a safe city and a city that loves runners,",
        RUTTO,
        "direct",
        "said",
        "he",
    ),
    p("when they are final", RUTTO, "partial", "said", "he"),
    p(
        "a reason to stay in Kenya instead of chasing races abroad",
        LANGAT,
        "partial",
        "said",
        "Langat",
    ),
    p(
        "The children I coach have only seen these championships on a phone screen. In 2031 "
        "they can buy a bus ticket,",
        LANGAT,
        "direct",
        "said",
        "he",
    ),
    p(
        "My father watched the marathon here on a small television in a bar. Now the whole "
        "world is coming to us. I'll be in the stadium, even if I have to sell my phone for a "
        "ticket.",
        OMONDI,
        "direct",
        None,
        "BRIAN OMONDI, 24, STUDENT",
    ),
    p(
        "Today is about the athletes who put Kenya on the map, many of them from villages with "
        "no track at all. This championship belongs to them.",
        AKINYI,
        "direct",
        "IN A STATEMENT",
        "JOYCE AKINYI, SECRETARY-GENERAL OF THE KENYA NATIONAL OLYMPIC COMMITTEE",
    ),
    p(
        "the committee would ask the government to use part of the budget for tracks in rural "
        "counties",
        AKINYI,
        "indirect",
        "said",
        "Akinyi",
    ),
    p(
        "tickets would go on sale in 2029 and that the marathons would finish inside the "
        "stadium for the first time",
        WA_BODY,
        "indirect",
        "said",
        "The body",
    ),
    p(
        "a review team would visit Nairobi every six months until the championships",
        WA_BODY,
        "indirect",
        "said",
        "It",
    ),
]

DOCS = [
    ("probe-r25h-reykjanes-eruption-live", None, LIVE_Q),
    ("probe-r25h-edinburgh-visitor-levy-explainer", None, LEVY_Q),
    ("probe-r25h-nairobi-athletics-what-they-said", "NAIROBI", ROUNDUP_Q),
]

if __name__ == "__main__":
    write_gold(
        HERE,
        "probes_r25h_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r25h",
        source="quotesdb round-25 training probes H (written for error finding)",
        speaking_bodies={
            "Icelandic Met Office",
            "Isavia",
            "Blue Lagoon",
            CEC,
            EHA,
            WA,
            "Athletics Kenya",
        },
    )
