"""Probe round 21 G (bench/probes/r21g: Nigerian fuel-subsidy protests, Gaza ceasefire
talks in Cairo, a Canadian federal budget): the general error classes found there, each
tested on invented copy that differs from the probe articles. Each test failed before its
rule (guards say so)."""

from quote_lookup import by_quote


def test_bare_surname_without_the_joined_particle_is_the_person():
    # wire copy may drop "al-" / "el-" in later mentions: "Hamdani" is "Tarek al-Hamdani"
    text = (
        "BEIRUT (AP) — Talks on the prisoner exchange resumed on Monday.\n\n"
        "Senior negotiator Tarek al-Hamdani said the group was ready to talk.\n\n"
        "Hamdani said later that no meeting had been scheduled.\n"
    )
    got = by_quote(text)
    s = got["no meeting had been scheduled"]
    assert s.speaker == "Tarek al-Hamdani"
    assert s.organization != "Hamdani"


def test_critic_is_a_title_head():
    # Westminster-style opposition portfolios: "NDP health critic X", "finance critic X"
    text = (
        "OTTAWA — The government tabled its spending plan on Thursday.\n\n"
        "NDP health critic Gordon Peltier said the plan ignored rural clinics.\n"
    )
    s = by_quote(text)["the plan ignored rural clinics"]
    assert s.speaker == "Gordon Peltier"
    assert s.role is not None and "critic" in s.role


def test_contact_relative_on_a_course_or_figure_noun_speaks():
    # ", a path the minister called “…”": the contact relative's subject speaks, for
    # nouns of a course, a figure or a package as for "a move the union called"
    text = (
        "SYDNEY — The plan was unveiled on Tuesday.\n\n"
        "Finance Minister Joanna Pike said the budget was balanced.\n\n"
        'Debt will fall to $90 billion by 2030, a path the minister called "prudent."\n\n'
        'Growth is forecast at 2.1%, a pace the opposition called "fantasy."\n'
    )
    got = by_quote(text)
    assert got["prudent."].speaker == "Joanna Pike"


def test_a_body_named_something_congress_is_not_the_us_congress():
    text = (
        "ACCRA — Fuel prices rose again on Monday.\n\n"
        "The Ghana Teachers Congress (GTC), which represents 80,000 teachers, said talks "
        "with the ministry had failed.\n"
    )
    s = by_quote(text)["talks with the ministry had failed"]
    assert s.speaker == "Ghana Teachers Congress"
    assert s.country != "US"


def test_the_us_congress_stays_congress():
    # guard (passes before and after)
    text = (
        "WASHINGTON (AP) — The bill stalled again.\n\n"
        "The Republican-led Congress said the vote would wait until March.\n"
    )
    s = by_quote(text)["the vote would wait until March"]
    assert s.speaker == "Congress"


def test_international_ngos_have_no_country():
    text = (
        "ACCRA — Police detained dozens of protesters on Monday.\n\n"
        "Human Rights Watch said the arrests were unlawful.\n\n"
        "Amnesty International said at least three people had been beaten in custody.\n"
    )
    got = by_quote(text)
    assert got["the arrests were unlawful"].country is None
    assert got["at least three people had been beaten in custody"].country is None


def test_a_described_body_known_as_a_name_is_that_body():
    # "The <description>, known as NAME, said": the aside names the speaking body
    text = (
        "GENEVA (AP) — Aid deliveries stalled again on Monday.\n\n"
        "The U.N. children's agency, known as UNICEF, said 40 trucks had been turned back "
        "at the border.\n\n"
        "The regional federation of grain farmers, known as Agrofed, said its members would block "
        "the highway.\n"
    )
    got = by_quote(text)
    assert got["40 trucks had been turned back at the border"].speaker == "UNICEF"
    assert got["its members would block the highway"].speaker == "Agrofed"


def test_a_movement_of_one_territory_has_its_country():
    # a movement or armed group speaking from another country's capital keeps its own
    text = (
        "CAIRO (AP) — Indirect talks resumed on Monday.\n\n"
        "Hamas said its negotiators would arrive on Tuesday.\n\n"
        "Hezbollah said in a statement that it was not a party to the talks.\n"
    )
    got = by_quote(text)
    assert got["its negotiators would arrive on Tuesday"].country == "PS"
    assert got["it was not a party to the talks"].country == "LB"


def test_a_ranked_two_word_descriptor_in_the_lede_is_the_body_named_later():
    # guard (passes before and after): "the country's biggest medical union said" (rank +
    # modifier + noun), named below
    text = (
        "NAIROBI, May 2 (Reuters) - Kenyan doctors walked out on Monday, and the country's "
        "biggest medical union said the strike would last a week.\n\n"
        "The Kenya Medical Practitioners Union (KMPU), which represents 7,000 doctors, said "
        "talks with the ministry had failed.\n"
    )
    s = by_quote(text)["the strike would last a week"]
    assert s.speaker == "Kenya Medical Practitioners Union"


def test_a_labour_federation_is_a_body_named_congress_or_trade_unions():
    text = (
        "ACCRA, May 2 (Reuters) - Workers walked out across Ghana on Monday, and the "
        "country's biggest labour federation said the stoppage would last three days.\n\n"
        "The Ghana Trades Congress, which represents 1.5 million workers, said talks with "
        "the government had collapsed.\n"
    )
    s = by_quote(text)["the stoppage would last three days"]
    assert s.speaker == "Ghana Trades Congress"


def test_a_lead_description_named_a_few_paragraphs_down_is_that_body():
    # a wire lead's "the country's biggest labour federation said", its name written in
    # full only after other speakers' paragraphs
    text = (
        "Zambian police break up fuel protests; unions threaten strike\n\n"
        "LUSAKA, June 3 (Reuters) - Police in Zambia fired tear gas at fuel protesters on "
        "Monday, and the country's biggest labour federation said it would call a general "
        "strike if prices were not cut by Friday.\n\n"
        '"We cannot afford to get to work," said Mwila, a bus conductor.\n\n'
        "Police spokeswoman Grace Banda said 20 people had been arrested.\n\n"
        "The Zambia Workers Congress, which represents 400,000 members, said talks had "
        "broken down.\n"
    )
    s = by_quote(text)["it would call a general strike if prices were not cut by Friday"]
    assert s.speaker == "Zambia Workers Congress"


def test_a_lead_description_is_not_a_name_written_before_it():
    # guard (passes before and after): "the ship's owner, a company …" is not the ship
    text = (
        "Cable cut off Malta\n\n"
        "VALLETTA, Malta — A cargo ship, the Blue Heron, cut a power cable on Monday, and "
        "the ship's owner, a company based in Cyprus, said the anchor had slipped in a "
        "storm.\n\n"
        "Engineers said repairs would take a month.\n\n"
        "The Blue Heron is now anchored off the harbour.\n"
    )
    s = by_quote(text)["the anchor had slipped in a storm"]
    assert s.speaker != "Blue Heron"


def test_a_weak_verb_inside_but_warned_that_does_not_take_the_partial():
    # "X said A, but warned that Greens would not support any plan that “…”": the
    # weaker verb sits in the reported clause of "warned"; the partial is X's
    text = (
        "REGINA — The province tabled its spending plan on Tuesday.\n\n"
        "Green Leader Tamsin Oakes said her party would read the bill, but warned that "
        'Greens would not support any plan that "forgets the north."\n'
    )
    s = by_quote(text)["forgets the north."]
    assert s.speaker == "Tamsin Oakes"
