"""Build heldout21_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout4 to bench/heldout20 and bench/probes/r20f (see
their READMEs and bench/heldout21/README.md). Each quote is located by searching its exact
text after the previous quote's end, so the offsets always satisfy text[start:end] == quote
text and the spans of a document never overlap.

    python3 bench/heldout21/make_gold.py   # writes bench/heldout21/heldout21_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a one-punch manslaughter sentencing in Sydney (AAP style, straight "double quotes") ---
SSF = "Still Standing Foundation"
TREMLETT = {
    "speaker": "Rosalind Tremlett",
    "role": "Justice",
    "country": "AU",
    "org": "NSW Supreme Court",
}
SANDQVIST = {"speaker": "Gemma Sandqvist", "role": "Crown prosecutor", "country": "AU"}
MAHONY = {"speaker": "Patrick Mahony", "role": "barrister", "country": "AU"}
MARSTERS = {"speaker": "Jayden Marsters", "country": "AU"}
ELENI = {"speaker": "Eleni Stavrou", "role": "mother", "country": "AU"}
SOPHIA = {"speaker": "Sophia Stavrou", "role": "sister", "country": "AU"}
BOYCE = {
    "speaker": "Warren Boyce",
    "role": "Detective Inspector",
    "country": "AU",
    "org": "Parramatta Police Area Command",
}
PENNINGTON = {"speaker": "Robert Pennington", "role": "chair", "country": "AU", "org": SSF}
BOYCE_SRC = "Detective Inspector Warren Boyce of the Parramatta Police Area Command"
SSF_SRC = "The Still Standing Foundation, a group founded by families of one-punch victims"
PENNINGTON_SRC = (
    "Its chair, Robert Pennington, whose son was killed in a similar attack in Newcastle in 2014"
)

COURT_Q = [
    p(
        "senseless, cowardly and entirely unprovoked",
        TREMLETT,
        "partial",
        "describing",
        "Justice Rosalind Tremlett",
    ),
    q(
        "Mr Stavrou had finished a night shift and was waiting for a rideshare when Marsters "
        "walked up behind him and hit him on the side of the head",
        None,
        "indirect",
        "heard",
        "the court",
        country="AU",
    ),
    p(
        "a complete indifference to human life",
        TREMLETT,
        "partial",
        "said",
        "Justice Tremlett",
    ),
    p(
        "This was not a fight. There was no argument, no provocation, no exchange of words,",
        TREMLETT,
        "direct",
        "said",
        "her Honour",
    ),
    p(
        "Mr Stavrou did not see the blow coming and had no chance to protect himself.",
        TREMLETT,
        "direct",
        "said",
        "her Honour",
    ),
    p(
        "CCTV footage showed Marsters laughing with a friend minutes after the attack, and that "
        "he had deleted messages from his phone before police arrested him",
        SANDQVIST,
        "indirect",
        "told the court",
        "Crown prosecutor Gemma Sandqvist",
    ),
    p(
        "a sentence closer to the maximum of 25 years was needed",
        SANDQVIST,
        "indirect",
        "said",
        "She",
    ),
    p("draw a line", SANDQVIST, "partial", "arguing", "She"),
    p(
        "no memory",
        MAHONY,
        "partial",
        "said",
        "Marsters's barrister, Patrick Mahony SC",
    ),
    p(
        "had been drinking since mid-afternoon",
        MAHONY,
        "indirect",
        "said",
        "Marsters's barrister, Patrick Mahony SC",
    ),
    p(
        "He is not asking for sympathy. He knows he has destroyed a family, and he will carry "
        "that for the rest of his life,",
        MAHONY,
        "direct",
        "said",
        "Mr Mahony",
    ),
    p("every single day", MARSTERS, "partial", "wrote", "Marsters"),
    p("beyond anything words can say", MARSTERS, "partial", "wrote", "Marsters"),
    p(
        "her son had wanted to be a paramedic since he was nine years old",
        ELENI,
        "indirect",
        "told the court",
        "The victim's mother, Eleni Stavrou",
    ),
    p("He used to practise bandaging on his little sister,", ELENI, "direct", "said", "she"),
    p("She would sit there for hours and let him.", ELENI, "direct", "said", "she"),
    p(
        "Every night I still set four places at the table, and every night I have to take one "
        "away.",
        ELENI,
        "direct",
        "said",
        "she",
    ),
    p(
        "serving a life sentence",
        SOPHIA,
        "partial",
        "said",
        "Mr Stavrou's sister, Sophia Stavrou",
    ),
    p(
        "she had not been able to return to work as a nurse and that she still could not walk "
        "down Church Street",
        SOPHIA,
        "indirect",
        "said",
        "She",
    ),
    p(
        "his client had enrolled in a drug and alcohol program in custody and wanted to speak at "
        "schools about the dangers of violence when he was released",
        MAHONY,
        "indirect",
        "told the court",
        "Mr Mahoney",
    ),
    p(
        "she accepted that Marsters's remorse was genuine and that he had good prospects of "
        "rehabilitation",
        TREMLETT,
        "indirect",
        "said",
        "Justice Tremlett",
    ),
    p(
        "general deterrence had to weigh heavily",
        TREMLETT,
        "indirect",
        "found",
        "Justice Tremlett",
    ),
    p(
        "Young men in this city need to understand that one punch can end a life and ruin two "
        "more,",
        TREMLETT,
        "direct",
        "said",
        "she",
    ),
    p("ever be enough", BOYCE, "partial", "told reporters", BOYCE_SRC),
    p(
        "Daniel spent his working life picking people up off the footpath. He deserved better "
        "than to end up on one,",
        BOYCE,
        "direct",
        "said",
        "he",
    ),
    q(
        "he had been the first to volunteer for extra shifts during the 2022 floods",
        None,
        "indirect",
        "said",
        "They",
        country="AU",
    ),
    q("a step", SSF, "partial", "said in a statement", SSF_SRC, country="AU"),
    q(
        "courts were still treating such deaths too lightly",
        SSF,
        "indirect",
        "said in a statement",
        SSF_SRC,
        country="AU",
    ),
    p(
        "NSW should consider mandatory minimum sentences for one-punch deaths",
        PENNINGTON,
        "indirect",
        "said",
        PENNINGTON_SRC,
    ),
    p(
        "Every family that sits in that courtroom hears the same words: remorse, rehabilitation, "
        "prospects,",
        PENNINGTON,
        "direct",
        "said",
        "he",
    ),
    p(
        "Nobody ever talks about the prospects our children lost.",
        PENNINGTON,
        "direct",
        "said",
        "he",
    ),
]

# --- a chipmaker's quarterly results and analyst call (Bloomberg style, curly “quotes”) ----
TRELLIANT = "Trelliant Semiconductor Holdings Inc."
DCOA = "Data Center Operators Association"
EBERHARDT = {
    "speaker": "Marisol Eberhardt",
    "role": "Chief Executive Officer",
    "country": "US",
    "org": TRELLIANT,
}
FERRADAY = {
    "speaker": "Nathan Ferraday",
    "role": "Chief Financial Officer",
    "country": "US",
    "org": TRELLIANT,
}
KANWAR = {
    "speaker": "Priyanka Kanwar",
    "role": "analyst",
    "country": "US",
    "org": "Halloran Lane Securities",
}
LINDENAU = {
    "speaker": "Tobias Lindenau",
    "role": "analyst",
    "country": "US",
    "org": "Osterley & Co.",
}
EBERHARDT_SRC = "Chief Executive Officer Marisol Eberhardt"
FERRADAY_SRC = "Chief Financial Officer Nathan Ferraday"
LINDENAU_SRC = "Tobias Lindenau, an analyst at Osterley & Co. who has a sell rating on the stock"
DCOA_SRC = (
    "The Data Center Operators Association (DCOA), which represents companies that own and "
    "lease server farms"
)

EARNINGS_Q = [
    q("relentless", TRELLIANT, "partial", "citing", "the chipmaker", country="US"),
    q(
        "Revenue in the three months ended Sept. 27 rose 38% to $3.12 billion",
        TRELLIANT,
        "indirect",
        "said in a statement",
        "the San Jose, California-based company",
        country="US",
    ),
    p(
        "We are still in the early innings of this build-out,",
        EBERHARDT,
        "direct",
        "told analysts",
        EBERHARDT_SRC,
    ),
    p(
        "Every customer we talk to is planning for bigger clusters next year than they planned "
        "for this year, and bigger clusters need more of what we make.",
        EBERHARDT,
        "direct",
        "told analysts",
        EBERHARDT_SRC,
    ),
    p(
        "the company had won designs at two of the four largest cloud providers during the "
        "quarter and expected to ship its next-generation chip, code-named Tidewater, in volume "
        "by March",
        EBERHARDT,
        "indirect",
        "said",
        "Eberhardt",
    ),
    p(
        "revenue in the current quarter would be between $3.3 billion and $3.45 billion",
        FERRADAY,
        "indirect",
        "said",
        FERRADAY_SRC,
    ),
    p(
        "gross margins would dip by about a percentage point as the company paid more for "
        "advanced packaging",
        FERRADAY,
        "indirect",
        "said",
        "He",
    ),
    p("not by enough to keep me up at night.", FERRADAY, "partial", "said", "He"),
    p(
        "the company had bought back $600 million of its shares during the quarter and would "
        "keep repurchases at about that level",
        FERRADAY,
        "indirect",
        "told analysts",
        "Ferraday",
    ),
    p(
        "Capital spending would rise to about $900 million for the year",
        FERRADAY,
        "indirect",
        "said",
        "he",
    ),
    q(
        "it had received a subpoena from the Securities and Exchange Commission in August "
        "seeking documents about how it recognized revenue on multiyear supply agreements",
        TRELLIANT,
        "indirect",
        "said in a filing",
        "The company",
        country="US",
    ),
    q(
        "it was cooperating with the inquiry and did not expect it to have a material effect on "
        "its results",
        TRELLIANT,
        "indirect",
        "said",
        "Trelliant",
        country="US",
    ),
    p(
        "I understand why you’re asking, and I’d ask the same thing in your seat,",
        EBERHARDT,
        "direct",
        "said",
        "she",
    ),
    p(
        "But we’ve said what we can say, and I’m not going to add to it on a call.",
        EBERHARDT,
        "direct",
        "said",
        "she",
    ),
    p(
        "about as clean as a beat gets",
        KANWAR,
        "partial",
        "wrote in a note to clients",
        "Kanwar",
    ),
    p(
        "the inquiry was unlikely to change how investors valued the company",
        KANWAR,
        "indirect",
        "wrote in a note to clients",
        "Kanwar",
    ),
    p(
        "Trelliant was more exposed than it admitted to a slowdown in spending by a handful of "
        "very large buyers",
        LINDENAU,
        "indirect",
        "said",
        LINDENAU_SRC,
    ),
    p(
        "When your top three customers are half your revenue, you don’t have a market, you have "
        "a relationship,",
        LINDENAU,
        "direct",
        "said",
        "Lindenau",
    ),
    p("Relationships end.", LINDENAU, "direct", "said", "Lindenau"),
    p("no customer had cut or delayed orders", FERRADAY, "indirect", "said", "Ferraday"),
    p(
        "If anything, the conversation has gone the other way,",
        FERRADAY,
        "direct",
        "said",
        "he",
    ),
    p(
        "We had one customer ask us in September whether we could pull forward deliveries we "
        "had scheduled for the second half of next year.",
        FERRADAY,
        "direct",
        "said",
        "he",
    ),
    p("I won’t say who. But I’ll say we said yes.", FERRADAY, "direct", "said", "he"),
    q(
        "the build-out was running into limits on power",
        None,
        "indirect",
        "warned",
        "Industry groups",
        country="US",
    ),
    q(
        "about a fifth of planned U.S. capacity had been delayed by waits for grid connections",
        DCOA,
        "indirect",
        "said",
        DCOA_SRC,
        country="US",
    ),
    q(
        "getting longer, not shorter.",
        DCOA,
        "partial",
        "said in its quarterly survey",
        "The DCOA",
        country="US",
    ),
    p(
        "the power shortage would slow the build-out, not stop it",
        EBERHARDT,
        "indirect",
        "said",
        "Eberhardt",
    ),
    p("Nobody is cancelling. People are queuing,", EBERHARDT, "direct", "said", "she"),
    p(
        "Trelliant would hold its first investor day in three years in February and would lay out "
        "longer-term margin targets there",
        EBERHARDT,
        "indirect",
        "said",
        "Eberhart",
    ),
]

# --- a measles outbreak in a Kansas county (local newspaper, no dateline, "double quotes") --
PCHD = "Pruett County Health Department"
KDHE = "Kansas Department of Health and Environment"
CDC = "Centers for Disease Control and Prevention"
PRMC = "Pruett Regional Medical Center"
IWANICKI = {"speaker": "Renata Iwanicki", "role": "health officer", "country": "US", "org": PCHD}
PETTIGREW = {
    "speaker": "Lauren Pettigrew",
    "role": "state epidemiologist",
    "country": "US",
    "org": KDHE,
}
QUENBY = {
    "speaker": "Janine Quenby",
    "role": "Superintendent",
    "country": "US",
    "org": "Cedar Fork School District",
}
DORSCH = {"speaker": "Kayla Dorsch", "role": "mother", "country": "US"}
PENHALLOW = {"speaker": "Megan Penhallow", "country": "US"}
VOIGHT = {"speaker": "Andrea Voight", "country": "US"}
IWANICKI_SRC = "Dr. Renata Iwanicki, the health officer for the Pruett County Health Department"
PETTIGREW_SRC = "Dr. Lauren Pettigrew, the state epidemiologist"
QUENBY_SRC = "Superintendent Janine Quenby of the Cedar Fork School District"
DORSCH_SRC = "Kayla Dorsch, a mother of two boys at Sumner"
VOIGHT_SRC = "Andrea Voight, who brought her twin 5-year-olds for their second dose"
NURSE_SRC = "A nurse at the hospital, who was not authorized to speak publicly"

MEASLES_Q = [
    q(
        "Pruett County's measles outbreak has grown to 14 confirmed cases, nearly all of them in "
        "children who had not been vaccinated",
        None,
        "indirect",
        "said",
        "county health officials",
        country="US",
        org=PCHD,
    ),
    p(
        "Two of the children have been admitted to Pruett Regional Medical Center, one of them to "
        "intensive care with pneumonia",
        IWANICKI,
        "indirect",
        "according to",
        IWANICKI_SRC,
    ),
    p(
        "This is the outbreak we have been worried about for five years,",
        IWANICKI,
        "direct",
        "said",
        "Iwanicki",
    ),
    p(
        "Measles does not need an invitation. It needs one unvaccinated child and a crowded room.",
        IWANICKI,
        "direct",
        "said",
        "Iwanicki",
    ),
    p(
        "the first case, an 8-year-old who had returned from a family trip abroad, was confirmed "
        "on Feb. 3",
        IWANICKI,
        "indirect",
        "said",
        "Iwanicki",
    ),
    p(
        "The child had attended classes at Sumner Elementary School for four days while contagious",
        IWANICKI,
        "indirect",
        "said",
        "she",
    ),
    q(
        "it had sent a team of epidemiologists to help trace contacts and that it had confirmed "
        "three cases in two neighboring counties linked to the Pruett outbreak",
        KDHE,
        "indirect",
        "said",
        "The Kansas Department of Health and Environment",
        country="US",
    ),
    p("the thing that keeps me awake at night.", PETTIGREW, "partial", "said", PETTIGREW_SRC),
    p(
        "Vaccination rates in parts of southwest Kansas have fallen below 85%",
        PETTIGREW,
        "indirect",
        "said",
        "she",
    ),
    q(
        "95% is needed to stop the virus spreading",
        None,
        "indirect",
        "say",
        "Health officials",
        country="US",
    ),
    q(
        "measles cases nationwide had already passed last year's total",
        CDC,
        "indirect",
        "said in a health advisory",
        "The Centers for Disease Control and Prevention",
        country="US",
    ),
    p(
        "Sumner Elementary would keep about 60 unvaccinated students home until at least March 1",
        QUENBY,
        "indirect",
        "said",
        QUENBY_SRC,
    ),
    p(
        "I know this is hard on families. I have parents calling me in tears, and I understand it,",
        QUENBY,
        "direct",
        "said",
        "Quenby",
    ),
    p("But I can't have a second classroom go down.", QUENBY, "direct", "said", "Quenby"),
    p(
        "the county had offered free vaccines at the school on Saturday and that Quenby had "
        "sent letters home to every family",
        IWANICKI,
        "indirect",
        "said",
        "Iwanicki",
    ),
    p(
        "We had 212 people come through in six hours. That's the best news I've had all month,",
        IWANICKI,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had not vaccinated them because an older child had a bad reaction to a vaccine "
        "years ago",
        DORSCH,
        "indirect",
        "said",
        DORSCH_SRC,
    ),
    p(
        "a punishment for a choice the state says we're allowed to make.",
        DORSCH,
        "partial",
        "said",
        "She",
    ),
    p(
        "She has not taken her to a grocery store in two weeks",
        PENHALLOW,
        "indirect",
        "said",
        "she",
    ),
    p("I'm not angry at anyone's mom. I'm scared,", PENHALLOW, "direct", "said", "Penhallow"),
    p(
        "I just want people to understand that their choice doesn't stay in their house.",
        PENHALLOW,
        "direct",
        "said",
        "Penhallow",
    ),
    p(
        "she would keep her sons home and teach them herself until the exclusion ended",
        DORSCH,
        "indirect",
        "said",
        "Dorsch",
    ),
    p(
        "the district would send home weekly packets of work and that teachers would hold video "
        "lessons twice a week",
        QUENBY,
        "indirect",
        "said",
        "Quenby",
    ),
    p("every kid back in a seat", QUENBY, "partial", "said", "She"),
    q(
        "it had set up a separate entrance for patients with fever and a rash and had postponed "
        "elective surgeries for children",
        PRMC,
        "indirect",
        "said in a statement",
        "Pruett Regional Medical Center",
        country="US",
    ),
    q(
        "staff had been asked to bring proof of their own vaccinations to work by Friday",
        None,
        "indirect",
        "said",
        NURSE_SRC,
        country="US",
        org=PRMC,
    ),
    q(
        "the line had stretched around the building by 8 a.m.",
        None,
        "indirect",
        "said",
        "Parents waiting outside the clinic at Sumner on Saturday",
        country="US",
    ),
    p(
        "My husband said we'd wait and see, and then we saw,",
        VOIGHT,
        "direct",
        "said",
        VOIGHT_SRC,
    ),
    p(
        "Honestly, the pictures on the news did what the pediatrician couldn't.",
        VOIGHT,
        "direct",
        "said",
        VOIGHT_SRC,
    ),
    p(
        "the state would open two more free clinics in the county this week",
        PETTIGREW,
        "indirect",
        "said",
        "Pettigrew",
    ),
    p(
        "she had asked Iwanicki to report new cases daily rather than weekly",
        PETTIGREW,
        "indirect",
        "said",
        "She",
    ),
    p(
        "the county expected more cases over the next two weeks",
        IWANICKI,
        "indirect",
        "said",
        "Iwanicky",
    ),
    p("If your child has a fever and a rash, call ahead,", IWANICKI, "direct", "said", "she"),
    p("Do not walk into a waiting room.", IWANICKI, "direct", "said", "she"),
    p(
        "And if you are on the fence about the shot, I will sit down with you myself. I mean that.",
        IWANICKI,
        "direct",
        "said",
        "she",
    ),
]

# --- a Japan–South Korea summit in Tokyo (Yonhap style, straight "double quotes") ---------
PRESIDENTIAL_OFFICE = "presidential office"
HAN = {"speaker": "Han Do-yoon", "role": "President", "country": "KR"}
SAWAMURA = {"speaker": "Kenji Sawamura", "role": "Prime Minister", "country": "JP"}
OGURA = {"speaker": "Takeshi Ogura", "role": "Chief Cabinet Secretary", "country": "JP"}
SEO = {"speaker": "Seo Ji-hye", "role": "Foreign Minister", "country": "KR"}
ARATANI = {"speaker": "Yumiko Aratani", "role": "Foreign Minister", "country": "JP"}
KANG = {"speaker": "Kang Yu-jin", "role": "presidential spokesperson", "country": "KR"}
LIM = {"speaker": "Lim Soon-ja", "country": "KR"}
OGURA_SRC = "Tokyo's top government spokesman, Chief Cabinet Secretary Takeshi Ogura"
OFFICIAL_SRC = "A senior South Korean government official"
LIM_SRC = "Lim Soon-ja, whose father was taken to work in a coal mine in Fukuoka in 1943"

SUMMIT_Q = [
    q(
        "President Han Do-yoon and Japanese Prime Minister Kenji Sawamura agreed Friday to share "
        "real-time missile warning data and to resume annual reciprocal visits",
        None,
        "indirect",
        "said",
        "the presidential office",
        country="KR",
        org=PRESIDENTIAL_OFFICE,
    ),
    q("new starting point", None, "partial", "called", "both sides"),
    p(
        "can no longer afford to let the past hold the future hostage.",
        HAN,
        "partial",
        "told a joint news conference",
        "Han",
    ),
    p(
        "Our peoples have suffered from this history, and we will not pretend otherwise,",
        HAN,
        "direct",
        "said through an interpreter",
        "Han",
    ),
    p(
        "But the threats around us do not wait for us to finish our arguments.",
        HAN,
        "direct",
        "said through an interpreter",
        "Han",
    ),
    p("sincerely face", SAWAMURA, "partial", "said", "Sawamura"),
    p(
        "his government upheld the positions of previous Cabinets on the colonial period",
        SAWAMURA,
        "indirect",
        "said",
        "Sawamura",
    ),
    p(
        "Japan and South Korea are neighbors that cannot move away from each other,",
        SAWAMURA,
        "direct",
        "said",
        "Sawamura",
    ),
    p(
        "It would be a failure of leadership if we did not work together.",
        SAWAMURA,
        "direct",
        "said",
        "Sawamura",
    ),
    q(
        "within seconds, not minutes.",
        None,
        "partial",
        "told reporters",
        OFFICIAL_SRC,
        country="KR",
    ),
    q(
        "Washington had been briefed in advance",
        None,
        "indirect",
        "said",
        "The official",
        country="KR",
    ),
    q("strongly welcomed", None, "partial", "said", "The official", country="KR"),
    p(
        "as early as this summer.",
        OGURA,
        "partial",
        "told a regular news conference",
        OGURA_SRC,
    ),
    p("concrete steps", SEO, "partial", "said", "Seo"),
    p("consistent", ARATANI, "partial", "told Japanese reporters", "Aratani"),
    p(
        "had been settled under a 1965 treaty that normalized relations",
        ARATANI,
        "indirect",
        "told Japanese reporters",
        "Aratani",
    ),
    p("the two ministers had agreed to keep talking", SEO, "indirect", "said", "Seo"),
    p(
        "We did not solve history in one afternoon. Nobody expected us to,",
        SEO,
        "direct",
        "said",
        "she",
    ),
    q(
        "the two governments would double the annual quota of working-holiday visas to 20,000 "
        "and launch a joint fund for hydrogen research",
        "Seoul",
        "indirect",
        "said in a fact sheet",
        "Seoul",
        country="KR",
    ),
    p(
        "the leaders had also discussed North Korea's deepening military cooperation with "
        "Russia, and would raise it at next month's Group of Seven summit",
        KANG,
        "indirect",
        "said",
        "Presidential spokesperson Kang Yu-jin",
    ),
    p(
        "The two leaders spent more time talking about the future than about the past, and that "
        "is new.",
        KANG,
        "direct",
        "put it",
        "Kang",
    ),
    q(
        "Sawamura will make a return visit to Seoul in the autumn",
        "Kyodo News",
        "indirect",
        "reported",
        "Japan's Kyodo News agency",
        country="JP",
    ),
    q("traded justice for missiles.", None, "partial", "said", "They", country="KR"),
    p(
        "I have waited 80 years for one honest sentence from Tokyo,",
        LIM,
        "direct",
        "said",
        LIM_SRC,
    ),
    p("I will not live long enough to wait another 80.", LIM, "direct", "said", LIM_SRC),
    q(
        "Tokyo should not reopen a question it regards as closed",
        None,
        "indirect",
        "warned",
        "Some conservative lawmakers in Sawamura's ruling party",
        country="JP",
    ),
    p("fully understands", OGURA, "partial", "said", "the chief Cabinet secretary"),
    p(
        "would not change its legal position",
        OGURA,
        "indirect",
        "said",
        "the chief Cabinet secretary",
    ),
    p(
        "he had accepted an invitation to attend the opening of a memorial exhibition in Busan "
        "next year",
        SAWAMURA,
        "indirect",
        "told the news conference",
        "Sawamara",
    ),
    p("a place to grieve together, not to argue.", SAWAMURA, "partial", "calling", "Sawamara"),
    p("he would hold Japan to its word", HAN, "indirect", "said", "Han"),
    p(
        "Words are the beginning. I will judge this by what our young people think of each "
        "other 10 years from now,",
        HAN,
        "direct",
        "said",
        "he",
    ),
    p(
        "If they can travel, study and work in each other's country without thinking twice, we "
        "will have done our job.",
        HAN,
        "direct",
        "said",
        "he",
    ),
    p("If not, they will be right to blame us.", HAN, "direct", "said", "he"),
]

# --- a tennis player's retirement news conference (sports wire, no dateline, ‘singles’) ----
ATP = "Association of Tennis Professionals"
VILARO = {"speaker": "Marc Vilaró", "country": "ES"}
# round 24: the undated tennis story names several countries, so (as the conventions
# leave such a story, probe r22c) only a nationality the text writes gives a country: the
# uncle, the physiotherapist and the fans none (were ES)
JORDI = {"speaker": "Jordi Vilaró", "role": "uncle"}
TIERNEY = {"speaker": "Lachlan Tierney", "country": "AU"}
RADENOVIC = {"speaker": "Nikola Radenović", "country": "RS"}
FERRUS = {"speaker": "Albert Ferrús", "role": "Davis Cup captain", "country": "ES"}
CASTELLVI = {"speaker": "Carla Castellví", "role": "physiotherapist"}
TIERNEY_SRC = "Lachlan Tierney, who beat Vilaró in the 2021 Australian Open final"
ATP_SRC = "The Association of Tennis Professionals (ATP)"
FERRUS_SRC = "Spain’s Davis Cup captain, Albert Ferrús"

TENNIS_Q = [
    p(
        "his right knee could no longer stand the demands of the tour after three operations in "
        "four years",
        VILARO,
        "indirect",
        "saying",
        "Marc Vilaró",
    ),
    p("I have been lying to myself for two years,", VILARO, "direct", "said", "Vilaró"),
    p(
        "Every morning I wake up and the first thing I think about is my knee, not my tennis. "
        "That is no way to be a player.",
        VILARO,
        "direct",
        "said",
        "Vilaró",
    ),
    p(
        "he would play one last tournament, in Valencia in October",
        VILARO,
        "indirect",
        "said",
        "He",
    ),
    p(
        "in front of the people who were there at the start",
        VILARO,
        "partial",
        "said",
        "He",
    ),
    p(
        "Tennis gave me everything. I just could not give it my knee any more.",
        VILARO,
        "direct",
        "said",
        "the 34-year-old",
    ),
    p(
        "He was a better player at 15 than I ever was, and I told him the opposite every day so "
        "he would keep working,",
        JORDI,
        "direct",
        "said",
        "the elder Vilaró",
    ),
    p("Today I can tell him the truth.", JORDI, "direct", "said", "the elder Vilaró"),
    p(
        "the decision had been taken after a scan last month showed further damage to the "
        "cartilage, and that doctors had warned that another year on the tour could leave him "
        "unable to run",
        JORDI,
        "indirect",
        "said",
        "His uncle",
    ),
    p(
        "never hated losing to anyone less",
        TIERNEY,
        "partial",
        "wrote on Instagram",
        TIERNEY_SRC,
    ),
    p("poorer and quieter", TIERNEY, "partial", "wrote on Instagram", TIERNEY_SRC),
    p(
        "See you in Valencia, mate. I’m bringing the good wine this time.",
        TIERNEY,
        "direct",
        "added",
        "The Australian",
    ),
    p(
        "Marc taught a whole generation how to defend. Some of us are still learning. Thank "
        "you, legend.",
        RADENOVIC,
        "direct",
        "posted on X",
        "The Serbian world number one, Nikola Radenović",
    ),
    q(
        "one of the most popular players of his era",
        ATP,
        "partial",
        "said in a statement",
        ATP_SRC,
    ),
    q(
        "he had won 23 titles and more than $41 million in prize money",
        ATP,
        "indirect",
        "said in a statement",
        ATP_SRC,
    ),
    p("the heart of the team", FERRUS, "partial", "said", FERRUS_SRC),
    p(
        "the federation would ask him to work with its junior squads",
        FERRUS,
        "indirect",
        "said",
        "He",
    ),
    p("be bored for a while", VILARO, "partial", "said", "Vilaró"),
    p(
        "My wife says I have never been bored in my life, so we will see how long that lasts,",
        VILARO,
        "direct",
        "said",
        "he",
    ),
    p(
        "kept me on the court when the scans said I should be in bed",
        VILARO,
        "partial",
        "said",
        "he",
    ),
    p(
        "a negotiation with pain, every single day",
        CASTELLVI,
        "partial",
        "said",
        "Castellví",
    ),
    p(
        "When I was 11, my uncle told me, “You will never have the biggest serve, so you will "
        "need the biggest heart,”",
        VILARO,
        "direct",
        "said",
        "the Spaniard",
    ),
    p("I did not understand what he meant.", VILARO, "direct", "said", "the Spaniard"),
    p(
        "I think I understand now. The heart lasted longer than the knee.",
        VILARO,
        "direct",
        "said",
        "the Spaniard",
    ),
    q(
        "they had queued since dawn to get a seat in the room",
        None,
        "indirect",
        "said",
        "Fans who had gathered outside the club, some holding Spanish flags",
    ),
    q(
        "tickets for the Valencia event in October had sold out within an hour",
        ATP,
        "indirect",
        "said",
        "The ATP",
    ),
    p(
        "he would stay in Valencia with his family and that he had no plans to leave the sport "
        "completely",
        VILARO,
        "indirect",
        "said",
        "Villaró",
    ),
    p(
        "Tennis is not finished with me, and I am not finished with tennis,",
        VILARO,
        "direct",
        "said",
        "he",
    ),
    p("We are just going to see each other a little less.", VILARO, "direct", "said", "he"),
]

DOCS = [
    ("heldout21-court-sydney-one-punch-manslaughter-sentence", "SYDNEY", COURT_Q),
    ("heldout21-earnings-trelliant-ai-networking-chips-call", None, EARNINGS_Q),
    ("heldout21-health-pruett-county-measles-outbreak", None, MEASLES_Q),
    ("heldout21-diplomacy-tokyo-japan-korea-summit", "TOKYO", SUMMIT_Q),
    ("heldout21-sport-tennis-vilaro-retirement", None, TENNIS_Q),
]


# Round 24 (retired): the round-23 convention, an organisation speaking is its own
# organisation (heldout_gold.own_organisation; a capital acting as a government, Seoul,
# has none)
SPEAKING_BODIES = (
    "Association of Tennis Professionals",
    "Centers for Disease Control and Prevention",
    "Data Center Operators Association",
    "Kansas Department of Health and Environment",
    "Kyodo News",
    "Pruett Regional Medical Center",
    "Still Standing Foundation",
    "Trelliant Semiconductor Holdings Inc.",
)


def main():
    write_gold(
        HERE,
        "heldout21_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout21",
        source="quotesdb held-out 21 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
