"""Classes of source wordings set BH found failing, rebuilt in our own words:

* a level's budget written with a plural quantifier ("ngân sách các xã", "vốn ngân sách
  các huyện") is that level's budget (`commune`, `district`), summed over its units;
  inside a "Trong đó," list, also in a table cell, such a part is never the `total`;
* money "of the (other) programmes and projects" ("vốn các chương trình, dự án khác") in a
  source breakdown is `integrated` even without the word "lồng ghép".
"""

from __future__ import annotations

from readfacts import facts_of


def _sources(make_document, body: str) -> set[tuple]:
    return {(f.source, f.amount_vnd) for f in facts_of(make_document, body) if f.kind == "funding"}


def test_plural_commune_budget_is_the_commune_budget(make_document) -> None:
    body = (
        "Giai đoạn 2016-2020, huyện Tây Sơn huy động 640 tỷ đồng. Trong đó, vốn Trung ương "
        "120 tỷ đồng, ngân sách các xã 35 tỷ đồng.\n"
    )
    found = _sources(make_document, body)
    assert ("commune", 35_000_000_000) in found
    assert ("total", 35_000_000_000) not in found


def test_plural_district_budget_is_the_district_budget(make_document) -> None:
    body = (
        "Giai đoạn 2016-2020, tỉnh Phú Yên huy động 900 tỷ đồng. Trong đó, vốn ngân sách "
        "các huyện 14 tỷ đồng, vốn tỉnh 60 tỷ đồng.\n"
    )
    found = _sources(make_document, body)
    assert ("district", 14_000_000_000) in found


def test_plural_budget_in_a_table_cell_list_is_never_total(make_document) -> None:
    body = (
        "Giai đoạn 2011-2015, huyện Tây Sơn huy động 300 tỷ đồng.\n"
        "| Trong đó, vốn tỉnh 40 tỷ đồng, vốn ngân sách các cấp xã 22 tỷ đồng |\n"
    )
    found = _sources(make_document, body)
    assert ("commune", 22_000_000_000) in found
    assert ("total", 22_000_000_000) not in found


def test_unnamed_part_of_a_table_cell_list_is_never_total(make_document) -> None:
    body = (
        "Năm 2019, huyện Phù Cát huy động 150 tỷ đồng.\n"
        "| Trong đó, vốn Trung ương 50 tỷ đồng, tiền mặt 7 tỷ đồng |\n"
    )
    found = _sources(make_document, body)
    assert ("total", 7_000_000_000) not in found
    assert ("other", 7_000_000_000) in found


def test_programmes_and_projects_money_is_integrated(make_document) -> None:
    body = (
        "Năm 2019, huyện Phù Cát huy động 150 tỷ đồng. Trong đó, vốn tỉnh 30 tỷ đồng, "
        "vốn các chương trình, dự án 25 tỷ đồng, nguồn vốn các chương trình, dự án khác "
        "4 tỷ đồng.\n"
    )
    found = _sources(make_document, body)
    assert ("integrated", 25_000_000_000) in found
    assert ("integrated", 4_000_000_000) in found


def test_other_programmes_money_in_a_table_cell_is_integrated(make_document) -> None:
    body = (
        "Năm 2019, huyện Phù Cát huy động 150 tỷ đồng.\n"
        "| Trong đó, vốn Trung ương 50 tỷ đồng, từ các chương trình, dự án khác 3 tỷ đồng |\n"
    )
    found = _sources(make_document, body)
    assert ("integrated", 3_000_000_000) in found
    assert ("total", 3_000_000_000) not in found
