"""manage.py reextract: bring stored articles up to the current extractor, keeping editors' work."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles import attribution, selectors, services
from articles.models import Article, Statement
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

QUOTE_BODY = '"We will keep talking," Minister Jane Doe said on day {}. "No deal yet," she added.'


def reextract(*args):
    out = StringIO()
    call_command("reextract", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def article(**fields):
    return ArticleFactory(body=QUOTE_BODY.format(Article.objects.count()), **fields)


def test_needing_extraction_is_pending_failed_or_older_versions():
    current = article(extractor_version=attribution.EXTRACTOR_VERSION)
    older = article(extractor_version="0.9.0")
    failed = article(
        extraction_status=Article.ExtractionStatus.FAILED,
        extractor_version=attribution.EXTRACTOR_VERSION,
    )
    pending = article(extraction_status=Article.ExtractionStatus.PENDING, extractor_version="")

    needing = list(selectors.articles_needing_extraction())

    assert current not in needing
    assert needing == [older, failed, pending]  # oldest first


def test_default_run_upgrades_outdated_articles_and_keeps_approved_statements():
    outdated = article(extractor_version="0.9.0")
    services.run_extraction(article=outdated)
    first = outdated.statements.order_by("start").first()
    services.approve_statements(statements=Statement.objects.filter(pk=first.pk))
    Article.objects.filter(pk=outdated.pk).update(extractor_version="0.9.0")
    current = article(extractor_version=attribution.EXTRACTOR_VERSION)

    output = reextract()

    outdated.refresh_from_db()
    assert outdated.extractor_version == attribution.EXTRACTOR_VERSION
    assert outdated.extraction_status == Article.ExtractionStatus.DONE
    assert outdated.statements.get(pk=first.pk).status == Statement.ReviewStatus.APPROVED
    assert outdated.statements.count() == 2  # no span saved twice
    assert f"#{outdated.pk}" in output and f"#{current.pk}" not in output
    assert "1 article(s) re-extracted" in output
    assert not current.statements.exists()  # up to date: left alone


def test_dry_run_lists_and_changes_nothing():
    outdated = article(extractor_version="0.9.0")

    output = reextract("--dry-run")

    assert f"would re-extract #{outdated.pk}" in output
    outdated.refresh_from_db()
    assert outdated.extractor_version == "0.9.0"
    assert not outdated.statements.exists()


def test_ids_and_all_select_articles_whatever_their_version():
    one = article(extractor_version=attribution.EXTRACTOR_VERSION)
    other = article(extractor_version=attribution.EXTRACTOR_VERSION)

    reextract(str(one.pk))
    assert one.statements.exists() and not other.statements.exists()

    reextract("--all")
    assert other.statements.exists()


def test_unknown_ids_and_conflicting_options_are_clear_errors():
    with pytest.raises(CommandError, match="No article with id 999"):
        reextract("999")
    with pytest.raises(CommandError, match="not both"):
        reextract("1", "--all")


def test_queue_goes_through_the_task_backend(run_on_commit):
    outdated = article(extractor_version="0.9.0")

    output = run_on_commit(reextract, "--queue")  # the immediate backend runs it on commit

    assert f"queued #{outdated.pk}" in output
    outdated.refresh_from_db()
    assert outdated.extraction_status == Article.ExtractionStatus.DONE
    assert outdated.statements.count() == 2


def test_a_failing_article_is_reported_and_the_command_fails(monkeypatch):
    # The failure is injected at the module boundary, as in the service tests.
    def broken_extract(text, **options):
        raise RuntimeError("tokenizer exploded")

    monkeypatch.setattr(services.attribution, "extract", broken_extract)
    outdated = article(extractor_version="0.9.0")

    with pytest.raises(CommandError, match="1 article"):
        reextract()

    outdated.refresh_from_db()
    assert outdated.extraction_status == Article.ExtractionStatus.FAILED
    assert outdated.extraction_error == "RuntimeError: tokenizer exploded"
