"""Build probes_r32b_gold.jsonl from the hand annotations below.

Training probe r32b, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r31d and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-12). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r32b/make_gold.py   # writes probes_r32b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402


def body(name, country=None):
    """An organisation speaking (its own organisation: decision 4, via SPEAKING_BODIES)."""
    return {"speaker": name, "country": country}


# --- A Maltese fish-farm row (Times of Malta style: headline, a bare byline with no `By`,
# no dateline, `Mr` / `Dr` with no point, `€`, straight quotes, full stop outside a closing
# mark) ------------------------------------------------------------------------------------
# Undated and never naming Malta: its domestic marks (Marsaxlokk, Delimara, Birżebbuġa,
# Marsascala, the Planning Authority, the ERA, the Nationalist Party, Castille, Parliament,
# `a Gozitan`, `€`) make it Maltese, so its own voices take MT; the foreign voices keep
# theirs (the Italian company and its chief in Livorno IT, a Southampton ecologist GB, the
# European Commission and its spokeswoman EU with no country). A Gozitan who runs a
# restaurant in Toronto: the demonym (r26a's `a Venezuelan who has lived in Chile` → VE).
COOP = "Marsaxlokk Fishermen's Cooperative"
ITTICA = "Ittica Tirrena"
ERA = "Environment and Resources Authority"  # spelt out with (ERA): decision 2
PA = "Planning Authority"
# `X, who heads Y,`: Y and no role (decision 9)
AZZOPARDI = {"speaker": "Karmenu Azzopardi", "country": "MT", "org": COOP}
# a town before the title: no body (r31a's `Chengalpattu Collector X`)
ZAMMIT = {"speaker": "Doris Zammit Bonello", "role": "mayor", "country": "MT"}
# `Its chief executive, X,` after the company's statement: the company; Italian (`the
# Italian company`, its headquarters in Livorno)
VENTURI = {"speaker": "Paolo Venturi", "role": "chief executive", "country": "IT", "org": ITTICA}
# the acronym before the title: the full name (decision 2)
GRECH = {"speaker": "Anton Grech Sant", "role": "chairman", "country": "MT", "org": ERA}
BORG = {
    "speaker": "Justin Borg Cardona",
    "role": "environment spokesman",
    "country": "MT",
    "org": "Nationalist Party",
}
GALEA = {"speaker": "Roderick Galea", "role": "Environment Minister", "country": "MT"}
# a Commission spokeswoman: EU, no country (decision 1)
RIBEIRO = {"speaker": "Ana Ribeiro", "role": "spokeswoman", "org": "EU"}
FORSYTH = {
    "speaker": "Helen Forsyth",
    "role": "marine ecologist",
    "country": "GB",
    "org": "University of Southampton",
}
MIFSUD = {"speaker": "Joe Mifsud", "country": "MT"}

FARM_Q = [
    # added after the first run (README changelog): the lead's `saying A` is the
    # fishermen's statement (a group, speaker null); `have threatened to block …` is an act
    # (r21b's `threatened to retaliate`), the headline's `threaten blockade` a headline act
    q(
        "the farm has already driven them from their best grounds",
        None,
        "indirect",
        "saying",
        "Fishermen in Marsaxlokk",
        country="MT",
    ),
    p(
        "We are being pushed out of our own sea,",
        AZZOPARDI,
        "direct",
        "said",
        "Karmenu Azzopardi, who heads the Marsaxlokk Fishermen's Cooperative",
    ),
    # `He said A and that B` (no quote): one statement
    p(
        "catches of lampuki and bream near the farm had fallen by half since 2019 and that "
        "slicks of fish oil reached the shore most summers",
        AZZOPARDI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the local council had received more than 300 complaints about smells and foam in the "
        "bay last year",
        ZAMMIT,
        "indirect",
        "said",
        "Marsaxlokk mayor Doris Zammit Bonello",
    ),
    p(
        "Families swim here. Tourists eat here. Nobody should have to choose between the two,",
        ZAMMIT,
        "direct",
        "said",
        "she",
    ),
    # the foreign company speaking: its own organisation, its country (`the Italian company`)
    p(
        "its farm met every condition of its environmental permit and had been inspected 11 "
        "times since 2022 without a single breach",
        body(ITTICA, "IT"),
        "indirect",
        "said",
        "Ittica Tirrena",
    ),
    p(
        "the expansion would create 60 jobs and bring €9 million in investment",
        VENTURI,
        "indirect",
        "said",
        "Its chief executive, Paolo Venturi",
    ),
    p(
        "We farm the same tuna the fishermen catch. We want a clean sea as much as they do,",
        VENTURI,
        "direct",
        "said",
        "Mr Venturi",
    ),
    p(
        "the larger farm would need a new seabed survey and tighter limits on feed",
        body(ERA, "MT"),
        "indirect",
        "said",
        "The Environment and Resources Authority (ERA), which reviewed the application",
    ),
    p(
        "should have been done before the application, not after it",
        GRECH,
        "partial",
        "said",
        "ERA chairman Anton Grech Sant",
    ),
    p(
        "handed the bay to one company",
        BORG,
        "partial",
        "said",
        "The Nationalist Party's environment spokesman, Dr Justin Borg Cardona",
    ),
    # a request (decision 6), no addressee
    p(
        "to publish the farm's monitoring reports",
        BORG,
        "indirect",
        "called on",
        "The Nationalist Party's environment spokesman, Dr Justin Borg Cardona",
    ),
    # `told Parliament that A "…" and that B`: the partial and B
    p(
        "once they have been verified",
        GALEA,
        "partial",
        "told",
        "Environment Minister Roderick Galea",
    ),
    p(
        "no decision had been taken at Castille",
        GALEA,
        "indirect",
        "told",
        "Environment Minister Roderick Galea",
    ),
    # `said A but that B` (no quote): one statement (r31b); the Commission: EU, no country
    p(
        "member states remained responsible for licensing fish farms but that EU rules on water "
        "quality applied to the bay",
        body("European Commission"),
        "indirect",
        "said",
        "The European Commission",
    ),
    p(
        "We are following the case closely,",
        RIBEIRO,
        "direct",
        "told",
        "a Commission spokeswoman, Ana Ribeiro",
    ),
    p(
        "nitrogen from the cages rarely travelled more than a kilometre",
        FORSYTH,
        "indirect",
        "said",
        "Helen Forsyth, a marine ecologist at the University of Southampton who has studied "
        "tuna farms across the Mediterranean",
    ),
    # a split cue (`The foam …, she said, was "…"`): the quoted words (partial default)
    p("consistent with overfeeding", FORSYTH, "partial", "said", "she"),
    p(
        "changed beyond recognition",
        MIFSUD,
        "partial",
        "said",
        "Joe Mifsud, a Gozitan who has run a restaurant in Toronto for 30 years and spends "
        "every summer in Marsaxlokk",
    ),
    p(
        "When I was ten we dived for octopus off the breakwater. Now my grandchildren will not "
        "put a foot in the water,",
        MIFSUD,
        "direct",
        "said",
        "he",
    ),
    # an unnamed spokesman: speaker null, the body, no role; `said A and that B`: one
    q(
        "the board would hear objectors in person and that the case officer's report would be "
        "online by Tuesday",
        None,
        "indirect",
        "said",
        "A spokesman for the Planning Authority",
        country="MT",
        org=PA,
    ),
    p(
        "boats from Birżebbuġa and Marsascala had offered to join",
        AZZOPARDI,
        "indirect",
        "said",
        "Mr Azzopardi",
    ),
    p(
        "We do not want to fight anyone. But we will not watch quietly while they take the sea,",
        AZZOPARDI,
        "direct",
        "said",
        "he",
    ),
]

# --- Diamond job cuts (Mmegi style: an upper-case byline over `Staff Writer`, no dateline,
# `per cent`, `government` with no article, `Kgosi`, pula written `P15,000`) ---------------
# Undated and never naming Botswana: Letlhakane, Orapa, Serowe, Gaborone, Francistown,
# Boteti, a kgotla, a Kgosi, the Minister of Minerals and Energy, the Umbrella for
# Democratic Change, pula (`P15,000`, `P84,000`: Philippine pesos are written so too) make
# it Botswanan, so its own voices take BW; the foreign voices keep theirs (a Johannesburg
# analyst ZA, a Surat polisher IN, an Edinburgh economist GB, India's High Commissioner IN,
# the UNDP's resident representative no country).
LEKGABA = "Lekgaba Diamonds"
DGWU = "Diamond and General Workers' Union"  # spelt out with (DGWU): decision 2
# a bare title opening the paragraph after the company's announcement: the company
SEBEGO = {
    "speaker": "Onalenna Sebego",
    "role": "managing director",
    "country": "BW",
    "org": LEKGABA,
}
# a traditional leader's title (as `Chief`): the role
MPHOENG = {"speaker": "Oteng Mphoeng", "role": "Kgosi", "country": "BW"}
RAMOTSWA = {"speaker": "Lesego Ramotswa", "role": "secretary general", "country": "BW", "org": DGWU}
SEGOKGO = {"speaker": "Neo Segokgo", "role": "Minister of Minerals and Energy", "country": "BW"}
# `The Member of Parliament for Boteti West, X, of the opposition Y,`: the remit after `for`
# dropped (decision 9, `MP for Lymbridge`), the party as organisation
DIKGANG = {
    "speaker": "Mpho Dikgang",
    "role": "Member of Parliament",
    "country": "BW",
    "org": "Umbrella for Democratic Change",
}
NKOSI = {
    "speaker": "Thandiwe Nkosi",
    "role": "mining analyst",
    "country": "ZA",
    "org": "Kestrel Securities",
}
# `In Surat, …, X, a director of the polishing firm Y,`: the firm, India (the city)
KOTHARI = {
    "speaker": "Hitesh Kothari",
    "role": "director",
    "country": "IN",
    "org": "Navrang Exports",
}
DRUMMOND = {
    "speaker": "Fiona Drummond",
    "role": "development economist",
    "country": "GB",
    "org": "University of Edinburgh",
}
# a U.N. agency's officer: the agency in full, no country (decision 1)
DIALLO = {
    "speaker": "Amina Diallo",
    "role": "resident representative",
    "org": "United Nations Development Programme",
}
# a foreign envoy: his own country (r26a's ambassadors)
VARMA = {"speaker": "Anil Varma", "role": "High Commissioner", "country": "IN"}
# `X, 34, who has driven a haul truck at Mosu …,`: a relative, no role; Mosu is a mine, no body
TAU = {"speaker": "Boitumelo Tau", "country": "BW"}

MINE_Q = [
    p(
        "Lekgaba Diamonds will cut about 600 jobs at its Mosu mine near Letlhakane and halt one "
        "of its two processing plants for at least a year",
        body(LEKGABA, "BW"),
        "indirect",
        "announced",
        "the company",
    ),
    # added after the first run (README changelog): `blaming A` is the company's (r29a's
    # `It blamed "softer industrial demand"`)
    p(
        "a collapse in demand for rough stones",
        body(LEKGABA, "BW"),
        "indirect",
        "blaming",
        "the company",
    ),
    p(
        "the company had sold less than half of its planned output in the first nine months of "
        "the year",
        SEBEGO,
        "indirect",
        "told",
        "Managing director Onalenna Sebego",
    ),
    p(
        "We have never had to do this in 14 years. It is painful, and we are sorry,",
        SEBEGO,
        "direct",
        "said",
        "she",
    ),
    p(
        "the village had grown up around the mine",
        MPHOENG,
        "indirect",
        "said",
        "Kgosi Oteng Mphoeng, who chaired the meeting",
    ),
    # a request (decision 6), no addressee
    p(
        "to keep paying school fees for the children of retrenched workers until the end of the "
        "year",
        MPHOENG,
        "indirect",
        "asked",
        "Kgosi Oteng Mphoeng, who chaired the meeting",
    ),
    p(
        "Retrenched workers will receive two weeks' pay for each year of service and a once-off "
        "payment of P15,000",
        body(LEKGABA, "BW"),
        "indirect",
        "according to",
        "the company",
    ),
    # `said A "…" and that B`: the partial and B
    p(
        "an insult to people who gave the mine their youth",
        body(DGWU, "BW"),
        "partial",
        "said",
        "The Diamond and General Workers' Union (DGWU)",
    ),
    p(
        "it would take the matter to the Industrial Court",
        body(DGWU, "BW"),
        "indirect",
        "said",
        "The Diamond and General Workers' Union (DGWU)",
    ),
    p(
        "the union had not been consulted before Monday's announcement",
        RAMOTSWA,
        "indirect",
        "said",
        "DGWU secretary general Lesego Ramotswa",
    ),
    p(
        "in talks with every producer",
        SEGOKGO,
        "partial",
        "told",
        "Minister of Minerals and Energy Neo Segokgo",
    ),
    p(
        "no other closures had been announced",
        SEGOKGO,
        "indirect",
        "told",
        "Minister of Minerals and Energy Neo Segokgo",
    ),
    p(
        "the cuts showed the danger of relying on one product for 30 years",
        DIKGANG,
        "indirect",
        "said",
        "The Member of Parliament for Boteti West, Mpho Dikgang, of the opposition Umbrella for "
        "Democratic Change",
    ),
    p(
        "for a fund to retrain miners in Letlhakane and Orapa",
        DIKGANG,
        "indirect",
        "called for",
        "The Member of Parliament for Boteti West, Mpho Dikgang, of the opposition Umbrella for "
        "Democratic Change",
    ),
    p(
        "Prices for rough have fallen by a third since 2022 and I do not expect them to turn "
        "before the end of next year,",
        NKOSI,
        "direct",
        "said",
        "Thandiwe Nkosi, a mining analyst at Kestrel Securities in Johannesburg",
    ),
    p(
        "his company had cut its purchases of rough by 40 per cent",
        KOTHARI,
        "indirect",
        "said",
        "Hitesh Kothari, a director of the polishing firm Navrang Exports",
    ),
    p(
        "Our cutters are working three days a week. Nobody is buying,",
        KOTHARI,
        "direct",
        "said",
        "he",
    ),
    p(
        "the country had saved well in good years but had been slow to build other industries",
        DRUMMOND,
        "indirect",
        "said",
        "Fiona Drummond, a development economist at the University of Edinburgh who has "
        "advised the Ministry of Finance on diversification",
    ),
    p(
        "The mines were always going to run out. The question was whether something would be "
        "ready when they did,",
        DRUMMOND,
        "direct",
        "said",
        "she",
    ),
    p(
        "the agency would help the Boteti sub-district council to plan for a smaller mine",
        DIALLO,
        "indirect",
        "said",
        "The United Nations Development Programme's resident representative, Amina Diallo",
    ),
    p(
        "Indian firms were ready to open cutting and polishing works in Gaborone and Francistown "
        "if supply could be guaranteed",
        VARMA,
        "indirect",
        "said",
        "India's High Commissioner, Anil Varma, who met the minister last week",
    ),
    p(
        "she had heard of the cuts on the radio that morning",
        TAU,
        "indirect",
        "said",
        "Boitumelo Tau, 34, who has driven a haul truck at Mosu for nine years",
    ),
    p(
        "I still owe P84,000 on my house in Serowe. Who will pay that now?",
        TAU,
        "direct",
        "asked",
        "she",
    ),
    # `said A and that B` (no quote): one statement
    p(
        "the company would review the plant's future in September 2027 and that retrenched "
        "workers would be first in line if it reopened",
        SEBEGO,
        "indirect",
        "said",
        "Sebego",
    ),
    p(
        "the union would meet its members at Letlhakane on Saturday",
        RAMOTSWA,
        "indirect",
        "said",
        "Ramotswa",
    ),
]

# --- A pulp mill's water permit in a drought (Bloomberg style: title-case headline, `By`
# byline, no dateline, `Tuesday` with no `on`, `percent`, no honorifics, bare surnames,
# Spanish names without accents, a `--With assistance from` line and a contact block) -----
# Undated and never naming Uruguay: Montevideo, Paso de los Toros, Paso Severino,
# Tacuarembo, OSE, the Torre Ejecutiva, the Frente Amplio, the National Party, the PIT-CNT,
# the University of the Republic make it Uruguayan, so its own voices take UY; the foreign
# voices keep theirs (the Helsinki-based company and its chief FI, Argentina's Entre Rios
# official AR, Finland's ambassador FI, a Sao Paulo hydrologist BR, the IDB no country).
SAIMAA = "Saimaa Fibre Oyj"
OSE = "OSE"  # never spelt out
LAHTINEN = {
    "speaker": "Mikko Lahtinen",
    "role": "Chief Executive Officer",
    "country": "FI",
    "org": SAIMAA,
}
FERRES = {"speaker": "Carolina Ferres", "role": "president", "country": "UY", "org": OSE}
# `who farms 400 hectares outside Tacuarembo`: a relative, no role
OLIVERA = {"speaker": "Nestor Olivera", "country": "UY"}
LASARTE = {"speaker": "Martin Lasarte", "role": "Senator", "country": "UY", "org": "National Party"}
# `The ruling Frente Amplio's whip in the lower house, X,`: the party's whip
SUAREZ = {"speaker": "Valeria Suarez", "role": "whip", "country": "UY", "org": "Frente Amplio"}
# `the environment secretary of Argentina's Entre Rios province`: the jurisdiction after
# `of` dropped (decision 9), the country the possessive's
BENITEZ = {"speaker": "Laura Benitez", "role": "environment secretary", "country": "AR"}
VIRTANEN = {"speaker": "Anna-Kaisa Virtanen", "role": "ambassador", "country": "FI"}
TEIXEIRA = {
    "speaker": "Paulo Bastos Teixeira",
    "role": "hydrologist",
    "country": "BR",
    "org": "University of Sao Paulo",
}
IDB = "Inter-American Development Bank"

PULP_Q = [
    p(
        "Saimaa Fibre Oyj wants to take as much as 1.2 cubic meters a second from the river near "
        "Paso de los Toros, about a third of what its first mill there uses",
        body(SAIMAA, "FI"),
        "indirect",
        "said",
        "the company",
    ),
    p(
        "We return more than 90 percent of the water we take, cleaner than the river itself,",
        LAHTINEN,
        "direct",
        "said",
        "Chief Executive Officer Mikko Lahtinen",
    ),
    p(
        "the mill would stop drawing water whenever the river fell below levels set by regulators",
        LAHTINEN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "any new permit should wait until the Paso Severino reservoir, which supplies more than "
        "half the population, recovered",
        body(OSE, "UY"),
        "indirect",
        "said",
        "OSE, the state water utility",
    ),
    p("about 40 days of water", FERRES, "partial", "told", "Its president, Carolina Ferres"),
    # an unnamed spokesman at a named seat: speaker null, the seat, no role
    q(
        "no decision on the permit would be taken before the end of the month",
        None,
        "indirect",
        "said",
        "A spokesman at the Torre Ejecutiva, the presidential office",
        country="UY",
        org="Torre Ejecutiva",
    ),
    # a group: speaker null, the story's country
    q(
        "their pumps are already sucking mud",
        None,
        "indirect",
        "say",
        "Rice growers along the river",
        country="UY",
    ),
    p(
        "If the river goes, the rice goes,",
        OLIVERA,
        "direct",
        "said",
        "Nestor Olivera, who farms 400 hectares outside Tacuarembo",
    ),
    p(
        "the growers would ask the courts to halt the permit if the ministry approved it",
        OLIVERA,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the water permit should be debated in the General Assembly before it was signed",
        LASARTE,
        "indirect",
        "said",
        "Senator Martin Lasarte of the opposition National Party",
    ),
    p(
        "an investment that pays 1,800 salaries in the interior.",
        SUAREZ,
        "partial",
        "said",
        "The ruling Frente Amplio's whip in the lower house, Valeria Suarez",
    ),
    p(
        "it supported the project as long as water for homes came first",
        body("PIT-CNT", "UY"),
        "indirect",
        "said",
        "The PIT-CNT union federation, which backed the first mill",
    ),
    p(
        "her government would ask for the mill's discharge studies under a river treaty signed "
        "in 1975",
        BENITEZ,
        "indirect",
        "said",
        "Laura Benitez, the environment secretary of Argentina's Entre Rios province",
    ),
    p("every confidence", VIRTANEN, "partial", "said", "Finland's ambassador, Anna-Kaisa Virtanen"),
    # `said A but that B` (no quote): one statement
    p(
        "the drought was the worst since records began in 1947 but that the mill's demand was "
        "small next to irrigation",
        TEIXEIRA,
        "indirect",
        "said",
        "Paulo Bastos Teixeira, a hydrologist at the University of Sao Paulo who has studied "
        "the river basin",
    ),
    p(
        "The problem is not one mill. It is that nobody planned for a dry decade,",
        TEIXEIRA,
        "direct",
        "said",
        "he",
    ),
    # an international lender: its own organisation, no country
    p(
        "work on the project was 60 percent complete",
        body(IDB),
        "indirect",
        "said",
        "The Inter-American Development Bank, which lent OSE $300 million for a new intake on "
        "the Rio de la Plata",
    ),
    p(
        "the company would fund a study of the basin with the University of the Republic and "
        "publish its results",
        LAHTINEN,
        "indirect",
        "said",
        "Lahtinen",
    ),
    p(
        "We will be here for 40 years. We need the river more than anyone,",
        LAHTINEN,
        "direct",
        "said",
        "he",
    ),
    p("They have money for studies,", OLIVERA, "direct", "said", "he"),
    p("We have money for one bad harvest.", OLIVERA, "direct", "said", "he"),
]

DOCS = [
    ("probe-r32b-marsaxlokk-fish-farm", None, FARM_Q),
    ("probe-r32b-mosu-mine-job-cuts", None, MINE_Q),
    ("probe-r32b-rio-negro-pulp-water", None, PULP_Q),
]

# organisation speakers: their own organisation (decision 4)
SPEAKING_BODIES = (ITTICA, ERA, "European Commission", LEKGABA, DGWU, SAIMAA, OSE, "PIT-CNT", IDB)


def main():
    write_gold(
        HERE,
        "probes_r32b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r32b",
        source="quotesdb round-32 training probe B (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
