"""A centrally governed city written by its initials ("TP.HCM"), the dot of "TP." ending a
sentence, the city's budget written "ngân sách TP", "thực hiện" read as no land given, and a
share written as approximate ("chiếm hơn 30%"): classes of set BG, in our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, news_report_and_facts, of_kind, place_of

from baocao.model import Funding, Percentage
from baocao.vocab.places import parse_place


@pytest.mark.parametrize("written", ["UBND TP.HCM họp", "các xã của TP HCM", "Sở Tài chính TPHCM"])
def test_city_initials_are_the_city(written: str) -> None:
    place = parse_place(written)
    assert place is not None
    assert (place.prefix, place.name) == ("thành phố", "Hồ Chí Minh")


@pytest.mark.parametrize("opening", ["Tổng cộng", "Tính chung", "Theo đó", "Tuy nhiên"])
def test_the_dot_of_tp_ending_a_sentence_names_no_city(opening: str) -> None:
    assert parse_place(f"đã có quy hoạch ở mọi xã trong TP. {opening} cả năm đã làm") is None


def test_tp_with_a_dot_still_names_its_city() -> None:
    place = parse_place("UBND TP. Tuy Hòa báo cáo")
    assert place is not None and place.name == "Tuy Hòa"


_NEWS = (
    "TP.HCM tổng kết xây dựng nông thôn mới\n\n"
    "Đến hết năm 2014, UBND TP.HCM đã duyệt quy hoạch tại 100% số xã trong TP. Tính chung "
    "từ năm 2011 đến nay, tổng số tiền huy động thực hiện gần 8.000 tỉ đồng, trong đó vốn "
    "ngân sách trung ương 40 tỉ đồng (chiếm 0,5%); ngân sách TP gần 2.000 tỉ đồng (chiếm hơn "
    "25%); vốn đóng góp của người dân hơn 5.960 tỉ đồng (chiếm gần 74,5%).\n"
)


def test_city_news_by_initials(make_document: MakeDocument) -> None:
    report, facts = news_report_and_facts(make_document, _NEWS)
    assert report.unit is not None and report.unit.name == "Hồ Chí Minh"
    money = {(f.source, f.amount_vnd, f.percent_stated) for f in of_kind(facts, Funding)}
    assert money == {
        ("total", 8_000 * 10**9, None),
        ("central", 40 * 10**9, 0.5),
        ("province", 2_000 * 10**9, 25.0),
        ("community", 5_960 * 10**9, 74.5),
    }
    assert {place_of(f) for f in facts} == {"thành phố Hồ Chí Minh"}
    # the shares are the amounts': no percentage of their own beside the 100% of communes
    assert [p.value for p in of_kind(facts, Percentage)] == [100.0]


@pytest.mark.parametrize(
    "line",
    [
        "Năm 2020, huyện Củ Chi đã thực hiện hơn 300 tỷ đồng vốn đầu tư.",
        "Năm 2020, tổng số tiền huy động thực hiện trên 50 tỷ đồng.",
    ],
)
def test_thuc_hien_is_no_land_given(make_document: MakeDocument, line: str) -> None:
    _, facts = news_report_and_facts(make_document, line)
    assert "community" not in {f.source for f in of_kind(facts, Funding)}
