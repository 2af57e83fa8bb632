"""Funding: amounts of programme money, with their labels, owners, flows and shares."""

from __future__ import annotations

from baocao.nlp import sections_of
from baocao.nlp.funding import find_funding


def funding(make_document, text: str):
    return find_funding(sections_of(make_document(text))).mentions


def test_a_list_of_sources_under_a_period_heading(make_document) -> None:
    text = (
        "3. Kết quả huy động nguồn lực\n"
        "3.1. Giai đoạn 2011-2015: 227.014 triệu đồng.\n"
        "- Ngân sách tỉnh: \n\n  40.661,9 triệu đồng, chiếm tỷ lệ 17,91%.\n"
    )
    total, part = funding(make_document, text)
    assert (total.amount, total.unit, total.total) == ("227.014", "triệu đồng", True)
    assert (part.amount, part.sources[0], part.percent) == ("40.661,9", "Ngân sách tỉnh", "17,91")
    assert part.context.period == "Giai đoạn 2011-2015"


def test_a_bare_period_label_outside_a_funding_section_is_not_money(make_document) -> None:
    assert funding(make_document, "Giai đoạn 2011-2015: 227.014 triệu đồng.\n") == ()


def test_each_amount_of_a_clause_has_its_own_label(make_document) -> None:
    text = (
        "Kế hoạch vốn năm 2021: bố trí từ ngân sách trung ương 32.500 triệu đồng "
        "và ngân sách huyện 15.000 triệu đồng.\n"
    )
    first, second = funding(make_document, text)
    assert "trung ương" in first.sources[0] and "huyện" not in first.sources[0]
    assert second.sources[0] == "và ngân sách huyện"


def test_a_disbursement_of_a_plan(make_document) -> None:
    [m] = funding(make_document, "Tiến độ giải ngân: 109 triệu/217 triệu\n")
    assert (m.amount, m.unit, m.of_amount, m.of_unit, m.flow) == (
        "109",
        "triệu",
        "217",
        "triệu",
        "giải ngân",
    )


def test_the_owner_written_after_the_amount(make_document) -> None:
    [m] = funding(
        make_document,
        "UBND xã sử dụng số tiền 700 triệu của UBND tỉnh phân bổ cho đường giao thông.\n",
    )
    assert "ngân sách tỉnh" in m.sources
    assert m.flow == "phân bổ"


def test_money_spent_on_a_purpose_names_it(make_document) -> None:
    text = "Nhiều chợ được xây dựng mới như chợ Đức Ninh ... với kinh phí hơn 16 tỷ đồng.\n"
    [m] = funding(make_document, text)
    assert m.purpose == "Nhiều chợ được xây dựng mới như chợ Đức Ninh"
    assert (m.approx, m.amount) == ("hơn", "16")
    assert m.sources == ("với kinh phí hơn",)


def test_a_list_item_takes_its_place_and_the_lead_of_its_list(make_document) -> None:
    text = (
        "Các thôn do nhân dân đóng góp kinh phí để thực hiện cụ thể:\n"
        "- Thôn Song Nga: Xây dựng đường giao thông; Kinh phí huy động khoảng 360 triệu đồng.\n"
    )
    [m] = funding(make_document, text)
    assert m.region == "Thôn Song Nga"
    assert m.sources[-1].startswith("Các thôn do nhân dân đóng góp")


def test_per_head_income_and_requirements_are_not_programme_money(make_document) -> None:
    text = (
        "Thu nhập bình quân đạt 38,6 triệu đồng/người/năm (Tiêu chí yêu cầu: ≥ 36 triệu đồng).\n"
        "Doanh thu của hợp tác xã đạt 3 tỷ đồng.\n"
        "Dân số 133.818 người.\n"
    )
    assert funding(make_document, text) == ()


def test_amounts_as_written_even_when_absurd(make_document) -> None:
    [m] = funding(make_document, "- Nguồn vốn của Huyện: 2.000.000.000 tỷ đồng;\n")
    assert (m.amount, m.unit) == ("2.000.000.000", "tỷ đồng")
