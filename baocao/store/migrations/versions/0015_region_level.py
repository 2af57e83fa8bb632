"""A fact about one of the country's regions has the level ``region`` in ``v_facts``.

Revision 0005 gave a fact's level from its place's code, else its prefix (tỉnh, huyện, xã …),
else the reporting unit's: a region's figure in a national text ("vùng Tây Nguyên", no code,
a prefix 0005 did not know) took the text's ``national``. The model has ``Level.REGION``
(between province and country) and writes a region's place with the prefix ``vùng``
(``data/regions.toml``), so the prefix now gives ``region`` too. Only ``level`` changes; the
views that read ``v_facts`` are untouched.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from alembic import op

from baocao.store.revisions import load_revision

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_PROVINCE = "WHEN LOWER(x.place) LIKE 'tỉnh %' THEN 'province'"
_REGION = "WHEN LOWER(x.place) LIKE 'vùng %' THEN 'region'"


def _v_facts_0005() -> str:
    """``v_facts`` as revision 0005 wrote it (a revision is frozen: its SQL is loaded by
    path, as 0011 loads it)."""
    sql: str = load_revision("0005_views_v2.py").V_FACTS
    return sql


def _v_facts_0015() -> str:
    sql = _v_facts_0005()
    assert _PROVINCE in sql, "revision 0005's v_facts changed"
    return sql.replace(_PROVINCE, f"{_REGION}\n            {_PROVINCE}", 1)


def _replace(sql: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE OR REPLACE VIEW v_facts AS {sql}")
    else:  # SQLite resolves a view's names when it is queried
        op.execute("DROP VIEW v_facts")
        op.execute(f"CREATE VIEW v_facts AS {sql}")


def upgrade() -> None:
    _replace(_v_facts_0015())


def downgrade() -> None:
    _replace(_v_facts_0005())
