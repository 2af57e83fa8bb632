"""Percentages: other rates and averages, with their thresholds and approximations."""

from __future__ import annotations

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
