"""Report metadata of provincial portal pages, written the ways the devak development set
showed misread (issue 8): a lead on the province as a whole ("toàn tỉnh có …") followed by
its districts one by one is the province's report, not the first district's; a byline whose
site glued its source's name to the date ("Cổng thông tin huyện03/09/2023") dates the text.
Every text is our own wording."""

from __future__ import annotations

import pytest

from baocao.model import Level
from baocao.nlp.metadata import read_metadata


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Tính đến hết năm 2023, toàn tỉnh có 40/80 xã đạt chuẩn nông thôn mới, đạt 50%.\n"
            "Các huyện đạt nhiều kết quả. Đến nay, huyện Ba Tơ có 3/10 xã đạt chuẩn; huyện Minh "
            "Long có 2/5 xã đạt chuẩn; huyện Sơn Hà có 4/13 xã đạt chuẩn.\n",
            "Quảng Ngãi",
        ),
        (
            "Đến cuối năm 2022, toàn tỉnh có 70/110 xã đạt chuẩn nông thôn mới.\n"
            "Các huyện, thành phố đều có chuyển biến. Huyện Đam Rông có 2/8 xã đạt chuẩn; huyện "
            "Lạc Dương có 5/5 xã đạt chuẩn.\n",
            "Lâm Đồng",
        ),
    ],
)
def test_a_province_lead_then_its_districts_is_the_provinces_report(
    text: str, province: str
) -> None:
    # the province is never written: the one its districts lie in
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is Level.PROVINCE
    assert raw.unit.name == province


def test_a_district_lead_stays_the_districts() -> None:
    # twin: no "toàn tỉnh" before the district the lead opens on
    text = (
        "Đến cuối năm 2022, huyện Đam Rông có 2/8 xã đạt chuẩn nông thôn mới.\n"
        "Các xã còn lại đạt bình quân 14 tiêu chí.\n"
    )
    raw = read_metadata(text)
    assert raw.unit is not None and raw.unit.level is Level.DISTRICT


@pytest.mark.parametrize(
    ("byline", "date"),
    [("Báo Nông Thôn12/05/2024", "2024-05-12"), ("Cổng thông tin huyện03/09/2023", "2023-09-03")],
)
def test_a_source_name_glued_to_the_date_is_the_byline(byline: str, date: str) -> None:
    text = (
        "Xã Tân Lập về đích nông thôn mới nâng cao\n\nXã Tân Lập vừa được công nhận đạt chuẩn "
        "nông thôn mới nâng cao.\n\n" + byline + "\n\nNăm 2023, xã huy động 12 tỷ đồng.\n"
    )
    assert read_metadata(text).date == date


def test_a_date_inside_a_sentence_is_no_byline() -> None:
    # twin: a sentence's own date is an event's, not the page's
    text = (
        "Xã Tân Lập về đích nông thôn mới nâng cao\n\nXã Tân Lập được công nhận theo quyết "
        "định ký ngày 12/05/2023 của UBND tỉnh.\n"
    )
    assert read_metadata(text).date != "2023-05-12"
