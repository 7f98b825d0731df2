"""Property-based contract test: schemathesis generates requests for every operation of the
live schema (served by the app itself) and checks that no answer is a server error and that
every status code, header and body is the one documented."""

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from quotesdb.wsgi import application
from tests.factories import ArticleFactory, PersonFactory, StatementFactory, TopicFactory

EXAMPLES_PER_OPERATION = 10
# Not checked: whether invalid input is refused and valid input accepted. Like DRF
# everywhere, an unusable limit, offset or page_size (or an empty filter) falls back to the
# default instead of being refused, and Django refuses text with NUL characters, which the
# schema does not spell out. Server errors and every answer's conformance are checked.
LENIENCIES = [negative_data_rejection, positive_data_acceptance]


@pytest.fixture
def published_data(db):
    """A few published statements for the generated requests to find."""
    topic = TopicFactory(name="Arctic", slug="arctic")
    speaker = PersonFactory(name="Mark Rutte", country="NL", organization="NATO")
    article = ArticleFactory(url="https://example.org/nato")
    for n in range(3):
        StatementFactory(
            article=article, person=speaker, topics=[topic], start=n * 50, end=n * 50 + 9
        )
    StatementFactory(person=None, country="", article=ArticleFactory(published_on=None))


@pytest.fixture
def test_connection_stays_open():
    """Requests sent straight to the WSGI app would close the database connection at their
    end, and with it the test's transaction; Django's test client detaches the same hook."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def api_schema(published_data, settings, test_connection_stays_open):
    settings.ALLOWED_HOSTS = ["localhost"]  # the host schemathesis sends
    # Throttling is tested elsewhere; here it would only turn generated requests into 429s.
    settings.REST_FRAMEWORK = {
        **django_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "user": "100000/minute"},
    }
    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


# schemathesis' own pytest integration (from_fixture/parametrize) does not run under
# pytest 9, so each operation gets a Hypothesis test of its own here.
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("client", ["anonymous", "editor"])
def test_api_answers_as_documented(api_schema, mode, client, request):
    headers = {}
    if client == "editor":
        token = request.getfixturevalue("editor_token")
        headers = {"Authorization": f"Token {token.key}"}
    failures = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 14

    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            derandomize=True,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def answers_as_documented(case):
            case.call_and_validate(headers=headers, excluded_checks=LENIENCIES)

        try:
            answers_as_documented()
        except Exception as failure:  # collect them all, then report every operation's
            failures.append(f"{operation.label}:\n{failure}")

    assert not failures, "\n\n".join(failures)
