"""A commune recognised as meeting the standard that the same text counts short of its
criteria (audit/recognised.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from auditfacts import audit_text

from baocao.audit.recognised import parse_recognition_cues
from baocao.errors import LexiconError

_HEADER = "UBND TỈNH NAM ĐỊNH\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2021\n\n"
_KINDS = ("threshold_contradiction",)


def findings(tmp_path: Path, body: str) -> list:
    return audit_text(tmp_path, "nam-dinh.txt", _HEADER + body, _KINDS)


@pytest.mark.parametrize(
    "body",
    [
        "UBND tỉnh vừa công nhận 2 xã đạt chuẩn nông thôn mới. Hai xã được công nhận lần này "
        "gồm: xã Hải Châu (huyện Hải Hậu) và xã Nghĩa Lạc (huyện Nghĩa Hưng).\n"
        "Theo kết quả đánh giá, xã Hải Châu đạt 17/19 tiêu chí, xã Nghĩa Lạc đạt 19/19 tiêu chí.\n",
        "Năm 2021, xã Nghĩa Lạc được công nhận đạt chuẩn nông thôn mới với 18/19 tiêu chí.\n",
    ],
)
def test_a_recognised_commune_short_of_its_criteria(tmp_path: Path, body: str) -> None:
    [found] = findings(tmp_path, body)
    assert "recognised" in found.explain and "/19 criteria" in found.explain


@pytest.mark.parametrize(
    "body",
    [
        # every recognised commune meets all its criteria
        "Hai xã được công nhận lần này gồm: xã Hải Châu và xã Nghĩa Lạc.\n"
        "Xã Hải Châu đạt 19/19 tiêu chí, xã Nghĩa Lạc đạt 19/19 tiêu chí.\n",
        # a proposal, not a recognition
        "Huyện lập hồ sơ đề nghị công nhận xã Hải Châu; hiện xã Hải Châu đạt 18/19 tiêu chí.\n",
        # the advanced standard counts other criteria
        "Xã Hải Châu được công nhận đạt chuẩn nông thôn mới nâng cao; xã Hải Châu đạt 17/19 "
        "tiêu chí nâng cao.\n",
        # counted since the recognition, or in another year: it may have fallen short
        "Xã Hải Châu đã được công nhận đạt chuẩn nông thôn mới. Qua rà soát, xã Hải Châu "
        "đạt 17/19 tiêu chí.\n",
        "Xã Hải Châu được công nhận đạt chuẩn nông thôn mới năm 2016. Năm 2012, xã Hải Châu "
        "mới đạt 9/19 tiêu chí.\n",
        # a commune short of its criteria, not the one recognised
        "Xã Nghĩa Lạc được công nhận đạt chuẩn nông thôn mới. Xã Hải Châu đạt 16/19 tiêu chí.\n",
    ],
)
def test_no_recognition_or_all_criteria_met_is_not_flagged(tmp_path: Path, body: str) -> None:
    assert findings(tmp_path, body) == []


def test_a_recognition_cue_missing_from_its_example_is_a_lexicon_error() -> None:
    text = 'version = 1\n[[recognition]]\ncue = "được công nhận"\nexample = ["đạt chuẩn"]\n'
    with pytest.raises(LexiconError, match="recognition"):
        parse_recognition_cues(text)
