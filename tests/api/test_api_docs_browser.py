"""The API documentation in a real browser: it renders, and nothing comes from elsewhere."""

import pytest

from tests.factories import StatementFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("url", "rendered"),
    [
        ("/api/docs/", ".opblock-summary-path[data-path='/api/statements/']"),
        ("/api/redoc/", "h1:has-text('quotesdb API')"),
    ],
)
def test_documentation_renders_from_the_app_alone(page, live_server, screenshot, url, rendered):
    StatementFactory()
    loaded = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    elsewhere = []  # requests the page let out to another site (the network is cut)

    def outside(route):
        elsewhere.append(route.request.url)
        route.abort()

    page.route(lambda u: not u.startswith(live_server.url), outside)

    page.goto(url)
    page.wait_for_selector(rendered)
    screenshot()

    assert f"{live_server.url}/api/schema/" in loaded
    assert elsewhere == []
