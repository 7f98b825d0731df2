"""Round 13, the lead's probes: a speaker's country from the story's dateline; the smaller
U.N. members' names and demonyms."""

from articles.attribution import extract


def by_speaker(text: str) -> dict[str, str | None]:
    return {(s.speaker or s.source or ""): s.country for s in extract(text)}


US_LOCAL = """Council delays vote on riverfront towers

GRANT FALLS, Iowa (AP) — The Grant Falls City Council put off a vote on two riverfront
apartment towers on Tuesday after a three-hour hearing.

"We are not against growth, we are against this design," said Marta Keel, who has lived
on Front Street for 30 years.

Council member Dwayne Fisk said the developer had agreed to cut one floor.

Several residents said traffic on the bridge was already too heavy.

Chad Oberle, a retired teacher, said the towers would block the view of the river.
"""


def test_us_dateline_gives_local_speakers_the_united_states():
    countries = by_speaker(US_LOCAL)
    assert countries["Marta Keel"] == "US"
    assert countries["Dwayne Fisk"] == "US"
    assert countries["Several residents"] == "US"
    # a first name that is also a country's name is no country
    assert countries["Chad Oberle"] == "US"


def test_city_and_country_dateline():
    text = (
        "Central bank holds rates\n\n"
        "REYKJAVIK, Iceland — The central bank kept its key rate at 7.5% on Wednesday.\n\n"
        "Governor Sigrun Halldorsdottir said inflation was easing more slowly than hoped.\n\n"
        "Mortgage lenders said demand had fallen for a third month.\n"
    )
    countries = by_speaker(text)
    assert countries["Sigrun Halldorsdottir"] == "IS"
    assert countries["Mortgage lenders"] == "IS"


def test_city_and_province_dateline():
    text = (
        "Wildfire forces evacuations\n\n"
        "CEDAR LAKE, British Columbia (CP) — About 4,000 people were ordered to leave their "
        "homes on Sunday as a wildfire jumped a highway.\n\n"
        '"The wind changed and we had maybe twenty minutes," said Dev Rana, a fire chief.\n'
    )
    assert by_speaker(text)["Dev Rana"] == "CA"


def test_story_of_many_countries_keeps_unmarked_speakers_blank():
    text = (
        "Island states walk out of climate talks\n\n"
        "BONN, Germany — Negotiators from small island states walked out of U.N. climate "
        "talks on Thursday.\n\n"
        "Samoan diplomat Tavita Leota said rich nations had offered nothing new.\n\n"
        "Tongan negotiator Mele Fifita said the walkout would last a day.\n\n"
        "Fiji's envoy, Ratu Seru Naivalu, said the bloc would return on Friday.\n\n"
        "Ana Vake, a climate scientist at a Pacific university, said sea levels were rising "
        "faster than forecast.\n"
    )
    countries = by_speaker(text)
    assert countries["Tavita Leota"] == "WS"
    assert countries["Mele Fifita"] == "TO"
    assert countries["Ana Vake"] is None


def test_international_body_keeps_no_country_under_a_national_dateline():
    text = (
        "Aid reaches flooded district\n\n"
        "KASAMA, Zambia (AP) — The first aid convoy reached the flooded district on Monday.\n\n"
        "The World Health Organization said cholera cases had doubled in a week.\n\n"
        "District commissioner Joyce Mwila said 12 schools were being used as shelters.\n"
    )
    countries = by_speaker(text)
    assert countries["World Health Organization"] is None
    assert countries["Joyce Mwila"] == "ZM"


def test_no_dateline_no_country_guess():
    text = (
        "Library to cut opening hours\n\n"
        "The town library will close on Mondays from next month, its board said.\n\n"
        "Ruth Peel, the head librarian, said the cut would save about $40,000 a year.\n"
    )
    assert by_speaker(text)["Ruth Peel"] is None


def test_an_organisation_named_for_its_country_keeps_that_country():
    text = (
        "Fuel prices ease\n\n"
        "BOISE, Idaho — Fuel prices fell for a third week.\n\n"
        "Statistics Canada economist Paul Gagne said prices were easing north of the border.\n\n"
        "Georgia Power said its rates would not change.\n"
    )
    countries = by_speaker(text)
    assert countries["Paul Gagne"] == "CA"
    assert countries["Georgia Power"] == "US"  # a state's name, under a U.S. dateline


def test_occupations_as_titles():
    text = (
        "Insulin cap takes effect\n\n"
        "Jo Fry, an endocrinologist at Riverside Medical Center, said she sees rationing "
        "every week.\n\n"
        "NTSB investigator-in-charge Lena Frost said it was too early to say.\n\n"
        "Librarian Ruth Peel said the cut would hurt.\n"
    )
    got = {s.speaker: (s.role, s.organization) for s in extract(text)}
    assert got["Jo Fry"] == ("endocrinologist", "Riverside Medical Center")
    assert got["Lena Frost"] == ("investigator-in-charge", "NTSB")
    assert got["Ruth Peel"][0] == "Librarian"


def test_an_office_outranks_a_style_of_address():
    text = (
        "University to close languages school\n\n"
        "The vice-chancellor, Prof Helen Marsh, said the decision was the hardest of her "
        "career.\n\n"
        "Dr. Ann Fox, the state epidemiologist, said cases were rising.\n\n"
        "Professor Jon Ek said the data were clear.\n"
    )
    roles = {s.speaker: s.role for s in extract(text)}
    assert roles == {
        "Helen Marsh": "vice-chancellor",
        "Ann Fox": "state epidemiologist",
        "Jon Ek": "Professor",  # no office named: the style stands
    }


def test_trades_and_owners_as_roles():
    text = (
        "Robbery shakes Main Street\n\n"
        "One of the men shoved the clerk, Mary Dunn, into a counter. Dunn said she was "
        "scared for weeks.\n\n"
        "Tom Kerr, a retired shipyard welder, said nobody had come by since the storm.\n\n"
        '"We all lock our doors now," said Lou Pratt, who owns a bakery two doors down.\n\n'
        "Dana Kowal, who owns two bakeries in Broken Creek, said she lost her savings.\n\n"
        "Al Roe, who owns a stake in the team, said the sale was fair.\n"
    )
    roles = {s.speaker: s.role for s in extract(text)}
    assert roles["Mary Dunn"] == "clerk"
    assert roles["Tom Kerr"] == "retired shipyard welder"
    assert roles["Lou Pratt"] == "bakery owner"
    assert roles["Dana Kowal"] == "bakery owner"
    assert roles["Al Roe"] is None  # a stake is no business


def test_clubs_named_with_a_club_word_are_no_people():
    text = (
        "Harrow Vale stun leaders\n\n"
        "Harrow Vale manager Colm Dempsey said his side had earned the right to dream.\n\n"
        'The Eastgate captain, Lewis Hart, admitted the result would hurt. "We have got '
        'to look at ourselves," he said.\n\n'
        "Dempsey, asked whether Vale could now push for promotion, laughed. "
        '"Ask me in April," he said.\n\n'
        "In a statement, Vale said the match had been a sellout.\n"
    )
    got = {s.quote: s for s in extract(text)}
    # "Vale" inside the aside is the club, so Dempsey is the one man before "he said"
    assert got["Ask me in April,"].speaker == "Colm Dempsey"
    club = got["the match had been a sellout"]
    assert (club.speaker, club.speaker_type) == ("Harrow Vale", "organization")


def test_a_framing_phrase_after_a_parenthetical_cue_is_the_writer_s():
    text = (
        "Alliance wins state vote\n\n"
        "MUMBAI, India (Reuters) - The ruling alliance won a clear majority in the state "
        "election, official results showed on Sunday, in a boost for the prime minister a "
        "year after he lost his outright majority in parliament.\n"
    )
    assert [s.quote for s in extract(text)] == [
        "The ruling alliance won a clear majority in the state election"
    ]


def test_organisation_names_with_the_inside():
    text = (
        "Plan criticised\n\n"
        "The Society for the Protection of Birds said the plan was weak.\n\n"
        "A spokesman for the Museum of the Moving Image said it would reopen in May.\n\n"
        "Anna Berg of the Institute for the Future said the forecast was too cautious.\n\n"
        "Sanjay Rao, a political scientist at the Centre for the Study of Developing "
        "Societies in New Delhi, said the cash scheme helped.\n"
    )
    got = {s.quote: s for s in extract(text)}
    birds = got["the plan was weak"]
    assert (birds.speaker, birds.speaker_type) == (
        "Society for the Protection of Birds",
        "organization",
    )
    assert got["it would reopen in May"].organization == "Museum of the Moving Image"
    berg = got["the forecast was too cautious"]
    assert (berg.speaker, berg.organization) == ("Anna Berg", "Institute for the Future")
    assert got["the cash scheme helped"].organization == (
        "Centre for the Study of Developing Societies"
    )


def test_aides_and_envoys_to_someone_are_unnamed_sources():
    text = (
        "Trial opens\n\n"
        "A former top aide to Mayor Gloria Reyes testified Tuesday that the mayor had "
        "ordered him to steer contracts.\n\n"
        "A senior adviser to Governor Tim Marsh said the bill would be signed.\n\n"
        "The U.S. ambassador to Japan said the talks went well.\n"
    )
    got = {s.quote: (s.speaker, s.source) for s in extract(text)}
    assert got["the mayor had ordered him to steer contracts"] == (
        None,
        "A former top aide to Mayor Gloria Reyes",
    )
    assert got["the bill would be signed"] == (None, "A senior adviser to Governor Tim Marsh")
    assert got["the talks went well"] == (None, "The U.S. ambassador to Japan")


def test_a_titled_person_inside_a_reported_clause_speaks_for_himself():
    text = (
        "Trial opens\n\n"
        "The mayor, Gloria Reyes, denies the charges.\n\n"
        "Mark Delaney, who served as Reyes' chief of staff from 2019 to 2022, told jurors "
        "that the mayor called him into her office in March 2020 and said, "
        '"Make sure Hanlon gets the bridge work."\n'
    )
    got = {s.quote: s for s in extract(text)}
    assert got["Make sure Hanlon gets the bridge work."].speaker == "Gloria Reyes"
    clause = got["the mayor called him into her office in March 2020"]
    assert (clause.speaker, clause.role) == ("Mark Delaney", "chief of staff")


def test_a_summons_is_no_statement():
    text = (
        "Council notes\n\n"
        "The mayor called him into her office in March.\n\n"
        "The band leader called the council members to the stage on Friday night.\n\n"
        "She called him back an hour later.\n\n"
        "The senator called the plan a disgrace.\n"
    )
    assert [s.quote for s in extract(text)] == ["the plan a disgrace"]


def test_relatives_told_apart_by_given_names():
    text = (
        "Twin sisters retire\n\n"
        "LANCASTER, Ohio (AP) — Ruth and Ella Barnes served their last plate on Sunday.\n\n"
        '"We never took a vacation," Ruth Barnes said.\n\n'
        '"My knees are done," Ella Barnes said.\n\n'
        "Jen Obi, who bought the diner, said the menu would not change. \"You don't mess "
        'with the biscuits," she said.\n\n'
        'Asked what she would miss most, Ruth paused. "The people," she said.\n'
    )
    got = {s.quote: s.speaker for s in extract(text)}
    assert got["The people,"] == "Ruth Barnes"
