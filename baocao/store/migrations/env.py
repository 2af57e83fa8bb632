"""Alembic environment for baocao's store.

Run in code by :func:`baocao.store.migrate.upgrade`, which passes an open connection in
``config.attributes["connection"]``; no alembic.ini is needed in the user's directory.
"""

from __future__ import annotations

from alembic import context

from baocao.store.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("baocao migrations run through baocao.store.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place: batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
