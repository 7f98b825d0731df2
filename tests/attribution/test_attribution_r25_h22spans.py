"""Round 25, retired heldout22's span and speaker errors (r25-h22spans): general classes
of English news usage, each tested with invented copy only (no sentence of the set)."""

from quote_lookup import by_quote

from articles.attribution import extract

# -- a title known by its initials: "the DM", "The SSP", "the CMO" -------------------

INDIAN_WIRE = (
    "Fire guts market in Ramnagar; probe ordered\n\n"
    "Ramnagar (UP), Mar 4 (PTI) Two people were hurt in a fire at a cloth market here on "
    "Monday night, officials said.\n\n"
    "The fire began in a shop near the clock tower, according to District Magistrate "
    "Vinod Kumar Mehra.\n\n"
    "Senior Superintendent of Police (SSP) Arjun Bhatt said about 300 shops had been "
    "damaged.\n\n"
    "The DM, however, denied that the fire brigade had been late, saying five engines "
    "reached the spot within minutes.\n\n"
    '"The engines were not the problem. The lanes were too narrow," he said.\n\n'
    "Chief Medical Officer (CMO) Dr Rekha Saini said both the injured were stable.\n\n"
    '"Neither of them has serious burns," the CMO said.\n\n'
    "The SSP said the market would remain shut till Friday."
)


def test_a_title_acronym_after_the_is_the_one_holder_of_that_title():
    got = by_quote(INDIAN_WIRE)
    assert got["the fire brigade had been late"].speaker == "Vinod Kumar Mehra"
    assert got["five engines reached the spot within minutes"].speaker == "Vinod Kumar Mehra"
    assert got["Neither of them has serious burns,"].speaker == "Rekha Saini"
    assert got["the market would remain shut till Friday"].speaker == "Arjun Bhatt"


def test_a_pronoun_after_a_title_acronym_goes_back_to_its_holder():
    got = by_quote(INDIAN_WIRE)
    assert (
        got["The engines were not the problem. The lanes were too narrow,"].speaker
        == "Vinod Kumar Mehra"
    )


def test_an_organisation_acronym_is_no_title():
    got = by_quote(
        "Drug recalled\n\n"
        "The Food and Drug Administration said on Monday that the pills were unsafe.\n\n"
        "Food and Drug Administration Commissioner Ray Cole visited the plant.\n\n"
        "The FDA said the recall covered 40 batches."
    )
    assert got["the recall covered 40 batches"].speaker != "Ray Cole"


def test_two_holders_of_a_title_acronym_name_nobody():
    got = by_quote(
        "Floods hit two districts\n\n"
        "District Magistrate Anil Rao said 40 villages were cut off.\n\n"
        "In the next district, District Magistrate Meena Joshi said roads had been washed "
        "away.\n\n"
        "The DM said relief camps had been opened."
    )
    assert got["relief camps had been opened"].speaker not in {"Anil Rao", "Meena Joshi"}


def test_an_indian_wire_dateline_with_the_state_is_no_part_of_the_lead():
    got = by_quote(INDIAN_WIRE)
    assert "Two people were hurt in a fire at a cloth market here on Monday night" in got


# -- "the professor", "the administrator" ---------------------------------------------


def test_the_professor_is_the_one_person_described_as_a_professor():
    got = by_quote(
        "Museum pulls bronze from show\n\n"
        "A museum has withdrawn a bronze from its spring show.\n\n"
        "Marta Lind, a professor of sculpture at the University of Leeds, said she had "
        "examined the piece in March.\n\n"
        'The museum\'s director, Paul Greer, said: "We take this seriously."\n\n'
        "The professor said she had first doubted the bronze when she saw its base, and "
        'that the casting marks "told the whole story".'
    )
    assert got["she had first doubted the bronze when she saw its base"].speaker == "Marta Lind"
    assert got["told the whole story"].speaker == "Marta Lind"


def test_a_leads_administrator_is_the_administrator_named_next():
    got = by_quote(
        "Port cuts daily berths\n\n"
        "LIMA, May 6 (Reuters) - The port will cut the number of ships allowed in each day "
        "to 20 from 30 because of a strike, the port's administrator said on Tuesday.\n\n"
        "Administrator Carlos Ruiz Meza told a news conference that the strike had entered "
        "its third week."
    )
    assert (
        got[
            "The port will cut the number of ships allowed in each day to 20 from 30 "
            "because of a strike"
        ].speaker
        == "Carlos Ruiz Meza"
    )


# -- a province's or state's body in the lead, named in the next paragraph -------------


def test_a_provinces_regulator_in_the_lead_is_the_regulator_named_next():
    got = by_quote(
        "Sheen spreads off coast\n\n"
        "HALIFAX, N.S. — A fuel sheen about 12 kilometres long has formed off the coast "
        "after a leak at a terminal, Nova Scotia's energy regulator said Tuesday.\n\n"
        "The Maritime Energy Board estimated that about 40 cubic metres had escaped."
    )
    lead = (
        "A fuel sheen about 12 kilometres long has formed off the coast after a leak at a terminal"
    )
    assert got[lead].speaker == "Maritime Energy Board"


def test_a_states_regulator_in_the_lead_is_the_board_named_next():
    got = by_quote(
        "Smog alert\n\n"
        "SACRAMENTO, Calif. — Smog levels doubled over the weekend, California's air "
        "regulator said Monday.\n\n"
        "The Golden State Air Board said levels would fall by Thursday."
    )
    assert got["Smog levels doubled over the weekend"].speaker == "Golden State Air Board"


# -- an appositive with a company written with "&" / "and" ---------------------------


def test_an_appositive_with_an_ampersand_company_keeps_the_subject():
    got = by_quote(
        "Gallery delays sale\n\n"
        "Mark Dunlow, Holm & Vance's head of modern sculpture, said the house had ordered a "
        "full analysis of the bronze.\n\n"
        "Marks and Spencer's finance chief, Ann Reddy, said profits had risen."
    )
    assert got["the house had ordered a full analysis of the bronze"].speaker == "Mark Dunlow"
    assert got["the house had ordered a full analysis of the bronze"].organization == "Holm & Vance"
    assert got["profits had risen"].speaker == "Ann Reddy"


# -- speech verbs used for something else: a value, a sum, consent to a thing ----------


def test_estimated_at_a_value_is_no_cue_and_agreed_to_a_thing_is_no_statement():
    text = (
        "Gallery delays sale\n\n"
        "Holm & Vance said on Monday that the sculpture, estimated at £2 million to £3 "
        'million, would be "held back for further study" and that its owner had agreed to '
        "the delay."
    )
    got = by_quote(text)
    assert got["held back for further study"].speaker == "Holm & Vance"
    assert got["its owner had agreed to the delay"].speaker == "Holm & Vance"
    assert "the sculpture" not in got and "to the delay" not in got


def test_agreed_to_an_infinitive_is_still_reported():
    got = by_quote("The union agreed to suspend the strike, its leader said.")
    assert "The union agreed to suspend the strike" in got


def test_adds_an_amount_to_something_is_a_sum_not_speech():
    got = by_quote(
        "Freight rates rose again on Monday.\n\n"
        '"The route is now a gamble," said Mira Holt, an analyst at Bayline Research in '
        "Oslo.\n\n"
        "She said tankers had already begun avoiding the strait, which adds about 10 days "
        "to the voyage.\n\n"
        "The detour adds a week to every trip, the operator said."
    )
    spans = [s for s in got if s.startswith("She said")]
    assert spans == []
    clause = next(s for s in got if s.startswith("tankers had already begun"))
    assert got[clause].speaker == "Mira Holt"
    assert "The detour adds a week to every trip" in got


def test_added_with_a_number_and_a_clause_is_still_speech():
    out = extract("The mayor spoke on Monday. He added 10 people had been rescued.")
    assert [s.quote for s in out] == ["10 people had been rescued"]


# -- "according to X, which says A, B and C" -----------------------------------------


def test_a_closing_according_relative_runs_to_the_sentence_end():
    got = by_quote(
        "Traffic fell in May.\n\n"
        "Roughly 5% of the trade passes through the strait, according to the authority, "
        "which says its biggest customers are Norway, Sweden and Finland."
    )
    assert "its biggest customers are Norway, Sweden and Finland" in got


def test_an_opening_according_relative_keeps_its_list():
    got = by_quote(
        "Traffic fell in May.\n\n"
        "According to the authority, which says its busiest months are June, July and "
        "August, traffic fell by a third."
    )
    assert "its busiest months are June, July and August" in got
    assert "traffic fell by a third" in got
