"""What a name cell names: the reporting unit or a subject place (with its official code),
or a criterion (by number or by name)."""

from __future__ import annotations

import re

from baocao.data.lexicon import fold_words
from baocao.model import Level, Report
from baocao.vocab import criteria as criteria_norm
from baocao.vocab.places import parse_place, place_label, resolve_place

#: The largest criterion number of any national set (19 criteria in 2010-2025).
MAX_CRITERION = 19
#: Subject headers whose unit word is also a place prefix ("Tên xã": "xã <name>").
PLACE_PREFIXES = frozenset({"xã", "thôn", "huyện"})
#: "3. ", "II) ", "1.2. ", "a) ", "- ": the ordinal or bullet a row's name cell starts with.
LEADING_ORDINAL = re.compile(
    r"^\s*(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,5}|[a-zđ])[.)]|[-–—+•*])\s*"
)


def unit_place(report: Report) -> tuple[str, str | None]:
    """The reporting unit as facts name it ("huyện Tháp Mười"), with its official code."""
    unit = report.unit
    return (place_label(unit), unit.code) if unit else ("", None)


def read_subject(text: str, unit_kind: str | None, report: Report) -> tuple[str, str | None]:
    """A row's name cell as subject (as written, ordinal dropped) and its official code when
    the place resolves; a bare name under a "Tên xã" header is read as "xã <name>" to resolve
    it, but the subject stays as written."""
    written = LEADING_ORDINAL.sub("", text).strip()
    place = parse_place(written)
    if place is None and unit_kind in PLACE_PREFIXES:
        place = parse_place(f"{unit_kind} {written}")
    if place is None:
        return written, None
    unit = report.unit
    district = unit if unit is not None and unit.level is Level.DISTRICT else None
    resolved = resolve_place(
        place, province=report.province, district=district, when=report.date or report.period
    )
    return written, resolved.code


def criterion_in(text: str, report: Report, *, strict: bool = False) -> int | None:
    """The criterion a cell names: "Tiêu chí số 3", "3. Thủy lợi", "Thủy lợi"; ``strict``
    wants the words "tiêu chí" (an indicator's label is not a criterion's name)."""
    folded = fold_words(text)
    m = re.match(r"^(?:tieu chi|tc)\s*(?:so\s*)?(\d{1,2})\b", folded)
    if m:
        return int(m.group(1))
    if strict:
        return None
    m = re.match(r"^(\d{1,2})\s*[.:)\-–]?\s", folded + " ")
    if m and 1 <= int(m.group(1)) <= MAX_CRITERION:
        return int(m.group(1))
    return criteria_norm.criterion_number(LEADING_ORDINAL.sub("", text), report.criteria_set)


def criterion_count(criteria_set: str | None) -> int | None:
    """The size of ``criteria_set`` (19, 10); None when the set is not known."""
    return criteria_norm.criterion_count(criteria_set) if criteria_set else None
