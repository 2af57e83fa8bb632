"""The upper bound of money written as a range (``funding.amount_max_vnd``): "từ 300 đến 400
tỷ đồng" and "khoảng 50-60 tỷ" are stored as their lower bound in ``amount_vnd`` (as a range
of rates keeps its lower bound in ``value`` and its upper in ``value_max``) and the upper here.

Rows stored before this revision have it null, as has every amount that is no range.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "funding",
        sa.Column("amount_max_vnd", sa.Numeric(precision=38, scale=0), nullable=True),
    )


def downgrade() -> None:
    op.drop_column("funding", "amount_max_vnd")
