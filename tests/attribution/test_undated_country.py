"""Round 26: the country of an undated story from the domestic marks of the countries
English-language news covers most (`domestic_marks.py`), on invented stories that never
name their country."""

import re

import pytest

from articles.attribution import extract
from articles.attribution.domestic_marks import DOMESTIC_NAMES
from articles.attribution.lexicons import COUNTRY_OR_DEMONYM, US_STATES


def country_of(text, speaker):
    found = {s.speaker: s.country for s in extract(text)}
    assert speaker in found
    return found[speaker]


def undated(headline, first, second):
    """A headline and two paragraphs, the second quoting a resident named in full."""
    return f"{headline}\n\n{first}\n\n{second}"


# (country, headline, paragraph with the marks, quoted speaker's paragraph)
STORIES = [
    (
        "DE",
        "Rail strike halts trains",
        "Deutsche Bahn cancelled most long-distance trains on Tuesday as a strike spread "
        "from Bavaria to Saxony-Anhalt, the union said.",
        "“We had no warning at all,” commuter Jonas Brenner said at the station.",
    ),
    (
        "FR",
        "Wildfire forces evacuations",
        "Firefighters in Provence battled a blaze for a third day, and the Gendarmerie "
        "closed two motorways near the coast.",
        "“The smoke reached the village by noon,” said baker Lucie Armand.",
    ),
    (
        "IT",
        "Coastguard rescues fishermen",
        "The Carabinieri said a trawler sank off Calabria overnight and that four crew "
        "members were brought ashore.",
        "“The sea turned in minutes,” said harbour worker Marco Dellera.",
    ),
    (
        "ES",
        "Heatwave strains hospitals",
        "Hospitals in Andalusia and Extremadura postponed routine operations as "
        "temperatures passed 44 degrees.",
        "“We are running out of beds,” nurse Paula Serrat said.",
    ),
    (
        "JP",
        "Bullet trains suspended after quake",
        "Shinkansen services in Hokkaido were halted after a strong tremor, NHK reported.",
        "“The building swayed for a long time,” office worker Kenji Haruta said.",
    ),
    (
        "CN",
        "Floods cut off villages",
        "Heavy rain in Guangxi and Yunnan forced thousands from their homes, Xinhua said.",
        "“The water came up to the second floor,” farmer Li Wenbo said.",
    ),
    (
        "MY",
        "Flood relief bill tops estimate",
        "Relief for families in Kelantan and Terengganu will cost RM300 million, the "
        "state governments said.",
        "“Our shop was under water for a week,” trader Aminah Yusof said.",
    ),
    (
        "NG",
        "Fuel queues return",
        "Long queues formed at filling stations in Kano and Kaduna as the price of petrol "
        "rose to 900 naira a litre.",
        "“I slept in my car last night,” taxi driver Emeka Obiora said.",
    ),
    (
        "BR",
        "Drought hits coffee growers",
        "Growers in Minas Gerais said the harvest would be the smallest in a decade, and "
        "Petrobras raised diesel prices again.",
        "“We lost half the crop,” farmer Ana Teixeira said.",
    ),
    (
        "MX",
        "Cartel violence closes schools",
        "Schools in Sinaloa and Michoacán were closed for a second week after clashes, "
        "officials said.",
        "“The children cannot sleep,” mother Rosa Icaza said.",
    ),
    (
        "IL",
        "Coalition rift deepens",
        "Two Likud lawmakers said they would vote against the budget when it reaches the "
        "Knesset next week.",
        "“This is not the deal we were promised,” lawmaker Avi Ronen said.",
    ),
    (
        "PL",
        "Farmers block border crossing",
        "Farmers from Silesia and Mazovia blocked a crossing with tractors, demanding "
        "compensation of 2 billion zlotys.",
        "“We cannot sell at these prices,” farmer Tomasz Wrobel said.",
    ),
    (
        "NL",
        "Dike repairs begin",
        "Rijkswaterstaat began repairs on a dike in Gelderland after the river rose to "
        "its highest level in a decade.",
        "“The water was at our doorstep,” resident Femke Huisman said.",
    ),
    (
        "TR",
        "Quake survivors still in tents",
        "A year on, thousands in Hatay and Malatya still live in tents, Anadolu reported.",
        "“Nobody has come to rebuild,” shopkeeper Emre Kaya said.",
    ),
    (
        "KE",
        "Drought relief reaches herders",
        "Food aid reached herders in Turkana and Garissa on Monday, county officials said.",
        "“Our goats are dying,” herder Lomuria Ekai said.",
    ),
    (
        "AR",
        "Province declares emergency",
        "The government of Chubut declared a water emergency, and the Casa Rosada promised funds.",
        "“The taps have been dry for days,” teacher Lucía Ferreyra said.",
    ),
]


@pytest.mark.parametrize("code, headline, marks, quote", STORIES, ids=[s[0] for s in STORIES])
def test_two_domestic_marks_place_an_undated_story(code, headline, marks, quote):
    speaker = re.findall(r"[A-Z]\w+ [A-Z]\w+", quote)[-1]  # the resident named in full
    assert country_of(undated(headline, marks, quote), speaker) == code


def test_a_foreign_city_in_american_copy_does_not_move_the_story():
    # one Bavarian city in an undated U.S. local story: one German mark is no story abroad
    text = undated(
        "Sister-city exchange returns",
        "Students from the high school will spend two weeks in Bavaria this summer, the "
        "Marion County Board of Supervisors heard on Tuesday, and Sheriff Dale Pruitt said "
        "deputies would escort the bus.",
        "“It changed how I see the world,” said senior Kayla Moss.",
    )
    assert country_of(text, "Kayla Moss") == "US"


def test_a_story_naming_its_country_more_keeps_it_against_two_foreign_marks():
    # two Dutch marks, but the story is Belgian, named three times
    text = undated(
        "Border floods",
        "Belgium's rivers rose on Monday, and Belgian crews were sent to help in Zeeland "
        "and Gelderland. Belgium asked for pumps.",
        "“We help our neighbours,” said volunteer Pieter Claes.",
    )
    assert country_of(text, "Pieter Claes") != "NL"


def test_a_place_several_countries_share_gives_nothing():
    # Victoria (Australia, Canada, Hong Kong ...) and Perth (Australia, Scotland) are no
    # marks: the story stays without a country
    text = undated(
        "Ferry delayed",
        "The ferry from Victoria was delayed again on Monday, and buses from Perth were "
        "cancelled, the operator said.",
        "“I have waited four hours,” said passenger Ruth Allan.",
    )
    assert country_of(text, "Ruth Allan") is None


def test_a_summit_city_is_no_mark():
    # the Munich security conference and the ECB in Frankfurt say nothing of the speakers'
    # country (both left out of the marks)
    text = undated(
        "Allies press for more air defences",
        "Ministers agreed on Saturday that the alliance needed more air defences and that "
        "the cost would be shared among its members.",
        "Officials at the security conference in Munich heard from the central bank's staff "
        "in Frankfurt. “We need more, and soon,” said analyst Maria Olsen.",
    )
    assert country_of(text, "Maria Olsen") is None


def test_a_number_of_rand_is_south_african_not_a_word():
    text = undated(
        "Taxi fares rise",
        "Minibus fares in Tshwane will rise to 25 rand from Monday, the taxi association said.",
        "“Workers cannot afford this,” commuter Thabo Mokoena said.",
    )
    assert country_of(text, "Thabo Mokoena") == "ZA"


def test_the_marks_are_no_country_demonym_nor_us_state():
    # a country's own name or people are counted once already; a U.S. state is America's
    names = {n for marks in DOMESTIC_NAMES.values() for n in marks.split("|")}
    assert not {n for n in names if n.lower() in COUNTRY_OR_DEMONYM or n.lower() in US_STATES}
    assert len(DOMESTIC_NAMES) >= 40


def test_a_speaker_telling_the_home_agency_outweighs_a_partners_province():
    # a Korean company's Chinese partner's plant in Sichuan, named twice (two marks of
    # China's copy), against a speaker talking to Korea's national agency
    text = (
        "Battery maker picks new chief\n\n"
        "Shareholders of the Korean battery maker Daesan Cell backed the founder's daughter "
        "as chief executive on Friday, ending a fight with its Chinese partner.\n\n"
        "The Chinese partner had wanted a bigger say over the plant in Sichuan, and Korean "
        "investors had feared for the Sichuan jobs, Chinese shareholders said.\n\n"
        "“We will keep the plant running,” new chief executive Kim Ji-yeon told Yonhap "
        "News Agency. Korean markets rose."
    )
    assert country_of(text, "Kim Ji-yeon") == "KR"
