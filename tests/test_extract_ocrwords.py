"""Letters read for digits and cue words read as other real words, repaired in context
(baocao/extract/ocrwords.py, data/ocr_confusables.toml); a vowel OCR read twice in a place
name (baocao/extract/ocrplaces.undoubled)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.data.lexicon import load_data, parse_data
from baocao.errors import LexiconError
from baocao.extract.ocrplaces import place_speller, undoubled
from baocao.extract.ocrtext import repair_ocr_text
from baocao.extract.ocrwords import (
    confusables,
    fix_confusables,
    fix_cue_words,
    fix_digit_letters,
    parse_confusables,
)

# --- the lexicon's own examples -----------------------------------------------------------------


@pytest.mark.parametrize("cue", confusables().cues, ids=lambda c: c.written)
def test_every_cue_has_two_examples_that_it_repairs_and_keeps_its_real_words(cue) -> None:
    assert len(set(cue.examples)) >= 2
    for example in cue.examples:
        fixed = fix_cue_words(example)
        assert fixed != example, example
        assert cue.written.casefold() in fixed.casefold()
        assert fix_cue_words(fixed) == fixed
    for kept in cue.keep:
        assert fix_cue_words(kept) == kept


@pytest.mark.parametrize("entry", load_data("ocr_confusables.toml")["digit"], ids=str)
def test_every_digit_letter_has_examples_it_repairs(entry: dict) -> None:
    assert len(entry["example"]) >= 2
    for example in entry["example"]:
        fixed = fix_digit_letters(example)
        assert entry["letter"] not in re.findall(r"\S*\d\S*", fixed)[0], fixed


def test_a_bad_entry_is_reported_with_every_problem() -> None:
    text = """version = 1
[[digit]]
letter = "OO"
digit = "0"
example = ["1OO"]
[[cue]]
written = "đạt"
misread = ["dạt"]
after = "(unclosed"
example = ["dạt 5"]
"""
    with pytest.raises(LexiconError, match=r"digit\[0\].*\n.*cue\[0\] 'đạt': bad pattern"):
        parse_confusables(parse_data(text, source="x.toml"), source="x.toml")


# --- our own variants -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Huyện có 2O/24 xã đạt chuẩn", "Huyện có 20/24 xã đạt chuẩn"),
        ("tỷ lệ hộ nghèo còn 3,O5%", "tỷ lệ hộ nghèo còn 3,05%"),
        ("thu nhập l2,5 triệu đồng", "thu nhập 12,5 triệu đồng"),
        ("Quyết định số 1O/QĐ-UBND", "Quyết định số 10/QĐ-UBND"),
        ("tổng vốn 1.45O.000:000 đồng", "tổng vốn 1.450.000.000 đồng"),
        ("năm 2Ol8", "năm 2018"),
        ("Tiêu chí số. 7 - Cơ sở hạ tầng", "Tiêu chí số 7 - Cơ sở hạ tầng"),  # a speck's dot
        ("theo Quyết định Số.25/QĐ-UBND", "theo Quyết định Số 25/QĐ-UBND"),
        # a percentage's digits read as letters: glued to "%", a token is a share
        ("có 9/9 thôn, đạt Á00%; hộ nghèo", "có 9/9 thôn, đạt 100%; hộ nghèo"),
        ("nước sạch đạt lOO% số hộ", "nước sạch đạt 100% số hộ"),
        ("hộ nghèo giảm I5% so với", "hộ nghèo giảm 15% so với"),
        ("tỷ lệ bao phủ 9O,5%", "tỷ lệ bao phủ 90,5%"),
    ],
)
def test_letters_read_for_digits_inside_a_number(read: str, meant: str) -> None:
    assert repair_ocr_text(read) == meant


@pytest.mark.parametrize(
    "kept",
    [
        "Mục II và mục I1 của phụ lục",  # a Roman numeral misread: not a number
        "lo lắng về 10 lít nước",
        "Ông Lê Văn O, xã Ia O",
        "hạng mục I, hạng mục l",
        "QL1A và ĐT.741",
        "chiều dài 5 km, 1 lô",
        "đánh số. Năm 2020 có 5 xã",  # a sentence ending on "số" before a capital
        "nằm ở 17o21’ vĩ độ bắc và 106o10’ kinh độ đông",  # degrees written with an "o"
        "mã ÁI% và Ol%",  # no digit nor a 0 read as "O"; a share has no leading 0
        "đạt Á50%",  # 150: no share is over the whole
    ],
)
def test_words_and_codes_beside_numbers_stay(kept: str) -> None:
    assert fix_confusables(kept) == kept


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (
            "Khoảng 75 tỷ đồng là vốn huyện quyết chỉ ra để làm đường",
            "Khoảng 75 tỷ đồng là vốn huyện quyết chi ra để làm đường",
        ),
        ("Năm 2022 có thêm 8 xả đạt chuẩn", "Năm 2022 có thêm 8 xã đạt chuẩn"),
        ("XẢ HÒA LẠC ĐẠT CHUẨN", "XÃ HÒA LẠC ĐẠT CHUẨN"),
        ("thu nhập bình quân dạt 52 triệu đồng", "thu nhập bình quân đạt 52 triệu đồng"),
        ("có 3 xã dưới 12 tiêu chỉ", "có 3 xã dưới 12 tiêu chí"),
        ("Xã được cống nhận năm 2019", "Xã được công nhận năm 2019"),
        ("quyết\nchỉ hơn 12 tỷ đồng", "quyết\nchi hơn 12 tỷ đồng"),  # the line break stays
    ],
)
def test_cue_words_misread_as_real_words_are_repaired_in_context(read: str, meant: str) -> None:
    assert repair_ocr_text(read) == meant
    assert repair_ocr_text(meant) == meant


@pytest.mark.parametrize(
    "kept",
    [
        "Tỉnh ủy kiên quyết chỉ đạo bố trí 20 tỷ đồng",
        "nước thải được xả ra kênh",
        "rác trôi dạt về cuối kênh",
        "thôn Bùi Xả có 40 hộ",
        "mục tiêu chỉ đạt 60%",
        "dạt dào cảm xúc",
    ],
)
def test_the_real_words_stay(kept: str) -> None:
    assert fix_confusables(kept) == kept


# --- property: a correct number is never changed ----------------------------------------------

_DIGITS = st.integers(min_value=0, max_value=10**12)
_WORDS = st.sampled_from(
    ["xã", "đạt", "tiêu chí", "tỷ đồng", "Ông", "lo", "I", "II", "Ol", "là", "hộ", "l", "O", "%"]
)


@st.composite
def vietnamese_number(draw: st.DrawFn) -> str:
    whole = f"{draw(_DIGITS):,}".replace(",", ".")
    if draw(st.booleans()):
        whole += "," + str(draw(st.integers(min_value=0, max_value=999)))
    form = draw(st.sampled_from(["{}", "{}%", "{}/19", "({})", "{}."]))
    return form.format(whole)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(vietnamese_number(), _WORDS), min_size=1, max_size=8))
def test_the_digit_fixes_never_change_a_correct_number(parts: list[str]) -> None:
    text = " ".join(parts)
    fixed = fix_digit_letters(text)
    assert re.findall(r"\d[\d.,/%]*", fixed) == re.findall(r"\d[\d.,/%]*", text)
    assert fixed == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(vietnamese_number(), _WORDS), min_size=1, max_size=8))
def test_the_repairs_run_twice_change_nothing_more(parts: list[str]) -> None:
    once = fix_confusables(" ".join(parts))
    assert fix_confusables(once) == once


# --- a vowel read twice in a place name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "one"),
    [("Kmãäi", "Kmãi"), ("Kmaäi", "Kmai"), ("Kmáăi", "Kmái"), ("Bïình", "Bình")],
)
def test_a_vowel_read_twice_is_measured_once(read: str, one: str) -> None:
    assert undoubled(read) == one


@pytest.mark.parametrize("name", ["Hữu Lũng", "Bha Lêê", "Chiềng Khoong", "Cửu An", "Ea Kly"])
def test_real_names_with_two_like_vowels_stay(name: str) -> None:
    assert undoubled(name) == name


def test_a_commune_name_with_a_vowel_read_twice_is_spelled_right() -> None:
    text = "Tại xã Dur Kmãäi, huyện Krông Ana, tỉnh Đắk Lắk, 5/7 buôn đạt chuẩn văn hóa."
    speller = place_speller([text])
    assert speller is not None
    assert "xã Dur Kmăl," in speller.correct(text)


def test_a_name_a_full_stop_cut_after_its_prefix_is_made_whole() -> None:
    text = "Huyện Yên Thành, tỉnh Nghệ An: xã Bắc. Thành đạt 16/19 tiêu chí; xã Tân. Thành đạt 18."
    speller = place_speller([text])
    assert speller is not None
    fixed = speller.correct(text)
    assert "xã Bắc Thành đạt 16/19" in fixed and "xã Tân Thành đạt 18" in fixed


@pytest.mark.parametrize(
    "text",
    [
        # a whole name before the stop: a sentence may end there
        "Huyện Yên Thành, tỉnh Nghệ An có xã Tây Thành. Thành viên đoàn đã đến.",
        # the two words are no commune's name: left as read
        "Huyện Yên Thành, tỉnh Nghệ An: xã Tân. Năm 2021 xã đạt 18 tiêu chí.",
    ],
)
def test_a_stop_after_a_whole_name_or_before_no_name_stays(text: str) -> None:
    speller = place_speller([text])
    assert speller is not None
    assert speller.correct(text) == text
