"""A list's lead line says what was done with the money its lines break down: "… đã được
phân bổ vốn như sau:" ⏎ "- Ngân sách tỉnh: …" is money allocated, not mobilised (the
default), on every line under the lead — sub-lines of a source heading and a closing sum
too; a lead stating a goal ("phấn đấu huy động …, trong đó:") makes each line under it
planned however deep (FACTS.md: goals are extracted and marked). Found by the funding
wording probe (``test_funding_wording_grammar.py``); our own wordings."""

from __future__ import annotations

import pytest
from readfacts import facts_of


def _flows(make_document, body: str) -> list[tuple[int, str]]:
    return sorted(
        (f.amount_vnd, f.flow) for f in facts_of(make_document, body) if f.kind == "funding"
    )


@pytest.mark.parametrize(
    ("verb", "flow"),
    [("đã được phân bổ", "allocated"), ("đã giải ngân", "disbursed"), ("được bố trí", "allocated")],
)
def test_lines_under_a_lead_take_its_flow(make_document, verb: str, flow: str) -> None:
    body = (
        f"Năm 2024, xã Đồng Tâm {verb} vốn thực hiện Chương trình như sau:\n"
        "- Vốn ngân sách huyện: 3.150 triệu đồng;\n"
        "- Vốn lồng ghép: 1,2 tỷ đồng.\n"
    )
    assert _flows(make_document, body) == [(1_200_000_000, flow), (3_150_000_000, flow)]


def test_sub_lines_of_a_source_heading_and_a_goal_lead(make_document) -> None:
    body = (
        "Giai đoạn 2026-2030, huyện Yên Lạc phấn đấu huy động tổng nguồn vốn 96 tỷ đồng, "
        "trong đó:\n"
        "- Ngân sách tỉnh: 60 tỷ đồng, gồm:\n"
        "+ Vốn đầu tư phát triển: 45 tỷ đồng;\n"
        "+ Vốn sự nghiệp: 15 tỷ đồng;\n"
        "- Vốn tín dụng: 36 tỷ đồng.\n"
    )
    flows = _flows(make_document, body)
    assert [a for a, _ in flows] == sorted(
        [96_000_000_000, 60_000_000_000, 45_000_000_000, 15_000_000_000, 36_000_000_000]
    )
    assert {f for _, f in flows} == {"planned"}


def test_a_running_line_ends_the_lead(make_document) -> None:
    # the lead's verb reaches only the list under it, not a paragraph after a running line
    body = (
        "Năm 2023, xã Tân Lập đã được bố trí vốn như sau:\n"
        "- Ngân sách tỉnh: 2 tỷ đồng.\n"
        "Các công trình hoàn thành đúng tiến độ.\n"
        "Vốn nhân dân: 500 triệu đồng.\n"
    )
    assert _flows(make_document, body) == [(500_000_000, "mobilised"), (2_000_000_000, "allocated")]


def test_lines_under_a_goal_lead_keep_its_span(make_document) -> None:
    # the span the lead dates its money with is every line's, the closing sum's too
    body = (
        "Giai đoạn 2026-2030, xã Bình Dương dự kiến huy động vốn từ các nguồn sau:\n"
        "- Vốn tín dụng: 14 tỷ đồng;\n"
        "- Ngân sách xã: 6 tỷ đồng.\n"
        "Tổng cộng: 20 tỷ đồng.\n"
    )
    facts = [f for f in facts_of(make_document, body) if f.kind == "funding"]
    assert {(f.period, f.flow) for f in facts} == {("2026-2030", "planned")}
    assert len(facts) == 3
