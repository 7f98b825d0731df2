"""Every migration applies and unapplies, on SQLite and, when the suite runs on PostgreSQL,
there too: `manage.py migrate` in a subprocess on a scratch database of its own."""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def migrate(database_url: str, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "manage.py", "migrate", *args, "--settings=quotesdb.settings_test"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def forth_and_back(database_url: str) -> None:
    migrate(database_url)
    migrate(database_url, "articles", "0004")  # before the search indexes (pg_trgm)
    migrate(database_url, "articles", "zero")
    migrate(database_url)


def test_migrations_apply_and_unapply_on_sqlite(tmp_path):
    forth_and_back(f"sqlite:///{tmp_path / 'db.sqlite3'}")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the suite runs on SQLite")
def test_migrations_apply_and_unapply_on_postgresql():
    server = connection.settings_dict
    name = f"{server['NAME']}_migrations"
    login = server["USER"] + (f":{server['PASSWORD']}" if server["PASSWORD"] else "")
    base = f"postgres://{login}@{server['HOST'] or 'localhost'}:{server['PORT'] or 5432}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            forth_and_back(f"{base}/{name}")
        finally:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
