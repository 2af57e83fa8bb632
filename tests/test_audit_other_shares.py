"""A K/N and a percentage of different things in one sentence raise no `percent_mismatch`
(set Z's class, ninth session): "88/91 xã …, tỷ lệ hộ … đạt 61,5%" states the communes'
count and the households' rate, so the check pairs a percentage with a K/N only when they
state the same share. Each case is a short report of our own, read by the extractor and
audited as `baocao audit` does; the auditor's own rule is tested on facts too."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.audit.percents import share_of_other_things
from baocao.model import Finding

_HEADER = "UBND TỈNH NINH BÌNH\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def shares(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "ninh-binh.txt", _HEADER + body, ("percent_mismatch",))


@pytest.mark.parametrize(
    "body",
    [
        "Đến hết năm 2022, có 104/119 xã có tỷ lệ hộ dân dùng nước sạch đạt 58,4%.\n",
        "Đến hết năm 2022, 104/119 xã đạt tiêu chí môi trường, trong đó tỷ lệ hộ dùng nước "
        "sạch đạt 58,4%.\n",
        "Đến hết năm 2022, toàn tỉnh có 104/119 xã đạt chuẩn; tỷ lệ lao động qua đào tạo đạt "
        "58,4%.\n",
        "Đến hết năm 2022, toàn tỉnh có 104/119 xã đạt chuẩn, tỷ lệ người dân tham gia bảo "
        "hiểm y tế đạt 58,4%.\n",
    ],
)
def test_a_rate_of_other_things_is_no_share_of_the_count(tmp_path: Path, body: str) -> None:
    assert shares(tmp_path, body) == []


def test_the_units_own_share_is_still_checked(tmp_path: Path) -> None:
    body = "Đến hết năm 2022, có 104/119 xã đạt chuẩn nông thôn mới, chiếm 58,4%.\n"
    found = shares(tmp_path, body)
    assert len(found) == 1
    assert "104/119" in found[0].explain


@pytest.mark.parametrize(
    ("quote", "stated", "other"),
    [
        ("104/119 xã có tỷ lệ hộ dân dùng nước sạch đạt 58,4%", 58.4, True),
        ("104/119 xã đạt tiêu chí, trong đó tỉ lệ lao động có việc làm 58,4%", 58.4, True),
        ("104/119 xã đạt chuẩn, chiếm 87,4%", 87.4, False),
        ("tỷ lệ hộ nghèo: 104/119 xã đạt, chiếm 87,4%", 87.4, False),
    ],
)
def test_a_share_named_as_an_indicators_rate_is_of_other_things(
    quote: str, stated: float, other: bool
) -> None:
    assert share_of_other_things(quote, stated) is other
