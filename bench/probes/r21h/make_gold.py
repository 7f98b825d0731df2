"""Build probes_r21h_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a, r20c and r20f.
Each quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r21h/make_gold.py   # writes probes_r21h_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Supreme Court ruling on car seizures (AP style, straight "double quotes") ----------
COURT = "Supreme Court"
ICL = "Institute for Civic Liberty"
BRANDT = {"speaker": "Eleanor Brandt", "role": "justice", "country": "US", "org": COURT}
OKAFOR = {"speaker": "Samuel Okafor", "role": "justice", "country": "US", "org": COURT}
HARROW = {"speaker": "Denise Harrow", "role": "home health aide", "country": "US"}
FELD = {"speaker": "Marcus Feld", "role": "lawyer", "country": "US", "org": ICL}
REESE = {"speaker": "Jonathan Reese", "role": "Attorney General", "country": "US"}
ROSALES = {
    "speaker": "Anita Rosales",
    "role": "professor",
    "country": "US",
    "org": "Vanderbilt Law School",
}

COURT_Q = [
    q(
        "states must give people a prompt chance to challenge the seizure of their cars by police",
        COURT,
        "indirect",
        "ruled",
        "The Supreme Court",
        country="US",
    ),
    q(
        "a hearing must be offered within 30 days",
        None,
        "indirect",
        "held",
        "The majority",
        country="US",
    ),
    p(
        "A car is not a luxury for most Americans. It is how they get to work, to the doctor and "
        "to their children's schools,",
        BRANDT,
        "direct",
        "wrote",
        "Justice Eleanor Brandt",
    ),
    p(
        "When the government takes it, the Constitution requires that the owner be heard, and "
        "heard quickly.",
        BRANDT,
        "direct",
        "wrote",
        "Justice Eleanor Brandt",
    ),
    p("a year or more of silence", BRANDT, "partial", "wrote", "Brandt"),
    p(
        "Tennessee had offered no reason why a hearing within weeks would be unworkable",
        BRANDT,
        "indirect",
        "wrote",
        "Brandt",
    ),
    p(
        "invented a deadline the Constitution does not contain.",
        OKAFOR,
        "partial",
        "said",
        "Justice Samuel Okafor",
    ),
    p(
        "The Due Process Clause guarantees a fair process, not a fast one,",
        OKAFOR,
        "direct",
        "wrote",
        "Okafor",
    ),
    p(
        "Today the court trades the judgment of 50 legislatures for a stopwatch of its own design.",
        OKAFOR,
        "direct",
        "wrote",
        "Okafor",
    ),
    p(
        "Nothing in our precedents tells a state how many days is too many. The majority simply "
        "picks a number it likes.",
        OKAFOR,
        "direct",
        "wrote",
        "Okafor",
    ),
    p(
        "the decision could reach well beyond cars, to cash, homes and bank accounts seized in "
        "criminal investigations",
        OKAFOR,
        "indirect",
        "warned",
        "The justice",
    ),
    p(
        "I lost my job because I couldn't get to my clients. I had to sell my mother's ring to "
        "make rent,",
        HARROW,
        "direct",
        "said",
        "Harrow",
    ),
    p(
        "Nobody ever told me when I would get my car back, or if.",
        HARROW,
        "direct",
        "said",
        "Harrow",
    ),
    p(
        "she planned to drive to her mother's grave in Jackson this weekend, a trip she had not "
        "been able to make since the seizure",
        HARROW,
        "indirect",
        "said",
        "She",
    ),
    p(
        "a long-overdue promise to ordinary people.",
        FELD,
        "partial",
        "called",
        "Her lawyer, Marcus Feld of the Institute for Civic Liberty",
    ),
    p(
        "For decades, states have been able to take first and explain later,",
        FELD,
        "direct",
        "told",
        "Feld",
    ),
    p("That era ended this morning.", FELD, "direct", "told", "Feld"),
    p(
        "his group would ask lower courts to apply the decision to hundreds of pending cases in "
        "Tennessee and in at least a dozen other states with similar laws",
        FELD,
        "indirect",
        "said",
        "Feld",
    ),
    p(
        "disappointed but not surprised",
        REESE,
        "partial",
        "said",
        "Tennessee Attorney General Jonathan Reese",
    ),
    p(
        "would work with lawmakers to rewrite the statute before the legislature adjourns in April",
        REESE,
        "indirect",
        "said",
        "Tennessee Attorney General Jonathan Reese",
    ),
    p(
        "Our officers seize property to take the profit out of drug trafficking,",
        REESE,
        "direct",
        "said",
        "Reese",
    ),
    p("not to punish people who have done nothing wrong.", REESE, "direct", "said", "Reese"),
    p(
        "his office had already told district attorneys across the state to schedule hearings in "
        "every pending case within the next month",
        REESE,
        "indirect",
        "added",
        "Reece",
    ),
    q(
        "make it harder to go after the cartels that are poisoning our communities",
        "Tennessee Sheriffs' Association",
        "partial",
        "said",
        "the group",
        country="US",
    ),
    q(
        "to act",
        "Tennessee Sheriffs' Association",
        "indirect",
        "urged",
        "the group",
        country="US",
    ),
    q(
        "Tennessee agencies seized more than 7,000 vehicles between 2017 and 2022, and fewer than "
        "one in five owners ever received a hearing",
        ICL,
        "indirect",
        "According to",
        "the Institute for Civic Liberty",
        country="US",
    ),
    q(
        "the ruling was the court's most significant statement on civil forfeiture in decades",
        None,
        "indirect",
        "said",
        "Legal scholars",
        country="US",
    ),
    p(
        "What matters here is less the 30 days than the principle,",
        ROSALES,
        "direct",
        "said",
        "Anita Rosales, a professor at Vanderbilt Law School who filed a brief supporting Harrow",
    ),
    p(
        "The court is saying the clock starts when the state takes your property, not when it gets "
        "around to explaining why.",
        ROSALES,
        "direct",
        "said",
        "Anita Rosales, a professor at Vanderbilt Law School who filed a brief supporting Harrow",
    ),
    p(
        "she expected other states to amend their laws quickly rather than face a wave of lawsuits",
        ROSALES,
        "indirect",
        "said",
        "Rosales",
    ),
    q(
        "to uphold the Tennessee law",
        None,
        "indirect",
        "had urged",
        "Attorneys general from 19 states",
        country="US",
    ),
    q(
        "a fixed deadline would overwhelm rural courts with few judges",
        None,
        "indirect",
        "arguing",
        "Attorneys general from 19 states",
        country="US",
    ),
]

# --- AI chief executive before a Senate subcommittee (NYT style, Mr./Ms.) --------------
CORVID = "Corvid AI"
MARCHETTI = {
    "speaker": "Lena Marchetti",
    "role": "chief executive",
    "country": "US",
    "org": CORVID,
}
ASHBY = {"speaker": "Thomas Ashby", "role": "chairman", "country": "US"}
KESSLER = {"speaker": "Wade Kessler", "role": "ranking Republican", "country": "US"}
MORENO = {"speaker": "Alicia Moreno", "role": "senator", "country": "US"}
BRANNIGAN = {
    "speaker": "Owen Brannigan",
    "role": "chief executive",
    "country": "US",
    "org": "Halcyon Labs",
}
OYELARAN = {"speaker": "Daniel Oyelaran", "role": "spokesman", "country": "US", "org": CORVID}

SENATE_Q = [
    p(
        "her company would support a federal licensing regime for its most powerful systems",
        MARCHETTI,
        "indirect",
        "told",
        "The chief executive of Corvid AI, one of the fastest-growing artificial intelligence "
        "companies in the country",
    ),
    p(
        "We are building tools that will touch almost every part of American life,",
        MARCHETTI,
        "direct",
        "said",
        "Ms. Marchetti",
    ),
    p(
        "I do not think it is reasonable to ask the public to simply trust us.",
        MARCHETTI,
        "direct",
        "said",
        "Ms. Marchetti",
    ),
    p(
        "That is why we support a licensing system for the largest models, with independent "
        "audits before release and real penalties when companies get it wrong.",
        MARCHETTI,
        "direct",
        "said",
        "Ms. Marchetti",
    ),
    p(
        "Can you tell this committee, under oath, that your models were never trained on pirated "
        "books?",
        ASHBY,
        "direct",
        "asked",
        "Mr. Ashby",
    ),
    p(
        "I can tell you that we followed the law as we understood it at the time,",
        MARCHETTI,
        "direct",
        "replied",
        "Ms. Marchetti",
    ),
    p(
        "I cannot tell you that every one of billions of documents was licensed, and I would not "
        "want to mislead you.",
        MARCHETTI,
        "direct",
        "replied",
        "Ms. Marchetti",
    ),
    p("remarkably candid and deeply troubling.", ASHBY, "partial", "called", "Mr. Ashby"),
    p(
        "he planned to introduce legislation next month requiring companies to publish summaries "
        "of their training data",
        ASHBY,
        "indirect",
        "said",
        "He",
    ),
    p(
        "such disclosures could help competitors copy Corvid's methods",
        MARCHETTI,
        "indirect",
        "said",
        "Ms. Marchetti",
    ),
    p(
        "a confidential filing with a federal regulator would serve the same purpose",
        MARCHETTI,
        "indirect",
        "argued",
        "Ms. Marchetti",
    ),
    p("This took one of my staffers 11 minutes to make,", KESSLER, "direct", "said", "Mr. Kessler"),
    p(
        "Eleven minutes. What is your company doing to make sure this does not happen in November?",
        KESSLER,
        "direct",
        "said",
        "Mr. Kessler",
    ),
    p(
        "Corvid blocked requests to imitate the voices of real candidates and election officials, "
        "and that it would add invisible watermarks to all audio produced by Wren before the "
        "midterm elections",
        MARCHETTI,
        "indirect",
        "said",
        "Ms. Marchetti",
    ),
    p(
        "a determined bad actor can defeat almost any safeguard.",
        MARCHETTI,
        "partial",
        "conceded",
        "she",
    ),
    p(
        "Those are human beings looking at the worst things on the internet so that your product "
        "looks clean,",
        MORENO,
        "direct",
        "said",
        "Ms. Moreno",
    ),
    p("Do you know what they are paid?", MORENO, "direct", "said", "Ms. Moreno"),
    p(
        "she did not know the exact figure, but that Corvid had since raised the minimum rate for "
        "its contractors and offered them counseling",
        MARCHETTI,
        "indirect",
        "said",
        "Ms. Marchetti",
    ),
    p(
        "to provide the subcommittee with the numbers in writing",
        MARCHETTI,
        "indirect",
        "promised",
        "She",
    ),
    p(
        "would hand the largest companies a permanent moat",
        BRANNIGAN,
        "partial",
        "said",
        "Halcyon's chief executive, Owen Brannigan",
    ),
    p(
        "would shut out start-ups and university researchers",
        BRANNIGAN,
        "indirect",
        "said",
        "Halcyon's chief executive, Owen Brannigan",
    ),
    p(
        "Regulation written by the incumbents tends to protect the incumbents,",
        BRANNIGAN,
        "direct",
        "wrote",
        "Mr. Brannigan",
    ),
    p(
        "We would urge the Senate to regulate harmful uses, not the mathematics.",
        BRANNIGAN,
        "direct",
        "wrote",
        "Mr. Brannigan",
    ),
    q(
        "the company had spent more than $4 million in Washington in the past year, much of it on "
        "lawmakers who sit on the committees that would write any licensing law",
        None,
        "indirect",
        "said",
        "People familiar with Corvid's lobbying",
        country="US",
    ),
    q(
        "Ms. Marchetti had met privately with at least nine senators before the hearing",
        None,
        "indirect",
        "said",
        "Two of them, who spoke on the condition of anonymity",
        country="US",
    ),
    p(
        "exactly what a responsible company should be doing.",
        OYELARAN,
        "partial",
        "said",
        "A Corvid spokesman, Daniel Oyelaran",
    ),
    p(
        "Yes. I think they could, if we are careless. That is the honest answer, and it is the "
        "reason I am here.",
        MARCHETTI,
        "direct",
        "answering",
        "She",
    ),
    p("many times", MARCHETTI, "partial", "told", "Ms. Marcheti"),
    p(
        "the company would publish its own proposed licensing rules within weeks",
        MARCHETTI,
        "indirect",
        "told",
        "Ms. Marcheti",
    ),
]

# --- pop star's hiatus (British style, ‘single quotes’, no dateline) --------------------
LABEL = "Harbourlight Records"
THORNE = {"speaker": "Maisie Thorne", "role": "singer", "country": "GB"}
REID = {"speaker": "Callum Reid", "role": "managing director", "country": "GB", "org": LABEL}
BRENNAN = {"speaker": "Hollie Brennan", "role": "student", "country": "GB"}
JADE = {"speaker": "Jade", "role": "nurse", "country": "GB"}
ACHEBE = {"speaker": "Rosalind Achebe", "role": "music critic", "country": "GB"}
KAPOOR = {"speaker": "Dev Kapoor", "role": "producer", "country": "GB"}
GALLARD = {"speaker": "Liam Gallard", "country": "GB", "org": "Northern Static"}

HIATUS_Q = [
    p("nothing left to give", THORNE, "partial", "telling", "Maisie Thorne"),
    p(
        "she had been performing through panic attacks for most of the past year and had been "
        "advised by doctors to stop",
        THORNE,
        "indirect",
        "said",
        "the 27-year-old",
    ),
    p(
        "I have tried to hold this together for you and for the people who work so hard on these "
        "shows,",
        THORNE,
        "direct",
        "wrote",
        "Thorne",
    ),
    p(
        "But I am not OK, and I think you already knew that.",
        THORNE,
        "direct",
        "wrote",
        "Thorne",
    ),
    p(
        "I need to go home, be a person for a while and remember why I started singing in the "
        "first place. I don’t know how long that will take. I’m sorry.",
        THORNE,
        "direct",
        "wrote",
        "Thorne",
    ),
    p(
        "Thank you for the kindness. Please be gentle with my team, they have had a brutal week.",
        THORNE,
        "direct",
        "posted",
        "she",
    ),
    q(
        "refunds for the 23 cancelled shows, including four nights at London’s O2 Arena in "
        "December, would be issued automatically within 14 days",
        None,
        "indirect",
        "said",
        "Her representative",
        country="GB",
    ),
    q(
        "for Maisie and her family at this time",
        None,
        "partial",
        "asked",
        "The statement",
        country="GB",
    ),
    q("fully supported", LABEL, "partial", "said", "Harbourlight Records", country="GB"),
    q(
        "no release planned for next year would go ahead without her blessing",
        LABEL,
        "indirect",
        "said",
        "Harbourlight Records",
        country="GB",
    ),
    p(
        "Maisie’s health comes before any record, any tour and any chart position,",
        REID,
        "direct",
        "said",
        "Callum Reid, Harbourlight’s managing director",
    ),
    p(
        "We will be here whenever she is ready, and not a day before.",
        REID,
        "direct",
        "said",
        "Callum Reid, Harbourlight’s managing director",
    ),
    p("really struggling", THORNE, "partial", "telling", "she"),
    q(
        "they were sad but not surprised",
        None,
        "indirect",
        "said",
        "Fans outside the Manchester venue where she was due to play next month",
        country="GB",
    ),
    p(
        "I’ve seen her eleven times, and the last two you could tell something was wrong. She "
        "looked like she wanted to disappear,",
        BRENNAN,
        "direct",
        "said",
        "Hollie Brennan, 19, a student from Stockport who had travelled in with her sister",
    ),
    p(
        "I’d rather never see her again than see her like that.",
        BRENNAN,
        "direct",
        "said",
        "Hollie Brennan, 19, a student from Stockport who had travelled in with her sister",
    ),
    p(
        "the singer had helped her through her own breakdown",
        JADE,
        "indirect",
        "said",
        "Another fan, a nurse who gave her name only as Jade",
    ),
    p(
        "She sang about the stuff nobody talks about. Now it’s our turn to give her some space,",
        JADE,
        "direct",
        "said",
        "she",
    ),
    q(
        "they had booked flights and hotels that would not be refunded",
        None,
        "indirect",
        "complained",
        "Some ticket holders",
        country="GB",
    ),
    q(
        "it had received dozens of inquiries",
        "Which?",
        "indirect",
        "said",
        "a consumer group, Which?",
        country="GB",
    ),
    p(
        "the industry had asked too much of a young artist too quickly",
        ACHEBE,
        "indirect",
        "said",
        "The music critic Rosalind Achebe, who has written about Thorne since her first EP",
    ),
    p(
        "Her label put out two albums in eighteen months and sent her round the world twice,",
        ACHEBE,
        "direct",
        "told",
        "Achebe",
    ),
    p(
        "That is a schedule that would flatten a veteran, never mind someone who was playing pubs "
        "in Salford four years ago.",
        ACHEBE,
        "direct",
        "told",
        "Achebe",
    ),
    p(
        "The surprise is not that she has stopped. The surprise is that it took this long.",
        ACHEBE,
        "direct",
        "added",
        "She",
    ),
    q(
        "agreed with Maisie and her management at every stage",
        None,
        "partial",
        "saying",
        "A spokeswoman for Harbourlight",
        country="GB",
        org=LABEL,
    ),
    p(
        "so proud of her for choosing herself",
        KAPOOR,
        "partial",
        "wrote",
        "Thorne’s former collaborator, the producer Dev Kapoor",
    ),
    p(
        "Take all the time you need, kid.",
        GALLARD,
        "direct",
        "posted",
        "Her fellow Mancunian Liam Gallard, of the band Northern Static",
    ),
    q(
        "the announcement could encourage young people to seek help",
        None,
        "indirect",
        "said",
        "Mental health charities",
        country="GB",
    ),
    q(
        "calls to its information line had risen sharply after similar announcements by other "
        "performers",
        "Mind",
        "indirect",
        "said",
        "Mind, the mental health charity",
        country="GB",
    ),
    p(
        "she expected Thorne to return eventually",
        ACHEBE,
        "indirect",
        "said",
        "Achebe",
    ),
    p(
        "the version of her that comes back may not want to play arenas at all – and that might "
        "be the best thing for her music",
        ACHEBE,
        "partial",
        "warned",
        "Achebe",
    ),
]

DOCS = [
    ("probe-r21h-supreme-court-car-seizure-hearings", "WASHINGTON", COURT_Q),
    ("probe-r21h-ai-ceo-senate-testimony", "WASHINGTON", SENATE_Q),
    ("probe-r21h-pop-star-hiatus-instagram", None, HIATUS_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Harbourlight Records",
    "Institute for Civic Liberty",
    "Mind",
    "Supreme Court",
    "Tennessee Sheriffs' Association",
    "Which?",
)


def main():
    write_gold(
        HERE,
        "probes_r21h_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r21h",
        source="quotesdb round-21 training probes H (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
