"""Two administrative maps: every place row says which map its code belongs to and where the
unit lies on the 34-province map of 1 July 2025; every code a report or fact carries gets a
place row; the ``denominators`` table holds how many communes and districts each province
and district has on each map (from the gazetteer).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = (
    "map",
    "code_2025",
    "name_2025",
    "level_2025",
    "province_code_2025",
    "province_name_2025",
    "relation_2025",
)

# Every code the store holds, with the name written beside it (for codes with no place row).
_CODES = """
SELECT unit_code AS code, unit_name AS name FROM reports WHERE unit_code IS NOT NULL
UNION SELECT province_code, province_name FROM reports WHERE province_code IS NOT NULL
UNION SELECT subject_code, subject FROM verdicts WHERE subject_code IS NOT NULL
UNION SELECT subject_code, subject FROM criteria_counts WHERE subject_code IS NOT NULL
UNION SELECT subject_code, subject FROM percentages WHERE subject_code IS NOT NULL
UNION SELECT region_code, region FROM coverage WHERE region_code IS NOT NULL
UNION SELECT region_code, region FROM funding WHERE region_code IS NOT NULL
"""


def upgrade() -> None:
    from baocao.store.rows import place_row
    from baocao.vocab.gazetteer import denominators

    for column in _COLUMNS:
        op.add_column("places", sa.Column(column, sa.Text(), nullable=True))
    op.create_index("ix_places_province_code_2025", "places", ["province_code_2025"])
    table = op.create_table(
        "denominators",
        sa.Column("map", sa.Text(), nullable=False),
        sa.Column("region_code", sa.Text(), nullable=False),
        sa.Column("region_name", sa.Text(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("communes", sa.Integer(), nullable=False),
        sa.Column("xa", sa.Integer(), nullable=False),
        sa.Column("districts", sa.Integer(), nullable=True),
        sa.Column("as_of", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("map", "region_code", name=op.f("pk_denominators")),
    )
    bind = op.get_bind()
    op.bulk_insert(
        table,
        [
            {
                "map": d.map,
                "region_code": d.region_code,
                "region_name": d.region_name,
                "level": d.level,
                "communes": d.communes,
                "xa": d.xa,
                "districts": d.districts,
                "as_of": d.as_of,
            }
            for d in denominators()
        ],
    )
    # Places stored before this revision: fill the new columns, add the codes facts carry.
    places = sa.table("places", *(sa.column(c) for c in ("code", "name", "prefix", "level")))
    places_2025 = sa.table(
        "places",
        *(sa.column(c) for c in ("code", "name", "prefix", "level", "province_code", *_COLUMNS)),
    )
    known = {row.code for row in bind.execute(sa.select(places.c.code))}
    for code, name in bind.execute(sa.text(_CODES)).all():
        row = place_row(code, name=name or code)
        if code in known:
            bind.execute(
                sa.update(places_2025)
                .where(places_2025.c.code == code)
                .values({c: row[c] for c in _COLUMNS})
            )
        else:
            bind.execute(sa.insert(places_2025).values(row))
            known.add(code)


def downgrade() -> None:
    op.drop_table("denominators")
    op.drop_index("ix_places_province_code_2025", table_name="places")
    # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): a batch copy of the table would drop it
    # first, which the reports' foreign key to places forbids once places has rows
    for column in reversed(_COLUMNS):
        op.drop_column("places", column)
