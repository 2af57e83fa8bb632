"""The places a store names (report units, fact subjects and regions), read on both maps:
`baocao places`, the resolution rate, and reports of one province before and after the July
2025 merger read as one 2025 province."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from baocao import EXTRACTOR_VERSION
from baocao.cli import app
from baocao.pipeline import extract_file
from baocao.seen_places import places_seen
from baocao.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"

REPORT = """ỦY BAN NHÂN DÂN
TỈNH {PROVINCE}

Số: {number}/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

{province}, ngày {day} tháng {month} năm {year}

BÁO CÁO
Kết quả xây dựng nông thôn mới năm {year} tỉnh {province}

Đến hết năm {year}, toàn tỉnh có {met}/{total} xã đạt chuẩn nông thôn mới. \
Xã {commune} đạt 19/19 tiêu chí.
"""


def write_report(folder: Path, name: str, **values: object) -> Path:
    province = str(values["province"])
    path = folder / name
    path.write_text(REPORT.format(PROVINCE=province.upper(), **values), encoding="utf-8")
    return path


def save(store: Store, path: Path) -> None:
    store.save_extraction(extract_file(path), extractor_version=EXTRACTOR_VERSION, path=str(path))


@pytest.fixture
def merged(tmp_path: Path, db_url: str) -> Iterator[Store]:
    """A 2020 report of Hà Giang and a late-2025 report of Tuyên Quang, the province Hà Giang
    was merged into on 1 July 2025."""
    folder = tmp_path / "reports"
    folder.mkdir()
    before = write_report(
        folder, "ha-giang-2020.txt", province="Hà Giang", number=301, day=15, month=12,
        year=2020, met=58, total=175, commune="Phương Thiện",
    )  # fmt: skip
    after = write_report(
        folder, "tuyen-quang-2025.txt", province="Tuyên Quang", number=512, day=20, month=11,
        year=2025, met=95, total=117, commune="Minh Tân",
    )  # fmt: skip
    with open_store(db_url) as store:
        save(store, before)
        save(store, after)
        yield store


def test_a_merged_province_and_its_successor_are_one_province_in_the_2025_map(
    merged: Store,
) -> None:
    query = text(
        "SELECT p.province_code_2025, p.province_name_2025, COUNT(*) AS reports,"
        " SUM(c.units_met) AS met"
        " FROM reports r JOIN places p ON p.code = r.province_code"
        " JOIN facts f ON f.document_id = r.document_id"
        " JOIN coverage c ON c.fact_id = f.id"
        " GROUP BY p.province_code_2025, p.province_name_2025"
    )
    with merged.engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(query)]
        by_period = connection.execute(
            text("SELECT province_code FROM reports ORDER BY report_date")
        ).scalars()
        assert list(by_period) == ["02", "08"]  # each in the map of its time
    assert rows == [("08", "Tuyên Quang", 2, 58 + 95)]


def test_every_code_the_store_holds_has_a_place_row_with_its_2025_counterpart(
    merged: Store,
) -> None:
    query = text(
        "SELECT s.code, p.map, p.province_code_2025, p.relation_2025 FROM ("
        " SELECT unit_code AS code FROM reports UNION SELECT province_code FROM reports"
        " UNION SELECT subject_code FROM criteria_counts UNION SELECT region_code FROM coverage"
        ") s LEFT JOIN places p ON p.code = s.code WHERE s.code IS NOT NULL ORDER BY s.code"
    )
    with merged.engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(query)]
    assert [code for code, *_ in rows] == ["00919", "00949", "02", "08"]
    assert all(m == "pre2025" and p and r for _, m, p, r in rows), rows
    assert dict((code, p) for code, _, p, _ in rows)["00949"] == "08"  # Phương Thiện → TQ


def test_places_seen_lists_each_place_with_both_codes(merged: Store) -> None:
    census = places_seen(merged)
    by_written = {(p.written, p.role): p for p in census.places}
    commune = by_written[("xã Phương Thiện", "subject")]
    assert (commune.code, commune.kind, commune.province_code_2025) == ("00949", "commune", "08")
    assert commune.code_2025 is not None and commune.relation_2025 == "merged"
    assert census.rate == 1.0


def test_villages_the_country_its_regions_and_blanks_are_listed_but_not_counted(
    tmp_path: Path, db_url: str
) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN SÔNG LÔ\n\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2020\n\n"
        "Cả nước có 5.000 xã đạt chuẩn. Thôn Đồng Lão đạt 15/19 tiêu chí. "
        "Xã Nhân Đạo đạt 19/19 tiêu chí. Vùng Tây Bắc bình quân đạt 9,5 tiêu chí/xã.\n",
        encoding="utf-8",
    )
    with open_store(db_url) as store:
        save(store, path)
        census = places_seen(store)
    kinds = {p.written: p.kind for p in census.places}
    assert kinds.get("thôn Đồng Lão") == "village"
    assert kinds.get("vùng Tây Bắc") == "region"  # a region: no map codes it
    counted = {p.written for p in census.places if p.countable}
    assert "thôn Đồng Lão" not in counted
    assert "xã Nhân Đạo" in counted
    assert census.resolved == census.countable  # the village does not lower the rate


def invoke(*args: str | Path) -> object:
    return CliRunner().invoke(app, [*map(str, args)], env={"BAOCAO_DB": ""})


def test_the_places_command_prints_a_table_jsonl_or_csv_and_the_rate(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    write_report(
        folder, "ha-giang-2020.txt", province="Hà Giang", number=301, day=15, month=12,
        year=2020, met=58, total=175, commune="Phương Thiện",
    )  # fmt: skip
    db = tmp_path / "b.db"
    assert invoke("extract", folder, "--db", db, "-q", "-j", "1").exit_code == 0  # type: ignore[attr-defined]
    table = invoke("places", "--db", db)
    assert table.exit_code == 0  # type: ignore[attr-defined]
    assert "Phương Thiện" in table.stdout and "Tuyên Quang" in table.stdout  # type: ignore[attr-defined]
    assert "places resolved (100.0%)" in table.stderr  # type: ignore[attr-defined]
    lines = invoke("places", "--db", db, "--format", "jsonl").stdout.splitlines()  # type: ignore[attr-defined]
    records = [json.loads(line) for line in lines]
    assert {r["written"] for r in records} >= {"xã Phương Thiện", "tỉnh Hà Giang"}
    assert all(r["resolved"] and r["province_code_2025"] == "08" for r in records)
    csv = invoke("places", "--db", db, "--format", "csv", "--unresolved").stdout  # type: ignore[attr-defined]
    assert csv.splitlines() == [csv.splitlines()[0]]  # the header alone
    assert csv.startswith("written,role,kind,resolved,code,map,name")
    none_left = invoke("places", "--db", db, "--unresolved")
    assert none_left.stdout == "every place resolved\n"  # type: ignore[attr-defined]
    bad = invoke("places", "--db", db, "--format", "xml")
    assert bad.exit_code != 0  # type: ignore[attr-defined]


def test_the_places_command_on_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    result = invoke("places", "--db", tmp_path / "none.db")
    assert result.exit_code != 0  # type: ignore[attr-defined]
    assert not (tmp_path / "none.db").exists()


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real is not beside the project")
def test_at_least_98_percent_of_the_places_of_the_corpus_and_real_texts_resolve(
    tmp_path: Path,
) -> None:
    files = sorted((ROOT / "corpus" / "txt").glob("*.txt")) + sorted(REAL.glob("*.txt"))
    with open_store(f"sqlite:///{tmp_path / 'corpus.db'}") as store:
        for path in files:
            save(store, path)
        census = places_seen(store)
    unresolved = sorted({p.written for p in census.places if p.countable and not p.resolved})
    assert census.countable > 100
    assert census.rate is not None and census.rate >= 0.98, unresolved
    # every resolved place of the old map reads in the new one
    old = [p for p in census.places if p.resolved and p.map == "pre2025"]
    assert old and all(p.province_code_2025 and p.relation_2025 for p in old)
