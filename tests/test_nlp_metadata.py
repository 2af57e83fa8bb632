"""Reading a report's header: unit, province, number, date, title, period, criteria set."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from baocao.model import Level
from baocao.nlp.metadata import RawMetadata, metadata_to_report, read_metadata

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

DISTRICT_HEADER = """\
ỦY BAN NHÂN DÂN
THỊ XÃ BỈM SƠN

Số: 1408/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bỉm Sơn, ngày 13 tháng 7 năm 2018

BÁO CÁO
Kết quả thực hiện Chương trình xây dựng nông thôn mới
giai đoạn 2011-2018 trên địa bàn thị xã

I. KẾT QUẢ
Thực hiện Quyết định số 1980/QĐ-TTg, toàn thị xã có 3 xã đạt chuẩn.
"""


def test_a_full_header() -> None:
    raw = read_metadata(DISTRICT_HEADER)
    assert raw.unit is not None and raw.unit_from == "header"
    assert (raw.unit.prefix, raw.unit.name, raw.unit.level) == ("thị xã", "Bỉm Sơn", Level.DISTRICT)
    assert raw.number == "1408/BC-UBND"
    assert (raw.place_written, raw.date) == ("Bỉm Sơn", "2018-07-13")
    assert raw.title == (
        "Kết quả thực hiện Chương trình xây dựng nông thôn mới giai đoạn 2011-2018 "
        "trên địa bàn thị xã"
    )
    assert raw.period == "2011-2018"
    assert raw.decisions == ("1980/QĐ-TTg",)


def test_the_report_resolves_unit_and_derives_the_province() -> None:
    report = metadata_to_report(read_metadata(DISTRICT_HEADER))
    assert report.unit is not None and report.unit.code == "381"
    assert report.province is not None and report.province.name == "Thanh Hóa"
    assert report.criteria_set == "2016-2020"
    assert report.scheme == "NTM"


def test_blank_number_and_blank_day() -> None:
    raw = read_metadata("UBND XÃ CẨM NGỌC\nSố:     /BC-UBND\nCẩm Ngọc, ngày  tháng 5 năm 2024\n")
    assert raw.number is None
    assert raw.date == "2024-05"
    assert raw.unit is not None and raw.unit.name == "Cẩm Ngọc"


def test_unit_from_the_title_when_the_header_is_missing() -> None:
    text = "BÁO CÁO\nKết quả xây dựng NTM nâng cao trên địa bàn huyện Sông Lô, tỉnh Vĩnh Phúc\n"
    raw = read_metadata(text)
    assert raw.unit_from == "title"
    assert raw.unit is not None and raw.unit.name == "Sông Lô"
    assert raw.province is not None and raw.province.name == "Vĩnh Phúc"
    assert raw.scheme == "NTM nâng cao"


def test_unit_from_the_body_by_how_the_report_names_itself() -> None:
    text = (
        "BÁO CÁO\nKết quả 6 tháng đầu năm 2019\n\n"
        "UBND huyện chỉ đạo xã Quang Yên hoàn thiện hồ sơ; xã Quang Yên đạt chuẩn. "
        "Trên địa bàn huyện có 2 xã đạt chuẩn; cổng thông tin huyện Sông Lô đăng tải.\n"
    )
    raw = read_metadata(text)
    assert raw.unit_from == "body"
    assert raw.unit is not None and raw.unit.written == "huyện Sông Lô"
    assert raw.period == "2019-H1"


def test_empty_text_reads_nothing() -> None:
    assert read_metadata("") == RawMetadata()
    assert metadata_to_report(RawMetadata()).unit is None


def test_a_cited_decision_overrides_the_period() -> None:
    raw = RawMetadata(period="2021", decisions=("1980/QĐ-TTg",))
    assert metadata_to_report(raw).criteria_set == "2016-2020"
    raw = RawMetadata(period="2020", decisions=("491/QĐ-TTg", "1980/QĐ-TTg"))
    assert metadata_to_report(raw).criteria_set == "2016-2020"


@pytest.mark.parametrize("seed", sorted(p.stem for p in SEEDS.glob("*.txt")) or ["none"])
def test_seed_reports_match_their_gold_meta(seed: str) -> None:
    if seed == "none":
        pytest.skip("shared seeds not beside the clone")
    text = unicodedata.normalize("NFC", (SEEDS / f"{seed}.txt").read_text(encoding="utf-8"))
    gold = json.loads((SEEDS / "gold" / f"{seed}.json").read_text(encoding="utf-8"))["meta"]
    report = metadata_to_report(read_metadata(text))
    assert report.unit is not None and report.province is not None
    got = {
        "unit": report.unit.name,
        "unit_type": report.unit.prefix,
        "level": str(report.unit.level),
        "province": report.province.name,
        "period": report.period,
        "report_date": report.date,
    }
    assert got == {k: gold[k] for k in got}


def test_an_appendix_takes_its_title_and_period_from_the_report_it_is_attached_to() -> None:
    text = (
        "PHỤ LỤC\n"
        "(Kèm theo báo cáo kết quả xây dựng nông thôn mới 6 tháng đầu năm 2019 trên địa bàn "
        "huyện Tam Dương, tỉnh Vĩnh Phúc)\n"
        "Tên xã | Số tiêu chí đạt\n"
    )
    raw = read_metadata(text)
    assert raw.title is not None and raw.title.endswith("tỉnh Vĩnh Phúc")
    assert raw.period == "2019-H1"
    assert raw.unit is not None and raw.unit.name == "Tam Dương"
