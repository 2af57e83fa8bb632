"""An edited file supersedes what was stored from its earlier content.

A document is keyed by its content (``sha256``), so a file edited and extracted again used to
become a second document, and the views could count the old content as the report (the
canonical copy is chosen by format and hash, not by age). Now ``documents`` gains:

- ``source_key``: the file's absolute path (symlinks resolved), which two extractions of one
  file share wherever they were run from; null for rows stored before this revision;
- ``superseded_by``: the ``sha256`` of the newer content stored from the same file. The older
  row keeps its facts and findings (an auditor can still see what the file said), but it is
  no longer a current document: ``v_report_links`` leaves it out, so it is neither canonical
  nor a copy and none of its facts is counted; ``v_reports`` shows the column. A hash rather
  than an id, because re-extracting the newer content replaces its row (and its id).

Extracting the older content again (the file restored) makes it current again and supersedes
the other.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from baocao.store.revisions import load_revision

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_STORED = "WHERE d.status = 'ok'\n),"
_COUNTED = "CASE WHEN l.role IN ('canonical', 'appendix') THEN 1 ELSE 0 END AS counted\n"


def _views_0005() -> tuple[str, str]:
    """``v_report_links`` and ``v_reports`` as revision 0005 wrote them (a revision is frozen:
    its SQL is loaded by path, as 0005 loads 0002's)."""
    module = load_revision("0005_views_v2.py")
    return module.V_REPORT_LINKS, module.V_REPORTS


def _views_0011() -> tuple[str, str]:
    links, reports = _views_0005()
    assert _STORED in links and _COUNTED in reports, "revision 0005's views changed"
    links = links.replace(_STORED, "WHERE d.status = 'ok' AND d.superseded_by IS NULL\n),")
    # A new column goes last: PostgreSQL replaces a view in place only when it adds columns.
    reports = reports.replace(_COUNTED, _COUNTED.rstrip("\n") + ",\n    d.superseded_by\n")
    return links, reports


def _replace(links: str, reports: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE OR REPLACE VIEW v_report_links AS {links}")
        op.execute(f"CREATE OR REPLACE VIEW v_reports AS {reports}")
    else:  # SQLite resolves a view's names when it is queried
        for name, sql in (("v_report_links", links), ("v_reports", reports)):
            op.execute(f"DROP VIEW {name}")
            op.execute(f"CREATE VIEW {name} AS {sql}")


def upgrade() -> None:
    op.add_column("documents", sa.Column("source_key", sa.Text(), nullable=True))
    op.add_column("documents", sa.Column("superseded_by", sa.String(64), nullable=True))
    op.create_index("ix_documents_source_key", "documents", ["source_key"])
    _replace(*_views_0011())


def downgrade() -> None:
    links, reports = _views_0005()
    if op.get_bind().dialect.name == "postgresql":  # a column cannot leave a view in place
        op.execute("DROP VIEW v_reports")
        op.execute(f"CREATE VIEW v_reports AS {reports}")
        op.execute(f"CREATE OR REPLACE VIEW v_report_links AS {links}")
    else:
        _replace(links, reports)
    op.drop_index("ix_documents_source_key", "documents")
    # Not a batch (SQLite would copy the table, and the views that read it stop it): both
    # databases drop a column in place (SQLite since 3.35).
    for column in ("superseded_by", "source_key"):
        op.execute(f"ALTER TABLE documents DROP COLUMN {column}")
