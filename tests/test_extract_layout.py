"""Line and character normalisation shared by every loader."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from paths import SEEDS

from baocao.errors import LexiconError, MalformedText
from baocao.extract.layout import (
    clean_cell,
    clean_chars,
    is_heading,
    is_list_item,
    line_shapes,
    normalise_lines,
    normalise_text,
    parse_line_shapes,
)

# -- characters ------------------------------------------------------------------------------


def test_clean_chars_composes_nfd_and_unifies_line_ends() -> None:
    nfd = unicodedata.normalize("NFD", "Thủy lợi\r\nĐạt\rxong")
    assert clean_chars(nfd) == "Thủy lợi\nĐạt\nxong"


def test_runs_of_spaces_and_typographic_spaces_are_one_space() -> None:
    # Word alignment and justified PDF text: the patterns write one space
    text = "  huyện\u00a0 Bình   Liêu\u2003có\u3000 8/8 xã  "
    assert normalise_text(text) == "huyện Bình Liêu có 8/8 xã"
    assert clean_chars("1\u2009250 tỷ") == "1\u2009250 tỷ"  # a thin space groups digits


def test_clean_chars_reads_the_eth_typed_for_d_with_stroke_as_that_letter() -> None:
    # pages made with Windows-1252 fonts type the Icelandic eth for "Đ"/"đ"; Vietnamese has
    # no eth, and the place must match its map spelling
    assert clean_chars("huyện Cờ \u00d0ỏ, xã Tân \u00f0ông") == "huyện Cờ Đỏ, xã Tân đông"
    assert clean_chars("huyện Cờ Đỏ") == "huyện Cờ Đỏ"


def test_clean_chars_maps_every_splitlines_break_to_a_line_feed() -> None:
    text = clean_chars("a\x0bb\x0cc\u2028d\u2029e\x85f")
    assert text == "a\nb\nc\nd\ne\nf"
    assert text.splitlines() == text.split("\n")


def test_clean_chars_drops_controls_and_zero_width_but_keeps_soft_hyphen() -> None:
    assert clean_chars("xã\x00\x07 An\u200b\ufeff") == "xã An"
    assert clean_chars("ng\u00adười") == "ng\u00adười"  # 0xAD is "ư" in TCVN3: not ours to drop
    assert clean_chars("40\u00a0triệu") == "40 triệu"


def test_clean_cell_folds_whitespace() -> None:
    assert clean_cell("  Quảng\n  Phú\t ") == "Quảng Phú"
    assert clean_cell(None) == ""


# -- lines -----------------------------------------------------------------------------------


def test_a_hyphen_at_a_line_end_is_kept_and_the_token_rejoined() -> None:
    assert normalise_text("giai đoạn 2011-\n2015 đã") == "giai đoạn 2011-2015 đã"
    assert normalise_text("Nghị quyết 03-NQ/TU\nngày") == "Nghị quyết 03-NQ/TU ngày"


def test_a_sentence_broken_before_a_lowercase_word_is_rejoined_with_one_space() -> None:
    text = "Kết quả xây dựng nông thôn mới của huyện Yên Lạc,   \n  tỉnh Vĩnh Phúc năm 2021"
    assert normalise_text(text) == (
        "Kết quả xây dựng nông thôn mới của huyện Yên Lạc, tỉnh Vĩnh Phúc năm 2021"
    )


def test_a_digit_continues_a_sentence_only_after_a_comma() -> None:
    assert normalise_text("tổng kinh phí,\n12 tỷ đồng") == "tổng kinh phí, 12 tỷ đồng"
    assert normalise_text("Năm\n2020 là năm") == "Năm\n2020 là năm"


@pytest.mark.parametrize(
    "item",
    [
        "- ngân sách xã: 120 triệu đồng",
        "+ vốn lồng ghép",
        "a) công tác tuyên truyền",
        "1. kết quả",
        "1.2. giai đoạn 2016-2020",
        "(3) duy trì",
        "* vốn khác",
    ],
)
def test_list_items_stay_on_their_own_line(item: str) -> None:
    assert is_list_item(item)
    assert normalise_text(f"Các nguồn vốn gồm\n{item}") == f"Các nguồn vốn gồm\n{item}"


@pytest.mark.parametrize(
    "heading", ["BÁO CÁO TỔNG KẾT", "II. Kết quả thực hiện", "Tiêu chí số 3 - Thủy lợi"]
)
def test_headings_stay_on_their_own_line(heading: str) -> None:
    assert is_heading(heading)
    assert normalise_text(f"{heading}\nxã đã hoàn thành") == f"{heading}\nxã đã hoàn thành"


def test_a_label_and_its_amount_split_over_lines_are_rejoined() -> None:
    text = (
        "- Ngân sách huyện: \n\n  8.120,5 triệu đồng, chiếm tỷ lệ 4,2%.\n- Vốn khác:\n 15 tỷ đồng"
    )
    assert normalise_text(text) == (
        "- Ngân sách huyện: 8.120,5 triệu đồng, chiếm tỷ lệ 4,2%.\n- Vốn khác: 15 tỷ đồng"
    )


def test_a_label_keeps_a_following_list_item_apart() -> None:
    assert normalise_text("Kết quả như sau:\n1. Giao thông") == "Kết quả như sau:\n1. Giao thông"


def test_word_page_field_debris_is_dropped_and_nothing_else() -> None:
    assert normalise_text("PAGE  \n1\n\nMẫu số 05\nNội dung") == "Mẫu số 05\nNội dung"
    assert normalise_text("PAGE\nTrang bìa") == "PAGE\nTrang bìa"
    assert normalise_text("PAGE   \\* MERGEFORMAT\n12\nA") == "A"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        ("Kết quả tự đánh giá:\nĐạt.", "Kết quả tự đánh giá: Đạt."),
        ("đạt 17/19 tiêu chí;\ncòn lại 02 tiêu chí", "đạt 17/19 tiêu chí; còn lại 02 tiêu chí"),
        ("nông thôn:\nhợp tác xã", "nông thôn: hợp tác xã"),
        ("bảo hiểm y tế đạt\n95,4%", "bảo hiểm y tế đạt 95,4%"),
        ("huy động là:\n**12.500.000** đồng", "huy động là: **12.500.000** đồng"),
        ("có 02 xã đạt chuẩn (xã\nHòa Bình)", "có 02 xã đạt chuẩn (xã Hòa Bình)"),
        ("các xã còn lại\n(Tân Lập, An Hòa)", "các xã còn lại (Tân Lập, An Hòa)"),
    ],
)
def test_wrapped_page_lines_join_more_eagerly(lines: str, joined: str) -> None:
    assert normalise_text(lines, wrapped=True) == joined
    assert normalise_text(lines) == lines  # a line end in a text file may be a paragraph end


@pytest.mark.parametrize(
    "lines",
    [
        "Nơi nhận:\n- UBND huyện;",
        "Kết thúc đoạn.\nđoạn sau",
        "BÁO CÁO\nKết quả năm 2023",
        "Độc lập - Tự do - Hạnh phúc\nQuang Trung, ngày 06 tháng 12 năm 2024",
        "Kết quả như sau:\nTiêu chí số 2 - Giao thông",
    ],
)
def test_wrapped_lines_still_keep_lists_headings_and_sentence_ends(lines: str) -> None:
    assert normalise_text(lines, wrapped=True) == lines


def test_geometry_wraps_join_after_a_sentence_end_but_not_into_lists_or_headings() -> None:
    lines = ["Công trình đã đưa vào sử dụng.", "Tiến độ giải ngân: 109 triệu.", "- Thôn 1;", "KẾT"]
    assert normalise_lines(lines, wrapped=True, wraps=[True, True, True, False]) == [
        "Công trình đã đưa vào sử dụng. Tiến độ giải ngân: 109 triệu.",
        "- Thôn 1;",
        "KẾT",
    ]
    assert normalise_lines(lines[:2], wrapped=True, wraps=[True]) == lines[:2]  # misaligned


def test_blank_lines_collapse_to_one() -> None:
    assert normalise_lines(["", "a.", "", "", " ", "B.", ""]) == ["a.", "", "B."]


def test_seed_reports_keep_every_gold_quote_and_lose_the_field_debris(
    seed_reports: list[Path],
) -> None:
    for path in seed_reports:
        text = normalise_text(path.read_text(encoding="utf-8"))
        gold = json.loads((SEEDS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        for kind in ("verdicts", "criteria_counts", "coverage", "funding", "percentages"):
            for entry in gold.get(kind, []):
                # a run of spaces in a line is one (the gold quotes the text as typed)
                quote = re.sub(" {2,}", " ", unicodedata.normalize("NFC", entry["quote"]))
                assert quote in text, (path.name, quote)
        assert not text.startswith("PAGE")


# -- properties ------------------------------------------------------------------------------

FRAGMENTS = [
    "PAGE",
    "12",
    "- Ngân sách xã:",
    "3.000 triệu đồng",
    "tiếp tục thực hiện",
    "2011-",
    "2015",
    "BÁO CÁO",
    "a) mục",
    "",
    "  ",
    "kết thúc.",
    "Đạt.",
    "1.2. Giao thông",
    "xã đạt,",
    "Tiêu chí số 7 - Chợ",
    "\u00ad",
    "ư",
    "+ vốn",
    ":",
    "-",
    "Năm",
]


def _refused(text: str) -> bool:
    """A run of combining marks no writing system has is refused, not normalised (tested
    where the loaders meet it): the properties below are of text that is normalised."""
    try:
        clean_chars(text)
    except MalformedText:
        return True
    return False


lines_strategy = (
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=15)), max_size=14)
    .map("\n".join)
    .filter(lambda text: not _refused(text))
)


@given(lines_strategy, st.booleans())
def test_normalisation_is_idempotent(text: str, wrapped: bool) -> None:
    once = normalise_text(text, wrapped=wrapped)
    assert normalise_text(once, wrapped=wrapped) == once


@given(lines_strategy, st.booleans())
def test_normalisation_never_loses_a_visible_character(text: str, wrapped: bool) -> None:
    lines = clean_chars(text).split("\n")
    assume(not any(line.strip() in ("PAGE", "NUMPAGES") for line in lines))
    visible = "".join(clean_chars(text).split())
    assert "".join(normalise_text(text, wrapped=wrapped).split()) == visible


@given(lines_strategy)
def test_normalised_text_is_nfc_with_stripped_lines(text: str) -> None:
    out = normalise_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert all(line == line.strip() for line in out.split("\n"))
    assert "\n\n\n" not in out and "\r" not in out


# -- data ------------------------------------------------------------------------------------


def test_the_packaged_line_shapes_load_with_examples() -> None:
    shapes = line_shapes()
    assert shapes.list_items and shapes.headings and shapes.label_values and shapes.debris


def test_a_line_shape_takes_an_array_of_examples_each_checked() -> None:
    data = {"heading": [{"name": "h", "pattern": "II", "example": ["II. Một", "Hai"]}]}
    with pytest.raises(LexiconError, match="example 'Hai' does not match"):
        parse_line_shapes(data)
    data["heading"][0]["example"] = ["II. Một", "II/ Hai"]
    assert parse_line_shapes(data).headings[0].examples == ("II. Một", "II/ Hai")


def test_bad_line_shapes_are_all_reported_at_once() -> None:
    data = {
        "list_item": [{"name": "x", "pattern": "[", "example": "a"}],
        "heading": [{"name": "y", "pattern": "A", "example": "b"}, {"pattern": "A"}],
        "debris": [{"name": "z", "pattern": "P", "example": "P", "next": "1"}],
    }
    with pytest.raises(LexiconError) as err:
        parse_line_shapes(data)
    message = str(err.value)
    assert "(x): bad pattern" in message
    assert "(y): example 'b' does not match" in message
    assert "#2: missing name, example" in message
    assert "(z): missing next_example" in message
