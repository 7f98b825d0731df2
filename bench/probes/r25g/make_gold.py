"""Build probes_r25g_gold.jsonl from the hand annotations below.

Training probes, not a blind set (see README.md). Annotations were written by hand before
any run of articles.attribution on these texts, in the convention of bench/probes/r24a and
of articles/attribution/README.md (Conventions, and "Annotation conventions: decisions"
1-10). Each quote is located by searching its exact text after the previous quote's end.

    python3 bench/probes/r25g/make_gold.py   # writes probes_r25g_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- A Saudi fund's stake in an Indonesian nickel smelter (Nikkei Asia style, `JAKARTA --`)
MINISTRY = "Investment Ministry"
MINISTRY_BODY = {"speaker": MINISTRY, "country": "ID"}
THAMRA = "Thamra Mineral Investments"
THAMRA_BODY = {"speaker": THAMRA, "country": "SA"}
NETWORK = "Central Sulawesi Forest Network"
NETWORK_BODY = {"speaker": NETWORK, "country": "ID"}
SUTRISNO = {"speaker": "Sutrisno", "role": "Investment Minister", "country": "ID"}
KHALID = {
    "speaker": "Khalid bin Saud al-Harbi",
    "role": "chief executive",
    "country": "SA",
    "org": THAMRA,
}
FAISAL = {"speaker": "Faisal bin Saud al-Harbi", "role": "brother", "country": "SA", "org": THAMRA}
RUDIYANTO = {
    "speaker": "Rudiyanto",
    "role": "president director",
    "country": "ID",
    "org": "PT Aneka Logam Nusantara",
}
ARDIANSYAH = {"speaker": "Ardiansyah", "role": "campaigner", "country": "ID", "org": NETWORK}
MAZROUEI = {
    "speaker": "Mariam al-Mazrouei",
    "role": "analyst",
    "country": "AE",
    "org": "Fujairah Capital",
}

NICKEL_Q = [
    p(
        "Thamra Mineral Investments, which is backed by Saudi Arabia's Public Investment Fund, "
        "signed the agreement on Monday with the state miner PT Aneka Logam Nusantara",
        MINISTRY_BODY,
        "indirect",
        "said",
        "Indonesia's Investment Ministry",
    ),
    p(
        "bring the refining of our nickel one step closer to the batteries themselves.",
        SUTRISNO,
        "partial",
        "told",
        "Investment Minister Sutrisno, who like many Indonesians uses a single name",
    ),
    p(
        "For twenty years we were told to sell the ore and be grateful,",
        SUTRISNO,
        "direct",
        "said",
        "Sutrisno",
    ),
    p("Those days are finished.", SUTRISNO, "direct", "said", "Sutrisno"),
    p(
        "the government expected the smelter at Morowali to reach full output in 2028 and to "
        "employ about 6,000 people",
        SUTRISNO,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the fund had spent two years looking at projects across Southeast Asia before "
        "choosing Sulawesi",
        KHALID,
        "indirect",
        "said",
        "Khalid bin Saud al-Harbi, Thamra's chief executive",
    ),
    p(
        "We are not buying a mine, we are buying a place in the supply chain for the next "
        "thirty years,",
        KHALID,
        "direct",
        "said",
        "al-Harbi",
    ),
    p(
        "Thamra would send engineers from Riyadh to work alongside the Indonesian staff but "
        "would not take control of day-to-day operations",
        KHALID,
        "indirect",
        "said",
        "Al-Harbi, a former executive at the state oil company Saudi Aramco",
    ),
    p("in no hurry", KHALID, "partial", "added", "He"),
    p(
        "it had secured long-term offtake contracts with two unnamed battery makers in South "
        "Korea and China",
        THAMRA_BODY,
        "indirect",
        "said",
        "Thamra",
    ),
    # a relative named as such (decision 8): the tie is the role
    p(
        "the family had no role in the fund's investment decisions",
        FAISAL,
        "indirect",
        "told",
        "The chief executive's younger brother, Faisal bin Saud al-Harbi, who sits on "
        "Thamra's board",
    ),
    p(
        "My brother answers to the board, and the board answers to the kingdom,",
        FAISAL,
        "direct",
        "said",
        "Faisal",
    ),
    p(
        "the Saudi money would pay for a second production line and a new port on the "
        "Morowali coast",
        RUDIYANTO,
        "indirect",
        "said",
        "Aneka Logam's president director, Rudiyanto",
    ),
    p(
        "We have the ore, and now we have a partner with patience,",
        RUDIYANTO,
        "direct",
        "said",
        "he",
    ),
    p("That is rarer than nickel.", RUDIYANTO, "direct", "said", "he"),
    # `said A and that B` without a quote: one statement
    p(
        "the company would keep a majority of the venture and that the government's golden "
        "share gave Jakarta the final say over exports",
        RUDIYANTO,
        "indirect",
        "said",
        "Rudiyanto",
    ),
    p(
        "villagers near Morowali had been complaining of polluted rivers and dust for years",
        ARDIANSYAH,
        "indirect",
        "said",
        "Ardiansyah, a campaigner with the Central Sulawesi Forest Network",
    ),
    p("Every new investor promises green nickel,", ARDIANSYAH, "direct", "said", "he"),
    p("Then the coal trucks arrive.", ARDIANSYAH, "direct", "said", "he"),
    p(
        "it would ask the Investment Ministry to publish the environmental assessment for the "
        "new line before construction begins",
        NETWORK_BODY,
        "indirect",
        "said",
        "The network",
    ),
    # a misspelt later mention (`Sutrisna`) of the minister
    p(
        "the venture would draw half of its power from a solar plant and batteries by 2030, "
        "and that no permit would be issued without a full environmental review",
        SUTRISNO,
        "indirect",
        "said",
        "Sutrisna",
    ),
    p("I understand the anger,", SUTRISNO, "direct", "said", "he"),
    p("But you cannot clean up an industry by leaving it.", SUTRISNO, "direct", "said", "he"),
    q(
        "Thamra had pressed for a tax holiday of 20 years and had accepted 15",
        None,
        "indirect",
        "said",
        "A ministry official, who asked not to be named because the talks were private",
        role="official",
        country="ID",
        org=MINISTRY,
    ),
    p(
        "Gulf funds were looking for ways to hold on to their influence as oil demand slows",
        MAZROUEI,
        "indirect",
        "said",
        "Mariam al-Mazrouei, a Dubai-based analyst at the investment bank Fujairah Capital",
    ),
    p(
        "They want a seat at the table where the batteries are made, not only where the fuel "
        "is sold,",
        MAZROUEI,
        "direct",
        "said",
        "al-Mazrouei",
    ),
    # `said A, and warned that B "…"`: A, and the partial of the new cue
    p(
        "nickel prices had fallen by almost half since 2022 because of oversupply from Indonesia",
        MAZROUEI,
        "indirect",
        "said",
        "She",
    ),
    p(
        "may take longer than anyone in Riyadh would like.",
        MAZROUEI,
        "partial",
        "warned",
        "She",
    ),
    p(
        "investors were also watching whether Indonesia would extend its ban on raw ore "
        "exports to bauxite and copper",
        MAZROUEI,
        "indirect",
        "said",
        "Al-Mazrouei",
    ),
    p("before the end of the year.", SUTRISNO, "partial", "said", "The minister"),
]

# --- A Korean battery-materials group's succession vote (Korea Herald style, no dateline)
HANUL = "Hanul Materials"
HANUL_BODY = {"speaker": HANUL, "country": "KR"}
GANGBYEON = "Gangbyeon Partners"
GANGBYEON_BODY = {"speaker": GANGBYEON, "country": "KR"}
JINWOO = {"speaker": "Choi Jin-woo", "country": "KR", "org": HANUL}
SEOYEON = {"speaker": "Choi Seo-yeon", "role": "sister", "country": "KR", "org": HANUL}
YOUNGHO = {
    "speaker": "Choi Young-ho",
    "role": "founder and honorary chairman",
    "country": "KR",
    "org": HANUL,
}
LEE = {"speaker": "Lee Hyun-soo", "role": "managing partner", "country": "KR", "org": GANGBYEON}
ZHOU = {"speaker": "Zhou Hailin", "role": "chairman", "country": "CN", "org": "Jinhe New Energy"}
GAO = {"speaker": "Gao Meilin", "role": "spokeswoman", "country": "CN", "org": "Commerce Ministry"}
PARK = {"speaker": "Park Ji-hoon", "role": "analyst", "country": "KR", "org": "Hanbit Securities"}
KIM = {
    "speaker": "Kim Tae-sik",
    "role": "chairman",
    "country": "KR",
    "org": "Financial Services Commission",
}

HANUL_Q = [
    p(
        "The shareholders have chosen stability over a fight,",
        JINWOO,
        "direct",
        "told",
        "Choi Jin-woo",
    ),
    p("My first call will be to my sister.", JINWOO, "direct", "told", "Choi Jin-woo"),
    p(
        "he would keep the company's plan to build a cathode plant in Hungary and would not "
        "sell the group's stake in its Chinese joint venture",
        JINWOO,
        "indirect",
        "said",
        "He",
    ),
    # `The elder Choi` then `he`: the father, not the son named two paragraphs before
    p(
        "relieved that the family's company will stay in the family's hands",
        YOUNGHO,
        "partial",
        "said",
        "he",
    ),
    p("put the workers first.", YOUNGHO, "partial", "asked", "he"),
    p(
        "she accepted the result but would keep pressing for an independent board",
        SEOYEON,
        "indirect",
        "said",
        "Choi Seo-yeon, 52, who runs the group's overseas sales arm",
    ),
    p("I lost a vote, not an argument,", SEOYEON, "direct", "said", "she"),
    p("Hanul is too big to be run like a family kitchen.", SEOYEON, "direct", "said", "she"),
    p(
        "he had no plans to remove his sister from her post",
        JINWOO,
        "indirect",
        "said",
        "The younger Choi",
    ),
    # `said that it would "…" … and that B`: the partial and B
    p("continue to engage", GANGBYEON_BODY, "partial", "said", "Gangbyeon Partners"),
    p(
        "it had not ruled out a lawsuit over the counting of proxy votes",
        GANGBYEON_BODY,
        "indirect",
        "said",
        "Gangbyeon Partners",
    ),
    p(
        "some foreign shareholders had not received their voting materials in time",
        LEE,
        "indirect",
        "said",
        "The fund's managing partner, Lee Hyun-soo",
    ),
    p(
        "If the count was fair, Hanul should have no fear of showing it to us,",
        LEE,
        "direct",
        "said",
        "Lee",
    ),
    p(
        "all shareholders had been notified in line with Korean law and that the tally had "
        "been checked by an outside auditor",
        HANUL_BODY,
        "indirect",
        "said",
        "The company",
    ),
    q(
        "Zhou Hailin, Jinhe's chairman, flew to Seoul for the meeting and met Choi Jin-woo on "
        "Thursday evening",
        None,
        "indirect",
        "according to",
        "two people familiar with the talks",
    ),
    p(
        "We have worked with the Choi family for eleven years, and we will work with whoever "
        "the shareholders choose,",
        ZHOU,
        "direct",
        "said",
        "Zhou",
    ),
    # a misspelt later mention (`Jhou`); `said A but B "…"`: A and the partial
    p(
        "Jinhe hoped to expand the Zhejiang plant next year",
        ZHOU,
        "indirect",
        "said",
        "Jhou",
    ),
    p("a clear signal from Seoul", ZHOU, "partial", "said", "Jhou"),
    p(
        "a stable and predictable business environment.",
        GAO,
        "partial",
        "said",
        "Chinese Commerce Ministry spokeswoman Gao Meilin",
    ),
    q(
        "the outcome removed one source of uncertainty for Hanul",
        None,
        "indirect",
        "said",
        "Analysts",
        country="KR",
    ),
    p(
        "the bigger question was whether the younger Choi could win back customers who had "
        "delayed orders during the dispute",
        PARK,
        "indirect",
        "said",
        "Park Ji-hoon, an analyst at Hanbit Securities",
    ),
    p("Investors can live with a family feud,", PARK, "direct", "said", "Park"),
    p("What they cannot live with is empty order books.", PARK, "direct", "said", "Park"),
    p(
        "he expected Hanul to report a second consecutive quarterly loss in May",
        PARK,
        "indirect",
        "said",
        "Park",
    ),
    p(
        "the government would review the rules on proxy voting at listed companies this year",
        KIM,
        "indirect",
        "said",
        "Financial Services Commission chairman Kim Tae-sik",
    ),
    p(
        "A vote at a family company is still a vote of the public's money,",
        KIM,
        "direct",
        "said",
        "Kim",
    ),
]

# --- Iceland's cap on foreign ownership of fish farms (Icelandic English-language style:
# no dateline, no byline; Icelanders by their first name at later mentions)
ASSOCIATION = "Icelandic Aquaculture Association"
ASSOCIATION_BODY = {"speaker": ASSOCIATION, "country": "IS"}
GUDRUN = {
    "speaker": "Guðrún Helgadóttir",
    "role": "Minister of Food and Fisheries",
    "country": "IS",
}
BJARNI = {
    "speaker": "Bjarni Sigurðsson",
    "role": "spokesman",
    "country": "IS",
    "org": "Independence Party",
}
SIGURDUR = {"speaker": "Sigurður Bjarnason", "role": "father", "country": "IS"}
EINAR = {"speaker": "Einar Þórsson", "role": "director", "country": "IS", "org": ASSOCIATION}
FERREIRO = {
    "speaker": "María José Ferreiro Vázquez",
    "role": "chief executive",
    "country": "ES",
    "org": "Acuinova",
}
RUIZ = {
    "speaker": "Ana Belén Ruiz Otero",
    "role": "secretary-general for fisheries",
    "country": "ES",
}
ZAITSEV = {
    "speaker": "Oleg Viktorovich Zaitsev",
    "role": "businessman",
    "country": "RU",
    "org": "Nordvik Holdings",
}
SIGRIDUR = {"speaker": "Sigríður Jónsdóttir", "role": "lawyer", "country": "IS"}
HAFDIS = {"speaker": "Hafdís Gunnarsdóttir", "role": "mayor", "country": "IS"}

ALTHING_Q = [
    p(
        "the vote returned control of Iceland's fjords to the people who live beside them",
        GUDRUN,
        "indirect",
        "said",
        "Minister of Food and Fisheries Guðrún Helgadóttir, who introduced the bill in February",
    ),
    p(
        "For a decade, the profits from our fjords have flowed to Oslo, to Vigo and to people "
        "whose names we did not even know,",
        GUDRUN,
        "direct",
        "said",
        "Guðrún",
    ),
    p("That ends today.", GUDRUN, "direct", "said", "Guðrún"),
    p(
        "the law would not apply to land-based fish farms, which the government wants to "
        "encourage, and that existing licences would not be withdrawn",
        GUDRUN,
        "indirect",
        "said",
        "Guðrún",
    ),
    p(
        "the cap would scare off the investment that the Westfjords needed",
        BJARNI,
        "indirect",
        "said",
        "Its spokesman on fisheries, Bjarni Sigurðsson",
    ),
    p(
        "We have written a law for the headlines and against the towns,",
        BJARNI,
        "direct",
        "said",
        "Bjarni",
    ),
    p(
        "Who will pay for the next hatchery in Bíldudalur? Not the minister.",
        BJARNI,
        "direct",
        "said",
        "Bjarni",
    ),
    # a relative named as such (decision 8); Icelandic patronymics: father and son differ
    p(
        "he had urged his son to vote for the bill",
        SIGURDUR,
        "indirect",
        "told",
        "His father, Sigurður Bjarnason, a former mayor of Bíldudalur who worked for 30 years "
        "in the fish-processing industry",
    ),
    p("I love my son, but on this he is wrong,", SIGURDUR, "direct", "said", "Sigurður"),
    p(
        "a message to every foreign investor that Iceland changes the rules after the money "
        "has arrived.",
        ASSOCIATION_BODY,
        "partial",
        "said",
        "The Icelandic Aquaculture Association, which represents the fish-farming companies",
    ),
    p(
        "the association would study whether the law breached the European Economic Area agreement",
        EINAR,
        "indirect",
        "said",
        "Its director, Einar Þórsson",
    ),
    p(
        "We are not against Icelandic ownership. We are against changing the rules halfway "
        "through the game,",
        EINAR,
        "direct",
        "said",
        "Einar",
    ),
    # Spanish double surname: later mentions by the first surname (and once misspelt)
    p(
        "the company had invested more than 90 million euros in Iceland since 2016 and had "
        "always paid its taxes there",
        FERREIRO,
        "indirect",
        "said",
        "Acuinova's chief executive, María José Ferreiro Vázquez",
    ),
    p("We came because Iceland invited us,", FERREIRO, "direct", "said", "Ferreiro"),
    p(
        "Nobody told us that the invitation had an expiry date.",
        FERREIRO,
        "direct",
        "said",
        "Ferreiro",
    ),
    p("at a fair price and not in a fire sale,", FERREIRO, "partial", "said", "Ferreira"),
    p(
        "she had asked the Spanish government for help",
        FERREIRO,
        "indirect",
        "said",
        "Ferreira",
    ),
    p(
        "Spain would raise the matter with the European Commission",
        RUIZ,
        "indirect",
        "said",
        "Spain's secretary-general for fisheries, Ana Belén Ruiz Otero",
    ),
    # `said A but that "…"`: A and the partial
    p("Iceland was free to make its own laws", RUIZ, "indirect", "said", "Ruiz"),
    p(
        "the rules of the internal market also apply to Iceland.",
        RUIZ,
        "partial",
        "said",
        "Ruiz",
    ),
    # Russian first name + patronymic + surname; later by the surname
    p(
        "an investor in Icelandic salmon and in nothing else,",
        ZAITSEV,
        "partial",
        "said",
        "Zaitsev",
    ),
    p(
        "he would challenge the law in the courts",
        ZAITSEV,
        "indirect",
        "said",
        "Zaitsev",
    ),
    p(
        "the law had been written with her client in mind",
        SIGRIDUR,
        "indirect",
        "said",
        "His lawyer, Sigríður Jónsdóttir",
    ),
    p(
        "When a law affects two people and one of them is called Zaitsev, you do not need to "
        "guess which one it is aimed at,",
        SIGRIDUR,
        "direct",
        "said",
        "Sigríður",
    ),
    p(
        "the law did not target any single investor",
        GUDRUN,
        "indirect",
        "said",
        "Guðrún",
    ),
    p("This law has no nationality,", GUDRUN, "direct", "said", "she"),
    p(
        "It applies to a fund in Cyprus the same as a company in Spain.",
        GUDRUN,
        "direct",
        "said",
        "she",
    ),
    p(
        "she was worried about jobs",
        HAFDIS,
        "indirect",
        "said",
        "Hafdís Gunnarsdóttir, the mayor of the Westfjords town of Tálknafjörður, where the "
        "fish farm is the largest employer",
    ),
    p(
        "People here do not care where the shareholders live,",
        HAFDIS,
        "direct",
        "said",
        "Hafdís",
    ),
    p("They care whether the boats go out on Monday.", HAFDIS, "direct", "said", "Hafdís"),
]

DOCS = [
    ("probe-r25g-gulf-fund-nickel-stake", "JAKARTA", NICKEL_Q),
    ("probe-r25g-seoul-chaebol-succession-vote", None, HANUL_Q),
    ("probe-r25g-althing-fish-farm-ownership", None, ALTHING_Q),
]

# organisation speakers: their own organisation (round-23 decision 4)
SPEAKING_BODIES = (MINISTRY, THAMRA, NETWORK, HANUL, GANGBYEON, ASSOCIATION)


def main():
    write_gold(
        HERE,
        "probes_r25g_gold.jsonl",
        DOCS,
        corpus="quotesdb-probes-r25g",
        source="quotesdb round-25 training probes G (written for error finding)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
