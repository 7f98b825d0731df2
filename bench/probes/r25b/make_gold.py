"""Build probes_r25b_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r24a and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-9: a speaking body is its own organisation, the fullest
in-article name, relatives, roles as the office's head title without party, body or
places). Each quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r25b/make_gold.py   # writes probes_r25b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Hamburg dock strike (dpa style, `HAMBURG (dpa) -`, straight "double quotes") ------
VERDI = "ver.di"
VERDI_BODY = {"speaker": VERDI, "country": "DE"}
OELSCHLAEGER = {
    "speaker": "Katrin Oelschläger",
    "role": "chief negotiator",
    "country": "DE",
    "org": VERDI,
}
ZDS = "ZDS"
ZDS_BODY = {"speaker": ZDS, "country": "DE"}
MAHLKE = {"speaker": "Thorsten Mahlke", "role": "negotiator", "country": "DE", "org": ZDS}
ELBKAI = "Elbkai Terminal GmbH"
ELBKAI_BODY = {"speaker": ELBKAI, "country": "DE"}
TRANSPORT_DE = "Transport Ministry"
TRANSPORT_DE_BODY = {"speaker": TRANSPORT_DE, "country": "DE"}
NORDHAVN = "Nordhavn Line"
NORDHAVN_BODY = {"speaker": NORDHAVN, "country": "DK"}
KJAERGAARD = {
    "speaker": "Mette Kjaergaard",
    "role": "chief operating officer",
    "country": "DK",
    "org": NORDHAVN,
}
ALBRECHTSEN = {"speaker": "Jens Albrechtsen", "role": "First Mayor", "country": "DE"}
WITTKOWSKI = {
    "speaker": "Jana Wittkowski",
    "role": "economist",
    "country": "DE",
    "org": "Kiel Institute for the World Economy",
}

STRIKE_Q = [
    p(
        "The 48-hour strike began at 6 am at all four container terminals on the Elbe",
        VERDI_BODY,
        "indirect",
        "said",
        "the services union ver.di",
    ),
    p(
        "about 4,000 workers had stopped work and that pickets would stay outside the "
        "terminal gates until Wednesday morning",
        OELSCHLAEGER,
        "indirect",
        "said",
        "Its chief negotiator, Katrin Oelschläger",
    ),
    p(
        "Nobody in this port wants to strike. But the employers have offered us less than "
        "inflation for the third year running, and now they want to talk about robots,",
        OELSCHLAEGER,
        "direct",
        "told",
        "she",
    ),
    # a quote paragraph with no cue of its own after hers: hers
    p(
        "We will not sign anything that does not protect jobs.",
        OELSCHLAEGER,
        "direct",
        "told",
        "she",
    ),
    p("disproportionate", ZDS_BODY, "partial", "called", "The employers' association ZDS"),
    p(
        "it had tabled an offer of 5.5 percent over two years",
        ZDS_BODY,
        "indirect",
        "said",
        "The employers' association ZDS",
    ),
    p(
        "We have made a fair offer. Automation is not a threat to this port, it is the only "
        "way it survives against Rotterdam.",
        MAHLKE,
        "direct",
        "said",
        "Its negotiator, Thorsten Mahlke",
    ),
    # `said that A and that B "…"`: A and the partial
    p(
        "23 ships were waiting at anchor in the German Bight",
        ELBKAI_BODY,
        "indirect",
        "said",
        "Elbkai Terminal GmbH, the city-owned operator of three of the four terminals",
    ),
    p(
        "at least a week",
        ELBKAI_BODY,
        "partial",
        "said",
        "Elbkai Terminal GmbH, the city-owned operator of three of the four terminals",
    ),
    p(
        "it would apply to the Hamburg labour court on Tuesday for an injunction against the "
        "second day of the strike",
        ELBKAI_BODY,
        "indirect",
        "said",
        "The company",
    ),
    q(
        "pilots were still bringing bulk carriers and cruise ships up the river and that the "
        "port's grain and oil terminals were working normally",
        None,
        "indirect",
        "said",
        "A spokeswoman for the Hamburg Port Authority",
        role="spokeswoman",
        country="DE",
        org="Hamburg Port Authority",
    ),
    # `said it was "…" but that B`: the partial and B
    p(
        "watching the situation closely",
        TRANSPORT_DE_BODY,
        "partial",
        "said",
        "Germany's Transport Ministry",
    ),
    p(
        "wage bargaining was a matter for the two sides",
        TRANSPORT_DE_BODY,
        "indirect",
        "said",
        "Germany's Transport Ministry",
    ),
    # `said A and would B "…"`: A and the partial
    p(
        "it had diverted two of its vessels to Rotterdam",
        NORDHAVN_BODY,
        "indirect",
        "said",
        "Nordhavn Line, a Copenhagen-based container carrier",
    ),
    p(
        "for as long as it takes",
        NORDHAVN_BODY,
        "partial",
        "said",
        "Nordhavn Line, a Copenhagen-based container carrier",
    ),
    p(
        "the strike was costing the line about 1.2 million euros a day",
        KJAERGAARD,
        "indirect",
        "said",
        "Its chief operating officer, Mette Kjaergaard",
    ),
    p(
        "Our customers do not care whose fault it is. They care where their containers are,",
        KJAERGAARD,
        "direct",
        "said",
        "she",
    ),
    # a request (decision 6): no addressee
    p(
        "to return to the negotiating table before the weekend",
        ALBRECHTSEN,
        "indirect",
        "urged",
        "Hamburg's First Mayor, Jens Albrechtsen",
    ),
    p(
        "Every day this port stands still, the ships learn the way to Rotterdam,",
        ALBRECHTSEN,
        "direct",
        "told",
        "Albrechtsen",
    ),
    p("And some of them do not come back.", ALBRECHTSEN, "direct", "told", "Albrechtsen"),
    q(
        "the Senate had offered to appoint a mediator as early as Tuesday",
        None,
        "indirect",
        "said",
        "A city official, who spoke on condition of anonymity because the talks are confidential",
        role="official",
        country="DE",
    ),
    p(
        "the union had not been told of any such offer",
        OELSCHLAEGER,
        "indirect",
        "said",
        "Oelschläger",
    ),
    p(
        "If the Senate wants to help, it can start by telling the terminal operator to take "
        "automation off the table,",
        OELSCHLAEGER,
        "direct",
        "said",
        "she",
    ),
    p("the plan could cost up to 1,500 jobs", VERDI_BODY, "indirect", "says", "The union"),
    p("no permanent employee will be dismissed", ELBKAI_BODY, "indirect", "said", "The company"),
    p(
        "the association was ready to put a jobs guarantee in writing, but only for workers "
        "hired before the end of this year",
        MAHLKE,
        "indirect",
        "said",
        "Mahlke",
    ),
    p(
        "That is not a guarantee, that is an expiry date,",
        OELSCHLAEGER,
        "direct",
        "said",
        "Oelschläger",
    ),
    # `said A, but warned that B`: two
    p(
        "most of the diverted cargo would return once the strike ended",
        WITTKOWSKI,
        "indirect",
        "said",
        "Jana Wittkowski, an economist at the Kiel Institute for the World Economy",
    ),
    p(
        "repeated walkouts could push carriers to move services to Rotterdam for good",
        WITTKOWSKI,
        "indirect",
        "warned",
        "Jana Wittkowski, an economist at the Kiel Institute for the World Economy",
    ),
    p(
        "Shipping lines have long memories and short contracts,",
        WITTKOWSKI,
        "direct",
        "said",
        "she",
    ),
    p(
        "Hamburg has already lost market share to the Dutch and Belgian ports for ten years in "
        "a row.",
        WITTKOWSKI,
        "direct",
        "said",
        "she",
    ),
    q(
        "they had been told nothing by the terminals since dawn",
        None,
        "indirect",
        "said",
        "Truck drivers waiting in a queue of several kilometres on the Köhlbrand bridge",
        country="DE",
    ),
    p("no new talks had been scheduled", VERDI_BODY, "indirect", "said", "Ver.di"),
]

# --- A Colombian regional election (EFE style, `Medellín (Colombia), Oct 30 (EFE).-`,
# curly “double quotes”) ---------------------------------------------------------------
REGISTRY = "National Civil Registry"
REGISTRY_BODY = {"speaker": REGISTRY, "country": "CO"}
ARBELAEZ = {"speaker": "Lucía Arbeláez", "role": "governor-elect", "country": "CO"}
SALCEDO = {"speaker": "Federico Salcedo", "role": "candidate", "country": "CO"}
CUARTAS = {"speaker": "Hernán Cuartas", "country": "CO", "org": REGISTRY}
MOE = "Electoral Observation Mission"
MOE_BODY = {"speaker": MOE, "country": "CO"}
RESTREPO = {"speaker": "Paula Restrepo", "role": "director", "country": "CO", "org": MOE}
INTERIOR_CO = "Interior Ministry"
INTERIOR_CO_BODY = {"speaker": INTERIOR_CO, "country": "CO"}
MOSQUERA = {"speaker": "Iván Mosquera", "role": "Defence Minister", "country": "CO"}
POLICE_CO = "National Police"
POLICE_CO_BODY = {"speaker": POLICE_CO, "country": "CO"}
VILLEGAS = {
    "speaker": "Sandra Villegas",
    "role": "political scientist",
    "country": "CO",
    "org": "University of Antioquia",
}
HENAO = {"speaker": "Mauricio Henao", "role": "Governor", "country": "CO"}

ELECTION_Q = [
    # a fronted report with its source after it
    p(
        "With 99.6 percent of polling stations counted, Lucía Arbeláez of the Antioquia "
        "Primero citizens' movement had 41.3 percent of the vote against 33.8 percent for "
        "the Liberal Party candidate, Federico Salcedo",
        REGISTRY_BODY,
        "indirect",
        "said",
        "the National Civil Registry",
    ),
    p(
        "Turnout in the department was 52.1 percent, the highest for a regional election "
        "since 2007",
        REGISTRY_BODY,
        "indirect",
        "said",
        "the registry",
    ),
    p(
        "Antioquia voted tonight for people, not for logos,",
        ARBELAEZ,
        "direct",
        "told",
        "Arbeláez, 52",
    ),
    p(
        "Tomorrow we start work, and we start it with the people who did not vote for us.",
        ARBELAEZ,
        "direct",
        "told",
        "Arbeláez, 52",
    ),
    # a closing `, which she had called "…"` relative: cut (decision 5), its partial hers
    p(
        "her first decree would order an external audit of the department's road-building "
        "contracts",
        ARBELAEZ,
        "indirect",
        "said",
        "The governor-elect",
    ),
    p("a black box", ARBELAEZ, "partial", "called", "she"),
    # `conceded defeat` is a reaction (decision 6); `said A and that B "…"`: A and the partial
    p(
        "he had telephoned Arbeláez to congratulate her",
        SALCEDO,
        "indirect",
        "said",
        "he",
    ),
    p("a vigilant opposition", SALCEDO, "partial", "said", "he"),
    q(
        "the party would nonetheless ask for a recount in three municipalities in the Urabá region",
        None,
        "indirect",
        "said",
        "A campaign official for Salcedo, who asked not to be named because he was not "
        "authorised to speak",
        role="campaign official",
        country="CO",
    ),
    p(
        "the fastest in the country's history",
        CUARTAS,
        "partial",
        "told",
        "Hernán Cuartas, who heads the National Civil Registry",
    ),
    p(
        "results from every department had been published within four hours of the polls closing",
        CUARTAS,
        "indirect",
        "told",
        "Hernán Cuartas, who heads the National Civil Registry",
    ),
    # a reported clause holding a partial: the partial only
    p("with complete transparency", CUARTAS, "partial", "said", "He"),
    p(
        "it had received 412 reports of irregularities nationwide, most of them involving "
        "vote buying and the transport of voters from other municipalities",
        MOE_BODY,
        "indirect",
        "said",
        "The Electoral Observation Mission (MOE), an independent monitoring group",
    ),
    p(
        "the figure was lower than in the 2023 regional elections",
        RESTREPO,
        "indirect",
        "told",
        "Its director, Paula Restrepo",
    ),
    p("very worrying", RESTREPO, "partial", "told", "Its director, Paula Restrepo"),
    p(
        "In some municipalities people did not vote freely. They voted for whoever the armed "
        "group in the area told them to,",
        RESTREPO,
        "direct",
        "said",
        "Restrepo",
    ),
    p(
        "it would hand its reports to the Attorney General's Office on Tuesday",
        MOE_BODY,
        "indirect",
        "said",
        "The MOE",
    ),
    p(
        "voting had taken place normally at 99.8 percent of the country's polling stations, "
        "and that 11 stations in the departments of Cauca and Nariño had been moved for "
        "security reasons",
        INTERIOR_CO_BODY,
        "indirect",
        "said",
        "Colombia's Interior Ministry",
    ),
    p(
        "240,000 police officers and soldiers had been deployed to protect the vote, and that "
        "no serious incident had been recorded",
        MOSQUERA,
        "indirect",
        "said",
        "Defence Minister Iván Mosquera",
    ),
    p(
        "It was a peaceful day, and that is the merit of the voters,",
        MOSQUERA,
        "direct",
        "said",
        "the minister",
    ),
    p(
        "37 people had been detained across the country for electoral offences, including 9 "
        "in Antioquia",
        POLICE_CO_BODY,
        "indirect",
        "said",
        "The National Police",
    ),
    p(
        "the result reflected a broader weariness with the parties that had dominated "
        "regional politics",
        VILLEGAS,
        "indirect",
        "said",
        "Sandra Villegas, a political scientist at the University of Antioquia",
    ),
    p(
        "She won in the poor neighbourhoods of Medellín and in the coffee towns of the "
        "southwest. That coalition did not exist two years ago,",
        VILLEGAS,
        "direct",
        "said",
        "Villegas",
    ),
    p(
        "the new governor would face an assembly in which the Liberal and Conservative "
        "parties together hold a majority",
        VILLEGAS,
        "indirect",
        "added",
        "She",
    ),
    p(
        "he had invited Arbeláez to meet him on Tuesday to begin the handover",
        HENAO,
        "indirect",
        "wrote",
        "Governor Mauricio Henao, who leaves office on Dec. 31",
    ),
]

# --- A Japanese antitrust surcharge on a ride-hailing app (Kyodo style,
# `TOKYO, Nov. 30 (Kyodo) --`, straight "double quotes") --------------------------------
JFTC = "Japan Fair Trade Commission"
JFTC_BODY = {"speaker": JFTC, "country": "JP"}
HAYATE = "Hayate Mobility Inc."
HAYATE_BODY = {"speaker": HAYATE, "country": "JP"}
MORISHITA = {"speaker": "Kenji Morishita", "role": "president", "country": "JP", "org": HAYATE}
DAON = "Daon Platforms Corp."
DAON_BODY = {"speaker": DAON, "country": "KR"}
TANABE = {"speaker": "Hiroshi Tanabe", "role": "Chief Cabinet Secretary", "country": "JP"}
MLIT = "Ministry of Land, Infrastructure, Transport and Tourism"
MLIT_BODY = {"speaker": MLIT, "country": "JP"}
IKEDA = {
    "speaker": "Toshio Ikeda",
    "role": "chairman",
    "country": "JP",
    "org": "All Japan Taxi Workers' Union",
}
SHIMADA = {"speaker": "Yuki Shimada", "role": "analyst", "country": "JP", "org": "Kairo Securities"}

FINE_Q = [
    p(
        "Hayate Mobility Inc. had required about 230 taxi operators in Tokyo, Osaka and "
        "Fukuoka to use its app exclusively between 2021 and 2024, in exchange for lower "
        "commission rates, and had cut off companies that refused",
        JFTC_BODY,
        "indirect",
        "said",
        "The commission",
    ),
    p(
        "The practice shut rival apps out of the three largest taxi markets and kept fares "
        "higher than they would otherwise have been",
        JFTC_BODY,
        "indirect",
        "said",
        "it",
    ),
    q(
        "the watchdog had also issued a cease-and-desist order requiring Hayate to notify "
        "every taxi operator in writing that the exclusivity clauses were void",
        None,
        "indirect",
        "told",
        "A commission official",
        role="official",
        country="JP",
        org=JFTC,
    ),
    q(
        "Drivers and passengers should be able to choose the app. That choice did not exist "
        "in these cities for three years,",
        None,
        "direct",
        "said",
        "the official",
        role="official",
        country="JP",
        org=JFTC,
    ),
    # `said that it "…" but that B`: the partial and B
    p("takes the order seriously", HAYATE_BODY, "partial", "said", "Hayate"),
    p(
        "it would consider filing a lawsuit to have it overturned",
        HAYATE_BODY,
        "indirect",
        "said",
        "Hayate",
    ),
    p(
        "the discounts had been offered to help small taxi firms survive the coronavirus "
        "pandemic and that no operator had been forced to sign",
        MORISHITA,
        "indirect",
        "told",
        "The company's president, Kenji Morishita",
    ),
    p(
        "We believe we acted within the law, and we will explain that in court if necessary,",
        MORISHITA,
        "direct",
        "said",
        "Morishita",
    ),
    # a quote paragraph with no cue after his: his
    p(
        "At the same time, I apologize to our partners and users for the worry this has caused.",
        MORISHITA,
        "direct",
        "said",
        "Morishita",
    ),
    p(
        "it did not expect the surcharge to have a material impact on its annual earnings",
        DAON_BODY,
        "indirect",
        "said",
        "Daon Platforms Corp., a Seoul-based internet group",
    ),
    # `declined to give details` is a non-answer (decision 6)
    q(
        "the South Korean regulator had opened its own inquiry into Daon's domestic taxi app "
        "in March",
        None,
        "indirect",
        "said",
        "A spokesman for the Korea Fair Trade Commission",
        role="spokesman",
        country="KR",
        org="Korea Fair Trade Commission",
    ),
    p(
        "fully respect",
        TANABE,
        "partial",
        "told",
        "Chief Cabinet Secretary Hiroshi Tanabe",
    ),
    p(
        "the government was also preparing legislation to require large platforms to open "
        "their services to competitors by the end of next fiscal year",
        TANABE,
        "indirect",
        "said",
        "He",
    ),
    p(
        "it would ask the four largest taxi associations to report by the end of December on "
        "whether any exclusivity deals remained in place",
        MLIT_BODY,
        "indirect",
        "said",
        "The Ministry of Land, Infrastructure, Transport and Tourism",
    ),
    p(
        "it had no plans for now to change the rules that allow ride-hailing apps to set surge "
        "fares",
        MLIT_BODY,
        "indirect",
        "said",
        "The transport ministry",
    ),
    # `welcomed the order` is a reaction (decision 6)
    p(
        "drivers at firms tied to Hayate had been losing up to 15 percent of their fares to "
        "commissions and had been unable to take bookings from other apps during quiet hours",
        IKEDA,
        "indirect",
        "said",
        "Its chairman, Toshio Ikeda",
    ),
    p(
        "Our members were told that if they used another app, the company would lose its "
        "discount. That is not a choice,",
        IKEDA,
        "direct",
        "said",
        "Ikeda",
    ),
    q(
        "they had noticed little change since the exclusivity deals ended last year",
        None,
        "indirect",
        "said",
        "Drivers waiting at a taxi stand outside Shinagawa Station",
        country="JP",
    ),
    q(
        "The apps change, but the passengers are the same,",
        None,
        "direct",
        "said",
        "one driver, who has worked for a Tokyo firm for 19 years",
        role="driver",
        country="JP",
    ),
    p(
        "the surcharge was small compared with Hayate's annual sales of about 180 billion yen "
        "but that the cease-and-desist order could cost it market share",
        SHIMADA,
        "indirect",
        "said",
        "Yuki Shimada, an analyst at Kairo Securities in Tokyo",
    ),
    p(
        "The fine is a one-day story. Losing exclusivity in Osaka and Fukuoka is a five-year "
        "story,",
        SHIMADA,
        "direct",
        "said",
        "she",
    ),
    p(
        "it would publish guidelines on exclusive dealing by apps in the spring",
        JFTC_BODY,
        "indirect",
        "said",
        "It",
    ),
]

DOCS = [
    ("probe-r25b-hamburg-dock-strike", "HAMBURG", STRIKE_Q),
    ("probe-r25b-antioquia-governor-race", "Medellín (Colombia)", ELECTION_Q),
    ("probe-r25b-japan-ride-hailing-fine", "TOKYO", FINE_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (
    VERDI,
    ZDS,
    ELBKAI,
    TRANSPORT_DE,
    NORDHAVN,
    REGISTRY,
    MOE,
    INTERIOR_CO,
    POLICE_CO,
    JFTC,
    HAYATE,
    DAON,
    MLIT,
)


def main():
    write_gold(
        HERE,
        "probes_r25b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r25b",
        source="quotesdb round-25 training probes B (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
