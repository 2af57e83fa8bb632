"""Following a criterion across the national criteria sets: one unit's time series and a
province's coverage over the years join statements where a criterion kept its meaning and
mark where a new set changed it (trained labour: indicator 14.3 until 2020, 12.2 of
criterion 12 from 2021)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao import compare
from baocao.pipeline import run_batch
from baocao.settings import ExtractSettings
from baocao.store import Store, open_store

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

HEADER = """ỦY BAN NHÂN DÂN
HUYỆN TAM DƯƠNG

Số: {number}/BC-UBND

Tam Dương, ngày {day} tháng 12 năm {year}

BÁO CÁO
Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {year} trên địa \
bàn huyện Tam Dương, tỉnh Vĩnh Phúc

Kết quả đạt chuẩn năm {year} theo {criteria_set}:

"""

#: One district's report on 2019, under the 2016-2020 set (QĐ 1980/2016).
REPORT_2019 = HEADER.format(
    number=210, day=20, year=2019,
    criteria_set="Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020 (Quyết định số "
    "1980/QĐ-TTg)",
) + (
    "Đến hết năm 2019, toàn huyện có 9/12 xã đạt chuẩn nông thôn mới; 9/12 xã đạt tiêu chí số "
    "2 về giao thông (đạt 75%); 10/12 xã đạt tiêu chí số 12 về lao động có việc làm (đạt "
    "83,33%).\n\nTỷ lệ lao động qua đào tạo đạt 70%.\n"
)  # fmt: skip

#: The same district's report on 2023, under the 2021-2025 set (QĐ 318/2022).
REPORT_2023 = HEADER.format(
    number=305, day=15, year=2023,
    criteria_set="Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (Quyết định số "
    "318/QĐ-TTg)",
) + (
    "Đến hết năm 2023, toàn huyện có 11/12 xã đạt chuẩn nông thôn mới; 11/12 xã đạt tiêu chí "
    "số 2 về giao thông (đạt 91,67%); 12/12 xã đạt tiêu chí số 12 về lao động (đạt 100%).\n\n"
    "Tỷ lệ lao động qua đào tạo đạt 80%.\n"
)  # fmt: skip


def store_reports(store: Store, folder: Path, *extra: Path) -> None:
    files = []
    for name, text in (("tam-duong-2019.txt", REPORT_2019), ("tam-duong-2023.txt", REPORT_2023)):
        (folder / name).write_text(text, encoding="utf-8")
        files.append(folder / name)
    run_batch([], store=store, files=[*files, *extra], settings=ExtractSettings(isolate=False))


@pytest.fixture
def store(db_url: str, tmp_path: Path):
    with open_store(db_url) as opened:
        store_reports(opened, tmp_path)
        yield opened


def test_trained_labour_is_one_trend_broken_where_it_moved_from_14_3_to_12_2(store) -> None:
    series = compare.time_series(store, "Tam Dương")
    labour = series[series["series"] == "lao-dong-qua-dao-tao"]
    assert labour["period"].tolist() == ["2019", "2023"]
    assert labour["indicator"].tolist() == ["14.3", "12.2"]
    assert labour["criterion"].tolist() == [14, 12]
    assert labour["value"].tolist() == [70.0, 80.0]
    assert labour["trend"].nunique() == 1  # one line of a plot…
    assert labour["break_before"].tolist() == [False, True]  # …cut where the meaning changed
    assert labour["segment"].tolist() == [
        "lao-dong-qua-dao-tao@2016-2020", "lao-dong-qua-dao-tao@2021-2025"]  # fmt: skip
    assert "12.2" in labour["why"].iloc[1]


def test_a_criterion_that_kept_its_meaning_compares_across_sets(store) -> None:
    series = compare.time_series(store, "247")
    roads = series[series["measure"] == "coverage c2"]
    assert roads["criteria_set"].tolist() == ["2016-2020", "2021-2025"]
    assert roads["series"].tolist() == ["giao-thong", "giao-thong"]
    assert roads["segment"].nunique() == 1
    assert not roads["break_before"].any()
    assert roads["why"].isna().all()


def test_coverage_of_a_criterion_over_the_years(store) -> None:
    roads = compare.coverage_series(store, criterion=2, province="Vĩnh Phúc")
    assert roads["region"].tolist() == ["huyện Tam Dương", "huyện Tam Dương"]
    assert roads["year"].tolist() == [2019, 2023]
    assert [(m, t) for m, t in zip(roads["units_met"], roads["units_total"], strict=True)] == [
        (9, 12), (11, 12)]  # fmt: skip
    assert roads["percent"].tolist() == pytest.approx([75.0, 100 * 11 / 12])
    assert not roads["break_before"].any()
    labour = compare.coverage_series(store, criterion=12, province="tỉnh Vĩnh Phúc")
    assert labour["segment"].tolist() == ["lao-dong@2010-2015", "lao-dong@2021-2025"]
    assert labour["break_before"].tolist() == [False, True]
    assert "trained labour" in labour["why"].iloc[1]


def test_the_standard_is_redefined_by_every_set(store) -> None:
    standard = compare.coverage_series(store)
    assert standard["year"].tolist() == [2019, 2023]
    assert standard["segment"].tolist() == ["standard@2016-2020", "standard@2021-2025"]
    assert standard["break_before"].tolist() == [False, True]


def test_a_province_over_the_years_in_the_2025_map(store) -> None:
    # Vĩnh Phúc joined Phú Thọ on 1 July 2025: its district is Phú Thọ's in the 2025 map.
    merged = compare.coverage_series(store, criterion=2, province="Phú Thọ", map="2025")
    assert merged["region"].tolist() == ["huyện Tam Dương"] * 2
    assert set(merged["province_period"]) == {"Vĩnh Phúc"}
    assert compare.coverage_series(store, criterion=2, province="Vĩnh Phúc", map="2025").empty
    assert compare.coverage_series(store, criterion=2, province="Nghệ An").empty


def test_a_year_stated_by_two_reports_is_one_point_the_latest_report(
    db_url: str, tmp_path: Path
) -> None:
    half_year = CORPUS / "txt" / "vinh-phuc-huyen-tam-duong-2019-h1.txt"  # 11/12 in July 2019
    with open_store(db_url) as store:
        store_reports(store, tmp_path, half_year)
        roads = compare.coverage_series(store, criterion=2)
    in_2019 = roads[roads["year"] == 2019]
    assert in_2019["statements"].tolist() == [2]
    assert in_2019["units_met"].tolist() == [9]  # the December report, not July's
    assert in_2019["document"].tolist() == ["tam-duong-2019.txt"]


def test_a_criterion_no_set_has_is_refused(store) -> None:
    with pytest.raises(ValueError, match="criterion 25 of 2021-2025 is in no criteria series"):
        compare.coverage_series(store, criterion=25)


def test_the_question_view_follows_criteria_as_the_library_does(
    db_url: str, tmp_path: Path
) -> None:
    """``q_coverage_series`` (``baocao serve``'s query, PostgreSQL's view) gives the points,
    segments and breaks of ``coverage_series``."""
    half_year = CORPUS / "txt" / "vinh-phuc-huyen-tam-duong-2019-h1.txt"
    with open_store(db_url) as store:
        store_reports(store, tmp_path, half_year)
        view = store.query(
            "SELECT series, region, scheme, unit_kind, year, fact_id, segment, break_before,"
            " why, statements FROM q_coverage_series"
        )
        frames = [compare.coverage_series(store, criterion=c) for c in range(1, 20)]
        frames.append(compare.coverage_series(store))
    expected = sorted(
        (r.series, r.region, r.scheme, r.unit_kind, int(r.year), int(r.fact_id), r.segment,
         bool(r.break_before), r.why if isinstance(r.why, str) else None, int(r.statements))
        for frame in frames for r in frame.itertuples()
    )  # fmt: skip
    got = sorted(
        (r["series"], r["region"], r["scheme"], r["unit_kind"], int(r["year"]),
         int(r["fact_id"]), r["segment"], bool(r["break_before"]), r["why"],
         int(r["statements"]))
        for r in view
    )  # fmt: skip
    assert got == expected
    assert any(row[7] for row in got)  # a break, and its reason, are in both


def test_the_figure_cuts_a_line_where_a_set_changed_the_criterion(store) -> None:
    from baocao.compare.plot import trend_figure

    labour = compare.coverage_series(store, criterion=12)
    roads = compare.coverage_series(store, criterion=2)
    cut, whole = (trend_figure(f, title="t").axes[0] for f in (labour, roads))
    # One region each: roads one stroke through both years; labour two, and a dotted rule
    # just before the 2021-2025 set, labelled with it.
    assert [len(line.get_xdata()) for line in whole.get_lines()] == [2]
    strokes = [line for line in cut.get_lines() if line.get_linestyle() != ":"]
    rules = [line for line in cut.get_lines() if line.get_linestyle() == ":"]
    assert [list(line.get_xdata()) for line in strokes] == [[2019], [2023]]
    assert [line.get_xdata()[0] for line in rules] == [2020.5]
    assert any("2021-2025" in text.get_text() for text in cut.texts)
