"""Money by source against its stated total: the parts may miss the total only by the
rounding of the amounts written, and a part's share must be its amount over the total
(sum_mismatch and percent_mismatch, audit/sums.py and audit/percents.py over
audit/blocks.py). The total may come before its parts or right after them ("Tổng cộng …").
Each case is a short report of our own, read by the extractor and audited as `baocao audit`
does."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_HEADER = "UBND HUYỆN YÊN LẠC\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"
_KINDS = ("sum_mismatch", "percent_mismatch", "unit_implausible")


def money(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "yen-lac.txt", _HEADER + body, _KINDS)


@pytest.mark.parametrize(
    ("body", "kind", "quote", "says"),
    [
        (  # parts over the total; "ngân sách huyện, xã 50 tỷ đồng" is a part, not a place
            "Tổng vốn huy động năm 2022 là 500 tỷ đồng, trong đó: ngân sách trung ương 120 tỷ "
            "đồng; ngân sách tỉnh 80 tỷ đồng; ngân sách huyện, xã 50 tỷ đồng; vốn tín dụng 150 "
            "tỷ đồng; vốn doanh nghiệp 40 tỷ đồng; nhân dân đóng góp 70 tỷ đồng.\n",
            "sum_mismatch",
            "Tổng vốn huy động năm 2022 là 500 tỷ đồng",
            "6 parts sum to 510.000.000.000 đồng",
        ),
        (  # the total after its parts
            "Kết quả huy động nguồn lực: vốn ngân sách nhà nước 230 tỷ đồng; vốn tín dụng 150 tỷ "
            "đồng; vốn doanh nghiệp và nhân dân đóng góp 100 tỷ đồng. Tổng cộng 500 tỷ đồng.\n",
            "sum_mismatch",
            "Tổng cộng 500 tỷ đồng",
            "3 parts sum to 480.000.000.000 đồng",
        ),
        (  # parts under the total by more than their rounding, nothing else written
            "Tổng nguồn vốn đã huy động là 320,5 tỷ đồng. Cụ thể: vốn ngân sách trung ương "
            "100,2 tỷ đồng; ngân sách địa phương 150,3 tỷ đồng; vốn lồng ghép 40 tỷ đồng; nhân "
            "dân đóng góp 20 tỷ đồng.\n",
            "sum_mismatch",
            "Tổng nguồn vốn đã huy động là 320,5 tỷ đồng",
            "10.000.000.000 đồng less",
        ),
        (  # a source's share that its amount over the total does not give
            "Tổng kinh phí thực hiện 200 tỷ đồng, gồm: ngân sách nhà nước 150 tỷ đồng (chiếm "
            "70%), nhân dân đóng góp 50 tỷ đồng (chiếm 25%).\n",
            "percent_mismatch",
            "ngân sách nhà nước 150 tỷ đồng (chiếm 70%)",
            "150/200 = 75,00%, stated 70%",
        ),
        (  # a share of a total known from below can only be smaller than part/total
            "Sau 8 năm, tổng nguồn lực huy động là trên 250 tỷ đồng; trong đó vốn nhân dân "
            "đóng góp 180 tỷ đồng (chiếm 80% tổng nguồn vốn của xã).\n",
            "percent_mismatch",
            "vốn nhân dân đóng góp 180 tỷ đồng (chiếm 80%",
            "180/250 = 72,00%, stated 80%",
        ),
        (  # the same with the total after the parts
            "Vốn ngân sách nhà nước 60 tỷ đồng, chiếm 40%; vốn tín dụng 45 tỷ đồng, chiếm 30%; "
            "nhân dân đóng góp 45 tỷ đồng, chiếm 35%. Tổng cộng 150 tỷ đồng.\n",
            "percent_mismatch",
            "nhân dân đóng góp 45 tỷ đồng, chiếm 35%",
            "45/150 = 30,00%, stated 35%",
        ),
    ],
)
def test_parts_or_shares_that_their_total_does_not_give(
    tmp_path: Path, body: str, kind: str, quote: str, says: str
) -> None:
    [found] = money(tmp_path, body)
    assert (found.kind, found.quote) == (kind, quote) and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Tổng vốn huy động năm 2022 là 500 tỷ đồng, trong đó: ngân sách trung ương 120 tỷ đồng; "
        "ngân sách tỉnh 80 tỷ đồng; ngân sách huyện, xã 50 tỷ đồng; vốn tín dụng 140 tỷ đồng; "
        "vốn doanh nghiệp 40 tỷ đồng; nhân dân đóng góp 70 tỷ đồng.\n",
        "Kết quả huy động nguồn lực: vốn ngân sách nhà nước 250 tỷ đồng; vốn tín dụng 150 tỷ "
        "đồng; vốn doanh nghiệp và nhân dân đóng góp 100 tỷ đồng. Tổng cộng 500 tỷ đồng.\n",
        # parts rounded to one decimal miss the total by less than their rounding
        "Tổng nguồn vốn đã huy động là 320,5 tỷ đồng. Cụ thể: vốn ngân sách trung ương 100,2 "
        "tỷ đồng; ngân sách địa phương 150,3 tỷ đồng; vốn lồng ghép 50 tỷ đồng; nhân dân đóng "
        "góp 20 tỷ đồng.\n",
        "Tổng kinh phí thực hiện 200 tỷ đồng, gồm: ngân sách nhà nước 150 tỷ đồng (chiếm 75%), "
        "nhân dân đóng góp 50 tỷ đồng (chiếm 25%).\n",
        "Vốn ngân sách nhà nước 60 tỷ đồng, chiếm 40%; vốn tín dụng 45 tỷ đồng, chiếm 30%; "
        "nhân dân đóng góp 45 tỷ đồng, chiếm 30%. Tổng cộng 150 tỷ đồng.\n",
        # a total after parts that has parts of its own is their total, not the earlier ones'
        "Vốn tín dụng 45 tỷ đồng; nhân dân đóng góp 30 tỷ đồng.\n"
        "Tổng vốn năm 2022 là 90 tỷ đồng, gồm ngân sách tỉnh 50 tỷ đồng, ngân sách huyện 40 tỷ "
        "đồng.\n",
        # a total known from below: any share up to part over it may hold
        "Sau 8 năm, tổng nguồn lực huy động là trên 250 tỷ đồng; trong đó vốn nhân dân đóng "
        "góp 180 tỷ đồng (chiếm 65% tổng nguồn vốn của xã).\n",
    ],
)
def test_breakdowns_that_make_their_total_are_not_flagged(tmp_path: Path, body: str) -> None:
    assert money(tmp_path, body) == []


def test_one_wrong_amount_written_with_its_share_is_one_finding(tmp_path: Path) -> None:
    # the county's 25 tỷ is the one wrong number: the others leave 35 tỷ of 100, its 35%
    body = (
        "Tổng vốn huy động năm 2022 là 100 tỷ đồng, trong đó: ngân sách trung ương 45 tỷ "
        "đồng, chiếm 45%; ngân sách huyện 25 tỷ đồng, chiếm 35%; nhân dân đóng góp 20 tỷ "
        "đồng, chiếm 20%.\n"
    )
    [found] = money(tmp_path, body)
    assert found.kind == "percent_mismatch"
    assert found.quote.startswith("ngân sách huyện 25 tỷ")
    assert "the other parts leave 35 of the total" in found.explain
    assert "3 parts sum to 90.000.000.000 đồng" in found.explain


def test_a_wrong_share_and_a_gap_it_does_not_fill_stay_two_findings(tmp_path: Path) -> None:
    # 25 of 100 is not 30%, and the others leave 35, not 30: two numbers are wrong
    body = (
        "Tổng vốn huy động năm 2022 là 100 tỷ đồng, trong đó: ngân sách trung ương 45 tỷ "
        "đồng, chiếm 45%; ngân sách huyện 25 tỷ đồng, chiếm 30%; nhân dân đóng góp 20 tỷ "
        "đồng, chiếm 20%.\n"
    )
    kinds = sorted(f.kind for f in money(tmp_path, body))
    assert kinds == ["percent_mismatch", "sum_mismatch"]
