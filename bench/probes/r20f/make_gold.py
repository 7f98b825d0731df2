"""Build probes_r20f_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a and r20c. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r20f/make_gold.py   # writes probes_r20f_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- teachers' strike, Leicester (British style, ‘single quotes’, no dateline) ----------
NUCT = "National Union of Classroom Teachers"
COUNCIL = "Leicester City Council"
MARCHBANK = {"speaker": "Helen Marchbank", "role": "education secretary", "country": "GB"}
PENHALIGON = {
    "speaker": "Gareth Penhaligon",
    "role": "general secretary",
    "country": "GB",
    "org": NUCT,
}
ADEYEMI = {
    "speaker": "Rachel Adeyemi",
    "role": "head teacher",
    "country": "GB",
    "org": "Braunstone Park Primary School",
}
CHAMBERS = {"speaker": "Lucy Chambers", "role": "care worker", "country": "GB"}
HUSSAIN = {"speaker": "Imran Hussain", "country": "GB"}
MISTRY = {"speaker": "Priya Mistry", "role": "deputy leader", "country": "GB", "org": COUNCIL}

STRIKE_Q = [
    p(
        "unjustified and deeply damaging to children who have already lost too much learning",
        MARCHBANK,
        "partial",
        "said",
        "The education secretary, Helen Marchbank",
    ),
    p(
        "The offer on the table is fair, it is fully funded and it is final,",
        MARCHBANK,
        "direct",
        "told",
        "Ms Marchbank",
    ),
    p(
        "I would ask every teacher in this city to think hard about who a strike really hurts.",
        MARCHBANK,
        "direct",
        "told",
        "Ms Marchbank",
    ),
    p(
        "left with no choice",
        PENHALIGON,
        "partial",
        "said",
        "Gareth Penhaligon, the general secretary of the National Union of Classroom Teachers "
        "(NUCT)",
    ),
    p(
        "Nobody in this square wanted to be here today. Every one of us would rather be in a "
        "classroom.",
        PENHALIGON,
        "direct",
        "told",
        "he",
    ),
    p(
        "But we cannot keep losing good colleagues to burnout and then be told the answer is "
        "another staff survey.",
        PENHALIGON,
        "direct",
        "told",
        "he",
    ),
    q(
        "one in four teachers who qualified in Leicester in 2021 has since left the profession, "
        "a higher rate than anywhere else in England",
        NUCT,
        "indirect",
        "says",
        "The union",
        country="GB",
    ),
    p("We have 60 children in today out of 410,", ADEYEMI, "direct", "said", "she"),
    p(
        "My staff are split down the middle, and I respect the people on both sides of that line.",
        ADEYEMI,
        "direct",
        "said",
        "she",
    ),
    p(
        "Nobody should pretend this is costless for the children,",
        ADEYEMI,
        "direct",
        "added",
        "she",
    ),
    p(
        "I support the teachers, I really do, but I have had to take three days of unpaid leave,",
        CHAMBERS,
        "direct",
        "said",
        "Lucy Chambers, a care worker whose two sons attend the school",
    ),
    p("It’s the Year 11s I worry about,", HUSSAIN, "direct", "said", "Imran Hussain"),
    p("They lost months in the pandemic and now this.", HUSSAIN, "direct", "said", "Imran Hussain"),
    q(
        "writing to the school to ask for the time back",
        None,
        "partial",
        "said",
        "One father, who did not want to be named",
        country="GB",
    ),
    q(
        "working closely with schools to keep disruption to a minimum",
        COUNCIL,
        "partial",
        "said",
        "Leicester City Council",
        country="GB",
    ),
    q(
        "free school meal vouchers would be emailed to families by Wednesday",
        COUNCIL,
        "indirect",
        "said",
        "Leicester City Council",
        country="GB",
    ),
    p(
        "schools in the city had lost £11m in real terms since 2019",
        MISTRY,
        "indirect",
        "said",
        "The council’s deputy leader, Priya Mistry",
    ),
    p(
        "We are caught in the middle of a national dispute we did not start,",
        MISTRY,
        "direct",
        "said",
        "she",
    ),
    q(
        "not going to reopen this year’s pay round",
        None,
        "partial",
        "said",
        "A Department for Education source",
        country="GB",
    ),
    p("overwhelmingly understanding", ADEYEMI, "partial", "said", "Mrs Adeymi"),
    p(
        "the union would announce further strike dates next week unless ministers agreed to "
        "reopen talks on workloads",
        PENHALIGON,
        "indirect",
        "said",
        "Mr Penhalligon",
    ),
]

# --- ransomware attack on an Ohio hospital network (US newspaper style) ------------------
GLM = "Great Lakes Mercy Health"
WHITFORD = {"speaker": "Daniel Whitford", "role": "chief executive", "country": "US", "org": GLM}
TANAKA = {
    "speaker": "Robert Tanaka",
    "role": "chief information officer",
    "country": "US",
    "org": GLM,
}
RAMAN = {
    "speaker": "Priya Raman",
    "role": "threat intelligence researcher",
    "country": "US",
    "org": "Halberd Labs",
}
DELANEY = {"speaker": "Marcus Delaney", "country": "US"}
KOWALCZYK = {"speaker": "Linda Kowalczyk", "role": "State Senator", "country": "US"}

RANSOM_Q = [
    q(
        "A ransomware attack has knocked out computer systems across Great Lakes Mercy Health's "
        "nine hospitals in northwest Ohio, forcing staff back to paper charts and diverting "
        "ambulances to other facilities for a third straight day",
        None,
        "indirect",
        "said",
        "officials",
        country="US",
    ),
    q(
        "The attack, first detected early Monday, has disrupted electronic health records, lab "
        "results and the system's pharmacy ordering",
        GLM,
        "indirect",
        "said",
        "Great Lakes Mercy",
        country="US",
    ),
    p(
        "We are treating this with the seriousness of a mass-casualty event, because in a sense "
        "it is one,",
        WHITFORD,
        "direct",
        "said",
        "Daniel Whitford, the system's chief executive",
    ),
    p(
        "Our doctors and nurses are doing extraordinary work under conditions none of us "
        "trained for.",
        WHITFORD,
        "direct",
        "said",
        "Daniel Whitford",
    ),
    p(
        "no patient deaths had been linked to the outage",
        WHITFORD,
        "indirect",
        "said",
        "Whitford",
    ),
    p(
        "I know how exhausted you are. I am asking you for a few more days.",
        WHITFORD,
        "direct",
        "wrote",
        "Whitford",
    ),
    p(
        "engineers had restored email and were rebuilding the records system from backups",
        TANAKA,
        "indirect",
        "said",
        "Great Lakes Mercy's chief information officer, Robert Tanaka",
    ),
    p("days, not weeks.", TANAKA, "partial", "expected", "he"),
    q(
        "it was aware of the incident and was working with the hospital system",
        "FBI",
        "indirect",
        "said",
        "The FBI's Cleveland field office",
        country="US",
    ),
    q(
        "ambulances would continue to take patients to hospitals outside the system until "
        "further notice",
        "Lucas County Emergency Medical Services",
        "indirect",
        "said",
        "The Lucas County Emergency Medical Services",
        country="US",
    ),
    q(
        "the attack bore the hallmarks of a group known as BlackVessel, which has hit at least "
        "14 U.S. health care providers since January",
        None,
        "indirect",
        "said",
        "Security researchers",
        country="US",
    ),
    p(
        "Hospitals are the perfect target, from a criminal's point of view,",
        RAMAN,
        "direct",
        "said",
        "Priya Raman, a threat intelligence researcher at Halberd Labs",
    ),
    p(
        "Every hour that systems are down is measured in patient harm, so the pressure to pay "
        "is enormous.",
        RAMAN,
        "direct",
        "said",
        "Priya Raman",
    ),
    p(
        "the group typically steals patient data before encrypting a network and then threatens "
        "to publish it",
        RAMAN,
        "indirect",
        "said",
        "Raman",
    ),
    p(
        "anything that looks like a bill or a records request they didn't expect,",
        RAMAN,
        "partial",
        "said",
        "she",
    ),
    p(
        "his chemotherapy session had been canceled on Monday with a phone call and no new date",
        DELANEY,
        "indirect",
        "said",
        "Marcus Delaney, 61",
    ),
    p(
        "They told me the computers were down and they'd call me back,",
        DELANEY,
        "direct",
        "said",
        "he",
    ),
    p("Nobody has called me back.", DELANEY, "direct", "said", "he"),
    q(
        "staff were handwriting medication orders and carrying lab samples between floors by hand",
        None,
        "indirect",
        "said",
        "A nurse at St. Anne's",
        country="US",
    ),
    q("It's like working in 1985,", None, "direct", "said", "she", country="US"),
    p(
        "she would introduce legislation requiring hospitals to report cyberattacks to the "
        "state within 24 hours",
        KOWALCZYK,
        "indirect",
        "said",
        "State Sen. Linda Kowalczyk",
    ),
    p(
        "We require a restaurant to report a broken walk-in freezer faster than we require a "
        "hospital to report that its records have been stolen,",
        KOWALCZYK,
        "direct",
        "said",
        "she",
    ),
    p(
        "Ohio had no such requirement, and that she had asked the attorney general's office for "
        "a briefing",
        KOWALCZYK,
        "indirect",
        "said",
        "Kowalcyk",
    ),
]

# --- UN climate talks deadlock, Nairobi (AFP style, straight "double quotes") ------------
LINDQVIST = {"speaker": "Tomas Lindqvist", "role": "climate chief", "org": "UN"}
MWANGI = {"speaker": "Grace Mwangi", "role": "environment minister", "country": "KE"}
MEHTA = {"speaker": "Arjun Mehta", "role": "environment minister", "country": "IN"}
FERRAZ = {"speaker": "Lucia Ferraz", "role": "environment minister", "country": "BR"}
TEO = {"speaker": "Losana Teo", "role": "chief negotiator", "country": "TV"}
AALBORG = {"speaker": "Jens Aalborg", "role": "Climate Commissioner", "org": "EU"}
ODUYA = {"speaker": "Hannah Oduya", "role": "policy director", "org": "Climate Justice Network"}
KAMAU = {"speaker": "Joseph Kamau", "role": "tea grower", "country": "KE"}

CLIMATE_Q = [
    q("the conference could run into the weekend", None, "indirect", "warning", "negotiators"),
    p(
        "We are not where we need to be, and everybody in this building knows it,",
        LINDQVIST,
        "direct",
        "told",
        "UN climate chief Tomas Lindqvist",
    ),
    p(
        "The science has not moved to accommodate our politics,",
        LINDQVIST,
        "direct",
        "said",
        "he",
    ),
    p("Our politics will have to move.", LINDQVIST, "direct", "said", "he"),
    p(
        "she would present a new draft text on Friday morning",
        MWANGI,
        "indirect",
        "said",
        "Conference president Grace Mwangi, Kenya's environment minister",
    ),
    p(
        "come to the table with numbers, not speeches.",
        MWANGI,
        "partial",
        "urged",
        "Conference president Grace Mwangi",
    ),
    p(
        "You cannot ask us to cut emissions and adapt to floods and droughts with money that "
        "exists only in a press release,",
        MEHTA,
        "direct",
        "said",
        "Arjun Mehta, India's environment minister",
    ),
    p(
        "This is the conference where trust is either rebuilt or lost for a generation.",
        FERRAZ,
        "direct",
        "told",
        "Mehta's Brazilian counterpart, Lucia Ferraz",
    ),
    p(
        "Brazil was prepared to back a compromise that counted private investment toward the goal",
        FERRAZ,
        "indirect",
        "added",
        "She",
    ),
    p(
        "We did not come here to negotiate the size of our funeral,",
        TEO,
        "direct",
        "said",
        "Losana Teo, Tuvalu's chief negotiator",
    ),
    p(
        "Every year of delay is measured in centimetres of sea, in salt in our gardens and in "
        "families who leave for good.",
        TEO,
        "direct",
        "said",
        "Losana Teo",
    ),
    p(
        "If this conference ends with a number that means nothing, we will say so, loudly, on "
        "the floor of the plenary.",
        TEO,
        "direct",
        "said",
        "Losana Teo",
    ),
    p(
        "the world's largest contributor of climate finance",
        AALBORG,
        "partial",
        "said",
        "EU Climate Commissioner Jens Aalborg",
    ),
    p(
        "would not accept a deal that left out emerging economies such as China and the Gulf "
        "states",
        AALBORG,
        "indirect",
        "said",
        "EU Climate Commissioner Jens Aalborg",
    ),
    p(
        "The list of countries that pay cannot be frozen in 1992,",
        AALBORG,
        "direct",
        "told",
        "Aalborg",
    ),
    q(
        "any goal below $1.3 trillion a year would be unacceptable",
        "African Group of Negotiators",
        "indirect",
        "said",
        "The African Group of Negotiators",
    ),
    p(
        "What we are seeing is a game of chicken, and the people in the car are the poorest on "
        "Earth,",
        ODUYA,
        "direct",
        "said",
        "Hannah Oduya, policy director at the Climate Justice Network",
    ),
    p("more brackets than words", ODUYA, "partial", "said", "Oduya"),
    p(
        "We are farmers. We cannot wait for another conference to tell us what we already know,",
        KAMAU,
        "direct",
        "said",
        "Joseph Kamau, a tea grower from Kericho",
    ),
    q(
        "the Saudi delegation was blocking any reference to fossil fuels in the final text",
        None,
        "indirect",
        "said",
        "A Western diplomat, who asked not to be named",
    ),
    q(
        "They are not in a hurry. Everybody else is,",
        None,
        "direct",
        "said",
        "the diplomat",
    ),
    p("closer than the headlines suggest", LINDQVIST, "partial", "said", "Lindquist"),
    p(
        "he still expected a deal before the weekend",
        LINDQVIST,
        "indirect",
        "said",
        "Lindquist",
    ),
]

DOCS = [
    ("probe-r20f-teachers-strike-leicester", None, STRIKE_Q),
    ("probe-r20f-ransomware-ohio-hospitals", "TOLEDO, Ohio", RANSOM_Q),
    ("probe-r20f-climate-talks-nairobi-deadlock", "NAIROBI", CLIMATE_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "African Group of Negotiators",
    "FBI",
    "Great Lakes Mercy Health",
    "Leicester City Council",
    "Lucas County Emergency Medical Services",
    "National Union of Classroom Teachers",
)


def main():
    write_gold(
        HERE,
        "probes_r20f_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r20f",
        source="quotesdb round-20 training probes F (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
