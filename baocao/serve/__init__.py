"""Browse the database in a browser: Datasette over the SQLite file, read-only.

:func:`build_metadata` turns the schema (table and view → columns) into Datasette metadata:
a description of every table, view and column (from ``baocao/data/descriptions.toml``),
facets on province, period, criterion and kind, and the comparison questions as canned
queries (:mod:`baocao.serve.queries`). :func:`make_datasette` adds the plugin
(:mod:`baocao.serve.plugin`) that links every fact to its page (its document and its quote
in context), and :func:`serve` runs it until interrupted.

Datasette opens the file read-only (``mode=ro``), not ``immutable``: an immutable database
is read without locks and without its write-ahead log, so rows that ``baocao extract`` or
``baocao audit`` write while the browser runs would be missed or read half-written.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from baocao.serve.descriptions import Descriptions, load_descriptions
from baocao.serve.queries import canned_queries

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001

#: Facets shown on every table or view that has the column.
FACETS = ("province", "period", "criterion", "kind")

#: Tables a browsing user has no use for (still described, still reachable by URL).
HIDDEN = frozenset({"alembic_version"})

TEMPLATES = Path(__file__).parent / "templates"

TITLE = "baocao: New Rural Development reports"
DESCRIPTION = (
    "Facts read from Vietnam's New Rural Development (NTM) reports, each with the quote it "
    "was read from; click a quote or fact_id to see it in its document. The q_* views and "
    "the queries below answer the comparison questions."
)


def schema_of(engine) -> dict[str, list[str]]:
    """Every table and view of the database behind ``engine`` → its column names."""
    from sqlalchemy import inspect

    inspector = inspect(engine)
    names = [*inspector.get_table_names(), *inspector.get_view_names()]
    return {name: [c["name"] for c in inspector.get_columns(name)] for name in names}


def build_metadata(
    schema: Mapping[str, Sequence[str]],
    *,
    database: str,
    descriptions: Descriptions | None = None,
) -> dict[str, Any]:
    """Datasette metadata for the database named ``database`` whose tables and views are
    ``schema``. Columns with no description are logged (a test keeps there being none)."""
    descriptions = descriptions or load_descriptions()
    missing = descriptions.missing(schema)
    if missing:
        log.warning("no description for %d columns: %s", len(missing), ", ".join(missing))
    tables: dict[str, Any] = {}
    for table, columns in schema.items():
        entry: dict[str, Any] = {
            "columns": {c: d for c in columns if (d := descriptions.column(table, c)) is not None},
        }
        if (description := descriptions.table(table)) is not None:
            entry["description"] = description
        facets = [c for c in FACETS if c in columns]
        if facets:
            entry["facets"] = facets
        if table in HIDDEN:
            entry["hidden"] = True
        tables[table] = entry
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "databases": {
            database: {
                "description": DESCRIPTION,
                "tables": tables,
                "queries": canned_queries(schema),
            }
        },
    }


def make_datasette(path: Path, *, metadata: Mapping[str, Any]):
    """A Datasette over the SQLite file ``path`` (read-only) with the baocao plugin."""
    from datasette.app import Datasette

    from baocao.serve import plugin

    plugin.register()
    return Datasette(
        files=[str(path)],
        metadata=dict(metadata),
        template_dir=str(TEMPLATES),
        settings={"truncate_cells_html": 300, "sql_time_limit_ms": 5000},
    )


def database_name(path: Path) -> str:
    """The name Datasette gives the database in ``path`` (and in its URLs)."""
    return path.stem


def serve(path: Path, *, metadata: Mapping[str, Any], host: str, port: int) -> None:
    """Serve the database until interrupted (blocks)."""
    import uvicorn

    datasette = make_datasette(path, metadata=metadata)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
