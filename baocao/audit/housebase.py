"""percent_mismatch: a count of poor households with its share, against the households the
text says the place has.

"Xã Minh Tân có 1.200 hộ dân. … Số hộ nghèo còn 30 hộ, chiếm 3,5%": the share of poor (or
near-poor) households is of the place's households, and the text states them: 30/1.200 =
2,5%, not 3,5%. The whole is read from the text before the share, in its paragraph: "có
1.200 hộ", "tổng số 1.200 hộ dân", "với 1.200 hộ gia đình" — an exact number of households,
qualified by nothing ("1.200 hộ đồng bào dân tộc", "hộ tham gia …" are some households), of
the share's place: the report's own unit, with no other place named between the two. A
share that fits any such whole (by rounding or truncation at its decimals) is consistent.
What is counted is a household count whose words are the poor households' (``households``
in ``implied.toml``); a goal, an estimate, or a share with its base written in its own
sentence (:mod:`baocao.audit.percents`) is not weighed here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from baocao.audit.common import IdFact, Where, place_identity, vn
from baocao.audit.implied_cues import load_implied_cues
from baocao.audit.percents import Share, check_share
from baocao.model import Finding, Percentage, Report

#: How far before a share its place's households may be stated (in one paragraph).
REACH = 600
#: The households of a place: "có 1.200 hộ", "tổng số 1.200 hộ dân", "với 1.200 hộ gia
#: đình" — then a stop, "và", "với" or another figure ("1.200 hộ, 5.100 nhân khẩu").
_HOUSEHOLDS = re.compile(
    r"(?i:(?<![^\W\d_])(?:có|gồm|với|tổng\s+số|tổng\s+cộng))\s+(?P<n>\d{1,3}(?:\.\d{3})+|\d{2,4})"
    r"\s+(?i:hộ)(?:\s+(?i:dân|gia\s+đình))?(?=\s*(?:[,.;:)\n]|(?i:và|với)\s|\d))"
)
_APPROX = re.compile(r"(?i:khoảng|hơn|gần|trên|xấp\s+xỉ|ước)\s*$")
#: A place named between the households and the share: the share may be that place's.
_OTHER_PLACE = re.compile(
    r"(?<![^\W\d_])(?P<level>(?i:thôn|ấp|bản|xóm|buôn|tổ|xã|huyện|tỉnh|phường|thị\s+trấn))"
    r"\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]"
)
_SENTENCE_STOP = re.compile(r"[.;!?\n]")
_PARAGRAPH = re.compile(r"\n\s*\n")


def _count_words(fact: Percentage) -> str:
    return f"{fact.label or ''} {fact.quote}"


def households_shares(
    facts: Sequence[IdFact], text: str | None, report: Report | None = None
) -> list[Finding]:
    """A finding for each share of poor households no stated number of the place's
    households gives (see the module docstring)."""
    if not text or report is None or report.unit is None:
        return []
    unit = place_identity(report.unit.written, report.unit.code)
    prefix = (report.unit.prefix or "").lower()
    counted = load_implied_cues().households
    findings: list[Finding] = []
    for fid, fact in facts:
        if (
            not isinstance(fact, Percentage)
            or fact.unit != "%"
            or fact.part is None
            or fact.whole is not None
            or fact.target
            or fact.approx
            or fact.start is None
            or not 0 < fact.value < 100
            or place_identity(fact.subject, fact.subject_code) != unit
            or counted.search(_count_words(fact)) is None
        ):
            continue
        lo = max(0, fact.start - REACH)
        paragraphs = list(_PARAGRAPH.finditer(text, lo, fact.start))
        lo = paragraphs[-1].end() if paragraphs else lo
        wholes = []
        for m in _HOUSEHOLDS.finditer(text, lo, fact.start):
            if _APPROX.search(text, max(0, m.start("n") - 12), m.start("n")):
                continue
            if _OTHER_PLACE.search(text, m.end(), fact.start):
                continue
            stops = list(_SENTENCE_STOP.finditer(text, lo, m.start()))
            said = text[stops[-1].end() if stops else lo : m.start()]
            levels = {p.group("level").lower() for p in _OTHER_PLACE.finditer(said)}
            if levels - {prefix}:  # the households of another level's place
                continue
            wholes.append(int(m.group("n").replace(".", "")))
        wholes = [w for w in set(wholes) if w > fact.part]
        if not wholes:
            continue
        shares = [
            Share(
                where=Where(fid, fact),
                stated=fact.value,
                part=fact.part,
                whole=float(w),
                part_tol=0.0,
                whole_tol=0.0,
                part_text=vn(int(fact.part)),
                whole_text=vn(w),
                fact_ids=(fid,),
                decimals=fact.value_decimals,
                note=f"; the {vn(w)} households the text gives the place before it",
            )
            for w in sorted(wholes)
        ]
        found = [check_share(s) for s in shares]
        if all(f is not None for f in found):
            first = found[0]
            assert first is not None
            findings.append(first)
    return findings
