"""Round 29, probe r29k's training errors (r29-k): speakers of one gender quoted in turn.
A pair `A and her counterpart / his deputy, B, said` is the first conjunct's; `the deputy
minister` / `the vice president` is the one written with that rank; `the Argentine
minister` is a counterpart of that nationality written beside the title; `he added` goes
on with the last speaker of the scene, not one quoted in the pluperfect; `the <Place> man`
is the person written `from <Place>`; `the former <title> winner` / `the Olympic champion`
the person of the sentence before. Invented copy only (no sentence of the probe)."""

from quote_lookup import by_quote


def test_a_pair_with_a_possessed_counterpart_is_the_first_conjuncts():
    text = (
        "Peru and Bolivia settled a dispute over Lake Titicaca's fishing rights on Friday.\n\n"
        "Peruvian Foreign Minister Rosa Quispe and her Bolivian counterpart, Ana Mamani, "
        "said after talks in Puno that patrols would start in May.\n"
    )
    got = by_quote(text)
    assert got["patrols would start in May"].speaker == "Rosa Quispe"


def test_the_deputy_minister_is_the_one_written_deputy():
    text = (
        "Trade Minister Helga Brandt and Economy Minister Ulla Voss met union leaders on "
        "Tuesday.\n\n"
        "Brandt said the tariff would be reviewed. Voss said exports had grown.\n\n"
        "The deputy trade minister, Karin Lutz, who chaired the talks, said a second round "
        "was planned for June.\n\n"
        "Voss said the unions had asked for a freeze.\n\n"
        "The deputy minister said the freeze was not on the table.\n"
    )
    got = by_quote(text)
    assert got["the freeze was not on the table"].speaker == "Karin Lutz"


def test_a_demonym_minister_is_the_counterpart_of_that_nationality():
    text = (
        "Kenya and Uganda agreed on Monday to share the cost of a new rail link.\n\n"
        "Kenyan Transport Minister Grace Wanjiru and her Ugandan counterpart, Esther Nabirye, "
        "met for three hours in Kisumu.\n\n"
        "Wanjiru said Kenya would fund the first 200 kilometres.\n\n"
        '"We have waited twenty years for this line," the Ugandan minister said.\n'
    )
    got = by_quote(text)
    assert got["We have waited twenty years for this line,"].speaker == "Esther Nabirye"


def test_he_added_skips_a_man_reported_in_the_pluperfect():
    text = (
        "Harbour Town beat Ashby Vale 2-1 on Saturday.\n\n"
        '"We defended well for ninety minutes," Harbour Town coach Leo Marsh said.\n\n'
        "Ashby Vale coach Rob Tiller had complained on Thursday that the pitch was too dry "
        "for football.\n\n"
        '"The grass was the same for both teams," he added.\n'
    )
    got = by_quote(text)
    assert got["The grass was the same for both teams,"].speaker == "Leo Marsh"


def test_the_place_man_is_the_one_written_from_that_place():
    text = (
        "Galtee Rangers won the county final on Sunday.\n\n"
        '"It was a long season," manager Joe Dwyer said.\n\n'
        "Liam Carey, the 22-year-old from Ballyporeen who scored twice, said he had never "
        "played in front of such a crowd.\n\n"
        "Dwyer said the club would celebrate on Monday.\n\n"
        '"My father played in this final in 1987," the Ballyporeen man said.\n'
    )
    got = by_quote(text)
    assert got["My father played in this final in 1987,"].speaker == "Liam Carey"


def test_the_former_winner_is_the_person_of_the_sentence_before():
    text = (
        "Ostrava hosted the national athletics championships on Saturday.\n\n"
        "Pavel Hruby, who won the marathon in 2019, said the heat had slowed every runner.\n\n"
        "The former national champion said his coach, Jan Novak, had told him to wait.\n\n"
        '"I ran my own race and it worked," he said.\n'
    )
    got = by_quote(text)
    assert got["I ran my own race and it worked,"].speaker == "Pavel Hruby"
