"""Probe round 15, heldout9 retired: invented sentences for the error classes found on
bench/heldout9 (an obituary's family sharing a surname, a nickname in a full name, a
misspelt later full name; organisations and relatives in other genres)."""

from quote_lookup import by_quote

from articles.attribution import extract

OBITUARY = """Hal Brezinski, hardware man who kept a prairie town running, dies at 88

CARVER, Nebraska — Harold "Hal" Brezinski, who ran the hardware store on Main Street for \
four decades and lent tools to anyone who asked, died Sunday at a hospice in Carver. He was 88.

He had been in failing health since a fall last winter, his daughter, Anne Brezinski, said.

"He could fix anything with baling wire and a bad word," Anne said. "People drove in from \
three counties just to ask him."

Brezinski bought the store in 1962 and kept it open through the farm crisis of the 1980s, \
when half the shops on Main Street closed.

"A town without a hardware store is a town that has given up," Brezinski told the Carver \
Gazette in 1986. "I am not giving up."

Their other daughter, Carol Brezinski Hart, said her father never took a day off. "He opened \
on Christmas morning once because a pipe burst at the church," she said.

Brezinski's granddaughter, Nina Hart, a nurse in Omaha, said that her grandfather taught her \
to sharpen a chisel when she was seven. "He said a dull tool is more dangerous than a sharp \
one," Hart said.

Anne Brezinsky said her father kept every receipt since 1962 in shoeboxes in the basement.

The store was sold in 2015 and now sells bicycles.

"He never asked what they would do with it. He said the building had earned a rest," she \
added.
"""


def test_obituary_a_nickname_in_the_full_name_is_the_headline_name():
    # the headline's "Hal Brezinski" and 'Harold "Hal" Brezinski' are one man: the bare
    # surname of his old interview is his, not a relative's
    got = by_quote(OBITUARY)
    for q in (
        "A town without a hardware store is a town that has given up,",
        "I am not giving up.",
    ):
        assert got[q].speaker == 'Harold "Hal" Brezinski', q


def test_obituary_a_relative_called_by_the_given_name():
    got = by_quote(OBITUARY)
    assert got["He could fix anything with baling wire and a bad word,"].speaker == (
        "Anne Brezinski"
    )
    assert got["People drove in from three counties just to ask him."].speaker == "Anne Brezinski"


def test_obituary_a_misspelt_later_full_name_is_the_same_person():
    got = by_quote(OBITUARY)
    s = got["her father kept every receipt since 1962 in shoeboxes in the basement"]
    assert s.speaker == "Anne Brezinski"
    s = got["He never asked what they would do with it. He said the building had earned a rest,"]
    assert s.speaker == "Anne Brezinski"


def test_obituary_a_shared_surname_after_its_bearer_just_spoke():
    # two Harts: "Hart said" right after the granddaughter (a subject after her
    # description, in the same paragraph) is the granddaughter
    got = by_quote(OBITUARY)
    s = got["He said a dull tool is more dangerous than a sharp one,"]
    # (role: the tie written before the name, decision 8, since round 24; was "nurse")
    assert (s.speaker, s.role) == ("Nina Hart", "granddaughter")
    assert got["her father never took a day off"].speaker == "Carol Brezinski Hart"


def test_a_relatives_given_name_inside_a_double_barrelled_name():
    text = (
        "Their daughter, Lena Okafor Brandt, said her mother loved the sea.\n\n"
        "The Okafor family moved to Duluth in 1970. His son, Paul Okafor, said the move "
        "was hard.\n\n"
        '"She swam every morning until she was 80," Lena said.'
    )
    got = by_quote(text)
    assert got["She swam every morning until she was 80,"].speaker == "Lena Okafor Brandt"


def test_guard_a_misspelt_surname_needs_the_same_given_name():
    text = (
        "John Smith, a farmer, said the rain came late.\n\n"
        "Jane Smyth, a grain trader, said prices would rise."
    )
    got = by_quote(text)
    assert got["the rain came late"].speaker == "John Smith"
    assert got["prices would rise"].speaker == "Jane Smyth"


def test_guard_a_given_name_alone_outside_a_family_story():
    # the bare surname stays with the person written most often when nobody was
    # introduced as a relative ("Hillary" in political copy is no kin marker)
    text = (
        "Hillary Clinton spoke in Ohio on Monday. Bill Clinton campaigned in Iowa.\n\n"
        '"Hillary will win," a supporter said.\n\n'
        "Clinton told the crowd in Dayton that jobs would come back."
    )
    got = by_quote(text)
    assert got["jobs would come back"].speaker == "Hillary Clinton"


def test_guard_a_title_in_a_quote_is_no_office():
    text = (
        'Rep. Robert C. "Bobby" Lane opened his yard to 300 guests.\n\n'
        '"Welcome our next United States senator, Bobby Lane!" his niece shouted.\n\n'
        "Bobby Lane said he would hire staff next month."
    )
    s = by_quote(text)["he would hire staff next month"]
    assert s.speaker == 'Robert C. "Bobby" Lane'
    assert s.role == "Representative"


def test_a_un_agency_named_in_the_fronted_content():
    text = (
        "The World Food Programme will cut rations in Dara by half, the U.N. agency said "
        "Thursday.\n\n"
        "In a statement, the agency said it had received less than a third of the money."
    )
    got = by_quote(text)
    s = got["The World Food Programme will cut rations in Dara by half"]
    assert (s.speaker, s.speaker_type, s.country) == ("World Food Programme", "organization", None)
    assert got["it had received less than a third of the money"].speaker == "World Food Programme"


def test_a_un_agency_by_its_full_name_has_no_country():
    text = (
        "About half the herds have died, according to the U.N.’s Food and Agriculture Organization."
    )
    s = by_quote(text)["About half the herds have died"]
    assert s.speaker == "Food and Agriculture Organization"
    assert (s.organization, s.country) == ("Food and Agriculture Organization", None)


def test_guard_an_abbreviated_country_before_agency_names_none():
    s = by_quote("The city will close the Maple Street pool, the U.S. agency said.")
    assert s["The city will close the Maple Street pool"].speaker is None


def test_who_said_after_an_appositive_ending_in_a_place():
    for text in (
        '"The lake is empty," said Tomas Ilunga, 47, a fisherman from the village of '
        "Kasenga, who said he had lost two boats this year.",
        '"The lake is empty," said Tomas Ilunga, a fisherman from Kasenga, who said he had '
        "lost two boats this year.",
        "Tomas Ilunga, a fisherman from the village of Kasenga, who said he had lost two "
        "boats this year, was angry.",
    ):
        s = by_quote(text)["he had lost two boats this year"]
        assert s.speaker == "Tomas Ilunga", text


def test_guard_who_said_after_a_located_group():
    s = by_quote("The boats were seen by police in Kasenga, who said they had been stolen.")
    assert s["they had been stolen"].speaker is None


def test_accepted_that_reports_a_concession():
    text = (
        "Aidan Dale, a lorry driver, gave evidence on Monday.\n\n"
        "Under cross-examination, Mr Dale accepted that the road was dark and that he had "
        "been tired."
    )
    s = by_quote(text)["the road was dark and that he had been tired"]
    assert (s.speaker, s.cue) == ("Aidan Dale", "accepted")
    text = (
        "Tom Hollis, a surveyor, gave evidence.\n\n"
        "Hollis accepted under questioning from Ms Price that the ladder could have "
        "slipped, but he said that would not explain the burns."
    )
    got = by_quote(text)
    assert got["the ladder could have slipped"].speaker == "Tom Hollis"
    assert got["that would not explain the burns"].speaker == "Tom Hollis"


def test_guard_accepted_with_an_object_is_no_statement():
    for text in (
        "The company accepted the offer from Acme on Monday.",
        "Lee accepted an award from the mayor.",
        "Lee has accepted responsibility for the crash.",
    ):
        assert extract(text) == [], text


def test_a_title_word_of_local_boards():
    for text, role in (
        ("Trustee Dana Holm, one of two votes against, said the plan was rushed.", "Trustee"),
        ("School board trustee Dana Holm said the plan was rushed.", "School board trustee"),
        ("Selectwoman Dana Holm said the plan was rushed.", "Selectwoman"),
    ):
        s = by_quote(text)["the plan was rushed"]
        assert (s.speaker, s.role) == ("Dana Holm", role), text


def test_whose_clause_between_the_speaker_and_the_cue():
    for text in (
        "Rosa Lindqvist, whose daughter, Elsa Lindqvist, 9, attends Pine Hill, said the walk "
        "was short.",
        "Rosa Lindqvist, whose daughter, Elsa, attends Pine Hill, said the walk was short.",
    ):
        assert by_quote(text)["the walk was short"].speaker == "Rosa Lindqvist", text
    # the cue is the relative's own verb: its subject speaks
    text = "Rosa Lindqvist met Tom Hale, whose aide, Ann Berg, said the walk was short."
    assert by_quote(text)["the walk was short"].speaker == "Ann Berg"


def test_according_to_the_district_is_the_school_district():
    text = (
        "The board of Pine Hollow Public Schools voted 4-3 to close a school.\n\n"
        "Two schools will close in June, according to the district."
    )
    s = by_quote(text)["Two schools will close in June"]
    assert (s.speaker, s.speaker_type) == ("Pine Hollow Public Schools", "organization")


def test_guard_a_voting_district_is_no_body():
    text = "Voters in the 5th District backed Ann Hale.\n\nThe district said nothing."
    assert all(s.speaker is None for s in extract(text))


def test_a_company_name_ending_in_ai():
    for text in (
        "Quillo AI said it had spent 2 million pounds.",
        "Leeds-based startup Quillo AI, which sells scheduling software, said it had spent "
        "2 million pounds.",
    ):
        s = next(s for s in extract(text) if s.quote.startswith("it had spent"))
        assert (s.speaker, s.speaker_type) == ("Quillo AI", "organization"), text


def test_guard_ai_as_a_modifier():
    s = by_quote("Sam Hale, an AI researcher, said the rules were weak.")["the rules were weak"]
    assert (s.speaker, s.role) == ("Sam Hale", "AI researcher")


def test_a_document_published_by_a_body_on_a_date():
    text = (
        "The European Commission met in May. Only 14% of firms were ready, according to a "
        "survey published by the Commission in June."
    )
    assert by_quote(text)["Only 14% of firms were ready"].speaker == "European Commission"
    text = "Prices rose, according to a report released by Harbor Analytics on Monday."
    assert by_quote(text)["Prices rose"].speaker == "Harbor Analytics"


def test_a_source_who_gave_only_one_name():
    text = (
        "Outside court, relatives of Ms Hale said the week had been hard. One of them, who "
        'gave her name only as Sharon, said: "We want the truth."'
    )
    got = by_quote(text)
    assert got["We want the truth."].speaker == "Sharon"
    assert got["the week had been hard"].speaker is None
    s = by_quote("A witness, who identified himself only as Marco, said the car was red.")
    assert s["the car was red"].speaker == "Marco"


def test_guard_a_source_who_gave_a_description():
    s = by_quote("A witness, who identified himself as a neighbour, said the car was red.")
    assert s["the car was red"].speaker is None


def test_a_funeral_home_speaks():
    text = (
        "The service will be held Friday, according to Brandt-Lowe Funeral Home, which is "
        "handling the arrangements."
    )
    s = by_quote(text)["The service will be held Friday"]
    assert (s.speaker, s.speaker_type) == ("Brandt-Lowe Funeral Home", "organization")
    s = by_quote("Maple Grove Nursing Home said it had no cases.")["it had no cases"]
    assert (s.speaker, s.speaker_type) == ("Maple Grove Nursing Home", "organization")


def test_the_fire_service_named_paragraphs_before():
    text = (
        "Dana Ruiz, an inspector with Carlow and Dene Fire and Rescue Service, told the court "
        "the fire began in the attic.\n\n"
        '"No," she said.\n\n"None."\n\n"Nothing at all."\n\n'
        "Ruiz accepted that the roof was old.\n\n"
        "The fire service said in a statement that its crew arrived in five minutes."
    )
    s = by_quote(text)["its crew arrived in five minutes"]
    assert s.speaker == "Carlow and Dene Fire and Rescue Service"
    text = (
        "Dana Ruiz, an inspector with Carlow Fire and Rescue Service, told the court the fire "
        "began in the attic.\n\n"
        "The fire service said in a statement that its crew arrived in five minutes."
    )
    s = by_quote(text)["its crew arrived in five minutes"]
    assert s.speaker == "Carlow Fire and Rescue Service"


TRIAL = """"I saw him run," neighbour tells garage fire trial

LEEDS, England — A neighbour told a jury on Monday that she saw a man run from the burning \
garage.

Ada Whitlock, 71, told Leeds Crown Court that she had been walking her dog at midnight.
"""


def test_the_leads_description_named_as_the_next_paragraph_opens():
    got = by_quote(TRIAL)
    assert got["she saw a man run from the burning garage"].speaker == "Ada Whitlock"
    # the headline's bare "neighbour" is the same witness
    assert got["I saw him run,"].speaker == "Ada Whitlock"


def test_guard_the_next_paragraph_speaks_with_another_verb():
    text = (
        "A neighbour told a jury on Monday that she saw a man run from the burning garage."
        "\n\nTom Bell, the fire chief, said the garage was empty."
    )
    assert by_quote(text)["she saw a man run from the burning garage"].speaker is None


def test_a_relative_has_the_family_tie_as_role():
    # round 18 takes the later sets' convention (heldout9's gold gives "son"; the earlier
    # sets' gave a relative no role)
    s = extract("He died Sunday, his son, Paul Brandt, said.")[0]
    assert (s.speaker, s.role) == ("Paul Brandt", "son")


def test_guard_an_office_beats_the_kinship():
    s = extract("His son, Paul Brandt, the mayor of Dover, said he loved the sea.")[0]
    assert s.role == "mayor of Dover"
    # (an occupation gives way to the tie written before the name, decision 8, as the
    # held-out golds write it, since round 24; was "chef")
    s = extract("Brandt’s grandson, Eli Hart, a chef in Omaha, said he cooked well.")[0]
    assert s.role == "grandson"


def test_counsel_in_a_british_court():
    text = "Opening the case, Helen Marsh KC, prosecuting, told the jury that Pryor was guilty."
    s = by_quote(text)["Pryor was guilty"]
    assert (s.speaker, s.role) == ("Helen Marsh", "prosecutor")
    s = by_quote('"Is it possible?" asked Simon Achebe KC, defending.')["Is it possible?"]
    assert (s.speaker, s.role) == ("Simon Achebe", "defence counsel")


def test_a_party_family_after_a_demonym_is_no_organisation():
    for text, country in (
        ("German Green lawmaker Jonas Falk said the law was agreed.", "DE"),
        ("French Socialist lawmaker Anne Roy said the law was agreed.", "FR"),
    ):
        s = by_quote(text)["the law was agreed"]
        assert (s.organization, s.country) == (None, country), text
    s = by_quote("U.S. Steel CEO Dan Hale said the law was agreed.")["the law was agreed"]
    assert s.organization == "U.S. Steel"


def test_a_place_based_company_without_an_article():
    text = "Paris-based startup Ostara AI said it had spent 1 million euros."
    s = by_quote(text)["it had spent 1 million euros"]
    assert (s.speaker, s.country) == ("Ostara AI", "FR")
    s = by_quote("German carmaker Volkswagen said sales fell.")["sales fell"]
    assert (s.speaker, s.country) == ("Volkswagen", "DE")


def test_a_retired_mail_carrier_is_a_person():
    text = (
        '"It is not the same," said Leo Marsh, 78, a retired mail carrier who ate breakfast '
        "there for four decades."
    )
    s = by_quote(text)["It is not the same,"]
    assert (s.speaker, s.speaker_type, s.organization) == ("Leo Marsh", "person", None)
    s = by_quote("Skyjet, a budget carrier, said fares would rise.")["fares would rise"]
    assert (s.speaker, s.speaker_type) == ("Skyjet", "organization")


def test_a_group_described_with_a_postmodifier_speaks_as_a_body():
    text = (
        "A spokesperson for the U.S. cloud company Corvex said the firm backed the law.\n\n"
        "Fairlane Europe, an umbrella group for consumer organizations in 27 countries, said "
        "in a statement that the delay would hurt people.\n\n"
        '"Every month of delay is a month lost," said its director, Paolo Verdi.'
    )
    got = by_quote(text)
    s = got["the delay would hurt people"]
    assert (s.speaker, s.speaker_type) == ("Fairlane Europe", "organization")
    s = got["Every month of delay is a month lost,"]
    assert (s.speaker, s.role, s.organization) == ("Paolo Verdi", "director", "Fairlane Europe")


def test_a_school_districts_officers_belong_to_it():
    text = (
        "The board of Pine Hollow Public Schools voted 4-3 to close a school.\n\n"
        "Superintendent Dana Ruiz said the savings would pay for reading aides.\n\n"
        "Trustee Leo Marsh said the vote was rushed."
    )
    got = by_quote(text)
    s = got["the savings would pay for reading aides"]
    assert (s.role, s.organization) == ("Superintendent", "Pine Hollow Public Schools")
    s = got["the vote was rushed"]
    assert (s.role, s.organization) == ("Trustee", "Pine Hollow Public Schools")


def test_guard_an_officers_own_body_first():
    text = (
        "The Harlow Unified School District met on Monday. Trustee Leo Marsh of the Harlow "
        "Rotary Club said the vote was rushed."
    )
    assert by_quote(text)["the vote was rushed"].organization == "Harlow Rotary Club"


def test_a_summary_appositive_closes_the_reported_clause():
    text = (
        "Dana Ruiz, an inspector, told the court that the fire had started in two rooms, a "
        'pattern she described as "a clear sign" of arson.'
    )
    got = by_quote(text)
    assert got["the fire had started in two rooms"].speaker == "Dana Ruiz"
    assert got["a clear sign"].speaker == "Dana Ruiz"
    s = by_quote("Dana Ruiz said the fires followed a pattern of arson in the area.")
    assert "the fires followed a pattern of arson in the area" in s


def test_a_relative_clause_with_the_cues_object_gap():
    text = (
        "The board of Pine Hollow Public Schools voted to close the pool, a decision the "
        "district’s superintendent said would save $2 million a year but that angered "
        "swimmers.\n\nSwimmers booed.\n\nThe pool opened in 1961.\n\n"
        "Superintendent Ann Toller said the pool was too old."
    )
    s = by_quote(text)["would save $2 million a year"]
    assert (s.speaker, s.cue) == ("Ann Toller", "said")
    text = "The council voted to close the pool, a move critics said would hurt children."
    s = by_quote(text)["would hurt children"]
    assert (s.speaker, s.source) == (None, "critics")


def test_guard_said_before_a_modal_with_its_own_subject():
    s = by_quote("The mayor said would-be buyers should wait.")
    assert "would-be buyers should wait" in s


def test_an_officer_of_a_described_body_takes_its_country():
    text = (
        "Harlow Town agreed to sell its captain to the Portuguese club Sporting Ribeira on "
        "Friday.\n\n"
        "Sporting Ribeira's technical director, Rui Matos, said the player was ready."
    )
    s = by_quote(text)["the player was ready"]
    assert (s.organization, s.country) == ("Sporting Ribeira", "PT")
