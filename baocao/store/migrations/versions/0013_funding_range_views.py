"""The views show a range of money: ``v_funding`` carries ``amount_max_vnd`` (revision 0012:
the upper bound of "từ 300 đến 400 tỷ đồng", null for an amount that is no range), and
``v_funding_mix`` sums the upper bounds beside the lower ones.

``v_funding_mix.amount_vnd`` stays the sum of what was stated, a range counted by its lower
bound; ``amount_max_vnd`` is the same sum with every range at its upper bound (equal to
``amount_vnd`` when no statement of the row is a range), and ``ranged_statements`` how many
of its ``statements`` are ranges, so a reader sees at once which sums are not one amount.
Shares are still computed from the lower bounds. A statement is one distinct row of lower
and upper bound: two ranges with one lower bound and two upper ones are two statements.

Both views gain columns at their end only, so PostgreSQL replaces them in place and the
``q_*`` views that read them stay; SQLite resolves a view's names when it is queried.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from alembic import op

from baocao.store.revisions import load_revision

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_DISTINCT = "purpose, amount_vnd\n    FROM v_funding\n"
_COUNT = "        COUNT(*) AS statements\n    FROM statements\n"
_LAST = "    canonical_document_id AS document_id\nFROM with_totals\n"


def _views_0005(dialect: str) -> tuple[str, str]:
    """``v_funding`` and ``v_funding_mix`` as revision 0005 wrote them."""
    views = load_revision("0005_views_v2.py").views(dialect)
    return views["v_funding"], views["v_funding_mix"]


def _sum_upper(dialect: str) -> str:
    upper = "COALESCE(amount_max_vnd, amount_vnd)"
    if dialect == "postgresql":
        return f"SUM({upper})"
    # As revision 0005 sums amounts on SQLite: 10^15 đồng and more as REALs, never overflowing.
    return f"SUM(CASE WHEN ABS({upper}) < 1e15 THEN {upper} ELSE CAST({upper} AS REAL) END)"


def views_0013(dialect: str) -> tuple[str, str]:
    funding, mix = _views_0005(dialect)
    assert "k.approx\n" in funding, "revision 0005's v_funding changed"
    assert _DISTINCT in mix and _COUNT in mix and _LAST in mix, "revision 0005's mix changed"
    funding = funding.replace("k.approx\n", "k.approx, k.amount_max_vnd\n")
    mix = mix.replace(_DISTINCT, "purpose, amount_vnd, amount_max_vnd\n    FROM v_funding\n")
    mix = mix.replace(
        _COUNT,
        f"        {_sum_upper(dialect)} AS amount_max_vnd,\n"
        "        COUNT(*) AS statements,\n"
        "        SUM(CASE WHEN amount_max_vnd IS NOT NULL THEN 1 ELSE 0 END)"
        " AS ranged_statements\n"
        "    FROM statements\n",
    )
    mix = mix.replace(
        _LAST,
        "    canonical_document_id AS document_id,\n"
        "    amount_max_vnd,\n"
        "    ranged_statements\n"
        "FROM with_totals\n",
    )
    return funding, mix


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    funding, mix = views_0013(dialect)
    if dialect == "postgresql":
        op.execute(f"CREATE OR REPLACE VIEW v_funding AS {funding}")
        op.execute(f"CREATE OR REPLACE VIEW v_funding_mix AS {mix}")
    else:
        op.execute("DROP VIEW v_funding_mix")
        op.execute("DROP VIEW v_funding")
        op.execute(f"CREATE VIEW v_funding AS {funding}")
        op.execute(f"CREATE VIEW v_funding_mix AS {mix}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    funding, mix = _views_0005(dialect)
    if dialect == "postgresql":
        # A column cannot leave a view in place, and the question views read these two.
        questions = load_revision("0006_question_views.py")
        op.execute("DROP VIEW q_unit_series")
        op.execute("DROP VIEW q_funding_mix")
        op.execute("DROP VIEW v_funding_mix")
        op.execute("DROP VIEW v_funding")
        op.execute(f"CREATE VIEW v_funding AS {funding}")
        op.execute(f"CREATE VIEW v_funding_mix AS {mix}")
        op.execute(f"CREATE VIEW q_funding_mix AS {questions.Q_FUNDING_MIX}")
        op.execute(f"CREATE VIEW q_unit_series AS {questions.Q_UNIT_SERIES}")
    else:
        op.execute("DROP VIEW v_funding_mix")
        op.execute("DROP VIEW v_funding")
        op.execute(f"CREATE VIEW v_funding AS {funding}")
        op.execute(f"CREATE VIEW v_funding_mix AS {mix}")
