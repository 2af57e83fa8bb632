"""Where sentences end: the context rules for period and place read a sentence's start and
end, so a missed end lets one sentence's year or place reach the next, and a false end (an
abbreviation, an initial, list numbering) cuts a subject off its figures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao.data.lexicon import load_data
from baocao.nlp.segment import abbreviations, segment, sentences


def split(text: str, *, semicolons: bool = True) -> list[str]:
    return [text[s:e] for s, e in sentences(text, 0, len(text), semicolons=semicolons)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # an ellipsis glued to the capital of the next sentence
        (
            "Tỷ lệ hộ dùng nước hợp vệ sinh đạt 98%...Nhờ vậy, xã Tân Phú về đích.",
            ["Tỷ lệ hộ dùng nước hợp vệ sinh đạt 98%...", "Nhờ vậy, xã Tân Phú về đích."],
        ),
        (
            "Đường làng được bê tông hóa…Đến nay cả xã có 12 km.",
            ["Đường làng được bê tông hóa…", "Đến nay cả xã có 12 km."],
        ),
        (
            'Nhà văn hóa được sửa sang..."Xã sẽ giữ chuẩn", ông nói.',
            ["Nhà văn hóa được sửa sang...", '"Xã sẽ giữ chuẩn", ông nói.'],
        ),
        # "!" and "?" end a sentence, spaced or glued to a capital
        (
            "Ai cũng phấn khởi! Năm nay xã đạt 19 tiêu chí. Vì sao? Nhờ lòng dân.",
            ["Ai cũng phấn khởi!", "Năm nay xã đạt 19 tiêu chí.", "Vì sao?", "Nhờ lòng dân."],
        ),
        ("Thật đáng mừng!Cả huyện có 8 xã.", ["Thật đáng mừng!", "Cả huyện có 8 xã."]),
        # the closing quote or bracket belongs to the sentence it closes
        (
            'Xã được gọi là "điểm sáng về môi trường." Năm 2021 xã có 15 tiêu chí.',
            ['Xã được gọi là "điểm sáng về môi trường."', "Năm 2021 xã có 15 tiêu chí."],
        ),
        (
            "Huyện có 6 xã (xem phụ lục kèm theo.) Trong đó 2 xã đạt chuẩn.",
            ["Huyện có 6 xã (xem phụ lục kèm theo.)", "Trong đó 2 xã đạt chuẩn."],
        ),
        (
            "Vốn lồng ghép 14 tỷ (chiếm 12%). Trong đó ngân sách xã 2 tỷ.",
            ["Vốn lồng ghép 14 tỷ (chiếm 12%).", "Trong đó ngân sách xã 2 tỷ."],
        ),
    ],
)
def test_a_sentence_ends_after_its_full_stop_and_what_closes_it(
    text: str, parts: list[str]
) -> None:
    assert split(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "Cả 5 xã của TP. Tân An đều đạt chuẩn",
        "Các xã thuộc Tp. Bà Rịa và TX. Phú Mỹ góp 30 tỷ",
        "Xã Tân Thành (TT. Bến Lức cũ) có 9 ấp",
        "Phường 4, Q. 8 và P. Thạnh Mỹ Lợi ra mắt mô hình",
        "Theo ThS. Đỗ Minh và TS. Lê Hà, PGS. Vũ Nam, xã làm tốt",
        "Ông Nguyễn V. Hùng, Chủ tịch xã, cho biết",
        "Đoàn do bà Phạm T. K. Oanh dẫn đầu",
        "Xã có 1.825 hộ, tỷ lệ nghèo 4,27% và 13.8.2022 được công nhận",
        "Tin và ảnh: Q.H",
        "(Báonghean.vn)- Chiều 12/9, xã Diễn Kỷ đón bằng công nhận",
        "Thời báo - Cả tỉnh có 96 xã đạt chuẩn",
        "Các sản phẩm: mật ong, chè, cam,...tại hội chợ",
        "Hệ thống loa, pano, áp phích… tại các thôn",
    ],
)
def test_no_end_inside_an_abbreviation_a_name_a_number_or_a_dateline(text: str) -> None:
    assert split(text) == [text]


def test_a_news_lead_keeps_its_agency_tag_in_the_first_sentence() -> None:
    """The tag before the dash is no sentence of its own: the first sentence's subject and
    date are read after it."""
    text = "Nông nghiệp - Toàn tỉnh có 77 xã đạt chuẩn. Năm 2023 có thêm 5 xã."
    assert split(text) == ["Nông nghiệp - Toàn tỉnh có 77 xã đạt chuẩn.", "Năm 2023 có thêm 5 xã."]


def test_list_numbering_opens_its_item_and_ends_no_sentence() -> None:
    assert split("1. Ngân sách tỉnh: 12 tỷ đồng. Vốn xã 3 tỷ.") == [
        "1. Ngân sách tỉnh: 12 tỷ đồng.",
        "Vốn xã 3 tỷ.",
    ]
    assert split("II. KẾT QUẢ THỰC HIỆN") == ["II. KẾT QUẢ THỰC HIỆN"]
    assert split("Nguồn vốn gồm: a. Trung ương 5 tỷ; b. Tỉnh 3 tỷ") == [
        "Nguồn vốn gồm: a. Trung ương 5 tỷ",
        "b. Tỉnh 3 tỷ",
    ]
    # a number closing a label's value is a figure, not numbering
    assert split("Số xã đạt chuẩn: 14. Trong đó 3 xã nâng cao.") == [
        "Số xã đạt chuẩn: 14.",
        "Trong đó 3 xã nâng cao.",
    ]


def test_a_capital_after_a_common_word_ends_its_sentence() -> None:
    """Only a capital after a name is an initial: "loại A." and "Khu vực II." end there,
    and so does "v.v." before a capital (the period ends the list and the sentence)."""
    assert split("Xã được xếp loại A. Năm sau phấn đấu giữ vững.") == [
        "Xã được xếp loại A.",
        "Năm sau phấn đấu giữ vững.",
    ]
    assert split("Thuộc khu vực II. Cả xã có 7 thôn.") == ["Thuộc khu vực II.", "Cả xã có 7 thôn."]
    assert split("Sân bóng, nhà văn hóa v.v. Nhờ đó thôn đạt chuẩn.") == [
        "Sân bóng, nhà văn hóa v.v.",
        "Nhờ đó thôn đạt chuẩn.",
    ]


def test_a_semicolon_list_is_one_sentence_without_semicolons() -> None:
    text = "Giao thông: 42 km; Thủy lợi: 12 km; Điện: 100% hộ. Năm 2024 tiếp tục."
    assert split(text, semicolons=False) == [
        "Giao thông: 42 km; Thủy lợi: 12 km; Điện: 100% hộ.",
        "Năm 2024 tiếp tục.",
    ]
    assert split(text) == [
        "Giao thông: 42 km",
        "Thủy lợi: 12 km",
        "Điện: 100% hộ.",
        "Năm 2024 tiếp tục.",
    ]


def test_every_abbreviation_example_is_one_sentence() -> None:
    entries = load_data("abbreviations.toml")["abbreviation"]
    assert {entry["written"] for entry in entries} == abbreviations()
    for entry in entries:
        assert len(set(entry["example"])) >= 2, entry["written"]
        for example in entry["example"]:
            assert split(example) == [example], example


_piece = st.sampled_from(
    [
        "xã A",
        " ",
        "  ",
        "TP.",
        "V.",
        "1.",
        "2,5%",
        "...",
        "…",
        ". ",
        "! ",
        "?",
        "; ",
        '"',
        "”",
        ")",
        "(",
        "**",
        "Năm",
        "đạt",
        "Đ",
        "\n",
        "12",
        ":",
    ]
)


@given(st.lists(_piece, max_size=25))
def test_sentences_are_ordered_disjoint_stripped_spans_of_their_block(pieces: list[str]) -> None:
    text = "".join(pieces)
    for block in segment(text).blocks:
        whole = sentences(text, block.start, block.end, semicolons=False)
        clauses = sentences(text, block.start, block.end)
        for found in (whole, clauses):
            previous_end = block.start
            for s, e in found:
                assert previous_end <= s < e <= block.end
                piece = text[s:e]
                assert piece.strip() and piece == piece.strip()
                previous_end = e
        # ";" only cuts further: every end without it is an end with it
        ends = {e for _, e in clauses}
        assert {e for _, e in whole} <= ends
