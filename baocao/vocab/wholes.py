"""The whole a sentence opens with and counts a part of: "Trong số 6 xã đăng ký về đích …, có
4 xã …", "Đối với 5 xã có kế hoạch đạt chuẩn năm 2024, …", "Trong tổng số 9 xã của huyện …".

One pattern for every stage that needs it: the context (a goal word of the whole is not the
part's), the coverage statement (the part's quote starts at its whole) and the auditor (a
described whole is no denominator of its place). The opening words are ``whole_opening`` cues
of ``patterns_cues.toml``.
"""

from __future__ import annotations

from baocao.vocab.patterns import cues

#: The units such a whole counts (communes, villages, districts; "đơn vị" of any level).
WHOLE_UNITS = r"xã|thôn|bản|ấp|xóm|huyện|đơn\s+vị"
#: A whole's number as written: "6", "12", "1.234".
WHOLE_NUMBER = r"\d[\d.]*"


def whole_opening(number: str = WHOLE_NUMBER, units: str = WHOLE_UNITS) -> str:
    """A regex (string) of the opening "<cue> <number> <unit>" with the groups ``whole`` (the
    opening from its cue to its unit word) and ``total``; a unit word ends at a word edge."""
    return (
        rf"(?P<whole>(?:{cues().pattern('whole_opening')})\s+(?P<total>{number})\s+"
        rf"(?i:{units})(?![^\W\d_]))"
    )
