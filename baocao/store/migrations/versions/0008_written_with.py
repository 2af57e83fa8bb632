"""What the auditor needs that the facts did not carry, so it reads no document text for it:
the decimals a share or rate was written with (``percent_decimals`` on coverage and funding,
``value_decimals`` on percentages), the verdict written right after a percentage's stated
requirement (``met``), and the count and base a rate is written with (``part``, ``whole``).

Rows stored before this revision have them null: the auditor then falls back on the fewest
decimals that express a value and reads no verdict or count, so it never flags more.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_COLUMNS: dict[str, tuple[tuple[str, sa.types.TypeEngine], ...]] = {
    "coverage": (("percent_decimals", sa.Integer()),),
    "funding": (("percent_decimals", sa.Integer()),),
    "percentages": (
        ("value_decimals", sa.Integer()),
        ("met", sa.Boolean()),
        ("part", sa.Float()),
        ("whole", sa.Float()),
    ),
}


def upgrade() -> None:
    for table, columns in _COLUMNS.items():
        for name, type_ in columns:
            op.add_column(table, sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    for table, columns in _COLUMNS.items():
        for name, _ in reversed(columns):
            op.drop_column(table, name)
