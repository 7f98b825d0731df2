"""Build probes_r21d_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a to r20f. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r21d/make_gold.py   # writes probes_r21d_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- murder verdict, Dayton (AP style, straight "double quotes", dateline) ---------------
PROSECUTOR = "Montgomery County Prosecutor's Office"
HUELSMAN = {"speaker": "Margaret Huelsman", "role": "Judge", "country": "US"}
D_WILKES = {"speaker": "Denise Wilkes", "role": "mother", "country": "US"}
OKAFOR = {
    "speaker": "Daniel Okafor",
    "role": "Assistant Prosecutor",
    "country": "US",
    "org": PROSECUTOR,
}
BRANDAUER = {"speaker": "Lisa Brandauer", "role": "attorney", "country": "US"}
SAYRE = {"speaker": "Ellen Sayre", "role": "Prosecutor", "country": "US", "org": PROSECUTOR}
A_WILKES = {"speaker": "Andre Wilkes", "role": "brother", "country": "US"}
JUROR = "One juror, a woman who declined to give her name"

VERDICT_Q = [
    p(
        "she would clear the courtroom if anyone reacted aloud",
        HUELSMAN,
        "indirect",
        "warned",
        "Common Pleas Judge Margaret Huelsman",
    ),
    p(
        "He took my baby from me, and for two years I have had to sit and listen to him call it "
        "an accident,",
        D_WILKES,
        "direct",
        "said",
        "Denise Wilkes, the victim's mother",
    ),
    p(
        "Today twelve people said out loud what we always knew.",
        D_WILKES,
        "direct",
        "said",
        "Denise Wilkes, the victim's mother",
    ),
    p(
        "her daughter had planned to move to Columbus in the spring to start a graduate nursing "
        "program",
        D_WILKES,
        "indirect",
        "said",
        "She",
    ),
    q(
        "Wilkes, 29, was shot four times on the night of Oct. 14, 2023, as she walked from her "
        "car to her building in the Dayton suburb of Huber Heights",
        None,
        "indirect",
        "according to",
        "testimony at trial",
        country="US",
    ),
    p(
        "Dorsey had tracked Wilkes' phone for weeks using an app he installed without her "
        "knowledge, and that he had waited for her in a borrowed car",
        OKAFOR,
        "indirect",
        "told",
        "Assistant Prosecutor Daniel Okafor",
    ),
    p("This was not a crime of passion. It was a plan,", OKAFOR, "direct", "said", "Okafor"),
    p(
        "He bought the ammunition on a Sunday. He borrowed his cousin's car on a Monday. And on "
        "Tuesday night he sat in the dark for three hours, waiting for her to come home.",
        OKAFOR,
        "direct",
        "said",
        "Okafor",
    ),
    p(
        "Ladies and gentlemen, people who are having an accident do not wait three hours.",
        OKAFOR,
        "direct",
        "said",
        "Okafor",
    ),
    p(
        "the shooting followed a struggle over the gun and that the state's digital evidence "
        "could not show who was holding the phone that searched for Wilkes' work schedule",
        BRANDAUER,
        "indirect",
        "argued",
        "Dorsey's attorney, Lisa Brandauer",
    ),
    p(
        "it could consider a lesser charge of voluntary manslaughter only if it first found "
        "Dorsey not guilty of murder",
        HUELSMAN,
        "indirect",
        "told",
        "the judge",
    ),
    p("careful, difficult work.", HUELSMAN, "partial", "called", "she"),
    p("devastated", BRANDAUER, "partial", "said", "Brandauer"),
    p("would appeal", BRANDAUER, "indirect", "said", "Brandauer"),
    p(
        "We respect the jury's work, but we think they were asked to fill gaps in the evidence "
        "with emotion,",
        BRANDAUER,
        "direct",
        "said",
        "she",
    ),
    p("That is what appeals courts are for.", BRANDAUER, "direct", "said", "she"),
    p(
        "the defense would ask Huelsman to set aside the verdict on the felonious assault count",
        BRANDAUER,
        "indirect",
        "added",
        "She",
    ),
    p(
        "it should have merged with the murder charge",
        BRANDAUER,
        "indirect",
        "arguing",
        "She",
    ),
    q("line by line", None, "partial", "said", JUROR, country="US"),
    q("kept coming back to the tracking app", None, "indirect", "said", JUROR, country="US"),
    q(
        "Nobody wanted to believe a person could do that to someone he said he loved,",
        None,
        "direct",
        "said",
        "she",
        country="US",
    ),
    q("But the phone doesn't lie.", None, "direct", "said", "she", country="US"),
    p(
        "a measure of justice for a family that has waited far too long.",
        SAYRE,
        "partial",
        "called",
        "Montgomery County Prosecutor Ellen Sayre",
    ),
    p(
        "Kendra Wilkes did everything we ask victims of domestic violence to do. She called "
        "police. She got a protection order. She changed her locks,",
        SAYRE,
        "direct",
        "said",
        "Sayre",
    ),
    p(
        "The system still could not keep her safe, and all of us should sit with that.",
        SAYRE,
        "direct",
        "said",
        "Sayre",
    ),
    q(
        "Dorsey faces 15 years to life in prison",
        PROSECUTOR,
        "indirect",
        "said",
        "The Montgomery County Prosecutor's Office",
        country="US",
    ),
    p(
        "the family planned to speak at the sentencing hearing",
        A_WILKES,
        "indirect",
        "said",
        "Andre Wilkes, the victim's older brother",
    ),
    p(
        "his sister had worked nights in the emergency department at Great Miami Valley Medical "
        "Center for six years and had trained most of the nurses on her shift",
        A_WILKES,
        "indirect",
        "said",
        "He",
    ),
    p(
        "She spent her whole life taking care of strangers at 3 in the morning,",
        A_WILKES,
        "direct",
        "said",
        "he",
    ),
    p("The least we can do is show up for her now.", A_WILKES, "direct", "said", "he"),
    p(
        "We want some nurse who never met her to carry her name,",
        A_WILKES,
        "direct",
        "added",
        "he",
    ),
    p(
        "she had not decided whether Dorsey would address the court at sentencing",
        BRANDAUER,
        "indirect",
        "said",
        "Brandaur",
    ),
]

# --- missing girl found alive, Missouri (local TV website, straight quotes, dateline) ------
SHERIFFS_OFFICE = "Marlow County Sheriff's Office"
PRUITT = {
    "speaker": "Wade Pruitt",
    "role": "Sheriff",
    "country": "US",
    "org": SHERIFFS_OFFICE,
}
DUNN = {"speaker": "Carla Dunn", "role": "chief deputy", "country": "US", "org": SHERIFFS_OFFICE}
HENNESSY = {"speaker": "Dale Hennessy", "role": "volunteer", "country": "US"}
J_LYLE = {"speaker": "Jessica Lyle", "role": "mother", "country": "US"}
TAKACS = {"speaker": "Ron Takacs", "role": "retired mail carrier", "country": "US"}

MISSING_Q = [
    # (added after the first run: earlier golds annotate a headline's `…, X says`)
    p(
        "Missing 7-year-old found alive in woods after 40-hour search",
        PRUITT,
        "indirect",
        "says",
        "sheriff",
    ),
    q(
        "A 7-year-old girl who vanished from her family's campsite Sunday afternoon was found "
        "alive Tuesday morning in a ravine about two miles away, cold and dehydrated but able to "
        "talk to the deputies who reached her",
        None,
        "indirect",
        "said",
        "authorities",
        country="US",
    ),
    p(
        "Harper Lyle was taken by ambulance to St. Brendan Children's Hospital in Springfield and "
        "was listed in stable condition",
        PRUITT,
        "indirect",
        "said",
        "Marlow County Sheriff Wade Pruitt",
    ),
    p(
        "I've been doing this for 26 years, and I'll be honest with you, this is the call you "
        "pray for and almost never get,",
        PRUITT,
        "direct",
        "said",
        "Pruitt",
    ),
    p("She's a tough little girl.", PRUITT, "direct", "said", "Pruitt"),
    p(
        "a search team of deputies and volunteers found Harper at about 8:40 a.m. after one of "
        "the volunteers heard her calling for her dog",
        PRUITT,
        "indirect",
        "said",
        "Pruitt",
    ),
    p(
        "She had spent two nights in the woods with temperatures dipping into the low 40s",
        PRUITT,
        "indirect",
        "said",
        "he",
    ),
    p(
        "The girl told deputies she had followed the family's beagle, Biscuit, down a deer trail "
        "and could not find her way back",
        PRUITT,
        "indirect",
        "said",
        "the sheriff",
    ),
    p(
        "We had to keep every door open until we found her. We're not treating this as anything "
        "other than a little girl who got lost.",
        PRUITT,
        "direct",
        "said",
        "Pruitt",
    ),
    q(
        "The family had been camping at Haw Creek Park, a county campground along the Niangua "
        "River, when Harper disappeared around 3 p.m. Sunday",
        None,
        "indirect",
        "said",
        "authorities",
        country="US",
    ),
    q(
        "the family had searched the riverbank for nearly an hour before calling for help",
        None,
        "indirect",
        "told",
        "A woman camping two sites away, who asked not to be identified",
        country="US",
    ),
    p(
        "more than 300 people had joined the search by Monday night, many of them driving in "
        "from neighboring counties and from Arkansas",
        DUNN,
        "indirect",
        "said",
        "Pruitt's chief deputy, Maj. Carla Dunn",
    ),
    p(
        "Searchers used drones with thermal cameras overnight, and dog teams from the Missouri "
        "State Highway Patrol worked the creek beds",
        DUNN,
        "indirect",
        "said",
        "she",
    ),
    p(
        "We had farmers showing up with their own ATVs and church groups showing up with "
        "casseroles,",
        DUNN,
        "direct",
        "said",
        "Dunn",
    ),
    p(
        "Honestly, at one point we had more sandwiches than searchers.",
        DUNN,
        "direct",
        "said",
        "Dunn",
    ),
    q(
        "there was no indication the girl had been taken by anyone",
        "FBI",
        "indirect",
        "said",
        "The FBI, which sent agents and a child abduction response team from its Kansas City "
        "field office on Monday",
        country="US",
    ),
    q(
        "its team would stand down Wednesday",
        "FBI",
        "indirect",
        "said",
        "The agency",
        country="US",
    ),
    p(
        "he had nearly turned back because his knees were giving out",
        HENNESSY,
        "indirect",
        "told",
        "The volunteer who found Harper, Dale Hennessy",
    ),
    p(
        "Then I heard this little voice say, 'Biscuit, come here,' and I thought I was imagining "
        "it,",
        HENNESSY,
        "direct",
        "said",
        "Hennessy, a 58-year-old welder from Lebanon",
    ),
    p(
        "I hollered her name and she hollered back. I don't think I've ever cried that hard in my "
        "life.",
        HENNESSY,
        "direct",
        "said",
        "Hennessy, a 58-year-old welder from Lebanon",
    ),
    p("she asked him whether she was in trouble", HENNESSY, "indirect", "said", "He"),
    p(
        "When they told me she was talking, I just sat down on the ground,",
        J_LYLE,
        "direct",
        "said",
        "Lyle",
    ),
    p(
        "She keeps telling me she's fine and she wants pancakes. She's asking for pancakes.",
        J_LYLE,
        "direct",
        "said",
        "Lyle",
    ),
    p(
        "every single person who walked those woods for my baby,",
        J_LYLE,
        "partial",
        "said",
        "She",
    ),
    p(
        "Harper would stay in the hospital at least one more night for observation",
        J_LYLE,
        "indirect",
        "said",
        "She",
    ),
    p(
        "You see a kid's picture on Facebook, you don't sit at home,",
        TAKACS,
        "direct",
        "said",
        "Takacs",
    ),
    p(
        "Everybody out there had the same thought: what if that was mine?",
        TAKACS,
        "direct",
        "said",
        "Takacs",
    ),
    q(
        "volunteers should not return to the search area",
        SHERIFFS_OFFICE,
        "indirect",
        "said",
        "The Marlow County Sheriff's Office",
        country="US",
    ),
    p(
        "deputies would review how the first hour of the search was handled",
        PRUITT,
        "indirect",
        "said",
        "Pruit",
    ),
    p("Nobody did anything wrong here,", PRUITT, "direct", "said", "he"),
]

# --- homeless encampment vote, Sacramento (Guardian style, curly “double quotes”) --------
COALITION = "River City Housing Justice Coalition"
DELGADO = {"speaker": "Rosa Delgado", "role": "council member", "country": "US"}
BELL = {"speaker": "Marcus Bell", "role": "council member", "country": "US"}
OKORO = {"speaker": "Tamsin Okoro", "role": "director", "country": "US", "org": COALITION}
RUIZ = {"speaker": "Angela Ruiz", "country": "US"}
WHITMORE = {"speaker": "Gary Whitmore", "role": "retired firefighter", "country": "US"}
NATARAJAN = {"speaker": "Priya Natarajan", "role": "council member", "country": "US"}
MAYORS_OFFICE = "mayor’s office"

CAMP_Q = [
    q(
        "the move would scatter residents into neighbourhoods with nowhere for them to go",
        None,
        "indirect",
        "warned",
        "advocates",
        country="US",
    ),
    q(
        "everyone will be offered a shelter bed or a place in a tiny-home village",
        None,
        "indirect",
        "say",
        "City officials",
        country="US",
    ),
    q(
        "fewer than 90 such places are currently free",
        None,
        "indirect",
        "say",
        "outreach groups",
        country="US",
    ),
    p(
        "keep pretending that doing nothing is compassion",
        DELGADO,
        "partial",
        "said",
        "The council member who brought the motion, Rosa Delgado, whose district includes the camp",
    ),
    p(
        "I have families in my district who walk their children to school past needles and "
        "human waste every morning. I have people in that camp who are dying of things we know "
        "how to treat,",
        DELGADO,
        "direct",
        "said",
        "she",
    ),
    p(
        "Both of those things are true, and neither of them gets better if we wait another year.",
        DELGADO,
        "direct",
        "said",
        "she",
    ),
    p("putting the bulldozers before the beds", BELL, "partial", "told", "He"),
    p(
        "he had asked staff three times for a count of available shelter places without "
        "receiving an answer",
        BELL,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We are about to tell 300 people to leave and we cannot tell them where to go,",
        BELL,
        "direct",
        "said",
        "Bell",
    ),
    p("That is not a plan. That is a press release.", BELL, "direct", "said", "Bell"),
    p(
        "the deadline would fall in the middle of the region’s wildfire smoke season",
        OKORO,
        "indirect",
        "said",
        "Tamsin Okoro, the director of the River City Housing Justice Coalition, which has "
        "provided food and basic medical care at the camp since 2021",
    ),
    p(
        "People will move 200 yards into the brush, and our outreach workers will lose track of "
        "them,",
        OKORO,
        "direct",
        "said",
        "she",
    ),
    p(
        "We have seen this in Fresno, in Phoenix, in Portland. The camp comes back a few blocks "
        "away, and the people who die are the ones we can no longer find.",
        OKORO,
        "direct",
        "said",
        "she",
    ),
    p(
        "Clearing a camp is not the same thing as ending homelessness. It just moves it out of "
        "the council’s sight.",
        OKORO,
        "direct",
        "said",
        "she",
    ),
    q(
        "it was considering legal action and had asked the city for a written guarantee that no "
        "one would be cited for refusing a shelter place that did not accept couples or pets",
        COALITION,
        "indirect",
        "said",
        "The coalition",
        country="US",
    ),
    q(
        "they have turned down shelter before for exactly those reasons",
        None,
        "indirect",
        "say",
        "Many of those living along the river",
        country="US",
    ),
    p(
        "They say go to a shelter. Which shelter? The one that won’t take him, or the one that "
        "won’t take the dogs?",
        RUIZ,
        "direct",
        "put",
        "Angela Ruiz, 44, who has lived in a tent near the Sixteenth Street bridge for two years "
        "with her partner and their two dogs",
    ),
    p(
        "he had called police more than 40 times in the past year, mostly about fires",
        WHITMORE,
        "indirect",
        "said",
        "Gary Whitmore, 67, a retired firefighter who has lived on the street for three decades",
    ),
    p(
        "I’m not heartless. I’ve taken sandwiches down to people in that camp,",
        WHITMORE,
        "direct",
        "said",
        "Whitmore",
    ),
    p(
        "But I’m tired of being told I’m the villain because I want to walk my dog without "
        "stepping over somebody.",
        WHITMORE,
        "direct",
        "said",
        "Whitmore",
    ),
    q(
        "gives us the tools and the timeline to bring people indoors",
        MAYORS_OFFICE,
        "partial",
        "said",
        "the mayor’s office",
        country="US",
    ),
    q(
        "outreach teams would begin visiting the camp on Monday",
        MAYORS_OFFICE,
        "indirect",
        "said",
        "the mayor’s office",
        country="US",
    ),
    q(
        "the city had set aside $4.2m for additional shelter places this year",
        MAYORS_OFFICE,
        "indirect",
        "added",
        "The statement",
        country="US",
    ),
    p("a rounding error", BELL, "partial", "described", "Bell"),
    p(
        "managing the problem instead of solving it",
        NATARAJAN,
        "partial",
        "told",
        "Another council member who backed the motion, Priya Natarajan",
    ),
    p(
        "Nobody on this council thinks a sweep is a housing policy,",
        NATARAJAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "But the status quo was killing people too – we had eleven deaths at that camp last year.",
        NATARAJAN,
        "direct",
        "said",
        "she",
    ),
    q(
        "at least nine of those deaths involved overdoses",
        "county coroner’s office",
        "indirect",
        "According to",
        "the county coroner’s office",
        country="US",
    ),
    p(
        "volunteers would keep working at the camp until the last tent was gone",
        OKORO,
        "indirect",
        "said",
        "Okoro",
    ),
    p("We’ll be there on day 30,", OKORO, "direct", "said", "she"),
    p("and we’ll be there on day 31, wherever they end up.", OKORO, "direct", "said", "she"),
]

DOCS = [
    ("probe-r21d-murder-verdict-dayton", "DAYTON, Ohio", VERDICT_Q),
    ("probe-r21d-missing-girl-found-missouri", "MARLOW COUNTY, Mo.", MISSING_Q),
    ("probe-r21d-encampment-vote-sacramento", None, CAMP_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "FBI",
    "Marlow County Sheriff's Office",
    "Montgomery County Prosecutor's Office",
    "River City Housing Justice Coalition",
    "county coroner’s office",
)


def main():
    write_gold(
        HERE,
        "probes_r21d_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r21d",
        source="quotesdb round-21 training probes D (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
