"""Background work, through the Django Tasks API (immediate backend unless configured)."""

from django_tasks import task

from articles.models import Article


@task()
def extract_article(article_id: int) -> None:
    from articles.services import run_extraction

    article = Article.objects.filter(pk=article_id).first()
    if article is not None:  # deleted before the worker got to it
        run_extraction(article=article)
