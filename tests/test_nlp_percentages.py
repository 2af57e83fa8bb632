"""Percentages: other rates and averages, with their thresholds and approximations."""

from __future__ import annotations

import pytest
from readfacts import facts_of

from baocao.model import Coverage, Funding, Percentage
from baocao.nlp import sections_of
from baocao.nlp.percentages import find_percentages


def percentages(make_document, text: str, claimed=()):
    return find_percentages(sections_of(make_document(text)), claimed)


def test_a_rate_with_its_requirement(make_document) -> None:
    [m] = percentages(
        make_document, "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% (Tiêu chí yêu cầu: ≥ 85%)\n"
    )
    assert (m.value, m.threshold_op, m.threshold) == ("95", "≥", "85")
    assert m.quote == "95% (Tiêu chí yêu cầu: ≥ 85%)"
    assert m.label == "Tỷ lệ người dân tham gia bảo hiểm y tế đạt"


def test_a_requirement_glued_after_a_full_stop(make_document) -> None:
    [m] = percentages(
        make_document, "Tỷ lệ hộ có chuồng trại hợp vệ sinh đạt 90%.(Tiêu chí yêu cầu: ≥ 70%)\n"
    )
    assert (m.value, m.threshold) == ("90", "70")


def test_a_range_and_an_approximation(make_document) -> None:
    [m] = percentages(make_document, "UBND thành phố đã dành khoảng 20-25% nguồn ngân sách.\n")
    assert (m.value, m.value_max, m.approx) == ("20", "25", "khoảng")
    assert m.quote == "khoảng 20-25%"


def test_averages_keep_their_unit(make_document) -> None:
    text = (
        "Bình quân toàn tỉnh đạt 16,8 tiêu chí/xã. Thu nhập bình quân đầu người đạt gần "
        "38,6 triệu đồng/người/năm(Tiêu chí yêu cầu: ≥ 36 triệu đồng).\n"
    )
    first, second = percentages(make_document, text)
    assert (first.value, first.unit) == ("16,8", "tiêu chí/xã")
    assert (second.value, second.unit, second.approx) == ("38,6", "triệu đồng/người/năm", "gần")
    assert (second.threshold_op, second.threshold) == ("≥", "36")


def test_a_claimed_share_is_skipped(make_document) -> None:
    doc = make_document("Ngân sách tỉnh: 40.661,9 triệu đồng, chiếm tỷ lệ 17,91%.\n")
    start = doc.text.index("17,91")
    assert find_percentages(sections_of(doc), [(start, start + 6)]) == []


def test_a_bare_requirement_is_no_rate(make_document) -> None:
    assert percentages(make_document, "Yêu cầu: ≥ 85% hộ dân sử dụng nước sạch.\n") == []


def test_a_goal_rate_carries_its_goal_marker(make_document) -> None:
    [m] = percentages(
        make_document, "Tiếp tục đẩy mạnh tiến tới 100% người dân có hồ sơ sức khỏe điện tử.\n"
    )
    assert m.context.goal == "tiến tới"


def test_a_requirement_after_what_the_rate_is_of(make_document) -> None:
    text = (
        "Diện tích tưới chủ động 900 ha, đạt 100% so với diện tích cần tưới "
        "(Tiêu chí yêu cầu: ≤ 85%).\n"
    )
    [m] = percentages(make_document, text)
    assert (m.value, m.threshold_op, m.threshold) == ("100", "≤", "85")


def test_a_requirement_after_another_figure_is_not_this_rates(make_document) -> None:
    text = "Tỷ lệ hộ nghèo 3%, với 75 hộ (Tiêu chí yêu cầu: ≤ 5%).\n"
    [m] = percentages(make_document, text)
    assert m.threshold is None


def test_a_rate_names_its_criterion_by_topic(make_document) -> None:
    text = (
        "Tỷ lệ lao động có việc làm qua đào tạo đạt 51,3%; tỷ lệ hộ sử dụng điện thường "
        "xuyên, an toàn đạt 99,6%; thu nhập bình quân đạt 38,2 triệu đồng/người/năm.\n"
    )
    found = percentages(make_document, text)
    assert [(m.value, m.context.criterion) for m in found] == [
        ("51,3", "Tỷ lệ lao động có việc làm qua đào tạo"),
        ("99,6", "hộ sử dụng điện"),
        ("38,2", "thu nhập bình quân"),
    ]


def test_a_rate_with_no_topic_has_no_criterion(make_document) -> None:
    [m] = percentages(make_document, "Kết quả giải ngân đạt 87,5% kế hoạch vốn.\n")
    assert m.context.criterion is None


def test_a_rate_takes_the_topic_of_its_label_not_of_the_next_item(make_document) -> None:
    text = (
        "Thu nhập bình quân chỉ đạt 16 triệu đồng/người/năm, tỷ lệ hộ nghèo còn 21,4%, "
        "tỷ lệ hộ dùng nước hợp vệ sinh 74%.\n"
    )
    found = percentages(make_document, text)
    assert [(m.value, m.context.criterion) for m in found] == [
        ("16", "Thu nhập bình quân"),
        ("21,4", "tỷ lệ hộ nghèo"),
        ("74", "nước hợp vệ sinh"),
    ]


def test_a_value_that_opens_its_item_takes_the_words_after_it(make_document) -> None:
    text = (
        "Toàn xã có 61% số hộ có nhà kiên cố, 97% số hộ có ti vi, 88% số hộ dùng nước hợp "
        "vệ sinh; xã còn 42 hộ nghèo (3,8%).\n"
    )
    found = percentages(make_document, text)
    assert [(m.value, m.context.criterion) for m in found] == [
        ("61", "nhà kiên cố"),
        ("97", None),
        ("88", "nước hợp vệ sinh"),
        ("3,8", "hộ nghèo"),
    ]


# -- averages without their "/xã" or "/người" (FACTS.md) --------------------------------------


def values(mentions) -> list[tuple[str, str]]:
    return [(m.value, m.unit) for m in mentions]


def test_an_average_of_criteria_without_its_per_commune(make_document) -> None:
    text = (
        "Đến nay, bình quân các xã trong huyện đạt 13,6 tiêu chí; "
        "số tiêu chí trung bình mỗi xã là 14 tiêu chí.\n"
    )
    assert values(percentages(make_document, text)) == [
        ("13,6", "tiêu chí/xã"),
        ("14", "tiêu chí/xã"),
    ]


def test_criteria_met_by_one_commune_are_no_average(make_document) -> None:
    assert (
        percentages(make_document, "Xã Phú Lộc đạt 17 tiêu chí, còn 2 tiêu chí chưa đạt.\n") == []
    )


def test_an_income_per_year_is_an_income_per_head(make_document) -> None:
    text = (
        "Thu nhập bình quân của cư dân nông thôn đạt 48,3 triệu đồng/năm; "
        "thu nhập bình quân đầu người năm 2024 ước 52 triệu đồng.\n"
    )
    assert values(percentages(make_document, text)) == [
        ("48,3", "triệu đồng/người/năm"),
        ("52", "triệu đồng/người/năm"),
    ]


def test_income_changes_and_sector_totals_are_no_income_per_head(make_document) -> None:
    text = (
        "Thu nhập bình quân tăng 6 triệu đồng so với năm 2020. "
        "Thu nhập từ du lịch cộng đồng đạt 120 tỷ đồng.\n"
    )
    assert percentages(make_document, text) == []


def test_an_average_of_money_per_commune(make_document) -> None:
    [m] = percentages(make_document, "Vốn đầu tư bình quân 38 tỷ đồng/xã.\n")
    assert (m.value, m.unit) == ("38", "tỷ đồng/xã")


# -- shares: coverage's, bands', money's -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Số xã đạt chuẩn nông thôn mới đến cuối năm 2024 là 64 xã, đạt 52,03%.\n",
        "Toàn tỉnh có 17 xã (13,4% xã) đạt chuẩn nông thôn mới kiểu mẫu.\n",
        "Số xã đạt chuẩn nâng cao là 4/11 xã, tỷ lệ 36,4%.\n",
        "Ngành y tế có 93% trạm y tế đạt chuẩn quốc gia (125/134 trạm y tế).\n",
        "Toàn huyện đã nâng tổng số xã đạt chuẩn lên 21 xã, chiếm trên 80%.\n",
    ],
)
def test_a_share_written_with_a_count_of_units_is_the_coverages(make_document, text) -> None:
    assert percentages(make_document, text) == []


def test_a_bands_share_is_a_percentage(make_document) -> None:
    text = (
        "Số xã đạt từ 10 - 14 tiêu chí là 21 xã, chiếm 25,6%; "
        "9 xã đạt dưới 10 tiêu chí, chiếm 11%.\n"
    )
    assert [m.value for m in percentages(make_document, text)] == ["25,6", "11"]


def test_a_share_of_money_with_no_amount_is_a_percentage(make_document) -> None:
    text = "Tổng vốn huy động 820 tỷ đồng, trong đó ngân sách nhà nước chiếm 18%.\n"
    [m] = percentages(make_document, text)
    assert m.value == "18"
    assert m.label.endswith("ngân sách nhà nước chiếm")


def test_a_change_of_the_value_before_is_no_rate(make_document) -> None:
    text = "Bình quân toàn huyện đạt 17,2 tiêu chí/xã, tăng 0,8% so với năm trước.\n"
    assert values(percentages(make_document, text)) == [("17,2", "tiêu chí/xã")]


def test_a_range_keeps_its_upper_bound(make_document) -> None:
    [m] = percentages(make_document, "Tỷ lệ hộ nghèo giảm bình quân 1,5-2%/năm.\n")
    assert (m.value, m.value_max) == ("1,5", "2")


def test_money_per_commune_written_as_each_commune_is_an_average(make_document) -> None:
    text = "Năm 2024, bình quân mỗi xã được hỗ trợ 1,8 tỷ đồng để làm đường.\n"
    assert values(percentages(make_document, text)) == [("1,8", "tỷ đồng/xã")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "một xã" right after the amount, the slash written spaced
        ("Tỉnh đã huy động 9.000 tỷ đồng cho nông thôn mới, bình quân 120 tỷ đồng một xã.\n", 120),
        ("Tỉnh đã huy động 9.000 tỷ đồng cho nông thôn mới, bình quân 120 tỷ đồng / xã.\n", 120),
        # what any one commune costs: "để (xây dựng) một xã …"
        ("Tổng vốn cần để xây dựng một xã đạt chuẩn nông thôn mới khoảng 55 tỷ đồng.\n", 55),
        ("Để một xã đạt chuẩn nông thôn mới cần khoảng 45 tỷ đồng.\n", 45),
    ],
)
def test_money_per_one_commune_is_an_average_never_funding(make_document, text, value) -> None:
    # FACTS.md: an average per unit is a percentage with its unit, never a funding amount
    facts = facts_of(make_document, text)
    averages = [f for f in facts if isinstance(f, Percentage)]
    assert [(f.value, f.unit) for f in averages] == [(value, "tỷ đồng/xã")]
    assert all(f.amount_vnd != value * 10**9 for f in facts if isinstance(f, Funding))
    assert not [f for f in facts if isinstance(f, Coverage)]


def test_a_share_of_a_plan_written_with_units_is_a_percentage(make_document) -> None:
    text = "Năm 2024 có thêm 12 xã đạt chuẩn nông thôn mới, đạt 92,3% so với kế hoạch năm.\n"
    assert [m.value for m in percentages(make_document, text)] == ["92,3"]


def test_money_each_person_or_household_gives_is_an_average(make_document) -> None:
    # no "bình quân": "mỗi khẩu" alone says it is per head; a range keeps both ends
    [m] = percentages(make_document, "Mỗi nhân khẩu đóng góp từ 150.000 - 250.000 đồng.\n")
    assert (m.value, m.value_max, m.unit) == ("150.000", "250.000", "đồng/khẩu")
    [m] = percentages(make_document, "Mỗi hộ tự nguyện góp 1,5 triệu đồng để làm đường.\n")
    assert (m.value, m.unit) == ("1,5", "triệu đồng/hộ")


# -- what the auditor needs: the verdict after a requirement, the count and base of a share --


@pytest.mark.parametrize(
    ("after", "met"),
    [
        (" - Đạt.", True),
        (" => đạt", True),
        (", đánh giá: đạt", True),
        (" - Chưa đạt.", None),
        (" - Không đạt.", None),
        (", đạt chuẩn", None),
        ("\nĐạt", None),  # another line
    ],
)
def test_the_verdict_written_after_a_requirement(make_document, after: str, met) -> None:
    [m] = percentages(make_document, f"Tỷ lệ hộ nghèo còn 6,4% (yêu cầu ≤ 5%){after}\n")
    assert m.met is met


def test_no_verdict_is_read_after_a_rate_without_requirement(make_document) -> None:
    [m] = percentages(make_document, "Tỷ lệ hộ dùng nước sạch 97% - Đạt.\n")
    assert m.met is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Có 612/680 hộ dùng nước hợp vệ sinh, đạt 90%.", ("612", "680")),
        ("Đã có 2.040/2.400 hộ gia đình văn hóa, chiếm tỷ lệ 85%.", ("2.040", "2.400")),
        ("Toàn huyện có 1.340 tiêu chí/1.520 tiêu chí đạt, bằng 88,2%.", ("1.340", "1.520")),
        ("Còn 31 hộ cận nghèo trên tổng số 1.240 hộ, chiếm 2,5%.", ("31", "1.240")),
        ("Có 96 lao động qua đào tạo trong tổng số 120 lao động (80%).", ("96", "120")),
        ("Tỷ lệ hộ nghèo còn 2,5% (31/1.240 hộ).", ("31", "1.240")),
        ("Xã có 1.240 hộ, trong đó 1.116 hộ dùng nước sạch, đạt 90%.", ("1.116", "1.240")),
        ("Có 680 hộ, trong đó có 31 hộ nghèo, chiếm 4,6%.", ("31", "680")),
        ("Có 1.240 hộ, trong đó 31 lao động đi làm xa, chiếm 2,5%.", None),  # other words
        ("Có 45/50 hộ đăng ký, trong đó đạt 60%.", None),  # a share of the 45
        ("Có 450/500 hộ dùng nước sạch, tỷ lệ hộ nghèo đạt 2%.", None),  # another rate
        ("Có 450/500 hộ dùng nước sạch, hộ khá giàu đạt 30%.", None),  # another clause
        ("Có 612/680 hộ dùng nước sạch, đạt 90% so với kế hoạch.", None),  # of a plan
        ("Có 45 hộ nghèo, chiếm 3,6%.", ("45", None)),  # a count without its base
        ("Năm học 2022/2023 học sinh tốt nghiệp, đạt 98%.", None),  # a school year
        ("Đến tháng 6/2024 dân số toàn xã, đạt 99%.", None),  # a date
        ("Đã giải ngân 500 triệu/2 tỷ đồng, đạt 25%.", None),  # two units
        ("Có 612/680 hộ dùng nước sạch; tỷ lệ hộ nghèo còn 3%.", None),  # another clause
        ("Có 612/680 hộ dùng nước sạch, tỷ lệ hộ nghèo giảm còn 3%.", None),  # no share verb
    ],
)
def test_the_count_and_base_written_with_a_share(make_document, text: str, count) -> None:
    found = percentages(make_document, text + "\n")
    assert [(m.part, m.whole) for m in found][-1:] == [count or (None, None)]


def test_by_how_much_a_plan_was_beaten_is_a_percentage(make_document) -> None:
    text = (
        "Toàn huyện có 21 xã đạt chuẩn (vượt 16,7%).\n"
        "Có 9 xã đạt chuẩn nông thôn mới nâng cao, vượt kế hoạch 12,5%.\n"
        "Có 40/45 xã đạt chuẩn, đạt 88,9%, vượt 3,9% so mục tiêu.\n"
    )
    from baocao.nlp.coverage import find_coverage

    sections = sections_of(make_document(text))
    found = find_coverage(sections)
    assert [c.percent for c in found.mentions] == [None, None, "88,9"]
    rates = find_percentages(sections, found.claimed)
    assert [r.value for r in rates] == ["16,7", "12,5", "3,9"]


@pytest.mark.parametrize(
    ("text", "part", "quote"),
    [
        ("Xã Tân Lập còn 32 hộ nghèo (5%) năm 2019.", "32", "32 hộ nghèo (5%)"),
        ("Toàn huyện còn 410 hộ cận nghèo, tỷ lệ 2,35%.", "410", "410 hộ cận nghèo, tỷ lệ 2,35%"),
        ("Năm 2022 giảm 27 hộ nghèo (0,04%).", "27", "27 hộ nghèo (0,04%)"),
        ("Số xã đạt dưới 10 tiêu chí là 4 xã, chiếm 6%.", "4", "4 xã, chiếm 6%"),
        ("Có 96 lao động qua đào tạo (chiếm 48%).", "96", "96 lao động qua đào tạo (chiếm 48%)"),
        ("Có 1.240 hộ, trong đó 31 lao động đi làm xa, chiếm 2,5%.", None, "2,5%"),  # of the 1.240?
        ("Có 45 hộ nghèo, đạt 3,6%.", None, "3,6%"),  # "đạt": often of a plan
        ("Tháng 6 năm 2023 (5%) tăng.", None, "5%"),  # a date, no count
        ("Có 9 xã đạt dưới 10 tiêu chí, chiếm 6%.", None, "6%"),  # a bound, no count
        ("Huyện còn khoảng 120 hộ nghèo (3%).", None, "3%"),  # an approximate count
    ],
)
def test_a_count_written_alone_with_its_share_is_kept_and_quoted(
    make_document, text: str, part: str | None, quote: str
) -> None:
    [m] = percentages(make_document, text + "\n")
    assert (m.part, m.whole, m.quote) == (part, None, quote)


@pytest.mark.parametrize(
    "text",
    [
        "Thu nhập bình quân đầu người tăng gần 30 triệu đồng so với năm 2014.\n",
        "Thu nhập bình quân của xã năm 2020 tăng khoảng 8 triệu đồng so với năm 2019.\n",
    ],
)
def test_an_approximate_rise_in_income_is_no_income(make_document, text: str) -> None:
    # FACTS.md: an increment is no fact
    assert percentages(make_document, text) == []


@pytest.mark.parametrize(
    ("text", "goals"),
    [
        (
            "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao 36,5%/ chỉ tiêu 35%.\n",
            [("36,5", None), ("35", "chỉ tiêu")],
        ),
        (
            "Tỷ lệ hộ dùng nước sạch đạt 71%, kế hoạch 70%; tỷ lệ che phủ rừng 58%/mục tiêu 60%.\n",
            [("71", None), ("70", "kế hoạch"), ("58", None), ("60", "mục tiêu")],
        ),
    ],
)
def test_the_goal_a_result_is_set_against_is_a_goal(make_document, text, goals) -> None:
    assert [(m.value, m.context.goal) for m in percentages(make_document, text)] == goals


def test_a_change_in_parentheses_is_no_rate(make_document) -> None:
    text = "Tỷ lệ huyện đạt chuẩn là 48% (tăng 12% so với năm 2021); tỷ lệ xã 81% (giảm 1%).\n"
    assert [m.value for m in percentages(make_document, text)] == ["48", "81"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "- Vốn lồng ghép các chương trình, dự án: khoảng 8%.\n",
            "Vốn lồng ghép các chương trình, dự án",
        ),
        ("+ Vốn doanh nghiệp, hợp tác xã: 12,5%;\n", "Vốn doanh nghiệp, hợp tác xã"),
    ],
)
def test_a_share_after_a_colon_is_labelled_by_the_name_before_it(make_document, text, label):
    [m] = percentages(make_document, text)
    assert m.label == label


@pytest.mark.parametrize(
    ("text", "schemes"),
    [
        (
            "Mục tiêu đến năm 2030, số xã đạt chuẩn NTM trên 95%, trong đó 45% số xã đạt "
            "chuẩn NTM nâng cao, 12% số xã đạt chuẩn NTM kiểu mẫu.\n",
            ["NTM", "NTM nâng cao", "NTM kiểu mẫu"],
        ),
        (
            "Phấn đấu có ít nhất 60% số huyện đạt chuẩn nông thôn mới, trong đó ít nhất 25% "
            "số huyện đạt chuẩn nông thôn mới nâng cao.\n",
            ["nông thôn mới", "nông thôn mới nâng cao"],
        ),
    ],
)
def test_a_rates_scheme_is_the_one_its_own_words_name(make_document, text, schemes) -> None:
    found = [" ".join((m.context.scheme or "").split()) for m in percentages(make_document, text)]
    assert found == schemes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Số tiêu chí đạt bình quân: 13 tiêu chí/1 xã, tăng 4 tiêu chí.\n", "13"),
        ("Bình quân toàn huyện đạt 17,2 tiêu chí/một xã.\n", "17,2"),
    ],
)
def test_an_average_per_one_commune_is_per_commune(make_document, text, value) -> None:
    [m] = percentages(make_document, text)
    assert (m.value, m.unit) == (value, "tiêu chí/xã")


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Phấn đấu tỷ lệ hộ nghèo giảm bình quân 1% - 1,5%/năm.\n", ("1", "1,5")),
        ("Tỷ lệ che phủ rừng duy trì ổn định từ 42% – 45%.\n", ("42", "45")),
    ],
)
def test_a_range_written_with_both_signs_is_one_rate(make_document, text, bounds) -> None:
    [m] = percentages(make_document, text)
    assert (m.value, m.value_max) == bounds


def test_two_rates_joined_by_a_dash_with_words_between_are_two(make_document) -> None:
    text = "Tỷ lệ hộ nghèo năm 2023 là 4,2% - năm 2024 còn 3,1%.\n"
    assert [(m.value, m.value_max) for m in percentages(make_document, text)] == [
        ("4,2", None),
        ("3,1", None),
    ]


def test_a_change_after_the_values_own_predicate_is_no_rate(make_document) -> None:
    text = (
        "Đến tháng 6/2025, cả nước có 6.100/7.700 xã (79,2%) đã được công nhận đạt chuẩn "
        "nông thôn mới, tăng 10,4% so với cuối năm 2021.\n"
    )
    assert [p.value for p in percentages(make_document, text)] == []


def test_a_change_of_an_average_of_criteria_is_no_average(make_document) -> None:
    text = "Bình quân toàn tỉnh đạt 18,1 tiêu chí/xã, tăng 0,7 tiêu chí so với năm 2023.\n"
    assert [(p.value, p.unit) for p in percentages(make_document, text)] == [
        ("18,1", "tiêu chí/xã")
    ]


@pytest.mark.parametrize(
    ("text", "part", "quote"),
    [
        ("Hộ nghèo toàn xã chiếm 4% (25 hộ).", "25", "4% (25 hộ)"),
        ("Tỷ lệ hộ nghèo còn 3,2% (với 41 hộ).", "41", "3,2% (với 41 hộ)"),
        ("Tỷ lệ hộ nghèo giảm còn 2,1% (còn 35 hộ nghèo).", "35", "2,1% (còn 35 hộ nghèo)"),
        ("Tỷ lệ lao động có việc làm đạt 72% (1.450 lao động).", "1.450", "72% (1.450 lao động)"),
        ("Tỷ lệ hộ cận nghèo giảm 0,5% (tương ứng 18 hộ).", "18", "0,5% (tương ứng 18 hộ)"),
        (
            "Tỷ lệ người tham gia bảo hiểm y tế 91,5% ( 2.310 người ).",
            "2.310",
            "91,5% ( 2.310 người )",
        ),
        # no count: an approximation, a bound, a year, a time, more than a count
        ("Tỷ lệ hộ nghèo còn 3% (khoảng 40 hộ).", None, "3%"),
        ("Tỷ lệ hộ nghèo còn 3% (dưới 40 hộ).", None, "3%"),
        ("Tỷ lệ hộ nghèo còn 3% (năm 2019).", None, "3%"),
        ("Tỷ lệ giải ngân đạt 40% (3 tháng).", None, "40%"),
        ("Tỷ lệ hộ nghèo còn 3% (40 hộ, giảm 8 hộ).", None, "3%"),
    ],
)
def test_a_count_written_alone_after_its_share_is_kept_and_quoted(
    make_document, text: str, part: str | None, quote: str
) -> None:
    [m] = percentages(make_document, text + "\n")
    assert (m.part, m.whole, m.quote) == (part, None, quote)


def test_an_income_per_head_without_its_year_is_per_year(make_document) -> None:
    text = (
        "Thu nhập bình quân đầu người của xã đạt 45,7 triệu đồng/người, tăng so với năm trước; "
        "năm 2023 thu nhập của người dân huyện Đông Hưng ước 51 tr.đ/người.\n"
    )
    assert values(percentages(make_document, text)) == [
        ("45,7", "triệu đồng/người/năm"),
        ("51", "tr.đ/người/năm"),
    ]


def test_money_per_head_outside_income_keeps_its_unit(make_document) -> None:
    text = "Mức hỗ trợ bình quân 2,5 triệu đồng/người cho lao động học nghề.\n"
    assert values(percentages(make_document, text)) == [("2,5", "triệu đồng/người")]


def test_an_income_passed_by_a_margin_keeps_the_income_only(make_document) -> None:
    found = percentages(
        make_document,
        "Thu nhập bình quân đầu người của xã Phú An đạt 61,5 triệu đồng/người/năm, vượt "
        "13,5 triệu đồng so với yêu cầu; xã Mỹ Hòa đạt 58 triệu đồng/người/năm, vượt hơn "
        "10 triệu đồng.\n",
    )
    assert [m.value for m in found] == ["61,5", "58"]


@pytest.mark.parametrize(
    "text",
    [
        "Thu nhập bình quân năm 2024 đạt 51/52 triệu đồng/người/năm.\n",
        "Thu nhập bình quân đầu người của xã đạt 51/52 triệu đồng.\n",
    ],
)
def test_an_income_achieved_against_its_plan(make_document, text) -> None:
    done, planned = percentages(make_document, text)
    assert (done.value, done.context.goal) == ("51", None)
    assert planned.value == "52" and planned.context.goal is not None
    assert done.unit == planned.unit == "triệu đồng/người/năm"


def test_band_shares_and_averages_under_their_label(make_document) -> None:
    text = (
        "- Số xã đạt từ 15-18 tiêu chí : 12 xã, tỷ lệ 30% - Số xã đạt 10-14 tiêu chí : 8 xã, "
        "tỷ lệ 20%. Số tiêu chí bình quân/xã: 15,4 tiêu chí, tăng 0,6 tiêu chí/xã so với năm "
        "2019.\n"
    )
    found = [(m.value, m.unit) for m in percentages(make_document, text)]
    assert found == [("30", "%"), ("20", "%"), ("15,4", "tiêu chí/xã")]


@pytest.mark.parametrize(
    ("text", "bounds", "unit"),
    [
        (
            "Ngân sách tỉnh bố trí từ 8 tới 10 tỷ đồng cho mỗi huyện.\n",
            ("8", "10"),
            "tỷ đồng/huyện",
        ),
        ("Mỗi hộ đóng góp từ 2 đến 3 triệu đồng.\n", ("2", "3"), "triệu đồng/hộ"),
        ("Tỉnh hỗ trợ từ 50 đến 70 triệu đồng/thôn.\n", ("50", "70"), "triệu đồng/thôn"),
    ],
)
def test_a_range_of_money_per_unit_written_in_words(make_document, text, bounds, unit) -> None:
    [m] = percentages(make_document, text)
    assert ((m.value, m.value_max), m.unit) == (bounds, unit)


def test_a_band_of_criteria_written_in_words_is_no_range_of_an_average(make_document) -> None:
    text = "Có 5 xã đạt từ 15 đến 18 tiêu chí, bình quân 16 tiêu chí/xã.\n"
    assert [(m.value, m.value_max) for m in percentages(make_document, text)] == [("16", None)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Tỷ lệ hộ dùng nước sạch đạt 85% (1.020/1.200 hộ).", "85% (1.020/1.200 hộ)"),
        (
            "Tỷ lệ lao động qua đào tạo là 70% (560/800 lao động qua đào tạo).",
            "70% (560/800 lao động qua đào tạo)",
        ),
        ("Có 1.020/1.200 hộ dùng nước sạch, đạt 85%.", "1.020/1.200 hộ dùng nước sạch, đạt 85%"),
        (
            "Có 560 trên tổng số 800 lao động qua đào tạo (tỷ lệ 70%).",
            "560 trên tổng số 800 lao động qua đào tạo (tỷ lệ 70%)",
        ),
    ],
)
def test_a_rate_is_quoted_with_the_count_and_base_it_is_read_with(
    make_document, text: str, quote: str
) -> None:
    [m] = percentages(make_document, text + "\n")
    assert m.part is not None and m.whole is not None and m.quote == quote


@pytest.mark.parametrize(
    ("text", "bounds", "approx"),
    [
        ("Tỷ lệ lao động qua đào tạo đạt từ 20 đến 25%.\n", ("20", "25"), None),
        ("Độ che phủ rừng giữ ở mức 41 tới 44%.\n", ("41", "44"), None),
        ("Tỷ lệ hộ có việc làm ổn định khoảng 30 đến 35 phần trăm.\n", ("30", "35"), "khoảng"),
        ("Tỷ lệ đường thôn được cứng hóa đạt từ 60% đến 70%.\n", ("60", "70"), None),
    ],
)
def test_a_range_of_rates_written_in_words_is_its_lower_bound_and_keeps_the_upper(
    make_document, text, bounds, approx
) -> None:
    [m] = percentages(make_document, text)
    assert ((m.value, m.value_max), m.unit, m.approx) == (bounds, "%", approx)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a change, a year and numbers far apart are no range: each number on its own
        ("Tỷ lệ hộ nghèo tăng từ 3% đến 4%.\n", ["3", "4"]),
        ("Tỷ lệ che phủ năm 2020 đến 45%.\n", ["45"]),
        ("Tỷ lệ hộ dùng nước sạch từ 2 đến 95%.\n", ["95"]),
    ],
)
def test_a_pair_of_rates_in_words_that_is_no_range(make_document, text, values) -> None:
    found = percentages(make_document, text)
    assert [(m.value, m.value_max) for m in found] == [(v, None) for v in values]


def test_a_rate_written_with_the_words_for_the_percent_sign(make_document) -> None:
    [m] = percentages(make_document, "Tỷ lệ hộ tham gia bảo hiểm y tế đạt 92 phần trăm.\n")
    assert (m.value, m.value_max, m.unit) == ("92", None, "%")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the requirement in brackets, however it is worded, is the threshold
        ("Tỷ lệ trẻ em đến trường đạt 97% (theo quy định là 90%).\n", [("97", "90")]),
        ("Tỷ lệ hộ cận nghèo còn 3,1% (chuẩn quy định dưới 6%).\n", [("3,1", "6")]),
        # the requirement after the value, in running text: no value of the place
        ("Tỷ lệ đường xã được cứng hóa đạt 88%, cao hơn yêu cầu 70%.\n", [("88", None)]),
        ("Tỷ lệ hộ nghèo đa chiều còn 2,4%, theo chuẩn yêu cầu dưới 5%.\n", [("2,4", None)]),
        ("Tỷ lệ lao động có việc làm đạt 93%, trong khi tiêu chí quy định 90%.\n", [("93", None)]),
        # twin: a second value of the place stays one
        ("Tỷ lệ hộ dùng điện đạt 99%, hộ dùng nước sạch đạt 92%.\n", [("99", None), ("92", None)]),
    ],
)
def test_a_requirement_of_the_criteria_is_no_value_of_the_place(
    make_document, text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = percentages(make_document, text)
    assert [(m.value, m.threshold) for m in found] == expected


def test_a_rate_over_years_gives_each_value_its_year(make_document) -> None:
    # the later year written bare ("đến 2019") dates the later value, not the earlier year
    text = (
        "Tỷ lệ hộ nghèo năm 2012 là 21,4%, đến 2020 chỉ còn 3,1%.\n"
        "Tỷ lệ lao động có việc làm từ 72% (2016) lên 88% (2021).\n"
        "Năm 2013 tỷ lệ hộ dùng nước sạch chỉ 40%, nay đã đạt 96%.\n"
        "Hộ nghèo giảm từ 1.150 hộ (22%) năm 2012 xuống còn 180 hộ (3,4%) năm 2020.\n"
    )
    found = percentages(make_document, text)
    assert [(m.value, m.context.period) for m in found] == [
        ("21,4", "năm 2012"),
        ("3,1", "2020"),
        ("72", "(2016)"),
        ("88", "(2021)"),
        ("40", "Năm 2013"),
        ("96", None),  # "nay": the text's present, not the year before it
        ("22", "năm 2012"),
        ("3,4", "năm 2020"),  # the year after the bracket the share closes
    ]


def test_a_growth_since_a_base_is_no_rate(make_document) -> None:
    # "tăng 35% so với năm 2015" is a change (an increment, FACTS.md); a margin over a plan
    # ("vượt 6% so với kế hoạch") stays a percentage of its own
    text = (
        "Giá trị sản xuất nông nghiệp tăng 35% so với năm 2015.\n"
        "Số hộ làm du lịch giảm gần 12% so với cùng kỳ.\n"
        "Vốn huy động vượt 6% so với kế hoạch.\n"
        "Tỷ lệ hộ nghèo đã giảm 17,2% (từ 20% năm 2013 xuống 2,8% năm 2020).\n"
    )
    assert [m.value for m in percentages(make_document, text)] == ["6", "20", "2,8"]


@pytest.mark.parametrize(
    "text",
    [
        "Vốn huy động bình quân/xã của vùng khoảng 240 tỷ đồng.\n",
        "Tổng nguồn lực đầu tư trung bình / xã đạt 240 tỷ đồng.\n",
    ],
)
def test_an_average_with_its_unit_slashed_before_the_money(make_document, text: str) -> None:
    assert values(percentages(make_document, text)) == [("240", "tỷ đồng/xã")]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Tỷ lệ hộ nghèo đa chiều giảm từ 6,4% xuống còn 1,9%.\n", "Tỷ lệ hộ nghèo đa chiều"),
        (
            "Trong kỳ, tỷ lệ lao động qua đào tạo tăng từ 48,5% lên 71,25%.\n",
            "tỷ lệ lao động qua đào tạo",
        ),
    ],
)
def test_both_values_of_a_change_share_the_indicator_named_before_it(
    make_document, text: str, topic: str
) -> None:
    # the decimal comma of the earlier value is no break between the later one and its label
    found = percentages(make_document, text)
    assert [m.context.criterion for m in found] == [topic, topic]


def test_a_share_naming_its_own_units_after_a_count_is_a_percentage_of_its_own(
    make_document,
) -> None:
    text = (
        "Đến năm 2030, tỉnh Bắc Ninh phấn đấu có 2 huyện đạt chuẩn huyện NTM kiểu mẫu, 40% số "
        "xã đạt chuẩn xã NTM nâng cao.\n"
    )
    facts = facts_of(make_document, text)
    assert [(f.value, f.target) for f in facts if isinstance(f, Percentage)] == [(40, True)]
    # the share said of the count stays the count's own
    text = "Năm 2020, tỉnh có 85 xã đạt chuẩn, chiếm 70% số xã.\n"
    facts = facts_of(make_document, text)
    assert [f for f in facts if isinstance(f, Percentage)] == []
    assert [f.percent_stated for f in facts if isinstance(f, Coverage)] == [70]


@pytest.mark.parametrize(
    "text",
    [
        "Hiện nay, bình quân mỗi xã của huyện đạt 15,4/19 tiêu chí.\n",
        "Số tiêu chí trung bình các xã đạt được là 15,4 / 19 tiêu chí, tăng so với năm trước.\n",
    ],
)
def test_an_average_of_criteria_written_over_the_set_size(make_document, text: str) -> None:
    assert values(percentages(make_document, text)) == [("15,4", "tiêu chí/xã")]
