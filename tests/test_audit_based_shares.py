"""An amount's share of a base amount written after the percent (audit/percents.py,
based_money_shares): a plan's multiple of a base year may pass 100%, yet it is still the one
amount over the other."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_HEADER = "UBND HUYỆN CHÂU THÀNH\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2021\n\n"


def findings(tmp_path: Path, body: str) -> list:
    return audit_text(tmp_path, "chau-thanh.txt", _HEADER + body, ("percent_mismatch",))


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (  # 5.204/1.500 = 346,9%: stated 350%
            "Năm 2021, huyện huy động 5.204 triệu đồng, bằng 350% so với năm 2020 (1.500 "
            "triệu đồng).\n",
            "5.204/1.500 = 346,93%",
        ),
        (  # under 100%, the base named as a plan: 3.120/4.800 = 65%
            "Vốn giải ngân năm 2021 đạt 3.120 triệu đồng, bằng 70% kế hoạch là 4.800 triệu đồng.\n",
            "3.120/4.800 = 65,00%",
        ),
    ],
)
def test_a_share_of_a_base_written_after_it(tmp_path: Path, body: str, says: str) -> None:
    [found] = findings(tmp_path, body)
    assert says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2021, huyện huy động 5.204 triệu đồng, bằng 347% so với năm 2020 (1.500 triệu "
        "đồng).\n",
        # amounts written to the tỷ: 52 ± 0,5 over 15 ± 0,5 may be 350%
        "Kế hoạch vốn năm 2021 là 52 tỷ đồng, bằng 350% vốn năm 2020 là 15 tỷ đồng.\n",
        # the second amount is a change, not the base
        "Tổng vốn năm 2021 đạt 5.204 triệu đồng, bằng 350% và tăng 3.700 triệu đồng so với "
        "năm 2020.\n",
        # an approximate base gives no share to hold
        "Năm 2021 huy động 5.204 triệu đồng, bằng 350% năm trước khoảng 1.500 triệu đồng.\n",
    ],
)
def test_shares_of_a_base_that_fit_or_have_none_are_not_flagged(tmp_path: Path, body: str) -> None:
    assert findings(tmp_path, body) == []
