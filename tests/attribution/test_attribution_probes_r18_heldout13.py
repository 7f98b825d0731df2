"""Probe round 18, the retired held-out set 13's error classes: each rule is tested on
invented stories (none of that set's sentences, names or topics). Each test failed
before its rule unless marked as a guard."""

from quote_lookup import by_quote


def test_a_quoted_title_before_the_body_noun_is_no_rival_organisation():
    text = (
        "RIDGEFORD, Ore. — The Ridgeford Valley Parks Board voted 5-2 on Tuesday to close "
        "the reservoir to boats.\n\n"
        "Board Chairman Tom Weller said the vote was the hardest of his career.\n\n"
        '"Nobody wanted this," said Ann Pike, who runs a boat shop. She said she had started '
        'a petition on Monday. It is titled "Let Ridgeford Swim."\n\n'
        "Crews will not begin fencing the shore before Friday, to give residents time to "
        "appeal, the board said.\n"
    )
    got = by_quote(text)
    crews = "Crews will not begin fencing the shore before Friday, to give residents time to appeal"
    assert got[crews].speaker == "Ridgeford Valley Parks Board"


def test_the_club_is_the_side_named_in_full_only_further_down():
    text = (
        "Ashcombe beat Tilling by three goals on Saturday to lift the county shield.\n\n"
        "Tilling had led at half-time after a scramble in the goalmouth.\n\n"
        "The equaliser came from a corner ten minutes after the break.\n\n"
        "Their goalkeeper, Rob Lister, saved two penalties. Lister is 18. He has been "
        "invited to train with two professional sides, according to the club.\n\n"
        "The captain, Joe Marsh, said the side had never stopped believing.\n\n"
        "Ashcombe Hockey Club said in a statement that the shield would be shown at the "
        "town hall on Monday.\n"
    )
    got = by_quote(text)
    invited = "He has been invited to train with two professional sides"
    assert got[invited].speaker == "Ashcombe Hockey Club"


def test_a_titled_subject_with_a_long_relative_clause_is_the_next_he():
    text = (
        "Ashcombe beat Tilling on Saturday to lift the county shield.\n\n"
        "The referee, Paul Gent, said the goal had been ‘clearly onside’.\n\n"
        "His assistant, Tom Reyes, declined to comment.\n\n"
        "Tilling’s coach, Mark Dene, who played in the side that lost the 1998 final, was "
        "calmer than his players. He said: ‘We are hurting. But we lost it in the first "
        "half.’\n"
    )
    got = by_quote(text)
    assert got["We are hurting. But we lost it in the first half."].speaker == "Mark Dene"


def test_she_added_goes_on_with_an_urging_not_past_it():
    text = (
        "Interior Minister Ingrid Halvorsen said 40 homes had been destroyed.\n\n"
        "“We are still reaching the valleys,” Halvorsen told reporters.\n\n"
        "“You listen for voices,” said Per Lund, a volunteer from the coast.\n\n"
        "Halvorsen later urged families to stay with relatives until the roads were "
        "cleared.\n\n"
        "“A hotel is expensive. A landslide can kill you,” she added.\n"
    )
    got = by_quote(text)
    assert got["A hotel is expensive. A landslide can kill you,"].speaker == "Ingrid Halvorsen"


def test_he_added_still_skips_a_refusal():
    # guard: "declined to comment" is nothing said; the one who adds spoke before it
    text = (
        "“We will rebuild the bridge,” said Mayor Tom Berg.\n\n"
        "The contractor, Ole Nyhus, declined to comment.\n\n"
        "“It will take a year,” he added.\n"
    )
    assert by_quote(text)["It will take a year,"].speaker == "Tom Berg"


def test_a_but_conjunct_holding_a_quote_leaves_the_first_verb_phrase_reported():
    text = (
        "The council's deputy chair, Ann Pike, cast the only vote against the plan. She "
        "said she supported closing the two beaches the engineer had named but could not "
        'vote for "shutting the whole coast with them."\n'
    )
    got = by_quote(text)
    assert got["she supported closing the two beaches the engineer had named"].speaker == (
        "Ann Pike"
    )
    assert got["shutting the whole coast with them."].speaker == "Ann Pike"


def test_and_declined_to_comment_ends_the_reported_clause():
    text = (
        "The town council voted on Tuesday to close the pool.\n\n"
        "The Harlow County Sheriff’s Office said it was reviewing the video and declined "
        "to comment further.\n"
    )
    got = by_quote(text)
    assert got["it was reviewing the video"].speaker == "Harlow County Sheriff’s Office"


def test_a_refusal_of_another_act_stays_in_the_clause():
    # guard: "refused to drop the gun" is the reported clause's own verb
    text = "Tom Berg said the man had posed a threat and refused to drop the gun.\n"
    assert "the man had posed a threat and refused to drop the gun" in by_quote(text)


def test_a_named_appositive_after_a_definite_noun_keeps_the_clause_whole():
    text = (
        "The airline grounded six planes on Monday.\n\n"
        "Two people familiar with the matter said the engine maker, Harwick Motors, had "
        "told the airline last month that a batch of pistons might need replacing.\n"
    )
    got = by_quote(text)
    whole = (
        "the engine maker, Harwick Motors, had told the airline last month that a batch of "
        "pistons might need replacing"
    )
    assert whole in got
    assert "the engine maker, Harwick Motors" not in got


def test_a_fielder_who_claims_a_catch_says_nothing():
    text = (
        "Ashcombe won the shield on Saturday.\n\n"
        "Reyes drove low to cover, where Tom Lund dived and claimed the catch.\n"
    )
    assert "the catch" not in by_quote(text)


def test_a_sides_possessive_captain_belongs_to_that_side():
    text = (
        "Ashcombe won the county shield on Saturday, beating Tilling 2-1.\n\n"
        "Tilling’s captain, Joe Marsh, was furious. ‘They didn’t see it,’ he said.\n"
    )
    said = by_quote(text)["They didn’t see it,"]
    assert (said.speaker, said.organization) == ("Joe Marsh", "Tilling")


def test_a_players_possessive_coach_is_no_club():
    # guard: a possessor written after a given name is a person
    text = (
        "Andy Lund won the final on Sunday, beating Tom Berg in three sets.\n\n"
        "Lund’s coach, Ivan Roe, said the serve had made the difference.\n"
    )
    said = by_quote(text)["the serve had made the difference"]
    assert said.organization is None
