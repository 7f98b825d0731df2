"""Round 28 (r28-p): the country of a speaker from the employer and from where they
work: a body written after a country's possessive ("France's Delacroix Batteries"), a
large city's possessive before an office ("Marseille's deputy mayor"), a titled person
"in" a city ("a CGT official in Lyon"), a "-based" body whose name holds "of", an
institute named with its initials and city ("ETH Zurich"). Invented sentences, not the
probe's."""

from articles.attribution import extract


def _country(text: str, speaker: str) -> str | None:
    found = [s for s in extract(text) if s.speaker == speaker]
    assert found, [s.to_dict() for s in extract(text)]
    return found[0].country


MERGER = (
    "SEOUL -- Sunwoo Motors and France's Delacroix Batteries agreed on Monday to build a "
    "battery plant together, the two companies said.\n\n"
    '"This is a big day for us," Sunwoo President Park Min-ho told reporters.\n\n'
    'Delacroix chief executive Claire Fontaine said the plant would "secure our future."\n\n'
    "Marseille's deputy mayor, Paul Girard, said the region had been promised \"jobs for a "
    'generation."\n\n'
    'Anne Moreau, a CGT official in Lyon, said workers would judge the deal "by the jobs it '
    'keeps."\n'
)


def test_employer_after_country_possessive_beats_dateline():
    assert _country(MERGER, "Claire Fontaine") == "FR"


def test_city_possessive_before_office():
    assert _country(MERGER, "Paul Girard") == "FR"


def test_titled_person_in_a_city():
    assert _country(MERGER, "Anne Moreau") == "FR"


def test_short_name_described_in_headline_gives_full_names_country():
    text = (
        "Italy's Ferrante and Poland's Wolak to pool rail parts units\n\n"
        "WARSAW -- Ferrante Meccanica and Wolak Group will merge their rail parts "
        "businesses, the companies said on Monday.\n\n"
        'Paolo Russo, chairman of Ferrante Meccanica, said the deal was "the only way to '
        'grow."\n\n'
        'Marek Nowak, a Solidarity official in Gdansk, said the workers were "worried."\n\n'
        'Wolak chief executive Ewa Zielinska said the company would "keep every plant."\n\n'
        "Slovakia's economy minister, Juraj Kovac, said Bratislava would review the deal.\n"
    )
    assert _country(text, "Paolo Russo") == "IT"


def test_based_body_with_of_in_its_name():
    text = (
        "GENEVA -- Talks on plastic waste ended on Friday without a treaty.\n\n"
        "The Lagos-based campaign group Friends of the Niger Delta said the outcome was "
        '"a betrayal".\n'
    )
    assert _country(text, "Friends of the Niger Delta") == "NG"


def test_institute_named_with_initials_and_city():
    text = (
        "NAIROBI -- Kenya's glaciers on Mount Kenya could vanish within 15 years, a study "
        "found.\n\n"
        "Anna Keller, a glaciologist at ETH Zurich who led the study, said the ice had "
        '"lost half its mass since 1990."\n'
    )
    assert _country(text, "Anna Keller") == "CH"


def test_officials_on_both_sides_get_no_single_country():
    text = (
        "TBILISI -- Georgian and Armenian border guards traded fire overnight, officials on "
        "both sides said on Monday.\n\n"
        'Georgia\'s Interior Ministry said two guards had been "lightly wounded".\n\n'
        "Armenia's Defence Ministry said its troops had not fired first.\n"
    )
    found = [s for s in extract(text) if s.source and "both sides" in s.source]
    assert found and found[0].country is None
