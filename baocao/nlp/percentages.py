"""Percentages: every other stated rate, and averages with a unit.

"Tỷ lệ lao động qua đào tạo đạt 74,2%", "khoảng 20-25%" (``value_max``), "trên 75%"
(``approx``), "đạt 95% (Tiêu chí yêu cầu: ≥ 85%)" (the requirement is the ``threshold``, not a
second percentage), "bình quân 11,75 tiêu chí/xã" and "38,6 triệu đồng/người/năm" (averages,
``unit`` as written). A share already claimed by a coverage or funding statement ("(đạt
47,82%)", "chiếm tỷ lệ 17,91%") is that statement's, and is skipped here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from baocao.nlp.context import Sections, context_at
from baocao.nlp.mentions import PercentageMention
from baocao.nlp.patterns import approx_at
from baocao.normalize.money import UNIT_PATTERN
from baocao.normalize.numbers import NUMBER_PATTERN

Span = tuple[int, int]

_PER = r"(?i:người|xã|hộ|khẩu|lao\s+động|ha|thôn|đơn\s+vị)"
_AVERAGE_UNIT = (
    rf"(?:{UNIT_PATTERN}|(?i:tiêu\s+chí|chỉ\s+tiêu))\s*/\s*{_PER}(?:\s*/\s*(?i:năm|tháng))?"
    r"(?![^\W\d_])"
)
# "(Tiêu chí yêu cầu: ≥ 85%)" right after the value, or after words that say what the value
# is of ("đạt 100% so với diện tích cần tưới (Tiêu chí yêu cầu: ≤ 85%)") but no other figure.
_THRESHOLD = re.compile(
    r"[^\d%()\n;]{0,60}?\(\s*(?i:tiêu\s+chí\s+yêu\s+cầu|yêu\s+cầu|quy\s+định|chỉ\s+tiêu)\s*:?\s*"
    r"(?P<op>≥|≤|>=|<=|>|<|(?i:từ|trên|dưới|tối\s+thiểu|tối\s+đa))?\s*"
    rf"(?P<value>{NUMBER_PATTERN})"
)
_OPERATOR_BEFORE = re.compile(r"(?:≥|≤|>=|<=|>|<)\s*$")
_REQUIREMENT_BEFORE = re.compile(r"(?i:yêu\s+cầu)\s*:?\s*(?:≥|≤|>=|<=|>|<)?\s*$")
# Cheap test before the rate pattern: "%" or a per-unit slash.
_RATE_HINT = re.compile(r"[%/]")
_CLAUSE_BREAK = re.compile(r"[.;:!?](?:\s|\*)|;")
_LABEL_TRIM = re.compile(r"^[\s\-–+•*·(]+|[\s:,(]+$")

#: Longest label kept (characters before the value in its clause).
MAX_LABEL = 120


@cache
def _percent() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<value>{NUMBER_PATTERN})"
        rf"(?:\s*[-–]\s*(?P<max>{NUMBER_PATTERN}))?\s*(?P<unit>%|{_AVERAGE_UNIT})"
    )


def _claimed(spans: Sequence[Span], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


def _label(text: str, lo: int, at: int) -> str | None:
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, at):
        start = m.end()
    label = _LABEL_TRIM.sub("", " ".join(text[start:at].split()))
    if len(label) > MAX_LABEL:
        label = label[-MAX_LABEL:].split(" ", 1)[-1]
    return label or None


def find_percentages(sections: Sections, claimed: Sequence[Span] = ()) -> list[PercentageMention]:
    """Every percentage mention not inside a ``claimed`` span, in document order."""
    text = sections.text
    spans = list(claimed)
    out: list[PercentageMention] = []
    for block in sections.blocks:
        if _RATE_HINT.search(text, block.start, block.end) is None:
            continue
        for m in _percent().finditer(text, block.start, block.end):
            if _claimed(spans, m.start("value")):
                continue
            before = text[max(block.start, m.start() - 30) : m.start()]
            if _OPERATOR_BEFORE.search(before) or _REQUIREMENT_BEFORE.search(before):
                continue  # a requirement of its own, not a stated rate
            threshold = _THRESHOLD.match(text, m.end())
            end = m.end()
            if threshold is not None:
                close = text.find(")", threshold.end(), block.end)
                end = close + 1 if 0 <= close - threshold.end() <= 30 else threshold.end()
                spans.append((threshold.start("value"), end))
            approx = approx_at(text, m.start())
            start = approx.start() if approx else m.start()
            ctx = context_at(sections, start, m.end(), label_first=True)
            unit = " ".join(m.group("unit").split())
            out.append(
                PercentageMention(
                    start,
                    end,
                    text[start:end],
                    ctx,
                    value=m.group("value"),
                    unit=unit,
                    value_max=m.group("max"),
                    threshold_op=threshold.group("op") if threshold else None,
                    threshold=threshold.group("value") if threshold else None,
                    approx=approx.group().strip() if approx else None,
                    label=_label(text, block.body, start),
                )
            )
    return out
