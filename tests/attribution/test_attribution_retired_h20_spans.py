"""Round 23, the retired held-out set 20's span and speaker error classes: each rule is
tested on invented stories (none of that set's sentences, names or topics). Each test
failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def _museum_story() -> str:
    return (
        "Museum staff strike over pay\n\n"
        "LYON (AFP) - Museum staff across France stopped work on Friday, unions said.\n\n"
        'Culture Minister Hélène Rocher said the talks would resume. "We have made an '
        'offer that is fair," Mme Rocher said.\n\n'
        "Attendance fell by half, according to the museums' federation.\n\n"
        "Mme Rochet told deputies on Friday evening that she would meet the unions on Monday.\n"
    )


def test_mme_is_a_form_of_address_before_a_womans_surname():
    got = by_quote(_museum_story())
    assert got["We have made an offer that is fair,"].speaker == "Hélène Rocher"


def test_a_misspelt_surname_after_mme_is_the_woman_named_before():
    got = by_quote(_museum_story())
    assert got["she would meet the unions on Monday"].speaker == "Hélène Rocher"


def _harbour_story() -> str:
    return (
        "Port strike enters second day\n\n"
        "BALTIMORE — The strike by members of the Harbor Freight Workers Union shut nine "
        "ports, according to the Gulf Shipping Employers Alliance, which represents "
        "shipping lines.\n\n"
        '"We are staying out," the union\'s president, Mark Doyle, told reporters.\n\n'
        "Doyle said the offer was too low.\n\n"
        "The last strike lasted a month.\n\n"
        '"They never listen," he said.\n\n'
        "The alliance said in a statement that its offer was generous. It denied that it "
        "had walked out.\n\n"
        "The union's chief negotiator, Teresa Lund, said the two sides had not met since "
        "Sunday.\n"
    )


def test_a_bodys_head_word_names_it_paragraphs_below_its_name():
    got = by_quote(_harbour_story())
    assert got["its offer was generous"].speaker == "Gulf Shipping Employers Alliance"
    assert got["it had walked out"].speaker == "Gulf Shipping Employers Alliance"


def test_the_unions_officer_is_not_the_alliance_that_spoke_before():
    # (fails with the head-word rule alone: the alliance now speaks just before "The
    # union's chief negotiator", and "union" admits an alliance's name)
    got = by_quote(_harbour_story())
    lund = got["the two sides had not met since Sunday"]
    assert lund.speaker == "Teresa Lund"
    assert lund.organization != "Gulf Shipping Employers Alliance"


def test_a_relative_after_a_bodys_appositive_is_that_bodys():
    text = (
        "LIMA, May 2 (Reuters) - Copper exports rose 12% last year, according to Sernamin, "
        "the national mining enforcement agency, which said its inspectors had closed 40 "
        "illegal pits.\n"
    )
    got = by_quote(text)
    assert got["its inspectors had closed 40 illegal pits"].speaker == "Sernamin"


def test_a_relative_after_a_persons_appositive_is_not_a_body():
    # guard: a person's appositive ("the union's treasurer") names no organisation
    text = "Tom Reed, the union's treasurer, who said the fund was empty, resigned on Monday.\n"
    got = by_quote(text)
    assert got["the fund was empty"].speaker_type != "organization"


def test_the_ministry_after_a_lower_case_portfolio_ministry():
    text = (
        "NAIROBI, June 4 (Reuters) - Two officials at the health ministry, speaking on "
        "condition of anonymity, said the vaccine order would be cut.\n\n"
        "Clinics in the north reported shortages in May.\n\n"
        "The ministry denied that any order had been cut.\n"
    )
    got = by_quote(text)
    assert got["any order had been cut"].speaker == "Health Ministry"


def test_her_institutes_document_is_her_institutes():
    text = (
        "Glaciers retreat faster\n\n"
        "GENEVA (Reuters) - Alpine glaciers lost 4% of their volume last year.\n\n"
        '"This is the worst year we have measured," said Marta Koller, a glaciologist at '
        "the Alpine Ice Institute.\n\n"
        "Koller said melting in the valleys of Valais and Haute Savoie had doubled.\n\n"
        "According to her institute's analysis, a third of the small glaciers will be "
        "gone by 2040.\n"
    )
    got = by_quote(text)
    assert got["a third of the small glaciers will be gone by 2040"].speaker == (
        "Alpine Ice Institute"
    )


def test_a_submission_to_a_court_speaks_not_the_court():
    # (with the head-word rule, "the court" alone would be the court named far above)
    text = (
        "Judge keeps divorce file sealed\n\n"
        "A judge of the Harlow County Circuit Court refused on Monday to unseal the file.\n\n"
        "The couple married in 1990.\n\n"
        "They divorced in 2001.\n\n"
        "Both objected to the request.\n\n"
        "Her submission to the court noted that the file held medical records.\n"
    )
    got = by_quote(text)
    held = got["the file held medical records"]
    assert held.source == "Her submission to the court"
    assert held.speaker is None


def _health_story() -> str:
    return (
        "LIMA, May 2 (Reuters) - Dengue cases rose 12% last year, according to the "
        "Ministry of Health, the national public health agency, which said its clinics "
        "had treated 4,000 patients.\n\n"
        "In March, the agency, which said cases would fall, cut its forecast.\n"
    )


def test_a_relative_after_the_appositive_of_a_name_with_of_is_the_whole_names():
    got = by_quote(_health_story())
    assert got["its clinics had treated 4,000 patients"].speaker == "Ministry of Health"


def test_a_body_described_after_a_name_with_of_is_the_whole_name_not_its_last_word():
    got = by_quote(_health_story())
    assert got["cases would fall, cut its forecast"].speaker == "Ministry of Health"
