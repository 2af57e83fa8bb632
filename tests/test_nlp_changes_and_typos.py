"""Values written in ways the usual readers pass by: a unit word with its tone mark on the
wrong vowel or its per-unit word typed twice, an average or rate that changes "từ A (năm)
lên B (năm)" with the unit only in its subject, and a count estimated after a count reached in
the same sentence."""

from __future__ import annotations

import pytest
from readfacts import facts_of_class as facts_of

from baocao.vocab.spellings import respell, tone_slips

# -- a tone mark on the wrong vowel of a unit word --------------------------------------------


def test_the_tone_mark_of_a_word_moves_to_each_other_vowel() -> None:
    assert set(tone_slips("triệu")) == {"trịêu", "triêụ"}
    assert set(tone_slips("người")) == {"ngừơi", "ngươì"}
    assert tone_slips("tỷ") == ()  # one vowel: nowhere to slip


def test_a_slipped_tone_mark_is_read_one_character_for_one() -> None:
    assert respell("thu nhập 47 triêụ đồng/ngừơi/năm") == "thu nhập 47 triệu đồng/người/năm"
    assert respell("VỐN 300 TRỊÊU ĐỒNG") == "VỐN 300 TRIỆU ĐỒNG"


def test_the_lexicons_tone_slip_examples_are_read_as_their_word() -> None:
    from baocao.data.lexicon import load_data

    entries = load_data("spellings.toml")["tone_slip"]
    assert entries
    for entry in entries:
        assert len(entry["example"]) >= 2
        for example in entry["example"]:
            respelt = respell(example)
            assert len(respelt) == len(example) and entry["word"] in respelt, example
            assert entry["word"] not in example, example


@pytest.mark.parametrize(
    "text",
    [
        "Thu nhập bình quân đầu người năm 2022 đạt 51 triêụ đồng/người/năm.\n",
        "Thu nhập bình quân đầu người năm 2022 đạt 51 triệu đồng/ngươì/năm.\n",
    ],
)
def test_an_income_with_a_slipped_tone_mark_is_read(make_document, text: str) -> None:
    [p] = facts_of(make_document, text, "Percentage")
    assert (p.value, p.unit) == (51.0, "triệu đồng/người/năm")
    assert p.quote.startswith("51 tri")  # the quote as written


def test_money_with_a_slipped_tone_mark_is_read(make_document) -> None:
    [f] = facts_of(make_document, "Ngân sách huyện bố trí 450 trịêu đồng.\n", "Funding")
    assert (f.source, f.amount_vnd, f.quote) == (
        "district",
        450_000_000,
        "Ngân sách huyện bố trí 450 trịêu đồng",
    )


# -- a per-unit word typed twice ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Vùng ven biển đạt 85 tỷ đồng xã/xã.\n", 85.0, "tỷ đồng/xã"),
        ("Số tiêu chí bình quân đạt 16,2 tiêu chí/xã/xã.\n", 16.2, "tiêu chí/xã"),
    ],
)
def test_a_per_unit_word_typed_twice_is_one(
    make_document, text: str, value: float, unit: str
) -> None:
    [p] = facts_of(make_document, text, "Percentage")
    assert (p.value, p.unit) == (value, unit)
    assert facts_of(make_document, text, "Funding") == []


# -- "từ A (năm) lên B (năm)": values written bare ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Số tiêu chí bình quân/xã tăng từ 7,2 (2013) lên 15,8 (2019).\n",
            [(7.2, "tiêu chí/xã", "2013"), (15.8, "tiêu chí/xã", "2019")],
        ),
        (
            "Tỷ lệ hộ nghèo giảm từ 6,4 (2016) xuống còn 1,9% (2021).\n",
            [(6.4, "%", "2016"), (1.9, "%", "2021")],
        ),
        (
            "Thu nhập bình quân đầu người từ 21 (2016) lên 39 triệu đồng (2021).\n",
            [(21.0, "triệu đồng/người/năm", "2016"), (39.0, "triệu đồng/người/năm", "2021")],
        ),
    ],
)
def test_both_values_of_a_change_each_with_its_year(
    make_document, text: str, expected: list[tuple[float, str, str]]
) -> None:
    found = facts_of(make_document, text, "Percentage")
    assert [(p.value, p.unit, p.period) for p in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Số xã đạt chuẩn tăng từ 4 xã lên 9 xã.\n",
        "Tỷ lệ hộ dùng nước sạch tăng từ 2 lên 3 lần.\n",
        "Giá trị sản xuất tăng từ 12 lên 18 năm 2020.\n",
    ],
)
def test_a_change_in_a_unit_of_its_own_or_none_is_no_average(make_document, text: str) -> None:
    assert facts_of(make_document, text, "Percentage") == []


# -- a count estimated after a count reached ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến tháng 6/2023, số xã đạt chuẩn nông thôn mới là 18, ước đến hết năm 2023 là "
            "22 xã.\n",
            [(18, False), (22, True)],
        ),
        (
            "Hiện toàn huyện có 7 xã đạt chuẩn nông thôn mới, dự kiến đến cuối năm có 9 xã.\n",
            [(7, False), (9, True)],
        ),
    ],
)
def test_a_count_estimated_after_one_reached_is_a_goal(
    make_document, text: str, expected: list[tuple[int, bool]]
) -> None:
    found = facts_of(make_document, text, "Coverage")
    assert [(c.units_met, c.target) for c in found] == expected
    assert all(c.criterion is None for c in found)


def test_an_estimated_share_is_no_count(make_document) -> None:
    text = "Số xã đạt chuẩn nông thôn mới là 20 xã, ước đạt 95% kế hoạch.\n"
    assert [c.units_met for c in facts_of(make_document, text, "Coverage")] == [20]


# -- the eth typed for đ -------------------------------------------------------------------------


def test_the_eth_is_read_as_the_vietnamese_d_one_for_one() -> None:
    assert respell("huyện Ðắk Mil ðạt 19 tiêu chí") == "huyện Đắk Mil đạt 19 tiêu chí"


def test_an_em_dash_and_i_for_y_are_read_one_for_one() -> None:
    assert respell("giai đoạn 2021—2023, đúng qui định") == "giai đoạn 2021–2023, đúng quy định"
    assert respell("Qui hoạch chung; hạ tầng kĩ thuật") == "Quy hoạch chung; hạ tầng kỹ thuật"


def test_a_place_written_with_an_eth_is_resolved_and_quoted_as_written(make_document) -> None:
    text = "Năm 2020, huyện Ðắk Mil có 6/9 xã ðạt chuẩn nông thôn mới.\n"
    [c] = facts_of(make_document, text, "Coverage")
    assert c.region_code is not None and "Đắk Mil" in c.region
    assert (c.units_met, c.units_total) == (6, 9)
    assert "ðạt" in c.quote and c.quote in text  # cut from the text as written
