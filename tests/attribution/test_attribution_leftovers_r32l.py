"""Round 32, r32-l: round 31's leftovers (roles, organisations, spans). Invented copy
only (no sentence of a probe, a held-out set or the PolNeAR dev set)."""

from quote_lookup import by_quote


def test_a_preposed_multiword_lower_case_title_is_kept_whole():
    # a run of lower-case nouns before the title head, after "the", "its" or a
    # possessive, is the title as written, not its bare head
    text = (
        "Tidewater Ferries raised its fares on Monday.\n\n"
        "Its customer service manager, Paul Grady, said complaints had doubled.\n\n"
        "The company's community relations manager, Dana Ortiz, said the increase was "
        "overdue.\n\n"
        "Tidewater Ferries' government relations director, Lena Ross, said the state "
        "had been told.\n"
    )
    got = by_quote(text)
    for quote, role in (
        ("the increase was overdue", "community relations manager"),
        ("complaints had doubled", "customer service manager"),
        ("the state had been told", "government relations director"),
    ):
        assert (got[quote].role, got[quote].organization) == (role, "Tidewater Ferries")
    # (not a person's rival after "her": no office)
    text = (
        "The mayor opened her campaign on Saturday.\n\n"
        "Her main challenger, Ruben Salas, said the city had stalled.\n"
    )
    assert by_quote(text)["the city had stalled"].role is None


def test_a_preposed_title_representing_a_seat_is_the_title_and_its_chamber():
    # "The lawmaker representing Y (in Z), Hon. X," is the title as after the name
    # ("X, the MP representing Y,"), "Hon." a style; a named chamber is the body
    text = (
        "ABUJA — A bill to cap school fees passed its second reading on Tuesday.\n\n"
        "The lawmaker representing Ikeja North in the Lagos State House of Assembly, Hon. "
        "Tunde Bakare, said parents could no longer cope.\n\n"
        "The senator representing Kano Central, Hon. Aisha Musa, said the cap came too "
        "late.\n\n"
        "The lawyer representing the schools, Emeka Obi, said the bill would be "
        "challenged.\n"
    )
    got = by_quote(text)
    bakare = got["parents could no longer cope"]
    assert (bakare.speaker, bakare.role, bakare.organization) == (
        "Tunde Bakare",
        "lawmaker",
        "Lagos State House of Assembly",
    )
    musa = got["the cap came too late"]
    assert (musa.speaker, musa.role, musa.organization) == ("Aisha Musa", "senator", None)
    assert got["the bill would be challenged"].role == "lawyer"


def test_a_relative_clause_with_now_or_teaches_gives_the_occupation():
    text = (
        "WASHINGTON — The court heard the voting case on Monday.\n\n"
        "Grace Holloway, who is now a law professor at Marlow University, said the ruling "
        "would be narrow.\n\n"
        "Dennis Achebe, who teaches law at Redfield College, said the justices would "
        "split.\n\n"
        "Ines Marquez, who now teaches constitutional law at the University of Tarrant, "
        "said the precedent was weak.\n\n"
        "Paul Brandt, who teaches history at Lakeview High School, said students were "
        "watching.\n\n"
        "Professor Lydia Chen, who teaches ethics at Marlow University, said nothing was "
        "settled.\n"
    )
    got = by_quote(text)
    for quote, role, org in (
        ("the ruling would be narrow", "law professor", "Marlow University"),
        ("the justices would split", "law professor", "Redfield College"),
        ("the precedent was weak", "constitutional law professor", "University of Tarrant"),
        ("students were watching", "history teacher", "Lakeview High School"),
        # (a title written before the name stays the role)
        ("nothing was settled", "Professor", "Marlow University"),
    ):
        assert (got[quote].role, got[quote].organization) == (role, org)


def test_the_parent_company_is_the_owner_named_not_the_company_that_spoke():
    text = (
        "Brightwater Foods, a unit of Kessel Holdings, will shut two creameries.\n\n"
        "Mara Quinn, a spokesperson for the parent company, said the move would save "
        "money.\n\n"
        "A spokeswoman for the parent company said 150 jobs would go.\n"
    )
    got = by_quote(text)
    assert got["the move would save money"].organization == "Kessel Holdings"
    assert got["150 jobs would go"].organization == "Kessel Holdings"
    # no owner named: no organisation (not the company that spoke)
    text = (
        "Brightwater Foods said on Monday it would shut two creameries.\n\n"
        "Mara Quinn, a spokesperson for the parent company, said the move would save "
        "money.\n"
    )
    assert by_quote(text)["the move would save money"].organization is None


def test_the_company_is_the_subject_not_its_owner_named_in_a_relative():
    text = (
        "Brightwater Foods, which is owned by Kessel Holdings, will shut two creameries, "
        "cutting 150 jobs.\n\n"
        "Union leaders said they had not been warned.\n\n"
        "A company spokeswoman said the jobs would go by June.\n\n"
        "A spokesman for the company said the site would be sold.\n"
    )
    got = by_quote(text)
    assert got["the jobs would go by June"].organization == "Brightwater Foods"
    assert got["the site would be sold"].organization == "Brightwater Foods"


def test_a_bare_navy_spokesman_is_the_datelines_navy_of_two_foreign_ones():
    # of two navies named, no U.S. one, an unqualified "Navy" is the story's own country's
    # (its dateline); with no dateline no guess (the last one named is none the likelier)
    body = (
        "A Tongan patrol boat collided with a New Zealand frigate on Monday.\n\n"
        "The Tonga Maritime Force Navy said two sailors were hurt. The Royal New Zealand "
        "Navy said its ship was undamaged.\n\n"
        "A Navy spokesman said the patrol boat would be towed to Nuku'alofa.\n"
    )
    got = by_quote("NUKU'ALOFA, Tonga — " + body)["the patrol boat would be towed to Nuku'alofa"]
    assert (got.organization, got.country) == ("Tonga Maritime Force Navy", "TO")
    got = by_quote(body)["the patrol boat would be towed to Nuku'alofa"]
    assert got.organization is None


def test_was_asked_then_but_said_is_the_subjects_statement():
    text = (
        "HONOLULU — A cutter ran aground off Lanai on Monday.\n\n"
        "Cmdr. Ruth Akana was asked whether fatigue had played a part, but said it was too "
        "early to say.\n\n"
        "Capt. Neil Ota was asked about the crew and said they had been rested.\n"
    )
    got = by_quote(text)
    assert (got["it was too early to say"].speaker, got["it was too early to say"].cue) == (
        "Ruth Akana",
        "said",
    )
    assert got["they had been rested"].speaker == "Neil Ota"


def test_a_but_that_clause_after_a_quote_and_a_passive_or_contact_relative_asked():
    # "asked" after the quote (a relative on the quoted noun, or a passive) is no second
    # act: the "but that" clause is the first cue's, whole
    text = (
        "HONOLULU — A cutter ran aground off Lanai on Monday.\n\n"
        'Cmdr. Ruth Akana said fatigue would be "one of the first questions" inspectors '
        "asked, but that it was too early to say whether it had played a part.\n\n"
        'Capt. Neil Ota said it was "one of the questions" he had been asked, but that '
        "the answer would come from the logs.\n"
    )
    got = by_quote(text)
    akana = got["it was too early to say whether it had played a part"]
    assert (akana.speaker, akana.cue) == ("Ruth Akana", "said")
    ota = got["the answer would come from the logs"]
    assert (ota.speaker, ota.cue) == ("Neil Ota", "said")
