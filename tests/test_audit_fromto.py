"""A move written with both its ends and its size (audit/fromto.py): "từ 6,4% xuống 5,1%,
giảm 1,5%" moves 1,3 points. Each case is a short report of our own, read by the
extractor, then audited with its text."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import extracted

from baocao.audit import audit_facts
from baocao.audit.fromto import check_moves, parse_fromto_cues, size_fits
from baocao.errors import LexiconError
from baocao.model import Finding

_HEADER = (
    "UBND HUYỆN KIM BẢNG\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"
    "Toàn huyện có 11/16 xã đạt chuẩn nông thôn mới.\n"
)


def moves(tmp_path: Path, body: str) -> list[Finding]:
    facts, extraction = extracted(tmp_path / "kim-bang.txt", _HEADER + body)
    return check_moves(facts, text=extraction.document.text)


def test_a_size_fits_its_ends_within_rounding() -> None:
    assert size_fits("6,4", "5,1", "1,3", share=True)
    assert size_fits("6,4", "5,1", "20,3", share=True)  # relative to the start
    assert size_fits("80", "91", "11,5", share=True)  # 91% may be 90,5–92
    assert not size_fits("6,4", "5,1", "1,5", share=True)
    assert size_fits("12", "15", "3", share=False) and not size_fits("12", "15", "4", share=False)


@pytest.mark.parametrize(
    ("body", "kind", "quote", "says"),
    [
        (
            "Tỷ lệ hộ nghèo của huyện giảm từ 6,4% (năm 2021) xuống 5,1% (năm 2023), giảm 1,5%.\n",
            "percent_mismatch",
            "từ 6,4% (năm 2021) xuống 5,1% (năm 2023), giảm 1,5%",
            "from 6,4% to 5,1% is 1,3%",
        ),
        (
            "Tỷ lệ lao động qua đào tạo tăng từ 58,2% lên 66,0%, tức là tăng 9,8%.\n",
            "percent_mismatch",
            "từ 58,2% lên 66,0%, tức là tăng 9,8%",
            "stated 9,8%",
        ),
        (
            "Số thôn đạt chuẩn văn hóa tăng từ 41 thôn lên đến 47 thôn (tăng 7 thôn).\n",
            "count_mismatch",
            "từ 41 thôn lên đến 47 thôn (tăng 7 thôn",
            "from 41 thôn to 47 thôn is 6 thôn, stated 7 thôn",
        ),
        (
            "Số hộ cận nghèo từ 388 hộ năm 2022 xuống còn 341 hộ, giảm được 45 hộ.\n",
            "count_mismatch",
            "từ 388 hộ năm 2022 xuống còn 341 hộ, giảm được 45 hộ",
            "is 47 hộ",
        ),
    ],
)
def test_a_size_that_is_not_what_its_ends_give(
    tmp_path: Path, body: str, kind: str, quote: str, says: str
) -> None:
    (f,) = moves(tmp_path, body)
    assert (f.kind, f.quote) == (kind, quote) and says in f.explain


@pytest.mark.parametrize(
    "body",
    [
        # points, or relative to the start
        "Tỷ lệ hộ nghèo giảm từ 6,4% xuống 5,1%, giảm 1,3%.\n",
        "Tỷ lệ hộ nghèo giảm từ 6,4% xuống 5,1% (giảm 20%).\n",
        # a size per year, or an average
        "Tỷ lệ hộ nghèo giảm từ 6,4% xuống 5,1%, giảm 0,65%/năm.\n",
        "Tỷ lệ hộ nghèo giảm từ 6,4% xuống 5,1%, giảm bình quân 0,65% mỗi năm.\n",
        # a size going another way: of something else
        "Tỷ lệ hộ nghèo giảm từ 6,4% xuống 5,1%, tăng 2% so với kế hoạch.\n",
        # other units, or a range "từ … đến …"
        "Số hộ nghèo giảm từ 388 hộ xuống 341 hộ, giảm 1,2%.\n",
        "Mỗi xã có từ 41 thôn đến 47 thôn, tăng 7 thôn.\n",
    ],
)
def test_sizes_that_fit_or_are_of_something_else_are_left_alone(tmp_path: Path, body: str) -> None:
    assert moves(tmp_path, body) == []


def test_the_finding_is_part_of_the_audit(tmp_path: Path) -> None:
    body = "Số xã đạt chuẩn tăng từ 8 xã lên 11 xã, tăng 4 xã.\n"
    facts, extraction = extracted(tmp_path / "kim-bang.txt", _HEADER + body)
    found = audit_facts(facts, report=extraction.report, text=extraction.document.text)
    assert [(f.kind, f.quote) for f in found] == [
        ("count_mismatch", "từ 8 xã lên 11 xã, tăng 4 xã")
    ]


def test_every_bad_cue_is_reported_at_once() -> None:
    text = 'version = 1\n[[start]]\ncue = "từ"\nexample = "giảm 5%"\n[[down]]\ncue = "giảm"\n'
    with pytest.raises(LexiconError) as e:
        parse_fromto_cues(text)
    assert "start" in str(e.value) and "down" in str(e.value)
