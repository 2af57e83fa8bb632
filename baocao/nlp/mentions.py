"""Mentions: what the text patterns find, as written, before any normalisation.

A mention is a span of the document (``start``/``end``, with ``quote == text[start:end]``),
the raw strings the pattern captured ("6.281,0", "triệu đồng", "Ngân sách tỉnh", "Đạt") and
its :class:`Context` — the criterion, subject, period, scheme and goal marker the sentence or
the section around it gives, also as written. Turning them into canonical values (numbers,
đồng, source codes, criterion numbers, periods) is the normalise stage's work
(:mod:`baocao.normalize.facts`); nothing here parses a number's value.

Tables are read cell by cell (:mod:`baocao.nlp.tables`), so their mentions carry what the
cells say as values already read (a whole number, an amount and its unit, a criterion's
number), with the row as provenance. What a table leaves to the report — its unit as the
subject, its period, scheme and criteria set, a place's official code, a source at the unit's
level — the normalise stage fills in, as it does for text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baocao.nlp.metadata import RawMetadata


@dataclass(frozen=True)
class Context:
    """What surrounds a mention, as written (None where nothing says).

    ``criterion``: the criterion the statement names in its own words, as a number ("tiêu
    chí số 2" → "2") or as the topic phrase that names it ("tiêu chí thuỷ lợi" → "thuỷ lợi",
    resolved against the report's set by the normalise stage); failing that, the number its
    sentence or section heading names ("Tiêu chí số 3 - Thủy lợi:" → "3"). ``subject``: the place
    the sentence or its list item is about ("Thôn Đồng Lão"), else None — the reporting unit.
    ``period``: the nearest period ("giai đoạn 2011-2015", "năm 2023") of the sentence, its
    list lead or its headings. ``scheme``: the nearest scheme phrase ("NTM nâng cao") of the
    sentence, its block or its section. ``goal``: the goal marker ("phấn đấu", "Mục tiêu")
    when the statement is a goal. ``section``: the innermost heading's text. ``review``:
    the statement comes before the plan part of a text that has one (a heading that opens
    goals: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ"), so a goal it states is the one the review measures
    against, not the plan's. ``undated``: the statement's time is only the present ("đến
    nay"), and the text dates a present nowhere but in a list item after it ("• Tiến độ đến
    30/9/2015 …" below "Đến nay, cả nước …"): that date is the item's, not the statement's.
    """

    block: int
    section: str | None = None
    criterion: str | None = None
    subject: str | None = None
    period: str | None = None
    scheme: str | None = None
    goal: str | None = None
    review: bool = False
    undated: bool = False


@dataclass(frozen=True)
class Mention:
    """A span of the document text: ``quote == document.text[start:end]``."""

    start: int
    end: int
    quote: str
    context: Context


@dataclass(frozen=True, kw_only=True)
class VerdictMention(Mention):
    """A subject meets or fails one criterion: ``verdict`` as written ("Đạt", "chưa đạt");
    ``criterion`` the number as written ("3") or, with ``by_name``, the criterion's name as
    written ("Đường giao thông"); ``subject`` the place the statement names, if any."""

    verdict: str
    criterion: str
    by_name: bool = False
    subject: str | None = None


@dataclass(frozen=True, kw_only=True)
class CountMention(Mention):
    """ "đạt 15/19 tiêu chí": ``met`` "15", ``of`` "19" (None when not written), ``what``
    "tiêu chí" or "chỉ tiêu". With ``unmet`` the number counts criteria NOT met ("còn lại 04
    tiêu chí … chưa đạt"). ``partner`` is the count written by the statement's other half
    ("13 tiêu chí, còn 02 tiêu chí": "02" is the partner of "13" and back). ``subject`` is
    the unit the count is about when the statement names it apart from its context ("2 xã
    đạt 20/20 tiêu chí (Bùi Xá, …)" → "xã Bùi Xá"); None leaves it to the context. With
    ``group`` the subject is a group of units of its context's place as written ("hai xã
    còn lại"), or of the place ``group_place`` written after the count ("thuộc huyện X");
    with ``whole_set`` the subject meets every criterion of the set, whose size
    the normaliser knows ("có 2 xã miền núi là A và B" among communes that reached the
    standard)."""

    met: str
    of: str | None
    what: str
    unmet: bool = False
    partner: str | None = None
    subject: str | None = None
    group: bool = False
    group_place: str | None = None
    whole_set: bool = False


@dataclass(frozen=True, kw_only=True)
class CoverageMention(Mention):
    """K of N units: ``units_met`` "55", ``units_total`` "115" or None, ``unit_kind`` "xã",
    ``percent`` the share written with it ("47,82") or None; ``region`` a place the sentence
    names as the whole, if any; ``topic`` the units and their predicate as written ("xã đạt
    chuẩn tiêu chí thuỷ lợi"), from which a criterion named by topic is read when no number
    is."""

    units_met: str
    units_total: str | None
    unit_kind: str
    percent: str | None = None
    region: str | None = None
    topic: str | None = None


@dataclass(frozen=True, kw_only=True)
class FundingMention(Mention):
    """An amount of money: ``amount`` "6.281,0" in ``unit`` "triệu đồng"; ``of_amount`` /
    ``of_unit`` for "109 triệu/217 triệu"; ``sources`` the source phrases found, nearest
    first ("Ngân sách tỉnh"); ``total`` when a label calls it the programme's total;
    ``flow`` the verb cue as written ("giải ngân"); ``purpose`` what it was spent on when the
    text names no source; ``approx`` "hơn"/"khoảng"; ``percent`` its share ("17,91");
    ``region`` a place the sentence or list item names. ``amount`` may carry a scale word
    ("1 nghìn" before "tỷ đồng"); ``tail`` is a smaller part written after the unit ("735
    triệu" in "2 tỷ 735 triệu"). The first ``own_sources`` of ``sources`` are the amount's own
    words; the rest are its parents' (a lead, a heading). ``part`` when a total among its
    parents makes it a part of that total (its label names neither a total nor a period).
    ``flow_done`` when the flow verb is stated as done ("đã huy động"); ``needed`` when the
    money is said to be still needed or lacking ("còn thiếu 12 tỷ đồng"). A range ("từ 300
    đến 400 tỷ đồng") has its lower bound as ``amount``/``unit`` and its upper as
    ``amount_max``/``unit_max``."""

    amount: str
    unit: str
    amount_max: str | None = None
    unit_max: str | None = None
    tail: str | None = None
    of_amount: str | None = None
    of_unit: str | None = None
    sources: tuple[str, ...] = ()
    own_sources: int = 0
    part: bool = False
    total: bool = False
    flow: str | None = None
    flow_done: bool = False
    needed: bool = False
    purpose: str | None = None
    approx: str | None = None
    percent: str | None = None
    region: str | None = None
    # the level of government written as giving it ("tỉnh Đắk Lắk hỗ trợ …"): its budget is
    # the source; in a lower unit's text the money is the unit's
    giver: str | None = None
    # the unit written as receiving it from a level's budget, with no flow verb ("xã được
    # Trung ương hỗ trợ 20 tỷ đồng"): an allocation, as "được giao", "được cấp" are
    received: bool = False
    # an item of a breakdown: its sentence, or the sentence before it, opens with "Trong
    # đó" or "Riêng" ("Trong đó, vốn hỗ trợ phát triển sản xuất đã giải ngân …"): with no
    # source of its own it is money of no named source, never another total
    listed: bool = False


@dataclass(frozen=True, kw_only=True)
class PercentageMention(Mention):
    """A rate or average: ``value`` "74,2" (``value_max`` "25" for "20-25%") in ``unit``
    ("%" or "triệu đồng/người/năm"), ``threshold_op``/``threshold`` the requirement written
    with it ("≥", "85"), ``approx`` "trên"/"gần", ``label`` the words before it; ``met`` the
    verdict written right after the requirement ("… ≥ 85%) - Đạt"), ``part``/``whole`` the
    count and base written with a share in its sentence ("45/50 hộ, đạt 90%": "45", "50"; "25 hộ
    nghèo (4%)": "25", None, the span starting at the count)."""

    value: str
    unit: str = "%"
    value_max: str | None = None
    threshold_op: str | None = None
    threshold: str | None = None
    approx: str | None = None
    label: str | None = None
    met: bool | None = None
    part: str | None = None
    whole: str | None = None


@dataclass(frozen=True)
class CriterionGloss:
    """A criterion name the document itself explains: "Văn hóa (Trung tâm văn hóa xã; Các
    nhà văn hóa thôn)" — ``name`` "Văn hóa", ``gloss`` "Trung tâm văn hóa xã"."""

    name: str
    gloss: str
    start: int
    end: int


# -- tables ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowSpan:
    """A table row as provenance: the span of its rendering in the document text (``quote``
    is the whole row, so the subject's name is in it), ``origin`` ``table:<index>:row:<r>``,
    the table's page and whether that page was read by OCR."""

    page: int | None
    start: int
    end: int
    quote: str
    origin: str
    ocr: bool


@dataclass(frozen=True, kw_only=True)
class TableMention:
    """What one table row states, read from its cells; ``row`` is where."""

    row: RowSpan


@dataclass(frozen=True, kw_only=True)
class TableVerdictMention(TableMention):
    """A subject meets (``met``) or fails one ``criterion`` (its number in the document's
    criteria set): a grid's cell, a list of criteria met or not met, or an assessment
    column. ``subject`` is the row's name cell without its ordinal ("xã Phú Thành", "Phú
    Thành" under a ``unit_kind`` "xã" header), None for the reporting unit."""

    criterion: int
    met: bool
    subject: str | None = None
    unit_kind: str | None = None


@dataclass(frozen=True, kw_only=True)
class TableCountMention(TableMention):
    """A row's count of criteria ``met`` (NOT met with ``unmet``) out of ``of``, the total
    its cell ("15/19") or column header ("trên 19") writes. Without one the total is the
    report's criteria set's size, else ``of_columns`` (a grid with a column for every
    criterion of a set), else ``of_rows`` (a table listing every unmet criterion, whose
    met + unmet is one set's size in every row)."""

    subject: str
    unit_kind: str | None = None
    met: int
    of: int | None = None
    unmet: bool = False
    of_columns: int | None = None
    of_rows: int | None = None


@dataclass(frozen=True, kw_only=True)
class TableCoverageMention(TableMention):
    """A summary row's cell ("Số xã đạt"): ``units_met`` of ``units_total`` units of the
    reporting unit meet ``criterion``; ``percent`` from a "Tỷ lệ (%)" row under it, as
    written ("47,80" keeps its two decimals: the rounding the auditor holds it to)."""

    criterion: int | None
    units_met: int
    units_total: int | None
    percent: Decimal | None = None
    unit_kind: str | None = None
    # a coverage table by place: the row's place as written and its kind ("huyện"), None for
    # the reporting unit
    region: str | None = None
    region_kind: str | None = None


@dataclass(frozen=True, kw_only=True)
class TableFundingMention(TableMention):
    """An ``amount`` of money in ``unit`` (as written: "triệu đồng"). ``source`` is the
    source read with no level ("total" for a total's row or column, "other" for money of no
    named source); ``source_words`` the words that named it (the row's label or the column's
    header: "Ngân sách thành phố"), which the normalise stage reads again at the reporting
    unit's level. ``region`` the row's place as written, None for the reporting unit;
    ``period`` the row's, the column's or the table's, None for the report's; ``percent``
    the share written beside it or in its cell, with its decimals as written."""

    amount: Decimal
    unit: str
    source: str
    source_words: str | None = None
    flow: str = "mobilised"
    region: str | None = None
    unit_kind: str | None = None
    period: str | None = None
    percent: Decimal | None = None
    purpose: str | None = None


@dataclass(frozen=True, kw_only=True)
class TablePercentageMention(TableMention):
    """An indicator row's rate of the reporting unit: ``value`` in ``unit`` ("%",
    "tiêu chí/xã"), its ``threshold`` from the requirement column (">=85"), the row's
    ``label`` and the ``criterion`` it falls under; ``value`` keeps its decimals as
    written."""

    label: str
    value: Decimal
    unit: str
    criterion: int | None = None
    threshold: str | None = None
    # a row's own place (a coverage table's average per commune by district); None is the
    # reporting unit
    subject: str | None = None
    subject_kind: str | None = None


@dataclass(frozen=True)
class Reading:
    """Everything the patterns stage reads from one document: its raw metadata, its text
    mentions in document order, per kind, and its table mentions in table and row order.
    ``within`` pairs each commune the text lists before the district it lies in with that
    district ("xã Tân Hợp", "huyện Hướng Hóa"), so that the name resolves there
    (:func:`baocao.nlp.places.places_within`)."""

    document: str
    metadata: RawMetadata
    verdicts: tuple[VerdictMention, ...] = ()
    counts: tuple[CountMention, ...] = ()
    coverage: tuple[CoverageMention, ...] = ()
    funding: tuple[FundingMention, ...] = ()
    percentages: tuple[PercentageMention, ...] = ()
    glosses: tuple[CriterionGloss, ...] = ()
    tables: tuple[TableMention, ...] = ()
    within: tuple[tuple[str, str], ...] = ()

    @property
    def mentions(self) -> tuple[Mention, ...]:
        every = (*self.verdicts, *self.counts, *self.coverage, *self.funding, *self.percentages)
        return tuple(sorted(every, key=lambda m: (m.start, m.end)))
