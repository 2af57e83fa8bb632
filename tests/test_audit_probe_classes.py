"""Classes the auditor's probe (tests/test_audit_wording_grammar.py) found on main, each with
variants of our own wording: the inconsistent one must be flagged, the consistent one not."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.model import Finding

_DISTRICT = "UBND HUYỆN VĨNH TƯỜNG\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2022\n\n"


def _found(tmp_path: Path, text: str, *kinds: str) -> list[Finding]:
    kinds = kinds or ("sum_mismatch", "percent_mismatch", "count_mismatch", "unit_implausible")
    return audit_text(tmp_path, "bao-cao.txt", text, kinds)


# -- a rise "so với năm trước": the year before the total's own ---------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Năm 2021, huyện có 7 xã đạt chuẩn nông thôn mới.\n"
            "Năm 2022, huyện có 12/26 xã đạt chuẩn nông thôn mới, tăng 3 xã so với năm trước.\n",
            True,
        ),
        (
            "Đến cuối năm 2021, toàn huyện có 9 xã đạt chuẩn.\n"
            "Đến cuối năm 2022, toàn huyện có 14 xã đạt chuẩn nông thôn mới, tăng thêm 4 xã so "
            "với năm liền trước.\n",
            True,
        ),
        (
            "Năm 2021, huyện có 7 xã đạt chuẩn nông thôn mới.\n"
            "Năm 2022, huyện có 12/26 xã đạt chuẩn nông thôn mới, tăng 5 xã so với năm trước.\n",
            False,
        ),
    ],
)
def test_a_rise_over_the_year_before(tmp_path: Path, body: str, flagged: bool) -> None:
    found = _found(tmp_path, _DISTRICT + body, "count_mismatch")
    assert bool(found) is flagged
    if flagged:
        assert "so với năm" in found[0].quote


# -- a "trong đó" list of sources one digit short of its total: a slip, not some sources ------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (  # 24.310 + 9.125 + 3.460 = 36.895: one digit of the total is off
            "Năm 2022, huyện Vĩnh Tường huy động tổng nguồn vốn 37.895 triệu đồng, trong đó ngân "
            "sách tỉnh 24.310 triệu đồng; ngân sách huyện 9.125 triệu đồng; nhân dân đóng góp "
            "3.460 triệu đồng.\n",
            True,
        ),
        (  # the same in tỷ for the total, triệu for the parts: 36,895 tỷ read as 36,595
            "Năm 2022, huyện Vĩnh Tường huy động tổng nguồn vốn 36,595 tỷ đồng, trong đó ngân "
            "sách tỉnh 24.310 triệu đồng, ngân sách huyện 9.125 triệu đồng, nhân dân đóng góp "
            "3.460 triệu đồng.\n",
            True,
        ),
        (  # some sources only: the rest is an amount of its own, not a slip
            "Năm 2022, huyện Vĩnh Tường huy động tổng nguồn vốn 41.240 triệu đồng, trong đó ngân "
            "sách tỉnh 24.310 triệu đồng; ngân sách huyện 9.125 triệu đồng.\n",
            False,
        ),
        (  # round figures of the main sources, the first digit apart
            "Năm 2022, huyện Vĩnh Tường huy động 500 tỷ đồng, trong đó vốn ngân sách 300 tỷ "
            "đồng, vốn doanh nghiệp 100 tỷ đồng.\n",
            False,
        ),
    ],
)
def test_a_some_of_list_a_digit_short(tmp_path: Path, body: str, flagged: bool) -> None:
    found = _found(tmp_path, _DISTRICT + body, "sum_mismatch")
    assert bool(found) is flagged


# -- communes by district after "trong đó:" with its colon: the whole list ------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Đến nay, toàn tỉnh có 09 xã đạt chuẩn nông thôn mới nâng cao, trong đó: huyện Yên "
            "Lạc 3 xã, huyện Vĩnh Tường 2 xã, huyện Tam Dương 3 xã.\n",
            True,
        ),
        (
            "Năm 2022 có 6 xã đạt chuẩn nông thôn mới kiểu mẫu, trong đó:\n- huyện Yên Lạc 2 xã;"
            "\n- huyện Lập Thạch 3 xã.\n",
            True,
        ),
        (
            "Đến nay, toàn tỉnh có 08 xã đạt chuẩn nông thôn mới nâng cao, trong đó: huyện Yên "
            "Lạc 3 xã, huyện Vĩnh Tường 2 xã, huyện Tam Dương 3 xã.\n",
            False,
        ),
        (  # no colon: some of them
            "Đến nay, toàn tỉnh có 09 xã đạt chuẩn nông thôn mới nâng cao, trong đó huyện Yên "
            "Lạc 3 xã, huyện Vĩnh Tường 2 xã.\n",
            False,
        ),
    ],
)
def test_communes_by_district_after_a_colon(tmp_path: Path, body: str, flagged: bool) -> None:
    found = _found(tmp_path, "UBND TỈNH VĨNH PHÚC\nBÁO CÁO\n\n" + body, "sum_mismatch")
    assert bool(found) is flagged


# -- bands against the whole of their own sentence, not another place's before it ----------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Toàn tỉnh có 812/1.090 xã đạt chuẩn nông thôn mới.\nToàn huyện có 21 xã, trong "
            "đó: 4 xã đạt 19 tiêu chí, 12 xã đạt từ 15-18 tiêu chí, 3 xã đạt dưới 15 tiêu chí.\n",
            True,
        ),
        (
            "Cả nước có 5.900/8.100 xã đạt chuẩn.\nĐến nay, huyện có 17 xã, trong đó: 3 xã "
            "đạt 19 tiêu chí, 9 xã đạt từ 15 đến 18 tiêu chí, 6 xã đạt dưới 15 tiêu chí.\n",
            True,
        ),
        (
            "Toàn tỉnh có 812/1.090 xã đạt chuẩn nông thôn mới.\nToàn huyện có 19 xã, trong "
            "đó: 4 xã đạt 19 tiêu chí, 12 xã đạt từ 15-18 tiêu chí, 3 xã đạt dưới 15 tiêu chí.\n",
            False,
        ),
    ],
)
def test_bands_against_their_own_sentence(tmp_path: Path, body: str, flagged: bool) -> None:
    found = _found(tmp_path, _DISTRICT + body, "sum_mismatch", "denominator_mismatch")
    assert bool(found) is flagged


# -- a list of marked lines ends at the first line with no mark ----------------------------

_LINES = (
    "Năm 2022, huyện Vĩnh Tường đã huy động tổng nguồn vốn 58.430 triệu đồng, trong đó:\n"
    "- Ngân sách tỉnh: 21.600 triệu đồng;\n"
    "- Ngân sách huyện: 30.120 triệu đồng;\n"
    "- Doanh nghiệp: 6.710 triệu đồng.\n"
)
_SUMMED = (
    "Năm 2022, huyện Vĩnh Tường đã huy động vốn như sau:\n"
    "+ Ngân sách tỉnh: 21.600 triệu đồng;\n"
    "+ Ngân sách huyện: 30.120 triệu đồng;\n"
    "+ Doanh nghiệp: 6.710 triệu đồng;\n"
    "Cộng: {total} triệu đồng.\n"
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (_LINES + "Riêng vốn sự nghiệp là 12.000 triệu đồng.\n", False),
        (_LINES + "Ngoài ra, vốn tín dụng cho vay ưu đãi đạt 9.500 triệu đồng.\n", False),
        (_SUMMED.format(total="58.430") + "Riêng vốn sự nghiệp là 12.000 triệu đồng.\n", False),
        (_SUMMED.format(total="68.430") + "Riêng vốn sự nghiệp là 12.000 triệu đồng.\n", True),
        (_SUMMED.format(total="58.930") + "Ngoài ra, vốn tín dụng đạt 9.500 triệu đồng.\n", True),
    ],
)
def test_a_line_after_a_marked_list_is_no_part(tmp_path: Path, body: str, flagged: bool) -> None:
    found = _found(tmp_path, _DISTRICT + body)
    assert [f.kind for f in found] == (["sum_mismatch"] if flagged else [])
    if flagged:
        assert found[0].quote.startswith("Cộng")


# -- the lines of a list take the place their lead names (extraction) ----------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Tỉnh Vĩnh Phúc đã huy động 1.250.000 triệu đồng.\n"
            "Năm 2022, huyện Tam Dương đã huy động tổng nguồn vốn 40.500 triệu đồng, trong đó:\n"
            "- Ngân sách tỉnh: 12.000 triệu đồng;\n- Doanh nghiệp: 28.500 triệu đồng.\n",
            "huyện Tam Dương",
        ),
        (
            "UBND TỈNH VĨNH PHÚC\nBÁO CÁO\n\nĐến nay, huyện Lập Thạch đã huy động vốn như sau:\n"
            "+ Vốn lồng ghép: 9.300 triệu đồng;\n+ Nhân dân đóng góp: 2.150 triệu đồng.\n",
            "huyện Lập Thạch",
        ),
    ],
)
def test_list_lines_take_their_leads_place(tmp_path: Path, text: str, place: str) -> None:
    from auditfacts import extracted

    from baocao.model import Funding

    facts, _ = extracted(tmp_path / "bao-cao.txt", text)
    lines = [f for _, f in facts if isinstance(f, Funding) and f.source != "total"]
    lines = [f for f in lines if f.quote[:1] in "NVD"]
    assert lines and {f.region for f in lines} == {place}


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (  # a slip of three in the second digit of a precise total
            "Năm 2022, huyện Vĩnh Tường huy động tổng nguồn vốn 168.405 triệu đồng, trong đó "
            "ngân sách tỉnh 94.310 triệu đồng; doanh nghiệp 44.095 triệu đồng.\n",
            True,
        ),
        (  # a round total: the rest may be a round source left out
            "Năm 2022, huyện Vĩnh Tường huy động 150 tỷ đồng, trong đó vốn ngân sách 100 tỷ "
            "đồng, vốn doanh nghiệp 20 tỷ đồng.\n",
            False,
        ),
    ],
)
def test_a_slip_in_a_precise_total(tmp_path: Path, body: str, flagged: bool) -> None:
    assert bool(_found(tmp_path, _DISTRICT + body, "sum_mismatch")) is flagged


# -- a whole between two bands starts a new list --------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Năm 2018, huyện mới có 2 xã đạt chuẩn nông thôn mới.\nĐến nay, huyện có 20 xã, "
            "trong đó: 5 xã đạt 19 tiêu chí, 11 xã đạt từ 15-18 tiêu chí, 6 xã đạt dưới 15 tiêu "
            "chí.\n",
            True,
        ),
        (
            "Năm 2018, huyện mới có 2 xã đạt chuẩn nông thôn mới.\nĐến nay, huyện có 22 xã, "
            "trong đó: 5 xã đạt 19 tiêu chí, 11 xã đạt từ 15-18 tiêu chí, 6 xã đạt dưới 15 tiêu "
            "chí.\n",
            False,
        ),
    ],
)
def test_a_whole_between_two_bands(tmp_path: Path, body: str, flagged: bool) -> None:
    found = _found(tmp_path, _DISTRICT + body, "sum_mismatch", "denominator_mismatch")
    assert bool(found) is flagged
