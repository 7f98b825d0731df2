"""Round 29, probe r29b's training errors (r29-b): court and legal reporting. The court as a
source without `that` and after `a jury has heard`; pleas; counsel, judges and magistrates;
a defendant's letter; law firms. Invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_the_court_heard_a_bare_clause_and_a_jury_has_heard():
    text = (
        "Landlord locked out tenants\n\n"
        "A landlord changed the locks on a family's flat while they were on holiday, a jury "
        "has heard.\n\n"
        "The court heard Mr Pell had kept their deposit for two years.\n\n"
        "The court heard evidence from two neighbours on Tuesday.\n"
    )
    got = by_quote(text)
    lead = got["A landlord changed the locks on a family's flat while they were on holiday"]
    assert lead.speaker is None and lead.source == "a jury"
    heard = got["Mr Pell had kept their deposit for two years"]
    assert heard.speaker is None and heard.source == "The court"
    assert not any("two neighbours" in q for q in got)  # a noun phrase heard: no clause


def test_pleas_are_no_statements():
    text = (
        "Mr Dorran, of Preston, denies arson but has admitted criminal damage.\n\n"
        "Ms Kilby admitted two counts of fraud at Bristol Crown Court.\n\n"
        "Mr Vance denied the allegations and said he had done nothing wrong.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("arson") for q in got)
    assert not any("counts of fraud" in q for q in got)
    assert "he had done nothing wrong" in got  # a denial with words is still reported


def test_twice_before_a_cue_is_no_subject():
    text = (
        "Judge Carla Imbert, who is hearing the case, twice warned the public gallery to "
        "keep their phones off.\n"
    )
    got = by_quote(text)
    s = got["to keep their phones off"]
    assert s.speaker == "Carla Imbert"


def test_a_ruling_with_a_time_adjunct_before_its_participle_is_no_speaker():
    text = (
        "In a written order last week rejecting the city's request for a delay, Judge "
        "Martin Oyelowo wrote that the hearing would go ahead.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("the city's request") for q in got)
    assert got["the hearing would go ahead"].speaker == "Martin Oyelowo"


def test_a_repeated_after_a_possessive_is_an_adjective():
    text = (
        "Judge Nadia Ferreira said Mr Coyle's repeated promises to the investors had been "
        '"hollow", and she said their stated aim was never met.\n'
    )
    got = by_quote(text)
    assert got["hollow"].speaker == "Nadia Ferreira"


def test_a_title_case_headline_ending_tells_jury_reports_the_words_before_the_comma():
    text = (
        "Chemist Faked Lab Results For Years, Former Colleague Tells Jury\n\n"
        "By Ruth Anand\n\n"
        "The fraud trial of a Houston chemist entered its second week on Monday.\n"
    )
    got = by_quote(text)
    assert "Chemist Faked Lab Results For Years" in got
    assert "Jury" not in got


def test_a_nested_cue_before_a_closing_the_court_heard_is_part_of_the_clause():
    text = "Detectives later found the stolen laptop in a bin behind the gym, the court heard.\n"
    got = by_quote(text)
    assert got["Detectives later found the stolen laptop in a bin behind the gym"].speaker is None
    assert len(got) == 1


def test_a_magistrate_in_the_lead_is_the_magistrate_named_later():
    text = (
        "A Ballarat builder who took deposits for decks he never built has been fined, with a "
        'magistrate telling him he had "preyed on retirees".\n\n'
        "Dale Hurley, 47, pleaded guilty to nine counts of obtaining property by deception.\n\n"
        "The court heard Hurley took $61,000 from eleven customers in 2024.\n\n"
        "Police prosecutor Leading Senior Constable Amy Tran said most had been pensioners.\n\n"
        'Magistrate Olivia Brandt said the offending was "callous".\n\n'
        "The magistrate said a fine was the proper penalty.\n"
    )
    got = by_quote(text)
    assert got["preyed on retirees"].speaker == "Olivia Brandt"
    assert got["a fine was the proper penalty"].speaker == "Olivia Brandt"


def test_he_in_a_letter_from_a_named_sender_is_the_sender():
    text = (
        "Ms Okoye's barrister, Martin Fenwick, handed up a letter from Gareth Lyle to the "
        'court, in which he wrote that he was "truly sorry for the harm I caused".\n'
    )
    got = by_quote(text)
    assert got["truly sorry for the harm I caused"].speaker == "Gareth Lyle"


def test_a_lawyer_of_an_llp_firm_gets_the_firm():
    text = (
        "Mr Dunn's lawyer, Rachel Ostby of Ostby Vance LLP, told jurors her client had been "
        "misled.\n\n"
        "Outside court, parent Simone Achebe said she had waited two years for the verdict.\n"
    )
    got = by_quote(text)
    assert got["her client had been misled"].organization == "Ostby Vance LLP"
    assert got["she had waited two years for the verdict"].role == "parent"


def test_a_lead_description_after_a_double_hyphen_dateline_is_the_person_named_next():
    text = (
        "Ex-Finance Chief Says Founder Ordered Backdating\n\n"
        "By Leo Marsh\n\n"
        "Law360 (May 4, 2026, 3:05 PM EDT) -- The former chief financial officer of Parvane "
        "Inc. told a Boston federal jury Monday that the company's founder ordered her to "
        "backdate stock options.\n\n"
        "Rhea Tallis, who left Parvane in 2024, said she had kept copies of every email.\n"
    )
    got = by_quote(text)
    s = got["the company's founder ordered her to backdate stock options"]
    assert s.speaker == "Rhea Tallis"
    assert s.role == "former chief financial officer"


def test_former_and_a_company_before_a_title_give_the_company():
    text = (
        "Corvane Ltd. makes hearing aids in Leeds.\n\n"
        "Former Corvane quality engineer Petra Lind said the figures had been changed after "
        "the audit.\n"
    )
    got = by_quote(text)
    s = got["the figures had been changed after the audit"]
    assert s.speaker == "Petra Lind"
    assert s.role == "former quality engineer"
    assert s.organization is not None and s.organization.startswith("Corvane")
