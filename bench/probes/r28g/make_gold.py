"""Build probes_r28g_gold.jsonl from the hand annotations below.

Training probe r28g, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r28e and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10). Theme: pronouns for speakers whose gender the name does not
give (first names the module's lexicon does not know, initials, unisex names): the gender
comes from `Mrs` / `Mr`, `the chairwoman`, `a spokeswoman`, `a mother of three`, `his wife`,
a pronoun of a relative clause on the person (`who grew up in Epe, where her father kept
ponds`), never from a pronoun inside the person's own reported words about someone else
(`said the chairman had promised … but he never came back`); a non-binary person's singular
`they say` is that person's. Headlines and standfirsts are not annotated; non-answers (`did
not respond to a request for comment`) are no statements (decision 6). Each quote is located
by searching its exact text after the previous quote's end.

    python3 bench/probes/r28g/make_gold.py   # writes probes_r28g_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Nigerian national daily's agriculture story (no dateline, a byline, `Mrs` / `Mr`
# without a point, initials, `told our correspondent`, `Reacting,`) ---------------------------
COOP = "Epe Fish Farmers Cooperative Society"
LASEMA = "Lagos State Emergency Management Agency"
LASEMA_BODY = {"speaker": LASEMA, "country": "NG"}
IFEOMA = {
    "speaker": "Ifeoma Nwachukwu-Balogun",
    "role": "chairwoman",
    "country": "NG",
    "org": COOP,
}
YETUNDE = {"speaker": "Yetunde Fashola-Oke", "country": "NG"}
BAKARE = {"speaker": "A.O. Bakare", "role": "Commissioner for Agriculture", "country": "NG"}
ADEYEMO = {"speaker": "Olumide Adeyemo", "role": "local government chairman", "country": "NG"}
ADEBAYO = {
    "speaker": "J.K. Adebayo-Lawal",
    "role": "fisheries scientist",
    "country": "NG",
    "org": "Lagos State University",
}
OBI = {"speaker": "Chukwuemeka Obi", "role": "feed dealer", "country": "NG"}
ADESANYA = {"speaker": "Temitope Adesanya", "country": "NG"}
OGUNBIYI = {"speaker": "Titilayo Ogunbiyi", "country": "NG"}

EPE_Q = [
    p(
        "212 of the society's 340 members had lost all their stock",
        IFEOMA,
        "indirect",
        "said",
        "The chairwoman of the Epe Fish Farmers Cooperative Society, Mrs Ifeoma Nwachukwu-Balogun",
    ),
    p(
        "We have farmers here who took loans from three banks to restock after the 2022 flood. "
        "Today they have nothing in the water and everything on paper,",
        IFEOMA,
        "direct",
        "said",
        "she",
    ),
    # an acronym spelt out: the full name (decision 2), its own organisation (decision 4);
    # `said A but that B` (no quote) is one statement
    p(
        "no lives had been lost but that 61 households had been moved to a primary school in "
        "Ejinrin",
        LASEMA_BODY,
        "indirect",
        "said",
        "The Lagos State Emergency Management Agency (LASEMA)",
    ),
    # the `he` of her own clause is the chairman, not the speaker
    p(
        "the local government chairman had promised the community sandbags in April but he "
        "never came back",
        YETUNDE,
        "indirect",
        "said",
        "Yetunde Fashola-Oke, who runs a catfish hatchery in Ibeju-Lekki",
    ),
    p(
        "I lost 40,000 fingerlings in one night. My late husband built these tanks with his own "
        "hands in 1998,",
        YETUNDE,
        "direct",
        "said",
        "she",
    ),
    p(
        "she would not restock until the drainage channel at Itoikin was dredged",
        YETUNDE,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the government had set up a committee to assess the damage and would publish its "
        "report within three weeks",
        BAKARE,
        "indirect",
        "said",
        "the Lagos State Commissioner for Agriculture, Mr A.O. Bakare",
    ),
    p(
        "Nobody will be abandoned. But we must also tell ourselves the truth: some of these ponds "
        "were dug inside the flood plain, against every advice,",
        BAKARE,
        "direct",
        "said",
        "he",
    ),
    p(
        "farmers who registered with the ministry would be given priority for the replacement "
        "of fingerlings and feed",
        BAKARE,
        "indirect",
        "added",
        "Bakare",
    ),
    p(
        "the sandbags had been delivered to the community's youth leaders in May",
        ADEYEMO,
        "indirect",
        "told",
        "The local government chairman, Mr Olumide Adeyemo",
    ),
    # initials and a title of no gender: `her father` in the relative clause on her
    p(
        "the lagoon had risen faster this year than in any year since records began at the "
        "Ejinrin gauge in 2011",
        ADEBAYO,
        "indirect",
        "said",
        "Dr J.K. Adebayo-Lawal, a fisheries scientist at the Lagos State University who grew up "
        "in Epe, where her father kept ponds",
    ),
    p(
        "The rain gauges told us on Thursday. The farmers heard on Sunday. That gap is the whole "
        "story,",
        ADEBAYO,
        "direct",
        "said",
        "she",
    ),
    p(
        "the state's flood warning was broadcast on radio only after the water had entered the "
        "first ponds, and that most farmers in the area listened to community radio stations "
        "that were not on the agency's list",
        ADEBAYO,
        "indirect",
        "said",
        "Adebayo-Lawal",
    ),
    # a request is a statement (decision 6), without its addressee
    p(
        "to send text messages in Yoruba and English to every registered farmer before the next "
        "rainy season",
        ADEBAYO,
        "indirect",
        "urged",
        "She",
    ),
    # `his wife` in his own clause: his
    p(
        "his wife and two sons had spent the weekend drying sacks of pellets on the road",
        OBI,
        "indirect",
        "said",
        "Chukwuemeka Obi, a feed dealer whose warehouse at Ejinrin was flooded to the roof",
    ),
    p(
        "Feed is money. Wet feed is nothing. I cannot sell one bag of what is in that store,",
        OBI,
        "direct",
        "said",
        "he",
    ),
    p(
        "he had insured the building but not its contents, and that he knew of no feed dealer "
        "in Epe who had",
        OBI,
        "indirect",
        "said",
        "Obi",
    ),
    p(
        "the cages had been torn from their moorings by the current",
        ADESANYA,
        "indirect",
        "told",
        "Temitope Adesanya, a farmer who keeps tilapia in floating cages on the lagoon",
    ),
    p(
        "When the water came, it did not knock. We watched the cages go past the jetty like boats,",
        ADESANYA,
        "direct",
        "said",
        "Adesanya",
    ),
    p(
        "the farmers had appealed to the local government for help in March",
        OGUNBIYI,
        "indirect",
        "said",
        "Her neighbour, Titilayo Ogunbiyi",
    ),
    p("He told us the flood was God's own business,", OGUNBIYI, "direct", "said", "Ogunbiyi"),
    p(
        "the society would ask the bank for a moratorium of at least one year on the repayment "
        "of loans taken by its members",
        IFEOMA,
        "indirect",
        "said",
        "Mrs Nwachukwu-Balogun",
    ),
    p(
        "If the banks can wait for oil companies, they can wait for fish farmers,",
        IFEOMA,
        "direct",
        "added",
        "she",
    ),
]

# --- A wire agency's feature from Tbilisi (AFP style: `Tbilisi (AFP) -`, `told AFP`, bare
# surnames, straight quotes) -------------------------------------------------------------------
NWA = "National Wine Agency"
NWA_BODY = {"speaker": NWA, "country": "GE"}
GELASHVILI = {"speaker": "Zurab Gelashvili", "country": "GE"}
LOMIDZE = {"speaker": "Tamuna Lomidze", "country": "GE"}
ABASHIDZE = {"speaker": "Ketevan Abashidze", "role": "deputy head", "country": "GE", "org": NWA}
TSIKLAURI = {"speaker": "Nino Tsiklauri", "country": "GE"}
AYDIN = {"speaker": "Deniz Aydın", "country": "TR"}
CHKHEIDZE = {"speaker": "Tinatin Chkheidze", "country": "GE"}

QVEVRI_Q = [
    p(
        "My grandfather made them, my father made them, and my son will make them if he has any "
        "sense,",
        GELASHVILI,
        "direct",
        "told",
        "Gelashvili",
    ),
    p(
        "exports of qvevri wine had tripled since 2015, and that more than 1,400 wineries now "
        "used the vessels",
        NWA_BODY,
        "indirect",
        "said",
        "Georgia's National Wine Agency",
    ),
    q(
        "they wait two years or more for a large jar",
        None,
        "indirect",
        "say",
        "Winemakers",
        country="GE",
    ),
    # `her grandfather` in her own clause is hers; `his workshop` the potter's
    p(
        "the potter who supplied her grandfather had died in 2019 and his workshop had closed",
        LOMIDZE,
        "indirect",
        "said",
        "Tamuna Lomidze, whose family winery in Kakheti sells to restaurants in Berlin and Tokyo",
    ),
    p(
        "We had to bury a jar with a crack in it last spring. It broke my heart and it cost us a "
        "harvest,",
        LOMIDZE,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had ordered four jars from Makatubani in 2022 and expected them by the end of next "
        "year",
        LOMIDZE,
        "indirect",
        "said",
        "Lomidze",
    ),
    p(
        "he had trained 11 young men over 30 years and that only two still worked with clay",
        GELASHVILI,
        "indirect",
        "said",
        "Gelashvili",
    ),
    p(
        "They learn for one summer, they see the money is in the wine, not the jar, and they go,",
        GELASHVILI,
        "direct",
        "said",
        "he",
    ),
    p(
        "23 people had enrolled so far, including seven women",
        ABASHIDZE,
        "indirect",
        "said",
        "Ketevan Abashidze, a deputy head of the agency",
    ),
    p(
        "There was a belief that a woman should not even touch the clay. That belief has cost us "
        "half of the possible potters,",
        ABASHIDZE,
        "direct",
        "said",
        "the official",
    ),
    p(
        "the agency would open a second workshop in Imereti next year",
        ABASHIDZE,
        "indirect",
        "said",
        "Abashidze, a mother of three who trained as a ceramicist before joining the civil service",
    ),
    # the `he` and `her` of her own clause: the teacher's and hers
    p(
        "Gelashvili was a hard teacher and that he had made her rebuild her first jar three times",
        TSIKLAURI,
        "indirect",
        "said",
        "Tsiklauri",
    ),
    p(
        "He never says it is good. He says it is not bad. From him that is a medal,",
        TSIKLAURI,
        "direct",
        "said",
        "she",
    ),
    # a unisex Turkish name: `with his wife` in the relative clause on him
    p(
        "Turkish diners now asked for qvevri wine by name",
        AYDIN,
        "indirect",
        "said",
        "Deniz Aydın, who buys wine for a group of restaurants in Istanbul and travels to "
        "Kakheti twice a year with his wife",
    ),
    p(
        "Five years ago I had to explain what the jar was. Now the guests explain it to me,",
        AYDIN,
        "direct",
        "said",
        "Aydın",
    ),
    # a closing `, which …` relative is outside the span (decision 5)
    p(
        "the price of the wines he buys had risen by about a third in two years",
        AYDIN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the big wineries were buying up every vessel before small producers could place an order",
        CHKHEIDZE,
        "indirect",
        "said",
        "Tinatin Chkheidze, who makes wine in a single jar behind a farmhouse near Telavi",
    ),
    p(
        "They have made a village craft into a luxury,",
        CHKHEIDZE,
        "direct",
        "said",
        "Chkheidze, whose grandmother taught her to make wine in the 1990s",
    ),
    p(
        "she had tried to buy a jar from a factory in Tbilisi that makes them with moulds, but "
        "had found it porous",
        CHKHEIDZE,
        "indirect",
        "said",
        "She",
    ),
    p(
        "it was studying a certification scheme that would distinguish hand-built vessels from "
        "moulded ones",
        NWA_BODY,
        "indirect",
        "said",
        "The agency",
    ),
    p("When he stops, I will still be here,", TSIKLAURI, "direct", "said", "she"),
    p("That is the only plan I have.", TSIKLAURI, "direct", "said", "she"),
]

# --- A global tech-and-labour site's feature on Santiago's delivery riders (Rest of World
# style: no dateline, a standfirst, present-tense `says`, curly quotes, a non-binary
# spokesperson's singular `they`) ---------------------------------------------------------------
UNION = "Sindicato de Repartidores de Santiago"
RAPIDITO = "Rapidito"
RAPIDITO_BODY = {"speaker": RAPIDITO, "country": "CL"}
SASHA = {"speaker": "Sasha Riquelme", "role": "spokesperson", "country": "CL", "org": UNION}
JAVIERA = {"speaker": "Javiera Quiñenao", "country": "CL"}
HUENCHULLAN = {
    "speaker": "Dagoberto Huenchullán",
    "role": "lawyer",
    "country": "CL",
    "org": UNION,
}
VENEGAS = {"speaker": "Alex Venegas", "role": "spokeswoman", "country": "CL", "org": RAPIDITO}
CATRILEO = {"speaker": "Ximena Catrileo", "country": "CL", "org": "University of Chile"}
ARAVENA = {"speaker": "Karol Aravena", "role": "Deputy", "country": "CL"}

COURIER_Q = [
    # the headline and the standfirst are not annotated
    p(
        "People call to tell me their account was blocked and nobody will tell them why. That is "
        "most of my job,",
        SASHA,
        "direct",
        "say",
        "they",
    ),
    p(
        "the apps count only the minutes a rider spends carrying an order, not the time spent "
        "waiting for one",
        SASHA,
        "indirect",
        "says",
        "Riquelme",
    ),
    # a singular `they` (the one non-binary person of the story)
    p(
        "a rider in central Santiago now waits an average of 22 minutes between orders",
        SASHA,
        "indirect",
        "say",
        "They",
    ),
    p(
        "her income fell by a quarter after the law took effect",
        JAVIERA,
        "indirect",
        "says",
        "Javiera Quiñenao, a rider who has delivered for two apps since 2020",
    ),
    # the `he` of her own clause is her brother
    p(
        "her brother, who rides the same routes, was told by a support agent that he should log "
        "off during quiet hours if he wanted a better rate",
        JAVIERA,
        "indirect",
        "says",
        "She",
    ),
    p(
        "They turned waiting into our problem. The law says they pay for our time, so they "
        "decided our time is only the part that moves,",
        JAVIERA,
        "direct",
        "says",
        "Quiñenao",
    ),
    # a closing appositive to the clause's last name is outside it
    p(
        "the group has filed 48 complaints with the Labour Directorate",
        HUENCHULLAN,
        "indirect",
        "says",
        "The union’s lawyer, Dagoberto Huenchullán",
    ),
    p(
        "the directorate has ruled on nine, and found against the platforms in seven",
        HUENCHULLAN,
        "indirect",
        "says",
        "He",
    ),
    # `did not respond to a request for comment`: a non-answer, none
    # a unisex first name: `a spokeswoman`; `says A and pays “…”`: A and the partial
    p(
        "the company complies with the law",
        VENEGAS,
        "indirect",
        "says",
        "Alex Venegas, a spokeswoman for Rapidito, the largest of the apps in Chile",
    ),
    p(
        "above the legal minimum for every minute a courier is on an order.",
        VENEGAS,
        "partial",
        "says",
        "Alex Venegas, a spokeswoman for Rapidito, the largest of the apps in Chile",
    ),
    p(
        "the company reviews every blocked account within 48 hours and that riders can appeal "
        "through the app",
        VENEGAS,
        "indirect",
        "says",
        "Venegas",
    ),
    p(
        "We want couriers to be able to plan their week. That is why we publish the rates in "
        "advance,",
        VENEGAS,
        "direct",
        "says",
        "she",
    ),
    p("a half-truth.", SASHA, "partial", "calls", "Riquelme"),
    p(
        "the published rates change by district and time of day, and that riders learn the rate "
        "for an order only after they accept it",
        SASHA,
        "indirect",
        "say",
        "They",
    ),
    q(
        "the union has made enemies",
        None,
        "indirect",
        "say",
        "Some riders",
        country="CL",
    ),
    p(
        "two of its founders were blocked by Rapidito within a week of speaking to a television "
        "station in 2023",
        HUENCHULLAN,
        "indirect",
        "says",
        "Huenchullán",
    ),
    p(
        "the accounts were closed over safety complaints from customers",
        RAPIDITO_BODY,
        "indirect",
        "says",
        "the company",
    ),
    p(
        "courts in Spain and the Netherlands have counted waiting time as working time, and that "
        "Chile’s law is silent on it",
        CATRILEO,
        "indirect",
        "says",
        "Catrileo",
    ),
    p(
        "The law was written for the moment the food is on the bike. Nobody wrote a sentence "
        "about the twenty minutes before,",
        CATRILEO,
        "direct",
        "says",
        "she",
    ),
    p(
        "she will present an amendment in June that defines waiting time in the app as working "
        "time",
        ARAVENA,
        "indirect",
        "says",
        "Deputy Karol Aravena, who sponsored the 2022 law",
    ),
    p(
        "the group plans to ask 2,000 riders to log every minute of one week in May, and to "
        "publish the results in a report",
        SASHA,
        "indirect",
        "says",
        "Riquelme",
    ),
    p(
        "If the apps will not count our minutes, we will count them ourselves,",
        SASHA,
        "direct",
        "say",
        "they",
    ),
    p("We are very good at waiting.", SASHA, "direct", "say", "they"),
]

DOCS = [
    ("probe-r28g-epe-fish-farm-flood", None, EPE_Q),
    ("probe-r28g-georgia-qvevri-potters", "Tbilisi", QVEVRI_Q),
    ("probe-r28g-santiago-courier-union", None, COURIER_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (LASEMA, NWA, RAPIDITO)


def main():
    write_gold(
        HERE,
        "probes_r28g_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r28g",
        source="quotesdb round-28 training probe G (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
