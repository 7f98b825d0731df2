"""Re-extraction keeps a statement's row, and so its id and permalink, when the new run
finds the same span again (the real attribution module)."""

import pytest

from articles import services
from articles.models import Statement
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db

BODY = (
    '"We will keep the harbour open," Ilse Marwood said on Monday. "Tolls must fall," she '
    "added. Marwood said the ferry strike was over."
)
SUGGESTED = Statement.ReviewStatus.SUGGESTED


def ingest(run_on_commit, body: str = BODY):
    article = run_on_commit(services.create_article, body=body)
    article.refresh_from_db()
    return article


def ids_by_quote(article) -> dict[str, int]:
    return dict(article.statements.values_list("quote", "pk"))


def test_a_statement_an_editor_reset_to_suggested_keeps_its_permalink(run_on_commit, client):
    # Published, shared, then sent back for review: re-extraction replaced it with a new
    # row, and its permalink (/statements/<id>/) answered 404 once it was approved again.
    article = ingest(run_on_commit)
    statement = article.statements.get(quote="Tolls must fall,")
    services.approve_statements(statements=Statement.objects.filter(pk=statement.pk))
    assert client.get(f"/statements/{statement.pk}/").status_code == 200
    services.correct_statement(statement=statement, status=SUGGESTED)

    services.run_extraction(article=article)

    services.approve_statements(statements=Statement.objects.filter(pk=statement.pk))
    assert client.get(f"/statements/{statement.pk}/").status_code == 200


def test_every_suggestion_found_again_keeps_its_id(run_on_commit):
    article = ingest(run_on_commit)
    before = ids_by_quote(article)

    summary = services.run_extraction(article=article)

    assert ids_by_quote(article) == before
    # As before: the untouched suggestions are replaced by what the new run found.
    assert (summary.added, summary.kept, summary.removed) == (3, 0, 3)


def test_a_suggestion_found_again_takes_the_new_runs_reading(run_on_commit):
    # An older module version read the speaker, kind and topics differently: the row stays,
    # its content is the new run's.
    ports = TopicFactory(name="Ports", keywords="harbour")
    article = ingest(run_on_commit)
    statement = article.statements.get(quote="We will keep the harbour open,")
    Statement.objects.filter(pk=statement.pk).update(
        speaker_name="Marwood", kind=Statement.Kind.PARTIAL, confidence=0.1, person=None
    )
    statement.topics.clear()

    services.run_extraction(article=article)

    statement.refresh_from_db()
    assert (statement.speaker_name, statement.kind) == ("Ilse Marwood", Statement.Kind.DIRECT)
    assert statement.person.name == "Ilse Marwood" and statement.confidence > 0.1
    assert list(statement.topics.all()) == [ports]
    assert statement.status == SUGGESTED and not statement.edited_by_editor


def test_a_suggestion_the_new_run_does_not_find_is_removed(run_on_commit):
    article = ingest(run_on_commit)
    gone = Statement.objects.create(
        article=article, quote="on Monday", kind=Statement.Kind.INDIRECT, start=50, end=59
    )

    services.run_extraction(article=article)

    assert not Statement.objects.filter(pk=gone.pk).exists()
    assert article.statements.count() == 3
