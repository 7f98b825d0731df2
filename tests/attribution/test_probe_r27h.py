"""Round 27, probe r27h's training errors (roles as copy writes them): general classes of
titles, ranks and posts, each tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_canadian_councillor_and_army_ranks_abbreviated_before_a_name():
    # "Coun. X" (Canadian copy), "Spc." / "Cpl." (AP's Army ranks): the title; "Pvt." ends
    # no sentence
    got = by_quote(
        "Arena to close\n\n"
        "Coun. Marla Tennant said the arena had lost money for a decade.\n\n"
        "Spc. Jordan Reilly said the convoy had stopped twice. Cpl. Dana Frost said the "
        "radio had failed. Pvt. Luis Ortiz said the trucks were late.\n"
    )
    assert got["the arena had lost money for a decade"].role == "Councillor"
    assert got["the convoy had stopped twice"].role == "Specialist"
    assert got["the radio had failed"].role == "Corporal"
    assert got["the trucks were late"].speaker == "Luis Ortiz"


def test_a_compound_rank_gives_way_to_the_post_in_the_appositive():
    # "Staff Sgt. X, a range safety officer,", "Command Sgt. Maj. X, the senior enlisted
    # leader of Y,": the post, as "Lt. Col. X, a spokesman" (a rank alone stays)
    got = by_quote(
        "Range closed\n\n"
        "Staff Sgt. Lena Ruiz, a range safety officer, said nobody was hurt. "
        '"We were lucky," Ruiz said.\n\n'
        "Master Sgt. Owen Pratt, the brigade's senior medic, said two soldiers were treated.\n\n"
        "Staff Sgt. Kim Boyd said the road was closed.\n"
    )
    assert got["nobody was hurt"].role == "range safety officer"
    assert got["We were lucky,"].role == "range safety officer"
    assert got["two soldiers were treated"].role == "senior medic"
    assert got["the road was closed"].role == "Staff Sergeant"


def test_a_chaplain_with_a_bracketed_rank():
    # "Chaplain (Maj.) X": the Army's style; the title before the bracket is the role
    got = by_quote("Memorial held\n\nChaplain (Maj.) Peter Lund said he had met the families.\n")
    assert got["he had met the families"].role == "Chaplain"


def test_then_and_an_officer_s_initials_at_a_sentence_start():
    # "Then-CFO X" / "Then-CTO X": the office held at the time, not part of the name
    got = by_quote(
        "Lender loses staff\n\n"
        "Then-CFO Rita Gomez resigned in May. Gomez said the budget was never realistic.\n\n"
        "Then-CTO Omar Bell left in June. Bell said the code was ready.\n"
    )
    gomez = got["the budget was never realistic"]
    assert (gomez.speaker, gomez.role) == ("Rita Gomez", "CFO")
    bell = got["the code was ready"]
    assert (bell.speaker, bell.role) == ("Omar Bell", "CTO")


def test_a_post_given_later_in_the_story_is_held_from_there_on():
    # "council voted to appoint X acting city manager", "X, who had been …, was named
    # interim CEO", "X was promoted to …": the later statements take the new post
    got = by_quote(
        "Town hall shake-up\n\n"
        "Assistant town manager Paula Greer said the audit was late.\n\n"
        "On Monday, the board voted to appoint Greer interim town manager.\n\n"
        "Greer said she would not apply for the job permanently.\n\n"
        "Fintech founder departs\n\n"
        "Her partner, Colin Ward, who had been the company's chief operating officer, was "
        "named acting CEO. Ward said the company had cash for two years.\n\n"
        "Dana Mills, a sales director, said orders were steady. Mills was promoted to vice "
        "president of sales on Friday. Mills said the team would grow.\n\n"
        "A man named John Pike said the road was closed.\n"
    )
    assert got["the audit was late"].role == "Assistant town manager"
    assert got["she would not apply for the job permanently"].role == "interim town manager"
    assert got["the company had cash for two years"].role == "acting CEO"
    assert got["orders were steady"].role == "sales director"
    assert got["the team would grow"].role == "vice president of sales"
    assert got["the road was closed"].role is None  # "a man named X": no post


def test_newly_appointed_and_longtime_are_descriptions():
    # decision 9: "newly appointed chief financial officer" -> the office; "Longtime
    # spokesman X" -> "spokesman"
    got = by_quote(
        "Retailer names finance chief\n\n"
        "Brightmart's newly appointed chief financial officer, Neil Haas, said margins would "
        "improve.\n\n"
        "Longtime spokesman Ed Ruiz said the stores would stay open.\n"
    )
    assert got["margins would improve"].role == "chief financial officer"
    assert got["the stores would stay open"].role == "spokesman"


def test_the_cfo_is_the_chief_financial_officer_named_before():
    # "the CFO said" after "its (newly appointed) chief financial officer, X": the same
    # person
    got = by_quote(
        "Retailer names finance chief\n\n"
        "Brightmart said on Monday it would open 12 stores. Brightmart's newly appointed "
        "chief financial officer, Neil Haas, said margins would improve.\n\n"
        '"We are not betting the company on it," the CFO said.\n'
    )
    assert got["We are not betting the company on it,"].speaker == "Neil Haas"


def test_an_ap_dateline_with_a_lower_case_mc_after_a_two_line_byline():
    # "FORT McKAY, Texas —" / "DeKALB, Ill. —" (AP keeps a name's lower case), after
    # "By NAME" and the outlet's name on its own line
    got = by_quote(
        "Two hurt in depot blast\n\n"
        "By ANNA LOWE\nCOUNTY GAZETTE\n\n"
        "DeKALB, Ill. — Two workers were hurt in a blast at a fuel depot on Friday.\n\n"
        "Fire chief Gary Moss said the tank had been empty.\n"
    )
    assert got["the tank had been empty"].country == "US"


def test_a_reported_pronoun_is_the_speaker_with_a_known_short_first_name():
    # "Wes X, who …, said he had warned …" ("Wes" a man's name: "he" is him, not the man
    # named in the paragraph before)
    got = by_quote(
        "Start-up splits\n\n"
        "Its chief financial officer, Arjun Desai, said the launch would go ahead.\n\n"
        "Wes Corbin, who now runs a studio in Denver, said he had warned the founders that "
        '"the fighting was the product."\n'
    )
    assert got["the fighting was the product."].speaker == "Wes Corbin"
