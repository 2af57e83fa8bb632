"""reading_to_facts: mentions become facts with canonical values, traced to their quotes."""

from __future__ import annotations

from dataclasses import replace

import readfacts
from hypothesis import given, settings
from hypothesis import strategies as st
from readfacts import of_kind

from baocao.model import Coverage, CriteriaCount, Funding, Page, Percentage, Verdict
from baocao.nlp import read_document
from baocao.normalize import reading_to_facts

HEADER = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"


def facts_of(make_document, body: str, **kwargs):
    return readfacts.read_text(make_document, HEADER + body, **kwargs)


def test_a_subject_left_unsaid_is_the_reporting_unit(make_document) -> None:
    _, report, facts = facts_of(make_document, "Tiêu chí số 4 - Điện:\nKết quả tự đánh giá: Đạt.\n")
    [verdict] = of_kind(facts, Verdict)
    assert report.unit is not None and report.unit.name == "Hòa Bình"
    assert (verdict.subject, verdict.criterion, verdict.met) == ("xã Hòa Bình", 4, True)
    assert verdict.criteria_set == "2021-2025" and verdict.period == "2023"


def test_an_unmet_count_takes_the_total_stated_before_it(make_document) -> None:
    body = (
        "Đối với xã NTM nâng cao xã đã đạt được 12/19 tiêu chí, với 58/74 chỉ tiêu, "
        "còn lại 07 tiêu chí với 16 chỉ tiêu chưa đạt.\n"
        "Còn 02 tiêu chí chưa đạt chuẩn NTM.\n"
    )
    _, _, facts = facts_of(make_document, body)
    counts = [(c.met, c.of, c.what, c.unmet, c.scheme) for c in of_kind(facts, CriteriaCount)]
    assert counts == [
        (12, 19, "tiêu chí", False, "NTM nâng cao"),
        (58, 74, "chỉ tiêu", False, "NTM nâng cao"),
        (7, 19, "tiêu chí", True, "NTM nâng cao"),
        (16, 74, "chỉ tiêu", True, "NTM nâng cao"),
        (2, 19, "tiêu chí", True, "NTM"),  # no NTM total before: the set's 19
    ]


def test_a_pair_is_its_own_total(make_document) -> None:
    body = "Thôn Đông đang hoàn thiện hồ sơ đối với 13 tiêu chí, còn 02 tiêu chí cần chỉ đạo.\n"
    _, _, facts = facts_of(make_document, body)
    assert [(c.subject, c.met, c.of, c.unmet) for c in of_kind(facts, CriteriaCount)] == [
        ("thôn Đông", 13, 15, False),
        ("thôn Đông", 2, 15, True),
    ]


def test_a_criterion_named_in_words_reads_through_the_documents_gloss(make_document) -> None:
    body = (
        "Các tiêu chí chưa đạt như: Đường giao thông; Văn hóa.\n"
        "Hoàn thành tiêu chí: 31/8/2024 (Giao thông, "
        "Văn hóa (Trung tâm văn hóa xã; Nhà văn hóa thôn)).\n"
    )
    _, _, facts = facts_of(make_document, body)
    assert [(v.criterion, v.met) for v in of_kind(facts, Verdict)] == [(2, False), (6, False)]


def test_coverage_values(make_document) -> None:
    _, _, facts = facts_of(
        make_document, "Có 1.118/1.441 thôn đạt tiêu chí số 16 về văn hóa (đạt 77,59%).\n"
    )
    [coverage] = of_kind(facts, Coverage)
    assert (coverage.units_met, coverage.units_total, coverage.percent_stated) == (
        1118,
        1441,
        77.59,
    )
    assert (coverage.criterion, coverage.unit_kind, coverage.region) == (16, "thôn", "xã Hòa Bình")


def test_coverage_of_a_criterion_named_by_topic_and_of_the_whole_set(make_document) -> None:
    _, _, facts = facts_of(
        make_document,
        "Có 5/6 thôn, bản được công nhận thôn, bản văn hóa. Có 3 xã đạt 19/19 tiêu chí "
        "(Tân Hòa, Phú Lâm, Yên Thịnh).\n",
    )
    assert [(c.criterion, c.units_met, c.units_total) for c in of_kind(facts, Coverage)] == [
        (16, 5, 6),
        (None, 3, None),
    ]
    counts = of_kind(facts, CriteriaCount)
    assert [(c.subject, c.met, c.of) for c in counts] == [
        ("xã Tân Hòa", 19, 19),
        ("xã Phú Lâm", 19, 19),
        ("xã Yên Thịnh", 19, 19),
    ]


def test_verdicts_under_a_place_heading_are_about_that_place(make_document) -> None:
    _, _, facts = facts_of(
        make_document,
        "1. Thôn Đông Lâm:\n- Tiêu chí số 3 - Thủy lợi: Đạt.\n"
        "2. Thôn Tây Lâm:\n- Tiêu chí số 3 - Thủy lợi: Chưa đạt.\n",
    )
    assert [(v.subject, v.criterion, v.met) for v in of_kind(facts, Verdict)] == [
        ("thôn Đông Lâm", 3, True),
        ("thôn Tây Lâm", 3, False),
    ]


def test_funding_sources_flows_and_amounts(make_document) -> None:
    body = (
        "2. Kết quả huy động nguồn lực\n"
        "Tổng nguồn vốn huy động năm 2023 là: 14.808.000.000 đồng, trong đó:\n"
        "- Nguồn vốn Trung ương, tỉnh: 3.392.000.000 đồng;\n"
        "- Nguồn vốn của Huyện: 2.000.000.000 tỷ đồng;\n"
        "Tiến độ giải ngân vốn ngân sách tỉnh: 109 triệu/217 triệu.\n"
        "Chợ xã được xây mới với kinh phí hơn 16 tỷ đồng.\n"
        "V. Phương hướng năm 2024\n"
        "Kế hoạch vốn năm 2024: dự kiến huy động 9.800 triệu đồng.\n"
    )
    _, _, facts = facts_of(make_document, body)
    got = [(f.source, f.flow, f.amount_vnd, f.of_vnd) for f in of_kind(facts, Funding)]
    assert got == [
        ("total", "mobilised", 14_808_000_000, None),
        ("central+province", "mobilised", 3_392_000_000, None),
        ("district", "mobilised", 2 * 10**18, None),  # as written: the audit flags it
        ("province", "disbursed", 109_000_000, 217_000_000),
        ("other", "disbursed", 16_000_000_000, None),
        ("total", "planned", 9_800_000_000, None),
    ]
    spent = of_kind(facts, Funding)[4]
    assert (spent.purpose, spent.approx, spent.unit_written) == (
        "Chợ xã được xây mới",
        "hơn",
        "tỷ đồng",
    )


def test_percentage_thresholds_units_and_goals(make_document) -> None:
    body = (
        "Tiêu chí số 15 - Y tế:\n"
        "Tỷ lệ trẻ em suy dinh dưỡng là 6,8% (Tiêu chí yêu cầu: ≤  24,2%)\n"
        "Thu nhập bình quân đạt gần 38,6 triệu đồng/người/năm "
        "(Tiêu chí yêu cầu: ≥ 36 triệu đồng).\n"
        "Phấn đấu tiến tới 100% người dân có hồ sơ sức khỏe điện tử.\n"
    )
    _, _, facts = facts_of(make_document, body)
    got = [
        (p.value, p.threshold, p.unit, p.approx, p.target, p.criterion)
        for p in of_kind(facts, Percentage)
    ]
    assert got == [
        (6.8, "<=24.2", "%", None, False, 15),
        (38.6, ">=36", "triệu đồng/người/năm", "gần", False, 15),
        (100.0, None, "%", None, True, 15),
    ]


def test_facts_carry_their_page(make_document) -> None:
    document = make_document(
        pages=[HEADER, "Tiêu chí số 4 - Điện:\n", "Kết quả tự đánh giá: Đạt.\n"]
    )
    document = replace(document, pages=(*document.pages[:2], replace(document.pages[2], ocr=True)))
    _, facts = reading_to_facts(document, read_document(document))
    [verdict] = facts
    assert (verdict.page, verdict.ocr, verdict.origin) == (3, True, "text")
    assert isinstance(document.pages[0], Page)


BODIES = [
    "Tiêu chí số 4 - Điện:\nKết quả tự đánh giá: Chưa đạt.\n",
    "Xã đạt 17/19 tiêu chí, còn lại 02 tiêu chí chưa đạt.\n",
    "Có 9/12 xã đạt chuẩn nông thôn mới (đạt 75%).\n",
    "- Vốn lồng ghép: 2.360.000.000 đồng;\n",
    "Tỷ lệ lao động qua đào tạo đạt 74,2%.\n",
    "- Thôn Kim: Kinh phí huy động khoảng 282 triệu đồng.\n",
]


@given(st.lists(st.sampled_from(BODIES), max_size=10))
@settings(max_examples=40, deadline=None)
def test_every_fact_slices_back_to_its_quote(make_document, bodies: list[str]) -> None:
    document, _, facts = facts_of(make_document, "".join(bodies))
    for fact in facts:
        assert document.text[fact.start : fact.end] == fact.quote
        assert fact.document == document.name and fact.origin == "text"


def news_facts(make_document, text: str):
    document = make_document(text)
    return reading_to_facts(document, read_document(document))


def test_a_news_text_dates_and_places_its_facts(make_document) -> None:
    report, facts = news_facts(
        make_document,
        "Vĩnh Phúc: 112/112 xã đạt chuẩn nông thôn mới\n"
        "Tính đến hết năm 2020, toàn tỉnh Vĩnh Phúc có 112/112 xã đạt chuẩn nông thôn mới, "
        "tăng 8 xã so với năm 2019. Tại Phú Thọ, toàn tỉnh có 120/225 xã đạt chuẩn.\n",
    )
    assert report.period == "2020"
    by_met = {f.units_met: f for f in of_kind(facts, Coverage)}
    assert (by_met[112].region, by_met[112].period) == ("tỉnh Vĩnh Phúc", "2020")
    assert (by_met[120].region, by_met[120].period) == ("tỉnh Phú Thọ", "2020")


def test_a_statement_dated_after_the_text_was_written_is_a_plan(make_document) -> None:
    report, facts = news_facts(
        make_document,
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Hà Nam, ngày 20 tháng 12 năm 2025\nBÁO CÁO\nKết quả năm 2025\n"
        "Giai đoạn 2026-2030, tổng nguồn vốn huy động 5.000 tỷ đồng.\n"
        "Năm 2025, tổng nguồn vốn huy động 800 tỷ đồng.\n",
    )
    flows = {f.amount_vnd: f.flow for f in of_kind(facts, Funding)}
    assert flows[5_000 * 10**9] == "planned"
    assert flows[800 * 10**9] == "mobilised"


def test_money_since_the_programme_began_spans_to_the_reports_year(make_document) -> None:
    _, _, facts = facts_of(
        make_document, "Từ năm 2011 đến nay, tổng nguồn vốn huy động 45 tỷ đồng.\n"
    )
    [funding] = of_kind(facts, Funding)
    assert funding.period == "2011-2023"


def test_a_state_no_one_dates_is_of_the_reports_last_year() -> None:
    from baocao.model import Report
    from baocao.normalize.periods import present_of

    assert present_of(Report(period="2016-2020")) == "2020"
    assert present_of(Report(period="2019-H1")) == "2019-H1"
    assert present_of(Report(period="2021")) == "2021"
    assert present_of(Report()) is None


def test_money_over_a_span_that_starts_in_the_year_of_writing_is_planned(make_document) -> None:
    # news of early 2026 on 2026-2030: money to be raised over years not yet come is a plan,
    # its parts under it too; money allocated for them was decided, and stays allocated
    report, facts = news_facts(
        make_document,
        "Vốn cho nông thôn mới giai đoạn mới\nNgày 12/3/2026\n"
        "Tổng mức vốn huy động thực hiện chương trình giai đoạn 2026 - 2030 khoảng 52.000 tỷ "
        "đồng. Trong đó, vốn ngân sách trung ương 9.000 tỷ đồng, chiếm 17,3%.\n"
        "Ngân sách tỉnh bố trí cho giai đoạn 2026-2030 là 6.000 tỷ đồng.\n",
    )
    flows = {f.amount_vnd: (f.flow, f.target) for f in of_kind(facts, Funding)}
    assert flows[52_000 * 10**9] == ("planned", True)
    assert flows[9_000 * 10**9] == ("planned", True)
    assert flows[6_000 * 10**9] == ("allocated", False)


def test_a_span_already_under_way_when_written_is_not_a_plan(make_document) -> None:
    report, facts = news_facts(
        make_document,
        "Kết quả giữa kỳ\nNgày 20/11/2023\n"
        "Giai đoạn 2021-2025, toàn tỉnh đã huy động 8.400 tỷ đồng.\n",
    )
    [money] = of_kind(facts, Funding)
    assert (money.flow, money.target) == ("mobilised", False)


def test_communes_a_new_commune_counts_are_the_former_ones_merged_into_it(make_document) -> None:
    # after 1 July 2025 there are no districts: "Xã X (mới) … nhập 3 xã cũ, cả 3 xã …" is
    # about the new commune, not the district of the same name on the old map
    for name in ("Vũ Quang", "Đức Thọ"):
        _, facts = news_facts(
            make_document,
            f"Tin địa phương\nNgày 02/11/2025\nXã {name} (mới) được thành lập trên cơ sở nhập 3 "
            "xã cũ; cả 3 xã đều đã đạt chuẩn nông thôn mới.\n",
        )
        [found] = of_kind(facts, Coverage)
        assert found.region == f"xã {name}"


def test_before_the_merger_a_communes_count_of_communes_is_its_districts(make_document) -> None:
    _, facts = news_facts(
        make_document,
        "Tin địa phương\nNgày 02/11/2020\nXã Vũ Quang có 3/4 xã đạt chuẩn nông thôn mới.\n",
    )
    [found] = of_kind(facts, Coverage)
    assert found.region == "huyện Vũ Quang"
