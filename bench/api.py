"""API latency: /api/statements/ cursor pages on PostgreSQL with many statements.

    .venv/bin/python bench/api.py [--statements 50000] [--pages 10] [--repeat 3] [--reseed]

Creates (once) a separate database, by default
postgres://postgres@127.0.0.1:5432/quotesdb_api_bench (set BENCH_DATABASE_URL for another),
migrates it and seeds it with synthetic statements: 500 speakers, ten statements per
article, one article in 50 without a date, four statements in five approved. A seeded
database is reused unless --reseed is given.

Then, for each URL (the default order, news date oldest first, by id, a filter), follows
`next` through --pages successive pages of 100 statements, --repeat times after one warm-up
walk, through Django's test Client (full middleware, throttling and serialisation; no
network), and prints the median and p95 page latency in milliseconds. For each it also
prints PostgreSQL's EXPLAIN ANALYZE of the first page's statement query: its execution time
and how it reads the statements. A script, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time

# The benchmark is one anonymous client making hundreds of requests a minute.
os.environ["API_ANON_RATE"] = "1000000/minute"

from benchdb import prepare, setup_django  # noqa: E402

BENCH_URL = setup_django(default_url="postgres://postgres@127.0.0.1:5432/quotesdb_api_bench")

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from articles.models import Article, Person, Statement  # noqa: E402

SEED = 1
PEOPLE = 500
STATEMENTS_PER_ARTICLE = 10
COUNTRIES = ["FR", "DE", "US", "GB"]
PAGE_SIZE = 100
URLS = [
    ("default (news date, newest)", "/api/statements/"),
    ("news date, oldest first", "/api/statements/?ordering=published_on"),
    ("id, latest added first", "/api/statements/?ordering=-id"),
    ("country FR (default order)", "/api/statements/?country=FR"),
]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=50_000)
    parser.add_argument("--pages", type=int, default=10, help="successive pages per walk")
    parser.add_argument("--repeat", type=int, default=3, help="timed walks per URL")
    parser.add_argument("--reseed", action="store_true", help="drop and seed again")
    return parser.parse_args(argv)


def seed(total: int) -> None:
    rng = random.Random(SEED)
    started = time.perf_counter()
    people = Person.objects.bulk_create(
        Person(name=f"Speaker {n}", slug=f"speaker-{n}", country=rng.choice(COUNTRIES))
        for n in range(PEOPLE)
    )
    articles = Article.objects.bulk_create(
        Article(
            body=f"Article {n}",
            # bulk_create skips Article.save(), which would hash the body
            content_hash=f"{n:064d}",
            headline=f"Headline {n}",
            outlet=rng.choice(["The Associated Press", "Reuters"]),
            published_on=None if n % 50 == 0 else dt.date(2020, 1, 1) + dt.timedelta(n % 2000),
            extraction_status=Article.ExtractionStatus.DONE,
        )
        for n in range(-(-total // STATEMENTS_PER_ARTICLE))
    )
    statements = []
    for n in range(total):
        article, person = articles[n // STATEMENTS_PER_ARTICLE], rng.choice(people)
        start = (n % STATEMENTS_PER_ARTICLE) * 100
        statements.append(
            Statement(
                article=article,
                person=person,
                quote=f"Quote {n} about things",
                kind=Statement.Kind.DIRECT,
                start=start,
                end=start + 20,
                speaker_name=person.name,
                country=person.country,
                status=Statement.ReviewStatus.APPROVED if n % 5 else "suggested",
                published_on=article.published_on,
                outlet=article.outlet,
                confidence=0.8,
            )
        )
    Statement.objects.bulk_create(statements, batch_size=5000)
    with connection.cursor() as cursor:
        # As autovacuum would: statistics for the planner, visibility map for index-only scans.
        cursor.execute("VACUUM ANALYZE")
    print(f"seeded {total:,} statements in {time.perf_counter() - started:.0f} s")


def first_page(url: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}page_size={PAGE_SIZE}"


def walk(client: Client, url: str, pages: int) -> list[float]:
    """Milliseconds per page, following `next` from the first page."""
    timings = []
    url = first_page(url)
    for _ in range(pages):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.content[:200]
        url = response.json()["next"]
        if url is None:
            break
    return timings


def first_page_plan(client: Client, url: str) -> tuple[str, list[str]]:
    """The execution time of the first page's statement query and its scan nodes."""
    with CaptureQueriesContext(connection) as queries:
        client.get(first_page(url))
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN ANALYZE {queries.captured_queries[0]['sql']}")
        plan = [row[0].strip() for row in cursor.fetchall()]
    execution = next(line for line in plan if line.startswith("Execution Time"))
    scans = [line.removeprefix("->  ") for line in plan if "on articles_statement" in line]
    return execution, scans


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not prepare(BENCH_URL, reseed=args.reseed, statements=args.statements, seed=seed):
        return 1
    approved = Statement.objects.filter(status=Statement.ReviewStatus.APPROVED).count()
    print(
        f"{Statement.objects.count():,} statements ({approved:,} approved), "
        f"{Article.objects.filter(published_on=None).count():,} of "
        f"{Article.objects.count():,} articles undated; PostgreSQL {connection.pg_version // 10000}"
    )
    settings.ALLOWED_HOSTS = ["testserver"]
    client = Client()
    print(f"\n{args.pages} successive pages of {PAGE_SIZE}, {args.repeat} walks")
    print(f"{'order':<30} {'p50 ms':>8} {'p95 ms':>8}  url")
    for label, url in URLS:
        walk(client, url, args.pages)  # warm-up
        timings = sorted(t for _ in range(args.repeat) for t in walk(client, url, args.pages))
        p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
        print(f"{label:<30} {statistics.median(timings):8.1f} {p95:8.1f}  {url}")
    for label, url in URLS:
        execution, scans = first_page_plan(client, url)
        print(f"\n{label}: first page query {execution}")
        for scan in scans:
            print(f"  {scan}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
