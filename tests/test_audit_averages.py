"""An average of criteria per commune that the counts stated beside it do not allow
(count_mismatch, audit/rates.py): communes that meet the standard meet every criterion, and
communes in a band meet at least its lowest number and at most its highest. Each case is a
short report of our own, read by the extractor and audited as `baocao audit` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_HEADER = "UBND HUYỆN YÊN LẠC\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def averages(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "yen-lac.txt", _HEADER + body, ("count_mismatch",))


@pytest.mark.parametrize(
    ("body", "quote", "says"),
    [
        (  # every commune meets the standard: the average is the whole set
            "Đến nay toàn huyện có 12/12 xã đạt chuẩn nông thôn mới; bình quân toàn huyện đạt "
            "17,5 tiêu chí/xã.\n",
            "17,5 tiêu chí/xã",
            "12/12 xã meet the standard",
        ),
        (  # 10 × 19 + 5 × 15 over 15 communes is at least 17,67
            "Huyện có 15 xã, trong đó 10 xã đạt chuẩn nông thôn mới, 5 xã còn lại đạt từ 15-18 "
            "tiêu chí; bình quân đạt 14 tiêu chí/xã.\n",
            "14 tiêu chí/xã",
            "at least 17,67",
        ),
        (  # bands that leave nothing out bound it from above: at most 17,25
            "Toàn huyện có 5 xã đạt 19 tiêu chí, 10 xã đạt 15-18 tiêu chí, 5 xã đạt dưới 15 "
            "tiêu chí; bình quân đạt 18,5 tiêu chí/xã.\n",
            "18,5 tiêu chí/xã",
            "at most 17,25",
        ),
        (  # and from below by their lowest numbers: at least 14,75
            "Có 5 xã đạt 19 tiêu chí, 10 xã đạt từ 15-18 tiêu chí, 5 xã đạt từ 10-14 tiêu chí, "
            "không còn xã dưới 10 tiêu chí; bình quân đạt 9,5 tiêu chí/xã.\n",
            "9,5 tiêu chí/xã",
            "at least 14,75",
        ),
    ],
)
def test_an_average_below_or_above_what_the_counts_allow(
    tmp_path: Path, body: str, quote: str, says: str
) -> None:
    [found] = averages(tmp_path, body)
    assert found.quote == quote and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Các xã đã về đích nông thôn mới đạt bình quân 18 tiêu chí/xã.\n",
        "Số tiêu chí bình quân của 8 xã đạt chuẩn là 17,8 tiêu chí/xã.\n",
        "Trung bình các xã đã được công nhận đạt 18,2 tiêu chí/xã.\n",
    ],
)
def test_an_average_over_recognised_communes_below_the_whole_set(tmp_path: Path, body: str) -> None:
    [found] = averages(tmp_path, body)
    assert "over communes that meet the standard" in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Đến nay toàn huyện có 12/12 xã đạt chuẩn nông thôn mới; bình quân toàn huyện đạt 19 "
        "tiêu chí/xã.\n",
        "Huyện có 15 xã, trong đó 10 xã đạt chuẩn nông thôn mới, 5 xã còn lại đạt từ 15-18 tiêu "
        "chí; bình quân đạt 18,2 tiêu chí/xã.\n",
        "Huyện có 15 xã, trong đó 3 xã đạt chuẩn nông thôn mới; bình quân đạt 14 tiêu chí/xã.\n",
        "Toàn huyện có 5 xã đạt 19 tiêu chí, 10 xã đạt 15-18 tiêu chí, 5 xã đạt dưới 15 tiêu "
        "chí; bình quân đạt 16,4 tiêu chí/xã.\n",
        # an average of the communes not yet recognised is no average of all of them
        "Đến nay có 12/15 xã đạt chuẩn nông thôn mới; bình quân các xã chưa đạt chuẩn đạt 14 "
        "tiêu chí/xã.\n",
        # scored again against the new set: recognised communes may fall short of it
        "Đến nay có 12/12 xã đạt chuẩn nông thôn mới; theo bộ tiêu chí mới, bình quân đạt "
        "16,2 tiêu chí/xã.\n",
        # the average of another year than the counts
        "Đến nay có 12/12 xã đạt chuẩn nông thôn mới. Năm 2015 bình quân mới đạt 9,5 tiêu "
        "chí/xã.\n",
        # an average of the province after a count of communes is no average of them
        "Có 89/118 xã đạt chuẩn nông thôn mới, bình quân toàn tỉnh đạt 17,7 tiêu chí/xã.\n",
        # the programme's starting point, with no year, against the communes that meet it now
        "Khi bắt tay vào xây dựng nông thôn mới, huyện chỉ đạt 5,4 tiêu chí/xã. Đến nay, toàn "
        "huyện có 12/12 xã đạt chuẩn nông thôn mới.\n",
        "Khi bắt đầu thực hiện chương trình, bình quân các xã đạt 4,8 tiêu chí/xã; nay có 12/12 "
        "xã đạt chuẩn nông thôn mới.\n",
    ],
)
def test_averages_the_counts_allow_are_not_flagged(tmp_path: Path, body: str) -> None:
    assert averages(tmp_path, body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a count of recognised communes, then the unit's average over all its communes
        "Năm 2022 huyện có 3 xã đạt chuẩn nông thôn mới và bình quân chung toàn huyện mỗi xã "
        "đạt 14 tiêu chí/xã.\n",
        "Huyện có thêm 2 xã đạt chuẩn nông thôn mới và bình quân các xã đạt 15,6 tiêu chí/xã.\n",
        "Toàn huyện có 4 xã đạt chuẩn nông thôn mới và trung bình mỗi xã đạt 13,2 tiêu chí.\n",
        # a goal is not audited against what is achieved
        "Năm 2023 phấn đấu có 2 xã đạt chuẩn nông thôn mới, bình quân mỗi xã đạt 16 tiêu chí/xã.\n",
        "Tỉnh giao chỉ tiêu: huyện có 1 xã đạt chuẩn nông thôn mới và bình quân chung mỗi xã "
        "đạt 12,5 tiêu chí/xã trở lên.\n",
    ],
)
def test_a_units_average_after_a_count_of_recognised_communes_is_over_all(
    tmp_path: Path, body: str
) -> None:
    assert averages(tmp_path, body) == []


def test_a_units_average_below_what_its_recognised_communes_give_is_flagged(
    tmp_path: Path,
) -> None:
    # 10 of 12 communes meet all 19: the average over all 12 is at least 15,83
    body = (
        "Đến nay huyện có 10/12 xã đạt chuẩn nông thôn mới và bình quân chung toàn huyện mỗi "
        "xã đạt 14 tiêu chí/xã.\n"
    )
    [found] = averages(tmp_path, body)
    assert found.quote == "14 tiêu chí/xã" and "at least 15,83" in found.explain
