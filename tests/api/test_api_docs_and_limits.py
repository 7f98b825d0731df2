"""The OpenAPI schema and its documentation pages, throttling and CORS."""

import re
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db


def test_schema_documents_every_endpoint_filter_and_error(api_client):
    schema = api_client.get("/api/schema/", {"format": "json"}).json()

    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for resource in ["statements", "articles", "people", "countries", "topics"]:
        assert f"/api/{resource}/" in paths
        assert any(path.startswith(f"/api/{resource}/{{") for path in paths)
    statement_list = paths["/api/statements/"]["get"]
    parameters = {parameter["name"] for parameter in statement_list["parameters"]}
    assert parameters >= {
        "person",
        "country",
        "topic",
        "organization",
        "kind",
        "outlet",
        "date_from",
        "date_to",
        "q",
        "ordering",
        "cursor",
        "page_size",
    }
    ordering = next(p for p in statement_list["parameters"] if p["name"] == "ordering")
    assert ordering["schema"]["default"] == "-published_on"
    assert "news date, newest first (default" in ordering["description"]
    assert set(statement_list["responses"]) == {"200", "400", "404", "429"}
    assert "Retry-After" in statement_list["responses"]["429"]["headers"]
    submit = paths["/api/articles/"]["post"]
    assert set(submit["responses"]) == {"202", "400", "401", "403", "409", "413", "429"}
    assert "Location" in submit["responses"]["202"]["headers"]
    assert set(paths["/api/statements/{id}/approve/"]["post"]["responses"]) == {
        "200",
        "401",
        "403",
        "404",
        "429",
        "400",
    }
    assert "60/minute" in schema["info"]["description"]


def test_schema_is_valid_openapi_and_generates_without_warnings():
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=StringIO())


def test_the_browsable_api_renders_cursor_pages(api_client):
    for _ in range(3):
        StatementFactory()
    page = api_client.get("/api/statements/", {"page_size": 2}, HTTP_ACCEPT="text/html")
    assert page.status_code == 200
    assert "cursor=" in page.content.decode()


@pytest.mark.parametrize(
    ("url", "asset"),
    [
        ("/api/docs/", "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js"),
        ("/api/redoc/", "drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js"),
    ],
)
@override_settings(WHITENOISE_USE_FINDERS=True)  # serve static files without collectstatic
def test_documentation_pages_are_served_from_the_app_without_a_cdn(client, url, asset):
    page = client.get(url).content.decode()

    assert f"/static/{asset}" in page
    linked = re.findall(r'(?:src|href)\s*=\s*"([^"]*)"', page)
    assert linked and all(link.startswith("/") for link in linked), linked  # no CDN
    assert "/api/schema/" in page
    assert client.get(f"/static/{asset}").status_code == 200


def rates(anon: str, user: str) -> dict:
    return {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": anon, "user": user}}


def test_anonymous_clients_beyond_the_limit_get_429_with_retry_after(api_client, editor_api):
    with override_settings(REST_FRAMEWORK=rates("2/minute", "3/minute")):
        assert api_client.get("/api/statements/").status_code == 200
        assert api_client.get("/api/topics/").status_code == 200
        throttled = api_client.get("/api/statements/")

        assert throttled.status_code == 429
        assert 0 < int(throttled["Retry-After"]) <= 60
        assert "throttled" in throttled.json()["detail"].lower()
        # Editors have their own, higher allowance.
        assert [editor_api.get("/api/topics/").status_code for _ in range(3)] == [200] * 3
        assert editor_api.get("/api/topics/").status_code == 429


def test_the_client_address_comes_from_the_connection_not_a_forwarded_header(api_client):
    with override_settings(REST_FRAMEWORK=rates("1/minute", "1/minute")):
        assert api_client.get("/api/topics/", HTTP_X_FORWARDED_FOR="10.0.0.1").status_code == 200
        spoofed = api_client.get("/api/topics/", HTTP_X_FORWARDED_FOR="10.0.0.2")
        assert spoofed.status_code == 429


@override_settings(CORS_ALLOWED_ORIGINS=["https://newsroom.example"])
def test_cors_allows_configured_origins_to_read_only(api_client):
    StatementFactory()

    read = api_client.get("/api/statements/", HTTP_ORIGIN="https://newsroom.example")
    assert read["Access-Control-Allow-Origin"] == "https://newsroom.example"
    assert read["Access-Control-Expose-Headers"] == "Retry-After"

    preflight = api_client.options(
        "/api/articles/",
        HTTP_ORIGIN="https://newsroom.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    allowed = {m.strip() for m in preflight["Access-Control-Allow-Methods"].split(",")}
    assert allowed == {"GET", "HEAD", "OPTIONS"}

    other = api_client.get("/api/statements/", HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in other
    page = api_client.get("/", HTTP_ORIGIN="https://newsroom.example")
    assert "Access-Control-Allow-Origin" not in page


def test_no_cross_origin_access_unless_configured(api_client):
    response = api_client.get("/api/statements/", HTTP_ORIGIN="https://newsroom.example")
    assert "Access-Control-Allow-Origin" not in response


def test_unknown_api_urls_are_json_404s_and_a_missing_slash_still_redirects(api_client):
    unknown = api_client.post("/api/no-such-thing/")
    assert (unknown.status_code, unknown.json()) == (404, {"detail": "Not found."})
    assert api_client.get("/api/statements/not-an-id/").json() == {"detail": "Not found."}
    assert api_client.get("/api/statements")["Location"] == "/api/statements/"
