"""An editor pastes the reference article in a real browser, reviews it and publishes."""

import pytest

from articles.models import Article, Statement
from tests.factories import StatementFactory

# serialized_rollback: the migrations' data (Editors group, starter topics) is restored for
# this committed-transaction test.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_pastes_reviews_and_approves(page, screenshot, django_user_model, reference_text):
    # A superuser: the committed-transaction database of a live-server test is flushed
    # between tests, Editors group included; the group's permissions are tested elsewhere.
    django_user_model.objects.create_superuser(username="editor", password="correct horse battery")
    page.goto("/admin/articles/article/add/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()

    page.get_by_label("Headline").fill("NATO allies insist on a say in peace talks")
    page.get_by_label("Outlet").fill("The Associated Press")
    page.get_by_label("Body").fill(reference_text)
    page.get_by_role("button", name="Save", exact=True).click()

    page.wait_for_url("**/change/")
    article = Article.objects.get()
    assert article.extraction_status == Article.ExtractionStatus.DONE
    marks = page.locator(".qdb-article-text mark")
    assert marks.count() == article.statements.count() > 0
    screenshot("extracted")

    marks.first.click()  # jumps to the statement's inline form
    page.wait_for_url("**#statements-0")
    page.locator("#id_statements-0-status").select_option("approved")
    with page.expect_navigation():  # the redirect keeps the #statements-0 fragment
        page.get_by_role("button", name="Save and continue editing").click()

    first = article.statements.order_by("start", "id").first()
    assert first.status == Statement.ReviewStatus.APPROVED
    assert page.locator(".qdb-article-text .qdb-approved mark").count() == 1

    page.goto(first.get_absolute_url())  # now on the public site
    assert first.quote[:30] in page.locator("body").inner_text()
    screenshot("published")


def test_approve_all_takes_a_confidence_as_precise_as_the_percentages_shown(
    page, django_user_model
):
    # Confidence reads 68 % in the review forms, but the box's step of 0.05 made the
    # browser refuse 0.68 ("the two nearest valid values are 0.65 and 0.7").
    django_user_model.objects.create_superuser(username="editor", password="correct horse battery")
    sure = StatementFactory(status=Statement.ReviewStatus.SUGGESTED, confidence=0.68)
    doubtful = StatementFactory(
        article=sure.article, status=Statement.ReviewStatus.SUGGESTED, confidence=0.67
    )
    page.goto(f"/admin/articles/article/{sure.article_id}/change/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()

    page.get_by_label("Approve all with confidence ≥").fill("0.68")
    with page.expect_navigation():
        page.get_by_role("button", name="Approve", exact=True).click()

    assert (
        "Approved 1 statement(s) with confidence ≥ 0.68."
        in page.locator(".messagelist").inner_text()
    )
    sure.refresh_from_db()
    doubtful.refresh_from_db()
    assert (sure.status, doubtful.status) == ("approved", "suggested")


def test_a_review_forms_country_box_offers_the_countries_and_saves_a_code(page, django_user_model):
    # The country dropdown of each review form became a box with the page's one list of
    # countries: an editor still picks a country and saves it.
    django_user_model.objects.create_superuser(username="editor", password="correct horse battery")
    statement = StatementFactory(status=Statement.ReviewStatus.SUGGESTED, country="")
    page.goto(f"/admin/articles/article/{statement.article_id}/change/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()

    box = page.locator("#id_statements-0-country")
    assert box.get_attribute("list") == "qdb-countries"
    assert page.locator("#qdb-countries option[value='EE']").text_content() == "Estonia"
    box.fill("ee")
    with page.expect_navigation():
        page.get_by_role("button", name="Save and continue editing").click()

    statement.refresh_from_db()
    assert statement.country.code == "EE"
    assert page.locator("#id_statements-0-country").input_value() == "EE"
