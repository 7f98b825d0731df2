"""Accent-insensitive search on PostgreSQL ("Sebastien" finds "Sébastien").

- The `unaccent` extension (Django's UnaccentExtension, which does nothing on other
  databases). Unapplying keeps it, as 0005 keeps pg_trgm: other code may use it, and
  Django's own backwards step queries pg_extension, which fails on SQLite.
- The text search configuration `english_unaccent`: a copy of `english` whose word
  mappings run `unaccent` before the English stemmer. This is the standard approach (the
  PostgreSQL unaccent documentation's example): to_tsvector('english_unaccent', ...) stays
  IMMUTABLE, so the functional GIN index can be built on it as it is, while wrapping the
  text in unaccent() (only STABLE) would need an IMMUTABLE wrapper function around it.
- stmt_search_idx rebuilt on the vector of that configuration (the expression
  articles.search queries with).

On SQLite every step does nothing, both ways (the SQLite fallback folds accents in Python:
articles.search.fold).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import UnaccentExtension
from django.contrib.postgres.search import SearchVector
from django.db import migrations

STATEMENT_SEARCH_INDEX = "stmt_search_idx"
# Copy of articles.search.STATEMENT_SEARCH_VECTOR: migrations must not import app code
# that may change; a test checks that the two stay the same.
STATEMENT_SEARCH_VECTOR = SearchVector("quote", "speaker_name", config="english_unaccent")
# The index 0005 built, before this migration.
PREVIOUS_SEARCH_VECTOR = SearchVector("quote", "speaker_name", config="english")

CREATE_CONFIGURATION = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'english_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION english_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    END IF;
END
$$;
"""


class KeptUnaccentExtension(UnaccentExtension):
    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass


def index(vector: SearchVector) -> GinIndex:
    return GinIndex(vector, name=STATEMENT_SEARCH_INDEX)


def use_unaccent_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    statement = apps.get_model("articles", "Statement")
    schema_editor.execute(CREATE_CONFIGURATION)
    schema_editor.remove_index(statement, index(PREVIOUS_SEARCH_VECTOR))
    schema_editor.add_index(statement, index(STATEMENT_SEARCH_VECTOR))


def use_english_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    statement = apps.get_model("articles", "Statement")
    schema_editor.remove_index(statement, index(STATEMENT_SEARCH_VECTOR))
    schema_editor.add_index(statement, index(PREVIOUS_SEARCH_VECTOR))
    schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS english_unaccent")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_statement_context_help"),
    ]

    operations = [
        KeptUnaccentExtension(),
        migrations.RunPython(use_unaccent_configuration, use_english_configuration),
    ]
