"""One district named twice in one sentence of a ranking, with two counts ("các huyện A, B, C
mỗi đơn vị có 3 thôn và B có 2 thôn"): a count_mismatch (``audit/rankings.py``
``_named_twice``; devau: a province's model villages by district, one district typed again for
another). Every report here is our own wording, real district names."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

_KINDS = ("sum_mismatch", "count_mismatch", "denominator_mismatch")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Năm 2027, toàn tỉnh Thái Bình có 18 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu. "
            "Trong đó, huyện Kiến Xương có 6 thôn; các huyện Tiền Hải, Vũ Thư, Đông Hưng mỗi đơn "
            "vị có 3 thôn và Vũ Thư có 3 thôn.\n",
            None,  # the same count twice: a repetition, no contradiction
        ),
        (
            "Năm 2027, toàn tỉnh Thái Bình có 17 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu. "
            "Trong đó, huyện Kiến Xương có 6 thôn; các huyện Tiền Hải, Vũ Thư, Đông Hưng mỗi đơn "
            "vị có 3 thôn và Vũ Thư có 2 thôn.\n",
            "huyện Vũ Thư",
        ),
        (
            "Năm 2026, tỉnh Nghệ An có 30 xã đạt chuẩn nông thôn mới nâng cao. Nhiều nhất là "
            "huyện Yên Thành với 12 xã; tiếp đến là huyện Đô Lương 9 xã; Nam Đàn, Yên Thành mỗi "
            "huyện có 4 xã.\n",
            "huyện Yên Thành",
        ),
    ],
)
def test_a_district_named_twice_with_two_counts(tmp_path: Path, text: str, named) -> None:
    found = [f for f in audit_text(tmp_path, "bao-cao.txt", text, _KINDS) if "given" in f.explain]
    if named is None:
        assert found == []
    else:
        (f,) = found
        assert f.kind == "count_mismatch" and named in f.explain


def test_two_sentences_naming_one_district_are_no_ranking_slip(tmp_path: Path) -> None:
    # twin: a second sentence about the same district (a later year's news, another list)
    text = (
        "Năm 2027, toàn tỉnh Thái Bình có 15 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu. "
        "Trong đó, huyện Kiến Xương có 6 thôn; các huyện Tiền Hải, Vũ Thư, Đông Hưng mỗi đơn "
        "vị có 3 thôn.\nRiêng huyện Vũ Thư có 2 thôn đã được công nhận từ đầu năm.\n"
    )
    found = [f for f in audit_text(tmp_path, "bao-cao.txt", text, _KINDS) if "given" in f.explain]
    assert found == []
