"""percent_mismatch: a count with a share of a whole no whole number of units gives.

"280 xã (đạt 68,36%)" states no whole, but a share of units is a ratio of whole numbers: the
whole N must make 280/N round or truncate to 68,36 at the decimals written. 280/409 =
68,46%, 280/410 = 68,29%: no N does, so the count and the share cannot both be as written.
Checked only where the share's decimals are known (as written) and the count is exact (no
"hơn", "gần", "khoảng" before it); a count with its whole written is checked against that
whole (:mod:`baocao.audit.percents`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from baocao.audit.common import IdFact, Where, finding, percent_text, vn
from baocao.audit.implied import implied_total
from baocao.audit.percents import KIND, another_places_share, share_of_other_things
from baocao.model import Coverage, Finding, Severity

#: A count written as an estimate: its share may be of the true count.
_APPROXIMATE = re.compile(r"(?i:(?<![^\W\d_])(?:hơn|gần|khoảng|trên|xấp\s+xỉ|ước|chừng)\s+)$")


def _approximate(fact: Coverage, text: str | None) -> bool:
    """Whether the count is written as an estimate, in its quote or right before it."""
    at = fact.quote.find(str(fact.units_met))
    if at > 0 and _APPROXIMATE.search(fact.quote, 0, at) is not None:
        return True
    if at == 0 and text is not None and text[fact.start : fact.end] == fact.quote:
        return _APPROXIMATE.search(text, max(0, fact.start - 12), fact.start) is not None
    return False


def shares_with_no_whole(facts: Sequence[IdFact], text: str | None = None) -> list[Finding]:
    """A finding for each coverage with a share and no whole whose share no whole number of
    units gives (see the module docstring)."""
    findings = []
    for fid, fact in facts:
        if (
            not isinstance(fact, Coverage)
            or fact.units_total is not None
            or fact.percent_stated is None
            or fact.percent_decimals is None
            or not 0 < fact.percent_stated < 100
            or fact.units_met < 1
            or _approximate(fact, text)
            or another_places_share(fact.quote, fact.percent_stated)
            or share_of_other_things(fact.quote, fact.percent_stated)
        ):
            continue
        low, high = implied_total(fact.units_met, fact.percent_stated, fact.percent_decimals)
        if math.floor(high) > low:  # a whole number lies in (low, high]
            continue
        below, above = math.floor(low), math.ceil(high)
        shown = max(fact.percent_decimals, 2)
        explain = (
            f"{fact.units_met} {fact.unit_kind or 'units'} at "
            f"{percent_text(fact.percent_stated, fact.percent_decimals)}: no whole number of "
            f"units gives it ({fact.units_met}/{vn(below)} = "
            f"{percent_text(fact.units_met / below * 100, shown)}, {fact.units_met}/{vn(above)} = "
            f"{percent_text(fact.units_met / above * 100, shown)})"
        )
        findings.append(finding(KIND, Severity.HIGH, explain, Where(fid, fact), [fid]))
    return findings
