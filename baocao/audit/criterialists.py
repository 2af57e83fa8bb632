"""count_mismatch: criteria counted as unmet, then listed, the list holding another number.

"Xã A còn 3 tiêu chí chưa đạt gồm: giao thông, thủy lợi" counts three and names two. The
list is read right after the count, in its sentence, after "gồm", "là" or a colon, or in
brackets ("giảm 02 tiêu chí (giao thông; trường học; môi trường)"): its items are the pieces
between commas, semicolons and "và". It is weighed only when the extractor read every item as
a criterion of the place (one unmet verdict each, quoted from the list), so an item it could
not name never makes a false count; then the items must be as many as counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from baocao.audit.common import IdFact, place_identity, text_finding
from baocao.model import CriteriaCount, Finding, Severity, Verdict

KIND = "count_mismatch"

#: Where a counted criteria's list opens, right after the count.
_OPENING = re.compile(
    r"\s*(?:(?i:tiêu\s+chí)\s+)?(?:(?i:chưa\s+đạt)\s*)?(?:,\s*)?"
    r"(?:(?i:(?<![^\W\d_])(?:bao\s+gồm|gồm\s+có|gồm|là))\s*:?\s*|:\s*|\(\s*)"
)
_LIST_END = re.compile(r"[.!?\n)]")
_ITEM_SPLIT = re.compile(r"\s*(?:[,;]\s*(?:(?i:và)\s+)?|\s(?i:và)\s+)\s*")
#: How long a list may run.
_REACH = 300


def criteria_lists(facts: Sequence[IdFact], text: str | None) -> list[Finding]:
    """A finding for each count of unmet criteria whose list names another number of them
    (see the module docstring)."""
    if not text:
        return []
    findings: list[Finding] = []
    for fid, count in facts:
        if (
            not isinstance(count, CriteriaCount)
            or not count.unmet
            or count.end is None
            or count.start is None
            or count.what != "tiêu chí"
        ):
            continue
        opening = _OPENING.match(text, count.end)
        if opening is None:
            continue
        end = _LIST_END.search(text, opening.end(), opening.end() + _REACH)
        if end is None:
            continue
        listed = text[opening.end() : end.start()].strip()
        items = [i for i in _ITEM_SPLIT.split(listed) if i.strip()]
        subject = place_identity(count.subject, count.subject_code)
        named = {
            (vid, v.criterion)
            for vid, v in facts
            if isinstance(v, Verdict)
            and not v.met
            and v.start is not None
            and count.start <= v.start <= end.start()
            and place_identity(v.subject, v.subject_code) == subject
        }
        criteria = {c for _, c in named}
        if len(items) < 1 or len(criteria) != len(items) or len(items) == count.met:
            continue
        explain = f"{count.met} tiêu chí counted as unmet, {len(items)} named: {'; '.join(items)}"
        ids = [fid, *sorted(vid for vid, _ in named)]
        findings.append(
            text_finding(
                KIND, Severity.HIGH, explain, text, (count.start, end.start()), facts, ids, count
            )
        )
    return findings
