"""Probe round 17, p13 genre stories: invented copy (an earthquake in Nepal, a club cricket
final in British style, a budget airline's grounding in India, a rent cap in Washington
state, a wolf-pack order in Montana) read as an editor would; each test failed before its
rule unless marked as a guard."""

from quote_lookup import by_quote


def test_a_description_is_the_person_named_soon_after_by_its_head_noun():
    text = (
        "KATHMANDU, Nepal (AP) — The chief administrator of Rukum district said the worst "
        "damage was in the upper villages. The administrator, Sarita Gurung, said "
        "helicopters would fly the injured out.\n"
    )
    assert by_quote(text)["the worst damage was in the upper villages"].speaker == ("Sarita Gurung")
    text = (
        "The square-leg umpire said he had a clear view of the boundary. The umpire, Keith "
        "Marland, said after the match that he had consulted his colleague.\n"
    )
    assert by_quote(text)["he had a clear view of the boundary"].speaker == "Keith Marland"
    text = (
        "The state wolf biologist said the pack had about nine members. The biologist, Dr. "
        "Karen Whitcomb, told commissioners that other wolves would move in.\n"
    )
    assert by_quote(text)["the pack had about nine members"].speaker == "Karen Whitcomb"
    text = (
        "The ordinance's sponsor said the vote was a turning point for renters. The "
        "sponsor, council member Rachel Okafor, said she had heard from tenants.\n"
    )
    assert by_quote(text)["the vote was a turning point for renters"].speaker == ("Rachel Okafor")
    # "The official, X," names a description whose head is a title
    text = (
        "The chief district officer of Jajarkot said many families had refused to go home. "
        "The official, Meena Shrestha, said her office had run out of tarpaulins.\n"
    )
    assert by_quote(text)["many families had refused to go home"].speaker == "Meena Shrestha"


def test_a_description_stays_unnamed_when_another_of_its_kind_comes_between():
    # guard (passed before): another umpire in between is someone else
    text = (
        "The square-leg umpire said he had a clear view. Another umpire said the light was "
        "poor. The umpire, Keith Marland, said the catch was clean.\n"
    )
    assert by_quote(text)["he had a clear view"].speaker is None


def test_the_army_is_the_one_army_named_before():
    text = (
        "KATHMANDU, Nepal (AP) — The Nepal Army said it had sent 600 soldiers to the "
        "districts. In a statement, the army said troops were clearing debris with shovels.\n"
    )
    got = by_quote(text)["troops were clearing debris with shovels"]
    assert got.speaker == "Nepal Army"


def test_a_known_charity_with_the_inside_its_name():
    text = (
        "Save the Children said in a statement that schools in the district would stay "
        "closed. The charity said it was setting up temporary learning spaces.\n"
    )
    got = by_quote(text)
    assert got["schools in the district would stay closed"].speaker == "Save the Children"
    assert got["it was setting up temporary learning spaces"].speaker == "Save the Children"


def test_a_team_nickname_is_not_cut_from_a_longer_name():
    text = (
        "The Three Counties League said in a statement that the result would stand.\n\n"
        "The club said on its website that the trophy would be shown on Saturday.\n"
    )
    assert by_quote(text)["the trophy would be shown on Saturday"].speaker != "Three Counties"


def test_the_statement_of_a_described_body_speaks_for_it():
    text = (
        "MUMBAI (Reuters) - Budget carrier IndiGlide Airways said on Thursday it would ground "
        "31 aircraft.\n\n"
        "The airline said in a statement the checks followed a recommendation by the engine "
        'maker. "Safety is not negotiable," the statement said.\n'
    )
    assert by_quote(text)["Safety is not negotiable,"].speaker == "IndiGlide Airways"


def test_the_email_a_person_wrote_in_speaks_for_that_person():
    text = (
        "Deputy CEO Vikram Sethi wrote in an internal email to employees that salaries would "
        'be paid on time. The email, which was reviewed by Reuters, said the company had "enough '
        'liquidity to see us through".\n'
    )
    assert by_quote(text)["enough liquidity to see us through"].speaker == "Vikram Sethi"


def test_a_participle_after_a_letters_addressee_and_a_time_is_the_writers():
    text = (
        "The Airline Pilots' Guild of India wrote to the regulator last week saying pilots "
        "were being pushed to fly extra hours.\n"
    )
    got = by_quote(text)["pilots were being pushed to fly extra hours"]
    assert got.speaker == "Airline Pilots' Guild of India"
    assert got.speaker_type == "organization"


def test_a_plural_possessive_inside_a_bodys_name():
    got = by_quote("The Flyers' Rights Collective said the airline should pay for hotels.\n")
    assert got["the airline should pay for hotels"].speaker == "Flyers' Rights Collective"
    got = by_quote("The Airline Pilots' Association said pilots were tired.\n")
    assert got["pilots were tired"].speaker == "Airline Pilots' Association"


def test_a_named_body_ending_in_defense():
    got = by_quote("Northern Rockies Wildlife Defense said the commission had acted.\n")
    assert got["the commission had acted"].speaker == "Northern Rockies Wildlife Defense"
    # guard (passed before): the defence in court copy is an unnamed group
    got = by_quote("The Defense said the witness lied.\n")
    assert got["the witness lied"].speaker is None


def test_a_brigadier_general_does_not_end_the_sentence():
    text = (
        "An army spokesman, Brig. Gen. Sanjay Karki, said soldiers had set up a field hospital.\n"
    )
    assert by_quote(text)["soldiers had set up a field hospital"].speaker == "Sanjay Karki"


def test_an_ordinal_before_a_participle_makes_it_an_adjective():
    text = (
        "The catch, taken by Ashcombe's Oliver Dunne at long-on, dismissed Fenwick's last "
        "recognised batsman, Sam Keeley, for 47.\n"
    )
    assert by_quote(text) == {}
    # guard (passed before): "the first reported case" is no statement either
    text = "Officials confirmed the first reported case on Monday.\n"
    assert "reported" not in [s.cue for s in by_quote(text).values()]


def test_roles_convener_vice_captain_and_a_portfolio_minister():
    text = (
        "MUMBAI (Reuters) - The Air Passengers Forum, a consumer group, said the airline "
        'should pay. Its convener, Deepak Iyer, said the regulator had been "far too slow".\n'
    )
    got = by_quote(text)["far too slow"]
    assert (got.role, got.organization) == ("convener", "Air Passengers Forum")
    text = (
        "Westbury Cricket Club won the Brooke Cup on Sunday.\n\n"
        "Westbury vice-captain Priya Nair said the team had been worried.\n"
    )
    got = by_quote(text)["the team had been worried"]
    assert (got.role, got.organization) == ("vice-captain", "Westbury Cricket Club")
    got = by_quote("Civil Aviation Minister Prakash Naidu said passengers would get refunds.\n")
    assert got["passengers would get refunds"].role == "Civil Aviation Minister"
    assert got["passengers would get refunds"].organization is None


def test_a_commissions_officer_paragraphs_below_the_commission():
    text = (
        "HELENA, Mont. (AP) — The Montana Fish and Wildlife Commission voted Thursday to "
        "remove a wolf pack.\n\n"
        "Ranchers welcomed the vote.\n\n"
        "Rancher Jesse Carlisle said he lost seven calves.\n\n"
        "Conservation groups said they would sue.\n\n"
        "Two tour operators said bookings had dropped.\n\n"
        "The commission's vice chair, Laura Benning, said the order applied to one pack.\n"
    )
    got = by_quote(text)["the order applied to one pack"]
    assert got.organization == "Montana Fish and Wildlife Commission"


def test_a_first_name_given_after_an_inverted_cue_names_the_source():
    text = (
        '"Everyone in the village helped," said a neighbor who gave only her first name, Kamala.\n'
    )
    assert by_quote(text)["Everyone in the village helped,"].speaker == "Kamala"
    text = '"Everyone helped," said a neighbour who gave her name only as Kamala.\n'
    assert by_quote(text)["Everyone helped,"].speaker == "Kamala"


def test_a_spokesmans_rank_is_no_part_of_his_role():
    text = (
        "KATHMANDU, Nepal (AP) — Nepal Army spokesman Brig. Gen. Sanjay Karki said 600 "
        "soldiers had been deployed.\n"
    )
    got = by_quote(text)["600 soldiers had been deployed"]
    assert (got.speaker, got.role, got.organization) == ("Sanjay Karki", "spokesman", "Nepal Army")
