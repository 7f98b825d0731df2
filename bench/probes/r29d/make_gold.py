"""Build probes_r29d_gold.jsonl from the hand annotations below.

Training probe r29d, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r28o and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions" 1-11). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r29d/make_gold.py   # writes probes_r29d_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- An Alzheimer's pill trial in a journal (a US health desk in STAT's style: no dateline, a
# deck, `By X`, straight "double quotes", AP punctuation, `Dr.` at first mention then the
# surname) ------------------------------------------------------------------------------------
BRIGHTMOOR = "Brightmoor Pharmaceuticals"
BRIGHTMOOR_BODY = {"speaker": BRIGHTMOOR, "country": "US"}
WHITCOMBE = "Whitcombe University"
WHITCOMBE_BODY = {"speaker": WHITCOMBE, "country": "US"}
ALZ = "Alzheimer's Association"
ALZ_BODY = {"speaker": ALZ, "country": "US"}
# `Dr. X, a professor of Y at Z in Baltimore who led the study`: the title, the university
FELD = {
    "speaker": "Naomi Feld",
    "role": "professor of neurology",
    "country": "US",
    "org": WHITCOMBE,
}
REYES = {
    "speaker": "Alan Reyes",
    "role": "chief medical officer",
    "country": "US",
    "org": BRIGHTMOOR,
}
# an outside expert `who was not involved in the research`
OKONJO = {
    "speaker": "Samuel Okonjo",
    "role": "geriatric psychiatrist",
    "country": "US",
    "org": "Harlow Medical Center",
}
MARSH = {
    "speaker": "Lena Marsh",
    "role": "biostatistician",
    "country": "US",
    "org": "Hollis School of Public Health",
}
CARVER = {"speaker": "Ray Carver", "role": "retired machinist", "country": "US"}
# `His wife, X,` (decision 8)
LINDA = {"speaker": "Linda Carver", "role": "wife", "country": "US"}
FELD_SRC = (
    "Dr. Naomi Feld, a professor of neurology at Whitcombe University in Baltimore who led the "
    "study"
)

PILL_Q = [
    # the headline's `…, trial finds`: a trial with no author named (an unnamed source)
    q("Daily pill slowed memory decline in early Alzheimer's", None, "indirect", "finds", "trial"),
    q(
        "An experimental once-daily pill slowed the loss of memory and thinking skills in people "
        "with early Alzheimer's disease by about 27% over 18 months",
        None,
        "indirect",
        "according to",
        "results of a large trial",
    ),
    # `The study found that …`: the study is no speaker (null, no country: r21e, r26b)
    q(
        "patients taking the drug, called lorevistat, declined 0.41 points on a standard 18-point "
        "dementia scale, compared with 0.56 points for those given a placebo",
        None,
        "indirect",
        "found",
        "The study",
    ),
    p(
        "For the first time, we have a pill that changes the course of this disease, not just the "
        "symptoms,",
        FELD,
        "direct",
        "said",
        FELD_SRC,
    ),
    p(
        "That matters, because a pill can reach people an infusion center never will.",
        FELD,
        "direct",
        "said",
        FELD_SRC,
    ),
    # `said A, and that B` without a quote: one statement
    p(
        "14% of patients on the drug had small areas of brain swelling seen on scans, compared "
        "with 3% on placebo, and that fewer than one in five of those cases caused any symptoms",
        FELD,
        "indirect",
        "said",
        "Feld",
    ),
    # `the researchers wrote`: a group, speaker null
    q(
        "neither death was judged to be related to treatment",
        None,
        "indirect",
        "wrote",
        "the researchers",
    ),
    # `A, according to the paper, and B`: split content, each piece the paper's
    q(
        "The benefit was smaller in patients who carried two copies of the APOE4 gene variant",
        None,
        "indirect",
        "according to",
        "the paper",
    ),
    q(
        "the trial was not large enough to say whether the drug worked for them at all",
        None,
        "indirect",
        "according to",
        "the paper",
    ),
    p(
        "it would ask the Food and Drug Administration to approve lorevistat before the end of the "
        "year",
        BRIGHTMOOR_BODY,
        "indirect",
        "said",
        "Brightmoor Pharmaceuticals, the Cambridge, Mass., company that makes the drug and paid "
        "for the trial",
    ),
    p("it had not set a price", BRIGHTMOOR_BODY, "indirect", "said", "The company"),
    p(
        "We are building this medicine to be used in a primary care office, not only in a memory "
        "clinic,",
        REYES,
        "direct",
        "said",
        "Brightmoor's chief medical officer, Dr. Alan Reyes",
    ),
    p(
        "the company expected to be able to make enough of the drug for 2 million patients a year "
        "by 2028",
        REYES,
        "indirect",
        "said",
        "He",
    ),
    # a university's news release: the university speaks (decision 4)
    p("a milestone for the field", WHITCOMBE_BODY, "partial", "called", "Whitcombe University"),
    p(
        "real but modest.",
        OKONJO,
        "partial",
        "said",
        "Dr. Samuel Okonjo, a geriatric psychiatrist at Harlow Medical Center in Cleveland who "
        "was not involved in the research",
    ),
    p(
        "A difference of 0.15 points on that scale is something a doctor can measure. Whether a "
        "family would notice it at the dinner table is another question,",
        OKONJO,
        "direct",
        "said",
        "Okonjo",
    ),
    p(
        "he also worried that the brain swelling would be missed in patients treated outside "
        "specialist centers",
        OKONJO,
        "indirect",
        "said",
        "He",
    ),
    # `noted that A, a rate she called "…"`: the clause ends before the closing appositive
    p(
        "about 11% of patients in each group dropped out before the end of the trial",
        MARSH,
        "indirect",
        "noted",
        "Lena Marsh, a biostatistician at the Hollis School of Public Health who reviewed the "
        "paper for STAT",
    ),
    p("typical for a study this long.", MARSH, "partial", "called", "she"),
    p(
        "the results held up when the missing patients were accounted for",
        MARSH,
        "indirect",
        "said",
        "She",
    ),
    p(
        "About 7 million Americans are living with Alzheimer's",
        ALZ_BODY,
        "indirect",
        "according to",
        "the Alzheimer's Association",
    ),
    p(
        "the number is expected to nearly double by 2050",
        ALZ_BODY,
        "indirect",
        "according to",
        "the Alzheimer's Association",
    ),
    p("encouraging", ALZ_BODY, "partial", "said", "The association"),
    # a request is a statement, without its addressee (decision 6)
    p("to review the drug quickly", ALZ_BODY, "indirect", "urged", "The association"),
    p(
        "he still does the crossword every morning and drives to his grandson's baseball games",
        CARVER,
        "indirect",
        "said",
        "He",
    ),
    p(
        "I don't know if I was on the pill or the sugar pill for the first year. I just know I'm "
        "still me,",
        CARVER,
        "direct",
        "said",
        "Carver",
    ),
    p(
        "the couple had been told after his diagnosis in 2023 to expect him to need full-time care "
        "within five years",
        LINDA,
        "indirect",
        "said",
        "His wife, Linda Carver",
    ),
    p("Nobody is saying that now,", LINDA, "direct", "said", "she"),
    p(
        "the trial was not designed to show whether the drug could delay the move to a nursing "
        "home",
        FELD,
        "indirect",
        "cautioned",
        "Feld",
    ),
    p(
        "a longer follow-up study of 900 of the same patients would report in 2028",
        FELD,
        "indirect",
        "said",
        "Feld",
    ),
    p("We have bought people time,", FELD, "direct", "said", "she"),
    p("How much time, we don't know yet.", FELD, "direct", "said", "she"),
]

# --- Heatwaves and heart admissions in Italy (ANSA's English wire: `(ANSA) - ROME, JUN 18 -`,
# straight "double quotes" with British punctuation, translated quotes, `told ANSA`, `said in a
# note`, `stressed` / `explained` / `pointed out`, a closing `(ANSA).`) ----------------------
ISS = "Higher Health Institute"  # `the Higher Health Institute (ISS)`: the full name (decision 2)
ISS_BODY = {"speaker": ISS, "country": "IT"}
BOLOGNA = "University of Bologna"
BOLOGNA_BODY = {"speaker": BOLOGNA, "country": "IT"}
SIC = "Italian Society of Cardiology"
SIC_BODY = {"speaker": SIC, "country": "IT"}
CODACONS = "Codacons"
CODACONS_BODY = {"speaker": CODACONS, "country": "IT"}
# `Professor X of Y, who coordinated the study`: the title before the name, the university
GHISELLI = {"speaker": "Marco Ghiselli", "role": "Professor", "country": "IT", "org": BOLOGNA}
SARDELLI = {"speaker": "Giovanna Sardelli", "role": "President", "country": "IT", "org": ISS}
LENTINI = {"speaker": "Orazio Lentini", "role": "Health Minister", "country": "IT"}
# a WHO regional office's officer: organisation WHO (decision 1), no country; `for climate and
# health` a remit (decision 9)
VASKOVA = {"speaker": "Elena Vaskova", "role": "technical officer", "org": "WHO"}
ORRU = {
    "speaker": "Stefano Orrù",
    "role": "epidemiologist",
    "country": "IT",
    "org": "University of Cagliari",
}
FERRI = {"speaker": "Giuseppina Ferri", "country": "IT"}
PAOLA = {"speaker": "Paola Ferri", "role": "daughter", "country": "IT"}
GHISELLI_SRC = "Professor Marco Ghiselli of the University of Bologna, who coordinated the study"

HEAT_Q = [
    q(
        "Heatwaves behind 1 in 9 heart admissions of over-75s",
        None,
        "indirect",
        "says",
        "Italian study",
    ),
    # `according to a study by A and B`: the first author speaks (README, Documents)
    p(
        "Heatwaves were behind roughly one in nine hospital admissions for heart failure among "
        "Italians over 75 in the summers from 2015 to 2024",
        ISS_BODY,
        "indirect",
        "according to",
        "a study by the Higher Health Institute (ISS) and the University of Bologna",
    ),
    # the researchers' `found` inside the institute's trailing cue: one statement, the ISS's
    p(
        "The researchers looked at 412,000 admissions in 21 cities and found that the risk of "
        "being taken to hospital with heart failure rose by 4.2% for every degree above 30 Celsius",
        ISS_BODY,
        "indirect",
        "said",
        "the ISS",
    ),
    q(
        "The effect was strongest in the first two days of a heatwave and among women living alone",
        None,
        "indirect",
        "found",
        "the study",
    ),
    p(
        "The first hot days are the most dangerous, because the body has not yet adapted and "
        "families have not yet organised themselves,",
        GHISELLI,
        "direct",
        "told",
        GHISELLI_SRC,
    ),
    p(
        "Many of these admissions could be avoided with a phone call, a glass of water, a fan,",
        GHISELLI,
        "direct",
        "said",
        "he",
    ),
    p(
        "cities in the centre and south, including Rome, Naples and Palermo, recorded the steepest "
        "rise, while admissions in Turin and Milan rose less because those cities already run heat "
        "alert programmes that include home visits",
        GHISELLI,
        "indirect",
        "explained",
        "Ghiselli",
    ),
    q(
        "about 9,800 admissions over the ten years could be attributed to heat, around 11% of the "
        "total in the hottest weeks",
        None,
        "indirect",
        "wrote",
        "The researchers",
    ),
    q(
        "the number of days above 35 degrees in the 21 cities more than doubled over the decade",
        None,
        "indirect",
        "according to",
        "the paper",
    ),
    p(
        "the figures should be read as a warning for the coming summer",
        SARDELLI,
        "indirect",
        "stressed",
        "ISS President Giovanna Sardelli",
    ),
    p(
        "We are talking about our parents and grandparents. Heat is not a matter of comfort, it is "
        "a matter of health,",
        SARDELLI,
        "direct",
        "said",
        "Sardelli",
    ),
    p(
        "it would send the data to the health ministry and to regional authorities to help them "
        "decide where to concentrate resources",
        ISS_BODY,
        "indirect",
        "said",
        "The ISS",
    ),
    p(
        "the government would expand its summer heat bulletin, now issued for 27 cities, to all "
        "provincial capitals from July 1",
        LENTINI,
        "indirect",
        "said",
        "Health Minister Orazio Lentini",
    ),
    p(
        "18 million euros would go to regions to pay for home nursing visits to elderly people who "
        "live alone",
        LENTINI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the largest of its kind in southern Europe",
        BOLOGNA_BODY,
        "partial",
        "said",
        "The University of Bologna",
    ),
    p(
        "the findings matched what the WHO was seeing elsewhere on the continent",
        VASKOVA,
        "indirect",
        "said",
        "Dr. Elena Vaskova, a technical officer for climate and health at the World Health "
        "Organization's regional office for Europe in Copenhagen",
    ),
    p(
        "Italy has very good data, which is why this study is important. But the same thing is "
        "happening in Spain, in Greece, in the Balkans,",
        VASKOVA,
        "direct",
        "told",
        "she",
    ),
    p(
        "heat killed more than 60,000 people in Europe in the summer of 2022",
        VASKOVA,
        "indirect",
        "noted",
        "Vaskova",
    ),
    p("like flu vaccination, every year, without fail", VASKOVA, "partial", "urged", "Vaskova"),
    p(
        "air pollution, which also peaks during heatwaves, might account for part of the effect",
        ORRU,
        "indirect",
        "said",
        "Stefano Orrù, an epidemiologist at the University of Cagliari who was not involved in "
        "the research",
    ),
    p(
        "The authors have adjusted for ozone, but not for fine particles, and in the Po Valley "
        "those matter a lot,",
        ORRU,
        "direct",
        "pointed out",
        "he",
    ),
    # `replied that A and that B "…"`: the quote stands for its conjunct, A is reported too
    p(
        "the team had tested fine particles in a smaller sample of cities",
        GHISELLI,
        "indirect",
        "replied",
        "Ghiselli",
    ),
    p("remained practically unchanged", GHISELLI, "partial", "replied", "Ghiselli"),
    p(
        "diuretics and some blood pressure drugs make elderly patients more vulnerable to "
        "dehydration",
        SIC_BODY,
        "indirect",
        "said",
        "The Italian Society of Cardiology",
    ),
    p(
        "to review doses before the summer",
        SIC_BODY,
        "indirect",
        "called on",
        "The Italian Society of Cardiology",
    ),
    p(
        "she had been taken to hospital twice during the heatwave of July 2023",
        FERRI,
        "indirect",
        "said",
        "83-year-old Giuseppina Ferri",
    ),
    p(
        "The second time I did not even realise I was ill. My neighbour found me on the floor,",
        FERRI,
        "direct",
        "told",
        "she",
    ),
    p(
        "the family now calls her every afternoon and has bought an air conditioner for the "
        "bedroom",
        PAOLA,
        "indirect",
        "said",
        "Her daughter, Paola Ferri",
    ),
    p("It cost 600 euros. Not everyone can spend that,", PAOLA, "direct", "said", "she"),
    p(
        "a bonus to help pensioners on low incomes buy air conditioners",
        CODACONS_BODY,
        "indirect",
        "called for",
        "The consumer group Codacons",
    ),
    p(
        "The next phase of the study will look at deaths at home",
        GHISELLI,
        "indirect",
        "said",
        "Ghiselli",
    ),
]

# --- Canada's measles outbreak declared over (CBC News web style: no dateline, a deck, the
# byline `X · CBC News`, straight "double quotes", `per cent`, `Alta.` / `N.B.`, `told a news
# conference`, `in an interview with CBC News`) ------------------------------------------------
PHAC = "Public Health Agency of Canada"
PHAC_BODY = {"speaker": PHAC, "country": "CA"}
WHO_BODY = {"speaker": "World Health Organization"}  # organisation WHO (decision 1), no country
CDC = "Centers for Disease Control and Prevention"
CDC_BODY = {"speaker": CDC, "country": "US"}
NACI = "National Advisory Committee on Immunization"
NACI_BODY = {"speaker": NACI, "country": "CA"}
# `Canada's chief public health officer`: the office, the country; no body is written for it
HADDAD = {"speaker": "Amira Haddad", "role": "chief public health officer", "country": "CA"}
MULRONEY = {"speaker": "Kevin Mulroney", "role": "chief medical officer of health", "country": "CA"}
FERREIRA = {
    "speaker": "Colin Ferreira",
    "role": "director of viral diseases",
    "country": "CA",
    "org": "National Microbiology Laboratory",
}
TREMBLAY = {
    "speaker": "Julie Tremblay",
    "role": "pediatric infectious disease specialist",
    "country": "CA",
    "org": "CHU Sainte-Justine",
}
NOWAK = {"speaker": "Jessica Nowak", "country": "CA"}
GIROUX = {"speaker": "Marc Giroux", "role": "father", "country": "CA"}
# a party word before the title: no organisation (as the golds' `Conservative finance critic`)
PRYCE = {"speaker": "Liam Pryce", "role": "health critic", "country": "CA"}
HADDAD_SRC = "Dr. Amira Haddad, Canada's chief public health officer"
TREMBLAY_SRC = (
    "Dr. Julie Tremblay, a pediatric infectious disease specialist at CHU Sainte-Justine in "
    "Montreal who was not involved in the federal response"
)

MEASLES_Q = [
    # the headline's `…, public health agency says`: the one such agency the body names
    p(
        "Canada's measles outbreak is over after 16 months",
        PHAC_BODY,
        "indirect",
        "says",
        "public health agency",
    ),
    p(
        "the measles outbreak that began in New Brunswick in the summer of 2025 is over, after 16 "
        "months, 5,214 cases and three deaths",
        PHAC_BODY,
        "indirect",
        "says",
        "The Public Health Agency of Canada",
    ),
    p(
        "No new case linked to the outbreak has been reported in more than 12 weeks",
        PHAC_BODY,
        "indirect",
        "said",
        "the agency",
    ),
    p(
        "This is good news, but it is not the end of the story,",
        HADDAD,
        "direct",
        "told",
        HADDAD_SRC,
    ),
    p(
        "We lost our elimination status because too many children missed their shots. We will "
        "only get it back if we close that gap.",
        HADDAD,
        "direct",
        "told",
        HADDAD_SRC,
    ),
    p(
        "91 per cent of two-year-olds had received their first dose of measles vaccine in 2025, "
        "up from 87 per cent in 2023, but still short of the 95 per cent needed to stop the virus "
        "from spreading",
        HADDAD,
        "indirect",
        "said",
        "Haddad",
    ),
    # `according to PHAC's figures`: a body's own document speaks for it (README, Documents)
    p(
        "Of the 5,214 cases, 4,030 were in people who had not been vaccinated, and 1,612 were in "
        "children under five",
        PHAC_BODY,
        "indirect",
        "according to",
        "PHAC's figures",
    ),
    p(
        "Canada could regain its measles elimination status if no new chain of transmission "
        "lasting a year or more starts before the end of 2027",
        WHO_BODY,
        "indirect",
        "said",
        "The World Health Organization",
    ),
    p(
        "the province had run 212 vaccination clinics in schools and community halls since January",
        MULRONEY,
        "indirect",
        "said",
        "Alberta's chief medical officer of health, Dr. Kevin Mulroney",
    ),
    p(
        "We went to the parents instead of waiting for the parents to come to us, and that made "
        "the difference,",
        MULRONEY,
        "direct",
        "said",
        "he",
    ),
    p(
        "it had recorded 1,470 cases so far this year",
        CDC_BODY,
        "indirect",
        "said",
        "the Centers for Disease Control and Prevention",
    ),
    p(
        "Laboratory work at the National Microbiology Laboratory in Winnipeg showed that almost "
        "all Canadian cases came from a single strain",
        FERREIRA,
        "indirect",
        "said",
        "the lab's director of viral diseases, Dr. Colin Ferreira",
    ),
    p(
        "What we saw in the genetic data was one fire that kept finding new fuel,",
        FERREIRA,
        "direct",
        "said",
        "Ferreira",
    ),
    p(
        "the end of the outbreak did not mean the risk was over",
        TREMBLAY,
        "indirect",
        "warned",
        TREMBLAY_SRC,
    ),
    p(
        "Every summer, families travel, and the virus travels with them. One case on a plane can "
        "start the whole thing again,",
        TREMBLAY,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had treated a four-month-old baby who caught measles in a clinic waiting room, too "
        "young to be vaccinated",
        TREMBLAY,
        "indirect",
        "said",
        "Tremblay",
    ),
    p(
        "babies travelling to countries with outbreaks be given an early dose from six months of "
        "age",
        NACI_BODY,
        "indirect",
        "recommended",
        "The National Advisory Committee on Immunization (NACI)",
    ),
    p(
        "it would review by the fall whether that advice should apply across Canada",
        NACI_BODY,
        "indirect",
        "said",
        "NACI",
    ),
    q(
        "the numbers do not tell the whole story",
        None,
        "indirect",
        "say",
        "Parents who lived through the outbreak",
        country="CA",
    ),
    p(
        "her seven-year-old son spent five days in hospital with pneumonia after catching measles "
        "at a birthday party in April",
        NOWAK,
        "indirect",
        "said",
        "Jessica Nowak of Lethbridge, Alta.",
    ),
    p(
        "He couldn't open his eyes because the light hurt so much. I had never seen him that sick,",
        NOWAK,
        "direct",
        "said",
        "Nowak",
    ),
    p(
        "her younger daughter, who is 14 months old, had her first shot two weeks later",
        NOWAK,
        "indirect",
        "said",
        "She",
    ),
    p(
        "he had decided to vaccinate his children only after a long talk with their family doctor",
        GIROUX,
        "indirect",
        "said",
        "Marc Giroux, a father of three in Moncton, N.B.",
    ),
    p(
        "I had read things online that scared me. She answered every question,",
        GIROUX,
        "direct",
        "said",
        "Giroux",
    ),
    p(
        "the agency would spend $45 million over three years on reminder systems, mobile clinics "
        "and training for family doctors and pharmacists",
        HADDAD,
        "indirect",
        "said",
        "Haddad",
    ),
    # `said A "…" and that B`: the partial and B
    p("far too late", PRYCE, "partial", "said", "The Conservative health critic, Liam Pryce"),
    p(
        "Ottawa should have acted when vaccination rates first fell",
        PRYCE,
        "indirect",
        "said",
        "The Conservative health critic, Liam Pryce",
    ),
    p(
        "she would report to Parliament on vaccination rates every six months until Canada's "
        "elimination status is restored",
        HADDAD,
        "indirect",
        "said",
        "Haddad",
    ),
]

DOCS = [
    ("probe-r29d-alzheimers-pill-trial", None, PILL_Q),
    ("probe-r29d-italy-heatwave-hearts", "ROME", HEAT_Q),
    ("probe-r29d-canada-measles-outbreak", None, MEASLES_Q),
]

# organisation speakers: their own organisation (decision 4; WHO by its key, decision 1)
SPEAKING_BODIES = (
    BRIGHTMOOR,
    WHITCOMBE,
    ALZ,
    ISS,
    BOLOGNA,
    SIC,
    CODACONS,
    PHAC,
    "World Health Organization",
    CDC,
    NACI,
)


def main():
    write_gold(
        HERE,
        "probes_r29d_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r29d",
        source="quotesdb round-29 training probe D (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
