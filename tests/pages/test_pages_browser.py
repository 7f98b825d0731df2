"""A reader in a real browser: filters, search, permalinks, feeds, at desktop and phone widths.

Screenshots land in test-artifacts/ (see the screenshot fixture)."""

import datetime as dt

import pytest

from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def newsroom():
    defense = TopicFactory(name="Defense spending", slug="defense-spending")
    ukraine = TopicFactory(name="Ukraine", slug="ukraine")
    hegseth = PersonFactory(name="Pete Hegseth", role="Defense Secretary", country="US")
    kallas = PersonFactory(name="Kaja Kallas", role="EU foreign policy chief", country="EE")
    rutte = PersonFactory(name="Mark Rutte", role="NATO Secretary General", country="NL")
    quotes = [
        (hegseth, "There is no betrayal there", [ukraine], "Pentagon"),
        (hegseth, "Europe must own its conventional security", [defense], "Pentagon"),
        (kallas, "Any deal behind our backs will not work", [ukraine], "European Union"),
        (rutte, "We need to spend more, and we need to spend better", [defense], "NATO"),
        (kallas, "Russia's war economy is not sustainable", [defense, ukraine], ""),
    ]
    for n, (person, quote, topics, organization) in enumerate(quotes):
        article = ArticleFactory(
            published_on=dt.date(2025, 1, 10) + dt.timedelta(days=19 * n),
            outlet="The Associated Press" if n % 2 else "Reuters",
            body=f'"{quote}," {person.name} said on {n}.',
        )
        StatementFactory(
            article=article,
            person=person,
            quote=quote,
            start=1,
            end=1 + len(quote),
            role=person.role,
            country=person.country,
            organization=organization,
            topics=topics,
        )
    return {"hegseth": hegseth, "kallas": kallas}


def statement_count(page) -> int:
    return page.locator("article.statement").count()


def test_reader_filters_by_person_country_and_topic(page, screenshot, newsroom):
    page.set_viewport_size(DESKTOP)
    page.goto("/")
    assert statement_count(page) == 5
    screenshot("desktop-list")
    page.keyboard.press("Tab")  # keyboard users first meet the skip link
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"

    page.locator("#facet-country ~ ul").get_by_role("link", name="Estonia").click()
    page.wait_for_url("**/?country=EE")
    assert statement_count(page) == 2

    page.locator("#facet-topic ~ ul").get_by_role("link", name="Defense spending").click()
    page.wait_for_url("**/?country=EE&topic=defense-spending")
    assert page.locator("article.statement blockquote").all_inner_texts() == [
        "Russia's war economy is not sustainable"
    ]

    page.get_by_role("link", name="Remove filter Country: Estonia").click()
    page.wait_for_url("**/?topic=defense-spending")
    page.locator("#facet-person ~ ul").get_by_role("link", name="Mark Rutte").click()
    page.wait_for_url("**/?topic=defense-spending&person=mark-rutte")
    assert statement_count(page) == 1
    screenshot("desktop-filtered")


def test_reader_searches_and_follows_a_permalink(page, screenshot, newsroom):
    page.set_viewport_size(DESKTOP)
    page.goto("/")
    page.get_by_role("searchbox", name="Search quotes and speakers").fill("betrayal")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=betrayal")
    assert page.locator("article.statement mark").all_inner_texts() == ["betrayal"]

    page.get_by_role("link", name="Permalink to this statement").click()
    page.wait_for_url("**/statements/*/")
    assert page.locator("blockquote").inner_text() == "There is no betrayal there"
    assert page.locator(".passage mark").inner_text() == "There is no betrayal there"
    assert "Quotation" in page.locator('script[type="application/ld+json"]').inner_html()
    screenshot("desktop-permalink")

    page.get_by_role("link", name="Read the whole article with its statements").click()
    page.wait_for_url("**/articles/*/#statement-*")
    assert page.locator(".article-body mark.quoted").inner_text() == "There is no betrayal there"
    screenshot("desktop-article")


def test_person_page_links_a_working_feed(page, screenshot, newsroom):
    page.set_viewport_size(DESKTOP)
    page.goto(newsroom["kallas"].get_absolute_url())
    assert page.locator("svg.chart-svg rect.chart-bar").count() >= 2
    screenshot("desktop-person")
    href = page.get_by_role("link", name="Atom feed").first.get_attribute("href")
    assert href == "/people/kaja-kallas/feed/"
    feed = page.request.get(href)
    assert feed.ok and feed.headers["content-type"].startswith("application/atom+xml")
    assert "Any deal behind our backs will not work" in feed.text()


@pytest.mark.parametrize(
    "path",
    ["/", "/people/pete-hegseth/", "permalink", "/countries/us/", "/people/"],
    ids=["list", "person", "permalink", "country", "people"],
)
def test_pages_fit_a_phone_screen(page, screenshot, newsroom, path):
    page.set_viewport_size(PHONE)
    response = page.goto(_first_permalink(page) if path == "permalink" else path)
    assert response.ok
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    screenshot("phone")


def _first_permalink(page) -> str:
    page.goto("/")
    return page.get_by_role("link", name="Permalink to this statement").first.get_attribute("href")


def test_a_long_unbroken_word_still_fits_a_phone_screen(page, screenshot):
    # A web address in a quote (or in a headline, an organisation) has no place to wrap:
    # the permalink was 2,500 pixels wide on a phone, a search marking it 2,300.
    address = "https://www.defense.example/news/releases/" + "statement-on-ukraine-" * 6
    article = ArticleFactory(headline="Read it at " + address, body=f'"See {address}," she said.')
    statement = StatementFactory(
        article=article,
        quote=f"See {address}",
        organization="Ministry-of-" + "Defence-" * 12,
        start=1,
        end=5 + len(address),
    )
    page.set_viewport_size(PHONE)
    for path in (
        statement.get_absolute_url(),
        article.get_absolute_url(),
        "/?q=statement-on-ukraine",
        statement.person.get_absolute_url(),
    ):
        assert page.goto(path).ok
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, path
    screenshot("phone")
