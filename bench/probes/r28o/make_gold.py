"""Build probes_r28o_gold.jsonl from the hand annotations below.

Training probe r28o, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r28g and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-11). Theme: roles as copy writes them, round 3 (after r27h): long
appositions (`X, who has chaired the committee since 2019 and is also …`), double roles
(`managing director and chief executive`, `Council member and former registrar`), a title
before the name and a post after it (`Senior analyst X, head of … at Y` → the post, as
r27h's `Staff Sgt. X, a squad leader`), former and incoming roles, roles given only later
(`Later, the company's founder said`), unnamed sources' roles, descriptions that are no
roles (`a mother of three`) or hold one (`a 34-year-old nurse` → `nurse`), lower-case and
Title Case titles, decision 9's head title. Headlines, bylines and standfirsts are not
annotated; non-answers (`declined to comment`) are no statements (decision 6). Each quote is
located by searching its exact text after the previous quote's end.

    python3 bench/probes/r28o/make_gold.py   # writes probes_r28o_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- An Australian Financial Review-style boardroom story (no dateline, a two-line byline
# with the reporter's beat, a time stamp, `per cent`, `Ms` / `Mr`, lower-case titles) -------
CORVALE = "Corvale Resources"
TIDEWATER = "Tidewater Capital"
NANDAKUMAR = {
    "speaker": "Priya Nandakumar",
    "role": "founder and chief investment officer",
    "country": "AU",
    "org": TIDEWATER,
}
# `chairman Graham Ashdown` in the lead; `who has chaired the Corvale board since 2019 and is
# also a trustee of …` at the cue
ASHDOWN = {"speaker": "Graham Ashdown", "role": "chairman", "country": "AU", "org": CORVALE}
# `Non-executive directors A and B`; the appositive's `a former partner at …` is her past
BROPHY = {
    "speaker": "Caroline Brophy",
    "role": "non-executive director",
    "country": "AU",
    "org": CORVALE,
}
LACHLAN = {
    "speaker": "Fiona Lachlan",
    "role": "managing director and chief executive",
    "country": "AU",
    "org": CORVALE,
}
# a title before the name and a post after it: the post (r27h: `Staff Sgt. X, a squad leader`)
FERRANTE = {
    "speaker": "Tom Ferrante",
    "role": "head of governance research",
    "country": "AU",
    "org": "Proxyline",
}
KWAN = {"speaker": "Dennis Kwan", "role": "retired engineer", "country": "AU"}
# `a mother of three`: `mother`, as probe r25c and heldout21 annotate `a mother of four / two
# boys` (the module's `roles.PARENT_OF_RE`; corrected after the first run, which had none)
MORETTI = {"speaker": "Janelle Moretti", "role": "mother", "country": "AU"}
# the role is written only after his first statement (`who founded Corvale`: decision 9)
TANDY = {"speaker": "Bruce Tandy", "role": "founder", "country": "AU", "org": CORVALE}
ABERNETHY = {
    "speaker": "Ken Abernethy",
    "role": "former federal resources minister",
    "country": "AU",
}
TIDEWATER_BODY = {"speaker": TIDEWATER, "country": "AU"}
ASIC = "Australian Securities and Investments Commission"

CORVALE_Q = [
    p(
        "lost the confidence of the people who own the company",
        NANDAKUMAR,
        "partial",
        "said",
        "Priya Nandakumar, the founder and chief investment officer of Tidewater, which holds "
        "8.4 per cent of Corvale",
    ),
    p(
        "We have written to the board three times since March. We have had one reply, and it "
        "was two paragraphs long,",
        NANDAKUMAR,
        "direct",
        "told",
        "Ms Nandakumar",
    ),
    # `said A and that B "…"`: the quote for its conjunct, A reported too
    p(
        "the board was united behind its strategy",
        ASHDOWN,
        "indirect",
        "said",
        "Mr Ashdown, who has chaired the Corvale board since 2019 and is also a trustee of the "
        "Western Australian Museum",
    ),
    p(
        "see through a campaign built on short-term returns",
        ASHDOWN,
        "partial",
        "said",
        "Mr Ashdown, who has chaired the Corvale board since 2019 and is also a trustee of the "
        "Western Australian Museum",
    ),
    p(
        "about process, not personalities",
        BROPHY,
        "partial",
        "said",
        "Ms Brophy, a former partner at law firm Hale Whitcombe who joined the board in 2022",
    ),
    p(
        "Every director has a duty to ask whether the board is working. I am asking,",
        BROPHY,
        "direct",
        "said",
        "she",
    ),
    p(
        "the Kalgoorlie refinery was on budget and would produce its first lithium hydroxide in "
        "the March quarter",
        LACHLAN,
        "indirect",
        "saying",
        "Corvale's managing director and chief executive, Fiona Lachlan",
    ),
    p(
        "The operation does not care who sits at the head of the table,",
        LACHLAN,
        "direct",
        "said",
        "Ms Lachlan",
    ),
    p(
        "The refinery is running to plan and it will keep running to plan.",
        LACHLAN,
        "direct",
        "said",
        "Ms Lachlan",
    ),
    p(
        "the dispute had been building since the board approved a $40 million bonus pool in "
        "August without a shareholder vote",
        FERRANTE,
        "indirect",
        "said",
        "Senior analyst Tom Ferrante, head of governance research at proxy adviser Proxyline",
    ),
    p(
        "Investors were told the pool was tied to the refinery. Then they read the fine print,",
        FERRANTE,
        "direct",
        "said",
        "Mr Ferrante",
    ),
    p(
        "Proxyline would publish its voting recommendation next week",
        FERRANTE,
        "indirect",
        "said",
        "He",
    ),
    q(
        "the regulator was aware of the dispute and was monitoring the company's disclosures",
        None,
        "indirect",
        "said",
        "A spokeswoman for the Australian Securities and Investments Commission",
        role="spokeswoman",
        country="AU",
        org=ASIC,
    ),
    # `said A "because …"`: the quote for its adjunct, A reported too
    p(
        "he would back the board",
        KWAN,
        "indirect",
        "said",
        "Dennis Kwan, a 67-year-old retired engineer from Mandurah who holds 40,000 Corvale shares",
    ),
    p(
        "because the last people who promised a quick fix sold out in a year",
        KWAN,
        "partial",
        "said",
        "Dennis Kwan, a 67-year-old retired engineer from Mandurah who holds 40,000 Corvale shares",
    ),
    p(
        "the chairman should go",
        MORETTI,
        "indirect",
        "said",
        "Janelle Moretti, a mother of three from Bunbury who bought into Corvale in 2021",
    ),
    p(
        "I don't need the share price to double. I need someone to answer an email,",
        MORETTI,
        "direct",
        "said",
        "she",
    ),
    # `said A but that B "…"`
    p("the board had made mistakes", TANDY, "indirect", "said", "He"),
    p("hand the market a reason to panic", TANDY, "partial", "said", "He"),
    p(
        "he had offered to broker talks between Mr Ashdown and Ms Nandakumar",
        TANDY,
        "indirect",
        "telling",
        "the company's founder",
    ),
    p(
        "They are both stubborn. That is usually a good quality in this industry,",
        TANDY,
        "direct",
        "said",
        "Mr Tandy",
    ),
    p(
        "boardroom fights were common in mid-tier miners but rarely this public",
        ABERNETHY,
        "indirect",
        "said",
        "The former federal resources minister Ken Abernethy, who chaired a Senate inquiry into "
        "critical minerals in 2023",
    ),
    p(
        "it would announce its own candidate for chairman before the end of the month",
        TIDEWATER_BODY,
        "indirect",
        "said",
        "Tidewater",
    ),
]

# --- A Times Higher Education-style university governance story (a standfirst, a dateline-
# less date line and byline, British spelling, `Professor Dame`, `Sir`, Title Case and
# lower-case `vice-chancellor`) -------------------------------------------------------------
EASTMOOR = "University of Eastmoor"
CALLOWAY = {"speaker": "Ruth Calloway", "role": "Vice-Chancellor", "country": "GB", "org": EASTMOOR}
# `the chair of council, Sir X, a retired banker who has led the governing body since 2021 and
# is also pro-chancellor of the university`
REDMAYNE = {
    "speaker": "Anthony Redmayne",
    "role": "chair of council",
    "country": "GB",
    "org": EASTMOOR,
}
# `a senior lecturer in chemistry and president of the Eastmoor branch of the UCU`: she speaks
# for the branch (doubtful: the gold picked the union post)
OKAFOR = {
    "speaker": "Nadia Okafor",
    "role": "president",
    "country": "GB",
    "org": "University and College Union",
}
# `resigned as pro vice-chancellor for education, writing …` (a remit after `for`: decision 9),
# then `who remains a professor of medieval history at Eastmoor`
SEWELL_PVC = {
    "speaker": "Martin Sewell",
    "role": "pro vice-chancellor",
    "country": "GB",
    "org": EASTMOOR,
}
SEWELL = dict(SEWELL_PVC, role="professor of medieval history")
BIRCH = {"speaker": "Callum Birch", "role": "students' union president", "country": "GB"}
THORNE = {
    "speaker": "Gillian Thorne",
    "role": "council member and former registrar",
    "country": "GB",
    "org": EASTMOOR,
}
OFS = "Office for Students"
OFS_BODY = {"speaker": OFS, "country": "GB"}
# `Incoming pro vice-chancellor for education Professor X, …` then `The former Leeds dean of
# students said`: the post she comes to, not the description of her past
DURANT = {
    "speaker": "Leah Durant",
    "role": "incoming pro vice-chancellor",
    "country": "GB",
    "org": EASTMOOR,
}
HOLLIS = {"speaker": "Mark Hollis", "role": "governance consultant", "country": "GB"}
SHAH = {
    "speaker": "Priyanka Shah",
    "role": "chief operating officer",
    "country": "GB",
    "org": EASTMOOR,
}

EASTMOOR_Q = [
    # a motion's request (a document: speaker null)
    q(
        "to pause the review until an external adviser has been appointed",
        None,
        "indirect",
        "calls on",
        "The motion, carried by 41 votes to 9 on Friday",
        country="GB",
    ),
    p(
        "a tidying-up exercise, not a power grab",
        CALLOWAY,
        "partial",
        "said",
        "Professor Dame Ruth Calloway, the Vice-Chancellor",
    ),
    p(
        "senate would keep its say over the curriculum",
        CALLOWAY,
        "indirect",
        "said",
        "Professor Dame Ruth Calloway, the Vice-Chancellor",
    ),
    p(
        "I have sat in senate for eleven years. I am not going to be the vice-chancellor who "
        "silences it,",
        CALLOWAY,
        "direct",
        "told",
        "she",
    ),
    p(
        "the university's statutes dated from 1967",
        REDMAYNE,
        "indirect",
        "said",
        "Sir Anthony",
    ),
    p(
        "not kept pace with an institution three times the size",
        REDMAYNE,
        "partial",
        "said",
        "Sir Anthony",
    ),
    p(
        "Council is legally responsible for the university's finances. It cannot be responsible "
        "for decisions it is not allowed to take,",
        REDMAYNE,
        "direct",
        "said",
        "he",
    ),
    p(
        "the review had been drafted without a single meeting with staff",
        OKAFOR,
        "indirect",
        "said",
        "Dr Nadia Okafor, a senior lecturer in chemistry and president of the Eastmoor branch "
        "of the University and College Union",
    ),
    p(
        "This is not about statutes. It is about who decides whether your department exists "
        "next year,",
        OKAFOR,
        "direct",
        "said",
        "Dr Okafor",
    ),
    p(
        "defend in public a process I was not allowed to see in private",
        SEWELL_PVC,
        "partial",
        "writing",
        "Professor Martin Sewell",
    ),
    p(
        "he had no regrets",
        SEWELL,
        "indirect",
        "said",
        "Professor Sewell, who remains a professor of medieval history at Eastmoor",
    ),
    p("I would do it again tomorrow,", SEWELL, "direct", "said", "he"),
    q(
        "colleagues had been told to keep the proposals confidential even from their own heads "
        "of department",
        None,
        "indirect",
        "said",
        "A senior academic in the faculty of science, who asked not to be named because she "
        "sits on one of the merger working groups",
        role="senior academic",
        country="GB",
        org=EASTMOOR,
    ),
    p(
        "2,300 students had signed a petition against the mergers in four days",
        BIRCH,
        "indirect",
        "said",
        "The students' union president, Callum Birch",
    ),
    p("Nobody asked us either,", BIRCH, "direct", "said", "he"),
    p(
        "look like a takeover, whatever the intention",
        THORNE,
        "partial",
        "said",
        "Council member and former Eastmoor registrar Gillian Thorne, one of two governors who "
        "voted against commissioning the review",
    ),
    # `said A and that B` without a quote: one statement
    q(
        "the review's terms of reference had been published on its website in November and "
        "that council would consider the senate motion at its meeting on 19 March",
        None,
        "indirect",
        "said",
        "A spokesperson for the university",
        role="spokesperson",
        country="GB",
        org=EASTMOOR,
    ),
    p(
        "it did not comment on individual governance disputes but expected universities to "
        "follow their own statutes",
        OFS_BODY,
        "indirect",
        "said",
        "The Office for Students, the regulator for higher education in England",
    ),
    p(
        "listen to senate before I say anything about it",
        DURANT,
        "partial",
        "said",
        "The former Leeds dean of students",
    ),
    p(
        "fights between councils and senates had become more common as institutions merged "
        "departments to cut costs",
        HOLLIS,
        "indirect",
        "said",
        "Mark Hollis, a governance consultant who has advised 14 universities on statute reviews",
    ),
    p(
        "Ten years ago this would have been settled over lunch. Now everyone has a lawyer,",
        HOLLIS,
        "direct",
        "said",
        "he",
    ),
    p(
        "no faculty would merge before 2027",
        SHAH,
        "indirect",
        "saying",
        "the university's chief operating officer, Priyanka Shah",
    ),
]

# --- A Welsh online political outlet's committee report (no dateline, `Name, Senedd reporter`
# byline, `X MS` after a name, curly quotes and apostrophes, `Cabinet Secretary for …`) --------
COMMITTEE = "Health and Social Care Committee"
BEVAN = {"speaker": "Rhodri Bevan", "role": "chair", "country": "GB", "org": COMMITTEE}
WAST = "Welsh Ambulance Service"
MADDOCK = {"speaker": "Sian Maddock", "role": "chief executive", "country": "GB", "org": WAST}
# `Plaid Cymru’s health spokesperson and committee member X MS` (the party: decision 9)
PRYCE = {
    "speaker": "Elin Pryce-Jones",
    "role": "health spokesperson and committee member",
    "country": "GB",
    "org": "Plaid Cymru",
}
BCUHB = "Betsi Cadwaladr University Health Board"
GWILYM = {"speaker": "Tomos Gwilym", "role": "medical director", "country": "GB", "org": BCUHB}
LLOYD = {
    "speaker": "Gareth Lloyd-Evans",
    "role": "shadow health secretary",
    "country": "GB",
    "org": "Welsh Conservatives",
}
GRIFFITHS = {
    "speaker": "Owain Griffiths",
    "role": "Cabinet Secretary for Health and Social Care",
    "country": "GB",
}
# `a 34-year-old nurse at Ysbyty Glan Clwyd`
ROWLANDS = {
    "speaker": "Bethan Rowlands",
    "role": "nurse",
    "country": "GB",
    "org": "Ysbyty Glan Clwyd",
}
# `Paramedic and Unison steward X` (the union in the organisation field: decision 9)
WILLIAMS = {
    "speaker": "Carys Williams",
    "role": "paramedic and steward",
    "country": "GB",
    "org": "Unison",
}
# `Councillor X, the leader of Conwy County Borough Council and of its Independent group`:
# the post after the name (r27h), without its body (decision 9)
HUGHES = {
    "speaker": "Dafydd Hughes",
    "role": "leader",
    "country": "GB",
    "org": "Conwy County Borough Council",
}
# `the committee’s vice-chair said …` named in the next sentence
PROBERT = {"speaker": "Sioned Probert", "role": "vice-chair", "country": "GB", "org": COMMITTEE}

SENEDD_Q = [
    p(
        "the worst this committee has ever been asked to look at",
        BEVAN,
        "partial",
        "saying",
        "The Health and Social Care Committee’s chair, Rhodri Bevan MS",
    ),
    p(
        "members wanted answers, not apologies",
        BEVAN,
        "indirect",
        "said",
        "Mr Bevan, who has chaired the committee since the 2021 election and is also Labour’s "
        "member for Cardiff North West",
    ),
    p(
        "crews had lost 41,000 hours to handover delays in the three months to December, the "
        "equivalent of 270 ambulances off the road every day",
        MADDOCK,
        "indirect",
        "told",
        "Welsh Ambulance Service chief executive Dr Sian Maddock",
    ),
    p(
        "Every hour a crew spends in a car park is an hour it is not spending at someone’s "
        "front door,",
        MADDOCK,
        "direct",
        "said",
        "she",
    ),
    p(
        "the service had not been consulted before two health boards cut acute beds last winter",
        MADDOCK,
        "indirect",
        "said",
        "Dr Maddock, a former A&E consultant who took charge of the service in 2023",
    ),
    p(
        "why ministers had not used their power to direct health boards",
        PRYCE,
        "indirect",
        "asked",
        "Plaid Cymru’s health spokesperson and committee member Elin Pryce-Jones MS",
    ),
    p("Patients in Gwynedd do not care whose target it is,", PRYCE, "direct", "said", "she"),
    p(
        "it had opened 48 extra beds since January",
        GWILYM,
        "indirect",
        "said",
        "Medical director of Betsi Cadwaladr University Health Board Professor Tomos Gwilym, "
        "the board’s most senior clinician",
    ),
    p(
        "not where we want to be, but moving",
        GWILYM,
        "partial",
        "said",
        "Medical director of Betsi Cadwaladr University Health Board Professor Tomos Gwilym, "
        "the board’s most senior clinician",
    ),
    p(
        "the board would publish weekly handover figures from April",
        GWILYM,
        "indirect",
        "said",
        "He",
    ),
    q(
        "officials had drafted a ministerial direction in November but it had not been signed",
        None,
        "indirect",
        "said",
        "A senior civil servant in the health department, who asked not to be named",
        role="senior civil servant",
        country="GB",
    ),
    p(
        "an extraordinary admission",
        LLOYD,
        "partial",
        "said",
        "The Welsh Conservatives’ shadow health secretary, Gareth Lloyd-Evans MS",
    ),
    # a request: the infinitive, no addressee (decision 6)
    p(
        "to publish the draft",
        LLOYD,
        "indirect",
        "called on",
        "The Welsh Conservatives’ shadow health secretary, Gareth Lloyd-Evans MS",
    ),
    p(
        "he would not publish advice to ministers but would write to the committee within a "
        "fortnight",
        GRIFFITHS,
        "indirect",
        "said",
        "Cabinet Secretary for Health and Social Care Owain Griffiths, who gave evidence in the "
        "afternoon",
    ),
    p(
        "I will not pretend the numbers are acceptable. They are not,",
        GRIFFITHS,
        "direct",
        "said",
        "Mr Griffiths",
    ),
    q(
        "a £12 million fund for same-day emergency care units would be announced before Easter",
        None,
        "indirect",
        "said",
        "A Welsh Government spokesperson",
        role="spokesperson",
        country="GB",
    ),
    p(
        "she had cared for patients on trolleys in a corridor for entire twelve-hour shifts",
        ROWLANDS,
        "indirect",
        "said",
        "Bethan Rowlands, a 34-year-old nurse at Ysbyty Glan Clwyd in Bodelwyddan",
    ),
    p(
        "We apologise to people all day. We apologise for things we did not decide,",
        ROWLANDS,
        "direct",
        "said",
        "she",
    ),
    p(
        "crews were finishing shifts up to four hours late",
        WILLIAMS,
        "indirect",
        "said",
        "Paramedic and Unison steward Carys Williams",
    ),
    p(
        "younger colleagues were leaving for jobs in England",
        WILLIAMS,
        "indirect",
        "said",
        "Ms Williams, who has worked for the service for 19 years",
    ),
    p(
        "social care staff shortages meant 160 patients fit to leave hospital in the county were "
        "waiting for a care package",
        HUGHES,
        "indirect",
        "said",
        "Councillor Dafydd Hughes, the leader of Conwy County Borough Council and of its "
        "Independent group",
    ),
    p(
        "The hospital door is only half the story. The other half is the front door of a care "
        "home,",
        HUGHES,
        "direct",
        "said",
        "he",
    ),
    q(
        "among the worst in the UK",
        None,
        "partial",
        "said",
        "A spokeswoman for the Royal College of Emergency Medicine",
        role="spokeswoman",
        country="GB",
        org="Royal College of Emergency Medicine",
    ),
    q(
        "normalised",
        None,
        "partial",
        "said",
        "A spokeswoman for the Royal College of Emergency Medicine",
        role="spokeswoman",
        country="GB",
        org="Royal College of Emergency Medicine",
    ),
    p(
        "members would visit two emergency departments before writing their report",
        PROBERT,
        "indirect",
        "said",
        "the committee’s vice-chair",
    ),
    p(
        "the report would be published in June",
        PROBERT,
        "indirect",
        "said",
        "Sioned Probert MS, the vice-chair",
    ),
    p(
        "she would table a motion calling for an independent review of patient flow",
        PRYCE,
        "indirect",
        "said",
        "Ms Pryce-Jones",
    ),
]

DOCS = [
    ("probe-r28o-corvale-boardroom-fight", None, CORVALE_Q),
    ("probe-r28o-eastmoor-university-council-row", None, EASTMOOR_Q),
    ("probe-r28o-senedd-ambulance-hearing", None, SENEDD_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (TIDEWATER, OFS)


def main():
    write_gold(
        HERE,
        "probes_r28o_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r28o",
        source="quotesdb round-28 training probe O (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
