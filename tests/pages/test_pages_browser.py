"""A reader opens the home page in a real browser and follows a statement's permalink."""

import pytest

from tests.factories import StatementFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_follows_a_permalink(page, screenshot):
    statement = StatementFactory(quote="There is no betrayal there")
    page.goto("/")
    page.get_by_role("link", name="Permalink to this statement").first.click()
    page.wait_for_url(f"**{statement.get_absolute_url()}")
    assert "There is no betrayal there" in page.locator("blockquote").inner_text()
    screenshot()
