"""Probe round 21 H (bench/probes/r21h: a Supreme Court ruling, an AI chief executive at a
Senate hearing, a pop singer's hiatus): the general error classes found there, each
tested on invented copy that differs from the probe articles. Each test failed before
its rule (guards say so)."""

from quote_lookup import by_quote


def test_a_ruling_bodys_siding_with_participle_ends_the_reported_clause():
    # ", siding with / overturning …" after a ruling is the court's own act (as ",
    # leaving …" is the writer's): not part of what it held
    text = (
        "Board voids quarry permit\n\n"
        "DENVER (AP) — A state appeals court ruled Friday that the county had ignored its own "
        "noise limits, siding with ranchers who had sued to stop the quarry.\n\n"
        "A second panel ruled that the fee was lawful, overturning a decision by a district "
        "judge.\n"
    )
    got = by_quote(text)
    assert "the county had ignored its own noise limits" in got
    assert "the fee was lawful" in got


def test_the_justice_after_a_quote_running_over_paragraphs_is_its_speaker():
    # the sentence before "The justice" is an unattributed paragraph of a quote: its
    # speaker (the dissent's author) is the justice, though two justices spoke
    text = (
        "Court limits eviction rule\n\n"
        "Justice Carla Imbert wrote for the majority. “The statute is clear,” Imbert wrote.\n\n"
        "She was joined by Chief Justice Hal Broderick.\n\n"
        "In a dissent, Justice Owen Tarrant said the court had misread the law.\n\n"
        "“This reading cannot stand,” Tarrant wrote. “It ignores the text.\n\n"
        "“Congress said what it meant.”\n\n"
        "The justice also warned that landlords would exploit the ruling.\n"
    )
    got = by_quote(text)
    assert got["landlords would exploit the ruling"].speaker == "Owen Tarrant"


def test_the_justice_names_the_one_justice():
    text = (
        "Court limits eviction rule\n\n"
        "Justice Carla Imbert, writing for the court, said the statute was clear.\n\n"
        "The justice also said Congress could change the law.\n"
    )
    got = by_quote(text)
    assert got["Congress could change the law"].speaker == "Carla Imbert"


def test_the_critic_before_a_name_is_the_role():
    text = (
        "Festival line-up criticised\n\n"
        "The theatre critic Marcus Lyle, who has reviewed the festival since 2009, said the "
        "programme was timid.\n"
    )
    got = by_quote(text)
    assert got["the programme was timid"].speaker == "Marcus Lyle"
    assert got["the programme was timid"].role == "theatre critic"


def test_fellow_and_a_town_or_people_before_a_name_is_no_part_of_it():
    text = (
        "Singer thanks fans\n\n"
        "Her fellow Liverpudlian Kit Morrow said the break was overdue.\n\n"
        "Fellow Scot Ewan Dunlop said the show had been the best of the year.\n"
    )
    got = by_quote(text)
    assert got["the break was overdue"].speaker == "Kit Morrow"
    assert got["the show had been the best of the year"].speaker == "Ewan Dunlop"


def test_fellow_democrat_still_a_role_guard():
    # guard (passed before): a party member after "fellow" was already no part of the name
    text = "Bill stalls\n\nHis fellow Democrat Nora Lisle said the bill was a mistake.\n"
    got = by_quote(text)
    assert got["the bill was a mistake"].speaker == "Nora Lisle"


def test_she_said_after_a_source_who_gave_only_one_name():
    # "who gave her name only as X" names the source; her later "she said" is X too
    text = (
        "Queues at the clinic\n\n"
        "Another patient, a cleaner who gave her name only as Rosa, said she had waited six "
        "hours. “Nobody told us anything,” she said.\n\n"
        "One driver, who gave his name only as Tomasz, said the road had been shut for days."
        "\n\n“We just sat there,” he said.\n"
    )
    got = by_quote(text)
    assert got["she had waited six hours"].speaker == "Rosa"
    assert got["Nobody told us anything,"].speaker == "Rosa"
    assert got["We just sat there,"].speaker == "Tomasz"


def test_another_critic_is_a_stance_not_a_post():
    # guard for the critic rule: a bare "critic" of a policy is an opponent, no role
    text = (
        "Tax plan attacked\n\n"
        "Another critic, Rhona Vail, likened the plan to “robbing the young”.\n\n"
        "The food critic Jules Amory said the new menu was timid.\n"
    )
    got = by_quote(text)
    assert got["robbing the young"].speaker == "Rhona Vail"
    assert got["robbing the young"].role is None
    assert got["the new menu was timid"].role == "food critic"


def test_a_leads_described_chief_with_an_appositive_on_the_body_is_named_next():
    # "The chief executive of X, one of …, told …": the body's appositive does not hide
    # the lead's description from the person the next paragraph names
    text = (
        "Airline boss apologises for meltdown\n\n"
        "WASHINGTON — The chief executive of Skyward Air, one of the largest low-cost "
        "carriers in the country, told lawmakers on Thursday that the airline would refund "
        "every cancelled ticket.\n\n"
        "Dana Kovacs, 49, appeared before the Senate Commerce Committee for two hours.\n\n"
        "“We let our passengers down,” Ms. Kovacs said.\n"
    )
    got = by_quote(text)
    lede = got["the airline would refund every cancelled ticket"]
    assert lede.speaker == "Dana Kovacs"
    assert lede.role == "chief executive"
    assert got["We let our passengers down,"].organization == "Skyward Air"


def test_fellow_and_a_town_is_no_role():
    # "fellow Liverpudlian" is no post (a party member after "fellow" stays a role)
    text = (
        "Singer thanks fans\n\n"
        "Her fellow Liverpudlian Kit Morrow said the break was overdue.\n\n"
        "His fellow Republican Dan Pryor said the vote was close.\n"
    )
    got = by_quote(text)
    assert got["the break was overdue"].role is None
    assert got["the vote was close"].role == "fellow Republican"


def test_name_of_the_band_said_is_the_musician():
    # "NAME of the band BAND said": the person speaks, the band is the workplace (was
    # the band, the name dropped)
    text = (
        "Festival headliner pulls out\n\n"
        "Tess Harlan of the band Glass Orchard said the group needed a rest.\n"
    )
    got = by_quote(text)
    statement = got["the group needed a rest"]
    assert statement.speaker == "Tess Harlan"
    assert statement.organization == "Glass Orchard"


def test_undated_copy_naming_english_towns_and_their_people_is_british():
    # two marks of British domestic copy (Stockport; a Mancunian) in an undated story
    text = (
        "Comedian cancels tour\n\n"
        "The comedian Nell Ashby, who started out in clubs in Stockport, said she needed a "
        "long rest.\n\n"
        "Her fellow Mancunian Joe Brierley said the news was sad.\n"
    )
    got = by_quote(text)
    assert got["she needed a long rest"].country == "GB"
    assert got["the news was sad"].country == "GB"


def test_wrote_for_the_majority_that_reports_the_opinion():
    # "for the majority / a unanimous court" is the side the judge writes for, then the
    # "that" clause (the statement was lost)
    text = (
        "Court backs union in pension case\n\n"
        "Justice Paula Renner wrote for the majority that the pension fund had broken its "
        "own rules.\n\n"
        "Judge Arno Blick wrote for a unanimous panel that the lower court had erred.\n"
    )
    got = by_quote(text)
    assert got["the pension fund had broken its own rules"].speaker == "Paula Renner"
    assert got["the lower court had erred"].speaker == "Arno Blick"


def test_a_justice_far_below_the_one_court_named_is_of_that_court():
    # "Justice X" five paragraphs below the one court the story names: that court (the
    # three-paragraph reach of a bare title's body left it empty)
    filler = "".join(f"Paragraph {i} says nothing about judges.\n\n" for i in range(2, 7))
    text = (
        "Court voids levy\n\n"
        "WASHINGTON (AP) — The Supreme Court ruled Monday that the levy was unlawful.\n\n"
        + filler
        + "In a dissent, Justice Lydia Crane said the court had overreached.\n"
    )
    got = by_quote(text)
    assert got["the court had overreached"].organization == "Supreme Court"
