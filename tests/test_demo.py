"""The run command's setup steps: demo data and the editor account."""

import pytest
from django.core.management import call_command

from articles.models import Article, Statement

pytestmark = pytest.mark.django_db


def test_load_demo_publishes_the_reference_article_once(client):
    call_command("load_demo")
    call_command("load_demo")  # the second run finds it loaded

    article = Article.objects.get()
    assert article.extraction_status == Article.ExtractionStatus.DONE
    assert article.statements.exclude(status=Statement.ReviewStatus.APPROVED).count() == 0
    page = client.get("/").content.decode()
    assert "There can be no negotiation about Ukraine without Ukraine" in page
    assert count_api_statements(client) == article.statements.count() > 0


def count_api_statements(client) -> int:
    total, url = 0, "/api/statements/"
    while url:
        page = client.get(url).json()
        total += len(page["results"])
        url = page["next"]
    return total


def test_create_editor_prints_working_credentials(client, capsys):
    call_command("create_editor", "--username", "desk")
    out = capsys.readouterr().out
    password = out.split("password:")[1].strip()
    assert client.login(username="desk", password=password)
    assert client.get("/admin/").status_code == 200
