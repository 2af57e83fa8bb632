"""Tables of any reasonable layout read by what their headers and cells mean.

The same money by source, or the same criteria grid, is written in many layouts: columns in
any order, the unit in the header, in a row of units, in the line above or in every cell,
the total row first or last, merged header cells, sub-rows under a source's row, one column
per period, ordinal columns of every style. Each test below is one such class, written with
our own wording; the property tests render one table in every combination and ask for the
same facts; the last tests hold the corpus built in every layout (``corpus/layouts/``) to
its gold.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tablefacts import REPORT, assert_traced, make_document, of_kind, table_facts

from baocao.evaluate import evaluate, render_evaluation
from baocao.model import Coverage, CriteriaCount, Funding, Verdict
from baocao.nlp.segment import logical_lines
from baocao.nlp.tables.funding import row_depth
from baocao.pipeline import extract_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus  # noqa: E402


def money(grid: Sequence[Sequence[str]], before: str = "Phụ lục\n") -> list[tuple]:
    """(source, amount in đồng, share, period) of each funding fact the table gives."""
    document = make_document(grid, before=before)
    facts = of_kind(table_facts(document, REPORT), Funding)
    assert_traced(document, facts)
    return [(f.source, f.amount_vnd, f.percent_stated, f.period) for f in facts]


M = 1_000_000
B = 1_000_000_000


# -- where the amount, the share and the source are -------------------------------------------


def test_the_share_column_belongs_to_the_amount_column_whichever_comes_first() -> None:
    grid = [
        ["Cơ cấu (%)", "Nguồn vốn huy động", "Giá trị (triệu đồng)"],
        ["62,5", "Vốn tín dụng ưu đãi", "1.250"],
        ["37,5", "Ngân sách huyện", "750"],
    ]
    assert money(grid) == [
        ("credit", 1_250 * M, 62.5, "2020"),
        ("district", 750 * M, 37.5, "2020"),
    ]


def test_the_source_column_may_come_last_and_the_ordinal_column_anywhere() -> None:
    grid = [
        ["Kinh phí (tỷ đồng)", "STT", "Nguồn"],
        ["4,2", "1", "Ngân sách tỉnh"],
        ["0,8", "2", "Doanh nghiệp"],
    ]
    assert money(grid) == [
        ("province", 4_200 * M, None, "2020"),
        ("enterprise", 800 * M, None, "2020"),
    ]


@pytest.mark.parametrize("ordinals", [("I", "II"), ("1", "2"), ("a", "b"), ("1.1", "1.2")])
def test_an_ordinal_column_of_any_style_is_never_read_as_a_number(ordinals) -> None:
    grid = [
        ["TT", "Nguồn vốn", "Số tiền (triệu đồng)"],
        [ordinals[0], "Ngân sách xã", "320"],
        [ordinals[1], "Vốn lồng ghép", "1.480"],
    ]
    assert [(s, a) for s, a, _, _ in money(grid)] == [
        ("commune", 320 * M),
        ("integrated", 1_480 * M),
    ]


# -- units --------------------------------------------------------------------------------------


def test_a_unit_in_each_cell_is_that_cells_unit() -> None:
    grid = [
        ["Nguồn vốn", "Số tiền", "Tỷ lệ"],
        ["Ngân sách trung ương", "1.234 triệu", "33,1%"],
        ["Nhân dân đóng góp", "2,5 tỷ", "66,9%"],
    ]
    assert money(grid) == [
        ("central", 1_234 * M, 33.1, "2020"),
        ("community", 2_500 * M, 66.9, "2020"),
    ]


def test_a_row_of_units_under_the_headers_gives_each_column_its_unit() -> None:
    grid = [
        ["Nguồn vốn", "Số tiền", "Tỷ lệ"],
        ["", "(tỷ đồng)", "(%)"],
        ["Vốn tín dụng", "12,75", "51"],
    ]
    assert money(grid) == [("credit", 12_750 * M, 51.0, "2020")]


@pytest.mark.parametrize(
    "line", ["Đơn vị tính: triệu đồng", "ĐVT: triệu đồng", "Đơn vị: triệu đồng"]
)
def test_a_unit_stated_above_the_table_is_the_tables(line: str) -> None:
    grid = [["Nguồn vốn", "Năm 2022"], ["Ngân sách tỉnh", "915,5"]]
    assert money(grid, before=f"{line}\n") == [("province", 915_500_000, None, "2022")]


def test_money_without_a_unit_anywhere_is_not_read() -> None:
    grid = [["Nguồn vốn", "Số tiền"], ["Ngân sách tỉnh", "915"]]
    assert money(grid) == []


# -- totals -------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Tổng cộng", "Tổng số", "Cộng", "TỔNG CỘNG"])
@pytest.mark.parametrize("first", [True, False])
def test_the_total_row_may_come_first_or_last(word: str, first: bool) -> None:
    parts = [["1", "Ngân sách huyện", "600"], ["2", "Nhân dân đóng góp", "400"]]
    total = ["", word, "1.000"]
    grid = [["TT", "Nguồn vốn", "Số tiền (triệu đồng)"], *([total] if first else []), *parts]
    grid += [] if first else [total]
    assert sorted(money(grid)) == [
        ("community", 400 * M, None, "2020"),
        ("district", 600 * M, None, "2020"),
        ("total", 1_000 * M, None, "2020"),
    ]


def test_a_total_merged_over_the_ordinal_column_right_under_the_header_is_data() -> None:
    grid = [
        ["STT", "Nội dung", "Kết quả huy động"],
        ["", "", "Giá trị"],
        ["Tổng cộng", "", "5.600"],
        ["1", "Ngân sách tỉnh", "5.600"],
    ]
    assert money(grid, before="Đơn vị tính: triệu đồng\n") == [
        ("total", 5_600 * M, None, "2020"),
        ("province", 5_600 * M, None, "2020"),
    ]


# -- merged headers -----------------------------------------------------------------------------


def test_a_merged_heading_over_amount_and_share_pairs_them_and_gives_its_unit() -> None:
    grid = [
        ["TT", "Nguồn vốn", "Vốn đã huy động (triệu đồng)", ""],
        ["", "", "Số tiền", "Cơ cấu (%)"],
        ["1", "Ngân sách tỉnh", "2.040", "40"],
        ["2", "Vốn doanh nghiệp", "3.060", "60"],
    ]
    assert money(grid) == [
        ("province", 2_040 * M, 40.0, "2020"),
        ("enterprise", 3_060 * M, 60.0, "2020"),
    ]


def test_two_merged_groups_each_pair_their_own_share() -> None:
    grid = [
        ["Nguồn vốn", "Kế hoạch", "", "Thực hiện", ""],
        ["", "Giá trị", "%", "Giá trị", "%"],
        ["Ngân sách xã", "100", "10", "90", "9"],
    ]
    document = make_document(grid, before="ĐVT: triệu đồng\n")
    facts = of_kind(table_facts(document, REPORT), Funding)
    assert [(f.flow, f.amount_vnd, f.percent_stated) for f in facts] == [
        ("planned", 100 * M, 10.0),
        ("mobilised", 90 * M, 9.0),
    ]


# -- sub-rows -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "children",
    [
        (("", "- Vốn đầu tư phát triển"), ("", "- Vốn sự nghiệp")),
        (("", "a) Vốn đầu tư phát triển"), ("", "b) Vốn sự nghiệp")),
        (("1.1", "Vốn đầu tư phát triển"), ("1.2", "Vốn sự nghiệp")),
        (("-", "Vốn đầu tư phát triển"), ("+", "Vốn sự nghiệp")),
    ],
)
def test_sub_rows_under_a_source_are_that_sources_money_not_totals(children) -> None:
    grid = [
        ["TT", "Nguồn vốn", "Số tiền (triệu đồng)"],
        ["1", "Ngân sách trung ương", "700"],
        [*children[0], "520"],
        [*children[1], "180"],
        ["2", "Nhân dân đóng góp", "95"],
    ]
    assert [(s, a) for s, a, _, _ in money(grid)] == [
        ("central", 700 * M),
        ("central", 520 * M),
        ("central", 180 * M),
        ("community", 95 * M),
    ]


def test_a_sub_row_naming_its_own_source_keeps_it_and_a_totals_parts_are_other() -> None:
    grid = [
        ["TT", "Nguồn vốn", "Số tiền (tỷ đồng)"],
        ["I", "Tổng số", "30"],
        ["", "- Vốn huy động chung tay", "5"],
        ["II", "Ngân sách nhà nước cấp", "25"],
        ["", "- Ngân sách tỉnh", "15"],
    ]
    sources = [s for s, _, _, _ in money(grid)]
    assert sources[:2] == ["total", "other"]
    assert sources[-1] == "province"


def test_row_depth_reads_ordinals_and_bullets() -> None:
    assert [row_depth(o, n) for o, n in [("II", "x"), ("3", "x"), ("2.1", "x"), ("c", "x")]] == [
        0,
        1,
        2,
        3,
    ]
    assert row_depth("", "- Vốn sự nghiệp") == 4
    assert row_depth("", "b) Vốn sự nghiệp") == 3
    assert row_depth("", "Vốn sự nghiệp") is None


# -- periods ------------------------------------------------------------------------------------


def test_one_fact_per_period_column_with_its_period() -> None:
    grid = [
        ["Nguồn vốn", "Giai đoạn 2011 - 2015", "Giai đoạn 2016 - 2020"],
        ["", "(triệu đồng)", "(triệu đồng)"],
        ["Vốn tín dụng", "8.100", "12.900"],
    ]
    assert money(grid) == [
        ("credit", 8_100 * M, None, "2011-2015"),
        ("credit", 12_900 * M, None, "2016-2020"),
    ]


def test_a_periods_row_is_its_total_and_dates_the_rows_under_it() -> None:
    grid = [
        ["STT", "Nguồn vốn", "Số tiền (triệu đồng)"],
        ["1", "Giai đoạn 2011-2015", "410"],
        ["-", "Ngân sách huyện", "410"],
        ["2", "Năm 2016", "95"],
        ["-", "Ngân sách huyện", "95"],
        ["", "Tổng cộng", "505"],
    ]
    assert money(grid) == [
        ("total", 410 * M, None, "2011-2015"),
        ("district", 410 * M, None, "2011-2015"),
        ("total", 95 * M, None, "2016"),
        ("district", 95 * M, None, "2016"),
        ("total", 505 * M, None, "2020"),
    ]


def test_the_heading_just_above_a_table_dates_its_money() -> None:
    grid = [["Nguồn vốn", "Số tiền (tỷ đồng)"], ["Ngân sách tỉnh", "3,5"]]
    assert money(grid, before="2.1. Giai đoạn 2016-2018: 9,8 tỷ đồng, trong đó:\n") == [
        ("province", 3_500 * M, None, "2016-2018")
    ]


# -- criteria tables ----------------------------------------------------------------------------


def verdicts(grid: Sequence[Sequence[str]]) -> set[tuple]:
    document = make_document(grid)
    facts = table_facts(document, REPORT)
    assert_traced(document, facts)
    return {(v.subject, v.criterion, v.met) for v in of_kind(facts, Verdict)} | {
        (c.subject, "count", c.met) for c in of_kind(facts, CriteriaCount)
    }


def test_criterion_columns_under_a_merged_group_heading() -> None:
    grid = [
        ["TT", "Tên xã", "Kết quả thực hiện các tiêu chí", "", "Số tiêu chí đạt"],
        ["", "", "TC 6 - Cơ sở vật chất văn hóa", "TC 8 - Thông tin và truyền thông", ""],
        ["1", "Đồng Sơn", "Đạt", "Chưa đạt", "18"],
    ]
    assert verdicts(grid) == {
        ("Đồng Sơn", 6, True),
        ("Đồng Sơn", 8, False),
        ("Đồng Sơn", "count", 18),
    }


def test_a_criteria_grid_reads_the_same_with_its_columns_reversed() -> None:
    grid = [
        ["Xã", "Điện (TC 4)", "Nhà ở dân cư (TC 9)", "Số tiêu chí đạt"],
        ["Yên Hòa", "x", "-", "17"],
        ["Yên Phú", "-", "x", "16"],
    ]
    reversed_grid = [list(reversed(row)) for row in grid]
    assert verdicts(reversed_grid) == verdicts(grid) != set()


def test_criterion_rows_with_a_verdict_column_in_any_order() -> None:
    for grid in (
        [
            ["TT", "Tiêu chí", "Kết quả đánh giá"],
            ["1", "Thủy lợi", "Đạt"],
            ["2", "Điện", "Chưa đạt"],
        ],
        [["Đánh giá", "Tên tiêu chí"], ["Đạt", "Tiêu chí số 3"], ["Chưa đạt", "Tiêu chí số 4"]],
    ):
        assert verdicts(grid) == {("huyện Bố Trạch", 3, True), ("huyện Bố Trạch", 4, False)}


def test_a_criteria_grids_total_row_still_gives_coverage_under_a_merged_header() -> None:
    grid = [
        ["Xã", "Kết quả thực hiện các tiêu chí", ""],
        ["", "Giao thông (TC 2)", "Trường học (TC 5)"],
        ["Xuân Sơn", "x", "x"],
        ["Xuân Hòa", "x", "-"],
        ["Tổng", "2", "1"],
    ]
    facts = table_facts(make_document(grid), REPORT)
    assert {(c.criterion, c.units_met, c.units_total) for c in of_kind(facts, Coverage)} == {
        (2, 2, 2),
        (5, 1, 2),
    }


# -- the text around a table --------------------------------------------------------------------


def test_a_line_ending_in_a_colon_never_runs_on_across_the_table_it_introduces() -> None:
    text = "Tổng vốn: 9 tỷ đồng, gồm:\nNguồn vốn | Số tiền\nNgân sách tỉnh | 9 tỷ đồng\nHết.\n"
    table = (text.index("Nguồn"), text.index("Hết.") - 1)
    lines = [text[s:e] for s, e in logical_lines(text, [table])]
    assert lines == ["Tổng vốn: 9 tỷ đồng, gồm:", "Hết."]


# -- one table in every layout: the same facts --------------------------------------------------

SOURCES = (
    ("Ngân sách trung ương", "central"),
    ("Ngân sách tỉnh", "province"),
    ("Ngân sách huyện", "district"),
    ("Ngân sách xã", "commune"),
    ("Vốn lồng ghép", "integrated"),
    ("Vốn tín dụng", "credit"),
    ("Vốn doanh nghiệp", "enterprise"),
    ("Nhân dân đóng góp", "community"),
)
UNITS = {"triệu đồng": M, "tỷ đồng": B}


def _written(value: int) -> str:
    """1234567 → "1.234.567" (Vietnamese thousands)."""
    return f"{value:,}".replace(",", ".")


@st.composite
def money_tables(draw):
    """A funding table's content and one way of writing it."""
    chosen = draw(st.lists(st.sampled_from(SOURCES), min_size=1, max_size=5, unique=True))
    amounts = draw(st.lists(st.integers(1, 9_999_999), min_size=len(chosen), max_size=len(chosen)))
    shares = [draw(st.one_of(st.none(), st.integers(1, 99))) for _ in chosen]
    with_share = any(s is not None for s in shares)
    style = {
        "unit": draw(st.sampled_from(["triệu đồng", "tỷ đồng"])),
        "unit_at": draw(st.sampled_from(["header", "cells", "row", "above"])),
        "total": draw(st.sampled_from(["none", "first", "last"])),
        "ordinal": draw(st.sampled_from(["none", "arabic", "roman", "letter"])),
        "order": draw(st.permutations(["ordinal", "source", "amount", "share"])),
        "merged": draw(st.booleans()),
    }
    rows = [
        (label, source, amount, share)
        for (label, source), amount, share in zip(chosen, amounts, shares, strict=True)
    ]
    return rows, with_share, style


def render(rows, with_share: bool, style: dict) -> tuple[list[list[str]], str]:
    unit = style["unit"]
    columns = [c for c in style["order"] if (c != "ordinal" or style["ordinal"] != "none")]
    columns = [c for c in columns if c != "share" or with_share]
    amount_header = f"Số tiền ({unit})" if style["unit_at"] == "header" else "Số tiền"
    headers = {
        "ordinal": "STT",
        "source": "Nguồn vốn",
        "amount": amount_header,
        "share": "Tỷ lệ (%)",
    }
    body = []
    for n, (label, _, amount, share) in enumerate(rows, 1):
        ordinal = {
            "arabic": str(n),
            "roman": ("I", "II", "III", "IV", "V")[n - 1],
            "letter": "abcde"[n - 1],
        }.get(style["ordinal"], "")
        amount_text = _written(amount) + (f" {unit}" if style["unit_at"] == "cells" else "")
        cells = {
            "ordinal": ordinal,
            "source": label,
            "amount": amount_text,
            "share": "" if share is None else str(share),
        }
        body.append([cells[c] for c in columns])
    total = sum(amount for _, _, amount, _ in rows)
    total_cells = {
        "ordinal": "",
        "source": "Tổng cộng",
        "amount": _written(total) + (f" {unit}" if style["unit_at"] == "cells" else ""),
        "share": "100",
    }
    if style["total"] == "first":
        body.insert(0, [total_cells[c] for c in columns])
    elif style["total"] == "last":
        body.append([total_cells[c] for c in columns])
    if style["merged"] and "amount" in columns:
        # "Kết quả huy động" merged over the amount (and share) column(s).
        top = [headers[c] if c not in ("amount", "share") else "" for c in columns]
        first = min(columns.index(c) for c in ("amount", "share") if c in columns)
        top[first] = "Kết quả huy động"
        sub = [headers[c] if c in ("amount", "share") else "" for c in columns]
        header_rows = [top, sub]
    else:
        header_rows = [[headers[c] for c in columns]]
    if style["unit_at"] == "row":
        header_rows.append(
            [f"({unit})" if c == "amount" else "(%)" if c == "share" else "" for c in columns]
        )
    before = f"Đơn vị tính: {unit}\n" if style["unit_at"] == "above" else "Phụ lục\n"
    return header_rows + body, before


@settings(max_examples=150, deadline=None)
@given(money_tables())
def test_a_money_table_in_any_layout_gives_the_same_facts(table) -> None:
    rows, with_share, style = table
    grid, before = render(rows, with_share, style)
    got = sorted((s, a, p) for s, a, p, _ in money(grid, before=before))
    scale = UNITS[style["unit"]]
    want = [
        (source, amount * scale, None if share is None else float(share))
        for _, source, amount, share in rows
    ]
    if style["total"] != "none":
        want.append(("total", sum(a for _, _, a, _ in rows) * scale, 100.0 if with_share else None))
    assert got == sorted(want), (grid, before)


@settings(max_examples=60, deadline=None)
@given(
    st.permutations([0, 1, 2, 3, 4]),
    st.lists(st.tuples(st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=4),
    st.booleans(),
)
def test_a_criteria_grid_in_any_column_order_gives_the_same_verdicts(order, marks, merged) -> None:
    names = ["Hòa Bình", "Hòa Lạc", "Hòa An", "Hòa Phú"]
    header = ["Xã", "Giao thông (TC 2)", "Điện (TC 4)", "Nhà ở dân cư (TC 9)", "Số tiêu chí đạt"]
    body = [
        [names[i], *("Đạt" if m else "Chưa đạt" for m in row), str(16 + sum(row))]
        for i, row in enumerate(marks)
    ]
    want = verdicts([header, *body])
    permuted = [[row[j] for j in order] for row in [header, *body]]
    if merged:
        crit = [k for k, j in enumerate(order) if j in (1, 2, 3)]
        top = [
            ("Kết quả thực hiện các tiêu chí" if k == crit[0] else "") if k in crit else h
            for k, h in enumerate(permuted[0])
        ]
        sub = [h if k in crit else "" for k, h in enumerate(permuted[0])]
        permuted = [top, sub, *permuted[1:]]
    assert verdicts(permuted) == want


# -- the corpus in every layout -----------------------------------------------------------------


def _extract(path: Path):
    extraction = extract_file(path)
    return extraction.report, extraction.facts


LAYOUT_FILES = [(layout, "docx") for layout in make_corpus.LAYOUT_FORMATS] + [
    (layout, "pdf") for layout in make_corpus.LAYOUT_PDFS
]


@pytest.mark.parametrize(("layout", "ext"), LAYOUT_FILES)
def test_the_corpus_in_every_layout_meets_the_bar(layout: str, ext: str) -> None:
    files = sorted((CORPUS / "layouts" / layout).glob(f"*.{ext}"))
    assert len(files) == len(list((CORPUS / "txt").glob("*.txt")))
    evaluation = evaluate(CORPUS / "gold", files, extract=_extract)
    assert evaluation.micro.f1 >= 0.98, render_evaluation(evaluation)


# -- a row cut by a page break ------------------------------------------------------------------


def test_a_row_cut_by_a_page_break_is_read_whole() -> None:
    top = [
        ["Tên xã", "TC 2 - Giao thông", "TC 5 - Trường học", "Số tiêu chí đạt"],
        ["Minh Quang", "Đạt", "Chưa", "18"],
    ]
    rest = [["Hòa", "", "đạt", ""], ["Tân Tiến", "Chưa đạt", "Đạt", "17"]]
    document = make_document(top, rest, before="", page_per_table=True)
    facts = table_facts(document, REPORT)
    assert_traced(document, facts)
    assert {(v.subject, v.criterion, v.met) for v in of_kind(facts, Verdict)} == {
        ("Minh Quang Hòa", 2, True),
        ("Minh Quang Hòa", 5, False),
        ("Tân Tiến", 2, False),
        ("Tân Tiến", 5, True),
    }
    assert {(c.subject, c.met) for c in of_kind(facts, CriteriaCount)} == {
        ("Minh Quang Hòa", 18),
        ("Tân Tiến", 17),
    }


def test_a_next_pages_first_row_with_its_own_marks_is_a_row_of_its_own() -> None:
    top = [["TT", "Xã", "TC1", "TC2"], ["1", "Phú Định", "x", ""]]
    rest = [["2", "Phú Trạch", "", "x"]]
    document = make_document(top, rest, before="", page_per_table=True)
    subjects = {v.subject for v in of_kind(table_facts(document, REPORT), Verdict)}
    assert subjects == {"Phú Định", "Phú Trạch"}


# -- a list split into a table at its colons: no header -----------------------------------------


def test_a_headerless_table_of_source_and_amount_with_its_unit_is_read() -> None:
    grid = [
        ["2.1. Giai đoạn 2016-2018:", "3.150 triệu đồng."],
        ["- Ngân sách huyện:", "1.050 triệu đồng, chiếm tỷ lệ 33,33%;"],
        ["- Vốn doanh nghiệp:", "2.100 triệu đồng, chiếm tỷ lệ 66,67%."],
    ]
    assert money(grid) == [
        ("total", 3_150 * M, None, "2016-2018"),
        ("district", 1_050 * M, 33.33, "2016-2018"),
        ("enterprise", 2_100 * M, 66.67, "2016-2018"),
    ]


def test_a_headerless_table_of_names_and_numbers_without_units_is_not_money() -> None:
    grid = [["Ngân sách tỉnh", "1.050"], ["Doanh nghiệp", "2.100"]]
    assert money(grid) == []


def test_a_headerless_table_of_other_things_gives_nothing() -> None:
    grid = [["Họ và tên", "Nguyễn Văn B"], ["Chức vụ", "Phó Chủ tịch"]]
    assert table_facts(make_document(grid), REPORT) == ()
