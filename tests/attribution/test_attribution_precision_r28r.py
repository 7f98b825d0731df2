"""Round 28 (r28-r): precision on the round-28 training probes. Three classes of false
statement that are no PolNeAR-convention keep: a capitalised gerund inside a body's name
on its own line (a byline's credit), a participle modifying a noun phrase governed by a
sentence-opening preposition (`Of the 40 plans announced …`), and a body's coming
discussion of a noun phrase (`will discuss the budget at its meeting`). Invented copy only
(no sentence of the probes)."""

from quote_lookup import by_quote

from articles.attribution import extract

BYLINE = (
    "Ferry timetable cut angers island traders\n\n"
    "By Carys Maddock\n"
    "Regional Investigative Reporting Unit\n\n"
    "Traders on Inisbeg say a cut to the winter ferry timetable will cost them half their "
    "custom.\n\n"
    "Harbour master Tomas Reilly said the operator had given four weeks' notice.\n"
)


def test_a_gerund_inside_a_name_on_its_own_line_is_no_cue():
    got = extract(BYLINE)
    assert not [s for s in got if s.cue == "Reporting"]
    assert by_quote(BYLINE)["the operator had given four weeks' notice"].speaker == ("Tomas Reilly")
    # (a Title Case headline with a gerund is no name: its sentence still reports)
    text = (
        "Mayor Saying Budget Is Safe, Council Told By Finance Chief In Heated Session Today\n\n"
        "Mayor Lena Farrow said on Monday the library budget would not be cut.\n"
    )
    got = by_quote(text)
    assert got["the library budget would not be cut"].speaker == "Lena Farrow"


FIGURES = (
    "Of the 40 wind farms announced across Scotland since 2018, only six have been "
    "connected to the grid, according to figures published by the regulator.\n\n"
    "Among the reforms proposed last spring, two have reached parliament.\n\n"
    "Energy analyst Priya Venn said the grid queue was the main obstacle.\n"
)


def test_a_participle_after_a_sentence_opening_preposition_is_no_cue():
    got = extract(FIGURES)
    assert not [s for s in got if s.cue in {"announced", "proposed"}]
    quotes = {s.quote for s in got}
    assert "the grid queue was the main obstacle" in quotes
    # (a count's "of" opens no prepositional phrase before the subject: it speaks)
    text = "Most of the farmers announced on Friday that they would end the blockade.\n"
    got = by_quote(text)
    assert "they would end the blockade" in got


AGENDA = (
    "Dunmore council to weigh library closures\n\n"
    "Dunmore Borough Council will discuss the library closures at its meeting on 2 March.\n\n"
    "The parish council will also debate the bus shelter plan next week.\n\n"
    "Councillor Amir Hale said the closures would save about £400,000 a year.\n"
)


def test_a_body_s_coming_discussion_is_no_statement():
    got = extract(AGENDA)
    assert not [s for s in got if s.cue in {"discuss", "debate"}]
    assert by_quote(AGENDA)["the closures would save about £400,000 a year"].speaker == (
        "Amir Hale"
    )
    # (a discussion held is still reported, as PolNeAR marks it)
    text = "Deputy Mayor Ines Gault discussed the library closures with residents on Monday.\n"
    got = extract(text)
    assert [s for s in got if s.cue == "discussed"]
