"""Full-text indexes on people's names and other names (aliases), on PostgreSQL.

Search matches each term of a query against the statements and against the names of
their people (articles.search._people_with_a_name), so a query of three words looks names
up three times: without an index, each is a to_tsvector() over every name and alias.
The indexes are on exactly the expression the search uses (PERSON_NAME_VECTOR, which a
test compares with articles.search).

On SQLite both steps do nothing (its fallback search has no full-text index).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# Copy of articles.search.NAME_SEARCH_VECTOR: migrations must not import app code that
# may change; a test checks that the two stay the same.
NAME_SEARCH_VECTOR = SearchVector("name", config="english_unaccent")
INDEXES = {"Person": "person_name_search_idx", "PersonAlias": "alias_name_search_idx"}


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model, name in INDEXES.items():
        index = GinIndex(NAME_SEARCH_VECTOR, name=name)
        schema_editor.add_index(apps.get_model("articles", model), index)


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model, name in INDEXES.items():
        index = GinIndex(NAME_SEARCH_VECTOR, name=name)
        schema_editor.remove_index(apps.get_model("articles", model), index)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0013_topic_slug_history"),
    ]

    operations = [
        migrations.RunPython(add_indexes, remove_indexes),
    ]
