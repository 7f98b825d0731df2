"""Fixtures shared by the whole suite."""

import os
import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

DEMO_ARTICLE = (
    Path(__file__).resolve().parent.parent / "articles/demo/ap-2025-02-14-nato-ukraine.txt"
)


@pytest.fixture
def reference_text() -> str:
    return DEMO_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run on-commit callbacks (queued extraction) inside test transactions, as in production."""

    def run(callable_, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return callable_(*args, **kwargs)

    return run


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(
        username="editor", password="correct horse battery", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


ARTIFACTS_DIR = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser).

    Skipped on a developer machine without chromium; in CI a missing browser is a failure.
    """
    chromium = shutil.which("chromium")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls made by the
    # test itself are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab whose relative URLs point at the live test server."""
    context = browser.new_context(base_url=live_server.url)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def screenshot(page, request):
    """Save a screenshot of the page under test-artifacts/, named after the test."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)

    def take(label: str = "") -> Path:
        name = request.node.name + (f"-{label}" if label else "")
        path = ARTIFACTS_DIR / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
