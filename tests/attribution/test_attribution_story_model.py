"""Round 23, the story model (articles/attribution/salience.py, read by resolve.py): who
a pronoun or a description means when several people of one gender are in play, read
from the story's focus — the paragraph a person was named in last, the sentence before,
the statement before. Invented copy, none from bench/probes/r23a. Each test failed
before its rule, but the guards."""

from quote_lookup import by_quote


def test_a_title_two_people_hold_names_the_one_the_latest_paragraphs_are_about():
    # two ministers: "the minister added" right after the second one spoke is that one,
    # and "The minister also said" after the first one spoke again is the first
    text = (
        "Sailors freed off Somalia\n\n"
        "LISBON, May 4 (Reuters) - Two sailors held off Somalia were freed on Monday.\n\n"
        "Portuguese Foreign Minister Rui Tavares told reporters the men were well.\n\n"
        "“They will be home on Thursday,” he said.\n\n"
        "In Madrid, Spain’s foreign minister, Elena Roig, said one of the sailors had "
        "called his wife.\n\n"
        "“He asked about his children first,” Ms Roig said.\n\n"
        "“It was a very short call,” the minister added.\n\n"
        "Mr Tavares said no money had changed hands.\n\n"
        "The minister also said the ship would be towed to Mombasa.\n"
    )
    got = by_quote(text)
    assert got["It was a very short call,"].speaker == "Elena Roig"
    assert got["the ship would be towed to Mombasa"].speaker == "Rui Tavares"


def test_a_title_holder_named_only_as_an_object_is_not_in_focus():
    # "He later met his French counterpart, Foreign Minister Y": Y is named latest but
    # only as an object; the minister the story is about is the one who spoke
    text = (
        "Ministers meet in Rome\n\n"
        "ROME, May 4 (Reuters) - Two ministers met on Monday.\n\n"
        "Italian Foreign Minister Paolo Renzi said the talks had gone well.\n\n"
        "He later met his French counterpart, Foreign Minister Julien Marchal, over lunch "
        "at the embassy.\n\n"
        "“We agreed on almost everything,” the minister said.\n"
    )
    got = by_quote(text)
    assert got["We agreed on almost everything,"].speaker == "Paolo Renzi"


def test_a_rank_written_before_the_name_is_a_description_later():
    # "the colonel said" after "Colonel X": the one person written with that rank
    text = (
        "Army secures border town\n\n"
        "BAMAKO, June 2 (Reuters) - Troops retook a border town on Sunday.\n\n"
        "The army spokesman, Colonel Oumar Diarra, said the town was calm.\n\n"
        "“Every family can go home this week,” the colonel said.\n"
    )
    got = by_quote(text)
    assert got["Every family can go home this week,"].speaker == "Oumar Diarra"


def test_a_leader_of_a_kind_is_the_one_written_with_that_word():
    # "the union leader said" paragraphs after "Union leader X", another woman speaking
    # in between: the one written with "union" next to the title
    text = (
        "Strike talks\n\n"
        "Union leader Sarah Cole met the rail operator's chief, Anne Price, on Monday.\n\n"
        "Cole said the offer was an insult.\n\n"
        "Price, who took over the company last year, said the offer was the best it could "
        "make.\n\n"
        "“The money is not there,” she said.\n\n"
        "The union leader said strikes would go ahead.\n"
    )
    got = by_quote(text)
    assert got["strikes would go ahead"].speaker == "Sarah Cole"


def test_an_untitled_description_is_the_one_person_of_the_sentence_before():
    # nobody was written with "director": "the finance director" is the one person the
    # sentence before named, when that person has no other title
    text = (
        "Council budget hearing\n\n"
        "The council heard from the finance team on Tuesday.\n\n"
        "The team is run by Joyce Ekwueme, who sat at the end of the table. Ms Ekwueme "
        "told councillors the reserves would last two years.\n\n"
        "“We cannot keep spending them at this rate,” the finance director said.\n"
    )
    got = by_quote(text)
    assert got["We cannot keep spending them at this rate,"].speaker == "Joyce Ekwueme"


def test_a_pronoun_after_a_sentence_naming_one_woman_as_object_is_her():
    # the earlier speaker is not in this paragraph; the sentence before names one woman
    # (as an object): "Asked whether …, she said" is her
    text = (
        "Hospital chiefs questioned\n\n"
        "The chief executive of a hospital trust, Moira Lindqvist, appeared before "
        "councillors on Monday with her deputy, Ruth Adeyemi.\n\n"
        "Ms Lindqvist said the trust had cut waiting lists by a fifth.\n\n"
        "“We still have a long way to go,” she said.\n\n"
        "Councillor Mark Hebden then turned to Ms Adeyemi. Asked whether the wards had "
        "enough nurses, she said they did not.\n"
    )
    got = by_quote(text)
    assert got["they did not"].speaker == "Ruth Adeyemi"


def test_guard_a_pronoun_of_the_topic_in_the_sentence_before_keeps_the_topic():
    # "She has praised X … . She said": the sentence before names another woman as an
    # object, but its own "She" keeps the topic
    text = (
        "A judge looks back\n\n"
        "Judge Anna Kowalczyk spoke to students on Friday.\n\n"
        "“The law is slow, and that is its strength,” Kowalczyk said.\n\n"
        "She has often praised her clerk, Clara Benton, in public. She said the ruling "
        "had followed the statute.\n"
    )
    got = by_quote(text)
    assert got["the ruling had followed the statute"].speaker == "Anna Kowalczyk"


def test_a_pronoun_goes_on_with_a_description_resolved_after_the_pronoun_pass():
    # two directors: "The technical director, who …, said A" is read late (by the head
    # of his title), and "He told …" goes on with him, not with the man who spoke in the
    # paragraph before
    text = (
        "Striker deal stalls\n\n"
        "Hollin Athletic's bid for a striker stalled on Monday.\n\n"
        "Athletic's technical director, Bruno Castagna, said the club had made its last "
        "offer.\n\n"
        "Gareth Lowe, the league's director of competitions, said the deadline would not "
        "move.\n\n"
        "The player's agent, Dominic Reyes, said the striker wanted to move.\n\n"
        "“He has told everyone he wants to go,” Reyes said.\n\n"
        "The technical director, who has run the club's recruitment since 2019, said the "
        "price was fair. He told a local newspaper that the club would “not go higher.”\n\n"
        "“We have other names on our list,” he said.\n"
    )
    got = by_quote(text)
    assert got["not go higher."].speaker == "Bruno Castagna"
    assert got["We have other names on our list,"].speaker == "Bruno Castagna"


def test_a_pronoun_goes_on_with_the_speaker_named_earlier_in_its_paragraph():
    # the paragraph before ends with another man's statement by description; this
    # paragraph's named speaker goes on in its "he said"
    text = (
        "Striker deal stalls\n\n"
        "Hollin Athletic's bid for a striker stalled on Monday.\n\n"
        "The player's agent, Dominic Reyes, said the striker wanted to move.\n\n"
        "“If they want a fight, they will have one,” the agent said.\n\n"
        "The striker's team-mate at Hollin, the defender Tomas Varga, said the squad was "
        "calm. “We tease him about it, and he laughs,” he said.\n"
    )
    got = by_quote(text)
    assert got["If they want a fight, they will have one,"].speaker == "Dominic Reyes"
    assert got["We tease him about it, and he laughs,"].speaker == "Tomas Varga"


def test_a_body_named_between_is_no_rival_for_a_nationality_epithet():
    # "X said Vila Serrana had agreed …. “…,” the Portuguese said": the club named after X is
    # no other person, so the epithet is X
    text = (
        "Striker deal stalls\n\n"
        "Joaquim Serrano, who has represented the striker since 2015, said Vila Serrana "
        "had agreed a fee on Friday and changed it on Monday.\n\n"
        "“That is not how football works,” the Portuguese said.\n"
    )
    got = by_quote(text)
    assert got["That is not how football works,"].speaker == "Joaquim Serrano"
