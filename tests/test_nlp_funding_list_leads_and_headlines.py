"""Whose money a list's items and a headline's amount are (README, "Decisions", twelfth
session):

* items listed after a lead "nguồn vốn ngân sách tỉnh gồm: …" in a later sentence of the
  paragraph than its first amount are of the lead's budget, as a lead before the paragraph's
  first amount already gave them; "ngân sách tập trung" is a kind of state money, the
  level's under such a lead;
* a headline's amount naming no source ("Bình Thuận: Đóng góp 90 tỷ đồng …") is of the
  source the body names with the same amount, not the total.

Our own wordings."""

from __future__ import annotations

from readfacts import NEWS, facts_of


def _funding(make_document, body: str) -> list[tuple[str, int]]:
    return [
        (f.source, f.amount_vnd)
        for f in facts_of(make_document, body, name=NEWS)
        if f.kind == "funding"
    ]


def test_items_after_a_lead_in_a_later_sentence_are_of_its_budget(make_document) -> None:
    body = (
        "Năm 2024, huyện Lâm Hà giải ngân 80 tỷ đồng. Trong đó, nguồn vốn ngân sách tỉnh gồm: "
        "vốn xổ số (9 tỷ đồng); ngân sách tập trung (700 triệu đồng).\n"
    )
    found = _funding(make_document, body)
    assert ("province", 9 * 10**9) in found
    assert ("province", 700 * 10**6) in found


def test_a_headline_naming_no_source_takes_the_bodys(make_document) -> None:
    body = (
        "Bình Thuận: Đóng góp 90 tỷ đồng xây dựng nông thôn mới\n\n"
        "Năm 2013, tỉnh Bình Thuận huy động 700 tỷ đồng; trong đó nhân dân đóng góp 90 tỷ đồng.\n"
    )
    found = _funding(make_document, body)
    assert found.count(("community", 90 * 10**9)) == 2
    assert ("total", 90 * 10**9) not in found
