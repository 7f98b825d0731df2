"""Round 26, probe r26c's training errors (r26-c): quotation marks that are no statements
(titles of works named by a headline, a heading or an appositive, words on signs gapped
after the first, a habitual name of every thing of a kind, a seller's line inside a
reported clause), each tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_headline_or_heading_in_quotes_is_a_title():
    text = (
        "The Harbour Courier, which endorsed Ms Lowe last spring, ran its verdict on Friday "
        "under the headline “Three Ferries, No Timetable.”\n\n"
        'Tech site Byteline called the phone "the best I have used," while the newsletter '
        'Chipset ran its review under the headline "Is Anyone Buying This?"\n\n'
        'The council\'s leaflet closes with a section under the heading "Where Next?"\n'
    )
    got = by_quote(text)
    assert not any("Ferries" in q for q in got)
    assert not any("Anyone Buying" in q for q in got)
    assert not any("Where Next" in q for q in got)
    assert got["the best I have used,"].speaker == "Byteline"


def test_a_working_title_or_code_name_is_a_name():
    text = (
        "Mr Dahl said his next novel was a comedy, which he has given the working title "
        "“Summer In Oslo.”\n\n"
        "The phone was built under the code name “Heron,” according to two engineers.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith(("Summer In Oslo", "Heron")) for q in got)
    assert any(q.startswith("his next novel was a comedy") for q in got)


def test_a_title_with_an_appositive_naming_the_work_is_no_quote():
    text = (
        "‘The Long Orchard’ takes jury prize in Cardiff\n\n"
        "By Lena Marsh\n\n"
        "“The Long Orchard,” Welsh director Owain Price’s drama about three brothers "
        "selling a farm, took the jury prize on Saturday.\n\n"
        "Price called the prize “a gift to everybody who worked for nothing.”\n\n"
        "The award for best debut went to “Slow Water,” the Danish thriller from Ida Holm.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith("The Long Orchard") for q in got)
    assert not any(q.startswith("Slow Water") for q in got)
    assert got["a gift to everybody who worked for nothing."].speaker == "Owain Price"


def test_a_title_before_a_work_nouns_possessor_is_still_speech():
    # the work noun must head the appositive: "the film's producer said" is a speaker
    text = "“We Never Slept,” the film’s producer, Ana Ruiz, said on Friday.\n"
    got = by_quote(text)
    assert got["We Never Slept,"].speaker == "Ana Ruiz"


def test_a_sign_gapped_after_another_sign_is_no_statement():
    text = (
        "“We will fight for every job,” Ms Okoro said.\n\n"
        "Outside the plant, one placard read “Save Our Mill,” and another, in Welsh, "
        "“Achubwch y Felin.”\n"
    )
    got = by_quote(text)
    assert "Achubwch y Felin." not in got
    assert got["We will fight for every job,"].speaker == "Okoro"


def test_a_name_for_every_thing_of_a_kind_is_no_statement():
    text = (
        "Mr Varga said the café's name came from his uncle, who called every small "
        "restaurant “the kitchen” and every bar “the office.”\n"
    )
    got = by_quote(text)
    assert "the kitchen" not in got
    assert "the office." not in got and "the office" not in got


def test_a_sellers_line_inside_a_reported_clause_leaves_the_clause():
    text = (
        "Several cinema owners said the show, which its trailers bill as “a ten-hour "
        "epic,” had pushed two local films out of the schedule.\n"
    )
    got = by_quote(text)
    assert "a ten-hour epic," not in got
    clause = next(q for q in got if q.startswith("the show, which its trailers bill as"))
    assert clause.endswith("out of the schedule")
    assert got[clause].kind == "indirect"


def test_a_name_a_company_gives_inside_a_reported_clause_leaves_the_clause():
    text = (
        'Some drivers said the company\'s booking app, which Veltro calls "the Dock," was '
        "hard to use at night.\n"
    )
    got = by_quote(text)
    assert "the Dock," not in got
    clause = next(q for q in got if q.startswith("the company's booking app"))
    assert clause.endswith("hard to use at night")
    assert got[clause].source == "Some drivers"


def test_a_scare_quote_in_a_relative_aside_is_the_writers_and_hides_no_subject():
    text = (
        "Ms Okafor, whose novel follows two cousins who keep a “proper” farm in a valley "
        "that floods every spring, said the shortlist was “more than I hoped for.”\n"
    )
    got = by_quote(text)
    assert "proper" not in got
    assert got["more than I hoped for."].speaker == "Okafor"


def test_a_scare_quote_in_the_speakers_own_clause_stays_a_partial():
    text = "Ann Roe, who backed the plan, said it was a “historic” day for the town.\n"
    got = by_quote(text)
    assert got["historic"].speaker == "Ann Roe"
    assert got["historic"].kind == "partial"


def test_a_film_studio_by_its_first_word_is_the_studio_named_in_full_before():
    text = (
        "The film, which the Boston-based Larchmont Pictures bought last year, opens in May. "
        "Larchmont said in a statement that it would release it in June.\n"
    )
    got = by_quote(text)
    st = got["it would release it in June"]
    assert st.speaker == "Larchmont Pictures"
    assert st.organization == "Larchmont Pictures"


def test_a_cue_in_a_contact_relative_before_another_relative_reports_nothing():
    text = (
        "The debate turned on a 2022 zoning change Ms Ruiz wrote that bans new car parks "
        "downtown.\n"
    )
    got = by_quote(text)
    assert not any(q.startswith(("bans new car parks", "that bans")) for q in got)


def test_a_that_clause_after_a_cue_is_still_reported():
    text = "Ms Ruiz wrote that the change had cut traffic by a fifth.\n"
    got = by_quote(text)
    assert got["the change had cut traffic by a fifth"].speaker == "Ruiz"


def test_a_plural_subject_after_that_in_a_new_sentence_is_still_reported():
    text = (
        "The vote was about the pact.\n\n"
        "Ms Ruiz charges that cities that sign the pact lose money on every bus route.\n"
    )
    got = by_quote(text)
    clause = next(q for q in got if q.startswith("cities that sign the pact"))
    assert got[clause].speaker == "Ruiz"
