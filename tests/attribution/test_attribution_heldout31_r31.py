"""Round 31, heldout31's lessons (r31-h31): an Anglican cathedral's "Canon" office
(`Canon Treasurer`, `Canon Chancellor`) keeps its "Canon", which is only a style before a
name. Invented copy only (no sentence of heldout31)."""

from quote_lookup import by_quote


def test_canon_before_an_office_is_part_of_the_office_not_a_style():
    text = (
        "Minster appeals for roof funds\n\n"
        "York Minster has launched an appeal to repair its west window.\n\n"
        "The Canon Treasurer, Canon Ruth Ellery, said the choir would sing in the nave "
        "until the work ended.\n"
    )
    st = by_quote(text)["the choir would sing in the nave until the work ended"]
    assert st.speaker == "Ruth Ellery"
    assert st.role == "Canon Treasurer"


def test_a_long_bodys_name_before_which_is_whole_for_the_group_and_its_president():
    text = (
        "Nursery rooms close\n\n"
        "The New Brunswick Early Years Educators’ Alliance, which speaks for staff at 70 "
        "centres, said the closures were “no surprise”.\n\n"
        "The group has called on the province to raise wages.\n\n"
        "Its president, Claire Robichaud, said more rooms would close.\n"
    )
    found = by_quote(text)
    body = "New Brunswick Early Years Educators’ Alliance"
    group = found["to raise wages"]
    assert group.speaker == body
    assert group.organization == body
    st = found["more rooms would close"]
    assert st.speaker == "Claire Robichaud"
    assert st.role == "president"
    assert st.organization == body


def test_an_executive_director_of_no_named_body_works_for_the_body_that_spoke_before():
    text = (
        "Food bank cuts hours\n\n"
        "Harbourview Family Centre told volunteers on Friday that it would close on "
        "Mondays from next month.\n\n"
        "“We have run out of shelf space and out of drivers,” executive director Owen "
        "Pellerin said on Saturday.\n"
    )
    st = by_quote(text)["We have run out of shelf space and out of drivers,"]
    assert st.speaker == "Owen Pellerin"
    assert st.role == "executive director"
    assert st.organization == "Harbourview Family Centre"


def test_a_leads_association_named_below_is_its_own_organisation():
    text = (
        "Rivers: Swimming spots shut\n\n"
        "Cork, 3 Aug 2026 (Reuters) - More than 20 river pools in Cork were closed on "
        "Sunday because of algae, the regional swimmers' association said today.\n\n"
        "The Cork Open Water Swimmers Association (COWSA) said that at least 22 pools "
        "were shut.\n"
    )
    st = next(s for s in by_quote(text).values() if "were closed on Sunday" in s.quote)
    assert st.speaker == "Cork Open Water Swimmers Association"
    assert st.organization == "Cork Open Water Swimmers Association"


def test_a_chapters_officers_serve_the_one_cathedral_named():
    text = (
        "Wells Cathedral to close nave for repairs\n\n"
        "Wells Cathedral will close its nave for six months from March.\n\n"
        "The Dean of Wells, the Very Revd Dr Alan Frome, said the work could not wait.\n\n"
        "The Canon Chancellor, Canon Julia Marsh, said services would move to the Lady "
        "Chapel.\n"
    )
    found = by_quote(text)
    dean = found["the work could not wait"]
    assert dean.speaker == "Alan Frome"
    assert (dean.role, dean.organization) == ("Dean", "Wells Cathedral")
    canon = found["services would move to the Lady Chapel"]
    assert canon.speaker == "Julia Marsh"
    assert (canon.role, canon.organization) == ("Canon Chancellor", "Wells Cathedral")
