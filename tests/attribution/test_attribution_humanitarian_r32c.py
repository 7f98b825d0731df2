"""Round 32, r32-c: humanitarian and U.N.-agency copy (probe r32c's theme). Invented copy
only (no sentence of a probe, a held-out set or the PolNeAR dev set)."""

from quote_lookup import by_quote


def test_an_international_bodys_officer_posted_in_a_country_has_none():
    # "Its head of mission in Uganda, X," / "the ICRC's head of delegation in Yemen": a
    # duty station, not the officer's country (decision 1); also at "he said"
    text = (
        "KAMPALA, Uganda (AP) — Floods have cut off three towns in the north.\n\n"
        "Doctors Without Borders, which runs a clinic in Gulu, said it had seen 30 cases of "
        "cholera. Its head of mission in Uganda, Paul Renard, said the group was worried.\n\n"
        '"The pipes are broken everywhere," he said.\n\n'
        "The International Committee of the Red Cross said it had sent two surgical teams. "
        "Marc Dupuis, the ICRC's head of delegation in Uganda, said the roads were closed.\n"
    )
    got = by_quote(text)
    for quote in (
        "the group was worried",
        "The pipes are broken everywhere,",
        "the roads were closed",
    ):
        assert got[quote].country is None, quote
        assert got[quote].organization in {
            "Doctors Without Borders",
            "International Committee of the Red Cross",
        }
    assert got["it had sent two surgical teams"].country is None  # the body itself


def test_the_migration_agency_and_its_spokesperson_have_no_country():
    text = (
        "KHARTOUM, Sudan — Thousands fled the fighting overnight.\n\n"
        "The International Organization for Migration said 40,000 people had left the city. "
        "An IOM spokesperson in Port Sudan said buses were being sent.\n\n"
        "Residents said the shelling had stopped at dawn.\n"
    )
    got = by_quote(text)
    iom = got["40,000 people had left the city"]
    assert (iom.speaker, iom.country) == ("International Organization for Migration", None)
    unnamed = got["buses were being sent"]
    assert unnamed.speaker is None
    assert unnamed.organization == "International Organization for Migration"
    assert unnamed.country is None
    assert got["the shelling had stopped at dawn"].country == "SD"


def test_a_spokesperson_for_a_un_agency_named_after_its_description():
    # "a spokeswoman for the U.N. children's agency UNICEF": the agency, not the U.N.
    text = (
        "NAIROBI, Kenya — Drought has killed half the herds in the north.\n\n"
        "Wanjiru Kamau, a spokeswoman for the U.N. children's agency UNICEF, said 40,000 "
        "children needed treatment.\n\n"
        "Peter Lowe, a spokesman for the U.N. food agency, said stocks would last a month.\n"
    )
    got = by_quote(text)
    assert got["40,000 children needed treatment"].organization == "UNICEF"
    assert got["stocks would last a month"].organization == "UN"  # no agency named


def test_chads_minister_is_chadian_and_chad_is_still_a_given_name():
    text = (
        "GENEVA (Reuters) - Donors met to discuss the Sahel.\n\n"
        "Chad's foreign minister, Moussa Idriss Deby, said the camps were full.\n\n"
        "Chad Ellison, a Canadian aid worker, said the roads were closed.\n"
    )
    got = by_quote(text)
    minister = got["the camps were full"]
    assert (minister.speaker, minister.country) == ("Moussa Idriss Deby", "TD")
    worker = got["the roads were closed"]
    assert (worker.speaker, worker.country) == ("Chad Ellison", "CA")


def test_the_un_after_one_of_its_offices_is_the_un():
    # "The U.N. said" after "the U.N. Office for …" names the U.N., not that office
    text = (
        "GENEVA (AP) — Earthquakes are becoming costlier.\n\n"
        "The U.N. Office for Disaster Risk Reduction (UNDRR) said losses had doubled.\n\n"
        "The U.N. said in May that 30 countries had no warning systems.\n"
    )
    got = by_quote(text)["30 countries had no warning systems"]
    assert (got.speaker, got.organization) == ("U.N.", "UN")


def test_a_charity_with_the_in_its_name_before_a_possessive_title():
    # "X, Save the Children's country director in Y, said": the appositive is X's title
    text = (
        "Families sleep in the open after the quake\n\n"
        "Mark Oduya in Kathmandu\n\n"
        "Rebuilding will take years, Nepal's government said on Friday.\n\n"
        "Laura Finch, Save the Children's country director in Nepal, said schools had "
        "collapsed in four districts.\n"
    )
    got = by_quote(text)["schools had collapsed in four districts"]
    assert (got.speaker, got.role, got.organization) == (
        "Laura Finch",
        "country director",
        "Save the Children",
    )


def test_a_womans_name_before_her_fathers_is_hers():
    # "Khadija Omar Hassan": a woman's given name, then her father's (a man's) name
    text = (
        "DADAAB, Kenya (AP) — The camps are full.\n\n"
        "Grace Wanjiku, a nurse at the camp clinic, said 20 children had measles. "
        '"We have no more beds," she said.\n\n'
        "Khadija Omar Hassan, 41, who walked from Baidoa with her four sons, said they had "
        "eaten nothing for three days.\n\n"
        '"We left because the goats died," she said.\n'
    )
    got = by_quote(text)["We left because the goats died,"]
    assert got.speaker == "Khadija Omar Hassan"


def test_an_agency_bracketed_after_its_name_is_that_name_at_later_mentions():
    # decision 2: "the WFP's country director", "the agency's report" after "The World
    # Food Programme (WFP)"; "MSF's" after "Médecins Sans Frontières" (accents)
    text = (
        "ROME (Reuters) - Hunger is spreading in the Sahel.\n\n"
        "The World Food Programme (WFP) said it had 40 percent of the money it needed.\n\n"
        "Sofia Lindahl, the WFP's country director in Mali, said stocks would run out in "
        "June.\n\n"
        "Médecins Sans Frontières said its clinics were full. Omar Diallo, MSF's medical "
        "coordinator in Mali, said children were dying.\n"
    )
    got = by_quote(text)
    assert got["stocks would run out in June"].organization == "World Food Programme"
    assert got["children were dying"].organization == "Médecins Sans Frontières"
    assert got["children were dying"].country is None


def test_the_uns_agency_and_the_uns_resident_coordinator():
    # "The UN's World Food Programme … The agency said": the agency's own name; "The UN's
    # resident coordinator in Haiti, X,": role and body, the place a duty station
    text = (
        "Gangs block food convoys\n\n"
        "Paul Renaud in Port-au-Prince\n\n"
        "Haiti's government said the port would reopen, officials in Haiti said.\n\n"
        "The UN's World Food Programme halted deliveries last month. The agency said on "
        "Tuesday it had resumed them in the south.\n\n"
        "The UN's resident coordinator in Haiti, Maria Ekdahl, toured a camp on Monday. "
        "She said the situation was the worst she had seen.\n"
    )
    got = by_quote(text)
    agency = got["it had resumed them in the south"]
    assert (agency.speaker, agency.organization) == ("World Food Programme",) * 2
    ekdahl = got["the situation was the worst she had seen"]
    assert (ekdahl.role, ekdahl.organization) == ("resident coordinator", "UN")
    assert ekdahl.country is None


def test_a_past_spelt_as_its_base_before_a_second_cue():
    # "The agency cut rations …, and warned that B": the agency's warning
    text = (
        "JUBA, South Sudan (AP) — Food prices doubled this year.\n\n"
        "The World Food Programme cut rations for 700,000 refugees in May after donors fell "
        "short, and warned in July that it might have to stop them altogether.\n"
    )
    got = by_quote(text)["it might have to stop them altogether"]
    assert got.speaker == "World Food Programme"


def test_appealed_to_someone_to_do_something_is_a_request():
    # decision 6: the request without its addressee; "appealed to the court" alone is none
    text = (
        "BAIDOA, Somalia (AP) — The rains failed for a fifth season.\n\n"
        "Governor Abdi Nur appealed to aid agencies to send water trucks to the camps.\n\n"
        "The contractor appealed to the High Court on Monday.\n"
    )
    got = by_quote(text)
    assert got["to send water trucks to the camps"].speaker == "Abdi Nur"
    assert not any(q.startswith("the High Court") for q in got)


def test_a_people_word_before_a_title_is_a_description():
    # decision 9: "a Yazidi community leader" → "community leader" (as a demonym is left out)
    text = (
        "Families return to Sinjar\n\n"
        "Hannah Cole in Duhok\n\n"
        "Khairi Elias, a Yazidi community leader, said 200 families had come back.\n"
    )
    got = by_quote(text)["200 families had come back"]
    assert got.role == "community leader"
