"""Build probes_r21f_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a to r21e. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r21f/make_gold.py   # writes probes_r21f_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- crewed moon mission delayed (AP science style, curly “double quotes”) -------------
CORVANE = "Corvane Aerospace"
THORNE = {"speaker": "Rebecca Thorne", "role": "Administrator", "country": "US", "org": "NASA"}
OKAFOR = {"speaker": "Daniel Okafor", "role": "mission manager", "country": "US", "org": "NASA"}
MARWICK = {"speaker": "Lisa Marwick", "role": "astronaut", "country": "US"}
DELANEY = {
    "speaker": "Mark Delaney-Ruiz",
    "role": "vice president",
    "country": "US",
    "org": CORVANE,
}
KOWALSKI = {
    "speaker": "Hana Kowalski",
    "role": "professor",
    "country": "US",
    "org": "University of Colorado Boulder",
}
BENNING = {"speaker": "Carla Benning", "role": "Representative", "country": "US"}
INGERSOLL = {
    "speaker": "Paul Ingersoll",
    "role": "associate administrator",
    "country": "US",
    "org": "NASA",
}

MOON_Q = [
    q(
        "NASA is delaying its next crewed trip around the moon by at least 10 months after "
        "engineers found cracks in the capsule's heat shield during ground tests",
        "NASA",
        "indirect",
        "said",
        "the space agency",
        country="US",
    ),
    q(
        "The new target is no earlier than January of next year",
        None,
        "indirect",
        "said",
        "officials",
        country="US",
    ),
    p(
        "We are not going to fly people on a heat shield we don't fully understand,",
        THORNE,
        "direct",
        "told",
        "NASA Administrator Rebecca Thorne",
    ),
    p(
        "That is the whole decision, really. Everything else is details.",
        THORNE,
        "direct",
        "told",
        "NASA Administrator Rebecca Thorne",
    ),
    p(
        "the agency had weighed flying on schedule with extra inspections",
        THORNE,
        "indirect",
        "said",
        "Thorne",
    ),
    p("simply not one we are willing to carry.", THORNE, "partial", "said", "Thorne"),
    p(
        "The cracks appeared in a test sample of the shield after it was heated to nearly 5,000 "
        "degrees Fahrenheit (2,760 degrees Celsius) in an arc-jet chamber in California",
        OKAFOR,
        "indirect",
        "according to",
        "mission manager Daniel Okafor",
    ),
    p(
        "Small pieces of the charred material broke away as the sample cooled, in a pattern "
        "engineers had not predicted",
        OKAFOR,
        "indirect",
        "said",
        "he",
    ),
    p(
        "It wasn't the cracking by itself that worried us,",
        OKAFOR,
        "direct",
        "said",
        "Okafor",
    ),
    p("It was that our models didn't see it coming.", OKAFOR, "direct", "said", "Okafor"),
    p(
        "the team had ruled out a manufacturing defect in the sample but had not yet found the "
        "root cause",
        OKAFOR,
        "indirect",
        "added",
        "He",
    ),
    q(
        "the shield had performed safely",
        "NASA",
        "indirect",
        "said",
        "NASA",
        country="US",
    ),
    p(
        "Nobody on this crew is disappointed in the decision,",
        MARWICK,
        "direct",
        "said",
        "astronaut Lisa Marwick, a Navy commander who will lead the flight",
    ),
    p(
        "We're disappointed in the calendar. Those are two different things.",
        MARWICK,
        "direct",
        "said",
        "astronaut Lisa Marwick, a Navy commander who will lead the flight",
    ),
    p(
        "the crew would keep training in Houston and would use the extra months to rehearse "
        "the lunar flyby",
        MARWICK,
        "indirect",
        "said",
        "Marwick",
    ),
    p(
        "No. If anything, this is what I want to see from the people building it.",
        MARWICK,
        "direct",
        "said",
        "she",
    ),
    q(
        "fully committed",
        CORVANE,
        "partial",
        "said",
        "The capsule's prime contractor, Corvane Aerospace",
        country="US",
    ),
    q(
        "it had already moved engineers from other programs to the effort",
        CORVANE,
        "indirect",
        "said",
        "The capsule's prime contractor, Corvane Aerospace",
        country="US",
    ),
    p(
        "done exactly what a test campaign is supposed to do.",
        DELANEY,
        "partial",
        "wrote",
        "The company's vice president for human spaceflight, Mark Delaney-Ruiz",
    ),
    p(
        "Finding this on the ground is a success, not a failure,",
        DELANEY,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "Finding it in flight is the thing we work every day to prevent.",
        DELANEY,
        "direct",
        "wrote",
        "he",
    ),
    p(
        "optimistic but not crazy.",
        KOWALSKI,
        "partial",
        "said",
        "Hana Kowalski, an aerospace engineering professor at the University of Colorado "
        "Boulder who studies thermal protection systems",
    ),
    p(
        "If the answer is a change in how they bond the blocks to the structure, that's months,",
        KOWALSKI,
        "direct",
        "said",
        "she",
    ),
    p(
        "If the answer is a new material, you're talking years, and nobody wants to say that "
        "out loud yet.",
        KOWALSKI,
        "direct",
        "said",
        "she",
    ),
    p(
        "NASA should publish the test data so that independent engineers could check the "
        "agency's reasoning",
        KOWALSKI,
        "indirect",
        "said",
        "Kowalsky",
    ),
    p(
        "she supported the decision",
        BENNING,
        "indirect",
        "said",
        "Rep. Carla Benning, the top Democrat on the House science committee",
    ),
    p(
        "a clear, honest schedule, not another moving target.",
        BENNING,
        "partial",
        "said",
        "Rep. Carla Benning, the top Democrat on the House science committee",
    ),
    p("NASA would brief lawmakers next week", THORNE, "indirect", "said", "Thorne"),
    p(
        "the landing mission that would follow Selene III was also likely to slip",
        INGERSOLL,
        "indirect",
        "told",
        "The agency's associate administrator, Paul Ingersoll",
    ),
    p("I would rather be late and right,", THORNE, "direct", "said", "Thorne"),
    p(
        "We've been early and wrong before in this business, and we've buried people for it.",
        THORNE,
        "direct",
        "said",
        "Thorne",
    ),
]

# --- actor's libel trial against a tabloid (British broadsheet, ‘single quotes’) --------
ASHDOWN = {"speaker": "Tom Ashdown", "role": "actor", "country": "GB"}
HALE = {"speaker": "Simon Hale", "role": "KC", "country": "GB"}
PEMBERTON = {"speaker": "Pemberton", "role": "judge", "country": "GB"}
ORME = {"speaker": "David Orme", "role": "KC", "country": "GB"}
MERIDIAN = "Meridian News Group"
RAMAN = {"speaker": "Priya Raman", "role": "solicitor", "country": "GB", "org": "Raman Goldberg"}

LIBEL_Q = [
    p(
        "a work of fiction from the first line to the last",
        ASHDOWN,
        "partial",
        "told",
        "The actor Tom Ashdown",
    ),
    p("the best part of a year of my life", ASHDOWN, "partial", "said", "he"),
    p("I read it on my phone at a petrol station,", ASHDOWN, "direct", "told", "he"),
    p(
        "I remember sitting in the car for an hour because I couldn’t drive.",
        ASHDOWN,
        "direct",
        "told",
        "he",
    ),
    p("he had raised his voice on set", ASHDOWN, "indirect", "accepted", "Ashdown"),
    p("You were shouting, weren’t you, Mr Ashdown?", HALE, "direct", "asked", "Mr Hale"),
    p(
        "I was loud. I was not violent. Those are very different things,",
        ASHDOWN,
        "direct",
        "replied",
        "the actor",
    ),
    p("a make-up artist had seen him pick up a chair", HALE, "indirect", "put", "Mr Hale"),
    p("She saw me move a chair so I could sit down,", ASHDOWN, "direct", "said", "Ashdown"),
    p(
        "If that is the case against me, I think we can all go home.",
        ASHDOWN,
        "direct",
        "said",
        "Ashdown",
    ),
    p(
        "Is that a question, Mr Hale, or a submission?",
        PEMBERTON,
        "direct",
        "asked",
        "the judge, Mr Justice Pemberton",
    ),
    p(
        "move on from the furniture",
        PEMBERTON,
        "partial",
        "inviting",
        "the judge, Mr Justice Pemberton",
    ),
    p(
        "had an axe to grind and a story to sell",
        ORME,
        "partial",
        "said",
        "David Orme KC, for Ashdown",
    ),
    p(
        "The paper had not contacted his client until 40 minutes before its print deadline",
        ORME,
        "indirect",
        "said",
        "he",
    ),
    q("stands by its journalism", MERIDIAN, "partial", "said", MERIDIAN, country="GB"),
    q("robustly defend", MERIDIAN, "partial", "said", MERIDIAN, country="GB"),
    q(
        "always been clear about what she saw",
        None,
        "partial",
        "said",
        "Her agent",
        country="GB",
    ),
    p("angry, tired and frankly rude", ASHDOWN, "partial", "told", "Ashdown"),
    p(
        "he had apologised to the crew the following morning",
        ASHDOWN,
        "indirect",
        "told",
        "Ashdown",
    ),
    p(
        "Because she didn’t print it. Your client did.",
        ASHDOWN,
        "direct",
        "said",
        "Mr Ashdown",
    ),
    p(
        "the actor had a long history of clashing with directors",
        HALE,
        "indirect",
        "suggested",
        "counsel",
    ),
    p("a tyrant with a clipboard", ASHDOWN, "partial", "described", "he"),
    p("I was 34 and I was an idiot,", ASHDOWN, "direct", "replied", "Ashdown"),
    p(
        "I have said that publicly many times. It does not make me someone who throws chairs at "
        "people.",
        ASHDOWN,
        "direct",
        "replied",
        "Ashdown",
    ),
    p(
        "the newspaper would call six witnesses, including two members of the lighting crew",
        HALE,
        "indirect",
        "told",
        "Mr Hales",
    ),
    p(
        "waited 18 months to tell the truth under oath",
        RAMAN,
        "partial",
        "said",
        "his solicitor, Priya Raman of Raman Goldberg",
    ),
    p("he had turned down two offers to settle", RAMAN, "indirect", "added", "She"),
    p(
        "he would give his judgment in writing, probably in the new year",
        PEMBERTON,
        "indirect",
        "said",
        "The judge",
    ),
]

# --- Uttarakhand assembly election result (PTI style, straight "double quotes") --------
BJP = "Bharatiya Janata Party"
CONG = "Congress"
LJSD = "Lok Jan Shakti Dal"
ECI = "Election Commission of India"
NEGI = {"speaker": "Prakash Chand Negi", "role": "Chief Minister", "country": "IN", "org": BJP}
JOSHI = {"speaker": "Kailash Joshi", "role": "state president", "country": "IN", "org": BJP}
BISHT = {"speaker": "Yashpal Bisht", "role": "Leader of Opposition", "country": "IN", "org": CONG}
SHARMA = {
    "speaker": "Anand Kumar Sharma",
    "role": "general secretary",
    "country": "IN",
    "org": CONG,
}
KATHAIT = {"speaker": "Devendra Singh Kathait", "role": "president", "country": "IN", "org": LJSD}
DHASMANA = {
    "speaker": "Ravi Dhasmana",
    "role": "state convener",
    "country": "IN",
    "org": "Aam Aadmi Party",
}
THAPLIYAL = {
    "speaker": "Harsh Vardhan Thapliyal",
    "role": "political analyst",
    "country": "IN",
    "org": "Doon University",
}
CHAUHAN = {"speaker": "Vandana Chauhan", "role": "Chief Electoral Officer", "country": "IN"}

POLL_Q = [
    q(
        "The Bharatiya Janata Party (BJP) on Thursday retained power in Uttarakhand, winning 41 "
        "of the 70 assembly seats, while the Congress finished a distant second with 22",
        None,
        "indirect",
        "according to",
        "results declared by the Election Commission of India (ECI)",
        country="IN",
    ),
    q(
        "The regional Lok Jan Shakti Dal (LJSD) won four seats and independents three",
        ECI,
        "indirect",
        "said",
        "the poll panel",
        country="IN",
    ),
    p(
        "This is a vote for development and for a double-engine government,",
        NEGI,
        "direct",
        "told",
        "Chief Minister Prakash Chand Negi",
    ),
    p("the politics of caste and confusion", NEGI, "partial", "said", "He"),
    p("voted for stability", NEGI, "indirect", "said", "He"),
    q(
        "Negi, 58, is set to be sworn in for a second term on Saturday",
        None,
        "indirect",
        "said",
        "party sources",
        country="IN",
        org=BJP,
    ),
    q(
        "Negi was likely to retain most of his ministers and induct two or three new faces",
        None,
        "indirect",
        "said",
        "Sources in the BJP",
        country="IN",
        org=BJP,
    ),
    q("stamp of approval", BJP, "partial", "said", "the BJP", country="IN"),
    p(
        "booth-level work of lakhs of karyakartas",
        JOSHI,
        "partial",
        "said",
        "The BJP's state president, Kailash Joshi",
    ),
    p("Every booth, every family -- that was our strategy,", JOSHI, "direct", "said", "Joshi"),
    p(
        "the party would now focus on the 2029 Lok Sabha polls",
        JOSHI,
        "indirect",
        "adding",
        "Joshi",
    ),
    p(
        "the ruling party had misused government machinery during the campaign",
        BISHT,
        "indirect",
        "alleged",
        "Leader of Opposition in the outgoing assembly, Yashpal Bisht of the Congress",
    ),
    p(
        "We accept the mandate with humility. But the people must also know how this election "
        "was fought,",
        BISHT,
        "direct",
        "told",
        "Bisht",
    ),
    p(
        "the party would hold a review meeting in Dehradun next week to analyse the defeat",
        BISHT,
        "indirect",
        "said",
        "He",
    ),
    q("disappointing but not discouraging", CONG, "partial", "said", "The Congress", country="IN"),
    q(
        "continue to raise the issues of unemployment and migration",
        CONG,
        "partial",
        "said",
        "The Congress",
        country="IN",
    ),
    p(
        "the party had increased its vote share by nearly three percentage points",
        SHARMA,
        "indirect",
        "said",
        "Congress general secretary in-charge of the state, Anand Kumar Sharma",
    ),
    p("The seat tally does not tell the full story,", SHARMA, "direct", "said", "he"),
    q(
        "the state unit chief, Meena Rautela, had offered to resign",
        None,
        "indirect",
        "said",
        "Sources",
        country="IN",
    ),
    p(
        "regional aspirations cannot be wished away",
        KATHAIT,
        "partial",
        "said",
        "LJSD president Devendra Singh Kathait, whose party had hoped to play kingmaker",
    ),
    p("the LJSD would sit in the opposition", KATHAIT, "indirect", "said", "Kathiat"),
    p("on issues, not on power", KATHAIT, "partial", "said", "Kathiat"),
    p(
        "learn from this and come back stronger",
        DHASMANA,
        "partial",
        "said",
        "Its state convener, Ravi Dhasmana",
    ),
    p(
        "the Congress had once again failed to turn anti-incumbency into votes",
        THAPLIYAL,
        "indirect",
        "said",
        "Political analyst Harsh Vardhan Thapliyal, who teaches at Doon University",
    ),
    p(
        "Their campaign peaked too early and their candidates were announced too late,",
        THAPLIYAL,
        "direct",
        "told",
        "he",
    ),
    q(
        "Voter turnout was 67.4 per cent, slightly lower than in the 2022 polls",
        None,
        "indirect",
        "said",
        "officials",
        country="IN",
    ),
    p(
        "Counting, which began at 8 am across 13 district headquarters, passed off peacefully",
        CHAUHAN,
        "indirect",
        "told",
        "Chief Electoral Officer Vandana Chauhan",
    ),
    p(
        "no request for a recount had been received from any candidate till evening",
        CHAUHAN,
        "indirect",
        "said",
        "She",
    ),
]

DOCS = [
    ("probe-r21f-moon-mission-heat-shield-delay", "CAPE CANAVERAL, Fla.", MOON_Q),
    ("probe-r21f-actor-libel-trial-daily-courier", None, LIBEL_Q),
    ("probe-r21f-uttarakhand-assembly-election-result", "Dehradun", POLL_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Bharatiya Janata Party",
    "Congress",
    "Corvane Aerospace",
    "Election Commission of India",
    "Meridian News Group",
    "NASA",
)


def main():
    write_gold(
        HERE,
        "probes_r21f_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r21f",
        source="quotesdb round-21 training probes F (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
