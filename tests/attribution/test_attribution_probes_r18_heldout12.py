"""Probe round 18, the retired held-out set 12's error classes: each rule is tested on
invented stories (none of that set's sentences, names or topics). Each test failed
before its rule unless marked as a guard."""

from quote_lookup import by_quote


def test_a_name_written_later_without_its_accents_is_the_same_person():
    text = (
        "LIMA, Peru — Peru's energy minister said on Monday that the grid would be "
        "restored by Friday.\n\n"
        "Energy Minister Raúl Quispe Ordóñez told reporters that crews were working "
        "through the night.\n\n"
        "Quispe Ordonez said the outage had begun at a substation near the port.\n"
    )
    got = by_quote(text)
    late = got["the outage had begun at a substation near the port"]
    assert late.speaker == "Raúl Quispe Ordóñez"
    assert late.role == "Energy Minister"


def test_the_clause_after_a_parenthetical_cue_and_but_leaves_the_but_out():
    text = (
        "MILLBROOK, Ohio — The library reopened on Monday after the flood.\n\n"
        "Most of the shelves had dried out, the librarian, Ada Frost, said, but a few "
        "hundred books would have to be thrown away.\n"
    )
    got = by_quote(text)
    assert got["a few hundred books would have to be thrown away"].speaker == "Ada Frost"
    assert got["Most of the shelves had dried out"].speaker == "Ada Frost"


def test_an_acronym_spelled_out_before_keeps_its_letters_and_names_the_body():
    # speaker and organisation are the body written in full before (decision 2, round 25:
    # the fullest name the article gives); the source stays as written
    text = (
        "DENVER — The Federal Aviation Administration said on Friday that it had grounded "
        "a fleet of small cargo planes.\n\n"
        "The FAA said the inspections would take two weeks.\n"
    )
    got = by_quote(text)["the inspections would take two weeks"]
    assert (got.speaker, got.source) == ("Federal Aviation Administration", "FAA")
    assert got.organization == "Federal Aviation Administration"


def test_a_health_system_named_without_another_head_is_the_group_that_spoke():
    text = (
        "DALTON, Ga. — A fire has closed two of the three clinics run by Pine Hollow "
        "Health, forcing patients to travel to other towns, the hospital group said "
        "Friday.\n\n"
        "The group's chief executive, Ann Morrow, said the clinics would reopen next week.\n"
    )
    got = by_quote(text)
    lead = got[
        "A fire has closed two of the three clinics run by Pine Hollow Health, forcing "
        "patients to travel to other towns"
    ]
    assert lead.speaker == "Pine Hollow Health"
    assert got["the clinics would reopen next week"].organization == "Pine Hollow Health"


def test_a_title_case_headline_phrase_before_a_colon_is_no_speaker():
    # guard: "Health" heads a body's name, but not after a headline's preposition
    text = (
        "Worry Over Health: Senator Skips Second Debate\n\n"
        "Sen. Paul Ober did not attend Tuesday's debate, his campaign said.\n"
    )
    assert all(s.speaker != "Worry Over Health" for s in by_quote(text).values())


def test_a_description_written_again_far_below_names_the_body_it_named_first():
    text = (
        "BEND, Ore. — Flooding has shut the main campus of Cascade Vale Health Group, the "
        "hospital group said Monday.\n\n"
        "Patients were moved to a clinic across the river.\n\n"
        "A local volunteer group handed out blankets on Sunday night.\n\n"
        "Road crews said two bridges were closed.\n\n"
        "Another storm is due on Thursday.\n\n"
        "Forecasters said up to three inches of rain could fall.\n\n"
        "The hospital group said it expected to reopen the campus within a week.\n"
    )
    got = by_quote(text)
    assert (
        got["it expected to reopen the campus within a week"].speaker == "Cascade Vale Health Group"
    )


def test_a_notice_posted_on_its_website_is_the_body_opening_the_sentence():
    text = (
        "FARGO, N.D. — A power cut has shut the phone service of Prairie Line Networks, "
        "the company said Tuesday.\n\n"
        "Prairie Line first lost power at its data center on Sunday, according to a "
        "notice posted on its website. The notice said customers could still call "
        "emergency numbers.\n"
    )
    got = by_quote(text)
    first = got["Prairie Line first lost power at its data center on Sunday"]
    assert first.speaker == "Prairie Line Networks"
    assert first.source == "a notice posted on its website"
    assert got["customers could still call emergency numbers"].speaker == "Prairie Line Networks"


def test_an_officer_of_the_group_far_below_works_for_the_body_the_group_named():
    text = (
        "TOPEKA, Kan. — A software fault has stopped the billing systems at the five "
        "clinics run by Sunflower Plains Health, the health group said Monday.\n\n"
        "Patients were asked to bring paper records.\n\n"
        "The fault was traced to a faulty update, engineers said.\n\n"
        "Several patients said they had waited hours at the front desk.\n\n"
        "State regulators said they were watching the outage closely.\n\n"
        "“We expect the bills to go out next week,” said the group’s spokeswoman, "
        "Dana Ruelle.\n"
    )
    got = by_quote(text)["We expect the bills to go out next week,"]
    assert got.speaker == "Dana Ruelle"
    assert got.organization == "Sunflower Plains Health"


def test_a_titled_report_by_a_body_with_and_in_its_name_is_that_body():
    text = (
        "BOSTON — Evictions rose again this year.\n\n"
        'A study by the Department of Housing and Urban Development, titled "No Place '
        'Left," found that evictions in small towns had doubled since 2019.\n'
    )
    got = by_quote(text)["evictions in small towns had doubled since 2019"]
    assert got.speaker == "Department of Housing and Urban Development"


def test_a_past_verb_phrase_after_a_partial_quote_is_reported_too():
    text = (
        "LIMA, Peru — Floods cut the coastal highway on Sunday.\n\n"
        "The Canadian Embassy in Lima said in a statement that Canada was “deeply "
        "troubled” by the flooding and stood ready to send engineers.\n"
    )
    got = by_quote(text)
    assert got["deeply troubled"].speaker == "Canadian Embassy"
    assert got["stood ready to send engineers"].speaker == "Canadian Embassy"


def test_weeks_before_after_a_parenthetical_cue_is_the_writers_time_not_content():
    text = (
        "Swine fever found on Devon farm\n\n"
        "Swine fever has been found at a pig farm near the Devon village of Lower "
        "Ashcombe and all 2,000 pigs on the site will be culled, the government said on "
        "Tuesday, weeks before the busiest season of the year.\n"
    )
    got = by_quote(text)
    assert (
        "Swine fever has been found at a pig farm near the Devon village of Lower Ashcombe "
        "and all 2,000 pigs on the site will be culled"
    ) in got
    assert not any(q.startswith("weeks before") for q in got)


def test_according_to_then_and_with_a_bare_plural_subject_reports_both_clauses():
    text = (
        "QUITO, Ecuador — The Interior Ministry said the strike had ended.\n\n"
        "By Sunday evening, 300 buses had returned to the roads, according to the "
        "ministry, and fuel deliveries had resumed in the capital.\n"
    )
    got = by_quote(text)
    assert got["fuel deliveries had resumed in the capital"].speaker == "Interior Ministry"


def test_according_to_a_source_and_others_is_no_second_clause():
    # guard
    text = (
        "Training works well, according to Dr. Ann Cole, who studies it, and other "
        "scientists. The plan needs more money.\n"
    )
    assert not any(q.startswith("other scientists") for q in by_quote(text))


def test_the_ministry_far_below_is_the_storys_own_not_a_foreign_one():
    # (beyond three paragraphs "the ministry" looks article-wide; a sentence opening
    # "By Sunday evening" is no unknown name standing in the way)
    text = (
        "QUITO, Ecuador — Police retook a jail on Sunday after a riot, the Interior "
        "Ministry said.\n\n"
        "Guards said the inmates had surrendered at dawn.\n\n"
        "Peru's Foreign Ministry said in a statement that two Peruvian inmates were safe.\n\n"
        "Relatives gathered at the gates.\n\n"
        "Some waited all night.\n\n"
        "The jail was built in 1974 for half as many inmates.\n\n"
        "By Sunday evening, 200 inmates had been moved to other jails, according to the "
        "ministry.\n"
    )
    got = by_quote(text)["By Sunday evening, 200 inmates had been moved to other jails"]
    assert got.speaker == "Interior Ministry"


def test_a_vendors_role_stops_before_the_participle_after_it():
    text = (
        "MANILA, Philippines — A bus overturned on a mountain road on Friday.\n\n"
        "Lina Ocampo, 41, a street vendor travelling with her daughter, said the driver "
        "had been speeding.\n\n"
        "Ben Tolentino, a nurse working at the town clinic, said 12 people were hurt.\n"
    )
    got = by_quote(text)
    assert got["the driver had been speeding"].role == "street vendor"
    assert got["12 people were hurt"].role == "nurse"


def test_one_who_owns_a_named_business_works_for_it():
    text = (
        "DAYTON, Ohio — A flour recall emptied shelves across the state on Monday.\n\n"
        "Tom Reyes, a baker who owns Sunrise Corner Bakery in Kettering, said he had "
        "thrown out 40 bags.\n\n"
        "Ada Lunt, who owns the Blue Door Cafe, said she had changed her menu.\n"
    )
    got = by_quote(text)
    baker = got["he had thrown out 40 bags"]
    assert (baker.role, baker.organization) == ("baker", "Sunrise Corner Bakery")
    assert got["she had changed her menu"].organization == "Blue Door Cafe"


def test_a_county_ems_is_a_paramedics_organisation_and_no_later_hospital_group():
    text = (
        "DAYTON, Ohio — A power cut closed the emergency rooms of Miami Valley Care "
        "Group, the hospital group said Monday.\n\n"
        "“Every minute on the road counts,” said Tom Reyes, a paramedic with Greene "
        "County EMS.\n\n"
        "The hospital group said it expected power back by Tuesday.\n"
    )
    got = by_quote(text)
    assert got["Every minute on the road counts,"].organization == "Greene County EMS"
    assert got["it expected power back by Tuesday"].speaker == "Miami Valley Care Group"
