"""Build probes_r29b_gold.jsonl from the hand annotations below.

Training probe r29b, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r28o and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-11). Each quote is located by searching its exact text after the
previous quote's end.

    python3 bench/probes/r29b/make_gold.py   # writes probes_r29b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a US federal securities fraud trial (Law360: `Law360 (March 3, 2026, 6:12 PM EST) --`,
# a byline, Title Case headline, straight double quotes, American punctuation, the closing
# `is represented by` and `The case is` lines) -------------------------------------------------
# no place dateline; the story is domestic US copy throughout (a U.S. District Judge, an
# Assistant U.S. Attorney, Manhattan, the Southern District of New York, the FDA): US
GLUCORA = "Glucora Inc."
GLUCORA_BODY = {"speaker": GLUCORA, "country": "US"}
VARADAN = {
    "speaker": "Nikhil Varadan",
    "role": "former chief technology officer",
    "country": "US",
    "org": GLUCORA,
}
KESSLING = {"speaker": "Brett Kessling", "role": "founder", "country": "US", "org": GLUCORA}
# `Assistant U.S. Attorney X`: an office named with its country keeps it (`U.S. Attorney X`)
QUINTERO = {"speaker": "Marisa Quintero", "role": "Assistant U.S. Attorney", "country": "US"}
LATIMER = {
    "speaker": "Owen Latimer",
    "role": "lawyer",
    "country": "US",
    "org": "Latimer Brandt LLP",
}
# `U.S. District Judge X` → `District Judge` (as r26d's `U.S. Circuit Judge X` → `Circuit Judge`)
OKONKWO = {"speaker": "Harriet Okonkwo-Bell", "role": "District Judge", "country": "US"}
LINDGREN = {
    "speaker": "Teresa Lindgren",
    "role": "former quality engineer",
    "country": "US",
    "org": GLUCORA,
}

GLUCORA_Q = [
    # a Title Case headline's `…, Ex-CTO Tells Jury`: the ex-CTO the lead names
    p("Insulin Pump Startup Founder Misled Investors", VARADAN, "indirect", "Tells", "Ex-CTO"),
    p(
        "the insulin pump startup's founder ordered engineers to hide failed safety tests from"
        " investors",
        VARADAN,
        "indirect",
        "told",
        "The former chief technology officer of Glucora Inc.",
    ),
    # `said X told him … to "…"`: the nested cue is part of Varadan's clause; the quote stands
    # for it
    p(
        "keep the red rows off the deck",
        VARADAN,
        "partial",
        "said",
        "Nikhil Varadan, who left Glucora in 2023 and is testifying under a cooperation agreement",
    ),
    p(
        "He said investors buy a story, not a spreadsheet,",
        VARADAN,
        "direct",
        "testified",
        "Varadan",
    ),
    p("I took that as an instruction.", VARADAN, "direct", "testified", "Varadan"),
    # `has pleaded not guilty`: a plea, no statement (as r22c, r25a)
    q(
        "Glucora told investors its Halo pump had passed every occlusion test in a 2021 trial,"
        " when roughly one in eight units had failed to detect a blocked line",
        None,
        "indirect",
        "According to",
        "the indictment",
        country="US",
    ),
    q(
        "Kessling personally approved the investor presentation that left those results out",
        None,
        "indirect",
        "alleges",
        "The indictment",
        country="US",
    ),
    p(
        "about what the defendant knew and when he knew it.",
        QUINTERO,
        "partial",
        "told",
        "Assistant U.S. Attorney Marisa Quintero",
    ),
    p(
        "Every version of that spreadsheet went to his inbox,",
        QUINTERO,
        "direct",
        "said",
        "Quintero",
    ),
    p("He read it. He chose.", QUINTERO, "direct", "said", "Quintero"),
    # `told jurors … that A, and that B "…"`: the quote stands for its own conjunct only
    p(
        "his client was a salesman who trusted his engineers",
        LATIMER,
        "indirect",
        "told",
        "Kessling's lawyer, Owen Latimer of Latimer Brandt LLP",
    ),
    p(
        "a man testifying to save himself.",
        LATIMER,
        "partial",
        "told",
        "Kessling's lawyer, Owen Latimer of Latimer Brandt LLP",
    ),
    p(
        "he had signed the same investor materials and that he had not raised the test failures"
        " with Glucora's board",
        VARADAN,
        "indirect",
        "acknowledged",
        "Varadan",
    ),
    # counsel's question in court: the asker's statement (as r21f)
    p(
        "You never sent a single email saying the deck was false, did you?",
        LATIMER,
        "direct",
        "asked",
        "Latimer",
    ),
    p("No,", VARADAN, "direct", "said", "Varadan"),
    p("I should have.", VARADAN, "direct", "said", "Varadan"),
    p(
        "his plea agreement could spare him prison time if prosecutors judged his cooperation to"
        " be substantial",
        VARADAN,
        "indirect",
        "conceded",
        "Varadan",
    ),
    # a warning with an infinitive is a request (decision 6): the infinitive, no addressee
    p(
        "to stay quiet during the testimony",
        OKONKWO,
        "indirect",
        "warned",
        "U.S. District Judge Harriet Okonkwo-Bell, who is presiding over the trial",
    ),
    p("move on from the adjectives,", OKONKWO, "partial", "told", "she"),
    p(
        "the jury would hear the recording of the March 2022 meeting only if prosecutors could"
        " show who had made it",
        OKONKWO,
        "indirect",
        "said",
        "she",
    ),
    # `In a written ruling … denying X, Judge Y wrote that …`: the judge's; the participle
    # after the ruling describes it
    p("admissible and highly probative.", OKONKWO, "partial", "wrote", "Judge Okonkwo-Bell"),
    p(
        "the defense could still challenge its authorship in front of the jury",
        OKONKWO,
        "indirect",
        "wrote",
        "She",
    ),
    p(
        "she had flagged the occlusion failures in at least four emails to Kessling in 2021",
        LINDGREN,
        "indirect",
        "testified",
        "A second witness, former Glucora quality engineer Teresa Lindgren",
    ),
    p("a firmware issue for later.", LINDGREN, "partial", "said", "She"),
    p(
        "couldn't sign off on it anymore.",
        LINDGREN,
        "partial",
        "said",
        "Lindgren, who now works for a hospital system in Minnesota",
    ),
    # `Asked by X whether …`: the question is not annotated (as r22c), the answer is
    p("she had not", LINDGREN, "indirect", "said", "Lindgren"),
    # the prosecutors' office's `declined to comment`: a non-answer, none (decision 6)
    p(
        "it was cooperating fully with the government and that it had replaced its entire"
        " leadership team",
        GLUCORA_BODY,
        "indirect",
        "said",
        "Glucora, which stopped selling the Halo pump in 2024",
    ),
    q(
        "the Food and Drug Administration received 312 reports of Halo pump malfunctions between"
        " 2021 and 2024",
        None,
        "indirect",
        "According to",
        "court documents",
        country="US",
    ),
    p("looking forward to telling my side.", KESSLING, "partial", "said", "Kessling"),
    # `His lawyers have not said whether …`: a non-answer, none
]

# --- a murder trial at the Old Bailey (PA Media court copy: `By X, PA Courts Correspondent`, no
# dateline, `…, Old Bailey told` headline, `a jury has heard`, `the court heard`, `KC`, British
# punctuation outside the marks, `The trial continues.`) ----------------------------------------
CASTELLANE = {"speaker": "Fiona Castellane", "role": "prosecutor", "country": "GB"}
POLE = {"speaker": "Adrian Pole", "role": "barrister", "country": "GB"}
FORSYTHE = {"speaker": "Darnell Forsythe", "country": "GB"}
RAMDHANIE = {"speaker": "Priya Ramdhanie", "role": "shop worker", "country": "GB"}
ACHEBE = {"speaker": "Gordon Achebe", "role": "taxi driver", "country": "GB"}
QUAYLE = {
    "speaker": "Rhona Quayle",
    "role": "Detective Inspector",
    "country": "GB",
    "org": "Metropolitan Police",
}
# `Mr Justice Harland`: the surname only is written; role `Justice` (as r21f, heldout6)
HARLAND = {"speaker": "Harland", "role": "Justice", "country": "GB"}
SWIFT = "Swiftbasket"
SWIFT_BODY = {"speaker": SWIFT, "country": "GB"}
# `who travelled from Poznan for the trial`: a place of origin after the name (PL)
NOWICKA = {"speaker": "Agnieszka Nowicka", "role": "sister", "country": "PL"}

BAILEY_Q = [
    # `…, Old Bailey told` / `a jury has heard` / `the court heard` / `Jurors were told`: the
    # court's account of the evidence, source the court (or jury) as written, speaker null
    # (README: `…, the court / inquest / tribunal heard.`)
    q(
        "Delivery driver stabbed rival courier over loading bay",
        None,
        "indirect",
        "told",
        "Old Bailey",
        country="GB",
    ),
    q(
        "A delivery driver stabbed a rival courier to death in a row over a loading bay outside"
        " a north London supermarket",
        None,
        "indirect",
        "heard",
        "a jury",
        country="GB",
    ),
    p(
        "lost his temper over nothing",
        CASTELLANE,
        "partial",
        "told",
        "prosecutor Fiona Castellane KC",
    ),
    p(
        "for exactly this kind of moment",
        CASTELLANE,
        "partial",
        "told",
        "prosecutor Fiona Castellane KC",
    ),
    p("This was not self-defence,", CASTELLANE, "direct", "said", "she"),
    p(
        "Mr Nowicki was unarmed, he was walking away, and he was stabbed in the back.",
        CASTELLANE,
        "direct",
        "said",
        "she",
    ),
    # the closing `, which …` relative is outside (decision 5)
    q(
        "the two men had argued at least twice before over the same bay",
        None,
        "indirect",
        "heard",
        "The court",
        country="GB",
    ),
    p(
        "CCTV footage from a passing bus showed Forsythe following Mr Nowicki across the car park"
        " seconds before the fatal blow",
        CASTELLANE,
        "indirect",
        "said",
        "Ms Castellane",
    ),
    p(
        "Forsythe had driven away from the scene and was arrested at his mother's flat in"
        " Edmonton the next morning",
        CASTELLANE,
        "indirect",
        "told",
        "She",
    ),
    q(
        "Officers later found the knife wrapped in a tea towel under the driver's seat of his van",
        None,
        "indirect",
        "heard",
        "the court",
        country="GB",
    ),
    # `denies murder but has admitted manslaughter, which the prosecution does not accept`:
    # pleas and a reaction, none
    p("blind panic", POLE, "partial", "told", "His barrister, Adrian Pole KC"),
    p("a tragedy, not a murder", POLE, "partial", "told", "His barrister, Adrian Pole KC"),
    # a defendant's prepared statement read by his barrister: the defendant's words
    p("panicked", FORSYTHE, "partial", "said", "Forsythe"),
    p("I never meant for anyone to die,", FORSYTHE, "direct", "said", "the statement"),
    p("I think about his family every day.", FORSYTHE, "direct", "said", "the statement"),
    # `told the court she heard A and saw X "…"`: a second verb phrase holding the quote
    p("she heard shouting", RAMDHANIE, "indirect", "told", "a shop worker, Priya Ramdhanie"),
    p(
        "holding his side and just sort of folding",
        RAMDHANIE,
        "partial",
        "told",
        "a shop worker, Priya Ramdhanie",
    ),
    p("she had not seen the start of the argument", RAMDHANIE, "indirect", "accepted", "she"),
    p("I can only tell you what I saw,", RAMDHANIE, "direct", "said", "Ms Ramdhanie"),
    p("I didn't see who went first.", RAMDHANIE, "direct", "said", "Ms Ramdhanie"),
    p(
        "scared, not angry",
        ACHEBE,
        "partial",
        "said",
        "Another witness, taxi driver Gordon Achebe",
    ),
    # `suggested to him that A` (cross-examination) is counsel's; `which X rejected` a reaction
    p(
        "it had been too dark to see the men's faces clearly",
        POLE,
        "indirect",
        "suggested",
        "Mr Pole",
    ),
    p(
        "Forsythe's DNA had been found on the handle of the knife and that no weapon was"
        " recovered from Mr Nowicki or his van",
        QUAYLE,
        "indirect",
        "told",
        "Detective Inspector Rhona Quayle, of the Metropolitan Police",
    ),
    q(
        "a post-mortem examination found Mr Nowicki died from a single stab wound that had"
        " punctured his lung",
        None,
        "indirect",
        "told",
        "Jurors",
        country="GB",
    ),
    p("on the evidence and nothing else", HARLAND, "partial", "told", "Mr Justice Harland"),
    p("not to research it online", HARLAND, "indirect", "warned", "Mr Justice Harland"),
    p(
        "the trial was expected to last about two weeks",
        HARLAND,
        "indirect",
        "said",
        "The judge",
    ),
    p(
        "a kind and careful colleague",
        SWIFT_BODY,
        "partial",
        "said",
        "Swiftbasket, the grocery delivery firm Mr Nowicki drove for",
    ),
    p(
        "its thoughts were with his family",
        SWIFT_BODY,
        "indirect",
        "said",
        "Swiftbasket, the grocery delivery firm Mr Nowicki drove for",
    ),
    p(
        "the family would attend every day",
        NOWICKA,
        "indirect",
        "said",
        "Mr Nowicki's sister, Agnieszka Nowicka, who travelled from Poznan for the trial",
    ),
    p("We want to hear the truth from his own mouth,", NOWICKA, "direct", "said", "she"),
]

# --- a magistrate's sentencing on the Gold Coast (ABC News online: `By court reporter X`, a
# `Posted …` line, no dateline, `$`, double quotes with Australian punctuation outside,
# `your Honour`, `Police prosecutor Sergeant X`, `The court heard`) -----------------------------
ACHTERBERG = {"speaker": "Rosalind Achterberg", "role": "Magistrate", "country": "AU"}
KOWALCZYK = {"speaker": "Mia Kowalczyk", "role": "police prosecutor", "country": "AU"}
ABERNETHY = {"speaker": "Daniel Abernethy", "role": "lawyer", "country": "AU"}
HOLLIS = {"speaker": "Craig Hollis", "country": "AU"}
FITZGIBBON = {"speaker": "Leanne Fitzgibbon", "role": "parent", "country": "AU"}
OFT = "Office of Fair Trading"
OFT_BODY = {"speaker": OFT, "country": "AU"}
SWIMMING = "Swimming Australia"

SWIM_Q = [
    # the lead's `a magistrate telling him …`: the one magistrate the story names further down
    p(
        "traded on the trust of young families",
        ACHTERBERG,
        "partial",
        "telling",
        "a magistrate",
    ),
    # `pleaded guilty`: a plea, none
    q(
        "Hollis kept taking term bookings through the school's website for months after he had"
        " lost the lease on its pool in Labrador",
        None,
        "indirect",
        "heard",
        "The court",
        country="AU",
    ),
    p(
        "96 families had paid for lessons, some for three children, and that most had received"
        " no refund",
        KOWALCZYK,
        "indirect",
        "told",
        "Police prosecutor Sergeant Mia Kowalczyk",
    ),
    p(
        "These were not sophisticated victims, your Honour, they were parents paying $180 a term"
        " so their kids would be safe around water,",
        KOWALCZYK,
        "direct",
        "said",
        "Sergeant Kowalczyk",
    ),
    # asking the court for a sentence is a request (decision 6), no addressee
    p("to impose a term of actual imprisonment", KOWALCZYK, "indirect", "asked", "She"),
    p("critical", KOWALCZYK, "partial", "saying", "She"),
    q(
        "Hollis continued to email invoices to parents until October 2024",
        None,
        "indirect",
        "According to",
        "a police statement of facts tendered to the court",
        country="AU",
    ),
    q(
        "Hollis had also failed to pay $9,400 in superannuation owed to four swimming instructors",
        None,
        "indirect",
        "heard",
        "The court",
        country="AU",
    ),
    p("a spiral", ABERNETHY, "partial", "said", "Hollis's lawyer, Daniel Abernethy"),
    p(
        "had used the money to keep the business afloat rather than to fund a lavish lifestyle",
        ABERNETHY,
        "indirect",
        "said",
        "Hollis's lawyer, Daniel Abernethy",
    ),
    p("He is deeply ashamed,", ABERNETHY, "direct", "said", "Mr Abernethy"),
    p(
        "He has sold his car and he has repaid $11,000 already.",
        ABERNETHY,
        "direct",
        "said",
        "Mr Abernethy",
    ),
    # a letter from the defendant handed up by his lawyer: `in which he wrote` is the writer's
    p("let down the families who trusted me most", HOLLIS, "partial", "wrote", "he"),
    p(
        "mean and persistent",
        ACHTERBERG,
        "partial",
        "said",
        "Magistrate Rosalind Achterberg",
    ),
    p("very much open", ACHTERBERG, "partial", "said", "Magistrate Rosalind Achterberg"),
    p(
        "You took money from people who could least afford it, and you kept taking it when you"
        " knew there was no pool,",
        ACHTERBERG,
        "direct",
        "told",
        "she",
    ),
    # a quote paragraph with no cue goes on with the speaker before (her cue and source)
    p(
        "What saves you from jail today is your plea, your lack of any criminal history and the"
        " repayment you have started.",
        ACHTERBERG,
        "direct",
        "told",
        "she",
    ),
    p("calculated", ACHTERBERG, "partial", "said", "Ms Achterberg"),
    p("he was genuinely remorseful", ACHTERBERG, "indirect", "accepted", "she"),
    # `She sentenced Hollis to …, and made a restitution order …`: an act, none; the sentence
    # as read out in quotation marks is a statement
    p(
        "I sentence you to 18 months' imprisonment, suspended for an operational period of three"
        " years,",
        ACHTERBERG,
        "direct",
        "said",
        "Ms Achterberg",
    ),
    p(
        "If you commit another offence punishable by imprisonment in that time, you may be"
        " ordered to serve it.",
        ACHTERBERG,
        "direct",
        "said",
        "Ms Achterberg",
    ),
    p(
        "she was relieved the case was over",
        FITZGIBBON,
        "indirect",
        "said",
        "parent Leanne Fitzgibbon, whose two sons were booked for lessons",
    ),
    p(
        "He looked us in the eye at pick-up and said the pool would reopen after the school"
        " holidays,",
        FITZGIBBON,
        "direct",
        "said",
        "she",
    ),
    p(
        "Many parents had given up on ever getting a refund",
        FITZGIBBON,
        "indirect",
        "said",
        "she",
    ),
    p(
        "it had received 41 complaints about Splash Academy and had referred the matter to police"
        " in February last year",
        OFT_BODY,
        "indirect",
        "said",
        "Queensland's Office of Fair Trading",
    ),
    q(
        "no affiliation",
        None,
        "partial",
        "said",
        "A spokeswoman for Swimming Australia",
        country="AU",
        org=SWIMMING,
    ),
    q(
        "to check that any swim school they used employed accredited teachers",
        None,
        "indirect",
        "urged",
        "A spokeswoman for Swimming Australia",
        country="AU",
        org=SWIMMING,
    ),
]

DOCS = [
    ("probe-r29b-glucora-securities-fraud-trial", None, GLUCORA_Q),
    ("probe-r29b-old-bailey-courier-stabbing", None, BAILEY_Q),
    ("probe-r29b-gold-coast-swim-school-fraud", None, SWIM_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (GLUCORA, SWIFT, OFT)


def main():
    write_gold(
        HERE,
        "probes_r29b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r29b",
        source="quotesdb round-29 training probe B (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
