"""Production setting: extraction queued in the database and run by `manage.py db_worker`."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from articles.models import Article

# The worker closes "old" connections between tasks, which inside a test transaction would
# close the test's own connection: the test runs committed. (The database is flushed after
# it, Editors group included, so a superuser pastes; editors' permissions are tested apart.)
pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@override_settings(TASKS=DATABASE_TASKS)
def test_pasted_article_waits_for_the_worker_then_is_extracted(admin_client):
    from django_tasks_db.models import DBTaskResult

    response = admin_client.post(
        reverse("admin:articles_article_add"),
        {"headline": "Talks", "body": '"We will keep talking," Jane Doe said on Friday.'},
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.extraction_status == Article.ExtractionStatus.PENDING
    assert DBTaskResult.objects.count() == 1
    assert "qdb-pending" in admin_client.get(response["Location"]).content.decode()

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.DONE
    assert article.statements.get().quote == "We will keep talking,"
