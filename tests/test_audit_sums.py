"""sum_mismatch: funding parts against their stated total."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from auditfacts import COMMUNE_2023, Doc, audit_text
from hypothesis import given
from hypothesis import strategies as st

from baocao.audit.amounts import amount_tolerance
from baocao.audit.blocks import funding_blocks
from baocao.audit.sums import check_sums
from baocao.model import Finding, Funding, Severity

SOURCES = ["central", "province", "district", "commune", "enterprise", "community", "credit"]


def breakdown(total: int, parts: list[int], unit: str = "đồng") -> Doc:
    doc = Doc()
    doc.funding(f"Tổng nguồn vốn huy động năm 2023: {total} {unit}, trong đó:", total * 1)
    for source, amount in zip(SOURCES, parts, strict=False):
        doc.funding(f"- Vốn {source}: {amount} {unit}", amount, source=source)
    return doc


def test_parts_that_add_up_are_not_flagged() -> None:
    doc = breakdown(10_000_000_000, [3_000_000_000, 5_000_000_000, 2_000_000_000])
    assert check_sums(doc.facts, report=COMMUNE_2023) == []


def test_parts_over_the_total_are_a_high_finding_on_the_total() -> None:
    doc = breakdown(10_000_000_000, [3_000_000_000, 5_000_000_000, 2_500_000_000])
    (f,) = check_sums(doc.facts, report=COMMUNE_2023)
    assert f.kind == "sum_mismatch" and f.severity == Severity.HIGH
    assert f.quote.startswith("Tổng nguồn vốn")
    assert f.explain == (
        "3 parts sum to 10.500.000.000 đồng, stated total 10.000.000.000 đồng "
        "(500.000.000 đồng more)"
    )
    assert f.fact_ids == (1, 2, 3, 4)


def test_parts_under_the_total_are_medium_the_list_may_be_incomplete() -> None:
    doc = breakdown(10_000_000_000, [3_000_000_000, 5_000_000_000])
    (f,) = check_sums(doc.facts, report=COMMUNE_2023)
    assert f.severity == Severity.MEDIUM


def test_rounded_parts_may_miss_the_total_by_their_rounding() -> None:
    # 227.014 triệu known to ±0,5 triệu; each part to ±0,05 triệu.
    doc = Doc()
    doc.funding(
        "Giai đoạn 2011-2015: 227.014 triệu đồng",
        227_014_000_000,
        unit_written="triệu đồng",
        period="2011-2015",
    )
    doc.funding(
        "NS tỉnh: 113.507,3 triệu đồng",
        113_507_300_000,
        source="province",
        unit_written="triệu đồng",
    )
    doc.funding(
        "NS xã: 113.507,1 triệu đồng", 113_507_100_000, source="commune", unit_written="triệu đồng"
    )
    assert check_sums(doc.facts) == []  # 227.014,4: within 0,5 + 0,05 + 0,05


def test_a_miss_beyond_the_rounding_is_flagged() -> None:
    doc = Doc()
    doc.funding("Tổng: 227.014 triệu đồng", 227_014_000_000, unit_written="triệu đồng")
    doc.funding(
        "NS tỉnh: 113.507,3 triệu đồng",
        113_507_300_000,
        source="province",
        unit_written="triệu đồng",
    )
    doc.funding(
        "NS xã: 113.508,0 triệu đồng", 113_508_000_000, source="commune", unit_written="triệu đồng"
    )
    assert [f.kind for f in check_sums(doc.facts)] == ["sum_mismatch"]


def test_sub_items_after_a_joined_source_are_its_breakdown_not_siblings() -> None:
    doc = Doc()
    doc.funding("Tổng vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding(
        "Ngân sách Trung ương, tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="central+province"
    )
    doc.funding("trong đó Trung ương: 4.000.000.000 đồng", 4_000_000_000, source="central")
    doc.funding("tỉnh: 2.000.000.000 đồng", 2_000_000_000, source="province")
    doc.funding("Vốn nhân dân: 4.000.000.000 đồng", 4_000_000_000, source="community")
    assert check_sums(doc.facts) == []
    (block,) = funding_blocks(doc.facts)
    assert [f.source for _, f in block.parts] == ["central+province", "community"]
    (sub,) = block.children
    assert [f.source for _, f in sub.parts] == ["central", "province"]


def test_sub_items_that_miss_their_parent_are_flagged_on_the_parent() -> None:
    doc = Doc()
    doc.funding("Tổng vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding(
        "Ngân sách Trung ương, tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="central+province"
    )
    doc.funding("trong đó Trung ương: 4.000.000.000 đồng", 4_000_000_000, source="central")
    doc.funding("tỉnh: 2.500.000.000 đồng", 2_500_000_000, source="province")
    doc.funding("Vốn nhân dân: 4.000.000.000 đồng", 4_000_000_000, source="community")
    (f,) = check_sums(doc.facts)
    assert f.quote.startswith("Ngân sách Trung ương, tỉnh")


def test_other_places_flows_purposes_and_approximations_are_not_parts() -> None:
    doc = Doc()
    doc.funding("Tổng vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding("Vốn tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="province")
    doc.funding("Vốn xã: 4.000.000.000 đồng", 4_000_000_000, source="commune")
    doc.funding(
        "thôn Đông huy động 300.000.000 đồng", 300_000_000, source="community", region="thôn Đông"
    )
    doc.funding(
        "đã giải ngân 2.000.000.000 đồng", 2_000_000_000, source="province", flow="disbursed"
    )
    doc.funding("xây chợ với kinh phí 900.000.000 đồng", 900_000_000, source="other", purpose="chợ")
    doc.funding(
        "nhân dân góp khoảng 500 triệu đồng", 500_000_000, source="community", approx="khoảng"
    )
    assert check_sums(doc.facts) == []


def test_a_source_listed_again_ends_the_breakdown() -> None:
    doc = Doc()
    doc.funding("Tổng vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding("Vốn tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="province")
    doc.funding("Vốn xã: 4.000.000.000 đồng", 4_000_000_000, source="commune")
    doc.line("Về giao thông, ...")
    doc.funding("vốn tỉnh hỗ trợ 1.000.000.000 đồng", 1_000_000_000, source="province")
    assert check_sums(doc.facts) == []


def test_parts_far_from_their_total_start_elsewhere() -> None:
    doc = Doc()
    doc.funding("Tổng vốn: 10.000.000.000 đồng", 10_000_000_000)
    doc.funding("Vốn tỉnh: 6.000.000.000 đồng", 6_000_000_000, source="province")
    doc.line("x" * 5000)
    doc.funding("Vốn xã: 1.000.000.000 đồng", 1_000_000_000, source="commune")
    doc.funding("Vốn nhân dân: 1.000.000.000 đồng", 1_000_000_000, source="community")
    assert check_sums(doc.facts) == []


def test_a_table_total_row_may_come_last() -> None:
    doc = Doc()
    rows = [("province", 6_000_000_000), ("commune", 3_000_000_000), ("total", 10_000_000_000)]
    for i, (source, amount) in enumerate(rows):
        doc.funding(f"{source} | {amount}", amount, source=source, origin=f"table:0:row:{i}")
    (f,) = check_sums(doc.facts, report=COMMUNE_2023)
    assert f.quote == "total | 10000000000"


def test_a_table_without_a_total_row_takes_the_total_stated_just_before_it() -> None:
    doc = Doc()
    doc.funding(
        "Tổng nguồn vốn huy động năm 2023 là 10.000 triệu đồng, cơ cấu như sau:",
        10_000_000_000,
        unit_written="triệu đồng",
    )
    rows = [("province", 6_000), ("commune", 3_000)]
    for i, (source, amount) in enumerate(rows, start=1):
        doc.funding(
            f"{i} | {source} | {amount}",
            amount * 10**6,
            source=source,
            unit_written="triệu đồng",
            origin=f"table:0:row:{i}",
        )
    (f,) = check_sums(doc.facts, report=COMMUNE_2023)
    assert f.quote.startswith("Tổng nguồn vốn huy động năm 2023")
    assert f.explain.startswith("2 parts sum to 9.000.000.000 đồng")


def test_sub_period_totals_must_add_up_to_the_whole_period() -> None:
    doc = Doc()
    doc.funding(
        "Giai đoạn 2011-2019: 484.574 triệu đồng",
        484_574_000_000,
        unit_written="triệu đồng",
        period="2011-2019",
    )
    doc.funding(
        "Giai đoạn 2011-2015: 227.014 triệu đồng",
        227_014_000_000,
        unit_written="triệu đồng",
        period="2011-2015",
    )
    doc.funding(
        "Giai đoạn 2016-2019: 257.560 triệu đồng",
        257_560_000_000,
        unit_written="triệu đồng",
        period="2016-2019",
    )
    assert check_sums(doc.facts) == []
    bad = Doc()
    bad.funding(
        "Giai đoạn 2011-2019: 484.574 triệu đồng",
        484_574_000_000,
        unit_written="triệu đồng",
        period="2011-2019",
    )
    bad.funding(
        "Giai đoạn 2011-2015: 227.014 triệu đồng",
        227_014_000_000,
        unit_written="triệu đồng",
        period="2011-2015",
    )
    bad.funding(
        "Giai đoạn 2016-2019: 257.650 triệu đồng",
        257_650_000_000,
        unit_written="triệu đồng",
        period="2016-2019",
    )
    (f,) = check_sums(bad.facts)
    assert f.quote == "Giai đoạn 2011-2019: 484.574 triệu đồng"


def test_parts_misread_by_a_unit_are_a_unit_finding_not_a_sum_finding() -> None:
    doc = Doc()
    doc.funding("Tổng vốn: 14.808.000.000 đồng", 14_808_000_000)
    doc.funding("Vốn tỉnh: 3.392.000.000 đồng", 3_392_000_000, source="province")
    doc.funding(
        "Vốn huyện: 2.000.000.000 tỷ đồng", 2 * 10**18, source="district", unit_written="tỷ đồng"
    )
    doc.funding("Vốn xã: 9.416.000.000 đồng", 9_416_000_000, source="commune")
    (f,) = check_sums(doc.facts, report=COMMUNE_2023)
    assert f.kind == "unit_implausible"
    assert f.quote == "Vốn huyện: 2.000.000.000 tỷ đồng"


def test_tolerance_is_half_the_last_written_digit() -> None:
    doc = Doc()
    _, a = doc.funding("6.281,5 triệu đồng", 6_281_500_000, unit_written="triệu đồng")
    _, b = doc.funding("227.014 triệu đồng", 227_014_000_000, unit_written="triệu")
    _, c = doc.funding("14.808.000.000 đồng", 14_808_000_000)
    assert isinstance(a, Funding) and isinstance(b, Funding) and isinstance(c, Funding)
    assert amount_tolerance(a) == 50_000
    assert amount_tolerance(b) == 500_000
    assert amount_tolerance(c) == 0.5


@given(st.lists(st.integers(min_value=1, max_value=10**6), min_size=2, max_size=7))
def test_any_exact_breakdown_in_millions_is_consistent(parts: list[int]) -> None:
    doc = Doc()
    total = sum(parts)
    doc.funding(f"Tổng: {total} triệu đồng", total * 10**6, unit_written="triệu đồng")
    for source, amount in zip(SOURCES, parts, strict=False):
        doc.funding(
            f"{source}: {amount} triệu đồng",
            amount * 10**6,
            source=source,
            unit_written="triệu đồng",
        )
    assert check_sums(doc.facts) == []


def test_an_amount_written_among_the_parts_but_not_extracted_is_no_mismatch() -> None:
    # The PDF split "vốn lồng ghép 94.330 triệu đồng" so the extractor missed it: the text
    # shows the lacking amount, so the parts are incomplete, not inconsistent.
    doc = Doc()
    doc.funding("Tổng vốn: 200.000 triệu đồng", 200_000 * 10**6, unit_written="triệu đồng")
    doc.funding(
        "ngân sách tỉnh 60.000 triệu đồng",
        60_000 * 10**6,
        source="province",
        unit_written="triệu đồng",
    )
    doc.line("vốn lồng\nghép 45.670 triệu đồng")
    doc.funding(
        "ngân sách xã 94.330 triệu đồng",
        94_330 * 10**6,
        source="commune",
        unit_written="triệu đồng",
    )
    assert len(check_sums(doc.facts)) == 1  # without the text: parts under the total
    assert check_sums(doc.facts, text=doc.text) == []


def test_an_extracted_part_equal_to_the_gap_does_not_excuse_it() -> None:
    doc = Doc()
    doc.funding("Tổng vốn: 8.000 triệu đồng", 8_000 * 10**6, unit_written="triệu đồng")
    doc.funding(
        "ngân sách tỉnh 2.000 triệu đồng",
        2_000 * 10**6,
        source="province",
        unit_written="triệu đồng",
    )
    doc.funding(
        "ngân sách xã 4.000 triệu đồng", 4_000 * 10**6, source="commune", unit_written="triệu đồng"
    )
    assert len(check_sums(doc.facts, text=doc.text)) == 1


def test_a_range_stated_as_the_total_is_no_sum_to_hold_parts_to() -> None:
    doc = Doc()
    doc.funding(
        "Tổng vốn huy động năm 2023 từ 10 đến 12 tỷ đồng, trong đó:",
        10_000_000_000,
        amount_max_vnd=12_000_000_000,
    )
    doc.funding("- Vốn tỉnh: 7 tỷ đồng", 7_000_000_000, source="province")
    doc.funding("- Vốn huyện: 4 tỷ đồng", 4_000_000_000, source="district")
    assert check_sums(doc.facts, report=COMMUNE_2023) == []


def test_a_range_among_parts_is_no_part() -> None:
    doc = breakdown(10_000_000_000, [3_000_000_000, 5_000_000_000])
    doc.funding(
        "- Vốn nhân dân: khoảng 2-3 tỷ đồng",
        2_000_000_000,
        source="community",
        amount_max_vnd=3_000_000_000,
    )
    [block] = funding_blocks(doc.facts, report=COMMUNE_2023)
    assert len(block.parts) == 2


# -- breakdowns that do not claim to be all of their total --------------------------------


def prose(text: str, *lines: tuple[str, int, str]) -> tuple[list[tuple[int, Funding]], str]:
    """Facts read from one paragraph ``text``: each (quote, amount, source[:approx]), located
    where ``text`` holds the quote."""
    facts: list[tuple[int, Funding]] = []
    for n, (quote, amount, source) in enumerate(lines, start=1):
        source, _, approx = source.partition(":")
        start = text.index(quote)
        facts.append(
            (
                n,
                Funding(
                    document="bao-cao.txt",
                    document_sha256="sha-bao-cao",
                    page=None,
                    start=start,
                    end=start + len(quote),
                    quote=quote,
                    region="huyện Đông Sơn",
                    amount_vnd=amount,
                    unit_written="tỷ đồng",
                    source=source,
                    approx=approx or None,
                ),
            )
        )
    return facts, text


B = 1_000_000_000


def test_parts_short_of_a_total_whose_rest_is_said_to_exist_are_not_flagged() -> None:
    facts, text = prose(
        "Năm 2022 huyện huy động 300 tỷ đồng. Ngân sách tỉnh 40 tỷ đồng, vốn tín dụng 90 tỷ "
        "đồng, còn lại là vốn của doanh nghiệp và người dân.",
        ("huyện huy động 300 tỷ đồng", 300 * B, "total"),
        ("Ngân sách tỉnh 40 tỷ đồng", 40 * B, "province"),
        ("vốn tín dụng 90 tỷ đồng", 90 * B, "credit"),
    )
    assert check_sums(facts, text=text) == []
    # the twin: the same parts, no word of a rest: flagged
    facts, text = prose(
        "Năm 2022 huyện huy động 300 tỷ đồng. Ngân sách tỉnh 40 tỷ đồng, vốn tín dụng 90 tỷ "
        "đồng. Xã Đông Hòa về đích.",
        ("huyện huy động 300 tỷ đồng", 300 * B, "total"),
        ("Ngân sách tỉnh 40 tỷ đồng", 40 * B, "province"),
        ("vốn tín dụng 90 tỷ đồng", 90 * B, "credit"),
    )
    assert [f.kind for f in check_sums(facts, text=text)] == ["sum_mismatch"]


def test_parts_over_a_total_whose_rest_is_said_to_exist_are_still_flagged() -> None:
    facts, text = prose(
        "Huyện huy động 100 tỷ đồng: ngân sách tỉnh 70 tỷ đồng, vốn tín dụng 60 tỷ đồng, "
        "còn lại từ các nguồn khác.",
        ("Huyện huy động 100 tỷ đồng", 100 * B, "total"),
        ("ngân sách tỉnh 70 tỷ đồng", 70 * B, "province"),
        ("vốn tín dụng 60 tỷ đồng", 60 * B, "credit"),
    )
    (f,) = check_sums(facts, text=text)
    assert f.severity == Severity.HIGH


def test_a_breakdown_going_on_with_an_approximate_line_is_not_flagged() -> None:
    lead = (
        "Giai đoạn 2016-2020 huyện huy động 900 tỷ đồng. Vốn tỉnh 100 tỷ đồng, vốn xã 50 tỷ đồng."
    )
    facts, text = prose(
        lead + " Người dân góp trên 300 tỷ đồng, doanh nghiệp gần 200 tỷ đồng.",
        ("huyện huy động 900 tỷ đồng", 900 * B, "total"),
        ("Vốn tỉnh 100 tỷ đồng", 100 * B, "province"),
        ("vốn xã 50 tỷ đồng", 50 * B, "commune"),
        ("Người dân góp trên 300 tỷ đồng", 300 * B, "community:trên"),
        ("doanh nghiệp gần 200 tỷ đồng", 200 * B, "enterprise:gần"),
    )
    assert check_sums(facts, text=text) == []
    # the twin: nothing follows the two parts
    facts, text = prose(
        lead,
        ("huyện huy động 900 tỷ đồng", 900 * B, "total"),
        ("Vốn tỉnh 100 tỷ đồng", 100 * B, "province"),
        ("vốn xã 50 tỷ đồng", 50 * B, "commune"),
    )
    assert [f.kind for f in check_sums(facts, text=text)] == ["sum_mismatch"]


def test_trong_do_in_running_text_names_some_sources_only() -> None:
    facts, text = prose(
        "Tổng vốn đầu tư năm 2021 là 500 tỷ đồng. Trong đó, vốn Trung ương 60 tỷ đồng, "
        "lớn nhất là vốn doanh nghiệp 250 tỷ đồng.",
        ("Tổng vốn đầu tư năm 2021 là 500 tỷ đồng", 500 * B, "total"),
        ("vốn Trung ương 60 tỷ đồng", 60 * B, "central"),
        ("vốn doanh nghiệp 250 tỷ đồng", 250 * B, "enterprise"),
    )
    assert check_sums(facts, text=text) == []


@pytest.mark.parametrize(
    "lead",
    [
        "Tổng vốn đầu tư năm 2021 là 500 tỷ đồng, trong đó: ",
        "Tổng vốn đầu tư năm 2021 là 500 tỷ đồng. Trong đó bao gồm ",
        "Tổng vốn đầu tư năm 2021 là 500 tỷ đồng, cơ cấu như sau: ",
        "Tổng vốn đầu tư năm 2021 là 500 tỷ đồng. ",
    ],
)
def test_a_breakdown_claiming_the_whole_that_falls_short_is_flagged(lead: str) -> None:
    facts, text = prose(
        lead + "vốn Trung ương 60 tỷ đồng; vốn doanh nghiệp 250 tỷ đồng.",
        ("Tổng vốn đầu tư năm 2021 là 500 tỷ đồng", 500 * B, "total"),
        ("vốn Trung ương 60 tỷ đồng", 60 * B, "central"),
        ("vốn doanh nghiệp 250 tỷ đồng", 250 * B, "enterprise"),
    )
    assert [f.kind for f in check_sums(facts, text=text)] == ["sum_mismatch"]


def test_a_rest_word_past_the_paragraph_or_the_next_total_does_not_open_a_breakdown() -> None:
    facts, text = prose(
        "Năm 2022 huyện huy động 300 tỷ đồng. Ngân sách tỉnh 40 tỷ đồng, vốn tín dụng 90 tỷ "
        "đồng.\nCác xã còn lại phấn đấu về đích năm 2025.",
        ("huyện huy động 300 tỷ đồng", 300 * B, "total"),
        ("Ngân sách tỉnh 40 tỷ đồng", 40 * B, "province"),
        ("vốn tín dụng 90 tỷ đồng", 90 * B, "credit"),
    )
    assert [f.kind for f in check_sums(facts, text=text)] == ["sum_mismatch"]


def test_trong_do_opening_a_list_on_the_next_lines_claims_the_whole() -> None:
    doc = Doc()
    doc.funding("Tổng vốn năm 2023: 9.000.000.000 đồng. Trong đó", 9_000_000_000)
    doc.funding("- Vốn tỉnh: 3.000.000.000 đồng", 3_000_000_000, source="province")
    doc.funding("- Vốn xã: 2.000.000.000 đồng", 2_000_000_000, source="commune")
    assert [f.kind for f in check_sums(doc.facts, text=doc.text)] == ["sum_mismatch"]


def test_an_approximate_line_of_another_period_does_not_open_a_breakdown() -> None:
    facts, text = prose(
        "Năm 2022 huyện huy động 900 tỷ đồng: vốn tỉnh 100 tỷ đồng, vốn xã 50 tỷ đồng; "
        "năm 2023 người dân góp trên 300 tỷ đồng.",
        ("huyện huy động 900 tỷ đồng", 900 * B, "total"),
        ("vốn tỉnh 100 tỷ đồng", 100 * B, "province"),
        ("vốn xã 50 tỷ đồng", 50 * B, "commune"),
        ("người dân góp trên 300 tỷ đồng", 300 * B, "community:trên"),
    )
    facts = [(fid, replace(f, period="2023" if f.approx else "2022")) for fid, f in facts]
    assert [f.kind for f in check_sums(facts, text=text)] == ["sum_mismatch"]


@pytest.mark.parametrize(
    ("approx", "parts", "flagged"),
    [
        ("hơn", [70, 45], False),  # 115 over "more than 100": consistent
        ("hơn", [40, 30], True),  # 70 short of "more than 100": still short
        ("gần", [40, 50], False),  # 90 under "nearly 100"
        ("gần", [70, 45], True),  # 115 over "nearly 100"
        ("khoảng", [50, 45], False),  # 95, about 100
        ("khoảng", [70, 60], True),  # 130 is not about 100
    ],
)
def test_an_approximate_total_is_known_on_one_side(
    approx: str, parts: list[int], flagged: bool
) -> None:
    facts, text = prose(
        f"Năm 2023 huyện huy động {approx} 100 tỷ đồng: vốn tỉnh {parts[0]} tỷ đồng, vốn tín "
        f"dụng {parts[1]} tỷ đồng.",
        (f"huyện huy động {approx} 100 tỷ đồng", 100 * B, f"total:{approx}"),
        (f"vốn tỉnh {parts[0]} tỷ đồng", parts[0] * B, "province"),
        (f"vốn tín dụng {parts[1]} tỷ đồng", parts[1] * B, "credit"),
    )
    assert bool(check_sums(facts, text=text)) == flagged


# -- a part in a smaller unit among parts in a larger one ---------------------------------------

_COMMUNE_HEADER = "BÁO CÁO\nKết quả xây dựng nông thôn mới xã Phú Xuân năm 2024\n\n"


def _audited(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "phu-xuan.txt", _COMMUNE_HEADER + body, ("sum_mismatch",))


@pytest.mark.parametrize(
    "body",
    [
        # 6 + 1,8 + 0,25 = 8,05 tỷ of 8,4: "6 tỷ" is ±0,5 tỷ alone, but the part in triệu
        # shows the breakdown counts to the digit; "gồm" says the parts are all of it
        "Năm 2024, tổng vốn huy động của xã là 8,4 tỷ đồng, gồm: ngân sách tỉnh 6 tỷ đồng, "
        "ngân sách huyện 1,8 tỷ đồng, nhân dân đóng góp 250 triệu đồng.\n",
        # the small part in the middle, the parts over their total
        "Năm 2024, tổng vốn huy động của xã là 9,1 tỷ đồng, cụ thể: ngân sách tỉnh 7 tỷ "
        "đồng, doanh nghiệp hỗ trợ 450 triệu đồng, ngân sách huyện 1,9 tỷ đồng.\n",
    ],
)
def test_a_part_in_a_smaller_unit_holds_a_whole_breakdown_to_its_digit(
    tmp_path: Path, body: str
) -> None:
    [found] = _audited(tmp_path, body)
    assert found.severity == Severity.MEDIUM
    assert "a part written in a smaller unit" in found.explain


@pytest.mark.parametrize(
    "body",
    [
        # "trong đó" of running text names some sources only: short of the total is no finding
        "Năm 2024, tổng vốn huy động của xã là 8,4 tỷ đồng, trong đó ngân sách tỉnh 6 tỷ "
        "đồng, ngân sách huyện 1,8 tỷ đồng, nhân dân đóng góp 250 triệu đồng.\n",
        # the rest is said to exist
        "Năm 2024, tổng vốn huy động của xã là 8,4 tỷ đồng, gồm: ngân sách tỉnh 6 tỷ đồng, "
        "ngân sách huyện 1,8 tỷ đồng, nhân dân đóng góp 250 triệu đồng, còn lại là vốn tín "
        "dụng.\n",
        # parts that add up at the finer reading: 6 + 1,8 + 0,6 = 8,4
        "Năm 2024, tổng vốn huy động của xã là 8,4 tỷ đồng, gồm: ngân sách tỉnh 6 tỷ đồng, "
        "ngân sách huyện 1,8 tỷ đồng, nhân dân đóng góp 600 triệu đồng.\n",
        # all in tỷ, whole numbers: "6 tỷ" keeps its ±0,5 tỷ (7,5 of 7,8)
        "Năm 2024, tổng vốn huy động của xã là 7,8 tỷ đồng, gồm: ngân sách tỉnh 6 tỷ đồng, "
        "ngân sách huyện 1,5 tỷ đồng.\n",
    ],
)
def test_a_part_in_a_smaller_unit_in_an_open_or_fitting_breakdown_is_not_flagged(
    tmp_path: Path, body: str
) -> None:
    assert _audited(tmp_path, body) == []


def test_a_rest_word_in_the_sentence_before_the_parts_does_not_open_them() -> None:
    # the rest word is of the total's share ("vốn tỉnh 20%, còn lại …"), in its own sentence;
    # the parts' sentence names five sources of the total and falls short of it
    lead = (
        "Sau 5 năm, tỉnh đã huy động hơn 900 tỷ đồng, trong đó vốn tỉnh chiếm 20%, còn lại "
        "là vốn của dân.\n"
    )
    parts = (
        "Trong tổng vốn trên thì ngân sách Trung ương 80 tỷ đồng; ngân sách tỉnh 150 tỷ đồng; "
        "vốn lồng ghép 300 tỷ đồng; vốn tín dụng 110 tỷ đồng, doanh nghiệp 60 tỷ đồng."
    )
    rows = (
        ("tỉnh đã huy động hơn 900 tỷ đồng", 900 * B, "total:hơn"),
        ("Trong tổng vốn trên thì ngân sách Trung ương 80 tỷ đồng", 80 * B, "central"),
        ("ngân sách tỉnh 150 tỷ đồng", 150 * B, "province"),
        ("vốn lồng ghép 300 tỷ đồng", 300 * B, "integrated"),
        ("vốn tín dụng 110 tỷ đồng", 110 * B, "credit"),
        ("doanh nghiệp 60 tỷ đồng", 60 * B, "enterprise"),
    )
    facts, text = prose(lead + parts, *rows)
    (f,) = check_sums(facts, text=text)
    assert f.kind == "sum_mismatch" and f.severity == Severity.MEDIUM
    # the parts' own sentence is the claim, so the finding points at its first part
    assert f.quote.startswith("Trong tổng vốn trên thì")
    # the twin: the rest word in the parts' sentence leaves them open
    facts, text = prose(lead + parts[:-1] + ", còn lại là vốn khác.", *rows)
    assert check_sums(facts, text=text) == []
