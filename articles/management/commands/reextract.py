"""Re-run quote attribution over stored articles, e.g. after upgrading the module.

Without arguments it takes the articles the current extractor has not processed (pending,
failed, or extracted by an older version). Editors' work is kept: approved, rejected and
edited statements stay; untouched suggestions are replaced."""

from django.core.management.base import BaseCommand, CommandError

from articles import attribution, selectors, services
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Re-extract statements: by default every article not yet processed by extractor "
        f"{attribution.EXTRACTOR_VERSION}; keeps approved, rejected and edited statements."
    )

    def add_arguments(self, parser):
        parser.add_argument("article_ids", nargs="*", type=int, help="only these articles")
        parser.add_argument("--all", action="store_true", dest="every", help="every article")
        parser.add_argument(
            "--queue",
            action="store_true",
            help="queue the work for the task worker instead of running it now",
        )
        parser.add_argument("--dry-run", action="store_true", help="list, change nothing")

    def handle(self, *args, article_ids, every, queue, dry_run, **options):
        if article_ids and every:
            raise CommandError("Give article ids or --all, not both.")
        if article_ids:
            articles = Article.objects.filter(pk__in=article_ids).order_by("pk")
            missing = set(article_ids) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        elif every:
            articles = Article.objects.order_by("created_at", "pk")
        else:
            articles = selectors.articles_needing_extraction()

        failed = processed = 0
        # one article in memory at a time: bodies can be long and archives large
        for pk in list(articles.values_list("pk", flat=True)):
            article = Article.objects.get(pk=pk)
            label = f"#{article.pk} {article.headline or '(no headline)'}"
            if dry_run:
                self.stdout.write(
                    f"would re-extract {label} (extractor {article.extractor_version or '-'})"
                )
                continue
            processed += 1
            if queue:
                services.request_extraction(article=article)
                self.stdout.write(f"queued {label}")
                continue
            summary = services.run_extraction(article=article)
            if article.extraction_status == Article.ExtractionStatus.FAILED:
                failed += 1
                self.stderr.write(f"FAILED {label}: {article.extraction_error}")
            else:
                self.stdout.write(
                    f"{label}: {summary.added} new, {summary.kept} kept, {summary.removed} replaced"
                )
        if not dry_run:
            verb = "queued" if queue else "re-extracted"
            self.stdout.write(
                f"{processed} article(s) {verb} with extractor {attribution.EXTRACTOR_VERSION}."
            )
        if failed:
            raise CommandError(f"{failed} article(s) failed; their errors are shown in the admin.")
