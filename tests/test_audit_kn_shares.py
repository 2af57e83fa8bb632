"""A K of N written with its share: the share must be K/N, rounded or truncated at the
decimals written, however the share is attached — after a comma, in brackets, as "đạt tỷ lệ
X%", "tỷ lệ X%", before the ratio — and however the K of N is written ("13/18 xã", "13 xã
trên tổng số 18 xã", "1.350 trên tổng số 1.500 hộ"). Each case is a short report of our own,
read by the extractor and audited as `baocao audit` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_HEADER = "UBND HUYỆN YÊN LẠC\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def shares(tmp_path: Path, body: str) -> list[Finding]:
    return audit_text(tmp_path, "yen-lac.txt", _HEADER + body, ("percent_mismatch",))


@pytest.mark.parametrize(
    ("body", "quote", "says"),
    [
        (
            "Đến nay có 12/16 xã đạt tiêu chí giao thông, đạt tỷ lệ 80%.\n",
            "12/16 xã đạt tiêu chí giao thông, đạt tỷ lệ 80%.",
            "12/16 = 75,00%, stated 80%",
        ),
        (
            "Có 11/16 xã (75%) đạt tiêu chí số 3 về thủy lợi.\n",
            "11/16 xã (75%) đạt tiêu chí số 3 về thủy lợi.",
            "11/16 = 68,75%",
        ),
        (
            "Có 13/16 xã (chiếm tỷ lệ 75%) đạt tiêu chí số 4 về điện.\n",
            "13/16 xã (chiếm tỷ lệ 75%) đạt tiêu chí số 4 về điện.",
            "13/16 = 81,25%",
        ),
        (
            "Đến hết năm 2022 có 10/16 xã đạt chuẩn nông thôn mới, tỷ lệ đạt 65%.\n",
            "10/16 xã đạt chuẩn nông thôn mới, tỷ lệ đạt 65%.",
            "10/16 = 62,50%",
        ),
        (  # the unit written on both sides, "trên tổng số"
            "Toàn huyện đã có 9 xã trên tổng số 16 xã đạt chuẩn, đạt tỷ lệ 60%.\n",
            "9 xã trên tổng số 16 xã đạt chuẩn, đạt tỷ lệ 60%.",
            "9/16 = 56,25%",
        ),
        (
            "Đến nay, 9 xã trong tổng số 16 xã của huyện đã đạt chuẩn nông thôn mới, chiếm 60%.\n",
            "9 xã trong tổng số 16 xã của huyện đã đạt chuẩn nông thôn mới, chiếm 60%.",
            "9/16 = 56,25%",
        ),
    ],
)
def test_a_coverage_share_that_its_k_of_n_does_not_give(
    tmp_path: Path, body: str, quote: str, says: str
) -> None:
    [found] = shares(tmp_path, body)
    assert found.quote == quote and says in found.explain


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("Có 1.350 trên tổng số 1.500 hộ có nhà tiêu hợp vệ sinh, đạt tỷ lệ 80%.\n", "1.350/1.500"),
        ("Có 1.350 hộ/1.500 hộ có nhà tiêu hợp vệ sinh (tỷ lệ 80%).\n", "1.350/1.500"),
        ("Có 840/1.200 lao động có việc làm qua đào tạo, tỷ lệ 75%.\n", "840/1.200 = 70,00%"),
    ],
)
def test_a_rate_with_its_count_and_base_written_before_it(
    tmp_path: Path, body: str, says: str
) -> None:
    [found] = shares(tmp_path, body)
    assert found.quote == found.quote.strip() and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        "Đến nay có 12/16 xã đạt tiêu chí giao thông, đạt tỷ lệ 75%.\n",
        "Có 11/16 xã (68,75%) đạt tiêu chí số 3 về thủy lợi.\n",
        "Có 13/16 xã (chiếm tỷ lệ 81,2%) đạt tiêu chí số 4 về điện.\n",  # truncated
        "Đến hết năm 2022 có 10/16 xã đạt chuẩn nông thôn mới, tỷ lệ đạt 62,5%.\n",
        "Toàn huyện đã có 9 xã trên tổng số 16 xã đạt chuẩn, đạt tỷ lệ 56,3%.\n",
        "Đến nay, 9 xã trong tổng số 16 xã của huyện đã đạt chuẩn nông thôn mới, chiếm 56%.\n",
        "Có 1.350 trên tổng số 1.500 hộ có nhà tiêu hợp vệ sinh, đạt tỷ lệ 90%.\n",
        "Có 1.350 hộ/1.500 hộ có nhà tiêu hợp vệ sinh (tỷ lệ 90%).\n",
        "Có 840/1.200 lao động có việc làm qua đào tạo, tỷ lệ 70%.\n",
        # a share of a plan is no share of the base: 450/500 hộ, đạt 105% kế hoạch
        "Có 450/500 hộ được hỗ trợ cải tạo nhà ở, đạt 105% kế hoạch.\n",
    ],
)
def test_shares_that_their_k_of_n_gives_are_not_flagged(tmp_path: Path, body: str) -> None:
    assert shares(tmp_path, body) == []


@pytest.mark.parametrize(
    ("body", "quoted", "says"),
    [
        (  # the rate of communes of the scheme, in a sentence of its own
            "Đến nay toàn huyện có 15/24 xã đạt chuẩn nông thôn mới.\n\n"
            "Tỷ lệ xã đạt chuẩn NTM của huyện đạt 70%.\n",
            "70%",
            "15/24 = 62,50%",
        ),
        (  # a count's share of all the communes, the count not the K/N's
            "Đến nay toàn huyện có 15/24 xã đạt chuẩn nông thôn mới. Riêng năm 2022 có 6 xã "
            "được công nhận đạt chuẩn nông thôn mới, chiếm 30% tổng số xã của huyện.\n",
            "chiếm 30% tổng số xã",
            "6/24 = 25,00%",
        ),
    ],
)
def test_a_rate_of_communes_against_the_k_of_n_of_the_unit(
    tmp_path: Path, body: str, quoted: str, says: str
) -> None:
    [found] = shares(tmp_path, body)
    assert quoted in found.quote and says in found.explain and "15/24 xã" in found.explain


@pytest.mark.parametrize(
    "body",
    [
        # rounded as written
        "Có 15/24 xã đạt chuẩn nông thôn mới. Tỷ lệ xã đạt chuẩn nông thôn mới đạt 62,5%.\n",
        "Có 15/24 xã đạt chuẩn nông thôn mới. Tỷ lệ xã đạt chuẩn nông thôn mới đạt 63%.\n",
        # another scheme's rate
        "Có 15/24 xã đạt chuẩn nông thôn mới. Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao đạt 25%.\n",
        # two K/N that disagree: which one is the rate's is not known
        "Có 15/24 xã đạt chuẩn nông thôn mới; có 16/24 xã đạt chuẩn nông thôn mới. Tỷ lệ xã "
        "đạt chuẩn nông thôn mới đạt 70%.\n",
        # a count's share of some of the communes, not of all
        "Có 15/24 xã đạt chuẩn nông thôn mới. Năm nay 6 xã đạt chuẩn nông thôn mới, chiếm "
        "40% số xã đăng ký.\n",
    ],
)
def test_rates_of_communes_that_fit_or_cannot_be_weighed(tmp_path: Path, body: str) -> None:
    assert shares(tmp_path, body) == []
