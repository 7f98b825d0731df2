"""Round 27: lessons of the retired heldout24, proven on invented sentences of the same
shapes (none of its sentences, names or places)."""

from articles.attribution import extract


def by_quote(text, start):
    return next(s for s in extract(text) if s.quote.startswith(start))


def quotes(text):
    return [s.quote for s in extract(text)]


# ---- anonymous sources with a long relative clause ----------------------------------


def test_anonymous_source_with_a_reason_clause_still_speaks():
    text = (
        "Lottery bill stalls\n\n"
        "Two council members who asked not to be named because the committee had not "
        "voted said the plan was at least four votes short.\n"
    )
    s = by_quote(text, "the plan was at least four votes short")
    assert s.source == "Two council members"
    assert s.speaker is None
    # the longer reach is for plain verbs of saying only: "plan" here is a noun
    text = (
        "Budget talks drag on\n\n"
        "The governor and the Democrats who control the state House remain about $2 "
        "billion apart on a spending plan that was due in May.\n"
    )
    assert not any(s.cue == "plan" for s in extract(text))


def test_anonymous_source_with_two_coordinated_relatives_still_speaks():
    text = (
        "Doubts over the final\n\n"
        "A player who took part in the event and asked not to be named said several "
        'rivals had privately raised the same doubts but that "nobody dares to say so."\n'
    )
    found = quotes(text)
    assert "several rivals had privately raised the same doubts" in found
    assert any(q.startswith("nobody dares to say so") for q in found)


# ---- country ---------------------------------------------------------------------


def test_bare_city_dateline_of_a_statehouse_story_reads_its_domestic_marks():
    text = (
        "Senate passes lottery bill\n\n"
        "HARTWELL — The Nevada Senate approved a lottery bill early Thursday.\n\n"
        "Gov. Lydia Crane has said she would sign a lottery bill. Her spokesman, Tom "
        'Oakes, said in an email that the governor would "let the House work."\n\n'
        "The Nevada Faith Council, a church group, said lawmakers had erred. The Nevada "
        "House votes next week.\n"
    )
    found = {(s.speaker, s.country) for s in extract(text)}
    assert ("Lydia Crane", "US") in found
    assert ("Tom Oakes", "US") in found
    assert ("Nevada Faith Council", "US") in found


def test_university_named_for_a_city_or_country_gives_its_country():
    text = (
        "Fire destroys Arctic archive\n\n"
        "A fire destroyed a research archive at a station in the Arctic, the Norwegian "
        "police said.\n\n"
        "Dr Mary Dunn, a glaciologist at the University of Glasgow who has worked at the "
        "station, said the samples were unique. Dr Ken Ito, a chemist at Nagoya "
        "University, said the loss was vast. Dr Ama Lente, a lecturer at the University "
        "of Ghana, said the work would go on. Norway must rebuild, Norwegian officials "
        "said, and Norway will pay.\n"
    )
    found = {(s.speaker, s.country) for s in extract(text)}
    assert ("Mary Dunn", "GB") in found
    assert ("Ken Ito", "JP") in found
    assert ("Ama Lente", "GH") in found


# ---- organisation and role ---------------------------------------------------------


def test_who_has_led_a_named_body_gives_the_body():
    text = (
        "Maestro quits\n\n"
        "Karl Brenner, 61, who has led the Harbour Sinfonia since 2019, said he would "
        "leave at once.\n"
    )
    s = by_quote(text, "he would leave at once")
    assert s.organization == "Harbour Sinfonia"
    assert s.role is None
    text = (
        "Chief defends store\n\n"
        "Marcus Hale, the chief executive of Tessaly, who has led the Seattle-based "
        "company since 2016, said it was fine.\n"
    )
    assert by_quote(text, "it was fine").organization != "Seattle-based"


def test_institute_inside_a_university_is_the_university():
    text = (
        "Fares row\n\n"
        "Dr Ama Lente, a senior lecturer at the Institute of Transport Studies at the "
        "University of Lagos, said fares had risen too fast.\n"
    )
    assert by_quote(text, "fares had risen").organization == "University of Lagos"


def test_a_colleague_tie_does_not_replace_an_office_nor_lend_a_country():
    text = (
        "Fire hits Arctic lab\n\n"
        "A fire destroyed a storage hall at the Kvitfjell Research Station in Norway on "
        "Sunday. Norway will rebuild it, the Norwegian police said.\n\n"
        "The station's director, Professor Ingrid Dahl, told reporters that the loss was "
        '"a catastrophe".\n\n'
        "Prof Dahl said the data was gone.\n\n"
        "Dr Ruth Bell, a geologist at the University of Leeds, said the cores were "
        "unique.\n\n"
        "Her colleague at the station, Prof Dahl, said staff came first.\n"
    )
    s = by_quote(text, "staff came first")
    assert s.speaker == "Ingrid Dahl"
    assert s.role == "director"
    assert s.organization != "University of Leeds"
    assert s.country == "NO"
    assert by_quote(text, "the cores were unique").country == "GB"


# ---- speakers ---------------------------------------------------------------------


def test_according_to_her_is_the_woman_named_before():
    text = (
        "Bus fares row\n\n"
        "Dr Ama Lente, a lecturer, said fares had risen.\n\n"
        "According to her, a fare cap tied to fuel prices would calm commuters.\n"
    )
    assert by_quote(text, "a fare cap").speaker == "Ama Lente"


def test_the_minister_after_title_comma_honorific_name():
    text = (
        "Fuel price row\n\n"
        "Drivers rejected the new fuel price.\n\n"
        "The Minister of Energy, Mr Kojo Mensah, said the price was fair.\n\n"
        '"We have listened to the drivers," the Minister said.\n'
    )
    assert by_quote(text, "We have listened").speaker == "Kojo Mensah"


def test_body_speaks_through_a_statement_its_officer_signed():
    text = (
        "Fuel price row\n\n"
        "The Drivers Union of Ghana, in a statement signed by its General Secretary, Mr "
        'Yaw Boateng, said its members would "stop work at once," if the price stood.\n\n'
        "The Drivers Union of Ghana, in a statement signed by its General Secretary, Mr "
        "Yaw Boateng, said its members would strike.\n"
    )
    assert by_quote(text, "stop work at once").speaker == "Drivers Union of Ghana"
    assert by_quote(text, "its members would strike").speaker == "Drivers Union of Ghana"


# ---- spans and statements ----------------------------------------------------------


def test_claiming_a_count_of_members_is_no_statement():
    text = (
        "Trust opposes plan\n\n"
        "The Harbor Trust, which claims some 12,000 members across four counties, said "
        "the plan was flawed. Mr Ray claims 40 members had been sacked.\n"
    )
    found = quotes(text)
    assert not any("12,000 members" in q for q in found)
    assert "the plan was flawed" in found
    assert "40 members had been sacked" in found


def test_agentless_passive_inside_a_trailing_attribution_is_one_statement():
    text = (
        "Council meeting\n\n"
        "The mayor is expected to meet residents on Monday, a city spokeswoman, Ms Ann "
        "Bell, said.\n"
    )
    found = extract(text)
    assert [s.quote for s in found] == ["The mayor is expected to meet residents on Monday"]
    assert found[0].speaker == "Ann Bell"


def test_participle_aside_inside_a_reported_clause_is_no_cue():
    text = (
        "Bus fares row\n\n"
        "According to the union, a fare cap tied to fuel prices, announced at the start "
        "of each year, would calm commuters.\n"
    )
    assert quotes(text) == [
        "a fare cap tied to fuel prices, announced at the start of each year, would calm commuters"
    ]


def test_officer_who_signed_keeps_title_and_body_at_later_statements():
    text = (
        "Fuel price row\n\n"
        "But the Drivers Union of Ghana (DUG), which has 9,000 members, said fares were "
        "low.\n\n"
        "The Union, in a statement signed by its General Secretary, Mr Yaw Boateng, said "
        "its members would strike.\n\n"
        "Mr Boateng said later that talks had failed.\n"
    )
    # the union speaks (not its signer), and the signer keeps his title and body
    assert by_quote(text, "its members would strike").speaker == "Drivers Union of Ghana"
    s = by_quote(text, "talks had failed")
    assert s.speaker == "Yaw Boateng"
    assert s.role == "General Secretary"
    assert s.organization == "Drivers Union of Ghana"


def test_preposed_title_before_a_courtesy_title_or_style():
    text = (
        "Vote row\n\n"
        "The Alabama Faith Council, a church group, said lawmakers had erred.\n\n"
        "The group's executive director, the Rev. Carl Whitt, said it would urge its "
        "members to call.\n\n"
        "The Farmers Union met on Monday. Its chairman, Mr Kojo Ofori, was there.\n\n"
        "Mr Ofori said later that talks had failed.\n"
    )
    assert by_quote(text, "it would urge").role == "executive director"
    assert by_quote(text, "talks had failed").role == "chairman"


def test_speaker_calling_from_the_city_she_lives_in_takes_its_country():
    text = (
        "Cheating row\n\n"
        "Chennai (AFP) - The chess body said Tuesday it had opened an inquiry.\n\n"
        "Former champion Vera Lind, who now commentates on big events, said the sport "
        "must be careful.\n\n"
        '"Show the evidence," Lind told AFP by telephone from Belgrade, where she lives.\n\n'
        "Raj Patel, a coach, said he was calm.\n"
    )
    found = {(s.speaker, s.country) for s in extract(text)}
    assert ("Vera Lind", "RS") in found
    assert ("Vera Lind", "IN") not in found
    assert ("Raj Patel", "IN") in found
