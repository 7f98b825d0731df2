"""An index for the API's default order: published statements by news date, newest first,
on exactly the expression the cursor pages sort by (articles.models.NEWS_DATE: undated
statements as 0001-01-01), then the id."""

import datetime

from django.db import migrations, models
from django.db.models.functions import Coalesce


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_statement_outlet"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="statement",
            index=models.Index(
                Coalesce("published_on", models.Value(datetime.date(1, 1, 1))).desc(),
                models.F("id").desc(),
                condition=models.Q(("status", "approved")),
                name="stmt_news_date_idx",
            ),
        ),
    ]
