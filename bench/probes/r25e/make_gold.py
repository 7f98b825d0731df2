"""Build probes_r25e_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r20a to
r25b and of articles/attribution/README.md (Conventions, and "Annotation conventions:
decisions (round 23)" 1-10: relatives as role, decision 8; the office's head title,
decision 9). Each quote is located by searching its exact text after the previous
quote's end.

    python3 bench/probes/r25e/make_gold.py   # writes probes_r25e_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A feature profile of a surgeon (NZ Herald style, no dateline, present-tense `says`) --
CHCH = "Christchurch Hospital"
SAMOA_MOH = "Ministry of Health"
GALBRAITH = {
    "speaker": "Annette Galbraith",
    "role": "paediatric heart surgeon",
    "country": "NZ",
    "org": CHCH,
}
MARGARET = {"speaker": "Margaret Galbraith", "role": "mother", "country": "NZ"}
CALLUM = {"speaker": "Callum Galbraith", "role": "brother", "country": "NZ"}
MEHTA = {
    "speaker": "Rohan Mehta",
    "role": "cardiac surgeon",
    "country": "CA",
    "org": "Hospital for Sick Children",
}
FERREIRA = {
    "speaker": "Simon Ferreira",
    "role": "chief medical officer",
    "country": "NZ",
    "org": CHCH,
}
TUHOE = {"speaker": "Lisa Tuhoe", "country": "NZ", "org": "Canterbury Heart Families"}
SAMOA_BODY = {"speaker": SAMOA_MOH, "country": "WS"}
SIAOSI = {
    "speaker": "Faleolo Siaosi",
    "role": "director of clinical services",
    "country": "WS",
    "org": SAMOA_MOH,
}
ASHDOWN = {"speaker": "Peter Ashdown", "role": "husband", "country": "NZ"}

PROFILE_Q = [
    p("People think the hard part is the surgery,", GALBRAITH, "direct", "says", "she"),
    p(
        "The hard part is the phone call to the parents afterwards, when you have to tell "
        "them what you found.",
        GALBRAITH,
        "direct",
        "says",
        "she",
    ),
    q("she has earned the right to go", None, "indirect", "say", "Colleagues", country="NZ"),
    q(
        "she is leaving a service that cannot replace her",
        None,
        "indirect",
        "say",
        "critics",
        country="NZ",
    ),
    p("They are right to be worried,", GALBRAITH, "direct", "says", "she"),
    p(
        "I would be worried too. But I have been saying for five years that this job needs "
        "two people, and nobody listened.",
        GALBRAITH,
        "direct",
        "says",
        "she",
    ),
    p(
        "the one who took the radio apart",
        MARGARET,
        "partial",
        "says",
        "Her mother, Margaret Galbraith",
    ),
    p(
        "Annette never wanted to be told how anything worked. She wanted to find out for herself,",
        MARGARET,
        "direct",
        "says",
        "Margaret",
    ),
    p(
        "That hasn't changed. She is 47 and she still doesn't ask for directions.",
        MARGARET,
        "direct",
        "says",
        "Margaret",
    ),
    p(
        "she would stop to help with a difficult birth and go straight back to her books",
        CALLUM,
        "indirect",
        "says",
        "He",
    ),
    p(
        "Mum tells that story about the radio, but she leaves out the part where Annette put "
        "it back together and it worked better,",
        CALLUM,
        "direct",
        "says",
        "Callum",
    ),
    p(
        "she was the most stubborn trainee he ever had",
        MEHTA,
        "indirect",
        "says",
        "Dr Rohan Mehta, a cardiac surgeon at the Toronto hospital who supervised her training",
    ),
    p(
        "She would argue with me about a stitch. Usually she was wrong. Sometimes she was "
        "not, and those were the days I learned something,",
        MEHTA,
        "direct",
        "says",
        "Dr Mehta",
    ),
    p(
        "the unit has been trying to recruit a second surgeon since 2021",
        FERREIRA,
        "indirect",
        "says",
        "the hospital's chief medical officer, Dr Simon Ferreira",
    ),
    p(
        "We have advertised the role four times. We have had two applicants, and one of them "
        "withdrew,",
        FERREIRA,
        "direct",
        "says",
        "he",
    ),
    p(
        "a locum from Australia will cover the service from April while a permanent "
        "replacement is found",
        FERREIRA,
        "indirect",
        "says",
        "He",
    ),
    p(
        "parents learned of Galbraith's departure from a newsletter",
        TUHOE,
        "indirect",
        "says",
        "Lisa Tuhoe, who chairs the Canterbury Heart Families support group",
    ),
    p(
        "Nobody is saying she doesn't deserve a life. We are saying our kids deserve a plan,",
        TUHOE,
        "direct",
        "says",
        "Tuhoe",
    ),
    p("Right now there isn't one.", TUHOE, "direct", "says", "Tuhoe"),
    p(
        "the group is right, and that she has written to the health minister twice about it",
        GALBRAITH,
        "indirect",
        "says",
        "she",
    ),
    p(
        "the new unit, funded partly by Australian and New Zealand aid, will open in a new "
        "wing of the national hospital in Apia",
        SAMOA_BODY,
        "indirect",
        "says",
        "Samoa's Ministry of Health",
    ),
    p(
        "children with heart defects are now flown to Auckland for surgery, at a cost of "
        "about $80,000 a child",
        SIAOSI,
        "indirect",
        "says",
        "Its director of clinical services, Dr Faleolo Siaosi",
    ),
    p("Some of them do not survive the wait,", SIAOSI, "direct", "says", "he"),
    p(
        "she stopped counting the children she could not help",
        GALBRAITH,
        "indirect",
        "says",
        "She",
    ),
    p(
        "You come home and you have a whole team, a whole hospital behind you,",
        GALBRAITH,
        "direct",
        "says",
        "she",
    ),
    # a quote running over two paragraphs: the second takes the first's cue and source
    p("Over there I had a torch and a nurse called Mele.", GALBRAITH, "direct", "says", "she"),
    p(
        "I am not leaving Christchurch because I am tired of it. I am leaving because I can't "
        "stop thinking about that torch.",
        GALBRAITH,
        "direct",
        "says",
        "she",
    ),
    p("three to one, and the one was the dog", ASHDOWN, "partial", "says", "He"),
    p("Only if the sheep need heart surgery,", CALLUM, "direct", "says", "he"),
]

# --- An AFL press conference (The Age style, no dateline, a byline, straight quotes) -----
ROVERS = "Northcote Rovers"
KESTRELS = "Riverina Kestrels"
AFL = "AFL"
KILBY = {"speaker": "Darren Kilby", "role": "coach", "country": "AU", "org": ROVERS}
OXLEY = {"speaker": 'Matt "Ox" Oxley', "role": "captain", "country": "AU", "org": ROVERS}
G_OXLEY = {"speaker": "Graeme Oxley", "role": "father", "country": "AU"}
PEARCE = {"speaker": "Jayden Pearce", "role": "forward", "country": "AU", "org": ROVERS}
BRIGGS = {"speaker": "Nathan Briggs", "role": "coach", "country": "AU", "org": KESTRELS}
WHITFORD = {"speaker": "Sam Whitford", "role": "captain", "country": "AU", "org": KESTRELS}
AFL_BODY = {"speaker": AFL, "country": "AU"}

AFL_Q = [
    p(
        "his captain will be given until Thursday to prove his hamstring can survive a grand final",
        KILBY,
        "indirect",
        "says",
        "Northcote Rovers coach Darren Kilby",
    ),
    p("low-grade strain", KILBY, "partial", "said", "Kilby"),
    p("cautiously positive", KILBY, "partial", "said", "Kilby"),
    p(
        "Ox has had a fair bit of luck with his body over ten years, and he's probably due "
        "some bad luck,",
        KILBY,
        "direct",
        "said",
        "the 52-year-old",
    ),
    p(
        "But he's also the most professional bloke I've coached. If anyone can get right in "
        "five days, it's him.",
        KILBY,
        "direct",
        "said",
        "the 52-year-old",
    ),
    p(
        "Oxley would have to complete a full training session on Thursday, including "
        "sprints, before he was picked",
        KILBY,
        "indirect",
        "said",
        "He",
    ),
    p(
        "We're not going to play a bloke who's 80 per cent. That's not fair on him and it's "
        "not fair on the other 22,",
        KILBY,
        "direct",
        "said",
        "Kilby",
    ),
    p("never felt better", OXLEY, "partial", "said", "Oxley, who sat beside his coach"),
    p("Honestly, it's fine. It's tight, but it's fine,", OXLEY, "direct", "said", "he"),
    p("I've played with worse. Don't tell Kilby that.", OXLEY, "direct", "said", "he"),
    p(
        "he had rung his father on Sunday night for advice",
        OXLEY,
        "indirect",
        "said",
        "The skipper",
    ),
    p(
        "the pain threshold of a draught horse",
        G_OXLEY,
        "partial",
        "told",
        "His father, Graeme Oxley",
    ),
    p(
        "Matt's always been the same. When he was 12 he broke his wrist at junior footy and "
        "finished the game,",
        G_OXLEY,
        "direct",
        "said",
        "Graeme",
    ),
    p("His mother nearly killed me.", G_OXLEY, "direct", "said", "Graeme"),
    p(
        "the club had learnt from its preliminary final loss last season, when three players "
        "were carried into the game with injuries",
        KILBY,
        "indirect",
        "said",
        "He",
    ),
    p("We got that wrong, and I own that,", KILBY, "direct", "said", "he"),
    # a quote running over two paragraphs: the second takes the first's cue and source
    p("I won't make the same mistake twice.", KILBY, "direct", "said", "he"),
    p(
        "If Ox isn't right, he'll be the first to tell me, and he'll be in the rooms with the "
        "boys anyway.",
        KILBY,
        "direct",
        "said",
        "he",
    ),
    p(
        "the players had barely discussed the captain's hamstring",
        PEARCE,
        "indirect",
        "said",
        "Rovers forward Jayden Pearce, who kicked four goals against the Sharks",
    ),
    p(
        "Ox will tell us when he's right. Until then we just train,",
        PEARCE,
        "direct",
        "said",
        "the 20-year-old",
    ),
    p(
        "he had been told on Sunday that he would be the team's vice-captain for the week",
        PEARCE,
        "indirect",
        "said",
        "Pearce",
    ),
    p("no idea what that involves", PEARCE, "partial", "admitted", "Pearce"),
    p(
        "his side would not change its plans whether or not Oxley played",
        BRIGGS,
        "indirect",
        "said",
        "Kestrels coach Nathan Briggs",
    ),
    p(
        "He's a great player, but we're not playing Matt Oxley, we're playing Northcote,",
        BRIGGS,
        "direct",
        "said",
        "Briggs",
    ),
    p(
        "he had sent his former player a text message on Sunday wishing him a quick recovery",
        BRIGGS,
        "indirect",
        "said",
        "Briggs, who coached Oxley in the Rovers' under-18 side a decade ago",
    ),
    p("he had not had a reply", BRIGGS, "indirect", "said", "He"),
    p("cheered for nobody", WHITFORD, "partial", "said", "Kestrels captain Sam Whitford"),
    p("the grand final would start at 2.30pm", AFL_BODY, "indirect", "confirmed", "The AFL"),
    p(
        "a record 14,000 tickets had been set aside for members of the two clubs",
        AFL_BODY,
        "indirect",
        "said",
        "The AFL",
    ),
    p("Get some sleep,", KILBY, "direct", "said", "he"),
    p("We'll need your voices on Saturday.", KILBY, "direct", "said", "he"),
]

# --- A festival's funding cut (Scotsman style, no dateline, a byline with a title, curly
# “double quotes”) -----------------------------------------------------------------------
FESTIVAL = "Tay Lights Festival"
CS = "Creative Scotland"
RENNIE = {"speaker": "Eilidh Rennie", "role": "director", "country": "GB", "org": FESTIVAL}
CS_BODY = {"speaker": CS, "country": "GB"}
DALGLEISH = {
    "speaker": "Graham Dalgleish",
    "role": "chief executive",
    "country": "GB",
    "org": CS,
}
MCARA = {
    "speaker": "Neil McAra",
    "role": "culture spokesperson",
    "country": "GB",
    "org": "Scottish Labour",
}
KHATRI = {"speaker": "Priya Khatri", "role": "artist", "country": "GB"}
WOJCIK = {"speaker": "Tomasz Wójcik", "role": "sound artist", "country": "GB"}
BAIN = {
    "speaker": "Fraser Bain",
    "role": "culture convener",
    "country": "GB",
    "org": "Dundee City Council",
}
CATRIONA = {"speaker": "Catriona Rennie", "role": "sister", "country": "GB"}
ADAIR = {"speaker": "Kirsty Adair", "country": "GB"}

FESTIVAL_Q = [
    # the lead's description, named in the next paragraph
    p(
        "pulling the plug in slow motion",
        RENNIE,
        "partial",
        "accused",
        "The director of Dundee's Tay Lights Festival",
    ),
    p(
        "the decision by Creative Scotland would cost around 60 artists their commissions "
        "this year",
        RENNIE,
        "indirect",
        "said",
        "The festival's director, Eilidh Rennie",
    ),
    p("in real doubt", RENNIE, "partial", "said", "She"),
    p(
        "We have been told, in effect, to do the same work with half the money, and to be "
        "grateful,",
        RENNIE,
        "direct",
        "said",
        "Ms Rennie",
    ),
    p("We can't. Nobody can.", RENNIE, "direct", "said", "Ms Rennie"),
    p(
        "the festival had drawn 85,000 visitors to the city's waterfront last autumn",
        RENNIE,
        "indirect",
        "added",
        "The 41-year-old",
    ),
    p(
        "it had received applications totalling more than three times the money available",
        CS_BODY,
        "indirect",
        "said",
        "Creative Scotland",
    ),
    p("difficult choices", CS_BODY, "partial", "said", "Creative Scotland"),
    p(
        "Tay Lights remained eligible for project grants and that its officers would meet "
        "the festival's board next month",
        CS_BODY,
        "indirect",
        "said",
        "The funder",
    ),
    p(
        "the body's budget had fallen by 11 per cent in real terms since 2020",
        DALGLEISH,
        "indirect",
        "told",
        "Its chief executive, Graham Dalgleish",
    ),
    p("I understand the anger. I share some of it,", DALGLEISH, "direct", "said", "he"),
    # a quote running over two paragraphs: the second takes the first's cue and source
    p("But I cannot fund everyone who deserves it.", DALGLEISH, "direct", "said", "he"),
    p(
        "If we gave every applicant what they asked for, we would run out of money by June.",
        DALGLEISH,
        "direct",
        "said",
        "he",
    ),
    p(
        "starved",
        MCARA,
        "partial",
        "said",
        "Scottish Labour's culture spokesperson, Neil McAra",
    ),
    p(
        "blaming it for the hunger",
        MCARA,
        "partial",
        "said",
        "Scottish Labour's culture spokesperson, Neil McAra",
    ),
    p(
        "she had already turned down two other jobs to keep the autumn free",
        KHATRI,
        "indirect",
        "said",
        "Priya Khatri, a Glasgow-based artist whose installation of 400 illuminated paper "
        "boats was the most visited work of last year's festival",
    ),
    p(
        "It's not just the festival that loses. It's the hotels, the cafés, the taxi drivers,",
        KHATRI,
        "direct",
        "said",
        "she",
    ),
    p(
        "the pair had been invited to show it in Gdańsk instead",
        WOJCIK,
        "indirect",
        "said",
        "The Glasgow sound artist Tomasz Wójcik, who built the installation with her",
    ),
    p("Poland wants it. Scotland, apparently, does not,", WOJCIK, "direct", "said", "Wójcik"),
    p(
        "the boats, which are stored in a lock-up in Govan, would need about a week of "
        "repairs before they could travel",
        WOJCIK,
        "indirect",
        "said",
        "He",
    ),
    p(
        "grown faster than its audience",
        BAIN,
        "partial",
        "said",
        "Dundee City Council's culture convener, Fraser Bain",
    ),
    p(
        "should have planned for a smaller grant",
        BAIN,
        "indirect",
        "said",
        "Dundee City Council's culture convener, Fraser Bain",
    ),
    p(
        "Ten nights was always ambitious. Four good nights is better than ten tired ones,",
        BAIN,
        "direct",
        "said",
        "Mr Bain",
    ),
    p(
        "the council would keep its own £150,000 contribution at last year's level",
        BAIN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "she had invited him to every festival night for seven years",
        RENNIE,
        "indirect",
        "said",
        "Ms Rennie",
    ),
    p("He came to one,", RENNIE, "direct", "said", "she"),
    p("It rained.", RENNIE, "direct", "said", "she"),
    p(
        "the four-night festival would go ahead from October 23, with a smaller programme to "
        "be announced in August",
        RENNIE,
        "indirect",
        "said",
        "She",
    ),
    p(
        "300 people had signed up to help this autumn before the cuts were announced",
        CATRIONA,
        "indirect",
        "said",
        "Ms Rennie's sister, Catriona Rennie",
    ),
    p(
        "Half of them have already emailed to ask what they can do,",
        CATRIONA,
        "direct",
        "said",
        "Catriona",
    ),
    p("The answer, at the moment, is wait.", CATRIONA, "direct", "said", "Catriona"),
    p(
        "the festival's ten nights had been her busiest of the year",
        ADAIR,
        "indirect",
        "said",
        "Kirsty Adair, who runs a café on the waterfront",
    ),
    p("Four nights isn't a festival. It's a long weekend,", ADAIR, "direct", "said", "she"),
]

DOCS = [
    ("probe-r25e-surgeon-profile-galbraith", None, PROFILE_Q),
    ("probe-r25e-afl-rovers-captain-hamstring", None, AFL_Q),
    ("probe-r25e-dundee-light-festival-funding", None, FESTIVAL_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (SAMOA_MOH, AFL, CS)


def main():
    write_gold(
        HERE,
        "probes_r25e_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r25e",
        source="quotesdb round-25 training probes E (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
