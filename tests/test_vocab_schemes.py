"""Which standard a statement is about: NTM, NTM nâng cao, NTM kiểu mẫu."""

from __future__ import annotations

import re

import pytest

from baocao.vocab.schemes import SCHEME_PATTERN, SCHEMES, scheme_of


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        ("xã đạt chuẩn NTM nâng cao", "NTM nâng cao"),
        ("NÔNG THÔN MỚI NÂNG CAO", "NTM nâng cao"),
        ("xã NTMNC", "NTM nâng cao"),
        ("thôn nông thôn mới kiểu mẫu", "NTM kiểu mẫu"),
        ("khu dân cư kiểu mẫu", "NTM kiểu mẫu"),
        ("xây dựng nông thôn mới", "NTM"),
        ("xã đạt chuẩn NTM năm 2017", "NTM"),
        ("xã NTM nâng cao, thôn NTM kiểu mẫu", "NTM nâng cao"),  # the first named wins
        ("4 xã đạt chuẩn nâng cao", "NTM nâng cao"),  # after "chuẩn" it is the standard
        ("chưa xã nào đạt chuẩn xã nâng cao", "NTM nâng cao"),
    ],
)
def test_scheme_of(text: str, scheme: str) -> None:
    assert scheme_of(text) == scheme
    assert scheme in SCHEMES


@pytest.mark.parametrize(
    "text", ["nâng cao chất lượng các tiêu chí", "vườn mẫu", "", "nâng cao tiêu chuẩn sống"]
)
def test_nang_cao_alone_means_improve(text: str) -> None:
    assert scheme_of(text) is None


def test_scheme_pattern() -> None:
    text = "duy trì xã NTM và xây dựng xã NTM nâng cao, thôn nông thôn mới kiểu mẫu"
    found = [m.group() for m in re.finditer(SCHEME_PATTERN, text)]
    assert found == ["NTM", "NTM nâng cao", "nông thôn mới kiểu mẫu"]
    assert re.compile(SCHEME_PATTERN).groups == 0
