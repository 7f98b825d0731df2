"""manage.py api_token: create, rotate and revoke an editor's API token."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token

pytestmark = pytest.mark.django_db


def issue_token(*args: str) -> str:
    out = StringIO()
    call_command("api_token", *args, stdout=out)
    return out.getvalue().strip()


def test_prints_a_token_that_authenticates_the_editor(editor, api_client):
    key = issue_token("editor")

    api_client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    response = api_client.post("/api/articles/", {"body": "x"}, format="json")
    assert response.status_code == 202


def test_a_new_token_replaces_the_old_one(editor):
    first = issue_token("editor")
    second = issue_token("editor")
    assert first != second
    assert list(Token.objects.values_list("key", flat=True)) == [second]


def test_revoke_deletes_the_token(editor):
    issue_token("editor")
    issue_token("editor", "--revoke")
    assert not Token.objects.exists()


def test_refuses_unknown_users_and_non_editors(django_user_model):
    django_user_model.objects.create_user(username="reader")
    with pytest.raises(CommandError, match="No user named"):
        issue_token("nobody")
    with pytest.raises(CommandError, match="not an active editor"):
        issue_token("reader")
    assert not Token.objects.exists()
