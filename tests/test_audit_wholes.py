"""Counts of communes against the whole the text states beside them (audit/wholes.py)."""

from __future__ import annotations

from pathlib import Path

from auditfacts import Doc, extracted

from baocao.audit import audit_facts
from baocao.audit.wholes import check_wholes
from baocao.model import Finding

_HEADER = "UBND HUYỆN YÊN LẠC\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def findings(tmp_path: Path, body: str, *, header: str = _HEADER) -> list[Finding]:
    text = header + body
    facts, extraction = extracted(tmp_path / "yen-lac.txt", text)
    return audit_facts(facts, report=extraction.report, text=text)


def test_a_share_that_the_stated_whole_does_not_give(tmp_path: Path) -> None:
    body = (
        "Tổng số xã trên địa bàn huyện là 60 xã (100%). Đến nay có 42 xã đạt chuẩn nông thôn "
        "mới, chiếm 75%.\n"
    )
    [found] = [f for f in findings(tmp_path, body) if f.kind == "percent_mismatch"]
    assert found.quote.startswith("42 xã đạt chuẩn")
    assert "42/60 = 70,0%" in found.explain and "Tổng số xã" in found.explain


def test_a_share_the_whole_gives_rounded_or_truncated_is_not_flagged(tmp_path: Path) -> None:
    body = (
        "Toàn huyện có 60 xã. Đến nay có 41 xã đạt chuẩn nông thôn mới, chiếm 68,3%; 12 xã "
        "đạt chuẩn nông thôn mới nâng cao (20%).\n"
    )
    assert findings(tmp_path, body) == []


def test_a_whole_of_another_kind_or_far_away_is_not_used() -> None:
    doc = Doc()
    doc.line("Tổng số thôn của huyện là 120 thôn.")
    doc.coverage("30 xã đạt chuẩn, chiếm 50%", 30, None, percent_stated=50.0)
    doc.line("Toàn huyện có 90 xã." + " Nội dung khác." * 40)
    doc.line("")
    doc.line("")
    doc.coverage("45 xã đạt chuẩn, chiếm 75%", 45, None, percent_stated=75.0)
    assert check_wholes(doc.facts, text=doc.text) == []


def test_bands_of_communes_adding_up_to_more_than_the_whole(tmp_path: Path) -> None:
    body = (
        "Toàn huyện có 60 xã, đến nay có 20/60 xã đạt chuẩn nông thôn mới.\n"
        "Phân loại: 19 tiêu chí: 20 xã; 15-18 tiêu chí: 31 xã; 10-14 tiêu chí: 14 xã.\n"
    )
    [found] = [f for f in findings(tmp_path, body) if f.kind == "sum_mismatch"]
    assert found.quote == "19 tiêu chí: 20 xã; 15-18 tiêu chí: 31 xã; 10-14 tiêu chí: 14 xã"
    assert "20 + 31 + 14 = 65 xã" in found.explain


def test_bands_within_the_whole_or_inside_each_other_are_not_flagged(tmp_path: Path) -> None:
    body = (
        "Toàn huyện có 60 xã, đến nay có 20/60 xã đạt chuẩn nông thôn mới.\n"
        "- Số xã đạt từ 15-18 tiêu chí: 25 xã (41,7%)\n"
        "- Số xã đạt 10-14 tiêu chí: 15 xã (25%)\n"
        "Nhóm đạt 15-18 tiêu chí: 45 xã, trong đó 18 tiêu chí: 20 xã.\n"
    )
    assert [f for f in findings(tmp_path, body) if f.kind == "sum_mismatch"] == []


def test_a_count_of_communes_above_all_the_units_communes(tmp_path: Path) -> None:
    # the whole stated in words, then a count with no base that passes it
    body = "Trên địa bàn huyện có 16 xã. Hết năm 2022, toàn huyện đã có 17 xã đạt chuẩn NTM.\n"
    [found] = [f for f in findings(tmp_path, body) if f.kind == "denominator_mismatch"]
    assert found.quote.startswith("17 xã đạt chuẩn")
    assert "more than all its communes" in found.explain and "16 xã" in found.explain
    # no whole in words: the one N of the unit's K/N statements
    body = "Toàn huyện có 9/16 xã đạt chuẩn nông thôn mới. Có 18 xã đạt tiêu chí số 4 về điện.\n"
    [found] = [f for f in findings(tmp_path, body) if f.kind == "denominator_mismatch"]
    assert found.quote.startswith("18 xã đạt tiêu chí") and "9/16" in found.explain


def test_counts_of_communes_that_may_be_within_the_whole_are_left_alone(tmp_path: Path) -> None:
    for body in (
        # within the whole
        "Trên địa bàn huyện có 16 xã. Hết năm 2022, toàn huyện đã có 15 xã đạt chuẩn NTM.\n",
        # the towns counted with the communes, an approximate count
        "Huyện có 16 xã và 1 thị trấn; có 17 xã, thị trấn đạt tiêu chí số 4 về điện.\n",
        "Huyện có 16 xã và 1 thị trấn. Có gần 17 xã đạt tiêu chí số 4 về điện.\n",
        # two N for the unit: which is its whole is not known
        "Toàn huyện có 9/16 xã đạt chuẩn nông thôn mới; 12/18 xã đạt tiêu chí số 2. Có 17 xã "
        "đạt tiêu chí số 4 về điện.\n",
    ):
        over = [f.quote for f in findings(tmp_path, body) if "all its communes" in f.explain]
        assert over == [], body


# -- a list of counts whose shares imply one whole, but one ----------------------------------

_PROVINCE = "UBND TỈNH PHÚ YÊN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"
_CRITERIA_LIST = (
    "Kết quả thực hiện các tiêu chí:\n"
    "Tiêu chí 1 - Quy hoạch: có 150 xã đạt, chiếm 100%.\n"
    "Tiêu chí 2 - Giao thông: có 60 xã đạt, chiếm 40%.\n"
    "Tiêu chí 3 - Thủy lợi: có 120 xã đạt, chiếm 80%.\n"
    "Tiêu chí 4 - Điện: có 141 xã đạt, chiếm 94%.\n"
    "Tiêu chí 5 - Trường học: có 75 xã đạt, chiếm 50%.\n"
    "Tiêu chí 6 - Cơ sở vật chất văn hóa: có 45 xã đạt, chiếm {share}.\n"
    "Tiêu chí 7 - Chợ nông thôn: có 99 xã đạt, chiếm 66%.\n"
)


def test_a_share_no_other_count_of_its_list_allows(tmp_path: Path) -> None:
    # every other line implies 150 communes; 45 of 150 is 30%, not 35%
    body = _CRITERIA_LIST.format(share="35%")
    found_all = findings(tmp_path, body, header=_PROVINCE)
    [found] = [f for f in found_all if f.kind == "percent_mismatch"]
    assert found.quote.startswith("Tiêu chí 6 - Cơ sở vật chất văn hóa: có 45 xã đạt, chiếm 35%")
    assert "45/150 = 30,0%" in found.explain and "6 other counts" in found.explain


def test_a_share_of_hamlets_with_decimals_against_its_list(tmp_path: Path) -> None:
    # 120 hamlets by every line but one: 52 of 120 is 43,3%, not 47,3%
    body = (
        "Về các tiêu chí của thôn:\n"
        "- Giao thông: 45 thôn đạt, chiếm 37,5%;\n"
        "- Điện: 114 thôn đạt, chiếm 95,0%;\n"
        "- Nhà văn hóa: 52 thôn đạt, chiếm 47,3%;\n"
        "- Thông tin: 96 thôn đạt, chiếm 80,0%;\n"
        "- Môi trường: 30 thôn đạt, chiếm 25,0%;\n"
        "- An ninh: 108 thôn đạt, chiếm 90,0%.\n"
    )
    [found] = [f for f in findings(tmp_path, body) if f.kind == "percent_mismatch"]
    assert "52 thôn đạt, chiếm 47,3%" in found.quote
    assert "52/120 = 43,3%" in found.explain


def test_a_list_whose_shares_all_allow_one_whole_is_not_flagged(tmp_path: Path) -> None:
    # 45 of 150 is 30%: each line is consistent (rounded or truncated)
    assert findings(tmp_path, _CRITERIA_LIST.format(share="30%"), header=_PROVINCE) == []


def test_counts_of_places_with_bases_of_their_own_are_not_one_list(tmp_path: Path) -> None:
    # each district its own communes: the shares imply no one whole, nothing is flagged
    body = (
        "Huyện A: có 10 xã đạt, chiếm 50%.\n"
        "Huyện B: có 12 xã đạt, chiếm 80%.\n"
        "Huyện C: có 9 xã đạt, chiếm 45%.\n"
        "Huyện D: có 14 xã đạt, chiếm 70%.\n"
        "Huyện E: có 6 xã đạt, chiếm 40%.\n"
        "Huyện G: có 11 xã đạt, chiếm 55%.\n"
    )
    assert [f for f in findings(tmp_path, body) if f.kind == "percent_mismatch"] == []


# -- shares of one place's communes across the report, goals included (tenth session) ---

import pytest  # noqa: E402


@pytest.mark.parametrize(
    ("body", "quote_starts", "says"),
    [
        (  # 90 = 75,0%, 24 = 20,0%, 108 = 90,0% give 120 communes; 50 at 40,0% gives 125
            "Đến tháng 6/2022, toàn tỉnh có 90 xã đạt chuẩn nông thôn mới, chiếm 75,0% và 24 xã "
            "đạt chuẩn nâng cao, chiếm 20,0%.\n\nMục tiêu đến năm 2025, tỉnh phấn đấu có 108"
            " xã đạt chuẩn nông thôn mới (chiếm 90,0%), 50 xã đạt chuẩn nông thôn mới nâng "
            "cao (chiếm 40,0%).\n",
            "50 xã đạt chuẩn",
            "50/120 = 41,7%, stated 40,0%",
        ),
        (  # 33 = 55%, 12 = 20%, 45 = 75% give 60 communes; 6 at 12% gives 50
            "Toàn tỉnh hiện có 33 xã đạt chuẩn NTM (55%); 12 xã NTM nâng cao (20%).\n"
            "Năm 2023 phấn đấu có 45 xã đạt chuẩn NTM (75%) và 6 xã NTM kiểu mẫu (12%).\n",
            "6 xã NTM kiểu mẫu",
            "in all",
        ),
    ],
)
def test_a_share_that_no_whole_of_the_reports_other_shares_allows(
    tmp_path: Path, body: str, quote_starts: str, says: str
) -> None:
    found_all = findings(tmp_path, body, header=_PROVINCE)
    [found] = [f for f in found_all if f.kind == "percent_mismatch"]
    assert found.quote.startswith(quote_starts) and says in found.explain


@pytest.mark.parametrize(
    "body",
    [
        # every share gives 120 communes
        "Đến tháng 6/2022, toàn tỉnh có 90 xã đạt chuẩn nông thôn mới, chiếm 75,0% và 24 xã đạt "
        "chuẩn nâng cao, chiếm 20,0%.\n\nMục tiêu đến năm 2025, tỉnh phấn đấu có 108 xã đạt"
        " chuẩn nông thôn mới (chiếm 90,0%), 48 xã đạt chuẩn nông thôn mới nâng cao (chiếm "
        "40,0%).\n",
        # the advanced share is of the communes that met the standard, as it says
        "Đến tháng 6/2022, toàn tỉnh có 90 xã đạt chuẩn nông thôn mới, chiếm 75,0% và 24 xã đạt "
        "chuẩn nâng cao, chiếm 20,0%.\n\nMục tiêu đến năm 2025, tỉnh phấn đấu có 108 xã đạt"
        " chuẩn nông thôn mới (chiếm 90,0%), 50 xã đạt chuẩn nông thôn mới nâng cao, chiếm "
        "40,0% số xã đạt chuẩn.\n",
        # only three shares: two against one is no majority of the report
        "Toàn tỉnh hiện có 33 xã đạt chuẩn NTM (55%); 12 xã NTM nâng cao (20%) và 6 xã NTM "
        "kiểu mẫu (12%).\n",
    ],
)
def test_shares_that_allow_one_whole_or_cannot_be_weighed(tmp_path: Path, body: str) -> None:
    found_all = findings(tmp_path, body, header=_PROVINCE)
    assert [f for f in found_all if f.kind == "percent_mismatch"] == []
