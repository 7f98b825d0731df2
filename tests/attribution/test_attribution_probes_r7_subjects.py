"""Probe round 7 (who is the subject: noun phrases, appositives, roles): invented wire copy."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_title_of_a_place_or_organisation_is_an_unnamed_source_not_the_place():
    s = by_quote("The mayor of Portland said the city would appeal the ruling.")[
        "the city would appeal the ruling"
    ]
    assert s.speaker is None and s.source == "The mayor of Portland"
    s = by_quote("The chief executive of Acme Corp said profits would rise.")["profits would rise"]
    assert s.speaker is None and s.source == "The chief executive of Acme Corp"
    assert s.organization == "Acme Corp"
    # the one chief executive of that company the article names
    s = by_quote(
        "Acme Corp chief executive Dana Holt met analysts on Monday. "
        "The chief executive of Acme Corp said profits would rise."
    )["profits would rise"]
    assert s.speaker == "Dana Holt" and s.role == "chief executive"
    assert s.organization == "Acme Corp"
    # another company's chief executive is not that person
    s = by_quote(
        "Zenit Inc chief executive Dana Holt met analysts on Monday. "
        "The chief executive of Acme Corp said profits would rise."
    )["profits would rise"]
    assert s.speaker is None and s.organization == "Acme Corp"


def test_a_count_opening_the_subject_is_a_group_not_a_name():
    s = by_quote("Three candidates said they would debate on Friday.")[
        "they would debate on Friday"
    ]
    assert s.speaker is None and s.source == "Three candidates" and s.organization is None
    s = by_quote("Twelve percent said they had not decided.")["they had not decided"]
    assert s.speaker is None and s.source == "Twelve percent"


def test_a_publisher_is_a_title_so_the_possessor_does_not_speak():
    got = by_quote(
        "Ann Park wrote the novel in 2019. Park's publisher said the book would be reprinted."
    )
    s = got["the book would be reprinted"]
    assert s.speaker is None and s.source == "Park's publisher"
    s = by_quote("Luis Ortega, 67, a retired fisherman, said the harbor had changed.")[
        "the harbor had changed"
    ]
    assert s.speaker == "Luis Ortega" and s.role == "retired fisherman"


def test_bare_title_appositive_without_an_article():
    s = by_quote("“We lost a lot of nets,” said Tom Ruiz, history teacher.")[
        "We lost a lot of nets,"
    ]
    assert s.speaker == "Tom Ruiz" and s.role == "history teacher"
    s = by_quote("Carla Diaz, head coach at Rice, said the team was ready.")["the team was ready"]
    assert s.speaker == "Carla Diaz" and s.role == "head coach" and s.organization == "Rice"
    s = by_quote("“We lost a lot of nets,” said Tom Ruiz, history teacher at Lincoln High.")[
        "We lost a lot of nets,"
    ]
    assert s.role == "history teacher"


def test_generational_suffix_after_an_acronym_is_a_persons_name():
    s = by_quote("RFK Jr. told reporters that vaccines would be reviewed.")[
        "vaccines would be reviewed"
    ]
    assert s.speaker == "RFK Jr" and s.speaker_type == "person"


def test_white_after_a_first_name_is_a_surname():
    s = by_quote("Dana White said the fight would go ahead.")["the fight would go ahead"]
    assert s.speaker == "Dana White" and s.speaker_type == "person"
    s = by_quote("The White House said the plan was dead.")["the plan was dead"]
    assert s.speaker == "White House" and s.speaker_type == "organization"


def test_armed_actors_attacking_a_place_make_no_statement():
    assert extract("Hamas fighters attacked the post on Tuesday.") == []
    assert extract("Rebel troops fired on the convoy near the border.") == []
    s = by_quote("Critics attacked the plan as reckless.")["the plan as reckless"]
    assert s.source == "Critics" and s.cue == "attacked"


def test_a_school_named_in_an_appositive_speaks():
    s = by_quote("Their school, Lincoln High, said classes would resume Monday.")[
        "classes would resume Monday"
    ]
    assert s.speaker == "Lincoln High" and s.speaker_type == "organization"
    assert s.organization == "Lincoln High"
    s = by_quote("The school, Northside Academy, said the teacher had been suspended.")[
        "the teacher had been suspended"
    ]
    assert s.speaker == "Northside Academy" and s.speaker_type == "organization"


def test_an_inverted_unnamed_source_keeps_its_whole_complement():
    s = by_quote("“We played well,” said a member of the coaching staff.")["We played well,"]
    assert s.speaker is None and s.source == "a member of the coaching staff"
    s = by_quote("The fund is solvent, said a member of the board of trustees.")[
        "The fund is solvent"
    ]
    assert s.speaker is None and s.source == "a member of the board of trustees"
    s = by_quote("“It is over,” said a spokesman for the mining giant.")["It is over,"]
    assert s.source == "a spokesman for the mining giant"


def test_inverted_title_with_a_field_noun_before_the_name():
    s = by_quote("“Nobody was hurt,” said fire chief Joe Ryan.")["Nobody was hurt,"]
    assert s.speaker == "Joe Ryan" and s.role == "fire chief"
    s = by_quote("“Nobody was hurt,” said county fire marshal Joe Ryan.")["Nobody was hurt,"]
    assert s.speaker == "Joe Ryan" and s.role == "county fire marshal"
    s = by_quote("According to conservative talk radio host Tom Reed, the move was a mistake.")[
        "the move was a mistake"
    ]
    assert s.speaker == "Tom Reed" and s.role == "host"


def test_according_to_a_name_then_the_clause_is_no_appositive():
    s = by_quote("According to Tom Reed, the move reeks of fear.")["the move reeks of fear"]
    assert s.speaker == "Tom Reed" and s.role is None
    s = by_quote("According to Tom Reed, the mayor, the move reeks of fear.")[
        "the move reeks of fear"
    ]
    assert s.speaker == "Tom Reed" and s.role == "mayor"
    got = extract(
        "According to host Tom Reed, the move reeks of “fear” and desperation.",
        partial_spans="clause",
    )
    assert [(s.quote, s.speaker) for s in got] == [
        ("the move reeks of “fear” and desperation", "Tom Reed")
    ]


def test_title_nouns_that_are_group_nouns_as_surnames_after_a_first_name():
    for name in ("Aaron Judge", "Tom Marshal", "Tom Chief"):
        s = by_quote(f"{name} said nobody was hurt.")["nobody was hurt"]
        assert s.speaker == name and s.speaker_type == "person"
    s = by_quote("Detectives believe the blaze was set, the fire marshal said.")[
        "Detectives believe the blaze was set"
    ]
    assert s.source == "the fire marshal" and s.speaker is None


def test_two_capitals_as_a_first_name():
    s = by_quote("Lakers coach JJ Redick said the team lacked energy.")["the team lacked energy"]
    assert s.speaker == "JJ Redick" and s.role == "coach" and s.organization == "Lakers"
    s = by_quote("UN envoy Ann Lee said talks would resume.")["talks would resume"]
    assert s.speaker == "Ann Lee" and s.role == "envoy" and s.organization == "UN"


def test_title_of_a_body_before_a_name_is_the_persons_role():
    s = by_quote("The owner of the restaurant, Maria Lopez, said business had doubled.")[
        "business had doubled"
    ]
    assert s.speaker == "Maria Lopez" and s.role == "owner"
    s = by_quote("The head of the charity, Ann Wu, said the shelter would close.")[
        "the shelter would close"
    ]
    assert s.speaker == "Ann Wu" and s.speaker_type == "person"
    assert s.role == "head" and s.organization is None
    s = by_quote("The charity, Hope Street Kitchens, said it would reopen.")["it would reopen"]
    assert s.speaker == "Hope Street Kitchens" and s.speaker_type == "organization"


def test_a_partitive_subject_keeps_its_quantifier():
    s = by_quote("One of the lawyers said the ruling would be appealed.")[
        "the ruling would be appealed"
    ]
    assert s.speaker is None and s.source == "One of the lawyers"
    s = by_quote("One of the victims' mothers said she wanted justice.")["she wanted justice"]
    assert s.speaker is None and s.source == "One of the victims' mothers"
    s = by_quote("Neither of the candidates said how the cuts would be paid for.")[
        "how the cuts would be paid for"
    ]
    assert s.source == "Neither of the candidates"
    s = by_quote("None of the Acme Corp executives said the deal was off.")["the deal was off"]
    assert s.source == "None of the Acme Corp executives" and s.organization == "Acme Corp"


def test_a_lone_surname_with_an_age_is_a_person():
    s = by_quote("Petrenko, 48, a former journalist, said talks were possible.")[
        "talks were possible"
    ]
    assert s.speaker == "Petrenko" and s.speaker_type == "person"
    assert s.role == "former journalist" and s.organization is None


def test_a_described_title_before_an_appositive_keeps_its_noun_modifiers():
    s = by_quote("The plant manager, a 30-year veteran, said the line would restart.")[
        "the line would restart"
    ]
    assert s.speaker is None and s.source == "The plant manager"
    s = by_quote("The jury foreman, a retired teacher, told reporters the verdict was unanimous.")[
        "the verdict was unanimous"
    ]
    assert s.speaker is None and s.source == "The jury foreman"


def test_coordinated_unnamed_subjects_give_the_first_conjunct():
    s = by_quote("The French president and his Italian counterpart said the talks had failed.")[
        "the talks had failed"
    ]
    assert s.speaker is None and s.source == "The French president" and s.country == "FR"
    # an object before "and" is no conjunct of the subject
    s = by_quote("Police arrested the man and his brother said he was innocent.")["he was innocent"]
    assert s.source == "his brother"


def test_a_title_acronym_of_an_organisation_is_an_unnamed_source():
    s = by_quote("The CEO of Acme Corp said profits would rise.")["profits would rise"]
    assert s.speaker is None and s.source == "The CEO of Acme Corp"
    assert s.organization == "Acme Corp"
    # the person named after the organisation speaks
    s = by_quote("CEO of Acme Corp Dana Holt said profits would rise.")["profits would rise"]
    assert s.speaker == "Dana Holt"


def test_a_name_before_noun_modifiers_of_the_title_stays_in_the_source():
    s = by_quote("A U.N. human rights spokeswoman said the camps were overcrowded.")[
        "the camps were overcrowded"
    ]
    assert s.speaker is None and s.source == "A U.N. human rights spokeswoman"


def test_a_couple_named_with_a_shared_surname():
    s = by_quote("The couple, Mark and Lisa Tran, said they would rebuild.")["they would rebuild"]
    assert s.speaker is None and s.source == "The couple"
    # never the bare given name of the first
    s = by_quote("Mark and Lisa Tran said they would rebuild.")["they would rebuild"]
    assert s.speaker == "Lisa Tran"


def test_an_ing_modifier_inside_an_inverted_sources_complement():
    s = by_quote("“It is a scandal,” said a member of the ruling party's youth wing.")[
        "It is a scandal,"
    ]
    assert s.speaker is None and s.source == "a member of the ruling party's youth wing"


def test_a_relative_of_someone_is_an_unnamed_source_not_that_person():
    s = by_quote("The daughter of Ann Park said the book would be reprinted.")[
        "the book would be reprinted"
    ]
    assert s.speaker is None and s.source == "The daughter of Ann Park"
    s = by_quote("The son of the late senator said the family was grateful.")[
        "the family was grateful"
    ]
    assert s.speaker is None and s.source == "The son of the late senator"


def test_a_title_inside_a_complement_before_the_name_is_not_the_persons_role():
    s = by_quote("The widow of the slain officer, Maria Cruz, said she forgave the shooter.")[
        "she forgave the shooter"
    ]
    assert s.speaker == "Maria Cruz" and s.role is None
    s = by_quote("The company's chief executive, Dana Holt, said profits would rise.")[
        "profits would rise"
    ]
    assert s.role == "chief executive"


def test_said_after_a_cardinal_is_a_verb():
    s = by_quote("The father of two said the house was gone.")["the house was gone"]
    assert s.speaker is None and s.source == "The father of two" and s.cue == "said"
    s = by_quote("The two told reporters the deal was dead.")["the deal was dead"]
    assert s.source == "The two"
    assert extract("Three reported cases were confirmed.") == []


def test_relatives_of_someone_opening_the_sentence_are_a_group():
    s = by_quote("Relatives of Ann Park said they wanted answers.")["they wanted answers"]
    assert s.speaker is None and s.source == "Relatives of Ann Park"
    s = by_quote("Relatives of the victims said they wanted answers.")["they wanted answers"]
    assert s.speaker is None and s.source == "Relatives of the victims"
