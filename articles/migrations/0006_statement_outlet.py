"""Statements carry their article's outlet, as they already carry its news date, so the
outlet filter and facet read one index instead of joining articles.

The copy step also refreshes published_on: article edits in the admin did not update it
before services.save_article. Unapplying drops the column and its index.
"""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_from_articles(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Statement = apps.get_model("articles", "Statement")
    article = Article.objects.filter(pk=OuterRef("article_id"))
    Statement.objects.update(
        outlet=Subquery(article.values("outlet")[:1]),
        published_on=Subquery(article.values("published_on")[:1]),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_search_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="statement",
            name="outlet",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.RunPython(copy_from_articles, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="statement",
            index=models.Index(
                fields=["outlet", "status", "-published_on"], name="stmt_outlet_idx"
            ),
        ),
    ]
