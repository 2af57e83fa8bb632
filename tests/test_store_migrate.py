"""The schema is created and upgraded by the migrations shipped in the package, and the
migrations build exactly the schema the models describe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from baocao.errors import StoreError, UnreadableFile
from baocao.store import migrate, open_store
from baocao.store.schema import Base

TABLES = {
    "documents", "pages", "document_texts", "places", "reports", "facts", "verdicts",
    "criteria_counts", "coverage", "funding", "percentages", "findings", "finding_facts",
    "report_units",
    "denominators", "alembic_version",
}  # fmt: skip
VIEWS = {
    "v_verdicts", "v_criteria_counts", "v_coverage", "v_funding", "v_percentages",
    "v_reports", "v_criterion_coverage", "v_funding_mix", "v_report_links", "v_fact_keys",
    "v_facts",
    "q_criterion_coverage", "q_ntm_standard", "q_funding_mix", "q_criteria_met",
    "q_unit_series", "q_coverage_series",
}  # fmt: skip


def test_upgrade_from_empty_creates_every_table_and_view(db_url: str) -> None:
    with open_store(db_url) as store:
        inspector = inspect(store.engine)
        assert set(inspector.get_table_names()) == TABLES
        assert set(inspector.get_view_names()) == VIEWS
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()


def test_a_second_upgrade_is_a_no_op_and_keeps_data(db_url: str) -> None:
    with open_store(db_url) as store:
        store.save_failure(
            path="a.pdf", name="a.pdf", sha256=None, size_bytes=None, format=None,
            error=UnreadableFile("a.pdf", "broken"), extractor_version="1",
        )  # fmt: skip
        with store.engine.begin() as connection:
            migrate.upgrade(connection)  # explicitly, not only through open_store's check
            before = migrate.current_revision(connection)
    with open_store(db_url) as store:
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == before == migrate.head_revision()
        assert [row.name for row in store.documents()] == ["a.pdf"]


def test_migrations_match_the_models(db_url: str) -> None:
    with open_store(db_url) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_empty_and_back(db_url: str) -> None:
    with open_store(db_url) as store:
        with store.engine.begin() as connection:
            migrate.downgrade(connection, "base")
        assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
        with store.engine.begin() as connection:
            migrate.upgrade(connection)
        assert set(inspect(store.engine).get_view_names()) == VIEWS


def test_the_migrations_ship_inside_the_package() -> None:
    assert (migrate.MIGRATIONS / "env.py").is_file()
    assert sorted(p.name for p in (migrate.MIGRATIONS / "versions").glob("0*.py")) == [
        "0001_schema.py",
        "0002_views.py",
        "0003_document_texts.py",
        "0004_two_maps.py",
        "0005_views_v2.py",
        "0006_question_views.py",
        "0007_coverage_series.py",
        "0008_written_with.py",
        "0009_state_year.py",
        "0010_ocr_version.py",
        "0011_superseded.py",
        "0012_funding_ranges.py",
        "0013_funding_range_views.py",
        "0014_report_units.py",
        "0015_region_level.py",
        "0016_spoken_level.py",
    ]


def test_the_head_constant_is_the_head_of_the_scripts() -> None:
    # open_store compares a database with migrate.HEAD, not with Alembic: a new migration
    # that forgets to move HEAD would leave every store unmigrated.
    assert migrate.HEAD == migrate.head_revision()


def test_opening_a_current_store_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'current.db'}"
    open_store(url).close()  # created and migrated here
    probe = (
        "import sys\n"
        "from baocao.store import open_store\n"
        f"open_store({url!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_a_store_at_a_revision_this_baocao_does_not_know_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.db'}"
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"cannot open database .*newer\.db.*9999"):
        open_store(url)


def test_upgrade_needs_no_alembic_ini_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
        assert migrate.current_revision(connection) == migrate.head_revision()
    engine.dispose()
    assert not (tmp_path / "alembic.ini").exists()


def test_upgrading_to_two_maps_fills_the_places_stored_before_it(
    db_url: str, tmp_path: Path
) -> None:
    from sqlalchemy import text

    from baocao import EXTRACTOR_VERSION
    from baocao.pipeline import extract_file

    report = tmp_path / "ha-giang.txt"
    report.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nHà Giang, ngày 15 tháng 12 năm 2020\n\nBÁO CÁO\n"
        "Kết quả xây dựng nông thôn mới năm 2020\n\nXã Phương Thiện đạt 19/19 tiêu chí.\n",
        encoding="utf-8",
    )
    with open_store(db_url) as store:
        store.save_extraction(
            extract_file(report), extractor_version=EXTRACTOR_VERSION, path=str(report)
        )
        with store.engine.begin() as connection:
            migrate.downgrade(connection, "0003")
            # as stored before 0004: no place row for a code only a fact carries
            connection.execute(text("DELETE FROM places WHERE code = '00949'"))
            migrate.upgrade(connection)
        with store.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT code, map, province_code_2025, relation_2025 FROM places ORDER BY code"
                )
            ).all()
            denominators = connection.execute(text("SELECT COUNT(*) FROM denominators")).scalar()
    assert [tuple(r) for r in rows] == [
        ("00949", "pre2025", "08", "merged"),
        ("02", "pre2025", "08", "merged"),
    ]
    assert denominators and denominators > 700


def test_upgrading_a_store_of_revision_0003_links_the_reports_it_holds(db_url: str) -> None:
    """Reports stored before the links existed get their keys from the upgrade."""
    with open_store(db_url) as store:
        with store.engine.begin() as connection:
            migrate.downgrade(connection, "0003")
        with store.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO places (code, name, level) VALUES ('247', 'Tam Dương', 'district')"
                )
            )
            document_id = connection.execute(
                text(
                    "INSERT INTO documents (sha256, name, path, format, status,"
                    " extractor_version, ocr, extracted_at) VALUES ('ab', 'a.txt', 'a.txt',"
                    " 'text', 'ok', '1', false, CURRENT_TIMESTAMP) RETURNING id"
                )
            ).scalar_one()
            connection.execute(
                text(
                    "INSERT INTO reports (document_id, unit_name, unit_code, number,"
                    " report_date, period, scheme) VALUES (:d, 'Tam Dương', '247',"
                    " '142/BC-UBND', '2019-07-05', '2019-H1', 'NTM')"
                ),
                {"d": document_id},
            )
            connection.execute(
                text("INSERT INTO document_texts (document_id, text) VALUES (:d, 'PHỤ LỤC')"),
                {"d": document_id},
            )
            migrate.upgrade(connection)
        rows = store.query("SELECT report_key, appendix FROM reports")
    assert [(r["report_key"], bool(r["appendix"])) for r in rows] == [
        ("247|no 142 bc ubnd|2019-07-05", True)
    ]


def test_upgrading_a_store_of_revision_0013_keeps_its_reports_and_stores_units(
    db_url: str,
) -> None:
    """Reports stored before 0014 read back as they were stored (their first unit only);
    extracted again, a report about several units keeps them all."""
    from baocao.model import Document, Extraction, Format, Level, Place, Report

    communes = (
        Place("xã Tân Lập", "xã", "Tân Lập", Level.COMMUNE, "9991", "Hà Nam", "35"),
        Place("xã Quang Trung", "xã", "Quang Trung", Level.COMMUNE, "9992", "Hà Nam", "35"),
    )
    text_ = "2 xã được công nhận đạt chuẩn nông thôn mới là: xã Tân Lập và xã Quang Trung."
    document = Document(
        path="/in/tin.txt", name="tin.txt", sha256="ef" * 32, format=Format.TEXT, text=text_
    )
    news = Extraction(
        document=document,
        report=Report(unit=communes[0], period="2023", units=communes),
        facts=(),
    )
    with open_store(db_url) as store:
        with store.engine.begin() as connection:
            migrate.downgrade(connection, "0013")
        with store.engine.begin() as connection:
            # as revision 0013 stored it: the report row, no units
            document_id = connection.execute(
                text(
                    "INSERT INTO documents (sha256, name, path, format, status,"
                    " extractor_version, ocr, extracted_at) VALUES (:sha, 'tin.txt',"
                    " '/in/tin.txt', 'text', 'ok', '1', false, CURRENT_TIMESTAMP) RETURNING id"
                ),
                {"sha": document.sha256},
            ).scalar_one()
            connection.execute(
                text(
                    "INSERT INTO reports (document_id, unit_written, unit_name, unit_prefix,"
                    " unit_level, period, scheme) VALUES (:d, 'xã Tân Lập', 'Tân Lập', 'xã',"
                    " 'commune', '2023', 'NTM')"
                ),
                {"d": document_id},
            )
            migrate.upgrade(connection)
            assert migrate.current_revision(connection) == migrate.head_revision()
        old = store.report("tin.txt")
        assert old is not None and old.units == ()
        assert old.unit is not None and old.unit.name == "Tân Lập"
        assert store.query("SELECT document, unit, units FROM v_reports") == [
            {"document": "tin.txt", "unit": "Tân Lập", "units": None}
        ]
        store.save_extraction(news, extractor_version="2", path=document.path)
        assert store.report("tin.txt") == news.report
        assert store.query("SELECT units FROM v_reports") == [{"units": "Tân Lập; Quang Trung"}]
        with store.engine.begin() as connection:
            migrate.downgrade(connection, "0013")  # the units go, the report stays
        assert set(inspect(store.engine).get_table_names()) == TABLES - {"report_units"}
        assert store.query("SELECT unit FROM v_reports") == [{"unit": "Tân Lập"}]
