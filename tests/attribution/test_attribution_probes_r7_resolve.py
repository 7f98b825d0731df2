"""Probe round 7 (resolving pronouns, descriptions, partial quotes): invented wire copy."""

from quote_lookup import by_quote


def test_she_is_not_a_man_known_by_a_common_first_name():
    s = by_quote(
        "Ron Hale, the mayor of Easton, defended the budget on Tuesday. “We balanced it,” she said."
    )["We balanced it,"]
    assert s.speaker is None and s.source == "she"
    s = by_quote(
        "Prime Minister Pedro Alonso opened the debate on Wednesday.\n\n"
        "Opposition leader Ana Ruiz accused him of hiding the figures. "
        "“This is a cover-up,” she told reporters."
    )["This is a cover-up,"]
    assert s.speaker == "Ana Ruiz" and s.role == "Opposition leader"


def test_a_quoted_term_is_nobody_a_pronoun_can_mean():
    s = by_quote(
        "The president unveiled his so-called “Freedom Plan” on Monday. "
        "He said it would create a million jobs."
    )["it would create a million jobs"]
    assert s.speaker is None and s.source == "He"


def test_the_agency_after_a_us_agency_named_centers_or_institutes():
    s = by_quote(
        "The Centers for Disease Control and Prevention on Tuesday reported 40 new measles "
        "cases. The agency said most were in unvaccinated children."
    )["most were in unvaccinated children"]
    assert s.speaker == "Centers for Disease Control and Prevention"
    assert s.speaker_type == "organization" and s.country == "US"


def test_the_fed_after_the_federal_reserve():
    s = by_quote(
        "The Federal Reserve held rates steady on Wednesday. The Fed said inflation remained "
        "elevated."
    )["inflation remained elevated"]
    assert s.speaker == "Federal Reserve" and s.organization == "Federal Reserve"
    assert s.country == "US"


def test_the_statement_speaks_for_whoever_issued_it():
    s = by_quote(
        "Acme Corp issued a statement on Friday. The statement said the recall covered 20,000 cars."
    )["the recall covered 20,000 cars"]
    assert s.speaker == "Acme Corp" and s.speaker_type == "organization"
    s = by_quote(
        "Sen. Ann Ray sent a strongly worded letter to the agency on Monday. The letter said "
        "the rules were unlawful."
    )["the rules were unlawful"]
    assert s.speaker == "Ann Ray" and s.role == "Senator"
    # another document: nobody's
    s = by_quote(
        "Acme Corp issued a statement on Friday. The report said the recall covered 20,000 cars."
    )["the recall covered 20,000 cars"]
    assert s.speaker is None


def test_a_countrys_ministry_written_in_lower_case():
    by = by_quote(
        "China's foreign ministry said the sanctions were illegal. "
        "The ministry said talks would go on."
    )
    s = by["the sanctions were illegal"]
    assert s.speaker == "Foreign Ministry" and s.speaker_type == "organization"
    assert s.organization == "Foreign Ministry" and s.country == "CN"
    s = by["talks would go on"]
    assert s.speaker == "Foreign Ministry" and s.country == "CN"
    s = by_quote("The Japanese defense ministry said two missiles landed in the sea.")[
        "two missiles landed in the sea"
    ]
    assert s.speaker == "Japanese Defense Ministry" and s.country == "JP"
    # not a country's: stays an unnamed source
    s = by_quote("The country's foreign ministry said the talks had failed.")[
        "the talks had failed"
    ]
    assert s.speaker is None


def test_a_description_with_a_demonym_or_a_synonym_of_the_title():
    s = by_quote(
        "Portugal coach Rui Costa named an unchanged side on Friday. "
        "The Portuguese coach said his players were tired."
    )["his players were tired"]
    assert s.speaker == "Rui Costa" and s.role == "coach" and s.country == "PT"
    s = by_quote(
        "Pope Leo XIV celebrated Mass in St. Peter's Square. "
        "The pontiff said the world needed peace."
    )["the world needed peace"]
    assert s.speaker == "Leo XIV" and s.role == "Pope"
    # another country's coach is not meant
    s = by_quote(
        "Spain coach Luis de la Fuente named an unchanged side on Friday. "
        "The Portuguese coach said his players were tired."
    )["his players were tired"]
    assert s.speaker is None


def test_a_preposed_title_stays_with_the_later_pronouns():
    by = by_quote(
        "The director of the Centers for Disease Control and Prevention, Dr. Susan Monarez, "
        "said the vaccine supply was stable. She added that new doses would ship in May.\n\n"
        "“We are ready,” she told reporters."
    )
    for quote in ("new doses would ship in May", "We are ready,"):
        s = by[quote]
        assert s.speaker == "Susan Monarez" and s.role == "director"
        assert s.organization == "Centers for Disease Control and Prevention"
        assert s.country == "US"


def test_a_preposed_title_after_and_is_the_last_conjuncts():
    by = by_quote(
        "Health Minister Sara Lind and her deputy, Jonas Berg, visited the hospital on "
        "Friday. Lind said the staffing shortage was “the worst in a generation,” while "
        "Berg called it “manageable.”"
    )
    assert by["the worst in a generation,"].speaker == "Sara Lind"
    assert by["the worst in a generation,"].role == "Health Minister"
    s = by["manageable."]
    assert s.speaker == "Jonas Berg" and s.role == "deputy health minister"  # (round 18)


def test_the_union_after_a_company_ending_in_co_and_a_union():
    s = by_quote(
        "Ford Motor Co. and the United Auto Workers union reached a tentative deal on Sunday. "
        "The union said members would vote next week."
    )["members would vote next week"]
    assert s.speaker == "United Auto Workers" and s.organization == "United Auto Workers"


def test_the_agency_after_a_un_agency_known_by_its_initials():
    s = by_quote(
        "The World Health Organization warned on Monday that measles cases had tripled.\n\n"
        "UNICEF said 20 million children had missed vaccinations. The agency called on "
        "donors to “step up now.”"
    )["step up now."]
    assert s.speaker == "UNICEF" and s.speaker_type == "organization"


def test_a_headline_object_opening_with_headline_style_single_marks():
    by = by_quote(
        "Mayor slams ‘reckless’ budget cuts\n\n"
        "Mayor Rosa Delgado on Tuesday accused the council of wasting money.\n\n"
        "She said the plan was “a national embarrassment.”"
    )
    s = by["‘reckless’ budget cuts"]
    assert s.speaker == "Rosa Delgado" and s.role == "Mayor" and s.cue == "slams"


def test_a_company_written_with_its_abbreviated_suffix_is_one_spelling():
    by = by_quote(
        "Boeing Co. reported a loss on Monday.\n\nBoeing said deliveries would rise.\n\n"
        "Sales fell, said Boeing Co."
    )
    assert by["deliveries would rise"].speaker == "Boeing Co"
    assert by["deliveries would rise"].organization == "Boeing Co"
    assert by["Sales fell"].speaker == "Boeing Co"
    s = by_quote(
        "Acme Corp. agreed to buy Beta Systems on Monday.\n\n"
        "Acme Chief Executive Jane Ford said the deal would transform the business."
    )["the deal would transform the business"]
    assert s.speaker == "Jane Ford" and s.role == "Chief Executive"
    assert s.organization == "Acme Corp"


def test_the_union_after_a_union_known_by_its_short_name_and_a_company():
    s = by_quote(
        "The Teamsters and United Parcel Service Inc resumed talks on Monday. "
        "The union said the company had not moved on pay."
    )["the company had not moved on pay"]
    assert s.speaker == "Teamsters" and s.speaker_type == "organization"


def test_she_is_the_one_woman_named_as_an_object_or_possessor_just_before():
    s = by_quote(
        "Prime Minister Mark Carney met President Claudia Sheinbaum in Mexico City on "
        "Thursday.\n\nSheinbaum's government has pushed for a joint response to U.S. trade "
        "threats.\n\nCarney told reporters the talks were “constructive.”\n\n"
        "She called the meeting “very positive” in a post on X."
    )["very positive"]
    assert s.speaker == "Claudia Sheinbaum" and s.role == "President"


def test_a_verb_before_a_capitalised_title_is_no_field_of_it():
    s = by_quote(
        "Carney met President Claudia Sheinbaum on Thursday. Sheinbaum said the talks went well."
    )["the talks went well"]
    assert s.speaker == "Claudia Sheinbaum" and s.role == "President"


def test_it_after_an_unnamed_body_spoke_is_not_an_earlier_organisation():
    by = by_quote(
        "Amnesty International accused the army of firing on protesters. The military "
        "denied the claims. It said soldiers had acted in self-defense."
    )
    s = by["soldiers had acted in self-defense"]
    assert s.speaker is None and s.source == "It"
    # no body in between: the organisation that spoke
    s = by_quote(
        "Amnesty International accused the army of firing on protesters. It said at least "
        "40 people had died."
    )["at least 40 people had died"]
    assert s.speaker == "Amnesty International"


def test_the_agency_after_a_state_news_agency():
    s = by_quote(
        "North Korea's state media, KCNA, said leader Kim Jong Un had overseen the test. "
        "The agency said the missile was a new “strategic weapon.”"
    )["strategic weapon."]
    assert s.speaker == "KCNA" and s.speaker_type == "organization" and s.country == "KP"


def test_an_unnamed_source_of_a_two_word_country():
    s = by_quote(
        "North Korea fired a ballistic missile into the sea on Sunday, South Korea's military said."
    )["North Korea fired a ballistic missile into the sea on Sunday"]
    assert s.speaker is None and s.source == "South Korea's military" and s.country == "KR"


def test_a_ministry_of_a_two_word_country_in_either_case():
    for body in ("foreign ministry", "Foreign Ministry"):
        by = by_quote(
            f"South Korea's {body} said the drills were routine. "
            "The ministry said talks would continue."
        )
        for quote in ("the drills were routine", "talks would continue"):
            s = by[quote]
            assert s.speaker == "Foreign Ministry" and s.country == "KR"


def test_the_lawmaker_and_a_party_epithet():
    s = by_quote(
        "Rep. Ana Ortiz, D-N.Y., introduced the bill on Thursday. The lawmaker said it "
        "would cut emissions in half."
    )["it would cut emissions in half"]
    assert s.speaker == "Ana Ortiz" and s.role == "Representative"
    s = by_quote(
        "Rep. Ana Ortiz and Sen. Tom Reed introduced the bill. The lawmaker said it would pass."
    )["it would pass"]
    assert s.speaker is None
    s = by_quote(
        "Sen. Ted Cruz, R-Texas, dismissed the measure. The Republican said it would “wreck "
        "the economy.”"
    )["wreck the economy."]
    assert s.speaker == "Ted Cruz" and s.role == "Senator"


def test_she_opening_a_sentence_after_a_subject_of_unknown_gender():
    by = by_quote(
        "Serena Okafor beat defending champion Iga Nowak 6-4, 6-3 on Thursday.\n\n"
        "“I just couldn’t find my rhythm,” Nowak said.\n\n"
        "Okafor, 19, will face Coco Gauff in Saturday’s final. She called the win “a dream.”"
    )
    assert by["a dream."].speaker == "Serena Okafor"
    # "defending champion" is no reporting verb
    assert not [s for s in by.values() if s.cue == "defending"]


def test_a_company_spokesperson_in_lower_case_works_for_the_company():
    by = by_quote(
        "Meta Platforms Inc said on Wednesday it would cut 5% of its workforce. A company "
        "spokesperson, Dave Arnold, said the cuts would hit “low performers.”\n\n"
        "The spokesperson declined to say how many engineers would be affected."
    )
    for quote in ("low performers.", "to say how many engineers would be affected"):
        s = by[quote]
        assert s.speaker == "Dave Arnold" and s.organization == "Meta Platforms Inc"


def test_its_spokesman_keeps_the_organisation_for_later_pronouns():
    s = by_quote(
        "The Kremlin said the talks had been useful. Its spokesman, Dmitry Peskov, told "
        "reporters the next round would be in Istanbul. He called the U.S. proposals “a "
        "basis for work.”"
    )["a basis for work."]
    assert s.speaker == "Dmitry Peskov" and s.role == "spokesman"
    assert s.organization == "Kremlin" and s.country == "RU"


def test_a_statement_doing_something_speaks_for_whoever_released_it():
    s = by_quote("The White House released a statement on Saturday condemning the attack.")[
        "the attack"
    ]
    assert s.speaker == "White House" and s.cue == "condemning"
    s = by_quote("Acme Corp issued a statement condemning the attack.")["the attack"]
    assert s.speaker == "Acme Corp" and s.cue == "condemning"


def test_a_pronoun_inside_a_sentence_means_its_subject():
    by = by_quote(
        "Former Treasury Secretary Janet Yellen and Fed Chair Jerome Powell testified on "
        "Wednesday. Sen. Elizabeth Warren questioned both about bank failures.\n\n"
        "Yellen defended the rescue of Silicon Valley Bank, which she described as "
        "“necessary to protect the system.” Warren pointed to what she called “a pattern "
        "of regulatory failure.”"
    )
    assert by["necessary to protect the system."].speaker == "Janet Yellen"
    s = by["a pattern of regulatory failure."]
    assert s.speaker == "Elizabeth Warren" and s.role == "Senator"
