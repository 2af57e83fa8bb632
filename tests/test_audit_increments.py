"""count_mismatch: communes added in a year against the totals before and after it
(audit/increments.py). Each case is a short report of our own, read by the extractor and
audited as `baocao audit` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_HEADER = "UBND HUYỆN YÊN LẠC\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def counts(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "yen-lac.txt", _HEADER + body, ("count_mismatch",))


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (
            "Hết năm 2021, huyện có 30 xã đạt chuẩn nông thôn mới.\n"
            "Năm 2022, huyện có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
            "lên 45 xã.\n",
            "+ 12 added in 2022 = 42 xã, stated 45 xã",
        ),
        (
            "Năm 2021 toàn huyện có 18 xã đạt chuẩn NTM. Trong năm 2022, có thêm 4 xã được "
            "công nhận đạt chuẩn NTM, nâng tổng số lên 21 xã.\n",
            "18 xã in 2021",
        ),
    ],
)
def test_an_increment_that_does_not_bring_the_total_it_states(
    tmp_path: Path, body: str, says: str
) -> None:
    [found] = counts(tmp_path, body)
    assert "thêm" not in found.quote and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Hết năm 2021, huyện có 30 xã đạt chuẩn nông thôn mới.\n"
        "Năm 2022, huyện có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
        "lên 42 xã.\n",
        # the total before is of two years before: communes may have been added between
        "Hết năm 2020, huyện có 30 xã đạt chuẩn nông thôn mới.\n"
        "Năm 2022, huyện có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
        "lên 45 xã.\n",
        # no total before is stated
        "Năm 2022, huyện có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
        "lên 45 xã.\n",
    ],
)
def test_increments_that_add_up_or_cannot_be_weighed(tmp_path: Path, body: str) -> None:
    assert counts(tmp_path, body) == []


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (
            "Cuối năm 2020 có 21 xã đạt chuẩn NTM.\n\n"
            "Năm 2022, toàn huyện đã có 30 xã đạt chuẩn NTM, tăng 7 xã so với năm 2020.\n",
            "21 xã in 2020 ('21 xã đạt chuẩn NTM.') + 7 = 28 xã, stated 30 xã in 2022",
        ),
        (
            "Năm 2021 huyện có 14 xã đạt chuẩn nông thôn mới. Năm 2022 huyện có 19 xã đạt "
            "chuẩn nông thôn mới, tăng thêm 3 xã so với cuối năm 2021.\n",
            "+ 3 = 17 xã, stated 19 xã in 2022",
        ),
    ],
)
def test_a_total_whose_growth_over_a_year_named_does_not_fit(
    tmp_path: Path, body: str, says: str
) -> None:
    [found] = counts(tmp_path, body)
    assert "so với" in found.quote and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Cuối năm 2020 có 23 xã đạt chuẩn NTM.\n\n"
        "Năm 2022, toàn huyện đã có 30 xã đạt chuẩn NTM, tăng 7 xã so với năm 2020.\n",
        # the year compared with has no total stated
        "Năm 2022, toàn huyện đã có 30 xã đạt chuẩn NTM, tăng 7 xã so với năm 2020.\n",
        # two totals of that year: which one is meant is not known
        "Năm 2020 có 23 xã đạt chuẩn NTM; năm 2020 có 21 xã đạt chuẩn NTM.\n\n"
        "Năm 2022, toàn huyện đã có 30 xã đạt chuẩn NTM, tăng 7 xã so với năm 2020.\n",
    ],
)
def test_growths_that_fit_or_cannot_be_weighed(tmp_path: Path, body: str) -> None:
    assert counts(tmp_path, body) == []


_GOAL_HEADER = "UBND TỈNH HÀ GIANG\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def goal_counts(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "ha-giang.txt", _GOAL_HEADER + body, ("count_mismatch",))


def test_a_goal_share_the_count_now_and_its_increment_do_not_reach(tmp_path: Path) -> None:
    # 40% of 150 communes is 60; 35 + 10 = 45 communes is 30%
    body = (
        "Đến nay toàn tỉnh có 35/150 xã đạt chuẩn nông thôn mới.\n"
        "Để hoàn thành mục tiêu đến năm 2025 toàn tỉnh có 40% số xã đạt chuẩn nông thôn mới, "
        "từ nay đến năm 2025 tỉnh cần có thêm 10 xã đạt chuẩn.\n"
    )
    [found] = goal_counts(tmp_path, body)
    assert found.quote.startswith("40% số xã") and "thêm 10 xã" in found.quote
    assert found.explain == "40% of 150 xã is 60,0; 35 + 10 = 45 xã is 30,0%"


@pytest.mark.parametrize(
    "increment",
    [
        "25",  # 35 + 25 = 60, the goal exactly
        "26",  # a commune over it, the goal reached with room
        "24",  # a commune short, the writer's rounding
    ],
)
def test_a_goal_share_its_increment_reaches_is_no_finding(tmp_path: Path, increment: str) -> None:
    body = (
        "Đến nay toàn tỉnh có 35/150 xã đạt chuẩn nông thôn mới.\n"
        "Mục tiêu đến năm 2025 có 40% số xã đạt chuẩn nông thôn mới, tỉnh phấn đấu có thêm "
        f"{increment} xã đạt chuẩn.\n"
    )
    assert goal_counts(tmp_path, body) == []


def test_a_goal_share_and_an_increment_in_two_sentences_are_not_weighed(tmp_path: Path) -> None:
    # the increment of another sentence may be this year's plan, not what the goal needs
    body = (
        "Đến nay toàn tỉnh có 35/150 xã đạt chuẩn nông thôn mới.\n"
        "Mục tiêu đến năm 2025 có 40% số xã đạt chuẩn nông thôn mới. Năm 2025 tỉnh phấn đấu "
        "có thêm 10 xã đạt chuẩn.\n"
    )
    assert goal_counts(tmp_path, body) == []


def test_a_goal_rate_of_the_communes_is_weighed_as_a_goal_share(tmp_path: Path) -> None:
    # "tỷ lệ xã đạt chuẩn … 50%": 50% of 90 communes is 45; 20 + 12 = 32 communes is 35,6%
    body = (
        "Hiện nay toàn tỉnh có 20/90 xã đạt chuẩn nông thôn mới.\n"
        "Phấn đấu đến năm 2025 tỷ lệ xã đạt chuẩn nông thôn mới của tỉnh đạt 50%, như vậy "
        "tỉnh phải có thêm 12 xã đạt chuẩn.\n"
    )
    [found] = goal_counts(tmp_path, body)
    assert found.explain == "50% of 90 xã is 45,0; 20 + 12 = 32 xã is 35,6%"


# -- two totals grown over one year, that year's total stated nowhere (tenth session) ----


@pytest.mark.parametrize(
    ("body", "quote_starts", "says"),
    [
        (  # 6/2022: 40 − 5 = 35 in 2021; end-2022 expected: 46 − 9 = 37 in 2021
            "Đến tháng 6/2022, huyện có 40 xã đạt chuẩn NTM (tăng 5 xã so với năm 2021). "
            "Dự kiến đến cuối năm 2022, huyện có 46 xã đạt chuẩn NTM (tăng 9 xã so với năm "
            "2021).\n",
            "46 xã",
            "46 − 9 = 37 xã in 2021",
        ),
        (  # the advanced standard: 15 − 3 = 12 against 20 − 6 = 14
            "Năm 2022 toàn huyện có 15 xã nông thôn mới nâng cao, tăng 3 xã so với cuối năm "
            "2021.\n\nKết quả cả năm 2022: 20 xã nông thôn mới nâng cao, tăng 6 xã so với "
            "năm 2021.\n",
            "20 xã",
            "15 − 3 = 12 xã in 2021",
        ),
    ],
)
def test_two_totals_grown_over_one_year_that_give_two_totals_of_it(
    tmp_path: Path, body: str, quote_starts: str, says: str
) -> None:
    [found] = counts(tmp_path, body)
    assert found.quote.startswith(quote_starts) and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        # one base: 40 − 5 = 46 − 11 = 35
        "Đến tháng 6/2022, huyện có 40 xã đạt chuẩn NTM (tăng 5 xã so với năm 2021). Dự kiến "
        "đến cuối năm 2022, huyện có 46 xã đạt chuẩn NTM (tăng 11 xã so với năm 2021).\n",
        # two schemes: each its own base
        "Năm 2022 huyện có 40 xã đạt chuẩn NTM (tăng 5 xã so với năm 2021) và 12 xã NTM nâng "
        "cao (tăng 2 xã so với năm 2021).\n",
        # the bases of two different years
        "Năm 2022 huyện có 40 xã đạt chuẩn NTM, tăng 5 xã so với năm 2021. Năm 2022 huyện có "
        "40 xã đạt chuẩn NTM, tăng 9 xã so với năm 2020.\n",
    ],
)
def test_totals_grown_over_one_year_that_agree_are_no_finding(tmp_path: Path, body: str) -> None:
    assert counts(tmp_path, body) == []
