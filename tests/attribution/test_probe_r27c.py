"""Round 27, probe r27c's training errors (r27-c): statements relayed by other media and
platforms (a country's own Security Council, a reported clause closed by a consequence or
by the interview that carried it, an outlet quoting a described person, a conjunct after a
quote in a clause "quoted as saying", a company's seat after its name, a question put by a
named asker), each tested with invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote

from articles.attribution import extract


def test_a_countrys_own_security_council_is_no_un_body():
    got = by_quote(
        "ANKARA (AP) — Selim Arda, deputy secretary of Turkey's Security Council, wrote on "
        'Telegram that the drills were "a provocation."\n\n'
        "Nadia Kroll, a member of the Polish Security Council, said the talks had stalled.\n"
    )
    arda = got["a provocation."]
    assert arda.speaker == "Selim Arda"
    assert arda.organization == "Security Council"
    assert arda.country == "TR"
    kroll = got["the talks had stalled"]
    assert kroll.organization == "Security Council"
    assert kroll.country == "PL"
    # the U.N.'s keeps its key
    got = by_quote(
        "UNITED NATIONS (AP) — Maria Holm, president of the Security Council, said the vote "
        'was "a turning point."\n'
    )
    holm = got["a turning point."]
    assert holm.organization == "UN"
    assert holm.country is None


def test_a_security_council_speaking_after_its_countrys_possessive():
    (s,) = extract('Brazil\'s Security Council said the exercise was "routine."\n')
    assert s.speaker == "Security Council"
    assert s.organization == "Security Council"
    assert s.country == "BR"


def test_breaking_with_ends_the_reported_clause():
    (s,) = extract(
        "OSLO, May 2 (Reuters) - Norway's finance minister, Eva Lund, said the fund should "
        "sell its coal shares, breaking with years of caution at the ministry.\n"
    )
    assert s.quote == "the fund should sell its coal shares"
    assert s.speaker == "Eva Lund"


def test_an_interview_with_a_named_outlet_closes_the_clause():
    (s,) = extract(
        "VIENNA, May 2 (Reuters) - Austrian Chancellor Karl Brandt said the border checks "
        "would end in June in an interview with the Austrian newspaper Der Standard "
        "published on Saturday.\n"
    )
    assert s.quote == "the border checks would end in June"
    assert s.speaker == "Karl Brandt"
    # an "in a" phrase further back that is no medium keeps the clause whole
    (s,) = extract(
        "Jan Smit said the union would strike in a week if the government refused the offer "
        "made by the employers on Sunday.\n"
    )
    assert s.quote.endswith("the offer made by the employers on Sunday")


def test_an_outlet_quoting_a_description_then_a_name():
    got = by_quote(
        "RIGA (AP) — The broadcaster LSM quoted Latvia's border guard chief, Gen. Andris "
        "Zarins, as saying that patrols would be doubled along the frontier.\n"
    )
    s = got["patrols would be doubled along the frontier"]
    assert s.speaker == "Andris Zarins"
    assert s.country == "LV"


def test_a_conjunct_after_a_quote_in_a_clause_quoted_as_saying():
    got = by_quote(
        "MADRID (Reuters) - Spain's Labour Minister Rosa Vidal was quoted by El Pais as saying "
        'that Madrid "strongly backs" the wage deal and would defend it in Brussels.\n'
    )
    assert got["strongly backs"].speaker == "Rosa Vidal"
    tail = got["would defend it in Brussels"]
    assert tail.speaker == "Rosa Vidal"
    assert tail.kind == "indirect"


def test_a_company_based_in_a_foreign_city_after_its_name_gives_its_officers_country():
    got = by_quote(
        "Chip rules rattle investors\n\n"
        "New U.S. export limits took effect on Wednesday, the Commerce Department said.\n\n"
        "The limits also hit Tessaro Systems, the Milan-based software developer that sells "
        "to banks. Tessaro's chief executive, Luca Ferri, told the daily Il Sole that the "
        "company saw no large impact on its sales.\n"
    )
    s = got["the company saw no large impact on its sales"]
    assert s.speaker == "Luca Ferri"
    assert s.organization == "Tessaro Systems"
    assert s.country == "IT"


def test_a_question_put_by_a_named_asker_is_no_statement():
    statements = extract(
        "Asked by Lee whether he was nervous about upsetting investors, Moreno shrugged. "
        '"Investors will be fine," he said.\n'
    )
    assert [s.quote for s in statements] == ["Investors will be fine,"]


LEAD_OFFICIAL = (
    "Belarus official warns over border\n\n"
    "WARSAW, Poland (AP) — A senior Belarusian defense official warned Monday that the "
    'border crossings would stay "closed indefinitely" unless Poland lifted its sanctions.\n\n'
    "Ivan Petrashko, deputy head of Belarus's Security Council, wrote on Telegram that "
    'Warsaw had "chosen confrontation."\n'
)


def test_a_leads_described_official_is_the_person_named_next_with_that_country():
    got = by_quote(LEAD_OFFICIAL)
    assert got["closed indefinitely"].speaker == "Ivan Petrashko"
    assert got["chosen confrontation."].speaker == "Ivan Petrashko"
    # an official kept anonymous, or another country's official named next: nobody
    anonymous = LEAD_OFFICIAL.replace(
        "unless Poland lifted its sanctions.",
        "unless Poland lifted its sanctions, speaking on condition of anonymity.",
    )
    assert by_quote(anonymous)["closed indefinitely"].speaker is None
    other = LEAD_OFFICIAL.replace("Belarus's Security Council", "Lithuania's Security Council")
    assert by_quote(other)["closed indefinitely"].speaker is None
