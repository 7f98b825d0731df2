"""Probe r23a, fields: role, country and organisation of right-speaker statements
(measured with bench/fields.py). Invented copy; each test writes the expected fields."""

from quote_lookup import by_quote


def fields(s):
    return (s.speaker, s.role, s.country, s.organization)


# --- a club named with its leading word ("Olympique X") is a body, not a person ------


def test_a_possessive_short_name_is_the_club_opening_with_its_word():
    text = (
        "Castelvo hold out for more\n\n"
        "Harlow Rovers want the forward Dario Pinto, but Olympique Castelvo want more "
        "money.\n\n"
        "Castelvo's technical director, Paolo Renzi, said no bid had been accepted."
    )
    s = by_quote(text)["no bid had been accepted"]
    assert fields(s) == ("Paolo Renzi", "technical director", None, "Olympique Castelvo")


def test_a_dynamo_is_a_club():
    text = (
        "Brest unmoved\n\n"
        "Dynamo Brest rejected a third offer for the winger Ales Hrybau on Monday.\n\n"
        "Brest's president, Ihar Lenski, said the player was not for sale."
    )
    s = by_quote(text)["the player was not for sale"]
    assert (s.speaker, s.organization) == ("Ihar Lenski", "Dynamo Brest")


def test_a_club_s_short_name_speaks_as_the_club_in_full():
    text = (
        "Pinto joins Deportivo Marisca\n\n"
        "VIGO, Spain (AP) — Harlow Rovers have sold the forward Dario Pinto to the Spanish "
        "club Deportivo Marisca for 40 million euros.\n\n"
        "Marisca said the player would be presented to fans on Monday."
    )
    s = by_quote(text)["the player would be presented to fans on Monday"]
    assert (s.speaker, s.speaker_type, s.organization) == (
        "Deportivo Marisca", "organization", "Deportivo Marisca",
    )  # fmt: skip


def test_a_club_opening_with_its_word_before_a_title_is_the_employer():
    text = (
        "Rennes to appeal\n\nStade Rennais president Luc Morin said the club would appeal the fine."
    )
    s = by_quote(text)["the club would appeal the fine"]
    assert (s.speaker, s.role, s.organization) == ("Luc Morin", "president", "Stade Rennais")


# --- "the club's" after the club's short name in the paragraph ------------------------


def test_the_club_is_the_one_whose_short_name_opens_the_paragraph():
    # two clubs in play, the other one the latest named: the club's short name in the
    # title's paragraph picks the one written in full before
    text = (
        "Castelvo and Harlow dig in\n\n"
        "Harlow Rovers want the forward Dario Pinto, but Olympique Castelvo want more "
        "money.\n\n"
        "Castelvo's technical director, Paolo Renzi, said no bid had been accepted.\n\n"
        '"We have told them our price," he said.\n\n'
        "He added that the club was not in a hurry.\n\n"
        "At Harlow the mood is calm. The club's head of recruitment, Neil Brandon, said a "
        "bid was ready."
    )
    s = by_quote(text)["a bid was ready"]
    assert fields(s) == ("Neil Brandon", "head of recruitment", None, "Harlow Rovers")


# --- a body after "by" closing a fronted phrase is no appositive of the name --------


def test_the_agent_body_of_a_fronted_phrase_gives_the_name_no_country():
    text = (
        "Engineer freed in Niger\n\n"
        "Tomas Keller, 52, was seized in May near Agadez.\n\n"
        "In a statement released by the Algerian interior ministry, Keller, tired and thin, "
        "thanked the negotiators.\n\n"
        '"I never lost hope," Keller said.'
    )
    s = by_quote(text)["I never lost hope,"]
    assert (s.speaker, s.country, s.organization) == ("Tomas Keller", None, None)


# --- a train operator is a company, not a person ---------------------------------------


def test_a_train_operator_after_chief_executive_of_is_no_speaker():
    text = (
        "Rail boss apologises\n\n"
        "The chief executive of Westvale Trains apologised to passengers on Monday.\n\n"
        "Appearing before the committee, Janet Orrell said the company had failed.\n\n"
        "The chief executive replied that the new timetable would be ready in May."
    )
    s = by_quote(text)["the new timetable would be ready in May"]
    assert s.speaker != "Westvale Trains"


# --- a lead's description named in the next paragraph, after a byline ------------------


def test_the_lead_description_after_a_byline_is_the_person_named_next():
    text = (
        "Ferry bosses questioned over cancelled sailings\n\n"
        "By Ruth Calloway\n\n"
        "The managing director of Orkney Crest Ferries apologised to islanders on Tuesday "
        "for a week of cancelled sailings.\n\n"
        "Speaking at a public meeting in Kirkwall, Ingrid Sallow said the company had "
        "misjudged the repairs."
    )
    s = by_quote(text)["the company had misjudged the repairs"]
    assert (s.speaker, s.role, s.organization) == (
        "Ingrid Sallow", "managing director", "Orkney Crest Ferries",
    )  # fmt: skip


# --- two people described by nationality and trade in the lead, named next in order ----


def test_a_lead_pair_gives_each_name_its_trade_and_country():
    text = (
        "Two engineers freed in Chad\n\n"
        "PARIS/BERLIN, May 4 (Reuters) - A French engineer and a German pilot held in "
        "northern Chad since January have been freed, officials said on Monday.\n\n"
        "Julien Marchal, 44, and Petra Vogt, 39, were captured near Faya.\n\n"
        '"We were treated well," Marchal said.\n\n'
        "Vogt said she wanted to see her family."
    )
    q = by_quote(text)
    assert fields(q["We were treated well,"]) == ("Julien Marchal", "engineer", "FR", None)
    assert fields(q["she wanted to see her family"]) == ("Petra Vogt", "pilot", "DE", None)
