"""Public pages latency on 100,000 statements in PostgreSQL.

    .venv/bin/python bench/pages.py [--statements 100000] [--repeat 30] [--reseed]

Creates (once) a separate database, by default postgres://postgres@127.0.0.1:5432/quotesdb_bench
(set BENCH_DATABASE_URL for another), migrates it and seeds it with synthetic news: a few
thousand speakers whose statement counts follow a Zipf law (a handful of very quoted
people, a long tail), weighted countries, outlets and topics, three years of dates, and
~85% of statements approved. A seeded database is reused unless --reseed is given.

Then requests each page through Django's test Client (full middleware, templates and
queries; no network), --repeat times after two warm-up requests, and prints p50/p95
latency in milliseconds and the queries per request. It also prints PostgreSQL's plan for
the search filter, to show the full-text GIN index is used. A script, not a test: nothing
is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import time

from benchdb import ROOT, prepare, setup_django

BENCH_URL = setup_django(default_url="postgres://postgres@127.0.0.1:5432/quotesdb_bench")
DEMO_ARTICLE = ROOT / "articles/demo/ap-2025-02-14-nato-ukraine.txt"

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils.text import slugify  # noqa: E402

from articles import search  # noqa: E402
from articles.models import Article, Person, PersonAlias, Statement, Topic  # noqa: E402

SEED = 20250214
BATCH = 5000
STATEMENTS_PER_ARTICLE = (2, 12)
FIRST_DAY = dt.date(2023, 1, 1)
DAYS = 3 * 365

FIRST_NAMES = """Pete Kaja Mark Ursula Volodymyr Emmanuel Olaf Keir Giorgia Donald Marco
Sergei Dmitry Antony Jens Annalena Boris Kamala Justin Mette Pedro Friedrich Xi Narendra
Recep Benjamin Andrzej Petr Gabrielius Radoslaw Maria Ahmed Fatima Lucia Hans Ingrid Yuki
Kenji Priya Ravi Chen Wei Olena Taras Andriy Margrethe Ana Luis Carmen Sofia""".split()
SURNAMES = """Hegseth Kallas Rutte Leyen Zelenskyy Macron Scholz Starmer Meloni Trump Rubio
Lavrov Peskov Blinken Stoltenberg Baerbock Pistorius Harris Trudeau Frederiksen Sanchez Merz
Jinping Modi Erdogan Netanyahu Duda Pavel Landsbergis Sikorski Novak Hassan Khalil Moreno
Schmidt Larsen Tanaka Sato Sharma Kumar Zhang Li Shevchenko Kovalenko Bondarenko Jensen
Silva Garcia Rossi Weber Fischer Dubois Petrov Ivanova Nowak Horvath Costa Berg""".split()
ROLES = """Defense Secretary|Foreign Minister|Prime Minister|President|spokesperson|
Secretary General|Defense Minister|Finance Minister|senator|ambassador|Chancellor|
economy minister|trade representative|general|analyst""".replace("\n", "").split("|")
ORGANIZATIONS = [
    "",
    "",
    "",
    "NATO",
    "European Union",
    "Pentagon",
    "Kremlin",
    "United Nations",
    "European Commission",
    "State Department",
    "Bundeswehr",
    "IMF",
]
COUNTRIES = (
    ["US"] * 20
    + ["UA"] * 10
    + ["RU"] * 8
    + ["DE"] * 7
    + ["FR"] * 6
    + ["GB"] * 6
    + [
        "PL",
        "PL",
        "IT",
        "IT",
        "EE",
        "LT",
        "LV",
        "NL",
        "BE",
        "DK",
        "SE",
        "FI",
        "NO",
        "CN",
        "CN",
        "IN",
        "TR",
        "IL",
        "JP",
        "CA",
        "ES",
        "HU",
        "CZ",
        "RO",
        "BR",
        "ZA",
        "",
    ]
)
OUTLETS = (
    ["The Associated Press"] * 6
    + ["Reuters"] * 5
    + [
        "AFP",
        "AFP",
        "BBC News",
        "The Guardian",
        "The New York Times",
        "Le Monde",
        "Der Spiegel",
        "Politico Europe",
        "Al Jazeera",
        "Kyiv Independent",
        "NHK World",
    ]
)
EXTRA_TOPICS = """Inflation|Interest rates|Artificial intelligence|Public health|Housing|
Education|Crime|Gaza|Taiwan|China relations|Cybersecurity|Space|Agriculture|Labour|
Taxes|Free speech|Media|Human rights|Nuclear weapons|Arctic""".replace("\n", "").split("|")
WORDS = """we will not accept any deal that is made behind our backs europe must be at the table
ukraine russia peace talks negotiations security guarantees the war has to end soon allies need
to spend more on defense and we need to spend better the alliance is strong and united there is
no betrayal there our support for kyiv remains unwavering sanctions will stay in place until
moscow withdraws its troops energy prices are falling the economy is growing tariffs are on the
table trade with china must be fair migration is a challenge for every member state elections
next year will decide the future climate policy needs investment inflation remains too high the
central bank will act the people deserve answers we are ready to talk but not at any price this
is a historic moment for the transatlantic partnership nobody wants escalation the ceasefire must
hold the aid package was approved by parliament weapons deliveries continue our soldiers are
ready the border is secure we have made progress but much remains to be done""".split()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per URL")
    parser.add_argument("--reseed", action="store_true", help="drop and seed again")
    return parser.parse_args(argv)


def zipf_weights(n: int, exponent: float = 1.1) -> list[float]:
    return [1 / (rank**exponent) for rank in range(1, n + 1)]


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """News words (the demo article, the topics' keywords, WORDS) with Zipf frequencies, so
    a search word matches anything from a handful to thousands of statements."""
    text = " ".join(
        [
            DEMO_ARTICLE.read_text(encoding="utf-8"),
            " ".join(" ".join(topic.keyword_list) for topic in Topic.objects.all()),
            " ".join(WORDS),
        ]
    )
    words = sorted({word.strip(".,;:!?\"'“”‘’()—-").lower() for word in text.split()} - {""})
    rng.shuffle(words)
    for common in reversed(WORDS[:12]):  # function words first, as in real text
        words.remove(common)
        words.insert(0, common)
    return words, zipf_weights(len(words), 1.0)


def make_quote(rng: random.Random, words: list[str], weights: list[float]) -> str:
    return " ".join(rng.choices(words, weights, k=rng.randint(8, 30))).capitalize()


def seed(total: int) -> None:
    rng = random.Random(SEED)
    started = time.perf_counter()
    for name in EXTRA_TOPICS:
        Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    topics = list(Topic.objects.all())
    topic_weights = zipf_weights(len(topics), 0.8)
    words, word_weights = vocabulary(rng)

    names = sorted({f"{first} {last}" for first in FIRST_NAMES for last in SURNAMES})
    rng.shuffle(names)
    names.remove("Pete Hegseth")
    names.insert(0, "Pete Hegseth")  # the most quoted speaker, for the typo search
    people_count = min(len(names), max(200, total // 40))
    people = Person.objects.bulk_create(
        Person(
            name=name,
            slug=slugify(name),
            role=rng.choice(ROLES),
            country=rng.choice(COUNTRIES),
            organization=rng.choice(ORGANIZATIONS),
        )
        for name in names[:people_count]
    )
    PersonAlias.objects.bulk_create(
        PersonAlias(person=person, name=person.name, normalized=person.name.lower())
        for person in people
    )
    person_weights = zipf_weights(len(people))

    made = article_number = 0
    pending: list[tuple[Article, list]] = []
    while made < total:
        article_number += 1
        published_on = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        count = min(rng.randint(*STATEMENTS_PER_ARTICLE), total - made)
        parts, spans = [], []
        for _ in range(count):
            quote = make_quote(rng, words, word_weights)
            person = rng.choices(people, person_weights)[0] if rng.random() > 0.08 else None
            offset = sum(len(part) for part in parts) + 1
            parts.append(f'"{quote}," {person.name if person else "officials"} said. ')
            spans.append((quote, offset, person))
        article = Article(
            headline=f"Leaders meet as talks continue, report {article_number}",
            body="".join(parts),
            outlet=rng.choice(OUTLETS),
            published_on=published_on,
            # bulk_create skips Article.save(), which would hash the body
            content_hash=hashlib.sha256(f"bench-{article_number}".encode()).hexdigest(),
            extraction_status=Article.ExtractionStatus.DONE,
        )
        pending.append((article, spans))
        made += count
        if sum(len(spans) for _, spans in pending) >= BATCH or made >= total:
            save_batch(pending, rng=rng, topics=topics, topic_weights=topic_weights)
            pending = []
            print(f"\rseeded {made:,} statements", end="", flush=True)
    with connection.cursor() as cursor:
        # As autovacuum would: statistics for the planner, visibility map for index-only scans.
        cursor.execute("VACUUM ANALYZE")
    print(f"\rseeded {made:,} statements in {time.perf_counter() - started:.0f} s")


def save_batch(pending, *, rng: random.Random, topics: list[Topic], topic_weights) -> None:
    Article.objects.bulk_create(article for article, _ in pending)
    statements, topic_lists = [], []
    for article, spans in pending:
        for quote, offset, person in spans:
            statements.append(
                Statement(
                    article=article,
                    person=person,
                    quote=quote,
                    kind=rng.choices(Statement.Kind.values, [5, 2, 3])[0],
                    start=offset,
                    end=offset + len(quote),
                    speaker_name=person.name if person else "",
                    source=person.name if person else "officials",
                    role=person.role if person else "",
                    country=person.country if person else "",
                    organization=person.organization if person else "",
                    confidence=round(rng.uniform(0.5, 1.0), 2),
                    status=rng.choices(Statement.ReviewStatus.values, [10, 85, 5])[0],
                    published_on=article.published_on,
                    outlet=article.outlet,
                )
            )
            topic_lists.append(
                rng.choices(topics, topic_weights, k=rng.choice([0, 1, 1, 1, 2, 2, 3]))
            )
    Statement.objects.bulk_create(statements)
    Through = Statement.topics.through
    Through.objects.bulk_create(
        Through(statement_id=statement.pk, topic_id=topic.pk)
        for statement, topics_of_statement in zip(statements, topic_lists, strict=True)
        for topic in set(topics_of_statement)
    )


def urls() -> list[tuple[str, str]]:
    approved = Statement.objects.filter(status=Statement.ReviewStatus.APPROVED)
    top_person = Person.objects.get(slug="pete-hegseth")
    median_person = Person.objects.order_by("id")[Person.objects.count() // 2]
    by_size = Topic.objects.annotate(n=Count("statements")).order_by("-n", "id")
    topic, small_topic = by_size.first(), by_size.last()
    statement = approved.order_by("-id").first()
    return [
        ("list", "/"),
        ("list page 200", "/?page=200"),
        ("list person (top)", f"/?person={top_person.slug}"),
        ("list country US", "/?country=US"),
        ("list country EE", "/?country=EE"),
        ("list topic (top)", f"/?topic={topic.slug}"),
        ("list topic (small)", f"/?topic={small_topic.slug}"),
        ("list organisation", "/?organization=NATO"),
        ("list kind", "/?kind=indirect"),
        ("list outlet", "/?outlet=Reuters"),
        ("list date range", "/?date_from=2024-03-01&date_to=2024-03-31"),
        ("list 3 filters", f"/?country=US&topic={topic.slug}&kind=direct"),
        ("search 'betrayal'", "/?q=betrayal"),
        ("search 'ukraine'", "/?q=ukraine"),
        ("search 'spend defense'", "/?q=spend+defense"),
        ("search + country", "/?q=ceasefire&country=UA"),
        ("person (top)", top_person.get_absolute_url()),
        ("person (median)", median_person.get_absolute_url()),
        ("country page US", "/countries/us/"),
        ("topic page", topic.get_absolute_url()),
        ("statement permalink", statement.get_absolute_url()),
        ("article", statement.article.get_absolute_url()),
        ("people index", "/people/"),
        ("people 'Hegsteh'", "/people/?q=Hegsteh"),
        ("feed search", "/feed/?q=ukraine"),
        ("sitemap index", "/sitemap.xml"),
        ("sitemap statements", "/sitemap-statements.xml?p=2"),
        ("csv export EE", "/statements.csv?country=EE"),
    ]


def time_url(client: Client, url: str, repeat: int) -> tuple[float, float, int]:
    for _ in range(2):
        assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return statistics.median(timings), p95, len(queries)


def search_plan(query: str) -> str:
    statements = search.search_statements(
        Statement.objects.filter(status=Statement.ReviewStatus.APPROVED), query=query
    )
    sql, params = statements.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not prepare(BENCH_URL, reseed=args.reseed, statements=args.statements, seed=seed):
        return 1
    approved = Statement.objects.filter(status=Statement.ReviewStatus.APPROVED).count()
    print(
        f"{Statement.objects.count():,} statements ({approved:,} approved), "
        f"{Person.objects.count():,} people, {Article.objects.count():,} articles, "
        f"{Topic.objects.count()} topics; PostgreSQL {connection.pg_version // 10000}"
    )
    # Not setup_test_environment(): its template instrumentation would double render times.
    settings.ALLOWED_HOSTS = ["testserver"]
    client = Client()
    print(f"\n{'page':<24} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}  url")
    for label, url in urls():
        p50, p95, queries = time_url(client, url, args.repeat)
        print(f"{label:<24} {p50:8.1f} {p95:8.1f} {queries:8d}  {url}")
    for query in ("betrayal", "ukraine"):
        plan = search_plan(query)
        uses = "uses" if search.STATEMENT_SEARCH_INDEX in plan else "does NOT use"
        print(f"\nsearch '{query}' {uses} {search.STATEMENT_SEARCH_INDEX}:\n{plan}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
