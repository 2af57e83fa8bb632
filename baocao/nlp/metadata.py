"""A report's metadata: who issued it, when, about which period, under which criteria set.

Vietnamese administrative reports open with a fixed header (Nghị định 30/2020/NĐ-CP)::

    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    THÀNH PHỐ ĐỒNG HỚI                     Độc lập - Tự do - Hạnh phúc
    Số: 125/BC-UBND                    Đồng Hới, ngày 13 tháng 7 năm 2018
                          BÁO CÁO
     Kết quả xây dựng nông thôn mới … năm 2020

Converted files lose the layout, or the header altogether, so each field is read by the first
rule that finds it:

* **unit** — the place after "ỦY BAN NHÂN DÂN"/"UBND" in the header; else the first place of
  the title ("trên địa bàn thành phố Đồng Hới"); else the body: the level the report speaks of
  as itself ("trên địa bàn huyện", "toàn xã", "UBND xã"), then that level's most mentioned
  named place (the one named in the date line first).
* **province** — a "tỉnh X" in the header or title; else the most mentioned in the text; else
  (in :func:`metadata_to_report`) the province the unit resolves to.
* **number** — after "Số:"; None when the number is left blank ("Số:    /BC-UBND").
* **place and date** — "Bỉm Sơn, ngày 13 tháng 7 năm 2018" → "Bỉm Sơn", "2018-07-13"; a
  blank day gives "YYYY-MM".
* **title** — the lines after "BÁO CÁO" up to a blank line or the first heading.
* **period** and **scheme** — from the title; **criteria set** — the decision the text cites
  ("1980/QĐ-TTg"), else the period (:func:`baocao.normalize.criteria.criteria_set_for`).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from baocao.data.lexicon import fold
from baocao.model import Level, Place, Report
from baocao.normalize.criteria import criteria_set_for, decision_set
from baocao.normalize.periods import parse_period
from baocao.normalize.places import PLACE_PATTERN, parse_place, place_key, resolve_place
from baocao.normalize.schemes import scheme_of

__all__ = ["RawMetadata", "metadata_to_report", "read_metadata"]

logger = logging.getLogger(__name__)

#: How far into the text the header may reach (characters).
HEADER_CHARS = 3000

_PLACE = re.compile(PLACE_PATTERN)
_TITLE_WORD = re.compile(r"^[\s*_#]*B\s*Á\s*O\s+C\s*Á\s*O[\s*_#]*$", re.MULTILINE)
_ISSUER = re.compile(r"(?<![-/–]\s)(?<![-/–\w])(?:uy\s+ban\s+nhan\s+dan|ubnd)(?!\w)")
_NATIONAL_MOTTO = re.compile(r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia")
_NUMBER = re.compile(r"(?<!\w)Số\s*:\s*([^\n]*)")
_NUMBER_VALUE = re.compile(r"\d[\w.]*(?:\s*/\s*[\w.]+(?:\s*-\s*[\w.]+)*)+")
_DATE = re.compile(
    r"(?P<place>[^\W\d_][^\n,:;]{0,40}?)\s*,\s*ngày\s*(?P<day>\d{1,2})?\s*"
    r"tháng\s*(?P<month>\d{1,2})\s*năm\s*(?P<year>(?:19|20)\d{2})",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^\s*(?:[IVX]+\.|[A-Z]\.|\d+\.|Phần\s|PHẦN\s|Kính\s+gửi|Căn\s+cứ)")
_SELF_REFERENCE = re.compile(
    r"(?P<how>trên\s+địa\s+bàn|toàn|UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)"
    r"\s+(?P<level>huyện|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|tỉnh)(?!\w)"
    r"(?P<next>[ \t]+\w)?",
    re.IGNORECASE,
)
_SELF_LEVEL = {
    "huyện": Level.DISTRICT,
    "thị xã": Level.DISTRICT,
    "thành phố": Level.DISTRICT,
    "xã": Level.COMMUNE,
    "phường": Level.COMMUNE,
    "thị trấn": Level.COMMUNE,
    "tỉnh": Level.PROVINCE,
}
_DECISION = re.compile(r"\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?QĐ\s*-\s*TTg", re.IGNORECASE)


@dataclass(frozen=True)
class RawMetadata:
    """What the text says about itself, as written (before resolution).

    ``unit`` and ``province`` are places as parsed (no codes); ``unit_from`` says which rule
    found the unit (``header``, ``title``, ``body``). ``decisions`` are the criteria-set
    decisions the text cites, in order of first mention.
    """

    unit: Place | None = None
    unit_from: str | None = None
    province: Place | None = None
    number: str | None = None
    place_written: str | None = None
    date: str | None = None
    title: str | None = None
    period: str | None = None
    scheme: str | None = None
    decisions: tuple[str, ...] = ()


def read_metadata(text: str) -> RawMetadata:
    """Read a report's metadata from its text (see the module docstring for the rules)."""
    text = unicodedata.normalize("NFC", text)
    title_match = _TITLE_WORD.search(text, 0, HEADER_CHARS)
    header = text[: title_match.start()] if title_match else text[:HEADER_CHARS]
    title = _title(text, title_match.end()) if title_match else _appendix_title(text)
    place_written, date = _place_and_date(header if title_match else text[:HEADER_CHARS])
    unit, unit_from = _header_unit(header), "header"
    if unit is None and title:
        unit, unit_from = _first_place(title, exclude={Level.PROVINCE, Level.VILLAGE}), "title"
    if unit is None:
        unit, unit_from = _body_unit(text, place_written), "body"
    province = _province(header, title, text)
    return RawMetadata(
        unit=unit,
        unit_from=unit_from if unit else None,
        province=province,
        number=_number(header),
        place_written=place_written,
        date=date,
        title=title,
        period=parse_period(title) if title else None,
        scheme=scheme_of(title) if title else None,
        decisions=_decisions(text),
    )


def metadata_to_report(raw: RawMetadata) -> Report:
    """A :class:`Report` from raw metadata: unit and province resolved to official codes
    where unambiguous, the criteria set chosen, the scheme defaulting to plain "NTM"."""
    province = resolve_place(raw.province) if raw.province else None
    unit = resolve_place(raw.unit, province=province) if raw.unit else None
    if province is None and unit is not None and unit.province:
        if unit.level is Level.PROVINCE:
            province = unit
        else:  # not written in the report: derived from the unit's official parent
            province = Place(
                written=unit.province,
                prefix="tỉnh",
                name=unit.province,
                level=Level.PROVINCE,
                code=unit.province_code,
                province=unit.province,
                province_code=unit.province_code,
            )
    return Report(
        unit=unit,
        province=province,
        number=raw.number,
        place_written=raw.place_written,
        date=raw.date,
        title=raw.title,
        period=raw.period,
        criteria_set=_criteria_set(raw),
        scheme=raw.scheme or "NTM",
    )


#: An appendix names the report it belongs to: "(Kèm theo Báo cáo kết quả … năm 2019)".
_APPENDIX_OF = re.compile(r"^\W*Kèm\s+theo\s+báo\s+cáo\s+([^\n]+?)\W*$", re.M | re.I)


def _appendix_title(text: str) -> str | None:
    """The title of the report an appendix is attached to, when it says so."""
    match = _APPENDIX_OF.search(text, 0, HEADER_CHARS)
    return " ".join(match.group(1).split()) if match else None


def _title(text: str, start: int) -> str | None:
    """The lines after "BÁO CÁO", up to a blank line or a heading, joined by spaces."""
    lines: list[str] = []
    for line in text[start : start + 1500].split("\n"):
        clean = line.strip().strip("*_#").strip()
        if not clean:
            if lines:
                break
            continue
        if _HEADING.match(clean) or _TITLE_WORD.match(clean):
            break
        lines.append(clean)
        if len(lines) == 4:
            break
    return " ".join(" ".join(lines).split()) or None


def _place_and_date(header: str) -> tuple[str | None, str | None]:
    m = _DATE.search(header)
    if m is None:
        return None, None
    month, year = int(m.group("month")), int(m.group("year"))
    if not 1 <= month <= 12:
        return None, None
    place = " ".join(m.group("place").split()) or None
    day = m.group("day")
    if day and 1 <= int(day) <= 31:
        return place, f"{year:04d}-{month:02d}-{int(day):02d}"
    return place, f"{year:04d}-{month:02d}"


def _number(header: str) -> str | None:
    m = _NUMBER.search(header)
    if m is None:
        return None
    value = _NUMBER_VALUE.match(m.group(1).strip())
    return re.sub(r"\s+", "", value.group()) if value else None


def _header_unit(header: str) -> Place | None:
    """The place written right after "ỦY BAN NHÂN DÂN" / "UBND" in the header."""
    folded = fold(header)
    for m in _ISSUER.finditer(folded):
        window_end = min(len(header), m.end() + 80)
        motto = _NATIONAL_MOTTO.search(folded, m.end(), window_end)
        if motto is not None:
            window_end = motto.start()
        found = _PLACE.search(header, m.end(), window_end)
        if found and not header[m.end() : found.start()].strip(" \t\n:,-"):
            return parse_place(found.group())
    return None


def _first_place(text: str, *, exclude: set[Level]) -> Place | None:
    for m in _PLACE.finditer(text):
        place = parse_place(m.group())
        if place is not None and place.level not in exclude:
            return place
    return None


def _body_unit(text: str, place_written: str | None) -> Place | None:
    """The level the report speaks of as itself, then that level's most named place."""
    weights: Counter[Level] = Counter()
    for m in _SELF_REFERENCE.finditer(text):
        if m.group("next") and m.group("next").strip().isupper():
            continue  # "UBND huyện Sông Lô" names a place; the bare "UBND huyện" is the self
        level = _SELF_LEVEL[" ".join(m.group("level").lower().split())]
        weights[level] += 1 if fold(m.group("how")).startswith(("ubnd", "uy")) else 2
    if not weights:
        return None
    level = weights.most_common(1)[0][0]
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for m in _PLACE.finditer(text):
        place = parse_place(m.group())
        if place is None or place.level is not level:
            continue
        key = place_key(place.name)
        counts[key] += 1
        first.setdefault(key, place)
    if not counts:
        return None
    if place_written and place_key(place_written) in counts:
        return first[place_key(place_written)]
    best = max(counts, key=lambda k: (counts[k], -list(first).index(k)))
    return first[best]


def _province(header: str, title: str | None, text: str) -> Place | None:
    for part in (header, title or ""):
        for m in _PLACE.finditer(part):
            place = parse_place(m.group())
            if place is not None and place.prefix == "tỉnh":
                return place
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for m in _PLACE.finditer(text):
        place = parse_place(m.group())
        if place is not None and place.prefix == "tỉnh":
            counts[place_key(place.name)] += 1
            first.setdefault(place_key(place.name), place)
    if not counts:
        return None
    return first[counts.most_common(1)[0][0]]


def _decisions(text: str) -> tuple[str, ...]:
    """Criteria-set decisions cited ("1980/QĐ-TTg"), first mention first, each once."""
    seen: dict[str, None] = {}
    for m in _DECISION.finditer(text):
        if decision_set(m.group()) is not None:
            seen.setdefault(re.sub(r"\s+", "", m.group()), None)
    return tuple(seen)


def _criteria_set(raw: RawMetadata) -> str | None:
    """The period's set when the text cites it too or cites none; else the set cited most."""
    by_period = criteria_set_for(period=raw.period)
    cited = [decision_set(d) for d in raw.decisions]
    if not cited or by_period in cited:
        return by_period
    counts = Counter(cited)
    return max(counts, key=lambda s: (counts[s], s or ""))
