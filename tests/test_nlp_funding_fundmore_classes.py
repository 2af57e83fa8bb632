"""Classes of money wordings the funding wording probe's new dimensions
(``funding_grammar``: money per unit, money of districts, another programme's money, an
allocated whole and its kinds of capital, funding tables flattened into the text or under a
caption) found failing, each rebuilt here in our own words:

* a per-unit amount written "N tỷ M triệu" is left out whole, its "M triệu" too, and is
  one average per unit (FACTS.md: a `percentage`, "2 tỷ 650 triệu đồng" a xã → 2,65 tỷ
  đồng/xã);
* money handed down with "giao" ("được huyện giao", "giao cho", "đã giao … cho các huyện")
  is allocated, of the giver's budget;
* kinds of capital in a bracket right after an allocated whole are its parts: its source
  and flow;
* money in a sentence about another national target programme is that programme's
  (`integrated`), never NTM's own budget money;
* a funding table flattened one cell per line is read as a table; a table's caption gives
  its rows their flow and span.
"""

from __future__ import annotations

from readfacts import facts_of
from tablefacts import make_document as table_document

from baocao.model import Funding
from baocao.nlp import read_document
from baocao.normalize import reading_to_facts


def _funding(make_document, body: str) -> set[tuple]:
    return {
        (f.source, f.amount_vnd, f.flow, f.region)
        for f in facts_of(make_document, body)
        if f.kind == "funding"
    }


def test_a_per_unit_amount_with_a_tail_yields_no_funding(make_document) -> None:
    body = (
        "Năm 2024, huyện Sông Lô đã bố trí 30 tỷ đồng từ ngân sách huyện. Trung bình mỗi xã "
        "được hỗ trợ 2 tỷ 650 triệu đồng để làm đường.\n"
    )
    assert _funding(make_document, body) == {
        ("district", 30_000_000_000, "allocated", "huyện Sông Lô")
    }


def test_a_per_unit_amount_with_a_tail_is_one_average(make_document) -> None:
    body = "Năm 2024, huyện Sông Lô bình quân mỗi xã được hỗ trợ 2 tỷ 650 triệu đồng.\n"
    found = {
        (float(f.value), f.unit) for f in facts_of(make_document, body) if f.kind == "percentage"
    }
    assert found == {(2.65, "tỷ đồng/xã")}


def test_money_given_down_with_giao_is_allocated_from_the_giver(make_document) -> None:
    body = (
        "Năm 2024, xã Đồng Tâm được huyện giao 3 tỷ đồng, trong đó vốn đầu tư phát triển "
        "2 tỷ đồng, vốn sự nghiệp 1 tỷ đồng.\n"
    )
    assert _funding(make_document, body) == {
        ("district", 3_000_000_000, "allocated", "xã Đồng Tâm"),
        ("district", 2_000_000_000, "allocated", "xã Đồng Tâm"),
        ("district", 1_000_000_000, "allocated", "xã Đồng Tâm"),
    }


def test_each_district_of_an_allocation_list_is_its_amounts_place(make_document) -> None:
    body = (
        "Năm 2024, tỉnh Hòa Bình đã giao ngân sách tỉnh cho các địa phương: huyện Mai Châu "
        "14 tỷ đồng; huyện Kim Bôi 9,5 tỷ đồng và huyện Lạc Sơn 6 tỷ đồng.\n"
    )
    assert _funding(make_document, body) == {
        ("province", 14_000_000_000, "allocated", "huyện Mai Châu"),
        ("province", 9_500_000_000, "allocated", "huyện Kim Bôi"),
        ("province", 6_000_000_000, "allocated", "huyện Lạc Sơn"),
    }


def test_kinds_in_a_bracket_after_an_allocated_whole_are_its_parts(make_document) -> None:
    body = (
        "Năm 2024, huyện Sông Lô được phân bổ từ ngân sách tỉnh 45 tỷ đồng (vốn sự nghiệp "
        "15 tỷ đồng và vốn đầu tư phát triển 30 tỷ đồng).\n"
    )
    assert _funding(make_document, body) == {
        ("province", 45_000_000_000, "allocated", "huyện Sông Lô"),
        ("province", 15_000_000_000, "allocated", "huyện Sông Lô"),
        ("province", 30_000_000_000, "allocated", "huyện Sông Lô"),
    }


def test_another_programmes_money_is_not_ntm_budget_money(make_document) -> None:
    body = (
        "Năm 2024, huyện Sông Lô đã huy động 80 tỷ đồng từ ngân sách tỉnh.\n"
        "Đối với Chương trình MTQG giảm nghèo bền vững, năm 2024 huyện Sông Lô đã giải "
        "ngân 12 tỷ đồng vốn Trung ương.\n"
        "Thực hiện Chương trình MTQG 1719, năm 2024 huyện Sông Lô được phân bổ 9 tỷ đồng từ "
        "ngân sách Trung ương.\n"
    )
    found = _funding(make_document, body)
    assert ("province", 80_000_000_000, "mobilised", "huyện Sông Lô") in found
    for other in (12_000_000_000, 9_000_000_000):
        assert {s for s, vnd, _, _ in found if vnd == other} <= {"integrated"}


def test_a_table_flattened_one_cell_per_line_is_read(make_document) -> None:
    body = (
        "Năm 2024, huyện Sông Lô đã được bố trí vốn như sau:\n"
        "STT\nNguồn vốn\nSố tiền (tỷ đồng)\nTỷ lệ (%)\n"
        "1\nNgân sách huyện\n12\n40\n"
        "2\nNhân dân đóng góp\n18\n60\n"
        "Tổng số\n30\n100\n"
    )
    found = {(s, vnd, flow) for s, vnd, flow, _ in _funding(make_document, body)}
    assert found == {
        ("district", 12_000_000_000, "allocated"),
        ("community", 18_000_000_000, "allocated"),
        ("total", 30_000_000_000, "allocated"),
    }


def test_a_tables_caption_gives_its_rows_their_flow_and_span() -> None:
    rows = [
        ("Nguồn vốn", "Số tiền (triệu đồng)"),
        ("Ngân sách tỉnh", "7.200"),
        ("Vốn tín dụng", "2.800"),
    ]
    document = table_document(
        rows, before="Từ năm 2019 đến năm 2021, xã Đồng Tâm đã giải ngân vốn như sau:\n"
    )
    _, facts = reading_to_facts(document, read_document(document))
    found = {(f.source, f.amount_vnd, f.flow, f.period) for f in facts if isinstance(f, Funding)}
    assert found == {
        ("province", 7_200_000_000, "disbursed", "2019-2021"),
        ("credit", 2_800_000_000, "disbursed", "2019-2021"),
    }
