"""A year's end the text has not reached beside a state reached now, and a target a level
above assigned: read as a careful reader would.

- "Toàn tỉnh đã có 150 xã … tính đến nay, đến cuối năm 2019 có 165 xã …" in a text of April
  2019: the 150 are done (its clause says so), the 165 a goal; the "đã" of one clause is no
  word of the other.
- "Chỉ tiêu Chính phủ giao … có 200 xã đạt chuẩn." is a goal (the target set by the level
  above), and the result set against it in the next sentence ("Kết quả … cao hơn chỉ tiêu
  được giao là 235 xã") gives the excess, no count of its own.
"""

from __future__ import annotations

from readfacts import MakeDocument, facts_of

from baocao.model import Coverage

APRIL = (
    "UBND TỈNH QUẢNG TRỊ\nQuảng Trị, ngày 12 tháng 4 năm 2019\n"
    "BÁO CÁO kết quả xây dựng nông thôn mới quý I năm 2019\n"
)


def _coverage(make_document: MakeDocument, text: str) -> list[tuple[int, bool]]:
    return [
        (f.units_met, f.target) for f in facts_of(make_document, text) if isinstance(f, Coverage)
    ]


def test_a_year_end_ahead_beside_a_state_done_is_a_goal(make_document: MakeDocument) -> None:
    text = APRIL + (
        "Toàn tỉnh đã có 58 xã đạt chuẩn nông thôn mới tính đến nay, đến cuối năm 2019 có 66 "
        "xã đạt chuẩn nông thôn mới.\n"
        "Đến hết năm 2019, toàn tỉnh có 2 huyện đạt chuẩn nông thôn mới, hiện nay đã có 1 "
        "huyện đạt chuẩn.\n"
    )
    assert _coverage(make_document, text) == [(58, False), (66, True), (2, True), (1, False)]


def test_a_year_end_said_done_in_its_own_clause_stays_a_state(make_document: MakeDocument) -> None:
    text = APRIL + "Đến cuối năm 2018, toàn tỉnh đã có 52 xã đạt chuẩn nông thôn mới.\n"
    assert _coverage(make_document, text) == [(52, False)]


def test_a_target_a_level_above_assigned_is_a_goal(make_document: MakeDocument) -> None:
    text = (
        "UBND TỈNH THANH HÓA\nThanh Hóa, ngày 15 tháng 12 năm 2020\n"
        "BÁO CÁO tổng kết xây dựng nông thôn mới giai đoạn 2016-2020\n"
        "Chỉ tiêu Trung ương giao cho tỉnh đến năm 2020 có 300 xã đạt chuẩn nông thôn mới. "
        "Kết quả đến nay toàn tỉnh đã có 380 xã đạt chuẩn, cao hơn chỉ tiêu được giao là "
        "80 xã.\n"
    )
    assert _coverage(make_document, text) == [(300, True), (380, False)]
