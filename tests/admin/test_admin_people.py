"""People in the admin: list with counts, a person's aliases and statements, merge, rename."""

import pytest
from django.contrib.admin.models import DELETION, LogEntry
from django.urls import reverse

from articles.models import Person, PersonSlugHistory, Statement
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = pytest.mark.django_db

PEOPLE_URL = reverse("admin:articles_person_changelist")
STATEMENTS_URL = reverse("admin:articles_statement_changelist")


def person_url(person: Person) -> str:
    return reverse("admin:articles_person_change", args=[person.pk])


def test_people_list_searches_filters_and_counts_in_fixed_queries(
    editor_client, django_assert_max_num_queries
):
    healey = PersonFactory(name="John Healey", country="GB", organization="UK government")
    healey.aliases.create(name="Healey")  # a second alias matching the search: no double count
    StatementFactory.create_batch(2, person=healey)
    StatementFactory(person=healey, status="suggested")
    for person in PersonFactory.create_batch(15, country="DE"):
        StatementFactory(person=person)

    with django_assert_max_num_queries(9):
        everyone = editor_client.get(PEOPLE_URL)
    assert everyone.context["cl"].result_count == 16

    found = editor_client.get(PEOPLE_URL, {"q": "healey"}).context["cl"].result_list
    assert [(p, p.statement_total, p.approved_total) for p in found] == [(healey, 3, 2)]
    by_country = editor_client.get(PEOPLE_URL, {"country": "GB"}).context["cl"].result_list
    assert list(by_country) == [healey]
    by_org = editor_client.get(PEOPLE_URL, {"organization": "UK government"})
    assert list(by_org.context["cl"].result_list) == [healey]


def test_country_filters_name_the_countries_present(editor_client):
    # Editors read "United Arab Emirates", not "AE", in the people and statement lists.
    PersonFactory(name="Thani Al Zeyoudi", country="AE")
    StatementFactory(country="AE")
    StatementFactory(country="GB")
    PersonFactory(name="Nobody Anywhere", country="")

    for url in (PEOPLE_URL, reverse("admin:articles_statement_changelist")):
        response = editor_client.get(url)
        (country_filter,) = [f for f in response.context["cl"].filter_specs if f.title == "country"]
        choices = [c["display"] for c in country_filter.choices(response.context["cl"])]
        assert "United Arab Emirates" in choices and "AE" not in choices, url
        filtered = editor_client.get(url, {"country": "AE"}).context["cl"].result_list
        assert {obj.country.code for obj in filtered} == {"AE"}


def test_person_page_shows_aliases_and_statements(editor_client):
    statement = StatementFactory(quote="No negotiation about Ukraine without Ukraine")
    statement.person.aliases.create(name="Healy")
    page = editor_client.get(person_url(statement.person)).content.decode()
    assert 'value="Healy"' in page
    assert "No negotiation about Ukraine without Ukraine" in page


def test_a_much_quoted_person_can_still_be_edited(editor_client, change_form_data):
    # Every statement was a row of an inline form with two hidden fields: past ~500
    # statements saving the person (a rename, a new role) exceeded Django's 1,000 form
    # fields and the editor got "Bad Request (400)". The page also grew without bound.
    person = PersonFactory(name="Olaf Scholz", slug="olaf-scholz")
    article = ArticleFactory()
    Statement.objects.bulk_create(
        Statement(
            article=article,
            person=person,
            quote=f"Statement number {n}",
            kind=Statement.Kind.DIRECT,
            start=10 * n,
            end=10 * n + 5,
            status=Statement.ReviewStatus.APPROVED,
        )
        for n in range(600)
    )
    page = editor_client.get(person_url(person))
    shown = page.content.decode()
    assert shown.count("Statement number ") < 60
    assert f"{STATEMENTS_URL}?person__id__exact={person.pk}" in shown
    assert "All 600 statements" in shown
    data = change_form_data(page)
    data["role"] = "Former Chancellor"

    response = editor_client.post(person_url(person), data)

    assert response.status_code == 302, response.status_code
    person.refresh_from_db()
    assert person.role == "Former Chancellor"
    listed = editor_client.get(STATEMENTS_URL, {"person__id__exact": person.pk})
    assert listed.context["cl"].result_count == 600


def test_merge_two_people_into_the_chosen_one(editor_client, editor, client):
    survivor = PersonFactory(name="Pete Hegseth", slug="pete-hegseth")
    duplicate = PersonFactory(name="Hegesth", slug="hegesth")
    moved = StatementFactory(person=duplicate)
    selected = {"action": "merge_selected", "_selected_action": [survivor.pk, duplicate.pk]}

    confirm = editor_client.post(PEOPLE_URL, selected)
    assert confirm.status_code == 200
    assert "Choose the person who stays" in confirm.content.decode()
    assert Person.objects.count() == 2  # nothing merged before the choice

    response = editor_client.post(PEOPLE_URL, {**selected, "survivor": survivor.pk})

    assert response.status_code == 302
    assert list(Person.objects.all()) == [survivor]
    moved.refresh_from_db()
    assert moved.person == survivor
    assert survivor.aliases.filter(normalized="hegesth").exists()
    old = client.get("/people/hegesth/")
    assert (old.status_code, old["Location"]) == (301, "/people/pete-hegseth/")
    assert LogEntry.objects.filter(action_flag=DELETION, object_repr="Hegesth").exists()
    history = editor_client.get(reverse("admin:articles_person_history", args=[survivor.pk]))
    assert "Merged Hegesth (/people/hegesth/) into this person." in history.content.decode()


def test_view_on_site_is_offered_only_for_a_person_with_a_public_page(editor_client, client):
    unpublished = PersonFactory(name="Not Yet Published")
    StatementFactory(person=unpublished, status="suggested")
    published = PersonFactory(name="Kaja Kallas")
    StatementFactory(person=published)

    assert editor_client.get(person_url(unpublished)).context["has_absolute_url"] is False
    response = editor_client.get(person_url(published))
    assert response.context["absolute_url"] == "/people/kaja-kallas/"
    assert client.get("/people/kaja-kallas/").status_code == 200


def test_merge_needs_two_people(editor_client):
    person = PersonFactory()
    response = editor_client.post(
        PEOPLE_URL, {"action": "merge_selected", "_selected_action": [person.pk]}, follow=True
    )
    assert "Select at least two people" in response.content.decode()


def test_renaming_a_person_keeps_the_old_address_redirecting(
    editor_client, client, change_form_data
):
    person = StatementFactory(person__name="Kaja Kalas", person__slug="kaja-kalas").person
    data = change_form_data(editor_client.get(person_url(person)))
    data.update(name="Kaja Kallas", slug="kaja-kallas")

    response = editor_client.post(person_url(person), data)

    assert response.status_code == 302, response.context["errors"]
    assert PersonSlugHistory.objects.get(slug="kaja-kalas").person == person
    old = client.get("/people/kaja-kalas/")
    assert (old.status_code, old["Location"]) == (301, "/people/kaja-kallas/")
    assert person.aliases.filter(normalized="kaja kallas").exists()


def test_a_slug_that_redirects_to_someone_else_cannot_be_taken(editor_client, change_form_data):
    other = PersonFactory()
    PersonSlugHistory.objects.create(slug="taken", person=other)
    person = PersonFactory()
    data = change_form_data(editor_client.get(person_url(person)))
    data["slug"] = "taken"

    response = editor_client.post(person_url(person), data)

    assert response.status_code == 200
    assert "still redirects to another person" in str(response.context["errors"])


def test_an_alias_that_is_another_persons_spelling_is_refused_not_a_crash(
    editor_client, change_form_data
):
    # Adding "marco  RUBIO" to someone else was an IntegrityError (500): aliases are unique
    # once case, accents and spaces are folded, but the form did not check it.
    rubio = PersonFactory(name="Marco Rubio")
    kallas = PersonFactory(name="Kaja Kallas")
    data = change_form_data(editor_client.get(person_url(kallas)))
    data["aliases-1-name"] = "marco  RUBIO"

    response = editor_client.post(person_url(kallas), data)

    assert response.status_code == 200
    errors = str(response.context["inline_admin_formsets"][0].formset.errors)
    assert "already a spelling of Marco Rubio" in errors
    assert rubio.aliases.filter(normalized="marco rubio").exists()
    assert not kallas.aliases.filter(normalized="marco rubio").exists()


def test_two_new_aliases_that_are_one_spelling_are_refused_not_a_crash(
    editor_client, change_form_data
):
    kallas = PersonFactory(name="Kaja Kallas")
    data = change_form_data(editor_client.get(person_url(kallas)))
    data.update({"aliases-TOTAL_FORMS": "3", "aliases-1-name": "Kalas", "aliases-2-name": "KALAS"})
    data.update({"aliases-1-person": str(kallas.pk), "aliases-2-person": str(kallas.pk)})

    response = editor_client.post(person_url(kallas), data)

    assert response.status_code == 200
    assert "twice" in str(response.context["inline_admin_formsets"][0].formset.non_form_errors())
    assert not kallas.aliases.filter(normalized="kalas").exists()


def test_an_alias_can_be_respelled_or_added_for_the_same_person(editor_client, change_form_data):
    kallas = PersonFactory(name="Kaja Kallas")
    data = change_form_data(editor_client.get(person_url(kallas)))
    data.update({"aliases-0-name": "kaja KALLAS", "aliases-1-name": "Kallas"})

    response = editor_client.post(person_url(kallas), data)

    assert response.status_code == 302, response.context["inline_admin_formsets"][0].formset.errors
    assert sorted(kallas.aliases.values_list("name", flat=True)) == ["Kallas", "kaja KALLAS"]


def test_the_slug_help_shows_the_address_pattern(editor_client):
    # The admin renders help texts as HTML: "/people/<slug>/" read "/people//".
    page = editor_client.get(person_url(PersonFactory())).content.decode()
    assert "The public address /people/&lt;slug&gt;/." in page
    topic_page = editor_client.get(reverse("admin:articles_topic_add")).content.decode()
    assert "The public address /topics/&lt;slug&gt;/." in topic_page


def test_the_speaker_and_topic_boxes_page_in_a_stable_order(editor_client):
    # The people queryset counts statements (GROUP BY), which drops the model's ordering:
    # the speaker box paged 20 at a time through an unordered list, so "load more" could
    # repeat some people and never show others (UnorderedObjectListWarning).
    import warnings

    from django.core.paginator import UnorderedObjectListWarning

    for n in range(25):
        PersonFactory(name=f"Anna Smith{n:02}", slug=f"anna-smith{n:02}")
    url = reverse("admin:autocomplete")
    params = {"app_label": "articles", "model_name": "statement", "field_name": "person"}
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)
        pages = [
            editor_client.get(url, {**params, "term": "smith", "page": page}).json()
            for page in (1, 2)
        ]
    names = [row["text"] for page in pages for row in page["results"]]
    assert names == sorted(names) and len(set(names)) == 25

    for n in range(25):
        TopicFactory(name=f"Energy {n:02}")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)
        topics = editor_client.get(url, {**params, "field_name": "topics", "term": "energy"})
    assert topics.status_code == 200


def test_people_extraction_left_unused_can_be_found_and_deleted(editor_client, editor):
    # Extraction made "Pete Hegesth" for a typo; after the editor gave the statement to
    # Pete Hegseth the typo person stayed in the list and in the speaker box for good.
    from articles import services

    typo = services.resolve_speaker(name="Pete Hegesth")
    hegseth = PersonFactory(name="Pete Hegseth")
    statement = StatementFactory(person=hegseth)
    StatementFactory(person=typo, source="Pete Hegesth")
    services.correct_statement(statement=typo.statements.get(), person=hegseth)
    never_used = services.resolve_speaker(name="Ann Other")
    # Not orphans: an editor's own entry (in the admin's history), a person with another
    # spelling, one whose old address redirects, and anyone with a statement of any status.
    added = editor_client.post(
        reverse("admin:articles_person_add"),
        {
            "name": "Prepared Ahead",
            "slug": "prepared-ahead",
            "kind": "person",
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
        },
    )
    assert added.status_code == 302, added.content
    aliased = services.resolve_speaker(name="Jane Roe")
    services.add_alias(person=aliased, name="J. Roe")
    redirected = PersonFactory(name="Renamed Person")
    PersonSlugHistory.objects.create(slug="old-renamed", person=redirected)
    rejected_only = PersonFactory(name="Only Rejected")
    StatementFactory(person=rejected_only, status="rejected")

    listed = editor_client.get(PEOPLE_URL, {"statements": "unused"})
    orphans = {person.name for person in listed.context["cl"].result_list}
    assert orphans == {"Pete Hegesth", "Ann Other"}
    assert "None: unused, made by extraction" in listed.content.decode()

    everyone = [person.pk for person in Person.objects.all()]
    response = editor_client.post(
        PEOPLE_URL, {"action": "delete_unused_selected", "_selected_action": everyone}
    )
    assert response.status_code == 302
    assert not Person.objects.filter(pk__in=[typo.pk, never_used.pk]).exists()
    assert set(Person.objects.values_list("name", flat=True)) == {
        "Pete Hegseth",
        "Prepared Ahead",
        "Jane Roe",
        "Renamed Person",
        "Only Rejected",
    }
    statement.refresh_from_db()
    assert statement.person == hegseth
    assert LogEntry.objects.filter(action_flag=DELETION, object_repr="Pete Hegesth").exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [
        "Deleted 2 people nothing uses: Ann Other, Pete Hegesth. "
        "Kept 5 that have statements, other names, old addresses or were added by an editor."
    ]
