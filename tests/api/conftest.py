"""Fixtures for the API tests: API clients for the public, an editor (by token) and a
signed-in user who is not an editor."""

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def fresh_throttle_counts():
    """Throttling counts requests in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def editor_token(editor) -> Token:
    return Token.objects.create(user=editor)


@pytest.fixture
def editor_api(editor_token) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {editor_token.key}")
    return client


@pytest.fixture
def reader_api(django_user_model) -> APIClient:
    """Signed in with a valid token, but without any editor permission."""
    user = django_user_model.objects.create_user(username="reader", password="x" * 12)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client
