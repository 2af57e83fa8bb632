"""A report about several units of one level keeps them all: table ``report_units``.

News about several communes ("3 xã được công nhận … là: xã A, xã B và xã C") has them all as
its units (``Report.units``, the first being ``reports.unit_*``). ``report_units`` holds one
row per unit in the text's order (``position`` from 0), written with the report in its
document's transaction and removed with it (``ON DELETE CASCADE`` from ``documents``; a
superseded document keeps its rows, as it keeps its ``reports`` row). A report about one unit
has no rows. ``v_reports`` gains ``units``: the names joined with "; " in order, null unless
the report has two or more.

Reports stored before this revision have no rows (their units were never stored): they read
back as before, with their first unit only, until extracted again.

The names are joined by a recursive query over positions, the same SQL on both databases:
SQLite before 3.44 has no ``group_concat(… ORDER BY …)``, and its order is otherwise
arbitrary. ``units`` goes last, so PostgreSQL replaces ``v_reports`` in place.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from baocao.store.revisions import load_revision

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_LAST = "    d.superseded_by\nFROM documents d\n"

_UNIT_NAMES = """
WITH RECURSIVE unit_names (document_id, position, names) AS (
    SELECT document_id, position, name FROM report_units WHERE position = 0
    UNION ALL
    SELECT n.document_id, u.position, n.names || '; ' || u.name
    FROM unit_names n
    JOIN report_units u ON u.document_id = n.document_id AND u.position = n.position + 1
)"""

_JOIN_NAMES = """LEFT JOIN (
    SELECT document_id, MAX(position) AS last_position
    FROM report_units
    GROUP BY document_id
) lu ON lu.document_id = d.id AND lu.last_position > 0
LEFT JOIN unit_names un ON un.document_id = lu.document_id AND un.position = lu.last_position
"""


def _reports_0011() -> str:
    """``v_reports`` as revision 0011 wrote it."""
    _, reports = load_revision("0011_superseded.py")._views_0011()
    return str(reports)


def reports_0014() -> str:
    reports = _reports_0011()
    assert _LAST in reports and reports.lstrip().startswith("SELECT"), "0011's v_reports changed"
    columns = "    d.superseded_by,\n    un.names AS units\nFROM documents d\n"
    reports = reports.replace(_LAST, columns)
    return f"{_UNIT_NAMES}\n{reports.lstrip()}{_JOIN_NAMES}"


def _replace_reports(sql: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE OR REPLACE VIEW v_reports AS {sql}")
    else:  # SQLite resolves a view's names when it is queried
        op.execute("DROP VIEW v_reports")
        op.execute(f"CREATE VIEW v_reports AS {sql}")


def upgrade() -> None:
    op.create_table(
        "report_units",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("written", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("level", sa.Text(), nullable=True),
        sa.Column("code", sa.Text(), nullable=True),
        sa.Column("province_name", sa.Text(), nullable=True),
        sa.Column("province_code", sa.Text(), nullable=True),
        sa.Column("official_name", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_report_units_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["code"], ["places.code"], name=op.f("fk_report_units_code_places")
        ),
        sa.PrimaryKeyConstraint("document_id", "position", name=op.f("pk_report_units")),
    )
    op.create_index("ix_report_units_code", "report_units", ["code"])
    _replace_reports(reports_0014())


def downgrade() -> None:
    reports = _reports_0011()
    if op.get_bind().dialect.name == "postgresql":  # a column cannot leave a view in place
        op.execute("DROP VIEW v_reports")
        op.execute(f"CREATE VIEW v_reports AS {reports}")
    else:
        _replace_reports(reports)
    op.drop_index("ix_report_units_code", "report_units")
    op.drop_table("report_units")
