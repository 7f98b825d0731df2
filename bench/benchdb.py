"""What the page and API benchmarks share: Django on a PostgreSQL database of their own."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(*, default_url: str) -> str:
    """Point Django at the benchmark database (BENCH_DATABASE_URL overrides) and set it up."""
    url = os.environ.get("BENCH_DATABASE_URL", default_url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quotesdb.settings_test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return url


def ensure_database(url: str, *, reseed: bool) -> None:
    """Create the database once (again with reseed) and bring it to the latest migration."""
    import psycopg
    from django.core.management import call_command

    admin_url, name = url.rsplit("/", 1)
    with psycopg.connect(f"{admin_url}/postgres", autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and reseed:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            admin.execute(f'CREATE DATABASE "{name}"')
    call_command("migrate", verbosity=0)


def prepare(url: str, *, reseed: bool, statements: int, seed) -> bool:
    """A migrated database holding `statements` statements, seeded by `seed(statements)` when
    empty. False (with a message) when it holds fewer from an earlier, smaller run."""
    from articles.models import Statement

    ensure_database(url, reseed=reseed)
    existing = Statement.objects.count()
    if existing >= statements:
        return True
    if existing:
        print(f"database has {existing:,} statements; run with --reseed", file=sys.stderr)
        return False
    seed(statements)
    return True
