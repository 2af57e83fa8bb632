"""The whole a sentence opens with: one pattern shared by the context, the coverage statement
and the auditor, so that the three never disagree on what a described whole is."""

from __future__ import annotations

import re

import pytest

from baocao.audit.denominators import of_described_whole
from baocao.vocab.wholes import whole_opening

OPENING = re.compile(whole_opening())


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Trong số 7 xã đăng ký đạt chuẩn năm nay, có 3 xã", "7"),
        ("trong tổng số 1.204 xã của tỉnh", "1.204"),
        ("Đối với 4 xã có kế hoạch về đích, 2 xã", "4"),
        ("ĐỐI VỚI 12 THÔN CÒN LẠI", "12"),
        ("Trong số 9 xóm của xã", "9"),
        ("Trong số 3 đơn vị cấp huyện", "3"),
    ],
)
def test_an_opening_names_its_whole(text: str, total: str) -> None:
    found = OPENING.match(text)
    assert found is not None
    assert found.group("total") == total
    assert text[found.start("whole") : found.end("whole")].split()[-1].lower() in {
        "xã",
        "thôn",
        "xóm",
        "vị",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Trong số đó, 3 xã đạt",  # no number: a breakdown, not a whole
        "Trong số 7 hộ nghèo",  # households are no units of a place
        "trong số 6 xãx",
        "Với 4 xã đạt chuẩn",
    ],
)
def test_no_opening(text: str) -> None:
    assert OPENING.match(text) is None


def test_a_number_pattern_and_units_narrow_it() -> None:
    narrow = re.compile(whole_opening(number=re.escape("6"), units="xã"))
    assert narrow.match("Trong số 6 xã đăng ký") is not None
    assert narrow.match("Trong số 6 thôn đăng ký") is None
    assert narrow.match("Trong số 16 xã đăng ký") is None


@pytest.mark.parametrize(
    ("quote", "described"),
    [
        ("Trong số 6 xã đăng ký về đích, có 4 xã đạt", True),
        ("Đối với 5 thôn có kế hoạch, 3 thôn đạt", True),
        # a whole of the place itself is the place's denominator
        ("Trong tổng số 9 xã của huyện, 7 xã đạt", False),
        ("Trong số 11 xã thuộc huyện, 8 xã đạt", False),
        ("Có 4/6 xã đạt", False),
    ],
)
def test_the_auditor_reads_the_same_wholes(quote: str, described: bool) -> None:
    assert of_described_whole(quote) is described
