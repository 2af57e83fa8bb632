"""Classes of wording from development set AE (ninth session: news where time and place are
tricky), each in our own words: a date in brackets glued to a title; … The examples are our
own; the set's texts stay outside the repository."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument
from readfacts import news_facts_of as facts_of

from baocao.model import Fact
from baocao.nlp.metadata import read_metadata


def _place(fact: Fact) -> str:
    record = fact.to_record()
    return str(record.get("subject") or record.get("region"))

# -- 1. a story list's date glued to its title ---------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "Huyện Đông Hưng về đích nông thôn mới(14/03/2021)\n\nHuyện Đông Hưng hiện có 40 xã "
            "đạt chuẩn nông thôn mới.\n",
            "2021-03-14",
        ),
        (
            "Thái Bình vượt chỉ tiêu xây dựng nông thôn mới (05/11/2019)\n\nTỉnh Thái Bình có "
            "thêm 12 xã đạt chuẩn.\n",
            "2019-11-05",
        ),
    ],
)
def test_a_date_in_brackets_after_a_title_dates_the_text(text: str, date: str) -> None:
    assert read_metadata(text).date == date


def test_a_state_date_in_brackets_after_a_title_is_no_byline() -> None:
    # twin: "tính đến" before it makes it the date of a state, not of writing
    text = "Kết quả nông thôn mới tính đến (30/6/2019)\n\nHuyện Vũ Thư có 20 xã đạt chuẩn.\n"
    assert read_metadata(text).date is None


# -- 2. a district whose own name opens with a village word ----------------------------------


def test_a_district_named_buon_is_no_village(make_document: MakeDocument) -> None:
    text = (
        "Đắk Lắk giao chỉ tiêu năm 2021\n\nTỉnh Đắk Lắk có 70 xã đạt chuẩn. Riêng các huyện "
        "Krông Bông, Buôn Đôn phấn đấu có 40% số thôn, buôn biên giới đạt chuẩn. Thị xã Buôn "
        "Hồ có 7 xã đạt chuẩn nông thôn mới.\n"
    )
    places = {_place(f) for f in facts_of(make_document, text)}
    assert {"huyện Krông Bông", "huyện Buôn Đôn", "thị xã Buôn Hồ"} <= places
    assert not any(p.startswith("buôn") for p in places)


def test_a_village_called_buon_still_is_one(make_document: MakeDocument) -> None:
    # twin: "buôn" before another name is a village of the commune
    text = (
        "Xã Ea Tul về đích\n\nXã Ea Tul có 12/12 buôn đạt chuẩn văn hóa. Riêng buôn Tring có "
        "95% hộ dùng nước sạch.\n"
    )
    places = {_place(f) for f in facts_of(make_document, text)}
    assert "buôn Tring" in places
