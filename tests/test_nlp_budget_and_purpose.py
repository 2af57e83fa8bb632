"""Money's source where the text names no level or no source (set Z's class, ninth session).

* "ngân sách" with no level is the state budget: FACTS.md calls the state budget, every
  level's, "ngân sách nhà nước" → `central+province+district+commune`, and money "ngoài
  ngân sách" is money outside it; a level written after "ngân sách" is that level's.
* Money spent on works with no source named is source `other`, its purpose in `purpose`
  (FACTS.md: "nâng cấp 199,01 km với tổng kinh phí …"), with a bare cost word ("…, kinh phí
  150 tỷ đồng"), the works after it ("kinh phí xây dựng …") or after "đầu tư" ("đầu tư xây
  dựng trường học 80 tỷ đồng"); the programme's own works ("kinh phí xây dựng NTM") stay
  the total.

The texts are our own wording."""

from __future__ import annotations

import pytest
from readfacts import MakeDocument, facts_of, of_kind

from baocao.model import Funding

HEAD = "UBND TỈNH PHÚ THỌ\nBÁO CÁO\nKết quả xây dựng nông thôn mới tỉnh Phú Thọ năm 2023\n"
STATE = "central+province+district+commune"


def _funding(make_document: MakeDocument, body: str) -> list[Funding]:
    return of_kind(facts_of(make_document, HEAD + body + "\n"), Funding)


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, vốn ngân sách hỗ trợ trực tiếp 640 tỷ đồng.",
        "Năm 2023, nguồn ngân sách bố trí cho Chương trình 640 tỷ đồng.",
        "Năm 2023, tổng vốn huy động 2.100 tỷ đồng, trong đó ngân sách 640 tỷ đồng, vốn tín "
        "dụng 900 tỷ đồng.",
    ],
)
def test_a_budget_with_no_level_is_the_state_budget(make_document: MakeDocument, body: str) -> None:
    found = [f for f in _funding(make_document, body) if f.amount_vnd == 640_000_000_000]
    assert [f.source for f in found] == [STATE]


@pytest.mark.parametrize(
    "body, source",
    [
        ("Năm 2023, ngân sách tỉnh hỗ trợ 640 tỷ đồng.", "province"),
        ("Năm 2023, ngân sách huyện, xã đối ứng 640 tỷ đồng.", "district+commune"),
        ("Năm 2023, vốn ngoài ngân sách đạt 640 tỷ đồng.", "other"),
    ],
)
def test_a_budget_with_its_level_keeps_its_level(
    make_document: MakeDocument, body: str, source: str
) -> None:
    found = [f for f in _funding(make_document, body) if f.amount_vnd == 640_000_000_000]
    assert [f.source for f in found] == [source]


@pytest.mark.parametrize(
    "body, purpose",
    [
        (
            "Năm 2023, toàn tỉnh bê tông hóa 215 km đường giao thông nông thôn, kinh phí 96 tỷ "
            "đồng.",
            "bê tông hóa 215 km đường giao thông nông thôn",
        ),
        ("Năm 2023, kinh phí sửa chữa 40 phòng học là 96 tỷ đồng.", "sửa chữa 40 phòng học"),
        ("Năm 2023, tỉnh đầu tư xây dựng 18 trạm y tế xã 96 tỷ đồng.", "xây dựng 18 trạm y tế xã"),
    ],
)
def test_money_for_works_with_no_source_is_other(
    make_document: MakeDocument, body: str, purpose: str
) -> None:
    found = [f for f in _funding(make_document, body) if f.amount_vnd == 96_000_000_000]
    assert len(found) == 1
    assert found[0].source == "other"
    assert found[0].purpose == purpose


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, kinh phí xây dựng nông thôn mới của tỉnh là 96 tỷ đồng.",
        "Năm 2023, tổng vốn huy động xây dựng nông thôn mới đạt 96 tỷ đồng.",
    ],
)
def test_the_programmes_own_works_stay_the_total(make_document: MakeDocument, body: str) -> None:
    found = [f for f in _funding(make_document, body) if f.amount_vnd == 96_000_000_000]
    assert [f.source for f in found] == ["total"]
