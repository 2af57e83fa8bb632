"""An edited file extracted again supersedes what was stored from its earlier content: the
older document stays (with its facts, for an auditor) but is no longer counted, exported or
audited, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import io
import os
from pathlib import Path

from baocao.audit import audit_store
from baocao.export import export_facts, export_reports
from baocao.pipeline import process_file
from baocao.settings import ExtractSettings
from baocao.store import open_store

IN_PROCESS = ExtractSettings(isolate=False)

# Our own report, in two editions: the second corrects the count of communes.
FIRST = """ỦY BAN NHÂN DÂN
HUYỆN KIM SƠN
BÁO CÁO
Kết quả xây dựng nông thôn mới huyện Kim Sơn, tỉnh Ninh Bình năm 2022
Đến nay toàn huyện có 20/23 xã đạt chuẩn nông thôn mới.
"""
CORRECTED = FIRST.replace("20/23", "21/23")


def _extract(path: Path, store, *, force: bool = False) -> str:
    return process_file(path, store=store, settings=IN_PROCESS, force=force).status


def _counted_coverage(store) -> list[tuple[str, int]]:
    rows = store.query(
        "SELECT d.name, c.units_met FROM v_coverage c JOIN documents d ON d.id = c.document_id"
        " WHERE c.counted = 1"
    )
    return sorted((row["name"], int(row["units_met"])) for row in rows)


def test_the_edited_file_supersedes_its_earlier_content(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "kim-son-2022.txt"
    path.write_text(FIRST, encoding="utf-8")
    with open_store(db_url) as store:
        assert _extract(path, store) == "ok"
        path.write_text(CORRECTED, encoding="utf-8")
        assert _extract(path, store) == "ok"
        old, new = store.documents()
        assert old.superseded_by == new.sha256 and not old.current
        assert new.superseded_by is None and new.current
        assert old.source_key == new.source_key == os.path.realpath(path)
        assert [d.sha256 for d in store.documents(current=True)] == [new.sha256]
        assert _counted_coverage(store) == [("kim-son-2022.txt", 21)]


def test_the_superseded_content_keeps_its_facts_but_exports_and_audits_leave_it_out(
    tmp_path: Path, db_url: str
) -> None:
    path = tmp_path / "kim-son-2022.txt"
    path.write_text(FIRST, encoding="utf-8")
    with open_store(db_url) as store:
        _extract(path, store)
        path.write_text(CORRECTED, encoding="utf-8")
        _extract(path, store)
        old, _ = store.documents()
        kept = [f for _, f in store.facts(document=old.sha256)]
        assert [f.units_met for f in kept if f.kind == "coverage"] == [20]
        everything = [f for _, f in store.facts(include_superseded=True)]
        assert len(everything) > len(list(store.facts()))

        facts, reports = io.StringIO(), io.StringIO()
        export_facts(store, out=facts)
        assert '"units_met": 21' in facts.getvalue() and '"units_met": 20' not in facts.getvalue()
        assert export_reports(store, out=reports) == 1
        assert len(audit_store(store).documents) == 1


def test_restoring_the_earlier_content_makes_it_current_again(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "kim-son-2022.txt"
    path.write_text(FIRST, encoding="utf-8")
    with open_store(db_url) as store:
        _extract(path, store)
        path.write_text(CORRECTED, encoding="utf-8")
        _extract(path, store)
        path.write_text(FIRST, encoding="utf-8")
        # Not skipped as already stored: the stored copy of this content is superseded.
        assert _extract(path, store) == "ok"
        current = store.documents(current=True)
        assert len(current) == 1 and _counted_coverage(store) == [("kim-son-2022.txt", 20)]
        assert len(store.documents()) == 2


def test_the_same_file_named_two_ways_is_one_source(tmp_path: Path, db_url: str) -> None:
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "kim-son-2022.txt"
    path.write_text(FIRST, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    with open_store(db_url) as store:
        _extract(path, store)
        path.write_text(CORRECTED, encoding="utf-8")
        _extract(link, store)
        assert len(store.documents(current=True)) == 1


def test_a_copy_of_the_file_elsewhere_is_not_superseded(tmp_path: Path, db_url: str) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "r.txt", tmp_path / "b" / "r.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(CORRECTED, encoding="utf-8")
    with open_store(db_url) as store:
        _extract(first, store)
        _extract(second, store)
        assert len(store.documents(current=True)) == 2


def test_an_edit_that_breaks_the_file_supersedes_it_with_the_failure(
    tmp_path: Path, db_url: str
) -> None:
    path = tmp_path / "kim-son-2022.txt"
    path.write_text(FIRST, encoding="utf-8")
    with open_store(db_url) as store:
        _extract(path, store)
        path.write_bytes(b"%PDF-1.7\n\x00\x00 not a pdf")  # a broken PDF under the old name
        assert _extract(path, store) == "failed"
        old, failed = store.documents()
        assert old.superseded_by == failed.sha256 and failed.status == "failed"
        assert store.documents(current=True) == []
        assert list(store.facts()) == []


def test_documents_lists_the_superseded_ones_by_that_status(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from baocao.cli import app

    path, db = tmp_path / "kim-son-2022.txt", tmp_path / "b.db"
    path.write_text(FIRST, encoding="utf-8")
    runner = CliRunner()
    for text in (FIRST, CORRECTED):
        path.write_text(text, encoding="utf-8")
        assert runner.invoke(app, ["extract", str(path), "--db", str(db)]).exit_code == 0
    listed = runner.invoke(app, ["documents", "--db", str(db), "--status", "superseded"])
    assert listed.exit_code == 0 and listed.stdout.count("superseded") == 1
    rows = runner.invoke(app, ["documents", "--db", str(db), "--format", "csv"])
    assert [line.split(",")[6] for line in rows.stdout.splitlines()[1:]] == ["superseded", "ok"]
