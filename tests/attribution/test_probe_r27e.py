"""Round 27, probe r27e's training errors (sports copy: post-match quotes and press
conferences): general classes, each tested with invented copy only (no sentence of the
probe)."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_a_players_tally_after_added_is_no_statement():
    # "X added 21 points and 12 rebounds", "added two goals": a player's line, no speech
    text = (
        "Hawks edge Owls\n\n"
        "DENVER (AP) — Dana Cole scored 30 points, forward Ray Hill added 19 points and 11 "
        "rebounds, and the Denver Hawks beat the Reno Owls 101-99 on Friday night.\n\n"
        "Midfielder Tom Reyes added two goals as City won 3-0, and Ben Ash added 46 runs "
        "off 30 balls.\n"
    )
    assert extract(text) == []


def test_added_with_a_count_that_opens_a_clause_is_still_speech():
    got = by_quote(
        "Fire kills 10\n\n"
        "Police chief Ann Boyd said the fire began at midnight. Boyd added 10 people had "
        "died, and she added 5 points were deducted from the inspection score.\n"
    )
    assert got["10 people had died"].speaker == "Ann Boyd"
    assert got["5 points were deducted from the inspection score"].speaker == "Ann Boyd"


def test_the_position_written_before_the_name_names_the_player():
    # "opener X … the opener admitted", "Lancashire striker X … the striker said": a
    # player's position is a title, and its one holder is "the <position>"
    got = by_quote(
        "Sharma steadies hosts\n\n"
        "Chasing 300, Kent reached 150 for 2 with opener Dev Sharma unbeaten on 80.\n\n"
        "The crowd sang all afternoon, and the opener admitted the noise had helped him.\n\n"
        "Lancashire striker Ollie Fenn scored twice at the other end of the county.\n\n"
        '"It went in off my knee," the striker said.\n'
    )
    sharma = got["the noise had helped him"]
    assert (sharma.speaker, sharma.role) == ("Dev Sharma", "opener")
    fenn = got["It went in off my knee,"]
    assert (fenn.speaker, fenn.role, fenn.organization) == ("Ollie Fenn", "striker", "Lancashire")


def test_a_nationality_and_an_epithet_name_the_player_and_give_the_country():
    # "The Croatian big man said", "the Croatian forward said": the player just named, and
    # the nationality is every statement's country (as "the Dutchman")
    for epithet in ("The Croatian big man", "The Croatian forward"):
        got = by_quote(
            "Hawks edge Owls\n\n"
            "DENVER (AP) — Owls forward Milan Petrovic had 20 points before fouling out.\n\n"
            '"We lost the boards," Petrovic said.\n\n'
            f"{epithet} said he had no complaints about the officiating.\n"
        )
        first = got["We lost the boards,"]
        later = got["he had no complaints about the officiating"]
        assert (first.speaker, first.country) == ("Milan Petrovic", "HR")
        assert (later.speaker, later.country) == ("Milan Petrovic", "HR")


def test_a_wicketkeeper_is_a_title_with_the_county_before_it():
    got = by_quote(
        "Kent hold on\n\n"
        "Kent wicketkeeper Sam Doyle took six catches on the final day at Canterbury.\n\n"
        '"The ball carried beautifully," Doyle said.\n'
    )
    doyle = got["The ball carried beautifully,"]
    assert (doyle.role, doyle.organization) == ("wicketkeeper", "Kent")


def test_foreign_players_in_a_home_league_are_no_summit():
    # a league's players from several countries are no delegations: the dateline's
    # country still goes to the coaches and the club
    got = by_quote(
        "Hawks edge Owls\n\n"
        "DENVER (AP) — Owls forward Milan Petrovic had 20 points and guard Jean Morel, a "
        "Frenchman, added 14.\n\n"
        '"We lost the boards," Petrovic, a Croatian, said.\n\n'
        '"We will be back," Morel said.\n\n'
        'Hawks coach Ed Farris said his team had been "lucky."\n\n'
        "The Owls said forward Sam Kent would miss the next game.\n"
    )
    assert got["We lost the boards,"].country == "HR"
    assert got["We will be back,"].country == "FR"
    assert got["lucky."].country == "US"
    assert got["forward Sam Kent would miss the next game"].country == "US"


def test_a_result_verb_then_and_said_is_the_winners():
    # "X beat Y 6-3, 6-2 and said …": "beat" is the first verb, its subject the speaker
    got = by_quote(
        "Ruiz through\n\n"
        "Paris (AFP) - Ana Ruiz beat Eva Holm 6-3, 6-2 on Tuesday and said afterwards that "
        'the crowd had been "wonderful".\n'
    )
    assert got["wonderful"].speaker == "Ana Ruiz"


def test_a_country_before_an_object_is_not_the_objects_nationality():
    # "X of Italy beat Hugo Marchal": Italy is X's, not Marchal's, so "the Italian" is X
    got = by_quote(
        "Bruni through\n\n"
        "Paris (AFP) - Marco Bruni of Italy beat Hugo Marchal 6-3, 6-2 on Tuesday.\n\n"
        '"I love playing here," the Italian said.\n'
    )
    assert got["I love playing here,"].speaker == "Marco Bruni"


def test_a_box_of_notes_under_a_game_storys_subhead_is_nobodys_words():
    # AP's "TIP-INS" / "UP NEXT": "Team: …" lines are no statements, and a spaced "..."
    # between two notes ends a sentence, so "…, the team said" reports its own note only
    text = (
        "Hawks edge Owls\n\n"
        'DENVER (AP) — Dana Cole scored 30 points. "We found a way," Cole said.\n\n'
        "TIP-INS\n\n"
        "Owls: Reno shot 7 of 30 from 3-point range. ... Ray Hill is expected to miss two "
        "weeks with a sprained wrist, the team said.\n\n"
        "Hawks: Cole has scored at least 25 points in four straight games.\n\n"
        "UP NEXT\n\n"
        "Hawks: At Reno on Sunday night.\n\n"
        "Owls: Host the Hawks on Sunday night.\n"
    )
    got = {s.quote for s in extract(text)}
    assert got == {
        "We found a way,",
        "Ray Hill is expected to miss two weeks with a sprained wrist",
    }


def test_a_labelled_transcript_under_a_plain_heading_still_speaks():
    # (guard: only a game story's notes subheads; a transcript's turns are kept)
    text = (
        "Senator grilled\n\n"
        "TRANSCRIPT\n\n"
        "Vance: We will pass the bill before the recess, and we have the votes.\n\n"
        "Lowe: You said that in March, and the bill never came to the floor.\n\n"
        "Vance: This time the leadership is behind it.\n"
    )
    assert any(s.speaker == "Vance" for s in extract(text))


def test_a_post_held_now_outranks_a_former_one_written_with_the_name():
    # "Her coach, the former Argentine player X": coach (a past post is a description)
    got = by_quote(
        "Ruiz out\n\n"
        "Paris (AFP) - Ana Ruiz lost on Tuesday. Her coach, the former Argentine player "
        "Diego Ferraro, said she had been ill.\n"
    )
    ferraro = got["she had been ill"]
    assert (ferraro.role, ferraro.country) == ("coach", "AR")


def test_an_age_written_for_nobody_is_the_player_the_next_quote_credits():
    # "The 24-year-old, …, said A. “…,” Ravi Patel said.": no age was written before, so
    # not the last speaker (Hart) but the person the paragraph's next quote names
    got = by_quote(
        "Kent win\n\n"
        "Kent won by 40 runs, and captain Joe Hart said it had been a team effort.\n\n"
        '"Our bowlers were brilliant," Hart said. "Ravi bowled through the pain."\n\n'
        "The 24-year-old, who took six wickets, said he had felt fine. "
        '"It was only a blister," Ravi Patel said.\n'
    )
    assert got["he had felt fine"].speaker == "Ravi Patel"
    # guard: an age written before names its person, whatever quote follows
    got = by_quote(
        "Kent win\n\n"
        "Kent won by 40 runs, and captain Joe Hart, 31, said it had been a team effort.\n\n"
        "The 31-year-old said he was proud. "
        '"It was only a blister," Ravi Patel said.\n'
    )
    assert got["he was proud"].speaker == "Joe Hart"
