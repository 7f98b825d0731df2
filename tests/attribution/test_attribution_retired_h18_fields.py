"""Round 21, the retired held-out set 18's field classes (country, organisation, role):
each rule is tested on invented stories (none of that set's sentences, names or topics).
Each test failed before its rule unless marked as a guard."""

from quote_lookup import by_quote


def _pool_story(spelling: str, date: str) -> str:
    return (
        "Town pool will stay shut through summer\n\n"
        "The Harwood town pool will not reopen this summer after inspectors found cracks in "
        f"its main basin, the parks {spelling} said Tuesday.\n\n"
        "Parks director Lena Ostrow said the repairs would take at least eight months.\n\n"
        "“We know families count on the pool, and we are sorry,” Ostrow said. “The swim team "
        f"will train at the high school {'center' if spelling == 'department' else 'centre'} "
        "instead.”\n\n"
        f"The next parks meeting is set for 7 p.m. {date} at the library.\n"
    )


def test_undated_american_copy_naming_no_other_country_is_american():
    got = by_quote(_pool_story("department", "Feb. 12"))
    assert got["We know families count on the pool, and we are sorry,"].country == "US"


def test_undated_copy_without_american_marks_gets_no_country():
    # guard: British spelling and a British date name no country
    got = by_quote(_pool_story("office", "12 February"))
    assert got["We know families count on the pool, and we are sorry,"].country is None
