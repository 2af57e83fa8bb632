"""sum_mismatch: a money average per commune against the total it is the average of, over
the communes the total counts or the unit's stated number of communes (audit/averages.py).
Each case is a short report of our own, read by the extractor and audited as `baocao audit`
does."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_HEADER = "UBND HUYỆN YÊN LẠC\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def sums(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "yen-lac.txt", _HEADER + body, ("sum_mismatch",))


@pytest.mark.parametrize(
    ("body", "quoted", "says"),
    [
        (  # the communes counted in the total's own statement
            "Tổng kinh phí hỗ trợ 16 xã là 96 tỷ đồng, bình quân 4 tỷ đồng/xã.\n",
            "4 tỷ đồng/xã",
            "96 tỷ đồng / 16 xã = 6,00 tỷ đồng/xã, stated 4",
        ),
        (  # the unit's communes, stated in a sentence of its own
            "Huyện có 20 xã và 1 thị trấn.\n\n"
            "Tổng vốn đầu tư xây dựng nông thôn mới năm 2022 là 140 tỷ đồng, bình quân mỗi xã "
            "5 tỷ đồng.\n",
            "5 tỷ đồng",
            "140 tỷ đồng / 20 xã = 7,00 tỷ đồng/xã",
        ),
    ],
)
def test_an_average_per_commune_that_its_total_does_not_give(
    tmp_path: Path, body: str, quoted: str, says: str
) -> None:
    [found] = sums(tmp_path, body)
    assert found.quote.startswith(quoted) and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Tổng kinh phí hỗ trợ 16 xã là 96 tỷ đồng, bình quân 6 tỷ đồng/xã.\n",
        # truncated as written: 100 / 16 = 6,25
        "Tổng kinh phí hỗ trợ 16 xã là 100 tỷ đồng, bình quân 6 tỷ đồng/xã.\n",
        # no number of communes is stated
        "Tổng vốn đầu tư năm 2022 là 140 tỷ đồng, bình quân mỗi xã 5 tỷ đồng.\n",
        # two numbers of communes in the total's statement: which is the average's is not known
        "Tổng kinh phí hỗ trợ 16 xã, trong đó 4 xã khó khăn là 96 tỷ đồng, bình quân 4 tỷ "
        "đồng/xã.\n",
        # an average per household, not per commune
        "Huyện có 20 xã. Tổng vốn năm 2022 là 140 tỷ đồng, bình quân mỗi hộ 5 triệu đồng.\n",
    ],
)
def test_averages_that_fit_or_cannot_be_weighed(tmp_path: Path, body: str) -> None:
    assert sums(tmp_path, body) == []
