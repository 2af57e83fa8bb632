"""A raised total whose label dates it by a month or a day ("nâng tổng số xã … đạt chuẩn
nông thôn mới tính đến cuối tháng 6 năm 2018 là 30/40 xã"): the month is no number of criteria,
so the label still names the standard (set BG; our own wording)."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, facts_of, of_kind

from baocao.model import Coverage

_HEAD = (
    "UBND TỈNH TIỀN GIANG\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2016\n\n"
    "Trong năm 2016, UBND tỉnh công nhận xã Tân Phú đạt chuẩn nông thôn mới, "
)


@pytest.mark.parametrize(
    "tail",
    [
        "nâng tổng số xã được UBND tỉnh công nhận đạt chuẩn nông thôn mới đến cuối tháng 9 "
        "năm 2016 là 30/40 xã.",
        "nâng tổng số xã đạt chuẩn nông thôn mới tính đến ngày 30/6/2016 là 30/40 xã.",
        "nâng tổng số xã đạt chuẩn nông thôn mới đến tháng 11/2016 lên 30/40 xã.",
    ],
)
def test_a_month_in_the_label_is_no_criteria_count(make_document: MakeDocument, tail: str) -> None:
    covered = of_kind(facts_of(make_document, _HEAD + tail), Coverage)
    assert [(c.units_met, c.units_total) for c in covered] == [(30, 40)]


def test_a_band_in_the_label_still_is_no_standard(make_document: MakeDocument) -> None:
    tail = "nâng tổng số xã đạt 15 tiêu chí trở lên đến tháng 9 năm 2016 là 30 xã."
    assert of_kind(facts_of(make_document, _HEAD + tail), Coverage) == []
