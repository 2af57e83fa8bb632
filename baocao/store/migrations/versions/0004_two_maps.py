"""PLACEHOLDER for helper `maps`' revision 0004 (issue 10, contract maps–compare): the
``places`` columns of the 2025 map, nullable and empty, so revision 0005's views can read
them. The lead replaces this file with `maps`' real 0004 at merge.

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

COLUMNS = (
    "code_2025",
    "name_2025",
    "level_2025",
    "province_code_2025",
    "province_name_2025",
    "relation_2025",
    "map",
)


def upgrade() -> None:
    with op.batch_alter_table("places") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("places") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
