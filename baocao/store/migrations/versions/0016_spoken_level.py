"""A report naming no unit keeps the level its text speaks as: ``reports.level``.

A portal page or a news item that never names its unit ("toàn huyện có 14/16 xã …", "xã đã
đạt 19/19 tiêu chí") has no ``unit_*`` columns, but it speaks as a level (``Report.level``,
read in :mod:`baocao.nlp.metadata.level`). ``reports.level`` keeps it; null when the text
names its unit (``unit_level`` is the report's level then). The views read it where the
unit's level is missing: ``v_reports.level`` is ``COALESCE(unit_level, level)`` and
``v_facts.level`` falls back to it last, after the report's unit's level. Both views keep their
columns, so PostgreSQL replaces them in place.

Reports stored before this revision have a null ``level`` until extracted again.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from baocao.store.revisions import load_revision

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_REPORTS_LEVEL = "    r.unit_level AS level,\n"
_FACTS_LEVEL = "        r.unit_level\n    ) AS level,"


def _reports_0014() -> str:
    sql: str = load_revision("0014_report_units.py").reports_0014()
    return sql


def _facts_0015() -> str:
    sql: str = load_revision("0015_region_level.py")._v_facts_0015()
    return sql


def reports_0016() -> str:
    sql = _reports_0014()
    assert sql.count(_REPORTS_LEVEL) == 1, "revision 0014's v_reports changed"
    return sql.replace(_REPORTS_LEVEL, "    COALESCE(r.unit_level, r.level) AS level,\n")


def facts_0016() -> str:
    sql = _facts_0015()
    assert sql.count(_FACTS_LEVEL) == 1, "revision 0015's v_facts changed"
    return sql.replace(_FACTS_LEVEL, "        r.unit_level,\n        r.level\n    ) AS level,")


def _replace(name: str, sql: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
    else:  # SQLite resolves a view's names when it is queried
        op.execute(f"DROP VIEW {name}")
        op.execute(f"CREATE VIEW {name} AS {sql}")


def upgrade() -> None:
    op.add_column("reports", sa.Column("level", sa.Text(), nullable=True))
    _replace("v_reports", reports_0016())
    _replace("v_facts", facts_0016())


def downgrade() -> None:
    # the views first: neither database drops a column a view still reads
    _replace("v_reports", _reports_0014())
    _replace("v_facts", _facts_0015())
    op.drop_column("reports", "level")
