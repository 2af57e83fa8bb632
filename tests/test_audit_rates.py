"""Rates that cannot be true of what they measure: shares above the whole, and averages of
criteria over recognised communes that fall short of the set."""

from __future__ import annotations

import pytest
from auditfacts import Doc

from baocao.audit.rates import check_rates, parse_rate_cues
from baocao.errors import LexiconError


@pytest.mark.parametrize(
    ("quote", "value", "approx"),
    [
        ("tỷ lệ hộ dùng nước hợp vệ sinh hơn 100%", 100.0, "hơn"),
        ("tỷ lệ trường đạt chuẩn 104,5%", 104.5, None),
        # the twins of the comparisons: a share of households, however it is introduced
        ("tỷ lệ hộ nghèo cùng thôn đạt 101%", 101.0, None),
        ("tỷ lệ hộ chăn nuôi có chuồng trại hợp vệ sinh 106%", 106.0, None),
    ],
)
def test_a_share_above_the_whole_is_implausible(
    quote: str, value: float, approx: str | None
) -> None:
    doc = Doc()
    doc.percentage(quote, value, label=quote.rsplit(" ", 1)[0], approx=approx)
    (f,) = check_rates(doc.facts)
    assert f.kind == "unit_implausible" and "more than all of it" in f.explain
    assert f.quote == quote


@pytest.mark.parametrize(
    "quote",
    [
        "giá trị sản xuất nông nghiệp đạt 108% so với cùng kỳ",
        "giải ngân vốn đạt 112% kế hoạch",
        "tổng vốn huy động tăng 140% so với năm trước",
        "tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 100%",
        # growth against the same period, an index, a pace: may pass 100%
        "doanh thu thương mại đạt 117% so cùng kỳ",
        "chỉ số sản xuất ngành chăn nuôi đạt 106%",
        "tốc độ phát triển giá trị sản phẩm đạt 111%",
        # a share of a resolution's or an assigned target
        "thu ngân sách trên địa bàn xã đạt 640% nghị quyết",
        "số hộ làm nhà mới bằng 130% chỉ tiêu giao",
    ],
)
def test_comparisons_and_a_whole_at_100_percent_are_left_alone(quote: str) -> None:
    value = float(quote.split("%")[0].rsplit(" ", 1)[-1].replace(",", "."))
    doc = Doc()
    doc.percentage(quote, value, label=quote)
    assert check_rates(doc.facts) == []


def test_a_goal_above_100_percent_is_not_a_statement_of_fact() -> None:
    doc = Doc()
    doc.percentage("phấn đấu tỷ lệ 105%", 105.0, label="phấn đấu tỷ lệ", target=True)
    assert check_rates(doc.facts) == []


def test_an_average_over_recognised_communes_below_the_set_is_a_count_mismatch() -> None:
    doc = Doc()
    quote = "Bình quân các xã đã đạt chuẩn của huyện đạt 17,4 tiêu chí/xã"
    doc.percentage(quote, 17.4, label=quote, unit="tiêu chí/xã")
    (f,) = check_rates(doc.facts)
    assert f.kind == "count_mismatch"
    assert f.explain.startswith("an average of 17,4 criteria per commune") and "all 19" in f.explain


def test_an_average_over_all_communes_may_be_anything() -> None:
    doc = Doc()
    # the recognised communes are counted before the average, which is over the province
    quote = "có 40/95 xã đạt chuẩn (42%), bình quân toàn tỉnh đạt 15,2 tiêu chí/xã"
    doc.percentage(quote, 15.2, label=quote, unit="tiêu chí/xã")
    doc.percentage("bình quân các xã đạt chuẩn là 19 tiêu chí/xã", 19.0, unit="tiêu chí/xã")
    assert check_rates(doc.facts) == []


def test_the_set_size_comes_from_the_facts_criteria_set() -> None:
    doc = Doc()
    quote = "bình quân các xã đạt chuẩn đạt 9 tiêu chí/xã"
    doc.percentage(quote, 9.0, label=quote, unit="tiêu chí/xã", criteria_set="2026-2030")
    (f,) = check_rates(doc.facts)
    assert "all 10" in f.explain


def test_a_cue_missing_from_its_example_is_a_lexicon_error() -> None:
    text = 'version = 1\n[[comparison]]\ncue = "so với"\nexample = "đạt 120% kế hoạch"\n'
    with pytest.raises(LexiconError, match="comparison"):
        parse_rate_cues(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2022, thu ngân sách trên địa bàn xã đạt 1.300/200 triệu đồng, đạt 650% nghị quyết "
        "đại hội.",
        "Năm 2022, số hộ làm nhà mới của xã bằng 130% chỉ tiêu huyện giao.",
        # the percent in brackets after its ratio, the base after the bracket
        "Năm 2022, xã đã cứng hóa được 31,5 km/30 km (đạt 105 %) kế hoạch huyện giao.",
        "Năm 2022, sản lượng lúa của xã bằng 107% năm trước.",
        "Năm 2022, giải ngân vốn ngân sách xã đạt 112% KH.",
    ],
)
def test_a_rate_whose_base_is_written_after_it_is_a_comparison(tmp_path, sentence: str) -> None:
    from auditfacts import audit_text

    header = "UBND XÃ AN PHÚ\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"
    assert audit_text(tmp_path, "an-phu.txt", header + sentence + "\n", ("unit_implausible",)) == []


def test_a_share_in_brackets_is_still_held_to_the_whole(tmp_path) -> None:
    from auditfacts import audit_text

    header = "UBND XÃ AN PHÚ\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"
    sentence = "Năm 2022, số hộ dùng nước hợp vệ sinh là 1.040/1.000 hộ (đạt 104%) toàn xã.\n"
    (f,) = audit_text(tmp_path, "an-phu.txt", header + sentence, ("unit_implausible",))
    assert "more than all of it" in f.explain


def test_a_k_of_a_count_just_before_it_is_no_whole_of_the_unit(tmp_path) -> None:
    """'14 xã đạt 19/19 tiêu chí, trong đó 12 xã đã được công nhận': 12/14 is of those
    communes, not of all the province's, so it does not bound the province's average."""
    from auditfacts import audit_text

    header = "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2019\n\n"
    some = (
        "Đến nay, toàn tỉnh có 14 xã đạt chuẩn 19/19 tiêu chí, trong đó 12 xã đã được công "
        "nhận đạt chuẩn nông thôn mới; 20 xã đạt từ 10 đến 18 tiêu chí. Bình quân đạt 13,1 "
        "tiêu chí/xã.\n"
    )
    assert audit_text(tmp_path, "phu-yen.txt", header + some, ("count_mismatch",)) == []
    whole = (
        "Đến nay, toàn tỉnh có 12/14 xã đã được công nhận đạt chuẩn. Bình quân đạt 13,1 "
        "tiêu chí/xã.\n"
    )
    [found] = audit_text(tmp_path, "phu-yen-2.txt", header + whole, ("count_mismatch",))
    assert "12/14 xã meet the standard" in found.explain
