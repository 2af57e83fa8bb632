"""Four small wording classes: money a unit received from a supporter who is no level of
government ("nhận được … hỗ trợ từ các doanh nghiệp": that supporter's source, mobilised),
a K/N in brackets right after a share of the units ("100% số xã (7/7 xã) đạt chuẩn": the
share is its stated percent), a year bound to one item of a ";"-list that dates no report
("…; thu nhập bình quân năm 2022 đạt …; …" in a news text printed in 2023), and the shared
test of such a binding."""

from __future__ import annotations

import re

import pytest
from readfacts import facts_of, news_report_and_facts

from baocao.vocab.periods import PERIOD_PATTERN, bound_to_its_item


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Năm 2024, xã nhận được 4 tỷ đồng hỗ trợ từ các doanh nghiệp.\n", "enterprise"),
        ("Năm 2024, xã nhận 700 triệu đồng tài trợ của Công ty Minh Phát.\n", "enterprise"),
        ("Năm 2024, thôn nhận được 300 triệu đồng hỗ trợ của các hợp tác xã.\n", "enterprise"),
        ("Năm 2024, xã nhận 1,2 tỷ đồng ủng hộ từ các nhà hảo tâm.\n", "other"),
    ],
)
def test_money_received_from_a_supporter_is_of_its_source_and_mobilised(
    make_document, text: str, source: str
) -> None:
    (fact,) = [f for f in facts_of(make_document, text) if f.kind == "funding"]
    assert (fact.source, fact.flow) == (source, "mobilised")


def test_money_received_from_a_level_stays_allocated(make_document) -> None:
    text = "Năm 2024, xã nhận được 6 tỷ đồng hỗ trợ từ ngân sách tỉnh.\n"
    (fact,) = [f for f in facts_of(make_document, text) if f.kind == "funding"]
    assert (fact.source, fact.flow) == ("province", "allocated")


def test_a_sponsor_giving_is_programme_money(make_document) -> None:
    text = "Năm 2024, Công ty Phú Gia tài trợ 900 triệu đồng xây nhà văn hóa.\n"
    (fact,) = [f for f in facts_of(make_document, text) if f.kind == "funding"]
    assert fact.amount_vnd == 900_000_000 and fact.source == "enterprise"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2024, huyện có 100% số xã (9/9 xã) đạt chuẩn nông thôn mới.\n", (9, 9, 100.0)),
        ("Năm 2024, 87,5% số thôn (7/8 thôn) đã đạt chuẩn nông thôn mới.\n", (7, 8, 87.5)),
        ("Năm 2024, 100% xã(6/6 xã) được công nhận đạt chuẩn nông thôn mới.\n", (6, 6, 100.0)),
    ],
)
def test_a_ratio_in_brackets_after_a_share_keeps_the_share(make_document, text, expected) -> None:
    (fact,) = [f for f in facts_of(make_document, text) if f.kind == "coverage"]
    assert (fact.units_met, fact.units_total, fact.percent_stated) == expected
    assert fact.quote.startswith(f"{expected[2]:g}".replace(".", ","))


def test_a_share_of_other_units_is_not_kept(make_document) -> None:
    text = "Năm 2024, 50% số thôn có 4/4 xã đạt chuẩn nông thôn mới.\n"
    found = [f for f in facts_of(make_document, text) if f.kind == "coverage"]
    assert all(f.percent_stated is None for f in found)


_STAMP = "Thứ ba, 17/10/2023 09:15\n"
_LIST = (
    "Xã Phú Lộc giữ vững 19/19 tiêu chí; hộ nghèo còn 1,2%; thu nhập bình quân năm 2022 đạt"
    " 58 triệu đồng/người; 96% người dân có bảo hiểm y tế.\n"
)


def test_a_year_bound_to_one_item_does_not_date_the_news_text(make_document) -> None:
    report, facts = news_report_and_facts(
        make_document, _STAMP + "Xã Phú Lộc giữ vững chuẩn nông thôn mới\n" + _LIST
    )
    assert report.period == "2023"
    income = next(f for f in facts if f.kind == "percentage" and f.value == 58)
    assert income.period == "2022"


def test_an_opening_year_still_dates_the_news_text(make_document) -> None:
    text = (
        _STAMP + "Xã Phú Lộc giữ vững chuẩn nông thôn mới\n"
        "Năm 2022, xã Phú Lộc giữ vững 19/19 tiêu chí; hộ nghèo còn 1,2%.\n"
    )
    report, _ = news_report_and_facts(make_document, text)
    assert report.period == "2022"


def test_with_no_other_clue_the_items_year_is_left(make_document) -> None:
    report, _ = news_report_and_facts(make_document, "Xã Phú Lộc giữ vững chuẩn\n" + _LIST)
    assert report.period == "2022"


@pytest.mark.parametrize(
    ("clause", "bound"),
    [
        ("hộ nghèo còn 1,2%; thu nhập bình quân năm 2022 đạt 58 triệu đồng;", True),
        ("tỷ lệ che phủ rừng đạt 45% năm 2022;", True),
        ("Năm 2022, xã có 19/19 tiêu chí;", False),
        ("Trong năm 2022 xã có 19/19 tiêu chí;", False),
        ("Tổng vốn năm 2022 là 30 tỷ đồng, trong đó: ngân sách 10 tỷ đồng;", False),
        ("vốn huy động giai đoạn 2021-2022 đạt 30 tỷ đồng;", False),
    ],
)
def test_bound_to_its_item(clause: str, bound: bool) -> None:
    at = clause.rfind(";", 0, len(clause) - 1) + 1
    m = re.compile(PERIOD_PATTERN).search(clause, at)  # the period as the extractor finds it
    assert m is not None
    assert bound_to_its_item(clause, (at, len(clause)), (m.start(), m.end(), m.group())) is bound
