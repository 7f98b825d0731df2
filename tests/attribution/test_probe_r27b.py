"""Round 27, probe r27b's training errors (families, relatives and groups of people as
speakers): general classes, each tested with invented copy only (no sentence of the
probe)."""

from quote_lookup import by_quote


def test_a_family_named_by_its_relative_speaks_not_the_relative():
    # "The family of X, NAME, said": NAME is X (the one they are the family of); the
    # family speaks, an unnamed group (speaker null, the source kept)
    got = by_quote(
        "Lorry driver dies on motorway\n\n"
        "The family of the lorry driver, Peter Lowe, said in a statement that he had loved "
        "the open road.\n\n"
        "Relatives of the passenger, Janet Moss, said she had been on her way to a wedding.\n\n"
        "Friends of the driver, Alan Pike, said the route had always worried him.\n"
    )
    for quote, source in (
        ("he had loved the open road", "The family of the lorry driver"),
        ("she had been on her way to a wedding", "Relatives of the passenger"),
        ("the route had always worried him", "Friends of the driver"),
    ):
        assert got[quote].speaker is None
        assert got[quote].source.startswith(source)


def test_relatives_of_a_person_named_by_a_plain_noun_are_a_group():
    # "The parents of the boy, NAME, said": the complement's noun ("boy") reads as no
    # phrase word, the name is the boy's; a single relative ("The widow of X, NAME,") is
    # the name (unchanged)
    got = by_quote(
        "Boy rescued from quarry\n\n"
        "The parents of the boy, Tom Reilly, said he had gone out to look for his dog.\n\n"
        "The widow of the shift foreman, Carol Tate, said the pit had been unsafe for years.\n"
    )
    assert got["he had gone out to look for his dog"].speaker is None
    assert got["he had gone out to look for his dog"].source.startswith("The parents of the boy")
    assert got["the pit had been unsafe for years"].speaker == "Carol Tate"


def test_a_place_or_body_after_a_group_of_relatives_is_not_the_speaker():
    # "Relatives of the victims in Tacloban said", "Friends of Lowe from Halden Rovers
    # said": the place or club is where the group is from
    got = by_quote(
        "Bus crash inquiry\n\n"
        "Relatives of the victims in Tacloban said they had waited a year for answers.\n\n"
        "Friends of Hadley from Halden Rovers said he had never missed a training session.\n"
    )
    assert got["they had waited a year for answers"].speaker is None
    assert got["they had waited a year for answers"].source == (
        "Relatives of the victims in Tacloban"
    )
    assert got["he had never missed a training session"].speaker is None


def test_a_body_named_by_its_members_speaks_under_its_whole_name():
    # "A group set up by parents, Mothers Against Knife Crime, said": the capitalised name
    # opening with a plural of people is one body (not its last words), its own
    # organisation; "Its chair, X," is of it
    got = by_quote(
        "Campaigners call for knife arches\n\n"
        "A group set up by bereaved parents last year, Mothers Against Knife Crime, said it "
        "would deliver a petition to the council.\n\n"
        "Its chair, Denise Hartley, said: “We want every school to have one.”\n"
    )
    group = got["it would deliver a petition to the council"]
    assert (group.speaker, group.organization) == (
        "Mothers Against Knife Crime",
        "Mothers Against Knife Crime",
    )
    assert got["We want every school to have one."].organization == "Mothers Against Knife Crime"


def test_one_of_a_pair_named_after_a_partitive_or_an_age_rank():
    # "said the younger of the two, 19-year-old X", "said the elder brother, X": the name
    got = by_quote(
        "Brothers wait at the quay\n\n"
        "“He always phones when he lands,” said the younger of the two, 22-year-old Ramon "
        "Santos.\n\n"
        "“We will wait here all night,” said the older brother, Luis Santos.\n"
    )
    assert got["He always phones when he lands,"].speaker == "Ramon Santos"
    luis = got["We will wait here all night,"]
    assert (luis.speaker, luis.role) == ("Luis Santos", "brother")


def test_they_after_an_unnamed_family_takes_the_story_country():
    # an unresolved "they" after a family's statement is that group: the dateline's
    # country, as the family's own statement has (a "he" left unnamed still has none)
    got = by_quote(
        "Fisherman missing off Leyte\n\n"
        "TACLOBAN, Philippines (AP) — The family of a missing fisherman said he had set out "
        "before dawn on Monday. They said he had fished those waters for 30 years.\n"
    )
    assert got["he had set out before dawn on Monday"].country == "PH"
    assert got["he had fished those waters for 30 years"].speaker is None
    assert got["he had fished those waters for 30 years"].country == "PH"


def test_a_survivor_named_as_such_has_that_role():
    # "A survivor, X, 27, said": the tie that makes her a source, as a neighbour's
    got = by_quote(
        "Ferry sinks off Samar\n\n"
        "A survivor, Teresa Aquino, 31, said the lights went out before the boat tipped.\n"
    )
    aquino = got["the lights went out before the boat tipped"]
    assert (aquino.speaker, aquino.role) == ("Teresa Aquino", "survivor")
