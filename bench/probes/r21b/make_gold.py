"""Build probes_r21b_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/heldout4 to
bench/heldout15 (see bench/heldout14/README.md) and of bench/probes/r20a to r20f. Each
quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r21b/make_gold.py   # writes probes_r21b_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- Ukraine-Russia talks in Istanbul (AP style, ISTANBUL (AP) —, straight "double quotes")
LEVCHENKO = {"speaker": "Taras Levchenko", "role": "Defense Minister", "country": "UA"}
ORLOVSKY = {"speaker": "Vadim Orlovsky", "role": "presidential aide", "country": "RU"}
AYDINOGLU = {"speaker": "Kemal Aydinoglu", "role": "Foreign Minister", "country": "TR"}
POLYAKOV = {
    "speaker": "Gennady Polyakov",
    "role": "spokesman",
    "country": "RU",
    "org": "Kremlin",
}
SAVCHUK = {"speaker": "Dmytro Savchuk", "role": "chief of staff", "country": "UA"}
TILLERY = {"speaker": "Raymond Tillery", "role": "special envoy", "country": "US"}

ISTANBUL_Q = [
    q(
        "Ukrainian and Russian negotiators agreed Tuesday to exchange 1,200 prisoners of war but "
        "made no progress toward a ceasefire",
        None,
        "indirect",
        "said",
        "officials from both delegations",
    ),
    p(
        "We came here to stop the killing, not only to swap lists,",
        LEVCHENKO,
        "direct",
        "told",
        "Ukraine's chief negotiator, Defense Minister Taras Levchenko",
    ),
    p(
        "Today we managed only the second thing.",
        LEVCHENKO,
        "direct",
        "told",
        "Ukraine's chief negotiator, Defense Minister Taras Levchenko",
    ),
    p(
        "Kyiv had put a 30-day unconditional ceasefire on the table",
        LEVCHENKO,
        "indirect",
        "said",
        "He",
    ),
    p("in any serious way.", LEVCHENKO, "partial", "said", "He"),
    p("the realities on the ground", ORLOVSKY, "partial", "called", "he"),
    p(
        "A ceasefire that simply freezes the front so that Kyiv can rearm is not peace,",
        ORLOVSKY,
        "direct",
        "said",
        "Orlovsky",
    ),
    p("It is an intermission.", ORLOVSKY, "direct", "said", "Orlovsky"),
    p(
        "tense but businesslike",
        AYDINOGLU,
        "partial",
        "described",
        "Turkish Foreign Minister Kemal Aydinoglu, who chaired the session",
    ),
    p(
        "both sides had agreed to meet again in Istanbul within three weeks",
        AYDINOGLU,
        "indirect",
        "said",
        "Turkish Foreign Minister Kemal Aydinoglu, who chaired the session",
    ),
    p(
        "Nobody should expect miracles from one afternoon,",
        AYDINOGLU,
        "direct",
        "told",
        "Aydinoglu",
    ),
    p(
        "But two delegations that could not sit in the same room a year ago sat at the same table "
        "today, and they will do so again.",
        AYDINOGLU,
        "direct",
        "told",
        "Aydinoglu",
    ),
    p("clear instructions", POLYAKOV, "partial", "said", "Kremlin spokesman Gennady Polyakov"),
    p(
        "would not be rushed by what he called Western deadlines",
        POLYAKOV,
        "indirect",
        "said",
        "Kremlin spokesman Gennady Polyakov",
    ),
    p(
        "Such a meeting has to be prepared. It cannot be the beginning of the process, only the "
        "end of it.",
        POLYAKOV,
        "direct",
        "said",
        "Polyakov",
    ),
    p(
        "in the coming days",
        SAVCHUK,
        "partial",
        "said",
        "Zelenskyy's chief of staff, Dmytro Savchuk",
    ),
    p(
        "would include severely wounded soldiers and civilians held since 2022",
        SAVCHUK,
        "indirect",
        "said",
        "Zelenskyy's chief of staff, Dmytro Savchuk",
    ),
    p("Every one of them will come home,", SAVCHUK, "direct", "wrote", "he"),
    p(
        "We have the names, and we will not forget a single one.",
        SAVCHUK,
        "direct",
        "wrote",
        "he",
    ),
    q(
        "Russian drones and missiles struck the cities of Kharkiv and Zaporizhzhia overnight, "
        "killing at least five people",
        None,
        "indirect",
        "according to",
        "regional officials",
        country="UA",
    ),
    p("This is a start, and starts are hard,", TILLERY, "direct", "said", "Tillery"),
    p(
        "The president wants this war over, and he has made that very clear to Moscow and to Kyiv.",
        TILLERY,
        "direct",
        "said",
        "Tillery",
    ),
    p("not going to walk away", TILLERY, "partial", "added", "He"),
    q(
        "the Russian delegation had handed over a memorandum setting out its conditions for a "
        "truce, including a demand that Ukraine withdraw its troops from parts of the four "
        "regions it still controls",
        None,
        "indirect",
        "said",
        "Two Turkish officials, speaking on condition of anonymity because they were not "
        "authorized to discuss the closed-door session",
        country="TR",
    ),
    q(
        "an ultimatum dressed up as a proposal",
        "Foreign Ministry",
        "partial",
        "called",
        "Ukraine's Foreign Ministry",
        country="UA",
    ),
    q(
        "Kyiv would never hand over land that Russian forces had failed to capture",
        "Foreign Ministry",
        "indirect",
        "said",
        "Ukraine's Foreign Ministry",
        country="UA",
    ),
    p(
        "We will read it carefully, the way you read a ransom note,",
        LEVCHENKO,
        "direct",
        "said",
        "Levchencko",
    ),
    p(
        "Nothing has changed in the Russian position since then except the number of graves,",
        LEVCHENKO,
        "direct",
        "added",
        "he",
    ),
    p(
        "readiness to talk about substance rather than slogans",
        ORLOVSKY,
        "partial",
        "told",
        "Orlovsky",
    ),
    p(
        "Moscow had no intention of negotiating through the media",
        ORLOVSKY,
        "indirect",
        "told",
        "Orlovsky",
    ),
    q(
        "European governments had been briefed by Washington but were not consulted on the agenda",
        None,
        "indirect",
        "said",
        "A senior European diplomat in Ankara, who asked not to be named in order to speak freely",
    ),
    q(
        "We are reading about these talks in the newspapers, like everyone else,",
        None,
        "direct",
        "said",
        "the diplomat",
    ),
    p(
        "Turkey was ready to host as many rounds as the two sides needed",
        AYDINOGLU,
        "indirect",
        "said",
        "Aydinoglu",
    ),
    p(
        "Istanbul has been a city of negotiations for centuries, and we are patient people,",
        AYDINOGLU,
        "direct",
        "said",
        "he",
    ),
    p("We will keep the doors open for as long as it takes.", AYDINOGLU, "direct", "said", "he"),
    p(
        "What we ask of both delegations is simple: come back, and come back with something more "
        "than you brought today.",
        AYDINOGLU,
        "direct",
        "said",
        "he",
    ),
]

# --- EU sanctions package blocked by Hungary (Reuters style, straight "double quotes") ----
VOS = {"speaker": "Annelie Vos", "role": "foreign policy chief", "org": "EU"}
BERENYI = {"speaker": "Zoltan Berenyi", "role": "Foreign Minister", "country": "HU"}
HUDAK = {"speaker": "Marek Hudak", "role": "Economy Minister", "country": "SK"}
COMMISSION = "European Commission"
DUARTE = {"speaker": "Ines Duarte", "role": "spokeswoman", "org": "EU"}
JANKAUSKIENE = {"speaker": "Rasa Jankauskiene", "role": "Foreign Minister", "country": "LT"}
TAMM = {"speaker": "Margus Tamm", "role": "Foreign Minister", "country": "EE"}
MELNYCHUK = {"speaker": "Ostap Melnychuk", "role": "Foreign Minister", "country": "UA"}
DIPLOMATS = "Three EU diplomats, speaking on condition of anonymity because the talks were "

SANCTIONS_Q = [
    q(
        "Hungary blocked a new package of European Union sanctions against Russia on Monday, "
        "demanding exemptions for its energy imports and leaving the bloc's 26 other governments "
        "scrambling to save a deal they had hoped to approve before a summit next week",
        None,
        "indirect",
        "said",
        "diplomats",
    ),
    q(
        "The package, the 21st since Russia's full-scale invasion of Ukraine in 2022, would add "
        "74 vessels to a list of tankers banned from EU ports and impose a full ban on "
        "transactions with three Russian banks",
        None,
        "indirect",
        "according to",
        "a draft seen by Reuters",
    ),
    p(
        "We are very close, but we are not there yet,",
        VOS,
        "direct",
        "told",
        "the EU's foreign policy chief, Annelie Vos",
    ),
    p(
        "One member state is holding the other 26 hostage, and that is not how this union should "
        "work.",
        VOS,
        "direct",
        "told",
        "the EU's foreign policy chief, Annelie Vos",
    ),
    p("until the last minute", VOS, "partial", "said", "Vos"),
    p(
        "she was also asking the Commission to look at legal options that would not need unanimity",
        VOS,
        "indirect",
        "said",
        "Vos",
    ),
    p(
        "his government would not approve any measure that put Hungary's gas and oil supplies at "
        "risk",
        BERENYI,
        "indirect",
        "said",
        "Hungarian Foreign Minister Zoltan Berenyi",
    ),
    p("Brussels wants us to pay for a war that is not ours,", BERENYI, "direct", "said", "Berenyi"),
    p(
        "Hungary will not sign anything that makes heating more expensive for Hungarian "
        "families. Not this week, not next week.",
        BERENYI,
        "direct",
        "said",
        "Berenyi",
    ),
    p("nothing against Ukraine", BERENYI, "partial", "added", "He"),
    p(
        "sanctions had hurt Europe more than they had hurt Moscow",
        BERENYI,
        "indirect",
        "added",
        "He",
    ),
    p(
        "Bratislava also wanted guarantees on the transit of Russian gas through its territory",
        HUDAK,
        "indirect",
        "said",
        "Slovak Economy Minister Marek Hudak",
    ),
    p(
        "in contact with the Hungarian side.",
        HUDAK,
        "partial",
        "adding",
        "Slovak Economy Minister Marek Hudak",
    ),
    q(
        "Budapest had tabled a list of demands on Friday that included lifting sanctions on two "
        "Hungarian-born businessmen and a written promise that no future package would touch "
        "nuclear fuel",
        None,
        "indirect",
        "said",
        DIPLOMATS + "confidential",
    ),
    q(
        "Every time we meet one demand, a new one appears,",
        None,
        "direct",
        "said",
        "one of the diplomats",
    ),
    q(
        "It is the same film we have watched ten times.",
        None,
        "direct",
        "said",
        "one of the diplomats",
    ),
    q(
        "a compromise on the businessmen was possible",
        None,
        "indirect",
        "said",
        "Another diplomat",
    ),
    q(
        "a red line for at least a dozen capitals.",
        None,
        "partial",
        "said",
        "Another diplomat",
    ),
    q(
        "fully committed",
        COMMISSION,
        "partial",
        "said",
        "The European Commission, which drafted the package",
    ),
    q(
        "The Commission has addressed the concerns raised by member states in good faith and "
        "will continue to do so,",
        COMMISSION,
        "direct",
        "said in a statement",
        "it",
    ),
    q(
        "Russia must pay a price for its aggression.",
        COMMISSION,
        "direct",
        "said in a statement",
        "it",
    ),
    p(
        "in public, or through social media.",
        DUARTE,
        "partial",
        "telling",
        "Commission spokeswoman Ines Duarte",
    ),
    p(
        "a gift to the Kremlin",
        JANKAUSKIENE,
        "partial",
        "said",
        "Lithuanian Foreign Minister Rasa Jankauskiene",
    ),
    p(
        "If one country can stop 26, then we do not have a common foreign policy. We have a "
        "veto with a flag.",
        TAMM,
        "direct",
        "was blunter",
        "Her Estonian counterpart, Margus Tamm",
    ),
    q(
        "Last year Budapest lifted its objection to a previous package only after several names "
        "were removed from the sanctions list",
        None,
        "indirect",
        "said",
        "diplomats",
    ),
    p("ready to talk", BERENYI, "partial", "told", "Berneyi"),
    p("by adults, at the leaders' level.", BERENYI, "partial", "told", "Berneyi"),
    p(
        "I am an optimist by profession. But optimism is not a strategy.",
        VOS,
        "direct",
        "said",
        "Vos",
    ),
    p(
        "one capital decide for the whole of Europe.",
        MELNYCHUK,
        "partial",
        "urged",
        "Ukrainian Foreign Minister Ostap Melnychuk, who attended part of the meeting by video "
        "link",
    ),
    p(
        "Every week of delay is a week in which Russian tankers keep sailing and Russian missiles "
        "keep flying,",
        MELNYCHUK,
        "direct",
        "said",
        "he",
    ),
    q(
        "ambassadors would meet again on Wednesday to try to break the deadlock",
        None,
        "indirect",
        "said",
        "Diplomats",
    ),
]

# --- G7 finance ministers on frozen Russian assets (British broadsheet, ‘single quotes’,
# no dateline) ---------------------------------------------------------------------------
ASHWORTH = {"speaker": "Daniel Ashworth", "role": "Chancellor", "country": "GB"}
MORIYAMA = {"speaker": "Kenji Moriyama", "role": "finance minister", "country": "JP"}
IMF = "International Monetary Fund"
KOSTENKO = {"speaker": "Iryna Kostenko", "role": "finance minister", "country": "UA"}
OKAFOR = {
    "speaker": "Amara Okafor",
    "role": "chief economist",
    "country": "GB",
    "org": "Kingsway Institute",
}
BRANDT = {"speaker": "Thomas Brandt", "country": "DE", "org": "University of Frankfurt"}
HOFFMANN = {"speaker": "Lukas Hoffmann", "role": "finance minister", "country": "DE"}

G7_Q = [
    q(
        "remain immobilised until Russia ends its aggression and pays for the damage it has "
        "caused to Ukraine",
        None,
        "partial",
        "said",
        "the ministers",
    ),
    p(
        "a serious step, if not the final one",
        ASHWORTH,
        "partial",
        "said",
        "The Chancellor, Daniel Ashworth, who had pushed for the money to be seized outright",
    ),
    p(
        "We have shown that the bill for this war will be paid by the aggressor, not by British "
        "or Ukrainian taxpayers,",
        ASHWORTH,
        "direct",
        "told",
        "Mr Ashworth",
    ),
    p(
        "I would have liked us to go further, and I have made no secret of that.",
        ASHWORTH,
        "direct",
        "told",
        "Mr Ashworth",
    ),
    p(
        "Britain would contribute about $3bn to the loan and would press its partners to revisit "
        "confiscation at the leaders’ summit in June",
        ASHWORTH,
        "indirect",
        "said",
        "He",
    ),
    q(
        "seizing it could expose Belgium to legal claims from Moscow",
        "Euroclear",
        "indirect",
        "warned",
        "Euroclear, a securities depository in Brussels",
        country="BE",
    ),
    p(
        "without reservation",
        MORIYAMA,
        "partial",
        "said",
        "Mr Ashworth’s Japanese counterpart, Kenji Moriyama, who chaired the meeting",
    ),
    p(
        "had to respect international law on the immunity of state assets",
        MORIYAMA,
        "indirect",
        "said",
        "Mr Ashworth’s Japanese counterpart, Kenji Moriyama, who chaired the meeting",
    ),
    p("The legal foundation must be solid,", MORIYAMA, "direct", "said", "he"),
    p(
        "If it is not, then the first court case will undo everything we have built here.",
        MORIYAMA,
        "direct",
        "said",
        "he",
    ),
    q(
        "the compromise had been reached late on Friday night after Canada and Germany proposed "
        "a mechanism under which the loan would be repaid only from future profits on the "
        "immobilised assets, so that no G7 government would be left exposed if Russia’s money "
        "was one day unfrozen",
        None,
        "indirect",
        "said",
        "Officials",
    ),
    q(
        "Ukraine faced a financing gap of about $40bn next year",
        IMF,
        "indirect",
        "said",
        "it",
    ),
    q("go a long way", IMF, "partial", "said", "it"),
    p(
        "this year, not next",
        KOSTENKO,
        "partial",
        "warned",
        "Ukraine’s finance minister, Iryna Kostenko, who joined the second day of talks",
    ),
    p(
        "Our soldiers and our pensioners cannot wait for lawyers to finish their homework,",
        KOSTENKO,
        "direct",
        "said",
        "she",
    ),
    q(
        "theft",
        "Finance Ministry",
        "partial",
        "said in a statement",
        "Russia’s finance ministry",
        country="RU",
    ),
    p(
        "the least risky option, which is also the least useful one",
        OKAFOR,
        "partial",
        "said",
        "Dr Amara Okafor, chief economist at the Kingsway Institute, a London think-tank",
    ),
    p(
        "Using the interest is a bit like using the fruit and leaving the orchard to your enemy,",
        OKAFOR,
        "direct",
        "said",
        "she",
    ),
    p(
        "It keeps the money flowing, but it will not rebuild a country.",
        OKAFOR,
        "direct",
        "said",
        "she",
    ),
    p(
        "At some point the G7 will have to decide whether it is prepared to take the political "
        "risk of confiscation. Every year it waits, the cost of rebuilding goes up.",
        OKAFOR,
        "direct",
        "said",
        "she",
    ),
    p("greatly exaggerated", OKAFOR, "partial", "added", "Dr Okafor"),
    p(
        "central banks in Asia and the Gulf were already quietly reducing their holdings in Europe",
        BRANDT,
        "indirect",
        "According to",
        "Thomas Brandt, a former Bundesbank official now at the University of Frankfurt",
    ),
    p(
        "People underestimate how closely the rest of the world is watching this,",
        BRANDT,
        "direct",
        "said",
        "he",
    ),
    q(
        "Mr Ashworth had spoken twice to the German finance minister during the talks",
        None,
        "indirect",
        "said",
        "A Treasury source",
        country="GB",
    ),
    q("frustrated but realistic", None, "partial", "said", "A Treasury source", country="GB"),
    p(
        "legally contestable",
        HOFFMANN,
        "partial",
        "telling",
        "Germany’s finance minister, Lukas Hoffmann",
    ),
    p("within weeks, not months", ASHWORTH, "partial", "told", "Mr Ashwoth"),
    p(
        "The companies that remain in Russia have made a choice. They know the risks better than "
        "anyone.",
        ASHWORTH,
        "direct",
        "said",
        "the Chancellor",
    ),
]

DOCS = [
    ("probe-r21b-istanbul-peace-talks", "ISTANBUL", ISTANBUL_Q),
    ("probe-r21b-eu-sanctions-veto", "BRUSSELS", SANCTIONS_Q),
    ("probe-r21b-g7-frozen-assets", None, G7_Q),
]


# Round 23 convention: an organisation speaking is its own organisation
# (heldout_gold.own_organisation; a supranational body by its short key)
SPEAKING_BODIES = (
    "Euroclear",
    "European Commission",
    "Finance Ministry",
    "Foreign Ministry",
    "International Monetary Fund",
)


def main():
    write_gold(
        HERE,
        "probes_r21b_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r21b",
        source="quotesdb round-21 training probes r21b (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
