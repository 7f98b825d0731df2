"""Build probes_r22a_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout18 (see bench/heldout18/README.md) and of bench/probes/r21a. Each quote is
located by searching its exact text after the previous quote's end.

    python3 bench/probes/r22a/make_gold.py   # writes probes_r22a_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- UN climate summit deadlocked over finance (AFP style, straight "double quotes") ----
MENSAH = {"speaker": "Efua Mensah-Korte", "role": "climate chief", "org": "UN"}
VANDERSLOOT = {
    "speaker": "Henrik Vandersloot",
    "role": "lead negotiator",
    "org": "EU",
}
LIU = {"speaker": "Liu Wenbo", "role": "chief negotiator", "country": "CN"}
TAUILIILI = {
    "speaker": "Losa Tauiliili",
    "role": "environment minister",
    "country": "WS",
    "org": "Alliance of Small Island States",
}
MEHROTRA = {"speaker": "Arjun Mehrotra", "role": "environment secretary", "country": "IN"}
RAO = {"speaker": "Kavita Rao", "role": "deputy environment secretary", "country": "IN"}
RAMAN = {"speaker": "Priya Raman", "org": "Climate Equity Network"}
AOSIS = "Alliance of Small Island States"
CEN = "Climate Equity Network"

CLIMATE_Q = [
    q("a joke.", None, "partial", "calling", "developing countries"),
    p(
        "We came here to close a gap, not to paper over it,",
        MENSAH,
        "direct",
        "told",
        "the UN's climate chief, Efua Mensah-Korte",
    ),
    p(
        "Nobody leaves Baku happy if nobody leaves Baku with a deal.",
        MENSAH,
        "direct",
        "told",
        "the UN's climate chief, Efua Mensah-Korte",
    ),
    p(
        "ministers had until the evening to agree on a number",
        MENSAH,
        "indirect",
        "said",
        "Mensah-Korte",
    ),
    p("every door open", MENSAH, "partial", "said", "Mensah-Korte"),
    p(
        "the bloc could go higher, but only if large emerging economies such as China also "
        "contributed",
        VANDERSLOOT,
        "indirect",
        "signalled",
        "The European Union's lead negotiator, Henrik Vandersloot",
    ),
    p("Our taxpayers will not carry this alone.", VANDERSLOOT, "direct", "put it plainly", "He"),
    p(
        "cannot become an obligation through the back door.",
        LIU,
        "partial",
        "said",
        "China's chief negotiator, Liu Wenbo",
    ),
    q(
        "ignores the science and abandons the most vulnerable,",
        AOSIS,
        "partial",
        "said",
        "The Alliance of Small Island States",
    ),
    q(
        "its members would not accept a figure below $500 billion",
        AOSIS,
        "indirect",
        "said",
        "The Alliance of Small Island States",
    ),
    p(
        "We will not sign our own death certificate,",
        TAUILIILI,
        "direct",
        "said",
        "Losa Tauiliili, Samoa's environment minister, who chairs the bloc",
    ),
    p(
        "If this is the final offer, there will be no final text.",
        TAUILIILI,
        "direct",
        "said",
        "Losa Tauiliili, Samoa's environment minister, who chairs the bloc",
    ),
    q(
        "the presidency had mishandled the week",
        None,
        "indirect",
        "said",
        "Several Latin American delegates",
    ),
    q("drafting for the oil producers.", None, "partial", "accused", "one of them"),
    q(
        "it was blocking progress",
        "Saudi Arabia",
        "indirect",
        "denied",
        "Saudi Arabia, whose delegation has resisted any language on fossil fuels",
        country="SA",
    ),
    q(
        "has engaged constructively at every stage.",
        "Energy Ministry",
        "partial",
        "said",
        "Its energy ministry",
        country="SA",
    ),
    p(
        "the trust that holds this process together will crack.",
        MEHROTRA,
        "partial",
        "warned",
        "India's environment secretary, Arjun Mehrotra",
    ),
    p("Not on these terms.", MEHROTRA, "direct", "said", "he"),
    p(
        "the gap between the blocs had narrowed since Wednesday",
        RAO,
        "indirect",
        "told",
        "She",
    ),
    p("a landing zone exists if the money is real.", RAO, "partial", "told", "She"),
    p(
        "Every hour the rich countries hold back, the bill for the islands gets bigger,",
        RAMAN,
        "direct",
        "said",
        "Priya Raman of the campaign group Climate Equity Network",
    ),
    q(
        "pledges made at earlier summits have delivered less than a third of the money that "
        "was promised",
        CEN,
        "indirect",
        "According to",
        "the group",
    ),
    p("I am not going to pretend we are close,", MENSAH, "direct", "added", "she"),
    p("But I have seen worse nights end well.", MENSAH, "direct", "added", "she"),
]

# --- Freight merger (Reuters business style, straight "double quotes") -------------------
OKONJO = {
    "speaker": "Simon Okonjo",
    "role": "Chief Executive",
    "country": "GB",
    "org": "Harwell Holdings Plc",
}
SAETHER = {
    "speaker": "Ingrid Saether",
    "role": "chief executive",
    "country": "SE",
    "org": "Norrland Freight AB",
}
DUNMORE = {
    "speaker": "Rachel Dunmore",
    "role": "transport analyst",
    "country": "GB",
    "org": "Barclays",
}
TOLLIVER = {
    "speaker": "Maureen Tolliver",
    "role": "general secretary",
    "country": "GB",
    "org": "National Union of Road and Warehouse Workers",
}
CMA = "Competition and Markets Authority"
UNION = "National Union of Road and Warehouse Workers"

MERGER_Q = [
    q(
        "British logistics group Harwell Holdings Plc agreed on Monday to buy Swedish rival "
        "Norrland Freight AB for about 4.2 billion pounds ($5.3 billion) in cash and shares",
        None,
        "indirect",
        "said",
        "the two companies",
    ),
    q(
        "Norrland shareholders will receive 0.82 new Harwell shares and 38 Swedish crowns in "
        "cash for each share they hold",
        None,
        "indirect",
        "according to",
        "a joint statement",
    ),
    p(
        "This is the deal both of us have wanted for a decade,",
        OKONJO,
        "direct",
        "told",
        "Harwell Chief Executive Simon Okonjo",
    ),
    p(
        "Together we are bigger, leaner and a lot harder to beat.",
        OKONJO,
        "direct",
        "told",
        "Harwell Chief Executive Simon Okonjo",
    ),
    p(
        "the combined group expected annual cost savings of 180 million pounds by the third year",
        OKONJO,
        "indirect",
        "said",
        "Okonjo",
    ),
    p("in the near term.", OKONJO, "partial", "said", "Okonjo"),
    p(
        "Scale is no longer optional in this industry. You grow or you get bought.",
        SAETHER,
        "direct",
        "was more blunt",
        "His counterpart at Norrland, Ingrid Saether, who will become deputy chief executive "
        "of the enlarged company",
    ),
    p(
        "Norrland's board had unanimously backed the offer and that its two largest "
        "shareholders, which together hold 27% of the stock, had agreed to vote in favour",
        SAETHER,
        "indirect",
        "added",
        "She",
    ),
    q(
        "The two companies first discussed a tie-up in 2019 but broke off talks over price",
        None,
        "indirect",
        "according to",
        "people familiar with the matter",
        country="GB",
    ),
    q(
        "it had not yet received a formal notification",
        CMA,
        "indirect",
        "said",
        "The regulator",
        country="GB",
    ),
    q("consider the transaction carefully", CMA, "partial", "said", "The regulator", country="GB"),
    q(
        "the agency expected to examine the Nordic part of the deal in parallel",
        None,
        "indirect",
        "said",
        "A spokesman for the Swedish Competition Authority",
        country="SE",
        org="Swedish Competition Authority",
    ),
    p(
        "The overlap in UK pallet distribution is significant, and I would expect the CMA to "
        "ask for disposals,",
        DUNMORE,
        "direct",
        "said",
        "Rachel Dunmore, a transport analyst at Barclays",
    ),
    p("better than even.", DUNMORE, "partial", "said", "She"),
    q(
        "the premium looked steep for a business whose margins have shrunk for three straight "
        "years",
        None,
        "indirect",
        "said",
        "Several investors",
        country="GB",
    ),
    p("The price is fair, not generous,", DUNMORE, "direct", "added", "she"),
    p(
        "Harwell is paying for the Nordic network, and it needed one.",
        DUNMORE,
        "direct",
        "added",
        "she",
    ),
    q(
        "thousands of jobs on the line",
        UNION,
        "partial",
        "warned",
        "The National Union of Road and Warehouse Workers",
        country="GB",
    ),
    q(
        "it had written to both boards",
        UNION,
        "indirect",
        "said",
        "The National Union of Road and Warehouse Workers",
        country="GB",
    ),
    p(
        "worth nothing until it is in writing.",
        TOLLIVER,
        "partial",
        "told",
        "Its general secretary, Maureen Tolliver",
    ),
    p(
        "The union would ballot its members if the company refused to talk",
        TOLLIVER,
        "indirect",
        "said",
        "she",
    ),
    p("talk to everyone, early and often,", OKONJO, "partial", "said", "Okonja"),
    p("the deal was driven by cost cuts alone", OKONJO, "indirect", "denied", "Okonja"),
]

# --- University encampment cleared (US local paper, no dateline, curly “double quotes”) --
ASHCOMBE = {
    "speaker": "Margaret Ashcombe",
    "role": "President",
    "country": "US",
    "org": "Hollis University",
}
PRUITT = {
    "speaker": "Darnell Pruitt",
    "role": "chief",
    "country": "US",
    "org": "Greenfield Police Department",
}
CASTELLANOS = {"speaker": "Naomi Castellanos", "role": "sophomore", "country": "US"}
BAPTISTE = {
    "speaker": "Lionel Baptiste",
    "role": "chair",
    "country": "US",
    "org": "Faculty Senate",
}
HDC = "Hollis Divest Coalition"

CAMPUS_Q = [
    p(
        "a safety risk we can no longer manage.",
        ASHCOMBE,
        "partial",
        "said",
        "the university’s president",
    ),
    p(
        "exhausted every alternative",
        ASHCOMBE,
        "partial",
        "wrote",
        "President Margaret Ashcombe",
    ),
    p(
        "talks with the protesters had broken down on Tuesday night",
        ASHCOMBE,
        "indirect",
        "wrote",
        "President Margaret Ashcombe",
    ),
    p(
        "No one should mistake this for a decision taken lightly,",
        ASHCOMBE,
        "direct",
        "wrote",
        "she",
    ),
    p("It was not.", ASHCOMBE, "direct", "wrote", "she"),
    q(
        "The encampment, which at its peak held about 80 tents, had stood on the quad for 26 days",
        HDC,
        "indirect",
        "according to",
        "the Hollis Divest Coalition, the student group that organized it",
        country="US",
    ),
    q(
        "a betrayal of everything this university claims to stand for",
        HDC,
        "partial",
        "called",
        "The coalition",
        country="US",
    ),
    q(
        "it would hold a rally at noon Friday",
        HDC,
        "indirect",
        "said",
        "The coalition",
        country="US",
    ),
    p(
        "officers had given protesters three warnings to leave and that most had left on their own",
        PRUITT,
        "indirect",
        "told",
        "Darnell Pruitt, chief of the Greenfield Police Department",
    ),
    p("two officers suffered minor injuries", PRUITT, "indirect", "said", "He"),
    p("Nobody wanted this to end with handcuffs,", PRUITT, "direct", "said", "the chief"),
    p(
        "But when you are told three times, the fourth time is on you.",
        PRUITT,
        "direct",
        "said",
        "the chief",
    ),
    q(
        "Hollis County sheriff’s deputies helped clear the tents",
        None,
        "indirect",
        "confirmed",
        "a sheriff’s office spokeswoman",
        country="US",
    ),
    p(
        "I’ve never been so scared in my life,",
        CASTELLANOS,
        "direct",
        "said",
        "Naomi Castellanos, a sophomore studying nursing who was zip-tied and held for six "
        "hours before being released",
    ),
    p(
        "They gave us ten minutes to pack up a month of our lives.",
        CASTELLANOS,
        "direct",
        "said",
        "Naomi Castellanos, a sophomore studying nursing who was zip-tied and held for six "
        "hours before being released",
    ),
    q(
        "the 41 people arrested included 33 current students",
        None,
        "indirect",
        "said",
        "A university spokesperson",
        country="US",
        org="Hollis University",
    ),
    q(
        "The other eight had no connection to Hollis",
        None,
        "indirect",
        "said",
        "the spokesperson",
        country="US",
        org="Hollis University",
    ),
    p(
        "she had been charged with trespassing and told to appear in Hollis County District "
        "Court next month",
        CASTELLANOS,
        "indirect",
        "said",
        "Castellanos",
    ),
    p("she planned to be back in class on Monday", CASTELLANOS, "indirect", "said", "She"),
    p(
        "shredded whatever trust was left",
        BAPTISTE,
        "partial",
        "said",
        "Its chair, Lionel Baptiste, a professor of history",
    ),
    p(
        "a vote of no confidence would be held Monday",
        BAPTISTE,
        "indirect",
        "said",
        "Its chair, Lionel Baptiste, a professor of history",
    ),
    q(
        "they had learned of the raid from their students",
        None,
        "indirect",
        "said",
        "Some faculty members",
        country="US",
    ),
    q(
        "the arrests would only swell Friday’s rally",
        None,
        "indirect",
        "warned",
        "Student leaders",
        country="US",
    ),
    q("You can take the tents,", None, "direct", "shouted", "one organizer", country="US"),
    q(
        "You can’t take the reason we put them up.",
        None,
        "direct",
        "shouted",
        "one organizer",
        country="US",
    ),
    p("respects the senate’s role", ASHCOMBE, "partial", "said", "Ashcomb"),
    p("would not resign", ASHCOMBE, "indirect", "said", "Ashcomb"),
]

DOCS = [
    ("probe-r22a-baku-climate-finance-deadlock", "BAKU", CLIMATE_Q),
    ("probe-r22a-harwell-norrland-freight-merger", "LONDON", MERGER_Q),
    ("probe-r22a-hollis-encampment-cleared", None, CAMPUS_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Alliance of Small Island States",
    "Climate Equity Network",
    "Competition and Markets Authority",
    "Energy Ministry",
    "Hollis Divest Coalition",
    "National Union of Road and Warehouse Workers",
)


def main():
    write_gold(
        HERE,
        "probes_r22a_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r22a",
        source="quotesdb round-22 training probes A (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
