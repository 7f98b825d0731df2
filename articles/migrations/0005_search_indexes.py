"""Indexes for the public pages' filters and search.

- Article.outlet: the outlet filter (both databases).
- PostgreSQL only: the pg_trgm extension (name similarity) and a GIN index on the full-text
  vector of quote + speaker name, built from the very expression the queries use. On SQLite
  these steps do nothing, both ways. Unapplying keeps pg_trgm: other code may use it
  (Django's TrigramExtension would drop it, and fails to unapply on SQLite).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations, models

STATEMENT_SEARCH_INDEX = "stmt_search_idx"
# Copy of articles.search.STATEMENT_SEARCH_VECTOR: migrations must not import app code
# that may change; a test checks that the two stay the same.
STATEMENT_SEARCH_VECTOR = SearchVector("quote", "speaker_name", config="english")


def search_index() -> GinIndex:
    return GinIndex(STATEMENT_SEARCH_VECTOR, name=STATEMENT_SEARCH_INDEX)


def create_trigram_extension(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def add_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("articles", "Statement"), search_index())


def remove_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("articles", "Statement"), search_index())


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_editorial_editor_permissions"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["outlet"], name="article_outlet_idx"),
        ),
        migrations.RunPython(create_trigram_extension, migrations.RunPython.noop),
        migrations.RunPython(add_search_index, remove_search_index),
    ]
