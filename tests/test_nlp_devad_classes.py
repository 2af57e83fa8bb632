"""Classes from development set AD (ninth session): texts rich in time and place. The
examples are our own wording, never the set's sentences."""

from __future__ import annotations

import pytest

from baocao.nlp.metadata import read_metadata


@pytest.mark.parametrize(
    "text",
    [
        "Huyện Lục Ngạn hoàn thành quy hoạch nông thôn mới(14/05/2014)\n\nĐến nay huyện có "
        "20/28 xã đạt tiêu chí quy hoạch.\n",
        "Huyện Lục Ngạn hoàn thành quy hoạch nông thôn mới [14/05/2014]\n\nĐến nay huyện có "
        "20/28 xã đạt tiêu chí quy hoạch.\n",
        "Huyện Lục Ngạn: các xã xong quy hoạch(14/5/2014)\n\nĐến nay huyện có 20/28 xã đạt "
        "tiêu chí quy hoạch.\n",
    ],
)
def test_a_bracketed_byline_date_glued_to_the_title_is_the_texts_date(text: str) -> None:
    meta = read_metadata(text)
    assert meta.date == "2014-05-14"
    assert meta.period == "2014"


@pytest.mark.parametrize(
    "text",
    [
        "Kết quả xây dựng nông thôn mới tính đến(30/6/2021)\n\nXã đạt 18/19 tiêu chí.\n",
        "Thực hiện Quyết định số 15/QĐ-UBND(12/11/2020)\n\nXã đạt 18/19 tiêu chí.\n",
    ],
)
def test_a_glued_state_or_decision_date_is_no_byline(text: str) -> None:
    assert read_metadata(text).date is None
