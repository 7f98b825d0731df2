"""The starting set of topics (articles/data/topics.json); editors maintain them afterwards."""

import json
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

TOPICS_FILE = Path(__file__).resolve().parent.parent / "data" / "topics.json"


def load_starter_topics(apps, schema_editor):
    Topic = apps.get_model("articles", "Topic")
    for entry in json.loads(TOPICS_FILE.read_text(encoding="utf-8")):
        Topic.objects.get_or_create(
            slug=slugify(entry["name"]),
            defaults={
                "name": entry["name"],
                "description": entry["description"],
                "keywords": "\n".join(entry["keywords"]),
            },
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_editors_group")]

    operations = [migrations.RunPython(load_starter_topics, migrations.RunPython.noop)]
