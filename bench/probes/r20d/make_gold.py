"""Build probes_r20d_gold.jsonl from the hand annotations below.

Training probes of round 20 (helper D), not a blind set: the annotations were written by
hand before any run of articles.attribution on these texts, in the convention of
bench/heldout4 to bench/heldout15 (see bench/heldout15/README.md and bench/probes/r20a),
and then the module's errors on them were read and general classes fixed. Each quote is
located by searching its exact text after the previous quote's end.

    python3 bench/probes/r20d/make_gold.py   # writes bench/probes/r20d/probes_r20d_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- shooting at a football game, Millbrook, Ga. (AP style, curly “double quotes”) -------
SHERIFF = "Harlan County Sheriff’s Office"
WHITFIELD = {
    "speaker": "Darnell Whitfield",
    "role": "Police Chief",
    "country": "US",
    "org": "Millbrook Police",
}
OKWU = {
    "speaker": "Lorraine Okwu",
    "role": "superintendent",
    "country": "US",
    "org": "Harlan County School District",
}
TULL = {"speaker": "Jasmine Tull", "country": "US"}
CASTELLANO = {"speaker": "Raymond Castellano", "country": "US"}
WHITCOMBE = {"speaker": "Angela Whitcombe", "role": "State Rep.", "country": "US"}
REYES = {
    "speaker": "Monica Reyes",
    "role": "spokeswoman",
    "country": "US",
    "org": "Georgia Bureau of Investigation",
}
WHITFIELD_SRC = "Millbrook Police Chief Darnell Whitfield"


def sheriff(text, kind, cue, source):
    return q(text, SHERIFF, kind, cue, source, country="US")


SHOOTING_Q = [
    q(
        "A police officer shot and wounded a man who opened fire in the stands at a high school "
        "football game Friday night, sending hundreds of spectators running onto the field",
        None,
        "indirect",
        "said",
        "authorities",
        country="US",
    ),
    p(
        "Two spectators, a 15-year-old boy and a 62-year-old woman, were struck by gunfire and "
        "were in stable condition at a hospital in Macon",
        WHITFIELD,
        "indirect",
        "told",
        WHITFIELD_SRC,
    ),
    p(
        "Our officer did exactly what he was trained to do,",
        WHITFIELD,
        "direct",
        "said",
        "Whitfield",
    ),
    p(
        "He ran toward the gunfire while everyone else was running away, and I believe he saved "
        "lives.",
        WHITFIELD,
        "direct",
        "said",
        "Whitfield",
    ),
    p(
        "The man, identified as Curtis Lee Banner, 34, of nearby Dalton Springs, was in critical "
        "condition after surgery",
        WHITFIELD,
        "indirect",
        "said",
        "Whitfield",
    ),
    p(
        "investigators believed Banner had argued with another man near the concession stand "
        "shortly before the third quarter and then fired at least five shots toward the home "
        "bleachers",
        WHITFIELD,
        "indirect",
        "said",
        "He",
    ),
    p(
        "he had been placed on paid administrative leave",
        WHITFIELD,
        "indirect",
        "said",
        "The chief",
    ),
    sheriff(
        "deputies had recovered a 9mm pistol and two empty magazines from beneath the bleachers",
        "indirect",
        "said",
        "The Harlan County Sheriff’s Office",
    ),
    sheriff(
        "the Georgia Bureau of Investigation had been asked to review the officer’s use of force",
        "indirect",
        "said",
        "The statement",
    ),
    sheriff(
        "Any time an officer fires a weapon, the public deserves an independent look at what "
        "happened,",
        "direct",
        "said",
        "the sheriff’s office",
    ),
    p(
        "classes at Millbrook High School would be canceled Monday and that counselors would be "
        "available to students and staff throughout the week",
        OKWU,
        "indirect",
        "said",
        "The district’s superintendent, Lorraine Okwu",
    ),
    p(
        "Friday night football is supposed to be the safest place in this town,",
        OKWU,
        "direct",
        "said",
        "Okwu",
    ),
    p(
        "Last night that was taken from our kids, and we are going to do everything we can to "
        "give it back to them.",
        OKWU,
        "direct",
        "said",
        "Okwu",
    ),
    p(
        "she heard what sounded like firecrackers and then saw people climbing over the railings",
        TULL,
        "indirect",
        "said",
        "Jasmine Tull, a junior who plays trumpet in the marching band",
    ),
    p("Everybody just dropped their instruments and ran,", TULL, "direct", "said", "she"),
    p(
        "Our band director was yelling at us to get down behind the buses.",
        TULL,
        "direct",
        "said",
        "she",
    ),
    p(
        "I grabbed my daughter and we crawled under the bleachers,",
        CASTELLANO,
        "direct",
        "said",
        "Raymond Castellano",
    ),
    p(
        "I kept thinking, this can’t be happening here.",
        CASTELLANO,
        "direct",
        "said",
        "Raymond Castellano",
    ),
    p(
        "he had attended games at the stadium for two decades and had never once seen anyone "
        "search a bag at the gate",
        CASTELLANO,
        "indirect",
        "said",
        "Castellano",
    ),
    p("We all knew it could happen somewhere,", CASTELLANO, "direct", "said", "he"),
    p(
        "You just never think it will be your town, your team, your Friday night.",
        CASTELLANO,
        "direct",
        "said",
        "he",
    ),
    q(
        "they were angry that the game had gone ahead after a fight broke out at a junior "
        "varsity game between the same schools two weeks earlier",
        None,
        "indirect",
        "said",
        "Some parents",
        country="US",
    ),
    q(
        "they had cleared the field within minutes",
        None,
        "indirect",
        "saying",
        "Others",
        country="US",
    ),
    p(
        "she would introduce a bill in January requiring a uniformed officer at every high "
        "school sporting event expected to draw more than 1,000 spectators",
        WHITCOMBE,
        "indirect",
        "said",
        "State Rep. Angela Whitcombe, a Republican whose district includes Millbrook",
    ),
    p("This is not about politics,", WHITCOMBE, "direct", "said", "Whitcombe"),
    p(
        "This is about making sure a parent can take a child to a ballgame and bring that child "
        "home.",
        WHITCOMBE,
        "direct",
        "said",
        "Whitcombe",
    ),
    # the later mention misspells the name: still Whitcombe
    p(
        "the state, not small rural districts, should pay for the extra officers",
        WHITCOMBE,
        "indirect",
        "said",
        "Whitcomb",
    ),
    p(
        "the department would release body camera footage once the bureau had finished its "
        "initial review",
        WHITFIELD,
        "indirect",
        "said",
        "Whitfield",
    ),
    p("to send it to investigators", WHITFIELD, "indirect", "urged", "He"),
    p(
        "We have a lot of questions still, and so do you,",
        WHITFIELD,
        "direct",
        "said",
        "the chief",
    ),
    p("We are going to answer them.", WHITFIELD, "direct", "said", "the chief"),
    p(
        "the agency had opened an inquiry",
        REYES,
        "indirect",
        "said",
        "A spokeswoman for the Georgia Bureau of Investigation, Monica Reyes",
    ),
    sheriff(
        "Banner is expected to face charges including aggravated assault once he is released "
        "from the hospital",
        "indirect",
        "according to",
        "the sheriff’s office",
    ),
    q(
        "it had not yet decided whether the game would be completed",
        "Georgia High School Association",
        "indirect",
        "said",
        "The Georgia High School Association",
        country="US",
    ),
]

# --- launch failure (US newspaper style, no dateline, curly “double quotes”) -------------
CORVANE = "Corvane"
MALLORY = {"speaker": "Kendra Mallory", "role": "mission manager", "country": "US", "org": "NASA"}
BRANDVOLD = {
    "speaker": "Elliot Brandvold",
    "role": "chief executive",
    "country": "US",
    "org": CORVANE,
}
SOLBERG = {"speaker": "Renata Solberg", "role": "former astronaut", "country": "US"}
TEAGUE = {
    "speaker": "Howard Teague",
    "role": "former associate administrator",
    "country": "US",
    "org": "NASA",
}
NAVARRO = {
    "speaker": "Priscilla Navarro",
    "role": "analyst",
    "country": "US",
    "org": "Orbitline Partners",
}
MALLORY_SRC = "Kendra Mallory, NASA’s mission manager for commercial resupply"

LAUNCH_Q = [
    q(
        "No one was aboard, and there were no injuries on the ground",
        "NASA",
        "indirect",
        "according to",
        "NASA",
        country="US",
    ),
    p(
        "We lost telemetry from the vehicle at T-plus 128 seconds,",
        MALLORY,
        "direct",
        "told",
        MALLORY_SRC,
    ),
    p(
        "The range safety system was not triggered. The vehicle appears to have come apart on "
        "its own.",
        MALLORY,
        "direct",
        "told",
        MALLORY_SRC,
    ),
    p(
        "the station’s seven crew members had enough supplies to last until at least February "
        "and were in no danger",
        MALLORY,
        "indirect",
        "said",
        "Mallory",
    ),
    p(
        "The next cargo flight, by a different company, is scheduled for early December",
        MALLORY,
        "indirect",
        "said",
        "she",
    ),
    p(
        "The crew is safe, the station is healthy, and we have margin,",
        MALLORY,
        "direct",
        "said",
        "she",
    ),
    # a quote running over two paragraphs: one statement a paragraph
    p("We plan for days like this.", MALLORY, "direct", "said", "she"),
    p(
        "What we don’t have yet is an answer, and we are not going to guess.",
        MALLORY,
        "direct",
        "said",
        "she",
    ),
    p(
        "Not the day we wanted. Data review is underway and we will find out what happened,",
        BRANDVOLD,
        "direct",
        "wrote",
        "he",
    ),
    q(
        "an anomaly in the propellant feed system",
        CORVANE,
        "partial",
        "said",
        "the company",
        country="US",
    ),
    q(
        "it was working with NASA and the Federal Aviation Administration to find the cause",
        CORVANE,
        "indirect",
        "said",
        "the company",
        country="US",
    ),
    # a split quote: one statement a quoted piece
    p("Spaceflight is unforgiving,", BRANDVOLD, "direct", "said", "Brandvold"),
    p(
        "and we take full responsibility. Every person at Corvane wants to get back to flying, "
        "but we will not fly again until we understand this failure completely.",
        BRANDVOLD,
        "direct",
        "said",
        "Brandvold",
    ),
    q(
        "it would oversee the company’s investigation and that no further Helix launches would "
        "be allowed until it had approved the findings",
        "Federal Aviation Administration",
        "indirect",
        "said",
        "The FAA",
        country="US",
    ),
    p(
        "the crew would be taking the news hard",
        SOLBERG,
        "indirect",
        "said",
        "Former astronaut Renata Solberg, who spent 187 days on the station in 2019",
    ),
    p(
        "When you’re up there, every cargo ship is Christmas morning,",
        SOLBERG,
        "direct",
        "said",
        "Solberg",
    ),
    p(
        "You know the names of the people who packed those bags. Losing one hurts, even when "
        "you have plenty.",
        SOLBERG,
        "direct",
        "said",
        "Solberg",
    ),
    p(
        "the crew had almost certainly lost personal items, including letters and photographs "
        "from their families, as well as experiments that researchers on the ground had spent "
        "years preparing",
        SOLBERG,
        "indirect",
        "said",
        "She",
    ),
    p(
        "two failures in a year should prompt the agency to ask how much it could rely on Corvane",
        TEAGUE,
        "indirect",
        "said",
        "He",
    ),
    p("NASA has been very patient with this company,", TEAGUE, "direct", "said", "Teague"),
    p("At some point patience becomes a risk of its own.", TEAGUE, "direct", "said", "Teague"),
    p(
        "the agency had deliberately hired several companies so that no single failure could "
        "leave the station short of supplies",
        MALLORY,
        "indirect",
        "saying",
        "Mallory",
    ),
    p(
        "the failure was unlikely to cost Corvane its NASA work but could make it harder for the "
        "company to win satellite customers",
        NAVARRO,
        "indirect",
        "said",
        "Priscilla Navarro, an analyst at the research firm Orbitline Partners",
    ),
    # a colon quote
    p(
        "Insurers have long memories. The next two launches will decide what Corvane pays to "
        "fly, and possibly whether anyone flies with it at all.",
        NAVARRO,
        "direct",
        "wrote",
        "Navarro",
    ),
    q(
        "they would seek a briefing from NASA this week",
        None,
        "indirect",
        "said",
        "Several members of Congress",
        country="US",
        org="Congress",
    ),
    # the engineer reports the chief executive's words: the quoted words are his
    p("open, fast and honest,", BRANDVOLD, "partial", "told", "Brandvold"),
    p(
        "NASA engineers would join the company’s investigation team and that the agency expected "
        "a preliminary report within 30 days",
        MALLORY,
        "indirect",
        "said",
        "Mallory",
    ),
    p("We will get through this,", MALLORY, "direct", "said", "she"),
    p("We always do.", MALLORY, "direct", "said", "she"),
]

# --- band cancels stadium tour (British style, ‘single quotes’, no dateline) -------------
BAND = "The Hollow Crowns"
GREYLINE = "Greyline Live"
WATCH = "Fair Ticket Watch"
ASHBY = {"speaker": "Callum Ashby", "role": "frontman", "country": "GB", "org": BAND}
MARCHETTI = {
    "speaker": "Fiona Marchetti",
    "role": "managing director",
    "country": "GB",
    "org": GREYLINE,
}
KERRIGAN = {"speaker": "Siobhan Kerrigan", "country": "IE"}
CHANDRAN = {"speaker": "Dev Chandran", "role": "teacher", "country": "GB"}
PENDRY = {"speaker": "Laura Pendry", "role": "spokeswoman", "country": "GB", "org": "TicketHub"}
OYELARAN = {"speaker": "Marcus Oyelaran", "role": "director", "country": "GB", "org": WATCH}
LOWE = {"speaker": "Harriet Lowe", "role": "editor", "country": "GB", "org": "Resonance"}


def org(name, text, kind, cue, source):
    return q(text, name, kind, cue, source, country="GB")


BAND_Q = [
    org(BAND, "circumstances beyond our control", "partial", "citing", "The band"),
    org(BAND, "It breaks our hearts to write this,", "direct", "said", "the band"),
    org(
        BAND,
        "We have spent two years building this show and we wanted nothing more than to play it "
        "for you. We are so sorry.",
        "direct",
        "said",
        "the band",
    ),
    p(
        "There are days when I don’t know if we’ve got another record in us,",
        ASHBY,
        "direct",
        "told",
        "he",
    ),
    p(
        "We’re four blokes who have been in a van together since we were seventeen.",
        ASHBY,
        "direct",
        "told",
        "he",
    ),
    p(
        "Sometimes you love each other and sometimes you can’t be in the same room.",
        ASHBY,
        "direct",
        "told",
        "he",
    ),
    p("absolutely happening", ASHBY, "partial", "said", "Ashby"),
    p("never been more ready", ASHBY, "partial", "said", "Ashby"),
    q(
        "the decision followed a row between Ashby and the guitarist, Rob Tennant, during "
        "rehearsals in Manchester last week",
        None,
        "indirect",
        "said",
        "A source close to the group",
        country="GB",
    ),
    org(
        GREYLINE,
        "all tickets bought through official outlets would be refunded automatically within "
        "14 days",
        "indirect",
        "said",
        "The tour’s promoter, Greyline Live",
    ),
    p(
        "the company had been told of the cancellation only hours before the fans were",
        MARCHETTI,
        "indirect",
        "said",
        "Its managing director, Fiona Marchetti",
    ),
    p("We are as shocked as anyone,", MARCHETTI, "direct", "said", "she"),
    p(
        "Our priority now is the fans, and making sure nobody is left out of pocket.",
        MARCHETTI,
        "direct",
        "said",
        "she",
    ),
    p(
        "Greyline would ask the band’s management to cover the cost of hotels and travel that "
        "fans had booked",
        MARCHETTI,
        "indirect",
        "said",
        "Marchetti",
    ),
    p(
        "the company had no power to make them pay",
        MARCHETTI,
        "indirect",
        "conceded",
        "she",
    ),
    p(
        "she had spent almost £900 on flights and a hotel for the opening night in Glasgow",
        KERRIGAN,
        "indirect",
        "said",
        "Siobhan Kerrigan, 29, from Cork",
    ),
    p("I’ve been waiting since I was fourteen to see them,", KERRIGAN, "direct", "said", "she"),
    p(
        "I booked everything the day the tickets came out, and now I’m told to sort it out myself.",
        KERRIGAN,
        "direct",
        "said",
        "she",
    ),
    # quotes opened with a closing mark, the speaker named after the first
    p("Four weeks’ notice is an insult,", CHANDRAN, "direct", "said", "Dev Chandran"),
    p(
        "If something is wrong, just tell us. We’re adults.",
        CHANDRAN,
        "direct",
        "said",
        "Dev Chandran",
    ),
    p(
        "Refunds will go back to the card used for the purchase, and we will email every "
        "customer this week,",
        PENDRY,
        "direct",
        "said",
        "Laura Pendry, a spokeswoman for the ticketing website TicketHub",
    ),
    # `she added` after an intervening paragraph about the company
    p("Booking fees would also be returned in full", PENDRY, "indirect", "added", "she"),
    org(
        WATCH,
        "not to cancel them before checking the terms of their travel insurance",
        "indirect",
        "warned",
        "The consumer group Fair Ticket Watch",
    ),
    p(
        "many policies did not cover a concert being called off",
        OYELARAN,
        "indirect",
        "said",
        "Its director, Marcus Oyelaran",
    ),
    p(
        "The band made a promise to 600,000 people. If they can’t keep it, they should at least "
        "make sure nobody is out of pocket for believing them.",
        OYELARAN,
        "direct",
        "was blunt",
        "Oyelaran",
    ),
    org(
        WATCH,
        "buyers who had paid above face value through unofficial sites could struggle to get "
        "their money back",
        "indirect",
        "said",
        "Fair Ticket Watch",
    ),
    q(
        "never seen a band this size walk away from this much money",
        None,
        "partial",
        "said",
        "One veteran promoter, who asked not to be named",
        country="GB",
    ),
    p(
        "Ashby had seemed tired but upbeat during the interview",
        LOWE,
        "indirect",
        "said",
        "Resonance’s editor, Harriet Lowe",
    ),
    p(
        "He talked about the tour like it was the thing keeping them together,",
        LOWE,
        "direct",
        "said",
        "Lowe",
    ),
    p(
        "Reading it back now, I think he was trying to convince himself as much as us.",
        LOWE,
        "direct",
        "said",
        "Lowe",
    ),
]

DOCS = [
    ("r20d-shooting-millbrook-football-game", "MILLBROOK, Ga.", SHOOTING_Q),
    ("r20d-launch-corvane-helix-cargo-failure", None, LAUNCH_Q),
    ("r20d-band-hollow-crowns-cancel-stadium-tour", None, BAND_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Corvane",
    "Fair Ticket Watch",
    "Federal Aviation Administration",
    "Georgia High School Association",
    "Greyline Live",
    "Harlan County Sheriff’s Office",
    "NASA",
    "The Hollow Crowns",
)


def main():
    write_gold(
        HERE,
        "probes_r20d_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r20d",
        source="quotesdb round 20 training probes D (written for probing, not blind)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
