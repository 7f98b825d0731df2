"""Build heldout10_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout9 (see their READMEs and
bench/heldout10/README.md). Each quote is located by searching its exact text after the
previous quote's end, so the offsets always satisfy text[start:end] == quote text and
the spans of a document never overlap.

    python3 bench/heldout10/make_gold.py   # writes bench/heldout10/heldout10_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- pro basketball: league suspensions after a brawl (straight "double quotes") -------
NBA = "NBA"
MONARCHS = "Kansas City Monarchs"
SOUND = "Nashville Sound"
CASTELLANO = {
    "speaker": "Joe Castellano",
    "role": "executive vice president of basketball operations",
    "country": "US",
    "org": NBA,
}
WHITLOCK = {"speaker": "Darnell Whitlock", "role": "coach", "country": "US", "org": MONARCHS}
ODUYA = {"speaker": "Tyrese Oduya", "role": "forward", "country": "US", "org": MONARCHS}
FELD = {"speaker": "Marcus Feld", "role": "agent", "country": "US"}
SOLBERG = {"speaker": "Ingrid Solberg", "role": "coach", "country": "US", "org": SOUND}
PELLEGRINI = {"speaker": "Andre Pellegrini", "role": "guard", "country": "US", "org": SOUND}
BROOKS = {"speaker": "Jalen Brooks", "role": "guard", "country": "US", "org": MONARCHS}
VANCE = {"speaker": "Theo Vance", "role": "general manager", "country": "US", "org": SOUND}

SPORTS_Q = [
    q(
        "abusive and unsportsmanlike conduct",
        NBA,
        "partial",
        "called",
        "the league",
        country="US",
    ),
    q(
        "Monarchs forward Tyrese Oduya, who threw the first punch, was suspended for eight games "
        "without pay",
        NBA,
        "indirect",
        "said in a statement",
        "the league",
        country="US",
    ),
    p(
        "There is no place in our game for what happened Sunday night,",
        CASTELLANO,
        "direct",
        "said",
        "Joe Castellano, the league's executive vice president of basketball operations",
    ),
    p(
        "Players who leave the bench during an altercation will be suspended. That has been the "
        "rule for 20 years, and everybody in that building knew it.",
        CASTELLANO,
        "direct",
        "said",
        "Joe Castellano, the league's executive vice president of basketball operations",
    ),
    p(
        "We are also going to look hard at security along the baseline. Fans should never end up "
        "in the middle of a fight.",
        CASTELLANO,
        "direct",
        "said",
        "Joe Castellano, the league's executive vice president of basketball operations",
    ),
    q(
        "Two fans were treated for minor injuries after being pushed into the courtside seats",
        None,
        "indirect",
        "according to",
        "arena officials",
        country="US",
    ),
    p("lost control of the game", WHITLOCK, "partial", "said", "Whitlock"),
    p(
        "I'll pay it. I'm not going to apologize for standing up for my players,",
        WHITLOCK,
        "direct",
        "said",
        "Whitlock",
    ),
    p(
        "We've been asking the league all season why nobody protects our guys. Sunday was the "
        "answer.",
        WHITLOCK,
        "direct",
        "said",
        "Whitlock",
    ),
    p(
        "How many times does one of our guys have to end up on the floor before somebody does "
        "something?",
        WHITLOCK,
        "direct",
        "asked",
        "he",
    ),
    p(
        "He called me. We had a conversation. I'll leave it there.",
        WHITLOCK,
        "direct",
        "said",
        "he",
    ),
    p(
        "I let my teammates down and I let the kids who watch us down,",
        ODUYA,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "I was wrong to swing, and I'll take whatever comes with that.",
        ODUYA,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "Oduya would not appeal the suspension",
        FELD,
        "indirect",
        "said",
        "His agent, Marcus Feld",
    ),
    p("a basketball play", SOLBERG, "partial", "saying", "Nashville coach Ingrid Solberg"),
    p(
        "her guard had gone for the ball",
        SOLBERG,
        "indirect",
        "saying",
        "Nashville coach Ingrid Solberg",
    ),
    p("Andre doesn't have a dirty bone in his body,", SOLBERG, "direct", "said", "Solberg"),
    p("Watch the tape. His hand is on the ball.", SOLBERG, "direct", "said", "Solberg"),
    p(
        "he had reached out to Oduya by text and had not heard back",
        PELLEGRINI,
        "indirect",
        "told",
        "Pellegrini, who was not suspended",
    ),
    p("hitting guys late all night", BROOKS, "partial", "said", "Monarchs guard Jalen Brooks"),
    p(
        "the referees had warned him only once",
        BROOKS,
        "indirect",
        "said",
        "Monarchs guard Jalen Brooks",
    ),
    p(
        "Losing Ty for eight games hurts, no question. But we've won without him before,",
        BROOKS,
        "direct",
        "added",
        "he",
    ),
    q(
        "discuss all options",
        "National Basketball Players Association",
        "partial",
        "said",
        "The National Basketball Players Association",
        country="US",
    ),
    q(
        "it was unlikely to challenge Oduya's penalty but could contest the one-game bans for two "
        "Monarchs reserves",
        None,
        "indirect",
        "said",
        "Two people familiar with the union's thinking",
        country="US",
    ),
    p("not to pile on Oduya", VANCE, "indirect", "urged", "Sound general manager Theo Vance"),
    p("a real rivalry, not a grudge", VANCE, "partial", "said", "Vance"),
    p(
        "he expected Sunday's rematch in Nashville to be played without incident",
        VANCE,
        "indirect",
        "said",
        "Vance",
    ),
    p(
        "he had told his players to put the fight behind them",
        WHITLOCK,
        "indirect",
        "said",
        "Whitlok",
    ),
    p("turned it off for good.", WHITLOCK, "partial", "according to", "the coach"),
    q(
        "Tickets for the rematch sold out within hours of the fight",
        SOUND,
        "indirect",
        "said",
        "the Sound",
        country="US",
    ),
]

# --- river flood, Vermont (straight "double quotes") -----------------------------------
LINDQVIST = {"speaker": "Patricia Lindqvist", "role": "governor", "country": "US"}
NWS = "National Weather Service"
ANDERS = {"speaker": "Kyle Anders", "role": "meteorologist", "country": "US", "org": NWS}
MAYHEW = {"speaker": "Glen Mayhew", "role": "emergency management director", "country": "US"}
BENOIT = {
    "speaker": "Carla Benoit",
    "role": "deputy emergency management director",
    "country": "US",
}
OUELLETTE = {"speaker": "Rebecca Ouellette", "role": "town manager", "country": "US"}
PIKE = {"speaker": "Shawna Pike", "role": None, "country": "US"}
LAMOREAUX = {"speaker": "Arthur Lamoreaux", "role": "neighbor", "country": "US"}
FARR = {"speaker": "Owen Farr", "role": "Transportation Secretary", "country": "US"}

FLOOD_Q = [
    q(
        "The Sable River crested nearly 4 feet above its previous record on Wednesday, flooding "
        "the downtowns of at least three central Vermont towns and forcing more than 2,000 people "
        "from their homes after two days of torrential rain",
        None,
        "indirect",
        "said",
        "state officials",
        country="US",
    ),
    q(
        "A 71-year-old man died after his pickup truck was swept off a road near the village of "
        "Eddington late Tuesday",
        "Vermont State Police",
        "indirect",
        "according to",
        "the Vermont State Police",
        country="US",
    ),
    p(
        "This is worse than Irene. It is worse than 2023,",
        LINDQVIST,
        "direct",
        "said",
        "Gov. Patricia Lindqvist",
    ),
    p(
        "We are going to need help from Washington, and we are going to need it this week.",
        LINDQVIST,
        "direct",
        "said",
        "Gov. Patricia Lindqvist",
    ),
    p(
        "she had asked the White House for an emergency declaration covering six counties and had "
        "activated 400 members of the Vermont National Guard",
        LINDQVIST,
        "indirect",
        "said",
        "Lindqvist",
    ),
    q(
        "the river peaked at 21.6 feet at Marlow Falls shortly after 5 a.m.",
        NWS,
        "indirect",
        "said",
        "The National Weather Service",
        country="US",
    ),
    p(
        "another inch of rain was possible on Thursday",
        ANDERS,
        "indirect",
        "said",
        "Kyle Anders, a meteorologist at the weather service office in Burlington",
    ),
    p(
        "smaller tributaries could rise again within hours",
        ANDERS,
        "indirect",
        "warned",
        "Kyle Anders, a meteorologist at the weather service office in Burlington",
    ),
    p("The ground has nowhere left to put the water,", ANDERS, "direct", "said", "Anders"),
    p("Anything that falls now runs straight into the rivers.", ANDERS, "direct", "said", "Anders"),
    p(
        "the river rose faster than any plan had allowed for",
        MAYHEW,
        "indirect",
        "said",
        "The town's emergency management director, a retired fire captain who has lived there "
        "for four decades",
    ),
    p(
        "We had sandbags for a 15-foot river. We got a 21-foot river,",
        MAYHEW,
        "direct",
        "said",
        "the director, Glen Mayhew",
    ),
    p(
        "By 2 a.m. we stopped sandbagging and started knocking on doors.",
        MAYHEW,
        "direct",
        "said",
        "the director, Glen Mayhew",
    ),
    p(
        "Some people didn't answer the first time. We went back twice.",
        MAYHEW,
        "direct",
        "said",
        "the director, Glen Mayhew",
    ),
    p(
        "crews had pulled 63 people from flooded homes by boat overnight, including a family of "
        "five from the roof of a trailer",
        BENOIT,
        "indirect",
        "said",
        "His deputy, Carla Benoit",
    ),
    p("a total loss", OUELLETTE, "partial", "said", "Town Manager Rebecca Ouellette"),
    p(
        "the town's wastewater plant, which sits beside the river, had stopped working late "
        "Tuesday",
        OUELLETTE,
        "indirect",
        "said",
        "Town Manager Rebecca Ouellette",
    ),
    p(
        "Please, please do not drink the tap water until we tell you it's safe,",
        OUELLETTE,
        "direct",
        "said",
        "she",
    ),
    q(
        "they had been given less than an hour's warning",
        None,
        "indirect",
        "said",
        "Many residents",
        country="US",
    ),
    q(
        "they had ignored the first alerts on their phones because earlier warnings that summer "
        "had come to nothing",
        None,
        "indirect",
        "said",
        "Some",
        country="US",
    ),
    p(
        "I grabbed the dog and my mother's pills. That's it. That's what I have,",
        PIKE,
        "direct",
        "said",
        "Shawna Pike, 38, who spent the night at a Red Cross shelter in the high school gym",
    ),
    p(
        "Where are we supposed to go now?",
        PIKE,
        "direct",
        "said",
        "Shawna Pike, 38, who spent the night at a Red Cross shelter in the high school gym",
    ),
    p("I was here in '73. I figured I knew this river,", LAMOREAUX, "direct", "said", "he"),
    p("I don't know it anymore.", LAMOREAUX, "direct", "said", "he"),
    q(
        "the agency had sent teams to Vermont on Tuesday and was moving generators and bottled "
        "water to a staging area in Rutland",
        None,
        "indirect",
        "said",
        "A spokesperson for the Federal Emergency Management Agency",
        country="US",
        org="Federal Emergency Management Agency",
    ),
    p(
        "140 roads and 11 bridges were closed and that it could take weeks to inspect them all",
        FARR,
        "indirect",
        "told",
        "State Transportation Secretary Owen Farr",
    ),
    p(
        "the Eddington road where the man died had been closed with barriers on Tuesday afternoon",
        FARR,
        "indirect",
        "said",
        "Farr",
    ),
    p(
        "the barriers had been knocked over by the current",
        FARR,
        "indirect",
        "acknowledged",
        "he",
    ),
    q(
        "storms like this one are becoming more frequent in the Northeast as warmer air holds "
        "more moisture",
        None,
        "indirect",
        "have warned",
        "Climate scientists",
    ),
    p(
        "the town had spent $3.1 million on flood protection since 2023, most of it federal money",
        OUELLETTE,
        "indirect",
        "said",
        "Ouelette, who has been town manager for eight years",
    ),
    p("We did everything they told us to do,", OUELLETTE, "direct", "said", "she"),
    p(
        "Berms, culverts, buyouts. And we still lost Main Street.",
        OUELLETTE,
        "direct",
        "said",
        "she",
    ),
    q(
        "as quickly as humanly possible.",
        None,
        "partial",
        "said in a joint statement",
        "Vermont's congressional delegation",
        country="US",
    ),
    q(
        "the governor's office expects damage to exceed $500 million",
        None,
        "indirect",
        "according to",
        "two state officials",
        country="US",
    ),
    q(
        "about 18,000 customers were without electricity on Wednesday evening, down from a peak of "
        "41,000",
        "Champlain Electric Cooperative",
        "indirect",
        "said",
        "Champlain Electric Cooperative",
        country="US",
    ),
    p("to leave before dark", LINDQVIST, "indirect", "urged", "Lindqvist"),
    p("If you're told to go, go,", LINDQVIST, "direct", "said", "the governor"),
    p("We can replace a house. We can't replace you.", LINDQVIST, "direct", "said", "the governor"),
]

# --- Latin American foreign ministers on a migrant corridor, Quito (curly “double
# quotes”, one closing mark used as an opening mark) ------------------------------------
UNHCR = "UNHCR"
CARRASCO = {"speaker": "Lucía Carrasco", "role": "Foreign Minister", "country": "EC"}
ECHEVERRIA = {"speaker": "Tomás Echeverría", "role": "Foreign Minister", "country": "CL"}
QUISPE = {"speaker": "Rosa Quispe", "role": "Foreign Minister", "country": "PE"}
ALBUQUERQUE = {"speaker": "Henrique Albuquerque", "role": "Foreign Minister", "country": "BR"}
HALVORSEN = {"speaker": "Ingrid Halvorsen", "role": "special envoy", "org": UNHCR}
VILLAMIZAR = {"speaker": "Andrés Villamizar", "role": "Foreign Minister", "country": "CO"}
RESTREPO = {"speaker": "Paula Restrepo", "role": "deputy foreign minister", "country": "CO"}
YEPEZ = {"speaker": "Daniela Yépez", "role": None, "country": "EC"}

SUMMIT_Q = [
    p(
        "humanitarian corridor",
        CARRASCO,
        "partial",
        "said",
        "Ecuadorian Foreign Minister Lucía Carrasco, who hosted the two-day meeting",
    ),
    p(
        "No country in this room can carry this alone, and no country should have to,",
        CARRASCO,
        "direct",
        "told",
        "Carrasco",
    ),
    p(
        "For the first time we have a plan with money behind it, not only a statement of good "
        "intentions.",
        CARRASCO,
        "direct",
        "told",
        "Carrasco",
    ),
    p(
        "The people walking along our highways are not numbers. They are families, and they "
        "deserve to reach the next border alive.",
        CARRASCO,
        "direct",
        "told",
        "Carrasco",
    ),
    q(
        "More than 700,000 people have crossed into Ecuador from Colombia this year, most of them "
        "Venezuelans heading south to Peru and Chile",
        UNHCR,
        "indirect",
        "according to",
        "the U.N. refugee agency, UNHCR",
        org=UNHCR,
    ),
    p(
        "his government supported the shelters but could not accept a clause that would oblige "
        "countries to admit migrants who arrive without documents",
        ECHEVERRIA,
        "indirect",
        "said",
        "Chilean Foreign Minister Tomás Echeverría",
    ),
    p(
        "Chile is not closing its doors. But we decide who comes in, not a document signed in "
        "Quito,",
        ECHEVERRIA,
        "direct",
        "said",
        "Echeverría",
    ),
    p("That is not on the table today.", ECHEVERRIA, "direct", "said", "he"),
    p(
        "Peru would sign",
        QUISPE,
        "indirect",
        "said",
        "His Peruvian counterpart, Foreign Minister Rosa Quispe",
    ),
    p(
        "a door shut in the face of its neighbours.",
        QUISPE,
        "partial",
        "called",
        "His Peruvian counterpart, Foreign Minister Rosa Quispe",
    ),
    p(
        "Peru had registered 1.6 million Venezuelans and that its hospitals and schools in the "
        "north were near breaking point",
        QUISPE,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Brazil would contribute $40 million to the fund and would resettle up to 20,000 people "
        "from the reception centres over two years",
        ALBUQUERQUE,
        "indirect",
        "said",
        "Brazilian Foreign Minister Henrique Albuquerque, whose country is not on the main "
        "migration route",
    ),
    p(
        "This is what solidarity looks like when it has a budget,",
        ALBUQUERQUE,
        "direct",
        "said",
        "Albuquerque",
    ),
    p(
        "a serious start, but only a start.",
        HALVORSEN,
        "partial",
        "said",
        "she",
    ),
    p(
        "the agency would help run the reception centres",
        HALVORSEN,
        "indirect",
        "said",
        "Halvorsen",
    ),
    p(
        "funding for its operations in the region was at its lowest level since 2018",
        HALVORSEN,
        "indirect",
        "warned",
        "Halvorsen",
    ),
    p(
        "What happens if the money runs out in six months?",
        HALVORSEN,
        "direct",
        "asked",
        "she",
    ),
    p("We have seen this before.", HALVORSEN, "direct", "asked", "she"),
    p(
        "Colombia, which hosts nearly 3 million Venezuelans, would open two of the new centres in "
        "Nariño province within 60 days",
        VILLAMIZAR,
        "indirect",
        "said",
        "Colombian Foreign Minister Andrés Villamizar",
    ),
    p(
        "the sticking point had been the wording on documents, not the money",
        RESTREPO,
        "indirect",
        "said",
        "His deputy, Paula Restrepo, who led Colombia’s delegation during the technical talks",
    ),
    q(
        "Chile had tried until late Thursday night to soften the clause and had walked out of a "
        "drafting session when Ecuador refused",
        None,
        "indirect",
        "said",
        "Two diplomats familiar with the negotiations",
    ),
    p("his delegation had walked out", ECHEVERRIA, "indirect", "denied", "Echeveria"),
    p("simply gone to dinner.", ECHEVERRIA, "partial", "saying", "Echeveria"),
    q(
        "using Venezuelan families as political props",
        "Venezuelan Foreign Ministry",
        "partial",
        "said in a statement",
        "The Venezuelan Foreign Ministry",
        country="VE",
    ),
    q(
        "the country’s economy was recovering",
        "Venezuelan Foreign Ministry",
        "indirect",
        "said in a statement",
        "The Venezuelan Foreign Ministry",
        country="VE",
    ),
    q(
        "it would add 25 million euros to the fund",
        "European Union",
        "indirect",
        "said",
        "The European Union, which sent an observer",
    ),
    q(
        "it was ready to help register people at the centres",
        "International Organization for Migration",
        "indirect",
        "said",
        "The International Organization for Migration",
        org="International Organization for Migration",
    ),
    p(
        "A shelter every 200 kilometres is better than nothing, which is what we have now,",
        YEPEZ,
        "direct",
        "said",
        "Daniela Yépez, who runs a legal aid group for migrants in the city",
    ),
    p(
        "But shelters do not fix a visa system that pushes people into the hands of smugglers.",
        YEPEZ,
        "direct",
        "said",
        "Daniela Yépez, who runs a legal aid group for migrants in the city",
    ),
    p(
        "her group had recorded 46 deaths of migrants along Ecuador’s highways since January, most "
        "of them in road accidents at night",
        YEPEZ,
        "indirect",
        "said",
        "Yepez",
    ),
    q("to expand legal routes for Venezuelans", None, "indirect", "urged", "The ministers"),
    p(
        "the declaration would remain open for Chile to sign at any time",
        CARRASCO,
        "indirect",
        "said",
        "Carrasco",
    ),
    p("The door is open,", CARRASCO, "direct", "added", "she"),
    p("We will leave the light on.", CARRASCO, "direct", "added", "she"),
]

# --- music festival cancelled over waterlogged site, Somerset (British ‘single quotes’,
# no dateline) --------------------------------------------------------------------------
COUNCIL = "Ashcombe District Council"
FEST = "Fernhollow Events"
TULLOCH = {"speaker": "Graham Tulloch", "role": "chief executive", "country": "GB", "org": COUNCIL}
PRYCE = {
    "speaker": "Rhiannon Pryce",
    "role": "founder and chief executive",
    "country": "GB",
    "org": FEST,
}
MORROW = {"speaker": "Kezia Morrow", "role": "nursing student", "country": "GB"}
MARSDEN = {
    "speaker": "Ollie Marsden",
    "role": "singer",
    "country": "GB",
    "org": "the Lantern Choir",
}
ELLERY = {"speaker": "Mark Ellery", "role": None, "country": "GB"}
KEBLE = {"speaker": "Jonathan Keble", "role": "Conservative MP", "country": "GB"}
DESAI = {"speaker": "Anita Desai", "role": "consumer lawyer", "country": "GB"}

FESTIVAL_Q = [
    q("unsafe", COUNCIL, "partial", "says", "council", country="GB"),
    q(
        "unsafe for a crowd of any size",
        COUNCIL,
        "partial",
        "said",
        "the local council",
        country="GB",
    ),
    q(
        "its safety advisory group had met at 7am and concluded that the main arena, car parks and "
        "emergency access routes at Fernhollow Farm could not be used after a week of heavy rain",
        COUNCIL,
        "indirect",
        "said",
        "Ashcombe District Council",
        country="GB",
    ),
    p(
        "the decision had been unanimous and had been taken on the advice of the fire service and "
        "ambulance trust",
        TULLOCH,
        "indirect",
        "said",
        "Its chief executive, Graham Tulloch",
    ),
    p(
        "Nobody takes a decision like this lightly. We know how much work has gone into this "
        "weekend, and how many people have travelled a long way,",
        TULLOCH,
        "direct",
        "said",
        "he",
    ),
    p(
        "But if an ambulance can’t get to a patient in the arena, we are not going to gamble with "
        "that.",
        TULLOCH,
        "direct",
        "said",
        "he",
    ),
    q("heartbroken", FEST, "partial", "said", "The organiser, Fernhollow Events", country="GB"),
    q(
        "every ticket holder would receive a full refund within 14 days",
        FEST,
        "indirect",
        "said",
        "The organiser, Fernhollow Events",
        country="GB",
    ),
    q(
        "it had laid more than four kilometres of metal trackway since Monday and had hired pumps "
        "to clear standing water, but that the rain overnight had undone the work",
        FEST,
        "indirect",
        "said",
        "the company",
        country="GB",
    ),
    p(
        "she had begged the council for another 24 hours",
        PRYCE,
        "indirect",
        "told",
        "Its founder and chief executive, Rhiannon Pryce, who started the festival in a single "
        "field in 2009",
    ),
    p(
        "We had a plan. We had the trackway, we had the pumps, we had a team of 200 people out "
        "there at dawn,",
        PRYCE,
        "direct",
        "said",
        "she",
    ),
    p("I genuinely believed we could do it.", PRYCE, "direct", "said", "she"),
    p(
        "But I also have to be honest with people: when you’re standing in mud up to your shins "
        "at six in the morning, you know. I knew.",
        PRYCE,
        "direct",
        "said",
        "she",
    ),
    q(
        "parts of Somerset had received more than twice the average September rainfall in the past "
        "seven days, and that further showers were expected over the weekend",
        "Met Office",
        "indirect",
        "said",
        "The Met Office",
        country="GB",
    ),
    q(
        "they had learned of the cancellation from social media rather than from the organisers",
        None,
        "indirect",
        "said",
        "Many",
        country="GB",
    ),
    p(
        "We drove down from Leeds last night, slept in a lay-by and found out on Instagram,",
        MORROW,
        "direct",
        "said",
        "Kezia Morrow, 24, a nursing student, who was standing with two friends at the locked "
        "farm gate",
    ),
    p(
        "Did nobody think to send an email?",
        MORROW,
        "direct",
        "said",
        "Kezia Morrow, 24, a nursing student, who was standing with two friends at the locked "
        "farm gate",
    ),
    q(
        "officers had been turning cars away from the lanes around the village of Fernhollow since "
        "mid-morning",
        "Avon and Somerset Police",
        "indirect",
        "said",
        "Avon and Somerset Police",
        country="GB",
    ),
    p(
        "Gutted doesn’t cover it. We will play for every one of you, somewhere, soon. That’s a "
        "promise.",
        MARSDEN,
        "direct",
        "wrote",
        "The band’s singer, Ollie Marsden",
    ),
    p(
        "the festival carried insurance for cancellation due to weather but that it would not "
        "cover all of the company’s costs",
        PRYCE,
        "indirect",
        "said",
        "Pryce",
    ),
    p(
        "The volunteers will be looked after. Every one of them will be paid for this week’s work,",
        PRYCE,
        "direct",
        "added",
        "she",
    ),
    q(
        "the loss of the weekend would cost them dearly",
        None,
        "indirect",
        "said",
        "Local businesses",
        country="GB",
    ),
    p(
        "he had taken on four extra staff and ordered 60 barrels of beer",
        ELLERY,
        "indirect",
        "said",
        "Mark Ellery, who runs the Plough Inn in Fernhollow",
    ),
    p(
        "It’s the biggest weekend of our year, bigger than Christmas,",
        ELLERY,
        "direct",
        "said",
        "he",
    ),
    p("I’m not blaming anyone. You can’t blame the rain.", ELLERY, "direct", "said", "he"),
    p(
        "he would ask the council to review its safety process",
        KEBLE,
        "indirect",
        "said",
        "The Conservative MP for the area, Jonathan Keble",
    ),
    p("far too last-minute", KEBLE, "partial", "called", "he"),
    q(
        "the advisory group had warned the organisers on Tuesday that a final decision would "
        "depend on the weather",
        COUNCIL,
        "indirect",
        "saying",
        "The council",
        country="GB",
    ),
    q(
        "refunds will go back to the card used for the purchase, and buyers do not need to apply",
        "Ticketwell",
        "indirect",
        "according to",
        "Ticketwell, the festival’s ticket agency",
        country="GB",
    ),
    p(
        "fans who had booked trains or hotels were unlikely to get that money back from the "
        "organisers",
        DESAI,
        "indirect",
        "said",
        "A consumer lawyer, Anita Desai",
    ),
    p(
        "Yes. I don’t know where, and I don’t know how yet, but yes.",
        PRYCE,
        "direct",
        "said",
        "Pryse",
    ),
]

# --- protest after a police shooting, Indiana (curly “double quotes”) ------------------
CPD = "Claymore Police Department"
MULVANEY = {"speaker": "Sandra Mulvaney", "role": "police chief", "country": "US", "org": CPD}
OKAFOR = {"speaker": "Raymond Okafor", "role": "lawyer", "country": "US"}
LORRAINE = {"speaker": "Lorraine Harlan", "role": "mother", "country": "US"}
ABERNATHY = {"speaker": "Curtis Abernathy", "role": "mayor", "country": "US"}
PRENTISS = {
    "speaker": "Dale Prentiss",
    "role": "president",
    "country": "US",
    "org": "Claymore Police Officers Association",
}
VAUGHN = {
    "speaker": "Keisha Vaughn",
    "role": "youth pastor",
    "country": "US",
    "org": "Claymore Rising",
}
AALIYAH = {"speaker": "Aaliyah Harlan", "role": "sister", "country": "US"}

PROTEST_Q = [
    p("video", MULVANEY, "indirect", "promises", "chief"),
    p(
        "to release body camera footage of the shooting within 72 hours",
        MULVANEY,
        "indirect",
        "promised",
        "the city’s police chief",
    ),
    q(
        "The man, Devontae Harlan, was shot twice after officers stopped the car he was driving on "
        "Lincoln Avenue shortly before 11 p.m. Saturday",
        CPD,
        "indirect",
        "said",
        "the Claymore Police Department",
        country="US",
    ),
    p(
        "the officer had fired after Harlan reached toward the floor of the car, and that a "
        "handgun had been found under the driver’s seat",
        MULVANEY,
        "indirect",
        "said",
        "Police Chief Sandra Mulvaney",
    ),
    p(
        "I understand the pain in this community, and I understand the distrust,",
        MULVANEY,
        "direct",
        "said",
        "Mulvaney",
    ),
    p(
        "The only way through this is for people to see exactly what happened, and they will.",
        MULVANEY,
        "direct",
        "said",
        "Mulvaney",
    ),
    p(
        "the officer, a six-year veteran whose name has not been released, had been placed on paid "
        "administrative leave",
        MULVANEY,
        "indirect",
        "said",
        "She",
    ),
    p(
        "two passengers in the car had told him Harlan had both hands on the steering wheel when "
        "the first shot was fired",
        OKAFOR,
        "indirect",
        "said",
        "The family’s lawyer, Raymond Okafor",
    ),
    p(
        "Devontae was a kid with a summer job and his whole life in front of him,",
        OKAFOR,
        "direct",
        "said",
        "Okafor",
    ),
    p(
        "He was not reaching for anything. He was doing what every Black parent in this city tells "
        "their son to do.",
        OKAFOR,
        "direct",
        "said",
        "Okafor",
    ),
    p("today, not in 72 hours", OKAFOR, "partial", "said", "Okafor"),
    q(
        "its investigators had collected evidence from the scene and would present their findings "
        "to the Tremont County prosecutor",
        "Indiana State Police",
        "indirect",
        "said",
        "The Indiana State Police, which investigates police shootings in the state",
        country="US",
    ),
    p(
        "My son should be home. He should be at work tomorrow morning at 7,",
        LORRAINE,
        "direct",
        "said",
        "the mother, Lorraine Harlan",
    ),
    p(
        "I want the name of the man who shot him. I want to see his face.",
        LORRAINE,
        "direct",
        "said",
        "the mother, Lorraine Harlan",
    ),
    p(
        "And I want every one of you to go home safe tonight. Don’t give them a reason.",
        LORRAINE,
        "direct",
        "said",
        "the mother, Lorraine Harlan",
    ),
    q(
        "the crowd peaked at about 900 people and that there were no arrests",
        CPD,
        "indirect",
        "said",
        "The department",
        country="US",
    ),
    q(
        "they supported the protesters but were worried about a repeat of the unrest that followed "
        "a police shooting in the city in 2020",
        None,
        "indirect",
        "said",
        "Several shop owners",
        country="US",
    ),
    p(
        "he had asked the chief to move up the release of the video if the state investigators "
        "agreed",
        ABERNATHY,
        "indirect",
        "said",
        "Mayor Curtis Abernathy, who walked with the marchers for part of the route",
    ),
    p(
        "Seventy-two hours is a long time when you’re waiting to find out how your son died,",
        ABERNATHY,
        "direct",
        "said",
        "Abernathy",
    ),
    p(
        "Is there any reason it can’t be sooner? I haven’t heard one.",
        ABERNATHY,
        "direct",
        "said",
        "Abernathy",
    ),
    p(
        "the union supported releasing the footage",
        PRENTISS,
        "indirect",
        "said",
        "The president of the Claymore Police Officers Association, Sgt. Dale Prentiss",
    ),
    p(
        "getting tried on social media before the facts are in.",
        PRENTISS,
        "partial",
        "warned",
        "The president of the Claymore Police Officers Association, Sgt. Dale Prentiss",
    ),
    p(
        "the officer had received death threats after a name circulated online on Sunday",
        PRENTISS,
        "indirect",
        "said",
        "He",
    ),
    p("it was the wrong name", PRENTISS, "indirect", "according to", "Prentiss"),
    q(
        "they would march again on Monday night and every night until the video was released",
        None,
        "indirect",
        "said",
        "Organizers",
        country="US",
    ),
    p(
        "We are not going anywhere. We have been here before, and we know how this ends when "
        "people go home.",
        VAUGHN,
        "direct",
        "said",
        "One of them, Keisha Vaughn, 31, a youth pastor who leads a group called Claymore Rising",
    ),
    p("speak for itself.", MULVANEY, "partial", "said", "Mulvany"),
    q(
        "they heard a man shouting at the driver to show his hands and then two shots a few "
        "seconds apart",
        None,
        "indirect",
        "said",
        "Two witnesses who live on Lincoln Avenue",
        country="US",
    ),
    q(
        "she heard three shots",
        None,
        "indirect",
        "said",
        "A third, who asked not to be named",
        country="US",
    ),
    q(
        "Harlan had no criminal record apart from a speeding ticket last year",
        None,
        "indirect",
        "according to",
        "court records",
        country="US",
    ),
    q(
        "he had been promoted to team leader in June",
        "Greenway Landscaping",
        "indirect",
        "said in a statement",
        "His employer, Greenway Landscaping",
        country="US",
    ),
    q(
        "one of the hardest workers on the crew.",
        "Greenway Landscaping",
        "partial",
        "said in a statement",
        "His employer, Greenway Landscaping",
        country="US",
    ),
    p(
        "her brother had been driving two friends home from a cookout",
        AALIYAH,
        "indirect",
        "told",
        "Harlan’s younger sister, Aaliyah Harlan, 15",
    ),
    p("He was the one who always drove everybody home,", AALIYAH, "direct", "said", "she"),
    p("That was his thing.", AALIYAH, "direct", "said", "she"),
    p("to keep the protests peaceful", ABERNATHY, "indirect", "urged", "Abernathy"),
    p(
        "city buses would run late to get marchers home",
        ABERNATHY,
        "indirect",
        "said",
        "Abernathy",
    ),
]

DOCS = [
    ("heldout10-sports-monarchs-sound-brawl-suspensions", "KANSAS CITY, Mo.", SPORTS_Q),
    ("heldout10-flood-vermont-sable-river-crest", "MARLOW FALLS, Vt.", FLOOD_Q),
    ("heldout10-diplomacy-quito-migration-summit", "QUITO, Ecuador", SUMMIT_Q),
    ("heldout10-entertainment-fernhollow-festival-cancelled", None, FESTIVAL_Q),
    ("heldout10-protest-claymore-police-shooting", "CLAYMORE, Ind.", PROTEST_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Ashcombe District Council",
    "Avon and Somerset Police",
    "Champlain Electric Cooperative",
    "Claymore Police Department",
    "European Union",
    "Fernhollow Events",
    "Greenway Landscaping",
    "Indiana State Police",
    "International Organization for Migration",
    "Met Office",
    "NBA",
    "Nashville Sound",
    "National Basketball Players Association",
    "National Weather Service",
    "Ticketwell",
    "UNHCR",
    "Venezuelan Foreign Ministry",
    "Vermont State Police",
)


def main():
    write_gold(
        HERE,
        "heldout10_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout10",
        source="quotesdb held-out 10 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
