"""The store: documents, pages, reports, facts and findings in SQLite or PostgreSQL.

    with open_store("postgresql://user@host/db") as store:
        store.save_extraction(extraction, extractor_version="1", path="a.pdf")
        for fact_id, fact in store.facts(kind="coverage"):
            ...

The schema is created and upgraded by the Alembic migrations shipped in
``baocao/store/migrations`` every time a store is opened. Views for SQL users: ``v_verdicts``,
``v_criteria_counts``, ``v_coverage``, ``v_funding``, ``v_percentages``, ``v_facts``,
``v_reports``, ``v_report_links`` (which documents are one report), ``v_criterion_coverage``
and ``v_funding_mix`` (revision 0005; ranges of money shown since 0013).
"""

from __future__ import annotations

from baocao.store.store import DocumentRow, Store, open_store, resolve_url

__all__ = ["DocumentRow", "Store", "open_store", "resolve_url"]
