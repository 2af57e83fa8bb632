"""Run the store's Alembic migrations in code: the scripts ship inside the package.

Opening a store that is already at :data:`HEAD` costs one query and never imports Alembic
(a quarter of a second): a re-run of an unchanged archive is mostly start-up, and most
opens find the schema current. Alembic is imported only to upgrade or downgrade.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from baocao.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"

#: The newest revision under ``migrations/versions``. A new migration moves it:
#: tests/test_store_migrate.py checks it against the head Alembic reads from the scripts.
HEAD = "0016"

#: Alembic's own bookkeeping table, one row holding the revision a database is at.
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the packaged scripts, bound to ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The head revision as Alembic reads it from the migration scripts (see :data:`HEAD`)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The revision the database behind ``connection`` is at; None for one without a
    baocao schema. Read from Alembic's table in the connection's schema, without Alembic."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade the database behind ``connection`` to ``revision`` (a no-op when there)."""
    from alembic import command
    from alembic.util import CommandError

    try:
        command.upgrade(alembic_config(connection), revision)
    except CommandError as e:
        raise StoreError(f"its schema cannot be upgraded to {revision}: {e}") from e


def downgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(connection), revision)
