"""A scheme ("nâng cao", "kiểu mẫu") that qualifies one figure ("20 xã đạt chuẩn nâng cao")
is that figure's: the next sentence's figure with a predicate of its own ("Toàn huyện có
45/45 xã đạt chuẩn") is of the plain standard, so the audit compares no two counts of
different schemes (no false ``count_mismatch``). A scheme named as a paragraph's topic still
carries. The texts are our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text
from readfacts import MakeDocument, facts_of, of_kind

from baocao.model import Coverage

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 31/BC-UBND\nKim Sơn, ngày 10 tháng 12 năm 2023\n"
    "BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023\n\n"
)


def _schemes(make_document: MakeDocument, body: str) -> dict[int, str]:
    facts = facts_of(make_document, HEAD + body + "\n")
    return {c.units_met: c.scheme for c in of_kind(facts, Coverage)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Năm 2023, huyện có 20 xã đạt chuẩn nâng cao. Toàn huyện có 25/25 xã đạt chuẩn.",
            {20: "NTM nâng cao", 25: "NTM"},
        ),
        (
            "Có 6 xã đạt chuẩn nông thôn mới kiểu mẫu. Có 22/25 xã đạt chuẩn.",
            {6: "NTM kiểu mẫu", 22: "NTM"},
        ),
    ],
)
def test_a_scheme_of_an_earlier_figure_does_not_carry(
    make_document: MakeDocument, body: str, expected: dict[int, str]
) -> None:
    assert _schemes(make_document, body) == expected


def test_a_scheme_named_as_the_topic_still_carries(make_document: MakeDocument) -> None:
    body = "Về xây dựng nông thôn mới nâng cao, huyện tập trung chỉ đạo. Có 7 xã đạt chuẩn."
    assert _schemes(make_document, body) == {7: "NTM nâng cao"}


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, huyện có 20/25 xã đạt chuẩn nâng cao. Toàn huyện có 25/25 xã đạt chuẩn.",
        "Có 4/25 xã đạt chuẩn kiểu mẫu. Đến nay 25/25 xã đạt chuẩn.",
    ],
)
def test_counts_of_two_schemes_raise_no_count_mismatch(tmp_path: Path, body: str) -> None:
    assert audit_text(tmp_path, "kim-son.txt", HEAD + body + "\n", ("count_mismatch",)) == []
