"""A report naming no unit has the level its text speaks as ("toàn huyện có 14/16 xã …"):
read from the text's own voice, kept in ``Report.level``, stored, exported and scored; never
over a unit's own level."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from baocao.evaluate import meta_right
from baocao.export import export_reports, report_to_export
from baocao.model import Document, Extraction, Format, Level, Place, Report
from baocao.nlp.metadata import read_metadata
from baocao.nlp.metadata.level import spoken_level
from baocao.normalize.report import metadata_to_report
from baocao.store import migrate, open_store

# -- reading: the text's own voice ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "toàn X", "trên địa bàn X", "UBND X" with no name after it
        ("Hết năm 2022, toàn huyện đạt 15/17 xã chuẩn.", Level.DISTRICT),
        ("Trên địa bàn xã hiện có 4 hợp tác xã hoạt động.", Level.COMMUNE),
        ("Đến nay toàn tỉnh đã huy động hơn 800 tỷ đồng.", Level.PROVINCE),
        ("UBND thị trấn chỉ đạo các tổ dân phố rà soát.", Level.COMMUNE),
        # an organ named by its level alone
        ("Đảng bộ xã lãnh đạo nhân dân làm đường giao thông.", Level.COMMUNE),
        ("Nghị quyết của HĐND huyện dành 20 tỷ đồng cho giao thông.", Level.DISTRICT),
        # a bare level word as a sentence's subject
        ("Năm 2021, xã đã đạt 19/19 tiêu chí.", Level.COMMUNE),
        ("Năm nay huyện phấn đấu có thêm 3 xã về đích.", Level.DISTRICT),
        ("Năm 2025 tỉnh đặt mục tiêu 80% số xã đạt chuẩn.", Level.PROVINCE),
    ],
)
def test_a_text_naming_no_unit_speaks_as_a_level(text: str, level: Level) -> None:
    assert spoken_level(text) is level


@pytest.mark.parametrize(
    "text",
    [
        "Toàn tỉnh Quảng Nam có 90 xã đạt chuẩn.",  # a place named, not the text's self
        "Đảng bộ xã Tân Lập lãnh đạo nhân dân.",
        "Đảm bảo an toàn xã hội trong dịp lễ.",  # society, no commune
        "Đã có 11/11 huyện được hỗ trợ; 100% xã đạt tiêu chí điện.",  # counts, no subject
        "Toàn thành phố có 12 phường.",  # a province's city or a district's: no level
    ],
)
def test_a_named_place_a_count_or_society_is_no_voice(text: str) -> None:
    assert spoken_level(text) is None


def test_a_rank_in_the_province_is_no_province_speaking() -> None:
    text = "Thu nhập bình quân đứng thứ 4 toàn tỉnh. Toàn huyện có 9 xã đạt chuẩn."
    assert spoken_level(text) is Level.DISTRICT


def test_the_province_going_through_its_districts_speaks_as_the_province() -> None:
    """A province's text gives a district's figure in that district's words ("toàn huyện
    có …"): as often as its own, the higher level is the text's."""
    text = "Đến nay toàn tỉnh có 140 xã đạt chuẩn. Riêng một huyện miền núi, toàn huyện có 6 xã."
    assert spoken_level(text) is Level.PROVINCE


def test_a_headline_voice_outweighs_the_body() -> None:
    body = "Toàn huyện A có 5 xã. Toàn huyện có 6 xã; toàn huyện có thêm 2 xã nữa."
    assert spoken_level(body, "Năm 2022, toàn tỉnh có thêm 20 xã đạt chuẩn") is Level.PROVINCE


PORTAL_PAGE = (
    "Kết quả xây dựng nông thôn mới năm 2022\n\n"
    "Đến nay, toàn huyện có 14/16 xã đạt chuẩn nông thôn mới, bình quân 18,2 tiêu chí/xã. "
    "Huyện phấn đấu năm 2023 có thêm 2 xã về đích."
)


def test_read_metadata_keeps_the_level_of_a_page_naming_no_unit() -> None:
    raw = read_metadata(PORTAL_PAGE)
    assert raw.unit is None and raw.level is Level.DISTRICT
    report = metadata_to_report(raw)
    assert report.level is Level.DISTRICT and report.own_level is Level.DISTRICT


def test_a_named_unit_keeps_its_own_level() -> None:
    """A unit named, its level is the report's: "toàn tỉnh" in a district's page is the
    district's province, not the page's level."""
    raw = read_metadata(
        "Huyện Cẩm Xuyên về đích nông thôn mới\n\n"
        "Huyện Cẩm Xuyên (Hà Tĩnh) có 20/20 xã đạt chuẩn, là huyện thứ 5 của toàn tỉnh."
    )
    assert raw.unit is not None and raw.level is None
    report = metadata_to_report(raw)
    assert report.level is None and report.own_level is Level.DISTRICT


def test_own_level_prefers_the_unit() -> None:
    district = Place("huyện A", "huyện", "A", Level.DISTRICT)
    assert Report(unit=district, level=Level.PROVINCE).own_level is Level.DISTRICT
    assert Report(level=Level.COMMUNE).own_level is Level.COMMUNE
    assert Report().own_level is None


# -- store, export, evaluate ------------------------------------------------------------------


def _extraction(report: Report, name: str = "trang.txt") -> Extraction:
    document = Document(
        path=f"/in/{name}", name=name, sha256=name.encode().hex().ljust(64, "0"),
        format=Format.TEXT, text=PORTAL_PAGE,
    )  # fmt: skip
    return Extraction(document=document, report=report, facts=())


def test_the_spoken_level_round_trips_through_the_store(db_url: str) -> None:
    spoken = Report(period="2022", level=Level.DISTRICT)
    named = Report(unit=Place("xã Tân Lập", "xã", "Tân Lập", Level.COMMUNE), period="2022")
    with open_store(db_url) as store:
        store.save_extraction(_extraction(spoken), extractor_version="1", path="/in/trang.txt")
        store.save_extraction(
            _extraction(named, "xa.txt"), extractor_version="1", path="/in/xa.txt"
        )
        assert store.report("trang.txt") == spoken
        assert store.report("xa.txt") == named
        rows = store.query("SELECT document, unit, level FROM v_reports ORDER BY document")
    assert rows == [
        {"document": "trang.txt", "unit": None, "level": "district"},
        {"document": "xa.txt", "unit": "Tân Lập", "level": "commune"},
    ]


def test_upgrading_a_store_of_revision_0015_adds_the_level(db_url: str) -> None:
    """Reports stored before 0016 read back with no spoken level; downgraded, the column
    goes and the views read as before."""
    with open_store(db_url) as store:
        with store.engine.begin() as connection:
            migrate.downgrade(connection, "0015")
        assert "level" not in {c["name"] for c in inspect(store.engine).get_columns("reports")}
        with store.engine.begin() as connection:
            document_id = connection.execute(
                text(
                    "INSERT INTO documents (sha256, name, path, format, status,"
                    " extractor_version, ocr, extracted_at) VALUES ('cd', 'cu.txt', 'cu.txt',"
                    " 'text', 'ok', '1', false, CURRENT_TIMESTAMP) RETURNING id"
                )
            ).scalar_one()
            connection.execute(
                text(
                    "INSERT INTO reports (document_id, period, scheme) VALUES (:d, '2020', 'NTM')"
                ),
                {"d": document_id},
            )
            migrate.upgrade(connection)
            assert migrate.current_revision(connection) == migrate.head_revision()
        old = store.report("cu.txt")
        assert old is not None and old.level is None
        assert store.query("SELECT level FROM v_reports") == [{"level": None}]
        with store.engine.begin() as connection:
            connection.execute(text("UPDATE reports SET level = 'commune'"))
        assert store.query("SELECT level FROM v_reports") == [{"level": "commune"}]
        with store.engine.begin() as connection:
            migrate.downgrade(connection, "0015")
        assert store.query("SELECT level FROM v_reports") == [{"level": None}]


def test_reports_export_the_spoken_level() -> None:
    assert report_to_export("a.txt", None, Report(level=Level.COMMUNE))["level"] == "commune"
    district = Place("huyện A", "huyện", "A", Level.DISTRICT)
    assert report_to_export("a.txt", None, Report(unit=district))["level"] == "district"
    assert report_to_export("a.txt", None, Report())["level"] is None


def test_export_reports_from_the_store_writes_the_level(db_url: str) -> None:
    with open_store(db_url) as store:
        store.save_extraction(
            _extraction(Report(level=Level.DISTRICT)), extractor_version="1", path="/in/trang.txt"
        )
        out = io.StringIO()
        export_reports(store, out=out)
    assert [json.loads(line)["level"] for line in out.getvalue().splitlines()] == ["district"]


def test_evaluate_scores_the_spoken_level() -> None:
    meta = {"unit": None, "level": "district", "province": None, "period": None, "date": None}
    assert meta_right(Report(level=Level.DISTRICT), meta)["level"]
    assert not meta_right(Report(level=Level.COMMUNE), meta)["level"]
    assert not meta_right(Report(), meta)["level"]


def test_a_page_extracted_exports_and_scores_its_spoken_level(tmp_path: Path) -> None:
    """End to end: a page whose file name names no place, extracted, stored, exported on the
    command line and scored against its gold ``meta.level``."""
    from typer.testing import CliRunner

    from baocao import extract_file
    from baocao.cli import app

    page = tmp_path / "trang-tin.txt"
    page.write_text(PORTAL_PAGE, encoding="utf-8")
    extraction = extract_file(page)
    assert extraction.report.unit is None
    assert extraction.report.own_level is Level.DISTRICT
    db = str(tmp_path / "p.db")
    with open_store(db) as store:
        store.save_extraction(extraction, extractor_version="1", path=str(page))
    result = CliRunner().invoke(app, ["export", "--what", "reports", "--db", db])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["level"] == "district"
    meta = {"unit": None, "level": "district", "province": None, "period": None, "date": None}
    assert meta_right(extraction.report, meta)["level"]
