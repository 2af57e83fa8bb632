"""Appendix tables become facts: criteria grids, funding tables, indicator tables.

Documents are built the way every loader renders a table (tests/tablefacts.py), so each
test reads as the table a report would hold.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tablefacts import DISTRICT, REPORT, assert_traced, make_document, of_kind, table_facts

from baocao.data.lexicon import parse_data
from baocao.errors import LexiconError
from baocao.evaluate import evaluate, find_gold, render_evaluation
from baocao.extract import load
from baocao.model import (
    Coverage,
    CriteriaCount,
    Fact,
    Funding,
    Level,
    Percentage,
    Place,
    Report,
    Verdict,
)
from baocao.nlp import read_document
from baocao.nlp.mentions import TableCountMention, TableFundingMention, TableVerdictMention
from baocao.nlp.tables import (
    header_lexicon,
    layout_kind,
    parse_lexicon,
    read_tables,
    table_layout,
    threshold_of,
)
from baocao.nlp.tables.cells import cell_mark
from baocao.normalize import reading_to_facts
from baocao.normalize.facts import tables_to_facts

# -- criteria grids -----------------------------------------------------------------------------

WORD_GRID = [
    ["STT", "Tên xã", "Tiêu chí", "Tiêu chí", "Tiêu chí", "Số tiêu chí đạt"],
    ["STT", "Tên xã", "1", "2", "3", "Số tiêu chí đạt"],
    ["1", "Xã Hòa Trạch", "Đạt", "Chưa đạt", "Đạt", "17"],
    ["2", "Xã Cự Nẫm", "Đạt", "", "Không đạt", "15"],
]


def test_a_criteria_grid_gives_one_verdict_per_marked_cell_and_a_count_per_row() -> None:
    document = make_document(WORD_GRID)
    facts = table_facts(document, REPORT)
    verdicts = of_kind(facts, Verdict)
    assert [(v.subject, v.criterion, v.met) for v in verdicts] == [
        ("Xã Hòa Trạch", 1, True),
        ("Xã Hòa Trạch", 2, False),
        ("Xã Hòa Trạch", 3, True),
        ("Xã Cự Nẫm", 1, True),
        ("Xã Cự Nẫm", 3, False),
    ]
    counts = of_kind(facts, CriteriaCount)
    assert [(c.subject, c.met, c.of, c.unmet) for c in counts] == [
        ("Xã Hòa Trạch", 17, 19, False),
        ("Xã Cự Nẫm", 15, 19, False),
    ]
    first = verdicts[0]
    assert first.quote == "1 | Xã Hòa Trạch | Đạt | Chưa đạt | Đạt | 17"
    assert first.origin == "table:0:row:2"
    assert (first.page, first.period, first.criteria_set, first.scheme) == (
        1,
        "2020",
        "2016-2020",
        "NTM",
    )
    assert_traced(document, facts)


def test_empty_cells_of_a_word_grid_say_nothing() -> None:
    facts = table_facts(make_document(WORD_GRID), REPORT)
    assert not [v for v in of_kind(facts, Verdict) if v.subject == "Xã Cự Nẫm" and v.criterion == 2]


def test_empty_cells_of_a_tick_grid_are_not_met_but_a_heading_row_says_nothing() -> None:
    grid = [
        ["TT", "Xã", "TC1", "TC2", "TC3"],
        ["I", "Cụm xã phía Bắc", "", "", ""],
        ["1", "Phú Định", "x", "", "X"],
        ["2", "Phú Trạch", "✓", "✓", ""],
    ]
    facts = table_facts(make_document(grid), REPORT)
    assert [(v.subject, v.criterion, v.met) for v in of_kind(facts, Verdict)] == [
        ("Phú Định", 1, True),
        ("Phú Định", 2, False),
        ("Phú Định", 3, True),
        ("Phú Trạch", 1, True),
        ("Phú Trạch", 2, True),
        ("Phú Trạch", 3, False),
    ]


@pytest.mark.parametrize(
    ("cell", "met"),
    [("Đ", True), ("đ", True), ("CĐ", False), ("cđ", False), ("D", None), ("d", None),
     ("CD", None), ("Cd", None), ("Đạt", True), ("Dat", True), ("CHUA DAT", False)],
)  # fmt: skip
def test_a_one_or_two_letter_mark_is_told_from_a_letter_by_its_d_bar(
    cell: str, met: bool | None
) -> None:
    # folding drops accents, but "D" is a letter (a column's, a grade) and "Đ" is "Đạt";
    # a whole word ("Dat") still reads without its accents
    mark = cell_mark(cell, header_lexicon())
    assert (mark.value if mark is not None else None) == met


@pytest.mark.parametrize("letter", ["D", "d"])
def test_a_letter_d_in_a_grid_that_writes_no_d_bar_marks_says_nothing(letter: str) -> None:
    grid = [
        ["TT", "Xã", "TC1", "TC2", "TC3"],
        ["1", "Phú Định", "x", letter, "x"],
        ["2", "Phú Trạch", "Đạt", "x", letter],
    ]
    facts = table_facts(make_document(grid), REPORT)
    verdicts = {(v.subject, v.criterion): v.met for v in of_kind(facts, Verdict)}
    assert ("Phú Định", 2) not in verdicts and ("Phú Trạch", 3) not in verdicts
    assert verdicts[("Phú Định", 1)] and verdicts[("Phú Trạch", 1)]


@pytest.mark.parametrize(("lost", "met"), [("D", True), ("CD", False)])
def test_a_mark_that_lost_its_bar_reads_in_a_grid_writing_the_bar_elsewhere(
    lost: str, met: bool
) -> None:
    # a scan reads "Đ" as "D" now and then: the grid's other marks say which it is
    grid = [
        ["TT", "Xã", "TC1", "TC2", "TC3"],
        ["1", "Phú Định", "Đ", lost, "CĐ"],
        ["2", "Phú Trạch", "CĐ", "Đ", "Đ"],
    ]
    facts = table_facts(make_document(grid, ocr=True), REPORT)
    verdicts = {(v.subject, v.criterion): v.met for v in of_kind(facts, Verdict)}
    assert verdicts[("Phú Định", 2)] is met
    assert verdicts[("Phú Định", 3)] is False and verdicts[("Phú Trạch", 2)] is True


def test_a_short_d_word_is_listed_only_as_a_mark() -> None:
    data = parse_data(
        """
version = 1
[[column]]
words = "Đ"
role = "subject"
example = ["TT | Đ | Số tiêu chí đạt", "STT | Đ | 1 | 2"]
""",
        source="bad.toml",
    )
    with pytest.raises(LexiconError, match="told by its đ only as a mark"):
        parse_lexicon(data, source="bad.toml")


def test_criterion_columns_may_be_headed_by_the_criterion_names() -> None:
    grid = [
        ["TT", "Tên xã", "Quy hoạch", "Giao thông", "Thủy lợi", "Điện"],
        ["1", "Lý Trạch", "Đạt", "Đạt", "Chưa đạt", "Đạt"],
    ]
    facts = table_facts(make_document(grid), REPORT)
    assert [(v.criterion, v.met) for v in of_kind(facts, Verdict)] == [
        (1, True),
        (2, True),
        (3, False),
        (4, True),
    ]


def test_a_count_written_as_k_of_n_and_an_unmet_count_column() -> None:
    grid = [
        ["TT", "Đơn vị", "Số tiêu chí đạt", "Số tiêu chí chưa đạt"],
        ["1", "Xã Sơn Lộc", "15/19", "4"],
    ]
    facts = of_kind(table_facts(make_document(grid), REPORT), CriteriaCount)
    assert [(c.met, c.of, c.unmet) for c in facts] == [(15, 19, False), (4, 19, True)]


def test_a_column_listing_the_unmet_criteria_gives_a_verdict_per_listed_criterion() -> None:
    grid = [
        ["Xã", "Số tiêu chí đã đạt (trên 19 tiêu chí)", "Các tiêu chí chưa đạt"],
        ["Tà Năng", "16", "2, 5 và TC17"],
        ["Phú Hội", "18", "Môi trường và an toàn thực phẩm"],
        ["Hiệp An", "19", "-"],
    ]
    report = Report(unit=DISTRICT)  # no criteria set known: the header says "trên 19"
    facts = table_facts(make_document(grid), report)
    assert [(v.subject, v.criterion, v.met) for v in of_kind(facts, Verdict)] == [
        ("Tà Năng", 2, False),
        ("Tà Năng", 5, False),
        ("Tà Năng", 17, False),
        ("Phú Hội", 17, False),
    ]
    assert [(c.subject, c.met, c.of) for c in of_kind(facts, CriteriaCount)] == [
        ("Tà Năng", 16, 19),
        ("Phú Hội", 18, 19),
        ("Hiệp An", 19, 19),
    ]


def test_counts_beside_complete_unmet_lists_take_their_denominator_from_the_rows() -> None:
    grid = [
        ["Xã", "Số tiêu chí đạt", "Các tiêu chí chưa đạt"],
        ["Tà Năng", "15", "2, 5, 10, 17"],
        ["Phú Hội", "18", "17"],
    ]
    unknown_set = Report(unit=DISTRICT)
    counts = of_kind(table_facts(make_document(grid), unknown_set), CriteriaCount)
    assert [(c.met, c.of) for c in counts] == [(15, 19), (18, 19)]
    grid[2][1] = "17"  # 17 + 1 is no set's size: nothing is inferred for any row
    counts = of_kind(table_facts(make_document(grid), unknown_set), CriteriaCount)
    assert [(c.met, c.of) for c in counts] == [(15, None), (17, None)]


def test_a_number_written_in_the_header_beats_the_criterion_name() -> None:
    grid = [
        ["Xã", "Thu nhập (TC 10)", "Hộ nghèo (TC 11)"],
        ["Trường Xuân", "x", "-"],
    ]
    facts = of_kind(table_facts(make_document(grid), REPORT), Verdict)
    assert [(v.criterion, v.met) for v in facts] == [(10, True), (11, False)]


def test_a_grid_of_a_few_criteria_does_not_tell_the_count_s_denominator() -> None:
    grid = [["Tên xã", "TC 2", "TC 5", "Số tiêu chí đạt"], ["Hoàng Hoa", "Đạt", "Đạt", "17"]]
    facts = of_kind(table_facts(make_document(grid), Report(unit=DISTRICT)), CriteriaCount)
    assert [(c.met, c.of) for c in facts] == [(17, None)]


def test_the_summary_rows_of_a_grid_give_coverage_of_the_reporting_unit() -> None:
    grid = [
        ["TT", "Xã", "1", "2", "3"],
        ["1", "Hòa Trạch", "Đạt", "Chưa đạt", "Đạt"],
        ["2", "Cự Nẫm", "Đạt", "Đạt", "Chưa đạt"],
        ["3", "Sơn Lộc", "Đạt", "Chưa đạt", "Chưa đạt"],
        ["", "Tổng cộng", "3", "1", "2/3"],
        ["", "Tỷ lệ (%)", "100", "33,33", "66,67"],
    ]
    document = make_document(grid)
    coverage = of_kind(table_facts(document, REPORT), Coverage)
    assert [
        (c.region, c.criterion, c.units_met, c.units_total, c.percent_stated, c.unit_kind)
        for c in coverage
    ] == [
        ("huyện Bố Trạch", 1, 3, 3, 100.0, "xã"),
        ("huyện Bố Trạch", 2, 1, 3, 33.33, "xã"),
        ("huyện Bố Trạch", 3, 2, 3, 66.67, "xã"),
    ]
    assert coverage[0].quote == " | Tổng cộng | 3 | 1 | 2/3"
    assert coverage[0].origin == "table:0:row:4"
    assert_traced(document, coverage)


def test_subjects_stay_as_written_and_get_their_official_code() -> None:
    report = Report(
        unit=DISTRICT,
        province=Place("tỉnh Quảng Bình", "tỉnh", "Quảng Bình", Level.PROVINCE),
        criteria_set="2016-2020",
    )
    grid = [
        ["TT", "Tên xã", "1", "2"],
        ["1", "Hòa Trạch", "Đạt", "Đạt"],
        ["2", "Xã Cự Nẫm", "Đạt", ""],
    ]
    facts = of_kind(table_facts(make_document(grid), report), Verdict)
    assert {(v.subject, v.subject_code) for v in facts} == {
        ("Hòa Trạch", "19183"),
        ("Xã Cự Nẫm", "19141"),
    }


def test_a_grid_cut_by_a_page_break_goes_on_with_the_header_of_its_first_part() -> None:
    first = [["Tên xã", "TC 2", "TC 5", "Số tiêu chí đạt"], ["Hoàng Hoa", "Đạt", "Chưa đạt", "17"]]
    rest = [["Đồng Tĩnh", "Chưa đạt", "Đạt", "16"]]
    document = make_document(first, rest, before="- 2 -\n", page_per_table=True)
    facts = table_facts(document, REPORT)
    assert [(v.subject, v.criterion, v.met, v.page) for v in of_kind(facts, Verdict)] == [
        ("Hoàng Hoa", 2, True, 1),
        ("Hoàng Hoa", 5, False, 1),
        ("Đồng Tĩnh", 2, False, 2),
        ("Đồng Tĩnh", 5, True, 2),
    ]
    assert of_kind(facts, CriteriaCount)[-1].origin == "table:1:row:0"
    assert_traced(document, facts)


@pytest.mark.parametrize(
    ("before", "page_per_table", "rest"),
    [
        ("Phần II. Nhiệm vụ năm tới\n", True, [["Đồng Tĩnh", "Chưa đạt", "Đạt", "16"]]),
        ("", False, [["Đồng Tĩnh", "Chưa đạt", "Đạt", "16"]]),
        ("", True, [["Đồng Tĩnh", "Chưa đạt", "16"]]),
    ],
    ids=["prose-between", "same-page", "other-width"],
)
def test_a_headerless_table_that_does_not_continue_the_last_one_says_nothing(
    before: str, page_per_table: bool, rest: list[list[str]]
) -> None:
    first = [["Tên xã", "TC 2", "TC 5", "Số tiêu chí đạt"], ["Hoàng Hoa", "Đạt", "Chưa đạt", "17"]]
    document = make_document(first, rest, before=before, page_per_table=page_per_table)
    assert {f.origin for f in table_facts(document, REPORT)} == {"table:0:row:1"}


def test_facts_from_an_ocr_page_are_marked_ocr() -> None:
    facts = table_facts(make_document(WORD_GRID, ocr=True), REPORT)
    assert facts and all(f.ocr for f in facts)


def word_grid_docx(path: Path) -> Path:
    """A Word appendix: "Tên xã" merged down two header rows, "Tiêu chí" merged across the
    criterion numbers, "Tổng cộng" merged over the ordinal and name columns."""
    word = docx.Document()
    word.add_paragraph("Biểu 01: Kết quả thực hiện các tiêu chí")
    rows = [
        ["TT", "Tên xã", "Tiêu chí", "", "", "Số tiêu chí đạt"],
        ["", "", "1", "2", "3", ""],
        ["1", "Xã Hòa Trạch", "Đạt", "Chưa đạt", "Đạt", "17"],
        ["2", "Xã Cự Nẫm", "Đạt", "Đạt", "Đạt", "19"],
        ["Tổng cộng", "", "2", "1", "2", ""],
    ]
    table = word.add_table(rows=len(rows), cols=6)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for r1, c1, r2, c2 in [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5), (4, 0, 4, 1)]:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    word.save(path)
    return path


def test_a_word_appendix_with_merged_headers_read_through_the_loader(tmp_path: Path) -> None:
    document = load(word_grid_docx(tmp_path / "phu-luc-01.docx"))
    facts = table_facts(document, REPORT)
    assert [(v.subject, v.criterion, v.met) for v in of_kind(facts, Verdict)] == [
        ("Xã Hòa Trạch", 1, True),
        ("Xã Hòa Trạch", 2, False),
        ("Xã Hòa Trạch", 3, True),
        ("Xã Cự Nẫm", 1, True),
        ("Xã Cự Nẫm", 2, True),
        ("Xã Cự Nẫm", 3, True),
    ]
    assert [(c.subject, c.met, c.of) for c in of_kind(facts, CriteriaCount)] == [
        ("Xã Hòa Trạch", 17, 19),
        ("Xã Cự Nẫm", 19, 19),
    ]
    assert [(c.criterion, c.units_met, c.units_total) for c in of_kind(facts, Coverage)] == [
        (1, 2, 2),
        (2, 1, 2),
        (3, 2, 2),
    ]
    assert {f.page for f in facts} == {None}
    assert_traced(document, facts)


# -- funding tables -----------------------------------------------------------------------------


def test_a_funding_table_gives_one_fact_per_source_row_with_its_share() -> None:
    grid = [
        ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"],
        ["", "Tổng cộng", "484.574", "100"],
        ["1", "Ngân sách Trung ương", "96.914,8", "20"],
        ["2", "Nhân dân đóng góp", "48.457", "10"],
    ]
    document = make_document(grid)
    facts = of_kind(table_facts(document, REPORT), Funding)
    assert [(f.source, f.amount_vnd, f.unit_written, f.percent_stated) for f in facts] == [
        ("total", 484_574_000_000, "triệu đồng", 100.0),
        ("central", 96_914_800_000, "triệu đồng", 20.0),
        ("community", 48_457_000_000, "triệu đồng", 10.0),
    ]
    assert {(f.region, f.flow, f.period) for f in facts} == {
        ("huyện Bố Trạch", "mobilised", "2020")
    }
    assert facts[1].quote == "1 | Ngân sách Trung ương | 96.914,8 | 20"
    assert_traced(document, facts)


def test_plan_and_outcome_columns_under_merged_headers_with_the_unit_above_the_table() -> None:
    grid = [
        ["Nguồn vốn", "Kế hoạch năm 2021", "", "Thực hiện năm 2021", ""],
        ["Nguồn vốn", "Số tiền", "Tỷ lệ (%)", "Số tiền", "Tỷ lệ (%)"],
        ["Ngân sách tỉnh", "1.200", "60", "1.000,5", "55"],
    ]
    document = make_document(grid, before="Đơn vị tính: triệu đồng\n")
    facts = of_kind(table_facts(document, REPORT), Funding)
    assert [(f.source, f.flow, f.period, f.amount_vnd, f.percent_stated) for f in facts] == [
        ("province", "planned", "2021", 1_200_000_000, 60.0),
        ("province", "mobilised", "2021", 1_000_500_000, 55.0),
    ]


def test_amounts_carrying_their_own_unit_and_purposes_without_a_source() -> None:
    grid = [
        ["TT", "Nội dung", "Kinh phí"],
        ["1", "Nâng cấp đường trục xã", "16 tỷ đồng"],
    ]
    facts = of_kind(table_facts(make_document(grid), REPORT), Funding)
    assert [(f.source, f.purpose, f.amount_vnd, f.unit_written) for f in facts] == [
        ("other", "Nâng cấp đường trục xã", 16_000_000_000, "tỷ đồng")
    ]


def test_columns_may_name_the_sources_and_rows_the_places() -> None:
    grid = [
        ["TT", "Tên xã", "Ngân sách tỉnh", "Nhân dân đóng góp"],
        ["1", "Xã Hòa Trạch", "1.500", "250,5"],
        ["", "Tổng cộng", "3.000", "500"],
    ]
    document = make_document(grid, before="ĐVT: triệu đồng\n")
    facts = of_kind(table_facts(document, REPORT), Funding)
    assert [(f.region, f.source, f.amount_vnd) for f in facts] == [
        ("Xã Hòa Trạch", "province", 1_500_000_000),
        ("Xã Hòa Trạch", "community", 250_500_000),
        ("huyện Bố Trạch", "province", 3_000_000_000),
        ("huyện Bố Trạch", "community", 500_000_000),
    ]
    assert_traced(document, facts)


def test_rows_may_be_years_with_a_total_column() -> None:
    grid = [
        ["Năm", "Tổng số (tỷ đồng)", "Ngân sách Trung ương (tỷ đồng)", "Ghi chú"],
        ["Năm 2019", "120,5", "20", ""],
        ["2020", "130", "", "chưa tổng hợp"],
    ]
    facts = of_kind(table_facts(make_document(grid), REPORT), Funding)
    assert [(f.period, f.source, f.amount_vnd, f.unit_written) for f in facts] == [
        ("2019", "total", 120_500_000_000, "tỷ đồng"),
        ("2019", "central", 20_000_000_000, "tỷ đồng"),
        ("2020", "total", 130_000_000_000, "tỷ đồng"),
    ]


def test_money_without_a_unit_anywhere_is_not_read() -> None:
    grid = [
        ["TT", "Nguồn vốn", "Số tiền"],
        ["1", "Ngân sách tỉnh", "1.200"],
    ]
    assert table_facts(make_document(grid), REPORT) == ()


# -- indicator tables ---------------------------------------------------------------------------


def test_an_indicator_table_gives_percentages_with_their_threshold() -> None:
    grid = [
        ["TT", "Chỉ tiêu", "Kết quả (%)", "Yêu cầu"],
        ["1", "Tỷ lệ hộ nghèo đa chiều", "1,2", "≤ 5%"],
        ["2", "Tỷ lệ người dân tham gia bảo hiểm y tế", "92,5", "≥85%"],
        ["3", "Số trường đạt chuẩn", "", "100%"],
    ]
    document = make_document(grid)
    facts = of_kind(table_facts(document, REPORT), Percentage)
    assert [(f.subject, f.label, f.value, f.threshold) for f in facts] == [
        ("huyện Bố Trạch", "Tỷ lệ hộ nghèo đa chiều", 1.2, "<=5"),
        ("huyện Bố Trạch", "Tỷ lệ người dân tham gia bảo hiểm y tế", 92.5, ">=85"),
    ]
    assert_traced(document, facts)


def test_a_unit_column_makes_rates_of_plain_numbers_and_keeps_lengths_out() -> None:
    grid = [
        ["TT", "Chỉ tiêu", "ĐVT", "Kết quả", "Yêu cầu"],
        ["1", "Tỷ lệ lao động có việc làm", "%", "94,2", "≥ 90%"],
        ["2", "Thu nhập bình quân đầu người", "triệu đồng/người/năm", "38,6", ""],
        ["3", "Đường trục xã được cứng hóa", "km", "11,7", ""],
    ]
    facts = of_kind(table_facts(make_document(grid), REPORT), Percentage)
    assert [(f.value, f.unit, f.threshold) for f in facts] == [
        (94.2, "%", ">=90"),
        (38.6, "triệu đồng/người/năm", None),
    ]


def test_money_rows_of_a_mixed_results_table_are_read_and_the_rest_left_quietly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    grid = [
        ["TT", "Nội dung", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
        ["1", "Bê tông hóa đường giao thông", "km", "12", "11,5"],
        ["2", "Vốn lồng ghép", "triệu đồng", "2.000", "1.850"],
    ]
    with caplog.at_level("WARNING", logger="baocao.nlp.tables"):
        facts = of_kind(table_facts(make_document(grid), REPORT), Funding)
    assert [(f.source, f.flow, f.amount_vnd) for f in facts] == [
        ("integrated", "planned", 2_000_000_000),
        ("integrated", "mobilised", 1_850_000_000),
    ]
    assert caplog.records == []


def test_amounts_without_a_unit_are_skipped_and_logged_with_the_document_and_table(
    caplog: pytest.LogCaptureFixture,
) -> None:
    grid = [
        ["Nguồn vốn", "Kế hoạch (triệu đồng)", "Thực hiện"],
        ["Ngân sách tỉnh", "1.200", "1.000"],
    ]
    with caplog.at_level("WARNING", logger="baocao.nlp.tables"):
        facts = of_kind(table_facts(make_document(grid), REPORT), Funding)
    assert [(f.flow, f.amount_vnd) for f in facts] == [("planned", 1_200_000_000)]
    assert [r.getMessage() for r in caplog.records] == [
        "phu-luc.pdf: table 0 (page 1): 1 amounts without a unit were skipped"
    ]


def test_an_assessment_table_gives_one_verdict_per_criterion_of_the_reporting_unit() -> None:
    grid = [
        ["TT", "Tên tiêu chí", "Nội dung tiêu chí", "Kết quả thực hiện", "Đánh giá"],
        ["1", "Quy hoạch", "Có quy hoạch chung xây dựng xã", "Có", "Đạt"],
        ["3", "Thủy lợi", "Tỷ lệ diện tích được tưới", "92%", "Đạt"],
        ["3", "Thủy lợi", "Đảm bảo yêu cầu phòng chống thiên tai", "Chưa", "Chưa đạt"],
    ]
    facts = table_facts(make_document(grid), REPORT)
    # criterion 3's rows disagree: the criterion-level verdict is not stated, so none.
    assert [(v.subject, v.criterion, v.met) for v in of_kind(facts, Verdict)] == [
        ("huyện Bố Trạch", 1, True)
    ]
    assert [(p.criterion, p.value) for p in of_kind(facts, Percentage)] == [(3, 92.0)]


@pytest.mark.parametrize(
    ("written", "threshold"),
    [("≥ 85%", ">=85"), ("<=5%", "<=5"), ("Tối thiểu 70%", ">=70"), ("100%", None), ("", None)],
)
def test_thresholds_keep_only_a_written_direction(written: str, threshold: str | None) -> None:
    assert threshold_of(written) == threshold


# -- what is not read ---------------------------------------------------------------------------


def test_a_table_of_unknown_shape_gives_no_facts() -> None:
    grid = [["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]]
    document = make_document(grid)
    assert table_layout(document, document.tables[0], REPORT.criteria_set) is None
    assert table_facts(document, REPORT) == ()


def test_a_header_with_a_subject_but_no_criteria_is_no_known_kind() -> None:
    grid = [["TT", "Tên xã", "Dân số"], ["1", "Hòa Trạch", "5.000"]]
    document = make_document(grid)
    layout = table_layout(document, document.tables[0], REPORT.criteria_set)
    assert layout is not None and layout_kind(layout) is None


CORPUS_TABLES = Path(__file__).resolve().parents[1] / "corpus" / "tables"
LEVELS = {"province": Level.PROVINCE, "district": Level.DISTRICT, "commune": Level.COMMUNE}


def gold_report(gold: Path) -> Report:
    """The report metadata a reader gives the table appendix (its gold "meta")."""
    meta = json.loads(gold.read_text(encoding="utf-8"))["meta"]
    written = f"{meta['unit_type']} {meta['unit']}"
    unit = Place(written, meta["unit_type"], meta["unit"], LEVELS[meta["level"]])
    return Report(unit=unit, period=meta["period"], criteria_set=meta.get("criteria_set"))


@pytest.mark.skipif(not CORPUS_TABLES.is_dir(), reason="corpus/tables not generated")
def test_the_corpus_appendices_are_read_with_f1_of_at_least_0_98() -> None:
    files = sorted(CORPUS_TABLES.glob("*.docx")) + sorted(CORPUS_TABLES.glob("*.xlsx"))
    assert files

    def extract(path: Path) -> tuple[Report, tuple[Fact, ...]]:
        report = gold_report(find_gold(CORPUS_TABLES, path))
        document = load(path)
        facts = table_facts(document, report)
        assert_traced(document, facts)
        return report, facts

    evaluation = evaluate(CORPUS_TABLES, files, extract=extract)
    assert evaluation.micro.f1 >= 0.98, render_evaluation(evaluation)


# -- the lexicon --------------------------------------------------------------------------------


def test_the_packaged_lexicon_loads() -> None:
    lexicon = header_lexicon()
    assert {w.value for w in lexicon.columns} >= {"subject", "amount", "count", "label"}


def test_every_bad_lexicon_entry_is_reported_at_once() -> None:
    data = parse_data(
        """
version = 1
[[column]]
words = "xã"
role = "place"
example = "STT | Xã"
[[column]]
words = "nguồn vốn"
role = "source"
example = "TT | Nguồn | Số tiền"
[[flow]]
words = "kế hoạch"
flow = "planned"
[[mark]]
words = "đạt"
met = true
example = "Đạt"
[[row]]
words = "tổng"
role = "total"
example = "Tổng | 6"
""",
        source="bad.toml",
    )
    with pytest.raises(LexiconError) as caught:
        parse_lexicon(data, source="bad.toml")
    message = str(caught.value)
    assert "3 problems" in message
    assert "'place' is not one of" in message
    assert "is not matched by 'nguồn vốn'" in message
    assert "flow[0]: missing `example`" in message


# -- properties ---------------------------------------------------------------------------------

MARKS = st.sampled_from(["Đạt", "Chưa đạt", "", "x", "-", "Không đạt"])


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(
        st.text(alphabet="ABCDĐƠƯabcdơưạảấ ", min_size=1, max_size=12)
        .map(str.strip)
        .filter(lambda s: s and s.lower() not in {"cộng", "tổng"}),
        min_size=1,
        max_size=5,
    ),
    marks=st.lists(st.lists(MARKS, min_size=4, max_size=4), min_size=5, max_size=5),
)
def test_every_grid_fact_slices_back_to_its_row(names: list[str], marks: list[list[str]]) -> None:
    grid = [["STT", "Xã", "1", "2", "3", "4"]] + [
        [str(i + 1), name, *marks[i]] for i, name in enumerate(names)
    ]
    document = make_document(grid, before="Biểu 2\n")
    facts = table_facts(document, REPORT)
    assert_traced(document, facts)
    for fact in facts:
        row = int(fact.origin.rsplit(":", 1)[1])
        cells = document.tables[0].rows[row]
        assert (fact.start, fact.end) == (cells[0].start, cells[-1].end)
    words_only = all(m not in ("x",) for row in marks[: len(names)] for m in row)
    if words_only:
        marked = sum(1 for row in marks[: len(names)] for m in row if m)
        assert len(of_kind(facts, Verdict)) == marked


def test_a_share_keeps_the_decimals_its_cell_was_written_with() -> None:
    grid = [
        ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"],
        ["", "Tổng cộng", "200.000", "100"],
        ["1", "Ngân sách tỉnh", "61.000", "30,50"],
        ["2", "Vốn lồng ghép", "139.000", "69,5"],
    ]
    facts = of_kind(table_facts(make_document(grid), REPORT), Funding)
    assert [(f.percent_stated, f.percent_decimals) for f in facts] == [
        (100.0, 0),
        (30.5, 2),  # "30,50": the auditor holds it to two places
        (69.5, 1),
    ]


def test_a_coverage_share_and_an_indicator_rate_keep_the_decimals_of_their_cells() -> None:
    grid = [
        ["TT", "Xã", "1", "2"],
        ["1", "Hòa Trạch", "Đạt", "Chưa đạt"],
        ["2", "Cự Nẫm", "Đạt", "Đạt"],
        ["", "Tổng số", "2", "1"],
        ["", "Tỷ lệ (%)", "100,0", "50"],
    ]
    coverage = of_kind(table_facts(make_document(grid), REPORT), Coverage)
    assert [(c.percent_stated, c.percent_decimals) for c in coverage] == [(100.0, 1), (50.0, 0)]
    rates = [
        ["TT", "Chỉ tiêu", "Kết quả (%)", "Yêu cầu"],
        ["1", "Tỷ lệ hộ dùng nước sạch", "61,20", "≥ 60%"],
        ["2", "Tỷ lệ hộ nghèo đa chiều", "3", "≤ 5%"],
    ]
    facts = of_kind(table_facts(make_document(rates), REPORT), Percentage)
    assert [(f.value, f.value_decimals) for f in facts] == [(61.2, 2), (3.0, 0)]


# -- one road: table mentions, then the normalise stage ------------------------------------------


def test_a_table_row_is_read_as_a_mention_that_leaves_the_report_its_part() -> None:
    grid = [["STT", "Tên xã", "Số tiêu chí đạt"], ["2.", "Phúc Trạch", "16"]]
    document = make_document(grid)
    [mention] = read_tables(document, criteria_set=None)
    assert isinstance(mention, TableCountMention)
    assert (mention.subject, mention.unit_kind, mention.met, mention.of) == (
        "Phúc Trạch",
        "xã",
        16,
        None,
    )
    assert (mention.row.quote, mention.row.origin) == ("2. | Phúc Trạch | 16", "table:0:row:1")
    # the same row in two reports: the total is each report's set's size, the period its own
    for report, total in (
        (REPORT, 19),
        (replace(REPORT, period="2027", criteria_set="2026-2030"), 10),
    ):
        [count] = tables_to_facts(document, report, [mention])
        assert (count.subject, count.of, count.period, count.criteria_set) == (
            "Phúc Trạch",
            total,
            report.period,
            report.criteria_set,
        )


def test_a_funding_row_keeps_the_words_of_its_source_for_the_units_level() -> None:
    grid = [["Nguồn vốn", "Số tiền (triệu đồng)"], ["- Vốn thành phố bố trí", "2.150"]]
    document = make_document(grid)
    [mention] = read_tables(document, criteria_set=None)
    assert isinstance(mention, TableFundingMention)
    assert (mention.source, mention.source_words) == ("district", "Vốn thành phố bố trí")
    city = Place("thành phố Cần Thơ", "thành phố", "Cần Thơ", Level.PROVINCE)
    sources = {
        level: tables_to_facts(document, report, [mention])[0].source
        for level, report in (("district", REPORT), ("province", Report(unit=city)))
    }
    assert sources == {"district": "district", "province": "province"}


def test_read_document_puts_the_table_mentions_beside_the_text_mentions() -> None:
    grid = [["Xã", "Giao thông", "Thủy lợi", "Điện"], ["Nam Trạch", "Đạt", "Chưa đạt", "Đạt"]]
    document = make_document(grid, before="Báo cáo kết quả năm 2020\nPhụ lục\n")
    reading = read_document(document)
    assert [(m.criterion, m.met) for m in reading.tables if isinstance(m, TableVerdictMention)] == [
        (2, True),
        (3, False),
        (4, True),
    ]
    report, facts = reading_to_facts(document, reading)
    assert [f.origin for f in facts] == ["table:0:row:1"] * 3
    assert {(f.period, f.criteria_set) for f in facts} == {(report.period, report.criteria_set)}


@pytest.mark.parametrize(
    ("plan", "done", "flows"),
    [
        ("Kế hoạch giải ngân (triệu đồng)", "Đã giải ngân (triệu đồng)", ["planned", "disbursed"]),
        ("Kế hoạch vốn được giao (triệu đồng)", "Giải ngân (triệu đồng)", ["planned", "disbursed"]),
        (
            "Vốn được giao (triệu đồng)",
            "Giải ngân theo kế hoạch (triệu đồng)",
            ["allocated", "disbursed"],
        ),
    ],
)
def test_a_plan_word_before_a_flow_word_makes_a_column_planned(plan, done, flows) -> None:
    grid = [
        ["TT", "Nguồn vốn", plan, done],
        ["1", "Ngân sách tỉnh", "4.800", "3.900"],
    ]
    facts = of_kind(table_facts(make_document(grid), REPORT), Funding)
    assert [(f.source, f.flow) for f in facts] == [("province", flow) for flow in flows]
