"""Round 29, probe r29d (science, health and study copy): general rules found on the probe's
errors, tested on other invented sentences (never the probe's)."""

from articles.attribution import extract


def _by_quote(text: str) -> dict[str, object]:
    return {s.quote: s for s in extract(text)}


def test_an_agency_first_dateline_is_no_part_of_the_lead_statement():
    text = (
        "(ANSA) - MILAN, SEP 3 - Air pollution shortens lives in the Po Valley by two years, "
        "according to a report by the Lombardy Environment Agency.\n"
    )
    (s,) = extract(text)
    assert s.quote.startswith("Air pollution shortens")


def test_a_province_or_state_before_an_office_is_no_organisation():
    text = (
        "Quebec and Ontario had the most cases. Quebec's chief medical officer of health, Dr. "
        "Rosa Kline, said the province had opened 40 clinics.\n\n"
        "Victoria's chief health officer, Dr. Tom Ng, said the state had enough vaccine.\n"
    )
    kline, ng = extract(text)
    assert (kline.speaker, kline.organization, kline.country) == ("Rosa Kline", None, "CA")
    assert (ng.speaker, ng.organization, ng.country) == ("Tom Ng", None, "AU")


def test_a_titled_person_of_a_university_after_a_quote_speaks_not_the_university():
    text = (
        '"The coral recovers faster than we thought," Professor Hanne Vik of the University '
        "of Tromsø, who led the survey, told reporters.\n"
    )
    (s,) = extract(text)
    assert s.speaker == "Hanne Vik"
    assert s.organization == "University of Tromsø"


def test_a_biostatistician_is_a_role():
    text = (
        "Omar Lund, a biostatistician at the Kestrel School of Public Health, said the "
        "trial was too small to show a difference.\n"
    )
    (s,) = extract(text)
    assert s.role == "biostatistician"
    assert s.organization == "Kestrel School of Public Health"


def test_a_drug_named_in_lower_case_and_a_fall_by_a_number_are_no_cues():
    text = (
        "The trial found that children given the drug, called tavorelin, declined 12% less "
        "on a reading test than those on placebo.\n"
    )
    (s,) = extract(text)
    assert s.quote.startswith("children given the drug, called tavorelin, declined 12%")
    assert s.speaker is None


def test_a_town_and_its_state_before_a_noun_stay_inside_the_appositive():
    text = (
        "Pellworth Biotech, the Raleigh, N.C., company that developed the test, said it would "
        "seek approval in Europe next year.\n"
    )
    (s,) = extract(text)
    assert s.speaker == "Pellworth Biotech"
    assert s.quote == "it would seek approval in Europe next year"


def test_a_fronted_named_district_is_the_scene_not_the_speakers_words():
    text = (
        "In Lisbon's Alfama district, 79-year-old Rosa Paiva said the heat kept her indoors "
        "for a week.\n"
    )
    (s,) = extract(text)
    assert s.speaker == "Rosa Paiva"
    assert s.quote == "the heat kept her indoors for a week"


def test_a_town_after_a_findings_place_is_no_speaker():
    text = (
        "Tests at the regional laboratory in Kelowna showed that the water carried the "
        "parasite, the health authority's chief, Dr. Maya Brandt, said.\n"
    )
    speakers = {s.speaker for s in extract(text)}
    assert "Kelowna" not in speakers


def test_but_still_short_of_a_figure_stays_in_the_reported_clause():
    text = (
        "Kline said 88 per cent of teenagers had been vaccinated in 2025, up from 84 per cent, "
        "but still short of the 90 per cent target.\n"
    )
    (s,) = extract(text)
    assert s.quote.endswith("but still short of the 90 per cent target")


def test_a_headlines_modified_agency_is_the_one_agency_of_the_lead():
    text = (
        "Tick-borne disease cases hit record, food safety agency says\n\n"
        "More ticks are reaching cities as winters warm\n\n"
        "Jon Hale · Staff\n\n"
        "The Northern Food Safety Agency says cases of tick-borne disease reached a record "
        "1,204 last year, up from 890 the year before.\n"
    )
    by = _by_quote(text)
    head = by["Tick-borne disease cases hit record"]
    assert head.speaker == "Northern Food Safety Agency"
