"""Build probes_r21e_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a to r20f. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r21e/make_gold.py   # writes probes_r21e_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- weight-loss drug trial at a medical meeting (Reuters style, straight quotes) --------
CALDERA = "Caldera Therapeutics"
MARSH = {
    "speaker": "Helen Marsh-Abara",
    "role": "endocrinologist",
    "country": "US",
    "org": "Lakeshore University Medical Center",
}
DESHPANDE = {
    "speaker": "Ravi Deshpande",
    "role": "chief executive",
    "country": "US",
    "org": CALDERA,
}
GRUNEWALD = {
    "speaker": "Tobias Grunewald",
    "role": "obesity specialist",
    "country": "DE",
    "org": "Spreetal University Hospital",
}
FAROUK = {"speaker": "Nadia Farouk", "country": "GB", "org": "Pennine University"}
FIELDS = {"speaker": "Darnell Fields", "role": "bus driver", "country": "US"}
MARSH_SRC = (
    "Dr. Helen Marsh-Abara, an endocrinologist at Lakeshore University Medical Center in "
    "Chicago who led the study"
)
EXPERTS = "Independent experts not involved in the study"

TRIAL_Q = [
    q(
        "An experimental once-weekly injection from Caldera Therapeutics helped people with "
        "obesity lose an average of 21.4% of their body weight over 72 weeks",
        None,
        "indirect",
        "according to",
        "results of a late-stage trial",
    ),
    q(
        "patients on the highest dose of the drug, called veltaglutide, lost nearly 24 "
        "kilograms (53 pounds) on average, compared with about 2.6 kilograms for those given "
        "a placebo",
        None,
        "indirect",
        "found",
        "The study",
    ),
    p(
        "These are the largest reductions we have seen in a trial of this size, and they held "
        "up across every subgroup we looked at,",
        MARSH,
        "direct",
        "said",
        MARSH_SRC,
    ),
    q(
        "The trial enrolled 2,940 adults in 11 countries",
        None,
        "indirect",
        "according to",
        "the study",
    ),
    p("mostly mild to moderate", MARSH, "partial", "said", "Marsh-Abara"),
    p("tended to fade after the first two months", MARSH, "indirect", "said", "Marsh-Abara"),
    p("something we need to watch closely.", MARSH, "partial", "acknowledged", "Marsh-Abara"),
    p("Weight loss is only part of the story,", MARSH, "direct", "told", "she"),
    p(
        "What we really want to know is whether people live longer and healthier lives, and "
        "that is the question our outcomes trial is designed to answer.",
        MARSH,
        "direct",
        "told",
        "she",
    ),
    q(
        "it planned to file for U.S. approval by the end of the year",
        CALDERA,
        "indirect",
        "said",
        "Caldera",
        country="US",
    ),
    p(
        "the company was investing $2 billion in a new plant in North Carolina to avoid the "
        "shortages that have dogged rival treatments",
        DESHPANDE,
        "indirect",
        "said",
        "Its chief executive, Ravi Deshpande",
    ),
    p(
        "We have watched patients go without doses for months because of supply problems "
        "elsewhere in the industry,",
        DESHPANDE,
        "direct",
        "said",
        "Deshpande",
    ),
    p("We are not going to let that happen.", DESHPANDE, "direct", "said", "Deshpande"),
    p("far too early", DESHPANDE, "partial", "saying", "He"),
    q("the results were impressive", None, "indirect", "said", EXPERTS),
    q("longer follow-up was needed", None, "indirect", "cautioned", EXPERTS),
    p(
        "The efficacy numbers are remarkable, there's no question about that,",
        GRUNEWALD,
        "direct",
        "said",
        "Dr. Tobias Grunewald, an obesity specialist at Spreetal University Hospital in Berlin",
    ),
    p(
        "But we are talking about a drug people may have to take for the rest of their lives. "
        "Two years of data does not tell us what happens at year ten.",
        GRUNEWALD,
        "direct",
        "said",
        "Dr. Tobias Grunewald, an obesity specialist at Spreetal University Hospital in Berlin",
    ),
    p(
        "patients who stop drugs of this kind typically regain much of the weight they lost "
        "within a year",
        FAROUK,
        "indirect",
        "noted",
        "Another outside expert, Dr. Nadia Farouk of Pennine University in Leeds, England",
    ),
    q(
        "Patients on the drug also saw improvements in blood pressure, cholesterol and blood sugar",
        None,
        "indirect",
        "found",
        "the study",
    ),
    p(
        "he lost 38 kilograms over the course of the study",
        FIELDS,
        "indirect",
        "said",
        "Darnell Fields, a 47-year-old bus driver from Tampa, Florida",
    ),
    p("The nausea the first month was rough, I won't lie,", FIELDS, "direct", "said", "Fields"),
    p("There were days I thought about quitting.", FIELDS, "direct", "said", "Fields"),
    p(
        "But then I'd look at the scale and at my blood pressure numbers, and I'd think, I'm "
        "not going back to where I was.",
        FIELDS,
        "direct",
        "said",
        "Fields",
    ),
    q(
        "firmly in the top tier",
        None,
        "partial",
        "said",
        "Analysts at Bernholt & Co",
        org="Bernholt & Co",
    ),
    q(
        "the most common side effects were consistent with those seen with other drugs in the "
        "same class, and that no new safety signals had emerged",
        CALDERA,
        "indirect",
        "said",
        "Caldera",
        country="US",
    ),
    p(
        "her team would present results from a separate trial in people with type 2 diabetes "
        "later this year",
        MARSH,
        "indirect",
        "said",
        "Marsh-Abbara",
    ),
    p(
        "That's the goal for everybody in this field. We're not there yet.",
        MARSH,
        "direct",
        "said",
        "she",
    ),
]

# --- Premier League manager's post-match row (British style, ‘single quotes’) ------------
ROVERS = "Hartwell Rovers"
KERRIGAN = {"speaker": "Declan Kerrigan", "role": "manager", "country": "GB", "org": ROVERS}
FERRANTE = {
    "speaker": "Luca Ferrante",
    "role": "manager",
    "country": "IT",
    "org": "Castlebridge City",
}
ASHWORTH = {"speaker": "Gary Ashworth", "role": "pundit", "country": "GB", "org": "Sky Sports"}
IRIARTE = {"speaker": "Tomás Iriarte", "country": "AR", "org": ROVERS}
PGMOL = {"speaker": "PGMOL", "country": "GB"}
KERRIGAN_SRC = "Hartwell Rovers manager Declan Kerrigan"
FERRANTE_SRC = "Kerrigan’s opposite number, Luca Ferrante"
ASHWORTH_SRC = "Sky Sports pundit Gary Ashworth, a former England defender"
PLAYER = "One Rovers player, who asked not to be named"

FOOTBALL_Q = [
    p("a disgrace", KERRIGAN, "partial", "describing", KERRIGAN_SRC),
    p(
        "the worst I have seen in 30 years in the game",
        KERRIGAN,
        "partial",
        "describing",
        KERRIGAN_SRC,
    ),
    p(
        "I’ve watched it ten times on the way in here, and I still can’t find the foul,",
        KERRIGAN,
        "direct",
        "said",
        "Kerrigan",
    ),
    p(
        "Mensah goes up for the ball, the keeper comes through him, and somehow we get "
        "penalised for it.",
        KERRIGAN,
        "direct",
        "said",
        "Kerrigan",
    ),
    p(
        "Who is making these decisions? Nobody can tell me. Nobody ever tells us anything.",
        KERRIGAN,
        "direct",
        "said",
        "Kerrigan",
    ),
    p(
        "he would not be fined into silence",
        KERRIGAN,
        "indirect",
        "insisted",
        "The Northern Irishman",
    ),
    p(
        "They can fine me, they can ban me from the touchline, I don’t care,",
        KERRIGAN,
        "direct",
        "fumed",
        "he",
    ),
    p("Somebody has to say it.", KERRIGAN, "direct", "fumed", "he"),
    p(
        "the fourth official had told his assistant the goal would stand before the review began",
        KERRIGAN,
        "indirect",
        "claimed",
        "Kerrigan",
    ),
    p("in line with protocol", PGMOL, "partial", "said", "PGMOL"),
    p("correctly identified a clear foul on the goalkeeper", PGMOL, "partial", "said", "PGMOL"),
    p(
        "Match officials do not discuss live decisions with technical staff during a review, "
        "and any suggestion otherwise is incorrect.",
        PGMOL,
        "direct",
        "added",
        "It",
    ),
    p(
        "he had some sympathy for his rival but that the right call had been made",
        FERRANTE,
        "indirect",
        "said",
        FERRANTE_SRC,
    ),
    p(
        "From where I was standing it was a foul – the keeper is entitled to go for the ball,",
        FERRANTE,
        "direct",
        "said",
        "the Italian",
    ),
    p(
        "Declan is passionate and I understand his frustration. In his position, maybe I say "
        "the same things.",
        FERRANTE,
        "direct",
        "said",
        "the Italian",
    ),
    p("a weekly ritual", ASHWORTH, "partial", "said", ASHWORTH_SRC),
    p("Kerrigan risked a lengthy touchline ban", ASHWORTH, "indirect", "warned", ASHWORTH_SRC),
    p(
        "I’ve got a lot of time for Declan, but he has to be careful,",
        ASHWORTH,
        "direct",
        "told",
        "Ashworth",
    ),
    p(
        "The goalkeeper has got two hands on the ball. That is a foul every day of the week.",
        ASHWORTH,
        "direct",
        "told",
        "Ashworth",
    ),
    p("gutted", IRIARTE, "partial", "said", "Iriarte"),
    p("We gave everything,", IRIARTE, "direct", "said", "the Argentine"),
    p(
        "When the goal went in, I thought we had done it. Then you wait, and wait, and you know.",
        IRIARTE,
        "direct",
        "said",
        "the Argentine",
    ),
    q("absolutely fuming", None, "partial", "said", PLAYER, country="GB", org=ROVERS),
    q(
        "several of the squad had confronted the officials in the tunnel",
        None,
        "indirect",
        "said",
        PLAYER,
        country="GB",
        org=ROVERS,
    ),
    p(
        "If telling the truth gets you banned, then ban me. I’ll watch from the stand.",
        KERRIGAN,
        "direct",
        "said",
        "Kerrigen",
    ),
    q(
        "look at the referee’s report in the usual way",
        None,
        "partial",
        "said",
        "An FA spokesperson",
        country="GB",
        org="Football Association",
    ),
    p("magnificent", KERRIGAN, "partial", "said", "Kerrigan"),
    p("he had told them so in the dressing room", KERRIGAN, "indirect", "said", "Kerrigan"),
    p("We are not whingers,", KERRIGAN, "direct", "insisted", "he"),
    p(
        "We are a club that has been kicked when it is down, and we will get up again. But I "
        "want somebody to come out and explain that decision, because right now nobody can.",
        KERRIGAN,
        "direct",
        "insisted",
        "he",
    ),
]

# --- Mexican presidential debate (AFP style, straight "double quotes") -------------------
INE = "National Electoral Institute"
ORTEGA = {
    "speaker": "Ana Lucía Ortega Villaseñor",
    "role": "candidate",
    "country": "MX",
    "org": "National Renewal Party",
}
SALAZAR = {"speaker": "Rodrigo Salazar Etxeberria", "country": "MX", "org": "Citizens' Front"}
MALDONADO = {
    "speaker": "Jorge Iván Maldonado Treviño",
    "role": "candidate",
    "country": "MX",
    "org": "Green Democratic Movement",
}
INE_P = {"speaker": INE, "country": "MX"}
REYES = {"speaker": "Guadalupe Reyes Montiel", "role": "president", "country": "MX", "org": INE}
BRAVO = {
    "speaker": "Carlos Bravo Núñez",
    "role": "political scientist",
    "country": "MX",
    "org": "Center for Democratic Studies",
}
ESQUIVEL = {
    "speaker": "Mariana Esquivel",
    "role": "analyst",
    "country": "MX",
    "org": "Riesgo Político",
}
RAMIREZ = {"speaker": "Josefina Ramírez Luna", "role": "retired teacher", "country": "MX"}
ORTEGA_SRC = "Ana Lucía Ortega Villaseñor, the candidate of the ruling National Renewal Party"
SALAZAR_SRC = "Her main challenger, Rodrigo Salazar Etxeberria of the opposition Citizens' Front"
BRAVO_SRC = (
    "Carlos Bravo Núñez, a political scientist at the Center for Democratic Studies in Mexico City"
)
ESQUIVEL_SRC = "Another analyst, Mariana Esquivel of the consultancy Riesgo Político"
RAMIREZ_SRC = "Josefina Ramírez Luna, a 63-year-old retired teacher from Puebla"

DEBATE_Q = [
    p("return Mexico to the years of the drug war", ORTEGA, "partial", "accused", ORTEGA_SRC),
    p(
        "her government would keep the military on the streets only until a new civilian "
        "police force was ready",
        ORTEGA,
        "indirect",
        "said",
        ORTEGA_SRC,
    ),
    p(
        "We will not abandon a single state to the cartels, but we will not turn the army "
        "against our own people either,",
        ORTEGA,
        "direct",
        "said",
        "Ortega",
    ),
    p(
        "to double spending on the National Guard and to create 50,000 jobs for young people "
        "in the regions worst hit by violence",
        ORTEGA,
        "indirect",
        "promised",
        "The former governor of Puebla",
    ),
    p("lost control of half the country", SALAZAR, "partial", "said", SALAZAR_SRC),
    p(
        "more than 180,000 people had been murdered during its time in office",
        SALAZAR,
        "indirect",
        "said",
        SALAZAR_SRC,
    ),
    p(
        "The candidate of the government talks about hugs and scholarships while mothers in "
        "Sinaloa dig for their children in the desert,",
        SALAZAR,
        "direct",
        "said",
        "Salazar",
    ),
    p(
        "That is not a security strategy. That is surrender.",
        SALAZAR,
        "direct",
        "said",
        "Salazar",
    ),
    p(
        "to build a maximum-security prison for cartel leaders",
        SALAZAR,
        "indirect",
        "pledged",
        "He",
    ),
    p("every boss the United States asks for,", SALAZAR, "partial", "pledged", "He"),
    p(
        "Salazar had voted in the Senate against the budget for the National Guard three times",
        ORTEGA,
        "indirect",
        "saying",
        "Ortega",
    ),
    p("My opponent discovered public security last month,", ORTEGA, "direct", "said", "she"),
    p("For six years he said nothing.", ORTEGA, "direct", "said", "she"),
    p(
        "tired of listening to you blame each other.",
        MALDONADO,
        "partial",
        "told",
        "The third candidate, Jorge Iván Maldonado Treviño of the centrist Green Democratic "
        "Movement",
    ),
    p(
        "Neither of them has said how they will pay for any of this,",
        MALDONADO,
        "direct",
        "told",
        "Maldonado",
    ),
    p("Not one number. Not one.", MALDONADO, "direct", "told", "Maldonado"),
    p(
        "nearly 14 million people had watched the broadcast",
        INE_P,
        "indirect",
        "said",
        "The National Electoral Institute (INE), which organised the debate",
    ),
    p(
        "compete with ideas, not insults",
        REYES,
        "partial",
        "urged",
        "The institute's president, Guadalupe Reyes Montiel",
    ),
    p(
        "it had received 312 complaints about campaign spending since March and would rule on "
        "them before the vote",
        INE_P,
        "indirect",
        "said",
        "the INE",
    ),
    q(
        "neither of the front-runners had landed a decisive blow",
        None,
        "indirect",
        "said",
        "Analysts",
    ),
    p(
        "Ortega did what a front-runner does: she avoided mistakes,",
        BRAVO,
        "direct",
        "said",
        BRAVO_SRC,
    ),
    p("Salazar needed a knockout and he didn't get one.", BRAVO, "direct", "said", BRAVO_SRC),
    p(
        "the debate was unlikely to change the views of more than a small share of undecided "
        "voters",
        BRAVO,
        "indirect",
        "According to",
        "Bravo",
    ),
    p("the angriest of the campaign,", ESQUIVEL, "partial", "said", ESQUIVEL_SRC),
    p(
        "the economy, not violence, remained the top concern of most voters",
        ESQUIVEL,
        "indirect",
        "warned",
        ESQUIVEL_SRC,
    ),
    q(
        "the campaign would spend its final two weeks in the northern states of Chihuahua, "
        "Nuevo León and Tamaulipas",
        None,
        "indirect",
        "said",
        "Aides to Salazar, speaking on condition of anonymity",
        country="MX",
    ),
    q(
        "We are not changing anything. The numbers are where we want them.",
        None,
        "direct",
        "said",
        "A senior member of Ortega's campaign team, who asked not to be named",
        country="MX",
    ),
    p(
        "She is the only one who has governed and delivered,",
        RAMIREZ,
        "direct",
        "said",
        RAMIREZ_SRC,
    ),
    p("The others only talk.", RAMIREZ, "direct", "said", RAMIREZ_SRC),
    p("more confident than ever", SALAZAR, "partial", "told", "Salazar"),
    p(
        "the polls would be proved wrong on election day",
        SALAZAR,
        "indirect",
        "told",
        "Salazar",
    ),
]

DOCS = [
    ("probe-r21e-obesity-drug-trial-veltaglutide", "ORLANDO, Fla.", TRIAL_Q),
    ("probe-r21e-premier-league-var-row-kerrigan", None, FOOTBALL_Q),
    ("probe-r21e-mexico-presidential-debate", "MEXICO CITY", DEBATE_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Caldera Therapeutics",
    "National Electoral Institute",
    "PGMOL",
)


def main():
    write_gold(
        HERE,
        "probes_r21e_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r21e",
        source="quotesdb round-21 training probes E (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
