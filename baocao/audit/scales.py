"""unit_implausible: one total stated twice, a thousand times apart.

"Hà Nội: Huy động gần 40 tỷ đồng …" over "… đã huy động hơn 39.772 tỷ đồng": the same money
(place, source, flow, period) written twice, one figure about a thousand (or a million) times
the other, is one figure written in the wrong unit ("tỷ" for "nghìn tỷ"). The finding is
located at the rounder figure, the restatement (a headline, a summary), and cites both.
Goals are left out (a plan may differ from a result by any factor).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from baocao.audit.common import IdFact, Where, finding, period_of, place_identity, vn, vnd
from baocao.audit.units import KIND
from baocao.model import Finding, Funding, Report, Severity

#: The factors a unit word slipped by: tỷ for nghìn tỷ, triệu for tỷ, đồng for nghìn.
SCALES = (1_000, 1_000_000)
#: How far apart two statements of one figure may be, rounded ("gần 40" for 39,772): 3%.
TOLERANCE = 0.03


def _significant(amount: int) -> int:
    """How many significant digits an amount is written with (40.000.000.000 → 1)."""
    return len(str(Decimal(amount).normalize().as_tuple().digits))


def totals_at_two_scales(facts: Sequence[IdFact], *, report: Report | None = None) -> list[Finding]:
    """A finding for each pair of statements of one sum of money a unit scale apart."""
    money = [
        (fid, f) for fid, f in facts if isinstance(f, Funding) and not f.target and f.amount_vnd > 0
    ]
    findings = []
    seen: set[int] = set()
    for i, (aid, a) in enumerate(money):
        for bid, b in money[i + 1 :]:
            if (
                a.source != b.source
                or a.flow != b.flow
                or place_identity(a.region, a.region_code)
                != place_identity(b.region, b.region_code)
                or period_of(a, report) != period_of(b, report)
            ):
                continue
            small, large = sorted(((aid, a), (bid, b)), key=lambda x: x[1].amount_vnd)
            ratio = large[1].amount_vnd / small[1].amount_vnd
            if not any(abs(ratio / scale - 1) <= TOLERANCE for scale in SCALES):
                continue
            at = min((small, large), key=lambda x: _significant(x[1].amount_vnd))
            if at[0] in seen:
                continue
            seen.add(at[0])
            explain = (
                f"{vnd(small[1].amount_vnd)} and {vnd(large[1].amount_vnd)} state one "
                f"{a.source} sum ({a.flow}) about {vn(round(ratio))} times apart: one is "
                "written in the wrong unit"
            )
            findings.append(finding(KIND, Severity.HIGH, explain, Where(*at), [small[0], large[0]]))
    return findings
