"""Round 25, probe r25e's training errors (r25-probee): profiles and interviews — a
nickname inside a name, bodies described by what they do, a lead's officer of a named
body, a devolved party's branch, undated Australian sports copy and a workplace written
as "the <city> <kind>" — each class tested with invented copy only (no sentence of the
probe)."""

from quote_lookup import by_quote


def test_the_skipper_after_a_nicknamed_captain_far_back():
    # 'Tom "Ox" Vale, the club's 27-year-old captain,': the nickname is part of the
    # name, so the title after it is his, and "the skipper" six paragraphs on is him
    got = by_quote(
        "Harbour City sweat on captain\n\n"
        "Harbour City coach Dean Moss says his captain will be fit for the final.\n\n"
        'Tom "Ox" Vale, the club\'s 27-year-old captain, hurt his knee in the semi-final.\n\n'
        'Moss said the scans had been "encouraging".\n\n'
        '"He always comes back," the 48-year-old said.\n\n'
        "He said Vale would have to train fully on Thursday.\n\n"
        'Vale said he had "never felt better".\n\n'
        "The skipper said he had rung his mother on Sunday night.\n"
    )
    s = got["he had rung his mother on Sunday night"]
    assert (s.speaker, s.role) == ('Tom "Ox" Vale', "captain")


def test_the_funder_is_the_body_that_spoke_before():
    # a body named without a head word ("Arts Wales"), then described by what it does
    got = by_quote(
        "Arts Wales said on Monday that it had received 90 bids for 12 grants. "
        "The funder said the Harbour Light Festival remained eligible for small grants.\n"
    )
    s = got["the Harbour Light Festival remained eligible for small grants"]
    assert (s.speaker, s.speaker_type, s.organization) == (
        "Arts Wales",
        "organization",
        "Arts Wales",
    )


def test_a_lead_officer_of_a_named_body_is_the_officer_named_next():
    # the lead's "The director of the Kelso Book Festival" (nobody named yet) is the one
    # director the next paragraph names with the festival; never the festival itself
    got = by_quote(
        "Kelso book festival cut after grant refused\n\n"
        'The director of the Kelso Book Festival has accused the council of "cutting '
        'corners" after its grant was refused.\n\n'
        "The festival's director, Morag Haig, said the event would go ahead in a smaller "
        "form.\n"
    )
    s = got["cutting corners"]
    assert (s.speaker, s.role, s.organization) == ("Morag Haig", "director", "Kelso Book Festival")
    s = got["the event would go ahead in a smaller form"]
    assert (s.speaker, s.organization) == ("Morag Haig", "Kelso Book Festival")


def test_a_lead_officer_of_a_named_body_is_not_another_bodys_officer():
    # the director named next heads another body: the lead's stays unnamed
    got = by_quote(
        "Agencies clash over leak\n\n"
        "The director of the Hallam Research Institute said on Monday that the leak had "
        'been "deliberate".\n\n'
        "Museum director Anna Bell said the archive had been locked all week.\n"
    )
    assert got["deliberate"].speaker != "Anna Bell"


def test_a_devolved_party_branch_is_the_organisation():
    got = by_quote(
        "Scottish Labour's housing spokesperson, Neil Gray, said rents had doubled.\n\n"
        "Welsh Labour's health spokesperson, Rhian Pugh, said the waiting lists were "
        "too long.\n"
    )
    s = got["rents had doubled"]
    assert (s.role, s.organization) == ("housing spokesperson", "Scottish Labour")
    assert got["the waiting lists were too long"].organization == "Welsh Labour"


def test_a_party_family_with_a_countrys_demonym_is_still_no_body():
    # (unchanged) "German Green lawmaker X": a party family, the country's demonym
    s = by_quote("German Green lawmaker Katja Brandt said the plan was too timid.\n")[
        "the plan was too timid"
    ]
    assert (s.role, s.organization, s.country) == ("lawmaker", None, "DE")


def test_undated_australian_football_copy_is_australian():
    # no dateline and no country named: the league, its ground and a regional city mark
    # Australian copy
    got = by_quote(
        "Rovers name unchanged side\n\n"
        "Port Kembla coach Lachlan Dwyer said his side would be unchanged for the AFL "
        "semi-final at the MCG on Saturday.\n\n"
        "Wagga Wagga-born forward Tim Healey said the players were relaxed.\n"
    )
    assert (
        got["his side would be unchanged for the AFL semi-final at the MCG on Saturday"].country
        == "AU"
    )
    assert got["the players were relaxed"].country == "AU"


def test_the_afl_cio_is_no_australian_mark():
    got = by_quote(
        "Union backs strike\n\n"
        "AFL-CIO president Karen Moss said the union would back the strike. "
        "The AFL-CIO said its members had voted on Friday.\n"
    )
    assert got["the union would back the strike"].country != "AU"


def test_a_workplace_written_as_the_city_and_its_kind():
    # "a surgeon at the Toronto hospital" after "the Hospital for Sick Children" in the
    # same paragraph: that hospital, and Toronto's country (not a body named "Toronto")
    got = by_quote(
        "She trained in Oslo and then in Toronto, where she spent four years at the "
        "Hospital for Sick Children. Dr Omar Reyes, a cardiac surgeon at the Toronto "
        "hospital who taught her, says she was the best trainee he had.\n"
    )
    s = got["she was the best trainee he had"]
    assert (s.role, s.organization, s.country) == (
        "cardiac surgeon",
        "Hospital for Sick Children",
        "CA",
    )


def test_one_voice_from_a_city_abroad_leaves_the_local_voices_theirs():
    # an undated New Zealand story (its cities) with one Toronto surgeon and a foreign
    # ministry: no summit, so the local family keeps New Zealand
    got = by_quote(
        "Surgeon heads for Apia\n\n"
        "Dr Ruth Kerr, 52, has worked at Dunedin Hospital for 11 years.\n\n"
        "Dr Omar Reyes, a surgeon at the Toronto hospital where she trained, says she "
        "was the best trainee he had.\n\n"
        "Samoa's Ministry of Health says the new unit will open next year.\n\n"
        "Her brother, Ian Kerr, says she has always been stubborn.\n\n"
        '"She never asks for directions," Ian says. She moved to Auckland in 2010 and to '
        "Christchurch in 2014.\n"
    )
    assert got["she has always been stubborn"].country == "NZ"
    assert got["she was the best trainee he had"].country == "CA"


def test_a_towns_possessive_before_a_body_is_no_word_of_its_name():
    # as a country's ("Spain's Socialist Party"): "Dundee's" tells where the body is,
    # when the story writes the town as a place; a name ending in 's stays whole
    got = by_quote(
        "The director of Oxford's Ashmolean Museum, Jane Reed, said the loan was agreed. "
        "She met the trustees in Oxford on Monday.\n\n"
        "McDonald's Corp said sales rose in the quarter.\n"
    )
    assert got["the loan was agreed"].organization == "Ashmolean Museum"
    assert got["sales rose in the quarter"].organization == "McDonald's Corp"


def test_a_fronted_place_picks_the_body_named_with_it():
    # "Back in Christchurch, the hospital's …" after a paragraph on a Toronto hospital:
    # the hospital named with the place, not the nearest one
    got = by_quote(
        "Dr Ana Ruiz has been Christchurch Hospital's only heart surgeon for nine years. "
        "She spent four years at the Hospital for Sick Children in Toronto.\n\n"
        "Back in Christchurch, the hospital's chief medical officer, Dr Simon Ferreira, "
        "says the unit needs a second surgeon.\n"
    )
    s = got["the unit needs a second surgeon"]
    assert (s.role, s.organization) == ("chief medical officer", "Christchurch Hospital")


def test_a_post_stated_in_a_profile_is_the_persons_title():
    # a profile states the post with its body ("X, 52, has been Harlow General
    # Hospital's only eye surgeon for a decade"), and the person speaks paragraphs later
    got = by_quote(
        "The surgeon who stayed\n\n"
        "Mary Quill, 52, has been Harlow General Hospital's only eye surgeon for a decade.\n\n"
        "Her brother, Sam Quill, says she never takes holidays.\n\n"
        '"I will take one when I retire," Quill says.\n'
    )
    s = got["I will take one when I retire,"]
    assert (s.speaker, s.role, s.organization) == (
        "Mary Quill",
        "eye surgeon",
        "Harlow General Hospital",
    )


def test_a_past_or_bodiless_predicate_gives_no_post():
    got = by_quote(
        "Tom Hale is a former director of Acme Corp. He said the deal was sound.\n\n"
        "Ann Lee is Trump's closest adviser. She said the plan was ready.\n"
    )
    assert got["the plan was ready"].organization is None


def test_its_officer_of_a_countrys_possessive_body():
    # "Its director" after "Fiji's Ministry of Health says": the ministry without the
    # country's possessive, and the country
    got = by_quote(
        "Fiji's Ministry of Health says the new ward will open in March.\n\n"
        "Its director of nursing, Dr Mere Tuilagi, says 40 nurses have been hired.\n"
    )
    s = got["40 nurses have been hired"]
    assert (s.role, s.organization, s.country) == (
        "director of nursing",
        "Ministry of Health",
        "FJ",
    )
