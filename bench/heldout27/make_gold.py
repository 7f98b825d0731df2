"""Build heldout27_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout23 and of decisions 1-10 of
articles/attribution/README.md (see bench/heldout27/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout27/make_gold.py   # writes bench/heldout27/heldout27_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a film censorship board's cuts to a Penang drama (Malay Mail style, dateline
# `KUALA LUMPUR, Feb 12 —`, curly “double quotes” and curly apostrophes, `said today`,
# punctuation outside closing partials) --------------------------------------------------
LPF = "Film Censorship Board"
SELAT = "Selat Pictures Sdn Bhd"
IFN = "Independent Filmmakers Network"
HARIMAU = "Harimau Screens"
NURUL = {"speaker": "Nurul Ain Hashim", "role": "director", "country": "MY"}
LIM = {"speaker": "Lim Wei Kiat", "role": "chief executive", "country": "MY", "org": SELAT}
AHMAD = {"speaker": "Ahmad Faizal Rahim", "role": "film critic", "country": "MY"}
IFN_BODY = {"speaker": IFN, "country": "MY"}
KAVITHA = {"speaker": "Kavitha Raman", "role": "convenor", "country": "MY", "org": IFN}
HARIMAU_BODY = {"speaker": HARIMAU, "country": "MY"}
TAN = {"speaker": "Tan Boon Huat", "role": "general manager", "country": "MY", "org": HARIMAU}

CENSORSHIP_Q = [
    p(
        "The Film Censorship Board (LPF) has ordered 11 cuts to a Penang-set drama about a "
        "fisherman’s widow, weeks before its planned release",
        NURUL,
        "indirect",
        "said",
        "the film’s director",
    ),
    p(
        "the board’s letter, dated February 3, listed scenes of a mosque sermon, two arguments "
        "between the widow and her brother-in-law and a brief shot of a beer can on a jetty",
        NURUL,
        "indirect",
        "told",
        "Nurul Ain Hashim, 41,",
    ),
    p(
        "They have taken out the heart of the film. What is left no longer makes sense as a story,",
        NURUL,
        "direct",
        "said",
        "she",
    ),
    p(
        "the company would appeal to the Film Appeal Committee and had asked its distributor to "
        "hold back posters and trailers until the outcome",
        LIM,
        "indirect",
        "said",
        "Selat Pictures chief executive Lim Wei Kiat",
    ),
    p(
        "We submitted the film in good faith and we followed every guideline we were given. We "
        "will fight for every one of those scenes,",
        LIM,
        "direct",
        "said",
        "Lim",
    ),
    p("the appeal could take up to two months", LIM, "indirect", "According to", "Lim"),
    q(
        "in line with existing guidelines on religious sensitivity",
        None,
        "partial",
        "said",
        "A board official",
        role="official",
        country="MY",
        org=LPF,
    ),
    q(
        "the producers had been told of the concerns in December",
        None,
        "indirect",
        "said",
        "A board official",
        role="official",
        country="MY",
        org=LPF,
    ),
    p(
        "the most restrained five minutes in Malaysian cinema this decade",
        AHMAD,
        "partial",
        "said",
        "Film critic Ahmad Faizal Rahim",
    ),
    p(
        "If this scene is a threat, then I do not know what kind of film can be made here,",
        AHMAD,
        "direct",
        "said",
        "he",
    ),
    p(
        "far more mature than the board gives them credit for",
        AHMAD,
        "partial",
        "added",
        "He",
    ),
    p(
        "the cuts were the fifth such order against a local film since June",
        IFN_BODY,
        "indirect",
        "said",
        "The Independent Filmmakers Network, which represents about 300 directors and producers",
    ),
    p(
        "to publish the board’s guidelines in full",
        IFN_BODY,
        "indirect",
        "urged",
        "The Independent Filmmakers Network, which represents about 300 directors and producers",
    ),
    p(
        "secretive from start to finish",
        KAVITHA,
        "partial",
        "said",
        "Its convenor, Dr Kavitha Raman",
    ),
    p(
        "Nobody tells you which rule you broke. You get a list of minutes and seconds,",
        KAVITHA,
        "direct",
        "said",
        "she",
    ),
    p(
        "she had not expected the mosque scene to be flagged, as the sermon had been read by a "
        "religious adviser during filming",
        NURUL,
        "indirect",
        "said",
        "Nurul Ain",
    ),
    p(
        "My own uncle is an imam. He read the script before anyone else did,",
        NURUL,
        "direct",
        "said",
        "she",
    ),
    p(
        "it would keep the March 6 date open for now",
        HARIMAU_BODY,
        "indirect",
        "said",
        "The film’s distributor, Harimau Screens",
    ),
    p("very patient", TAN, "partial", "said", "Its general manager, Tan Boon Huat"),
    p(
        "would need an answer by the end of the month",
        TAN,
        "indirect",
        "said",
        "Its general manager, Tan Boon Huat",
    ),
    p("I would rather it sat on a shelf.", NURUL, "direct", "said", "Nurul Ain"),
]

# --- a run on a Nyeri savings co-operative (The Standard (Kenya) style, no dateline,
# straight "double quotes" and apostrophes, punctuation inside closing partials, `Sh`,
# `yesterday`) -----------------------------------------------------------------------
MLIMA = "Mlima Farmers Sacco"
CKCGU = "Central Kenya Coffee Growers Union"
GACHANJA = {
    "speaker": "Peter Mwangi Gachanja",
    "role": "chief executive",
    "country": "KE",
    "org": MLIMA,
}
MUTHONI = {"speaker": "Esther Wanjiru Muthoni", "role": "tea farmer", "country": "KE"}
KAMAU = {"speaker": "Kamau", "role": "boda boda rider", "country": "KE"}
OUMA = {
    "speaker": "David Otieno Ouma",
    "role": "financial analyst",
    "country": "KE",
    "org": "Kilele Capital",
}
MLIMA_BODY = {"speaker": MLIMA, "country": "KE"}
CKCGU_BODY = {"speaker": CKCGU, "country": "KE"}
MAINA = {"speaker": "Joseph Kiragu Maina", "role": "chairman", "country": "KE", "org": CKCGU}

LENDER_Q = [
    p("it had run short of cash", MLIMA_BODY, "indirect", "saying", "the lender"),
    p("once liquidity improves.", MLIMA_BODY, "partial", "said", "The Sacco"),
    p(
        "the Sacco had lent too heavily to members building rental houses and that loan "
        "repayments had fallen sharply since coffee prices dropped in October",
        GACHANJA,
        "indirect",
        "told",
        "Chief executive Peter Mwangi Gachanja",
    ),
    p(
        "Members' money is safe. It is in loans, not in anybody's pocket,",
        GACHANJA,
        "direct",
        "said",
        "Gachanja",
    ),
    p(
        "What we do not have this week is cash in the banking hall.",
        GACHANJA,
        "direct",
        "said",
        "Gachanja",
    ),
    p(
        "the board had applied for a Sh200 million loan from a commercial bank and expected an "
        "answer by Friday",
        GACHANJA,
        "indirect",
        "said",
        "He",
    ),
    p(
        "she had come to withdraw Sh48,000 to pay school fees for two grandchildren",
        MUTHONI,
        "indirect",
        "said",
        "Esther Wanjiru Muthoni, 63, a tea farmer from Othaya, who",
    ),
    p(
        "I have saved here since 1998. Now they tell me to come back next week, and next week "
        "the school will send the children home,",
        MUTHONI,
        "direct",
        "said",
        "she",
    ),
    p(
        "the queue had started forming before 5am",
        KAMAU,
        "indirect",
        "said",
        "Another member, a boda boda rider who gave his name only as Kamau",
    ),
    p("Some people slept here,", KAMAU, "direct", "said", "he"),
    p(
        "rural Saccos had grown faster than their controls, with many lending long-term against "
        "deposits that members could withdraw at short notice",
        OUMA,
        "indirect",
        "said",
        "David Otieno Ouma, a financial analyst at Nairobi-based Kilele Capital",
    ),
    p(
        "This is a classic mismatch. A Sacco can be solvent on paper and still be unable to pay "
        "on a Tuesday,",
        OUMA,
        "direct",
        "said",
        "he",
    ),
    p(
        "a run at one lender often spread to others in the same county",
        OUMA,
        "indirect",
        "adding",
        "he",
    ),
    p(
        "not to withdraw savings from other Saccos out of panic",
        CKCGU_BODY,
        "indirect",
        "urged",
        "The Central Kenya Coffee Growers Union (CKCGU), whose members hold accounts at Mlima",
    ),
    p("full confidence", CKCGU_BODY, "partial", "said", "CKCGU"),
    p(
        "would hold meetings with members in Karatina and Othaya this week",
        CKCGU_BODY,
        "indirect",
        "said",
        "CKCGU",
    ),
    p(
        "several members had already moved money to banks in Nyeri town",
        MAINA,
        "indirect",
        "said",
        "Its chairman, Joseph Kiragu Maina",
    ),
    p("Trust takes 30 years to build and two days to lose,", MAINA, "direct", "said", "he"),
    q(
        "staff had been told to direct all questions to the head office",
        None,
        "indirect",
        "said",
        "A teller, who asked not to be named because she was not allowed to speak to the press",
        role="teller",
        country="KE",
        org=MLIMA,
    ),
    p(
        "the Sacco would pay out up to Sh10,000 per member from Thursday",
        GACHANJA,
        "indirect",
        "said",
        "Gachanja",
    ),
    p("We are asking for patience, not forgiveness,", GACHANJA, "direct", "said", "he"),
]

# --- an appeals court's ruling on wildfire smoke claims (Los Angeles Times style, dateline
# `SACRAMENTO —`, curly “double quotes” and curly apostrophes, punctuation inside closing
# partials, `Co.`, `3-0`) -------------------------------------------------------------------
COURT = "3rd District Court of Appeal"
SIERRA = "Sierra Crest Mutual Insurance Co."
FAIR = "Fair Claims California"
WIC = "Western Insurers Council"
COURT_BODY = {"speaker": COURT, "country": "US"}
OKAFOR = {"speaker": "Maria Okafor-Delgado", "role": "Justice", "country": "US", "org": COURT}
SIERRA_BODY = {"speaker": SIERRA, "country": "US"}
WHITFIELD = {"speaker": "Dana Whitfield", "role": "spokeswoman", "country": "US", "org": SIERRA}
ESQUIVEL = {"speaker": "Raymond Esquivel", "role": "Attorney", "country": "US"}
LINDQVIST = {"speaker": "Karen Lindqvist", "role": "schoolteacher", "country": "US"}
CASTELLANOS = {
    "speaker": "Amy Castellanos",
    "role": "executive director",
    "country": "US",
    "org": FAIR,
}
WIC_BODY = {"speaker": WIC, "country": "US"}
PRYCE = {"speaker": "Gordon Pryce", "role": "president", "country": "US", "org": WIC}
MATSUDA = {
    "speaker": "Erin Matsuda",
    "role": "professor of insurance law",
    "country": "US",
    "org": "UC Davis School of Law",
}

INSURANCE_Q = [
    p(
        "Sierra Crest Mutual Insurance Co.’s standard homeowner policy, which covers “direct "
        "physical loss,” did not exclude damage from smoke that entered homes miles from the "
        "flames",
        COURT_BODY,
        "indirect",
        "found",
        "the 3rd District Court of Appeal",
    ),
    p(
        "Smoke that coats a child’s bedroom in soot and leaves it unlivable for months is not a "
        "cosmetic inconvenience,",
        OKAFOR,
        "direct",
        "wrote",
        "Justice Maria Okafor-Delgado",
    ),
    p(
        "smoke residue could be cleaned and was not a physical loss",
        SIERRA_BODY,
        "indirect",
        "argued",
        "Sierra Crest, based in Rancho Cordova,",
    ),
    p(
        "reviewing the decision",
        WHITFIELD,
        "partial",
        "said",
        "Sierra Crest spokeswoman Dana Whitfield",
    ),
    p(
        "had not decided whether to ask the California Supreme Court to take the case",
        WHITFIELD,
        "indirect",
        "said",
        "Sierra Crest spokeswoman Dana Whitfield",
    ),
    p(
        "We have always paid for smoke damage where there is a physical change to the property. "
        "Our disagreement is about where that line sits,",
        WHITFIELD,
        "direct",
        "said",
        "she",
    ),
    p(
        "a map for every family that has been told smoke doesn’t count.",
        ESQUIVEL,
        "partial",
        "called",
        "Attorney Raymond Esquivel, who represents the homeowners,",
    ),
    p(
        "his clients had waited more than a year while paying for cleaning and temporary "
        "housing themselves",
        ESQUIVEL,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the smell returned every time the heater came on",
        LINDQVIST,
        "indirect",
        "said",
        "One of them, Karen Lindqvist, a schoolteacher in Pollock Pines,",
    ),
    p(
        "You scrub the walls, and two weeks later it’s back. My grandson couldn’t sleep in that "
        "room,",
        LINDQVIST,
        "direct",
        "said",
        "she",
    ),
    q(
        "the ruling could affect thousands of claims across the state",
        None,
        "indirect",
        "said",
        "Consumer advocates",
        country="US",
    ),
    p(
        "insurers had increasingly relied on narrow readings of what counts as physical loss "
        "since the 2020 fire season",
        CASTELLANOS,
        "indirect",
        "said",
        "Amy Castellanos, executive director of the consumer group Fair Claims California,",
    ),
    p(
        "This tells insurers they can’t write one thing in the policy and pay out on another,",
        CASTELLANOS,
        "direct",
        "said",
        "Castellanos",
    ),
    p(
        "the decision would raise premiums in fire-prone areas",
        WIC_BODY,
        "indirect",
        "warned",
        "The Western Insurers Council, which represents 40 home and auto insurers,",
    ),
    p(
        "on the basis of the contract as written, not as reinterpreted years later.",
        PRYCE,
        "partial",
        "said",
        "Its president, Gordon Pryce,",
    ),
    q(
        "the ruling is binding on trial courts across the state unless it is overturned",
        None,
        "indirect",
        "said",
        "Legal experts",
        country="US",
    ),
    p(
        "It isn’t the last word, but it is a loud one,",
        MATSUDA,
        "direct",
        "said",
        "Erin Matsuda, a professor of insurance law at UC Davis School of Law",
    ),
    p(
        "he expected Sierra Crest to begin reopening claims within 60 days",
        ESQUIVEL,
        "indirect",
        "said",
        "Esquivel",
    ),
    p(
        "If they want to go to the Supreme Court, we’ll be there too,",
        ESQUIVEL,
        "direct",
        "said",
        "he",
    ),
]

# --- a city's challenge to a federal population estimate (state and local government
# trade-site style, no dateline, straight "double quotes" and apostrophes, `Wash.`, `1.1%`)
MDC = "Municipal Data Collaborative"
VILLASENOR = {"speaker": "Teresa Villaseñor", "role": "Mayor", "country": "US"}
OSTRANDER = {"speaker": "Miguel Ostrander", "role": "planning director", "country": "US"}
MDC_BODY = {"speaker": MDC, "country": "US"}
SUNDARAM = {"speaker": "Priya Sundaram", "role": "research director", "country": "US", "org": MDC}
KESSLER = {"speaker": "Brad Kessler", "role": "Council member", "country": "US"}
ELIZONDO = {"speaker": "Rosa Elizondo", "country": "US"}

CENSUS_Q = [
    q(
        "the bureau missed about 6,200 residents, most of them in farmworker housing and "
        "converted garages that never made it onto federal address lists",
        None,
        "indirect",
        "say",
        "City officials",
        country="US",
    ),
    p(
        "We have more kids in our schools, more water meters and more garbage accounts than we "
        "did two years ago, and the federal number says we shrank,",
        VILLASENOR,
        "direct",
        "said",
        "Mayor Teresa Villaseñor",
    ),
    p(
        "That doesn't add up, and it costs us real money.",
        VILLASENOR,
        "direct",
        "said",
        "Mayor Teresa Villaseñor",
    ),
    p(
        "the city stands to lose about $9 million over the next decade if the estimate stands",
        VILLASENOR,
        "indirect",
        "said",
        "Villaseñor",
    ),
    p(
        "most of the missed homes were added after 2020 without permits, often by landlords "
        "renting to seasonal orchard workers",
        OSTRANDER,
        "indirect",
        "said",
        "Planning director Miguel Ostrander",
    ),
    p(
        "These are not hidden people. They pick the apples everybody buys,",
        OSTRANDER,
        "direct",
        "said",
        "he",
    ),
    p(
        "At least 11 cities filed challenges last year",
        MDC_BODY,
        "indirect",
        "according to",
        "a tally by the Municipal Data Collaborative, a nonprofit that advises local "
        "governments on demographic data",
    ),
    p(
        "cities with large immigrant and agricultural populations had the most to lose because "
        "their housing changes faster than federal records",
        SUNDARAM,
        "indirect",
        "said",
        "The collaborative's research director, Priya Sundaram,",
    ),
    p(
        "The estimates are built on administrative data, and administrative data lags wherever "
        "people live informally,",
        SUNDARAM,
        "direct",
        "said",
        "she",
    ),
    p(
        "chasing a number that may not move.",
        KESSLER,
        "partial",
        "said",
        "City Council member Brad Kessler, who voted against funding the survey,",
    ),
    p(
        "If we win, great. But we could have hired two more officers for that money,",
        KESSLER,
        "direct",
        "said",
        "Kessler",
    ),
    p(
        "some families had been reluctant to answer the survey",
        ELIZONDO,
        "indirect",
        "said",
        "Rosa Elizondo, who runs a tenants' group in east Yakima,",
    ),
    p(
        "volunteers went back to some doors three or four times and had to explain that the "
        "information would not be shared with immigration authorities",
        ELIZONDO,
        "indirect",
        "said",
        "She",
    ),
    p(
        "People were afraid. Once they understood why it mattered, most of them opened the door,",
        ELIZONDO,
        "direct",
        "said",
        "she",
    ),
    p("the city expects a decision by spring", VILLASENOR, "indirect", "said", "Villaseñor"),
    p("We're not asking for a favor,", VILLASENOR, "direct", "said", "she"),
    p("We're asking them to count the people who are here.", VILLASENOR, "direct", "said", "she"),
]

# --- a charity prize draw's false win messages (Irish Independent style, no dateline, curly
# ‘single quotes’ with curly apostrophes, `Mr` / `Ms` without a full stop, `TD`, `€`) ----------
CLOVERLINE = "Cloverline Gaming"
HOSPICE = "Midlands Hospice Foundation"
CLOVERLINE_BODY = {"speaker": CLOVERLINE, "country": "IE"}
MOLONEY = {
    "speaker": "Ciarán Moloney",
    "role": "chief executive",
    "country": "IE",
    "org": CLOVERLINE,
}
COSTIGAN = {"speaker": "Deirdre Costigan", "role": "hairdresser", "country": "IE"}
CEALLAIGH = {"speaker": "Pádraig Ó Ceallaigh", "role": "TD", "country": "IE", "org": "Sinn Féin"}
FAHY = {"speaker": "Gráinne Fahy", "role": "fundraising manager", "country": "IE", "org": HOSPICE}

LOTTERY_Q = [
    p(
        "a software update had matched tickets against the previous week’s numbers",
        CLOVERLINE_BODY,
        "indirect",
        "said",
        "Cloverline Gaming, which runs the weekly Lucky Seven charity draw for 14 hospice and "
        "sports charities,",
    ),
    p("entirely ours", MOLONEY, "partial", "said", "Its chief executive, Ciarán Moloney,"),
    p(
        "no charity would lose money as a result",
        MOLONEY,
        "indirect",
        "said",
        "Its chief executive, Ciarán Moloney,",
    ),
    p(
        "We let people down on a Saturday night when they thought they’d had a bit of luck. "
        "I’m sorry for that, and we’ll make it right,",
        MOLONEY,
        "direct",
        "said",
        "he",
    ),
    p(
        "every player affected would receive a €20 credit and a free entry to next week’s draw, "
        "and that the company had commissioned an independent review of its testing procedures",
        MOLONEY,
        "indirect",
        "said",
        "Mr Moloney",
    ),
    p(
        "she had been told she had won €500 and had booked a weekend away for her mother before "
        "the message was withdrawn",
        COSTIGAN,
        "indirect",
        "said",
        "Deirdre Costigan, a hairdresser from Mullingar,",
    ),
    p(
        "I rang my mam at midnight. I’ve never won anything in my life,",
        COSTIGAN,
        "direct",
        "said",
        "Ms Costigan",
    ),
    p(
        "Then at eight in the morning it’s gone, like it never happened.",
        COSTIGAN,
        "direct",
        "said",
        "Ms Costigan",
    ),
    q(
        "the app had shown confetti and a ‘claim now’ button for several hours",
        None,
        "indirect",
        "said",
        "Another player, who asked not to be named,",
        country="IE",
    ),
    p(
        "without further delay",
        CEALLAIGH,
        "partial",
        "said",
        "Sinn Féin TD Pádraig Ó Ceallaigh, the party’s spokesperson on gambling,",
    ),
    p(
        "If a bank told 2,400 customers they had money in their account and then took it back, "
        "there would be consequences,",
        CEALLAIGH,
        "direct",
        "said",
        "he",
    ),
    p(
        "the draw raised about €40,000 a month for its home-care nurses",
        FAHY,
        "indirect",
        "said",
        "whose fundraising manager, Gráinne Fahy,",
    ),
    p(
        "Our worry is that people lose trust in the draw and stop playing. That would hurt "
        "patients, not the company,",
        FAHY,
        "direct",
        "said",
        "she",
    ),
    p(
        "the foundation had received dozens of calls from confused players on Sunday",
        FAHY,
        "indirect",
        "added",
        "She",
    ),
    p(
        "the review, by the Dublin consultancy Harcourt Assurance, would be published within "
        "six weeks",
        CLOVERLINE_BODY,
        "indirect",
        "said",
        "Cloverline",
    ),
    p("he would not take his annual bonus this year", MOLONEY, "indirect", "said", "Mr Moloney"),
    p(
        "We will look at every case. I’m not going to promise something I can’t deliver today.",
        MOLONEY,
        "direct",
        "said",
        "he",
    ),
]

DOCS = [
    ("heldout27-censorship-malaysia-penang-drama-eleven-cuts", "KUALA LUMPUR", CENSORSHIP_Q),
    ("heldout27-lender-kenya-nyeri-sacco-withdrawals-frozen", None, LENDER_Q),
    (
        "heldout27-insurance-california-ridgeback-fire-smoke-claims-ruling",
        "SACRAMENTO",
        INSURANCE_Q,
    ),
    ("heldout27-census-washington-yakima-population-estimate-challenge", None, CENSUS_Q),
    ("heldout27-lottery-ireland-lucky-seven-app-false-wins", None, LOTTERY_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (IFN, HARIMAU, MLIMA, CKCGU, COURT, SIERRA, WIC, MDC, CLOVERLINE)


def main():
    write_gold(
        HERE,
        "heldout27_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout27",
        source="quotesdb held-out 27 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
