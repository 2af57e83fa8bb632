"""A whole that names its sources instead of being called a total ("Từ nguồn ngân sách Trung
ương và vốn đối ứng địa phương, tỉnh đã bố trí 237 tỷ đồng, trong đó …") against the parts
the text leads into after it (audit/sums.py, named_whole_blocks): kinds of its capital (a
split by type, all of it) or budgets of its levels, in its sentence or going on in the next
one. Each case is a short report of our own, read by the extractor and audited as `baocao
audit` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_HEADER = "UBND TỈNH QUẢNG BÌNH\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"


def sums(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "quang-binh.txt", _HEADER + body, ("sum_mismatch",))


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (  # kinds of capital short of the whole they split
            "Từ nguồn ngân sách Trung ương và vốn đối ứng địa phương, năm 2023 tỉnh đã bố trí "
            "246 tỷ đồng để thực hiện Chương trình, trong đó vốn đầu tư phát triển 160 tỷ "
            "đồng; vốn sự nghiệp 66 tỷ đồng.\n",
            "20.000.000.000 đồng less",
        ),
        (  # budgets of its levels over the whole, after "gồm:"
            "Năm 2023 tỉnh đã phân bổ 95 tỷ đồng từ ngân sách Trung ương và ngân sách tỉnh, "
            "gồm: ngân sách Trung ương 62 tỷ đồng, ngân sách tỉnh 43 tỷ đồng.\n",
            "10.000.000.000 đồng more",
        ),
        (  # the parts going on in the next sentence
            "Năm 2023, tỉnh đã bố trí 180 tỷ đồng từ ngân sách Trung ương và ngân sách tỉnh, "
            "trong đó ngân sách Trung ương 125 tỷ đồng. Ngân sách tỉnh 75 tỷ đồng.\n",
            "20.000.000.000 đồng more",
        ),
        (  # led into from the next sentence
            "Từ nguồn ngân sách nhà nước, năm 2023 tỉnh đã bố trí 300 tỷ đồng. Trong đó, vốn "
            "đầu tư phát triển 210 tỷ đồng, vốn sự nghiệp 110 tỷ đồng.\n",
            "20.000.000.000 đồng more",
        ),
    ],
)
def test_a_named_whole_its_parts_do_not_give_is_flagged(
    tmp_path: Path, body: str, says: str
) -> None:
    (found,) = sums(tmp_path, body)
    assert says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        # parts that make the whole
        "Từ nguồn ngân sách Trung ương và vốn đối ứng địa phương, năm 2023 tỉnh đã bố trí 237 "
        "tỷ đồng, trong đó vốn đầu tư phát triển 171 tỷ đồng; vốn sự nghiệp 66 tỷ đồng.\n",
        # "trong đó" naming one budget of two in running text: some of it only
        "Năm 2023 tỉnh đã phân bổ 180 tỷ đồng từ ngân sách Trung ương và ngân sách tỉnh, trong "
        "đó ngân sách Trung ương 120 tỷ đồng, ngân sách tỉnh hỗ trợ các xã khó khăn 30 tỷ "
        "đồng.\n",
        # the next sentence's statement of its own, with a flow of its own
        "Từ nguồn ngân sách nhà nước, tỉnh đã bố trí 90 tỷ đồng, trong đó vốn đầu tư phát "
        "triển 60 tỷ đồng. Tỉnh đã giải ngân 25 tỷ đồng vốn sự nghiệp.\n",
        # no words leading into parts: amounts of their own
        "Năm 2023 tỉnh đã phân bổ 95 tỷ đồng từ ngân sách Trung ương và ngân sách tỉnh. Ngân "
        "sách Trung ương hỗ trợ 62 tỷ đồng làm đường, ngân sách tỉnh 43 tỷ đồng.\n",
    ],
)
def test_a_named_whole_its_parts_give_or_do_not_claim_is_not_flagged(
    tmp_path: Path, body: str
) -> None:
    assert sums(tmp_path, body) == []
