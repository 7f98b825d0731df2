"""Load the demo articles shipped in articles/demo/ through the ingestion service and publish
their statements, so a fresh install shows real content. Safe to run twice."""

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand

from articles import services

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


class Command(BaseCommand):
    help = "Load the demo articles and approve their statements."

    def handle(self, *args, **options):
        for entry in json.loads((DEMO_DIR / "articles.json").read_text(encoding="utf-8")):
            body = (DEMO_DIR / entry["file"]).read_text(encoding="utf-8")
            existing, _ = services.find_duplicate_article(body=body, url=entry["url"])
            if existing:
                self.stdout.write(f"Already loaded: {existing}")
                continue
            article = services.create_article(
                body=body,
                headline=entry["headline"],
                outlet=entry["outlet"],
                byline=entry["byline"],
                dateline=entry["dateline"],
                published_on=dt.date.fromisoformat(entry["published_on"]),
                url=entry["url"],
                queue_extraction=False,  # demo content must be there now, worker or not
            )
            services.run_extraction(article=article)
            approved = services.approve_statements(statements=article.statements.all())
            self.stdout.write(
                self.style.SUCCESS(f"Loaded {article}: {approved} statements published")
            )
