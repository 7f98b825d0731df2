"""Probe round 16, genres the newest blind set scored lowest on: election observers,
farm-state trade stories, British court reporting, rail and mine disasters. Invented
news sentences; each class was wrong in the probe articles written for the round."""

from quote_lookup import by_quote


def test_the_railroad_is_the_railroad_named_before():
    text = (
        "MILLBROOK, Ohio (AP) — Twenty cars of a Tri-County Western Railroad train left the "
        "tracks early Wednesday, officials said.\n\n"
        "The railroad said in a statement that the train was carrying chlorine.\n\n"
        "“We are working with responders,” the company said."
    )
    got = by_quote(text)
    assert got["the train was carrying chlorine"].speaker == "Tri-County Western Railroad"
    assert got["We are working with responders,"].speaker == "Tri-County Western Railroad"


def test_the_cooperative_is_the_cooperative_named_before():
    text = (
        "At the Prairie Grain Cooperative in Waverly, general manager Susan Oakes said the "
        "bins were full.\n\n"
        "According to the cooperative, a third of its members' crop goes to China."
    )
    got = by_quote(text)
    st = got["a third of its members' crop goes to China"]
    assert st.speaker == "Prairie Grain Cooperative"


def test_the_bloc_is_the_bloc_named_before():
    text = (
        "The regional bloc, the Economic Community of West African States, said it was "
        "deeply concerned by the fighting. The bloc urged all parties to respect the truce."
    )
    got = by_quote(text)
    assert got["it was deeply concerned by the fighting"].speaker == (
        "Economic Community of West African States"
    )
    assert got["to respect the truce"].speaker == ("Economic Community of West African States")
    text = (
        "BRUSSELS (AP) — The European Union imposed new sanctions on Monday. The bloc said "
        "the measures would target banks."
    )
    assert by_quote(text)["the measures would target banks"].speaker == "European Union"


def test_the_mission_is_the_observer_mission_named_before():
    text = (
        "The African Union observer mission, led by a former president, struck a softer "
        "tone. In its preliminary statement, the mission said the vote had been calm."
    )
    got = by_quote(text)
    assert got["the vote had been calm"].speaker == "African Union observer mission"


def test_a_body_described_before_its_name_answers_to_the_description():
    text = (
        "The national weather institute, Meteomar, warned that more rain was coming. "
        "According to the institute, some towns had three months of rain in three days."
    )
    got = by_quote(text)
    st = got["some towns had three months of rain in three days"]
    assert st.speaker == "Meteomar"


def test_a_company_name_with_a_spanish_particle_is_whole():
    text = (
        "The mine is run by Minera Andes del Sur, a small company based in Arequipa. The "
        "company said its engineers were helping rescuers."
    )
    got = by_quote(text)
    assert got["its engineers were helping rescuers"].speaker == "Minera Andes del Sur"


def test_a_union_named_with_and_is_one_body():
    text = (
        "The Brotherhood of Locomotive Engineers and Trainmen said it had raised concerns "
        "about the length of trains."
    )
    got = by_quote(text)
    st = got["it had raised concerns about the length of trains"]
    assert st.speaker == "Brotherhood of Locomotive Engineers and Trainmen"


def test_a_community_of_states_is_one_body():
    text = (
        "The Economic Community of Central African States said in a communique that it "
        "was alarmed by the coup."
    )
    got = by_quote(text)
    assert got["it was alarmed by the coup"].speaker == (
        "Economic Community of Central African States"
    )


def test_a_judge_in_the_lead_is_the_one_judge_named_later():
    text = (
        "Water firm fined £12m for sewage spills\n\n"
        "A water company has been fined £12 million for illegal sewage spills, in what a "
        "judge called ‘a shameful record of neglect’.\n\n"
        "Riverside Water pleaded guilty at Worcester Crown Court to 14 offences.\n\n"
        "Prosecuting, Rachel Dunmore KC said the pumps had been broken for months.\n\n"
        "Sentencing, Mrs Justice Harcourt said the fine must be felt by shareholders."
    )
    got = by_quote(text)
    assert got["a shameful record of neglect"].speaker == "Harcourt"


def test_prosecuting_before_the_name_is_the_prosecutor():
    text = (
        "Prosecuting for the Environment Agency, Rachel Dunmore KC told the court the "
        "company had ignored repeated warnings."
    )
    st = by_quote(text)["the company had ignored repeated warnings"]
    assert (st.speaker, st.role) == ("Rachel Dunmore", "prosecutor")
    text = "Defending, Adrian Keble KC said the company accepted full responsibility."
    st = by_quote(text)["the company accepted full responsibility"]
    assert (st.speaker, st.role) == ("Adrian Keble", "defence counsel")


def test_the_company_after_the_railroad_spoke_is_the_railroad():
    text = (
        "MILLBROOK, Ohio (AP) — Cars of an Erie & Western Railroad train left the tracks.\n\n"
        "Fire Chief Ron Pietrowski said 1,100 people were evacuated.\n\n"
        "“Our first priority was getting people out,” Pietrowski said.\n\n"
        "He said two firefighters were treated.\n\n"
        "The railroad said in a statement that the train carried chlorine.\n\n"
        "“Our thoughts are with the people of Millbrook,” the company said."
    )
    got = by_quote(text)
    assert got["Our thoughts are with the people of Millbrook,"].speaker == (
        "Erie & Western Railroad"
    )


def test_what_it_called_after_a_party_with_an_aside_is_the_party():
    text = (
        "The electoral commission declared the president the winner. The United Party for "
        "National Progress (UPNP), whose candidate Felix Chanda came second, said it would "
        "not accept what it called “a manufactured result.”"
    )
    st = by_quote(text)["a manufactured result."]
    assert st.speaker == "United Party for National Progress"


def test_an_observer_mission_named_by_its_sender_speaks():
    text = "The African Union observer mission said the elections had been peaceful."
    st = by_quote(text)["the elections had been peaceful"]
    assert (st.speaker, st.speaker_type) == ("African Union observer mission", "organization")


def test_a_police_force_of_two_areas_is_one_body():
    text = "Avon and Somerset Police said the investigation had been complex."
    st = by_quote(text)["the investigation had been complex"]
    assert st.speaker == "Avon and Somerset Police"
    # guard: two bodies stay two ("Ford and General Motors said": Ford)
    assert (
        by_quote("Ford and General Motors said they would cut jobs.")["they would cut jobs"].speaker
        == "Ford"
    )


def test_mitigating_counsel_is_defence_counsel():
    text = "James Fairbairn, mitigating, said his client had been overwhelmed."
    st = by_quote(text)["his client had been overwhelmed"]
    assert (st.speaker, st.role) == ("James Fairbairn", "defence counsel")


def test_a_body_inside_a_with_phrase_of_the_subject_does_not_speak():
    text = (
        "Several European governments with staff at the agency declined to comment on "
        "their plans. Several governments with troops in the mission declined to comment."
    )
    got = by_quote(text)
    assert got["to comment on their plans"].source == (
        "Several European governments with staff at the agency"
    )
    assert got["to comment"].source == "Several governments with troops in the mission"


def test_a_fronted_phrase_naming_a_platform_keeps_the_previous_subject():
    text = (
        "“We were chased away from counting centres,” party spokesman Brian Mweemba told "
        "Reuters.\n\n"
        "Felix Chanda did not speak publicly on Sunday. In a post on Facebook, he urged "
        "supporters to remain calm."
    )
    assert by_quote(text)["to remain calm"].speaker == "Felix Chanda"


def test_the_head_of_a_workers_union_is_a_person_not_the_union():
    text = (
        "The head of the El Condor workers' union, Patricio Rojas, said members had warned "
        "management about the explosives."
    )
    st = by_quote(text)["members had warned management about the explosives"]
    assert (st.speaker, st.speaker_type, st.role) == ("Patricio Rojas", "person", "head")


def test_a_body_named_with_a_lower_case_co_op_is_that_body():
    text = (
        "At the Skyland Grain co-op in Johnson City, manager Ray Ediger said elevators were "
        "full.\n\n"
        "According to the co-op, prices offered to members have fallen 40 cents a bushel."
    )
    st = by_quote(text)["prices offered to members have fallen 40 cents a bushel"]
    assert st.speaker == "Skyland Grain co-op"


def test_the_trust_is_the_ambulance_service_named_before():
    text = (
        "Yorkshire Ambulance Service said it had been dealing with exceptional demand that "
        "night. The trust said it had since recruited 200 paramedics."
    )
    st = by_quote(text)["it had since recruited 200 paramedics"]
    assert st.speaker == "Yorkshire Ambulance Service"


def test_the_coroner_is_the_assistant_coroner_of_the_inquest():
    text = (
        "Coroner criticises ambulance delays\n\n"
        "A coroner has criticised ambulance delays after a woman died waiting five hours "
        "for help, calling them “unacceptable”.\n\n"
        "Margaret Ellery, 78, fell at her home in January, an inquest heard.\n\n"
        "Assistant coroner Sarah Bentley recorded a narrative conclusion.\n\n"
        "The coroner said she would write to the Department of Health."
    )
    got = by_quote(text)
    assert got["unacceptable"].speaker == "Sarah Bentley"
    assert got["she would write to the Department of Health"].speaker == "Sarah Bentley"


def test_an_unnamed_spokesperson_keeps_the_body_before_the_title():
    st = by_quote("A Department of Health spokesperson said the money was there.")[
        "the money was there"
    ]
    assert (st.speaker, st.organization) == (None, "Department of Health")
    st = by_quote("A USDA spokesperson said the money was there.")["the money was there"]
    assert (st.speaker, st.organization) == (None, "USDA")


def test_a_judge_in_the_lead_is_the_one_judge_named_paragraphs_later():
    text = (
        "Water company fined for sewage spills\n\n"
        "A water company has been fined £12 million after admitting hundreds of illegal "
        "sewage spills into a river, in what a judge called ‘a shameful record of "
        "neglect’.\n\n"
        "Severnside Water pleaded guilty at Worcester Crown Court to 14 offences relating "
        "to discharges into the River Teme between 2019 and 2022.\n\n"
        "Prosecuting, Rachel Dunmore KC told the court the company had let sewage pour "
        "into the river on more than 600 occasions in dry weather.\n\n"
        "‘These were spills on sunny days, caused by broken pumps,’ Ms Dunmore said.\n\n"
        "Adrian Keble KC, defending, said the company accepted full responsibility and "
        "had since invested £40 million in its treatment works.\n\n"
        "Sentencing, Mrs Justice Harcourt said the fine must be felt by shareholders."
    )
    assert by_quote(text)["a shameful record of neglect"].speaker == "Harcourt"


def test_the_company_is_the_water_company_named_before():
    text = (
        "Outside court, a spokesman for Severnside Water said it was deeply sorry.\n\n"
        "The company said in a statement that spills had fallen by 80 per cent."
    )
    st = by_quote(text)["spills had fallen by 80 per cent"]
    assert st.speaker == "Severnside Water"


def test_a_party_described_before_its_name_answers_to_the_party():
    text = (
        "Nakitende's party, the Alliance for Democratic Change, said it had evidence of "
        "fraud. The party said it would appeal to the Supreme Court."
    )
    st = by_quote(text)["it would appeal to the Supreme Court"]
    assert st.speaker == "Alliance for Democratic Change"


def test_the_union_s_officer_works_for_a_brotherhood_that_spoke():
    text = (
        "The Brotherhood of Railway Carmen said its members were rushed. “You can't find "
        "a crack like that in 60 seconds,” said Tom Ruiz, the union's legislative director."
    )
    st = by_quote(text)["You can't find a crack like that in 60 seconds,"]
    assert (st.speaker, st.organization) == ("Tom Ruiz", "Brotherhood of Railway Carmen")


def test_a_mission_named_with_a_bracketed_short_name_speaks():
    text = (
        "The Southern African Development Community (SADC) observer mission said the "
        "elections had been peaceful and credible."
    )
    st = by_quote(text)["the elections had been peaceful and credible"]
    assert st.speaker == "SADC observer mission"
    text = "The European Union (EU) delegation said the vote was fair."
    st = by_quote(text)["the vote was fair"]
    assert (st.speaker, st.source, st.organization) == (
        None,
        "The European Union (EU) delegation",
        "EU",
    )
