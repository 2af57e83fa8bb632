"""The OCR pipeline a stored OCR page was read by (``pages.ocr_version``), so a page is read
again after the OCR text path changed (prose joins, number repairs, place-name spelling,
cleaning, Tesseract or its settings) instead of keeping its old text for ever.

Pages stored before this revision have it null: an extraction with OCR reads them again
(:func:`baocao.extract.ocr.ocr_pipeline_version`).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("pages", sa.Column("ocr_version", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("ocr_version")
