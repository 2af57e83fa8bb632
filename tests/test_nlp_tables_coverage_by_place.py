"""A coverage table by place (rows = districts, columns = communes in all / communes meeting
the standard / share): each row is a coverage fact, the row's district its region, and a
total row the reporting unit's (``units_total``/``units_met`` columns of
``table_headers.toml``, read by :mod:`baocao.nlp.tables.coverage`). Left by the eleventh
session ("no table the reader knows"); our own wordings."""

from __future__ import annotations

from dataclasses import replace

from baocao.pipeline import extract_file
from baocao.settings import DEFAULT_EXTRACT_SETTINGS

HEAD = (
    "UBND TỈNH TUYÊN QUANG\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"
    "Kết quả theo từng huyện:\n\n"
)


def coverage(tmp_path, text: str) -> list[tuple[str, int, int | None, float | None]]:
    path = tmp_path / "bao-cao.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_file(path, settings=replace(DEFAULT_EXTRACT_SETTINGS, isolate=False)).facts
    return [
        (f.region, f.units_met, f.units_total, f.percent_stated)
        for f in facts
        if f.kind == "coverage" and f.origin.startswith("table")
    ]


def test_each_district_row_is_its_districts_coverage(tmp_path) -> None:
    table = (
        "| TT | Đơn vị | Tổng số xã | Số xã đạt chuẩn NTM | Tỷ lệ (%) |\n"
        "| 1 | Huyện Yên Sơn | 28 | 14 | 50,00 |\n"
        "| 2 | Huyện Hàm Yên | 17 | 6 | 35,29 |\n"
        "| | Toàn tỉnh | 45 | 20 | 44,44 |\n"
    )
    assert coverage(tmp_path, HEAD + table) == [
        ("Huyện Yên Sơn", 14, 28, 50.0),
        ("Huyện Hàm Yên", 6, 17, 35.29),
        ("tỉnh Tuyên Quang", 20, 45, 44.44),
    ]


def test_a_table_with_no_total_column_gives_counts_with_no_whole(tmp_path) -> None:
    table = (
        "| STT | Huyện | Xã đạt chuẩn |\n"
        "| 1 | Huyện Sơn Dương | 12 |\n"
        "| 2 | Huyện Chiêm Hóa | 9 |\n"
    )
    assert coverage(tmp_path, HEAD + table) == [
        ("Huyện Sơn Dương", 12, None, None),
        ("Huyện Chiêm Hóa", 9, None, None),
    ]


def test_the_same_table_written_one_cell_per_line(tmp_path) -> None:
    cells = ["STT", "Đơn vị", "Số xã", "Số xã đạt chuẩn"]
    cells += ["1", "Huyện Yên Sơn", "28", "14", "2", "Huyện Hàm Yên", "17", "6"]
    assert coverage(tmp_path, HEAD + "\n\n".join(cells) + "\n") == [
        ("Huyện Yên Sơn", 14, 28, None),
        ("Huyện Hàm Yên", 6, 17, None),
    ]
