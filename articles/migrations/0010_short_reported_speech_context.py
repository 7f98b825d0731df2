"""The sentence around each short piece of reported speech ("praised his team's
resilience"), filled in for statements saved before."""

from django.db import migrations

from articles.quote_context import SHORT_REPORTED_WORDS, SentenceIndex


def fill_short_reported_contexts(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Statement = apps.get_model("articles", "Statement")
    reported = Statement.objects.filter(kind="indirect", context_before="", context_after="")
    for article in Article.objects.filter(pk__in=reported.values("article_id")).iterator():
        sentences = SentenceIndex(article.body)
        statements = [
            s
            for s in reported.filter(article=article)
            if len(article.body[s.start : s.end].split()) < SHORT_REPORTED_WORDS
        ]
        for statement in statements:
            context = sentences.context(statement.start, statement.end)
            statement.context_before, statement.context_after = context.before, context.after
        Statement.objects.bulk_update(statements, ["context_before", "context_after"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0009_statement_quote_context"),
    ]

    operations = [
        migrations.RunPython(fill_short_reported_contexts, migrations.RunPython.noop),
    ]
