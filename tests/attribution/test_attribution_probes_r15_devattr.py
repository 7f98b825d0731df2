"""Probe round 15: wrong speakers of classes seen on development data (invented copy)."""

from articles.attribution import extract


def speaker_of(text, fragment):
    """The speaker of the statement whose quote contains fragment."""
    s = next(s for s in extract(text) if fragment in s.quote)
    return s.speaker


# -- a finite cue after "and" is the matrix speaker's, not a bare verb's subject --------


def test_and_cue_after_a_modal_verb_cue_is_the_first_speakers_second_act():
    text = (
        "Finance Minister Katrin Vollmer said this week that the country would formally "
        "announce its decision to leave the pact by the end of June and suggested that it "
        "would quit the customs union soon.\n"
    )
    assert speaker_of(text, "quit the customs union") == "Katrin Vollmer"
    text = (
        "Mayor Dorothy Achebe said Monday that the city planned to declare an emergency "
        "before the storm and urged residents to stock up on water.\n"
    )
    assert speaker_of(text, "stock up on water") == "Dorothy Achebe"


def test_guard_a_finite_inner_cue_keeps_its_own_subject():
    text = (
        "Selwyn Drake said that the union announced a strike and warned that the port "
        "would close.\n"
    )
    s = next(s for s in extract(text) if "the port would close" in s.quote)
    assert (s.speaker, s.source) == (None, "the union")


def test_guard_second_cue_after_and_without_inner_cue():
    text = (
        "Finance Minister Katrin Vollmer said that the country would leave the pact and "
        "suggested that it would quit the customs union soon.\n"
    )
    assert speaker_of(text, "the country would leave the pact") == "Katrin Vollmer"
    assert speaker_of(text, "quit the customs union") == "Katrin Vollmer"


# -- "X met Y and came away convinced that": the linking verb shares X as subject -------


def test_linked_attitude_after_and_takes_the_first_verbs_subject():
    text = (
        "Senator Ines Marwick visited the valley in May. Marwick met with the governor and "
        "other local officials and came away convinced that the new dam was safe.\n"
    )
    assert speaker_of(text, "the new dam was safe") == "Ines Marwick"
    text = (
        "Rep. Tobias Grell toured the plant on Monday and became convinced that the "
        "reactor needed new pumps.\n"
    )
    assert speaker_of(text, "needed new pumps") == "Tobias Grell"


def test_guard_linked_attitude_with_its_own_subject():
    text = "The envoys left. Ms. Ostrova became convinced that the talks had failed.\n"
    assert speaker_of(text, "the talks had failed") == "Ostrova"


# -- "As X, <long appositive>, recently put it, “…”" --------------------------------------


def test_as_put_it_reaches_past_a_long_appositive():
    text = (
        "Her filings would also show more. As Marcus J. Ellery, a tax economist and senior "
        'fellow at the Hartwell-Bright Budget Policy Center, recently put it, "Did Ms. Lang '
        'cut her bill through legal planning, or plain fraud?"\n'
    )
    s = next(s for s in extract(text) if "plain fraud" in s.quote)
    assert (s.speaker, s.organization) == (
        "Marcus J. Ellery",
        "Hartwell-Bright Budget Policy Center",
    )


# -- "according to a speech X delivered": the contact clause names the author ----------


def test_according_to_a_document_its_author_made_in_a_contact_clause():
    text = (
        "The levy is meant to curb short-term trading, according to a speech Gov. Rhea "
        "Lindqvist delivered at Boston College in May.\n"
    )
    assert speaker_of(text, "curb short-term trading") == "Rhea Lindqvist"
    text = (
        "The cuts would hurt rural hospitals, according to a report the Hartwell Institute "
        "released on Friday.\n"
    )
    assert speaker_of(text, "rural hospitals") == "Hartwell Institute"


def test_guard_according_to_a_document_of_an_unnamed_author_stays_unnamed():
    text = (
        "The cuts would hurt rural hospitals, according to a report the agency released on "
        "Friday.\n"
    )
    assert speaker_of(text, "rural hospitals") is None
    text = "The cuts would hurt rural hospitals, according to a report by the state auditor.\n"
    assert speaker_of(text, "rural hospitals") is None


# -- transcript turns: run-on paragraphs before a stage direction; an opening mark ------

TRANSCRIPT = (
    "Partial transcript as follows:\n\n"
    '"HARLAN: Let me start with the budget. Why would the governor veto it?\n\n'
    '"ORTEGA: Well, look, we have a choice to make. The governor has a plan.\n\n'
    '"But the truth is that the governor has a unique way of talking to voters. And I '
    "think the veto was all about showing that the legislature wasted time on this bill."
    "\n\n"
)


def test_a_quoted_run_on_paragraph_of_a_turn_is_the_labels_speakers():
    text = TRANSCRIPT + '"HARLAN: Will she sign it?\n\n"ORTEGA: I think she will, in the end.\n'
    s = next(s for s in extract(text) if "unique way of talking" in s.quote)
    assert (s.speaker, s.kind) == ("ORTEGA", "indirect")


def test_run_on_paragraphs_before_a_quoted_stage_direction_stay_with_the_turn():
    text = (
        TRANSCRIPT
        + '"The voters will decide. They always do.\n\n'
        + '"(CROSSTALK.)\n\n"HARLAN: Will she sign it?\n\n"ORTEGA: I think she will.\n'
    )
    assert speaker_of(text, "unique way of talking") == "ORTEGA"
    assert speaker_of(text, "The voters will decide") == "ORTEGA"


def test_guard_labelled_turns_keep_their_speakers():
    text = TRANSCRIPT + '"HARLAN: Will she sign it?\n\n"ORTEGA: I think she will, in the end.\n'
    assert speaker_of(text, "Why would the governor veto it") == "HARLAN"
    assert speaker_of(text, "we have a choice to make") == "ORTEGA"
    assert speaker_of(text, "Will she sign it") == "HARLAN"


# -- a quote set off by dashes right after a listed person's name ----------------------


def test_a_dash_aside_quote_after_a_listed_name_is_that_persons():
    text = (
        "Many prominent Democrats have said the same thing, including the former governor "
        'Dana Whitcombe -- "It is reckless to cut school funding in a recession" -- and '
        "Paul Ostrander, a former state treasurer.\n"
    )
    s = next(s for s in extract(text) if "reckless" in s.quote)
    assert (s.speaker, s.role) == ("Dana Whitcombe", "former governor")
    text = (
        "Several senators agreed, among them Sen. Lydia Faro \u2014 \u201cThis bill is a "
        "disgrace\u201d \u2014 and Sen. Omar Teague.\n"
    )
    assert speaker_of(text, "disgrace") == "Lydia Faro"


def test_guard_a_dash_aside_quote_after_a_common_noun_or_a_cue():
    text = 'The slogan of the Harlow campaign -- "Build it now" -- was everywhere.\n'
    assert speaker_of(text, "Build it now") is None
    text = 'Mayor Ida Brandt said -- "We will rebuild" -- before leaving.\n'
    assert speaker_of(text, "We will rebuild") == "Ida Brandt"


# -- "X and others said" / "X, others vow": the named person ----------------------------

OTHERS = (
    "Leaders condemn missile launch; Varga, others vow sanctions.\n\n"
    "BUDAPEST (AP) — The council met on Friday.\n\n"
    "Prime Minister Ilona Varga and others said the launch was a provocation.\n\n"
)


def test_a_name_coordinated_with_others_is_the_speaker():
    assert speaker_of(OTHERS, "the launch was a provocation") == "Ilona Varga"
    assert speaker_of(OTHERS, "sanctions") == "Ilona Varga"


def test_guard_others_without_a_name_stay_unnamed():
    text = OTHERS + (
        "The mayor, the police chief and others said the road would reopen.\n\n"
        "Some said the bridge would close. Others said it would not.\n"
    )
    assert speaker_of(text, "the road would reopen") is None
    assert speaker_of(text, "it would not") is None


# -- "X and Y Coalition / Services / Foundation": one body, not the part after "and" ----


def test_an_and_name_with_a_coalition_or_services_head_is_one_body():
    text = (
        "Many farm groups share these fears, but the Central and Eastern Growers Coalition, "
        "which represents two million farmers, wants to keep its neutrality.\n"
    )
    assert speaker_of(text, "keep its neutrality") == "Central and Eastern Growers Coalition"
    text = (
        "United States Citizenship and Immigration Services, the agency that oversees the "
        "visa program, said it was taking steps to vet applicants.\n"
    )
    s = next(s for s in extract(text) if "vet applicants" in s.quote)
    assert s.speaker == "United States Citizenship and Immigration Services"


def test_guard_two_coordinated_companies_stay_two():
    text = "Ford and General Motors said they would cut jobs.\n"
    assert speaker_of(text, "cut jobs") == "Ford"


# -- "X and Y say …. …, they say": the pair's credited speaker goes on ------------------


def test_they_after_a_named_pair_goes_on_with_the_pairs_speaker():
    text = (
        "But Sen. Maria Okafor and Sen. Dale Pruitt say other changes are needed.\n\n"
        "The program, which was created in 1998, has grown well beyond its original "
        "purpose, they say. It requires a large investment.\n"
    )
    assert speaker_of(text, "other changes are needed") == "Maria Okafor"
    assert speaker_of(text, "grown well beyond") == "Maria Okafor"


def test_guard_they_after_a_single_speaker_or_a_group_stays_unnamed():
    text = (
        "Sen. Maria Okafor said the farmers were angry.\n\n"
        "Farmers met the senators on Monday. They said prices were too low.\n"
    )
    assert speaker_of(text, "prices were too low") is None


# -- "When pressed by <named person> about …": the named asker puts the question --------


def test_a_named_asker_of_a_pressed_by_frame_is_the_source():
    text = (
        "He used up his talking points early. When pressed by moderator Dana Pike about how "
        "he would pay for the plan, his best answer was to say he would cut waste.\n"
    )
    assert speaker_of(text, "how he would pay for the plan") == "Dana Pike"


def test_guard_an_unnamed_asker_stays_unnamed():
    text = "When pressed by reporters about the budget, Ms. Holm declined to answer.\n"
    assert next(s.speaker for s in extract(text) if s.quote == "the budget") is None
    text = "Asked about the budget, Ms. Holm said it was balanced.\n"
    assert speaker_of(text, "it was balanced") == "Holm"
