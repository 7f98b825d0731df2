"""Build probes_r27f_gold.jsonl from the hand annotations below.

Training probe r27f, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r26f and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10). Quoted words that are nobody's statement (a bill's short title,
words added by an amendment, a poll's question, terms of art and coinages, advertising copy,
a product listing, a brand's slogan, a song's title and lyrics with their translation, a
newspaper's headline, a decree's operative words with no verb of saying) are not annotated;
a reported clause that holds only such a quote is an indirect statement, the marks inside it.
A document's words quoted after a verb of saying (`Section 3 of the bill reads: "…"`, `It
says a manufacturer "…"`, `The text of the decree … says`), a text message, a WhatsApp
message and a customer review are statements, of their author when named, else speaker null
with the document or message as the source (`The complaint says`, r25f). Each quote is
located by searching its exact text after the previous quote's end.

    python3 bench/probes/r27f/make_gold.py   # writes probes_r27f_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A state legislature passes a farm right-to-repair bill (States Newsroom statehouse
# bureau style: `TOPEKA —`, `a Hays Republican`, straight double quotes) ---------------------
KEDA = "Kansas Equipment Dealers Association"
KFU = "Kansas Farmers Union"
PRAIRIE = "Prairie Iron Co."
DEINES = {"speaker": "Carla Deines", "role": "Representative", "country": "US"}
SCHOLL = {"speaker": "Mark Scholl", "role": "president", "country": "US", "org": KEDA}
BRANNIGAN = {"speaker": "Tom Brannigan", "role": "Representative", "country": "US"}
PRAIRIE_BODY = {"speaker": PRAIRIE, "country": "US"}
KFU_BODY = {"speaker": KFU, "country": "US"}
EBERSOLE = {"speaker": "Ruth Ebersole", "role": "president", "country": "US", "org": KFU}
WIEBE = {"speaker": "Andy Wiebe", "country": "US"}
# `X, who chairs the Senate Agriculture Committee`: the title kept, the committee taken
PFEIFER = {
    "speaker": "Dale Pfeifer",
    "role": "Senator",
    "country": "US",
    "org": "Senate Agriculture Committee",
}

REPAIR_Q = [
    # the bill's short title in quotes ("Fix Your Own Tractor Act"): a name, none
    q(
        "A manufacturer shall make available to any owner or independent repair provider, on "
        "fair and reasonable terms, the documentation, parts and diagnostic tools needed to "
        "diagnose, maintain or repair the equipment.",
        None,
        "direct",
        "reads",
        "Section 3 of the bill",
        country="US",
    ),
    p(
        "the right to finish what you bought.",
        DEINES,
        "partial",
        "said",
        "Rep. Carla Deines, a Hays Republican who farms wheat and milo near Victoria",
    ),
    p(
        "When a $600,000 combine sits dead in the field for two weeks waiting on a technician "
        "with a laptop, that's not a repair problem. That's a harvest problem,",
        DEINES,
        "direct",
        "said",
        "Deines",
    ),
    # a text message read aloud: its author's (unnamed), not the reader's
    q(
        "Tech can come Oct 14. Unlock fee is $450 plus mileage.",
        None,
        "direct",
        "sent",
        "a dealer's service manager",
        country="US",
    ),
    # `uses the term "digital lock"`: a term of art, none
    q(
        "the measure would let farmers disable emissions controls and safety systems",
        None,
        "indirect",
        "argued",
        "Opponents, led by the Kansas Equipment Dealers Association",
        country="US",
    ),
    p(
        "dealers already sell repair manuals",
        SCHOLL,
        "indirect",
        "told",
        "The group's president, Mark Scholl",
    ),
    p(
        "a solution in search of a problem.",
        SCHOLL,
        "partial",
        "told",
        "The group's president, Mark Scholl",
    ),
    # the section's own words after `says`: a document as source, speaker null; `call "the
    # escape hatch"` (a habitual name) none
    q(
        "shall not be required to disclose a trade secret,",
        None,
        "partial",
        "says",
        "It",
        country="US",
    ),
    # the words an amendment would have added: words as words, none
    p("he supported repair rights", BRANNIGAN, "indirect", "said", "Brannigan"),
    p("end up holding the bag", BRANNIGAN, "partial", "said", "Brannigan"),
    p(
        "supports every farmer's ability to maintain the equipment they own",
        PRAIRIE_BODY,
        "partial",
        "said",
        "Prairie Iron Co., the Nebraska-based maker of the Harvester 9 combine",
    ),
    p(
        "goes well beyond repair.",
        PRAIRIE_BODY,
        "partial",
        "said",
        "Prairie Iron Co., the Nebraska-based maker of the Harvester 9 combine",
    ),
    # the poll's question: a survey's wording, none
    p("Seventy-eight percent said yes", KFU_BODY, "indirect", "said", "the union"),
    p(
        "as plainly as we could make it",
        EBERSOLE,
        "partial",
        "said",
        "The union's president, Ruth Ebersole",
    ),
    p(
        "Ten years ago this was a fringe idea. People thought we wanted to pirate software,",
        EBERSOLE,
        "direct",
        "said",
        "Ebersole",
    ),
    # the quote's second paragraph: one direct statement per paragraph
    p(
        "Now it's the guy at the co-op, it's the Farm Bureau chapter, it's the Republican "
        "caucus. The dealers are the only ones who haven't moved.",
        EBERSOLE,
        "direct",
        "said",
        "Ebersole",
    ),
    p(
        "his dealer is 70 miles away and charges for the drive both ways",
        WIEBE,
        "indirect",
        "said",
        "Andy Wiebe, who raises cattle and soybeans near Hillsboro",
    ),
    # a clause holding only a habitual name ("the good ones"): the clause, marks inside
    p(
        "he had started calling a mechanic in Oklahoma who works on older, pre-software "
        'tractors that Wiebe\'s neighbors now describe as "the good ones."',
        WIEBE,
        "indirect",
        "said",
        "He",
    ),
    p(
        "until the dealers and the farm groups sit down at the same table.",
        PFEIFER,
        "partial",
        "said",
        "Sen. Dale Pfeifer, a Salina Republican who chairs the Senate Agriculture Committee",
    ),
    # `He did not say whether …`: a non-answer, none
    p("with a lot of envy and not a lot of patience.", DEINES, "partial", "said", "Deines"),
]

# --- An advertising regulator's ruling on a mattress brand (British marketing trade press:
# no dateline, a byline, single curly quotes, `Dr` without a point) -------------------------
ASA = "Advertising Standards Authority"
ASA_BODY = {"speaker": ASA, "country": "GB"}
ASHBY = {"speaker": "Tom Ashby", "role": "co-founder", "country": "GB", "org": "Drift Sleep"}
OKOYE = {
    "speaker": "Helen Okoye",
    "role": "chair",
    "country": "GB",
    "org": "Society of Spinal Therapists",
}
FARR = {"speaker": "Lucy Farr", "role": "partner", "country": "GB", "org": "Harbottle Kean"}
BROOKS = {"speaker": "Kayla Brooks", "role": "fitness influencer", "country": "GB"}

MATTRESS_Q = [
    # the headline's and the lead's claim, the ads' lines (`described … as ‘…’ and promised
    # ‘…’`): advertising copy, none
    p("too small and too short", ASA_BODY, "partial", "said", "the ASA"),
    # a direct quote holding a phrase as words (“clinically proven”): one statement
    p(
        "Consumers would understand “clinically proven” to mean that robust trials had shown "
        "the product worked, and the evidence did not meet that standard,",
        ASA_BODY,
        "direct",
        "said",
        "the ruling",
    ),
    # `told X that A and that B` with no partial (‘orthopaedic-grade’ is a term): one clause
    p(
        "the ads must not appear again in their current form and that it must not use the term "
        "‘orthopaedic-grade’ unless it held evidence for it",
        ASA_BODY,
        "indirect",
        "told",
        "The regulator",
    ),
    p("disappointed", ASHBY, "partial", "said", "Drift Sleep’s co-founder, Tom Ashby"),
    p("stood by its research", ASHBY, "indirect", "said", "Drift Sleep’s co-founder, Tom Ashby"),
    p(
        "We commissioned an independent study because we believe in the product. Thousands of "
        "customers tell us every week that they wake up without pain,",
        ASHBY,
        "direct",
        "said",
        "he",
    ),
    # the slogan ‘Wake up lighter’: none; `welcomed the ruling`: a reaction, none;
    # ‘spine-aligning’ and ‘posture-correcting’: words as words
    p("the wallpaper of the sleep aisle", OKOYE, "partial", "said", "Its chair, Dr Helen Okoye"),
    p(
        "Patients come to us having spent a month’s rent on a mattress because an advert used "
        "a medical word. We see the back pain that was never cured,",
        OKOYE,
        "direct",
        "said",
        "she",
    ),
    # the listing's ‘recommended by physiotherapists’: advertising copy, none; a customer's
    # review: the buyer's words (unnamed)
    q(
        "Slept through the night for the first time in years. My back has never felt better.",
        None,
        "direct",
        "reads",
        "One five-star review on the listing, from a buyer in Leeds",
        country="GB",
    ),
    p(
        "the ruling was the third this year in which the ASA had rejected a ‘clinically "
        "proven’ claim for a consumer product",
        FARR,
        "indirect",
        "said",
        "Lucy Farr, a partner at the advertising law firm Harbottle Kean",
    ),
    p(
        "Brands love that phrase because it sounds like a lab coat. The ASA reads it the way a "
        "shopper does,",
        FARR,
        "direct",
        "said",
        "she",
    ),
    p("fixed my back in a week", BROOKS, "partial", "said", "she"),
    p(
        "she had been paid by Drift Sleep",
        BROOKS,
        "indirect",
        "wrote",
        "Brooks, who has 1.2 million followers",
    ),
    p(
        "should have made that clearer",
        BROOKS,
        "partial",
        "wrote",
        "Brooks, who has 1.2 million followers",
    ),
    p("every single night", BROOKS, "partial", "added", "She"),
    # ‘white-coat copy’: a coinage, none
    p(
        "the phrase had started as an insult and was now a line item in agency pitch decks",
        FARR,
        "indirect",
        "said",
        "Farr",
    ),
    q(
        "before the end of the year",
        None,
        "partial",
        "said",
        "An ASA spokesperson",
        country="GB",
        org=ASA,
    ),
    q("put on notice", None, "partial", "said", "An ASA spokesperson", country="GB", org=ASA),
    p(
        "Drift Sleep would run a larger trial with a university partner",
        ASHBY,
        "indirect",
        "said",
        "Ashby",
    ),
    # `He would not name the university.`: a non-answer, none
]

# --- A Mexican state bans narcocorridos at concerts (music trade press: no dateline, Title
# Case headline, `told Billboard`, straight double quotes, Spanish lyrics and a headline
# with their translation in brackets) --------------------------------------------------------
BAND = "Los Centinelas del Norte"
BAND_BODY = {"speaker": BAND, "country": "MX"}
OCHOA = {"speaker": "Mariela Ochoa", "role": "Governor", "country": "MX"}
ACEVES = {"speaker": "Ramiro Aceves", "role": "lead singer", "country": "MX", "org": BAND}
IMPARCIAL = {"speaker": "El Imparcial", "country": "MX"}
VALDIVIA = {
    "speaker": "Jorge Valdivia",
    "country": "MX",
    "org": "Autonomous University of Baja California",
}
LERMA = {"speaker": "Sofía Lerma", "country": "MX", "org": "El Foro Norte"}

CORRIDO_Q = [
    # "la ley del silencio" (a coinage) and the decree's operative words after `prohibits`
    # (no verb of saying): none
    q(
        "organizers who allow such songs face fines of up to 1 million pesos",
        None,
        "indirect",
        "says",
        "The text of the decree, published in the state's official gazette",
        country="MX",
    ),
    p("not censoring music", OCHOA, "partial", "said", "Ochoa"),
    p(
        "taking the stage away from those who make heroes of murderers.",
        OCHOA,
        "partial",
        "said",
        "Ochoa",
    ),
    p(
        "Nobody is going to jail for singing in their kitchen. But a stadium paid for by the "
        "people of Baja California is not going to host a tribute to a cartel,",
        OCHOA,
        "direct",
        "said",
        "she",
    ),
    # the song's title, its opening line and the translation: none
    p("has never sung for any criminal", BAND_BODY, "partial", "said", "the band"),
    p("respect the law while we fight it in court.", BAND_BODY, "partial", "said", "the band"),
    p(
        "the band wrote about the world its fans grew up in",
        ACEVES,
        "indirect",
        "said",
        "Lead singer Ramiro Aceves, 31, who spoke to Billboard in Spanish by phone from Culiacán",
    ),
    p(
        "We sing what people live. If you ban the song, you don't ban the life,",
        ACEVES,
        "direct",
        "said",
        "Aceves",
    ),
    p(
        "The corrido was here before the cartels and it will be here after them.",
        ACEVES,
        "direct",
        "said",
        "Aceves",
    ),
    # a newspaper's front-page headline and its translation: none
    q(
        "organizers knew what the band would play",
        None,
        "indirect",
        "cited",
        "State prosecutors",
        country="MX",
    ),
    q(
        "The boys are doing the Sierra song, the people paid for it.",
        None,
        "direct",
        "sent",
        "a concert promoter in Mexicali",
        country="MX",
    ),
    p(
        "56% of respondents in Tijuana and Mexicali backed the ban, though most said they did "
        "not think it would reduce violence",
        IMPARCIAL,
        "indirect",
        "found",
        "A survey by the newspaper El Imparcial",
    ),
    p(
        "the newspaper of people who don't read newspapers.",
        VALDIVIA,
        "partial",
        "said",
        "Jorge Valdivia, who studies border music at the Autonomous University of Baja California",
    ),
    p("from the plaza to the phone", VALDIVIA, "partial", "said", "He"),
    p(
        "You can take away a microphone. You cannot take away a chorus that 20,000 people "
        "already know,",
        VALDIVIA,
        "direct",
        "told",
        "Valdivia",
    ),
    # "corridos tumbados" (what the industry calls …) and the decree's phrase: none
    q("the line is blurry", None, "indirect", "say", "Promoters", country="MX"),
    p(
        "she had asked the state for a list of banned songs",
        LERMA,
        "indirect",
        "said",
        "Sofía Lerma, who books regional Mexican acts for the Tijuana venue El Foro Norte",
    ),
    p(
        "isn't one and won't be one.",
        LERMA,
        "partial",
        "said",
        "Sofía Lerma, who books regional Mexican acts for the Tijuana venue El Foro Norte",
    ),
    p("So now I am a lawyer and a censor and a ticket seller,", LERMA, "direct", "said", "Lerma"),
    p("with or without the Sierra song.", ACEVES, "partial", "said", "Aceves"),
]

DOCS = [
    ("probe-r27f-kansas-repair-bill", "TOPEKA", REPAIR_Q),
    ("probe-r27f-mattress-ad-ruling", None, MATTRESS_Q),
    ("probe-r27f-baja-corrido-ban", None, CORRIDO_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (PRAIRIE, KFU, ASA, BAND, "El Imparcial")


def main():
    write_gold(
        HERE,
        "probes_r27f_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r27f",
        source="quotesdb round-27 training probe F (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
