"""read_document: every mention of a document, each slicing back to its quote."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import SEEDS

from baocao.extract import load
from baocao.model import Cell, Table
from baocao.nlp import read_document

# Our own wordings of the statement kinds, recombined at random below.
FRAGMENTS = [
    "Tiêu chí số 4 - Điện:\n",
    "Kết quả tự đánh giá: Đạt.\n",
    "Xã Hòa Bình đã đạt được 16/19 tiêu chí, với 50/57 chỉ tiêu, còn lại 03 tiêu chí chưa đạt.\n",
    "Có 12/15 xã đạt tiêu chí số 2 về giao thông (đạt 80%).\n",
    "- Ngân sách huyện: 1.250,5 triệu đồng, chiếm 12,4%.\n",
    "Tỷ lệ hộ nghèo còn 3,2% (Tiêu chí yêu cầu: ≤ 5%).\n",
    "Các tiêu chí chưa đạt: Tiêu chí số 7 (Thương mại); Tiêu chí số 13 (Sản xuất).\n",
    "Thu nhập bình quân đạt khoảng 45,1 triệu đồng/người/năm.\n",
    "V. Phương hướng năm 2025\n",
    "Phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao.\n",
    "Tổng kinh phí huy động: **9.800.000.000** đồng, trong đó:\n",
    "\n",
    "một dòng nối tiếp không dấu chấm\n",
]


def assert_quotes_slice(document, reading) -> None:
    for mention in reading.mentions:
        assert document.text[mention.start : mention.end] == mention.quote, mention


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
@settings(max_examples=60, deadline=None)
def test_every_mention_slices_back_to_its_quote(make_document, fragments: list[str]) -> None:
    document = make_document("".join(fragments))
    assert_quotes_slice(document, read_document(document))


def test_mentions_come_in_document_order(make_document) -> None:
    document = make_document("".join(FRAGMENTS))
    reading = read_document(document)
    starts = [m.start for m in reading.mentions]
    assert starts == sorted(starts)
    assert reading.verdicts and reading.counts and reading.coverage
    assert reading.funding and reading.percentages


def test_text_inside_a_table_is_left_to_the_table_reader(make_document) -> None:
    before = "Bảng tổng hợp:\n"
    row = "Xã Hòa Bình | 16/19 tiêu chí | 85%"
    document = make_document(before + row + "\n")
    start = len(before)
    cells = []
    for part in row.split(" | "):
        at = document.text.index(part, start)
        cells.append(Cell(part, at, at + len(part)))
    table = Table(0, None, start, start + len(row), (tuple(cells),), "text")
    from dataclasses import replace

    reading = read_document(replace(document, tables=(table,)))
    assert reading.mentions == ()


@pytest.mark.parametrize(
    "name", ["000_e3a9277c9180f2a0", "002_482529781e5ab820", "003_c332789b5b2a8217"]
)
def test_seed_reports_read_cleanly(name: str) -> None:
    path = SEEDS / f"{name}.txt"
    if not path.is_file():
        pytest.skip(f"seed report {path} not present")
    document = load(path)
    reading = read_document(document)
    assert_quotes_slice(document, reading)
    if name.startswith("002"):
        # a truncated half-year report: narrative only, nothing to read
        assert reading.mentions == ()
