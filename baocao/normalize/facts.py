"""The normalise stage: mentions (raw strings) → facts (canonical values).

:func:`reading_to_facts` resolves the report's metadata, then turns each mention into a
fact of its kind with a chain of small functions: numbers through
:func:`~baocao.vocab.numbers.parse_number`, money through
:func:`~baocao.vocab.money.to_vnd`, sources through
:func:`~baocao.vocab.sources.funding_source`, criterion names through
:func:`~baocao.vocab.criteria.criterion_number`, periods and schemes through
:mod:`~baocao.vocab.periods` / :mod:`~baocao.vocab.schemes`.

Decisions that need the whole document are made here, in document order:

* a subject the text leaves unsaid is the reporting unit (``Report.unit``, written with
  its prefix: "thành phố Đồng Hới");
* an unmet count with no total ("còn lại 04 tiêu chí …") takes the total of the latest
  count of the same subject, scheme and kind stated before it ("đạt 15/19 tiêu chí"), else
  the criteria set's size for criteria; a pair ("13 tiêu chí, còn 02 tiêu chí") is its own
  total;
* a criterion named by a short name the document glosses ("Văn hóa (Trung tâm văn hóa xã;
  …)") is read through the gloss;
* a period or scheme the context does not give is the report's.

Table mentions (:mod:`baocao.nlp.tables`) carry what their cells say as values; they become
facts here too (:func:`tables_to_facts`, the section "tables" below), in table and row order
after the text's facts, with the report filling in what a table leaves to it: the reporting
unit as the subject or region, a row's place resolved to its official code, a source read at
the unit's level, the report's period, scheme and criteria set (and the set's size as a
count's total).

A mention whose values cannot be read (a number the parser rejects, a criterion outside the
set) is dropped and counted in one log line per document.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, TypeVar

from baocao.errors import Unreadable
from baocao.model import (
    Coverage,
    CriteriaCount,
    Document,
    Fact,
    Funding,
    Level,
    Percentage,
    Place,
    Report,
    Verdict,
)
from baocao.nlp.context import undated_or_present
from baocao.nlp.mentions import (
    CountMention,
    CoverageMention,
    FundingMention,
    Mention,
    PercentageMention,
    Reading,
    TableCountMention,
    TableCoverageMention,
    TableFundingMention,
    TableMention,
    TablePercentageMention,
    TableVerdictMention,
    VerdictMention,
)
from baocao.normalize.periods import (
    plans_ahead,
    present_of,
    starts_after_writing,
    statement_period,
    year_end_ahead,
)
from baocao.normalize.report import metadata_to_report
from baocao.vocab.criteria import (
    CRITERIA_SETS,
    criterion_by_topic,
    criterion_count,
    criterion_number,
)
from baocao.vocab.former import FORMER, mentioned_former
from baocao.vocab.gazetteer import MAP_2025, MAP_PRE2025, map_of, predecessors
from baocao.vocab.gazetteer import unit as gazetteer_unit
from baocao.vocab.money import MoneyUnitError, money_to_vnd, parse_money_unit, to_vnd
from baocao.vocab.numbers import NumberFormatError, decimals_written, parse_number
from baocao.vocab.patterns import cues
from baocao.vocab.periods import (
    is_ahead,
    period_years,
)
from baocao.vocab.places import (
    PLACE_PATTERN,
    abbreviated_prefix,
    enclosing_places,
    most_units,
    parse_place,
    place_key,
    place_label,
    region_member_near,
    region_written_as_place,
    regions_in,
    resolve_bare_name,
    resolve_place,
)
from baocao.vocab.schemes import scheme_of
from baocao.vocab.sources import funding_source

__all__ = ["Normaliser", "TableNormaliser", "reading_to_facts", "tables_to_facts"]

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Fact)
M = TypeVar("M", bound=Mention)

# "≥ 85%" → ">=85"; words reports use for a bound.
_OPERATORS = {
    "≥": ">=",
    ">=": ">=",
    ">": ">",
    "≤": "<=",
    "<=": "<=",
    "<": "<",
    "từ": ">=",
    "trên": ">=",
    "tối thiểu": ">=",
    "dưới": "<=",
    "tối đa": "<=",
}

#: More units of a kind than any province has (Thanh Hóa, the largest, had under 640
#: communes and 27 district-level units): a count above it naming no place is national,
#: and so is any count of provinces.
NATIONAL_ONLY = {"xã": 700, "huyện": 40, "tỉnh": 0}


def _a_region(place: str | None) -> bool:
    """Whether a fact's place is one of the country's regions ("vùng Tây Nguyên")."""
    return place is not None and place.startswith("vùng ") and bool(regions_in(place))


_LEVEL_UNITS = re.compile(r"(?i:đơn\s+vị\s+(?:hành\s+chính\s+)?cấp\s+(huyện|xã|tỉnh))(?!\w)")


def _kind_counted(unit_kind: str | None, quote: str) -> str:
    """The kind of unit a count counts, a level's units by their level ("201 đơn vị cấp
    huyện" → "huyện"); provinces are counted only across the country."""
    kind = " ".join((unit_kind or "").lower().split())
    if kind.startswith("đơn vị"):  # "đơn vị", "đơn vị cấp huyện"
        level = _LEVEL_UNITS.search(f"{kind} {quote}", 0, 60 + len(kind))
        if level is not None:
            return level.group(1).lower()
    return kind


#: A count of provinces as the subject of a share's clause: "12 tỉnh (đã) có", "16 tỉnh với".
_PROVINCES_COUNTED = re.compile(r"(?<![\d.,])\d{1,2}\s+(?i:tỉnh)(?:\s+(?i:đã))?\s+(?i:có|với)$")
#: The level of the units a coverage statement counts, where the map can count them.
_COUNTED_LEVEL = {
    "xã": Level.COMMUNE,
    "phường": Level.COMMUNE,
    "thị trấn": Level.COMMUNE,
    "huyện": Level.DISTRICT,
    "thị xã": Level.DISTRICT,
    "thành phố": Level.DISTRICT,
    "đô thị": Level.DISTRICT,
    "đơn vị cấp huyện": Level.DISTRICT,
}
#: The place of national figures (shared FACTS.md).
NATIONAL = "cả nước"

#: Criteria when no set is known (every national set until 2025 has 19).
DEFAULT_CRITERIA = 19


def _int(written: str) -> int:
    value = parse_number(written)
    if value != value.to_integral_value():
        raise Unreadable(f"not a whole number: {written!r}")
    return int(value)


def _float(written: str) -> float:
    return float(parse_number(written))


def _plain(value: Decimal) -> str:
    """85 → "85", 24.20 → "24.2": a number for a threshold string."""
    text = f"{value.normalize():f}"
    return text


def subject_of(place: Place | None) -> str | None:
    """A place written with its prefix, as the fact contract wants it ("xã Cẩm Ngọc")."""
    return None if place is None else place_label(place)


#: The levels that count communes.
_ABOVE = (Level.DISTRICT, Level.PROVINCE)


#: The level of a giver as written ("tỉnh", "cấp trên": any level above the unit).
_GIVER_RANK = {
    "huyện": 2,
    "thị xã": 2,
    "thành phố": 2,
    "tỉnh": 3,
    "trung ương": 4,
    "cấp trên": 4,
    "t.ư": 4,
    "tư": 4,
    "tw": 4,
}


@dataclass
class Normaliser:
    """Turns one document's mentions into facts (see the module docstring)."""

    document: Document
    report: Report
    glosses: dict[str, str]
    #: commune name key → the district the text lists it in (``Reading.within``)
    within: dict[str, str] = field(default_factory=dict)
    #: the time goals that write no year of their own are for (``RawMetadata.plan_period``)
    plan: str | None = None

    # -- shared -----------------------------------------------------------------------

    @property
    def unit(self) -> str:
        return subject_of(self.report.unit) or ""

    @property
    def level(self) -> Level | None:
        """The report's level: its unit's, else the level a text naming no unit speaks as
        ("toàn huyện có …": a district's money "cấp trên" is the centre's and province's)."""
        return self.report.own_level

    def _criteria(self) -> int:
        if self.report.criteria_set in CRITERIA_SETS:
            return criterion_count(self.report.criteria_set)
        return DEFAULT_CRITERIA

    def common(self, mention: Mention) -> dict[str, Any]:
        """The fields every fact has, from the mention's span and context."""
        ctx = mention.context
        page = self.document.page_at(mention.start)
        return {
            "document": self.document.name,
            "document_sha256": self.document.sha256,
            "page": page.number if page else None,
            "start": mention.start,
            "end": mention.end,
            "quote": mention.quote,
            "period": None
            if ctx.undated
            else statement_period(
                self.report,
                ctx.period,
                plan=self.plan,
                flow=isinstance(mention, FundingMention),
                goal=ctx.goal is not None
                and not ctx.review
                and not getattr(mention, "flow_done", False),
            ),
            "scheme": (scheme_of(ctx.scheme) if ctx.scheme else None) or self.report.scheme,
            "criteria_set": self.report.criteria_set,
            "ocr": page.ocr if page else False,
            "target": ctx.goal is not None
            or starts_after_writing(self.report, ctx.period)
            or plans_ahead(self.report, mention)
            or year_end_ahead(self.report, self.document.text, mention)
            or is_ahead(ctx.period or ""),
            "origin": "text",
        }

    def criterion(self, written: str | None) -> int | None:
        """A criterion number as written, checked against the set's size; or the criterion
        a topic phrase names in the report's set ("thuỷ lợi" → 3), None when it names none."""
        if written is None:
            return None
        if not written.strip().isdigit():
            topic = criterion_by_topic(written, self.report.criteria_set)
            return topic.criterion if topic else None
        number = _int(written)
        if not 1 <= number <= self._criteria():
            raise Unreadable(f"criterion {number} outside 1..{self._criteria()}")
        return number

    def named_criterion(self, name: str) -> int:
        """A criterion named in words, through the document's own gloss when it has one."""
        gloss = self.glosses.get(name.casefold())
        number = criterion_number(gloss or name, self.report.criteria_set)
        if number is None and gloss:
            number = criterion_number(name, self.report.criteria_set)
        if number is None:
            raise Unreadable(f"no criterion is named {name!r}")
        return number

    def subject(self, written: str | None) -> tuple[str, str | None]:
        """``(subject, code)``: the place as written, or the reporting unit (the unit a
        submission's title proposes, when it names one: :meth:`proposed`)."""
        unit = self.report.unit
        if written is None:
            proposed = self.proposed()
            if proposed is not None:
                return self.subject(proposed)
            return self.unit, unit.code if unit else None
        region = region_written_as_place(written)
        if region is not None:  # "các tỉnh Tây Nguyên": the region, no province
            return region, None
        place = parse_place(written)
        if ", " in written:  # several places ("huyện A, thị xã B"): no one code
            return written, None
        if place is None:  # a bare name ("LÂM THAO" heading a list of communes)
            bare = resolve_bare_name(
                written, province=self.report.province, when=self.report.date or self.report.period
            )
            return written, bare.code if bare is not None else None
        same_name = unit is not None and place_key(place.name) == place_key(unit.name)
        if unit is not None and same_name and place.level is unit.level:
            # the unit, in its official spelling when known
            return subject_of(unit) or written, unit.code
        resolved = self.listed_in_district(place) or resolve_place(
            place,
            province=self.report.province,
            district=_district(unit),
            when=self.report.date or self.report.period,
        )
        if resolved.code is None and unit is not None and same_name:
            # the unit under another prefix ("thị xã Phú Thọ" is not tỉnh Phú Thọ, but a
            # name the map cannot place is taken for the unit it repeats)
            return subject_of(place) or written, unit.code
        if resolved.code is None and place.level is Level.PROVINCE:
            member = self.region_member(place)
            if member is not None:
                return member
            # a province no map has, not even cut short or one letter off ("tỉnh Quảng" cut
            # by the page, a garbled scan): the nearest place that is one, the report's own
            return self.own_province()
        return subject_of(resolved) or written, resolved.code

    def proposed(self) -> str | None:
        """The one unit below the reporting unit a submission's title proposes or appraises
        ("TỜ TRÌNH Đề nghị thẩm định, xét công nhận xã A đạt chuẩn …" issued by huyện B):
        what the submission's figures are about (its money, income, poor households), not
        the issuer's; None for any other title (``proposal_title`` cues)."""
        title, unit = self.report.title, self.report.unit
        if not title or unit is None or _PROPOSAL().search(title) is None:
            return None
        below = {
            " ".join(m.group().split())
            for m in re.finditer(PLACE_PATTERN, title)
            if (place := parse_place(m.group())) is not None
            and _LEVEL_RANK.get(place.level, 0) > _LEVEL_RANK.get(unit.level, 9)
        }
        return next(iter(below)) if len(below) == 1 else None

    def place_of(self, m: Mention, written: str | None) -> tuple[str, str | None]:
        """:meth:`subject` of ``written``, the place of the statement ``m``; the former unit
        when the text writes the place so where ``m`` takes it from ("Khu vực tỉnh Tây Ninh
        (cũ) có 13/24 xã" in a text of the 2025 map: vocab/former.py)."""
        if written is None:
            written = self.unit_last_named(m.start)
        return self.former(m, written) or self.subject(written)

    def unit_last_named(self, at: int) -> str | None:
        """Of a text about several units ("Huyện A và huyện B đạt chuẩn …"), the one whose
        name the text last wrote before ``at``: a statement naming no place goes on about it
        ("… quê hương B. Đến nay, huyện có 9/9 xã …; 7/9 xã đạt chuẩn nâng cao"), not about
        the first one named. None for a text about one unit."""
        units = self.report.units
        if len(units) < 2:
            return None
        text = self.document.text[:at]
        where = {text.rfind(u.name): u for u in units}
        last = max(where)
        return place_label(where[last]) if last >= 0 else None

    def former(self, m: Mention, written: str | None) -> tuple[str, str | None] | None:
        """``(label, code)`` of a former unit a text of the 2025 map (or of a date that
        cannot tell) writes as one ("Tây Ninh (cũ)", "Long An trước khi sáp nhập"): the
        unit of the old map, its label the place as written and "(cũ)"; None otherwise."""
        if not written or ", " in written:
            return None
        if map_of(self.report.date or self.report.period) == MAP_PRE2025:
            return None  # the old map is the text's own: no unit is former in it
        place = parse_place(written)
        if place is None or region_written_as_place(written) is not None:
            return None
        if not mentioned_former(self.document.text, place.name, place.prefix, m.start, m.end):
            return None
        resolved = self.resolve_former(place)
        return f"{subject_of(resolved) or written} {FORMER}", resolved.code

    def resolve_former(self, place: Place) -> Place:
        """``place`` on the old map: a district or commune of one of the old provinces the
        report's (new) province was made of, when one of them has it ("huyện Châu Thành
        (cũ)" in Tây Ninh is in both old Tây Ninh and old Long An: unresolved), else
        wherever it is one unit; ``place`` unchanged when none or several are."""
        old = "2025-06"  # a date of the old map
        province = self.report.province
        if place.level is not Level.PROVINCE and province is not None and province.code:
            found: dict[str, Place] = {}
            for code in predecessors(province.code) or (province.code,):
                member = gazetteer_unit(code, map=MAP_PRE2025)
                if member is None:
                    continue
                resolved = resolve_place(place, province=member.name, when=old)
                if resolved.code is not None:
                    found[resolved.code] = resolved
            if found:
                return next(iter(found.values())) if len(found) == 1 else place
        return resolve_place(place, when=old)

    def region_member(self, place: Place) -> tuple[str, str | None] | None:
        """In a regional report, a province the map does not know as written that is one
        member of the region spelt another way ("Đắc Lắc" in a report on Tây Nguyên: Đắk
        Lắk), resolved as that member; None elsewhere."""
        unit = self.report.unit
        if unit is None or unit.level is not Level.REGION:
            return None
        member = region_member_near(unit.written, place.name)
        if member is None:
            return None
        resolved = resolve_place(replace(place, name=member, written=f"tỉnh {member}"))
        return (subject_of(resolved) or member, resolved.code) if resolved.code else None

    def own_province(self) -> tuple[str, str | None]:
        """The report's province with its code, else the reporting unit."""
        province = self.report.province
        if province is not None and province.code is not None:
            return subject_of(province) or "", province.code
        return self.subject(None)

    def listed_in_district(self, place: Place) -> Place | None:
        """A commune resolved in the district the text lists it in ("2 xã là Tân Hợp và Tân
        Liên, huyện Hướng Hóa"), that district resolved in the report's province or, named
        with its kind, alone in the country; None when the text lists it in none or the map
        does not know it there."""
        if place.level is not Level.COMMUNE:
            return None
        written = self.within.get(place_key(place.name))
        district = parse_place(written) if written else None
        if district is None:
            return None
        when = self.report.date or self.report.period
        found = resolve_place(district, province=self.report.province, when=when)
        resolved = resolve_place(
            place,
            province=found.province if found.code else self.report.province,
            district=found if found.code else district,
            when=when,
        )
        return resolved if resolved.code else None

    # -- kinds ------------------------------------------------------------------------

    def verdict(self, m: VerdictMention) -> Verdict:
        met = cues().verdict_met(m.verdict)
        if met is None:
            raise Unreadable(f"not a verdict word: {m.verdict!r}")
        criterion = self.named_criterion(m.criterion) if m.by_name else self.criterion(m.criterion)
        if criterion is None:
            raise Unreadable("a verdict needs a criterion")
        subject, code = self.place_of(m, m.subject or m.context.subject)
        if m.subject is None and _names_a_province(subject):
            # the national sets are a commune's or a district's criteria: one said met or not
            # with no unit named ("vẫn còn vài tiêu chí đạt chưa bền vững, như: … (tiêu chí 7)")
            # in a province's text is of communes it does not name, never of the province
            raise Unreadable("a criterion of no unit named")
        return Verdict(
            **self.common(m),
            subject=subject,
            subject_code=code,
            criterion=criterion,
            met=met,
        )

    def count(self, m: CountMention, earlier: list[CriteriaCount]) -> CriteriaCount:
        if m.group and m.subject and m.group_place:
            # "còn 4 xã đạt 17/19 tiêu chí thuộc huyện X": the units of the place written
            subject, code = f"{m.subject} {m.group_place}", None
        elif m.group and m.subject:
            # "hai xã còn lại đạt 18/19 tiêu chí": those units of the place the text is about
            whole, _ = self.subject(m.context.subject)
            subject, code = f"{m.subject} của {whole}" if whole else m.subject, None
        else:
            subject, code = self.place_of(m, m.subject or m.context.subject)
        common = self.common(m)
        if m.whole_set:  # a unit that reached the standard meets every criterion of the set
            size = self._criteria()
            return CriteriaCount(
                **common,
                subject=subject,
                subject_code=code,
                met=size,
                of=size,
                what=m.what,
                unmet=False,
            )
        met = _int(m.met)
        of: int | None = None
        if m.of is not None:
            of = _int(m.of)
        elif m.partner is not None:
            of = met + _int(m.partner)
        elif m.unmet:
            of = self._total_before(earlier, subject, str(common["scheme"]), m.what)
        return CriteriaCount(
            **common,
            subject=subject,
            subject_code=code,
            met=met,
            of=of,
            what=m.what,
            unmet=m.unmet,
        )

    def _total_before(
        self, earlier: list[CriteriaCount], subject: str, scheme: str, what: str
    ) -> int | None:
        for fact in reversed(earlier):
            if (
                fact.of is not None
                and not fact.unmet
                and fact.what == what
                and fact.scheme == scheme
                and place_key(fact.subject) == place_key(subject)
            ):
                return fact.of
        return self._criteria() if what == "tiêu chí" else None

    def coverage(self, m: CoverageMention) -> Coverage:
        region, code = self.place_of(m, m.region or m.context.subject)
        units_met = _int(m.units_met)
        # "2 TP A và B": the kind in full, as the audit's levels know it
        kind = (abbreviated_prefix(m.unit_kind) or m.unit_kind) if m.unit_kind else None
        if units_met > NATIONAL_ONLY.get(_kind_counted(kind, m.quote), units_met):
            # "Trên 2.700 xã đã đạt chuẩn …": no province has so many, whatever place the
            # sentences around it name; a region of several provinces may ("10 tỉnh duyên
            # hải miền Trung và Tây Nguyên hiện có 758/1.224 xã …")
            if not _a_region(region):
                region, code = NATIONAL, None
        else:
            total = _int(m.units_total) if m.units_total else units_met
            region, code = self.place_that_holds(region, code, total, kind)
        return Coverage(
            **self.common(m),
            region=region,
            region_code=code,
            criterion=self.coverage_criterion(m),
            units_met=units_met,
            units_total=_int(m.units_total) if m.units_total else None,
            percent_stated=_float(m.percent) if m.percent else None,
            unit_kind=kind,
            percent_decimals=decimals_written(m.percent) if m.percent else None,
        )

    def place_that_holds(
        self, region: str, code: str | None, n: int, unit_kind: str | None
    ) -> tuple[str, str | None]:
        """The place a count of ``n`` units can be about: ``region`` when the map lets it
        hold that many, else the nearest place enclosing it that does
        (:func:`~baocao.vocab.places.most_units`). "49/143 xã" after a district named in an
        earlier sentence is no district's (no district of the province ever had 143
        communes): it is the province's; "K/N xã" of a commune is its district's. A place or a
        kind of unit the map cannot count is kept as it is."""
        level = _COUNTED_LEVEL.get(" ".join((unit_kind or "").lower().split()))
        # on the map of 1 July 2025 there are no districts, and the communes a commune counts
        # are the former ones merged into it ("Xã Bố Trạch (mới) … nhập 4 xã cũ, cả 4 xã đều
        # đã đạt chuẩn")
        new_map = map_of(self.report.date or self.report.period) == MAP_2025
        written = parse_place(region)
        if code is None and level is Level.COMMUNE and not new_map:
            # "Xã A và xã B được công nhận … Cả 2 xã đều đạt 19/19 tiêu chí": communes
            # counted are never a commune's own, even one the map does not know; they are
            # the reporting unit's when it is above a commune
            unit = self.report.unit
            if written and written.level is Level.COMMUNE and unit and unit.level in _ABOVE:
                return self.unit, unit.code
        if code is None or level is None:
            return region, code
        if new_map and level is Level.COMMUNE and written and written.level is Level.COMMUNE:
            return region, code
        most = most_units(code, level)
        if most is None or n <= most:
            return region, code
        ours = {p.code: p for p in (self.report.unit, self.report.province) if p and p.code}
        for parent in enclosing_places(code):
            if new_map and parent.level is Level.DISTRICT:
                continue
            parent_code = parent.code or ""
            most = most_units(parent_code, level)
            if most is not None and n <= most:
                # the document's own spelling of the place when it is the report's unit
                return subject_of(ours.get(parent_code, parent)) or region, parent.code
        return region, code

    def coverage_criterion(self, m: CoverageMention) -> int | None:
        """The criterion number the statement or its context gives, else the criterion its
        topic names ("4/7 thôn, buôn được công nhận thôn, buôn văn hoá" → Văn hóa), else
        None (the whole standard)."""
        number = self.criterion(m.context.criterion)
        if number is not None or not m.topic:
            return number
        return criterion_number(m.topic, self.report.criteria_set)

    def funding(self, m: FundingMention) -> Funding:
        try:
            amount = money_to_vnd(m.amount, m.unit, m.tail)
            most = to_vnd(m.amount_max, m.unit_max) if m.amount_max and m.unit_max else None
            unit_written = parse_money_unit(m.unit).canonical
            of_vnd = to_vnd(m.of_amount, m.of_unit) if m.of_amount and m.of_unit else None
        except MoneyUnitError as e:
            raise Unreadable(str(e)) from e
        region, code = self.place_of(m, None if self.given_down(m) else m.region)
        return Funding(
            **self.common(m),
            region=region,
            region_code=code,
            source=self.source(m),
            flow=self.flow(m),
            amount_vnd=amount,
            unit_written=unit_written,
            percent_stated=_float(m.percent) if m.percent else None,
            of_vnd=of_vnd,
            purpose=m.purpose,
            criterion=self.criterion(m.context.criterion) if m.purpose else None,
            approx=m.approx.lower() if m.approx else None,
            percent_decimals=decimals_written(m.percent) if m.percent else None,
            amount_max_vnd=most,
        )

    def given_down(self, m: FundingMention) -> bool:
        """Whether the money is the reporting unit's, given by a level above it ("tỉnh Đắk
        Lắk hỗ trợ 6 tỷ đồng" in a commune's news: the commune's money from the province's
        budget), where the place the sentence names is the giver, or a place as high."""
        if m.giver is None or self.level is None or m.region == NATIONAL:
            return False  # the programme's money in the whole country is nobody's below it
        giver = _GIVER_RANK.get(" ".join(m.giver.lower().split()[:2]))
        giver = giver or _GIVER_RANK.get(m.giver.lower().split()[0], 0)
        if giver <= self.level.rank:
            return False
        named = parse_place(m.region) if m.region else None
        return named is None or named.level is None or named.level.rank >= self.level.rank + 1

    def source(self, m: FundingMention) -> str:
        """The first candidate phrase that names a source; money spent on a purpose with no
        source named is "other"; a part listed under a total ("Tổng kinh phí …, trong đó: -
        Vốn huy động khác: …") that names no source is "other" too; any other amount with no
        source named is the programme's total for the region ("Kế hoạch vốn năm 2025: dự kiến
        12,5 tỷ đồng")."""
        for i, phrase in enumerate(m.sources):
            found = funding_source(phrase, self.level)
            if found is None:
                continue
            if m.purpose and found == "total":
                return "other"  # "với tổng kinh phí thực hiện …": a cost, not the total
            if found == "total" and i >= m.own_sources and m.part:
                return "other"  # a part of the total its parent line states
            return found
        # a part of a total with no source of its own ("Trong đó, vốn hỗ trợ phát triển sản
        # xuất đã giải ngân …", "Vốn huy động hơn 27 tỷ đồng"): money of no named source,
        # never another total
        return "other" if m.purpose or (m.part and m.listed) else "total"

    def flow(self, m: FundingMention) -> str:
        if (
            m.needed  # "còn thiếu 12 tỷ đồng": money still to be found (FACTS.md: planned)
            or (m.context.goal is not None and not m.flow_done)
            or starts_after_writing(self.report, m.context.period)
            or plans_ahead(self.report, m)
        ):
            return "planned"
        if m.flow is not None:
            value = cues().value("flow", m.flow)
            if value is not None:
                return value
        if m.received:
            return "allocated"  # "được ngân sách tỉnh hỗ trợ 5 tỷ đồng": given from above
        if m.purpose:
            return "disbursed"
        return "mobilised"

    def percentage(self, m: PercentageMention) -> Percentage:
        subject, code = self.place_of(m, m.context.subject)
        if m.context.subject is None and _PROVINCES_COUNTED.search(m.label or ""):
            # "Có 12 tỉnh đã có 100% số xã đạt chuẩn": a share of provinces counted is national
            subject, code = NATIONAL, None
        threshold = None
        if m.threshold is not None:
            op = _OPERATORS.get(" ".join((m.threshold_op or "").lower().split()), "")
            threshold = f"{op}{_plain(parse_number(m.threshold))}"
        return Percentage(
            **self.common(m),
            subject=subject,
            subject_code=code,
            label=m.label,
            # an average of criteria met per unit ("9,8 tiêu chí/xã") is of the whole set,
            # never of the one criterion a list item before it named
            criterion=None
            if _CRITERIA_PER_UNIT.match(m.unit or "")
            else self.criterion(m.context.criterion),
            value=_float(m.value),
            value_max=_float(m.value_max) if m.value_max else None,
            threshold=threshold,
            unit=m.unit,
            approx=m.approx.lower() if m.approx else None,
            value_decimals=decimals_written(m.value),
            met=m.met,
            part=_float(m.part) if m.part else None,
            whole=_float(m.whole) if m.whole else None,
        )


#: The unit of an average of criteria per unit: "tiêu chí/xã", "chỉ tiêu/huyện".
_CRITERIA_PER_UNIT = re.compile(r"(?i:tiêu\s+chí|chỉ\s+tiêu)\s*/")


#: How deep a level lies: a submission's title proposes a unit deeper than its issuer.
_LEVEL_RANK: dict[Level | None, int] = {Level.PROVINCE: 1, Level.DISTRICT: 2, Level.COMMUNE: 3}


@functools.cache
def _PROPOSAL() -> re.Pattern[str]:  # noqa: N802 (a pattern, named as one)
    return re.compile(rf"(?<![^\W\d_])(?:{cues().pattern('proposal_title')})(?![^\W\d_])")


def _district(unit: Place | None) -> str | None:
    if unit is not None and unit.level is Level.DISTRICT:
        return unit.name
    return None


def _each(
    name: str,
    mentions: Iterable[M],
    convert: Callable[[M], F],
    dropped: Counter[str],
) -> list[F]:
    out: list[F] = []
    for mention in mentions:
        try:
            out.append(convert(mention))
        except (Unreadable, NumberFormatError, ValueError) as e:
            dropped[type(mention).__name__] += 1
            logger.debug("%s: dropped %s at %d: %s", name, type(mention).__name__, mention.start, e)
    return out


#: How many amounts a text must date, all over spans, before its undated ones take its span.
SPAN_REVIEW_AMOUNTS = 3
#: A rate that is a share of money, right after its figure: "dành 20% nguồn ngân sách", "15%
#: tổng vốn", "chiếm 30% kinh phí".
_SHARE_OF_MONEY = re.compile(
    r"\s*(?:của\s+)?(?:tổng\s+)?(?:(?:nguồn|số)\s+)?(?:vốn|ngân\s+sách|kinh\s+phí)(?!\w)",
    re.IGNORECASE,
)


def _span_reviewed(report: Report, undated: set[int], facts: list[Funding]) -> str | None:
    """The span a review that dates all its money by spans ("3.1. Giai đoạn 2011-2015: …",
    "3.2. Giai đoạn 2016-2019: …", "Tổng kinh phí giai đoạn 2011-2019: …") raised its
    largest amount (the total) over, when it ends in or just before the one year the report
    is titled by; None for a text that dates any of its money by one year."""
    if not report.period:
        return None
    first, last = period_years(report.period)
    if first != last:
        return None
    dated = [f for f in facts if f.start not in undated and not f.target and f.period]
    if len(dated) < SPAN_REVIEW_AMOUNTS or any(
        period_years(f.period)[0] == period_years(f.period)[1] for f in dated if f.period
    ):
        return None
    total = max(dated, key=lambda f: f.amount_vnd)
    if total.period is None or not last - 1 <= period_years(total.period)[1] <= last:
        return None
    return total.period


def _undated_over_the_span_reviewed(
    text: str,
    report: Report,
    reading: Reading,
    funding: list[Funding],
    percentages: list[Percentage],
) -> tuple[list[Funding], list[Percentage]]:
    """Undated money in a review that dates all its money by spans is of the span reviewed
    (:func:`_span_reviewed`), not of the one year the report is titled by ("… xây mới 4 chợ
    với kinh phí 12 tỷ đồng" → 2011-2019); so is an undated share of money ("dành 15% ngân
    sách cho trường học")."""
    undated = {m.start for m in reading.funding if undated_or_present(m.context.period)}
    span = _span_reviewed(report, undated, funding)
    if span is None:
        return funding, percentages
    undated_rates = {
        m.start
        for m in reading.percentages
        if undated_or_present(m.context.period) and m.context.goal is None
    }
    return (
        [replace(f, period=span) if f.start in undated and not f.target else f for f in funding],
        [
            replace(p, period=span)
            if p.start in undated_rates
            and not p.target
            and p.unit == "%"
            and _SHARE_OF_MONEY.match(text, p.end)
            else p
            for p in percentages
        ],
    )


def reading_to_facts(document: Document, reading: Reading) -> tuple[Report, tuple[Fact, ...]]:
    """The report's metadata and its facts: the text's in document order, then the tables'
    in table and row order."""
    report = metadata_to_report(reading.metadata)
    glosses = {g.name.casefold(): g.gloss for g in reading.glosses}
    within: dict[str, str] = {}
    for commune, district in reading.within:
        listed = parse_place(commune)
        if listed is not None:
            within[place_key(listed.name)] = district
    # a text on a programme's goals for its span dates no state of its own by that span
    own = replace(report, period=None) if reading.metadata.programme_span else report
    if reading.metadata.term_ended is not None:
        # a congress's news of the term it opens states the term just ended, to the
        # congress's year (RawMetadata.term_ended)
        own = replace(own, period=reading.metadata.term_ended)
    n = Normaliser(document, own, glosses, within, plan=reading.metadata.plan_period)
    dropped: Counter[str] = Counter()
    counts: list[CriteriaCount] = []
    for mention in reading.counts:
        try:
            counts.append(n.count(mention, counts))
        except (Unreadable, NumberFormatError, ValueError) as e:
            dropped["CountMention"] += 1
            logger.debug("%s: dropped count at %d: %s", document.name, mention.start, e)
    funding, percentages = _undated_over_the_span_reviewed(
        document.text,
        report,
        reading,
        _each(document.name, reading.funding, n.funding, dropped),
        _each(document.name, reading.percentages, n.percentage, dropped),
    )
    facts: list[Fact] = [
        *_each(document.name, reading.verdicts, n.verdict, dropped),
        *counts,
        *_each(document.name, reading.coverage, n.coverage, dropped),
        *funding,
        *percentages,
    ]
    if dropped:
        logger.info(
            "%s: %d mentions could not be normalised (%s)",
            document.name,
            sum(dropped.values()),
            ", ".join(f"{k}: {v}" for k, v in sorted(dropped.items())),
        )
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return report, (*facts, *tables_to_facts(document, report, reading.tables))


# -- tables -----------------------------------------------------------------------------------

#: Subject headers whose unit word is also a place prefix ("Tên xã": "xã <name>").
PLACE_PREFIXES = frozenset({"xã", "thôn", "huyện"})


@dataclass(frozen=True)
class TableNormaliser:
    """Turns one document's table mentions into facts: what a row leaves unsaid is the
    report's (see the module docstring)."""

    document: Document
    report: Report
    #: A row's place resolved once for all its mentions (a grid row is 19 verdicts).
    _places: dict[tuple[str, str | None], tuple[str, str | None]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: The words naming a source read at the unit's level once (every amount column of a row).
    _sources: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def common(self, m: TableMention, period: str | None = None) -> dict[str, Any]:
        """The fields every fact has, from the mention's row; the report's period (a state's:
        :func:`present_of`) unless the row, its column or its table names one."""
        row = m.row
        return {
            "document": self.document.name,
            "document_sha256": self.document.sha256,
            "page": row.page,
            "start": row.start,
            "end": row.end,
            "quote": row.quote,
            # money is the span it flowed over; a state, the time it is reached
            "period": period
            or (
                self.report.period
                if isinstance(m, TableFundingMention)
                else present_of(self.report)
            ),
            "scheme": self.report.scheme,
            "criteria_set": self.report.criteria_set,
            "ocr": row.ocr,
            "origin": row.origin,
        }

    @property
    def unit(self) -> tuple[str, str | None]:
        """The reporting unit as facts name it ("huyện Tháp Mười"), with its official code."""
        unit = self.report.unit
        return (place_label(unit), unit.code) if unit else ("", None)

    def subject(self, written: str | None, unit_kind: str | None) -> tuple[str, str | None]:
        """A row's place as written and its official code when the place resolves; a bare
        name under a "Tên xã" header is read as "xã <name>" to resolve it, but the subject
        stays as written. None is the reporting unit."""
        if written is None:
            return self.unit
        key = (written, unit_kind)
        if key not in self._places:
            self._places[key] = self._resolve(written, unit_kind)
        return self._places[key]

    def _resolve(self, written: str, unit_kind: str | None) -> tuple[str, str | None]:
        place = parse_place(written)
        if place is None and unit_kind in PLACE_PREFIXES:
            place = parse_place(f"{unit_kind} {written}")
        if place is None:
            return written, None
        unit = self.report.unit
        district = unit if unit is not None and unit.level is Level.DISTRICT else None
        resolved = resolve_place(
            place,
            province=self.report.province,
            district=district,
            when=self.report.date or self.report.period,
        )
        return written, resolved.code

    def verdict(self, m: TableVerdictMention) -> Verdict:
        subject, code = self.subject(m.subject, m.unit_kind)
        return Verdict(
            **self.common(m), subject=subject, subject_code=code, criterion=m.criterion, met=m.met
        )

    def count(self, m: TableCountMention) -> CriteriaCount:
        """The total is the one written, else the report's set's size, else the table's
        (see :class:`~baocao.nlp.mentions.TableCountMention`)."""
        criteria_set = self.report.criteria_set
        table_of = (criterion_count(criteria_set) if criteria_set else None) or m.of_columns
        of = m.of if m.of is not None else table_of
        if of is None and table_of is None:
            of = m.of_rows
        subject, code = self.subject(m.subject, m.unit_kind)
        return CriteriaCount(
            **self.common(m), subject=subject, subject_code=code, met=m.met, of=of, unmet=m.unmet
        )

    def coverage(self, m: TableCoverageMention) -> Coverage:
        region, code = self.subject(m.region, m.region_kind)
        return Coverage(
            **self.common(m),
            region=region,
            region_code=code,
            criterion=m.criterion,
            units_met=m.units_met,
            units_total=m.units_total,
            percent_stated=float(m.percent) if m.percent is not None else None,
            unit_kind=m.unit_kind,
            percent_decimals=decimals_written(m.percent) if m.percent is not None else None,
        )

    def funding(self, m: TableFundingMention) -> Funding:
        region, code = self.subject(m.region, m.unit_kind)
        at_level = None
        if m.source_words:
            if m.source_words not in self._sources:
                level = self.report.own_level
                self._sources[m.source_words] = funding_source(m.source_words, level)
            at_level = self._sources[m.source_words]
        return Funding(
            **self.common(m, m.period),
            region=region,
            region_code=code,
            source=at_level or m.source,
            flow=m.flow,
            amount_vnd=to_vnd(m.amount, m.unit),
            unit_written=m.unit,
            percent_stated=float(m.percent) if m.percent is not None else None,
            purpose=m.purpose,
            percent_decimals=decimals_written(m.percent) if m.percent is not None else None,
        )

    def percentage(self, m: TablePercentageMention) -> Percentage:
        subject, code = self.subject(m.subject, m.subject_kind)
        return Percentage(
            **self.common(m),
            subject=subject,
            subject_code=code,
            label=m.label,
            criterion=m.criterion,
            value=float(m.value),
            threshold=m.threshold,
            unit=m.unit,
            value_decimals=decimals_written(m.value),
        )

    def fact(self, m: TableMention) -> Fact:
        if isinstance(m, TableVerdictMention):
            return self.verdict(m)
        if isinstance(m, TableCountMention):
            return self.count(m)
        if isinstance(m, TableCoverageMention):
            return self.coverage(m)
        if isinstance(m, TableFundingMention):
            return self.funding(m)
        if isinstance(m, TablePercentageMention):
            return self.percentage(m)
        raise TypeError(f"not a table mention: {type(m).__name__}")


def _names_a_province(subject: str | None) -> bool:
    """Whether a fact's place is a province (or a city governed as one)."""
    place = parse_place(subject) if subject else None
    return place is not None and place.level is Level.PROVINCE


def tables_to_facts(
    document: Document, report: Report, mentions: Iterable[TableMention]
) -> tuple[Fact, ...]:
    """The facts of ``document``'s table mentions, in their order."""
    n = TableNormaliser(document, report)
    return tuple(n.fact(m) for m in mentions)
