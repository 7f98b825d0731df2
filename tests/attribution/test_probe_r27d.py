"""Round 27, probe r27d: the country of undated regional stories from countries whose copy
the module had rarely seen (the Philippines, Pakistan, Ghana; Vietnam and Kenya too), and
the local titles such copy writes. Invented stories, none of the probe's sentences."""

import pytest

from articles.attribution import extract


def by_speaker(text):
    return {s.speaker: s for s in extract(text)}


def country_of(text, speaker):
    found = by_speaker(text)
    assert speaker in found, list(found)
    return found[speaker].country


def undated(headline, first, second):
    """A headline and two paragraphs, the second quoting a resident named in full."""
    return f"{headline}\n\n{first}\n\n{second}"


def test_a_philippine_provincial_story_by_its_province_council_and_pesos():
    text = undated(
        "Flood-hit town asks for aid",
        "The Sangguniang Bayan of a Pangasinan town on Friday set aside P3.2 million for "
        "families whose homes were swept away.",
        "“We lost the roof and the chickens,” said farmer Rodel Manalastas.",
    )
    assert country_of(text, "Rodel Manalastas") == "PH"


def test_barangays_and_a_police_rank_place_a_story_an_american_captain_does_not():
    text = undated(
        "Curfew for minors",
        "Police Lt. Col. Renato Sayson said the curfew would cover all barangays after "
        "two teenagers were hurt in a brawl.",
        "“Our children are out until two in the morning,” said mother Liza Carandang.",
    )
    assert country_of(text, "Liza Carandang") == "PH"
    american = undated(
        "Curfew for minors",
        "Police Capt. Renato Sayson said the curfew would cover every district after two "
        "teenagers were hurt in a brawl in Denver.",
        "“Our children are out until two in the morning,” said mother Liza Carandang.",
    )
    assert country_of(american, "Liza Carandang") != "PH"


def test_a_pakistani_city_page_by_its_city_and_emergency_service():
    text = undated(
        "Roof collapse kills two",
        "Rescue 1122 said two labourers were killed when the roof of a warehouse collapsed "
        "in Multan after heavy rain.",
        "“The whole street shook,” said shopkeeper Imran Qureshi.",
    )
    assert country_of(text, "Imran Qureshi") == "PK"


def test_a_ghanaian_story_by_its_cedis_and_district_head():
    text = undated(
        "Traders protest new market tolls",
        "The District Chief Executive said traders in Tamale would pay GH¢5 a day for a "
        "stall, up from GH¢2.",
        "“We cannot make that in a day,” said yam seller Abiba Mahama.",
    )
    assert country_of(text, "Abiba Mahama") == "GH"


def test_galamsey_and_a_regional_minister_place_a_story_one_foreign_mention_does_not():
    text = undated(
        "Cocoa farms lost to mining",
        "The Western Regional Minister said galamsey had destroyed more than 300 cocoa farms "
        "this year.",
        "“My farm is now a pit full of water,” said farmer Kwabena Owusu.",
    )
    assert country_of(text, "Kwabena Owusu") == "GH"
    # a British story naming galamsey once stays British
    british = undated(
        "Jewellers asked to trace their gold",
        "A Leeds charity said galamsey gold was reaching shops in Sheffield and asked "
        "buyers for £20 donations.",
        "“Nobody asks where the gold comes from,” said jeweller Tom Ashworth.",
    )
    assert country_of(british, "Tom Ashworth") == "GB"


def test_a_vietnamese_provincial_story_by_its_peoples_committee_and_dong():
    text = undated(
        "Coal port fined",
        "The Quang Ninh People's Committee fined a coal port operator VND900 million for "
        "dumping waste into the bay.",
        "“The water has been black for a month,” said fisherman Nguyen Van Hai.",
    )
    assert country_of(text, "Nguyen Van Hai") == "VN"


def test_matatus_are_a_kenyan_mark():
    text = undated(
        "Fares rise after fuel tax",
        "Matatu owners in Kiambu raised fares on Monday, and several matatus stayed off the "
        "road in protest.",
        "“I now walk half the way,” said commuter Wanjiru Kamau.",
    )
    assert country_of(text, "Wanjiru Kamau") == "KE"


def test_a_title_known_by_its_initials_with_its_district_names_its_holder():
    text = (
        "The District Chief Executive (DCE) for Nkoranza, Mr Samuel Adjei-Bonsu, said the "
        "market would reopen on Monday.\n\n"
        "“Nobody will be allowed to sell on the road,” the DCE said."
    )
    found = by_speaker(text)
    assert set(found) == {"Samuel Adjei-Bonsu"}
    assert found["Samuel Adjei-Bonsu"].role == "District Chief Executive"


def test_a_title_and_its_body_before_a_region_and_the_name():
    text = (
        "A spokeswoman for Kintampo Water Company in the Northern Region, Mrs Esi Tandoh, said the "
        "warehouse had been emptied."
    )
    s = by_speaker(text)["Esi Tandoh"]
    assert (s.role, s.organization) == ("spokeswoman", "Kintampo Water Company")


def test_madam_is_a_form_of_address():
    text = (
        "Madam Adwoa Kyerewaa, a fishmonger, said the smoked fish had not sold. “I will "
        "take it home again,” she said."
    )
    found = by_speaker(text)
    assert set(found) == {"Adwoa Kyerewaa"}


def test_local_titles_coun_and_a_party_member_of_an_assembly():
    text = (
        "Coun. Marie Lachance said the rink would close in March. "
        "PML-N MPA Rana Saleem Akhtar said the road would be repaired."
    )
    found = by_speaker(text)
    assert found["Marie Lachance"].role == "Councillor"
    assert found["Rana Saleem Akhtar"].role == "MPA"


def test_a_title_at_a_body_with_its_initials_and_city_before_the_name():
    text = (
        "A senior lecturer at the University for Development Studies (UDS) in Tamale, Dr "
        "Fuseini Alhassan, said the samples held traces of cyanide."
    )
    s = by_speaker(text)["Fuseini Alhassan"]
    assert (s.role, s.organization) == ("senior lecturer", "University for Development Studies")


def test_an_electoral_area_is_no_organisation():
    text = (
        "The Assembly Member for the Abesim North Electoral Area, Mr Kojo Antwi, said the "
        "culvert had collapsed."
    )
    s = by_speaker(text)["Kojo Antwi"]
    assert (s.role, s.organization) == ("Assembly Member", None)


def test_a_bodys_initials_and_city_inside_an_appositive_keep_the_statement():
    text = (
        "Rosario Dimaculangan, an engineer of the Department of Public Works and Highways "
        "(DPWH) in Batangas, said the bridge would reopen in June."
    )
    s = by_speaker(text)["Rosario Dimaculangan"]
    assert s.quote == "the bridge would reopen in June"
    assert s.organization == "Department of Public Works and Highways"


# (country, headline, paragraph with two marks the module did not know before round 27
# or one new and one old, quoted speaker's paragraph)
MORE_STORIES = [
    (
        "UG",
        "Boda boda riders strike over fees",
        "Riders in Gulu parked their motorcycles on Monday after the council raised the "
        "daily fee to UGX 5,000.",
        "“We cannot feed our children on what is left,” said rider Okello Denis.",
    ),
    (
        "TZ",
        "Safari lodges cut prices",
        "Lodges near Arusha cut their rates to TSh 150,000 a night as bookings fell.",
        "“The season has never been this quiet,” said guide Baraka Mollel.",
    ),
    (
        "LK",
        "Fishermen protest diesel price",
        "Fishermen in Jaffna kept their boats ashore after diesel rose to LKR 310 a litre.",
        "“One trip now costs more than the catch,” said fisherman Ravi Sivakumar.",
    ),
    (
        "TH",
        "Scam call centre raided",
        "Pol Col Anan Srisuk said 40 people were held in a raid near Chiang Mai.",
        "“They called my mother every day,” said teacher Siriporn Kaew.",
    ),
    (
        "BD",
        "Rickshaw pullers protest ban",
        "Pullers in Sylhet said the fine of Tk 2,000 a day would put them out of work.",
        "“This rickshaw is all I own,” said puller Abdul Karim.",
    ),
    (
        "CA",
        "Council votes to close pool",
        "Coun. Marie Lachance said the Saskatoon pool would close for two years of repairs.",
        "“My kids learned to swim there,” said parent Dana Fehr.",
    ),
]


@pytest.mark.parametrize(
    "code, headline, marks, quote", MORE_STORIES, ids=[s[0] for s in MORE_STORIES]
)
def test_more_countries_domestic_marks(code, headline, marks, quote):
    speaker = quote.rsplit(" said ", 1)[1].split(" ", 1)[1].rstrip(".")
    assert country_of(undated(headline, marks, quote), speaker) == code


def test_a_thai_police_rank_is_a_mark_pol_pot_is_none():
    ranked = undated(
        "Scam call centre raided",
        "Pol Maj Gen Anan Srisuk said 60 people were held in a raid near Phuket.",
        "“They called my mother every day,” said teacher Siriporn Kaew.",
    )
    assert country_of(ranked, "Siriporn Kaew") == "TH"
    history = undated(
        "Archive opens",
        "The archive holds letters Pol Pot wrote in 1977, and a second room holds Pol Pot's radio.",
        "“These papers belong to everyone,” said historian Sok Chea.",
    )
    assert country_of(history, "Sok Chea") != "TH"


def test_a_preposed_title_before_a_form_of_address_and_a_relative():
    text = (
        "The Upper West Regional Minister, Mrs Hawa Dery, who toured the dam on Friday, said "
        "the spillway would be repaired before the rains."
    )
    assert by_speaker(text)["Hawa Dery"].role == "Upper West Regional Minister"
