"""Round 25, probe r25a's training errors (r25-probea): speakers over distance and
descriptors naming earlier people, each class tested with invented copy only (no
sentence of the probe)."""

from quote_lookup import by_quote


def test_the_pilot_is_the_one_person_written_as_a_pilot():
    # an occupation with its field before it ("The ferry pilot, X,"): "the pilot said"
    # paragraphs later, past another man, and the "he said" after it
    got = by_quote(
        "Ferry runs aground\n\n"
        "The harbour pilot, Owen Markle, steered the ferry off the sandbar at dawn.\n\n"
        "Dan Foley, the ferry line's owner, said the boat was undamaged.\n\n"
        "The pilot said the tide had been lower than the charts showed.\n\n"
        "“I have never seen the channel that shallow,” he said.\n"
    )
    assert got["the tide had been lower than the charts showed"].speaker == "Owen Markle"
    assert got["I have never seen the channel that shallow,"].speaker == "Owen Markle"


def test_the_accountant_is_the_one_person_described_as_one():
    got = by_quote(
        "Audit finds gaps\n\n"
        "Rita Solberg, a forensic accountant at Fenwood Partners, said the ledgers had "
        "been altered.\n\n"
        "Mark Ames said the board had not been told.\n\n"
        "“Someone went back and changed the dates,” the accountant said.\n"
    )
    assert got["Someone went back and changed the dates,"].speaker == "Rita Solberg"


def test_the_prime_minister_is_not_a_former_finance_minister():
    # "the prime minister" is an office of its own: not the opposition leader who
    # "served as finance minister", however recently he spoke
    got = by_quote(
        "Budget passes narrowly\n\n"
        "Prime Minister Hans Berg survived the vote on Tuesday.\n\n"
        "The motion was tabled by the Farmers' League, whose leader, Olav Rud, served as "
        "finance minister in the previous government. Rud said the result was a "
        "disgrace.\n\n"
        "“We made them show their hand,” he said.\n\n"
        "The prime minister said he would meet the farmers on Friday.\n"
    )
    assert got["he would meet the farmers on Friday"].speaker == "Hans Berg"


def test_served_as_minister_makes_the_former_minister():
    got = by_quote(
        "Budget passes narrowly\n\n"
        "Prime Minister Hans Berg survived the vote on Tuesday.\n\n"
        "The motion was tabled by the Farmers' League, whose leader, Olav Rud, served as "
        "finance minister in the previous government. Rud said the result was a "
        "disgrace.\n\n"
        "“We will be back,” the former minister said.\n"
    )
    assert got["We will be back,"].speaker == "Olav Rud"


def test_the_body_and_title_description_is_that_bodys_one_holder():
    # "the Parks Canada specialist": the one person of that body whose role ends in
    # "specialist" (round 24 had "the FDA official")
    got = by_quote(
        "Climbers rescued\n\n"
        "Greg Hale, a visitor safety specialist with Parks Canada, said the hikers had "
        "done everything right.\n\n"
        "The helicopter pilot, Kyle Berg, flew Mr. Hale up to the ledge at first light.\n\n"
        "“You get one clean window, and Kyle found it,” the Parks Canada specialist said.\n"
    )
    assert got["You get one clean window, and Kyle found it,"].speaker == "Greg Hale"


def test_a_named_officer_of_a_local_unit_in_a_town_speaks_not_the_town():
    got = by_quote(
        "Highway reopens\n\n"
        "Corporal Anita Rai of the RCMP's detachment in Hope said the highway had reopened "
        "at noon.\n\n"
        "Police would not release more information, she said.\n"
    )
    first = got["the highway had reopened at noon"]
    assert first.speaker == "Anita Rai"
    assert first.role == "Corporal"
    assert got["Police would not release more information"].speaker == "Anita Rai"


def test_a_search_and_rescue_body_is_one_name():
    # a public service's two words joined by "and" inside one body's name, no head after
    got = by_quote(
        "Hikers found\n\n"
        "Two hikers were found on Sunday, Parks Canada said.\n\n"
        "The pair had been stuck on a ledge for two days, according to Selkirk Valley "
        "Search and Rescue.\n\n"
        "The group's search manager, Dale Moss, said the pair had called for help late on "
        "Thursday.\n"
    )
    body = got["The pair had been stuck on a ledge for two days"]
    assert body.speaker == "Selkirk Valley Search and Rescue"
    assert body.organization == "Selkirk Valley Search and Rescue"
    assert got["the pair had called for help late on Thursday"].organization == (
        "Selkirk Valley Search and Rescue"
    )


def test_service_pair_bodies_speak_as_one():
    got = by_quote(
        "Pool closes\n\n"
        "Lakeside Parks and Recreation said the pool would close for repairs.\n\n"
        "The lake would reopen in May, said Elmwood Fish and Wildlife.\n"
    )
    assert got["the pool would close for repairs"].speaker == "Lakeside Parks and Recreation"
    assert got["The lake would reopen in May"].speaker == "Elmwood Fish and Wildlife"


def test_a_backshifted_refusal_of_an_act_goes_on_with_the_reported_clause():
    # "said A but had refused to let her go": the reported subject's refusal, one clause;
    # a refusal to speak stays the speaker's own act
    got = by_quote(
        "Climbers home\n\n"
        "Anna Lind said her partner had lost feeling in two toes but had refused to let "
        "her go for help alone.\n\n"
        "Tom Ek said the road was closed but refused to say why.\n"
    )
    assert (
        "her partner had lost feeling in two toes but had refused to let her go for help alone"
        in got
    )
    assert "to let her go for help alone" not in got
    assert "the road was closed" in got


def test_a_leads_possessive_description_is_the_one_holder_named_later():
    # "his former finance chief told …" in the lead, the headline's "ex-CFO": the one
    # chief financial officer the story names further down
    got = by_quote(
        "Former Kestrel Mining chief hid losses, ex-CFO tells court\n\n"
        "The former chief executive of Kestrel Mining knew that losses worth $20 million "
        "had been hidden from auditors, his former finance chief told the High Court on "
        "Monday.\n\n"
        "Wong Kah Mun, 61, faces nine charges of falsifying accounts.\n\n"
        "Testifying for the prosecution, Ms Lee Siew Ping, who was Kestrel Mining's chief "
        "financial officer for five years, said the losses were moved to a subsidiary.\n"
    )
    assert got["Former Kestrel Mining chief hid losses"].speaker == "Lee Siew Ping"
    lead = next(s for q, s in got.items() if q.startswith("The former chief executive"))
    assert lead.speaker == "Lee Siew Ping"
    assert lead.organization == "Kestrel Mining"


def test_whose_title_gives_the_body_to_later_statements():
    # "the Civic Union, whose leader, X, served as …" (no statement there): X's body at
    # his later statements
    got = by_quote(
        "Vote fails\n\n"
        "The motion was tabled by the opposition Civic Union, whose leader, Marko Vidmar, "
        "served as finance minister. Vidmar said the result was a disgrace.\n\n"
        "“We will be back,” he said.\n"
    )
    assert got["the result was a disgrace"].organization == "Civic Union"
    assert got["We will be back,"].organization == "Civic Union"


def test_its_is_the_one_body_the_sentence_before_names():
    # no body spoke before: "its" is the one organisation named in the sentence before,
    # and "the farmers' leader" later is that body's one leader
    got = by_quote(
        "Vote fails\n\n"
        "At the centre of the drama were the two deputies of the Farmers' League, the "
        "smallest of the three governing parties. Its leader, Ivo Rus, had said on Monday "
        "that his party would quit.\n\n"
        "Dana Holm said the vote had been fair.\n\n"
        "“We saved the wards,” the farmers' leader said.\n"
    )
    assert got["his party would quit"].organization == "Farmers' League"
    later = got["We saved the wards,"]
    assert later.speaker == "Ivo Rus"
    assert later.organization == "Farmers' League"


def test_its_with_two_bodies_in_the_sentence_before_is_none():
    got = by_quote(
        "Suit filed\n\n"
        "Talks between the Harbour Workers Union and the Port Authority ended on Monday. "
        "Its president, Lena Ruiz, said the talks had failed.\n"
    )
    assert got["the talks had failed"].organization is None


def test_a_former_title_with_ex_closes_the_reported_clause():
    # "…, ex-CFO tells court" / "…, the ex-CFO said.": a tag with a hyphenated former
    # title ends the clause, so the nested "knew" reports nothing of its own
    got = by_quote(
        "Kestrel chief knew invoices were fake, ex-CFO tells court\n\n"
        "The mayor knew the bridge was unsafe, the ex-engineer said.\n"
    )
    assert set(got) == {
        "Kestrel chief knew invoices were fake",
        "The mayor knew the bridge was unsafe",
    }
