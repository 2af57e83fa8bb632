"""The whole a count of units is part of, written elsewhere in its sentence.

* "56 xã đạt chuẩn nông thôn mới trên tổng số 98 xã": the whole written after
  (:func:`_total_after`);
* "trong tổng số 14 xã … có 05 xã đạt 19/19 tiêu chí" (5 of 14), "Tổng số đơn vị … là 10/10,
  trong đó có 03 đơn vị …" (3 of 10), "toàn tỉnh (204 xã) … 85 xã" (85 of 204)
  (:func:`_total_before`);
* "chưa có xã nào đạt …" (0) of the units its sentence says the place has
  (:func:`_none_of_total`);
* a whole listed by kind before a generic count ("Trong số 7 huyện, thị xã có 2 địa phương
  với 100% xã NTM": 2 of 7), the communes' standard named by "NTM" alone.
"""

from __future__ import annotations

import re
from functools import cache

from baocao.nlp.coverage.common import _IN_WHICH_BEFORE, _INT, _WHOLE, _same_unit, _unit_kind
from baocao.vocab.patterns import cues

# "trong (tổng) số 14 xã …, có 5 xã", "Đối với 5 xã có kế hoạch …, có 3 xã"
_IN_TOTAL_OF = re.compile(
    r"(?i:trong\s+(?:tổng\s+)?số|đối\s+với)\s+(?P<total>\d{1,3}(?:\.\d{3})*)\s+"
)
_HAS_BEFORE = re.compile(r"(?i:(?<![^\W\d_])có)\s+$")
#: An aside in brackets, closed: what it counts is beside the sentence's own counts.
_ASIDE = re.compile(r"\([^()]*\)")
#: A count that is a change, not a whole: "tăng 160 xã", "giảm 3 xã", "thêm 8 xã".
_INCREMENT_BEFORE = re.compile(r"(?i:(?<![^\W\d_])(?:tăng|giảm|thêm)(?:\s+thêm)?)\s+$")


#: What a count of units reaches: such a count before "chưa có xã nào đạt" is no whole.
_REACHED = re.compile(r"(?i:(?<![^\W\d_])(?:đạt|công\s+nhận|hoàn\s+thành|về\s+đích))")
_YEAR_ONLY = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _none_of_total(text: str, s: int, at: int, unit: str) -> str | None:
    """The whole "chưa có xã nào đạt" is none of, written before it in its sentence as the
    units there are ("Toàn huyện có 12 xã, đến nay chưa có xã nào đạt chuẩn", "Trong 14 xã
    của huyện, không có xã nào đạt tiêu chí 13"); else what :func:`_total_before` reads.
    A count that reaches something ("có 9 xã đạt chuẩn nhưng chưa có xã …") is no whole."""
    unit_re = r"\s+".join(re.escape(w) for w in unit.split())
    before = text[s:at]
    whole = None
    for m in re.finditer(
        rf"(?i:(?<![^\W\d_])(?:có|trong(?:\s+(?:tổng\s+)?số)?|gồm))\s+(?P<total>{_INT})\s+"
        rf"(?i:{unit_re})(?![^\W\d_])",
        before,
    ):
        whole = m
    if whole is not None:
        gap = before[whole.end() :]
        if not _REACHED.search(gap) and not re.search(r"\d", _YEAR_ONLY.sub("", gap)):
            return whole.group("total")
    return _total_before(text, s, at, unit)


#: How far back a sentence opening with "trong đó" looks for its whole.
PRIOR_REACH = 160


def _reaches_itself(gap: str) -> bool:
    """Whether the words after a count say the counted units reach something themselves
    ("50 xã đạt chuẩn, trong đó": a count of units reaching, no whole of a part), not units
    of theirs ("18 tỉnh có 100% số xã đạt chuẩn, trong đó": the provinces are the whole)."""
    reach = _REACHED.search(gap)
    return reach is not None and not re.search(r"\d", gap[: reach.start()])


#: A part's own step beyond its whole's: reaching, recognition, a higher standard.
_FURTHER_STEP = re.compile(
    r"(?i:(?<![^\W\d_])(?:đạt|công\s+nhận|hoàn\s+thành|về\s+đích|nâng\s+cao|kiểu\s+mẫu))"
)


def _part_reaches_further(text: str, at: int) -> bool:
    """Whether the part counted at ``at`` says, in its own clause, that it reaches a step of
    its own ("trong đó 12 xã đạt chuẩn nâng cao", "trong đó 30 xã đã được công nhận"), not
    only what kind of units it is ("trong đó có 4 xã ở vùng biên giới")."""
    end = len(text)
    for stop in (".", ";", "\n"):
        found = text.find(stop, at)
        if found != -1:
            end = min(end, found)
    return _FURTHER_STEP.search(text, at, min(end, at + 120)) is not None


def _total_before(text: str, s: int, at: int, unit: str) -> str | None:
    """The whole a count of units is part of, written before it in its sentence: "491
    trường …, trong đó có 257 trường", "Tổng số đơn vị cấp huyện … là 10/10, trong đó có
    03 đơn vị", "trong tổng số 14 xã đăng ký … có 05 xã", "toàn tỉnh (204 xã) … 85 xã"."""
    before = text[s:at]
    unit_re = r"\s+".join(re.escape(w) for w in unit.split())
    if _IN_WHICH_BEFORE.search(before) and not re.search(r"\d", before):
        # "Huyện có 21 xã; trong đó: 11 xã …", "Xã có 9 thôn. Trong đó 4 thôn …": the whole
        # ends the sentence before, in the same paragraph
        prior = text[max(0, s - PRIOR_REACH) : s]
        prior = prior[prior.rfind("\n") + 1 :]
        whole = re.search(
            rf"(?i:(?<![^\W\d_])(?:có|gồm))\s+(?P<total>{_INT})\s+(?i:{unit_re})(?![^\W\d_])"
            rf"(?:\s*,\s*(?i:{_unit_kind()})(?![^\W\d_]))*\s*[.;:]?\s*$",
            prior,
        )
        if whole is not None:
            return whole.group("total")
    if _IN_WHICH_BEFORE.search(before):
        found = None
        asides = [a.span() for a in _ASIDE.finditer(before)]
        for m in re.finditer(
            rf"(?P<total>{_INT})(?P<of>\s*/\s*{_WHOLE})?\s+(?i:{unit_re})(?![^\W\d_])", before
        ):
            if any(a <= m.start() and m.end() <= b for a, b in asides):
                # "có 28 xã đạt chuẩn nâng cao (có 5 xã đang trình hồ sơ), trong đó có 6 xã
                # …": a count in an aside closed before "trong đó" is no whole of the part
                continue
            if m.group("of") and _REACHED.search(before, m.end()):
                # "5.775/8.227 xã đạt chuẩn …, trong đó": a ratio reaching a standard is no
                # whole of a part; one of units taking part is ("117/117 xã thực hiện
                # chương trình, trong đó: 45 xã … đạt chuẩn": 45 of the 117 taking part)
                continue
            found = m.group("total")
            if _INCREMENT_BEFORE.search(before, max(0, m.start() - 12), m.start()):
                found = ""  # "(tăng 160 xã so với …), trong đó có 764 xã": a change, no whole
            elif _reaches_itself(before[m.end() :]) and not _part_reaches_further(text, at):
                # "… sẽ có 50 xã đạt chuẩn, trong đó có 3 xã nông thôn mới ở vùng cao": a
                # part of the units that reached it, its whole (all the units) not written;
                # a part reaching a further step is of them ("…, trong đó 12 xã đạt chuẩn
                # nâng cao": 12 of the 50, as the shared gold reads "Trong đó, 5 xã … công
                # nhận" of the 7 that met the criteria)
                found = ""
        if found == "":
            return None
        if found is not None:
            return found
        label = re.search(
            rf"(?i:tổng\s+số)\s+(?i:{unit_re})(?![^\W\d_])[^.;:\d]{{0,80}}?(?:(?i:là)|:)\s*"
            rf"(?P<total>{_INT})(?:\s*/\s*{_WHOLE})?",
            before,
        )
        if label is not None:
            return label.group("total")
    if _HAS_BEFORE.search(before):
        found = None
        for m in _IN_TOTAL_OF.finditer(before):
            if re.match(rf"(?i:{unit_re})(?![^\W\d_])", before[m.end() :]):
                found = m.group("total")
        if found is not None:
            return found
    paren = re.search(rf"\(\s*(?P<total>{_INT})\s+(?i:{unit_re})\s*\)", before)
    return paren.group("total") if paren else _district_whole_before(before, unit)


#: Units a count may call the district-level units a whole lists by kind ("Trong số 7 huyện,
#: thị xã có 2 địa phương …").
GENERIC_UNITS = ("địa phương", "đơn vị")


@cache
def _district_whole() -> re.Pattern[str]:
    # "trong số 7 huyện, thị xã", "Tỉnh có 11 huyện, thành phố": the whole as the
    # district-level units listed by kind
    kind = cues().pattern("district_kind")
    return re.compile(
        r"(?i:(?<![^\W\d_])(?:trong\s+(?:tổng\s+)?số|có))\s+"
        rf"(?P<total>{_INT})\s+(?P<kinds>{kind}(?:\s*(?:,|\s(?i:và))\s*{kind})*)"
        r"(?P<gap>[^\d.;:!?]{0,60})$"
    )


def _district_whole_before(before: str, unit: str) -> str | None:
    """The whole of a generic count ("2 địa phương", "4 đơn vị") written before it as the
    district-level units by kind: "Trong tổng số 7 huyện, thị xã có 2 địa phương với …" (2
    of 7), "Tỉnh có 11 huyện, thành phố, trong đó 4 đơn vị …" (4 of 11); the
    count right after "có" or "trong đó", no other number between."""
    if not any(_same_unit(unit, g) for g in GENERIC_UNITS):
        return None
    if not (_HAS_BEFORE.search(before) or _IN_WHICH_BEFORE.search(before)):
        return None
    m = _district_whole().search(before)
    return m.group("total") if m else None


def _total_after(text: str, at: int, end: int, unit: str) -> str | None:
    """ "56 xã đạt chuẩn nông thôn mới trên tổng số 98 xã": the whole written after."""
    unit_re = r"\s+".join(re.escape(w) for w in unit.split())
    m = re.match(
        rf"[^.;:\d]{{0,60}}?(?i:(?:trên|trong)\s+tổng\s+số)\s+(?P<total>{_INT})\s+(?i:{unit_re})"
        r"(?![^\W\d_])",
        text[at : min(end, at + 120)],
    )
    return m.group("total") if m else None
