"""Round 25 (r25-undated): the country of speakers in stories without a dateline.

Invented sentences only.  An undated story (a paper's own copy, a feature) gets a story
country, which its speakers of no country of their own take as under a dateline, when:

- its lead (headline and first paragraph of running text) places it in one country only
  (the country, its people, its capital or a large city) and the whole story names that
  country at least twice and half as often again as any other (``_lead_country``);
- a speaker talks to a paper named for one country ("told The Korea Herald") that the
  story names at least as often as any other (``_own_outlet_country``);

and a body's seat written after its name ("the group X, based in Porto, Portugal,") is
the country of its officers, in any story.  Safeguards: a lead naming two countries, a
story naming a second country about as often (a transfer between two countries' clubs),
a speaker of an international body, a speaker described with a demonym."""

from articles.attribution import extract
from articles.attribution.roles import _lead_country, _own_outlet_country, _places_named


def countries(text: str) -> dict[str, str | None]:
    return {s.speaker or "": s.country for s in extract(text)}


TRIAL = (
    "Former shipping boss denies forging contracts, court hears\n\n"
    "A former managing director of Malaysian shipping firm Teluk Marine falsified "
    "charter contracts worth millions to win bank loans, prosecutors told the High "
    "Court on Tuesday.\n\n"
    "Prosecutor Aminah Rashid said the contracts were signed with companies that did not "
    "exist.\n\n"
    "Defence lawyer Ravi Subramaniam said his client had relied on his staff.\n\n"
    "The trial, the largest of its kind in Malaysia this year, continues on Thursday."
)


def test_lead_of_one_country_sets_an_undated_story():
    assert _lead_country(TRIAL) == "MY"
    got = countries(TRIAL)
    assert got["Aminah Rashid"] == "MY"
    assert got["Ravi Subramaniam"] == "MY"


def test_lead_counts_capitals_and_large_cities():
    text = (
        "Harbour tunnel opens two years late\n\n"
        "Commuters in Osaka rode through the new harbour tunnel for the first time on "
        "Monday, two years after it was due to open and far over its budget.\n\n"
        "Transport official Kenji Mori said the delays were caused by flooding.\n\n"
        "Commuter Yuki Tanaka said the ride was short. Tokyo has its own tunnel plans."
    )
    assert _places_named(text)["JP"] == 2
    assert countries(text)["Kenji Mori"] == "JP"


def test_lead_names_multi_word_and_dotted_countries():
    names = _places_named("The U.S. and the United States, New Zealand, South Korea, Korea")
    assert names == {"US": 2, "NZ": 1, "KR": 2}
    assert _places_named("Leaders condemn N. Korea and North Korea") == {"KP": 2}


def test_lead_of_two_countries_sets_nothing():
    text = (
        "Border bridge talks stall\n\n"
        "Talks between Peru and Bolivia over a new border bridge stalled on Friday after "
        "a week of meetings between engineers and officials.\n\n"
        "Engineer Luis Mamani said the design was ready. Peru wants the bridge wider."
    )
    assert _lead_country(text) is None
    assert countries(text)["Luis Mamani"] is None


def test_second_country_named_about_as_often_sets_nothing():
    text = (
        "Striker's transfer stalls over fee\n\n"
        "The Spanish striker's move to a rival club stalled again on Thursday, his agent "
        "said, as the two clubs remained millions of euros apart.\n\n"
        "Agent Marco Duarte said Spain was the player's home. Portugal's club wanted more, "
        "he said, and the Portuguese side's director, Rui Lopes, said Portugal had time."
    )
    # ES 2, PT 3: the lead's country is not named half as often again as the other
    assert _lead_country(text) is None
    assert countries(text)["Marco Duarte"] is None


def test_lead_country_named_once_sets_nothing():
    text = (
        "Ferry strike ends\n\n"
        "Crews on the Danish ferry line returned to work on Sunday after a four-day "
        "strike over rosters and overtime pay.\n\n"
        "Union official Mette Holm said the deal was fair."
    )
    assert _lead_country(text) is None


def test_dated_story_is_left_to_its_dateline():
    text = "OSLO, Norway — Officials in Malaysia said the talks went well, said Per Lund."
    assert countries(text)["Per Lund"] == "NO"


def test_international_body_keeps_no_country():
    text = TRIAL.replace(
        "The trial,",
        "A spokesman for the International Monetary Fund, Jon Pike, said the case was "
        "being watched. The trial,",
    )
    got = countries(text)
    assert got["Jon Pike"] is None
    assert got["Aminah Rashid"] == "MY"


def test_foreign_speaker_with_demonym_keeps_own_country():
    text = TRIAL.replace(
        "The trial,",
        "Anna Berg, a Swedish banker who lent to the firm, said she was shocked. The trial,",
    )
    got = countries(text)
    assert got["Anna Berg"] == "SE"
    assert got["Aminah Rashid"] == "MY"


OUTLET = (
    "Family feud ends in boardroom vote\n\n"
    "Shareholders of Daesan Foods backed the founder's daughter as chief executive on "
    "Friday, ending a fight that had split the family and its Japanese partner.\n\n"
    "Lee Min-ji won 61 percent of the votes at the meeting in Seoul.\n\n"
    '"We will keep our promises," Lee said in an interview with The Korea Herald.\n\n'
    "Analyst Park Soo-jin said investors were relieved. Tokyo was watching, she said."
)


def test_own_outlet_named_for_a_country_sets_an_undated_story():
    assert _lead_country(OUTLET) is None  # the lead names the Japanese partner only
    assert _own_outlet_country(OUTLET) == "KR"
    got = countries(OUTLET)
    assert got["Lee Min-ji"] == "KR"
    assert got["Park Soo-jin"] == "KR"


def test_own_outlet_of_a_country_named_less_sets_nothing():
    text = OUTLET.replace("Tokyo was watching", "Japan, Tokyo and Osaka were watching")
    assert _own_outlet_country(text) is None


def test_outlet_of_no_place_sets_nothing():
    assert _own_outlet_country(OUTLET.replace("The Korea Herald", "The Morning Star")) is None


def test_body_seat_after_its_name_is_its_officers_country():
    text = (
        "Fjord farms face new limits\n\n"
        "Norway's parliament voted on Tuesday to cap foreign stakes in salmon farms in "
        "the country's fjords, a move that will force investors to sell shares.\n\n"
        "The largest shareholder affected is the group Marisco, based in Porto, Portugal, "
        "which owns half of one farm. Marisco's chief executive, Ana Ribeiro Costa, said "
        "the company would sell only at a fair price.\n\n"
        "Fisheries Minister Kari Nordvik said the vote returned the fjords to Norway. "
        "Norway needed the law, she said."
    )
    got = countries(text)
    assert got["Ana Ribeiro Costa"] == "PT"
    assert got["Kari Nordvik"] == "NO"


def test_body_seat_in_a_city_alone():
    text = (
        "CEDAR BLUFF, Iowa — The grain trader Harvest Link, based in Rotterdam, said it "
        "would close its Iowa office. Harvest Link's chief executive, Pieter de Vries, said "
        "the decision was final."
    )
    assert countries(text)["Pieter de Vries"] == "NL"


def test_no_headline_no_lead():
    text = (
        "A foreign ministry spokeswoman, Maria Lund, said in Oslo on Monday that Norway "
        "welcomed the talks and would send two envoys to the next round."
    )
    assert _lead_country(text) is None
