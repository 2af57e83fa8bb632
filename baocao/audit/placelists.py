"""A count of communes against the places it is then shared out among.

"Hội đồng thẩm định 07 xã, gồm: huyện A 02 xã, huyện B 03 xã, huyện C 01 xã" cannot be right
as written: the places' communes make 6, not 7 (``sum_mismatch``). The count is read from the
text: "N xã", then before the sentence ends a word opening its list (``sums.toml``: "gồm",
"cụ thể" say the list is all of it, and so does "trong đó:" opening it with a colon; "trong
đó" alone some of it), then at least two places of a
district's or province's level, each with its own count of communes ("huyện A 2 xã",
"thị xã B (3 xã)"), one after the other. Places that make more communes than the count are
flagged after any opening word; fewer, only after one that says the list is all of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from baocao.audit.common import IdFact, text_finding
from baocao.audit.sums import load_sum_cues
from baocao.model import Finding, Severity

KIND = "sum_mismatch"

_XA = r"(?i:xã)(?![^\W\d_])"
_COUNT = r"(?<![\d.,/])(?P<{name}>\d{{1,3}})(?![\d.,/])"


@cache
def _head() -> re.Pattern[str]:
    """ "07 xã đạt chuẩn nông thôn mới năm 2018, gồm:": the count, then words (a year may
    date them) up to a word opening its list (``sums.toml``'s ``whole`` and ``some_of``); no
    other figure, no sentence end."""
    cues = load_sum_cues()
    opening = f"(?i:{cues.whole.pattern}|{cues.some_of.pattern})"
    return re.compile(
        _COUNT.format(name="n")
        + rf"\s+{_XA}(?:[^\d.;:\n]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,90}}?"
        + rf"(?P<cue>{opening})\s*(?:(?i:có|là)\s+)?:?\s*"
    )


_PREFIX = r"(?i:huyện|thị\s+xã|thành\s+phố|tp\.?|tỉnh)"
# "huyện Hòn Đất 02 xã", "thị xã Kiến Tường có 3 xã", "huyện Tân Hiệp (1 xã)", "- huyện A: 2 xã"
_ITEM = re.compile(
    rf"(?:[-+•]\s*)?{_PREFIX}\s+(?P<name>[^\d,;:.()\n]{{1,40}}?)\s*:?\s*(?:(?i:có)\s+)?\(?\s*"
    + _COUNT.format(name="k")
    + rf"\s+{_XA}(?:\s*\))?"
)
_LIST_END = re.compile(r"\s*(?:[.)]|$)")
_SEPARATOR = re.compile(r"\s*(?:[,;]\s*(?:(?i:và)\s+)?|\s+(?i:và)\s+|\s*\n\s*)")


def _items(text: str, at: int) -> tuple[list[int], int]:
    """The counts of the places listed from ``at``, one right after the other, and where the
    last one ends."""
    counts: list[int] = []
    end = at
    while True:
        m = _ITEM.match(text, at)
        if m is None or "xã" in m.group("name").lower().split():
            break
        counts.append(int(m.group("k")))
        end = m.end()
        sep = _SEPARATOR.match(text, end)
        if sep is None:
            if not _LIST_END.match(text, end):
                return [], end  # "huyện B 8 xã đạt 19 tiêu chí": a count of something else
            break
        at = sep.end()
    return counts, end


def places_against_their_count(facts: Sequence[IdFact], text: str | None) -> list[Finding]:
    if not text or not facts:
        return []
    cues = load_sum_cues()
    findings = []
    for head in _head().finditer(text):
        counts, end = _items(text, head.end())
        if len(counts) < 2:
            continue
        whole, total = int(head.group("n")), sum(counts)
        # "trong đó:" with its colon opens the list line by line, as a "gồm" does (sums.py)
        claims_all = cues.whole.search(head.group("cue")) is not None or head.group(
            0
        ).rstrip().endswith(":")
        if total == whole or (total < whole and not claims_all):
            continue
        relation = "more than" if total > whole else "fewer than"
        parts = " + ".join(str(k) for k in counts)
        explain = (
            f"communes by place: {parts} = {total} xã, {relation} the {whole} xã they are listed as"
        )
        findings.append(
            text_finding(KIND, Severity.HIGH, explain, text, (head.start(), end), facts, [])
        )
    return findings
