"""Probe round 8 (causes found on the retired blind set heldout4): invented wire copy."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_a_name_followed_by_which_is_a_body_no_she_can_mean():
    out = by_quote(
        "The mural was finished in May, said Dr Helen Price, the curator.\n\n"
        "Brackley Paints, which supplied the colours, said it would donate more.\n\n"
        "‘The hardest part was the ceiling,’ she added."
    )
    paints = out["it would donate more"]
    assert paints.speaker == "Brackley Paints" and paints.speaker_type == "organization"
    assert out["The hardest part was the ceiling,"].speaker == "Helen Price"


def test_the_other_verb_phrase_of_a_clause_with_a_quote_is_reported():
    out = by_quote(
        'Coach Rita Vance said her goalkeeper had trained for ten years at the club and was "the '
        'heart of the team."\n\n'
        'The team\'s lawyer, Omar Reyes, said his client "never touched the ball" and would '
        "appeal the ban.\n\n"
        "Mayor Ana Costa said she felt “tired but hopeful” and planned to run again."
    )
    assert out["her goalkeeper had trained for ten years at the club"].speaker == "Rita Vance"
    assert out["the heart of the team."].kind == "partial"
    assert out["would appeal the ban"].speaker == "Omar Reyes"
    assert out["planned to run again"].speaker == "Ana Costa"


def test_a_quote_opening_with_but_after_a_comma_is_its_own_conjunct():
    out = by_quote(
        'A fan, Lucy Hart, said the club had offered her a voucher or a refund, "but not a trophy."'
    )
    assert out["the club had offered her a voucher or a refund"].speaker == "Lucy Hart"
    assert out["but not a trophy."].kind == "partial"


def test_a_but_conjunct_after_a_quote_is_reported_and_a_cue_is_a_new_statement():
    # decision 10 (round 25): "said A “…” but B" reports B as "said A “…” and B" does
    # (round 8 kept B inside the quote's clause)
    out = by_quote(
        'Senator Dana Holt said she had "deep doubts" about the bill but could not vote against '
        "it.\n\n"
        "Protesters said they wanted “fair pay” and pledged to march again."
    )
    b = out["could not vote against it"]
    assert (b.speaker, b.cue, b.kind) == ("Dana Holt", "said", "indirect")
    assert out["deep doubts"].kind == "partial"
    assert out["to march again"].cue == "pledged"


def test_a_pronoun_after_a_fronted_participle_means_the_previous_subject():
    s = by_quote(
        "Store manager Diane Kowalski said the cashier, Helen Marsh, had been hurt in the raid.\n\n"
        "‘She was very brave,’ Kowalski said. ‘We are all shaken.’\n\n"
        "Marsh was treated at a hospital and released on Tuesday. Reached at home, she said she "
        "was ‘tired but okay.’"
    )["tired but okay."]
    assert s.speaker == "Helen Marsh"


def test_a_body_named_after_a_country_speaks_as_itself():
    out = by_quote(
        "Heritage Wales, the government's monuments body, said the bridge was ‘of real "
        "importance’ and that it would list the mill.\n\n"
        "Northern Ireland said it would wait. Suppose Spain refused the offer."
    )
    s = out["of real importance"]
    assert s.speaker == "Heritage Wales" and s.speaker_type == "organization"
    assert s.country == "GB" and out["it would list the mill"].speaker == "Heritage Wales"
    assert out["it would wait"].country == "GB"
    out = by_quote("Neighbouring France said the border would close.")
    assert out["the border would close"].speaker is None  # (an epithet, not a body)


def test_a_counterpart_named_with_a_modified_title_is_that_person():
    s = by_quote(
        "Health Minister Pablo Ortiz said the clinics would stay open.\n\n"
        "Ortiz's Peruvian counterpart, Health Minister Rosa Quispe Mamani, said she had called "
        "him on Sunday."
    )["she had called him on Sunday"]
    assert s.speaker == "Rosa Quispe Mamani" and s.role == "Health Minister"
    assert s.country == "PE"


def test_it_inside_a_sentence_means_the_body_it_is_about():
    out = by_quote(
        "With most votes counted, the Labour Front had 22%, and Britain Forward, which "
        "campaigned against the motorway and what it called “a war on the countryside,” won "
        "two seats.\n\n"
        "Acme Corp. on Monday fought what it called “a reckless lawsuit.”"
    )
    war = out["a war on the countryside,"]
    assert war.speaker == "Britain Forward" and war.speaker_type == "organization"
    assert out["a reckless lawsuit."].speaker == "Acme Corp"


def test_results_published_by_a_body_and_a_descriptor_s_figures_speak_for_it():
    out = by_quote(
        "The ruling party lost its majority, according to provisional results published by "
        "the Electoral Commission.\n\n"
        "The Ministry of Agriculture said the harvest was poor. Exports fell by a fifth last "
        "year, according to ministry figures."
    )
    assert out["The ruling party lost its majority"].speaker == "Electoral Commission"
    s = out["Exports fell by a fifth last year"]
    assert s.speaker == "Ministry of Agriculture" and s.speaker_type == "organization"


def test_a_strike_called_by_a_union_is_no_statement():
    out = by_quote(
        "The walkout was called by the Bus Drivers' Union, which says wages have fallen.\n\n"
        "The snap vote was called by the prime minister in May."
    )
    assert "The walkout" not in out and "The snap vote" not in out
    assert out["wages have fallen"].speaker == "Bus Drivers' Union"


def test_a_short_name_given_with_known_by_its_initials_is_the_full_name():
    out = by_quote(
        "The walkout was called by the Bus Drivers' Union, known by its initials BDU, which "
        "says wages have fallen.\n\n"
        "The BDU said it would strike again.\n\n"
        "The stoppage was backed by the National Transport Union, known as Sintra. Sintra said "
        "it would join."
    )
    assert out["wages have fallen"].speaker == "Bus Drivers' Union"
    assert out["it would strike again"].speaker == "Bus Drivers' Union"
    assert out["it would join"].speaker == "National Transport Union"


def test_said_only_opens_the_clause_and_the_described_subject_is_no_fragment():
    out = by_quote(
        "The operator, Redes Ferroviarias Unidas, said only freight, mail and hospital trains "
        "were running.\n\n"
        "The carrier, Delta Norte, said cargo, mail and hospital flights were running."
    )
    assert "The operator" not in out and "The carrier" not in out
    s = out["only freight, mail and hospital trains were running"]
    assert s.speaker == "Redes Ferroviarias Unidas"
    assert out["cargo, mail and hospital flights were running"].speaker == "Delta Norte"


def test_a_participle_cue_after_a_number_is_an_adjective():
    out = by_quote(
        "Officials confirmed that measles had reached three towns, with 85 suspected cases and "
        "two deaths reported since June.\n\n"
        "Of the 300 detainees, 12 claimed they had been beaten."
    )
    assert set(out) == {"measles had reached three towns", "they had been beaten"}


def test_a_quote_over_two_paragraphs_is_one_statement_per_paragraph():
    text = (
        "“We are short of everything,” said Dr. Ana Mbeki, the clinic's director. “Beds, "
        "nurses, fuel.\n\n“Nobody has come to help us,” she added."
    )
    out = extract(text)
    assert [s.quote for s in out] == [
        "We are short of everything,",
        "Beds, nurses, fuel.",
        "Nobody has come to help us,",
    ]
    assert all(s.speaker == "Ana Mbeki" and s.kind == "direct" for s in out)
    assert all(s.quote == text[s.start : s.end] for s in out)


def test_conceding_defeat_or_goals_is_no_statement():
    out = by_quote(
        "Mayor Lena Orr conceded defeat in a short speech on Tuesday. The goalkeeper conceded "
        "two goals before half-time. Orr conceded the campaign had made mistakes."
    )
    assert list(out) == ["the campaign had made mistakes"]


def test_a_participle_after_the_addressee_is_the_writer_s():
    out = by_quote(
        "Gov. Lena Orr sent a letter to the president asking for “urgent federal aid.”\n\n"
        "Hope Valley Council said it had written to the university asking for “a fair share” "
        "of the money."
    )
    assert out["urgent federal aid."].speaker == "Lena Orr"
    assert out["a fair share"].speaker == "Hope Valley Council"


def test_unnamed_groups_with_a_place_complement_stay_unnamed():
    out = by_quote(
        "Shopkeepers on Harbour Road said the flooding had ruined their stock.\n\n"
        "Health officials in western Kenya confirmed on Monday that the outbreak had spread."
    )
    s = out["the flooding had ruined their stock"]
    assert s.speaker is None and s.source == "Shopkeepers on Harbour Road"
    s = out["the outbreak had spread"]
    assert s.speaker is None and s.country == "KE"


def test_an_official_familiar_with_the_talks_set_off_by_a_relative_clause():
    out = by_quote(
        "Mayor Tom Reid said the deal was close.\n\n"
        "A city official familiar with the talks, who asked not to be named because he feared "
        "reprisals, said the deal was off."
    )
    s = out["the deal was off"]
    assert s.speaker is None and s.source == "A city official familiar with the talks"


def test_portuguese_first_names_give_the_gender_a_pronoun_needs():
    s = by_quote(
        "Henrique Sousa won the vote on Sunday and will form a government.\n\n"
        "Prime Minister Inês Rocha spoke after midnight. Aides to Rocha said the result was a "
        "shock to Sousa.\n\n"
        "“We lost tonight,” she said."
    )["We lost tonight,"]
    assert s.speaker == "Inês Rocha"


def test_the_party_of_prime_minister_x_gives_the_title_only():
    out = by_quote(
        "The outgoing Unity Party of Prime Minister Sara Lind had 30%.\n\n"
        "Lind said the party would regroup.\n\n"
        "Lind's Danish counterpart, Jens Holm, wrote on social media that he had called her."
    )
    assert out["the party would regroup"].role == "Prime Minister"
    holm = out["he had called her"]
    assert (holm.speaker, holm.role, holm.country) == ("Jens Holm", "Prime Minister", "DK")


def test_his_spokeswoman_after_a_sentence_about_him_takes_no_other_country():
    out = by_quote(
        "Lind's Danish counterpart, Jens Holm, wrote on social media that he had called her.\n\n"
        "President Ole Berg must now consult the parties. His spokeswoman, Anna Dahl, said the "
        "president would wait."
    )
    s = out["the president would wait"]
    assert (s.speaker, s.role, s.country) == ("Anna Dahl", "spokeswoman", None)


def test_the_one_ministry_of_an_article_is_still_meant_far_below():
    paras = [
        "Dr. Eva Lund, the head of vaccines at the Ministry of Health, said supplies were low.",
        "Lund said the ministry had ordered more doses.",
        "Hospitals in the north reported long queues on Tuesday.",
        "Pharmacies said they had run out of masks.",
        "The opposition called for an inquiry.",
        "Teachers said schools would stay open.",
        "Flu cases doubled last winter, according to ministry figures.",
    ]
    s = by_quote("\n\n".join(paras))["Flu cases doubled last winter"]
    assert s.speaker == "Ministry of Health" and s.speaker_type == "organization"


def test_an_and_inside_a_relative_clause_splits_no_reported_clause():
    out = by_quote(
        'Police said the man, who was "agitated" and had a knife, was arrested at the scene.\n\n'
        'Sgt. Ann Cole said officers who were "exhausted" and had worked all night went home.'
    )
    assert set(out) == {"agitated", "exhausted"}


def test_a_described_body_named_in_the_next_sentence():
    s = by_quote(
        "A rail strike halted 300 trains across Chile on Monday, according to the state rail "
        "operator.\n\n"
        "The operator, Redes Ferroviarias Unidas, said only freight trains were running."
    )["A rail strike halted 300 trains across Chile on Monday"]
    assert s.speaker == "Redes Ferroviarias Unidas" and s.speaker_type == "organization"


def test_a_country_s_body_with_lower_case_modifiers_keeps_the_country():
    s = by_quote(
        "The strike also hit foreign routes. Peru's civil aviation authority said 20 flights "
        "had been canceled."
    )["20 flights had been canceled"]
    assert s.speaker is None and s.source == "Peru's civil aviation authority"
    assert s.country == "PE"


def test_she_skips_a_subject_that_said_it_would():
    s = by_quote(
        "‘We had to work at night,’ said Dr Helen Price, the curator.\n\n"
        "Brackley Paints said it would donate more paint.\n\n"
        "‘The hardest part was the ceiling,’ she added."
    )["The hardest part was the ceiling,"]
    assert s.speaker == "Helen Price"
