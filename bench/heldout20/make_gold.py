"""Build heldout20_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout18 and bench/probes/r20f (see
their READMEs and bench/heldout20/README.md). Each quote is located by searching its exact
text after the previous quote's end, so the offsets always satisfy text[start:end] == quote
text and the spans of a document never overlap.

    python3 bench/heldout20/make_gold.py   # writes bench/heldout20/heldout20_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- obituary of a Harlem jazz pianist (AP style, straight "double quotes") --------------
HJHF = "Harlem Jazz Heritage Fund"
NORA = {"speaker": "Nora Whitcombe", "role": "jazz pianist", "country": "US"}
DANIEL = {"speaker": "Daniel Whitcombe", "role": "son", "country": "US"}
BATISTE = {"speaker": "Leon Batiste", "role": "bassist", "country": "US"}
BELLWEATHER = {"speaker": "Marcus Bellweather", "role": "saxophonist", "country": "US"}
TANABE = {"speaker": "Aiko Tanabe", "role": "singer", "country": "US"}
REED = {"speaker": "Tamsin Reed", "role": "Mayor", "country": "US"}
BATISTE_SRC = "Leon Batiste, a bassist who played in her trio for 22 years"
BELLWEATHER_SRC = (
    "The saxophonist Marcus Bellweather, who played his first paid gig at the club at 16"
)
HJHF_SRC = (
    "The Harlem Jazz Heritage Fund, which bought the building from the club's landlord in 2011"
)

OBITUARY_Q = [
    q(
        "Whitcombe died Tuesday at her home in Manhattan",
        None,
        "indirect",
        "said in a statement",
        "her family",
        country="US",
    ),
    p(
        "the cause was complications of heart failure",
        DANIEL,
        "indirect",
        "said",
        "Her son, Daniel Whitcombe",
    ),
    q(
        "She played for presidents and she played for people who couldn't pay the cover, and she "
        "never once told us which she liked better,",
        None,
        "direct",
        "said",
        "the family",
        country="US",
    ),
    q(
        "We know the answer. It was the second.",
        None,
        "direct",
        "said",
        "the family",
        country="US",
    ),
    p(
        "We didn't know anything about running a business. We knew about music, and we figured "
        "that was most of it,",
        NORA,
        "direct",
        "told The Associated Press",
        "she",
    ),
    p(
        "It turned out to be about a third of it.",
        NORA,
        "direct",
        "told The Associated Press",
        "she",
    ),
    p(
        "she had turned down a contract with a major label in the 1960s",
        NORA,
        "indirect",
        "denied",
        "she",
    ),
    p("she had simply never been offered one", NORA, "indirect", "saying", "she"),
    p(
        "People like a story where the artist says no to the money,",
        NORA,
        "direct",
        "said in a 1998 radio interview",
        "she",
    ),
    p(
        "Nobody said no to anybody. Nobody asked.",
        NORA,
        "direct",
        "said in a 1998 radio interview",
        "she",
    ),
    q(
        "she ran the bandstand like a classroom",
        None,
        "indirect",
        "said",
        "Musicians who came up through the club's Monday jam sessions",
        country="US",
    ),
    p(
        "Nora would let you take one chorus, and if you were showing off instead of listening, "
        "she'd walk over to the piano and you were done,",
        BATISTE,
        "direct",
        "said",
        BATISTE_SRC,
    ),
    p("She never had to say a word.", BATISTE, "direct", "said", BATISTE_SRC),
    p(
        "saved more careers than any record label in this city",
        BATISTE,
        "partial",
        "said",
        "Batiste",
    ),
    p(
        "she had paid musicians out of her own pocket in the lean years after the fire",
        BATISTE,
        "indirect",
        "said",
        "Batiste",
    ),
    p(
        "The last time I saw her, about a month ago, she was still correcting my chord changes,",
        BATISTE,
        "direct",
        "said",
        "he",
    ),
    p(
        "She looked at me and said, 'Leon, you have been playing that bridge wrong since 1984, "
        "and I let it go because you're family.'",
        BATISTE,
        "direct",
        "said",
        "he",
    ),
    p(
        "So I'm going to keep playing it wrong. That's how I'll remember her.",
        BATISTE,
        "direct",
        "said",
        "he",
    ),
    p(
        "Miss Nora gave me a key to the back door and told me to come practice any morning I "
        "wanted. I still have that key.",
        BELLWEATHER,
        "direct",
        "posted on X",
        BELLWEATHER_SRC,
    ),
    p(
        "opened every door I ever walked through",
        TANABE,
        "partial",
        "wrote on Instagram",
        "The singer Aiko Tanabe",
    ),
    p(
        "she would dedicate her next album to her",
        TANABE,
        "indirect",
        "wrote on Instagram",
        "The singer Aiko Tanabe",
    ),
    p(
        "the town council would vote next month to rename the street where Whitcombe grew up in "
        "her honor, and that flags at Town Hall would fly at half-staff through the weekend",
        REED,
        "indirect",
        "said",
        "Mayor Tamsin Reed",
    ),
    q(
        "it would keep The Blue Lantern open",
        HJHF,
        "indirect",
        "said in a statement",
        HJHF_SRC,
        country="US",
    ),
    q(
        "exactly as Nora ran them.",
        HJHF,
        "partial",
        "said in a statement",
        HJHF_SRC,
        country="US",
    ),
    q(
        "a small crowd had gathered outside the club on Wednesday night with flowers and candles",
        None,
        "indirect",
        "said",
        "Neighbors",
        country="US",
    ),
    p(
        "she had never thought about closing the club",
        NORA,
        "indirect",
        "said in the 2009 interview",
        "Whitcomb",
    ),
    p("Retire to what? The piano is right there.", NORA, "direct", "said", "she"),
]

# --- Amazon deforestation figures, Brazil (Reuters style, straight "double quotes") -------
INPE = "National Institute for Space Research"
IBAMA = "Ibama"
MMA = "Environment Ministry"
CONF = "National Confederation of Grain and Cattle Producers"
FVI = "Floresta Viva Institute"
MONTEIRO = {"speaker": "Lúcia Ferraz Monteiro", "role": "Environment Minister", "country": "BR"}
QUINTELA = {
    "speaker": "Rafael Tavares Quintela",
    "role": "deputy environment minister",
    "country": "BR",
}
BRANDAO = {"speaker": "Otávio Lacerda Brandão", "role": "president", "country": "BR", "org": CONF}
PEIXOTO = {"speaker": "Juliana Castro Peixoto", "role": "researcher", "country": "BR", "org": FVI}
MONTEIRO_SRC = "Environment Minister Lúcia Ferraz Monteiro"
IBAMA_SRC = "Ibama, the federal environmental enforcement agency"
CONF_SRC = (
    "The National Confederation of Grain and Cattle Producers, the country's most powerful farm "
    "lobby"
)
PEIXOTO_SRC = (
    "Juliana Castro Peixoto, a researcher at the Floresta Viva Institute, an independent research "
    "group in Belém"
)
OFFICIALS = (
    "Two officials at the environment ministry, speaking on condition of anonymity because they "
    "were not authorised to discuss internal figures"
)

AMAZON_Q = [
    q(
        "Deforestation in Brazil's Amazon rainforest fell 18% in the 12 months to January to its "
        "lowest level in eight years",
        INPE,
        "indirect",
        "according to",
        "preliminary satellite data from the National Institute for Space Research (INPE)",
        country="BR",
    ),
    q(
        "The agency's Deter alert system detected 5,120 square kilometres (1,977 square miles) of "
        "clearing over the period, down from 6,240 square kilometres a year earlier",
        INPE,
        "indirect",
        "said in a report",
        "INPE",
        country="BR",
    ),
    p(
        "the fruit of enforcement, not luck",
        MONTEIRO,
        "partial",
        "told reporters",
        MONTEIRO_SRC,
    ),
    p(
        "the government would hire 1,500 new field inspectors this year",
        MONTEIRO,
        "indirect",
        "told reporters",
        MONTEIRO_SRC,
    ),
    p(
        "For years people said the Amazon could not be protected without stopping the economy. "
        "The numbers show that is false,",
        MONTEIRO,
        "direct",
        "said",
        "Monteiro",
    ),
    p(
        "We are fining, we are seizing cattle, we are cutting credit to those who clear "
        "illegally, and it works.",
        MONTEIRO,
        "direct",
        "said",
        "Monteiro",
    ),
    q(
        "Fines for illegal clearing rose 41% last year",
        IBAMA,
        "indirect",
        "according to",
        IBAMA_SRC,
        country="BR",
    ),
    q(
        "its agents had embargoed more than 2,300 rural properties",
        IBAMA,
        "indirect",
        "said",
        IBAMA_SRC,
        country="BR",
    ),
    p(
        "Whoever is still cutting the forest should know that the satellite sees them before the "
        "chainsaw cools down.",
        QUINTELA,
        "direct",
        "was blunter",
        "Monteiro's deputy, Rafael Tavares Quintela",
    ),
    q(
        "the target would be missed in at least two states unless enforcement budgets were "
        "protected from cuts",
        None,
        "indirect",
        "said",
        OFFICIALS,
        country="BR",
        org=MMA,
    ),
    q("any cuts were planned", MMA, "indirect", "denied", "The ministry", country="BR"),
    q(
        "partners in conservation, not its enemies.",
        CONF,
        "partial",
        "said in a statement",
        CONF_SRC,
        country="BR",
    ),
    q(
        "punish thousands of families who have done nothing wrong.",
        CONF,
        "partial",
        "warned",
        "It",
        country="BR",
    ),
    p(
        "most clearing was carried out by land grabbers, not by registered producers",
        BRANDAO,
        "indirect",
        "said",
        "Its president, Otávio Lacerda Brandão",
    ),
    p(
        "The farmer with a title and a bank loan is not the one burning the forest at night,",
        BRANDAO,
        "direct",
        "said",
        "he",
    ),
    p(
        "Brasilia should go after the criminals and leave the rest of us to produce food.",
        BRANDAO,
        "direct",
        "said",
        "he",
    ),
    q(
        "the headline figure hid a sharp rise in forest degradation from fires",
        None,
        "indirect",
        "warned",
        "Scientists",
        country="BR",
    ),
    p(
        "When the minister says 'lowest in eight years,' she is comparing us with some of the "
        "worst years in our history,",
        PEIXOTO,
        "direct",
        "said",
        PEIXOTO_SRC,
    ),
    p(
        "That is like a smoker boasting that he is down to one pack a day.",
        PEIXOTO,
        "direct",
        "said",
        PEIXOTO_SRC,
    ),
    p(
        "The forest does not care about percentages. It cares about hectares, and we are still "
        "losing an area more than three times the size of the city of São Paulo every year.",
        PEIXOTO,
        "direct",
        "said",
        PEIXOTO_SRC,
    ),
    p(
        "fire-damaged forest in the states of Pará and Mato Grosso had more than doubled last "
        "year, and that much of it could be cleared legally once the trees had died",
        PEIXOTO,
        "indirect",
        "said",
        "Peixotto",
    ),
    q(
        "about a third of the land degraded by fire in 2023 had been turned into pasture within "
        "two years",
        FVI,
        "indirect",
        "according to",
        "her institute's analysis",
        country="BR",
    ),
    q(
        "the government should publish the Deter data in full every month rather than in "
        "quarterly summaries",
        None,
        "indirect",
        "said",
        "Environmental groups",
        country="BR",
    ),
    p("too noisy to mean anything", MONTEIRO, "partial", "said", "Monteiro"),
    p(
        "quarterly reports helped avoid misleading comparisons with the same month a year earlier",
        MONTEIRO,
        "indirect",
        "said",
        "Monteiro",
    ),
    p(
        "I prefer to be judged on a year of data than on a bad week,",
        MONTEIRO,
        "direct",
        "added",
        "she",
    ),
    q(
        "Cattle prices in Pará fell 3% in February",
        None,
        "indirect",
        "according to",
        "traders",
        country="BR",
    ),
]

# --- dockworkers' strike at East Coast ports (US newspaper, curly “double quotes”) --------
ALWU = "Atlantic Longshore Workers Union"
ACMEA = "Atlantic Coast Maritime Employers Alliance"
NRF = "National Retail Federation"
BPA = "Brandywine Port Authority"
CUSACK = {"speaker": "Raymond Cusack", "role": "president", "country": "US", "org": ALWU}
MORAN = {"speaker": "Teresa Moran", "role": "chief negotiator", "country": "US", "org": ALWU}
HADLEY = {"speaker": "Glenn Hadley", "role": "chief negotiator", "country": "US", "org": ACMEA}
WHITFIELD = {
    "speaker": "Dana Whitfield",
    "role": "press secretary",
    "country": "US",
    "org": "White House",
}
RAMAN = {"speaker": "Priya Raman", "role": "executive director", "country": "US", "org": BPA}
FERREIRA = {"speaker": "Luis Ferreira", "role": "truck driver", "country": "US"}
CUSACK_SRC = "the union’s president, Raymond Cusack"
RAMAN_SRC = "Priya Raman, the executive director of the Brandywine Port Authority"
FERREIRA_SRC = "Luis Ferreira, 52, an independent truck driver who hauls containers out of the port"
WHITFIELD_SRC = "White House press secretary Dana Whitfield"

PORTS_Q = [
    q(
        "Tens of thousands of dockworkers walked off the job at ports from Maine to Virginia early "
        "Tuesday after talks on a new contract broke down over wages and the automation of cargo "
        "terminals",
        None,
        "indirect",
        "said",
        "union officials",
        country="US",
        org=ALWU,
    ),
    q(
        "The strike by members of the Atlantic Longshore Workers Union shut 14 ports that together "
        "handle about half of the country’s seaborne container trade",
        ACMEA,
        "indirect",
        "according to",
        "the Atlantic Coast Maritime Employers Alliance, which represents shipping lines and "
        "terminal operators",
        country="US",
    ),
    p(
        "We offered to keep working while we talked. They said no,",
        CUSACK,
        "direct",
        "told CNN",
        CUSACK_SRC,
    ),
    p("So now we talk from the picket line.", CUSACK, "direct", "told CNN", CUSACK_SRC),
    p("doesn’t come close", CUSACK, "partial", "said", "Cusack"),
    p(
        "the union would not sign any contract that allowed fully automated cranes or gates",
        CUSACK,
        "indirect",
        "warned",
        "he",
    ),
    p(
        "Every time they bring in a machine, they tell us, ‘Don’t worry, nobody loses a job,’",
        CUSACK,
        "direct",
        "said",
        "he",
    ),
    p(
        "Then you look around the terminal five years later and half the faces are gone.",
        CUSACK,
        "direct",
        "said",
        "he",
    ),
    p(
        "Our members are not against progress. They are against being thanked for 30 years of "
        "work with a pink slip.",
        CUSACK,
        "direct",
        "said",
        "he",
    ),
    q("historic", ACMEA, "partial", "said in a statement", "The alliance", country="US"),
    q(
        "without making a single counterproposal on automation.",
        ACMEA,
        "partial",
        "said in a statement",
        "The alliance",
        country="US",
    ),
    q(
        "it had refused to meet in the final week of talks",
        ACMEA,
        "indirect",
        "denied",
        "It",
        country="US",
    ),
    q("around the clock.", ACMEA, "partial", "saying", "It", country="US"),
    p(
        "the two sides had not spoken since Sunday night",
        MORAN,
        "indirect",
        "said",
        "The union’s chief negotiator, Teresa Moran",
    ),
    p(
        "The door is open. It has been open for three months.",
        HADLEY,
        "direct",
        "said",
        "Her counterpart at the alliance, Glenn Hadley",
    ),
    p(
        "monitoring the situation closely",
        WHITFIELD,
        "partial",
        "told reporters",
        WHITFIELD_SRC,
    ),
    p(
        "had spoken to both sides on Monday night",
        WHITFIELD,
        "indirect",
        "told reporters",
        WHITFIELD_SRC,
    ),
    p(
        "he had no plans to invoke the Taft-Hartley Act",
        WHITFIELD,
        "indirect",
        "said",
        "She",
    ),
    q(
        "shortages of some imported goods could appear within two weeks if the ports stayed shut",
        None,
        "indirect",
        "warned",
        "Retail groups",
        country="US",
    ),
    q(
        "every day of the strike would take about a week to clear",
        NRF,
        "indirect",
        "said in a letter to the White House",
        "The National Retail Federation",
        country="US",
    ),
    p(
        "At the public terminals in Wilmington, Delaware, 31 container ships were waiting at "
        "anchor by Tuesday afternoon",
        RAMAN,
        "indirect",
        "said in an interview",
        RAMAN_SRC,
    ),
    p("We can absorb a week. We cannot absorb a month,", RAMAN, "direct", "said", "Raman"),
    p(
        "After that you are talking about cargo being diverted to Canada and the Gulf, and some of "
        "it does not come back.",
        RAMAN,
        "direct",
        "said",
        "Raman",
    ),
    q(
        "The strike could cost the economy as much as $3.8 billion a day",
        "Tidewater Economics",
        "indirect",
        "according to",
        "estimates by the consultancy Tidewater Economics",
        country="US",
    ),
    p(
        "The dispatcher called at 5 a.m. and said, ‘Don’t even start the engine,’",
        FERREIRA,
        "direct",
        "said",
        FERREIRA_SRC,
    ),
    p("I get paid by the load. No load, no pay.", FERREIRA, "direct", "said", FERREIRA_SRC),
    q(
        "lines at the gates had begun forming on Sunday as shippers rushed to get containers out "
        "before the deadline",
        None,
        "indirect",
        "said",
        "Truckers",
        country="US",
    ),
    p("Some guys slept in their cabs two nights in a row,", FERREIRA, "direct", "added", "he"),
    p(
        "picket lines would stay up around the clock and that the union had enough money in its "
        "strike fund to pay members for months",
        CUSACK,
        "indirect",
        "said",
        "Cusak",
    ),
]

# --- microplastics in sludge-spread farm soils (British style, ‘single quotes’) ----------
UN = "University of Northmoor"
DEFRA = "Department for Environment, Food and Rural Affairs"
AGF = "Arable Growers’ Federation"
THWAITE = {
    "speaker": "Imogen Thwaite",
    "role": "environmental chemist",
    "country": "GB",
    "org": UN,
}
MENON = {"speaker": "Rajiv Menon", "role": "co-author", "country": "GB"}
GARSIDE = {
    "speaker": "Alison Garside",
    "role": "soil scientist",
    "country": "GB",
    "org": "University of Eastbridge",
}
DUNSTABLE = {"speaker": "Mark Dunstable", "role": "chief executive", "country": "GB", "org": AGF}
THWAITE_SRC = "Dr Imogen Thwaite, an environmental chemist who led the research"
GARSIDE_SRC = (
    "Professor Alison Garside, a soil scientist at the University of Eastbridge who was not "
    "involved in the research"
)
EXPERTS = "Independent scientists"

SCIENCE_Q = [
    q(
        "Fields fertilised with treated sewage sludge contain up to 40 times more microplastic "
        "particles than land that has never received it",
        None,
        "indirect",
        "according to",
        "the largest survey of British farm soils yet carried out",
        country="GB",
    ),
    q(
        "soils which had received sludge for a decade or more held an average of 11,800 particles "
        "per kilogram",
        None,
        "indirect",
        "found",
        "The study",
        country="GB",
    ),
    p(
        "We expected to find plastic. We did not expect to find this much of it, or to find it so "
        "deep,",
        THWAITE,
        "direct",
        "said",
        THWAITE_SRC,
    ),
    p(
        "In some fields it had worked its way down past the depth of a plough.",
        THWAITE,
        "direct",
        "said",
        THWAITE_SRC,
    ),
    q(
        "it is a cheap and safe way to return nutrients to the soil",
        None,
        "indirect",
        "say",
        "Water companies",
        country="GB",
    ),
    q(
        "far above any level at which effects on soil organisms have been reported in laboratory "
        "studies",
        None,
        "partial",
        "wrote",
        "the authors",
        country="GB",
        org=UN,
    ),
    q(
        "The current regulations were written before anyone thought to look for plastic, and they "
        "do not mention it once.",
        None,
        "direct",
        "went further",
        "they",
        country="GB",
        org=UN,
    ),
    p(
        "the team had also found traces of tyre rubber and paint",
        THWAITE,
        "indirect",
        "said",
        "Dr Thwaite",
    ),
    p(
        "People hear “sludge” and imagine something disgusting,",
        THWAITE,
        "direct",
        "said",
        "she",
    ),
    p(
        "The problem is the opposite: it looks like ordinary soil, so nobody questions it.",
        THWAITE,
        "direct",
        "said",
        "she",
    ),
    p(
        "Farmers are not the villains here. Many of them were told for years that this was the "
        "responsible thing to do, and they believed it.",
        THWAITE,
        "direct",
        "said",
        "she",
    ),
    p(
        "the next stage of the work would test wheat and potatoes grown on the most contaminated "
        "plots",
        MENON,
        "indirect",
        "said",
        "Her co-author, Professor Rajiv Menon",
    ),
    q("the study was carefully done", None, "indirect", "said", EXPERTS, country="GB"),
    q(
        "the particles had not been shown to harm people",
        None,
        "indirect",
        "cautioned",
        EXPERTS,
        country="GB",
    ),
    p(
        "This is a solid piece of fieldwork and the numbers are striking,",
        GARSIDE,
        "direct",
        "said",
        GARSIDE_SRC,
    ),
    p(
        "What it cannot tell us is whether any of that plastic ends up on a dinner plate.",
        GARSIDE,
        "direct",
        "said",
        GARSIDE_SRC,
    ),
    p(
        "the particles were likely to stay in the soil for decades",
        GARSIDE,
        "indirect",
        "said",
        "Prof Garside",
    ),
    p(
        "several European countries had already restricted the use of sludge on land used to grow "
        "food",
        GARSIDE,
        "indirect",
        "noted",
        "She",
    ),
    q(
        "the research had been funded by a charitable trust and had received no money from the "
        "water industry",
        UN,
        "indirect",
        "said",
        "the University of Northmoor",
        country="GB",
    ),
    q(
        "reviewing the evidence carefully",
        None,
        "partial",
        "said",
        "A spokesperson for the Department for Environment, Food and Rural Affairs",
        country="GB",
        org=DEFRA,
    ),
    q(
        "would set out its plans for updating the rules later this year",
        None,
        "indirect",
        "said",
        "A spokesperson for the Department for Environment, Food and Rural Affairs",
        country="GB",
        org=DEFRA,
    ),
    q(
        "its members had followed the rules in good faith and should not be left to pay for any "
        "clean-up",
        AGF,
        "indirect",
        "said in a statement",
        "The Arable Growers’ Federation, which represents about 9,000 farm businesses",
        country="GB",
    ),
    p(
        "If the water companies have been selling us a problem, they should be the ones to take "
        "it back.",
        DUNSTABLE,
        "direct",
        "added",
        "Its chief executive, Mark Dunstable",
    ),
    q(
        "sludge was tested before it left their treatment works and that the study measured "
        "particles, not harm",
        None,
        "indirect",
        "said",
        "Water companies",
        country="GB",
    ),
    p(
        "the findings should not cause panic",
        THWAITE,
        "indirect",
        "said",
        "Dr Thwaites",
    ),
    p(
        "Nobody needs to stop eating British vegetables tomorrow,",
        THWAITE,
        "direct",
        "said",
        "she",
    ),
    p(
        "But we should stop adding to the problem while we work out how big it is.",
        THWAITE,
        "direct",
        "said",
        "she",
    ),
]

# --- teachers' strike over ability groups, France (AFP style, straight "double quotes") ---
MEN = "Education Ministry"
SUE = "SUE-Éducation"
CFT = "CFT-Éducation"
FNSP = "National Federation of School Parents"
UFFS = "Union of Families for Free Schools"
IPPS = "Institute for Public Policy Studies"
MARCHAND = {"speaker": "Élodie Marchand", "role": "Education Minister", "country": "FR"}
LEFEVRE = {"speaker": "Bruno Lefèvre", "role": "secretary general", "country": "FR", "org": SUE}
BENSAID = {"speaker": "Nadia Bensaïd", "role": "secretary general", "country": "FR", "org": CFT}
AUBERT = {
    "speaker": "Sandrine Aubert",
    "role": "French teacher",
    "country": "FR",
    "org": "Collège des Tilleuls",
}
MARCHAND_SRC = "Education Minister Élodie Marchand"
LEFEVRE_SRC = "Bruno Lefèvre, secretary general of the SUE-Éducation union"
BENSAID_SRC = "His counterpart at the smaller CFT-Éducation union, Nadia Bensaïd"
AUBERT_SRC = (
    "Sandrine Aubert, 46, a French teacher at the Collège des Tilleuls in Montreuil, east of Paris"
)
ELYSEE_SRC = "An Élysée official, speaking on condition of anonymity"

TEACHERS_Q = [
    q(
        "Teachers across France walked out on Thursday against a reform that would sort middle "
        "school pupils into groups by ability, in the biggest education strike in more than a "
        "decade",
        None,
        "indirect",
        "said",
        "unions",
        country="FR",
    ),
    q(
        "About 38 percent of secondary school teachers stopped work",
        MEN,
        "indirect",
        "according to",
        "the education ministry",
        country="FR",
    ),
    q(
        "more than 60 percent had walked out in some regions, and that hundreds of schools had "
        "closed",
        None,
        "indirect",
        "said",
        "The unions",
        country="FR",
    ),
    q("42,000 people marched in Paris", None, "indirect", "said", "Police", country="FR"),
    p(
        "she respected the right to strike",
        MARCHAND,
        "indirect",
        "told France Inter radio",
        MARCHAND_SRC,
    ),
    p(
        "about giving every child a real chance, not about sorting them.",
        MARCHAND,
        "partial",
        "told France Inter radio",
        MARCHAND_SRC,
    ),
    p(
        "The groups will be in place at the start of the school year. That is not a provocation, "
        "it is a commitment we made to families,",
        MARCHAND,
        "direct",
        "said",
        "Mme Marchand",
    ),
    p(
        "I will not govern according to the size of a march.",
        MARCHAND,
        "direct",
        "said",
        "Mme Marchand",
    ),
    q(
        "the reform was a way to cut teaching posts",
        MEN,
        "indirect",
        "denied",
        "The education ministry",
        country="FR",
    ),
    q(
        "the weakest groups would have no more than 15 pupils",
        MEN,
        "indirect",
        "saying",
        "The education ministry",
        country="FR",
    ),
    p(
        "The minister tells us, 'Trust us, this is for the children,'",
        LEFEVRE,
        "direct",
        "said",
        LEFEVRE_SRC,
    ),
    p(
        "But nobody who stands in front of 30 thirteen-year-olds every morning was asked.",
        LEFEVRE,
        "direct",
        "said",
        LEFEVRE_SRC,
    ),
    p(
        "Put the weakest pupils together in one room and you are not helping them. You are "
        "telling them, at 12 years old, what the system thinks of them.",
        LEFEVRE,
        "direct",
        "said",
        LEFEVRE_SRC,
    ),
    p(
        "the unions would call a second day of strikes before the end of the month if the "
        "ministry did not reopen talks",
        LEFEVRE,
        "indirect",
        "warned",
        "Mr Lefèvre",
    ),
    p("written in an office, for an office", BENSAID, "partial", "told reporters", BENSAID_SRC),
    p(
        "teachers had learned the details from the newspapers",
        BENSAID,
        "indirect",
        "told reporters",
        BENSAID_SRC,
    ),
    q(
        "they would also boycott the ministry's consultation meetings next week",
        None,
        "indirect",
        "said",
        "Several unions",
        country="FR",
    ),
    p(
        "I have been teaching for 19 years and I have never seen my colleagues this angry,",
        AUBERT,
        "direct",
        "said",
        AUBERT_SRC,
    ),
    p(
        "Some of them have never been on strike in their lives.",
        AUBERT,
        "direct",
        "said",
        AUBERT_SRC,
    ),
    p("We are tired, but we are not finished,", AUBERT, "direct", "added", "she"),
    p(
        "If the minister wants to see who is in front of these children every day, she knows "
        "where to find us.",
        AUBERT,
        "direct",
        "added",
        "she",
    ),
    p("she would lose about 110 euros in pay for the day", AUBERT, "indirect", "said", "Aubert"),
    q(
        "it supported the strike and that parents had not been consulted on the groups",
        FNSP,
        "indirect",
        "said in a statement",
        "The National Federation of School Parents, the largest parents' association",
        country="FR",
    ),
    q(
        "Parents want results, and for years they have not had them.",
        UFFS,
        "direct",
        "said",
        "A smaller association, the Union of Families for Free Schools",
        country="FR",
    ),
    q("fully supports", None, "partial", "said", ELYSEE_SRC, country="FR", org="Élysée"),
    q("no question", None, "partial", "said", ELYSEE_SRC, country="FR", org="Élysée"),
    q(
        "The reform would require about 7,000 extra teaching hours a week",
        IPPS,
        "indirect",
        "according to",
        "a report by the Institute for Public Policy Studies, an independent research body",
        country="FR",
    ),
    p(
        "her union had asked the prime minister to intervene",
        BENSAID,
        "indirect",
        "said",
        "Mme Bensaïd",
    ),
    p(
        "We have talked to the minister. Now we want to talk to someone who can overrule her,",
        BENSAID,
        "direct",
        "said",
        "she",
    ),
    p(
        "she was ready to meet union leaders on Monday",
        MARCHAND,
        "indirect",
        "told senators",
        "Mme Marchant",
    ),
]

DOCS = [
    ("heldout20-obituary-whitcombe-harlem-jazz-pianist", "NEW YORK", OBITUARY_Q),
    ("heldout20-deforestation-brazil-amazon-clearing-falls", "BRASILIA", AMAZON_Q),
    ("heldout20-ports-east-coast-dockworkers-strike", "NEWARK, N.J.", PORTS_Q),
    ("heldout20-science-microplastics-sludge-farm-soils", None, SCIENCE_Q),
    ("heldout20-education-france-teachers-strike-ability-groups", "PARIS", TEACHERS_Q),
]


# Round 24: the round-23 convention, an organisation speaking is its own organisation
# (heldout_gold.own_organisation), applied to this set as round 23 applied it to the older ones
SPEAKING_BODIES = (
    "Arable Growers’ Federation",
    "Atlantic Coast Maritime Employers Alliance",
    "Education Ministry",
    "Environment Ministry",
    "Floresta Viva Institute",
    "Harlem Jazz Heritage Fund",
    "Ibama",
    "Institute for Public Policy Studies",
    "National Confederation of Grain and Cattle Producers",
    "National Federation of School Parents",
    "National Institute for Space Research",
    "National Retail Federation",
    "Tidewater Economics",
    "Union of Families for Free Schools",
    "University of Northmoor",
)


def main():
    write_gold(
        HERE,
        "heldout20_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout20",
        source="quotesdb held-out 20 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
