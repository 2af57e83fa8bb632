"""Shared fixtures. ``db_url`` runs a store test on SQLite and on PostgreSQL;
``seed_reports`` gives the seed reports of ../shared, or skips saying where they were looked
for. Paths are in tests/paths.py; helpers shared by several test modules are modules of their
own beside this one (badfiles, clirun, processes, auditfacts, goldfacts, tablefacts), never
imported from another test module.

PostgreSQL is the server at env ``BAOCAO_TEST_PG`` (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``); each test gets a fresh schema, dropped
afterwards. The PostgreSQL runs are skipped, with the reason, only when the server is
unreachable.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from paths import SEEDS, seed_files

# Property tests check what a parser returns, never how fast: machines here are shared and
# noisy (speed is measured in bench/), so Hypothesis's per-example deadline is off.
settings.register_profile("baocao", deadline=None)
settings.load_profile("baocao")

PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _pg_conninfo() -> str:
    return os.environ.get("BAOCAO_TEST_PG", PG_DEFAULT).replace(
        "postgresql+psycopg://", "postgresql://"
    )


@pytest.fixture(scope="session")
def _pg_reachable() -> str | None:
    """None when the test PostgreSQL answers, else why not."""
    import psycopg

    try:
        with psycopg.connect(_pg_conninfo(), connect_timeout=3):
            return None
    except psycopg.Error as e:
        return f"PostgreSQL at {_pg_conninfo()} unreachable: {str(e).strip().splitlines()[0]}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL for an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    reason = request.getfixturevalue("_pg_reachable")
    if reason:
        pytest.skip(reason)
    import psycopg

    schema = f"baocao_test_{secrets.token_hex(6)}"
    with psycopg.connect(_pg_conninfo(), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    base = os.environ.get("BAOCAO_TEST_PG", PG_DEFAULT)
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(_pg_conninfo(), autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(scope="session")
def make_document():
    """A factory for in-memory text documents, as the text loader makes them: NFC text with
    ``\\n`` line ends; ``pages`` (optional) are page texts, joined in order."""
    import hashlib
    import unicodedata

    from baocao.model import Document, Format, Page

    def make(text: str = "", *, name: str = "report.txt", pages: list[str] | None = None):
        page_records: list[Page] = []
        if pages is not None:
            offset = 0
            for number, page in enumerate(pages, 1):
                page = unicodedata.normalize("NFC", page)
                page_records.append(Page(number, offset, offset + len(page)))
                offset += len(page)
            text = "".join(unicodedata.normalize("NFC", p) for p in pages)
        text = unicodedata.normalize("NFC", text)
        return Document(
            path=name,
            name=name,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            format=Format.TEXT,
            text=text,
            pages=tuple(page_records),
            size_bytes=len(text.encode()),
        )

    return make


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def new_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator:
    """A factory of URLs of brand-new, empty databases (``new_db_url()`` → a new SQLite file,
    or a new PostgreSQL schema), for tests that need several; each dropped afterwards."""
    if request.param == "postgresql":
        reason = request.getfixturevalue("_pg_reachable")
        if reason:
            pytest.skip(reason)
    import psycopg

    schemas: list[str] = []
    base = os.environ.get("BAOCAO_TEST_PG", PG_DEFAULT)
    separator = "&" if "?" in base else "?"

    def make() -> str:
        if request.param == "sqlite":
            return f"sqlite:///{tmp_path / f'new-{secrets.token_hex(4)}.db'}"
        schema = f"baocao_test_{secrets.token_hex(6)}"
        with psycopg.connect(_pg_conninfo(), autocommit=True) as connection:
            connection.execute(f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        return f"{base}{separator}options=-csearch_path%3D{schema}"

    try:
        yield make
    finally:
        if schemas:
            with psycopg.connect(_pg_conninfo(), autocommit=True) as connection:
                for schema in schemas:
                    connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(scope="session")
def seed_reports() -> list[Path]:
    """The seed reports (``../shared/seeds/*.txt``, each with ``gold/<stem>.json``); the test
    is skipped, with where they were looked for, when there are none."""
    found = seed_files()
    if not found:
        pytest.skip(f"no seed reports in {SEEDS} (../shared is not beside the clone)")
    return found
