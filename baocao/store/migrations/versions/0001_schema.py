"""Tables: documents, pages, places, reports, facts and one detail table per fact kind,
findings and the facts they involve.

Written out in full (not generated from baocao.store.schema at run time) so this revision
stays what it was when later ones change the models.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("format", sa.Text(), nullable=True),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.Column("page_count", sa.Integer(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("error_code", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("extractor_version", sa.Text(), nullable=False),
        sa.Column("ocr", sa.Boolean(), nullable=False),
        sa.Column("encoding", sa.Text(), nullable=True),
        sa.Column("load_s", sa.Float(), nullable=True),
        sa.Column("patterns_s", sa.Float(), nullable=True),
        sa.Column("normalise_s", sa.Float(), nullable=True),
        sa.Column("store_s", sa.Float(), nullable=True),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('ok', 'failed')", name=op.f("ck_documents_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_documents_name", "documents", ["name"])
    op.create_index("ix_documents_status", "documents", ["status"])

    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=True),
        sa.Column("level", sa.Text(), nullable=True),
        sa.Column("province_code", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
        sa.UniqueConstraint("code", name=op.f("uq_places_code")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_places_province_code", "places", ["province_code"])

    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("period", sa.Text(), nullable=True),
        sa.Column("period_start_year", sa.Integer(), nullable=True),
        sa.Column("period_end_year", sa.Integer(), nullable=True),
        sa.Column("scheme", sa.Text(), nullable=False),
        sa.Column("criteria_set", sa.Text(), nullable=True),
        sa.Column("ocr", sa.Boolean(), nullable=False),
        sa.Column("target", sa.Boolean(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('verdict', 'criteria_count', 'coverage', 'funding', 'percentage')",
            name=op.f("ck_facts_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_facts_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_facts_criteria_set", "facts", ["criteria_set"])
    op.create_index("ix_facts_document_id", "facts", ["document_id"])
    op.create_index("ix_facts_kind", "facts", ["kind"])
    op.create_index("ix_facts_period", "facts", ["period"])

    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("severity", sa.Text(), nullable=False),
        sa.Column("explain", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_findings_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_findings_document_id", "findings", ["document_id"])
    op.create_index("ix_findings_kind", "findings", ["kind"])

    op.create_table(
        "pages",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("ocr", sa.Boolean(), nullable=False),
        sa.Column("ocr_confidence", sa.Float(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_pages_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "number", name=op.f("pk_pages")),
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("unit_written", sa.Text(), nullable=True),
        sa.Column("unit_name", sa.Text(), nullable=True),
        sa.Column("unit_prefix", sa.Text(), nullable=True),
        sa.Column("unit_level", sa.Text(), nullable=True),
        sa.Column("unit_code", sa.Text(), nullable=True),
        sa.Column("province_written", sa.Text(), nullable=True),
        sa.Column("province_prefix", sa.Text(), nullable=True),
        sa.Column("province_name", sa.Text(), nullable=True),
        sa.Column("province_code", sa.Text(), nullable=True),
        sa.Column("number", sa.Text(), nullable=True),
        sa.Column("place_written", sa.Text(), nullable=True),
        sa.Column("report_date", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("period", sa.Text(), nullable=True),
        sa.Column("period_start_year", sa.Integer(), nullable=True),
        sa.Column("period_end_year", sa.Integer(), nullable=True),
        sa.Column("criteria_set", sa.Text(), nullable=True),
        sa.Column("scheme", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_reports_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_code"], ["places.code"], name=op.f("fk_reports_unit_code_places")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint("document_id", name=op.f("uq_reports_document_id")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_reports_period", "reports", ["period"])
    op.create_index("ix_reports_province_code", "reports", ["province_code"])
    op.create_index("ix_reports_province_name", "reports", ["province_name"])
    op.create_index("ix_reports_unit_code", "reports", ["unit_code"])

    op.create_table(
        "coverage",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.Text(), nullable=False),
        sa.Column("region_code", sa.Text(), nullable=True),
        sa.Column("criterion", sa.Integer(), nullable=True),
        sa.Column("units_met", sa.Integer(), nullable=False),
        sa.Column("units_total", sa.Integer(), nullable=True),
        sa.Column("percent_stated", sa.Float(), nullable=True),
        sa.Column("unit_kind", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_coverage_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("fact_id", name=op.f("pk_coverage")),
    )
    op.create_index("ix_coverage_criterion", "coverage", ["criterion"])
    op.create_index("ix_coverage_region_code", "coverage", ["region_code"])

    op.create_table(
        "criteria_counts",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("subject_code", sa.Text(), nullable=True),
        sa.Column("met", sa.Integer(), nullable=False),
        sa.Column("of", sa.Integer(), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("unmet", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_id"],
            ["facts.id"],
            name=op.f("fk_criteria_counts_fact_id_facts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("fact_id", name=op.f("pk_criteria_counts")),
    )
    op.create_index("ix_criteria_counts_subject_code", "criteria_counts", ["subject_code"])

    op.create_table(
        "finding_facts",
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_id"],
            ["facts.id"],
            name=op.f("fk_finding_facts_fact_id_facts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["findings.id"],
            name=op.f("fk_finding_facts_finding_id_findings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("finding_id", "fact_id", name=op.f("pk_finding_facts")),
    )
    op.create_index("ix_finding_facts_fact_id", "finding_facts", ["fact_id"])

    op.create_table(
        "funding",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.Text(), nullable=False),
        sa.Column("region_code", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("flow", sa.Text(), nullable=False),
        sa.Column("amount_vnd", sa.Numeric(precision=38, scale=0), nullable=False),
        sa.Column("unit_written", sa.Text(), nullable=False),
        sa.Column("percent_stated", sa.Float(), nullable=True),
        sa.Column("of_vnd", sa.Numeric(precision=38, scale=0), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("criterion", sa.Integer(), nullable=True),
        sa.Column("approx", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_funding_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("fact_id", name=op.f("pk_funding")),
    )
    op.create_index("ix_funding_flow", "funding", ["flow"])
    op.create_index("ix_funding_region_code", "funding", ["region_code"])
    op.create_index("ix_funding_source", "funding", ["source"])

    op.create_table(
        "percentages",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("subject_code", sa.Text(), nullable=True),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("criterion", sa.Integer(), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("value_max", sa.Float(), nullable=True),
        sa.Column("threshold", sa.Text(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("approx", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_percentages_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("fact_id", name=op.f("pk_percentages")),
    )
    op.create_index("ix_percentages_criterion", "percentages", ["criterion"])
    op.create_index("ix_percentages_subject_code", "percentages", ["subject_code"])

    op.create_table(
        "verdicts",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("subject_code", sa.Text(), nullable=True),
        sa.Column("criterion", sa.Integer(), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_verdicts_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("fact_id", name=op.f("pk_verdicts")),
    )
    op.create_index("ix_verdicts_criterion", "verdicts", ["criterion"])
    op.create_index("ix_verdicts_subject_code", "verdicts", ["subject_code"])


def downgrade() -> None:
    op.drop_table("verdicts")
    op.drop_table("percentages")
    op.drop_table("funding")
    op.drop_table("finding_facts")
    op.drop_table("criteria_counts")
    op.drop_table("coverage")
    op.drop_table("reports")
    op.drop_table("pages")
    op.drop_table("findings")
    op.drop_table("facts")
    op.drop_table("places")
    op.drop_table("documents")
