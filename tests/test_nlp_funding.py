"""Funding: amounts of programme money, with their labels, owners, flows and shares."""

from __future__ import annotations

import pytest
from readfacts import facts_of, sources_of

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


# -- sources bound to their amount (issue 8, items 3 and 6) ---------------------------------


def test_each_amount_of_a_list_in_one_sentence_takes_its_own_source(make_document) -> None:
    text = (
        "Trong đó, vốn ngân sách Trung ương là 95 tỷ đồng; ngân sách tỉnh 310 tỷ đồng; "
        "vốn huy động trong nhân dân hơn 42 tỷ đồng; vốn các chương trình, dự án lồng ghép "
        "trên địa bàn huyện 880 tỷ đồng và doanh nghiệp ủng hộ 16 tỷ đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("central", 95_000_000_000),
        ("province", 310_000_000_000),
        ("community", 42_000_000_000),
        ("integrated", 880_000_000_000),
        ("enterprise", 16_000_000_000),
    ]


def test_a_lead_written_before_the_first_amount_of_a_line_governs_the_rest(
    make_document,
) -> None:
    text = "Ngân sách huyện hỗ trợ: làm đường 450 triệu đồng; sửa trường học 120 triệu đồng.\n"
    assert sources_of(make_document, text) == [
        ("district", 450_000_000),
        ("district", 120_000_000),
    ]


def test_budgets_of_several_levels(make_document) -> None:
    text = (
        "Xã huy động 210 tỷ đồng, trong đó vốn ngân sách địa phương 64,5 tỷ đồng, "
        "vốn ngân sách nhà nước khác 30 tỷ đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("total", 210_000_000_000),
        ("province+district+commune", 64_500_000_000),
        ("central+province+district+commune", 30_000_000_000),
    ]


def test_sub_lines_under_a_numbered_heading_take_its_source(make_document) -> None:
    text = (
        "3. Nguồn lực thực hiện\n"
        "3.1. Ngân sách trung ương:\n"
        "3.1.1. Vốn đầu tư phát triển: 215.400 triệu đồng\n"
        "3.1.2. Vốn sự nghiệp: 42.050 triệu đồng\n"
        "3.2. Ngân sách tỉnh: 18.000 triệu đồng\n"
    )
    assert sources_of(make_document, text) == [
        ("central", 215_400_000_000),
        ("central", 42_050_000_000),
        ("province", 18_000_000_000),
    ]


def test_sub_items_under_a_source_line_with_its_own_amount(make_document) -> None:
    text = (
        "II. Kết quả huy động vốn\n"
        "1. Ngân sách trung ương: 257.450 triệu đồng, trong đó:\n"
        "- Vốn đầu tư phát triển: 215.400 triệu đồng;\n"
        "- Vốn sự nghiệp: 42.050 triệu đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("central", 257_450_000_000),
        ("central", 215_400_000_000),
        ("central", 42_050_000_000),
    ]


def test_lines_under_an_unnumbered_lead_line_take_its_source(make_document) -> None:
    text = (
        "Tổng nguồn vốn thực hiện năm 2024 là 900 triệu đồng.\n"
        "Ngân sách tỉnh phân bổ:\n"
        "Vốn đầu tư phát triển: 600 triệu đồng\n"
        "Vốn sự nghiệp: 300 triệu đồng\n"
    )
    assert sources_of(make_document, text) == [
        ("total", 900_000_000),
        ("province", 600_000_000),
        ("province", 300_000_000),
    ]


def test_a_part_of_the_total_that_names_no_source_is_other(make_document) -> None:
    text = (
        "Tổng kinh phí thực hiện: 3.500 triệu đồng, trong đó:\n"
        "- Vốn huy động chung tay xây dựng nông thôn mới: 400 triệu đồng;\n"
        "- Vốn đối ứng của các hội, đoàn thể: 100 triệu đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("total", 3_500_000_000),
        ("other", 400_000_000),
        ("other", 100_000_000),
    ]


def test_a_source_written_after_the_amount(make_document) -> None:
    text = "Năm 2024, huyện đã giải ngân 75 tỷ đồng vốn Trung ương cho các xã.\n"
    assert sources_of(make_document, text) == [("central", 75_000_000_000)]


def test_money_allocated_for_a_purpose_with_no_source_is_other(make_document) -> None:
    text = (
        "Hà Giang quyết chi gần 300 tỉ đồng để nâng cấp đường liên xã.\n"
        "Gần 300 tỉ đồng là nguồn vốn Hà Giang bố trí ra để tập trung cho các xã khó khăn.\n"
    )
    mentions = funding(make_document, text)
    assert [m.flow for m in mentions] == ["quyết chi", "bố trí"]
    assert mentions[0].purpose == "nâng cấp đường liên xã"
    assert sources_of(make_document, text) == [
        ("other", 300_000_000_000),
        ("other", 300_000_000_000),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Bà con nhân dân tự nguyện hiến đất, góp tiền làm đường giao thông. ",
        "Phong trào được doanh nghiệp và con em xa quê hưởng ứng. ",
    ],
)
def test_the_head_of_a_breakdown_is_the_total_whatever_its_paragraph_named(
    make_document, lead: str
) -> None:
    text = (
        lead + "Sau 12 năm, cả huyện đã huy động hơn 3.120,5 tỷ đồng cho chương trình, "
        "trong đó vốn ngân sách nhà nước 1.904,2 tỷ đồng, nhân dân góp 615 tỷ đồng.\n"
    )
    assert sources_of(make_document, text)[0] == ("total", 3_120_500_000_000)


def test_a_part_after_trong_do_starts_at_its_own_words(make_document) -> None:
    text = (
        "Cả huyện đã huy động hơn 640 tỷ đồng cho xây dựng nông thôn mới, trong đó vốn "
        "ngân sách tỉnh 210 tỷ đồng, nhân dân góp 95 tỷ đồng, con em xa quê ủng hộ thêm.\n"
    )
    whole, budget, people = funding(make_document, text)
    assert whole.quote == "Cả huyện đã huy động hơn 640 tỷ đồng"
    assert budget.quote == "vốn ngân sách tỉnh 210 tỷ đồng"
    assert people.quote == "nhân dân góp 95 tỷ đồng"
    assert [s for s, _ in sources_of(make_document, text)] == ["total", "province", "community"]


def test_land_and_labour_counted_with_a_bare_unit_word_are_no_money(make_document) -> None:
    text = (
        "Trong 5 năm, huyện huy động 650 tỷ đồng xây dựng nông thôn mới; người dân hiến "
        "hơn 1,4 triệu m2 đất, góp 2 triệu ngày công và đào đắp 1,2 triệu m3 đất kênh mương.\n"
    )
    assert [amount for _, amount in sources_of(make_document, text)] == [650_000_000_000]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        (
            "Sau 4 năm, huyện làm mới 96 km đường thôn; nâng cấp, sửa chữa 310 cây cầu, "
            "tổng kinh phí hơn 1.150 tỷ đồng.\n",
            "nâng cấp, sửa chữa 310 cây cầu",
        ),
        (
            "Năm 2022, tổng vốn đầu tư cho các dự án trường học của tỉnh là 1.150 tỷ đồng.\n",
            "dự án trường học của tỉnh",
        ),
    ],
)
def test_a_total_of_works_is_their_cost_not_the_programmes_total(
    make_document, text: str, purpose: str
) -> None:
    (mention,) = funding(make_document, text)
    assert (mention.total, mention.purpose) == (False, purpose)
    assert sources_of(make_document, text) == [("other", 1_150_000_000_000)]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, tổng kinh phí xây dựng nông thôn mới của huyện là 1.150 tỷ đồng.\n",
        "Tổng vốn huy động xây dựng các xã NTM đạt 1.150 tỷ đồng.\n",
        "Tổng kinh phí thực hiện Chương trình năm 2022 là 1.150 tỷ đồng.\n",
    ],
)
def test_a_total_of_the_programme_stays_the_total(make_document, text: str) -> None:
    assert sources_of(make_document, text) == [("total", 1_150_000_000_000)]


# -- amounts written with scale words, in words, and in two units -----------------------------


def test_scale_words_and_mixed_units(make_document) -> None:
    text = (
        "Tỉnh đã huy động hơn 2 nghìn tỷ đồng cho chương trình.\n"
        "Cả nước huy động 2,1 triệu tỷ đồng xây dựng nông thôn mới.\n"
        "Thôn Nà Lầu huy động được 1 tỷ 250 triệu đồng làm đường.\n"
        "Xã được hỗ trợ hai tỷ đồng vốn tỉnh.\n"
    )
    assert sources_of(make_document, text) == [
        ("total", 2_000_000_000_000),
        ("total", 2_100_000_000_000_000),
        ("total", 1_250_000_000),
        ("province", 2_000_000_000),
    ]
    first = funding(make_document, text)[0]
    assert (first.amount, first.unit, first.approx) == ("2 nghìn", "tỷ đồng", "hơn")


def test_a_year_is_no_number_in_words(make_document) -> None:
    text = "Trong năm tỷ lệ hộ nghèo giảm mạnh, vốn hỗ trợ tăng.\n"
    assert funding(make_document, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Thu ngân sách nhà nước trên địa bàn năm 2023 đạt 1.450 tỷ đồng.\n",
        "Lượng kiều hối chuyển về địa phương ước 320 tỷ đồng.\n",
        "GRDP của tỉnh đạt 62.000 tỷ đồng, vốn đầu tư tăng.\n",
        "Các doanh nghiệp nộp ngân sách 85 tỷ đồng.\n",
    ],
)
def test_revenue_remittances_and_output_are_not_programme_money(make_document, text) -> None:
    assert funding(make_document, text) == ()


# -- flows --------------------------------------------------------------------------------------


def flows_of(make_document, text: str) -> list[str]:
    from baocao.model import Funding

    return [f.flow for f in facts_of(make_document, text) if isinstance(f, Funding)]


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("Huyện quyết chi 12 tỷ đồng vốn tỉnh.\n", "allocated"),
        ("Ngân sách huyện bố trí 5 tỷ đồng.\n", "allocated"),
        ("Vốn trung ương đã giải ngân 8 tỷ đồng.\n", "disbursed"),
        ("Kế hoạch vốn bố trí 20 tỷ đồng, đến nay đã giải ngân 14 tỷ đồng.\n", "planned"),
        ("Năm 2024 bố trí 20 tỷ đồng, đến nay đã giải ngân 14 tỷ đồng.\n", "allocated"),
        ("Xã đã huy động được 3 tỷ đồng từ nhân dân.\n", "mobilised"),
        ("Dự kiến nhu cầu vốn ngân sách tỉnh 40 tỷ đồng.\n", "planned"),
    ],
)
def test_the_flow_is_the_verb_nearest_the_amount(make_document, text: str, flow: str) -> None:
    assert flows_of(make_document, text)[0] == flow


def test_a_flow_stated_as_done_is_no_plan(make_document) -> None:
    text = (
        "Thực hiện Chương trình mục tiêu quốc gia, từ đầu năm đến nay tỉnh đã huy động được "
        "1.020 tỷ đồng.\n"
    )
    assert flows_of(make_document, text) == ["mobilised"]


def test_an_average_per_commune_is_never_funding(make_document) -> None:
    text = "Năm 2024, bình quân mỗi xã được hỗ trợ 1,8 tỷ đồng để làm đường.\n"
    assert funding(make_document, text) == ()
    slashed = "Nguồn vốn huy động bình quân/xã trong vùng khoảng 210 tỷ đồng.\n"
    assert funding(make_document, slashed) == ()


def test_the_kind_of_money_wins_over_who_lent_it(make_document) -> None:
    text = (
        "Kết quả huy động nguồn lực:\n"
        "- Vốn tín dụng ưu đãi (ngân sách nhà nước cấp bù lãi suất): 2.600 triệu đồng;\n"
        "- Ngân sách huyện thị: 900 triệu đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("credit", 2_600_000_000),
        ("district", 900_000_000),
    ]


def test_a_share_written_before_its_amount_is_the_amounts(make_document) -> None:
    text = (
        "Tổng vốn huy động 640 tỷ đồng, trong đó ngân sách nhà nước chiếm 20% (128 tỷ đồng), "
        "vốn nhân dân chiếm 35%, tương ứng 224 tỷ đồng.\n"
    )
    mentions = funding(make_document, text)
    assert [(m.amount, m.percent) for m in mentions] == [
        ("640", None),
        ("128", "20"),
        ("224", "35"),
    ]
    claimed = find_funding(sections_of(make_document(text))).claimed
    assert len(claimed) == 2


def test_a_comparison_is_not_the_amounts_share(make_document) -> None:
    text = "Năm 2024 huyện huy động 310 tỷ đồng, bằng 118% so với năm 2023.\n"
    [m] = funding(make_document, text)
    assert m.percent is None


def test_a_period_under_a_total_is_that_periods_total(make_document) -> None:
    text = (
        "Tổng kinh phí thực hiện giai đoạn 2016-2024: 910.000 triệu đồng, trong đó:\n"
        "- Giai đoạn 2016-2020 huy động được 530.000 triệu đồng;\n"
        "- Giai đoạn 2021-2024 huy động được 380.000 triệu đồng.\n"
    )
    assert [s for s, _ in sources_of(make_document, text)] == ["total", "total", "total"]


def test_a_disbursement_of_a_plan_written_with_one_unit(make_document) -> None:
    [m] = funding(make_document, "Đến nay đã giải ngân được 640/800 tỷ đồng, đạt 80%.\n")
    assert (m.amount, m.of_amount, m.unit, m.of_unit, m.percent) == (
        "640",
        "800",
        "tỷ đồng",
        "tỷ đồng",
        "80",
    )


def test_a_flow_written_once_governs_the_amounts_of_its_clause(make_document) -> None:
    text = (
        "Năm 2024, huyện đã phân bổ 85 tỷ đồng vốn đầu tư phát triển và 12 tỷ đồng vốn sự nghiệp.\n"
    )
    assert flows_of(make_document, text) == ["allocated", "allocated"]


def test_a_flow_only_label_is_the_flow_of_the_money_before_it(make_document) -> None:
    text = (
        "Vốn ngân sách tỉnh năm 2024 là 52.400 triệu đồng, đã giải ngân 31.000 triệu đồng, "
        "đạt 59,2%.\n"
    )
    assert sources_of(make_document, text) == [
        ("province", 52_400_000_000),
        ("province", 31_000_000_000),
    ]
    assert flows_of(make_document, text) == ["mobilised", "disbursed"]


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("Kế hoạch giai đoạn 2026-2030 huy động 6.500 tỷ đồng.\n", "planned"),
        ("Dự kiến năm 2026 ngân sách tỉnh bố trí 90 tỷ đồng.\n", "planned"),
        ("Thực hiện kế hoạch vốn năm 2024, huyện đã huy động 210 tỷ đồng.\n", "mobilised"),
    ],
)
def test_a_plan_is_planned_money_unless_stated_as_done(make_document, text, flow) -> None:
    assert flows_of(make_document, text) == [flow]


def test_the_nearer_flow_verb_wins(make_document) -> None:
    text = (
        "Việc thực hiện theo quyết định của tỉnh, xã đang làm đường để sử dụng số tiền "
        "450 triệu của UBND huyện phân bổ cho công trình.\n"
    )
    assert flows_of(make_document, text) == ["allocated"]


def test_appraised_projects_cost_is_planned_money(make_document) -> None:
    text = "Trong năm, huyện thẩm định 4 dự án đường giao thông với tổng mức đầu tư 36 tỷ đồng.\n"
    assert flows_of(make_document, text) == ["planned"]


def test_a_disbursement_of_the_amount_before_takes_its_source(make_document) -> None:
    text = (
        "Vốn ngân sách tỉnh năm 2024 được giao cho huyện là 48,6 tỷ đồng; đến thời điểm báo "
        "cáo đã giải ngân 40,1 tỷ đồng/48,6 tỷ đồng, đạt 82,5%.\n"
        "Vốn ngân sách huyện được giao năm 2024 là 1.900 triệu đồng. Đến nay đã giải ngân "
        "1.450 triệu/1.900 triệu.\n"
    )
    assert sources_of(make_document, text) == [
        ("province", 48_600_000_000),
        ("province", 40_100_000_000),
        ("district", 1_900_000_000),
        ("district", 1_450_000_000),
    ]


def test_money_raised_by_a_campaign_naming_no_contributor_is_other(make_document) -> None:
    text = (
        "Cuộc vận động ủng hộ xây dựng nông thôn mới đã quyên góp được 7,4 tỷ đồng.\n"
        "Mặt trận Tổ quốc huyện vận động được 860 triệu đồng ủng hộ các hộ làm nhà.\n"
    )
    assert sources_of(make_document, text) == [
        ("other", 7_400_000_000),
        ("other", 860_000_000),
    ]


def test_a_campaign_for_the_peoples_contribution_is_the_peoples(make_document) -> None:
    text = "Xã đã vận động nhân dân đóng góp 1,3 tỷ đồng làm đường.\n"
    assert sources_of(make_document, text) == [("community", 1_300_000_000)]


def test_land_donated_and_valued_in_money_is_the_communitys(make_document) -> None:
    text = (
        "Người dân đã hiến hơn 12.000 m2 đất, trị giá khoảng 18 tỷ đồng.\n"
        "Bà con hiến đất, cây cối, vật kiến trúc trị giá 2,6 tỷ đồng để mở rộng đường.\n"
    )
    assert sources_of(make_document, text) == [
        ("community", 18_000_000_000),
        ("community", 2_600_000_000),
    ]


def test_a_contributor_named_once_for_two_verbs(make_document) -> None:
    text = "Nhân dân đã hiến 3 ha đất trị giá 9 tỷ đồng và đóng góp 4,5 tỷ đồng tiền mặt.\n"
    assert sources_of(make_document, text) == [
        ("community", 9_000_000_000),
        ("community", 4_500_000_000),
    ]


def test_a_share_closing_one_item_is_not_the_label_of_the_next(make_document) -> None:
    text = (
        "Tổng vốn huy động đạt 900 tỷ đồng, trong đó ngân sách nhà nước chiếm 22,5%, "
        "vốn tín dụng 310 tỷ đồng, doanh nghiệp 45 tỷ đồng.\n"
        "Vốn nhân dân chiếm 30%, tương ứng 270 tỷ đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("total", 900_000_000_000),
        ("credit", 310_000_000_000),
        ("enterprise", 45_000_000_000),
        ("community", 270_000_000_000),
    ]


def test_the_giver_named_after_a_cost_or_as_the_state(make_document) -> None:
    text = (
        "Xã đã xây chợ với kinh phí 2,5 tỷ đồng do nhân dân đóng góp.\n"
        "Làm đường với kinh phí 900 triệu đồng do UBND huyện làm chủ đầu tư.\n"
        "Trong đó Nhà nước hỗ trợ 3 tỷ đồng, nhân dân góp 1 tỷ đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("community", 2_500_000_000),
        ("other", 900_000_000),
        ("central+province+district+commune", 3_000_000_000),
        ("community", 1_000_000_000),
    ]


def test_the_people_donating_land_named_without_a_verb_marker(make_document) -> None:
    text = "Nhân dân hiến 1,8 ha đất trị giá 9,6 tỷ đồng để làm đường.\n"
    assert sources_of(make_document, text) == [("community", 9_600_000_000)]


def test_money_in_a_later_sentence_needs_its_own_funding_word(make_document) -> None:
    text = (
        "Xã Quỳnh Hậu huy động nhân dân đóng góp 4,2 tỷ đồng. Mỗi năm, con em xa quê gửi "
        "về 25 - 30 tỷ đồng. Sản lượng lúa đạt 12.000 tấn, trị giá khoảng 90 tỷ đồng.\n"
    )
    assert sources_of(make_document, text) == [("community", 4_200_000_000)]


def test_an_amount_in_thousands_then_figures(make_document) -> None:
    text = "Tổng vốn huy động đạt 3 nghìn 420 tỷ đồng, vốn tín dụng 1 ngàn 50 tỷ đồng.\n"
    assert sources_of(make_document, text) == [
        ("total", 3_420_000_000_000),
        ("credit", 1_050_000_000_000),
    ]


# -- campaigns, donations and comparisons (issue 8, item 6) ---------------------------------


def test_money_a_named_campaign_raised_is_other_unless_a_budget_is_named(make_document) -> None:
    text = (
        "Qua phong trào “Tuổi trẻ chung sức vì quê hương”, xã đã huy động 1,6 tỷ đồng.\n"
        "Hưởng ứng “Ngày Chủ nhật vì cộng đồng”, các thôn làm được 9 km đường, "
        "huy động 850 triệu đồng.\n"
        "Phong trào “Làng quê đáng sống” được ngân sách huyện hỗ trợ 300 triệu đồng.\n"
        "Từ khi phát động phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”, "
        "huyện đã huy động 760 tỷ đồng.\n"
        "Tổng số tiền cuộc vận động “Tết vì người nghèo” tiếp nhận là 420 triệu đồng.\n"
        "Hưởng ứng phong trào “Xanh - sạch - đẹp”, tổng vốn huy động xây dựng nông thôn mới "
        "năm 2022 đạt 95 tỷ đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("other", 1_600_000_000),
        ("other", 850_000_000),
        ("district", 300_000_000),  # the budget named wins over the campaign
        ("total", 760_000_000_000),  # the movement that is the programme itself
        ("other", 420_000_000),  # the campaign's total, not the programme's
        ("total", 95_000_000_000),  # the programme's total, a campaign only mentioned
    ]


def test_land_and_labour_given_by_the_people_valued_in_money(make_document) -> None:
    text = (
        "Các hộ gia đình hiến 4,2 ha đất, trị giá 8,4 tỷ đồng.\n"
        "Góp 2.600 ngày công lao động, quy ra tiền 390 triệu đồng.\n"
        "Công ty Hòa Phát hiến 1 ha đất, trị giá 2 tỷ đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("community", 8_400_000_000),
        ("community", 390_000_000),
        ("enterprise", 2_000_000_000),  # a giver named is the source
    ]
    assert flows_of(make_document, text) == ["mobilised", "mobilised", "mobilised"]


def test_a_comparison_base_or_a_change_is_no_amount_of_its_own(make_document) -> None:
    text = (
        "Năm 2022, tổng vốn huy động đạt 640 tỷ đồng, tăng gấp 3 lần so với năm 2012 "
        "(210 tỷ đồng).\n"
        "Vốn lồng ghép 95 tỷ đồng, cao hơn cùng kỳ năm trước (80 tỷ đồng).\n"
        "Ngân sách tỉnh 120 tỷ đồng, so với năm 2021 tăng 15 tỷ đồng.\n"
        "Vốn tín dụng 60 tỷ đồng, tăng 9 tỷ đồng.\n"
        "So với năm 2021, vốn doanh nghiệp đạt 22 tỷ đồng.\n"
    )
    assert sources_of(make_document, text) == [
        ("total", 640_000_000_000),
        ("integrated", 95_000_000_000),
        ("province", 120_000_000_000),
        ("credit", 60_000_000_000),
        ("enterprise", 22_000_000_000),  # money of its own, named after the comparison
    ]


def places_and_sources(make_document, text: str) -> list[tuple[str, str, int]]:
    """(region, source, amount_vnd) of each funding fact of ``text``, through normalisation."""
    from baocao.model import Funding

    facts = facts_of(make_document, text)
    return [(f.region, f.source, f.amount_vnd) for f in facts if isinstance(f, Funding)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Năm 2022, tỉnh Đắk Lắk hỗ trợ 6 tỷ đồng làm đường giao thông.", "province"),
        ("Riêng năm nay, Tỉnh Phú Yên cũng hỗ trợ thêm 2,5 tỷ đồng.", "province"),
        ("Xã còn được huyện hỗ trợ 1,8 tỷ đồng xây trường.", "district"),
        ("Trong đó, cấp trên hỗ trợ hơn 14 tỷ đồng.", "central+province+district"),
        ("Vốn cấp trên hỗ trợ khác 3 tỷ đồng.", "central+province+district"),
    ],
)
def test_money_a_higher_level_gave_a_commune_is_the_communes_from_its_budget(
    make_document, sentence: str, source: str
) -> None:
    # FACTS.md: place is the unit the fact is about; the giver is the source, not the place
    text = f"Xã Ea Tu về đích nông thôn mới\n\nXã Ea Tu đạt 19/19 tiêu chí. {sentence}\n"
    [(region, found, _)] = places_and_sources(make_document, text)
    assert (region, found) == ("xã Ea Tu", source)


def test_the_people_after_a_giver_in_one_sentence_are_the_communes(make_document) -> None:
    text = (
        "Xã Phú Lộc về đích nông thôn mới\n\nXã Phú Lộc đạt 19/19 tiêu chí. Năm 2022, tỉnh "
        "Gia Lai hỗ trợ 5 tỷ đồng, huyện hỗ trợ 2 tỷ đồng, nhân dân đóng góp 3 tỷ đồng.\n"
    )
    assert places_and_sources(make_document, text) == [
        ("xã Phú Lộc", "province", 5_000_000_000),
        ("xã Phú Lộc", "district", 2_000_000_000),
        ("xã Phú Lộc", "community", 3_000_000_000),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm nay huyện Tứ Kỳ hỗ trợ cho 3 xã với số tiền 12,4 tỷ đồng.",
        "Huyện Gia Lộc hỗ trợ 4 xã 8 tỷ đồng.",
    ],
)
def test_a_district_giving_in_a_provinces_article_keeps_its_money(
    make_document, sentence: str
) -> None:
    # a giver below the text's unit is where the money is: its own budget, its own place
    text = (
        f"Hải Dương: các huyện hỗ trợ xã\n\nToàn tỉnh Hải Dương có 150 xã đạt chuẩn. {sentence}\n"
    )
    [(region, source, _)] = places_and_sources(make_document, text)
    assert region.startswith("huyện ") and source == "district"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngân sách T.Ư hỗ trợ 310 tỷ đồng (gồm vốn sự nghiệp 95 tỷ đồng, vốn đầu tư "
            "phát triển 215 tỷ đồng); ngân sách tỉnh 80 tỷ đồng.\n",
            [
                ("central", 310_000_000_000),
                ("central", 95_000_000_000),
                ("central", 215_000_000_000),
                ("province", 80_000_000_000),
            ],
        ),
        (
            "Vốn ngân sách huyện bố trí năm 2024 là 46 tỷ đồng, gồm: vốn trong nước là 40 tỷ "
            "đồng; vốn ODA là 6 tỷ đồng. Doanh nghiệp đóng góp 3 tỷ đồng.\n",
            [
                ("district", 46_000_000_000),
                ("district", 40_000_000_000),
                ("district", 6_000_000_000),
                ("enterprise", 3_000_000_000),
            ],
        ),
    ],
)
def test_the_kinds_of_money_an_amount_is_made_of_are_of_its_source(
    make_document, text: str, expected: list[tuple[str, int]]
) -> None:
    assert sources_of(make_document, text) == expected


def test_the_kinds_of_money_a_plan_is_made_of_are_planned(make_document) -> None:
    text = (
        "Kế hoạch vốn trung ương giao cho tỉnh là 720 tỷ đồng, bao gồm: vốn trong nước "
        "650 tỷ đồng; vốn nước ngoài 70 tỷ đồng.\n"
    )
    assert flows_of(make_document, text) == ["planned", "planned", "planned"]


def test_parts_of_a_total_that_name_no_source_stay_other(make_document) -> None:
    text = "Tổng vốn huy động 500 tỷ đồng (gồm vốn khác 20 tỷ đồng, ngân sách xã 30 tỷ đồng).\n"
    assert [s for s, _ in sources_of(make_document, text)] == ["total", "other", "commune"]


@pytest.mark.parametrize(
    "text",
    [
        "Lạng Sơn, ngày 20 tháng 01 năm 2026\n"
        # (money a budget allocates for such a span was decided: it stays allocated, as
        # "quyết chi … giai đoạn 2019-2020" written in 2019 does)
        "Giai đoạn 2026-2030, tổng vốn huy động cho Chương trình khoảng 4.200 "
        "tỷ đồng; vốn tín dụng khoảng 9.000 tỷ đồng.\n",
        "Cà Mau, ngày 05 tháng 3 năm 2021\n"
        "Tổng nhu cầu huy động giai đoạn 2021 - 2025 là 12.600 tỷ đồng, trong đó ngân sách "
        "trung ương 1.100 tỷ đồng.\n",
    ],
)
def test_money_of_a_span_not_yet_run_is_planned(make_document, text: str) -> None:
    assert set(flows_of(make_document, text)) == {"planned"}


def test_money_of_a_span_stated_as_done_is_not_planned(make_document) -> None:
    text = (
        "Yên Bái, ngày 10 tháng 12 năm 2021\n"
        "Năm 2021, giai đoạn 2021-2025 tỉnh đã huy động được 1.300 tỷ đồng.\n"
    )
    assert flows_of(make_document, text) == ["mobilised"]


@pytest.mark.parametrize(
    "heading",
    ["IV. DỰ KIẾN NGUỒN VỐN THỰC HIỆN CHƯƠNG TRÌNH", "3. Dự kiến nguồn lực giai đoạn tới"],
)
def test_money_under_a_projection_heading_is_planned(make_document, heading: str) -> None:
    text = (
        f"{heading}\n"
        "a) Ngân sách trung ương: 2.400 tỷ đồng;\n"
        "b) Ngân sách địa phương: 5.100 tỷ đồng.\n"
    )
    assert flows_of(make_document, text) == ["planned", "planned"]


def test_money_takes_no_scheme_from_another_sentence(make_document) -> None:
    from baocao.model import Funding
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    text = (
        "Toàn tỉnh có 12 xã đạt chuẩn nông thôn mới kiểu mẫu. Tổng vốn ngân sách tỉnh bố trí "
        "cho Chương trình năm 2024 là 960 tỷ đồng.\n"
        "Khu dân cư nông thôn mới kiểu mẫu thôn Nà Pàn\n"
        "Vốn doanh nghiệp trên 41 tỷ đồng.\n"
    )
    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    assert [f.scheme for f in facts if isinstance(f, Funding)] == ["NTM", "NTM"]


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("Vốn đối ứng ngân sách huyện đã bố trí thực hiện 14,2 tỷ đồng.\n", "allocated"),
        ("Ngân sách tỉnh phân bổ để thực hiện 9 tỷ đồng cho các xã.\n", "allocated"),
        ("Nguồn vốn sự nghiệp giải ngân thực hiện 3,5 tỷ đồng.\n", "disbursed"),
        ("Kinh phí thực hiện năm 2024 là 8 tỷ đồng.\n", "mobilised"),
    ],
)
def test_carrying_out_after_a_flow_verb_is_no_flow_of_its_own(make_document, text, flow):
    assert flows_of(make_document, text) == [flow]


def test_money_a_province_expects_to_spend_is_planned(make_document) -> None:
    assert flows_of(
        make_document, "Tỉnh Hà Tĩnh dự kiến chi 3,2 nghìn tỷ đồng cho chương trình.\n"
    ) == ["planned"]
    assert flows_of(make_document, "Năm 2026, huyện dự kiến chi 85 tỷ đồng làm đường.\n") == [
        "planned"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2013, tỉnh Yên Bái được phân bổ vốn đầu tư phát triển 14 tỷ đồng cho các xã.\n",
        "Nguồn kinh phí sự nghiệp 9,6 tỷ đồng được cấp cho công tác đào tạo, tuyên truyền.\n",
        "Các xã nhận vốn sự nghiệp 2.300 triệu đồng để hỗ trợ phát triển sản xuất.\n",
    ],
)
def test_a_kind_of_state_money_alone_is_the_state_budget(make_document, text: str) -> None:
    [(source, _)] = sources_of(make_document, text)
    assert source == "central+province+district+commune"


def test_a_kind_of_money_listed_under_a_budget_level_is_of_that_level(make_document) -> None:
    text = (
        "Ngân sách tỉnh bố trí 60 tỷ đồng (gồm kinh phí sự nghiệp 12 tỷ đồng, vốn đầu tư "
        "phát triển 48 tỷ đồng). Vốn đầu tư phát triển từ ngân sách huyện 7 tỷ đồng.\n"
    )
    assert [s for s, _ in sources_of(make_document, text)] == [
        "province",
        "province",
        "province",
        "district",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngân sách xã đầu tư 54, 7 tỷ đồng; vốn lồng ghép 210, 25 tỷ đồng.\n",
            [("commune", 54_700_000_000), ("integrated", 210_250_000_000)],
        ),
        (
            "Doanh nghiệp ủng hộ 1.250, 5 triệu đồng cho các công trình.\n",
            [("enterprise", 1_250_500_000)],
        ),
    ],
)
def test_a_space_after_a_decimal_comma_keeps_one_amount(
    make_document, text: str, expected: list[tuple[str, int]]
) -> None:
    assert sources_of(make_document, text) == expected


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "Ngân sách tỉnh và huyện hỗ trợ lần lượt 6, 9 tỷ đồng.\n",
            [9_000_000_000],
        ),
        (
            "Ngân sách huyện hỗ trợ 12 tỷ đồng, trong tháng 4, 2 tỷ đồng đã giải ngân.\n",
            [12_000_000_000, 2_000_000_000],
        ),
    ],
)
def test_a_list_or_a_date_before_an_amount_is_no_decimal(
    make_document, text: str, amounts: list[int]
) -> None:
    assert [vnd for _, vnd in sources_of(make_document, text)] == amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong 14,5 tỷ đồng bố trí cho Chương trình năm 2012, có 9 tỷ đồng vốn đầu tư phát "
            "triển và 5,5 tỷ đồng kinh phí sự nghiệp.\n",
            [
                ("total", 14_500_000_000),
                ("central+province+district+commune", 9_000_000_000),
                ("central+province+district+commune", 5_500_000_000),
            ],
        ),
        (
            "Trong 860 triệu đồng thực hiện các công trình của xã, gồm: ngân sách huyện 500 "
            "triệu đồng và nhân dân đóng góp 360 triệu đồng.\n",
            [
                ("total", 860_000_000),
                ("district", 500_000_000),
                ("community", 360_000_000),
            ],
        ),
    ],
)
def test_a_whole_written_before_its_parts_is_the_total(
    make_document, text: str, expected: list[tuple[str, int]]
) -> None:
    assert sources_of(make_document, text) == expected


def test_parts_after_trong_do_are_of_the_amount_before(make_document) -> None:
    text = (
        "Vốn đầu tư phát triển 6 tỷ đồng được giao cho 9 xã, trong đó 4 tỷ đồng làm đường "
        "và 2 tỷ đồng xây kênh mương.\n"
    )
    assert [s for s, _ in sources_of(make_document, text)] == [
        "central+province+district+commune"
    ] * 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Người dân xã Yên Lạc đóng góp 4,2 tỷ đồng để bê tông hóa đường thôn.",
        "Nhân dân thôn Đồng Tâm đã tự nguyện đóng góp 650 triệu đồng xây nhà văn hóa.",
        "Bà con các xóm ủng hộ 1,1 tỷ đồng.",
    ],
)
def test_the_people_of_a_place_giving_is_community_money(make_document, sentence: str) -> None:
    text = f"Huyện Phú Bình xây dựng nông thôn mới\n\n{sentence}\n"
    [(source, _)] = sources_of(make_document, text)
    assert source == "community"


def test_a_budget_named_with_the_people_keeps_its_source(make_document) -> None:
    text = "Người dân và ngân sách xã Tân Hòa cùng góp 900 triệu đồng làm đường.\n"
    [(source, _)] = sources_of(make_document, text)
    assert source != "community"


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2016, nâng cấp chợ nông thôn được hỗ trợ 1,5 tỷ đồng; "
        "xây dựng nhà văn hóa xã được hỗ trợ 800 triệu đồng.\n",
        "Theo cơ chế của tỉnh Ninh Bình, kiên cố hóa kênh mương nội đồng được đầu tư "
        "300 triệu đồng/km; cứng hóa đường trục thôn được đầu tư 2 tỷ đồng.\n",
    ],
)
def test_a_work_supported_with_no_source_is_the_cost_of_a_purpose(make_document, text) -> None:
    from baocao.model import Funding
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    money = [f for f in facts if isinstance(f, Funding)]
    assert money and all(f.source == "other" and f.purpose for f in money)


def test_a_place_supported_is_no_purpose(make_document) -> None:
    [mention] = funding(make_document, "Xã Đông Hợp được hỗ trợ vốn ngân sách tỉnh 2 tỷ đồng.\n")
    assert mention.purpose is None


def test_money_granted_to_units_is_allocated(make_document) -> None:
    text = (
        "Nguồn vốn sự nghiệp 4,6 tỷ đồng được cấp cho 12 xã điểm. "
        "Ngân sách huyện 1,2 tỷ đồng được cấp để lập quy hoạch.\n"
    )
    assert flows_of(make_document, text) == ["allocated", "allocated"]


def money_facts(make_document, text: str):
    from baocao.model import Funding
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    return [f for f in facts if isinstance(f, Funding)]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Năm 2024, xã huy động 9 tỷ đồng, trong đó 6 tỷ đồng ngân sách tỉnh và "
            "3 tỷ đồng người dân đóng góp.\n",
            ["total", "province", "community"],
        ),
        (
            "Xã thu hút 4 tỷ vốn tín dụng, 1,5 tỷ vốn doanh nghiệp để kiên cố hóa kênh.\n",
            ["credit", "enterprise"],
        ),
        (
            "Kinh phí làm cầu 7 tỷ đồng, gồm 5 tỷ đồng từ ngân sách huyện, "
            "2 tỷ đồng do bà con đóng góp.\n",
            ["total", "district", "community"],
        ),
        (
            "Tổng vốn 11 tỷ đồng, gồm 8 tỷ đồng (vốn lồng ghép), 3 tỷ đồng (doanh nghiệp "
            "tài trợ).\n",
            ["total", "integrated", "enterprise"],
        ),
    ],
)
def test_a_source_written_after_its_amount_is_that_amounts(make_document, text, sources) -> None:
    assert [f.source for f in money_facts(make_document, text)] == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Vốn tỉnh 4 tỷ đồng vốn huyện 2 tỷ đồng.\n", ["province", "district"]),
        ("Ngân sách huyện: 7 tỷ đồng, ngân sách xã: 1 tỷ đồng.\n", ["district", "commune"]),
        ("Vốn tỉnh 4 tỷ đồng và vốn huyện 2 tỷ đồng.\n", ["province", "district"]),
    ],
)
def test_a_source_written_before_its_amount_stays_its_own(make_document, text, sources) -> None:
    assert [f.source for f in money_facts(make_document, text)] == sources


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("Nguồn vốn 8 tỷ đồng để đầu tư nâng cấp chợ đã được giải ngân.\n", "disbursed"),
        ("Số tiền 3 tỷ đồng nhằm thực hiện các công trình đường đã giải ngân hết.\n", "disbursed"),
        (
            "Tỉnh Yên Bái vừa được phân bổ 20 tỷ đồng để thực hiện Chương trình năm 2015.\n",
            "allocated",
        ),
    ],
)
def test_a_verb_of_the_purpose_is_no_flow(make_document, text, flow) -> None:
    [fact] = money_facts(make_document, text)
    assert fact.flow == flow


def test_money_allocated_to_carry_out_the_programme_has_no_purpose(make_document) -> None:
    text = "Huyện được bố trí 12 tỷ đồng để triển khai Chương trình mục tiêu quốc gia năm 2016.\n"
    [fact] = money_facts(make_document, text)
    assert (fact.source, fact.flow, fact.purpose) == ("total", "allocated", None)


@pytest.mark.parametrize(
    "text",
    [
        "Giải ngân kế hoạch vốn năm 2024 đạt 9,5/10 tỷ đồng.\n",
        "Đã giải ngân 9,5 tỷ đồng/10 tỷ đồng vốn kế hoạch được giao.\n",
    ],
)
def test_an_amount_achieved_against_its_plan_is_no_plan(make_document, text) -> None:
    [fact] = money_facts(make_document, text)
    assert (fact.amount_vnd, fact.of_vnd, fact.flow) == (9_500_000_000, 10_000_000_000, "disbursed")


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, ngân sách trung ương bố trí 9.000 tỷ đồng cho Chương trình trên phạm vi "
        "toàn quốc.\n",
        "Trong cả nước, Trung ương đã phân bổ 8.500 tỷ đồng vốn sự nghiệp cho Chương trình.\n",
    ],
)
def test_money_of_the_programme_in_the_whole_country_is_national(make_document, text) -> None:
    header = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nBÁO CÁO\nKết quả năm 2024\n\n"
    [fact] = money_facts(make_document, header + text)
    assert fact.region == "cả nước"


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Thái Bình huy động 800 tỷ đồng, đứng thứ 5 cả nước.\n",
        "Trung ương bố trí 9.000 tỷ đồng cho cả nước, trong đó tỉnh được 260 tỷ đồng.\n",
    ],
)
def test_a_place_set_against_the_country_is_not_national(make_document, text) -> None:
    header = "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\n\nBÁO CÁO\nKết quả năm 2024\n\n"
    facts = money_facts(make_document, header + text)
    assert facts[-1].region == "tỉnh Thái Bình"


def test_money_the_people_put_in_is_theirs(make_document) -> None:
    [fact] = money_facts(make_document, "Cây cầu bê tông do dân góp 420 triệu đồng.\n")
    assert (fact.source, fact.amount_vnd) == ("community", 420_000_000)


def test_money_given_out_with_its_total_is_allocated_not_a_cost(make_document) -> None:
    text = (
        "Năm 2019, UBND tỉnh quyết định giao kinh phí cho các huyện, thị xã với tổng "
        "kinh phí 145,6 tỷ đồng.\n"
    )
    [fact] = money_facts(make_document, text)
    assert (fact.source, fact.flow, fact.purpose) == ("total", "allocated", None)


def test_money_asked_for_is_planned(make_document) -> None:
    text = "Sở Nông nghiệp đề nghị bổ sung 600 tỷ đồng cho các xã đặc biệt khó khăn.\n"
    [fact] = money_facts(make_document, text)
    assert fact.flow == "planned"


def test_a_sentence_going_on_takes_the_place_of_the_one_before(make_document) -> None:
    text = (
        "Sau 3 năm, xã Thạch Long đã đạt 17/19 tiêu chí.\n\n"
        "Theo đó, tổng kinh phí thực hiện là 52 tỷ đồng.\n"
    )
    assert [m.region for m in funding(make_document, text)] == ["xã Thạch Long"]


def test_parts_in_the_next_sentence_take_the_wholes_flow_and_their_places(make_document) -> None:
    text = (
        "Để 2 xã về đích, nhu cầu kinh phí còn thiếu là 20,5 tỷ đồng. Trong đó, "
        "xã Tân Phú 12 tỷ đồng và xã Tân Hòa 8,5 tỷ đồng.\n"
    )
    facts = money_facts(make_document, text)
    assert [f.flow for f in facts] == ["planned"] * 3
    assert [f.region for f in facts][1:] == ["xã Tân Phú", "xã Tân Hòa"]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, huyện hỗ trợ 2 tỷ đồng cho xã Minh Đức, 1,5 tỷ đồng cho xã Minh Tân.\n",
        "Huyện phân bổ 2 tỷ đồng xã Minh Đức và 1,5 tỷ đồng xã Minh Tân.\n",
    ],
)
def test_a_place_written_after_its_amount_is_that_amounts(make_document, text) -> None:
    facts = money_facts(make_document, text)
    assert [(f.amount_vnd, f.region) for f in facts] == [
        (2_000_000_000, "xã Minh Đức"),
        (1_500_000_000, "xã Minh Tân"),
    ]
    assert facts[1].source == facts[0].source == "district"


# -- ranges, needs, support, money per unit, written amounts, sources (round 8) -----------


@pytest.mark.parametrize(
    ("text", "low", "high", "approx"),
    [
        ("Năm 2024, tổng vốn huy động từ 300 đến 400 tỷ đồng.\n", 300, 400, None),
        ("Kinh phí nâng cấp trường học khoảng 50-60 tỷ đồng.\n", 50, 60, "khoảng"),
        ("Ngân sách huyện bố trí từ 8 tới 10 tỷ đồng cho Chương trình.\n", 8, 10, None),
        ("Vốn đối ứng của các xã khoảng 1.000–1.200 triệu đồng.\n", 1, 1.2, "khoảng"),
        ("Vốn tỉnh bố trí từ 20 tỷ đồng đến 25 tỷ đồng.\n", 20, 25, None),
        ("Tổng vốn cả giai đoạn từ 1,2 đến 1,5 nghìn tỷ đồng.\n", 1_200, 1_500, None),
    ],
)
def test_a_range_of_money_is_its_lower_bound_up_to_its_upper(
    make_document, text, low, high, approx
) -> None:
    [fact] = money_facts(make_document, text)
    billion = 1_000_000_000
    assert (fact.amount_vnd, fact.amount_max_vnd) == (int(low * billion), int(high * billion))
    assert fact.approx == approx
    assert fact.quote.endswith("đồng")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Vốn đầu tư cho Tiêu chí số 2 - 15 tỷ đồng.\n", 15),  # a numbered item, no range
        ("Vốn huy động năm 2019 - 2020 đạt 300 tỷ đồng.\n", 300),  # a span of years
        ("Vốn huy động của xã 2 - 300 tỷ đồng.\n", 300),  # a dash to a far larger number
        ("Vốn đầu tư tăng từ 300 đến 400 tỷ đồng.\n", 400),  # a rise, not a range
    ],
)
def test_a_dash_or_a_to_that_joins_no_range_leaves_the_amount_alone(
    make_document, text, amount
) -> None:
    [fact] = money_facts(make_document, text)
    assert (fact.amount_vnd, fact.amount_max_vnd) == (amount * 1_000_000_000, None)


@pytest.mark.parametrize(
    "text",
    [
        "Để về đích năm 2025, xã cần thêm 40 tỷ đồng.\n",
        "Kinh phí để hoàn thành các tiêu chí còn thiếu khoảng 120 tỷ đồng.\n",
        "Nhu cầu vốn của 3 xã giai đoạn tới là 2.000 tỷ đồng.\n",
        "Huyện còn thiếu 15 tỷ đồng vốn đối ứng.\n",
        "Xã cần huy động thêm 8 tỷ đồng để làm đường.\n",
        "Nhu cầu đầu tư cho thủy lợi khoảng 500 tỷ đồng.\n",
        "Số vốn cần bổ sung là 6 tỷ đồng.\n",
    ],
)
def test_money_still_needed_or_lacking_is_planned(make_document, text) -> None:
    [fact] = money_facts(make_document, text)
    assert (fact.source, fact.flow) == ("total", "planned")


def test_money_raised_then_money_lacking(make_document) -> None:
    text = "Năm 2023, xã đã huy động 30 tỷ đồng, còn thiếu 10 tỷ đồng.\n"
    facts = money_facts(make_document, text)
    assert [(f.amount_vnd, f.flow) for f in facts] == [
        (30_000_000_000, "mobilised"),
        (10_000_000_000, "planned"),
    ]


def test_a_need_before_money_said_raised_is_not_that_moneys(make_document) -> None:
    text = "Xã cần nhiều nỗ lực, đến nay đã huy động được 12 tỷ đồng.\n"
    [fact] = money_facts(make_document, text)
    assert fact.flow == "mobilised"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Năm 2024, ngân sách tỉnh hỗ trợ 30 tỷ đồng cho các xã.\n", "province"),
        ("Các doanh nghiệp hỗ trợ 5 tỷ đồng xây nhà văn hóa.\n", "enterprise"),
        ("Các nhà hảo tâm hỗ trợ 300 triệu đồng xây cầu.\n", "other"),
    ],
)
def test_the_supporter_is_the_source_of_money_it_supports(make_document, text, source) -> None:
    [fact] = money_facts(make_document, text)
    assert (fact.source, fact.flow) == (source, "mobilised")


def test_money_a_unit_is_given_by_a_budget_is_allocated(make_document) -> None:
    # "được <level> hỗ trợ": the supporter is still the source, the money given from above
    # (as "được giao", "được cấp"); see test_nlp_in_all_and_received.py
    [fact] = money_facts(make_document, "Xã được Trung ương hỗ trợ 12 tỷ đồng để làm đường.\n")
    assert (fact.source, fact.flow) == ("central", "allocated")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Năm 2023, huyện nhận được 15 tỷ đồng hỗ trợ từ Trung ương.\n", "central"),
        ("Xã có thêm 4 tỷ đồng do tỉnh hỗ trợ.\n", "province"),
    ],
)
def test_money_received_from_a_level_or_given_by_it_is_allocated(
    make_document, text, source
) -> None:
    # the same decision written other ways: "nhận được … từ Trung ương", "do tỉnh hỗ trợ"
    # (were mobilised; see test_nlp_effort_given_restated.py)
    [fact] = money_facts(make_document, text)
    assert (fact.source, fact.flow) == (source, "allocated")


@pytest.mark.parametrize(
    "text",
    [
        "Kinh phí làm đường bê tông khoảng 500 triệu đồng/km.\n",
        "Tỉnh hỗ trợ xi măng 300 triệu đồng/1 km đường.\n",
        "Ngân sách hỗ trợ 350 triệu đồng mỗi km đường trục thôn.\n",
        "Mỗi km đường giao thông cần khoảng 1 tỷ đồng.\n",
        "Suất đầu tư làm đường 300 - 350 triệu đồng/km.\n",
    ],
)
def test_money_per_length_or_thing_is_no_funding(make_document, text) -> None:
    assert money_facts(make_document, text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Huyện hỗ trợ 2 tỷ đồng cho mỗi xã đạt chuẩn.\n", 2.0, "tỷ đồng/xã"),
        ("Tỉnh hỗ trợ xi măng 200 triệu đồng cho mỗi thôn.\n", 200.0, "triệu đồng/thôn"),
        ("Vốn đầu tư bình quân 1,2 tỷ đồng/xã.\n", 1.2, "tỷ đồng/xã"),
    ],
)
def test_money_per_unit_written_after_it_is_an_average(make_document, text, value, unit) -> None:
    from baocao.model import Percentage
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = make_document(text)
    _, facts = reading_to_facts(document, read_document(document))
    assert money_facts(make_document, text) == []
    assert [(f.value, f.unit) for f in facts if isinstance(f, Percentage)] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "vnd"),
    [
        ("Tổng vốn huy động đạt 1 nghìn 200 tỷ đồng.\n", 1_200 * 10**9),
        ("Tỉnh đã huy động hơn 1,2 nghìn tỷ đồng cho Chương trình.\n", 1_200 * 10**9),
        ("Toàn tỉnh huy động gần 3 ngàn tỷ đồng.\n", 3_000 * 10**9),
        ("Vốn tỉnh 1 ngàn 2 trăm tỷ đồng.\n", 1_200 * 10**9),
        ("Vốn tỉnh bố trí 3,2 tỷ đ.\n", 3_200_000_000),
        ("Ngân sách xã 450 tr.đ.\n", 450_000_000),
        ("Ngân sách huyện 1.200 trđ.\n", 1_200_000_000),
        ("Nhân dân đóng góp 12 tỉ đồng.\n", 12_000_000_000),
        ("Vốn doanh nghiệp 2 tỉ đ.\n", 2_000_000_000),
        ("Vốn tỉnh 350 tr. đồng.\n", 350_000_000),
        ("Ngân sách xã 800 ngàn đ.\n", 800_000),
    ],
)
def test_amounts_written_with_scale_words_and_abbreviated_units(make_document, text, vnd) -> None:
    [fact] = money_facts(make_document, text)
    assert fact.amount_vnd == vnd


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Vốn lồng ghép các chương trình 45 tỷ đồng.\n", "integrated"),
        ("Huy động vốn lồng ghép từ các chương trình mục tiêu 50 tỷ đồng.\n", "integrated"),
        ("Vốn tín dụng ưu đãi 12 tỷ đồng.\n", "credit"),
        ("Nguồn tín dụng ưu đãi cho vay phát triển sản xuất 60 tỷ đồng.\n", "credit"),
        ("Doanh nghiệp, hợp tác xã đóng góp 3 tỷ đồng.\n", "enterprise"),
        ("Các hợp tác xã góp 500 triệu đồng làm kênh.\n", "enterprise"),
        ("HTX dịch vụ đóng góp 1,2 tỷ đồng làm đường nội đồng.\n", "enterprise"),
        ("Nhân dân đóng góp (bằng tiền, ngày công, hiến đất) 25 tỷ đồng.\n", "community"),
        ("Nhân dân hiến đất, góp ngày công tương đương 10 tỷ đồng.\n", "community"),
        ("Ngày công lao động của nhân dân quy đổi thành tiền 2 tỷ đồng.\n", "community"),
    ],
)
def test_each_kind_of_money_maps_to_its_source(make_document, text, source) -> None:
    [fact] = money_facts(make_document, text)
    assert fact.source == source


def test_a_list_of_the_kinds_of_money_each_its_source(make_document) -> None:
    text = (
        "Tổng vốn huy động 300 tỷ đồng, trong đó: vốn lồng ghép các chương trình 100 tỷ đồng, "
        "vốn tín dụng ưu đãi 120 tỷ đồng, doanh nghiệp, hợp tác xã 30 tỷ đồng, nhân dân đóng "
        "góp (bằng tiền, ngày công) 50 tỷ đồng.\n"
    )
    assert [f.source for f in money_facts(make_document, text)] == [
        "total",
        "integrated",
        "credit",
        "enterprise",
        "community",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kinh phí 200 tỷ đồng, gồm: ngân sách nhà nước 150 tỷ đồng (chiếm 75%), nhân dân "
        "đóng góp 50 tỷ đồng (chiếm 25%).\n",
        "Tổng vốn 90 tỷ đồng: ngân sách tỉnh 60 tỷ đồng, chiếm 66,7%, vốn lồng ghép 30 tỷ đồng, "
        "chiếm 33,3%.\n",
    ],
)
def test_a_share_after_an_amount_is_no_part_of_the_next_amounts_quote(
    make_document, text: str
) -> None:
    *_, last = funding(make_document, text)
    assert not last.quote.startswith("chiếm") and "%)" not in last.quote[:12]
    assert last.quote.startswith(("nhân dân", "vốn lồng ghép"))


def test_a_local_copy_of_the_programme_campaign_raises_the_total(make_document) -> None:
    text = (
        "Thực hiện phong trào “Huyện Gò Quao chung sức xây dựng NTM”, giai đoạn 2011-2015 "
        "huyện đã huy động 300 tỷ đồng; người dân trong, ngoài tỉnh tham gia đóng góp 60 tỷ "
        "đồng."
    )
    assert sources_of(make_document, text) == [
        ("total", 300_000_000_000),
        ("community", 60_000_000_000),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2015, Chính phủ bố trí 2.000 tỷ đồng vốn trái phiếu Chính phủ và 300 tỷ đồng "
        "vốn sự nghiệp cho Chương trình.",
        "Năm 2015, Trung ương hỗ trợ 2.000 tỷ đồng vốn đầu tư và 300 tỷ đồng vốn sự nghiệp.",
    ],
)
def test_every_item_of_a_list_under_one_giver_is_its_money(make_document, text: str) -> None:
    assert sources_of(make_document, text) == [
        ("central", 2_000_000_000_000),
        ("central", 300_000_000_000),
    ]


def test_money_up_to_now_runs_to_the_year_a_late_page_was_written(make_document) -> None:
    from baocao.model import Funding
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = make_document(
        "date 2023-05\nNăm 2022, xã có thêm 2 tiêu chí đạt chuẩn. Từ năm 2020 đến nay, tổng "
        "vốn đầu tư hạ tầng trên địa bàn xã là 12 tỷ 300 triệu đồng. Bên cạnh đó, xã cũng "
        "huy động các nguồn hỗ trợ khác được 900 triệu đồng."
    )
    _, facts = reading_to_facts(document, read_document(document))
    assert [(f.amount_vnd, f.period) for f in facts if isinstance(f, Funding)] == [
        (12_300_000_000, "2020-2023"),
        (900_000_000, "2020-2023"),
    ]


def test_an_income_against_a_resolution_is_the_value_achieved(make_document) -> None:
    from baocao.model import Percentage
    from baocao.nlp import read_document
    from baocao.normalize import reading_to_facts

    document = make_document(
        "Năm 2022, thu nhập bình quân đầu người đạt 41/45 triệu đồng, đạt 91% nghị quyết."
    )
    _, facts = reading_to_facts(document, read_document(document))
    values = [f.value for f in facts if isinstance(f, Percentage)]
    assert 41 in values and 91 in values


def test_a_part_after_trong_do_that_names_no_source_is_no_total(make_document) -> None:
    text = (
        "Từ năm 2011 đến nay, xã đã huy động được 90 tỷ đồng, trong đó vốn ngân sách nhà nước "
        "30 tỷ đồng, Báo Nhân Dân hỗ trợ 6,2 tỷ đồng."
    )
    assert sources_of(make_document, text) == [
        ("total", 90_000_000_000),
        ("central+province+district+commune", 30_000_000_000),
        ("other", 6_200_000_000),
    ]


@pytest.mark.parametrize(
    "opening",
    ["Riêng năm 2018, tỉnh huy động được", "Riêng trong năm 2021, toàn huyện đã huy động"],
)
def test_a_sentence_after_a_list_closed_by_an_ellipsis_is_a_total_of_its_own(
    make_document, opening: str
) -> None:
    # "… từ nhân dân, doanh nghiệp, tín dụng… Riêng năm X, …": a new statement, not the
    # last item of the list before it
    text = (
        "Giai đoạn 2011-2015, tổng vốn huy động là 9.000 tỷ đồng, trong đó ngân sách chiếm 12%; "
        f"còn lại từ nhân dân, doanh nghiệp, tín dụng… {opening} 2.400 tỷ đồng.\n"
    )
    assert ("total", 2_400_000_000_000) in sources_of(make_document, text)


# -- parts of a whole named by words -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong nguồn vốn huy động có hơn 85 tỷ đồng tiền mặt, còn lại là đất và ngày công.",
        "Đặc biệt, trong tổng số vốn đã huy động có khoảng 85 tỷ đồng bằng tiền mặt.",
    ],
)
def test_money_picked_out_of_the_mobilised_whole_is_a_part_of_no_named_source(
    make_document, sentence: str
) -> None:
    # FACTS.md: "total" is the programme's total; some of it, its giver unsaid, is "other"
    text = f"Giai đoạn 2016-2020, huyện Long Mỹ đã huy động 640 tỷ đồng. {sentence}\n"
    assert sources_of(make_document, text) == [
        ("total", 640_000_000_000),
        ("other", 85_000_000_000),
    ]


@pytest.mark.parametrize("giver", ["DN và các tổ chức kinh tế khác", "các DN trên địa bàn"])
def test_dn_is_the_enterprises(make_document, giver: str) -> None:
    # funding_sources.toml: "DN" is the news pages' abbreviation of "doanh nghiệp"
    text = f"Năm 2022, vốn huy động từ {giver} là 42 tỷ đồng.\n"
    assert sources_of(make_document, text) == [("enterprise", 42_000_000_000)]


@pytest.mark.parametrize(
    "opening",
    ["Trong tổng nguồn lực huy động trên thì", "Trong số vốn nói trên,"],
)
def test_parts_of_the_whole_stated_above_are_of_its_span(make_document, opening: str) -> None:
    # FACTS.md: funding is a flow dated by its span; the parts of a whole raised "qua 5 năm"
    # are raised over the same years, not in the text's present year alone
    text = (
        "Kết quả đến cuối năm 2015, tỉnh Bến Tre có 9 xã đạt chuẩn.\n"
        "Qua 5 năm bắt tay xây dựng NTM, tỉnh đã huy động được 3.100 tỷ đồng.\n"
        f"{opening} ngân sách Trung ương hỗ trợ 310 tỷ đồng; vốn tín dụng 900 tỷ đồng.\n"
    )
    facts = [f for f in facts_of(make_document, text, name="tin.txt") if f.kind == "funding"]
    assert {(f.source, f.period) for f in facts} == {
        ("total", "2011-2015"),
        ("central", "2011-2015"),
        ("credit", "2011-2015"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỉnh Hà Nam đã đầu tư hơn 60 tỷ đồng cho phát triển lưới điện nông thôn và đến nay",
        "Huyện đã đầu tư khoảng 60 tỷ đồng cho xây dựng trường học các cấp.",
    ],
)
def test_money_invested_for_one_kind_of_works_is_other_with_its_purpose(
    make_document, sentence: str
) -> None:
    # FACTS.md: money spent on one purpose with no source named is "other", its purpose kept
    text = f"Giai đoạn 2011-2015, {sentence[0].lower()}{sentence[1:]} 100% xã có điện.\n"
    (fact,) = [f for f in facts_of(make_document, text) if f.kind == "funding"]
    assert (fact.source, fact.amount_vnd) == ("other", 60_000_000_000)
    assert fact.purpose is not None and fact.purpose.startswith(("phát triển", "xây dựng"))
    assert "đến nay" not in fact.purpose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a province allocated by the centre, its kinds, then what it disbursed of them
            "Năm 2024, Bình Phước được Trung ương phân bổ 520,4 tỷ đồng, trong đó vốn đầu tư "
            "phát triển 430,1 tỷ và vốn sự nghiệp 90,3 tỷ. Tính đến ngày 30/6, tỉnh đã giải "
            "ngân 260,2 tỷ đồng (50%). Trong đó vốn đầu tư phát triển giải ngân 240 tỷ đồng "
            "(55,8%); vốn sự nghiệp giải ngân 20,2 tỷ đồng (22,4%).\n",
            [
                ("central", "allocated", 520_400_000_000),
                ("central", "allocated", 430_100_000_000),
                ("central", "allocated", 90_300_000_000),
                ("central", "disbursed", 260_200_000_000),
                ("central", "disbursed", 240_000_000_000),
                ("central", "disbursed", 20_200_000_000),
            ],
        ),
        (  # a district given money by the province, with the kinds in another order
            "Năm 2023, huyện Tân Biên được tỉnh bố trí 64 tỷ đồng, gồm 14 tỷ đồng vốn sự nghiệp "
            "và vốn đầu tư phát triển 50 tỷ đồng. Đến cuối tháng 9, huyện đã giải ngân 40 tỷ "
            "đồng, trong đó vốn đầu tư phát triển giải ngân 35 tỷ đồng, vốn sự nghiệp giải "
            "ngân 5 tỷ đồng.\n",
            [
                ("province", "allocated", 64_000_000_000),
                ("province", "allocated", 14_000_000_000),
                ("province", "allocated", 50_000_000_000),
                ("province", "disbursed", 40_000_000_000),
                ("province", "disbursed", 35_000_000_000),
                ("province", "disbursed", 5_000_000_000),
            ],
        ),
    ],
)
def test_a_paragraph_s_giver_is_the_source_of_its_kinds_and_of_their_disbursement(
    make_document, text: str, expected: list[tuple[str, str, int]]
) -> None:
    from baocao.model import Funding, Percentage

    facts = facts_of(make_document, text)
    funding = [(f.source, f.flow, f.amount_vnd) for f in facts if isinstance(f, Funding)]
    assert funding == expected
    # the disbursed shares are the amounts' own, no rates of their own
    assert [f for f in facts if isinstance(f, Percentage)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no giver named: the kinds are the state budget's, the disbursement the total's
            "Năm 2024, tỉnh được phân bổ 300 tỷ đồng, trong đó vốn đầu tư phát triển 240 tỷ "
            "và vốn sự nghiệp 60 tỷ. Đến ngày 30/9, tỉnh đã giải ngân 150 tỷ đồng (50%).\n",
            [
                ("total", 300_000_000_000),
                ("central+province+district+commune", 240_000_000_000),
                ("central+province+district+commune", 60_000_000_000),
                ("total", 150_000_000_000),
            ],
        ),
        (  # a district paragraph naming no giver
            "Năm 2023, huyện Châu Thành bố trí 45 tỷ đồng vốn đầu tư phát triển. Đến cuối năm, "
            "huyện đã giải ngân 30 tỷ đồng.\n",
            [
                ("central+province+district+commune", 45_000_000_000),
                ("total", 30_000_000_000),
            ],
        ),
        (  # a budget named after the giver's money is the source of what follows it
            "Năm 2024, huyện được Trung ương hỗ trợ 80 tỷ đồng. Ngân sách tỉnh bố trí thêm 20 "
            "tỷ đồng, trong đó vốn sự nghiệp 5 tỷ. Đến nay, huyện đã giải ngân 60 tỷ đồng.\n",
            [
                ("central", 80_000_000_000),
                ("province", 20_000_000_000),
                ("province", 5_000_000_000),
                ("total", 60_000_000_000),
            ],
        ),
    ],
)
def test_without_a_giver_in_the_paragraph_no_source_is_carried(
    make_document, text: str, expected: list[tuple[str, int]]
) -> None:
    assert sources_of(make_document, text) == expected


def test_a_disbursement_after_a_clause_s_own_goal_is_disbursed(make_document) -> None:
    text = (
        "Năm 2024, vốn đầu tư phát triển giải ngân 80 tỷ đồng (64%), dự kiến cuối năm đạt "
        "100%; vốn sự nghiệp giải ngân 9 tỷ đồng (30%).\n"
    )
    assert flows_of(make_document, text) == ["disbursed", "disbursed"]


@pytest.mark.parametrize(
    ("part", "source"),
    [
        ("vốn sự nghiệp Trung ương (gần 20 tỷ đồng)", "central"),
        ("vốn sự nghiệp tỉnh (hơn 41 tỷ đồng)", "province"),
        ("vốn đầu tư công Trung ương (khoảng 90 tỷ đồng)", "central"),
        ("kinh phí sự nghiệp huyện 6 tỷ đồng", "district"),
    ],
)
def test_a_kind_of_state_money_with_its_level_after_it_is_that_levels(
    make_document, part: str, source: str
) -> None:
    text = (
        "Dự toán tổng nguồn vốn thực hiện Chương trình năm 2025 hơn 300 tỷ đồng. "
        f"Trong đó, {part}.\n"
    )
    assert sources_of(make_document, text)[1][0] == source


def test_public_investment_money_alone_is_the_state_budget(make_document) -> None:
    text = "Năm 2025, tỉnh bố trí vốn đầu tư công 48 tỷ đồng cho các xã.\n"
    assert sources_of(make_document, text) == [("central+province+district+commune", 48 * 10**9)]


@pytest.mark.parametrize("opening", ["Bên cạnh đó, ", "Cùng với đó, ", "Ngoài ra, "])
def test_a_joining_phrase_sets_no_source_aside_before_a_disbursement(
    make_document, opening: str
) -> None:
    text = f"{opening}kết quả giải ngân ước đến hết tháng 2/2025 đạt khoảng 210 tỷ đồng.\n"
    assert sources_of(make_document, text) == [("total", 210 * 10**9)]


@pytest.mark.parametrize(
    "need",
    [
        "Huyện xác định tổng nhu cầu vốn cho cả giai đoạn là 1.250,5 tỷ đồng; trong đó "
        "nhân dân đóng góp 140 tỷ đồng.",
        "Tổng vốn dự kiến huy động toàn giai đoạn khoảng 1.250,5 tỷ đồng, trong đó vốn "
        "doanh nghiệp 140 tỷ đồng.",
    ],
)
def test_money_of_the_whole_phase_is_of_the_span_named_before(make_document, need: str) -> None:
    text = (
        "HĐND huyện Mường Nhé ban hành Nghị quyết thực hiện Chương trình xây dựng nông thôn "
        "mới giai đoạn 2018 - 2020. Theo đó, huyện phấn đấu có thêm 4 xã đạt chuẩn.\n\n"
        f"{need}\n"
    )
    periods = [f.period for f in facts_of(make_document, text) if f.kind == "funding"]
    assert periods == ["2018-2020", "2018-2020"]
